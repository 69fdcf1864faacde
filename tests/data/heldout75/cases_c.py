"""Cases 10317-10323: 延吉市商务局 (Yanji Municipal Bureau of Commerce, Jilin) and the SOE 延吉城发物流集团."""
from clients75 import env
from lib75 import YJ, I, F, VAGUE, email_of
from mime75 import leaf, multi, message, attachment, make_pdf, ts, hx, text_table
from styles75 import outlook_html, outlook_p, outlook_table, div_html, lines_div

BOT = ("纪要助手", f"minutes@{YJ}")
CF = "yjcf.example.cn"   # 延吉城发物流集团有限公司 (municipal SOE)
YIN = ("尹相国", f"yinxiangguo@{CF}")


def P(*names):
    return [(n, email_of(n)) for n in names]


def coremail_node(text, cs, seed, html_font="宋体"):
    html = div_html(lines_div(text.split("\n")), font=html_font, size="16px")
    return multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", html, cs, "base64")],
                 f"----=_Part_{int(hx(seed, 6), 16)}_{int(hx(seed + 'q', 8), 16)}.17{int(hx(seed + 'r', 9), 16) % 10**11:011d}")


# ------------------------------------------------------------------------------------------------ 10317
T10317 = """各科室：

现将5月20日局长办公会议纪要印发如下，请抓好落实。

局长办公会议纪要
（2026年第9期）

2026年5月20日上午，朴成哲局长主持召开局长办公会议，研究部署外贸稳增长和夏季促消费工作。金美善副局长、各科室负责人参加会议。现将会议议定事项纪要如下：

一、关于外贸稳增长工作
会议听取了外经贸科关于1-4月全市外贸运行情况的汇报，1-4月全市进出口总额同比增长6.3%。会议要求：一是外经贸科牵头梳理全市进出口额500万美元以上重点企业清单，6月5日前报局领导；二是由李东旭同志负责对接州商务局，争取中小企业开拓市场资金支持，5月底前完成申报材料；三是各科室要加强对重点外贸企业的走访服务，帮助解决实际困难。

二、关于夏季促消费活动
会议原则同意市场流通科提出的“延吉夏夜经济消费季”活动方案。会议要求：一是市场流通科会同电子商务科于6月10日前制定活动细则，报局长办公会审定；二是电子商务科负责组织直播电商企业参与，活动期间开展不少于20场直播带货；三是办公室做好活动宣传报道。

三、其他事项
口岸和开放合作科姜明浩同志汇报了边境贸易商品交易市场改造进展。会议要求6月30日前完成一期改造验收。

下次局长办公会议定于6月3日（星期三）上午9:00召开。

延吉市商务局办公室
2026年5月20日
"""


def b10317(c):
    H, _ = env("coremail", P("赵婷")[0], P("李东旭", "韩雪莲", "张立新", "姜明浩"), "局长办公会议纪要（2026年第9期）",
               c["date"], "10317", cc=P("朴成哲", "金美善", "崔京浩") + [BOT], cs="GBK")
    return message(H, coremail_node(T10317, "GBK", "10317", "仿宋_GB2312"))


# ------------------------------------------------------------------------------------------------ 10318
DB_ROWS = [
    ["序号", "督办事项", "责任单位", "责任人", "完成时限", "备注"],
    ["1", "跨境电商产业园招商推介材料编制", "电子商务科（主责）、外经贸科（配合）", "韩雪莲、全恩惠", "4月底前", ""],
    ["2", "边民互市贸易落地加工项目调研", "口岸和开放合作科（主责）；延吉城发物流集团（配合）", "姜明浩", "5月15日前", "需实地调研"],
    ["3", "汽车以旧换新补贴资金拨付进度统计", "市场流通科", "张立新", "长期", "每周报送一次"],
    ["4", "外贸企业“一对一”服务专员名单调整", "外经贸科", "李东旭", "4月17日（周五）前", ""],
    ["5", "第二季度商务运行分析报告", "办公室（主责）、各科室（配合）", "赵婷", "7月10日前", "各科室7月5日前提供数据"],
]


