# Build the Windows bundle and the per-user installer.
# Needs: Python 3.11+ (python.org build) and Inno Setup 6 (ISCC.exe on PATH or in its default folder).
# Usage (PowerShell, from the repository root):  .\installer\windows\build.ps1
$ErrorActionPreference = "Stop"
$Root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $Root
if (-not (Test-Path .venv)) { python -m venv .venv }
.\.venv\Scripts\python -m pip install --upgrade pip
.\.venv\Scripts\python -m pip install -e ".[bundle]"
$Version = .\.venv\Scripts\python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
.\.venv\Scripts\python installer\make_icons.py
# The app builds the demo programme on first use (dated from that day), so none is bundled.
Remove-Item -ErrorAction SilentlyContinue resources\demo\demo.encadena
.\.venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\encadena.spec
# Smoke-test the bundle before packaging it.
$env:QT_QPA_PLATFORM = "offscreen"
& dist\encadena\encadena.exe --smoke
if ($LASTEXITCODE -ne 0) { throw "smoke run of the bundle failed" }
Remove-Item Env:\QT_QPA_PLATFORM
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" installer\windows\encadena.iss
Write-Host "Installer: dist\encadena-$Version-windows-setup.exe"
