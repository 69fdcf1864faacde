"""Cases 6701-6709: 国网铅山县供电公司 (state-grid county branch, Shangrao). Mail server: Coremail."""
from hl_lib import *  # noqa: F401,F403
from hl_lib import PEOPLE as P

ASRV = 'mail.qsgd.example.cn'


def a_received(host, ip, t, sid):
    return ('from %s (unknown [%s])\n\tby %s (Coremail) with SMTP id %s;\n\t%s'
            % (host, ip, ASRV, sid, rfc_date(plus(t, 2), pad=True, comment='CST')))


def cm_sid(seed):
    return 'AQAAf%s--.%dS2' % (b64id(seed, 22).replace('-', 'w').replace('_', 'x'), 20000 + int(hx(seed, 4), 16) % 9000)


def gb(p, label='gb2312', quote=False):
    try:
        P[p].name.encode(label)
    except UnicodeEncodeError:      # e.g. 珺 is not in GB2312: Outlook then writes that name in UTF-8
        label = 'utf-8'
    return addr(P[p].name, P[p].email, label, quote=quote)


BOT_A = '纪要助手'


# ---------------------------------------------------------------- 6701
def c6701():
    t = when(2026, 4, 2, 16, 48, 21)
    seed = '6701'
    blocks = [
        '各位领导、各部门：',
        '',
        '经公司领导同意，现将4月2日专题会议纪要印发如下，请认真抓好落实。',
        '',
        '铅山县供电公司专题会议纪要',
        '〔2026〕第7期',
        '',
        '会议时间：2026年4月2日上午9:00',
        '会议地点：公司四楼会议室',
        '主 持 人：邹建华',
        '参会人员：汪国平、叶海燕、毛卫东、徐春华、柯珺、程志刚、各供电所所长',
        '记 录 人：余文涛',
        '',
        '4月2日上午，邹建华总经理主持召开专题会议，研究迎峰度夏前配网设备隐患排查工作。会议听取了运维检修部关于一季度配网运行情况的汇报，营销部汇报了一季度停电投诉处理情况。现将会议议定事项纪要如下：',
        '',
        '一、会议认为，今年迎峰度夏形势严峻，县域最大负荷预计同比增长8%以上，各部门要提前谋划、压实责任，确保不发生大面积停电。',
        '',
        '二、会议明确以下工作事项：',
        '（一）开展10kV线路及配变设备隐患排查，建立隐患清单并实行销号管理。',
        '责任单位：运维检修部（程志刚）',
        '配合单位：各供电所',
        '完成时限：4月20日前',
        '（二）对一季度停电投诉客户开展电话回访，形成回访分析报告。',
        '责任单位：营销部',
        '完成时限：节后第一个工作日',
        '（三）组织开展春季安全大检查，通报检查发现的问题。',
        '责任单位：安全监察部（毛卫东）',
        '完成时限：4月30日前',
        '',
        '三、会议要求：一是各部门要高度重视，主要负责人亲自抓、负总责；二是严格执行隐患排查“日报告”制度，每日17:00前将当日排查情况报送运维检修部；三是对排查不力、整改不到位的，按公司考核办法严肃问责。',
        '',
        '下次会议：4月16日（周四）上午9:00，公司四楼会议室，听取隐患排查进展汇报。',
        '',
        '办公室',
        '2026年4月2日',
        '',
        '余文涛',
        '国网铅山县供电公司办公室',
        '电话：0793-5712xxx',
    ]
    text = to_text(blocks)
    html = html_outlook(blocks, 'gb2312')
    b = outlook_boundary(seed)
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain;\n\tcharset="gb2312"', 'base64', codec='gbk'),
        text_leaf(html, 'text/html;\n\tcharset="gb2312"', 'quoted-printable', codec='gbk'),
    ], preamble='This is a multipart message in MIME format.\n')
    top = [
        ('From', gb('yuwt')),
        ('To', alist([gb('wanggp'), gb('yehy'), gb('maowd'), gb('chengzg')], ',\n\t')),
        ('Cc', alist([gb('penglj'), addr(BOT_A, BOT['A'], 'gb2312')], ',\n\t')),
        ('Subject', subj('关于迎峰度夏前配网设备隐患排查工作的专题会议纪要', 'gb2312', fold='\n\t')),
        ('Date', rfc_date(t)),
        ('Message-ID', outlook_msgid(seed, A)),
        ('MIME-Version', '1.0'),
    ]
    node.headers += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(seed)),
                     ('Content-Language', 'zh-cn')]
    raw = message(top, node, trace(BOT['A'], P['yuwt'].email,
                                   [a_received('YUWT-PC', '10.36.8.112', t, cm_sid(seed))]), crlf=True)
    add_case(num=6701, slug='grid-special-minutes-gb2312-outlook', kind='minutes', org='A', sent=t, eml=raw,
             client='Outlook 2016 zh-CN', enc='multipart/alternative; gb2312 label carrying GBK-only 珺; text base64, HTML QP; CRLF',
             what='SOE 专题会议纪要: （一）（二）（三） with 责任单位/配合单位/完成时限 labels; person in brackets after a unit; unit-only owner; 节后第一个工作日 over Qingming; 一是…二是… standing rules; 下次会议 label',
             items=[
                 I('chengzg', '开展10kV线路及配变设备隐患排查，建立隐患清单并实行销号管理', D('2026-04-20')),
                 I(None, '对一季度停电投诉客户开展电话回访，形成回访分析报告', ('after_hol',), dept='营销部'),
                 I('maowd', '组织开展春季安全大检查，通报检查发现的问题', D('2026-04-30')),
             ],
             next=(D('2026-04-16', 3), '09:00'),
             notes=('Formal SOE minutes sent Thu 2026-04-02 16:48 +0800. Items are the three （一）（二）（三） work items. '
                    '（一）责任单位：运维检修部（程志刚）: the person in brackets after the unit owns it; 配合单位 各供电所 is support, not an owner; '
                    '4月20日前 -> 2026-04-20. （二）names only 营销部 -> owner null, department 营销部, no_owner; 节后第一个工作日: '
                    'Qingming holiday is Sat 04-04..Mon 04-06, so the first working day after it is Tue 2026-04-07. '
                    '（三）安全监察部（毛卫东）-> 毛卫东, 2026-04-30. 会议认为 (part 一) is a decision; 会议要求 一是/二是/三是 are standing rules '
                    '(the daily 17:00 report is a rule, not an item). 下次会议 4月16日（周四）上午9:00 -> 2026-04-16 09:00 (a Thursday). '
                    'The gb2312-labelled parts carry GBK-only 珺 (柯珺, in the attendee list) as Outlook does; the text is CRLF.'))


