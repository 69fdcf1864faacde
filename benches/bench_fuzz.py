"""What a hostile mail costs: time and peak memory of parse_message per pathological mail, next to a normal one.

    .venv/bin/python benches/bench_fuzz.py                  # the table (each case in a fresh process)
    .venv/bin/python benches/bench_fuzz.py --mutations 20000 # and a mutation campaign over the seed mails

Each case (tests/hostile.py, the same mails tests/test_fuzz_parse.py checks) is read in its own child process, so
its peak resident memory is its own: `rss +MB` is the growth of the process's peak RSS while parsing (lxml's C
memory included; 0 when building the input itself already took more), `py peak MB` the tracemalloc peak of Python
objects (a second, traced run), `ms` the untraced time. `cut by` is the limit (parsers/limits.py) that stopped the reading, from the message's warnings.
`cpu ms` is the CPU time of that run: on a machine shared with other work the wall time grows with the load, the CPU
time does not. `ok` says whether the case keeps the budget every hostile mail must keep: at most 1 s of CPU and at
most 100 MB of peak RSS over the idle process (SECURITY.md).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from hostile import PATHOLOGICAL, mutate, normal, seeds      # noqa: E402
from parsers import parse_message                           # noqa: E402
from parsers.mail.mime import MailError                           # noqa: E402
from parsers.minutes.owning.people import Roster                            # noqa: E402
from parsers.dates.workdays import WorkdayCalendar                 # noqa: E402

BUDGET_MS, BUDGET_MB = 1000, 100         # what one hostile mail may cost (SECURITY.md, issue 16)
ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n王芳,wangfang@xinghe.cn,市场部,,\n")
LIMIT_NAMES = ("max_message_bytes", "max_text_bytes", "max_lines", "max_line_chars", "max_minutes_chars", "zip bomb", "only the headers", "nested deeper",
               "not a readable .docx", "is over",
               "max_docx_elements", "max_pdf_pages", "max_pdf_tokens",
               "max_pdf_inflated_bytes", "max_pdf_chars", "not a readable PDF", "has no text")


def parse(raw: bytes):
    return parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                         bot_address="minutes@xinghe.cn")


def measure(name: str) -> dict:
    """One case, in this (fresh) process: warm up on a normal mail, then time, RSS growth, traced peak."""
    raw = PATHOLOGICAL[name]()
    parse(normal())
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu = time.perf_counter(), time.process_time()
    parsed = parse(raw)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    tracemalloc.start()
    parse(raw)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    cut = sorted({limit for warning in parsed.warnings for limit in LIMIT_NAMES if limit in warning})
    return {"case": name, "bytes": len(raw), "ms": seconds * 1000, "cpu_ms": cpu * 1000, "rss_mb": grown / 1024,
            "py_mb": peak / 2**20,
            "kind": parsed.kind, "items": len(parsed.items), "cut": ", ".join(cut)}


def table() -> list[dict]:
    rows = []
    for name in PATHOLOGICAL:
        out = subprocess.run([sys.executable, __file__, "--case", name], capture_output=True, text=True, timeout=600)
        if out.returncode != 0:
            rows.append({"case": name, "error": (out.stderr.strip().splitlines() or ["?"])[-1]})
            continue
        rows.append(json.loads(out.stdout))
    return rows


def print_table(rows: list[dict]) -> None:
    print(f"budget per mail: <= {BUDGET_MS} ms of CPU and <= {BUDGET_MB} MB of RSS over the idle process "
          f"(load average now {os.getloadavg()[0]:.1f})")
    print(f"{'case':42} {'size':>9} {'ms':>8} {'cpu ms':>7} {'rss +MB':>8} {'py peak MB':>10}  {'ok':4} {'kind':8} "
          f"{'items':>5}  cut by")
    for row in rows:
        if "error" in row:
            print(f"{row['case']:42} CRASHED: {row['error']}")
            continue
        size = f"{row['bytes'] / 1e6:.2f} MB" if row["bytes"] >= 100_000 else f"{row['bytes']} B"
        ok = "yes" if row["cpu_ms"] <= BUDGET_MS and row["rss_mb"] <= BUDGET_MB else "OVER"
        print(f"{row['case']:42} {size:>9} {row['ms']:8.0f} {row['cpu_ms']:7.0f} {row['rss_mb']:8.1f} "
              f"{row['py_mb']:10.1f}  {ok:4} "
              f"{row['kind']:8} {row['items']:5}  {row['cut']}")


def campaign(count: int, seed: int) -> None:
    """`count` mutated seed mails: how many read, as what, how many raised anything but MailError, the slowest."""
    rng, pool, kinds = random.Random(seed), seeds(), collections.Counter()
    slowest = (0.0, "")
    start = time.perf_counter()
    for n in range(count):
        raw = mutate(rng.choice(pool), rng)
        began = time.perf_counter()
        try:
            parsed = parse(raw)
            kinds[parsed.kind] += 1
            kinds["reader raised (absorbed)"] += any("not understood" in w for w in parsed.warnings)
        except MailError:
            kinds["not mail (MailError)"] += 1
        except Exception as exc:                                 # what the tests say never happens
            kinds[f"CRASH {type(exc).__name__}"] += 1
        took = time.perf_counter() - began
        slowest = max(slowest, (took, f"mutant {n}"))
    total = time.perf_counter() - start
    crashes = sum(v for k, v in kinds.items() if k.startswith("CRASH"))
    print(f"\n{count} mutated mails (seed {seed}) in {total:.1f} s, {1000 * total / count:.1f} ms each; "
          f"slowest {1000 * slowest[0]:.0f} ms; crashes {crashes}")
    for kind, n in kinds.most_common():
        print(f"  {kind:28} {n}")


# --- hostile attachments (tests/hostile_attachments.py): each against the budget of 1 s and 100 MB --------------
BUDGET_SECONDS, BUDGET_MB = 1.0, 100


def measure_attachment(name: str) -> dict:
    from hostile_attachments import ATTACHMENT_BOMBS
    PATHOLOGICAL.setdefault(name, ATTACHMENT_BOMBS[name])
    return measure(name)


def attachment_table() -> None:
    from hostile_attachments import ATTACHMENT_BOMBS
    print(f"\n{'hostile attachment':42} {'size':>9} {'ms':>8} {'rss +MB':>8} {'py peak MB':>10}  budget "
          f"{BUDGET_SECONDS:.0f} s, {BUDGET_MB} MB")
    for name in ATTACHMENT_BOMBS:
        out = subprocess.run([sys.executable, __file__, "--attachment-case", name], capture_output=True, text=True,
                             timeout=600)
        if out.returncode != 0:
            print(f"{name:42} CRASHED: {(out.stderr.strip().splitlines() or ['?'])[-1]}")
            continue
        row = json.loads(out.stdout)
        within = row["ms"] <= BUDGET_SECONDS * 1000 and max(row["rss_mb"], row["py_mb"]) <= BUDGET_MB
        print(f"{name:42} {row['bytes'] / 1e6:7.2f} MB {row['ms']:8.0f} {row['rss_mb']:8.1f} {row['py_mb']:10.1f}  "
              f"{'within' if within else 'OVER'}  {row['cut']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--attachment-case", help=argparse.SUPPRESS)
    parser.add_argument("--mutations", type=int, default=0, help="also run this many mutated seed mails")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(measure(args.case)))
        return
    if args.attachment_case:
        print(json.dumps(measure_attachment(args.attachment_case)))
        return
    print_table(table())
    attachment_table()
    if args.mutations:
        campaign(args.mutations, args.seed)


if __name__ == "__main__":
    main()
