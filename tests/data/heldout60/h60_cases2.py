"""Cases 8807-8812."""
import h60_lib as L
from h60_lib import It, Fu, case, esc, table
from h60_clients import mk, gmail_html, outlook_html, o_p, simple_html

BOT_A, BOT_B, BOT_C, BOT_D = (L.BOTS[k] for k in "ABCD")


# ---------------------------------------------------------------------------------------------------------------
@case(8807, "qiyuan-dingtalk-ai-tingji-todo", "minutes",
      "DingTalk AI听记 summary mailed from 钉钉邮箱 (UTF-8 base64 text+HTML): 智能摘要/关键决策/发言人观点 are not items; "
      "待办 rows 'name | task | 截止'; 本周内 (AMBIGUOUS), 尽快, a 待办 owned by an unresolved speaker label '发言人4'")
def c8807():
    todos = [("丁文博", "与塞上优品确认618备货量", "5月15日"), ("何蕾", "完成天猫618活动报名", "本周内"),
             ("纳静", "送第三方检测机构做农残检测", "尽快"), ("发言人4", "核对仓库现有500g礼盒库存", "5月13日")]
    text = ("会议主题：618备货碰头会\n会议时间：2026-05-11 15:30-16:20\n参会人：马海东、丁文博、何蕾、纳静、发言人4\n\n"
            "【智能摘要】\n本次会议讨论了618大促的备货计划。塞上优品预计追加订单约2000件；天猫旗舰店计划报名满减活动；"
            "品控方面需在发货前取得第三方农残检测报告。\n\n【关键决策】\n1. 618期间主推500g特级礼盒\n2. 线上线下同价，"
            "不单独做直播间折扣\n\n【发言人观点】\n丁文博：建议5月15日前与塞上优品锁定备货量，避免6月初再临时加单。\n"
            "纳静：第三方农残检测一般需要7个工作日出报告。\n\n【待办事项】\n"
            + "\n".join("%d. %s | %s | 截止：%s" % (i + 1, w, t, d) for i, (w, t, d) in enumerate(todos))
            + "\n\n以上内容由钉钉AI听记自动生成，仅供参考。\n\n-- \n何蕾 电商部\n")
    html = ['<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px;line-height:1.7">',
            "<div><b>会议主题：</b>618备货碰头会</div><div><b>会议时间：</b>2026-05-11 15:30-16:20</div>",
            "<div><b>参会人：</b>马海东、丁文博、何蕾、纳静、发言人4</div>",
            '<h4 style="color:#0089ff">智能摘要</h4><p>本次会议讨论了618大促的备货计划。塞上优品预计追加订单约2000件；'
            "天猫旗舰店计划报名满减活动；品控方面需在发货前取得第三方农残检测报告。</p>",
            '<h4 style="color:#0089ff">关键决策</h4><ol><li>618期间主推500g特级礼盒</li><li>线上线下同价，不单独做直播间折扣'
            "</li></ol>", '<h4 style="color:#0089ff">发言人观点</h4>',
            "<p><b>丁文博：</b>建议5月15日前与塞上优品锁定备货量，避免6月初再临时加单。</p>",
            "<p><b>纳静：</b>第三方农残检测一般需要7个工作日出报告。</p>", '<h4 style="color:#0089ff">待办事项</h4>',
            table([("负责人", "待办内容", "截止时间")] + todos), '<p style="color:#999;font-size:12px">以上内容由钉钉AI听记自动生成，'
            "仅供参考。</p><div>-- <br>何蕾 电商部</div></div>"]
    raw = mk("A", "dingtalk", "何蕾", ["马海东", "丁文博", "纳静"], "【AI听记】618备货碰头会 会议纪要",
             "2026-05-11 18:02:10 +0800", text, "\n".join(html), cc=[BOT_A])
    items = [It("丁文博", "与塞上优品确认618备货量", "abs:2026-05-15", "2026-05-15"),
             It("何蕾", "完成天猫618活动报名", "weekend", "2026-05-17"),
             It("纳静", "送第三方检测机构做农残检测", "vague"),
             It(None, "核对仓库现有500g礼盒库存", "abs:2026-05-13", "2026-05-13")]
    return {"raw": raw, "items": items, "fu": None,
            "notes": "Sent Mon 2026-05-11 18:02. DingTalk AI听记: only 待办事项 are items; the speaker view '建议5月15日前…' "
                     "repeats item 1 and '7个工作日' is a fact. ① 5月15日 -> 2026-05-15. ② AMBIGUOUS: '本周内' -> end of "
                     "the calendar week, Sun 2026-05-17 (dates-eval rule); a business reading would say Fri 05-15. "
                     "③ 尽快 -> vague_due. ④ owner '发言人4' is an unresolved speaker label, not a person -> no_owner "
                     "(department null), due 2026-05-13. No next meeting."}


