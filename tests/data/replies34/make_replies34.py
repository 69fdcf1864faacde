#!/usr/bin/env python3
"""Deterministic generator for the blind held-out set "replies34" (cases 6251-6300).

Replies that people send to minutebot's recap mails.  Run
    python make_replies34.py            # (re)write every .eml/.json, roster.csv
    python make_replies34.py --check    # re-parse every .eml, recompute every gold date
No clock, no randomness: every id and hex string is derived from a SHA-256 of fixed text.
Needs the chinesecalendar package (import chinese_calendar) and, for writing, reportlab.
"""
import argparse
import base64
import csv
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import sys
from zoneinfo import ZoneInfo

import email
import email.policy
import email.utils

import chinese_calendar as cc

HERE = os.path.dirname(os.path.abspath(__file__))
SH = ZoneInfo('Asia/Shanghai')
WD_ZH = '一二三四五六日'


def hx(s, n):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]


def hxu(s, n):
    return hx(s, n).upper()


# charset label -> Python codec actually used by the writing client (Outlook writes CP936 under a gb2312 label)
CODEC = {'gb2312': 'gbk', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5', 'utf-8': 'utf-8',
         'iso-2022-jp': 'iso-2022-jp', 'us-ascii': 'ascii'}


def codec(label):
    return CODEC[label.lower()]


# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------
DOM_A = 'zhongchi-rail.example.cn'          # 中驰轨道交通装备（株洲）有限公司
DOM_B = 'jn.taiyue-ins.example.cn'          # 泰岳财产保险股份有限公司济宁中心支公司
DOM_JP = 'kisaragi-denki.example.jp'        # 如月電機株式会社 (Kisaragi Denki)
DOM_HK = 'harbourline-re.example.com.hk'    # 港灣再保險經紀有限公司 (Harbourline Re Brokers)
DOM_TW = 'dingsheng-tw.example.com.tw'      # 鼎晟精密工業股份有限公司

# key: (name, email, department, manager key, aliases, display name in headers)
P = {}


def person(key, name, mail, dept, mgr, aliases, display=None):
    P[key] = dict(key=key, name=name, email=mail, dept=dept, mgr=mgr, aliases=aliases, display=display or name)


# Org A: Zhongchi Rail, Zhuzhou
person('pengzhigang', '彭志刚', 'pengzhigang@' + DOM_A, '项目管理部', None, '彭部长;彭总;Peng Zhigang')
person('tanxiaolin', '谭晓琳', 'tanxiaolin@' + DOM_A, '项目管理部', 'pengzhigang', '谭经理;晓琳;Tan Xiaolin;Linda Tan')
person('hejianjun', '贺建军', 'hejianjun@' + DOM_A, '技术中心', None, '贺总工;贺总;He Jianjun')
person('yiwentao', '易文涛', 'yiwentao@' + DOM_A, '技术中心', 'hejianjun', '易工;Yi Wentao;Mr. Yi;Wentao')
person('dengjun', '邓珺', 'dengjun@' + DOM_A, '技术中心', 'hejianjun', '邓工;Deng Jun')
person('longhaiyan', '龙海燕', 'longhaiyan@' + DOM_A, '采购部', None, '龙经理;龍經理;Long Haiyan;Helen Long')
person('zengkai', '曾凯', 'zengkai@' + DOM_A, '采购部', 'longhaiyan', '小曾;Zeng Kai;Kevin Zeng')
person('luosheng', '罗盛', 'luosheng@' + DOM_A, '质量部', None, '罗部长;Luo Sheng')
person('xiaoyating', '肖雅婷', 'xiaoyating@' + DOM_A, '质量部', 'luosheng', '雅婷;Xiao Yating;Tina Xiao')
person('kuanglei', '旷磊', 'kuanglei@' + DOM_A, '生产制造部', None, '旷主任;Kuang Lei')
person('hushaodong', '胡少东', 'hushaodong@' + DOM_A, '生产制造部', 'kuanglei', '胡工;Hu Shaodong;Mr. Hu')
person('liudeming', '刘德明', 'liudeming@' + DOM_A, '售后服务部', None, '刘经理;Liu Deming')
person('yinhao', '尹浩', 'yinhao@' + DOM_A, '售后服务部', 'liudeming', '尹工;Yin Hao;Mr. Yin')
person('limingyuan', '黎明远', 'limingyuan@' + DOM_A, '国际业务部', None, '黎总;Li Mingyuan;Martin Li')
person('wenjia', '文佳', 'wenjia@' + DOM_A, '国际业务部', 'limingyuan', 'Joy Wen;Joy;Wen Jia;Ms. Wen')
# Org B: Taiyue P&C, Jining central branch
person('kongxiangrui', '孔祥瑞', 'kongxiangrui@' + DOM_B, '总经理室', None, '孔总;Kong Xiangrui')
person('yanming', '颜明', 'yanming@' + DOM_B, '理赔部', 'kongxiangrui', '颜经理;Yan Ming')
person('mengfanchao', '孟凡超', 'mengfanchao@' + DOM_B, '理赔部', 'yanming', '凡超;小孟;Meng Fanchao')
person('caolijuan', '曹丽娟', 'caolijuan@' + DOM_B, '理赔部', 'yanming', '丽娟;Cao Lijuan')
person('zhongweiguo', '仲维国', 'zhongweiguo@' + DOM_B, '车险部', 'kongxiangrui', '仲经理;Zhong Weiguo')
person('yanxiaoxue', '闫晓雪', 'yanxiaoxue@' + DOM_B, '车险部', 'zhongweiguo', '晓雪;Yan Xiaoxue')
person('fuguanghui', '伏广辉', 'fuguanghui@' + DOM_B, '农险部', 'kongxiangrui', '伏经理;伏經理;Fu Guanghui')
person('duanmuting', '端木婷', 'duanmuting@' + DOM_B, '农险部', 'fuguanghui', '端木;Duanmu Ting')
person('ranjing', '冉静', 'ranjing@' + DOM_B, '客户服务部', 'kongxiangrui', '冉经理;Ran Jing')
person('jiapeng', '贾鹏', 'jiapeng@' + DOM_B, '客户服务部', 'ranjing', '小贾;Jia Peng')
person('shaowenbo', '邵文博', 'shaowenbo@' + DOM_B, '综合管理部', 'kongxiangrui', '邵主任;Shao Wenbo')
person('bianyujie', '卞玉洁', 'bianyujie@' + DOM_B, '财务部', 'kongxiangrui', '卞经理;Bian Yujie')
# outsiders who write
person('kenichi', 'Kenichi Sato', 'kenichi.sato@' + DOM_JP, '', None,
       '佐藤健一;佐藤 健一;Sato Kenichi;Sato-san;佐藤', display='佐藤 健一')
person('mayumi', 'Mayumi Nakamura', 'mayumi.nakamura@' + DOM_JP, '', None,
       '中村真由美;中村 真由美;Nakamura Mayumi;Mayumi-san;Mayumi')
person('sho', 'Sho Takahashi', 'sho.takahashi@' + DOM_JP, '', None, '高橋翔;高橋 翔;Takahashi Sho;Sho;Takahashi-san')
person('leungws', '梁詠詩', 'wingsze.leung@' + DOM_HK, '', None, '梁咏诗;Wing-sze Leung;Winnie Leung;梁小姐;Winnie',
       display='Winnie Leung 梁詠詩')
person('hocm', '何志明', 'cm.ho@' + DOM_HK, '', None, 'Ho Chi-ming;CM Ho;何先生')
person('linjr', '林佳蓉', 'cjlin@' + DOM_TW, '', None, 'Lin Chia-jung;Jenny Lin;林小姐')
person('chenky', '陳冠宇', 'kychen@' + DOM_TW, '', None, '陈冠宇;Chen Kuan-yu;Kevin Chen;KY Chen')

# Kisaragi's Outlook shows Japanese display names for Japanese staff in the quoted To line
ORG = {
    'A': dict(domain=DOM_A, mx='mx.' + DOM_A, mx_ip='10.20.1.25', bot='minutes@' + DOM_A),
    'B': dict(domain=DOM_B, mx='mx.' + DOM_B, mx_ip='10.66.0.12', bot='minutes@' + DOM_B),
}
BOT_NAME = '纪要助手'

# ---------------------------------------------------------------------------------------------
# meetings and recaps
# ---------------------------------------------------------------------------------------------
M = {}


def meeting(key, org, lang, subject, organizer, minutes_at, recap_at, to, cc_, items, minutes_mid):
    domain = ORG[org]['domain']
    ra = dt.datetime(*recap_at, tzinfo=SH)
    recap_mid = '<r.%s.%s@%s>' % (ra.strftime('%Y%m%d%H%M'), hx('recap' + key, 10), domain)
    token = 'minutes+r%s@%s' % (hx('token' + key, 16), domain)
    M[key] = dict(key=key, org=org, lang=lang, subject=subject, organizer=organizer,
                  minutes_at=dt.datetime(*minutes_at, tzinfo=SH), recap_at=ra, to=to, cc=cc_,
                  items=[dict(n=i + 1, task=t, owner=o, due=d) for i, (t, o, d) in enumerate(items)],
                  minutes_mid=minutes_mid, recap_mid=recap_mid, token=token, domain=domain,
                  bot=ORG[org]['bot'])


meeting('M1', 'A', 'zh', '【会议纪要】株洲地铁3号线增购车辆牵引变流器交付协调会', 'tanxiaolin',
        (2026, 4, 2, 15, 38, 20), (2026, 4, 2, 15, 41, 7),
        ['tanxiaolin', 'yiwentao', 'zengkai', 'xiaoyating', 'hushaodong', 'yinhao'],
        ['pengzhigang', 'hejianjun', 'longhaiyan', 'luosheng'],
        [('完成TC-3变流器型式试验报告终版', 'yiwentao', '2026-04-03'),
         ('提交第二批IGBT模块到货计划', 'zengkai', '2026-04-08'),
         ('整理首批6台变流器出厂检验记录', 'xiaoyating', '2026-04-10'),
         ('安排变流器柜体喷涂产能', 'hushaodong', '2026-04-09'),
         ('编制现场调试人员派遣计划', 'yinhao', '2026-04-14'),
         ('与业主确认交付节点调整函', 'tanxiaolin', '2026-04-07')],
        '<000001dcc26b$%s$%s$@%s>' % (hx('m1a', 8), hx('m1b', 8), DOM_A))
meeting('M2', 'A', 'en', 'Minutes: Kisaragi IGBT module supply & quality sync (Apr 22)', 'wenjia',
        (2026, 4, 22, 16, 20, 45), (2026, 4, 22, 16, 23, 11),
        ['wenjia', 'kenichi', 'mayumi', 'xiaoyating', 'yiwentao'],
        ['sho', 'limingyuan', 'zengkai'],
        [('send the revised batch-2 delivery schedule', 'kenichi', '2026-04-24'),
         ('share the failure analysis report for lot K2603', 'mayumi', '2026-04-28'),
         ('confirm the incoming inspection criteria', 'xiaoyating', '2026-04-27'),
         ('provide the thermal cycling test data', 'yiwentao', '2026-04-30'),
         ('arrange the Kisaragi audit visit to Zhuzhou', 'wenjia', '2026-05-15')],
        '<000001dcd21f$%s$%s$@%s>' % (hx('m2a', 8), hx('m2b', 8), DOM_A))
meeting('M3', 'B', 'zh', '五一假期车险理赔及客服值班保障会议纪要', 'yanming',
        (2026, 4, 28, 10, 30, 2), (2026, 4, 28, 10, 33, 18),
        ['yanming', 'mengfanchao', 'caolijuan', 'yanxiaoxue', 'jiapeng'],
        ['kongxiangrui', 'zhongweiguo', 'ranjing'],
        [('编制五一假期查勘定损值班表', 'mengfanchao', '2026-04-29'),
         ('与合作4S店确认假期代步车资源', 'yanxiaoxue', '2026-04-30'),
         ('更新大灾应急理赔预案', 'caolijuan', '2026-04-30'),
         ('更新假期客服热线排班及应答话术', 'jiapeng', '2026-04-29'),
         ('统计4月未决赔案清单', 'caolijuan', '2026-05-08'),
         ('提交假期理赔日报模板', 'mengfanchao', '2026-04-30')],
        '<tencent_%s@qq.com>' % hxu('m3mid', 36))
meeting('M4', 'B', 'zh', '2026年度农险再保险续转沟通会纪要（港湾再保）', 'fuguanghui',
        (2026, 5, 13, 15, 10, 33), (2026, 5, 13, 15, 12, 40),
        ['fuguanghui', 'duanmuting', 'leungws', 'bianyujie'],
        ['kongxiangrui', 'hocm'],
        [('提供近五年小麦、玉米赔付率数据', 'duanmuting', '2026-05-20'),
         ('出具再保方案初稿及报价', 'leungws', '2026-05-22'),
         ('确认分保比例及自留额上限', 'fuguanghui', '2026-05-27'),
         ('提交巨灾模型评估所需承保明细', 'duanmuting', '2026-05-18'),
         ('安排分出业务合规审查', 'bianyujie', '2026-05-29')],
        '<000001dcd8e2$%s$%s$@%s>' % (hx('m4a', 8), hx('m4b', 8), DOM_B))
meeting('M5', 'A', 'zh', '【纪要】车门连接器国产化替代评审会（鼎晟精密）', 'longhaiyan',
        (2026, 5, 20, 14, 30, 9), (2026, 5, 20, 14, 33, 2),
        ['longhaiyan', 'linjr', 'chenky', 'xiaoyating', 'dengjun', 'zengkai'],
        ['luosheng', 'hejianjun'],
        [('提供M12连接器样品及材质证明', 'linjr', '2026-05-29'),
         ('完成样品盐雾试验', 'xiaoyating', '2026-06-05'),
         ('输出连接器替代技术评估报告', 'dengjun', '2026-06-10'),
         ('提交鼎晟精密年度报价', 'chenky', '2026-05-25'),
         ('更新合格供应商名录', 'zengkai', '2026-06-12')],
        '<000001dcdf9a$%s$%s$@%s>' % (hx('m5a', 8), hx('m5b', 8), DOM_A))
meeting('M6', 'A', 'zh', '长沙地铁1号线车辆架修项目周例会纪要（第24周）', 'tanxiaolin',
        (2026, 6, 15, 17, 0, 12), (2026, 6, 15, 17, 2, 30),
        ['tanxiaolin', 'hushaodong', 'dengjun', 'zengkai', 'yiwentao', 'yinhao'],
        ['pengzhigang', 'kuanglei', 'liudeming'],
        [('完成首列车转向架分解检测', 'hushaodong', '2026-06-17'),
         ('提交牵引电机返修清单', 'dengjun', '2026-06-18'),
         ('采购轮对轴承备件', 'zengkai', '2026-06-26'),
         ('更新架修作业指导书', 'yiwentao', '2026-06-24'),
         ('整理业主整改意见回复', 'tanxiaolin', '2026-06-18'),
         ('安排端午假期现场值守', 'yinhao', '2026-06-18')],
        '<000001dcfc9f$%s$%s$@%s>' % (hx('m6a', 8), hx('m6b', 8), DOM_A))
meeting('M7', 'B', 'zh', '2026年上半年理赔时效考核复盘会会议纪要', 'yanming',
        (2026, 6, 30, 16, 5, 41), (2026, 6, 30, 16, 8, 3),
        ['yanming', 'caolijuan', 'mengfanchao', 'shaowenbo', 'ranjing'],
        ['kongxiangrui', 'zhongweiguo'],
        [('编制下半年理赔时效提升方案', 'caolijuan', '2026-07-10'),
         ('清理超90天未决赔案', 'mengfanchao', '2026-07-15'),
         ('优化小额快赔线上流程', 'shaowenbo', '2026-07-17'),
         ('整理客户投诉TOP10问题', 'ranjing', '2026-07-03'),
         ('调整查勘员绩效考核表', 'yanming', '2026-07-08'),
         ('组织新入职定损员培训', 'mengfanchao', '2026-07-24')],
        '<tencent_%s@qq.com>' % hxu('m7mid', 36))
