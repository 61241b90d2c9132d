"""Parses distribution file names with packaging.utils (the reference)."""
import json
import sys

from packaging.utils import InvalidSdistFilename, InvalidWheelFilename, parse_sdist_filename, parse_wheel_filename
from packaging.version import InvalidVersion


def answer(req):
    name = req["name"]
    try:
        if name.endswith(".whl"):
            n, v, build, tags = parse_wheel_filename(name)
            return {"valid": True, "name": n, "version": str(v),
                    "build": [build[0], build[1]] if build else None, "tags": sorted(str(t) for t in tags)}
        n, v = parse_sdist_filename(name)
        return {"valid": True, "name": n, "version": str(v)}
    except (InvalidWheelFilename, InvalidSdistFilename, InvalidVersion):
        return {"valid": False}


for line in sys.stdin:
    if line.strip():
        print(json.dumps([answer(json.loads(line)[0])]))
