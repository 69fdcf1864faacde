"""Cases 10324-10330: 孝感澴川米酒食品有限公司 (rice wine, Xiaogan, Hubei); 10330 is a Soča out-of-office."""
from clients75 import env
from lib75 import HC, SOCA, I, F, VAGUE, email_of
from mime75 import leaf, multi, message, ts, hx, flowed, esc
from styles75 import div_html, lines_div, excel_table

BOT = ("纪要助手", f"minutes@{HC}")
DENG = ("邓凯", "dengkai@xianda-cq.example.cn")   # 重庆两江鲜达商贸有限公司 (distributor)


def P(*names):
    return [(n, email_of(n)) for n in names]


def feishu_html(lines):
    body = "".join(f"<div style=\"margin:0;\">{esc(x) if x else '<br>'}</div>" for x in lines)
    return ("<html><head><meta charset=\"utf-8\"></head><body><div class=\"lark-mail-body\" style=\"font-family:"
            "-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;font-size:14px;line-height:1.6;color:#1f2329;\">"
            f"{body}</div></body></html>")


# ------------------------------------------------------------------------------------------------ 10324
T10324 = """各位：
今天经营例会的飞书智能纪要如下，待办已核对，请各负责人确认。
下次例会：下周三同一时间。

【飞书妙记 · 智能纪要】
会议：4月经营例会
时间：2026年4月21日 14:00 - 15:10
参与人：涂国平、熊慧、胡俊、程敏、万晓东、汪静、彭亮、付晓雨

总结
· 一季度米酒销售额同比增长14%，其中电商渠道占比提升至38%。
· 五一期间孝感本地商超促销已确认，需提前备货。
· 品控部反馈3月两批次酒酿甜度偏高，原因是发酵温度控制不稳。

智能章节
1. 一季度经营数据回顾（00:00）
2. 五一促销与备货（18:32）
3. 品质问题复盘（39:10）

待办
□ 胡俊：五一备货，桂花米酒增产8000箱，4月28日前入库
□ 程敏：发酵间温控记录改为每2小时一次，本周内落实
□ 万晓东：确定商超堆头物料，4月24日（周五）前
□ 彭亮：与物流商确认五一期间发货安排（节前最后一天的发货时间）
□ 汪静：糯米采购价格趋势分析，时间待定

付晓雨 | 总经办
"""


def b10324(c):
    H, _ = env("feishu", P("付晓雨")[0], P("胡俊", "程敏", "万晓东", "彭亮", "汪静", "熊慧"), "4月经营例会纪要（飞书智能纪要）",
               c["date"], "10324", cc=P("涂国平") + [BOT])
    b = f"{hx('10324', 28)}"
    node = multi("alternative", [leaf("text/plain", T10324, "UTF-8", "quoted-printable"),
                                 leaf("text/html", feishu_html(T10324.split("\n")), "UTF-8", "quoted-printable")], b)
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10325
XL = [
    ["序号", "事项", "负责人", "配合", "截止", "备注"],
    ["1", "天猫/抖音店铺活动报名及价格备案", "周雅琪", "熊慧", "5月28日", "平台要求"],
    ["2", "礼盒装米酒（6瓶装）生产2万盒", "胡俊", "邹建平", "5个工作日内", ""],
    ["3", "新包装箱到货验收", "程敏", "汪静", "月底", ""],
    ["4", "菜鸟仓入仓预约", "彭亮", "", "6月5日", "需提前3天预约"],
    ["5", "达人直播样品寄送", "周雅琪", "", "已完成", "5/22已寄出"],
    ["6", "大促期间客服排班", "熊慧", "", "待定", "看平台规则"],
]


def b10325(c):
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "<div style=\"font-size:14px;font-family:微软雅黑;\"><div>各位，今天下午618备货协调会的分工表（从Excel里贴过来的），"
            "请对一下自己的部分，有问题今天回我。</div><div><br></div>" + excel_table(XL) +
            "<div><br></div><div>下次碰头：6月1日（周一）下午5点，3楼会议室。</div><div><br></div>"
            "<div>熊慧</div><div>电商部</div></div></body></html>")
    H, _ = env("dingtalk", P("熊慧")[0], P("周雅琪", "胡俊", "程敏", "彭亮", "邹建平", "汪静"), "618大促备货协调会纪要",
               c["date"], "10325", cc=P("涂国平") + [BOT])
    return message(H, leaf("text/html", html, "UTF-8", "base64"))


