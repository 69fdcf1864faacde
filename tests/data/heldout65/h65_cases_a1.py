"""heldout65 cases 9318-9321: Andean Knit (Liaoyang), English writers (M365, Gmail from Peru, Apple Mail, Thunderbird)."""
from h65_lib import (I, F, T, case, rfc_date, addr, addrs, ew, leaf, multi, message, deliver, hx, esc,
                     thread_index, flowed)
from h65_roster import who, bot

DOM = "andeanknit-ly.example.cn"
BOT = bot("A")


def html_pre(txt, font="Calibri,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">' +
            "".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>" for x in txt.rstrip("\n").split("\n")) +
            "</div></body></html>\n")


@case(9318, "a-m365-english-ai-lines-utc-sunday", "minutes",
      "Microsoft 365 Outlook English minutes with 'AI:' / 'AI (Mei):' lines; Date header +0000 Sunday 23:45 = Monday "
      "07:45 in Shanghai, so by Wed / EOD resolve on Monday; 'Next check-in' given in two time zones")
def c9318():
    t = T("2026-04-19 23:45:10", 0)
    txt = """Hi all,

Minutes from the ops review below. Please shout if I missed anything.

Attendees: Diego, Helen, Lewis, Rosa, Jenny, Mei, Kevin

Decisions
- AW26 hoodie line moves to the 12-gauge machines from May.
- Baby alpaca blend stays at 70/30; no change to the price list.

Action items
AI: Lewis to re-run the shrinkage test on the 70/30 baby alpaca blend – by Wed
AI: Jenny – update the AW26 hoodie tech packs with the new rib spec, due Apr 24
AI (Mei): send the March pilling results to Lucía at HQ – EOD
AI: Kevin to get a second quote for dye-house capacity in June – ASAP

Next check-in: Monday 27 April, 09:00 Liaoyang / 20:00 Arequipa (Sun 26th).

Thanks,
Diego
"""
    body = multi("alternative", [leaf("text/plain", txt, "utf-8", "quoted-printable"),
                                 leaf("text/html", html_pre(txt), "utf-8", "quoted-printable")],
                 f"_000_TYZPR06MB6{hx(9318, 11).upper()}TYZPR06MB6_")
    mid = f"<TYZPR06MB6{hx(9318, 9).upper()}{hx(93181, 10).upper()}@TYZPR06MB6{hx(9318, 4).upper()}.apcprd06.prod.outlook.example.com>"
    to = ["于海燕", "孙立伟", "Rosa Quispe", "曲婧", "白冬梅", "崔凯"]
    hdr = [("Return-Path", f"<{who('Diego Huamán')[1]}>"), ("Delivered-To", BOT[1]),
           ("Received", "from SEYPR02CU001.outbound.protection.outlook.example.com (mail-koreacentralazon11013058."
                        "outbound.protection.outlook.example.com [40.107.44.58])\n\tby mx.andeanknit-ly.example.cn (Postfix) "
                        f"with ESMTPS id {hx(9318, 11).upper()}\n\tfor <{BOT[1]}>; Mon, 20 Apr 2026 07:45:14 +0800 (CST)"),
           ("From", addr(("Diego Huamán", who("Diego Huamán")[1]), "utf-8", quote=False)),
           ("To", addrs([(who(k)[0] if k in ("Rosa Quispe",) else
                          {"于海燕": "Helen Yu", "孙立伟": "Lewis Sun", "曲婧": "Jenny Qu", "白冬梅": "Mei Bai",
                           "崔凯": "Kevin Cui"}[k], who(k)[1]) for k in to], quote=False)),
           ("CC", addr(BOT, quote=False)), ("Subject", "Ops review - minutes (wk 16)"),
           ("Thread-Topic", "Ops review - minutes (wk 16)"), ("Thread-Index", thread_index(9318)),
           ("Date", rfc_date(t)), ("Message-ID", mid), ("Accept-Language", "en-US, es-PE"),
           ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           ("X-MS-Exchange-Organization-SCL", "-1"), ("MIME-Version", "1.0")]
    items = [I("孙立伟", "re-run the shrinkage test on the 70/30 baby alpaca blend", "2026-04-22", ("wd", 2)),
             I("曲婧", "update the AW26 hoodie tech packs with the new rib spec", "2026-04-24", ("abs", "2026-04-24")),
             I("白冬梅", "send the March pilling results to Lucía at HQ", "2026-04-20", ("today",)),
             I("崔凯", "get a second quote for dye-house capacity in June", None, ("vague",))]
    return {"eml": message(hdr, body), "items": items,
            "followup": F("2026-04-27", "09:00", ("tz", "2026-04-26 20:00", -5)),
            "notes": "English 'AI:' action lines from the Peruvian GM via Microsoft 365. Date is Sun 2026-04-19 23:45 +0000 "
                     "= Mon 2026-04-20 07:45 in Shanghai; all phrases resolve on the Shanghai date. Lewis = 孙立伟, "
                     "'by Wed' -> 2026-04-22; Jenny = 曲婧, 'due Apr 24'; 'AI (Mei)' = 白冬梅, EOD -> 2026-04-20 (no "
                     "time); Kevin = 崔凯, ASAP -> vague_due. Decisions are not items. 'Next check-in: Monday 27 April, "
                     "09:00 Liaoyang / 20:00 Arequipa (Sun 26th)' -> 2026-04-27 09:00 Shanghai (Arequipa is UTC-5)."}


