#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the blind set "replies37": 50 replies (cases 6751-6800) to minutebot's recaps.

    python3 make_replies37.py            # (re)write every .eml/.json, roster.csv and README.md here
    python3 make_replies37.py --check    # re-parse every .eml and recompute every gold date

Deterministic: no clock, no randomness.  Needs the chinesecalendar package (venv /work/blind/venv).
"""
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rlib  # noqa: E402
from rlib import MEETINGS, P, SH, TZ, addr, ew, rfc_date  # noqa: E402

CASES = []


def case(**kw):
    CASES.append(kw)
    return kw


def H(n, k=8):
    return hashlib.sha256(str(n).encode()).hexdigest()[:k]


def HU(n, k=8):
    return H(n, k).upper()


def uuid_like(seed):
    h = hashlib.sha256(("uuid" + str(seed)).encode()).hexdigest().upper()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


# ------------------------------------------------------------------ clients
# subject prefix each client puts in front of the recap's 'Re: <minutes subject>'
SUBJ_PREFIX = {
    "outlook_cn": "答复: ", "outlook_tw": "回覆: ", "outlook_hk": "回覆: ", "outlook_th": "ตอบกลับ: ",
    "outlook_en": "RE: ", "owa_cn": "回复: ", "owa_en": "", "outlook_mobile": "", "outlook_mac_cn": "回复: ",
    "foxmail": "回复: ", "mailmaster": "回复：", "qq": "回复：", "wecom": "回复：", "alimail": "回复：",
    "huawei": "回复：", "feishu": "回复：", "thunderbird": "", "k9": "", "ios_cn": "", "ios_hk": "",
    "ios_tw": "", "ios_en": "", "mac_cn": "", "gmail_cn": "", "gmail_en": "", "gmail_tw": "", "gmail_th": "",
    "samsung": "",
}

RECEIVED_FROM = {
    # client family -> (helo, rdns, ip)
    "m365_cn": ("SH0PR01CU002.outbound.protection.partner.outlook.cn",
                "mail-sh0chn02on2107.outbound.protection.partner.outlook.cn", "40.107.0.107"),
    "m365_hk": ("HK2PR02CU002.outbound.protection.outlook.com",
                "mail-eastasiaazon11020076.outbound.protection.outlook.com", "52.101.128.76"),
    "gmail": ("mail-pj1-f47.google.com", "mail-pj1-f47.google.com", "209.85.216.47"),
    "exmail": ("smtpbgsg2.qq.com", "smtpbgsg2.qq.com", "54.254.200.128"),
    "feishu": ("va-1-112.ptr.blmpb.com", "va-1-112.ptr.blmpb.com", "209.127.231.112"),
    "siam_outlook": ("mail.siamorchard.example.co.th", "mail.siamorchard.example.co.th", "203.150.24.17"),
    "yujia": ("mail.yujia-bio.example.com.tw", "mail.yujia-bio.example.com.tw", "61.219.35.88"),
}


def family(c):
    dom = P(c["frm"])["domain"]
    if dom == rlib.WF:
        return "m365_cn"
    if dom == rlib.XM:
        return "exmail"
    if dom == rlib.PD:
        return "m365_hk" if c["client"] != "ios_hk" else "m365_hk"
    if dom == rlib.SIAM:
        return "siam_outlook" if c["client"] in ("outlook_th",) else "gmail"
    if dom == rlib.YJ:
        return "gmail" if c["client"].startswith("gmail") else "yujia"
    if dom == rlib.RY:
        return "feishu"
    raise ValueError(dom)


def msgid(c):
    n, cl, dom = c["no"], c["client"], P(c["frm"])["domain"]
    fam = family(c)
    if cl.startswith(("outlook_", "owa_")) and fam == "m365_cn":
        mb = "SH0PR01MB%04d" % (int(H(n, 4), 16) % 9000 + 100)
        return "<%s%s@%s.CHNPR01.prod.partner.outlook.cn>" % (mb, HU(n, 28), mb)
    if cl.startswith(("outlook_", "owa_")) and fam == "m365_hk":
        mb = "TY0PR06MB%04d" % (int(H(n, 4), 16) % 9000 + 100)
        return "<%s%s@%s.apcprd06.prod.outlook.com>" % (mb, HU(n, 28), mb)
    if cl.startswith("outlook_"):     # Outlook desktop over IMAP/SMTP
        return "<00%s01dc%s$%s$%s$@%s>" % (H(n, 2), H(n + 1, 8), H(n + 2, 8), H(n + 3, 8), dom)
    if cl in ("foxmail",):
        return "<%s%s@%s>" % (c["sent"].strftime("%Y%m%d%H%M%S"), str(int(H(n, 6), 16))[:7].rjust(7, "1"), dom)
    if cl == "mailmaster":
        return "<%s.%s.%s@%s>" % (H(n, 8), H(n + 7, 5), H(n + 9, 11), dom)
    if cl in ("qq", "wecom"):
        return "<tencent_%s@qq.com>" % HU(n, 40)
    if cl == "alimail":
        return "<%s.%s@%s>" % (uuid_like(n).lower(), str(int(H(n, 5), 16)), dom)
    if cl == "huawei":
        return "<%s@%s>" % (H(n, 24), dom)
    if cl == "feishu":
        return "<%s@%s>" % (H(n, 32), dom)
    if cl in ("thunderbird",):
        return "<%s@%s>" % (uuid_like(n).lower(), dom)
    if cl in ("k9", "samsung"):
        return "<%s@email.android.com>" % uuid_like(n)
    if cl.startswith(("ios", "mac")):
        return "<%s@%s>" % (uuid_like(n), dom)
    if cl.startswith("gmail"):
        return "<CA%s=%s@mail.gmail.com>" % (H(n, 30).replace("a", "X").replace("e", "_"), H(n + 5, 8))
    raise ValueError(cl)


def boundary(c, kind="alt"):
    n, cl = c["no"], c["client"]
    if cl.startswith(("outlook_", "owa_")):
        mid = msgid(c).strip("<>").split("@")[0]
        return ("_000_" if kind == "alt" else "_004_") + mid + "_"
    if cl == "foxmail":
        return "----=_%s_NextPart%s_=----" % ("001" if kind == "mixed" else ("002" if c["struct"] == "mixed" else "001"),
                                             str(int(H(n, 10), 16))[:12])
    if cl in ("qq", "wecom"):
        return "----=_NextPart_%s_%s_%s" % (HU(n, 8), HU(n + 1, 8), HU(n + 2, 8))
    if cl.startswith(("ios", "mac")):
        return "Apple-Mail-" + uuid_like(str(n) + kind)
    if cl.startswith("gmail"):
        return "000000000000" + H(str(n) + kind, 14)
    if cl in ("thunderbird", "k9"):
        return "------------" + HU(str(n) + kind, 24)
    if cl == "mailmaster":
        return "----=_Part_%d_%d.%d" % (int(H(n, 6), 16), int(H(n + 1, 7), 16), 1775000000000 + n)
    if cl == "alimail":
        return "----=ALIBOUNDARY_%d_%s_%d" % (int(H(n, 5), 16), H(n + 3, 8), 4000 + n)
    return "----=_Part_%s_%s" % (H(str(n) + kind, 10), H(str(n) + kind + "x", 6))


def received_lines(c):
    m = MEETINGS[c["m"]]
    helo, rdns, ip = RECEIVED_FROM[c.get("received", family(c))]
    sent_cst = c["sent"].astimezone(SH) + dt.timedelta(seconds=3)
    qid = "4f%s" % HU(c["no"], 9)
    rcpt = c.get("rcpt", m.reply_addr)
    return ["Received: from %s\n (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)"
            % (helo, rdns, ip, m.domain, qid, rcpt, rfc_date(sent_cst))]


def subject_of(c):
    m = MEETINGS[c["m"]]
    if "subject" in c:
        return c["subject"]
    if c["client"] == "outlook_en":      # Outlook replaces the recap's 'Re:' with its own 'RE:'
        return "RE: " + m.subject
    return SUBJ_PREFIX[c["client"]] + m.recap_subject


def enc_subject(c, s):
    cs = c.get("hdr_charset", "utf-8")
    if rlib.is_ascii(s):
        return s
    return ew(s, cs, c.get("hdr_enc", "B"), errors=c.get("hdr_errors", "strict"))


def top_headers(c):
    """The header block a client writes, plus the receiving server's trace headers."""
    m = MEETINGS[c["m"]]
    frm = dict(P(c["frm"]))
    frm["name"] = c.get("from_name", frm["name"])   # the display name the sender's own account uses
    cs = c.get("hdr_charset", "utf-8")
    cl = c["client"]
    qt = False   # QQ-style quoted encoded words ("=?gb18030?B?..?=" <a@b>) are RFC 2047 defects: not used
    he = c.get("hdr_errors", "strict")
    to = addr(rlib.BOT, m.reply_addr, cs, quoted=qt, errors=he)
    ccs = rlib.addr_list([addr(P(k), charset=cs, quoted=qt, errors=he) for k in c.get("cc", [])])
    fr = addr(frm, charset=cs, quoted=qt, errors=he)
    subj = enc_subject(c, subject_of(c))
    date = rfc_date(c["sent"])
    mid = c.get("msgid") or msgid(c)
    c["msgid"] = mid
    refs = "%s\n %s" % (m.minutes_msgid, m.recap_msgid)
    irt = m.recap_msgid
    trace = ["Return-Path: <%s>" % frm["email"], "Delivered-To: %s" % m.bot_addr] + received_lines(c)
    cc_h = ["Cc: " + ccs] if ccs else []
    if cl.startswith(("outlook_", "owa_")) and cl != "outlook_mac_cn":
        th = "Thread-Topic: " + enc_subject(c, m.recap_subject)
        tix = "Thread-Index: Ad%s==" % (H(c["no"], 24).replace("f", "Q").replace("e", "s"))
        lang = {"outlook_tw": "zh-TW", "outlook_hk": "zh-HK", "outlook_th": "th-TH", "outlook_en": "en-US",
                "owa_en": "en-US"}.get(cl, "zh-CN")
        h = trace + ["From: " + fr, "To: " + to] + (["CC: " + ccs] if ccs else []) + [
            "Subject: " + subj, th, tix, "Date: " + date, "Message-ID: " + mid, "References: " + refs,
            "In-Reply-To: " + irt]
        if family(c) in ("m365_cn", "m365_hk"):
            h += ["Accept-Language: %s, en-US" % lang, "Content-Language: " + lang,
                  "X-MS-Has-Attach: %s" % ("yes" if c.get("attach") else ""), "X-MS-TNEF-Correlator: "]
        else:
            h += ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: " + lang.lower()]
        if cl == "outlook_mobile":
            h = [x for x in h if not x.startswith(("Thread-Index", "Accept-Language"))]
        return h + ["MIME-Version: 1.0", "@CT"]
    if cl == "outlook_mac_cn":
        return trace + ["User-Agent: Microsoft-MacOutlook/16.84.24041420", "Date: " + date, "Subject: " + subj,
                        "From: " + fr, "To: " + to] + cc_h + [
            "Message-ID: " + mid,
            "Thread-Topic: " + enc_subject(c, m.recap_subject), "References: " + refs, "In-Reply-To: " + irt,
            "Mime-version: 1.0", "@CT"]
    if cl == "foxmail":
        return trace + ["Date: " + date, "From: " + fr, "To: " + to] + cc_h + [
            "Subject: " + subj, "References: " + refs, "In-Reply-To: " + irt, "X-Priority: 3",
            "X-GUID: " + uuid_like(str(c["no"]) + "g"), "X-Has-Attach: %s" % ("yes" if c.get("attach") else "no"),
            "X-Mailer: Foxmail 7.2.25.375[cn]", "Mime-Version: 1.0", "Message-ID: " + mid, "@CT"]
    if cl == "mailmaster":
        return trace + ["Date: " + date, "From: " + fr, "To: " + to] + cc_h + [
            "Message-ID: " + mid, "In-Reply-To: " + irt, "References: " + refs, "Subject: " + subj,
            "MIME-Version: 1.0", "@CT"]
    if cl in ("qq", "wecom"):
        qq = ["X-QQ-FEAT: %s" % H(c["no"], 32), "X-QQ-SSF: 00000000000000F0",
              "X-QQ-XMAILINFO: %s" % H(c["no"] + 3, 32), "X-HAS-ATTACH: no", "X-QQ-BUSINESS-ORIGIN: 2",
              "X-Originating-IP: 58.19.%d.%d" % (c["no"] % 200, c["no"] % 97), "X-QQ-STYLE: ",
              "X-QQ-mid: xmsezb%d-%dt%dt%s" % (c["no"] % 7, c["no"] % 3,
                                              int(c["sent"].timestamp()), H(c["no"], 8))]
        return trace + qq + ["From: " + fr, "To: " + to] + cc_h + ["Subject: " + subj, "Mime-Version: 1.0",
                                                                  "Date: " + date, "X-Priority: 3",
                                                                  "Message-ID: " + mid,
                                                                  "X-QQ-MIME: TCMime 1.0 by Tencent",
                                                                  "X-Mailer: QQMail 2.x" if cl == "qq" else "X-Mailer: WeCom Mail",
                                                                  "X-QQ-Mailer: QQMail 2.x" if cl == "qq" else "X-QQ-Mailer: WeCom",
                                                                  "In-Reply-To: " + irt,
                                                                  "References: " + refs, "@CT"]
    if cl == "alimail":
        return trace + ["Date: " + date, "From: " + fr, "To: " + to] + cc_h + [
            "Message-ID: " + mid, "Subject: " + subj, "X-Priority: 3", "X-Mailer: %s" % c.get(
                "xmailer", "[Alimail-Mailagent revision 4][DingTalk]"),
            "MIME-Version: 1.0", "References: " + refs, "In-Reply-To: " + irt, "@CT"]
    if cl == "huawei":
        return trace + ["Date: " + date, "From: " + fr, "To: " + to] + cc_h + [
            "Subject: " + subj, "Message-ID: " + mid, "In-Reply-To: " + irt, "References: " + refs,
            "X-Mailer: HuaweiEmail 15.1.0.330", "MIME-Version: 1.0", "@CT"]
    if cl == "feishu":
        return trace + ["Date: " + date, "From: " + fr, "To: " + to] + cc_h + [
            "Subject: " + subj, "Message-Id: " + mid, "In-Reply-To: " + irt, "References: " + refs,
            "Mime-Version: 1.0", "X-Mailer: Feishu Mail", "@CT"]
    if cl in ("thunderbird", "k9"):
        ua = ("User-Agent: Mozilla Thunderbird" if cl == "thunderbird"
              else "User-Agent: K-9 Mail for Android")
        return trace + ["Message-ID: " + mid, "Date: " + date, "MIME-Version: 1.0", ua,
                        "Subject: " + subj, "To: " + to] + cc_h + ["References: " + refs,
                                                               "Content-Language: zh-CN", "From: " + fr,
                                                               "In-Reply-To: " + irt, "@CT"]
    if cl.startswith("ios") or cl == "mac_cn":
        mailer = "iPhone Mail (23E246)" if cl.startswith("ios") else "Apple Mail (2.3826.500.181.1.5)"
        mv = "1.0 (1.0)" if cl.startswith("ios") else "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"
        return trace + ["@CT", "From: " + fr, "Mime-Version: " + mv, "Date: " + date, "Subject: " + subj,
                        "Message-Id: " + mid, "References: " + refs] + cc_h + [
            "In-Reply-To: " + irt, "To: " + to, "X-Mailer: " + mailer]
    if cl.startswith("gmail"):
        return trace + ["MIME-Version: 1.0", "References: " + refs, "In-Reply-To: " + irt, "From: " + fr,
                        "Date: " + date, "X-Gm-Features: AQt7F2%s" % H(c["no"], 40),
                        "Message-ID: " + mid, "Subject: " + subj, "To: " + to] + cc_h + ["@CT"]
    if cl == "samsung":
        return trace + ["Message-ID: " + mid, "Date: " + date, "MIME-Version: 1.0", "Subject: " + subj,
                        "From: " + fr, "To: " + to] + cc_h + ["In-Reply-To: " + irt, "References: " + refs,
                                                          "X-Mailer: Samsung Email", "@CT"]
    raise ValueError(cl)


