"""heldout81 cases 10901-10905: 乌海市海勃湾区城市管理综合行政执法局 (government) and its SOE partner."""
import datetime as dt

from h81lib import (Case, It, P, ad, alist, attach, div_html, ew, make_docx, message, multipart, outlook_html,
                    pa, part, qp, received, table_html, tpart, htmlesc)

DOM = "hbwzf.example.gov.cn"
BOT = ad("纪要助手", "minutes@" + DOM)
BOT_GB = ad("纪要助手", "minutes@" + DOM, "gb2312", "B")


def c10901():
    cs = "gb2312"
    date = "Tue, 7 Apr 2026 16:42:18 +0800"
    lines = """各科室、中队：

现将4月7日局长办公会议议定事项印发如下，请抓好落实。

海勃湾区城市管理综合行政执法局
局长办公会议纪要
〔2026〕第7期

时间：2026年4月7日（星期二）上午9:00
地点：局三楼会议室
主持：郝建军
参加：乔慧敏、贾志刚、巴特尔、吉日格拉、温雅琴、任国栋、闫晓峰
记录：乔慧敏

会议听取了市容环境卫生科关于一季度环境卫生考核情况的汇报，听取了数字城管指挥中心关于平台案件办理情况的汇报。会议认为，一季度各项工作总体平稳，但背街小巷环境卫生、案件按期办结率等方面仍有短板。现将议定事项纪要如下：

一是开展背街小巷环境卫生集中整治。由市容环境卫生科牵头，执法一中队配合，贾志刚同志具体负责，4月20日前完成辖区背街小巷第一轮排查并形成问题清单。

二是修订《门前三包责任书》文本。责任单位：法制科；完成时限：4月底前。

三是解决数字城管平台案件超期问题。由闫晓峰同志牵头，5个工作日内提出整改方案，报局领导审定。

四是加强占道经营常态化管控。执法二中队负责，与各街道建立联动机制，常态化开展。

五是会议强调，各科室、中队要严格落实首问负责制，对群众反映的问题不得推诿扯皮，一季度考核排名靠后的单位要在下次会上作表态发言。

下次局长办公会议时间另行通知。

抄送：局领导
海勃湾区城市管理综合行政执法局办公室　　2026年4月7日印发
""".split("\n")
    text = "\r\n".join(lines)
    html = outlook_html(lines, cs)
    b = "----=_NextPart_000_0012_01DCC6A1.3F2B9E40"
    ctype, body = multipart("alternative", b, [
        tpart(text, cs, "base64"),
        tpart(html, cs, "quoted-printable", sub="html"),
    ], preamble="This is a multipart message in MIME format.")
    to = [pa(n, cs) for n in ("贾志刚", "巴特尔", "吉日格拉", "温雅琴", "任国栋", "闫晓峰")]
    hdr = [
        ("Return-Path", "<qiaohuimin@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("QIAOHM-PC", "10.12.4.27", "mail." + DOM, "4bQ7mC2yXz", date + " (CST)", "minutes@" + DOM)),
        ("From", pa("乔慧敏", cs)),
        ("To", alist(to)),
        ("Cc", alist([pa("郝建军", cs), BOT_GB])),
        ("Subject", ew("局长办公会议纪要〔2026〕第7期", cs, "B", maxchars=14)),
        ("Date", date),
        ("Message-ID", "<001201dcc6a1$3f2b9e40$bd82dac0$@hbwzf.example.gov.cn>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzGoT8rmkBEe3pWQ1WZ0m9yN3L1bA=="),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        It("贾志刚", "完成辖区背街小巷第一轮排查并形成问题清单", "abs:2026-04-20"),
        It(("dept", "法制科"), "修订《门前三包责任书》文本", "monthend"),
        It("闫晓峰", "提出数字城管平台案件超期问题整改方案", "workdays:5"),
        It(("dept", "执法二中队"), "加强占道经营常态化管控，与各街道建立联动机制", "none"),
    ]
    notes = ("Government 局长办公会议纪要 in 一是/二是 style, Outlook gb2312 (plain base64 + Word HTML QP). Sent Tue 2026-04-07, "
             "the day after the 清明 Monday. 一是: 牵头 unit 市容环境卫生科 but '贾志刚同志具体负责' names the owner; 4月20日前 -> 2026-04-20. "
             "二是: 责任单位 法制科 only -> no_owner, department 法制科; 完成时限 '4月底前' -> 2026-04-30. 三是: '5个工作日内' counted from "
             "04-08: 04-08, 04-09, 04-10, 04-13, 04-14 -> 2026-04-14. 四是: department only and '常态化开展' -> no_owner + no_due. "
             "五是 is an emphasis/policy line (会议强调), not an item; the 汇报 paragraph is a report. '下次…另行通知' -> no follow-up.")
    return Case(10901, "gov-yishi-ershi-outlook-gb2312", "minutes", message(hdr, body, crlf=True), items, None, notes,
                "Outlook gb2312 government 局长办公会议纪要: 一是/二是 items, 牵头 unit vs 具体负责 person, 责任单位/完成时限 dept-only, "
                "5个工作日内 after 清明, 会议强调 policy line not an item")


def c10902():
    date = "Thu, 23 Apr 2026 17:26:51 +0800 (GMT+08:00)"
    when = dt.datetime(2026, 4, 23, 15, 10, 0)
    rows = [
        ["序号", "工作任务", "责任单位", "责任人", "完成时限", "备注"],
        ["1", "主次干道破损路面修补", "市政设施科", "任国栋", "4月30日前", "重点是滨河大道、人民路"],
        ["2", "更新公益广告牌（不少于40块）", "市容环境卫生科", "苏日娜", "5月8日前", ""],
        ["3", "农贸市场周边占道经营整治", "执法一中队（主责）、执法二中队（配合）", "巴特尔", "五一节前", "节日期间加强巡查"],
        ["4", "迎检资料汇编成册", "办公室", "乔慧敏", "复检前（时间待定）", "各单位资料报办公室"],
    ]
    docx = make_docx(
        "创城迎检专题会议纪要",
        ["时间：2026年4月23日上午9:30", "地点：局三楼会议室", "主持：郝建军",
         "参加：乔慧敏、贾志刚、苏日娜、巴特尔、吉日格拉、任国栋", "记录：苏日娜",
         "会议通报了自治区文明城市复检的时间安排和测评标准，分析了我区城市管理领域存在的短板。会议决定成立迎检工作专班，由郝建军同志任组长。",
         "一、任务分工"],
        rows,
        ["二、有关要求", "各责任单位每周五下午下班前向市容环境卫生科报送工作进展，市容环境卫生科汇总后报局领导。",
         "迎检期间实行日调度、周通报制度。"],
        "苏日娜", when)
    text = ("各位领导、各科室、中队：\n\n附件为今天上午创城迎检专题会议纪要，请按照任务分工表的完成时限抓好落实，"
            "有问题及时与市容科联系。\n\n苏日娜\n市容环境卫生科\n电话：0473-2035118\n")
    html = div_html(text.split("\n"), "font-family:宋体;font-size:14px;line-height:1.6")
    alt_ct, alt_body = multipart("alternative", "----=_Part_118024_1633472690.1776936411203",
                                 [tpart(text, "UTF-8", "base64", quote_cs=False),
                                  tpart(html, "UTF-8", "base64", sub="html", quote_cs=False)])
    alt = part(["Content-Type: " + alt_ct], alt_body)
    att = attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "创城迎检专题会议纪要（4.23）.docx")
    ctype, body = multipart("mixed", "----=_Part_118023_2021886917.1776936411203", [alt, att])
    to = [pa(n) for n in ("乔慧敏", "贾志刚", "巴特尔", "吉日格拉", "任国栋")]
    hdr = [
        ("Return-Path", "<surina@%s>" % DOM),
        ("Received", "from surina$hbwzf.example.gov.cn ( [10.12.5.61] ) by\n ajax-webmail-mail (Coremail) ; Thu, 23 Apr 2026 17:26:51 +0800\n (GMT+08:00)"),
        ("X-Originating-IP", "[10.12.5.61]"),
        ("Date", date),
        ("X-CM-HeaderCharset", "UTF-8"),
        ("From", pa("苏日娜")),
        ("To", alist(to)),
        ("Cc", alist([pa("郝建军"), BOT])),
        ("Subject", ew("创城迎检专题会议纪要（4月23日）")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT6.0.2 build 20250318(a1b2c3d4)\n Copyright (c) 2002-2026 www.mailtech.cn hbwzf"),
        ("Content-Type", ctype),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<6a1f0c2d.3e71.19db9a0c4f3.Coremail.surina@hbwzf.example.gov.cn>"),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-TRANSID", "AQAAfwBXv0J7sSlp2QkBAA--.21093W"),
        ("X-CM-SenderInfo", "5vxu1xld6kvxhiu6j0lk0lxqs0rtkk0iklxqs0rtkk0iklxlqu0"),
        ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
    ]
    items = [
        It("任国栋", "主次干道破损路面修补", "abs:2026-04-30"),
        It("苏日娜", "更新公益广告牌（不少于40块）", "abs:2026-05-08"),
        It("巴特尔", "农贸市场周边占道经营整治", "before:2026-05-01"),
        It("乔慧敏", "迎检资料汇编成册", "vague"),
    ]
    notes = ("Coremail webmail with the minutes only in a .docx attachment (Word table 序号/工作任务/责任单位/责任人/完成时限/备注); the "
             "body just points to it. Sent Thu 2026-04-23. Row 1 4月30日前 -> 2026-04-30; row 2 5月8日前 -> 2026-05-08; row 3 has "
             "'执法一中队（主责）、执法二中队（配合）' in one cell and 责任人 巴特尔; '五一节前' = last working day before the Labour Day "
             "holiday (05-01..05-05) -> Thu 2026-04-30. Row 4 '复检前（时间待定）' -> vague_due. The 有关要求 lines (每周五下午下班前报送进展, "
             "日调度) are standing rules for every unit, not items; 成立专班 is a decision.")
    return Case(10902, "gov-docx-duty-table-coremail", "minutes", message(hdr, body), items, None, notes,
                "Coremail, minutes only in a .docx table (责任单位/责任人/完成时限); 主责/配合 in one cell; 五一节前 = last workday "
                "before Labour Day; 时间待定; standing reporting rule not an item",
                attach_expect=["农贸市场周边占道经营整治", "五一节前"])


