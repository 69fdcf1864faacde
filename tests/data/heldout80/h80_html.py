"""Render a case body (paragraph strings and tables) as the text and HTML a given client writes.

A block is a str (one paragraph; "" = empty line) or T(rows) for a table. A table cell is a str or
(str, rowspan); cells covered by a rowspan are left out of the following rows.
"""
import html


class T:
    def __init__(self, rows, widths=None):
        self.rows = rows
        self.widths = widths


def esc(s):
    return html.escape(s, quote=False)


def _cells(row):
    return [c if isinstance(c, tuple) else (c, 1) for c in row]


def to_text(blocks, sep="\t"):
    out = []
    for b in blocks:
        if isinstance(b, T):
            pending = {}
            for row in b.rows:
                cells, col, it = [], 0, iter(_cells(row))
                while True:
                    if pending.get(col):
                        pending[col] -= 1
                        cells.append("")
                        col += 1
                        continue
                    nxt = next(it, None)
                    if nxt is None:
                        break
                    cells.append(nxt[0])
                    if nxt[1] > 1:
                        pending[col] = nxt[1] - 1
                    col += 1
                out.append(sep.join(cells).rstrip())
        else:
            out.append(b)
    return "\n".join(out) + "\n"


def _mso_p(text, bold=False):
    if not text:
        return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
    inner = esc(text)
    if bold:
        inner = f"<b>{inner}</b>"
    return f"<p class=MsoNormal><span style='font-family:\"微软雅黑\",sans-serif'>{inner}</span></p>"


def outlook_html(blocks, cs="gb2312", bold_first=True):
    body = []
    for i, b in enumerate(blocks):
        if isinstance(b, T):
            body.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
                        "style='border-collapse:collapse;border:none'>")
            for r, row in enumerate(b.rows):
                body.append("<tr>")
                for text, span in _cells(row):
                    rs = f" rowspan={span}" if span > 1 else ""
                    body.append(f"<td valign=top{rs} style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm "
                                f"5.4pt'>{_mso_p(text, bold=(r == 0))}</td>")
                body.append("</tr>")
            body.append("</table>")
        else:
            body.append(_mso_p(b, bold=(bold_first and i == 0)))
    return (f"<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            f"xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            f"<head>\n<meta http-equiv=Content-Type content=\"text/html; charset={cs}\">\n"
            f"<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n"
            f"@font-face {{font-family:等线;}}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            f"\t{{margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}}\n"
            f"table.MsoTableGrid {{border:solid windowtext 1.0pt;}}\n--></style>\n</head>\n"
            f"<body lang=ZH-CN link=\"#0563C1\" vlink=\"#954F72\" style='text-justify-trim:punctuation'>\n"
            f"<div class=WordSection1>\n" + "\n".join(body) + "\n</div>\n</body>\n</html>\n")


def div_html(blocks, cs="utf-8", font="微软雅黑", size="14px", wrap_style="", table_attr=None):
    """Webmail-style HTML (Coremail, Foxmail, QQ/Exmail, NetEase, DingTalk, Feishu)."""
    table_attr = table_attr or 'border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse"'
    body = []
    for b in blocks:
        if isinstance(b, T):
            body.append(f"<table {table_attr}><tbody>")
            for r, row in enumerate(b.rows):
                tag = "th" if r == 0 else "td"
                cells = "".join(
                    "<%s%s>%s</%s>" % (tag, ' rowspan="%d"' % span if span > 1 else "", esc(text), tag)
                    for text, span in _cells(row))
                body.append(f"<tr>{cells}</tr>")
            body.append("</tbody></table>")
        elif b == "":
            body.append("<div><br></div>")
        else:
            body.append(f"<div>{esc(b)}</div>")
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={cs}\"></head>"
            f"<body><div style=\"font-family:{font};font-size:{size};{wrap_style}\">\n" + "\n".join(body)
            + "\n</div></body></html>\n")


def gmail_html(blocks):
    body = []
    for b in blocks:
        if isinstance(b, T):
            body.append('<table border="1" cellspacing="0" cellpadding="3"><tbody>')
            for row in b.rows:
                body.append("<tr>" + "".join(f"<td>{esc(t)}</td>" for t, _ in _cells(row)) + "</tr>")
            body.append("</tbody></table>")
        elif b == "":
            body.append("<div><br></div>")
        else:
            body.append(f"<div>{esc(b)}</div>")
    return '<div dir="ltr">' + "\n".join(body) + "\n</div>\n"


def exchange_html(blocks):
    body = []
    for b in blocks:
        if isinstance(b, T):
            body.append('<table style="border-collapse:collapse" border="1" cellpadding="4"><tbody>')
            for row in b.rows:
                body.append("<tr>" + "".join(f'<td style="padding:4px">{esc(t)}</td>' for t, _ in _cells(row))
                            + "</tr>")
            body.append("</tbody></table>")
        elif b == "":
            body.append('<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;"><br></div>')
        else:
            body.append('<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt; '
                        f'color: rgb(0, 0, 0);">{esc(b)}</div>')
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n' + "\n".join(body) + "\n</body>\n</html>\n")
