#!/usr/bin/env python3
"""Generator for blind held-out set heldout55 (cases 8301-8338).

    python make_heldout55.py            # (re)write every .eml/.json, roster.csv, README.md here
    python make_heldout55.py --check    # re-parse every .eml, verify decodes and recompute gold dates

Deterministic: no clock, no randomness. Needs chinesecalendar (and python-docx, reportlab for attachments).
"""
import os, sys, json, csv, io, email
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import h55_common as H

from h55_common import it, nf, case, CASES

def gold(c):
    return {'kind': c['kind'], 'items': [i for i, _ in c['items']],
            'next_followup': c['nf'][0] if c['nf'] else None, 'reply': None, 'notes': c['notes']}

import h55_cases_jms, h55_cases_ch, h55_cases_zj, h55_cases_sl  # noqa: E402,F401  (registers the cases)
CASES.sort(key=lambda c: c['num'])

def fname(c, ext):
    return '%d-%s.%s' % (c['num'], c['slug'], ext)

def roster_csv():
    out = io.StringIO()
    w = csv.writer(out, lineterminator='\n')
    w.writerow(['name', 'email', 'department', 'manager_email', 'aliases'])
    for k, (n, e, d, m, a) in H.ROSTER.items():
        w.writerow([n, e, d, m, a])
    return out.getvalue()

def write_all():
    for c in CASES:
        with open(os.path.join(HERE, fname(c, 'eml')), 'wb') as f:
            f.write(c['eml'])
        with open(os.path.join(HERE, fname(c, 'json')), 'w', encoding='utf-8') as f:
            json.dump(gold(c), f, ensure_ascii=False, indent=2)
            f.write('\n')
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8') as f:
        f.write(roster_csv())
    from h55_readme import readme
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme(CASES, fname))
    print('wrote %d cases' % len(CASES))

# ---------------------------------------------------------------- check
ITEM_KEYS = ['owner_name', 'owner_email', 'department', 'task', 'due_date', 'due_time', 'flags']
FLAGS = {'no_owner', 'vague_due', 'no_due'}

