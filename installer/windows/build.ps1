# Build the Windows bundle and the per-user installer.
# Needs: Python 3.11+ (python.org build) and Inno Setup 6.3+ or 7 (ISCC.exe on PATH or in its default folder).
# Usage (PowerShell, from the repository root):  .\installer\windows\build.ps1
$ErrorActionPreference = "Stop"
# A failing native command (pip, PyInstaller, ISCC) does not stop a script by itself.
function Invoke-Checked {
    param([string]$What, [scriptblock]$Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}
$Root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $Root
if (-not (Test-Path .venv)) { Invoke-Checked "creating .venv" { python -m venv .venv } }
$Py = "$Root\.venv\Scripts\python.exe"
# gui.i18n finds pyside6-lrelease.exe on PATH (the venv is not activated here).
$env:PATH = "$Root\.venv\Scripts;$env:PATH"
Invoke-Checked "pip" { & $Py -m pip install --upgrade pip }
Invoke-Checked "pip" { & $Py -m pip install -e ".[bundle]" }
$Version = & $Py -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
Invoke-Checked "icons" { & $Py installer\make_icons.py }
# Compiled Qt translations (.qm) are not in git: without them the bundle would be English only.
Invoke-Checked "translations" { & $Py -m gui.i18n build }
if (-not (Test-Path resources\translations\encadena_es.qm)) { throw "the .qm translations were not built" }
# The app builds the demo programme on first use (dated from that day), so none is bundled.
Remove-Item -ErrorAction SilentlyContinue resources\demo\demo.encadena
Invoke-Checked "PyInstaller" {
    & $Py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\encadena.spec
}
# Smoke-test the bundle before packaging it. encadena.exe is a windowed program: PowerShell does
# not wait for it and it has no standard output, so the test runs the console twin encadena-cli.exe
# (same folder, same code), with a data folder of its own.
$env:QT_QPA_PLATFORM = "offscreen"
$env:ENCADENA_DATA_DIR = "$Root\build\smoke-data"
Remove-Item -Recurse -ErrorAction SilentlyContinue $env:ENCADENA_DATA_DIR
Invoke-Checked "smoke run of the bundle" { & .\dist\encadena\encadena-cli.exe --smoke }
Remove-Item Env:\QT_QPA_PLATFORM
Remove-Item Env:\ENCADENA_DATA_DIR
# ISCC.exe on PATH, else the newest Inno Setup 6 or 7 in its default folder (32- or 64-bit).
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) {
    $Iscc = Get-ChildItem "${env:ProgramFiles(x86)}\Inno Setup *\ISCC.exe", "$env:ProgramFiles\Inno Setup *\ISCC.exe" `
        -ErrorAction SilentlyContinue | Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName
}
if (-not $Iscc) { throw "Inno Setup's ISCC.exe was not found (install Inno Setup 6.3 or later)" }
Invoke-Checked "Inno Setup" { & $Iscc "/DAppVersion=$Version" installer\windows\encadena.iss }
Write-Host "Installer: dist\encadena-$Version-windows-setup.exe"
