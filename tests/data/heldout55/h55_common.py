"""Shared helpers for make_heldout55.py: roster, MIME byte builders, date rules.
Deterministic: no clock, no randomness."""
import base64, quopri, io, datetime as dt
import chinese_calendar as cc

SH = dt.timezone(dt.timedelta(hours=8))

# ---------------------------------------------------------------- roster
# key: (name, email, department, manager_email, aliases)
ROSTER = {}
def person(key, name, email, dept, mgr, aliases):
    ROSTER[key] = (name, email, dept, mgr, aliases)

JMS = 'jmsamr.example.gov.cn'
CH = 'cuihuang-bamboo.example.cn'
ZJ = 'zjnursing.example.cn'
SL = 'siamlatex-bh.example.com'
BOT = {'jms': 'jiyao@' + JMS, 'ch': 'minutes@' + CH, 'zj': 'minutebot@' + ZJ, 'sl': 'minutes@' + SL}

# 佳木斯市市场监督管理局
person('yuhaitao', '于海涛', 'yuhaitao@' + JMS, '局领导', '', '于局;于副局长;Yu Haitao')
person('sunlijun', '孙立军', 'sunlijun@' + JMS, '办公室', 'yuhaitao@' + JMS, '孙主任;Sun Lijun')
person('baowenjing', '鲍文静', 'baowenjing@' + JMS, '办公室', 'sunlijun@' + JMS, '小鲍;鲍秘书')
person('quxiaoli', '曲晓丽', 'quxiaoli@' + JMS, '食品生产科', 'yuhaitao@' + JMS, '曲科长;曲科')
person('guanzhenyu', '关振宇', 'guanzhenyu@' + JMS, '特种设备科', 'yuhaitao@' + JMS, '关科长;关科')
person('piaochengzhe', '朴成哲', 'piaochengzhe@' + JMS, '特种设备科', 'guanzhenyu@' + JMS, '小朴;朴工')
person('xingxue', '邢雪', 'xingxue@' + JMS, '信用科', 'yuhaitao@' + JMS, '邢科长;邢科')
person('chumingyuan', '初明远', 'chumingyuan@' + JMS, '价监竞争科', 'yuhaitao@' + JMS, '初科长')
person('tanguoqing', '谭国庆', 'tanguoqing@' + JMS, '综合执法支队', 'yuhaitao@' + JMS, '谭队;谭支队')
person('haojia', '郝佳', 'haojia@' + JMS, '投诉举报中心', 'yuhaitao@' + JMS, '郝主任')
# 安吉翠篁竹业有限公司
person('shenjianhua', '沈建华', 'shenjianhua@' + CH, '总经办', '', '沈总;Shen Jianhua;老沈')
person('panliping', '潘丽萍', 'panliping@' + CH, '外贸部', 'shenjianhua@' + CH, '潘经理;潘經理;Lily Pan;Lily')
person('zhongyi', '钟毅', 'zhongyi@' + CH, '生产部', 'shenjianhua@' + CH, '钟厂长;Zhong Yi;Mr. Zhong;钟厂')
person('weizhiyuan', '韦志远', 'weizhiyuan@' + CH, '仓储物流部', 'zhongyi@' + CH, '韦主管;仓储主管')
person('chuhaibo', '褚海波', 'chuhaibo@' + CH, '品质部', 'shenjianhua@' + CH, '褚工;褚先生;Chu Haibo')
person('yuxiaoyan', '俞晓燕', 'yuxiaoyan@' + CH, '采购部', 'shenjianhua@' + CH, '燕子;小俞')
person('ruanzhiqiang', '阮志强', 'ruanzhiqiang@' + CH, '设备部', 'zhongyi@' + CH, '阮工')
person('jiangmengqi', '蒋梦琪', 'jiangmengqi@' + CH, '国内销售部', 'shenjianhua@' + CH, '梦琪;Maggie Jiang')
person('fangweidong', '方卫东', 'fangweidong@' + CH, '财务部', 'shenjianhua@' + CH, '方会计;老方')
person('klausweber', 'Klaus Weber', 'k.weber@holzmann-boden.example.de', '', '', 'Klaus')
person('linshufen', '林淑芬', 'sflin@honglin-bm.example.com.tw', '', '', '林經理;Sophie Lin')
# 南阳市仲景护理职业学校（民办）
person('jiahongmei', '贾红梅', 'jiahongmei@' + ZJ, '校长办公室', '', '贾校长;贾校')
person('qianwenbo', '钱文博', 'qianwenbo@' + ZJ, '教务处', 'jiahongmei@' + ZJ, '钱老师;钱处;钱处长')
person('leixiuying', '雷秀英', 'leixiuying@' + ZJ, '护理系', 'jiahongmei@' + ZJ, '雷主任;雷老师')
person('simating', '司马婷', 'simating@' + ZJ, '实训中心', 'qianwenbo@' + ZJ, '司马老师;婷婷')
person('zhaiyongping', '翟永平', 'zhaiyongping@' + ZJ, '后勤处', 'jiahongmei@' + ZJ, '翟处;翟处长;老翟')
person('lujing', '卢静', 'lujing@' + ZJ, '招生就业处', 'jiahongmei@' + ZJ, '卢老师;卢处')
person('nieshuhang', '聂书航', 'nieshuhang@' + ZJ, '学生处', 'jiahongmei@' + ZJ, '聂老师')
person('ganlu', '甘露', 'ganlu@' + ZJ, '财务处', 'jiahongmei@' + ZJ, '甘老师;甘会计')
person('yanzhiming', '闫志明', 'yanzhiming@' + ZJ, '信息中心', 'qianwenbo@' + ZJ, '闫工;小闫')
person('duchunyan', '杜春燕', 'duchunyan@wcqzxyy.example.cn', '', '', '杜护士长;杜主任')
# Siam Latex Gloves (Beihai) Co., Ltd. 暹罗乳胶手套（北海）有限公司
person('somchai', 'Somchai Rattanakorn', 'somchai.r@' + SL, 'Management', '', 'Khun Somchai;K. Somchai;Somchai')
person('nattaya', 'Nattaya Srisuk', 'nattaya.s@' + SL, 'QA', 'somchai.r@' + SL, 'Nat;Khun Nattaya;Nattaya')
person('kittipong', 'Kittipong Chaiyaporn', 'kittipong.c@' + SL, 'Engineering', 'somchai.r@' + SL, 'Kit;Kittipong')
person('pimchanok', 'Pimchanok Wongsa', 'pimchanok.w@' + SL, 'Export Sales', 'somchai.r@' + SL, 'Pim;Pimchanok')
person('anan', 'Anan Boonmee', 'anan.b@' + SL, 'Finance', 'somchai.r@' + SL, 'Anan;K. Anan')
person('huanghaiyan', '黄海燕', 'huanghaiyan@' + SL, 'HR', 'somchai.r@' + SL, 'Helen Huang;Helen;海燕')
person('mozhenhua', '莫振华', 'mozhenhua@' + SL, 'Production', 'somchai.r@' + SL, '莫工;Mo Gong;Tony Mo;Mo Zhenhua')
person('liangqiuyue', '梁秋月', 'liangqiuyue@' + SL, 'Procurement', 'somchai.r@' + SL, 'Autumn Liang;Autumn;秋月')
person('qinyongfu', '覃永福', 'qinyongfu@' + SL, 'EHS', 'somchai.r@' + SL, '覃工;Qin Yongfu;Qin Gong')
person('wichai', 'Wichai Thongdee', 'wichai@songkhlalatex.example.co.th', '', '', 'Wichai;K. Wichai')
person('rachelkim', 'Rachel Kim', 'rkim@medsupplydirect.example.com', '', '', 'Rachel')
person('jonasbecker', 'Jonas Becker', 'jonas.becker@nordcert.example.de', '', '', 'Jonas')

