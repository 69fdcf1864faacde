"""Cases of 南阳市仲景护理职业学校（民办） (zjnursing.example.cn) and its partner hospital."""
from h55_common import *

QIYE163 = lambda tid: [('X-Priority', '3'), ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2026 www.mailtech.cn qiye163'),
                       ('X-NTES-SC', 'AL_Qu2cAP6c4k4u5iebYOkfnEoSgu9/XcGx8Pko2YJWOJ8'), ('X-CM-TRANSID', tid)]

def cm_html(t):
    return html_wrap('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + text_to_html(t) + '</div>')

# ------------------------------------------------------------------ 8315
T = '''各位老师：
今天教务例会纪要如下，请查收。

时间：4月8日（周三）下午4:00
地点：行政楼二楼会议室
参会：钱文博、雷秀英、司马婷、闫志明、聂书航
记录：钱文博

一、清明假期调课已按校历执行完毕，各班课表无冲突。
二、工作安排
1. 雷主任：4月15日前提交护理系2026级人才培养方案修订稿。
2. 司马老师：下周三前完成基础护理实训室耗材盘点，缺口报后勤处。
3. 闫工：本月底前把新教务系统的成绩录入模块上线试运行。
4. 期中教学检查方案由教务处拟定，4月17日前印发。

下次教务例会：4月22日（周三）下午4:00，地点不变。

钱文博
教务处
'''
B = '----=_Part_224817_1873302240.1775640600118'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(cm_html(T), 'html', 'utf-8', 'base64')])
eml = build('zj', frm=addr('qianwenbo'), to=alist([addr('leixiuying'), addr('simating'), addr('yanzhiming'), addr('nieshuhang')]),
            cc=alist([addr('jiahongmei'), addr('纪要机器人', BOT['zj'])]), subject='教务例会纪要（4月8日）', date='Wed, 8 Apr 2026 17:30:00 +0800 (GMT+08:00)',
            mid='<4c2e9a1b.3b6f.19d6c1a2e4f.Coremail.qianwenbo@zjnursing.example.cn>', helo='qiye163-mta.example.163.com', ip='220.181.97.41', qid='4ZqX7c2MtBz3',
            extra=QIYE163('_____wD3n8YhH_VpJ0EzAA--.41221S2'), entity=ent)
case(8315, 'zj-qiye163-teaching-weekly-plain', 'minutes', eml, [
    it('leixiuying', '提交护理系2026级人才培养方案修订稿', '2026-04-15', ('abs', '2026-04-15')),
    it('simating', '完成基础护理实训室耗材盘点，缺口报后勤处', '2026-04-15', ('nextwk', 2)),
    it('yanzhiming', '新教务系统成绩录入模块上线试运行', '2026-04-30', ('monthend', None)),
    it(None, '拟定并印发期中教学检查方案', '2026-04-17', ('abs', '2026-04-17'), dept='教务处'),
], nf('2026-04-22', '16:00', ('abs', '2026-04-22', '16:00')),
    notes='Plain, common weekly minutes from 网易企业邮箱 (Coremail webmail, UTF-8 base64), sent Wed 2026-04-08 (after Qingming). Owners by title: 雷主任 = 雷秀英, 司马老师 = 司马婷 (two-character surname), 闫工 = 闫志明. '
          '4月15日前 -> 04-15; 下周三前 -> 04-15; 本月底前 -> 04-30; item 4 names only 教务处 -> no_owner (department 教务处), 4月17日前. Section 一 is a report. 下次教务例会 4月22日下午4:00 -> 04-22 16:00.',
    summary='4 items (雷秀英 04-15; 司马婷 04-15; 闫志明 04-30; 教务处 no_owner 04-17), next 04-22 16:00',
    tests='plain school minutes with title owners (雷主任, 司马老师 compound surname, 闫工), dept-only item')

