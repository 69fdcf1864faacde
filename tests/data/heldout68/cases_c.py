"""Cases 9619-9628: 江门市锐焰燃气具有限公司 (gas-stove maker/exporter, ruiyan-gas.example.cn) and its Tanzanian
distributor Msasani Appliances Ltd (msasani-appliances.example.co.tz)."""
from h68_clients import coremail, dingtalk, exmail, foxmail, gmail, netease, outlook
from h68_common import BOTS, P, deliver, esc, html_table, hx, item, leaf, multi, paras_html

BOT = BOTS["C"]
CASES = []


def case(**kw):
    CASES.append(kw)


# ------------------------------------------------------------------------------------------------ 9619
S9619 = "2026-04-09T11:32:18+08:00"
HEAD9619 = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展",
            "下次沟通时间", "负责人"]
ROW9619 = ["EC2026-0408", "2026-04-08", "Msasani Appliances（坦桑尼亚）/Amani", "外贸部/区文杰", "客户",
           "客户要求双眼灶改为CKD散件出口以降低进口关税，希望6月底前首柜到港",
           "①研发部谭工评估CKD散件包装及装配指导书（4月15日前）②4月16日向客户反馈CKD报价及交期③品质部出具散件检验标准（冯主管，4月17日前）",
           "2026-04-16", "区文杰"]
T9619_PRE = "黄经理、各位：\n\n昨天与坦桑尼亚客户Amani视频沟通CKD散件方案，跟进表如下，请相关同事按时间节点推进。\n"
T9619_POST = "\n备注：客户目前库存约2个月，首柜如6月底前到港可避开当地7月的关税调整。\n\n区文杰\n江门市锐焰燃气具有限公司 外贸部\nTel: +86-750-3861275  WhatsApp: +86 138 2700 4418"


def b9619():
    to = [P("黄嘉欣"), P("谭永康"), P("冯淑仪")]
    cc = [P("梁志强"), BOT]
    h, _ = foxmail(S9619, P("区文杰"), to, cc, "外部沟通跟进表-坦桑尼亚Msasani CKD散件 EC2026-0408", "9619", cs="GBK")
    text = T9619_PRE + "\n" + "\n".join("%s：%s" % (a, b) for a, b in zip(HEAD9619, ROW9619)) + "\n" + T9619_POST
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body{font-size:10.5pt;'
            'font-family:微软雅黑;}</style></head><body>' + paras_html(T9619_PRE)
            + html_table([HEAD9619, ROW9619]) + paras_html(T9619_POST) + "</body></html>")
    body = multi("alternative", [leaf("text/plain", text, "GBK", "base64", crlf=True),
                                 leaf("text/html", html, "GBK", "base64", crlf=True)],
                 "----=_001_NextPart%s_=----" % hx("9619", 12))
    return deliver("C", S9619, P("区文杰")[1], h, body, "9619", "AU-WENJIE-PC", "192.168.1.58")


case(num=9619, slug="ruiyan-ec-followup-table-foxmail-gbk", kind="minutes", build=b9619,
     items=[item("谭永康", "评估CKD散件包装及装配指导书", ("abs", "2026-04-15"), "4月15日前"),
            item("区文杰", "向客户反馈CKD报价及交期", ("abs", "2026-04-16"), "4月16日"),
            item("冯淑仪", "出具散件检验标准", ("abs", "2026-04-17"), "4月17日前")],
     followup=("abs", "2026-04-16", None),
     notes="Seed 外部沟通跟进表 (customer row) as an HTML table in Foxmail GBK (text part as key：value lines). Sent Thu 2026-04-09. ① '研发部谭工' = 谭永康, 2026-04-15; ② names nobody, so the row's 负责人 区文杰 owns it, '4月16日向客户反馈' -> 2026-04-16; ③ '(冯主管，4月17日前)' = 冯淑仪, 2026-04-17. '希望6月底前首柜到港' is the customer's wish and the 备注 is background. 下次沟通时间 2026-04-16, no time.",
     tests="Foxmail GBK seed 外部沟通跟进表 (HTML table + key：value text); row 负责人 owns ②; 谭工/冯主管 aliases; customer wish not an item")

