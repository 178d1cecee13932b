#!/usr/bin/env bash
# Warm benchmark (JMH): per report in a long-running process, data → checked → DOCX + PDF in
# memory for each example, on one core and on every core at once, and the preview of a changed
# data file; SampleTime mode, so JMH prints the median (p0.50) and p0.95 of each. Every fork runs
# with -Xmx256m. The harness is compiled with the tests (src/test/java/cn/nianbao/bench).
#
#   bench/warm.sh [JMH OPTIONS]     e.g. bench/warm.sh -f 1 -wi 3 -i 3 ReportBenchmark.docxAndPdf$
#
# Run from anywhere; prints JMH's report (the summary table at the end).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
cp_file="$here/target/bench.classpath"
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$cp_file" >&2
# examples/ are read relative to the repository root
exec java -cp "$here/target/test-classes:$here/target/classes:$(cat "$cp_file")" \
  org.openjdk.jmh.Main "$@"
