"""Cases of 佳木斯市市场监督管理局 (jmsamr.example.gov.cn): formal government minutes."""
from h55_common import *

def mso(text, font='宋体'):
    ps = []
    for l in text.split('\n'):
        if l.strip():
            ps.append('<p class=MsoNormal><span style=\'font-family:%s\'>%s<o:p></o:p></span></p>' % (font, esc(l)))
        else:
            ps.append('<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>')
    return '\n'.join(ps)

def outlook_html(inner, cs):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}--></style></head>'
            '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'text-align-justify\'>'
            '<div class=WordSection1>\n%s\n</div></body></html>\n' % (cs, inner))

OUTLOOK = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'zh-cn')]
COREMAIL = lambda ip, tid: [('X-Priority', '3'), ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)'),
                            ('X-Originating-IP', '[%s]' % ip), ('X-Coremail-Locale', 'zh_CN'), ('X-CM-TRANSID', tid)]

# ------------------------------------------------------------------ 8301
T = '''各位领导、各科室：

现将4月2日局长办公会议纪要印发如下，请遵照执行。

佳木斯市市场监督管理局
局长办公会议纪要
〔2026〕第12期

会议时间：2026年4月2日（星期四）上午9:00
会议地点：局机关三楼会议室
主持人：于海涛
参会人员：孙立军、曲晓丽、关振宇、邢雪、谭国庆、郝佳
记录人：鲍文静

会议听取了特种设备科关于一季度电梯维保质量抽查情况的汇报，研究部署了清明节期间有关工作。现纪要如下：

一、会议认为，一季度全市电梯维保质量总体平稳，但老旧小区电梯故障率仍然偏高，各科室要高度重视。

二、会议议定事项
一是开展老旧小区电梯安全隐患排查。由特种设备科负责（关振宇牵头），对全市2005年以前投用的住宅电梯逐台建档，4月10日前报送排查方案。
二是做好清明节期间食品安全保障。由食品生产科负责，对祭扫用品及节令食品生产企业开展监督检查，节后第一个工作日报送检查情况。
三是完善局机关值班值守制度。由办公室负责，本月底前修订印发《节假日值班工作规定》。

三、会议要求，各科室要严格落实节假日值班带班制度，值班人员须24小时保持通讯畅通。

下次局长办公会：4月9日（周四）上午9:00。

佳木斯市市场监督管理局办公室
2026年4月2日
'''
B = '----=_NextPart_000_0011_01DCC25A.3E8F2D10'
ent = multipart('alternative', B, [leaf(T, 'plain', 'gb2312', 'base64'),
                                    leaf(outlook_html(mso(T), 'gb2312'), 'html', 'gb2312', 'base64')],
                preamble='This is a multipart message in MIME format.')
eml = build('jms', frm=addr('baowenjing', cs='gb2312'), to=alist([addr('guanzhenyu', cs='gb2312'), addr('quxiaoli', cs='gb2312'), addr('sunlijun', cs='gb2312')]),
            cc=alist([addr('yuhaitao', cs='gb2312'), addr('纪要助手', BOT['jms'], cs='gb2312')]),
            subject='局长办公会议纪要〔2026〕第12期', subj_cs='gb2312', date='Thu, 2 Apr 2026 16:35:12 +0800',
            mid='<001101dcc25a$3e8f2d10$bbad8730$@jmsamr.example.gov.cn>', helo='BAOWJ-PC', ip='10.23.4.61', qid='4ZmK2q3T1vz1',
            extra=OUTLOOK + [('Thread-Index', 'AdzCWj5Pr0l9v2sQTz6Cxk7bH1Qw8A==')], entity=ent)
