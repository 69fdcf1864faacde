"""Helpers for make_heldout39.py: people, date rules, MIME assembly, HTML/text rendering, attachments.

Everything here is deterministic: no clock reads, no randomness. Identifiers that look random
(Message-IDs, boundaries) are derived from hashes of fixed strings.
"""
import base64
import datetime as _dt
import hashlib
import io
import quopri
import zipfile

import chinese_calendar

SHANGHAI = _dt.timezone(_dt.timedelta(hours=8))

# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

class Person:
    def __init__(self, key, name, email, dept, manager, aliases):
        self.key, self.name, self.email = key, name, email
        self.dept, self.manager, self.aliases = dept, manager, aliases


PEOPLE = {}
ROSTER_ORDER = []


def person(key, name, email, dept='', manager='', aliases=''):
    p = Person(key, name, email, dept, manager, aliases)
    PEOPLE[key] = p
    ROSTER_ORDER.append(key)
    return p


A = 'qsgd.example.cn'                 # 国网铅山县供电公司 (Shangrao, Jiangxi)
B = 'haicheng-pharm.example.cn'       # 浙江海澄药业股份有限公司 (Taizhou, Zhejiang)
C = 'coconest.example.com'            # 三亚椰栖科技有限公司 CocoNest (Sanya, Hainan)
D = 'rheintal-bearings.example.com'   # 莱茵谷精密轴承（常熟）有限公司 Rheintal Precision Bearings (Changshu)

BOT = {'A': 'minutes@' + A, 'B': 'minutes@' + B, 'C': 'minutes@' + C, 'D': 'minutes@' + D}

# --- A: state-grid county branch -------------------------------------------------------------
person('zoujh', '邹建华', 'zoujh@' + A, '公司领导', '', '邹总;邹经理;Zou Jianhua')
person('penglj', '彭丽君', 'penglj@' + A, '办公室', 'zoujh@' + A, '彭主任;Peng Lijun')
person('yuwt', '余文涛', 'yuwt@' + A, '办公室', 'penglj@' + A, '小余;文涛;Yu Wentao')
person('wanggp', '汪国平', 'wanggp@' + A, '运维检修部', 'zoujh@' + A, '汪主任;Wang Guoping')
person('chengzg', '程志刚', 'chengzg@' + A, '运维检修部', 'wanggp@' + A, '程工;志刚;Cheng Zhigang')
person('yanxb', '严小兵', 'yanxb@' + A, '运维检修部', 'wanggp@' + A, '严班长;小兵;Yan Xiaobing')
person('yehy', '叶海燕', 'yehy@' + A, '营销部', 'zoujh@' + A, '叶主任;Ye Haiyan')
person('zhuxd', '祝晓东', 'zhuxd@' + A, '营销部', 'yehy@' + A, '祝工;晓东;Zhu Xiaodong')
person('maowd', '毛卫东', 'maowd@' + A, '安全监察部', 'zoujh@' + A, '毛主任;Mao Weidong')
person('xuch', '徐春华', 'xuch@' + A, '发展建设部', 'zoujh@' + A, '徐主任;Xu Chunhua')
person('kejun', '柯珺', 'kejun@' + A, '电力调度控制分中心', 'zoujh@' + A, '柯主任;Ke Jun')
person('wujs', '吴金水', 'wujs@' + A, '河口供电所', 'yehy@' + A, '吴所长;老吴;Wu Jinshui')
person('fangzy', '方志勇', 'fangzy@qsgyq.example.gov.cn', '', '', '方主任')
person('hudm', '胡德明', 'hudm@qianfeng-xcl.example.cn', '', '', '胡经理')

