"""Cases of 安吉翠篁竹业有限公司 (cuihuang-bamboo.example.cn), a bamboo-flooring maker in Anji, and its customers."""
from h55_common import *
from h55_cases_jms import mso, outlook_html, OUTLOOK

EXMAIL = lambda mid: [('X-QQ-mid', mid), ('X-QQ-SSF', 'A1000000000000F0'), ('X-QQ-XMAILINFO', 'NDgxZGI5N2E5ZjQ0YjNlMjlkZGE1ZjZi'),
                      ('X-Mailer', 'QQMail 2.x'), ('X-QQ-FEAT', 'xb3E4h1u2Hf8e0O0x3tQ5KvUrJ8dFq')]

# ------------------------------------------------------------------ 8306
T = '''各位：
今天生产周例会纪要如下：

一、上周生产情况
碳化侧压竹地板完成3.2万平方米，计划完成率96%；平压本色板因热压机故障停机6小时。

二、本周工作安排
1. 仓储主管韦志远：本周三前把3号成品库腾出来，给德国单（Holzmann）的碳化板留
   备货位。
2. 阮工：热压机液压系统漏油的问题尽快处理，配件不够找采购俞晓燕协调。
3. 品质部褚工：4月20日前完成新批次竹片含水率抽检，并把检测记录上传
   到MES。
4. 5月份生产计划（含五一假期排班）本月底前排出，我负责。

三、其他
车间6S检查继续按周执行，各班组长周五交检查表。

下周一早上8:30原地开会。

钟毅
生产部
'''
html = html_wrap('<div style="font-size:10.5pt;font-family:宋体">' + text_to_html(T) + '</div>', 'GBK')
B = '----=_NextPart_661CB2E8_0A11F2C8_3F6E2B7D'
ent = multipart('alternative', B, [leaf(T, 'plain', 'gbk', 'base64', label='GBK'), leaf(html, 'html', 'gbk', 'base64', label='GBK')],
                preamble='This is a multi-part message in MIME format.')
eml = build('ch', frm=addr('zhongyi', cs='gbk', label='GBK'), to=alist([addr('weizhiyuan', cs='gbk', label='GBK'), addr('ruanzhiqiang', cs='gbk', label='GBK'), addr('chuhaibo', cs='gbk', label='GBK')]),
            cc=alist([addr('shenjianhua', cs='gbk', label='GBK'), addr('yuxiaoyan', cs='gbk', label='GBK'), '"minutes" <%s>' % BOT['ch']]),
            subject='生产周例会纪要 4.13', subj_cs='gbk', subj_label='GBK', date='Mon, 13 Apr 2026 17:42:08 +0800',
            mid='<202604131742080467213@cuihuang-bamboo.example.cn>', helo='ZHONGYI-PC', ip='192.168.10.23', qid='4ZrGq50mXQz6',
            extra=[('X-Priority', '3'), ('X-GUID', '661CB2E8-0A11-F2C8-3F6E-2B7D90A1C3E4'), ('X-Has-Attach', 'no'), ('X-Mailer', 'Foxmail 7.2.25.375[cn]')], entity=ent)
case(8306, 'ch-foxmail-gbk-production-wrapped-titles', 'minutes', eml, [
    it('weizhiyuan', '腾出3号成品库，给德国单的碳化板留备货位', '2026-04-15', ('wd', 2)),
    it('ruanzhiqiang', '处理热压机液压系统漏油问题', None, None, flags=['vague_due']),
    it('chuhaibo', '完成新批次竹片含水率抽检，并把检测记录上传到MES', '2026-04-20', ('abs', '2026-04-20')),
    it('zhongyi', '排出5月份生产计划（含五一假期排班）', '2026-04-30', ('monthend', None)),
], nf('2026-04-20', '08:30', ('nextwk', 0, '08:30')),
    notes='Foxmail GBK base64 weekly production minutes, sent Mon 2026-04-13. Owners written with titles: 仓储主管韦志远, 阮工 (= 阮志强), 品质部褚工 (= 褚海波); item 4 is owned by the writer (我负责 -> From 钟毅). '
          'Items 1 and 3 wrap onto a second line. 本周三前 -> 04-15; 尽快 -> vague_due; 4月20日前 -> 04-20; 本月底前 -> 04-30. 俞晓燕 is only the person to ask (配合), not an owner. '
          '各班组长周五交检查表 is a standing weekly rule, not an item. 下周一早上8:30 -> 04-20 08:30.',
    summary='4 items (韦志远 04-15; 阮志强 vague; 褚海波 04-20; 钟毅 04-30), next 04-20 08:30',
    tests='titles as owners (仓储主管X, 阮工, 褚工), 我负责 = sender, items wrapped over two lines, GBK')

# ------------------------------------------------------------------ 8307
rows = [['沟通编号', '沟通日期', '对方单位/联系人', '我方对接人', '沟通类型（客户/供应商/合作方）', '核心需求/反馈', '解决方案/进展', '下次沟通时间', '负责人'],
        ['EC2026-04-21', '2026-04-21', 'Holzmann Bodenbeläge GmbH/Klaus Weber', '外贸部/潘丽萍', '客户',
         '客户要求碳化竹地板甲醛释放量达到E0级，并希望首柜6月底前从宁波港发运',
         '①4月24日前寄送3个色号的碳化竹地板样板②品质部褚工5个工作日内出具第三方甲醛检测报告', '2026-04-28', '潘丽萍']]