def N(key):  # display name
    return ROSTER[key][0]
def E(key):
    return ROSTER[key][1]

# ---------------------------------------------------------------- header encoding
def _codec(cs):
    return {'gb2312': 'gb2312', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5'}.get(cs.lower(), 'utf-8')

def ew(text, cs='utf-8', enc='B', label=None):
    """RFC 2047 encoded words (folded with CRLF-less '\n ' continuation)."""
    if all(ord(c) < 128 for c in text):
        return text
    label = label or cs
    codec = _codec(cs)
    words, cur = [], ''
    def enc_word(s):
        b = s.encode(codec)
        if enc == 'B':
            return '=?%s?B?%s?=' % (label, base64.b64encode(b).decode())
        out = ''
        for ch in b:
            c = chr(ch)
            if c == ' ':
                out += '_'
            elif (c.isalnum() and ch < 128) or c in '!*+-/':
                out += c
            else:
                out += '=%02X' % ch
        return '=?%s?Q?%s?=' % (label, out)
    for ch in text:
        if len(enc_word(cur + ch)) > 72:
            words.append(enc_word(cur)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_word(cur))
    return '\n '.join(words)

def addr(key_or_name, email=None, cs='utf-8', enc='B', quote=False, label=None):
    if email is None:
        name, email = N(key_or_name), E(key_or_name)
    else:
        name = key_or_name
    if not name:
        return '<%s>' % email
    if all(ord(c) < 128 for c in name):
        if quote or any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs, enc, label), email)