# ------------------------------------------------------------------ 8316
T = '''仲景护理学校各位老师：
今天关于2026届护生进院实习的对接会纪要如下，请核对。

一、实习安排
1. 2026届护生共126人，分两批进院，第一批5月11日报到。
2. 带教老师由我院护理部统一安排。

二、需落实事项
1. 贵校聂老师4月底前提供第一批实习生名单及体检报告。
2. 贵校实训中心司马老师本月24日前组织实习生岗前技能考核，并把成绩发我院护理部。
3. 我院护理部（杜春燕）5月6日前完成带教老师分配表。
4. 实习生住宿问题，双方再商量。

下次沟通时间待定。

杜春燕
宛城区中心医院 护理部
'''
B = '----=_NextPart_69E1F0A2_0D3C4B58_2A7E1F60'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(html_wrap(text_to_html(T)), 'html', 'utf-8', 'base64')],
                preamble='This is a multi-part message in MIME format.')
eml = build('zj', frm=addr('duchunyan'), to=alist([addr('nieshuhang'), addr('simating')]),
            cc=alist([addr('leixiuying'), addr('纪要机器人', BOT['zj'])]), subject='护生进院实习对接会纪要', date='Fri, 17 Apr 2026 16:02:37 +0800',
            mid='<202604171602372318507@wcqzxyy.example.cn>', helo='mail.wcqzxyy.example.cn', ip='171.8.66.130', qid='4ZrPn04DkGz8',
            extra=[('X-Priority', '3'), ('X-GUID', '69E1F0A2-0D3C-4B58-2A7E-1F6090B1C2D3'), ('X-Has-Attach', 'no'), ('X-Mailer', 'Foxmail 7.2.25.375[cn]')], entity=ent)
case(8316, 'zj-hospital-partner-writes-minutes', 'minutes', eml, [
    it('nieshuhang', '提供第一批实习生名单及体检报告', '2026-04-30', ('monthend', None)),
    it('simating', '组织实习生岗前技能考核，并把成绩发医院护理部', '2026-04-24', ('abs', '2026-04-24')),
    it('duchunyan', '完成带教老师分配表', '2026-05-06', ('abs', '2026-05-06')),
    it(None, '商量实习生住宿问题', None, None, flags=['no_due']),
], None,
    notes='The partner hospital\'s head nurse (outsider, Foxmail UTF-8) writes the minutes; sent Fri 2026-04-17. 贵校聂老师 -> 聂书航, 4月底前 -> 04-30. 贵校…司马老师 -> 司马婷, 本月24日前 -> 04-24. '
          '我院护理部（杜春燕） -> 杜春燕 (roster outsider, department null), 5月6日前 -> 05-06. 双方再商量 -> no_owner, no deadline -> no_due, department null. '
          'Section 一 are arrangements/facts (第一批5月11日报到). 下次沟通时间待定 -> null.',
    summary='4 items (聂书航 04-30; 司马婷 04-24; 杜春燕 05-06; 双方 no_owner no_due), no next',
    tests='external partner writes minutes: 贵校/我院 owners, 4月底前, 本月24日前, 双方 no_due, 待定 next -> null')

# ------------------------------------------------------------------ 8317
PARTS = [('p', '智能纪要：2026年招生宣传工作推进会 2026年5月11日'),
         ('p', '会议时间：2026年5月11日 15:00-16:20　参会人：贾红梅、卢静、司马婷、聂书航、甘露'),
         ('h', '总结'),
         ('p', '会议讨论了2026年秋季招生宣传工作。贾红梅要求招生简章本周内定稿，宣传短视频要突出实训条件；聂书航提出县区初中的宣讲需要提前两周联系；甘露确认宣传经费已获批。'),
         ('h', '待办'),
         ('li', '卢静：5月15日前完成招生简章二稿，报贾校长审定'),
         ('li', '司马婷：下周五前录制实训中心宣传短视频'),
         ('li', '聂书航：联系各县区初中毕业班班主任，安排进校宣讲（时间待定）'),
         ('done', '甘露：招生宣传经费预算报批'),
         ('h', '智能章节'),
         ('p', '00:00:12 开场与招生形势'),
         ('p', '00:14:40 招生简章修改意见'),
         ('p', '00:41:05 宣传短视频与县区宣讲'),
         ('p', '01:10:30 经费'),
         ('p', '智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用'),
         ('p', '查看完整妙记：https://zjnursing.feishu.example.cn/minutes/obcnq8x3k2d1v7w9')]
