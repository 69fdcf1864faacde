"""沈阳安和康复医院 (Shenyang Anhe Rehabilitation Hospital, private): DingTalk/Alimail, Outlook, Apple, Thunderbird."""
from . import attach, markup
from .mime import addr, addr_list, binary_part, message, multipart, subject, text_part
from .model import Item, Next, case, sent
from .orgs import BOTS, HOSP, person

BOT = ("纪要助手", BOTS[HOSP])


def P(*names):
    return [person(n) for n in names]


def ali_rx(when, qid, ip="47.88.44.36"):
    from .model import fmt_local
    return ("from out30-%s.freemail.mail.aliyun.example.com (out30-%s.freemail.mail.aliyun.example.com [%s])\n\tby mx.anherehab.example.cn (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)"
            % (ip.split(".")[-1], ip.split(".")[-1], ip, qid, BOT[1], fmt_local(when)))


def ali_headers(sender, when, qid):
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", BOT[1]),
            ("Received", ali_rx(when, qid)),
            ("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R141e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam033037033178;MF=%s;NM=1;PH=DS;RN=9;SR=0" % sender)]


# ------------------------------------------------------------------------------------------------ 8114
H8114 = """<div style="font-family:PingFang SC,Microsoft YaHei,sans-serif;font-size:14px;color:#171a1d">
<div>各位好，今天跌倒防控专项会的钉钉智能纪要转给大家，待办请各自认领落实。</div><div><br></div>
<div style="border:1px solid #e5e6eb;border-radius:8px;padding:16px;max-width:720px">
<div style="font-size:18px;font-weight:600">跌倒/坠床防控专项会</div>
<div style="color:#8f959e">会议时间：2026-04-10 15:00 - 16:10 ｜ 会议时长：1小时10分钟</div>
<div style="color:#8f959e">参会人：关丽娜、于海燕、钱文博、佟鑫、张博、孟庆华</div>
<div style="margin-top:12px;font-weight:600">AI摘要</div>
<div>会议围绕一季度住院患者跌倒事件分析展开。于海燕通报一季度共发生跌倒4例，其中夜间如厕跌倒3例。孟庆华要求各病区立即加强夜间巡视，并在本月底前完成全员防跌倒培训。钱文博建议康复治疗时段避开早交班。</div>
<div style="margin-top:12px;font-weight:600">章节速览</div>
<div>00:00 一季度跌倒事件回顾</div>
<div>12:36 《跌倒风险评估表》修订</div>
<div>35:20 PT治疗时段调整</div>
<div>51:02 HIS评估模板</div>
<div style="margin-top:12px;font-weight:600">待办事项</div>
<div>☐ 关丽娜：4月15日前完成《跌倒风险评估表》修订稿</div>
<div>☐ 佟鑫：下周三前提交PT治疗时段调整方案（避开7:30-8:30交接班）</div>
<div>☐ 张博：下周五前在HIS上线新版跌倒风险评估模板</div>
<div>☑ 于海燕：统计一季度跌倒事件明细</div>
<div style="margin-top:12px;color:#8f959e;font-size:12px">以上内容由AI生成，请注意甄别。来自钉钉闪记</div>
</div>
<div><br></div><div>关丽娜 | 护理部</div>
</div>
"""


@case(8114, "dingtalk-ai-minutes-checkboxes-html-only", "minutes", HOSP,
      items=[
          Item("关丽娜", "完成《跌倒风险评估表》修订稿", "2026-04-15", ("date", "2026-04-15")),
          Item("佟鑫", "提交PT治疗时段调整方案（避开7:30-8:30交接班）", "2026-04-15", ("next_wd", 2)),
          Item("张博", "在HIS上线新版跌倒风险评估模板", "2026-04-17", ("next_wd", 4)),
      ],
      nxt=None,
      client="钉钉邮箱 (DingTalk mail / Alimail), single-part text/html, UTF-8 base64",
      tests="钉钉 AI minutes (AI摘要 / 章节速览 / 待办事项 with ☐/☑): only unchecked 待办 count; the summary's '孟庆华要求…本月底前完成全员培训' is not an item; a ☑ done to-do is skipped; a clock range inside a task is not a due time",
      notes="DingTalk mail, HTML only, sent Fri 2026-04-10 17:45 +0800. Only the 待办事项 block of the AI minutes counts: "
            "#1 关丽娜 '4月15日前' -> 2026-04-15. #2 佟鑫 '下周三前' -> 2026-04-15 ('7:30-8:30交接班' is part of the task, not a time). "
            "#3 张博 '下周五前' -> 2026-04-17. '☑ 于海燕：统计一季度跌倒事件明细' is checked (done) -> not an item. "
            "The AI摘要 sentence '孟庆华要求…本月底前完成全员防跌倒培训' is summary text, not a to-do of the AI minutes -> not an item; 章节速览 timestamps are not times. No next meeting -> null.")
