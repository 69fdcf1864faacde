#!/usr/bin/env python3
"""Generator for the blind set "replies30": 50 replies to minutebot recaps (cases 5851-5900).

Deterministic: no clock, no randomness (every id or hex string is a hash of fixed text).
    python3 make_replies30.py            # write *.eml, *.json, roster.csv, README.md next to this script
    python3 make_replies30.py --check    # re-parse every .eml with email.policy.default and recompute every gold date
The check needs the `chinesecalendar` package (import chinese_calendar).
"""
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
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
CST = dt.timezone(dt.timedelta(hours=8))


def h(text, n):
    return hashlib.sha256(text.encode('utf-8')).hexdigest()[:n]


# --------------------------------------------------------------------------------------------
# Organisations and people
# --------------------------------------------------------------------------------------------
ORGS = {
    'ship': dict(domain='lanhai-ship.example.cn', name='烟台蓝海船舶重工有限公司', mx='mail.lanhai-ship.example.cn',
                 mta='Coremail'),
    'pharm': dict(domain='yedao-pharmacy.example.cn', name='海南椰岛大药房连锁有限公司', mx='mx.yedao-pharmacy.example.cn',
                  mta='Postfix'),
    'law': dict(domain='hengxin-law.example.cn', name='广东衡信律师事务所（珠海）', mx='mail.hengxin-law.example.cn',
                mta='Postfix'),
    'dairy': dict(domain='tianshan-dairy.example.cn', name='新疆天山牧歌乳业有限公司', mx='mx.tianshan-dairy.example.cn',
                  mta='Postfix'),
    'univ': dict(domain='heluo-univ.example.edu.cn', name='河洛大学', mx='mx.heluo-univ.example.edu.cn', mta='Postfix'),
}

# key: (name, email, department, manager key, aliases, org or None for outsiders, english display)
P = {}


def person(key, name, email, dept, mgr, aliases, org, en=None):
    P[key] = dict(key=key, name=name, email=email, dept=dept, mgr=mgr, aliases=aliases, org=org, en=en or name)


D = {k: v['domain'] for k, v in ORGS.items()}
# 烟台蓝海船舶重工 (shipyard, Yantai)
person('sunjianjun', '孙建军', 'sunjianjun@' + D['ship'], '生产管理部', None, '孙部长;Sun Jianjun', 'ship')
person('liuhaitao', '刘海涛', 'liuhaitao@' + D['ship'], '生产管理部', 'sunjianjun', '刘工;Liu Haitao;海涛', 'ship')
person('wanglijuan', '王丽娟', 'wanglijuan@' + D['ship'], '质量部', None, '王部长;Wang Lijuan', 'ship')
person('hanxue', '韩雪', 'hanxue@' + D['ship'], '采购部', None, '韩经理;Han Xue', 'ship')
person('gaomin', '高敏', 'gaomin@' + D['ship'], '采购部', 'hanxue', 'Gao Min;小高', 'ship')
person('quxiaodong', '曲晓东', 'quxiaodong@' + D['ship'], '舾装车间', 'sunjianjun', '曲主任;老曲;Qu Xiaodong', 'ship')
person('jiangtao', '姜涛', 'jiangtao@' + D['ship'], '设计所', None, '姜所长;Jiang Tao', 'ship')
person('zhoujun', '周俊', 'zhoujun@' + D['ship'], '设计所', 'jiangtao', '周工;Zhou Jun', 'ship')
# 泓昌船舶電機 (Kaohsiung, Taiwan): supplier of the shipyard
person('linzhiming', '林志明', 'jimmy.lin@hongchang-marine.example.com.tw', '', None,
       '林經理;林经理;Jimmy Lin;Lin Chih-Ming', None, 'Jimmy Lin')
person('chenyijun', '陳怡君', 'ivy.chen@hongchang-marine.example.com.tw', '', None,
       '陈怡君;陳工;Ivy Chen;Chen Yi-Chun', None, 'Ivy Chen')
# 海南椰岛大药房连锁 (pharmacy chain, Haikou)
person('fuhaiyan', '符海燕', 'fuhaiyan@' + D['pharm'], '商品采购部', None, '符总;Fu Haiyan', 'pharm')
person('wujunjie', '吴俊杰', 'wujunjie@' + D['pharm'], '商品采购部', 'fuhaiyan', '阿杰;Jay Wu;Wu Junjie', 'pharm')
person('xingli', '邢丽', 'xingli@' + D['pharm'], '市场部', None, '邢经理;Xing Li;Lily Xing', 'pharm')
person('chenxiuying', '陈秀英', 'chenxiuying@' + D['pharm'], '门店运营部', None, '陈经理;Chen Xiuying', 'pharm')
person('yunzhenhua', '云振华', 'yunzhenhua@' + D['pharm'], '门店运营部', 'chenxiuying', '振华;Yun Zhenhua', 'pharm')
person('wangxiaochuan', '王小川', 'wangxiaochuan@' + D['pharm'], '信息部', None, '王工;Wang Xiaochuan', 'pharm')
person('liting', '李婷', 'liting@' + D['pharm'], '质量管理部', None, '李经理;Li Ting', 'pharm')
# 康晉醫藥（香港）: distributor
person('hejiaxin', '何嘉欣', 'karen.ho@kangjin-hk.example.com.hk', '', None, 'Karen Ho;Ho Ka Yan;何小姐', None, 'Karen Ho')
person('liangweiwen', '梁偉文', 'raymond.leung@kangjin-hk.example.com.hk', '', None,
       '梁伟文;Raymond Leung;Leung Wai Man', None, 'Raymond Leung')
# 广东衡信律师事务所（珠海） (law firm, Zhuhai)
person('dengyongkang', '邓永康', 'dengyongkang@' + D['law'], '公司并购部', None, '邓律师;Kevin Deng;Deng Yongkang', 'law',
       'Kevin Deng')
person('zhouziqi', '周子琪', 'zhouziqi@' + D['law'], '公司并购部', 'dengyongkang', 'Zoe Zhou;Zhou Ziqi;周律师', 'law', 'Zoe Zhou')
person('huangweiming', '黄伟明', 'huangweiming@' + D['law'], '公司并购部', 'dengyongkang', 'Wilson Huang;Huang Weiming', 'law',
       'Wilson Huang')
person('luxiaotong', '陆晓彤', 'luxiaotong@' + D['law'], '知识产权部', None, 'Tina Lu;Lu Xiaotong;陆律师', 'law', 'Tina Lu')
person('weber', 'Markus Weber', 'markus.weber@brenner-antrieb.example.de', '', None, 'Weber;Mr. Weber', None)
person('hoffmann', 'Julia Hoffmann', 'julia.hoffmann@brenner-antrieb.example.de', '', None, 'Ms. Hoffmann;Julia', None)
person('sato', '佐藤健一', 'k.sato@takahashi-law.example.jp', '', None, 'Kenichi Sato;Sato-san;佐藤', None, 'Kenichi Sato')
person('nakamura', '中村美咲', 'm.nakamura@takahashi-law.example.jp', '', None, 'Misaki Nakamura', None, 'Misaki Nakamura')
# 新疆天山牧歌乳业 (dairy, Urumqi)
person('aierken', '艾尔肯·买买提', 'aierken@' + D['dairy'], '市场部', None, '艾经理;艾尔肯;Erkin', 'dairy')
person('gulinaer', '古丽娜尔', 'gulinaer@' + D['dairy'], '市场部', 'aierken', '古丽;Gulnar', 'dairy')
person('majianguo', '马建国', 'majianguo@' + D['dairy'], '生产部', None, '马厂长;Ma Jianguo', 'dairy')
person('zhaoxiaoyan', '赵晓燕', 'zhaoxiaoyan@' + D['dairy'], '品控部', None, '赵工;Zhao Xiaoyan', 'dairy')
person('hezhiqiang', '何志强', 'hezhiqiang@' + D['dairy'], '供应链部', None, '何经理;He Zhiqiang', 'dairy')
person('hanxu', '韩旭', 'hanxu@' + D['dairy'], '供应链部', 'hezhiqiang', 'Han Xu;小韩', 'dairy')
person('sunyue', '孙悦', 'sunyue@hemu-design.example.com', '', None, 'Sun Yue;孙总监', None)
# 河洛大学 (university offices, Luoyang)
person('chenglixin', '程立新', 'chenglixin@' + D['univ'], '国际合作与交流处', None, '程处;程处长;Cheng Lixin', 'univ')
person('songyutong', '宋雨桐', 'songyutong@' + D['univ'], '国际合作与交流处', 'chenglixin', '小宋;Song Yutong', 'univ')
person('tianye', '田野', 'tianye@' + D['univ'], '国际合作与交流处', 'chenglixin', '小田;Tian Ye', 'univ')
person('guopeng', '郭鹏', 'guopeng@' + D['univ'], '后勤保障处', None, '郭处;Guo Peng', 'univ')
person('fanxiaomei', '范晓梅', 'fanxiaomei@' + D['univ'], '教务处', None, '范老师;Fan Xiaomei', 'univ')
person('hemin', '贺敏', 'hemin@' + D['univ'], '财务处', None, '贺老师;He Min', 'univ')
person('carter', 'Emily Carter', 'ecarter@wolcott.example.edu', '', None, 'Prof. Carter;Emily', None)

# --------------------------------------------------------------------------------------------
# Meetings and the bot's recaps
# --------------------------------------------------------------------------------------------
M = {}


def meeting(key, org, subject, organizer, minutes_mid, recap_at, lang, to, cc, rows):
    dom = ORGS[org]['domain']
    m = dict(key=key, org=org, domain=dom, subject=subject, organizer=organizer, minutes_mid=minutes_mid,
             recap_at=dt.datetime(*recap_at, tzinfo=CST), lang=lang, to=to, cc=cc,
             rows=[dict(n=i + 1, task=t, owner=o, due=d) for i, (t, o, d) in enumerate(rows)])
    m['bot'] = 'minutes@' + dom
    m['signed'] = 'minutes+r%s@%s' % (h('reply-token/' + key, 16), dom)
    m['recap_mid'] = '<r.%s.%s@%s>' % (m['recap_at'].strftime('%Y%m%d%H%M'), h('recap/' + key, 10), dom)
    m['recap_subject'] = 'Re: ' + subject
    M[key] = m


meeting('M1', 'ship', '【会议纪要】H1257散货船分段建造进度协调会（4月2日）', 'liuhaitao',
        '<202604021640321163522@lanhai-ship.example.cn>', (2026, 4, 2, 16, 42, 5), 'zh',
        ['liuhaitao', 'wanglijuan', 'gaomin', 'quxiaodong'], ['sunjianjun', 'jiangtao', 'hanxue'],
        [('完成船艉分段（A12-A15）焊缝探伤复检', 'wanglijuan', '2026-04-03'),
         ('提交压载舱涂装材料补充采购申请', 'gaomin', '2026-04-08'),
         ('重排2号船台4月第2周吊装计划', 'liuhaitao', '2026-04-07'),
         ('更新分段建造三周滚动计划并发各车间', 'liuhaitao', '2026-04-10'),
         ('完成舾装件托盘清单核对', 'quxiaodong', '2026-04-09')])
meeting('M2', 'ship', '船舶电气设备采购跟进会纪要（泓昌船电）', 'hanxue',
        '<000301dce80b$4f2a1c60$ed7e5520$@lanhai-ship.example.cn>', (2026, 5, 20, 16, 10, 30), 'zh',
        ['hanxue', 'linzhiming', 'jiangtao', 'gaomin', 'wanglijuan'], ['chenyijun', 'liuhaitao'],
        [('提供主配电板出厂试验（FAT）报告', 'linzhiming', '2026-05-27'),
         ('确认应急发电机组交货期并回传书面确认', 'linzhiming', '2026-05-22'),
         ('提交电缆敷设图纸审核意见', 'jiangtao', '2026-05-26'),
         ('办理进口设备报关预归类', 'gaomin', '2026-05-29'),
         ('安排FAT见证人员及出行', 'wanglijuan', '2026-06-05')])
meeting('M3', 'pharm', '五一档促销备货及门店排班协调会纪要', 'wujunjie',
        '<tencent_5C1E0A7B33D94F2B8E61A0C4D2F7B9E83308@exmail.qq.com>', (2026, 4, 27, 18, 25, 40), 'zh',
        ['wujunjie', 'xingli', 'yunzhenhua', 'wangxiaochuan', 'liting'], ['fuhaiyan', 'chenxiuying'],
        [('确定五一促销商品清单并发商品采购部', 'xingli', '2026-04-28'),
         ('完成促销商品补货并确保各门店到货', 'wujunjie', '2026-04-30'),
         ('提交五一期间门店排班表（含24小时店）', 'yunzhenhua', '2026-04-29'),
         ('收银系统更新促销价格并完成测试', 'wangxiaochuan', '2026-04-30'),
         ('节后汇总促销销售数据并复盘', 'xingli', '2026-05-08'),
         ('核查冷链药品（胰岛素等）储存温度记录', 'liting', '2026-04-29')])
meeting('M4', 'pharm', '跨境保健品引进项目沟通纪要（康晉醫藥）', 'fuhaiyan',
        '<tencent_8A44F0B2C6E1D3A97B5C2E0F1A6D8B4C9207@exmail.qq.com>', (2026, 6, 2, 15, 30, 12), 'zh',
        ['fuhaiyan', 'hejiaxin', 'liangweiwen', 'chenxiuying'], ['wujunjie', 'liting'],
        [('提供产品注册证及检验报告（繁简对照版）', 'hejiaxin', '2026-06-09'),
         ('更新报价单（按海南自贸港零关税口径）', 'liangweiwen', '2026-06-05'),
         ('完成首批试销门店选址（10家）', 'chenxiuying', '2026-06-12'),
         ('起草进口代理协议初稿', 'fuhaiyan', '2026-06-16'),
         ('寄送样品至海口总部', 'hejiaxin', '2026-06-10')])
meeting('M5', 'law', 'Project Lotus – legal due diligence kick-off call minutes', 'dengyongkang',
        '<SEZPR06MB69284D1C2B7E4A0F9E3B5C8D7A6F1E20A@SEZPR06MB6928.apcprd06.prod.outlook.com>',
        (2026, 5, 11, 16, 5, 20), 'en',
        ['dengyongkang', 'zhouziqi', 'huangweiming', 'weber', 'luxiaotong', 'sato'], ['hoffmann', 'nakamura'],
        [("Send the legal DD request list to the target's counsel", 'zhouziqi', '2026-05-13'),
         ('Set up the virtual data room and user access', 'huangweiming', '2026-05-15'),
         ('Confirm signing authority and board approval process', 'weber', '2026-05-18'),
         ("Review the target's patent and trademark portfolio", 'luxiaotong', '2026-05-22'),
         ("Provide the Japanese subsidiary's corporate documents", 'sato', '2026-05-20'),
         ('Draft the DD report outline', 'zhouziqi', '2026-05-29')])
