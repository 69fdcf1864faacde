"""heldout57 cases 8528-8533."""
from h57_lib import I, FU, C, T, at
from h57_clients import build
from h57_people import P, EN, bot


def c8528():
    t = at(2026, 4, 29, 16, 0, 35)
    text = """各位：

今天下午德国夏季订单出货会的纪要：

1. 婷婷：3个工作日内整理完Drachenwerk订单的装箱单和唛头资料。
2. 刘工：节前完成第一批1600只的出货检验，检验报告发我。
3. 高经理：五一后第一个工作日联系货代订舱（汉堡港，6月初到港）。
4. 我明天跟客户确认唛头和托盘要求。

5月9日（周六）调休上班，那天上午10点再碰一次出货进度。

郑海波
外贸部
"""
    raw = build("outlook_utf8", 8528, P("zhenghb"), [P("songtt"), P("liuzd"), P("gaojh")], [P("sunlj"), bot("W")],
                "德国夏季订单出货会纪要", t, bot("W")[1], blocks=text.rstrip("\n").split("\n"))
    items = [
        I("songtt", "整理完Drachenwerk订单的装箱单和唛头资料", "2026-05-07", rule=("wd", 3)),
        I("liuzd", "完成第一批1600只的出货检验", "2026-04-30", rule=("bh", "Labour Day")),
        I("gaojh", "联系货代订舱（汉堡港，6月初到港）", "2026-05-06", rule=("ah", "Labour Day")),
        I("zhenghb", "跟客户确认唛头和托盘要求", "2026-04-30", rule=("days", 1)),
    ]
    notes = ("Outlook UTF-8 (base64). Sent Wed 2026-04-29, before the Labour Day holiday 05-01..05-05 (05-09 Sat is a make-up working "
             "day). 3个工作日内: Thu 04-30 = 1, Wed 05-06 = 2, Thu 05-07 = 3 -> 2026-05-07 (a weekday count gives 05-04, a holiday). "
             "节前 -> Thu 2026-04-30; 五一后第一个工作日 -> Wed 2026-05-06; '我明天' = sender 郑海波, 2026-04-30. 婷婷 = 宋婷婷, 刘工 = 刘振东, "
             "高经理 = 高建华. '6月初到港' is context inside the task. '5月9日（周六）调休上班，那天上午10点再碰一次' -> 2026-05-09 10:00.")
    return C(8528, "outlook-utf8-labour-day-workdays", "minutes", raw, items,
             FU("2026-05-09", "10:00", ("md", 5, 9, "10:00")), notes,
             "Outlook UTF-8 before 五一: 3个工作日内 across the holiday, 节前, 五一后第一个工作日, '我明天', follow-up on the make-up Saturday", "W")


