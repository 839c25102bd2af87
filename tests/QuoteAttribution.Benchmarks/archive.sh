#!/usr/bin/env bash
# Archive scale figures (issue 22), run by hand, never by `dotnet test`:
#  1. search: builds a synthetic archive of STATEMENTS statements (default 1,000,000; kept in
#     ARCHIVE_DB, default a temp file) and prints the median and max time of typical searches;
#  2. index throughput against extract's on a real news file (INPUT, default ../shared/eval/data/
#     polnear_train.jsonl): the same articles, the same --threads, wall time of each (best of RUNS).
#
#   tests/QuoteAttribution.Benchmarks/archive.sh
#   STATEMENTS=200000 RUNS=1 tests/QuoteAttribution.Benchmarks/archive.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
statements="${STATEMENTS:-1000000}"
input="${INPUT:-$root/../shared/eval/data/polnear_train.jsonl}"
runs="${RUNS:-3}"
threads="${THREADS:-$(nproc)}"
work="$(mktemp -d "${TMPDIR:-/tmp}/quotes-archive.XXXXXX")"
trap 'rm -rf "$work"' EXIT
db="${ARCHIVE_DB:-$work/synthetic.db}"

dotnet build "$root/src/QuoteAttribution.Cli" -c Release --nologo -v q >/dev/null
dotnet build "$root/tests/QuoteAttribution.Benchmarks" -c Release --nologo -v q >/dev/null
quotes="$root/artifacts/bin/QuoteAttribution.Cli/release/quotes.dll"

echo "== search on a synthetic archive of $statements statements"
dotnet "$root/artifacts/bin/QuoteAttribution.Benchmarks/release/QuoteAttribution.Benchmarks.dll" --archive "$db" "$statements"

if [[ ! -f "$input" ]]; then
    echo "== index throughput: $input not found; skipped"
    exit 0
fi

best() { sort -n | head -1; }
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
echo "== index vs extract on $(basename "$input") ($(( $(wc -c <"$input") / 1000000 )) MB), --threads $threads, best of $runs"
extract=$(for _ in $(seq "$runs"); do seconds dotnet "$quotes" extract "$input" --threads "$threads" -f jsonl -o "$work/records.jsonl"; done | best)
index=$(for _ in $(seq "$runs"); do rm -f "$work/index.db"*; seconds dotnet "$quotes" index "$input" --threads "$threads" --db "$work/index.db"; done | best)
records=$(for _ in $(seq "$runs"); do rm -f "$work/records.db"*; seconds dotnet "$quotes" index --records "$work/records.jsonl" --db "$work/records.db"; done | best)
printf 'extract          %6.2f s\nindex            %6.2f s  (throughput %3.0f%% of extract)\nindex --records  %6.2f s\n' \
    "$extract" "$index" "$(echo "100 * $extract / $index" | bc -l)" "$records"
