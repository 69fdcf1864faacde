"""Cases 10707-10712."""
from h79_common import who, item, fu, BOT
from h79_clients import mail
from h79_attach import docx_bytes, pdf_bytes, stamp
import h79_html as H


def c10707():
    text = """Dear Eric, Leo,

Thank you for the call today. Sharing my notes so we are aligned - please correct me if needed.

Attendees: Tanvir Rahman, Nusrat Jahan (Karnaphuli ACS); Eric Na, Leo Tan, Jenny Yu (Nemunas Yingkou)

Discussed
* 14 of our 22 cutting tables still run the old NP-60 heads; focal drift after ~300 hours.
* Nemunas proposed the NP-60R retrofit kit; we pilot on 2 tables first.
* Price and Incoterms (CIP Chattogram) agreed in principle.

Next steps
[ ] @Leo - send the retrofit installation drawing and the torque spec by Apr 24
[ ] @Eric - revised quotation with the pilot discount, within 3 business days
[ ] @Nusrat - confirm the supply voltage at Table 7 and Table 9 by Thursday
[x] @Tanvir - share the maintenance log export (done during the call)
[ ] Karnaphuli - arrange factory access permits for the Nemunas engineer (dates to be decided)

Next call: Tuesday 28 April, 4:00 PM Dhaka time (6:00 PM Beijing).

Best regards,
Tanvir Rahman
Head of Maintenance
Karnaphuli Apparel Cutting Systems Ltd.
Chattogram EPZ, Bangladesh
"""
    html = H.gmail(text.split("\n"))
    to = [("Eric Na", who("那英杰")[1]), ("Leo Tan", who("谭志远")[1])]
    cc = [who("Nusrat Jahan"), ("Jenny Yu", who("于佳宁")[1]), BOT["N"]]
    eml, _ = mail("gmail", who("Tanvir Rahman"), to, cc,
                  "Meeting notes - NP-60R retrofit, Karnaphuli / Nemunas", "2026-04-20 22:40:17 +0600",
                  text, html, seed="10707")
    items = [
        item("谭志远", "send the retrofit installation drawing and the torque spec", "2026-04-24", ("md", 4, 24)),
        item("那英杰", "revised quotation with the pilot discount", "2026-04-24", ("wk", 3)),
        item("Nusrat Jahan", "confirm the supply voltage at Table 7 and Table 9", "2026-04-23", ("wd", 3)),
        item(None, "arrange factory access permits for the Nemunas engineer", None, None,
             flags=["no_owner", "vague_due"]),
    ]
    return dict(num=10707, slug="gmail-customer-bangladesh-checkboxes-tz", kind="minutes", eml=eml, items=items,
                followup=fu("2026-04-28", "18:00", ("abs", "2026-04-28")),
                notes="Customer-written notes (Karnaphuli, Bangladesh; Google Workspace, UTF-8 QP). Date Mon 20 Apr "
                      "2026 22:40 +0600 = Tue 2026-04-21 00:40 in Shanghai, so relative dates count from Tuesday. "
                      "'[ ] @Leo … by Apr 24' -> 04-24; '@Eric … within 3 business days' -> 04-22, 04-23, 04-24 -> 04-24 "
                      "(from Monday it would be 04-23); '@Nusrat … by Thursday' -> 04-23 (external owner resolved from "
                      "Cc); '[x] @Tanvir … (done during the call)' is ticked: not an item; 'Karnaphuli - …' is a company, "
                      "not a person -> no_owner, department null, 'dates to be decided' -> vague_due. Next call "
                      "4:00 PM Dhaka = 6:00 PM Beijing -> 2026-04-28 18:00.")


