"""heldout76 cases 10422-10427: 崆峒区统计局 (flowed text, duty roster, AI minutes, newsletter, chat, make-up Saturday)."""
from h76_common import (KD, R, addr, addrs, arrival, bot, case, esc, ew, flowed, fu, html_page, it, lines_to_html,
                        message, multi, text)

NEWS = "gstj-news.example.org.cn"

# ------------------------------------------------------------------------------------------------ 10422
T22 = """各位：

今天上午碰头会纪要如下（会议时间：6月2日上午9:30，局二楼小会议室）。

一、“四上”企业名录核查
1. 核对样本户名录（柳湖、崆峒两个乡镇部分）——韩卫东负责（完成时限：6月5日（周五）前）。
2. 核对样本户名录（白水、花所两个乡镇部分）——苏敏负责（完成时限：6月5日（周五）前）。
3. 对名录中已停产、已注销的企业提出退库建议，
报朱局审定（贾小鹏负责，时限：〔下周三（6月10日）前〕）。

二、二季度核算准备
4. 韩卫东负责与区发改局、区财政局对接二季度部门数据报送时间，
争取（最迟6月15日）前全部到位。

三、其他
上次会议提出的统计执法检查计划已由苏敏报局长审定，不再列入。

下次碰头会：下周三同一时间。

韩卫东
国民经济核算股
"""


@case(10422, "kd-nested-brackets-same-task-thunderbird-flowed", "minutes",
      "Thunderbird format=flowed 8bit UTF-8: deadlines in nested brackets （…（周五）前）/〔下周三（6月10日）前〕/"
      "（最迟6月15日）前, two items with the same task text for different owners, items wrapped over lines, a closed "
      "item under 其他; 下周三同一时间",
      "Sent Tue 2026-06-02 11:40 +0800. Items 1 and 2 have the same task '核对样本户名录' for different towns and "
      "owners (韩卫东, 苏敏), both 6月5日（周五）前 -> 2026-06-05 (a Friday, checked). Item 3 wraps over two lines; "
      "〔下周三（6月10日）前〕 -> 2026-06-10 (下周三 from a Tuesday = 06-10, agrees). Item 4 wraps; '争取（最迟6月15日）前' "
      "-> 2026-06-15. '其他' reports a finished item (不再列入). '下次碰头会：下周三同一时间' -> 2026-06-10 09:30.",
      items=[
          it("韩卫东", "核对样本户名录（柳湖、崆峒两个乡镇部分）", ("abs", "2026-06-05"), "2026-06-05"),
          it("苏敏", "核对样本户名录（白水、花所两个乡镇部分）", ("abs", "2026-06-05"), "2026-06-05"),
          it("贾小鹏", "对已停产、已注销企业提出退库建议报朱局审定", ("nextweek", 3), "2026-06-10"),
          it("韩卫东", "与区发改局、区财政局对接二季度部门数据报送时间", ("abs", "2026-06-15"), "2026-06-15"),
      ],
      followup=fu(("nextweek", 3), "2026-06-10", "09:30"))
def build_10422():
    date = "Tue, 2 Jun 2026 11:40:27 +0800"
    body = text("text/plain", flowed(T22), "UTF-8", "8bit", quote=False, extra="; format=flowed")
    h = arrival(R["韩卫东"][1], "minutes@" + KD, date, "[10.61.20.44]", "10.61.20.44", "10422") + [
        ("Message-ID", "<4f0c8e21-9a3b-47d5-b216-e5c0a7f3d918@kdtjj.example.gov.cn>"),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "zh-CN"),
        ("To", addrs(["朱红霞", "苏敏", "贾小鹏"], sep=", ")),
        ("Cc", addr(*bot(KD))),
        ("From", addr("韩卫东", R["韩卫东"][1])),
        ("Subject", ew("6月2日名录核查及核算准备碰头会纪要")),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10423