# ------------------------------------------------------------------------------------------------ 10326
T10326 = """各位，
下午和重庆鲜达邓总的季度沟通会，腾讯会议自动生成的智能纪要贴在下面。待办里有邓总那边的两项，也抄送他了。

腾讯会议 · 智能纪要
会议主题：重庆渠道季度沟通会
会议时间：2026/07/16 14:30-15:40 (GMT+08:00)
参会人：万晓东、熊慧、彭亮、邓凯

会议概要
本次会议回顾了二季度重庆渠道出货情况（累计出货1.2万箱，完成率92%），讨论了夏季冰镇米酒推广方案和物流时效问题。双方同意在8月启动重庆商超冰镇米酒试饮活动。

待办事项
1. 邓凯：提供重庆主城区30家重点商超名单及陈列费报价 —— 7月24日前
2. 万晓东：出具冰镇米酒试饮活动方案及物料清单 —— 下周三前
3. 彭亮：评估孝感至重庆冷链专线时效，给出改进方案 —— 7月底
4. 邓凯：反馈二季度破损箱数明细 —— 尽快
5. 熊慧：重庆区域电商店铺上架冰镇米酒组合装 —— 8月10日前

精彩片段
· “冰镇之后的口感比常温好很多，年轻人会喜欢。”——邓凯（12:05）

以上内容由AI生成，仅供参考

万晓东
市场部
"""