def c10708():
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
             "实际完成时间", "进展情况", "风险点及应对措施"],
            ["1", "儿童头盔新模具试模", "研发部", "生产部", "向玲", "卜海军", "2026-04-13", "2026-04-30", "2026-04-29",
             "已完成", "—"],
            ["2", "EPS内衬密度调整验证", "研发部", "品管部", "向玲", "易晓红", "2026-04-20", "2026-05-12", "-",
             "进行中（已完成50%）", "冲击试验设备排队，已协调优先使用"],
            ["3", "出口包装唛头模板更新", "外贸部", "研发部", "覃宇", "向玲", "2026-04-27", "2026-05-09", "-",
             "进行中", "5月9日为调休工作日，正常推进"],
            ["4", "镜片防雾涂层供应商导入", "研发部", "财务部", "邝志刚", "田蕾", "2026-05-06", "待定", "-",
             "未开始", "等两家供应商报价"],
            ["5", "尾灯电池仓结构优化", "研发部", "生产部", "邝志刚", "卜海军", "2026-04-01", "2026-04-24", "-",
             "延期", "模具修改推迟，调整后完成时间5月15日"]]
    blocks = ["各位：", "节后第一天，协作事项跟踪表更新如下（标黄为本周重点），请各责任人核对进度。", "",
              ("table", rows), "", "下周三上午10点在研发部会议室对一下进度。", "", "邝志刚 研发部"]
    text = H.plain(blocks)
    html = H.divs(blocks, cs="utf-8", wrapper="exmail", style="font-family:微软雅黑;font-size:14px")
    to = [who("向玲"), who("卜海军"), who("易晓红"), who("覃宇"), who("田蕾")]
    cc = [who("符振华"), BOT["C"]]
    eml, _ = mail("wecom", who("邝志刚"), to, cc, "跨部门协作事项跟踪表（5月第1周更新）", "2026-05-06 09:15:02 +0800",
                  text, html, seed="10708")
    items = [
        item("向玲", "EPS内衬密度调整验证", "2026-05-12", ("abs", "2026-05-12")),
        item("覃宇", "出口包装唛头模板更新", "2026-05-09", ("abs", "2026-05-09")),
        item("邝志刚", "镜片防雾涂层供应商导入", None, None, flags=["vague_due"]),
        item("邝志刚", "尾灯电池仓结构优化", "2026-05-15", ("md", 5, 15)),
    ]
    return dict(num=10708, slug="wecom-seed-collab-tracking-two-owners", kind="minutes", eml=eml, items=items,
                followup=fu("2026-05-13", "10:00", ("next", 2)),
                notes="Seed 跨部门协作事项跟踪表 with both 责任人（发起方） and 责任人（协作方） columns, WeCom mail UTF-8, "
                      "sent Wed 2026-05-06 (first working day after Labour Day). AMBIGUOUS: the table names two people "
                      "per row; the gold takes 责任人（发起方） as the owner (the accountable side in the seed template) "
                      "and treats the 协作方 as support. Row 1 已完成 with 实际完成时间: status, not an item. Row 2 due "
                      "05-12; row 3 due 2026-05-09 (the Labour Day make-up Saturday); row 4 计划完成时间 待定 -> "
                      "vague_due; row 5 is 延期 and its 风险点 cell gives the new date '调整后完成时间5月15日' -> "
                      "05-15 rather than the overdue 04-24 (AMBIGUOUS: a reader copying the 计划完成时间 column would "
                      "record 04-24). 下周三上午10点 -> 2026-05-13 10:00.")