T23 = """各股室：

6月17日下午，李文斌主任主持召开办公室会议，研究端午节假期值班及安全工作。现纪要如下：

一、值班安排（已确定）
6月19日：马志刚（带班）、苏敏
6月20日：朱红霞（带班）、贾小鹏
6月21日：韩卫东（带班）、田静
值班时间为当日8:30至次日8:30，值班人员须保持24小时通讯畅通。

二、工作要求
（一）苏敏负责于节前最后一个工作日（6月18日）下午5点前将值班表报区委办、区政府办。
（二）各股室节前完成办公室安全自查，关闭电源、门窗，由各股室负责人负责。
（三）节后第一个工作日，值班人员将值班记录交办公室归档（田静汇总）。
（四）普查中心田静负责，6月18日中午12点前向市农普办报送端午期间普查宣传安排。

崆峒区统计局办公室
2026年6月17日
"""


@case(10423, "kd-duanwu-duty-minutes-netease-gbk", "minutes",
      "NetEase 闪电邮 GBK base64 (text+html) government 值班 minutes before 端午: the duty roster (dates, 24小时) is a "
      "decision, （一）（二） requirements with 下午5点前 / 中午12点前 times, 节前 for 各股室, 节后第一个工作日 with the "
      "owner in brackets",
      "Sent Wed 2026-06-17 16:10 +0800; 端午 off 06-19..21. The 值班安排 lines (6月19日-21日, 8:30, 24小时) are decided "
      "duty slots, not items. （一）苏敏 节前最后一个工作日（6月18日）下午5点前 -> 2026-06-18 17:00. （二）各股室 … 由各"
      "股室负责人负责 -> no_owner, department null, 节前 -> 2026-06-18. （三）'（田静汇总）' makes 田静 the owner; 节后"
      "第一个工作日 -> 2026-06-22. （四）田静 6月18日中午12点前 -> 2026-06-18 12:00. No next meeting.",
      items=[
          it("苏敏", "将值班表报区委办、区政府办", ("abs", "2026-06-18"), "2026-06-18", time="17:00"),
          it(None, "完成办公室安全自查，关闭电源、门窗", ("before_holiday", "2026-06-19"), "2026-06-18",
             flags=["no_owner"]),
          it("田静", "汇总值班记录交办公室归档", ("after_holiday", "2026-06-19"), "2026-06-22"),
          it("田静", "向市农普办报送端午期间普查宣传安排", ("abs", "2026-06-18"), "2026-06-18", time="12:00"),
      ])
