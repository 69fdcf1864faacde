"""How each client dresses an HTML body, and how it writes a quote / forward header."""
from mime75 import esc, html_table


def outlook_p(text, bold=False):
    if not text:
        return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
    t = esc(text)
    if bold:
        t = f"<b>{t}</b>"
    return f"<p class=MsoNormal><span style='font-family:\"微软雅黑\",sans-serif'>{t}<span lang=EN-US><o:p></o:p></span></span></p>"


def outlook_html(inner, cs="gb2312"):
    return (f"<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            f"xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            f"xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset={cs}\">"
            f"<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n"
            f"/* Font Definitions */\n@font-face\n\t{{font-family:等线;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}}\n"
            f"p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n"
            f"\tfont-size:10.5pt;\n\tfont-family:等线;}}\n.MsoChpDefault\n\t{{mso-style-type:export-only;}}\n"
            f"div.WordSection1\n\t{{page:WordSection1;}}\n--></style></head>"
            f"<body lang=ZH-CN link=\"#0563C1\" vlink=\"#954F72\" style='text-justify-trim:punctuation'>"
            f"<div class=WordSection1>\n{inner}\n</div></body></html>")


def outlook_table(rows, head=1):
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"]
    for i, r in enumerate(rows):
        out.append("<tr>")
        for c in r:
            txt = esc(c).replace("\n", "<br>")
            if i < head:
                txt = f"<b>{txt}</b>"
            out.append(f"<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                       f"<p class=MsoNormal><span style='font-size:9.0pt'>{txt}<span lang=EN-US><o:p></o:p></span></span></p></td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def outlook_quote_block(sender, sent, to, subject, cc=None):
    lines = [f"<b>发件人:</b> {esc(sender)} <br><b>发送时间:</b> {esc(sent)}<br><b>收件人:</b> {esc(to)}<br>"]
    if cc:
        lines.append(f"<b>抄送:</b> {esc(cc)}<br>")
    lines.append(f"<b>主题:</b> {esc(subject)}")
    return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal>{''.join(lines)}<o:p></o:p></p></div>")


def outlook_quote_text(sender, sent, to, subject, cc=None):
    out = ["", "发件人: " + sender, "发送时间: " + sent, "收件人: " + to]
    if cc:
        out.append("抄送: " + cc)
    out += ["主题: " + subject, ""]
    return "\n".join(out)


def div_html(inner, font="微软雅黑", size="14px", meta_cs=None):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={meta_cs}">' if meta_cs else ""
    return (f"<html><head>{meta}<style>body{{line-height:1.5;}}</style></head><body>"
            f"<div style=\"font-family:{font};font-size:{size};\">\n{inner}\n</div></body></html>")


def lines_div(lines):
    return "\n".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in lines)


def coremail_table(rows, head=1):
    return html_table(rows, head, attrs='border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%;font-size:13px;"',
                      cell_style="border:1px solid #999;padding:3px 6px;")


def excel_table(rows, head=1):
    """A range pasted from Excel: mso classes, x:num, widths."""
    out = ['<table border=0 cellpadding=0 cellspacing=0 width=860 style="border-collapse:collapse;width:645pt">',
           '<col width=40 style="width:30pt"><col width=260 style="width:195pt"><col width=90 span=4 style="width:68pt">']
    for i, r in enumerate(rows):
        out.append('<tr height=19 style="height:14.25pt">')
        for c in r:
            cls = "xl66" if i < head else "xl65"
            num = ' x:num' if c.replace(".", "").isdigit() else ""
            out.append(f'<td class={cls}{num} style="border:.5pt solid windowtext">{esc(c)}</td>')
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def gmail_html(lines):
    return "<div dir=\"ltr\">" + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in lines) + "</div>"


def apple_html(lines):
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
            + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in lines) + "</body></html>")