case(8301, 'jms-director-meeting-yishi-gb2312', 'minutes', eml, [
    it('guanzhenyu', '开展老旧小区电梯安全隐患排查，逐台建档并报送排查方案', '2026-04-10', ('abs', '2026-04-10')),
    it(None, '对祭扫用品及节令食品生产企业开展监督检查并报送检查情况', '2026-04-07', ('after_holiday', None), dept='食品生产科'),
    it(None, '修订印发《节假日值班工作规定》', '2026-04-30', ('monthend', None), dept='办公室'),
], nf('2026-04-09', '09:00', ('abs', '2026-04-09', '09:00')),
    notes='Formal 局长办公会议纪要 (Outlook zh-CN, gb2312 base64, multipart/alternative), sent Thu 2026-04-02. 一是/二是/三是 under 会议议定事项 are the items. '
          '一是: 由特种设备科负责（关振宇牵头）-> the person who 牵头 owns it: 关振宇, 4月10日前 -> 04-10. 二是: unit only (食品生产科) -> no_owner, 节后第一个工作日 = first working day after Qingming (04-04..04-06) = Tue 04-07. '
          '三是: 办公室 only -> no_owner, 本月底前 -> 04-30. 会议认为 (a finding) and 会议要求 (standing rule, 24小时保持通讯畅通) are not items. 下次局长办公会 4月9日上午9:00 -> next_followup.',
    summary='3 items (关振宇 04-10; 食品生产科 no_owner 04-07; 办公室 no_owner 04-30), next 04-09 09:00',
    tests='一是/二是/三是 gov minutes, 牵头 in brackets after unit, 节后第一个工作日 over Qingming, unit-only owners, gb2312 label')

# ------------------------------------------------------------------ 8302
rows = [['序号', '工作任务', '责任单位', '完成时限', '备注'],
        ['1', '制定电梯安全专项检查工作方案，报局领导审定', '特种设备科（主责）、综合执法支队（配合）', '4月17日前', ''],
        ['2', '对投诉集中的12个住宅小区开展联合检查', '综合执法支队谭国庆牵头，特种设备科、投诉举报中心配合', '4月30日前', '检查结果纳入月度通报'],
        ['3', '梳理近两年电梯困人投诉件，建立问题台账', '投诉举报中心（郝佳）', '5个工作日内', ''],
        ['4', '约谈维保质量排名后5位的维保单位', '特种设备科（朴成哲）', '待定', '视联合检查结果确定'],
        ['5', '向市住建局通报老旧小区加装电梯验收问题', '办公室', '4月13日', '已完成，已函告']]
txt_rows = '\n'.join('\t'.join(r) for r in rows)
T = '''各位：

今天上午召开了电梯安全专项检查工作协调会，于局出席。会议议定的任务分工如下表，请各单位抓紧落实。

%s

请各责任单位每周五下班前将工作进展报特种设备科汇总。

下周二（4月21日）上午9:30在三楼会议室召开调度会，听取各单位进展。

关振宇
特种设备安全监察科
电话：0454-8261702
''' % txt_rows
H1 = T.split(txt_rows)
inner = text_to_html(H1[0].rstrip('\n')) + '\n' + html_table(rows) + '\n' + text_to_html(H1[1])
B = '----=_NextPart_000_0027_01DCCBE1.90A4B6C0'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'quoted-printable'),
                                    leaf(outlook_html(inner, 'utf-8'), 'html', 'utf-8', 'quoted-printable')],
                preamble='This is a multipart message in MIME format.')
eml = build('jms', frm=addr('guanzhenyu'), to=alist([addr('tanguoqing'), addr('haojia'), addr('piaochengzhe'), addr('sunlijun')]),
            cc=alist([addr('yuhaitao'), addr('纪要助手', BOT['jms'])]), subject='电梯安全专项检查工作协调会任务分工',
            date='Tue, 14 Apr 2026 10:20:33 +0800', mid='<002701dccbe1$90a4b6c0$b1ee2440$@jmsamr.example.gov.cn>',
            helo='GUANZY-PC', ip='10.23.4.27', qid='4ZrT8h0Yq2z3', extra=OUTLOOK + [('Thread-Index', 'AdzL4ZCkzB7w3kVnQ0mM2m3TtC1Y2w==')], entity=ent)
