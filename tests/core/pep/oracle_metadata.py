"""Reads core-metadata headers with Python's email.parser (how pip and packaging read them)."""
import json
import sys
from email.parser import HeaderParser

for line in sys.stdin:
    if line.strip():
        text = json.loads(line)[0]["text"]
        msg = HeaderParser().parsestr(text)
        print(json.dumps([{"fields": [[k, v] for k, v in msg.items()], "body": msg.get_payload()}]))
