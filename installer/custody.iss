; Inno Setup 6 script for the Windows installer. Do not run it by hand: installer\build.py builds the PyInstaller
; bundle on Windows and then calls
;   ISCC /DAppVersion=<pyproject version> /DDistDir=<dist\custody> /DIconFile=<build\icons\custody.ico>
;        /DOutputDir=<dist> installer\custody.iss
; The bundle holds three programs of one build (installer\custody.spec): custody.exe (the desktop app, no console),
; custody-cli.exe (the same program with a console: commands such as "custody-cli db grants" and --self-test) and
; custody-verify.exe (the prosecutor's offline verifier).
; The data folder (%LOCALAPPDATA%\Custody\Custody: database, station keys, backups) is never installed nor removed
; by this script: uninstalling the program keeps the evidence records.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\dist\custody"
#endif
#ifndef IconFile
  #define IconFile "..\build\icons\custody.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

[Setup]
; AppId identifies Custody to Windows across upgrades: never change it.
AppId={{6C0B7E8E-3F0D-4C5B-9E55-2B8A1C7F4D21}
AppName=Custody
AppVersion={#AppVersion}
AppVerName=Custody {#AppVersion}
AppPublisher=Custody developers
DefaultDirName={autopf}\Custody
DefaultGroupName=Custody
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename=custody-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\custody.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-user install without administrator rights by default; an administrator may choose "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: desktopicon; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[InstallDelete]
; An upgrade replaces the program folder's contents whole (no stale libraries from an older build).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Custody"; Filename: "{app}\custody.exe"
Name: "{autodesktop}\Custody"; Filename: "{app}\custody.exe"; Tasks: desktopicon

[Run]
; Offered on the last page: the same end-to-end check CI runs on the Linux bundle (a temporary station, removed).
Filename: "{cmd}"; Parameters: "/k ""{app}\custody-cli.exe"" --self-test"; Description: "Check the installation (self-test)"; Flags: postinstall skipifsilent unchecked
Filename: "{app}\custody.exe"; Description: "{cm:LaunchProgram,Custody}"; Flags: postinstall skipifsilent nowait
