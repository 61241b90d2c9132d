#!/usr/bin/env bash
# Reading and editing a large pyproject.toml (issue 18): for each size, a generated project with
# many dependencies, indexes, sources and settings is read by `envdesk-cli settings` and edited
# by `envdesk-cli index add` (read, splice, re-read, write), and read by Python's tomllib as the
# peer, each best of ROUNDS (default 3; timed.py measures around each child process). Prints
# seconds, MB per second and the ratio to tomllib. Goal: a 10 MB file read within about 1 s, and
# time growing linearly with size (the MB/s column stays flat).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${ENVDESK_BUILD_DIR:-$root/build}
cli="$build/app/envdesk-cli"
rounds=${ROUNDS:-3}
sizes=${SIZES:-"1 2 4 10"}
cmake --build "$build" --target envdesk-cli >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timed="$here/timed.py"

make_project() { # DIR MEGABYTES
    python3 - "$1/pyproject.toml" "$2" <<'PY'
import sys
path, megabytes = sys.argv[1], float(sys.argv[2])
target = int(megabytes * 1024 * 1024)
head = ['[project]', 'name = "big"', 'version = "0.1.0"', 'requires-python = ">=3.9"', 'dependencies = [']
deps, indexes, sources = [], [], []
size = 0
i = 0
while size < target:
    # one of each per round, about 400 bytes
    deps.append(f'    "package-{i}>=1.{i % 50},<3; python_version >= \'3.9\'",  # pinned for {i}')
    indexes.append(f'[[tool.uv.index]]\nname = "index-{i}"\nurl = "https://index-{i}.example/simple"\nexplicit = true\n')
    sources.append(f'package-{i} = {{ index = "index-{i}" }}')
    size += len(deps[-1]) + len(indexes[-1]) + len(sources[-1]) + 3
    i += 1
text = '\n'.join(head + deps + [']', '', '[tool.uv]', 'index-strategy = "first-index"', ''] + indexes
                 + ['[tool.uv.sources]'] + sources) + '\n'
open(path, 'w').write(text)
PY
}

printf '| size | envdesk settings | MB/s | envdesk index add | tomllib | settings / tomllib |\n'
printf '| --- | --- | --- | --- | --- | --- |\n'
for mb in $sizes; do
    dir="$work/p$mb"
    mkdir -p "$dir"
    make_project "$dir" "$mb"
    bytes=$(stat -c %s "$dir/pyproject.toml")
    read -r settings _ status < <("$timed" "$rounds" "$cli" settings --project "$dir")
    [ "$status" = 0 ] || { echo "envdesk-cli settings failed on $mb MB"; "$cli" settings --project "$dir" | tail -3; exit 1; }
    cp "$dir/pyproject.toml" "$dir/original.toml"
    read -r edit _ status < <("$timed" 1 "$cli" index add extra-index https://extra.example/simple --project "$dir")
    [ "$status" = 0 ] || { echo "envdesk-cli index add failed on $mb MB"; exit 1; }
    cp "$dir/original.toml" "$dir/pyproject.toml"
    read -r tomllib _ _ < <("$timed" "$rounds" python3 -c 'import sys, tomllib; tomllib.load(open(sys.argv[1], "rb"))' "$dir/pyproject.toml")
    python3 - "$mb" "$bytes" "$settings" "$edit" "$tomllib" <<'PY'
import sys
mb, size, settings, edit, tomllib = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
print(f"| {size / 1048576:.1f} MB | {settings:.2f} s | {size / 1048576 / settings:.1f} | {edit:.2f} s "
      f"| {tomllib:.2f} s | {settings / tomllib:.2f} |")
PY
done