txt, htm = [], []
for k, v in PARTS:
    if k == 'h':
        txt += ['', v]; htm.append('<h3 style="font-size:16px;margin:16px 0 8px">%s</h3>' % esc(v))
    elif k == 'li':
        txt.append('☐ ' + v); htm.append('<div style="margin-left:8px"><input type="checkbox" disabled> %s</div>' % esc(v))
    elif k == 'done':
        txt.append('☑ ' + v); htm.append('<div style="margin-left:8px;color:#8f959e;text-decoration:line-through"><input type="checkbox" checked disabled> %s</div>' % esc(v))
    else:
        txt.append(v); htm.append('<div>%s</div>' % esc(v))
T = '卢静分享了妙记纪要，抄送纪要机器人。\n\n' + '\n'.join(txt) + '\n'
html = html_wrap('<div style="font-family:-apple-system,PingFang SC;font-size:14px;color:#1f2329"><div>卢静分享了妙记纪要，抄送纪要机器人。</div><br>' + '\n'.join(htm) + '</div>')
B = '000000000000a1b2c3d4e5f6a7b8'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(html, 'html', 'utf-8', 'base64')])
eml = build('zj', frm=addr('lujing'), to=alist([addr('jiahongmei'), addr('simating'), addr('nieshuhang'), addr('ganlu')]),
            cc=addr('纪要机器人', BOT['zj']), subject='智能纪要：2026年招生宣传工作推进会 2026年5月11日', date='Mon, 11 May 2026 18:02:11 +0800',
            mid='<b7e1c2d0-4a5f-4e63-9d28-5c1f0e7a9b32@zjnursing.example.cn>', helo='mta-out.feishu.example.cn', ip='101.45.250.18', qid='4ZvbZ28HqWz6',
            extra=[('X-Lark-Mail', '1'), ('X-Mailer', 'Lark Mail')], entity=ent)
case(8317, 'zj-feishu-ai-minutes-todo-only', 'minutes', eml, [
    it('lujing', '完成招生简章二稿，报贾校长审定', '2026-05-15', ('abs', '2026-05-15')),
    it('simating', '录制实训中心宣传短视频', '2026-05-22', ('nextwk', 4)),
    it('nieshuhang', '联系各县区初中毕业班班主任，安排进校宣讲', None, None, flags=['vague_due']),
], None,
    notes='飞书 (Lark) 妙记 智能纪要 sent by mail, Mon 2026-05-11. Only the 待办 section counts; 总结 (本周内定稿, 提前两周联系) and 智能章节 timestamps are not items. '
          'The checked ☑ 甘露 待办 is done -> excluded. 卢静 5月15日前 -> 05-15; 司马婷 下周五前 -> 05-22; 聂书航 时间待定 -> vague_due. No next meeting.',
    summary='3 items (卢静 05-15; 司马婷 05-22; 聂书航 vague), no next',
    tests='Feishu AI minutes: 待办 only, checked todo excluded, summary with dates ignored, chapter timestamps')

