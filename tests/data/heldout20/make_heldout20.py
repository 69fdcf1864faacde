#!/usr/bin/env python3
"""heldout20 generator: writes NNN-slug.eml/.json, roster.csv.  Deterministic (no clock, no randomness).

    /work/blind/venv/bin/python make_heldout20.py [OUTDIR]
    /work/blind/venv/bin/python make_heldout20.py --check [DIR]   # recompute every gold date + compare files
"""
import csv, io, json, sys, zipfile, datetime as dt, html as H
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_infra import *

CASES = []

def case(num, slug, eml, g):
    CASES.append(("%d-%s" % (num, slug), eml, g))

def bot(org):
    return BOTS[org]

def recap_text(org, title, rows, t):
    b = bot(org)
    s = "%s，您好：\n\n%s 已登记以下事项：\n\n序号\t事项\t负责人\t截止时间\n" % ("各位", title)
    for i, (task, own, due) in enumerate(rows, 1):
        s += "%d\t%s\t%s\t%s\n" % (i, task, own, due)
    s += ("\n如有异议请于今日内回复（截止 %d月%d日 18:00），逾期视为无异议。\n回复“确认”、“有异议+原因”、“第N项已完成”、"
          "“第N项进度80%%”、“第N项延期至X月X日”即可更新事项。\n\n-- \n%s <%s>\n" % (t.month, t.day, b[0], b[1]))
    return s

def q_outlook(frm, t, to, subject, text):
    return ("\n\n发件人: %s <%s>\n发送时间: %d年%d月%d日 %d:%02d\n收件人: %s\n主题: %s\n\n%s"
            % (frm[0], frm[1], t.year, t.month, t.day, t.hour, t.minute, "; ".join("%s <%s>" % p for p in to), subject, text))

def q_foxmail(frm, t, to, subject, text):
    return ("\n\n\n\n发件人： %s\n发送时间： %s\n收件人： %s\n主题： %s\n%s"
            % (frm[0], t.strftime("%Y-%m-%d %H:%M"), "; ".join(p[0] for p in to), subject, text))

def q_coremail(frm, t, to, subject, text):
    return ("\n\n\n-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s\n收件人:%s\n主题:%s\n\n%s"
            % (frm[0], frm[1], t.strftime("%Y-%m-%d %H:%M:%S (%A)").replace("(", "(星期").replace("Monday", "一").replace("Tuesday", "二").replace("Wednesday", "三").replace("Thursday", "四").replace("Friday", "五").replace("Saturday", "六").replace("Sunday", "日"),
               ", ".join("\"%s\" <%s>" % p for p in to), subject, text))

def q_gmail_en(frm, t, text):
    h12 = t.hour % 12 or 12
    attr = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WEN[t.weekday()], MEN[t.month - 1], t.day, t.year, h12,
                                                           t.minute, "AM" if t.hour < 12 else "PM", frm[0], frm[1])
    return "\n\n" + attr + "\n\n" + "".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) .replace("", "") if False else \
        "\n\n" + attr + "\n\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def bot_reply_to(org, tok):
    n, e = bot(org)
    l, d = e.split("@")
    return (n, "%s+%s@%s" % (l, tok, d))

def recap_mid(org, tag):
    return "<r.%s.%s@%s>" % (tag, hid(tag, 10), bot(org)[1].split("@")[1])

# =====================================================================================================
# 桂南糖业 (Nanning sugar refinery + ethanol plant)
# =====================================================================================================
t = T("2025-11-14 17:40:12"); s = t.date()
txt = """各位：

11月14日生产调度会纪要如下，请各责任人抓紧落实。

一、榨季进度
本周入榨甘蔗4.6万吨，日均处理量6580吨，产糖率11.8%，与去年同期基本持平。

二、存在问题
1. 3号压榨机主轴温度偏高，周三停机2小时。
2. 部分蔗区砍运不均衡，周四下午断料40分钟。

三、待办事项
1. 蒙建华：3号压榨机主轴承检修，11月18日前完成并出检修记录；
2. 陆海燕：重排下周各蔗区砍运计划，下周一上午10点前报调度室；
3. 梁秀英：锅炉烟气在线监测数据比对，月底前完成；
4. 各车间：交接班安全确认制度长期执行，不得漏签。

下次调度会：11月21日（周五）上午8:30，三楼调度室。

生产部  韦丽萍
电话：0771-4823316
"""
to = [who(k) for k in ("qin", "huang", "meng", "lu", "liang", "nong")]
eml, mid3901 = build("foxmail", who("wei"), to, [bot("S")], "11月14日生产调度会纪要", t, txt, html_of_text(txt, "宋体", "10.5pt"),
                     cs="GBK", cte="base64", dom=bot("S")[1])
case(3901, "sugar-dispatch-foxmail-gbk", eml, gold("minutes",
    "Ordinary 调度会 minutes (Foxmail GBK base64, text+HTML), sent Fri 2025-11-14. 11月18日前 -> 2025-11-18; 下周一上午10点前 -> Mon 2025-11-17 10:00; 月底前 -> 2025-11-30. Line 4 (各车间 …制度长期执行) is a standing rule, not an item. 二、存在问题 are facts ('周三停机2小时' is not a deadline). Next meeting 2025-11-21 08:30 (a Friday).",
    [item("meng", "3号压榨机主轴承检修并出检修记录", "2025-11-18", calc=D(2025, 11, 18)),
     item("lu", "重排下周各蔗区砍运计划报调度室", "2025-11-17", "10:00", calc=nwk(s, 0)),
     item("liang", "锅炉烟气在线监测数据比对", "2025-11-30", calc=month_end(s))],
    fu("2025-11-21", "08:30", calc=D(2025, 11, 21))))

t = T("2025-11-03 21:52:40"); s = t.date()
txt = "明早8点前黄工把2号蒸发罐结垢情况报我；韦厂长牵头，周三前把开机联动试车方案定下来。其余按会上说的办。\n\n发自我的iPhone\n"
eml, _ = build("iphone", who("qin"), [who("wei"), who("huang")], [bot("S"), who("meng")], "今晚调度会", t, txt, cs="utf-8",
               cte="base64", dom=bot("S")[1])
case(3902, "sugar-one-line-manager-iphone", eml, gold("minutes",
    "One-line minutes from the plant manager on his phone (Mon 2025-11-03 21:52). Owners only by title/alias: 黄工 = 黄志刚, 韦厂长 = 韦丽萍 (both also in To). 明早8点前 -> 2025-11-04 08:00; 周三前 -> this week's Wednesday 2025-11-05. '其余按会上说的办' is not an item. Judgement: kind minutes (short, but it states who does what by when after a meeting, subject '今晚调度会').",
    [item("huang", "报告2号蒸发罐结垢情况", "2025-11-04", "08:00", calc=s + dt.timedelta(days=1)),
     item("wei", "确定开机联动试车方案", "2025-11-05", calc=wk(s, 2))]))

t = T("2026-06-01 10:20:05"); s = t.date()
txt = """2026年“安全生产月”活动专题会议纪要

时间：2026年6月1日上午8:30
地点：办公楼二楼会议室
主持：覃国强
参加：韦丽萍、黄志刚、蒙建华、梁秀英、农德明、卢小燕

会议听取了安环科关于2025/26榨季安全生产情况的汇报，研究部署了今年“安全生产月”工作。会议要求：

一是全面开展隐患排查。停榨检修期间动火、受限空间作业多，由蒙建华牵头对压榨、锅炉、蒸发工段逐台设备排查，6月12日前形成隐患清单并明确整改责任人。
二是抓好应急演练。梁秀英负责组织酒精车间储罐区火灾应急演练，端午节前完成，农德明配合。
三是规范危化品管理。化验室卢小燕3个工作日内完成危险化学品台账更新，报安环科备案。
四是严格落实“一岗双责”。各部门负责人是本部门安全生产第一责任人，严禁无票作业、违章指挥。

会议强调，6月16日为全国“安全宣传咨询日”，厂部统一组织，各部门按通知参加。

安环科
2026年6月1日
"""
to = [who(k) for k in ("qin", "wei", "huang", "meng", "nong", "luxy")]
eml, _ = build("coremail", who("liang"), to, [bot("S")], "2026年“安全生产月”活动专题会议纪要", t, txt,
               html_of_text(txt, "仿宋_GB2312", "16px"), cs="GBK", cte="base64", dom=bot("S")[1])
case(3903, "sugar-safety-month-yishi-erishi", eml, gold("minutes",
    "SOE 一是/二是 minutes (Coremail GBK). Sent Mon 2026-06-01. 6月12日前 -> 2026-06-12. 端午节前: Dragon Boat 2026 is Fri 06-19 (holiday 06-19..06-21), so the last working day before it is Thu 2026-06-18 (dates-eval convention '节前 = last workday before'). 3个工作日内 from Mon -> Thu 2026-06-04. 农德明 only assists (配合): not an owner. 四是 is a rule; 6月16日 is an event fact, not an item.",
    [item("meng", "牵头设备隐患排查，形成隐患清单并明确整改责任人", "2026-06-12", calc=D(2026, 6, 12)),
     item("liang", "组织酒精车间储罐区火灾应急演练", "2026-06-18", calc=last_wd_before(D(2026, 6, 19))),
     item("luxy", "更新危险化学品台账并报安环科备案", "2026-06-04", calc=add_wd(s, 3))]))

t = T("2026-12-07 16:05:51"); s = t.date()
rows = [["状态", "序号", "工作事项", "优先级", "完成时限", "负责人", "备注"],
        ["进行中", "1", "核对11月下半月蔗款结算清单", "高", "12月10日", "莫春兰", "与农务科对数"],
        ["已完成", "2", "蔗区地磅年检", "中", "12月4日", "陆海燕", "已取证"],
        ["未开始", "3", "组织第三片区蔗农座谈会", "中", "下周三", "陆海燕", "邀请乡镇农技站"],
        ["进行中", "4", "砍蔗队安全培训（第二批）", "高", "12/11", "梁秀英", ""],
        ["未开始", "5", "调研甘蔗机械化收获补贴政策", "低", "待定", "陆海燕", ""]]
head = "2026/27榨季甘蔗收购周例会纪要\n时间：2026年12月7日（周一）14:30-15:40\n地点：农务科会议室\n\n本周收购进度：累计收购甘蔗38.2万吨，完成计划的41%。\n\n工作跟踪表：\n"
tail = "\n\n下次例会：下周一，同一时间。\n\n农务科 陆海燕\n"
txt = head + text_table(rows) + tail
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div style="font-family:微软雅黑">'
       + "<br>".join(H.escape(l) for l in head.split("\n")) + html_table(rows) + "<br>".join(H.escape(l) for l in tail.split("\n")) + "</div></body></html>")