# ------------------------------------------------------------------------------------------------ 9620
S9620 = "2026-04-27T17:30:05+03:00"
T9620 = """Dear Cindy, dear Wenjie,

Thank you for the call this afternoon. My notes below - please correct me if I missed anything.

1. CKD order: we confirm 2 x 40HQ of the RY-2B double burner in CKD form, first container to reach Dar es Salaam before end of June.
2. Prices: CKD price accepted at USD 11.40/set FOB Jiangmen, payment by L/C at sight.

Action: Cindy - send the revised PI with CKD prices by Wednesday
Action: Amani - open the L/C within 7 days
Action: Wenjie - book the first 40HQ container before your May Day holiday
Action: Neema - share the TBS certification requirements for CKD kits ASAP

Next call: Thursday 7 May, 10:00 EAT (15:00 China).

Best regards,
Amani Mwakyusa
Purchasing Manager
Msasani Appliances Ltd, Dar es Salaam, Tanzania"""


def b9620():
    amani, neema = P("Amani Mwakyusa"), P("Neema Kisanga")
    to = [("Cindy Huang", P("黄嘉欣")[1]), ("Jack Au", P("区文杰")[1])]
    h, _ = gmail(S9620, amani, to, [neema, BOT], "Call notes - CKD order Msasani / Ruiyan", "9620")
    html = '<div dir="ltr">' + paras_html(T9620) + "</div>"
    body = multi("alternative", [leaf("text/plain", T9620, "UTF-8", "quoted-printable", csq=False),
                                 leaf("text/html", html, "UTF-8", "quoted-printable", csq=False)],
                 "000000000000%s" % hx("9620", 16))
    return deliver("C", S9620, amani[1], h, body, "9620", "mail-pf1-f178.google.example.com", "209.85.210.178")


case(num=9620, slug="ruiyan-customer-action-lines-gmail-eat", kind="minutes", build=b9620,
     items=[item("黄嘉欣", "send the revised PI with CKD prices", ("wd", 2), "by Wednesday"),
            item("Amani Mwakyusa", "open the L/C", ("days", 7), "within 7 days"),
            item("区文杰", "book the first 40HQ container", ("before_hol", "2026-05-01"), "before your May Day holiday"),
            item("Neema Kisanga", "share the TBS certification requirements for CKD kits", ("vague",), "ASAP")],
     followup=("abs", "2026-05-07", "15:00"),
     notes="Minutes written by the Tanzanian customer (external From, Gmail, Date +0300: 17:30 EAT = 22:30 Mon 2026-04-27 Shanghai). 'Action: X - …' lines. 'Cindy' = 黄嘉欣, 'by Wednesday' -> 2026-04-29. Amani is the sender: 'within 7 days' = calendar days -> 2026-05-04. 'Wenjie' = 区文杰 (display name 'Jack Au' in To is also an alias), 'before your May Day holiday' (05-01..05-05) -> last working day Thu 2026-04-30. Neema (Cc, external) 'ASAP' -> vague_due. 'before end of June' and the price are agreed terms, not actions. 'Next call: Thursday 7 May, 10:00 EAT (15:00 China)' -> 2026-05-07 15:00.",
     tests="Customer-written English minutes (Gmail, +0300): 'Action: X - …'; by Wednesday; within 7 days; before the May Day holiday; external owners; EAT/China times")

# ------------------------------------------------------------------------------------------------ 9621
S9621 = "2026-05-13T16:02:47+08:00"
T9621 = """各位，品质周会的钉钉智能纪要贴在下面，待办我核对过了，大家按这个执行。

淑仪

【钉钉闪记 · 智能纪要】品质周会
会议时间：2026-05-13 14:00-15:10　参会人：冯淑仪、甄国栋、谭永康、麦晓琳、梁志强

会议概要
本次会议主要讨论了4月份熄火保护失效客诉的分析结果、来料检验问题及后续改善计划。冯淑仪指出，针阀密封不良是主要原因，供应商承诺5月底前完成工艺改善；梁志强要求本月内客诉关闭率达到100%。

章节速览
00:02 客诉分析：4月共收到熄火保护相关客诉7起，均集中在2604批次……
18:35 来料检验：针阀来料抽检比例由2%提高到5%，即日起执行……
41:10 改善计划：讨论了更换针阀供应商的可能性，谭永康认为需要评估结构改动……

待办事项
☐ 冯淑仪：完成熄火保护针阀全检方案并发布，截止 5月15日
☐ 甄国栋：组织产线对库存半成品返工，本周五前
☐ 谭永康：评估更换针阀供应商涉及的结构改动，时间待定
☐ 麦晓琳：约供应商质量负责人来厂，5月20日前

以上内容由AI生成，仅供参考"""


