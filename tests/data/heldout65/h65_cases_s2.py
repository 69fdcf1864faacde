"""heldout65 cases 9331-9333, 9337: 洛阳嵩岳耐火材料 (Feishu AI minutes, wrapped plain gb2312, thread chat, iPhone)."""
from h65_lib import (I, F, T, case, rfc_date, addr, addrs, ew, leaf, multi, message, deliver, hx, esc,
                     msgid_outlook, thread_index, html_paras)
from h65_roster import who, bot

DOM = "songyue-nc.example.cn"
BOT = bot("S")


@case(9331, "s-feishu-mail-ai-minutes-zh", "minutes",
      "Feishu Mail (飞书邮箱) UTF-8 pasting a 飞书妙记 智能纪要: 总结 discusses needs, only 待办 (@mentions) count; "
      "本周五前 / 7月21日前 / no date")
def c9331():
    t = T("2026-07-14 10:31:40")
    txt = """常经理、各位：上午会议的飞书智能纪要如下，待办已按会上分工核对。

飞书妙记 | 智能纪要：罗马尼亚客户投诉处理专题会
时间：2026年7月14日 09:00-09:45
参会人：常艳、雷鸣、牛晓峰、屈红军

总结
客户反映6月批次镁碳砖渣线部位侵蚀偏快。屈红军认为与客户出钢温度偏高有关，需要现场测温数据佐证；常艳提出信用证有效期需要延长，避免7月批次交单不符；雷鸣表示回复函要先给客户一个临时处理意见。

待办
@雷鸣 本周五前将罗马尼亚客户投诉回复函定稿
@牛晓峰 7月21日前出具残砖理化分析报告
@常艳 跟进信用证修改

智能纪要由 AI 生成，仅供参考

雷鸣 | 国际贸易部
"""
    html = ('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">' +
            html_paras(txt.rstrip(), "div") + "</div>\n")
    body = multi("alternative", [leaf("text/plain", txt, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 hx(9331, 32))
    hdr = deliver(BOT[1], who("雷鸣")[1], t, 9331, "va-2-41.feishu-relay.example.net", "101.45.254.41") + [
        ("From", addr("雷鸣", "UTF-8", quote=False)), ("Subject", ew("罗马尼亚客户投诉处理专题会-飞书智能纪要", "UTF-8")),
        ("Message-Id", f"<{hx(9331, 24)}+{hx(93311, 8)}@feishu-relay.example.net>"), ("Mime-Version", "1.0"),
        ("Date", rfc_date(t)), ("X-Mailer", "Feishu Mail"),
        ("To", addrs(["常艳", "牛晓峰", "屈红军"], "UTF-8", quote=False)), ("Cc", addr(BOT, "UTF-8", quote=False))]
    items = [I("雷鸣", "将罗马尼亚客户投诉回复函定稿", "2026-07-17", ("this", 4)),
             I("牛晓峰", "出具残砖理化分析报告", "2026-07-21", ("abs", "2026-07-21")),
             I("常艳", "跟进信用证修改", None, None)]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "飞书妙记 AI minutes pasted into a Feishu mail, sent Tue 2026-07-14. Only 待办 counts; the 总结's "
                     "'需要现场测温数据佐证', '需要延长' are discussion. 雷鸣 本周五前 -> 2026-07-17; 牛晓峰 7月21日前 -> "
                     "2026-07-21; 常艳 has no date -> no_due."}


@case(9332, "s-outlook-plain-gb2312-wrapped-items", "minutes",
      "Outlook plain text gb2312 QP 经营分析会纪要 whose numbered items are hard-wrapped over 2–3 indented lines "
      "(owner and date on different lines); 8月5日前 / 月底前 / 下周一前; next meeting '8月27日（周四）下午3:00'")
def c9332():
    t = T("2026-07-30 16:45:12")
    txt = """各位领导、各部门：

7月经营分析会于7月30日下午召开，郜总主持。会议纪要如下：

一、经营情况
1-7月累计销售收入同比增长6.2%，出口占比升至23%；高铝矾土到厂价环比上涨约8%，
对毛利影响较大。

二、工作安排
1．供应部靳涛牵头，对高铝矾土到厂价格波动情况
    进行分析，提出备选矿源方案，8月5日前形成
    书面报告。
2．国际贸易部常艳负责罗马尼亚订单二季度货款
    催收，月底前全部回笼。
3．生产管理部姬主任负责8月份检修计划与高温
    限电预案，下周一前报总经理办公会。

三、下次会议
下次经营分析会定于8月27日（周四）下午3:00召开。

综合办公室 卢珊
"""
    body = leaf("text/plain", txt, "gb2312", "quoted-printable")
    hdr = deliver(BOT[1], who("卢珊")[1], t, 9332, "LUSHAN-PC", "172.20.2.17") + [
        ("From", addr("卢珊", "gb2312")), ("To", addrs(["靳涛", "常艳", "姬永强"], "gb2312")),
        ("Cc", addrs(["郜振华", "屈红军", "宋卫东", BOT], "gb2312")),
        ("Subject", ew("7月经营分析会纪要", "gb2312")), ("Date", rfc_date(t)),
        ("Message-ID", msgid_outlook(9332, DOM)), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index(9332)), ("Content-Language", "zh-cn")]
    items = [I("靳涛", "对高铝矾土到厂价格波动情况进行分析，提出备选矿源方案，形成书面报告", "2026-08-05",
               ("abs", "2026-08-05")),
             I("常艳", "罗马尼亚订单二季度货款催收", "2026-07-31", ("monthend",)),
             I("姬永强", "8月份检修计划与高温限电预案报总经理办公会", "2026-08-03", ("next", 0))]
    return {"eml": message(hdr, body), "items": items, "followup": F("2026-08-27", "15:00"),
            "notes": "Plain text, items hard-wrapped over indented continuation lines (the date is on the last line of "
                     "each item). Sent Thu 2026-07-30. 靳涛 8月5日前 -> 2026-08-05; 常艳 月底前 -> 2026-07-31; 姬主任 = "
                     "姬永强, 下周一前 -> 2026-08-03. The 经营情况 section (6.2%, 8%) is facts. 下次经营分析会 8月27日（周四）"
                     "下午3:00 -> 2026-08-27 15:00."}