# ---------------------------------------------------------------- 6702
def c6702():
    t = when(2026, 4, 14, 17, 26, 40)
    seed = '6702'
    blocks = [
        '汪主任、各位：',
        '',
        '今天下午部门周例会的纪要如下，请大家对照落实。',
        '',
        '运维检修部周例会纪要（4月14日）',
        '参会：汪国平、程志刚、严小兵、吴金水（河口供电所）、各班组长',
        '',
        '一、上周工作回顾',
        '城区10kV线路隐患排查已完成62%，累计发现隐患41处，已整改23处；河口线#17台区变压器更换已完成。',
        '',
        '二、本周工作部署',
        '一是由程志刚牵头、配网运检班配合，4月17日前完成城区3条重载线路负荷转供方案；',
        '二是河口供电所吴金水所长负责完成辖区台区低电压治理情况摸排，形成问题清单，本周五前报部门；',
        '三是严小兵负责带班完成10kV河口线#23-#31杆段树障清理，下周二前完成；',
        '四是汪主任负责将迎峰度夏保供电方案报公司领导审定，下周三前；',
        '五是各班组要严格落实工作票“双签发”制度，严禁无票作业。',
        '',
        '程志刚',
        '运维检修部',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head='<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">',
                     tail='</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>', div='<div>%s</div>',
                     blank='<div>&nbsp;</div>')
    b = '----=_Part_%d_%d.%d' % (int(hx(seed, 6), 16) % 900000, int(hx(seed + 'x', 8), 16) % 2000000000, 1776159000000 + 400)
    node = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset=GBK', 'base64', codec='gbk'),
        text_leaf(html, 'text/html; charset=GBK', 'base64', codec='gbk'),
    ])
    top = [
        ('Date', rfc_date(t, comment='GMT+08:00')),
        ('From', gb('chengzg', 'GBK', quote=True)),
        ('To', alist([gb('wanggp', 'GBK', True), gb('yanxb', 'GBK', True), gb('wujs', 'GBK', True)], ', ')),
        ('Cc', addr(BOT_A, BOT['A'], 'GBK', quote=True)),
        ('Subject', subj('运检部周例会纪要（4月14日）', 'GBK')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)\n Copyright (c) 2002-2026 www.mailtech.cn qsgd'),
        ('X-Originating-IP', '[10.36.9.27]'),
        ('MIME-Version', '1.0'),
        ('Message-ID', coremail_msgid(seed, 'chengzg', A)),
        ('X-Coremail-Locale', 'zh_CN'),
    ]
    raw = message(top, node, trace(BOT['A'], P['chengzg'].email,
                                   [a_received('chengzg', '10.36.9.27', t, cm_sid(seed))]))
    add_case(num=6702, slug='grid-weekly-yishi-ershi-coremail-gbk', kind='minutes', org='A', sent=t, eml=raw,
             client='Coremail XT5 webmail', enc='multipart/alternative; GBK base64 text and HTML',
             what='一是…二是… sentences that carry owner + task + date (牵头/配合, 所长 title), 本周五前/下周二前/下周三前; 五是 is a rule; no next meeting',
             items=[
                 I('chengzg', '完成城区3条重载线路负荷转供方案', D('2026-04-17')),
                 I('wujs', '完成辖区台区低电压治理情况摸排，形成问题清单报部门', ('thiswk', 4)),
                 I('yanxb', '带班完成10kV河口线#23-#31杆段树障清理', ('nextwk', 1)),
                 I('wanggp', '将迎峰度夏保供电方案报公司领导审定', ('nextwk', 2)),
             ],
             next=None,
             notes=('Department weekly minutes sent Tue 2026-04-14 17:26 +0800 (Coremail, Date has a (GMT+08:00) comment). '
                    'Here 一是…四是 are tasks with owners, unlike the rule lists of formal minutes; 五是 (工作票双签发) is a standing rule. '
                    '一是 由程志刚牵头、配网运检班配合 -> 程志刚, 2026-04-17. 二是 河口供电所吴金水所长 -> 吴金水, 本周五前 -> Fri 2026-04-17. '
                    '三是 严小兵, 下周二前 -> 2026-04-21. 四是 汪主任 = 汪国平 (alias), 下周三前 -> 2026-04-22. '
                    'The 上周工作回顾 section reports progress and a finished job (not items). No next meeting is stated -> null.'))


