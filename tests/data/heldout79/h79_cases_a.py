"""Cases 10701-10706."""
from h79_common import who, item, fu, BOT
from h79_clients import mail
import h79_html as H


def c10701():
    blocks = [
        "各位：",
        "上周六（4/11）生产周例会纪要如下，请各自对照落实，有出入的今天之内找我。",
        "",
        "参会：孔总、宫立新、展鹏、郝工、訾主管、牟经理",
        "记录：宫立新",
        "",
        "一、上周情况",
        "  1. 纸箱夹（CZ-35）4月已交付42台；侧移器装配线节拍提到每台38分钟。",
        "  2. 3号焊接机器人4月9日已修好，恢复两班生产。",
        "  3. 孔总要求：五一前的出货计划不再插单，确需插单的找孔总签字。",
        "",
        "二、本周安排（按人）",
        "【展班长】",
        "  1. 侧移器总装线增加一个质检工位，本周五前把班表排好；",
        "  2. 4月份夹抱器订单（共18台）的下料计划，明天交生产部。",
        "【郝工】",
        "  1. 纸箱夹液压阀块图纸改版，下周二前发展班长和訾主管。",
        "【訾主管】",
        "  1. 3月份客户退货做失效分析，月底前出报告。",
        "【牟经理】",
        "  1. 联系两家油缸备选供应商报价，尽快。",
        "",
        "三、下次例会",
        "  4月18日（周六）上午8:30，三楼小会议室。",
        "",
        "宫立新",
        "生产部 | 山东运河属具科技有限公司",
        "电话：0635-8123 6610  手机：138 6350 2217",
    ]
    text = H.plain(blocks)
    html = H.divs(blocks, cs="GBK")
    to = [who("展鹏"), who("郝建军"), who("訾文静"), who("牟海燕")]
    cc = [who("孔德顺"), BOT["Y"]]
    eml, _ = mail("foxmail", who("宫立新"), to, cc, "生产周例会纪要（4月第3周）", "2026-04-13 08:50:21 +0800",
                  text, html, seed="10701")
    items = [
        item("展鹏", "侧移器总装线增加质检工位并排好班表", "2026-04-17", ("this", 4)),
        item("展鹏", "4月份夹抱器订单下料计划交生产部", "2026-04-14", ("days", 1)),
        item("郝建军", "纸箱夹液压阀块图纸改版并发展班长和訾主管", "2026-04-21", ("next", 1)),
        item("訾文静", "3月份客户退货失效分析报告", "2026-04-30", ("mend",)),
        item("牟海燕", "联系两家油缸备选供应商报价", None, None, flags=["vague_due"]),
    ]
    return dict(num=10701, slug="foxmail-gbk-grouped-by-person", kind="minutes", eml=eml, items=items,
                followup=fu("2026-04-18", "08:30", ("md", 4, 18)),
                notes="Foxmail GBK base64 text+HTML, sent Mon 2026-04-13 08:50 +0800. Minutes grouped by person under "
                      "【展班长】/【郝工】/【訾主管】/【牟经理】 headings: the heading owns the numbered lines below it "
                      "(titles via roster aliases). 本周五前 -> 04-17; 明天 -> 04-14; 下周二前 -> 04-21; 月底前 -> "
                      "04-30; 尽快 -> vague_due. Section 一 is a report of what was done plus a rule from 孔总 "
                      "(no items). '今天之内找我' in the opening is not an item. Next meeting 4月18日（周六）8:30 -> "
                      "2026-04-18 08:30 (a Saturday factory meeting; written date kept).")