# ------------------------------------------------------------------ 8318
T = '''后勤保障工作例会纪要（5月20日）

参会：翟永平、甘露、司马婷，后勤处全体

议定事项：
一、翟处：
  ①5月25日前完成示教室32张床单位被服更换；
  ②本月底前完成教学楼、宿舍楼空调清洗消毒。
二、甘露：3个工作日内完成空调清洗服务的比价和付款审批。
三、宿舍热水改造方案已报校长办公会。

下次会议：
5月27日（周三）
下午3:00，实训楼302

后勤处 翟永平
'''
ent = leaf(T, 'plain', 'gb18030', 'base64')
eml = build('zj', frm=addr('zhaiyongping', cs='gb18030'), to=alist([addr('ganlu', cs='gb18030'), addr('simating', cs='gb18030')]),
            cc=addr('纪要机器人', BOT['zj'], cs='gb18030'), subject='后勤保障工作例会纪要（5月20日）', subj_cs='gb18030',
            date='Wed, 20 May 2026 17:45:09 +0800 (GMT+08:00)', mid='<7d31f0ab.5a2e.19e43b1c0d2.Coremail.zhaiyongping@zjnursing.example.cn>',
            helo='qiye163-mta.example.163.com', ip='220.181.97.44', qid='4ZwB2y5RpCz1', extra=QIYE163('_____wC3H8Y9qexpXh1BAA--.30912S2'), entity=ent)
case(8318, 'zj-gb18030-circled-subtasks-next-split', 'minutes', eml, [
    it('zhaiyongping', '完成示教室32张床单位被服更换', '2026-05-25', ('abs', '2026-05-25')),
    it('zhaiyongping', '完成教学楼、宿舍楼空调清洗消毒', '2026-05-31', ('monthend', None)),
    it('ganlu', '完成空调清洗服务的比价和付款审批', '2026-05-25', ('workdays', 3)),
], nf('2026-05-27', '15:00', ('abs', '2026-05-27', '15:00')),
    notes='Text-only gb18030 base64 from 网易企业邮箱, sent Wed 2026-05-20. 翟处 (= 翟永平) has ①② sub-tasks -> two items: 5月25日前 -> 05-25; 本月底前 -> 05-31. '
          '甘露 3个工作日内 from 05-21: 21, 22, 25 -> 05-25. 三 reports what was done (已报校长办公会), not an item. '
          'Next meeting label 下次会议： with the date on one line and 下午3:00 on the next -> 05-27 15:00.',
    summary='3 items (翟永平 05-25, 05-31; 甘露 05-25), next 05-27 15:00',
    tests='①② sub-tasks under one owner, 3个工作日内 over a weekend, next meeting date and time on separate lines, gb18030')

# ------------------------------------------------------------------ 8319
AI = '''腾讯会议 智能纪要
会议主题：2025-2026学年第二学期期末考试工作会
会议时间：2026/06/09 14:30-15:35
参会人：钱文博、雷秀英、闫志明、司马婷

会议摘要
会议围绕期末考试组织展开。钱文博通报了考试周安排（6月29日至7月3日）；雷秀英提出技能考核题库需更新；闫志明说明在线考试系统已完成扩容，还需压力测试。钱文博提出下周视情况再开一次碰头会。

待办事项
1. 钱文博：6月12日前确定期末考试安排表并发布
2. 雷秀英：6月18日前（端午节前）完成护理系技能考核题库更新
3. 闫志明：明天下午3点前完成在线考试系统压力测试

分段纪要
00:01 考试周安排
18:22 技能考核题库
41:50 在线考试系统

本纪要由腾讯会议AI生成，内容仅供参考
'''
T = '各位：会议的AI纪要转发一下，按待办执行。\n\n钱文博\n\n' + AI
B = '----=_Part_338129_2119045519.1780994400337'
ent = multipart('alternative', B, [leaf(T, 'plain', 'utf-8', 'quoted-printable'), leaf(cm_html(T), 'html', 'utf-8', 'quoted-printable')])
eml = build('zj', frm=addr('qianwenbo'), to=alist([addr('leixiuying'), addr('yanzhiming'), addr('simating')]),
            cc=addr('纪要机器人', BOT['zj']), subject='Fw: 腾讯会议智能纪要｜期末考试工作会', date='Tue, 9 Jun 2026 16:40:00 +0800 (GMT+08:00)',
            mid='<2a9b7c11.4d1e.19e91f2a7b3.Coremail.qianwenbo@zjnursing.example.cn>', helo='qiye163-mta.example.163.com', ip='220.181.97.41', qid='4ZwY1q3JfDz5',
            extra=QIYE163('_____wD3X2Q4xd9pS5dCAA--.52013S2'), entity=ent)