# ------------------------------------------------------------------ building a case
def build_reply(c):
    m = MEETINGS[c["m"]]
    tz = c["sent"].tzinfo
    qtz = c.get("quote_tz", tz)
    text, htm = rlib.compose(c["style"], m, qtz, c["body"], c.get("sig", []), layout=c.get("layout", "top"),
                             inline=c.get("inline"), html_sig=c.get("html_sig"))
    cs, cte = c["charset"], c["cte"]
    errors = c.get("errors", "strict")
    crlf = c.get("crlf", False)
    leaves = []
    struct = c["struct"]
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
                '<body>\n%s\n</body></html>\n' % (cs, htm))
    if struct in ("alt", "mixed"):
        tl = rlib.text_leaf("plain", cs, cte, text, crlf=crlf, errors=errors)
        hl = rlib.text_leaf("html", cs, c.get("html_cte", cte), html_doc, crlf=crlf, errors=errors)
        body = rlib.multipart("alternative", boundary(c, "alt"), [tl, hl])
        if struct == "mixed":
            a = c["attach"]
            data = rlib.make_pdf(a["title"], a["lines"])
            al = rlib.bin_leaf("application/pdf", a["filename"], data, style=a.get("style", "rfc2231"),
                               charset=a.get("charset", "utf-8"))
            body = rlib.multipart("mixed", boundary(c, "mixed"), [body, al])
    elif struct == "text":
        body = rlib.text_leaf("plain", cs, cte, text, crlf=crlf, errors=errors, flowed=c.get("flowed", False))
    elif struct == "html":
        body = rlib.text_leaf("html", cs, cte, html_doc, crlf=crlf, errors=errors)
    else:
        raise ValueError(struct)
    if c["client"] in ("qq",) and struct == "alt":
        body.body = b"This is a multi-part message in MIME format.\n" + body.body
    return rlib.serialize(top_headers(c), body)


