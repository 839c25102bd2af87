#!/usr/bin/env bash
# Where the time goes on real news, by stage (issue 18), run by hand, never by `dotnet test`:
# `perf record -g` of `quotes extract` (or `index`) with --threads 1 pinned to one core on the real-news corpus
# that corpus.sh builds (every distinct article of ../shared/eval/data/*.jsonl repeated under fresh ids to
# SIZE_MB, default 20), then stage-shares.py: the share of samples whose stack holds each stage (the innermost
# stage named on the stack counts, so stages do not overlap), the JIT compiler's share inside each, and the
# load average, since a busy machine inflates every figure but the shares far less than the seconds.
# Needs perf (linux-perf), jq, taskset and python3.
#
#   tests/QuoteAttribution.Benchmarks/profile.sh
#   COMMAND=index SIZE_MB=10 tests/QuoteAttribution.Benchmarks/profile.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
size_mb="${SIZE_MB:-20}"
command="${COMMAND:-extract}"
frequency="${FREQUENCY:-499}"
work="$(mktemp -d "${TMPDIR:-/tmp}/quotes-profile.XXXXXX")"
trap 'rm -rf "$work"' EXIT

shared="$root/../shared/eval/data"
if ! compgen -G "$shared/*.jsonl" >/dev/null; then
    echo "profile: $shared not found beside the repository; nothing to profile"
    exit 0
fi

dotnet build "$root/src/QuoteAttribution.Cli" -c Release --nologo -v q >/dev/null
quotes="$root/artifacts/bin/QuoteAttribution.Cli/release/quotes.dll"

jq -c 'select(.text | type == "string") | {id: .id, text: .text, source: .source}' "$shared"/*.jsonl | awk '!seen[$0]++' >"$work/round.jsonl"
rounds=$(( (size_mb * 1000000 + $(wc -c <"$work/round.jsonl") - 1) / $(wc -c <"$work/round.jsonl") ))
awk -v n="$rounds" '{ line[NR] = $0 }
    END { for (r = 1; r <= n; r++) for (i = 1; i <= NR; i++) { l = line[i]; sub(/^\{"id":"/, "{\"id\":\"r" r "-", l); print l } }' \
    "$work/round.jsonl" >"$work/news.jsonl"

case "$command" in
    extract) run=(extract "$work/news.jsonl" --threads 1 -f jsonl -o "$work/out.jsonl") ;;
    index) run=(index "$work/news.jsonl" --threads 1 --db "$work/index.db") ;;
    *) echo "profile: COMMAND is extract or index" >&2; exit 2 ;;
esac

echo "== $command, --threads 1 pinned: $(wc -l <"$work/news.jsonl") articles, $(( $(wc -c <"$work/news.jsonl") / 1000000 )) MB; load average before $(cut -d' ' -f1-3 /proc/loadavg)"
# The perf map names JIT-compiled methods; without W^X the code has one address perf can resolve.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
    perf record -F "$frequency" -g -o "$work/perf.data" -- taskset -c 0 dotnet "$quotes" "${run[@]}" >/dev/null 2>"$work/perf.log"
echo "load average after $(cut -d' ' -f1-3 /proc/loadavg)"
perf script -i "$work/perf.data" -F comm,ip,sym,dso 2>/dev/null | python3 "$root/tests/QuoteAttribution.Benchmarks/stage-shares.py"
