"""Cases 9601-9608: 娄底市娄星区人力资源和社会保障局 (government unit, lxrsj.example.gov.cn)."""
from h68_attach import make_docx, make_pdf
from h68_clients import coremail, exmail, foxmail, netease, outlook, thunderbird
from h68_common import BOTS, P, deliver, esc, html_table, hx, item, leaf, multi, paras_html

BOT = BOTS["A"]
CASES = []


def case(**kw):
    CASES.append(kw)


# ------------------------------------------------------------------------------------------------ 9601
S9601 = "2026-04-14T10:22:31+08:00"
T9601 = """各股室、大队：
　　4月13日下午，邓建华副局长在三楼会议室主持召开春风行动暨就业援助月工作推进会，听取就业促进股、劳动保障监察大队、社会保险股、职业能力建设股工作汇报，研究部署下一阶段重点工作。现将会议议定事项纪要如下：

　　一、基本情况
　　一季度全区城镇新增就业2208人，完成年度任务的27.6%；春风行动期间已举办线上招聘9场，达成就业意向1360人次。

　　二、下一阶段工作安排
　　一是抓好线下招聘专场。联系辖区重点企业不少于40家，组织好4月25日“春风送岗”专场招聘会，4月24日前完成参会企业岗位征集。（责任单位：就业促进股；责任人：彭丽娟）
　　二是开展根治欠薪专项排查。对全区在建工程项目逐一排查农民工工资专用账户和实名制管理情况，五一节前完成首轮排查并形成问题清单。（责任单位：劳动保障监察大队；责任人：谢志刚）
　　三是做好失业保险稳岗返还政策宣传。5个工作日内梳理符合条件的企业名单，报局领导审定。（责任单位：社会保险股）
　　四是推进补贴性职业技能培训。4月底前完成上半年培训计划备案，确保培训机构资质审核到位。（责任单位：职业能力建设股；责任人：罗文斌）
　　五是做好就业信息平台岗位数据对接。（责任单位：信息中心；责任人：朱海波；完成时限：待定，视省厅接口开放情况另行通知）

　　三、有关要求
　　各股室要强化责任担当，每周五下班前将工作进展报局办公室汇总；涉及跨股室的事项，牵头单位要主动协调，不得推诿。

　　下次调度会定于4月28日（周二）上午9:00召开，地点另行通知。

参会人员：邓建华、曾国平、彭丽娟、谢志刚、贺晓雯、罗文斌、朱海波
记录：肖敏

娄底市娄星区人力资源和社会保障局办公室
2026年4月14日"""