case(8302, 'jms-elevator-task-table-zhuze-peihe', 'minutes', eml, [
    it(None, '制定电梯安全专项检查工作方案，报局领导审定', '2026-04-17', ('abs', '2026-04-17'), dept='特种设备科'),
    it('tanguoqing', '对投诉集中的12个住宅小区开展联合检查', '2026-04-30', ('abs', '2026-04-30')),
    it('haojia', '梳理近两年电梯困人投诉件，建立问题台账', '2026-04-21', ('workdays', 5)),
    it('piaochengzhe', '约谈维保质量排名后5位的维保单位', None, None, flags=['vague_due']),
], nf('2026-04-21', '09:30', ('nextwk', 1, '09:30')),
    notes='Outlook UTF-8 QP, HTML table 序号/工作任务/责任单位/完成时限/备注 (tab-separated in the plain part), sent Tue 2026-04-14. '
          'Row 1: 特种设备科（主责）、综合执法支队（配合） -> the 主责 unit, no person -> no_owner, department 特种设备科; 配合 unit is not an owner. '
          'Row 2: 谭国庆牵头 owns it; 配合 units ignored. Row 3: 投诉举报中心（郝佳） -> 郝佳; 5个工作日内 counted from 04-15: 15,16,17,20,21 -> 04-21. '
          'Row 4: 待定 -> vague_due. Row 5 备注 已完成 -> status, not an item. 每周五下班前报进展 is a standing rule, not an item. 下周二（4月21日）上午9:30 -> next_followup.',
    summary='4 items (特种设备科 no_owner 04-17; 谭国庆 04-30; 郝佳 04-21; 朴成哲 vague), next 04-21 09:30',
    tests='HTML table with 主责/配合 in one cell, 牵头+配合, unit（person）, 5个工作日内, 待定, done row, weekly standing rule')

# ------------------------------------------------------------------ 8303
T = '''关科长：
今天部署会的钉钉智能纪要转过来了，抄送纪要助手跟踪。

【智能纪要】锅炉压力容器节后复工安全检查部署会
会议时间：2026-05-06 14:00-15:10
参会人：关振宇、朴成哲、郝佳、邢雪、谭国庆

会议摘要
本次会议围绕节后锅炉压力容器复工复产安全检查展开。关振宇要求本周内完成重点使用单位复查；朴成哲汇报了五一假期巡查发现的3处隐患，其中城西锅炉房安全阀校验过期问题较突出；郝佳介绍了假期投诉举报受理情况。

章节速览
00:02 五一假期巡查情况回顾
12:40 节后复查安排
31:15 投诉举报数据汇总
52:08 信用联合惩戒衔接

发言总结
关振宇：强调节后复查要全覆盖，3个工作日内把数据汇总上来，发现问题立即下达指令书。
朴成哲：城西锅炉房已下达整改通知，企业承诺5月15日前完成安全阀校验。
郝佳：假期共受理特种设备类投诉9件，已全部转办。

待办事项
□ 朴成哲：本周六前完成23家使用单位锅炉使用登记资料复核
□ 郝佳：3个工作日内汇总五一假期期间特种设备类投诉举报数据
□ 邢雪：下周一前将隐患企业名单录入信用监管平台并标注重点监管
□ 谭国庆：对城西锅炉房隐患整改情况进行复查（时间待定）

以上内容由AI生成，仅供参考

朴成哲
特种设备安全监察科
'''
inner = text_to_html(T)
B = '----=ALIBOUNDARY_61298_4e1c7a40_6a05_0'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'),
                                    leaf(html_wrap(inner), 'html', 'utf-8', 'base64')])
eml = build('jms', frm=addr('piaochengzhe'), to=addr('guanzhenyu'),
            cc=alist([addr('haojia'), addr('xingxue'), addr('tanguoqing'), addr('纪要助手', BOT['jms'])]),
            subject='转发：【智能纪要】锅炉压力容器节后复工安全检查部署会', date='Wed, 06 May 2026 15:48:02 +0800',
            mid='<d1c2b5a0-9f3e-4a61-8c2d-71e0a2b94f10.piaochengzhe@jmsamr.example.gov.cn>', helo='out-dt.dingtalk.example.com', ip='47.88.12.40', qid='4ZvQ1n6Kc9z8',
            extra=[('X-Mailer', 'DingTalk Mail/7.5.20'), ('X-Priority', '3')], entity=ent)
case(8303, 'jms-dingtalk-ai-minutes-makeup-saturday', 'minutes', eml, [
    it('piaochengzhe', '完成23家使用单位锅炉使用登记资料复核', '2026-05-09', ('wd', 5)),
    it('haojia', '汇总五一假期期间特种设备类投诉举报数据', '2026-05-09', ('workdays', 3)),
    it('xingxue', '将隐患企业名单录入信用监管平台并标注重点监管', '2026-05-11', ('nextwk', 0)),
    it('tanguoqing', '对城西锅炉房隐患整改情况进行复查', None, None, flags=['vague_due']),
], None,
    notes='DingTalk mail forward of a 钉钉智能纪要, sent Wed 2026-05-06 (first working day after Labour Day 05-01..05-05). Only 待办事项 counts: 会议摘要 (本周内完成复查), 发言总结 (3个工作日内把数据汇总上来; 企业承诺5月15日前) restate or report and are not items. '
          '朴成哲 本周六前 -> Sat 05-09, which is the Labour Day make-up working day. 郝佳 3个工作日内 from 05-07: 07, 08, 09 (make-up Saturday) -> 05-09. 邢雪 下周一前 -> 05-11. 谭国庆 时间待定 -> vague_due. No next meeting stated -> null.',
    summary='4 items (朴成哲 05-09; 郝佳 05-09; 邢雪 05-11; 谭国庆 vague), no next',
    tests='DingTalk AI minutes: only 待办 counts; 本周六 and 3个工作日内 landing on the 05-09 make-up Saturday')

