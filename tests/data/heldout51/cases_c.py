"""Org C: 郑州嵩阳实验小学 (private primary school, Zhengzhou).  Mail: DingTalk mail (Alibaba mail backend),
NetEase Mail Master on phones; an outside school-bus contractor writes from 163.com webmail; a foreign-teacher agency uses Gmail.
Bot: 纪要助手 <minutes@syxx.example.cn>."""
import datetime as dt
import html as H

import h51_lib as L
import h51_mime as M
from h51_case import Case, Item, plain, div_html, envelope, _table_html
import h51_clients as C

DOM = "syxx.example.cn"
BOT = ("纪要助手", f"minutes@{DOM}")

PEOPLE = [
    ("周立伟", f"zhoulw@{DOM}", "校长室", "", "周校长;Zhou Liwei"),
    ("钱淑芬", f"qiansf@{DOM}", "教务处", f"zhoulw@{DOM}", "钱老师;钱主任;Ms Qian;Qian Shufen"),
    ("孟凡", f"mengfan@{DOM}", "德育处", f"zhoulw@{DOM}", "孟主任;Meng Fan"),
    ("冯桂兰", f"fenggl@{DOM}", "总务处", f"zhoulw@{DOM}", "冯主任;Feng Guilan"),
    ("杜晓萌", f"duxm@{DOM}", "一年级组", f"qiansf@{DOM}", "杜老师;Du Xiaomeng"),
    ("秦浩", f"qinhao@{DOM}", "信息中心", f"zhoulw@{DOM}", "秦老师;小秦;Qin Hao"),
    ("申雨桐", f"shenyt@{DOM}", "教务处", f"qiansf@{DOM}", "申老师;Tina Shen;Tina"),
    ("牛建设", f"niujs@{DOM}", "总务处", f"fenggl@{DOM}", "牛队;牛队长;Niu Jianshe"),
    ("付佳", f"fujia@{DOM}", "总务处", f"fenggl@{DOM}", "付医生;付校医;Fu Jia"),
    ("韩冰", f"hanbing@{DOM}", "德育处", f"mengfan@{DOM}", "韩老师;Han Bing"),
    # outsiders who write to the bot
    ("侯振宇", "houzhenyu2008@163.example.com", "", "", "侯经理;Hou Zhenyu"),
    ("Daniel Okafor", "daniel.okafor@globalteach.example.com", "", "", "Daniel;Mr Okafor"),
]
P = {r[0]: (r[0], r[1]) for r in PEOPLE}


def recv_ding(sender, ip, date, fp):
    t = date + dt.timedelta(seconds=1)
    return [f"from {ip}(mailfrom:{sender} fp:SMTPD_---.{fp})\n          by smtp.aliyun-inc.example.com;\n          {L.rfc_date(t, pad=True)}"]


def env(sender, received):
    return envelope(BOT[1], sender, received)


def dingtalk(frm, to, cc, subject, date, msgid, text, html, boundary, *, plain_only=False, in_reply_to=None, extra=()):
    h = [("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R151e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;"
          "HT=maildocker-contentspam033045220184;MF=" + frm[1] + ";NM=1;PH=DW;RN=6;SR=0;TI=W4_0.2.3_21C4A7F0_1775121923451_o7001c16e"),
         ("Date", L.rfc_date(date)),
         ("From", L.addr(frm[0], frm[1], "UTF-8", "B")),
         ("To", ",\n  ".join(L.addr(n, e, "UTF-8", "B") for n, e in to))]
    if cc:
        h.append(("Cc", ",\n  ".join(L.addr(n, e, "UTF-8", "B") for n, e in cc)))
    h += [("Message-ID", msgid)]
    if in_reply_to:
        h += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    h += [("Subject", L.ew(subject, "UTF-8", "B")), ("X-Priority", "3"), ("X-Mailer", "DingTalk Mail"),
          ("MIME-Version", "1.0")] + list(extra)
    if plain_only:
        top = M.text_part(text, "plain", "UTF-8", "base64", charset_style="{}")
    else:
        top = M.multipart("alternative", [M.text_part(text, "plain", "UTF-8", "base64", charset_style="{}"),
                                          M.text_part(html, "html", "UTF-8", "base64", charset_style="{}")], boundary)
    top.headers = h + top.headers
    return top


CASES = []

# ------------------------------------------------------------------ 7920
D7920 = L.when(2026, 4, 2, 17, 25, 40)
T7920 = [
    "各位老师：",
    "本周行政例会纪要如下，请各部门按分工落实。",
    "",
    "时间：4月2日（周四）下午4:10",
    "主持：周校长",
    "参会：钱淑芬、孟凡、冯桂兰、秦浩、申雨桐、付佳、韩冰",
    "",
    "【教务处】",
    "1. 钱老师：清明假期后第一个工作日上交各年级期中考试命题计划。",
    "2. 申老师：英语组公开课安排表，下周三前报教务处。",
    "【德育处】",
    "3. 孟主任：组织清明“网上祭英烈”主题班会，4月3日（周五）放学前各班上传照片。",
    "【总务处】",
    "4. 冯主任：假期校园安全检查及门卫值班安排，4月3日前报校长室。",
    "5. 付医生：春季传染病（诺如、流感）防控提醒，尽快通过家校群下发家长。",
    "【信息中心】",
    "6. 小秦：更新校园网站“清明假期安排”通知（已完成）。",
    "",
    "下次行政例会：4月9日（周四）下午4:10，三楼会议室。",
    "",
    "记录：韩冰",
]