def b9621():
    to = [P("甄国栋"), P("谭永康"), P("麦晓琳")]
    cc = [P("梁志强"), BOT]
    h, _ = dingtalk(S9621, P("冯淑仪"), to, cc, "品质周会纪要（钉钉智能纪要）5.13", "9621")
    html = '<div style="font-family:PingFang SC;font-size:14px">' + paras_html(T9621) + "</div>"
    body = multi("alternative", [leaf("text/plain", T9621, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "----=ALIBOUNDARY_%s" % hx("9621", 20))
    return deliver("C", S9621, P("冯淑仪")[1], h, body, "9621", "out30-101.mail.alimail.example.com", "115.124.30.101")


case(num=9621, slug="ruiyan-dingtalk-ai-minutes-todos-only", kind="minutes", build=b9621,
     items=[item("冯淑仪", "完成熄火保护针阀全检方案并发布", ("abs", "2026-05-15"), "5月15日"),
            item("甄国栋", "组织产线对库存半成品返工", ("this_wd", 4), "本周五前"),
            item("谭永康", "评估更换针阀供应商涉及的结构改动", ("vague",), "待定"),
            item("麦晓琳", "约供应商质量负责人来厂", ("abs", "2026-05-20"), "5月20日前")],
     followup=None,
     notes="DingTalk AI minutes (钉钉闪记 智能纪要) pasted into a mail by the quality supervisor (Alimail/DingTalk mail). Only 待办事项 are items; 会议概要 and 章节速览 contain dates and rules ('供应商承诺5月底前', '本月内客诉关闭率100%', '即日起执行') that are summary, not tasks. Sent Wed 2026-05-13. '截止 5月15日' -> 2026-05-15; '本周五前' -> 2026-05-15; '时间待定' -> vague_due; '5月20日前' -> 2026-05-20. No next meeting.",
     tests="DingTalk 智能纪要 pasted by a person: only 待办事项 ☐ lines count; summary/chapter dates ignored; 本周五前; 待定")

# ------------------------------------------------------------------------------------------------ 9622
S9622 = "2026-06-01T09:40:26+08:00"
HEAD9622 = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
            "实际完成时间", "进展情况", "风险点及应对措施"]
ROWS9622 = [
    ["1", "CKD散件装配指导书", "外贸部", "研发部", "区文杰", "谭永康", "2026-04-16", "2026-05-08", "2026-05-12",
     "已完成（延期2天，客户修改意见）", "客户反馈周期长，下次预留3天缓冲"],
    ["2", "CKD散件检验标准", "外贸部", "品质部", "区文杰", "冯淑仪", "2026-04-20", "2026-06-05", "-",
     "进行中（已完成70%）", "需客户确认抽样方案"],
    ["3", "首柜散件防潮包装方案", "外贸部", "生产部", "区文杰", "甄国栋", "2026-05-18", "2026-06-06", "-",
     "进行中", "周六加班完成打样"],
    ["4", "出口退税资料准备", "外贸部", "财务部", "黄嘉欣", "司徒敏", "2026-05-25", "待定", "-", "未开始",
     "等报关单据"],
    ["5", "阀体二供认证", "外贸部", "采购部", "黄嘉欣", "麦晓琳", "2026-05-20", "2026-06-30", "-",
     "延期（原定5月29日，供应商样品未到）", "已催供应商6月10日前送样"],
]
T9622_PRE = "各位：\n\n本周坦桑尼亚CKD项目跨部门协作事项跟踪表更新如下，请协作方按计划完成时间推进，有风险及时反馈。\n"
T9622_POST = "\n下次周会：6月8日（周一）上午9:30，二楼会议室。\n\n黄嘉欣\n外贸部"


def b9622():
    to = [P("区文杰"), P("谭永康"), P("冯淑仪"), P("甄国栋"), P("司徒敏"), P("麦晓琳")]
    cc = [P("梁志强"), BOT]
    h, _ = coremail(S9622, P("黄嘉欣"), to, cc, "CKD项目跨部门协作事项跟踪表（6月1日更新）", "9622")
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + paras_html(T9622_PRE)
            + html_table([HEAD9622] + ROWS9622) + paras_html(T9622_POST) + "</div>")
    body = leaf("text/html", html, "UTF-8", "base64")
    return deliver("C", S9622, P("黄嘉欣")[1], h, body, "9622", "192.168.1.20", "192.168.1.20")