def b8114():
    when = sent(2026, 4, 10, 17, 45, 9)
    frm = person("关丽娜")
    to = P("于海燕", "钱文博", "佟鑫", "张博", "孟庆华")
    h = ali_headers(frm[1], when, "4fZ8m21XkQz1yTb")
    h += [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n\td=anherehab.example.cn; s=default;\n\tt=1775814309; h=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=7mJk2Q0a9Vb3Xc1Zd5Ye8Wf4Tg6Uh2Si0Rj8Pk4Ol6=;\n\tb=Hq3Xk9mP2cV7nB1wE5rT8yU0iO4aS6dF2gH9jK3lZ7xC5vB1nM8qW4eR6tY0uI2oP"),
          ("Date", "Fri, 10 Apr 2026 17:45:09 +0800"),
          ("From", addr("关丽娜", frm[1], quote=True)),
          ("To", addr_list(to)),
          ("Cc", addr(*BOT)),
          ("Message-ID", "<ad2c71f5-8e31-4b7a-a9d4-0f6c3b1e5a27.guanlina@anherehab.example.cn>"),
          ("Subject", subject("【钉钉智能纪要】跌倒/坠床防控专项会")),
          ("MIME-Version", "1.0"),
          ("X-Mailer", "Alimail-Mailagent revision 4; DingTalk Mail"),
          ("x-aliyun-mail-creator", "W4_5818283_DINGTALK_v3bQ2NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTA=")]
    body = text_part(H8114, "html", "UTF-8", "base64", crlf=False, ctype_style="bare")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8115
T8115 = """各位：

今天护理质量与安全管理委员会例会，按人员分工整理如下：

关主任（关丽娜）
① 4月29日前上报一季度护理不良事件分析报告（医务部、院办各一份）；
② 节后第一个工作日组织全院压力性损伤专项培训，各病区护士长必须参加。

于护士长
① 本周四前完成各病区急救车药品、耗材核查，过期的当场更换；
② 5月8日前修订夜班巡视记录单，增加“如厕协助”一栏。

钱老师（康复治疗部）
3个工作日内提交康复治疗记录书写规范（征求意见稿），由护理部会签。

白主任
会议决定：神经康复科吞咽障碍患者进食流程维持现行规范不变。

下次质控会：5月11日（周一）下午2点，行政楼三楼会议室。

关丽娜
护理部
沈阳安和康复医院
"""


@case(8115, "nursing-qc-grouped-by-person-outlook-mac-qp", "minutes", HOSP,
      items=[
          Item("关丽娜", "上报一季度护理不良事件分析报告（医务部、院办各一份）", "2026-04-29", ("date", "2026-04-29")),
          Item("关丽娜", "组织全院压力性损伤专项培训", "2026-05-06", ("after_holiday", "Labour Day")),
          Item("于海燕", "完成各病区急救车药品、耗材核查，过期的当场更换", "2026-04-30", ("wd", 3)),
          Item("于海燕", "修订夜班巡视记录单，增加“如厕协助”一栏", "2026-05-08", ("date", "2026-05-08")),
          Item("钱文博", "提交康复治疗记录书写规范（征求意见稿）", "2026-04-30", ("workdays", 3)),
      ],
      nxt=Next("2026-05-11", "14:00", ("date", "2026-05-11")),
      client="Outlook for Mac 16, UTF-8 quoted-printable, multipart/alternative",
      tests="minutes grouped by person (heading = owner with title: 关主任（关丽娜）, 于护士长, 钱老师) with ①② under each; 节后第一个工作日 across Labour Day; 本周四前; 3个工作日内 before the holiday; a person heading holding only a decision gives no item",
      notes="Outlook for Mac UTF-8 QP, sent Mon 2026-04-27 16:00 +0800. Each heading names the owner of the lines under it. "
            "关丽娜: ① '4月29日前' -> 2026-04-29; ② '节后第一个工作日' -> Labour Day holiday 05-01..05-05, first working day Wed 2026-05-06. "
            "'于护士长' = 于海燕: ① '本周四前' -> 2026-04-30; ② '5月8日前' -> 2026-05-08. "
            "'钱老师' = 钱文博: '3个工作日内' -> Tue 04-28, Wed 04-29, Thu 04-30 -> 2026-04-30. "
            "'白主任' heading carries only a 会议决定 (keep the current process) -> no item; '由护理部会签' is a sign-off step, not a separate owner. "
            "'下次质控会：5月11日（周一）下午2点' -> 2026-05-11 14:00.")
def b8115():
    when = sent(2026, 4, 27, 16, 0, 42)
    frm = person("关丽娜")
    to = P("于海燕", "钱文博", "白雪峰", "孟庆华")
    h = ali_headers(frm[1], when, "4fdN3p6YvRz2mKq")
    h += [("User-Agent", "Microsoft-MacOutlook/16.96.26041214"),
          ("Date", "Mon, 27 Apr 2026 16:00:42 +0800"),
          ("Subject", subject("护理质控会纪要（4月27日）——按人员分工")),
          ("From", addr(*frm)),
          ("To", addr_list(to)),
          ("CC", addr(*BOT)),
          ("Message-ID", "<8B7F2E14-3C9A-4D51-B6E0-2A9F4C7D1E83@anherehab.example.cn>"),
          ("Thread-Topic", subject("护理质控会纪要（4月27日）——按人员分工")),
          ("Mime-version", "1.0")]
    html = markup.apple_html(T8115).replace(
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>',
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>')
    body = multipart("alternative", [
        text_part(T8115, "plain", "UTF-8", "quoted-printable", ctype_style='"'),
        text_part(html, "html", "UTF-8", "quoted-printable", ctype_style='"'),
    ], "B_3860409642_1388245069", preamble="> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.\n")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8116
ROWS8116 = [
    ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
     "实际完成时间", "进展情况", "风险点及应对措施"],
    ["1", "DRG结算清单质控规则上线", "医保办", "信息科", "隋红", "张博", "2026-04-20", "2026-05-20", "-",
     "进行中（已完成70%）", "规则库需市医保局确认，已预约5月18日沟通"],
    ["2", "下肢康复机器人试用评估", "康复治疗部", "后勤保障部", "钱文博", "常德胜", "2026-04-15", "2026-05-15",
     "2026-05-12", "已完成", "-"],
    ["3", "门诊候诊区导视标识更新", "市场部", "后勤保障部", "金美善", "常德胜", "2026-05-06", "2026-05-29", "-",
     "进行中（30%）", "供应商报价偏高，已另询两家"],
    ["4", "夜间巡视制度修订", "护理部", "医务部", "于海燕", "孟庆华", "2026-05-11", "待定", "-",
     "未开始", "等一季度不良事件分析结论"],
]
T8116_HEAD = "各位主任：\n\n本周跨部门协作事项跟踪表更新如下，请各责任人按计划推进，进展有变化请直接回复本邮件。\n"
T8116_TAIL = "\n下次例会：5月21日（周四）8:00，院办会议室。\n\n刘晓宁\n院办\n"


