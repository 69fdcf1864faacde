# -*- coding: utf-8 -*-
from gen_part1 import *

def T(y, mo, d, h, mi, s=0, tz=TZ8):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)

STYLE = {
 "outlook": dict(hdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-cn")],
                 bnd=lambda s: "----=_NextPart_000_%s_01DC%s" % (hx(s, 4).upper(), hx(s + "b", 8).upper()),
                 mid=lambda s, dom: "<%s$%s$%s@%s>" % ("0000" + hx(s, 8), hx(s + "1", 8), hx(s + "2", 8), dom)),
 "outlook_en": dict(hdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")],
                 bnd=lambda s: "----=_NextPart_000_%s_01DC%s" % (hx(s, 4).upper(), hx(s + "b", 8).upper()),
                 mid=lambda s, dom: "<%s$%s$%s@%s>" % ("0000" + hx(s, 8), hx(s + "1", 8), hx(s + "2", 8), dom)),
 "foxmail": dict(hdr=[("X-Priority", "3"), ("X-GUID", hx("g", 8).upper() + "-" + hx("g2", 4).upper()),
                      ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.331[cn]")],
                 bnd=lambda s: "----=_001_NextPart%s_=----" % str(int(hx(s, 8), 16))[:9],
                 mid=lambda s, dom: "<%s@%s>" % (str(int(hx(s, 12), 16))[:20], dom)),
 "coremail": dict(hdr=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
                       ("X-Originating-IP", "[10.20.31.44]")],
                 bnd=lambda s: "----=_Part_%d_%d.%d" % (int(hx(s, 5), 16), int(hx(s + "x", 6), 16), int(hx(s + "y", 8), 16)),
                 mid=lambda s, dom: "<%s.%s.%s@%s>" % (hx(s, 4), hx(s + "a", 4), hx(s + "b", 11), dom)),
 "exmail": dict(hdr=[("X-QQ-mid", "bizesmtp%sz%s" % (hx("q", 6), hx("q2", 10))), ("X-QQ-SSF", "00400000000000F0"),
                     ("X-Mailer", "QQMail 2.x")],
                 bnd=lambda s: "----=_NextPart_%s_%s_%s" % (hx(s, 8).upper(), hx(s + "1", 8).upper(), hx(s + "2", 8).upper()),
                 mid=lambda s, dom: "<tencent_%s@qq.com>" % hx(s, 32).upper()),
 "gmail": dict(hdr=[],
               bnd=lambda s: "000000000000" + hx(s, 14),
               mid=lambda s, dom: "<CA+%s@mail.gmail.com>" % base64.b64encode(bytes.fromhex(hx(s, 36))).decode().replace("/", "x").replace("+", "y")),
 "iphone": dict(hdr=[("X-Mailer", "iPhone Mail (22G86)")], bnd=None,
                mid=lambda s, dom: "<%s-%s-%s@%s>" % (hx(s, 8).upper(), hx(s + "a", 4).upper(), hx(s + "b", 12).upper(), dom)),
 "huawei": dict(hdr=[("X-Mailer", "HuaweiEmail/16.0.0")], bnd=None,
                mid=lambda s, dom: "<%s.%s@%s>" % (hx(s, 10), hx(s + "h", 6), dom)),
 "thunderbird": dict(hdr=[("User-Agent", "Mozilla Thunderbird")], bnd=None,
                mid=lambda s, dom: "<%s-%s-%s@%s>" % (hx(s, 8), hx(s + "a", 4), hx(s + "b", 12), dom)),
 "applemail": dict(hdr=[("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")],
                bnd=lambda s: "Apple-Mail=_%s-%s" % (hx(s, 8).upper(), hx(s + "a", 4).upper()),
                mid=lambda s, dom: "<%s-%s@%s>" % (hx(s, 8).upper(), hx(s + "b", 12).upper(), dom)),
}

def mk(style, frm, to, cc, subject, t, text, html=None, cs="utf-8", cte="base64", hcs=None, hmode="B",
       irt=None, refs=None, extra=(), attach=(), seed="", flowed=False, dom=None):
    st = STYLE[style]
    hcs = hcs or cs
    dom = dom or frm[1].split("@")[1]
    mid = st["mid"](seed, dom)
    hs = [received(t, "mail." + dom, "203.0.113.%d" % (int(hx(seed, 2), 16) % 250 + 1), to[0][1].split("@")[1] if to else dom, seed)]
    hs += [("Date", rfc_date(t)), ("From", A(frm[0], frm[1], hcs, hmode)), ("To", AL(to, hcs, hmode))]
    if cc:
        hs.append(("Cc", AL(cc, hcs, hmode)))
    hs.append(("Subject", H(subject, hcs, hmode)))
    hs.append(("Message-ID", mid))
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", " ".join(refs or [irt])))
    if style.startswith("outlook"):
        hs.append(("Thread-Topic", H(re.sub(r"^(RE|答复|回复|FW|转发): ?", "", subject), hcs, hmode)))
        hs.append(("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed, 44))).decode()))
    hs += st["hdr"] + list(extra)
    if html is not None:
        html = html.replace("%CS%", cs)
        alt_b = st["bnd"](seed) if st["bnd"] else "alt_" + hx(seed)
        body = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", html, cs, cte)], alt_b)
    else:
        body = leaf("text/plain", text, cs, cte, fmt_flowed=flowed)
    if attach:
        mb = (st["bnd"](seed + "m") if st["bnd"] else "mixed_" + hx(seed + "m"))
        body = multi("mixed", [body] + list(attach), mb)
    raw_cs = cs if cte == "8bit" else "utf-8"
    return envelope(hs, body, raw_cs), mid

def fwd_block_outlook(frm, sent_zh, to, cc, subj):
    s = "\n-----原始邮件-----\n" if False else "\n________________________________\n"
    s += f"发件人: {frm}\n发送时间: {sent_zh}\n收件人: {to}\n"
    if cc:
        s += f"抄送: {cc}\n"
    s += f"主题: {subj}\n\n"
    return s

def docx_bytes(paragraphs):
    import zipfile, io
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 6, 18, 19, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()