def b9601():
    to = [P("彭丽娟"), P("谢志刚"), P("贺晓雯"), P("罗文斌"), P("朱海波")]
    cc = [P("邓建华"), P("曾国平"), BOT]
    h, _ = coremail(S9601, P("肖敏"), to, cc, "关于春风行动暨就业援助月工作推进会的会议纪要", "9601")
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + paras_html(T9601, "p") + "</div>")
    body = multi("alternative", [leaf("text/plain", T9601, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "----=_Part_%s_%s.1776133351604" % (hx("9601b", 6), hx("9601c", 9)))
    return deliver("A", S9601, P("肖敏")[1], h, body, "9601", "192.168.10.23", "192.168.10.23")


case(num=9601, slug="gov-yishi-ershi-coremail", kind="minutes", build=b9601,
     items=[item("彭丽娟", "完成参会企业岗位征集", ("abs", "2026-04-24"), "4月24日前"),
            item("谢志刚", "完成在建工程项目欠薪首轮排查并形成问题清单", ("before_hol", "2026-05-01"), "五一节前"),
            item(None, "梳理符合稳岗返还条件的企业名单报局领导审定", ("wdays", 5), "5个工作日内", dept="社会保险股"),
            item("罗文斌", "完成上半年补贴性培训计划备案", ("month_end",), "4月底前"),
            item("朱海波", "就业信息平台岗位数据对接", ("vague",), "待定")],
     followup=("abs", "2026-04-28", "09:00"),
     notes="Government 一是/二是 style with (责任单位；责任人) after each point. Sent Tue 2026-04-14 10:22. 一是 '4月24日前完成…岗位征集' -> 2026-04-24 (4月25日 is the job-fair date, not the deadline). 二是 '五一节前' -> last working day before the 05-01..05-05 holiday = Thu 2026-04-30. 三是 names only 责任单位 社会保险股 -> no_owner, department 社会保险股; '5个工作日内' from Tue: 04-15,16,17,20,21 -> 2026-04-21. 四是 '4月底前' -> 2026-04-30. 五是 '完成时限：待定' -> vague_due. 三、有关要求 '每周五下班前…报局办公室' is a standing rule for all 股室, not an item. '下次调度会定于4月28日（周二）上午9:00' -> follow-up 2026-04-28 09:00. Coremail multipart/alternative UTF-8 base64 with full-width indents.",
     tests="Coremail gov 纪要 一是…五是 with （责任单位；责任人）; 五一节前; dept-only 责任单位 -> no_owner; 待定; standing rule not an item")

# ------------------------------------------------------------------------------------------------ 9602
S9602 = "2026-05-07T15:48:12+08:00"
T9602 = """各位：

附件是5月6日局党组会议研究“人社服务进企业”专项行动的纪要（娄星人社纪〔2026〕7号），请按责任分工表抓好落实，有问题及时和我联系。

曾国平
局办公室
电话：0738-8312056"""
DOCX9602 = [
    ("h", "娄星区人力资源和社会保障局会议纪要"),
    ("p", "娄星人社纪〔2026〕7号"),
    ("p", "会议时间：2026年5月6日（星期三）下午3:00　会议地点：局三楼会议室"),
    ("p", "主持：邓建华　参会：曾国平、彭丽娟、谢志刚、胡春燕、贺晓雯、罗文斌　记录：肖敏"),
    ("p", "会议研究了“人社服务进企业”专项行动实施方案，同意成立工作专班，由邓建华同志任组长。会议议定以下事项："),
    ("table", [["序号", "工作任务", "责任单位", "责任人", "完成时限"],
               ["1", "走访规上工业企业，建立用工需求台账", "就业促进股", "彭丽娟", "5月9日（星期六，调休上班）前"],
               ["2", "报送“人社服务专员”选派名单", "办公室", "曾国平", "3个工作日内"],
               ["3", "开展企业劳动用工合规体检", "劳动保障监察大队", "谢志刚（胡春燕配合）", "6月底前"],
               ["4", "完成首批技能提升补贴审核发放", "职业能力建设股", "罗文斌", "端午节前"],
               ["5", "优化社保经办窗口“高效办成一件事”流程", "社会保险股", "—", "尽快"]]),
    ("p", "下阶段调度安排：5月20日（周三）下午3:00，局三楼会议室，各责任单位汇报进展。"),
    ("p", "娄底市娄星区人力资源和社会保障局办公室　2026年5月7日印发"),
]


def b9602():
    to = [P("彭丽娟"), P("谢志刚"), P("胡春燕"), P("贺晓雯"), P("罗文斌")]
    cc = [P("邓建华"), P("肖敏"), BOT]
    h, _ = outlook(S9602, P("曾国平"), to, cc, "娄星人社纪〔2026〕7号 人社服务进企业专项行动会议纪要", "9602",
                   cs="gb2312", attach=True)
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=gb2312"></head><body lang=ZH-CN><div class=WordSection1>'
            + "".join('<p class=MsoNormal><span style=\'font-family:"微软雅黑",sans-serif\'>%s<o:p></o:p></span></p>'
                      % (esc(l) or "<o:p>&nbsp;</o:p>") for l in T9602.split("\n")) + "</div></body></html>")
    alt = multi("alternative", [leaf("text/plain", T9602, "gb2312", "base64", crlf=True),
                                leaf("text/html", html, "gb2312", "base64", crlf=True)],
                "----=_NextPart_001_0018_01DCDDF1.%s" % hx("9602", 8).upper())
    fn = "=?gb2312?B?yMvJ57f+zvG9+Mbz0rW74dLpvM3SqjIwMjYtNS02LmRvY3g=?="
    doc = leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=make_docx(DOCX9602, "曾国平"),
               cte="base64", name=fn, disposition='Content-Disposition: attachment;\n\tfilename="%s"' % fn)
    body = multi("mixed", [alt, doc], "----=_NextPart_000_0017_01DCDDF1.%s" % hx("9602", 8).upper(),
                 preamble="This is a multipart message in MIME format.")
    return deliver("A", S9602, P("曾国平")[1], h, body, "9602", "ZENGGP-PC", "192.168.10.41")


