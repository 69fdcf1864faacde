"""heldout62 cases 9005-9008."""
import html as H

from h62_clients import alt, bot, build
from h62_lib import FU, I, MV, QS, SQ, TL, email_of, html_page, html_table, text_to_html

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def P(name):
    return (name, email_of(name))


# ------------------------------------------------------------------ 9005
@case
def c9005():
    iso = "2026-04-21T11:40:36+08:00"       # Tuesday
    text = """智能纪要：618大促备战会 2026年4月21日

该纪要由飞书妙记智能生成，可能存在误差，请以实际讨论内容为准。

参会人
施明辉、陈雨桐、蔡俊杰、苏晓峰、洪雅婷

总结
本次会议围绕618大促备战展开，讨论了主推款选择、库存补货和站外投放预算。会议决定以"踏浪轻跑3代"作为主推款，站外投放预算控制在35万元以内，并约定4月28日（周二）上午10点再开一次复盘会。

章节
00:00 主推款选择
施明辉认为轻跑3代的复购数据最好，建议作为主推。陈雨桐提出详情页需要在5月10日前完成改版，以便赶上预售。

12:35 库存与补货
苏晓峰表示目前轻跑3代库存约1.2万双，鞋面网布预计5月中旬到货，需要盯紧供应商。

25:10 站外投放
蔡俊杰介绍了小红书和抖音达人的报价情况。施明辉要求财务核算一下去年618的投放ROI，作为今年预算参考。

待办
□ 陈雨桐：5月10日前完成轻跑3代详情页改版
□ 苏晓峰：跟进鞋面网布补货，确认具体到货时间
□ 蔡俊杰：本周五前提交小红书达人投放名单
□ @洪雅婷 下周三前确认轻跑3代新配色打样

查看完整妙记：https://talang.feishu.example.cn/minutes/obcn7x2k9q4m1v8s
"""
    sec = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        if lines[0] in ("参会人", "总结", "章节", "待办"):
            sec.append('<h3 style="margin:16px 0 6px;font-size:15px">%s</h3>' % lines[0])
            lines = lines[1:]
        for l in lines:
            if l.startswith("□ "):
                sec.append('<div class="todo"><input type="checkbox" disabled> %s</div>' % H.escape(l[2:]))
            else:
                sec.append('<div>%s</div>' % H.escape(l))
    html = html_page('<div style="font-family:-apple-system,PingFang SC;font-size:14px;color:#1f2329">%s</div>'
                     % "\n".join(sec))
    body = alt(text, html, "a1f4e2c7b9d84d0e9c61f1d2b35a7e08", "UTF-8", "base64", "base64")
    to = [P("施明辉"), P("蔡俊杰"), P("苏晓峰"), P("洪雅婷")]
    eml, _ = build("feishu", P("陈雨桐"), to, [bot(TL)], "智能纪要：618大促备战会 2026年4月21日", iso, body, TL,
                   cs="UTF-8", relay_ip="101.126.42.17", remote_host="smtp-out.feishu.example.cn")
    items = [
        I("陈雨桐", "完成轻跑3代详情页改版", "md:5-10", "2026-05-10"),
        I("苏晓峰", "跟进鞋面网布补货，确认具体到货时间", None, None),
        I("蔡俊杰", "提交小红书达人投放名单", "this:5", "2026-04-24"),
        I("洪雅婷", "确认轻跑3代新配色打样", "next:3", "2026-04-29"),
    ]
    return dict(num=9005, slug="feishu-ai-minutes-todo-only", kind="minutes", eml=eml, items=items,
                followup=FU("md:4-28", "2026-04-28", "10:00"),
                notes="Feishu/Lark 妙记 智能纪要 shared by mail (UTF-8 base64 alternative). Only the 待办 list is items: the "
                      "章节 text repeats one of them (详情页 5月10日前) and adds a wish (施明辉要求财务核算…ROI) that is not "
                      "in 待办 and must not become an item. Sent Tue 2026-04-21: '5月10日前' -> 05-10; no date for the "
                      "补货 item -> no_due; '本周五前' -> 04-24; '@洪雅婷 下周三前' -> 04-29. The 总结 sentence "
                      "'约定4月28日（周二）上午10点再开一次复盘会' is the next meeting -> 2026-04-28 10:00. '5月中旬到货' "
                      "is a supplier fact.",
                tests="Feishu 智能纪要: only 待办 counts (章节 repeats/adds wishes); @name; follow-up written in 总结")