txt = '\t'.join(rows[0]) + '\n' + '\t'.join(rows[1])
T = '''沈总、褚工：

今天下午和德国Holzmann的Klaus开了视频会，跟进表如下：

外部沟通跟进表
%s

样板请褚工从4月15日那批里挑，色差控制在ΔE≤1.5以内。

潘丽萍
外贸部 | 安吉翠篁竹业有限公司
''' % txt
p1, p2 = T.split(txt)
inner = mso(p1.rstrip('\n'), '微软雅黑') + html_table(rows) + mso(p2, '微软雅黑')
B = '----=_NextPart_000_0042_01DCD1A8.6C2E1F90'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'quoted-printable'), leaf(outlook_html(inner, 'utf-8'), 'html', 'utf-8', 'quoted-printable')],
                preamble='This is a multipart message in MIME format.')
eml = build('ch', frm=addr('panliping'), to=alist([addr('shenjianhua'), addr('chuhaibo')]), cc=addr('minutes', BOT['ch']),
            subject='Holzmann需求对接跟进（EC2026-04-21）', date='Tue, 21 Apr 2026 18:05:51 +0800',
            mid='<004201dcd1a8$6c2e1f90$4481a9b0$@cuihuang-bamboo.example.cn>', helo='LILYPAN-NB', ip='192.168.10.57', qid='4ZsL1d2Wb4z1',
            extra=OUTLOOK + [('Thread-Index', 'AdzRqGwuH5DmQ0sPRaGZ5fKzQ1Nw3g==')], entity=ent)
case(8307, 'ch-external-followup-table-qp', 'minutes', eml, [
    it('panliping', '寄送3个色号的碳化竹地板样板', '2026-04-24', ('abs', '2026-04-24')),
    it('chuhaibo', '出具第三方甲醛检测报告', '2026-04-28', ('workdays', 5)),
], nf('2026-04-28', None, ('abs', '2026-04-28')),
    notes='Seed 外部沟通跟进表 (customer row) in an Outlook UTF-8 QP HTML table, sent Tue 2026-04-21. ① names nobody, so the row\'s 负责人 潘丽萍 owns it: 4月24日前 -> 04-24. '
          '② 品质部褚工 -> 褚海波, 5个工作日内 from 04-22: 22,23,24,27,28 -> 04-28. The customer\'s wish (首柜6月底前发运) is in 核心需求 and not a task. '
          'The closing line about 色差 qualifies item ①, not a new item. 下次沟通时间 2026-04-28, no time.',
    summary='2 items (潘丽萍 04-24; 褚海波 04-28), next 04-28',
    tests='seed external follow-up table: row 负责人 owns unnamed ①, 5个工作日内, 下次沟通时间 column')

# ------------------------------------------------------------------ 8308
T = '''Hi Lily, hi Mr. Zhong,

thanks for the call this morning. My notes below =E2=80=93 please correct me if I missed anything.
'''.replace('=E2=80=93', '\u2013') + '''
Attendees: Lily Pan, Zhong Yi (Cuihuang), Anja Hoffmann, Klaus Weber (Holzmann)

Discussed
- Samples of the carbonised strand-woven boards arrived, colour 2 approved by our product team.
- E0 test report received, fine for us.
- Container 1 (2x40'HQ) ETD Ningbo target end of June.

Action items
1) Revised price list incl. colour 2 (FOB Ningbo)
   Owner: Lily
   Due: by Friday
2) Confirm production slot for container 1
   Owner: Mr. Zhong
   Due: EOD today (your time)
3) Booking request to our forwarder
   Owner: Klaus
   Due: 12 June
4) German installation guide =E2=80=93 translation check
   Owner: Anja
   Due: tbd

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Best regards
Klaus

--
Klaus Weber
Head of Purchasing
Holzmann Bodenbel=C3=A4ge GmbH
Industriestr. 14, 33602 Bielefeld, Germany
'''
T = T.replace('=E2=80=93', '\u2013').replace('=C3=A4', '\u00e4')
html = html_wrap('<div dir="auto" style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + text_to_html(T) + '</div>')
B = 'Apple-Mail=_6C3F1A2B-7D4E-4F50-9A61-B2C3D4E5F607'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'quoted-printable'), leaf(html, 'html', 'utf-8', 'quoted-printable')])
eml = build('ch', frm=addr('klausweber'), to=alist([addr('Lily Pan', E('panliping')), addr('Zhong Yi', E('zhongyi'))]),
            cc=alist([addr('Anja Hoffmann', 'a.hoffmann@holzmann-boden.example.de'), addr('minutes', BOT['ch'])]),
            subject='Call notes 3 June / container 1', date='Wed, 3 Jun 2026 09:12:40 +0200',
            mid='<6C3F1A2B-7D4E-4F50-9A61-B2C3D4E5F607@holzmann-boden.example.de>', helo='mail.holzmann-boden.example.de', ip='85.214.33.90', qid='4ZwR7y2Fh3z9',
            extra=[('X-Mailer', 'Apple Mail (2.3826.600.51.1.1)')], entity=ent)
