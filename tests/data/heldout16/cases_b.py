"""Cases of the Beijing growth team (跃迁科技, leapgrowth) and the Guiyang data-centre project (筑黔建设, zhuqian-build)."""
import zipfile, io
from gen_lib import *

def docx(paras, table):
    import html as H
    def p(t, b=False):
        r = f"<w:rPr><w:b/></w:rPr>" if b else ""
        return f"<w:p><w:r>{r}<w:t xml:space=\"preserve\">{H.escape(t)}</w:t></w:r></w:p>"
    rows = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"1800\" w:type=\"dxa\"/></w:tcPr>{p(c)}</w:tc>" for c in r) + "</w:tr>" for r in table)
    tbl = ("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + rows + "</w:tbl>")
    before = "".join(p(t, i == 0) for i, t in enumerate(paras[0]))
    after = "".join(p(t) for t in paras[1])
    doc = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           f"<w:body>{before}{tbl}{after}<w:sectPr/></w:body></w:document>")
    ct = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2027, 4, 8, 9, 30, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def build_b(g):
    mail, case, P, BOTS = g["mail"], g["case"], g["P"], g["BOTS"]
    LG, ZQ = BOTS["lg"], BOTS["zq"]
    TEAM = [P("郝明轩"), P("宋琪"), P("田野"), P("蒋可"), P("戴文")]

    # ---------------- 3015 Feishu doc markdown export ----------------
    s = d("2026-01-05")
    t = """# 增长周会 W02（2026-01-05）

> 飞书文档原文：https://leapgrowth.feishu.cn/docx/XyQ2AbCdEf （评论请直接在文档里留）

## 📊 数据回顾
- 元旦三天 DAU 同比 +18%，新客次留 41.2%，比目标高 1.2pp 🎉
- 邀请裂变 exp_invite_v3 已全量 ✅
- 投放 CAC 环比 +9%，主要是信息流渠道，@Wendy 已经砍掉两个低效计划

## 🧪 实验结论
| 实验 | 状态 | owner | 结论 |
| --- | --- | --- | --- |
| exp_onboard_skip | 跑完 | @songqi | 不显著，关掉 |
| exp_push_time | 跑了 7 天 | @tianye | 晚 8 点组 +3.1% CTR，全量 |

## ✅ Todo
- [ ] @mx onboarding v4 PRD，周三评审前给到大家
- [ ] @tianye iOS push 权限弹窗 AB 打点补齐，EOD Fri
- [x] @wendy 元旦活动复盘
- [ ] @songqi 拉一下 12 月 cohort LTV，by 1/8
- [ ] @coco 新春活动 KV 出三版，ASAP 🙏

## 📅 下次
下周一同一时间（11:00），还是 Lark 会议室「望京 7F-大熊猫」"""
    m3015 = case(3015, "growth-feishu-markdown-checkboxes", "minutes",
         mail("lark", P("许佳"), TEAM, [LG], "[增长周会] W02 纪要 | 新年拉新冲刺 🚀", "2026-01-05T11:58:20", t, cs="utf-8", cte="base64"),
         "Feishu-doc Markdown export pasted into mail (headings, emoji, '- [ ]' checkboxes with @handles, a pipe table). Sent Mon 2026-01-05, the day after the 01-04 make-up Sunday. "
         "@mx = 郝明轩 (alias mx): '周三评审前' -> 2026-01-07. @tianye = 田野: EOD Fri -> 2026-01-09, no time. '- [x] @wendy' is checked (done) -> not an item. "
         "@songqi = 宋琪: by 1/8 -> 2026-01-08. @coco = 蒋可: ASAP -> vague_due. The 实验结论 table holds decisions (关掉/全量), and the 数据回顾 bullets are reports; neither are items. "
         "Next: 下周一同一时间（11:00） -> 2026-01-12 11:00.",
         [I("郝明轩", "onboarding v4 PRD", E("2026-01-07", this_or_next(s, 2), "3015-1")),
          I("田野", "iOS push 权限弹窗 AB 打点补齐", E("2026-01-09", this_or_next(s, 4), "3015-2")),
          I("宋琪", "拉 12 月 cohort LTV", "2026-01-08"),
          I("蒋可", "新春活动 KV 出三版", None, flags=["vague_due"])],
         FU(E("2026-01-12", next_week(s, 0), "3015-fu"), "11:00"),
         what="Feishu Markdown export: emoji headings, - [ ]/- [x] with @handles, EOD Fri, by 1/8, ASAP; decision table; 下周一同一时间")

    # ---------------- 3016 AI smart minutes ----------------
    s = d("2026-04-29")
    t = """各位，飞书智能纪要贴在下面了，待办我人工核过一遍（第3条原来识别成了宋琪，实际是田野，已改）。

—— 以下为飞书智能纪要 ——

智能纪要：增长 x 客户端 五一对齐会 2026年4月29日

会议总结
本次会议围绕五一假期拉新活动的节奏与分工展开。许佳提到五一期间预计新增用户较平时提升30%，需要提前准备实时数据监控；宋琪表示上周已经完成了活动埋点方案的评审；田野确认安卓 3.8.2 包已完成开发，近期提审。

章节
00:00:45 五一活动节奏
许佳介绍了活动分三个波次，5月1日、3日、5日各一波，郝明轩负责落地页。
00:12:10 数据监控
宋琪建议搭建实时看板，并在节后给出复盘数据。
00:24:32 客户端发版
田野说明安卓 3.8.2 提审时间，iOS 版本随后。

待办
- 郝明轩：五一活动落地页终稿，4月30日中午12点前上线
- 宋琪：搭建五一活动实时看板，节后第一个工作日给复盘数据
- 田野：安卓 3.8.2 提审，下周三前

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
会议录制：https://leapgrowth.feishu.cn/minutes/obcn8x2kq7"""
    case(3016, "growth-feishu-ai-minutes-todo-section", "minutes",
         mail("lark", P("郝明轩"), [P("许佳"), P("宋琪"), P("田野")], [LG], "五一对齐会 智能纪要（待办已核对）", "2026-04-29T18:05:11", t,
              cs="utf-8", cte="base64"),
         "Feishu 智能纪要 pasted by a PM with his own preface (he corrected the owner of 待办 3; the list already shows the correction). Sent Wed 2026-04-29, before Labour Day (05-01..05-05). "
         "Only the 待办 section counts: 会议总结 and time-stamped 章节 describe past work and intentions ('节后给出复盘数据', '近期提审') that duplicate or are not items. "
         "1: 2026-04-30 12:00. 2: 节后第一个工作日 -> 2026-05-06. 3: 下周三前 from Wed 04-29 -> 2026-05-06. The 'AI 生成' footer and recording link are not items. No next meeting.",
         [I("郝明轩", "五一活动落地页终稿上线", "2026-04-30", "12:00"),
          I("宋琪", "搭建五一活动实时看板并给复盘数据", E("2026-05-06", first_wd_after(d("2026-05-05")), "3016-2")),
          I("田野", "安卓 3.8.2 提审", E("2026-05-06", next_week(s, 2), "3016-3"))],
         None,
         what="Feishu 智能纪要 with summary + timestamped chapters + 待办 + AI footer; preface by the forwarder; 节后第一个工作日 after May Day")

    # ---------------- 3017 OKR notes, English "X to do Y by Friday" ----------------
    s = d("2025-07-14")
    t = """hi all, quick notes from today's Q3 OKR check-in (2pm), sorry for the late send 🙏

KR1 新客 D7 留存 35% -> 40%: now 36.8%, on track-ish
KR2 付费转化 2.1% -> 2.6%: 2.2%, 有点悬，定价实验下周出结论
KR3 自然流量占比 45%: 43%，SEO 那块 Jia 说先不追了，Q3 降级成 nice-to-have

Next steps
- Qi to rerun the D7 retention cohort with the new attribution window by Friday
- Tian Ye to ship the deeplink fix in the 5.12 hotfix, EOD today
- Wendy to align w/ Coco on 暑期 campaign visuals ASAP
- I'll draft the KR3 rewrite for Jia by next Wed

same time next Monday for the follow-up.

mx"""
    case(3017, "growth-okr-english-next-steps-gmail", "minutes",
         mail("gmail", P("郝明轩"), [P("许佳"), P("宋琪"), P("田野"), P("戴文"), P("蒋可")], [LG], "Q3 OKR check-in notes (7/14)",
              "2025-07-14T20:10:33", t, cs="UTF-8", cte="quoted-printable"),
         "Google Workspace mail, dense zh/en. Sent Mon 2025-07-14 20:10. 'Name to do X by …' lines. Qi = 宋琪: by Friday -> 2025-07-18. "
         "Tian Ye = 田野: EOD today -> 2025-07-14, no time. Wendy = 戴文 (Coco only helps): ASAP -> vague_due. 'I'll … for Jia by next Wed' -> the sender 郝明轩 (signs 'mx'), next Wed -> 2025-07-23. "
         "KR status lines and 'SEO 先不追了' (a decision) are not items; '定价实验下周出结论' has no owner or concrete deliverable and is treated as status. "
         "Next: 'same time next Monday' with the meeting at 2pm -> 2025-07-21 14:00.",
         [I("宋琪", "rerun the D7 retention cohort with the new attribution window", E("2025-07-18", this_or_next(s, 4), "3017-1")),
          I("田野", "ship the deeplink fix in the 5.12 hotfix", "2025-07-14"),
          I("戴文", "align with Coco on 暑期 campaign visuals", None, flags=["vague_due"]),
          I("郝明轩", "draft the KR3 rewrite for Jia", E("2025-07-23", next_week(s, 2), "3017-4"))],
         FU(E("2025-07-21", next_week(s, 0), "3017-fu"), "14:00"),
         what="Gmail QP English/zh OKR notes: 'Qi to … by Friday', EOD today, ASAP, 'I'll … by next Wed'; 'same time next Monday'")

    # ---------------- 3018 WeChat group chat pasted ----------------
    t = """下午群里临时拉的会，聊天记录整理了一下贴这儿，方便 bot 跟进度：

许佳 14:02
双11复盘数据 @宋琪 明天中午前能出吗
宋琪 14:03
可以，明天12点前发群里
许佳 14:05
好。另外 coupon 叠加那个漏洞 @田野 修了吗
田野 14:06
已经修了，hotfix 昨晚上线了
许佳 14:08
👍 那 @戴文 你把受影响用户的补偿方案写一下，下周二之前给我
戴文 14:08
收到[OK]
郝明轩 14:10
我这边把双12活动需求文档 11月25日前更新完
许佳 14:11
[强]

Wendy
运营部 | 跃迁科技"""
    case(3018, "growth-wechat-group-chat-pasted", "minutes",
         mail("apple", P("戴文"), [P("许佳"), P("宋琪"), P("田野"), P("郝明轩")], [LG], "双11复盘 群聊结论", "2026-11-19T21:30:47", t,
              cs="utf-8", cte="quoted-printable"),
         "A WeChat group chat pasted as minutes (speaker + time lines, [OK]/[强] stickers), Apple Mail, sent Thu 2026-11-19 21:30. "
         "宋琪 commits '明天12点前' -> 2026-11-20 12:00 (the ask and the commitment are one item). 田野's coupon fix is already done -> not an item. "
         "许佳 assigns @戴文 the compensation plan '下周二之前' -> 2026-11-24. 郝明轩 '11月25日前' -> 2026-11-25. Chat times (14:02 …) are not due times. No next meeting.",
         [I("宋琪", "出双11复盘数据", "2026-11-20", "12:00"),
          I("戴文", "写受影响用户的补偿方案", E("2026-11-24", next_week(d("2026-11-19"), 1), "3018-2")),
          I("郝明轩", "更新双12活动需求文档", "2026-11-25")],
         None,
         what="WeChat chat log pasted (name + hh:mm lines, stickers); done report; ask+commit = one item; chat times not due times")

    # ---------------- 3019 Excel TSV ----------------
    s = d("2026-02-13")
    t = ("春节前最后一次数据需求对齐，结论直接从需求表里拷出来的，大家新年快乐🧧\n\n"
         "状态\t优先级\t需求\t对接人\tDDL\t备注\n"
         "进行中\tP0\t春节红包活动实时大盘\t宋琪\t2月14日（周六调休上班）\t已接入 70%\n"
         "未开始\tP1\t春节期间异常告警值班表\t宋琪\t2个工作日内\t\n"
         "已完成\tP1\t1月经营月报\t宋琪\t2月10日\t已发\n"
         "未开始\tP2\t新客渠道归因模型 v2 评估\t郝明轩\t节后第一个工作日\t需要宋琪配合\n"
         "未开始\tP2\t拉新素材 CTR 看板\t蒋可\t3月初\t等埋点\n"
         "\n-- \n宋琪 | 数据部\n")
    case(3019, "growth-excel-tsv-spring-festival", "minutes",
         mail("thunderbird", P("宋琪"), [P("许佳"), P("郝明轩"), P("蒋可")], [LG], "春节前数据需求对齐（表格）", "2026-02-13T16:50:02", t,
              cs="UTF-8", cte="8bit", plain_only=True),
         "An Excel range pasted as tab-separated text in a plain 8bit UTF-8 Thunderbird mail; columns 状态|优先级|需求|对接人|DDL|备注. Sent Fri 2026-02-13, before Spring Festival (02-15..02-23; make-up Saturdays 02-14 and 02-28). "
         "Row 1: 2月14日（周六调休上班） -> 2026-02-14. Row 2: 2个工作日内 = 02-14 (make-up Saturday), then 02-24 -> 2026-02-24. Row 3 已完成 -> not an item. "
         "Row 4: 节后第一个工作日 -> 2026-02-24. Row 5: 3月初 -> vague_due. '已接入 70%' in 备注 is status, not a due.",
         [I("宋琪", "春节红包活动实时大盘", "2026-02-14"),
          I("宋琪", "春节期间异常告警值班表", E("2026-02-24", add_wd(s, 2), "3019-2")),
          I("郝明轩", "新客渠道归因模型 v2 评估", E("2026-02-24", first_wd_after(d("2026-02-23")), "3019-4")),
          I("蒋可", "拉新素材 CTR 看板", None, flags=["vague_due"])],
         None,
         what="Thunderbird 8bit plain: Excel range as TSV; 状态 first column; make-up Saturday; 2个工作日内 over Spring Festival; 3月初 vague")

    # ---------------- 3020 reply progress ----------------
    t = """#1 进度 60% 了，周三评审前能给到 👌

发自我的 iPhone

> 2026年1月5日 12:01，todo-bot <todo-bot@leapgrowth.example.com> 写道：
>
> 已登记 4 项，如有异议请于今日 18:00 前回复：
> 1. 郝明轩｜onboarding v4 PRD｜2026-01-07
> 2. 田野｜iOS push 权限弹窗 AB 打点补齐｜2026-01-09
> 3. 宋琪｜拉 12 月 cohort LTV｜2026-01-08
> 4. 蒋可｜新春活动 KV 出三版｜未给期限（ASAP）
> 回复示例：确认 / 第2项已完成 / 进度80% / 延期至1月20日"""
    case(3020, "growth-reply-progress-iphone", "reply",
         mail("apple", P("郝明轩"), [LG], [], "Re: [增长周会] W02 纪要 | 新年拉新冲刺 🚀", "2026-01-06T10:14:55", t,
              cs="utf-8", cte="quoted-printable", plain_only=True, irt=m3015, refs=[m3015], seed="iphone3020"),
         "iPhone reply '#1 进度 60% 了' -> progress, items [1], percent 60. '周三评审前能给到' restates the due. The '>' quote carries the recap and its example commands.",
         reply=RP("progress", [1], 60),
         what="iPhone plain reply '#1 进度 60%' with emoji; '>' quoted recap with command examples")

    # ---------------- 3021 other ----------------
    t = """野哥，A/B 实验平台下周要迁新集群，埋点字典你那边周五前能更新一版给我吗？不急的话下周一也行。
（顺手抄了 todo-bot，不是纪要哈，忽略）

Qi"""
    case(3021, "growth-other-request-bot-cc", "other",
         mail("lark", P("宋琪"), [P("田野")], [LG], "埋点字典更新", "2026-03-03T15:22:40", t, cs="utf-8", cte="base64"),
         "Person-to-person request with the bot in Cc and the writer even saying it is not minutes; '周五前' / '下周一' are a request, no meeting: kind other, no items.",
         what="1:1 request with 周五前, bot in Cc ('不是纪要') -> other")

    # ---------------- 3022 Owner/Due blocks, 2027 ----------------
    s = d("2027-01-11")
    t = """Hi team,

2027 H1 OKR kickoff 的 action items，按老规矩一条一块：

Action item 1
Task: H1 增长 roadmap v1，放飞书 wiki
Owner: Mingxuan
Due: 1/15 (Fri)

Action item 2
Task: North Star 指标口径文档（含 DAU/有效新客定义）
Owner: Qi Song
Due: next Wed

Action item 3
Task: 用户分层运营 SOP
Owner: Wendy
Due: Q1 end

Action item 4
Task: 增长中台二期上线
Owner: 增长部（TBD）
Due: 2027年底

Next sync: 1/18 (Mon) 10:30, 老地方

Jia"""
    case(3022, "growth-owner-due-blocks-2027", "minutes",
         mail("gmail", P("许佳"), TEAM, [LG], "H1 OKR kickoff - action items", "2027-01-11T09:40:18", t, cs="UTF-8", cte="base64"),
         "Owner:/Due: blocks, one per action item (Google Workspace). Sent Mon 2027-01-11; 2027 has no official holiday data yet, and none of the dues needs working-day arithmetic. "
         "1: Mingxuan = 郝明轩, 1/15 (Fri) -> 2027-01-15. 2: Qi Song = 宋琪, next Wed -> 2027-01-20. 3: Wendy = 戴文, Q1 end -> 2027-03-31. "
         "4: Owner '增长部（TBD）' -> no_owner, department 增长部; 2027年底 -> 2027-12-31. Next sync 1/18 (Mon) 10:30 -> 2027-01-18 10:30.",
         [I("郝明轩", "H1 增长 roadmap v1，放飞书 wiki", E("2027-01-15", this_or_next(s, 4), "3022-1")),
          I("宋琪", "North Star 指标口径文档（含 DAU/有效新客定义）", E("2027-01-20", next_week(s, 2), "3022-2")),
          I("戴文", "用户分层运营 SOP", "2027-03-31"),
          I(None, "增长中台二期上线", "2027-12-31", dept="增长部")],
         FU(E("2027-01-18", next_week(s, 0), "3022-fu"), "10:30"),
         what="Task/Owner/Due blocks; English names; next Wed; Q1 end; 2027年底; Owner 增长部（TBD）")

    # ---------------- 3033 wrapped lines, nested brackets ----------------
    t = """A/B 实验评审会 纪要（10/9）

待办：
1. exp_price_anchor（价格锚点实验）扩量到 50% 流量，
   扩量前先确认风控规则（(1) 新客首单限额；(2) 黑产设备过滤）——
   宋琪负责，明天（周六调休上班）下班前
2. 结算页改版的 AA 实验
   负责：田野
   截止：10月14日（周三）17:00
3. 实验平台的指标口径（尤其是"有效拉新"的定义（需与财务口径对齐（见飞书文档 v3）））
   由郝明轩更新，10月16日前

其他：exp_coupon_stack 不显著，下线。

明轩"""
    m3033 = case(3033, "growth-wrapped-items-nested-brackets", "minutes",
         mail("thunderbird", P("郝明轩"), [P("许佳"), P("宋琪"), P("田野")], [LG], "A/B 实验评审会 纪要（10/9）", "2026-10-09T19:20:15", t,
              cs="UTF-8", cte="quoted-printable", plain_only=True),
         "Items wrapped over several lines with the owner and deadline on continuation lines; sub-numbering '(1) (2)' inside brackets belongs to item 1 (not separate items); triple-nested brackets in item 3. "
         "Sent Fri 2026-10-09; the next day 10-10 is a make-up working Saturday. 1: 宋琪, 明天下班前 -> 2026-10-10, no time. 2: 田野, 2026-10-14 17:00. 3: 郝明轩, 2026-10-16. "
         "'exp_coupon_stack … 下线' is a decision. No next meeting.",
         [I("宋琪", "exp_price_anchor（价格锚点实验）扩量到 50% 流量，扩量前先确认风控规则", E("2026-10-10", d("2026-10-09") + dt.timedelta(days=1), "3033-1")),
          I("田野", "结算页改版的 AA 实验", "2026-10-14", "17:00"),
          I("郝明轩", "更新实验平台的指标口径（尤其是\"有效拉新\"的定义）", "2026-10-16")],
         None,
         what="Thunderbird QP plain: wrapped items, owner/deadline on continuation lines, (1)(2) inside brackets, nested brackets, make-up Saturday '明天'")

    # ---------------- 3036 reply confirm English ----------------
    t = """LGTM, confirmed 👍

On Fri, Oct 9, 2026 at 7:31 PM todo-bot <todo-bot@leapgrowth.example.com> wrote:

> 3 items recorded. Reply before 18:00 on the next working day if anything is wrong:
> 1. 宋琪 - exp_price_anchor 扩量到 50% - due 2026-10-10
> 2. 田野 - 结算页改版的 AA 实验 - due 2026-10-14 17:00
> 3. 郝明轩 - 更新实验平台的指标口径 - due 2026-10-16
> Commands: 确认 / 有异议 / 第N项已完成 / 进度80% / 延期至X月X日"""
    case(3036, "growth-reply-confirm-english-gmail", "reply",
         mail("gmail", P("田野"), [LG], [P("郝明轩")], "Re: A/B 实验评审会 纪要（10/9）", "2026-10-10T09:02:47", t, cs="UTF-8", cte="quoted-printable",
              irt=m3033, refs=[m3033]),
         "Gmail reply 'LGTM, confirmed 👍' on the make-up Saturday -> confirm, no item numbers. Quote under 'On … wrote:' with command words.",
         reply=RP("confirm", []),
         what="Gmail English 'LGTM, confirmed 👍' with Gmail 'On … wrote:' quote")

    # ---------------- 3039 ordinary numbered list ----------------
    t = """十一拉新活动 启动会纪要

时间：9月24日 14:00-15:00
参会：许佳、戴文、蒋可、田野、宋琪

待办：
1. 戴文：活动规则文案 9月26日前定稿
2. 蒋可：活动主视觉，9月28日（周日调休）出第一版
3. 田野：客户端活动入口开发，国庆节前提测
4. 宋琪：活动数据看板 10月9日上线

下次同步：9月29日 下午3点，过一下进度。"""
    case(3039, "growth-national-day-kickoff-list", "minutes",
         mail("lark", P("许佳"), [P("戴文"), P("蒋可"), P("田野"), P("宋琪")], [LG], "十一拉新活动 启动会纪要", "2025-09-24T15:36:09", t,
              cs="utf-8", cte="base64"),
         "Ordinary numbered 'name：task date' list. Sent Wed 2025-09-24 (National Day 10-01..10-08, make-up Sun 09-28 and Sat 10-11). "
         "1: 2025-09-26. 2: 2025-09-28 (make-up Sunday). 3: 国庆节前 -> last working day before 10-01 = 2025-09-30. 4: 2025-10-09. Next sync 2025-09-29 15:00.",
         [I("戴文", "活动规则文案定稿", "2025-09-26"),
          I("蒋可", "活动主视觉出第一版", "2025-09-28"),
          I("田野", "客户端活动入口开发并提测", "2025-09-30"),
          I("宋琪", "活动数据看板上线", "2025-10-09")],
         FU("2025-09-29", "15:00"),
         what="ordinary numbered list; make-up Sunday due; 国庆节前")
    assert is_work(d("2025-09-28")) and is_work(d("2025-09-30")) and not is_work(d("2025-10-01"))
    assert is_work(d("2026-10-10")) and is_work(d("2026-02-14")) and is_work(d("2025-02-08")) and is_work(d("2025-01-26"))

    # ================= Guiyang data-centre project =================
    PAN = ("潘德明", "pandm@qianjian-jl.example.cn"); YANG = ("杨涛", "yangtao@qiandian-elec.example.cn")
    SHI = ("施雯", "shiwen@yunchuang-dc.example.cn")

    # ---------------- 3023 监理例会 ----------------
    s = d("2025-10-13")
    t = """贵安云谷数据中心二期机电安装工程
第23次监理例会会议纪要

时间：2025年10月13日（星期一）9:00
地点：项目部二楼会议室
主持：潘德明（总监理工程师）
参加单位：建设单位 云创数据（施雯）；总包单位 筑黔建设（罗建平、文志强、韦刚、龙海燕）；电气分包 黔电安装（杨涛）

一、上周工作完成情况
1. 2号楼柴发机房设备基础施工完成，已通过验收。
2. 1号楼冷冻站主管道焊接完成85%。

二、存在问题及监理要求
（一）安全文明施工：10月10日巡查发现3号楼屋面临边防护缺失。要求总包安全员韦刚于10月15日前整改完毕，并书面回复监理通知单。
（二）进度：UPS设备进场较计划滞后5天。要求电气分包项目经理杨涛编制赶工计划，3个工作日内报监理部审批。
（三）资料：隐蔽工程验收资料滞后于现场进度。要求总包资料员龙工尽快补齐并报监理部。

三、下周工作安排
总包：10月20日前完成2号楼桥架安装。

四、下次例会：10月20日（周一）上午9:00，地点不变。

贵州黔建工程监理有限公司
贵安云谷数据中心二期项目监理部
2025年10月13日"""
    m3023 = case(3023, "dc-jianli-weekly-meeting-formal", "minutes",
         mail("outlook", PAN, [P("罗建平"), P("文志强"), YANG], [SHI, P("韦刚"), P("龙海燕"), ZQ], "第23次监理例会会议纪要",
              "2025-10-13T18:02:44", t, cs="gb2312", cte="base64"),
         "Formal 监理例会 minutes written by the supervising engineer (external From), Outlook gb2312. Sent Mon 2025-10-13 (after National Day and the 10-11 make-up Saturday). "
         "Section 一 is work done. （一）'总包安全员韦刚' (role before the name) -> 韦刚, 2025-10-15. （二）'电气分包项目经理杨涛' -> external 杨涛 from To, department null; 3个工作日内 -> 10-14, 10-15, 10-16 -> 2025-10-16. "
         "（三）'总包资料员龙工' -> 龙海燕 (roster alias 龙工), 尽快 -> vague_due. 三、'总包：10月20日前…' names a party, not a person -> no_owner, department null (总包 is not a department), 2025-10-20. "
         "Next meeting 2025-10-20 09:00.",
         [I("韦刚", "整改3号楼屋面临边防护缺失并书面回复监理通知单", "2025-10-15"),
          I("杨涛", "编制UPS设备赶工计划报监理部审批", E("2025-10-16", add_wd(s, 3), "3023-2"), email=YANG[1]),
          I("龙海燕", "补齐隐蔽工程验收资料并报监理部", None, flags=["vague_due"]),
          I(None, "完成2号楼桥架安装", "2025-10-20")],
         FU(E("2025-10-20", next_week(s, 0), "3023-fu"), "09:00"),
         what="Outlook gb2312 监理例会 (external author): role-before-name owners, 总包 party-owner, 尽快, 3个工作日内")

    # ---------------- 3024 主责/配合 + ①② in one cell ----------------
    s = d("2026-07-06")
    t = """项目部周例会纪要（7月6日）

一、本周节点工期：1号楼冷水机组7月中旬吊装，为关键线路节点，各责任人务必按期完成。

二、工作安排：

| 序号 | 工作内容 | 责任人（主责/配合） | 节点时间 |
| --- | --- | --- | --- |
| 1 | ①1号楼冷水机组吊装方案报审；②吊装区域交通疏导方案 | 文志强/韦刚 | ①7月8日前；②7月10日前 |
| 2 | 7月份安全教育培训及考核 | 韦刚（主责）、龙海燕（配合） | 7月15日 |
| 3 | 二次深化图纸会审 | 文志强（主责）/设计院（配合） | 待设计院回复 |

三、下周例会：下周一下午4点，项目部会议室。

罗建平"""
    case(3024, "dc-zhuze-peihe-subtasks-one-cell", "minutes",
         mail("outlook", P("罗建平"), [P("文志强"), P("韦刚"), P("龙海燕")], [ZQ], "项目部周例会纪要（7月6日）", "2026-07-06T17:40:30", t,
              cs="gb2312", cte="base64"),
         "总包 weekly meeting, Outlook gb2312 HTML table. Row 1 holds two sub-tasks ①② in one cell with their own dates in the date cell; the person cell '文志强/韦刚' is 主责/配合 (the header says so) -> both sub-tasks owned by 文志强: ① 2026-07-08, ② 2026-07-10. "
         "Row 2: 韦刚（主责） -> 韦刚, 2026-07-15. Row 3: 文志强（主责）, '待设计院回复' -> vague_due. Section 一 ('7月中旬吊装') is a schedule statement, not an item. "
         "Next: 下周一下午4点 -> 2026-07-13 16:00.",
         [I("文志强", "1号楼冷水机组吊装方案报审", "2026-07-08"),
          I("文志强", "吊装区域交通疏导方案", "2026-07-10"),
          I("韦刚", "7月份安全教育培训及考核", "2026-07-15"),
          I("文志强", "二次深化图纸会审", None, flags=["vague_due"])],
         FU(E("2026-07-13", next_week(s, 0), "3024-fu"), "16:00"),
         what="Outlook gb2312 table: ①② sub-tasks in one cell with ①② dates; 主责/配合 in one cell; 待设计院回复")

    # ---------------- 3025 整改通知单 table ----------------
    s = d("2026-09-24")
    t = """安全整改通知单（编号：ZQ-AQ-2026-041）暨整改布置会纪要

9月23日下午安全部联合监理对3号楼、2号楼及生活区进行了节前安全检查，9月24日上午召开整改布置会，要求如下：

| 序号 | 隐患部位 | 隐患描述 | 整改要求 | 整改责任人 | 整改期限 |
| --- | --- | --- | --- | --- | --- |
| 1 | 3号楼B1配电间 | 临时用电箱无门锁，无漏电保护器测试记录 | 加装门锁，补做漏保测试并建立记录 | 杨涛 | 3个工作日内（节假日顺延） |
| 2 | 2号楼屋面 | 临边防护栏杆高度不足1.2m | 按规范加高并满挂密目网 | 文志强 | 9月25日前（如遇雨天顺延（以监理确认为准）） |
| 3 | 生活区 | 2具灭火器过期 | 全部更换 | 韦刚 | 已整改（9月23日） |

整改完成后由责任人填写《整改回复单》并附照片，报安全部复查。
复查时间：节后第一个工作日上午。

安全部 韦刚"""
    case(3025, "dc-zhenggai-tongzhidan-table-holidays", "minutes",
         mail("coremail", P("韦刚"), [YANG, P("文志强")], [P("罗建平"), ZQ], "安全整改通知单ZQ-AQ-2026-041及整改布置会纪要", "2026-09-24T10:05:51", t,
              cs="UTF-8", cte="quoted-printable"),
         "整改通知单 table (Coremail UTF-8 QP) sent Thu 2026-09-24, before Mid-Autumn (09-25..09-27) and National Day (10-01..10-07). "
         "Row 1: 杨涛 (external, To), 3个工作日内（节假日顺延） -> 09-28, 09-29, 09-30 -> 2026-09-30. "
         "Row 2: 文志强, '9月25日前（如遇雨天顺延（以监理确认为准））' -> 2026-09-25 as written (a holiday, but the date is explicit; the nested bracket condition is not a date). "
         "Row 3: 已整改 -> not an item. The 整改回复单 sentence is a rule. 复查时间 '节后第一个工作日上午' -> next_followup 2026-10-08 with a half day only: time null (no clock time given).",
         [I("杨涛", "3号楼B1配电间临时用电箱加装门锁，补做漏保测试并建立记录", E("2026-09-30", add_wd(s, 3), "3025-1"), email=YANG[1]),
          I("文志强", "2号楼屋面临边防护栏杆按规范加高并满挂密目网", "2026-09-25")],
         FU(E("2026-10-08", first_wd_after(d("2026-10-07")), "3025-fu"), None),
         what="Coremail QP 整改通知单 table; nested-bracket deadline; 已整改 row; 3个工作日内 over Mid-Autumn; half-day 复查 -> follow-up without time")

    # ---------------- 3026 same task text twice, own numbering ----------------
    s = d("2025-12-29")
    t = """项目部周例会纪要（第52期）
时间：2025年12月29日 8:30

（编号接上期，第1-6项见第51期）

7. 提交隐蔽工程验收资料 —— 2号楼，文志强，12月31日前
8. 提交隐蔽工程验收资料 —— 3号楼，杨涛（黔电），2026年1月5日前
9. 年底农民工工资支付情况核查，罗总牵头，3个工作日内
10. 元旦值班安排，韦刚

下次例会：1月5日（周一）上午8:30

龙海燕 整理"""
    case(3026, "dc-same-task-twice-continued-numbering", "minutes",
         mail("foxmail", P("龙海燕"), [P("罗建平"), P("文志强"), P("韦刚"), YANG], [ZQ], "项目部周例会纪要（第52期）", "2025-12-29T17:00:26", t,
              cs="GBK", cte="base64"),
         "Minutes whose numbering continues from the previous issue (7-10) and whose items 7 and 8 have the same task text for two buildings (two distinct items; gold task includes the building). Foxmail GBK, Mon 2025-12-29. "
         "7: 文志强, 2025-12-31. 8: 杨涛 (external, To), 2026-01-05. 9: 罗总 = 罗建平 (牵头), 3个工作日内 over New Year (01-01..01-03, make-up Sunday 01-04): 12-30, 12-31, 01-04 -> 2026-01-04. "
         "10: 韦刚, no date -> no_due. Next meeting 2026-01-05 08:30. Gold keeps the minutes' item order; the bot may number from 1.",
         [I("文志强", "提交隐蔽工程验收资料（2号楼）", "2025-12-31"),
          I("杨涛", "提交隐蔽工程验收资料（3号楼）", "2026-01-05", email=YANG[1]),
          I("罗建平", "年底农民工工资支付情况核查", E("2026-01-04", add_wd(s, 3), "3026-3")),
          I("韦刚", "元旦值班安排")],
         FU("2026-01-05", "08:30"),
         what="Foxmail GBK; numbering 7-10; identical task text twice; 3个工作日内 over New Year incl. 01-04 make-up Sunday; no_due")

    # ---------------- 3027 next meeting day/time on separate lines ----------------
    s = d("2026-03-19")
    t = """机电专业协调会 3.19 简记

今天主要过了高压柜到货和动火审批两件事。高压柜厂家说下周初发货。

待办
- 杨涛：高压柜到货验收，下周二前
- 韦刚：动火作业审批流程调整后发给各分包，周五前
- 我：4月初前跟业主确认冷通道封闭方案

下次协调会
3月26日（周四）
下午同一时间（14:30），地点待定

文志强"""
    m3027 = case(3027, "dc-next-meeting-two-lines-apple", "minutes",
         mail("apple", P("文志强"), [YANG, P("韦刚")], [P("罗建平"), ZQ], "机电专业协调会 3.19 简记", "2026-03-19T16:30:40", t,
              cs="utf-8", cte="quoted-printable"),
         "Apple Mail minutes, Thu 2026-03-19. 杨涛 (external): 下周二前 -> 2026-03-24. 韦刚: 周五前 -> 2026-03-20. '我' = the sender 文志强: '4月初前' -> vague_due. "
         "'高压柜厂家说下周初发货' is information, not an item. Next meeting: the day on one line, the time on the next ('下午同一时间（14:30）'), place 待定 -> 2026-03-26 14:30.",
         [I("杨涛", "高压柜到货验收", E("2026-03-24", next_week(s, 1), "3027-1"), email=YANG[1]),
          I("韦刚", "动火作业审批流程调整后发给各分包", E("2026-03-20", this_or_next(s, 4), "3027-2")),
          I("文志强", "跟业主确认冷通道封闭方案", None, flags=["vague_due"])],
         FU("2026-03-26", "14:30"),
         what="Apple Mail: 下周二前/周五前, '我', 4月初前 vague; next meeting day and time on separate lines")

    # ---------------- 3028 docx attachment ----------------
    doc = docx((["贵安云谷数据中心二期 业主协调会纪要", "时间：2027年4月7日 14:00", "参加：云创数据 施雯；筑黔建设 罗建平；黔建监理 潘德明",
                 "一、会议通报：35kV 外线工程已完成路径审批。", "二、待办事项："],
                ["三、下次协调会：4月14日（周三）上午10:00，业主会议室。", "云创数据 工程部"]),
               [["序号", "事项", "责任方", "负责人", "完成时间"],
                ["1", "提交机电安装节点工期调整计划", "总包", "罗建平", "4月12日"],
                ["2", "冷却塔基础验收", "监理", "潘德明", "4月9日"],
                ["3", "供电局外线接入协调", "业主", "施雯", "4月底"]])
    att = bin_leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "业主协调会纪要0407.docx")
    t = "罗总：\n\n附件是昨天业主协调会的纪要，请查收并安排落实，有问题随时沟通。\n\n施雯\n云创数据 工程部"
    case(3028, "dc-owner-minutes-docx-attachment", "minutes",
         mail("outlook", SHI, [P("罗建平")], [ZQ], "业主协调会纪要（4月7日）", "2027-04-08T10:15:37", t, cs="utf-8", cte="base64", atts=[att]),
         "The minutes arrive only as a .docx attachment (RFC 2047 file name) behind a two-line cover note from the owner's representative (Outlook, Thu 2027-04-08). "
         "In the docx table: 1 罗建平 4月12日 -> 2027-04-12; 2 潘德明 (监理) is not in the roster nor in To/Cc -> owner 潘德明, email null, department null, 4月9日 -> 2027-04-09; "
         "3 施雯 = the sender (From), 4月底 -> 2027-04-30. Next meeting 2027-04-14 10:00. If the bot does not read attachments it should at least not invent items from the cover note.",
         [I("罗建平", "提交机电安装节点工期调整计划", "2027-04-12"),
          I("潘德明", "冷却塔基础验收", "2027-04-09"),
          I("施雯", "供电局外线接入协调", "2027-04-30", email=SHI[1])],
         FU(E("2027-04-14", this_or_next(d("2027-04-12"), 2), "3028-fu"), "10:00"),
         what="minutes only in a .docx attachment (raw XML zip) with a cover note; external owner without address")

    # ---------------- 3029 reply extend ----------------
    t = """申请第1项延期至3月27日，原因：厂家发货推迟到下周一，到场后还要开箱、做耐压试验。

杨涛
黔电安装 项目经理

 
------------------ 原始邮件 ------------------
发件人：纪要助手 <jiyao@zhuqian-build.example.cn>
发送时间：2026-03-19 16:41
收件人：文志强；杨涛；韦刚
主题：【纪要确认】机电专业协调会 3.19 简记

1. 杨涛｜高压柜到货验收｜2026-03-24
2. 韦刚｜动火作业审批流程调整后发给各分包｜2026-03-20
3. 文志强｜跟业主确认冷通道封闭方案｜期限不明确（4月初前）
如有异议请于今日18:00前回复；回复"第N项已完成""进度80%""延期至X月X日"可更新。"""
    case(3029, "dc-reply-extend-foxmail-subcontractor", "reply",
         mail("foxmail", YANG, [ZQ], [P("文志强")], "回复: 【纪要确认】机电专业协调会 3.19 简记", "2026-03-23T08:47:12", t, cs="GBK", cte="base64",
              irt=m3027, refs=[m3027]),
         "Foxmail GBK reply from the external owner of item 1: '申请第1项延期至3月27日' -> extend, items [1], new_due 2026-03-27; the reason mentions '下周一' which is not the new date.",
         reply=RP("extend", [1], new_due="2026-03-27"),
         what="Foxmail GBK '申请第1项延期至3月27日' with a reason containing another date")

    # ---------------- 3030 reply object ----------------
    t = """第4项有异议：2号楼桥架安装工作面要等我方精密空调基础移交后才具备条件，预计10月22日，10月20日前完成不现实，请总包和监理重新核定节点。

施雯
云创数据 工程部

发件人: 纪要助手 <jiyao@zhuqian-build.example.cn>
发送时间: 2025年10月13日 18:10
收件人: 潘德明 <pandm@qianjian-jl.example.cn>; 罗建平 <luojp@zhuqian-build.example.cn>; 施雯 <shiwen@yunchuang-dc.example.cn>
主题: 【纪要确认】第23次监理例会会议纪要

1. 韦刚 整改3号楼屋面临边防护缺失 2025-10-15
2. 杨涛 编制UPS设备赶工计划 2025-10-16
3. 龙海燕 补齐隐蔽工程验收资料 尽快（期限不明确）
4. （未指定负责人）完成2号楼桥架安装 2025-10-20"""
    case(3030, "dc-reply-object-item4-outlook", "reply",
         mail("outlook", SHI, [ZQ], [PAN, P("罗建平")], "答复: 【纪要确认】第23次监理例会会议纪要", "2025-10-14T09:31:05", t, cs="utf-8", cte="base64",
              irt=m3023, refs=[m3023]),
         "The owner's representative objects to item 4 with a reason containing dates (10月22日, 10月20日): object, items [4]; not an extension request (she asks for a re-plan, no new date requested).",
         reply=RP("object", [4]),
         what="Outlook '答复:' objecting to 第4项 with dates in the reason")

    # ---------------- 3034 subcontractor QQ mail ----------------
    s = d("2026-12-14")
    t = """黔电安装贵安项目 班组长会纪要 12.14

1、B区电缆敷设12月18日前完成，负责人：杨涛
2、桥架接地跨接复查，本周三前，负责人：王班长
3、月底前报12月份进度款资料给总包龙工

杨涛"""
    case(3034, "dc-subcontractor-qq-short-list", "minutes",
         mail("qq", YANG, [P("龙海燕"), P("文志强")], [ZQ], "班组长会纪要12.14", "2026-12-14T19:12:03", t, cs="gb18030"),
         "Short subcontractor minutes (QQ/Exmail gb18030), Mon 2026-12-14. 1: 杨涛 (the sender), 2026-12-18. "
         "2: '王班长' is a crew leader in neither the roster nor To/Cc -> owner_name '王班长', email null, 本周三前 -> 2026-12-16. "
         "3: no owner named (the sender's side reports to 龙工, who is the recipient, not the owner) -> no_owner, 月底前 -> 2026-12-31.",
         [I("杨涛", "B区电缆敷设", "2026-12-18", email=YANG[1]),
          I("王班长", "桥架接地跨接复查", E("2026-12-16", this_or_next(s, 2), "3034-2")),
          I(None, "报12月份进度款资料给总包龙工", E("2026-12-31", month_end(s), "3034-3"))],
         None,
         what="QQ gb18030 short list from a subcontractor; title-only owner not in To/Cc; recipient named in the task is not the owner")

    # ---------------- 3040 template with status column after May Day ----------------
    s = d("2026-05-06")
    t = """会议纪要

会议名称：节后复工协调会
会议时间：2026年5月6日 9:00-10:00
会议地点：项目部会议室
主持人：罗建平
参会人：文志强、韦刚、龙海燕
记录人：龙海燕

议题：节后复工安排、5月节点计划

待办事项：
| 事项 | 负责人 | 完成时间 | 状态 |
| --- | --- | --- | --- |
| 节后复工安全检查 | 韦刚 | 5月6日 | 已完成 |
| 1号楼冷冻水管道试压 | 文志强 | 5月9日（周六） | 进行中 |
| 5月份材料进场计划 | 龙海燕 | 2个工作日内 | 未开始 |
| 分包4月进度款审核 | 罗建平 | 5月15日 | 未开始 |

下次会议：5月13日（周三）上午9:00"""
    case(3040, "dc-template-status-column-mayday", "minutes",
         mail("outlook", P("龙海燕"), [P("罗建平"), P("文志强"), P("韦刚")], [ZQ], "会议纪要-节后复工协调会（5月6日）", "2026-05-06T11:20:14", t,
              cs="utf-8", cte="quoted-printable"),
         "Ordinary 会议纪要 template with a 待办 table and a 状态 column, Outlook UTF-8 QP. Sent Wed 2026-05-06, the first working day after May Day (05-01..05-05; make-up Saturday 05-09). "
         "Row 1 已完成 -> not an item. Row 2: 2026-05-09 (make-up Saturday). Row 3: 2个工作日内 -> 05-07, 05-08 -> 2026-05-08. Row 4: 2026-05-15. Next meeting 2026-05-13 09:00.",
         [I("文志强", "1号楼冷冻水管道试压", "2026-05-09"),
          I("龙海燕", "5月份材料进场计划", E("2026-05-08", add_wd(s, 2), "3040-3")),
          I("罗建平", "分包4月进度款审核", "2026-05-15")],
         FU("2026-05-13", "09:00"),
         what="Outlook QP template + 状态 column; 已完成 row; make-up Saturday due; 2个工作日内")
    assert is_work(d("2026-05-09")) and d("2026-05-13").weekday() == 2 and d("2027-04-14").weekday() == 2
    assert d("2027-01-29").weekday() == 4 and d("2026-04-10").weekday() == 4 and d("2027-04-05").weekday() == 0
