"""heldout74 cases 10201-10205: 林芝市气象局 (government unit, Nyingchi, Tibet)."""
from h74_lib import It, VAGUE, E, addr, addrs, subj, text, text_q, multi, message, rfcdate0, rfcdate, hexid
from h74_clients import (BOT_QX, envelope, outlook_thread, outlook_msgid_onprem, word_html, html_table,
                         simple_html, paras_html, coremail_msgid, exmail_msgid)

QX = "nyqx.example.gov.cn"


def c10201():
    sent = "2026-04-30 10:32:15 +0800"
    frm = ("格桑卓玛", E("格桑卓玛"))
    to = [("杜明远", E("杜明远")), ("孙倩", E("孙倩")), ("韩冬梅", E("韩冬梅")), ("白玛央金", E("白玛央金"))]
    cc = [("张海燕", E("张海燕")), BOT_QX]
    lines = [
        "林芝市气象局",
        "会议纪要",
        "〔2026〕第7期",
        "",
        "4月29日下午，张海燕副局长主持召开2026年汛期气象服务工作部署会，气象台、观测与网络科、防雷中心、"
        "办公室、财务科负责同志参加。会议听取了各科室汛前准备情况汇报，研究部署了今年汛期气象服务重点工作。"
        "现将会议议定事项纪要如下：",
        "",
        "一、会议认为，今年我市入汛可能偏早，雅鲁藏布江、尼洋河流域降水偏多，各科室要提高站位，"
        "把汛期气象服务作为当前首要任务。汛期严格执行24小时值班和领导带班制度，重要天气过程提前72小时发布风险提示。",
        "",
        "二、会议议定以下事项：",
        "一是做好汛期预报预警。完成主汛期（6至9月）短期气候预测会商材料。"
        "（责任单位：气象台；责任人：杜明远；完成时限：节后第一个工作日）",
        "二是开展区域自动站汛前巡检。对全市67个区域自动站逐站开展巡检维护，确保汛期数据到报率不低于98%。"
        "（责任单位：观测与网络科；责任人：孙倩；完成时限：5个工作日内）",
        "三是完成重点单位防雷装置安全检测。（责任单位：防雷中心；完成时限：5月底前）",
        "四是保障汛期应急经费。财务科会同办公室梳理汛期应急经费需求，报局党组审定。"
        "（责任单位：财务科、办公室；责任人：白玛央金；完成时限：5月15日前）",
        "",
        "三、会议要求，各科室主要负责同志是本科室汛期工作第一责任人，要对照分工抓好落实，"
        "落实情况于每月5日前报办公室汇总。",
        "",
        "出席：张海燕、杜明远、孙倩、韩冬梅、白玛央金、格桑卓玛",
        "记录：刘建军",
        "分送：局领导，各科室、直属单位",
        "",
        "林芝市气象局办公室",
        "2026年4月30日",
    ]
    plain = "\r\n".join(lines).replace("\r\n", "\n") + "\n"
    html = word_html([l for l in lines], charset="gb2312", font="仿宋_GB2312")
    seed = "10201"
    root = multi("alternative", [text_q(plain, "gb2312", "base64"), text_q(html, "gb2312", "base64", "html")],
                 "----=_NextPart_000_0015_01DCD86E.2B7A4C10")
    root.preamble = "This is a multipart message in MIME format."
    hdr = envelope(BOT_QX, frm[1], "nyqx", [("DESKTOP-BGO7K2M", "10.26.3.41")], sent, "4ZrQ1d3XbTz9sVK") + [
        ("From", addr(*frm, charset="gb2312")),
        ("To", addrs(to, charset="gb2312")),
        ("Cc", addrs(cc, charset="gb2312")),
        ("Subject", subj("林芝市气象局2026年汛期气象服务工作部署会会议纪要", "gb2312")),
        ("Date", rfcdate0(sent)),
        ("Message-ID", outlook_msgid_onprem(seed, QX)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", outlook_thread(seed)),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        It("杜明远", "完成主汛期（6至9月）短期气候预测会商材料", ("after_hol", "Labour"), "2026-05-06"),
        It("孙倩", "对全市67个区域自动站逐站开展巡检维护", ("workdays", 5), "2026-05-11"),
        It(None, "完成重点单位防雷装置安全检测", ("md", 5, 31), "2026-05-31", dept="防雷中心"),
        It("白玛央金", "梳理汛期应急经费需求", ("md", 5, 15), "2026-05-15"),
    ]
    notes = ("Government 会议纪要 (〔2026〕第7期) in the 一是/二是 style with （责任单位；责任人；完成时限） after each item. "
             "Sent Thu 2026-04-30, the last working day before the Labour Day block 05-01..05-05 (make-up Saturday "
             "05-09). 一是 '节后第一个工作日' -> 2026-05-06. 二是 '5个工作日内' counts 05-06, 05-07, 05-08, 05-09 (make-up "
             "Saturday), 05-11 -> 2026-05-11 (a Mon-Fri count would give 05-13). 三是 names only 防雷中心 -> no_owner, "
             "department 防雷中心, '5月底前' -> 2026-05-31. 四是 has two 责任单位 but one 责任人 白玛央金 (财务科) -> her. "
             "Section 一 (值班制度, 72小时 risk notice) and 三 ('每月5日前报办公室') are standing requirements, not items. "
             "Outlook 2016 multipart/alternative, gb2312 base64 in both parts, gb2312 B-encoded names.")
    return dict(no=10201, slug="qx-gov-yishi-ershi-outlook-gb2312", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="Outlook gb2312 gov 纪要 一是/二是 with （责任单位；责任人；完成时限）; 节后第一个工作日 and 5个工作日内 "
                      "across Labour Day with the 05-09 make-up Saturday; dept-only 三是; standing rules not items")


def c10202():
    sent = "2026-06-08 16:45:09 +0800"
    frm = ("刘建军", E("刘建军"))
    rows = [
        ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间",
         "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"],
        ["1", "主汛期短期气候预测会商材料", "气象台", "办公室", "杜明远", "格桑卓玛", "2026-04-30", "2026-05-06",
         "2026-05-06", "已完成", "—"],
        ["2", "区域自动站汛前巡检", "观测与网络科", "各县（区）气象局", "孙倩", "—", "2026-04-30", "2026-05-11",
         "2026-05-13", "已完成（延期2天，因墨脱段道路塌方）", "下次巡检避开雨季高峰"],
        ["3", "国道318线林芝段交通气象站选址", "观测与网络科", "市交通运输局", "尼玛扎西", "罗布（交通局）",
         "2026-05-18", "2026-06-18", "", "进行中（已完成60%）", "雨季道路通行受限，优先完成色季拉山段"],
        ["4", "重点单位防雷装置安全检测", "防雷中心", "市应急管理局、市教育局", "韩冬梅", "—", "2026-05-06",
         "2026-05-31", "", "延期（经局领导同意延至6月15日）", "部分学校暑期前无法进场，已调整顺序"],
        ["5", "汛期气象服务手册印制", "办公室", "财务科", "刘建军", "白玛央金", "2026-06-01", "待定", "",
         "未开始", "印制经费待审批"],
        ["6", "山洪地质灾害气象风险预警联合会商机制", "气象台", "市自然资源局", "拉巴次仁", "王磊（自然资源局）",
         "2026-06-01", "2026-06-12", "", "进行中", "双方数据接口未统一，先以邮件方式交换"],
    ]
    intro = ["各科室：", "",
             "现将汛期气象服务协作事项截至6月8日的进展更新如下，请各责任人按计划完成时间推进。"
             "已完成事项本周起不再跟踪。", ""]
    outro = ["", "下周一（6月15日）上午10:00在三楼会商室召开汛期协作推进会，请各责任人带上进展材料。", "",
             "办公室  刘建军", "电话：0894-58xxxxx"]
    inner = paras_html(intro) + "\n<div><b>汛期气象服务协作事项跟踪表（第3周）</b></div>\n" + \
        html_table(rows, cell_style="border:1px solid #999;font-size:12px") + "\n" + paras_html(outro)
    html = simple_html(inner)
    plain = "\n".join(intro) + "\n汛期气象服务协作事项跟踪表（第3周）\n" + \
        "\n".join("\t".join(r) for r in rows) + "\n" + "\n".join(outro) + "\n"
    root = multi("alternative", [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html")],
                 "----=_Part_418271_1922805437.1780908309000")
    hdr = envelope(BOT_QX, frm[1], "nyqx", [("mail.nyqx.example.gov.cn", "10.26.1.9")], sent, "4ZzQ8r1BfLz1dWc") + [
        ("Date", rfcdate0(sent, " (GMT+08:00)")),
        ("From", addr(*frm, quote=True)),
        ("To", addrs([("杜明远", E("杜明远")), ("孙倩", E("孙倩")), ("尼玛扎西", E("尼玛扎西")),
                      ("韩冬梅", E("韩冬梅")), ("拉巴次仁", E("拉巴次仁"))], quote=True)),
        ("Cc", addrs([("格桑卓玛", E("格桑卓玛")), ("白玛央金", E("白玛央金")), BOT_QX], quote=True)),
        ("Message-ID", coremail_msgid("10202", frm[1])),
        ("Subject", subj("【跟踪】汛期气象服务协作事项跟踪表（第3周）")),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-TRANSID", "AQAAfwD3_" + hexid("t10202", 20)),
        ("X-Originating-IP", "[10.26.3.77]"),
    ]
    items = [
        It("尼玛扎西", "国道318线林芝段交通气象站选址", ("md", 6, 18), "2026-06-18"),
        It("韩冬梅", "重点单位防雷装置安全检测", ("md", 6, 15), "2026-06-15"),
        It("刘建军", "汛期气象服务手册印制", VAGUE),
        It("拉巴次仁", "山洪地质灾害气象风险预警联合会商机制", ("md", 6, 12), "2026-06-12"),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 (11 columns) as an HTML table, Coremail, UTF-8 base64 with a tab-separated "
             "plain alternative. Sent Mon 2026-06-08. Rows 1 and 2 are 已完成 (row 2 with a delay note) -> status, "
             "not items. The owner of each open row is 责任人（发起方）; 责任人（协作方） is a partner (罗布, 王磊 are "
             "outside the roster). AMBIGUOUS: two 责任人 columns; most readers track the 发起方 person, who owns the "
             "row's deliverable. Row 4: 计划完成时间 2026-05-31 but 进展情况 '延期（经局领导同意延至6月15日）' -> "
             "the agreed new date 2026-06-15. Row 5: 计划完成时间 待定 -> null + vague_due. '下周一（6月15日）上午10:00' "
             "-> next_followup 2026-06-15 10:00 (Monday of next week, checked).")
    return dict(no=10202, slug="qx-collab-tracking-table-coremail", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("next_wd", 0, "10:00"), "2026-06-15 10:00"),
                notes=notes, tests="Coremail seed 跨部门协作事项跟踪表: 已完成 rows skipped, 责任人（发起方） owns, "
                "延期 row takes the new date from 进展情况, 待定 -> vague_due; next meeting 下周一（6月15日）上午10:00")


