"""heldout64: small HTML writers in the styles of the clients (Word/Outlook, Gmail, Chinese webmails)."""
import html as _h


def esc(s):
    return _h.escape(s, quote=False)


def ms_html(text, cs="utf-8", tables=None, lang="ZH-CN"):
    """Outlook/Word HTML; a line '{{T0}}' is replaced by tables[0] etc."""
    tables = tables or []
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           f'<head><meta http-equiv=Content-Type content="text/html; charset={cs}">',
           '<meta name=Generator content="Microsoft Word 15 (filtered medium)">',
           '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:等线;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
           '\t{margin:0cm;\n\ttext-align:justify;\n\tfont-size:10.5pt;\n\tfont-family:等线;}\n'
           'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n--></style></head>',
           f'<body lang={lang} link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">',
           '<div class=WordSection1>']
    for line in text.split("\n"):
        if line.startswith("{{T") and line.endswith("}}"):
            out.append(tables[int(line[3:-2])])
        elif line.strip():
            out.append(f'<p class=MsoNormal><span lang=EN-US>{esc(line)}<o:p></o:p></span></p>')
        else:
            out.append('<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>')
    out.append('</div>\n</body>\n</html>')
    return "\n".join(out)


def ms_table(header, rows, widths=None):
    def cell(v, tag="td", extra=""):
        return (f'<{tag}{extra} style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                f'<p class=MsoNormal>{esc(v) if isinstance(v, str) else v[0]}<o:p></o:p></p></{tag}>')
    out = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
           'style="border-collapse:collapse;border:none">']
    out.append("<tr>" + "".join(cell(v, "td", " valign=top") for v in header) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(cell(v, "td", " valign=top") for v in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def excel_table(header, rows):
    """a range pasted from Excel into Outlook: x:str / x:num cells, col widths, class xl65."""
    out = ['<table border=0 cellpadding=0 cellspacing=0 width=980 style="border-collapse:collapse;width:735pt">',
           '<col width=40 style="width:30pt">' + "".join('<col width=94 style="width:70pt">' for _ in header[1:])]
    out.append('<tr height=19 style="height:14.25pt">' + "".join(
        f'<td class=xl66 style="border:.5pt solid windowtext;background:#DDEBF7">{esc(v)}</td>' for v in header) + "</tr>")
    for r in rows:
        cells = []
        for v in r:
            if v.replace(".", "").isdigit():
                cells.append(f'<td class=xl65 align=right x:num style="border:.5pt solid windowtext">{esc(v)}</td>')
            else:
                cells.append(f'<td class=xl65 x:str style="border:.5pt solid windowtext">{esc(v)}</td>')
        out.append('<tr height=19 style="height:14.25pt">' + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def gm_html(text):
    out = []
    for line in text.split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    return '<div dir="ltr">' + "".join(out) + "</div>\n"


def web_html(text, tables=None, font="微软雅黑", wrap=None, cs="UTF-8"):
    """Chinese webmail style (Coremail/QQ/DingTalk/Feishu/WeCom): <div> per line, optional tables."""
    tables = tables or []
    out = [f'<div style="font-family:{font};font-size:14px;line-height:1.6">']
    for line in text.split("\n"):
        if line.startswith("{{T") and line.endswith("}}"):
            out.append(tables[int(line[3:-2])])
        elif line.strip():
            out.append(f"<div>{esc(line)}</div>")
        else:
            out.append("<div><br></div>")
    out.append("</div>")
    body = "\n".join(out)
    if wrap:
        body = wrap[0] + body + wrap[1]
    if wrap and "<html" in wrap[0]:
        return body
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>'
            f'<body>{body}</body></html>')


def web_table(header, rows, border="1"):
    out = [f'<table border="{border}" cellspacing="0" cellpadding="6" style="border-collapse:collapse">']
    out.append("<tr>" + "".join(f"<th>{esc(v)}</th>" for v in header) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{v if v.startswith('<') else esc(v)}</td>" for v in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)