case(8308, 'ch-english-owner-due-blocks-cest', 'minutes', eml, [
    it('panliping', 'Revised price list incl. colour 2 (FOB Ningbo)', '2026-06-05', ('wd', 4)),
    it('zhongyi', 'Confirm production slot for container 1', '2026-06-03', ('today', None)),
    it('klausweber', 'Booking request to the forwarder', '2026-06-12', ('abs', '2026-06-12')),
    it(None, 'German installation guide translation check', None, None, flags=['vague_due'], name='Anja Hoffmann', email_='a.hoffmann@holzmann-boden.example.de'),
], nf('2026-06-09', '16:00', ('tz', '2026-06-09 10:00', 2)),
    notes='The German customer writes the minutes (Apple Mail, UTF-8 QP) with Owner:/Due: blocks. Date 09:12 +0200 = Wed 2026-06-03 15:12 in Shanghai. '
          'Lily -> 潘丽萍 (alias); by Friday -> 06-05. Mr. Zhong -> 钟毅 (alias); EOD today (your time) -> 06-03, no time. Klaus -> Klaus Weber (roster, outsider, department null); 12 June -> 06-12. '
          'Anja is not in the roster: owner as written in Cc (Anja Hoffmann) with her Cc address, department null; tbd -> vague_due. '
          'Discussed bullets are facts. Next sync 10:00 CEST = 16:00 Asia/Shanghai on 06-09 (the text states it too).',
    summary='4 items (潘丽萍 06-05; 钟毅 06-03; Klaus Weber 06-12; Anja Hoffmann vague), next 06-09 16:00',
    tests='English Owner/Due blocks from a foreign customer, +0200 Date, EOD, tbd, outsider owners from Cc, CEST next sync')

# ------------------------------------------------------------------ 8309
docx = make_docx([
    ('h', '质量分析会会议纪要'),
    ('p', '会议时间：2026年5月7日 14:00-15:30'),
    ('p', '会议地点：品质部会议室'),
    ('p', '主持人：褚海波    记录：褚海波'),
    ('p', '参会人员：钟毅、阮志强、俞晓燕、韦志远'),
    ('p', '一、4月质量情况：出口批次一次交验合格率97.8%，国内批次99.1%。'),
    ('p', '二、问题及整改措施'),
    ('t', [['序号', '问题描述', '整改措施', '责任人', '完成时间', '状态'],
           ['1', '4月下旬出口批次表面漆膜起泡（客诉2起）', '排查UV漆固化能量，调整固化线速度', '褚海波', '5月9日前', '进行中'],
           ['2', '竹片含水率波动大', '干燥窑增加温湿度在线监测点', '阮志强', '下周二', '进行中'],
           ['3', '包装箱角破损', '更换五层瓦楞纸箱供应商', '俞晓燕', '本月底', '未开始'],
           ['4', '3月客诉退货板复检', '复检并出具复检报告', '褚海波', '4月30日', '已完成']]),
    ('p', '三、下次质量分析会：5月14日（周四）14:00，品质部会议室。'),
], title='质量分析会会议纪要', author='褚海波')
T = '''各位好：
5月7日质量分析会纪要见附件，请查收。如有异议今天下班前告诉我。

褚海波
品质部 | 安吉翠篁竹业有限公司
'''
html = html_wrap('<div><includetail><div style="font:Verdana normal 14px;color:#000;">' + text_to_html(T) + '</div></includetail></div>', 'utf-8')
B1 = '----=_NextPart_681C2E50_0B7A3D18_1F2E3A4B'
B2 = '----=_NextPart_681C2E50_0B7A3D18_5C6D7E8F'
alt = multipart('alternative', B2, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(html, 'html', 'utf-8', 'base64')])
ent = multipart('mixed', B1, [alt, binleaf(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '质量分析会纪要0507.docx', fn_enc='rfc2231')],
                preamble='This is a multi-part message in MIME format.')
eml = build('ch', frm=addr('chuhaibo'), to=alist([addr('zhongyi'), addr('ruanzhiqiang'), addr('yuxiaoyan'), addr('weizhiyuan')]),
            cc=addr('minutes', BOT['ch']), subject='5月7日质量分析会纪要', date='Thu, 7 May 2026 16:20:27 +0800',
            mid='<tencent_5E2F1A8B3C4D6E7F90A1B2C3D4E5F6A7B808@qq.com>', helo='smtpbg151.qq.com', ip='183.3.255.90', qid='4ZvW5c0NfLz3',
            extra=EXMAIL('bizesmtp62t1778142027tx8k2p1q'), entity=ent)