def _t8116():
    rows = "\n".join("\t".join(r) for r in ROWS8116)
    return T8116_HEAD + "\n" + rows + "\n" + T8116_TAIL


def _h8116():
    return (markup.coremail_html(T8116_HEAD, font="微软雅黑") + markup.simple_table(ROWS8116, style="border-collapse:collapse;font-size:13px;font-family:微软雅黑")
            + markup.coremail_html(T8116_TAIL, font="微软雅黑"))


@case(8116, "collab-tracking-table-two-owner-columns-alimail", "minutes", HOSP,
      items=[
          Item("隋红", "DRG结算清单质控规则上线", "2026-05-20", ("date", "2026-05-20")),
          Item("金美善", "门诊候诊区导视标识更新", "2026-05-29", ("date", "2026-05-29")),
          Item("于海燕", "夜间巡视制度修订", None, ("none",), flags=["vague_due"]),
      ],
      nxt=Next("2026-05-21", "08:00", ("date", "2026-05-21")),
      client="阿里邮箱 (Alimail) web, UTF-8 base64, multipart/alternative (HTML table; text part tab-separated)",
      tests="seed 跨部门协作事项跟踪表 with two 责任人 columns (发起方/协作方) and 计划/实际完成时间: the 发起方 person owns the row, the 协作方 person supports; 已完成 row with an actual date skipped; 待定 plan date; a date inside the risk column is not a due date or a follow-up",
      notes="Alimail, sent Thu 2026-05-14 15:20 +0800. Seed 跨部门协作事项跟踪表. Convention (AMBIGUOUS, see README): the row's owner is 责任人（发起方）; "
            "责任人（协作方） is the supporting person (like 配合) and gets no item. "
            "Row 1 隋红, 计划完成 2026-05-20. Row 2 已完成 with 实际完成 2026-05-12 -> not an item. Row 3 金美善, 2026-05-29. "
            "Row 4 于海燕, 计划完成 '待定' -> vague_due. '已预约5月18日沟通' in 风险点 is a remark, not an item or a follow-up. "
            "'下次例会：5月21日（周四）8:00' -> 2026-05-21 08:00.")
def b8116():
    when = sent(2026, 5, 14, 15, 20, 33)
    frm = person("刘晓宁")
    to = P("隋红", "张博", "钱文博", "常德胜", "金美善", "于海燕", "孟庆华")
    h = ali_headers(frm[1], when, "4fGq8s0RbWz3nDx")
    h += [("Date", "Thu, 14 May 2026 15:20:33 +0800"),
          ("From", addr("刘晓宁", frm[1], quote=True)),
          ("To", addr_list(to)),
          ("Cc", addr("赵振宇", "zhaozhenyu@anherehab.example.cn") + ",\n " + addr(*BOT)),
          ("Reply-To", addr("刘晓宁", frm[1])),
          ("Message-ID", "<9c41e7b2-5a3d-4f08-8e6c-d17b2a0f9e35.liuxiaoning@anherehab.example.cn>"),
          ("Subject", subject("跨部门协作事项跟踪表（5月14日更新）")),
          ("X-Priority", "3"),
          ("X-Mailer", "Alimail-Mailagent revision 1.2.1"),
          ("MIME-Version", "1.0")]
    body = multipart("alternative", [
        text_part(_t8116(), "plain", "UTF-8", "base64", ctype_style="bare"),
        text_part(_h8116(), "html", "UTF-8", "base64", ctype_style="bare"),
    ], "----=ALIBOUNDARY_48213_52b1e640_6a55c1f9_3e27a1")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8117
T8117 = """孟主任、白主任、隋主任：

今天查房后碰了一下，几件事：
1. 孟主任明天下班前把卒中单元的入院评估流程再捋一遍，发我；
2. 白主任周五前整理近三个月卒中患者的转诊名单，标注来源医院；
3. 隋主任下周一跟市医保局沟通康复项目按床日付费的试点，有结果告诉我。

赵

发自我的iPhone
"""


