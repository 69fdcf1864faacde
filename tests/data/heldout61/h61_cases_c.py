"""heldout61 cases 8915-8920: Bosveld Coffee (Pu'er) and 通化森谷参业 (AI minutes)."""
import html as _html

from h61_cases_b import MX_BV
from h61_clients import apple, dingtalk, exmail, feishu, m365, outlook, trace
from h61_lib import FU, I, P, assemble, html_table, html_wrap, multipart, text_part
from h61_roster import BOTS, BV, SG

MX_SG = "mx.sengu-ginseng.example.cn"
JOHAN = ("Johan Botha", "johan.botha@bosveld-agri.example.co.za")
NALEDI = ("Naledi Dlamini", "naledi.dlamini@bosveld-agri.example.co.za")


# ------------------------------------------------------------------ 8915
T8915 = """Pieter, adding your minutes bot so these get tracked on your side. Naledi - item 3 is yours as agreed.

J.

________________________________
From: Naledi Dlamini <naledi.dlamini@bosveld-agri.example.co.za>
Sent: Wednesday, May 20, 2026 5:42 PM
To: Johan Botha <johan.botha@bosveld-agri.example.co.za>; Pieter van Rensburg <pieter.vanrensburg@bosveld-puer.example.cn>; Thandiwe Mokoena <thandiwe.mokoena@bosveld-puer.example.cn>
Subject: Sustainability review - Pu'er origin - minutes

Minutes - Group sustainability review, Pu'er origin (video call, 20 May)
Present: Johan Botha, Naledi Dlamini (Group); Pieter van Rensburg, Thandiwe Mokoena (Pu'er)

1. EUDR readiness: geolocation polygons exist for 62% of supplying farms.
   -> Pieter to get polygons for the remaining farms of the Jinggu and Menglian co-ops by 30 June.
2. Rainforest Alliance audit is scheduled for mid-July.
   -> Thandi to circulate the internal pre-audit checklist by next Friday.
3. Group will publish the 2025 origin impact report in August.
   -> Naledi to send the draft Pu'er chapter for review by 5 June.
4. Wet-mill water use is 3.1 L per kg cherry; the group target is 2.5 L.
   -> Mill team to propose water-recycling options (no date yet).

Next review: Thursday 18 June, 14:00 SAST / 20:00 Beijing.

Naledi Dlamini
Group Sustainability Manager | Bosveld Agri Holdings, Johannesburg
"""


def c8915():
    date = "2026-05-21 16:10:05 +0200"
    to = [("Pieter van Rensburg", P("pvr")[1]), NALEDI]
    cc = [("Thandiwe Mokoena", P("tmk")[1]), ("Bosveld minutes", BOTS["bv"])]
    subj = "FW: Sustainability review - Pu'er origin - minutes"
    h, tail, mid = m365(JOHAN, to, cc, subj, date, "8915", lang="en-ZA")
    h = [x if x[0] != "Date" else ("Date", "Thu, 21 May 2026 14:10:05 +0000") for x in h]
    paras = "".join(f"<div>{_html.escape(l) if l else '<br>'}</div>\n" for l in T8915.split("\n"))
    html = html_wrap('<div style="font-family:Aptos,Arial,sans-serif;font-size:11pt">\n' + paras + "</div>", charset="us-ascii")
    ent = multipart("alternative", "_000_AM9P191MB16524F0E2D1C3B4AAM9P191MB1652EURP_", [
        text_part(T8915, "plain", "us-ascii", "quoted-printable"), text_part(html, "html", "us-ascii", "quoted-printable")])
    tr = trace(BOTS["bv"], JOHAN[1], "2026-05-21 22:10:09 +0800", MX_BV,
               "mail-am0eur02on2089.outbound.protection.outlook.com", "40.107.247.89", "8915")
    return dict(num=8915, slug="bv-forwarded-group-minutes-m365-za", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("pvr", "get polygons for the remaining farms of the Jinggu and Menglian co-ops", ("md", 6, 30)),
                       I("tmk", "circulate the internal pre-audit checklist", ("nwk", 4)),
                       I(("ext", "Naledi Dlamini", NALEDI[1]), "send the draft Pu'er chapter for review", ("md", 6, 5)),
                       I(None, "propose water-recycling options for the wet mill", None)],
                followup=FU(("md", 6, 18), "20:00"), probes=["-> Thandi to circulate", "From: Naledi Dlamini"],
                notes="The South African parent forwards (M365 'FW:', '____' + From/Sent/To/Subject block) minutes written "
                      "by the group; the preface only adds the bot and repeats that item 3 is Naledi's. Date Thu 2026-05-21 "
                      "14:10 +0000 = 22:10 in Shanghai (same day). '-> X to …' items under numbered discussion points. "
                      "'by next Friday' -> Friday of next week = 05-29. Naledi and Johan are outside the roster -> To "
                      "addresses, department null. 'Mill team … (no date yet)' -> no_owner + no_due (team, not a person). "
                      "'mid-July' and 'August' describe events, not deadlines. 'Next review: Thursday 18 June, 14:00 SAST / "
                      "20:00 Beijing' -> 06-18 20:00 (Shanghai time).",
                tests="forwarded group minutes (FW: from a foreign parent, +0000 Date), '-> X to …' items, next Friday, SAST/Beijing follow-up")