case(8309, 'ch-exmail-docx-attachment-quality', 'minutes', eml, [
    it('chuhaibo', '排查UV漆固化能量，调整固化线速度', '2026-05-09', ('abs', '2026-05-09')),
    it('ruanzhiqiang', '干燥窑增加温湿度在线监测点', '2026-05-12', ('nextwk', 1)),
    it('yuxiaoyan', '更换五层瓦楞纸箱供应商', '2026-05-31', ('monthend', None)),
], nf('2026-05-14', '14:00', ('abs', '2026-05-14', '14:00')),
    notes='Tencent Exmail, short body + .docx attachment (RFC 2231 filename) holding the minutes; a human reads the attachment. Sent Thu 2026-05-07. '
          'Table rows: 褚海波 5月9日前 -> Sat 05-09 (a make-up working day); 阮志强 下周二 -> 05-12; 俞晓燕 本月底 -> 05-31; row 4 已完成 is status, not an item. '
          'Task = the 整改措施 cell. 如有异议今天下班前告诉我 in the body is the objection window, not an item. 下次质量分析会 5月14日14:00 -> next_followup.',
    summary='3 items from the .docx (褚海波 05-09; 阮志强 05-12; 俞晓燕 05-31), next 05-14 14:00',
    tests='minutes only in a .docx attachment; done row; due on a make-up Saturday')

# ------------------------------------------------------------------ 8310
T = '''沈总、方会计：
上午在湖州经销商群里把返利和春季订货会的事对了一下，我整理的待办放在最前面，聊天记录贴在下面备查。

待办：
1. 明天把订货会邀请函终稿发给各经销商（我来）
2. 方会计下周一前核算一季度返利金额
3. 韦主管3个工作日内确认订货会样板间地板的出库时间

—————— 以下为聊天记录 ——————
湖州区域经销商群 的聊天记录

蒋梦琪 2026-05-09 10:02
各位老板，春季订货会定在5月16日，邀请函明天发给大家
吴建新（德清） 2026-05-09 10:05
返利什么时候能算出来？上季度的还没对账
蒋梦琪 2026-05-09 10:06
@方卫东 方会计下周一前能核完吧
方卫东 2026-05-09 10:08
可以，下周一前给到
沈建华 2026-05-09 10:11
样板间用新的碳化色，韦志远你那边确认下库存
韦志远 2026-05-09 10:15
收到，3个工作日内确认出库时间

蒋梦琪
国内销售部
'''
html = html_wrap('<div style="font-family:PingFang SC, Microsoft YaHei;font-size:14px">' + text_to_html(T) + '</div>')
B = '----=_Part_WXWORK_3d2f9c1e7a4b'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(html, 'html', 'utf-8', 'base64')])
eml = build('ch', frm=addr('jiangmengqi'), to=alist([addr('shenjianhua'), addr('fangweidong')]),
            cc=alist([addr('weizhiyuan'), addr('minutes', BOT['ch'])]), subject='湖州经销商沟通待办（5/9）', date='Sat, 9 May 2026 11:26:45 +0800',
            mid='<tencent_9C0D1E2F3A4B5C6D7E8F90A1B2C3D4E5F609@qq.com>', helo='smtpbg153.qq.com', ip='183.3.255.92', qid='4ZvZ0k3PqVz5',
            extra=[('X-QQ-mid', 'bizesmtp77t1778297205wxw2k4'), ('X-Mailer', 'WeCom Mail 4.1.38')], entity=ent)
case(8310, 'ch-wecom-chat-paste-makeup-saturday', 'minutes', eml, [
    it('jiangmengqi', '把订货会邀请函终稿发给各经销商', '2026-05-10', ('plus', 1)),
    it('fangweidong', '核算一季度返利金额', '2026-05-11', ('nextwk', 0)),
    it('weizhiyuan', '确认订货会样板间地板的出库时间', '2026-05-13', ('workdays', 3)),
], None,
    notes='企业微信 mail, sent Sat 2026-05-09 (a Labour Day make-up working day). The writer\'s own 待办 list is the minutes; the pasted group chat below restates the same three things and is not extracted again. '
          '1 (我来) -> the sender 蒋梦琪; 明天 -> Sun 05-10 (literal date, even though not a working day). 2 方会计 -> 方卫东, 下周一前 -> 05-11. '
          '3 韦主管 -> 韦志远, 3个工作日内 from 05-10: 10 (Sunday, off), 11, 12, 13 -> 05-13. The 订货会 on 05-16 is an event, not a next follow-up meeting -> null (AMBIGUOUS: a reader might take it as the next meeting; we do not).',
    summary='3 items (蒋梦琪 05-10; 方卫东 05-11; 韦志远 05-13), no next',
    tests='chat paste restating the list, sent on a make-up Saturday: 明天=Sunday, 3个工作日内 skips Sunday, 我来 = sender')

# ------------------------------------------------------------------ 8311
T = '''潘經理 您好：

今日視訊會議紀錄如下，請參閱。

會議日期：2026年5月11日（週一）
與會人員：宏林建材 林淑芬、陳志明；翠篁竹業 潘麗萍、褚海波

一、討論事項
1. 貴司新推出之碳化竹地板，本公司擬於台中門市試賣。
2. 台灣CNS甲醛標準與歐盟不同，需另提供檢測報告。

二、待辦事項
1. 貴司潘經理於5/15前寄送碳化色系色卡（各色兩份）至台中門市。
2. 貴司品保褚先生於5/22前提供符合CNS標準之甲醛檢測報告。
3. 本公司（林淑芬）於5/20前確認首批訂單數量及交期。
4. 雙方就海運併櫃方式再行研議，時間待定。

三、下次會議：5月18日（週一）下午2點，視訊。

敬祝 商祺

林淑芬 Sophie Lin
宏林建材股份有限公司 採購部
TEL: +886-4-2358-1627
'''
inner = mso(T, '新細明體').replace('lang=ZH-CN', 'lang=ZH-TW')
B = '----=_NextPart_000_0019_01DCE0F2.7A3B4C50'
ent = multipart('alternative', B, [leaf(T, 'plain', 'big5', 'quoted-printable'), leaf(outlook_html(inner, 'big5').replace('lang=ZH-CN', 'lang=ZH-TW').replace('等线', 'PMingLiU'), 'html', 'big5', 'quoted-printable')],
                preamble='This is a multipart message in MIME format.')
