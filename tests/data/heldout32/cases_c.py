"""Organisation C: 绵阳青梧互娱科技有限公司 (game publisher, Mianyang)."""
import io, html as H
from lib32 import *   # noqa

MX = 'mx.qingwu.example.cn'

def divs(t):
    return ''.join('<div>%s</div>' % (H.escape(l) or '<br>') for l in t.split('\n'))

def lark_extra(sender):
    return [('MIME-Version', '1.0'), ('X-Lms-Return-Path', '<lba+269fd8e2b+%s>' % sender.replace('@', '+')),
            ('X-Mailer', 'Lark Mail'), ('Content-Language', 'zh-CN')]

def register(M):
    T, I, p, case, hdrs, bot = M.T, M.I, M.p, M.case, M.hdrs, M.BOT['C']
    P_ = lambda n: M.P[n][1]
    def tr(frm, sent, helo, ip, qid, delay=2):
        return trace(frm, bot[1], sent, helo, ip, MX, qid, delay)
    lark_rcv = 'va-1-31.ptr.blmpb.com va-1-31.ptr.blmpb.com'
    exmail_rcv = 'smtpbg151.qq.com smtpbg151.qq.com'

    # ---------------------------------------------------------------- 6016
    sent = T(2026, 4, 14, 16, 30, 55)
    todos = [('蒲小川', '五一活动策划案定稿', '4月17日'), ('冉静', '修复华为渠道包支付回调丢单问题', '4月15日 18:00'),
             ('邓佳', '确认五一活动KOL投放名单', ''), ('辜强', '输出公测首周留存分析报告', '下周一')]
    todo_html = ''.join('<li style="list-style:none;margin:6px 0">&#9744; <span style="color:#3370ff">@%s</span> %s %s</li>\n' % (
        H.escape(o), H.escape(t), ('<span style="color:#646a73">%s</span>' % H.escape(d)) if d else '') for o, t, d in todos)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<div style="max-width:720px;margin:0 auto;font-family:-apple-system,PingFang SC,Microsoft YaHei,sans-serif;font-size:14px;color:#1f2329">
<p>唐悦 通过飞书妙记分享了智能纪要</p>
<h2 style="font-size:20px">智能纪要：《山海行》公测版本运营周会 2026年4月14日</h2>
<p style="color:#646a73">会议时间：2026年4月14日 14:00 - 15:10 &nbsp;|&nbsp; 参会人：唐悦、蒲小川、冉静、邓佳、辜强、文雪</p>
<h3>总结</h3>
<p>本次会议复盘了《山海行》公测首周数据，讨论了华为渠道包支付丢单问题及五一活动方案。首周新增注册41.2万，次日留存43%，低于预期3个百分点。唐悦要求蒲小川本周内把五一活动策划定稿，冉静优先处理支付回调问题，邓佳尽快敲定KOL名单。</p>
<h3>章节</h3>
<p>00:00:12 公测首周数据复盘<br>00:21:40 华为渠道包支付回调丢单<br>00:38:05 五一活动方案与KOL投放<br>00:59:30 客服工单情况</p>
<h3>待办</h3>
<ul style="padding-left:0">
""" + todo_html + """</ul>
<p style="color:#8f959e;font-size:12px">智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用。<br><a href="https://qingwu.feishu.example.cn/minutes/obcn7q2x">查看妙记</a></p>
</div></body></html>
"""
    mime = text(html, 'UTF-8', 'base64', 'html')
    to = [p('蒲小川'), p('冉静'), p('邓佳'), p('辜强'), p('文雪')]
    h = hdrs(p('唐悦'), to, [bot], '智能纪要：《山海行》公测版本运营周会 2026年4月14日', sent,
             '<lark-mail-7f2c9a1e-3b4d-4e5f-8a6b-7c8d9e0f1a2b@qingwu.example.cn>', extra_after=lark_extra(P_('唐悦')))
    raw = message(tr(P_('唐悦'), sent, lark_rcv, '209.127.231.31', '4fGw1N4sKcz7'), h, mime)
    case(6016, 'feishu-ai-minutes-todo-only', 'minutes', sent, raw, [
        I('蒲小川', '五一活动策划案定稿', '2026-04-17', rule=('md', 4, 17)),
        I('冉静', '修复华为渠道包支付回调丢单问题', '2026-04-15', '18:00', rule=('md', 4, 15, '18:00')),
        I('邓佳', '确认五一活动KOL投放名单', None, flags=['no_due']),
        I('辜强', '输出公测首周留存分析报告', '2026-04-20', rule=('next', 0)),
    ], None, None,
        notes="飞书妙记 智能纪要 shared by mail (Lark Mail, single-part text/html). Only the 待办 list counts; the 总结 restates three of the tasks with other wording ('本周内', '尽快') and must not add items or change dates; 章节 are chapters. Sent Tue 2026-04-14. 蒲小川 4月17日 -> 04-17. 冉静 '4月15日 18:00' -> 2026-04-15 18:00. 邓佳 has no date in 待办 -> no_due (the summary's 尽快 is not the 待办's deadline). 辜强 下周一 -> 2026-04-20. No next meeting.",
        summary='4 items (1 no_due); next null',
        tests='飞书智能纪要: only 待办 counts, summary restates with vaguer words; @owner checkbox lines; html-only')

    # ---------------------------------------------------------------- 6017
    sent = T(2026, 5, 7, 19, 20, 8)
    body = """腾讯会议智能纪要

