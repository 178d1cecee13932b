@echo off
rem nianbao launcher for Windows: runs lib\nianbao.jar with a Java 17 or later runtime, taken
rem from JAVA_HOME, else from the PATH. Every argument is passed through unchanged (%*).
rem
rem Charset: nianbao writes its messages in the console's code page, read from chcp and passed as
rem stdout.encoding, so Chinese shows right on a GBK console (code page 936, the default on
rem Chinese Windows) and on a UTF-8 one (65001), also when the output is redirected to a file.
rem This file is UTF-8; the Chinese lines below are read only after switching to code page 65001.
setlocal

rem The active code page is the last word of chcp's answer, whatever the language of Windows.
set "NB_CP="
for /f "tokens=*" %%a in ('chcp') do for %%b in (%%a) do set "NB_CP=%%b"
if defined NB_CP set "NB_CP=%NB_CP:.=%"
set "NB_CHARSET="
if defined NB_CP set "NB_CHARSET=cp%NB_CP%"
if "%NB_CP%"=="936" set "NB_CHARSET=GBK"
if "%NB_CP%"=="65001" set "NB_CHARSET=UTF-8"
set "NB_ENCODING="
if defined NB_CHARSET set "NB_ENCODING=-Dstdout.encoding=%NB_CHARSET% -Dstderr.encoding=%NB_CHARSET%"

set "NB_JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "NB_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined NB_JAVA for %%j in (java.exe) do if not "%%~$PATH:j"=="" set "NB_JAVA=%%~$PATH:j"
if not defined NB_JAVA goto nojava

rem Too old a Java fails with an English UnsupportedClassVersionError: say it plainly instead.
rem "java -version" prints e.g. openjdk version "17.0.15" or java version "1.8.0_292"; only a
rem version recognised as older than 17 stops here, anything unexpected is left to Java.
set "NB_JV="
set "NB_MAJOR="
for /f "tokens=3" %%v in ('"%NB_JAVA%" -version 2^>^&1 ^| findstr /i version') do if not defined NB_JV set "NB_JV=%%~v"
if defined NB_JV for /f "delims=.-_+" %%m in ("%NB_JV%") do set "NB_MAJOR=%%m"
for %%o in (1 5 6 7 8 9 10 11 12 13 14 15 16) do if "%NB_MAJOR%"=="%%o" goto oldjava