# ---------------------------------------------------------------------------------------------------------------
@case(8808, "maiji-zhuze-peihe-cell-wecom", "minutes",
      "WeCom mail (UTF-8 base64 text+HTML table): 责任股室及人员 cell '主责：X；配合：Y' -> owner X; 主责 a 股室 -> "
      "no_owner; SOE person owner from Cc; 5月底; next meeting '下周四同一时间' with the time from the header lines")
def c8808():
    rows = [("序号", "工作事项", "责任股室及人员", "完成时限"),
            ("1", "制定“安全生产月”活动实施方案", "主责：石磊；配合：康宁", "5月20日前"),
            ("2", "组织“两客一危”企业开展应急演练", "主责：何军  配合：石磊、区交投公司", "6月10日前"),
            ("3", "安全生产月宣传展板设计制作", "主责：办公室；配合：各股室", "5月底"),
            ("4", "落实在建路段施工警示设施", "主责：韦国庆（区交投公司）；配合：赵敏", "6月5日前")]
    head = ("会议时间：2026年5月14日（周四）15:00\n会议地点：局三楼会议室\n主持人：蒲志强\n"
            "参会人员：王芸、石磊、何军、赵敏、康宁，区交投公司韦国庆\n\n会议听取了安全监督股关于今年“安全生产月”筹备情况的汇报，"
            "经研究，明确以下工作分工：\n")
    tail = "\n下次协调会定于下周四同一时间召开，各责任人汇报进展。\n\n办公室 王芸\n"
    text = head + "\n" + L.text_table(rows) + "\n" + tail
    html = ('<div style="font-size:14px;font-family:Microsoft YaHei">' + L.paras(head, "div")
            + table(rows, td="border:1px solid #bfbfbf;padding:6px") + L.paras(tail, "div") + "</div>")
    raw = mk("C", "wecom", "王芸", ["石磊", "何军", "赵敏", "康宁"], "关于“安全生产月”筹备工作协调会的会议纪要",
             "2026-05-14 17:45:30 +0800", text, html, cc=["蒲志强", "韦国庆", BOT_C])
    items = [It("石磊", "制定“安全生产月”活动实施方案", "abs:2026-05-20", "2026-05-20"),
             It("何军", "组织“两客一危”企业开展应急演练", "abs:2026-06-10", "2026-06-10"),
             It(None, "安全生产月宣传展板设计制作", "mend", "2026-05-31", dept="办公室"),
             It("韦国庆", "落实在建路段施工警示设施", "abs:2026-06-05", "2026-06-05")]
    return {"raw": raw, "items": items, "fu": Fu("nw:3", "2026-05-21", "15:00"),
            "notes": "Sent Thu 2026-05-14 17:45. One cell holds '主责：…；配合：…': the 主责 person owns the row, 配合 people "
                     "are not owners. Row 3 主责 is the unit 办公室 -> no_owner, department 办公室; '5月底' -> 2026-05-31. "
                     "Row 4 主责 韦国庆 (区交投公司, an SOE, not in roster) -> email from the Cc display name, department "
                     "null. '下次协调会定于下周四同一时间' -> Thu of next week 2026-05-21 at the meeting's 15:00 from the "
                     "header lines."}


# ---------------------------------------------------------------------------------------------------------------
@case(8809, "kaarna-grouped-by-person-thunderbird-flowed", "minutes",
      "Thunderbird English text/plain format=flowed 8bit: minutes grouped by person (name line, '- task' lines), a "
      "soft-wrapped long item and a hard-wrapped item; by 22 May / by Friday 29 May / by Fri / by end of month; FYI "
      "line; Next weekly as a sentence")
