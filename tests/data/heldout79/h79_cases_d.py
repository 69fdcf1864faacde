"""Cases 10719-10724."""
from h79_common import who, item, fu, BOT, esc
from h79_clients import mail
from h79_attach import docx_bytes, stamp
import h79_html as H


def c10719():
    text = """Hi all,

Thanks for a productive session with Darius on Thursday. Minutes of the Q3 capacity planning below, grouped by owner.

Context
- Q3 demand forecast: 38k windows/lenses per month (+22% vs Q2).
- Two additional coating chambers arrive in Yingkou in week 30; installation by the vendor.
- Decision: line 3 will run 2 shifts from August; no weekend shifts for now.

Leo
  - Finalise the line 3 layout with the two new coating chambers - by 30 June
  - Confirm the chiller capacity with facilities - EOD

Martin
  - Lock the Q3 Ge blank allocation with the supplier - ASAP

Snow
  - Draft the PPAP plan for the new chambers - by next Friday

Darius
  - Share the Vilnius chamber qualification protocol - this week

Customer Service
  - Q3 delivery forecast to Karnaphuli - TBD, after the allocation is locked

Next planning review: Thursday 2 July, 15:00 CST.

Jenny
"""
    html = H.gmail(text.split("\n")).replace('<div dir="ltr">', '<div class="WordSection1">')
    to = [("Leo Tan", who("谭志远")[1]), ("Martin Guan", who("关明浩")[1]), ("Snow Bao", who("鲍雪")[1]),
          ("Eric Na", who("那英杰")[1])]
    cc = [who("Darius Vaitkus"), BOT["N"]]
    eml, _ = mail("exo", ("Jenny Yu", who("于佳宁")[1]), to, cc, "Minutes - Q3 capacity planning (18 Jun)",
                  "2026-06-22 02:15:10 +0000", text, html, seed="10719")
    items = [
        item("谭志远", "Finalise the line 3 layout with the two new coating chambers", "2026-06-30", ("md", 6, 30)),
        item("谭志远", "Confirm the chiller capacity with facilities", "2026-06-22", ("today",)),
        item("关明浩", "Lock the Q3 Ge blank allocation with the supplier", None, None, flags=["vague_due"]),
        item("鲍雪", "Draft the PPAP plan for the new chambers", "2026-07-03", ("next", 4)),
        item("Darius Vaitkus", "Share the Vilnius chamber qualification protocol", "2026-06-28", ("weekend",)),
        item(None, "Q3 delivery forecast to Karnaphuli", None, None, flags=["no_owner", "vague_due"],
             dept="Customer Service"),
    ]
    return dict(num=10719, slug="m365-english-grouped-by-owner", kind="minutes", eml=eml, items=items,
                followup=fu("2026-07-02", "15:00", ("abs", "2026-07-02")),
                notes="Microsoft 365 English minutes grouped under owner headings (Leo / Martin / Snow / Darius / "
                      "Customer Service). Date Mon 22 Jun 2026 02:15 +0000 = 10:15 Monday in Shanghai, first working day "
                      "after Dragon Boat. 'by 30 June' -> 06-30; 'EOD' -> 06-22; 'ASAP' -> vague_due; 'by next Friday' "
                      "-> 07-03 by the 下周X rule (AMBIGUOUS: said on a Monday many English speakers mean 06-26); 'this "
                      "week' -> Sunday 06-28 (本周内 rule); 'Customer Service' is a roster department with no person -> "
                      "no_owner, department Customer Service, 'TBD' -> vague_due. Context lines and the line-3 decision "
                      "are not items. Next planning review Thursday 2 July 15:00 CST -> 2026-07-02 15:00.")