eml, _ = build("coremail", who("lu"), [who(k) for k in ("qin", "mo", "liang")], [bot("S")], "甘蔗收购周例会纪要（12.7）", t, txt, htm,
               cs="UTF-8", cte="base64", dom=bot("S")[1])
case(3904, "sugar-cane-table-status-first", eml, gold("minutes",
    "Coremail HTML table whose columns are in an unusual order (状态 first, 优先级 before 完成时限, 负责人 after the date, 备注). Sent Mon 2026-12-07. Row 2 状态=已完成 is not an item. 12月10日 -> 2026-12-10; 下周三 -> 2026-12-16; 12/11 -> 2026-12-11; 待定 -> vague_due. '下次例会：下周一，同一时间' -> next Monday 2026-12-14 at the header time 14:30.",
    [item("mo", "核对11月下半月蔗款结算清单", "2026-12-10", calc=D(2026, 12, 10)),
     item("lu", "组织第三片区蔗农座谈会", "2026-12-16", calc=nwk(s, 2)),
     item("liang", "砍蔗队安全培训（第二批）", "2026-12-11", calc=D(2026, 12, 11)),
     item("lu", "调研甘蔗机械化收获补贴政策", None, flags=["vague_due"])],
    fu("2026-12-14", "14:30", calc=nwk(s, 0))))

# 3905: new minutes as RE: in an old thread
t0 = T("2025-12-12 17:25:00")
old = """各位，12月12日酒精车间周例会纪要：

1、废醪液出渣泵维修 —— 蒙工，12月15日前
2、发酵车间温控系统报警阈值调整 —— 农德明，12月17日前
3、DDGS仓库防潮整改 —— 黄主任配合，本月内

农德明
"""
t = T("2025-12-19 17:10:33"); s = t.date()
new = """各位，本周（12月19日）例会纪要直接回在这个邮件里：

1、发酵罐F3清洗消毒 —— 农德明，下周二前
2、DDGS干燥机进料螺旋备件采购 —— 蒙工，12月26日前到货
3、元旦期间财务值班表 —— 莫科长，元旦前报厂办
4、上周第1项（废醪液出渣泵维修）已完成，不再跟踪。

农德明
酒精车间
"""
to = [who(k) for k in ("wei", "meng", "huang", "mo")]
oldmid = "<000001dc6b2a$1f3e5a70$5dbb0f50$@%s>" % SUG
txt = new + q_outlook(who("nong"), t0, to, "酒精车间周例会纪要（12月12日）", old)
eml, _ = build("outlook", who("nong"), to, [bot("S")], "RE: 酒精车间周例会纪要（12月12日）", t, txt, html_of_text(txt, "等线", "10.5pt"),
               cs="gb2312", cte="base64", irt=oldmid, refs=[oldmid], dom=bot("S")[1])
case(3905, "sugar-new-minutes-as-re-thread", eml, gold("minutes",
    "New week's minutes posted as 'RE:' in last week's thread (Outlook gb2312). Only the text above the Outlook 发件人/发送时间 block counts; the quoted 12-12 minutes are not items. Sent Fri 2025-12-19. 下周二前 -> 2025-12-23; 12月26日前到货 -> 2025-12-26; 元旦前 -> last working day before the 2026-01-01 holiday = Wed 2025-12-31. Line 4 is a status report (done). 蒙工 = 蒙建华, 莫科长 = 莫春兰 (aliases, both in To).",
    [item("nong", "发酵罐F3清洗消毒", "2025-12-23", calc=nwk(s, 1)),
     item("meng", "DDGS干燥机进料螺旋备件采购到货", "2025-12-26", calc=D(2025, 12, 26)),
     item("mo", "元旦期间财务值班表报厂办", "2025-12-31", calc=last_wd_before(D(2026, 1, 1)))]))

# 3906: forwarded minutes with the forwarder's own preface + an extra item
t0 = T("2026-09-23 17:45:00")
orig = """酒精车间环保竣工验收迎检协调会纪要

一、会议时间：9月23日下午3点
二、参加人员：梁秀英、卢小燕、蒙建华、农德明
三、议定事项：
（一）废水处理站在线监测设备比对监测报告，卢小燕负责，9月28日前提交；
（二）验收资料汇编（环评批复、排污许可、应急预案备案），梁秀英负责，10月10日（周六，调休上班）前完成；
（三）储罐区围堰防渗整改，蒙建华负责，国庆节后第一个工作日前完成。
四、下次协调会：国庆节后第一个工作日上午9点，酒精车间会议室。

安环科 梁秀英
"""
t = T("2026-09-24 11:30:08"); s = t.date()
pre = "纪要助手：下面这份请跟踪。另外我加一条：莫科长3个工作日内把验收费用预算报给我。\n\n覃\n"
txt = pre + q_foxmail(who("liang"), t0, [who("qin"), who("wei")], "酒精车间环保竣工验收迎检协调会纪要", orig)
eml, _ = build("foxmail", who("qin"), [bot("S")], [who(k) for k in ("liang", "luxy", "meng", "nong", "mo")],
               "转发: 酒精车间环保竣工验收迎检协调会纪要", t, txt, html_of_text(txt, "宋体"), cs="GBK", cte="base64", dom=bot("S")[1])
case(3906, "sugar-forward-with-preface-midautumn", eml, gold("minutes",
    "Foxmail forward (GBK) by the plant manager: his preface adds one item; the forwarded minutes below the 发件人：/发送时间： block are the minutes to store. Sent Thu 2026-09-24, the day before Mid-Autumn 2026 (holiday 09-25..09-27). Preface '莫科长3个工作日内' counts from the forward's Date: 09-28, 09-29, 09-30 -> 2026-09-30. 9月28日前 -> 2026-09-28; 10月10日（周六，调休上班）前 -> 2026-10-10 (make-up Saturday); 国庆节后第一个工作日 -> 2026-10-08 (National Day holiday 10-01..10-07). Next: 2026-10-08 09:00.",
    [item("mo", "报验收费用预算", "2026-09-30", calc=add_wd(s, 3)),
     item("luxy", "提交废水处理站在线监测设备比对监测报告", "2026-09-28", calc=D(2026, 9, 28)),
     item("liang", "验收资料汇编（环评批复、排污许可、应急预案备案）", "2026-10-10", calc=D(2026, 10, 10)),
     item("meng", "储罐区围堰防渗整改", "2026-10-08", calc=first_wd_after(D(2026, 9, 30)))],
    fu("2026-10-08", "09:00", calc=first_wd_after(D(2026, 9, 30)))))

t = T("2027-01-12 20:15:44"); s = t.date()
txt = """晚上群里临时碰了一下，聊天记录贴在下面，纪要助手帮忙跟一下。

覃国强 19:42
3号罐液位计又跳了，明天能不能搞定？
黄志刚 19:44
@覃国强 备件有，明天10点前换好
覃国强 19:45
好。@蒙建华 压榨那边4号皮带跑偏的问题，周五前给个彻底的方案
蒙建华 19:51
收到👌
陆海燕 19:58
提醒下：明天起东片蔗区开始砍第二轮，车辆调度我这边在排
覃国强 20:03
@陆海燕 排好发群里，1月15号前
陆海燕 20:03
[OK]

——韦丽萍
"""
eml, _ = build("qq", who("wei"), [bot("S")], [who(k) for k in ("qin", "huang", "meng", "lu")], "今晚群里定的几件事（备忘）", t, txt,
               html_of_text(txt), cs="gb18030", cte="base64", dom=bot("S")[1])
case(3907, "sugar-wechat-group-paste-2027", eml, gold("minutes",
    "WeChat group chat pasted into a QQ-mail (gb18030 base64) by the deputy manager: speaker lines with times, @mentions; emoji 👌 (needs gb18030 4-byte). Sent Tue 2027-01-12 (no 2027 holiday data needed: only plain dates/weekdays). 明天10点前 -> 2027-01-13 10:00 (owner 黄志刚, the speaker who commits); 周五前 -> 2027-01-15 (@蒙建华); 1月15号前 -> 2027-01-15 (@陆海燕). The chat times (19:42…) and '明天起东片蔗区开始砍第二轮' are not deadlines.",
    [item("huang", "更换3号罐液位计", "2027-01-13", "10:00", calc=s + dt.timedelta(days=1)),
     item("meng", "4号皮带跑偏问题彻底解决方案", "2027-01-15", calc=wk(s, 4)),
     item("lu", "东片蔗区第二轮砍运车辆调度安排发群里", "2027-01-15", calc=D(2027, 1, 15))]))

# 3908: reply done to recap of 3901
tr = T("2025-11-14 17:41:30")
rec = recap_text("S", "11月14日生产调度会纪要", [("3号压榨机主轴承检修并出检修记录", "蒙建华", "11月18日 18:00"),
                                            ("重排下周各蔗区砍运计划报调度室", "陆海燕", "11月17日 10:00"),
                                            ("锅炉烟气在线监测数据比对", "梁秀英", "11月30日 18:00")], tr)
t = T("2025-11-18 16:20:19")
txt = "第1项已完成，3号机主轴承已更换回装，试车正常，检修记录已交设备科存档。\n\n蒙建华\n设备科" + q_foxmail(bot("S"), tr, [who("wei")], "【纪要确认】11月14日生产调度会纪要", rec)
rm = recap_mid("S", "3901")
eml, _ = build("foxmail", who("meng"), [bot_reply_to("S", "r3901a7c1")], [who("wei")], "回复: 【纪要确认】11月14日生产调度会纪要", t, txt,
               html_of_text(txt, "宋体"), cs="GBK", cte="base64", irt=rm, refs=[mid3901, rm], dom=bot("S")[1])
case(3908, "sugar-reply-done-foxmail", eml, gold("reply",
    "Foxmail GBK reply to the recap of 3901: '第1项已完成' -> done, items [1]. The quoted recap lists every command word and dates; they are quote, not commands.",
    reply=rep("done", [1])))

t = T("2026-03-19 11:02:37"); s = t.date()
txt = """【钉钉AI听记】停榨检修计划讨论会
会议时间：2026-03-19 09:30-10:42  时长：72分钟
参会人：韦丽萍、黄志刚、蒙建华、农德明、卢小燕

■ 智能摘要
会议讨论了2025/26榨季停榨时间及检修安排。预计3月底停榨，检修周期约45天。蒙建华表示压榨机组大修需外协厂家，4月10日前要签合同；黄志刚提出蒸发罐除垢可以自己干，节省费用约12万元。

■ 章节速览
00:02:15 停榨时间确认
  韦丽萍：甘蔗剩余量估算约3.2万吨，按日榨6500吨算，大概还有5天……
00:18:40 压榨机组大修
  蒙建华：辊子堆焊要外协，我这两天把询价单发出去，下周应该有回复。
00:41:03 蒸发罐除垢
  黄志刚：除垢剂我们自己配，周末前我把方案发出来给大家看。

■ 待办事项
☐ 蒙建华：压榨机组大修外协询价，3月25日前出比价表
☐ 黄志刚：蒸发罐除垢方案，本周五前
☐ 卢小燕：停榨前最后一批糖品留样检测，月底前
☐ 农德明：酒精车间停产期间安全隔离方案（截止时间未定）

以上内容由AI生成，仅供参考，请以实际会议内容为准
"""
eml, _ = build("coremail", who("wei"), [who(k) for k in ("huang", "meng", "nong", "luxy")], [bot("S"), who("qin")],
               "停榨检修计划讨论会-AI听记", t, txt, html_of_text(txt), cs="UTF-8", cte="quoted-printable", dom=bot("S")[1])