meeting('M6', 'dairy', '沙棘酸奶新品上市协调会会议纪要', 'aierken',
        '<3f6c1a2e-8b0d-4e57-a9c4-1d2e7f3b6a50.aierken@tianshan-dairy.example.cn>', (2026, 6, 15, 17, 10, 22), 'zh',
        ['aierken', 'sunyue', 'majianguo', 'zhaoxiaoyan', 'hanxu', 'gulinaer'], ['hezhiqiang'],
        [('确定沙棘酸奶包装设计终稿', 'sunyue', '2026-06-17'),
         ('完成首批试产（2000箱）并出具出厂检验报告', 'majianguo', '2026-06-24'),
         ('完成新品营养成分复检', 'zhaoxiaoyan', '2026-06-23'),
         ('确认疆外首发冷链线路及报价', 'hanxu', '2026-06-18'),
         ('提交电商平台上新资料（主图、详情页）', 'gulinaer', '2026-06-26'),
         ('拟定上市推广预算', 'gulinaer', '2026-06-22')])
meeting('M7', 'univ', '2026年暑期国际学校筹备会纪要', 'chenglixin',
        '<5e2a9c07.3b1f.19e0b6d2a41.Coremail.chenglixin@heluo-univ.example.edu.cn>', (2026, 6, 29, 16, 30, 12), 'zh',
        ['chenglixin', 'songyutong', 'guopeng', 'fanxiaomei', 'hemin', 'carter', 'tianye'], [],
        [('确认外方来访师生名单并发出签证邀请函', 'songyutong', '2026-07-01'),
         ('落实留学生公寓住宿（45间）', 'guopeng', '2026-07-03'),
         ('排定课程表及授课教师', 'fanxiaomei', '2026-07-06'),
         ('完成暑期学校经费预算审批', 'hemin', '2026-07-08'),
         ('Confirm US faculty travel itinerary', 'carter', '2026-07-03'),
         ('编印中英双语学员手册', 'tianye', '2026-07-10')])

WD_ZH = '一二三四五六日'
WD_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
WD_EN_FULL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
WD_DE = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
MON_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
          'November', 'Dezember']


def ddate(s):
    return dt.date.fromisoformat(s)


def recap_cutoff(m, is_workday):
    """'如有异议请于今日内回复': today at 18:00 if sent on a working day before 18:00, else next working day."""
    t = m['recap_at']
    d = t.date()
    if is_workday(d) and t.time() < dt.time(18, 0):
        return d
    d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


# The cut-off dates are fixed here and re-derived from chinese_calendar by --check.
CUTOFF = {'M1': '2026-04-02', 'M2': '2026-05-20', 'M3': '2026-04-28', 'M4': '2026-06-02', 'M5': '2026-05-11',
          'M6': '2026-06-15', 'M7': '2026-06-29'}


def owner_label(m, key):
    return P[key]['en'] if m['lang'] == 'en' else P[key]['name']


def due_label(m, s):
    d = ddate(s)
    if m['lang'] == 'en':
        return '%s (%s)' % (s, WD_EN[d.weekday()])
    return '%s（周%s）' % (s, WD_ZH[d.weekday()])


def recap_lines(m):
    cut = CUTOFF[m['key']]
    if m['lang'] == 'en':
        L = ['Hello all,', '',
             'The minutes assistant has recorded the following action items from "%s":' % m['subject'], '',
             '| # | Action item | Owner | Due |']
        for r in m['rows']:
            L.append('| %d | %s | %s | %s |' % (r['n'], r['task'], owner_label(m, r['owner']), due_label(m, r['due'])))
        L += ['', 'If you have any objection, please reply today (by %s 18:00). Items without objection are then '
                  'treated as confirmed.' % cut, '',
              'Reply to this mail to update an item, for example:',
              '  confirm', '  object: <reason>', '  item N done', '  progress 80%', '  extend to Oct 20', '',
              '-- 纪要助手 (automated message, please keep the subject unchanged)']
        return L
    L = ['各位好：', '', '纪要助手已根据《%s》登记以下待办事项：' % m['subject'], '',
         '| 序号 | 事项 | 负责人 | 截止时间 |']
    for r in m['rows']:
        L.append('| %d | %s | %s | %s |' % (r['n'], r['task'], owner_label(m, r['owner']), due_label(m, r['due'])))
    L += ['', '如有异议请于今日内回复（截止 %s 18:00），逾期未回复的事项视为无异议。' % cut, '',
          '直接回复本邮件即可更新事项，例如：',
          '  确认', '  有异议：原因', '  第N项已完成', '  进度80%', '  延期至10月20日', '',
          '纪要助手（系统自动发送，请勿修改邮件主题）']
    return L


def recap_html(m):
    cut = CUTOFF[m['key']]
    e = html.escape
    if m['lang'] == 'en':
        head = ['#', 'Action item', 'Owner', 'Due']
        intro = ('<div>Hello all,</div><div><br></div><div>The minutes assistant has recorded the following action '
                 'items from "%s":</div>' % e(m['subject']))
        tail = ('<div><br></div><div>If you have any objection, please reply today (by %s 18:00). Items without '
                'objection are then treated as confirmed.</div><div><br></div><div>Reply to this mail to update an '
                'item, for example: confirm / object: &lt;reason&gt; / item N done / progress 80%% / extend to Oct 20'
                '</div><div><br></div><div>-- 纪要助手 (automated message, please keep the subject unchanged)</div>'
                % cut)
    else:
        head = ['序号', '事项', '负责人', '截止时间']
        intro = '<div>各位好：</div><div><br></div><div>纪要助手已根据《%s》登记以下待办事项：</div>' % e(m['subject'])
        tail = ('<div><br></div><div>如有异议请于今日内回复（截止 %s 18:00），逾期未回复的事项视为无异议。</div>'
                '<div><br></div><div>直接回复本邮件即可更新事项，例如：“确认”“有异议：原因”“第N项已完成”“进度80%%”'
                '“延期至10月20日”</div><div><br></div><div>纪要助手（系统自动发送，请勿修改邮件主题）</div>' % cut)
    t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:14px"><tr>']
    t += ['<th>%s</th>' % e(x) for x in head]
    t.append('</tr>')
    for r in m['rows']:
        t.append('<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (
            r['n'], e(r['task']), e(owner_label(m, r['owner'])), e(due_label(m, r['due']))))
    t.append('</table>')
    return intro + '\n' + ''.join(t) + '\n' + tail


# --------------------------------------------------------------------------------------------
# Client quote styles
# --------------------------------------------------------------------------------------------
def local(m, tzh):
    return m['recap_at'].astimezone(dt.timezone(dt.timedelta(hours=tzh)))


def ampm_zh(t, trad=False):
    hr = t.hour
    if hr < 12:
        p = '上午'
    elif hr < 18:
        p = '下午'
    else:
        p = '晚上'
    h12 = hr % 12 or 12
    return p, h12


def people_list(keys, style):
    out = []
    for k in keys:
        p = P[k]
        if style == 'names':
            out.append(p['name'])
        elif style == 'qq':
            out.append('"%s"<%s>;' % (p['name'], p['email']))
        else:
            out.append('%s <%s>' % (p['name'], p['email']))
    if style == 'qq':
        return ''.join(out)
    return '; '.join(out)


def quote_header(client, m, tzh):
    """Plain-text lines of the client's quote header (attribution line or header block)."""
    if client == 'owa_en':
        tzh = 8  # OWA writes the quote in the mailbox's time zone (China); only the Date header is UTC
    t = local(m, tzh)
    bot = '纪要助手 <%s>' % m['bot']
    subj = m['recap_subject']
    to_n, cc_n = people_list(m['to'], 'names'), people_list(m['cc'], 'names')
    to_a, cc_a = people_list(m['to'], 'addr'), people_list(m['cc'], 'addr')
    cn_date = '%d年%d月%d日' % (t.year, t.month, t.day)
    hm = t.strftime('%H:%M')
    if client == 'outlook_zh':
        L = ['发件人: ' + bot, '发送时间: %s %s' % (cn_date, hm), '收件人: ' + to_n]
        if cc_n:
            L.append('抄送: ' + cc_n)
        return L + ['主题: ' + subj]
    if client == 'outlook_tw':
        p, h12 = ampm_zh(t)
        L = ['寄件者: ' + bot, '寄件日期: %s %s %02d:%02d' % (cn_date, p if p != '晚上' else '下午', h12, t.minute),
             '收件者: ' + to_n]
        if cc_n:
            L.append('副本: ' + cc_n)
        return L + ['主旨: ' + subj]
    if client in ('outlook_en', 'owa_en'):
        L = ['From: ' + bot, 'Sent: %s, %s %d, %d %d:%02d %s' % (
            WD_EN_FULL[t.weekday()], MON_EN[t.month - 1], t.day, t.year, t.hour % 12 or 12, t.minute,
            'AM' if t.hour < 12 else 'PM'), 'To: ' + to_n]
        if cc_n:
            L.append('Cc: ' + cc_n)
        L.append('Subject: ' + subj)
        return (['________________________________'] + L) if client == 'owa_en' else L
    if client == 'outlook_de':
        L = ['Von: ' + bot, 'Gesendet: %s, %d. %s %d %s' % (WD_DE[t.weekday()], t.day, MON_DE[t.month - 1], t.year, hm),
             'An: ' + to_n]
        if cc_n:
            L.append('Cc: ' + cc_n)
        return L + ['Betreff: ' + subj]
    if client == 'outlook_ja':
        L = ['差出人: ' + bot, '送信日時: %s %s' % (cn_date, hm), '宛先: ' + to_n]
        if cc_n:
            L.append('CC: ' + cc_n)
        return L + ['件名: ' + subj]
    if client == 'outlook_mac_zh':
        L = ['发件人: ' + bot, '日期: %s 星期%s %s' % (cn_date, WD_ZH[t.weekday()], hm), '收件人: ' + to_a]
        if cc_a:
            L.append('抄送: ' + cc_a)
        return L + ['主题: ' + subj]
    if client == 'foxmail':
        L = ['发件人：纪要助手', '发送时间：%s' % t.strftime('%Y-%m-%d %H:%M'), '收件人：' + to_n]
        if cc_n:
            L.append('抄送：' + cc_n)
        return L + ['主题：' + subj]
    if client in ('exmail', 'wecom'):
        p, h12 = ampm_zh(t)
        L = ['------------------ 原始邮件 ------------------', '发件人: "纪要助手"<%s>;' % m['bot'],
             '发送时间: %s(星期%s) %s%d:%02d' % (cn_date, WD_ZH[t.weekday()], p, h12, t.minute),
             '收件人: ' + people_list(m['to'], 'qq')]
        if m['cc']:
            L.append('抄送: ' + people_list(m['cc'], 'qq'))
        return L + ['主题: ' + subj]
    if client == 'coremail':
        L = ['-----原始邮件-----', '发件人:"纪要助手" <%s>' % m['bot'],
             '发送时间:%s (星期%s)' % (t.strftime('%Y-%m-%d %H:%M:%S'), WD_ZH[t.weekday()]), '收件人:' + to_a]
        if cc_a:
            L.append('抄送:' + cc_a)
        return L + ['主题:' + subj]
    if client == 'mailmaster':
        L = ['---- 回复的原邮件 ----', '| 发件人 | 纪要助手<%s> |' % m['bot'],
             '| 日期 | %s |' % t.strftime('%Y年%m月%d日 %H:%M'), '| 收件人 | %s |' % to_a]
        if cc_a:
            L.append('| 抄送至 | %s |' % cc_a)
        return L + ['| 主题 | %s |' % subj]
    if client == 'wy163':
        return ['在 %s，"纪要助手" <%s> 写道：' % (t.strftime('%Y-%m-%d %H:%M:%S'), m['bot'])]
    if client == 'gmail_tw':
        p, h12 = ampm_zh(t)
        return ['%s 於 %s 週%s %s%d:%02d寫道：' % (bot, cn_date, WD_ZH[t.weekday()], '上午' if t.hour < 12 else '下午',
                                              h12, t.minute)]
    if client == 'gmail_en':
        return ['On %s, %s %d, %d at %d:%02d %s %s wrote:' % (
            WD_EN[t.weekday()], MON_EN[t.month - 1][:3], t.day, t.year, t.hour % 12 or 12, t.minute,
            'AM' if t.hour < 12 else 'PM', bot)]
    if client == 'iphone_zh':
        return ['在 %s，%s，%s 写道：' % (cn_date, hm, bot)]
    if client == 'iphone_hk':
        p, h12 = ampm_zh(t)
        return ['在 %s，%s%d:%02d，%s 寫道：' % (cn_date, '上午' if t.hour < 12 else '下午', h12, t.minute, bot)]
    if client in ('iphone_en', 'apple_en'):
        return ['On %s %d, %d, at %d:%02d %s, %s wrote:' % (
            MON_EN[t.month - 1][:3], t.day, t.year, t.hour % 12 or 12, t.minute, 'AM' if t.hour < 12 else 'PM', bot)]
    if client == 'thunderbird_zh':
        return ['在 %d/%d/%d %s, 纪要助手 写道:' % (t.year, t.month, t.day, hm)]
    if client == 'thunderbird_en':
        return ['On %d/%d/%02d %d:%02d %s, 纪要助手 wrote:' % (t.month, t.day, t.year % 100, t.hour % 12 or 12, t.minute,
                                                         'AM' if t.hour < 12 else 'PM')]
    if client == 'huawei':
        p, h12 = ampm_zh(t)
        L = ['-------- 原始邮件 --------', '发件人： ' + bot,
             '日期： %s周%s %s%d:%02d' % (cn_date, WD_ZH[t.weekday()], p, h12, t.minute), '收件人： ' + to_a]
        if cc_a:
            L.append('抄送： ' + cc_a)
        return L + ['主题： ' + subj]
    if client == 'dingtalk':
        L = ['------------------------------------------------------------------', '发件人：' + bot,
             '发送时间：%s(星期%s) %s' % (cn_date, WD_ZH[t.weekday()], hm), '收件人：' + to_a]
        if cc_a:
            L.append('抄　送：' + cc_a)
        return L + ['主　题：' + subj]
    if client == 'feishu':
        L = ['发件人: ' + bot, '日期: %s 周%s %s' % (cn_date, WD_ZH[t.weekday()], hm), '主题: ' + subj,
             '收件人: ' + to_a]
        if cc_a:
            L.append('抄送: ' + cc_a)
        return L
    raise KeyError(client)


