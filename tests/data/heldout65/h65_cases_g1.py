"""heldout65 cases 9310-9313, 9317: 绵阳市游仙区市场监督管理局 (government styles)."""
from h65_lib import (I, F, T, case, rfc_date, addr, addrs, ew, leaf, multi, message, deliver, hx, esc,
                     html_paras, make_docx, attachment)
from h65_roster import who, bot

DOM = "yxscjg.example.gov.cn"
BOT = bot("G")
MID_9310 = "<3e1f2a9c.5b07.19dfd2c8a41.Coremail.gouxiaoli@yxscjg.example.gov.cn>"


def coremail_hdr(sender, t, seed, subject, to, cc, cs="GBK", mid=None, extra=()):
    return deliver(BOT[1], who(sender)[1], t, seed, "[10.51.8.%d]" % (seed % 200), "10.51.8.%d" % (seed % 200)) + [
        ("Date", rfc_date(t)), ("From", addr(sender, cs)), ("To", addrs(to, cs)), ("Cc", addrs(cc, cs)),
        ("Subject", subject), ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT6.0.5 build 20250811(f1a2b3c4)"),
        ("X-Coremail-Locale", "zh_CN"), ("X-CM-CTRLDATA", hx(seed, 20) + "="), *extra, ("MIME-Version", "1.0"),
        ("Message-ID", mid or f"<{hx(seed, 8)}.{hx(seed + 1, 4)}.{hx(seed + 2, 11)}.Coremail.{who(sender)[1]}>"),
        ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="), ("X-CM-TRANSID", hx(seed + 3, 22)),
        ("X-CM-SenderInfo", hx(seed + 4, 12))]


def juwu_text(first_due):
    return f"""各科室、大队：

现将5月7日局务会议纪要印发给你们，请抓好落实。

游仙区市场监督管理局
局务会议纪要
〔2026〕第9期

5月7日上午，蒲建华副局长主持召开局务会议，听取近期重点工作推进情况，研究部署下一阶段工作。现将会议议定事项纪要如下：

一、关于校园及周边食品安全
会议指出，近期学校周边“三无”食品问题群众反映较多。会议要求：一是开展校园及周边食品安全专项检查，覆盖辖区全部中小学、幼儿园周边200米范围（责任单位：食品安全监管科；完成时限：{first_due}前）；二是对检查中发现的无证经营问题依法查处，形成案件清单（责任单位：综合执法大队，责任人：任志强；完成时限：5月底前）。

二、关于特种设备安全
会议要求：一是组织对辖区住宅小区电梯维保质量开展抽查，抽查比例不低于10%（责任科室：特种设备安全监察科，责任人：唐勇科长；完成时限：5月29日前）；二是各科室结合“安全生产月”活动，做好宣传工作。

三、关于网络订餐
由网络交易监管科文静牵头，综合执法大队配合，于6月10日前完成辖区网络订餐平台入网商户台账梳理。

四、其他事项
办公室负责将本次会议精神报区局党组，5月11日前完成。

出席：蒲建华、罗春燕、何明亮、唐勇、文静、任志强
记录：苟晓莉
"""


def juwu_items(first_due, first_iso):
    return [I(("dept", "食品安全监管科"), "开展校园及周边食品安全专项检查", first_iso, ("abs", first_iso)),
            I("任志强", "对检查中发现的无证经营问题依法查处，形成案件清单", "2026-05-31", ("monthend",)),
            I("唐勇", "对辖区住宅小区电梯维保质量开展抽查", "2026-05-29", ("abs", "2026-05-29")),
            I("文静", "完成辖区网络订餐平台入网商户台账梳理", "2026-06-10", ("abs", "2026-06-10")),
            I(("dept", "办公室"), "将本次会议精神报区局党组", "2026-05-11", ("abs", "2026-05-11"))]