def sent_date_sh(c):
    return c["sent"].astimezone(SH).date()


def gold_of(c):
    if c["kind"] == "auto":
        return {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": c["notes"]}
    g = c["gold"]
    m = MEETINGS[c["m"]]
    nd = None
    if g.get("rule"):
        due = None
        if g["rule"][0] == "plus_due":
            due = m.item(g["rule"][2])[3]
        nd = rlib.resolve_rule(g["rule"], sent_date_sh(c), due).isoformat()
        assert nd == g["date"], (c["no"], nd, g["date"])
    else:
        assert g.get("date") is None, c["no"]
    return {"kind": "reply", "items": [], "next_followup": None,
            "reply": {"intent": g["intent"], "items": sorted(set(g.get("items", []))),
                      "percent": g.get("percent"), "new_due_date": nd},
            "notes": c["notes"]}


def fname(c):
    return "%d-%s" % (c["no"], c["slug"])


# ------------------------------------------------------------------ auto mail
def build_ooo(c):
    m = MEETINGS[c["m"]]
    frm = P(c["frm"])
    text = ("Thank you for your email.\n\n"
            "I am out of the office from 13 to 17 May 2026, visiting our partner orchards in Chanthaburi, with "
            "limited access to email. I will reply after I return on Monday, 18 May.\n\n"
            "For urgent shipping matters please contact Nattaya Wongsuwan (%s).\n\n"
            "ขอบคุณครับ\nKittipong Saelim | Logistics\nSiam Orchard Trading Co., Ltd.\n" % P("nattaya")["email"])
    htm = "<div dir=\"ltr\">" + "".join("<div>%s</div>" % (rlib.html.escape(l) if l else "<br>")
                                       for l in text.rstrip("\n").split("\n")) + "</div>\n"
    tl = rlib.text_leaf("plain", "UTF-8", "quoted-printable", text, quote_label=False)
    hl = rlib.text_leaf("html", "UTF-8", "quoted-printable", htm, quote_label=False)
    body = rlib.multipart("alternative", boundary(c, "alt"), [tl, hl])
    c["msgid"] = msgid(c)
    c["rcpt"] = m.bot_addr
    hdrs = ["Return-Path: <%s>" % frm["email"], "Delivered-To: %s" % m.bot_addr] + received_lines(c) + [
        "MIME-Version: 1.0", "From: %s" % addr(frm), "Date: " + rfc_date(c["sent"]),
        "Auto-Submitted: auto-replied", "Message-ID: " + c["msgid"],
        "Subject: Out of Office: back on 18 May", "To: " + addr(rlib.BOT, m.bot_addr),
        "In-Reply-To: " + m.recap_msgid, "References: " + m.recap_msgid, "@CT"]
    return rlib.serialize(hdrs, body)


def build_dsn_delay(c):
    m = MEETINGS[c["m"]]
    rcpt = P(c["frm"])["email"]
    host = "mail." + m.domain
    qid = "4fR%s" % HU("recapq" + m.mid, 8)
    arrival = m.recap_at
    until = arrival + dt.timedelta(days=5)
    text = ("This is the mail system at host %s.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\n"
            "It will be retried until it is 5 day(s) old.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<%s>: host mx1.feishu.cn[101.126.22.37] said: 451 4.3.0\n"
            "    Temporary system failure, please try again later (in reply to end of\n"
            "    DATA command)\n" % (host, rcpt))
    status = ("Reporting-MTA: dns; %s\n"
              "X-Postfix-Queue-ID: %s\n"
              "X-Postfix-Sender: rfc822; %s\n"
              "Arrival-Date: %s (CST)\n\n"
              "Final-Recipient: rfc822; %s\n"
              "Original-Recipient: rfc822;%s\n"
              "Action: delayed\n"
              "Status: 4.3.0\n"
              "Remote-MTA: dns; mx1.feishu.cn\n"
              "Diagnostic-Code: smtp; 451 4.3.0 Temporary system failure, please try again\n"
              "    later\n"
              "Will-Retry-Until: %s (CST)\n" % (host, qid, m.bot_addr, rfc_date(arrival), rcpt, rcpt,
                                               rfc_date(until)))
    to_line = rlib.addr_list([addr(p) for p in m.recipients("to")])
    cc_line = rlib.addr_list([addr(p) for p in m.recipients("cc")])
    orig = ("Return-Path: <%s>\n"
            "Received: from minutebot (unknown [10.20.1.15])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s (CST)\n"
            "From: %s\nTo: %s\nCc: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nIn-Reply-To: %s\nReferences: %s\n"
            "Reply-To: %s\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\n"
            "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"===============%s==\"\n"
            % (m.bot_addr, host, qid, rfc_date(arrival), addr(rlib.BOT, m.bot_addr), to_line, cc_line,
               ew(m.recap_subject), rfc_date(arrival), m.recap_msgid, m.minutes_msgid, m.minutes_msgid,
               addr(rlib.BOT, m.reply_addr), str(int(H(m.mid, 10), 16))[:19]))
    b = "%s.%d/%s" % (qid, 1782907392, host)
    p1 = rlib.Node(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                   text.encode())
    p2 = rlib.Node(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                   status.encode())
    p3 = rlib.Node(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers",
                    "Content-Transfer-Encoding: 8bit"], orig.encode())
    body = rlib.multipart("report", b, [p1, p2, p3], preamble="This is a MIME-encapsulated message.\n",
                          extra_params=" report-type=delivery-status;")
    c["msgid"] = "<20260701120312.%s@%s>" % (qid, host)
    c["rcpt"] = m.bot_addr
    sent_cst = c["sent"].astimezone(SH)
    hdrs = ["Return-Path: <>", "Delivered-To: %s" % m.bot_addr,
            "Received: by %s (Postfix)\n\tid 4fD%s; %s (CST)" % (host, HU("dsn", 9), rfc_date(sent_cst)),
            "Date: %s (CST)" % rfc_date(sent_cst), "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
            "Subject: Delayed Mail (still being retried)", "To: %s" % m.bot_addr, "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0", "@CT", "Content-Transfer-Encoding: 8bit", "Message-Id: " + c["msgid"]]
    return rlib.serialize(hdrs, body)