@case(8117, "director-iphone-short-minutes", "minutes", HOSP,
      items=[
          Item("孟庆华", "把卒中单元的入院评估流程再捋一遍，发院长", "2026-06-11", ("tomorrow",)),
          Item("白雪峰", "整理近三个月卒中患者的转诊名单，标注来源医院", "2026-06-12", ("wd", 4)),
          Item("隋红", "跟市医保局沟通康复项目按床日付费的试点", "2026-06-15", ("next_wd", 0)),
      ],
      nxt=None,
      client="iPhone Mail, text/plain UTF-8 base64, '发自我的iPhone'",
      tests="three-line minutes typed on a phone by the hospital director: owners are titles (孟主任/白主任/隋主任) resolved through roster aliases; 明天下班前 (date, no time), 周五前, 下周一; signature '赵' and 发自我的iPhone",
      notes="iPhone Mail, sent Wed 2026-06-10 13:02 +0800 by 赵振宇. "
            "#1 '孟主任' = 孟庆华, '明天下班前' -> 2026-06-11 with no time (like 今天下班前). "
            "#2 '白主任' = 白雪峰, '周五前' -> 2026-06-12. "
            "#3 '隋主任' = 隋红, '下周一' -> 2026-06-15. No next meeting.")
def b8117():
    when = sent(2026, 6, 10, 13, 2, 27)
    frm = person("赵振宇")
    to = P("孟庆华", "白雪峰", "隋红")
    h = ali_headers(frm[1], when, "4fPk2v7NtXz4hRm")
    h += [("Mime-Version", "1.0 (1.0)"),
          ("Subject", subject("今天查房后碰头的几件事")),
          ("From", addr(*frm)),
          ("X-Mailer", "iPhone Mail (22F76)"),
          ("Message-Id", "<3E5C9B27-A4F1-4D86-9B02-7C1E8F3A6D50@anherehab.example.cn>"),
          ("Date", "Wed, 10 Jun 2026 13:02:27 +0800"),
          ("Cc", addr(*BOT)),
          ("To", addr_list(to))]
    body = text_part(T8117, "plain", "utf-8", "base64", crlf=False, ctype_style="bare")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8118
T8118 = """各位：

今天院周会纪要如下。

一、医务部孟主任通报5月医疗质量指标，平均住院日28.6天，较4月下降1.2天。

二、工作安排
1. 信息科张博负责完成康复评定系统与HIS的接口联调，
   6月26日前上线试运行；
2. 医保办隋红牵头、信息科配合，梳理异地就医备案和
   结算流程，节后第一个工作日前报院办；
3. 后勤保障部常部长：住院部3楼、4楼卫生间扶手加装，
   月底前完成，施工期间注意患者安全；
4. 市场部金经理：6月社区义诊活动方案，时间待定，
   先和街道对接。

下次会议：
6月30日（周二）
上午9:00，行政楼3楼会议室

院办 刘晓宁
"""


@case(8118, "wrapped-items-day-then-time-thunderbird-8bit", "minutes", HOSP,
      items=[
          Item("张博", "完成康复评定系统与HIS的接口联调，上线试运行", "2026-06-26", ("date", "2026-06-26")),
          Item("隋红", "梳理异地就医备案和结算流程，报院办", "2026-06-22", ("after_holiday", "Dragon Boat Festival")),
          Item("常德胜", "住院部3楼、4楼卫生间扶手加装", "2026-06-30", ("month_end",)),
          Item("金美善", "6月社区义诊活动方案（先和街道对接）", None, ("none",), flags=["vague_due"]),
      ],
      nxt=Next("2026-06-30", "09:00", ("date", "2026-06-30")),
      client="Thunderbird 128 (Windows), text/plain UTF-8 8bit (not flowed), CRLF",
      tests="every item wrapped over two lines with the deadline on the continuation line; 牵头/配合; 节后第一个工作日前 before Dragon Boat; 月底前; 时间待定; next meeting split over lines (label, then the day, then the time)",
      notes="Thunderbird 8bit UTF-8, sent Tue 2026-06-16 11:40 +0800. Each item is hard-wrapped; the deadline is on the indented second line. "
            "#1 张博 '6月26日前' -> 2026-06-26. #2 '隋红牵头、信息科配合' -> 隋红; '节后第一个工作日前' -> Dragon Boat 06-19..06-21, first working day Mon 2026-06-22. "
            "#3 '常部长' = 常德胜, '月底前' -> 2026-06-30. #4 '金经理' = 金美善, '时间待定' -> vague_due. "
            "一 (average stay 28.6 days) is a report. '下次会议：' then '6月30日（周二）' then '上午9:00' on separate lines -> 2026-06-30 09:00.")
def b8118():
    when = sent(2026, 6, 16, 11, 40, 5)
    frm = person("刘晓宁")
    to = P("孟庆华", "张博", "隋红", "常德胜", "金美善")
    h = [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", BOT[1]),
         ("Received", "from [192.168.10.23] (unknown [123.185.70.212])\n\tby mx.anherehab.example.cn (Postfix) with ESMTPSA id 4fTb5c1QmHz7wPn\n\tfor <%s>; Tue, 16 Jun 2026 11:40:08 +0800 (CST)" % BOT[1]),
         ("Message-ID", "<5d0e8a3c-7f21-4b96-8d4a-1c3e9f6b2a70@anherehab.example.cn>"),
         ("Date", "Tue, 16 Jun 2026 11:40:05 +0800"),
         ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird"),
         ("Content-Language", "zh-CN"),
         ("To", addr_list(to)),
         ("Cc", addr("赵振宇", "zhaozhenyu@anherehab.example.cn") + ", " + addr(*BOT)),
         ("From", addr(*frm)),
         ("Subject", subject("院周会纪要（6月16日）"))]
    body = text_part(T8118, "plain", "UTF-8", "8bit", ctype_style="bare")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8119
