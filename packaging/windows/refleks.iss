; Inno Setup script: Refleks-<version>-Setup.exe from the one-folder bundle.
;
;   pyinstaller --noconfirm --distpath packaging\dist packaging\refleks.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\refleks.iss
;
; .github/workflows/bundles.yml runs both on a Windows runner; the version comes from
; app/version.py there. Installs per user (no administrator needed), with a Start menu
; entry and an optional desktop shortcut; the uninstaller leaves the journal alone
; (it lives in %LOCALAPPDATA%\Refleks, not in the program folder).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C0F2E55-2B8B-4E5E-9C8A-2F1D7A4C9E31}
AppName=Refleks
AppVersion={#AppVersion}
AppVerName=Refleks {#AppVersion}
AppPublisher=Refleks
AppPublisherURL=https://refleks.dk/
DefaultDirName={autopf}\Refleks
DefaultGroupName=Refleks
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=Refleks-{#AppVersion}-Setup
SetupIconFile=..\..\resources\icons\refleks.ico
UninstallDisplayIcon={app}\refleks.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\refleks\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Refleks"; Filename: "{app}\refleks.exe"
Name: "{autodesktop}\Refleks"; Filename: "{app}\refleks.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\refleks.exe"; Description: "{cm:LaunchProgram,Refleks}"; Flags: nowait postinstall skipifsilent
