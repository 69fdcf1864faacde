"""Cases 9504-9507: 忻州市忻府区教育科技局 (continued)."""
from cases_edu import CORE_DIV, ORG, coremail_alt
from h67_build import mk
from h67_core import BOTS, Case, EXT, I, P, T
from h67_mime import flowed, hx, leaf, lines_html, multi


def c9504():
    sent = T("2026-08-03 09:15:40")
    text = """补抄纪要助手。上周五的纪要发的时候忘了抄它，麻烦各位按分工落实，有问题直接找我。

薛海燕

-------- 转发邮件信息 --------
发件人："薛海燕" <xuehy@xfjkj.example.gov.cn>
发送日期：2026-07-31 17:02:11
收件人："闫丽娟" <yanlj@xfjkj.example.gov.cn>, "常宇" <changyu@xfjkj.example.gov.cn>, "王卫东" <wangwd@xinfu-xiurong.example.edu.cn>
主题：幼儿园秋季开学准备工作会议纪要

幼儿园秋季开学准备工作会议纪要

时间：7月31日（周五）15:00—16:30
地点：局四楼小会议室
参加：薛海燕、闫丽娟、常宇，秀容幼儿园园长王卫东
记录：薛海燕

一、民办幼儿园年检材料初审，由薛海燕负责，8月14日前完成。
二、各幼儿园大型玩具、消防设施安全检测，由闫丽娟对接检测机构，完成时限：开学前（8月21日（周五）前）。
三、幼儿园视频监控接入区平台，常宇负责，8月7日前完成联调。
四、秀容幼儿园托班扩班申请材料，请王卫东园长8月10日前报学前教育股。

下次碰头会：8月14日（周五）下午3点，地点另行通知。
"""
    body = coremail_alt(text, "utf-8", "9504bb1733cc", cte="quoted-printable")
    eml = mk(ORG, "coremail", sent, "薛海燕", ["闫丽娟", "常宇", "王卫东"], [],
             "转发：幼儿园秋季开学准备工作会议纪要", body, "c9504", label="utf-8", sender_ip="10.14.2.57",
             hop=("mail.xfjkj.example.gov.cn", ""))
    items = [
        I("薛海燕", "民办幼儿园年检材料初审", ("2026-08-14", ("abs", "2026-08-14"))),
        I("闫丽娟", "各幼儿园大型玩具、消防设施安全检测（对接检测机构）", ("2026-08-21", ("abs", "2026-08-21"))),
        I("常宇", "幼儿园视频监控接入区平台，完成联调", ("2026-08-07", ("abs", "2026-08-07"))),
        I("王卫东", "报送秀容幼儿园托班扩班申请材料", ("2026-08-10", ("abs", "2026-08-10"))),
    ]
    notes = ("Coremail forward (转发：) of minutes first sent Fri 2026-07-31 without the bot; 薛海燕 forwards them on "
             "Mon 2026-08-03 with a one-line preface. The minutes sit under Coremail's '-------- 转发邮件信息 --------' "
             "block and must not be cut as a quote. Only absolute dates, so both anchors agree. Item 二 has a nested "
             "bracket '开学前（8月21日（周五）前）' -> 2026-08-21 (a Friday). 王卫东 (kindergarten head, outside the "
             "roster) is resolved from the To display name. 下次碰头会 8月14日（周五）下午3点 -> 2026-08-14 15:00.")
    return Case(9504, "edu-forwarded-minutes-coremail", "minutes",
                "Coremail 转发 with preface; minutes below the 转发邮件信息 block; nested brackets; external owner from To",
                eml, sent, items, ("2026-08-14", ("abs", "2026-08-14"), "15:00"), notes)


def c9505():
    sent = T("2026-08-12 17:05:33")
    orig_id = "<%s.%s@xfjkj.example.gov.cn>" % (hx("c9505o", 10), "3a1f")
    text = """各位：

今天下午的协调会已开完，纪要直接回在这个通知下面，便于大家对照。

秋季开学安全检查协调会纪要
时间：8月12日（周三）15:00　地点：局三楼会议室　主持：温晓丽
一、议定事项
1. 全区学校消防设施检查由安全股牵头，温晓丽负责，8月21日前完成。
2. 校车安全检查台账由基建股贾股长本周五前提交。
3. 视频监控点位清单请常主任明天下午3点前报送安全股。
二、下次协调会：下周三同一时间，地点不变。

温晓丽
安全股

在 2026-08-10 08:30:11，"郝建平" <haojp@xfjkj.example.gov.cn> 写道：
>各股室：
>定于8月12日（周三）下午3点在局三楼会议室召开秋季开学安全检查协调会，请安全股、基建股、信息中心负责同志参加。
>请各股室提前梳理8月5日前报送的隐患清单，会上逐项过。
>局办公室
"""
    body = coremail_alt(text, "GBK", "9505cc0812dd")
    eml = mk(ORG, "coremail", sent, "温晓丽", ["郝建平", "贾志刚", "常宇"], ["冯志强"],
             "Re:关于召开秋季开学安全检查协调会的通知", body, "c9505", label="GBK", sender_ip="10.14.2.44",
             reply_to=orig_id, hop=("mail.xfjkj.example.gov.cn", ""))
    items = [
        I("温晓丽", "全区学校消防设施检查", ("2026-08-21", ("abs", "2026-08-21"))),
        I("贾志刚", "提交校车安全检查台账", ("2026-08-14", ("wkday", 4))),
        I("常宇", "报送视频监控点位清单（报安全股）", ("2026-08-13", ("days", 1)), time="15:00"),
    ]
    notes = ("New minutes posted as 'Re:' in the thread of the meeting notice (In-Reply-To the notice); the quoted "
             "notice below ('在 … 写道：' + '>' lines) has dates (8月12日, 8月5日前) that are not items. Sent Wed "
             "2026-08-12. 本周五前 -> 2026-08-14; 明天下午3点前 -> 2026-08-13 15:00. '下周三同一时间' = next week's "
             "Wednesday at the meeting's own time 15:00 (stated in the minutes header) -> 2026-08-19 15:00.")
    return Case(9505, "edu-re-thread-new-minutes-coremail", "minutes",
                "Coremail 'Re:' to an old notice carrying new minutes above a '>' quote; 本周五前, 明天下午3点前; "
                "next meeting '下周三同一时间'",
                eml, sent, items, ("2026-08-19", ("nextwk", 2), "15:00"), notes)