# ---------------------------------------------------------------- 6703
def c6703():
    t = when(2026, 4, 24, 10, 12, 5)
    seed = '6703'
    hdr = ['序号', '事项名称', '发起部门', '协作部门', '责任人（发起方）', '责任人（协作方）', '计划开始时间',
           '计划完成时间', '实际完成时间', '进展情况', '风险点及应对措施']
    rows = [hdr,
            ['1', '一季度停电投诉客户回访', '营销部', '各供电所', '祝晓东', '吴金水', '2026-04-03', '2026-04-07',
             '2026-04-08', '已完成（延期1天）', '—'],
            ['2', '配网隐患清单销号管理', '运维检修部', '各供电所', '程志刚', '吴金水', '2026-04-03', '2026-04-30',
             '-', '进行中（已销号58%）', '部分隐患需停电处理，已与调控分中心协调停电窗口'],
            ['3', '迎峰度夏有序用电方案修编', '电力调度控制分中心', '营销部', '柯珺', '祝晓东', '2026-04-20',
             '2026-05-08', '-', '进行中', '需等待县发改委下达年度用电指标'],
            ['4', '大洲35kV变电站扩建可研评审', '发展建设部', '运维检修部', '徐春华', '程志刚', '2026-04-22', '待定',
             '-', '未开始', '市公司评审时间未定，5月初再确认'],
            ['5', '春季安全大检查问题整改', '安全监察部', '运维检修部', '毛卫东', '严小兵', '2026-04-07',
             '2026-05-12', '-', '延期（原定4月30日）', '3处问题需停电整改，已纳入5月停电计划'],
            ]
    blocks = [
        '各部门：',
        '',
        '今天上午协调会已逐项过了一遍，跨部门协作事项跟踪表更新如下，请各责任人按计划推进，逾期事项请在表中说明原因。',
        '',
        '跨部门协作事项跟踪表（截至4月24日）',
        Table(rows),
        '',
        '下次协调会：5月6日（周三）下午3:00，公司三楼小会议室。',
        '',
        '彭丽君',
        '办公室',
    ]
    text = to_text(blocks)
    html = html_outlook(blocks, 'utf-8')
    b = outlook_boundary(seed, idx='0001')
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain;\n\tcharset="utf-8"', 'base64'),
        text_leaf(html, 'text/html;\n\tcharset="utf-8"', 'quoted-printable'),
    ], preamble='This is a multipart message in MIME format.\n')
    to = [gb(k, 'utf-8') for k in ('zhuxd', 'chengzg', 'kejun', 'xuch', 'maowd', 'wujs', 'yanxb')]
    top = [
        ('From', gb('penglj', 'utf-8')),
        ('To', alist(to, ',\n\t')),
        ('Cc', alist([gb('zoujh', 'utf-8'), gb('wanggp', 'utf-8'), gb('yehy', 'utf-8'), addr(BOT_A, BOT['A'])], ',\n\t')),
        ('Subject', subj('跨部门协作事项跟踪表（4月24日更新）', 'utf-8', fold='\n\t')),
        ('Date', rfc_date(t)),
        ('Message-ID', outlook_msgid(seed, A)),
        ('MIME-Version', '1.0'),
    ]
    node.headers += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(seed)),
                     ('Content-Language', 'zh-cn')]
    raw = message(top, node, trace(BOT['A'], P['penglj'].email,
                                   [a_received('PENGLJ-PC', '10.36.8.20', t, cm_sid(seed))]))
    add_case(num=6703, slug='grid-collab-tracking-table-outlook-utf8', kind='minutes', org='A', sent=t, eml=raw,
             client='Outlook 2016 zh-CN', enc='multipart/alternative; UTF-8 base64 text (tab-separated) + QP HTML table',
             what='Seed 跨部门协作事项跟踪表 (11 columns): 已完成 row skipped; owner = 责任人（发起方）, 协作方 is support; 待定 -> vague; 延期 row keeps its new plan date',
             items=[
                 I('chengzg', '配网隐患清单销号管理', D('2026-04-30')),
                 I('kejun', '迎峰度夏有序用电方案修编', D('2026-05-08')),
                 I('xuch', '大洲35kV变电站扩建可研评审', ('vague',)),
                 I('maowd', '春季安全大检查问题整改', D('2026-05-12')),
             ],
             next=(D('2026-05-06', 2), '15:00'),
             notes=('Tracking table after a coordination meeting, sent Fri 2026-04-24 10:12 +0800. Row 1 is 已完成 -> not an item. '
                    'For each open row the owner is 责任人（发起方） (the leading department\'s person); 责任人（协作方） is the supporting '
                    'person (配合), not an owner and not an extra item. Due = 计划完成时间: row 2 2026-04-30, row 3 2026-05-08, '
                    'row 4 待定 -> null + vague_due, row 5 is 延期 with the new plan 2026-05-12 (the old 4月30日 is history). '
                    'Task = 事项名称. 风险点 cells are remarks. 下次协调会 5月6日（周三）下午3:00 -> 2026-05-06 15:00 (first working day after Labour Day).'))


