#!/usr/bin/env python3
"""Briefcast's speed and memory, measured as ratios in one run (machines here are shared and noisy).

  speed:  `briefcast article` on the seed article against `espeak-ng -w` speaking the same words,
          run in pairs; the ratio is the median of the pairs' ratios
  memory: peak RSS rendering the seed 20 times over against rendering it once; streaming through
          files keeps this near 1, holding every sample in memory would make it ~20
  briefing: `briefcast daily` making a 20-story briefing (pasted pages from ../shared/corpus when
          present) against `espeak-ng -w` speaking its `--dry-run` script; and the length the
          `--minutes` plan expected against the length rendered

Usage: bench.py [path/to/briefcast]   (default .build/release/briefcast)
Exits non-zero when memory grows with article length.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/briefcast")
SEED = os.path.join(ROOT, "Tests/Fixtures/seed-article.txt")
RUNS = 5
# The seed's pairs: a render takes a fifth of a second, and a shared machine's load moves more
# than the differences worth seeing, so more of them than of the rest.
PAIRS = 15
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
MEMORY_RATIO_LIMIT = 1.5


def run(argv, stdin=None):
    """Wall time (s) and peak RSS (KiB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"bench: {' '.join(argv)} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss


def median_time(argv):
    return statistics.median(run(argv)[0] for _ in range(RUNS))


def main():
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"bench: {BINARY} is not built (run `make build`)")
    env_voices = os.path.join(ROOT, "Voices")
    os.environ.setdefault("BRIEFCAST_VOICES", env_voices)
    with tempfile.TemporaryDirectory() as folder:
        script = subprocess.run([BINARY, "script", SEED], check=True, capture_output=True, text=True).stdout
        spoken = os.path.join(folder, "spoken.txt")
        with open(spoken, "w") as handle:
            handle.write(script)
        out = os.path.join(folder, "out.wav")

        # Speed: interleave the two programs so both see the same machine load.
        ours, theirs = [], []
        for _ in range(PAIRS):
            ours.append(run([BINARY, "article", SEED, "-o", out, "--no-cache"])[0])
            theirs.append(run(["espeak-ng", "-f", spoken, "-w", os.path.join(folder, "cli.wav")])[0])
        # The ratio of each pair, run back to back, then their median: a shared machine's load
        # drifts, and a pair sees the same load.
        speed_ratio = statistics.median(a / b for a, b in zip(ours, theirs))

        # Memory: the same article once and twenty times over.
        with open(os.path.join(ROOT, "Tests/Fixtures/seed-article.paragraphs.txt")) as handle:
            body = handle.read().strip()
        long_article = os.path.join(folder, "long.txt")
        with open(long_article, "w") as handle:
            handle.write("A Long Article\n\n" + "\n\n".join([body] * 20) + "\n")
        _, rss_once = run([BINARY, "article", SEED, "-o", out, "--no-cache"])
        long_time, rss_long = run([BINARY, "article", long_article, "-o", out, "--no-cache"])
        audio_seconds = os.path.getsize(out) / 2 / 22050
        # In this process alone, and with the worker processes.
        alone = statistics.median(run([BINARY, "article", SEED, "-o", out, "--no-cache", "--workers", "0"])[0] for _ in range(RUNS))
        # Cold and warm cache, in a cache folder of the benchmark's own.
        os.environ["XDG_CACHE_HOME"] = os.path.join(folder, "cache")
        cold = run([BINARY, "article", SEED, "-o", out])[0]
        warm = statistics.median(run([BINARY, "article", SEED, "-o", out])[0] for _ in range(RUNS))
        del os.environ["XDG_CACHE_HOME"]
        # Time against length: 1x, 4x, 16x the seed's body.
        sweep = []
        for times in (1, 4, 16):
            article = os.path.join(folder, f"x{times}.txt")
            with open(article, "w") as handle:
                handle.write("A Long Article\n\n" + "\n\n".join([body] * times) + "\n")
            sweep.append((times, run([BINARY, "article", article, "-o", out, "--no-cache"])[0]))
        memory_ratio = rss_long / rss_once

    print(f"speed   briefcast {statistics.median(ours) * 1000:7.1f} ms   espeak-ng CLI {statistics.median(theirs) * 1000:7.1f} ms"
          f"   ratio {speed_ratio:.2f} (lower is better; median of {PAIRS} pairs)")
    print(f"memory  1x seed {rss_once / 1024:6.1f} MiB   20x seed {rss_long / 1024:6.1f} MiB   ratio {memory_ratio:.2f}"
          f" (limit {MEMORY_RATIO_LIMIT})")
    print(f"20x     {audio_seconds / 60:.1f} min of audio in {long_time:.2f} s = {audio_seconds / long_time:.0f}x real time")
    print(f"workers seed in this process alone {alone * 1000:.1f} ms, with the workers {statistics.median(ours) * 1000:.1f} ms")
    print(f"cache   seed cold {cold * 1000:.1f} ms   warm {warm * 1000:.1f} ms   warm/cold {warm / cold:.2f}")
    base = sweep[0][1]
    print("sweep   " + "   ".join(f"{times}x {seconds:.2f} s ({seconds / base:.1f}x)" for times, seconds in sweep))
    briefing(folder_for_briefing())
    if memory_ratio > MEMORY_RATIO_LIMIT:
        sys.exit("bench: memory grows with article length")


