"""Organisation C: 东莞臻循网络科技有限公司 (online second-hand luxury platform, Dongguan).
Feishu (飞书) mail; staff also use Apple Mail, iPhone Mail, Thunderbird, Foxmail.
Outsider: 鑑真國際鑑定 (authentication partner, Taipei) writing Traditional Chinese in big5."""
import datetime as dt

import h46clients as C
import h46lib as L
from h46case import Case, I
from h46people import P

BOT = ("纪要机器人", C.BOTS["C"])
CASES = []

# ---------------------------------------------------------------------------
# 7419  飞书 智能纪要 pasted into a Feishu mail, HTML only: only 待办 counts
# ---------------------------------------------------------------------------
h7419 = """<div>各位，飞书妙记自动生成的纪要，我核对过待办了，大家看一下。</div><div><br></div>
<div style="border:1px solid #dee0e3;border-radius:6px;padding:12px;">
<h2 style="font-size:18px;">智能纪要：商品上架流程优化周会 2026年4月8日</h2>
<h3 style="font-size:15px;">总结</h3>
<p>会议讨论了寄卖商品从收货到上架的时效问题。目前平均上架时长为4.6天，目标压缩到3天以内。鉴定环节和拍照环节是主要瓶颈，需要尽快优化排班；技术侧的鉴定报告PDF生成偶发超时，影响上架。</p>
<h3 style="font-size:15px;">章节</h3>
<p><span style="color:#8f959e;">00:00:12</span> 上架时效现状</p>
<p>陈嘉欣介绍了3月份上架数据，收货到鉴定平均1.9天，拍照0.8天。鉴定中心下周起增加一个晚班。</p>
<p><span style="color:#8f959e;">00:14:40</span> 鉴定报告PDF超时</p>
<p>叶俊杰说明超时原因是图片压缩同步执行，计划改成异步处理，4月10日前修复。</p>
<p><span style="color:#8f959e;">00:27:05</span> 定价规则</p>
<p>陈嘉欣提出寄卖定价规则需要按成色分级细化，下周一给出v2版本；罗佩珊补充皮具类拍照标准要同步更新。</p>
<h3 style="font-size:15px;">待办</h3>
<ul style="list-style:none;padding-left:0;">
<li>☐ 修复鉴定报告PDF生成超时问题 <span style="color:#3370ff;">@叶俊杰</span> 4月10日</li>
<li>☐ 输出寄卖商品定价规则v2 <span style="color:#3370ff;">@陈嘉欣</span> 下周一</li>
<li>☐ 确认鉴定SOP中皮具类目的拍照标准 <span style="color:#3370ff;">@罗佩珊</span></li>
<li>☑ 3月上架时效数据复盘 <span style="color:#3370ff;">@黎子健</span></li>
</ul>
<p style="color:#8f959e;font-size:12px;">智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用</p>
</div>
<div><br></div><div>Kelly</div>"""
CASES.append(Case(
    7419, "feishu-ai-minutes-html-only", "minutes", "C", "Feishu mail, HTML only, UTF-8 base64 (飞书妙记 智能纪要 pasted)",
    C.mail("feishu", org="C", num=7419, frm=P("陈嘉欣"),
           to=[P("叶俊杰"), P("罗佩珊"), P("黎子健"), P("钱思远")], cc=[BOT],
           subject="商品上架流程优化周会 智能纪要", date=dt.datetime(2026, 4, 8, 18, 20, 33),
           html=C.html_feishu(h7419), charset="UTF-8", cte="base64", via=("10.12.40.8", "10.12.40.8")),
    items=[
        I("叶俊杰", "修复鉴定报告PDF生成超时问题", ("2026-04-10", None, "abs:2026-04-10")),
        I("陈嘉欣", "输出寄卖商品定价规则v2", ("2026-04-13", None, "nextwk:Mon")),
        I("罗佩珊", "确认鉴定SOP中皮具类目的拍照标准", None, ["no_due"]),
    ],
    nf=None,
    notes=("飞书妙记 AI minutes pasted into an HTML-only Feishu mail, sent Wed 2026-04-08 (the week after Qingming). Only the 待办 "
           "checklist counts: ☐ 叶俊杰 4月10日 -> 04-10; ☐ 陈嘉欣 '下周一' -> 04-13; ☐ 罗佩珊 with no date -> no_due; ☑ 黎子健 is "
           "ticked (done) -> not an item. The 总结 ('需要尽快优化排班') and 章节 paragraphs restate or add things (鉴定中心下周起增加"
           "一个晚班, 4月10日前修复) and are not items. No next meeting."),
    summary="3 items; 04-10, 04-13, no_due; no follow-up",
    tests="AI-generated minutes: only the 待办 section, ticked ☑ item excluded, summary/chapters with dates and 尽快 ignored, HTML only"))

