"""Cases 8819-8824."""
import h60_lib as L
from h60_lib import It, Fu, case, esc, table
from h60_clients import mk, gmail_html, outlook_html, o_p, simple_html

BOT_A, BOT_B, BOT_C, BOT_D = (L.BOTS[k] for k in "ABCD")


def excel_table(rows):
    """HTML as Excel puts it on the clipboard (classes, mso-number-format, widths in pt)."""
    out = ['<table border=0 cellpadding=0 cellspacing=0 width=742 style="border-collapse:collapse;width:557pt">',
           '<col width=40 style="width:30pt"><col width=210 style="width:158pt"><col width=90 span=2 style="width:68pt">'
           '<col width=190 style="width:143pt"><col width=122 style="width:92pt">']
    for i, r in enumerate(rows):
        out.append('<tr height=22 style="height:16.5pt">')
        for j, c in enumerate(r):
            cls = "xl66" if i == 0 else ("xl68" if j == 0 else "xl67")
            num = ' x:num' if c.isdigit() else ""
            out.append('<td class=%s height=22%s style="border:.5pt solid windowtext;mso-number-format:\'\\@\'">%s</td>'
                       % (cls, num, esc(c)))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------------------
@case(8819, "qiyuan-excel-table-duanwu-exmail", "minutes",
      "Exmail UTF-8 base64 with a table pasted from Excel (x:num, mso-number-format): two rows with the same task "
      "text for different owners; nested brackets '端午节前（6月18日（周四）下班前）'; 节后第一个工作日（6/22）; 负责人 '—'")
def c8819():
    rows = [("序号", "工作内容", "责任部门", "负责人", "完成时间", "备注"),
            ("1", "更新库存台账", "电商部", "何蕾", "6月16日（周二）前", "含天猫、抖店两个仓"),
            ("2", "更新库存台账", "销售部", "丁文博", "6月16日（周二）前", "含塞上优品寄售库存"),
            ("3", "烘干线端午期间停机保养", "生产部", "李俊", "端午节前（6月18日（周四）下班前）", "保养记录交品控部"),
            ("4", "端午后首批鲜果收购开秤", "采购部", "冯志刚", "节后第一个工作日（6/22）", "宁安、恩和两个收购点"),
            ("5", "618订单发货", "仓储（生产部）", "—", "6/17", "顺丰、京东各一半")]
    head = "各位：\n\n今天生产调度会的安排整理成表了，大家对一下：\n"
    tail = ("\n端午放假6月19日至21日，22日正常上班。下周一（6月22日）上午8:30调度会照常。\n\n田国栋\n生产部\n")
    text = head + "\n" + L.text_table(rows) + "\n" + tail
    html = ('<div style="font-family:微软雅黑;font-size:14px">' + L.paras(head, "div") + excel_table(rows)
            + L.paras(tail, "div") + "</div>")
    raw = mk("A", "exmail", "田国栋", ["何蕾", "丁文博", "李俊", "冯志刚"], "端午前后生产及发货安排（6月15日调度会）",
             "2026-06-15 09:40:22 +0800", text, html, cc=["马海东", "苏婷", BOT_A])
    items = [It("何蕾", "更新库存台账", "abs:2026-06-16", "2026-06-16"),
             It("丁文博", "更新库存台账", "abs:2026-06-16", "2026-06-16"),
             It("李俊", "烘干线端午期间停机保养", "prehol:2026-06-19", "2026-06-18"),
             It("冯志刚", "端午后首批鲜果收购开秤", "posthol:2026-06-19", "2026-06-22"),
             It(None, "618订单发货", "abs:2026-06-17", "2026-06-17", dept="生产部")]
    return {"raw": raw, "items": items, "fu": Fu("nw:0", "2026-06-22", "08:30"),
            "notes": "Sent Mon 2026-06-15. Excel paste. Rows 1 and 2 have the same task text '更新库存台账' for different "
                     "owners: two items, both 2026-06-16. Row 3 '端午节前（6月18日（周四）下班前）' (nested brackets) -> "
                     "2026-06-18, no time. Row 4 '节后第一个工作日（6/22）' -> 2026-06-22. Row 5 负责人 '—' with 责任部门 "
                     "'仓储（生产部）' -> no_owner, department 生产部, '6/17' -> 2026-06-17. 备注 cells are notes. "
                     "'端午放假6月19日至21日' is information; '下周一（6月22日）上午8:30调度会照常' -> next_followup."}