def c10903():
    date = "Mon, 11 May 2026 11:05:37 +0800"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">转发钉钉会议「垃圾分类推进周调度会」的智能纪要，请纪要助手跟踪待办。——苏日娜</div>
<div><br></div>
<div style="border:1px solid #e5e6eb;border-radius:8px;padding:16px;font-family:PingFang SC,Microsoft YaHei">
<div style="font-size:18px;font-weight:600">【钉钉智能纪要】垃圾分类推进周调度会</div>
<div style="color:#86909c;font-size:12px">会议时间：2026-05-11 09:30-10:40&nbsp;&nbsp;会议时长：70分钟</div>
<div style="color:#86909c;font-size:12px">参会人：贾志刚、巴特尔、苏日娜、闫晓峰、乔慧敏</div>
<div style="color:#86909c;font-size:12px">—— 本纪要由AI生成，内容仅供参考 ——</div>
<h3>会议摘要</h3>
<p>本次会议主要围绕垃圾分类示范小区创建和夜市环境整治展开。贾志刚通报了4月份示范小区创建进度，已完成6个小区的桶站改造；闫晓峰表示平台已上线垃圾分类专项案件类别；巴特尔提到上周已完成对滨河夜市的第一次联合检查。</p>
<h3>章节速览</h3>
<p><b>00:02 示范小区创建进度</b><br>贾志刚介绍了示范小区创建情况，目前完成6个，剩余4个计划在5月底前完成桶站改造，需要街道配合做好居民动员。</p>
<p><b>00:25 夜市摊点管理</b><br>巴特尔建议对滨河夜市摊点进行全面摸排，建立一户一档，对油烟和噪音问题较多的摊点重点管理。</p>
<p><b>00:48 宣传工作</b><br>苏日娜提出在各街道设置垃圾分类宣传点位，需要与街道确认具体位置和时间。</p>
<h3>发言总结</h3>
<p><b>贾志刚：</b>强调示范小区要以点带面，桶站改造质量要过关。<br><b>巴特尔：</b>夜市问题要疏堵结合。<br><b>闫晓峰：</b>专项案件类别已上线，请各单位及时上报。</p>
<h3>待办事项</h3>
<ul style="list-style:none;padding-left:0">
<li>&#9744; 输出垃圾分类示范小区名单（负责人：贾志刚，截止：5月15日）</li>
<li>&#9744; 完成滨河夜市摊点摸排（负责人：巴特尔，截止：本周内）</li>
<li>&#9744; 对接街道确认宣传点位（负责人：苏日娜，截止：明天下午3点前）</li>
<li>&#9744; 联系供电公司核实路灯产权（负责人：未分配）</li>
</ul>
<p>下次会议：5月18日（周一）上午9:30</p>
<div style="color:#86909c;font-size:12px">由钉钉AI听记生成 · 查看完整录音与转写</div>
</div>
</body></html>
"""
    body = qp(html, "utf-8")
    hdr = [
        ("Return-Path", "<surina@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("out28-101.mail.dingtalk.example.com", "203.0.113.101", "mail." + DOM, "4bZ1kQ0pTt",
                              date + " (CST)", "minutes@" + DOM, "ESMTP")),
        ("Date", date),
        ("From", pa("苏日娜")),
        ("To", BOT),
        ("Cc", alist([pa("贾志刚"), pa("巴特尔"), pa("闫晓峰"), pa("乔慧敏")])),
        ("Message-ID", "<c2a71f3e-5d4b-4e0a-9b8c-2f6d1a7e9c30.surina@hbwzf.example.gov.cn>"),
        ("Subject", ew("转发：【钉钉智能纪要】垃圾分类推进周调度会")),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/html; charset="UTF-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("X-Mailer", "DingTalk Mail/7.6.10"),
    ]
    items = [
        It("贾志刚", "输出垃圾分类示范小区名单", "abs:2026-05-15"),
        It("巴特尔", "完成滨河夜市摊点摸排", "weekend"),
        It("苏日娜", "对接街道确认宣传点位", "rel:1", "15:00"),
        It(None, "联系供电公司核实路灯产权", "none"),
    ]
    notes = ("DingTalk AI (钉钉智能纪要) summary forwarded as single-part HTML (QP). Only the 待办事项 list counts: 会议摘要, 章节速览 "
             "('剩余4个计划在5月底前完成桶站改造') and 发言总结 are AI narrative/reports. Sent Mon 2026-05-11. 5月15日 -> 2026-05-15. "
             "AMBIGUOUS: '本周内' -> end of this calendar week, Sun 2026-05-17 (date-phrases.tsv reading; a strict business reader might say "
             "Fri 05-15). '明天下午3点前' -> 2026-05-12 15:00. '负责人：未分配' and no deadline -> no_owner + no_due. "
             "'下次会议：5月18日（周一）上午9:30' -> 2026-05-18 09:30 (Monday, checked).")
    return Case(10903, "gov-dingtalk-ai-minutes-html-only", "minutes", message(hdr, body), items, ("abs:2026-05-18", "09:30"),
                notes, "钉钉智能纪要 forwarded (HTML only): only 待办 counts, AI summary/章节速览 dates are not items; 本周内 (AMBIGUOUS); "
                "负责人：未分配; next meeting")


def c10904():
    cs = "utf-8"
    date = "Tue, 28 Apr 2026 10:15:02 +0800"
    text = """各科室、中队：