PREFIXED = {'wy163', 'gmail_tw', 'gmail_en', 'iphone_zh', 'iphone_hk', 'iphone_en', 'apple_en', 'thunderbird_zh',
            'thunderbird_en'}
APPLE = {'iphone_zh', 'iphone_hk', 'iphone_en', 'apple_en'}


def quote_plain(client, m, tzh):
    """The quoted recap as the client writes it in text/plain."""
    hdr = quote_header(client, m, tzh)
    body = recap_lines(m)
    if client in APPLE:
        return ['> ' + l if l else '>' for l in hdr + [''] + body]
    if client in PREFIXED:
        return hdr + ([''] if client.startswith('gmail') else []) + ['> ' + l if l else '>' for l in body]
    return hdr + [''] + body


def quote_html(client, m, tzh):
    e = html.escape
    hdr = quote_header(client, m, tzh)
    rh = recap_html(m)
    if client in ('outlook_zh', 'outlook_tw', 'outlook_en', 'outlook_de', 'outlook_ja'):
        cells = []
        for l in hdr:
            k, v = l.split(': ', 1)
            cells.append('<b>%s:</b> %s' % (e(k), e(v)))
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal"><span style="font-size:11.0pt">%s<o:p></o:p></span></p></div>'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s' % ('<br>\n'.join(cells), rh))
    if client == 'owa_en':
        cells = []
        for l in hdr[1:]:
            k, v = l.split(': ', 1)
            cells.append('<b>%s:</b> %s' % (e(k), e(v)))
        return ('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div>'
                '</div>\n<div>%s</div>' % ('<br>\n'.join(cells), rh))
    if client == 'outlook_mac_zh':
        cells = []
        for l in hdr:
            k, v = l.split(': ', 1)
            cells.append('<b><span style="font-size:12.0pt;color:black">%s: </span></b><span style="font-size:12.0pt;'
                         'color:black">%s</span>' % (e(k), e(v)))
        return ('<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal">%s</p></div>\n<div>%s</div>' % ('<br>\n'.join(cells), rh))
    if client == 'foxmail':
        cells = []
        for l in hdr:
            k, v = l.split('：', 1)
            cells.append('<div><b>%s：</b>&nbsp;%s</div>' % (e(k), e(v)))
        return ('<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="'
                'PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: '
                '#efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">%s</div></div>\n<blockquote style="margin-Top: 0px; '
                'margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>%s</div></blockquote>'
                % (''.join(cells), rh))
    if client in ('exmail', 'wecom'):
        cells = []
        for l in hdr[1:]:
            k, v = l.split(': ', 1)
            cells.append('<div><b>%s:</b>&nbsp;%s</div>' % (e(k), e(v)))
        return ('<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;'
                '原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">'
                '%s</div><div><br></div>\n%s' % (''.join(cells), rh))
    if client == 'coremail':
        cells = []
        for l in hdr[1:]:
            k, v = l.split(':', 1)
            cells.append('<b>%s:</b>%s' % (e(k), e(v)))
        return ('<blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
                'border-left:#b6b6b6 2px solid;margin-right:0px">-----原始邮件-----<br>%s<br>\n%s</blockquote>'
                % ('<br>'.join(cells), rh))
    if client == 'mailmaster':
        rows = []
        for l in hdr[1:]:
            k, v = l.strip('| ').split(' | ', 1)
            rows.append('<tr><td style="width:60px;color:#8c8c8c">%s</td><td>%s</td></tr>' % (e(k), e(v)))
        return ('<div style="font-size:12px;color:#8c8c8c">---- 回复的原邮件 ----</div><table class="mailmaster-quote-'
                'header" style="font-size:12px">%s</table>\n<blockquote id="ntes-iosmail-quote" style="margin:0">%s'
                '</blockquote>' % (''.join(rows), rh))
    if client == 'wy163':
        return ('<div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><p>%s</p>'
                '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: '
                '#ccc 1px solid">%s</blockquote>' % (e(hdr[0]), rh))
    if client in ('gmail_tw', 'gmail_en'):
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote"'
                ' style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s'
                '</blockquote></div>' % (e(hdr[0]), rh))
    if client in APPLE:
        return ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
                '<div dir="ltr">%s</div></blockquote>' % (e(hdr[0]), rh))
    if client == 'huawei':
        return '<div>%s</div>\n%s' % ('<br>'.join(e(l) for l in hdr), rh)
    if client == 'dingtalk':
        cells = ''.join('<div style="clear:both;">%s</div>' % e(l) for l in hdr)
        return ('<div class="alimail-quote"><div style="margin:14px 0 0 0;">%s</div><blockquote style="margin-right:0;'
                'margin-top:0;margin-bottom:0;">%s</blockquote></div>' % (cells, rh))
    if client == 'feishu':
        cells = ''.join('<div>%s</div>' % e(l) for l in hdr)
        return ('<div class="history-quote-wrapper" id="lark-mail-quote-160"><div data-html-block="quote" '
                'data-mail-html-ignore=""><div style="border-left:none;padding-left:0px;" class="adit-html-block '
                'adit-html-block--collapsed"><div class="history-quote-meta-wrapper history-quote-gap-tag" style="'
                'padding:12px;background:rgb(245,246,247);color:rgb(31,35,41);border-radius:4px;margin-top:24px;'
                'margin-bottom:12px">%s</div><div>%s</div></div></div></div>' % (cells, rh))
    raise KeyError(client)


def html_lines(lines):
    return ''.join('<div>%s</div>' % (html.escape(l) if l else '<br>') for l in lines)


SUBJ_PREFIX = {'outlook_zh': '答复: ', 'outlook_tw': '回覆: ', 'outlook_en': 'RE: ', 'owa_en': 'RE: ',
               'outlook_de': 'AW: ', 'outlook_ja': 'RE: ', 'outlook_mac_zh': '回复: ', 'foxmail': '回复: ',
               'exmail': '回复：', 'wecom': '回复：', 'coremail': 'Re:', 'mailmaster': '回复:', 'wy163': 'Re:',
               'gmail_tw': '', 'gmail_en': '', 'iphone_zh': '', 'iphone_hk': '', 'iphone_en': '', 'apple_en': '',
               'thunderbird_zh': '', 'thunderbird_en': '', 'huawei': '回复： ', 'dingtalk': '回复：', 'feishu': '回复：'}


def reply_subject(client, m):
    s = m['recap_subject']
    pre = SUBJ_PREFIX[client]
    if client in ('outlook_en', 'owa_en', 'outlook_ja', 'outlook_de'):
        return pre + s[4:]  # Outlook replaces the existing "Re: " with its own prefix
    return pre + s


# --------------------------------------------------------------------------------------------
# MIME assembly (bytes written by hand; the email package encodes headers and re-parses in --check)
# --------------------------------------------------------------------------------------------
def enc_header(value, charset):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(key_or_pair, charset):
    if isinstance(key_or_pair, tuple):
        name, email = key_or_pair
    else:
        name, email = P[key_or_pair]['name'], P[key_or_pair]['email']
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), email)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == 'base64':
        return base64.encodebytes(raw.replace(b'\n', b'\r\n')).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if cte == '8bit':
        return raw
    raise ValueError(cte)


def text_part(subtype, text, charset, cte, extra_ct=''):
    hdr = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (subtype, charset, extra_ct, cte)
    body = encode_body(text, charset, cte)
    if isinstance(body, str):
        body = body.encode('ascii')
    if not body.endswith(b'\n'):
        body += b'\n'
    return hdr.encode('ascii') + body


def multipart(subtype, parts, boundary, extra=''):
    head = 'Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (subtype, extra, boundary)
    out = head.encode('ascii')
    if subtype != 'report':
        out += b'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        out += ('--%s\n' % boundary).encode('ascii') + p + b'\n'
    out += ('--%s--\n' % boundary).encode('ascii')
    return out


def attachment_part(filename, data, ctype):
    fn = Header(filename, 'utf-8').encode() if not filename.isascii() else filename
    b64 = base64.encodebytes(data).decode('ascii')
    return ('Content-Type: %s;\n\tname="%s"\nContent-Disposition: attachment;\n\tfilename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s' % (ctype, fn, fn, b64)).encode('ascii')


def fake_pdf(title):
    body = ('%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
            '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n'
            % h(title, 24))
    return body.encode('ascii')


def fake_xlsx(title):
    # a tiny but valid zip container (not a full workbook): the bytes only have to look like an attachment
    buf = io.BytesIO()
    import zipfile
    with zipfile.ZipFile(buf, 'w') as z:
        zi = zipfile.ZipInfo('[Content_Types].xml', date_time=(2026, 4, 7, 10, 58, 0))
        z.writestr(zi, '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                       'package/2006/content-types"/><!-- %s -->' % h(title, 16))
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# Client envelopes: Message-ID, mailer headers, Received line
# --------------------------------------------------------------------------------------------
def msgid(client, seed, sender_email, when):
    dom = sender_email.split('@')[1]
    x = h(seed, 40)
    if client.startswith('outlook') or client == 'owa_en':
        if client in ('outlook_en', 'owa_en') and dom.endswith('hengxin-law.example.cn'):
            return '<SEZPR06MB%s%s@SEZPR06MB%s.apcprd06.prod.outlook.com>' % (
                x[:4].upper(), x[4:36].upper(), x[:4].upper())
        return '<00%s01dc%s$%s$%s$@%s>' % (x[:2], x[2:6], x[6:14], x[14:22], dom)
    if client == 'foxmail':
        return '<%s%s@%s>' % (when.strftime('%Y%m%d%H%M%S'), str(int(x[:8], 16))[:7], dom)
    if client in ('exmail', 'wecom'):
        return '<tencent_%s@exmail.qq.com>' % x[:36].upper()
    if client == 'coremail':
        return '<%s.%s.%s.Coremail.%s>' % (x[:8], x[8:12], x[12:23], sender_email)
    if client == 'mailmaster':
        return '<%s.%s.%s@%s>' % (x[:8], x[8:12], x[12:23], dom)
    if client == 'wy163':
        return '<%s.%s.%s@%s>' % (x[:8], x[8:13], x[13:24], dom)
    if client.startswith('gmail'):
        return '<CA+%s@mail.gmail.com>' % base64.b64encode(bytes.fromhex(x[:36])).decode('ascii').replace(
            '/', 'x').replace('+', 'Z').rstrip('=')
    if client in APPLE:
        u = x[:32].upper()
        return '<%s-%s-%s-%s-%s@%s>' % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if client.startswith('thunderbird'):
        return '<%s-%s-%s-%s-%s@%s>' % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], dom)
    if client == 'huawei':
        return '<%s-%s@email.android.com>' % (x[:12], x[12:24])
    if client == 'dingtalk':
        return '<%s.%s@%s>' % (x[:24], str(int(x[24:32], 16)), dom)
    if client == 'feishu':
        return '<%s+%s+larksuite.com+%s@%s>' % (x[:10], int(x[10:18], 16), x[18:30], dom)
    raise KeyError(client)


MAILER = {
    'outlook_zh': ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdzC8v1kQm3d9P0xS2eN6ZkJb0T4Aw==',
                   'Content-Language: zh-cn'],
    'outlook_tw': ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdzoC1Fz3wQp7sJ2RGaD0bXq8kC5Ug==',
                   'Content-Language: zh-tw'],
    'outlook_en': ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdzhH2a0o7mVvXr3QXGlqz0TfT9XZQ==',
                   'Content-Language: en-us', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '],
    'owa_en': ['Thread-Index: AQHc4ZuX2o3W0e8nL0q2J1m9eM6Y+A==', 'Content-Language: en-US', 'X-MS-Has-Attach: ',
               'X-MS-Exchange-Organization-SCL: -1', 'x-ms-publictraffictype: Email', 'X-MS-TNEF-Correlator: '],
    'outlook_de': ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdzhH2a0o7mVvXr3QXGlqz0TfT9XZQAAJ1bA',
                   'Content-Language: de'],
    'outlook_ja': ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdzhH2a0o7mVvXr3QXGlqz0TfT9XZQAIb2Ew',
                   'Content-Language: ja'],
    'outlook_mac_zh': ['User-Agent: Microsoft-MacOutlook/16.84.24041420', 'Thread-Topic: =?UTF-8?B?5LqU5LiA5qGj?=',
                       'Content-Language: zh-CN'],
    'foxmail': ['X-Priority: 3', 'X-GUID: 7C3E1A52-0B6D-4F8A-9E21-5D4C3B2A1F09', 'X-Has-Attach: no',
                'X-Mailer: Foxmail 7.2.25.254[cn]'],
    'exmail': ['X-QQ-mid: bizesmtp%s' % 'ip3t1745750000t9f4c', 'X-QQ-SSF: 00400000000000F0', 'X-QQ-GoodBg: 2',
               'X-Mailer: QQMail 2.x', 'X-QQ-Mailer: QQMail 2.x', 'X-QQ-MIME: TCMime 1.0 by Tencent'],
    'wecom': ['X-QQ-mid: bizesmtp%s' % 'wx4t1745800000t2b8a', 'X-QQ-SSF: 00400000000000F0', 'X-QQ-GoodBg: 2',
              'X-Mailer: WeCom 4.1.22', 'X-QQ-MIME: TCMime 1.0 by Tencent'],
    'coremail': ['X-Priority: 3', 'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230606(ea0ab7d6)',
                 'X-Originating-IP: [10.20.3.41]', 'X-Coremail-Locale: zh_CN',
                 'X-CM-TRANSID: AQAAfwDH7A3NAQFoVvo3AA--.41725S2', 'X-CM-SenderInfo: pjdrqtqp6olhhuho-xxxxhhmuutlhkxhk'],
    'mailmaster': ['X-Mailer: NetEase Mail Master 4.17.5', 'X-NTES-SC: AL_Qu2aBP+Z4kws7iSbYekfm0cUj+k=',
                   'X-Priority: 3'],
    'wy163': ['X-Priority: 3', 'X-Mailer: Coremail Webmail Server Version 2023.2-cmXT build 20240220(a85ca2a6)'
                               ' Copyright (c) 2002-2026 www.mailtech.cn qiye163',
              'X-NTES-SC: AL_Qu2aBPyet0ol4ySaYukfmk4TgOc='],
    'gmail_tw': [], 'gmail_en': [],
    'iphone_zh': ['X-Mailer: iPhone Mail (22E240)'], 'iphone_hk': ['X-Mailer: iPhone Mail (22F76)'],
    'iphone_en': ['X-Mailer: iPhone Mail (22F76)'], 'apple_en': ['X-Mailer: Apple Mail (2.3826.500.181.1.5)'],
    'thunderbird_zh': ['User-Agent: Mozilla Thunderbird', 'Content-Language: zh-CN'],
    'thunderbird_en': ['User-Agent: Mozilla Thunderbird', 'Content-Language: en-GB'],
    'huawei': ['X-Mailer: HuaweiEmail/14.1.0.310'],
    'dingtalk': ['X-Mailer: Alimail-Mailagent revision 2', 'X-Alimail-AntiSpam: AC=CONTINUE;BC=0.07436282|-1;CH=green',
                 'x-mail-client: DingTalk'],
    'feishu': ['X-Mailer: Lark Mail', 'X-Lms-Return-Path: <lba+26a7f3c2e+8f3a+larksuite.com+sunyue@hemu-design.example.com>',
               'X-Original-From: =?UTF-8?B?5a2Z5oKm?= <sunyue@hemu-design.example.com>'],
}


