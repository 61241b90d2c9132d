"""Answers marker and requirement questions with Python's packaging library (the reference).

Requests (one JSON array per line, [request]):
  {"op": "marker", "text": T}                     -> {"valid", "str"}
  {"op": "evaluate", "text": T, "env": {...}}      -> true | false | "error:<ExceptionName>"
  {"op": "requirement", "text": T}                -> {"valid", "name", "extras", "specifier", "url", "marker", "str"}
"""
import json
import sys

from packaging.markers import InvalidMarker, Marker
from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier


def answer(req):
    op = req["op"]
    if op == "marker":
        try:
            return {"valid": True, "str": str(Marker(req["text"]))}
        except InvalidMarker:
            return {"valid": False}
    if op == "evaluate":
        try:
            return Marker(req["text"]).evaluate(req["env"])
        except Exception as e:  # noqa: BLE001 - the kind of failure is the answer
            return "error:" + type(e).__name__
    if op == "requirement":
        try:
            r = Requirement(req["text"])
        except (InvalidRequirement, InvalidSpecifier):
            return {"valid": False}
        return {"valid": True, "name": r.name, "extras": sorted(r.extras), "specifier": str(r.specifier),
                "url": r.url or "", "marker": str(r.marker) if r.marker else "", "str": str(r)}
    raise ValueError(op)


for line in sys.stdin:
    if line.strip():
        print(json.dumps([answer(json.loads(line)[0])]))