meeting('M8', 'A', 'en', 'Minutes: traction motor bearing noise review - Kisaragi / Zhongchi (Jul 8)', 'wenjia',
        (2026, 7, 8, 11, 20, 5), (2026, 7, 8, 11, 23, 48),
        ['wenjia', 'sho', 'kenichi', 'mayumi', 'hushaodong', 'yinhao'],
        ['luosheng', 'limingyuan'],
        [('submit the 8D report on the bearing noise issue', 'sho', '2026-07-15'),
         ('ship 20 replacement bearings to Zhuzhou', 'kenichi', '2026-07-17'),
         ('complete the vibration test on the returned motors', 'hushaodong', '2026-07-10'),
         ('update the PPAP control plan for the bearing line', 'mayumi', '2026-07-10'),
         ('share the field failure records since January', 'yinhao', '2026-07-10')],
        '<000001dd0f0b$%s$%s$@%s>' % (hx('m8a', 8), hx('m8b', 8), DOM_A))


def cutoff(m):
    return m['recap_at'].strftime('%Y-%m-%d') + ' 18:00'   # every recap went out on a working day before 18:00


def recap_text(m, table='pipe'):
    """The recap's text as a client shows it: 'pipe' = the bot's own text/plain part;
    'tab' = what an HTML-composing client writes into its text/plain alternative."""
    L = []
    sep = (lambda cells: '| ' + ' | '.join(cells) + ' |') if table == 'pipe' else (lambda cells: '\t'.join(cells))
    if m['lang'] == 'zh':
        L += ['各位好：', '', '纪要助手已登记本次会议的待办事项：']
        L.append(sep(['序号', '事项', '负责人', '截止时间']))
        for it in m['items']:
            L.append(sep([str(it['n']), it['task'], P[it['owner']]['name'], it['due']]))
        L += ['', '如有异议请于今日内回复（截止 %s，逾期视为无异议）。' % cutoff(m),
              '回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。',
              '', '—— 纪要助手（系统自动发送，请勿修改主题）']
    else:
        L += ['Hello all,', '', 'Minutes Assistant has recorded the following action items:']
        L.append(sep(['#', 'Action item', 'Owner', 'Due']))
        for it in m['items']:
            L.append(sep([str(it['n']), it['task'], P[it['owner']]['name'], it['due']]))
        L += ['', 'If you disagree, please reply today (by %s); otherwise the items are confirmed.' % cutoff(m),
              'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or "extend to Oct 20".',
              '', '-- Minutes Assistant (automated message)']
    return L


def esc(s):
    return html.escape(s, quote=False)


def recap_html(m):
    zh = m['lang'] == 'zh'
    t = recap_text(m)
    head = ['序号', '事项', '负责人', '截止时间'] if zh else ['#', 'Action item', 'Owner', 'Due']
    out = ['<div>%s</div>' % esc(t[0]), '<div><br></div>', '<div>%s</div>' % esc(t[2]),
           '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:14px">',
           '<tr>' + ''.join('<th>%s</th>' % esc(h) for h in head) + '</tr>']
    for it in m['items']:
        out.append('<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (
            it['n'], esc(it['task']), esc(P[it['owner']]['name']), it['due']))
    out.append('</table>')
    tail = t[4 + len(m['items']):]
    for line in tail:
        out.append('<div>%s</div>' % (esc(line) if line else '<br>'))
    return '\n'.join(out)


# ---------------------------------------------------------------------------------------------
# header and MIME helpers
# ---------------------------------------------------------------------------------------------
def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(text, charset, errors='strict', maxlen=75):
    """RFC 2047 B encoded words, split on character boundaries."""
    cdc = codec(charset)

    def enc(s):
        return '=?%s?B?%s?=' % (charset, base64.b64encode(s.encode(cdc, errors)).decode('ascii'))
    words, cur = [], ''
    for ch in text:
        if cur and len(enc(cur + ch)) > maxlen:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def subj(text, charset, errors='strict'):
    if is_ascii(text):
        return text
    return '\n '.join(ew(text, charset, errors))


def addr(name, mail, charset='utf-8', quote=False, errors='strict'):
    if not name:
        return '<%s>' % mail
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, mail)
        return '%s <%s>' % (name, mail)
    # Foxmail and QQ put encoded words inside double quotes; RFC 2047 forbids that (and email.policy.default
    # records a defect), so this set writes them unquoted for every client.
    w = ' '.join(ew(name, charset, errors))
    return '%s <%s>' % (w, mail)


def alist(hname, parts):
    """Join formatted addresses, folding at ', ' so lines stay short."""
    lines, cur = [], hname + ': '
    for i, p in enumerate(parts):
        piece = p + (',' if i < len(parts) - 1 else '')
        if len(cur) + len(piece) + 1 > 78 and cur.strip() != hname + ':':
            lines.append(cur.rstrip())
            cur = ' ' + piece + ' '
        else:
            cur += piece + ' '
    lines.append(cur.rstrip())
    return '\n'.join(lines)[len(hname) + 2:]


def rfc_date(d, tz):
    """'Thu, 2 Apr 2026 17:10:12 +0800' in the given fixed offset (hours)."""
    z = dt.timezone(dt.timedelta(hours=tz))
    x = d.astimezone(z)
    sign = '+' if tz >= 0 else '-'
    return '%s, %d %s %d %02d:%02d:%02d %s%02d00' % (
        ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][x.weekday()], x.day,
        ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][x.month - 1],
        x.year, x.hour, x.minute, x.second, sign, abs(tz))


def local(d, tz):
    return d.astimezone(dt.timezone(dt.timedelta(hours=tz)))


class Leaf:
    def __init__(self, ctype, data, cte, params=(), headers=()):
        self.ctype, self.data, self.cte, self.params, self.headers = ctype, data, cte, list(params), list(headers)


class Multi:
    def __init__(self, subtype, parts, boundary, params=(), preamble=None):
        self.subtype, self.parts, self.boundary, self.params, self.preamble = subtype, parts, boundary, list(params), preamble


def text_leaf(ctype, text, charset, cte, crlf=False, errors='strict', extra_params=(), quote_cs=True, headers=()):
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    b = text.encode(codec(charset), errors)
    cs = '"%s"' % charset if quote_cs else charset
    return Leaf(ctype, b, cte, [('charset', cs)] + list(extra_params), headers)


def encode_body(b, cte):
    if cte == 'base64':
        return base64.encodebytes(b)
    if cte == 'quoted-printable':
        out = quopri.encodestring(b)
        return out if out.endswith(b'\n') else out + b'\n'
    if not b.endswith(b'\n'):
        b += b'\n'
    return b


def ctype_line(node):
    if isinstance(node, Multi):
        ps = '; '.join(['boundary="%s"' % node.boundary] + ['%s=%s' % kv for kv in node.params])
        return 'Content-Type: multipart/%s;\n %s' % (node.subtype, ps)
    ps = ''.join(';\n %s=%s' % kv if len(node.ctype) + sum(len(a) + len(b) for a, b in node.params) > 60 else '; %s=%s' % kv
                 for kv in node.params)
    return 'Content-Type: %s%s' % (node.ctype, ps)


def ser_body(node):
    if isinstance(node, Leaf):
        return encode_body(node.data, node.cte)
    out = b''
    if node.preamble:
        out += node.preamble.encode('ascii') + b'\n'
    for p in node.parts:
        out += b'\n--' + node.boundary.encode('ascii') + b'\n'
        out += ser_part_headers(p) + b'\n'
        body = ser_body(p)
        out += body.rstrip(b'\n') + b'\n' if isinstance(p, Leaf) else body
    out += b'\n--' + node.boundary.encode('ascii') + b'--\n'
    return out


def ser_part_headers(node):
    lines = [ctype_line(node)]
    if isinstance(node, Leaf):
        lines.append('Content-Transfer-Encoding: %s' % node.cte)
        for h, v in node.headers:
            lines.append('%s: %s' % (h, v))
    return ('\n'.join(lines) + '\n').encode('ascii')


def build(headers, root):
    """headers: list of (name, value); ('CT', None) marks where the root Content-Type goes."""
    out = []
    placed = False
    for h, v in headers:
        if h == 'CT':
            out.append(ser_part_headers(root).decode('ascii').rstrip('\n'))
            placed = True
        else:
            out.append('%s: %s' % (h, v))
    if not placed:
        out.append(ser_part_headers(root).decode('ascii').rstrip('\n'))
    head = '\n'.join(out) + '\n\n'
    body = ser_body(root)
    if isinstance(root, Multi):
        body = body.lstrip(b'\n') if not root.preamble else body
    return head.encode('ascii') + body


def attach_leaf(ctype, data, filename):
    if is_ascii(filename):
        params = [('name', '"%s"' % filename)]
        disp = 'attachment; filename="%s"' % filename
    else:
        from urllib.parse import quote
        q = quote(filename.encode('utf-8'))
        params = [('name*', "UTF-8''" + q)]
        disp = "attachment;\n filename*=UTF-8''" + q
    return Leaf(ctype, data, 'base64', params, [('Content-Disposition', disp)])


