"""heldout59 cases 8723-8725 and 8729 (定西陇薯淀粉, continued)."""
from h59_base import BOT, E, P, case, esc, html_lines, html_table, it, nf
from h59_cases_d import LD, base_hs
from h59_mime import addr, addrs, ew, message, multipart, received, text_part


def c8723():
    date = "Tue, 21 Jul 2026 17:02:33 +0800"
    text = """设备科周会纪要（7月21日）

参加：包志刚、维修班王师傅、电工班2人

1. 锅炉年检资料准备，包志刚，下班前交综合办。
2. 二号线变频器备件采购申请报采购部苟主管，月底。
3. 三效蒸发器清洗，本周内完成，王师傅（维修班）负责，车间停机配合。
4. 淀粉车间照明改LED，包志刚出方案，尽快。
5. 污水站在线监测仪更换，负责：设备科，时间待定（等环保局验收）。

包志刚
设备科
"""
    part = text_part(text, "plain", "GBK", "8bit", crlf=True)
    hs = base_hs("包志刚", ["车丽娟", "何文博"], ["苟天明"], "设备科周会纪要", date,
                 "202607211702332615083@%s" % LD, "BAOZG-PC", "10.10.3.77", "GBK")
    hs += ["X-Priority: 3", "X-GUID: 3B7E9A21-6C0D-4F58-B2E1-9D4A7C3F6E05", "X-Has-Attach: no",
           "X-Mailer: Foxmail 7.2.25.375[cn]", "Mime-Version: 1.0"]
    items = [
        it("包志刚", "锅炉年检资料准备，交综合办", "2026-07-21", "today"),
        it("包志刚", "二号线变频器备件采购申请报采购部", "2026-07-31", "me"),
        it(("王师傅", None), "三效蒸发器清洗", "2026-07-26", "eow"),
        it("包志刚", "淀粉车间照明改LED方案", None, None, flags=["vague_due"]),
        it(None, "污水站在线监测仪更换", None, None, flags=["vague_due"], dept="设备科"),
    ]
    notes = ("Foxmail single text/plain, GBK, 8bit (raw GBK bytes in the body), sent Tue 2026-07-21. '下班前' -> today "
             "2026-07-21, no time; '月底' -> 07-31 (the 苟主管 in #2 is where the request goes, the item is 包志刚's: the "
             "list's unnamed subject is the writer, who named himself in #1); '本周内' -> Sun 2026-07-26. #3 owner '王师傅（维修班）' "
             "is not in the roster or the headers -> owner_name 王师傅, email null, department null. #4 '尽快' -> vague_due. "
             "#5 '负责：设备科' + '时间待定' -> owner null, department 设备科, [no_owner, vague_due]. AMBIGUOUS #2: the line has "
             "no explicit owner; most readers take the sender/department head 包志刚.")
    return case(8723, "ls-vague-words-foxmail-gbk-8bit", "minutes", message(hs, part, mime_version=False), items, None,
                notes, "Foxmail GBK 8bit plain: 下班前/月底/本周内/尽快/待定, an owner outside roster and headers (王师傅), dept-only owner, an ownerless line read as the writer's (AMBIGUOUS)")