根据区委办公室《关于做好2026年劳动节期间值班工作的通知》要求，现将我局劳动节假期值班安排通知如下：

一、值班时间
2026年5月1日（星期五）至5月5日（星期二），共5天。5月9日（星期六）正常上班。

二、值班安排
5月1日　带班领导：郝建军　值班人员：乔慧敏
5月2日　带班领导：郝建军　值班人员：贾志刚
5月3日　带班领导：郝建军　值班人员：任国栋
5月4日　带班领导：郝建军　值班人员：温雅琴
5月5日　带班领导：郝建军　值班人员：闫晓峰
执法一中队、二中队按各自排班表执行，节日期间每日安排不少于6人街面巡查。

三、有关要求
1.值班人员须24小时保持通讯畅通，遇突发情况第一时间报告带班领导。
2.请各科室、中队于4月30日前将值班人员手机号报局办公室。
3.值班期间每日17:00前在值班群报平安。

特此通知。

海勃湾区城市管理综合行政执法局办公室
2026年4月28日
"""
    html = div_html(text.split("\n"), "font-family:微软雅黑;font-size:14px")
    ctype, body = multipart("alternative", "----=_NextPart_69F0147E_0B8C7D50_2C4E1A6F",
                            [tpart(text, cs, "base64"), tpart(html, cs, "base64", sub="html")],
                            preamble="This is a multi-part message in MIME format.")
    hdr = [
        ("Return-Path", "<qiaohuimin@%s>" % DOM),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("smtpbg.wecom.example.com", "198.51.100.77", "mail." + DOM, "4bV2nC6yQ1",
                              date + " (CST)", "minutes@" + DOM)),
        ("X-QQ-mid", "bizesmtp71t1777342502tq3b8k2d"),
        ("From", pa("乔慧敏")),
        ("To", ad("局机关全体", "all@" + DOM)),
        ("Cc", BOT),
        ("Subject", ew("关于2026年劳动节假期值班安排的通知")),
        ("Date", date),
        ("Message-ID", "<tencent_9C1E6A0F3B2D4E58A7C6B1D2@qq.example.com>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("X-Mailer", "WXWork Mail 4.1.38"),
    ]
    notes = ("A holiday duty-roster notice (通知) from the office, written by a person to all staff; the bot is in Cc. It is full of dates "
             "and one request ('4月30日前将值班人员手机号报局办公室') but it is not meeting minutes: kind other, no items, no follow-up.")
    return Case(10904, "other-gov-holiday-duty-notice-wecom", "other", message(hdr, body), [], None, notes,
                "WeCom mail: 劳动节值班通知 with dates and a 4月30日前 request, not minutes -> other")


def c10905():
    date = "Wed, 17 Jun 2026 17:50:09 +0800"
    text = """任科、闫主任，各位：