case(8319, 'zj-tencent-meeting-ai-minutes-hour', 'minutes', eml, [
    it('qianwenbo', '确定期末考试安排表并发布', '2026-06-12', ('abs', '2026-06-12')),
    it('leixiuying', '完成护理系技能考核题库更新', '2026-06-18', ('abs', '2026-06-18')),
    it('yanzhiming', '完成在线考试系统压力测试', '2026-06-10', ('plus', 1, '15:00'), time='15:00'),
], None,
    notes='Forward of a 腾讯会议 智能纪要 (UTF-8 QP), sent Tue 2026-06-09. Only 待办事项 counts. The AI 会议摘要 mentions 考试周 dates and 下周视情况再开一次碰头会 — a vague summary line, not a stated next meeting -> next_followup null. '
          '钱文博 6月12日前 -> 06-12; 雷秀英 6月18日前（端午节前） -> 06-18 (the last working day before Dragon Boat, consistent); 闫志明 明天下午3点前 -> 06-10 15:00.',
    summary='3 items (钱文博 06-12; 雷秀英 06-18; 闫志明 06-10 15:00), no next',
    tests='Tencent Meeting AI minutes forwarded: summary not items or next meeting; 明天下午3点前')

# ------------------------------------------------------------------ 8320
pdf = make_pdf([
    (16, '南阳市仲景护理职业学校'), (16, '校长办公会纪要'), (11, '（2026年第9期）'), (10, ''),
    (10, '时间：2026年7月1日（周三）上午'), (10, '主持：贾红梅'),
    (10, '出席：钱文博、雷秀英、翟永平、卢静、甘露、聂书航'), (10, ''),
    (10, '一、会议听取了2026年招生工作进展汇报。截至6月30日，已录取新生412人。'),
    (10, '二、会议议定：'),
    (10, '1. 暑期实训楼改造工程由后勤处负责，翟永平牵头，7月10日前完成施工单位招标。'),
    (10, '2. 招生就业处卢静7月15日前完成第二轮招生宣传（县区中学巡回宣讲）。'),
    (10, '3. 财务处配合后勤处做好改造资金保障。'),
    (10, '三、会议强调，暑假期间各部门严格执行值班制度，值班表7月3日前报校长办公室。'),
    (10, ''), (10, '校长办公室　2026年7月1日印发'),
], title='校长办公会纪要2026-9', author='校长办公室')
T = '''各位：
7月1日校长办公会纪要（PDF）见附件，请各部门按分工落实。

贾红梅
'''
B1 = '----=_Part_402117_981120044.1782958500221'
B2 = '----=_Part_402118_167702963.1782958500221'
alt = multipart('alternative', B2, [leaf(T, 'plain', 'utf-8', 'base64'), leaf(cm_html(T), 'html', 'utf-8', 'base64')])
ent = multipart('mixed', B1, [alt, binleaf(pdf, 'application/pdf', '校长办公会纪要（2026年第9期）.pdf', fn_enc='rfc2231')])
eml = build('zj', frm=addr('jiahongmei'), to=alist([addr('qianwenbo'), addr('leixiuying'), addr('zhaiyongping'), addr('lujing'), addr('ganlu'), addr('nieshuhang')]),
            cc=addr('纪要机器人', BOT['zj']), subject='校长办公会纪要（2026年第9期）', date='Thu, 2 Jul 2026 10:15:00 +0800 (GMT+08:00)',
            mid='<5e8f1c2d.6b7a.19f2a4c8e91.Coremail.jiahongmei@zjnursing.example.cn>', helo='qiye163-mta.example.163.com', ip='220.181.97.47', qid='4ZyK0c8WmSz2',
            extra=QIYE163('_____wC3j9Q0xmVp7wVAAA--.11327S2'), entity=ent)