case(3909, "sugar-dingtalk-ai-minutes", eml, gold("minutes",
    "DingTalk AI 听记 pasted into mail (Coremail UTF-8 QP). Only the ■ 待办事项 section counts; the 智能摘要 ('4月10日前要签合同') and time-stamped 章节速览 ('周末前我把方案发出来') are summary/transcript. Sent Thu 2026-03-19. 3月25日前 -> 2026-03-25; 本周五前 -> 2026-03-20; 月底前 -> 2026-03-31; '截止时间未定' -> no date. Judgement: '未定' reads as 'no deadline set' -> no_due (a scorer may accept vague_due).",
    [item("meng", "压榨机组大修外协询价出比价表", "2026-03-25", calc=D(2026, 3, 25)),
     item("huang", "蒸发罐除垢方案", "2026-03-20", calc=wk(s, 4)),
     item("luxy", "停榨前最后一批糖品留样检测", "2026-03-31", calc=month_end(s)),
     item("nong", "酒精车间停产期间安全隔离方案", None, flags=["no_due"])]))

# =====================================================================================================
# 深言智能 (Beijing AI start-up product team)
# =====================================================================================================
t = T("2026-03-05 19:02:11"); s = t.date()
txt = """智能纪要：Growth squad 周会 2026年3月5日
会议时间：2026年3月5日 16:00 - 16:52 (GMT+8)
参会人：王凯、刘思远、何佳琪、周晓、陈一鸣

总结
本次会议主要围绕新用户 onboarding 转化率下滑展开。周晓同步了数据：D1 留存从 41% 降到 37%，主要流失在第二步权限页。刘思远提到推荐模型 v2 离线指标已经 ready，预计下周二前可以出完整评估。何佳琪会重新出 onboarding 高保真稿。大家一致同意先在 5% 流量做灰度。

要点
- 留存下滑
  - 周晓：D1 留存 41% → 37%，权限页流失最多
- 推荐模型 v2
  - 刘思远：离线 AUC +1.8pt，线上 A/B 等设计稿
- 结论：先 5% 灰度，观察一周

待办
- 完成推荐模型 v2 离线评估报告 @刘思远 2026年3月10日
- 输出新版 onboarding 高保真稿 @何佳琪 3月13日
- 权限页流失漏斗补充埋点 @陈一鸣
- 更新 PRD 到 v1.3 @王凯

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
查看完整纪要：https://shenyan.feishu.example.cn/minutes/obcn7k2q9x
"""
eml, _ = build("feishu", who("kevin"), [who(k) for k in ("siyuan", "kiki", "jo", "ethan")], [bot("A")],
               "智能纪要：Growth squad 周会 2026年3月5日", t, txt, html_of_text(txt, "PingFang SC", "14px"), cs="utf-8", cte="base64", dom=bot("A")[1])
case(3910, "ai-feishu-smart-minutes", eml, gold("minutes",
    "Feishu 智能纪要 mail: 总结/要点 are AI summary ('预计下周二前可以出完整评估' is not an item); only 待办 counts. Sent Thu 2026-03-05. '2026年3月10日' and '3月13日' are absolute. The two @ items without a date -> no_due. 结论 line is a decision. AI-generated footer is not content.",
    [item("siyuan", "完成推荐模型 v2 离线评估报告", "2026-03-10", calc=D(2026, 3, 10)),
     item("kiki", "输出新版 onboarding 高保真稿", "2026-03-13", calc=D(2026, 3, 13)),
     item("ethan", "权限页流失漏斗补充埋点", None, flags=["no_due"]),
     item("kevin", "更新 PRD 到 v1.3", None, flags=["no_due"])]))

t = T("2026-04-30 18:40:02"); s = t.date()
txt = """Hi all,

Sprint 18 迭代评审 notes below，节前最后一次 review 了，大家辛苦 🙏

## Demo
- 灰度发布 pipeline 已经 support 按 region 切流，Zoe demo 了 canary 10% → 50% 的 flow
- 新的 onboarding flow 还没 merge，下个 sprint

## Decisions
- 5/6 之后 freeze 新 feature，focus on stability
- Jira story point 统一按 Fibonacci，不再用 T-shirt size

## Action items
- [x] SY-1401 修复 Android 13 push 权限 crash @ethan.chen（done，已上线）
- [ ] SY-1423 灰度 rollout 偶发 500 的 root cause 分析 @zoe.zhao due 5/6
- [ ] 新埋点 schema 和 data team align 一下 @ethan.chen EOD today
- [ ] SY-1430 regression 全量跑一遍 @yue.sun 2个工作日内
- [ ] PRD v2.1 sign-off @kevin.wang 节后第一个工作日

Next 迭代评审: 5/9（周六，调休上班）14:00, same room.

Siyuan
"""
eml, mid3911 = build("apple", who("siyuan"), [who(k) for k in ("zoe", "ethan", "yue", "kevin", "jo")], [bot("A")],
                     "Sprint 18 迭代评审 notes", t, txt, cs="utf-8", cte="quoted-printable", dom=bot("A")[1])
case(3911, "ai-sprint-review-markdown-checkboxes", eml, gold("minutes",
    "Apple Mail plain text (UTF-8 QP) Markdown with '- [ ]' checkboxes and @handles (roster aliases = mail local parts). Sent Thu 2026-04-30, eve of May Day 2026 (holiday 05-01..05-05, make-up Sat 05-09). '- [x] … done' is not an item. due 5/6 -> 2026-05-06; EOD today -> 2026-04-30; 2个工作日内 -> 05-06, 05-07 -> 2026-05-07; 节后第一个工作日 -> 2026-05-06. Decisions ('5/6 之后 freeze') are not items. Next 迭代评审 2026-05-09 14:00 (make-up Saturday).",
    [item("zoe", "SY-1423 灰度 rollout 偶发 500 的 root cause 分析", "2026-05-06", calc=D(2026, 5, 6)),
     item("ethan", "新埋点 schema 和 data team 对齐", "2026-04-30", calc=s),
     item("yue", "SY-1430 regression 全量跑一遍", "2026-05-07", calc=add_wd(s, 2)),
     item("kevin", "PRD v2.1 sign-off", "2026-05-06", calc=first_wd_after(D(2026, 5, 5)))],
    fu("2026-05-09", "14:00", calc=D(2026, 5, 9))))

t = T("2026-07-16 17:20:45"); s = t.date()
txt = """Notes – weekly data sync, Thu 16 Jul, 16:00-16:45
Attendees: Jo, Siyuan, Kiki, Ethan, Kevin

1) Dashboard migration
Metabase → 自建 BI. About 80% of charts are moved; Kevin confirmed the old dashboards can go read-only next month.

Action: Rebuild the retention cohort chart in the new BI
Owner: Jo
Due: Fri Jul 24

Action: Backfill 6 months of event data for the churn model
Owner: Siyuan
Due: EOD Friday

2) Paywall experiment
Action: Design two paywall variants for the A/B test
Owner: Kiki (Ethan to support on implementation)
Due: by 7/22

Action: Check with legal whether the trial copy needs an 自动续费 disclosure
Owner: TBD
Due: ASAP

Next sync: same time next Thursday.

Jo
"""
eml, _ = build("gmail", who("jo"), [who(k) for k in ("siyuan", "kiki", "ethan", "kevin")], [bot("A")],
               "[Weekly data sync] notes 7/16", t, txt, html_of_text(txt, "Arial", "small"), cs="UTF-8", cte="quoted-printable", dom=bot("A")[1])
case(3912, "ai-english-owner-due-blocks", eml, gold("minutes",
    "Gmail English Action/Owner/Due blocks. Sent Thu 2026-07-16. 'Fri Jul 24' -> 2026-07-24; 'EOD Friday' -> this week's Friday 2026-07-17; 'by 7/22' -> 2026-07-22; Owner TBD + ASAP -> no_owner + vague_due. Kiki owns the paywall item, Ethan only supports. 'read-only next month' is a decision. 'same time next Thursday' -> 2026-07-23 16:00 (time from the header line '16:00-16:45').",
    [item("jo", "Rebuild the retention cohort chart in the new BI", "2026-07-24", calc=D(2026, 7, 24)),
     item("siyuan", "Backfill 6 months of event data for the churn model", "2026-07-17", calc=wk(s, 4)),
     item("kiki", "Design two paywall variants for the A/B test", "2026-07-22", calc=D(2026, 7, 22)),
     item(None, "Check with legal whether the trial copy needs an 自动续费 disclosure", None, flags=["no_owner", "vague_due"])],
    fu("2026-07-23", "16:00", calc=nwk(s, 3))))

t = T("2025-10-09 22:47:31"); s = t.date()
txt = """各位，

今天 Q4 OKR review 开了三个小时，我把结论和要做的事写一下，不单独列表了。

整体上 Q3 的 KR 完成度 0.62，比 Q2 好一点，但推理成本那条 KR 只完成了一半，这是我最担心的。思远那边，我希望月底前能看到一个把单次推理成本再降 30% 的方案，不用很细，但要有路径。Kevin 周六（调休上班）把 Q4 OKR 终稿发全员，别再拖到下周了。招聘上，两个算法岗我自己来跟，下周五前给到 offer。

另外，数据看板的口径问题，周晓今天已经和财务对齐了，这个不用再跟。

下次 OKR check-in 放在 11 月 6 日（周四）晚上 7 点，还是线上。

Tao

Sent from my MacBook
"""
eml, _ = build("apple", who("tao"), [who(k) for k in ("siyuan", "kevin", "jo")], [bot("A")], "OKR review 几点想法", t, txt,
               cs="utf-8", cte="quoted-printable", dom=bot("A")[1])
case(3913, "ai-ceo-prose-okr", eml, gold("minutes",
    "CEO writes the items inside prose paragraphs (Apple Mail QP). Sent Thu 2025-10-09 22:47, right after National Day 2025 (holiday 10-01..10-08; make-up Sat 10-11). 思远 = 刘思远: 月底前 -> 2025-10-31. Kevin 周六（调休上班） -> this week's Saturday 2025-10-11. The sender himself ('我自己来跟') owns the hiring item: 下周五前 -> 2025-10-17. 周晓's point is done ('不用再跟'), not an item. Next check-in 2025-11-06 19:00 (晚上 7 点).",
    [item("siyuan", "单次推理成本再降30%的方案", "2025-10-31", calc=month_end(s)),
     item("kevin", "Q4 OKR 终稿发全员", "2025-10-11", calc=wk(s, 5)),
     item("tao", "两个算法岗给到 offer", "2025-10-17", calc=nwk(s, 4))],
    fu("2025-11-06", "19:00", calc=D(2025, 11, 6))))

