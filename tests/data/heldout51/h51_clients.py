"""Header/MIME layouts of the mail clients used in the set.  Each returns the top-level Part (no envelope)."""
import h51_lib as L
import h51_mime as M


def _addr_hdr(pairs, charset, enc, codec, label_case, sep, quote_ascii=False):
    return sep.join(L.addr(n, e, charset, enc, codec, label_case, quote_ascii) for n, e in pairs)


def _wrap_alt(plain_part, html_part, boundary, subtype="alternative"):
    return M.multipart(subtype, [plain_part, html_part], boundary)


def _assemble(top_headers, body_part, attachments, mixed_boundary, mixed_preamble=None, related=None):
    """top_headers go first; body_part's own Content-Type header is appended after them."""
    if attachments:
        top = M.multipart("mixed", [body_part] + attachments, mixed_boundary, preamble=mixed_preamble)
    else:
        top = body_part
    top.headers = list(top_headers) + top.headers
    return top


def _fits(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def _ol_addr(pairs, hc, sep):
    """Outlook: a display name the message charset cannot hold is written as a UTF-8 encoded-word."""
    out = []
    for n, e in pairs:
        cs = hc if n is None or _fits(n, hc) else "utf-8"
        out.append(L.addr(n, e, cs, "B"))
    return sep.join(out)


def outlook(frm, to, cc, subject, date, msgid, plain, html, *, charset="gb2312", codec=None, plain_cte="base64",
            html_cte="quoted-printable", thread_index, boundary, mixed_boundary=None, attachments=None,
            lang="zh-cn", in_reply_to=None, references=None, thread_topic=None, mailer="Microsoft Outlook 16.0",
            hdr_charset=None, extra=()):
    hc = hdr_charset or charset
    h = [("From", _ol_addr([frm], hc, "")),
         ("To", _ol_addr(to, hc, ",\n\t")),]
    if cc:
        h.append(("Cc", _ol_addr(cc, hc, ",\n\t")))
    if subject.isascii():
        h.append(("Subject", subject))
    else:
        h.append(("Subject", L.ew(subject, hc if _fits(subject, hc) else "utf-8", "B")))
    h.append(("Date", L.rfc_date(date)))
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h.append(("MIME-Version", "1.0"))
    p = M.text_part(plain, "plain", charset, plain_cte, codec)
    hp = M.text_part(html, "html", charset, html_cte, codec)
    alt = M.multipart("alternative", [p, hp], boundary, preamble=None if attachments else "This is a multipart message in MIME format.\n")
    tail = [("X-Mailer", mailer)]
    if thread_topic:
        tail.insert(0, ("Thread-Topic", L.ew(thread_topic, hc if _fits(thread_topic, hc) else "utf-8", "B") if not thread_topic.isascii() else thread_topic))
    tail.append(("Thread-Index", thread_index))
    tail.append(("Content-Language", lang))
    tail += list(extra)
    if attachments:
        top = M.multipart("mixed", [alt] + attachments, mixed_boundary, preamble="This is a multipart message in MIME format.\n")
        top.headers = h + top.headers + tail
    else:
        alt.headers = h + alt.headers + tail
        top = alt
    return top


def coremail_web(frm, to, cc, subject, date, msgid, plain, html, *, boundary, charset="UTF-8", plain_cte="base64",
                 html_cte="base64", build="XT5.0.13 build 20240729(6e4e9a5e)", site="jtgs", orig_ip="10.20.3.41",
                 in_reply_to=None, references=None, html_only=False, plain_only=False, extra=()):
    h = [("Date", L.rfc_date(date, pad=False, tzname="GMT+08:00")),
         ("From", L.addr(frm[0], frm[1], charset, "B")),
         ("To", _addr_hdr(to, charset, "B", None, None, ", "))]
    if cc:
        h.append(("Cc", _addr_hdr(cc, charset, "B", None, None, ", ")))
    h.append(("Subject", L.ew(subject, charset, "B")))
    h.append(("X-Priority", "3"))
    h.append(("X-Mailer", f"Coremail Webmail Server Version {build}\n Copyright (c) 2002-2026 www.mailtech.cn {site}"))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
        h.append(("References", references or in_reply_to))
    h += list(extra)
    if plain_only:
        p = M.text_part(plain, "plain", charset, plain_cte, charset_style="{}")
        p.headers = h + [("MIME-Version", "1.0")] + p.headers + [("Message-ID", msgid),
                    ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", "AQAAfwDXZ2lHr4ZpGHsFAA--.6231W"),
                    ("X-CM-SenderInfo", "x1hq1x5l6mxxdkqjqhbfrueq/1tbiAQASBmn2p0cAPQAAsU"), ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==")]
        return p
    p = M.text_part(plain, "plain", charset, plain_cte, charset_style="{}")
    hp = M.text_part(html, "html", charset, html_cte, charset_style="{}")
    if html_only:
        top = hp
    else:
        top = M.multipart("alternative", [p, hp], boundary, params="")
    top.headers = h + [("MIME-Version", "1.0")] + top.headers + [("Message-ID", msgid),
                ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", "AQAAfwDXZ2lHr4ZpGHsFAA--.6231W"),
                ("X-CM-SenderInfo", "x1hq1x5l6mxxdkqjqhbfrueq/1tbiAQASBmn2p0cAPQAAsU"),
                ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==")]
    return top


def foxmail(frm, to, cc, subject, date, msgid, plain, html, *, boundary, charset="GBK", codec="gbk",
            cte="base64", version="Foxmail 7.2.25.375[cn]", in_reply_to=None, references=None, attach=False, extra=()):
    h = [("Date", L.rfc_date(date)),
         ("From", L.addr(frm[0], frm[1], charset, "B", codec)),
         ("To", _addr_hdr(to, charset, "B", codec, None, ", \n\t"))]
    if cc:
        h.append(("Cc", _addr_hdr(cc, charset, "B", codec, None, ", \n\t")))
    h.append(("Subject", L.ew(subject, charset, "B", codec)))
    if in_reply_to:
        h.append(("References", references or in_reply_to))
        h.append(("X-Priority", "3"))
        h.append(("X-GUID", "6D4B1A0E-7C52-4F3E-A0A9-2B8D61C0E4F7"))
        h.append(("X-Has-Attach", "yes" if attach else "no"))
        h.append(("X-Mailer", version))
        h.append(("Mime-Version", "1.0"))
        h.append(("Message-ID", msgid))
        h.append(("In-Reply-To", in_reply_to))
    else:
        h += [("X-Priority", "3"), ("X-GUID", "0F2A4C61-93B7-4E08-8D5C-7A1E9B3F6D20"),
              ("X-Has-Attach", "yes" if attach else "no"), ("X-Mailer", version),
              ("Mime-Version", "1.0"), ("Message-ID", msgid)]
    h += list(extra)
    p = M.text_part(plain, "plain", charset, cte, codec)
    hp = M.text_part(html, "html", charset, "quoted-printable" if cte == "base64" else cte, codec)
    alt = M.multipart("alternative", [p, hp], boundary, preamble="This is a multi-part message in MIME format.\n")
    alt.headers = h + alt.headers
    return alt


def exmail(frm, to, cc, subject, date, msgid, plain, html, *, boundary, charset="utf-8", plain_cte="base64",
           html_cte="base64", qq_mid="xmsezb1t1775735112tq0k3j2pe", mixed_boundary=None, attachments=None,
           mailer="QQMail 2.x", extra=()):
    h = [("Return-Receipt-To", frm[1])] if False else []
    h += [("X-QQ-mid", qq_mid), ("X-QQ-Originating-IP", "117.28.193.61"),
          ("From", L.addr(frm[0], frm[1], charset, "B")),
          ("To", _addr_hdr(to, charset, "B", None, None, ", ")),]
    if cc:
        h.append(("Cc", _addr_hdr(cc, charset, "B", None, None, ", ")))
    h += [("Subject", L.ew(subject, charset, "B")),
          ("Mime-Version", "1.0")]
    p = M.text_part(plain, "plain", charset, plain_cte)
    hp = M.text_part(html, "html", charset, html_cte)
    alt = M.multipart("alternative", [p, hp], boundary)
    tail = [("Content-Transfer-Encoding", "8Bit"), ("Date", L.rfc_date(date)), ("X-Priority", "3"),
            ("Message-ID", msgid), ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", mailer),
            ("X-QQ-Mailer", mailer)] + list(extra)
    if attachments:
        top = M.multipart("mixed", [alt] + attachments, mixed_boundary)
        top.headers = h + top.headers + tail
    else:
        alt.headers = h + alt.headers + tail
        top = alt
    return top


def gmail(frm, to, cc, subject, date, msgid, plain, html, *, boundary, plain_cte="quoted-printable",
          html_cte="quoted-printable", in_reply_to=None, references=None, extra=()):
    h = [("MIME-Version", "1.0"), ("Date", L.rfc_date(date, pad=False)), ("Message-ID", msgid)]
    if in_reply_to:
        h.insert(1, ("References", references or in_reply_to))
        h.insert(2, ("In-Reply-To", in_reply_to))
    h += [("Subject", subject if subject.isascii() else L.ew(subject, "UTF-8", "B")),
          ("From", L.addr(frm[0], frm[1], "UTF-8", "B")),
          ("To", _addr_hdr(to, "UTF-8", "B", None, None, ", "))]
    if cc:
        h.append(("Cc", _addr_hdr(cc, "UTF-8", "B", None, None, ", ")))
    h += list(extra)
    p = M.text_part(plain, "plain", "UTF-8", plain_cte)
    hp = M.text_part(html, "html", "UTF-8", html_cte)
    alt = M.multipart("alternative", [p, hp], boundary)
    alt.headers = h + alt.headers
    return alt


def envelope_received_tail(top, env_headers):
    top.headers = list(env_headers) + top.headers
    return top