eml = build('ch', frm=addr('linshufen', cs='big5'), to=addr('潘麗萍', E('panliping'), cs='big5'),
            cc=alist([addr('褚海波', E('chuhaibo'), cs='big5'), addr('陳志明', 'cmchen@honglin-bm.example.com.tw', cs='big5'), addr('minutes', BOT['ch'])]),
            subject='會議紀錄 - 碳化竹地板試賣（5/11）', subj_cs='big5', date='Mon, 11 May 2026 14:30:12 +0800',
            mid='<001901dce0f2$7a3b4c50$6eb2e4f0$@honglin-bm.example.com.tw>', helo='mail.honglin-bm.example.com.tw', ip='61.220.41.18', qid='4ZvbX81KdJz2',
            extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'zh-tw'), ('Thread-Index', 'AdzgznYZ5nKwP3hVQjyqZ2mQ6l8N0w==')], entity=ent)
case(8311, 'ch-taiwan-customer-big5-minutes', 'minutes', eml, [
    it('panliping', '寄送碳化色系色卡（各色兩份）至台中門市', '2026-05-15', ('abs', '2026-05-15')),
    it('chuhaibo', '提供符合CNS標準之甲醛檢測報告', '2026-05-22', ('abs', '2026-05-22')),
    it('linshufen', '確認首批訂單數量及交期', '2026-05-20', ('abs', '2026-05-20')),
    it(None, '就海運併櫃方式再行研議', None, None, flags=['vague_due']),
], nf('2026-05-18', '14:00', ('abs', '2026-05-18', '14:00')),
    notes='A Taiwanese customer writes the minutes in traditional Chinese (Outlook zh-TW, big5 quoted-printable, big5 RFC 2047 names). Sent Mon 2026-05-11. '
          '貴司潘經理 -> 潘丽萍 (alias 潘經理; canonical roster name in simplified characters); 5/15前 -> 05-15. 品保褚先生 -> 褚海波 (alias); 5/22前 -> 05-22. '
          '本公司（林淑芬） -> 林淑芬 (roster outsider, department null); 5/20前 -> 05-20. 雙方 …時間待定 -> no_owner + vague_due, department null. 討論事項 are facts. '
          '下次會議 5月18日下午2點 -> 05-18 14:00.',
    summary='4 items (潘丽萍 05-15; 褚海波 05-22; 林淑芬 05-20; 双方 no_owner vague), next 05-18 14:00',
    tests='big5 traditional-Chinese minutes from a customer, 貴司/本公司 owners, M/D前 dates, 雙方 no_owner')

# ------------------------------------------------------------------ 8312
T = '''各位：
本周跨部门协作事项跟踪表更新如下（从Excel直接贴的，格式可能有点乱）：

跨部门协作事项跟踪表（更新至6月12日）
序号\t事项名称\t发起部门\t协作部门\t责任人(发起方)\t责任人(协作方)\t计划开始时间\t计划完成时间\t实际完成时间\t进展情况\t风险点及应对措施
1\tUV漆供应商切换\t采购部\t品质部\t俞晓燕\t褚海波\t5月11日\t6月5日\t6月4日\t已完成\t无
2\t五层瓦楞纸箱新供应商打样\t采购部\t仓储物流部\t俞晓燕\t韦志远\t5月18日\t6月18日\t\t进行中\t样箱抗压测试未过，需二次打样
3\t干燥窑温湿度监测点加装\t设备部\t生产部\t阮志强\t钟毅\t5月12日\t6月26日\t\t延期\t原定6月10日，传感器到货延迟顺延
4\t竹材收购价格联动机制\t采购部\t财务部\t俞晓燕\t方卫东\t6月8日\t待定\t\t进行中\t需沈总拍板
5\tERP物料编码清理\t财务部\t采购部\t方卫东\t俞晓燕\t6月1日\t6月30日\t\t进行中\t

请各位责任人端午节前更新一下进展。

俞晓燕
采购部
发自网易邮箱大师
'''
ent = leaf(T, 'plain', 'utf-8', 'base64')
eml = build('ch', frm=addr('yuxiaoyan'), to=alist([addr('chuhaibo'), addr('weizhiyuan'), addr('ruanzhiqiang'), addr('zhongyi'), addr('fangweidong')]),
            cc=alist([addr('shenjianhua'), addr('minutes', BOT['ch'])]), subject='跨部门协作事项跟踪表（6月12日更新）', date='Fri, 12 Jun 2026 16:55:03 +0800',
            mid='<6b1c2d3e.1a2b.19764f0a1b2.Coremail.yuxiaoyan@cuihuang-bamboo.example.cn>', helo='smtpbg-mm.example.163.com', ip='123.126.97.4', qid='4ZxJ2r4TnYz7',
            extra=[('X-Mailer', 'NetEase Mail Master 5.3.2'), ('X-NTES-SC', 'AL_Qu2cBfqdt0kp5CKbZekfn0kXgOs7W8q2vPgv2YRWP5k0rCDr9g')], entity=ent)