# ------------------------------------------------------------------ 9006
@case
def c9006():
    iso = "2026-04-30T18:05:49+08:00"       # Thursday, eve of Labour Day (05-01..05-05), make-up Sat 05-09
    text = """转给纪要助手跟进一下，下面是钉钉AI听记自动生成的纪要，待办我核过了。

罗佳

------------------------------------------------------------
【AI听记】直播间假发新品上新沟通会
会议时间：2026-04-30 15:00-15:52
参会人：邓国梁、罗佳、谢小兰、贺文静、曾雅琴

■ 会议摘要
会议讨论了5月直播间新品（水波纹短发头套、挑染齐刘海款）的上新节奏。邓国梁提出希望新品在5月中旬前完成上架；谢小兰反馈样品车间节前人手紧张；贺文静提到4月直播佣金尚有3笔与平台对不上。

■ 关键决策
1. 新品首发放在抖音直播间，天猫店晚一周同步。
2. 直播样品统一由生产部样品组制作，不再外发。

■ 待办事项（4）
1. 完成新品主图及详情页拍摄
   负责人：罗佳　　截止时间：节后第一个工作日
2. 完成20顶直播样品制作
   负责人：谢小兰　　截止时间：3个工作日内
3. 核对4月直播佣金结算，与平台对账
   负责人：贺文静　　截止时间：5月8日
4. 联系抖音官方申请新品流量扶持
   负责人：待分配　　截止时间：尽快

以上内容由AI生成，仅供参考
"""
    html = html_page('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">%s</div>'
                     % text_to_html(text))
    body = alt(text, html, "----=ALIBOUNDARY_88231_54a3f2e0_6a1f3b2c_4e1", "UTF-8", "base64", "base64")
    to = [P("谢小兰"), P("贺文静"), P("曾雅琴")]
    eml, _ = build("dingtalk", P("罗佳"), to, [P("邓国梁"), bot(QS)], "转发：【AI听记】直播间假发新品上新沟通会",
                   iso, body, QS, cs="UTF-8", relay_ip="47.246.137.52", remote_host="out30-112.freemail.mail.aliyun.com")
    items = [
        I("罗佳", "完成新品主图及详情页拍摄", "after:Labour Day", "2026-05-06"),
        I("谢小兰", "完成20顶直播样品制作", "wdays:3", "2026-05-08"),
        I("贺文静", "核对4月直播佣金结算，与平台对账", "md:5-8", "2026-05-08"),
        I(None, "联系抖音官方申请新品流量扶持", None, None, flags=["vague_due"]),
    ]
    return dict(num=9006, slug="dingtalk-ai-tingji-mayday", kind="minutes", eml=eml, items=items, followup=None,
                notes="DingTalk AI听记 minutes forwarded by the organiser 罗佳 through 阿里邮箱 (UTF-8 base64) on Thu "
                      "2026-04-30, the eve of the Labour Day holiday (05-01..05-05; Sat 05-09 is a make-up working "
                      "day). Only 待办事项 count: the 摘要 wishes ('5月中旬前完成上架') and 关键决策 are not items. ① "
                      "'节后第一个工作日' -> Wed 05-06. ② '3个工作日内' -> 05-06, 05-07, 05-08 -> 05-08. ③ '5月8日' -> "
                      "05-08. ④ '负责人：待分配' is nobody -> no_owner; '尽快' -> vague_due. No next meeting.",
                tests="DingTalk AI听记 forwarded with a preface: only 待办 counts; 节后第一个工作日/3个工作日内 over May Day; "
                      "负责人 待分配")