def alist(items):
    return ',\n '.join(items)

# ---------------------------------------------------------------- body encoding
def encode_body(text, cs='utf-8', cte='base64'):
    data = text.encode(_codec(cs))
    if cte == 'base64':
        s = base64.b64encode(data).decode()
        return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n'
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    # 8bit / 7bit
    return data

def leaf(text, sub='plain', cs='utf-8', cte='base64', label=None, extra='', disp=None):
    """Return bytes of one MIME leaf (headers + body)."""
    label = label or cs
    h = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (sub, label, extra, cte)
    if disp:
        h += disp + '\n'
    body = encode_body(text, cs, cte)
    if isinstance(body, str):
        body = body.encode('ascii')
    if not body.endswith(b'\n'):
        body += b'\n'
    return h.encode('ascii') + b'\n' + body

def binleaf(data, ctype, filename, cte='base64', fn_enc=None):
    """Attachment leaf. fn_enc: None = raw ascii name, or 'rfc2231', or 'rfc2047'."""
    if fn_enc == 'rfc2231':
        from urllib.parse import quote
        fnp = "filename*=utf-8''%s" % quote(filename)
        nmp = "name*=utf-8''%s" % quote(filename)
    elif fn_enc == 'rfc2047':
        fnp = 'filename="%s"' % ew(filename, 'utf-8', 'B').replace('\n ', '')
        nmp = 'name="%s"' % ew(filename, 'utf-8', 'B').replace('\n ', '')
    else:
        fnp = 'filename="%s"' % filename
        nmp = 'name="%s"' % filename
    s = base64.b64encode(data).decode()
    body = '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n'
    h = 'Content-Type: %s;\n\t%s\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment;\n\t%s\n' % (ctype, nmp, fnp)
    return h.encode('ascii') + b'\n' + body.encode('ascii')

def multipart(sub, boundary, parts, preamble=None, extra=''):
    out = b'Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (sub.encode(), boundary.encode(), extra.encode())
    if preamble:
        out += preamble.encode('ascii') + b'\n'
    for p in parts:
        out += b'\n--' + boundary.encode() + b'\n' + p
    out += b'\n--' + boundary.encode() + b'--\n'
    return out

def message(envelope, headers, body_entity):
    """envelope: dict(rcpt, mailfrom, received=[lines]); headers: list of (name, value);
    body_entity: bytes starting with the Content-Type header block of the top entity."""
    out = 'Return-Path: <%s>\nDelivered-To: %s\n' % (envelope['mailfrom'], envelope['rcpt'])
    for r in envelope['received']:
        out += 'Received: ' + r + '\n'
    for k, v in headers:
        out += '%s: %s\n' % (k, v)
    out += 'MIME-Version: 1.0\n'
    return out.encode('ascii') + body_entity

