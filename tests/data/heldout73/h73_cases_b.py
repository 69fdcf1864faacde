"""Cases 10110-10117: 宁德市蕉城区海洋与渔业局 (government bureau, Ningde, Fujian)."""
from h73_common import (BOT, addr, addrs, attachment, case, ew, fu, html_escape, html_paras, html_table, it,
                        make_docx, message, multipart, rfc_date, t8, text_part)

DOM = "jcqhyj.example.gov.cn"
BOTB = BOT["B"]
MX = "mx.jcqhyj.example.gov.cn"
CM_XMAILER = "Coremail Webmail Server Version XT6.0.2 build 20250422(b2c7f9a1)"


def cm_received(t, ip, idstr):
    return ("Received", f"from {ip} (unknown [{ip}])\n\tby {MX} (Coremail) with SMTP id {idstr};\n\t"
                        f"{rfc_date(t)}")


def cm_headers(frm, to, cc, subject, t, msgid, charset="GBK", extra=()):
    return [
        ("Return-Path", f"<{frm[1]}>"), ("Delivered-To", BOTB[1]),
        cm_received(t, "10.21.6.%d" % (sum(map(ord, frm[1])) % 200 + 10), "AQAAfwD3" + msgid[:10].upper()),
        ("Date", rfc_date(t)), ("From", addr(frm[0], frm[1], charset)), ("To", addrs(to, charset)),
    ] + ([("Cc", addrs(cc, charset))] if cc else []) + [
        ("Subject", ew(subject, charset)), ("X-Priority", "3"), ("X-Mailer", CM_XMAILER),
        ("Copyright", "Copyright 2002-2025 www.mailtech.cn"), ("MIME-Version", "1.0"),
        ("Message-ID", f"<{msgid}.Coremail.{frm[1]}>"), ("X-Coremail-Locale", "zh_CN"),
    ] + list(extra)


def cm_alt(body, charset, boundary):
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + html_paras(body) +
            '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>')
    return multipart("alternative", boundary, [
        text_part(body, charset, "base64"), text_part(html, charset, "base64", "html")])


def me(name):
    return (name, f"{__import__('h73_common').P[name]['email']}")


# ------------------------------------------------------------------------------------------------------------
def c10110():
    t = t8("2026-04-13 17:05:21")
    body = """各科室、大队：

4月13日上午，郑宗明局长主持召开局务会议，研究伏季休渔前期准备、三都澳海域养殖综合整治和一季度预算执行等工作。现将会议议定事项纪要如下：

一、关于伏季休渔前期准备工作
会议听取了渔业科关于2026年伏季休渔准备情况的汇报。会议要求：一是做好休渔政策宣传，完成全区渔船船东休渔告知书送达（责任单位：渔业科；完成时限：4月30日前）。二是开展休渔前渔船集中检查，由雷振华同志负责制定检查方案报局领导审定（完成时限：4月24日）。三是梳理渔港码头视频监控点位（责任单位：渔政执法大队、海域管理科；完成时限：另行通知）。

二、关于三都澳海域养殖综合整治
会议指出，今年是整治攻坚年，一季度清退进度偏慢。会议明确：一是兰海燕同志牵头，会同三都镇于下周五前报送网箱养殖清退进度表。二是整治中涉及的渔民转产补助，严格按照区政府既定标准执行，不得擅自提高。

三、关于一季度预算执行
会议同意计划财务科提出的预算执行分析意见。甘文彬同志要在4月20日前将一季度预算执行分析报告报送区财政局。

参加：郑宗明、陈清泉、黄碧霞、缪建新、雷振华、兰海燕、甘文彬
记录：林秀娟

蕉城区海洋与渔业局办公室
2026年4月13日
"""
    alt = cm_alt(body, "GBK", "----=_Part_218456_1093846254.1776071121078")
    hdr = cm_headers(me("林秀娟"), ["陈清泉", "黄碧霞", "缪建新", "雷振华", "兰海燕", "甘文彬"],
                     ["郑宗明", BOTB], "局务会议纪要（2026年第7次）", t, "5d2a1f7c.3e81.19d8a4b21c6")
    items = [
        it(None, "完成全区渔船船东休渔告知书送达", ("date", "2026-04-30"), "2026-04-30", dept="渔业科"),
        it("雷振华", "制定休渔前渔船集中检查方案报局领导审定", ("date", "2026-04-24"), "2026-04-24"),
        it(None, "梳理渔港码头视频监控点位", None, None, flags=["no_owner", "vague_due"]),
        it("兰海燕", "会同三都镇报送网箱养殖清退进度表", ("nextweek", 4), "2026-04-24"),
        it("甘文彬", "将一季度预算执行分析报告报送区财政局", ("date", "2026-04-20"), "2026-04-20"),
    ]
    notes = ("Government 局务会议纪要 in 一是/二是/三是 style, Coremail GBK base64 text+HTML. Sent Mon 2026-04-13. "
             "'（责任单位：渔业科；完成时限：4月30日前）' names a unit only -> owner null, no_owner, department 渔业科. "
             "二是 names 雷振华同志 inside the sentence, 完成时限 4月24日. 三是 has two units and '另行通知' -> owner "
             "null, department null (two units), no_owner + vague_due. '下周五前' from Monday 04-13 -> Friday of the "
             "following week 2026-04-24. The second 一是/二是 under 二、 is a policy line (不得擅自提高), not an item. "
             "'4月20日前' -> 2026-04-20. No next meeting stated.")
    return case(10110, "jc-bureau-meeting-yishi-ershi-coremail-gbk", "minutes", message(hdr, alt), notes, items,
                None, "Government 局务会议纪要 一是/二是 with （责任单位：…；完成时限：…）: unit-only owners, two units + "
                      "另行通知, named 同志 inside sentences, policy line not an item")