# ------------------------------------------------------------------ 8916
T8916 = """Hi Pieter,

Can we move Thursday's export sync to Friday 3pm? The forwarder's rep can only join on Friday afternoon and it makes sense to have him there for the June bookings.

If Friday doesn't work for you, Monday morning is also fine.

Mei

Sent from my iPhone
"""


def c8916():
    date = "2026-05-26 08:31:47 +0800"
    frm = ("Mei Yang", P("yxm")[1])
    to = [("Pieter van Rensburg", P("pvr")[1])]
    cc = [("Bosveld minutes", BOTS["bv"])]
    subj = "Move export sync to Fri?"
    h, tail, mid = apple(frm, to, cc, subj, date, "8916", BV, extra=[])
    h = [x if x[0] != "X-Mailer" else ("X-Mailer", "iPhone Mail (22F76)") for x in h]
    h = [x if x[0] != "Mime-Version" else ("Mime-Version", "1.0 (1.0)") for x in h]
    ent = text_part(T8916, "plain", "us-ascii", "7bit", params="noquote")
    tr = trace(BOTS["bv"], frm[1], date, MX_BV, "[10.64.18.9]", "10.64.18.9", "8916")
    return dict(num=8916, slug="other-bv-reschedule-iphone", kind="other", eml=assemble(tr, h, tail, ent),
                items=[], followup=None, probes=["move Thursday's export sync to Friday 3pm"],
                notes="A rescheduling question from a phone with the bot on Cc: a proposed time (Friday 3pm) but no "
                      "meeting minutes, no owners, no items. kind other; a proposed time is not a next_followup.",
                tests="other: rescheduling chat from iPhone Mail with a proposed meeting time")