# --- B: API maker ----------------------------------------------------------------------------
person('zhanggd', '张国栋', 'zhangguodong@' + B, '总经办', '', '张总;Zhang Guodong')
person('linjp', '林建平', 'linjianping@' + B, '生产中心', 'zhangguodong@' + B, '林总;林副总;Lin Jianping')
person('chenjy', '陈佳怡', 'chenjiayi@' + B, '质量保证部', 'zhangguodong@' + B, '陈经理;佳怡;Joy;Joy Chen')
person('jinxl', '金晓丽', 'jinxiaoli@' + B, '质量控制部', 'chenjiayi@' + B, '金主管;晓丽;Jin Xiaoli')
person('yangzy', '杨振宇', 'yangzhenyu@' + B, '合成二车间', 'linjianping@' + B, '杨主任;振宇;Yang Zhenyu')
person('wanghb', '王海波', 'wanghaibo@' + B, '设备工程部', 'linjianping@' + B, '王工;海波;Wang Haibo')
person('lusy', '卢思远', 'lusiyuan@' + B, 'EHS部', 'linjianping@' + B, '卢工;思远;Lu Siyuan')
person('qianyq', '钱雅琴', 'qianyaqin@' + B, '注册部', 'zhangguodong@' + B, '钱老师;钱经理;Qian Yaqin')
person('yingzq', '应志强', 'yingzhiqiang@' + B, '供应链部', 'linjianping@' + B, '应经理;志强;Ying Zhiqiang')
person('weizy', '韦志远', 'weizhiyuan@' + B, '供应链部', 'yingzhiqiang@' + B, '韦主管;仓储主管;小韦;Wei Zhiyuan')
person('jiangw', '蒋雯', 'jiangwen@' + B, '国际销售部', 'zhangguodong@' + B, '蒋经理;Wendy;Wendy Jiang')
person('marieke', 'Marieke de Vries', 'm.devries@noordhaven.example.nl', '', '', 'Marieke')
person('pieter', 'Pieter Bakker', 'p.bakker@noordhaven.example.nl', '', '', 'Pieter')

# --- C: holiday-rental start-up ----------------------------------------------------------------
person('tina', '黎婉婷', 'tina@' + C, '管理层', '', 'Tina;Tina Li;婉婷;Tina姐')
person('dragon', '符小龙', 'dragon@' + C, '房源运营部', 'tina@' + C, '龙哥;小龙;Dragon;Dragon Fu')
person('maggie', '麦嘉欣', 'maggie@' + C, '房源运营部', 'dragon@' + C, '嘉欣;Maggie;Maggie Mai')
person('zhipeng', '邢志鹏', 'zhipeng@' + C, '产品技术部', 'tina@' + C, '邢工;志鹏;Zhipeng;Xing Zhipeng')
person('wenbo', '吉文博', 'wenbo@' + C, '产品技术部', 'zhipeng@' + C, '文博;Wenbo;Ji Wenbo')
person('faye', '云晓菲', 'faye@' + C, '增长市场部', 'tina@' + C, '晓菲;菲菲;Faye;Faye Yun')
person('keke', '陈可', 'keke@' + C, '客服中心', 'dragon@' + C, '可可;陈主管;Keke;Chen Ke')
person('siqi', '王思琪', 'siqi@' + C, '财务部', 'tina@' + C, '思琪;Siqi;Wang Siqi')
person('zixuan', '黄子轩', 'jason@' + C, '商务拓展部', 'tina@' + C, '子轩;Jason;Jason Huang')
person('minji', 'Kim Minji', 'minji.kim@haneultravel.example.kr', '', '', 'Minji;Minji Kim;김민지')
person('dengcm', '邓春梅', 'dengcm@jiewu-clean.example.cn', '', '', '邓经理;春梅')
person('landlord', '陈国华', 'cgh1968@qq.example.com', '', '', '陈先生;海棠湾2栋1503房东')
person('xiehui', '吴晓洁', 'symsxh@163.example.com', '', '', '吴秘书长;三亚民宿行业协会秘书处')

# --- D: Swiss-owned bearing plant ----------------------------------------------------------------
person('keller', 'Martin Keller', 'martin.keller@' + D, 'Management', '', 'Martin;Keller;马丁')
person('brunner', 'Sandra Brunner', 'sandra.brunner@' + D, 'Group Quality (HQ)', '', 'Sandra')
person('meier', 'Lukas Meier', 'lukas.meier@' + D, 'Group Engineering (HQ)', '', 'Lukas')
person('guzh', '顾振华', 'zhenhua.gu@' + D, 'Production', 'martin.keller@' + D, 'Vincent Gu;Vincent;Zhenhua;顾经理')
person('shenli', '沈丽', 'li.shen@' + D, 'Quality', 'martin.keller@' + D, 'Lily Shen;Lily;沈工')
person('lujm', '陆建明', 'jianming.lu@' + D, 'Maintenance', 'zhenhua.gu@' + D, 'James Lu;James;陆工')
person('jixy', '季晓燕', 'xiaoyan.ji@' + D, 'Supply Chain', 'martin.keller@' + D, 'Grace Ji;Grace')
person('zhuhao', '朱浩', 'hao.zhu@' + D, 'Logistics', 'xiaoyan.ji@' + D, 'Howard Zhu;Howard;朱主管')
person('caoying', '曹颖', 'ying.cao@' + D, 'HR & Admin', 'martin.keller@' + D, 'Iris Cao;Iris')
person('yvonne', '林怡君', 'yvonne.lin@' + D, 'Sales', 'martin.keller@' + D, 'Yvonne Lin;Yvonne')
person('joerg', 'Jörg Hansen', 'joerg.hansen@voss-antrieb.example.de', '', '', 'Jörg;Joerg Hansen')


