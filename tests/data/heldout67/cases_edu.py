"""Cases 9501-9507: 忻州市忻府区教育科技局 (government)."""
from h67_build import mk
from h67_core import BOTS, Case, I, P, T
from h67_mime import (attach, docx_bytes, esc, flowed, leaf, lines_html, mso_paras, multi, outlook_html,
                      simple_html)

ORG = "EDU"
DOM = "xfjkj.example.gov.cn"
CORE_DIV = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>'


def coremail_alt(text, cs, seed, cte="base64"):
    html = CORE_DIV % lines_html(text)
    return multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", html, cs, cte)],
                 "----=_Part_%s_%s.%s" % (seed[:6], seed[6:12], "1781504538219"))


def c9501():
    sent = T("2026-06-16 10:42:18")
    text = """各股室、各中小学：

6月15日下午，冯志强副局长主持召开全区教育系统暑期学生安全工作部署会，局办公室、安全股、基建股、信息中心、学前教育股负责同志及各中小学分管安全工作的副校长参加。现将会议议定事项纪要如下：

一、会议指出，暑期是学生溺水、交通等安全事故的易发期，各单位要切实扛起安全责任，坚决防止发生重大安全事故。

二、会议议定
一是抓好防溺水宣传教育。由安全股牵头，以局名义印发《致全区中小学生家长的一封信》，并督促各校于放假前发放到每一名学生家长手中。
    责任单位：安全股　责任人：温晓丽　完成时限：6月18日前
二是开展校舍及周边安全隐患排查。对全区中小学、幼儿园的校舍、围墙、配电设施逐校排查，建立问题清单。
    责任单位：基建股　责任人：贾志刚　完成时限：端午节前
三是各中小学要组织开展一次暑期安全主题教育，留存影像资料备查。
    责任单位：各中小学　完成时限：6月30日前
四是上线暑期安全信息报送模块，实现各校每日“零报告”。
    责任单位：信息中心　责任人：常宇　完成时限：节后第一个工作日
五是局办公室负责对上述工作落实情况跟踪督办，结果纳入年度目标责任考核。
    责任单位：局办公室　完成时限：长期坚持

三、下次调度会定于6月29日（周一）上午9:00在三楼会议室召开，请各责任单位提前准备落实情况汇报。

忻州市忻府区教育科技局办公室
2026年6月16日
"""
    body = coremail_alt(text, "GBK", "9501aa0301bb")
    eml = mk(ORG, "coremail", sent, "郝建平", ["温晓丽", "贾志刚", "常宇", "薛海燕"], ["冯志强"],
             "暑期学生安全工作部署会会议纪要", body, "c9501", label="GBK", sender_ip="10.14.2.31",
             hop=("mail.xfjkj.example.gov.cn", ""))
    items = [
        I("温晓丽", "以局名义印发《致全区中小学生家长的一封信》", ("2026-06-18", ("abs", "2026-06-18"))),
        I("贾志刚", "开展校舍及周边安全隐患排查，建立问题清单", ("2026-06-18", ("before", "2026-06-19"))),
        I(None, "组织开展一次暑期安全主题教育", ("2026-06-30", ("abs", "2026-06-30")), flags=["no_owner"]),
        I("常宇", "上线暑期安全信息报送模块", ("2026-06-22", ("after", "2026-06-19"))),
        I(None, "对上述工作落实情况跟踪督办", None, flags=["no_owner", "no_due"], dept="办公室"),
    ]
    notes = ("Government 一是/二是 minutes with 责任单位/责任人/完成时限 lines under each point (Coremail, GBK base64, "
             "text+html). Sent Tue 2026-06-16. 端午节前 = last working day before the Dragon Boat holiday "
             "(06-19..06-21) = Thu 06-18; 节后第一个工作日 = Mon 06-22. 三是 belongs to 各中小学 (not a unit of the "
             "bureau): owner null, no_owner, department null. AMBIGUOUS: 五是 '局办公室 … 长期坚持' is standing "
             "supervision with no deadline; recorded as a department-only item (办公室) with no_due, most readers "
             "would keep it since it has a 责任单位 line. '督促各校于放假前发放' is part of 一是, not a separate item; "
             "一、 会议指出 is a statement. 下次调度会 6月29日（周一）上午9:00 -> 2026-06-29 09:00.")
    return Case(9501, "edu-yishi-erxi-coremail-gbk", "minutes",
                "Coremail GBK 一是/二是 government minutes with 责任单位/责任人/完成时限 lines; 端午节前, 节后第一个工作日, "
                "school-owned item, 长期坚持 department item; 下次调度会 with time",
                eml, sent, items, ("2026-06-29", ("abs", "2026-06-29"), "09:00"), notes)