@case(9319, "a-gmail-peru-owner-due-blocks-mayday", "minutes",
      "Gmail (Peru HQ, Date -0500) English 'Owner:/Due:' blocks; Thu 22:15 in Lima = Fri 05-01 11:15 (a holiday) in "
      "Shanghai: 2 business days (China calendar) -> 05-07; 'Monday'; TBD; next call in Lima and Liaoyang times")
def c9319():
    t = T("2026-04-30 22:15:40", -5)
    txt = """Hi team,

Thanks for joining the yarn traceability call today. Summary and owners below (dates are Liaoyang dates unless stated).

1) Yarn lot traceability file for the Tūī order
Owner: Ning Guan
Due: May 8

2) Corrected certificate of origin draft
Owner: Bob
Due: 2 business days (China calendar – you are on holiday now, I know!)

3) Confirm the RWS certificate renewal with our spinning mill
Owner: Lucía (me)
Due: Monday

4) Updated fibre-price grid for H2
Owner: Javier
Due: TBD

Next call: Thursday May 7, 8:00 am Lima / 9:00 pm Liaoyang.

Un abrazo,
Lucía

--
Lucía Mamani
Sourcing & Compliance | Textiles Qolla S.A.C. | Arequipa, Perú
"""
    html = ('<div dir="ltr">' + "".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>"
                                       for x in txt.rstrip("\n").split("\n")) + "</div>\n")
    body = multi("alternative", [leaf("text/plain", txt, "UTF-8", "quoted-printable", cs_quote=False),
                                 leaf("text/html", html, "UTF-8", "quoted-printable", cs_quote=False)],
                 f"000000000000{hx(9319, 16)}")
    hdr = [("Return-Path", f"<{who('Lucía Mamani')[1]}>"), ("Delivered-To", BOT[1]),
           ("Received", "from mail-sor-f41.google.example.com (mail-sor-f41.google.example.com [209.85.220.41])\n"
                        f"\tby mx.andeanknit-ly.example.cn (Postfix) with ESMTPS id {hx(9319, 11).upper()}\n"
                        f"\tfor <{BOT[1]}>; Fri, 01 May 2026 11:15:45 +0800 (CST)"),
           ("MIME-Version", "1.0"), ("From", addr("Lucía Mamani", "UTF-8", quote=False)),
           ("Date", rfc_date(t)),
           ("Message-ID", f"<CAJ{hx(9319, 12)}+Qx{hx(93191, 20)}@mail.gmail.example.com>"),
           ("Subject", "Yarn traceability call - owners & dates"),
           ("To", ", ".join([addr(("Diego Huamán", who("Diego Huamán")[1]), "UTF-8", quote=False),
                             addr(("Ning Guan", who("关宁")[1]), quote=False),
                             addr(("Bob Lyu", who("吕博")[1]), quote=False)])),
           ("Cc", addr("Javier Torres", quote=False) + ", " + addr(BOT, quote=False))]
    items = [I("关宁", "yarn lot traceability file for the Tūī order", "2026-05-08", ("abs", "2026-05-08")),
             I("吕博", "corrected certificate of origin draft", "2026-05-07", ("work", 2)),
             I("Lucía Mamani", "confirm the RWS certificate renewal with our spinning mill", "2026-05-04", ("wd", 0)),
             I("Javier Torres", "updated fibre-price grid for H2", None, ("vague",))]
    return {"eml": message(hdr, body), "items": items,
            "followup": F("2026-05-07", "21:00", ("tz", "2026-05-07 08:00", -5)),
            "notes": "Minutes from the Peruvian parent company (Gmail, Date -0500). Thu 2026-04-30 22:15 in Lima = Fri "
                     "2026-05-01 11:15 in Shanghai, the first day of the May Day break (05-01..05-05; 05-09 make-up). "
                     "Ning Guan = 关宁, May 8; Bob = 吕博, '2 business days (China calendar)' from 05-01 -> 05-06, 05-07 "
                     "-> 2026-05-07; 'Lucía (me)' = the sender (external, From), 'Monday' -> 2026-05-04 (the same Monday "
                     "from Lima's Thursday); 'Javier' = Javier Torres (Cc), TBD -> vague_due. 'Next call: Thursday May 7, "
                     "8:00 am Lima / 9:00 pm Liaoyang' -> 2026-05-07 21:00 Shanghai."}