def b7920():
    to = [P["周立伟"], P["钱淑芬"], P["孟凡"], P["冯桂兰"], P["秦浩"], P["申雨桐"], P["付佳"]]
    top = dingtalk(P["韩冰"], to, [BOT], "4月2日行政例会纪要", D7920,
                   "<c1a7e3f2-5b9d-4c8e-a1f0-2d3e4b5a6c7d.hanbing@syxx.example.cn>", plain(T7920),
                   div_html(T7920, font="PingFang SC"), "----=ALIBOUNDARY_61275_4b8d9c20_69ce35f4_3a1")
    top.headers = env(P["韩冰"][1], recv_ding(P["韩冰"][1], "10.13.204.77", D7920, "Xa3bC1d_1775121940")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7920, "school-admin-meeting-by-dept-dingtalk", "minutes", "C", "DingTalk mail",
    "multipart/alternative UTF-8 base64",
    "5 items under 【部门】 headings (清明假期后第一个工作日 = 04-07; 下周三 from Thu = 04-08; 放学前 no clock time; 尽快); 已完成 skipped; next 04-09 16:10",
    "plain school 行政例会 minutes grouped by department with 'title：task' lines (钱老师, 申老师, 孟主任, 冯主任, 付医生, 小秦)",
    b7920,
    [Item("钱淑芬", "上交各年级期中考试命题计划", ("after_hol", "Tomb-sweeping Day"), "2026-04-07"),
     Item("申雨桐", "英语组公开课安排表报教务处", ("next", 2), "2026-04-08"),
     Item("孟凡", "组织清明“网上祭英烈”主题班会，各班上传照片", ("md", 4, 3), "2026-04-03"),
     Item("冯桂兰", "假期校园安全检查及门卫值班安排报校长室", ("md", 4, 3), "2026-04-03"),
     Item("付佳", "春季传染病防控提醒通过家校群下发家长", ("vague",), None)],
    (("md", 4, 9), "2026-04-09", "16:10"),
    "Weekly admin minutes sent Thu 2026-04-02 17:25 +0800, grouped under 【教务处】/【德育处】/… headings; the person is the title before the colon: "
    "钱老师 = 钱淑芬, 申老师 = 申雨桐, 孟主任 = 孟凡, 冯主任 = 冯桂兰, 付医生 = 付佳, 小秦 = 秦浩 (roster aliases). "
    "'清明假期后第一个工作日' -> holiday 04-04..04-06, Tue 2026-04-07. '下周三前' from Thursday -> 2026-04-08. "
    "'4月3日（周五）放学前' -> 2026-04-03 with no time (放学 is not a clock time). 尽快 -> vague_due. Item 6 is marked 已完成 -> not an item. "
    "下次行政例会 4月9日（周四）下午4:10 -> 2026-04-09 16:10."))


# ------------------------------------------------------------------ 7921
D7921 = L.when(2026, 4, 20, 16, 50, 19)
TAB7921 = [
    ["序号", "工作内容", "负责人", "完成时间", "备注"],
    ["1", "开放日流程及家长签到表", "主责：杜老师 / 配合：韩老师", "4月24日前", "签到表用上学期模板"],
    ["2", "公开课课表与教室安排", "钱老师", "本周五", "需报周校长审定"],
    ["3", "多媒体设备调试、直播测试", "主责：秦老师 / 配合：各班主任", "下周一上午10点前", "开放日为4月28日（周二）"],
    ["4", "校门口交通疏导及家长车辆停放", "牛队", "4/27", "联系交警中队"],
    ["5", "家长问卷（纸质+线上）发放与回收", "德育处", "4月28日当天", ""],
    ["6", "邀请函发放", "各班主任", "已完成", "4月17日已发"],
]
T7921 = [
    "各位老师：",
    "今天一年级家长开放日筹备会的分工表如下（Excel里直接贴的）：",
    "",
    ("table", TAB7921),
    "",
    "备注：开放日当天上午7:40全体班主任到岗。",
    "下次筹备会：4月24日（周五）中午12:30，一年级组办公室。",
    "",
    "杜晓萌",
    "一年级组",
]