# ---------------------------------------------------------------- 6704
def c6704():
    t = when(2026, 4, 29, 17, 52, 8)
    seed = '6704'
    blocks = [
        '各位：',
        '',
        '今天下午五一保电及客户服务碰头会议定的事项如下：',
        '',
        '1、祝工负责梳理五一期间重要客户及敏感客户清单，3个工作日内报营销部；',
        '2、河口供电所吴所长负责组织节日期间24小时抢修值班，节前报值班表，本月底前；',
        '3、河口供电所完成辖区景区（葛仙山）保电线路特巡，5个工作日内完成并反馈；',
        '4、祝工负责节后第一个工作日统计节日期间95598工单情况，报叶主任。',
        '',
        '营销部全员节日期间保持手机24小时畅通，遇有突发情况第一时间报告。',
        '',
        '下次碰头：节后5月7日（周四）下午2:30，营销部会议室。',
        '',
        '叶海燕',
        '营销部',
    ]
    text = to_text(blocks)
    html = html_divs(blocks,
                     head=('<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312">'
                           '<style>body { line-height: 1.5; }body { font-size: 10.5pt; font-family: 微软雅黑; color: rgb(0, 0, 0); '
                           'line-height: 1.5; }</style></head><body>\n'),
                     tail=('<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
                           '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>yehy@qsgd.example.cn</div>'
                           '</div></span></div>\n</body></html>\n'),
                     div='<div><span></span>%s</div>')
    b = '----=_001_NextPart%s_=----' % hx(seed, 12)
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain;\n\tcharset="gb2312"', 'base64', codec='gb2312'),
        text_leaf(html, 'text/html;\n\tcharset="gb2312"', 'base64', codec='gb2312'),
    ], preamble='This is a multi-part message in MIME format.\n')
    top = [
        ('Date', rfc_date(t)),
        ('From', '"yehy@qsgd.example.cn" <yehy@qsgd.example.cn>'),
        ('To', alist([gb('zhuxd', quote=True), gb('wujs', quote=True)], ',\n\t')),
        ('Cc', alist([gb('zoujh', quote=True), addr(BOT_A, BOT['A'], 'gb2312', quote=True)], ',\n\t')),
        ('Subject', subj('五一保电及客户服务碰头会纪要', 'gb2312')),
        ('X-Priority', '3'),
        ('X-GUID', uuid_like(seed, True)),
        ('X-Has-Attach', 'no'),
        ('X-Mailer', 'Foxmail 7.2.25.375[cn]'),
        ('Mime-Version', '1.0'),
        ('Message-ID', '<%s%s@qsgd.example.cn>' % (t.strftime('%Y%m%d%H%M%S'), hx(seed, 7)[:7].replace('a', '1'))),
    ]
    raw = message(top, node, trace(BOT['A'], P['yehy'].email,
                                   [a_received('YEHY-NB', '10.36.11.54', t, cm_sid(seed))]))
    add_case(num=6704, slug='grid-labour-day-workdays-foxmail-gb2312', kind='minutes', org='A', sent=t, eml=raw,
             client='Foxmail 7.2', enc='multipart/alternative; gb2312 base64 text and HTML',
             what='Eve of Labour Day: 3个工作日内 and 5个工作日内 across May 1-5 (the second ends on the 05-09 make-up Saturday), 本月底前, 节后第一个工作日; titles 祝工/吴所长; unit-only item; From shows only the address',
             items=[
                 I('zhuxd', '梳理五一期间重要客户及敏感客户清单并报营销部', ('workdays', 3)),
                 I('wujs', '组织节日期间24小时抢修值班，报值班表', ('month_end',)),
                 I(None, '完成辖区景区（葛仙山）保电线路特巡并反馈', ('workdays', 5), dept='河口供电所'),
                 I('zhuxd', '统计节日期间95598工单情况，报叶主任', ('after_hol',)),
             ],
             next=(D('2026-05-07', 3), '14:30'),
             notes=('Sent Wed 2026-04-29 17:52 +0800 from Foxmail (From display name is just the address; 叶海燕 signs). '
                    '1 祝工 = 祝晓东; 3个工作日内 counted from Thu 04-30: 04-30 (1), 05-01..05-05 holiday, 05-06 (2), 05-07 (3) -> 2026-05-07. '
                    '2 吴所长 = 吴金水; 本月底前 -> 2026-04-30 (节前 says the same). '
                    '3 names only the unit 河口供电所 -> owner null, department 河口供电所, no_owner (AMBIGUOUS: its head 吴所长 is named in item 2, '
                    'but this item is assigned to the unit; we do not guess). 5个工作日内: 04-30, 05-06, 05-07, 05-08, 05-09 (make-up Saturday) -> 2026-05-09. '
                    '4 节后第一个工作日 -> Wed 2026-05-06. The 全员手机畅通 line is a rule. 下次碰头 5月7日（周四）下午2:30 -> 2026-05-07 14:30.'))


