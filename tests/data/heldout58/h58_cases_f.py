"""heldout58 cases 8631-8635 (kind other)."""
import email
from email import policy

from h58_common import Case, T, G, L, K, person, ts
from h58_clients import exmail, outlook, coremail, foxmail, m365
from h58_html import word_html, div_html, text_of

BOT_T, BOT_G, BOT_L, BOT_K = ("纪要助手", "minutes@" + T), ("纪要助手", "minutes@" + G), \
    ("纪要助手", "minutes@" + L), ("纪要助手", "minutes@" + K)

# ---------------------------------------------------------------------------------------------------------- 8631
T8631 = """孙总：

原定明天（周五）下午的样品评审改到下周一上午10点，Mark那边时差不方便，他周一早上有空。会议室我已经改订了，还是二楼小会议室。

评审内容不变：
1. 12款样品外观和做工
2. 包装和说明卡

您看可以吗？

晓彤
"""


def b8631():
    frm = person("于晓彤")
    to = [person("孙海涛")]
    cc = [person("赵一鸣"), BOT_K]
    return exmail(frm, to, cc, "样品评审改到下周一上午", ts("2026-04-16 11:02:26"), T8631,
                  div_html(T8631.split("\n")), "8631", BOT_K[1], cs="UTF-8", wecom=True)


# ---------------------------------------------------------------------------------------------------------- 8632
B8632 = [
    "各科室、执法大队：",
    "",
    "根据区财政局下半年预算调整工作安排，请各科室于5月29日前报送下半年预算调整需求，格式沿用去年模板，"
    "电子版发我邮箱，纸质版经科室负责人签字后交计划财务科。",
    "",
    "需说明的事项：",
    "1. 调增项目须附测算依据；",
    "2. 涉及政府采购的项目请同步填写采购计划表；",
    "3. 无调整需求的科室也请回复“无”。",
    "",
    "如有疑问请在周五前联系我。",
    "",
    "计划财务科 吕芳",
    "电话：0578-2135 412",
]


def b8632():
    frm = person("吕芳")
    to = [person(n) for n in ("雷志刚", "季国华", "潘慧", "毛建军", "蓝晓芬")]
    cc = [BOT_G]
    return outlook(frm, to, cc, "关于报送下半年预算调整需求的通知", ts("2026-05-20 09:40:58"), text_of(B8632),
                   word_html(B8632), "8632", BOT_G[1], cs="gb2312", cte="base64")


# ---------------------------------------------------------------------------------------------------------- 8633
T8633 = """各位同事：

现将第7期《莲都农业农村工作简报》发给大家，供学习交流。

莲都农业农村工作简报
2026年第7期（总第63期）
莲都区农业农村局办公室编  2026年7月6日

【工作动态】
一、春茶统防统治工作圆满收官。全区完成统防统治面积3.2万亩，茶叶质量安全抽检合格率100%。
二、高标准农田一期项目通过验收。6月26日，一期项目验收资料全部归档，二期项目招标文件已报区公管办。
三、和美乡村示范村创建有序推进。全区已有6个村完成省级示范村申报材料初审。

【下一步工作】
一是抓好夏季农业防灾减灾，7月底前完成全区农业设施抗台检查。
二是做好秋季农产品展销会筹备，8月底前形成筹备方案。
三是持续推进高标准农田二期项目建设。

报：区委、区政府
送：局领导
发：各科室、执法大队
"""


def b8633():
    frm = person("蓝晓芬")
    to = [("局机关全体", "ldnyj-all@" + G)]
    cc = [BOT_G]
    return coremail(frm, to, cc, "《莲都农业农村工作简报》2026年第7期", ts("2026-07-06 16:45:00"), T8633,
                    div_html(T8633.split("\n"), cs="UTF-8", font="仿宋"), "8633", BOT_G[1])


# ---------------------------------------------------------------------------------------------------------- 8634
REPLY8634 = """何经理：

收到。问一下，凤凰骨架样段用Q235镀锌管还是304不锈钢管？两种车间都有库存，不锈钢的贵一倍多，甲方有没有要求？

刘德贵

"""


def b8634():
    import h58_cases_a
    orig_case = next(c for c in h58_cases_a.CASES if c.num == 8603)
    orig = email.message_from_bytes(orig_case.build(), policy=policy.default)
    mid = str(orig["Message-ID"]).strip()
    from h58_cases_a import T8603
    quote = ("\n\n发件人： 何晨阳\n发送时间： 2026-04-29 18:05\n收件人： 曾晓雯; 刘德贵; 王德明; 宋佳\n"
             "抄送： 罗永红; 谢雨; 纪要助手\n主题： 【纪要】成都春熙灯会主灯组设计评审4.29\n\n" + T8603)
    text = REPLY8634 + quote
    html = div_html(REPLY8634.split("\n") + [("raw", '<div style="border-top:1px solid #B5C4DF;padding-top:3pt">'
                                              '</div>')] + quote.split("\n"), cs="GBK", font="宋体")
    frm = person("刘德贵")
    to = [person("何晨阳")]
    cc = [person("曾晓雯"), person("王德明"), person("宋佳"), person("罗永红"), person("谢雨"), BOT_L]
    return foxmail(frm, to, cc, "回复：【纪要】成都春熙灯会主灯组设计评审4.29", ts("2026-04-30 08:12:37"), text,
                   html, "8634", BOT_L[1], irt=mid, refs=[mid])