def folder_for_briefing():
    """Twenty pasted news pages, one story each, or None without the shared corpus."""
    pages = []
    for kind in ("readability", "trafilatura"):
        folder = os.path.join(CORPUS, kind)
        names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
        pages += [os.path.join(folder, name, "pasted.txt") for name in names]
    pages = [page for page in pages if os.path.isfile(page)][:20]
    return pages if len(pages) == 20 else None


def briefing(pages):
    if pages is None:
        print("briefing  skipped: ../shared/corpus is not here")
        return
    with tempfile.TemporaryDirectory() as folder:
        stories = os.path.join(folder, "stories")
        os.mkdir(stories)
        for number, page in enumerate(pages):
            with open(page, "rb") as source, open(os.path.join(stories, f"{number:02}.txt"), "wb") as copy:
                copy.write(source.read())
        config = os.path.join(folder, "config.yml")
        with open(config, "w") as handle:
            handle.write("sources: [stories]\noutput_dir: out\nmax_stories: 20\nper_source: 20\n")
        daily = [BINARY, "daily", "--config", config, "--include-seen", "--date", "2026-11-27"]
        script = subprocess.run(daily + ["--dry-run"], check=True, capture_output=True, text=True).stdout
        spoken = os.path.join(folder, "spoken.txt")
        with open(spoken, "w") as handle:
            handle.write(script)
        ours, theirs = [], []
        for _ in range(3):
            ours.append(run(daily + ["--no-cache"])[0])
            theirs.append(run(["espeak-ng", "-f", spoken, "-w", os.path.join(folder, "cli.wav")])[0])
        ratio = statistics.median(a / b for a, b in zip(ours, theirs))
        print(f"briefing  20 stories: briefcast {statistics.median(ours):.2f} s   espeak-ng CLI {statistics.median(theirs):.2f} s"
              f"   ratio {ratio:.2f} (median of 3 pairs)")
        os.environ["XDG_CACHE_HOME"] = os.path.join(folder, "cache")
        cold = run(daily)[0]
        warm = run(daily)[0]
        del os.environ["XDG_CACHE_HOME"]
        print(f"briefing  cache: cold {cold:.2f} s   warm {warm:.2f} s   warm/cold {warm / cold:.2f}")
        fitted = subprocess.run(daily + ["--minutes", "10", "--verbose", "--no-cache"], check=True, capture_output=True, text=True)
        summary = [line for line in fitted.stderr.splitlines() if "planned" in line]
        print(f"minutes   --minutes 10: {summary[-1].split(': ', 2)[-1] if summary else 'no summary line'}")


if __name__ == "__main__":
    main()