case(num=9622, slug="ruiyan-collab-tracking-table-coremail-html", kind="minutes", build=b9622,
     items=[item("冯淑仪", "CKD散件检验标准", ("abs", "2026-06-05"), "2026-06-05"),
            item("甄国栋", "首柜散件防潮包装方案", ("abs", "2026-06-06"), "2026-06-06"),
            item("司徒敏", "出口退税资料准备", ("vague",), "待定"),
            item("麦晓琳", "阀体二供认证", ("abs", "2026-06-30"), "2026-06-30")],
     followup=("abs", "2026-06-08", "09:30"),
     notes="Seed 跨部门协作事项跟踪表 with both 责任人（发起方） and 责任人（协作方） columns, single-part Coremail HTML. Sent Mon 2026-06-01. Row 1 is 已完成 with an 实际完成时间 -> status, not an item. Owner = 责任人（协作方）: every 发起方 is 外贸部 tracking work that the 协作部门 delivers, and the mail asks '协作方按计划完成时间推进'. AMBIGUOUS: a reader could assign rows to the 发起方; the mail's own instruction makes the 协作方 the owner. Row 2 '进行中（已完成70%）' is open, due 2026-06-05. Row 3 due Sat 2026-06-06 (a normal weekend day; the 风险 cell says they work Saturday). Row 4 '待定' -> vague_due. Row 5 '延期' keeps the new 计划完成时间 2026-06-30 (the 风险 cell's '6月10日前送样' is the supplier's). '下次周会：6月8日（周一）上午9:30' -> 2026-06-08 09:30.",
     tests="Coremail HTML-only seed 跨部门协作事项跟踪表 with 发起方/协作方 owners (AMBIGUOUS); 已完成 row excluded; 待定; 延期 row keeps the new date")

# ------------------------------------------------------------------------------------------------ 9623
S9623 = "2026-06-05T15:20:31+08:00"
T9623 = """梁总、各位：

今天上午RY-J7集成灶样机评审会纪要如下：

一、评审结论
外观基本认可，烟道噪音偏大（62dB，目标≤58dB），燃烧工况待第三方检测后再定。

二、待办事项
1. 样机外观件修模（负责人：谭永康（研发部），截止：6月10日（周三）前）
2. 确认样机到货（负责人：麦晓琳（采购部），截止：6月8日（下周一）上午10点前）
3. 确认样机到货（负责人：冯淑仪（品质部），截止：今天下班前）
4. 燃烧性能测试报告（负责人：伍家豪，截止：[待定（等第三方实验室排期）]）
5. 包装跌落测试（负责人：甄国栋（生产部），截止：6月12日（周五）（如包材未到则顺延））

三、下次评审会：6月12日（周五）下午2点半，研发部样机间。

伍家豪
研发部"""


def b9623():
    to = [P("梁志强"), P("谭永康"), P("麦晓琳"), P("冯淑仪"), P("甄国栋")]
    cc = [BOT]
    h, _ = exmail(S9623, P("伍家豪"), to, cc, "RY-J7集成灶样机评审会纪要（6月5日）", "9623", cs="gb18030")
    html = '<div style="font-family:微软雅黑;font-size:14px;color:#000">' + paras_html(T9623) + "</div>"
    body = multi("alternative", [leaf("text/plain", T9623, "gb18030", "base64"),
                                 leaf("text/html", html, "gb18030", "base64")],
                 "----=_NextPart_%s_%s_%s" % (hx("9623a", 8).upper(), hx("9623b", 8).upper(), hx("9623c", 8).upper()))
    return deliver("C", S9623, P("伍家豪")[1], h, body, "9623", "smtpbg.qq.example.com", "183.3.255.59")