t = T("2026-02-13 11:05:20"); s = t.date()
txt = """【飞书文档导出】春节前 release 对齐会 · 2026-02-13

# 背景
v3.2 是节前最后一版，春节期间只保留 on-call。

# By owner

## 赵子涵 (Backend)
- 灰度比例 10% → 50%，节前搞定（明天调休上班那天）
- on-call 排班表 review 过了 ✅

## 陈一鸣 (FE)
- 深色模式 bugfix（SY-1502 / SY-1503 / SY-1507），3个工作日内

## 王凯 (PM)
- 节后第一个工作日出 v3.3 PRD 初稿

## 周晓 (Data)
- 春节活动数据复盘，2月底

## 孙悦 (QA)
- 无新增，继续跟 v3.2 回归

# 下次会议
节后第一个工作日 10:30 站会，老地方。
"""
eml, _ = build("feishu", who("kevin"), [who(k) for k in ("zoe", "ethan", "jo", "yue", "siyuan")], [bot("A")],
               "春节前 release 对齐会 纪要", t, txt, html_of_text(txt, "PingFang SC", "14px"), cs="utf-8", cte="base64", dom=bot("A")[1])
case(3914, "ai-person-headings-spring-festival", eml, gold("minutes",
    "Feishu-doc Markdown export grouped by person headings (## name): each bullet under a heading is owned by that person. Sent Fri 2026-02-13, before Spring Festival 2026 (holiday 02-15..02-23, make-up Sat 02-14 and Sat 02-28). 节前（明天调休上班那天） -> 2026-02-14; 3个工作日内 -> 02-14, 02-24, 02-25 -> 2026-02-25; 节后第一个工作日 -> 2026-02-24; 2月底 -> 2026-02-28. '✅ review 过了' is done; 孙悦 '无新增' is not an item. Next: 2026-02-24 10:30.",
    [item("zoe", "灰度比例从10%提升到50%", "2026-02-14", calc=last_wd_before(D(2026, 2, 15))),
     item("ethan", "深色模式 bugfix（SY-1502 / SY-1503 / SY-1507）", "2026-02-25", calc=add_wd(s, 3)),
     item("kevin", "出 v3.3 PRD 初稿", "2026-02-24", calc=first_wd_after(D(2026, 2, 14))),
     item("jo", "春节活动数据复盘", "2026-02-28", calc=month_end(s))],
    fu("2026-02-24", "10:30", calc=first_wd_after(D(2026, 2, 14)))))

tr = T("2026-04-30 18:41:10")
rec = recap_text("A", "Sprint 18 迭代评审 notes", [("SY-1423 灰度 rollout 偶发 500 的 root cause 分析", "赵子涵", "5月6日 18:00"),
                                                  ("新埋点 schema 和 data team 对齐", "陈一鸣", "4月30日 18:00"),
                                                  ("SY-1430 regression 全量跑一遍", "孙悦", "5月7日 18:00"),
                                                  ("PRD v2.1 sign-off", "王凯", "5月6日 18:00")], tr)
t = T("2026-04-30 19:33:54")
txt = "#1 confirmed 👍 no objection, 5/6 works for me.\n\nZoe" + q_gmail_en(bot("A"), tr, rec)
rm = recap_mid("A", "3911")
eml, _ = build("gmail", who("zoe"), [bot_reply_to("A", "r3911b2d9")], [], "Re: 【纪要确认】Sprint 18 迭代评审 notes", t, txt,
               html_of_text(txt, "Arial"), cs="UTF-8", cte="quoted-printable", irt=rm, refs=[mid3911, rm], dom=bot("A")[1])
case(3915, "ai-reply-confirm-english", eml, gold("reply",
    "Gmail English reply '#1 confirmed … no objection, 5/6 works for me.' -> confirm item [1]; '5/6' restates the existing date, not an extension request.",
    reply=rep("confirm", [1])))

t = T("2026-05-02 09:14:03")
txt = "您好，我正在休假（5月1日—5月5日），期间不查看邮件。紧急事项请联系刘思远 siyuan.liu@shenyan.example.com。节后第一个工作日回复您。\n\nI'm on leave May 1-5. For urgent matters please contact Siyuan.\n"
eml, _ = build("feishu", who("kevin"), [bot_reply_to("A", "c3911k")], [], "自动回复: 【提醒】PRD v2.1 sign-off 将于5月6日到期", t, txt,
               cs="utf-8", cte="base64", irt=recap_mid("A", "rem3911"), extra_headers="Auto-Submitted: auto-replied\nX-Autoreply: yes\n", dom=bot("A")[1])
case(3916, "ai-auto-ooo-holiday", eml, gold("auto",
    "Out-of-office auto reply (Auto-Submitted: auto-replied, X-Autoreply, subject '自动回复:') to a reminder during May Day 2026. Body has dates and a delegate; not a reply command.",
    ))

t = T("2026-05-06 10:02:17")
txt = """Zoe Zhao updated SY-1423
-----------------------------------------
Summary: 灰度 rollout 偶发 500 的 root cause 分析
Key: SY-1423
Status: In Progress -> Resolved
Assignee: Zoe Zhao
Due date: 06/May/26

Comment:
根因是 canary 节点上的连接池配置没同步，已修复并补了告警。Ethan 请在周五前 review PR #2281。

View in Jira: https://shenyan.atlassian.example.net/browse/SY-1423

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100280-sha1:3c1f2a9)
Manage notifications: https://shenyan.atlassian.example.net/secure/ViewProfile.jspa
"""
jira = ("Jira", "jira@shenyan.atlassian.example.net")
eml, _ = build("other", jira, [bot("A")], [], "[JIRA] (SY-1423) 灰度 rollout 偶发 500 的 root cause 分析", t, txt,
               html_of_text(txt, "Arial"), cs="UTF-8", cte="quoted-printable",
               extra_headers="Auto-Submitted: auto-generated\nPrecedence: bulk\nX-JIRA-FingerPrint: 8a1c9e0b7d6f5e4a3b2c1d0e9f8a7b6c\nList-Unsubscribe: <https://shenyan.atlassian.example.net/secure/ViewProfile.jspa>\n",
               dom=bot("A")[1])
case(3917, "ai-auto-jira-notification", eml, gold("auto",
    "Jira notification to the bot (a watcher): Auto-Submitted: auto-generated, Precedence: bulk. Contains 'Due date', an assignee and 'Ethan 请在周五前 review' but no person wrote it -> auto, no items."))

t = T("2026-08-27 15:10:26"); s = t.date()
rows = [["模块", "Jira", "问题", "Owner", "ETA", "Status"],
        ["登录", "SY-1611", "补充单元测试", "Zoe", "9/2", "Open"],
        ["支付", "SY-1614", "补充单元测试", "Ethan", "9/2", "Open"],
        ["支付", "SY-1615", "iOS 17 上 Apple Pay 回调丢失", "Ethan", "下周一", "In progress"],
        ["推荐", "SY-1620", "冷启动兜底策略", "Siyuan", "TBD", "Open"],
        ["消息", "SY-1602", "推送文案截断", "Kiki", "8/26", "Done"]]
txt = ("Hi all，bug bash 结论从表格里直接贴过来了：\n\n" + text_table(rows) +
       "\n\n提测时间定在 9/4（已和 Kevin 确认，不再变）。\n下次 bug bash 9/3（周四）下午。\n\n孙悦 | QA\n")
eml, _ = build("feishu", who("yue"), [who(k) for k in ("zoe", "ethan", "siyuan", "kiki", "kevin")], [bot("A")],
               "v3.6 提测前 bug bash 结论", t, txt, cs="utf-8", cte="base64", dom=bot("A")[1])
case(3918, "ai-excel-tsv-duplicate-tasks", eml, gold("minutes",
    "Excel range pasted as tab-separated text (plain, UTF-8 base64). Two rows have the same task text '补充单元测试' (SY-1611 Zoe, SY-1614 Ethan): two separate items. Sent Thu 2026-08-27: 9/2 -> 2026-09-02; 下周一 -> 2026-08-31; TBD -> vague_due; Status Done row not an item. '提测时间定在 9/4' is a decision. Next bug bash '9/3（周四）下午' -> 2026-09-03, half day only -> time null.",
    [item("zoe", "补充单元测试", "2026-09-02", calc=D(2026, 9, 2)),
     item("ethan", "补充单元测试", "2026-09-02", calc=D(2026, 9, 2)),
     item("ethan", "iOS 17 上 Apple Pay 回调丢失", "2026-08-31", calc=nwk(s, 0)),
     item("siyuan", "冷启动兜底策略", None, flags=["vague_due"])],
    fu("2026-09-03", None, calc=D(2026, 9, 3))))

# =====================================================================================================
# 鹭岛茗茶进出口 (Xiamen tea exporter)
# =====================================================================================================
t = T("2025-04-03 17:35:50"); s = t.date()
txt = """各位好，

今天周会纪要如下：

一、近期订单情况
1. 摩洛哥 Atlas Thé 第二批珠茶（Gunpowder 3505）20尺柜，客户已下单，待信用证。
2. 德国 Teehaus Nord 有机乌龙样品反馈口感偏火，要求复样。

二、待办事项
1. 洪志明：给 Youssef 寄新一批珠茶样品（3505、9475 各500g），清明节后第一个工作日寄出；
2. 吴美玲：审核 Atlas 信用证草稿，3个工作日内回复客户修改意见；
3. 许家豪：向船公司确认4月下旬厦门—卡萨布兰卡柜期，4月15日前；
4. 庄文斌：有机乌龙复样农残检测报告（欧盟标准），尽快。

三、其他
清明放假4月4日至6日，期间客户邮件由苏雅婷统一回复。

下次周会：4月10日（周四）下午4点。

苏雅婷 Tina Su
外贸部经理 | 鹭岛茗茶进出口有限公司
"""
to = [who(k) for k in ("jimmy", "meiling", "xu", "zhuang")]
eml, mid3920 = build("outlook", who("tina"), to, [bot("T"), who("chen")], "外贸部周会纪要 2025-04-03", t, txt,
                     html_of_text(txt, "微软雅黑"), cs="gb2312", cte="base64", dom=bot("T")[1])
