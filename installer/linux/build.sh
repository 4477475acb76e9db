#!/usr/bin/env bash
# Build the Linux one-folder bundle and a tarball: dist/encadena-<version>-linux-<arch>.tar.gz
# Usage: installer/linux/build.sh [PYTHON]   (PYTHON defaults to .venv/bin/python)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PY=${1:-$ROOT/.venv/bin/python}
cd "$ROOT"
VERSION=$("$PY" -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
ARCH=$(uname -m)
"$PY" installer/make_icons.py
# Compiled Qt translations (.qm) are not in git: without them the bundle would be English only.
"$PY" -m gui.i18n build >/dev/null
test -f resources/translations/encadena_es.qm || { echo "the .qm translations were not built" >&2; exit 1; }
# No prebuilt demo: the app builds it with the core on first use (about 2 s), dated relative to
# that day, so it never ages; a stale resources/demo/demo.encadena would take precedence.
rm -f resources/demo/demo.encadena
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/encadena.spec
# Qt's xcb platform needs X libraries a fresh desktop may lack (README, "First run"): carry them.
for lib in $(python3 -c "import sys;sys.path.insert(0,'gui');import system_libraries as s;print(*s.LIBRARIES)"); do
  case $lib in libxcb-*util*|libxcb-cursor*|libxcb-icccm*|libxcb-image*|libxcb-keysyms*|libxkbcommon*)
    # awk reads to the end: an early exit would kill ldconfig with SIGPIPE (fatal under pipefail)
    src=$(ldconfig -p | awk -v l="$lib" '$1 == l && !found {print $NF; found = 1}')
    if [ -n "$src" ] && [ ! -e "dist/encadena/_internal/$lib" ]; then cp -L "$src" "dist/encadena/_internal/$lib"; fi;;
  esac
done
NAME=encadena-$VERSION-linux-$ARCH
STAGE=dist/$NAME
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -a dist/encadena "$STAGE/encadena"
cp installer/linux/encadena.desktop installer/linux/encadena-mime.xml installer/linux/install-user.sh "$STAGE/"
cp installer/icons/encadena.png "$STAGE/encadena.png"
tar -C dist -czf "dist/$NAME.tar.gz" "$NAME"
end=$(date +%s)
echo "bundle: dist/encadena ($(du -sh dist/encadena | cut -f1)), tarball: dist/$NAME.tar.gz ($(du -sh "dist/$NAME.tar.gz" | cut -f1)), build time: $((end - start)) s"