# ------------------------------------------------------------------------------------------------------------
def c10111():
    t = t8("2026-04-29 15:42:10")
    body = """各位：

4月29日伏季休渔专项执法行动专题会的纪要见附件（Word版），请按分工抓好落实。
五一期间执法大队照常值班，值班表另发。

办公室 林秀娟
0593-2870xxx
"""
    doc = make_docx("伏季休渔专项执法行动专题会议纪要", [
        "时间：2026年4月29日（星期三）上午9:00",
        "地点：局三楼会议室",
        "主持：陈清泉",
        "参加：雷振华、钟立诚、缪建新、阮小芳、甘文彬、林秀娟",
        "2026年伏季休渔自5月1日12时开始。会议研究了专项执法行动的组织、协调和保障工作，明确分工如下：",
    ], [
        ["序号", "工作任务", "责任单位", "责任人", "完成时限"],
        ["1", "制定伏季休渔专项执法行动方案", "渔政执法大队", "雷振华", "4月30日前"],
        ["2", "协调海警工作站联合巡查排班", "渔政执法大队", "钟立诚", "5月6日（节后第一个工作日）前"],
        ["3", "休渔渔船进港封存情况统计，每周一报送", "渔业科", "阮小芳", "长期"],
        ["4", "执法经费追加申请", "计划财务科", "甘文彬", "3个工作日内"],
        ["5", "休渔宣传横幅、告示制作张贴", "办公室", "", "5月1日前"],
    ], author="林秀娟")
    mixed = multipart("mixed", "----=_Part_231907_2117463251.1777448530112", [
        cm_alt(body, "GBK", "----=_Part_231908_1486012230.1777448530112"),
        attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "伏季休渔专项执法专题会议纪要.docx", "GBK"),
    ])
    hdr = cm_headers(me("林秀娟"), ["雷振华", "钟立诚", "缪建新", "阮小芳", "甘文彬"], ["陈清泉", BOTB],
                     "伏季休渔专项执法行动专题会议纪要", t, "7b90e3d2.4a17.19dd9a8e5f0")
    items = [
        it("雷振华", "制定伏季休渔专项执法行动方案", ("date", "2026-04-30"), "2026-04-30"),
        it("钟立诚", "协调海警工作站联合巡查排班", ("after_holiday", "劳动节"), "2026-05-06"),
        it("阮小芳", "休渔渔船进港封存情况统计，每周一报送", None, None),
        it("甘文彬", "执法经费追加申请", ("workdays", 3), "2026-05-07"),
        it(None, "休渔宣传横幅、告示制作张贴", ("date", "2026-05-01"), "2026-05-01", dept="办公室"),
    ]
    notes = ("Coremail GBK mail whose minutes are only in the .docx attachment (table 序号/工作任务/责任单位/责任人/"
             "完成时限; filename RFC 2047 GBK). Sent Wed 2026-04-29. #1 '4月30日前' -> 2026-04-30. #2 '5月6日（节后第一个"
             "工作日）前' -> 2026-05-06 (both readings agree). AMBIGUOUS: #3 is a standing weekly duty ('长期', 每周一报送) -> "
             "due null, no_due; a reader could take next Monday. #4 '3个工作日内' from 04-29: 04-30, then 05-01..05 "
             "off, 05-06, 05-07 -> 2026-05-07. #5 has an empty 责任人 cell -> unit-only owner 办公室 (no_owner); "
             "'5月1日前' -> 2026-05-01 (a holiday; kept as written). '5月1日12时开始' is the moratorium start, not a "
             "deadline. The mail body has no items.")
    return case(10111, "jc-moratorium-docx-attachment-coremail", "minutes", message(hdr, mixed), notes, items, None,
                "Coremail with the minutes only in a .docx table: 节后第一个工作日, 3个工作日内 over May Day, standing "
                "duty '长期', empty 责任人 cell (unit-only)")