def check():
    import codecs, re, datetime as dt
    from email.parser import BytesParser
    errors = []
    def err(c, msg):
        errors.append('%s: %s' % (fname(c, 'eml'), msg))
    nums = [c['num'] for c in CASES]
    if nums != list(range(8301, 8339)):
        errors.append('case numbers are not 8301..8338: %s' % nums)
    roster_emails = {v[1]: v for v in H.ROSTER.values()}
    on_disk = sorted(f for f in os.listdir(HERE) if f.endswith(('.eml', '.json')))
    expected = sorted([fname(c, 'eml') for c in CASES] + [fname(c, 'json') for c in CASES])
    if on_disk != expected:
        errors.append('files on disk differ from the cases: extra %s missing %s' % (set(on_disk) - set(expected), set(expected) - set(on_disk)))
    with open(os.path.join(HERE, 'roster.csv'), encoding='utf-8') as f:
        if f.read() != roster_csv():
            errors.append('roster.csv is stale')
    kinds = {}
    for c in CASES:
        kinds[c['kind']] = kinds.get(c['kind'], 0) + 1
        p = os.path.join(HERE, fname(c, 'eml'))
        raw = open(p, 'rb').read() if os.path.exists(p) else b''
        if raw != c['eml']:
            err(c, '.eml on disk differs from the generator (not deterministic or stale)')
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                err(c, 'MIME defects %r in %s' % (part.defects, part.get_content_type()))
            for k, v in part.items():
                if getattr(v, 'defects', None):
                    err(c, 'header %s defects %r' % (k, v.defects))
                if '=?' in str(v):
                    err(c, 'header %s left undecoded: %r' % (k, str(v)))
            if part.get_content_maintype() == 'text':
                cs = part.get_content_charset() or 'us-ascii'
                try:
                    codecs.lookup(cs)
                    text = part.get_payload(decode=True).decode(cs, errors='strict')
                    content = part.get_content()
                    if not content.strip() and part['Content-Type'] is not None:  # delivery-status field groups have no body
                        err(c, 'empty text part')
                except Exception as e:  # noqa
                    err(c, 'text part does not decode: %s' % e)
            elif part.get_content_type().endswith('wordprocessingml.document'):
                import docx
                d = docx.Document(io.BytesIO(part.get_payload(decode=True)))
                if not d.tables:
                    err(c, 'docx without table')
            elif part.get_content_type() == 'application/pdf':
                import pypdf
                r = pypdf.PdfReader(io.BytesIO(part.get_payload(decode=True)))
                if len(r.pages) < 1:
                    err(c, 'empty pdf')
        for h in ('Return-Path', 'Delivered-To', 'Received', 'From', 'Date', 'Message-ID', 'Subject'):
            if msg[h] is None:
                err(c, 'missing header ' + h)
        sent = H.shanghai(msg['Date'])
        if sent.year != 2026 or not (4 <= sent.month <= 7):
            err(c, 'send date outside April-July 2026: %s' % sent)
        # gold file
        gp = os.path.join(HERE, fname(c, 'json'))
        g = json.load(open(gp, encoding='utf-8')) if os.path.exists(gp) else None
        if g != gold(c):
            err(c, 'gold .json on disk differs from the generator')
        g = gold(c)
        if list(g) != ['kind', 'items', 'next_followup', 'reply', 'notes']:
            err(c, 'gold keys %s' % list(g))
        if g['kind'] != 'minutes' and (g['items'] or g['next_followup']):
            err(c, 'non-minutes with items or follow-up')
        if g['reply'] is not None:
            err(c, 'reply must be null')
        if not g['notes']:
            err(c, 'notes missing')
        for n, (item, rule) in enumerate(c['items'], 1):
            if list(item) != ITEM_KEYS:
                err(c, 'item %d keys %s' % (n, list(item)))
            fl = set(item['flags'])
            if not fl <= FLAGS:
                err(c, 'item %d bad flags %s' % (n, fl))
            if (item['owner_name'] is None) != ('no_owner' in fl):
                err(c, 'item %d owner/no_owner mismatch' % n)
            if item['owner_email'] is not None:
                r = roster_emails.get(item['owner_email'])
                if r is None and item['owner_email'] not in raw.decode('latin-1'):
                    err(c, 'item %d owner email %s neither in roster nor in headers' % (n, item['owner_email']))
                if r is not None and (r[0] != item['owner_name'] or (r[2] or None) != item['department']):
                    err(c, 'item %d owner/department differ from the roster' % n)
            if item['due_date'] is None:
                if rule is not None or not ({'vague_due', 'no_due'} & fl) or item['due_time']:
                    err(c, 'item %d undated but rule/flags wrong' % n)
                if {'vague_due', 'no_due'} <= fl:
                    err(c, 'item %d both vague_due and no_due' % n)
            else:
                if {'vague_due', 'no_due'} & fl:
                    err(c, 'item %d dated but flagged undated' % n)
                if not item['due_date'].startswith('2026-'):
                    err(c, 'item %d date outside 2026' % n)
                got = H.resolve(rule, sent)
                if got != (item['due_date'], item['due_time']):
                    err(c, 'item %d due %s %s but rule %r from %s gives %s' % (n, item['due_date'], item['due_time'], rule, sent.isoformat(), got))
        if c['nf']:
            fu, rule = c['nf']
            got = H.resolve(rule, sent)
            if got != (fu['date'], fu['time']):
                err(c, 'next_followup %s but rule %r gives %s' % (fu, rule, got))
            if fu['time'] is not None and not re.fullmatch(r'\d\d:\d\d', fu['time']):
                err(c, 'bad follow-up time')
    readme = open(os.path.join(HERE, 'README.md'), encoding='utf-8').read()
    for c in CASES:
        if '%d-%s' % (c['num'], c['slug']) not in readme:
            errors.append('README lacks ' + c['slug'])
    for e in errors:
        print('ERROR', e)
    print('checked %d cases %s: %d errors' % (len(CASES), kinds, len(errors)))
    return not errors

if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    if sys.argv[1:]:                     # make_heldout55.py OUTDIR: write there, then check what was written
        HERE = os.path.abspath(sys.argv[1])
        os.makedirs(HERE, exist_ok=True)
        write_all()
        sys.exit(0 if check() else 1)
    write_all()