case(3920, "tea-weekly-outlook-qingming", eml, gold("minutes",
    "Ordinary numbered 待办 (Outlook gb2312). Sent Thu 2025-04-03, eve of Qingming 2025 (holiday 04-04..04-06). 清明节后第一个工作日 -> 2025-04-07; 3个工作日内 -> 04-07, 04-08, 04-09 -> 2025-04-09; 4月15日前 -> 2025-04-15; 尽快 -> vague_due. 三、其他 (who answers mail during the holiday) is an arrangement, not an item. Next: 2025-04-10 16:00.",
    [item("jimmy", "给 Youssef 寄新一批珠茶样品（3505、9475 各500g）", "2025-04-07", calc=first_wd_after(D(2025, 4, 6))),
     item("meiling", "审核 Atlas 信用证草稿并回复客户修改意见", "2025-04-09", calc=add_wd(s, 3)),
     item("xu", "向船公司确认4月下旬厦门—卡萨布兰卡柜期", "2025-04-15", calc=D(2025, 4, 15)),
     item("zhuang", "有机乌龙复样农残检测报告（欧盟标准）", None, flags=["vague_due"])],
    fu("2025-04-10", "16:00", calc=D(2025, 4, 10))))

t = T("2025-05-14 16:20:09", off=1); s = t.astimezone(TZ8).date()
txt = """Hello Tina, Jimmy,

Thank you for the call today. Petit compte rendu / quick recap:

- Price for Gunpowder 3505 AAA agreed at USD 4.85/kg FOB Xiamen (décision).
- Packaging: 25 kg cartons, our logo on the inner bag.

Actions:
- Tina to send the proforma invoice by Monday.
- Jimmy to share photos of the new inner bag printing ASAP.
- Karim : confirmer la commande ferme d'ici le 20 mai.
- Youssef (me) : ouvrir la L/C dès réception de la PI, sous 5 jours.

Next call: Wednesday 28 May, 15:00 Casablanca time (GMT+1).

Cordialement / Best regards,
Youssef El Amrani
Atlas Thé SARL – Casablanca
"""
eml, _ = build("gmail", EXT["youssef"], [("Tina Su", P["tina"][1]), ("Jimmy Hong", P["jimmy"][1])], [EXT["karim"], bot("T")], "Recap call 14/05 – Gunpowder 3505", t, txt,
               html_of_text(txt, "Arial"), cs="UTF-8", cte="quoted-printable", dom=bot("T")[1])
case(3921, "tea-morocco-buyer-en-fr", eml, gold("minutes",
    "Minutes written by the Moroccan buyer (Gmail, English + French). Date 16:20 +0100 = 23:20 Shanghai, still Wed 2025-05-14. 'Tina to send … by Monday' -> 2025-05-19 (Tina = 苏雅婷 alias); Jimmy ASAP -> vague_due; 'Karim : confirmer … d'ici le 20 mai' -> 2025-05-20 (Karim Benali from Cc, external); Youssef's own L/C item is conditional ('dès réception de la PI, sous 5 jours') -> no date, no_due. Price/packaging lines are decisions. Next call 28 May 15:00 GMT+1 -> 2025-05-28 22:00 Asia/Shanghai.",
    [item("tina", "send the proforma invoice", "2025-05-19", calc=wk(s, 0)),
     item("jimmy", "share photos of the new inner bag printing", None, flags=["vague_due"]),
     item("karim", "confirmer la commande ferme", "2025-05-20", calc=D(2025, 5, 20)),
     item("youssef", "ouvrir la L/C dès réception de la PI", None, flags=["no_due"])],
    fu("2025-05-28", "22:00", calc=D(2025, 5, 28))))

t = T("2026-01-20 16:30:12", off=1); s = t.astimezone(TZ8).date()
txt = """Dear Tina, dear Mr. Chen,

thanks again for the video call this morning. Please find below the minutes.

Participants: Katrin Bauer, Jonas Weber (Teehaus Nord); Tina Su, Chen Zhennan, Wenbin Zhuang (Ludao Tea)

1. Organic certification
The EU organic certificate for the Oolong (lot 2025-TG-07) expires on 31.03.2026. Renewal is in progress.
ACTION ITEM (Wenbin Zhuang): send the renewed certificate or the certifier's confirmation letter by 30.01.2026.

2. Price list 2026
ACTION ITEM (Tina Su): send the updated price list incl. the new Jasmine grades by Friday.

3. Shipment PO 4471
Agreed: the container leaves Xiamen before Chinese New Year.
ACTION ITEM (Jonas Weber): confirm the Hamburg delivery address and unloading slot by end of January.

Next meeting: Thursday, 5 February 2026, 10:00 CET.

Kind regards
Katrin Bauer
Einkauf | Teehaus Nord GmbH | Hamburg
"""
eml, _ = build("outlook", EXT["katrin"], [("Tina Su", P["tina"][1]), ("Chen Zhennan", P["chen"][1])], [("Wenbin Zhuang", P["zhuang"][1]), EXT["jonas"], ("Ludao Tea Minutes", bot("T")[1])],
               "Minutes video call Ludao Tea / Teehaus Nord 20.01.2026", t, txt, html_of_text(txt, "Calibri", "11pt"),
               cs="utf-8", cte="quoted-printable", dom=bot("T")[1])
case(3922, "tea-german-buyer-action-item-cet", eml, gold("minutes",
    "German buyer's English minutes (Outlook, UTF-8 QP, Date +0100). Sent 16:30 CET = 23:30 Shanghai Tue 2026-01-20. 'ACTION ITEM (Name):' convention. 'by 30.01.2026' (European day.month) -> 2026-01-30; 'by Friday' -> 2026-01-23; 'by end of January' -> 2026-01-31. 'expires on 31.03.2026' is a fact; 'container leaves before CNY' is an agreed decision with no owner. Wenbin Zhuang = 庄文斌 (roster alias); Jonas Weber external (Cc). Next: 5 Feb 10:00 CET = 2026-02-05 17:00 Asia/Shanghai.",
    [item("zhuang", "send the renewed organic certificate or the certifier's confirmation letter", "2026-01-30", calc=D(2026, 1, 30)),
     item("tina", "send the updated price list incl. the new Jasmine grades", "2026-01-23", calc=wk(s, 4)),
     item("jonas", "confirm the Hamburg delivery address and unloading slot", "2026-01-31", calc=month_end(s))],
    fu("2026-02-05", "17:00", calc=D(2026, 2, 5))))

t = T("2026-09-29 10:05:33"); s = t.date()
rows = [["序号", "事项", "负责人", "完成时限", "备注"],
        ["1", "信用证修改：\n①联系开证行把最迟装运期改到11月15日\n②按新装期重做装箱单和发票", "吴美玲（主责）/洪志明（配合）", "①9月30日\n②节后第一个工作日", "客户已同意修改"],
        ["2", "订10月中旬厦门—卡萨布兰卡船期（40尺柜1个）", "许家豪", "10月10日（周六，调休上班）前", "关注马士基/达飞舱位"],
        ["3", "出口前茶样复检（珠茶3505）", "庄文斌（牵头）、苏雅婷（协办）", "10月9日", ""],
        ["4", "客户验厂视频资料", "洪志明", "已完成", "9/26已发客户"]]
head = "各位：\n\nAtlas 第三批货信用证及出运协调会（9月29日上午）纪要如下，节前节后请大家盯紧。\n\n"
tail = "\n\n苏雅婷\n"
txt = head + "\n".join(" | ".join(c.replace("\n", " ") for c in r) for r in rows) + tail
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body lang=ZH-CN><div class=WordSection1>'
       + "".join('<p class=MsoNormal>%s</p>' % (H.escape(l) or "&nbsp;") for l in head.split("\n")) + html_table(rows)
       + "".join('<p class=MsoNormal>%s</p>' % (H.escape(l) or "&nbsp;") for l in tail.split("\n")) + "</div></body></html>")
eml, _ = build("outlook", who("tina"), [who(k) for k in ("meiling", "jimmy", "xu", "zhuang")], [bot("T")],
               "Atlas 第三批货 信用证及出运协调会纪要（9月29日）", t, txt, htm, cs="gb2312", cte="base64", dom=bot("T")[1])
case(3923, "tea-lc-table-main-assist-subtasks", eml, gold("minutes",
    "Outlook HTML table (gb2312). Row 1: one cell with ①② sub-tasks and a date cell with matching ①② -> two items; 负责人 '吴美玲（主责）/洪志明（配合）' -> owner 吴美玲. Row 3 '庄文斌（牵头）、苏雅婷（协办）' -> 庄文斌. Row 4 完成时限=已完成 -> not an item. Sent Tue 2026-09-29: ①9月30日 -> 2026-09-30; ②节后第一个工作日 -> 2026-10-08 (National Day 10-01..10-07); 10月10日（周六，调休上班）前 -> 2026-10-10; 10月9日 -> 2026-10-09.",
    [item("meiling", "联系开证行把最迟装运期改到11月15日", "2026-09-30", calc=D(2026, 9, 30)),
     item("meiling", "按新装期重做装箱单和发票", "2026-10-08", calc=first_wd_after(D(2026, 9, 30))),
     item("xu", "订10月中旬厦门—卡萨布兰卡船期（40尺柜1个）", "2026-10-10", calc=D(2026, 10, 10)),
     item("zhuang", "出口前茶样复检（珠茶3505）", "2026-10-09", calc=D(2026, 10, 9))]))

tr = T("2025-04-03 17:36:40")
rec3920 = recap_text("T", "外贸部周会纪要 2025-04-03", [("给 Youssef 寄新一批珠茶样品", "洪志明", "4月7日 18:00"),
                                                  ("审核 Atlas 信用证草稿并回复客户修改意见", "吴美玲", "4月9日 18:00"),
                                                  ("向船公司确认4月下旬厦门—卡萨布兰卡柜期", "许家豪", "4月15日 18:00"),
                                                  ("有机乌龙复样农残检测报告（欧盟标准）", "庄文斌", "未定（尽快）")], tr)
rm = recap_mid("T", "3920")
t = T("2025-04-03 19:10:02")
txt = ("第1项有异议：Youssef 下午来消息说要等4月10日新茶到了一起寄，节后第一个工作日寄不了，建议截止时间改到4月11日。\n\n志明"
       + q_foxmail(bot("T"), tr, [who("tina")], "【纪要确认】外贸部周会纪要 2025-04-03", rec3920))
eml, _ = build("foxmail", who("jimmy"), [bot_reply_to("T", "r3920e51a")], [who("tina")], "回复: 【纪要确认】外贸部周会纪要 2025-04-03", t, txt,
               html_of_text(txt, "宋体"), cs="GBK", cte="base64", irt=rm, refs=[mid3920, rm], dom=bot("T")[1])
case(3924, "tea-reply-object-foxmail", eml, gold("reply",
    "Foxmail GBK reply '第1项有异议：…建议截止时间改到4月11日' before the objection cut-off -> object, items [1]. It proposes a new date, but the command is an objection (有异议); new_due_date stays null.",
    reply=rep("object", [1])))

