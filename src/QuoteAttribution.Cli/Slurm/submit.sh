#!/usr/bin/env bash
# Extract a JSON Lines corpus on a Slurm cluster, one shard per array task, then index the shards'
# records into one archive with a dependent job.
#
#   src/QuoteAttribution.Cli/Slurm/submit.sh INPUT.jsonl SHARDS ARCHIVE.db [WORK_DIR]
#
# WORK_DIR (default ./quotes-slurm) must be on a file system every node sees; so must ARCHIVE.db's folder.
# QUOTES is the command that runs quotes (default: 'dotnet <clone>/artifacts/bin/QuoteAttribution.Cli/release/quotes.dll').
# SBATCH_WAIT=1 blocks until the index job ends (for scripts and tests). Extra sbatch options: SBATCH_ARGS.
set -euo pipefail
[[ $# -ge 3 ]] || { echo "usage: $0 INPUT.jsonl SHARDS ARCHIVE.db [WORK_DIR]" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
input=$1 shards=$2 db=$(realpath -m "$3") work=$(realpath -m "${4:-quotes-slurm}")
export QUOTES="${QUOTES:-dotnet $root/artifacts/bin/QuoteAttribution.Cli/release/quotes.dll}"
mkdir -p "$work"
rm -f "$work"/shard-*.jsonl "$work"/records-*.jsonl

# Contiguous runs of whole lines (one article each): the merge reads the shards in order, so the archive
# numbers the articles in input order, as one 'quotes index INPUT.jsonl' would.
split -n l/"$shards" -d -a 4 --additional-suffix=.jsonl "$input" "$work/shard-"
find "$work" -name 'shard-*.jsonl' -empty -delete
last=$(( $(ls "$work"/shard-*.jsonl | wc -l) - 1 ))

extract=$(sbatch --parsable --array=0-"$last" --chdir="$work" --export=ALL,WORK="$work" ${SBATCH_ARGS:-} "$here/extract-shard.sbatch")
wait=(); [[ "${SBATCH_WAIT:-0}" == 1 ]] && wait=(--wait)
index=$(sbatch --parsable "${wait[@]}" --dependency=afterok:"$extract" --kill-on-invalid-dep=yes --chdir="$work" \
    --export=ALL,WORK="$work",DB="$db" ${SBATCH_ARGS:-} "$here/index-records.sbatch")
echo "extract array job $extract ($((last + 1)) tasks), index job $index -> $db"