T8119 = """各位领导、主任：

6月院务会纪要（PDF）见附件，请查收。纪要中涉及各部门的事项请按时完成。

刘晓宁
沈阳安和康复医院 院办
"""
PDF8119 = [
    ("h", "沈阳安和康复医院院务会纪要"),
    ("p", "（2026年第6期）"),
    ("p", "时间：2026年6月30日（周二）下午4:00    地点：行政楼三楼会议室"),
    ("p", "主持：赵振宇    记录：刘晓宁"),
    ("p", "出席：孟庆华、关丽娜、钱文博、白雪峰、张博、隋红、常德胜、金美善"),
    ("gap", ""),
    ("b", "一、会议议定事项"),
    ("p", "1. 医务部孟庆华：7月10日前完成上半年医疗质量分析总结，报院长审阅。"),
    ("p", "2. 后勤保障部常德胜：7月15日前完成住院楼中央空调系统检修及滤网更换。"),
    ("p", "3. 市场部金美善：下周五前提交下半年社区康复科普活动计划。"),
    ("p", "4. 信息科：尽快排查门诊自助机打印故障。"),
    ("gap", ""),
    ("b", "二、会议决定"),
    ("p", "1. 自7月起，康复治疗部实行治疗师分组责任制。"),
    ("p", "2. 院务会固定于每月最后一个周三下午召开。"),
    ("gap", ""),
    ("b", "三、下次院务会"),
    ("p", "7月29日（周三）下午4:00"),
]


@case(8119, "hospital-board-pdf-attachment-apple-mail", "minutes", HOSP,
      items=[
          Item("孟庆华", "完成上半年医疗质量分析总结，报院长审阅", "2026-07-10", ("date", "2026-07-10")),
          Item("常德胜", "完成住院楼中央空调系统检修及滤网更换", "2026-07-15", ("date", "2026-07-15")),
          Item("金美善", "提交下半年社区康复科普活动计划", "2026-07-10", ("next_wd", 4)),
          Item(None, "排查门诊自助机打印故障", None, ("none",), flags=["vague_due"], dept="信息科"),
      ],
      nxt=Next("2026-07-29", "16:00", ("date", "2026-07-29")),
      client="Apple Mail (macOS), text/plain UTF-8 quoted-printable + PDF attachment (RFC 2231 filename), multipart/mixed",
      tests="minutes only in a PDF attachment (CJK text, reportlab CID font): 下周五前 resolved from the mail's Date, a unit with 尽快 (no_owner + vague_due), 会议决定 lines (including the standing 'every last Wednesday') are not items; next meeting on its own line under a heading",
      notes="Apple Mail, sent Wed 2026-07-01 10:30 +0800; the body only points to the PDF (院务会 held Tue 06-30). A human reads the PDF: "
            "#1 孟庆华 '7月10日前' -> 2026-07-10. #2 常德胜 '7月15日前' -> 2026-07-15. "
            "#3 金美善 '下周五前' -> Friday of the week after the mail's Date (Wed 07-01) = 2026-07-10 (from the meeting day Tue 06-30 it would also be 07-10). "
            "#4 '信息科：尽快…' -> owner null, no_owner, department 信息科, vague_due. "
            "会议决定 1-2 are policies. '三、下次院务会 7月29日（周三）下午4:00' -> 2026-07-29 16:00.")
