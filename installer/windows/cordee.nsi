; Windows installer for Cordée (NSIS 3, Unicode).
;
;   makensis /DVERSION=0.1.0 /DPAYLOAD=..\..\dist\cordee /DOUTFILE=..\..\dist\Cordee-0.1.0-setup.exe cordee.nsi
;   (installer/windows/build_installer.sh passes these from app.__version__ and the built bundle)
;
; - For all users (Program Files, needs administrator rights) or for the current user only (no rights needed):
;   chosen on the first page, or /AllUsers or /CurrentUser on the command line (with /S for a silent install).
; - Start menu entry; "Cordée practice file" (.cordee) opens with Cordée.
; - Installing a newer version over an older one replaces the program's files only: the practice's database,
;   its key file and its backups are never in the program's folder. Cordée itself takes a backup before it changes
;   the schema of a database written by an older version ("…-before-upgrade", next to the database).
; - The uninstaller removes the program and says where the practice's data were kept.

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is required: makensis /DVERSION=x.y.z cordee.nsi"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "../../dist/cordee"
!endif
!ifndef OUTFILE
  !define OUTFILE "../../dist/Cordee-${VERSION}-setup.exe"
!endif
!ifndef VIVERSION
  !define VIVERSION "${VERSION}.0"
!endif

!define APPNAME "Cordée"
!define APPKEY "Cordee"
!define PUBLISHER "Cordée"
!define GUI_EXE "Cordee.exe"
!define CLI_EXE "cordee-cli.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"
!define PROGID "Cordee.PracticeFile"
!define EXT ".cordee"
; where Cordée keeps its per-user settings (QSettings "Cordee"/"Cordee") and, by default, its data (platformdirs)
!define SETTINGSKEY "Software\Cordee\Cordee\storage"
!define DATA_SUBDIR "Cordee\Cordee"

Name "${APPNAME}"
OutFile "${OUTFILE}"
SetCompressor /SOLID lzma
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VIVERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} ${VERSION} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

; ---- per-machine or per-user --------------------------------------------------------------------------------
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APPKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTKEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh

!define MUI_ICON "../icons/cordee.ico"
!define MUI_UNICON "../icons/cordee.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

Var DataFolder

; ---- pages --------------------------------------------------------------------------------------------------
!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "$(DataKeptTitle)"
!define MUI_FINISHPAGE_TEXT "$(DataKeptText)"
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString FileTypeName ${LANG_FRENCH} "Fichier de cabinet Cordée"
LangString FileTypeName ${LANG_GERMAN} "Cordée-Praxisdatei"
LangString FileTypeName ${LANG_ENGLISH} "Cordée practice file"
LangString CloseCordee ${LANG_FRENCH} "Cordée est ouvert. Fermez-le sur cet ordinateur, puis cliquez sur Réessayer."
LangString CloseCordee ${LANG_GERMAN} "Cordée ist geöffnet. Schliessen Sie es auf diesem Computer und klicken Sie dann auf Wiederholen."
LangString CloseCordee ${LANG_ENGLISH} "Cordée is running. Close it on this computer, then click Retry."
LangString DataKeptTitle ${LANG_FRENCH} "Les données du cabinet sont conservées"
LangString DataKeptTitle ${LANG_GERMAN} "Die Daten der Praxis bleiben erhalten"
LangString DataKeptTitle ${LANG_ENGLISH} "The practice's data were kept"
LangString DataKeptText ${LANG_FRENCH} "Cordée a été désinstallé. La base de données chiffrée du cabinet, son fichier de clés et ses sauvegardes n'ont pas été supprimés :$\r$\n$\r$\n$DataFolder$\r$\n$\r$\nUne nouvelle installation de Cordée les rouvrira. Ne les supprimez qu'après avoir vérifié qu'une sauvegarde existe ailleurs."
LangString DataKeptText ${LANG_GERMAN} "Cordée wurde deinstalliert. Die verschlüsselte Datenbank der Praxis, ihre Schlüsseldatei und ihre Sicherungen wurden nicht gelöscht:$\r$\n$\r$\n$DataFolder$\r$\n$\r$\nEine neue Installation von Cordée öffnet sie wieder. Löschen Sie sie erst, wenn eine Sicherung an einem anderen Ort vorhanden ist."
LangString DataKeptText ${LANG_ENGLISH} "Cordée was uninstalled. The practice's encrypted database, its key file and its backups were not removed:$\r$\n$\r$\n$DataFolder$\r$\n$\r$\nInstalling Cordée again opens them. Delete them only once a backup exists elsewhere."

; ---- install ------------------------------------------------------------------------------------------------
Function .onInit
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Cordée" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program's files; a running Cordée holds them open.
  close_cordee:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\${GUI_EXE}"
    Delete "$INSTDIR\${GUI_EXE}"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CloseCordee)" /SD IDCANCEL IDRETRY close_cordee
      Abort
    ${EndIf}
  ${EndIf}
  RMDir /r "$INSTDIR\_internal"   ; the older version's libraries: never the practice's data
  Delete "$INSTDIR\${CLI_EXE}"

  File /r "${PAYLOAD}/*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  ; the practice file (.cordee) opens with Cordée
  WriteRegStr SHCTX "Software\Classes\${EXT}" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\${EXT}" "Content Type" "application/x-cordee-practice"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${GUI_EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Programs and Features
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

; ---- uninstall ----------------------------------------------------------------------------------------------
Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
  ; The data folder of the user who uninstalls: the database Cordée was told to use, else the default folder.
  ReadRegStr $DataFolder HKCU "${SETTINGSKEY}" "database_path"
  ${If} $DataFolder == ""
    SetShellVarContext current
    StrCpy $DataFolder "$LOCALAPPDATA\${DATA_SUBDIR}"
    ${If} $MultiUser.InstallMode == "AllUsers"
      SetShellVarContext all
    ${EndIf}
  ${Else}
    ${GetParent} "$DataFolder" $DataFolder
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"   ; only if empty: nothing of the user's is removed

  ReadRegStr $0 SHCTX "Software\Classes\${EXT}" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey SHCTX "Software\Classes\${EXT}"
  ${EndIf}
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "${UNINSTKEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; A silent uninstall cannot show the finish page: it says the same in its log.
  DetailPrint "$(DataKeptTitle): $DataFolder"
SectionEnd
