"""江西恒釉陶瓷有限公司 (Hengyou Ceramics, Fengcheng): tile exporter; Exmail/Foxmail/WeCom/Outlook/QQ, plus
its Australian buyer (Gmail) and Spanish ink supplier (Thunderbird)."""
from . import attach, markup
from .mime import addr, addr_list, binary_part, message, multipart, subject, text_part
from .model import Item, Next, case, inbound, sent
from .orgs import BOTS, TILE, person

BOT = ("纪要助手", BOTS[TILE])


def P(*names):
    return [person(n) for n in names]


def exmail_rx(sender_ip, when, qid):
    return ("from smtpbgsg2.qq.com (smtpbgsg2.qq.com [54.254.200.128])\n\tby mx.hengyou-tiles.example.cn (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)"
            % (qid, BOT[1], _local(when)))


def _local(when):
    from .model import fmt_local
    return fmt_local(when)


# ------------------------------------------------------------------------------------------------ 8106
T8106 = """各位领导、同事：

今天生产排期协调会的纪要如下，请大家按时完成。

会议时间：4月22日（周三）15:30-16:40
会议地点：办公楼三楼会议室
参会人员：付总、万厂长、聂主任、熊经理、黄主管、韦主管、王工
记录：涂佳慧

一、会议情况
外贸部通报：澳洲Coastline订单（600×1200哑光大板，2个40尺高柜）客户要求5月下旬出货；中东客户询盘的仿古砖小样已寄出。
万厂长通报：2号窑计划本月检修，检修期间产能下降约30%。

二、待办事项
1. 仓储主管韦志远：周五前腾出3号仓东侧区域，用于存放澳洲订单成品；
2. 王工：下周二前完成哑光釉小试，出3组配方对比样；
3. 万厂长牵头、聂主任配合：4月底前完成2号窑检修并恢复生产；
4. 品管部黄主管：明天下午3点前把上批次色差检测报告发给外贸部；
5. 付总牵头，外贸部、财务部配合，确定中东客户的报价底线，时间待定。

三、下次会议
下周三同一时间再碰一次，地点不变。

涂佳慧
总经办
江西恒釉陶瓷有限公司
"""


@case(8106, "production-schedule-titles-same-time-foxmail", "minutes", TILE,
      items=[
          Item("韦志远", "腾出3号仓东侧区域，用于存放澳洲订单成品", "2026-04-24", ("wd", 4)),
          Item("王建华", "完成哑光釉小试，出3组配方对比样", "2026-04-28", ("next_wd", 1)),
          Item("万国平", "完成2号窑检修并恢复生产", "2026-04-30", ("month_end",)),
          Item("黄丽君", "把上批次色差检测报告发给外贸部", "2026-04-23", ("tomorrow",), time="15:00"),
          Item("付国庆", "确定中东客户的报价底线", None, ("none",), flags=["vague_due"]),
      ],
      nxt=Next("2026-04-29", "15:30", ("next_wd", 2)),
      client="Foxmail 7.2 on Exmail, UTF-8 base64, multipart/alternative",
      tests="common numbered minutes with owners written with a title or role (仓储主管韦志远, 王工, 万厂长牵头、聂主任配合, 品管部黄主管, 付总牵头): 周五前, 下周二前, 4月底前, 明天下午3点前, 时间待定; '下周三同一时间再碰一次' uses the meeting's own time",
      notes="Foxmail UTF-8 base64, sent Wed 2026-04-22 17:20 +0800. "
            "#1 '仓储主管韦志远：周五前' -> 韦志远, this week's Friday 2026-04-24. "
            "#2 '王工' = 王建华 (roster alias), '下周二前' -> 2026-04-28. "
            "#3 '万厂长牵头、聂主任配合' -> owner 万国平 only (配合 is never an owner); '4月底前' -> 2026-04-30. "
            "#4 '品管部黄主管' = 黄丽君; '明天下午3点前' -> 2026-04-23 15:00. "
            "#5 '付总牵头，外贸部、财务部配合…时间待定' -> 付国庆, due null + vague_due. "
            "The 会议情况 lines are reports. '下周三同一时间再碰一次' with the meeting held 4月22日（周三）15:30 -> next_followup 2026-04-29 15:30.")
def b8106():
    when = sent(2026, 4, 22, 17, 20, 11)
    frm = person("涂佳慧")
    to = P("付国庆", "万国平", "聂海涛", "熊思远", "黄丽君", "韦志远", "王建华")
    h = inbound(TILE, frm[1], when, "smtpbgsg2.qq.com", "54.254.200.128", "4g1Mf22xKQz9sWq")
    h += [("X-QQ-mid", "bizesmtp91t1776849611t7k2p9qa"),
          ("X-QQ-Originating-IP", "Zk8d2Hh1v3xMx0x5VvG0b9k4JqI5k0m0Ft2yTq9uQzE="),
          ("Date", "Wed, 22 Apr 2026 17:20:11 +0800"),
          ("From", addr(*frm)),
          ("To", addr_list(to)),
          ("Cc", addr(*BOT)),
          ("Subject", subject("4月22日生产排期协调会纪要")),
          ("X-Priority", "3"),
          ("X-GUID", "1B7E44D2-90AF-4E3C-8A0E-55C3F2D19A07"),
          ("X-Has-Attach", "no"),
          ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
          ("Mime-Version", "1.0"),
          ("Message-ID", "<202604221720110817265@hengyou-tiles.example.cn>")]
    body = multipart("alternative", [
        text_part(T8106, "plain", "utf-8", "base64"),
        text_part(markup.foxmail_html(T8106, "utf-8"), "html", "utf-8", "base64"),
    ], "----=_001_NextPart852736127504_=----")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8107