def received(case, sender, to_addr, when_cst):
    """Return-Path/Delivered-To/Received lines added by the receiving server."""
    m = M[case['m']]
    org = ORGS[m['org']]
    c = case['client']
    ts = when_cst + dt.timedelta(seconds=3)
    stamp = format_datetime(ts) + ' (CST)'
    qid = h('qid/%d' % case['n'], 11).upper()
    src = {
        'coremail': 'from gaomin$lanhai-ship.example.cn ( [10.20.3.41] ) by ajax-webmail-mail (Coremail) ; ',
    }
    sdom = sender.split('@')[1]
    if sdom.endswith('.com.tw'):
        via = 'from TYZPR03CU001.outbound.protection.outlook.com (mail-koreacentralazon11012052.outbound.protection.outlook.com [52.101.154.52])'
    elif sdom.endswith('.com.hk') and c.startswith('gmail'):
        via = 'from mail-pj1-f47.google.com (mail-pj1-f47.google.com [209.85.216.47])'
    elif sdom.endswith('.com.hk'):
        via = 'from HK2PR02CU002.outbound.protection.outlook.com (mail-eastasiaazon11010003.outbound.protection.outlook.com [52.101.128.3])'
    elif sdom.endswith('.de'):
        via = 'from mout.brenner-antrieb.example.de (mout.brenner-antrieb.example.de [212.227.17.10])'
    elif sdom.endswith('.jp') and c.startswith('gmail'):
        via = 'from mail-pg1-f172.google.com (mail-pg1-f172.google.com [209.85.215.172])'
    elif sdom.endswith('.jp'):
        via = 'from TYVP286CU001.outbound.protection.outlook.com (mail-japaneastazon11011010.outbound.protection.outlook.com [52.101.125.10])'
    elif sdom.endswith('wolcott.example.edu'):
        via = 'from mx-out.wolcott.example.edu (mx-out.wolcott.example.edu [198.51.100.25])'
    elif c == 'feishu':
        via = 'from va-1-17.ptr.blmpb.com (va-1-17.ptr.blmpb.com [209.127.230.17])'
    elif c in ('exmail', 'wecom'):
        via = 'from smtpbgsg2.qq.com (smtpbgsg2.qq.com [54.254.200.128])'
    elif c == 'dingtalk':
        via = 'from out30-112.freemail.mail.aliyun.com (out30-112.freemail.mail.aliyun.com [115.124.30.112])'
    elif c in ('owa_en', 'outlook_en') and m['org'] == 'law':
        via = 'from SEZPR06CU001.outbound.protection.outlook.com (mail-southeastasiaazon11013000.outbound.protection.outlook.com [52.101.133.0])'
    else:
        ip = '10.%d.%d.%d' % (int(h(sender, 2), 16) % 50 + 10, int(h(sender + 'b', 2), 16), int(h(sender + 'c', 2), 16) % 250 + 2)
        via = 'from [%s] (unknown [%s])' % (ip, ip)
    if org['mta'] == 'Coremail':
        by = '\tby %s (Coremail) with SMTP id %s\n\tfor <%s>; %s' % (org['mx'], 'AQAAfwD' + qid, to_addr, stamp)
    else:
        by = '\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (org['mx'], qid, to_addr, stamp)
    return ['Return-Path: <%s>' % sender, 'Delivered-To: %s' % m['bot'], 'Received: %s\n%s' % (via, by)]


# --------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------
CASES = []


def case(n, slug, m, frm, when, client, charset, cte, new, gold, notes, cc=(), tz=8, parts='alt', layout='top',
         sig=(), footer=(), attach=None, rule=None, body=None, kind='reply', no_quote=False, html_cte=None):
    CASES.append(dict(n=n, slug=slug, m=m, frm=frm, when=when, client=client, charset=charset, cte=cte, new=list(new),
                      gold=gold, notes=notes, cc=list(cc), tz=tz, parts=parts, layout=layout, sig=list(sig),
                      footer=list(footer), attach=attach, rule=rule, body=body, kind=kind, no_quote=no_quote,
                      html_cte=html_cte or cte))


def G(intent, items=(), pct=None, date=None):
    return dict(intent=intent, items=sorted(set(items)), percent=pct, new_due_date=date)


# ---- M1 shipyard, recap Thu 2026-04-02 16:42, cut-off 04-02 18:00 (Qingming 04-04..06) ----
case(5851, 'confirm-outlook-gb2312-qp', 'M1', 'sunjianjun', (2026, 4, 2, 17, 15, 8), 'outlook_zh', 'gb2312',
     'quoted-printable', ['收到，确认，无异议。'], G('confirm'),
     'Plain, common case: the production head confirms the whole recap. Outlook zh-CN, charset gb2312 (every '
     'character, including the quoted recap, is inside GB2312), quoted-printable, multipart/alternative. The quoted '
     'recap below the Outlook 发件人/发送时间 block carries the command footer (有异议/已完成/进度80%/延期至10月20日) '
     'and must be ignored. No number written -> items [].',
     cc=['liuhaitao', 'hanxue'], sig=['', '孙建军', '生产管理部 部长', '烟台蓝海船舶重工有限公司',
                                      '电话：0535-6812203  手机：139 0535 1187'])
case(5852, 'object-item2-proposes-date-outlook-gbk', 'M1', 'gaomin', (2026, 4, 2, 17, 38, 41), 'outlook_zh', 'gbk',
     'base64',
     ['有异议：第2项压载舱涂装材料的补充采购，要等设计所出具用量核算后才能提申请，4月8日前来不及，建议改为4月15日。'],
     G('object', [2]),
     'Objection before the cut-off (17:38 < 18:00). It proposes another date (4月15日) but it is written as 有异议 with '
     'a reason, so by convention 4 the intent is object and new_due_date stays null; 4月8日 is the current due date '
     'restated. Outlook zh-CN, GBK, base64.',
     cc=['hanxue', 'liuhaitao'], sig=['', '高敏', '采购部  分机 8127'])
case(5853, 'done-item1-foxmail-gbk', 'M1', 'wanglijuan', (2026, 4, 3, 15, 20, 33), 'foxmail', 'gbk', 'base64',
     ['第1项已完成。A12-A15分段共38道焊缝复检全部合格，探伤报告已上传质量管理系统。'], G('done', [1]),
     'Plain done for item 1 from its owner. Foxmail GBK base64 with the Foxmail address signature and the grey '
     '发件人：/发送时间： quote block. "A12-A15" and "38道" are a block range and a count, not item numbers.',
     cc=['liuhaitao', 'sunjianjun'], sig=['', '', 'wanglijuan@lanhai-ship.example.cn', '王丽娟 质量部'])
case(5854, 'extend-3-workdays-over-qingming-coremail', 'M1', 'gaomin', (2026, 4, 3, 10, 5, 17), 'coremail', 'utf-8',
     'base64', ['第2项申请延期：供应商清明节放假，比价流程要节后才能走完，3个工作日内提交采购申请。'],
     G('extend', [2], date='2026-04-09'),
     'Sent Fri 2026-04-03. "申请延期 … 3个工作日内" counts Chinese working days from the day after sending: 04-04 Sat, '
     '04-05 Sun and 04-06 Mon (清明) are off, so 04-07 (1), 04-08 (2), 04-09 (3) -> 2026-04-09. Coremail webmail '
     '"Re:Re:" subject, -----原始邮件----- quote.',
     cc=['hanxue'], sig=['', '高敏', '采购部'], rule=('workdays', 3))
case(5855, 'done-by-task-words-foxmail-attachment', 'M1', 'liuhaitao', (2026, 4, 7, 11, 2, 45), 'foxmail', 'gbk',
     'quoted-printable', ['2号船台4月第2周的吊装计划已重排完，新排程见附件，请各位按新时间准备。'], G('done'),
     'Done without an item number; the organizer owns items 3 and 4, and the words 2号船台/吊装计划/重排 match only '
     'item 3 (重排2号船台4月第2周吊装计划): content-match [3], so gold items [] per convention 3. "2号" and "第2周" are '
     'a berth number and a week, not item numbers. Foxmail GBK QP, with an .xlsx attachment (multipart/mixed).',
     cc=['sunjianjun', 'quxiaodong'], sig=['', '', 'liuhaitao@lanhai-ship.example.cn', '刘海涛 生产管理部'],
     attach=('2号船台吊装计划0407.xlsx', 'xlsx'))
case(5856, 'extend-two-more-days-iphone', 'M1', 'quxiaodong', (2026, 4, 9, 8, 50, 12), 'iphone_zh', 'utf-8',
     'quoted-printable', ['第5项甲板舾装件那部分还没核完，还要两天，麻烦帮我往后顺延一下。'],
     G('extend', [5], date='2026-04-11'),
     '"还要两天 … 往后顺延" is an extension request; by convention 5 "还要两天" is two calendar days after the item\'s '
     'current due date (item 5 due 2026-04-09) -> 2026-04-11 (a Saturday; the convention counts calendar days). '
     'iPhone Mail, QP, 发自我的iPhone footer, "> 在 …写道：" quote.',
     cc=['liuhaitao'], footer=['', '发自我的iPhone'], rule=('due_plus', 2, 5))
case(5857, 'progress-sixty-bottom-post-thunderbird', 'M1', 'liuhaitao', (2026, 4, 8, 16, 12, 9), 'thunderbird_zh',
     'utf-8', '8bit', ['第4项滚动计划进度差不多六成，吊装窗口已经定了，周五前发各车间。'],
     G('progress', [4], pct=60),
     'Bottom-posted (new text under the "> " quote) in Thunderbird, text/plain 8bit UTF-8. 六成 = 60%. "周五前" '
     'from Wed 04-08 is Fri 04-10, which is item 4\'s due date restated (convention 7), so no extension.',
     cc=['sunjianjun'], parts='text', layout='bottom', sig=['', '-- ', '刘海涛 生产管理部', '烟台蓝海船舶重工有限公司'])
case(5858, 'auto-ooo-coremail', 'M1', 'jiangtao', (2026, 4, 2, 16, 42, 31), 'coremail', 'utf-8', 'base64', [],
     None,
     'Coremail out-of-office answer to the recap, 26 s after it: Auto-Submitted: auto-replied, subject 自动回复:, '
     'sent to the bot\'s From address. Its body has dates (4月2日至4月7日, 4月8日) and a delegate, none of which is a '
     'command. kind auto, reply null.', kind='auto')
# ---- M2 shipyard + Taiwan supplier, recap Wed 2026-05-20 16:10, cut-off 05-20 18:00 ----
case(5859, 'confirm-outlook-zhtw', 'M2', 'linzhiming', (2026, 5, 20, 17, 2, 44), 'outlook_tw', 'utf-8',
     'quoted-printable', ['收到，確認無異議，謝謝。', '應急發電機組的交期我們明天回覆。'], G('confirm'),
     'Traditional Chinese (Taiwan) confirmation, Outlook zh-TW (回覆:, 寄件者/寄件日期/收件者/副本/主旨 block). '
     '確認無異議 = confirm. The second line mentions item 2\'s subject (交期) but asks for no change; no number -> '
     'items [].',
     cc=['hanxue', 'chenyijun'],
     sig=['', '林志明 Jimmy Lin', '業務經理｜泓昌船舶電機股份有限公司', 'Tel: +886-7-812-3456 ext. 231'])
case(5860, 'done-by-task-words-zhtw-eta-attachment', 'M2', 'linzhiming', (2026, 5, 22, 10, 48, 19), 'outlook_tw',
     'utf-8', 'base64', ['應急發電機組交期已確認：6月12日出廠，預計6月20日前運抵煙台。書面確認函如附件，請查收。'],
     G('done'),
     'Owner of items 1 and 2 reports, without a number, that the generator delivery date is confirmed and the written '
     'confirmation is attached: that is item 2 (确认应急发电机组交货期并回传书面确认), matched in Traditional script '
     '(應急發電機組/交期/書面確認) -> content-match [2], gold items []. 6月12日 / 6月20日前 are an ex-works date and an '
     'ETA, not a request (convention 7). No 已完成 is written, but both halves of the task (confirm the date, send the '
     'written confirmation) are reported finished, so a careful assistant records done. Outlook zh-TW, PDF attachment.',
     cc=['hanxue', 'chenyijun'],
     sig=['', '林志明 Jimmy Lin', '業務經理｜泓昌船舶電機股份有限公司', 'Tel: +886-7-812-3456 ext. 231'],
     attach=('交期確認函_HC-2605-118.pdf', 'pdf'))
case(5861, 'extend-absolute-date-zhtw', 'M2', 'linzhiming', (2026, 5, 26, 14, 20, 5), 'outlook_tw', 'utf-8',
     'quoted-printable', ['第1項主配電盤FAT報告：第三方檢測單位排程延後，申請延期至6月3日，造成不便敬請見諒。'],
     G('extend', [1], date='2026-06-03'),
     'Traditional Chinese 第1項 … 申請延期至6月3日 -> extend [1], absolute date 2026-06-03. Outlook zh-TW QP.',
     cc=['chenyijun', 'wanglijuan'],
     sig=['', '林志明 Jimmy Lin', '業務經理｜泓昌船舶電機股份有限公司'], rule=('abs',))