def c8724():
    date = "Mon, 24 Aug 2026 11:48:15 +0800"
    rows = [["序号", "事项", "责任人", "完成时限", "备注"],
            ["1", "8月应收账款催收（兰州、天水客户）", "魏红梅", "2026-8-28", ""],
            ["2", "新薯收购资金使用计划报农商行", "祁燕", "8月31日", ""],
            ["3", "收购点现金备付方案", "苟天明", "9/4", "7个收购点"],
            ["4", "二号线技改资金申请", "包志刚", "9月10日", "需附设备报价"],
            ["5", "流动资金贷款续贷材料", "祁燕", "8月20日", "已提交，完成"]]
    intro = "贾总、各位：\n\n上午资金调度会纪要如下，分工见下表（从台账里复制的）。\n\n会议要点：8月末预计资金余额420万元，新薯收购高峰（9月中旬起）日均需现金约80万元。\n"
    outro = "\n下次资金调度会：9月7日（周一）上午10点。\n\n祁燕\n财务部\n"
    xl = ['<table border=0 cellpadding=0 cellspacing=0 width=640 style=\'border-collapse:collapse;table-layout:fixed;'
          'width:480pt\'>', ' <col width=48 style=\'width:36pt\'>', ' <col width=280 style=\'width:210pt\'>']
    for i, r in enumerate(rows):
        cells = []
        for j, c in enumerate(r):
            attr = ""
            if j == 3 and i == 1:
                attr = " align=right x:num=\"46262\""
            elif j == 3 and i == 3:
                attr = " x:str=\"'9/4\""
            cells.append("  <td class=%s%s style='border:.5pt solid windowtext'>%s</td>" % (
                "xl67" if i == 0 else "xl68", attr, esc(c) if c else "&nbsp;"))
        xl.append(" <tr height=20 style='height:15.0pt'>\n" + "\n".join(cells) + "\n </tr>")
    xl.append("</table>")
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    html = ('<html xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8"><style><!-- .xl67 {font-weight:700;'
            'background:#FFF2CC;} .xl68 {mso-number-format:General;} --></style></head><body lang=ZH-CN>'
            '<div class=WordSection1>\n' + html_lines(intro, outlook=True, font="等线") + "\n" + "\n".join(xl) + "\n"
            + html_lines(outro, outlook=True, font="等线") + "\n</div></body></html>")
    alt = multipart("alternative", "----=_NextPart_000_0031_01DD33A2.6E7C1F80",
                    [text_part(text, "plain", "utf-8", "base64", crlf=True),
                     text_part(html, "html", "utf-8", "quoted-printable", crlf=True)])
    hs = base_hs("祁燕", ["贾永强"], ["魏红梅", "苟天明", "包志刚"], "8月资金调度会纪要", date,
                 "003101dd33a2$6e7c1f80$4b745e80$@%s" % LD, "QIYAN-PC", "10.10.3.61")
    hs += ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdkzomV8H4BLdF6AT2uQ3i9kX0cYdA==",
           "Content-Language: zh-cn"]
    items = [
        it("魏红梅", "8月应收账款催收（兰州、天水客户）", "2026-08-28", "abs:2026-08-28"),
        it("祁燕", "新薯收购资金使用计划报农商行", "2026-08-31", "md:8-31"),
        it("苟天明", "收购点现金备付方案", "2026-09-04", "md:9-4"),
        it("包志刚", "二号线技改资金申请", "2026-09-10", "md:9-10"),
    ]
    notes = ("Outlook utf-8 with a table pasted from an Excel ledger (x:num serial 46262 behind '2026-8-28', x:str '9/4'), sent "
             "Mon 2026-08-24. Date cells in four formats: 2026-8-28, 8月31日, 9/4 (M/D) -> 2026-09-04, 9月10日. Row 5 备注 "
             "'已提交，完成' -> not an item. '会议要点' numbers (420万元, 9月中旬起, 80万元) are facts. Next: 9月7日（周一）上午10点 "
             "-> 2026-09-07 10:00.")
    return case(8724, "ls-excel-ledger-paste-outlook-utf8", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-09-07", "10:00", "md:9-7"), notes,
                "Outlook utf-8 Excel-pasted table with mixed date formats (2026-8-28 / 8月31日 / 9/4 / 9月10日), done row via 备注, facts with dates")


