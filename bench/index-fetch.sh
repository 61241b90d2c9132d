#!/usr/bin/env bash
# Index client throughput against curl, on loopback.
# Builds an index of the largest resolvelib corpus with ../shared/tools/mkindex.py, serves it with
# nginx on 127.0.0.1, then fetches every project page and every metadata file: first curl
# (--parallel --parallel-max 50, the practical ceiling), then envdesk cold (empty cache) and warm.
# Prints requests per second and the ratios; warm twice, pages revalidated (304) and pages within
# a max-age. Goals (issue 4): cold within 2x of curl, warm at
# least 5x faster than cold. curl writes nothing (its output goes to /dev/null); envdesk writes a
# cache entry per response, so the state of the filesystem under the cache weighs on its cold
# time only: FRESH_EXT4=1 (root) gives it a new ext4, as bench/install.sh does.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${ENVDESK_SHARED:-$root/../shared}
build=${ENVDESK_BUILD_DIR:-$root/build}
corpus=${1:-$shared/corpora/resolvelib/pypi-2020-11-17-cheroot.json}  # the largest: 13,275 versions
[ -f "$corpus" ] || { echo "corpus $corpus not found (needs ../shared)"; exit 1; }
command -v curl >/dev/null || { echo "curl is needed"; exit 1; }
cmake --build "$build" --target indexbench >/dev/null
source "$here/workdir.sh" # $work; FRESH_EXT4=1 (root) runs on a new ext4, see there
echo "building the index from $(basename "$corpus") ..."
python3 "$shared/tools/mkindex.py" build "$corpus" "$work/index" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
tls_args=()
ca_args=()
curl_ca=()
scheme=http
if [ "${TLS:-0}" = 1 ]; then
    # TLS=1: the same over HTTPS, with a certificate authority made for the run (envdesk's HTTPS
    # goes through QNetworkAccessManager, its plain HTTP through its own connection pool).
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=bench CA" -keyout "$work/ca.key" \
        -out "$work/ca.pem" -addext "basicConstraints=critical,CA:TRUE" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$work/server.key" \
        -out "$work/server.csr" 2>/dev/null
    openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial \
        -days 2 -extfile <(printf 'subjectAltName=IP:127.0.0.1') -out "$work/server.pem" 2>/dev/null
    tls_args=(--tls "$work/server.pem" "$work/server.key")
    ca_args=(--ca "$work/ca.pem")
    curl_ca=(--cacert "$work/ca.pem")
    scheme=https
fi
python3 "$shared/tools/mkindex.py" nginx-conf "$work/index" "$port" "${tls_args[@]}" > "$work/nginx.conf"
# mkindex's config runs nginx in the foreground with its pid and logs under OUTDIR/.nginx.
mkdir -p "$work/index/.nginx/tmp"
/usr/sbin/nginx -p "$work/index/.nginx" -c "$work/nginx.conf" &
echo $! > "$work/nginx.pid"
sleep 0.5
python3 -c "import json,sys; print('\n'.join(json.load(open(sys.argv[1]))['packages']))" "$corpus" > "$work/projects"
base="$scheme://127.0.0.1:$port/simple"

"$build/bench/indexbench" "$base" "$work/projects" "$work/cache-urls" --urls-out "$work/urls" "${ca_args[@]}" > /dev/null
sed 's|^|url = |; s|$||' "$work/urls" | awk '{print; print "output = /dev/null"}' > "$work/curl.cfg"
n=$(wc -l < "$work/urls")
# Best of ROUNDS (default 3) for curl and for a cold fetch (each into a new, empty cache), best of
# five for warm (the last cold run's cache): one run on a shared two-core machine is a coin toss.
rounds=${ROUNDS:-3}
threads=("${ca_args[@]}")
[ -n "${ENVDESK_BENCH_THREADS:-}" ] && threads+=(--threads "$ENVDESK_BENCH_THREADS")
curl_times=()
cold_runs=()
for r in $(seq "$rounds"); do
    start=$(date +%s.%N)
    curl --parallel --parallel-max 50 -s --no-progress-meter "${curl_ca[@]}" -K "$work/curl.cfg"
    curl_times+=("$(echo "$(date +%s.%N) - $start" | bc)")
    cold_runs+=("$("$build/bench/indexbench" "$base" "$work/projects" "$work/cache-$r" "${threads[@]}")")
done
warm_runs() {
    for r in 1 2 3 4 5; do
        "$build/bench/indexbench" "$base" "$work/projects" "$work/cache-$rounds" "${threads[@]}"
    done
}
# Warm, the way most private indexes answer: no freshness lifetime, so every page is asked again
# and answered 304 (metadata files never change and are not asked again).
revalidated=$(warm_runs)
# Warm the way PyPI answers: pages with "Cache-Control: max-age=600". nginx is told to say so; one
# run revalidates and records the lifetime, then the runs measured ask nothing.
sed -i 's|try_files $uri $uri/$simple_index =404;|&\n      add_header Cache-Control "max-age=600, public";|' "$work/nginx.conf"
kill -HUP "$(cat "$work/nginx.pid")" && sleep 0.5
"$build/bench/indexbench" "$base" "$work/projects" "$work/cache-$rounds" "${threads[@]}" >/dev/null
fresh=$(warm_runs)
python3 - "$n" "${curl_times[*]}" "$(printf '%s\n' "${cold_runs[@]}")" "$revalidated" "$fresh" <<'PY'
import json, sys
n = int(sys.argv[1])
curls = [float(t) for t in sys.argv[2].split()]
times = lambda text: [json.loads(l)["seconds"] for l in text.splitlines() if l.strip()]
colds, revalidated, fresh = times(sys.argv[3]), times(sys.argv[4]), times(sys.argv[5])
curl, cold = min(curls), min(colds)
every = lambda ts: " ".join(f"{t:.2f}" for t in ts)
print(f"requests: {n} (best of {len(curls)} for curl and cold, of {len(fresh)} for warm)")
print(f"curl --parallel 50   : {n/curl:8.0f} req/s  ({curl:.2f} s; all: {every(curls)})")
print(f"envdesk cold         : {n/cold:8.0f} req/s  ({cold:.2f} s; all: {every(colds)})  envdesk/curl time {cold/curl:.2f} (goal <= 2)")
for name, runs in (("warm, 304s", revalidated), ("warm, max-age", fresh)):
    warm = min(runs)
    print(f"envdesk {name:13}: {n/warm:8.0f} req/s  ({warm:.2f} s; all: {every(runs)})  cold/warm {cold/warm:.1f}x (goal >= 5)")
PY