T8107 = """Hi Simon, Rita,

Thanks for the call yesterday. Notes below - I've copied your minutes address as Simon asked.

Attendees: Simon Xiong, Rita Zou (Hengyou); Priya Nair, Liam O'Connor (Coastline)

Discussed
- Container 1 (2x40HQ) is confirmed for late May loading; we'll take the warm grey and concrete colourways.
- Slip rating: all floor tiles for the AU market need P3 or better under AS 4586.
- Pricing: the current FOB price holds until 30 June.

Action items
1. Simon - send the revised price list for the 600x1200 matte range (incl. the R10 version) - by Friday
2. Rita - dispatch 3 sample boxes (warm grey, concrete, sand) via DHL - by May 20
3. Priya - confirm the container split between the Brisbane and Sydney DCs - EOD Wednesday
4. Liam - share our lab's slip-test requirements and sample sizes - ASAP

Next call: Thu 21 May, 9:00am Brisbane time (7:00am China).

Cheers,
Liam

--
Liam O'Connor
Category Manager - Tiles & Stone
Coastline Surfaces Pty Ltd
Level 6, 140 Ann Street, Brisbane QLD 4000
"""


@case(8107, "english-buyer-call-notes-gmail-aest", "minutes", TILE,
      items=[
          Item("熊思远", "send the revised price list for the 600x1200 matte range (incl. the R10 version)",
               "2026-05-15", ("wd", 4)),
          Item("邹雨婷", "dispatch 3 sample boxes (warm grey, concrete, sand) via DHL", "2026-05-20",
               ("date", "2026-05-20")),
          Item("Priya Nair", "confirm the container split between the Brisbane and Sydney DCs", "2026-05-13",
               ("wd", 2)),
          Item("Liam O'Connor", "share our lab's slip-test requirements and sample sizes", None, ("none",),
               flags=["vague_due"]),
      ],
      nxt=Next("2026-05-21", "07:00", ("date", "2026-05-21")),
      client="Gmail (Google Workspace) web, English, UTF-8 quoted-printable, multipart/alternative, Date in +1000",
      tests="English call notes from an Australian customer (Date +1000): by Friday, by May 20, 'EOD Wednesday' (a weekday EOD, no time), ASAP; owners by first name through roster aliases and To/Cc; Discussed lines are not items; next call given in Brisbane time with the China time in brackets",
      notes="Gmail, Date Tue 2026-05-12 10:05 +1000 = Tue 08:05 in Shanghai. "
            "#1 'Simon' = 熊思远 (alias Simon Xiong, To display name), 'by Friday' -> 2026-05-15. "
            "#2 'Rita' = 邹雨婷 (alias Rita Zou), 'by May 20' -> 2026-05-20. "
            "#3 'Priya' = Priya Nair (Cc, outside, department null), 'EOD Wednesday' -> this week's Wednesday 2026-05-13, no time (EOD gives no time). "
            "#4 'Liam' = the sender Liam O'Connor, 'ASAP' -> vague_due. "
            "The 'Discussed' bullets (container confirmed, P3 slip rating, FOB price holds until 30 June) are decisions/facts. "
            "'Next call: Thu 21 May, 9:00am Brisbane time (7:00am China)' -> 2026-05-21 07:00 Asia/Shanghai (AEST = UTC+10, no DST in Queensland).")
def b8107():
    frm = ("Liam O'Connor", "liam.oconnor@coastlinesurfaces.example.com.au")
    h = [("Return-Path", "<liam.oconnor@coastlinesurfaces.example.com.au>"), ("Delivered-To", BOT[1]),
         ("Received", "from mail-pl1-f172.google.com (mail-pl1-f172.google.com [209.85.214.172])\n\tby mx.hengyou-tiles.example.cn (Postfix) with ESMTPS id 4gFZ0s3nQxz7vKd\n\tfor <%s>; Tue, 12 May 2026 08:05:49 +0800 (CST)" % BOT[1]),
         ("Received", "by mail-pl1-f172.google.com with SMTP id d9443c01a7336-2e0b2ddfd6cso21190555ad.1;\n        Mon, 11 May 2026 17:05:46 -0700 (PDT)"),
         ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=coastlinesurfaces.example.com.au; s=google; t=1778543146; x=1779147946;\n        h=cc:to:subject:message-id:date:from:mime-version:from:to:cc:subject:date;\n        bh=Qm9n8yXfV0t3d1bN9y0kYy7m0Jd3aT2iYQx2rQ8c1pE=;\n        b=K3r9Ww1bq0Qe8sF2mQp3vZ1yN0cV7hT5gL2kX9aB4dE6fG8hJ0kL2mN4pQ6rS8tU0vW2"),
         ("MIME-Version", "1.0"),
         ("From", addr(*frm)),
         ("Date", "Tue, 12 May 2026 10:05:44 +1000"),
         ("Message-ID", "<CAP5kR8vJx2mN0b7Qq3sT9wL4yZ1hV6cF8dK2gE0aB3nM5pRt+w@mail.gmail.com>"),
         ("Subject", "Call notes - Hengyou / Coastline 11 May - matte 600x1200 range"),
         ("To", "Simon Xiong <xiongsiyuan@hengyou-tiles.example.cn>, Rita Zou <zouyuting@hengyou-tiles.example.cn>"),
         ("Cc", "Priya Nair <priya.nair@coastlinesurfaces.example.com.au>, " + addr(*BOT))]
    body = multipart("alternative", [
        text_part(T8107, "plain", "UTF-8", "quoted-printable", ctype_style='"'),
        text_part(markup.gmail_html(T8107), "html", "UTF-8", "quoted-printable", ctype_style='"'),
    ], "000000000000e4b1a20651f0c3d2", quote_boundary=True)
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8108
ROWS8108 = [
    ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
    ["EC2026-0518-01", "2026-05-18", "华航国际货代/曾经理", "外贸部/龚文", "供应商（货代）",
     "5月下旬盐田港至布里斯班舱位紧张，船公司要求提前锁舱",
     "①5月20日前提交订舱委托书及装箱计划\n②曾经理5月22日前确认5月28日船期及运费", "2026-05-22", "龚文"],
    ["EC2026-0518-02", "2026-05-18", "Coastline/Priya Nair", "外贸部/邹雨婷", "客户",
     "第一柜需分拼布里斯班、悉尼两个仓",
     "①5月21日前确认分票方案和唛头\n②装箱单格式已按客户要求修改（已完成）", "待定", "邹雨婷"],
]


