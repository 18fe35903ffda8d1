; Peerlog's Windows installer, for NSIS 3 (Debian's `nsis` package).
;
; Tauri's own NSIS bundling downloads its NSIS plugins from the internet;
; this script uses nothing but NSIS's stock pages, so it builds offline.
; scripts/test-windows --desktop drives it:
;
;   makensis -DVERSION=0.1.0 -DAPP_EXE=…/peerlog-desktop.exe \
;     -DLOADER_DLL=…/WebView2Loader.dll -DICON=icons/icon.ico \
;     -DOUT=…/Peerlog-0.1.0-setup.exe src-tauri/windows/installer.nsi
;
; A per-user install: into %LOCALAPPDATA%\Programs\Peerlog, with a Start
; menu shortcut and an entry in Apps & features, all under HKCU. It needs
; no administrator rights, which agency laptops seldom give. It downloads
; nothing: where the Microsoft Edge WebView2 Runtime is missing (Windows 11
; and current Windows 10 have it) it says so and leaves the install to IT.
; Uninstalling removes the program and never the data folder
; (%LOCALAPPDATA%\peerlog, the encrypted store and its vault): the peer's
; records outlive the program, as a backup would.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!include "MUI2.nsh"
!include "LogicLib.nsh"

!macro required NAME
  !ifndef ${NAME}
    !error "define ${NAME} with -D${NAME}=… (see the top of this file)"
  !endif
!macroend
!insertmacro required VERSION
!insertmacro required APP_EXE
!insertmacro required LOADER_DLL
!insertmacro required ICON
!insertmacro required OUT

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Peerlog"
!define WEBVIEW2_CLIENT "Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

Name "Peerlog"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\Programs\Peerlog"
InstallDirRegKey HKCU "Software\Peerlog" "InstallDir"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "Peerlog"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "Peerlog installer"
VIAddVersionKey /LANG=1033 "CompanyName" "The Peerlog authors"
VIAddVersionKey /LANG=1033 "LegalCopyright" "The Peerlog authors, AGPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\peerlog-desktop.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"

LangString NoWebView2 ${LANG_ENGLISH} "Peerlog shows its window through the Microsoft Edge WebView2 Runtime, which this computer does not have yet. Windows 11 and current Windows 10 include it; ask your IT department to install it. This installer downloads nothing."
LangString NoWebView2 ${LANG_SPANISH} "Peerlog muestra su ventana con Microsoft Edge WebView2 Runtime, que esta computadora todavía no tiene. Windows 11 y las versiones actuales de Windows 10 lo incluyen; pida a su departamento de informática que lo instale. Este instalador no descarga nada."

Section "Peerlog"
  SetOutPath "$INSTDIR"
  File "/oname=peerlog-desktop.exe" "${APP_EXE}"
  File "/oname=WebView2Loader.dll" "${LOADER_DLL}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Peerlog.lnk" "$INSTDIR\peerlog-desktop.exe"

  WriteRegStr HKCU "Software\Peerlog" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Peerlog"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Peerlog authors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\peerlog-desktop.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; Where Microsoft documents the runtime's version: machine-wide (the
  ; 32-bit view on 64-bit Windows) or for this user.
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\${WEBVIEW2_CLIENT}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\${WEBVIEW2_CLIENT}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    DetailPrint "No Microsoft Edge WebView2 Runtime found."
    MessageBox MB_ICONINFORMATION|MB_OK "$(NoWebView2)" /SD IDOK
  ${EndIf}
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\peerlog-desktop.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Peerlog.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Peerlog"
  ; %LOCALAPPDATA%\peerlog, the peer's data folder, stays.
SectionEnd