case(8320, 'zj-pdf-attachment-principal-meeting', 'minutes', eml, [
    it('zhaiyongping', '完成暑期实训楼改造工程施工单位招标', '2026-07-10', ('abs', '2026-07-10')),
    it('lujing', '完成第二轮招生宣传（县区中学巡回宣讲）', '2026-07-15', ('abs', '2026-07-15')),
], None,
    notes='Short body + PDF attachment (RFC 2231 filename) with the 校长办公会纪要; a human reads the PDF. Sent Thu 2026-07-02. '
          '1: 后勤处负责，翟永平牵头 -> 翟永平, 7月10日前. 2: 招生就业处卢静 -> 卢静, 7月15日前. 3: 财务处配合后勤处 — a 配合 line, no item. '
          '一 is a report; 三 会议强调 is a standing rule (AMBIGUOUS: its clause 值班表7月3日前报校长办公室 has a date but no owner; we treat the whole 会议强调 paragraph as a rule, as the README says, and do not extract it). No next meeting.',
    summary='2 items from the PDF (翟永平 07-10; 卢静 07-15), no next',
    tests='minutes only in a PDF attachment; 牵头 owner; 配合-only line; 会议强调 rule with a date')

# ------------------------------------------------------------------ 8321
rows = [['负责人', '事项', '截止时间', '状态'],
        [('闫志明', 'rowspan="2"'), '智慧教室录播系统调试', '7月17日前', '进行中'],
        ['校园网出口带宽扩容至2000M', '7月24日前', '进行中'],
        ['甘露', '信息化项目尾款支付', '7月10日', '已完成'],
        ['聂书航', '学生宿舍门禁人脸信息采集', '尽快', '未开始']]
html = html_wrap('<p>各位老师：</p>\n<p>上周五信息化建设推进会的任务表如下，请对照推进：</p>\n' + html_table(rows) +
                 '\n<p>下次会议时间另行通知。</p>\n<p>-- <br>闫志明<br>信息中心<br>南阳市仲景护理职业学校</p>', 'UTF-8')
html = html.replace('<html>\n<head>', '<!DOCTYPE html>\n<html>\n<head>')
ent = leaf(html, 'html', 'utf-8', '8bit', label='UTF-8')
eml = build('zj', frm=addr('yanzhiming'), to=alist([addr('ganlu'), addr('nieshuhang'), addr('qianwenbo')]),
            cc=addr('纪要机器人', BOT['zj']), subject='信息化建设推进会任务表', date='Mon, 13 Jul 2026 09:50:26 +0800',
            mid='<3f5a8c21-7e90-4b12-a6d3-0c9e1b2f4a58@zjnursing.example.cn>', helo='[192.168.3.77]', ip='192.168.3.77', qid='4ZyZ5b1HcNz4',
            extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'zh-CN')], entity=ent)
case(8321, 'zj-thunderbird-html-only-rowspan', 'minutes', eml, [
    it('yanzhiming', '智慧教室录播系统调试', '2026-07-17', ('abs', '2026-07-17')),
    it('yanzhiming', '校园网出口带宽扩容至2000M', '2026-07-24', ('abs', '2026-07-24')),
    it('nieshuhang', '学生宿舍门禁人脸信息采集', None, None, flags=['vague_due']),
], None,
    notes='Thunderbird single-part text/html (8bit UTF-8), sent Mon 2026-07-13 about last Friday\'s meeting. The 负责人 cell 闫志明 spans two rows (rowspan=2): both rows are his. '
          '7月17日前 -> 07-17; 7月24日前 -> 07-24. 甘露 row 已完成 -> excluded. 聂书航 尽快 -> vague_due. 下次会议时间另行通知 -> null.',
    summary='3 items (闫志明 07-17, 07-24; 聂书航 vague), no next',
    tests='HTML-only Thunderbird table with rowspan owner cell, done row, 尽快')

