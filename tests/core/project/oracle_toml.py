"""Checks an edited pyproject.toml with Python's own TOML reader (tomllib, Python 3.11+).

Reads one JSON array per line: [{"original": PATH, "edited": PATH, "edits": [...], "allowed": [...]}]
and answers [{"ok": bool, "why": TEXT}]:
- the edited file parses with tomllib;
- its data equals the original's data with the same edits applied here, independently;
- every line the edit changed (difflib) is blank or mentions one of the `allowed` words.
Edits: ["add-dep", REQ], ["remove-dep", NAME], ["add-index", NAME, URL], ["pin", PKG, INDEX],
["set-uv", KEY, VALUE], ["insecure-host", HOST].
"""
import difflib
import json
import re
import sys
import tomllib

from packaging.requirements import Requirement


def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def apply(data, edit):
    kind = edit[0]
    tool_uv = lambda: data.setdefault("tool", {}).setdefault("uv", {})
    if kind == "add-dep":
        deps = data.setdefault("project", {}).setdefault("dependencies", [])
        new = Requirement(edit[1])
        for i, dep in enumerate(deps):
            old = Requirement(dep)
            if norm(old.name) == norm(new.name) and old.marker == new.marker:
                deps[i] = edit[1]
                break
        else:
            deps.append(edit[1])
    elif kind == "remove-dep":
        deps = data["project"]["dependencies"]
        data["project"]["dependencies"] = [d for d in deps if norm(Requirement(d).name) != norm(edit[1])]
    elif kind == "add-index":
        tool_uv().setdefault("index", []).append({"name": edit[1], "url": edit[2]})
    elif kind == "pin":
        tool_uv().setdefault("sources", {})[edit[1]] = {"index": edit[2]}
    elif kind == "set-uv":
        tool_uv()[edit[1]] = edit[2]
    elif kind == "insecure-host":
        hosts = tool_uv().setdefault("allow-insecure-host", [])
        if edit[1] not in hosts:
            hosts.append(edit[1])
    else:
        raise ValueError(kind)


def check(req):
    with open(req["original"], "rb") as f:
        original_bytes = f.read()
    with open(req["edited"], "rb") as f:
        edited_bytes = f.read()
    try:
        edited = tomllib.loads(edited_bytes.decode())
    except Exception as e:  # noqa: BLE001 - any failure is the answer
        return {"ok": False, "why": f"tomllib rejects the edited file: {e}"}
    expected = tomllib.loads(original_bytes.decode())
    for edit in req["edits"]:
        apply(expected, edit)
    if edited != expected:
        return {"ok": False, "why": "data differs: " + json.dumps(edited, default=str)[:2000]
                + " expected " + json.dumps(expected, default=str)[:2000]}
    allowed = req["allowed"]
    a = original_bytes.decode().splitlines()
    b = edited_bytes.decode().splitlines()
    for line in difflib.ndiff(a, b):
        if line[:2] not in ("- ", "+ "):
            continue
        text = line[2:]
        if text.strip() and not any(word in text for word in allowed):
            return {"ok": False, "why": f"unrelated line changed: {line!r}"}
    return {"ok": True, "why": ""}


for raw in sys.stdin:
    if raw.strip():
        print(json.dumps([check(json.loads(raw)[0])]))
