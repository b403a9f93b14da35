@echo off
rem The lab's learner tool: lab.cmd help. It is Java (lab-cli); this script builds it on first use
rem (delete lab-cli\target to rebuild it after the lab's own sources change).
setlocal
set "LAB_ROOT=%~dp0"
set "LAB_JAVA=java"
if defined JAVA_HOME set "LAB_JAVA=%JAVA_HOME%\bin\java"
if exist "%LAB_ROOT%lab-cli\target\lab-cli.jar" goto run
echo Building the lab tool (lab-cli), once ... 1>&2
pushd "%LAB_ROOT%"
call mvnw.cmd -q -B package -pl lab-cli -am -DskipTests 1>&2
set "LAB_BUILD=%ERRORLEVEL%"
popd
if not "%LAB_BUILD%"=="0" (
  echo Could not build the lab tool: see the errors above. 1>&2
  exit /b 1
)
:run
"%LAB_JAVA%" "-Dlab.root=%LAB_ROOT%." -cp "%LAB_ROOT%lab-cli\target\lab-cli.jar;%LAB_ROOT%lab-cli\target\lib\*" dev.backendlab.cli.LabMain %*
exit /b %ERRORLEVEL%