# ------------------------------------------------------------------ 8917
def c8917():
    date = "2026-06-10 15:45:20 +0800"
    frm = ("Pieter van Rensburg", P("pvr")[1])
    to = [("Dao Jianguo", P("djg")[1]), ("Mei Yang", P("yxm")[1]), ("Thandiwe Mokoena", P("tmk")[1])]
    cc = [("Bosveld minutes", BOTS["bv"])]
    subj = "Safety walk 10 June - findings & actions"
    rows = [["#", "Area", "Finding", "Action", "Owner", "Due", "Status"],
            ["1", "Wet mill", "Guard missing on pulper drive belt", "Install a guard on the pulper drive belt", "JG", "12-Jun", "Open"],
            ["2", "Wet mill", "Lock-out points not labelled", "Update the LOTO checklist", "JG", "12-Jun", "Open"],
            ["3", "Dry mill", "E-stop on huller not in checklist", "Update the LOTO checklist", "JG", "19-Jun", "Open"],
            ["4", "Warehouse B", "Forklift and walking routes cross", "Mark forklift lanes in warehouse B", "Mei", "30-Jun", "Open"],
            ["5", "Cupping lab", "Fire extinguisher expired (03/2026)", "Replace the fire extinguisher", "Thandi", "9-Jun", "Done"],
            ["6", "Site", "No fire drill since 2025", "Organise a fire drill with all staff", "HR (outsourced)", "TBC", "Open"]]
    cell = ' style="border:solid #BFBFBF 1.0pt;padding:2pt 4pt;font-family:Calibri;font-size:11pt"'
    table = html_table(rows, attrs='border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse"', cell_style=cell)
    intro = "Hi all,\n\nThanks for the walk this morning. Findings and actions below (pasted from the tracker):"
    outro = "Please update the Status column in the shared tracker when done.\n\nPieter"
    html = html_wrap(f'<div style="font-family:Aptos;font-size:12pt">{intro.replace(chr(10), "<br>")}<br><br>{table}<br>'
                     f'{outro.replace(chr(10), "<br>")}</div>', charset="utf-8")
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    h, tail, mid = outlook(frm, to, cc, subj, date, "8917", BV, cs="utf-8", lang="en-US",
                           mailer="Microsoft Outlook for Mac 16.98 (25060824)")
    ent = multipart("alternative", "B_3832551920_2104817719", [
        text_part(plain, "plain", "UTF-8", "quoted-printable"), text_part(html, "html", "UTF-8", "quoted-printable")],
        preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                 "this format, some or all of this message may not be legible.\n")
    tr = trace(BOTS["bv"], frm[1], date, MX_BV, "[192.168.8.12]", "192.168.8.12", "8917")
    return dict(num=8917, slug="bv-same-task-twice-excel-table-outlook-mac", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("djg", "Install a guard on the pulper drive belt", ("md", 6, 12)),
                       I("djg", "Update the LOTO checklist", ("md", 6, 12)),
                       I("djg", "Update the LOTO checklist", ("md", 6, 19)),
                       I("yxm", "Mark forklift lanes in warehouse B", ("md", 6, 30)),
                       I(None, "Organise a fire drill with all staff", None, vague=True)],
                followup=None, probes=["Update the LOTO checklist", "19-Jun"],
                notes="Outlook for Mac HTML table pasted from a tracker, Excel d-mmm dates ('12-Jun'). Rows 2 and 3 have "
                      "the same Action text 'Update the LOTO checklist' and the same owner but different areas and due "
                      "dates: two items, neither may be merged away. Row 5 is Done (status, not an item). Row 6 owner 'HR "
                      "(outsourced)' is not a person or one of our departments -> no_owner; 'TBC' -> vague_due. Sent Wed "
                      "2026-06-10. No next meeting.",
                tests="two items with identical task text, Excel-pasted table with d-mmm dates, Done row, TBC + outsourced owner")


# ------------------------------------------------------------------ 8918
T8918 = """各位，腾讯会议的智能纪要贴在下面，待办我核对过了，没问题。

春燕

【腾讯会议 智能纪要】
会议主题：6月收购季复盘会
会议时间：2026/06/26 14:00-15:10
参会人：李春燕、普志明、刀建国、杨晓梅
—— 以下内容由 AI 生成，仅供参考 ——

会议摘要
本次会议复盘了2025/26产季鲜果收购情况。全季共收购鲜果1,260吨，较上季增长18%，其中精品级占比23%。刀建国提到干法车间将在7月10日前完成年度检修，普志明建议下季提前两周启动合作社培训。杨晓梅表示6月出口单证整体正常，个别提单需要补正。

章节速览
00:02 收购量回顾：各合作社交售量及质量分布
00:25 价格机制讨论：保底价+质量溢价方案
00:48 下季准备：培训、种植面积摸底

待办事项
□ 李春燕：整理产季收购台账并发给Pieter，7月3日前
□ 普志明：与3个合作社确认新产季种植面积，下周五前
□ 杨晓梅：核对6月出口单证，本周内
□ 待分配：制作咖农培训视频脚本

（本纪要由腾讯会议AI生成，内容仅供参考）
"""


