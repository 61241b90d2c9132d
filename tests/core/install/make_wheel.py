"""Writes a wheel from a JSON spec on stdin, for tst_wheel: valid ones, and hostile ones on request.

spec: {"name", "version", "files": {path: text}, "entry_points": text, "requires": [req],
       "extras": [name] (Provides-Extra),
       "metadata_file": bool (also write <wheel>.metadata),
       "omit_from_record": [path], "tamper": [path], "extra": [{"name", "text", "symlink": bool}],
       "corrupt": {"path", "how": "crc" (a data byte flipped after the CRC was written) or
                   "local-name" (the local header names another file than the central directory)}}
Prints the wheel's path. Works on Python 3.6+ (standard library only).
"""
import base64, hashlib, json, os, stat, sys, warnings, zipfile

warnings.simplefilter("ignore")  # zipfile warns of the duplicate names some hostile specs ask for

spec = json.load(sys.stdin)
out_dir = sys.argv[1]
name, version = spec["name"], spec["version"]
dist = "%s-%s" % (name.replace("-", "_"), version)
info = dist + ".dist-info"
files = dict(spec.get("files", {}))
metadata = "Metadata-Version: 2.1\nName: %s\nVersion: %s\n" % (name, version)
for extra in spec.get("extras", []):
    metadata += "Provides-Extra: %s\n" % extra
for requirement in spec.get("requires", []):
    metadata += "Requires-Dist: %s\n" % requirement
files[info + "/METADATA"] = metadata
files[info + "/WHEEL"] = "Wheel-Version: 1.0\nGenerator: tst_wheel\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
if spec.get("entry_points"):
    files[info + "/entry_points.txt"] = spec["entry_points"]

def digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()

record = []
for path, text in files.items():
    data = text.encode()
    if path in spec.get("omit_from_record", []):
        continue
    if path in spec.get("tamper", []):
        data = data + b"# changed after the build\n"
    record.append("%s,%s,%d" % (path, digest(data), len(data)))
record.append("%s/RECORD,," % info)
path = os.path.join(out_dir, "%s-py3-none-any.whl" % dist)
with zipfile.ZipFile(path, "w") as z:
    for p, text in files.items():
        z.writestr(p, text)
    for extra in spec.get("extra", []):
        zi = zipfile.ZipInfo(extra["name"])
        if extra.get("symlink"):
            zi.create_system = 3
            zi.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(zi, extra["text"])
    z.writestr(info + "/RECORD", "\n".join(record) + "\n")
corrupt = spec.get("corrupt")
if corrupt:
    with zipfile.ZipFile(path) as z:
        member = z.getinfo(corrupt["path"])
    with open(path, "r+b") as f:
        f.seek(member.header_offset + 26)
        name_length = int.from_bytes(f.read(2), "little")
        extra_length = int.from_bytes(f.read(2), "little")
        if corrupt["how"] == "crc":
            at = member.header_offset + 30 + name_length + extra_length
        else:
            at = member.header_offset + 30 + name_length - 1
        f.seek(at)
        byte = f.read(1)
        f.seek(at)
        f.write(bytes([byte[0] ^ 0x01]))
if spec.get("metadata_file"):
    # PEP 658: the metadata beside the wheel, as an index serves it.
    with open(path + ".metadata", "w") as f:
        f.write(metadata)
print(path)
