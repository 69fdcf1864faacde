"""A/B of parse speed between two source trees: bench_parse's three shapes, each tree in its own subprocess, in turn.

    .venv/bin/python benches/bench_parse_ab.py ROOT_A ROOT_B [--rounds 3] [--seconds 2]

ROOT_A and ROOT_B are checkouts (e.g. `git worktree add --detach /tmp/base 77eeec5` and this tree). For every round
and shape the two trees run one after the other, each in a fresh interpreter whose `parsers` is imported from its
root, on the same mails (each tree's own bench_parse.minutes_mail, 60 sending days; their bytes must match), so a busy machine slows both alike. Prints ms
per parse of each run (wall clock, and CPU time, which a loaded machine disturbs less), then per shape the range of
A and of B and the ratio B/A of the best runs and of the means (what issue #13 bounds: <= 1.20).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()


def child(root: str, shape: int, seconds: float) -> None:
    """Time parse_message from `root` on one shape with root's own bench_parse (its Roster and calendar live where
    that tree keeps them); print {"ms", "file", "mails"} as JSON, "mails" a digest of the bytes parsed (boundaries aside)."""
    sys.path[:0] = [root, str(Path(root) / "benches")]
    import hashlib
    import re
    import parsers
    import bench_parse
    from zoneinfo import ZoneInfo
    name, options = bench_parse.SHAPES[shape]
    tz, calendar = ZoneInfo("Asia/Shanghai"), bench_parse.WorkdayCalendar()
    roster = bench_parse.Roster.from_csv_text(bench_parse.ROSTER)
    mails = [bench_parse.minutes_mail(day=day, **options) for day in range(60)]

    def parse(raw: bytes):
        return parsers.parse_message(raw, tz=tz, roster=roster, calendar=calendar, bot_address="minutes@xinghe.cn")

    for raw in mails[:3]:
        parse(raw)
    count, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        parse(mails[count % len(mails)])
        count += 1
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    digest = hashlib.sha256(re.sub(rb"={15}\d+==", b"", b"".join(mails))).hexdigest()     # MIME boundaries are random
    print(json.dumps({"ms": 1000 * elapsed / count, "cpu_ms": 1000 * cpu / count, "file": parsers.__file__,
                      "mails": digest}))


def run_one(root: str, shape: int, seconds: float, digests: dict) -> tuple[float, float]:
    """One child run; its ms per parse, wall clock and CPU. Stops if the two trees were not given the same mails."""
    out = subprocess.run([sys.executable, str(HERE), "--child", root, "--shape", str(shape), "--seconds",
                          str(seconds)], capture_output=True, text=True, check=True, cwd="/")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if not result["file"].startswith(str(Path(root).resolve())):
        sys.exit(f"parsers came from {result['file']}, not {root}")
    if digests.setdefault(shape, result["mails"]) != result["mails"]:
        sys.exit(f"{root}'s bench_parse makes other mails for shape {shape + 1}: not comparable")
    return result["ms"], result["cpu_ms"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("roots", nargs="*")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--child")
    ap.add_argument("--shape", type=int, default=0)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.shape, args.seconds)
    if len(args.roots) != 2:
        sys.exit("usage: bench_parse_ab.py ROOT_A ROOT_B [--rounds N] [--seconds S]")
    sys.path.insert(0, str(HERE.parent))
    from bench_parse import SHAPES
    best, digests = {}, {}
    for rnd in range(args.rounds):
        for shape, (name, _) in enumerate(SHAPES):
            order = args.roots if rnd % 2 == 0 else args.roots[::-1]
            for root in order:
                ms, cpu = run_one(str(Path(root).resolve()), shape, args.seconds, digests)
                best.setdefault((shape, root), []).append(ms)
                best.setdefault((shape, root, "cpu"), []).append(cpu)
                print(f"round {rnd + 1} shape {shape + 1} {root}: {ms:.3f} ms/parse ({cpu:.3f} ms CPU)", flush=True)
    a, b = args.roots
    for shape, (name, _) in enumerate(SHAPES):
        print(f"{name}:")
        for clock, keys in (("wall", ((shape, a), (shape, b))), ("CPU ", ((shape, a, "cpu"), (shape, b, "cpu")))):
            ms_a, ms_b = best[keys[0]], best[keys[1]]
            print(f"  {clock} A {min(ms_a):.2f}-{max(ms_a):.2f} ms  B {min(ms_b):.2f}-{max(ms_b):.2f} ms  "
                  f"B/A best {min(ms_b) / min(ms_a):.2f}x  mean {sum(ms_b) / sum(ms_a):.2f}x")


if __name__ == "__main__":
    main()
