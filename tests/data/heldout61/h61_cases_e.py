"""heldout61 cases 8927-8932: 义安区城管局, 龙岩坤鼎机械, Bosveld Coffee."""
import html as _html

from h61_cases_a import MX_GOV, MX_KD, mso_html
from h61_cases_b import EMRE, MX_BV, SELIN, flowed
from h61_clients import apple, coremail, m365, netease, outlook, thunderbird, trace
from h61_lib import FU, I, P, assemble, html_table, html_wrap, multipart, text_part
from h61_roster import BOTS, BV, GOV, KD


# ------------------------------------------------------------------ 8927
T8927 = """执法大队4月第1次队务会纪要

时间：4月3日上午8:30　　地点：大队会议室　　主持：疏建华

一、清明期间祭扫秩序保障
各中队按片区值守，4月4日至6日每日7:00到岗，节日期间值班表已发群内。

二、会议议定事项
（一）顺安镇公墓周边占道祭品摊点劝离。一中队胡振宇负责，节前完成摸排并登记
在册。
（二）一季度行政处罚案卷整理。陶佳负责，送局法制审核（完成时限：节后3个工作日
内）。
（三）渣土车联合执法方案。疏建华负责起草，报局党组（完成时限：4月底前（汛前必须
落地））。
（四）执法记录仪数据每周五前上传至局数据平台，各中队长负责督促。
（五）配合市容环卫股开展“门前三包”检查。陶佳负责对接，检查时间另行通知。

三、下次队务会：4月13日（周一）上午8:30。

执法大队
"""


def c8927():
    date = "2026-04-03 11:48:15 +0800"
    frm = P("sjh")
    to = [P("hzy"), P("tj")]
    cc = [P("zjp"), P("txd"), ("纪要助手", BOTS["gov"])]
    subj = "执法大队4月第1次队务会纪要"
    h, tail, mid = outlook(frm, to, cc, subj, date, "8927", GOV, cs="gb2312")
    ent = text_part(T8927, "plain", "gb2312", "base64")
    tr = trace(BOTS["gov"], frm[1], date, MX_GOV, "SHUJH-PC", "10.12.3.78", "8927")
    return dict(num=8927, slug="gov-qingming-wrapped-nested-brackets-outlook-text", kind="minutes",
                eml=assemble(tr, h, tail, ent),
                items=[I("hzy", "顺安镇公墓周边占道祭品摊点摸排并登记在册", ("before_hol", "2026-04-04")),
                       I("tj", "整理一季度行政处罚案卷并送局法制审核", ("after_hol_wd", "2026-04-04", 3)),
                       I("sjh", "起草渣土车联合执法方案并报局党组", ("md", 4, 30)),
                       I("tj", "对接配合市容环卫股开展“门前三包”检查", None, vague=True)],
                followup=FU(("md", 4, 13), "08:30"), probes=["节后3个工作日\n内", "4月底前（汛前必须\n落地）"],
                notes="Outlook gb2312 plain text, lines hard-wrapped in the middle of phrases ('节后3个工作日\\n内', "
                      "'4月底前（汛前必须\\n落地）'). Sent Fri 2026-04-03, the last working day before 清明 (04-04..06 off): "
                      "节前 -> today 04-03; 节后3个工作日内 -> 04-07, 04-08, 04-09 -> 2026-04-09; nested brackets "
                      "'（完成时限：4月底前（汛前必须落地））' -> 04-30. （四） is a standing weekly rule, not an item; the "
                      "duty roster in 一 is a fact. '时间另行通知' -> vague_due. Next 队务会 4月13日（周一）8:30.",
                tests="清明: 节前 = send day, 节后3个工作日内; deadlines wrapped over lines; nested brackets; standing rule; 另行通知")


