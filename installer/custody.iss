; Inno Setup script for the Windows installer (build the PyInstaller bundle first).
[Setup]
AppName=Custody
AppVersion=0.1.0
DefaultDirName={autopf}\Custody
DefaultGroupName=Custody
OutputBaseFilename=custody-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest

[Files]
Source: "..\dist\custody\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Custody"; Filename: "{app}\custody.exe"
Name: "{autodesktop}\Custody"; Filename: "{app}\custody.exe"; Tasks: desktopicon

[Tasks]
Name: desktopicon; Description: "Create a desktop icon"; Flags: unchecked
