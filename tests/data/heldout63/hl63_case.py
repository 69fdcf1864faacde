"""Case model (gold with date rules) and mail-client header builders for heldout63."""
import datetime as dt

from hl63_lib import (BY_NAME, ORGS, addr, addrs, delivery, email_of, hb64, htext, hx, leaf, message,
                      multi, resolve, rfc_date, sh)


class Case:
    def __init__(self, num, slug, kind, org, sent, tests):
        self.num, self.slug, self.kind, self.org, self.sent, self.tests = num, slug, kind, org, sent, tests
        self.items, self.followup, self.notes, self.eml = [], None, "", None

    @property
    def name(self):
        return "%d-%s" % (self.num, self.slug)

    def item(self, owner, task, due=None, time=None, flags=None, dept=None):
        """owner: roster name | (name, email) for an outsider | None (department-only/nobody).
        due: (rule tuple, expected ISO date) | ("vague",) | None (no deadline at all)."""
        self.items.append(dict(owner=owner, task=task, due=due, time=time, flags=flags, dept=dept))

    def fu(self, rule, expected, time=None):
        self.followup = (rule, expected, time)

    def _date(self, rule, expected, sent):
        got, tm = resolve(rule, sent)
        got = got.isoformat() if got else None
        if expected is not None and got != expected:
            raise AssertionError("%s: rule %r gives %s, expected %s" % (self.name, rule, got, expected))
        return got, tm

    def gold(self, sent=None):
        sent = sent or self.sent
        items = []
        for it in self.items:
            o = it["owner"]
            if o is None:
                name = email = None
                dept = it["dept"]
            elif isinstance(o, tuple):
                name, email = o
                dept = None
            else:
                name, email, dept = o, email_of(o), BY_NAME[o][3]
            due = it["due"]
            flags = []
            if o is None:
                flags.append("no_owner")
            if due is None:
                date, tm = None, None
                flags.append("no_due")
            elif due[0] == "vague":
                date, tm = None, None
                flags.append("vague_due")
            else:
                date, tm = self._date(due[0], due[1], sent)
            if it["time"]:
                tm = it["time"]
            if it["flags"] is not None:
                flags = list(it["flags"])
            items.append({"owner_name": name, "owner_email": email, "department": dept, "task": it["task"],
                          "due_date": date, "due_time": tm, "flags": flags})
        fu = None
        if self.followup:
            rule, exp, tm = self.followup
            d, _ = self._date(rule, exp, sent)
            fu = {"date": d, "time": tm}
        if self.kind != "minutes":
            assert not items and fu is None, self.name
        return {"kind": self.kind, "items": items, "next_followup": fu, "reply": None, "notes": self.notes}


# ---------------------------------------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------------------------------------
def alt(text, html, cs, cte, boundary, text_cte=None):
    return multi("alternative", [leaf("text/plain", text, cs, text_cte or cte),
                                 leaf("text/html", html, cs, cte)], boundary)


def mixed(first, attachments, boundary, preamble=None):
    return multi("mixed", [first] + list(attachments), boundary, preamble=preamble)


def html_doc(inner, cs, head_extra="", body_attr=""):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">%s</head>\n'
            '<body%s>\n%s\n</body></html>\n' % (cs, head_extra, body_attr, inner))


def _thread(irt, refs):
    out = []
    if irt:
        out.append(("In-Reply-To", irt))
    if refs:
        out.append(("References", "\n ".join(refs)))
    return out


def _rcpt(to, cc, cs, mode, quote=False):
    out = [("To", addrs(to, cs, mode, quote))]
    if cc:
        out.append(("Cc", addrs(cc, cs, mode, quote)))
    return out


# ---------------------------------------------------------------------------------------------------------
# Clients: each returns the message bytes
# ---------------------------------------------------------------------------------------------------------
def outlook(c, frm, to, cc, subject, body, cs="gb2312", irt=None, refs=None, host="DESKTOP-PC", ip="10.0.0.8",
            lang="zh-cn", attach=False):
    t = c.sent
    seed = c.name
    hdr = delivery(c.org, frm[1], t, host, ip, seed) + [
        ("From", addr(frm, cs, "B", quote=True))] + _rcpt(to, cc, cs, "B", True) + [
        ("Subject", htext(subject, cs, "B")),
        ("Date", rfc_date(t)),
        ("Message-ID", "<%s$%s$%s@%s>" % ("00" + hx(seed, 10), hx(seed + "b", 10), hx(seed + "c", 10),
                                          ORGS[c.org][1]))] + _thread(irt, refs) + [
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", hb64(seed, 22)),
        ("Content-Language", lang)]
    if attach:
        hdr.append(("X-MS-Has-Attach", "yes"))
    return message(hdr, body)