case(num=9623, slug="ruiyan-nested-brackets-same-task-exmail-gb18030", kind="minutes", build=b9623,
     items=[item("谭永康", "样机外观件修模", ("abs", "2026-06-10"), "6月10日（周三）前"),
            item("麦晓琳", "确认样机到货", ("abs", "2026-06-08", "10:00"), "6月8日（下周一）上午10点前"),
            item("冯淑仪", "确认样机到货", ("rel", 0), "今天下班前"),
            item("伍家豪", "燃烧性能测试报告", ("vague",), "待定"),
            item("甄国栋", "包装跌落测试", ("abs", "2026-06-12"), "6月12日（周五）")],
     followup=("abs", "2026-06-12", "14:30"),
     notes="Tencent Exmail gb18030 base64. Deadlines inside nested brackets '（负责人：X（部门），截止：…（…）前）'. Sent Fri 2026-06-05. #1 2026-06-10; #2 '6月8日（下周一）上午10点前' -> 2026-06-08 10:00; #3 has the same task text '确认样机到货' for a different owner (冯淑仪, '今天下班前' -> 2026-06-05, no time) - both items must be kept; #4 '[待定（等第三方实验室排期）]' -> vague_due; #5 '6月12日（周五）（如包材未到则顺延）' -> 2026-06-12 (the condition does not remove the date). 评审结论 (62dB) is not an item. '下次评审会：6月12日（周五）下午2点半' -> 2026-06-12 14:30.",
     tests="Exmail gb18030: nested brackets （负责人：X（部门），截止：…（…）前）; same task text twice; 下周一上午10点; 今天下班前; [待定（…）]; 下午2点半")

# ------------------------------------------------------------------------------------------------ 9624
S9624 = "2026-06-09T10:00:12+08:00"
T9624 = """各部门同事：

端午节将至，财务部有以下几点提醒：

1. 6月费用报销请于6月16日前通过OA提交，逾期顺延至7月处理；
2. 端午节前最后一个对外付款日为6月18日，急需付款的请提前两个工作日提交付款申请；
3. 出口退税资料请外贸部同事于每月5日前报送（长期有效）。

如有疑问请联系财务部司徒敏，分机8023。

祝大家节日快乐！

司徒敏
财务部"""


def b9624():
    h, _ = exmail(S9624, P("司徒敏"), [("全体员工", "all@ruiyan-gas.example.cn")], None,
                  "【财务提醒】6月报销截止及端午节前付款安排", "9624", cs="UTF-8")
    body = leaf("text/plain", T9624, "UTF-8", "base64")
    return deliver("C", S9624, P("司徒敏")[1], h, body, "9624", "smtpbg.qq.example.com", "183.3.255.59")


case(num=9624, slug="ruiyan-other-finance-notice-exmail", kind="other", build=b9624, items=[], followup=None,
     notes="A finance clerk's notice to an all-staff address that includes the bot: numbered points with dates (6月16日前, 6月18日, 每月5日前) but no meeting and no owners -> other (written by a person, no bulk/list headers, so not auto).",
     tests="Person-written all-staff notice with numbered dated points, no meeting -> other")

# ------------------------------------------------------------------------------------------------ 9625
S9625 = "2026-04-09T11:33:09+08:00"