def _h8108():
    return ('<div style="font-family:微软雅黑;font-size:14px">各位好，<br><br>今天和华航货代、Coastline的沟通跟进情况见下表，请相关同事按时跟进。<br><br>'
            + markup.simple_table(ROWS8108) +
            '<br><br>龚文<br>外贸部 单证<br>江西恒釉陶瓷有限公司</div>'
            '<div><includetail><!--<![endif]--></includetail></div>')


@case(8108, "external-followup-table-wecom-html-only", "minutes", TILE,
      items=[
          Item("龚文", "提交订舱委托书及装箱计划", "2026-05-20", ("date", "2026-05-20")),
          Item("曾晓东", "确认5月28日船期及运费", "2026-05-22", ("date", "2026-05-22")),
          Item("邹雨婷", "确认分票方案和唛头", "2026-05-21", ("date", "2026-05-21")),
      ],
      nxt=Next("2026-05-22", None, ("date", "2026-05-22")),
      client="企业微信 (WeCom) mail on Exmail, single-part text/html, UTF-8 base64",
      tests="seed 外部沟通跟进表 as an HTML-only table with two rows: the row's 负责人 owns ①s that name nobody, an outside person named inside ② (曾经理) owns that one, an 已完成 sub-item is skipped, 下次沟通时间 column with one date and one 待定",
      notes="WeCom mail, HTML only, sent Mon 2026-05-18 16:30 +0800. Seed 外部沟通跟进表 with two rows. "
            "Row 1 ① names nobody -> the row's 负责人 龚文, '5月20日前' -> 2026-05-20. Row 1 ② '曾经理5月22日前确认…' -> 曾晓东 (forwarder, alias 曾经理, in Cc), 2026-05-22 (5月28日 is the sailing date inside the task, not the due date). "
            "Row 2 ① -> 负责人 邹雨婷, '5月21日前' -> 2026-05-21; ② is marked 已完成 -> not an item. "
            "下次沟通时间: row 1 2026-05-22, row 2 待定 -> next_followup 2026-05-22 with no time (the only stated date).")
def b8108():
    when = sent(2026, 5, 18, 16, 30, 20)
    frm = person("龚文")
    to = P("熊思远", "邹雨婷")
    cc = P("曾晓东") + [BOT]
    h = inbound(TILE, frm[1], when, "smtpbgau1.qq.com", "54.206.16.166", "4gKbq63rYwz4nLs")
    h += [("X-QQ-mid", "xmsezb20t1779093020t3b8c1f4e"),
          ("X-QQ-XMAILINFO", "NLaM0d9Q0l4w2bV3hP7kQ1xN5tJ8rF0mC6yE2sA9gH4uK7jW1oZ3iD5vT8qB0nX6"),
          ("X-QQ-XMRINFO", "OWbKpJ8YXhUz1nQ7mV3rT5yE9iA2cL6sH0dF4gK8jN1oP3qR5tU7wX9zB2vC4mN6"),
          ("From", addr("龚文", frm[1])),
          ("To", addr_list(to)),
          ("Cc", addr_list(cc)),
          ("Subject", subject("外部沟通跟进表（5月18日 货代/客户）")),
          ("Mime-Version", "1.0"),
          ("Date", "Mon, 18 May 2026 16:30:20 +0800"),
          ("X-Priority", "3"),
          ("Message-ID", "<tencent_4E2A9F1C7B3D5E8A0C6F2B9D@hengyou-tiles.example.cn>"),
          ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
          ("X-Mailer", "QQMail 2.x"),
          ("X-QQ-Mailer", "QQMail 2.x")]
    body = text_part(_h8108(), "html", "utf-8", "base64", crlf=False, ctype_style='"')
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8109
T8109 = """各位领导：

今天下午经营例会的腾讯会议智能纪要如下（待办我已人工核对过），请查收。

————————————————————
腾讯会议 · 智能纪要
会议主题：端午节前经营例会
会议时间：2026/06/18 14:00-15:32
参会人：付国庆、熊思远、万国平、聂海涛、黄丽君、邓春燕、涂佳慧

【会议摘要】
本次会议主要讨论了6月上半月出货情况、2号窑检修后产能恢复、中东客户报价及信用证审单等议题。熊思远汇报澳洲第一柜已于6月5日出运；万国平表示2号窑已恢复满产；黄丽君提出近期釉面针孔缺陷比例上升，需调整窑炉温控曲线。付国庆要求各部门节后第一周集中攻坚中东订单，并由财务部尽快完成信用证审单。

【章节速览】
00:02  6月上半月出货情况
18:45  2号窑产能恢复与釉面针孔缺陷
47:10  中东客户报价
01:15:20  信用证审单安排

【待办事项】
· 熊思远：节后第一个工作日提交中东客户（迪拜）正式报价单
· 聂海涛：6月25日前完成窑炉温控曲线调整，并连续跟踪3天针孔缺陷比例
· 邓春燕：3个工作日内完成澳洲第二柜信用证单据审核

以上内容由AI生成，仅供参考，请以会议实际内容为准。
————————————————————

涂佳慧
总经办
"""


@case(8109, "tencent-meeting-ai-minutes-dragon-boat-exmail-gb18030", "minutes", TILE,
      items=[
          Item("熊思远", "提交中东客户（迪拜）正式报价单", "2026-06-22", ("after_holiday", "Dragon Boat Festival")),
          Item("聂海涛", "完成窑炉温控曲线调整，并连续跟踪3天针孔缺陷比例", "2026-06-25", ("date", "2026-06-25")),
          Item("邓春燕", "完成澳洲第二柜信用证单据审核", "2026-06-24", ("workdays", 3)),
      ],
      nxt=None,
      client="Tencent Exmail web, gb18030 base64, multipart/alternative",
      tests="腾讯会议 智能纪要 pasted into a mail the day before Dragon Boat: only 【待办事项】 counts (not 会议摘要 with its own '要求…尽快' sentence, not 章节速览 timestamps); 节后第一个工作日 and 3个工作日内 across Jun 19-21",
      notes="Exmail gb18030 base64, sent Thu 2026-06-18 18:05 +0800, the eve of Dragon Boat (holiday Fri 06-19..Sun 06-21, no make-up day). "
            "Only the AI minutes' 【待办事项】 are items: "
            "#1 熊思远 '节后第一个工作日' -> Mon 2026-06-22. #2 聂海涛 '6月25日前' -> 2026-06-25. "
            "#3 邓春燕 '3个工作日内': 06-19..21 are holidays, Mon 06-22 (1), Tue 06-23 (2), Wed 06-24 (3) -> 2026-06-24. "
            "The 会议摘要 (including '付国庆要求…财务部尽快完成信用证审单', which restates #3) and the 章节速览 timestamps (18:45, 01:15:20) are not items. No next meeting -> null.")
