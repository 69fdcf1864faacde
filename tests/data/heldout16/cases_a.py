"""Cases of the Nanjing pharma distributor (金陵康衢医药, kangqu-med) and the Dalian seafood plant (海晟食品, haisheng-foods)."""
from gen_lib import *

def build_a(g):
    mail, case, P, BOTS = g["mail"], g["case"], g["P"], g["BOTS"]
    KQ, HS = BOTS["kq"], BOTS["hs"]

    # ---------------- 3001 ----------------
    s = d("2025-09-26")
    t = """关于做好GSP符合性检查迎检工作的会议纪要

9月26日上午，公司在三楼会议室召开GSP迎检工作专题会，质量管理部邵婷主持，储运部、商务部、合规部相关人员参加。现将会议主要事项纪要如下：

一、会议通报了省药品监督管理局拟于10月中旬开展GSP符合性检查的有关情况。上半年自查发现的12项问题已整改完毕11项，剩余1项（阴凉库2号温湿度探头漂移）已更换探头，待校准。

二、会议要求：
一是储运部对阴凉库、冷库温湿度监测系统数据进行全面导出核对，3个工作日内形成核对报告报质量管理部。责任人：柏建国。
二是商务部对近一年首营企业、首营品种资料进行梳理，缺失的资质证明于节后第一个工作日前补齐。责任人：何丽萍。
三是合规部牵头组织全员GSP知识培训及考试，培训时间另行通知。责任人：钱晓雯。
四是各部门于10月15日前完成本部门GSP自查表，部门负责人签字确认后交质量管理部。

三、会议强调，迎检期间各部门负责人原则上不安排休假，确需请假的须经分管领导批准。

四、下次专题会定于节后第一个工作日（10月9日）下午2:30召开，地点另行通知。

质量管理部
2025年9月26日"""
    case(3001, "pharma-gsp-yijian-yishi-ershi", "minutes",
         mail("outlook", P("邵婷"), [P("柏建国"), P("何丽萍"), P("钱晓雯")], [P("周振华"), KQ],
              "关于做好GSP符合性检查迎检工作的会议纪要", "2025-09-26T16:40:12", t, cs="gb2312", cte="base64"),
         "Formal 内部通知-style minutes (一是/二是…) sent Fri 2025-09-26, two days before the 09-28 make-up Sunday and National Day (10-01..10-08). "
         "一是: 3个工作日内 counts 09-28 (make-up Sunday), 09-29, 09-30 -> 2025-09-30. 二是: 节后第一个工作日 -> 2025-10-09. "
         "三是: '培训时间另行通知' is a deadline word without a date -> vague_due (a reader could also say no_due; we pick vague_due as with 待定). "
         "四是: '各部门' is not a person or one department -> owner null, no_owner, department null, due 2025-10-15. "
         "Section 一 (facts, done work) and 三 (a rule) are not items. Next meeting written as a sentence with a date in brackets: 2025-10-09 14:30.",
         [I("柏建国", "对阴凉库、冷库温湿度监测系统数据进行全面导出核对并形成核对报告报质量管理部", E("2025-09-30", add_wd(s, 3), "3001-1")),
          I("何丽萍", "梳理近一年首营企业、首营品种资料，补齐缺失的资质证明", E("2025-10-09", first_wd_after(d("2025-10-08")), "3001-2")),
          I("钱晓雯", "组织全员GSP知识培训及考试", None, flags=["vague_due"]),
          I(None, "完成本部门GSP自查表并由部门负责人签字确认后交质量管理部", "2025-10-15")],
         FU(E("2025-10-09", first_wd_after(d("2025-10-08")), "3001-fu"), "14:30"),
         what="Outlook gb2312 HTML; 一是…四是 items with 责任人：; 3个工作日内 over the 09-28 make-up Sunday; 节后第一个工作日; 各部门 -> no_owner; 另行通知 -> vague")

    # ---------------- 3002 ----------------
    s = d("2026-03-10")
    t = """金陵康衢医药有限公司
合规工作会议纪要
〔2026〕第3期

3月9日下午，合规部钱晓雯主持召开两票制执行情况专项检查会议。会议听取了商务部关于一季度发票流向核查情况的汇报，对发现的问题逐项进行了研究。现纪要如下：

（一）关于票据流向核查
会议指出，部分终端医院的二票回款流向与购销合同约定不一致，存在被认定为“过票”的风险。要求对一季度二票流向不一致的12家终端逐一核对，形成书面说明。
责任单位：商务部（何丽萍）
完成时限：2026年3月20日

（二）关于医药代表备案
销售部在岗医药代表须全部在医药代表备案平台完成信息备案，离职人员及时注销。
责任单位：销售部
配合单位：合规部
完成时限：3月底前

（三）关于学术推广费用
整理2025年度学术会议费用台账，补齐会议签到表、现场照片及讲者劳务协议。
责任人：孙立（牵头）、陆一鸣
完成时限：4月10日（周五）前

（四）会议重申，任何人员不得以现金或购物卡等形式向医疗机构人员支付任何费用，一经发现严肃处理。

下次会议时间另行通知。

分送：周总，销售部、商务部、质量管理部
合规部　2026年3月10日印发"""
    case(3002, "pharma-liangpiaozhi-gov-style-coremail", "minutes",
         mail("coremail", P("钱晓雯"), [P("周振华"), P("孙立"), P("陆一鸣"), P("何丽萍")], [KQ],
              "合规工作会议纪要〔2026〕第3期（两票制专项检查）", "2026-03-10T10:21:37", t, cs="GBK", cte="base64"),
         "SOE/government style: （一）（二） headings, 责任单位/配合单位/完成时限 blocks. Sent Tue 2026-03-10. "
         "（一）责任单位：商务部（何丽萍） -> the named person owns it, 2026-03-20. （二）责任单位：销售部 only -> no_owner, department 销售部, 3月底前 -> 2026-03-31; 配合单位 is not an owner. "
         "（三）责任人：孙立（牵头）、陆一鸣 -> one item owned by the lead 孙立 (陆一鸣 assists); 4月10日（周五）前 -> 2026-04-10. "
         "（四）is a rule (not an item). '下次会议时间另行通知' -> next_followup null. 期号〔2026〕第3期 is not a date.",
         [I("何丽萍", "对一季度二票流向不一致的12家终端逐一核对并形成书面说明", "2026-03-20"),
          I(None, "在岗医药代表全部在医药代表备案平台完成信息备案，离职人员及时注销", E("2026-03-31", month_end(s), "3002-2"), dept="销售部"),
          I("孙立", "整理2025年度学术会议费用台账，补齐会议签到表、现场照片及讲者劳务协议", E("2026-04-10", this_or_next(d("2026-04-06"), 4), "3002-3"))],
         None,
         what="Coremail GBK; （一）（二） with 责任单位：/完成时限：; dept-only 销售部; 牵头+协办 in one line")

    # ---------------- 3003 ----------------
    s = d("2026-06-17")
    t = """销售部周例会纪要（6月17日）

参会：周总、孙立、陆一鸣、何姐（商务部）
记录：陆一鸣

一、本周情况
1. 第十一批集采中选品种江宁、浦口两区配送已全部落地，鼓楼医院首单已回款。
2. 江北新区社区中心续签进度50%，3家已盖章。
3. 5月份回款率92%，比4月提高4个点。

二、待办事项
1. 孙立：端午节后第一个工作日前，把鼓楼医院、省人民医院7月集采品种备货量报商务部。
2. 陆一鸣：6月30日前完成江北新区剩余5家社区卫生服务中心配送协议续签。
3. 何丽萍：明天下班前把5月份未回款明细发周总。
4. 周总：与省药械集中采购平台确认配送关系备案补录，时间待定。

下次例会：6月24日（周三）下午4点

陆一鸣
销售部 江北区域"""
    m3003 = case(3003, "pharma-jicai-weekly-foxmail", "minutes",
         mail("foxmail", P("陆一鸣"), [P("周振华"), P("孙立"), P("何丽萍")], [KQ],
              "销售部周例会纪要（6月17日）", "2026-06-17T17:45:03", t, cs="GBK", cte="base64"),
         "Ordinary numbered 待办 'name：task' lines, Foxmail GBK. Sent Wed 2026-06-17, two days before the Dragon Boat holiday (06-19..06-21). "
         "1: 端午节后第一个工作日 -> 2026-06-22. 2: 2026-06-30. 3: 明天下班前 -> 2026-06-18, no time. 4: 周总 = 周振华 (alias), 时间待定 -> vague_due. "
         "Section 一 lines are reports (done / percentages), not items. Next meeting 2026-06-24 16:00.",
         [I("孙立", "把鼓楼医院、省人民医院7月集采品种备货量报商务部", E("2026-06-22", first_wd_after(d("2026-06-21")), "3003-1")),
          I("陆一鸣", "完成江北新区剩余5家社区卫生服务中心配送协议续签", "2026-06-30"),
          I("何丽萍", "把5月份未回款明细发周总", E("2026-06-18", s + dt.timedelta(days=1), "3003-3")),
          I("周振华", "与省药械集中采购平台确认配送关系备案补录", None, flags=["vague_due"])],
         FU(E("2026-06-24", this_or_next(s, 2) + dt.timedelta(days=7), "3003-fu"), "16:00"),
         what="Foxmail GBK ordinary 待办 list; 端午节后第一个工作日; 明天下班前; 时间待定; reports above not items")

    # ---------------- 3004 reply ----------------
    t = """收到，第1项没问题，节后第一天上午就报。


------------------&nbsp;原始邮件&nbsp;------------------
发件人: "纪要助手"<jiyao@kangqu-med.example.cn>;
发送时间: 2026年6月17日(星期三) 晚上6:01
收件人: "陆一鸣"<luym@kangqu-med.example.cn>;"孙立"<sunli@kangqu-med.example.cn>;"何丽萍"<help@kangqu-med.example.cn>;
抄送: "周振华"<zhouzh@kangqu-med.example.cn>;
主题: 【纪要确认】销售部周例会纪要（6月17日）

各位好，以下事项已登记，如有异议请于今日18:00前回复：
1. 孙立：把鼓楼医院、省人民医院7月集采品种备货量报商务部，截止 2026-06-22
2. 陆一鸣：完成江北新区剩余5家社区卫生服务中心配送协议续签，截止 2026-06-30
3. 何丽萍：把5月份未回款明细发周总，截止 2026-06-18
4. 周振华：与省药械集中采购平台确认配送关系备案补录，截止 待定（期限不明确）
回复“确认”“有异议+原因”“第N项已完成”“进度80%”“延期至X月X日”即可更新。""".replace("&nbsp;", " ")
    case(3004, "pharma-reply-confirm-item1-exmail", "reply",
         mail("qq", P("孙立"), [KQ], [P("陆一鸣")], "回复：【纪要确认】销售部周例会纪要（6月17日）", "2026-06-17T20:05:44", t,
              cs="gb18030", irt=m3003, refs=[m3003]),
         "Exmail/QQ reply from the owner of item 1: '收到，第1项没问题' -> confirm, items [1]. '节后第一天上午就报' restates the due, not an extension. "
         "The QQ '原始邮件' quote carries the recap and its command footer (已完成/进度80%/延期至) which must not be read.",
         reply=RP("confirm", [1]),
         what="QQ/Exmail gb18030 reply confirming 第1项 over a QQ 原始邮件 quote with all command words")

    # ---------------- 3005 forwarded ----------------
    t = """各位：
转邵部长昨天冷链验证会的纪要，涉及销售和储运的请按时落实。纪要助手也抄上了，方便跟踪。

周振华

-----原始邮件-----
发件人: 邵婷 <shaoting@kangqu-med.example.cn>
发送时间: 2025年7月7日 17:32
收件人: 柏建国 <baijg@kangqu-med.example.cn>; 周振华 <zhouzh@kangqu-med.example.cn>
主题: 冷链运输验证会议纪要

冷链运输验证会议纪要
时间：2025年7月7日 14:00-16:00
地点：质量管理部会议室
参加：邵婷、柏建国、周振华、冷藏车供应商代表

会议情况：夏季高温期间，两台冷藏车（苏A·K3218、苏A·K5521）的满载验证尚未覆盖35℃以上工况；江北片区部分医院下午收货时段车辆等候超过40分钟。

待办：
1、储运部柏经理：7月18日前完成两台冷藏车的夏季满载验证，验证报告交质量管理部。
2、销售部小陆：通知江北片区6家医院药剂科，7月15日起冷链药品改为上午配送，本周五前通知到位。
3、质量管理部：修订《冷链药品运输管理规程》，月底前发布。

下次验证会视验证结果另行确定。"""
    case(3005, "pharma-forward-coldchain-preface", "minutes",
         mail("outlook", P("周振华"), [P("陆一鸣"), P("柏建国")], [P("邵婷"), KQ], "转发: 冷链运输验证会议纪要",
              "2025-07-08T09:05:20", t, cs="gb2312", cte="base64"),
         "Outlook '转发:' by 周振华 (Tue 2025-07-08) of 邵婷's minutes of Mon 07-07, with the forwarder's own preface (no items in it). "
         "The items sit below Outlook's '-----原始邮件-----' header block and are the minutes being forwarded: they must be extracted. "
         "1: 柏经理 = 柏建国, 2025-07-18. 2: 小陆 = 陆一鸣; '7月15日起' is when the change starts, the deadline is 本周五前 = 2025-07-11 (same week for both 07-07 and 07-08). "
         "3: department only (质量管理部) -> no_owner, 月底前 -> 2025-07-31. '另行确定' -> no next_followup.",
         [I("柏建国", "完成两台冷藏车的夏季满载验证，验证报告交质量管理部", "2025-07-18"),
          I("陆一鸣", "通知江北片区6家医院药剂科7月15日起冷链药品改为上午配送", E("2025-07-11", this_or_next(d("2025-07-08"), 4), "3005-2")),
          I(None, "修订《冷链药品运输管理规程》并发布", E("2025-07-31", month_end(d("2025-07-08")), "3005-3"), dept="质量管理部")],
         None,
         what="Outlook forward with preface; items below the -----原始邮件----- block; 小陆/柏经理 aliases; '7月15日起' vs 本周五前")

    # ---------------- 3006 one-liner ----------------
    t = """今天跟省采购平台对了一下，两件事：小孙周四前把江宁三家医院的配送确认函收齐，何姐明早9点前把补开的发票寄出去。下周一上午10点还在平台那边碰一次。

发自我的iPhone"""
    case(3006, "pharma-oneline-boss-iphone", "minutes",
         mail("apple", P("周振华"), [P("孙立"), P("何丽萍")], [KQ], "今天省平台沟通", "2025-11-11T19:42:08", t,
              cs="utf-8", cte="quoted-printable", plain_only=True, seed="iphone3006"),
         "A one-paragraph minutes mail from a busy manager on his iPhone (Tue 2025-11-11 19:42), bot in Cc. It records a meeting and assigns work, so kind minutes. "
         "小孙 = 孙立: 周四前 -> 2025-11-13. 何姐 = 何丽萍: 明早9点前 -> 2025-11-12 09:00. Next meeting '下周一上午10点' -> 2025-11-17 10:00.",
         [I("孙立", "收齐江宁三家医院的配送确认函", E("2025-11-13", this_or_next(d("2025-11-11"), 3), "3006-1")),
          I("何丽萍", "把补开的发票寄出去", "2025-11-12", "09:00")],
         FU(E("2025-11-17", next_week(d("2025-11-11"), 0), "3006-fu"), "10:00"),
         what="iPhone one-paragraph minutes from a manager; 小孙/何姐; 明早9点; next meeting in the same sentence")

    # ---------------- 3007 auto ----------------
    raw = mail("coremail", ("钱晓雯", "qianxw@kangqu-med.example.cn"), [KQ], [], "自动回复: 【纪要确认】合规部春节值班安排沟通会",
               "2026-02-16T09:00:02",
               "您好，我于2月14日至2月24日春节休假，期间不能及时处理邮件。\n紧急事项请联系何丽萍（help@kangqu-med.example.cn，电话025-8xxx6612），2月25日前我会逐一回复。\n\n钱晓雯\n合规部",
               cs="UTF-8", cte="base64", extra=["Auto-Submitted: auto-replied", "X-Auto-Reply: yes", "Precedence: auto_reply"])
    case(3007, "pharma-auto-ooo-coremail", "auto", raw,
         "Coremail out-of-office auto reply to a bot recap (Auto-Submitted: auto-replied, X-Auto-Reply, subject '自动回复:'). "
         "The body has dates and '2月25日前' but nobody wrote it for this mail: kind auto, nothing extracted.",
         what="Coremail auto-reply during Spring Festival; dates in the body")

    # ---------------- 3008 HACCP table extra columns ----------------
    s = d("2025-04-03")
    t = """品管部HACCP小组月度会议纪要

会议时间：2025年4月3日（周四）14:00-15:00
地点：品管部办公室
参加：姜美玲、曲波、丛志刚、化验室全体

一、3月内审结果：共开出不符合项5项（NC-03～NC-07），其中NC-03、NC-04已关闭。
二、本月纠偏及改进事项：

| 序号 | 优先级 | 责任人 | 状态 | 整改内容 | 备注 | 期限 |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | 高 | 曲波 | 进行中 | 更新CCP2金属探测纠偏记录表并对夜班重新培训 | 对应NC-07 | 3个工作日内 |
| 2 | 中 | 丛志刚 | 未开始 | 解冻间地漏加装防虫网 | 需采购，走急单 | 4月15日 |
| 3 | 高 | 姜美玲 | 已关闭 | 出口日本批次组胺检测委外合同续签 | 3/28已签 | 3月31日 |
| 4 | 低 | 品管部 | 未开始 | 2024年度HACCP计划验证记录整理归档 |  | 月底 |

三、下次会议：清明节后第一周的周四，时间同本次。

姜美玲"""
    case(3008, "seafood-haccp-table-extra-columns", "minutes",
         mail("outlook", P("姜美玲"), [P("曲波"), P("丛志刚")], [P("于海涛"), HS], "HACCP小组月度会议纪要（4月）",
              "2025-04-03T15:20:45", t, cs="utf-8", cte="quoted-printable"),
         "Outlook UTF-8 QP HTML table whose columns come in an unusual order (序号|优先级|责任人|状态|整改内容|备注|期限). Sent Thu 2025-04-03, the day before Qingming (04-04..04-06). "
         "Row 1: 3个工作日内 skips the holiday: 04-07, 04-08, 04-09 -> 2025-04-09. Row 2: 2025-04-15. Row 3 is 已关闭 (closed) -> not an item. "
         "Row 4: department only (品管部) -> no_owner, department 品管部, 月底 -> 2025-04-30. The 备注 cell '需采购，走急单' is not a date. "
         "Next meeting: '清明节后第一周的周四，时间同本次' -> the week after Qingming is 04-07..04-13, its Thursday 2025-04-10, time = this meeting's 14:00 (ambiguous but what a careful assistant records).",
         [I("曲波", "更新CCP2金属探测纠偏记录表并对夜班重新培训", E("2025-04-09", add_wd(s, 3), "3008-1")),
          I("丛志刚", "解冻间地漏加装防虫网", "2025-04-15"),
          I(None, "2024年度HACCP计划验证记录整理归档", E("2025-04-30", month_end(s), "3008-4"), dept="品管部")],
         FU(E("2025-04-10", next_week(s, 3), "3008-fu"), "14:00"),
         what="Outlook UTF-8 QP table with 优先级/状态/备注 in odd order; 已关闭 row; 3个工作日内 over Qingming; next meeting '节后第一周周四，时间同本次'")

    # ---------------- 3009 Japanese buyer minutes, JST ----------------
    t = """Dear Ms. Lin, Ms. Jiang,

Thank you very much for your kind support during our factory audit on May 11-12.
Please find below the minutes of the closing meeting. If there is any wrong point, please kindly let me know.

1. Audit result
 - Overall result: Acceptable. No critical finding, 3 minor findings (details in the check sheet sent yesterday).
 - Metal detector test pieces (Fe 1.5mm / SUS 2.5mm) were confirmed OK at all lines.

2. Action items
 (1) Corrective action report for minor finding No.1 (hand wash station signage in Japanese)
     PIC: Ms. Jiang / Deadline: May 22
 (2) Histamine test data of the last 6 lots of frozen mackerel fillet
     PIC: Ms. Lin / Deadline: by this Friday
 (3) New label layout for the retail pack - confirmation with our QA dept.
     PIC: Tanaka (Marunaka) / Deadline: by 5/20
 (4) Re-check of freezer room No.3 temperature record (method to be discussed)
     PIC: Mr. Qu Bo / Deadline: TBD

3. Next meeting
 Online (Teams), June 9 (Tue) 10:00-11:00 JST.

Best regards,

Kenji Tanaka
Quality Assurance Dept.
Marunaka Suisan Co., Ltd.
TEL: +81-3-XXXX-2231"""
    TAN = ("Kenji Tanaka", "tanaka.k@marunaka.example.jp")
    m3009 = case(3009, "seafood-japan-buyer-english-jst", "minutes",
         mail("outlook", TAN, [P("林雪"), P("姜美玲")], [P("于海涛"), P("曲波"), HS],
              "Minutes: closing meeting of factory audit (May 11-12)", "2026-05-12T18:30:10", t, cs="utf-8", cte="quoted-printable",
              tz="+0900"),
         "A Japanese buyer's English minutes (Outlook, Date 18:30 +0900 = Tue 2026-05-12 17:30 Shanghai). 'PIC: … / Deadline: …' lines under '(n)' items. "
         "(1) Ms. Jiang = 姜美玲 (To display name / roster 'Jiang Meiling'), May 22 -> 2026-05-22. (2) Ms. Lin = 林雪 ('Yuki Lin'), by this Friday -> 2026-05-15. "
         "(3) the buyer himself (Tanaka, From) -> owner Kenji Tanaka, tanaka.k@marunaka.example.jp, department null, by 5/20 -> 2026-05-20. "
         "(4) Mr. Qu Bo = 曲波 (roster alias), Deadline TBD -> vague_due. Audit results are facts, not items. "
         "Next meeting June 9 (Tue) 10:00 JST = 09:00 Asia/Shanghai -> next_followup 2026-06-09 09:00 (time converted to Shanghai as all gold times are).",
         [I("姜美玲", "提交轻微不符合项No.1（洗手台日文标识）的纠正措施报告", "2026-05-22"),
          I("林雪", "提供最近6批冷冻鲭鱼片的组胺检测数据", E("2026-05-15", this_or_next(d("2026-05-12"), 4), "3009-2")),
          I("Kenji Tanaka", "与丸中水产品质部确认零售包装新标签版式", "2026-05-20", email=TAN[1]),
          I("曲波", "复核3号冷库温度记录", None, flags=["vague_due"])],
         FU(E("2026-06-09", this_or_next(d("2026-06-09"), 1), "3009-fu"), "09:00"),
         what="Japanese buyer's English minutes, Date +0900; PIC/Deadline lines; Ms./Mr. + romanised names; TBD; next meeting in JST")

    # ---------------- 3010 person headings ----------------
    s = d("2026-11-16")
    MENG = ("孟庆山", "mengqs@binhai-cold.example.cn")
    t = """品管部周会纪要 11.16
时间：11月16日 15:00-16:30

【曲工】
- 本周三前把10月份CCP监控记录全部复核签字
- 韩国客户（Hanbada）要的过敏原声明，下周一前出中韩双语版

【丛主任】
- 2号车间更衣室风淋门坏了，已报修，厂家周四来人
- 夜班人员手部卫生抽检由每周1次改为每周2次，即日起执行

【孟师傅（滨海冷链）】
- 3号冷库化霜周期调整，11月20日前给出方案

【我】
- 月底前把年度HACCP体系内审计划报于厂长

下周一同一时间继续。

姜美玲"""
    case(3010, "seafood-person-headings-foxmail", "minutes",
         mail("foxmail", P("姜美玲"), [P("曲波"), P("丛志刚")], [MENG, P("于海涛"), HS], "品管部周会纪要 11.16",
              "2026-11-16T17:31:26", t, cs="GBK", cte="base64"),
         "Minutes grouped under person headings (【曲工】/【丛主任】/【孟师傅（滨海冷链）】/【我】), Foxmail GBK, sent Mon 2026-11-16. "
         "曲工 = 曲波: 本周三前 -> 2026-11-18; 下周一前 -> 2026-11-23. 丛主任's lines: a repair already reported (status; the vendor visit is not his deliverable) and a rule (即日起执行) -> no items. "
         "孟师傅 is not in the roster; the only matching Cc entry is 孟庆山 <mengqs@binhai-cold.example.cn> (surname 孟 + 师傅, company 滨海冷链 = binhai-cold) -> owner 孟庆山, department null, 2026-11-20. "
         "【我】 = the sender 姜美玲, 月底前 -> 2026-11-30. Next: '下周一同一时间' with the meeting time 15:00 -> 2026-11-23 15:00.",
         [I("曲波", "复核10月份CCP监控记录并全部签字", E("2026-11-18", this_or_next(s, 2), "3010-1")),
          I("曲波", "出中韩双语版过敏原声明", E("2026-11-23", next_week(s, 0), "3010-2")),
          I("孟庆山", "给出3号冷库化霜周期调整方案", "2026-11-20", email=MENG[1]),
          I("姜美玲", "把年度HACCP体系内审计划报于厂长", E("2026-11-30", month_end(s), "3010-4"))],
         FU(E("2026-11-23", next_week(s, 0), "3010-fu"), "15:00"),
         what="Foxmail GBK person-heading minutes; 曲工/丛主任/孟师傅 (Cc only)/我; status and rule lines under a heading; 下周一同一时间")

    # ---------------- 3011 Korean buyer ----------------
    PARK = ("박지호", "jiho.park@hanbada.example.kr"); KIM = ("김민수", "minsu.kim@hanbada.example.kr")
    t = """[회의록 / 会议纪要] 2027.03.15 하반다-海晟 화상회의

참석 / 参加: 하반다 박지호 과장, 김민수 대리 / 海晟 林雪, 姜美玲

1. 冷冻鱿鱼圈 2027년 2분기 주문량: 40ft 4柜 확정 (결정사항)
2. 포장 규격: 1kg x 10 → 500g x 20 변경 (결정사항)

3. 할 일 / 待办
 - 海晟 林雪: 수정된 규격서(spec sheet) 송부, 3/19까지
 - 海晟 姜美玲: 卫生证书 샘플 확인 (韩国 MFDS 수입식품 등록용), 3월 말까지
 - 하반다 김민수 대리: 수입자 등록 갱신 서류 확인 후 회신, 다음 주 수요일까지

4. 다음 회의 / 下次会议: 4월 5일(월) 오전 10시 (한국시간)

감사합니다.
박지호 드림
Hanbada Trading Co., Ltd. | 수입팀 과장"""
    case(3011, "seafood-korean-buyer-bilingual", "minutes",
         mail("outlook", PARK, [P("林雪"), P("姜美玲")], [KIM, HS], "[회의록] 하반다-海晟 화상회의 (3/15)",
              "2027-03-15T11:02:33", t, cs="utf-8", cte="base64", tz="+0900"),
         "Korean buyer's Korean/Chinese minutes (Outlook UTF-8 base64, Date 11:02 +0900 = Mon 2027-03-15 10:02 Shanghai). 2027 has no official holiday table yet; no working-day arithmetic is needed. "
         "'까지' = by. 林雪 3/19까지 -> 2027-03-19. 姜美玲 3월 말까지 -> 2027-03-31. 김민수 대리 (in Cc) 다음 주 수요일까지 = next week's Wednesday -> 2027-03-24, owner '김민수' with his Cc address, department null. "
         "Lines marked 결정사항 (decisions) are not items. Next meeting 4월 5일(월) 오전 10시 한국시간 = 09:00 Shanghai -> 2027-04-05 09:00 (probably China's Qingming day, but the meeting is stated; recorded as written).",
         [I("林雪", "发送修改后的规格书（spec sheet）", "2027-03-19"),
          I("姜美玲", "确认卫生证书样本（韩国MFDS进口食品登记用）", "2027-03-31"),
          I("김민수", "确认进口商登记更新资料后回复", E("2027-03-24", next_week(d("2027-03-15"), 2), "3011-3"), email=KIM[1])],
         FU(E("2027-04-05", this_or_next(d("2027-04-05"), 0), "3011-fu"), "09:00"),
         what="Korean/Chinese minutes from a Korean buyer, +0900; 까지 deadlines; 결정사항 lines; next meeting in KST")

    # ---------------- 3012 reply done (Japanese buyer) ----------------
    t = """Dear sirs,

Regarding item No.3 (label layout), our QA dept. has confirmed the new layout. This item is completed.
Thank you for your support.

Best regards,
Kenji Tanaka

From: 会议纪要机器人 <minutes@haisheng-foods.example.cn>
Sent: Tuesday, May 12, 2026 6:41 PM
To: Kenji Tanaka <tanaka.k@marunaka.example.jp>; 林雪 <linxue@haisheng-foods.example.cn>; 姜美玲 <jiangml@haisheng-foods.example.cn>
Subject: [Recap] Minutes: closing meeting of factory audit (May 11-12)

Items recorded (reply "confirm", "item 2 done", "progress 80%", "extend to 6/1"):
1. 姜美玲 - Corrective action report for minor finding No.1 - due 2026-05-22
2. 林雪 - Histamine test data of the last 6 lots - due 2026-05-15
3. Kenji Tanaka - New label layout confirmation - due 2026-05-20
4. 曲波 - Re-check of freezer room No.3 temperature record - due TBD"""
    case(3012, "seafood-reply-done-item3-japanese-buyer", "reply",
         mail("outlook", TAN, [HS], [P("林雪")], "RE: [Recap] Minutes: closing meeting of factory audit (May 11-12)",
              "2026-05-19T14:12:09", t, cs="utf-8", cte="quoted-printable", tz="+0900", irt=m3009, refs=[m3009]),
         "The Japanese buyer replies (Outlook English, +0900) 'Regarding item No.3 … This item is completed.' -> done, items [3]. "
         "The quoted recap below Outlook's From:/Sent: block lists example commands ('item 2 done', 'progress 80%') which must not be read.",
         reply=RP("done", [3]),
         what="Outlook English reply 'item No.3 … completed' from an external buyer; quoted recap with command examples")

    # ---------------- 3013 new minutes as RE: in old thread ----------------
    s = d("2026-09-21")
    t = """9月21日调度会：
1.中秋前最后一批日本订单（秋刀鱼 2柜）9月24日装柜，丛主任盯现场。
2.品管曲工5个工作日内完成新到包材的迁移检测报告。
3.国庆值班排班表由厂办国庆节前发出。
下次调度会节后10月8日上午8:30。

丛志刚

------------------ 
发件人：丛志刚
发送时间：2026-09-14 17:20
收件人：于海涛；姜美玲；林雪；曲波
抄送：会议纪要机器人
主题：生产调度会纪要（9月14日）

9月14日调度会：
1.韩国订单（鱿鱼圈 3柜）9月18日前完成生产，林雪跟进订舱。
2.2号速冻隧道9月17日停机检修，丛志刚负责。
3.曲工9月19日前完成9月份水质检测报告。
下次调度会9月21日上午8:30。"""
    case(3013, "seafood-new-minutes-in-old-thread", "minutes",
         mail("foxmail", P("丛志刚"), [P("于海涛"), P("姜美玲"), P("林雪"), P("曲波")], [HS], "回复: 生产调度会纪要（9月14日）",
              "2026-09-21T16:02:51", t, cs="GBK", cte="base64",
              irt="<202609141720095512306@haisheng-foods.example.cn>", refs=["<202609141720095512306@haisheng-foods.example.cn>"]),
         "New minutes (meeting of Mon 2026-09-21) posted as '回复:' in the thread of last week's minutes (Foxmail GBK); the quoted 9月14日 minutes below the Foxmail separator are old and not items, and their '下次调度会9月21日' is not the next follow-up. "
         "1: 丛主任 = 丛志刚 (the writer) watches the 2026-09-24 loading. 2: 曲工 = 曲波, 5个工作日内 from Mon 09-21 skips Mid-Autumn (09-25..09-27): 09-22, 09-23, 09-24, 09-28, 09-29 -> 2026-09-29. "
         "3: 厂办 (department) -> no_owner, department 厂办; 国庆节前 -> the last working day before 10-01 = 2026-09-30. Next: 2026-10-08 08:30.",
         [I("丛志刚", "盯秋刀鱼2柜装柜现场", "2026-09-24"),
          I("曲波", "完成新到包材的迁移检测报告", E("2026-09-29", add_wd(s, 5), "3013-2")),
          I(None, "发出国庆值班排班表", "2026-09-30", dept="厂办")],
         FU("2026-10-08", "08:30"),
         what="Foxmail GBK '回复:' carrying new minutes above the quoted old minutes; 5个工作日内 over Mid-Autumn; 国庆节前")

    # ---------------- 3014 DSN bounce ----------------
    b = "9B1C220A45.1773536553/mx.haisheng-foods.example.cn"
    human = ("This is the mail system at host mx.haisheng-foods.example.cn.\r\n\r\nI'm sorry to have to inform you that your message could not\r\n"
             "be delivered to one or more recipients. It's attached below.\r\n\r\n                   The mail system\r\n\r\n"
             "<minsu.kim@hanbada.example.kr>: host mx1.hanbada.example.kr[203.0.113.25] said:\r\n    550 5.1.1 <minsu.kim@hanbada.example.kr>: Recipient address rejected: User\r\n    unknown (in reply to RCPT TO command)\r\n")
    status = ("Reporting-MTA: dns; mx.haisheng-foods.example.cn\r\nX-Postfix-Queue-ID: 9B1C220A45\r\nArrival-Date: Mon, 15 Mar 2027 10:12:31 +0800 (CST)\r\n\r\n"
              "Final-Recipient: rfc822; minsu.kim@hanbada.example.kr\r\nOriginal-Recipient: rfc822;minsu.kim@hanbada.example.kr\r\nAction: failed\r\nStatus: 5.1.1\r\n"
              "Remote-MTA: dns; mx1.hanbada.example.kr\r\nDiagnostic-Code: smtp; 550 5.1.1 <minsu.kim@hanbada.example.kr>: Recipient\r\n    address rejected: User unknown\r\n")
    orig = ("Return-Path: <minutes@haisheng-foods.example.cn>\r\nFrom: " + addr(HS[0], HS[1]) + "\r\n"
            "To: minsu.kim@hanbada.example.kr\r\nSubject: " + ew("【纪要确认】[회의록] 하반다-海晟 화상회의 (3/15)") + "\r\nDate: Mon, 15 Mar 2027 10:12:30 +0800\r\n"
            "Message-ID: <recap.3011.1@haisheng-foods.example.cn>\r\nAuto-Submitted: auto-generated\r\n")
    body = (f"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"{b}\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            "This is a MIME-encapsulated message.\r\n\r\n"
            f"--{b}\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n{human}\r\n"
            f"--{b}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n{status}\r\n"
            f"--{b}\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n{orig}\r\n--{b}--\r\n")
    raw = ("Return-Path: <>\r\nReceived: by mx.haisheng-foods.example.cn (Postfix)\r\n\tid 9B1C220A45; Mon, 15 Mar 2027 10:12:33 +0800 (CST)\r\n"
           "Date: Mon, 15 Mar 2027 10:12:33 +0800 (CST)\r\nFrom: MAILER-DAEMON@mx.haisheng-foods.example.cn (Mail Delivery System)\r\n"
           "Subject: Undelivered Mail Returned to Sender\r\nTo: minutes@haisheng-foods.example.cn\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
           "Message-Id: <20270315021233.9B1C220A45@mx.haisheng-foods.example.cn>\r\n" + body).encode()
    case(3014, "seafood-auto-dsn-korean-address", "auto", raw,
         "Postfix DSN (multipart/report, Return-Path <>, MAILER-DAEMON) for the bot's recap of 3011 sent to a Korean address that no longer exists: kind auto, nothing extracted.",
         what="Postfix bounce of a recap to an external Korean address")

    # ---------------- 3031 training minutes: reports + decisions + 1 item ----------------
    t = """2027年度合规培训暨医药代表行为规范宣贯会 会议纪要

一、会议情况
1月18日，合规部组织销售部全体医药代表（共42人）参加年度合规培训。钱晓雯讲解了《医药代表备案管理办法》及公司《学术推广活动管理制度》（2027版）；周总对2026年度合规工作进行了总结。
培训后进行了闭卷考试，41人一次通过，1人补考通过。

二、会议决定
1. 自2027年2月1日起，学术推广活动一律通过OA系统事前审批，未经审批的活动费用不予报销。
2. 医药代表拜访医疗机构须提前预约，不得在诊疗时间进入诊室。
3. 年度合规考试成绩纳入医药代表季度绩效考核，权重10%。

三、工作要求
请各区域主管于1月29日（周五）前将本区域医药代表签字的《合规承诺书》原件交合规部存档。

合规部
2027年1月19日"""
    case(3031, "pharma-training-decisions-one-request", "minutes",
         mail("coremail", P("钱晓雯"), [P("周振华"), P("孙立"), P("陆一鸣")], [KQ], "2027年度合规培训会议纪要",
              "2027-01-19T14:48:00", t, cs="UTF-8", cte="quoted-printable"),
         "Training minutes (Coremail UTF-8 QP, Tue 2027-01-19) that are mostly reports (what was done, exam results) and decisions (会议决定: dates inside policy lines such as '自2027年2月1日起'). "
         "Only the 工作要求 line is an action item: owners '各区域主管' (a group, not a person) -> no_owner, department null; 1月29日（周五）前 -> 2027-01-29. No next meeting.",
         [I(None, "将本区域医药代表签字的《合规承诺书》原件交合规部存档", E("2027-01-29", this_or_next(d("2027-01-25"), 4), "3031-1"))],
         None,
         what="Coremail QP training minutes: reports and 会议决定 with dates are not items; one group-owned request")

    # ---------------- 3032 Japanese-style 担当/期限 ----------------
    s = d("2025-05-30")
    t = """日本客户（丸中水产）验厂准备会 纪要
日期：2025/5/30（金） 10:00～10:50
出席：于厂长、姜经理、曲工、丛主任、林雪

| No. | 项目 | 担当 | 期限 | 确认 |
| --- | --- | --- | --- | --- |
| 1 | 验厂日程表（日文版）确认并发给丸中水产 | 林雪 | 节后第一个工作日 |  |
| 2 | 冷冻库温度记录近3个月整理成册 | 曲工 | 6/6（金） |  |
| 3 | 员工卫生区、更衣室6S整理 | 丛主任 | 下周三 |  |
| 4 | 验厂当日翻译人员安排 | 于厂长 | 未定 |  |
| 5 | 验厂当日接待午餐 | 厂办 | 6/10（火） |  |

※验厂日：6月12日（木）全天，9:00到厂。
※下次准备会：6月9日（月）16:00，品管部会议室。

以上、よろしくお願いします。
林雪（Yuki）"""
    case(3032, "seafood-japanese-style-tantou-kigen", "minutes",
         mail("qq", P("林雪"), [P("于海涛"), P("姜美玲"), P("曲波"), P("丛志刚")], [HS], "【验厂准备】丸中水产验厂准备会纪要 5/30",
              "2025-05-30T11:06:40", t, cs="gb18030"),
         "Written by the export clerk in the Japanese habit: 担当/期限 columns, weekdays as （金）（火）（月）, '以上、よろしくお願いします'. Exmail gb18030 HTML table. Sent Fri 2025-05-30, the day before Dragon Boat (05-31..06-02). "
         "1: 节后第一个工作日 -> 2025-06-03. 2: 曲工 = 曲波, 6/6（金） -> 2025-06-06. 3: 丛主任 = 丛志刚, 下周三 -> 2025-06-04. 4: 于厂长 = 于海涛, 未定 -> vague_due. "
         "5: 厂办 (department) -> no_owner, department 厂办, 6/10 -> 2025-06-10. The audit day (6月12日) is the event itself, not a follow-up meeting; the next follow-up is the 下次准备会 2025-06-09 16:00.",
         [I("林雪", "验厂日程表（日文版）确认并发给丸中水产", E("2025-06-03", first_wd_after(d("2025-06-02")), "3032-1")),
          I("曲波", "冷冻库温度记录近3个月整理成册", "2025-06-06"),
          I("丛志刚", "员工卫生区、更衣室6S整理", E("2025-06-04", next_week(s, 2), "3032-3")),
          I("于海涛", "验厂当日翻译人员安排", None, flags=["vague_due"]),
          I(None, "验厂当日接待午餐", "2025-06-10", dept="厂办")],
         FU(E("2025-06-09", this_or_next(d("2025-06-09"), 0), "3032-fu"), "16:00"),
         what="Exmail gb18030 Japanese-style 担当/期限 table with （金）（火） weekdays; 节后第一个工作日 after Dragon Boat; 未定; audit day vs next meeting")

    # ---------------- 3035 newsletter ----------------
    t = """【医药流通合规周刊】第31期 2025年8月4日

本期要点：
① 国家医保局：第十一批集采拟于8月下旬开标，相关企业须于8月15日前完成申报资料提交（责任主体：生产企业）。
② 省药监局：GSP飞行检查重点——冷链验证、计算机系统权限管理，被检企业须在5个工作日内提交整改报告。
③ 两票制：配送企业开票流向须与合同一致，建议各企业9月底前完成自查。

负责人：编辑部
如不想再收到本刊，请点击退订。"""
    raw = mail("raw", ("医药流通合规周刊", "newsletter@pharma-weekly.example.com"), [KQ], [], "【医药流通合规周刊】第31期：集采开标、GSP飞检要点",
               "2025-08-04T08:00:00", t, cs="utf-8", cte="base64",
               extra=["Precedence: bulk", "List-Id: <compliance-weekly.pharma-weekly.example.com>",
                      "List-Unsubscribe: <https://pharma-weekly.example.com/u/8f3a2c>, <mailto:unsub-8f3a2c@pharma-weekly.example.com>",
                      "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: SendCloud"])
    case(3035, "pharma-auto-newsletter-bulk", "auto", raw,
         "Bulk compliance newsletter (Precedence: bulk, List-Id, one-click List-Unsubscribe) whose body has ①②③ lines with 前/工作日内 deadlines and a '负责人' line: kind auto, nothing extracted.",
         what="bulk newsletter with ①② lines, dates, 负责人 -> auto")

    # ---------------- 3037 seed-style tracking table ----------------
    s = d("2026-09-24")
    t = """跨部门协作事项跟踪表（节前协调会 9月24日）

会议名称：中秋、国庆节前跨部门协调会
召集人：周振华
参会部门：销售部、储运部、商务部、质量管理部

| 序号 | 事项 | 牵头部门 | 负责人 | 计划完成时间 | 进展情况 |
| --- | --- | --- | --- | --- | --- |
| 1 | 国庆期间重点医院应急备货方案 | 储运部 | 柏建国 | 9月30日 | 进行中 |
| 2 | 中秋、国庆值班表报备 | 商务部 | 何丽萍 | 9月23日 | 已完成 |
| 3 | 第十一批集采品种价格联动调整 | 销售部 | 周振华 | 节后第一个工作日 | 未开始 |
| 4 | 两家新增配送医院首营资料审核 | 质量管理部 | 邵婷 | 3个工作日内 | 进行中 |

下次协调会：10月10日（周六，调休上班）上午9:30，三楼会议室。"""
    case(3037, "pharma-tracking-table-midautumn-national", "minutes",
         mail("outlook", P("周振华"), [P("柏建国"), P("何丽萍"), P("邵婷")], [KQ], "跨部门协作事项跟踪表（节前协调会 9月24日）",
              "2026-09-24T11:03:18", t, cs="utf-8", cte="quoted-printable"),
         "Seed-style 跨部门协作事项跟踪表 (Outlook UTF-8 QP HTML). Sent Thu 2026-09-24, before Mid-Autumn (09-25..09-27) and National Day (10-01..10-07; make-up Saturday 10-10). "
         "Row 1: 2026-09-30. Row 2 is 已完成 -> not an item. Row 3: 节后第一个工作日 (after National Day) -> 2026-10-08. "
         "Row 4: 3个工作日内 from Thu 09-24: 09-25..09-27 holiday, then 09-28, 09-29, 09-30 -> 2026-09-30. Next meeting on the make-up Saturday 2026-10-10 09:30.",
         [I("柏建国", "国庆期间重点医院应急备货方案", "2026-09-30"),
          I("周振华", "第十一批集采品种价格联动调整", E("2026-10-08", first_wd_after(d("2026-10-07")), "3037-3")),
          I("邵婷", "两家新增配送医院首营资料审核", E("2026-09-30", add_wd(s, 3), "3037-4"))],
         FU("2026-10-10", "09:30"),
         what="Outlook QP seed tracking table; 已完成 row; 3个工作日内 over Mid-Autumn; 节后第一个工作日 after National Day; next meeting on make-up Saturday")

    # ---------------- 3038 pre-Spring-Festival safety meeting ----------------
    s = d("2025-01-24")
    t = """春节前安全生产会议纪要

时间：2025年1月24日 14:00
地点：办公楼一楼会议室
主持：于海涛
参会：丛志刚、姜美玲、曲波、各车间主任

一、会议通报了2024年度安全生产情况：全年无轻伤以上事故，氨制冷系统年检合格。
二、会议要求全员离岗前关闭办公区电源，节日期间厂区实行24小时值班。
三、待办事项：
1. 丛志刚：1月27日前完成节前全厂安全大检查，重点检查氨制冷机房和配电室。
2. 曲波：3个工作日内提交节日期间冷库温度远程监控值班安排。
3. 姜美玲：节后复工前（2月5日）完成原料验收人员健康证核查。

下次会议：2月8日（周六，调休上班）上午9点，节后复工第一次安全例会。

厂办 整理"""
    case(3038, "seafood-spring-festival-safety-coremail", "minutes",
         mail("coremail", P("于海涛"), [P("丛志刚"), P("姜美玲"), P("曲波")], [HS], "春节前安全生产会议纪要",
              "2025-01-24T16:30:05", t, cs="UTF-8", cte="base64"),
         "Ordinary 会议纪要 template (Coremail UTF-8) sent Fri 2025-01-24 before Spring Festival (holiday 01-28..02-04; make-up days Sun 01-26 and Sat 02-08). "
         "1: 2025-01-27. 2: 3个工作日内 counts 01-26 (make-up Sunday), 01-27, then 02-05 -> 2025-02-05 (odd for a pre-holiday task, but that is the count). "
         "3: '节后复工前（2月5日）' -> 2025-02-05. Sections 一/二 are facts and rules. Next meeting on the make-up Saturday 2025-02-08 09:00.",
         [I("丛志刚", "完成节前全厂安全大检查，重点检查氨制冷机房和配电室", "2025-01-27"),
          I("曲波", "提交节日期间冷库温度远程监控值班安排", E("2025-02-05", add_wd(s, 3), "3038-2")),
          I("姜美玲", "完成原料验收人员健康证核查", E("2025-02-05", first_wd_after(d("2025-02-04")), "3038-3"))],
         FU("2025-02-08", "09:00"),
         what="Coremail ordinary template; 3个工作日内 over Spring Festival incl. 01-26 make-up Sunday; next meeting on 02-08 make-up Saturday")
