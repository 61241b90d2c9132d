#!/usr/bin/env bash
# The installer against pip, on loopback (issue 7). bench/make_install_index.py builds 60
# real-shaped pure-Python wheels (about 38,000 files) served by nginx on 127.0.0.1; then, for the
# same pinned set, in the same run:
#   envdesk: envdesk-cli venv + envdesk-cli sync --frozen of a lock of that set
#            cold (empty cache), warm (a new environment, the cache kept), no-op (sync again)
#   pip:     python -m venv + pip install --no-deps --no-compile -r requirements.txt
#            cold (--no-cache-dir), warm (a new environment, pip's cache kept), no-op
# and prints the times and the ratios. Bytecode compilation is off on both sides for those, and
# on on both sides in a last, warm row (envdesk --compile-bytecode, pip without --no-compile). Goals: warm >= 20x pip, cold >= 5x, a no-op sync under 50 ms.
#   FRESH_EXT4=1 bench/install.sh   (as root) runs it all on a new ext4 filesystem, see below
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${ENVDESK_BUILD_DIR:-$root/build}
cli="$build/app/envdesk-cli"
python=${PYTHON:-python3}
# The interpreter itself, not a pyenv shim: a shim runs bash and pyenv (about 0.1 s) before every
# Python it starts, on both sides, and neither tool is measured by that.
python=$("$python" -c 'import sys; print(sys.executable)')
cmake --build "$build" --target envdesk-cli >/dev/null
"$python" -m venv --help >/dev/null 2>&1 || { echo "needs $python -m venv (python3-venv)"; exit 1; }
source "$here/workdir.sh" # $work; FRESH_EXT4=1 and KEEP=1 are explained there

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }

echo "building the index: $(python3 "$here/make_install_index.py" "$work/index")"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
cat > "$work/nginx.conf" <<EOF
daemon off;
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp;
    fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
    types { application/octet-stream whl metadata; text/html html; }
    server { listen 127.0.0.1:$port; root $work/index; index index.html; }
}
EOF
/usr/sbin/nginx -p "$work/nginx" -c "$work/nginx.conf" &
sleep 0.5
url="http://127.0.0.1:$port/simple"

# envdesk: a project pinning the set, locked once (not timed).
mkdir -p "$work/project"
{
    echo '[project]'; echo 'name = "bench"'; echo 'version = "0"'
    printf 'dependencies = ['; sed 's/.*/"&",/' "$work/index/requirements.txt" | tr -d '\n'; echo ']'
    echo; echo '[[tool.uv.index]]'; echo 'name = "local"'; echo "url = \"$url\""; echo 'default = true'
} > "$work/project/pyproject.toml"
export UV_CACHE_DIR="$work/envdesk-cache"
"$cli" lock --project "$work/project" --python "$python" >/dev/null
rm -rf "$UV_CACHE_DIR"

envdesk_install() { # ENV
    "$cli" venv "$1" --python "$python" >/dev/null
    "$cli" sync --venv "$1" --project "$work/project" --frozen >/dev/null
}
t0=$(now); envdesk_install "$work/e1"; e_cold=$(since "$t0")
t0=$(now); envdesk_install "$work/e2"; e_warm=$(since "$t0")
t0=$(now); "$cli" sync --venv "$work/e2" --project "$work/project" --frozen >/dev/null; e_noop=$(since "$t0")
"$work/e2/bin/python" -c 'import bench_pkg_00, bench_pkg_59'
t0=$(now)
"$cli" venv "$work/e3" --python "$python" >/dev/null
"$cli" sync --venv "$work/e3" --project "$work/project" --frozen --compile-bytecode >/dev/null
e_compiled=$(since "$t0")

export PIP_DISABLE_PIP_VERSION_CHECK=1
pip_install() { # ENV [pip options]
    local env=$1; shift
    "$python" -m venv "$env"
    "$env/bin/python" -m pip install -q --no-deps --no-compile --index-url "$url" \
        -r "$work/index/requirements.txt" "$@"
}
t0=$(now); pip_install "$work/p1" --no-cache-dir; p_cold=$(since "$t0")
pip_install "$work/p-prime" --cache-dir "$work/pip-cache" # fills pip's cache
t0=$(now); pip_install "$work/p2" --cache-dir "$work/pip-cache"; p_warm=$(since "$t0")
t0=$(now); "$python" -m venv "$work/p3"
"$work/p3/bin/python" -m pip install -q --no-deps --index-url "$url" --cache-dir "$work/pip-cache" \
    -r "$work/index/requirements.txt"; p_compiled=$(since "$t0")
t0=$(now); "$work/p2/bin/python" -m pip install -q --no-deps --no-compile --index-url "$url" \
    --cache-dir "$work/pip-cache" -r "$work/index/requirements.txt"; p_noop=$(since "$t0")

echo "Python $("$python" -c 'import sys; print(sys.version.split()[0])'), $("$python" -m pip --version | cut -d' ' -f1-2)"
printf '%-8s envdesk %7.3f s | pip %7.3f s | pip/envdesk %6.1fx\n' \
    cold "$e_cold" "$p_cold" "$(echo "$p_cold / $e_cold" | bc -l)" \
    warm "$e_warm" "$p_warm" "$(echo "$p_warm / $e_warm" | bc -l)" \
    no-op "$e_noop" "$p_noop" "$(echo "$p_noop / $e_noop" | bc -l)" \
    "warm+pyc" "$e_compiled" "$p_compiled" "$(echo "$p_compiled / $e_compiled" | bc -l)"
