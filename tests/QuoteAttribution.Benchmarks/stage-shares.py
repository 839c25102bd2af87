#!/usr/bin/env python3
"""Shares of a `perf script -F comm,ip,sym,dso` profile of `quotes` by pipeline stage (see profile.sh).

Each sample counts once, for the innermost stage named on its stack (the recognizer inside the records
stage counts as the recognizer), so the shares add up to 100%. "jit" is the part of a stage's samples
that were the JIT compiler (libclrjit) compiling code the stage reached first.
"""
import collections
import re
import sys

# (label, pattern of a frame), innermost stages first where one calls another.
STAGES = [
    ("statement dates: building the recognizer's model", r"PhraseReader::BuildModel"),
    ("statement dates: recognizer readings", r"PhraseReader::"),
    ("statement dates: phrases and resolution", r"RelativeDateResolver::|TemporalPhraseFinder::|TimexDateResolver::"),
    ("dateline", r"DatelineFinder::"),
    ("speaker profiles", r"ArticleSpeakerProfiles::"),
    ("records (the rest)", r"RecordBuilder::"),
    ("cues and statements", r"StatementFinder::"),
    ("sieves", r"SieveRunner::"),
    ("coreference and speakers", r"SpeakerResolver::"),
    ("sentences", r"SentenceSplitter::"),
    ("quotation marks", r"QuoteDetector::"),
    ("paragraphs", r"ParagraphSplitter::"),
    ("normalization", r"ArticleNormalizer::"),
    ("archive: storing", r"ArchiveIndexer::|ArchiveSpeakerIdentity::|IndexRun::Store"),
    ("archive: reading records", r"RecordsFile"),
    ("run-wide speaker ids", r"SpeakerRegistry::|SurnameChoice::|RecordSpool"),
    ("writing records", r"RecordWriter|ExtractRun::WriteAll"),
    ("reading articles", r"ArticleReader"),
]
COMPILED = [(label, re.compile(pattern)) for label, pattern in STAGES]


def stage_of(thread, frames):
    for frame in frames:
        for label, pattern in COMPILED:
            if pattern.search(frame):
                return label
    if thread.startswith(".NET Tiered"):
        return "the JIT's own thread (tiered recompiles)"
    if thread.startswith(".NET BGC") or thread.startswith(".NET SVR GC") or thread.startswith(".NET Server GC"):
        return "garbage collector threads"
    return "start-up and the rest (outside the stages)"


def main():
    samples = collections.Counter()
    jit = collections.Counter()
    total = 0
    for block in sys.stdin.read().split("\n\n"):
        lines = [line for line in block.strip().split("\n") if line.strip()]
        if len(lines) < 2:
            continue
        total += 1
        thread = lines[0].strip()
        frames = lines[1:]
        label = stage_of(thread, frames)
        samples[label] += 1
        if "libclrjit" in frames[0]:
            jit[label] += 1
    if total == 0:
        print("no samples")
        return
    print(f"{total} samples")
    print(f"{'stage':<52} {'share':>7} {'of it jit':>10}")
    for label, count in samples.most_common():
        print(f"{label:<52} {100 * count / total:6.1f}% {100 * jit[label] / total:9.1f}%")
    print(f"{'the JIT compiler, all stages and threads':<52} {100 * sum(jit.values()) / total:6.1f}%")


if __name__ == "__main__":
    main()
