"""Per-mail compose cost of a big store's first morning, A/B between source trees, on the same mails.

    .venv/bin/python benches/bench_compose.py [--items 100000] [--rounds 3] [ROOT ...]

A store is generated (store_gen.py, seeded) and its first morning tick (a working day at 10:30) runs once in a child
process of this tree with every Composer.compose_bytes call recorded (envelope, template, language, context). Then,
for each round, each ROOT (default: this tree; e.g. a `git archive` of an older commit) composes every recorded mail
again in a fresh interpreter whose mailer and templates come from that root: CPU seconds and ms per mail of the whole
composition (render + bytes) and of the render alone, and a digest of the bytes written (Message-ID and boundary are
the recorded ones or random: they are left out), so two trees can be seen to write the same mail.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
TREE = HERE.parents[1]
STORE_NOW, TICK_AT = "2026-12-06T16:30:00+08:00", "2026-12-07T10:30:00+08:00"     # a Sunday, then Monday's slot


def record(site: Path, calls_file: Path) -> None:
    """In a child process: the tick, with every compose_bytes call pickled into calls_file."""
    sys.path.insert(0, str(TREE))
    import os
    from mailer import compose
    calls, compose_bytes = [], compose.Composer.compose_bytes

    def recorded(self, envelope, name, lang, context):
        calls.append((envelope, name, lang, context))
        return compose_bytes(self, envelope, name, lang, context)
    compose.Composer.compose_bytes = recorded
    from minutebot.cli import main
    os.chdir(site)
    main(["tick", "--now", TICK_AT])
    calls_file.write_bytes(pickle.dumps(calls))


def child(root: str, calls_file: str) -> None:
    """In a fresh interpreter: compose every recorded mail with `root`'s mailer and templates; print JSON."""
    import time
    sys.path.insert(0, root)
    from mailer import compose
    calls = pickle.loads(Path(calls_file).read_bytes())
    composer = compose.Composer()
    for call in calls[:100]:                         # warm: templates compiled, caches filled
        composer.compose_bytes(*call)
    started = time.process_time()
    raws = [composer.compose_bytes(*call) for call in calls]
    whole = time.process_time() - started
    started = time.process_time()
    for _, name, lang, context in calls:
        composer.render(name, lang, context)
    render = time.process_time() - started
    varying = re.compile(rb"=_mb_[0-9a-f]+|^Message-ID: .*$", re.M)
    digest = hashlib.sha256(b"".join(varying.sub(b"", raw) for raw in raws)).hexdigest()[:16]
    print(json.dumps({"mails": len(calls), "compose": whole, "render": render, "bytes": sum(map(len, raws)),
                      "digest": digest, "root": compose.__file__}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="*", default=[str(TREE)])
    parser.add_argument("--items", type=int, default=100000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-compose-") as tmp:
        site, calls_file = Path(tmp) / "site", Path(tmp) / "calls.pickle"
        subprocess.run([sys.executable, str(HERE.with_name("store_gen.py")), str(site), "--items", str(args.items),
                        "--now", STORE_NOW],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([sys.executable, str(HERE), "--record", str(site), str(calls_file)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"{args.items} items, first morning tick at {TICK_AT}")
        print(f"{'round':>5}  {'mails':>6} {'MB':>6} {'compose ms/mail':>15} {'render ms/mail':>14}  digest            root")
        for n in range(1, args.rounds + 1):
            for root in args.roots:
                done = subprocess.run([sys.executable, str(HERE), "--child", root, str(calls_file)], check=True,
                                      capture_output=True, text=True)
                r = json.loads(done.stdout)
                print(f"{n:>5}  {r['mails']:>6} {r['bytes'] / 1e6:>6.1f} {r['compose'] / r['mails'] * 1e3:>15.3f} "
                      f"{r['render'] / r['mails'] * 1e3:>14.3f}  {r['digest']}  {root}", flush=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--record"]:
        record(Path(sys.argv[2]), Path(sys.argv[3]))
    elif sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3])
    else:
        sys.exit(main())