BUILDERS = {"ooo": build_ooo, "dsn_delay": build_dsn_delay}


def build(c):
    if c["kind"] == "auto":
        return BUILDERS[c["builder"]](c)
    return build_reply(c)


# ------------------------------------------------------------------ all cases
def all_cases():
    import cases_a
    import cases_b
    import cases_c
    cs = cases_a.CASES + cases_b.CASES + cases_c.CASES
    nums = [c["no"] for c in cs]
    assert nums == list(range(6751, 6801)), nums
    return cs


def gold_summary(c):
    if c["kind"] == "auto":
        return "auto"
    g = gold_of(c)["reply"]
    s = "%s %s" % (g["intent"], g["items"])
    if g["percent"] is not None:
        s += " %d%%" % g["percent"]
    if g["new_due_date"]:
        s += " -> %s" % g["new_due_date"]
    cm = c["gold"].get("content_match")
    if cm:
        s += " (content-match %s)" % cm
    return s


CLIENT_NAMES = {
    "outlook_cn": "Outlook (Windows, zh-CN)", "outlook_tw": "Outlook (Windows, zh-TW)",
    "outlook_hk": "Outlook (Windows, zh-HK, Microsoft 365)", "outlook_th": "Outlook (Windows, Thai UI)",
    "outlook_en": "Outlook (Microsoft 365, English)", "owa_cn": "Outlook on the web (zh-CN)",
    "owa_en": "Outlook on the web (English)", "outlook_mobile": "Outlook for iOS/Android",
    "outlook_mac_cn": "Outlook for Mac (zh-CN)", "foxmail": "Foxmail 7.2", "mailmaster": "网易邮箱大师",
    "qq": "腾讯企业邮 web (Exmail)", "wecom": "企业微信 mail", "alimail": "钉钉邮箱 (Alimail)",
    "huawei": "华为邮件 (Huawei Email)", "feishu": "飞书邮箱 (Feishu/Lark)", "thunderbird": "Thunderbird",
    "k9": "K-9 Mail (Android)", "ios_cn": "iPhone Mail (zh-CN)", "ios_hk": "iPhone Mail (zh-HK)",
    "ios_tw": "iPhone Mail (zh-TW)", "ios_en": "iPhone Mail (English)", "mac_cn": "Apple Mail (macOS, zh-CN)",
    "gmail_cn": "Gmail (zh-CN)", "gmail_en": "Gmail web (English)", "gmail_tw": "Gmail (zh-TW)",
    "gmail_th": "Gmail (Thai UI)", "samsung": "Samsung Email", "postfix": "Postfix DSN",
}