def roster_csv():
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['name', 'email', 'department', 'manager_email', 'aliases'])
    for k in ROSTER_ORDER:
        p = PEOPLE[k]
        w.writerow([p.name, p.email, p.dept, p.manager, p.aliases])
    return buf.getvalue()


# ---------------------------------------------------------------------------
# date rules (the gold's dates are recomputed from these in --check)
# ---------------------------------------------------------------------------

def is_workday(d):
    return chinese_calendar.is_workday(d)


def rule_date(rule, sent):
    """rule: tuple; sent: aware datetime. Returns (date or None, time 'HH:MM' or None from the rule)."""
    local = sent.astimezone(SHANGHAI)
    today = local.date()
    kind = rule[0]
    if kind == 'date':
        d = _dt.date.fromisoformat(rule[1])
        if len(rule) > 2 and rule[2] is not None and d.weekday() != rule[2]:
            raise ValueError('weekday assertion failed for %s' % rule[1])
        return d, None
    if kind == 'wd':          # bare weekday: this week's if not yet past (today counts), else next week's
        n = rule[1]
        delta = (n - today.weekday()) % 7
        return today + _dt.timedelta(days=delta), None
    if kind == 'thiswk':      # 本周X: that day of this Monday-Sunday week
        return today - _dt.timedelta(days=today.weekday()) + _dt.timedelta(days=rule[1]), None
    if kind == 'nextwk':      # 下周X: that day of the next calendar week
        return today - _dt.timedelta(days=today.weekday()) + _dt.timedelta(days=7 + rule[1]), None
    if kind == 'workdays':    # N个工作日内: counted from the day after sending
        n, d = rule[1], today
        while n:
            d += _dt.timedelta(days=1)
            if is_workday(d):
                n -= 1
        return d, None
    if kind == 'month_end':   # 本月底 / 月底前 / end of May
        month = rule[1] if len(rule) > 1 else today.month
        first_next = _dt.date(today.year + (month == 12), month % 12 + 1, 1)
        return first_next - _dt.timedelta(days=1), None
    if kind in ('after_hol', 'before_hol'):
        d = today
        while True:   # first statutory-holiday day on or after the send date
            on, name = chinese_calendar.get_holiday_detail(d)
            if on and name:
                break
            d += _dt.timedelta(days=1)
        if kind == 'after_hol':
            while not is_workday(d):
                d += _dt.timedelta(days=1)
        else:
            d -= _dt.timedelta(days=1)
            while not is_workday(d):
                d -= _dt.timedelta(days=1)
        return d, None
    if kind == 'today':
        return today, None
    if kind == 'tomorrow':
        return today + _dt.timedelta(days=1), None
    if kind == 'hours':
        t = local + _dt.timedelta(hours=rule[1])
        return t.date(), t.strftime('%H:%M')
    if kind in ('vague', 'none'):
        return None, None
    raise ValueError(rule)


def D(iso, wd=None):
    return ('date', iso, wd)


WD = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)


class Item:
    def __init__(self, owner, task, rule, time=None, dept=None, name=None, email=None):
        self.owner, self.task, self.rule, self.time = owner, task, rule, time
        self.dept, self.name, self.email = dept, name, email

    def gold(self, sent):
        if self.owner:
            p = PEOPLE[self.owner]
            name, email, dept = p.name, p.email, (p.dept or None)
        else:
            name, email, dept = self.name, self.email, self.dept
        d, t = rule_date(self.rule, sent)
        flags = []
        if not name:
            flags.append('no_owner')
        if self.rule[0] == 'vague':
            flags.append('vague_due')
        if self.rule[0] == 'none':
            flags.append('no_due')
        return {'owner_name': name, 'owner_email': email, 'department': dept, 'task': self.task,
                'due_date': d.isoformat() if d else None, 'due_time': t or self.time, 'flags': flags}


def I(owner, task, rule, time=None, dept=None):
    return Item(owner, task, rule, time=time, dept=dept)


def next_gold(spec, sent):
    if spec is None:
        return None
    rule, time = spec
    d, _ = rule_date(rule, sent)
    return {'date': d.isoformat(), 'time': time}


