#!/work/blind/venv/bin/python
"""dates4 phrase set: re-computes every hand-written expected value by the row's rule (chinesecalendar for
workdays/holidays) and writes phrases.tsv only when every hand answer equals the computed one.

usage:  make_phrases.py            # check, then write phrases.tsv
        make_phrases.py --check    # check only (exit 1 on any mismatch)
Deterministic: no clock, no randomness. Row sources: rows_*.txt in this folder, format
    phrase | send-key | hand date or - | hand time or - | rule | note
"""
import glob, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import evaluate

HERE = os.path.dirname(os.path.abspath(__file__))
SENDS = {  # key: send time as written in the Date header (ISO with offset)
    "A": "2025-01-24T16:40:00+08:00",  # Fri, 2 working days before Spring Festival 2025; next day off, then make-up Sun 01-26
    "B": "2025-04-27T10:05:00+08:00",  # Sun, a make-up workday before May Day 2025
    "C": "2025-09-28T19:20:00+08:00",  # Sun, a make-up workday before National Day 2025
    "D": "2025-12-31T23:47:00+08:00",  # Wed, late at night, New Year's Eve; make-up Sun 2026-01-04 follows
    "E": "2026-02-13T11:30:00+08:00",  # Fri, before the make-up Sat 02-14 and Spring Festival 2026
    "F": "2026-03-30T20:10:00-07:00",  # = Tue 2026-03-31 11:10 Shanghai; before Qingming 2026
    "G": "2026-06-13T15:00:00+08:00",  # Sat, an ordinary weekend; before Dragon Boat 2026
    "H": "2026-09-18T17:55:00+08:00",  # Fri, before make-up Sun 09-20, Mid-Autumn and National Day 2026
    "I": "2026-12-29T09:30:00+08:00",  # Tue, year rollover into 2027
    "J": "2027-03-10T10:00:00+08:00",  # Wed, 2027 (no official calendar in chinesecalendar 1.11.0)
}


def load():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "rows_*.txt"))):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" | ")]
            if len(parts) != 6:
                raise SystemExit("%s:%d: expected 6 fields, got %d" % (path, n, len(parts)))
            phrase, key, hd, ht, rule, note = parts
            rows.append(dict(src="%s:%d" % (os.path.basename(path), n), phrase=phrase, send=SENDS[key],
                             hand_date="" if hd == "-" else hd, hand_time="" if ht == "-" else ht,
                             rule=rule, note=note))
    return rows


def main():
    check_only = "--check" in sys.argv
    rows = load()
    bad = 0
    seen = collections.Counter((r["phrase"], r["send"]) for r in rows)
    for k, c in seen.items():
        if c > 1:
            print("DUPLICATE", k); bad += 1
    for r in rows:
        try:
            cd, ct = evaluate(r["rule"], r["send"])
        except Exception as e:  # an unknown calendar year must never be guessed
            print("ERROR %s %r: %s" % (r["src"], r["phrase"], e)); bad += 1; continue
        if (cd, ct) != (r["hand_date"], r["hand_time"]):
            print("MISMATCH %s %r hand=%s %s computed=%s %s rule=%s" % (
                r["src"], r["phrase"], r["hand_date"] or "-", r["hand_time"] or "-", cd or "-", ct or "-", r["rule"]))
            bad += 1
        if "\t" in r["phrase"] + r["note"]:
            print("TAB in", r["src"]); bad += 1
    nodate = sum(1 for r in rows if not r["hand_date"])
    print("rows=%d  with date=%d  blank date=%d  with time=%d  send times=%d  problems=%d" % (
        len(rows), len(rows) - nodate, nodate, sum(1 for r in rows if r["hand_time"]),
        len({r["send"] for r in rows}), bad))
    if bad:
        sys.exit(1)
    if not check_only:
        with open(os.path.join(HERE, "phrases.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write("phrase\tsend_time\texpected_date\texpected_time_or_blank\tnote\n")
            for r in rows:
                f.write("\t".join([r["phrase"], r["send"], r["hand_date"], r["hand_time"], r["note"]]) + "\n")
        print("wrote phrases.tsv")


if __name__ == "__main__":
    main()