def c8529():
    t = at(2026, 7, 18, 21, 40, 12)
    rows = [["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间", "实际解决时间", "解决方案"],
            ["Q2026-0718-01", "双廊店海景房热水忽冷忽热", "苏晓", "2026-07-18 14:20", "高", "6间客房", "工程部", "李绍明", "7月19日12:00前", "-", "更换恒温阀，备用热水器先顶上"],
            ["Q2026-0718-02", "携程两条差评（热水问题）需回复", "赵茜", "2026-07-18 16:05", "中", "携程评分", "渠道营销部", "董佳怡", "明天下班前", "-", "统一回复口径后回复"],
            ["Q2026-0718-03", "受影响客人补偿方案", "苏晓", "2026-07-18 16:30", "高", "6间客房客人", "客房部", "和丽", "今晚10点前", "-", "每间赠一晚或退半价，二选一"],
            ["Q2026-0717-04", "古城店Wi-Fi频繁断连", "苏晓", "2026-07-17 09:10", "中", "古城店", "工程部", "李绍明", "2026-07-17", "2026-07-17", "更换路由器，已恢复"]]
    blocks = ["段经理、各位：", "",
              "双廊店今天热水问题的协调结果，按问题协调解决记录表登记如下：", "",
              T(rows), "",
              "04号上周的问题已解决，一并登记备查。", "",
              "赵茜", "运营中心"]
    raw = build("exmail", 8529, P("zhaoq"), [P("lism"), P("dongjy"), P("hel")], [P("duanzh"), P("sux"), bot("D")],
                "问题协调解决记录表-双廊店热水（7.18）", t, bot("D")[1], blocks=blocks,
                structure="html")
    items = [
        I("lism", "双廊店海景房热水忽冷忽热", "2026-07-19", "12:00", rule=("md", 7, 19, "12:00")),
        I("dongjy", "携程两条差评（热水问题）需回复", "2026-07-19", rule=("days", 1)),
        I("hel", "受影响客人补偿方案", "2026-07-18", "22:00", rule=("days", 0, "22:00")),
    ]
    notes = ("Tencent Exmail gb18030, single-part text/html (no plain alternative), seed 问题协调解决记录表. Sent Sat 2026-07-18 21:40 (weekend incident). "
             "Task = 问题描述; owner = 责任人. Row 1 7月19日12:00前 -> 2026-07-19 12:00; row 2 明天下班前 -> 2026-07-19 (no time); row 3 "
             "今晚10点前 -> 2026-07-18 22:00 (only 20 minutes after sending; still the deadline as written). Row 4 has an 实际解决时间 "
             "-> solved, not an item. 提交时间 values are facts, not deadlines. No next meeting.")
    return C(8529, "exmail-issue-coordination-table-weekend", "minutes", raw, items, None, notes,
             "Exmail HTML-only seed 问题协调解决记录表 on a Saturday night: 12:00前 / 明天下班前 / 今晚10点前; solved row; 提交时间 not deadlines", "D")


def c8530():
    t = at(2026, 8, 21, 17, 0, 48)
    text = """各成员单位：

8月21日上午，区防汛防台联席会议第三次会议在区行政中心召开，潘晓丽副局长主持，区城投集团、区交投公司、相关街道及局内各科室参加。经研究，明确以下事项：

（一）城区易涝点整治
责任单位：区城投集团（区应急管理局综合减灾科配合）
完成时限：9月15日前

（二）应急避难场所标识更新
责任单位：区应急管理局应急指挥中心
责任人：朱立新
完成时限：8月31日前

（三）企业安全生产标准化复评
责任单位：区应急管理局安全生产监督管理科
责任人：雷振宇
完成时限：9月底前

（四）防汛物资调剂
责任单位：区应急管理局办公室
完成时限：两周内

下次联席会议定于9月4日（周五）上午9时召开。

莲都区防汛防台联席会议办公室（代章）
"""
    raw = build("coremail", 8530, P("lanyq"), [P("zhulx"), P("leizy"), P("maohf"), P("yejh"),
                                              ("区城投集团 工程管理部", "gcb@ldct.example.cn")],
                [P("panxl"), bot("L")], "区防汛防台联席会议第三次会议纪要", t, bot("L")[1], blocks=text.rstrip("\n").split("\n"),
                cs="UTF-8")
    items = [
        I(None, "城区易涝点整治", "2026-09-15", rule=("md", 9, 15)),
        I("zhulx", "应急避难场所标识更新", "2026-08-31", rule=("md", 8, 31)),
        I("leizy", "企业安全生产标准化复评", "2026-09-30", rule=("me_m", 9)),
        I(None, "防汛物资调剂", "2026-09-04", rule=("days", 14), dept="办公室"),
    ]
    notes = ("Coremail UTF-8 government minutes in 责任单位/责任人/完成时限 blocks. Sent Fri 2026-08-21. (一) 责任单位 is the SOE 区城投集团 "
             "(not our department; 综合减灾科 only assists) -> owner null, department null, no_owner; 9月15日前. (二) 责任人 朱立新 8月31日前. "
             "(三) 责任人 雷振宇 9月底前 -> 2026-09-30. (四) only 办公室 -> no_owner with department 办公室; 两周内 -> 2026-09-04. "
             "'下次联席会议定于9月4日（周五）上午9时' -> 2026-09-04 09:00.")
    return C(8530, "coremail-gov-zerendanwei-shixian-soe", "minutes", raw, items,
             FU("2026-09-04", "09:00", ("md", 9, 4, "09:00")), notes,
             "Coremail gov 责任单位/责任人/完成时限 blocks; SOE 区城投集团 as 责任单位 (no_owner, dept null); 9月底前; 两周内", "L")