def b10326(c):
    H, _ = env("qqmail", P("万晓东")[0], P("熊慧", "彭亮"), "腾讯会议智能纪要：重庆渠道季度沟通会", c["date"], "10326",
               cc=[DENG] + P("涂国平") + [BOT], cs="utf-8")
    html = div_html(lines_div(T10326.split("\n")), font="-apple-system,微软雅黑", size="14px", meta_cs="utf-8")
    node = multi("alternative", [leaf("text/plain", T10326, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 f"----=_NextPart_{hx('10326', 8, True)}_{hx('10326b', 8, True)}_{hx('10326c', 8, True)}")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10327
T10327 = """各位好：

今天品控周会的纪要如下。

一、上周问题回顾
- 6/24 灌装线2号机封口不严，已更换封口模具，复检合格。

二、待办
1. 酒酿糖度检测频次由每批2次提高到4次，生产部邹主任落实（截止：7月3日（周五）下班前）
2. 外购糯米农残检测报告补齐，汪静负责（截止：7月10日前（含第三方报告））
3. 品控部内部完成HACCP计划年度评审，我牵头，时间尽快
4. 新到的糖度计送计量所校准，责任人待定，7月15日前
5. 胡厂长：灌装车间更衣室紫外灯更换（截止：待定）

下次周会：7月6日（周一）下午4点。

-- 
程敏 Cheng Min
品控部 | 孝感澴川米酒食品有限公司
"""


def b10327(c):
    H, _ = env("thunderbird", P("程敏")[0], P("邹建平", "汪静", "胡俊"), "品控周会纪要（6/29）", c["date"], "10327",
               cc=P("涂国平") + [BOT])
    return message(H, leaf("text/plain", flowed(T10327), "UTF-8", "8bit", params="; format=flowed", quote_cs=False))


# ------------------------------------------------------------------------------------------------ 10328
T10328 = """涂总、各位：
今天在重庆拜访了鲜达商贸邓总，沟通纪要如下：

1. 鲜达二季度首批订单3000箱已确认，打款后发货。
2. 需要我们做的：
  ①出具鲜达专供装（12瓶）报价单——万晓东，下周一
  ②首批3000箱的发货排期——彭亮，2个工作日内给出
  ③重庆仓临期品（保质期剩余3个月以内）调回处理方案——程敏，5月15日前
3. 需要鲜达做的：
  ①提供重庆区域6月促销档期表——邓总，5月13日前
  ②提供陈列费发票——邓总，待定
4. 以后双方每月对一次账，具体由财务对接。

下次见面：6月中旬邓总来孝感考察工厂，具体时间再约。

万晓东

发自网易邮箱大师
"""


def b10328(c):
    H, _ = env("mailmaster", P("万晓东")[0], P("涂国平", "彭亮", "程敏"), "重庆鲜达商贸拜访沟通纪要（5月9日）", c["date"],
               "10328", cc=[DENG, BOT], cs="UTF-8")
    html = div_html(lines_div(T10328.split("\n")), font="微软雅黑", size="14px")
    node = multi("alternative", [leaf("text/plain", T10328, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 f"----=_Part_{int(hx('10328', 6), 16)}_{int(hx('10328b', 8), 16)}.1778328933561")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10329
T10329 = """万经理：

供应商说潘通色号7621C可以做，周五前出第二版打样。我这边下周一拿到样盒后，给您和程主管一起看实物。

汪静


------------------ 原始邮件 ------------------
发件人: "万晓东"<wanxiaodong@hcmijiu.example.cn>;
发送时间: 2026年8月4日(星期二) 下午4:12
收件人: "汪静"<wangjing@hcmijiu.example.cn>;
抄送: "程敏"<chengmin@hcmijiu.example.cn>; "纪要助手"<minutes@hcmijiu.example.cn>;
主题: 桂花米酒新包装盒打样颜色

小汪，第一版打样的红色偏暗，跟设计稿差太多，麻烦让供应商按设计稿的色号重新打一版，尽快。
"""


def b10329(c):
    old = "<tencent_7A21C4E0B9D0F3A6C1E52B8D49F0A7C3E6D8@qq.com>"
    H, _ = env("wecom", P("汪静")[0], P("万晓东"), "回复：桂花米酒新包装盒打样颜色", c["date"], "10329",
               cc=P("程敏") + [BOT], irt=old, refs=[old])
    html = div_html(lines_div(T10329.split("\n")), size="14px")
    node = multi("alternative", [leaf("text/plain", T10329, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 f"----=_NextPart_{hx('10329', 8, True)}_{hx('10329b', 8, True)}_{hx('10329c', 8, True)}")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10330
T10330 = """Thank you for your message.

I am on annual leave from 14 to 28 August with limited access to email. For urgent production matters please contact Helen Wang (helen.wang@socaoutdoor-rz.example.cn); for anything else Simon Zhang. I will reply after I am back on 31 August.

Best regards,
Matej Kovac
"""


def b10330(c):
    tok = f"minutes+r{hx('10313recap', 14)}@{SOCA}"
    recap = f"<w.20260814170000.{hx('10330d', 10)}@{SOCA}>"
    frm = ("Matej Kovač", email_of("Matej Kovač"))
    H, _ = env("m365", frm, [("Minutes Bot", tok)], "Automatic reply: [Weekly report] Action items, week of 10 Aug",
               c["date"], "10330", irt=recap, refs=[recap], rcpt=tok,
               extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                      f"X-MS-Exchange-Inbox-Rules-Loop: {email_of('Matej Kovač')}",
                      "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"])
    from cases_b import m365_node
    return message(H, m365_node(T10330, "10330"))


CASES = [
    dict(num=10324, slug="hc-feishu-ai-minutes-next-wed-same-time", kind="minutes", date=ts("2026-04-21 16:02:11"),
         build=b10324, probes=["4月28日前入库", "本周内落实", "4月24日（周五）前", "节前最后一天", "时间待定", "下周三同一时间"],
         items=[I("胡俊", "五一备货，桂花米酒增产8000箱入库", "2026-04-28", ("md", 4, 28)),
                I("程敏", "发酵间温控记录改为每2小时一次", "2026-04-26", ("week_end",)),
                I("万晓东", "确定商超堆头物料", "2026-04-24", ("md", 4, 24)),
                I("彭亮", "与物流商确认五一期间发货安排", None, None),
                I("汪静", "糯米采购价格趋势分析", None, VAGUE)],
         followup=F("2026-04-29", "14:00", ("next", 2)),
         notes="Feishu mail (UTF-8 QP) pasting a 飞书妙记 智能纪要; only the 待办 (□ lines) count, not 总结 / 智能章节. Sent Tue "
               "2026-04-21. '4月28日前入库' -> 2026-04-28. AMBIGUOUS: '本周内' is resolved by date-phrases.tsv policy to the "
               "calendar-week end, Sun 2026-04-26 (a business reader might say Fri 04-24). '节前最后一天的发货时间' in item 4 is "
               "what to confirm, not its deadline -> no_due. '时间待定' -> vague_due. '下次例会：下周三同一时间' (meeting "
               "14:00) -> 2026-04-29 14:00, before the May Day holiday.",
         tests="Feishu mail with pasted 飞书妙记 智能纪要 (only 待办); 本周内 (AMBIGUOUS); 节前 inside a task; next meeting '下周三同一时间'"),
    dict(num=10325, slug="hc-dingtalk-excel-paste-html-only", kind="minutes", date=ts("2026-05-25 18:20:44"),
         build=b10325, probes=["5个工作日内", "月底", "已完成", "待定", "6月1日（周一）下午5点"],
         items=[I("周雅琪", "天猫/抖音店铺活动报名及价格备案", "2026-05-28", ("md", 5, 28)),
                I("胡俊", "礼盒装米酒（6瓶装）生产2万盒", "2026-06-01", ("workdays", 5)),
                I("程敏", "新包装箱到货验收", "2026-05-31", ("month_end",)),
                I("彭亮", "菜鸟仓入仓预约", "2026-06-05", ("md", 6, 5)),
                I("熊慧", "大促期间客服排班", None, VAGUE)],
         followup=F("2026-06-01", "17:00", ("md", 6, 1)),
         notes="DingTalk mail, single text/html part with a range pasted from Excel (mso classes, x:num). Sent Mon 2026-05-25. "
               "负责人 column owns each row; 配合 names (熊慧, 邹建平, 汪静) only support. '5个工作日内' -> 05-26..29 + Mon 06-01 -> "
               "2026-06-01. '月底' -> 2026-05-31. Row 5 '已完成' is status, not an item. Row 6 '待定' -> vague_due. 下次碰头 "
               "6月1日（周一）下午5点 -> 2026-06-01 17:00.",
         tests="DingTalk HTML-only Excel paste (负责人/配合 columns); 5个工作日内; 月底; 已完成 row; 待定"),
    dict(num=10326, slug="hc-tencent-meeting-ai-external-owner-qqmail", kind="minutes", date=ts("2026-07-16 17:45:09"),
         build=b10326, probes=["7月24日前", "下周三前", "7月底", "尽快", "8月10日前"],
         items=[I("邓凯", "提供重庆主城区30家重点商超名单及陈列费报价", "2026-07-24", ("md", 7, 24), email=DENG[1]),
                I("万晓东", "出具冰镇米酒试饮活动方案及物料清单", "2026-07-22", ("next", 2)),
                I("彭亮", "评估孝感至重庆冷链专线时效，给出改进方案", "2026-07-31", ("month_end",)),
                I("邓凯", "反馈二季度破损箱数明细", None, VAGUE, email=DENG[1]),
                I("熊慧", "重庆区域电商店铺上架冰镇米酒组合装", "2026-08-10", ("md", 8, 10))],
         notes="QQ Mail (UTF-8) with a pasted 腾讯会议 智能纪要: only 待办事项 count; 会议概要 ('双方同意在8月启动…试饮活动') and "
               "精彩片段 are not items. Sent Thu 2026-07-16. 邓凯 is the distributor (Cc, not in the roster) -> his address from "
               "Cc, department null. '下周三前' -> 2026-07-22. '7月底' -> 2026-07-31. '尽快' -> vague_due.",
         tests="QQ Mail with pasted 腾讯会议 智能纪要 (only 待办); external owner from Cc; 下周三前; 7月底; 尽快"),
    dict(num=10327, slug="hc-thunderbird-flowed-nested-brackets", kind="minutes", date=ts("2026-06-29 17:10:26"),
         build=b10327, probes=["（截止：7月3日（周五）下班前）", "（截止：7月10日前（含第三方报告））", "时间尽快", "责任人待定", "（截止：待定）"],
         items=[I("邹建平", "酒酿糖度检测频次由每批2次提高到4次", "2026-07-03", ("md", 7, 3)),
                I("汪静", "外购糯米农残检测报告补齐", "2026-07-10", ("md", 7, 10)),
                I("程敏", "品控部内部完成HACCP计划年度评审", None, VAGUE),
                I(None, "新到的糖度计送计量所校准", "2026-07-15", ("md", 7, 15)),
                I("胡俊", "灌装车间更衣室紫外灯更换", None, VAGUE)],
         followup=F("2026-07-06", "16:00", ("md", 7, 6)),
         notes="Thunderbird text/plain format=flowed, 8bit UTF-8, sent Mon 2026-06-29. Deadlines sit in nested brackets: "
               "'（截止：7月3日（周五）下班前）' -> 2026-07-03 without a clock time; '（截止：7月10日前（含第三方报告））' -> "
               "2026-07-10. 邹主任 = 邹建平 and 胡厂长 = 胡俊 (aliases); '我牵头' = the sender 程敏, '时间尽快' -> vague_due. "
               "'责任人待定' -> owner null, no_owner (date 2026-07-15 stays). '（截止：待定）' -> vague_due. The 6/24 line is a "
               "closed issue. 下次周会 7月6日（周一）下午4点 -> 2026-07-06 16:00.",
         tests="Thunderbird format=flowed 8bit; deadlines in nested brackets; 下班前 without time; 责任人待定; 我牵头; 尽快/待定"),
    dict(num=10328, slug="hc-mailmaster-makeup-saturday-distributor", kind="minutes", date=ts("2026-05-09 20:15:33"),
         build=b10328, probes=["下周一", "2个工作日内给出", "5月15日前", "5月13日前", "待定"],
         items=[I("万晓东", "出具鲜达专供装（12瓶）报价单", "2026-05-11", ("next", 0)),
                I("彭亮", "给出首批3000箱的发货排期", "2026-05-12", ("workdays", 2)),
                I("程敏", "重庆仓临期品调回处理方案", "2026-05-15", ("md", 5, 15)),
                I("邓凯", "提供重庆区域6月促销档期表", "2026-05-13", ("md", 5, 13), email=DENG[1]),
                I("邓凯", "提供陈列费发票", None, VAGUE, email=DENG[1])],
         notes="NetEase Mail Master ('发自网易邮箱大师') sent on Sat 2026-05-09, the May Day make-up working day. '下周一' -> "
               "Monday of the next calendar week = 2026-05-11. '2个工作日内' counts from the day after: Sun 05-10 is off, so Mon "
               "05-11 and Tue 05-12 -> 2026-05-12. ①②③ sub-items under 2./3.; '邓总' = 邓凯 (Cc display name, outsider). "
               "'待定' -> vague_due. '以后双方每月对一次账' is an arrangement without a task or owner. '6月中旬…具体时间再约' "
               "-> no follow-up.",
         tests="Mail Master minutes sent on the 05-09 make-up Saturday: 下周一 and 2个工作日内 from it; ①② sub-items; 邓总 via Cc"),
    dict(num=10329, slug="hc-other-re-thread-not-minutes-wecom", kind="other", date=ts("2026-08-05 10:20:51"),
         build=b10329,
         notes="A reply in an ordinary discussion thread (packaging colour) that had the bot in Cc; the quoted original is "
               "not minutes either. It mentions '周五前' and '下周一' but neither message is minutes and no recap is being "
               "answered -> kind other, no items.",
         tests="other: '回复：' in a non-minutes thread (WeCom mail, QQ-style 原始邮件 quote) with the bot in Cc"),
    dict(num=10330, slug="soca-auto-ooo-m365-auto-submitted", kind="auto", date=ts("2026-08-14 09:00:41", 0),
         build=b10330,
         notes="Exchange Online 'Automatic reply:' to the bot's Friday 17:00 weekly report sent to the organizer of 10313 with Auto-Submitted: auto-replied and "
               "X-MS-Exchange-Inbox-Rules-Loop. The leave dates and delegates in the body are not commands. kind auto.",
         tests="auto: M365 English out-of-office with Auto-Submitted: auto-replied"),
]