case(5862, 'done-item3-thunderbird-8bit', 'M2', 'jiangtao', (2026, 5, 25, 9, 31, 50), 'thunderbird_zh', 'utf-8',
     '8bit', ['第3项电缆敷设图审核意见已发泓昌陈工，共17条，其中3条需要对方改图。'], G('done', [3]),
     'Plain done for item 3, Thunderbird text/plain 8bit. "共17条，其中3条" are counts, not items or percent '
     '(convention 6).',
     cc=['chenyijun', 'hanxue'], parts='text', sig=['', '姜涛', '设计所'])
case(5863, 'progress-80-eta-mailmaster', 'M2', 'gaomin', (2026, 5, 27, 15, 5, 44), 'mailmaster', 'utf-8', 'base64',
     ['第4项报关预归类资料已提交海关，目前进度80%，预计6月1日出结果。'], G('progress', [4], pct=80),
     'Progress 80% on item 4 from NetEase Mail Master (发自网易邮箱大师 footer, "---- 回复的原邮件 ----" quote with '
     '| 发件人 | rows). "预计6月1日出结果" is an ETA, not an extension (convention 7).',
     cc=['hanxue'], footer=['', '发自网易邮箱大师'])
case(5864, 'extend-next-wednesday-foxmail', 'M2', 'wanglijuan', (2026, 6, 4, 9, 12, 30), 'foxmail', 'gbk', 'base64',
     ['第5项：泓昌的FAT报告延到6月3日才出，厂验日期还没最终确定，见证人员出行安排申请延期到下周三。'],
     G('extend', [5], date='2026-06-10'),
     'Sent Thu 2026-06-04; "下周三" = Wednesday of the following calendar week = 2026-06-10 (convention 5). '
     '"延到6月3日" is about the supplier\'s report (a fact in the reason), not this item\'s new date. Foxmail GBK.',
     cc=['hanxue', 'linzhiming'], sig=['', '', 'wanglijuan@lanhai-ship.example.cn', '王丽娟 质量部'],
     rule=('next_week', 2))
case(5865, 'unknown-question-gmail-zhtw', 'M2', 'chenyijun', (2026, 5, 21, 11, 25, 3), 'gmail_tw', 'utf-8', 'base64',
     ['您好，請問第3項的電纜敷設圖審核意見，是直接寄給我，還是透過林經理轉交？我這邊好安排改圖。'],
     G('unknown', [3]),
     'A question from the supplier\'s engineer (not an owner) that asks for no change -> unknown; it writes 第3項, so '
     'items [3] (convention 2). Gmail (Google Workspace, zh-TW UI): "… 於 2026年5月20日 週三 下午4:10寫道：".',
     cc=['linzhiming', 'jiangtao'], sig=['', '陳怡君 Ivy Chen', '泓昌船舶電機 工程部'])
# ---- M3 pharmacy, recap Mon 2026-04-27 18:25 (after the cut-off time) -> cut-off Tue 04-28 18:00 ----
case(5866, 'confirm-wecom-short', 'M3', 'chenxiuying', (2026, 4, 28, 8, 55, 10), 'wecom', 'utf-8', 'base64',
     ['没问题，确认。'], G('confirm'),
     'Plain short confirmation from WeCom (企业微信) mail, which quotes like Tencent Exmail '
     '("------------------ 原始邮件 ------------------"). The recap was sent at 18:25, after the cut-off time, so its '
     'deadline reads 2026-04-28 18:00.',
     cc=['yunzhenhua'])
case(5867, 'done-items-2-4-one-sentence-exmail', 'M3', 'wujunjie', (2026, 4, 30, 16, 40, 22), 'exmail', 'gb18030',
     'base64', ['第2、4项已完成：促销商品已全部到店，收银系统促销价也在全部门店测试通过。'], G('done', [2, 4]),
     'Two items in one sentence (第2、4项已完成) from the organizer -> done [2, 4]. Tencent Exmail webmail, gb18030 '
     'base64, 回复：Re: subject.',
     cc=['fuhaiyan', 'wangxiaochuan'],
     sig=['', '吴俊杰', '商品采购部｜海南椰岛大药房连锁有限公司', '手机 138 7654 3210'])
case(5868, 'extend-after-holiday-outlook', 'M3', 'liting', (2026, 4, 29, 10, 20, 36), 'outlook_zh', 'utf-8',
     'quoted-printable',
     ['第6项：还有3家县区门店的冷链温度记录没有上传，节前收不齐，申请延期到节后第一个工作日。'],
     G('extend', [6], date='2026-05-06'),
     'Sent Wed 2026-04-29. "节后第一个工作日" = the first working day after the next holiday block (劳动节 05-01..05-05) '
     '= Wed 2026-05-06. "3家" is a count. Outlook zh-CN, UTF-8 QP.',
     cc=['chenxiuying'], sig=['', '李婷', '质量管理部'], rule=('after_holiday',))
case(5869, 'extend-5-workdays-makeup-saturday-exmail', 'M3', 'xingli', (2026, 5, 6, 9, 40, 15), 'exmail', 'gb18030',
     'quoted-printable', ['第5项促销数据复盘：部分门店POS数据还在同步，申请延期，5个工作日内交复盘报告。'],
     G('extend', [5], date='2026-05-12'),
     'Sent Wed 2026-05-06 (first day after 劳动节). 5个工作日 from the day after sending: 05-07 (1), 05-08 (2), '
     'Sat 05-09 is a make-up working day (3), 05-11 (4), 05-12 (5) -> 2026-05-12. Exmail gb18030 QP.',
     cc=['wujunjie', 'fuhaiyan'], sig=['', '邢丽', '市场部'], rule=('workdays', 5))
case(5870, 'done-item3-dates-in-text-wecom-html-only', 'M3', 'yunzhenhua', (2026, 4, 29, 11, 8, 51), 'wecom',
     'utf-8', 'base64', ['第3项排班表已上传共享盘，5月1日至5日24小时店每天两班倒，其余门店按节假日时间营业。'],
     G('done', [3]), 'Done for item 3 in a single-part text/html message (WeCom mail, no plain alternative). '
                     '"5月1日至5日" and "24小时" describe the schedule; they are not requests (convention 7).',
     cc=['chenxiuying'], parts='html')
case(5871, 'done-ambiguous-owner-of-two-iphone', 'M3', 'xingli', (2026, 4, 28, 9, 10, 2), 'iphone_zh', 'utf-8',
     'base64', ['好的，已完成。'], G('done'),
     'AMBIGUOUS: 已完成 with no number and no task words from 邢丽, who owns items 1 and 5 (both open). By '
     'convention 3 the intent is kept (done) with items [] and no content-match; the bot should ask which item. '
     '(Item 1 is due that day, which makes it likely, but nothing in the text says so.) iPhone, base64.',
     footer=['', '发自我的iPhone'])
case(5872, 'progress-half-huawei', 'M3', 'wangxiaochuan', (2026, 4, 29, 19, 32, 18), 'huawei', 'utf-8', 'base64',
     ['第4项促销价已在收银系统配置了一半，明天上午全部门店测试。'], G('progress', [4], pct=50),
     '一半 = 50 (convention 6). "明天上午" (04-30) is the plan inside the current due date, not an extension. Huawei '
     'Email app, text/plain only, "-------- 原始邮件 --------" quote, 发自我的华为手机 footer.',
     parts='text', footer=['', '发自我的华为手机'])
case(5873, 'unknown-thanks-outlook-mac', 'M3', 'fuhaiyan', (2026, 4, 28, 10, 2, 47), 'outlook_mac_zh', 'utf-8',
     'quoted-printable', ['辛苦各位！五一期间门店客流大，注意安全和冷链药品管理。'], G('unknown'),
     'A thank-you from the procurement head that asks for no change -> unknown, items [] (convention 1). '
     'Outlook for Mac zh-CN (发件人/日期/收件人/抄送/主题 block).',
     cc=['chenxiuying'], sig=['', '符海燕', '商品采购部 总监', '海南椰岛大药房连锁有限公司'])
case(5874, 'auto-dsn-delayed-postfix', 'M4', None, (2026, 6, 2, 19, 30, 50), 'dsn', 'us-ascii', '7bit', [], None,
     'Postfix delay notice ("Delayed Mail (still being retried)", multipart/report; report-type=delivery-status, '
     'Action: delayed, Status: 4.4.1) for the M4 recap to the Hong Kong distributor; Return-Path <>, From '
     'MAILER-DAEMON. It quotes the recap\'s headers. No person wrote it: kind auto.', kind='auto')
# ---- M4 pharmacy + Hong Kong distributor, recap Tue 2026-06-02 15:30, cut-off 06-02 18:00 ----
case(5875, 'done-item2-big5-hk-quote-deleted', 'M4', 'liangweiwen', (2026, 6, 5, 16, 45, 9), 'outlook_tw', 'big5',
     'quoted-printable', ['符總您好：', '', '第2項報價單已更新，已按海南自貿港零關稅口徑重新計算，詳見附件。', '',
                          '如有問題請隨時聯絡。'], G('done', [2]),
     'Hong Kong Traditional Chinese, body in Big5 (QP); the writer deleted the quoted recap, so only In-Reply-To/'
     'References and the subject tie it to the meeting (the subject keeps simplified characters, so it is a UTF-8 '
     'encoded word). 第2項 … 已更新 -> done [2]. PDF attachment.',
     cc=['hejiaxin', 'wujunjie'], no_quote=True,
     sig=['', '梁偉文 Raymond Leung', '業務拓展經理', '康晉醫藥（香港）有限公司', '電話：+852 2345 6789'],
     attach=('Quotation_KJ-HN-0605.pdf', 'pdf'))
case(5876, 'done-item5-shipped-date-gmail-hk', 'M4', 'hejiaxin', (2026, 6, 8, 11, 15, 38), 'gmail_tw', 'utf-8',
     'base64', ['第5項樣品已於6月6日經順豐寄出，單號 SF1403 5527 8861，預計6月9日送達海口總部。'], G('done', [5]),
     'Done for item 5 (samples sent). "已於6月6日…寄出" and "預計6月9日送達" are facts/ETA, never an extension '
     '(convention 7); the waybill digits are not items. Gmail web, Hong Kong Traditional Chinese.',
     cc=['liangweiwen'], sig=['', 'Karen Ho 何嘉欣', '康晉醫藥（香港）有限公司'])
case(5877, 'done-ambiguous-owner-of-two-iphone-hk', 'M4', 'hejiaxin', (2026, 6, 5, 18, 20, 44), 'iphone_hk', 'utf-8',
     'base64', ['已完成，請查收附件。'], G('done'),
     'AMBIGUOUS: 已完成 without number or task words from 何嘉欣, owner of items 1 and 5 (both open on 06-05); the '
     'attachment name (Scan_20260605.pdf) says nothing either. Intent done, items [], no content-match (convention 3). '
     'iPhone zh-HK ("從我的 iPhone 傳送", "寫道：").',
     footer=['', '從我的 iPhone 傳送'], attach=('Scan_20260605.pdf', 'pdf'))
case(5878, 'extend-15th-mailmaster', 'M4', 'chenxiuying', (2026, 6, 9, 17, 32, 26), 'mailmaster', 'utf-8', 'base64',
     ['第3项试销门店选址还有两家门店的租约没谈下来，申请延期到15号。'], G('extend', [3], date='2026-06-15'),
     '"延期到15号" sent 2026-06-09: the 15th of the current month, not yet past -> 2026-06-15 (convention 5). '
     '"两家" is a count. NetEase Mail Master.',
     cc=['fuhaiyan'], footer=['', '发自网易邮箱大师'], rule=('day', 15))
case(5879, 'extend-month-end-foxmail', 'M4', 'fuhaiyan', (2026, 6, 15, 16, 5, 55), 'foxmail', 'gbk', 'base64',
     ['第4项代理协议初稿需要法务和康晉那边再过一遍条款，延期到月底。'], G('extend', [4], date='2026-06-30'),
     '"延期到月底" -> last calendar day of the month = 2026-06-30 (convention 5). The organizer is also the owner. '
     'Foxmail GBK (康晉 is inside GBK).',
     cc=['wujunjie', 'hejiaxin'], sig=['', '', 'fuhaiyan@yedao-pharmacy.example.cn', '符海燕 商品采购部'],
     rule=('month_end',))
case(5880, 'object-item1-proposes-date-gmail-hk', 'M4', 'hejiaxin', (2026, 6, 2, 16, 20, 13), 'gmail_tw', 'utf-8',
     'base64', ['有異議：第1項的註冊證及檢驗報告繁簡對照版需要由認可翻譯機構出具，6月9日前未必趕得及，建議改為6月19日。'],
     G('object', [1]),
     'Traditional Chinese 有異議 before the cut-off with a reason and a proposed date -> object [1], new_due_date null '
     '(convention 4). 6月9日 is the current due date restated.',
     cc=['liangweiwen'], sig=['', 'Karen Ho 何嘉欣', '康晉醫藥（香港）有限公司'])
# ---- M5 law firm (English recap), recap Mon 2026-05-11 16:05, cut-off 05-11 18:00 ----
case(5881, 'confirm-outlook-german-client', 'M5', 'weber', (2026, 5, 11, 10, 20, 31), 'outlook_de', 'utf-8',
     'quoted-printable', ['Dear Kevin,', '', 'confirmed – no objections from our side.'], G('confirm'),
     'English confirmation from the German client in a German Outlook (AW:, Von/Gesendet/An/Cc/Betreff block). Date '
     '10:20 +0200 = 16:20 Shanghai, before the cut-off.',
     cc=['hoffmann'], tz=2,
     sig=['', 'Best regards', 'Markus Weber', 'Head of Corporate Development', 'Brenner Antriebstechnik GmbH',
          'Industriestraße 14, 73728 Esslingen, Germany', 'Tel. +49 711 555 2040'])
case(5882, 'done-item1-outlook-en', 'M5', 'zhouziqi', (2026, 5, 13, 11, 2, 17), 'outlook_en', 'utf-8',
     'quoted-printable',
     ["Item 1 done – the DD request list (112 questions across 9 sections) went to the target's counsel this morning."],
     G('done', [1]),
     'Plain English done for item 1 (Outlook, Microsoft 365). "112 questions across 9 sections" are counts.',
     cc=['dengyongkang'], sig=['', 'Zoe Zhou | 周子琪', 'Associate, Corporate M&A', 'Hengxin Law Firm (Zhuhai)'])
