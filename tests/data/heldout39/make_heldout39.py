#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout39" (cases 6701-6738) for minutebot.

    python3 make_heldout39.py [OUTDIR]           write NNNN-slug.eml/.json, roster.csv, README.md
    python3 make_heldout39.py --check [OUTDIR]   re-parse every .eml with email.policy.default (no defects,
                                                 every text part decodes), recompute every gold date from the
                                                 message's own Date header in Asia/Shanghai with chinesecalendar,
                                                 and verify that the files on disk are exactly what this script writes.

Deterministic: no clock, no randomness. Needs chinesecalendar, python-docx, reportlab, pypdf
(the venv /work/blind/venv has them).
"""
import argparse
import email
import email.policy
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import hl_lib  # noqa: E402
from hl_lib import CASES, SHANGHAI, next_gold  # noqa: E402
import cases_1  # noqa: E402,F401
import cases_2  # noqa: E402,F401
import cases_3  # noqa: E402,F401
import cases_4  # noqa: E402,F401
from readme_text import readme  # noqa: E402

CHARSET_READ_AS = {'gb2312': 'gbk', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5'}


def gold_json(case):
    return json.dumps(case.gold(), ensure_ascii=False, indent=2) + '\n'


def outputs():
    files = {}
    for c in sorted(CASES, key=lambda c: c.num):
        files[c.name + '.eml'] = c.eml
        files[c.name + '.json'] = gold_json(c).encode('utf-8')
    files['roster.csv'] = hl_lib.roster_csv().encode('utf-8')
    files['README.md'] = readme(sorted(CASES, key=lambda c: c.num)).encode('utf-8')
    return files


def build(out):
    os.makedirs(out, exist_ok=True)
    for name, data in outputs().items():
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)
    print('wrote %d cases to %s' % (len(CASES), out))


# ------------------------------------------------------------------ check

def _all_defects(msg):
    found = []
    for part in msg.walk():
        for d in part.defects:
            found.append('%s: %r' % (part.get_content_type(), d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                found.append('header %s: %r' % (k, d))
    return found


def _texts(msg):
    """Decoded text of every text/* part and of .docx/.pdf attachments."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == 'text':
            raw = part.get_payload(decode=True)
            cs = (part.get_content_charset() or 'us-ascii').lower()
            codec = CHARSET_READ_AS.get(cs, cs)
            text = raw.decode(codec)          # strict: raises if the part does not decode
            part.get_content()                # and the email package can read it too
            out.append(text)
        elif ctype.endswith('wordprocessingml.document'):
            import docx
            d = docx.Document(io.BytesIO(part.get_payload(decode=True)))
            t = [p.text for p in d.paragraphs]
            for tb in d.tables:
                for row in tb.rows:
                    t.append('\t'.join(c.text for c in row.cells))
            out.append('\n'.join(t))
        elif ctype == 'application/pdf':
            from pypdf import PdfReader
            r = PdfReader(io.BytesIO(part.get_payload(decode=True)))
            out.append('\n'.join(p.extract_text() for p in r.pages))
    return '\n'.join(out)


def _common(a, b):
    """length of the longest common substring of a and b"""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _norm(s):
    import html as _h
    import re
    s = _h.unescape(s)
    s = re.sub(r'<[^>]+>', '', s)
    return re.sub(r'\s+', '', s).lower()


def check(out):
    errors = []
    expected = outputs()
    on_disk = sorted(os.listdir(out))
    for name, data in expected.items():
        p = os.path.join(out, name)
        if not os.path.exists(p):
            errors.append('%s: missing' % name)
            continue
        with open(p, 'rb') as f:
            if f.read() != data:
                errors.append('%s: differs from what the generator writes' % name)
    extra = [n for n in on_disk if (n.endswith('.eml') or n.endswith('.json')) and n not in expected]
    if extra:
        errors.append('unexpected files: %s' % extra)
    roster = {}
    import csv
    with open(os.path.join(out, 'roster.csv'), encoding='utf-8') as f:
        for row in csv.DictReader(f):
            roster[row['name']] = row
    nums = sorted(c.num for c in CASES)
    if nums != list(range(6701, 6739)):
        errors.append('case numbers are not 6701..6738: %s' % nums)
    kinds = {}
    for c in sorted(CASES, key=lambda c: c.num):
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
        with open(os.path.join(out, c.name + '.eml'), 'rb') as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        first = [ln.split(b':', 1)[0] for ln in raw.split(b'\n')[:3]]
        if first[:2] != [b'Return-Path', b'Delivered-To'] or b'Received' not in raw.split(b'\n\n')[0].replace(b'\r', b''):
            errors.append('%s: trace headers missing' % c.name)
        for d in _all_defects(msg):
            errors.append('%s: defect %s' % (c.name, d))
        try:
            body = _texts(msg)
        except Exception as e:  # noqa: BLE001
            errors.append('%s: a text part does not decode: %s' % (c.name, e))
            body = ''
        sent = msg['Date'].datetime
        if sent is None or sent.tzinfo is None:
            errors.append('%s: Date header has no zone' % c.name)
            continue
        if sent != c.sent:
            errors.append('%s: Date header %s != case time %s' % (c.name, sent, c.sent))
        sh = sent.astimezone(SHANGHAI)
        if not (sh.year == 2026 and 4 <= sh.month <= 7):
            errors.append('%s: sent outside April-July 2026 (%s)' % (c.name, sh))
        with open(os.path.join(out, c.name + '.json'), encoding='utf-8') as f:
            gold = json.load(f)
        if set(gold) != {'kind', 'items', 'next_followup', 'reply', 'notes'}:
            errors.append('%s: gold keys %s' % (c.name, sorted(gold)))
        if gold['kind'] != c.kind or gold['reply'] is not None:
            errors.append('%s: kind/reply' % c.name)
        if c.kind != 'minutes' and (gold['items'] or gold['next_followup']):
            errors.append('%s: non-minutes with items or follow-up' % c.name)
        # recompute every date from the message's own Date header
        if len(gold['items']) != len(c.items):
            errors.append('%s: item count' % c.name)
        nbody = _norm(body)
        for gi, it in zip(gold['items'], c.items):
            want = it.gold(sent)
            for k in ('due_date', 'due_time', 'flags', 'owner_name', 'owner_email', 'department', 'task'):
                if gi.get(k) != want[k]:
                    errors.append('%s: item %r field %s: gold %r, recomputed %r' % (c.name, it.task, k, gi.get(k), want[k]))
            if set(gi) != {'owner_name', 'owner_email', 'department', 'task', 'due_date', 'due_time', 'flags'}:
                errors.append('%s: item keys %s' % (c.name, sorted(gi)))
            if gi['due_date']:
                y = int(gi['due_date'][:4])
                if y != 2026:
                    errors.append('%s: due date outside 2026' % c.name)
            if gi['owner_name']:
                r = roster.get(gi['owner_name'])
                if not r or r['email'] != gi['owner_email'] or (r['department'] or None) != gi['department']:
                    errors.append('%s: owner %s not consistent with roster.csv' % (c.name, gi['owner_name']))
            nt = _norm(gi['task'])
            if _common(nt, nbody) < min(6, len(nt)):
                errors.append('%s: task %r not found in the message text' % (c.name, gi['task']))
        ng = next_gold(c.next, sent) if c.kind == 'minutes' else None
        if gold['next_followup'] != ng:
            errors.append('%s: next_followup gold %r, recomputed %r' % (c.name, gold['next_followup'], ng))
        if ng and not ng['date'].startswith('2026'):
            errors.append('%s: follow-up outside 2026' % c.name)
        if not gold['notes'] or len(gold['notes']) < 40:
            errors.append('%s: notes too short' % c.name)
    if errors:
        for e in errors:
            print('FAIL', e)
        print('%d problem(s)' % len(errors))
        return 1
    print('OK: %d cases (%s), every .eml parses without defects, every text part decodes, '
          'every gold date recomputed from the Date header in Asia/Shanghai with chinesecalendar; files match the generator.'
          % (len(CASES), ', '.join('%s %d' % kv for kv in sorted(kinds.items()))))
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--check', action='store_true')
    ap.add_argument('out', nargs='?', default=HERE)
    a = ap.parse_args()
    if a.check:
        sys.exit(check(a.out))
    build(a.out)
    sys.exit(check(a.out))          # (added when the set joined the tests: write, then check)


if __name__ == '__main__':
    main()