# ------------------------------------------------------------------ 8304
PRE = '''曲科长、初科长、谭队：
端午临近，请按纪要分工抓紧落实，粽子抽检要尽快出结果，有情况随时报我。

于海涛
'''
MIN = '''各位：
6月12日下午召开的端午节前食品安全和价格监管工作推进会纪要如下，请按分工落实。

端午节前食品安全和价格监管工作推进会会议纪要

6月12日下午，于海涛副局长主持召开端午节前食品安全和价格监管工作推进会。食品生产科、价监竞争科、综合执法支队、投诉举报中心负责同志参加。会议听取了节令食品生产企业摸排情况汇报，现将议定事项纪要如下：

（一）开展端午节令食品专项抽检。食品生产科（曲晓丽）牵头，6月18日前完成全市粽子、咸鸭蛋生产企业抽检并通报结果。
（二）加强节日市场价格监管。价监竞争科负责，6月18日前对大型商超、农贸市场节令商品明码标价情况开展检查。
（三）做好节日期间执法检查总结。综合执法支队负责，节后第一个工作日报送节日期间执法检查情况。
（四）会议强调，节日期间严格执行“双人双岗”值班制度，重大情况第一时间报告。

办公室
2026年6月12日
'''
FWD = '''

-----原始邮件-----
发件人："鲍文静" <baowenjing@jmsamr.example.gov.cn>
发送时间：2026-06-12 17:30:21 (星期五)
收件人：于海涛 <yuhaitao@jmsamr.example.gov.cn>
抄送：
主题：端午节前食品安全和价格监管工作推进会会议纪要

'''
T = PRE + FWD + MIN
html = html_wrap('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + text_to_html(PRE) +
                 '<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div>'
                 '<p>-----原始邮件-----<br><b>发件人：</b>&quot;鲍文静&quot; &lt;baowenjing@jmsamr.example.gov.cn&gt;<br>'
                 '<b>发送时间：</b>2026-06-12 17:30:21 (星期五)<br><b>收件人：</b>于海涛 &lt;yuhaitao@jmsamr.example.gov.cn&gt;<br>'
                 '<b>抄送：</b><br><b>主题：</b>端午节前食品安全和价格监管工作推进会会议纪要<br></p>'
                 '<blockquote name="replyContent" style="padding-left:1ex;margin:0px 0px 0px 0.8ex;border-left:#ccc 1px solid">'
                 + text_to_html(MIN) + '</blockquote></div>')
B = '----=_Part_381022_1447218631.1781484420113'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(html, 'html', 'utf-8', 'base64')])
eml = build('jms', frm=addr('yuhaitao'), to=alist([addr('quxiaoli'), addr('chumingyuan'), addr('tanguoqing')]),
            cc=addr('纪要助手', BOT['jms']), subject='转发：端午节前食品安全和价格监管工作推进会会议纪要',
            date='Mon, 15 Jun 2026 08:47:00 +0800 (GMT+08:00)', mid='<6b7a1d2e.4f1c.19773a2b8c1.Coremail.yuhaitao@jmsamr.example.gov.cn>',
            helo='yuhaitao$jmsamr.example.gov.cn', ip='10.23.2.11', qid='4ZQxM0c2Lkz5',
            extra=COREMAIL('10.23.2.11', 'AQAAfwA3_7Dsx15oqsoAAA--.1055W'), entity=ent)