def c8918():
    date = "2026-06-26 17:20:33 +0800"
    frm = ("李春燕", P("lcy")[1])
    to = [("普志明", P("pzm")[1]), ("刀建国", P("djg")[1]), ("杨晓梅", P("yxm")[1])]
    cc = [("Pieter van Rensburg", P("pvr")[1]), ("纪要助手", BOTS["bv"])]
    subj = "6月收购季复盘会 智能纪要"
    h, tail, mid = exmail(frm, to, cc, subj, date, "8918")
    html = html_wrap("".join(f"<div>{_html.escape(l) if l else '<br>'}</div>" for l in T8918.split("\n")))
    ent = multipart("alternative", "----=_NextPart_6A3E2F91_0B7C5D10_2E8F4A63", [
        text_part(T8918, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")],
        preamble="This is a multi-part message in MIME format.")
    tr = trace(BOTS["bv"], frm[1], date, MX_BV, "smtpbg150.exmail.example.com", "203.205.250.150", "8918")
    return dict(num=8918, slug="bv-tencent-meeting-ai-minutes-exmail", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("lcy", "整理产季收购台账并发给Pieter", ("md", 7, 3)),
                       I("pzm", "与3个合作社确认新产季种植面积", ("nwk", 4)),
                       I("yxm", "核对6月出口单证", ("week_end",)),
                       I(None, "制作咖农培训视频脚本", None)],
                followup=None, probes=["待办事项", "□ 待分配"],
                notes="AMBIGUOUS: 本周内 on a Friday afternoon could mean today; the research rule (end of the calendar week) is applied. 腾讯会议 智能纪要 pasted into Exmail: only the 待办事项 block counts. The AI 会议摘要 mentions "
                      "'7月10日前完成年度检修' and a suggestion; those are summary, not action items. Sent Fri 2026-06-26: "
                      "下周五前 -> 07-03; 本周内 -> end of this calendar week, Sun 06-28 (research rule); 7月3日前 -> 07-03. "
                      "'待分配' -> no_owner, no date -> no_due. No next meeting.",
                tests="Tencent Meeting AI minutes: only 待办 counts, summary with dates ignored; 本周内 on a Friday; 待分配")


# ------------------------------------------------------------------ 8919
def c8919():
    date = "2026-06-04 19:05:58 +0800"
    frm = P("pml")
    to = [P("xjq"), P("qy"), P("sxl"), P("slw")]
    cc = [P("jch"), ("纪要助手", BOTS["sg"])]
    subj = "飞书智能纪要｜6月直播选品会"
    blocks = [
        ("h2", "6月直播选品会"), ("p", "会议时间：2026年6月4日 16:00-17:10 ｜ 参会人：朴美兰、邢佳琪、曲洋、隋晓丽、孙立伟、金成浩"),
        ("p", "✨ 以下内容由 AI 智能生成，请注意甄别"),
        ("h3", "总结"),
        ("p", "会议确定了618大促直播间主推品：红参片、参茶礼盒、人参蜂蜜。金总强调618期间红参片统一售价198元，不再叠加平台券。"
              "孙立伟提到加工车间6月15日后可以加一个班次。"),
        ("h3", "智能章节"),
        ("p", "02:10 主推品确定 ｜ 18:45 价格与赠品 ｜ 40:30 质检与产能"),
        ("h3", "待办"),
        ("li", "@邢佳琪 6月8日前完成618直播间排品表"),
        ("li", "@曲洋 跟进参茶礼盒新包装打样，下周二前给样品照片"),
        ("li", "@隋晓丽 完成5批次红参片农残送检，截止 6月12日"),
        ("li", "@孙立伟 评估618期间加班班次及人员安排"),
        ("h3", "关键决策"),
        ("p", "618大促红参片统一售价198元；参茶礼盒赠送品鉴装1盒。"),
        ("p", "下次选品会：6月11日（周四）同一时间。"),
    ]
    body, plain = [], ["各位，今天选品会的飞书智能纪要转发如下，待办请按时完成。", ""]
    for tag, txt in blocks:
        if tag == "li":
            body.append(f'<li style="margin:4px 0">☐ {_html.escape(txt)}</li>')
            plain.append("☐ " + txt)
        else:
            body.append(f"<{tag}>{_html.escape(txt)}</{tag}>")
            plain.append(txt if tag == "p" else f"【{txt}】")
    html = html_wrap('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">'
                     '<p>各位，今天选品会的飞书智能纪要转发如下，待办请按时完成。</p>'
                     '<div style="border:1px solid #dee0e3;border-radius:8px;padding:12px">' + "\n".join(body) + "</div>"
                     '<p>美兰</p></div>')
    ent = multipart("alternative", "1f0e6b3a2c4d5e6f7a8b9c0d1e2f3a4b", [
        text_part("\n".join(plain) + "\n\n美兰\n", "plain", "UTF-8", "base64"),
        text_part(html, "html", "UTF-8", "base64")])
    h, tail, mid = feishu(frm, to, cc, subj, date, "8919", SG)
    tr = trace(BOTS["sg"], frm[1], date, MX_SG, "smtp-out.feishu-mail.example.cn", "101.126.24.17", "8919")
    return dict(num=8919, slug="sg-feishu-ai-minutes-lark-mail", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("xjq", "完成618直播间排品表", ("md", 6, 8)),
                       I("qy", "跟进参茶礼盒新包装打样并给样品照片", ("nwk", 1)),
                       I("sxl", "完成5批次红参片农残送检", ("md", 6, 12)),
                       I("slw", "评估618期间加班班次及人员安排", None)],
                followup=FU(("md", 6, 11), "16:00"), probes=["@曲洋 跟进参茶礼盒新包装打样"],
                notes="飞书 智能纪要 sent through Lark Mail: only the 待办 list counts (@name owners). The AI 总结 and 关键决策 "
                      "hold prices and '6月15日后可以加一个班次' (facts/decisions). Sent Thu 2026-06-04: 下周二前 -> 06-09; "
                      "'截止 6月12日' -> 06-12; @孙立伟's item has no date -> no_due. '下次选品会：6月11日（周四）同一时间' "
                      "-> same time as this meeting (16:00) -> 06-11 16:00.",
                tests="Feishu AI minutes with @owners in 待办, summary/decisions ignored, 下次…同一时间 resolved from the meeting time")


