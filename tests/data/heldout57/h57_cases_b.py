"""heldout57 cases 8508-8514."""
from h57_lib import I, FU, C, T, at
from h57_clients import build
from h57_people import P, EN, bot


def c8508():
    t = at(2026, 6, 15, 17, 46, 3)
    blocks = [
        "各科室、中心：",
        "",
        "6月15日下午，潘局主持召开端午节前安全生产暨应急值守调度会。现将任务分解表印发如下，请对照落实。",
        "",
        T([["序号", "工作任务", "责任单位/责任人", "完成时限", "状态"],
           ["1", "对辖区12家危化品经营企业开展节前专项检查", "主责：安全生产监督管理科（吴科长）；配合：应急指挥中心（季晨）", "端午节前", "推进中"],
           ["2", "汇总检查发现问题，形成整改清单", "主责：雷振宇；配合：各街道安监站", "6月22日", "未开始"],
           ["3", "更新区级应急专家库名单", "主责：综合减灾科；配合：政策法规科", "6月底", "未开始"],
           ["4", "报送节日期间应急值班安排", "主责：办公室（毛主任）", "6月17日17:00前", "推进中"],
           ["5", "印发端午节安全防范提示", "办公室", "6月12日", "已完成"]]),
        "",
        "下次调度会：6月23日（周二）上午9:00，局二楼会议室。",
        "",
        "莲都区应急管理局办公室",
        "钟宁",
    ]
    raw = build("outlook_gb2312", 8508, P("zhongn"), [P("wujp"), P("jic"), P("leizy"), P("yejh"), P("maohf")],
                [P("panxl"), bot("L")], "端午节前安全生产调度会任务分解表", t, bot("L")[1], blocks=blocks)
    items = [
        I("wujp", "对辖区12家危化品经营企业开展节前专项检查", "2026-06-18", rule=("bh", "Dragon Boat Festival")),
        I("leizy", "汇总检查发现问题，形成整改清单", "2026-06-22", rule=("md", 6, 22)),
        I(None, "更新区级应急专家库名单", "2026-06-30", rule=("me",), dept="综合减灾科"),
        I("maohf", "报送节日期间应急值班安排", "2026-06-17", "17:00", rule=("md", 6, 17, "17:00")),
    ]
    notes = ("Outlook gb2312 HTML table (text part tab-separated). Sent Mon 2026-06-15. The 责任单位/责任人 cell holds 主责 and 配合 together: "
             "the owner is the 主责 person (吴科长 = 吴建平, not 季晨 who only assists). 端午节前: Dragon Boat holiday 06-19..06-21 -> last "
             "working day Thu 2026-06-18. Row 2 主责 雷振宇, 6月22日. Row 3 主责 is only a department (综合减灾科) -> no_owner with "
             "department; 6月底 -> 2026-06-30. Row 4 毛主任 = 毛慧芳, 6月17日17:00前 -> 17:00. Row 5 已完成 -> status, not an item. "
             "下次调度会 6月23日（周二）上午9:00 -> 2026-06-23 09:00.")
    return C(8508, "outlook-gb2312-zhuze-peihe-table", "minutes", raw, items,
             FU("2026-06-23", "09:00", ("md", 6, 23, "09:00")), notes,
             "Outlook gb2312 table with 主责/配合 in one cell; 端午节前; dept-only 主责; 已完成 row; 17:00 time", "L")


