#!/usr/bin/env sh
# Per-user install of an unpacked Encadena bundle: no root needed.
# Usage: ./install-user.sh   (run from the unpacked encadena-<version>-linux folder)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
mkdir -p "$BIN" "$DATA/applications" "$DATA/icons/hicolor/256x256/apps" "$DATA/mime/packages"
ln -sf "$HERE/encadena/encadena" "$BIN/encadena"
cp "$HERE/encadena.desktop" "$DATA/applications/encadena.desktop"
cp "$HERE/encadena.png" "$DATA/icons/hicolor/256x256/apps/encadena.png"
cp "$HERE/encadena-mime.xml" "$DATA/mime/packages/encadena.xml"
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
echo "Encadena installed for $(id -un): run 'encadena' or find it in your applications menu."