def b9625():
    rcpt_bad = "neema.kisanga@msasani-appliance.example.co.tz"
    orig_mid = "<mb.%s@ruiyan-gas.example.cn>" % hx("9619recap", 16)
    h = ["Date: Thu, 09 Apr 2026 11:33:09 +0800 (CST)",
         "From: MAILER-DAEMON@mx.ruiyan-gas.example.cn (Mail Delivery System)",
         "Subject: Undelivered Mail Returned to Sender",
         "To: minutes@ruiyan-gas.example.cn",
         "Auto-Submitted: auto-replied",
         "MIME-Version: 1.0",
         "Message-Id: <20260409033309.%s@mx.ruiyan-gas.example.cn>" % hx("9625", 10).upper()]
    notice = """This is the mail system at host mx.ruiyan-gas.example.cn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: Host or domain name not found. Name service error for
    name=msasani-appliance.example.co.tz type=A: Host not found
""" % rcpt_bad
    status = """Reporting-MTA: dns; mx.ruiyan-gas.example.cn
X-Postfix-Queue-ID: 4F2K9C1B7Z
X-Postfix-Sender: rfc822; minutes@ruiyan-gas.example.cn
Arrival-Date: Thu, 09 Apr 2026 11:33:04 +0800 (CST)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=msasani-appliance.example.co.tz type=A: Host not found
""" % (rcpt_bad, rcpt_bad)
    orig = """Return-Path: <minutes@ruiyan-gas.example.cn>
From: =?UTF-8?B?57qq6KaB5Yqp5omL?= <minutes@ruiyan-gas.example.cn>
To: neema.kisanga@msasani-appliance.example.co.tz
Subject: =?UTF-8?B?44CQ57qq6KaB56Gu6K6k44CR5aSW6YOo5rKf6YCa6Lef6L+b6KGo?=
Date: Thu, 09 Apr 2026 11:33:02 +0800
Message-ID: %s
Auto-Submitted: auto-generated
""" % orig_mid
    body = multi("report", [leaf("text/plain", notice, "us-ascii", "7bit", headers=["Content-Description: Notification"]),
                            leaf("message/delivery-status", data=status.encode(), cte="7bit",
                                 headers=["Content-Description: Delivery report"]),
                            leaf("text/rfc822-headers", data=orig.encode(), cte="7bit",
                                 headers=["Content-Description: Undelivered Message Headers"])],
                 "4F2K9C1B7Z.1775705589/mx.ruiyan-gas.example.cn", params="; report-type=delivery-status",
                 preamble="This is a MIME-encapsulated message.")
    return deliver("C", S9625, "", h, body, "9625", "localhost", "127.0.0.1")


case(num=9625, slug="auto-dsn-postfix-typo-domain", kind="auto", build=b9625, items=[], followup=None,
     notes="Postfix DSN (multipart/report; report-type=delivery-status, From MAILER-DAEMON, Return-Path <>) for a bot recap sent to a mistyped customer domain. No person wrote it -> auto.",
     tests="Postfix DSN multipart/report for a mistyped foreign domain -> auto")

# ------------------------------------------------------------------------------------------------ 9626
S9626 = "2026-06-22T18:30:40+08:00"
T9626 = """梁总、各位：

今天生产周会纪要如下。

一、上周完成情况
1. 6月17日完成3000台RY-2B双眼灶出货，准时交付；
2. 熄火保护返工已于6月18日全部完成，共返工460台，复检合格率100%；
3. 二号冲压线模具保养按计划完成。

二、本周工作安排
1. 坦桑尼亚首柜CKD散件装箱，周三前完成（甄国栋）；
2. 二季度设备保养收尾，6月底前完成（设备组）；
3. 7月物料到货计划，下周一前给到生产部（麦主管）；
4. 品质部冯主管：出货前抽检比例提高到5%，即日起执行。

三、其他
端午期间3号线安全巡检无异常。

甄国栋
生产部"""


