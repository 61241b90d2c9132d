# Shared by scripts/run, scripts/test and scripts/fuzz: install what is missing, configure, build.
# Sourced, not executed. Works on a fresh Debian 12 or Ubuntu 24.04 machine, as root or with sudo.

ENVDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ENVDESK_BUILD_DIR=${ENVDESK_BUILD_DIR:-$ENVDESK_ROOT/build}
# ccache hits across clones in different folders (CI builds a fresh clone each time).
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ENVDESK_ROOT}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}

# Everything the build, the app and the test suite need, all from the distribution's archive.
ENVDESK_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev qtkeychain-qt6-dev
    libarchive-dev zlib1g-dev nettle-dev libpsl-dev
    python3 python3-packaging python3-pip-whl
    dbus dbus-daemon gnome-keyring
    nginx openssl tinyproxy-bin curl git util-linux mount
)

envdesk_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# install_missing PKG...: apt-get install the packages that are not installed yet.
envdesk_install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "envdesk: installing ${missing[*]}"
    envdesk_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    envdesk_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

# envdesk_build [extra cmake args...]: configure (once) with Ninja and build everything.
envdesk_build() {
    if [ ! -f "$ENVDESK_BUILD_DIR/build.ninja" ]; then
        cmake -S "$ENVDESK_ROOT" -B "$ENVDESK_BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" || return 1
    fi
    cmake --build "$ENVDESK_BUILD_DIR" --parallel "$(nproc)"
}