def c8809():
    text = """Hi all,

Notes from this morning's engineering weekly, grouped by person as usual.

Lixin
  - Move the H6 rotator assembly to line 2 and free up the test bench for the Jiuquan dealer demo, by 22 May
  - Scrap rate on the boom welds is down to 1.8% (was 2.6%), nice work

Spring
  - Close the 8D for the feed-roller cracks and send the
    customer summary to Tampere by Friday 29 May

Desheng
  - Train the two new welders on fixture #2 by Fri

Tina (me)
  - Release drawing rev. G of the saw box to Tampere by end of month

FYI: Aino's visit moved to June, date not fixed yet.

Next engineering weekly: Monday 25 May, 09:30, room 2-05.

Tina
"""
    raw = mk("B", "thunderbird", ("Tina Liu", L.P["刘雨桐"]["email"]),
             ["Mikko Laaksonen", ("Wang Lixin", L.P["王立新"]["email"]), ("Spring Zhao", L.P["赵春燕"]["email"]),
              ("Zhang Desheng", L.P["张德胜"]["email"])], "Engineering weekly - notes 18 May",
             "2026-05-18 17:55:02 +0800", L.flowed(text), None, cc=[BOT_B], text_params="format=flowed",
             lang="en-US")
    items = [It("王立新", "Move the H6 rotator assembly to line 2 and free up the test bench for the Jiuquan dealer demo",
                "abs:2026-05-22", "2026-05-22"),
             It("赵春燕", "Close the 8D for the feed-roller cracks and send the customer summary to Tampere",
                "abs:2026-05-29", "2026-05-29"),
             It("张德胜", "Train the two new welders on fixture #2", "wd:4", "2026-05-22"),
             It("刘雨桐", "Release drawing rev. G of the saw box to Tampere", "mend", "2026-05-31")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-05-25", "2026-05-25", "09:30"),
            "notes": "Sent Mon 2026-05-18 17:55. Grouped by person: the name line owns the dash lines below it (Lixin = "
                     "王立新, Spring = 赵春燕, Desheng = 张德胜, 'Tina (me)' = the sender 刘雨桐). Lixin's first line is one "
                     "long line soft-wrapped by format=flowed; Spring's item is hard-wrapped with an indent. The scrap-rate "
                     "line is a status report, not an item. 'by Fri' -> 2026-05-22; 'by end of month' -> 2026-05-31. "
                     "'Aino's visit moved to June' is FYI. Next weekly Monday 25 May 09:30."}


# ---------------------------------------------------------------------------------------------------------------
@case(8810, "shanlan-reschedule-chat-exmail-gb18030", "other",
      "Exmail gb18030 base64 chat asking to move a review meeting (周四 -> 周五下午3点) with the bot in Cc out of habit; "
      "a promise '周五上午发您' -> kind other, no items, no follow-up")
def c8810():
    text = ("符总监：\n\n    明天（周四）下午的五一接待复盘会，我这边要陪两位VIP客户出海，能不能改到周五下午3点？会议室我看过了，"
            "周五下午是空的。\n    另外五一的投诉汇总表我周五上午发您，复盘会上一起过。\n\n    您看行的话我就在群里通知大家。\n\n"
            "吉雅\n客服部 | 三亚珊澜潜水度假有限公司\n")
    html = ('<div style="font-family:微软雅黑;font-size:14px">' + L.paras(text, "div") + "</div>")
    raw = mk("D", "exmail", "吉雅", ["符晓琳"], "周四复盘会能否改到周五？", "2026-05-20 11:26:40 +0800", text, html,
             cc=["陈海波", BOT_D], cs="gb18030")
    return {"raw": raw, "items": [], "fu": None,
            "notes": "Sent Wed 2026-05-20. A person's rescheduling request (Thu review -> Fri 15:00) and a promise to send a "
                     "complaint summary on Friday morning. Not minutes and not a reply to a recap: kind other, no items, no "
                     "next_followup (a proposed meeting time in a chat is not a follow-up of minutes)."}


# ---------------------------------------------------------------------------------------------------------------
@case(8811, "qiyuan-new-minutes-as-re-outlook-utf8", "minutes",
      "Outlook UTF-8 'RE:' in last week's minutes thread carrying this week's minutes: 上周事项回顾 (done, not items) + "
      "本周待办 in 'title：task，deadline' form; the quoted old minutes below 发件人/发送时间 are not items; next meeting")
