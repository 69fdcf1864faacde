"""heldout61 cases 8901-8907: 铜陵市义安区城市管理局 (government) and 龙岩坤鼎机械 (first part)."""
import html as _html

from h61_clients import coremail, foxmail, gmail, outlook, trace
from h61_lib import FU, I, P, assemble, html_table, html_wrap, multipart, sent_of, text_part
from h61_roster import BOTS, GOV, KD

MX_GOV = "mail.tlyacg.example.gov.cn"
MX_KD = "mx.kunding-mach.example.cn"


def mso_html(text, font="宋体", charset="gb2312", lang="ZH-CN"):
    """Outlook/Word HTML: one MsoNormal paragraph per line."""
    head = ('<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; text-align:justify; font-size:10.5pt; font-family:{font};}}\n'
            'span.EmailStyle17 {mso-style-type:personal-compose;}\n--></style>\n')
    paras = []
    for ln in text.split("\n"):
        if not ln.strip():
            paras.append('<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
        else:
            paras.append(f'<p class="MsoNormal"><span style="font-family:{font}">{_html.escape(ln)}</span></p>')
    body = f'<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>"
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n{head}</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="text-align:justify;text-justify:inter-ideograph">\n'
            f'{body}\n</body>\n</html>\n')


# ------------------------------------------------------------------ 8901
T8901 = """各股室、执法大队：

4月29日下午，章建平局长主持召开专题会议，研究部署汛前城区排涝准备工作。局领导班子成员，各股室、执法大队负责同志参加会议。现将会议议定事项纪要如下：

一、会议听取了市政设施股关于城区雨水管网排查情况的汇报。截至4月28日，已完成五松大道、顺安路等12条主次干道雨水口清掏，累计清理淤泥86吨，更换破损井盖23处。

二、会议议定事项
一是抓紧完成易涝点排查。市政设施股要对城区7处易涝点逐一建立台账，明确应急泵车和值守人员。责任单位：市政设施股；责任人：汪志强；完成时限：5月8日前。
二是做好节日期间市容保障。市容环卫股要加强“五一”假期重点路段保洁，节后第一个工作日报送假期保洁情况。责任单位：市容环卫股；责任人：檀晓东；完成时限：节后第一个工作日。
三是规范占道经营整治。执法大队要结合汛期要求，清理雨水箅子上方占道摊点，形成整治清单报局办公室。责任单位：执法大队；责任人：疏建华；完成时限：3个工作日内。
四是做好行道树防风加固。对老城区行道树开展防风排查，对倾斜、空洞树木及时支护。责任单位：园林绿化股；完成时限：5月底前。
五是修订防汛应急预案。局办公室汇总各股室意见，修订《义安区城市管理局防汛应急预案》，报局党组会审定。责任单位：局办公室；责任人：吴海燕；完成时限：待定（视市局文件下发时间）。

三、下次调度会定于5月11日（周一）上午9:00在局三楼会议室召开，请各责任人汇报进展。

局办公室
2026年4月30日
"""


