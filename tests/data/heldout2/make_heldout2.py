#!/usr/bin/env python3
"""Write the second held-out set: 3NN-slug.eml (the bytes a mail server stores) + 3NN-slug.json (the gold).

    python3 tests/data/heldout2/make_heldout2.py [OUTDIR]  # write every case into OUTDIR (default: beside this file)
    python3 tests/data/heldout2/make_heldout2.py --check   # only check the gold dates against the calendar

Writers the parser had not seen: a Beijing state-owned construction group (京华建工, formal 会议纪要 with
一、二、三 sections, 议定事项, 责任单位/责任人/完成时限), a Hangzhou e-commerce company (青禾电商: DingTalk and
Feishu, emoji, @mentions, 【】 tags, OKR words), a Suzhou precision-parts factory (精越精密) and its Taiwanese
supplier (English/Chinese mixed, 2025.5.9 / 4/30 / 15-May), a university vision lab writing English minutes in
Gmail (TODO(name), Owner:/ETA:), an insurer (泰和人寿: Outlook HTML with nested layout tables, rowspans and
序号/工作事项/牵头部门/配合部门/责任人/时间节点, week numbers), and a game studio (Moonpeak: Markdown-ish plain
text, '- [ ] @name task due 10/20'). Replies in many forms, machine mail (QQ 自动回复, a Feishu bounce, a
newsletter) and two 'other' mails. Send dates in 2025/2026 around 劳动节, 国庆, 元旦 2026 (make-up Sunday 01-04)
and 春节 2026 (02-15..02-23, make-up Saturdays 02-14 and 02-28). Every gold date was worked out by hand (the
reasoning is in the notes) and is re-checked here with chinesecalendar. Mail bytes come from ../heldout/mailkit.py.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from mailkit import (addr, esc, headers, leaf, message, multi, outlook_html, plain_of, plain_rows,  # noqa: E402
                     rfc_date, words)
from goldcal import add_workdays, expect, next_weekday, this_or_next, workday_after, workday_before  # noqa: E402
from goldkit import Cast, case_list, fu, gold, recap_en, recap_zh, rep, write_cases  # noqa: E402

D = dt.date
ROSTER = (HERE / "roster.csv").read_text(encoding="utf-8")
EXTERNAL = {"黃俊傑": "jj.huang@hongtai.example.com.tw", "Kenta Tanaka": "k.tanaka@nichiden.example.co.jp"}
BOTS = {"jhjg": ("纪要助手", "minutes@jhjg.example.cn"), "qinghe": ("纪要助手", "minutes@qinghe.example.com"),
        "jingyue": ("纪要助手", "minutes@jingyue.example.cn"), "vlab": ("minutebot", "minutes@vlab.example.edu.cn"),
        "taihe": ("纪要助手", "minutes@taihe.example.com.cn"), "moonpeak": ("minutebot", "minutes@moonpeak.example.com")}


CAST = Cast(ROSTER, EXTERNAL)
PEOPLE, who, item = CAST.people, CAST.who, CAST.item
CASES, case = case_list()


# == minutes ======================================================================================================

@case
def c301():
    """State-owned construction group, Outlook gb2312 HTML: formal 会议纪要 with 〔2025〕期号, 一、二、三 sections,
    （一）（二） 议定事项 owned by departments, a 责任单位/责任人/完成时限 table, '请各单位于…前报送'; 元旦 2026."""
    sent = D(2025, 12, 26)                     # Friday
    table = [["序号", "工作任务", "责任单位", "责任人", "完成时限"],
             ["1", "编制元旦春节期间值班表", "综合办公室", "王静", "2026年1月9日前"],
             ["2", "组织春节后复工安全教育", "安全质量部", "孙立新", "春节后第一个工作日"],
             ["3", "修订冬季施工应急预案并报集团备案", "工程管理部", "赵部长", "1月16日"]]
    blocks = [("b", "京华建工集团有限公司"), ("b", "会 议 纪 要"), "〔2025〕第48期", "",
              "12月26日上午，集团副总经理赵国庆在集团本部3层第一会议室主持召开元旦春节期间安全生产专题会议，"
              "工程管理部、安全质量部、物资设备部、综合办公室及各项目部负责人参加会议。现将会议议定事项纪要如下：", "",
              ("b", "一、总体情况"),
              "会议听取了安全质量部关于四季度安全生产检查情况的汇报。四季度共检查在建项目23个，发现隐患147项，已整改139项，"
              "整改率94.6%。会议认为，全年安全生产形势总体平稳。", "",
              ("b", "二、会议要求"),
              "各单位要高度重视节日期间安全生产工作，严格落实领导带班和24小时值班制度，坚决防范各类事故发生。", "",
              ("b", "三、议定事项"),
              "（一）由安全质量部牵头，各项目部配合，组织开展节前安全生产大检查，元旦前完成第一轮检查。",
              "（二）物资设备部对在用塔吊、施工升降机等大型机械开展专项检测，5个工作日内报送检测报告。",
              "（三）第一项目部刘海涛负责落实农民工工资支付工作，1月20日前全部结清。", "",
              ("b", "四、工作分工"), ("table", table), "",
              "请各单位于12月30日前将节日期间值班安排报送综合办公室。", "",
              "参会人员：赵国庆、孙立新、马建华、刘海涛、王静", "", "京华建工集团综合办公室", "2025年12月26日印发"]
    body = multi("alternative", [
        leaf("text/plain", plain_of(blocks), "gb2312", "base64"),
        leaf("text/html", outlook_html(blocks, "gb2312"), "gb2312", "quoted-printable")],
        "----=_NextPart_000_0031_01DC7620.3A4B5C60", preamble="This is a multipart message in MIME format.")
    raw = message(headers(who("王静"), [who(n) for n in ("赵国庆", "孙立新", "马建华", "刘海涛")],
                          "京华建工集团会议纪要〔2025〕第48期（元旦春节期间安全生产专题会议）", "2025-12-26 16:32:10 +0800",
                          "<003101dc7620$3a4b5c60$aee11520$@jhjg.example.cn>", cc=[BOTS["jhjg"]], label="gb2312",
                          extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdxiIDpLXGA9b1e2Q2Zk1LtQ8Jk0B=="),
                                 ("Content-Language", "zh-cn")]), body, crlf=True)
    items = [
        item(None, "组织开展节前安全生产大检查，完成第一轮检查",
             expect("元旦前", workday_before(D(2026, 1, 1)), "2025-12-31"), flags=["no_owner"], department="安全质量部"),
        item(None, "对在用塔吊、施工升降机等大型机械开展专项检测，报送检测报告",
             expect("5个工作日内", add_workdays(sent, 5), "2026-01-05"), flags=["no_owner"], department="物资设备部"),
        item("刘海涛", "落实农民工工资支付工作，全部结清", "2026-01-20"),
        item("王静", "编制元旦春节期间值班表", "2026-01-09"),
        item("孙立新", "组织春节后复工安全教育",
             expect("春节后第一个工作日", workday_after(D(2026, 2, 23)), "2026-02-24")),
        item("赵国庆", "修订冬季施工应急预案并报集团备案", "2026-01-16"),
        item(None, "将节日期间值班安排报送综合办公室", "2025-12-30", flags=["no_owner"])]
    notes = ("Formal SOE 会议纪要 (Outlook gb2312 QP HTML + base64 plain). 议定事项 （一）（二） are owned by departments "
             "(安全质量部 牵头 with 各项目部 配合; 物资设备部) -> no_owner with our department; （三） names 刘海涛. Sent Fri "
             "2025-12-26: 元旦前 = the last working day before 2026-01-01 = Wed 12-31; 5个工作日内 = 12-29, 12-30, "
             "12-31, the make-up Sunday 01-04, 01-05 -> 2026-01-05; 1月20日 / 1月9日 / 1月16日 are next year (January "
             "after a December send date); 春节后第一个工作日 = 2026-02-24 (holiday 02-15..02-23). 赵部长 = 赵国庆. "
             "'请各单位于12月30日前…报送综合办公室' is a request to every unit: no owner (各单位 is no department), due "
             "12-30; 综合办公室 is the receiver, not the owner. 一、二 (situation, 要求) are no items. No next meeting.")
    return "301-soe-construction-formal-jiyao-outlook", raw, gold("minutes", notes, items)


@case
def c302():
    """Construction project weekly meeting, Coremail GBK plain: inline '（责任单位：…；责任人：…；完成时限：…）' after
    each 议定事项 before Spring Festival 2026: 节前 falls on the make-up Saturday 02-14."""
    sent = D(2026, 2, 10)                      # Tuesday
    text = """各位：