# ---------------------------------------------------------------------------
# 7420  腾讯会议 智能纪要 forwarded from Apple Mail with a preface ('> ' quoted forward)
# ---------------------------------------------------------------------------
tm7420 = """智能纪要
会议主题：臻循 × 鑑真 鉴定合作沟通会
会议时间：2026/04/21 15:00-16:10
参会人：罗佩珊、钱思远、苏嘉敏、林怡君

会议摘要
双方就爱马仕、香奈儿等高价值箱包的联合鉴定合作进行了沟通。林怡君介绍了鑑真在台湾区的鉴定样本积累，表示可以尽快提供比对图库；钱思远提出近期有10件疑难包需要交叉鉴定。双方初步同意按件计费。

章节速览
00:03 合作背景与目标
00:21 疑难包交叉鉴定流程
00:48 合作协议与结算方式

待办事项
1. 林怡君：提供台湾区爱马仕Kelly系列鉴定比对图库，4月30日前
2. 钱思远：完成10件疑难包的交叉鉴定并出具意见，本周五
3. 苏嘉敏：起草合作鉴定服务协议初稿，下周三前
4. 确认双方结算方式（未指定负责人）

以上内容由AI生成，仅供参考"""
pre7420 = """转发给大家，待办以腾讯会议纪要为准。怡君姐，你那边的图库麻烦按时间提供哈～

佩珊
"""
fh7420 = """开始转发的邮件：

发件人: 腾讯会议 <meeting-noreply@tencent.example.com>
主题: 【腾讯会议】智能纪要：臻循 × 鑑真 鉴定合作沟通会
日期: 2026年4月21日 GMT+8 18:02:11
收件人: 罗佩珊 <luopeishan@zhenxun.example.com>

"""
plain7420 = pre7420 + "\n" + "\n".join(("> " + x).rstrip() for x in (fh7420 + tm7420).split("\n")) + "\n"
html7420 = C.html_apple(
    L.html_divs(pre7420) + '<div><br><blockquote type="cite"><div>开始转发的邮件：</div><br>'
    '<div style="margin:0px;"><span style="font-family:-webkit-system-font;color:rgba(0,0,0,1.0);"><b>发件人: </b></span>'
    '<span>腾讯会议 &lt;meeting-noreply@tencent.example.com&gt;<br></span></div>'
    '<div style="margin:0px;"><span><b>主题: </b></span><span><b>【腾讯会议】智能纪要：臻循 × 鑑真 鉴定合作沟通会</b><br></span></div>'
    '<div style="margin:0px;"><span><b>日期: </b></span><span>2026年4月21日 GMT+8 18:02:11<br></span></div>'
    '<div style="margin:0px;"><span><b>收件人: </b></span><span>罗佩珊 &lt;luopeishan@zhenxun.example.com&gt;<br></span></div><br>'
    + L.html_divs(tm7420) + '</blockquote></div>')
CASES.append(Case(
    7420, "tencent-meeting-ai-forward-apple-mail", "minutes", "C", "Apple Mail (macOS) forward, UTF-8 quoted-printable, multipart/alternative, '> ' quoted forward",
    C.mail("apple", org="C", num=7420, frm=P("罗佩珊"), to=[P("钱思远"), P("苏嘉敏")],
           cc=[P("林怡君"), BOT], subject="Fwd: 【腾讯会议】智能纪要：臻循 × 鑑真 鉴定合作沟通会",
           date=dt.datetime(2026, 4, 21, 20, 15, 42), plain=plain7420, html=html7420, charset="utf-8",
           cte="quoted-printable", via=("luopeishan-mbp.lan", "113.87.12.40")),
    items=[
        I("林怡君", "提供台湾区爱马仕Kelly系列鉴定比对图库", ("2026-04-30", None, "abs:2026-04-30")),
        I("钱思远", "完成10件疑难包的交叉鉴定并出具意见", ("2026-04-24", None, "thiswk:Fri")),
        I("苏嘉敏", "起草合作鉴定服务协议初稿", ("2026-04-29", None, "nextwk:Wed")),
        I(None, "确认双方结算方式", None, ["no_owner", "no_due"]),
    ],
    nf=None,
    notes=("Tencent Meeting AI minutes (智能纪要) forwarded by 罗佩珊 from Apple Mail on Tue 2026-04-21 20:15 with a short preface. In the "
           "text/plain part the whole forward is '> '-prefixed (Apple Mail style) but it is the minutes, not an old quote. Only "
           "待办事项 count; 会议摘要 ('尽快提供比对图库', '近期有10件') and 章节速览 do not. 1: 林怡君 is the partner (outsider, in "
           "the roster, also in Cc) -> 04-30. 2: '本周五' -> 04-24. 3: '下周三前' -> 04-29. 4: '（未指定负责人）' and no date -> "
           "[no_owner, no_due]. The preface ('图库麻烦按时间提供') is not an item. No next meeting. AI minutes generated and "
           "forwarded the same day, so relative dates agree."),
    summary="4 items (1 outsider, 1 no owner); 04-30, 04-24, 04-29, no_due; no follow-up",
    tests="AI minutes (腾讯会议) inside a '> '-quoted Apple Mail forward with a preface; only 待办事项 counted"))