def c8509():
    t = at(2026, 5, 7, 15, 20, 44)
    blocks = [
        "孙总、各位：",
        "",
        "今天和德国客户、碳杆厂两边的沟通情况按外部沟通跟进表整理如下：",
        "",
        T([["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
           ["EC2026-0507-01", "2026-05-07", "Drachenwerk Handels GmbH/Lukas Haverkamp", "外贸部/宋专员", "客户",
            "夏季订单3200只三角风筝要求6月20日前到汉堡港，外包装改为无塑料",
            "①采购部2个工作日内确认纸质包装供应商（高经理）②5月12日前向客户回复可行性及新报价", "2026-05-12", "宋专员"],
           ["EC2026-0507-02", "2026-05-07", "临朐恒韧碳纤维制品厂/马振厂长", "采购部/高经理", "供应商",
            "上批3mm碳杆约5%弯曲，对方同意退换",
            "①对方本周内补发2000支（马振厂长）②到货后生产部抽检（王班长）", "2026-05-12", "高经理"]]),
        "",
        "郑海波",
        "外贸部 | 潍坊鸢飞风筝文创有限公司",
    ]
    raw = build("exmail", 8509, P("zhenghb"), [P("sunlj"), P("songtt"), P("gaojh")],
                [P("wangxl"), ("马振", "mazhen@hengren-carbon.example.cn"), bot("W")],
                "外部沟通跟进表 5月7日（Drachenwerk / 恒韧碳纤维）", t, bot("W")[1], blocks=blocks)
    items = [
        I("gaojh", "确认纸质包装供应商", "2026-05-09", rule=("wd", 2)),
        I("songtt", "向客户回复可行性及新报价", "2026-05-12", rule=("md", 5, 12)),
        I(("ext", "马振", "mazhen@hengren-carbon.example.cn"), "补发2000支碳杆", "2026-05-10", rule=("weekend",)),
        I("wangxl", "到货后生产部抽检", None),
    ]
    notes = ("Tencent Exmail gb18030 HTML + text, seed 外部沟通跟进表 with a customer row and a supplier row. Sent Thu 2026-05-07. "
             "Row 1 ① 高经理 = 高建华, 2个工作日内: Fri 05-08 = 1, Sat 05-09 (Labour Day make-up working day) = 2 -> 2026-05-09. "
             "Row 1 ② names nobody -> the row 负责人 宋专员 = 宋婷婷; 5月12日前. Row 2 ① 马振 (supplier, in Cc) 本周内 -> end of this "
             "calendar week Sun 2026-05-10. AMBIGUOUS: 本周内 could be read as the Saturday make-up working day 05-09 or as vague; "
             "the date-phrases table uses the Sunday. Row 2 ② 王班长 = 王秀兰, conditional '到货后' with no date -> no_due. "
             "Both rows give 下次沟通时间 2026-05-12 (no time).")
    return C(8509, "exmail-gb18030-external-followup-table", "minutes", raw, items,
             FU("2026-05-12", None, ("md", 5, 12)), notes,
             "Exmail gb18030 seed 外部沟通跟进表 (customer + supplier rows): row 负责人 fallback, 2个工作日内 onto 05-09 make-up Saturday, 本周内 (AMBIGUOUS), external owner in Cc", "W")


def c8510():
    t = at(2026, 5, 22, 10, 15, 37)
    text = """各位好，

今天周例会按人整理的待办如下，有遗漏的直接回复我补充。

会议时间：5月22日（周五）9:00-10:00
参会：段经理、和经理、施经理、李工、杜磊、赵茜

【段经理】
1. 和古城客栈协会沟通消防联合检查的时间，下周二前有结论

【和经理】
1. 6月1日前完成暑期客房价格牌更换（古城店、喜洲店）
2. 新招的4名管家岗前培训，下周三前完成

【施经理】
1. 小红书探店达人合作，本月底前敲定3位

【李工】
1. 喜洲店外墙施工收尾，5月30日（周六）验收

【杜磊】
暂无

下周五同一时间线上碰一次，会议号群里发。

赵茜
运营中心
"""
    raw = build("wecom", 8510, P("zhaoq"), [P("duanzh"), P("hel"), P("shiyh"), P("lism"), P("dul")],
                [bot("D")], "5.22周例会待办（按人）", t, bot("D")[1], blocks=text.rstrip("\n").split("\n"))
    items = [
        I("duanzh", "和古城客栈协会沟通消防联合检查的时间", "2026-05-26", rule=("nw", 1)),
        I("hel", "完成暑期客房价格牌更换（古城店、喜洲店）", "2026-06-01", rule=("md", 6, 1)),
        I("hel", "新招的4名管家岗前培训", "2026-05-27", rule=("nw", 2)),
        I("shiyh", "小红书探店达人合作，敲定3位", "2026-05-31", rule=("me",)),
        I("lism", "喜洲店外墙施工收尾验收", "2026-05-30", rule=("md", 5, 30)),
    ]
    notes = ("WeCom (企业微信邮箱) UTF-8, minutes grouped by person under 【title】 headings; each numbered line belongs to the heading's person "
             "(段经理 = 段志华, 和经理 = 和丽, 施经理 = 施宇航, 李工 = 李绍明). Sent Fri 2026-05-22. 下周二前 -> 2026-05-26; 6月1日前; 下周三前 -> "
             "2026-05-27; 本月底前 -> 2026-05-31; 5月30日（周六） -> 2026-05-30. 杜磊 '暂无' -> no item. "
             "'下周五同一时间' with the meeting at 9:00 -> 2026-05-29 09:00.")
    return C(8510, "wecom-grouped-by-person", "minutes", raw, items,
             FU("2026-05-29", "09:00", ("nw", 4, "09:00")), notes,
             "WeCom minutes grouped by person (【段经理】…), two items for one owner, '暂无', 下周五同一时间", "D")


def c8511():
    t = at(2026, 6, 1, 18, 20, 51)
    text = """Dear all,

Please find below the minutes of today's monthly management review.

Attendees: Jason Zhou (chair), Cindy Lin, David Lu, Tony Tang, Jessica Shen, Kevin Kong, Linda Fang, Sunny Cao

1. Steriliser requalification
   Owner: Tony Tang / Engineering
   Due: 12 June
   Status: Open - OQ protocol approved, PQ runs to start next week

2. 2026 H1 internal audit close-out
   Owner: Cindy
   Due: end of June
   Status: Open - 4 of 9 findings closed

3. Hazardous waste contractor renewal
   Owner: Kevin Kong (EHS)
   Due: before the Dragon Boat holiday
   Status: Open

4. Headcount plan for line 4
   Owner: David Lu
   Due: TBD (depends on Group budget approval)
   Status: Open

5. Customer complaint trend, Q2
   Owner: Sunny
   Due: -
   Status: Closed - presented today, no further action

Next management review: Monday 6 July, 09:30, Board Room.

Best regards,
Jason

Jason Zhou
General Manager
Kilbride Medical Optics (Changzhou) Co., Ltd.
"""
    raw = build("outlook_utf8", 8511, EN("zhouhf", "Jason Zhou"),
                [EN("linsy", "Cindy Lin"), EN("luw", "David Lu"), EN("tangxf", "Tony Tang"), EN("shenj", "Jessica Shen"),
                 EN("konglf", "Kevin Kong"), EN("fangl", "Linda Fang"), EN("caoy", "Sunny Cao")],
                [bot("K")], "Minutes: Management Review - June 2026", t, bot("K")[1], blocks=text.rstrip("\n").split("\n"),
                subj_cs="utf-8")
    items = [
        I("tangxf", "Steriliser requalification", "2026-06-12", rule=("md", 6, 12)),
        I("linsy", "2026 H1 internal audit close-out", "2026-06-30", rule=("me",)),
        I("konglf", "Hazardous waste contractor renewal", "2026-06-18", rule=("bh", "Dragon Boat Festival")),
        I("luw", "Headcount plan for line 4", None, flags=["vague_due"]),
    ]
    notes = ("Outlook desktop UTF-8 English minutes in Owner/Due/Status blocks. Sent Mon 2026-06-01. 'Due: 12 June' -> 2026-06-12; "
             "'end of June' -> 2026-06-30; 'before the Dragon Boat holiday' (06-19..06-21) -> last working day Thu 2026-06-18; "
             "'TBD' -> vague_due. Block 5 has Status Closed and no due -> a report, not an item. Owners: Tony Tang, Cindy (林思雨), "
             "Kevin Kong, David Lu via roster aliases. 'Next management review: Monday 6 July, 09:30' -> 2026-07-06 09:30.")
    return C(8511, "outlook-en-owner-due-blocks", "minutes", raw, items,
             FU("2026-07-06", "09:30", ("md", 7, 6, "09:30")), notes,
             "Outlook English Owner/Due/Status blocks; 'before the Dragon Boat holiday'; Closed block not an item; TBD", "K")


def c8512():
    t = at(2026, 6, 9, 20, 12, 18)
    text = """各位：

今天下午生产协调会说的几件事记一下，大家按这个办。

1. 王班长负责把二车间的糊纸工位从6个加到9个，新增工位的
照明和排风6月12日前装好，装好后报我验收。
2. 采购部高经理联系临朐那边的竹篾供应，确认7月份的量能不能
保证每周3万条，本周五前给答复。
3. 设计部小许把龙头蜈蚣风筝的分解图重新出一版，标清楚每节的
尺寸和用料，端午节后第一个工作日交给车间。
4. 质检的事（抽检比例从5%提到10%）我自己盯，月底前出新的
检验规程。

上周说的夜班补贴已经报孙总批了，7月1日起执行。

刘振东

发自网易邮箱大师
"""
    raw = build("netease", 8512, P("liuzd"), [P("wangxl"), P("gaojh"), P("xuj")], [P("sunlj"), bot("W")],
                "生产协调会（6.9）", t, bot("W")[1], blocks=text.rstrip("\n").split("\n"))
    items = [
        I("wangxl", "新增工位的照明和排风装好", "2026-06-12", rule=("md", 6, 12)),
        I("gaojh", "联系临朐那边的竹篾供应，确认7月份的量能不能保证每周3万条", "2026-06-12", rule=("wk", 4)),
        I("xuj", "龙头蜈蚣风筝的分解图重新出一版", "2026-06-22", rule=("ah", "Dragon Boat Festival")),
        I("liuzd", "出新的检验规程（抽检比例从5%提到10%）", "2026-06-30", rule=("me",)),
    ]
    notes = ("NetEase Mail Master UTF-8; each item wraps over two lines mid-sentence, so the deadline sits on the continuation line. "
             "Sent Tue 2026-06-09 20:12. ① 王班长 = 王秀兰, 6月12日前. ② 高经理 = 高建华, 本周五前 -> 2026-06-12. ③ 小许 = 许佳, 端午节后第一个工作日: "
             "holiday 06-19..06-21 -> Mon 2026-06-22. ④ '我自己盯' = the sender 刘振东, 月底前 -> 2026-06-30. "
             "The 夜班补贴 line (7月1日起执行) is a decision, not an item.")
    return C(8512, "netease-wrapped-items-self-owner", "minutes", raw, items, None, notes,
             "NetEase items wrapped mid-sentence over two lines; '我自己盯' = sender; 端午节后第一个工作日; decision line", "W")


def c8513():
    t = at(2026, 6, 4, 17, 30, 6)
    text = """各位：

今天下午就“回头看”又碰了一次，新的分工如下（之前邮件里的安排以本邮件为准）：

1. 蓝雨晴：6月8日前把“回头看”发现的19处问题录入省地灾防治平台。
2. 请季晨于下周三前完成紫金、岩泉两个街道的监测设备校准。
3. 碧湖镇、雅溪镇转移路线图更新，吴科长协调安监科两人支援，6月15日前完成。

下次碰头：6月11日（周四）下午4点，还是302会议室。

叶建华
综合减灾科

-----原始邮件-----
发件人:"叶建华" <yejianhua@ldyjj.example.gov.cn>
发送时间:2026-05-20 16:42:11 (星期三)
收件人: "蓝雨晴" <lanyuqing@ldyjj.example.gov.cn>, "季晨" <jichen@ldyjj.example.gov.cn>
抄送: "潘晓丽" <panxiaoli@ldyjj.example.gov.cn>
主题: 关于开展汛前地质灾害隐患点“回头看”的工作安排

各位：
根据局里部署，汛前对全区地质灾害隐患点开展一次“回头看”，分工如下：
1. 蓝雨晴：5月25日前完成隐患点清单核对。
2. 季晨：5月29日前完成监测设备巡检。
下次碰头时间另行通知。

叶建华
"""
    raw = build("coremail", 8513, P("yejh"), [P("lanyq"), P("jic"), P("wujp")], [P("panxl"), bot("L")],
                "Re:关于开展汛前地质灾害隐患点“回头看”的工作安排", t, bot("L")[1], blocks=text.rstrip("\n").split("\n"),
                irt="<6a1f20c4.3b7e.19e4c1a9f32.Coremail.yejianhua@ldyjj.example.gov.cn>",
                refs=["<6a1f20c4.3b7e.19e4c1a9f32.Coremail.yejianhua@ldyjj.example.gov.cn>"])
    items = [
        I("lanyq", "把“回头看”发现的19处问题录入省地灾防治平台", "2026-06-08", rule=("md", 6, 8)),
        I("jic", "完成紫金、岩泉两个街道的监测设备校准", "2026-06-10", rule=("nw", 2)),
        I("wujp", "碧湖镇、雅溪镇转移路线图更新", "2026-06-15", rule=("md", 6, 15)),
    ]
    notes = ("Coremail GBK 'Re:' in an old thread (In-Reply-To/References to the 05-20 arrangement mail) that carries NEW minutes; "
             "the quoted original below '-----原始邮件-----' has older items (5月25日, 5月29日) that must not be extracted. Sent Thu 2026-06-04. "
             "6月8日前; 下周三前 -> 2026-06-10; ③ 吴科长 = 吴建平 coordinates the route-map update -> owner, 6月15日前. "
             "'下次碰头：6月11日（周四）下午4点' -> 2026-06-11 16:00.")
    return C(8513, "coremail-re-thread-new-minutes-old-quote", "minutes", raw, items,
             FU("2026-06-11", "16:00", ("md", 6, 11, "16:00")), notes,
             "Coremail 'Re:' in an old thread carrying new minutes; quoted old items under -----原始邮件----- not extracted", "L")


def c8514():
    t = at(2026, 5, 30, 8, 47, 55)
    text = """转给大家。下面是昨天和洱净洗涤开会的纪要，他们普经理整理的，我看了没问题。我们这边的事情请和丽牵头盯一下。

燕

开始转发的邮件：

发件人: 普建新 <pujianxin@erjing-laundry.example.cn>
主题: 苍洱栖居-洱净洗涤 服务沟通会纪要（5月29日）
日期: 2026年5月29日 GMT+8 下午6:12:40
收件人: 杨春燕 <yangchunyan@cangerstay.example.cn>

杨总好，今天会议纪要如下，请审阅：

一、自6月5日起，洱净方每日早8点前完成各门店布草收送。
二、洱净方：6月3日前提供新款床品布草样品两套（普建新）。
三、苍洱方：和经理6月2日前提供各门店布草数量清单。
四、苍洱方：尹会计核对4-5月洗涤账单差异，本月底前答复。
五、下次会议：下月初另约。

普建新
大理洱净洗涤服务有限公司
"""
    raw = build("apple", 8514, P("yangcy"), [P("hel"), P("yinhm"), P("duanzh")],
                [("普建新", "pujianxin@erjing-laundry.example.cn"), bot("D")],
                "Fwd: 苍洱栖居-洱净洗涤 服务沟通会纪要（5月29日）", t, bot("D")[1], text=text)
    items = [
        I(("ext", "普建新", "pujianxin@erjing-laundry.example.cn"), "提供新款床品布草样品两套", "2026-06-03", rule=("md", 6, 3)),
        I("hel", "提供各门店布草数量清单", "2026-06-02", rule=("md", 6, 2)),
        I("yinhm", "核对4-5月洗涤账单差异", "2026-05-31", rule=("me",)),
    ]
    notes = ("Apple Mail text/plain QP forward ('开始转发的邮件：') with a one-line preface by the CEO; the minutes were written by the laundry "
             "supplier. Sent Sat 2026-05-30 (minutes of Fri 05-29). 一 is a standing service rule from 6月5日起 (not a task with a deadline). "
             "二 普建新 (supplier, in Cc) 6月3日前; 三 和经理 = 和丽 6月2日前; 四 尹会计 = 尹红梅, 本月底前 -> 2026-05-31 (same month from either date). "
             "'请和丽牵头盯一下' in the preface does not reassign items that already name owners. '下次会议：下月初另约' -> no concrete time -> null.")
    return C(8514, "apple-fwd-supplier-minutes-preface", "minutes", raw, items, None, notes,
             "Apple Mail forward with preface; minutes written by the supplier; 自X日起 standing rule; 下月初另约 -> no follow-up", "D")


CASES = [c8508, c8509, c8510, c8511, c8512, c8513, c8514]