case(5883, 'extend-two-more-days-owa-utc', 'M5', 'huangweiming', (2026, 5, 15, 1, 30, 44), 'owa_en', 'utf-8',
     'base64', ['Hi all,', '',
                "We need two more days on item 2 – the VDR vendor is still setting up SSO for the buyer's team. "
                'Could we push it?', '', 'Thanks,', 'Wilson'], G('extend', [2], date='2026-05-17'),
     'Outlook on the web (Exchange Online), Date 01:30 +0000 = 09:30 Shanghai on Fri 05-15. "two more days … push" '
     'is an extension; convention 5: two calendar days after item 2\'s current due date 2026-05-15 -> 2026-05-17.',
     cc=['zhouziqi'], tz=0, rule=('due_plus', 2, 2))
case(5884, 'extend-next-tuesday-outlook-german', 'M5', 'weber', (2026, 5, 14, 9, 5, 12), 'outlook_de', 'utf-8',
     'quoted-printable', ['Dear all,', '',
                          'regarding item 3: our supervisory board only meets next week, so the approval cannot be '
                          'confirmed by the 18th. Could we move this to next Tuesday?'],
     G('extend', [3], date='2026-05-19'),
     'Date 09:05 +0200 = Thu 2026-05-14 15:05 Shanghai. "next Tuesday" = Tuesday of the following calendar week = '
     '2026-05-19 (convention 5). "by the 18th" restates the current due date, not the request.',
     cc=['hoffmann', 'dengyongkang'], tz=2, sig=['', 'Best regards', 'Markus'], rule=('next_week', 1))
case(5885, 'extend-the-21st-outlook-japanese-client', 'M5', 'sato', (2026, 5, 19, 11, 40, 27), 'outlook_ja',
     'utf-8', 'base64', ['Dear Mr. Deng,', '',
                         "Regarding item 5: the certified extract of the commercial register for the Japanese "
                         'subsidiary has not yet been issued by the Legal Affairs Bureau. May we extend the deadline '
                         'to the 21st?'], G('extend', [5], date='2026-05-21'),
     'English text in a Japanese Outlook (RE:, 差出人/送信日時/宛先/CC/件名 block). Date 11:40 +0900 = 10:40 '
     'Shanghai on 05-19. "the 21st" = the 21st of the current month (not yet past) -> 2026-05-21.',
     cc=['nakamura'], tz=9,
     sig=['', 'Best regards,', 'Kenichi Sato', '佐藤 健一 / Kenichi Sato', 'Takahashi Sogo Law Office',
          'Tel: +81-3-5555-0123'], rule=('day', 21))
case(5886, 'progress-about-60-outlook-en', 'M5', 'luxiaotong', (2026, 5, 20, 18, 45, 10), 'outlook_en', 'utf-8',
     'quoted-printable',
     ['Update on item 4: about 60% done – 41 of 68 patents reviewed, trademarks to follow next week.'],
     G('progress', [4], pct=60),
     '"about 60%" -> 60 (convention 6); "41 of 68" is a count, not a percent. "next week" is a plan, not a new date.',
     cc=['dengyongkang'], sig=['', 'Tina Lu', 'Partner, IP Practice', 'Hengxin Law Firm (Zhuhai)'])
case(5887, 'done-inline-under-row6-thunderbird-en', 'M5', 'zhouziqi', (2026, 5, 27, 20, 14, 33), 'thunderbird_en',
     'utf-8', 'quoted-printable', [], G('done', [6]),
     'Inline answer typed directly under the quoted row "| 6 | Draft the DD report outline | …" -> the row\'s '
     'number: done [6] (convention 2). The other quoted rows (1-5) and the quoted command footer are not part of the '
     'reply. "DMS #HX-2026-0418" is a document number, not an item. Thunderbird text/plain.',
     cc=['dengyongkang'], parts='text', layout='inline', body=dict(
        before=['Hi Kevin,', '', 'see inline.', ''], row=6,
        answer=['', 'Done – outline v1 is in the matter workspace (DMS #HX-2026-0418).', ''],
        after=['', '-- ', 'Zoe Zhou', 'Hengxin Law Firm (Zhuhai)']))
case(5888, 'unknown-question-gmail-en-japan', 'M5', 'nakamura', (2026, 5, 12, 10, 12, 40), 'gmail_en', 'utf-8',
     'base64', ['Dear Mr. Deng,', '',
                'A quick question on item 5: do you need certified Japanese originals, or are scanned copies with an '
                'English translation sufficient for the data room?'], G('unknown', [5]),
     'Question that asks for no change -> unknown; it writes "item 5", so items [5] (convention 2). Gmail (Google '
     'Workspace) in Tokyo, Date +0900; attribution line in JST.',
     cc=['sato'], tz=9, sig=['', 'Kind regards,', 'Misaki Nakamura', 'Paralegal, Takahashi Sogo Law Office'])
case(5889, 'object-item3-reassign-bottom-post-apple-mail', 'M5', 'hoffmann', (2026, 5, 11, 11, 32, 5), 'apple_en',
     'utf-8', 'quoted-printable',
     ['I have to object to item 3: signing authority and the board approval process are handled by our legal '
      'department, not by Markus. Please assign item 3 to me instead; the date can stay.'], G('object', [3]),
     'Bottom-posted objection (Apple Mail on macOS, text under the "> " quote). Date 11:32 +0200 = 17:32 Shanghai, '
     'before the cut-off. Asks to reassign the owner -> object [3]; "the date can stay" -> no date.',
     cc=['weber'], tz=2, layout='bottom',
     sig=['', 'Julia Hoffmann', 'Legal Counsel', 'Brenner Antriebstechnik GmbH'])
# ---- M6 dairy, recap Mon 2026-06-15 17:10, cut-off 06-15 18:00 (端午 06-19..21) ----
case(5890, 'done-item1-feishu-external', 'M6', 'sunyue', (2026, 6, 17, 14, 22, 9), 'feishu', 'utf-8', 'base64',
     ['艾经理好，', '', '第1项包装设计终稿已发到古丽邮箱（AI源文件+印刷PDF），印厂打样前如需微调请告诉我。'],
     G('done', [1]),
     'Plain done for item 1 from the outside design agency, sent with Feishu/Lark mail (history-quote-wrapper quote).',
     cc=['gulinaer'], sig=['', '孙悦', '禾木品牌设计 项目总监'])
case(5891, 'extend-next-wednesday-dingtalk', 'M6', 'hanxu', (2026, 6, 18, 10, 35, 40), 'dingtalk', 'utf-8', 'base64',
     ['第4项疆外冷链线路还有两家物流公司没回报价，申请延期到下周三。'], G('extend', [4], date='2026-06-24'),
     'Sent Thu 2026-06-18 (the day before 端午). "下周三" = Wednesday of the following calendar week = 2026-06-24. '
     'DingTalk (阿里邮箱) quote block.',
     cc=['hezhiqiang'], sig=['', '韩旭 供应链部'], rule=('next_week', 2))
case(5892, 'extend-5-workdays-over-dragon-boat-dingtalk-html', 'M6', 'zhaoxiaoyan', (2026, 6, 18, 16, 50, 3),
     'dingtalk', 'utf-8', 'quoted-printable',
     ['第3项营养成分复检样品已送第三方检测，对方端午放假，需要延期，5个工作日内出报告。'],
     G('extend', [3], date='2026-06-26'),
     'Sent Thu 2026-06-18. 5个工作日 from the next day: 06-19 (端午) and the weekend are off, then 06-22 (1) .. 06-26 (5) '
     '-> 2026-06-26. Single-part text/html (DingTalk web), QP.',
     cc=['majianguo'], parts='html', rule=('workdays', 5))
case(5893, 'progress-seventy-count-iphone', 'M6', 'majianguo', (2026, 6, 22, 12, 8, 17), 'iphone_zh', 'utf-8',
     'quoted-printable', ['第2项试产已完成七成，1400箱已下线，剩下的周三前做完，检验报告跟着出。'],
     G('progress', [2], pct=70),
     '七成 = 70 (convention 6); "1400箱" is a count; "已完成七成" contains 已完成 but is progress, not done. '
     '"周三前" from Mon 06-22 = 06-24 = the current due date restated (convention 7).',
     footer=['', '发自我的iPhone'])
case(5894, 'done-items-5-and-6-dingtalk', 'M6', 'gulinaer', (2026, 6, 26, 17, 26, 31), 'dingtalk', 'utf-8', 'base64',
     ['第5项和第6项都完成了：上新资料已传天猫和京东后台，推广预算表已发艾经理审批。'], G('done', [5, 6]),
     'Two items in one sentence (第5项和第6项都完成了) -> done [5, 6]. DingTalk mail.',
     cc=['aierken'], sig=['', '古丽娜尔 市场部'])
case(5895, 'object-item2-with-postpone-option-outlook-gbk', 'M6', 'majianguo', (2026, 6, 15, 17, 42, 58),
     'outlook_zh', 'gbk', 'quoted-printable',
     ['有异议：第2项首批试产要看沙棘原浆到货，供应商说6月20日左右才能到，6月24日前做不完2000箱。'
      '建议首批改成1000箱，或者推迟到7月1日。'], G('object', [2]),
     'AMBIGUOUS-leaning but decided by convention 4: it opens with 有异议 and gives a reason; "或者推迟到7月1日" is one '
     'of two proposals inside the objection, not a request to move the date -> object [2], new_due_date null. '
     'Outlook zh-CN GBK QP, before the cut-off.',
     cc=['aierken', 'hezhiqiang'], sig=['', '马建国', '生产部'])
case(5896, 'progress-80-on-attribution-line-thunderbird', 'M6', 'gulinaer', (2026, 6, 18, 12, 30, 0),
     'thunderbird_zh', 'utf-8', '8bit', [], G('progress', [6], pct=80),
     'The reply was typed on the attribution line itself: "第6项推广预算初稿进度80%，下周一前给艾经理。在 2026/6/15 '
     '17:10, 纪要助手 写道:". The reply is the text before "在 … 写道:". "下周一前" from Thu 06-18 = 06-22 = item 6\'s due '
     'date restated (convention 7). Thunderbird text/plain 8bit.',
     parts='text', layout='attribution', body=dict(text='第6项推广预算初稿进度80%，下周一前给艾经理。'))
# ---- M7 university, recap Mon 2026-06-29 16:30, cut-off 06-29 18:00 ----
case(5897, 'confirm-163-enterprise-web', 'M7', 'chenglixin', (2026, 6, 29, 17, 5, 39), 'wy163', 'utf-8', 'base64',
     ['确认，无异议。请各位按时推进，7月10日前所有准备工作到位。'], G('confirm'),
     'Confirmation from the organizer in NetEase enterprise webmail (163-style "在 … 写道：" quote). "7月10日前…到位" '
     'is a general reminder, not an extension (no item, no request to move).',
     sig=['', '程立新', '河洛大学国际合作与交流处'])
case(5898, 'unknown-question-item2-outlook', 'M7', 'guopeng', (2026, 6, 30, 9, 15, 21), 'outlook_zh', 'utf-8',
     'base64', ['程处，第2项的45间公寓是否包含外方带队教师？教师如果需要单独安排专家楼，请小宋尽快把名单发我。'],
     G('unknown', [2]),
     'A question from the owner of item 2 that asks for no change -> unknown, items [2] (convention 2). "45间" is a '
     'count; "尽快" is not a date.',
     cc=['songyutong'], sig=['', '郭鹏', '后勤保障处'])
case(5899, 'done-item5-iphone-us-timezone', 'M7', 'carter', (2026, 7, 2, 21, 14, 52), 'iphone_en', 'utf-8',
     'quoted-printable', ['Hi Lixin,', '',
                          'Item 5 is done – itinerary attached. We land in Zhengzhou on July 12 at 14:35 (CZ 350) and '
                          'will take the train to Luoyang that evening.'], G('done', [5]),
     'English done from the US partner on an iPhone (Sent from my iPhone). Date 21:14 -0500 = Fri 2026-07-03 10:14 '
     'Shanghai. "July 12 at 14:35" is travel information, not a request (convention 7). PDF attachment.',
     tz=-5, footer=['', 'Sent from my iPhone'], attach=('Itinerary_Wolcott_Luoyang_2026.pdf', 'pdf'))
case(5900, 'progress-half-inline-under-row6-thunderbird', 'M7', 'tianye', (2026, 7, 2, 15, 40, 27), 'thunderbird_zh',
     'utf-8', 'quoted-printable', [], G('progress', [6], pct=50),
     'Inline answer under the quoted row "| 6 | 编印中英双语学员手册 | 田野 | …" with nothing above the quote: '
     '"中文部分已定稿，英文翻译完成一半。" -> progress [6], 一半 = 50. It contains no 已完成 of the whole item. '
     'Thunderbird text/plain QP.',
     cc=['chenglixin'], parts='text', layout='inline', body=dict(
        before=[], row=6, answer=['', '中文部分已定稿，英文翻译完成一半。', ''],
        after=['', '-- ', '田野', '河洛大学国际合作与交流处']))


# --------------------------------------------------------------------------------------------
# Build one message
# --------------------------------------------------------------------------------------------
def when_of(c):
    y, mo, d, hh, mi, ss = c['when']
    return dt.datetime(y, mo, d, hh, mi, ss, tzinfo=dt.timezone(dt.timedelta(hours=c['tz'])))


def plain_body(c, m):
    client = c['client']
    q = [] if c['no_quote'] else quote_plain(client, m, c['tz'])
    new = c['new'] + c['sig'] + c['footer']
    if c['layout'] == 'top':
        lines = new + ([''] * 2 + q if q else [])
    elif c['layout'] == 'bottom':
        lines = q + [''] + new
    elif c['layout'] == 'attribution':
        lines = [c['body']['text'] + q[0]] + q[1:]
    elif c['layout'] == 'inline':
        b = c['body']
        # split the quote right after the quoted row b['row']
        marker = '> | %d | ' % b['row']
        idx = next(i for i, l in enumerate(q) if l.startswith(marker))
        lines = b['before'] + q[:idx + 1] + b['answer'] + q[idx + 1:] + b['after']
    else:
        raise ValueError(c['layout'])
    return '\n'.join(lines) + '\n'