def c10709():
    rows = [["序号", "工作内容", "责任人", "完成时限", "备注"],
            ["1", "城区DN600以上主管网阀门井隐患排查", "主责：韦成\n配合：管网所各班组", "5月20日前", "排查台账一井一表"],
            ["2", "第二水源地取水泵站备用电源切换演练", "主责：邸海波；配合：韦成", "本周内", "演练方案提前报局工程建设科"],
            ["3", "城区排水管网易涝点清淤", "主责：芦娜（局工程建设科）\n配合：韦成", "汛期前", "涉及资金由局里统筹"],
            ["4", "排查工作总结报局办公室", "主责：韦成", "待定", ""]]
    blocks = ["各位：", "", "5月11日上午公司召开汛前管网隐患排查工作会议，邸海波主持，局工程建设科芦娜科长参加。纪要如下：", "",
              "一、会议通报了去年汛期城区3处积水点的处置情况，均已整改完毕。", "二、工作分工：", ("table", rows), "",
              "三、下周一（5月18日）上午9:00在公司三楼会议室听取排查进展，请各责任人带台账参会。", "",
              "酒泉肃州供排水有限公司 生产运行部", "2026年5月11日"]
    text = H.plain(blocks)
    html = H.outlook(blocks, cs="gb2312", font="仿宋")
    to = [who("韦成"), who("芦娜")]
    cc = [who("窦建华"), who("祁玉兰"), BOT["G"]]
    eml, _ = mail("outlook", who("邸海波"), to, cc, "汛前管网隐患排查工作会议纪要", "2026-05-11 11:32:19 +0800",
                  text, html, seed="10709")
    items = [
        item("韦成", "城区DN600以上主管网阀门井隐患排查", "2026-05-20", ("md", 5, 20)),
        item("邸海波", "第二水源地取水泵站备用电源切换演练", "2026-05-17", ("weekend",)),
        item("芦娜", "城区排水管网易涝点清淤", None, None, flags=["vague_due"]),
        item("韦成", "排查工作总结报局办公室", None, None, flags=["vague_due"]),
    ]
    return dict(num=10709, slug="outlook-soe-zhuze-peihe-cell", kind="minutes", eml=eml, items=items,
                followup=fu("2026-05-18", "09:00", ("next", 0)),
                notes="SOE (肃州供排水公司) minutes, Outlook gb2312 base64 text + Word HTML, sent Mon 2026-05-11. The "
                      "责任人 cell holds '主责：X 配合：Y' (newline or '；'): the owner is the 主责 person; 配合 names are "
                      "support. 5月20日前 -> 05-20; 本周内 -> Sunday 2026-05-17 (calendar-week end per the date rules; "
                      "AMBIGUOUS: a business reader may mean Fri 05-15); 汛期前 has no date -> vague_due; 待定 -> vague_due. "
                      "Section 一 is a report (整改完毕). 下周一（5月18日）上午9:00 -> 2026-05-18 09:00.")