def b8119():
    when = sent(2026, 7, 1, 10, 30, 55)
    frm = person("刘晓宁")
    to = P("赵振宇", "孟庆华", "关丽娜", "钱文博", "白雪峰", "张博", "隋红", "常德胜", "金美善")
    pdf = attach.pdf(PDF8119, "院务会纪要（2026年第6期）", "刘晓宁")
    h = ali_headers(frm[1], when, "4fX0w3m8RkzN5Qd")
    h += [("From", addr(*frm)),
          ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
          ("Subject", subject("6月院务会纪要")),
          ("Message-Id", "<B1E7D3F0-2C8A-4E59-A6B4-9F0C3D7E1A82@anherehab.example.cn>"),
          ("Date", "Wed, 1 Jul 2026 10:30:55 +0800"),
          ("Cc", addr(*BOT)),
          ("To", addr_list(to)),
          ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    txt = text_part(T8119, "plain", "utf-8", "quoted-printable", ctype_style="bare")
    att = binary_part(pdf, "application/pdf", "院务会纪要（2026年第6期）.pdf", name_label="utf-8", rfc2231=True)
    att.headers = [("Content-Disposition", att.headers[1][1].replace("attachment", "attachment", 1)),
                   ("Content-Type", att.headers[0][1].replace("application/pdf;", "application/pdf;\n\tx-unix-mode=0644;", 1)),
                   ("Content-Transfer-Encoding", "base64")]
    body = multipart("mixed", [txt, att], "Apple-Mail=_4A7C1E92-6B3D-4F08-9E25-D81C0A3B7F64", quote_boundary=True)
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8120
T8120 = """钱主任、常部长，您好！

感谢今天下午抽时间参加试用沟通会，现将会议内容整理如下，如有遗漏请指正。

会议时间：2026年5月7日 14:30-15:40
参会人员：钱文博、佟鑫、常德胜（安和康复医院）；许浩然、李想（智步科技）

一、会议共识
1. 试用期3个月，设备2台，试用期间费用由我司承担；
2. 试用患者以脑卒中后下肢功能障碍为主，每台每日不超过6人次。

二、后续事项
1. 我方（许浩然）：3个工作日内提供下肢外骨骼试用协议文本及设备清单；
2. 钱主任：5月15日前确认试用患者入组和排除标准；
3. 后勤保障部：安排设备存放场地（需220V独立插座，面积约15平方米）；
4. 佟鑫：组织康复治疗师参加设备操作培训，时间另约。

下次沟通：5月14日（周四）14:30，腾讯会议线上。

许浩然
北京智步科技有限公司 | 临床应用部
手机：186 1023 4471
"""


@case(8120, "vendor-minutes-makeup-saturday-netease-qiye", "minutes", HOSP,
      items=[
          Item("许浩然", "提供下肢外骨骼试用协议文本及设备清单", "2026-05-11", ("workdays", 3)),
          Item("钱文博", "确认试用患者入组和排除标准", "2026-05-15", ("date", "2026-05-15")),
          Item(None, "安排设备存放场地（需220V独立插座，面积约15平方米）", None, ("none",), flags=["no_due"],
               dept="后勤保障部"),
          Item("佟鑫", "组织康复治疗师参加设备操作培训", None, ("none",), flags=["vague_due"]),
      ],
      nxt=Next("2026-05-14", "14:30", ("date", "2026-05-14")),
      client="网易企业邮箱 (NetEase qiye) web, UTF-8 base64, multipart/alternative",
      tests="minutes written by an outside vendor: '我方（许浩然）' = the sender; 3个工作日内 counted over the 05-09 make-up Saturday; department with no date (no_owner + no_due); 时间另约 = vague; 会议共识 not items",
      notes="Sent Thu 2026-05-07 20:15 +0800 by the vendor 许浩然 (outside, department null). "
            "#1 '我方（许浩然）：3个工作日内' -> Fri 05-08 (1), Sat 05-09 make-up working day (2), Mon 05-11 (3) -> 2026-05-11. "
            "#2 '钱主任' = 钱文博, '5月15日前' -> 2026-05-15. "
            "#3 '后勤保障部：安排设备存放场地' -> owner null, no_owner, department 后勤保障部, no date -> no_due (220V/15平方米 are specs). "
            "#4 佟鑫, '时间另约' (to be arranged) -> vague_due. "
            "一、会议共识 (3个月, 2台, 6人次) are agreements, not items. '下次沟通：5月14日（周四）14:30' -> 2026-05-14 14:30.")
def b8120():
    when = sent(2026, 5, 7, 20, 15, 40)
    frm = person("许浩然")
    to = P("钱文博", "常德胜")
    cc = P("佟鑫") + [BOT]
    h = [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", BOT[1]),
         ("Received", "from mail-m121145.qiye.163.example.com (mail-m121145.qiye.163.example.com [115.236.121.145])\n\tby mx.anherehab.example.cn (Postfix) with ESMTPS id 4fH2Lk9VqTz1rXp\n\tfor <%s>; Thu, 7 May 2026 20:15:44 +0800 (CST)" % BOT[1]),
         ("Received", "from xuhaoran$zhibu-robotics.example.cn ( [111.199.184.30] ) by\n ajax-webmail-wmsvr-21 (Coremail) ; Thu, 7 May 2026 20:15:40 +0800 (CST)"),
         ("Date", "Thu, 7 May 2026 20:15:40 +0800 (CST)"),
         ("From", addr(*frm)),
         ("To", addr_list(to)),
         ("Cc", addr_list(cc)),
         ("Subject", subject("【会议纪要】智步下肢外骨骼试用沟通会（5月7日）")),
         ("X-Priority", "3"),
         ("X-Mailer", "Coremail Webmail Server Version XT6.0.7 build 20240528(b1c9e2a0)\n Copyright (c) 2002-2026 www.mailtech.cn qiye163"),
         ("MIME-Version", "1.0"),
         ("Message-ID", "<2d7a1c90.4e3b.19e0a7b9f52.Coremail.xuhaoran@zhibu-robotics.example.cn>"),
         ("X-Coremail-Locale", "zh_CN")]
    body = multipart("alternative", [
        text_part(T8120, "plain", "UTF-8", "base64", ctype_style="bare"),
        text_part(markup.coremail_html(T8120), "html", "UTF-8", "base64", ctype_style="bare"),
    ], "----=_Part_208841_701536282.1778156140615")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8121
ROWS8121 = [
    ["序号", "工作内容", "责任人（主责/配合）", "完成时限"],
    ["1", "修订卒中早期康复临床路径（2026版）", "主责：白雪峰\n配合：佟鑫、吕思佳", "7月17日前"],
    ["2", "全院护士吞咽障碍筛查培训", "主责：吕思佳\n配合：于海燕", "下周三"],
    ["3", "病案首页康复项目编码自查", "主责：医务部\n配合：医保办", "7月31日前"],
    ["4", "卒中康复科普短视频拍摄（3条）", "主责：金美善", "本月底"],
    ["5", "6月卒中病例康复评定率统计", "主责：张博", "已完成（92.4%）"],
]
T8121_HEAD = """各位主任、老师：

今天卒中康复专病质控会的分工如下，请主责人牵头推进，配合人员全力支持。
"""
T8121_TAIL = """会议认为：6月卒中病例康复评定率已达标，下半年重点转向早期介入。

下次会议时间另行通知。

孟庆华
医务部
"""


def _t8121():
    rows = "\n".join(" | ".join(c.replace("\n", "；") for c in r) for r in ROWS8121)
    return T8121_HEAD + "\n" + rows + "\n\n" + T8121_TAIL


def _h8121():
    return markup.outlook_html([T8121_HEAD, ("raw", markup.word_table(ROWS8121, widths=[40, 220, 160, 90])), "", T8121_TAIL],
                               "utf-8")


@case(8121, "owner-and-support-in-one-cell-outlook-word-table", "minutes", HOSP,
      items=[
          Item("白雪峰", "修订卒中早期康复临床路径（2026版）", "2026-07-17", ("date", "2026-07-17")),
          Item("吕思佳", "全院护士吞咽障碍筛查培训", "2026-07-15", ("next_wd", 2)),
          Item(None, "病案首页康复项目编码自查", "2026-07-31", ("date", "2026-07-31"), dept="医务部"),
          Item("金美善", "卒中康复科普短视频拍摄（3条）", "2026-07-31", ("month_end",)),
      ],
      nxt=None,
      client="Outlook 2021 zh-CN, UTF-8 base64, multipart/alternative with a Word table (MsoTableGrid)",
      tests="Word table whose owner cell holds '主责：X' and '配合：Y、Z' on two lines: only 主责 owns; 主责 is a department -> no_owner; bare 下周三 in the due column; 本月底; 已完成 row skipped; 会议认为 and 下次会议时间另行通知",
      notes="Outlook UTF-8, sent Mon 2026-07-06 15:30 +0800. The 责任人 cell has 主责 and 配合 on separate lines; 配合 people are never owners or extra items. "
            "#1 主责 白雪峰, '7月17日前' -> 2026-07-17. #2 主责 吕思佳, '下周三' -> 2026-07-15 (week of 07-13). "
            "#3 主责 医务部 -> owner null, no_owner, department 医务部; '7月31日前' -> 2026-07-31. #4 金美善 '本月底' -> 2026-07-31. "
            "Row 5 '已完成（92.4%）' -> not an item. '会议认为…' is a conclusion. '下次会议时间另行通知' -> null.")
def b8121():
    when = sent(2026, 7, 6, 15, 30, 14)
    frm = person("孟庆华")
    to = P("白雪峰", "佟鑫", "吕思佳", "于海燕", "隋红", "金美善", "张博")
    h = ali_headers(frm[1], when, "4fYp1r6DkMz8tWc")
    h += [("From", addr(*frm)),
          ("To", addr_list(to)),
          ("Cc", "liuxin@anherehab.example.cn, " + addr(*BOT)),
          ("Subject", subject("卒中康复专病质控会纪要（7月6日）")),
          ("Date", "Mon, 6 Jul 2026 15:30:14 +0800"),
          ("Message-ID", "<000901dd0d1f$6a2b8c40$3e82a4c0$@anherehab.example.cn>"),
          ("MIME-Version", "1.0"),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AdsNH2mT0f1xV3c8RSyq4Z9mB2e7Kw=="),
          ("Content-Language", "zh-cn")]
    body = multipart("alternative", [
        text_part(_t8121(), "plain", "utf-8", "base64"),
        text_part(_h8121(), "html", "utf-8", "base64"),
    ], "----=_NextPart_000_000A_01DD0D62.786F1A20", preamble="This is a multipart message in MIME format.")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8122
T8122_NOTICE = """This is the mail system at host mx.anherehab.example.cn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<liuxin@anherehab.example.cn>: host mailbox.anherehab.example.cn[10.20.1.12] said:
    550 5.1.1 <liuxin@anherehab.example.cn>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
DS8122 = """Reporting-MTA: dns; mx.anherehab.example.cn
X-Postfix-Queue-ID: 4fYp2b0HtLz9kRm
X-Postfix-Sender: rfc822; minutes@anherehab.example.cn
Arrival-Date: Mon,  6 Jul 2026 15:31:40 +0800 (CST)

Final-Recipient: rfc822; liuxin@anherehab.example.cn
Original-Recipient: rfc822;liuxin@anherehab.example.cn
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailbox.anherehab.example.cn
Diagnostic-Code: smtp; 550 5.1.1 <liuxin@anherehab.example.cn>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
RH8122 = """Return-Path: <minutes@anherehab.example.cn>
Received: from minutebot.anherehab.example.cn (minutebot.anherehab.example.cn [10.20.1.40])
\tby mx.anherehab.example.cn (Postfix) with ESMTPS id 4fYp2b0HtLz9kRm
\tfor <liuxin@anherehab.example.cn>; Mon,  6 Jul 2026 15:31:40 +0800 (CST)
From: =?utf-8?b?57qq6KaB5Yqp5omL?= <minutes@anherehab.example.cn>
To: =?utf-8?b?5a2f5bqG5Y2O?= <mengqinghua@anherehab.example.cn>, liuxin@anherehab.example.cn
Subject: =?utf-8?b?44CQ57qq6KaB56Gu6K6k44CR5Y2S5Lit5bq35aSN5LiT55eF6LSo5o6n?=
 =?utf-8?b?5Lya57qq6KaB77yIN+aciDbml6XvvIk=?=
Date: Mon, 06 Jul 2026 15:31:39 +0800
Message-ID: <r.202607061531.5e0c7a91d4@anherehab.example.cn>
In-Reply-To: <000901dd0d1f$6a2b8c40$3e82a4c0$@anherehab.example.cn>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
Reply-To: minutes+r5e0c7a91d4@anherehab.example.cn
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="===============5518702946251371902=="
"""


@case(8122, "auto-dsn-user-unknown-postfix", "auto", HOSP,
      client="Postfix DSN (multipart/report; report-type=delivery-status), From MAILER-DAEMON, Return-Path <>",
      tests="bounce of the bot's own recap to a departed employee's address: kind auto (never answered), even though the returned headers carry the minutes subject and dates",
      notes="Postfix delivery-status notification, Mon 2026-07-06 15:31 +0800: the bot's recap of the 07-06 minutes to liuxin@… (a departed employee still in the Cc list) was rejected '550 5.1.1 User unknown'. "
            "From MAILER-DAEMON, Return-Path <>, multipart/report with message/delivery-status and text/rfc822-headers of the recap (whose subject is 【纪要确认】卒中康复专病质控会纪要). "
            "Machine-generated -> kind auto, no items, no follow-up.")
def b8122():
    when = sent(2026, 7, 6, 15, 31, 41)
    h = [("Return-Path", "<>"), ("Delivered-To", BOT[1]),
         ("Received", "by mx.anherehab.example.cn (Postfix)\n\tid 4fYp2b4KqVz9kRn; Mon,  6 Jul 2026 15:31:41 +0800 (CST)"),
         ("Date", "Mon,  6 Jul 2026 15:31:41 +0800 (CST)"),
         ("From", "MAILER-DAEMON@mx.anherehab.example.cn (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("To", "minutes@anherehab.example.cn"),
         ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0"),
         ("Message-Id", "<20260706073141.4fYp2b4KqVz9kRn@mx.anherehab.example.cn>")]
    from .mime import Part
    notice = Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                  body=T8122_NOTICE + "\n")
    ds = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
              body=DS8122 + "\n")
    rh = Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
              body=RH8122)
    body = multipart("report", [notice, ds, rh], "4fYp2b4KqVz9kRn.1783323101/mx.anherehab.example.cn",
                     preamble="This is a MIME-encapsulated message.", params=" report-type=delivery-status;")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8136
