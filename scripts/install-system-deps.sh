#!/bin/sh
# Installs the Debian packages Qt and the tests need, when they are missing and we are root.
# Usage: install-system-deps.sh offscreen|window|bundle
#   offscreen: the tests (Qt offscreen, plus the desktop entry and AppStream validators,
#              and Syncthing for the end-to-end sync test)
#   window:    a real window (Qt's xcb platform)
#   bundle:    `make bundle` and its tests: a window under Xvfb, dpkg-deb, binutils for
#              PyInstaller
set -eu
mode=${1:-offscreen}
packages="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils desktop-file-utils appstream"
window="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0"
case "$mode" in
    offscreen) packages="$packages syncthing" ;;
    window) packages="$packages $window" ;;
    bundle) packages="$packages $window xvfb xauth xdotool binutils" ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we know to install
missing=""
for p in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian packages Refleks needs:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "Refleks needs these Debian packages, which are missing:$missing" >&2
    echo "Install them with: sudo apt-get install$missing" >&2
fi