def b8109():
    when = sent(2026, 6, 18, 18, 5, 30)
    frm = person("涂佳慧")
    to = P("付国庆", "熊思远", "万国平", "聂海涛", "黄丽君", "邓春燕")
    h = inbound(TILE, frm[1], when, "smtpbgsg2.qq.com", "54.254.200.128", "4gPw9m1Hq7z3xRt")
    h += [("X-QQ-mid", "bizesmtp77t1781777130tq2m8k3d"),
          ("Date", "Thu, 18 Jun 2026 18:05:30 +0800"),
          ("From", addr(*frm, label="gb18030")),
          ("To", addr_list(to, "gb18030")),
          ("Cc", addr(*BOT, label="gb18030")),
          ("Subject", subject("【腾讯会议智能纪要】端午节前经营例会", "gb18030")),
          ("Mime-Version", "1.0"),
          ("X-Priority", "3"),
          ("Message-ID", "<tencent_9C1E5B7A3F2D8E4B6A0C1D3F@hengyou-tiles.example.cn>"),
          ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
          ("X-Mailer", "QQMail 2.x"),
          ("X-QQ-Mailer", "QQMail 2.x")]
    html = markup.coremail_html(T8109, font="Microsoft YaHei UI")
    body = multipart("alternative", [
        text_part(T8109, "plain", "gb18030", "base64", ctype_style='"'),
        text_part(html, "html", "gb18030", "base64", ctype_style='"'),
    ], "----=_NextPart_6A7C3B2E_0F8D1A40_5E9B2C71", quote_boundary=True)
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8110
T8110 = """付总、各位：

刚才在车间门口碰了一下秋交会和样品的事，群里说得比较散，我整理一下：

1、韦主管今天下班前把釉面砖（仿古系列）库存盘一遍，数量发群里；
2、小涂下周一上午10点前把秋交会展位的物料清单和报价定下来；
3、付总周三前确认中东客户样品是否免费寄送。

下面是群聊记录，供参考：

【恒釉外贸群】
熊思远 10:42
@韦志远 仿古系列库存今天能盘出来吗
韦志远 10:45
可以，下班前发群里
熊思远 10:47
@涂佳慧 秋交会物料下周一上午10点前定下来哈
涂佳慧 10:48
收到👌
熊思远 10:52
@付国庆 付总，中东样品免费寄还是收费，周三前给个意见
付国庆 11:05
我考虑下，周三前回复

熊思远
发自网易邮箱大师
"""


@case(8110, "chat-paste-makeup-saturday-mailmaster", "minutes", TILE,
      items=[
          Item("韦志远", "盘点釉面砖（仿古系列）库存，数量发群里", "2026-05-09", ("today",)),
          Item("涂佳慧", "定下秋交会展位的物料清单和报价", "2026-05-11", ("next_wd", 0), time="10:00"),
          Item("付国庆", "确认中东客户样品是否免费寄送", "2026-05-13", ("wd", 2)),
      ],
      nxt=None,
      client="网易邮箱大师 (iOS) on the Exmail account, UTF-8 base64, multipart/alternative",
      tests="short minutes typed after a stand-up on the 05-09 make-up Saturday, followed by a pasted WeCom group chat that restates every item (not extra items); 今天下班前 on a Saturday working day; 下周一上午10点前; bare 周三 already past -> next week; nicknames 韦主管/小涂/付总",
      notes="Sent Sat 2026-05-09 11:20 +0800, a make-up working day after Labour Day. "
            "#1 '韦主管' = 韦志远, '今天下班前' -> 2026-05-09, no time. "
            "#2 '小涂' = 涂佳慧, '下周一上午10点前' -> 2026-05-11 10:00. "
            "#3 '付总' = 付国庆, bare '周三前': this week's Wednesday 05-06 is past -> next week's 2026-05-13. "
            "The pasted 【恒釉外贸群】 chat restates the same three tasks (with @mentions and times 10:42…) -> not extra items. No next meeting.")
def b8110():
    when = sent(2026, 5, 9, 11, 20, 36)
    frm = person("熊思远")
    to = P("付国庆", "韦志远", "涂佳慧")
    h = inbound(TILE, frm[1], when, "smtpbgsg1.qq.com", "54.254.200.92", "4gC5Sx0mTfz6pWq")
    h += [("X-QQ-mid", "bizesmtpip2t1778296836tz9xk1c"),
          ("Date", "Sat, 9 May 2026 11:20:36 +0800"),
          ("From", addr(*frm)),
          ("To", addr_list(to)),
          ("Cc", addr(*BOT)),
          ("Message-ID", "<6a1e4c2f.3b7d.19e0b1c8e42.ntes-mailmaster.xiongsiyuan@hengyou-tiles.example.cn>"),
          ("Subject", subject("秋交会和样品 几件事")),
          ("MIME-Version", "1.0"),
          ("X-Mailer", "NetEase MailMaster/7.21.1 (iPhone; iOS 18.4)"),
          ("X-Priority", "3")]
    html = ('<div style="font-size:16px">' + "".join(
        "<div>%s</div>" % (markup.esc(l) if l.strip() else "<br>") for l in T8110.split("\n")[:-2])
        + '</div><div id="ntes-iosmail-signature">发自网易邮箱大师</div>')
    body = multipart("alternative", [
        text_part(T8110, "plain", "UTF-8", "base64", crlf=False, ctype_style="bare"),
        text_part(html, "html", "UTF-8", "base64", crlf=False, ctype_style="bare"),
    ], "----=_Part_19_1662718290.1778296836201")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8111