def make_pdf(lines, cjk=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if cjk:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        font = 'STSong-Light'
    else:
        font = 'Helvetica'
    y = 800
    for i, line in enumerate(lines):
        c.setFont(font, 14 if i == 0 else 10)
        c.drawString(60, y, line)
        y -= 22 if i == 0 else 16
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# quoting helpers
# ---------------------------------------------------------------------------------------------
def recips(keys, style):
    ps = [P[k] for k in keys]
    if style == 'outlook':      # 易文涛 <yiwentao@…>; 曾凯 <…>
        return '; '.join('%s <%s>' % (p['name'], p['email']) for p in ps)
    if style == 'names':        # Foxmail: names only
        return '; '.join(p['name'] for p in ps)
    if style == 'coremail':
        return ', '.join('"%s" <%s>' % (p['name'], p['email']) for p in ps)
    if style == 'qq':
        return ''.join('"%s"<%s>;' % (p['name'], p['email']) for p in ps)
    if style == 'mm':
        return ', '.join('%s<%s>' % (p['name'], p['email']) for p in ps)
    if style == 'comma':
        return ', '.join('%s <%s>' % (p['name'], p['email']) for p in ps)
    raise ValueError(style)


def recap_subject(m):
    return 'Re: ' + m['subject']


def zh_ampm(d):
    h = d.hour
    if h < 12:
        return '上午', (h if h else 12)
    return '下午', (h - 12 if h > 12 else 12)


def lines_html(text, tag='div'):
    out = []
    for line in text.split('\n'):
        out.append('<%s>%s</%s>' % (tag, esc(line) if line else '<br>', tag))
    return '\n'.join(out)


def quote_gt(lines):
    return ['> ' + l if l else '>' for l in lines]


def base_headers(c, m, received_from, via=None):
    """Return-Path / Delivered-To / Received added by the receiving Postfix (the bot's mailbox host, mx.<domain>).
    via: the submitting client as the sender's own mail system saw it; then the hop through that system
    (Org A: Coremail at mail.<domain>; Org B: Tencent Exmail; Dingsheng: its own server; Harbourline: Lark) is added."""
    s = P[c['frm']]
    org = ORG[m['org']]
    at = c['at_dt']
    qid = hxu('qid' + c['key'], 11)
    extra = []
    if via:
        sd = s['email'].split('@')[1]
        t1 = rfc_date(at + dt.timedelta(seconds=1), 8)
        if sd == DOM_A:
            received_from = 'mail.%s (mail.%s [10.20.1.15])' % (DOM_A, DOM_A)
            extra = [('Received', 'from %s\n\tby mail.%s (Coremail) with SMTP id %s;\n\t%s (GMT+08:00)'
                      % (via, DOM_A, 'AQAAf' + hx('cm' + c['key'], 22), t1))]
        elif sd == DOM_B:
            n = 100 + int(hx('sb' + c['key'], 2), 16) % 60
            received_from = 'smtpbg%d.qq.com (smtpbg%d.qq.com [43.155.%d.%d])' % (n, n, 60 + len(c['key']), int(hx('sc' + c['key'], 2), 16))
            extra = [('Received', 'from %s\n\tby bizesmtp.qq.com (ESMTP) with SMTP id 0\n\tfor <%s>; %s'
                      % (via, m['token'], t1))]
        elif sd == DOM_TW:
            received_from = 'mail.%s (mail.%s [203.0.113.45])' % (DOM_TW, DOM_TW)
            extra = [('Received', 'from %s\n\tby mail.%s (Postfix) with ESMTPSA id %s;\n\t%s (CST)'
                      % (via, DOM_TW, hxu('tw' + c['key'], 10), t1))]
        elif sd == DOM_HK:
            received_from = 'va-1-%d.ptr.blmpb.com (va-1-%d.ptr.blmpb.com [209.127.231.%d])' % (
                10 + len(c['key']), 10 + len(c['key']), 20 + len(c['key']))
            extra = []
    recv = ('from %s\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)'
            % (received_from, org['mx'], qid, m['token'], rfc_date(at + dt.timedelta(seconds=3), 8)))
    return [('Return-Path', '<%s>' % s['email']), ('Delivered-To', org['bot']), ('Received', recv)] + extra


def refs(m):
    return m['minutes_mid'] + '\n ' + m['recap_mid']


def to_bot(m, charset='utf-8', quote=False, errors='strict'):
    return addr(BOT_NAME, m['token'], charset, quote, errors)


def cc_list(c, charset='utf-8', quote=False, errors='strict', style='std', sep=','):
    parts = []
    for k in c['cc']:
        p = P[k]
        name = p['display'] if p['key'] == c['frm'] else p['name']
        if style == 'ja' and p['email'].endswith(DOM_JP):
            parts.append(addr(P[k]['display'], p['email'], 'iso-2022-jp', quote))
        else:
            parts.append(addr(name, p['email'], charset, quote, errors))
    return alist('Cc', parts)


def body_text(c):
    t = c['text'].strip('\n')
    if c.get('sig'):
        t += '\n\n' + c['sig'].strip('\n')
    return t


# ---------------------------------------------------------------------------------------------
# clients
# ---------------------------------------------------------------------------------------------
def cl_outlook_zh(c, m, variant='zh'):
    """Outlook 2016/365 desktop for Windows. variant zh (gb2312 label, GBK bytes), en (utf-8 QP), tw (big5)."""
    s, at = P[c['frm']], c['at_dt']
    ra = m['recap_at']
    if variant == 'zh':
        cs, cte, errors = 'gb2312', 'base64', 'strict'
        prefix, lang = '答复: ', 'zh-cn'
        hdr = ['发件人: %s <%s> ' % (BOT_NAME, m['bot']),
               '发送时间: %d年%d月%d日 %d:%02d' % (ra.year, ra.month, ra.day, ra.hour, ra.minute),
               '收件人: ' + recips(m['to'], 'outlook'), '抄送: ' + recips(m['cc'], 'outlook'),
               '主题: ' + recap_subject(m)]
        labels = ['发件人:', '发送时间:', '收件人:', '抄送:', '主题:']
    elif variant == 'en':
        cs, cte, errors = 'utf-8', 'quoted-printable', 'strict'
        prefix, lang = 'RE: ', 'en-us'
        ap = ra.strftime('%I:%M %p').lstrip('0')
        hdr = ['From: %s <%s> ' % (BOT_NAME, m['bot']),
               'Sent: %s, %s %d, %d %s' % (ra.strftime('%A'), ra.strftime('%B'), ra.day, ra.year, ap),
               'To: ' + recips(m['to'], 'outlook'), 'Cc: ' + recips(m['cc'], 'outlook'),
               'Subject: ' + recap_subject(m)]
        labels = ['From:', 'Sent:', 'To:', 'Cc:', 'Subject:']
    else:  # tw: Outlook zh-TW with a fixed Big5 outgoing encoding: characters outside Big5 become '?'
        cs, cte, errors = 'big5', 'base64', 'replace'
        prefix, lang = '回覆: ', 'zh-tw'
        ampm, h12 = zh_ampm(ra)
        hdr = ['寄件者: %s <%s> ' % (BOT_NAME, m['bot']),
               '寄件日期: %d年%d月%d日 %s %02d:%02d' % (ra.year, ra.month, ra.day, ampm, h12, ra.minute),
               '收件者: ' + recips(m['to'], 'outlook'), '副本: ' + recips(m['cc'], 'outlook'),
               '主旨: ' + recap_subject(m)]
        labels = ['寄件者:', '寄件日期:', '收件者:', '副本:', '主旨:']
    plain = body_text(c) + '\n\n' + '\n'.join(hdr) + '\n\n' + '\n'.join(recap_text(m, 'tab')) + '\n'
    # HTML (Word engine)
    paras = []
    for line in body_text(c).split('\n'):
        paras.append('<p class="MsoNormal">%s<span lang="EN-US"><o:p></o:p></span></p>' % esc(line) if line
                     else '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
    hv = [h.split(' ', 1)[1] if ' ' in h else '' for h in hdr]
    hblock = '<br>\n'.join('<b>%s</b> %s' % (lab, esc(v.strip())) for lab, v in zip(labels, hv))
    htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
           '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
           '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
           '\t{margin:0cm;text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;font-family:DengXian;}\n'
           '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
           'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
           '<body lang="%s" link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">\n'
           '<div class="WordSection1">\n%s\n<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n'
           '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
           '<p class="MsoNormal" align="left" style="text-align:left">%s<span lang="EN-US"><o:p></o:p></span></p>\n'
           '</div>\n<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n%s\n</div>\n</body>\n</html>\n'
           % (cs, {'zh': 'ZH-CN', 'en': 'EN-US', 'tw': 'ZH-TW'}[variant], '\n'.join(paras), hblock, recap_html(m)))
    mid_a, mid_b, mid_c = hx('o1' + c['key'], 8), hx('o2' + c['key'], 8), hx('o3' + c['key'], 8)
    ts = hxu('ots' + c['key'], 8)
    root = Multi('alternative', [text_leaf('text/plain', plain, cs, cte, crlf=(cte == 'base64'), errors=errors),
                                 text_leaf('text/html', htm, cs, cte, crlf=(cte == 'base64'), errors=errors)],
                 '----=_NextPart_000_%s_01DC%s.%s' % (hxu('nb' + c['key'], 4), ts[:4], ts), preamble='This is a multipart message in MIME format.')
    host = s['email'].split('@')[1]
    pc = c['frm'].upper()[:12] + '-PC'
    hdrs = base_headers(c, m, None, via='%s (unknown [%s.%d.%d])' % (pc, '10.20' if m['org'] == 'A' and variant != 'tw' else ('192.168' if variant == 'tw' else '10.66'), len(c['key']) * 7 % 250, int(hx('ip' + c['key'], 2), 16)))
    hdrs += [('From', addr(s['display'], s['email'], cs, errors=errors)),
             ('To', to_bot(m, cs, errors=errors)),
             ('Cc', cc_list(c, cs, errors=errors)),
             ('References', refs(m)),
             ('In-Reply-To', m['recap_mid']),
             ('Subject', subj(prefix + recap_subject(m), cs, errors)),
             ('Date', rfc_date(at, 8)),
             ('Message-ID', '<000001dc%s$%s$%s$@%s>' % (mid_a[:4], mid_b, mid_c, host)),
             ('MIME-Version', '1.0'),
             ('CT', None),
             ('X-Mailer', 'Microsoft Outlook 16.0'),
             ('Thread-Index', 'Ad' + base64.b64encode(bytes.fromhex(hx('ti' + c['key'], 32))).decode()[:30]),
             ('Content-Language', lang)]
    return hdrs, root


def exo_received(c, m, region='jpnprd01', srv='TYCPR01MB'):
    n = hxu('srv' + c['key'], 4)
    return ('JPN01-TYC-obe.outbound.protection.outlook.com (mail-tycjpn01on21%02d.outbound.protection.outlook.com '
            '[40.107.114.%d])' % (int(hx('a' + c['key'], 2), 16) % 90 + 10, int(hx('b' + c['key'], 2), 16) % 200 + 20))


def exo_mid(c, srv='TYCPR01MB'):
    n = '%s%s' % (srv, hxu('n' + c['key'], 4))
    return '<%s%s@%s.jpnprd01.prod.outlook.com>' % (n, hxu('mid' + c['key'], 24), n)


def cl_m365(c, m, variant):
    """Kisaragi Denki (Microsoft 365): variant ja (Outlook desktop, Japanese UI), owa (Outlook on the web, English),
    ios (Outlook for iOS), mac (Outlook for Mac)."""
    s, at = P[c['frm']], c['at_dt']
    ra_j = local(m['recap_at'], 9)
    to_j = recips(m['to'], 'outlook')
    cc_j = recips(m['cc'], 'outlook')
    if variant == 'ja':
        tz, prefix = 9, 'RE: '
        hdr = ['差出人: %s <%s> ' % (BOT_NAME, m['bot']),
               '送信日時: %d年%d月%d日 %d:%02d' % (ra_j.year, ra_j.month, ra_j.day, ra_j.hour, ra_j.minute),
               '宛先: ' + to_j, 'CC: ' + cc_j, '件名: ' + recap_subject(m)]
        labels = ['差出人:', '送信日時:', '宛先:', 'CC:', '件名:']
        sepline = None
    elif variant in ('owa', 'ios'):
        tz, prefix = 0, ('RE: ' if variant == 'owa' else '')
        ap = ra_j.strftime('%I:%M %p' if variant == 'owa' else '%I:%M:%S %p').lstrip('0')
        hdr = ['From: %s <%s>' % (BOT_NAME, m['bot']),
               'Sent: %s, %s %d, %d %s' % (ra_j.strftime('%A'), ra_j.strftime('%B'), ra_j.day, ra_j.year, ap),
               'To: ' + to_j, 'Cc: ' + cc_j, 'Subject: ' + recap_subject(m)]
        labels = ['From:', 'Sent:', 'To:', 'Cc:', 'Subject:']
        sepline = '________________________________'
    else:  # mac: Outlook for Mac does not stack a second "Re:"
        tz, prefix = 9, ''
        hdr = ['From: %s <%s>' % (BOT_NAME, m['bot']),
               'Date: %s, %d %s %d at %02d:%02d' % (ra_j.strftime('%A'), ra_j.day, ra_j.strftime('%B'), ra_j.year, ra_j.hour, ra_j.minute),
               'To: ' + recips(m['to'], 'comma'), 'Cc: ' + recips(m['cc'], 'comma'), 'Subject: ' + recap_subject(m)]
        labels = ['From:', 'Date:', 'To:', 'Cc:', 'Subject:']
        sepline = None
    bt = body_text(c)
    plain = bt + '\n\n' + ((sepline + '\n') if sepline else '') + '\n'.join(hdr) + '\n\n' + '\n'.join(recap_text(m, 'tab')) + '\n'
    hv = [h.split(' ', 1)[1] for h in hdr]
    hblock = '<br>\n'.join('<b>%s</b> %s' % (lab, esc(v.strip())) for lab, v in zip(labels, hv))
    if variant in ('owa', 'ios'):
        body_html = '\n'.join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>'
                              % (esc(l) if l else '<br>') for l in bt.split('\n'))
        htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
               '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
               '<body dir="ltr">\n%s\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
               '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n'
               '<div>&nbsp;</div>\n</div>\n%s\n</body>\n</html>\n' % (body_html, hblock, recap_html(m)))
    else:
        paras = '\n'.join('<p class="MsoNormal"><span lang="EN-US">%s<o:p></o:p></span></p>' % (esc(l) if l else '<o:p>&nbsp;</o:p>')
                          for l in bt.split('\n'))
        htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
               '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
               '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
               '<body lang="%s" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s\n'
               '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
               '<p class="MsoNormal">%s</p>\n</div>\n%s\n</div>\n</body>\n</html>\n'
               % ('JA' if variant == 'ja' else 'EN-US', paras, hblock, recap_html(m)))
    cte = 'base64' if variant in ('ja', 'owa', 'ios') else 'quoted-printable'
    parts = [text_leaf('text/plain', plain, 'utf-8', cte, crlf=(cte == 'base64')),
             text_leaf('text/html', htm, 'utf-8', cte, crlf=(cte == 'base64'))]
    if variant == 'mac':
        bnd = 'B_%d_%d' % (3900000000 + int(hx('b1' + c['key'], 6), 16) % 90000000, int(hx('b2' + c['key'], 6), 16))
    else:
        bnd = '_000_%s_' % exo_mid(c)[1:].split('@')[0]
    root = Multi('alternative', parts, bnd)
    if c.get('attach'):
        fn, data = c['attach']
        mixed_b = '_004_%s_' % exo_mid(c)[1:].split('@')[0]
        root = Multi('mixed', [root, attach_leaf('application/pdf', data, fn)], mixed_b)
    from_name = s['display']
    from_h = addr(from_name, s['email'], 'iso-2022-jp') if not is_ascii(from_name) else addr(from_name, s['email'])
    subject = prefix + recap_subject(m)
    hdrs = base_headers(c, m, exo_received(c, m))
    if variant == 'mac':
        hdrs += [('User-Agent', 'Microsoft-MacOutlook/16.98.26061418'),
                 ('Date', rfc_date(at, tz)),
                 ('Subject', subj(subject, 'utf-8')),
                 ('From', from_h),
                 ('To', to_bot(m)),
                 ('CC', cc_list(c, style='ja')),
                 ('Message-ID', '<%s-%s-%s@%s>' % (hxu('mm1' + c['key'], 8), hxu('mm2' + c['key'], 4), hxu('mm3' + c['key'], 12), DOM_JP)),
                 ('Thread-Topic', subj(recap_subject(m), 'utf-8')),
                 ('References', refs(m)),
                 ('In-Reply-To', m['recap_mid']),
                 ('Mime-version', '1.0'),
                 ('CT', None)]
    else:
        hdrs += [('From', from_h),
                 ('To', to_bot(m)),
                 ('CC', cc_list(c, style='ja')),
                 ('Subject', subj(subject, 'utf-8')),
                 ('Thread-Topic', subj(recap_subject(m), 'utf-8')),
                 ('Thread-Index', 'AQH' + base64.b64encode(bytes.fromhex(hx('ti' + c['key'], 40))).decode()[:26]),
                 ('Date', rfc_date(at, tz)),
                 ('Message-ID', exo_mid(c)),
                 ('References', refs(m)),
                 ('In-Reply-To', m['recap_mid']),
                 ('Accept-Language', 'ja-JP, en-US'),
                 ('Content-Language', 'ja-JP' if variant == 'ja' else 'en-US'),
                 ('X-MS-Has-Attach', 'yes' if c.get('attach') else ''),
                 ('X-MS-TNEF-Correlator', ''),
                 ('MIME-Version', '1.0'),
                 ('CT', None)]
    return hdrs, root


def cl_foxmail(c, m):
    s, at = P[c['frm']], c['at_dt']
    ra = m['recap_at']
    hdr = ['发件人： %s' % BOT_NAME, '发送时间： %s' % ra.strftime('%Y-%m-%d %H:%M'),
           '收件人： ' + recips(m['to'], 'names'), '抄送： ' + recips(m['cc'], 'names'),
           '主题： ' + recap_subject(m)]
    plain = (c['text'].strip('\n') + '\n\n\n\n' + c['sig'].strip('\n') + '\n \n' + '\n'.join(hdr) + '\n'
             + '\n'.join(recap_text(m, 'tab')) + '\n')
    body_html = lines_html(c['text'].strip('\n'))
    sig_html = lines_html(c['sig'].strip('\n'))
    labels = ['发件人：', '发送时间：', '收件人：', '抄送：', '主题：']
    vals = [h.split('： ', 1)[1] for h in hdr]
    vals[0] = '<a href="mailto:%s">%s</a>' % (m['bot'], BOT_NAME)
    hb = ''.join('<div><b>%s</b>&nbsp;%s</div>' % (lab, v if i == 0 else esc(v)) for i, (lab, v) in enumerate(zip(labels, vals)))
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: 1.5; }'
           'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
           '%s\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
           '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">%s</div></span></div>\n'
           '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
           '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; '
           'PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; '
           'PADDING-TOP: 8px">%s</div></div>\n<div>%s</div></blockquote>\n</body></html>\n'
           % (body_html, sig_html, hb, recap_html(m)))
    bnd = '----=_001_NextPart%s_=----' % str(int(hx('fb' + c['key'], 10), 16))[:12]
    root = Multi('alternative', [text_leaf('text/plain', plain, 'GBK', 'base64', crlf=True),
                                 text_leaf('text/html', htm, 'GBK', 'base64', crlf=True)], bnd,
                 preamble='This is a multi-part message in MIME format.')
    digits = str(int(hx('fmid' + c['key'], 8), 16))[:7]
    hdrs = base_headers(c, m, None, via='%s-PC (unknown [10.%d.%d.%d])' % (c['frm'].upper(), 20 if m['org'] == 'A' else 66,
                                                                 len(c['frm']) * 3, int(hx('ip' + c['key'], 2), 16)))
    hdrs += [('Date', rfc_date(at, 8)),
             ('From', addr(s['display'], s['email'], 'GBK', quote=True)),
             ('To', to_bot(m, 'GBK', quote=True)),
             ('Cc', cc_list(c, 'GBK', quote=True)),
             ('Subject', subj('回复: ' + recap_subject(m), 'GBK')),
             ('In-Reply-To', m['recap_mid']),
             ('References', refs(m)),
             ('X-Priority', '3'),
             ('X-GUID', '%s-%s-%s-%s-%s' % (hxu('g1' + c['key'], 8), hxu('g2' + c['key'], 4), hxu('g3' + c['key'], 4), hxu('g4' + c['key'], 4), hxu('g5' + c['key'], 12))),
             ('X-Has-Attach', 'no'),
             ('X-Mailer', 'Foxmail 7.2.25.375[cn]'),
             ('Mime-Version', '1.0'),
             ('Message-ID', '<%s%s@%s>' % (at.strftime('%Y%m%d%H%M%S'), digits, s['email'].split('@')[1])),
             ('CT', None)]
    return hdrs, root


def cl_coremail(c, m):
    s, at = P[c['frm']], c['at_dt']
    ra = m['recap_at']
    hdr = ['-----原始邮件-----', '发件人:"%s" <%s>' % (BOT_NAME, m['bot']),
           '发送时间:%s (星期%s)' % (ra.strftime('%Y-%m-%d %H:%M:%S'), WD_ZH[ra.weekday()]),
           '收件人:' + recips(m['to'], 'coremail'), '抄送:' + recips(m['cc'], 'coremail'),
           '主题:' + recap_subject(m)]
    bt = body_text(c)
    plain = bt + '\n\n\n\n' + '\n'.join(hdr) + '\n\n' + '\n'.join(recap_text(m, 'tab')) + '\n'
    labs = ['发件人:', '发送时间:', '收件人:', '抄送:', '主题:']
    hb = '-----原始邮件-----<br>' + ''.join('<b>%s</b>%s<br>' % (l, esc(h[len(l):])) for l, h in zip(labs, hdr[1:]))
    inner = ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in bt.split('\n'))
    htm = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>%s</div><br><br>'
           '<blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
           'border-left:#b6b6b6 2px solid;margin-right:0;">%s<br>%s</blockquote></div>\n' % (inner, hb, recap_html(m)))
    bnd = '----=_Part_%d_%d.%d' % (int(hx('cp1' + c['key'], 6), 16), int(hx('cp2' + c['key'], 7), 16),
                                   int(at.timestamp()) * 1000)
    alt = Multi('alternative', [text_leaf('text/plain', plain, 'UTF-8', 'base64'),
                                text_leaf('text/html', htm, 'UTF-8', 'base64')], bnd)
    root = alt
    if c.get('attach'):
        fn, data = c['attach']
        root = Multi('mixed', [alt, attach_leaf('application/pdf', data, fn)],
                     '----=_Part_%d_%d.%d' % (int(hx('cq1' + c['key'], 6), 16), int(hx('cq2' + c['key'], 7), 16),
                                              int(at.timestamp()) * 1000 + 1))
    user = s['email']
    cid = '%s.%s.%s.Coremail.%s' % (hx('c1' + c['key'], 8), hx('c2' + c['key'], 4), hx('c3' + c['key'], 11), user)
    hdrs = base_headers(c, m, 'mail.%s (mail.%s [10.20.1.15])' % (DOM_A, DOM_A))
    hdrs += [('Received', 'from %s (unknown [10.20.%d.%d])\n\tby ajax-webmail-mail (Coremail) ; %s (GMT+08:00)'
              % (c['frm'], 8 + len(c['frm']) % 5, int(hx('cw' + c['key'], 2), 16), rfc_date(at, 8))),
             ('Date', rfc_date(at, 8)),
             ('From', addr(s['display'], s['email'], 'UTF-8', quote=True)),
             ('To', to_bot(m, 'UTF-8', quote=True)),
             ('Cc', cc_list(c, 'UTF-8', quote=True)),
             ('Subject', subj('Re:Re: ' + m['subject'], 'UTF-8')),
             ('In-Reply-To', m['recap_mid']),
             ('References', refs(m)),
             ('X-Priority', '3'),
             ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20250806(8d3b5c0e)'),
             ('X-Coremail-Locale', 'zh_CN'),
             ('MIME-Version', '1.0'),
             ('Message-ID', '<%s>' % cid),
             ('X-Coremail-Antispam', '1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=='),
             ('CT', None)]
    return hdrs, root


