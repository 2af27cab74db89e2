#!/usr/bin/env python3
"""storydeck's benchmark: the figures BENCHMARKS.md records, measured in one run.

    cargo build --release && python3 bench/run.py [--typst PATH] [--runs N]

Measures, on the example story (decks/minaseno/story.yaml):
  1. cold whole-process build of the sheets deck (a new process each run);
  2. the same work by the `typst` CLI on `storydeck emit`'s project, same fonts,
     runs interleaved with (1), as a ratio (skipped when no typst binary);
  3. rebuild time in `storydeck watch` after a one-field edit (three kinds);
  4. a batch of 100 generated stories x every deck (`build <dir> --deck all`:
     sheets, mayor, final and, since issue 17, the paper);
  5. peak memory (max RSS) of (1), (3) and (4);
  6. cold whole-process build of the year-end paper.
Prints a Markdown table to paste into BENCHMARKS.md. Needs only Python 3 and
Linux (/usr/bin/time is not needed: max RSS comes from wait4()).
"""

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STORYDECK = REPO / "target" / "release" / "storydeck"
EXAMPLE = REPO / "decks" / "minaseno" / "story.yaml"


def run_timed(cmd):
    """Runs `cmd`; returns (seconds, max RSS in MiB). Exits on failure."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            err.seek(0)
            sys.exit(f"{' '.join(map(str, cmd))} failed ({code}):\n{err.read().decode(errors='replace')}")
    return seconds, usage.ru_maxrss / 1024


def cold_and_ratio(work, runs, typst):
    out = work / "cold.pdf"
    ours, theirs, rss = [], [], []
    project = work / "project"
    if typst:
        subprocess.run([STORYDECK, "emit", EXAMPLE, "--deck", "sheets", "-o", project],
                       check=True, stdout=subprocess.DEVNULL)
        typst_cmd = [typst, "compile", "--root", project, "--font-path", project / "fonts",
                     "--ignore-system-fonts", project / "main.typ", work / "typst.pdf"]
    ours_cmd = [STORYDECK, "build", EXAMPLE, "--deck", "sheets", "-o", out]
    # One warm-up each (page cache), then interleaved runs: both see the same machine.
    run_timed(ours_cmd)
    if typst:
        run_timed(typst_cmd)
    for _ in range(runs):
        seconds, peak = run_timed(ours_cmd)
        ours.append(seconds)
        rss.append(peak)
        if typst:
            theirs.append(run_timed(typst_cmd)[0])
    return ours, theirs, max(rss)


def cold_paper(work, runs):
    cmd = [STORYDECK, "build", EXAMPLE, "--deck", "paper", "-o", work / "paper.pdf"]
    run_timed(cmd)
    return [run_timed(cmd)[0] for _ in range(runs)]


def watch_rebuilds(work, edits, saves=10):
    """Starts `watch` on a copy of the example and times the rebuild after each
    save. Every save writes a value not seen before (`{}` in the edit is replaced
    by the save's number), so no rebuild is served whole from Typst's memo."""
    folder = work / "watch"
    folder.mkdir()
    story = folder / "story.yaml"
    original = EXAMPLE.read_text(encoding="utf-8")
    story.write_text(original, encoding="utf-8")
    proc = subprocess.Popen([STORYDECK, "watch", story], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, bufsize=1)
    times = {}

    def next_build():
        while True:
            line = proc.stdout.readline()
            if not line:
                sys.exit("watch stopped")
            match = re.search(r"built sheets in ([0-9.]+) ms", line)
            if match:
                return float(match.group(1))
            if "failed" in line:
                sys.exit(f"watch build failed: {line}")

    # Edits count from the moment the folder is watched.
    while "watching" not in proc.stdout.readline():
        pass
    for name, (old, new) in edits.items():
        assert old in original, old
        samples = []
        for i in range(saves):
            story.write_text(original.replace(old, new.format(i + 1), 1), encoding="utf-8")
            samples.append(next_build())
            time.sleep(0.15)
        times[name] = samples
    peak = 0.0
    with open(f"/proc/{proc.pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    proc.terminate()
    proc.wait()
    return times, peak


def generate_stories(folder, count):
    """`count` stories made from the example: other names, and a random subset of
    each list, so sheets differ in length (and in the size they fit at)."""
    rng = random.Random(7)
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    for n in range(count):
        out, skipping = [], None
        for line in lines:
            indent = len(line) - len(line.lstrip())
            if skipping is not None:
                if line.strip() and indent > skipping:
                    continue
                skipping = None
            # Drop about one list item in five (never the first of a list).
            stripped = line.lstrip()
            if stripped.startswith("- ") and out and out[-1].lstrip().startswith(("- ", "  ")) \
                    and rng.random() < 0.2 and not stripped.startswith("- name:"):
                skipping = indent
                continue
            out.append(line)
        text = "\n".join(out) + "\n"
        text = text.replace("水無瀬野市", f"架空{n:03d}市")
        target = folder / f"{n:03d}" / "story.yaml"
        target.parent.mkdir(parents=True)
        target.write_text(text, encoding="utf-8")


def batch(work, count, jobs):
    stories = work / "stories"
    generate_stories(stories, count)
    check = subprocess.run([STORYDECK, "check", stories / "000" / "story.yaml"],
                           capture_output=True, text=True)
    if check.returncode != 0:
        sys.exit(f"a generated story is invalid:\n{check.stderr}")
    cmd = [STORYDECK, "build", stories, "--deck", "all", "-j", str(jobs), "-o", work / "out"]
    seconds, peak = run_timed(cmd)
    pdfs = list((work / "out").rglob("*.pdf"))
    return seconds, peak, len(pdfs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--typst", default=shutil.which("typst"), help="the typst CLI")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--stories", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not STORYDECK.exists():
        sys.exit("build first: cargo build --release")

    with tempfile.TemporaryDirectory(prefix="storydeck-bench-") as tmp:
        work = Path(tmp)
        ours, theirs, cold_rss = cold_and_ratio(work, args.runs, args.typst)
        edits = {
            "a first-step row (sheet 8)": ("まず3課で試し", "まず{}0課で試し"),
            "a vision indicator (sheet 1)": ("target: 70%", "target: {}0%"),
            "the municipality (on every page)": ("municipality: 水無瀬野市", "municipality: 水無瀬{}市"),
        }
        rebuilds, watch_rss = watch_rebuilds(work, edits)
        batch_s, batch_rss, pdfs = batch(work, args.stories, args.jobs)
        paper = cold_paper(work, args.runs)

    ms = lambda xs: f"{statistics.median(xs) * 1000:.0f} ms"
    print(f"machine: {os.cpu_count()} cores, {os.uname().sysname} {os.uname().release}")
    print(f"storydeck {subprocess.run([STORYDECK, '--version'], capture_output=True, text=True).stdout.strip()}")
    if args.typst:
        version = subprocess.run([args.typst, "--version"], capture_output=True, text=True).stdout.strip()
        print(f"typst CLI: {version}")
    print()
    print("| measure | target | result |")
    print("|---|---|---|")
    print(f"| cold build, sheets deck (median of {args.runs}, min {min(ours) * 1000:.0f} ms) | ≤ 60 ms | {ms(ours)} |")
    if theirs:
        ratio = statistics.median(ours) / statistics.median(theirs)
        print(f"| `typst compile` on the emitted project (median of {args.runs}) | | {ms(theirs)} |")
        print(f"| ratio storydeck / typst CLI | ≤ 1.0 | {ratio:.2f} |")
    else:
        print("| ratio storydeck / typst CLI | ≤ 1.0 | not measured: no typst binary (--typst) |")
    for name, samples in rebuilds.items():
        print(f"| watch rebuild after editing {name} (median of {len(samples)}, max {max(samples):.0f} ms) | ≤ 20 ms | {statistics.median(samples):.0f} ms |")
    print(f"| cold build, year-end paper (median of {args.runs}, min {min(paper) * 1000:.0f} ms) | | {ms(paper)} |")
    print(f"| batch: {args.stories} stories × {pdfs // args.stories} decks, -j {args.jobs} ({pdfs} PDFs) | ≤ 10 s | {batch_s:.1f} s |")
    print(f"| peak memory: cold build / watch / batch | ≤ 150 MB | {cold_rss:.0f} / {watch_rss:.0f} / {batch_rss:.0f} MiB |")


if __name__ == "__main__":
    main()