# ---------------------------------------------------------------------------------------------------------------
@case(8820, "kaarna-ai-action-two-timezones-gmail", "minutes",
      "Gmail English from Finland (+0300, 16:05 in Shanghai): 'AI:' and 'Action:' lines with '–' owner separator, "
      "'by Friday' landing on the Dragon Boat holiday, 'today', Finnish date '24.6.', no-date action; next check-in "
      "'10:00 Helsinki / 15:00 Mudanjiang'")
def c8820():
    text = """Hi team,

Short notes from today's call (Aino, Jussi, Mikko, Spring, Tina).

Context: two H6 heads at a contractor in Lapland lost a feed roller after ~900 h. Both from the March batch.

AI: Spring – pull the weld inspection records for serials H6-0412 to H6-0431, by Friday
AI: Jussi – send the failed roller photos and the contractor's log to Spring, today
Action: Tina – check whether drawing rev. G changed the weld prep, by 24.6.
Action (Mikko): ask the contractor for access to both machines

We agreed not to stop shipments for now.

Next check-in: Wed 24 June, 10:00 Helsinki / 15:00 Mudanjiang.

Aino
"""
    raw = mk("B", "gmail", "Aino Virtanen", ["Mikko Laaksonen", ("Spring Zhao", L.P["赵春燕"]["email"]),
                                             ("Tina Liu", L.P["刘雨桐"]["email"])],
             "H6 field issue - follow-up call notes", "2026-06-17 11:05:00 +0300", text, gmail_html(text),
             cc=["Jussi Heikkinen", BOT_B])
    items = [It("赵春燕", "pull the weld inspection records for serials H6-0412 to H6-0431", "wd:4", "2026-06-19"),
             It("Jussi Heikkinen", "send the failed roller photos and the contractor's log to Spring", "today",
                "2026-06-17"),
             It("刘雨桐", "check whether drawing rev. G changed the weld prep", "abs:2026-06-24", "2026-06-24"),
             It("Mikko Laaksonen", "ask the contractor for access to both machines")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-06-24", "2026-06-24", "15:00"),
            "notes": "Date Wed 2026-06-17 11:05 +0300 = 16:05 in Shanghai, same day. 'by Friday' -> Fri 2026-06-19, which "
                     "is the Dragon Boat holiday in China (kept as written; the writer is in Finland). 'today' -> "
                     "2026-06-17. '24.6.' is the Finnish day.month format -> 2026-06-24. 'Action (Mikko): …' has no date "
                     "-> no_due. 'not to stop shipments' is a decision. Next check-in '10:00 Helsinki / 15:00 Mudanjiang' -> "
                     "2026-06-24 15:00 Shanghai time (10:00 EEST = 07:00 UTC)."}


# ---------------------------------------------------------------------------------------------------------------
@case(8821, "maiji-pre-duanwu-safety-outlook-text-qp", "minutes",
      "Outlook plain text only, gb2312 quoted-printable, government 会议议定 一、二、三 with '石磊牵头，何军配合' in "
      "prose; 6月18日中午12点前; 节后第一个工作日; SOE owner; standing 值班 rule; '下次会议时间另行通知'")
def c8821():
    text = """各位：

端午节前安全生产检查部署会会议纪要如下。

  会议时间：6月16日下午3:00
  主持：蒲志强
  参加：石磊、何军、赵敏，区交投公司韦国庆
  记录：石磊

  会议议定：
  一、端午节前，由安全监督股（石磊牵头，何军配合）对全区6家客运企业、3个客运站开展节前安全检查，6月18日中午12点前完成并形成检查报告。
  二、公路管理股赵敏负责组织对G310、S218沿线临水临崖路段警示标志进行排查，节后第一个工作日报送排查结果。
  三、区交投公司（韦国庆）于6月30日前完成麦积山景区连接线坑槽修补。
  四、节日期间严格执行24小时值班和领导带班制度。

  下次会议时间另行通知。

石磊
安全监督股
"""
    raw = mk("C", "outlook", "石磊", ["何军", "赵敏"], "端午节前安全生产检查部署会会议纪要", "2026-06-16 18:20:00 +0800",
             text, None, cc=["蒲志强", "韦国庆", BOT_C], cs="gb2312", text_cte="quoted-printable")
    items = [It("石磊", "对全区6家客运企业、3个客运站开展节前安全检查并形成检查报告", "abs:2026-06-18", "2026-06-18",
                time="12:00"),
             It("赵敏", "报送G310、S218沿线临水临崖路段警示标志排查结果", "posthol:2026-06-19", "2026-06-22"),
             It("韦国庆", "完成麦积山景区连接线坑槽修补", "abs:2026-06-30", "2026-06-30")]
    return {"raw": raw, "items": items, "fu": None,
            "notes": "Sent Tue 2026-06-16 18:20. 一 '石磊牵头，何军配合' -> owner 石磊 (牵头 = lead); '6月18日中午12点前' -> "
                     "2026-06-18 12:00. 二 赵敏 '节后第一个工作日' -> after 端午 06-19..21 = Mon 2026-06-22. 三 韦国庆 (区交投 "
                     "SOE, Cc display name) '6月30日前'. 四 is a standing rule, not an item. '下次会议时间另行通知' -> no "
                     "follow-up. Plain text only, gb2312 QP."}