t = T("2025-04-11 09:30:27")
txt = ("订舱那项申请延期至4月22日，船公司说4月18日才放下旬的舱位，之前没法确认。\n\n许家豪\n物流部"
       + q_outlook(bot("T"), tr, [who("tina")], "【纪要确认】外贸部周会纪要 2025-04-03", rec3920))
eml, _ = build("outlook", who("xu"), [bot_reply_to("T", "r3920e51a")], [who("tina")], "答复: 【纪要确认】外贸部周会纪要 2025-04-03", t, txt,
               html_of_text(txt, "等线"), cs="gb2312", cte="base64", irt=rm, refs=[mid3920, rm], dom=bot("T")[1])
case(3925, "tea-reply-extend-by-content", eml, gold("reply",
    "Outlook reply naming the item by its content ('订舱那项', = item 3, which is also the sender's only item) -> extend, items [] (no number written), new_due_date 2025-04-22. '4月18日' in the reason is not the requested date.",
    reply=rep("extend", [], new_due="2025-04-22", calc=D(2025, 4, 22))))

t = T("2026-01-27 09:12:40", off=1)
txt = """Dear Tina,

hope you are well. Two quick questions before the weekend:
- Could you please send the Jasmine samples (grades 2 and 3) by Friday? Our tasting panel meets on Monday.
- Is the new price list ready? I have not seen it yet.

Thank you and kind regards
Katrin
"""
eml, _ = build("outlook", EXT["katrin"], [("Tina Su", P["tina"][1])], [("Ludao Tea Minutes", bot("T")[1]), ("Wenbin Zhuang", P["zhuang"][1])], "Jasmine samples + price list", t, txt,
               html_of_text(txt, "Calibri", "11pt"), cs="utf-8", cte="quoted-printable", dom=bot("T")[1])
case(3926, "tea-other-buyer-request", eml, gold("other",
    "Ordinary person-to-person mail from the German buyer with the bot still in Cc from the earlier minutes: requests with 'by Friday', but no minutes, not a reply to a recap -> other, no items."))

t = T("2025-08-04 18:02:15"); s = t.date()
txt = """品控例会纪要（8/4）

■議題1：新茶包装袋供应商切换
·担当：庄
·期限：8/8（金）
·内容：收集新供应商（泉州）铝箔袋阻隔性测试报告

■議題2：出口批次留样管理
·担当：許（物流）／庄
·期限：今月末
·内容：更换留样柜温湿度记录仪

■議題3：德国客户投诉（乌龙火功偏重）
·担当：苏经理
·期限：未定
·内容：与客户确认复样标准，取得书面确认

以上

庄文斌
品控部
"""
eml, _ = build("foxmail", who("zhuang"), [who(k) for k in ("xu", "tina")], [bot("T"), who("chen")], "品控例会纪要（8/4）", t, txt,
               html_of_text(txt, "MS Gothic"), cs="GBK", cte="base64", dom=bot("T")[1])
case(3927, "tea-japanese-style-tanto-kigen", eml, gold("minutes",
    "Japanese-style 担当/期限 blocks (議題, 今月末, 金 = Friday, 以上) from the QC engineer who trained in Japan (Foxmail GBK; 議/許 are in GBK). Sent Mon 2025-08-04. 担当 '庄' = the sender 庄文斌; '許（物流）／庄' -> first-named 許 = 许家豪 of 物流部 (traditional 許; judgement: a careful assistant maps it via department and To); '苏经理' = 苏雅婷. 8/8（金） -> 2025-08-08; 今月末 -> 2025-08-31; 未定 -> vague_due.",
    [item("zhuang", "收集新供应商（泉州）铝箔袋阻隔性测试报告", "2025-08-08", calc=D(2025, 8, 8)),
     item("xu", "更换留样柜温湿度记录仪", "2025-08-31", calc=month_end(s)),
     item("tina", "与客户确认复样标准，取得书面确认", None, flags=["vague_due"])]))

# =====================================================================================================
# 丁香街道办事处 (Harbin street office)
# =====================================================================================================
t = T("2025-09-26 16:40:18"); s = t.date()
txt = """丁香街道2025—2026年供暖季准备工作
专题会议纪要

9月26日上午，街道办副主任韩雪梅主持召开供暖季准备工作专题会议，综治办、城管科、民生服务科及各社区负责人参加。会议听取了各社区入户走访摸排情况汇报，现将议定事项纪要如下：

一是抓好燃气及供热管线安全排查。于洪波负责，会同供热公司对辖区老旧小区供热管线、燃气管线开展联合排查，完成时限：9月30日前。
二是清理楼道堆物。刘春生负责，组织城管队员对辖区楼道、地下室杂物进行集中清理，完成时限：国庆节前。
三是摸清困难群体供暖需求。王丽娟负责，将网格内独居老人、低保户名单汇总报民生服务科，3个工作日内完成。
四是开展试供暖测温。李桂芝负责，试供暖期间组织网格员入户测温，10月20日前形成测温报告。
五是各社区要严格落实24小时值班制度，确保群众诉求有人接、有人办。

下次调度会于国庆节后第一个工作日下午2时召开。

丁香街道办事处
2025年9月26日
"""
eml, _ = build("coremail", who("han"), [who(k) for k in ("yu", "liu", "wang", "li")], [bot("H"), who("zhao")],
               "关于做好2025—2026年供暖季准备工作的会议纪要", t, txt, html_of_text(txt, "仿宋_GB2312", "16pt"), cs="GBK", cte="base64", dom=bot("H")[1])
case(3930, "harbin-heating-yishi-national-day", eml, gold("minutes",
    "Government 一是…五是 minutes (Coremail GBK). Sent Fri 2025-09-26, before National Day 2025 (holiday 10-01..10-08; make-up Sun 09-28 and Sat 10-11). 9月30日前 -> 2025-09-30; 国庆节前 -> last working day before 10-01 = 2025-09-30; 3个工作日内 -> 09-28 (make-up Sunday), 09-29, 09-30 -> 2025-09-30; 10月20日前 -> 2025-10-20. 五是 is a standing requirement (rule), not an item. Next: 国庆节后第一个工作日下午2时 -> 2025-10-09 14:00.",
    [item("yu", "会同供热公司对老旧小区供热、燃气管线开展联合排查", "2025-09-30", calc=D(2025, 9, 30)),
     item("liu", "组织城管队员集中清理楼道、地下室堆物", "2025-09-30", calc=last_wd_before(D(2025, 10, 1))),
     item("wang", "汇总网格内独居老人、低保户名单报民生服务科", "2025-09-30", calc=add_wd(s, 3)),
     item("li", "组织网格员入户测温并形成测温报告", "2025-10-20", calc=D(2025, 10, 20))],
    fu("2025-10-09", "14:00", calc=first_wd_after(D(2025, 10, 8)))))

t = T("2026-04-29 09:15:44"); s = t.date()
txt = """各科室、各社区：

现将4月28日文明城市创建迎检工作推进会纪要印发给你们，请认真抓好落实。

丁香街道文明城市创建迎检工作推进会纪要

会议由街道党工委副书记、办事处主任赵国华主持。会议通报了一季度测评失分点位情况，对迎检工作进行再部署。

（一）公益广告补设。责任单位：民生服务科（责任人：李桂芝）；完成时限：2026年5月8日（星期五）前。
（二）背街小巷卫生死角整治。责任单位：城管科（责任人：刘春生）；完成时限：节后第一个工作日（5月6日）前完成第一轮整治。
（三）志愿服务站点台账规范。责任单位：各社区；完成时限：5月底前。
（四）“门前三包”责任书签订。责任单位：城管科（责任人：刘春生，配合：各社区网格员）；完成时限：2026年底前全覆盖。

附件：文明城市创建测评点位清单（略）

丁香街道文明办
2026年4月29日
"""
eml, _ = build("coremail", who("gao"), [who(k) for k in ("li", "liu", "wang")], [bot("H"), who("zhao"), who("han")],
               "关于印发《丁香街道文明城市创建迎检工作推进会纪要》的通知", t, txt, html_of_text(txt, "仿宋_GB2312", "16pt"),
               cs="UTF-8", cte="quoted-printable", dom=bot("H")[1])
case(3931, "harbin-civilized-city-zeren-danwei", eml, gold("minutes",
    "通知-wrapped 纪要 with （一）（二） and '责任单位：X（责任人：Y）；完成时限：…' (nested brackets). Sent Wed 2026-04-29 before May Day 2026. 2026年5月8日（星期五）前 -> 2026-05-08; 节后第一个工作日（5月6日）前 -> 2026-05-06; 各社区 -> no owner, department null (not a roster department), 5月底前 -> 2026-05-31; 2026年底前 -> 2026-12-31. 刘春生 owns two items; 配合 people are not owners.",
    [item("li", "公益广告补设", "2026-05-08", calc=D(2026, 5, 8)),
     item("liu", "背街小巷卫生死角第一轮整治", "2026-05-06", calc=first_wd_after(D(2026, 5, 5))),
     item(None, "志愿服务站点台账规范", "2026-05-31", flags=["no_owner"], calc=month_end(D(2026, 5, 1))),
     item("liu", "“门前三包”责任书签订全覆盖", "2026-12-31", calc=D(2026, 12, 31))]))

t = T("2026-11-30 17:30:03"); s = t.date()
rows = [["序号", "楼栋", "反映问题", "处理人", "时限", "进度"],
        ["1", "12栋3单元", "暖气不热（室温16℃）", "张宏伟", "12月2日", "已联系供热公司"],
        ["2", "7栋", "楼道灯损坏", "刘春生", "本周五", "未处理"],
        ["3", "21栋1单元", "独居老人王某某需定期探视", "王丽娟", "每周一次", "长期"],
        ["4", "5栋", "下水管冻堵", "张宏伟", "12月1日", "已处理完毕"]]
txt = ("赵主任、韩主任及各位：\n\n本周例会纪要，入户走访问题清单从Excel里直接复制过来的：\n\n" + text_table(rows) +
       "\n\n另：网格员冬季走访记录本统一换新，小张明天下班前到街道领取。\n\n下周二上午开例会，地点社区二楼。\n\n丁香社区 王丽娟\n")
eml, _ = build("foxmail", who("wang"), [who("zhao"), who("han")], [who("zhang"), who("liu"), bot("H")], "丁香社区入户走访周例会纪要（11.30）",
               t, txt, cs="GBK", cte="base64", dom=bot("H")[1])