# ---------------------------------------------------------------------------
# 7421  plain weekly (Feishu), label 下次周会, before Labour Day
# ---------------------------------------------------------------------------
t7421 = """Hi all，

今天周会纪要如下：

【会议结论】
五一“闲置焕新节”活动5月1日0点上线，持续到5月5日。

【待办事项】
1. 活动海报及站内banner终稿 —— 黄梓晴，4月29日前
2. 优惠券规则配置上线 —— 黎子健，4月30日18:00前
3. 客服节假日排班表 —— 方慧，明天
4. 活动页压测 —— 冼振宇，周三

【下次周会】
5月6日（周三）10:00，3楼大会议室

Sylvia
用户增长部
"""
h7421 = L.html_divs(t7421).replace("<div>【", "<div><b>【").replace("】</div>", "】</b></div>")
CASES.append(Case(
    7421, "growth-weekly-plain-feishu", "minutes", "C", "Feishu mail, UTF-8 base64, multipart/alternative",
    C.mail("feishu", org="C", num=7421, frm=("Sylvia Mo", P("莫晓彤")[1]),
           to=[P("黄梓晴"), P("黎子健"), P("方慧"), P("冼振宇")], cc=[P("邓家豪"), BOT],
           subject="用户增长周会纪要 0427", date=dt.datetime(2026, 4, 27, 11, 40, 16),
           plain=t7421, html=C.html_feishu(h7421), charset="UTF-8", cte="base64", via=("10.12.40.21", "10.12.40.21")),
    items=[
        I("黄梓晴", "活动海报及站内banner终稿", ("2026-04-29", None, "abs:2026-04-29")),
        I("黎子健", "优惠券规则配置上线", ("2026-04-30", "18:00", "abs:2026-04-30 18:00")),
        I("方慧", "客服节假日排班表", ("2026-04-28", None, "tomorrow")),
        I("冼振宇", "活动页压测", ("2026-04-29", None, "wd:Wed")),
    ],
    nf=("2026-05-06", "10:00", "abs:2026-05-06 10:00|after:Labour Day 10:00"),
    notes=("Plain, common weekly minutes sent Mon 2026-04-27 (the week before Labour Day). 'task —— owner, due' lines. 4月29日前 -> "
           "04-29; '4月30日18:00前' -> 04-30 18:00; '明天' -> 04-28; '周三' -> 04-29. 【会议结论】 (活动5月1日0点上线) is a decision "
           "with dates, not an item. The writer signs 'Sylvia' (alias of 莫晓彤). 【下次周会】 '5月6日（周三）10:00' -> 2026-05-06 "
           "10:00, the first working day after the holiday."),
    summary="4 items; 04-29, 04-30 18:00, 04-28, 04-29; next 05-06 10:00",
    tests="plain common case: '任务 —— 姓名，时间' lines, decision with dates, labelled next meeting"))