def b7921():
    html = div_html([b if not isinstance(b, tuple) else ("raw", _table_html(b[1], "excel")) for b in T7921], font="PingFang SC")
    to = [P["钱淑芬"], P["秦浩"], P["牛建设"], P["孟凡"], P["韩冰"]]
    top = dingtalk(P["杜晓萌"], to, [P["周立伟"], BOT], "一年级家长开放日筹备会纪要（4.20）", D7921,
                   "<8e2f4a6c-1b3d-4f5a-9c7e-3a4b5c6d7e8f.duxm@syxx.example.cn>", plain(T7921), html,
                   "----=ALIBOUNDARY_73051_4c2e8a10_69e5e9eb_7b4")
    top.headers = env(P["杜晓萌"][1], recv_ding(P["杜晓萌"][1], "10.13.206.15", D7921, "Xb7K2pQ_1776675019")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7921, "open-day-excel-table-dingtalk", "minutes", "C", "DingTalk mail",
    "multipart/alternative UTF-8 base64 (HTML table pasted from Excel, tab-separated plain)",
    "5 items (主责/配合 cells; 本周五; 下周一上午10点前; 4/27; dept-only 4月28日当天); 已完成 row skipped; next 04-24 12:30",
    "Excel table with '主责：X / 配合：Y' cells, title owners, M/D date, a dated remark ('开放日为4月28日') and a rule line with a time",
    b7921,
    [Item("杜晓萌", "开放日流程及家长签到表", ("md", 4, 24), "2026-04-24"),
     Item("钱淑芬", "公开课课表与教室安排", ("this", 4), "2026-04-24"),
     Item("秦浩", "多媒体设备调试、直播测试", ("next", 0), "2026-04-27", "10:00"),
     Item("牛建设", "校门口交通疏导及家长车辆停放", ("md", 4, 27), "2026-04-27"),
     Item(("dept", "德育处"), "家长问卷（纸质+线上）发放与回收", ("md", 4, 28), "2026-04-28")],
    (("md", 4, 24), "2026-04-24", "12:30"),
    "Open-day preparation table sent Mon 2026-04-20 16:50 +0800. Owners: 主责 only (杜老师 = 杜晓萌, 秦老师 = 秦浩; 韩老师 and 各班主任 are 配合). "
    "钱老师 = 钱淑芬, 牛队 = 牛建设. '本周五' -> 2026-04-24; '下周一上午10点前' -> 2026-04-27 10:00; '4/27' -> 2026-04-27; "
    "row 5 names only 德育处 -> no_owner, department 德育处, '4月28日当天' -> 2026-04-28. Row 6 已完成 -> not an item. "
    "The remark '开放日为4月28日（周二）' and the rule '当天上午7:40全体班主任到岗' are not items. 下次筹备会 4月24日（周五）中午12:30 -> 2026-04-24 12:30."))


# ------------------------------------------------------------------ 7922
D7922 = L.when(2026, 5, 6, 17, 10, 33)
T7922 = [
    "德育处“六一”活动筹备会纪要",
    "",
    "时间：5月6日 15:30",
    "地点：德育处",
    "参加：孟凡、韩冰、杜晓萌、付佳、冯桂兰",
    "",
    "一、会议确定今年“六一”活动主题为“童心向党 快乐成长”，5月29日（周五）下午在操场举行，低年级节目不超过6个。",
    "二、分工",
    "1. 韩老师：①5月9日（周六，调休上课）前收齐各班节目报名表；②本周五前拟定节目单初稿。",
    "2. 杜老师：一年级入队仪式流程设计，3个工作日内交孟主任。",
    "3. 冯主任：①舞台、音响租赁询价，下周一前；②活动当天后勤保障方案，5月20日前。",
    "4. 付医生：准备活动当天的医疗保障方案。",
    "三、下周三同一时间再碰一次，各人汇报进度。",
    "",
    "孟凡",
    "德育处",
]


def b7922():
    to = [P["韩冰"], P["杜晓萌"], P["付佳"], P["冯桂兰"]]
    top = dingtalk(P["孟凡"], to, [P["周立伟"], BOT], "“六一”活动筹备会纪要", D7922,
                   "<2b4d6f8a-0c1e-4a3b-8d5f-7e9a1b2c3d4e.mengfan@syxx.example.cn>", plain(T7922), None, None,
                   plain_only=True)
    top.headers = env(P["孟凡"][1], recv_ding(P["孟凡"][1], "10.13.205.31", D7922, "Xc1R8mT_1778058633")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7922, "sub-tasks-circled-plain-dingtalk", "minutes", "C", "DingTalk mail (plain text)",
    "single text/plain UTF-8 base64",
    "6 items (①② split per owner; 5月9日 make-up Saturday; 3个工作日内 from Wed = 05-09; 下周一; no_due); next 05-13 15:30 ('下周三同一时间')",
    "①② sub-tasks under one owner are separate items; a decision line with a date; 'same time next Wednesday' from the 时间 header",
    b7922,
    [Item("韩冰", "收齐各班节目报名表", ("md", 5, 9), "2026-05-09"),
     Item("韩冰", "拟定节目单初稿", ("this", 4), "2026-05-08"),
     Item("杜晓萌", "一年级入队仪式流程设计，交孟主任", ("wdays", 3), "2026-05-09"),
     Item("冯桂兰", "舞台、音响租赁询价", ("next", 0), "2026-05-11"),
     Item("冯桂兰", "活动当天后勤保障方案", ("md", 5, 20), "2026-05-20"),
     Item("付佳", "准备活动当天的医疗保障方案", ("none",), None)],
    (("next", 2), "2026-05-13", "15:30"),
    "Plain minutes sent Wed 2026-05-06 17:10 +0800, the first working day after Labour Day. 韩老师 = 韩冰: ① '5月9日（周六，调休上课）前' -> 2026-05-09 "
    "(the make-up working Saturday), ② '本周五前' -> 2026-05-08. 杜老师 = 杜晓萌: '3个工作日内' from Thu 05-07 (1), Fri 05-08 (2), Sat 05-09 make-up (3) "
    "-> 2026-05-09. 冯主任 = 冯桂兰: ① '下周一前' -> 2026-05-11, ② 5月20日前 -> 2026-05-20. 付医生 = 付佳, no deadline -> no_due "
    "('活动当天' describes what the plan covers, not when it is due). 一、is a decision (its 5月29日 is the event date). "
    "'下周三同一时间再碰一次' with 时间 5月6日 15:30 -> 2026-05-13 15:30."))