def qq_quote(m, full_colon=False):
    ra = m['recap_at']
    ampm, h12 = zh_ampm(ra)
    return ['------------------ 原始邮件 ------------------',
            '发件人: "%s"<%s>;' % (BOT_NAME, m['bot']),
            '发送时间: %d年%d月%d日(星期%s) %s%d:%02d' % (ra.year, ra.month, ra.day, WD_ZH[ra.weekday()], ampm, h12, ra.minute),
            '收件人: ' + recips(m['to'], 'qq'), '抄送: ' + recips(m['cc'], 'qq'),
            '主题: ' + recap_subject(m)]


def qq_html(bt, m, hdr):
    inner = ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in bt.split('\n'))
    rows = ''.join('<div><b>%s</b>&nbsp;%s</div>' % (h.split(' ', 1)[0], esc(h.split(' ', 1)[1])) for h in hdr[1:])
    return ('<meta http-equiv="Content-Type" content="text/html; charset=@@CS@@">%s<div><br></div><div><br></div>'
            '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;">%s</div><div><br></div>%s\n' % (inner, rows, recap_html(m)))


def cl_exmail(c, m, variant='web'):
    """Tencent Exmail: web (gb18030, QQMail style) or wecom (企业微信 mail, UTF-8; html_only optional)."""
    s, at = P[c['frm']], c['at_dt']
    hdr = qq_quote(m)
    bt = body_text(c)
    plain = bt + '\n\n\n' + '\n'.join(hdr) + '\n\n\n\n' + '\n'.join(recap_text(m, 'tab')) + '\n'
    cs = 'gb18030' if variant == 'web' else 'utf-8'
    htm = qq_html(bt, m, hdr).replace('@@CS@@', cs, 1)
    mid = 'tencent_%s@qq.com' % hxu('tq' + c['key'], 36)
    if variant == 'wecom' and c.get('html_only'):
        root = text_leaf('text/html', htm, cs, 'base64')
    else:
        bnd = '----=_NextPart_%s_%s_%s' % (hxu('q1' + c['key'], 8), hxu('q2' + c['key'], 8), hxu('q3' + c['key'], 8))
        root = Multi('alternative', [text_leaf('text/plain', plain, cs, 'base64'), text_leaf('text/html', htm, cs, 'base64')],
                     bnd, preamble='This is a multi-part message in MIME format.')
    hdrs = base_headers(c, m, 'smtpbg%d.qq.com (smtpbg%d.qq.com [43.155.%d.%d])' % (
        100 + int(hx('sb' + c['key'], 2), 16) % 60, 100 + int(hx('sb' + c['key'], 2), 16) % 60,
        60 + len(c['key']), int(hx('sc' + c['key'], 2), 16)))
    hdrs += [('X-QQ-mid', 'bizesmtp%st%dt%s' % (hx('bz' + c['key'], 2), int(at.timestamp()), hx('bt' + c['key'], 8))),
             ('X-QQ-SSF', '0000000000000000000000000000000'),
             ('X-QQ-XMAILINFO', hx('xi' + c['key'], 24)),
             ('X-HAS-ATTACH', 'no'),
             ('X-QQ-BUSINESS-ORIGIN', '2'),
             ('From', addr(s['display'], s['email'], cs, quote=True)),
             ('To', to_bot(m, cs, quote=True)),
             ('Cc', cc_list(c, cs, quote=True)),
             ('Subject', subj('回复：' + recap_subject(m), cs)),
             ('Mime-Version', '1.0'),
             ('Date', rfc_date(at, 8)),
             ('X-Priority', '3'),
             ('Message-ID', '<%s>' % mid),
             ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
             ('X-Mailer', 'QQMail 2.x' if variant == 'web' else 'WeCom Mail'),
             ('X-QQ-Mailer', 'QQMail 2.x' if variant == 'web' else 'WeCom Mail'),
             ('In-Reply-To', m['recap_mid']),
             ('References', refs(m)),
             ('CT', None)]
    return hdrs, root


def cl_mailmaster(c, m):
    s, at = P[c['frm']], c['at_dt']
    ra = m['recap_at']
    rows = [('发件人', '%s<%s>' % (BOT_NAME, m['bot'])), ('日期', ra.strftime('%Y年%m月%d日 %H:%M')),
            ('收件人', recips(m['to'], 'mm')), ('抄送', recips(m['cc'], 'mm')), ('主题', recap_subject(m))]
    plain = (c['text'].strip('\n') + '\n\n' + '发自网易邮箱大师' + '\n\n' + '---- 回复的原邮件 ----\n'
             + '\n'.join('| %s | %s |' % r for r in rows) + '\n' + '\n'.join(recap_text(m, 'tab')) + '\n')
    inner = ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in c['text'].strip('\n').split('\n'))
    trs = ''.join('<tr><td style="word-break:keep-all;vertical-align:top;padding-right:8px;color:#7d7d7d">%s</td><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           '<div style="line-height:1.7;font-size:14px;">%s</div><div><br></div>'
           '<div id="ntes-iosmail-signature" style="font-size:14px;color:#666;">发自网易邮箱大师</div>'
           '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;border-radius:3px;'
           'margin-top:45px;margin-bottom:20px;font-family:\'微软雅黑\';"><div style="font-size:12px;line-height:1.5;'
           'word-break:break-all;margin-left:10px;margin-right:10px">---- 回复的原邮件 ----</div>'
           '<table class="J-mail-reply-info" style="margin-left:10px;margin-right:10px;font-size:12px;">%s</table></div>'
           '<div>%s</div></body></html>\n' % (inner, trs, recap_html(m)))
    bnd = '----=_Part_%d_%d.%d' % (int(hx('mm1' + c['key'], 6), 16), int(hx('mm2' + c['key'], 7), 16), int(at.timestamp()) * 1000)
    root = Multi('alternative', [text_leaf('text/plain', plain, 'UTF-8', 'base64'),
                                 text_leaf('text/html', htm, 'UTF-8', 'base64')], bnd)
    relay = 'mail.' + s['email'].split('@')[1]
    hdrs = base_headers(c, m, None, via='[%s] (unknown [117.136.%d.%d])' % ('10.20.9.5' if m['org'] == 'A' else '10.66.9.5', 40 + len(c['frm']), int(hx('mmip' + c['key'], 2), 16)))
    hdrs += [('Date', rfc_date(at, 8)),
             ('From', addr(s['display'], s['email'], 'UTF-8')),
             ('To', to_bot(m)),
             ('Cc', cc_list(c)),
             ('Message-ID', '<%s.%s.%s@%s>' % (hx('n1' + c['key'], 8), hx('n2' + c['key'], 5), hx('n3' + c['key'], 11), s['email'].split('@')[1])),
             ('In-Reply-To', m['recap_mid']),
             ('References', refs(m)),
             ('Subject', subj('回复：' + recap_subject(m), 'UTF-8')),
             ('MIME-Version', '1.0'),
             ('X-Mailer', 'NetEase Mail Master'),
             ('CT', None)]
    return hdrs, root


def iphone_attr(m, hk=False):
    ra = m['recap_at']
    if hk:
        ampm, h12 = zh_ampm(ra)
        return '於 %d年%d月%d日 %s%d:%02d，%s <%s> 寫道：' % (ra.year, ra.month, ra.day, ampm, h12, ra.minute, BOT_NAME, m['bot'])
    return '在 %d年%d月%d日，%02d:%02d，%s <%s> 写道：' % (ra.year, ra.month, ra.day, ra.hour, ra.minute, BOT_NAME, m['bot'])


def cl_iphone(c, m, hk=False):
    s, at = P[c['frm']], c['at_dt']
    footer = '從我的 iPhone 傳送' if hk else '发自我的iPhone'
    attr = iphone_attr(m, hk)
    plain = (c['text'].strip('\n') + '\n\n' + footer + '\n\n' + '\n'.join(quote_gt([attr, ''] + recap_text(m, 'tab'))) + '\n')
    inner = ''.join('<div dir="ltr">%s</div>' % (esc(l) if l else '<br>') for l in c['text'].strip('\n').split('\n'))
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">%s'
           '<div dir="ltr"><br></div><div dir="ltr">%s</div><div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
           '<blockquote type="cite"><div dir="ltr">%s</div></blockquote></body></html>\n' % (inner, footer, esc(attr), recap_html(m)))
    uid = '%s-%s-%s-%s-%s' % (hxu('i1' + c['key'], 8), hxu('i2' + c['key'], 4), hxu('i3' + c['key'], 4), hxu('i4' + c['key'], 4), hxu('i5' + c['key'], 12))
    root = Multi('alternative', [text_leaf('text/plain', plain, 'utf-8', 'quoted-printable', quote_cs=False),
                                 text_leaf('text/html', htm, 'utf-8', 'quoted-printable', quote_cs=False)], 'Apple-Mail-' + uid)
    root.boundary_unquoted = True
    dom = s['email'].split('@')[1]
    hdrs = base_headers(c, m, None, via='[192.168.%d.%d] (unknown [223.104.%d.%d])' % (
        1 + len(c['frm']) % 5, int(hx('p0' + c['key'], 2), 16) % 250, int(hx('p1' + c['key'], 2), 16) % 250, int(hx('p2' + c['key'], 2), 16)))
    hdrs += [('From', addr(s['display'], s['email'], 'utf-8')),
             ('Content-Type', None),
             ('Content-Transfer-Encoding', '7bit'),
             ('Mime-Version', '1.0 (1.0)'),
             ('Subject', subj(recap_subject(m), 'utf-8')),
             ('Date', rfc_date(at, 8)),
             ('Message-Id', '<%s@%s>' % (uid, dom)),
             ('References', refs(m)),
             ('Cc', cc_list(c)),
             ('In-Reply-To', m['recap_mid']),
             ('To', to_bot(m)),
             ('X-Mailer', 'iPhone Mail (23E246)')]
    hdrs = [(h, v) if h != 'Content-Type' else ('CT', None) for h, v in hdrs]
    hdrs = [hv for hv in hdrs if hv[0] != 'Content-Transfer-Encoding']
    return hdrs, root


def tb_attr(m, lang='zh'):
    ra = m['recap_at']
    if lang == 'zh':
        return '在 %d/%d/%d %02d:%02d, %s 写道:' % (ra.year, ra.month, ra.day, ra.hour, ra.minute, BOT_NAME)
    return 'On %d/%d/%02d %d:%02d %s, %s wrote:' % (ra.month, ra.day, ra.year % 100, (ra.hour % 12) or 12, ra.minute,
                                                  'PM' if ra.hour >= 12 else 'AM', BOT_NAME)


def cl_thunderbird(c, m):
    """style: bottom (bottom-post, plain text), inline (answer under a quoted row, plain text),
    attr (HTML compose; answer typed on the attribution line)."""
    s, at = P[c['frm']], c['at_dt']
    style = c['style']
    attr = tb_attr(m)
    q = quote_gt(recap_text(m, 'pipe'))
    sig = ('-- \n' + c['sig'].strip('\n')) if c.get('sig') else ''
    if style == 'bottom':
        plain = attr + '\n' + '\n'.join(q) + '\n\n' + c['text'].strip('\n') + '\n\n' + sig + '\n'
        root = text_leaf('text/plain', plain, 'UTF-8', '8bit', extra_params=[('format', 'flowed')], quote_cs=False)
    elif style == 'inline':
        row = c['inline_row']
        idx = next(i for i, l in enumerate(q) if l.startswith('> | %d | ' % row)) + 1
        plain = (attr + '\n' + '\n'.join(q[:idx]) + '\n\n' + c['text'].strip('\n') + '\n\n' + '\n'.join(q[idx:]) + '\n\n' + sig + '\n')
        root = text_leaf('text/plain', plain, 'UTF-8', '8bit', extra_params=[('format', 'flowed')], quote_cs=False)
    else:  # attr
        qt = quote_gt(recap_text(m, 'tab'))
        plain = c['text'].strip('\n') + attr + '\n' + '\n'.join(qt) + '\n'
        htm = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
               '  </head>\n  <body>\n    <div class="moz-cite-prefix">%s%s<br>\n    </div>\n'
               '    <blockquote type="cite" cite="mid:%s">\n%s\n    </blockquote>\n  </body>\n</html>\n'
               % (esc(c['text'].strip('\n')), esc(attr), m['recap_mid'][1:-1], recap_html(m)))
        root = Multi('alternative', [text_leaf('text/plain', plain, 'UTF-8', '8bit', extra_params=[('format', 'flowed')], quote_cs=False),
                                     text_leaf('text/html', htm, 'UTF-8', '8bit', quote_cs=False)],
                     '------------%s' % str(int(hx('tbb' + c['key'], 12), 16))[:24])
    dom = s['email'].split('@')[1]
    uid = '%s-%s-%s-%s-%s' % (hx('t1' + c['key'], 8), hx('t2' + c['key'], 4), hx('t3' + c['key'], 4), hx('t4' + c['key'], 4), hx('t5' + c['key'], 12))
    hdrs = base_headers(c, m, None, via='[10.%d.%d.%d] (unknown [10.%d.%d.%d])' % ((20, 8, 77, 20, 8, 77) if m['org'] == 'A' else (66, 3, 41, 66, 3, 41)))
    hdrs += [('Message-ID', '<%s@%s>' % (uid, dom)),
             ('Date', rfc_date(at, 8)),
             ('MIME-Version', '1.0'),
             ('User-Agent', 'Mozilla Thunderbird'),
             ('Subject', subj(recap_subject(m), 'UTF-8')),
             ('To', to_bot(m, 'UTF-8')),
             ('Cc', cc_list(c, 'UTF-8')),
             ('References', refs(m)),
             ('Content-Language', 'zh-CN'),
             ('From', addr(s['display'], s['email'], 'UTF-8')),
             ('In-Reply-To', m['recap_mid']),
             ('CT', None)]
    return hdrs, root


def cl_huawei(c, m):
    s, at = P[c['frm']], c['at_dt']
    ra = m['recap_at']
    ampm, h12 = zh_ampm(ra)
    hdr = ['-------- 原始邮件 --------', '发件人：%s <%s>' % (BOT_NAME, m['bot']),
           '日期：%d年%d月%d日周%s %s%d:%02d' % (ra.year, ra.month, ra.day, WD_ZH[ra.weekday()], ampm, h12, ra.minute),
           '收件人：' + recips(m['to'], 'comma'), '抄送：' + recips(m['cc'], 'comma'), '主题：' + recap_subject(m)]
    bt = body_text(c)
    plain = bt + '\n\n' + '\n'.join(hdr) + '\n\n' + '\n'.join(recap_text(m, 'tab')) + '\n'
    inner = '<br>'.join(esc(l) for l in bt.split('\n'))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           '<div dir="auto">%s</div><br><br><div dir="auto">%s</div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></body></html>\n'
           % (inner, '<br>'.join(esc(h) for h in hdr), recap_html(m)))
    bnd = '--_com.android.email_%d' % (int(hx('hb' + c['key'], 12), 16) % 10 ** 15)
    root = Multi('alternative', [text_leaf('text/plain', plain, 'utf-8', 'base64', quote_cs=False),
                                 text_leaf('text/html', htm, 'utf-8', 'base64', quote_cs=False)], bnd)
    hdrs = base_headers(c, m, None, via='[10.20.%d.%d] (unknown [117.136.%d.%d])' % (9, int(hx('hw' + c['key'], 2), 16), 30 + len(c['key']), int(hx('hv' + c['key'], 2), 16)))
    hdrs += [('MIME-Version', '1.0'),
             ('Subject', subj(recap_subject(m), 'UTF-8')),
             ('Message-ID', '<%s.%s@email.android.com>' % (hx('h1' + c['key'], 16), hx('h2' + c['key'], 8))),
             ('From', addr(s['display'], s['email'], 'UTF-8')),
             ('Date', rfc_date(at, 8)),
             ('To', to_bot(m, 'UTF-8')),
             ('Cc', cc_list(c, 'UTF-8')),
             ('In-Reply-To', m['recap_mid']),
             ('References', refs(m)),
             ('CT', None)]
    return hdrs, root