def received(helo, ip, server, qid, rcpt, datehdr, ssl=True, extra_hop=None):
    lines = []
    proto = 'ESMTPS' if ssl else 'ESMTP'
    lines.append('from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s' % (helo, helo, ip, server, proto, qid, rcpt, datehdr))
    if extra_hop:
        lines.append(extra_hop)
    return lines

# ---------------------------------------------------------------- dates
WD = '一二三四五六日'

def shanghai(date_hdr):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(date_hdr).astimezone(SH)

def holiday_block_after(d):
    """The first working day after the holiday block that contains d or comes next after d."""
    x = d
    # find first holiday (statutory, not plain weekend) on/after d
    while True:
        h, name = cc.get_holiday_detail(x)
        if h and name:
            break
        x += dt.timedelta(1)
    while not cc.is_workday(x):
        x += dt.timedelta(1)
    return x

def resolve(rule, sent):
    """sent: aware datetime in Asia/Shanghai. Returns (date_str or None, time_str or None)."""
    d = sent.date()
    k = rule[0]
    t = None
    if k == 'abs':
        r = dt.date.fromisoformat(rule[1])
    elif k == 'today':
        r = d
    elif k == 'plus':          # 明天 = +1, 后天 = +2
        r = d + dt.timedelta(rule[1])
    elif k == 'wd':            # bare weekday / 本周X / by Friday: this week if not past else next week
        n = rule[1]
        r = d + dt.timedelta((n - d.weekday()) % 7)
    elif k == 'nextwk':        # 下周X / next Tuesday (following calendar week)
        n = rule[1]
        r = d - dt.timedelta(d.weekday()) + dt.timedelta(7 + n)
    elif k == 'workdays':      # N个工作日内, counting from the day after sending
        n, r = rule[1], d
        while n:
            r += dt.timedelta(1)
            if cc.is_workday(r):
                n -= 1
    elif k == 'monthend':
        nm = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        r = nm - dt.timedelta(1)
    elif k == 'after_holiday':
        r = holiday_block_after(d)
    elif k == 'hours':
        x = sent + dt.timedelta(hours=rule[1])
        return x.date().isoformat(), x.strftime('%H:%M')
    elif k == 'tz':            # ('tz', 'YYYY-MM-DD HH:MM', utc_offset_hours) -> Shanghai
        x = dt.datetime.fromisoformat(rule[1]).replace(tzinfo=dt.timezone(dt.timedelta(hours=rule[2]))).astimezone(SH)
        return x.date().isoformat(), x.strftime('%H:%M')
    else:
        raise ValueError(rule)
    t = rule[2] if len(rule) > 2 else None
    return r.isoformat(), t

# ---------------------------------------------------------------- whole message
from email.utils import format_datetime
MX = {'jms': ('mail.jmsamr.example.gov.cn', 'Coremail'), 'ch': ('mx.cuihuang-bamboo.example.cn', 'Postfix'),
      'zj': ('mx.zjnursing.example.cn', 'Postfix'), 'sl': ('mx.siamlatex-bh.example.com', 'Postfix')}