def c10702():
    rows = [["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"],
            ["NC2026-04-14", "2026-04-14", "技术部/聂部长", "销售部、生产部、质量部", "3.5吨纸箱夹新品评审",
             "评审了夹臂结构和液压回路；确认样机试制周期为12个工作日；客户要求开口尺寸≥1800mm",
             "①技术部4月17日前提交样机BOM（郝工）\n②销售部4月20日前反馈客户对夹臂开口尺寸的确认（伊经理）\n"
             "③质量部2个工作日内输出型式试验大纲（訾主管）", "进行中", "需补充卡斯卡特同类产品参数"],
            ["NC2026-04-07", "2026-04-07", "技术部/聂部长", "采购部", "旋转器回转支承选型",
             "①采购部4月10日前提供两家回转支承报价（牟经理）", "①已完成，4月9日收到报价", "已完成", ""]]
    blocks = ["各位好：", "", "本周两次内部沟通的记录表见下，第一条是昨天下午的新品评审，请相关同事按待办事项推进。", "",
              ("table", rows), "", "样机评审会时间另行通知。", "", "聂红梅", "技术部"]
    text = H.plain(blocks)
    html = H.outlook(blocks, cs="gb2312")
    to = [who("郝建军"), who("伊春来"), who("訾文静"), who("宫立新")]
    cc = [who("孔德顺"), who("牟海燕"), BOT["Y"]]
    eml, _ = mail("outlook", who("聂红梅"), to, cc, "内部沟通记录表-NC2026-04-14 3.5吨纸箱夹新品评审",
                  "2026-04-15 10:12:33 +0800", text, html, seed="10702")
    items = [
        item("郝建军", "提交样机BOM", "2026-04-17", ("md", 4, 17)),
        item("伊春来", "反馈客户对夹臂开口尺寸的确认", "2026-04-20", ("md", 4, 20)),
        item("訾文静", "输出型式试验大纲", "2026-04-17", ("wk", 2)),
    ]
    return dict(num=10702, slug="outlook-gb2312-seed-internal-record", kind="minutes", eml=eml, items=items,
                followup=None,
                notes="Seed 内部沟通记录表 in Outlook Word HTML + plain, gb2312 base64, sent Wed 2026-04-15. Row "
                      "NC2026-04-14: ①②③ each 'department + date + task (title)' -> owner from the trailing title "
                      "(郝工=郝建军, 伊经理=伊春来, 訾主管=訾文静). 4月17日前 -> 04-17; 4月20日前 -> 04-20; 2个工作日内 "
                      "from Wed -> 04-16, 04-17 -> 04-17. '12个工作日' in the summary and the 备注 are information. Row "
                      "NC2026-04-07 is 已完成 (status, not an item; its 4月10日前 must not surface). '样机评审会时间另行"
                      "通知' -> no follow-up.")