def c9506():
    sent = T("2026-08-17 18:10:44")
    text = """各位领导、同事：

今天局务会上的分工，我按人整理了一下，方便各自认领，有出入请直接回复更正。

【温股长】
1) 本周五前汇总全区校园安全隐患整改台账
2) 8月26日前联系区消防救援大队，落实开学前消防演练
【贾股长】
1) 月底前完成秀容小学操场改造工程验收
【薛股长】
1) 下周一上报全区幼儿园开学准备情况
【常宇（我）】
无新增，继续推进智慧校园项目，8月20日节点不变。
【牛股长】
1) 尽快拨付秋季学期公用经费第一批资金

下次局务会时间等冯局通知。

--
常宇
忻府区教育科技局 信息中心
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")], quote=False)
    eml = mk(ORG, "thunderbird-zh", sent, "常宇", ["温晓丽", "贾志刚", "薛海燕", "牛素芳"], ["冯志强", "郝建平"],
             "8月17日局务会分工（按人整理）", body, "c9506", sender_ip="10.14.2.63",
             hop=("mail.xfjkj.example.gov.cn", ""))
    items = [
        I("温晓丽", "汇总全区校园安全隐患整改台账", ("2026-08-21", ("wkday", 4))),
        I("温晓丽", "联系区消防救援大队，落实开学前消防演练", ("2026-08-26", ("abs", "2026-08-26"))),
        I("贾志刚", "完成秀容小学操场改造工程验收", ("2026-08-31", ("monthend",))),
        I("薛海燕", "上报全区幼儿园开学准备情况", ("2026-08-24", ("nextwk", 0))),
        I("牛素芳", "拨付秋季学期公用经费第一批资金", None, flags=["vague_due"]),
    ]
    notes = ("Thunderbird plain text, 8bit UTF-8 format=flowed; minutes grouped by person under 【温股长】-style "
             "headings that name the owner by title (roster aliases). Sent Mon 2026-08-17. 本周五前 -> 08-21, "
             "月底前 -> 08-31, 下周一 -> 08-24, 尽快 -> vague_due. The writer's own heading says 无新增 and only "
             "restates an existing milestone (8月20日节点不变): status, not a new item. No next meeting date.")
    return Case(9506, "edu-grouped-by-person-thunderbird", "minutes",
                "Thunderbird flowed 8bit: items grouped under 【X股长】 headings (title aliases); '无新增' group is status; "
                "本周五前/月底前/下周一/尽快",
                eml, sent, items, None, notes)


def c9507():
    sent = T("2026-07-20 09:00:05")
    text = """您好！

我于7月20日至7月24日休年假，期间不便及时处理邮件。
急事请联系财务股李会计（电话0350-3036625），7月27日（周一）返岗后我会尽快回复您。

牛素芳
忻府区教育科技局财务股
"""
    body = leaf("text/plain", text, "GBK", "base64")
    recap = "<minutebot.%s@xfjkj.example.gov.cn>" % hx("recap9503", 16)
    eml = mk(ORG, "plain", sent, "牛素芳", [], [], "自动回复：Re: 7月9日局务会会议纪要（第14期）", body, "c9507",
             label="GBK", sender_ip="10.14.2.12", reply_to=recap, bot_in="to", return_path="",
             hop=("mail.xfjkj.example.gov.cn", ""),
             extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Autoreply"),
                    ("X-Coremail-Autoreply", "1"), ("Precedence", "auto_reply")])
    notes = ("Coremail out-of-office auto reply to the bot's recap (To the bot, In-Reply-To the recap, Return-Path <>, "
             "Auto-Submitted: auto-replied). The body has dates and a phone number but no person wrote it: kind auto.")
    return Case(9507, "edu-auto-ooo-coremail", "auto",
                "Coremail out-of-office reply to the recap: Auto-Submitted: auto-replied, Return-Path <>, dates in the body",
                eml, sent, [], None, notes)