def _topic(subject):
    for p in ("RE: ", "Re: ", "FW: ", "Fw: ", "答复: ", "转发: ", "回复: "):
        if subject.startswith(p):
            return subject[len(p):]
    return subject


def m365(c, frm, to, cc, subject, body, irt=None, refs=None, lang="en-US", tz_utc=True):
    t = c.sent.astimezone(dt.timezone.utc) if tz_utc else c.sent
    seed = c.name
    mid = "<%sPR%s@%sPR%s.apcprd06.prod.outlook.com>" % (
        "SEZ", hx(seed, 24).upper(), "SEZ", hx(seed + "h", 6).upper())
    hdr = delivery(c.org, frm[1], c.sent, "SEZPR06MB%s.apcprd06.prod.outlook.com" % hx(seed, 4).upper(),
                   "40.107.255.%d" % (int(hx(seed, 2), 16) % 200 + 20), seed) + [
        ("From", addr(frm, "utf-8", "B"))] + _rcpt(to, cc, "utf-8", "B") + [
        ("Subject", htext(subject, "utf-8", "B")),
        ("Thread-Topic", htext(_topic(subject), "utf-8", "B")),
        ("Thread-Index", hb64(seed, 22)),
        ("Date", rfc_date(t)),
        ("Message-ID", mid)] + _thread(irt, refs) + [
        ("Accept-Language", "en-US, zh-CN"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if "multipart/mixed" in body[:60] else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0")]
    return message(hdr, body)


def foxmail(c, frm, to, cc, subject, body, cs="GBK", irt=None, refs=None, host="PC-20240311", ip="192.168.1.23",
            attach=False):
    t = c.sent
    seed = c.name
    hdr = delivery(c.org, frm[1], t, host, ip, seed) + [
        ("Date", rfc_date(t)),
        ("From", addr(frm, cs, "B", quote=True))] + _rcpt(to, cc, cs, "B", True) + [
        ("Subject", htext(subject, cs, "B"))] + _thread(irt, refs) + [
        ("X-Priority", "3"),
        ("X-GUID", "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:12].upper(), hx(seed + "g", 4).upper(),
                                       hx(seed + "h", 4).upper(), hx(seed + "i", 12).upper())),
        ("X-Has-Attach", "yes" if attach else "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<%s%s@%s>" % (sh(t).strftime("%Y%m%d%H%M%S"), str(int(hx(seed, 6), 16))[:7],
                                      ORGS[c.org][1]))]
    return message(hdr, body)


def exmail(c, frm, to, cc, subject, body, cs="gb18030", irt=None, refs=None, mailer="QQMail 2.x", wecom=False):
    t = c.sent
    seed = c.name
    hdr = delivery(c.org, frm[1], t, "smtpbg%d.qq.example.com" % (int(hx(seed, 2), 16) % 90 + 10),
                   "43.155.%d.%d" % (int(hx(seed, 2), 16) % 200, int(hx(seed, 4)[2:], 16) % 200), seed) + [
        ("X-QQ-mid", "bizesmtp%st%sd%s" % (str(int(hx(seed, 6), 16))[:2], str(int(hx(seed, 10), 16))[:10],
                                          hx(seed + "q", 4))),
        ("X-QQ-Originating-IP", hb64(seed + "ip", 12)),
        ("X-QQ-SSF", "0000000000000000000000000000000"),
        ("X-QQ-GoodBg", "2"),
        ("Date", rfc_date(t)),
        ("From", addr(frm, cs, "B", quote=True))] + _rcpt(to, cc, cs, "B", True) + [
        ("Subject", htext(subject, cs, "B")),
        ("Mime-Version", "1.0")] + _thread(irt, refs) + [
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_%s@%s>" % (hx(seed, 32).upper(), "qq.example.com")),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "WeCom Mail" if wecom else mailer),
        ("X-QQ-Mailer", "QQMail 2.x")]
    if wecom:
        hdr.append(("X-WeCom-Client", "WXWork 4.1.22"))
    return message(hdr, body)


def coremail(c, frm, to, cc, subject, body, cs="UTF-8", irt=None, refs=None, ip="10.20.1.15",
             mailer="Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"):
    t = c.sent
    seed = c.name
    dom = ORGS[c.org][1]
    hdr = delivery(c.org, frm[1], t, "mail.%s" % dom, ip, seed) + [
        ("Date", rfc_date(t)),
        ("From", addr(frm, cs, "B", quote=True))] + _rcpt(to, cc, cs, "B", True) + [
        ("Subject", htext(subject, cs, "B"))] + _thread(irt, refs) + [
        ("X-Priority", "3"),
        ("X-Mailer", mailer),
        ("X-Originating-IP", "[%s]" % ip),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-CTRLDATA", hb64(seed, 18)),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<%s.%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "a", 4), hx(seed + "b", 8),
                                              "coremail." + frm[1].split("@")[0], dom)),
        ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
        ("X-CM-TRANSID", hb64(seed + "t", 24)),
        ("X-CM-SenderInfo", hb64(seed + "s", 12))]
    return message(hdr, body)