# ------------------------------------------------------------------ 9007
@case
def c9007():
    iso = "2026-05-10T22:41:07+02:00"       # Sunday evening in Brno = Mon 05-11 04:41 in Shanghai
    text = """Hi Helen, Harry, Joe,

Thanks for Friday's call. My notes below - shout if I got something wrong.

Context: trial lot VT-0426 of the Zhuzhou VPI resin showed 3 stators with
voids in the slot exit area. Brno has seen the same with this resin family.

Agreed
- We stay with the current varnish supplier until the trial lot results are in.
- Cure profile B (140C / 6h) becomes the default for the trial.

AI:
[ ] @Helen Tan - send the VPI resin trial lot COA and viscosity records,
    within 3 business days
[ ] @Harry - ask the supplier for their PPAP level 3 pack by Friday
[x] @Petra - share the group varnish spec (done, attached to the Teams
    channel)
[ ] @Joe Ouyang - run the 20-stator trial with cure profile B and report
    results by next Monday
[ ] me - update the 8D template in the group QMS, no rush

Next call: Thu 14 May, 9:00 Brno / 15:00 Zhuzhou.

Best regards,
Petra

--
Petra Horáková
Group Quality Manager | Morava Trakce a.s.
Hněvkovského 65, 617 00 Brno, Czech Republic
"""
    inner = "<div dir=\"ltr\">" + "".join(
        "<div>%s</div>" % (H.escape(l) if l else "<br>") for l in text.split("\n")) + "</div>"
    html = inner + "\n"
    body = alt(text, html, "000000000000d43b1e0651c8a7f2", "UTF-8", "quoted-printable", "quoted-printable")
    to = [("Helen Tan", email_of("谭慧")), ("Harry Long", email_of("龙海涛")), ("Joe Ouyang", email_of("欧阳舟"))]
    eml, _ = build("gmail", ("Petra Horáková", email_of("Petra Horáková")), to,
                   [("Tomas Dvorak", email_of("Tomáš Dvořák")), bot(MV)],
                   "Notes - supplier quality review, VPI resin trial (AIs inside)", iso, body, MV, cs="UTF-8",
                   relay_ip="209.85.208.47", remote_host="mail-ed1-f47.google.com")
    items = [
        I("谭慧", "send the VPI resin trial lot COA and viscosity records", "wdays:3", "2026-05-14"),
        I("龙海涛", "ask the supplier for their PPAP level 3 pack", "wd:5", "2026-05-15"),
        I("欧阳舟", "run the 20-stator trial with cure profile B and report results", "next:1", "2026-05-18"),
        I("Petra Horáková", "update the 8D template in the group QMS", None, None),
    ]
    return dict(num=9007, slug="gmail-czech-ai-checkboxes-cest-sunday", kind="minutes", eml=eml, items=items,
                followup=FU("md:5-14", "2026-05-14", "15:00"),
                notes="Google Workspace mail from the Czech parent, Date Sun 2026-05-10 22:41 +0200 = Mon 05-11 04:41 in "
                      "Shanghai: every phrase resolves from Monday 05-11. 'AI:' block with [ ] / [x] checkboxes and @names: "
                      "the [x] line is done (not an item). @Helen Tan=谭慧: 'within 3 business days' -> 05-12, 05-13, 05-14. "
                      "@Harry=龙海涛 by Friday -> 05-15. @Joe Ouyang=欧阳舟 'by next Monday' -> 05-18 (AMBIGUOUS: written "
                      "on a Sunday in Brno, 'next Monday' could mean 05-11; the Shanghai-date rule and most readers give "
                      "05-18). 'me' = the sender Petra Horáková, 'no rush' -> no_due. 'Agreed' lines are decisions. "
                      "Next call 'Thu 14 May, 9:00 Brno / 15:00 Zhuzhou' -> 2026-05-14 15:00 +08:00.",
                tests="Gmail from the Czech parent, +0200 Sunday night = Monday in Shanghai; AI:/[ ]/[x]/@name; 'me' "
                      "owner; two-zone next call")