今天下午3点在我公司调度室召开雨季排水防涝协调会，纪要如下，请审阅。

参会单位：区城管执法局市政设施科（任国栋）、数字城管指挥中心（闫晓峰）、区住建局（王工）、我公司（武海龙、高建平）

一、情况通报
1.我公司已完成主城区68处雨水井巡查，发现堵塞12处。
2.区住建局通报老旧小区管网改造进度约40%。

二、议定事项
1.我公司负责完成12处雨水篦子清掏，端午节前完成。（负责人：武海龙）
2.占道施工审批由城管执法局市政设施科协调，6月22日前办结。（负责人：任科）
3.区住建局提供老旧小区雨污管网图纸，节后第一个工作日提供。
4.数字城管平台增设“积水点”专项案件类别，下周三前上线。（负责人：闫主任）

三、其他
汛期我公司安排专人24小时值守，值班电话0473-3120556。
下次碰头会定在下周三同一时间，地点不变。

乌海市海勃湾区市政设施养护有限公司
生产调度部　武海龙
13904736215
"""
    html = div_html(text.split("\n"), "font-family:'Microsoft YaHei UI';font-size:14px;color:#000")
    ctype, body = multipart("alternative", "----=_Part_47521_1183226045.1781689809117",
                            [tpart(text, "UTF-8", "base64", quote_cs=False), tpart(html, "UTF-8", "base64", sub="html", quote_cs=False)])
    wu = ad("武海龙", "wuhailong@hbwsy.example.cn")
    hdr = [
        ("Return-Path", "<wuhailong@hbwsy.example.cn>"),
        ("Delivered-To", "minutes@" + DOM),
        ("Received", received("mail-m12641.qiye.163.example.com", "198.51.100.141", "mail." + DOM, "4bN8fT3wPk",
                              date + " (CST)", "minutes@" + DOM)),
        ("Date", date),
        ("From", wu),
        ("To", alist([pa("任国栋"), pa("闫晓峰")])),
        ("Cc", alist([ad("高建平", "gaojianping@hbwsy.example.cn"), BOT])),
        ("Message-ID", "<AOQAfwCbB2VHsTFpZgkMAA--.41877S2@hbwsy.example.cn>"),
        ("Subject", ew("雨季排水防涝协调会会议纪要（6月17日）")),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("X-Priority", "3"),
        ("X-Mailer", "NetEase Mail Master 5.3.2.1012"),
        ("X-CM-TRANSID", "AQAAfwCbB2VHsTFpZgkMAA--.41877S2"),
    ]
    items = [
        It(("ext", "武海龙", "wuhailong@hbwsy.example.cn"), "完成12处雨水篦子清掏", "before:2026-06-19"),
        It("任国栋", "协调办结占道施工审批", "abs:2026-06-22"),
        It(None, "提供老旧小区雨污管网图纸", "after:2026-06-19"),
        It("闫晓峰", "数字城管平台增设积水点专项案件类别", "next:2"),
    ]
    notes = ("Minutes written by the state-owned maintenance company (external sender, NetEase Mail Master) for the bureau. Sent Wed "
             "2026-06-17, two days before 端午 (holiday 06-19..06-21). #1 owner is the sender 武海龙 (external: address from From, "
             "department null); '端午节前' -> last working day before 06-19 = Thu 2026-06-18. #2 任科 = 任国栋 (alias); 6月22日前 -> "
             "2026-06-22. #3 区住建局 is not one of ours -> owner null, department null, no_owner; '节后第一个工作日' -> Mon 2026-06-22. "
             "#4 闫主任 = 闫晓峰; '下周三前' -> 2026-06-24. The 24小时值守 line is an arrangement, not an item. '下次碰头会定在下周三同一时间' "
             "-> the meeting was held '今天下午3点' -> 2026-06-24 15:00.")
    return Case(10905, "soe-partner-minutes-duanwu-netease", "minutes", message(hdr, body), items, ("next:2", "15:00"), notes,
                "SOE partner writes the minutes (external From owns an item), NetEase Mail Master; 端午节前 / 节后第一个工作日; titles "
                "任科/闫主任; next meeting '下周三同一时间'")


CASES = [c10901, c10902, c10903, c10904, c10905]