def c8901():
    date = "2026-04-30 10:15:22 +0800"
    frm = P("why")
    to = [P("wzq"), P("txd"), P("sjh"), P("shl")]
    cc = [P("zjp"), ("纪要助手", BOTS["gov"])]
    subj = "关于做好汛前城区排涝准备工作的专题会议纪要"
    h, tail, mid = outlook(frm, to, cc, subj, date, "8901", GOV, cs="gb2312")
    ent = multipart("alternative", "----=_NextPart_000_0017_01DCD865.3A1B2C40", [
        text_part(T8901, "plain", "gb2312", "base64"),
        text_part(mso_html(T8901), "html", "gb2312", "quoted-printable")],
        preamble="This is a multipart message in MIME format.")
    tr = trace(BOTS["gov"], frm[1], date, MX_GOV, "WUHAIYAN-PC", "10.12.3.57", "8901")
    return dict(num=8901, slug="gov-flood-yishi-erishi-outlook-gb2312", kind="minutes",
                eml=assemble(tr, h, tail, ent),
                items=[I("wzq", "建立城区7处易涝点台账并明确应急泵车和值守人员", ("md", 5, 8)),
                       I("txd", "报送“五一”假期重点路段保洁情况", ("after_hol", "2026-05-01")),
                       I("sjh", "清理雨水箅子上方占道摊点并形成整治清单报局办公室", ("wd", 3)),
                       I(None, "开展老城区行道树防风排查和支护", ("md", 5, 31), dept="园林绿化股"),
                       I("why", "修订防汛应急预案并报局党组会审定", None, vague=True)],
                followup=FU(("md", 5, 11), "09:00"),
                probes=["责任单位：园林绿化股", "完成时限：3个工作日内"],
                notes="Government 一是…五是 with 责任单位/责任人/完成时限 lines. Sent Thu 2026-04-30, the last working "
                      "day before 劳动节 (05-01..05-05 off, 05-09 Sat make-up). 节后第一个工作日 -> 2026-05-06. "
                      "3个工作日内 counts 05-06, 05-07, 05-08 -> 2026-05-08 (a plain weekday count gives 05-06). "
                      "四是 names only 责任单位 园林绿化股 -> owner null + no_owner even though the head of that unit is in To. "
                      "'待定（视市局文件下发时间）' -> vague_due. Section 一 is a report of work done (12条干道, 86吨), not items. "
                      "下次调度会 5月11日（周一）上午9:00 -> next_followup. Outlook zh-CN gb2312: text base64, HTML QP.",
                tests="gov 一是/二是 with 责任单位/完成时限 lines; 劳动节: 节后第一个工作日 and 3个工作日内 across 05-01..05; unit-only owner; 待定; report section")


# ------------------------------------------------------------------ 8902
def c8902():
    date = "2026-06-16 16:40:05 +0800"
    frm = P("jt")
    to = [P("sjh"), P("wzq"), P("txd"), P("shl")]
    cc = [P("zjp"), P("why"), ("纪要助手", BOTS["gov"])]
    subj = "端午节假日城市管理保障工作推进会纪要（6月16日）"
    rows = [["序号", "事项名称", "牵头股室", "配合单位", "责任人", "计划完成时间", "进展情况", "备注"],
            ["1", "城区夜市摊点临时疏导方案", "执法大队", "市容环卫股", "疏建华（主责）/檀晓东（配合）", "端午节前", "进行中", "含西湖夜市、五松广场两处"],
            ["2", "人民广场节日花卉布置", "园林绿化股", "—", "佘丽", "2026-06-15", "已完成", "6月15日已验收"],
            ["3", "龙舟赛沿线护栏及夜间照明检修", "市政设施股", "顺安镇城建办", "汪志强主责，镇城建办配合", "6月18日17:00前", "进行中（已完成60%）", "照明由路灯所实施"],
            ["4", "节日期间垃圾清运加班排班表", "市容环卫股", "区环卫公司", "檀晓东", "明天下班前", "未开始", ""],
            ["5", "节后市容问题“回头看”", "执法大队", "各股室", "待定", "节后两个工作日内", "未开始", "形成问题清单"]]
    body = ('<div style="font-family:微软雅黑;font-size:14px">'
            '<p>各位同事：</p><p>今天下午推进会纪要如下，跨部门协作事项跟踪表更新至6月16日：</p>'
            + html_table(rows, attrs='border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:13px"') +
            '<p>会议要求：节日期间各股室每日17:00前通过政务微信群报送当日保障情况，执法大队实行24小时值班。</p>'
            '<p>下次推进会：6月22日（周一）下午3点，局三楼会议室。</p>'
            '<p>江涛<br>局办公室<br>电话：0562-8812306</p></div>')
    ent = multipart("alternative", "----=_Part_318842_1195320077.1781599205311", [
        text_part("各位同事：\n\n今天下午推进会纪要见下表（请用网页版查看）。\n\n江涛\n局办公室\n", "plain", "UTF-8", "base64"),
        text_part(html_wrap(body, charset="UTF-8"), "html", "UTF-8", "base64")])
    h, tail, mid = coremail(frm, to, cc, subj, date, "8902", GOV)
    tr = trace(BOTS["gov"], frm[1], date, MX_GOV, "webmail.tlyacg.example.gov.cn", "10.12.3.5", "8902")
    return dict(num=8902, slug="gov-dragonboat-tracking-table-coremail", kind="minutes",
                eml=assemble(tr, h, tail, ent, crlf=False),
                items=[I("sjh", "制定城区夜市摊点临时疏导方案", ("before_hol", "2026-06-19")),
                       I("wzq", "完成龙舟赛沿线护栏及夜间照明检修", ("md", 6, 18), "17:00"),
                       I("txd", "编制节日期间垃圾清运加班排班表", ("tomorrow",)),
                       I(None, "开展节后市容问题“回头看”并形成问题清单", ("after_hol_wd", "2026-06-19", 2), dept="执法大队")],
                followup=FU(("md", 6, 22), "15:00"),
                probes=["疏建华（主责）/檀晓东（配合）", "节后两个工作日内"],
                notes="Seed 跨部门协作事项跟踪表 in a Coremail HTML table; the plain part only says 'see the table'. "
                      "Sent Tue 2026-06-16; 端午 off 06-19..06-21. Row 1 '疏建华（主责）/檀晓东（配合）' -> owner is the 主责 "
                      "疏建华; 端午节前 = last working day before the holiday = 2026-06-18. Row 2 已完成 -> status, not an item. "
                      "Row 3 '汪志强主责，镇城建办配合', 6月18日17:00前 -> 06-18 17:00. Row 4 明天下班前 -> 06-17, no time "
                      "(corpus convention for 下班前). Row 5 责任人 待定 -> no_owner, department 执法大队 (牵头股室); "
                      "节后两个工作日内 -> 06-22, 06-23 -> 2026-06-23. The daily 17:00 reporting rule is a standing "
                      "requirement, not an item. 下次推进会 6月22日（周一）下午3点 -> 15:00. Stored with LF line ends.",
                tests="seed 跨部门协作事项跟踪表 HTML-table-only content, 主责/配合 in one cell, 已完成 row, 端午节前, 节后两个工作日内, 待定 owner")


