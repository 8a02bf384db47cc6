#!/usr/bin/env bash
# Builds the .deb and .tar.gz, installs the .deb, checks that the installed program and the
# unpacked archive both start offline (--version, --screenshot), then uninstalls and checks that
# nothing is left behind. Needs root (CI runs as root); `make package-test` calls it.
set -euo pipefail
BUILD=${1:-build}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
cd "$BUILD"
rm -f ai-policy-atlas_*.deb ai-policy-atlas-*.tar.gz
cpack -G "DEB;TGZ" >/dev/null
DEB=$(ls ai-policy-atlas_*_*.deb)
TGZ=$(ls ai-policy-atlas-*.tar.gz)
echo "install-test: lintian $DEB"
lintian --fail-on error "$DEB" 2>&1 | grep -v 'running with root privileges' || true
lintian --fail-on error "$DEB" >/dev/null 2>&1

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"

echo "install-test: installing $DEB"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$DEB" >/dev/null
FILES=$(dpkg -L ai-policy-atlas | grep -v '^/\.$')
/usr/bin/ai-policy-atlas --version | tee "$WORK/version"
grep -q '(dataset spri-2023 ' "$WORK/version"
/usr/bin/ai-policy-atlas --lang ko --screenshot "$WORK/installed.png" --view browse --size 800x600 >/dev/null
test -s "$WORK/installed.png"

echo "install-test: unpacking $TGZ somewhere else"
mkdir "$WORK/portable" && tar -xzf "$TGZ" -C "$WORK/portable"
PORTABLE=$(ls -d "$WORK"/portable/*/)
"$PORTABLE/usr/bin/ai-policy-atlas" --version | grep -q '(dataset spri-2023 '
"$PORTABLE/usr/bin/ai-policy-atlas" --screenshot "$WORK/portable.png" --view countries --size 800x600 >/dev/null
test -s "$WORK/portable.png"

echo "install-test: removing"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq ai-policy-atlas >/dev/null
left=0
for f in $FILES; do
    case "$f" in
        /usr|/usr/bin|/usr/share|/usr/share/applications|/usr/share/doc|/usr/share/icons|/usr/share/icons/hicolor|\
        /usr/share/icons/hicolor/*/apps|/usr/share/icons/hicolor/256x256|/usr/share/icons/hicolor/scalable|/usr/share/man|\
        /usr/share/man/man1|/usr/share/metainfo) continue ;;
    esac
    if [ -e "$f" ]; then echo "left behind: $f"; left=1; fi
done
[ "$left" = 0 ]
echo "install-test: passed"
