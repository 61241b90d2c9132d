"""A PEP 517 / PEP 660 build backend made of the standard library only, for tests.

Used in-tree (`backend-path`) by the projects the tests make. It reads `name`, `version` (or, when
`dynamic = ["version"]`, the file VERSION) and a one-line `dependencies = [...]` from the
project's pyproject.toml, and packs the folder named after the project (dashes as underscores)
into a py3-none-any wheel; build_editable makes a wheel whose .pth points at the source tree.
Runs on Python 3.6 and later (no tomllib). With TINYBACKEND_LOG set, each hook appends its name
to that file, so a test can tell which hooks ran.
"""
import base64
import hashlib
import os
import re
import zipfile


def _note(hook):
    log = os.environ.get("TINYBACKEND_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(hook + "\n")


def _project():
    text = open("pyproject.toml", encoding="utf-8").read()
    project = text.split("[project]", 1)[1].split("\n[", 1)[0]

    def value(key):
        m = re.search(r'^%s\s*=\s*"([^"]*)"' % key, project, re.M)
        return m.group(1) if m else None

    name = value("name")
    version = value("version")
    if version is None:
        version = open("VERSION", encoding="utf-8").read().strip()
    deps = re.search(r"^dependencies\s*=\s*\[(.*)\]", project, re.M)
    requires = re.findall(r'"([^"]*)"', deps.group(1)) if deps else []
    return name, version, requires


def _names():
    name, version, requires = _project()
    dist = re.sub(r"[-_.]+", "_", name)
    return name, version, requires, dist, "%s-%s.dist-info" % (dist, version)


def _metadata():
    name, version, requires, _, _ = _names()
    lines = ["Metadata-Version: 2.1", "Name: " + name, "Version: " + version]
    lines += ["Requires-Dist: " + r for r in requires]
    return "\n".join(lines) + "\n"


def _record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return "%s,sha256=%s,%d" % (path, digest, len(data))


def _wheel(wheel_directory, files):
    name, version, _, dist, info = _names()
    files = list(files)
    files.append((info + "/METADATA", _metadata().encode()))
    files.append((info + "/WHEEL", b"Wheel-Version: 1.0\nGenerator: tinybackend\nRoot-Is-Purelib: true\nTag: py3-none-any\n"))
    record = [_record_line(p, d) for p, d in files] + [info + "/RECORD,,"]
    files.append((info + "/RECORD", ("\n".join(record) + "\n").encode()))
    filename = "%s-%s-py3-none-any.whl" % (dist, version)
    with zipfile.ZipFile(os.path.join(wheel_directory, filename), "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in files:
            z.writestr(path, data)
    return filename


def _module_files():
    _, _, _, dist, _ = _names()
    for root, _, names in os.walk(dist):
        for n in sorted(names):
            if n.endswith(".pyc"):
                continue
            path = os.path.join(root, n)
            yield path.replace(os.sep, "/"), open(path, "rb").read()


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_editable(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    _note("prepare_metadata_for_build_wheel")
    _, _, _, _, info = _names()
    os.makedirs(os.path.join(metadata_directory, info))
    with open(os.path.join(metadata_directory, info, "METADATA"), "w", encoding="utf-8") as f:
        f.write(_metadata())
    return info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    _note("build_wheel")
    return _wheel(wheel_directory, _module_files())


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    _, _, _, dist, _ = _names()
    return _wheel(wheel_directory, [(dist + ".pth", (os.getcwd() + "\n").encode())])
