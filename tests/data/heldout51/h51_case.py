"""Case model, gold construction and per-client rendering helpers."""
import html as _html
from dataclasses import dataclass, field

import h51_lib as L


@dataclass
class Item:
    owner: object            # roster name | ("ext", name, email) | ("dept", dept|None) | ("asis", name)
    task: str
    spec: tuple              # due spec, see h51_lib.resolve
    expect: object           # hand-written expected date "YYYY-MM-DD" or None
    time: object = None      # "HH:MM" or None


@dataclass
class Case:
    num: int
    slug: str
    kind: str
    org: str
    client: str
    encoding: str
    summary: str             # README table: gold summary
    tests: str               # README table: what it tests
    build: object            # () -> bytes
    items: list = field(default_factory=list)
    nf: object = None        # (spec, expect, time) or None
    notes: str = ""

    @property
    def stem(self):
        return f"{self.num}-{self.slug}"


def owner_fields(owner):
    if isinstance(owner, str):
        r = L.ROSTER_BY_NAME[owner]
        return owner, r[1], (r[2] or None), True
    tag = owner[0]
    if tag == "ext":
        return owner[1], owner[2], None, True
    if tag == "dept":
        return None, None, owner[1], False
    if tag == "asis":
        return owner[1], None, None, True
    raise ValueError(owner)


def gold(case, sent):
    """Build the gold dict; dates recomputed from `sent` and compared with the hand-written expectation."""
    items = []
    for it in case.items:
        name, email, dept, person = owner_fields(it.owner)
        d = L.resolve(it.spec, sent)
        ds = d.isoformat() if d else None
        if ds != it.expect:
            raise AssertionError(f"{case.stem}: '{it.task}' resolver {ds} != hand-written {it.expect}")
        if ds is None and it.time:
            raise AssertionError(f"{case.stem}: time without date")
        items.append({"owner_name": name, "owner_email": email, "department": dept, "task": it.task,
                      "due_date": ds, "due_time": it.time, "flags": L.flags_for(it.spec, person)})
    nf = None
    if case.nf:
        spec, expect, t = case.nf
        d = L.resolve(spec, sent)
        if d.isoformat() != expect:
            raise AssertionError(f"{case.stem}: next_followup {d} != {expect}")
        nf = {"date": d.isoformat(), "time": t}
    if case.kind != "minutes":
        assert not items and nf is None
    return {"kind": case.kind, "items": items, "next_followup": nf, "reply": None, "notes": case.notes}


# ---------------------------------------------------------------- text / html rendering

def esc(s):
    return _html.escape(s, quote=False)


def plain(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            for row in b[1]:
                out.append("\t".join(row))
        else:
            out.append(b)
    return "\n".join(out)


def _table_html(rows, style):
    if style == "outlook":
        t = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse;border:none\'>']
        for i, row in enumerate(rows):
            t.append("<tr>")
            for c in row:
                bold = "<b>" if i == 0 else ""
                ebold = "</b>" if i == 0 else ""
                t.append("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                         f"<p class=MsoNormal>{bold}<span style='font-size:10.5pt'>{esc(c) or '&nbsp;'}</span>{ebold}</p></td>")
            t.append("</tr>")
        t.append("</table>")
        return "\n".join(t)
    if style == "excel":
        t = ['<table border="0" cellpadding="0" cellspacing="0" width="720" style="border-collapse:collapse;width:540pt">']
        for i, row in enumerate(rows):
            t.append('<tr height="19" style="height:14.25pt">')
            for c in row:
                st = "border:.5pt solid windowtext;font-size:11pt;font-family:等线"
                if i == 0:
                    st += ";font-weight:700;background:#D9E1F2"
                t.append(f'<td style="{st}">{esc(c) or "&nbsp;"}</td>')
            t.append("</tr>")
        t.append("</table>")
        return "\n".join(t)
    t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:14px">']
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        t.append("<tr>" + "".join(f"<{tag}>{esc(c) or '&nbsp;'}</{tag}>" for c in row) + "</tr>")
    t.append("</table>")
    return "\n".join(t)


def outlook_html(blocks, charset, lang="ZH-CN", font="等线"):
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            body.append(_table_html(b[1], "outlook"))
        elif b == "":
            body.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
        else:
            body.append(f"<p class=MsoNormal><span style='font-family:{font}'>{esc(b)}</span><span lang=EN-US><o:p></o:p></span></p>")
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
            f'<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            f'/* Font Definitions */\n@font-face\n\t{{font-family:{font};\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}}\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n'
            f'\tfont-size:10.5pt;\n\tfont-family:{font};}}\n@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}}\n'
            f'div.WordSection1\n\t{{page:WordSection1;}}\n--></style></head>'
            f'<body lang={lang} link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
            f'<div class=WordSection1>\n' + "\n".join(body) + "\n</div></body></html>")


def div_html(blocks, charset=None, font="微软雅黑", size="14px", table_style="plain", wrapper=None):
    """Webmail-style HTML (Foxmail/Exmail/Coremail/163/DingTalk): one <div> per line."""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            body.append(_table_html(b[1], table_style))
        elif isinstance(b, tuple) and b[0] == "raw":
            body.append(b[1])
        elif b == "":
            body.append("<div><br></div>")
        else:
            body.append(f"<div>{esc(b)}</div>")
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    inner = "\n".join(body)
    if wrapper:
        inner = wrapper.format(inner)
    return (f"<html><head>{head}<style>body {{ line-height: 1.5; }}</style></head>"
            f'<body style="font-family:{font};font-size:{size}">\n{inner}\n</body></html>')


# ---------------------------------------------------------------- envelopes

def envelope(rcpt, return_path, received):
    """Headers the receiving server adds on top: Return-Path, Delivered-To, Received (newest first)."""
    h = [("Return-Path", f"<{return_path}>" if return_path else "<>"), ("Delivered-To", rcpt)]
    for r in received:
        h.append(("Received", r))
    return h