def b10318(c):
    intro = ["各科室：", "", "4月10日（周五）下午召开的一季度重点工作推进会已结束，会议纪要及督办事项清单如下。",
             "", "一、会议情况", "朴成哲局长听取了各科室一季度重点工作推进情况汇报，对跨境电商、边民互市和促消费工作提出要求。",
             "", "二、督办事项清单"]
    outro = ["", "请各责任单位对照清单抓好落实，每月25日前向办公室报送进展情况。", "", "崔京浩", "延吉市商务局办公室"]
    html = outlook_html("\n".join(outlook_p(x) for x in intro) + outlook_table(DB_ROWS) +
                        "\n".join(outlook_p(x) for x in outro), "gb2312")
    text = "\n".join(intro) + "\n" + text_table(DB_ROWS) + "\n" + "\n".join(outro) + "\n"
    H, _ = env("outlook", P("崔京浩")[0], P("韩雪莲", "全恩惠", "姜明浩", "张立新", "李东旭", "赵婷"),
               "一季度重点工作推进会纪要及督办事项清单", c["date"], "10318", cc=P("朴成哲", "金美善") + [BOT], cs="gb2312")
    node = multi("alternative", [leaf("text/plain", text, "gb2312", "quoted-printable", crlf=True),
                                 leaf("text/html", html, "gb2312", "quoted-printable", crlf=True)],
                 f"----=_NextPart_000_0023_01DCCB1E.{hx('10318', 8, True)}")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10319
def wrap(s, n=38):
    return [s[i:i + n] for i in range(0, len(s), n)] or [""]


PDF_PARAS = [
    "# 延吉市商务局专题会议纪要",
    "〔2026〕14号",
    "",
    "2026年7月2日下午，金美善副局长主持召开专题会议，研究边境冷链物流集散中心项目推进工作。口岸和开放合作科、"
    "市场流通科、外经贸科及延吉城发物流集团有关负责同志参加会议。现纪要如下：",
    "一、会议听取了延吉城发物流集团关于项目前期工作的汇报。项目一期冷库库容2万吨，计划2027年投入使用。",
    "二、会议议定事项",
    "（一）由口岸和开放合作科牵头，延吉城发物流集团配合，7月20日前完成项目用地与海关监管场所选址对接。责任人：姜明浩。",
    "（二）市场流通科负责梳理全市冷链流通企业名单，7月15日前提交。",
    "（三）延吉城发物流集团负责编制项目可行性研究报告，8月31日前完成初稿。联系人：尹相国。",
    "（四）外经贸科李东旭同志负责与进口商对接冷链货源需求，尽快形成书面材料。",
    "三、下次专题会议时间另行通知。",
    "",
    "延吉市商务局办公室                2026年7月3日印发",
]


def pdf10319():
    lines = []
    for p in PDF_PARAS:
        lines += [p] if p.startswith("# ") else wrap(p)
    return make_pdf(lines, title="专题会议纪要〔2026〕14号", author="延吉市商务局办公室")


def b10319(c):
    body = "各位领导、同事：\n\n附件为7月2日边境冷链物流集散中心项目专题会议纪要（PDF），请查收并按分工落实。\n\n赵婷\n局办公室\n"
    H, _ = env("coremail", P("赵婷")[0], P("姜明浩", "张立新", "李东旭"), "专题会议纪要〔2026〕14号（边境冷链物流集散中心）",
               c["date"], "10319", cc=P("金美善") + [YIN, BOT], cs="UTF-8")
    alt = coremail_node(body, "UTF-8", "10319a")
    node = multi("mixed", [alt, attachment("专题会议纪要〔2026〕14号.pdf", pdf10319(), "application/pdf")],
                 f"----=_Part_{int(hx('10319m', 6), 16)}_{int(hx('10319n', 8), 16)}.1783063518447")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10320