# ------------------------------------------------------------------ 8928
def c8928():
    date = "2026-07-13 17:36:50 +0800"
    frm = P("why")
    to = [P("wzq"), P("txd"), P("sjh"), P("shl")]
    cc = [P("zjp"), ("纪要助手", BOTS["gov"])]
    subj = "7月上旬重点工作督查通报会纪要"
    body = """<div style="font-family:仿宋_GB2312,仿宋;font-size:16px;line-height:1.8">
<p style="text-align:center;font-size:20px"><b>7月上旬重点工作督查通报会纪要</b></p>
<p>7月13日上午，章建平局长主持召开督查通报会，听取各股室7月上旬重点工作完成情况汇报，通报督查发现的问题。纪要如下：</p>
<p><b>一、各单位汇报情况</b></p>
<p>市政设施股：已完成建设巷、钟鸣路2条背街小巷改造，7月10日通过验收。<br>
市容环卫股：已完成12座公厕中5座的提升改造，7月8日投入使用。<br>
执法大队：7月1日至10日共查处渣土车违规14起，已全部结案。</p>
<p><b>二、存在问题及整改要求</b></p>
<p>1. 背街小巷改造进度滞后（总体完成率45%）。市政设施股汪志强同志牵头，7月24日前完成东湖路段施工。<br>
2. 公厕保洁考核不达标3座。市容环卫股于本周五前完成整改并报办公室复查。<br>
3. 夏季夜市油烟投诉12件。执法大队疏建华同志负责，10个工作日内全部办结。<br>
4. 高温期间户外作业人员防暑。局办公室吴海燕同志负责，明天上午10点前将防暑物资发放方案报章局。<br>
5. 行道树修剪。园林绿化股佘丽同志负责，台风季到来前完成老城区行道树修剪。</p>
<p><b>三、</b>下次督查通报会定于8月10日（周一）上午9点召开。</p>
<p style="text-align:right">局办公室<br>2026年7月13日</p>
</div>"""
    h, tail, mid = coremail(frm, to, cc, subj, date, "8928", GOV)
    ent = text_part(html_wrap(body, charset="UTF-8"), "html", "UTF-8", "quoted-printable")
    tr = trace(BOTS["gov"], frm[1], date, MX_GOV, "webmail.tlyacg.example.gov.cn", "10.12.3.5", "8928")
    return dict(num=8928, slug="gov-report-vs-items-html-only-coremail", kind="minutes",
                eml=assemble(tr, h, tail, ent, crlf=False),
                items=[I("wzq", "完成东湖路段背街小巷改造施工", ("md", 7, 24)),
                       I(None, "完成3座保洁不达标公厕整改并报办公室复查", ("twk", 4), dept="市容环卫股"),
                       I("sjh", "办结夏季夜市油烟投诉12件", ("wd", 10)),
                       I("why", "将防暑物资发放方案报章局", ("tomorrow",), "10:00"),
                       I("shl", "完成老城区行道树修剪", None, vague=True)],
                followup=FU(("md", 8, 10), "09:00"), probes=["已完成建设巷", "10个工作日内全部办结"],
                notes="Single-part text/html (Coremail, QP, LF line ends). Section 一 reports work already done, with "
                      "dates (7月10日通过验收, 7月8日投入使用): not items. Section 二 holds the items. Sent Mon 2026-07-13: "
                      "本周五前 -> 07-17 (unit-only owner 市容环卫股 -> no_owner); 10个工作日内 -> 2026-07-27; 明天上午10点前 "
                      "-> 07-14 10:00; '台风季到来前' -> vague_due. Next 督查通报会 8月10日（周一）上午9点.",
                tests="HTML-only gov minutes: done-work report section vs 整改要求 items; 10个工作日内; 明天上午10点前; vague 台风季前")