case(8312, 'ch-collab-tracking-tsv-mailmaster', 'minutes', eml, [
    it('yuxiaoyan', '五层瓦楞纸箱新供应商打样', '2026-06-18', ('abs', '2026-06-18')),
    it('ruanzhiqiang', '干燥窑温湿度监测点加装', '2026-06-26', ('abs', '2026-06-26')),
    it('yuxiaoyan', '竹材收购价格联动机制', None, None, flags=['vague_due']),
    it('fangweidong', 'ERP物料编码清理', '2026-06-30', ('abs', '2026-06-30')),
], None,
    notes='Seed 跨部门协作事项跟踪表 pasted from Excel as tab-separated text (NetEase Mail Master, plain UTF-8 base64), sent Fri 2026-06-12. '
          'Owner = 责任人(发起方); 责任人(协作方) is the 配合 side and never an owner (convention, see README). Due = 计划完成时间. Row 1 已完成 (with 实际完成时间) is excluded. '
          'Row 3 延期: the 计划完成时间 6月26日 is the current plan (原定6月10日 in 风险点 is history). Row 4 待定 -> vague_due. '
          '请各位责任人端午节前更新一下进展 is a request about the tracker, not an item. No next meeting.',
    summary='4 items (俞晓燕 06-18; 阮志强 06-26; 俞晓燕 vague; 方卫东 06-30), no next',
    tests='seed 跨部门协作事项跟踪表 as TSV: 发起方 owner, 协作方 not, done row, 延期 row, 待定')

# ------------------------------------------------------------------ 8313
NEW = '''各位，
今天（6/23）上午10点的产销协调会纪要，接着在这个邮件里发：

1. 德国第二柜的竹片原料缺口约40立方，俞晓燕6月30日前落实补货；
2. 3号成品库周转区地坪修补，韦志远本周四前完成；
3. 杭州精装项目的工程报价单，蒋梦琪下周一给到客户。

下周二同一时间继续。

钟毅
'''
OLD = '''
________________________________
发件人: 钟毅 <zhongyi@cuihuang-bamboo.example.cn>
发送时间: 2026年6月16日 12:02
收件人: 沈建华 <shenjianhua@cuihuang-bamboo.example.cn>; 俞晓燕 <yuxiaoyan@cuihuang-bamboo.example.cn>; 韦志远 <weizhiyuan@cuihuang-bamboo.example.cn>; 蒋梦琪 <jiangmengqi@cuihuang-bamboo.example.cn>
抄送: minutes <minutes@cuihuang-bamboo.example.cn>
主题: 6月16日产销协调会纪要

各位，
今天产销协调会纪要：
1. 德国首柜6月26日出运，韦志远6月24日前完成装柜前检验；
2. 俞晓燕6月19日前确认竹片原料到货。
下周二同一时间继续。

钟毅
'''
T = NEW + OLD
inner = mso(NEW, '微软雅黑') + '<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>' + mso(OLD.strip('\n').replace('________________________________\n', ''), '微软雅黑') + '</div>'
B = '----=_NextPart_000_0058_01DCE2C4.1E7F6A20'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(outlook_html(inner, 'utf-8'), 'html', 'utf-8', 'base64')],
                preamble='This is a multipart message in MIME format.')
eml = build('ch', frm=addr('zhongyi'), to=alist([addr('shenjianhua'), addr('yuxiaoyan'), addr('weizhiyuan'), addr('jiangmengqi')]),
            cc=addr('minutes', BOT['ch']), subject='RE: 6月16日产销协调会纪要', date='Tue, 23 Jun 2026 11:40:19 +0800',
            mid='<005801dce2c4$1e7f6a20$5b7e3e60$@cuihuang-bamboo.example.cn>', helo='ZHONGYI-PC', ip='192.168.10.23', qid='4ZyF0m7ZtPz1',
            extra=OUTLOOK + [('In-Reply-To', '<003c01dcdd2f$a1b2c3d4$e5f60718$@cuihuang-bamboo.example.cn>'),
                             ('References', '<003c01dcdd2f$a1b2c3d4$e5f60718$@cuihuang-bamboo.example.cn>'),
                             ('Thread-Topic', '6月16日产销协调会纪要'), ('Thread-Index', 'AQHc3S+hssPU5fYHGA6/w4z9ZkP2qrFqzKvA')], entity=ent)