@case(9333, "s-coremail-other-reply-reschedule-thread", "other",
      "Coremail 'Re:' in a non-minutes thread (a safety meeting moved from 周四 to 周五上午9点), quoting the request "
      "under '-----原始邮件-----'; the bot was on the original Cc -> other")
def c9333():
    t = T("2026-08-04 09:20:37")
    txt = """收到。原定周四的安全例会改到周五上午9点没问题，我通知各车间主任。

宋卫东

-----原始邮件-----
发件人："卢珊" <lushan@songyue-nc.example.cn>
发送时间：2026-08-04 08:52:10 (星期二)
收件人："宋卫东" <songweidong@songyue-nc.example.cn>
抄送："纪要助手" <minutes@songyue-nc.example.cn>
主题：安全例会时间调整

宋部长：周四上午郜总要陪客户看窑，安全例会能否改到周五上午9点？地点不变。
"""
    html = '<div style="font-size:14px">' + html_paras(txt.rstrip(), "div") + "</div>\n"
    body = multi("alternative", [leaf("text/plain", txt, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 f"----=_Part_9333{hx(9333, 5)}_{hx(9334, 8)}.1785806437")
    parent = f"<{hx(93330, 8)}.{hx(93331, 4)}.{hx(93332, 11)}.Coremail.lushan@songyue-nc.example.cn>"
    hdr = deliver(BOT[1], who("宋卫东")[1], t, 9333, "[172.20.2.30]", "172.20.2.30") + [
        ("Date", rfc_date(t)), ("From", addr("宋卫东", "GBK")), ("To", addr("卢珊", "GBK")), ("Cc", addr(BOT, "GBK")),
        ("Subject", "Re:" + ew("安全例会时间调整", "GBK")), ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"),
        ("X-Coremail-Locale", "zh_CN"), ("In-Reply-To", parent), ("References", parent), ("MIME-Version", "1.0"),
        ("Message-ID", f"<{hx(9333, 8)}.{hx(93333, 4)}.{hx(93334, 11)}.Coremail.songweidong@songyue-nc.example.cn>")]
    return {"eml": message(hdr, body),
            "notes": "A reply in a thread that is not minutes and not a bot recap: two people move a meeting (周四 -> 周五"
                     "上午9点). No items, no follow-up (the bot has no meeting for this thread); kind other."}


@case(9337, "s-iphone-short-minutes-nicknames", "minutes",
      "iPhone Mail (Apple, UTF-8 base64) three-line minutes from the GM at night: nickname 老屈, 卢主任; 下周二前, "
      "8月底前, 明天上午10点前; '发自我的iPhone'")
def c9337():
    t = T("2026-08-06 21:47:30")
    txt = """几件事记一下：
1. 老屈下周二前把新窑炉节能改造方案拿出来
2. 常艳8月底前把罗马尼亚二期合同谈下来
3. 卢主任明天上午10点前把会议室和视频设备订好
其他的按会上说的办。

发自我的iPhone
"""
    body = leaf("text/plain", txt, "utf-8", "base64", cs_quote=False)
    hdr = deliver(BOT[1], who("郜振华")[1], t, 9337, "smtpclient.apple", "223.88.41.7") + [
        ("Content-Type-Placeholder", ""), ("From", addr("郜振华", "utf-8", quote=False)),
        ("Mime-Version", "1.0 (1.0)"), ("Subject", ew("今天下午碰头会几件事", "utf-8")), ("Date", rfc_date(t)),
        ("Message-Id", f"<{hx(9337, 8).upper()}-{hx(93371, 4).upper()}-4B6E-9F21-{hx(93372, 12).upper()}@songyue-nc.example.cn>"),
        ("To", addrs(["屈红军", "常艳", "卢珊"], "utf-8", quote=False)), ("Cc", addr(BOT, "utf-8", quote=False)),
        ("X-Mailer", "iPhone Mail (22G86)")]
    hdr = [h for h in hdr if h[0] != "Content-Type-Placeholder"]
    items = [I("屈红军", "把新窑炉节能改造方案拿出来", "2026-08-11", ("next", 1)),
             I("常艳", "把罗马尼亚二期合同谈下来", "2026-08-31", ("monthend",)),
             I("卢珊", "把会议室和视频设备订好", "2026-08-07", ("tomorrow",), "10:00")]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "Short minutes typed on a phone, sent Thu 2026-08-06 21:47. 老屈 = 屈红军 (alias), 下周二前 -> "
                     "2026-08-11; 常艳 8月底前 -> 2026-08-31; 卢主任 = 卢珊, 明天上午10点前 -> 2026-08-07 10:00. "
                     "'其他的按会上说的办' adds nothing."}