# ---------------------------------------------------------------------------
# hashing helpers for realistic-looking identifiers
# ---------------------------------------------------------------------------

def hx(seed, n, upper=False):
    h = hashlib.sha256(seed.encode('utf-8')).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    return h[:n].upper() if upper else h[:n]


def b64id(seed, n):
    raw = hashlib.sha256(seed.encode('utf-8')).digest() * 4
    return base64.urlsafe_b64encode(raw).decode('ascii').replace('=', '')[:n]


# ---------------------------------------------------------------------------
# date header formatting
# ---------------------------------------------------------------------------
_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def when(y, mo, d, h, mi, s, tzh=8):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone(_dt.timedelta(hours=tzh)))


def rfc_date(t, pad=False, comment=None):
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    day = ('%02d' % t.day) if pad else str(t.day)
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (_DAYS[t.weekday()], day, _MONS[t.month - 1], t.year,
                                                    t.hour, t.minute, t.second, sign, mins // 60, mins % 60)
    if comment:
        s += ' (%s)' % comment
    return s


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------------------
# header encoding
# ---------------------------------------------------------------------------

def enc_words(text, label, codec=None, mode='B', maxlen=75):
    """Split text into RFC 2047 encoded words no longer than maxlen, never splitting a character."""
    codec = codec or label
    words, cur = [], ''
    prefix = '=?%s?%s?' % (label, mode)

    def encode(chunk):
        raw = chunk.encode(codec)
        if mode.upper() == 'B':
            body = base64.b64encode(raw).decode('ascii')
        else:
            body = ''
            for b in raw:
                c = chr(b)
                if b == 0x20:
                    body += '_'
                elif (c.isalnum() and b < 128) or c in '!*+-/':
                    body += c
                else:
                    body += '=%02X' % b
        return prefix + body + '?='

    for ch in text:
        trial = cur + ch
        if len(encode(trial)) > maxlen and cur:
            words.append(encode(cur))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(encode(cur))
    return words


def subj(text, label='utf-8', codec=None, mode='B', fold='\n ', maxlen=75):
    if all(ord(c) < 128 for c in text):
        return text
    return fold.join(enc_words(text, label, codec, mode, maxlen))


def addr(name, email, label='utf-8', codec=None, quote=False, mode='B'):
    if not name:
        return '<%s>' % email if quote else email
    if all(ord(c) < 128 for c in name):
        if quote or any(c in name for c in ',.;:()<>@[]"'):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    w = ' '.join(enc_words(name, label, codec, mode))
    return '%s <%s>' % (w, email)   # encoded words are never put inside quotes (RFC 2047 5.3)


def alist(addrs, joiner=',\n '):
    return joiner.join(addrs)


# ---------------------------------------------------------------------------
# MIME tree and serialisation (bytes exactly as written; LF inside, CRLF on request)
# ---------------------------------------------------------------------------

class Leaf:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body  # body: bytes already transfer-encoded, ending with \n


class Multi:
    def __init__(self, headers, boundary, parts, preamble=None, epilogue=''):
        self.headers, self.boundary, self.parts = headers, boundary, parts
        self.preamble, self.epilogue = preamble, epilogue


def _hdr_bytes(headers):
    out = b''
    for name, value in headers:
        out += ('%s: %s\n' % (name, value)).encode('utf-8')
    return out


def render(node):
    out = _hdr_bytes(node.headers) + b'\n'
    if isinstance(node, Leaf):
        return out + node.body
    if node.preamble is not None:
        out += node.preamble.encode('ascii') + b'\n'
    for p in node.parts:
        out += ('--%s\n' % node.boundary).encode('ascii')
        body = render(p)
        if not body.endswith(b'\n'):
            body += b'\n'
        out += body + b'\n'
    out += ('--%s--\n' % node.boundary).encode('ascii')
    if node.epilogue:
        out += node.epilogue.encode('ascii')
    return out


def encode_body(text_or_bytes, cte, codec='utf-8'):
    raw = text_or_bytes if isinstance(text_or_bytes, bytes) else text_or_bytes.encode(codec)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        enc = quopri.encodestring(raw)
        return enc if enc.endswith(b'\n') else enc + b'\n'
    if cte in ('8bit', '7bit'):
        if cte == '7bit':
            raw.decode('ascii')
        return raw if raw.endswith(b'\n') else raw + b'\n'
    raise ValueError(cte)


def text_leaf(text, ctype, cte, codec='utf-8', extra=()):
    if not text.endswith('\n'):
        text += '\n'
    headers = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)] + list(extra)
    return Leaf(headers, encode_body(text, cte, codec))