case(8313, 'ch-outlook-re-thread-new-minutes', 'minutes', eml, [
    it('yuxiaoyan', '落实德国第二柜竹片原料缺口（约40立方）的补货', '2026-06-30', ('abs', '2026-06-30')),
    it('weizhiyuan', '完成3号成品库周转区地坪修补', '2026-06-25', ('wd', 3)),
    it('jiangmengqi', '把杭州精装项目的工程报价单给到客户', '2026-06-29', ('nextwk', 0)),
], nf('2026-06-30', '10:00', ('nextwk', 1, '10:00')),
    notes='New minutes sent as an Outlook "RE:" in the thread of last week\'s minutes, Tue 2026-06-23 (first Tuesday after Dragon Boat). Only the new text counts; the quoted 6月16日 minutes under Outlook\'s 发件人/发送时间 block are old and not extracted. '
          '俞晓燕 6月30日前 -> 06-30; 韦志远 本周四前 -> 06-25; 蒋梦琪 下周一 -> 06-29. 下周二同一时间 -> 06-30 at the meeting time stated in the text (上午10点) -> 10:00.',
    summary='3 items (俞晓燕 06-30; 韦志远 06-25; 蒋梦琪 06-29), next 06-30 10:00',
    tests='new minutes as RE: in an old thread with quoted old minutes; 同一时间 from the text')

# ------------------------------------------------------------------ 8314
T = '''几件事记一下：
1、节后第一个工作日，钟毅把下半年产能扩建的设备清单报上来
2、方会计3个工作日内把上半年各客户回款情况汇总给我
3、潘经理今天下班前把德国柜的提单草稿确认掉
其余按原计划，端午大家注意安全。

发自我的iPhone
'''
ent = leaf(T, 'plain', 'utf-8', 'base64')
eml = build('ch', frm=addr('shenjianhua'), to=alist([addr('zhongyi'), addr('fangweidong'), addr('panliping')]),
            cc=addr('minutes', BOT['ch']), subject='中午碰头会', date='Thu, 18 Jun 2026 12:10:33 +0800',
            mid='<8E1F2A3B-4C5D-4E6F-8A7B-9C0D1E2F3A4B@cuihuang-bamboo.example.cn>', helo='smtpbg154.qq.com', ip='183.3.255.93', qid='4ZxQ8t2LsMz4',
            extra=[('X-Mailer', 'iPhone Mail (23F79)'), ('X-QQ-mid', 'bizesmtp81t1781755833ip6q')], entity=ent)
case(8314, 'ch-iphone-short-minutes-duanwu-eve', 'minutes', eml, [
    it('zhongyi', '报下半年产能扩建的设备清单', '2026-06-22', ('after_holiday', None)),
    it('fangweidong', '汇总上半年各客户回款情况', '2026-06-24', ('workdays', 3)),
    it('panliping', '确认德国柜的提单草稿', '2026-06-18', ('today', None)),
], None,
    notes='The general manager\'s three-line minutes from iPhone Mail (plain UTF-8 base64), sent Thu 2026-06-18, the day before Dragon Boat (06-19..06-21). Plain, common mail. '
          '节后第一个工作日 -> Mon 06-22. 方会计 -> 方卫东, 3个工作日内 from 06-19: 19/20/21 off, 22, 23, 24 -> 06-24. 潘经理 -> 潘丽萍, 今天下班前 -> 06-18, no time. No next meeting.',
    summary='3 items (钟毅 06-22; 方卫东 06-24; 潘丽萍 06-18), no next',
    tests='short iPhone minutes on the eve of Dragon Boat: 节后第一个工作日, 3个工作日内 across the holiday, 今天下班前')

# ------------------------------------------------------------------ 8330
T = '''经销商返利政策调整专题会纪要

时间：5月29日（周五）下午3点
参会：沈总、蒋梦琪、方卫东、潘丽萍

会议决定：
2026年下半年起，湖州、嘉兴区域经销商返利点数由3%调整为3.5%，自7月1日起执行。

待落实事项：
1. 由沈总牵头，蒋梦琪、方卫东配合，6月5日前出台经销商返利政策调整方案（正式文件）。
2. 方卫东本月底前完成1-5月返利预提的账务调整。
3. 蒋梦琪6月1日上午10点前把调整通知发到各经销商群。

下次会议时间另行通知。

蒋梦琪
国内销售部
'''
html = html_wrap('<div style="font-family:PingFang SC, Microsoft YaHei;font-size:14px">' + text_to_html(T) + '</div>')
B = '----=_Part_WXWORK_8a1b6e2f90c3'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'quoted-printable'), leaf(html, 'html', 'utf-8', 'quoted-printable')])
eml = build('ch', frm=addr('jiangmengqi'), to=alist([addr('shenjianhua'), addr('fangweidong'), addr('panliping')]),
            cc=addr('minutes', BOT['ch']), subject='经销商返利政策调整专题会纪要', date='Fri, 29 May 2026 18:20:14 +0800',
            mid='<tencent_1A2B3C4D5E6F708192A3B4C5D6E7F8091A0B@qq.com>', helo='smtpbg153.qq.com', ip='183.3.255.92', qid='4ZwH6s9QbRz8',
            extra=[('X-QQ-mid', 'bizesmtp90t1780050014wxw7m1'), ('X-Mailer', 'WeCom Mail 4.1.38')], entity=ent)