def html_body(c, m):
    client = c['client']
    charset = c['charset']
    e = html.escape
    new = c['new'] + c['sig'] + c['footer']
    q = '' if c['no_quote'] else quote_html(client, m, c['tz'])
    if c['layout'] == 'bottom':
        inner = q + '<div><br></div>' + html_lines(new)
    else:
        inner = html_lines(new) + '<div><br></div>' + q
    if client.startswith('outlook') or client == 'owa_en':
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="Generator" '
                'content="Microsoft Word 15 (filtered medium)">\n<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;'
                'font-family:DengXian;}--></style>\n</head>\n<body lang="ZH-CN" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (charset, inner))
    if client == 'foxmail':
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height:'
                ' 1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: '
                '1.5; }</style></head><body>\n%s\n</body></html>\n' % (charset, inner))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>\n%s\n'
            '</body></html>\n' % (charset, inner))


def build(c):
    m = M[c['m']]
    w = when_of(c)
    wc = w.astimezone(CST)
    seed = 'case/%d' % c['n']
    if c['kind'] == 'auto' and c['client'] == 'dsn':
        return build_dsn(c, m, w)
    sender = P[c['frm']]
    cs = c['charset']
    hcs = 'utf-8' if cs in ('big5', 'gb2312') and not all(ch.isascii() for ch in m['recap_subject']) else cs
    if cs == 'gb2312':
        hcs = 'gb2312'
    H = []
    if c['kind'] == 'auto':  # Coremail out-of-office
        subj = '自动回复: ' + m['recap_subject']
        to = addr(('纪要助手', m['bot']), 'utf-8')
        body = ('您好！我于4月2日至4月7日休假，4月8日起正常上班，期间邮件可能无法及时回复。\n'
                '设计所事务请联系 周俊（zhoujun@lanhai-ship.example.cn，电话 0535-6812266）。\n\n姜涛\n设计所\n')
        H += ['From: ' + addr(c['frm'], 'utf-8'), 'To: ' + to, 'Subject: ' + enc_header(subj, 'utf-8'),
              'Date: ' + format_datetime(w), 'Message-ID: ' + msgid('coremail', seed, sender['email'], wc),
              'In-Reply-To: ' + m['recap_mid'], 'References: ' + m['recap_mid'],
              'Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Precedence: auto_reply',
              'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230606(ea0ab7d6)', 'MIME-Version: 1.0']
        payload = text_part('plain', body, 'utf-8', 'base64')
        recv = received(c, sender['email'], m['bot'], wc)
        return finish(recv, H, payload)
    subj = reply_subject(c['client'], m)
    to = addr(('纪要助手', m['signed']), hcs)
    H.append('From: ' + addr(c['frm'], hcs))
    H.append('To: ' + to)
    if c['cc']:
        H.append('Cc: ' + ',\n\t'.join(addr(k, hcs) for k in c['cc']))
    H.append('Subject: ' + enc_header(subj, hcs))
    H.append('Date: ' + format_datetime(w))
    H.append('Message-ID: ' + msgid(c['client'], seed, sender['email'], wc))
    H.append('In-Reply-To: ' + m['recap_mid'])
    H.append('References: %s\n\t%s' % (m['minutes_mid'], m['recap_mid']))
    H += MAILER[c['client']]
    H.append('MIME-Version: 1.0')
    plain = plain_body(c, m)
    parts = c['parts']
    b = 'b' + h(seed + '/b', 24)
    if parts == 'text':
        ct = '; format=flowed' if c['client'].startswith('thunderbird') and c['cte'] != '8bit' else ''
        payload = text_part('plain', plain, cs, c['cte'], ct)
    elif parts == 'html':
        payload = text_part('html', html_body(c, m), cs, c['html_cte'])
    else:
        payload = multipart('alternative', [text_part('plain', plain, cs, c['cte']),
                                            text_part('html', html_body(c, m), cs, c['html_cte'])],
                            boundary_for(c['client'], b, 'alt'))
    if c['attach']:
        fn, kind = c['attach']
        data = fake_pdf(fn) if kind == 'pdf' else fake_xlsx(fn)
        ctype = 'application/pdf' if kind == 'pdf' else \
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        payload = multipart('mixed', [payload, attachment_part(fn, data, ctype)],
                            boundary_for(c['client'], 'b' + h(seed + '/mix', 24), 'mix'))
    recv = received(c, sender['email'], m['signed'], wc)
    return finish(recv, H, payload)


def boundary_for(client, b, kind):
    if client.startswith('outlook'):
        return '----=_NextPart_%s_%s.%s' % ('000' if kind == 'mix' else '001', b[1:5].upper(), b[5:13].upper())
    if client in APPLE:
        return 'Apple-Mail-%s-%s-%s' % (b[1:9].upper(), b[9:13].upper(), b[13:17].upper())
    if client.startswith('gmail'):
        return '000000000000%s' % b[1:17]
    if client in ('exmail', 'wecom'):
        return '----=_NextPart_%s_%s_%s' % (b[1:9].upper(), b[9:17].upper(), b[17:25].upper())
    if client == 'foxmail':
        return '----=_001_NextPart%s_=----' % str(int(b[1:9], 16))
    return '------=_Part_%s_%s.%s' % (int(b[1:7], 16), int(b[7:13], 16), int(b[13:23], 16))


def finish(recv, H, payload):
    head = '\n'.join(recv + H) + '\n'
    return head.encode('ascii') + payload


def build_dsn(c, m, w):
    rcpt = P['liangweiwen']['email']
    qid = '4fQ' + h('dsnq', 8).upper()
    arrival = format_datetime(m['recap_at'])
    text = ('This is the mail system at host mx.yedao-pharmacy.example.cn.\n\n'
            '####################################################################\n'
            '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
            '####################################################################\n\n'
            'Your message could not be delivered for 4.0 hours.\n'
            'It will be retried until it is 5.0 days old.\n\n'
            'For further assistance, please send mail to postmaster.\n\n'
            'If you do so, please include this problem report. You can\n'
            'delete your own text from the attached returned message.\n\n'
            '                   The mail system\n\n'
            '<%s>: host mx1.kangjin-hk.example.com.hk[203.0.113.41] said: 451 4.4.1\n'
            '    Greylisted, please try again later (in reply to RCPT TO command)\n' % rcpt)
    status = ('Reporting-MTA: dns; mx.yedao-pharmacy.example.cn\n'
              'X-Postfix-Queue-ID: %s\n'
              'X-Postfix-Sender: rfc822; minutes@yedao-pharmacy.example.cn\n'
              'Arrival-Date: %s\n\n'
              'Final-Recipient: rfc822; %s\n'
              'Original-Recipient: rfc822;%s\n'
              'Action: delayed\n'
              'Status: 4.4.1\n'
              'Remote-MTA: dns; mx1.kangjin-hk.example.com.hk\n'
              'Diagnostic-Code: smtp; 451 4.4.1 Greylisted, please try again later\n'
              'Will-Retry-Until: %s\n' % (qid, arrival, rcpt, rcpt,
                                          format_datetime(m['recap_at'] + dt.timedelta(days=5))))
    to_list = ',\n\t'.join(addr(k, 'utf-8') for k in m['to'])
    cc_list = ',\n\t'.join(addr(k, 'utf-8') for k in m['cc'])
    orig = ('Return-Path: <minutes@yedao-pharmacy.example.cn>\n'
            'Received: from minutebot (localhost [127.0.0.1])\n\tby mx.yedao-pharmacy.example.cn (Postfix) with ESMTP '
            'id %s;\n\t%s\n'
            'From: %s\nReply-To: %s\nTo: %s\nCc: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nIn-Reply-To: %s\n'
            'References: %s\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\n'
            'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="===============%s=="\n'
            % (qid, arrival, addr(('纪要助手', m['bot']), 'utf-8'), addr(('纪要助手', m['signed']), 'utf-8'), to_list,
               cc_list, enc_header(m['recap_subject'], 'utf-8'), arrival, m['recap_mid'], m['minutes_mid'],
               m['minutes_mid'], h('recapb', 19)))
    b = '%s.%d/mx.yedao-pharmacy.example.cn' % (qid, 1780392650)
    parts = [
        ('Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + text).encode('ascii'),
        ('Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + status).encode('ascii'),
        ('Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + orig).encode(
            'ascii')]
    H = ['Return-Path: <>', 'Delivered-To: minutes@yedao-pharmacy.example.cn',
         'Received: by mx.yedao-pharmacy.example.cn (Postfix)\n\tid 4fQ%s; %s (CST)' % (
             h('dsnid', 8).upper(), format_datetime(w)),
         'Date: ' + format_datetime(w), 'From: MAILER-DAEMON@mx.yedao-pharmacy.example.cn (Mail Delivery System)',
         'Subject: Delayed Mail (still being retried)', 'To: minutes@yedao-pharmacy.example.cn',
         'Auto-Submitted: auto-replied', 'MIME-Version: 1.0',
         'Message-Id: <20260602113050.4FQ%s@mx.yedao-pharmacy.example.cn>' % h('dsnmid', 8).upper()]
    payload = multipart('report', parts, b, extra=' report-type=delivery-status;')
    return finish([], H, payload)


# --------------------------------------------------------------------------------------------
# Gold, roster, README
# --------------------------------------------------------------------------------------------
def gold_of(c):
    if c['kind'] == 'auto':
        return dict(kind='auto', items=[], next_followup=None, reply=None, notes=c['notes'])
    return dict(kind='reply', items=[], next_followup=None, reply=c['gold'], notes=c['notes'])


def fname(c):
    return '%d-%s' % (c['n'], c['slug'])


def write_roster():
    with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['name', 'email', 'department', 'manager_email', 'aliases'])
        for k, p in P.items():
            w.writerow([p['name'], p['email'], p['dept'], P[p['mgr']]['email'] if p['mgr'] else '', p['aliases']])


CLIENT_NAMES = {
    'outlook_zh': 'Outlook zh-CN', 'outlook_tw': 'Outlook zh-TW', 'outlook_en': 'Outlook en (M365)',
    'owa_en': 'Outlook on the web', 'outlook_de': 'Outlook de', 'outlook_ja': 'Outlook ja',
    'outlook_mac_zh': 'Outlook for Mac zh-CN', 'foxmail': 'Foxmail', 'exmail': 'Tencent Exmail web',
    'wecom': 'WeCom (企业微信) mail', 'coremail': 'Coremail web', 'mailmaster': '网易邮箱大师',
    'wy163': '网易企业邮 web (163 style)', 'gmail_tw': 'Gmail web zh-TW/HK', 'gmail_en': 'Gmail web en',
    'iphone_zh': 'iPhone Mail zh', 'iphone_hk': 'iPhone Mail zh-HK', 'iphone_en': 'iPhone Mail en',
    'apple_en': 'Apple Mail macOS en', 'thunderbird_zh': 'Thunderbird zh', 'thunderbird_en': 'Thunderbird en',
    'huawei': 'Huawei Email (Android)', 'dingtalk': 'DingTalk (阿里邮箱)', 'feishu': 'Feishu/Lark mail',
    'dsn': 'Postfix DSN'}


def gold_summary(c):
    g = c['gold']
    if c['kind'] == 'auto':
        return 'auto'
    s = '%s %s' % (g['intent'], g['items'])
    if g['percent'] is not None:
        s += ' %d%%' % g['percent']
    if g['new_due_date']:
        s += ' -> ' + g['new_due_date']
    if 'content-match' in c['notes']:
        i = c['notes'].index('content-match')
        s += ' (' + c['notes'][i:i + 17] + ')'
    if 'AMBIGUOUS' in c['notes'] and c['gold']['items'] == []:
        s += ' (AMBIGUOUS)'
    return s


README_HEAD = r'''# Blind set "replies30": 50 replies to minutebot's recaps (cases 5851–5900)

Written blind (without reading the bot's code or tests) from `SPEC.md` §5/§6.1/§6.3, the corpus README and
`research/dates-eval.md`. Every file here is written by `make_replies30.py` (deterministic: no clock, no randomness);
`python3 make_replies30.py --check` re-parses every `.eml` with `email.policy.default` (no defects, every text part
decodes strictly with its declared charset), checks threading (In-Reply-To = the recap, References, To = the signed
address), re-derives each recap's objection cut-off and every gold `new_due_date` from the message's own `Date`
header in Asia/Shanghai with `chinesecalendar` (2026 data: 清明 04-04..06, 劳动节 05-01..05 with make-up Saturday
05-09, 端午 06-19..21).

Counts: kind reply 48, auto 2. Reply intents: done 15, extend 13, progress 7, confirm 5, object 4, unknown 4.

## Organisations (all invented; domains under example.*)

| org | domain | bot | trade / city | mail platform of its staff |
| --- | --- | --- | --- | --- |
| 烟台蓝海船舶重工有限公司 | lanhai-ship.example.cn | 纪要助手 <minutes@lanhai-ship.example.cn> | shipyard, Yantai | Coremail server; Foxmail, Outlook, Coremail web, iPhone, Thunderbird, 网易邮箱大师 clients |
| 泓昌船舶電機股份有限公司 | hongchang-marine.example.com.tw | – | marine electrical supplier, Kaohsiung (Taiwan) | Outlook zh-TW (M365), Gmail (Google Workspace) |
| 海南椰岛大药房连锁有限公司 | yedao-pharmacy.example.cn | 纪要助手 <minutes@yedao-pharmacy.example.cn> | pharmacy chain, Haikou | Tencent Exmail / 企业微信 mail, Outlook, Outlook for Mac, iPhone, Huawei Email, Foxmail, 网易邮箱大师 |
| 康晉醫藥（香港）有限公司 | kangjin-hk.example.com.hk | – | health-products distributor, Hong Kong | Outlook (Big5), Gmail, iPhone |
| 广东衡信律师事务所（珠海） | hengxin-law.example.cn | 纪要助手 <minutes@hengxin-law.example.cn> (language en) | law firm, Zhuhai | Microsoft 365 (Outlook, OWA), Thunderbird |
| Brenner Antriebstechnik GmbH | brenner-antrieb.example.de | – | the law firm's German client (Esslingen) | Outlook (German UI), Apple Mail |
| Takahashi Sogo Law Office | takahashi-law.example.jp | – | Japanese co-counsel, Tokyo | Outlook (Japanese UI), Gmail |
| 新疆天山牧歌乳业有限公司 | tianshan-dairy.example.cn | 纪要助手 <minutes@tianshan-dairy.example.cn> | dairy, Urumqi | DingTalk mail (阿里邮箱), Outlook, iPhone, Thunderbird |
| 禾木品牌设计 | hemu-design.example.com | – | design agency (Shanghai) of the dairy | Feishu/Lark mail |
| 河洛大学 | heluo-univ.example.edu.cn | 纪要助手 <minutes@heluo-univ.example.edu.cn> | university offices (国际合作与交流处 etc.), Luoyang | 网易企业邮 web, Outlook, Thunderbird |
| Wolcott College | wolcott.example.edu | – | US partner university | iPhone Mail |

`roster.csv` lists the staff of the five bot-owning organisations and the outsiders who write or own items; outsiders
have an empty department and manager (their company is in the table above). Each organisation runs its own bot;
`allowed_domains` is that organisation's domain, and `recap_external = true` where outsiders are participants (M2,
M4, M5, M6, M7), which is why they hold the recap they reply to. The parse gold does not depend on the roster:
a reply from an outsider is still `kind reply` (whether the bot may apply it is workflow, not parse).

## The recaps

Every reply quotes (or, for 5875, answers) one of seven recaps written as SPEC §6.1 describes: From
`纪要助手 <minutes@DOMAIN>`, Subject `Re: <minutes subject>`, Message-ID `<r.YYYYMMDDHHMM.<10 hex>@DOMAIN>`,
signed Reply-To `minutes+r<16 hex>@DOMAIN` (one per meeting), an item table (序号 | 事项 | 负责人 | 截止时间;
English: # | Action item | Owner | Due), "如有异议请于今日内回复（截止 YYYY-MM-DD 18:00）" (M3's recap went out at
18:25, after the cut-off time, so its deadline is the next working day) and the command footer
(确认 / 有异议：原因 / 第N项已完成 / 进度80% / 延期至10月20日; English: confirm / object: <reason> / item N done /
progress 80% / extend to Oct 20). The recaps themselves are not cases. Every reply has In-Reply-To = the recap's
Message-ID, References = minutes Message-ID + recap Message-ID, To = the meeting's signed address, and usually Cc
some participants. The two auto messages are addressed as such mail really is (the OOO to the bot's From address,
the delay DSN to the envelope sender).

## Conventions applied beyond the corpus README and the job's conventions 1–7

1. The reply's own text is what the writer typed: above the quote (top-posting), below it (bottom-posting: 5857,
   5889), between quoted lines (inline: 5887, 5900), or on the attribution line before "在 … 写道:" (5896).
   Quoted recap text, including its command footer and its item table, is never part of the reply.
2. An inline answer typed under a quoted row takes that row's number even when the typed text writes no number
   (5887 → [6], 5900 → [6]); this is the job's convention 2 applied to plain-text "> " quotes.
3. `content-match [N]` in `notes` marks a reply naming its task by words only; gold `items` stays `[]` (5855 → [3],
   5860 → [2]). Matching may need Traditional→Simplified folding (5860: 應急發電機組 = 应急发电机组).
   The owner of two open items who writes only 已完成 with no task words is AMBIGUOUS → intent done, `items []`, no
   content-match (5871, 5877), even when one of the two items is due that day.
4. A progress statement wins over the word 已完成 inside it: "已完成七成" (5893) and "中文部分已定稿，英文翻译完成一半"
   (5900) are progress, not done. 六成 = 60, 七成 = 70, 一半 = 50.
5. "还要两天" / "two more days" are two calendar days after the item's current due date even when that lands on a
   weekend (5856 → Sat 2026-04-11, 5883 → Sun 2026-05-17): the job's convention 5 counts calendar days.
6. "申请延期 … N个工作日内提交/出报告" is an extension to the Nth working day after the sending day (5854, 5869,
   5892); make-up working days count (5869 counts Sat 05-09).
7. "节后第一个工作日" sent before a holiday block = the first working day after that block (5868 → 05-06).
8. An objection that asks to reassign an item ("please assign item 3 to me instead", 5889) is `object`; an
   objection that offers "或者推迟到7月1日" as one of its proposals is still `object` with no date (5895).
9. Weekday deadlines restated in a reply ("周五前发各车间", "下周一前给艾经理", "by the 18th") that equal the
   item's current due date are not requests; nor are ETAs, shipping dates, travel dates, waybill or document numbers,
   counts ("38道", "41 of 68", "1400箱", "3家").
10. A question that asks for no change is `unknown` even when it comes from the owner of the item it names (5898).
11. A confirmation that mentions an item's subject but writes no number keeps `items []` (5859).
12. A delayed-delivery DSN (Postfix "Delayed Mail (still being retried)", report-type=delivery-status,
    Action: delayed) is `auto` like a bounce: it is the "delivery report" of this set; the out-of-office is a Coremail
    auto-reply with `Auto-Submitted: auto-replied`.
13. Dates are resolved in Asia/Shanghai from the Date header even for foreign senders (+0200, +0900, +0000, −0500);
    no case in this set changes its answer across the date line, except that 5899 (Thu 21:14 −0500) is Friday
    07-03 in Shanghai (no date is resolved from it).

## Client and encoding notes

- Charsets: UTF-8 (most), GBK (5852, 5853, 5855, 5864, 5879, 5895), gb2312 label with only GB2312 characters (5851;
  the recap footer has no em dash so the whole quote fits), gb18030 (Exmail: 5867, 5869), Big5 (5875, the Hong Kong
  Outlook reply whose writer deleted the simplified-Chinese quote; its subject keeps simplified characters and is
  therefore a UTF-8 encoded word).
- Transfer encodings: base64, quoted-printable, 8bit (Thunderbird 5857, 5862, 5896). Header display names and
  subjects are RFC 2047 encoded in the part's charset (UTF-8 where the subject does not fit Big5).
- Structure: multipart/alternative (most), text/plain only (Thunderbird, Huawei Email: 5857, 5862, 5872, 5887, 5896,
  5900), text/html only (5870 WeCom, 5892 DingTalk), multipart/mixed with an attachment (5855 .xlsx; 5860, 5875,
  5877, 5899 .pdf), multipart/report (5874).
- Quote headers as each client writes them: Outlook 发件人/发送时间/收件人/抄送/主题, zh-TW 寄件者/寄件日期/收件者/副本/主旨,
  en From/Sent/To/Cc/Subject, de Von/Gesendet/An/Cc/Betreff, ja 差出人/送信日時/宛先/CC/件名 (all unprefixed in
  text/plain); OWA "________________________________" + From/Sent (in the mailbox's China time while the Date header
  is UTC); Outlook for Mac 发件人/日期; Foxmail 发件人：/发送时间：; Exmail/WeCom "------------------ 原始邮件
  ------------------"; Coremail "-----原始邮件-----"; 网易邮箱大师 "---- 回复的原邮件 ----" with | 发件人 | rows;
  163-style "在 2026-06-29 16:30:12，"纪要助手" <…> 写道："; Gmail "… 於 … 寫道：" / "On … wrote:"; Apple
  "> 在 …，…，… 写道：" / "> On …, at …, … wrote:"; Thunderbird "在 2026/4/2 16:42, 纪要助手 写道:" /
  "On 5/11/26 4:05 PM, 纪要助手 wrote:"; Huawei "-------- 原始邮件 --------"; DingTalk dashed rule + 发件人：/
  发送时间：/抄　送：/主　题：; Feishu 发件人/日期/主题/收件人 block.
- Mobile footers: 发自我的iPhone, 從我的 iPhone 傳送, Sent from my iPhone, 发自我的华为手机, 发自网易邮箱大师.
'''


def write_readme():
    L = [README_HEAD.rstrip('\n'), '', '## Recaps (the rows a scorer matches named tasks against)', '']
    for k, m in M.items():
        org = ORGS[m['org']]['name']
        L.append('### %s — %s (%s)' % (k, m['subject'], org))
        L.append('')
        L.append('Recap sent %s (Asia/Shanghai), language %s, objection cut-off %s 18:00. Recap Message-ID `%s`, '
                 'minutes Message-ID `%s`, signed reply address `%s`, organizer %s.' % (
                     m['recap_at'].strftime('%Y-%m-%d %H:%M'), m['lang'], CUTOFF[k], m['recap_mid'],
                     m['minutes_mid'], m['signed'], P[m['organizer']]['name']))
        L.append('')
        L.append('| # | task | owner | due |')
        L.append('| --- | --- | --- | --- |')
        for r in m['rows']:
            L.append('| %d | %s | %s (%s) | %s |' % (r['n'], r['task'], P[r['owner']]['name'], P[r['owner']]['email'],
                                                   r['due']))
        L.append('')
    L += ['## Cases', '', '| case | kind | client / charset / encoding | gold | what it tests |',
          '| --- | --- | --- | --- | --- |']
    for c in CASES:
        enc = '%s, %s, %s, %s' % (CLIENT_NAMES[c['client']], c['charset'], c['cte'],
                                  {'alt': 'multipart/alternative', 'text': 'text/plain only',
                                   'html': 'text/html only'}[c['parts']] if c['client'] != 'dsn' else 'multipart/report')
        if c['attach']:
            enc += ' + attachment'
        L.append('| %s | %s | %s | %s | %s |' % (fname(c), c['kind'], enc, gold_summary(c),
                                                c['notes'].replace('|', '\\|')))
    L.append('')
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L))