# ------------------------------------------------------------------ 8929
def c8929():
    date = "2026-07-23 17:10:31 +0800"
    frm = P("jgh")
    to = [P("lzj"), P("hqp"), P("zxw")]
    cc = [P("llh"), ("纪要助手", BOTS["kd"])]
    subj = "7月售后服务周会纪要"
    items = ["简国华：整理二季度三包索赔台账，7月28日前提交林总。",
             "赖工：2604批次缸体渗油追溯报告，补充土耳其现场数据，时间待定（等Selin回传数据）。",
             "售后服务部：完善服务工程师出差补贴标准，尽快。",
             "黄秋萍：与Karadeniz确认补发密封件的到港时间，下周一。",
             "钟晓雯：8月服务站培训（8月18日）的场地预订，下周三前订好。"]
    body = ('<div style="font-family:宋体;font-size:14px">各位：<br><br>今天下午3点售后周会纪要如下：<br><br>'
            '<b>一、上周事项</b><br>HB-100保修期内返修2台，已全部修复发回。<br><br><b>二、本周待办</b><br>'
            '<ol>' + "".join(f"<li>{_html.escape(x)}</li>" for x in items) + "</ol>"
            '<b>三、</b>下次周会：7月30日（周四）15:00，售后服务部。<br><br>简国华<br>售后服务部</div>')
    h, tail, mid = netease(frm, to, cc, subj, date, "8929", KD, master=False)
    ent = text_part(html_wrap(body), "html", "UTF-8", "base64")
    tr = trace(BOTS["kd"], frm[1], date, MX_KD, "qiye163mx02.mxmail.netease.example.com", "220.181.97.22", "8929")
    return dict(num=8929, slug="kd-html-only-ol-list-qiye163", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("jgh", "整理二季度三包索赔台账并提交林总", ("md", 7, 28)),
                       I("lzj", "2604批次缸体渗油追溯报告补充土耳其现场数据", None, vague=True),
                       I(None, "完善服务工程师出差补贴标准", None, vague=True, dept="售后服务部"),
                       I("hqp", "与Karadeniz确认补发密封件的到港时间", ("nwk", 0)),
                       I("zxw", "预订8月服务站培训场地", ("nwk", 2))],
                followup=FU(("md", 7, 30), "15:00"), probes=["（8月18日）的场地预订"],
                notes="NetEase 企业邮 (Coremail webmail) single-part HTML with an <ol> list; no plain part. Sent Thu "
                      "2026-07-23. '时间待定（等Selin回传数据）' and '尽快' -> vague_due; '售后服务部' only -> no_owner with "
                      "department; 下周一 -> 07-27; 下周三前 -> 07-29 ('8月18日' is the training date, not the deadline). "
                      "Section 一 is status. Next 周会 7月30日（周四）15:00.",
                tests="HTML-only <ol> items, 待定 with reason, dept-only 尽快, event date vs deadline, 下周一/下周三前")


# ------------------------------------------------------------------ 8930
T8930 = """今天上午十点的经营会，定了几件事：

1 邱经理 下周一前把土耳其展会（9月12-14日）参展方案报我
2 罗经理 钢材涨价，8月底前跟两家钢材供应商重新议价
3 蓝主管 中秋前把9月排产排出来
4 财务 月底前出7月利润表

下次：下周三同一时间

林
发自我的iPad
"""


def c8930():
    date = "2026-08-19 12:05:40 +0800"
    frm = ("林丽华", P("llh")[1])
    to = [("邱文斌", P("qwb")[1]), ("罗建新", P("ljx")[1]), ("蓝天佑", P("lty")[1])]
    cc = [("钟晓雯", P("zxw")[1]), ("纪要助手", BOTS["kd"])]
    subj = "经营会"
    h, tail, mid = apple(frm, to, cc, subj, date, "8930", KD, ipad=True)
    ent = text_part(T8930, "plain", "utf-8", "base64", params="noquote")
    tr = trace(BOTS["kd"], frm[1], date, MX_KD, "[10.88.3.17]", "10.88.3.17", "8930")
    return dict(num=8930, slug="kd-terse-ipad-same-time-next-week", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("qwb", "把土耳其展会参展方案报林总", ("nwk", 0)),
                       I("ljx", "跟两家钢材供应商重新议价", ("md", 8, 31)),
                       I("lty", "排出9月排产", ("before_hol", "2026-09-25")),
                       I(None, "出7月利润表", ("month_end",), dept="财务部")],
                followup=FU(("nwk", 2), "10:00"), probes=["下周三同一时间"],
                notes="Terse minutes from the general manager's iPad (no 纪要 in the subject, numbered lines without "
                      "punctuation). Sent Wed 2026-08-19. 下周一前 -> 08-24; 8月底前/月底前 -> 08-31; 中秋前 -> the last "
                      "working day before 中秋 (09-25..27 off) = 09-24. '财务' names a department only -> no_owner, "
                      "department 财务部. '土耳其展会（9月12-14日）' is the event. '下次：下周三同一时间' with '今天上午十点的"
                      "经营会' -> 08-26 10:00.",
                tests="terse iPad minutes, 中秋前, dept-only 财务, '下周三同一时间' resolved from 上午十点 in the body")