FWD10320 = """各位：

补抄纪要助手。经金局同意，第3项完成时限调整为8月14日（周五）前，其余不变。

崔京浩


-----原始邮件-----
发件人："赵婷" <zhaoting@yjsswj.example.gov.cn>
发送时间：2026-08-05 17:40:12 (星期三)
收件人："张立新" <zhanglixin@yjsswj.example.gov.cn>, "韩雪莲" <hanxuelian@yjsswj.example.gov.cn>
抄送："崔京浩" <cuijinghao@yjsswj.example.gov.cn>, "金美善" <jinmeishan@yjsswj.example.gov.cn>
主题：商务领域安全生产专题会议纪要

商务领域安全生产专题会议纪要

时间：2026年8月5日下午3:00
地点：局三楼会议室
主持：金美善
参加：崔京浩、张立新、韩雪莲、赵婷

议定事项：
1. 市场流通科（张立新）牵头，对全市12家大型商超、3家成品油经营企业开展安全隐患排查并形成台账（完成时限：8月20日（周四）前）。
2. 电子商务科（韩雪莲）督促快递物流园区落实消防安全措施（完成时限：8月底前）。
3. 办公室（赵婷）汇总各科室排查情况，形成专题报告报市安委办（完成时限：8月12日（周三）前）。
4. 各科室严格落实“一岗双责”，汛期值班期间不得脱岗。
"""


def b10320(c):
    H, _ = env("coremail", P("崔京浩")[0], P("张立新", "韩雪莲", "赵婷"), "转发：商务领域安全生产专题会议纪要",
               c["date"], "10320", cc=P("金美善") + [BOT], cs="gb2312")
    return message(H, coremail_node(FWD10320, "gb2312", "10320"))


# ------------------------------------------------------------------------------------------------ 10321
T10321 = """各位：
今天下午筹备会（线上）纪要如下，我在外出差，
用个人邮箱发，大家见谅。

一、展位招商：目前已确认参展企业63家，目
标100家，俄罗斯、蒙古客商已报名21家。
二、任务分工：
1. 全恩惠：对接参展企业名单，重点是俄罗斯
、蒙古进口商品企业，6月
16日前报我。
2. 韩雪莲科长：对接参展企业名单，重点是本
地跨境电商和直播企业，6月16日前。
3. 姜明浩科长：协调海关、边检，做好展品通
关预案，端午节前给出初稿。
4. 展馆布展方案：由城发集团出，我们审核，
时间待定。
三、下次筹备会：6月17日（周三）下午两点半
，线上。

李东旭
"""


