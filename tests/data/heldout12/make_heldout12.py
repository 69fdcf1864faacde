#!/usr/bin/env python3
"""heldout12 generator: writes NNN-slug.eml/.json + roster.csv into this directory, or into OUTDIR.
   python make_heldout12.py [OUTDIR]   -> write everything (deterministic); non-zero exit if a gold date does not hold
   python make_heldout12.py --check    -> only recompute every gold date from its rule and the Date header
Needs chinesecalendar. (Written blind as gen.py; copied here as the regression suite's generator, OUTDIR added.)"""
import sys, os, json, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
import people
from people import *

CASES = []
TZ = lambda h: dt.timezone(dt.timedelta(hours=h))

def T(s, off=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=TZ(off))

def msgid(client, seed, dom):
    x = hx(seed, 24)
    return {
        'outlook': f"<{'000001' + x[:6]}$" + f"{x[6:14]}${x[14:22]}@{dom}>",
        'foxmail': f"<2{int(x[:8],16)%10**9:09d}{int(x[8:12],16)%10**4:04d}.{x[12:20]}@{dom}>",
        'exmail': f"<tencent_{x.upper()}{hx(seed+'b',8).upper()}@qq.com>",
        'coremail': f"<{int(x[:6],16)%10**6}.{int(x[6:12],16)%10**7}.{int(x[12:20],16)%10**13}.{x[20:24]}@{dom}>",
        'gmail': f"<CA{base64.b64encode(bytes.fromhex(x+hx(seed+'g',20))).decode().rstrip('=').replace('/','_')}@mail.gmail.com>",
        'apple': f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{hx(seed+'a',12).upper()}@{dom}>",
        'lark': f"<{x[:20]}.{int(x[20:24],16)}@larksuite-mail.example.net>",
        'alimail': f"<{x[:8]}-{x[8:12]}-{x[12:16]}.{int(x[16:22],16)}@{dom}>",
        'exchange': f"<{x[:8].upper()}{hx(seed+'e',24).upper()}@{dom.split('.')[0].upper()}PR02MB{int(x[:4],16)%9999}.apcprd02.prod.outlook.com>",
        'plain': f"<{x}@{dom}>",
    }[client]

CLIENT_HDRS = {
    'outlook': ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: zh-cn"],
    'outlook_en': ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-us"],
    'foxmail': ["X-Priority: 3", "X-GUID: {guid}", "X-Has-Attach: no", "X-Mailer: Foxmail 7.2.25.375[cn]"],
    'exmail': ["X-QQ-mid: bizesmtp{n}t{ts}t{h8}", "X-QQ-SSF: 00400000000000F0", "X-QQ-GoodBg: 2", "X-Mailer: QQMail 2.x"],
    'coremail': ["X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230605(b3c0a8a5)\n Copyright (c) 2002-2026 www.mailtech.cn gov", "X-Originating-IP: [10.37.{a}.{b}]", "X-CM-TRANSID: {h8}AQEmCwH{h8}", "X-Coremail-Locale: zh_CN"],
    'gmail': ["X-Gm-Features: AQ{h16}"],
    'apple': ["X-Mailer: Apple Mail (2.3826.500.181.1.5)"],
    'iphone': ["X-Mailer: iPhone Mail (22F76)"],
    'lark': ["X-Lms-Return-Path: <lba+2{h16}+{h8}@larksuite-mail.example.net>", "X-Mailer: LarkMail"],
    'alimail': ["X-Mailer: Alimail-Mailagent revision 2", "X-Alimail-AntiSpam: AC=CONTINUE;BC=0.07436282|-1;CH=green;DM=|CONTINUE|false|"],
    'exchange': ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "X-MS-Exchange-Organization-SCL: 1"],
    'plain': [],
}