# ---------------------------------------------------------------------------
# 7422  '- [ ] @name' checklist, Thunderbird 8bit format=flowed, EOD/by Fri/5/12
# ---------------------------------------------------------------------------
t7422 = """Sprint 9 retro - 2026-05-07

## 做得好
- 五一活动零故障
- 压测提前两天完成

## 待改进
- 需求变更没走评审，临时加班

## Action items
- [ ] @叶俊杰 鉴定报告PDF异步生成上线 by Fri
- [ ] @Jason 评审支付回调重试方案 EOD
- [x] @黎子健 优惠券叠加bug修复（已上线）
- [ ] @苏嘉敏 隐私政策第5条更新内容审核 5/12
- [ ] 埋点方案梳理 @待认领 下个迭代

Next retro: 5/21 (Thu) 16:00

-- 
Jason Xian | 研发中心
东莞臻循网络科技有限公司
"""
CASES.append(Case(
    7422, "checklist-markdown-thunderbird-8bit", "minutes", "C", "Thunderbird, UTF-8 8bit, text/plain format=flowed",
    C.mail("thunderbird", org="C", num=7422, frm=("Jason Xian", P("冼振宇")[1]),
           to=[P("叶俊杰"), P("黎子健"), P("苏嘉敏")], cc=[BOT], subject="[研发] Sprint 9 回顾会纪要",
           date=dt.datetime(2026, 5, 7, 19, 2, 44), plain=t7422, charset="UTF-8", cte="8bit",
           plain_params="; format=flowed", via=("xzy-thinkpad.lan", "10.12.41.33")),
    items=[
        I("叶俊杰", "鉴定报告PDF异步生成上线", ("2026-05-08", None, "wd:Fri")),
        I("冼振宇", "评审支付回调重试方案", ("2026-05-07", None, "today")),
        I("苏嘉敏", "隐私政策第5条更新内容审核", ("2026-05-12", None, "abs:2026-05-12")),
        I(None, "埋点方案梳理", None, ["no_owner", "vague_due"]),
    ],
    nf=("2026-05-21", "16:00", "abs:2026-05-21 16:00"),
    notes=("Developer retro in Markdown-style checklist, sent Thu 2026-05-07 19:02 (Thunderbird, raw 8bit UTF-8). '- [ ] @name task due' "
           "lines: @叶俊杰 'by Fri' -> 05-08; @Jason = 冼振宇 (the writer, alias) 'EOD' -> 05-07 without a time; '- [x]' line is done "
           "-> not an item; @苏嘉敏 '5/12' -> 05-12; '@待认领' (unclaimed) -> owner null, department null, '下个迭代' -> vague_due. "
           "做得好/待改进 bullets are not items. 'Next retro: 5/21 (Thu) 16:00' -> 2026-05-21 16:00. '-- ' signature."),
    summary="4 items (1 unclaimed); 05-08, 05-07, 05-12, vague; next 05-21 16:00",
    tests="'- [ ] @name' / '- [x]' checklist, by Fri / EOD / 5/12, unclaimed owner, raw 8bit body"))

# ---------------------------------------------------------------------------
# 7423  grouped by person with 【name】 headings, 钱老师, 仓储主管何志坚, '下周一同一时间'
# ---------------------------------------------------------------------------
t7423 = """各位好，今天周会（10:30-11:30）纪要按人整理如下：

【黎子健】
1. 整理618寄卖招商名单并提交审核，6月5日前
2. 清理超过90天未售寄卖商品，联系卖家降价或退回，本月底

【钱老师】
1. 复核退货争议的3件腕表并出具复核意见，3个工作日内

【仓储主管何志坚】
1. 仓库温湿度监控接入飞书告警，时间待定（等IT排期）

【其他】
本周起，寄卖商品超60天自动提醒卖家调价（已上线，无需跟进）。

下周一同一时间再过一遍进度。

Kelly
"""
h7423 = L.html_divs(t7423).replace("<div>【", "<div><b>【").replace("】</div>", "】</b></div>")
CASES.append(Case(
    7423, "grouped-by-person-feishu", "minutes", "C", "Feishu mail, UTF-8 base64, multipart/alternative",
    C.mail("feishu", org="C", num=7423, frm=("Kelly Chen", P("陈嘉欣")[1]),
           to=[P("黎子健"), P("钱思远"), P("何志坚")], cc=[P("罗佩珊"), BOT],
           subject="商品运营周会纪要（5.25）", date=dt.datetime(2026, 5, 25, 12, 10, 5),
           plain=t7423, html=C.html_feishu(h7423), charset="UTF-8", cte="base64", via=("10.12.40.17", "10.12.40.17")),
    items=[
        I("黎子健", "整理618寄卖招商名单并提交审核", ("2026-06-05", None, "abs:2026-06-05")),
        I("黎子健", "清理超过90天未售寄卖商品，联系卖家降价或退回", ("2026-05-31", None, "month_end")),
        I("钱思远", "复核退货争议的3件腕表并出具复核意见", ("2026-05-28", None, "wdays:3")),
        I("何志坚", "仓库温湿度监控接入飞书告警", None, ["vague_due"]),
    ],
    nf=("2026-06-01", "10:30", "nextwk:Mon 10:30"),
    notes=("Minutes grouped under 【name】 headings, sent Mon 2026-05-25. 【黎子健】 has two numbered items: 6月5日前 -> 06-05 and "
           "'本月底' -> 05-31. 【钱老师】 = 钱思远 (alias): '3个工作日内' -> 05-26, 05-27, 05-28. 【仓储主管何志坚】 title + name; "
           "'时间待定' -> vague_due. 【其他】 is a rule already live ('无需跟进'), not an item. '下周一同一时间再过一遍' takes this "
           "meeting's start 10:30 from the first line -> next_followup 2026-06-01 10:30."),
    summary="4 items; 06-05, 05-31, 05-28, vague; next 06-01 10:30",
    tests="grouped by person (【钱老师】/【仓储主管何志坚】), 本月底, 3个工作日内, '下周一同一时间' with the time from the first line"))

