"""Prints what packaging (Debian's copy, put on PYTHONPATH by the test) says about the running
interpreter: its supported tags in order, and its marker environment. Python 3.7+."""
import json
import sys

from packaging import markers, tags

print(json.dumps({"tags": [str(t) for t in tags.sys_tags()], "markers": markers.default_environment()}))