def build_10423():
    date = "Wed, 17 Jun 2026 16:10:55 +0800"
    html = html_page('<div style="font-family:宋体;font-size:12pt">%s</div>' % lines_to_html(T23), "GBK")
    body = multi("alternative", "NetEase-FlashMail-003-6f2a1c9e-8b7d-4e30-a5f1-0c9b2d7e4a16",
                 [text("text/plain", T23, "GBK", "base64"), text("text/html", html, "GBK", "base64")])
    h = arrival(R["李文斌"][1], "minutes@" + KD, date, "mail.kdtjj.example.gov.cn", "10.61.1.8", "10423") + [
        ("Date", date),
        ("From", addr("李文斌", R["李文斌"][1], "GBK")),
        ("To", addrs(["马志刚", "朱红霞", "贾小鹏", "韩卫东", "苏敏", "田静"], "GBK", sep=", ")),
        ("Cc", addr(*bot(KD), label="GBK")),
        ("Subject", ew("端午节假期值班工作安排会议纪要", "GBK")),
        ("Message-ID", "<202606171610553718520@kdtjj.example.gov.cn>"),
        ("X-mailer", "NetEase Flash Mail 2.4.1.32"),
        ("X-Priority", "3 (Normal)"),
        ("Mime-Version", "1.0"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10424
SUM24 = ("本次会议讨论农普现场登记前的准备工作。韩卫东提到8月上旬需完成电子化采集终端的压力测试；苏敏建议尽快明确普查员"
         "劳务补贴标准，避免影响选聘；朱红霞要求试点乡镇先行一步，为全区积累经验。")
TODO24 = [
    ("贾小鹏", "完成普查登记试点乡镇（花所镇）入户方案", "下周一前"),
    ("田静", "组织全区普查员PAD终端调试", "7月24日前"),
    ("苏敏", "与区财政局确认普查员劳务补贴标准", "待定"),
    ("待定", "起草《致农户的一封信》", "7月底前"),
]


@case(10424, "kd-tencent-meeting-ai-minutes-exmail", "minutes",
      "腾讯会议 智能纪要 forwarded by a person (Exmail, UTF-8 QP HTML only): AI 摘要 has dates and plans that are not "
      "待办; 待办 table with 下周一前 / 7月24日前 / 待定 / owner 待定; next meeting in the 会议信息 block",
      "Sent Fri 2026-07-17 17:50 +0800. Only 待办事项 rows are items; the 摘要's '8月上旬…', '尽快明确…' are "
      "discussion. 贾小鹏 下周一前 -> 2026-07-20. 田静 7月24日前 -> 2026-07-24. 苏敏 截止 待定 -> vague_due. Owner 待定 "
      "-> no_owner, 7月底前 -> 2026-07-31. '下次会议：7月24日（周五）15:00' -> 2026-07-24 15:00.",
      items=[
          it("贾小鹏", "完成普查登记试点乡镇（花所镇）入户方案", ("nextweek", 1), "2026-07-20"),
          it("田静", "组织全区普查员PAD终端调试", ("abs", "2026-07-24"), "2026-07-24"),
          it("苏敏", "与区财政局确认普查员劳务补贴标准", ("none",), None, flags=["vague_due"]),
          it(None, "起草《致农户的一封信》", ("month_end",), "2026-07-31", flags=["no_owner"]),
      ],
      followup=fu(("abs", "2026-07-24"), "2026-07-24", "15:00"))
def build_10424():
    date = "Fri, 17 Jul 2026 17:50:03 +0800"
    rows = "".join('<tr><td style="padding:6px;border-bottom:1px solid #eee">%s</td><td style="padding:6px;border-bottom:'
                   '1px solid #eee">%s</td><td style="padding:6px;border-bottom:1px solid #eee">%s</td></tr>'
                   % (esc(t), esc(o), esc(d)) for o, t, d in TODO24)
    inner = ('<div style="font-size:14px">朱局，今天农普登记准备会的腾讯会议智能纪要，发给大家并抄送纪要助手。<br>贾小鹏</div>'
             '<hr><div style="font-family:PingFang SC,Microsoft YaHei;color:#0f1a2a;max-width:680px">'
             '<div style="font-size:20px;font-weight:600">智能纪要｜农普现场登记准备会</div>'
             '<div style="color:#6c7a8c">会议时间：2026/07/17 15:00-16:40　会议号：482 615 903<br>'
             '参会人：朱红霞、贾小鹏、田静、韩卫东、苏敏<br>下次会议：7月24日（周五）15:00</div>'
             '<h3>摘要</h3><div>%s</div><h3>待办事项</h3><table style="border-collapse:collapse;width:100%%">'
             '<tr><th align=left>事项</th><th align=left>负责人</th><th align=left>截止</th></tr>%s</table>'
             '<div style="color:#99a3b0;font-size:12px;margin-top:12px">以上内容由腾讯会议AI小助手生成，仅供参考</div></div>'
             % (esc(SUM24), rows))
    body = text("text/html", html_page(inner, "utf-8"), "utf-8", "quoted-printable")
    h = arrival(R["贾小鹏"][1], "minutes@" + KD, date, "smtpbg153.exmail.example.com", "183.3.255.153", "10424") + [
        ("X-QQ-mid", "bizesmtp63t1784281803tc2n7q1f"),
        ("From", addr("贾小鹏", R["贾小鹏"][1])),
        ("To", addrs(["朱红霞", "田静", "韩卫东", "苏敏"], sep=", ")),
        ("Cc", addr(*bot(KD))),
        ("Subject", ew("转发：【腾讯会议】智能纪要：农普现场登记准备会")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("Message-ID", "<tencent_0D7C3B5A19E2F84C6A1B3D90@qq.com>"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10425
T25 = """统计信息周报（2026年第23期）

【工作动态】
① 全省农普工作推进视频会召开，要求各地6月30日前完成普查区划分和绘图，责任单位：各市州农普办；
② 省统计局印发《统计数据质量责任追究办法》，自7月1日起施行；
③ 5月份全省规上工业增加值同比增长6.1%。

【基层声音】
某区统计局：通过“一是抓名录、二是抓培训、三是抓督查”，3个工作日内完成了全部样本户核对。

本期编辑：信息科
退订请点击：https://gstj-news.example.org.cn/unsubscribe?u=minutes%40kdtjj.example.gov.cn
"""


@case(10425, "kd-auto-stat-newsletter-bulk", "auto",
      "Provincial statistics newsletter (Precedence: bulk, List-Id, List-Unsubscribe one-click, GBK QP): ①②③ "
      "lines with 6月30日前 / 责任单位 / 一是二是 / 3个工作日内 -> auto, no items",
      "Bulk newsletter sent Mon 2026-06-08 08:00 +0800 to the bot's address (List-Id, Precedence: bulk, "
      "List-Unsubscribe + List-Unsubscribe-Post). Its body looks like minutes (①②③, 责任单位, 6月30日前, 一是/二是, "
      "3个工作日内) but it is list mail: kind auto, no items.")
def build_10425():
    date = "Mon, 8 Jun 2026 08:00:14 +0800"
    html = html_page('<div style="width:640px;margin:auto;font-size:14px">%s</div>' % lines_to_html(T25), "GBK")
    body = multi("alternative", "=_gstjnews_20260608_0800_5c1a",
                 [text("text/plain", T25, "GBK", "quoted-printable"), text("text/html", html, "GBK",
                                                                            "quoted-printable")])
    h = arrival("bounce+23-minutes=kdtjj.example.gov.cn@" + NEWS, "minutes@" + KD, date, "edm1." + NEWS,
                "61.178.21.6", "10425") + [
        ("Date", date),
        ("From", addr("统计信息周报", "weekly@" + NEWS, "GBK")),
        ("To", "minutes@" + KD),
        ("Subject", ew("统计信息周报（2026年第23期）", "GBK")),
        ("Message-ID", "<20260608080014.23.5c1a@edm1.gstj-news.example.org.cn>"),
        ("List-Id", ew("统计信息周报", "GBK") + " <weekly.gstj-news.example.org.cn>"),
        ("List-Unsubscribe", "<https://gstj-news.example.org.cn/unsubscribe?u=minutes%40kdtjj.example.gov.cn>,\n "
                             "<mailto:unsubscribe@gstj-news.example.org.cn?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Mailer", "EDM Sender 3.2"),
        ("MIME-Version", "1.0"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10426
T26 = """各位：

原定明天（周三）下午的农普推进会改到周四（7月9日）下午3点，地点不变，还在局三楼会议室。朱局明天要去市里开会。

请贾股长把试点乡镇的入户进度表带上，其他材料不变。收到请回复一下。

田静

发自我的华为手机
"""


@case(10426, "kd-other-meeting-moved-huawei-mobile", "other",
      "Huawei phone mail (UTF-8 base64 text only) moving tomorrow's meeting to Thursday 15:00 and asking someone "
      "to bring a table: a rescheduling notice, not minutes -> other, no follow-up",
      "Sent Tue 2026-07-07 09:30 +0800. It moves the 推进会 from Wed to Thu 7月9日 15:00 and asks 贾股长 to bring a "
      "table. No meeting was held and nothing is minuted: kind other, no items, next_followup null (only minutes "
      "give a follow-up).")
def build_10426():
    date = "Tue, 7 Jul 2026 09:30:41 +0800"
    body = text("text/plain", T26, "UTF-8", "base64", quote=False)
    h = arrival(R["田静"][1], "minutes@" + KD, date, "[10.61.30.118]", "10.61.30.118", "10426") + [
        ("Date", date),
        ("From", addr("田静", R["田静"][1])),
        ("To", addrs(["朱红霞", "贾小鹏", "韩卫东", "苏敏"], sep=", ")),
        ("Cc", addr(*bot(KD))),
        ("Subject", ew("农普推进会改到周四下午")),
        ("Message-ID", "<AGkAzQBwBuE9sT2r3pLqQ0aX.1783387841117@kdtjj.example.gov.cn>"),
        ("X-Mailer", "HUAWEI Email 14.0.1.300"),
        ("MIME-Version", "1.0"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10427
T27 = """朱局、股里各位：

今天（5月9日，周六调休上班）股务会纪要：

1. 一季度农林牧渔业总产值复核：我负责，下周一前报核算股。
2. 夏粮预计产量调查：抽调的3名调查员2个工作日内完成样本地块核对，由小田统筹。
3. 畜禽监测：4月份迟报的2个乡镇由我约谈，5月15日前约谈完。
4. 上周五要报的乡村振兴统计监测表已于昨天报出，此项销号。

明天周日不上班，有急事电话联系。
下次股务会：下周五下午4点。

贾小鹏
农业统计股
"""


@case(10427, "kd-makeup-saturday-coremail-text", "minutes",
      "Coremail text-only GBK base64 minutes sent on the 2026-05-09 make-up Saturday: 下周一 = 05-11, 2个工作日内 "
      "from a Saturday, '我负责' = sender, 小田 alias, a 销号 (closed) item; 下周五下午4点 -> next week, not the past "
      "Friday",
      "Sent Sat 2026-05-09 17:20 +0800, a make-up working day (调休上班). Item 1 '我负责' = sender 贾小鹏, 下周一前 -> "
      "2026-05-11. Item 2 owner 小田 = 田静 (统筹); 2个工作日内 from Sat 05-09 -> Mon 05-11, Tue 05-12 -> 2026-05-12 "
      "(05-10 Sunday is off). Item 3 贾小鹏 5月15日前 -> 2026-05-15. Item 4 is already done (销号). '明天周日不上班' is "
      "a remark. '下次股务会：下周五下午4点' -> Fri 2026-05-15 16:00 (the week after the one containing Sat 05-09).",
      items=[
          it("贾小鹏", "一季度农林牧渔业总产值复核报核算股", ("nextweek", 1), "2026-05-11"),
          it("田静", "完成夏粮预计产量调查样本地块核对", ("workdays", 2), "2026-05-12"),
          it("贾小鹏", "约谈4月份迟报的2个乡镇", ("abs", "2026-05-15"), "2026-05-15"),
      ],
      followup=fu(("nextweek", 5), "2026-05-15", "16:00"))
def build_10427():
    date = "Sat, 9 May 2026 17:20:09 +0800 (GMT+08:00)"
    body = text("text/plain", T27, "GBK", "base64")
    h = arrival(R["贾小鹏"][1], "minutes@" + KD, date, "mail.kdtjj.example.gov.cn", "10.61.1.8", "10427") + [
        ("Date", date),
        ("From", addr("贾小鹏", R["贾小鹏"][1], "GBK")),
        ("To", addrs(["朱红霞", "田静"], "GBK", sep=", ")),
        ("Cc", addr(*bot(KD), label="GBK")),
        ("Subject", ew("5月9日农业统计股股务会纪要", "GBK")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9d4a3d0a)\n Copyright (c) 2002-2026 "
                     "www.mailtech.cn kdtjj"),
        ("X-Originating-IP", "[10.61.20.29]"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<5d0e7a31.3a82.19e0b4c7f15.Coremail.jiaxiaopeng@kdtjj.example.gov.cn>"),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    return message(h, body)
