#!/usr/bin/env bash
# Cold-start benchmark: for each example, the median wall time of N new processes rendering it
# (DOCX + PDF), once as a bare `java -jar` and once through the launcher ./nianbao with its
# class-data archive; beside them, in the same run, LibreOffice converting the same DOCX to PDF
# (`soffice --headless --convert-to pdf`, a new soffice each time), when it is installed.
#
#   bench/cold.sh [RUNS] [EXAMPLE.yaml ...]     (default: 5 runs of every examples/*.yaml)
#
# Run from anywhere; builds the jar first when needed (through ./nianbao). Prints seconds.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
shift || true
if [ $# -eq 0 ]; then set -- "$here"/examples/*.yaml; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$here/nianbao" --version >/dev/null # builds the jar if needed (the first render below makes the archive)
jar="$here/target/nianbao.jar"

now() { date +%s%N; }

# median of the wall times (in seconds, 2 decimals) of $runs runs of the command
median() {
  local times=() t0 i
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/out"
    t0=$(now)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
    times+=($(( $(now) - t0 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {
    m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f", m / 1e9 }'
}

soffice="$(command -v soffice || command -v libreoffice || true)"
[ -n "$soffice" ] || echo "LibreOffice (soffice) not found: its column is skipped." >&2
echo "cold wall time, median of $runs runs, seconds ($(nproc) cores, $(java -version 2>&1 | head -1))"
printf '%-24s %12s %16s %12s\n' example "java -jar" "./nianbao (CDS)" LibreOffice
for data in "$@"; do
  name="$(basename "$data" .yaml)"
  # first run of this data: writes the archive if the jar is new; not counted
  "$here/nianbao" render "$data" -o "$work/out" >/dev/null 2>&1
  plain=$(median java -Djava.awt.headless=true -jar "$jar" render "$data" -o "$work/out")
  launcher=$(median "$here/nianbao" render "$data" -o "$work/out")
  office="-"
  if [ -n "$soffice" ]; then
    mkdir -p "$work/docx" && "$here/nianbao" render "$data" -o "$work/docx" >/dev/null 2>&1
    lo=("$soffice" --headless -env:UserInstallation=file://"$work/lo" --convert-to pdf
      --outdir "$work/out" "$work/docx/$name.docx")
    "${lo[@]}" >/dev/null 2>&1 # first run makes LibreOffice's profile: not counted
    office=$(median "${lo[@]}")
  fi
  printf '%-24s %12s %16s %12s\n' "$name" "$plain" "$launcher" "$office"
done