# ------------------------------------------------------------------ 7923
D7923 = L.when(2026, 5, 26, 18, 20, 15)
PRE7923 = [
    "钱主任、各位：",
    "下面是今天下午会议的钉钉AI纪要，我大致看了下。AI摘要有的地方不准（测试环境我说的是月底），以待办为准。",
    "",
    "秦浩",
    "信息中心",
    "",
    "-------- 转发邮件信息 --------",
    "发件人：\"钉钉\" <no-reply@notice.dingtalk.example.com>",
    "发送日期：2026-05-26 16:12:08",
    "收件人：\"秦浩\" <qinhao@syxx.example.cn>",
    "主题：【智能纪要】智慧校园平台升级讨论",
    "",
]
AI7923 = [
    "智能纪要",
    "会议主题：智慧校园平台升级讨论",
    "会议时间：2026年5月26日 15:00 - 16:05",
    "参会人：秦浩、钱淑芬、申雨桐、冯桂兰、周立伟",
    "",
    "摘要",
    "本次会议讨论了智慧校园平台的升级方案。秦浩提出6月1日前完成测试环境部署，并介绍了成绩录入、家校通知两个模块的改造思路；钱淑芬表示成绩录入模块需要在期末考试前上线；"
    "冯桂兰提到服务器采购需要走预算审批；周立伟要求暑假前完成全部升级。",
    "",
    "章节",
    "00:02 平台现状回顾",
    "15:40 成绩录入模块需求",
    "42:10 服务器采购与预算",
    "",
    "待办事项",
    "1. 完成测试环境部署（@秦浩，本月底前）",
    "2. 提交成绩录入模块需求清单（@钱淑芬，6月1日前）",
    "3. 确认服务器采购预算（@冯桂兰，截止时间：待定）",
    "4. 整理英语口语测评功能需求（@申雨桐）",
    "",
    "发言人分析",
    "秦浩 发言占比 46%｜钱淑芬 21%｜周立伟 15%｜冯桂兰 10%｜申雨桐 8%",
    "",
    "以上内容由钉钉AI助理生成，请注意甄别",
]


def b7923():
    T = PRE7923 + AI7923
    e = H.escape
    html = ("<div style=\"font-family:PingFang SC;font-size:14px\">" + "".join(f"<div>{e(x) if x else '<br>'}</div>" for x in PRE7923)
            + "<div style=\"background:#f5f6f7;padding:12px;border-radius:6px\">"
            + "".join(f"<div>{e(x) if x else '<br>'}</div>" for x in AI7923) + "</div></div>")
    top = dingtalk(P["秦浩"], [P["钱淑芬"], P["申雨桐"], P["冯桂兰"]], [P["周立伟"], BOT],
                   "转发：【智能纪要】智慧校园平台升级讨论", D7923,
                   "<5f7a9c1e-3b5d-4e7f-a0c2-4e6f8a0b2c4d.qinhao@syxx.example.cn>", plain(T), html,
                   "----=ALIBOUNDARY_88214_4d9a3c70_6a154a17_2f0")
    top.headers = env(P["秦浩"][1], recv_ding(P["秦浩"][1], "10.13.204.90", D7923, "Xd4T7nV_1779790815")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7923, "dingtalk-ai-minutes-forwarded", "minutes", "C", "DingTalk mail (forward)",
    "multipart/alternative UTF-8 base64",
    "4 items from 待办事项 only (本月底 = 05-31; 6月1日前; 待定; no date); summary's conflicting '6月1日前' ignored; no next meeting",
    "钉钉 智能纪要 forwarded with a preface: 摘要/章节/发言人分析 are not items; owners in '(@name, deadline)' after each to-do",
    b7923,
    [Item("秦浩", "完成测试环境部署", ("month_end",), "2026-05-31"),
     Item("钱淑芬", "提交成绩录入模块需求清单", ("md", 6, 1), "2026-06-01"),
     Item("冯桂兰", "确认服务器采购预算", ("vague",), None),
     Item("申雨桐", "整理英语口语测评功能需求", ("none",), None)],
    None,
    "DingTalk AI minutes forwarded by 秦浩 on Tue 2026-05-26 18:20 +0800 with a preface. Only 待办事项 counts: the 摘要 says 秦浩 would deploy "
    "'6月1日前', but the to-do (and the preface) say 本月底前 -> 2026-05-31 (a Sunday; kept as written). 钱淑芬 6月1日前 -> 2026-06-01. "
    "冯桂兰 '截止时间：待定' -> vague_due. 申雨桐 has no deadline -> no_due. The forwarded DingTalk header block (发件人/发送日期) is not a quote to drop; "
    "the preface and 发言人分析 add no items. No next meeting ('暑假前完成全部升级' in the summary is a goal)."))