@case(9320, "a-apple-mail-checkbox-mentions", "minutes",
      "Apple Mail text/plain UTF-8 QP with '[x]' done and '[ ]' open to-dos with @mentions; an external owner "
      "written 'Hannah to …' (Cc display name); Fri / by 5/20 / tomorrow / by end of month")
def c9320():
    t = T("2026-05-12 18:02:33")
    txt = """Colour review this afternoon (Rosa, Jenny, Mei, Kevin; Hannah from Tūī on Zoom).

Done since last week
[x] @Mei lab-dip approvals for the oatmeal and charcoal shades
[x] @Jenny SS27 swatch cards sent to Auckland

To do
[ ] @Jenny courier the knitted swatches to Hannah — Fri
[ ] @Kevin confirm the dye-house slot for the moss green lot — by 5/20
[ ] @Rosa approve the final colour cards — tomorrow
[ ] Hannah to send the SS27 PO forecast by end of month

Rosa
"""
    body = leaf("text/plain", txt, "utf-8", "quoted-printable", cs_quote=False)
    hdr = deliver(BOT[1], who("Rosa Quispe")[1], t, 9320, "smtpclient.apple", "10.23.4.88") + [
        ("From", addr("Rosa Quispe", quote=False)), ("Content-Type-Placeholder", ""),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
        ("Subject", "Colour review - notes + to-dos"), ("Message-Id", f"<{hx(9320, 8).upper()}-{hx(93201, 4).upper()}-"
                                                       f"4D1B-9C6E-{hx(93202, 12).upper()}@andeanknit-ly.example.cn>"),
        ("Date", rfc_date(t)),
        ("Cc", addr(("Hannah Reid", who("Hannah Reid")[1]), quote=False) + ",\n " + addr(BOT, quote=False)),
        ("To", ", ".join(addr((n, who(k)[1]), quote=False) for n, k in
                         [("Jenny Qu", "曲婧"), ("Mei Bai", "白冬梅"), ("Kevin Cui", "崔凯")])),
        ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    hdr = [h for h in hdr if h[0] != "Content-Type-Placeholder"]
    items = [I("曲婧", "courier the knitted swatches to Hannah", "2026-05-15", ("wd", 4)),
             I("崔凯", "confirm the dye-house slot for the moss green lot", "2026-05-20", ("abs", "2026-05-20")),
             I("Rosa Quispe", "approve the final colour cards", "2026-05-13", ("tomorrow",)),
             I("Hannah Reid", "send the SS27 PO forecast", "2026-05-31", ("monthend",))]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "Apple Mail plain text. Sent Tue 2026-05-12 18:02. '[x]' lines under 'Done since last week' are done "
                     "(status), '[ ]' lines are open items. @Jenny = 曲婧, Fri -> 2026-05-15; @Kevin = 崔凯, 'by 5/20' -> "
                     "2026-05-20; @Rosa = Rosa Quispe (the sender), tomorrow -> 2026-05-13; 'Hannah to send…' = Hannah Reid "
                     "(Cc display name, customer, not in the roster), 'by end of month' -> 2026-05-31."}


