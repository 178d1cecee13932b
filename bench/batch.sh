#!/usr/bin/env bash
# Batch benchmark: `./nianbao render` of a folder of N reports (copies of the examples under
# distinct names, so that each 2021 copy finds its 2020 copy as last year's file) in one process
# with a 256 MB heap (NIANBAO_JAVA_OPTS=-Xmx256m), on every core: wall time, CPU time (user + sys) and peak resident memory. Beside
# it, in the same run, the same for a folder of 100, and LibreOffice converting 100 of the DOCX
# files to PDF in ONE soffice process, when LibreOffice is installed (else it says so).
#
#   bench/batch.sh [N]      (default: 1000)
#
# Run from anywhere; builds the jar first when needed (through ./nianbao). Needs /usr/bin/time.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$here/nianbao" --version >/dev/null # builds the jar if needed
examples=("$here"/examples/*.yaml)

# a folder of $2 copies of the examples
copies() {
  local dir="$1" count="$2" i e
  mkdir -p "$dir"
  for ((i = 0; i < count; i++)); do
    e="${examples[i % ${#examples[@]}]}"
    cp "$e" "$dir/$(printf 'r%04d' $((i / ${#examples[@]})))-$(basename "$e")"
  done
}

# runs the command under /usr/bin/time; prints "wall cpu rssMB"
measure() {
  local t
  t="$work/time.$RANDOM"
  /usr/bin/time -o "$t" -f '%e %U %S %M' "$@" >"$work/log" 2>&1 || {
    echo "failed ($?): $*" >&2
    tail -5 "$work/log" >&2
    return 1
  }
  awk '{ printf "%.1f %.1f %.0f", $1, $2 + $3, $4 / 1024 }' "$t"
}

row() { # label, count, "wall cpu rss"
  set -- "$1" "$2" $3
  printf '%-52s %8s %8s %8s %10s\n' "$1" "$3" "$4" "${5:-}" \
    "$(awk -v w="$3" -v c="$2" 'BEGIN { printf "%.1f", w * 1000 / c }')"
}

copies "$work/in" "$n"
copies "$work/in100" 100
# through the launcher, as a user runs it (its class-data archive, its JIT choice), with -Xmx256m
"$here/nianbao" render "${examples[0]}" -o "$work/first" >/dev/null 2>&1 # records the archive
render=(env NIANBAO_JAVA_OPTS=-Xmx256m "$here/nianbao" render)

echo "batch, $(nproc) cores, $(java -version 2>&1 | head -1), load average$(uptime | sed 's/.*load average//')"
printf '%-52s %8s %8s %8s %10s\n' "" "wall s" "CPU s" "RSS MB" "wall ms/report"
big=$(measure "${render[@]}" "$work/in" -o "$work/out")
written=$(find "$work/out" -name '*.pdf' | wc -l)
[ "$written" = "$n" ] || { echo "only $written of $n PDFs written" >&2; exit 1; }
row "./nianbao render, folder of $n, -Xmx256m" "$n" "$big"
row "./nianbao render, folder of 100, -Xmx256m" 100 "$(measure "${render[@]}" "$work/in100" -o "$work/out100")"

soffice="$(command -v soffice || command -v libreoffice || true)"
if [ -z "$soffice" ]; then
  echo "LibreOffice (soffice) not found: its row is skipped."
  exit 0
fi
lo=("$soffice" --headless -env:UserInstallation=file://"$work/lo" --convert-to pdf)
"${lo[@]}" --outdir "$work/lo-first" "$work/out100/r0000-$(basename "${examples[0]}" .yaml).docx" \
  >/dev/null 2>&1 # the first run makes LibreOffice's profile: not counted
mapfile -t docx < <(find "$work/out100" -name '*.docx' | sort)
row "LibreOffice, the 100 DOCX to PDF in one soffice" 100 \
  "$(measure "${lo[@]}" --outdir "$work/lo-out" "${docx[@]}")"
converted=$(find "$work/lo-out" -name '*.pdf' | wc -l)
[ "$converted" = 100 ] || echo "LibreOffice converted $converted of 100" >&2