case(8304, 'jms-coremail-forward-preface-duanwu', 'minutes', eml, [
    it('quxiaoli', '完成全市粽子、咸鸭蛋生产企业抽检并通报结果', '2026-06-18', ('abs', '2026-06-18')),
    it(None, '对大型商超、农贸市场节令商品明码标价情况开展检查', '2026-06-18', ('abs', '2026-06-18'), dept='价监竞争科'),
    it(None, '报送节日期间执法检查情况', '2026-06-22', ('after_holiday', None), dept='综合执法支队'),
], None,
    notes='Coremail webmail forward (转发：) by 于海涛, Mon 2026-06-15, of minutes 鲍文静 sent him on 06-12. The preface (粽子抽检要尽快出结果) is the forwarder asking for speed on an item already listed and is not an item; the minutes sit below Coremail\'s -----原始邮件----- block and must be read. '
          '（一）食品生产科（曲晓丽）牵头 -> 曲晓丽, 6月18日前. （二）价监竞争科负责 -> no_owner. （三）综合执法支队 节后第一个工作日 -> first working day after Dragon Boat (06-19..06-21) = Mon 06-22. （四）会议强调 = standing rule. No next meeting.',
    summary='3 items (曲晓丽 06-18; 价监竞争科 no_owner 06-18; 综合执法支队 no_owner 06-22), no next',
    tests='forward with preface above -----原始邮件-----; （一）（二） items; 节后第一个工作日 over Dragon Boat')

# ------------------------------------------------------------------ 8305
T = '''各位：
今天信用修复专项工作周例会纪要如下，请大家按各自分工推进。

会议时间：2026年7月9日（周四）14:30
参会：邢雪、初明远、鲍文静；谭国庆请假

一、上周事项回顾
1. 6月份行政处罚信息公示期满的47户企业，信用修复审核已完成。
2. 信用修复告知书模板已由办公室审定，下周起启用。

二、本周分工
邢雪：
  1. 7月15日前完成第二批112户企业信用修复申请材料的初审；
  2. 下周三前与市政务服务中心对接“信用修复一件事”线上办理入口。
初明远：
  修订价格违法案件当事人信用修复承诺书格式文本，本周五前发我。
鲍文静：
  整理上半年信用修复工作台账并形成简报，月底前报局办公会。

下周四同一时间再碰一次。

邢雪
信用监督管理科
电话：0454-8261735
'''
html = html_wrap('<div style="font-size:10.5pt;font-family:微软雅黑">' + text_to_html(T) + '</div>', 'GBK')
B = '----=_NextPart_6A1E4B2C_0C9F3A10_5D7E21A3'
ent = multipart('alternative', B, [leaf(T, 'plain', 'gbk', 'base64', label='GBK'), leaf(html, 'html', 'gbk', 'base64', label='GBK')],
                preamble='This is a multi-part message in MIME format.')
eml = build('jms', frm=addr('xingxue', cs='gbk', label='GBK'), to=alist([addr('chumingyuan', cs='gbk', label='GBK'), addr('baowenjing', cs='gbk', label='GBK'), addr('tanguoqing', cs='gbk', label='GBK')]),
            cc=addr('纪要助手', BOT['jms'], cs='gbk', label='GBK'), subject='信用修复专项工作周例会纪要（7月9日）', subj_cs='gbk', subj_label='GBK',
            date='Thu, 9 Jul 2026 17:05:41 +0800', mid='<202607091705412201846@jmsamr.example.gov.cn>', helo='XINGXUE-NB', ip='10.23.4.88', qid='4ZyB6v1Rrhz2',
            extra=[('X-Priority', '3'), ('X-GUID', '6A1E4B2C-0C9F-3A10-5D7E-21A3C4D5E6F7'), ('X-Has-Attach', 'no'), ('X-Mailer', 'Foxmail 7.2.25.375[cn]')], entity=ent)
case(8305, 'jms-foxmail-gbk-grouped-by-person', 'minutes', eml, [
    it('xingxue', '完成第二批112户企业信用修复申请材料的初审', '2026-07-15', ('abs', '2026-07-15')),
    it('xingxue', '与市政务服务中心对接“信用修复一件事”线上办理入口', '2026-07-15', ('nextwk', 2)),
    it('chumingyuan', '修订价格违法案件当事人信用修复承诺书格式文本', '2026-07-10', ('wd', 4)),
    it('baowenjing', '整理上半年信用修复工作台账并形成简报，报局办公会', '2026-07-31', ('monthend', None)),
], nf('2026-07-16', '14:30', ('nextwk', 3, '14:30')),
    notes='Foxmail GBK base64, items grouped under each person\'s name, sent Thu 2026-07-09. 上周事项回顾 (已完成, 已审定) is status, not items. '
          '邢雪 1: 7月15日前 -> 07-15; 邢雪 2: 下周三前 -> 07-15. 初明远: 本周五前 -> 07-10. 鲍文静: 月底前 -> 07-31. '
          'Next: 下周四同一时间 = Thu 07-16 at the meeting\'s own time 14:30 (会议时间 line).',
    summary='4 items (邢雪 07-15 x2; 初明远 07-10; 鲍文静 07-31), next 07-16 14:30',
    tests='minutes grouped by person, review section not items, 下周四同一时间 takes the time from 会议时间')