# ---------------------------------------------------------------- 6705
def c6705():
    t = when(2026, 5, 11, 15, 36, 52)
    seed = '6705'
    fname = '铅山县供电公司专题会议纪要〔2026〕第11期.docx'
    blocks = [
        '各部门：',
        '',
        '现将5月9日公司专题会议纪要印发给你们，请按照分工抓好落实。纪要全文见附件。',
        '',
        '附件：' + fname,
        '',
        '办公室 余文涛',
        '电话：0793-5712xxx',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head='<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">',
                     tail='</div>', blank='<div>&nbsp;</div>')
    docx_paras = [
        ('h', '铅山县供电公司专题会议纪要'),
        ('p', '〔2026〕第11期'),
        ('p', '国网铅山县供电公司办公室                    2026年5月9日'),
        ('p', '5月9日，邹建华总经理主持召开专题会议，研究2026年农网改造项目前期工作及迎峰度夏有序用电准备工作。'
              '徐春华、叶海燕、汪国平、毛卫东、柯珺及相关专责参加会议。现纪要如下：'),
        ('p', '一、会议听取了发展建设部关于2026年农网改造项目储备情况的汇报，营销部汇报了高耗能企业用电负荷情况。'),
        ('p', '二、会议议定事项'),
        ('t', [['序号', '工作事项', '责任部门', '责任人', '完成时限'],
               ['1', '编制2026年第二批农网改造项目可研报告', '发展建设部', '徐春华', '5月29日前'],
               ['2', '完成高耗能企业用电负荷摸底，建立重点客户负荷台账', '营销部', '叶海燕', '5月20日前'],
               ['3', '修编迎峰度夏有序用电方案，报县发改委备案', '电力调度控制分中心', '柯珺', '本月底前'],
               ['4', '组织开展迎峰度夏电网应急演练', '运维检修部、安全监察部', '汪国平（牵头）、毛卫东', '6月15日前']]),
        ('p', '三、会议强调，农网改造项目要严格执行“四个管住”要求，确保工程安全质量。'),
        ('p', '四、下次会议时间另行通知。'),
        ('p', '抄送：公司领导。'),
        ('p', '国网铅山县供电公司办公室                    2026年5月9日印发'),
    ]
    docx = make_docx(docx_paras, '余文涛', when(2026, 5, 11, 15, 20, 0), '专题会议纪要〔2026〕第11期')
    ba = '----=_Part_%d_%d.%d' % (int(hx(seed, 6), 16) % 900000, int(hx(seed + 'x', 8), 16) % 2000000000, 1778485012000)
    bm = '----=_Part_%d_%d.%d' % (int(hx(seed + 'm', 6), 16) % 900000, int(hx(seed + 'y', 8), 16) % 2000000000, 1778485012001)
    alt = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % ba)], ba, [
        text_leaf(text, 'text/plain; charset=UTF-8', 'base64'),
        text_leaf(html, 'text/html; charset=UTF-8', 'base64'),
    ])
    att = bin_leaf(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\t' + rfc2231('name', fname),
                   'attachment;\n\t' + rfc2231('filename', fname))
    node = Multi([('Content-Type', 'multipart/mixed; \n\tboundary="%s"' % bm)], bm, [alt, att])
    to = [gb(k, 'UTF-8', True) for k in ('xuch', 'yehy', 'kejun', 'wanggp', 'maowd')]
    top = [
        ('Date', rfc_date(t, comment='GMT+08:00')),
        ('From', gb('yuwt', 'UTF-8', True)),
        ('To', ', '.join(to)),
        ('Cc', ', '.join([gb('zoujh', 'UTF-8', True), gb('penglj', 'UTF-8', True), addr(BOT_A, BOT['A'], 'UTF-8', quote=True)])),
        ('Subject', subj('关于印发〔2026〕第11期专题会议纪要的通知', 'UTF-8')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)\n Copyright (c) 2002-2026 www.mailtech.cn qsgd'),
        ('MIME-Version', '1.0'),
        ('Message-ID', coremail_msgid(seed, 'yuwt', A)),
        ('X-Coremail-Locale', 'zh_CN'),
    ]
    raw = message(top, node, trace(BOT['A'], P['yuwt'].email,
                                   [a_received('yuwt', '10.36.8.112', t, cm_sid(seed))]))
    add_case(num=6705, slug='grid-minutes-in-docx-coremail', kind='minutes', org='A', sent=t, eml=raw,
             attachments=[('docx', fname)],
             client='Coremail XT5 webmail', enc='multipart/mixed: alternative (UTF-8 base64) + .docx (base64, RFC 2231 filename)',
             what='Short 印发 cover note; the minutes (议定事项 table 责任部门/责任人/完成时限) are only in the .docx; 本月底前; 牵头 among two names; 另行通知 -> no follow-up',
             items=[
                 I('xuch', '编制2026年第二批农网改造项目可研报告', D('2026-05-29')),
                 I('yehy', '完成高耗能企业用电负荷摸底，建立重点客户负荷台账', D('2026-05-20')),
                 I('kejun', '修编迎峰度夏有序用电方案，报县发改委备案', ('month_end',)),
                 I('wanggp', '组织开展迎峰度夏电网应急演练', D('2026-06-15')),
             ],
             next=None,
             notes=('Cover note sent Mon 2026-05-11 15:36 +0800; the meeting was on the 05-09 make-up Saturday. The body has no items; '
                    'a person reading the attached .docx records its 议定事项 table: 1 徐春华 2026-05-29; 2 叶海燕 2026-05-20; '
                    '3 柯珺 本月底前 -> 2026-05-31 (anchored on the mail\'s Date; the meeting date gives the same month); '
                    '4 责任人 汪国平（牵头）、毛卫东 -> the lead 汪国平 owns it (AMBIGUOUS: 毛卫东 is listed without a 配合 label; '
                    'the 牵头 mark makes him the co-worker, so one item), 2026-06-15. 会议强调 line is a rule; 下次会议时间另行通知 -> null.'))


for _f in (c6701, c6702, c6703, c6704, c6705):
    _f()


def outlook_quote(frm, sent_cn, to, cc, subject, lang='zh'):
    """Outlook (desktop) reply/forward header block, as (html, text)."""
    if lang == 'zh':
        labels = ('发件人', '发送时间', '收件人', '抄送', '主题')
    else:
        labels = ('From', 'Sent', 'To', 'Cc', 'Subject')
    rows = [(labels[0], frm), (labels[1], sent_cn), (labels[2], to)]
    if cc:
        rows.append((labels[3], cc))
    rows.append((labels[4], subject))
    html = ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
            + '<br>\n'.join('<b>%s:</b> %s' % (k, esc(v)) for k, v in rows) + '<o:p></o:p></p>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    sep = '-----邮件原件-----' if lang == 'zh' else '-----Original Message-----'
    text = '\n' + sep + '\n' + '\n'.join('%s: %s' % kv for kv in rows) + '\n'
    return Raw(html, text)


def angle(p):
    return '%s <%s>' % (P[p].name, P[p].email)