T8136 = """各位主任：

今天医保工作专题会纪要如下：

一、隋主任汇报了5月份DRG结算情况：出院结算812例，入组率98.7%，5月份病案首页自查已完成。
二、会议认为，高套编码问题主要集中在神经康复科和骨科康复病区，必须限期整改。
三、待办事项：
1. 隋红：6月5日前把5月份医保拒付明细分解到科室和主诊医生；
2. 孟庆华：督促各病区整改高套编码问题，每周通报进展；
3. 信息科张科长：下周四前在HIS上线医保事前提醒规则（首批20条）；
4. 各病区主任：组织本科室医生学习新版医保支付政策，6月底前完成。

下次会议：6月16日 14:00，门诊四楼会议室。

隋红
医保办
沈阳安和康复医院
"""


@case(8136, "insurance-meeting-report-lines-mailmaster-pc", "minutes", HOSP,
      items=[
          Item("隋红", "把5月份医保拒付明细分解到科室和主诊医生", "2026-06-05", ("date", "2026-06-05")),
          Item("孟庆华", "督促各病区整改高套编码问题，每周通报进展", None, ("none",), flags=["no_due"]),
          Item("张博", "在HIS上线医保事前提醒规则（首批20条）", "2026-06-11", ("next_wd", 3)),
          Item(None, "组织本科室医生学习新版医保支付政策", "2026-06-30", ("date", "2026-06-30")),
      ],
      nxt=Next("2026-06-16", "14:00", ("date", "2026-06-16")),
      client="网易邮箱大师 PC (Windows) on the Alimail account, UTF-8 base64, multipart/alternative",
      tests="汇报了…/已完成 report line and 会议认为 are not items; an item with no deadline ('每周通报进展' is a cadence, not a due date) -> no_due; 信息科张科长 via alias; '各病区主任' is a group, not a person or one of our departments; 6月底前",
      notes="Sent Tue 2026-06-02 17:05 +0800 by 隋红. 一 is a report (汇报了…, 已完成), 二 a 会议认为 conclusion -> not items. "
            "#1 隋红 '6月5日前' -> 2026-06-05. #2 孟庆华 has no deadline ('每周通报进展' is a reporting cadence) -> no_due. "
            "#3 '信息科张科长' = 张博, '下周四前' -> 2026-06-11. "
            "#4 '各病区主任' is a group of people, not one person and not a department of the roster -> owner null, no_owner, department null; '6月底前' -> 2026-06-30. "
            "'下次会议：6月16日 14:00' -> 2026-06-16 14:00.")
def b8136():
    when = sent(2026, 6, 2, 17, 5, 30)
    frm = person("隋红")
    to = P("孟庆华", "张博", "白雪峰", "赵振宇")
    h = ali_headers(frm[1], when, "4fMm7t2ZqWz6vKs")
    h += [("Date", "Tue, 2 Jun 2026 17:05:30 +0800"),
          ("From", addr(*frm)),
          ("To", addr_list(to)),
          ("Cc", addr(*BOT)),
          ("Message-ID", "<6f2b8e1d.7a4c.19e8a3f2c11.ntes-mailmaster.suihong@anherehab.example.cn>"),
          ("Subject", subject("医保工作专题会纪要（6月2日）")),
          ("MIME-Version", "1.0"),
          ("X-Mailer", "NetEase MailMaster/5.3.2.1021 (Windows 10)"),
          ("X-Priority", "3")]
    body = multipart("alternative", [
        text_part(T8136, "plain", "UTF-8", "base64", ctype_style="bare"),
        text_part(markup.coremail_html(T8136, font="微软雅黑"), "html", "UTF-8", "base64", ctype_style="bare"),
    ], "----=_Part_3310_1177425611.1780391130442")
    return message(h, body)