# ------------------------------------------------------------------ 8903
T8903 = """各股室、执法大队：

根据区委办《关于做好月度工作调度的通知》要求，请各单位于5月29日（周五）下班前将5月份工作总结及6月份工作计划（电子版，不超过1500字）报局办公室邮箱，纸质版经分管领导签字后送办公室206室。

工作总结请重点写明：
1. 5月份重点工作完成情况（附照片2-3张）；
2. 存在的问题和下步打算；
3. 6月份需局领导协调的事项。

逾期未报的，将在月度调度会上通报。

联系人：江涛，电话 0562-8812306。

局办公室
2026年5月25日
"""


def c8903():
    date = "2026-05-25 09:05:41 +0800"
    frm = P("why")
    to = [("义安区城管局全体", f"all@{GOV}")]
    cc = [("纪要助手", BOTS["gov"])]
    subj = "关于报送5月份工作总结及6月份工作计划的通知"
    h, tail, mid = coremail(frm, to, cc, subj, date, "8903", GOV, cs="GBK")
    ent = text_part(T8903, "plain", "GBK", "base64")
    tr = trace(BOTS["gov"], frm[1], date, MX_GOV, "webmail.tlyacg.example.gov.cn", "10.12.3.5", "8903")
    return dict(num=8903, slug="other-gov-notice-coremail-gbk", kind="other", eml=assemble(tr, h, tail, ent),
                items=[], followup=None, probes=["5月29日（周五）下班前"],
                notes="An office notice (通知) to the whole bureau list with the bot on Cc because the list includes it: it "
                      "asks every unit for a report by 5月29日（周五）下班前, but it is not meeting minutes (no meeting, no "
                      "owners, no 纪要). kind other, no items. Coremail plain text, GBK base64.",
                tests="other: office notice with a deadline sent to an all-staff list (not minutes)")


