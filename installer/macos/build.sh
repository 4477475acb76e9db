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
# Compiled Qt translations (.qm) are not in git: without them the app would be English only.
.venv/bin/python -m gui.i18n build
test -f resources/translations/encadena_es.qm || { echo "the .qm translations were not built" >&2; exit 1; }
rm -f resources/demo/demo.encadena  # the app builds the demo on first use, dated from that day
# With SIGN_ID set, the spec has PyInstaller sign every binary (hardened runtime) and the .app.
export SIGN_ID="${SIGN_ID:-}"
.venv/bin/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/encadena.spec
rm -rf build/smoke-data
ENCADENA_DATA_DIR=build/smoke-data QT_QPA_PLATFORM=offscreen dist/Encadena.app/Contents/MacOS/encadena --smoke
DMG="dist/encadena-$VERSION-macos.dmg"
hdiutil create -volname Encadena -srcfolder dist/Encadena.app -ov -format UDZO "$DMG"
if [ -n "$SIGN_ID" ]; then
  codesign --sign "$SIGN_ID" --timestamp "$DMG"
fi
if [ -n "$SIGN_ID" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
fi
echo "$DMG"
