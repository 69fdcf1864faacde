# -*- coding: utf-8 -*-
import io, zipfile, html as _html
from gen_base import *

def docx_bytes(paras):
    """Minimal .docx (raw WordprocessingML in a zip), fixed timestamps for determinism."""
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _html.escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    files = {"[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
             "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
             "word/document.xml": doc}
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()

def add_school(case, T, P, EXT, BOTS):
    SB = BOTS["jc7z"]
    text = ("各位老师：\n\n今天（4月27日，周日调休上班）下午第二节课后召开了语文教研组会议，现将会议精神及工作安排通知如下：\n\n"
            "一、期中考试命题。请刘老师（初二备课组）于4月30日前上交期中考试命题双向细目表，命题要紧扣课标，难度系数控制在0.65左右。\n\n"
            "二、公开课。本学期校级公开课由罗老师承担，课题《背影》，请罗老师5月6日（周二）前将说课稿发至教研组邮箱。\n\n"
            "三、作业检查。各备课组长在3个工作日内收齐本组学生作业检查记录，交教务处。\n\n"
            "四、五一假期不得组织学生集体补课，请各位老师严格遵守。\n\n"
            "下次教研活动定于5月8日（星期四）下午第三节课，地点：行政楼302。\n\n语文教研组  杨秀兰\n2025年4月27日\n")
    case(3525, "school-notice-surname-teacher-makeup-sunday", "minutes", T(2025, 4, 27, 16, 40), "jc7z", P("杨秀兰"),
         [P("刘丹"), P("罗晓梅"), P("王建华"), P("何静"), P("邓涛")], "语文教研组会议通知及工作安排（4月27日）", text, cc=[SB],
         cs="gb2312", cte="base64", client="coremail", html_body=text_to_html(text, "宋体", "12pt"),
         items=[I("刘丹", "上交期中考试命题双向细目表", "2025-04-30", spec=("lit", "2025-04-30")),
                I("罗晓梅", "将公开课《背影》说课稿发至教研组邮箱", "2025-05-06", spec=("wk", "2025-05-06", 1)),
                I(None, "收齐本组学生作业检查记录，交教务处", "2025-04-30", spec=("work", 3))],
         fu=FU("2025-05-08", None, ("wk", "2025-05-08", 3)),
         notes="Coremail gb2312 base64 + HTML, teacher notice '各位老师' with 一、二、三 paragraphs. Sent Sun 2025-04-27, the make-up working day before May Day 2025 (05-01..05-05). Owners are surname + 老师 (刘老师 = 刘丹, 罗老师 = 罗晓梅), known only from To names / roster aliases. '各备课组长' is a group -> no_owner (department null). 3个工作日内: 04-28, 04-29, 04-30 -> 04-30. Item 四 is a rule. Next meeting '5月8日（星期四）下午第三节课' gives a class period, not a clock time -> time null.")

    rows = [["工作项目", "牵头", "协办", "时间节点", "备注"],
            ["命制期中试卷（初二语文）", "王建华", "罗晓梅", "10月24日前", "A/B卷各一套"],
            ["试卷审核", "杨秀兰", "—", "10月28日", ""],
            ["监考及考场安排", "邓涛", "何静", "10月31日（周五）", "含考场座位表"],
            ["阅卷及成绩录入", "全体语文老师", "", "11月9日前", "网上阅卷"]]
    text = ("各位老师：\n\n本次期中考试工作分工如下，请按时间节点完成。\n\n" + table_text(rows) +
            "\n\n考试时间：11月5日至11月6日。\n\n杨秀兰\n")
    h = text_to_html("各位老师：\n\n本次期中考试工作分工如下，请按时间节点完成。") + table_html(rows) + \
        "<p>考试时间：11月5日至11月6日。</p><p>杨秀兰</p>"
    case(3526, "school-midterm-lead-assist-table-qq", "minutes", T(2025, 10, 11, 12, 0), "jc7z", P("杨秀兰"),
         [P("王建华"), P("罗晓梅"), P("邓涛"), P("何静"), P("刘丹")], "期中考试工作安排", text, cc=[SB],
         cs="gb18030", cte="base64", client="qq", html_body=h,
         items=[I("王建华", "命制期中试卷（初二语文）", "2025-10-24", spec=("lit", "2025-10-24")),
                I("杨秀兰", "试卷审核", "2025-10-28", spec=("lit", "2025-10-28")),
                I("邓涛", "监考及考场安排", "2025-10-31", spec=("wk", "2025-10-31", 4)),
                I(None, "阅卷及成绩录入", "2025-11-09", spec=("lit", "2025-11-09"))],
         fu=None,
         notes="QQ Mail gb18030 HTML table with 牵头/协办 columns: 牵头 owns the row, 协办 is a helper. Sent Sat 2025-10-11 (make-up working day after National Day). Row 4 owner '全体语文老师' is a group -> no_owner (department null). '考试时间' is a fact, not an item. The 试卷审核 row's date has no 前 but is a deadline cell.")

    text = ("钉钉 AI听记 · 会议纪要\n\n会议：初三数学备课组 清明前集体备课\n时间：2026-04-03 15:40\n\n"
            "【摘要】\n本次集体备课围绕二次函数复习课展开，确定公开课采用“问题链”设计，并布置期中复习资料汇编。\n\n"
            "【关键片段】\n[00:01:23] 发言人1：邓老师的公开课定在清明后第二周。\n[00:08:51] 发言人2：复习资料我下周三之前能弄完。\n[00:15:06] 发言人1：听评课记录也要有人整理。\n\n"
            "【待办】\n☐ 邓涛  清明后第一个工作日提交公开课教学设计\n☐ 何静  下周三前完成期中复习资料汇编\n☐ 王建华  整理本学期听评课记录\n\n"
            "本纪要由AI生成，内容仅供参考\n")
    case(3527, "school-dingtalk-ai-minutes-qingming", "minutes", T(2026, 4, 3, 17, 10), "jc7z", P("邓涛"),
         [P("杨秀兰"), P("何静"), P("王建华")], "【AI听记】初三数学备课组 清明前集体备课", text, cc=[SB], cs="utf-8", cte="base64",
         client="dingtalk", html_body=text_to_html(text, "PingFang SC", "14px"),
         items=[I("邓涛", "提交公开课教学设计", "2026-04-07", spec=("after", "2026-04-04")),
                I("何静", "完成期中复习资料汇编", "2026-04-08", spec=("nwd", 2)),
                I("王建华", "整理本学期听评课记录", None)],
         fu=None,
         notes="DingTalk AI minutes (摘要 / 关键片段 with [hh:mm:ss] stamps / 待办 with ☐). Sent Fri 2026-04-03, eve of Qingming 2026 (04-04..04-06). Only 【待办】 counts; 发言人 lines repeat the work. 清明后第一个工作日 -> Tue 04-07; 下周三前 -> 04-08; 王建华 item has no date -> no_due. '公开课定在清明后第二周' is a fact. AI footer.")

    text = ("各位老师：\n\n区教科院通知转发如下，结合我组实际，分工如下：\n"
            "（一）罗晓梅老师负责推荐1节优质课参评，9月30日前将课例视频及教学设计交我。\n"
            "（二）何静老师负责整理区级课题结题材料，国庆节后第一个工作日交教科室。\n"
            "（三）我在2个工作日内汇总我组参评名单报学校。\n\n请大家辛苦一下。\n杨秀兰\n\n"
            "---------- 转发的邮件 ----------\n发件人：区教科院办公室 <office@cdjky.example.gov.cn>\n日期：2026年9月18日 周五 10:12\n"
            "主题：关于开展2026年度初中优质课评选活动的通知\n\n各中学：\n为进一步提升课堂教学质量，经研究，决定开展2026年度初中优质课评选活动。现将有关事项通知如下：\n"
            "一、各学校于10月15日前报送参评课例。\n二、评选结果将于11月底前公布。\n\n区教科院\n")
    case(3528, "school-forward-district-notice-preface-items", "minutes", T(2026, 9, 20, 20, 5), "jc7z", P("杨秀兰"),
         [P("罗晓梅"), P("何静")], "转发：关于开展2026年度初中优质课评选活动的通知（附我组分工）", text,
         cc=[P("刘丹"), P("王建华"), SB], cs="utf-8", cte="base64", client="coremail",
         items=[I("罗晓梅", "推荐1节优质课参评，将课例视频及教学设计交杨秀兰", "2026-09-30", spec=("lit", "2026-09-30")),
                I("何静", "整理区级课题结题材料交教科室", "2026-10-08", spec=("after", "2026-10-01")),
                I("杨秀兰", "汇总我组参评名单报学校", "2026-09-22", spec=("work", 2))],
         fu=None,
         notes="Forwarded district notice (not minutes itself) with the group leader's preface that assigns work in （一）（二）（三): only the preface items count; the district's '各学校于10月15日前报送' is addressed to schools. Sent Sun 2026-09-20, a make-up working day (Mid-Autumn 09-25..27, National Day 10-01..07). '我' = the sender 杨秀兰. 2个工作日内 -> 09-21, 09-22 -> 09-22. 国庆节后第一个工作日 -> 10-08. Kind minutes is a judgement call (a task-assignment notice); a careful assistant tracks these three.")

    text = ("各位：\n\n今天中午备课组长碰头，按人记一下：\n\n"
            "杨老师：\n  期中质量分析模板下周一前发群。\n"
            "刘老师：\n  上交第九周教案检查表，本周五。\n"
            "王老师：\n  上交第九周教案检查表，本周五。\n"
            "邓老师：\n  出期中数学模拟卷一套，下周一下班前。\n\n"
            "下周四中午同一时间，还在三楼教研室。\n\n会议时间：4月22日 12:00—12:40\n记录：何静\n")
    case(3529, "school-person-headings-same-task-2027", "minutes", T(2027, 4, 22, 12, 50), "jc7z", P("何静"),
         [P("杨秀兰"), P("刘丹"), P("王建华"), P("邓涛")], "备课组长碰头 4.22", text, cc=[SB], cs="utf-8", cte="quoted-printable",
         client="apple",
         items=[I("杨秀兰", "期中质量分析模板发群", "2027-04-26", spec=("nwd", 0)),
                I("刘丹", "上交第九周教案检查表", "2027-04-23", spec=("wd", 4)),
                I("王建华", "上交第九周教案检查表", "2027-04-23", spec=("wd", 4)),
                I("邓涛", "出期中数学模拟卷一套", "2027-04-26", spec=("nwd", 0))],
         fu=FU("2027-04-29", "12:00", ("nwd", 3)),
         notes="Person headings 'X老师：' (surname + 老师, resolved via To names/roster aliases) with the item on the next line. Sent Thu 2027-04-22 (weekday arithmetic only). 刘老师 and 王老师 have the SAME task text - both kept. 下周一下班前 -> 04-26 without time. Next meeting '下周四中午同一时间' with the meeting time given only at the bottom (12:00—12:40) -> 2027-04-29 12:00.")

    text = ("各位老师：\n\n今天期末工作会议主要定了几件事：\n1. 期末考试6月28日开始，为期两天。\n2. 本学期不再安排公开课。\n"
            "3. 试卷统一由年级组印制，各备课组不得自行加印。\n\n唯一需要落实的：何老师明天上午把监考安排表发到群里。\n\n杨秀兰\n")
    case(3530, "school-decisions-plus-one-item", "minutes", T(2027, 6, 9, 21, 30), "jc7z", P("杨秀兰"),
         [P("何静"), P("刘丹"), P("王建华"), P("罗晓梅"), P("邓涛")], "期末工作会议", text, cc=[SB], cs="gb2312",
         cte="quoted-printable", client="coremail",
         items=[I("何静", "把监考安排表发到群里", "2027-06-10", spec=("plus", 1))],
         fu=None,
         notes="Mostly decisions (1-3 are decisions/facts with dates: not items) and one item. Sent Wed 2027-06-09 21:30. '明天上午' -> 06-10 with a half day only -> due_time null (ambiguous: a scorer may accept 12:00 per the 上午 -> noon reading in dates-eval). 何老师 = 何静.")

    paras = ["锦城七中语文教研组 第6次教研活动记录", "时间：2026年11月5日（周四）14:00", "主持：杨秀兰", "",
             "一、听评课反馈：罗晓梅《背影》一课获好评（已完成）。", "二、工作安排：",
             "1. 刘丹：11月13日前提交初二期中质量分析报告。",
             "2. 王建华：组织“整本书阅读”课例研讨，具体时间待定。",
             "3. 邓涛：下周五前上传复习微课到学校资源平台。",
             "三、下次活动：11月19日（周四）14:00，行政楼302。"]
    text = "杨老师及各位：\n\n本周教研活动记录见附件（Word），请查收。\n\n何静\n"
    case(3531, "school-docx-attachment-minutes", "minutes", T(2026, 11, 5, 17, 25), "jc7z", P("何静"),
         [P("杨秀兰"), P("刘丹"), P("王建华"), P("邓涛")], "第6次教研活动记录", text, cc=[P("罗晓梅"), SB],
         cs="gbk", cte="base64", client="foxmail",
         attach=("教研活动记录-第6次.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 docx_bytes(paras)),
         items=[I("刘丹", "提交初二期中质量分析报告", "2026-11-13", spec=("lit", "2026-11-13")),
                I("王建华", "组织“整本书阅读”课例研讨", None, flags=["vague_due"]),
                I("邓涛", "上传复习微课到学校资源平台", "2026-11-13", spec=("nwd", 4))],
         fu=FU("2026-11-19", "14:00", ("wk", "2026-11-19", 3)),
         notes="Foxmail GBK mail whose minutes are ONLY in an attached .docx (raw WordprocessingML zip, UTF-8); the body just says 见附件. Sent Thu 2026-11-05. A parser that ignores attachments finds nothing (scorer: this case tests attachment reading). 11月13日前 -> 11-13; 下周五前 -> 11-13; 待定 -> vague_due. The 已完成 feedback line is status. Next activity 11月19日（周四）14:00.")

def add_nonminutes(case, T, P, EXT, BOTS):
    FB = BOTS["qimu"]; EB = BOTS["ever"]; SB = BOTS["jc7z"]; QB = BOTS["qnep"]
    recap = ("\n\n\n------------------ 原始邮件 ------------------\n发件人: \"Minutes Bot\" <minutebot+r7Kq2@qimu-studio.example.com>;\n"
             "发送时间: 2025年3月12日(星期三) 晚上9:02\n收件人: \"唐蜜\"<tangmi@qimu-studio.example.com>;\n"
             "主题: 【待办确认】SS25 二波企划会 0312 纪要\n\n您好，以下是会议纪要中的待办事项：\n"
             "1. 顾晓晨：二波上新排期表发群里（截止 2025-03-14）\n2. 唐蜜：小红书种草笔记 10 篇（截止 2025-03-20）\n"
             "3. 陆子轩：专场直播脚本初稿（截止 2025-03-19）\n4. 钱建国：寄新一季色卡到公司（尽快）\n\n"
             "如有异议请于今日内回复。可直接回复：确认 / 有异议 / 已完成 / 进度80% / 延期至某日。\n")
    case(3532, "reply-confirm-emoji-qq-quote", "reply", T(2025, 3, 13, 9, 14), "qimu", P("唐蜜"),
         [("Minutes Bot", "minutebot+r7Kq2@qimu-studio.example.com")], "回复：【待办确认】SS25 二波企划会 0312 纪要",
         "收到👌 第2项没问题，3/20前一定交～" + recap, cs="utf-8", cte="base64", client="qq",
         irt="<recap.3509.7f2a@qimu-studio.example.com>",
         reply=R("confirm", [2]),
         notes="QQ Mail reply with a '原始邮件' quote of the recap (whose footer lists every command word and all item dates). '第2项没问题' = confirm item 2; the date '3/20前' restates the existing deadline and is not an extension.")

    recap = ("\n\n________________________________\n寄件者: 會議紀錄助手 <minutes+Hk83x@everlink-hk.example.com>\n寄件日期: 2025年1月24日 下午 06:01\n"
             "收件者: 梁家豪 <ho.leung@everlink-hk.example.com>\n主旨: 【待辦確認】週會紀錄 1月24日\n\n"
             "1. 黃志明：年前最後一批報關資料（截止 2025-01-24）\n2. 梁家豪：同船公司確認2月份倉位（截止 2025-02-05）\n3. 何美玲：通知深圳倉節後開倉時間（截止 2025-02-05）\n\n"
             "如有異議請於今日內回覆：確認 / 有異議 / 已完成 / 進度80% / 延期至…\n")
    case(3533, "reply-extend-traditional-makeup-sunday", "reply", T(2025, 1, 26, 10, 3), "ever", P("梁家豪"),
         [("會議紀錄助手", "minutes+Hk83x@everlink-hk.example.com")], "回覆: 【待辦確認】週會紀錄 1月24日",
         "第2項想延期至2月7日（五），因為船公司話節後先開艙，2月5日應該未有位。\n\nHo" + recap, cc=[P("陳嘉欣")],
         cs="big5", cte="base64", client="outlook-hk", irt="<recap.3517.91bc@everlink-hk.example.com>",
         reply=R("extend", [2], new_due="2025-02-07", spec=("wk", "2025-02-07", 4)),
         notes="Outlook (zh-hk) Big5 reply sent on the 2025-01-26 make-up Sunday: extend item 2 to 2月7日（五） -> 2025-02-07. The reason mentions 2月5日 (the old date) which is not the new one.")

    text = ("杨老师，第2项进度60%，说课稿初稿已经写完了，还在改教学反思部分，周一前可以交。\n\n罗晓梅\n\n"
            "在 2025年4月27日 17:02，教研纪要 <jiaoyan+t5Wp@jc7z.example.edu.cn> 写道：\n\n"
            "> 【待办确认】语文教研组会议通知及工作安排（4月27日）\n> 1. 刘丹：上交期中考试命题双向细目表（截止 2025-04-30）\n"
            "> 2. 罗晓梅：将公开课《背影》说课稿发至教研组邮箱（截止 2025-05-06）\n> 3. （未指定）：收齐本组学生作业检查记录（截止 2025-04-30）\n"
            "> 回复：确认 / 有异议 / 已完成 / 进度80% / 延期至…\n")
    case(3534, "reply-progress-apple-mail-quote", "reply", T(2025, 4, 29, 21, 48), "jc7z", P("罗晓梅"),
         [("教研纪要", "jiaoyan+t5Wp@jc7z.example.edu.cn")], "Re: 【待办确认】语文教研组会议通知及工作安排（4月27日）", text,
         cs="utf-8", cte="quoted-printable", client="apple", irt="<recap.3525.c0de@jc7z.example.edu.cn>",
         reply=R("progress", [2], percent=60),
         notes="Apple Mail reply, '在 … 写道：' + '>' quote. 第2项进度60% -> progress, item 2, 60. '周一前可以交' is an estimate, not a formal extension (the due 05-06 stands).")

    text = ("您好，我于2026年1月5日至1月9日休假，期间邮件回复可能不及时。安全相关紧急事项请联系马国栋（maguodong@qnep.example.cn），"
            "1月12日后我会尽快处理您的邮件。\n\n韩建军\n")
    case(3535, "auto-ooo-exchange-epc", "auto", T(2026, 1, 5, 8, 2), "qnep", P("韩建军"),
         [("纪要助手", "minutes+Q9x1@qnep.example.cn")], "自动回复: 【待办确认】格尔木光伏项目并网前第三次协调会会议纪要", text,
         cs="gb2312", cte="base64", client="exchange",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "hanjianjun@qnep.example.cn")],
         notes="Exchange out-of-office to the bot's recap: Auto-Submitted: auto-replied, '自动回复:' subject; body contains dates and '尽快' but is not a reply to act on -> kind auto.")

    text = ("杨老师：\n\n想跟您商量一下，初二下周的公开课能不能和罗老师换个时间？我那周三要带学生去参加区里的作文比赛。"
            "如果可以的话，麻烦您周五前帮我跟教务处说一声，谢谢！\n\n刘丹\n")
    case(3536, "other-personal-request-cc-bot", "other", T(2025, 11, 17, 12, 31), "jc7z", P("刘丹"),
         [P("杨秀兰")], "公开课时间能否调换", text, cc=[SB], cs="utf-8", cte="8bit", client="coremail",
         notes="Person-to-person request with the bot in Cc (habit of Cc-ing the group mailbox). Contains '周五前' and a request, but it is not minutes and not a reply to a recap -> kind other, no items.")
