"""HTML bodies in the shapes different clients produce."""
from html import escape


def esc(s):
    return escape(s, quote=False)


def coremail_html(text, font="微软雅黑", size="14px"):
    """Coremail / 163 / 126 web: a div per line."""
    out = ['<div style="line-height:1.7;color:#000000;font-size:%s;font-family:%s">' % (size, font)]
    for line in text.split("\n"):
        out.append("<div>%s</div>" % (esc(line) if line.strip() else "<br>"))
    out.append("</div>")
    return "".join(out)


def foxmail_html(text, charset):
    body = []
    for line in text.split("\n"):
        body.append("<div>%s</div>" % (esc(line) if line.strip() else "<br>"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
            '</head><body>\n%s\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
            '</body></html>') % (charset, "\n".join(body))


def outlook_head(charset, lang="ZH-CN"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:DengXian;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n'
            '\tfont-size:10.5pt;\n\tfont-family:DengXian;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">\n'
            '<div class="WordSection1">\n') % (charset, lang)


def outlook_p(line, lang="ZH-CN"):
    if not line.strip():
        return '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n'
    return '<p class="MsoNormal"><span lang="%s">%s<span lang="EN-US"><o:p></o:p></span></span></p>\n' % (lang, esc(line))


def outlook_html(blocks, charset, lang="ZH-CN"):
    """blocks: list of str (lines; may contain \n) or ('raw', html)."""
    out = [outlook_head(charset, lang)]
    for b in blocks:
        if isinstance(b, tuple):
            out.append(b[1])
        else:
            for line in b.split("\n"):
                out.append(outlook_p(line, lang))
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def word_table(rows, widths=None, lang="ZH-CN"):
    """A table pasted from Word/Excel into Outlook (MsoNormalTable / MsoTableGrid)."""
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none">\n']
    for r, row in enumerate(rows):
        out.append("<tr>\n")
        for c, cell in enumerate(row):
            w = ' width="%d"' % widths[c] if widths else ""
            bg = "background:#D9E2F3;" if r == 0 else ""
            paras = "".join('<p class="MsoNormal"><span lang="%s"%s>%s</span></p>' % (
                lang, ' style="font-weight:bold"' if r == 0 else "", esc(line) if line else "<o:p>&nbsp;</o:p>")
                for line in str(cell).split("\n"))
            out.append('<td%s valign="top" style="border:solid windowtext 1.0pt;%spadding:0cm 5.4pt 0cm 5.4pt">%s</td>\n'
                       % (w, bg, paras))
        out.append("</tr>\n")
    out.append("</table>\n")
    return "".join(out)


def simple_table(rows, border=1, style="border-collapse:collapse;font-size:14px", head_bg="#f2f2f2"):
    out = ['<table border="%d" cellpadding="4" cellspacing="0" style="%s">' % (border, style)]
    for r, row in enumerate(rows):
        out.append("<tr>")
        tag = "th" if r == 0 else "td"
        for cell in row:
            bg = ' style="background:%s"' % head_bg if r == 0 and head_bg else ""
            out.append("<%s%s>%s</%s>" % (tag, bg, "<br>".join(esc(x) for x in str(cell).split("\n")), tag))
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def gmail_html(text):
    parts = []
    for line in text.split("\n"):
        parts.append("<div>%s</div>" % (esc(line) if line.strip() else "<br>"))
    return '<div dir="ltr">%s</div>\n' % "".join(parts)


def apple_html(text):
    parts = []
    for line in text.split("\n"):
        parts.append("<div>%s</div>" % (esc(line) if line.strip() else "<br>"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '%s</body></html>\n') % "".join(parts)