# ------------------------------------------------------------------ 7924
D7924 = L.when(2026, 6, 12, 15, 5, 44)
EMILY = ("Emily Carter", "emily.carter@globalteach.example.com")
T7924 = [
    "Hi all,",
    "",
    "Notes from today's English team meeting (Grade 3-6 oral exam prep).",
    "",
    "Decisions",
    "- Oral exam on Jun 29-30, two examiners per room, 5 minutes per student.",
    "",
    "Action items",
    "- [x] @Tina book rooms 301-304 for the oral exam (done in the meeting)",
    "- [ ] @Daniel finalize the oral exam question bank by next Wed",
    "- [ ] @Emily prepare the scoring rubric for Grade 3-4 before the Dragon Boat break",
    "- [ ] @Tina send the exam schedule to homeroom teachers by Jun 24",
    "- [ ] @Ms Qian confirm the examiner list",
    "",
    "Next sync: Mon Jun 22, 4:20pm (right after the holiday)",
    "",
    "Cheers,",
    "Daniel",
    "",
    "Sent from my Android phone",
]


def b7924():
    e = H.escape
    html = '<div dir="auto">' + "".join(f'<div dir="auto">{e(x) if x else "<br>"}</div>' for x in T7924) + "</div>\n"
    top = C.gmail(P["Daniel Okafor"], [("Tina Shen", P["申雨桐"][1]), P["钱淑芬"]], [EMILY, BOT],
                  "English team meeting notes - 12 Jun", D7924,
                  "<CAJ8fR2mYk4nP6qL0sT3vX9bZ1cE5gH7jK2mN4pQ6rS8uW0yA3B@mail.gmail.com>", plain(T7924), html,
                  boundary="0000000000009d1e4b061d8f3c27")
    rec = recv_ding(P["Daniel Okafor"][1], "209.85.128.175", D7924, "Xe9W1qL_1781247944")
    top.headers = env(P["Daniel Okafor"][1], rec) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7924, "english-checkbox-actions-gmail-app", "minutes", "C", "Gmail app (Android), foreign-teacher agency",
    "multipart/alternative UTF-8 quoted-printable",
    "4 open '- [ ] @name' items ([x] skipped; by next Wed; before the Dragon Boat break = 06-18; by Jun 24; no date); next 06-22 16:20",
    "markdown checkbox action items with @first names (Tina, Ms Qian via roster aliases; Emily via Cc; the writer Daniel) written by an outside teacher",
    b7924,
    [Item("Daniel Okafor", "finalize the oral exam question bank", ("next", 2), "2026-06-17"),
     Item(("ext",) + EMILY, "prepare the scoring rubric for Grade 3-4", ("before_hol", "Dragon Boat Festival"), "2026-06-18"),
     Item("申雨桐", "send the exam schedule to homeroom teachers", ("md", 6, 24), "2026-06-24"),
     Item("钱淑芬", "confirm the examiner list", ("none",), None)],
    (("md", 6, 22), "2026-06-22", "16:20"),
    "English notes from the agency's foreign teacher, sent from the Gmail app on Fri 2026-06-12 15:05 +0800. '- [x]' is done -> not an item. "
    "@Daniel is the writer (roster outsider): 'by next Wed' -> Wednesday of next week, 2026-06-17. @Emily = Emily Carter in Cc -> "
    "emily.carter@globalteach.example.com, department null; 'before the Dragon Boat break' -> last working day before 06-19..06-21 = 2026-06-18. "
    "@Tina = 申雨桐 (alias Tina), 'by Jun 24' -> 2026-06-24. @Ms Qian = 钱淑芬 (alias Ms Qian), no date -> no_due. "
    "The exam dates in Decisions are facts. 'Next sync: Mon Jun 22, 4:20pm' -> 2026-06-22 16:20."))


# ------------------------------------------------------------------ 7925
D7925 = L.when(2026, 6, 4, 19, 30, 26)
T7925 = [
    "冯主任、牛队长：",
    "",
    "今天下午校车安全协调会的纪要整理如下，请审阅：",
    "",
    "1. 安达校车：明天下午3点前提供全部8辆校车的年检及保险复印件。（侯振宇）",
    "2. 学校总务处：6月10日前更新乘车学生名单及站点表。（冯主任）",
    "3. 牛队：放学时段校门口校车停靠区划线，端午节前完成。",
    "4. 双方：暑假前组织一次校车应急疏散演练，时间待定。",
    "5. 每周五安达校车报送车辆安全检查表，长期执行。",
    "",
    "下次会议时间待定。",
    "",
    "侯振宇",
    "郑州安达校车服务有限公司 运营部",
    "手机：13938257716",
]


