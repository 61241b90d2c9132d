#!/usr/bin/env bash
# The resolver against pip, on loopback (issue 6). For each case: builds an index of the corpus
# with ../shared/tools/mkindex.py, serves it with nginx, then resolves the same requirements with
#   envdesk-cli resolve      cold (empty cache) and warm (the same cache, best of 10), and
#   pip install --dry-run --ignore-installed --report   (no cache, the same index, same Python)
# and prints the times, envdesk's peak resident memory and the ratios (timed.py measures around
# each child process). Goals: cold >= 10x pip, warm >= 50x, pyrax==1.9.8 answered in under 2 s,
# peak memory under 150 MB. pip gets at most PIP_TIMEOUT seconds (default 120) per case.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${ENVDESK_SHARED:-$root/../shared}
build=${ENVDESK_BUILD_DIR:-$root/build}
cli="$build/app/envdesk-cli"
pip_timeout=${PIP_TIMEOUT:-120}
[ -d "$shared/corpora/resolvelib" ] || { echo "needs ../shared/corpora/resolvelib"; exit 1; }
cmake --build "$build" --target envdesk-cli >/dev/null
python=${PYTHON:-python3}
pyver=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
work=$(mktemp -d)
chmod 0755 "$work"
trap 'for p in "$work"/*/index/.nginx/nginx.pid; do kill "$(cat "$p")" 2>/dev/null || true; done; rm -rf "$work"' EXIT

timed="$here/timed.py"
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

run_case() { # NAME CORPUS REQUIREMENT...
    local name=$1 corpus=$2
    shift 2
    local dir="$work/$name" p
    mkdir -p "$dir"
    python3 "$shared/tools/mkindex.py" build "$shared/corpora/resolvelib/$corpus.json" "$dir/index" >/dev/null
    p=$(port)
    python3 "$shared/tools/mkindex.py" nginx-conf "$dir/index" "$p" > "$dir/nginx.conf"
    # By default the pages say "Cache-Control: max-age=600" as PyPI's simple pages do, so a warm
    # run within ten minutes asks nothing; with PYPI_CACHE=0 they do not (as many private indexes),
    # and every warm page is revalidated (a 304).
    if [ "${PYPI_CACHE:-1}" = 1 ]; then
        sed -i 's|try_files $uri $uri/$simple_index =404;|&\n      add_header Cache-Control "max-age=600, public";|' "$dir/nginx.conf"
    fi
    mkdir -p "$dir/index/.nginx/tmp"
    /usr/sbin/nginx -p "$dir/index/.nginx" -c "$dir/nginx.conf" &
    sleep 0.5
    local url="http://127.0.0.1:$p/simple" cold warm pip cold_mb warm_mb pip_status status
    read -r cold cold_mb status < <(XDG_CACHE_HOME="$dir/cache" TIMED_OUTPUT="$dir/envdesk.txt" \
        "$timed" 1 "$cli" resolve "$@" --index-url "$url" --python-version "$pyver")
    read -r warm warm_mb _ < <(XDG_CACHE_HOME="$dir/cache" \
        "$timed" 10 "$cli" resolve "$@" --index-url "$url" --python-version "$pyver")
    read -r pip _ pip_status < <(TIMED_OUTPUT="$dir/pip.txt" "$timed" 1 timeout "$pip_timeout" \
        "$python" -m pip install --dry-run --ignore-installed --no-cache-dir -q \
        --report "$dir/pip.json" --index-url "$url" "$@")
    [ "$pip_status" = 0 ] || pip="$pip_timeout"
    printf '%-12s envdesk (exit %d): cold %6.3f s, warm %6.3f s, peak %4.0f MB | pip %6.2f s | pip/cold %6.1fx, pip/warm %6.1fx\n' \
        "$name" "$status" "$cold" "$warm" "$(echo "if ($cold_mb > $warm_mb) $cold_mb else $warm_mb" | bc)" \
        "$pip" "$(echo "$pip / $cold" | bc -l)" "$(echo "$pip / $warm" | bc -l)"
    kill "$(cat "$dir/index/.nginx/nginx.pid")" 2>/dev/null || true
}

echo "Python $pyver ($("$python" -m pip --version | cut -d' ' -f1-2))"
run_case chalice pypi-2020-02-13-chalice chalice
run_case cheroot pypi-2020-11-17-cheroot 'coverage==5.3' 'pytest-mock>=1.11.0' 'pytest-sugar>=0.9.3' 'pytest-testmon<1.0.0'
run_case pandas-test pypi-2020-02-15-pandas pandas 'pandas[test]'
run_case pyrax pypi-2020-02-15-pyrax 'pyrax==1.9.8'