# ------------------------------------------------------------------ 8329
T = '''关于夏季空调维修类投诉处置协调会的纪要

7月20日上午，投诉举报中心牵头召开夏季家电维修类投诉处置协调会，价监竞争科、综合执法支队参加。现纪要如下：

一、近期投诉情况
7月1日至19日，全国12315平台共受理我市空调维修类投诉286件，同比上升41%，主要集中在“小病大修”、收费不明码标价、配件以次充好等问题。

二、工作分工
1. 投诉举报中心（郝佳）：
（1）7月22日前梳理出被投诉3次以上的维修商户名单，抄送价监竞争科和综合执法支队；
（2）7月底前完成典型案例汇编，通过“佳木斯市场监管”公众号发布消费提示。
2. 价监竞争科（初明远）：下周三前对维修收费明码标价情况开展专项检查，重点查处虚高收费行为。
3. 综合执法支队（谭国庆）：对名单内商户开展联合执法，7月24日（周五）下午5点前报送首轮执法情况。

三、下次会议
下周一上午9点，地点另行通知。

投诉举报中心
郝佳
'''
html = html_wrap('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + text_to_html(T) + '</div>')
B = '----=_Part_512378_602711043.1784517120450'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'quoted-printable'), leaf(html, 'html', 'utf-8', 'quoted-printable')])
eml = build('jms', frm=addr('haojia'), to=alist([addr('chumingyuan'), addr('tanguoqing')]),
            cc=alist([addr('yuhaitao'), addr('纪要助手', BOT['jms'])]), subject='夏季空调维修类投诉处置协调会纪要',
            date='Mon, 20 Jul 2026 11:12:00 +0800 (GMT+08:00)', mid='<3f09ab12.7c21.1987e4f6a12.Coremail.haojia@jmsamr.example.gov.cn>',
            helo='haojia$jmsamr.example.gov.cn', ip='10.23.6.15', qid='4ZzN3p8Vw1z4',
            extra=COREMAIL('10.23.6.15', 'AQAAfwDXGKS4d51oBfkAAA--.2177W'), entity=ent)
case(8329, 'jms-coremail-qp-paren-subtasks', 'minutes', eml, [
    it('haojia', '梳理出被投诉3次以上的维修商户名单', '2026-07-22', ('abs', '2026-07-22')),
    it('haojia', '完成典型案例汇编，通过公众号发布消费提示', '2026-07-31', ('monthend', None)),
    it('chumingyuan', '对维修收费明码标价情况开展专项检查', '2026-07-29', ('nextwk', 2)),
    it('tanguoqing', '对名单内商户开展联合执法并报送首轮执法情况', '2026-07-24', ('abs', '2026-07-24', '17:00'), time='17:00'),
], nf('2026-07-27', '09:00', ('nextwk', 0, '09:00')),
    notes='Coremail UTF-8 quoted-printable, sent Mon 2026-07-20. 投诉举报中心（郝佳） has sub-tasks （1）（2） -> two items for 郝佳: 7月22日前 -> 07-22; 7月底前 -> 07-31. '
          '价监竞争科（初明远） 下周三前 -> 07-29. 综合执法支队（谭国庆） 7月24日（周五）下午5点前 -> 07-24 17:00. Section 一 is facts (figures with dates), not items. '
          '下次会议 下周一上午9点 -> 07-27 09:00 (地点另行通知 does not make it vague).',
    summary='4 items (郝佳 07-22, 07-31; 初明远 07-29; 谭国庆 07-24 17:00), next 07-27 09:00',
    tests='（1）（2） sub-tasks under one owner, unit（person）, 下午5点前 time, facts section, next meeting with 下周一上午9点')

