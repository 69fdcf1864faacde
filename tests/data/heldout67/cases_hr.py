"""Cases 9528-9532: 赤峰红山热力有限责任公司 (state-owned district heating)."""
from cases_lx import foxmail_html
from h67_build import mk
from h67_core import Case, I, T
from h67_mime import hx, leaf, lines_html, multi, outlook_html, mso_paras, simple_html

ORG = "HR"
HOP = ("mail.hsrl-cf.example.cn", "")


def wecom_alt(text, seed):
    html = simple_html('<div style="font-size:14px;line-height:1.6">%s</div>' % lines_html(text), cs="utf-8",
                       body_style="font-family:PingFang SC,Microsoft YaHei")
    return multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "----=_NextPart_%s_%s_%s" % (seed[:8].upper(), seed[8:16].upper(), seed[16:24].upper()), fold=False)


def c9528():
    sent = T("2026-04-10 16:30:48")
    text = """各部门、各单位：

4月10日上午，包国栋总经理主持召开经理办公会，研究2026年停热后检修及老旧管网改造工作。现将议定事项纪要如下：

一、关于一次管网停热后查漏
会议要求管网所对一次管网进行全面查漏，建立漏点台账。
责任部门：管网所（孟庆海）；完成时限：4月底前。

二、关于锅炉停炉保养
热源厂制定1号、2号锅炉停炉保养方案，报生产技术部审核。
责任部门：热源厂（那日苏）；完成时限：5月15日前。

三、关于老旧管网改造项目清单
主责：生产技术部（乌云其其格）；配合：工程部（白玉山）。
梳理列入2026年改造计划的老旧管网项目清单，劳动节前报公司。

四、关于上采暖季投诉整理
客服中心对2025-2026采暖季用户投诉进行分类整理，分析原因，提出整改建议。
责任部门：客服中心（刘思雨）；完成时限：5个工作日内。

五、会议强调，检修期间各单位要严格执行“两票三制”，确保安全。

下次经理办公会定于4月24日（星期五）下午2:30召开。

综合办公室
2026年4月10日
"""
    html = outlook_html(mso_paras(text), cs="gb2312")
    body = multi("alternative", [leaf("text/plain", text, "gb2312", "quoted-printable"),
                                 leaf("text/html", html, "gb2312", "quoted-printable")],
                 "----=_NextPart_000_0015_01DCC8D1.7A0B3E40", preamble="This is a multipart message in MIME format.")
    eml = mk(ORG, "outlook", sent, "韩冬梅", ["乌云其其格", "孟庆海", "那日苏", "刘思雨", "白玉山"], ["包国栋"],
             "经理办公会会议纪要（2026年第6期）", body, "c9528", label="gb2312", sender_ip="10.20.1.15", hop=HOP)
    items = [
        I("孟庆海", "一次管网停热后全面查漏，建立漏点台账", ("2026-04-30", ("monthend",))),
        I("那日苏", "制定1号、2号锅炉停炉保养方案，报生产技术部审核", ("2026-05-15", ("abs", "2026-05-15"))),
        I("乌云其其格", "梳理列入2026年改造计划的老旧管网项目清单报公司", ("2026-04-30", ("before", "2026-05-01"))),
        I("刘思雨", "整理2025-2026采暖季用户投诉，分析原因并提出整改建议", ("2026-04-17", ("wd", 5))),
    ]
    notes = ("SOE 经理办公会 minutes in 一、二、三 sections with '责任部门：X（姓名）；完成时限：…' lines (Outlook gb2312 QP). "
             "Sent Fri 2026-04-10. 4月底前 -> 04-30; 劳动节前 -> last working day before 05-01 = Thu 04-30; 5个工作日内 "
             "-> 04-13..04-17 -> 2026-04-17. Section 三 has 主责/配合: 乌云其其格 owns it. Section 五 (会议强调) is policy. "
             "下次经理办公会 4月24日（星期五）下午2:30 -> 2026-04-24 14:30.")
    return Case(9528, "hr-outlook-gb2312-zerenbumen", "minutes",
                "Outlook gb2312 QP SOE minutes: 责任部门（姓名）/完成时限 lines, 主责/配合, 4月底前, 劳动节前, "
                "5个工作日内; next meeting 下午2:30",
                eml, sent, items, ("2026-04-24", ("abs", "2026-04-24"), "14:30"), notes)