def c10710():
    when = stamp("2026-05-08 09:58:00")
    lines = ["Nemunas Photonics - Group Quality",
             "Date: 7 May 2026, 14:00-15:30 (Vilnius) / 19:00-20:30 (Yingkou)",
             "Participants: Ruta Kazlauskiene (chair), Snow Bao, Leo Tan, Martin Guan, Eric Na",
             "",
             "# 1. Status of the 8D (ZnSe window delamination)",
             "D1-D3 done. Containment: 412 pcs on hold in Yingkou, 60 pcs at the customer returned.",
             "# 2. Findings",
             "Delamination starts at the chamfer; suspected pre-clean bath contamination (week 16).",
             "# 3. Decisions",
             "Pre-clean bath change interval reduced from 10 to 7 days, effective immediately.",
             "# 4. Actions",
             "No.  Action                                               Owner            Due",
             "A1   Complete D4 root-cause analysis                      Snow Bao         12 May 2026",
             "A2   Re-run adhesion test on 30 retained samples          Leo Tan          within 2 business days",
             "A3   Update supplier audit checklist (coating chemicals)  Martin Guan      end of May",
             "A4   Approve the containment release plan                 R. Kazlauskiene  Monday",
             "A5   Notify Karnaphuli about the hold                     Eric Na          Closed (6 May)",
             "",
             "Next review: Thursday 14 May 2026, 10:00 Vilnius / 15:00 Yingkou."]
    pdf = pdf_bytes("Minutes - Quality review QR-2026-05-07", lines, "Ruta Kazlauskiene", when)
    text = """Dear all,

Please find attached the minutes of yesterday's quality review (8D for the ZnSe window delamination). The action list is in section 4 - please check your items.

Kind regards,
Rūta

Rūta Kazlauskienė
Group Quality Manager
Nemunas Photonics UAB | Vilnius, Lithuania
"""
    html = H.apple(text.split("\n"))
    to = [("Snow Bao", who("鲍雪")[1]), ("Leo Tan", who("谭志远")[1]), ("Martin Guan", who("关明浩")[1]),
          ("Eric Na", who("那英杰")[1])]
    cc = [("Jenny Yu", who("于佳宁")[1]), BOT["N"]]
    eml, _ = mail("apple", who("Rūta Kazlauskienė"), to, cc, "Minutes QR-2026-05-07 – 8D ZnSe delamination",
                  "2026-05-08 10:05:44 +0300", text, html, seed="10710",
                  attachments=[("application/pdf", "QR-2026-05-07 minutes.pdf", pdf)])
    items = [
        item("鲍雪", "Complete D4 root-cause analysis", "2026-05-12", ("abs", "2026-05-12")),
        item("谭志远", "Re-run adhesion test on 30 retained samples", "2026-05-11", ("wk", 2)),
        item("关明浩", "Update supplier audit checklist (coating chemicals)", "2026-05-31", ("mend", 5)),
        item("Rūta Kazlauskienė", "Approve the containment release plan", "2026-05-11", ("wd", 0)),
    ]
    return dict(num=10710, slug="apple-mail-pdf-minutes-makeup-saturday", kind="minutes", eml=eml, items=items,
                followup=fu("2026-05-14", "15:00", ("abs", "2026-05-14")),
                att_text=["Complete D4 root-cause analysis", "within 2 business days", "Next review"],
                notes="Apple Mail from Vilnius (+0300, 10:05 = 15:05 Fri 2026-05-08 in Shanghai); the minutes are only "
                      "in the PDF attachment (text body is a cover note). Section 4 table: A1 '12 May 2026'; A2 "
                      "'within 2 business days' -> Sat 05-09 (Labour Day make-up working day) and Mon 05-11 -> 05-11; "
                      "A3 'end of May' -> 05-31; A4 'Monday' -> 05-11, owner 'R. Kazlauskiene' = the sender Rūta "
                      "Kazlauskienė (roster); A5 'Closed (6 May)' is done: not an item. Section 3 decision is not an "
                      "item. Next review 10:00 Vilnius / 15:00 Yingkou -> 2026-05-14 15:00.")