def gmail(c, frm, to, cc, subject, body, irt=None, refs=None, workspace=True):
    t = c.sent
    seed = c.name
    hdr = delivery(c.org, frm[1], t, "mail-sor-f%d.google.com" % (int(hx(seed, 2), 16) % 60 + 10),
                   "209.85.220.%d" % (int(hx(seed, 2), 16) % 90 + 10), seed) + [
        ("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n d=1e100.net; s=20230601; t=%d;"
         " x=%d;\n h=to:subject:message-id:date:from:mime-version;\n bh=%s" % (
             int(t.timestamp()), int(t.timestamp()) + 604800, hb64(seed + "bh", 32))),
        ("X-Gm-Message-State", hb64(seed + "gm", 45)),
        ("MIME-Version", "1.0"),
        ("From", addr(frm, "UTF-8", "B"))] + ([("Date", rfc_date(t))]) + [
        ("Message-ID", "<CA%s%s@mail.gmail.com>" % (hb64(seed, 30).replace("/", "_").replace("+", "-"),
                                                     hx(seed, 4)))] + _thread(irt, refs) + [
        ("Subject", htext(subject, "UTF-8", "B"))] + _rcpt(to, cc, "UTF-8", "B")
    return message(hdr, body)


def apple(c, frm, to, cc, subject, body, irt=None, refs=None):
    t = c.sent
    seed = c.name
    hdr = delivery(c.org, frm[1], t, "smtpclient.apple", "10.12.0.%d" % (int(hx(seed, 2), 16) % 200), seed) + [
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"),
        ("Subject", htext(subject, "utf-8", "Q")),
        ("From", addr(frm, "utf-8", "Q"))]
    if irt:
        hdr.append(("In-Reply-To", irt))
    hdr += [("Date", rfc_date(t))] + _rcpt(to, cc, "utf-8", "Q") + [
        ("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(),
                                                hx(seed + "1", 4).upper(), hx(seed + "2", 4).upper(),
                                                hx(seed + "3", 12).upper(), ORGS[c.org][1])),
        ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]
    if refs:
        hdr.append(("References", "\n ".join(refs)))
    return message(hdr, body)


def thunderbird(c, frm, to, cc, subject, body, irt=None, refs=None, eight_bit=True):
    t = c.sent
    seed = c.name
    hdr = delivery(c.org, frm[1], t, "[192.168.10.40]", "113.214.%d.%d" % (int(hx(seed, 2), 16) % 200, 17), seed) + [
        ("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed, 12)[8:], hx(seed + "1", 4),
                                                hx(seed + "2", 4), hx(seed + "3", 12), ORGS[c.org][1])),
        ("Date", rfc_date(t)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US")] + _rcpt(to, cc, "UTF-8", "B") + [
        ("From", addr(frm, "UTF-8", "B")),
        ("Subject", htext(subject, "UTF-8", "B"))] + _thread(irt, refs)
    return message(hdr, body, "utf-8" if eight_bit else None)


