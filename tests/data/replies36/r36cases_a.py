# -*- coding: utf-8 -*-
"""Cases 6451-6464: replies to the recaps of M1 (museum, Qingming) and M2 (logistics park, Labour Day)."""

# common 'via' tuples: (HELO, reverse DNS, IP) of the host that handed the mail to the receiving server
MUS_PC = lambda n: ("DESKTOP-%s" % ["7QK2M4L", "KFM0231", "BJ6R1TQ", "H2W9XPA"][n % 4], "unknown", "10.30.2.%d" % (40 + n % 50))
PARK_PC = lambda n: ("LNLP-PC%03d" % (n % 300), "unknown", "10.16.8.%d" % (30 + n % 60))
MOBILE = lambda ip: ("[10.142.33.9]", "unknown", ip)
HINET = ("mail.muxi-design.example.com.tw", "61-220-41-17.hinet-ip.hinet.net", "61.220.41.17")
QQ_SMTP = ("smtpbg154.qq.com", "smtpbg154.qq.com", "106.55.201.18")
ALIMAIL = ("out30-124.mail.aliyun.com", "out30-124.mail.aliyun.com", "115.124.30.124")

SIG_CHU = ("褚国栋\n藏品保管部 主任\n开封市汴京城市博物馆\n电话：0371-2393 5521　手机：139 3781 6604")