def c10711():
    when = stamp("2026-05-14 15:20:00")
    rows = [["序号", "事项", "责任部门", "责任人", "完成时间"],
            ["1", "对评分低于70分的2家供应商发整改通知", "采购部", "牟海燕", "5月15日"],
            ["2", "油缸供应商现场审核", "质量部", "訾主管", "5月下旬"],
            ["3", "更新合格供应商名录并发布", "采购部", "", "5月22日前"],
            ["4", "钢材价格联动条款谈判", "采购部/销售部", "牟海燕、伊春来", "6月10日前"]]
    before = ["会议时间：2026年5月13日 14:00-16:30", "会议地点：行政楼二楼会议室",
              "参会人员：孔德顺、牟海燕、訾文静、伊春来、聂红梅", "记录人：牟海燕",
              "一、评审结果", "本季度参评供应商23家，A类9家、B类11家、C类3家；2家评分低于70分。",
              "二、待办事项"]
    after = ["三、其他", "下季度评审会暂定8月中旬召开。"]
    doc = docx_bytes("供应商季度评审会会议纪要", before, rows, after, "牟海燕", when)
    blocks = ["各位领导、同事：", "", "5月13日供应商季度评审会的纪要见附件，请查收。待办事项请相关同事按时完成。", "",
              "牟海燕", "采购部", "山东运河属具科技有限公司"]
    text = H.plain(blocks)
    html = H.outlook(blocks, cs="utf-8", font="微软雅黑")
    to = [who("孔德顺"), who("訾文静"), who("伊春来"), who("聂红梅")]
    cc = [BOT["Y"]]
    eml, _ = mail("outlook_utf8", who("牟海燕"), to, cc, "供应商季度评审会会议纪要", "2026-05-14 16:40:27 +0800",
                  text, html, seed="10711",
                  attachments=[("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                "供应商季度评审会会议纪要0513.docx", doc)])
    items = [
        item("牟海燕", "对评分低于70分的2家供应商发整改通知", "2026-05-15", ("md", 5, 15)),
        item("訾文静", "油缸供应商现场审核", None, None, flags=["vague_due"]),
        item(None, "更新合格供应商名录并发布", "2026-05-22", ("md", 5, 22), flags=["no_owner"], dept="采购部"),
        item("牟海燕", "钢材价格联动条款谈判", "2026-06-10", ("md", 6, 10)),
    ]
    return dict(num=10711, slug="outlook-utf8-docx-minutes-attachment", kind="minutes", eml=eml, items=items,
                followup=None, att_text=["油缸供应商现场审核", "钢材价格联动条款谈判", "5月22日前"],
                notes="Outlook UTF-8 QP cover note; the minutes are in the .docx attachment (RFC 2231 file name). Sent "
                      "Thu 2026-05-14. Table 待办事项: row 1 5月15日 -> 05-15; row 2 '5月下旬' is a period, no date -> "
                      "vague_due (訾主管 = 訾文静); row 3 has 责任部门 采购部 but an empty 责任人 -> no_owner, department "
                      "采购部; row 4 names two people '牟海燕、伊春来' -> AMBIGUOUS: the gold records one item owned by "
                      "the first-named 牟海燕 (伊春来 co-owns). '下季度评审会暂定8月中旬' -> no follow-up date.")


def c10712():
    blocks = [
        "各位，飞书智能纪要转给大家，待办请认领，有遗漏的直接回邮件补充。",
        "",
        "智能纪要：城市通勤款头盔设计评审 2026年5月19日",
        "",
        "总结",
        "· 外观：评审组认可哑光黑和雾霾蓝两个主色，亮橙色作为备选。",
        "· 结构：向玲介绍上周已完成整盔重量测试（M码412g），满足不超过450g的目标。",
        "· 工艺：卜海军认为水转印比喷涂多两道工序，需评估产能。",
        "",
        "待办",
        "· 向玲：根据评审意见修改通勤款外壳3D数据，下周三前提交",
        "· 卜海军：评估外壳喷涂改水转印对产能的影响，本周五前",
        "· 邝志刚：与营销确认最终配色方案",
        "· 易晓红：准备CCC认证送样清单，5月29日前",
        "",
        "智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用",
    ]
    text = H.plain(blocks)
    html = ('<div style="font-family:-apple-system,PingFang SC;font-size:14px;color:#1f2329">\n%s\n</div>\n'
            % "\n".join('<div style="margin:4px 0">%s</div>' % (b if b else "<br>") for b in blocks))
    to = [who("向玲"), who("卜海军"), who("易晓红")]
    cc = [who("符振华"), BOT["C"]]
    eml, _ = mail("feishu", who("邝志刚"), to, cc, "转发：智能纪要：城市通勤款头盔设计评审 2026年5月19日",
                  "2026-05-19 18:02:36 +0800", text, html, seed="10712")
    items = [
        item("向玲", "根据评审意见修改通勤款外壳3D数据", "2026-05-27", ("next", 2)),
        item("卜海军", "评估外壳喷涂改水转印对产能的影响", "2026-05-22", ("this", 4)),
        item("邝志刚", "与营销确认最终配色方案", None, None, flags=["no_due"]),
        item("易晓红", "准备CCC认证送样清单", "2026-05-29", ("md", 5, 29)),
    ]
    return dict(num=10712, slug="feishu-ai-minutes-todo-only", kind="minutes", eml=eml, items=items, followup=None,
                notes="Feishu 智能纪要 forwarded by a person (Feishu Mail, UTF-8 QP text + HTML), sent Tue 2026-05-19. "
                      "Only the 待办 list counts: 总结 lines are facts and a report of work already done (重量测试). "
                      "下周三前 -> 05-27; 本周五前 -> 05-22; no date for 邝志刚 -> no_due; 5月29日前 -> 05-29. "
                      "'有遗漏的直接回邮件补充' is not an item. No next meeting.")


CASES = [c10707, c10708, c10709, c10710, c10711, c10712]
