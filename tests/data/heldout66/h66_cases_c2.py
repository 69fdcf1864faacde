"""Cases 9424-9427: 上饶市广信区林业局 / 灵山国有林场 (continued)."""
from h66_common import (LY, P, addr, addrs, ew, fmt_date, item, message, multipart, simple_html, text_part)
from h66_cases_c1 import BOT, RCV, coremail_hdrs

DU = ("杜海军", "du.haijun@lvping-fz.example.cn")


def c9424():
    date = fmt_date(2026, 8, 18, 17, 48, 3)
    text = """叶场长并各位：

今天上午推进会纪要整理如下，请核对。

灵山国有林场2025-2026年度疫木除治项目推进会纪要

时间：8月18日（周二）上午9:30　地点：林场会议室
参加：叶茂林、毛文涛，区林业工作站程立平，上饶绿屏林业有害生物防治有限公司项目经理杜海军

一、项目进展
施工方已完成第3标段除治面积的70%，第4标段尚未进场。抽查发现个别小班伐桩高度超过5厘米，已现场要求返工。

二、各方任务
（一）林场
①毛科长：8月21日前完成第3标段已除治小班的现场抽查，抽查比例不低于20%；
②叶场长：协调乡政府解决4号作业道通行问题，尽快。
（二）施工方（绿屏公司）
①杜经理：8月25日前补充2台移动式粉碎设备进场；
②杜经理：本周五前提交第4标段施工组织方案。
（三）林业工作站
①程站长：9月上旬做好第三方检查验收准备。

三、下次推进会
下周三同一时间，仍在林场会议室。

毛文涛
灵山国有林场生产技术科
"""
    html = simple_html(text.split("\n"), wrapper='<div style="font-family:宋体;font-size:10.5pt">').replace(
        'charset="utf-8"', 'charset="gb2312"')
    alt = multipart("alternative", "----=_001_NextPart714502835114_=----", [
        text_part(text, "plain", "gb2312", "base64"), text_part(html, "html", "gb2312", "quoted-printable")],
        preamble="This is a multi-part message in MIME format.")
    hdrs = [("Received", RCV.format(qid="AQAAfwA3_8a1Zf0Gb2sX1g--.22017S2", date=date)),
            ("Date", date),
            ("From", addr(*P("maowt"), charset="gb2312")),
            ("To", addrs(["yeml", "chenglp"], "gb2312")),
            ("Cc", addrs([DU, BOT], "gb2312")),
            ("Subject", ew("疫木除治项目推进会纪要（8.18）", "gb2312")),
            ("X-Priority", "3"),
            ("X-GUID", "7A0C3E52-19B4-4D86-A2F1-5E8D0B7C6A14"),
            ("X-Has-Attach", "no"),
            ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
            ("Mime-Version", "1.0"),
            ("Message-ID", f"<202608181748029114325@{LY}>")]
    items = [
        item("maowt", "完成第3标段已除治小班的现场抽查，抽查比例不低于20%", "abs:2026-08-21"),
        item("yeml", "协调乡政府解决4号作业道通行问题", None, vague=True),
        item(DU, "补充2台移动式粉碎设备进场", "abs:2026-08-25"),
        item(DU, "提交第4标段施工组织方案", "bz:4"),
        item("chenglp", "做好第三方检查验收准备", None, vague=True),
    ]
    return dict(num=9424, slug="foxmail-gb2312-soe-forest-farm-contractor-units", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=("nw:2", "09:30"),
                notes="State forest farm (灵山国有林场, under the bureau) meeting with an outside contractor; Foxmail gb2312. Tasks "
                      "grouped by unit with ①② and title owners: 毛科长=毛文涛, 叶场长=叶茂林, 程站长=程立平, 杜经理=杜海军 (the "
                      "contractor's manager, not in the roster: address from the Cc display name, department null). Sent Tue "
                      "2026-08-18. 8月21日前; 尽快 -> vague; 8月25日前; 本周五前 -> 08-21; '9月上旬' -> vague. '下周三同一时间' "
                      "with the meeting at 上午9:30 -> 2026-08-26 09:30. The 伐桩 rework line is a report.",
                tests="Foxmail gb2312 SOE minutes grouped by unit with ①②; external contractor owner via Cc; '下周三同一时间'")