# ------------------------------------------------------------------ 8331
T = '''各位：
下午期末工作协调会的分工，我用WPS表格整理了一下，贴在下面：

序号\t工作内容\t责任人\t完成时间
1\t护理系期末技能考核组织实施\t主责：雷秀英；配合：实训中心\t6月30日前
2\t期末考试试卷印制与保密管理\t主责：教务处钱老师；配合：信息中心闫工\t7月3日前
3\t提交本部门本学期工作总结\t钱老师、雷主任\t6月30日前
4\t学生暑期离校安全教育\t学生处\t离校前

（学校邮箱在家登不上，先用私人邮箱发，抄送纪要机器人。）

雷秀英
'''
html = html_wrap('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + text_to_html(T) + '</div>', 'GBK')
B = '----=_Part_118823_1440021193.1782217300512'
ent = multipart('alternative', B, [leaf(T, 'plain', 'gbk', 'base64', label='GBK'), leaf(html, 'html', 'gbk', 'base64', label='GBK')])
eml = build('zj', frm=addr('雷秀英', 'leixiuying_ny@126.example.com', cs='gbk', label='GBK'), to=alist([addr('qianwenbo', cs='gbk', label='GBK'), addr('simating', cs='gbk', label='GBK'), addr('yanzhiming', cs='gbk', label='GBK'), addr('nieshuhang', cs='gbk', label='GBK')]),
            cc=addr('纪要机器人', BOT['zj'], cs='gbk', label='GBK'), subject='期末工作协调会分工', subj_cs='gbk', subj_label='GBK',
            date='Tue, 23 Jun 2026 20:15:43 +0800 (CST)', mid='<1f2e3d4c.8b7a.19ef3a9c12d.Coremail.leixiuying_ny@126.example.com>',
            helo='m16-126.example.com', ip='220.181.15.111', qid='4ZyF9r2VtLz8',
            extra=[('X-Priority', '3'), ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2026 www.mailtech.cn 126com'),
                   ('X-NTES-SC', 'AL_Qu2cA/2Zu0ov5iGbZekfn0kXg+o7W8q2vPgv2YRWP5k0qiTA6Q'), ('X-CM-TRANSID', 'LsqowAD3H5gvc_pplXkCAA--.39402S2')], entity=ent)
case(8331, 'zj-126-personal-wps-tsv-two-owners', 'minutes', eml, [
    it('leixiuying', '护理系期末技能考核组织实施', '2026-06-30', ('abs', '2026-06-30')),
    it('qianwenbo', '期末考试试卷印制与保密管理', '2026-07-03', ('abs', '2026-07-03')),
    it('qianwenbo', '提交本部门本学期工作总结', '2026-06-30', ('abs', '2026-06-30')),
    it('leixiuying', '提交本部门本学期工作总结', '2026-06-30', ('abs', '2026-06-30')),
    it(None, '学生暑期离校安全教育', None, None, flags=['vague_due'], dept='学生处'),
], None,
    notes='Sent from the writer\'s personal 126 webmail (GBK base64) because the school mailbox was unavailable; the From address is not the roster address but the name 雷秀英 resolves through the roster. Sent Tue 2026-06-23. '
          'WPS table as tab-separated text. Row 1 主责：雷秀英；配合：实训中心 -> 雷秀英. Row 2 主责：教务处钱老师 -> 钱文博; 配合 闫工 is not an owner. '
          'Row 3 names two people for the same task (钱老师、雷主任) -> two items, one each. Row 4 学生处 (unit) -> no_owner; 离校前 is a deadline without a date -> vague_due. No next meeting.',
    summary='5 items (雷秀英 06-30; 钱文博 07-03; 钱文博 06-30; 雷秀英 06-30; 学生处 no_owner vague), no next',
    tests='主责/配合 in one cell, same task for two owners -> two items, sender on a personal address, 离校前 vague')
