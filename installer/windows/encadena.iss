; Inno Setup 6.3+ script (x64compatible needs 6.3): per-user install of the Encadena one-folder
; bundle (no admin rights).
; Built by installer/windows/build.ps1, which passes /DAppVersion=<version from pyproject.toml>.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1C2A7E-3B55-4C1D-9E7A-2E5C0DA1E0A1}
AppName=Encadena
AppVersion={#AppVersion}
AppPublisher=Encadena
DefaultDirName={autopf}\Encadena
DefaultGroupName=Encadena
DisableProgramGroupPage=yes
; Per-user: installs under %LOCALAPPDATA%\Programs, registry under HKCU, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=encadena-{#AppVersion}-windows-setup
SetupIconFile=..\icons\encadena.ico
UninstallDisplayIcon={app}\encadena.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"

[CustomMessages]
english.FileTypeName=Encadena programme
spanish.FileTypeName=Programa de Encadena
brazilianportuguese.FileTypeName=Programa do Encadena
english.OpenDemo=Open Encadena with the demo programme
spanish.OpenDemo=Abrir Encadena con el programa de demostración
brazilianportuguese.OpenDemo=Abrir o Encadena com o programa de demonstração

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\encadena\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; encadena.exe is the windowed app; encadena-cli.exe beside it is the same program for the command line.
Name: "{autoprograms}\Encadena"; Filename: "{app}\encadena.exe"
Name: "{autodesktop}\Encadena"; Filename: "{app}\encadena.exe"; Tasks: desktopicon

[Registry]
; .encadena files open in Encadena (HKA = HKCU for a per-user install).
Root: HKA; Subkey: "Software\Classes\.encadena"; ValueType: string; ValueName: ""; ValueData: "Encadena.Programme"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Encadena.Programme"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Encadena.Programme\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\encadena.exe,0"
Root: HKA; Subkey: "Software\Classes\Encadena.Programme\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\encadena.exe"" --open ""%1"""

[Run]
Filename: "{app}\encadena.exe"; Parameters: "--demo"; Description: "{cm:OpenDemo}"; Flags: nowait postinstall skipifsilent