# ------------------------------------------------------------------ 8904
T8904 = """海燕：

转各股室，涉及我局的事项已在纪要里点名到人，请按分工抓好落实，办公室跟踪。

章建平

-----邮件原件-----
发件人: 义安区人民政府办公室 <zfb@yaqzf.example.gov.cn>
发送时间: 2026年6月2日 17:32
收件人: 章建平 <zhangjianping@tlyacg.example.gov.cn>; 区自然资源规划分局 <zrzy@yaqzf.example.gov.cn>
主题: 义安区城市管理工作联席会议纪要（第3期）

义安区城市管理工作联席会议纪要
（第3期）

2026年6月1日，副区长陶明主持召开全区城市管理工作联席会议，区城管局、区住建局、区自然资源规划分局、五松镇、钟鸣镇负责同志参加。会议纪要如下：

一、关于背街小巷改造。区城管局负责，汪志强同志具体牵头，6月30日前完成东湖路、建设巷等8条背街小巷改造方案，五松镇配合做好群众工作。
二、关于建筑垃圾消纳场选址。区自然资源规划分局牵头，7月15日前提出两处以上备选选址方案。
三、关于共享单车停放秩序。区城管局执法大队负责，疏建华同志牵头，即日起开展专项整治，6月20日前形成阶段性报告。
四、关于城区公厕提升。区城管局市容环卫股负责，7月底前完成12座公厕提升改造。

会议强调，各单位要树牢“一盘棋”思想，对纪要事项实行清单化管理，下次联席会议时间另行通知。

义安区人民政府办公室
2026年6月2日
"""


def c8904():
    date = "2026-06-03 08:47:30 +0800"
    frm = P("zjp")
    to = [P("why")]
    cc = [P("wzq"), P("txd"), P("sjh"), ("纪要助手", BOTS["gov"])]
    subj = "转发: 义安区城市管理工作联席会议纪要（第3期）"
    h, tail, mid = outlook(frm, to, cc, subj, date, "8904", GOV, cs="utf-8")
    ent = multipart("alternative", "----=_NextPart_000_0029_01DCF2E1.8E6A4F10", [
        text_part(T8904, "plain", "utf-8", "quoted-printable"),
        text_part(mso_html(T8904, charset="utf-8"), "html", "utf-8", "quoted-printable")],
        preamble="This is a multipart message in MIME format.")
    tr = trace(BOTS["gov"], frm[1], date, MX_GOV, "ZHANGJP-PC", "10.12.3.11", "8904")
    return dict(num=8904, slug="gov-forwarded-district-minutes-outlook", kind="minutes",
                eml=assemble(tr, h, tail, ent),
                items=[I("wzq", "完成8条背街小巷改造方案", ("md", 6, 30)),
                       I(None, "提出建筑垃圾消纳场两处以上备选选址方案", ("md", 7, 15)),
                       I("sjh", "开展共享单车停放专项整治并形成阶段性报告", ("md", 6, 20)),
                       I(None, "完成12座公厕提升改造", ("md", 7, 31), dept="市容环卫股")],
                followup=None, probes=["-----邮件原件-----", "7月底前完成12座公厕"],
                notes="The 局长 forwards district-government minutes (Outlook '转发:' with a '-----邮件原件-----' "
                      "发件人/发送时间 block) and adds the bot; the preface only says 'please carry out' (no item of its own). "
                      "The items sit below the forward header and must not be stripped as a quote. Sent Wed 2026-06-03. "
                      "二 belongs to another agency (区自然资源规划分局): owner null, department null (not one of ours), "
                      "no_owner. 四 names only 市容环卫股 -> no_owner, department kept; 7月底前 -> 2026-07-31. "
                      "'下次联席会议时间另行通知' -> no follow-up. 五松镇配合 is support, not an owner.",
                tests="forwarded district minutes with a short preface; other-agency item (dept null); 7月底前; follow-up 另行通知")


