"""Header and body shapes of the mail clients used in heldout74 (envelopes, ids, Outlook Word-HTML)."""
from h74_lib import esc, hexid, HEXID, b64id, rfcdate, rfcdate0

BOT_QX = ("纪要助手", "jiyao@nyqx.example.gov.cn")
BOT_KV = ("Minutes Bot", "minutes@kvist-cz.example.cn")
BOT_QY = ("纪要机器人", "minutebot@qinyun-guitar.example.cn")
BOT_AC = ("会议纪要助手", "jiyao@anchi-fire.example.cn")

MX = {"nyqx": "mx.nyqx.example.gov.cn", "kvist": "mail.kvist-cz.example.cn",
      "qinyun": "mx.qinyun-guitar.example.cn", "anchi": "mail.anchi-fire.example.cn"}


def envelope(bot, ret, org, hops, sent, qid, tz_suffix=" (CST)"):
    """Return-Path, Delivered-To and Received lines as the receiving server (Postfix) stores them.

    hops: [(helo_host, ip)] of the sending side, nearest to us last."""
    by = MX[org]
    out = [("Return-Path", "<%s>" % ret), ("Delivered-To", bot[1])]
    recv = []
    for i, (host, ip) in enumerate(reversed(hops)):
        rdns = "unknown" if host.startswith("[") or "." not in host else host
        if i == 0:
            recv.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                         % (host, rdns, ip, by, qid, bot[1], rfcdate0(sent, tz_suffix))))
        else:
            recv.append(("Received", "from %s ([%s])\n\tby %s with ESMTP; %s"
                         % (host, ip, hops[len(hops) - i][0], rfcdate0(sent, ""))))
    return out + recv


def outlook_thread(seed):
    return b64id("ti" + seed, 22) + "=="


def outlook_msgid_onprem(seed, domain):
    h = hexid(seed, 24)
    return "<%s$%s$%s@%s>" % ("0000" + h[:8], h[8:16], h[16:24], domain)


def m365_msgid(seed, region="apcprd06", pod="TYZPR06MB"):
    host = "%s%s" % (pod, HEXID(seed, 4))
    return "<%s%s@%s.%s.prod.outlook.com>" % (host, HEXID("m" + seed, 12), host, region)


def gmail_msgid(seed):
    return "<CA%s@mail.gmail.com>" % b64id("g" + seed, 46).replace("+", "-")


def tb_msgid(seed, domain):
    """Thunderbird: a lowercase UUID."""
    h = hexid(seed, 32)
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:32], domain)


def apple_msgid(seed, domain):
    h = HEXID(seed, 32)
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)


def coremail_msgid(seed, user_at):
    h = hexid(seed, 24)
    return "<%s.%s.%s.Coremail.%s>" % (h[:6], h[6:10], h[10:21], user_at)


def foxmail_msgid(sent, seed, domain):
    digits = "".join(c for c in sent[:19] if c.isdigit())
    return "<%s%s@%s>" % (digits, str(int(hexid(seed, 6), 16))[:6], domain)


def exmail_msgid(seed, domain):
    return "<tencent_%s@%s>" % (HEXID(seed, 40), domain)


def word_html(paras, charset="gb2312", lang="ZH-CN", font="等线", extra_css="", tables=None):
    """Outlook/Word HTML. paras: list of str, or ('table', html) tuples, or ('raw', html)."""
    body = []
    for p in paras:
        if isinstance(p, tuple):
            body.append(p[1])
        elif p == "":
            body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            body.append("<p class=MsoNormal><span lang=%s style='font-family:%s'>%s<o:p></o:p></span></p>"
                        % (lang, font, esc(p)))
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=%s\">\n"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n"
            "/* Font Definitions */\n@font-face\n\t{font-family:%s;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\tfont-size:10.5pt;\n"
            "\tfont-family:%s;}\n%s@page WordSection1\n\t{size:612.0pt 792.0pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            "<body lang=%s link=\"#0563C1\" vlink=\"#954F72\" style='text-justify-trim:punctuation'>\n"
            "<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n"
            % (charset, font, font, extra_css, lang, "\n".join(body)))


def html_table(rows, border=1, style="border-collapse:collapse", cell_style="", header=True):
    out = ["<table border=%d cellspacing=0 cellpadding=4 style='%s'>" % (border, style)]
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join("<%s style='%s'>%s</%s>" % (tag, cell_style, esc(c).replace("\n", "<br>"), tag)
                                    for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def simple_html(inner, charset="UTF-8", body_style="font-family:Microsoft YaHei;font-size:14px"):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>\n"
            "<body style=\"%s\">\n%s\n</body></html>\n" % (charset, body_style, inner))


def paras_html(lines, tag="div"):
    return "\n".join("<%s>%s</%s>" % (tag, esc(x) if x else "<br>", tag) for x in lines)


__all__ = ["envelope", "rfcdate", "rfcdate0"]
