#!/bin/sh
# Install this Custody bundle system-wide (run it from the unpacked bundle, as root):
#     sudo ./install.sh
# Where things go (override with environment variables):
#     PREFIX=/opt/custody        the bundle itself
#     BINDIR=/usr/local/bin      links: custody, custody-verify
#     SHAREDIR=/usr/local/share  menu entry, icons, AppStream metadata
# Uninstall: remove "$PREFIX", the two links in "$BINDIR" and the files this script lists as it copies them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-/opt/custody}
BINDIR=${BINDIR:-/usr/local/bin}
SHAREDIR=${SHAREDIR:-/usr/local/share}

if [ ! -x "$here/custody" ] || [ ! -d "$here/share" ]; then
    echo "install.sh: run me from an unpacked Custody bundle (custody and share/ next to me)" >&2
    exit 1
fi
case "$PREFIX" in
    /|/usr|/usr/local|/opt|"$HOME") echo "install.sh: PREFIX=$PREFIX would be replaced whole; choose a folder of its own" >&2
                                   exit 1 ;;
esac
if [ "$here" != "$(mkdir -p "$PREFIX" && cd "$PREFIX" && pwd)" ]; then
    rm -rf "$PREFIX"
    mkdir -p "$(dirname "$PREFIX")"
    cp -a "$here" "$PREFIX"
fi
mkdir -p "$BINDIR"
ln -sf "$PREFIX/custody" "$BINDIR/custody"
ln -sf "$PREFIX/custody" "$BINDIR/custody-verify"
echo "$BINDIR/custody, $BINDIR/custody-verify -> $PREFIX/custody"
(cd "$PREFIX/share" && find . -type f) | while read -r f; do
    mkdir -p "$(dirname "$SHAREDIR/$f")"
    case "$f" in
        *.desktop) sed "s|^Exec=custody|Exec=$PREFIX/custody|; s|^TryExec=custody|TryExec=$PREFIX/custody|" \
                       "$PREFIX/share/$f" > "$SHAREDIR/$f" ;;
        *) cp "$PREFIX/share/$f" "$SHAREDIR/$f" ;;
    esac
    echo "$SHAREDIR/${f#./}"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHAREDIR/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHAREDIR/icons/hicolor" || true
echo "Installed Custody in $PREFIX. Check it with: $BINDIR/custody --self-test"