def bin_leaf(data, ctype, disposition, extra=()):
    headers = [('Content-Type', ctype), ('Content-Transfer-Encoding', 'base64')] + list(extra)
    if disposition:
        headers.append(('Content-Disposition', disposition))
    return Leaf(headers, base64.encodebytes(data))


def refold(name, value, width=78):
    """Fold a one-line address list at its commas, as mail clients do."""
    if '\n' in value or len(name) + 2 + len(value) <= width:
        return value
    parts = value.split(', ')
    lines, cur = [], name + ': ' + parts[0]
    for p in parts[1:]:
        if len(cur) + 2 + len(p) > width:
            lines.append(cur + ',')
            cur = ' ' + p
        else:
            cur += ', ' + p
    lines.append(cur)
    return '\n'.join(lines)[len(name) + 2:]


def message(top_headers, node, trace, crlf=False):
    """trace: headers the receiving server put on top (Return-Path, Delivered-To, Received...)."""
    top_headers = [(k, refold(k, v) if k.lower() in ('to', 'cc', 'from', 'reply-to') else v) for k, v in top_headers]
    node.headers = list(top_headers) + list(node.headers)
    raw = _hdr_bytes(trace) + render(node)
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    return raw


def plain_message(top_headers, leaf, trace, crlf=False):
    return message(top_headers, leaf, trace, crlf)


# ---------------------------------------------------------------------------
# content blocks: a list of str lines (''=blank) and Table objects
# ---------------------------------------------------------------------------

class Table:
    def __init__(self, rows, header=True, widths=None):
        self.rows, self.header, self.widths = rows, header, widths


class Raw:
    """A block given as its own HTML and text renderings (quote headers, signatures, separators)."""
    def __init__(self, html, text):
        self.html, self.text = html, text


def to_text(blocks, cell_sep='\t'):
    out = []
    for b in blocks:
        if isinstance(b, Raw):
            out.append(b.text)
        elif isinstance(b, Table):
            for r in b.rows:
                out.append(cell_sep.join(c.replace('\n', ' ') for c in r))
        else:
            out.append(b)
    return '\n'.join(out) + '\n'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def _lead_spaces(s):
    n = len(s) - len(s.lstrip(' '))
    return '&nbsp;' * n + esc(s.lstrip(' '))


def html_outlook(blocks, charset, lang='ZH-CN', font='等线'):
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:%s;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n'
            '\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:%s;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">\n'
            '<div class="WordSection1">\n') % (charset, font, font, lang)
    parts = [head]
    for b in blocks:
        if isinstance(b, Raw):
            parts.append(b.html)
        elif isinstance(b, Table):
            parts.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                         'style="border-collapse:collapse;border:none">\n')
            for ri, r in enumerate(b.rows):
                parts.append('<tr>\n')
                for c in r:
                    inner = '<br>\n'.join(esc(x) for x in c.split('\n')) if c else '<o:p>&nbsp;</o:p>'
                    if b.header and ri == 0:
                        inner = '<b>%s</b>' % inner
                    parts.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">\n'
                                 '<p class="MsoNormal">%s<o:p></o:p></p>\n</td>\n' % inner)
                parts.append('</tr>\n')
            parts.append('</table>\n')
        elif b == '':
            parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        else:
            parts.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % _lead_spaces(b))
    parts.append('</div>\n</body>\n</html>\n')
    return ''.join(parts)


def html_divs(blocks, head='', tail='', div='<div>%s</div>', blank='<div><br></div>',
              table_attr='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"'):
    parts = [head]
    for b in blocks:
        if isinstance(b, Raw):
            parts.append(b.html)
        elif isinstance(b, Table):
            parts.append('<table %s>\n<tbody>\n' % table_attr)
            for ri, r in enumerate(b.rows):
                tag = 'th' if (b.header and ri == 0) else 'td'
                parts.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, '<br>'.join(esc(x) for x in c.split('\n')), tag)
                                              for c in r) + '</tr>\n')
            parts.append('</tbody>\n</table>\n')
        elif b == '':
            parts.append(blank + '\n')
        else:
            parts.append(div % _lead_spaces(b) + '\n')
    parts.append(tail)
    return ''.join(parts)


# ---------------------------------------------------------------------------
# attachments
# ---------------------------------------------------------------------------