T8111 = """各位领导：

上周五总经理办公会纪要见附件，请查阅并按时完成，有问题随时找我。

涂佳慧
总经办
"""
DOC8111 = [
    ("h", "总经理办公会会议纪要（2026年第21期）"),
    ("p", "时间：2026年5月29日（周五）下午4:00    地点：一楼会议室"),
    ("p", "主持：付国庆    记录：涂佳慧"),
    ("p", "参会：熊思远、万国平、黄丽君、邓春燕、王建华、韦志远"),
    ("b", "一、会议内容"),
    ("p", "1. 外贸部汇报5月出口情况：澳洲第一柜已于5月28日装柜，预计6月5日开船。"),
    ("p", "2. 品管部汇报：澳洲客户要求地砖防滑等级R10及以上，需第三方检测报告。"),
    ("p", "3. 会议决定：自6月起，所有出口订单报价须经财务部复核毛利后方可发出。"),
    ("b", "二、工作安排"),
    ("t", [["序号", "事项", "主责", "配合", "完成时间", "备注"],
           ["1", "完成澳洲渠道年度返利方案", "熊思远", "财务部", "6月10日前", ""],
           ["2", "R10防滑等级样品送第三方检测", "黄丽君", "研发部", "6月15日前", "检测机构：省建材产品质检院"],
           ["3", "5月应收账款对账并催收逾期货款", "财务部", "外贸部", "6月底前", ""],
           ["4", "3号线改造方案论证", "万国平", "生产部、研发部", "待定", "等设备厂家出方案"],
           ["5", "2号窑检修", "万国平", "聂海涛", "4月30日", "已完成"]]),
    ("b", "三、下次会议"),
    ("p", "6月15日（周一）上午8:30，一楼会议室。"),
]


@case(8111, "gm-meeting-docx-table-exmail-gb18030", "minutes", TILE,
      items=[
          Item("熊思远", "完成澳洲渠道年度返利方案", "2026-06-10", ("date", "2026-06-10")),
          Item("黄丽君", "R10防滑等级样品送第三方检测", "2026-06-15", ("date", "2026-06-15")),
          Item(None, "5月应收账款对账并催收逾期货款", "2026-06-30", ("date", "2026-06-30"), dept="财务部"),
          Item("万国平", "3号线改造方案论证", None, ("none",), flags=["vague_due"]),
      ],
      nxt=Next("2026-06-15", "08:30", ("date", "2026-06-15")),
      client="Tencent Exmail web, gb18030 base64 body + .docx attachment (RFC 2231 filename), multipart/mixed",
      tests="minutes only in a .docx table with 主责/配合 columns: 配合 never owns, a department in 主责 -> no_owner, 待定 -> vague, an 已完成 row skipped; 会议决定 not an item; next meeting in the attachment",
      notes="Exmail gb18030, sent Mon 2026-06-01 09:10 +0800; the body only points to the attached 总经理办公会会议纪要（2026年第21期）.docx (meeting Fri 05-29). A human reads the table: "
            "#1 主责 熊思远, '6月10日前' -> 2026-06-10. #2 主责 黄丽君, '6月15日前' -> 2026-06-15 (the remark names the lab, not an owner). "
            "#3 主责 is 财务部 -> owner null, no_owner, department 财务部; '6月底前' -> 2026-06-30. "
            "#4 主责 万国平, '待定' -> vague_due. Row 5 备注 已完成 -> not an item. The 配合 column never gives owners. "
            "会议内容 1-2 are reports, 3 is a 会议决定 (policy). '三、下次会议 6月15日（周一）上午8:30' -> 2026-06-15 08:30.")
def b8111():
    when = sent(2026, 6, 1, 9, 10, 4)
    frm = person("涂佳慧")
    to = P("付国庆", "熊思远", "万国平", "黄丽君", "邓春燕", "王建华", "韦志远")
    h = inbound(TILE, frm[1], when, "smtpbgsg2.qq.com", "54.254.200.128", "4gTq2k7Rm1z5bNc")
    h += [("X-QQ-mid", "bizesmtp61t1780276204tbn3q8fa"),
          ("Date", "Mon, 1 Jun 2026 09:10:04 +0800"),
          ("From", addr(*frm, label="gb18030")),
          ("To", addr_list(to, "gb18030")),
          ("Cc", addr(*BOT, label="gb18030")),
          ("Subject", subject("总经理办公会纪要（2026年第21期）", "gb18030")),
          ("Mime-Version", "1.0"),
          ("X-Priority", "3"),
          ("Message-ID", "<tencent_2B8D6F0A4C1E9B3D7F5A2C8E@hengyou-tiles.example.cn>"),
          ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
          ("X-Mailer", "QQMail 2.x"),
          ("X-QQ-Mailer", "QQMail 2.x")]
    doc = attach.docx(DOC8111, "总经理办公会会议纪要", "涂佳慧", "2026-05-29T18:02:00", "江西恒釉陶瓷有限公司")
    alt = multipart("alternative", [
        text_part(T8111, "plain", "gb18030", "base64", ctype_style='"'),
        text_part(markup.coremail_html(T8111, font="Microsoft YaHei UI"), "html", "gb18030", "base64", ctype_style='"'),
    ], "----=_NextPart_5B2E8C1A_0D7F3A60_2C4E9B17")
    att = binary_part(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      "总经理办公会会议纪要（2026年第21期）.docx", name_label="gb18030", rfc2231=True)
    body = multipart("mixed", [alt, att], "----=_NextPart_5B2E8C1A_0D7F3A60_7A1C3E58")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8112