# ------------------------------------------------------------------ 8333
T = '''立军：
五一前要报市政府的“放管服”改革工作总结，你牵头弄一下，周四下班前先给我个初稿。五一值班表也一并发我看看。
有问题电话联系。

发自我的iPhone
'''
ent = leaf(T, 'plain', 'utf-8', 'quoted-printable')
eml = build('jms', frm=addr('yuhaitao'), to=addr('sunlijun'), cc=addr('纪要助手', BOT['jms']),
            subject='Re: 放管服材料', date='Tue, 28 Apr 2026 09:05:17 +0800',
            mid='<A7C1F0E2-3B4D-4E8F-9A10-2C5D6E7F8A91@jmsamr.example.gov.cn>', helo='[10.23.9.140]', ip='10.23.9.140', qid='4ZtD0s5Hjmz7',
            extra=[('X-Mailer', 'iPhone Mail (22E252)'), ('In-Reply-To', '<202604271630194412203@jmsamr.example.gov.cn>'),
                   ('References', '<202604271630194412203@jmsamr.example.gov.cn>')], entity=ent)
case(8333, 'jms-other-iphone-request', 'other', eml, [], None,
    notes='A deputy director\'s one-to-one request from iPhone Mail (UTF-8 QP), the bot in Cc from an old thread. It has a deadline (周四下班前) and a task but it is a request, not minutes: no meeting, no list of items. kind other, no items, no follow-up.',
    summary='other, no items', tests='person-to-person request with a deadline and 牵头, bot only in Cc')

# ------------------------------------------------------------------ 8337
T = '''此邮件是系统自动发送的退信通知。

您发送的邮件未能成功投递给以下收件人：
  tan.guoqing@jmsamr.example.gov.cn
原因：收件人地址不存在（550 5.1.1 User unknown）

邮件主题：Re: 夏季空调维修类投诉处置协调会纪要 —— 待办确认
发送时间：2026-07-20 11:13:05

请核对收件人地址后重新发送。
'''
DS = '''Reporting-MTA: dns; mail.jmsamr.example.gov.cn
Arrival-Date: Mon, 20 Jul 2026 11:13:05 +0800 (CST)

Final-Recipient: rfc822; tan.guoqing@jmsamr.example.gov.cn
Original-Recipient: rfc822;tan.guoqing@jmsamr.example.gov.cn
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
'''
HD = '''Return-Path: <jiyao@jmsamr.example.gov.cn>
From: =?utf-8?B?57qq6KaB5Yqp5omL?= <jiyao@jmsamr.example.gov.cn>
To: tan.guoqing@jmsamr.example.gov.cn
Subject: =?utf-8?B?UmU6IOWkj+Wto+epuuiwg+e7tOS/ruexu+aKleivieWkhOe9ruWNj+iwg+S8mue6quimgSDigJTigJQg5b6F5Yqe56Gu6K6k?=
Date: Mon, 20 Jul 2026 11:13:05 +0800
Message-ID: <recap.8f2c41.20260720111305@jmsamr.example.gov.cn>
Auto-Submitted: auto-generated
'''
B = '4ZzN3q0Rg2z9.1784517185/mail.jmsamr.example.gov.cn'
parts = [leaf(T, 'plain', 'utf-8', 'base64', disp='Content-Description: Notification'),
         b'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + DS.encode(),
         b'Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + HD.encode()]
ent = multipart('report', B, parts, preamble='This is a MIME-encapsulated message.', extra='; report-type=delivery-status')
eml = build('jms', frm='MAILER-DAEMON@mail.jmsamr.example.gov.cn (Mail Delivery System)', to=BOT['jms'],
            subject='系统退信：Re: 夏季空调维修类投诉处置协调会纪要 —— 待办确认', date='Mon, 20 Jul 2026 11:13:06 +0800 (CST)',
            mid='<20260720031306.4ZzN3q0Rg2z9@mail.jmsamr.example.gov.cn>', mailfrom='', helo='localhost', ip='127.0.0.1', qid='4ZzN3q1Abcz1',
            extra=[('Auto-Submitted', 'auto-replied')], entity=ent)
case(8337, 'jms-auto-bounce-user-unknown', 'auto', eml, [], None,
    notes='Delivery status notification (multipart/report; report-type=delivery-status, empty Return-Path, MAILER-DAEMON, Auto-Submitted) for the bot\'s own recap to a mistyped address. The Chinese notice quotes a minutes subject and dates; it is auto mail, no items.',
    summary='auto (bounce)', tests='DSN bounce of the bot\'s recap with a Chinese notice part; minutes subject inside')