# ---------------------------------------------------------------- 6706
def c6706():
    t = when(2026, 5, 20, 18, 14, 33)
    seed = '6706'
    old_t = when(2026, 4, 22, 17, 40, 12)
    old_subject = '河口供电所台区改造对接会纪要（4月22日）'
    blocks = [
        '各位：',
        '',
        '今天（5月20日）下午在河口供电所又碰了一次，纪要直接回在这个邮件里，方便大家对照上次的事项，也抄送纪要助手跟踪。',
        '',
        '5月20日对接会纪要',
        '参会：程志刚、吴金水、严小兵，园区管委会方志勇主任',
        '1. 吴所长：完成剩余12个台区的改造施工，6月10日前；',
        '2. 程志刚：出具台区改造验收方案，下周五前；',
        '3. 方主任（园区管委会）：协调园区道路开挖许可，尽快；',
        '4. 严小兵：上次遗留的#17台区变压器更换已完成，本次不再跟踪。',
        '',
        '下次对接：6月3日（周三）上午10点，河口供电所二楼会议室。',
        '',
        '程志刚',
        '运维检修部',
        outlook_quote(angle('chengzg'), '2026年4月22日 17:40',
                      '%s; %s; %s' % (angle('wujs'), angle('yanxb'), angle('fangzy')), angle('wanggp'), old_subject),
        '各位：',
        '4月22日对接会纪要如下：',
        '1. 吴所长：完成河口镇18个台区改造施工图会审，4月30日前；',
        '2. 严小兵：更换#17台区变压器，5月15日前；',
        '3. 方主任：提供园区规划红线图，4月27日前。',
        '下次对接时间待定。',
        '',
        '程志刚',
    ]
    text = to_text(blocks)
    html = html_outlook(blocks, 'utf-8')
    b = outlook_boundary(seed, idx='0017')
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain;\n\tcharset="utf-8"', 'quoted-printable'),
        text_leaf(html, 'text/html;\n\tcharset="utf-8"', 'quoted-printable'),
    ], preamble='This is a multipart message in MIME format.\n')
    old_id = outlook_msgid('6706-old', A)
    top = [
        ('From', gb('chengzg', 'utf-8')),
        ('To', alist([gb('wujs', 'utf-8'), gb('yanxb', 'utf-8'), gb('fangzy', 'utf-8')], ',\n\t')),
        ('Cc', alist([gb('wanggp', 'utf-8'), addr(BOT_A, BOT['A'], 'utf-8')], ',\n\t')),
        ('References', old_id),
        ('In-Reply-To', old_id),
        ('Subject', subj('RE: ' + old_subject, 'utf-8', fold='\n\t')),
        ('Date', rfc_date(t)),
        ('Message-ID', outlook_msgid(seed, A)),
        ('MIME-Version', '1.0'),
    ]
    node.headers += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index('6706-old', seed)),
                     ('Content-Language', 'zh-cn')]
    raw = message(top, node, trace(BOT['A'], P['chengzg'].email,
                                   [a_received('CHENGZG-PC', '10.36.9.61', t, cm_sid(seed))]))
    add_case(num=6706, slug='grid-new-minutes-as-re-in-old-thread', kind='minutes', org='A', sent=t, eml=raw,
             client='Outlook 2016 zh-CN (reply)', enc='multipart/alternative; UTF-8 quoted-printable text and HTML',
             what='New minutes written as RE: above the quoted old minutes (Outlook 发件人/发送时间 block): only the new ones count; 已完成 line not an item; 下周五前; 尽快; outside owner (方主任, 园区管委会)',
             items=[
                 I('wujs', '完成剩余12个台区的改造施工', D('2026-06-10')),
                 I('chengzg', '出具台区改造验收方案', ('nextwk', 4)),
                 I('fangzy', '协调园区道路开挖许可', ('vague',)),
             ],
             next=(D('2026-06-03', 2), '10:00'),
             notes=('Sent Wed 2026-05-20 18:14 +0800 as "RE:" in the thread of the 04-22 minutes (In-Reply-To set), but the body is new '
                    'minutes, so kind minutes, not reply. Only the new part counts; the quoted 4月22日 minutes below the Outlook header '
                    'block are history. 1 吴所长 = 吴金水, 2026-06-10. 2 程志刚 下周五前 -> Fri 2026-05-29. 3 方主任 = 方志勇 of the park '
                    'committee (roster outsider, in To), 尽快 -> vague_due, department null. 4 reports 已完成 -> not an item. '
                    '下次对接 6月3日（周三）上午10点 -> 2026-06-03 10:00.'))