def c10703():
    text = """Hi all,

Minutes from yesterday's weekly ops review (coating line 2). Please shout if I got anything wrong.

Attendees: Jenny Yu, Leo Tan, Snow Bao, Martin Guan; Darius Vaitkus (Vilnius, via Teams)

Summary
- Line 2 yield for week 15 was 91.4% (target 94%). The drop is traced to the chamber cleaning on 8 April.
- Lot YK-2604-031 (AR-coated ZnSe windows) failed the abrasion test; it stays on hold.
- Ge substrate blanks: only one approved source, lead time now 7 weeks.

Action items

1. Requalify the AR coating recipe after the chamber cleaning
   Owner: Leo Tan
   Due: Friday 17 April

2. Quarantine lot YK-2604-031 and complete the MRB record
   Owner: Snow
   Due: EOD today

3. Get a second quote for the Ge substrate blanks
   Owner: Martin Guan (Darius to sign off the spec)
   Due: next Wednesday

4. Update Karnaphuli on the shipment delay
   Owner: Eric Na
   Due: TBD - after lot release

Next review: Monday 20 April, 15:00 Yingkou / 10:00 Vilnius.

Best regards,
Jenny Yu
Operations Director | Nemunas Photonics (Yingkou) Co., Ltd.
"""
    blocks = [("text", text)]
    html = H.gmail([line for line in text.split("\n")]).replace('<div dir="ltr">', '<div class="WordSection1">')
    to = [who("谭志远"), who("鲍雪"), who("关明浩")]
    to = [("Leo Tan", to[0][1]), ("Snow Bao", to[1][1]), ("Martin Guan", to[2][1])]
    cc = [who("Darius Vaitkus"), ("Eric Na", who("那英杰")[1]), BOT["N"]]
    eml, _ = mail("exo", ("Jenny Yu", who("于佳宁")[1]), to, cc, "Minutes: weekly ops review - coating line 2",
                  "2026-04-13 23:40:05 +0000", H.plain(blocks), html, seed="10703")
    items = [
        item("谭志远", "Requalify the AR coating recipe after the chamber cleaning", "2026-04-17",
             ("abs", "2026-04-17")),
        item("鲍雪", "Quarantine lot YK-2604-031 and complete the MRB record", "2026-04-14", ("today",)),
        item("关明浩", "Get a second quote for the Ge substrate blanks", "2026-04-22", ("next", 2)),
        item("那英杰", "Update Karnaphuli on the shipment delay", None, None, flags=["vague_due"]),
    ]
    return dict(num=10703, slug="m365-english-owner-due-blocks-utc", kind="minutes", eml=eml, items=items,
                followup=fu("2026-04-20", "15:00", ("abs", "2026-04-20")),
                notes="Microsoft 365 English, Owner:/Due: blocks. Date header Mon 13 Apr 2026 23:40 +0000 = Tue "
                      "2026-04-14 07:40 in Shanghai; everything resolves from Tuesday. 'Friday 17 April' -> 04-17; "
                      "'EOD today' -> 04-14 (the Shanghai date, not the UTC Monday); 'next Wednesday' -> 04-22 "
                      "(following calendar week); 'TBD - after lot release' -> vague_due. Owners: Leo Tan, Snow "
                      "(alias of 鲍雪), Martin Guan, Eric Na (roster aliases); 'Darius to sign off the spec' is a "
                      "support note inside item 3, not a separate item. Summary lines (yield, lot on hold, lead "
                      "time) are facts. Next review given in two time zones -> 2026-04-20 15:00 (Yingkou = "
                      "Asia/Shanghai).")


def c10704():
    text = """各科室、供排水公司：

4月16日下午，窦建华副局长在三楼会议室主持召开春灌用水调度专题会议，水资源管理科、农村水利科、工程建设科、局办公室和肃州供排水公司负责同志参加。现将会议议定事项纪要如下：

一、基本情况
会议听取了水资源管理科关于今年春灌用水计划执行情况的汇报。截至4月15日，全区已完成春灌面积12.6万亩，占计划的58%。

二、议定事项
一是做好春灌配水计划调整。由水资源管理科牵头，会同农村水利科，根据各灌区实际需水量重新核定配水指标，于4月24日前将调整后的配水计划报局办公室。
二是加快西干渠节水改造项目前期工作。工程建设科负责，芦娜科长具体抓，根据专家评审意见修改初步设计，5月8日前报送市水务局。
三是保障城区供水安全。肃州供排水公司要在本月底前完成第二水源地水质全分析检测，检测结果报水资源管理科备案。

三、有关要求
请各责任单位每周五下班前将工作进展报局办公室汇总，局办公室汇总后报窦局长。

肃州区水务局办公室
2026年4月17日
"""
    html = H.divs([line for line in text.split("\n")], wrapper="coremail")
    to = [who("魏东升"), who("达文忠"), who("芦娜"), who("邸海波")]
    cc = [who("窦建华"), BOT["G"]]
    eml, _ = mail("coremail", who("祁玉兰"), to, cc, "关于春灌用水调度工作专题会议的纪要", "2026-04-17 16:05:40 +0800",
                  text, html, seed="10704")
    items = [
        item(None, "核定配水指标，调整春灌配水计划并报局办公室", "2026-04-24", ("md", 4, 24), flags=["no_owner"],
             dept="水资源管理科"),
        item("芦娜", "修改西干渠节水改造项目初步设计并报送市水务局", "2026-05-08", ("md", 5, 8)),
        item(None, "完成第二水源地水质全分析检测并报水资源管理科备案", "2026-04-30", ("mend",), flags=["no_owner"],
             dept="供排水公司"),
    ]
    return dict(num=10704, slug="coremail-gov-yishi-ershi", kind="minutes", eml=eml, items=items, followup=None,
                notes="Government 专题会议纪要 in the 一是/二是/三是 style (Coremail, UTF-8 base64 text + QP HTML), sent "
                      "Fri 2026-04-17. 一是: 责任单位 水资源管理科 (牵头) with 农村水利科 (会同) and no person -> owner null, "
                      "no_owner, department 水资源管理科; 4月24日前 -> 04-24. 二是: 工程建设科负责 but '芦娜科长具体抓' "
                      "names the person -> 芦娜; 5月8日前 -> 05-08. 三是: 肃州供排水公司 only -> no_owner, department "
                      "供排水公司 (the roster's name for it); 本月底前 -> 04-30. The weekly reporting rule in 三、有关要求 "
                      "is a standing requirement, not an item; '截至4月15日' and percentages are facts.")