# ------------------------------------------------------------------ 8931
T8931 = """Hello Kunding team,

Minutes of today's service visit at the Bursa quarry (Karadeniz customer \u00d6zkan Madencilik).
Present: Selin Aksoy (Karadeniz), site foreman Murat Ko\u00e7; Lai Zhijian joined by video.

Findings
- 3 x HB-140 (batch 2604): oil seepage at the front head, confirmed worn seal kits.
- Hour meters 410-560 h, within warranty.

Action: Selin \u2013 replace the seal kits on the 3 units by Thursday
Action: Kunding (Lai Zhijian) \u2013 send the updated cylinder drawing rev. C within 5 working days
Action: Emre \u2013 collect hour-meter readings of all HB-140 in the field by 7 Aug
Action: owner TBD \u2013 translate the maintenance manual into Turkish

Best regards,
Selin Aksoy
Service Engineer | Karadeniz Makina A.\u015e.
"""


def c8931():
    date = "2026-07-28 20:30:12 +0300"
    to = [("Lai Zhijian", P("lzj")[1]), ("Jian Guohua", P("jgh")[1])]
    cc = [EMRE, ("Kevin Qiu", P("qwb")[1]), ("Kunding minutes", BOTS["kd"])]
    subj = "Service visit Bursa 28.07 - minutes"
    h, tail, mid = thunderbird(SELIN, to, cc, subj, date, "8931", "karadenizmakina.example.com.tr")
    h = [x if x[0] != "Content-Language" else ("Content-Language", "tr") for x in h]
    ent = text_part(T8931, "plain", "UTF-8", "8bit", params="noquote")
    tr = trace(BOTS["kd"], SELIN[1], "2026-07-29 01:30:15 +0800", MX_KD, "mx.karadenizmakina.example.com.tr",
               "185.94.12.40", "8931")
    return dict(num=8931, slug="kd-english-istanbul-night-crosses-midnight-thunderbird", kind="minutes",
                eml=assemble(tr, h, tail, ent),
                items=[I(("ext", "Selin Aksoy", SELIN[1]), "replace the seal kits on the 3 units", ("wk", 3)),
                       I("lzj", "send the updated cylinder drawing rev. C", ("wd", 5)),
                       I(("ext", "Emre Y\u0131ld\u0131z", EMRE[1]), "collect hour-meter readings of all HB-140 in the field", ("md", 8, 7)),
                       I(None, "translate the maintenance manual into Turkish", None)],
                followup=None, probes=["within 5 working days"],
                notes="Thunderbird (Windows) 8bit UTF-8 from the Turkish partner at Tue 2026-07-28 20:30 +0300 = Wed "
                      "2026-07-29 01:30 in Shanghai: the send date is the Shanghai date. 'within 5 working days' counts "
                      "07-30, 07-31, 08-03, 08-04, 08-05 -> 2026-08-05 (from the Istanbul date it would be 08-04). 'by "
                      "Thursday' -> 07-30 either way. 'Kunding (Lai Zhijian)' -> 赖志坚 by alias. Selin and Emre are outside "
                      "the roster -> From/Cc addresses. 'owner TBD' and no date -> no_owner + no_due. Findings are facts.",
                tests="foreign sender's evening mail that is already the next day in Shanghai: N working days from the Shanghai date")


