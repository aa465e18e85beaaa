#!/usr/bin/env python3
"""Two marrow binaries on one book, runs alternating: the median CPU time of chosen stages (from
`marrow build --timings`) and of the whole build (user + system, children included), and their
ratio. For a change measured against the commit before it, built in a worktree.

usage: ab_stages.py OLD_MARROW NEW_MARROW BOOK_ROOT [--runs N] [--stage NAME ...]
example: ab_stages.py /tmp/old/.build/release/marrow .build/release/marrow bench/corpus/2000 --stage citations --stage parse
"""
import argparse
import re
import resource
import statistics
import subprocess
import tempfile


def run(binary, root, output):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    text = subprocess.run([binary, "build", "--root", root, "--output", output, "--timings"], capture_output=True, text=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    stages = {m.group(1).strip(): float(m.group(2)) for m in re.finditer(r"^  (\S.*?)\s+[\d.]+ ms\s+\(CPU\s+([\d.]+) ms", text, re.M)}
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), stages


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("root")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--stage", action="append", default=[])
    args = parser.parse_args()
    results = {"old": [], "new": []}
    with tempfile.TemporaryDirectory() as output:
        for _ in range(args.runs):
            for name, binary in (("old", args.old), ("new", args.new)):
                results[name].append(run(binary, args.root, output))
    def median(name, pick):
        return statistics.median(pick(r) for r in results[name])
    rows = [("whole build CPU s", lambda r: r[0])] + [(f"{s} CPU ms", (lambda s: lambda r: r[1].get(s, 0.0))(s)) for s in args.stage]
    for label, pick in rows:
        old, new = median("old", pick), median("new", pick)
        print(f"{label}: old {old:.2f}, new {new:.2f}, new/old {new / old if old else float('nan'):.2f} (medians of {args.runs})")


if __name__ == "__main__":
    main()