会议主题：《山海行》版本提审协调会
会议时间：2026/05/07 17:00-17:45
参会人员：何俊、蒲小川、钱丽、苟一鸣、邓佳

【会议摘要】
会议围绕《山海行》1.5版本提审材料、用户协议更新和TapTap预约页进行了讨论。版本计划于5月中旬提交审核，法务需同步更新用户协议和隐私政策。

【会议要点】
1. 版号材料已齐全，自审报告还需补充未成年人防沉迷说明。
2. 新版用户协议需增加跨服交易条款。

【待办事项】
· 蒲小川：周六前完成版本提审材料（含版号、自审报告）
· 钱老师：审核新版用户协议和隐私政策，下周二前
· 苟一鸣：5月11日中午12点前完成提审包打包
· TapTap预约页更新（负责人待定）

本纪要由腾讯会议AI智能助手生成，仅供参考
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:微软雅黑;font-size:14px">' + divs(body) + '</div></body></html>\n')
    b = '----=_NextPart_6A1C7F58_0B2D4E6F_7A8B9C0D'
    mime = multi('alternative', b, [text(body, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')],
                 preamble='This is a multi-part message in MIME format.')
    to = [p('蒲小川'), p('钱丽'), p('苟一鸣'), p('邓佳')]
    h = hdrs(p('何俊'), to, [bot], '腾讯会议智能纪要：《山海行》版本提审协调会', sent,
             '<tencent_2C4E6A8C0E2B4D6F8A0C2E4B6D8F0A2C4E05@qq.com>', quote=True,
             extra_after=[('X-Mailer', 'WeCom Mail 4.1'), ('MIME-Version', '1.0'), ('X-QQ-mid', 'bizesmtp62t1778152808tk0d8v3r'),
                          ('X-QQ-SSF', '00400000000000F0')])
    raw = message(tr(P_('何俊'), sent, exmail_rcv, '43.155.80.173', '4fK4nW9dRtz2'), h, mime)
    case(6017, 'tencent-meeting-ai-saturday-workday', 'minutes', sent, raw, [
        I('蒲小川', '完成版本提审材料（含版号、自审报告）', '2026-05-09', rule=('wd', 5)),
        I('钱丽', '审核新版用户协议和隐私政策', '2026-05-12', rule=('next', 1)),
        I('苟一鸣', '完成提审包打包', '2026-05-11', '12:00', rule=('md', 5, 11, '12:00')),
        I(None, '更新TapTap预约页', None, flags=['no_owner', 'no_due']),
    ], None, None,
        notes="腾讯会议 AI 智能纪要 pasted into a 企业微信 mail (Exmail backend), UTF-8 base64. Only 【待办事项】 counts; 会议摘要 and 会议要点 are not items. Sent Thu 2026-05-07 (after Labour Day). 蒲小川 周六前 -> Sat 2026-05-09, this week's Saturday, which is the make-up working day. 钱老师 = 钱丽 (roster alias), 下周二前 -> 2026-05-12. 苟一鸣 5月11日中午12点前 -> 2026-05-11 12:00. TapTap预约页更新 '负责人待定' with no date -> [no_owner, no_due]. No next meeting.",
        summary='4 items (1 no_owner+no_due); next null',
        tests='腾讯会议 AI minutes 待办 only; 周六前 on a make-up Saturday; 钱老师 alias; 中午12点 time')

    # ---------------------------------------------------------------- 6018
    sent = T(2026, 4, 20, 20, 5, 31)
    body = """## 技术周会 2026-04-20

时间：19:00-19:50
参会：苟一鸣、冉静、辜强、蒲小川

### 结论
- 安卓最低支持版本提到 Android 8.0，5月版本生效
- CDN 继续双厂商，切换方案评审后再定

### Action Items
- [ ] @冉静 修复安卓12登录闪退（SHX-1423），due 4/24
- [x] @辜强 埋点SDK升级到3.2 —— 已完成
- [ ] @苟一鸣 评审CDN切换方案 by Wed
- [ ] @蒲小川 整理公测FAQ给客服中心 EOD
- [ ] 压测脚本补齐（owner待定）

下周一同一时间继续。

--
苟一鸣 | 技术部
"""
    html = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:Menlo,Consolas,monospace;font-size:13px;white-space:pre-wrap">' +
            H.escape(body) + '</div></body></html>\n')
    b = '----=_Part_9c3b7e1d_2f4a_4c8e_b6d0_5a7f1e3c9b2d'
    mime = multi('alternative', b, [text(body, 'UTF-8', 'base64'), text(html, 'UTF-8', 'base64', 'html')])
    to = [p('冉静'), p('辜强'), p('蒲小川')]
    h = hdrs(p('苟一鸣'), to, [bot], '[技术周会] 2026-04-20 纪要 & Action Items', sent,
             '<lark-mail-1e8d3c5b-9a7f-4b2e-8c6d-0f1a2b3c4d5e@qingwu.example.cn>', extra_after=lark_extra(P_('苟一鸣')))
    raw = message(tr(P_('苟一鸣'), sent, lark_rcv, '209.127.231.31', '4fHd6Y1pLwz4'), h, mime)
    case(6018, 'markdown-checkbox-at-owners', 'minutes', sent, raw, [
        I('冉静', '修复安卓12登录闪退', '2026-04-24', rule=('md', 4, 24)),
        I('苟一鸣', '评审CDN切换方案', '2026-04-22', rule=('wd', 2)),
        I('蒲小川', '整理公测FAQ给客服中心', '2026-04-20', rule=('rel', 0)),
        I(None, '补齐压测脚本', None, flags=['no_owner', 'no_due']),
    ], {'date': '2026-04-27', 'time': '19:00'}, ('next', 0, '19:00'),
        notes="Markdown-style minutes from a developer (Lark Mail, UTF-8 base64): '- [ ] @name task due' checkboxes. Sent Mon 2026-04-20 20:05. '- [x] … 已完成' is done -> not an item. 冉静 due 4/24 -> 04-24 (ticket key SHX-1423 not part of the task). 苟一鸣 by Wed -> 2026-04-22. 蒲小川 EOD -> send date 04-20, no time. '压测脚本补齐（owner待定）' has no owner and no date -> [no_owner, no_due]. ### 结论 are decisions. '下周一同一时间继续' with 时间 19:00-19:50 in the header -> 2026-04-27 19:00.",
        summary='4 items (done box skipped, 1 no_owner); next 04-27 19:00',
        tests='- [ ] @name checkboxes, [x] done, ticket key, by Wed, EOD, owner待定, 下周一同一时间')

    # ---------------------------------------------------------------- 6019
    sent = T(2026, 5, 22, 22, 47, 19)
    body = """各位，晚上和母总、唐唐在群里又过了一遍，先把群聊记录贴一下，纪要在最后：

—— 群聊记录 ——
唐悦 21:05
暑期那个B站联动定了吗
母浩 21:06
定了，合同我下周二前给到法务
邓佳 21:08
好，那KV我这边周日出初稿
唐悦 21:10
👍 活动页让小川跟一下，下周三前出个原型
—— 以上 ——

纪要：
1. B站暑期联动合作合同，母总下周二前提交法务审核。
2. 暑期主KV初稿，邓佳，5月24日（周日）。
3. 暑期活动页原型，小川负责，下周三前。

下次：下周五晚上8点线上再对一次。

发自我的iPhone
"""
    mime = text(body, 'utf-8', 'quoted-printable')
    h = [('From', addr('邓佳', P_('邓佳'), quote=True)), ('Content-Type', 'text/plain;\n\tcharset=utf-8'),
         ('Content-Transfer-Encoding', 'quoted-printable'), ('Mime-Version', '1.0 (1.0)'),
         ('Subject', ew('暑期推广会小结')), ('Date', rfcdate(sent)),
         ('Message-Id', '<5E2A7C41-9B3D-4F6E-A1C8-2D7B9E0F4A63@qingwu.example.cn>'),
         ('Cc', addrs([p('唐悦'), bot], quote=True)), ('To', addrs([p('母浩'), p('蒲小川')], quote=True)),
         ('X-Mailer', 'iPhone Mail (22F76)')]
    mime_body = mime.split(b'\n\n', 1)[1]
    raw = message(tr(P_('邓佳'), sent, 'smtpclient.apple unknown', '171.217.93.40', '4fM6rT2hZkz1'), h, b'\n' + mime_body)
    case(6019, 'chat-paste-then-minutes-iphone', 'minutes', sent, raw, [
        I('母浩', 'B站暑期联动合作合同提交法务审核', '2026-05-26', rule=('next', 1)),
        I('邓佳', '暑期主KV初稿', '2026-05-24', rule=('md', 5, 24)),
        I('蒲小川', '暑期活动页原型', '2026-05-27', rule=('next', 2)),
    ], {'date': '2026-05-29', 'time': '20:00'}, ('next', 4, '20:00'),
        notes="iPhone Mail, single text/plain UTF-8 QP (with an emoji). A pasted WeChat group chat restates the tasks; it is not the minutes and must not add items. Only the '纪要：' list counts. Sent Fri 2026-05-22 22:47. 1 母总 = 母浩, 下周二前 -> 2026-05-26. 2 邓佳 '5月24日（周日）' -> 05-24. 3 小川 = 蒲小川, 下周三前 -> 2026-05-27. '下次：下周五晚上8点' -> 2026-05-29 20:00.",
        summary='3 items; next 05-29 20:00',
        tests='chat log restating items, nicknames 母总/小川, 晚上8点, iPhone QP')

    # ---------------------------------------------------------------- 6020
    sent = T(2026, 6, 3, 18, 10, 2)
    head = ('沟通编号', '沟通日期', '对方单位/联系人', '我方对接人', '沟通类型', '核心需求/反馈', '解决方案/进展', '下次沟通时间', '负责人')
    row = ('EC-20260603', '2026-06-03', '橙子应用商店/冯蕾', '商务部/母浩', '合作方',
           '橙子应用商店希望《山海行》暑期首发独家礼包，并要求7月1日前确定首页资源位档期',
           '①我方商务部母浩6月5日前提交暑期资源位排期需求；②橙子应用商店冯蕾下周三前反馈首页Banner档期；③客服中心（文雪）6月底前完成渠道专属礼包码配置',
           '2026-06-10 14:00', '母浩')
    intro = '冯经理，您好：\n\n感谢今天下午的沟通，跟进表如下，请确认：\n'
    outro = '\n如有出入请直接回复。\n\n母浩\n商务部 | 绵阳青梧互娱科技有限公司\nM: 139 9012 6617\n'
    ttext = intro + '\n外部沟通跟进表\n' + '\n'.join('%s：%s' % (a, b_) for a, b_ in zip(head, row)) + '\n' + outro
    tdh = lambda x: '<td style="border:solid #BFBFBF 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b><span lang=ZH-CN>%s</span></b></p></td>' % H.escape(x)
    tdd = lambda x: '<td style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal><span lang=ZH-CN>%s</span></p></td>' % H.escape(x)
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal{margin:0cm;font-size:10.5pt;font-family:等线;} --></style></head><body lang=ZH-CN><div class=WordSection1>' +
            ''.join('<p class=MsoNormal><span lang=ZH-CN>%s</span></p>' % (H.escape(l) or '<o:p>&nbsp;</o:p>') for l in intro.split('\n')) +
            '<p class=MsoNormal><b>外部沟通跟进表</b></p><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">'
            '<tr>' + ''.join(tdh(x) for x in head) + '</tr><tr>' + ''.join(tdd(x) for x in row) + '</tr></table>' +
            ''.join('<p class=MsoNormal><span lang=ZH-CN>%s</span></p>' % (H.escape(l) or '<o:p>&nbsp;</o:p>') for l in outro.split('\n')) +
            '</div></body></html>\n')
    b = '----=_NextPart_000_0102_01DCF38D.6A5E1B20'
    mime = multi('alternative', b, [text(ttext, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')],
                 preamble='This is a multipart message in MIME format.')
    h = hdrs(p('母浩'), [p('冯蕾')], [p('何俊'), p('文雪'), bot], '橙子应用商店《山海行》暑期资源位沟通 跟进表 EC-20260603', sent,
             '<002a01dcf38d$6a5e1b20$3f1a5160$@qingwu.example.cn>',
             extra_after=[('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'),
                          ('Thread-Index', 'AdzzjWpeGyBiP1E7Tq2yX0gR8xk3Vg=='), ('Content-Language', 'zh-cn')])
    raw = message(tr(P_('母浩'), sent, 'MUHAO-NB', '172.16.8.52', '4fS1qB5xVnz6'), h, mime, crlf=True)
    case(6020, 'ec-partner-followup-outlook-table', 'minutes', sent, raw, [
        I('母浩', '提交暑期资源位排期需求', '2026-06-05', rule=('md', 6, 5)),
        I('冯蕾', '反馈首页Banner档期', '2026-06-10', rule=('next', 2)),
        I('文雪', '完成渠道专属礼包码配置', '2026-06-30', rule=('month_end',)),
    ], {'date': '2026-06-10', 'time': '14:00'}, ('md', 6, 10, '14:00'),
        notes="Seed 外部沟通跟进表 (partner row) as an Outlook/Word HTML table, UTF-8 QP; plain part as key：value lines. Sent Wed 2026-06-03 to the partner. 解决方案/进展 ① 母浩 6月5日前 -> 06-05. ② the partner's contact 冯蕾 (outsider in roster, in To) 下周三前 -> 2026-06-10. ③ '客服中心（文雪）' person in brackets -> 文雪, 6月底前 -> 06-30. 核心需求/反馈 ('7月1日前确定…') is the partner's request, not an item; the 负责人 cell (母浩) adds nothing. 下次沟通时间 2026-06-10 14:00.",
        summary='3 items (1 external owner); next 06-10 14:00',
        tests='seed 外部沟通跟进表 in Word HTML table, external owner, 6月底前, requirement cell with date not an item')

    # ---------------------------------------------------------------- 6021
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle('《山海行》暑期版本（v1.6）上线评审会纪要'); c.setAuthor('何俊')
    y = 790
    def line(t, size=11, dy=20, x=60):
        nonlocal y
        c.setFont('STSong-Light', size); c.drawString(x, y, t); y -= dy
    line('《山海行》暑期版本（v1.6）上线评审会纪要', 16, 30, 110)
    line('时间：2026年6月12日 15:00-16:30    地点：3楼大会议室    记录：何俊')
    line('参会：何俊、唐悦、苟一鸣、冉静、蒲小川、邓佳、文雪', dy=28)
    line('一、评审结论', 12)
    line('1. v1.6版本定于7月2日全渠道上线，上线前冻结新需求。')
    line('2. 暑期活动与版本同步开启，活动时长28天。', dy=28)
    line('二、行动项', 12)
    rows = [('序号', '事项', '负责人', '截止时间'), ('1', '完成v1.6全量回归测试', '冉静', '6月24日'),
            ('2', '暑期活动运营配置', '蒲小川', '6月26日'), ('3', '版本更新公告及渠道物料', '邓佳', '6月29日'),
            ('4', '服务器扩容评估', '苟一鸣', '端午节前')]
    xs = [60, 110, 330, 420, 530]
    for r in rows:
        c.setFont('STSong-Light', 11)
        for i, t in enumerate(r):
            c.drawString(xs[i] + 4, y, t)
        c.line(60, y - 6, 530, y - 6)
        y -= 22
    y -= 10
    line('三、下次评审：6月30日（周二）下午3点，上线前最终评审。', 11, 28)
    c.setFont('STSong-Light', 9); c.drawString(60, 60, '绵阳青梧互娱科技有限公司 发行部  内部资料')
    c.showPage(); c.save()
    pdf = buf.getvalue()
    M.ATTACH['6021.pdf'] = pdf
    sent = T(2026, 6, 15, 10, 5, 36)
    body = "各位：\n\n附件是上周五（6/12）暑期版本上线评审会的纪要（PDF），请查阅，纪要机器人已抄送跟踪。有问题群里说。\n\n何俊\n发行部\n"
    html = '<html><head><meta charset="utf-8"></head><body><div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">' + divs(body) + '</div></body></html>\n'
    b1, b2 = '----=_Part_lark_5c1d7e9a3b', '----=_Part_lark_5c1d7e9a3c'
    alt = multi('alternative', b2, [text(body, 'UTF-8', 'base64'), text(html, 'UTF-8', 'base64', 'html')])
    att = binpart(pdf, 'application/pdf', '暑期版本上线评审会纪要.pdf', fn_style='2231')
    mime = multi('mixed', b1, [alt, att])
    to = [p('唐悦'), p('苟一鸣'), p('冉静'), p('蒲小川'), p('邓佳'), p('文雪')]
    h = hdrs(p('何俊'), to, [bot], '《山海行》暑期版本上线评审会纪要', sent,
             '<lark-mail-4a6c8e0b-2d4f-4a6c-9e1b-3d5f7a9c1e2b@qingwu.example.cn>', extra_after=lark_extra(P_('何俊')))
    raw = message(tr(P_('何俊'), sent, lark_rcv, '209.127.231.33', '4fU9sC3mTqz5'), h, mime)
    case(6021, 'pdf-attachment-review-minutes', 'minutes', sent, raw, [
        I('冉静', '完成v1.6全量回归测试', '2026-06-24', rule=('md', 6, 24)),
        I('蒲小川', '暑期活动运营配置', '2026-06-26', rule=('md', 6, 26)),
        I('邓佳', '版本更新公告及渠道物料', '2026-06-29', rule=('md', 6, 29)),
        I('苟一鸣', '服务器扩容评估', '2026-06-18', rule=('before_holiday',)),
    ], {'date': '2026-06-30', 'time': '15:00'}, ('md', 6, 30, '15:00'),
        notes="Lark Mail with a two-line body and the minutes as a PDF attachment (reportlab, CID font STSong-Light, RFC 2231 filename). Gold is what a human reading the PDF records. Mail sent Mon 2026-06-15; the meeting was Fri 06-12. 评审结论 are decisions (7月2日上线 is not an item). 行动项 table: 冉静 06-24, 蒲小川 06-26, 邓佳 06-29, 苟一鸣 端午节前 = last working day before Jun 19 = Thu 2026-06-18 (same from either date). 下次评审 6月30日（周二）下午3点 -> 2026-06-30 15:00.",
        summary='4 items from the PDF; next 06-30 15:00',
        tests='PDF attachment with table, 端午节前, decisions with dates')

    # ---------------------------------------------------------------- 6022
    sent = T(2026, 6, 18, 17, 30, 44)
    body = """各位：

端午假期客服保障会纪要：
1. 假期客服值班表：客服中心（雪姐）今天下班前发群里。
2. 充值异常工单升级通道：技术部尽快给一个假期值班联系人。
3. 假期舆情监测：市场部负责，节后第一个工作日出监测简报。
4. 常见问题库（FAQ）更新：小川和文雪共同负责，近期完成。
5. 假期期间所有客诉须在2小时内首次响应（长期要求，请各班组长严格执行）。

祝大家端午安康！

文雪
客服中心
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:微软雅黑;font-size:14px">' + divs(body) + '</div></body></html>\n')
    b = '----=_NextPart_6A93B6CC_0E5F1D2A_3B4C5D6E'
    mime = multi('alternative', b, [text(body, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')],
                 preamble='This is a multi-part message in MIME format.')
    to = [p('苟一鸣'), p('邓佳'), p('蒲小川'), p('唐悦')]
    h = hdrs(p('文雪'), to, [bot], '客服中心端午假期保障会纪要', sent,
             '<tencent_7E9A1C3E5B7D9F1A3C5E7B9D1F3A5C7E9B04@qq.com>', quote=True,
             extra_after=[('X-Mailer', 'WeCom Mail 4.1'), ('MIME-Version', '1.0'), ('X-QQ-mid', 'bizesmtp71t1781775044tq3zr5m1')])
    raw = message(tr(P_('文雪'), sent, exmail_rcv, '43.155.80.173', '4fVf2H0sLbz8'), h, mime)
    case(6022, 'dragonboat-eve-vague-dept-two-owners', 'minutes', sent, raw, [
        I('文雪', '发假期客服值班表', '2026-06-18', rule=('rel', 0)),
        I(None, '给一个充值异常工单假期值班联系人', None, flags=['no_owner', 'vague_due'], dept='技术部'),
        I(None, '出假期舆情监测简报', '2026-06-22', flags=['no_owner'], dept='市场部', rule=('after_holiday',)),
        I('蒲小川', '常见问题库（FAQ）更新', None, flags=['vague_due']),
        I('文雪', '常见问题库（FAQ）更新', None, flags=['vague_due']),
    ], None, None,
        notes="企业微信 mail (Exmail backend) UTF-8 base64, plain common minutes, sent Thu 2026-06-18, the day before Dragon Boat (Jun 19-21). 1 '客服中心（雪姐）' -> person in brackets = 文雪 (alias 雪姐), 今天下班前 -> 06-18, no time. 2 技术部 only -> no_owner, department 技术部, 尽快 -> vague_due. 3 市场部 only -> no_owner, department 市场部, 节后第一个工作日 -> Mon 2026-06-22. 4 '小川和文雪共同负责' -> the same task for two owners gives two items, both 近期 -> vague_due. 5 is a standing rule (长期要求) with an hour window, not an item. No next meeting.",
        summary='5 items (2 unit-only, 3 vague); next null',
        tests='unit（alias）, dept-only owners, 尽快/近期, two owners -> two items, standing 2小时内 rule not an item')

    # ---------------------------------------------------------------- 6035
    sent = T(2026, 7, 7, 21, 40, 12)
    body = """故障复盘会纪要

时间：7月7日 20:30-21:20（线上）
参会：苟一鸣、冉静、辜强、唐悦、文雪

故障概述：19:02-19:48 登录服务不可用约46分钟，影响约3.2万玩家登录。根因：Redis主从切换后连接池未重建，登录请求持续超时。

改进措施：
1. 苟工：24小时内完成连接池自动重建补丁并灰度上线。
2. 辜强：明天上午10点前导出受影响玩家名单。
3. 唐悦：补偿方案（登录奖励×3天）明天下班前定稿。
4. 冉静：本周五前补充Redis主从切换演练用例。
5. 技术部运维组：调整登录服务监控告警阈值，尽快。

补偿公告已于21:10由客服中心发布（已完成）。

冉静
技术部
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' +
            divs(body) + '</body></html>\n')
    b = 'Apple-Mail=_8E2C4A6B-1D3F-4E5A-9B7C-0D2E4F6A8B1C'
    mime = multi('alternative', b, [text(body, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')])
    to = [p('苟一鸣'), p('辜强'), p('唐悦'), p('文雪')]
    h = [('From', addr('冉静', P_('冉静'))), ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))'),
         ('Subject', ew('【故障复盘】7月7日登录服务故障复盘会纪要')), ('Date', rfcdate(sent)),
         ('Message-Id', '<3A7C9E1B-5D2F-4A6C-8E0B-1C3D5E7F9A2B@qingwu.example.cn>'),
         ('Cc', addrs([p('何俊'), bot])), ('To', addrs(to)), ('X-Mailer', 'Apple Mail (2.3826.600.51.1.1)')]
    raw = message(tr(P_('冉静'), sent, 'smtpclient.apple unknown', '171.217.93.118', '4fWz8K4dPcz3'), h, mime)
    case(6035, 'incident-review-hours-late-evening', 'minutes', sent, raw, [
        I('苟一鸣', '完成连接池自动重建补丁并灰度上线', '2026-07-08', '21:40', rule=('hours', 24)),
        I('辜强', '导出受影响玩家名单', '2026-07-08', '10:00', rule=('rel', 1, '10:00')),
        I('唐悦', '补偿方案（登录奖励×3天）定稿', '2026-07-08', rule=('rel', 1)),
        I('冉静', '补充Redis主从切换演练用例', '2026-07-10', rule=('this', 4)),
        I(None, '调整登录服务监控告警阈值', None, flags=['no_owner', 'vague_due'], dept='技术部'),
    ], None, None,
        notes="Apple Mail (macOS) UTF-8 QP, incident review sent late: Tue 2026-07-07 21:40:12. 1 苟工 = 苟一鸣, 24小时内 counts from the Date header -> 2026-07-08 21:40. 2 明天上午10点前 -> 07-08 10:00. 3 明天下班前 -> 07-08, no time (下班前 gives no time). 4 本周五前 -> 07-10. 5 '技术部运维组' is a team inside 技术部 -> no_owner, department 技术部, 尽快 -> vague_due. The compensation notice line is marked 已完成 -> not an item. The times in 故障概述 are facts. No next meeting.",
        summary='5 items (1 unit-only vague, hour deadline); next null',
        tests='24小时内 from a late-evening Date, 明天上午10点前, 明天下班前, team-in-department owner, done line')

    # ---------------------------------------------------------------- 6023
    sent = T(2026, 5, 29, 18, 0, 33)
    body = """《青梧运营周刊》第21期（5.25-5.29）

【本周数据】
· 《山海行》DAU 日均 38.6万，环比 +4.2%；付费率 6.1%。
· 五一活动回流玩家 7 日留存 31%，高于预期。

【版本动态】
· 1.5版本已于5月27日通过审核，6月3日前完成全渠道更新。
· 1.6暑期版本进入开发，预计7月初上线。

【活动预告】
· 6月5日（周五）起：端午预热"粽情山海"签到活动，持续至6月21日。
· 6月19日-21日端午假期，客服中心正常值班。

【团队风采】
本周市场部邓佳团队的B站联动预告片播放量破200万，恭喜！

运营部 唐悦
（本周刊每周五发出，如不想接收请告诉我）
"""
    html = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px;max-width:640px">' +
            divs(body) + '</div></body></html>\n')
    b = '----=_Part_lark_9e2a4c6b8d'
    mime = multi('alternative', b, [text(body, 'UTF-8', 'base64'), text(html, 'UTF-8', 'base64', 'html')])
    h = hdrs(p('唐悦'), [('全体员工', 'all@qingwu.example.cn')], [bot], '《青梧运营周刊》第21期（5.25-5.29）', sent,
             '<lark-mail-6b8d0f2a-4c6e-4a8b-9d1f-2a4c6e8b0d3f@qingwu.example.cn>', extra_after=lark_extra(P_('唐悦')))
    raw = message(tr(P_('唐悦'), sent, lark_rcv, '209.127.231.31', '4fN3vJ6wRkz2'), h, mime)
    case(6023, 'other-personal-newsletter', 'other', sent, raw, [], None, None,
        notes="An internal weekly newsletter written and sent by a person (Lark Mail to the all-staff address, bot in Cc). No List-Id/Precedence: it is not bulk machine mail, so kind other rather than auto; it is a report, not minutes (no meeting, no owners), so no items even though it contains '6月3日前' and dated events.",
        summary='other; no items',
        tests='person-written newsletter with dates -> other, not minutes, not auto')

    # ---------------------------------------------------------------- 6024
    sent = T(2026, 6, 19, 8, 1, 17)
    body = """您好，我正在休端午假期（6月19日-6月21日），6月22日（周一）返岗。
假期期间客服值班事宜请联系蒲小川（puxc@qingwu.example.cn），紧急情况请拨打客服值班电话 0816-2291000。
此为自动回复，无需回复。

文雪
"""
    mime = text(body, 'utf-8', 'base64')
    h = [('From', addr('文雪', P_('文雪'), quote=True)), ('To', bot[1]),
         ('Subject', ew('自动回复: 【纪要确认】客服中心端午假期保障会纪要')), ('Date', rfcdate(sent)),
         ('Message-ID', '<tencent_autoreply_0B2D4F6A8C0E2A4C6E8A0B2D@qq.com>'), ('MIME-Version', '1.0'),
         ('In-Reply-To', '<mb-recap-6022.1781775101@qingwu.example.cn>'), ('References', '<tencent_7E9A1C3E5B7D9F1A3C5E7B9D1F3A5C7E9B04@qq.com>\n <mb-recap-6022.1781775101@qingwu.example.cn>'),
         ('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes'), ('X-QQ-AUTOREPLY', '1'), ('X-Mailer', 'WeCom Mail 4.1')]
    raw = message(tr(P_('文雪'), sent, exmail_rcv, '43.155.80.173', '4fVg0A2kMnz1'), h, mime)
    case(6024, 'auto-wecom-holiday-autoreply', 'auto', sent, raw, [], None, None,
        notes="企业微信/Exmail holiday auto-reply to the bot's recap (Auto-Submitted: auto-replied, X-Autoreply, '自动回复:' subject, In-Reply-To the recap). The body has dates, a delegate and a phone number; none of it is a command or an item -> kind auto, never answered.",
        summary='auto (auto-reply)',
        tests='auto-reply headers; dates and delegate in body')