def c10705():
    blocks = [
        "AI纪要我核对过了，待办以下面为准，大家看一下自己的。",
        "",
        "————————————————",
        "钉钉 · 智能纪要",
        "会议主题：外贸部4月出口订单排产沟通会",
        "会议时间：2026-04-02 15:00 - 15:48",
        "参会人：龚倩、覃宇、卜海军、易晓红",
        "",
        "【智能摘要】",
        "本次会议围绕4月出口订单排产展开。覃宇介绍中东客户追加的2400顶骑行头盔需在5月中旬装柜；卜海军表示注塑车间产能已满，"
        "建议加开夜班；易晓红提醒EN 1078认证样品须在清明节后尽快送检，否则影响出货。",
        "",
        "【章节速览】",
        "00:01 订单概况：4月出口订单共6单，合计9800顶。",
        "11:26 产能与交期：注塑机满负荷，EPS内衬外协。",
        "29:40 认证与包装：EN 1078认证、唛头和外箱标签。",
        "",
        "【待办事项】",
        "☐ 覃宇：整理4月出口订单排产明细表，明天下班前发群里",
        "☐ 卜海军：确认注塑车间夜班人员安排，节后第一个工作日反馈",
        "☐ 易晓红：安排EN 1078认证样品送检，4月10日前",
        "☐ 龚倩：与客户确认唛头和外箱标签（时间待定）",
        "",
        "以上内容由AI生成，仅供参考",
    ]
    text = H.plain(blocks)
    html = H.divs(blocks, cs="UTF-8", wrapper="plain", style="font-family:PingFang SC;font-size:14px")
    to = [who("覃宇"), who("卜海军"), who("易晓红")]
    cc = [who("符振华"), BOT["C"]]
    eml, _ = mail("dingtalk", who("龚倩"), to, cc, "【智能纪要】外贸部4月出口订单排产沟通会", "2026-04-02 17:45:12 +0800",
                  text, html, seed="10705")
    items = [
        item("覃宇", "整理4月出口订单排产明细表", "2026-04-03", ("days", 1)),
        item("卜海军", "确认注塑车间夜班人员安排", "2026-04-07", ("post", "清明")),
        item("易晓红", "安排EN 1078认证样品送检", "2026-04-10", ("md", 4, 10)),
        item("龚倩", "与客户确认唛头和外箱标签", None, None, flags=["vague_due"]),
    ]
    return dict(num=10705, slug="dingtalk-ai-minutes-qingming", kind="minutes", eml=eml, items=items, followup=None,
                notes="DingTalk 智能纪要 pasted into a DingTalk (Alimail) mail, sent Thu 2026-04-02, the last working "
                      "day before Qingming (04-04..06). Only 【待办事项】 counts: the 智能摘要 also mentions 送检 "
                      "'清明节后尽快' and 5月中旬装柜, which are not separate items. 明天下班前 -> Fri 04-03 (date only, "
                      "corpus convention); 节后第一个工作日 -> 04-07; 4月10日前 -> 04-10; 时间待定 -> vague_due. "
                      "No next meeting.")