def c8725():
    date = "Sat, 9 May 2026 15:26:40 +0800"
    text = """5月安全生产例会纪要

时间：5月9日（周六，调休上班）上午
参会：贾总、车经理、包科长、牛工、苟主管、何文博（记录）

一、4月安全情况：无事故，查出隐患6处，已整改5处。
二、工作安排
1. 包科长：淀粉车间除尘系统防爆检查，下周一前。
2. 牛工：化验室危化品台账更新，2个工作日内。
3. 车经理：组织粉丝车间员工消防演练，本月20号前。
4. 苟主管：劳保用品采购（防尘口罩500个、耳塞300副），下周三。
5. 何文博：“安全生产月”活动方案，5月底前报贾总。
三、剩余1处隐患（锅炉房排水沟盖板）由设备科跟进，已列入本月检修计划。

下次安全例会：6月9日（周二）上午。

何文博
综合办


发自我的华为手机"""
    part = text_part(text, "plain", "utf-8", "base64")
    hs = base_hs("何文博", ["车丽娟", "包志刚", "牛晓峰", "苟天明"], ["贾永强"], "5月安全生产例会纪要", date,
                 "a7e3c9f2-5b18-4d6e-9c0a-2f4b8e1d7a63@%s" % LD, "[10.10.8.204]", "10.10.8.204")
    hs += ["MIME-Version: 1.0", "X-Mailer: Huawei Email 11.0.2.300", "Importance: normal", "X-Priority: 3"]
    items = [
        it("包志刚", "淀粉车间除尘系统防爆检查", "2026-05-11", "nwk:0"),
        it("牛晓峰", "化验室危化品台账更新", "2026-05-12", "wd:2"),
        it("车丽娟", "组织粉丝车间员工消防演练", "2026-05-20", "dom:20"),
        it("苟天明", "劳保用品采购（防尘口罩500个、耳塞300副）", "2026-05-13", "nwk:2"),
        it("何文博", "“安全生产月”活动方案报贾总", "2026-05-31", "me"),
        it(None, "锅炉房排水沟盖板隐患整改", None, None, flags=["no_due"], dept="设备科"),
    ]
    notes = ("Huawei phone mail, single text/plain UTF-8 base64, sent on Sat 2026-05-09, a make-up working day after May Day. "
             "Owners only by title: 包科长=包志刚, 牛工=牛晓峰, 车经理=车丽娟, 苟主管=苟天明. '下周一前' -> 05-11; '2个工作日内' "
             "counts 05-11, 05-12 (Sunday 05-10 is not a working day) -> 2026-05-12; '本月20号前' -> 05-20; '下周三' -> 05-13; "
             "'5月底前' -> 05-31. 三: '由设备科跟进，已列入本月检修计划' -> owner null, department 设备科, no date -> [no_owner, "
             "no_due]; AMBIGUOUS: '本月检修计划' could be read as 月底 (05-31); gold keeps it undated. Next: '6月9日（周二）上午' -> "
             "2026-06-09, no clock time.")
    return case(8725, "ls-makeup-saturday-titles-huawei", "minutes", message(hs, part, mime_version=False), items,
                nf("2026-06-09", None, "md:6-9"), notes,
                "Huawei phone mail sent on the 05-09 make-up Saturday: title-only owners (科长/工/经理/主管), 2个工作日内 over Sunday, 本月20号前, dept follow-up without date")


def c8729():
    date = "Tue, 11 Aug 2026 21:05:48 +0800"
    text = """刚才跟几个经理碰了一下新薯收购的事，定了这几条：

红梅把今年的订单客户过一遍，哪些要提价的列出来，周五给我
老苟收购点的人员下周一到位
祁燕8月20号前把收购资金到位情况报我
质检那边晓峰安排收购期间每个收购点派一个人，名单明天报上来

下周一上午9点在公司开收购动员会，所有人参加

发自我的iPhone"""
    part = text_part(text, "plain", "utf-8", "base64")
    hs = base_hs("贾永强", ["魏红梅", "苟天明", "祁燕", "牛晓峰"], ["车丽娟", "何文博"], "新薯收购", date,
                 "E4C1B7A2-9D3F-4E06-8A5B-7F2C1D9E3B60@%s" % LD, "smtpclient.apple", "36.142.19.88")
    hs += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64",
           "Mime-Version: 1.0 (1.0)", "X-Mailer: iPhone Mail (22G86)"]
    raw = message(hs, {"head": "", "body": part["body"], "charset": "ascii"}, mime_version=False).replace(b"\n\n\n", b"\n\n", 1)
    items = [
        it("魏红梅", "把今年的订单客户过一遍，列出要提价的客户", "2026-08-14", "wk:4"),
        it("苟天明", "收购点人员到位", "2026-08-17", "nwk:0"),
        it("祁燕", "报收购资金到位情况", "2026-08-20", "md:8-20"),
        it("牛晓峰", "安排收购期间每个收购点派一名质检人员，报名单", "2026-08-12", "tmr"),
    ]
    notes = ("iPhone Mail, single text/plain UTF-8 base64, written by the general manager at night (Tue 2026-08-11 21:05) "
             "with no heading, no numbering and the subject '新薯收购': still minutes of a short meeting ('刚才跟几个经理碰了一下"
             "…定了这几条'). Owners by nickname: 红梅=魏红梅, 老苟=苟天明, 晓峰=牛晓峰. '周五' -> 2026-08-14; '下周一到位' -> "
             "08-17; '8月20号前' -> 08-20; '明天' -> 08-12. Next: '下周一上午9点…动员会' -> 2026-08-17 09:00.")
    return case(8729, "ls-boss-iphone-informal", "minutes", raw, items, nf("2026-08-17", "09:00", "nwk:0"), notes,
                "iPhone Mail informal boss note: unnumbered lines, nickname owners (红梅/老苟/晓峰), 周五/下周一/明天, next meeting as a sentence")


CASES = [c8723, c8724, c8725, c8729]
