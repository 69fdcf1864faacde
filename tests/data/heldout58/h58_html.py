"""HTML bodies in the styles clients produce. blocks: str paragraphs, ('table', rows[, head]), ('raw', html)."""
from h58_common import esc, html_table


def _blocks(blocks, p_open, p_close, table_fn):
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            if b[0] == "table":
                out.append(table_fn(b[1], b[2] if len(b) > 2 else 1))
            else:
                out.append(b[1])
        else:
            out.append(p_open + (esc(b) if b else "&nbsp;") + p_close)
    return "\n".join(out)


def word_html(blocks, cs="gb2312", font="宋体"):
    """Outlook (Word engine) HTML."""
    def tbl(rows, head):
        return html_table(rows, head, style="border-collapse:collapse;border:none",
                          td="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt",
                          attrs='class=MsoTableGrid border=1 cellspacing=0 cellpadding=0')
    inner = _blocks(blocks, '<p class=MsoNormal><span lang=EN-US style="font-size:10.5pt">',
                    "<o:p></o:p></span></p>", tbl)
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv=Content-Type content="text/html; charset={cs}">'
            f'<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            f'<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:{font};}}\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;text-align:justify;font-size:10.5pt;'
            f'font-family:等线;}}\n--></style></head>'
            f'<body lang=ZH-CN link="#0563C1" vlink="#954F72" style="text-align-justify:inter-ideograph">'
            f'<div class=WordSection1>\n{inner}\n</div></body></html>\n')


def div_html(blocks, cs="UTF-8", font="微软雅黑", size="14px", wrap="div"):
    """Webmail-style HTML (QQ/Exmail, Coremail, NetEase, Feishu, DingTalk)."""
    def tbl(rows, head):
        return html_table(rows, head)
    inner = _blocks(blocks, f"<{wrap}>", f"</{wrap}>", tbl)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>'
            f'<body><div style="font-family:{font};font-size:{size};line-height:1.6">\n{inner}\n</div></body>'
            f'</html>\n')


def gmail_html(blocks):
    def tbl(rows, head):
        return html_table(rows, head, style="border-collapse:collapse", td="border:1px solid #ccc;padding:3px")
    return '<div dir="ltr">' + _blocks(blocks, "<div>", "</div>", tbl).replace("\n", "") + "</div>\n"


def text_of(blocks, sep="\t"):
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            if b[0] == "table":
                out.extend(sep.join(c.replace("\n", " ") for c in r) for r in b[1])
        else:
            out.append(b)
    return "\n".join(out) + "\n"