def b7925():
    html = div_html(T7925, charset="GBK", font="宋体", size="14px")
    h = [("Date", L.rfc_date(D7925, tzname="CST")),
         ("From", L.addr(*P["侯振宇"], charset="GBK")),
         ("To", ", ".join(L.addr(n, e, "GBK") for n, e in [P["冯桂兰"], P["牛建设"]])),
         ("Cc", ", ".join(L.addr(n, e, "GBK") for n, e in [P["周立伟"], BOT])),
         ("Subject", L.ew("校车安全协调会纪要（6月4日）", "GBK")),
         ("X-Priority", "3"),
         ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 163com"),
         ("X-NTES-SC", "AL_Qu2cAfqbvEgu4iSfZOkfn0kXhew7W8G0u/Ut2YRSP5E0mCvE4jwnVG9NJ3b6/eaOCxiOnQuYbC5X8PJ9fa5BpIZB3rDW7b8q2Pr1FnXd/wwQoA=="),
         ("MIME-Version", "1.0")]
    alt = M.multipart("alternative", [M.text_part(plain(T7925), "plain", "GBK", "base64", "gbk", charset_style="{}"),
                                      M.text_part(html, "html", "GBK", "base64", "gbk", charset_style="{}")],
                      "----=_Part_218874_1327793845.1780572626103")
    tail = [("Message-ID", "<3f6b2a1c.5d8e.19e92c3b4a7.Coremail.houzhenyu2008@163.example.com>"),
            ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", "_____wD3P3VWYmFqF0FGAA--.12870W"),
            ("X-CM-SenderInfo", "xkrx6xhkqhqtrqjy6rwnrlqqrwthudrp/1tbiTRFmRGhxyZ6ZoAAAs5"),
            ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==")]
    rec = [f"from m16.mail.163.example.com (m16.mail.163.example.com [220.197.31.4])\n          by mx.aliyun-inc.example.com with ESMTP;\n          {L.rfc_date(D7925 + dt.timedelta(seconds=2), pad=True)}",
           f"from houzhenyu2008$163.example.com ( [111.7.96.23] ) by\n ajax-webmail-wmsvr-40-111 (Coremail) ; {L.rfc_date(D7925, tzname='GMT+08:00')}"]
    alt.headers = env(P["侯振宇"][1], rec) + h + alt.headers + tail
    return M.serialize(alt)


CASES.append(Case(
    7925, "bus-contractor-minutes-163-gbk", "minutes", "C", "163.com webmail (contractor)",
    "multipart/alternative GBK base64",
    "4 items (contractor's own item 明天下午3点前; unit with person in brackets; 端午节前 = 06-18; 双方 no_owner 待定); weekly rule skipped; next null",
    "minutes written by an outside contractor: '单位：task（person）' with the person after the task; 双方; standing rule; 下次会议时间待定",
    b7925,
    [Item("侯振宇", "提供全部8辆校车的年检及保险复印件", ("tomorrow",), "2026-06-05", "15:00"),
     Item("冯桂兰", "更新乘车学生名单及站点表", ("md", 6, 10), "2026-06-10"),
     Item("牛建设", "放学时段校门口校车停靠区划线", ("before_hol", "Dragon Boat Festival"), "2026-06-18"),
     Item(("dept", None), "组织一次校车应急疏散演练", ("vague",), None)],
    None,
    "Minutes written by the school-bus contractor from his 163.com mailbox (GBK) on Thu 2026-06-04 19:30 +0800; he is a roster outsider. "
    "1 '安达校车：…（侯振宇）' -> owner 侯振宇 (the writer), 明天下午3点前 -> 2026-06-05 15:00. 2 '学校总务处：…（冯主任）' -> 冯桂兰, 2026-06-10. "
    "3 牛队 = 牛建设; '端午节前' -> last working day before Dragon Boat (06-19..06-21) = 2026-06-18. 4 '双方' is no one person and no unit of ours -> "
    "owner null, department null, no_owner; '时间待定' -> vague_due. 5 is a standing weekly rule. '下次会议时间待定' -> next_followup null. "
    "The bot may refuse commands from outside domains, but parse must still read the minutes."))


# ------------------------------------------------------------------ 7926
D7926 = L.when(2026, 6, 22, 12, 40, 9)
NEW7926 = [
    "各位老师：",
    "上午期末考务会纪要如下：",
    "1. 杜老师（一年级组）：6月24日（周三）前上交一年级考场座位表。",
    "2. 申老师：本周四前完成英语试卷校对并送印。",
    "3. 秦老师：7月1日前开通各年级成绩录入系统权限。",
    "4. 冯主任：期末阅卷场地及茶水保障，下周一前落实。",
    "下周一（6月29日）下午4点开考务碰头会。",
    "",
    "发自网易邮箱大师",
]
OLD7926 = [
    "各位老师：",
    "期末考试定于6月29日至7月1日。请各年级组长6月18日前报送监考教师名单，信息中心6月26日前完成考场编排系统测试。",
    "钱淑芬",
]


def b7926():
    qh = [("发件人", "钱淑芬<qiansf@syxx.example.cn>"), ("日期", "2026年06月15日 17:02"),
          ("收件人", "杜晓萌<duxm@syxx.example.cn>、申雨桐<shenyt@syxx.example.cn>、秦浩<qinhao@syxx.example.cn>、冯桂兰<fenggl@syxx.example.cn>"),
          ("抄送至", "纪要助手<minutes@syxx.example.cn>"), ("主题", "期末考试工作安排")]
    T = NEW7926 + ["---- 回复的原邮件 ----"] + [f"| {k} | {v} |" for k, v in qh] + OLD7926
    e = H.escape
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">"
            + "".join(f"<div>{e(x) if x else '<br>'}</div>" for x in NEW7926[:-2])
            + "<div><br></div><div id=\"ntes-iosmail-signature\"><div style=\"font-size:12px;color:#8f8f8f\">发自网易邮箱大师</div></div>"
            "<div class=\"J-reply\" style=\"background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;border-radius:3px;"
            "-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:'Microsoft YaHei';\">"
            "<div style=\"font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px\">---- 回复的原邮件 ----</div>"
            "<table class=\"J-mail-info\" style=\"font-size:12px;margin-left:10px\">"
            + "".join(f"<tr><td style=\"color:#a0a0a0\">{k}</td><td>{e(v)}</td></tr>" for k, v in qh)
            + "</table></div><div>" + "".join(f"<div>{e(x)}</div>" for x in OLD7926) + "</div></div></body></html>")
    h = [("Date", L.rfc_date(D7926)), ("From", L.addr(*P["钱淑芬"])),
         ("To", ", ".join(L.addr(*x) for x in [P["杜晓萌"], P["申雨桐"], P["秦浩"], P["冯桂兰"]])),
         ("Cc", L.addr(*BOT)),
         ("Message-ID", "<2f9e7c1a.4b6d.19f1e3a5c7b.MailMaster@syxx.example.cn>"),
         ("In-Reply-To", "<4d1a8b3e-6c2f-4e9a-b1d7-5f3e2a1c9b8d.qiansf@syxx.example.cn>"),
         ("References", "<4d1a8b3e-6c2f-4e9a-b1d7-5f3e2a1c9b8d.qiansf@syxx.example.cn>"),
         ("Subject", L.ew("Re: 期末考试工作安排")), ("MIME-Version", "1.0")]
    alt = M.multipart("alternative", [M.text_part(plain(T), "plain", "UTF-8", "base64", charset_style="{}"),
                                      M.text_part(html, "html", "UTF-8", "base64", charset_style="{}")],
                      "----=_Part_1077513_NetEaseMailMaster.1782103209")
    tail = [("X-Mailer", "NetEase Mail Master 7.19.4 (iPhone)"), ("X-Priority", "3")]
    alt.headers = env(P["钱淑芬"][1], recv_ding(P["钱淑芬"][1], "39.144.103.52", D7926, "Xf2H5kJ_1782103209")) + h + alt.headers + tail
    return M.serialize(alt)