# ------------------------------------------------------------------ 8905
T8905 = """各位好，

今天下午生产协调会（林总主持）纪要如下，按人整理，请各自认领：

【蓝主管】
① HB-140破碎锤5月批次（60台）重新排产，明天（周六调休上班）把新排产表发群里
② 涂装线二号喷房停线检修，下周三前恢复生产

【游堃】
① 更新5月物料需求计划（MRP），2个工作日内发采购部

【赖工】
① 出具HB-140缸体砂眼问题的改进方案，5月13日前

【江主管】
① 修订缸体来料检验标准，赖工配合，下周五前

【罗经理】
① 联系三明铸造厂确认缸体毛坯补货数量，尽快回复林总

【已办结】
上周提的液压油管到货问题，罗经理已协调供应商5月7日补齐，不再跟踪。

下次协调会：下周五下午两点，二楼小会议室。

晓雯
总经办
0597-2286613
"""


def c8905():
    date = "2026-05-08 17:45:12 +0800"
    frm = P("zxw")
    to = [P("lty"), P("yk"), P("lzj"), P("jml"), P("ljx")]
    cc = [P("llh"), ("纪要助手", BOTS["kd"])]
    subj = "5月8日生产协调会纪要"
    h, tail, mid = foxmail(frm, to, cc, subj, date, "8905", KD)
    html = html_wrap("".join(f"<div>{_html.escape(l) if l else '<br>'}</div>" for l in T8905.split("\n")),
                     '<style>body { line-height: 1.5; font-size: 14px; font-family: 微软雅黑; }</style>\n', "GBK")
    ent = multipart("alternative", "----=_001_NextPart245866140631_=----", [
        text_part(T8905, "plain", "GBK", "base64"), text_part(html, "html", "GBK", "quoted-printable")],
        preamble="This is a multi-part message in MIME format.")
    tr = trace(BOTS["kd"], frm[1], date, MX_KD, "ZHONGXW-PC", "192.168.20.35", "8905")
    return dict(num=8905, slug="kd-grouped-by-person-foxmail-gbk", kind="minutes", eml=assemble(tr, h, tail, ent),
                mid=mid, items=ITEMS_8905(),
                followup=FU(("nwk", 4), "14:00"), probes=["【游堃】", "下周五下午两点"],
                notes="Minutes grouped by person (【蓝主管】 ①②, 【游堃】 …): every line under a heading belongs to that "
                      "person; titles via roster aliases (蓝主管=蓝天佑, 赖工=赖志坚, 江主管=江美玲, 罗经理=罗建新). GBK "
                      "carries GBK-only 堃. Sent Fri 2026-05-08; 05-09 is a make-up Saturday: 明天 -> 05-09; 2个工作日内 "
                      "-> 05-09, 05-11 -> 2026-05-11; 下周三前 -> 05-13; 下周五前 -> 05-15. 赖工配合 is support, the item is "
                      "江美玲's. 尽快 -> vague_due. 【已办结】 is status, not an item. 下次协调会 下周五下午两点 -> 05-15 14:00.",
                tests="minutes grouped by person with ①②; make-up Saturday (明天, 2个工作日内); 配合 not owner; 已办结 block; Foxmail GBK 堃")


def ITEMS_8905(corrected=False):
    return [I("lty", "HB-140破碎锤5月批次重新排产并发新排产表", ("md", 5, 9) if corrected else ("tomorrow",)),
            I("lty", "涂装线二号喷房检修后恢复生产", ("md", 5, 13) if corrected else ("nwk", 2)),
            I("yk", "更新5月物料需求计划（MRP）发采购部", ("md", 5, 11) if corrected else ("wd", 2)),
            I("lzj", "出具HB-140缸体砂眼问题的改进方案", ("md", 5, 15) if corrected else ("md", 5, 13)),
            I("jml", "修订缸体来料检验标准", ("md", 5, 15) if corrected else ("nwk", 4)),
            I("ljx", "联系三明铸造厂确认缸体毛坯补货数量", ("md", 5, 12) if corrected else None,
              vague=not corrected)]