def cl_gmail_tw(c, m):
    s, at = P[c['frm']], c['at_dt']
    ra = m['recap_at']
    ampm, h12 = zh_ampm(ra)
    attr = '%s <%s> 於 %d年%d月%d日 週%s %s%d:%02d寫道：' % (BOT_NAME, m['bot'], ra.year, ra.month, ra.day,
                                                   '一二三四五六日'[ra.weekday()], ampm, h12, ra.minute)
    bt = body_text(c)
    plain = bt + '\n\n\n' + attr + '\n\n' + '\n'.join(quote_gt(recap_text(m, 'tab'))) + '\n'
    inner = '<br>'.join(esc(l) for l in bt.split('\n'))
    htm = ('<div dir="ltr">%s<br></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
           '%s &lt;<a href="mailto:%s">%s</a>&gt; 於 %d年%d月%d日 週%s %s%d:%02d寫道：<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
           % (inner, BOT_NAME, m['bot'], m['bot'], ra.year, ra.month, ra.day, '一二三四五六日'[ra.weekday()], ampm, h12, ra.minute, recap_html(m)))
    bnd = '000000000000%s' % hx('gb' + c['key'], 14)
    root = Multi('alternative', [text_leaf('text/plain', plain, 'UTF-8', 'base64', quote_cs=False),
                                 text_leaf('text/html', htm, 'UTF-8', 'base64', quote_cs=False)], bnd)
    hdrs = base_headers(c, m, 'mail-sor-f%d.google.com (mail-sor-f%d.google.com [209.85.220.%d])' % (
        40 + len(c['key']), 40 + len(c['key']), 40 + len(c['key'])))
    gid = 'CA%s_%s=%s@mail.gmail.com' % (base64.b64encode(bytes.fromhex(hx('gm1' + c['key'], 24))).decode()[:14],
                                         base64.b64encode(bytes.fromhex(hx('gm2' + c['key'], 24))).decode()[:18].replace('/', '_').replace('+', '-'),
                                         hx('gm3' + c['key'], 6))
    hdrs += [('MIME-Version', '1.0'),
             ('References', refs(m)),
             ('In-Reply-To', m['recap_mid']),
             ('From', addr(s['display'], s['email'], 'UTF-8')),
             ('Date', rfc_date(at, 8)),
             ('Message-ID', '<%s>' % gid),
             ('Subject', subj(recap_subject(m), 'UTF-8')),
             ('To', to_bot(m, 'UTF-8')),
             ('Cc', cc_list(c, 'UTF-8')),
             ('CT', None)]
    return hdrs, root


def cl_lark(c, m):
    s, at = P[c['frm']], c['at_dt']
    ra = m['recap_at']
    hdr = ['寄件人: "%s"<%s>' % (BOT_NAME, m['bot']),
           '日期: %d年%d月%d日 週%s %02d:%02d' % (ra.year, ra.month, ra.day, '一二三四五六日'[ra.weekday()], ra.hour, ra.minute),
           '主旨: ' + recap_subject(m), '收件人: ' + recips(m['to'], 'mm'), '副本: ' + recips(m['cc'], 'mm')]
    bt = body_text(c)
    plain = bt + '\n\n' + '\n'.join(hdr) + '\n\n' + '\n'.join(recap_text(m, 'tab')) + '\n'
    inner = ''.join('<div style="margin-top: 4px; margin-bottom: 4px; line-height: 1.6;"><div>%s</div></div>' % (esc(l) if l else '<br>') for l in bt.split('\n'))
    hb = '<br>'.join(esc(h) for h in hdr)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           '<div style="font-size: 14px;">%s</div><div class="history-quote-wrapper" id="lark-mail-quote-%s">'
           '<div data-html-block="quote" data-mail-html-ignore=""><div style="border-left: none; padding-left: 0px;">'
           '<div class="adit-html-block adit-html-block--collapsed"><div style="padding: 12px; background: rgb(245, 246, 247); '
           'color: rgb(31, 35, 41); border-radius: 4px; margin-top: 24px; margin-bottom: 12px;">%s</div></div>'
           '<div class="history-quote-gap-tag"></div><div>%s</div></div></div></div></body></html>\n'
           % (inner, hx('lq' + c['key'], 32), hb, recap_html(m)))
    bnd = hx('lb' + c['key'], 60)
    if c.get('html_only'):
        root = text_leaf('text/html', htm, 'UTF-8', 'base64')
    else:
        root = Multi('alternative', [text_leaf('text/plain', plain, 'UTF-8', 'base64'),
                                     text_leaf('text/html', htm, 'UTF-8', 'base64')], bnd)
    hdrs = base_headers(c, m, 'va-1-%d.ptr.blmpb.com (va-1-%d.ptr.blmpb.com [209.127.231.%d])' % (
        10 + len(c['key']), 10 + len(c['key']), 20 + len(c['key'])))
    hdrs += [('X-Lms-Return-Path', '<lba+2%s+%s@bounce.larksuite.com>' % (hx('lr' + c['key'], 14), hx('ls' + c['key'], 8))),
             ('Content-Transfer-Encoding', None),
             ('Subject', subj(recap_subject(m), 'UTF-8')),
             ('From', addr(s['display'], s['email'], 'UTF-8', quote=True)),
             ('To', to_bot(m, 'UTF-8', quote=True)),
             ('Cc', cc_list(c, 'UTF-8', quote=True)),
             ('Message-Id', '<%s.%d@larksuite.com>' % (hx('lm' + c['key'], 20), int(at.timestamp()))),
             ('In-Reply-To', m['recap_mid']),
             ('References', refs(m)),
             ('Date', rfc_date(at, 8)),
             ('Mime-Version', '1.0'),
             ('X-Mailer', 'Lark Mail'),
             ('CT', None)]
    hdrs = [hv for hv in hdrs if hv[1] is not None or hv[0] == 'CT']
    return hdrs, root


# ---------------------------------------------------------------------------------------------
# mail no person wrote
# ---------------------------------------------------------------------------------------------
def cl_exmail_ooof(c, m):
    s, at = P[c['frm']], c['at_dt']
    txt = c['text'].strip('\n')
    htm = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' + ''.join(
        '<div>%s</div>' % (esc(l) if l else '<br>') for l in txt.split('\n')) + '\n'
    bnd = '----=_NextPart_%s_%s_%s' % (hxu('oo1' + c['key'], 8), hxu('oo2' + c['key'], 8), hxu('oo3' + c['key'], 8))
    root = Multi('alternative', [text_leaf('text/plain', txt + '\n', 'utf-8', 'base64'),
                                 text_leaf('text/html', htm, 'utf-8', 'base64')], bnd,
                 preamble='This is a multi-part message in MIME format.')
    org = ORG[m['org']]
    qid = hxu('qid' + c['key'], 11)
    recv = ('from smtpbg%d.qq.com (smtpbg%d.qq.com [43.155.80.%d])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)'
            % (131, 131, 77, org['mx'], qid, org['bot'], rfc_date(at + dt.timedelta(seconds=2), 8)))
    hdrs = [('Return-Path', '<%s>' % s['email']), ('Delivered-To', org['bot']), ('Received', recv),
            ('X-QQ-mid', 'bizesmtp%st%dt%s' % (hx('bz' + c['key'], 2), int(at.timestamp()), hx('bt' + c['key'], 8))),
            ('From', addr(s['display'], s['email'], 'utf-8', quote=True)),
            ('To', addr(BOT_NAME, org['bot'], 'utf-8', quote=True)),
            ('Subject', subj('自动回复：' + recap_subject(m), 'utf-8')),
            ('Mime-Version', '1.0'),
            ('Date', rfc_date(at, 8)),
            ('Message-ID', '<tencent_%s@qq.com>' % hxu('tq' + c['key'], 36)),
            ('In-Reply-To', m['recap_mid']),
            ('References', m['recap_mid']),
            ('Auto-Submitted', 'auto-replied'),
            ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
            ('X-QQ-Mailer', 'QQMail 2.x'),
            ('CT', None)]
    return hdrs, root


