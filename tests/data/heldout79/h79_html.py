"""Body renderers: one list of blocks (str lines, ('table', rows), ('html', raw)) -> plain text and the HTML a
given client writes (Outlook Word HTML, Foxmail/Exmail divs, Coremail, Feishu/DingTalk cards)."""
from h79_common import esc


def plain(blocks, sep="\t", tab_style="tab"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "table":
            rows = b[1]
            if tab_style == "tab":
                out += [sep.join(c.replace("\n", " ") for c in r) for r in rows]
            elif tab_style == "pipe":
                out += ["| " + " | ".join(c.replace("\n", " ") for c in r) + " |" for r in rows]
            elif tab_style == "kv":            # one record per block: header：value
                head = rows[0]
                for r in rows[1:]:
                    out += ["%s：%s" % (k, v.replace("\n", " ")) for k, v in zip(head, r)]
                    out.append("")
        elif b[0] == "text":
            out.append(b[1])
    return "\n".join(out) + "\n"


def _cells(rows, tdstyle, thstyle, head=1, wrap=lambda s: s):
    out = []
    for i, r in enumerate(rows):
        st = thstyle if i < head else tdstyle
        out.append("<tr>" + "".join('<td style="%s">%s</td>' % (st, wrap(esc(c).replace("\n", "<br>"))) for c in r)
                   + "</tr>")
    return "\n".join(out)


def outlook(blocks, cs="gb2312", font="等线"):
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<p class=MsoNormal><span lang=EN-US style=\'font-family:"%s"\'>%s</span></p>'
                        % (font, esc(b) if b else "<o:p>&nbsp;</o:p>"))
        elif b[0] == "table":
            body.append('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                        'style=\'border-collapse:collapse;border:none\'>')
            for i, r in enumerate(b[1]):
                body.append("<tr>" + "".join(
                    '<td valign=top style=\'border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt%s\'>'
                    '<p class=MsoNormal>%s%s%s</p></td>' % (";background:#D9E2F3" if i == 0 else "",
                                                          "<b>" if i == 0 else "",
                                                          esc(c).replace("\n", "<br>"), "</b>" if i == 0 else "")
                    for c in r) + "</tr>")
            body.append("</table>")
        elif b[0] == "html":
            body.append(b[1])
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv=Content-Type content="text/html; charset=%s">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;text-align:justify;'
            'font-size:10.5pt;font-family:%s;}\n--></style>\n</head>\n'
            '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>\n'
            '<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n' % (cs, font, "\n".join(body)))


def divs(blocks, cs="GBK", style="font-size:14px;font-family:微软雅黑", tdstyle="border:1px solid #000;padding:3px",
         wrapper="foxmail"):
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append("<div>%s</div>" % (esc(b) if b else "<br>"))
        elif b[0] == "table":
            body.append('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n%s\n'
                        "</table>" % _cells(b[1], tdstyle, tdstyle + ";font-weight:bold"))
        elif b[0] == "html":
            body.append(b[1])
    inner = "\n".join(body)
    if wrapper == "foxmail":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s">'
                '<style>body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; '
                'margin-left: 0.5em; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); '
                'line-height: 1.5; }</style></head><body>\n%s\n<div><br></div><hr style="width: 210px; height: 1px;" '
                'color="#b5c4df" size="1" align="left">\n' % (cs, inner))
    if wrapper == "coremail":
        return '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>\n' % inner
    if wrapper == "exmail":
        return ('<meta http-equiv="Content-Type" content="text/html; charset=%s"><div style="%s">%s</div>\n'
                % (cs, style, inner))
    return ('<html><head><meta charset="%s"></head><body><div style="%s">\n%s\n</div></body></html>\n'
            % (cs, style, inner))


def gmail(blocks):
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append("<div>%s</div>" % (esc(b) if b else "<br>"))
        elif b[0] == "table":
            body.append('<table style="border-collapse:collapse">%s</table>'
                        % _cells(b[1], "border:1px solid #ccc;padding:2px 6px", "border:1px solid #ccc;padding:2px 6px;"
                                 "background:#eee"))
        elif b[0] == "html":
            body.append(b[1])
    return '<div dir="ltr">%s</div>\n' % "\n".join(body)


def apple(blocks):
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append("<div>%s</div>" % (esc(b) if b else "<br>"))
        elif b[0] == "html":
            body.append(b[1])
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            "\n%s\n</body></html>\n" % "\n".join(body))