# ------------------------------------------------------------------ 8906
T8906 = """Hi all,

Thanks for the call this morning. My notes below - please correct if I missed anything.

Attendees: Kevin Qiu, Autumn Huang, Lai Zhijian (Kunding); Selin Aksoy, Emre Y\u0131ld\u0131z (Karadeniz)

Discussed
- HB-140 field failures in Bursa: 3 units with cylinder leakage, all from batch 2604.
- H2 price list: Kunding will hold prices for the Istanbul dealer-show order.

Action items
- @Kevin to send the revised H2 price list (incl. the dealer-show discount) by Friday
- @Selin to share photos + serial numbers of the 3 failed units by EOD
- Lai Zhijian to review the photos and come back with a root-cause hypothesis by Thursday 18 June
- @Autumn to confirm the ETD of container #2 (Xiamen) - ASAP, our customer is waiting
- Spare-parts stock list for Q3 (owner TBD on our side)

Next call: Thursday 25 June, 10:00 Istanbul / 15:00 Beijing.

Best regards,
Emre Y\u0131ld\u0131z
Purchasing Manager | Karadeniz Makina A.\u015e.
Ikitelli OSB, Istanbul
"""


def c8906():
    date = "2026-06-15 09:40:17 +0300"
    emre = ("Emre Y\u0131ld\u0131z", "emre.yildiz@karadenizmakina.example.com.tr")
    selin = ("Selin Aksoy", "selin.aksoy@karadenizmakina.example.com.tr")
    to = [("Kevin Qiu", P("qwb")[1]), ("Autumn Huang", P("hqp")[1]), selin]
    cc = [("Lai Zhijian", P("lzj")[1]), ("Kunding minutes", BOTS["kd"])]
    subj = "Karadeniz x Kunding \u2013 weekly call notes (15 Jun)"
    h, tail, mid = gmail(emre, to, cc, subj, date, "8906")
    html = "<div dir=\"ltr\">" + "".join(f"<div>{_html.escape(l) if l else '<br>'}</div>" for l in T8906.split("\n")) + "</div>"
    ent = multipart("alternative", "000000000000c3a51e0652b7f1d4", [
        text_part(T8906, "plain", "UTF-8", "quoted-printable", params="noquote"),
        text_part(html, "html", "UTF-8", "quoted-printable", params="noquote")])
    hop = ("by mail-ej1-f49.google.com with SMTP id a640c23a62f3a-a6f0e1d2c3bso4412867b.1\r\n"
           f"\tfor <{BOTS['kd']}>; Mon, 15 Jun 2026 06:40:19 -0700 (PDT)")
    tr = trace(BOTS["kd"], emre[1], "2026-06-15 14:40:21 +0800", MX_KD, "mail-ej1-f49.google.com", "209.85.218.49", "8906",
               ext_hop=hop)
    return dict(num=8906, slug="kd-english-at-mentions-gmail-istanbul", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("qwb", "send the revised H2 price list (incl. the dealer-show discount)", ("wk", 4)),
                       I(("ext", "Selin Aksoy", selin[1]), "share photos and serial numbers of the 3 failed units", ("today",)),
                       I("lzj", "review the photos and come back with a root-cause hypothesis", ("md", 6, 18)),
                       I("hqp", "confirm the ETD of container #2 (Xiamen)", None, vague=True),
                       I(None, "prepare the spare-parts stock list for Q3", None)],
                followup=FU(("md", 6, 25), "15:00"), probes=["@Kevin to send", "15:00 Beijing"],
                notes="English minutes written by the Turkish distributor (Google Workspace Gmail, Date +0300 = 14:40 in "
                      "Shanghai, Mon 2026-06-15). '@Kevin', '@Autumn' resolve through roster aliases (Kevin Qiu = 邱文斌, "
                      "Autumn Huang = 黄秋萍); Selin is outside the roster -> her To address, department null. 'by Friday' "
                      "-> 2026-06-19, which is the 端午 holiday; the literal Friday is kept (a reader would not move it). "
                      "'by EOD' -> the send date 06-15, no time. 'ASAP' -> vague_due. The stock list has 'owner TBD' and no "
                      "date -> no_owner + no_due. Two time zones in 'Next call': the Beijing time 15:00 on 06-25 is the "
                      "follow-up. 'Discussed' lines are facts/decisions.",
                tests="English @mentions + 'X to …' from a foreign partner (+0300), Friday that is a Chinese holiday, EOD, ASAP, owner TBD, two-time-zone next call")


