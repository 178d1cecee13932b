#!/usr/bin/env bash
# The workbench's refresh benchmark: saves each example SAVES times (default 40) and reads in
# Chromium when the page showed the new content; prints median and p95 of save → shown (ms).
# Needs chromium and chromium-driver (Debian: apt-get install chromium chromium-driver).
#   bench/refresh.sh [SAVES] [EXAMPLE-NAME …]      e.g. bench/refresh.sh 40 qingshuihe-2021
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -ntp -q test-compile
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
exec java -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
  -cp "target/classes:target/test-classes:$(cat "$cp_file")" cn.nianbao.workbench.RefreshBench "$@"