case(num=9602, slug="gov-docx-duty-table-outlook-gb2312", kind="minutes", build=b9602,
     items=[item("彭丽娟", "走访规上工业企业，建立用工需求台账", ("abs", "2026-05-09"), "5月9日（星期六，调休上班）前"),
            item("曾国平", "报送“人社服务专员”选派名单", ("wdays", 3), "3个工作日内"),
            item("谢志刚", "开展企业劳动用工合规体检", ("month_end", 1), "6月底前"),
            item("罗文斌", "完成首批技能提升补贴审核发放", ("before_hol", "2026-06-19"), "端午节前"),
            item(None, "优化社保经办窗口“高效办成一件事”流程", ("vague",), "尽快", dept="社会保险股")],
     followup=("abs", "2026-05-20", "15:00"),
     notes="The minutes are only in the .docx (责任分工表 序号/工作任务/责任单位/责任人/完成时限); the Outlook gb2312 body just says see attachment. Sent Thu 2026-05-07. #1 '5月9日（星期六，调休上班）前' -> 2026-05-09, the Labour-Day make-up Saturday. #2 '3个工作日内' from Thu 05-07: Fri 05-08, Sat 05-09 (make-up), Mon 05-11 -> 2026-05-11 (a Mon-Fri count gives 05-12). #3 '谢志刚（胡春燕配合）' -> owner 谢志刚 (配合 is support); '6月底前' -> 2026-06-30. #4 '端午节前' (holiday 06-19..06-21) -> Thu 2026-06-18. #5 责任人 '—' -> no_owner, department 社会保险股, '尽快' -> vague_due. 会议同意成立工作专班 is a decision. '下阶段调度安排：5月20日（周三）下午3:00' -> follow-up 2026-05-20 15:00.",
     tests="Outlook gb2312 'see attachment' + .docx 责任分工表; 5月9日 make-up Saturday; 3个工作日内 over it; 谢志刚（胡春燕配合）; 端午节前; 责任人 '—'")

# ------------------------------------------------------------------------------------------------ 9603
S9603 = "2026-04-28T17:05:44+08:00"
T9603 = """各位，今天下午见习基地申报专题会已开完，纪要直接回在这封通知邮件里，方便大家对照通知要求：

见习基地申报专题会纪要（4月28日）
参会：彭丽娟、罗文斌、贺晓雯、朱海波

1. 12家企业的申报材料，下周三前由我汇总完成初审 —— 彭丽娟
2. 见习补贴标准测算表，3个工作日内报邓局 —— 贺晓雯
3. 业务系统新增“见习岗位”标签，节后第一个工作日上线 —— 朱工
4. 见习人员岗前培训课程，5月15日前与培训机构确定 —— 罗股长

下次碰头：5月7日上午10点，就业促进股办公室。

彭丽娟
就业促进股

------------------ 原始邮件 ------------------
发件人: "曾国平"<zengguoping@lxrsj.example.gov.cn>
发送时间: 2026年4月20日(星期一) 上午9:30
收件人: "彭丽娟"<penglijuan@lxrsj.example.gov.cn>;"罗文斌"<luowenbin@lxrsj.example.gov.cn>;
主题: 关于申报2026年度就业见习基地的通知

各股室：
根据市人社局通知，请就业促进股牵头，于4月30日前将符合条件企业的申报材料报送办公室，
职业能力建设股于5月8日前提交见习培训方案。逾期视为放弃申报。
局办公室"""