# ---------------------------------------------------------------------------------------------------------------
@case(8822, "shanlan-reimbursement-request-wecom", "other",
      "WeCom mail, a person's request to the GM (approve reimbursements 周三前, 月底前对账, '明天上午发您') with the bot "
      "in Cc -> kind other, no items")
def c8822():
    text = ("林总：\n\n    5月份的船油费和外聘教练费用报销单（共3笔，合计46,820元）已经在系统里提交了，麻烦您周三前审批一下，"
            "月底前要和蓝礁船务对账。\n    另外端午三天的营业额日报我明天上午发您。\n\n谢谢林总！\n邢丽\n财务部\n")
    html = '<div style="font-size:14px">' + L.paras(text, "div") + "</div>"
    raw = mk("D", "wecom", "邢丽", ["林涛"], "报销单审批提醒（5月船油费、外聘教练费）", "2026-06-22 10:05:12 +0800", text, html,
             cc=[BOT_D])
    return {"raw": raw, "items": [], "fu": None,
            "notes": "Sent Mon 2026-06-22. One person asks another to approve expenses by Wednesday and promises a report "
                     "tomorrow morning; the bot is in Cc. Not minutes: kind other, no items."}


# ---------------------------------------------------------------------------------------------------------------
@case(8823, "qiyuan-urgent-issue-record-html-only-netease", "minutes",
      "NetEase enterprise mail, single text/html UTF-8 base64: seed 问题协调解决记录表 (紧急程度 高) row + 处理分工 list; "
      "2小时内 -> due_time from the Date header, 今天18:00前, 明早9点前, 今天下班前; 纳工/田经理/丁经理 aliases")
def c8823():
    rows = [("问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间",
             "实际解决时间", "解决方案", "用户反馈"),
            ("Q2026-0624-01", "天猫旗舰店3位客户反馈批次20260608枸杞原浆有发酵异味", "客服/何蕾", "2026-06-24 09:10", "高",
             "该批次已售出约600瓶", "品控部", "苏婷", "2026-06-25 12:00", "-", "确定异味原因并给出处理意见", "-")]
    duties = ["何蕾：2小时内下架该批次商品链接，并统一回复已反馈客户",
              "纳工：今天18:00前完成留样复检，出具初步结论",
              "田经理：明早9点前排查6月8日灌装线清洗记录",
              "丁经理：通知塞上优品暂停销售该批次，今天下班前"]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>各位：</div>'
            '<div>今天上午的紧急协调情况记录如下，请立即执行：</div><div><br></div>'
            + table(rows, td="border:1px solid #666;padding:3px;font-size:12px")
            + '<div><br></div><div><b>处理分工：</b></div><ol>' + "".join("<li>%s</li>" % esc(d) for d in duties)
            + '</ol><div>处理进展请在群里随时同步。</div><div><br></div><div>苏婷 | 品控部</div></div></body></html>')
    raw = mk("A", "netease", "苏婷", ["何蕾", "纳静", "田国栋", "丁文博"], "【紧急】天猫客诉：枸杞原浆批次异味问题协调记录",
             "2026-06-24 10:35:20 +0800", None, html, cc=["马海东", BOT_A], priority="1")
    items = [It("苏婷", "确定异味原因并给出处理意见", "abs:2026-06-25", "2026-06-25", time="12:00"),
             It("何蕾", "下架该批次商品链接，并统一回复已反馈客户", "hours:2", "2026-06-24", time="12:35"),
             It("纳静", "完成留样复检，出具初步结论", "today", "2026-06-24", time="18:00"),
             It("田国栋", "排查6月8日灌装线清洗记录", "days:1", "2026-06-25", time="09:00"),
             It("丁文博", "通知塞上优品暂停销售该批次", "today", "2026-06-24")]
    return {"raw": raw, "items": items, "fu": None,
            "notes": "Sent Wed 2026-06-24 10:35:20 (single text/html part). Seed 问题协调解决记录表: the row is an item "
                     "owned by 责任人 苏婷 with 计划解决时间 2026-06-25 12:00 (提交时间 09:10 is not a deadline). 处理分工: "
                     "'2小时内' counts from the Date header -> 12:35; 纳工 = 纳静 '今天18:00前' -> 18:00; 田经理 = 田国栋 "
                     "'明早9点前' -> 2026-06-25 09:00; 丁经理 = 丁文博 '今天下班前' -> 2026-06-24, no time. '约600瓶' and "
                     "the batch number are facts."}


