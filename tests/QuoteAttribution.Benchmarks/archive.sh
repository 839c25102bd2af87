#!/usr/bin/env bash
# Archive scale figures (issue 22), run by hand, never by `dotnet test`:
#  1. search: builds a synthetic archive of STATEMENTS statements (default 1,000,000; kept in
#     ARCHIVE_DB, default a temp file) and prints the median and max time of typical searches;
#  2. index throughput against extract's on real news: every distinct article of ../shared/eval/data/
#     *.jsonl (id, text and source only, as corpus.sh builds it), repeated under fresh ids to SIZE_MB;
#     the same articles, the same --threads; wall clock and CPU seconds (user + system, which vary far
#     less on a busy machine) of extract -f jsonl, index into a new archive, and index --records of
#     extract's output (best of RUNS each).
#
#   tests/QuoteAttribution.Benchmarks/archive.sh
#   STATEMENTS=200000 RUNS=1 SIZE_MB=10 tests/QuoteAttribution.Benchmarks/archive.sh
#   SKIP_SEARCH=1 tests/QuoteAttribution.Benchmarks/archive.sh      # throughput only
#   REALTIME=1 SKIP_SEARCH=1 RUNS=2 tests/QuoteAttribution.Benchmarks/archive.sh
#
# REALTIME=1 runs each timed command at real-time round-robin priority (chrt -r 1; needs root): on a machine
# others keep busy, nice does not help (each session's processes share one autogroup's weight), and without
# both cores the wall clock of a two-thread run says little. Use it briefly: the others wait meanwhile.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
statements="${STATEMENTS:-1000000}"
size_mb="${SIZE_MB:-20}"
runs="${RUNS:-3}"
threads="${THREADS:-$(nproc)}"
work="$(mktemp -d "${TMPDIR:-/tmp}/quotes-archive.XXXXXX")"
trap 'rm -rf "$work"' EXIT
db="${ARCHIVE_DB:-$work/synthetic.db}"

dotnet build "$root/src/QuoteAttribution.Cli" -c Release --nologo -v q >/dev/null
dotnet build "$root/tests/QuoteAttribution.Benchmarks" -c Release --nologo -v q >/dev/null
quotes="$root/artifacts/bin/QuoteAttribution.Cli/release/quotes.dll"

if [[ -z "${SKIP_SEARCH:-}" ]]; then
    echo "== search on a synthetic archive of $statements statements"
    dotnet "$root/artifacts/bin/QuoteAttribution.Benchmarks/release/QuoteAttribution.Benchmarks.dll" --archive "$db" "$statements"
fi


shared="$root/../shared/eval/data"
if ! compgen -G "$shared/*.jsonl" >/dev/null; then
    echo "== index throughput: $shared not found beside the repository; skipped"
    exit 0
fi

jq -c 'select(.text | type == "string") | {id: .id, text: .text, source: .source}' "$shared"/*.jsonl | awk '!seen[$0]++' >"$work/round.jsonl"
rounds=$(( (size_mb * 1000000 + $(wc -c <"$work/round.jsonl") - 1) / $(wc -c <"$work/round.jsonl") ))
awk -v n="$rounds" '{ line[NR] = $0 }
    END { for (r = 1; r <= n; r++) for (i = 1; i <= NR; i++) { l = line[i]; sub(/^\{"id":"/, "{\"id\":\"r" r "-", l); print l } }' \
    "$work/round.jsonl" >"$work/news.jsonl"
input="$work/news.jsonl"

# measure LABEL COMMAND...: best of RUNS as "wall cpu" (seconds), a fresh archive each run.
measure() {
    local label="$1"
    shift
    for _ in $(seq "$runs"); do
        rm -f "$work/index.db"*
        ${REALTIME:+chrt -r 1} /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$@" >/dev/null
        awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time.txt"
    done | sort -n | head -1 | sed "s/^/$label /"
}

echo "== index vs extract on real news: $(wc -l <"$input") articles, $(( $(wc -c <"$input") / 1000000 )) MB, --threads $threads, best of $runs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
{
    measure extract dotnet "$quotes" extract "$input" --threads "$threads" -f jsonl -o "$work/records.jsonl"
    measure index dotnet "$quotes" index "$input" --threads "$threads" --db "$work/index.db"
    measure records dotnet "$quotes" index --records "$work/records.jsonl" --db "$work/index.db"
} | awk '{ wall[$1] = $2; cpu[$1] = $3 }
    END {
        printf "extract          %7.2f s  cpu %7.2f s\n", wall["extract"], cpu["extract"]
        printf "index            %7.2f s  cpu %7.2f s  (throughput %3.0f%% of extract by wall clock, %3.0f%% by cpu)\n",
            wall["index"], cpu["index"], 100 * wall["extract"] / wall["index"], 100 * cpu["extract"] / cpu["index"]
        printf "index --records  %7.2f s  cpu %7.2f s\n", wall["records"], cpu["records"]
    }'