def juwu_body(txt, seed):
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' +
            html_paras(txt.rstrip("\n"), "p", "margin:0") + "</div>\n")
    return multi("alternative", [leaf("text/plain", txt, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 f"----=_Part_{seed}{hx(seed, 5)}_{hx(seed + 9, 8)}.1778139022")


TO_JUWU = ["何明亮", "唐勇", "文静", "任志强", "罗春燕"]


@case(9310, "g-coremail-yishi-ershi-zerendanwei", "minutes",
      "Coremail GBK 局务会议纪要: items inside 一是/二是 sentences with （责任单位：…；完成时限：…） brackets; "
      "department-only owners (no_owner + department), 责任人 with title (唐勇科长), 牵头/配合, a general 各科室 "
      "requirement that is not an item")
def c9310():
    t = T("2026-05-07 15:30:22")
    hdr = coremail_hdr("苟晓莉", t, 9310, ew("游仙区市场监管局局务会议纪要（〔2026〕第9期）", "GBK"), TO_JUWU,
                       ["蒲建华", BOT], mid=MID_9310)
    return {"eml": message(hdr, juwu_body(juwu_text("5月22日"), 9310)), "items": juwu_items("5月22日", "2026-05-22"),
            "followup": None,
            "notes": "Government 局务会议纪要 in 一是/二是 style. Sent Thu 2026-05-07. 一是 has only a 责任单位 -> owner null, "
                     "no_owner, department 食品安全监管科, 5月22日前. 二是 names 责任人 任志强, 5月底前 -> 2026-05-31. 特种设备 "
                     "一是: 唐勇科长 = 唐勇, 5月29日前. 特种设备 二是 ('各科室…做好宣传工作') is a general requirement to "
                     "everyone with no deadline: not an item. 三: 文静牵头 (配合 综合执法大队) -> 文静, 6月10日前. 四: 办公室 "
                     "only -> no_owner, department 办公室, 2026-05-11. No next meeting."}


@case(9317, "g-coremail-correction-resend-in-thread", "minutes",
      "【更正】 re-send of 9310 in the same thread (In-Reply-To/References), full minutes again with one deadline "
      "changed ('由5月22日调整为5月29日'); Coremail GBK")
def c9317():
    t = T("2026-05-08 09:10:48")
    txt = ("【更正】昨日印发的局务会议纪要第一项完成时限有误，由5月22日调整为5月29日，其余不变。更正后全文如下，"
           "请以此为准。\n\n") + juwu_text("5月29日")
    hdr = coremail_hdr("苟晓莉", t, 9317, ew("【更正】游仙区市场监管局局务会议纪要（〔2026〕第9期）", "GBK"),
                       TO_JUWU, ["蒲建华", BOT], extra=(("In-Reply-To", MID_9310), ("References", MID_9310)))
    return {"eml": message(hdr, juwu_body(txt, 9317)), "items": juwu_items("5月29日", "2026-05-29"), "followup": None,
            "notes": "Corrected re-send of 9310 (same ref 〔2026〕第9期, In-Reply-To the original). The gold is the corrected "
                     "version: item 1 is now due 2026-05-29 ('由5月22日调整为5月29日'); the other four items are unchanged "
                     "(see 9310). The bot should update, not duplicate, the stored items."}


@case(9311, "g-foxmail-gbk-docx-zhuanti-jiyao", "minutes",
      "Foxmail GBK covering note + .docx 专题会议纪要 with a 工作任务/责任单位/责任人/完成时限 table: 端午节前, "
      "6月5日前, 10个工作日内 (counted from the mail date), a row with an empty 责任人 (department only)")
def c9311():
    t = T("2026-06-02 11:20:05")
    rows = [["序号", "工作任务", "责任单位", "责任人", "完成时限"],
            ["1", "辖区加油站计量器具强制检定", "特种设备安全监察科", "冯刚", "端午节前"],
            ["2", "制定夏季食品安全“守护”行动方案", "食品安全监管科", "杜娟", "6月5日前"],
            ["3", "12315平台超期件清零", "综合执法大队", "岳小川", "10个工作日内"],
            ["4", "直播电商“618”促销价格行为监测", "网络交易监管科", "", "6月18日前"]]
    doc = make_docx([("h", "关于夏季市场安全监管工作的专题会议纪要"), "游市监纪〔2026〕12号",
                     "6月1日下午，蒲建华副局长主持召开专题会议，研究部署夏季市场安全监管工作。会议强调，各单位要"
                     "压实属地责任，发现重大隐患第一时间报告。会议明确以下任务分工：", ("table", rows),
                     "出席：蒲建华、何明亮、唐勇、文静、任志强、罗春燕", "抄送：区局党组"], t)
    txt = ("各科室、大队：\n\n《关于夏季市场安全监管工作的专题会议纪要》（游市监纪〔2026〕12号）见附件，请按任务分工"
           "抓好落实，时限从本通知发出之日起算。\n\n局办公室 罗春燕\n")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"></head><body>\n' +
            html_paras(txt.rstrip("\n")) + "\n</body></html>\n")
    alt = multi("alternative", [leaf("text/plain", txt, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                "----=_002_NextPart467210533385_=----")
    body = multi("mixed", [alt, attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                           doc, "专题会议纪要（游市监纪〔2026〕12号）.docx", style="GBK")],
                 "----=_001_NextPart467210533385_=----", preamble="This is a multi-part message in MIME format.")
    hdr = deliver(BOT[1], who("罗春燕")[1], t, 9311, "LUOCY-PC", "10.51.8.23") + [
        ("Date", rfc_date(t)), ("From", addr("罗春燕", "GBK")),
        ("To", addrs(["冯刚", "杜娟", "岳小川", "文静"], "GBK")),
        ("Cc", addrs(["唐勇", "何明亮", "任志强", "蒲建华", BOT], "GBK")),
        ("Subject", ew("专题会议纪要（游市监纪〔2026〕12号）", "GBK")), ("X-Priority", "3"),
        ("X-GUID", "9A3C77E1-0B42-4F5D-8E61-" + hx(9311, 12).upper()), ("X-Has-Attach", "yes"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
        ("Message-ID", f"<2026060211200534{hx(9311, 6)}@yxscjg.example.gov.cn>")]
    items = [I("冯刚", "辖区加油站计量器具强制检定", "2026-06-18", ("before_hol", "2026-06-19")),
             I("杜娟", "制定夏季食品安全“守护”行动方案", "2026-06-05", ("abs", "2026-06-05")),
             I("岳小川", "12315平台超期件清零", "2026-06-16", ("work", 10)),
             I(("dept", "网络交易监管科"), "直播电商“618”促销价格行为监测", "2026-06-18", ("abs", "2026-06-18"))]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "attach_has": ["辖区加油站计量器具强制检定", "12315平台超期件清零", "10个工作日内", "端午节前"],
            "notes": "Covering note + .docx 专题会议纪要 (items only in the attachment's table). Sent Tue 2026-06-02; the "
                     "note says 时限 count from the mail. 端午节前 -> last working day before 06-19 = 2026-06-18. 6月5日前 -> "
                     "2026-06-05. 10个工作日内 from 06-02: 06-03..06-05, 06-08..06-12, 06-15, 06-16 -> 2026-06-16. Row 4 "
                     "has an empty 责任人 -> no_owner, department 网络交易监管科, 2026-06-18. '会议强调…' is policy."}


@case(9312, "g-coremail-other-notice-request", "other",
      "Coremail GBK 通知 from the office asking every section for a half-year summary by 6月26日（周五）前: a request "
      "with a deadline, not minutes -> other")
def c9312():
    t = T("2026-06-15 10:12:37")
    txt = """各科室、大队：

按照区委办要求，现将报送2026年上半年工作总结有关事项通知如下：
一、报送内容：上半年工作总结及下半年工作打算，字数控制在2000字以内，附主要数据统计表。
二、报送时间：请于6月26日（周五）前报局办公室邮箱。
三、联系人：苟晓莉，电话0816-2281107。

局办公室
2026年6月15日
"""
    html = '<div style="font-family:仿宋_GB2312;font-size:16px">' + html_paras(txt.rstrip("\n"), "p", "margin:0") + "</div>\n"
    body = multi("alternative", [leaf("text/plain", txt, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 f"----=_Part_9312{hx(9312, 5)}_{hx(9313, 8)}.1781489557")
    hdr = coremail_hdr("罗春燕", t, 9312, ew("关于报送2026年上半年工作总结的通知", "GBK"),
                       ["何明亮", "唐勇", "文静", "任志强"], ["苟晓莉", BOT])
    return {"eml": message(hdr, body),
            "notes": "An office notice (通知) asking every section for its half-year summary by 6月26日（周五）前. It is a "
                     "request written by a person, not meeting minutes: kind other, no items. The bot is on the Cc line "
                     "because the office copies it on everything."}


@case(9313, "g-thunderbird-html-only-word-table", "minutes",
      "Thunderbird HTML-only (no text part) UTF-8 with a table pasted from Word (MsoNormalTable): owners by title "
      "(何科长, 文科长, 冯工), '主责：任志强；配合：岳小川', 7月15日前 / 本周五 / 待定 / 7月中旬 / 7月24日（周五）; next "
      "协调会 with 上午9:00")
def c9313():
    t = T("2026-07-08 17:25:40")
    rows = [["序号", "工作内容", "责任人", "完成时间", "备注"],
            ["1", "冷饮店、奶茶店突击检查", "何科长", "7月15日前", "联合区疾控中心"],
            ["2", "查处夜市无证流动摊贩", "主责：任志强；配合：岳小川", "本周五", "夜间行动"],
            ["3", "直播带货食品合规指引", "文科长", "待定", "等市局模板"],
            ["4", "游乐设施夏季安全检查", "冯工", "7月中旬", ""],
            ["5", "检查结果汇总上报", "杜娟", "7月24日（周五）", "报局办公室"]]
    cells = []
    for i, r in enumerate(rows):
        tds = "".join(
            '<td width="120" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
            f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:仿宋">'
            f'{esc(c) if c else "&nbsp;"}<o:p></o:p></span></p></td>' for c in r)
        cells.append(f'<tr style="mso-yfti-irow:{i}">{tds}</tr>')
    html = f"""<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>各位：</p>
    <p>今天下午夏季食品安全联合检查协调会的分工如下（表格从会议记录里直接贴过来的）：</p>
    <table class="MsoNormalTable" style="border-collapse:collapse;mso-table-layout-alt:fixed;mso-yfti-tbllook:1184"
      border="1" cellspacing="0" cellpadding="0">
      <tbody>
{chr(10).join(cells)}
      </tbody>
    </table>
    <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
    <p>下次协调会：7月22日（周三）上午9:00，三楼小会议室。</p>
    <div class="moz-signature">-- <br>
      何明亮<br>
      食品安全监管科</div>
  </body>
</html>
"""
    body = leaf("text/html", html, "UTF-8", "8bit")
    hdr = deliver(BOT[1], who("何明亮")[1], t, 9313, "[10.51.8.61]", "10.51.8.61") + [
        ("Message-ID", f"<{hx(9313, 8)}-{hx(93131, 4)}-4e2a-b1c9-{hx(93132, 12)}@yxscjg.example.gov.cn>"),
        ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN"),
        ("To", addrs(["任志强", "岳小川", "文静", "冯刚", "杜娟"], "UTF-8", quote=False)),
        ("Cc", addrs(["唐勇", BOT], "UTF-8", quote=False)), ("From", addr("何明亮", "UTF-8", quote=False)),
        ("Subject", ew("夏季食品安全联合检查协调会 分工表", "UTF-8"))]
    items = [I("何明亮", "冷饮店、奶茶店突击检查", "2026-07-15", ("abs", "2026-07-15")),
             I("任志强", "查处夜市无证流动摊贩", "2026-07-10", ("wd", 4)),
             I("文静", "直播带货食品合规指引", None, ("vague",)),
             I("冯刚", "游乐设施夏季安全检查", None, ("vague",)),
             I("杜娟", "检查结果汇总上报", "2026-07-24", ("abs", "2026-07-24"))]
    return {"eml": message(hdr, body), "items": items, "followup": F("2026-07-22", "09:00"),
            "notes": "HTML-only message (Thunderbird, no text/plain) with a Word-pasted table. Sent Wed 2026-07-08. "
                     "何科长 = 何明亮, 文科长 = 文静, 冯工 = 冯刚 (aliases). Row 2 '主责：任志强；配合：岳小川' -> owner 任志强; "
                     "本周五 -> 2026-07-10. 待定 and 7月中旬 -> vague_due (corpus: 中旬 is vague). 7月24日（周五） -> "
                     "2026-07-24. 下次协调会 7月22日（周三）上午9:00 -> 2026-07-22 09:00."}