CASES.append(Case(
    7926, "reply-new-minutes-mailmaster-quote", "minutes", "C", "NetEase Mail Master (iPhone)",
    "multipart/alternative UTF-8 base64",
    "4 items (6月24日（周三）前; 本周四 from Mon = 06-25; 7月1日前; 下周一 = 06-29); quoted arrangement ignored; next 06-29 16:00",
    "new minutes typed on a phone as 'Re:' to the earlier arrangement; Mail Master '---- 回复的原邮件 ----' table quote with its own dated requests",
    b7926,
    [Item("杜晓萌", "上交一年级考场座位表", ("md", 6, 24), "2026-06-24"),
     Item("申雨桐", "完成英语试卷校对并送印", ("this", 3), "2026-06-25"),
     Item("秦浩", "开通各年级成绩录入系统权限", ("md", 7, 1), "2026-07-01"),
     Item("冯桂兰", "期末阅卷场地及茶水保障", ("next", 0), "2026-06-29")],
    (("md", 6, 29), "2026-06-29", "16:00"),
    "Exam-affairs minutes sent as a reply from NetEase Mail Master on Mon 2026-06-22 12:40 +0800 (first working day after Dragon Boat). "
    "The quoted 06-15 mail below '---- 回复的原邮件 ----' (its '6月18日前', '6月26日前' requests to groups) is not part of these minutes. "
    "杜老师 = 杜晓萌 -> 2026-06-24; 申老师 = 申雨桐, '本周四前' -> 2026-06-25; 秦老师 = 秦浩 -> 2026-07-01; 冯主任 = 冯桂兰, '下周一前' -> 2026-06-29. "
    "'下周一（6月29日）下午4点开考务碰头会' -> 2026-06-29 16:00. '发自网易邮箱大师' is the signature."))


# ------------------------------------------------------------------ 7927
D7927 = L.when(2026, 6, 30, 10, 22, 51)
T7927 = [
    "周校长：",
    "周四（7月2日）下午我要去区教育局开后勤安全会，建议部署会放在周五（7月3日）上午9点，我这边没问题。",
    "总务处需要准备的暑期维修计划，我周四上午前发给韩老师汇总。",
    "",
    "冯桂兰",
    "",
    "在 2026-06-30 08:47:12，\"周立伟\" <zhoulw@syxx.example.cn> 写道：",
    ">各位：",
    ">暑期工作部署会拟定在7月2日（周四）下午3点或7月3日（周五）上午9点召开，请各部门今天下班前回复哪个时间合适。",
    ">纪要助手抄送备查。",
    ">",
    ">周立伟",
]