def c10203():
    sent = "2026-05-26 17:20:44 +0800"
    frm = ("拉巴次仁", E("拉巴次仁"))
    people = ["杜明远", "孙倩", "尼玛扎西", "格桑卓玛"]
    inner = """<div style="font-size:13px;color:#888">以下纪要由 钉钉AI听记 生成，拉巴次仁 分享给你</div>
<h2 style="font-size:18px">强降水过程复盘会｜智能纪要</h2>
<div>会议时间：2026-05-26 15:00-16:10（时长 1小时10分）</div>
<div>参会人：杜明远、拉巴次仁、孙倩、尼玛扎西、格桑卓玛</div>
<h3>AI 摘要</h3>
<div>会议复盘了5月22日至24日巴宜区、波密县强降水过程的预报服务。落区预报基本准确，强度预报偏弱；
波密县两个区域站因供电故障数据中断约6小时。会议明确了复盘报告、设备更换和短临预报改进三项后续工作。</div>
<h3>章节速览</h3>
<div>00:02:15 过程回顾：累计雨量最大出现在波密县倾多镇，达86.4毫米</div>
<div>00:25:40 预报偏差分析：数值模式对地形降水增幅估计不足</div>
<div>00:48:10 下一步改进：雷达外推产品接入短临业务</div>
<h3>发言人观点</h3>
<div><b>杜明远：</b>这次落区基本准确，但强度偏弱，要把雷达外推产品用起来，下周内拿个思路出来讨论。</div>
<div><b>孙倩：</b>波密两个站是太阳能板老化，需要尽快换掉，雨季前不换还会断。</div>
<div><b>格桑卓玛：</b>复盘报告市局要报区局，格式按去年的模板走。</div>
<h3>待办事项（3）</h3>
<ul style="list-style:none;padding-left:0">
<li>☐ 整理本次过程预报服务复盘报告并上报区局　执行人：拉巴次仁　截止：5月29日</li>
<li>☐ 更换波密县两个区域站的太阳能供电板　执行人：尼玛扎西　截止：6月5日 18:00</li>
<li>☐ 研究雷达外推产品在短临预报中的应用方案　执行人：杜明远　截止：未设置</li>
</ul>
<div style="font-size:12px;color:#999">以上内容由AI生成，仅供参考，请注意甄别信息准确性。<br>
在钉钉中查看完整纪要与录音 &gt;</div>"""
    html = simple_html(inner, body_style="font-family:PingFang SC,Microsoft YaHei;font-size:14px")
    root = text(html, "utf-8", "quoted-printable", "html")
    hdr = envelope(BOT_QX, frm[1], "nyqx", [("out30-121.freemail.mail.aliyun.example.net", "115.124.30.121")],
                   sent, "4ZqW2m0PjKz3wRt") + [
        ("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R141e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1"),
        ("Date", rfcdate0(sent)),
        ("From", addr(*frm, quote=True)),
        ("To", addrs([(p, E(p)) for p in people], quote=True)),
        ("Cc", addr(*BOT_QX, quote=True)),
        ("Message-ID", "<%s-%s@nyqx.example.gov.cn>" % (hexid("10203", 8), hexid("x10203", 12))),
        ("Subject", subj("【智能纪要】强降水过程复盘会 05-26")),
        ("X-Mailer", "DingTalk-Mail 7.6.5"),
        ("MIME-Version", "1.0"),
    ]
    items = [
        It("拉巴次仁", "整理本次过程预报服务复盘报告并上报区局", ("md", 5, 29), "2026-05-29"),
        It("尼玛扎西", "更换波密县两个区域站的太阳能供电板", ("md", 6, 5, "18:00"), "2026-06-05 18:00"),
        It("杜明远", "研究雷达外推产品在短临预报中的应用方案", None),
    ]
    notes = ("DingTalk AI 听记 智能纪要 shared by a person (From 拉巴次仁), HTML only, UTF-8 quoted-printable. Only the "
             "待办事项 list counts: ① 5月29日 -> 2026-05-29 (Friday); ② '6月5日 18:00' -> 2026-06-05 18:00; ③ "
             "'截止：未设置' -> no deadline, no_due. The AI 摘要, 章节速览 and 发言人观点 repeat the same work in "
             "speech ('下周内拿个思路出来', '需要尽快换掉') and are not items; counting them would double the list "
             "and invent a vague_due. Sent Tue 2026-05-26; no next meeting.")
    return dict(no=10203, slug="qx-dingtalk-ai-minutes-html-only", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="DingTalk 智能纪要 HTML-only QP: only 待办 counts (AI 摘要/发言人观点 with 尽快 ignored); 截止：未设置 -> no_due")