# ------------------------------------------------------------------ 8920
T8920 = """钉钉AI听记 ｜ 7月种植基地巡检周会
时间：2026-07-06 09:30-10:40　　记录：AI听记（于海涛发起）
参会：金成浩、于海涛、孙立伟、宫雪

【摘要】
3号基地遮阳网破损面积约15%，需在雨季高峰前更换；林下参新地块备案材料尚缺县林草局意见。加工车间7月排产需结合鲜参到货节奏调整。

【发言人观点】
于海涛：除草工作预计7月中旬完成，2号基地参龄4年的地块长势良好。
孙立伟：7月鲜参到货预计在20日以后集中，车间可以两班倒。
宫雪：上半年基地成本里人工费超预算12%，需要单独说明。

【待办事项】
1. 于海涛　7月10日前完成3号基地遮阳网更换
2. 孙立伟　本周五前提交7月加工排产计划
3. 宫雪　月底前完成上半年基地成本核算（人工费超支单列）
4. 于海涛　尽快联系县林草局确认林下参新地块备案意见

以上内容由钉钉AI生成，请以实际会议内容为准。
"""


def c8920():
    date = "2026-07-06 11:40:16 +0800"
    frm = P("yht")
    to = [P("slw"), P("gx")]
    cc = [P("jch"), ("纪要助手", BOTS["sg"])]
    subj = "【AI听记】7月种植基地巡检周会"
    h, tail, mid = dingtalk(frm, to, cc, subj, date, "8920", SG)
    html = html_wrap("".join(f"<p>{_html.escape(l) if l else '&nbsp;'}</p>" for l in T8920.split("\n")))
    ent = multipart("alternative", "----=ALIBOUNDARY_52871_51b9e700_6683f2a0_9c31", [
        text_part(T8920, "plain", "UTF-8", "quoted-printable"), text_part(html, "html", "UTF-8", "quoted-printable")])
    tr = trace(BOTS["sg"], frm[1], date, MX_SG, "out30-121.mail.aliyun.example.com", "115.124.30.121", "8920")
    return dict(num=8920, slug="sg-dingtalk-ai-tingji-alimail", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("yht", "完成3号基地遮阳网更换", ("md", 7, 10)),
                       I("slw", "提交7月加工排产计划", ("twk", 4)),
                       I("gx", "完成上半年基地成本核算（人工费超支单列）", ("month_end",)),
                       I("yht", "联系县林草局确认林下参新地块备案意见", None, vague=True)],
                followup=None, probes=["【发言人观点】", "4. 于海涛　尽快"],
                notes="钉钉 AI听记 minutes via DingTalk (Alimail) mail: only 【待办事项】 counts; 【发言人观点】 has "
                      "statements with dates ('7月中旬完成', '20日以后') that are not items. Sent Mon 2026-07-06: "
                      "本周五前 -> 07-10; 月底前 -> 07-31; 尽快 -> vague_due. Owner and task separated by a full-width "
                      "space. No next meeting.",
                tests="DingTalk AI minutes: speaker-view lines with dates ignored, 待办 with full-width-space owner separator")


CASES = [c8915(), c8916(), c8917(), c8918(), c8919(), c8920()]
