#!/usr/bin/env python3
"""`make fuzz`: runs every libFuzzer target of briefcast-fuzz for a set time and prints how many
inputs each one tried.

    python3 Fuzz/fuzz.py BINARY [--seconds N] [--targets a,b] [--max-len BYTES]

Seeds come from the project's own fixtures and, when it is there, ../shared/corpus and
../shared/eval-data. Each target's growing corpus is kept in .build-fuzz/corpus/TARGET, so later
runs go on where earlier ones stopped. A crash, hang or broken invariant is copied to
Fuzz/crashes/ and makes the script fail: turn it into a regression test, then fix it.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
TARGETS = ["paste", "html", "markdown", "feed", "sentences", "normalize", "quotes"]


def files(*patterns):
    found = []
    for pattern in patterns:
        found += sorted(glob.glob(os.path.join(ROOT, pattern)) + glob.glob(os.path.join(SHARED, pattern)))
    return found


def lines(paths, limit):
    """Paragraph-sized seeds: the non-empty lines of some texts."""
    seeds = []
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as handle:
            seeds += [line.strip() for line in handle if len(line.strip()) >= 20]
    return seeds[:limit]


def jsonl_texts(path, key, limit):
    if not os.path.isfile(path):
        return []
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)[key] for line in handle if line.strip()][:limit]


def seeds(target):
    """Seed inputs for a target: file paths or strings."""
    pastes = files("Tests/Fixtures/*.txt", "Tests/Fixtures/pages/*.txt", "Examples/*.txt", "corpus/*/*/pasted.txt")
    if target == "paste":
        return pastes[:60]
    if target == "html":
        return files("Tests/Fixtures/pages/*.html", "corpus/*/*/source.html")[:60]
    if target == "markdown":
        return files("README.md", "Tests/Fixtures/*.md", "Examples/*.md") + [
            "# Harbour reopens\n\n*By Ann Lee* · 3 March 2026\n\nThe harbour **reopened** on Monday, "
            "[officials](https://example.com) said.\n\n> “We are back,” said the harbour master.\n"
        ]
    if target == "feed":
        return files("Tests/Fixtures/feeds/*", "Tests/Fixtures/podcast-feed.xml", "corpus/feeds/dev/*.xml")[:40]
    if target == "sentences":
        return jsonl_texts(os.path.join(ROOT, "Tests/Fixtures/golden-rules.jsonl"), "text", 200) + lines(pastes[:5], 200)
    if target == "normalize":
        path = os.path.join(ROOT, "Tests/Fixtures/text-normalization.tsv")
        with open(path, encoding="utf-8") as handle:
            written = [line.split("\t")[1] for line in handle if "\t" in line][1:300]
        return written + lines(pastes[:3], 100)
    return lines(pastes[:10], 300)


def prepare(target, corpus):
    os.makedirs(corpus, exist_ok=True)
    if os.listdir(corpus):
        return
    for number, seed in enumerate(seeds(target)):
        destination = os.path.join(corpus, f"seed-{number:04}")
        if os.path.isfile(seed):
            shutil.copyfile(seed, destination)
        else:
            with open(destination, "w", encoding="utf-8") as handle:
                handle.write(seed)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--targets", default=",".join(TARGETS))
    parser.add_argument("--max-len", type=int, default=4096, help="longest input tried, in bytes")
    arguments = parser.parse_args()
    crashes = os.path.join(ROOT, "Fuzz", "crashes")
    os.makedirs(crashes, exist_ok=True)
    total, failed = 0, []
    for target in arguments.targets.split(","):
        corpus = os.path.join(ROOT, ".build-fuzz", "corpus", target)
        prepare(target, corpus)
        environment = dict(os.environ, BRIEFCAST_FUZZ_TARGET=target, SWIFT_BACKTRACE="enable=no")
        command = [
            arguments.binary, corpus, f"-max_total_time={arguments.seconds}", f"-max_len={arguments.max_len}", "-timeout=10",
            "-rss_limit_mb=2048", "-print_final_stats=1", f"-artifact_prefix={crashes}/{target}-",
        ]
        result = subprocess.run(command, env=environment, capture_output=True, text=True, errors="replace")
        runs = re.search(r"stat::number_of_executed_units:\s*(\d+)", result.stderr)
        count = int(runs.group(1)) if runs else 0
        total += count
        if result.returncode != 0:
            failed.append(target)
            problem = [
                line.strip() for line in result.stderr.replace("\r", "\n").splitlines()
                if line.startswith("briefcast-fuzz ") or "Fatal error" in line or "ERROR: libFuzzer" in line
            ]
            print(f"{target:10} {count:>12,} runs   FAILED: {problem[:2]}")
        else:
            print(f"{target:10} {count:>12,} runs   no crash, hang or broken invariant")
    print(f"{'total':10} {total:>12,} runs")
    if failed:
        sys.exit(f"fuzz: {', '.join(failed)} failed; the inputs are in {crashes}")


if __name__ == "__main__":
    main()