def c10204():
    sent = "2026-07-03 09:15:37 +0800"
    frm = ("格桑卓玛", E("格桑卓玛"))
    body = """各位：

    转发巴宜区气象局联席会议纪要，其中涉及我局的事项请相关科室按时限落实，完成后报办公室汇总。
纪要助手已抄送，会自动跟踪。

格桑卓玛
林芝市气象局办公室

-------- 转发邮件信息 --------
发件人："巴宜区气象局办公室" <bgs@byqx.example.gov.cn>
发送日期：2026-07-02 17:40
收件人："格桑卓玛" <gesangzhuoma@nyqx.example.gov.cn>
主题：巴宜区气象灾害防御联席会议纪要

巴宜区气象灾害防御联席会议纪要

时间：2026年7月2日上午
地点：巴宜区应急指挥中心
参加单位：区气象局、区应急管理局、区自然资源局、区教育局、市气象局观测与网络科、市气象台、市防雷中心

会议通报了入汛以来巴宜区降水和灾情情况，讨论了下一阶段气象灾害防御工作。会议议定：
一、市局观测与网络科（孙倩）负责协调更换鲁朗镇自动站雨量传感器，7月10日前完成。
二、区气象局（次仁卓嘎）负责组织乡镇气象信息员培训，7月中旬前完成。
三、市气象台（拉巴次仁）在7月6日（下周一）前提供雅鲁藏布江巴宜段汛期气象风险图。
四、区应急管理局负责将气象预警信息纳入乡村应急广播播发，尽快落实。
五、市防雷中心（韩冬梅）对辖区3处景区防雷设施开展复检，7月底前反馈结果。
下次联席会议定于8月上旬召开，具体时间另行通知。

巴宜区气象局办公室
2026年7月2日
"""
    root = text_q(body, "GBK", "base64")
    hdr = envelope(BOT_QX, frm[1], "nyqx", [("PC-GSZM", "10.26.3.12")], sent, "4ZxR5k2CsVz7pLm") + [
        ("Date", rfcdate0(sent)),
        ("From", addr(*frm, charset="GBK", quote=True)),
        ("To", addrs([("孙倩", E("孙倩")), ("拉巴次仁", E("拉巴次仁")), ("韩冬梅", E("韩冬梅"))],
                     sep=",\n\t", charset="GBK", quote=True)),
        ("Cc", addrs([("杜明远", E("杜明远")), BOT_QX], charset="GBK", quote=True)),
        ("Subject", subj("Fw: 巴宜区气象灾害防御联席会议纪要", "GBK")),
        ("X-Priority", "3"),
        ("X-GUID", "8E2D41A6-%s" % hexid("10204", 12).upper()),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202607030915362518327@nyqx.example.gov.cn>"),
    ]
    items = [
        It("孙倩", "协调更换鲁朗镇自动站雨量传感器", ("md", 7, 10), "2026-07-10"),
        It("次仁卓嘎", "组织乡镇气象信息员培训", VAGUE),
        It("拉巴次仁", "提供雅鲁藏布江巴宜段汛期气象风险图", ("md", 7, 6), "2026-07-06"),
        It(None, "将气象预警信息纳入乡村应急广播播发", VAGUE),
        It("韩冬梅", "对辖区3处景区防雷设施开展复检", ("month_end", 0), "2026-07-31"),
    ]
    notes = ("Foxmail GBK forward (Fw:) of a county bureau's minutes with a short preface; the items sit below Foxmail's "
             "'-------- 转发邮件信息 --------' block and must not be dropped as a quote. Sent Fri 2026-07-03. "
             "一 孙倩 7月10日前 -> 2026-07-10. 二 次仁卓嘎 is outside the roster and in no header -> owner as written, "
             "email null; '7月中旬前' -> vague_due (corpus convention for 中旬). 三 '7月6日（下周一）前' -> 2026-07-06 "
             "(Monday of next week, consistent). 四 区应急管理局 is not one of our departments -> no_owner, department "
             "null, 尽快 -> vague_due. 五 '7月底前' -> 2026-07-31. '8月上旬' next meeting is vague -> null. The preface "
             "('完成后报办公室汇总') is not an item.")
    return dict(no=10204, slug="qx-forwarded-county-minutes-foxmail-gbk", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="Foxmail GBK Fw: with preface; items under 转发邮件信息 block; owner outside roster and headers; "
                      "other-org dept owner; 中旬/尽快 vague; 8月上旬 next meeting -> null")