def c9529():
    sent = T("2026-05-13 17:12:05")
    text = """各位好，

今天管网改造专题会的分工如下：

1. 孟所长
  ① 松山路DN600管段开挖检测，5月20日前完成；
  ② 更换老化阀门12台，5月底前完成。
2. 白工
  ① 出具施工组织设计（下周一前）；
  ② 协调交警部门办理占道施工审批（尽快）。
3. 赵部长：本周五前组织有限空间作业专项培训。

另：施工期间安全措施按公司“两票三制”执行，不再单列。

乌云其其格
生产技术部
"""
    body = wecom_alt(text, hx("c9529b", 24))
    eml = mk(ORG, "wecom", sent, "乌云其其格", ["孟庆海", "白玉山", "赵立新"], ["包国栋"], "管网改造专题会分工（5.13）",
             body, "c9529", sender_ip="10.20.1.33", hop=("smtp.exmail.example.com", ""))
    items = [
        I("孟庆海", "松山路DN600管段开挖检测", ("2026-05-20", ("abs", "2026-05-20"))),
        I("孟庆海", "更换老化阀门12台", ("2026-05-31", ("monthend",))),
        I("白玉山", "出具施工组织设计", ("2026-05-18", ("nextwk", 0))),
        I("白玉山", "协调交警部门办理占道施工审批", None, flags=["vague_due"]),
        I("赵立新", "组织有限空间作业专项培训", ("2026-05-15", ("wkday", 4))),
    ]
    notes = ("WeCom mail (UTF-8 base64 text+html). Owners by title (孟所长, 白工, 赵部长 -> roster aliases), each with "
             "①② sub-tasks: every sub-task is its own item with its own date. Sent Wed 2026-05-13. 5月底前 -> 05-31; "
             "下周一前 -> 05-18; 尽快 -> vague_due; 本周五前 -> 05-15. The '另：' line is a standing rule, not an item.")
    return Case(9529, "hr-wecom-subtasks-titles", "minutes",
                "WeCom UTF-8: owner headings by title with ①② sub-tasks (one item each): 5月底前, 下周一前, 尽快, 本周五前",
                eml, sent, items, None, notes)