2月10日下午，第一项目部在项目部会议室召开第6周生产例会，刘海涛主持，监理单位、各分包单位负责人参加。纪要如下：

一、上周工作完成情况
主体结构已施工至18层，二次结构完成约30%。上周安全检查发现脚手架连墙件缺失2处，已于2月6日整改完毕。

二、议定事项
1. 完成二次结构材料进场验收（责任单位：物资设备部；责任人：马建华；完成时限：2月13日）
2. 组织节前农民工返乡安全教育（责任单位：安全质量部；责任人：孙立新；完成时限：节前）
3. 报送节后复工计划及劳务用工需求（责任单位：第一项目部；责任人：刘海涛；完成时限：3个工作日内）
4. 落实春节期间工地看护人员（责任单位：综合办公室；完成时限：待定）

三、下次例会
2月25日（周三）上午9:00，项目部会议室。

第一项目部
2026年2月10日
"""
    body = leaf("text/plain", text, "GBK", "base64")
    raw = message(headers(who("刘海涛"), [who(n) for n in ("马建华", "孙立新", "王静")], "第一项目部第6周生产例会纪要",
                          "2026-02-10 17:05:44 +0800", "<5c1e2a3b.4d5e.19c4e6f7a8b.Coremail.liuhaitao@jhjg.example.cn>",
                          cc=[who("赵国庆"), BOTS["jhjg"]], label="GBK",
                          extra=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801")]),
                  body)
    items = [
        item("马建华", "完成二次结构材料进场验收", "2026-02-13"),
        item("孙立新", "组织节前农民工返乡安全教育", expect("节前", workday_before(D(2026, 2, 15)), "2026-02-14")),
        item("刘海涛", "报送节后复工计划及劳务用工需求", expect("3个工作日内", add_workdays(sent, 3), "2026-02-13")),
        item(None, "落实春节期间工地看护人员", None, flags=["no_owner", "vague_due"], department="综合办公室")]
    notes = ("Coremail GBK base64 plain text. Each 议定事项 carries '（责任单位：…；责任人：…；完成时限：…）': the 责任人 "
             "owns it, the 责任单位 alone only where no 责任人 is given (item 4 -> 综合办公室, no_owner; 待定 -> vague). "
             "Sent Tue 2026-02-10 (Spring Festival 02-15..02-23, make-up Sat 02-14): 节前 = the last working day "
             "before the holiday = the make-up Saturday 02-14; 3个工作日内 = 02-11, 02-12, 02-13. The 上周 facts with "
             "2月6日 are no items. '第6周' in the opening is no date. Next meeting 2026-02-25 09:00.")
    return "302-construction-weekly-inline-labels-spring", raw, gold("minutes", notes, items, fu("2026-02-25", "09:00"))


@case
def c303():
    """Hangzhou e-commerce, DingTalk-style plain text from Alimail: emoji, keycap numbers 1️⃣, @mentions, 【】 tags,
    OKR words (O/KR, 进度45%) that are no progress and no items."""
    sent = D(2025, 11, 28)                     # Friday
    text = """【双12大促作战会】会议纪要 📝
⏰ 时间：11月28日 16:00-17:30
👥 参会：@陈宇 @林晓 @周杰 @吴倩 @郑凯文

🎯 本季度O：双12 GMV破3000万
· KR1 直播间GMV 1200万（当前进度45%）
· KR2 新客占比≥35%

【结论】
· 双12当天直播排到凌晨2点，主播分三班
· 满300减40叠加店铺券，不再追加预算

【待办】
1️⃣ @林晓 直播排期表定稿，12/3前（宇哥review）
2️⃣ @周杰 搭建大促实时数据看板 👉 下周二
3️⃣ @吴倩 客服话术更新+全员培训，12月5日前
4️⃣ 供应链部 爆款备货到仓确认 ⚠️尽快
5️⃣ @郑凯文 确认赠品库存，今天下班前

【下次同步】12月1日（周一）10:00 钉钉视频会

——来自钉钉
"""
    html = ('<div class="__aliyun_email_body_block">' + "".join(
        f'<div style="clear:both;"><span style="font-family:Tahoma,Arial;font-size:14px;">{esc(line)}</span></div>'
        if line else '<div style="clear:both;"><br></div>' for line in text.splitlines()) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "----=ALIBOUNDARY_61221_4e2c1a90_6929e0b1_7a1c3")
    raw = message(headers(who("陈宇"), [who(n) for n in ("林晓", "周杰", "吴倩", "郑凯文")], "双12大促作战会-会议纪要",
                          "2025-11-28 18:20:31 +0800", "<c3d4e5f6-1a2b-4c3d-9e8f-0a1b2c3d4e5f.chenyu@qinghe.example.com>",
                          cc=[BOTS["qinghe"]], label="UTF-8", extra=[("X-Mailer", "Alimail-Mailagent revision 2")]), body)
    items = [
        item("林晓", "直播排期表定稿", "2025-12-03"),
        item("周杰", "搭建大促实时数据看板", expect("下周二", next_weekday(sent, 1), "2025-12-02")),
        item("吴倩", "客服话术更新+全员培训", "2025-12-05"),
        item(None, "爆款备货到仓确认", None, flags=["no_owner", "vague_due"], department="供应链部"),
        item("郑凯文", "确认赠品库存", "2025-11-28")]
    notes = ("DingTalk-style minutes (Alimail, UTF-8): items numbered with keycap emoji 1️⃣…5️⃣, owners as @mentions "
             "before the task; '（宇哥review）' names a reviewer, not the owner. Sent Fri 2025-11-28: 12/3前 = 12-03; "
             "下周二 = 12-02; 12月5日前; 供应链部 + 尽快 -> no_owner, vague; 今天下班前 = 11-28 without a time. OKR "
             "lines (O, KR1 进度45%) and 【结论】 are no items. '【下次同步】12月1日（周一）10:00' -> 12-01 10:00.")
    return "303-ecommerce-dingtalk-emoji-keycaps-okr", raw, gold("minutes", notes, items, fu("2025-12-01", "10:00"))


@case
def c304():
    """Hangzhou e-commerce, Feishu doc shared as HTML only: <ol> of 【P0】/【P1】 tagged tasks with @mentions after the
    task, a dotted date 12.10, two owners on one task, an unclaimed task, a ☑ done line."""
    sent = D(2025, 12, 3)                      # Wednesday
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>.mention{color:#3370ff}</style></head>
<body><div class="lark-doc" style="font-family:-apple-system,'PingFang SC',sans-serif;font-size:14px">
<h1>11月经营复盘会</h1>
<p>📅 2025年12月3日 14:00 | 📍 5F 西湖厅 | 记录人：<span class="mention">@林晓</span></p>
<h2>一、数据回顾</h2>
<ul><li>11月GMV 2,310万，完成月目标 96%；退款率 7.8%，环比 +1.2pt 🔺</li>
<li>O2-KR1「复购率提升至28%」当前 24.5%，进度偏慢</li></ul>
<h2>二、Action Items</h2>
<ol>
<li>🔥【P0】复盘双12预热期流量下滑原因 <span class="mention">@周杰</span> 本周五</li>
<li>【P1】优化售后退款SOP，退款时效压缩到24h内 <span class="mention">@吴倩</span> 12.10</li>
<li>【P1】新品上架素材准备 <span class="mention">@林晓</span> <span class="mention">@陈宇</span> 下周三</li>
<li>【P2】调研抖音商城入驻政策 —— 待认领</li>
</ol>
<p>☑ 11月供应商对账 <span class="mention">@郑凯文</span>（已完成）</p>
</div></body></html>
"""
    body = leaf("text/html", html, "utf-8", "base64")
    raw = message(headers(who("林晓"), [who(n) for n in ("陈宇", "周杰", "吴倩", "郑凯文")], "【纪要】11月经营复盘会",
                          "2025-12-03 16:48:02 +0800", "<feishu-7579120044151234567@qinghe.example.com>", cc=[BOTS["qinghe"]],
                          extra=[("X-Mailer", "Lark Mail")]), body)
    items = [
        item("周杰", "复盘双12预热期流量下滑原因", expect("本周五", this_or_next(sent, 4), "2025-12-05")),
        item("吴倩", "优化售后退款SOP，退款时效压缩到24h内", "2025-12-10"),
        item("林晓", "新品上架素材准备", expect("下周三", next_weekday(sent, 2), "2025-12-10")),
        item(None, "调研抖音商城入驻政策", None, flags=["no_owner", "no_due"])]
    notes = ("Feishu doc as single-part HTML. Sent Wed 2025-12-03: 本周五 = 12-05; '12.10' is a dotted month.day at "
             "the end of an action line = 12-10 (the '24h内' inside the task is part of the deliverable, no deadline); "
             "下周三 = 12-10; two @mentions -> the first (林晓) owns it; '待认领' = nobody yet -> no_owner, no date -> "
             "no_due. The ☑ …（已完成） line is done; 数据回顾 facts and the OKR line (进度偏慢) are no items. "
             "The 记录人 @mention is no owner. No next meeting.")
    return "304-ecommerce-feishu-p0-tags-dotted-date", raw, gold("minutes", notes, items)


