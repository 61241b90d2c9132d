#!/usr/bin/env bash
# Index client throughput against curl, on loopback.
# Builds an index of the largest resolvelib corpus with ../shared/tools/mkindex.py, serves it with
# nginx on 127.0.0.1, then fetches every project page and every metadata file: first curl
# (--parallel --parallel-max 50, the practical ceiling), then envdesk cold (empty cache) and warm.
# Prints requests per second and the ratios. Goals (issue 4): cold within 2x of curl, warm at
# least 5x faster than cold.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${ENVDESK_SHARED:-$root/../shared}
build=${ENVDESK_BUILD_DIR:-$root/build}
corpus=${1:-$shared/corpora/resolvelib/pypi-2020-11-17-cheroot.json}  # the largest: 13,275 versions
[ -f "$corpus" ] || { echo "corpus $corpus not found (needs ../shared)"; exit 1; }
command -v curl >/dev/null || { echo "curl is needed"; exit 1; }
cmake --build "$build" --target indexbench >/dev/null
work=$(mktemp -d)
chmod 0755 "$work" # nginx's workers (www-data when started as root) must read the index
trap 'kill $(cat "$work/nginx.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT
echo "building the index from $(basename "$corpus") ..."
python3 "$shared/tools/mkindex.py" build "$corpus" "$work/index" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 "$shared/tools/mkindex.py" nginx-conf "$work/index" "$port" > "$work/nginx.conf"
# mkindex's config runs nginx in the foreground with its pid and logs under OUTDIR/.nginx.
mkdir -p "$work/index/.nginx/tmp"
/usr/sbin/nginx -p "$work/index/.nginx" -c "$work/nginx.conf" &
echo $! > "$work/nginx.pid"
sleep 0.5
python3 -c "import json,sys; print('\n'.join(json.load(open(sys.argv[1]))['packages']))" "$corpus" > "$work/projects"
base="http://127.0.0.1:$port/simple"

"$build/bench/indexbench" "$base" "$work/projects" "$work/cache-urls" --urls-out "$work/urls" > /dev/null
sed 's|^|url = |; s|$||' "$work/urls" | awk '{print; print "output = /dev/null"}' > "$work/curl.cfg"
n=$(wc -l < "$work/urls")
start=$(date +%s.%N)
curl --parallel --parallel-max 50 -s --no-progress-meter -K "$work/curl.cfg"
curl_s=$(echo "$(date +%s.%N) - $start" | bc)

threads=()
[ -n "${ENVDESK_BENCH_THREADS:-}" ] && threads=(--threads "$ENVDESK_BENCH_THREADS")
cold=$("$build/bench/indexbench" "$base" "$work/projects" "$work/cache" "${threads[@]}")
warm=$("$build/bench/indexbench" "$base" "$work/projects" "$work/cache" "${threads[@]}")
python3 - "$n" "$curl_s" "$cold" "$warm" <<'PY'
import json, sys
n, curl = int(sys.argv[1]), float(sys.argv[2])
cold, warm = json.loads(sys.argv[3]), json.loads(sys.argv[4])
print(f"requests: {n}")
print(f"curl --parallel 50 : {n/curl:8.0f} req/s  ({curl:.2f} s)")
print(f"envdesk cold       : {cold['requests']/cold['seconds']:8.0f} req/s  ({cold['seconds']:.2f} s)  curl/envdesk time ratio {cold['seconds']/curl:.2f} (goal <= 2)")
print(f"envdesk warm       : {warm['requests']/warm['seconds']:8.0f} req/s  ({warm['seconds']:.2f} s)  cold/warm {cold['seconds']/warm['seconds']:.1f}x (goal >= 5)")
PY