def c9425():
    date = fmt_date(2026, 6, 24, 11, 5, 47)
    text = """各位：

6月24日上午图斑整改推进会纪要如下：

1.（清溪街道、皂头镇图斑）现场核查整改情况复核，完成时限：6月30日前（含现场核查（需附影像资料））。
  责任人：程立平（林业工作站站长）
2. 对逾期未整改的3宗图斑向当事人送达《责令限期整改通知书》，
  责任人：饶建新（执法大队），完成时限：7月3日（周五）前。
3. 整改销号材料汇总上报市局【截止：7月10日（以市局通知为准）】，责任人：王丽萍。
4. 图斑数据库更新（配合省厅系统升级（时间另行通知）），责任人：林业工作站。

会议强调，整改销号必须做到"图、文、表、影像"四相符，不符合的一律不得销号。

王丽萍
森林资源管理股
"""
    body = text_part(text, "plain", "gb2312", "base64")
    hdrs = [("Received", RCV.format(qid="AQAAfwDX_4f2Zf0Gc0aT0g--.9310S2", date=date)),
            ("From", addr(*P("wanglp"), charset="gb2312")),
            ("To", addrs(["chenglp", "raojx"], "gb2312")),
            ("Cc", addrs(["lihm", BOT], "gb2312")),
            ("Subject", ew("图斑整改推进会纪要", "gb2312")),
            ("Date", date),
            ("Message-ID", f"<000a01dd03a1$5f1e2c70$1d5a8550$@{LY}>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "Ad0DoV8eLHDNWoVQQ7mN1c0s5d2sXw=="),
            ("Content-Language", "zh-cn")]
    items = [
        item("chenglp", "（清溪街道、皂头镇图斑）现场核查整改情况复核", "abs:2026-06-30"),
        item("raojx", "对逾期未整改的3宗图斑向当事人送达《责令限期整改通知书》", "abs:2026-07-03"),
        item("wanglp", "整改销号材料汇总上报市局", "abs:2026-07-10"),
        item(None, "图斑数据库更新（配合省厅系统升级）", None, vague=True, dept="林业工作站"),
    ]
    return dict(num=9425, slug="outlook-plain-gb2312-nested-brackets-wrapped", kind="minutes",
                eml=message(hdrs, body, crlf=True), items=items, followup=None,
                notes="Outlook plain-text gb2312 base64, sent Wed 2026-06-24. Deadlines and owners sit inside nested brackets: "
                      "'6月30日前（含现场核查（需附影像资料））', '【截止：7月10日（以市局通知为准）】', '（时间另行通知）' inside "
                      "another bracket; 责任人 carries a title in brackets. Item 1's owner and item 2's deadline are on the "
                      "next line. 7月3日（周五）前 -> 07-03. Item 4: unit only + '时间另行通知' -> no_owner + vague_due, "
                      "department 林业工作站. The closing 会议强调 line is a rule, not an item.",
                tests="Outlook plain gb2312; deadlines in nested （（））/【（）】 brackets; items wrapped over lines; 另行通知")


def c9426():
    date = fmt_date(2026, 7, 1, 10, 31, 26)
    rows = [["单位", "负责人", "任务", "完成时间"],
            ["森林资源管理股", "王丽萍", "报送本单位安全生产自查报告", "7月8日前"],
            ["森林防火股", "邓志刚", "报送本单位安全生产自查报告", "7月10日前"],
            ["灵山国有林场", "叶茂林", "报送本单位安全生产自查报告", "7月10日前"],
            ["办公室", "徐晓芬", "汇总形成全局自查报告报区应急管理局", "7月15日前"]]
    widths = [16, 8, 36, 10]

    def pad(s, w):
        n = sum(2 if ord(c) > 127 else 1 for c in s)
        return s + " " * max(1, w - n)
    table = "\n".join("".join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows)
    text = ("各股室、林场：\n\n今天上午李局召集开会，部署上半年安全生产自查，对照清单逐项自查，分工如下：\n\n" + table +
            "\n\n自查中发现的隐患当场能整改的当场整改，不能整改的列入台账。\n\n局办公室\n")
    html = simple_html(["各股室、林场：", "", "今天上午李局召集开会，部署上半年安全生产自查，对照清单逐项自查，分工如下：",
                        ("t", rows), "", "自查中发现的隐患当场能整改的当场整改，不能整改的列入台账。", "", "局办公室"])
    alt = multipart("alternative", "----=_Part_77612_20394117.1782873086455", [
        text_part(text, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")])
    hdrs = coremail_hdrs("xuxf", 0x7c01a9, date, "上半年安全生产自查工作安排（7月1日会议）",
                         ["wanglp", "dengzg", "yeml"], ["lihm", BOT], charset="utf-8")
    items = [
        item("wanglp", "报送本单位安全生产自查报告", "abs:2026-07-08"),
        item("dengzg", "报送本单位安全生产自查报告", "abs:2026-07-10"),
        item("yeml", "报送本单位安全生产自查报告", "abs:2026-07-10"),
        item("xuxf", "汇总形成全局自查报告报区应急管理局", "abs:2026-07-15"),
    ]
    return dict(num=9426, slug="coremail-same-task-three-owners", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=None,
                notes="Three rows carry the same task text '报送本单位安全生产自查报告' with different owners and dates; all three "
                      "are separate items (must not be deduplicated). Coremail UTF-8, space-aligned table in text and an HTML "
                      "table; sent Wed 2026-07-01. 李局 = 李华明 (convener, not an owner). The closing line is a rule.",
                tests="same task text for three owners (no dedup); space-aligned text table + HTML table")


def c9427():
    date = fmt_date(2026, 8, 28, 17, 20, 55)
    text = """中秋国庆期间森林防火工作部署会议纪要

8月28日下午，邓志刚股长主持召开中秋、国庆期间森林防火工作部署会议，林业工作站、林业执法大队、办公室、灵山国有林场有关人员参加。今年中秋节9月25日至27日放假，国庆节10月1日至7日放假，9月20日（星期日）、10月10日（星期六）上班。会议要求：

一是全面排查林区野外用火隐患，中秋节前完成。（责任人：邓志刚）
二是9月20日（星期日，调休上班）组织防火物资和扑火机具清点，确保状态完好。（责任人：饶建新）
三是灵山国有林场9月底前完成重点地段防火隔离带清理。（责任人：叶茂林）
四是双节期间值班表8月31日前报局办公室。（责任人：各股室负责人）
五是国庆节后第一个工作日报送假期值班情况总结。（责任人：徐晓芬）

下次调度会：9月24日（周四）上午9点，局三楼会议室。
"""
    alt = multipart("alternative", "----=_Part_90551_1428873305.1787908855201", [
        text_part(text, "plain", "utf-8", "base64"), text_part(simple_html(text.split("\n")), "html", "utf-8", "base64")])
    hdrs = coremail_hdrs("dengzg", 0x8d2e55, date, "中秋国庆期间森林防火工作部署会议纪要",
                         ["raojx", "yeml", "xuxf", "chenglp"], ["lihm", "zhenggd", BOT], charset="utf-8")
    items = [
        item("dengzg", "全面排查林区野外用火隐患", "before:2026-09-25"),
        item("raojx", "组织防火物资和扑火机具清点", "abs:2026-09-20"),
        item("yeml", "完成重点地段防火隔离带清理", "abs:2026-09-30"),
        item(None, "双节期间值班表报局办公室", "abs:2026-08-31"),
        item("xuxf", "报送假期值班情况总结", "after:2026-10-01"),
    ]
    return dict(num=9427, slug="coremail-mid-autumn-national-day-yishi", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=("abs:2026-09-24", "09:00"),
                notes="一是…五是 with '（责任人：X）' tails, sent Fri 2026-08-28. Mid-Autumn 2026 is 09-25..27 (chinesecalendar), "
                      "National Day 10-01..07, make-up workdays 09-20 (Sun) and 10-10 (Sat). 中秋节前 -> last workday 09-24; "
                      "9月20日（星期日，调休上班） -> 09-20; 9月底前 -> 09-30; 8月31日前; 国庆节后第一个工作日 -> 10-08. 四是 names "
                      "'各股室负责人' (several people) -> owner null, no_owner, department null. The holiday-schedule sentence "
                      "is a fact. Next 调度会 09-24 09:00.",
                tests="government 一是…五是 with 中秋节前 / 9月20日调休 / 国庆节后第一个工作日; '各股室负责人' owner")


CASES = [c9424, c9425, c9426, c9427]