def b9626():
    to = [P("梁志强"), P("麦晓琳"), P("冯淑仪")]
    cc = [P("区文杰"), BOT]
    h, _ = exmail(S9626, P("甄国栋"), to, cc, "生产周会纪要 6.22", "9626", cs="UTF-8", wecom=True)
    html = '<div style="font-family:微软雅黑;font-size:14px">' + paras_html(T9626) + "</div>"
    body = multi("alternative", [leaf("text/plain", T9626, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "----=_NextPart_%s_%s" % (hx("9626a", 8).upper(), hx("9626b", 8).upper()))
    return deliver("C", S9626, P("甄国栋")[1], h, body, "9626", "smtpbg.wecom.example.com", "113.96.223.80")


case(num=9626, slug="ruiyan-done-report-vs-plan-wecom", kind="minutes", build=b9626,
     items=[item("甄国栋", "坦桑尼亚首柜CKD散件装箱", ("wd", 2), "周三前"),
            item(None, "二季度设备保养收尾", ("month_end",), "6月底前"),
            item("麦晓琳", "7月物料到货计划给到生产部", ("next_wd", 0), "下周一前")],
     followup=None,
     notes="WeCom mail, weekly production meeting the first working day after the Dragon Boat holiday (sent Mon 2026-06-22). 一、上周完成情况 reports finished work with dates (6月17日, 6月18日) - reports, not items. 二、本周工作安排: #1 '周三前' -> 2026-06-24; #2 owner '设备组' is a team, not a roster department -> no_owner, department null, '6月底前' -> 2026-06-30; #3 '麦主管' = 麦晓琳, '下周一前' -> 2026-06-29; #4 '即日起执行' is a standing rule without a deliverable or deadline, not an item. No next meeting.",
     tests="WeCom: 上周完成情况 (reports with dates) vs 本周安排 (items); 周三前; team owner 设备组 -> no_owner; standing rule '即日起执行' not an item")

# ------------------------------------------------------------------------------------------------ 9627
S9627 = "2026-07-02T17:50:33+08:00"
ROWS9627 = [["序号", "事项", "责任人", "完成日期", "备注"],
            ["1", "非洲市场Q3价格调整方案", "黄嘉欣", "2026/7/8", "参考铜价走势"],
            ["2", "集成灶新品3C认证资料提交", "谭永康", "7月10日", ""],
            ["3", "上半年应收账款对账", "司徒敏", "月底", "重点：Msasani"],
            ["4", "外协喷涂厂质量约谈", "冯淑仪", "尽快", "连续两批色差"],
            ["5", "新仓库消防验收", "行政部", "7/15 上午", "需消防大队到场"]]


def b9627():
    to = [P("黄嘉欣"), P("谭永康"), P("司徒敏"), P("冯淑仪"), P("甄国栋"), P("麦晓琳")]
    cc = [P("伍家豪"), BOT]
    h, _ = outlook(S9627, P("梁志强"), to, cc, "7月经营会议待办事项", "9627", cs="utf-8")
    trs = []
    for i, r in enumerate(ROWS9627):
        tds = "".join('<td class=xl%d width=%d style="border:.5pt solid windowtext">%s</td>'
                      % (65 if i == 0 else 66, (40, 220, 70, 90, 140)[j], esc(c) if c else "&nbsp;")
                      for j, c in enumerate(r))
        trs.append("<tr height=19 style='height:14.25pt'>%s</tr>" % tds)
    table = ("<table border=0 cellpadding=0 cellspacing=0 width=560 style='border-collapse:collapse;width:420pt'>"
             "<!--StartFragment-->" + "".join(trs) + "<!--EndFragment--></table>")
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv=Content-Type content="text/html; '
            'charset=utf-8"><style>.xl65{font-weight:700;background:#D9E1F2}.xl66{mso-number-format:"\\@"}</style></head>'
            '<body lang=ZH-CN><div class=WordSection1><p class=MsoNormal>各位：</p><p class=MsoNormal>今天经营会议定的待办如下，'
            '请各负责人按期完成：</p>' + table + '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>下次经营会：8月6日（周四）'
            '下午3点。</p><p class=MsoNormal>梁志强</p></div></body></html>')
    text = ("各位：\n\n今天经营会议定的待办如下，请各负责人按期完成：\n\n"
            + "\n".join("\t".join(r) for r in ROWS9627) + "\n\n下次经营会：8月6日（周四）下午3点。\n\n梁志强\n")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64", crlf=True),
                                 leaf("text/html", html, "utf-8", "base64", crlf=True)],
                 "----=_NextPart_000_0061_01DD0A1F.%s" % hx("9627", 8).upper())
    return deliver("C", S9627, P("梁志强")[1], h, body, "9627", "LIANGZQ-PC", "192.168.1.8")