# ---------------------------------------------------------------------------
# 7424  iPhone forward of a table-form 工作会纪要 with a preface; two owners in one cell
# ---------------------------------------------------------------------------
rows7424 = [
    ["序号", "事项", "负责人", "完成时间", "状态"],
    ["1", "更新腕表鉴定SOP（新增机芯拍照要求）", "钱思远", "6月10日", "进行中"],
    ["2", "新人鉴定师带教考核", "罗佩珊", "6月底", "未开始"],
    ["3", "UV检测灯采购", "何志坚", "5月30日", "已完成"],
    ["4", "完成5月鉴定差错案例复盘", "钱思远、罗佩珊", "下周五", "未开始"],
]
orig7424 = "鉴定中心6月第1周工作会纪要\n时间：6月2日 17:00-17:40\n参会：罗佩珊、钱思远、鉴定组全体\n"
pre7424 = "转给纪要助手登记一下。钱老师那项我已经催过了，第4项我们俩一起弄。\n\n发自我的iPhone\n"
fh7424 = ("开始转发的邮件：\n\n发件人: 钱思远 <qiansiyuan@zhenxun.example.com>\n日期: 2026年6月2日 GMT+8 18:21:35\n"
          "收件人: 罗佩珊 <luopeishan@zhenxun.example.com>\n抄送: 何志坚 <hezhijian@zhenxun.example.com>\n"
          "主题: 鉴定中心6月第1周工作会纪要\n\n")
plain7424 = pre7424 + "\n" + "\n".join(("> " + x).rstrip() for x in (fh7424 + orig7424 + "\n" + L.tsv(rows7424)).split("\n")) + "\n"
html7424 = C.html_apple(
    '<div dir="ltr">' + L.html_divs(pre7424) + '</div><div dir="ltr"><br><blockquote type="cite">'
    + L.html_divs(fh7424) + L.html_divs(orig7424) + L.html_table(rows7424) + '</blockquote></div>')
CASES.append(Case(
    7424, "forwarded-table-iphone", "minutes", "C", "iPhone Mail forward, UTF-8 quoted-printable, multipart/alternative (HTML table)",
    C.mail("iphone", org="C", num=7424, frm=P("罗佩珊"), to=[BOT], cc=[P("钱思远")],
           subject="转发：鉴定中心6月第1周工作会纪要", date=dt.datetime(2026, 6, 3, 8, 47, 19),
           plain=plain7424, html=html7424, charset="utf-8", cte="quoted-printable",
           via=("[113.87.12.66]", "113.87.12.66")),
    items=[
        I("钱思远", "更新腕表鉴定SOP（新增机芯拍照要求）", ("2026-06-10", None, "abs:2026-06-10")),
        I("罗佩珊", "新人鉴定师带教考核", ("2026-06-30", None, "month_end")),
        I("钱思远", "完成5月鉴定差错案例复盘", ("2026-06-12", None, "nextwk:Fri")),
        I("罗佩珊", "完成5月鉴定差错案例复盘", ("2026-06-12", None, "nextwk:Fri")),
    ],
    nf=None,
    notes=("罗佩珊 forwards from her iPhone (Wed 2026-06-03 08:47) the table minutes 钱思远 sent on Tue 06-02, with the bot in To. "
           "The preface and '发自我的iPhone' are above the forward; the '> '-quoted forward holds the minutes. Row 1 钱思远 06-10; "
           "row 2 '6月底' -> 06-30; row 3 已完成 -> not an item; row 4 has two owners '钱思远、罗佩珊' for one task -> two items, "
           "'下周五' -> 06-12 (the same whether counted from the original 06-02 or the forward 06-03). No next meeting."),
    summary="4 items (one task, two owners); 06-10, 06-30, 06-12, 06-12; no follow-up",
    tests="iPhone forward with preface above a '> '-quoted table; done row; two owners in one cell; 6月底"))