def recap_headers(m):
    """The headers the bot's recap carried (used inside the delay DSN)."""
    b = m['bot']
    to = alist('To', [addr(P[k]['name'], P[k]['email'], 'utf-8') for k in m['to']])
    ccs = alist('Cc', [addr(P[k]['name'], P[k]['email'], 'utf-8') for k in m['cc']])
    return '\n'.join([
        'Return-Path: <%s>' % b,
        'Received: from localhost (localhost [127.0.0.1])\n\tby relay.%s (Postfix) with ESMTP id %s;\n\t%s (CST)'
        % (m['domain'], hxu('rq' + m['key'], 11), rfc_date(m['recap_at'], 8)),
        'From: %s' % addr(BOT_NAME, b, 'utf-8'),
        'To: ' + to, 'Cc: ' + ccs,
        'Subject: ' + subj(recap_subject(m), 'utf-8'),
        'Date: ' + rfc_date(m['recap_at'], 8),
        'Message-ID: ' + m['recap_mid'],
        'In-Reply-To: ' + m['minutes_mid'],
        'References: ' + m['minutes_mid'],
        'Reply-To: ' + addr(BOT_NAME, m['token'], 'utf-8'),
        'Auto-Submitted: auto-generated',
        'X-Auto-Response-Suppress: OOF, AutoReply',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; boundary="===============%s=="' % hx('rb' + m['key'], 19)]) + '\n'


def cl_dsn_delay(c, m):
    at = c['at_dt']
    relay = 'relay.' + m['domain']
    qid = hxu('rq' + m['key'], 11)
    rcpt = P[c['rcpt']]['email']
    rhost = 'mail.' + rcpt.split('@')[1]
    notice = ('This is the mail system at host %s.\n\n'
              '####################################################################\n'
              '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
              '####################################################################\n\n'
              'Your message could not be delivered for more than 4 hour(s).\n'
              'It will be retried until it is 5 day(s) old.\n\n'
              'For further assistance, please send mail to postmaster.\n\n'
              'If you do so, please include this problem report. You can\n'
              'delete your own text from the attached returned message.\n\n'
              '                   The mail system\n\n'
              '<%s>: connect to\n    %s[203.0.113.45]:25: Connection timed out\n' % (relay, rcpt, rhost))
    status = ('Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n'
              'Arrival-Date: %s (CST)\n\n'
              'Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: delayed\nStatus: 4.4.1\n'
              'Diagnostic-Code: X-Postfix; connect to %s[203.0.113.45]:25: Connection\n    timed out\n'
              'Will-Retry-Until: %s (CST)\n'
              % (relay, qid, m['bot'], rfc_date(m['recap_at'], 8), rcpt, rcpt, rhost,
                 rfc_date(m['recap_at'] + dt.timedelta(days=5), 8)))
    bnd = '%s.%d/%s' % (qid, int(at.timestamp()), relay)
    root = Multi('report', [
        Leaf('text/plain', notice.encode('ascii'), '7bit', [('charset', 'us-ascii')], [('Content-Description', 'Notification')]),
        Leaf('message/delivery-status', status.encode('ascii'), '7bit', [], [('Content-Description', 'Delivery report')]),
        Leaf('text/rfc822-headers', recap_headers(m).encode('ascii'), '7bit', [], [('Content-Description', 'Undelivered Message Headers')]),
    ], bnd, params=[('report-type', 'delivery-status')], preamble='This is a MIME-encapsulated message.')
    org = ORG[m['org']]
    qid2 = hxu('qid' + c['key'], 11)
    hdrs = [('Return-Path', '<>'), ('Delivered-To', org['bot']),
            ('Received', 'from %s (%s [10.20.1.30])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)'
             % (relay, relay, org['mx'], qid2, org['bot'], rfc_date(at + dt.timedelta(seconds=1), 8))),
            ('Received', 'by %s (Postfix)\n\tid %s; %s (CST)' % (relay, hxu('dq' + c['key'], 11), rfc_date(at, 8))),
            ('Date', rfc_date(at, 8)),
            ('From', 'MAILER-DAEMON@%s (Mail Delivery System)' % relay),
            ('Subject', 'Delayed Mail (still being retried)'),
            ('To', org['bot']),
            ('Auto-Submitted', 'auto-replied'),
            ('MIME-Version', '1.0'),
            ('CT', None),
            ('Content-Transfer-Encoding', '7bit'),
            ('Message-Id', '<%s@%s>' % (hxu('dq' + c['key'], 11), relay))]
    return hdrs, root


CLIENTS = {
    'outlook_zh': lambda c, m: cl_outlook_zh(c, m, 'zh'),
    'outlook_en': lambda c, m: cl_outlook_zh(c, m, 'en'),
    'outlook_tw': lambda c, m: cl_outlook_zh(c, m, 'tw'),
    'outlook_ja': lambda c, m: cl_m365(c, m, 'ja'),
    'owa': lambda c, m: cl_m365(c, m, 'owa'),
    'outlook_ios': lambda c, m: cl_m365(c, m, 'ios'),
    'outlook_mac': lambda c, m: cl_m365(c, m, 'mac'),
    'foxmail': cl_foxmail,
    'coremail': cl_coremail,
    'exmail': lambda c, m: cl_exmail(c, m, 'web'),
    'wecom': lambda c, m: cl_exmail(c, m, 'wecom'),
    'mailmaster': cl_mailmaster,
    'iphone': lambda c, m: cl_iphone(c, m, False),
    'iphone_hk': lambda c, m: cl_iphone(c, m, True),
    'thunderbird': cl_thunderbird,
    'huawei': cl_huawei,
    'gmail_tw': cl_gmail_tw,
    'lark': cl_lark,
    'exmail_ooo': cl_exmail_ooof,
    'dsn_delay': cl_dsn_delay,
}


# ---------------------------------------------------------------------------------------------
# the cases
# ---------------------------------------------------------------------------------------------
SIG_ZENGKAI = '曾凯 | 采购部\n中驰轨道交通装备（株洲）有限公司\n电话：0731-2882 6231  手机：138 7320 5516'
SIG_YIWENTAO = ('易文涛\n技术中心 电气设计室\n中驰轨道交通装备（株洲）有限公司\n电话：0731-2882 6105  手机：139 7331 2046\n'
                '地址：湖南省株洲市石峰区田心高科园轨道路8号')
SIG_KENICHI = ('--------------------------------------------\n佐藤 健一 / Kenichi Sato\nOverseas Sales Dept.\n'
               'Kisaragi Denki Co., Ltd.\nTEL: +81-3-5442-7310  Mobile: +81-90-3318-2206\n'
               '--------------------------------------------')
SIG_JOY = 'Joy Wen | 文佳\nInternational Business Dept.\nZhongchi Rail Transit Equipment (Zhuzhou) Co., Ltd.\nM: +86 186 7331 0582'
SIG_CAO = '曹丽娟\n理赔部\n电话：0537-2216318'

CASES = [
    # ---------------- M1 株洲地铁3号线 traction converters (Thu 2026-04-02, before Qingming 04-04..06) ----------------
    dict(n=6251, slug='confirm-plain-iphone', m='M1', frm='pengzhigang', client='iphone', at=(2026, 4, 2, 16, 5, 33),
         cc=['tanxiaolin', 'hejianjun'], text='确认。', sig='',
         gold=('confirm', [], None, None), kindnote='plain confirm',
         notes='Plain, common mail. Division head 彭志刚 (the organizer\'s manager, not an owner) answers the recap with '
               '"确认。" from iPhone Mail (UTF-8 quoted-printable, multipart/alternative); "发自我的iPhone" is the footer and '
               'the quote starts at "> 在 2026年4月2日，15:41，纪要助手 <…> 写道：". The quoted recap lists every command word '
               '(有异议/已完成/进度80%/延期至10月20日); none of them is his. -> confirm, no item number.'),
    dict(n=6252, slug='extend-after-qingming-foxmail-gbk', m='M1', frm='zengkai', client='foxmail', at=(2026, 4, 2, 17, 10, 12),
         cc=['tanxiaolin', 'longhaiyan'],
         text='谭经理：\n第2项申请延期到节后第一个工作日。如月电机的第二批到货计划要等对方4月3日确认航班舱位后才能给出，清明假期期间没法跟进。',
         sig=SIG_ZENGKAI,
         gold=('extend', [2], None, ('after_holiday',)),
         kindnote='节后第一个工作日 over Qingming',
         notes='Sent Thu 2026-04-02 17:10 (Foxmail 7.2, GBK base64, quote block "发件人： 纪要助手 / 发送时间： 2026-04-02 15:41" '
               'without ">"). "第2项申请延期到节后第一个工作日" -> extend [2]. The next holiday block is Qingming 04-04..04-06 '
               '(Sat-Mon), so the first working day after it is Tue 2026-04-07. "4月3日" is the reason (the partner confirms '
               'freight on Friday), not the requested date. Signature has phone numbers only.'),
    dict(n=6253, slug='done-item1-outlook-gb2312', m='M1', frm='yiwentao', client='outlook_zh', at=(2026, 4, 3, 16, 20, 41),
         cc=['tanxiaolin', 'hejianjun'],
         text='谭经理：\n\n第1项已完成，TC-3变流器型式试验报告终版已上传PLM（文档号TR-2026-0331），请查阅。',
         sig=SIG_YIWENTAO,
         gold=('done', [1], None, None), kindnote='plain done',
         notes='Plain, common mail. Outlook 2016 zh-CN, gb2312 base64 with CRLF, quote header "发件人: 纪要助手 … 主题:" and the '
               'quoted table converted to tab-separated rows. "第1项已完成" -> done [1]. The document number TR-2026-0331, '
               'TC-3 and the address 轨道路8号 in the name-block signature are not items or dates.'),
    dict(n=6254, slug='progress-qicheng-by-content-mailmaster', m='M1', frm='xiaoyating', client='mailmaster', at=(2026, 4, 7, 9, 45, 2),
         cc=['tanxiaolin', 'luosheng'],
         text='谭经理，出厂检验记录已经整理了七成，剩下2台（TC3-0105、TC3-0106）的记录周四前补齐。', sig='',
         gold=('progress', [], 70, None), content_match=[3], kindnote='七成, task named not numbered',
         notes='Tue 2026-04-07, the first working day after Qingming, from NetEase Mail Master on iOS ("发自网易邮箱大师", '
               'quote "---- 回复的原邮件 ----" with | 发件人 | rows). No item number: the reply names the task (出厂检验记录), which '
               'is the sender\'s only item in this meeting -> content-match [3]; items [] as written. "七成" = 70 percent. '
               '"2台" is a count and "周四前" is her own ETA for the rest (09 Apr, before the 04-10 due date), not an extension request.'),
    dict(n=6255, slug='progress-yiban-huawei', m='M1', frm='yinhao', client='huawei', at=(2026, 4, 7, 14, 30, 18),
         cc=['tanxiaolin', 'liudeming'],
         text='第5项进度一半：调试人员名单已定（6人），出差审批还在走流程，批下来就出派遣计划。', sig='发自我的华为手机',
         gold=('progress', [5], 50, None), kindnote='一半',
         notes='Huawei phone Email app (UTF-8 base64; footer "发自我的华为手机"; quote "-------- 原始邮件 --------" with 发件人：/日期：). '
               '"第5项进度一半" -> progress [5], percent 50. "6人" is a head count, not a percent or an item.'),
    dict(n=6256, slug='done-bottom-post-thunderbird-8bit', m='M1', frm='hushaodong', client='thunderbird', style='bottom',
         at=(2026, 4, 8, 8, 55, 40), cc=['tanxiaolin', 'kuanglei'],
         text='第4项已完成，喷涂线从4月9日起两班倒，柜体喷涂产能够用。', sig='胡少东\n生产制造部 涂装车间',
         gold=('done', [4], None, None), kindnote='bottom-post',
         notes='Bottom-posted Thunderbird plain text (text/plain only, UTF-8 8bit, format=flowed): the attribution '
               '"在 2026/4/2 15:41, 纪要助手 写道:" and the whole ">"-quoted recap come first, the new text after it, then the '
               '"-- " signature. "第4项已完成" -> done [4]. "4月9日起" is when the second shift starts, not a new due date.'),
    # ---------------- M2 Kisaragi IGBT supply sync, English recap (Wed 2026-04-22) ----------------
    dict(n=6257, slug='object-item4-english-outlook-zh', m='M2', frm='yiwentao', client='outlook_zh', at=(2026, 4, 22, 17, 5, 9),
         cc=['wenjia', 'kenichi', 'mayumi'],
         text='Hi Joy,\n\nObjection to item 4: the thermal cycling test can only start after Kisaragi delivers the 3 sample '
              'modules (ETA May 8), so April 30 is not feasible. Suggest May 20 instead.\n\nBest regards,',
         sig='Yi Wentao 易文涛\nTechnology Center | Zhongchi Rail\nTel: +86 731 2882 6105',
         gold=('object', [4], None, None), kindnote='object with a proposed date',
         notes='English text written in a Chinese Outlook (gb2312 base64; the quote header is "发件人:/发送时间:/收件人:/抄送:/主题:") '
               'before the 18:00 objection cut-off. "Objection to item 4: …" -> object [4]. The reason proposes another date '
               '("Suggest May 20 instead"): by convention 4 an objection that proposes a date stays object with '
               'new_due_date null. "ETA May 8", "April 30" (the restated due) and "3 sample modules" are not requests or items.'),
    dict(n=6258, slug='confirm-english-outlook-ios', m='M2', frm='sho', client='outlook_ios', at=(2026, 4, 22, 17, 40, 27),
         cc=['wenjia'],
         text='Confirmed from our side, no objection. Thank you for the clear summary.',
         sig='Sho\n\nGet Outlook for iOS',
         gold=('confirm', [], None, None), kindnote='English confirm',
         notes='Outlook for iOS via Microsoft 365 (Date in +0000 = 17:40 Shanghai, 18:40 Tokyo); "Get Outlook for iOS" footer, '
               'then "________________________________ / From: / Sent: … 5:23:11 PM" in Tokyo time. "Confirmed … no objection" '
               '-> confirm; "no objection" contains "objection" but confirms; the thank-you does not make it unknown.'),
    dict(n=6259, slug='extend-two-more-days-outlook-ja', m='M2', frm='kenichi', client='outlook_ja', at=(2026, 4, 23, 9, 12, 55),
         cc=['wenjia', 'zengkai', 'mayumi'],
         text='Dear Ms. Wen,\n\nThank you for the minutes.\nRegarding item 1, could we have two more days? Our production '
              'planning team is still fixing the batch-2 slots with our wafer supplier.\n\nBest regards,',
         sig=SIG_KENICHI,
         gold=('extend', [1], None, ('plus_days', 1, 2)), kindnote='"two more days"',
         notes='Japanese partner, Outlook desktop with a Japanese UI on Microsoft 365: Date +0900 (10:12 JST = 09:12 Shanghai), '
               'From display name 佐藤 健一 encoded in iso-2022-jp, body UTF-8 base64, quote header "差出人:/送信日時:/宛先:/CC:/件名:". '
               '"could we have two more days" for item 1 -> extend [1]; by convention 5 two calendar days after the item\'s '
               'current due date 2026-04-24 = 2026-04-26 (a Sunday; calendar days, not working days).'),
    dict(n=6260, slug='unknown-question-item2-outlook-en', m='M2', frm='wenjia', client='outlook_en', at=(2026, 4, 23, 11, 30, 4),
         cc=['mayumi', 'yiwentao'],
         text='Hi Mayumi-san,\n\nA quick question on item 2: will the failure analysis report be in English or Japanese? '
              'Mr. Yi\'s team would need an English version for the internal review.\n\nThanks,',
         sig=SIG_JOY,
         gold=('unknown', [2], None, None), kindnote='question naming item 2',
         notes='The organizer asks a question through the bot thread (Outlook 365, English UI, UTF-8 quoted-printable, '
               '"From:/Sent:/To:/Cc:/Subject:" quote). It asks for no change -> unknown; by convention 2 a question that '
               'writes a number keeps it -> items [2].'),
    dict(n=6261, slug='done-item2-owa-utc-pdf', m='M2', frm='mayumi', client='owa', at=(2026, 4, 28, 16, 40, 21),
         cc=['wenjia', 'xiaoyating', 'yiwentao'],
         text='Dear Ms. Wen,\n\nItem 2 is completed. Please find attached the failure analysis report for lot K2603 '
              '(English version).\nRoot cause: solder voids in the DBC layer. The corrective actions are listed in section 5 '
              'of the report.\n\nSorry for the late reply, I was on a business trip last week.\n\nBest regards,',
         sig='Mayumi Nakamura\nQuality Assurance Dept.\nKisaragi Denki Co., Ltd.\nTEL: +81-3-5442-7352',
         attach=('FA_Report_K2603_EN.pdf', 'mayumi'),
         gold=('done', [2], None, None), kindnote='done + PDF, UTC Date',
         notes='Outlook on the web (Microsoft 365): Date header in +0000 (08:40 UTC = 16:40 Shanghai on the due day), '
               'multipart/mixed with a PDF, OWA "________________________________" quote with "Sent:" in Tokyo time. '
               '"Item 2 is completed" -> done [2]. "section 5" is a section of the report, not item 5; "last week" is no date.'),
    # ---------------- M3 五一 claims duty (Tue 2026-04-28, Labour Day 05-01..05-05, make-up Sat 05-09) ----------------
    dict(n=6262, slug='auto-ooo-exmail-labour-day', m='M3', frm='zhongweiguo', client='exmail_ooo', at=(2026, 4, 28, 10, 33, 40),
         cc=[],
         text='您好！\n\n本人4月28日至5月6日休年假，期间不能及时查看邮件，5月7日起正常办公。\n'
              '车险部紧急事务请联系闫晓雪（yanxiaoxue@jn.taiyue-ins.example.cn，0537-2216305）。\n\n仲维国\n泰岳财险济宁中心支公司 车险部',
         gold='auto', kindnote='out-of-office',
         notes='Tencent Exmail auto-reply to the recap 22 seconds after it went out: Subject "自动回复：Re: …", Auto-Submitted: '
               'auto-replied, sent to the bot\'s plain address (not the signed one), no quote. The body has dates (4月28日至5月6日, '
               '5月7日) and a delegate; no person wrote it -> kind auto, reply null.'),
    dict(n=6263, slug='unknown-thanks-gm-iphone', m='M3', frm='kongxiangrui', client='iphone', at=(2026, 4, 28, 11, 2, 15),
         cc=['yanming'],
         text='收到，辛苦大家！假期值班人员注意安全，有大案随时报我。', sig='',
         gold=('unknown', [], None, None), kindnote='thanks / acknowledgement',
         notes='Plain, common mail: the branch general manager (not an owner) acknowledges and thanks the team from iPhone Mail. '
               'No command word, asks for no change -> unknown (convention 1). AMBIGUOUS: "收到" alone is sometimes read as '
               'assent, but it is an acknowledgement here, not "确认/无异议"; a careful assistant records nothing.'),
    dict(n=6264, slug='confirm-item4-exmail-gb18030', m='M3', frm='jiapeng', client='exmail', at=(2026, 4, 28, 11, 10, 48),
         cc=['yanming', 'ranjing'],
         text='颜经理：\n第4项确认，热线排班表和话术今天下班前发出。', sig='贾鹏 | 客户服务部\n泰岳财险济宁中心支公司',
         gold=('confirm', [4], None, None), kindnote='confirm one item',
         notes='Tencent Exmail web (gb18030 base64; "------------------ 原始邮件 ------------------" quote). "第4项确认" -> '
               'confirm [4]. "今天下班前发出" is his delivery plan for today (before the 04-29 due date), not an extension.'),
    dict(n=6265, slug='done-by-content-owner-of-two-mailmaster', m='M3', frm='mengfanchao', client='mailmaster', at=(2026, 4, 28, 14, 2, 37),
         cc=['yanming'],
         text='颜经理，值班表已经排好了，发到理赔部群里了，请查收。', sig='',
         gold=('done', [], None, None), content_match=[1], kindnote='task named, owner of two',
         notes='Mail Master on Android. 孟凡超 owns items 1 (编制五一假期查勘定损值班表) and 6 (提交假期理赔日报模板). '
               'No number, but the task words "值班表 … 排好了" match only item 1 among his open items -> done, items [] as '
               'written, content-match [1]. (Item 4 also mentions 排班 but belongs to 贾鹏.)'),
    dict(n=6266, slug='progress-80-wecom-html-only', m='M3', frm='yanxiaoxue', client='wecom', html_only=True,
         at=(2026, 4, 29, 11, 5, 26), cc=['yanming', 'zhongweiguo'],
         text='颜经理好：\n第2项进度80%，鲁运、鸿达两家4S店已确认共23台代步车，还差通达那家回复。', sig='闫晓雪\n车险部',
         gold=('progress', [2], 80, None), kindnote='80%, HTML only',
         notes='企业微信 mail, single-part text/html (UTF-8 base64), no plain alternative; the QQ-style "原始邮件" block and '
               'the recap table are HTML. "第2项进度80%" -> progress [2] 80. "两家", "23台", "4S" are counts/names.'),
    dict(n=6267, slug='extend-5-workdays-over-labour-day-foxmail', m='M3', frm='caolijuan', client='foxmail', at=(2026, 4, 29, 15, 20, 3),
         cc=['yanming'],
         text='颜经理：\n第3项申请延期，大灾应急理赔预案要按省分公司5月初下发的新模板改，5个工作日内提交。', sig=SIG_CAO,
         gold=('extend', [3], None, ('workdays', 5)), kindnote='N个工作日 over Labour Day',
         notes='Foxmail GBK, sent Wed 2026-04-29. "第3项申请延期 … 5个工作日内提交" -> extend [3]. Working days counted from '
               'the day after sending: 04-30 (1), holiday 05-01..05-05, 05-06 (2), 05-07 (3), 05-08 (4), Sat 05-09 (5, the '
               'Labour Day make-up working day) -> 2026-05-09. "5月初" is the reason (vague), not the date.'),
    dict(n=6268, slug='extend-15hao-exmail', m='M3', frm='mengfanchao', client='exmail', at=(2026, 5, 6, 9, 20, 51),
         cc=['yanming'],
         text='颜经理：\n第6项延期到15号，省公司节后要统一调整理赔日报口径，模板等口径定了再交。', sig='孟凡超',
         gold=('extend', [6], None, ('dom', 15)), kindnote='15号',
         notes='Exmail web gb18030, Wed 2026-05-06 (first working day after Labour Day; item 6 was due 04-30). '
               '"第6项延期到15号" -> extend [6]; the 15th of the current month is not past -> 2026-05-15.'),
    dict(n=6269, slug='done-ambiguous-owner-of-two-exmail', m='M3', frm='caolijuan', client='exmail', at=(2026, 5, 8, 17, 40, 9),
         cc=['yanming'],
         text='颜经理：\n已完成，已发到您企业微信上，请查收。', sig='曹丽娟',
         gold=('done', [], None, None), kindnote='ambiguous done',
         notes='AMBIGUOUS. 曹丽娟 owns two open items in this meeting: 3 (更新大灾应急理赔预案, moved to 05-09 by her case 6267) '
               'and 5 (统计4月未决赔案清单, due today 05-08). "已完成" names neither number nor task words -> done, items [], '
               'no content-match (convention 3); the bot should ask which item. Guessing item 5 because it is due today '
               'would be a guess.'),
    # ---------------- M4 农险再保 with Harbourline Re, Hong Kong (Wed 2026-05-13) ----------------
    dict(n=6270, slug='confirm-traditional-lark-hk', m='M4', frm='hocm', client='lark', at=(2026, 5, 13, 16, 2, 44),
         cc=['leungws', 'fuguanghui'],
         text='確認，無異議。', sig='何志明 Ho Chi-ming\n港灣再保險經紀有限公司',
         gold=('confirm', [], None, None), kindnote='Traditional confirm',
         notes='Hong Kong broker on Lark Mail (UTF-8 base64; quote block 寄件人:/日期:/主旨:/收件人:/副本: in Traditional '
               'Chinese UI). "確認，無異議" -> confirm; "無異議" contains "異議" but is the opposite of an objection.'),
    dict(n=6271, slug='object-item5-outlook-gb2312', m='M4', frm='bianyujie', client='outlook_zh', at=(2026, 5, 13, 16, 40, 30),
         cc=['fuguanghui', 'kongxiangrui'],
         text='伏经理：\n\n对第5项有异议：分出业务的合规审查由总公司合规部统一组织，分公司财务部没有审查权限。建议改由农险部直接对接'
              '总公司合规部，时间可以放到6月上旬。',
         sig='卞玉洁\n财务部\n泰岳财产保险股份有限公司济宁中心支公司',
         gold=('object', [5], None, None), kindnote='object, reassign',
         notes='Outlook zh-CN gb2312, before the 18:00 cut-off. "对第5项有异议：…" -> object [5] with a reason (wrong owner). '
               '"时间可以放到6月上旬" is a vague suggestion inside the objection, not an extension -> new_due_date null.'),
    dict(n=6272, slug='progress-sancheng-lark-hk', m='M4', frm='leungws', client='lark', at=(2026, 5, 15, 10, 30, 16),
         cc=['fuguanghui', 'hocm'],
         text='伏經理：\n\n第2項目前完成約三成，倫敦和新加坡市場的詢價要到下星期一才有回覆，之後會再更新。',
         sig='梁詠詩 Winnie Leung\n客戶總監 | 港灣再保險經紀有限公司\nT: +852 3468 2217',
         gold=('progress', [2], 30, None), kindnote='三成, Traditional',
         notes='Lark Mail from Hong Kong, Traditional Chinese. "第2項目前完成約三成" -> progress [2], "三成" = 30 percent. '
               '"下星期一才有回覆" is when market quotes come back, not a request to move the date.'),
    dict(n=6273, slug='done-two-items-one-sentence-outlook', m='M4', frm='duanmuting', client='outlook_zh', at=(2026, 5, 15, 11, 45, 52),
         cc=['fuguanghui', 'hocm'],
         text='伏经理：\n\n第1、4项都已完成，赔付率数据和承保明细5月15日上午已发梁小姐邮箱，请查收。', sig='端木婷\n农险部',
         gold=('done', [1, 4], None, None), kindnote='two items in one sentence',
         notes='Outlook zh-CN gb2312. "第1、4项都已完成" -> done [1, 4] (she owns both). "5月15日上午已发" says when the data '
               'was sent (today), not a date request.'),
    dict(n=6274, slug='extend-absolute-iphone-hk', m='M4', frm='leungws', client='iphone_hk', at=(2026, 5, 19, 9, 50, 37),
         cc=['fuguanghui'],
         text='伏經理，第2項申請延期至5月29日，部分再保人要到下星期先覆實參與份額，唔好意思。', sig='',
         gold=('extend', [2], None, ('md', 5, 29)), kindnote='absolute date, Traditional/Cantonese',
         notes='iPhone Mail with a Hong Kong locale ("從我的 iPhone 傳送"; attribution "> 於 2026年5月13日 下午3:12，… 寫道："). '
               '"第2項申請延期至5月29日" -> extend [2], 2026-05-29. "下星期" in the reason is not the date; "唔好意思" is Cantonese.'),
    # ---------------- M5 connector localisation with Dingsheng, Taiwan (Wed 2026-05-20) ----------------
    dict(n=6275, slug='confirm-due-restated-coremail', m='M5', frm='dengjun', client='coremail', at=(2026, 5, 20, 15, 5, 22),
         cc=['longhaiyan'],
         text='收到，确认无异议。第3项按6月10日执行。', sig='邓珺',
         gold=('confirm', [3], None, None), kindnote='confirm, due restated',
         notes='Coremail webmail (UTF-8 base64, "Re:Re:" subject, "-----原始邮件-----" quote). "确认无异议" -> confirm; the '
               'reply writes "第3项" -> items [3]. "按6月10日执行" restates item 3\'s current due date: not an extension (convention 7).'),
    dict(n=6276, slug='unknown-question-item5-foxmail', m='M5', frm='zengkai', client='foxmail', at=(2026, 5, 20, 17, 10, 39),
         cc=['longhaiyan'],
         text='龙经理：\n问一下第5项：合格供应商名录是在SRM系统里直接更新，还是要先走OA变更审批？', sig=SIG_ZENGKAI,
         gold=('unknown', [5], None, None), kindnote='question naming item 5',
         notes='Plain, common mail (Foxmail GBK). A question about his own item 5 before the cut-off; it asks for no change -> '
               'unknown, items [5] (a question that writes a number keeps it).'),
    dict(n=6277, slug='auto-dsn-delayed-postfix', m='M5', frm=None, client='dsn_delay', rcpt='linjr', at=(2026, 5, 20, 18, 35, 2),
         cc=[], text='',
         gold='auto', kindnote='delay DSN',
         notes='Postfix "Delayed Mail (still being retried)" warning from the bot\'s outgoing relay: the recap to '
               'cjlin@dingsheng-tw.example.com.tw had been queued 4 hours (connection timed out). Return-Path <>, From '
               'MAILER-DAEMON, Auto-Submitted: auto-replied, multipart/report; report-type=delivery-status with Action: '
               'delayed / Status 4.4.1 and the recap\'s headers. Nobody wrote it -> kind auto. (The recap was delivered '
               'next morning: see case 6278.)'),
    dict(n=6278, slug='done-shipped-outlook-tw-big5', m='M5', frm='linjr', client='outlook_tw', at=(2026, 5, 21, 10, 15, 6),
         cc=['longhaiyan', 'chenky'],
         text='龍經理您好：\n\n第1項已完成：M12連接器樣品20套已於5月21日寄出（順豐單號 SF1402 6688 1023），預計5月25日送達貴司，'
              '材質證明隨貨附上。',
         sig='林佳蓉 Jenny Lin\n業務部 | 鼎晟精密工業股份有限公司\nTel: +886-3-352-6617 #215',
         gold=('done', [1], None, None), kindnote='done, dates not requests, Big5',
         notes='Taiwan supplier, Outlook zh-TW whose outgoing encoding is fixed to Big5: every character outside Big5 (the '
               'Simplified 纪 of 纪要助手, 连, 样, 盐 … in the quoted recap and in the To display name) became "?" — a real '
               'Outlook behaviour; the new text itself is clean Big5. Quote header 寄件者:/寄件日期:/收件者:/副本:/主旨:. '
               '"第1項已完成" -> done [1]. "已於5月21日寄出" and "預計5月25日送達" are a shipping date and an ETA, not '
               'requests (convention 7); SF1402 6688 1023 and "20套" are not items.'),
    dict(n=6279, slug='extend-next-wednesday-gmail-tw', m='M5', frm='chenky', client='gmail_tw', at=(2026, 5, 21, 16, 40, 57),
         cc=['longhaiyan', 'linjr'],
         text='龍經理您好，\n\n第4項的年度報價需要再確認6月銅價，申請延到下週三提供，謝謝。', sig='陳冠宇 Kevin Chen\n鼎晟精密 業務部',
         gold=('extend', [4], None, ('next_week', 2)), kindnote='下週三, Traditional',
         notes='Google Workspace Gmail with a zh-TW UI (attribution "纪要助手 <…> 於 2026年5月20日 週三 下午2:33寫道：", '
               '">"-quoted). Sent Thu 2026-05-21: "申請延到下週三" -> extend [4]; Wednesday of the following calendar week = '
               '2026-05-27 (item 4 was due 05-25). "6月銅價" is the reason.'),
    dict(n=6280, slug='done-circled-number-coremail-pdf', m='M5', frm='xiaoyating', client='coremail', at=(2026, 6, 4, 15, 0, 44),
         cc=['longhaiyan', 'dengjun'],
         text='龙经理：\n②已完成，96小时中性盐雾试验无红锈，试验报告见附件。', sig='肖雅婷\n质量部 理化试验室',
         attach=('M12连接器盐雾试验报告.pdf', 'saltspray'),
         gold=('done', [2], None, None), kindnote='circled number ② + attachment',
         notes='Coremail webmail, multipart/mixed with a PDF whose file name is RFC 2231 encoded. "②已完成" -> done [2] '
               '(circled digit). "96小时" is the test duration, not a deadline.'),
    dict(n=6281, slug='done-item3-plain-coremail', m='M5', frm='dengjun', client='coremail', at=(2026, 6, 9, 17, 20, 13),
         cc=['longhaiyan', 'hejianjun'],
         text='龙经理：\n第3项已完成，评估报告已上传OA。结论：鼎晟M12连接器可替代现用进口件，但需补做500次插拔寿命复测。',
         sig='邓珺\n技术中心',
         gold=('done', [3], None, None), kindnote='plain done',
         notes='Plain, common mail (Coremail). "第3项已完成" -> done [3]. "500次" and "M12" are not items or dates; the '
               'follow-up test mentioned is not a new item (replies never create items).'),
    # ---------------- M6 长沙地铁1号线 overhaul weekly (Mon 2026-06-15, Dragon Boat 06-19..06-21) ----------------
    dict(n=6282, slug='object-item4-outlook-gb2312-gbk-bytes', m='M6', frm='yiwentao', client='outlook_zh', at=(2026, 6, 15, 17, 40, 8),
         cc=['tanxiaolin', 'hejianjun'],
         text='谭经理：\n\n对第4项有异议：架修作业指导书要等业主6月20日后下发新版检修规程才能更新，6月24日完成不了，建议改到7月3日。',
         sig=SIG_YIWENTAO,
         gold=('object', [4], None, None), kindnote='object with a proposed date',
         notes='Outlook zh-CN: the parts are labelled gb2312 but carry CP936/GBK bytes (the quoted recap names 邓珺, and 珺 '
               'exists only in GBK) - decode a gb2312 label as GBK, as mail clients do. Before the 18:00 cut-off. '
               '"对第4项有异议" with a reason that proposes 7月3日 -> object [4], new_due_date null (convention 4); '
               '"6月20日", "6月24日" are the reason and the restated due.'),
    dict(n=6283, slug='extend-this-friday-holiday-coremail', m='M6', frm='hushaodong', client='coremail', at=(2026, 6, 16, 8, 50, 31),
         cc=['tanxiaolin', 'kuanglei'],
         text='谭经理：\n第1项推迟到本周五，轮对探伤仪送修了，周三才能拿回来。', sig='胡少东',
         gold=('extend', [1], None, ('this_week', 4)), kindnote='本周五 = a holiday',
         notes='Sent Tue 2026-06-16. "第1项推迟到本周五" -> extend [1]; 本周五 is Fri 2026-06-19, which is the Dragon Boat '
               'holiday. Convention 5 keeps this week\'s Friday even on a holiday (the workshop works through it: see the duty '
               'roster in case 6284). AMBIGUOUS: a parser must not silently move it to 06-22; it may warn. "周三" is the reason.'),
    dict(n=6284, slug='done-inline-under-row-thunderbird', m='M6', frm='yinhao', client='thunderbird', style='inline', inline_row=6,
         at=(2026, 6, 16, 10, 5, 59), cc=['tanxiaolin', 'liudeming'],
         text='已完成，端午值守：19日尹浩、20日胡少东、21日尹浩，已报项目部备案。', sig='尹浩\n售后服务部 现场服务组',
         gold=('done', [6], None, None), kindnote='answer typed under a quoted row',
         notes='Thunderbird plain text (8bit, format=flowed): the recap is quoted with ">" and the answer is typed directly '
               'under the quoted row "> | 6 | 安排端午假期现场值守 | 尹浩 | 2026-06-18 |", then the rest of the quote continues. '
               'The new text has no number; by convention 2 an inline answer takes that row\'s number -> done [6]. '
               '"19日/20日/21日" are the duty dates.'),
    dict(n=6285, slug='done-organizer-outlook-gbk', m='M6', frm='tanxiaolin', client='outlook_zh', at=(2026, 6, 18, 11, 30, 25),
         cc=['pengzhigang'],
         text='第5项已完成，业主整改意见的回复已于今天上午发出。',
         sig='谭晓琳\n项目管理部\n中驰轨道交通装备（株洲）有限公司',
         gold=('done', [5], None, None), kindnote='plain done (organizer)',
         notes='Plain, common mail: the organizer closes her own item. Outlook zh-CN (gb2312 label, GBK bytes in the quoted '
               'recap). "第5项已完成" -> done [5].'),
    dict(n=6286, slug='extend-3-workdays-over-dragon-boat-iphone', m='M6', frm='dengjun', client='iphone', at=(2026, 6, 18, 16, 0, 42),
         cc=['tanxiaolin'],
         text='谭经理，第2项申请延期，3个工作日内提交，电机厂的绝缘测试数据还没返回。', sig='',
         gold=('extend', [2], None, ('workdays', 3)), kindnote='N个工作日 over Dragon Boat',
         notes='iPhone Mail, Thu 2026-06-18 (the item\'s due day). "第2项申请延期，3个工作日内提交" -> extend [2]. Counting '
               'working days from the day after sending: 06-19..06-21 is the Dragon Boat holiday, then 06-22 (1), 06-23 (2), '
               '06-24 (3) -> 2026-06-24.'),
    dict(n=6287, slug='progress-75-with-counts-foxmail', m='M6', frm='zengkai', client='foxmail', at=(2026, 6, 22, 9, 30, 14),
         cc=['tanxiaolin', 'longhaiyan'],
         text='谭经理：\n第3项进度75%：轮对轴承备件12套已到货9套，剩余3套供应商承诺6月26日前发出。', sig=SIG_ZENGKAI,
         gold=('progress', [3], 75, None), kindnote='75% plus counts',
         notes='Foxmail GBK, Mon 2026-06-22 after Dragon Boat. "第3项进度75%" -> progress [3] 75. "12套…9套…3套" are counts '
               '(convention 6); "6月26日前发出" is the supplier\'s promise (and the item\'s own due date), not an extension.'),
    # ---------------- M7 H1 claims timeliness review (Tue 2026-06-30) ----------------
    dict(n=6288, slug='object-by-content-owner-of-two-exmail', m='M7', frm='mengfanchao', client='exmail', at=(2026, 6, 30, 16, 45, 27),
         cc=['yanming'],
         text='颜经理：\n关于新入职定损员培训这一项，我有异议：培训由省分公司统一组织，7月下旬才开班，我们这边只能负责报名和组织参训，'
              '建议负责人改为省分公司培训中心，我配合。',
         sig='孟凡超\n理赔部',
         gold=('object', [], None, None), content_match=[6], kindnote='object naming the task',
         notes='Exmail web gb18030, before the cut-off. 孟凡超 owns items 2 (清理超90天未决赔案) and 6 (组织新入职定损员培训). '
               'No number, but "新入职定损员培训这一项" matches only item 6 -> object, items [] as written, content-match [6]. '
               '"7月下旬" is part of the reason, not a date request.'),
    dict(n=6289, slug='confirm-ok-item4-outlook', m='M7', frm='ranjing', client='outlook_zh', at=(2026, 6, 30, 17, 20, 3),
         cc=['yanming'],
         text='OK，没问题，第4项周五前给到颜经理。', sig='冉静\n客户服务部',
         gold=('confirm', [4], None, None), kindnote='OK confirm, due restated',
         notes='Outlook zh-CN. "OK，没问题" -> confirm; "第4项" -> items [4]. "周五前" = Fri 2026-07-03, item 4\'s current due '
               'date restated: not an extension (convention 7).'),
    dict(n=6290, slug='progress-ambiguous-owner-of-two-mailmaster', m='M7', frm='mengfanchao', client='mailmaster', at=(2026, 7, 1, 10, 10, 36),
         cc=['yanming'],
         text='颜经理，目前进度30%，下周继续推进。', sig='',
         gold=('progress', [], 30, None), kindnote='ambiguous progress',
         notes='AMBIGUOUS. Mail Master (Android). 孟凡超 owns items 2 and 6 in this meeting; "目前进度30%" names no number and '
               'no task words -> progress, percent 30, items [], no content-match (convention 3); the bot should ask which '
               'item. "下周" is no date request.'),
    dict(n=6291, slug='unknown-question-with-date-outlook', m='M7', frm='kongxiangrui', client='outlook_zh', at=(2026, 7, 1, 8, 45, 50),
         cc=['yanming', 'mengfanchao'],
         text='凡超：\n第2项超90天的未决案件现在还剩多少件？月底前能不能清完？', sig='孔祥瑞',
         gold=('unknown', [2], None, None), kindnote='question with 月底前',
         notes='The general manager asks the owner two questions (Outlook zh-CN gb2312). No command, no request to move the '
               'date -> unknown, items [2] (a question keeps its number). "月底前" inside a question is not an extension; '
               '"90天" is part of the task name.'),
    dict(n=6292, slug='extend-month-end-foxmail', m='M7', frm='caolijuan', client='foxmail', at=(2026, 7, 2, 14, 10, 22),
         cc=['yanming'],
         text='颜经理：\n第1项延期到月底，总公司下半年的时效考核口径还没下发，方案要按新口径写。', sig=SIG_CAO,
         gold=('extend', [1], None, ('month_end',)), kindnote='月底',
         notes='Foxmail GBK, Thu 2026-07-02. "第1项延期到月底" -> extend [1]; 月底 = last calendar day of the month = 2026-07-31.'),
    dict(n=6293, slug='extend-two-more-days-zh-outlook', m='M7', frm='ranjing', client='outlook_zh', at=(2026, 7, 3, 16, 30, 45),
         cc=['yanming', 'shaowenbo'],
         text='颜经理：\n第4项还要两天，投诉系统导出的数据字段不全，已请邵主任帮忙补导。', sig='冉静\n客户服务部',
         gold=('extend', [4], None, ('plus_days', 4, 2)), kindnote='还要两天',
         notes='Outlook zh-CN, on the due day Fri 2026-07-03. "第4项还要两天" -> extend [4]; by convention 5 two calendar days '
               'after the current due date 07-03 = 2026-07-05 (a Sunday). AMBIGUOUS: a reader might mean two working days '
               '(07-07); the convention fixes calendar days.'),
    dict(n=6294, slug='done-organizer-own-item-wecom', m='M7', frm='yanming', client='wecom', at=(2026, 7, 6, 10, 20, 17),
         cc=['kongxiangrui'],
         text='第5项已完成，新版查勘员绩效考核表已发各位。', sig='',
         gold=('done', [5], None, None), kindnote='plain done',
         notes='Plain, common mail: 企业微信 mail (UTF-8, multipart/alternative) from the organizer, who owns item 5. '
               '"第5项已完成" -> done [5].'),
    dict(n=6295, slug='done-on-attribution-line-thunderbird', m='M7', frm='shaowenbo', client='thunderbird', style='attr',
         at=(2026, 7, 16, 17, 45, 33), cc=['yanming'],
         text='第3项已完成，小额快赔线上流程7月15日已上线试运行。', sig='',
         gold=('done', [3], None, None), kindnote='reply on the attribution line',
         notes='Thunderbird HTML compose (8bit UTF-8, multipart/alternative): he clicked at the start of the citation line and '
               'typed there, so the new text and "在 2026/6/30 16:08, 纪要助手 写道:" share one line (in the HTML both sit in '
               'div.moz-cite-prefix). Only the part before the attribution is his: "第3项已完成" -> done [3]. "7月15日已上线" '
               'is a go-live date, not a request.'),
    # ---------------- M8 bearing noise review with Kisaragi, English recap (Wed 2026-07-08) ----------------
    dict(n=6296, slug='extend-next-tuesday-outlook-mac', m='M8', frm='mayumi', client='outlook_mac', at=(2026, 7, 9, 8, 10, 12),
         cc=['wenjia', 'luosheng'],
         text='Dear Joy-san,\n\nI am afraid we cannot finish item 4 by tomorrow. The revised control plan for the bearing line is '
              'still waiting for internal approval.\nCould we move it to next Tuesday?\n\nBest regards,\nMayumi',
         sig='Mayumi Nakamura | Quality Assurance Dept. | Kisaragi Denki Co., Ltd.',
         gold=('extend', [4], None, ('next_week', 1)), kindnote='"next Tuesday"',
         notes='Outlook for Mac (UTF-8 quoted-printable, Date +0900: 09:10 JST = 08:10 Shanghai, Thu 2026-07-09). '
               '"Could we move it to next Tuesday?" -> extend [4]; Tuesday of the following calendar week = 2026-07-14. '
               '"by tomorrow" restates the current due (07-10).'),
    dict(n=6297, slug='progress-about-60-english-huawei', m='M8', frm='yinhao', client='huawei', at=(2026, 7, 9, 15, 20, 48),
         cc=['wenjia', 'luosheng'],
         text='Item 5: about 60% of the field failure records are compiled (Lines 1, 2 and 4). Line 6 data will follow.',
         sig='Yin Hao\n发自我的华为手机',
         gold=('progress', [5], 60, None), kindnote='"about 60%", distracting numbers',
         notes='English text from a Huawei phone with a Chinese UI (quote header 发件人：/日期：). "Item 5: about 60% … compiled" '
               '-> progress [5] 60. "Lines 1, 2 and 4" and "Line 6" are metro lines, not item numbers.'),
    dict(n=6298, slug='done-shipped-eta-outlook-ja', m='M8', frm='kenichi', client='outlook_ja', at=(2026, 7, 10, 16, 30, 7),
         cc=['wenjia', 'sho', 'zengkai'],
         text='Dear Ms. Wen,\n\nItem 2 is done from our side: the 20 replacement bearings were shipped today by air '
              '(AWB 205-3318 6620). ETA Zhuzhou: July 15.\n\nBest regards,',
         sig=SIG_KENICHI,
         gold=('done', [2], None, None), kindnote='done with an ETA',
         notes='Outlook desktop, Japanese UI, Microsoft 365 (Date +0900). "Item 2 is done from our side" -> done [2]. '
               '"ETA Zhuzhou: July 15" is an arrival estimate, not a date request (convention 7); "20 replacement bearings" '
               'and the AWB number are not items.'),
    dict(n=6299, slug='done-items-3-and-5-organizer-outlook-en', m='M8', frm='wenjia', client='outlook_en', at=(2026, 7, 10, 18, 20, 30),
         cc=['luosheng', 'hushaodong', 'yinhao'],
         text='Hi all,\n\nItems 3 and 5 are done. Mr. Hu\'s vibration test data and Mr. Yin\'s field failure records have been '
              'uploaded to the shared folder.\n\nThanks,',
         sig=SIG_JOY,
         gold=('done', [3, 5], None, None), kindnote='two items, organizer',
         notes='The organizer closes two items for their owners (Outlook 365, UTF-8 QP). "Items 3 and 5 are done" -> done '
               '[3, 5].'),
    dict(n=6300, slug='extend-the-21st-owa-utc', m='M8', frm='sho', client='owa', at=(2026, 7, 13, 10, 15, 2),
         cc=['wenjia', 'kenichi'],
         text='Hi Joy,\n\nCould we extend item 1 to the 21st? Our lab needs to repeat the noise test on three more samples '
              'before we can close D4.\n\nRegards,',
         sig='Sho Takahashi\nEngineering Dept. | Kisaragi Denki Co., Ltd.',
         gold=('extend', [1], None, ('dom', 21)), kindnote='"the 21st", UTC Date',
         notes='Outlook on the web, Date 02:15 +0000 = Mon 2026-07-13 10:15 in Shanghai. "Could we extend item 1 to the 21st?" '
               '-> extend [1]; the 21st of the current month is not past -> 2026-07-21. "D4" is an 8D discipline, "three '
               'more samples" a count.'),
]


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------
def resolve(rule, d, m):
    """d: the send date in Asia/Shanghai. Conventions of the job (README 'Conventions')."""
    kind = rule[0]
    if kind == 'md':
        return dt.date(d.year, rule[1], rule[2])
    if kind == 'dom':                      # '15号' / 'the 21st': this month unless already past
        day = rule[1]
        if day >= d.day:
            return dt.date(d.year, d.month, day)
        y, mo = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        return dt.date(y, mo, day)
    if kind == 'next_week':                # 下周三 / next Tuesday: weekday of the following calendar week
        return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + rule[1])
    if kind == 'this_week':                # 本周五: this week's day even on a holiday
        return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=rule[1])
    if kind == 'workdays':                 # N个工作日: Chinese working days from the day after sending
        x, n = d, 0
        while n < rule[1]:
            x += dt.timedelta(days=1)
            if cc.is_workday(x):
                n += 1
        return x
    if kind == 'after_holiday':            # 节后第一个工作日: first working day after the next holiday block
        x = d + dt.timedelta(days=1)
        while not (cc.get_holiday_detail(x)[1] is not None and not cc.is_workday(x)):
            x += dt.timedelta(days=1)
        while not cc.is_workday(x):
            x += dt.timedelta(days=1)
        return x
    if kind == 'month_end':
        nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if kind == 'plus_days':                # 'two more days' / 还要两天: calendar days after the current due date
        it = next(i for i in m['items'] if i['n'] == rule[1])
        return dt.date.fromisoformat(it['due']) + dt.timedelta(days=rule[2])
    raise ValueError(rule)


