"""Builds the index the install benchmark serves: 60 pure-Python wheels shaped like real ones.

usage: make_install_index.py OUTDIR

File counts follow a skewed spread like a data-science stack (a few packages with thousands of
modules, most with tens): about 38,000 files in all, 1 to 12 KiB each, deterministic content.
Writes OUTDIR/files/*.whl with PEP 658 .metadata files, OUTDIR/simple/NAME/index.html (PEP 503
with sha256 and data-dist-info-metadata), and OUTDIR/requirements.txt pinning all of them.
Standard library only; the same output every run.
"""
import base64, hashlib, os, random, sys, zipfile

out = sys.argv[1]
rng = random.Random(751)
COUNT = 60
# Skewed file counts: 3 big packages, 9 medium, the rest small; about 38,000 in all.
sizes = [9000, 7000, 5200] + [1400] * 9 + [130] * (COUNT - 12)
os.makedirs(os.path.join(out, "files"), exist_ok=True)
os.makedirs(os.path.join(out, "simple"), exist_ok=True)
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi "
         "rho sigma tau upsilon phi chi psi omega").split()


def digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


total_files = 0
requirements = []
for i in range(COUNT):
    name = "bench-pkg-%02d" % i
    module = "bench_pkg_%02d" % i
    version = "1.%d.0" % (i % 7)
    dist = "%s-%s" % (name.replace("-", "_"), version)
    info = dist + ".dist-info"
    files = {}
    for n in range(sizes[i]):
        folder = "%s/sub%02d" % (module, n % 40)
        lines = ["# %s %d" % (name, n)]
        for _ in range(rng.randint(20, 300)):
            lines.append("%s_%d = %r" % (rng.choice(words), rng.randint(0, 9999), rng.choice(words)))
        files["%s/m%05d.py" % (folder, n)] = ("\n".join(lines) + "\n").encode()
    for n in range(40):
        files["%s/sub%02d/__init__.py" % (module, n)] = b""
    files["%s/__init__.py" % module] = ("VERSION = %r\n" % version).encode()
    requires = ["bench-pkg-%02d>=1" % (i - 1)] if i else []
    metadata = "Metadata-Version: 2.1\nName: %s\nVersion: %s\n" % (name, version)
    metadata += "".join("Requires-Dist: %s\n" % r for r in requires)
    files[info + "/METADATA"] = metadata.encode()
    files[info + "/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: envdesk-bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files[info + "/entry_points.txt"] = ("[console_scripts]\n%s = %s:VERSION\n" % (name, module)).encode()
    record = ["%s,%s,%d" % (p, digest(d), len(d)) for p, d in files.items()] + [info + "/RECORD,,"]
    wheel_name = "%s-py3-none-any.whl" % dist
    path = os.path.join(out, "files", wheel_name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for p, d in files.items():
            z.writestr(zipfile.ZipInfo(p, (2020, 1, 1, 0, 0, 0)), d)
        z.writestr(zipfile.ZipInfo(info + "/RECORD", (2020, 1, 1, 0, 0, 0)), "\n".join(record) + "\n")
    with open(path + ".metadata", "w") as f:
        f.write(metadata)
    with open(path, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    meta_sha = hashlib.sha256(metadata.encode()).hexdigest()
    os.makedirs(os.path.join(out, "simple", name), exist_ok=True)
    with open(os.path.join(out, "simple", name, "index.html"), "w") as f:
        f.write('<!DOCTYPE html><html><body><a href="../../files/%s#sha256=%s" '
                'data-dist-info-metadata="sha256=%s">%s</a></body></html>\n'
                % (wheel_name, sha, meta_sha, wheel_name))
    requirements.append("%s==%s" % (name, version))
    total_files += len(files) + 1

with open(os.path.join(out, "requirements.txt"), "w") as f:
    f.write("\n".join(requirements) + "\n")
print("%d packages, %d files" % (COUNT, total_files))