case(3932, "harbin-grid-visit-tsv-halfday", eml, gold("minutes",
    "Community grid-worker minutes with an Excel range pasted as tab-separated text (Foxmail GBK, text only). Sent Mon 2026-11-30. 12月2日 -> 2026-12-02; 本周五 -> 2026-12-04; row 3 '每周一次/长期' is a recurring duty -> item with no_due (judgement); row 4 进度=已处理完毕 -> not an item. Prose item: 小张 = 张宏伟, 明天下班前 -> 2026-12-01 (no time). '下周二上午' -> next meeting 2026-12-08, half day only -> time null.",
    [item("zhang", "12栋3单元暖气不热（室温16℃）", "2026-12-02", calc=D(2026, 12, 2)),
     item("liu", "7栋楼道灯损坏", "2026-12-04", calc=wk(s, 4)),
     item("wang", "独居老人王某某定期探视", None, flags=["no_due"]),
     item("zhang", "到街道领取新的冬季走访记录本", "2026-12-01", calc=s + dt.timedelta(days=1))],
    fu("2026-12-08", None, calc=nwk(s, 1))))

t = T("2026-12-15 09:40:21"); s = t.date()
txt = """供暖投诉联席会议纪要

时间：2026年12月14日（周一）下午
参加：韩雪梅、于洪波、李桂芝、王丽娟、张宏伟，热力公司客服部

会议议定以下事项：
1. 针对近期集中投诉的丁香小区（1）12栋、（2）15栋室温不达标问题，由王丽娟
   牵头组织网格员逐户复测，复测数据汇总后报热力公司，
   完成时限：本周五前。
2. 热力公司对15栋二次管网进行水力平衡调试（由其客服部自行安排，
   街道不跟踪）。
3. 李桂芝负责对辖区低保、特困家庭的采暖费补贴申请进行梳理
   （含（1）名单核对、（2）材料收集），下周三下班前
   报韩主任。
4. 张宏伟：建立供暖投诉台账，每日更新，月底前
   汇总一次。

综治办 于洪波
"""
eml, mid3933 = build("foxmail", who("yu"), [who(k) for k in ("han", "li", "wang", "zhang")], [bot("H")], "供暖投诉联席会议纪要", t, txt,
                     html_of_text(txt, "宋体"), cs="GBK", cte="base64", dom=bot("H")[1])
case(3933, "harbin-wrapped-lines-bracket-subnumbers", eml, gold("minutes",
    "Plain-looking Foxmail GBK minutes whose items wrap over indented continuation lines, with the deadline on the continuation line and （1）（2） sub-numbering inside the item (not separate items). Sent Tue 2026-12-15 (meeting was the day before). 本周五前 -> 2026-12-18; 下周三下班前 -> 2026-12-23, no time; 月底前 -> 2026-12-31. Item 2 is the heating company's own work, explicitly '街道不跟踪' -> not an item.",
    [item("wang", "组织网格员对12栋、15栋逐户复测室温并汇总报热力公司", "2026-12-18", calc=wk(s, 4)),
     item("li", "梳理低保、特困家庭采暖费补贴申请（名单核对、材料收集）报韩主任", "2026-12-23", calc=nwk(s, 2)),
     item("zhang", "建立供暖投诉台账并汇总", "2026-12-31", calc=month_end(s))]))

t = T("2025-12-31 15:20:48"); s = t.date()
txt = """元旦期间安全稳定工作部署会纪要

2025年12月31日上午，赵国华主任主持召开元旦期间安全稳定工作部署会，班子成员及各科室负责人参加。会议要求：

一、于洪波同志负责节日期间值班带班安排，节后第一个工作日将值班情况汇总报街道办。
二、刘春生同志负责组织清理主次干道积雪，重点保障学校、医院周边通行，2个工作日内完成。
三、韩雪梅同志负责走访慰问辖区困难群众，1月9日前完成。

下次例会时间：
2026年1月4日（星期日，调休上班）
上午9:00，街道三楼会议室

丁香街道办事处
"""
eml, _ = build("outlook", who("zhao"), [who(k) for k in ("yu", "liu", "han")], [bot("H")], "元旦期间安全稳定工作部署会纪要", t, txt,
               html_of_text(txt, "仿宋"), cs="gb2312", cte="base64", dom=bot("H")[1])
case(3934, "harbin-new-year-makeup-sunday-next-meeting-split", eml, gold("minutes",
    "Outlook gb2312. Sent Wed 2025-12-31, before 元旦 2026 (holiday 01-01..01-03, make-up Sun 01-04). 节后第一个工作日 -> 2026-01-04 (the make-up Sunday); 2个工作日内 -> 01-04, 01-05 -> 2026-01-05; 1月9日前 -> 2026-01-09 (month-day already past this year, clearly meant next year). '同志' after names. Next meeting: the label line, then the date on one line and the time on the next -> 2026-01-04 09:00.",
    [item("yu", "节日期间值班情况汇总报街道办", "2026-01-04", calc=first_wd_after(D(2026, 1, 3))),
     item("liu", "组织清理主次干道积雪", "2026-01-05", calc=add_wd(s, 2)),
     item("han", "走访慰问辖区困难群众", "2026-01-09", calc=D(2026, 1, 9))],
    fu("2026-01-04", "09:00", calc=D(2026, 1, 4))))

tr = T("2026-12-15 09:41:30")
rec = recap_text("H", "供暖投诉联席会议纪要", [("组织网格员对12栋、15栋逐户复测室温并汇总报热力公司", "王丽娟", "12月18日 18:00"),
                                             ("梳理低保、特困家庭采暖费补贴申请报韩主任", "李桂芝", "12月23日 18:00"),
                                             ("建立供暖投诉台账并汇总", "张宏伟", "12月31日 18:00")], tr)
rm = recap_mid("H", "3933")
t = T("2026-12-17 16:05:12")
txt = "第1项进度80%，还剩15栋2单元没复测完，明天能报热力公司。\n\n王丽娟" + q_coremail(bot("H"), tr, [who("yu")], "【纪要确认】供暖投诉联席会议纪要", rec)
eml, _ = build("coremail", who("wang"), [bot_reply_to("H", "r3933f0c2")], [], "Re:【纪要确认】供暖投诉联席会议纪要", t, txt,
               html_of_text(txt), cs="GBK", cte="base64", irt=rm, refs=[mid3933, rm], dom=bot("H")[1])
case(3935, "harbin-reply-progress-coremail", eml, gold("reply",
    "Coremail GBK reply '第1项进度80%，…明天能报' -> progress, items [1], percent 80. '明天能报' is a forecast, not an extension request.",
    reply=rep("progress", [1], percent=80)))

t = T("2026-12-15 09:41:33")
txt = "您好，我已收到您的来信。本人12月14日至12月18日在市里参加培训，其间邮件处理可能不及时，急事请致电0451-8276XXXX。谢谢！\n"
eml, _ = build("coremail", who("li"), [bot_reply_to("H", "r3933f0c2")], [], "自动回复：【纪要确认】供暖投诉联席会议纪要", t, txt,
               cs="GBK", cte="base64", irt=rm, extra_headers="Auto-Submitted: auto-replied\nX-Mail-Autoreply: yes\nPrecedence: auto_reply\n",
               dom=bot("H")[1])
case(3936, "harbin-auto-reply-coremail", eml, gold("auto",
    "Coremail auto-reply ('自动回复：' subject, Auto-Submitted: auto-replied) to the recap of 3933; body has dates and a phone number; not a reply command."))

t = T("2026-12-01 14:22:09")
txt = """各社区、各科室：

定于12月3日（星期四）上午9:00在街道三楼会议室召开供暖工作调度会，请各社区书记、网格长准时参加，并准备近期入户走访情况汇报材料（书面，3分钟以内）。

请于今天下班前回复参会人员名单。

丁香街道办事处
2026年12月1日
"""
eml, _ = build("coremail", who("han"), [who("wang"), who("li"), who("yu"), who("liu")], [bot("H")], "关于召开供暖工作调度会的通知", t, txt,
               html_of_text(txt, "仿宋_GB2312", "16pt"), cs="GBK", cte="base64", dom=bot("H")[1])
case(3937, "harbin-other-meeting-notice", eml, gold("other",
    "A meeting notice (会议通知) sent before the meeting, with the bot on Cc out of habit: it has a date, a time and requests (准备汇报材料, 今天下班前回复) but it is not minutes and not a reply -> other, no items, no follow-up."))

# ---------------- more minutes
t = T("2027-03-09 18:12:30"); s = t.date()
txt = """设计评审 recap ✨（3/9）

🎯 结论
• 首页改版方案 B 通过，A 不再推进
• icon 风格统一用线性，不再混用面性

📌 To-do
👉 Kiki to 出方案 B 的完整交互稿 by Friday
👉 Ethan 评估首页新动效在低端机上的性能 by 3/16
👉 Kevin to 和运营确认 banner 位数量，ASAP 🙏
👉 Zoe：首页接口字段 check（不急），下周五前

🗓 下次评审：3月16日 下午3点，还是 5F 小会议室

有问题随时 ping 我～
Kiki
"""
eml, _ = build("feishu", who("kiki"), [who(k) for k in ("ethan", "kevin", "zoe")], [bot("A")], "设计评审 recap（3/9）", t, txt,
               html_of_text(txt, "PingFang SC", "14px"), cs="utf-8", cte="base64", dom=bot("A")[1])
case(3919, "ai-emoji-bullets-name-to-do", eml, gold("minutes",
    "Designer's emoji-bullet recap (🎯 结论 / 📌 To-do / 🗓), 'Name to do X by …' in mixed zh/en. Sent Tue 2027-03-09 (2027: only weekday/absolute dates used). by Friday -> 2027-03-12; by 3/16 -> 2027-03-16; ASAP -> vague_due; 下周五前 -> 2027-03-19. 结论 lines are decisions. Next: 3月16日 下午3点 -> 2027-03-16 15:00.",
    [item("kiki", "出方案 B 的完整交互稿", "2027-03-12", calc=wk(s, 4)),
     item("ethan", "评估首页新动效在低端机上的性能", "2027-03-16", calc=D(2027, 3, 16)),
     item("kevin", "和运营确认 banner 位数量", None, flags=["vague_due"]),
     item("zoe", "首页接口字段 check", "2027-03-19", calc=nwk(s, 4))],
    fu("2027-03-16", "15:00", calc=D(2027, 3, 16))))

t = T("2025-07-08 20:05:41"); s = t.date()
txt = """Hi team, Notion page exported below (Tina asked to loop in the bot).

# Germany Q3 samples – sync (Jul 8)

Attendees: Tina Su, Jimmy Hong, 庄文斌, 许家豪, 吴美玲

## Notes
- Teehaus Nord wants Jasmine grade 2 & 3 for their autumn catalogue.
- Samples go by DHL, not by post (decided).

## Tasks
| Done | Task | Owner | Due | Priority |
|---|---|---|---|---|
| [x] | Send Oolong retention samples | @Jimmy Hong | 2025-07-04 | P1 |
| [ ] | 准备 Jasmine 2/3级各1kg样品 | @庄文斌 | 2025-07-11 | P1 |
| [ ] | Update FOB price sheet for Q3 | @Tina Su | July 15 | P2 |
| [ ] | Book DHL pickup for the samples | @许家豪 | 2 business days after samples are ready | P2 |
| [ ] | 报关资料模板更新（中英对照） | @吴美玲 | 下周四 | P3 |

Jimmy
"""
eml, _ = build("gmail", who("jimmy"), [who(k) for k in ("tina", "zhuang", "xu", "meiling")], [bot("T")], "Germany Q3 samples – sync (Jul 8)", t, txt,
               html_of_text(txt, "Arial"), cs="UTF-8", cte="quoted-printable", dom=bot("T")[1])