def c10720():
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
             "解决方案/进展", "下次沟通时间", "负责人"],
            ["EC2026-06-22", "2026-06-22", "益阳资江塑胶/石经理", "生产部/卜厂长", "供应商",
             "ABS外壳粒料原定6月24日到货，因对方注塑机检修需推迟至6月29日",
             "①研发部确认可否临时改用PC/ABS料（6月24日前）（向工）\n②若不能改料，调整6月下旬排产，优先安排库存可用型号\n"
             "③供方6月25日前书面确认到货日期（石经理）", "2026-06-26", "卜海军"]]
    blocks = ["石经理、各位：", "", "昨天电话沟通的情况整理成外部沟通跟进表，请核对：", "", ("table", rows), "",
              "如有出入请今天回复。", "", "卜海军", "常德安途头盔制造有限公司 生产部"]
    text = H.plain(blocks)
    html = H.outlook(blocks, cs="gb2312")
    to = [who("石磊"), who("向玲")]
    cc = [who("贺晓光"), who("符振华"), BOT["C"]]
    eml, _ = mail("outlook", who("卜海军"), to, cc, "外部沟通跟进表 EC2026-06-22（资江塑胶 粒料到货延迟）",
                  "2026-06-23 14:20:51 +0800", text, html, seed="10720")
    items = [
        item("向玲", "确认可否临时改用PC/ABS料", "2026-06-24", ("md", 6, 24)),
        item("卜海军", "若不能改料，调整6月下旬排产，优先安排库存可用型号", None, None, flags=["no_due"]),
        item("石磊", "书面确认到货日期", "2026-06-25", ("md", 6, 25)),
    ]
    return dict(num=10720, slug="outlook-gb2312-seed-external-followup-supplier", kind="minutes", eml=eml,
                items=items, followup=fu("2026-06-26", None, ("abs", "2026-06-26")),
                notes="Seed 外部沟通跟进表 (supplier row), Outlook gb2312 text + Word HTML, sent Tue 2026-06-23, To the "
                      "supplier contact 石磊 (益阳资江塑胶, external). ① 向工 = 向玲, 6月24日前 -> 06-24. ② names nobody, so "
                      "the row's 负责人 卜海军 owns it; conditional, no date -> no_due. ③ '石经理' = the To entry 石磊 "
                      "(external: email from the header, department null), 6月25日前 -> 06-25. 核心需求 dates (6月24日, "
                      "6月29日) are facts. 下次沟通时间 2026-06-26 -> follow-up without time. '如有出入请今天回复' is not "
                      "an item.")


def c10721():
    rows = [["序号", "问题", "整改措施", "责任人", "整改期限", "状态"],
            ["1", "焊接区通风管破损", "更换通风管", "展鹏", "2026/7/8", "未整改"],
            ["2", "叉车通道标线脱落", "重新划线", "宫立新", "2026/7/4", "未整改"],
            ["3", "配电箱未上锁", "加装锁具", "展鹏", "2026/7/1", "已整改"],
            ["4", "灭火器过期3具", "更换并建台账", "牟海燕", "7月10日", "未整改"],
            ["5", "劳保鞋发放不足", "补发并按季度核对", "牟海燕", "长期", "进行中"]]
    xl = ['<table border=0 cellpadding=0 cellspacing=0 width=620 style="border-collapse:collapse;width:466pt">']
    for i, r in enumerate(rows):
        cls = "xl66" if i == 0 else "xl65"
        xl.append('<tr height=19 style="height:14.25pt">' + "".join(
            '<td class=%s style="border:.5pt solid windowtext;mso-number-format:\'\\@\'">%s</td>' % (cls, esc(c))
            for c in r) + "</tr>")
    xl.append("</table>")
    intro = ["各位：", "", "今天下午安全月整改会，整改清单从Excel里贴过来了，按期限整改，完成后在群里发照片。", ""]
    outro = ["", "下周四（7月9日）宫主任带队复查。", "", "展鹏", "生产部 装配一班"]
    text = H.plain(intro + [("table", rows)] + outro)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>.xl65{font-size:11pt;font-family:等线;mso-generic-font-family:auto}'
            '.xl66{font-weight:700;background:#FFC000}</style></head><body>\n' +
            "\n".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in intro) + "\n" + "\n".join(xl) + "\n" +
            "\n".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in outro) + "\n</body></html>\n")
    to = [who("宫立新"), who("牟海燕")]
    cc = [who("孔德顺"), who("訾文静"), BOT["Y"]]
    eml, _ = mail("wecom", who("展鹏"), to, cc, "安全月整改会纪要（附整改清单）", "2026-07-02 17:05:33 +0800",
                  text, html, seed="10721")
    items = [
        item("展鹏", "更换焊接区破损通风管", "2026-07-08", ("abs", "2026-07-08")),
        item("宫立新", "叉车通道标线重新划线", "2026-07-04", ("abs", "2026-07-04")),
        item("牟海燕", "更换过期灭火器（3具）并建台账", "2026-07-10", ("md", 7, 10)),
        item("牟海燕", "补发劳保鞋并按季度核对", None, None, flags=["vague_due"]),
    ]
    return dict(num=10721, slug="wecom-excel-pasted-rectification-list", kind="minutes", eml=eml, items=items,
                followup=fu("2026-07-09", None, ("next", 3)),
                notes="WeCom mail, UTF-8 base64; the HTML is a range pasted from Excel (xl65/xl66 classes, mso-number-"
                      "format), the text part is tab-separated. Sent Thu 2026-07-02. Row 3 已整改: status, not an item. "
                      "Task = 问题 + 整改措施. '2026/7/8' -> 07-08; '2026/7/4' -> 07-04 (a Saturday, kept); '7月10日' -> "
                      "07-10; '长期' has no date -> vague_due. '下周四（7月9日）宫主任带队复查' -> follow-up 2026-07-09, no "
                      "time. '完成后在群里发照片' is a rule, not an item.")