# ------------------------------------------------------------------ 8907
def c8907():
    date = "2026-06-17 18:30:44 +0800"
    frm = P("qwb")
    to = [P("lzj"), P("lty"), P("ljx")]
    cc = [P("llh"), P("hqp"), ("纪要助手", BOTS["kd"])]
    subj = "外部沟通跟进表（EC2026-06-17）—Karadeniz质量反馈/密封件交期"
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
            ["EC2026-06-17-01", "2026-06-17", "Karadeniz Makina/Emre Yıldız（采购经理）", "国际贸易部/邱文斌", "客户",
             "批次2604共3台HB-140缸体渗油，客户希望7月前给出处理方案并补发密封件",
             "①技术部赖志坚出具失效分析报告（6月23日前）②6月24日反馈客户处理方案及补发计划", "2026-06-24", "邱文斌"],
            ["EC2026-06-17-02", "2026-06-17", "新罗区恒压液压件厂/陈经理", "采购部/罗建新", "供应商",
             "NBR-90密封件交期由6月20日推迟至6月28日",
             "①与生产部确认6月排产能否顺延（6月18日前，蓝主管）②若不能顺延，启动备选供应商询价", "待定", "罗建新"]]
    table = html_table(rows, attrs='class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"',
                       cell_style=' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt;font-size:10.0pt;font-family:等线"')
    intro = "各位：\n\n今天与Karadeniz的电话会和恒压液压的交期沟通整理成跟进表如下，请相关同事按时间节点推进。"
    html = mso_html(intro, font="等线", charset="utf-8").replace("</div>\n</body>",
            table + '\n<p class="MsoNormal">邱文斌<br>国际贸易部 | 龙岩坤鼎机械有限公司</p>\n</div>\n</body>')
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n邱文斌\n国际贸易部 | 龙岩坤鼎机械有限公司\n"
    h, tail, mid = outlook(frm, to, cc, subj, date, "8907", KD, cs="utf-8")
    ent = multipart("alternative", "----=_NextPart_000_0042_01DCFE3B.62A7D1E0", [
        text_part(plain, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")],
        preamble="This is a multipart message in MIME format.")
    tr = trace(BOTS["kd"], frm[1], date, MX_KD, "QIUWB-NB", "192.168.20.61", "8907")
    return dict(num=8907, slug="kd-seed-external-followup-outlook-utf8", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("lzj", "出具失效分析报告", ("md", 6, 23)),
                       I("qwb", "反馈客户处理方案及补发计划", ("md", 6, 24)),
                       I("lty", "与生产部确认6月排产能否顺延", ("md", 6, 18)),
                       I("ljx", "启动备选供应商询价", None)],
                followup=FU(("md", 6, 24)), probes=["①技术部赖志坚出具失效分析报告（6月23日前）"],
                notes="Seed 外部沟通跟进表 (Outlook HTML table, plain part tab-separated), two rows. Sent Wed 2026-06-17. "
                      "Row 1: ① names 赖志坚 inline -> his; ② names nobody -> the row 负责人 邱文斌. Row 2: ① '(6月18日前，蓝主管)' "
                      "-> 蓝天佑 by alias; ② is conditional ('若不能顺延') with no date -> owned by the row 负责人 罗建新, no_due. "
                      "'7月前' and '6月20日推迟至6月28日' are the counterpart's wish/fact, not our deadlines. 下次沟通时间: row 1 "
                      "2026-06-24, row 2 待定 -> next_followup 2026-06-24 without time.",
                tests="seed 外部沟通跟进表 with customer+supplier rows: inline owner, row 负责人 fallback, conditional item, one 下次沟通时间 待定")


CASES = [c8901(), c8902(), c8903(), c8904(), c8905(), c8906(), c8907()]