def b10321(c):
    frm = ("李东旭", "lidongxu_yj@yeah.example.net")
    H, _ = env("mailmaster", frm, P("全恩惠", "韩雪莲", "姜明浩"), "边贸商品博览会筹备第二次会议纪要", c["date"], "10321",
               cc=P("金美善") + [BOT], cs="UTF-8")
    html = div_html(lines_div(T10321.split("\n")), font="微软雅黑", size="14px")
    node = multi("alternative", [leaf("text/plain", T10321, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 f"----=_Part_{int(hx('10321', 6), 16)}_{int(hx('10321b', 8), 16)}.1781011620581")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10322
T10322 = """各科室：

经局领导同意，定于6月30日（星期二）上午9:00在局三楼会议室召开上半年工作总结会，现将有关事项通知如下：

一、参会人员：局领导，各科室负责人。
二、会议内容：各科室汇报上半年工作完成情况及下半年工作打算，每个科室发言不超过8分钟。
三、有关要求：
1. 请各科室于6月26日（星期五）前将书面总结材料（不超过3000字）报送办公室赵婷处；
2. 请于本周三下班前将参会人员名单报办公室；
3. 会议期间请将手机调至静音。

联系人：赵婷  电话：0433-2518 330

延吉市商务局办公室
2026年6月22日
"""


def b10322(c):
    H, _ = env("coremail", P("赵婷")[0], P("李东旭", "韩雪莲", "张立新", "姜明浩"), "关于召开上半年工作总结会的通知",
               c["date"], "10322", cc=P("崔京浩") + [BOT], cs="UTF-8")
    return message(H, coremail_node(T10322, "UTF-8", "10322"))


# ------------------------------------------------------------------------------------------------ 10323
T10323 = """各位：

电子商务科周例会（7月21日）纪要如下。

一、上周工作完成情况
1. 延吉跨境电商直播基地第二批入驻企业授牌已完成，共8家。
2. 6月份网络零售额统计已报送州商务局，6月网零额同比增长11.2%。
3. 农村电商服务站点摸底已完成，涉及6个乡镇、41个站点。
4. 配合市场流通科完成夏夜经济消费季第三场直播，观看量12万人次。

二、本周工作安排
1. 电商人才培训班（第三期）报名通知由我负责，7月24日（周五）前发出。
2. 7月份网络零售额统计，8月5日前报州局，我安排科员办理。

三、其他
下周例会改为周二上午（7月28日）9点，地点不变。

韩雪莲
电子商务科
"""


def b10323(c):
    H, _ = env("foxmail", P("韩雪莲")[0], [("电子商务科全体", "dianshangke@yjsswj.example.gov.cn")],
               "电子商务科周例会纪要（7月21日）", c["date"], "10323", cc=P("金美善") + [BOT], cs="UTF-8")
    html = div_html(lines_div(T10323.split("\n")), font="宋体", size="10.5pt")
    node = multi("alternative", [leaf("text/plain", T10323, "UTF-8", "base64", crlf=True),
                                 leaf("text/html", html, "UTF-8", "base64", crlf=True)],
                 "----=_001_NextPart518330247761_=----", preamble="This is a multi-part message in MIME format.")
    return message(H, node)


CASES = [
    dict(num=10317, slug="yj-gov-yishi-ershi-coremail-gbk", kind="minutes", date=ts("2026-05-20 16:12:45"),
         build=b10317, probes=["6月5日前报局领导", "5月底前完成申报材料", "于6月10日前制定活动细则", "6月30日前完成一期改造验收",
                               "6月3日（星期三）上午9:00"],
         items=[I(None, "梳理全市进出口额500万美元以上重点企业清单", "2026-06-05", ("md", 6, 5), dept="外经贸科"),
                I("李东旭", "对接州商务局，争取中小企业开拓市场资金支持，完成申报材料", "2026-05-31", ("month_end",)),
                I(None, "制定“延吉夏夜经济消费季”活动细则", "2026-06-10", ("md", 6, 10), dept="市场流通科"),
                I(None, "组织直播电商企业参与，活动期间开展不少于20场直播带货", None, None, dept="电子商务科"),
                I(None, "做好活动宣传报道", None, None, dept="办公室"),
                I("姜明浩", "完成边境贸易商品交易市场一期改造验收", "2026-06-30", ("md", 6, 30))],
         followup=F("2026-06-03", "09:00", ("md", 6, 3)),
         notes="Government 局长办公会议纪要 in 一是/二是/三是 style, Coremail GBK base64, sent Wed 2026-05-20. Units named "
               "without a person (外经贸科牵头 / 市场流通科会同电子商务科 / 电子商务科负责 / 办公室做好) -> owner null, "
               "department = the leading 科室, no_owner. '二是由李东旭同志负责…5月底前' -> 李东旭, 2026-05-31. "
               "'三是各科室要加强…走访服务' is a standing requirement for everyone, not an item. Item 4's '活动期间' and "
               "item 5 have no date -> no_due. AMBIGUOUS: the 边贸市场 acceptance is owned by 姜明浩, who reported it; the "
               "sentence only says '会议要求'. '1-4月…增长6.3%' is information. 下次局长办公会 6月3日（星期三）上午9:00.",
         tests="Coremail GBK government 一是/二是/三是 minutes; 科室-only owners; 同志负责; standing requirement not an item; next meeting sentence"),
    dict(num=10318, slug="yj-duban-zhuze-peihe-outlook-gb2312", kind="minutes", date=ts("2026-04-13 10:40:02"),
         build=b10318, probes=["电子商务科（主责）、外经贸科（配合）", "4月底前", "长期", "4月17日（周五）前", "7月10日前"],
         items=[I("韩雪莲", "跨境电商产业园招商推介材料编制", "2026-04-30", ("month_end",)),
                I("姜明浩", "边民互市贸易落地加工项目调研", "2026-05-15", ("md", 5, 15)),
                I("张立新", "汽车以旧换新补贴资金拨付进度统计", None, None),
                I("李东旭", "外贸企业“一对一”服务专员名单调整", "2026-04-17", ("md", 4, 17)),
                I("赵婷", "第二季度商务运行分析报告", "2026-07-10", ("md", 7, 10))],
         notes="督办事项 table (序号/督办事项/责任单位/责任人/完成时限/备注) pasted from Word into Outlook, gb2312 QP; sent Mon "
               "2026-04-13. 主责/配合 share one cell: the owner is the 主责 unit's person listed first (row 1 '韩雪莲、全恩惠' -> "
               "韩雪莲; 全恩惠 of the 配合 unit only supports). Row 2's 配合 unit is the SOE. Row 3 完成时限 '长期' (备注 '每周报送一次') "
               "-> no single deadline, no_due. '4月底前' -> 2026-04-30. Row 5 备注 '各科室7月5日前提供数据' is a sub-deadline for "
               "all units, not a separate item. '每月25日前向办公室报送进展' is a standing rule.",
         tests="Outlook gb2312 督办 table from Word: 主责/配合 in one cell, two names in 责任人, 长期 -> no_due, standing reporting rule"),
    dict(num=10319, slug="yj-pdf-special-meeting-coremail", kind="minutes", date=ts("2026-07-03 15:25:18"),
         build=b10319, probes=["7月20日前完成项目用地", "7月15日前提交", "8月31日前完成初稿", "尽快形成书面材料"],
         items=[I("姜明浩", "完成项目用地与海关监管场所选址对接", "2026-07-20", ("md", 7, 20)),
                I(None, "梳理全市冷链流通企业名单", "2026-07-15", ("md", 7, 15), dept="市场流通科"),
                I("尹相国", "编制项目可行性研究报告（初稿）", "2026-08-31", ("md", 8, 31), email=YIN[1]),
                I("李东旭", "与进口商对接冷链货源需求，形成书面材料", None, VAGUE)],
         notes="The minutes are only in a reportlab PDF (〔2026〕14号 专题会议纪要, CID font, lines hard-wrapped at 38 "
               "characters so phrases break across lines); the Coremail body just says 见附件. Sent Fri 2026-07-03. "
               "(一) 牵头 unit with '责任人：姜明浩' -> 姜明浩, 2026-07-20. (二) only 市场流通科 -> no_owner. (三) is the SOE's task; "
               "its 联系人 尹相国 is in Cc (outsider, department null), 2026-08-31. (四) '尽快' -> vague_due. Project facts "
               "(2万吨, 2027年) are information; '下次专题会议时间另行通知' -> no follow-up.",
         tests="PDF-only government 专题会议纪要 (CID font, wrapped lines); SOE 联系人 from Cc; 尽快; 另行通知"),
    dict(num=10320, slug="yj-forward-with-deadline-change-coremail", kind="minutes", date=ts("2026-08-06 08:55:20"),
         build=b10320, probes=["第3项完成时限调整为8月14日（周五）前", "（完成时限：8月20日（周四）前）", "8月底前"],
         items=[I("张立新", "对全市12家大型商超、3家成品油经营企业开展安全隐患排查并形成台账", "2026-08-20", ("md", 8, 20)),
                I("韩雪莲", "督促快递物流园区落实消防安全措施", "2026-08-31", ("month_end",)),
                I("赵婷", "汇总各科室排查情况，形成专题报告报市安委办", "2026-08-14", ("md", 8, 14))],
         notes="Coremail gb2312 '转发：' of yesterday's minutes with a preface that adds the bot and moves item 3 from "
               "8月12日 to '8月14日（周五）前' -> the preface wins (2026-08-14). Sent Thu 2026-08-06. The items sit below a "
               "'-----原始邮件-----' block and must not be dropped as a quote. Deadlines in nested brackets "
               "'（完成时限：8月20日（周四）前）' -> 2026-08-20; '8月底前' -> 2026-08-31. Item 4 ('各科室…一岗双责') is a rule.",
         tests="forwarded minutes under -----原始邮件----- with a preface that changes one deadline; nested （…（周四）前） brackets"),
    dict(num=10321, slug="yj-wrapped-lines-same-task-mailmaster", kind="minutes", date=ts("2026-06-09 21:33:40"),
         build=b10321, probes=["6月16日前报我", "端午节前给出初稿", "时间待定", "6月17日（周三）下午两点半"],
         items=[I("全恩惠", "对接参展企业名单", "2026-06-16", ("md", 6, 16)),
                I("韩雪莲", "对接参展企业名单", "2026-06-16", ("md", 6, 16)),
                I("姜明浩", "协调海关、边检，做好展品通关预案", "2026-06-18", ("pre_hol", "2026-06-19")),
                I(None, "展馆布展方案", None, VAGUE)],
         followup=F("2026-06-17", "14:30", ("md", 6, 17)),
         notes="NetEase Mail Master from the section chief's personal address (yeah.example.net; he is still 李东旭 of the "
               "roster but owns no item). Sent Tue 2026-06-09 21:33. The text is hard-wrapped mid-phrase: item 1's date "
               "breaks as '6月' / '16日前' and 下次筹备会 breaks before '，线上'. Items 1 and 2 have the same task text "
               "'对接参展企业名单' for two owners (different focus) -> two items. '端午节前' -> 2026-06-18 (端午 06-19..21). "
               "Item 4 is the SOE's ('由城发集团出', no person) and '时间待定' -> [no_owner, vague_due]. 下次筹备会 6月17日 "
               "下午两点半 -> 2026-06-17 14:30.",
         tests="Mail Master personal mailbox; lines hard-wrapped inside dates; two items with identical task text; 端午节前; 两点半"),
    dict(num=10322, slug="yj-other-meeting-notice-coremail", kind="other", date=ts("2026-06-22 10:05:37"),
         build=b10322,
         notes="A 会议通知 (notice of an upcoming meeting) from the office, bot on the distribution list. It asks each unit "
               "for materials by 6月26日 and names by 本周三下班前, but it records no meeting: kind other, no items, no "
               "follow-up (the 6月30日 meeting is the subject of the notice, not a follow-up of minutes).",
         tests="other: government 会议通知 with deadlines (not minutes)"),
    dict(num=10323, slug="yj-done-reports-not-items-foxmail", kind="minutes", date=ts("2026-07-22 09:15:03"),
         build=b10323, probes=["7月24日（周五）前发出", "8月5日前报州局", "周二上午（7月28日）9点"],
         items=[I("韩雪莲", "发出电商人才培训班（第三期）报名通知", "2026-07-24", ("md", 7, 24)),
                I("韩雪莲", "7月份网络零售额统计报州局", "2026-08-05", ("md", 8, 5))],
         followup=F("2026-07-28", "09:00", ("md", 7, 28)),
         notes="Foxmail UTF-8 weekly section minutes, sent Wed 2026-07-22. '一、上周工作完成情况' lists four things already "
               "done (reports, not items). Both new items are the writer's own: '由我负责' -> 韩雪莲; '我安排科员办理' -> still "
               "韩雪莲 (the clerk is unnamed). 下周例会 '周二上午（7月28日）9点' -> 2026-07-28 09:00.",
         tests="Foxmail UTF-8 minutes where most lines report finished work; '由我负责' / '我安排科员办理' owners; 周二上午（7月28日）9点"),
]