def mail(name, kind, client, frm, to, cc, subject, t, body_mime, gold, dom, irt=None, refs=None,
         hcs='utf-8', hmode='B', extra=(), thread_topic=None, quote_names=False):
    seed = name
    mid = msgid('outlook' if client == 'outlook_en' else ('apple' if client == 'iphone' else client), seed, dom)
    fmt = dict(guid='{' + '-'.join([hx(seed+'g1',8).upper(), hx(seed+'g2',4).upper(), hx(seed+'g3',4).upper(), hx(seed+'g4',4).upper(), hx(seed+'g5',12).upper()]) + '}',
               n=int(hx(seed,4),16), ts=int(t.timestamp()), h8=hx(seed+'h',8), h16=hx(seed+'h16',16),
               a=int(hx(seed,2),16), b=int(hx(seed+'x',2),16))
    hs = []
    hs.append(f"Return-Path: <{frm[1]}>")
    hs.append(f"Delivered-To: {gold.get('_bot', '')}".rstrip())
    rt = t.astimezone(TZ(8)) + dt.timedelta(seconds=3)
    relay = {'exmail': 'smtpbgsg2.qq.com (smtpbgsg2.qq.com [54.254.200.128])', 'gmail': 'mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])',
             'exchange': 'APC01-PSA-obe.outbound.protection.outlook.com (mail-psaapc01on2071.outbound.protection.outlook.com [40.107.255.71])',
             'lark': 'va-2-31.ptr.larksuite-mail.example.net (va-2-31.ptr.larksuite-mail.example.net [101.45.255.31])'}.get(client, f"{frm[1].split('@')[1]} (unknown [10.20.{fmt['a']}.{fmt['b']}])")
    hs.append(f"Received: from {relay}\n\tby mx.{dom} (Postfix) with ESMTPS id {hx(seed+'r',11).upper()}\n\tfor <{gold.get('_bot','')}>; {rfcdate(rt)} (CST)")
    for x in extra:
        if x.startswith('!'):
            hs.append(x[1:])
    hs.append(f"Date: {rfcdate(t)}")
    hs.append(f"From: {addr(frm[0], frm[1], hcs, hmode, quote_names)}")
    if to:
        hs.append(f"To: {addrs(to, hcs, hmode, quote_names)}")
    if cc:
        hs.append(f"Cc: {addrs(cc, hcs, hmode, quote_names)}")
    hs.append(f"Subject: {subj(subject, hcs, hmode)}")
    if thread_topic:
        hs.append(f"Thread-Topic: {subj(thread_topic, hcs, hmode)}")
        hs.append(f"Thread-Index: AQH{hx(seed+'ti',20)}")
    hs.append(f"Message-ID: {mid}")
    if irt:
        hs.append(f"In-Reply-To: {irt}")
        hs.append("References: " + '\n '.join(refs or [irt]))
    for x in CLIENT_HDRS[client]:
        hs.append(x.format(**fmt))
    for x in extra:
        if not x.startswith('!'):
            hs.append(x)
    mv = "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))" if client == 'apple' else \
         "Mime-Version: 1.0 (1.0)" if client == 'iphone' else "MIME-Version: 1.0"
    hs.append(mv)
    raw = '\n'.join(hs) + '\n' + body_mime
    bot = gold.pop('_bot', None)
    CASES.append(dict(name=name, date=t, raw=raw, gold=gold, kind=kind))
    return mid

def G(kind, notes, items=(), followup=None, reply=None, bot=None):
    return {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply, "notes": notes, "_bot": bot[1] if bot else ''}

def alt(text, html, cs, cte='base64', boundary='b1', html_cs=None, text_cte=None):
    return multi('alternative', [leaf('text/plain', text, cs, text_cte or cte), leaf('text/html', html, html_cs or cs, cte)], boundary)

def B(seed):
    return '----=_NextPart_000_' + hx(seed, 4).upper() + '_01DC' + hx(seed + 'x', 4).upper() + '.' + hx(seed + 'y', 8).upper()

import cases_a, cases_b, cases_c, cases_d, cases_e  # noqa: E402  (each appends to CASES through mail())

def main():
    dirs = [a for a in sys.argv[1:] if not a.startswith('-')]
    here = os.path.abspath(dirs[0]) if dirs else os.path.dirname(os.path.abspath(__file__))
    errs = []
    for c in CASES:
        errs += check_case(c)
        for x in c['gold']['items']:
            if x['due_date'] is None and not ({'vague_due', 'no_due'} & set(x['flags'])):
                errs.append(f"{c['name']}: undated item without vague_due/no_due")
    if '--check' in sys.argv:
        kinds = {}
        for c in CASES:
            kinds[c['gold']['kind']] = kinds.get(c['gold']['kind'], 0) + 1
        print(f"{len(CASES)} cases {kinds}; items {sum(len(c['gold']['items']) for c in CASES)}")
        for e in errs:
            print('MISMATCH', e)
        sys.exit(1 if errs else 0)
    os.makedirs(here, exist_ok=True)
    with open(os.path.join(here, 'roster.csv'), 'w', encoding='utf-8') as f:
        f.write(roster_csv())
    for c in CASES:
        raw = c['raw']
        data = raw.encode('utf-8') if not isinstance(raw, bytes) else raw
        with open(os.path.join(here, c['name'] + '.eml'), 'wb') as f:
            f.write(data)
        with open(os.path.join(here, c['name'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(clean(c['gold']), f, ensure_ascii=False, indent=2)
            f.write('\n')
    for e in errs:
        print('MISMATCH', e)
    print(f"wrote {len(CASES)} cases")
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