def c9502():
    sent = T("2026-06-29 08:47:52")
    text = """各股室：

根据区委办要求，暑假期间（7月11日至8月31日）实行局领导带班和干部值班制度。请各股室于7月3日（周五）下班前将本股室值班人员名单及联系方式报局办公室（郝建平），逾期未报的由办公室统一安排。

值班表模板在共享盘“办公室\\2026暑期值班”文件夹下，请勿修改表头。

谢谢！

郝建平
忻府区教育科技局办公室
电话：0350-3036612
"""
    html = outlook_html(mso_paras(text), cs="gb2312")
    body = multi("alternative", [leaf("text/plain", text, "gb2312", "quoted-printable"),
                                 leaf("text/html", html, "gb2312", "quoted-printable")],
                 "----=_NextPart_000_0047_01DD07A1.5C2E9B30", preamble="This is a multipart message in MIME format.")
    eml = mk(ORG, "outlook", sent, "郝建平", ["温晓丽", "贾志刚", "薛海燕", "常宇", "牛素芳"], [],
             "关于报送暑假期间值班安排的通知", body, "c9502", label="gb2312", sender_ip="10.14.2.31",
             hop=("mail.xfjkj.example.gov.cn", ""))
    notes = ("A notice from the office asking every 股室 to send its duty roster by 7月3日（周五）下班前; the bot is in Cc "
             "out of habit. It is a request, not minutes of a meeting: kind other, no items, no follow-up. Outlook "
             "gb2312 quoted-printable text+html.")
    return Case(9502, "edu-duty-notice-other-outlook", "other",
                "Outlook gb2312 office notice (request with a deadline, 下班前) sent to all 股室 with the bot in Cc: not minutes",
                eml, sent, [], None, notes)


def c9503():
    sent = T("2026-07-09 17:20:06")
    text = """各股室：

附件为今天局务会会议纪要（第14期），请对照分工抓好落实，按时限向办公室报送进展。

郝建平
局办公室
"""
    rows = [["序号", "工作事项", "责任股室", "责任人", "完成时限", "备注"],
            ["1", "秋季学期校舍维修项目招标文件审核", "基建股", "贾志刚", "7月17日前", ""],
            ["2", "编制2026年秋季学前教育招生计划", "学前教育股", "薛海燕", "7月底前", ""],
            ["3", "调整暑期教师培训经费预算", "财务股", "牛素芳", "7月15日", ""],
            ["4", "智慧校园网络改造（秀容、长征街等8所学校）", "信息中心（主责）、基建股（配合）",
             "常宇（主责）/闫丽娟（配合）", "8月20日前", ""],
            ["5", "春季学期学生资助资金发放", "财务股", "牛素芳", "6月30日", "已完成"]]
    doc = docx_bytes("忻府区教育科技局局务会会议纪要（第14期）",
                     ["时间：2026年7月9日（星期四）上午9:00", "地点：局三楼会议室", "主持：冯志强",
                      "出席：郝建平、温晓丽、贾志刚、薛海燕、常宇、牛素芳", "一、议定事项"],
                     rows,
                     ["二、会议决定，暑期校舍维修工程一律实行“先验收、后拨款”。",
                      "下次局务会时间另行通知。", "忻府区教育科技局办公室　2026年7月9日印发"], sent)
    html = outlook_html(mso_paras(text), cs="utf-8")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "----=_NextPart_001_0031_01DD0F8C.2A6B1E70")
    body = multi("mixed", [alt, attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc,
                                       "局务会会议纪要（第14期）.docx", "utf-8")],
                 "----=_NextPart_000_0030_01DD0F8C.2A6B1E70", preamble="This is a multipart message in MIME format.")
    eml = mk(ORG, "outlook", sent, "郝建平", ["温晓丽", "贾志刚", "薛海燕", "常宇", "牛素芳", "闫丽娟"], ["冯志强"],
             "7月9日局务会会议纪要（第14期）", body, "c9503", sender_ip="10.14.2.31",
             hop=("mail.xfjkj.example.gov.cn", ""), extra=[("X-MS-Has-Attach", "yes")])
    items = [
        I("贾志刚", "秋季学期校舍维修项目招标文件审核", ("2026-07-17", ("abs", "2026-07-17"))),
        I("薛海燕", "编制2026年秋季学前教育招生计划", ("2026-07-31", ("monthend",))),
        I("牛素芳", "调整暑期教师培训经费预算", ("2026-07-15", ("abs", "2026-07-15"))),
        I("常宇", "智慧校园网络改造（秀容、长征街等8所学校）", ("2026-08-20", ("abs", "2026-08-20"))),
    ]
    notes = ("The minutes are only in the .docx attachment (Word table 序号/工作事项/责任股室/责任人/完成时限/备注); the body "
             "just says see attachment. Sent Thu 2026-07-09. 7月底前 -> 2026-07-31. Row 4 has 主责/配合 in one cell: "
             "the 主责 常宇 owns it (闫丽娟 only assists). Row 5 is marked 已完成 in 备注: status, not an item. "
             "The 'decided' policy line (先验收、后拨款) is a decision. 下次局务会时间另行通知 -> no follow-up.")
    return Case(9503, "edu-docx-attachment-outlook", "minutes",
                "Outlook UTF-8 cover note + .docx minutes (Word table); 主责/配合 in one cell; 已完成 row; 7月底前",
                eml, sent, items, None, notes)