def generate():
    for c in CASES:
        data = build(c)
        with open(os.path.join(OUT, fname(c) + '.eml'), 'wb') as f:
            f.write(data)
        with open(os.path.join(OUT, fname(c) + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write('\n')
    write_roster()
    write_readme()
    print('wrote %d cases to %s' % (len(CASES), OUT))


# --------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------
def check():
    import email
    import email.policy
    import chinese_calendar as cc
    errors = []

    def err(msg):
        errors.append(msg)

    def workday(d):
        return cc.is_workday(d)

    nums = [c['n'] for c in CASES]
    if nums != list(range(5851, 5901)):
        err('case numbers are not 5851..5900')
    for k, m in M.items():
        if recap_cutoff(m, workday).isoformat() != CUTOFF[k]:
            err('%s: cut-off %s != %s' % (k, CUTOFF[k], recap_cutoff(m, workday)))
        for r in m['rows']:
            d = ddate(r['due'])
            if d.year != 2026 or not workday(d) or d < m['recap_at'].date():
                err('%s row %d: due %s not a 2026 working day after the recap' % (k, r['n'], d))
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    if files != sorted(fname(c) + '.eml' for c in CASES):
        err('eml files on disk differ from the case list')
    counts = {}
    for c in CASES:
        base = os.path.join(OUT, fname(c))
        raw = open(base + '.eml', 'rb').read()
        gold = json.load(open(base + '.json', encoding='utf-8'))
        if gold != gold_of(c):
            err('%s: json differs from generator' % fname(c))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                err('%s: defects %s in %s' % (fname(c), part.defects, part.get_content_type()))
            if part.get_content_maintype() == 'text':
                cs = part.get_content_charset() or 'us-ascii'
                try:
                    part.get_payload(decode=True).decode(cs, 'strict')
                    part.get_content()
                except Exception as ex:  # noqa
                    err('%s: text part does not decode: %s' % (fname(c), ex))
        for hname in ('From', 'Subject', 'Date', 'Message-ID'):
            if msg[hname] is None and not (hname == 'Message-ID' and msg['Message-Id']):
                err('%s: missing %s' % (fname(c), hname))
        sent = msg['Date'].datetime.astimezone(CST)
        sd = sent.date()
        if sd.year != 2026:
            err('%s: not 2026' % fname(c))
        m = M[c['m']]
        kind = gold['kind']
        counts[kind if kind == 'auto' else gold['reply']['intent']] = counts.get(
            kind if kind == 'auto' else gold['reply']['intent'], 0) + 1
        if sent < m['recap_at']:
            err('%s: sent before the recap' % fname(c))
        if kind == 'auto':
            continue
        if msg['In-Reply-To'] != m['recap_mid']:
            err('%s: In-Reply-To is not the recap' % fname(c))
        if m['recap_mid'] not in str(msg['References']):
            err('%s: References lack the recap' % fname(c))
        if m['signed'] not in str(msg['To']):
            err('%s: To is not the signed address' % fname(c))
        rp = gold['reply']
        rows = {r['n']: r for r in m['rows']}
        for i in rp['items']:
            if i not in rows:
                err('%s: item %d not in recap' % (fname(c), i))
        # recompute dates
        rule = c['rule']
        exp = None
        if rule is None:
            if rp['new_due_date'] is not None:
                err('%s: date without rule' % fname(c))
        elif rule[0] == 'abs':
            exp = rp['new_due_date']
            if ddate(exp) <= sd:
                err('%s: absolute date not in the future' % fname(c))
        elif rule[0] == 'workdays':
            d, n = sd, 0
            while n < rule[1]:
                d += dt.timedelta(days=1)
                if workday(d):
                    n += 1
            exp = d.isoformat()
        elif rule[0] == 'next_week':
            monday = sd - dt.timedelta(days=sd.weekday()) + dt.timedelta(days=7)
            exp = (monday + dt.timedelta(days=rule[1])).isoformat()
        elif rule[0] == 'day':
            d = sd.replace(day=rule[1])
            if d < sd:
                d = (d.replace(day=1) + dt.timedelta(days=32)).replace(day=rule[1])
            exp = d.isoformat()
        elif rule[0] == 'month_end':
            exp = ((sd.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)).isoformat()
        elif rule[0] == 'after_holiday':
            d = sd
            while not (cc.is_holiday(d) and cc.get_holiday_detail(d)[1] is not None):
                d += dt.timedelta(days=1)
            while not workday(d):
                d += dt.timedelta(days=1)
            exp = d.isoformat()
        elif rule[0] == 'due_plus':
            exp = (ddate(rows[rule[2]]['due']) + dt.timedelta(days=rule[1])).isoformat()
        if exp is not None and exp != rp['new_due_date']:
            err('%s: new_due_date %s, recomputed %s' % (fname(c), rp['new_due_date'], exp))
        if rp['new_due_date'] and rp['intent'] != 'extend':
            err('%s: date on a non-extend' % fname(c))
        if rp['intent'] == 'extend' and rp['new_due_date'] is None:
            err('%s: extend without date' % fname(c))
        if rp['intent'] in ('unknown', 'confirm', 'object', 'done') and rp['percent'] is not None:
            err('%s: percent on %s' % (fname(c), rp['intent']))
    print('intents:', dict(sorted(counts.items())), 'total', sum(counts.values()))
    if errors:
        print('\n'.join(errors))
        print('CHECK FAILED: %d problem(s)' % len(errors))
        return 1
    print('check OK: %d messages parse without defects, every text part decodes, every gold date recomputed' %
          len(CASES))
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    if sys.argv[1:]:                       # (added when the set joined the tests: write to OUTDIR, then check it)
        OUT = os.path.abspath(sys.argv[1])
        os.makedirs(OUT, exist_ok=True)
    generate()
    sys.exit(check())