# ---------------------------------------------------------------------------------------------------------- 8635
B8635 = [
    "Hi all,",
    "",
    "Ahead of next Thursday's management review (14 May, 10:00-12:00, big meeting room), here is the agenda.",
    "",
    "1. Q1 results and May outlook - Peter (20 min)",
    "2. Production: line 3 capacity and the conditioner upgrade - Jenny (20 min)",
    "3. Quality: PDI trend and customer complaints - Kevin (15 min)",
    "4. Fishmeal supply and price risk - Helen (15 min)",
    "5. Cash flow and receivables - Grace (15 min)",
    "6. AOB",
    "",
    "Please send your slides to me by Wednesday noon so I can circulate them to Bergen.",
    "Note that Saturday 9 May is a working day (May Day make-up), the review itself stays on Thursday.",
    "",
    "Thanks,",
    "Lars",
]


def b8635():
    frm = person("Lars Øvrebø")
    to = [("Peter Pang", person("庞国栋")[1]), ("Jenny Chen", person("陈嘉怡")[1]),
          ("Kevin Liang", person("梁志强")[1]), ("Helen Wu", person("吴海燕")[1]),
          ("Grace Guan", person("关丽萍")[1])]
    cc = [BOT_T]
    return m365(frm, to, cc, "Agenda: management review 14 May", ts("2026-05-08 16:20:11"), text_of(B8635),
                word_html(B8635, cs="utf-8", font="Calibri"), "8635", BOT_T[1])


NOTE_OTHER = "kind other: no items, no follow-up. "
CASES = [
    Case(8631, "other-reschedule-chat-wecom", "other",
         "WeCom mail (alternative, UTF-8) moving a review meeting ('明天（周五）下午…改到下周一上午10点') with a numbered "
         "agenda; the bot is in Cc by habit -> not minutes",
         NOTE_OTHER + "Sent Thu 2026-04-16. A person asks the GM to agree to move tomorrow's sample review to next Monday "
         "10:00; the numbered lines are the review's content. Nothing was agreed in a meeting; a new meeting time in a "
         "chat is not a minutes follow-up.",
         b8631),
    Case(8632, "other-request-notice-outlook-gb2312", "other",
         "Outlook gb2312 notice from a section to all sections: '请各科室于5月29日前报送…', numbered requirements, '周五前联系我' "
         "-> a request, not minutes",
         NOTE_OTHER + "Sent Wed 2026-05-20. A 通知 asking every section to report budget needs by 05-29; it has deadlines and "
         "numbered lines but records no meeting and assigns nothing to a named owner.",
         b8632),
    Case(8633, "other-work-bulletin-newsletter-coremail", "other",
         "Coremail UTF-8 internal 工作简报 (a newsletter written and sent by a person, no list headers): 工作动态 with past dates "
         "and a 下一步工作 一是/二是 list with 7月底前/8月底前 -> other, not minutes",
         NOTE_OTHER + "Sent Mon 2026-07-06 to an all-staff address. The bulletin reports past work and the bureau's plans "
         "(一是…7月底前, 二是…8月底前) in the 一是/二是 style of minutes, but it is a newsletter: no meeting, no owners. It is "
         "written by a person and carries no bulk/list headers, so other rather than auto.",
         b8633),
    Case(8634, "other-reply-question-in-minutes-thread-foxmail", "other",
         "Foxmail GBK '回复：' in the thread of 8603 (In-Reply-To the minutes mail, not a bot recap): a material question to "
         "the organizer; the full minutes are quoted under Foxmail's 发件人：/发送时间： block -> other, no items",
         NOTE_OTHER + "Sent Thu 2026-04-30 08:12. The new text is a question (Q235 or 304 steel?), neither minutes nor a "
         "command (no 确认/已完成/进度/延期). The quoted 8603 minutes below must not be extracted again. AMBIGUOUS: a parser "
         "could call it kind reply with intent unknown; most readers file it as ordinary discussion.",
         b8634),
    Case(8635, "other-english-agenda-before-meeting-m365", "other",
         "Microsoft 365 English agenda for a meeting still to come (presenters by English alias, 'send your slides by "
         "Wednesday noon', a make-up Saturday remark) -> other",
         NOTE_OTHER + "Sent Fri 2026-05-08 16:20 +0800 (Date in UTC). An agenda is written before the meeting: the "
         "numbered lines name presenters, not action owners, and nothing has been agreed yet; the meeting date (14 May) "
         "is not a follow-up of any minutes.",
         b8635),
]