def write_all(out=HERE):
    cs = all_cases()
    for c in cs:
        data = build(c)
        with open(os.path.join(out, fname(c) + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(out, fname(c) + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for r in rlib.roster_rows():
            w.writerow(r)
    import readme37
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme37.render(cs, gold_summary, CLIENT_NAMES, fname))
    print("wrote %d cases to %s" % (len(cs), out))


# ------------------------------------------------------------------ check
def check(out=HERE):
    cs = all_cases()
    errors = []
    counts = {}
    for c in cs:
        fn = fname(c)
        raw = open(os.path.join(out, fn + ".eml"), "rb").read()
        gold = json.load(open(os.path.join(out, fn + ".json"), encoding="utf-8"))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        # 1. structure: no defects anywhere, every header readable, every text part decodes strictly
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (fn, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %r" % (fn, k, v.defects))
            if part.get_content_maintype() == "text":
                cs_ = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True)
                try:
                    payload.decode(rlib.codec(cs_))
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: text part %s does not decode as %s: %s" % (fn, part.get_content_type(), cs_, e))
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: get_content failed: %s" % (fn, e))
        if b"\r" in raw:
            errors.append("%s: raw file has CR characters" % fn)
        if any(len(l) > 998 for l in raw.split(b"\n")):
            errors.append("%s: line longer than 998 octets" % fn)
        # 2. dates: recompute from the message's own Date header in Asia/Shanghai
        sent = email.utils.parsedate_to_datetime(str(msg["Date"]).replace(" (CST)", ""))
        sent_sh = sent.astimezone(SH)
        if sent_sh.year != 2026:
            errors.append("%s: not sent in 2026" % fn)
        m = MEETINGS[c["m"]]
        for n, _, _, due in m.items:
            if due.year != 2026:
                errors.append("%s: item due outside 2026" % fn)
        counts[gold["kind"] if gold["kind"] == "auto" else gold["reply"]["intent"]] = counts.get(
            gold["kind"] if gold["kind"] == "auto" else gold["reply"]["intent"], 0) + 1
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"}:
            errors.append("%s: gold keys %s" % (fn, sorted(gold)))
        if gold["items"] != [] or gold["next_followup"] is not None:
            errors.append("%s: replies carry no items/next_followup" % fn)
        if gold["kind"] == "auto":
            if gold["reply"] is not None:
                errors.append("%s: auto with reply" % fn)
            auto_ok = (msg.get("Auto-Submitted", "no") != "no") or str(msg.get("Return-Path", "")).strip() == "<>"
            if not auto_ok:
                errors.append("%s: auto mail without Auto-Submitted or null Return-Path" % fn)
            continue
        r = gold["reply"]
        if set(r) != {"intent", "items", "percent", "new_due_date"}:
            errors.append("%s: reply keys %s" % (fn, sorted(r)))
        if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
            errors.append("%s: bad intent" % fn)
        if r["items"] != sorted(set(r["items"])):
            errors.append("%s: items not sorted/unique" % fn)
        if any(not (1 <= n <= len(m.items)) for n in r["items"]):
            errors.append("%s: item number outside the recap" % fn)
        if (r["percent"] is not None) != (r["intent"] == "progress"):
            errors.append("%s: percent only for progress" % fn)
        if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
            errors.append("%s: new_due_date only for extend" % fn)
        rule = c["gold"].get("rule")
        if rule:
            due = m.item(rule[2])[3] if rule[0] == "plus_due" else None
            want = rlib.resolve_rule(rule, sent_sh.date(), due).isoformat()
            if want != r["new_due_date"]:
                errors.append("%s: new_due_date %s but recomputed %s" % (fn, r["new_due_date"], want))
            if rule[0] == "workdays":   # explain the count with chinesecalendar
                d, k = sent_sh.date(), 0
                while k < rule[1]:
                    d += dt.timedelta(days=1)
                    k += rlib.is_workday(d)
                if d.isoformat() != want:
                    errors.append("%s: workday recount differs" % fn)
        cm = c["gold"].get("content_match")
        if cm:
            if "content-match %s" % cm not in r.get("notes", gold["notes"]):
                errors.append("%s: notes lack 'content-match %s'" % (fn, cm))
            own = m.owner_items(c["frm"])
            if not set(cm) <= set(own):
                errors.append("%s: content-match %s not among the sender's items %s" % (fn, cm, own))
        # 3. threading: In-Reply-To = the recap, To = the meeting's signed address
        if str(msg["In-Reply-To"]).strip() != m.recap_msgid:
            errors.append("%s: In-Reply-To is not the recap" % fn)
        if m.recap_msgid not in str(msg["References"]):
            errors.append("%s: References lacks the recap" % fn)
        if m.reply_addr not in str(msg["To"]):
            errors.append("%s: To is not the signed reply address" % fn)
        if not msg["Cc"]:
            errors.append("%s: no Cc" % fn)
    # readme lists every case
    readme = open(os.path.join(out, "README.md"), encoding="utf-8").read()
    for c in cs:
        if fname(c) not in readme:
            errors.append("README lacks %s" % fname(c))
    want = {"done": 15, "extend": 12, "progress": 8, "confirm": 5, "object": 4, "unknown": 4, "auto": 2}
    if counts != want:
        errors.append("counts %s != %s" % (counts, want))
    if errors:
        print("\n".join(errors))
        print("CHECK FAILED: %d problem(s)" % len(errors))
        return 1
    print("check OK: %d messages parse without defects, every text part decodes, %d gold dates recomputed; %s"
          % (len(cs), sum(1 for c in cs if c.get("gold", {}).get("rule")), counts))
    return 0


if __name__ == "__main__":
    if [a for a in sys.argv[1:] if not a.startswith("--")]:   # (added when the set joined the tests: write to OUTDIR, then check)
        HERE = [a for a in sys.argv[1:] if not a.startswith("--")][0]
        os.makedirs(HERE, exist_ok=True)
        write_all(HERE)
        sys.exit(check(HERE))
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write_all()