def c8811():
    new = """各位：

今天（5月25日）周例会纪要接着发在这个邮件里，方便大家对照上周的事项。

一、上周事项回顾
1. 2号烘干线检修——已完成（田经理）
2. 塞上优品618备货量——已确认2000件（丁经理）
3. 第三方农残报告——已出，全部合格（苏主管）

二、本周待办
1. 田经理：鲜果收购点（宁安镇、恩和镇）开秤前设备点检，本周五前完成
2. 苏主管：制定2026年鲜果收购质量分级标准并发各收购点，月底前
3. 何蕾：618预售页面上线，5月28日（周四）中午12点前
4. 韩会计：核对4月电商平台回款，6月2日前

三、下次例会：6月1日（周一）下午4点，地点不变

杨晓燕
"""
    old = """各位：

上周例会纪要如下：
1. 田经理：2号烘干线检修收尾，5月22日前
2. 丁经理：与塞上优品确认618备货量，5月15日前
3. 苏主管：催第三方农残报告，5月20日前

下次例会：5月25日（周一）下午4点
"""
    qhead = ("发件人: 杨晓燕 <yangxiaoyan@qiyuan-goji.example.cn>\n发送时间: 2026年5月18日 17:02\n"
             "收件人: 田国栋 <tianguodong@qiyuan-goji.example.cn>; 苏婷 <suting@qiyuan-goji.example.cn>; "
             "丁文博 <dingwenbo@qiyuan-goji.example.cn>\n抄送: 纪要助手 <minutes@qiyuan-goji.example.cn>\n"
             "主题: 【周例会】生产经营周例会纪要（5月18日）\n")
    text = new + "\n" + qhead + "\n" + old
    inner = ("".join(o_p(l) for l in new.split("\n"))
             + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             + "".join(o_p(l) for l in qhead.split("\n")) + "</div>" + "".join(o_p(l) for l in old.split("\n")))
    prev = "<000001dce6a2$1f3c2b10$5db48130$@qiyuan-goji.example.cn>"
    raw = mk("A", "outlook", "杨晓燕", ["田国栋", "苏婷", "丁文博", "何蕾", "韩雪梅"],
             "RE: 【周例会】生产经营周例会纪要（5月18日）", "2026-05-25 17:10:00 +0800", text,
             outlook_html(inner, cs="utf-8"), cc=["马海东", BOT_A], cs="utf-8", irt=prev, text_cte="base64")
    items = [It("田国栋", "鲜果收购点（宁安镇、恩和镇）开秤前设备点检", "wd:4", "2026-05-29"),
             It("苏婷", "制定2026年鲜果收购质量分级标准并发各收购点", "mend", "2026-05-31"),
             It("何蕾", "618预售页面上线", "abs:2026-05-28", "2026-05-28", time="12:00"),
             It("韩雪梅", "核对4月电商平台回款", "abs:2026-06-02", "2026-06-02")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-06-01", "2026-06-01", "16:00"),
            "notes": "Sent Mon 2026-05-25 17:10 as 'RE:' in the thread of last week's minutes (In-Reply-To set); the new "
                     "text is this week's minutes. 上周事项回顾 lines are status (已完成/已确认/已出), not items. 本周待办: "
                     "田经理 = 田国栋 '本周五前' -> 2026-05-29; 苏主管 = 苏婷 '月底前' -> 2026-05-31; 何蕾 '5月28日（周四）"
                     "中午12点前' -> 2026-05-28 12:00; 韩会计 = 韩雪梅 '6月2日前'. Everything below the Outlook 发件人/"
                     "发送时间 block is last week's mail and must not produce items or the old next meeting. Next meeting "
                     "'6月1日（周一）下午4点' -> 2026-06-01 16:00."}


# ---------------------------------------------------------------------------------------------------------------
@case(8812, "kaarna-ooo-automatic-reply-m365", "auto",
      "Exchange Online 'Automatic reply:' (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, +0000 Date) "
      "to a bot recap; bilingual body with dates and a delegate")
def c8812():
    text = ("I'm on a business trip to Tampere from 25 May to 5 June with limited access to email. For urgent supply "
            "issues please contact Zhang Desheng (zhangdesheng@kaarna-mdj.example.cn). I will reply after 8 June.\n\n"
            "我5月25日至6月5日在芬兰出差，邮件回复会有延迟。紧急供应问题请联系张德胜。6月8日后回复。\n\nHoward Sun\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + L.paras(text, "div") + "</div></body></html>")
    raw = mk("B", "m365", ("Howard Sun", L.P["孙浩"]["email"]), [L.BOTS["B"]],
             "Automatic reply: [Minutes] Engineering weekly - notes 18 May", "2026-05-26 01:03:11 +0000", text, html,
             irt="<mb.20260518095502.8809.k3@kaarna-mdj.example.cn>",
             extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", L.P["孙浩"]["email"]),
                    ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
             lang="en-US")
    return {"raw": raw, "items": [], "fu": None,
            "notes": "Out-of-office reply to a recap the bot sent for 8809. Auto-Submitted: auto-replied plus the Exchange "
                     "loop header; Date is +0000 (09:03 in Shanghai). The body has dates (25 May-5 June, 8 June) and a "
                     "delegate but nothing is an item or a command: kind auto."}