case(3928, "tea-notion-markdown-pipe-table", eml, gold("minutes",
    "Notion export: Markdown pipe table with a Done checkbox column first and a Priority column (Gmail UTF-8 QP). Sent Tue 2025-07-08. '[x]' row is done. 2025-07-11; 'July 15' -> 2025-07-15; '2 business days after samples are ready' is conditional -> no date, no_due; 下周四 -> 2025-07-17. '(decided)' line is a decision.",
    [item("zhuang", "准备 Jasmine 2/3级各1kg样品", "2025-07-11", calc=D(2025, 7, 11)),
     item("tina", "Update FOB price sheet for Q3", "2025-07-15", calc=D(2025, 7, 15)),
     item("xu", "Book DHL pickup for the samples", None, flags=["no_due"]),
     item("meiling", "报关资料模板更新（中英对照）", "2025-07-17", calc=nwk(s, 3))]))

def docx_bytes(paras):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % H.escape(x) for x in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(n, date_time=(2026, 10, 9, 10, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return bio.getvalue()

t = T("2026-10-09 10:26:55"); s = t.date()
paras = ["丁香街道网格化管理工作例会纪要", "（2026年10月9日）",
         "10月9日上午，韩雪梅副主任主持召开网格化管理工作例会。会议听取了节日期间网格巡查情况汇报，议定事项如下：",
         "一、张宏伟负责完成网格内出租房屋信息采集录入，10月16日前完成。",
         "二、王丽娟负责入户走访独居老人并建立供暖期联系卡，3个工作日内完成。",
         "三、于洪波负责组织消防安全宣传进社区活动，10月底前完成。",
         "会议强调，网格员每日巡查不少于2次，发现问题及时上报。", "丁香街道办事处"]
txt = "各位：\n\n今天网格例会纪要见附件，请查收落实。\n\n韩雪梅\n丁香街道办事处\n"
eml, _ = build("coremail", who("han"), [who(k) for k in ("zhang", "wang", "yu")], [bot("H")], "网格化管理工作例会纪要（10月9日）", t, txt,
               cs="GBK", cte="base64", attach=("网格化管理工作例会纪要1009.docx",
                                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(paras)),
               dom=bot("H")[1])
case(3938, "harbin-minutes-in-docx-attachment", eml, gold("minutes",
    "The body only says '纪要见附件'; the minutes are in a .docx attachment (raw WordprocessingML zip, RFC 2047 filename). Sent Fri 2026-10-09, the day before the 10-10 make-up Saturday. 10月16日前 -> 2026-10-16; 3个工作日内 -> 10-10 (make-up Saturday), 10-12, 10-13 -> 2026-10-13; 10月底前 -> 2026-10-31. '网格员每日巡查不少于2次' is a rule. A parser that ignores attachments finds no items (kind should still be minutes).",
    [item("zhang", "完成网格内出租房屋信息采集录入", "2026-10-16", calc=D(2026, 10, 16)),
     item("wang", "入户走访独居老人并建立供暖期联系卡", "2026-10-13", calc=add_wd(s, 3)),
     item("yu", "组织消防安全宣传进社区活动", "2026-10-31", calc=month_end(s))]))

t = T("2026-10-30 17:48:09"); s = t.date()
rows = [["序号", "协作事项", "牵头部门", "配合部门", "负责人", "计划完成时间", "进展情况"],
        ["1", "老旧小区楼道防火门更换摸底", "城管科", "各社区", "刘春生", "11月6日", "已摸排60%"],
        ["2", "供暖期困难群众走访慰问方案", "民生服务科", "财务室", "李桂芝", "下周三下班前", "初稿已完成"],
        ["3", "平安建设满意度电话调查整改", "综治办", "各社区", "于洪波", "3个工作日内", "未开始"],
        ["4", "文明城市创建迎检资料归档", "文明办", "各科室", "高博", "10月28日", "已完成"],
        ["5", "智慧网格平台账号清理", "综治办", "", "", "待定", "等区里通知"]]
txt = ("赵主任并各科室：\n\n本周跨部门协作事项跟踪情况如下，请各牵头部门按时推进。\n\n跨部门协作事项跟踪表（10月30日）\n" +
       text_table(rows) + "\n\n街道办 综合办公室\n")
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body style="font-family:宋体">'
       '<p>赵主任并各科室：</p><p>本周跨部门协作事项跟踪情况如下，请各牵头部门按时推进。</p><p><b>跨部门协作事项跟踪表（10月30日）</b></p>'
       + html_table(rows) + '<p>街道办 综合办公室</p></body></html>')
eml, _ = build("coremail", who("han"), [who("zhao")], [who(k) for k in ("liu", "li", "yu", "gao")] + [bot("H")],
               "跨部门协作事项跟踪表（10月30日）", t, txt, htm, cs="GBK", cte="base64", dom=bot("H")[1])
case(3939, "harbin-collab-tracking-table", eml, gold("minutes",
    "Seed-style 跨部门协作事项跟踪表 (牵头部门/配合部门/负责人/计划完成时间/进展情况), Coremail GBK HTML. Sent Fri 2026-10-30. 11月6日 -> 2026-11-06; 下周三下班前 -> 2026-11-04 (no time); 3个工作日内 -> 11-02, 11-03, 11-04 -> 2026-11-04; row 4 进展=已完成 -> not an item; row 5 has no 负责人 and 待定 -> owner null (牵头部门 综治办 is a roster department), no_owner + vague_due. '初稿已完成' in row 2 is progress, not done.",
    [item("liu", "老旧小区楼道防火门更换摸底", "2026-11-06", calc=D(2026, 11, 6)),
     item("li", "供暖期困难群众走访慰问方案", "2026-11-04", calc=nwk(s, 2)),
     item("yu", "平安建设满意度电话调查整改", "2026-11-04", calc=add_wd(s, 3)),
     item(None, "智慧网格平台账号清理", None, flags=["no_owner", "vague_due"], dept="综治办")]))

t = T("2026-03-16 21:48:26"); s = t.date()
txt = """今晚8点和苏经理、阿豪线上碰了一下摩洛哥斋月后的出货安排，记几条：
1）阿豪明早9点前把3月底前能走的柜子列个清单给我（含船名航次）；
2）苏经理 by 3/20 跟 Youssef 确认斋月后第一批的数量【注意：要拿到书面确认（邮件即可）】；
3）年度大客户返利政策，美玲算一下，2026年底前执行完；
4）卡萨布兰卡的展会要不要去，再议。

下次还是下周一晚上这个时间，线上。

陈振南
"""
eml, _ = build("qq", ("陈振南", "chenzhennan@" + TEA), [who("tina"), who("xu")], [who("meiling"), bot("T")], "斋月后出货 几件事", t, txt,
               html_of_text(txt), cs="gb18030", cte="base64", dom=bot("T")[1])
case(3929, "tea-boss-short-list-nested-brackets", eml, gold("minutes",
    "The general manager's own short list (Exmail/QQ gb18030): 1）2）numbering, nicknames (阿豪 = 许家豪, 苏经理 = 苏雅婷, 美玲 = 吴美玲), a remark in 【…（…）】 nested brackets inside item 2. Sent Mon 2026-03-16 21:48. 明早9点前 -> 2026-03-17 09:00; 3月底前 inside item 1 describes the containers, not the deadline; by 3/20 -> 2026-03-20; 2026年底前 -> 2026-12-31. Item 4 '要不要去，再议' is an open question with no owner -> not an item (judgement). Next: '下周一晚上这个时间' with the meeting at 今晚8点 -> 2026-03-23 20:00.",
    [item("xu", "列3月底前能走的柜子清单（含船名航次）", "2026-03-17", "09:00", calc=s + dt.timedelta(days=1)),
     item("tina", "跟 Youssef 确认斋月后第一批的数量并拿到书面确认", "2026-03-20", calc=D(2026, 3, 20)),
     item("meiling", "计算年度大客户返利政策", "2026-12-31", calc=D(2026, 12, 31))],
    fu("2026-03-23", "20:00", calc=nwk(s, 0))))

# =====================================================================================================
def write(out):
    out.mkdir(parents=True, exist_ok=True)
    for name, eml, g in CASES:
        (out / (name + ".eml")).write_bytes(eml.encode("utf-8"))
        (out / (name + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for r in ROSTER:
            w.writerow(r)

def check(out):
    import email
    bad = 0
    for hand, calc, what in CHECKS:
        if calc is None or D.fromisoformat(hand) != calc:
            print("DATE MISMATCH:", what, hand, calc); bad += 1
    # calendar facts the gold relies on (make-up working days / holidays named in the mails)
    for iso, work in [("2025-09-28", 1), ("2025-10-08", 0), ("2025-10-11", 1), ("2026-01-04", 1), ("2026-01-02", 0),
                      ("2026-02-14", 1), ("2026-02-23", 0), ("2026-05-05", 0), ("2026-05-09", 1), ("2026-06-19", 0),
                      ("2026-09-25", 0), ("2026-10-07", 0), ("2026-10-10", 1), ("2025-04-04", 0), ("2025-04-07", 1)]:
        if is_workday(D.fromisoformat(iso)) != bool(work):
            print("CALENDAR FACT WRONG:", iso); bad += 1
    nums = [n.split("-")[0] for n, _, _ in CASES]
    assert len(nums) == len(set(nums)), "duplicate case numbers"
    for name, eml, g in CASES:
        p = out / (name + ".eml")
        if not p.exists() or p.read_bytes() != eml.encode("utf-8"):
            print("EML DIFFERS:", name); bad += 1
        m = email.message_from_bytes(eml.encode("utf-8"))
        assert m["Message-ID"] and m["Date"], name
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
        j = json.loads((out / (name + ".json")).read_text(encoding="utf-8"))
        if j != json.loads(json.dumps(g)):
            print("JSON DIFFERS:", name); bad += 1
        if g["kind"] != "minutes":
            assert not g["items"] and g["next_followup"] is None, name
    kinds = {}
    for _, _, g in CASES:
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
    print("cases", len(CASES), kinds, "items", sum(len(g["items"]) for _, _, g in CASES), "date checks", len(CHECKS),
          "problems", bad)
    return bad

if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--check":
        d = Path(args[1]) if len(args) > 1 else Path(__file__).resolve().parent
        sys.exit(1 if check(d) else 0)
    d = Path(args[0]) if args else Path(__file__).resolve().parent
    write(d)
    sys.exit(1 if check(d) else 0)