# ---------------------------------------------------------------------------
# 7425  Traditional Chinese minutes from the Taipei partner, Outlook zh-TW, big5
# ---------------------------------------------------------------------------
t7425 = """佩珊、思遠您好：

感謝今天撥冗參加會議，以下為會議記錄，請參閱：

一、會議結論
1. 雙方同意自6月起，單價人民幣3萬元以上之包款採交叉鑑定。
2. 鑑定費用按件計價，每月結算一次。

二、待辦事項
1. 鑑真（林怡君）：寄送鑑定培訓教材（含Kelly、Birkin比對圖庫），5月15日前
2. 臻循（羅佩珊）：提供上季爭議案例清單，5月12日（週二）前
3. 臻循（錢思遠）：提供臻循現行鑑定SOP（皮具類），下週三前
4. 雙方：確認聯合鑑定證書樣式，時間待定

三、下次會議
5月19日（週二）下午3:00，線上會議（台北時間與北京時間相同）

林怡君 Yijun Lin
鑑真國際鑑定股份有限公司 業務發展部
"""
CASES.append(Case(
    7425, "partner-traditional-outlook-tw-big5", "minutes", "C", "Outlook 2016 zh-TW, big5 base64, multipart/alternative",
    C.mail("outlook_tw", org="C", num=7425, frm=P("林怡君"), to=[("羅佩珊", P("罗佩珊")[1])],
           cc=[("錢思遠", P("钱思远")[1]), ("minutebot", C.BOTS["C"])],
           subject="會議記錄：臻循×鑑真 聯合鑑定第二次會議", date=dt.datetime(2026, 5, 6, 15, 30, 8),
           plain=t7425, html=C.html_outlook(C.outlook_paras(t7425), "big5", lang="ZH-TW"), charset="big5", cte="base64",
           via=("mail-tyzapc01on2101.outbound.protection.outlook.com", "40.107.117.101")),
    items=[
        I("林怡君", "寄送鑑定培訓教材（含Kelly、Birkin比對圖庫）", ("2026-05-15", None, "abs:2026-05-15")),
        I("罗佩珊", "提供上季爭議案例清單", ("2026-05-12", None, "abs:2026-05-12|nextwk:Tue")),
        I("钱思远", "提供臻循現行鑑定SOP（皮具類）", ("2026-05-13", None, "nextwk:Wed")),
        I(None, "確認聯合鑑定證書樣式", None, ["no_owner", "vague_due"]),
    ],
    nf=("2026-05-19", "15:00", "abs:2026-05-19 15:00"),
    notes=("Minutes in Traditional Chinese from the Taipei partner (Outlook zh-TW, big5), sent Wed 2026-05-06 15:30 +0800. Owners are "
           "written 'company（name）': 林怡君 is the writer (outsider) -> 05-15; 羅佩珊/錢思遠 are the Traditional spellings of roster "
           "names 罗佩珊/钱思远 (roster aliases) -> canonical names. '5月12日（週二）前' -> 05-12; '下週三前' (週 not 周) -> 05-13. "
           "'雙方 … 時間待定' -> [no_owner, vague_due]. 一、會議結論 are decisions. Task text is kept as written (Traditional). "
           "下次會議 '5月19日（週二）下午3:00' (Taipei time = Beijing time) -> 2026-05-19 15:00."),
    summary="4 items (outsider writer, Traditional names); 05-15, 05-12, 05-13, vague; next 05-19 15:00",
    tests="big5 Traditional Chinese, 週 weekdays, Traditional spellings of roster names, partner-written minutes"))