rem Class-data sharing: the first render lists the classes it loads, and a second JVM stores them
rem into an archive in the user's local cache folder (one per Java version and jar size and time,
rem so an update or another Java gets a new one); later runs map it instead of loading the classes
rem from the jar again. Nothing is printed about it, so output such as "check --format json" stays
rem clean. NIANBAO_CDS=0 turns it off; without a writable cache folder the run simply goes without.
set "NB_JAR=%~dp0..\lib\nianbao.jar"
set "NB_CDS_OPTS="
if "%NIANBAO_CDS%"=="0" goto run
set "NB_CDS_DIR=%LOCALAPPDATA%"
if not defined NB_CDS_DIR set "NB_CDS_DIR=%TEMP%"
if not defined NB_CDS_DIR goto run
set "NB_CDS_DIR=%NB_CDS_DIR%\nianbao"
set "NB_STAMP="
for %%f in ("%NB_JAR%") do set "NB_STAMP=%NB_JV%-%%~zf-%%~tf"
set "NB_STAMP=%NB_STAMP:/=%"
set "NB_STAMP=%NB_STAMP::=%"
set "NB_STAMP=%NB_STAMP: =%"
set "NB_STAMP=%NB_STAMP:\=%"
rem "static" keeps the dynamic archives of older launchers from being taken for one.
set "NB_CDS=%NB_CDS_DIR%\cds-static-%NB_STAMP%.jsa"
rem The quick compiler alone: one report starts faster with it, and on two cores even a folder
rem of 1,000 reports finishes sooner than with the optimizing compiler. NIANBAO_JAVA_OPTS adds
rem JVM options (e.g. -Xmx256m). The transparent huge pages bin/nianbao asks for on Linux have no
rem counterpart on Windows (its large pages need a privilege users do not have).
set "NB_QUIET=-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
if exist "%NB_CDS%" set "NB_CDS_OPTS=%NB_QUIET% -XX:SharedArchiveFile="%NB_CDS%""
if exist "%NB_CDS%" goto run
rem Made from a render that passed and wrote documents (a class of the PDF writer is in the
rem list), which loads nearly every class; other commands, or "render --help", would leave most out. A static archive (-Xshare:dump), not a dynamic one (-XX:ArchiveClassesAtExit): only
rem the static one can hold picocli's classes, which are compiled for Java 5.
if /i not "%~1"=="render" goto run
if not exist "%NB_CDS_DIR%" mkdir "%NB_CDS_DIR%" >nul 2>&1
if not exist "%NB_CDS_DIR%" goto run
rem Made after the render by a second JVM whose output is dropped; if that fails, the next render
rem tries again. Written under a name of this run, then moved in place whole: runs at the same
rem time never see a half-made archive; archives of older jars are removed.
set "NB_CDS_NEW=%NB_CDS_DIR%\new-%RANDOM%.jsa"
"%NB_JAVA%" %NB_QUIET% -XX:DumpLoadedClassList="%NB_CDS_NEW%.classes" -XX:TieredStopAtLevel=1 %NIANBAO_JAVA_OPTS% -Djava.awt.headless=true %NB_ENCODING% -jar "%NB_JAR%" %*
set "NB_STATUS=%ERRORLEVEL%"
rem Blocks in parentheses are avoided: a ")" in a user's folder name would end them early.
if not "%NB_STATUS%"=="0" del /q "%NB_CDS_NEW%.classes" >nul 2>&1
if exist "%NB_CDS_NEW%.classes" findstr /b /c:"cn/nianbao/render/pdf/" "%NB_CDS_NEW%.classes" >nul 2>&1 || del /q "%NB_CDS_NEW%.classes" >nul 2>&1
if exist "%NB_CDS_NEW%.classes" "%NB_JAVA%" %NIANBAO_JAVA_OPTS% -Xshare:dump -XX:SharedClassListFile="%NB_CDS_NEW%.classes" -XX:SharedArchiveFile="%NB_CDS_NEW%" -cp "%NB_JAR%" >nul 2>&1
rem Java makes archives read-only: del needs /f for them.
if errorlevel 1 del /f /q "%NB_CDS_NEW%" >nul 2>&1
del /q "%NB_CDS_NEW%.classes" >nul 2>&1
if exist "%NB_CDS_NEW%" del /f /q "%NB_CDS_DIR%\cds-*.jsa" >nul 2>&1
if exist "%NB_CDS_NEW%" move /y "%NB_CDS_NEW%" "%NB_CDS%" >nul 2>&1
exit /b %NB_STATUS%

:run
"%NB_JAVA%" %NB_CDS_OPTS% -XX:TieredStopAtLevel=1 %NIANBAO_JAVA_OPTS% -Djava.awt.headless=true %NB_ENCODING% -jar "%NB_JAR%" %*
exit /b %ERRORLEVEL%

:nojava
chcp 65001 >nul
echo nianbao: 找不到 Java（既没有设置 JAVA_HOME，PATH 中也没有 java.exe）。 1>&2
echo nianbao 需要 Java 17 或更高版本的运行环境（JRE 或 JDK 均可），可从 Eclipse Temurin、BellSoft Liberica、 1>&2
echo 阿里巴巴 Dragonwell 或腾讯 Kona 等 OpenJDK 发行版的下载页面获取 Windows x64 的安装包（.msi），安装时选中 1>&2
echo “设置 JAVA_HOME” 和 “添加到 PATH”，然后重新打开命令提示符窗口再试。 1>&2
if defined NB_CP chcp %NB_CP% >nul
exit /b 3

:oldjava
chcp 65001 >nul
echo nianbao: 找到的 Java 版本过低（%NB_JV%）：%NB_JAVA% 1>&2
echo nianbao 需要 Java 17 或更高版本，可从 Eclipse Temurin、BellSoft Liberica、阿里巴巴 Dragonwell 或腾讯 Kona 1>&2
echo 等 OpenJDK 发行版的下载页面获取；装好后把 JAVA_HOME 设为新 Java 的安装目录，再重新打开命令提示符窗口。 1>&2
if defined NB_CP chcp %NB_CP% >nul
exit /b 3