# ---------------------------------------------------------------- 6707
def c6707():
    t = when(2026, 6, 8, 16, 2, 47)
    seed = '6707'
    rows = [['沟通编号', 'EC2026-06-08'],
            ['沟通日期', '2026-06-08'],
            ['对方单位/联系人', '江西铅锋新材料有限公司/胡德明经理'],
            ['我方对接人', '营销部/祝晓东'],
            ['沟通类型（客户/供应商/合作方）', '客户'],
            ['核心需求/反馈', '客户二期产线7月投产，需新增用电容量2000kVA，希望6月底前明确供电方案'],
            ['解决方案/进展', '①运维检修部程工6月12日前完成专线接入现场勘查；②6月15日前向客户答复供电方案；③客户方胡经理6月10日前提供新增负荷清单及主要用电设备参数'],
            ['下次沟通时间', '2026-06-16'],
            ['负责人', '祝晓东']]
    blocks = [
        '叶主任：',
        '',
        '今天上午到铅锋新材料现场对接了二期增容需求，跟进表如下：',
        '',
        '外部沟通跟进表',
        Table([['字段', '内容']] + rows),
        '',
        '胡经理已口头同意配合现场勘查，勘查时间等程工确定后再通知客户。',
        '',
        '祝晓东',
        '营销部 客户经理',
        '国网铅山县供电公司',
    ]
    text = to_text(blocks)
    html = html_outlook(blocks, 'gb2312')
    b = outlook_boundary(seed, idx='0009')
    node = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain;\n\tcharset="gb2312"', 'quoted-printable', codec='gb2312'),
        text_leaf(html, 'text/html;\n\tcharset="gb2312"', 'quoted-printable', codec='gb2312'),
    ], preamble='This is a multipart message in MIME format.\n')
    top = [
        ('From', gb('zhuxd')),
        ('To', gb('yehy')),
        ('Cc', alist([gb('chengzg'), gb('hudm'), addr(BOT_A, BOT['A'], 'gb2312')], ',\n\t')),
        ('Subject', subj('铅锋新材料二期增容需求对接（EC2026-06-08）', 'gb2312', fold='\n\t')),
        ('Date', rfc_date(t)),
        ('Message-ID', outlook_msgid(seed, A)),
        ('MIME-Version', '1.0'),
    ]
    node.headers += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(seed)),
                     ('Content-Language', 'zh-cn')]
    raw = message(top, node, trace(BOT['A'], P['zhuxd'].email,
                                   [a_received('ZHUXD-NB', '10.36.11.77', t, cm_sid(seed))]))
    add_case(num=6707, slug='grid-customer-followup-form-outlook-qp', kind='minutes', org='A', sent=t, eml=raw,
             client='Outlook 2016 zh-CN', enc='multipart/alternative; gb2312 quoted-printable text and HTML',
             what='Seed 外部沟通跟进表 as a two-column 字段/内容 table; ①②③ in one cell: 程工 inline, unnamed ② owned by the row 负责人, customer-side owner in Cc; 下次沟通时间 date only',
             items=[
                 I('chengzg', '完成专线接入现场勘查', D('2026-06-12')),
                 I('zhuxd', '向客户答复供电方案', D('2026-06-15')),
                 I('hudm', '提供新增负荷清单及主要用电设备参数', D('2026-06-10')),
             ],
             next=(D('2026-06-16'), None),
             notes=('Customer follow-up form (seed template) sent Mon 2026-06-08 16:02 +0800. The 解决方案/进展 cell holds three tasks: '
                    '① 运维检修部程工 = 程志刚, 2026-06-12; ② names nobody, so the form\'s 负责人 祝晓东 owns it, 2026-06-15; '
                    '③ 客户方胡经理 = 胡德明 (roster outsider, in Cc), 2026-06-10, department null. The customer\'s wish '
                    '(希望6月底前明确供电方案) is a need, not a task. 下次沟通时间 2026-06-16, no time. The closing remark about scheduling '
                    'the survey is not an item.'))


# ---------------------------------------------------------------- 6708
def c6708():
    t = when(2026, 6, 2, 9, 18, 4)
    seed = '6708'
    names = '"毛卫东" <maowd@qsgd.example.cn>'
    rcpts = ', '.join('"%s" <%s>' % (P[k].name, P[k].email) for k in ('wanggp', 'chengzg', 'yuwt', 'wujs'))
    qhtml = ('<div><br></div><div><br></div><div style="font-size:12px;background:#efefef;padding:8px;">'
             '<div>-----原始邮件-----</div>'
             '<div><b>发件人:</b>&quot;毛卫东&quot; &lt;maowd@qsgd.example.cn&gt;</div>'
             '<div><b>发送时间:</b>2026-06-01 17:32:10 (星期一)</div>'
             '<div><b>收件人:</b>%s</div>'
             '<div><b>抄送:</b>&quot;彭丽君&quot; &lt;penglj@qsgd.example.cn&gt;</div>'
             '<div><b>主题:</b>安全生产月活动部署会纪要</div></div><div><br></div>\n' % esc(rcpts))
    qtext = ('\n\n-----原始邮件-----\n发件人:%s\n发送时间:2026-06-01 17:32:10 (星期一)\n收件人:%s\n'
             '抄送:"彭丽君" <penglj@qsgd.example.cn>\n主题:安全生产月活动部署会纪要\n' % (names, rcpts))
    blocks = [
        '汪主任、毛主任：',
        '',
        '转发安监部昨天的部署会纪要，请纪要助手跟踪各项落实情况。邹总昨天特别强调，各项工作务必在6月中旬前见成效，请各部门高度重视。',
        '',
        '彭丽君',
        Raw(qhtml, qtext),
        '各位：',
        '6月1日安全生产月活动部署会纪要如下：',
        '一、毛卫东负责制定2026年“安全生产月”活动方案并印发，6月5日前完成。',
        '二、各供电所组织开展一次反违章自查自纠，6月15日前将自查报告报安全监察部。',
        '三、程志刚负责完成全部安全工器具预防性试验，下周五前。',
        '四、余文涛负责做好活动宣传报道。',
        '五、会议强调，6月份起各类作业现场一律实行视频监控全覆盖。',
        '安全生产月中期推进会拟于6月下旬召开，具体时间另行通知。',
        '',
        '毛卫东',
        '安全监察部',
    ]
    text = to_text(blocks)
    html = html_divs(blocks, head='<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">',
                     tail='</div>', blank='<div>&nbsp;</div>')
    b = '----=_Part_%d_%d.%d' % (int(hx(seed, 6), 16) % 900000, int(hx(seed + 'x', 8), 16) % 2000000000, 1780363084000)
    node = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % b)], b, [
        text_leaf(text, 'text/plain; charset=UTF-8', 'base64'),
        text_leaf(html, 'text/html; charset=UTF-8', 'base64'),
    ])
    top = [
        ('Date', rfc_date(t, comment='GMT+08:00')),
        ('From', gb('penglj', 'UTF-8')),
        ('To', ', '.join([gb('wanggp', 'UTF-8'), gb('maowd', 'UTF-8')])),
        ('Cc', ', '.join([gb('chengzg', 'UTF-8'), gb('yuwt', 'UTF-8'), gb('wujs', 'UTF-8'), addr(BOT_A, BOT['A'], 'UTF-8')])),
        ('Subject', subj('转发：安全生产月活动部署会纪要', 'UTF-8')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)\n Copyright (c) 2002-2026 www.mailtech.cn qsgd'),
        ('MIME-Version', '1.0'),
        ('Message-ID', coremail_msgid(seed, 'penglj', A)),
        ('X-Coremail-Locale', 'zh_CN'),
    ]
    raw = message(top, node, trace(BOT['A'], P['penglj'].email,
                                   [a_received('penglj', '10.36.8.20', t, cm_sid(seed))]))
    add_case(num=6708, slug='grid-forwarded-minutes-with-preface-coremail', kind='minutes', org='A', sent=t, eml=raw,
             client='Coremail XT5 webmail (forward)', enc='multipart/alternative; UTF-8 base64',
             what='Forward (转发：) with a preface that sounds like a task (6月中旬前见成效) above Coremail\'s -----原始邮件----- block; items are in the forwarded minutes; 各供电所 (several units); no-date item; 另行通知',
             items=[
                 I('maowd', '制定2026年“安全生产月”活动方案并印发', D('2026-06-05')),
                 I(None, '组织开展一次反违章自查自纠，将自查报告报安全监察部', D('2026-06-15')),
                 I('chengzg', '完成全部安全工器具预防性试验', ('nextwk', 4)),
                 I('yuwt', '做好活动宣传报道', ('none',)),
             ],
             next=None,
             notes=('彭丽君 forwards on Tue 2026-06-02 09:18 +0800 the minutes 毛卫东 sent on Mon 06-01 17:32 (the bot was not on the '
                    'original). The preface (邹总强调…6月中旬前见成效) is the forwarder\'s remark, not an item. Forwarded items: 一 毛卫东 '
                    '2026-06-05; 二 各供电所 is several units, no one person -> owner null, department null, no_owner, 2026-06-15; '
                    '三 程志刚 下周五前 -> 2026-06-12 (the Date header Tue 06-02 and the original Mon 06-01 fall in the same week, so both '
                    'anchors agree); 四 余文涛 with no deadline -> no_due. 五 会议强调 is a rule. 中期推进会 6月下旬, 具体时间另行通知 -> null.'))


