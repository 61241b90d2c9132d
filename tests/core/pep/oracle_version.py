"""Answers version and specifier questions with Python's packaging library (the reference).

Reads one JSON array per line, [request], and writes one JSON array per line, [answer].
Requests:
  {"op": "version", "text": T}            -> {"valid", "str", "public", "base", "pre", "post", "dev", "local"}
  {"op": "compare", "a": A, "b": B}       -> -1 | 0 | 1
  {"op": "spec", "text": T}               -> {"valid", "str"} for Specifier(T)
  {"op": "set", "text": T}                -> {"valid", "str"} for SpecifierSet(T)
  {"op": "contains", "set": T, "version": V, "prereleases": null|true|false}
                                          -> true | false | "error"
  {"op": "spec_contains", "spec": T, "version": V, "prereleases": null|true|false}
                                          -> true | false | "error"
"""
import json
import sys

from packaging.specifiers import InvalidSpecifier, Specifier, SpecifierSet
from packaging.version import InvalidVersion, Version


def answer(req):
    op = req["op"]
    if op == "version":
        try:
            v = Version(req["text"])
        except InvalidVersion:
            return {"valid": False}
        return {
            "valid": True,
            "str": str(v),
            "public": v.public,
            "base": v.base_version,
            "pre": v.is_prerelease,
            "post": v.is_postrelease,
            "dev": v.is_devrelease,
            "local": v.local,
        }
    if op == "compare":
        a, b = Version(req["a"]), Version(req["b"])
        return (a > b) - (a < b)
    if op in ("spec", "set"):
        try:
            s = Specifier(req["text"]) if op == "spec" else SpecifierSet(req["text"])
        except InvalidSpecifier:
            return {"valid": False}
        return {"valid": True, "str": str(s)}
    if op in ("contains", "spec_contains"):
        try:
            if op == "contains":
                s = SpecifierSet(req["set"])
            else:
                s = Specifier(req["spec"])
            return s.contains(Version(req["version"]), prereleases=req["prereleases"])
        except (InvalidVersion, InvalidSpecifier):
            return "error"
    raise ValueError(op)


for line in sys.stdin:
    if line.strip():
        print(json.dumps([answer(json.loads(line)[0])]))