def _rezip(data, stamp):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=stamp)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, zin.read(info.filename))
    zout.close()
    return out.getvalue()


def make_docx(paras, author, when_dt, title=''):
    """paras: list of ('h', text) | ('p', text) | ('t', rows)."""
    import docx
    from docx.oxml.ns import qn
    doc = docx.Document()
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    for kind, val in paras:
        if kind == 'h':
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            p.alignment = 1
        elif kind == 'p':
            doc.add_paragraph(val)
        elif kind == 't':
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    cp = doc.core_properties
    naive = when_dt.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    cp.author = author
    cp.last_modified_by = author
    cp.created = naive
    cp.modified = naive
    cp.revision = 3
    cp.title = title
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when_dt.year, when_dt.month, when_dt.day, when_dt.hour, when_dt.minute, 0)
    return _rezip(buf.getvalue(), stamp)


WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'


def make_pdf(lines, title):
    """lines: list of (size, text). Text is drawn with an embedded CJK TrueType subset (WenQuanYi Zen Hei)
    or, where that font is absent, the built-in STSong-Light CID font."""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.lib.pagesizes import A4
    import os
    if os.path.exists(WQY):
        from reportlab.pdfbase.ttfonts import TTFont
        try:
            pdfmetrics.getFont('WQY')
        except KeyError:
            pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
        font = 'WQY'
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        font = 'STSong-Light'
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor('')
    y = 800
    for size, text in lines:
        if y < 60:
            c.showPage()
            y = 800
        if text:
            c.setFont(font, size)
            c.drawString(60, y, text)
        y -= size + 9
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------
# case registry and small client helpers
# ---------------------------------------------------------------------------

CASES = []


class Case:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    @property
    def name(self):
        return '%d-%s' % (self.num, self.slug)

    def gold(self):
        items = [it.gold(self.sent) for it in self.items]
        return {'kind': self.kind, 'items': items,
                'next_followup': next_gold(self.next, self.sent) if self.kind == 'minutes' else None,
                'reply': None, 'notes': self.notes}


def add_case(**kw):
    kw.setdefault('items', [])
    kw.setdefault('next', None)
    kw.setdefault('attachments', [])
    c = Case(**kw)
    CASES.append(c)
    return c


def trace(rcpt, return_path, received):
    """Headers the receiving server adds on top: Return-Path, Delivered-To, Received lines (newest first)."""
    h = [('Return-Path', '<%s>' % return_path if return_path else '<>'), ('Delivered-To', rcpt)]
    for r in received:
        h.append(('Received', r))
    return h


def outlook_boundary(seed, level='000', idx='0011'):
    return '----=_NextPart_%s_%s_01DC%s.%s' % (level, idx, hx(seed + 'a', 4, True), hx(seed + 'b', 8, True))


def outlook_msgid(seed, domain):
    return '<000001dc%s$%s$%s$@%s>' % (hx(seed + 'm1', 4), hx(seed + 'm2', 8), hx(seed + 'm3', 8), domain)


def thread_index(seed, reply_seed=None):
    raw = hashlib.sha256(seed.encode()).digest()[:22]
    if reply_seed:          # each reply appends a 5-byte child block
        raw += hashlib.sha256(reply_seed.encode()).digest()[:5]
    return base64.b64encode(raw).decode('ascii')


def coremail_msgid(seed, user, domain):
    return '<%s.%s.%s.Coremail.%s@%s>' % (hx(seed + 'c1', 8), hx(seed + 'c2', 4), hx(seed + 'c3', 11), user, domain)


def uuid_like(seed, upper=False):
    h = hx(seed, 32)
    u = '%s-%s-4%s-a%s-%s' % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
    return u.upper() if upper else u


def rfc2231(param, value, charset='UTF-8', fold='\n\t', width=60):
    """param*0*=UTF-8''%E9..; param*1*=... (RFC 2231), folded to keep lines short."""
    from urllib.parse import quote
    raw = value.encode(charset)
    pieces, cur = [], ''
    for ch in value:
        q = quote(ch.encode(charset), safe='')
        if len(cur) + len(q) > width and cur:
            pieces.append(cur)
            cur = q
        else:
            cur += q
    if cur:
        pieces.append(cur)
    if len(pieces) == 1:
        return "%s*=%s''%s" % (param, charset, pieces[0])
    out = []
    for i, pc in enumerate(pieces):
        out.append("%s*%d*=%s%s" % (param, i, ("%s''" % charset) if i == 0 else '', pc))
    return (';' + fold).join(out)