def c9530():
    sent = T("2026-06-09 09:20:17")
    text = """问题协调解决记录表

问题编号：WT-20260609-01
发现时间：6月9日 07:40
问题描述：红山路与昭乌达路交叉口一次网回水管道试压时发现泄漏，影响周边3个换热站检修进度。
紧急程度：高
参与人员：孟庆海、白玉山、刘思雨、乌云其其格

处理措施：
1. 管网所孟庆海：2小时内关闭上下游阀门，完成泄漏段隔离；
2. 工程部白工：今天下班前提交抢修方案（含开挖、更换管段、回填）；
3. 工程部白工：明天中午12点前完成管段更换并恢复试压条件；
4. 客服中心刘主任：24小时内在受影响小区发布停水告知；
5. 生产技术部乌部长：抢修完成后组织复压验收。

下次碰头：明天下午4点，现场。

孟庆海
管网所"""
    html = foxmail_html(text, "GBK", sig_from=len(text.split("\n")) - 2)
    body = multi("alternative", [leaf("text/plain", text + "\n", "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 "----=_001_NextPart802274153390_=----", preamble="This is a multi-part message in MIME format.")
    eml = mk(ORG, "foxmail", sent, "孟庆海", ["白玉山", "刘思雨", "乌云其其格"], ["包国栋", "赵立新"],
             "【紧急】红山路一次网泄漏问题协调记录", body, "c9530", label="GBK", sender_ip="10.20.3.8", hop=HOP,
             extra=[("X-Priority", "1")])
    items = [
        I("孟庆海", "关闭上下游阀门，完成泄漏段隔离", ("2026-06-09", ("hours", 2))),
        I("白玉山", "提交抢修方案（含开挖、更换管段、回填）", ("2026-06-09", ("days", 0))),
        I("白玉山", "完成管段更换并恢复试压条件", ("2026-06-10", ("days", 1)), time="12:00"),
        I("刘思雨", "在受影响小区发布停水告知", ("2026-06-10", ("hours", 24))),
        I("乌云其其格", "抢修完成后组织复压验收", None, flags=["no_due"]),
    ]
    notes = ("Foxmail GBK 问题协调解决记录表 (key：value lines, 紧急程度 高). Sent Tue 2026-06-09 09:20. 2小时内 -> 06-09 "
             "11:20; 今天下班前 -> 06-09, no time; 明天中午12点前 -> 06-10 12:00; 24小时内 -> 06-10 09:20. Item 5 is "
             "conditional on the repair with no date -> no_due. 发现时间 07:40 is a fact. 下次碰头 明天下午4点 -> "
             "2026-06-10 16:00.")
    return Case(9530, "hr-foxmail-urgent-hours", "minutes",
                "Foxmail GBK urgent 问题协调解决记录表: 2小时内/24小时内 (time from Date), 今天下班前, 明天中午12点前, "
                "conditional item; 下次碰头 明天下午4点",
                eml, sent, items, ("2026-06-10", ("days", 1), "16:00"), notes)


def c9531():
    sent = T("2026-06-16 11:48:30")
    text = """思雨，麻烦把上周客服热线的来电统计表发我一份，包总明天开会要用，今天下午4点前给我就行。谢谢！

发自企业微信
"""
    body = wecom_alt(text, hx("c9531b", 24))
    eml = mk(ORG, "wecom", sent, "韩冬梅", ["刘思雨"], [], "客服热线来电统计", body, "c9531", sender_ip="10.20.1.16",
             hop=("smtp.exmail.example.com", ""))
    notes = ("A one-line personal request between colleagues (WeCom mobile, UTF-8), with the bot in Cc from an address "
             "book group. It has a deadline (今天下午4点前) but no meeting: kind other, no items.")
    return Case(9531, "hr-wecom-personal-request-other", "other",
                "WeCom mobile one-line request with a deadline (今天下午4点前), bot in Cc: other",
                eml, sent, [], None, notes)


def c9532():
    sent = T("2026-06-22 16:40:03")
    text = """各位：

今天上午改造项目推进会已开，纪要接在本通知后面：

一、进展
1. 3个标段施工单位均已确定。
2. 松山路段开挖检测已完成。

二、待办
1. 乌云其其格：本周四前完成二期招标文件编制；
2. 白玉山：6月30日前督促3个标段全部进场；
3. 工程部与管网所：做好交叉作业协调（长期）。

三、下次推进会：下周一同一时间（上午9点），生产技术部会议室。

乌云其其格

________________________________
发件人: 韩冬梅 <handm@hsrl-cf.example.cn>
发送时间: 2026年5月28日 10:02
收件人: 乌云其其格 <wuyunqqg@hsrl-cf.example.cn>; 孟庆海 <mengqh@hsrl-cf.example.cn>; 白玉山 <baiys@hsrl-cf.example.cn>
主题: 关于2026年供热管网改造项目推进的通知

各部门：
定于每两周召开一次改造项目推进会。请生产技术部于6月5日前报送项目总体进度计划，工程部于6月10日前完成施工单位进场准备。

综合办公室
"""
    html = outlook_html(mso_paras(text), cs="utf-8")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "----=_NextPart_000_0063_01DD0224.B1F0A9C0", preamble="This is a multipart message in MIME format.")
    orig = "<000a01dcee6b$%s$%s$@hsrl-cf.example.cn>" % (hx("c9532o", 8), hx("c9532p", 8))
    eml = mk(ORG, "outlook", sent, "乌云其其格", ["韩冬梅", "孟庆海", "白玉山"], ["包国栋"],
             "回复: 关于2026年供热管网改造项目推进的通知", body, "c9532", sender_ip="10.20.1.33", reply_to=orig, hop=HOP)
    items = [
        I("乌云其其格", "完成二期招标文件编制", ("2026-06-25", ("wkday", 3))),
        I("白玉山", "督促3个标段全部进场", ("2026-06-30", ("abs", "2026-06-30"))),
        I(None, "做好交叉作业协调（工程部与管网所）", None, flags=["no_owner", "no_due"]),
    ]
    notes = ("New minutes posted as an Outlook '回复:' on a month-old notice; the quoted notice (Outlook 发件人/发送时间 block) "
             "has its own old deadlines (6月5日前, 6月10日前) that are not items. Sent Mon 2026-06-22, the first working day "
             "after the Dragon Boat holiday. 本周四前 -> 06-25. Item 3 is owned by two departments jointly ('长期'): "
             "no_owner + no_due, department null. 一、进展 is status. '下周一同一时间（上午9点）' -> 2026-06-29 09:00.")
    return Case(9532, "hr-outlook-reply-old-thread-minutes", "minutes",
                "Outlook '回复:' on an old notice carrying new minutes; quoted old deadlines; two-department item; "
                "'下周一同一时间（上午9点）'",
                eml, sent, items, ("2026-06-29", ("nextwk", 0), "09:00"), notes)