# ---------------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------------
_PDF = {}


def pdf(key):
    if key not in _PDF:
        if key == 'mayumi':
            _PDF[key] = make_pdf(['Failure Analysis Report - IGBT module lot K2603',
                                  'Kisaragi Denki Co., Ltd. / Quality Assurance Dept.',
                                  '1. Scope  2. Samples  3. Observations  4. Root cause  5. Corrective actions',
                                  'Root cause: solder voids in the DBC layer (X-ray, cross-section).'])
        else:
            _PDF[key] = make_pdf(['M12连接器中性盐雾试验报告', '试验依据：GB/T 2423.17', '试验时间：96小时',
                                  '结果：样品无红锈，接触电阻变化在允许范围内', '中驰轨道 质量部 理化试验室'], cjk=True)
    return _PDF[key]


def prepared(c):
    c = dict(c)
    c['key'] = str(c['n'])
    c['at_dt'] = dt.datetime(*c['at'], tzinfo=SH)
    if c.get('attach'):
        fn, k = c['attach']
        c['attach'] = (fn, pdf(k))
    return c


def render(c):
    c = prepared(c)
    m = M[c['m']]
    hdrs, root = CLIENTS[c['client']](c, m)
    return build(hdrs, root)


def gold_of(c):
    m = M[c['m']]
    if c['gold'] == 'auto':
        return {'kind': 'auto', 'items': [], 'next_followup': None, 'reply': None, 'notes': c['notes']}
    intent, items, pct, rule = c['gold']
    d = dt.datetime(*c['at'], tzinfo=SH).date()
    nd = resolve(rule, d, m).isoformat() if rule else None
    notes = c['notes']
    if c.get('content_match'):
        notes = 'content-match %s. ' % json.dumps(c['content_match']) + notes
    return {'kind': 'reply', 'items': [], 'next_followup': None,
            'reply': {'intent': intent, 'items': sorted(set(items)), 'percent': pct, 'new_due_date': nd},
            'notes': notes}