NEW8112 = """各位，

本周出口订单评审会的纪要直接回在这个邮件里，方便大家对照上周的事项。

本周评审结论：Coastline第二柜按原计划5月底装柜；中东客户订单暂不排产，待报价确认后再定。

待办：
1. 邹雨婷：5月22日前与Coastline确认第二柜唛头和分票；
2. 龚文：周四前提交中澳自贸协定原产地证申请；
3. 韦主管：下周一安排第二柜装柜，提前一天通知车队；
4. 付总牵头，外贸部、财务部配合，5月26日前敲定中东客户报价底线。

下次评审会：5月26日（周二）9:00，三楼会议室。

熊思远
外贸部经理
江西恒釉陶瓷有限公司
Tel: 0795-6233218"""
OLD8112 = """各位，

本周出口订单评审会纪要如下：
1. 邹雨婷：5月15日前把Coastline样品寄出；
2. 龚文：下周二前与华航货代确认5月船期；
3. 黄主管：周四前完成第一柜出货检验。

下次评审会：5月19日（周二）9:00。

熊思远
外贸部经理"""
QH8112 = [("发件人", "熊思远 <xiongsiyuan@hengyou-tiles.example.cn>"),
          ("发送时间", "2026年5月12日 17:32"),
          ("收件人", "付国庆 <fuguoqing@hengyou-tiles.example.cn>; 邹雨婷 <zouyuting@hengyou-tiles.example.cn>; 龚文 <gongwen@hengyou-tiles.example.cn>; 黄丽君 <huanglijun@hengyou-tiles.example.cn>; 韦志远 <weizhiyuan@hengyou-tiles.example.cn>"),
          ("抄送", "纪要助手 <minutes@hengyou-tiles.example.cn>"),
          ("主题", "出口订单评审会纪要（5月第2周）")]


def _t8112():
    q = "\n".join("%s: %s" % kv for kv in QH8112)
    return NEW8112 + "\n\n" + q + "\n\n" + OLD8112 + "\n"