def c10722():
    when = stamp("2026-07-03 16:55:00")
    paras = [
        "肃水纪〔2026〕12号",
        "7月2日上午，窦建华副局长主持召开2026年第6次局务会议，研究防汛、农田灌溉配套和城区供水价格调整等工作。现纪要如下：",
        "一、关于防汛工作。会议要求，各科室要压紧压实防汛责任。一是水资源管理科要对全区12座小型水库逐库落实巡查责任人，"
        "7月10日前将责任人名单报局办公室（责任单位：水资源管理科；完成时限：7月10日）。二是工程建设科牵头组织西干渠汛期安全"
        "隐患排查，发现问题立行立改（责任单位：工程建设科，责任人：芦娜；完成时限：7月15日前）。",
        "二、关于高标准农田灌溉配套项目。会议同意项目按程序推进，农村水利科负责编制实施方案，月底前报局党组会审议"
        "（责任人：达文忠）。",
        "三、关于城区供水价格调整听证准备工作。肃州供排水公司做好成本监审资料准备（责任单位：肃州供排水公司；完成时限："
        "待市发改委通知）。",
        "四、会议还通报了上半年重点工作完成情况，各项指标均达到时序进度。",
        "出席：窦建华  列席：祁玉兰、魏东升、达文忠、芦娜、邸海波",
        "肃州区水务局办公室  2026年7月3日印发",
    ]
    doc = docx_bytes("肃州区水务局2026年第6次局务会议纪要", paras, None, [], "祁玉兰", when, font="仿宋_GB2312")
    blocks = ["各科室、供排水公司：", "", "《肃州区水务局2026年第6次局务会议纪要》见附件，请遵照执行。纪要助手已抄送，"
              "各责任单位按时限落实。", "", "局办公室 祁玉兰", "0937-2612 305"]
    text = H.plain(blocks)
    html = H.outlook(blocks, cs="gb2312", font="仿宋")
    to = [who("魏东升"), who("达文忠"), who("芦娜"), who("邸海波")]
    cc = [who("窦建华"), BOT["G"]]
    eml, _ = mail("outlook", who("祁玉兰"), to, cc, "2026年第6次局务会议纪要", "2026-07-03 17:30:02 +0800",
                  text, html, seed="10722",
                  attachments=[("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                "肃水纪〔2026〕12号 第6次局务会议纪要.docx", doc)])
    items = [
        item(None, "逐库落实小型水库巡查责任人并将名单报局办公室", "2026-07-10", ("md", 7, 10), flags=["no_owner"],
             dept="水资源管理科"),
        item("芦娜", "组织西干渠汛期安全隐患排查", "2026-07-15", ("md", 7, 15)),
        item("达文忠", "编制高标准农田灌溉配套项目实施方案并报局党组会审议", "2026-07-31", ("mend",)),
        item(None, "做好城区供水价格调整成本监审资料准备", None, None, flags=["no_owner", "vague_due"],
             dept="供排水公司"),
    ]
    return dict(num=10722, slug="outlook-gov-docx-yishi-zerendanwei", kind="minutes", eml=eml, items=items,
                followup=None, att_text=["逐库落实巡查责任人", "责任人：芦娜", "待市发改委通知"],
                notes="Government 局务会议纪要 only in a .docx attachment (Chinese file name; Outlook gb2312 cover note), "
                      "sent Fri 2026-07-03. Owners and deadlines sit in trailing brackets '（责任单位：…；责任人：…；完成"
                      "时限：…）'. 一是: 责任单位 only -> no_owner, department 水资源管理科, 7月10日 -> 07-10. 二是: 责任人 "
                      "芦娜, 7月15日前 -> 07-15. 二、: 责任人 达文忠, 月底前 -> 07-31. 三、: 责任单位 肃州供排水公司 only, "
                      "'待市发改委通知' -> no_owner, vague_due. 四、 is a report. No next meeting.")


def c10723():
    text = """Hi all,

Notes from yesterday's engineering sync (Leo, Martin, Snow, Rūta, me).

- Beam expander BX-4 prototype: MTF at the edge 0.31 vs target 0.35. Leo thinks the doublet spacing is off by ~20 µm.
  AI: Leo - re-shim the doublet and re-measure MTF by Fri 10 Jul
- Cleanroom particle counts are back in spec after the filter change. Nothing to do.
- CaF2 blanks: second source qualified on paper.
  AI: Martin - issue the first trial PO (50 pcs) this week
  AI: Rūta/Snow - agree the incoming inspection criteria for CaF2 (date TBD)
- AI: me - send the updated BX-4 optical design files by tomorrow

Next sync: Tue 14 July, 16:00 CST / 11:00 EEST.

Darius
--
Darius Vaitkus
Head of Group Engineering, Nemunas Photonics UAB
"""
    html = H.gmail(text.split("\n"))
    to = [("Leo Tan", who("谭志远")[1]), ("Martin Guan", who("关明浩")[1]), ("Snow Bao", who("鲍雪")[1])]
    cc = [who("Rūta Kazlauskienė"), ("Jenny Yu", who("于佳宁")[1]), BOT["N"]]
    eml, _ = mail("gmail", who("Darius Vaitkus"), to, cc, "Engineering sync 7 Jul - notes", "2026-07-08 07:10:48 +0300",
                  text, html, seed="10723")
    items = [
        item("谭志远", "re-shim the doublet and re-measure MTF", "2026-07-10", ("md", 7, 10)),
        item("关明浩", "issue the first trial PO (50 pcs) for the CaF2 blanks", "2026-07-12", ("weekend",)),
        item("Rūta Kazlauskienė", "agree the incoming inspection criteria for CaF2", None, None, flags=["vague_due"]),
        item("Darius Vaitkus", "send the updated BX-4 optical design files", "2026-07-09", ("days", 1)),
    ]
    return dict(num=10723, slug="gmail-english-ai-prefix-two-timezones", kind="minutes", eml=eml, items=items,
                followup=fu("2026-07-14", "16:00", ("abs", "2026-07-14")),
                notes="Gmail (Workspace) English from Vilnius, Date Wed 8 Jul 2026 07:10 +0300 = 12:10 in Shanghai (same "
                      "date). 'AI:' lines hang under discussion bullets. 'by Fri 10 Jul' -> 07-10; 'this week' -> Sunday "
                      "07-12; 'Rūta/Snow' names two people -> AMBIGUOUS, the gold takes the first-named Rūta "
                      "Kazlauskienė, 'date TBD' -> vague_due; 'AI: me' = the sender Darius, 'by tomorrow' -> 07-09. "
                      "'Nothing to do' line is not an item. Next sync '16:00 CST / 11:00 EEST' -> 2026-07-14 16:00.")


def c10724():
    text = """外贸部周会纪要 7月13日

参加：龚倩、覃宇、田蕾、卜海军（易晓红请假）

一、上次待办回顾
1. 覃宇：中东客户唛头确认 —— 已完成（7月8日客户邮件确认）
2. 龚倩：EN 1078证书复印件发客户 —— 已完成
3. 易晓红：出货前抽检报告模板更新 —— 进行中，预计本周三完成

二、本周情况
7月出口订单4单，合计7600顶；第2批2400顶已于7月10日装柜。海运费较6月上涨约8%。

三、本周待办
1. 覃宇：7月第3批订单（2400顶）订舱，周四前拿到S/O。
2. 田经理：核对6月出口退税申报资料，7月20日前。
3. 龚倩：跟客户谈Q4框架合同价格，本月内给出报价区间。
4. 卜厂长：8月排产计划初稿，下周三前。

下次周会：7月20日（周一）下午4点。

龚倩
外贸部
"""
    html = H.divs(text.split("\n"), cs="utf-8", wrapper="exmail")
    to = [who("覃宇"), who("田蕾"), who("卜海军"), who("易晓红")]
    cc = [who("符振华"), BOT["C"]]
    eml, _ = mail("exmail", who("龚倩"), to, cc, "外贸部周会纪要0713", "2026-07-13 17:40:16 +0800",
                  text, html, seed="10724", cs="utf-8")
    items = [
        item("覃宇", "7月第3批订单（2400顶）订舱并拿到S/O", "2026-07-16", ("wd", 3)),
        item("田蕾", "核对6月出口退税申报资料", "2026-07-20", ("md", 7, 20)),
        item("龚倩", "跟客户谈Q4框架合同价格并给出报价区间", "2026-07-31", ("mend",)),
        item("卜海军", "8月排产计划初稿", "2026-07-22", ("next", 2)),
    ]
    return dict(num=10724, slug="exmail-utf8-review-of-last-items", kind="minutes", eml=eml, items=items,
                followup=fu("2026-07-20", "16:00", ("md", 7, 20)),
                notes="Tencent Exmail UTF-8, sent Mon 2026-07-13. '一、上次待办回顾' lists old items with status (two "
                      "已完成, one 进行中 '预计本周三完成'): status, not new items. Only '三、本周待办' counts. 周四前 -> "
                      "07-16; 田经理 = 田蕾, 7月20日前 -> 07-20; 本月内 -> 07-31; 卜厂长 = 卜海军, 下周三前 -> 07-22. "
                      "Section 二 has facts with dates. Next meeting 7月20日（周一）下午4点 -> 2026-07-20 16:00.")


CASES = [c10719, c10720, c10721, c10722, c10723, c10724]