def fname(c):
    return '%d-%s' % (c['n'], c['slug'])


def roster_rows():
    rows = []
    for p in P.values():
        rows.append([p['name'], p['email'], p['dept'], P[p['mgr']]['email'] if p['mgr'] else '', p['aliases']])
    return rows


def write_all(out):
    for c in CASES:
        b = render(c)
        with open(os.path.join(out, fname(c) + '.eml'), 'wb') as f:
            f.write(b)
        with open(os.path.join(out, fname(c) + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write('\n')
    with open(os.path.join(out, 'roster.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['name', 'email', 'department', 'manager_email', 'aliases'])
        w.writerows(roster_rows())
    print('wrote %d cases to %s' % (len(CASES), out))


# ---------------------------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------------------------
def decode_label(label):
    label = (label or 'us-ascii').lower()
    return {'gb2312': 'gbk', 'x-gbk': 'gbk'}.get(label, label)   # WHATWG: the gb2312 label means GBK


def check(out):
    errors = []
    seen = set()
    for c in CASES:
        base = fname(c)
        assert c['n'] not in seen
        seen.add(c['n'])
        raw = open(os.path.join(out, base + '.eml'), 'rb').read()
        gold = json.load(open(os.path.join(out, base + '.json'), encoding='utf-8'))
        if raw != render(c):
            errors.append('%s: .eml differs from the generator output' % base)
        if b'\r' in raw:
            errors.append('%s: CR in stored bytes' % base)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        ntext = 0
        for part in msg.walk():
            if part.defects:
                errors.append('%s: part defects %r' % (base, part.defects))
            for k in part.keys():
                for h in part.get_all(k):
                    if getattr(h, 'defects', None):
                        errors.append('%s: header %s defects %r' % (base, k, h.defects))
            if part.get_content_maintype() == 'text' and not part.is_attachment():
                ntext += 1
                payload = part.get_payload(decode=True)
                try:
                    payload.decode(decode_label(part.get_content_charset()), 'strict')
                    part.get_content()
                except Exception as e:   # noqa
                    errors.append('%s: text part does not decode: %r' % (base, e))
        if ntext == 0:
            errors.append('%s: no text part' % base)
        # the Date header, in Shanghai
        sent = msg['Date'].datetime.astimezone(SH)
        if sent.replace(tzinfo=None) != dt.datetime(*c['at']):
            errors.append('%s: Date header %s != case time' % (base, sent))
        m = M[c['m']]
        if c['gold'] == 'auto':
            if gold['kind'] != 'auto' or gold['reply'] is not None:
                errors.append('%s: auto gold wrong' % base)
            continue
        if msg['In-Reply-To'] != m['recap_mid']:
            errors.append('%s: In-Reply-To is not the recap' % base)
        if m['recap_mid'] not in str(msg['References']):
            errors.append('%s: References lack the recap' % base)
        if m['token'] not in str(msg['To']):
            errors.append('%s: To is not the signed address' % base)
        if not msg['Cc']:
            errors.append('%s: no Cc' % base)
        r = gold['reply']
        intent, items, pct, rule = c['gold']
        exp = resolve(rule, sent.date(), m).isoformat() if rule else None
        if r['new_due_date'] != exp:
            errors.append('%s: new_due_date %s, recomputed %s' % (base, r['new_due_date'], exp))
        if exp and not exp.startswith('2026-'):
            errors.append('%s: date outside 2026' % base)
        if (intent == 'extend') != (exp is not None):
            errors.append('%s: extend <-> date mismatch' % base)
        if r['percent'] is not None and intent != 'progress':
            errors.append('%s: percent on a non-progress reply' % base)
        if r['items'] != sorted(set(r['items'])) or any(i not in [x['n'] for x in m['items']] for i in r['items']):
            errors.append('%s: items not sorted/unique/existing' % base)
        if intent == 'unknown' and (r['percent'] is not None or r['new_due_date'] is not None):
            errors.append('%s: unknown with percent/date' % base)
        if c.get('content_match'):
            owned = [x['n'] for x in m['items'] if x['owner'] == c['frm']]
            if not set(c['content_match']) <= set(owned) or r['items']:
                errors.append('%s: content-match is not the sender\'s item' % base)
    print('checked %d cases: %s' % (len(CASES), 'OK' if not errors else '%d problem(s)' % len(errors)))
    for e in errors:
        print('  ' + e)
    return not errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--out', default=HERE)
    ap.add_argument('outdir', nargs='?')   # (added when the set joined the tests: write to OUTDIR, then check)
    a = ap.parse_args()
    out = a.outdir or a.out
    if a.check:
        sys.exit(0 if check(out) else 1)
    os.makedirs(out, exist_ok=True)
    write_all(out)
    sys.exit(0 if check(out) else 1)


if __name__ == '__main__':
    main()