def c10706():
    quoted = """------------------ 原始邮件 ------------------
发件人: "伊春来"<yichunlai@yunhe-shuju.example.cn>;
发送时间: 2026年4月20日(星期一) 下午5:02
收件人: "訾文静"<ziwenjing@yunhe-shuju.example.cn>;"郝建军"<haojianjun@yunhe-shuju.example.cn>;
抄送: "孔德顺"<kongdeshun@yunhe-shuju.example.cn>;
主题: 关于华北经销商夹抱器漏油投诉的处理

訾主管、郝工：
华北经销商反映上月发的3台夹抱器（编号JB-2603-07/08/11）油缸漏油，客户现场已停用。
请訾主管4月22日前把故障件取回，郝工一起看一下是不是密封圈批次问题。
伊春来"""
    body = """各位：

今天下午针对漏油投诉又碰了一次，纪要直接回在这个邮件里，大家对一下：

时间：4月28日 14:00-15:10  地点：二楼质量部
参加：伊春来、訾文静、郝建军、冉晓

结论：3台故障件已于4月23日取回，初步判断为同一批次密封圈硬度不合格（供应商：来料批号S2603-12）。

待办：
1、訾主管：5个工作日内完成故障件拆解分析报告；
2、小冉：五一节前给经销商寄出替换密封件（3套）；
3、郝工：评估改用进口密封圈的成本，节后上班第一天给结论；
4、我：明天给经销商书面回复处理方案。

5月9日（周六调休上班）上午9点再碰一次，地点不变。

伊春来
销售部
"""
    text = body + "\n\n" + quoted + "\n"
    html = H.divs(body.split("\n"), cs="gb18030", wrapper="exmail") + \
        '<div><br></div><div style="font-size:12px;font-family:Arial">%s</div>\n' % \
        "<br>".join(line.replace("<", "&lt;").replace(">", "&gt;") for line in quoted.split("\n"))
    to = [who("訾文静"), who("郝建军"), who("冉晓")]
    cc = [who("孔德顺"), BOT["Y"]]
    old = "<tencent_5A1C02B7E9F3D4A6C8B01E77@yunhe-shuju.example.cn>"
    eml, _ = mail("exmail", who("伊春来"), to, cc, "回复：关于华北经销商夹抱器漏油投诉的处理",
                  "2026-04-28 17:20:48 +0800", text, html, seed="10706", irt=old, refs=old)
    items = [
        item("訾文静", "完成故障件拆解分析报告", "2026-05-08", ("wk", 5)),
        item("冉晓", "给经销商寄出替换密封件（3套）", "2026-04-30", ("pre", "劳动节")),
        item("郝建军", "评估改用进口密封圈的成本", "2026-05-06", ("post", "劳动节")),
        item("伊春来", "给经销商书面回复处理方案", "2026-04-29", ("days", 1)),
    ]
    return dict(num=10706, slug="exmail-gb18030-minutes-as-reply-labour-day", kind="minutes", eml=eml, items=items,
                followup=fu("2026-05-09", "09:00", ("md", 5, 9)),
                notes="New minutes posted as '回复：' in an old complaint thread (In-Reply-To an earlier mail), Tencent "
                      "Exmail gb18030. Sent Tue 2026-04-28, just before Labour Day (05-01..05, make-up Sat 05-09). "
                      "5个工作日内 -> 04-29, 04-30, 05-06, 05-07, 05-08 -> 05-08; 五一节前 -> last working day 04-30; "
                      "节后上班第一天 -> 05-06; 明天 -> 04-29. '我' = the sender 伊春来. The quoted original mail below "
                      "'原始邮件' has an old request (4月22日前取回故障件), already done per the 结论: not an item. Next "
                      "meeting 5月9日（周六调休上班）上午9点 -> 2026-05-09 09:00.")


CASES = [c10701, c10702, c10703, c10704, c10705, c10706]