@case
def c305():
    """Suzhou factory, Outlook English/Chinese mixed supplier-quality minutes: No./Issue/Action/PIC/Due/Status table
    with 2025.5.9, 4/30, 15-May, 5个工作日内 over 劳动节 (make-up Sunday 04-27) and a Closed row; the supplier's
    PIC is a Traditional name in To."""
    sent = D(2025, 4, 24)                      # Thursday
    table = [["No.", "Issue 问题", "Action 对策", "PIC", "Due", "Status"],
             ["1", "外壳毛刺 (burr on housing)", "更换冲压模具刃口", "黃俊傑", "2025.5.9", "Open"],
             ["2", "来料漏检", "IQC抽检水准调整为AQL 0.65", "Ivy", "4/30", "Open"],
             ["3", "包装破损 (carton damage)", "改用加强型五层纸箱", "黃俊傑", "15-May", "Open"],
             ["4", "客户投诉 CAR-0412", "提交8D报告给客户", "Jason", "5个工作日内", "Open"],
             ["5", "首件检验记录缺失", "补齐FAI记录", "钱课长", "4/18", "Closed"]]
    blocks = ["Dear all,", "", "Please find the minutes of today's supplier quality meeting (鸿泰五金 × 精越精密) below.", "",
              "Date: 2025/4/24 (Thu) 14:00-15:30   Venue: 精越 2F 会议室 / Teams", "Attendees: 黃俊傑 (鸿泰), 顾建平, 沈晓燕, 钱伟", "",
              ("b", "1. Summary"), "3月来料不良率 1.8%，目标 0.5%；主要问题为毛刺和包装破损。鸿泰承诺5月起每批附出货检验报告。", "",
              ("b", "2. Action items"), ("table", table), "",
              "Next meeting: 5/8 (Thu) 14:00, Teams", "", "Best regards,", "Jason Gu 顾建平", "品质部 Quality Dept. | 精越精密（苏州）有限公司"]
    body = multi("alternative", [leaf("text/plain", plain_of(blocks), "utf-8", "quoted-printable"),
                                 leaf("text/html", outlook_html(blocks, "utf-8"), "utf-8", "quoted-printable")],
                 "----=_NextPart_000_0042_01DBB4F1.8C9D0E10")
    raw = message(headers(("Jason Gu", PEOPLE["顾建平"][1]), [who("黃俊傑"), who("沈晓燕"), who("钱伟")],
                          "Supplier Quality Meeting 供应商质量会议纪要 - 鸿泰 04/24", "2025-04-24 17:12:30 +0800",
                          "<004201dbb4f1$8c9d0e10$a5d72b30$@jingyue.example.cn>", cc=[BOTS["jingyue"]],
                          extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")]), body, crlf=True)
    items = [
        item("黃俊傑", "更换冲压模具刃口", "2025-05-09"),
        item("沈晓燕", "IQC抽检水准调整为AQL 0.65", "2025-04-30"),
        item("黃俊傑", "改用加强型五层纸箱", "2025-05-15"),
        item("顾建平", "提交8D报告给客户", expect("5个工作日内", add_workdays(sent, 5), "2025-04-30"))]
    notes = ("Outlook UTF-8 QP, English/Chinese. Columns No./Issue/Action/PIC/Due/Status: the task is the Action (the "
             "Issue is context), PIC is the owner. 黃俊傑 (Traditional, outside the roster) is resolved from To; Ivy = "
             "沈晓燕, Jason = 顾建平. Sent Thu 2025-04-24 (劳动节 05-01..05-05, make-up Sun 04-27): 2025.5.9 = 05-09; "
             "4/30; 15-May = 05-15; 5个工作日内 = 04-25, 04-27, 04-28, 04-29, 04-30 -> 04-30. The Closed row is done. "
             "'Next meeting: 5/8 (Thu) 14:00' -> 2025-05-08 14:00.")
    return "305-factory-outlook-mixed-pic-table-labour-day", raw, gold("minutes", notes, items, fu("2025-05-08", "14:00"))


@case
def c306():
    """The Taiwanese supplier's own minutes, Outlook zh-TW big5: 會議記錄 with '姓名：task，date前' lines; one owner
    outside every header (as written: Traditional), a roster title in Traditional (顧經理), 下週一, 雙方 + 待定."""
    sent = D(2025, 5, 7)                       # Wednesday
    blocks = ["顧經理、Ivy 您好：", "", "感謝今日撥冗開會，會議記錄整理如下，如有遺漏請指正。", "",
              ("b", "一、會議結論"), "1. 毛刺問題確認為模具刃口磨損所致，新刃口已於5月6日到廠。",
              "2. 5月份起每批出貨附出貨檢驗報告（OQC Report）。", "",
              ("b", "二、待辦事項"),
              "1. 黃俊傑：提供模具修改前後對比照片及尺寸報告，5/9前",
              "2. 張雅婷（品保課）：完成庫存品出貨前全檢，5月12日前",
              "3. 顧經理：確認新包材規格，下週一前回覆",
              "4. 雙方：共同確認6月份出貨計劃，日期待定", "",
              "以上，謝謝！", "", "黃俊傑 Jimmy Huang", "品保部 課長", "鴻泰五金股份有限公司", "TEL: +886-3-456-7890 ext.312"]
    body = multi("alternative", [leaf("text/plain", plain_of(blocks), "big5", "base64"),
                                 leaf("text/html", outlook_html(blocks, "big5"), "big5", "quoted-printable")],
                 "----=_NextPart_000_0007_01DBBF22.6A1B2C30")
    raw = message(headers(who("黃俊傑"), [who("顾建平"), who("沈晓燕")], "會議記錄：毛刺及包裝改善對策（5/7）",
                          "2025-05-07 18:02:11 +0800", "<000701dbbf22$6a1b2c30$3e5a8490$@hongtai.example.com.tw>",
                          cc=[BOTS["jingyue"]], label="big5",
                          extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-tw")]), body, crlf=True)
    items = [
        item("黃俊傑", "提供模具修改前後對比照片及尺寸報告", "2025-05-09"),
        item("張雅婷", "完成庫存品出貨前全檢", "2025-05-12"),
        item("顾建平", "確認新包材規格", expect("下週一", next_weekday(sent, 0), "2025-05-12")),
        item(None, "共同確認6月份出貨計劃", None, flags=["no_owner", "vague_due"])]
    notes = ("big5 Traditional minutes from the Taiwanese supplier (Outlook zh-TW). 黃俊傑 is the From person; 張雅婷 "
             "(品保課) is in no header and outside the roster: owner_name as written (Traditional 張雅婷, not 张雅婷), "
             "no email, department null (品保課 is the supplier's section). 顧經理 = the roster's 顾经理 = 顾建平. Sent "
             "Wed 2025-05-07: 5/9前 = 05-09; 5月12日前; 下週一 = 05-12; 雙方 + 日期待定 -> no_owner, vague. 會議結論 "
             "lines (5月6日到廠, 5月份起) are no items.")
    return "306-taiwan-supplier-big5-traditional-owner", raw, gold("minutes", notes, items)


@case
def c307():
    """University vision lab, Gmail English: 'Next steps:' with TODO(name) lines, an Owner:/ETA: block, 'within 2
    working days' over the post-National-Day make-up Saturday, Owner: Prof. Xu + ETA: TBD."""
    sent = D(2025, 10, 9)                      # Thursday
    text = """Hi all,

Notes from today's group meeting (Oct 9). Attendees: Prof. Xu, Alice, Bob, Yifan.

Updates
- Alice: ablation on ImageNet-100 shows +1.3 top-1 with the new augmentation; variance still high.
- Bob: the data loader bug from last week is fixed; throughput is up 2x.
- Yifan: CVPR camera-ready template is ready; 2 of 8 figures still need redrawing.

Next steps:
- TODO(alice): rerun the ablation with 3 seeds by Monday
- TODO(bob): clean up the data loader and push to main, ETA Oct 15
- TODO(alice): send the poster draft to Prof. Xu within 2 working days
- Camera-ready checklist
  Owner: Yifan
  ETA: 10/17
- Reply to the reviewers
  Owner: Prof. Xu
  ETA: TBD

Next meeting: Thursday Oct 16, 4pm, Room 305.

Cheers,
Yifan
"""
    html = '<div dir="ltr">' + "".join(f"<div>{esc(line)}</div>" if line else "<div><br></div>" for line in text.splitlines()) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"), leaf("text/html", html, "UTF-8", "quoted-printable")],
                 "000000000000a1b2c3063f9e1d2a")
    raw = message(headers(("Yifan Zhang", PEOPLE["张一帆"][1]), [("Wenbo Xu", PEOPLE["许文博"][1]), ("Alice Wang", PEOPLE["王安琪"][1]),
                          ("Bob Li", PEOPLE["李博"][1])], "Group meeting notes - Oct 9", "2025-10-09 21:40:18 +0800",
                          "<CAHk3f9qZp8x1ab2Lr7m4nT0sWq9vYz=K1Xh2Pj@mail.gmail.com>", cc=[BOTS["vlab"]], label="UTF-8"), body)
    items = [
        item("王安琪", "rerun the ablation with 3 seeds", expect("by Monday", this_or_next(sent, 0), "2025-10-13")),
        item("李博", "clean up the data loader and push to main", "2025-10-15"),
        item("王安琪", "send the poster draft to Prof. Xu",
             expect("within 2 working days", add_workdays(sent, 2), "2025-10-11")),
        item("张一帆", "Camera-ready checklist", "2025-10-17"),
        item("许文博", "Reply to the reviewers", None, flags=["vague_due"])]
    notes = ("Gmail English lab notes (UTF-8 QP). 'TODO(alice): …' names the owner in the parentheses (alias Alice = "
             "王安琪); an Owner:/ETA: block under a bullet. Sent Thu 2025-10-09 (National Day ended 10-08, make-up Sat "
             "10-11): by Monday = 10-13; ETA Oct 15; within 2 working days = Fri 10-10, Sat 10-11 -> 10-11; ETA 10/17; "
             "Prof. Xu (alias of 许文博) + ETA: TBD -> vague. 'Updates' bullets are facts even with names. "
             "'Next meeting: Thursday Oct 16, 4pm' -> 2025-10-16 16:00.")
    return "307-university-gmail-todo-owner-eta", raw, gold("minutes", notes, items, fu("2025-10-16", "16:00"))


def _nested_layout(inner: str) -> str:
    """Outlook HTML whose content sits in a one-cell layout table (a letterhead template), table inside table."""
    return ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%'>"
            "<tr><td style='padding:0cm 0cm 0cm 0cm'><table border=0 cellpadding=0 width=\"100%\"><tr>"
            "<td style='background:#004B8D;padding:6.0pt'><p class=MsoNormal><b><span style='color:white'>泰和人寿保险股份有限公司"
            "</span></b></p></td></tr><tr><td style='padding:9.0pt'>" + inner + "</td></tr></table></td></tr></table>\n")


@case
def c308():
    """Insurer, Outlook HTML with a letterhead layout table around the content and a data table inside it:
    序号/工作事项/牵头部门/配合部门/责任人/时间节点, a 牵头部门 rowspan, week numbers (11月第三周, 第48周)."""
    table = [["序号", "工作事项", "牵头部门", "配合部门", "责任人", "时间节点"],
             ["1", "上线理赔影像自动识别功能", ("信息科技部", 2, 1), "理赔部", "黄志强", "11月第三周"],
             ["2", "完成理赔系统压力测试", None, "运营管理部", "黄处", "11月21日"],
             ["3", "修订大病快赔服务标准", "理赔部", "客户服务部", "王磊", "第48周"],
             ["4", "开展重点客户满意度回访", "客户服务部", "—", "冯雅婷", "11月底前"],
             ["5", "梳理年度理赔数据报表", "运营管理部", "理赔部", "", "12月5日"]]
    from mailkit import o_para, o_table
    inner = "".join([o_para("各位领导、同事："), o_para(""),
                     o_para("11月10日上午召开理赔服务提升专项工作会，何部长主持，理赔部、信息科技部、客户服务部、运营管理部参会。纪要如下："),
                     o_para(""), o_para("一、会议听取了10月理赔时效通报：平均结案周期4.2天，较9月缩短0.6天。", ),
                     o_para("二、工作安排", bold=True), o_table(table), o_para(""),
                     o_para("三、下次会议：11月24日（周一）下午3:00，总部12楼会议室。"), o_para(""), o_para("运营管理部")])
    html = outlook_html([("raw", _nested_layout(inner))], "utf-8")
    plain = "\n".join(["各位领导、同事：", "", "11月10日上午召开理赔服务提升专项工作会，何部长主持，理赔部、信息科技部、客户服务部、运营管理部参会。纪要如下：",
                       "", "一、会议听取了10月理赔时效通报：平均结案周期4.2天，较9月缩短0.6天。", "二、工作安排",
                       *plain_rows(table), "", "三、下次会议：11月24日（周一）下午3:00，总部12楼会议室。", "", "运营管理部"]) + "\n"
    body = multi("alternative", [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "----=_NextPart_000_0055_01DC5200.11223340")
    raw = message(headers(who("何丽"), [who(n) for n in ("王磊", "黄志强", "冯雅婷")], "理赔服务提升专项工作会会议纪要",
                          "2025-11-10 15:20:00 +0800", "<005501dc5200$11223340$55667780$@taihe.example.com.cn>",
                          cc=[BOTS["taihe"]], extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body, crlf=True)
    items = [
        item("黄志强", "上线理赔影像自动识别功能", None, flags=["vague_due"]),
        item("黄志强", "完成理赔系统压力测试", "2025-11-21"),
        item("王磊", "修订大病快赔服务标准", None, flags=["vague_due"]),
        item("冯雅婷", "开展重点客户满意度回访", "2025-11-30"),
        item(None, "梳理年度理赔数据报表", "2025-12-05", flags=["no_owner"], department="运营管理部")]
    notes = ("Outlook UTF-8 HTML: a letterhead layout table holds the content, the data table sits inside it. Columns "
             "序号/工作事项/牵头部门/配合部门/责任人/时间节点: 责任人 owns the row (黄处 = 黄志强); 牵头部门 (rowspan over rows "
             "1-2) is the department only where 责任人 is empty (row 5 -> 运营管理部, no_owner); 配合部门 never owns. Sent "
             "Mon 2025-11-10: '11月第三周' and '第48周' name a week, not a day: like 11月中旬 they are vague (due null, "
             "vague_due), never the 3rd or the 48th; 11月21日; 11月底前 = 11-30; 12月5日. Next meeting 11-24 15:00.")
    return "308-insurer-nested-layout-lead-dept-weeks", raw, gold("minutes", notes, items, fu("2025-11-24", "15:00"))


@case
def c309():
    """Game studio, Markdown-ish plain text from Thunderbird: '- [ ] @name task due 10/20', '- [x]' done,
    an issue number (#1423) in a task, 'owner TBD', sprint planning as the next meeting."""
    sent = D(2025, 10, 14)                     # Tuesday
    text = """# Sprint 23 Review - 2025-10-14

## Done
- [x] @ming boss AI v2 merged
- [x] @ziqi main menu redesign

## Action Items
- [ ] @hao finalize level 5 design doc due 10/20
- [ ] @ziqi character skins batch 2 (8 skins) due 10/24
- [ ] @dj regression test for build 0.23, due Fri
- [ ] @ming fix save-corruption bug (#1423) ASAP
- [ ] localization vendor quote, owner TBD

## Next
Sprint 24 planning: Mon 10/27 10:00 @ Big Room

-- hao
"""
    body = leaf("text/plain", text, "UTF-8", "8bit", params="; format=flowed")
    raw = message(headers(("唐浩", PEOPLE["唐浩"][1]), [who(n) for n in ("叶子琪", "蔡明", "邓佳")], "Sprint 23 Review notes",
                          "2025-10-14 19:30:05 +0800", "<7f3e2d1c-0b9a-4c8d-a7e6-5f4d3c2b1a09@moonpeak.example.com>",
                          cc=[BOTS["moonpeak"]], extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]), body)
    items = [
        item("唐浩", "finalize level 5 design doc", "2025-10-20"),
        item("叶子琪", "character skins batch 2 (8 skins)", "2025-10-24"),
        item("邓佳", "regression test for build 0.23", expect("Fri", this_or_next(sent, 4), "2025-10-17")),
        item("蔡明", "fix save-corruption bug (#1423)", None, flags=["vague_due"]),
        item(None, "localization vendor quote", None, flags=["no_owner", "no_due"])]
    notes = ("Markdown-style plain text (Thunderbird 8bit, format=flowed). '- [x]' lines are done; '- [ ] @handle task "
             "due …' items, handles through roster aliases (hao, ziqi, dj, ming). Sent Tue 2025-10-14: due 10/20; due "
             "10/24; due Fri = 10-17; ASAP -> vague; 'owner TBD' with no date -> no_owner, no_due. '(#1423)' is a "
             "bug number, not a date; 'build 0.23' no date. 'Sprint 24 planning: Mon 10/27 10:00' -> 10-27 10:00.")
    return "309-gamestudio-markdown-checkbox-handles", raw, gold("minutes", notes, items, fu("2025-10-27", "10:00"))


@case
def c310():
    """Game studio, Chinese Markdown pipe table in plain text before Spring Festival 2026: 节前 = make-up Saturday,
    2个工作日内, 节后第一个工作日, a ✅已完成 row."""
    sent = D(2026, 2, 9)                       # Monday
    text = """## 春节版本上线会 纪要（2/9）

参会：唐浩、叶子琪、蔡明、邓佳

### 结论
- 春节版本 2/12 晚 22:00 停服更新，预计 2 小时
- 红包雨活动上限调整为每人每天 3 次

### 待办
| 事项 | 负责人 | 截止 |
|---|---|---|
| 春节活动配置表提测 | @叶子琪 | 2/11 |
| 红包雨服务端压测 | 蔡明 | 节前 |
| 版号变更材料补充 | 唐浩 | 2个工作日内 |
| 节后热更新包 | 蔡明 | 节后第一个工作日 |
| 春节值班表 | 邓佳 | ✅已完成 |

节后首次站会：2/24 10:00
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    raw = message(headers(who("唐浩"), [who(n) for n in ("叶子琪", "蔡明", "邓佳")], "春节版本上线会纪要",
                          "2026-02-09 20:15:00 +0800", "<tencent_9A8B7C6D5E4F3A2B1C0D9E8F@qq.com>", cc=[BOTS["moonpeak"]],
                          extra=[("X-Mailer", "WeCom Mail")]), body)
    items = [
        item("叶子琪", "春节活动配置表提测", "2026-02-11"),
        item("蔡明", "红包雨服务端压测", expect("节前", workday_before(D(2026, 2, 15)), "2026-02-14")),
        item("唐浩", "版号变更材料补充", expect("2个工作日内", add_workdays(sent, 2), "2026-02-11")),
        item("蔡明", "节后热更新包", expect("节后第一个工作日", workday_after(D(2026, 2, 23)), "2026-02-24"))]
    notes = ("Markdown pipe table in plain text (WeCom mail, UTF-8 base64), owner cells '@叶子琪' or a bare name. Sent Mon "
             "2026-02-09: 2/11; 节前 = last working day before 02-15 = the make-up Saturday 02-14; 2个工作日内 = 02-10, "
             "02-11; 节后第一个工作日 = 02-24. The ✅已完成 row is done. 结论 lines (2/12 停服, 2 小时) are no items. "
             "'节后首次站会：2/24 10:00' -> 2026-02-24 10:00.")
    return "310-gamestudio-markdown-pipe-table-spring", raw, gold("minutes", notes, items, fu("2026-02-24", "10:00"))


@case
def c311():
    """Insurer, Foxmail GBK plain: a date alone in brackets at the end of each action line （11/21）, owner after a
    dash or before a colon, and a fraction (2/3) in a review sentence that is no date."""
    text = """各位：

本周理赔条线周会纪要如下：

一、上周工作回顾
车险续保率提升项目已完成阶段目标的(2/3)，剩余部分待12月评估。大病快赔试点共受理136件，平均结案1.8天。

二、本周工作安排
1. 完善大病快赔线上理赔流程（11/21）——王磊
2. 冯雅婷：更新电话回访话术及质检标准（11/25）
3. 黄志强：评估核心理赔系统国产化改造方案（12/5）
4. 运营管理部：整理Q4赔付率分析（待定）

何丽
运营管理部
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"></head><body>\n'
            + "".join(f"<div>{esc(line) or '<br>'}</div>\n" for line in text.splitlines()) + "</body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 "----=_001_NextPart571233981100_=----", preamble="This is a multi-part message in MIME format.")
    raw = message(headers(who("何丽"), [who(n) for n in ("王磊", "冯雅婷", "黄志强")], "理赔条线周会纪要（11.17）",
                          "2025-11-17 17:40:12 +0800", "<202511171740122210312@taihe.example.com.cn>", cc=[BOTS["taihe"]],
                          label="GBK", extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")]), body)
    items = [
        item("王磊", "完善大病快赔线上理赔流程", "2025-11-21"),
        item("冯雅婷", "更新电话回访话术及质检标准", "2025-11-25"),
        item("黄志强", "评估核心理赔系统国产化改造方案", "2025-12-05"),
        item(None, "整理Q4赔付率分析", None, flags=["no_owner", "vague_due"], department="运营管理部")]
    notes = ("Foxmail GBK. Each action line ends (or, for item 1, is followed by the owner after ——) with a month/day "
             "alone in full-width brackets: on an action line a plausible （11/21） is the deadline. Sent Mon 2025-11-17: "
             "11-21, 11-25, 12-05; （待定） -> vague; 运营管理部 alone -> no_owner. '(2/3)' in the review sentence is a "
             "fraction (two thirds), not Feb 3, and that line is no item.")
    return "311-insurer-foxmail-bracket-dates", raw, gold("minutes", notes, items)


@case
def c312():
    """University lab, Chinese 组会纪要 from QQ mail: '下次组会前' means the next meeting's date given below,
    owners by name with a full-width colon, a student's own first-person line."""
    sent = D(2025, 10, 16)                     # Thursday
    text = """各位同学：

本周组会纪要如下（10月16日，许老师参加）。

一、进展汇报
1. 李博：新数据加载器吞吐提升2倍，已合并。
2. 王安琪：3个随机种子的消融实验已跑完，方差下降明显。

二、下一步安排
1. 李博：复现MAE基线，下次组会前给出结果。
2. 王安琪：整理消融实验表格，10月20日前发许老师。
3. 张一帆：完成相机就绪版图表重绘，本周日前上传。
4. 我负责联系学院预约GPU集群，周五前落实。

下次组会：10月23日（周四）下午3点，305室。

张一帆
"""
    html = ('<div style="font-family:微软雅黑;font-size:14px">' + "".join(
        f"<div>{esc(line) or '<br>'}</div>" for line in text.splitlines()) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "gb18030", "base64"), leaf("text/html", html, "gb18030", "base64")],
                 "----=_NextPart_6512A3B4_0C1D2E3F_4A5B6C7D")
    raw = message(headers(who("张一帆"), [who(n) for n in ("许文博", "王安琪", "李博")], "组会纪要 10.16",
                          "2025-10-16 18:55:00 +0800", "<tencent_5B6C7D8E9F0A1B2C3D4E5F60@qq.com>", cc=[BOTS["vlab"]],
                          label="gb18030", extra=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x")]), body)
    items = [
        item("李博", "复现MAE基线，给出结果", "2025-10-23"),
        item("王安琪", "整理消融实验表格，发许老师", "2025-10-20"),
        item("张一帆", "完成相机就绪版图表重绘，上传", expect("本周日前", this_or_next(sent, 6), "2025-10-19")),
        item("张一帆", "联系学院预约GPU集群", expect("周五前", this_or_next(sent, 4), "2025-10-17"))]
    notes = ("QQ mail gb18030 lab minutes. 进展汇报 lines name people but report done work: no items. Sent Thu 2025-10-16: "
             "'下次组会前' = before the next group meeting, which the mail gives as 10月23日 -> 10-23; 10月20日前; "
             "本周日前 = 10-19; '我负责…' is the sender 张一帆, 周五前 = 10-17. Next meeting 10-23 15:00.")
    return "312-university-qq-zuhui-next-meeting-relative", raw, gold("minutes", notes, items, fu("2025-10-23", "15:00"))


@case
def c313():
    """E-commerce minutes forwarded by Outlook ('转发:') with the Feishu text below the 发件人/发送时间 block:
    '- task（负责人：xx，DDL：12.15）' lines, DDL as the due label."""
    sent = D(2025, 12, 8)                      # Monday
    text = """宇哥，上周五客服部会议的纪要转你一下，第3条需要你这边拍板。

凯文

发件人: 吴倩 <wuqian@qinghe.example.com>
发送时间: 2025年12月5日 18:02
收件人: 客服部全员 <cs@qinghe.example.com>
主题: 客服部双12保障会议纪要

大家好，今天会议纪要如下：
- 双12当天客服在线时长延长至凌晨2点（负责人：吴倩，DDL：12.10）
- 售后工单超时预警规则上线（负责人：周杰，DDL：周三）
- 大促期间临时客服外包合同续签（负责人：郑凯文，DDL：下周一）
- 差评回访名单导出（负责人：待定，DDL：12.15）

吴倩
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    raw = message(headers(who("郑凯文"), [who("陈宇")], "转发: 客服部双12保障会议纪要", "2025-12-08 09:30:00 +0800",
                          "<SEZPR06MB5901A2B3C4D5E6F7@SEZPR06MB5901.apcprd06.prod.outlook.com>", cc=[BOTS["qinghe"]],
                          extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", words("客服部双12保障会议纪要"))]), body)
    items = [
        item("吴倩", "双12当天客服在线时长延长至凌晨2点", "2025-12-10"),
        item("周杰", "售后工单超时预警规则上线", "2025-12-10"),
        item("郑凯文", "大促期间临时客服外包合同续签", "2025-12-15"),
        item(None, "差评回访名单导出", "2025-12-15", flags=["no_owner"])]
    notes = ("Outlook '转发:' of minutes; the minutes sit below a 发件人/发送时间 block and must be read. Dates resolve "
             "against the forward's Date (Mon 2025-12-08): DDL：12.10 = 12-10; DDL：周三 = 12-10; DDL：下周一 = 12-15 "
             "(the Monday of the next week); DDL：12.15 = 12-15; 负责人：待定 -> no_owner. DDL is the due label.")
    return "313-ecommerce-outlook-forward-ddl-labels", raw, gold("minutes", notes, items)


# == replies ======================================================================================================

R301 = [("组织开展节前安全生产大检查", "安全质量部", "2025-12-31 18:00"), ("大型机械专项检测并报送检测报告", "物资设备部", "2026-01-05 18:00"),
        ("落实农民工工资支付工作", "刘海涛", "2026-01-20 18:00")]


@case
def c321():
    """Outlook for iOS, HTML only: '同意' above divRplyFwdMsg and the quoted recap."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr"><div>同意</div><div><br></div><div id="ms-outlook-mobile-signature"><div>获取 '
            '<a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div></div>'
            '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>发件人:</b> 纪要助手 '
            '&lt;minutes@jhjg.example.cn&gt;<br><b>发送时间:</b> Friday, December 26, 2025 4:33:02 PM<br><b>收件人:</b> '
            '赵国庆 &lt;zhaoguoqing@jhjg.example.cn&gt;<br><b>主题:</b> Re: 京华建工集团会议纪要〔2025〕第48期</font>'
            '<div>&nbsp;</div></div><div><pre>' + esc(recap_zh("元旦春节期间安全生产专题会议", R301)) + "</pre></div></body></html>\n")
    body = leaf("text/html", html, "utf-8", "base64")
    raw = message(headers(who("赵国庆"), [BOTS["jhjg"]], "回复: 京华建工集团会议纪要〔2025〕第48期", "2025-12-26 17:02:00 +0800",
                          "<TY0PR06MB5432F1E2D3C4B5A6@TY0PR06MB5432.apcprd06.prod.outlook.com>",
                          extra=[("In-Reply-To", "<minutebot.1a2b3c4d5e6f@jhjg.example.cn>"),
                                 ("References", "<minutebot.1a2b3c4d5e6f@jhjg.example.cn>"),
                                 ("X-Mailer", "Outlook for iOS")]), body)
    notes = "Outlook for iOS, single-part HTML: the new text is '同意' -> confirm, no item numbers; the quoted recap is below divRplyFwdMsg."
    return "321-reply-agree-outlook-ios-html", raw, gold("reply", notes, reply=rep("confirm", []))


R303 = [("直播排期表定稿", "林晓", "2025-12-03 18:00"), ("搭建大促实时数据看板", "周杰", "2025-12-02 18:00"),
        ("客服话术更新+全员培训", "吴倩", "2025-12-05 18:00"), ("爆款备货到仓确认", "（未指定）", "（未定）"),
        ("确认赠品库存", "郑凯文", "2025-11-28 18:00")]


@case
def c322():
    """QQ-style reply: '第二项我这边已经搞定了' (colloquial done, Chinese numeral) above an English-UI QQ quote."""
    new = "第二项我这边已经搞定了，看板链接已经发群里了👍\n"
    quote = ("\n\n------------------ Original ------------------\nFrom: \"纪要助手\"<minutes@qinghe.example.com>;\n"
             "Date: Fri, Nov 28, 2025 06:21 PM\nTo: \"周杰\"<zhoujie@qinghe.example.com>;\nSubject: Re: 双12大促作战会-会议纪要\n\n"
             + recap_zh("双12大促作战会", R303) + "\n")
    body = leaf("text/plain", new + quote, "utf-8", "base64")
    raw = message(headers(who("周杰"), [BOTS["qinghe"]], "回复：Re: 双12大促作战会-会议纪要", "2025-12-01 11:20:00 +0800",
                          "<tencent_1F2E3D4C5B6A79880716253A@qq.com>",
                          extra=[("In-Reply-To", "<minutebot.2b3c4d5e6f7a@qinghe.example.com>"),
                                 ("References", "<minutebot.2b3c4d5e6f7a@qinghe.example.com>"),
                                 ("X-Mailer", "QQMail 2.x")]), body)
    notes = ("QQ mail reply, 2025-12-01: '第二项…已经搞定了' is colloquial for done -> done [2] (第二项 = item 2). "
             "The quote sits under QQ's English '------------------ Original ------------------' header.")
    return "322-reply-done-colloquial-qq", raw, gold("reply", notes, reply=rep("done", [2]))


R307 = [("rerun the ablation with 3 seeds", "王安琪", "2025-10-13 18:00"), ("clean up the data loader and push to main", "李博", "2025-10-15 18:00"),
        ("Camera-ready checklist", "张一帆", "2025-10-17 18:00"), ("send the poster draft to Prof. Xu", "王安琪", "2025-10-11 18:00"),
        ("Reply to the reviewers", "许文博", "(no date)")]


@case
def c323():
    """Gmail English: '#3 will slip to next Wed' (an extension in other words) above 'On … wrote:' and '>' lines."""
    sent = D(2025, 10, 14)                     # Tuesday
    new = ("#3 will slip to next Wed - two of the figures need the new seeds from Alice first.\n\nYifan\n")
    quote = ("\nOn Thu, Oct 9, 2025 at 9:41 PM minutebot <minutes@vlab.example.edu.cn> wrote:\n\n"
             + recap_en("Group meeting notes - Oct 9", R307, quote="> ") + "\n")
    body = multi("alternative", [leaf("text/plain", new + quote, "UTF-8", "quoted-printable"),
                                 leaf("text/html", '<div dir="ltr">' + esc(new).replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">"
                                      + "<blockquote class=\"gmail_quote\"><pre>" + esc(recap_en("Group meeting notes - Oct 9", R307))
                                      + "</pre></blockquote></div>\n", "UTF-8", "quoted-printable")], "000000000000f1e2d3063fa0b1c2")
    raw = message(headers(("Yifan Zhang", PEOPLE["张一帆"][1]), [BOTS["vlab"]], "Re: Group meeting notes - Oct 9",
                          "2025-10-14 10:05:00 +0800", "<CAHk3f9r1Lm2Nn3Oo4Pp5Qq6Rr7Ss8Tt9Uu0Vv@mail.gmail.com>",
                          extra=[("In-Reply-To", "<minutebot.3c4d5e6f7a8b@vlab.example.edu.cn>"),
                                 ("References", "<minutebot.3c4d5e6f7a8b@vlab.example.edu.cn>")]), body)
    notes = ("Gmail reply on Tue 2025-10-14: '#3 will slip to next Wed' asks to move item 3 -> extend [3]; next Wed = the "
             "Wednesday of the following week = 2025-10-22 (corpus convention for next X).")
    return "323-reply-en-slip-next-wed-gmail", raw, gold(
        "reply", notes, reply=rep("extend", [3], new_due=expect("next Wed", next_weekday(sent, 2), "2025-10-22")))


R311 = [("完善大病快赔线上理赔流程", "王磊", "2025-11-21 18:00"), ("更新电话回访话术及质检标准", "冯雅婷", "2025-11-25 18:00"),
        ("评估核心理赔系统国产化改造方案", "黄志强", "2025-12-05 18:00"), ("整理Q4赔付率分析", "（未指定）", "（未定）")]


@case
def c324():
    """WeCom reply '第2项进度大概一半' (progress in words, no percent sign) above a 原始邮件 quote."""
    new = "何部长好，第2项进度大概一半，话术初稿已完成，质检标准这周内出。\n\n冯雅婷\n"
    quote = ("\n-----原始邮件-----\n发件人：纪要助手 <minutes@taihe.example.com.cn>\n发送时间：2025年11月17日 17:41\n"
             "收件人：冯雅婷 <fengyating@taihe.example.com.cn>\n主题：Re: 理赔条线周会纪要（11.17）\n\n"
             + recap_zh("理赔条线周会纪要（11.17）", R311) + "\n")
    body = leaf("text/plain", new + quote, "utf-8", "quoted-printable")
    raw = message(headers(who("冯雅婷"), [BOTS["taihe"]], "回复: 理赔条线周会纪要（11.17）", "2025-11-20 10:10:00 +0800",
                          "<tencent_7A6B5C4D3E2F1A0B9C8D7E6F@qq.com>", cc=[who("何丽")],
                          extra=[("In-Reply-To", "<minutebot.4d5e6f7a8b9c@taihe.example.com.cn>"),
                                 ("References", "<minutebot.4d5e6f7a8b9c@taihe.example.com.cn>"), ("X-Mailer", "WeCom Mail")]), body)
    notes = ("WeCom reply, 2025-11-20: '第2项进度大概一半' is a progress report on item 2 -> progress [2]. No percentage is "
             "written (一半 = about half): percent is left null in the gold, so 50 or null both pass. '这周内出' is a plan.")
    return "324-reply-progress-half-wecom", raw, gold("reply", notes, reply=rep("progress", [2]))


@case
def c325():
    """Bottom-posted English reply (Apple Mail): the quote first, then '1 and 3 are done.' below it."""
    new = "1 and 3 are done. The poster still needs Alice's new plot.\n\nWenbo\n"
    quote = ("On Oct 9, 2025, at 21:41, minutebot <minutes@vlab.example.edu.cn> wrote:\n\n"
             + recap_en("Group meeting notes - Oct 9", R307, quote="> ") + "\n\n")
    body = leaf("text/plain", quote + new, "us-ascii" if (quote + new).isascii() else "utf-8", "7bit" if (quote + new).isascii() else "quoted-printable")
    raw = message(headers(("Wenbo Xu", PEOPLE["许文博"][1]), [BOTS["vlab"]], "Re: Group meeting notes - Oct 9",
                          "2025-10-15 08:12:00 +0800", "<6E1F2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B@vlab.example.edu.cn>",
                          extra=[("In-Reply-To", "<minutebot.3c4d5e6f7a8b@vlab.example.edu.cn>"),
                                 ("References", "<minutebot.3c4d5e6f7a8b@vlab.example.edu.cn>"),
                                 ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]), body)
    notes = ("Apple Mail, bottom-posted: the new text comes after the '>' quote. '1 and 3 are done' -> done [1, 3] (bare "
             "numbers joined by 'and' before 'are done' are item numbers); the poster sentence is a remark.")
    return "325-reply-en-bottom-posted-one-and-three-done", raw, gold("reply", notes, reply=rep("done", [1, 3]))


R302 = [("完成二次结构材料进场验收", "马建华", "2026-02-13 18:00"), ("组织节前农民工返乡安全教育", "孙立新", "2026-02-14 18:00"),
        ("报送节后复工计划及劳务用工需求", "刘海涛", "2026-02-13 18:00"), ("落实春节期间工地看护人员", "（未指定）", "（未定）")]


@case
def c326():
    """Thunderbird bottom-posted Chinese reply: '>' quote first, then '第3项已报送…' (done in a domain word)."""
    new = "第3项已报送，复工计划和用工需求表见附件，请查收。\n\n刘海涛\n"
    quote = ("在 2026/2/10 17:06, 纪要助手 写道:\n" + recap_zh("第一项目部第6周生产例会纪要", R302, quote="> ") + "\n\n")
    body = leaf("text/plain", quote + new, "UTF-8", "8bit", params="; format=flowed")
    raw = message(headers(who("刘海涛"), [BOTS["jhjg"]], "Re: 第一项目部第6周生产例会纪要", "2026-02-12 16:40:00 +0800",
                          "<8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d@jhjg.example.cn>",
                          extra=[("In-Reply-To", "<minutebot.5e6f7a8b9c0d@jhjg.example.cn>"),
                                 ("References", "<minutebot.5e6f7a8b9c0d@jhjg.example.cn>"),
                                 ("User-Agent", "Mozilla Thunderbird")]), body)
    notes = ("Thunderbird bottom-posted reply on 2026-02-12: '第3项已报送' — the item was a 报送 (submit) task and it "
             "has been submitted -> done [3].")
    return "326-reply-bottom-posted-submitted-thunderbird", raw, gold("reply", notes, reply=rep("done", [3]))


R305 = [("更换冲压模具刃口", "黃俊傑", "2025-05-09 18:00"), ("IQC抽检水准调整为AQL 0.65", "沈晓燕", "2025-04-30 18:00"),
        ("改用加强型五层纸箱", "黃俊傑", "2025-05-15 18:00"), ("提交8D报告给客户", "顾建平", "2025-04-30 18:00")]


@case
def c327():
    """Outlook for Android, HTML only, English: 'Item 3 needs to move to 5/20' (extension without 'extend')."""
    new = "Item 3 needs to move to 5/20 - the reinforced cartons come from a new vendor and their first lot ships 5/16."
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<div dir="auto">{esc(new)}</div><div dir="auto"><br></div><div dir="auto">Jimmy</div><br>'
            '<div id="ms-outlook-mobile-signature">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div>'
            '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
            'style="font-size:11pt"><b>From:</b> 纪要助手 &lt;minutes@jingyue.example.cn&gt;<br><b>Sent:</b> Thursday, April 24, '
            '2025 5:13:40 PM<br><b>To:</b> 黃俊傑 &lt;jj.huang@hongtai.example.com.tw&gt;<br><b>Subject:</b> Re: Supplier Quality '
            'Meeting</font></div><div><pre>' + esc(recap_zh("Supplier Quality Meeting 供应商质量会议纪要", R305)) + "</pre></div></body></html>\n")
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    raw = message(headers(who("黃俊傑"), [BOTS["jingyue"]], "RE: Supplier Quality Meeting 供应商质量会议纪要 - 鸿泰 04/24",
                          "2025-05-06 09:25:00 +0800", "<TYZPR03MB7788A1B2C3D4E5F6@TYZPR03MB7788.apcprd03.prod.outlook.com>",
                          cc=[who("顾建平")], extra=[("In-Reply-To", "<minutebot.6f7a8b9c0d1e@jingyue.example.cn>"),
                                                     ("References", "<minutebot.6f7a8b9c0d1e@jingyue.example.cn>")]), body)
    notes = ("Outlook for Android, HTML only, sent 2025-05-06: 'Item 3 needs to move to 5/20' asks for a new date -> "
             "extend [3], new due 2025-05-20; '5/16' is a detail of the reason.")
    return "327-reply-en-move-to-date-outlook-android-html", raw, gold("reply", notes, reply=rep("extend", [3], new_due="2025-05-20"))


R306 = [("提供模具修改前後對比照片及尺寸報告", "黃俊傑", "2025-05-09 18:00"), ("完成庫存品出貨前全檢", "張雅婷", "2025-05-12 18:00"),
        ("確認新包材規格", "顾建平", "2025-05-12 18:00"), ("共同確認6月份出貨計劃", "（未指定）", "（未定）")]


@case
def c328():
    """Traditional reply from a zh-TW Outlook '第二項有異議：…' with a reason naming a date, quoted under 寄件者/寄件日期;
    the body falls back to UTF-8 because the quoted recap is Simplified."""
    new = "第二項有異議：全檢需增加3名人力，5月12日前無法完成，建議改為加嚴抽檢，請顧經理確認。\n\n黃俊傑\n"
    quote = ("\n寄件者: 紀要助手 <minutes@jingyue.example.cn>\n寄件日期: 2025年5月7日 18:03\n收件者: 黃俊傑 <jj.huang@hongtai.example.com.tw>\n"
             "主旨: Re: 會議記錄：毛刺及包裝改善對策（5/7）\n\n" + recap_zh("會議記錄：毛刺及包裝改善對策（5/7）", R306) + "\n")
    body = leaf("text/plain", new + quote, "utf-8", "base64")     # the Simplified recap does not fit big5
    raw = message(headers(who("黃俊傑"), [BOTS["jingyue"]], "回覆: 會議記錄：毛刺及包裝改善對策（5/7）", "2025-05-08 10:30:00 +0800",
                          "<000a01dbbfe1$2b3c4d50$81b6e7f0$@hongtai.example.com.tw>", cc=[who("顾建平")], label="big5",
                          extra=[("In-Reply-To", "<minutebot.7a8b9c0d1e2f@jingyue.example.cn>"),
                                 ("References", "<minutebot.7a8b9c0d1e2f@jingyue.example.cn>"),
                                 ("X-Mailer", "Microsoft Outlook 16.0")]), body, crlf=True)
    notes = ("zh-TW Outlook reply (big5 headers, UTF-8 body) on 2025-05-08: '第二項有異議：…' -> object [2]; the reason names 5月12日前 (the current due), "
             "which is no extension request.")
    return "328-reply-object-big5-second-item", raw, gold("reply", notes, reply=rep("object", [2]))


# == machine mail and other mail =================================================================================

@case
def c331():
    """QQ mail holiday auto-reply: '自动回复: …' subject with a colon, no Auto-Submitted header, text with dates."""
    text = ("这是来自QQ邮箱的假期自动回复邮件。\n \n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后（10月9日），"
            "尽快给您回复。紧急事项请联系唐浩。\n")
    body = leaf("text/plain", text, "gb18030", "base64")
    raw = message(headers(("蔡明", "1784523690@qq.com"), [BOTS["moonpeak"]], "自动回复: Sprint 23 Review notes",
                          "2025-10-03 10:02:11 +0800", "<tencent_AB12CD34EF56AB78CD90EF12@qq.com>", label="gb18030",
                          extra=[("In-Reply-To", "<minutebot.8b9c0d1e2f3a@moonpeak.example.com>"), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
                                 ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]), body)
    notes = "QQ mail vacation auto-reply: only the '自动回复:' subject and the QQ sentence say a machine wrote it -> auto."
    return "331-auto-qq-vacation-reply", raw, gold("auto", notes)


@case
def c332():
    """Feishu mail bounce in Chinese: plain + HTML from a postmaster address, the original minutes attached as
    message/rfc822 (its items must not be read)."""
    human = ("很抱歉，您发送的邮件未能送达以下收件人：\n\nlinxiao@qinghe-old.example.com\n原因：收件人邮箱不存在 (550 5.1.1 User unknown)\n\n"
             "—— 飞书邮箱系统\n")
    original = message(headers(who("陈宇"), [("林晓", "linxiao@qinghe-old.example.com")], "双12大促作战会-会议纪要",
                               "2025-11-28 18:20:31 +0800", "<c3d4e5f6-1a2b-4c3d-9e8f-0a1b2c3d4e5f.chenyu@qinghe.example.com>"),
                       leaf("text/plain", "【待办】\n1. @林晓 直播排期表定稿，12/3前\n2. @周杰 搭建大促实时数据看板，下周二\n", "UTF-8", "base64"))
    body = multi("mixed", [leaf("text/plain", human, "UTF-8", "base64"),
                           leaf("text/html", "<div>" + esc(human).replace("\n", "<br>") + "</div>", "UTF-8", "base64"),
                           f'Content-Type: message/rfc822\nContent-Disposition: attachment\n\n'.encode() + original],
                 "lark-bounce-5f6a7b8c9d0e")
    raw = message([("Return-Path", "<>"), ("From", addr("飞书邮箱", "postmaster@feishu-mail.example.cn")),
                   ("To", addr(*who("陈宇"))), ("Subject", words("退信通知：双12大促作战会-会议纪要")),
                   ("Date", rfc_date("2025-11-28 18:20:40 +0800")), ("Message-ID", "<bounce-5f6a7b8c9d0e@feishu-mail.example.cn>"),
                   ("MIME-Version", "1.0")], body)
    notes = ("A Feishu bounce (退信通知) from a postmaster address with a null Return-Path and no multipart/report: the "
             "attached original minutes hold items, yet a machine wrote this -> auto, no items.")
    return "332-auto-feishu-bounce-chinese", raw, gold("auto", notes)


@case
def c333():
    """Insurance-industry newsletter: Precedence: bulk, List-Unsubscribe, body with ①② requests and dates."""
    blocks = [("b", "保险业监管动态周报（2025年第46期）"), "",
              "①  监管部门要求各保险公司于11月30日前完成消费者权益保护自评估报送。",
              "②  重点提示：理赔时效考核新规自2026年1月1日起施行，请相关部门提前做好系统改造。",
              "③  行业会议：12月5日（周五）在上海召开2025保险科技峰会。", "", "退订请点击页面底部链接。"]
    html = outlook_html(blocks, "utf-8")
    body = multi("alternative", [leaf("text/plain", plain_of(blocks), "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "=_newsletter_b1c2d3e4")
    raw = message([("From", addr("保险观察", "news@insure-weekly.example.com")), ("To", "wanglei@taihe.example.com.cn"),
                   ("Subject", words("保险业监管动态周报（2025年第46期）")), ("Date", rfc_date("2025-11-14 08:00:00 +0800")),
                   ("Message-ID", "<nl-46-2025.wanglei@insure-weekly.example.com>"), ("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://insure-weekly.example.com/u?id=8812>, <mailto:unsub@insure-weekly.example.com>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("MIME-Version", "1.0")], body)
    notes = "Bulk newsletter (Precedence: bulk, List-Unsubscribe) whose ①②③ lines carry requests and dates -> auto."
    return "333-auto-insurance-newsletter-bulk", raw, gold("auto", notes)


@case
def c341():
    """A meeting invitation written by a person (Outlook HTML, no text/calendar): 会议邀请, 议程, 请于…前确认参会."""
    blocks = ["各位：", "", "定于2026年1月8日（周四）上午9:30在集团本部3层第一会议室召开2026年度经营计划启动会，请准时参加。", "",
              ("b", "会议议程"), "1. 2025年度经营情况通报（工程管理部）", "2. 2026年度经营目标分解（赵国庆）", "3. 各项目部表态发言", "",
              "请各部门于1月6日前回复参会人员名单，谢谢！", "", "综合办公室 王静"]
    body = multi("alternative", [leaf("text/plain", plain_of(blocks), "gb2312", "base64"),
                                 leaf("text/html", outlook_html(blocks, "gb2312"), "gb2312", "base64")],
                 "----=_NextPart_000_0061_01DC7F01.2B3C4D50")
    raw = message(headers(who("王静"), [who(n) for n in ("赵国庆", "孙立新", "马建华", "刘海涛")], "会议邀请：2026年度经营计划启动会",
                          "2025-12-31 10:15:00 +0800", "<006101dc7f01$2b3c4d50$8192a3b4$@jhjg.example.cn>", cc=[BOTS["jhjg"]],
                          label="gb2312", extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body, crlf=True)
    notes = "A person's meeting invitation (agenda and a request to reply by 1月6日): no minutes -> other, no items."
    return "341-other-meeting-invitation-soe", raw, gold("other", notes)


@case
def c342():
    """A thank-you note after the sale with a request and a date in it: other, not minutes."""
    text = ("各位小伙伴：\n\n双12圆满收官🎉 全店GMV 3126万，超额完成目标！感谢大家这两周的连续作战，特别是直播和客服的同学，"
            "凌晨两点还在线上。\n\n下周三晚上部门聚餐，请大家12月19日前在群里接龙报名。\n\n再次感谢！\n陈宇\n")
    body = leaf("text/plain", text, "UTF-8", "base64")
    raw = message(headers(who("陈宇"), [("直播运营部全员", "live@qinghe.example.com")], "感谢大家！双12战报",
                          "2025-12-15 10:00:00 +0800", "<d4e5f6a7-2b3c-4d5e-8f9a-1b2c3d4e5f6a.chenyu@qinghe.example.com>",
                          cc=[BOTS["qinghe"]], label="UTF-8", extra=[("X-Mailer", "Alimail-Mailagent revision 2")]), body)
    notes = "A thank-you note (results, thanks, a dinner sign-up by 12月19日): no meeting minutes -> other, no items."
    return "342-other-thank-you-note", raw, gold("other", notes)


if __name__ == "__main__":
    sys.exit(write_cases(HERE, CASES, sys.argv, count_kinds=True))