def build(org, *, frm, to, subject, date, mid, entity, cc=None, mailfrom=None, helo='client', ip='10.0.0.8',
          qid='4Q0AB12C3D', extra=(), subj_cs='utf-8', subj_enc='B', subj_label=None, hop=None, order=None):
    """Assemble one stored message. `frm`, `to`, `cc` are already-formatted header values.
    `extra` headers are inserted after Date/Message-ID (client-specific)."""
    rcpt = BOT[org]
    server, soft = MX[org]
    sent = shanghai(date)
    rdate = format_datetime(sent + dt.timedelta(seconds=4))
    if mailfrom is None:
        import re
        mailfrom = re.findall(r'<([^>]+)>', frm)[-1] if '<' in frm else frm
    rec = ['from %s (unknown [%s])\n\tby %s (%s) with ESMTPS id %s\n\tfor <%s>; %s' % (helo, ip, server, soft, qid, rcpt, rdate)]
    if hop:
        rec.append(hop)
    hs = [('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs += [('Subject', ew(subject, subj_cs, subj_enc, subj_label)), ('Date', date), ('Message-ID', mid)]
    hs += [(k, v if all(ord(c) < 128 for c in v) else ew(v)) for k, v in extra]
    if order:
        hs = order(hs)
    return message({'mailfrom': mailfrom, 'rcpt': rcpt, 'received': rec}, hs, entity)

def html_wrap(inner, charset='utf-8', head_extra='', body_attr=''):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s</head>\n'
            '<body%s>\n%s\n</body>\n</html>\n' % (charset, head_extra, body_attr, inner))

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def html_table(rows, border=1, style='border-collapse:collapse', td_style='padding:2px 6px'):
    out = ['<table border="%d" cellspacing="0" cellpadding="0" style="%s">' % (border, style)]
    for i, r in enumerate(rows):
        out.append('<tr>')
        for c in r:
            attrs = ''
            if isinstance(c, tuple):
                c, attrs = c
            tag = 'th' if i == 0 else 'td'
            out.append('<%s%s style="%s">%s</%s>' % (tag, (' ' + attrs) if attrs else '', td_style, esc(c).replace('\n', '<br>'), tag))
        out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)

def text_to_html(text):
    return '\n'.join('<div>%s</div>' % (esc(l) if l.strip() else '<br>') for l in text.split('\n'))

# ---------------------------------------------------------------- gold items
def it(owner, task, due=None, rule=None, time=None, flags=(), dept=None, name=None, email_=None):
    """One gold item. owner: roster key | None (unit/no person). due: hand-worked date; rule: how check recomputes it."""
    flags = list(flags)
    if owner is None:
        d = dict(owner_name=name, owner_email=email_, department=dept)
        if name is None and 'no_owner' not in flags:
            flags.insert(0, 'no_owner')
    else:
        n, e, dep, _, _ = ROSTER[owner]
        d = dict(owner_name=n, owner_email=e, department=dep or None)
    if due is None and not ({'vague_due', 'no_due'} & set(flags)):
        flags.append('no_due')
    d.update(task=task, due_date=due, due_time=time, flags=flags)
    return d, rule

def nf(date, time=None, rule=None):
    return dict(date=date, time=time), rule

CASES = []
def case(num, slug, kind, eml, items=(), next_fu=None, notes='', summary='', tests=''):
    CASES.append(dict(num=num, slug=slug, kind=kind, eml=eml, items=list(items), nf=next_fu,
                      notes=notes, summary=summary, tests=tests))


# ---------------------------------------------------------------- attachments (deterministic)
def make_docx(blocks, title='', author='', fixed='2026-01-01T00:00:00'):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows). Returns .docx bytes with fixed zip times and core props."""
    import docx, zipfile
    from docx.shared import Pt
    d = docx.Document()
    for kind, v in blocks:
        if kind == 'h':
            d.add_heading(v, level=1)
        elif kind == 'p':
            d.add_paragraph(v)
        elif kind == 't':
            t = d.add_table(rows=len(v), cols=len(v[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(v):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    cp = d.core_properties
    fx = dt.datetime.fromisoformat(fixed)
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = fx
    cp.revision = 1
    raw = io.BytesIO(); d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in sorted(zin.namelist(), key=lambda n: (n != '[Content_Types].xml', n)):
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(n))
    return out.getvalue()

def make_pdf(lines, title='', author=''):
    """A simple text PDF (reportlab, invariant=1) with a CJK CID font. lines: list of (size, text)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title); c.setAuthor(author)
    y = A4[1] - 60
    for size, text in lines:
        c.setFont('STSong-Light', size)
        c.drawString(56, y, text)
        y -= size + 9
        if y < 60:
            c.showPage(); y = A4[1] - 60
    c.showPage(); c.save()
    return buf.getvalue()