# ------------------------------------------------------------------------------------------------------------
def c10112():
    t = t8("2026-05-19 09:30:55")
    body = """陈局、兰科长、缪科长：

三都镇昨天推进会的纪要转给大家，涉及我局的事项请按纪要时限落实；镇里的事项由吴镇长跟进，我们配合。

黄碧霞

-----原始邮件-----
发件人："吴永平" <wuyongping@sandu.example.gov.cn>
发送时间：2026年5月18日(星期一) 下午5:42
收件人："黄碧霞" <huangbixia@jcqhyj.example.gov.cn>
主题：三都镇海上养殖综合整治推进会会议纪要

三都镇海上养殖综合整治推进会会议纪要

5月18日下午，吴永平副镇长主持召开推进会，区海洋与渔业局陈清泉副局长、海域管理科兰海燕科长参加。现纪要如下：
一、截至5月17日，全镇已清退违规网箱1.2万口，完成年度任务的62%。
二、会议议定：
（一）区海洋与渔业局海域管理科（兰海燕）：5月29日前完成青山村海域养殖证核发初审。
（二）区海洋与渔业局渔业科：下周三前提供新型环保浮球补贴标准。
（三）镇农业服务中心：本月底前完成剩余网箱权属登记。
（四）吴永平：6月5日前召集村两委会议部署二期清退。
三、下次推进会定于6月8日（周一）下午3点在镇政府三楼会议室召开。

三都镇人民政府
"""
    alt = cm_alt(body, "UTF-8", "----=_Part_305511_1260734480.1779154255087")
    hdr = cm_headers(me("黄碧霞"), ["陈清泉", "兰海燕", "缪建新"], ["吴永平", BOTB],
                     "转发：三都镇海上养殖综合整治推进会会议纪要", t, "2c61f0a8.6d3.19e3c1f7a22", "UTF-8")
    items = [
        it("兰海燕", "完成青山村海域养殖证核发初审", ("date", "2026-05-29"), "2026-05-29"),
        it(None, "提供新型环保浮球补贴标准", ("nextweek", 2), "2026-05-27", dept="渔业科"),
        it(None, "完成剩余网箱权属登记", ("month_end",), "2026-05-31"),
        it("吴永平", "召集村两委会议部署二期清退", ("date", "2026-06-05"), "2026-06-05"),
    ]
    notes = ("Forwarded minutes with a preface (Coremail UTF-8). Sent Tue 2026-05-19; the town's minutes were sent Mon "
             "05-18 and sit below a '-----原始邮件-----' header block — they are the content and must not be stripped as "
             "a quote. The preface has no items. （一） names 兰海燕 in brackets -> owner. （二） is unit-only (渔业科, one "
             "of ours) -> no_owner; '下周三前' gives 2026-05-27 from either the forward or the original date. （三） "
             "'镇农业服务中心' is not our unit -> owner and department null, no_owner; '本月底前' -> 2026-05-31. （四） "
             "吴永平 is external, resolved through the Cc display name (吴镇长 is copied on the forward), department null -> 2026-06-05. 截至5月17日/62% are "
             "facts. 下次推进会 6月8日（周一）下午3点 -> 2026-06-08 15:00.")
    return case(10112, "jc-forwarded-town-minutes-preface-coremail", "minutes", message(hdr, alt), notes, items,
                fu(("date", "2026-06-08"), "2026-06-08", "15:00"),
                "Forwarded town-government minutes below '-----原始邮件-----' with a preface: bracketed owner, "
                "our unit only, outside unit, external person; next meeting sentence")