def alimail(c, frm, to, cc, subject, body, irt=None, refs=None, product="DingTalk"):
    """DingTalk mail (钉钉邮箱, Alibaba Mail backend)."""
    t = c.sent
    seed = c.name
    dom = ORGS[c.org][1]
    hdr = delivery(c.org, frm[1], t, "out30-%d.freemail.mail.aliyun.example.com" % (int(hx(seed, 2), 16) % 120),
                   "115.124.30.%d" % (int(hx(seed, 2), 16) % 120), seed) + [
        ("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R%d;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;"
         "HT=maildocker-contentspam033045220%d;MF=%s;NM=1;PH=DS;RN=%d;SR=0;TI=SMTPD_---0W%s_%d" % (
             int(hx(seed, 2), 16), int(hx(seed, 2), 16) % 10, frm[1], len(to) + len(cc),
             hx(seed + "sm", 7), int(t.timestamp()) % 100000)),
        ("Date", rfc_date(t)),
        ("From", addr(frm, "UTF-8", "B", quote=True))] + _rcpt(to, cc, "UTF-8", "B", True) + [
        ("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "x", 8), int(t.timestamp()), dom)),
        ("Subject", htext(subject, "UTF-8", "B"))] + _thread(irt, refs) + [
        ("X-Mailer", "%s Mail 7.5" % product if product == "DingTalk" else product),
        ("MIME-Version", "1.0"),
        ("x-aliyun-mail-creator", "W4_%s" % hb64(seed + "cr", 42))]
    return message(hdr, body)


def lark(c, frm, to, cc, subject, body, irt=None, refs=None):
    t = c.sent
    seed = c.name
    dom = ORGS[c.org][1]
    hdr = delivery(c.org, frm[1], t, "va-1-%d.ptr.blmpb.example.com" % (int(hx(seed, 2), 16) % 40),
                   "209.127.230.%d" % (int(hx(seed, 2), 16) % 100), seed) + [
        ("X-Lms-Return-Path", "<lba+2%s+%s@%s>" % (hx(seed, 11), frm[1].replace("@", "+"),
                                                   "bounce.larksuite.example.com")),
        ("Mime-Version", "1.0"),
        ("Subject", htext(subject, "UTF-8", "B")),
        ("From", addr(frm, "UTF-8", "B"))] + _rcpt(to, cc, "UTF-8", "B") + [
        ("Date", rfc_date(t)),
        ("Message-Id", "<%s+%s+%s@%s>" % (hx(seed, 10), hx(seed + "m", 10), frm[1].split("@")[0], dom))] + \
        _thread(irt, refs) + [
        ("X-Mailer", "Lark Mail"),
        ("X-Lark-Mail-Client", "desktop/7.24.5")]
    return message(hdr, body)


# ---------------------------------------------------------------------------------------------------------
# Rendering a body text with table markers [[T0]], [[T1]] ... into text and HTML flavours
# ---------------------------------------------------------------------------------------------------------
from hl63_lib import esc, html_table, tab_table  # noqa: E402

FLAVOR_CSS = {
    "outlook": ('<style><!-- p.MsoNormal {margin:0cm;font-size:10.5pt;font-family:等线;} --></style>',
                '<p class=MsoNormal>%s<o:p></o:p></p>', ' lang=ZH-CN style="tab-interval:21.0pt"'),
    "foxmail": ('<style>body { line-height: 1.5; } body { font-size: 14px; font-family: "Microsoft YaHei UI"; }</style>',
                '<div>%s</div>', ''),
    "qq": ('', '<div style="font-family:微软雅黑;font-size:14px">%s</div>', ''),
    "coremail": ('', '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>', ''),
    "plain": ('', '<p>%s</p>', ''),
    "gmail": ('', '<div dir="ltr">%s</div>', ''),
}


def render_text(text, tables=()):
    for i, rows in enumerate(tables):
        text = text.replace("[[T%d]]" % i, tab_table(rows))
    return text


def render_html(text, cs, tables=(), flavor="outlook", cell_style=""):
    head, para, battr = FLAVOR_CSS[flavor]
    out = []
    for line in text.split("\n"):
        if line.startswith("[[T") and line.endswith("]]"):
            out.append(html_table(tables[int(line[3:-2])], cell=cell_style))
        elif not line.strip():
            out.append(para % ("&nbsp;" if flavor == "outlook" else "<br>"))
        else:
            out.append(para % esc(line).replace("  ", "&nbsp; "))
    return html_doc("\n".join(out), cs, head, battr)


def msgid(case):
    """The Message-ID of another case's generated mail (for threading)."""
    import email
    from email import policy
    m = email.message_from_bytes(case.eml, policy=policy.compat32)
    return m["Message-ID"].strip()
