"""Organisation A: 赣州城发投资集团有限公司 (state-owned city investment group, Ganzhou)."""
import io
from lib32 import *   # noqa

MX = 'mail.gzcf.example.cn'

def register(M):
    T, I, p, case, hdrs, BOT = M.T, M.I, M.p, M.case, M.hdrs, M.BOT['A']
    bot = BOT
    P_ = lambda n: M.P[n][1]
    def tr(frm, sent, helo, ip, qid, delay=3):
        return trace(frm, bot[1], sent, helo, ip, MX, qid, delay)

    # ---------------------------------------------------------------- 6001
    sent = T(2026, 4, 2, 17, 46, 12)
    body = """各部门：
4月2日上午，集团副总经理蓝海涛主持召开城南片区棚改安置房项目推进调度会，工程管理部、财务部、资产运营部、法务审计部、安全环保部相关负责同志参加。现将会议议定事项纪要如下：

一、会议听取了工程管理部关于安置房二期主体施工进度的汇报。截至3月底，二期6栋楼中已有4栋主体封顶，总体进度滞后计划约12天。

二、会议议定事项
（一）加快二期剩余2栋楼主体施工。工程管理部要督促施工单位增加作业班组，编制二期赶工计划并报集团。
责任单位：工程管理部（谢文斌）
完成时限：4月10日前

（二）做好一季度工程款结算支付。财务部要会同工程管理部对一季度已完工程量进行核对，办理进度款支付手续。
责任单位：财务部
完成时限：节后第一个工作日

（三）启动安置房配套商铺招租工作，拟定招租方案及合同范本。
责任单位：资产运营部（牵头）、法务审计部（配合）
完成时限：4月底前

三、会议要求
一是各部门要树牢安全发展理念，清明假期期间各在建工地严格落实领导带班和24小时值班制度；
二是严格执行工程变更审批程序，未经集团批准不得擅自变更设计；
三是各责任部门每周四下班前将工作进展报综合办公室汇总。

四、下次调度会定于4月9日（星期四）上午9:00在集团三楼会议室召开。

综合办公室
2026年4月2日

刘晓燕
赣州城发投资集团有限公司 综合办公室
电话：0797-8123301
"""
    html = html_from_text(body, '宋体').replace('charset=utf-8', 'charset=gb2312')
    b = '----=_NextPart_000_0012_01DCC26E.5A1F3B20'
    mime = multi('alternative', b, [text(body, 'gb2312', 'base64'), text(html, 'gb2312', 'quoted-printable', 'html')],
                 preamble='This is a multipart message in MIME format.')
    to = [p('曾庆华'), p('谢文斌'), p('赖春梅'), p('黄丽萍'), p('邱明'), p('彭志远'), p('朱建军')]
    cc = [p('钟国平'), p('蓝海涛'), bot]
    h = hdrs(p('刘晓燕'), to, cc, '关于城南片区棚改安置房项目推进调度会的会议纪要', sent,
             '<000001dcc26e$5a1f3b20$0e5db160$@gzcf.example.cn>', cs='gb2312',
             extra_after=[('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'),
                          ('Thread-Index', 'AdzCblofO7AeXbFgTuGXpQ0aB1c3Qw=='), ('Content-Language', 'zh-cn')])
    raw = message(tr(P_('刘晓燕'), sent, 'LIUXY-PC', '10.20.1.37', '4fLq2R0Z7xz1'), h, mime, crlf=True)
    case(6001, 'soe-dispatch-labels-qingming-gb2312', 'minutes', sent, raw, [
        I('谢文斌', '督促施工单位增加作业班组，编制二期赶工计划并报集团', '2026-04-10', rule=('md', 4, 10)),
        I(None, '核对一季度已完工程量，办理进度款支付手续', '2026-04-07', flags=['no_owner'], dept='财务部',
          rule=('after_holiday',)),
        I(None, '拟定安置房配套商铺招租方案及合同范本', '2026-04-30', flags=['no_owner'], dept='资产运营部',
          rule=('md', 4, 30)),
    ], {'date': '2026-04-09', 'time': '09:00'}, ('md', 4, 9, '09:00'),
        notes="Formal SOE 会议纪要 with （一）（二）（三） and 责任单位/完成时限 labels, Outlook zh-CN gb2312 base64 text + QP html. Sent Thu 2026-04-02, just before Qingming (Apr 4-6 off, Apr 6 is Monday). (一) 责任单位 '工程管理部（谢文斌）': the person in brackets after the unit owns it; 4月10日前 -> 2026-04-10. (二) names only 财务部 -> owner null, no_owner, department 财务部; 节后第一个工作日 = first working day after the Qingming block = Tue 2026-04-07. (三) '资产运营部（牵头）、法务审计部（配合）': the lead unit owns, 配合 is never an owner or an extra item -> no_owner, department 资产运营部; 4月底前 -> 04-30. 三、会议要求 一是/二是/三是 are standing rules (the weekly 每周四下班前 report is recurring), not items. 一、 is a report of progress. 下次调度会 4月9日（星期四）上午9:00 -> 2026-04-09 09:00.",
        summary='3 items (1 person, 2 unit-only); next 04-09 09:00',
        tests='SOE labels 责任单位/完成时限, unit（person）, 牵头/配合 units, 一是二是 rules not items, 节后第一个工作日 after Qingming, gb2312')

    # ---------------------------------------------------------------- 6002
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    import datetime as _dt
    cp.created = cp.modified = _dt.datetime(2026, 4, 22, 8, 0, 0)
    cp.author = cp.last_modified_by = '肖婷'
    cp.title = '赣南数字经济产业园项目专题会议纪要'
    cp.revision = 1
    d.add_heading('赣南数字经济产业园项目专题会议纪要', level=1)
    d.add_paragraph('〔2026〕第7期')
    d.add_paragraph('赣州城发投资集团有限公司投资发展部                    2026年4月22日')
    d.add_paragraph('4月22日上午，集团副总经理蓝海涛在集团五楼会议室主持召开赣南数字经济产业园项目专题会议，'
                    '研究项目可研修编、地块勘察、融资方案和招商定位等事项。现纪要如下：')
    paras = [
        '一、关于项目可研报告修编。会议同意按新的产业定位修编可研报告。由投资发展部廖永红同志牵头，财务部、工程管理部配合，'
        '5月8日前完成可研报告修编并提交集团党委会审议。',
        '二、关于地块勘察。请工程管理部谢文斌同志在3个工作日内联系勘察单位进场，完成初勘方案报审。',
        '三、关于融资方案。会议要求财务部温志强同志测算银行贷款和专项债两种融资方案的资金成本，于5月9日（星期六）前报赖春梅部长审核。',
        '四、关于招商定位。会议认为，产业园招商以数字经济、电子信息为主，原则上不引进高耗能项目。',
        '五、关于合作协议。法务审计部彭志远同志在收到合作方协议文本后，对协议条款进行合法性审查。',
    ]
    for t in paras:
        d.add_paragraph(t)
    d.add_paragraph('出席：蓝海涛、廖永红、赖春梅、曾庆华、谢文斌、温志强、彭志远、肖婷')
    d.add_paragraph('记录：肖婷')
    d.add_paragraph('抄送：集团领导班子成员，综合办公室。')
    buf = io.BytesIO(); d.save(buf)
    docx_bytes = fixzip(buf.getvalue())
    M.ATTACH['6002.docx'] = docx_bytes
    sent = T(2026, 4, 22, 16, 20, 41)
    body = """各位领导、同事：

附件是4月22日上午产业园项目专题会的会议纪要（第7期），请查阅。如对纪要内容有修改意见，请今天内反馈给我。

已抄送纪要助手，请协助跟踪各项工作。

肖婷
投资发展部
电话：0797-8123356
"""
    html = html_from_text(body)
    b1, b2 = '----=_Part_233107_1638296031.1776846041118', '----=_Part_233108_512043477.1776846041118'
    alt = multi('alternative', b2, [text(body, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')])
    att = binpart(docx_bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                  '产业园项目专题会议纪要（第7期）.docx', fn_style='2047')
    mime = multi('mixed', b1, [alt, att])
    to = [p('蓝海涛'), p('廖永红'), p('赖春梅'), p('曾庆华'), p('谢文斌'), p('温志强'), p('彭志远')]
    h = hdrs(p('肖婷'), to, [bot], '报送：赣南数字经济产业园项目专题会议纪要（第7期）', sent,
             '<5c1e2f0a.3b7d.19dae61f1a2.Coremail.xiaoting@gzcf.example.cn>',
             extra_before=[('X-Originating-IP', '[10.20.3.112]')],
             extra_after=[('X-Priority', '3'), ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20240801(9fd6b8b4)'),
                          ('MIME-Version', '1.0'), ('X-Coremail-Locale', 'zh_CN'),
                          ('X-CM-TRANSID', 'AQAAf8Bxz+7JGepoAAAAAA--.1882S2')])
    raw = message(tr(P_('肖婷'), sent, 'webmail.gzcf.example.cn', '10.20.0.8', '4fLq2R1a9Xz5'), h, mime)
    case(6002, 'soe-docx-attachment-coremail', 'minutes', sent, raw, [
        I('廖永红', '完成可研报告修编并提交集团党委会审议', '2026-05-08', rule=('md', 5, 8)),
        I('谢文斌', '联系勘察单位进场，完成初勘方案报审', '2026-04-27', rule=('workdays', 3)),
        I('温志强', '测算两种融资方案的资金成本，报赖春梅部长审核', '2026-05-09', rule=('md', 5, 9)),
        I('彭志远', '对合作协议条款进行合法性审查', None, flags=['no_due']),
    ], None, None,
        notes="Coremail webmail, short UTF-8 cover note; the minutes are a real .docx attachment (RFC 2047 filename). Gold is what a human reading the .docx records. Sent Wed 2026-04-22. 一、廖永红 牵头 (财务部、工程管理部 配合 are not owners) 5月8日前 -> 05-08. 二、3个工作日内 counted from Thu 04-23: 04-23, 04-24, 04-27 -> 2026-04-27. 三、'5月9日（星期六）前' -> 05-09, the Labour Day make-up working Saturday; the reviewer 赖春梅 is not the owner. 四、会议认为 is a decision. 五、conditional on receiving the text, no date -> no_due. The cover note's '如有修改意见请今天内反馈' is a request about the minutes, not an item. No next meeting.",
        summary='4 items from the .docx (one no_due); next null',
        tests='.docx attachment with short body; 3个工作日内; make-up Saturday date; 牵头/配合 persons; cover-note request not an item')

    # ---------------------------------------------------------------- 6003
    sent = T(2026, 5, 8, 17, 5, 33)
    rows = [
        ('1', '闲置厂房资产评估报告', '资产运营部', '财务部', '邱明', '温志强', '2026-04-30', '已完成（延期5天，评估机构补充资料）', '—'),
        ('2', '沙河工业园3号仓库出租挂牌', '资产运营部', '法务审计部', '邱明', '彭志远', '2026-05-15', '进行中（挂牌材料已完成70%）', '需不动产登记中心出具权属证明，已沟通'),
        ('3', '存量公务车辆公开处置', '综合办公室', '财务部', '刘晓燕', '温志强', '5月9日（周六，调休上班）', '延期（原定4月30日）', '拍卖平台账号开通较慢，已加急'),
        ('4', '老旧门面房租金调整测算', '资产运营部', '投资发展部', '黄丽萍', '肖婷', '待定', '未启动', '需等集团租金指导价出台'),
    ]
    head = ('序号', '事项名称', '发起部门', '协作部门', '责任人（发起方）', '责任人（协作方）', '计划完成时间', '进展情况', '风险点及应对措施')
    intro = '各位：\n本周资产盘活专项例会（5月8日14:30，集团5楼小会议室）已开完，更新后的跟踪表如下，请各责任人按计划推进。\n'
    outro = '\n下周五同一时间再过一次跟踪表，请各位提前更新进展。\n\n邱明\n资产运营部\n'
    ttext = intro + '\n跨部门协作事项跟踪表（资产盘活专项）\n' + '\n'.join('\t'.join(r) for r in [head] + rows) + '\n' + outro
    import html as H
    cell = lambda x, th=False: ('<td style="border:1px solid #999;padding:3px 6px;%s">%s</td>' % (
        'background:#dce6f1;font-weight:bold' if th else '', H.escape(x)))
    trs = ''.join('<tr>%s</tr>\n' % ''.join(cell(x, i == 0) for x in r) for i, r in enumerate([head] + rows))
    thtml = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
             '<div style="font-family:微软雅黑;font-size:14px">' + ''.join('<p>%s</p>' % H.escape(l) for l in intro.strip().split('\n')) +
             '<p><b>跨部门协作事项跟踪表（资产盘活专项）</b></p>\n<table style="border-collapse:collapse;font-size:13px">\n' + trs +
             '</table>\n' + ''.join('<p>%s</p>' % (H.escape(l) or '&nbsp;') for l in outro.strip().split('\n')) + '</div></body></html>\n')
    b = '----=_Part_88412_1502919377.1778231133570'
    mime = multi('alternative', b, [text(ttext, 'utf-8', 'quoted-printable'), text(thtml, 'utf-8', 'quoted-printable', 'html')])
    to = [p('黄丽萍'), p('温志强'), p('彭志远'), p('刘晓燕'), p('肖婷')]
    h = hdrs(p('邱明'), to, [p('赖春梅'), bot], '【周跟踪】资产盘活专项 跨部门协作事项跟踪表（5月8日）', sent,
             '<2b0c8e31.5a44.19e06a3b1c7.Coremail.qiuming@gzcf.example.cn>',
             extra_before=[('X-Originating-IP', '[10.20.5.61]')],
             extra_after=[('X-Priority', '3'), ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20240801(9fd6b8b4)'),
                          ('MIME-Version', '1.0'), ('X-Coremail-Locale', 'zh_CN')])
    raw = message(tr(P_('邱明'), sent, 'webmail.gzcf.example.cn', '10.20.0.8', '4fLsZc3bQTz2'), h, mime)
    case(6003, 'collab-tracking-table-makeup-saturday', 'minutes', sent, raw, [
        I('邱明', '沙河工业园3号仓库出租挂牌', '2026-05-15', rule=('md', 5, 15)),
        I('刘晓燕', '存量公务车辆公开处置', '2026-05-09', rule=('md', 5, 9)),
        I('黄丽萍', '老旧门面房租金调整测算', None, flags=['vague_due']),
    ], {'date': '2026-05-15', 'time': '14:30'}, ('next', 4, '14:30'),
        notes="Seed 跨部门协作事项跟踪表 as a Coremail QP HTML table (plain part tab-separated). Sent Fri 2026-05-08. Row 1 is 已完成 -> not an item. AMBIGUOUS: the table has 责任人（发起方） and 责任人（协作方）; the initiating side's person is taken as owner and the 协作方 person as supporting (配合), so one item per row. Row 2 邱明 2026-05-15. Row 3 刘晓燕, '5月9日（周六，调休上班）' -> 2026-05-09 (make-up working Saturday, the day after sending). Row 4 黄丽萍, 待定 -> due null, vague_due. '下周五同一时间' with the meeting time given in the intro (5月8日14:30) -> Fri 2026-05-15 14:30.",
        summary='3 items (done row skipped, 1 vague); next 05-15 14:30',
        tests='seed 跨部门协作事项跟踪表 HTML table, 发起方/协作方 owners, 已完成 row, 待定, 下周五同一时间 with time from intro')

    # ---------------------------------------------------------------- 6004
    sent = T(2026, 6, 17, 18, 32, 5)
    body = """各部门、各项目公司：

6月17日下午，集团安全环保部组织召开"安全生产月"第三次工作推进会。现将会议主要精神和工作安排纪要如下：

一、会议通报了6月份安全检查发现的问题。共发现隐患23项，已整改17项，整改率73.9%。城南安置房项目脚手架连墙件缺失问题较为突出。

二、下步工作安排
会议明确：一是工程管理部谢文斌负责督促城南项目完成脚手架隐患整改，6月18日下班前将整改前后照片报安全环保部；二是端午假期值班表由综合办公室刘晓燕编排，今天下班前发各部门；三是资产运营部邱明负责组织出租物业消防设施检查，端午节后第一个工作日报送检查台账；四是各部门于本月底前完成"安全生产月"活动总结，报安全环保部。

三、有关要求
端午假期期间，各在建工地原则上停止动火作业，确需动火的须办理一级动火审批；各单位主要负责人要保持通讯畅通。

安全环保部
2026年6月17日

朱建军
安全环保部
"""
    html = html_from_text(body, '宋体').replace('charset=utf-8', 'charset=gbk')
    b = '----=_001_NextPart281734650166_=----'
    mime = multi('alternative', b, [text(body, 'GBK', 'base64'), text(html, 'GBK', 'base64', 'html')],
                 preamble='This is a multi-part message in MIME format.')
    to = [p('曾庆华'), p('谢文斌'), p('刘晓燕'), p('黄丽萍'), p('邱明'), p('赖春梅'), p('廖永红'), p('彭志远')]
    h = hdrs(p('朱建军'), to, [p('蓝海涛'), bot], '"安全生产月"第三次工作推进会会议纪要', sent,
             '<202606171832050161327@gzcf.example.cn>', cs='GBK',
             extra_after=[('X-Priority', '3'), ('X-GUID', '6E0B1F42-6B5C-4D2F-9C8E-1A1F2E3D4C5B'),
                          ('X-Has-Attach', 'no'), ('X-Mailer', 'Foxmail 7.2.25.375[cn]'), ('Mime-Version', '1.0')])
    raw = message(tr(P_('朱建军'), sent, 'ZHUJJ-PC', '10.20.7.15', '4fQ8Rk2mVbz9'), h, mime, crlf=True)
    case(6004, 'soe-yishi-ershi-dragonboat-foxmail-gbk', 'minutes', sent, raw, [
        I('谢文斌', '督促城南项目完成脚手架隐患整改，报送整改前后照片', '2026-06-18', rule=('md', 6, 18)),
        I('刘晓燕', '编排端午假期值班表并发各部门', '2026-06-17', rule=('rel', 0)),
        I('邱明', '组织出租物业消防设施检查，报送检查台账', '2026-06-22', rule=('after_holiday',)),
        I(None, '完成"安全生产月"活动总结，报安全环保部', '2026-06-30', flags=['no_owner'], rule=('month_end',)),
    ], None, None,
        notes="Foxmail GBK base64 (text + html). Sent Wed 2026-06-17, two days before Dragon Boat (Jun 19-21). The items sit in one run-on paragraph '会议明确：一是…；二是…；三是…；四是…' — here 一是/二是 introduce tasks (unlike pure requirement lists). 一是 谢文斌, '6月18日下班前' -> 2026-06-18 without a time (下班前 gives no time, like 今天下班前). 二是 刘晓燕, 今天下班前 -> send date 06-17, no time. 三是 邱明, 端午节后第一个工作日 -> Mon 2026-06-22. 四是 '各部门' is no one unit -> owner null, department null, no_owner; 本月底前 -> 06-30. 三、有关要求 is a standing rule. No next meeting.",
        summary='4 items (1 no_owner); next null',
        tests='一是…二是… run-on paragraph as items, 下班前 without time, 端午节后第一个工作日, 各部门 no_owner, Foxmail GBK')

    # ---------------------------------------------------------------- 6005
    sent = T(2026, 5, 14, 9, 12, 40)
    body = """曾部长、谢工：

转发赣建工程局的第19次工地例会纪要，已抄送纪要助手跟踪。其中第3条监理那边的数据请工程管理部尽快催一下，月底审计要用。

刘晓燕
综合办公室

________________________________
发件人: 罗建华 <luojh@gjgc.example.com>
发送时间: 2026年5月13日 18:40
收件人: 谢文斌 <xiewb@gzcf.example.cn>; 刘晓燕 <liuxiaoyan@gzcf.example.cn>
主题: 城南安置房二期第19次工地例会纪要

各位领导：

5月13日下午在项目部召开第19次工地例会，建设单位、监理单位、施工单位参加。纪要如下：

一、上周问题落实情况
5#楼外架连墙件已整改完毕（已完成）。

二、本周工作安排
1. 施工单位（罗建华）提交6#楼主体赶工计划及劳动力配置表，5月20日前报建设单位。
2. 建设单位工程管理部（谢工）组织5#楼主体结构中间验收，时间定于下周二。
3. 监理单位补充4月份监理月报中的混凝土试块检测数据，尽快。
4. 施工单位完成1#-4#楼外墙涂料样板，5月22日（周五）前报建设单位确认。

三、下次工地例会：5月20日（周三）下午3:00，项目部会议室。

赣建工程局城南项目部
罗建华 138 7970 2218
"""
    html = html_from_text(body, '等线')
    b = '----=_NextPart_000_0044_01DCE34B.1F7A9C60'
    mime = multi('alternative', b, [text(body, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')],
                 preamble='This is a multipart message in MIME format.')
    h = hdrs(p('刘晓燕'), [p('曾庆华'), p('谢文斌')], [p('钟国平'), bot], '转发: 城南安置房二期第19次工地例会纪要', sent,
             '<000901dce34b$1f7a9c60$5e6fd520$@gzcf.example.cn>',
             extra_after=[('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'),
                          ('Thread-Index', 'AdzjSxJ2VdS1n0BVRnO3vYmZl1gC9Q=='), ('Content-Language', 'zh-cn')])
    raw = message(tr(P_('刘晓燕'), sent, 'LIUXY-PC', '10.20.1.37', '4fMhB05s2Wz3'), h, mime, crlf=True)
    case(6005, 'forwarded-contractor-minutes-preface', 'minutes', sent, raw, [
        I('罗建华', '提交6#楼主体赶工计划及劳动力配置表', '2026-05-20', rule=('md', 5, 20)),
        I('谢文斌', '组织5#楼主体结构中间验收', '2026-05-19', rule=('next', 1)),
        I(None, '补充4月份监理月报中的混凝土试块检测数据', None, flags=['no_owner', 'vague_due']),
        I(None, '完成1#-4#楼外墙涂料样板，报建设单位确认', '2026-05-22', flags=['no_owner'], rule=('md', 5, 22)),
    ], {'date': '2026-05-20', 'time': '15:00'}, ('md', 5, 20, '15:00'),
        notes="Outlook UTF-8 QP '转发:' of a contractor's site-meeting minutes; the forwarder's preface (including '请工程管理部尽快催一下') is not an item, and the forwarded block below the Outlook 发件人/发送时间 header must be read, not stripped as a quote. Sent Thu 2026-05-14 (original Wed 05-13, same week, so 下周二 is Tue 2026-05-19 either way). 1 施工单位（罗建华）: person in brackets owns; 罗建华 is an outsider in the roster (department null). 2 '工程管理部（谢工）' -> 谢文斌 by alias. 3 监理单位 is not one of ours -> owner null, department null, 尽快 -> vague_due. 4 names only 施工单位 -> no_owner, department null. AMBIGUOUS: a reader could give 4 to 罗建华 as the contractor's project manager, but the line names a unit, so no_owner. '（已完成）' in 一、 is status. Next site meeting 5月20日 下午3:00 -> 2026-05-20 15:00.",
        summary='4 items (2 no_owner, 1 vague); next 05-20 15:00',
        tests='forward with preface, Outlook header block inside body, external owner, unit（person）, unit-only external owners')

    # ---------------------------------------------------------------- 6006
    sent = T(2026, 6, 8, 11, 5, 18)
    body = """赖部长、邱经理：

今天上午又碰了一次，新的安排如下（替代5月27日邮件里的分工）：
1. 财务部赖部长：6月12日前完成第二批安置房交付保障资金拨付审批。
2. 邱经理：周三前把物业前期介入费用预算表发给财务部。
3. 资产运营部：协调物业公司在交付前完成公共区域开荒保洁，月底前。

下次沟通：下周一上午10点，资产运营部会议室。

黄丽萍
资产运营部

发件人: 赖春梅 <laicm@gzcf.example.cn>
发送时间: 2026年5月27日 16:20
收件人: 黄丽萍 <huanglp@gzcf.example.cn>
抄送: 邱明 <qiuming@gzcf.example.cn>; 温志强 <wenzq@gzcf.example.cn>; 纪要助手 <jiyao@gzcf.example.cn>
主题: 城南棚改项目安置房交付资金拨付沟通

黄部长：

5月27日沟通纪要：
1. 资产运营部邱明：5月29日前提供首批交付房源清单。
2. 财务部温志强：6月3日前完成第一批资金拨付。
下次沟通时间：6月8日上午。

赖春梅
财务部
"""
    html = html_from_text(body, '等线')
    b = '----=_NextPart_000_0071_01DCF6E2.3C0D8A10'
    mime = multi('alternative', b, [text(body, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')],
                 preamble='This is a multipart message in MIME format.')
    h = hdrs(p('黄丽萍'), [p('赖春梅')], [p('邱明'), p('温志强'), bot], 'RE: 城南棚改项目安置房交付资金拨付沟通', sent,
             '<001b01dcf6e2$3c0d8a10$b4289e30$@gzcf.example.cn>',
             extra_after=[('In-Reply-To', '<000701dced9a$6e3b0d50$4ab127f0$@gzcf.example.cn>'),
                          ('References', '<000701dced9a$6e3b0d50$4ab127f0$@gzcf.example.cn>'),
                          ('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'),
                          ('Thread-Index', 'AdztmmfGw0+rhtsLRKqP1i0ehyKgwAJTFkBA'), ('Content-Language', 'zh-cn')])
    raw = message(tr(P_('黄丽萍'), sent, 'HUANGLP-NB', '10.20.5.20', '4fTq1M6yHkz7'), h, mime, crlf=True)
    case(6006, 're-thread-new-minutes-over-old', 'minutes', sent, raw, [
        I('赖春梅', '完成第二批安置房交付保障资金拨付审批', '2026-06-12', rule=('md', 6, 12)),
        I('邱明', '把物业前期介入费用预算表发给财务部', '2026-06-10', rule=('wd', 2)),
        I(None, '协调物业公司在交付前完成公共区域开荒保洁', '2026-06-30', flags=['no_owner'], dept='资产运营部', rule=('month_end',)),
    ], {'date': '2026-06-15', 'time': '10:00'}, ('next', 0, '10:00'),
        notes="New minutes written as 'RE:' in an old thread (Outlook UTF-8 base64, In-Reply-To set); the quoted 5月27日 minutes below the Outlook 发件人/发送时间 block are old items and an old 下次沟通时间, not extracted. Sent Mon 2026-06-08. 1 赖部长 = 赖春梅, 6月12日前 -> 06-12. 2 邱经理 = 邱明, 周三前 from a Monday -> this week's Wed 2026-06-10. 3 资产运营部 only -> no_owner, department 资产运营部, 月底前 -> 06-30. 下次沟通 下周一上午10点 -> 2026-06-15 10:00.",
        summary='3 items (1 unit-only); next 06-15 10:00',
        tests='new minutes in RE: over quoted old minutes; title aliases; 周三前; 下周一上午10点')

    # ---------------------------------------------------------------- 6007
    sent = T(2026, 5, 9, 12, 18, 2)
    body = """各位：
今天调休上班，上午工程例会定了几件事，纪要助手帮忙跟一下：
1、谢工周一前把城南二期赶工计划的审核意见发给赣建工程局。
2、肖婷3个工作日内提供产业园地块的红线图和规划条件。
3、月底前完成一季度工程结算审计资料整理，温志强负责。
下周例会照常。

曾庆华

发自网易邮箱大师
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' +
            ''.join('<div>%s</div>' % (l or '<br>') for l in body.strip().split('\n')[:-2]) +
            '</div><div><br></div><div style="font-size:12px;color:#999">发自网易邮箱大师</div></body></html>\n')
    b = '----=_Part_4e1b7c2a_1f3e_4d6a_9b2c_7a8e4f1d2c3b'
    mime = multi('alternative', b, [text(body, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')])
    h = hdrs(p('曾庆华'), [p('谢文斌'), p('肖婷'), p('温志强')], [bot], '今天上午工程例会几件事', sent,
             '<6a3f0e5c.1b2e.19e0b8d4c21.Coremail.zengqh@gzcf.example.cn>',
             extra_after=[('X-Mailer', 'MailMasterAndroid/7.21.3'), ('MIME-Version', '1.0')])
    raw = message(tr(P_('曾庆华'), sent, 'smtp.gzcf.example.cn', '117.44.212.9', '4fLt0y3TKnz6'), h, mime)
    case(6007, 'mailmaster-makeup-saturday-plain', 'minutes', sent, raw, [
        I('谢文斌', '把城南二期赶工计划的审核意见发给赣建工程局', '2026-05-11', rule=('wd', 0)),
        I('肖婷', '提供产业园地块的红线图和规划条件', '2026-05-13', rule=('workdays', 3)),
        I('温志强', '完成一季度工程结算审计资料整理', '2026-05-31', rule=('month_end',)),
    ], None, None,
        notes="Plain short minutes from 网易邮箱大师 (Android), UTF-8 base64, sent on Sat 2026-05-09, the Labour Day make-up working day. 1 谢工 = 谢文斌; 周一前 from a Saturday -> the coming Monday 2026-05-11. 2 3个工作日内 counted from Sun 05-10 (off): 05-11, 05-12, 05-13 -> 2026-05-13. 3 '…，温志强负责' owner after the task; 月底前 -> 2026-05-31 (a Sunday, kept as written). '下周例会照常' gives no day or time -> next_followup null (AMBIGUOUS: a reader who knows the weekly slot could fill it in, the mail does not).",
        summary='3 items; next null',
        tests='make-up Saturday send: 周一前, 3个工作日内 over a Sunday, 月底前; owner after task; vague 下周例会照常')

    # ---------------------------------------------------------------- 6033
    sent = T(2026, 7, 8, 16, 40, 26)
    body = """曾部长及各位：

今天下午两点半的碰头会纪要如下：
1、钟主任牵头，协调交警部门出具蓉江新区纵三路施工期临时交通疏解方案批复，7月10日前。
2、路灯杆件招标文件的合同条款由彭律师审核，下周一前反馈意见。
3、雨季施工应急预案由我修订，本周五前发给大家。
4、施工便道扬尘问题由安全环保部督促整改，尽快。

下周三同一时间再碰一次。

谢文斌
工程管理部 138 0797 5521
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' +
            ''.join('<p style="margin:0;">%s</p>' % (l or '<br>') for l in body.strip().split('\n')) +
            '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span></body></html>\n')
    b = '----=_Part_712093_1240516392.1783500026488'
    mime = multi('alternative', b, [text(body, 'UTF-8', 'base64'), text(html, 'UTF-8', 'base64', 'html')])
    h = hdrs(('谢文斌', 'xiewb1988@126.com'), [p('曾庆华'), p('钟国平'), p('彭志远')], [p('朱建军'), bot],
             '蓉江新区纵三路碰头会纪要', sent, '<3d5b1a27.6c0e.19f4a2b7d18.Coremail.xiewb1988@126.com>',
             extra_before=[('X-Originating-IP', '[117.44.198.23]')],
             extra_after=[('X-Priority', '3'), ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20240801(9fd6b8b4)'),
                          ('MIME-Version', '1.0'), ('X-CM-CTRLDATA', 'kXk1nWZvb3Rlcl9odG09MTg0Njo1Ng=='),
                          ('X-NTES-SC', 'AL_Qu2cAvSYuE0q5SSaYukfmk4aheY6W8C5v/gu2IBSN5FwjDHp2yoYVFJhFVD16f6DDy6skyW5TRtX2PhrbYVhe'),
                          ('X-CM-TRANSID', 'PSgvCgD3n_SWWm1oBqYXAA--.25120S2')])
    raw = message(trace('xiewb1988@126.com', bot[1], sent, 'm16.mail.126.com m16.mail.126.com', '220.181.15.28', MX, '4fX2pD1qLsz4'), h, mime)
    case(6033, '126-webmail-personal-address', 'minutes', sent, raw, [
        I('钟国平', '协调交警部门出具纵三路施工期临时交通疏解方案批复', '2026-07-10', rule=('md', 7, 10)),
        I('彭志远', '审核路灯杆件招标文件的合同条款并反馈意见', '2026-07-13', rule=('next', 0)),
        I('谢文斌', '修订雨季施工应急预案并发给大家', '2026-07-10', rule=('this', 4)),
        I(None, '督促整改施工便道扬尘问题', None, flags=['no_owner', 'vague_due'], dept='安全环保部'),
    ], {'date': '2026-07-15', 'time': '14:30'}, ('next', 2, '14:30'),
        notes="126.com webmail (Coremail) from the engineer's personal address, UTF-8 base64, so From is not a roster address; 谢文斌 is matched by display name. Sent Wed 2026-07-08. 1 钟主任牵头 -> 钟国平 owns, 7月10日前 -> 07-10. 2 彭律师 = 彭志远, 下周一前 -> 2026-07-13. 3 '由我修订' -> the writer 谢文斌 (signature), 本周五前 -> 07-10. 4 unit only -> no_owner, department 安全环保部, 尽快 -> vague_due. '下周三同一时间' with the meeting time in the first line (今天下午两点半) -> 2026-07-15 14:30.",
        summary='4 items (1 unit-only vague); next 07-15 14:30',
        tests='126 webmail personal From; 牵头 title alias; 我 = writer; 下周三同一时间 with time from text (两点半)')