case(8330, 'ch-wecom-qiantou-peihe-no-next', 'minutes', eml, [
    it('shenjianhua', '出台经销商返利政策调整方案（正式文件）', '2026-06-05', ('abs', '2026-06-05')),
    it('fangweidong', '完成1-5月返利预提的账务调整', '2026-05-31', ('monthend', None)),
    it('jiangmengqi', '把返利调整通知发到各经销商群', '2026-06-01', ('abs', '2026-06-01', '10:00'), time='10:00'),
], None,
    notes='企业微信 mail (UTF-8 QP), sent Fri 2026-05-29. 会议决定 (返利点数 3%->3.5%, 自7月1日起) is a decision, not an item. '
          '1: 由沈总牵头，蒋梦琪、方卫东配合 -> owner 沈建华 only; the 配合 names are neither owners nor extra items. 6月5日前 -> 06-05. '
          '2: 本月底前 -> 05-31 (a Sunday; kept). 3: 6月1日上午10点前 -> 06-01 10:00. 下次会议时间另行通知 -> null.',
    summary='3 items (沈建华 06-05; 方卫东 05-31; 蒋梦琪 06-01 10:00), no next',
    tests='X牵头 + Y、Z配合 (one owner), decision line with a date, 本月底 on a Sunday, 上午10点前, 另行通知')

# ------------------------------------------------------------------ 8334
T = '''各位：
德国Holzmann的Klaus想下周开个视频会，对一下第二柜的生产和订舱情况。下周三（7/1）下午还是周四（7/2）上午？大家看下哪个时间方便，今天下班前回我一下，我再跟客户约。

钟厂长那边如果能带上排产表最好。

潘丽萍
外贸部 | 安吉翠篁竹业有限公司
'''
inner = mso(T, '微软雅黑')
B = '----=_NextPart_000_0061_01DCE36B.2F4A5C80'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(outlook_html(inner, 'utf-8'), 'html', 'utf-8', 'base64')],
                preamble='This is a multipart message in MIME format.')
eml = build('ch', frm=addr('panliping'), to=alist([addr('zhongyi'), addr('chuhaibo'), addr('yuxiaoyan')]),
            cc=addr('minutes', BOT['ch']), subject='下周和Holzmann视频会时间？', date='Wed, 24 Jun 2026 09:30:48 +0800',
            mid='<006101dce36b$2f4a5c80$8dde1580$@cuihuang-bamboo.example.cn>', helo='LILYPAN-NB', ip='192.168.10.57', qid='4ZyG3n1ZxKz6',
            extra=OUTLOOK + [('Thread-Index', 'AdzjaytKXICK3hXTTi2gQ0d9Jf4Wbw==')], entity=ent)
case(8334, 'ch-other-scheduling-question', 'other', eml, [], None,
    notes='Outlook mail asking colleagues which slot suits a meeting next week (下周三下午还是周四上午), with a reply-by (今天下班前). No meeting has taken place and nothing is decided: kind other, no items, and no next_followup (the time is not fixed).',
    summary='other, no items', tests='meeting-scheduling discussion: dates and a deadline but not minutes')

# ------------------------------------------------------------------ 8336
T = '''竹产业资讯 | 2026年第7期

【行业动态】
1. 国家林草局发布《关于加快推进竹材“以竹代塑”应用的指导意见》，提出到2027年培育一批以竹代塑龙头企业。
2. 6月份我国竹地板出口额同比增长8.6%，欧盟市场回暖明显。

【活动通知】
第十届中国竹产业博览会将于9月在安吉举办。请有意参展的会员单位于7月31日前提交参展回执，负责人：协会会展部。
①展位预订：7月20日前；②会刊广告：7月25日前；③参展商证件办理：8月10日前。

【标准动态】
《竹地板甲醛释放量分级》团体标准征求意见，反馈截止时间：8月15日。

————————————
本邮件由竹产业信息服务平台自动发送，请勿直接回复。
如不想再收到此类邮件，请点击退订：https://news.bamboo-industry.example.org/unsub?u=8d1f2a
'''
html = html_wrap('<table width="640" align="center" style="font-family:Microsoft YaHei"><tr><td>' + text_to_html(T) + '</td></tr></table>')
B = '=_edm_5f1a2b3c4d5e6f70'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(html, 'html', 'utf-8', 'base64')])
eml = build('ch', frm=addr('竹产业资讯', 'news@bamboo-industry.example.org'), to=BOT['ch'],
            subject='竹产业资讯 | 2026年第7期：竹博会参展通知', date='Mon, 13 Jul 2026 10:00:02 +0800',
            mid='<20260713020002.edm.5f1a2b3c@bamboo-industry.example.org>', mailfrom='bounce-8d1f2a@edm.bamboo-industry.example.org',
            helo='edm.bamboo-industry.example.org', ip='120.55.12.201', qid='4ZyXv9Q3cTz2',
            extra=[('Precedence', 'bulk'), ('List-Id', '<zhuchanye-news.bamboo-industry.example.org>'),
                   ('List-Unsubscribe', '<https://news.bamboo-industry.example.org/unsub?u=8d1f2a>, <mailto:unsub-8d1f2a@bamboo-industry.example.org>'),
                   ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-Mailer', 'EDM Sender 3.2')], entity=ent)
case(8336, 'ch-auto-bulk-industry-newsletter', 'auto', eml, [], None,
    notes='Industry-association newsletter sent in bulk (Precedence: bulk, List-Id, List-Unsubscribe one-click, bounce envelope). Its body has ①②③ with 前 dates and 负责人 but it is bulk mail no person wrote to us: kind auto, no items.',
    summary='auto (bulk newsletter)', tests='bulk newsletter with ①②③ deadlines and 负责人')