def _h8112():
    qh = "".join('<b><span lang="ZH-CN">%s<span lang="EN-US">:</span></span></b><span lang="EN-US"> %s<br></span>'
                 % (k, markup.esc(v)) for k, v in QH8112)
    return markup.outlook_html([
        NEW8112, "",
        ("raw", '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                '<p class="MsoNormal" align="left" style="text-align:left">%s</p>\n</div>\n' % qh),
        "", OLD8112], "gb2312")


@case(8112, "new-minutes-as-re-in-old-thread-outlook-gb2312", "minutes", TILE,
      items=[
          Item("邹雨婷", "与Coastline确认第二柜唛头和分票", "2026-05-22", ("date", "2026-05-22")),
          Item("龚文", "提交中澳自贸协定原产地证申请", "2026-05-21", ("wd", 3)),
          Item("韦志远", "安排第二柜装柜，提前一天通知车队", "2026-05-25", ("next_wd", 0)),
          Item("付国庆", "敲定中东客户报价底线", "2026-05-26", ("date", "2026-05-26")),
      ],
      nxt=Next("2026-05-26", "09:00", ("date", "2026-05-26")),
      client="Outlook 2019 zh-CN, RE: reply in last week's thread (In-Reply-To/References), gb2312: text base64 + HTML quoted-printable",
      tests="this week's minutes written as a RE: on last week's minutes: only the new part counts, the quoted old minutes under Outlook's 发件人/发送时间 block (with their own items and 下次评审会) are ignored; 周四前, 下周一, 付总牵头",
      notes="Outlook gb2312, sent Tue 2026-05-19 17:45 +0800 as 'RE:' in the thread of the 05-12 minutes. "
            "New items: #1 邹雨婷 '5月22日前' -> 2026-05-22. #2 龚文 '周四前' -> this week's Thursday 2026-05-21. "
            "#3 '韦主管' = 韦志远, '下周一' -> 2026-05-25. #4 '付总牵头，外贸部、财务部配合' -> 付国庆, '5月26日前' -> 2026-05-26. "
            "'本周评审结论' lines are decisions. Everything below the Outlook 发件人/发送时间/主题 block is the quoted 05-12 minutes "
            "(items with 5月15日前/下周二前/周四前 and 下次评审会 5月19日) -> not items and not the follow-up. "
            "'下次评审会：5月26日（周二）9:00' -> 2026-05-26 09:00.")
def b8112():
    when = sent(2026, 5, 19, 17, 45, 51)
    frm = person("熊思远")
    to = P("付国庆", "邹雨婷", "龚文", "黄丽君", "韦志远", "邓春燕")
    h = inbound(TILE, frm[1], when, "smtpbgsg2.qq.com", "54.254.200.128", "4gLk7q0Vnbz2wYx")
    h += [("X-QQ-mid", "bizesmtp33t1779183951tq8v2m1c"),
          ("From", addr(*frm, label="gb2312")),
          ("To", addr_list(to, "gb2312")),
          ("Cc", addr(*BOT, label="gb2312")),
          ("References", "<000a01dce1f6$3c9d2e80$b5d78b80$@hengyou-tiles.example.cn>"),
          ("In-Reply-To", "<000a01dce1f6$3c9d2e80$b5d78b80$@hengyou-tiles.example.cn>"),
          ("Subject", "RE: " + subject("出口订单评审会纪要（5月第2周）", "gb2312")),
          ("Date", "Tue, 19 May 2026 17:45:51 +0800"),
          ("Message-ID", "<001201dce775$c2e4a1b0$48ade510$@hengyou-tiles.example.cn>"),
          ("MIME-Version", "1.0"),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AQHc4fY8nS6Aa7XXQ0mJf0H1sS2KZKzX5uNw"),
          ("Content-Language", "zh-cn")]
    body = multipart("alternative", [
        text_part(_t8112(), "plain", "gb2312", "base64"),
        text_part(_h8112(), "html", "gb2312", "quoted-printable"),
    ], "----=_NextPart_000_0013_01DCE7B8.D107E1B0", preamble="This is a multipart message in MIME format.")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8113
T8113 = """您好！

我于6月19日至6月21日端午节休假，6月22日（周一）返岗。休假期间邮件可能无法及时回复，急事请联系外贸部邹雨婷（zouyuting@hengyou-tiles.example.cn，电话0795-6233219）。

谢谢！
熊思远

这是一封自动回复邮件。
"""


@case(8113, "auto-ooo-exmail-dragon-boat", "auto", TILE,
      client="Tencent Exmail auto-reply (Auto-Submitted: auto-replied), gb18030 base64",
      tests="out-of-office auto-reply to the bot's recap, body full of dates and a contact person: kind auto",
      notes="Exmail holiday auto-reply sent Thu 2026-06-18 18:31 +0800 to the bot's signed reply address, answering the recap of the 06-18 minutes: "
            "Auto-Submitted: auto-replied, subject '自动回复：…', body '我于6月19日至6月21日端午节休假，6月22日（周一）返岗…急事请联系邹雨婷'. "
            "No person wrote it -> kind auto, no items, no follow-up.")
def b8113():
    when = sent(2026, 6, 18, 18, 31, 2)
    frm = person("熊思远")
    h = inbound(TILE, frm[1], when, "smtpbgsg2.qq.com", "54.254.200.128", "4gPwT21mXcz8kLd", delay=2)
    h += [("X-QQ-mid", "bizesmtp12t1781778662ta0z8kw1"),
          ("Date", "Thu, 18 Jun 2026 18:31:02 +0800"),
          ("From", addr(*frm, label="gb18030")),
          ("To", addr("纪要助手", "minutes+r7c19e40b2a@hengyou-tiles.example.cn", "gb18030")),
          ("Subject", subject("自动回复：Re: 【纪要确认】端午节前经营例会", "gb18030")),
          ("In-Reply-To", "<r.202606181806.7c19e40b2a@hengyou-tiles.example.cn>"),
          ("References", "<tencent_9C1E5B7A3F2D8E4B6A0C1D3F@hengyou-tiles.example.cn>\n <r.202606181806.7c19e40b2a@hengyou-tiles.example.cn>"),
          ("Mime-Version", "1.0"),
          ("Message-ID", "<tencent_autoreply_0E7B2C9A4D1F6B8E3A5C@hengyou-tiles.example.cn>"),
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
          ("X-Mailer", "QQMail 2.x"),
          ("X-QQ-Mailer", "QQMail 2.x")]
    body = text_part(T8113, "plain", "gb18030", "base64", ctype_style='"')
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8131
T8131_SRC = """Dear Mr. Wang, dear Ms. Huang,

Thank you for your time this morning (our time). Please find the minutes of our video call below.

Participants: Wang Jianhua, Huang Lijun, Simon Xiong (Hengyou); Javier Morales, Lucía Ferrer (Esmaltes Levante)

Summary
- Hengyou reported a colour drift (Delta E 1.8-2.4) on the warm-grey design since ink batch LV-2605.
- Levante confirmed that batch LV-2605 used a new pigment supplier for the brown channel.
- Agreed: Hengyou keeps printing with the remaining LV-2604 stock until the trial results are in.

AI: Javier - send the CoA of the replacement batch LV-2606 together with the Delta E lab report - by Friday
AI: Wang Jianhua - run a trial firing with LV-2606 (20 tiles) and share the spectro readings - by June 8
AI: Huang Lijun - send photos and spectro readings of the defective tiles - EOD today
AI: Levante technical team - remote check of the printer head configuration - date TBD

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Best regards,
Javier

-- 
Javier Morales
Technical Service Manager - Asia
Esmaltes Levante S.L.
Castellón de la Plana, Spain
"""


def flowed(text, width=72):
    """RFC 3676 format=flowed as Thunderbird writes it: long lines are soft-broken after a space, so the
    broken line ends with a space; the signature separator '-- ' is kept as is."""
    out = []
    for line in text.split("\n"):
        if line == "-- " or len(line) <= width:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


T8131 = flowed(T8131_SRC)


@case(8131, "spanish-supplier-ai-lines-thunderbird-cest", "minutes", TILE,
      items=[
          Item("Javier Morales", "send the CoA of the replacement batch LV-2606 together with the Delta E lab report",
               "2026-06-05", ("wd", 4)),
          Item("王建华", "run a trial firing with LV-2606 (20 tiles) and share the spectro readings", "2026-06-08",
               ("date", "2026-06-08")),
          Item("黄丽君", "send photos and spectro readings of the defective tiles", "2026-06-03", ("today",)),
          Item(None, "remote check of the printer head configuration", None, ("none",), flags=["vague_due"]),
      ],
      nxt=Next("2026-06-09", "16:00", ("date", "2026-06-09")),
      client="Thunderbird 128 (Linux), English, text/plain format=flowed, UTF-8 8bit, LF line ends, Date +0200",
      tests="English minutes from a Spanish supplier with 'AI:' (action item) lines soft-wrapped by format=flowed; by Friday / by June 8 / EOD today / date TBD; a supplier team as owner; 'Agreed:' decision; next sync in CEST with the Beijing time given",
      notes="Thunderbird, Date Wed 2026-06-03 12:45 +0200 = Wed 18:45 in Shanghai (same date). 'AI:' here means action item; the long lines are soft-broken by format=flowed (trailing space), so each AI line continues on the next physical line. "
            "#1 'Javier' = the sender Javier Morales (outside), 'by Friday' -> 2026-06-05. "
            "#2 'Wang Jianhua' = 王建华 (roster alias), 'by June 8' -> 2026-06-08. "
            "#3 'Huang Lijun' = 黄丽君, 'EOD today' -> 2026-06-03, no time. "
            "#4 'Levante technical team' is the supplier's team, not ours -> owner null, no_owner, department null; 'date TBD' -> vague_due. "
            "Summary bullets (Delta E 1.8-2.4, batch numbers) are facts; 'Agreed: … keeps printing with LV-2604' is a decision. "
            "'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)' -> 2026-06-09 16:00.")
def b8131():
    frm = ("Javier Morales", "javier.morales@esmalteslevante.example.es")
    h = [("Return-Path", "<javier.morales@esmalteslevante.example.es>"), ("Delivered-To", BOT[1]),
         ("Received", "from mail.esmalteslevante.example.es (mail.esmalteslevante.example.es [185.42.117.20])\n\tby mx.hengyou-tiles.example.cn (Postfix) with ESMTPS id 4gRv1n8KpTz6qMw\n\tfor <%s>; Wed, 3 Jun 2026 18:45:16 +0800 (CST)" % BOT[1]),
         ("Received", "from [192.168.1.37] (unknown [83.61.204.18])\n\tby mail.esmalteslevante.example.es (Postfix) with ESMTPSA id 8C1F2A0D41;\n\tWed,  3 Jun 2026 12:45:11 +0200 (CEST)"),
         ("Message-ID", "<3f9b6c1e-52d4-4a8e-9c07-b81e2d5f4a90@esmalteslevante.example.es>"),
         ("Date", "Wed, 3 Jun 2026 12:45:10 +0200"),
         ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird"),
         ("Content-Language", "en-GB"),
         ("To", "Wang Jianhua <wangjianhua@hengyou-tiles.example.cn>,\n Huang Lijun <huanglijun@hengyou-tiles.example.cn>"),
         ("Cc", "Simon Xiong <xiongsiyuan@hengyou-tiles.example.cn>, " + addr(*BOT)),
         ("From", addr(*frm)),
         ("Subject", "Minutes - digital ink colour drift (video call 3 June)"),
         ("Organization", "Esmaltes Levante S.L.")]
    body = text_part(T8131, "plain", "UTF-8", "8bit", ctype_style="bare", extra_params="; format=flowed")
    return message(h, body, linesep="\n")


# ------------------------------------------------------------------------------------------------ 8134
T8134 = """各位：

今天下午5点生产例会，主要说了下面几件事：

一、聂主任负责1号线抛光磨头更换，下周二前换完，换完后试产一个班次。
二、韦志远：仓库防潮整改，本月20日前完成，重点是靠河那面墙。
三、从下周一起，出货前抽检比例由3%提高到5%，由品管部执行。
四、王工、黄主管：各自提交6月份质量分析报告（研发、品管口径），7月15日前。
五、2号窑温控曲线调整上周已经完成，针孔缺陷比例已降到0.8%。

下周五同一时间再开。

万国平
"""


@case(8134, "workshop-meeting-two-owners-qqmail-gb18030", "minutes", TILE,
      items=[
          Item("聂海涛", "完成1号线抛光磨头更换，换完后试产一个班次", "2026-07-14", ("next_wd", 1)),
          Item("韦志远", "仓库防潮整改（重点是靠河那面墙）", "2026-07-20", ("date", "2026-07-20")),
          Item("王建华", "提交6月份质量分析报告（研发口径）", "2026-07-15", ("date", "2026-07-15")),
          Item("黄丽君", "提交6月份质量分析报告（品管口径）", "2026-07-15", ("date", "2026-07-15")),
      ],
      nxt=Next("2026-07-17", "17:00", ("next_wd", 4)),
      client="QQ Mail (personal qq mailbox), gb18030 base64, multipart/alternative",
      tests="plain 一、二、三 minutes from a personal QQ mailbox: one task for two owners (王工、黄主管 各自) -> two items; 本月20日前; a standing rule (从下周一起抽检5%) and a done report are not items; '下周五同一时间' with the meeting time in the first line",
      notes="QQ Mail gb18030 base64, sent Fri 2026-07-10 19:40 +0800 by 万国平 from his personal QQ mailbox (owners resolve through the roster). "
            "一 '聂主任' = 聂海涛, '下周二前' -> 2026-07-14. 二 韦志远 '本月20日前' -> 2026-07-20. "
            "三 '从下周一起…抽检比例提高到5%，由品管部执行' is a standing rule, not an item. "
            "四 '王工、黄主管：各自提交…7月15日前' -> two items with the same task, 王建华 and 黄丽君, both 2026-07-15. "
            "五 reports something already done. '下周五同一时间再开' with the meeting '今天下午5点' -> 2026-07-17 17:00.")
def b8134():
    when = sent(2026, 7, 10, 19, 40, 18)
    frm = ("万国平", "158346201@qq.example.com")
    to = P("聂海涛", "韦志远", "王建华", "黄丽君")
    h = [("Return-Path", "<158346201@qq.example.com>"), ("Delivered-To", BOT[1]),
         ("Received", "from out162-62-57-64.mail.qq.example.com (out162-62-57-64.mail.qq.example.com [162.62.57.64])\n\tby mx.hengyou-tiles.example.cn (Postfix) with ESMTPS id 4gYd6w3TbRz9cJn\n\tfor <%s>; Fri, 10 Jul 2026 19:40:23 +0800 (CST)" % BOT[1]),
         ("X-QQ-FEAT", "3C4sYg8Lk1xH0nR7wQ2zV5bJ9tM6pE1dF3aU8sK0cX2yN4vB7"),
         ("X-QQ-SSF", "00000000000000F0000000000000"),
         ("X-QQ-XMAILINFO", "MmZ1sJ8uR4vN0qL7cW2eT5yB9hK3dA6fG1iX4oP7mQ0zS2uV5wY8aC1eF4hJ7kM0"),
         ("X-QQ-STYLE", ""),
         ("X-QQ-mid", "webmail812t1783683618t6105231"),
         ("From", addr(frm[0], frm[1], "gb18030")),
         ("To", addr_list(to, "gb18030")),
         ("Cc", addr(*BOT, label="gb18030")),
         ("Subject", subject("周五生产例会纪要", "gb18030")),
         ("Mime-Version", "1.0"),
         ("Date", "Fri, 10 Jul 2026 19:40:18 +0800"),
         ("X-Priority", "3"),
         ("Message-ID", "<tencent_5F3C8A1B7E2D9F4A6C0B3E8D1A7F@qq.example.com>"),
         ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
         ("X-Mailer", "QQMail 2.x"),
         ("X-QQ-Mailer", "QQMail 2.x")]
    body = multipart("alternative", [
        text_part(T8134, "plain", "gb18030", "base64", ctype_style='"'),
        text_part(markup.coremail_html(T8134, font="Microsoft YaHei UI"), "html", "gb18030", "base64", ctype_style='"'),
    ], "----=_NextPart_68A2B3C4_0E6F1A80_3D5B7C92", quote_boundary=True)
    return message(h, body)
