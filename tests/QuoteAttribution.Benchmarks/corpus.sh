#!/usr/bin/env bash
# End-to-end throughput of `quotes extract` on large JSON Lines corpora built at run time, never committed:
#   real news: every article of ../shared/eval/data/*.jsonl (id, text and source only, the annotations
#              dropped), when that folder exists beside the repository;
#   seeds:     the seed articles (fixtures/articles/*.txt);
# each repeated, every copy under its own id, until it reaches SIZE_MB. Real news comes first: it is the
# figure the README quotes.
# Runs the Release CLI with --threads 1 pinned to one core (taskset -c 0: the honest one-core figure,
# reader, writer and GC included), with --threads 1 unpinned, and on all cores, and prints MB/s,
# articles/s, CPU seconds and peak RSS (GNU time -v). Needs jq, taskset (util-linux) and /usr/bin/time;
# everything it writes goes to a temp folder.
#
#   tests/QuoteAttribution.Benchmarks/corpus.sh            # 200 MB
#   SIZE_MB=50 tests/QuoteAttribution.Benchmarks/corpus.sh # quicker
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
size_mb="${SIZE_MB:-200}"
work="$(mktemp -d "${TMPDIR:-/tmp}/quotes-corpus.XXXXXX")"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/QuoteAttribution.Cli" -c Release --nologo -v q >/dev/null
quotes="$root/artifacts/bin/QuoteAttribution.Cli/release/quotes.dll"

# repeat LABEL: $work/round.jsonl (one article a line, "id" first) repeated to SIZE_MB as $work/corpus.jsonl.
repeat() {
    local round_bytes rounds
    round_bytes=$(wc -c <"$work/round.jsonl")
    rounds=$(( (size_mb * 1000000 + round_bytes - 1) / round_bytes ))
    awk -v n="$rounds" '{ line[NR] = $0 }
        END { for (r = 1; r <= n; r++) for (i = 1; i <= NR; i++) { l = line[i]; sub(/^\{"id":"/, "{\"id\":\"r" r "-", l); print l } }' \
        "$work/round.jsonl" >"$work/corpus.jsonl"
    bytes=$(wc -c <"$work/corpus.jsonl")
    articles=$(wc -l <"$work/corpus.jsonl")
    printf '\n%s: %s articles, %.1f MB (%s rounds of %s articles)\n' \
        "$1" "$articles" "$(echo "$bytes / 1000000" | bc -l)" "$rounds" "$(wc -l <"$work/round.jsonl")"
}

run() {
    local label="$1" threads="$2"
    shift 2
    /usr/bin/time -v -o "$work/time.txt" \
        "$@" dotnet "$quotes" extract "$work/corpus.jsonl" -f jsonl -o "$work/out.jsonl" --threads "$threads"
    local secs cpu rss records
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
    records=$(wc -l <"$work/out.jsonl")
    # CPU seconds (user + system) too: on a busy machine they vary far less than the wall clock.
    printf '%-17s %7.2f s  %6.1f MB/s  %8.0f articles/s  cpu %7.2f s (%.1f MB per cpu-s)  %s records  peak RSS %.0f MB\n' \
        "$label" "$secs" "$(echo "$bytes / 1000000 / $secs" | bc -l)" "$(echo "$articles / $secs" | bc -l)" \
        "$cpu" "$(echo "$bytes / 1000000 / $cpu" | bc -l)" "$records" "$(echo "$rss / 1024" | bc -l)"
}

runs() {
    run "threads 1, 1 core" 1 taskset -c 0
    run "threads 1" 1
    run "threads $(nproc)" "$(nproc)"
}

shared="$root/../shared/eval/data"
if compgen -G "$shared/*.jsonl" >/dev/null; then
    # Every distinct article once (the PolNeAR sample is a subset of the training split).
    jq -c 'select(.text | type == "string") | {id: .id, text: .text, source: .source}' "$shared"/*.jsonl | awk '!seen[$0]++' >"$work/round.jsonl"
    repeat "real news (../shared/eval/data)"
    runs
else
    echo "real news: ../shared/eval/data not found beside the repository; skipped"
fi

for f in "$root"/fixtures/articles/*.txt; do
    jq -cRs --arg id "$(basename "$f" .txt)" '{id: $id, text: .}' "$f"
done >"$work/round.jsonl"
repeat "seed articles (fixtures/articles)"
runs