# ---------------------------------------------------------------------------
# 7426  other: a newsletter a person wrote, delivered through the all-staff group
# ---------------------------------------------------------------------------
t7426 = """臻循市场周报 第23期（6月8日—6月12日）

Hi 各位臻循人，本周市场部的小结来啦～

一、618预热数据
1. 截至6月11日，618预热会场UV 38.2万，较去年同期+46%。
2. “以旧换新”入口点击率4.8%，高于预期。

二、下周重点
1. 6月18日0点开启主会场，持续到6月20日24点（端午假期照常发货，仓储部已排班）。
2. 小红书达人合作第二批10位达人将在6月15日至17日集中发布测评。
3. 新品类“中古腕表”6月16日上线，鉴定中心负责人：罗老师。

三、本周之星
客服中心方慧团队，618预热期间客诉响应时间缩短到3分钟，点赞！

有任何想法欢迎找市场部聊～

市场部 黄梓晴
"""
CASES.append(Case(
    7426, "other-person-newsletter-feishu", "other", "C", "Feishu mail to the all-staff group address, UTF-8 base64, multipart/alternative",
    C.mail("feishu", org="C", num=7426, frm=P("黄梓晴"), to=[("臻循全员", "all@zhenxun.example.com")],
           subject="臻循市场周报 第23期｜618预热数据、新品类上线", date=dt.datetime(2026, 6, 12, 17, 30, 51),
           plain=t7426, html=C.html_feishu(L.html_divs(t7426)), charset="UTF-8", cte="base64",
           via=("10.12.40.26", "10.12.40.26")),
    items=[], nf=None,
    notes=("An internal newsletter written and sent by a person (黄梓晴, 市场部) to the all-staff group all@, of which the bot mailbox "
           "is a member (so the bot is not in To/Cc; Delivered-To is the bot). No List-Id/Precedence/Auto-Submitted headers: it is "
           "not bulk mail from a machine. It has numbered lines with dates (6月18日0点, 6月15日至17日) and '负责人：罗老师', but it is "
           "no meeting's minutes -> kind other, no items, no follow-up."),
    summary="other: no items",
    tests="person-written newsletter via a group address, numbered lines with dates and a 负责人 -> other"))
CASES[-1].via_list = True

# ---------------------------------------------------------------------------
# 7427  问题协调解决记录表 (seed) with hour deadlines, Feishu
# ---------------------------------------------------------------------------
t7427 = """各位，刚才紧急电话会的记录如下：

问题协调解决记录表
问题编号：CS-20260609-01
问题描述：13:30起部分用户支付成功后订单仍显示“待支付”，已收到客诉47单
提交人：客服中心 方慧
提交时间：2026-06-09 13:52
紧急程度：高
影响范围：约300名用户
责任部门：研发中心
责任人：叶俊杰
解决方案及分工：
1. 叶俊杰：定位并修复支付回调状态不同步问题，4小时内
2. 方慧：按名单逐一电话安抚受影响用户并发放20元补偿券，今天下班前
3. 冼振宇：输出问题复盘报告（含根因和预防措施），24小时内
计划解决时间：见上
实际解决时间：

方慧
客服中心 | 东莞臻循网络科技有限公司
客服热线：400-826-5170（9:00-22:00）
"""
CASES.append(Case(
    7427, "issue-record-hour-deadlines-feishu", "minutes", "C", "Feishu mail, UTF-8 base64, multipart/alternative",
    C.mail("feishu", org="C", num=7427, frm=P("方慧"), to=[P("叶俊杰"), P("冼振宇")],
           cc=[P("邓家豪"), P("陈嘉欣"), BOT], subject="【紧急】订单支付状态不同步问题协调记录",
           date=dt.datetime(2026, 6, 9, 14, 20, 37), plain=t7427, html=C.html_feishu(L.html_divs(t7427)),
           charset="UTF-8", cte="base64", via=("10.12.40.30", "10.12.40.30")),
    items=[
        I("叶俊杰", "定位并修复支付回调状态不同步问题", ("2026-06-09", "18:20", "hours:4")),
        I("方慧", "按名单逐一电话安抚受影响用户并发放20元补偿券", ("2026-06-09", None, "today")),
        I("冼振宇", "输出问题复盘报告（含根因和预防措施）", ("2026-06-10", "14:20", "hours:24")),
    ],
    nf=None,
    notes=("Seed 问题协调解决记录表 as key：value lines, sent Tue 2026-06-09 14:20:37. Items are the three lines under 解决方案及分工. "
           "'4小时内' counts from the Date header -> 2026-06-09 18:20; '今天下班前' -> 06-09 without a time; '24小时内' -> "
           "2026-06-10 14:20. The header fields (提交时间 13:52, 责任人 叶俊杰 of the whole issue, 影响范围) are not extra items; "
           "'计划解决时间：见上' adds nothing. The signature's 客服热线 hours (9:00-22:00) are not deadlines. No next meeting."),
    summary="3 items; 06-09 18:20, 06-09, 06-10 14:20; no follow-up",
    tests="seed issue record with hour deadlines from the Date header, 责任人 header field not an extra item, signature hours"))