def b7927():
    top = dingtalk(P["冯桂兰"], [P["周立伟"]], [P["钱淑芬"], P["孟凡"], P["韩冰"], BOT], "回复：暑期工作部署会时间征询", D7927,
                   "<7b9d1f3a-5c7e-4a0b-9d2f-6a8c0e2b4d6f.fenggl@syxx.example.cn>", plain(T7927), None, None,
                   plain_only=True, in_reply_to="<0a2c4e6f-8b1d-4f3a-a5c7-9e1b3d5f7a9c.zhoulw@syxx.example.cn>")
    top.headers = env(P["冯桂兰"][1], recv_ding(P["冯桂兰"][1], "10.13.207.44", D7927, "Xg6M3rZ_1782786171")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7927, "other-meeting-time-discussion-dingtalk", "other", "C", "DingTalk mail (plain reply)",
    "single text/plain UTF-8 base64",
    "other: no items, no follow-up",
    "a reply discussing when to hold a meeting (two candidate times, a preference, a small promise), bot in Cc from the original",
    b7927, [], None,
    "冯桂兰 answers the principal's poll about the summer planning meeting (Tue 2026-06-30 10:22). It proposes a time (周五7月3日上午9点) and makes a small "
    "personal promise, but no meeting has been held and nothing is minuted; the meeting time is not yet decided. The bot is in Cc only because the "
    "principal copied it. kind other, no items, next_followup null (a proposal is not a scheduled follow-up of minutes)."))


# ------------------------------------------------------------------ 7928
D7928 = L.when(2026, 6, 2, 17, 30, 5)


def b7928():
    e = H.escape
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>钉钉</title></head>"
            "<body style=\"margin:0;background:#f2f3f5\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#ffffff;border-radius:8px;font-family:PingFang SC,Microsoft YaHei;font-size:14px\">"
            "<tr><td style=\"padding:24px\"><img src=\"https://img.dingtalk.example.com/logo.png\" width=\"88\" alt=\"钉钉\"></td></tr>"
            "<tr><td style=\"padding:0 24px;font-size:18px;font-weight:600\">你参加的会议「教务处周会」智能纪要已生成</td></tr>"
            "<tr><td style=\"padding:12px 24px;color:#86909c\">会议时间：2026-06-02 15:30-16:20 · 组织者：钱淑芬</td></tr>"
            "<tr><td style=\"padding:0 24px\"><b>待办（3）</b><ul>"
            "<li>钱淑芬：6月5日前提交期末复习计划</li><li>申雨桐：下周一前完成英语听力材料录制</li><li>杜晓萌：尽快统计一年级缺考学生</li>"
            "</ul></td></tr>"
            "<tr><td style=\"padding:12px 24px\"><a href=\"https://meeting.dingtalk.example.com/minutes/8c2f1a7e\" "
            "style=\"background:#3370ff;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none\">查看完整纪要</a></td></tr>"
            "<tr><td style=\"padding:24px;color:#c9cdd4;font-size:12px\">此邮件由系统自动发送，请勿回复。如不想接收此类邮件，可在钉钉“设置-通知”中关闭。<br>"
            "钉钉（中国）信息技术有限公司</td></tr></table></td></tr></table></body></html>\n")
    part = M.text_part(html, "html", "UTF-8", "base64", charset_style="{}")
    h = [("Date", L.rfc_date(D7928)),
         ("From", L.addr("钉钉", "no-reply@notice.dingtalk.example.com")),
         ("To", L.addr(*BOT)),
         ("Message-ID", "<notify.20260602173005.8c2f1a7e.3301@notice.dingtalk.example.com>"),
         ("Subject", L.ew("【钉钉】会议「教务处周会」智能纪要已生成")),
         ("MIME-Version", "1.0"),
         ("Auto-Submitted", "auto-generated"),
         ("Precedence", "bulk"),
         ("X-Auto-Response-Suppress", "All"),
         ("List-Unsubscribe", "<https://notice.dingtalk.example.com/unsubscribe?t=8c2f1a7e3301>"),
         ("X-Mailer", "DingTalk Notify")]
    rec = [f"from notice.dingtalk.example.com (notice.dingtalk.example.com [47.246.136.20])\n          by mx.aliyun-inc.example.com with ESMTP;\n          {L.rfc_date(D7928 + dt.timedelta(seconds=1), pad=True)}"]
    part.headers = env("bounce-8c2f1a7e@notice.dingtalk.example.com", rec) + h + part.headers
    return M.serialize(part)


CASES.append(Case(
    7928, "auto-dingtalk-ai-minutes-notification", "auto", "C", "DingTalk system notification",
    "single text/html UTF-8 base64",
    "auto: no items, no follow-up",
    "a machine-sent 'AI minutes are ready' notice whose body previews 待办 lines with owners and deadlines (6月5日前, 下周一前, 尽快)",
    b7928, [], None,
    "DingTalk's automatic notification (Tue 2026-06-02 17:30) that AI minutes were generated, sent to the bot because its address was on the meeting. "
    "Auto-Submitted: auto-generated, Precedence: bulk, List-Unsubscribe and a no-reply sender: no person wrote it, so kind auto even though it "
    "previews three to-dos. Compare 7923, where a person forwards such minutes and vouches for the 待办: that one is minutes."))