def b9603():
    to = [P("罗文斌"), P("贺晓雯"), P("朱海波")]
    cc = [P("曾国平"), P("邓建华"), BOT]
    irt = "<%s$%s$%s@lxrsj.example.gov.cn>" % ("000001dc" + hx("9603old", 8), hx("9603o1", 8), hx("9603o2", 8))
    h, _ = exmail(S9603, P("彭丽娟"), to, cc, "回复：关于申报2026年度就业见习基地的通知", "9603", cs="UTF-8",
                  irt=irt, refs=[irt], wecom=True)
    html = '<div style="font-family:微软雅黑;font-size:14px">' + paras_html(T9603) + "</div>"
    body = multi("alternative", [leaf("text/plain", T9603, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "----=_NextPart_%s_%s" % (hx("9603b", 8).upper(), hx("9603c", 8).upper()))
    return deliver("A", S9603, P("彭丽娟")[1], h, body, "9603", "smtpbg.wecom.example.com", "113.96.223.80")


case(num=9603, slug="gov-minutes-as-re-in-notice-thread-wecom", kind="minutes", build=b9603,
     items=[item("彭丽娟", "汇总完成12家企业申报材料初审", ("next_wd", 2), "下周三前"),
            item("贺晓雯", "报送见习补贴标准测算表", ("wdays", 3), "3个工作日内"),
            item("朱海波", "业务系统新增“见习岗位”标签上线", ("after_hol", "2026-05-05"), "节后第一个工作日"),
            item("罗文斌", "与培训机构确定见习人员岗前培训课程", ("abs", "2026-05-15"), "5月15日前")],
     followup=("abs", "2026-05-07", "10:00"),
     notes="New minutes posted as '回复：' in an old notice thread (WeCom mail, In-Reply-To the notice). Sent Tue 2026-04-28 17:05, just before the 05-01..05-05 Labour Day holiday. #1 '由我' = the sender 彭丽娟; '下周三前' -> Wed 2026-05-06. #2 '3个工作日内' from Tue: Wed 04-29, Thu 04-30, then the holiday, Wed 05-06 -> 2026-05-06. #3 '朱工' = 朱海波 (alias); '节后第一个工作日' -> 2026-05-06. #4 '罗股长' = 罗文斌; 2026-05-15. The quoted notice below '原始邮件' (4月30日前 / 5月8日前) is old text, not items. '下次碰头：5月7日上午10点' -> follow-up 2026-05-07 10:00.",
     tests="Minutes as '回复：' inside an old notice thread (WeCom); '—— 姓名' trailing owners incl. 由我/朱工/罗股长; 下周三/3个工作日/节后 across 五一; quoted notice dates ignored")

# ------------------------------------------------------------------------------------------------ 9604
S9604 = "2026-06-12T16:40:05+08:00"
T9604 = """邓局、各位：

今天下午就锦华苑二期项目农民工讨薪问题召开了协调会，住建局、街道、总包单位项目经理到会。会议情况记录如下：

问题编号：WT-2026-0612-01
问题描述：锦华苑二期项目42名农民工反映4、5月工资共计约86万元未发放
提交人：12345热线转办
提交时间：2026-06-12 09:15
紧急程度：高
影响范围：42名务工人员，存在聚集上访风险
责任部门：劳动保障监察大队
责任人：谢志刚
计划解决时间：2026-06-18
解决方案：督促总包单位足额支付拖欠工资，具体措施：
  ①24小时内约谈总包单位项目负责人，下达限期整改指令书（谢志刚）；
  ②今天下班前将欠薪人员花名册及金额核对表报局办公室（胡春燕）；
  ③下周一上午9点前向区住建局通报情况，协调动用工资保证金（邓局）；
  ④端午节后第一个工作日组织复查，现场核实工资发放到位情况（监察大队）。
实际解决时间：
备注：总包单位表示已申请公司拨款，预计6月16日到账，到账后当天发放。

胡春燕
娄星区劳动保障监察大队
举报投诉：12333（24小时受理）  地址：娄底市娄星区乐坪西街 邮编417000"""


def b9604():
    to = [P("邓建华"), P("谢志刚")]
    cc = [P("曾国平"), BOT]
    h, _ = foxmail(S9604, P("胡春燕"), to, cc, "【紧急】锦华苑二期项目农民工讨薪问题协调会纪要", "9604", cs="GBK")
    html = '<div style="font-family:宋体;font-size:10.5pt">' + paras_html(T9604) + "</div>"
    body = multi("alternative", [leaf("text/plain", T9604, "GBK", "base64", crlf=True),
                                 leaf("text/html", "<html><body>" + html + "</body></html>", "GBK", "base64", crlf=True)],
                 "----=_001_NextPart%s_=----" % hx("9604", 12))
    return deliver("A", S9604, P("胡春燕")[1], h, body, "9604", "HCY-PC", "192.168.10.77")


case(num=9604, slug="gov-arrears-issue-record-foxmail-gbk", kind="minutes", build=b9604,
     items=[item("谢志刚", "督促总包单位足额支付拖欠工资", ("abs", "2026-06-18"), "2026-06-18"),
            item("谢志刚", "约谈总包单位项目负责人，下达限期整改指令书", ("hours", 24), "24小时内"),
            item("胡春燕", "将欠薪人员花名册及金额核对表报局办公室", ("rel", 0), "今天下班前"),
            item("邓建华", "向区住建局通报情况，协调动用工资保证金", ("next_wd", 0, "09:00"), "下周一上午9点前"),
            item(None, "组织复查，现场核实工资发放到位情况", ("after_hol", "2026-06-21"), "端午节后第一个工作日",
                 dept="劳动保障监察大队")],
     followup=None,
     notes="Seed 问题协调解决记录表 as key：value lines (Foxmail GBK base64, CRLF). Sent Fri 2026-06-12 16:40. The record's 解决方案 '督促总包单位足额支付拖欠工资' with 责任人 谢志刚 and 计划解决时间 2026-06-18 is an item; ① '24小时内' -> 2026-06-13 16:40 (from the Date header); ② '今天下班前' -> 2026-06-12, no time; ③ '邓局' = 邓建华, '下周一上午9点前' -> 2026-06-15 09:00; ④ '(监察大队)' is department-only -> no_owner, department 劳动保障监察大队; '端午节后第一个工作日' (holiday 06-19..06-21) -> Mon 2026-06-22. 提交时间, 备注 '预计6月16日到账' and the signature (12333, 24小时受理, 邮编) are not items.",
     tests="Foxmail GBK 问题协调解决记录表 key：value; 计划解决时间 row item + ①–④; 24小时内 from Date; 今天下班前; 下周一上午9点; 端午节后; signature noise")

# ------------------------------------------------------------------------------------------------ 9605
S9605 = "2026-07-01T08:12:40+08:00"
T9605 = """丽娟、晓雯：

原定明天（周四）下午3点的技能竞赛筹备会，因为我要去市局参加培训，改到下周二（7月7日）上午9点半，地点不变，还是三楼小会议室。

竞赛项目清单和预算草稿请大家周一前发我，我汇总后一并带到会上。

罗文斌

发自网易邮箱大师"""


def b9605():
    to = [P("彭丽娟"), P("贺晓雯")]
    cc = [P("曾国平"), BOT]
    h, _ = netease(S9605, P("罗文斌"), to, cc, "周四的技能竞赛筹备会改到下周二", "9605", master=True)
    body = leaf("text/plain", T9605, "UTF-8", "base64")
    return deliver("A", S9605, P("罗文斌")[1], h, body, "9605", "m15-112.mail.example.net", "220.181.15.112")


case(num=9605, slug="gov-other-reschedule-mailmaster", kind="other", build=b9605, items=[], followup=None,
     notes="A person rescheduling a meeting from his phone (NetEase Mail Master, text only, bot in Cc out of habit). Not minutes: no meeting was held; '周一前发我' is a personal request, and the new meeting time is not a follow-up of any minutes.",
     tests="Mail Master reschedule note with a request '周一前发我' and a new meeting time -> other, no items")

# ------------------------------------------------------------------------------------------------ 9606
S9606 = "2026-07-13T09:01:17+08:00"
T9606 = """您好！

我于7月13日至7月17日参加省人社厅社保经办业务培训，期间不能及时回复邮件。
紧急事项请联系社会保险股（电话0738-8312068），或7月20日后再与我联系。

贺晓雯
（此邮件为系统自动回复）"""


def b9606():
    h, _ = coremail(S9606, P("贺晓雯"), [BOT], None, "自动回复：Re: 【纪要确认】7月6日局务会议定事项（按责任人）", "9606")
    irt = "<mb.%s@lxrsj.example.gov.cn>" % hx("9607recap", 16)
    h = h[:4] + ["In-Reply-To: " + irt, "References: " + irt, "Auto-Submitted: auto-replied",
                 "X-Autoreply: yes", "Precedence: auto_reply"] + h[4:]
    body = leaf("text/plain", T9606, "UTF-8", "base64")
    return deliver("A", S9606, "", h, body, "9606", "localhost", "127.0.0.1")


case(num=9606, slug="auto-ooo-coremail-auto-submitted", kind="auto", build=b9606, items=[], followup=None,
     notes="Coremail vacation auto-reply to a bot recap: Auto-Submitted: auto-replied, X-Autoreply: yes, Precedence: auto_reply, empty Return-Path <>, subject '自动回复：Re: 【纪要确认】…'. Body has dates (7月13日至7月17日, 7月20日后) that are not items.",
     tests="Coremail auto-reply WITH Auto-Submitted/X-Autoreply headers, Return-Path <>, dates in body -> auto")

# ------------------------------------------------------------------------------------------------ 9607
S9607 = "2026-07-06T17:30:09+08:00"
T9607 = """各位：

7月6日下午3点局务会议定事项，按责任人整理如下，请各自对照落实。有出入的今天内回复我。

【邓局】
  1. 牵头与区财政局对接2026年就业补助资金下达进度，7月15日前拿出初步
     意见。
【谢队】
  ① 暑期高温津贴发放专项检查，本周五前完成辖区商超、物流企业首轮抽
     查；
  ② 7月20日前形成检查通报初稿，报局办公室审核。
【彭股长】
  高校毕业生“暑期就业见习”岗位募集，本月底前岗位数不少于300个。
【罗股长 / 朱工】
  技能人才评价系统与省平台数据对接，罗股长牵头，朱工配合，7月10日前
  完成联调测试。
【贺晓雯】
  本周内完成灵活就业人员参保情况摸底。

上次会议的“人社服务进企业”走访台账已全部完成，不再列入。

下周一同一时间继续调度。

曾国平
局办公室"""


def b9607():
    to = [P("邓建华"), P("谢志刚"), P("彭丽娟"), P("罗文斌"), P("朱海波"), P("贺晓雯")]
    cc = [BOT]
    h, _ = coremail(S9607, P("曾国平"), to, cc, "7月6日局务会议定事项（按责任人）", "9607", cs="GB18030")
    body = leaf("text/plain", T9607, "GB18030", "quoted-printable")
    return deliver("A", S9607, P("曾国平")[1], h, body, "9607", "192.168.10.41", "192.168.10.41")


case(num=9607, slug="gov-grouped-by-person-gb18030-qp", kind="minutes", build=b9607,
     items=[item("邓建华", "与区财政局对接就业补助资金下达进度，拿出初步意见", ("abs", "2026-07-15"), "7月15日前"),
            item("谢志刚", "完成辖区商超、物流企业高温津贴发放首轮抽查", ("this_wd", 4), "本周五前"),
            item("谢志刚", "形成高温津贴检查通报初稿，报局办公室审核", ("abs", "2026-07-20"), "7月20日前"),
            item("彭丽娟", "高校毕业生“暑期就业见习”岗位募集不少于300个", ("month_end",), "本月底前"),
            item("罗文斌", "技能人才评价系统与省平台数据对接完成联调测试", ("abs", "2026-07-10"), "7月10日前"),
            item("贺晓雯", "完成灵活就业人员参保情况摸底", ("week_end",), "本周内")],
     followup=("next_wd", 0, "15:00"),
     notes="Minutes grouped by person (【邓局】【谢队】…), plain text GB18030 quoted-printable, items wrapped over lines with an indent. Sent Mon 2026-07-06. 邓局 = 邓建华, '7月15日前' -> 2026-07-15; 谢队 = 谢志刚 with ① '本周五前' -> Fri 2026-07-10 and ② 2026-07-20; 彭股长 = 彭丽娟, '本月底前' -> 2026-07-31; 【罗股长 / 朱工】: the item says '罗股长牵头，朱工配合' -> owner 罗文斌 (lead), 07-10; 贺晓雯 '本周内' -> end of this calendar week Sun 2026-07-12 (research table rule). AMBIGUOUS: some readers take 本周内 as the working week (Fri 07-10); the calendar-week reading of date-phrases.tsv is used. '有出入的今天内回复我' is the objection window, not an item; the 走访台账 line reports finished work. '下周一同一时间继续调度' -> Mon 2026-07-13 at the meeting's time 15:00 ('7月6日下午3点局务会').",
     tests="Gov minutes grouped by person 【邓局】【谢队】, ①② sub-items, wrapped lines, GB18030 QP; 本周五/本月底/本周内 (AMBIGUOUS); 牵头/配合; '下周一同一时间'")

# ------------------------------------------------------------------------------------------------ 9608
S9608 = "2026-08-19T11:05:50+08:00"
T9608 = """各股室、大队：

现将《关于做好中秋国庆“两节”期间劳动保障维权工作的专题会议纪要》印发给你们，请认真抓好落实。

附件：专题会议纪要.pdf

肖敏
局办公室"""
PDF9608 = [
    "#娄星区人力资源和社会保障局专题会议纪要",
    "（2026年第11期）",
    "8月18日上午，邓建华副局长主持召开专题会议，研究中秋、国庆“两节”期间劳动保障维权工作。",
    "会议指出，今年以来全区共受理欠薪投诉案件63件，已结案58件，结案率92.1%。",
    "会议议定：",
    "一是开展建筑工地工资支付情况全覆盖排查，8月底前完成。",
    "　　（责任单位：劳动保障监察大队；责任人：谢志刚）",
    "二是9月10日前公布节日期间举报投诉值班电话及值班表。",
    "　　（责任单位：办公室；责任人：曾国平）",
    "三是中秋节前实现在办欠薪案件动态清零。（责任单位：劳动保障监察大队）",
    "四是国庆节后第一个工作日报送节日期间维权工作总结。",
    "　　（责任单位：办公室；责任人：肖敏）",
    "五是9月20日（星期日，调休上班）组织全局干部集中学习《保障农民工工资支付条例》。",
    "　　（责任单位：办公室）",
    "会议要求，节日期间严格执行领导带班和24小时值班制度，重大情况1小时内报告。",
    "娄底市娄星区人力资源和社会保障局办公室　2026年8月19日印发",
]


def b9608():
    to = [P("谢志刚"), P("彭丽娟"), P("贺晓雯"), P("罗文斌"), P("胡春燕")]
    cc = [P("邓建华"), P("曾国平"), BOT]
    h, _ = thunderbird(S9608, P("肖敏"), to, cc, "关于中秋国庆“两节”期间劳动保障维权工作的专题会议纪要", "9608",
                       lang="zh-CN")
    fn = "=?UTF-8?B?5LiT6aKY5Lya6K6u57qq6KaBLnBkZg==?="
    body = multi("mixed", [leaf("text/plain", T9608, "UTF-8", "8bit", params="; format=flowed", csq=False),
                           leaf("application/pdf", data=make_pdf(PDF9608, title="专题会议纪要"), cte="base64",
                                name=fn, disposition='Content-Disposition: attachment;\n\tfilename="%s"' % fn)],
                 "------------%s" % hx("9608", 24), preamble="This is a multi-part message in MIME format.")
    return deliver("A", S9608, P("肖敏")[1], h, body, "9608", "192.168.10.36", "192.168.10.36")


case(num=9608, slug="gov-pdf-minutes-thunderbird", kind="minutes", build=b9608,
     items=[item("谢志刚", "开展建筑工地工资支付情况全覆盖排查", ("month_end",), "8月底前"),
            item("曾国平", "公布节日期间举报投诉值班电话及值班表", ("abs", "2026-09-10"), "9月10日前"),
            item(None, "实现在办欠薪案件动态清零", ("before_hol", "2026-09-25"), "中秋节前", dept="劳动保障监察大队"),
            item("肖敏", "报送节日期间维权工作总结", ("after_hol", "2026-10-07"), "国庆节后第一个工作日"),
            item(None, "组织全局干部集中学习《保障农民工工资支付条例》", ("abs", "2026-09-20"), "9月20日（星期日，调休上班）",
                 dept="办公室")],
     followup=None,
     notes="The minutes are only in the PDF attachment (reportlab, CID font; text extracts); Thunderbird 8bit flowed body says 附件. Sent Wed 2026-08-19. 一是 '8月底前' -> 2026-08-31; 二是 2026-09-10; 三是 dept-only -> no_owner, department 劳动保障监察大队, '中秋节前' (holiday Fri 09-25..Sun 09-27) -> Thu 2026-09-24; 四是 '国庆节后第一个工作日' (holiday 10-01..10-07) -> Thu 2026-10-08; 五是 dept-only 办公室, on the make-up Sunday 2026-09-20. '会议指出' figures and '会议要求…24小时值班…1小时内报告' are policy, not items. No next meeting -> null.",
     tests="PDF-only gov minutes (Thunderbird 8bit flowed cover note); 中秋节前 -> 09-24; 国庆节后第一个工作日 -> 10-08; make-up Sunday 09-20; 1小时内 in a policy line")
