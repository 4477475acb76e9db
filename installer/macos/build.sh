#!/usr/bin/env bash
# Build Encadena.app (one-folder bundle inside an .app) and a compressed disk image.
# Needs: Python 3.11+ from python.org (universal2 or the Mac's architecture) and Xcode command line tools.
# Usage: installer/macos/build.sh            (unsigned)
#        SIGN_ID="Developer ID Application: ..." NOTARY_PROFILE=encadena installer/macos/build.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
[ -d .venv ] || python3 -m venv .venv
.venv/bin/python -m pip install --upgrade pip
.venv/bin/python -m pip install -e '.[bundle]'
VERSION=$(.venv/bin/python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
.venv/bin/python installer/make_icons.py
rm -f resources/demo/demo.encadena  # the app builds the demo on first use, dated from that day
.venv/bin/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/encadena.spec
QT_QPA_PLATFORM=offscreen dist/Encadena.app/Contents/MacOS/encadena --smoke
if [ -n "${SIGN_ID:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$SIGN_ID" dist/Encadena.app
fi
hdiutil create -volname Encadena -srcfolder dist/Encadena.app -ov -format UDZO "dist/encadena-$VERSION-macos.dmg"
if [ -n "${SIGN_ID:-}" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "dist/encadena-$VERSION-macos.dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "dist/encadena-$VERSION-macos.dmg"
fi
echo "dist/encadena-$VERSION-macos.dmg"