# ---------------------------------------------------------------- 6709
def c6709():
    t = when(2026, 7, 9, 17, 5, 36)
    seed = '6709'
    text = to_text([
        '各部门：',
        '',
        '7月9日迎峰度夏保供电周调度会纪要如下：',
        '',
        '1.调控分中心柯主任：修订7月份有序用电预案，7月14日前报公司。',
        '2.运维检修部程志刚：对城区3条重载线路开展红外测温，发现缺陷当天处理，本周六前完成首轮测温。',
        '3.营销部叶主任：向12家高耗能企业发放错峰用电告知书，下周一前完成。',
        '4.发展建设部徐主任：完成大洲35kV变电站扩建工程投产前准备，7月底前。',
        '5.各部门：严格执行领导带班和24小时值班制度。',
        '',
        '本周全县最大负荷28.6万千瓦，同比增长9.2%，未发生限电。',
        '',
        '下次调度会：下周四（7月16日）下午3点，公司四楼会议室。',
        '',
        '办公室 余文涛',
    ])
    leaf = text_leaf(text, 'text/plain;\n\tcharset="gb2312"', 'base64', codec='gb2312')
    top = [
        ('From', gb('yuwt')),
        ('To', alist([gb(k) for k in ('kejun', 'chengzg', 'yehy', 'xuch', 'wanggp')], ',\n\t')),
        ('Cc', alist([gb('zoujh'), gb('penglj'), addr(BOT_A, BOT['A'], 'gb2312')], ',\n\t')),
        ('Subject', subj('迎峰度夏保供电周调度会纪要（7月9日）', 'gb2312', fold='\n\t')),
        ('Date', rfc_date(t)),
        ('Message-ID', outlook_msgid(seed, A)),
        ('MIME-Version', '1.0'),
    ]
    leaf.headers += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(seed)),
                     ('Content-Language', 'zh-cn')]
    raw = message(top, leaf, trace(BOT['A'], P['yuwt'].email,
                                   [a_received('YUWT-PC', '10.36.8.112', t, cm_sid(seed))]))
    add_case(num=6709, slug='grid-dispatch-weekly-plain-outlook', kind='minutes', org='A', sent=t, eml=raw,
             client='Outlook 2016 zh-CN, plain-text format', enc='single text/plain gb2312 base64',
             what='Plain common minutes: 部门+title owners (柯主任, 叶主任, 徐主任), 本周六前, 下周一前, 7月底前; 各部门 rule; 下次调度会 下周四（7月16日）下午3点',
             items=[
                 I('kejun', '修订7月份有序用电预案并报公司', D('2026-07-14')),
                 I('chengzg', '对城区3条重载线路完成首轮红外测温', ('thiswk', 5)),
                 I('yehy', '向12家高耗能企业发放错峰用电告知书', ('nextwk', 0)),
                 I('xuch', '完成大洲35kV变电站扩建工程投产前准备', ('month_end',)),
             ],
             next=(D('2026-07-16', 3), '15:00'),
             notes=('Plain-text minutes sent Thu 2026-07-09 17:05 +0800. 柯主任/叶主任/徐主任 are roster aliases of 柯珺/叶海燕/徐春华. '
                    '1 2026-07-14. 2 本周六前 -> Sat 2026-07-11 (the 发现缺陷当天处理 clause is a standing rule inside the item). '
                    '3 下周一前 -> 2026-07-13. 4 7月底前 -> 2026-07-31. 5 各部门 值班制度 is a rule, not an item; the load figure is a fact. '
                    '下次调度会 下周四（7月16日）下午3点 -> 2026-07-16 15:00 (weekday and date agree).'))


for _f in (c6706, c6707, c6708, c6709):
    _f()