@case(9321, "a-thunderbird-flowed-x-to-convention", "minutes",
      "Thunderbird text/plain format=flowed (soft-wrapped long item lines): 'Helen to … by June 5', 'Bob to … by Fri', "
      "'within 24 hours' -> due_time from the Date header, 'Supply Chain to …' department-only; a closed topic")
def c9321():
    t = T("2026-06-01 14:40:55")
    txt = flowed("""Hi all,

Notes from this morning's production meeting (Helen, Lewis, Kevin, Bob, Mei).

- Helen to book the annual boiler inspection with the Liaoyang special equipment institute by June 5, and to share the slot with Kevin so that the steam supply to the dyeing section can be planned around it.
- Bob to pay the customs bond invoice by Fri.
- Lewis to send the root-cause note on the needle breakages on line 3 within 24 hours.
- Supply Chain to renew the forklift operator licences before the end of June.
- Mei raised the pilling complaint from Tūī again; the retest passed, nothing further needed.

Helen
""")
    body = leaf("text/plain", txt, "UTF-8", "quoted-printable", params="; format=flowed", cs_quote=False)
    hdr = deliver(BOT[1], who("于海燕")[1], t, 9321, "[10.23.4.31]", "10.23.4.31") + [
        ("Message-ID", f"<{hx(9321, 8)}-{hx(93211, 4)}-4a77-8e0b-{hx(93212, 12)}@andeanknit-ly.example.cn>"),
        ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB"),
        ("To", ", ".join(addr((n, who(k)[1]), quote=False) for n, k in
                         [("Lewis Sun", "孙立伟"), ("Kevin Cui", "崔凯"), ("Bob Lyu", "吕博"), ("Mei Bai", "白冬梅")])),
        ("Cc", addr(BOT, quote=False)), ("From", addr(("Helen Yu", who("于海燕")[1]), quote=False)),
        ("Subject", "Production meeting 1 June - notes")]
    items = [I("于海燕", "book the annual boiler inspection with the Liaoyang special equipment institute",
               "2026-06-05", ("abs", "2026-06-05")),
             I("吕博", "pay the customs bond invoice", "2026-06-05", ("wd", 4)),
             I("孙立伟", "send the root-cause note on the needle breakages on line 3", "2026-06-02", ("hours", 24),
               "14:40"),
             I(("dept", "Supply Chain"), "renew the forklift operator licences", "2026-06-30", ("monthend",))]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "Thunderbird format=flowed: item 1 is soft-wrapped over three lines (trailing-space soft breaks) and "
                     "must be read as one line. Sent Mon 2026-06-01 14:40:55. Helen = 于海燕 (the sender), 'by June 5'; "
                     "Bob = 吕博, 'by Fri' -> 2026-06-05; Lewis = 孙立伟, 'within 24 hours' -> 2026-06-02 14:40; 'Supply "
                     "Chain to …' names only a department -> no_owner, department Supply Chain, 'before the end of June' "
                     "-> 2026-06-30. The pilling line reports a closed topic (not an item)."}