def c10205():
    sent = "2026-07-13 18:05:52 +0800"
    frm = ("刘建军", E("刘建军"))
    lines = [
        "各位领导、同事：",
        "今天上午局周例会纪要如下，请对照落实。",
        "",
        "一、上周工作完成情况",
        "1. 气象台完成7月8日—10日降水过程预报服务，发布暴雨蓝色预警2期。",
        "2. 观测与网络科完成鲁朗镇雨量传感器更换（7月9日）。",
        "3. 办公室完成上半年工作总结报送。",
        "",
        "二、本周工作安排",
        "（一）气象台",
        "1. 拉巴次仁：做好7月14日—16日强降水过程滚动预报，今天下班前发布重要天气报告。",
        "2. 杜明远：组织开展汛期预报技术总结，本周内形成初稿。",
        "（二）观测与网络科",
        "3. 尼玛扎西：完成米林市新建六要素站的设备调试，7月17日（周五）前。",
        "（三）防雷中心",
        "4. 韩冬梅：配合市教育局做好暑期学校防雷安全检查，时间待定。",
        "（四）办公室",
        "5. 刘建军：起草下半年气象服务工作要点，下周三前报张局审阅。",
        "",
        "三、其他",
        "张局要求：强降水期间各科室负责人手机24小时保持畅通，不得擅自离林。",
        "",
        "下周例会照常（周一上午9:30，三楼会议室）。",
        "",
        "办公室 刘建军",
    ]
    plain = "\n".join(lines) + "\n"
    html = simple_html(paras_html(lines), charset="gb18030", body_style="font-family:宋体;font-size:10.5pt")
    root = multi("alternative", [text(plain, "gb18030", "base64"), text(html, "gb18030", "base64", "html")],
                 "----=_NextPart_6A9F2E10_0C3B7D48_5D1E4A22")
    hdr = envelope(BOT_QX, frm[1], "nyqx", [("smtpbg151.exmail-relay.example.net", "203.205.250.151")],
                   sent, "4ZyT0c6LqMz2xNb") + [
        ("X-QQ-mid", "bizesmtp" + hexid("mid10205", 14) + "t1783937152tcn3kf"),
        ("X-QQ-Originating-IP", "Rk1Xk0+7n2Vx3xQ0sJ3L8q0qK5q3cYwI5xZ0cQ3F1Jk="),
        ("X-QQ-SSF", "0000000000000000000000000000000"),
        ("X-QQ-GoodBg", "2"),
        ("From", addr(*frm, "gb18030", quote=True)),
        ("To", addrs([("次仁旺堆", E("次仁旺堆")), ("张海燕", E("张海燕")), ("杜明远", E("杜明远")),
                      ("拉巴次仁", E("拉巴次仁")), ("尼玛扎西", E("尼玛扎西")), ("韩冬梅", E("韩冬梅"))],
                     charset="gb18030", quote=True)),
        ("Cc", addrs([BOT_QX], charset="gb18030", quote=True)),
        ("Subject", subj("局周例会纪要（7月13日）", "gb18030")),
        ("Mime-Version", "1.0"),
        ("Date", rfcdate0(sent)),
        ("X-Priority", "3"),
        ("Message-ID", exmail_msgid("10205", QX)),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    items = [
        It("拉巴次仁", "发布重要天气报告", ("days", 0), "2026-07-13"),
        It("杜明远", "组织开展汛期预报技术总结", ("week_end",), "2026-07-19"),
        It("尼玛扎西", "完成米林市新建六要素站的设备调试", ("md", 7, 17), "2026-07-17"),
        It("韩冬梅", "配合市教育局做好暑期学校防雷安全检查", VAGUE),
        It("刘建军", "起草下半年气象服务工作要点", ("next_wd", 2), "2026-07-22"),
    ]
    notes = ("Weekly meeting minutes (Exmail, gb18030 base64, text + HTML), grouped by 科室, sent Mon 2026-07-13 18:05. "
             "'一、上周工作完成情况' reports work done -> not items. 1 '今天下班前' -> 2026-07-13, no time (corpus "
             "convention). 2 '本周内' -> 2026-07-19. AMBIGUOUS: 本周内 could be read as the working week (Fri 07-17); "
             "the calendar-week end (Sunday) follows date-phrases.tsv. 3 '7月17日（周五）前' -> 2026-07-17. 4 '时间待定' "
             "-> vague_due. 5 '下周三前' -> 2026-07-22 (Wednesday of next week). 张局要求 is a rule, not an item. "
             "'下周例会照常（周一上午9:30）' -> next_followup 2026-07-20 09:30.")
    return dict(no=10205, slug="qx-weekly-done-vs-todo-exmail-gb18030", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("next_wd", 0, "09:30"), "2026-07-20 09:30"),
                notes=notes, tests="Exmail gb18030 weekly: 上周完成情况 (reports) vs 本周安排 (items); 今天下班前, 本周内, "
                "下周三前, 待定; next meeting '下周例会照常（周一上午9:30）'")


CASES = [c10201, c10202, c10203, c10204, c10205]