# ------------------------------------------------------------------ other
def c8531():
    t = at(2026, 5, 12, 9, 5, 11)
    text = """谭老师：

明天上午的主图评审，我这边还差两张场景图没拍完，能不能改到周五下午3点？三楼小会议室我已经先订上了。

另外上次说的碳杆龙骨样品，麻烦周四前让车间给我两套，拍场景图要用。

许佳
"""
    raw = build("foxmail", 8531, P("xuj"), [P("tanzy")], [P("zhaoym"), bot("W")],
                "主图评审能否改到周五下午", t, bot("W")[1], blocks=text.rstrip("\n").split("\n"))
    notes = ("Foxmail GBK person-to-person mail (bot in Cc by habit): a request to move a review to 周五下午3点 and a small request "
             "'周四前…两套'. No meeting took place, no minutes -> kind other, no items, no follow-up.")
    return C(8531, "foxmail-reschedule-request", "other", raw, [], None, notes,
             "Foxmail rescheduling request with dates (周五下午3点, 周四前) -> other", "W")


def c8532():
    t = at(2026, 6, 10, 11, 26, 40, 1)
    text = """Hi Cindy,

Could you send me the calibration certificates for the new tensile tester and the two torque gauges by Friday? The notified body auditor asked for them ahead of next week's surveillance audit.

Also, if you have the updated equipment list (rev 7), please attach that too.

Thanks a million,
Niamh
"""
    raw = build("gmail", 8532, P("niamh"), [EN("linsy", "Cindy Lin")], [bot("K")],
                "Calibration certs before the audit", t, bot("K")[1], blocks=text.rstrip("\n").split("\n"))
    notes = ("Gmail English request from one person to another with the bot in Cc: 'by Friday' is a request, not a minuted action "
             "item. No meeting -> kind other, no items.")
    return C(8532, "gmail-single-request-by-friday", "other", raw, [], None, notes,
             "Gmail one-to-one request 'by Friday' with bot in Cc -> other", "K")


def c8533():
    t = at(2026, 7, 6, 9, 12, 3)
    blocks = [
        "莲都应急工作简报",
        "2026年第14期（总第86期）    莲都区应急管理局办公室编    2026年7月6日",
        "",
        "【工作动态】",
        "1. 6月30日，区防指组织开展山洪灾害防御桌面推演，紫金、岩泉、碧湖等8个乡镇（街道）参加。",
        "2. 7月2日，局安全生产监督管理科联合区市场监管局对城区14家燃气经营单位开展联合检查，发现隐患21处，已责令限期整改。",
        "3. 截至7月5日，全区已完成地质灾害隐患点“回头看”43处，转移避险演练覆盖群众1.2万人次。",
        "",
        "【基层声音】",
        "雅溪镇：镇应急管理站计划7月底前完成全镇17个行政村应急广播“村村响”调试。",
        "",
        "【下期预告】",
        "主汛期后半程重点工作安排。",
        "",
        "报送：区委、区政府办公室    发送：局各科室、中心，各乡镇（街道）应急管理站",
    ]
    raw = build("coremail", 8533, P("zhongn"), [P("yejh"), P("wujp"), P("zhulx"), P("maohf")], [bot("L")],
                "莲都应急工作简报（2026年第14期）", t, bot("L")[1], blocks=blocks)
    notes = ("Coremail GBK internal work bulletin (工作简报) written and sent by a person (no Precedence/List headers): reports of "
             "what was done and another unit's plan ('7月底前完成…调试'). Not minutes, not bulk -> kind other, no items.")
    return C(8533, "coremail-work-bulletin-jianbao", "other", raw, [], None, notes,
             "Coremail 工作简报 bulletin by a person: done reports and another unit's plan with a date -> other", "L")


CASES = [c8528, c8529, c8530, c8531, c8532, c8533]