case(num=9627, slug="ruiyan-excel-table-outlook-html", kind="minutes", build=b9627,
     items=[item("黄嘉欣", "非洲市场Q3价格调整方案", ("abs", "2026-07-08"), "2026/7/8"),
            item("谭永康", "集成灶新品3C认证资料提交", ("abs", "2026-07-10"), "7月10日"),
            item("司徒敏", "上半年应收账款对账", ("month_end",), "月底"),
            item("冯淑仪", "外协喷涂厂质量约谈", ("vague",), "尽快"),
            item(None, "新仓库消防验收", ("abs", "2026-07-15"), "7/15 上午")],
     followup=("abs", "2026-08-06", "15:00"),
     notes="Outlook UTF-8 with a table pasted from Excel (mso classes, StartFragment) in HTML and tab-separated text. Sent Thu 2026-07-02 by the general manager. '2026/7/8' -> 2026-07-08; '7月10日' -> 2026-07-10; '月底' -> 2026-07-31; '尽快' -> vague_due; row 5 owner '行政部' is not a roster department -> no_owner, department null; '7/15 上午' -> 2026-07-15 with no clock time (上午 without an hour; the scorer does not check a time the gold leaves null). '下次经营会：8月6日（周四）下午3点' -> 2026-08-06 15:00.",
     tests="Outlook HTML with an Excel-pasted table (x:str/xl classes) + tab text; 2026/7/8, 月底, 尽快, '7/15 上午'; unknown dept 行政部 -> no_owner")

# ------------------------------------------------------------------------------------------------ 9628
S9628 = "2026-08-04T16:10:08+08:00"
T9628 = """研发周会纪要（8月4日 14:30-15:40）

参加：伍家豪、谭永康、冯淑仪、区文杰

1）RY-J7集成灶烟道结构优化，8.7前出第二版3D图
   ——谭永康
2）熄火保护新针阀装机验证（200小时寿命测试），下周二出阶段
   报告 ——伍家豪
3）出口能效标签（坦桑尼亚TBS）资料整理，两周内交外贸部
   ——区文杰
4）样机噪音复测，等实验室通知 ——冯淑仪

下周二同一时间，还是研发部会议室。

家豪"""


def b9628():
    to = [P("谭永康"), P("冯淑仪"), P("区文杰")]
    cc = [P("梁志强"), BOT]
    h, _ = netease(S9628, P("伍家豪"), to, cc, "研发周会纪要 0804", "9628")
    html = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + paras_html(T9628) + "</div>"
    body = multi("alternative", [leaf("text/plain", T9628, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "----=_Part_%s_%s.1785831008111" % (hx("9628a", 6), hx("9628b", 9)))
    return deliver("C", S9628, P("伍家豪")[1], h, body, "9628", "qiye163-mx.example.net", "123.58.177.149")


case(num=9628, slug="ruiyan-trailing-owner-wrapped-netease", kind="minutes", build=b9628,
     items=[item("谭永康", "RY-J7集成灶烟道结构优化，出第二版3D图", ("abs", "2026-08-07"), "8.7前"),
            item("伍家豪", "熄火保护新针阀装机验证出阶段报告", ("next_wd", 1), "下周二"),
            item("区文杰", "出口能效标签（坦桑尼亚TBS）资料整理交外贸部", ("days", 14), "两周内"),
            item("冯淑仪", "样机噪音复测", None, None)],
     followup=("next_wd", 1, "14:30"),
     notes="NetEase (企业邮) UTF-8 minutes where the owner trails the item after '——', often on the next line, and one item is wrapped mid-phrase. Sent Tue 2026-08-04. #1 '8.7前' (month.day) -> 2026-08-07; #2 '下周二' -> 2026-08-11 ('200小时' is a test duration); #3 '两周内' -> 14 calendar days -> 2026-08-18; #4 '等实验室通知' gives no date -> no_due. '下周二同一时间' -> 2026-08-11 at the meeting's start 14:30 (header '14:30-15:40').",
     tests="NetEase: owners trailing '——姓名' on the next line, wrapped items; 8.7前; 下周二; 两周内; no date; '下周二同一时间' from the header time")