# ------------------------------------------------------------------ 8932
def c8932():
    date = "2026-06-30 01:15:42 +0000"
    frm = P("pvr")
    to = [("Lily Li", P("lcy")[1]), ("Thandiwe Mokoena", P("tmk")[1]), ("Mei Yang", P("yxm")[1]), ("Pu Zhiming", P("pzm")[1])]
    cc = [("Bosveld minutes", BOTS["bv"])]
    subj = "Ops review 30 June - actions"
    rows = [["Action", "Owner", "Due"],
            ["Finalise the Q3 cherry price floor with the co-ops", "Procurement lead (Lily)", "3 July"],
            ["Send the Q2 KPI pack to the group", "Pieter", "EOD today"],
            ["Re-run the moisture calibration on the new meter", "QA lead (Thandi)", "Mon 6 Jul"],
            ["Renew the export licence (expires 31 Aug)", "Mei", "end of July"],
            ["Draft the H2 training calendar for farmers", "Extension officer (Zhiming)", "TBC"]]
    table = html_table(rows, attrs='border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"',
                       cell_style=' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"')
    intro = ("Hi all,<br><br>Quick summary of this morning's ops review. Q2 closed at 96% of the volume plan; the "
             "July intake is off-season (dry-mill only).<br><br>")
    outro = "<br>Next ops review: Tue 14 July, 09:00.<br><br>Pieter"
    html = html_wrap(f'<div class="WordSection1" style="font-family:Aptos;font-size:11pt">{intro}{table}{outro}</div>', charset="us-ascii")
    plain = ("Hi all,\n\nQuick summary of this morning's ops review. Q2 closed at 96% of the volume plan; the July intake "
             "is off-season (dry-mill only).\n\n" + "\n".join(" | ".join(r) for r in rows) +
             "\n\nNext ops review: Tue 14 July, 09:00.\n\nPieter\n")
    h, tail, mid = m365(frm, to, cc, subj, date, "8932")
    ent = multipart("alternative", "_000_SY4P282MB2210C9E8D7F6A5B4SY4P282MB2210AUSP_", [
        text_part(plain, "plain", "us-ascii", "quoted-printable"), text_part(html, "html", "us-ascii", "quoted-printable")])
    tr = trace(BOTS["bv"], frm[1], "2026-06-30 09:15:45 +0800", MX_BV,
               "mail-sy4aus01on2072.outbound.protection.outlook.com", "40.107.107.72", "8932")
    return dict(num=8932, slug="bv-role-owners-table-m365-quarter-end", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("lcy", "Finalise the Q3 cherry price floor with the co-ops", ("md", 7, 3)),
                       I("pvr", "Send the Q2 KPI pack to the group", ("today",)),
                       I("tmk", "Re-run the moisture calibration on the new meter", ("md", 7, 6)),
                       I("yxm", "Renew the export licence", ("md", 7, 31)),
                       I("pzm", "Draft the H2 training calendar for farmers", None, vague=True)],
                followup=FU(("md", 7, 14), "09:00"), probes=["QA lead (Thandi)", "end of July"],
                notes="M365 HTML table Action/Owner/Due; owners written as a role with a name in brackets "
                      "('Procurement lead (Lily)', 'QA lead (Thandi)', 'Extension officer (Zhiming)') -> the named person. "
                      "Date Tue 2026-06-30 01:15 +0000 = 09:15 Shanghai, the quarter-end day. 'EOD today' -> 06-30; "
                      "'end of July' -> 07-31; '(expires 31 Aug)' is a fact, not the due; 'TBC' -> vague_due. "
                      "96% is a KPI, not progress. Next ops review Tue 14 July 09:00.",
                tests="role + bracketed name owners, EOD today on quarter-end day, 'end of July', expiry date not due, TBC")


CASES = [c8927(), c8928(), c8929(), c8930(), c8931(), c8932()]