# ---------------------------------------------------------------------------
# 7428  主责/配合 in one cell, 邓总牵头, Foxmail gb2312 HTML table, after Dragon Boat
# ---------------------------------------------------------------------------
rows7428 = [
    ["序号", "事项", "责任人", "完成时限", "备注"],
    ["1", "二手奢侈品回收业务发票合规方案", "主责：袁淑仪；配合：苏嘉敏", "7月3日前", "需咨询税务顾问"],
    ["2", "平台商家保证金标准调整方案", "邓总牵头，陈嘉欣、袁淑仪配合", "下周一", ""],
    ["3", "大额交易反洗钱监测规则", "苏嘉敏（主责）/冼振宇（配合）", "本月底", ""],
    ["4", "与税务顾问沟通回收业务进项抵扣问题", "财务部", "尽快", ""],
    ["5", "5月对账差异处理", "袁淑仪", "6月18日", "已完成"],
]
intro7428 = "邓总、各位：\n\n今天下午财务合规专题会的纪要如下，请各位确认。下次会议视方案进度再定。\n"
outro7428 = "\n袁淑仪\n财务部"
html7428 = C.html_foxmail(L.html_divs(intro7428) + L.html_table(rows7428, table_attrs='style="border-collapse:collapse"') +
                          L.html_divs(outro7428) + "<div><br></div><hr style=\"width: 210px; height: 1px;\" color=\"#b5c4df\" size=\"1\" align=\"left\">"
                          "<div><span>yuanshuyi@zhenxun.example.com</span></div>", "gb2312")
plain7428 = intro7428 + "\n" + L.tsv(rows7428) + "\n" + outro7428 + "\n\n\n\nyuanshuyi@zhenxun.example.com\n"
CASES.append(Case(
    7428, "lead-support-cells-foxmail-gb2312", "minutes", "C", "Foxmail 7.2, gb2312 base64, multipart/alternative (HTML table)",
    C.mail("foxmail", org="C", num=7428, frm=P("袁淑仪"),
           to=[P("邓家豪"), P("苏嘉敏"), P("陈嘉欣"), P("冼振宇")], cc=[BOT],
           subject="财务合规专题会纪要（6月22日）", date=dt.datetime(2026, 6, 22, 18, 45, 2),
           plain=plain7428, html=html7428, charset="gb2312", cte="base64", via=("YUANSY-PC", "10.12.42.9")),
    items=[
        I("袁淑仪", "二手奢侈品回收业务发票合规方案", ("2026-07-03", None, "abs:2026-07-03")),
        I("邓家豪", "平台商家保证金标准调整方案", ("2026-06-29", None, "nextwk:Mon")),
        I("苏嘉敏", "大额交易反洗钱监测规则", ("2026-06-30", None, "month_end")),
        I(None, "与税务顾问沟通回收业务进项抵扣问题", None, ["no_owner", "vague_due"], dept="财务部"),
    ],
    nf=None,
    notes=("Foxmail HTML table sent Mon 2026-06-22 18:45, the first working day after Dragon Boat. The 责任人 cells mix lead and "
           "support: '主责：袁淑仪；配合：苏嘉敏' -> 袁淑仪; '邓总牵头，陈嘉欣、袁淑仪配合' -> 邓总 = 邓家豪; '苏嘉敏（主责）/冼振宇（配合）' "
           "-> 苏嘉敏. 配合 names are neither owners nor extra items. Dates: '7月3日前' -> 07-03; '下周一' -> 06-29; '本月底' -> "
           "06-30. Row 4 only the unit 财务部 and '尽快' -> [no_owner, vague_due], department 财务部. Row 5 已完成 -> not an item. "
           "'下次会议视方案进度再定' -> no follow-up."),
    summary="4 items (1 unit-only vague); 07-03, 06-29, 06-30, vague; no follow-up",
    tests="主责/配合 and 牵头/配合 in one cell, unit owner + 尽快, done row, '下次会议…再定' -> null"))