# ---------------------------------------------------------------------------------------------------------------
@case(8824, "kaarna-re-weekly-sync-ai-lines-m365", "minutes",
      "Exchange Online English 'RE:' (+0000 Date = 16:30 CST) with new minutes on top: '[x]' done lines, 'AI Name:' "
      "lines incl. 'Spring + Lixin … Spring leads', by Thursday / by Friday next week / ASAP; old sync quoted below "
      "'-----Original Message-----'")
def c8824():
    new = """All,

Today's sync (29 Jun). New notes on top, last week's below.

Done since last week
[x] Fixture #2 re-qualified (Desheng)
[x] Crate drawings sent to the vendor (Howard)

Open
AI Desheng: staffing plan for the night shift on the boom welding cell, by 3 July
AI Howard: get the revised crate quote back from the vendor by Thursday
AI Spring + Lixin: joint audit of the paint line, Spring leads, by Friday next week
AI Joanna: post the two welder job ads, ASAP

Next sync Monday 6 July 4:30pm CST.

Lixin
"""
    old = """-----Original Message-----
From: Wang Lixin <wanglixin@kaarna-mdj.example.cn>
Sent: Monday, June 22, 2026 4:48 PM
To: Zhang Desheng <zhangdesheng@kaarna-mdj.example.cn>; Howard Sun <sunhao@kaarna-mdj.example.cn>
Subject: Weekly production sync

AI Desheng: re-qualify fixture #2 by Friday
AI Howard: send the crate drawings to the vendor by Wednesday
Next sync Monday 29 June 4:30pm.
"""
    text = new + "\n" + old
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + L.paras(new, "div")
            + '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
            + L.paras(old.split("\n", 1)[1], "div") + "</div></div></body></html>")
    raw = mk("B", "m365", ("Wang Lixin", L.P["王立新"]["email"]),
             [("Zhang Desheng", L.P["张德胜"]["email"]), ("Howard Sun", L.P["孙浩"]["email"]),
              ("Spring Zhao", L.P["赵春燕"]["email"]), ("Joanna Qu", L.P["曲丽娟"]["email"])],
             "RE: Weekly production sync", "2026-06-29 08:30:15 +0000", text, html, cc=["Mikko Laaksonen", BOT_B],
             irt="<TYZPR06MB5A21C0FFEE1D2B3A44@TYZPR06MB5A21.apcprd06.prod.outlook.com>", lang="en-US")
    items = [It("张德胜", "staffing plan for the night shift on the boom welding cell", "abs:2026-07-03", "2026-07-03"),
             It("孙浩", "get the revised crate quote back from the vendor", "wd:3", "2026-07-02"),
             It("赵春燕", "joint audit of the paint line", "nw:4", "2026-07-10"),
             It("曲丽娟", "post the two welder job ads", "vague")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-07-06", "2026-07-06", "16:30"),
            "notes": "Date Mon 2026-06-29 08:30 +0000 = 16:30 CST. New minutes posted as RE: in last week's thread. "
                     "'[x]' lines are done. 'AI Spring + Lixin: … Spring leads' -> owner 赵春燕 (the lead), 'by Friday "
                     "next week' -> 2026-07-10. 'by Thursday' -> 2026-07-02; 'by 3 July' -> 2026-07-03; 'ASAP' -> "
                     "vague_due (Joanna = 曲丽娟). The quoted 22 June sync (fixture, crate drawings, 'Next sync … 29 June') "
                     "is history. Next sync 'Monday 6 July 4:30pm CST' -> 2026-07-06 16:30."}