CASES_A = [
    # ------------------------------------------------------------------ M1
    dict(n=6451, slug="confirm-outlook-gb2312-namesig", m="M1", client="outlook", frm="chuguodong",
         cc=["mengxiaolan", "fanjing"], date="2026-04-01 15:02:11 +0800",
         opt=dict(lang="zh", label="gb2312", cte="base64", via=MUS_PC(1)),
         body="孟主任：\n\n纪要内容已看，保管部这边确认，无异议。借展文物点交时我会到场。",
         sig=SIG_CHU,
         intent="confirm", items=[], percent=None, rule=None, new_due=None,
         tests="plain Outlook zh-CN confirm (gb2312 label, base64) with a name-block signature full of numbers",
         notes="Reply on Wed 2026-04-01 15:02 (before the 18:00 cut-off) to the M1 recap from the head of 藏品保管部 "
               "(Cc'd on the minutes, owns no item). '确认，无异议' -> confirm; no item number -> items []. The phone "
               "numbers in the signature are not items or percents. Quote: Outlook '发件人:/发送时间:/收件人:/抄送:/主题:' "
               "block followed by the unprefixed recap (with its '进度80%' / '延期至10月20日' command examples)."),
    dict(n=6452, slug="object-item5-foxmail-gbk-proposes-date", m="M1", client="foxmail", frm="fanjing",
         cc=["mengxiaolan", "chuguodong"], date="2026-04-01 16:20:34 +0800",
         opt=dict(label="GBK", cte="base64", via=MUS_PC(2)),
         body="孟主任：\n\n对第5项有异议：展品保险估值要以借展方提供的评估报告为准，对方说评估报告最快4月15日才能出来，"
              "4月9日前我们这边确认不了。建议把这一项的时间改到4月17日，或者先确认估值方法，报告到了再定金额。\n\n范婧",
         intent="object", items=[5], percent=None, rule=None, new_due=None,
         tests="有异议 on 第5项 whose reason proposes another date (4月17日): object, not extend (convention 4)",
         notes="Reply on Wed 2026-04-01 16:20, before the cut-off. '对第5项有异议：…' -> object, items [5]. The reason "
               "names 4月15日 (when the report comes), 4月9日 (the current due date restated) and proposes 4月17日, but "
               "an objection that suggests a date stays an objection: new_due_date null (convention 4). Foxmail GBK "
               "base64; Foxmail's account signature (the address) precedes the '发件人： 纪要助手 / 发送时间： 2026-04-01 "
               "14:36' quote block (full-width colons, no '>')."),
    dict(n=6453, slug="extend-item2-tw-outlook-big5-absolute", m="M1", client="outlook", frm="linyating",
         cc=["mengxiaolan", "chenguanyu"], date="2026-04-02 10:15:47 +0800",
         opt=dict(lang="tw", label="big5", cte="base64", via=HINET),
         body="孟主任 您好：\n\n關於第2項展板設計終稿，因貴館上週新增了三件展品（北宋三彩枕等），序廳與第二單元的展板需要"
              "重新排版，申請延期至4月17日提交終稿。4月10日前我們會先提供排版初稿供貴館確認。\n\n造成不便，敬請見諒。",
         sig="林雅婷 Ya-ting Lin\n專案經理　木樨展示設計有限公司\nT: +886-2-2771-3058 #215",
         intent="extend", items=[2], percent=None, rule=("abs", "2026-04-17"), new_due="2026-04-17",
         tests="Taiwan designer, Outlook zh-TW forced Big5: 第2項申請延期至4月17日; quoted simplified text turns into '?'",
         notes="Reply on Thu 2026-04-02 from the Taipei exhibition designer (owner of item 2, due 04-10). '關於第2項…"
               "申請延期至4月17日提交終稿' -> extend, items [2], new_due_date 2026-04-17 (an absolute date, a Friday "
               "working day). '4月10日前…先提供排版初稿' restates the old date for a draft, not a second request; "
               "'三件展品' is a count. Outlook 2016 zh-TW with Big5 forced as outgoing encoding: the Traditional reply "
               "is intact, but simplified characters of the quoted recap and of the subject have no Big5 code and "
               "became '?' (HTML part: numeric character references). Quote header is zh-TW Outlook "
               "'寄件者:/寄件日期:/收件者:/副本:/主旨:'."),
    dict(n=6454, slug="done-content-match-mailmaster", m="M1", client="mailmaster", frm="fanjing",
         cc=["mengxiaolan"], date="2026-04-07 09:40:05 +0800",
         opt=dict(via=MOBILE("223.104.105.61")),
         body="孟主任，借展文物点交清单已经整理好了，共86件（套），盖章扫描件已经发您邮箱，纸质版下午送到您办公室。",
         intent="done", items=[], percent=None, rule=None, new_due=None,
         tests="done by task words, no number, from the owner of two items (3 and 5): content-match [3]; Mail Master",
         notes="Reply on Tue 2026-04-07, the first working day after Qingming (04-04..04-06). No item number, but the "
               "words '借展文物点交清单…整理好了' name the task: the sender owns items 3 (提交借展文物点交清单) and 5 "
               "(确认展品保险估值) of M1 and only item 3 matches -> done, items [], content-match [3]. '86件（套）' is a "
               "count. NetEase Mail Master: '发自网易邮箱大师' footer, then '---- 回复的原邮件 ----' and '| 发件人 | … |' rows."),
    dict(n=6455, slug="done-item1-iphone-qp", m="M1", client="apple", frm="songqiming",
         cc=["mengxiaolan"], date="2026-04-03 17:30:22 +0800",
         opt=dict(dev="iphone", loc="zh", footer="发自我的iPhone", cte="quoted-printable", via=MOBILE("39.144.121.88")),
         body="第1项已完成，序厅6个展柜灯光都调好了，照度控制在50lx以内，色温统一3000K。",
         intent="done", items=[1], percent=None, rule=None, new_due=None,
         tests="plain iPhone done '第1项已完成' with counts/units (6个, 50lx, 3000K) and '发自我的iPhone'",
         notes="Reply on Fri 2026-04-03 (the due day of item 1, the last working day before Qingming). '第1项已完成' -> "
               "done, items [1]. '6个展柜', '50lx', '3000K' are counts and units, not items or percents. iPhone Mail, "
               "UTF-8 quoted-printable; the quote starts at '> 在 2026年4月1日，14:36，纪要助手 <…> 写道：'."),
    dict(n=6456, slug="progress-qicheng-coremail", m="M1", client="coremail", frm="shaolei",
         cc=["mengxiaolan"], date="2026-04-08 10:15:33 +0800", opt=dict(cte="base64"),
         body="孟主任：\n第7项目前完成七成：触摸屏的文物图文内容已全部导入，还剩两台设备的驱动在调，厂家工程师周五过来。",
         sig="邵磊\n信息中心　分机 8031",
         intent="progress", items=[7], percent=70, rule=None, new_due=None,
         tests="progress written as 七成 (=70) in Coremail webmail; '周五过来' is a visit, not a new date",
         notes="Reply on Wed 2026-04-08 to the M1 recap. '第7项目前完成七成' -> progress, items [7], percent 70 "
               "(convention 6: 七成 = 70). '两台设备' is a count; '厂家工程师周五过来' (Fri 04-10) is an engineer's visit "
               "inside the current due date (04-14), not an extension. Coremail webmail: Subject 'Re:Re:', quote "
               "'-----原始邮件-----' / '发件人:\"纪要助手\" <…>' / '发送时间:2026-04-01 14:36:12 (星期三)'."),
    dict(n=6457, slug="unknown-question-item6-coremail-qp", m="M1", client="coremail", frm="wenjiayi",
         cc=["mengxiaolan", "qiyue"], date="2026-04-02 11:20:09 +0800", opt=dict(cte="quoted-printable"),
         body="孟主任好，\n请问第6项导览词是只写成人版，还是要同时出一版少儿版？如果两版都要，4月15日交初稿可能会比较紧，"
              "我先按成人版写。",
         sig="温佳怡\n社会教育部",
         intent="unknown", items=[6], percent=None, rule=None, new_due=None,
         tests="question about 第6项 that mentions the due date and '可能会比较紧' but asks for no change -> unknown [6]",
         notes="Reply on Thu 2026-04-02. A question ('请问第6项…还是要…？') -> unknown; the number is written, so items "
               "[6] (convention 2). '4月15日交初稿可能会比较紧' restates the due date and voices a worry, but nothing asks "
               "to move it (no 延期/顺延/推迟): not extend (conventions 4 and 7). Coremail, UTF-8 quoted-printable."),
    dict(n=6458, slug="done-inline-under-row4-thunderbird", m="M1", client="thunderbird", frm="yuepeng",
         cc=["mengxiaolan"], date="2026-04-03 08:50:41 +0800",
         opt=dict(lang="zh", mode="inline", row=4, cte="8bit", via=MUS_PC(3)),
         body="已完成。清明三天每天两班，夜间闭馆后加一个流动岗，排班表已发到各班组群里。",
         sig="岳鹏\n安全保卫部",
         intent="done", items=[4], percent=None, rule=None, new_due=None,
         tests="Thunderbird plain text, answer '已完成' typed under the quoted row '| 4 | 落实清明假期展厅安保排班 |…'",
         notes="Reply on Fri 2026-04-03 08:50 (due day of item 4). Thunderbird plain text (UTF-8, 8bit, "
               "format=flowed): the whole recap is quoted with '> ' and the sender typed '已完成。…' on its own lines "
               "directly under the quoted row '> | 4 | 落实清明假期展厅安保排班 | 岳鹏 | 2026-04-03 |', then left the "
               "rest of the quote. An inline answer takes that row's number -> done, items [4] (convention 2). "
               "'清明三天每天两班' is a schedule, not a count of items."),
    # ------------------------------------------------------------------ M2
    dict(n=6459, slug="confirm-item6-qqmail-gb18030", m="M2", client="qq", frm="niuzhenyu",
         cc=["handong"], date="2026-04-28 13:10:26 +0800",
         opt=dict(label="gb18030", cte="base64", via=QQ_SMTP, orig_ip="60.212.178.45"),
         body="韩经理：\n第6项收到，确认没问题，卸货预案我5号前发群里。\n牛振宇",
         intent="confirm", items=[6], percent=None, rule=None, new_due=None,
         tests="QQ Mail web (sending as the work address), gb18030: '第6项…确认没问题' + an earlier plan date '5号前'",
         notes="Reply on Tue 2026-04-28 13:10 (before the cut-off). '第6项收到，确认没问题' -> confirm, items [6] "
               "(numbers kept on a confirm, as corpus 035). '卸货预案我5号前发群里' (05-05, earlier than the due "
               "date 05-06 and inside the holiday) is a plan, not a request to move the date (convention 7). QQ Mail "
               "web, gb18030 base64, quote '------------------ 原始邮件 ------------------' with '\"纪要助手\"<…>;'."),
    dict(n=6460, slug="extend-after-labour-day-foxmail-utf8", m="M2", client="foxmail", frm="qiuchen",
         cc=["handong", "yantao"], date="2026-04-29 16:45:12 +0800",
         opt=dict(label="utf-8", cte="base64", via=PARK_PC(4)),
         body="韩经理：\n\n第2项3号库消防喷淋检测需要维保单位带设备到场，他们五一前的档期已经排满，申请延期至节后第一个工作日。"
              "检测报告出来后我第一时间发群里。\n\n邱晨\n安全环保部",
         intent="extend", items=[2], percent=None, rule=("after_holiday",), new_due="2026-05-06",
         tests="申请延期至节后第一个工作日, sent before Labour Day (05-01..05-05) -> 2026-05-06",
         notes="Reply on Wed 2026-04-29 (item 2 due 04-30). '申请延期至节后第一个工作日' -> extend, items [2]. The next "
               "holiday block is Labour Day 2026-05-01..05-05, so the first working day after it is Wed 2026-05-06 "
               "(convention 5). '3号库' is a warehouse name, not an item. Foxmail with UTF-8 chosen as charset."),
    dict(n=6461, slug="done-item3-dingtalk-html-only-sent-date", m="M2", client="dingtalk", frm="xingzhiqiang",
         cc=["handong", "fanglixin"], date="2026-04-29 20:10:55 +0800", opt=dict(via=ALIMAIL),
         body="韩经理您好：\n\n第3项已落实：节前专线已于4月29日下午发出首班（临沂—上海），4月30日再加开两班，节后恢复正常班次。"
              "车辆和司机信息已发房调度。\n\n邢志强\n沂蒙快运 线路运营部\n手机：135 0539 2617",
         intent="done", items=[3], percent=None, rule=None, new_due=None,
         tests="carrier on DingTalk mail (HTML only): '第3项已落实' with '已于4月29日…发出' and a plan '4月30日再加开两班'",
         notes="Reply on Wed 2026-04-29 20:10 from the carrier (owner of item 3, due 04-29). '第3项已落实：节前专线已于"
               "4月29日下午发出首班' -> done, items [3]; 已落实 reports the task (增开节前专线) as carried out. The dates "
               "('已于4月29日…发出', '4月30日再加开两班', '节后恢复') are facts and plans, never a request (convention 7). "
               "DingTalk (Alimail) sends a single text/html part; the quote is the Alimail "
               "'------------------------------------------------------------------' block with '发件人：/发送时间：/"
               "抄　送：/主　题：'."),
    dict(n=6462, slug="extend-4-workdays-over-labour-day-huawei", m="M2", client="huawei", frm="pangxin",
         cc=["handong", "niuzhenyu"], date="2026-04-30 17:20:08 +0800", opt=dict(via=MOBILE("112.224.66.19")),
         body="韩经理，牛经理：\n第4项盘点还剩冷链库和危品库没盘完，今天出不了报表，申请顺延4个工作日。\n庞欣",
         intent="extend", items=[4], percent=None, rule=("workdays", 4), new_due="2026-05-09",
         tests="顺延4个工作日 sent 04-30 across Labour Day: 05-06, 05-07, 05-08 and the make-up Saturday 05-09",
         notes="Reply on Thu 2026-04-30 17:20, the due day of item 4. '申请顺延4个工作日' -> extend, items [4]. Working "
               "days are counted from the day after sending (convention 5): 05-01..05-05 are the Labour Day holiday, "
               "then 05-06 (1), 05-07 (2), 05-08 (3) and Sat 05-09, a make-up working day (4) -> 2026-05-09. Counting "
               "from the old due date (04-30) gives the same day. Huawei Email app: '发自我的华为手机' footer and "
               "'-------- 原始邮件 --------' quote."),
    dict(n=6463, slug="progress-yiban-apple-mail-mac", m="M2", client="apple", frm="tanlu",
         cc=["handong", "renjun"], date="2026-04-30 10:02:40 +0800",
         opt=dict(dev="mac", loc="zh", cte="quoted-printable", via=PARK_PC(5)),
         body="韩经理：\n\n第5项月台预约小程序新版本目前完成一半，测试环境已经部署好，节后第一天做压测，5月8日上线时间不变。\n\n谭璐\n信息部",
         intent="progress", items=[5], percent=50, rule=None, new_due=None,
         tests="progress written as 一半 (=50) with dates that are not requests ('节后第一天', '5月8日上线时间不变')",
         notes="Reply on Thu 2026-04-30. '第5项…目前完成一半' -> progress, items [5], percent 50 (convention 6). "
               "'节后第一天做压测' is a plan and '5月8日上线时间不变' restates the due date: no extension (convention 7). "
               "Apple Mail on macOS, quote '> 2026年4月28日 11:05，纪要助手 <…> 写道：'."),
    dict(n=6464, slug="unknown-organizer-fyi-item3-outlook-qp", m="M2", client="outlook", frm="handong",
         cc=["xingzhiqiang", "fanglixin"], date="2026-04-28 14:30:18 +0800",
         opt=dict(lang="zh", label="utf-8", cte="quoted-printable", via=PARK_PC(6)),
         body="各位：\n\n第3项沂蒙快运增开专线的事，我刚和邢总电话沟通过了，他们在排车，具体班次邢总会直接回复这封邮件。"
              "房调度请把专线车辆提前录入门岗系统。",
         sig="韩冬\n运营部 经理\n临沂鲁南国际物流园\n电话：0539-8736 112　手机：186 5396 0871",
         intent="unknown", items=[3], percent=None, rule=None, new_due=None,
         tests="organizer's FYI on 第3项 ('沟通过了', '在排车') that changes nothing -> unknown [3], not done",
         notes="Reply on Tue 2026-04-28 14:30 by the organizer. It comments on item 3 (owned by the carrier): '沟通过了' "
               "and '他们在排车' say work is under way and the owner will answer himself; nothing is reported done, "
               "no percent, no date -> unknown, items [3] (convention 1: a human reply that asks for no change). The "
               "instruction to 房调度 is not a bot command. Outlook zh-CN, UTF-8 quoted-printable."),
]