# ------------------------------------------------------------------ 9008
@case
def c9008():
    iso = "2026-05-27T16:30:12+08:00"       # Wednesday
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间",
            "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"]
    rows = [
        ["1", "避暑山庄周边夜游产品推介方案", "产业发展科", "办公室", "付晓东", "齐振宇", "2026-05-11", "2026-05-29", "-",
         "进行中（已完成70%）", "需市文旅局确认夜间开放时段，已去函"],
        ["2", "文保单位消防安全检查", "文物保护科", "执法大队", "韩立军", "白志刚", "2026-05-11", "2026-05-22",
         "2026-05-21", "已完成", "-"],
        ["3", "景区周边公共厕所标识更新", "公共服务科", "产业发展科", "常慧", "宋佳怡", "2026-05-18", "2026-06-05", "-",
         "进行中", "标识样式待市里统一，先做中英文版"],
        ["4", "暑期旅游市场专项执法方案", "执法大队", "办公室", "白志刚", "冯雪", "2026-05-25", "待定", "-", "未开始",
         "等市局统一部署"],
        ["5", "文旅惠民消费券发放对接", "产业发展科", "公共服务科", "宋佳怡", "常慧", "2026-05-20", "2026-06-12", "-",
         "延期（原定6月1日，银行系统未就绪）", "每周与银行对接一次"],
    ]
    text = ("各位：\n\n本周避暑旅游季筹备调度会后，协作事项跟踪表更新如下（第3周），请各责任人对照推进。\n\n"
            "跨部门协作事项跟踪表\n" + "\t".join(head) + "\n" + "\n".join("\t".join(r) for r in rows) +
            "\n\n下次调度会：6月3日（周三）上午9:00，三楼会议室。\n\n宋佳怡\n产业发展科\n")
    tbl = html_table([head] + rows, style="font-size:12px")
    html = html_page('<div style="font-size:14px">各位：<br><br>本周避暑旅游季筹备调度会后，协作事项跟踪表更新如下（第3周），'
                     '请各责任人对照推进。<br><br><b>跨部门协作事项跟踪表</b><br>%s<br>下次调度会：6月3日（周三）上午9:00，'
                     '三楼会议室。<br><br>宋佳怡<br>产业发展科</div>' % tbl, "GBK")
    body = alt(text, html, "----=_Part_98214_448901725.1779870612330", "GBK", "base64", "quoted-printable")
    to = [P("付晓东"), P("齐振宇"), P("韩立军"), P("白志刚"), P("常慧"), P("冯雪")]
    eml, _ = build("coremail", P("宋佳怡"), to, [P("孟庆和"), bot(SQ)], "避暑旅游季筹备 协作事项跟踪表（第3周）",
                   iso, body, SQ, cs="GBK", relay_ip="10.133.8.44", remote_host="webmail.sqwgl.example.gov.cn")
    items = [
        I("付晓东", "避暑山庄周边夜游产品推介方案", "abs:2026-05-29", "2026-05-29"),
        I("常慧", "景区周边公共厕所标识更新", "abs:2026-06-05", "2026-06-05"),
        I("白志刚", "暑期旅游市场专项执法方案", None, None, flags=["vague_due"]),
        I("宋佳怡", "文旅惠民消费券发放对接", "abs:2026-06-12", "2026-06-12"),
    ]
    return dict(num=9008, slug="coremail-seed-collab-tracking-two-owner-cols", kind="minutes", eml=eml, items=items,
                followup=FU("md:6-3", "2026-06-03", "09:00"),
                notes="Seed 跨部门协作事项跟踪表 with both 责任人（发起方） and 责任人（协作方） columns (Coremail GBK, text "
                      "base64 with tab-separated rows, HTML QP). Owner = 责任人（发起方）; AMBIGUOUS: a reader could also "
                      "list the 协作方 person, but the 发起方 column is the accountable one in the seed template. Row 2 is "
                      "已完成 with an 实际完成时间 -> status, not an item. Row 1 进行中（已完成70%） -> 2026-05-29. Row 4 "
                      "计划完成时间 待定 -> vague_due. Row 5 延期: the new plan date 2026-06-12 counts, the old '6月1日' in "
                      "the status cell does not. 下次调度会 6月3日（周三）上午9:00 -> 2026-06-03 09:00 (Wednesday, "
                      "checked).",
                tests="seed 跨部门协作事项跟踪表 (发起方/协作方 owners), 已完成 row excluded, 待定, 延期 row with old date")
