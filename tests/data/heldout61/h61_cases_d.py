"""heldout61 cases 8921-8926: 通化森谷参业 and one 义安区城管局 PDF case."""
import html as _html
import datetime as dt
import urllib.parse

from h61_cases_a import MX_GOV, mso_html
from h61_cases_c import MX_SG
from h61_clients import exmail, netease, outlook, trace
from h61_lib import (FU, I, P, assemble, b64, html_table, html_wrap, make_docx, make_pdf, multipart,
                     text_part)
from h61_roster import BOTS, GOV, SG


def attach_2231(data, ctype, filename):
    """Attachment with an RFC 2231 encoded (non-ASCII) file name."""
    q = urllib.parse.quote(filename, safe="")
    hdr = [f"Content-Type: {ctype};\r\n\tname*=UTF-8''{q}", "Content-Transfer-Encoding: base64",
           f"Content-Disposition: attachment;\r\n\tfilename*=UTF-8''{q}"]
    return ("\r\n".join(hdr) + "\r\n\r\n").encode() + b64(data).encode()


# ------------------------------------------------------------------ 8921
T8921 = """各位：

本周人参节参展协作推进会（7月17日上午）后，跨部门协作事项跟踪表更新如下：

序号\t事项名称\t发起部门\t协作部门\t责任人（发起方）\t责任人（协作方）\t计划开始时间\t计划完成时间\t实际完成时间\t进展情况\t风险点及应对措施
1\t人参节展位设计\t市场部\t电商运营部\t曲洋\t邢佳琪\t2026-07-06\t2026-07-15\t2026-07-16\t已完成（延期1天，因展馆尺寸变更）\t-
2\t展会样品及试吃装备货\t市场部\t加工车间\t曲洋\t孙立伟\t2026-07-13\t2026-07-24\t-\t进行中（已完成40%）\t鲜参到货晚，已协调优先加工
3\t展会直播方案\t市场部\t电商运营部\t曲洋\t朴美兰\t2026-07-10\t2026-07-17\t-\t延期，调整至7月22日\t主播档期冲突
4\t参展产品检测报告汇编\t市场部\t质检部\t曲洋\t隋晓丽\t2026-07-15\t待定\t-\t未开始\t等第三方机构出报告
5\t展会费用预算审批\t市场部\t财务部\t曲洋\t宫雪\t2026-07-14\t2026-07-18\t-\t进行中\t-

下周五（7月24日）下午4点再碰一次，地点市场部。

曲洋
市场部
"""


def c8921():
    date = "2026-07-17 16:30:27 +0800"
    frm = P("qy")
    to = [P("xjq"), P("slw"), P("pml"), P("sxl"), P("gx")]
    cc = [P("jch"), ("纪要助手", BOTS["sg"])]
    subj = "人参节参展跨部门协作事项跟踪表（7月17日更新）"
    h, tail, mid = exmail(frm, to, cc, subj, date, "8921", wecom=True)
    ent = text_part(T8921, "plain", "utf-8", "base64")
    tr = trace(BOTS["sg"], frm[1], date, MX_SG, "smtpbg156.exmail.example.com", "203.205.250.156", "8921")
    return dict(num=8921, slug="sg-seed-collab-tracking-two-owner-cols-wecom", kind="minutes",
                eml=assemble(tr, h, tail, ent),
                items=[I("slw", "展会样品及试吃装备货", ("md", 7, 24)),
                       I("pml", "展会直播方案", ("md", 7, 22)),
                       I("sxl", "参展产品检测报告汇编", None, vague=True),
                       I("gx", "展会费用预算审批", ("md", 7, 18))],
                followup=FU(("nwk", 4), "16:00"), probes=["责任人（协作方）", "延期，调整至7月22日"],
                notes="AMBIGUOUS: the seed 跨部门协作事项跟踪表 has two owner columns (发起方/协作方); every row's 发起方 is "
                      "the sender 曲洋 who requested the work, so the 协作方 who does it is taken as the owner. WeCom mail, "
                      "plain text, tab-separated. Sent Fri 2026-07-17. Row 1 已完成 with 实际完成时间 -> status. Row 3 "
                      "计划完成时间 2026-07-17 but '延期，调整至7月22日' -> 07-22. Row 4 待定 -> vague_due. Row 5 due "
                      "2026-07-18 is a Saturday (kept). '下周五（7月24日）下午4点' -> 07-24 16:00.",
                tests="seed 跨部门协作事项跟踪表 with 发起方/协作方 owner columns, 已完成 row, 延期 row with new date, 待定")


# ------------------------------------------------------------------ 8922
def c8922():
    date = "2026-08-04 10:20:44 +0800"
    frm = P("sxl")
    to = [P("slw"), P("gx"), P("yht"), P("pml")]
    cc = [P("jch"), ("纪要助手", BOTS["sg"])]
    subj = "8月质量专题会纪要（红参片水分超标）"
    rows = [["序号", "措施", "责任人", "完成时间"],
            ["1", "对库存红参片复检水分，超标批次隔离", "隋工（主责）、孙主任（配合）", "今天下班前"],
            ["2", "调整烘干工艺参数并做3批验证", "孙主任主责/隋工配合", "本周内"],
            ["3", "核算返工损失", "宫会计", "8月10日前"],
            ["4", "排查基地鲜参采收后晾晒时间记录", "老于", "下周一"],
            ["5", "统一已售批次的客户沟通口径", "朴经理", "尽快"]]
    intro = ["各位：", "", "8月3日下午质量专题会（金总主持）纪要如下。", "",
             "一、问题：7月第2批红参片水分检测值13.8%，超出企业标准（≤12%）。", "", "二、处理措施及分工："]
    outro = ["", "三、决议：水分超标批次一律不得出库；复检结果出来后再定是否召回。", "", "下次会议时间视复检情况再定。", "",
             "隋晓丽", "质检部"]
    html = html_wrap("".join(f"<div>{_html.escape(x) or '<br>'}</div>" for x in intro) +
                     html_table(rows, attrs='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"') +
                     "".join(f"<div>{_html.escape(x) or '<br>'}</div>" for x in outro), charset="gb18030")
    plain = "\n".join(intro) + "\n" + "\n".join("  ".join(r) for r in rows) + "\n" + "\n".join(outro) + "\n"
    h, tail, mid = exmail(frm, to, cc, subj, date, "8922", cs="gb18030")
    ent = multipart("alternative", "----=_NextPart_6AB09E2C_0E1F3A50_4C7D2B18", [
        text_part(plain, "plain", "gb18030", "base64"), text_part(html, "html", "gb18030", "base64")],
        preamble="This is a multi-part message in MIME format.")
    tr = trace(BOTS["sg"], frm[1], date, MX_SG, "smtpbg156.exmail.example.com", "203.205.250.156", "8922")
    return dict(num=8922, slug="sg-titles-zhuze-peihe-exmail-gb18030", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("sxl", "对库存红参片复检水分并隔离超标批次", ("today",)),
                       I("slw", "调整烘干工艺参数并做3批验证", ("week_end",)),
                       I("gx", "核算返工损失", ("md", 8, 10)),
                       I("yht", "排查基地鲜参采收后晾晒时间记录", ("nwk", 0)),
                       I("pml", "统一已售批次的客户沟通口径", None, vague=True)],
                followup=None, probes=["孙主任主责/隋工配合", "老于"],
                notes="Exmail gb18030 HTML table; owners written by title or nickname only (隋工, 孙主任, 宫会计, 老于, "
                      "朴经理) -> roster aliases. '隋工（主责）、孙主任（配合）' and '孙主任主责/隋工配合': the 主责 person owns the "
                      "item. Sent Tue 2026-08-04: 今天下班前 -> 08-04 (no time); 本周内 -> Sun 08-09 (research rule); "
                      "下周一 -> 08-10; 尽快 -> vague_due. The 决议 line is a decision. '视复检情况再定' -> no follow-up.",
                tests="owners by title/nickname aliases, 主责/配合 in one cell (two spellings), 今天下班前, 本周内, 下周一, gb18030")


# ------------------------------------------------------------------ 8923
DOCX_8923 = [
    "# 8月电商运营月度会议纪要",
    "会议时间：2026年8月11日（周二）14:00-15:30",
    "会议地点：电商运营部会议室",
    "参会人员：金成浩、朴美兰、邢佳琪、曲洋",
    "记录人：邢佳琪",
    "一、7月经营情况：天猫店销售额同比增长26%，直播间转化率3.1%，客诉率0.8%。",
    "二、会议事项跟踪表：",
    "[[TABLE 0]]",
    "三、下次月度会：9月9日（周三）上午10点。",
]
TABLE_8923 = [["序号", "事项", "负责人", "完成时限", "状态"],
              ["1", "七夕（8月19日）直播活动脚本", "邢佳琪", "8月17日前", "进行中"],
              ["2", "天猫店详情页人参溯源信息更新", "朴美兰", "8月20日前", "未开始"],
              ["3", "中秋礼盒预售页面上线", "邢佳琪", "8月底前", "未开始"],
              ["4", "直播间客诉问题汇总分析", "曲洋（配合：邢佳琪）", "下周三", "未开始"],
              ["5", "申请8月直播推广预算", "朴美兰", "8月10日", "已完成"]]


def c8923():
    date = "2026-08-12 15:10:09 +0800"
    frm = P("xjq")
    to = [P("pml"), P("qy")]
    cc = [P("jch"), ("纪要助手", BOTS["sg"])]
    subj = "8月电商运营月度会议纪要"
    doc = make_docx(DOCX_8923, [TABLE_8923], when=dt.datetime(2026, 8, 12, 15, 0, 0), author="邢佳琪",
                    title="8月电商运营月度会议纪要")
    body = "各位：\n\n8月电商运营月度会议纪要见附件，请查收。如有遗漏请回复补充。\n\n佳琪\n电商运营部\n"
    alt = multipart("alternative", "----=_NextPart_6AB9A6B1_0F2E4C70_1D3B5A87", [
        text_part(body, "plain", "utf-8", "base64"),
        text_part(html_wrap("".join(f"<div>{_html.escape(x) or '<br>'}</div>" for x in body.split("\n"))),
                  "html", "utf-8", "base64")])
    ent = multipart("mixed", "----=_NextPart_6AB9A6B1_0F2E4C70_4A7F2E19", [
        alt, attach_2231(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "8月电商运营月度会议纪要.docx")],
        preamble="This is a multi-part message in MIME format.")
    h, tail, mid = exmail(frm, to, cc, subj, date, "8923")
    tr = trace(BOTS["sg"], frm[1], date, MX_SG, "smtpbg150.exmail.example.com", "203.205.250.150", "8923")
    return dict(num=8923, slug="sg-docx-attachment-exmail", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("xjq", "七夕直播活动脚本", ("md", 8, 17)),
                       I("pml", "天猫店详情页人参溯源信息更新", ("md", 8, 20)),
                       I("xjq", "中秋礼盒预售页面上线", ("md", 8, 31)),
                       I("qy", "直播间客诉问题汇总分析", ("nwk", 2))],
                followup=FU(("md", 9, 9), "10:00"), probes=["直播间客诉问题汇总分析", "9月9日（周三）上午10点"],
                notes="The mail body only says 'see attachment'; the minutes are in a .docx (RFC 2231 Chinese file "
                      "name) with a Word table. Sent Wed 2026-08-12 (the meeting was 08-11). Row 4 '下周三' is resolved "
                      "from the mail's Date -> 08-19 (from the meeting date it would also be 08-19). '曲洋（配合：邢佳琪）' "
                      "-> 曲洋. Row 5 已完成 -> status. '七夕（8月19日）' is the event date, the deadline is 8月17日前. "
                      "8月底前 -> 08-31. Next meeting 9月9日（周三）上午10点 -> 09-09 10:00.",
                tests=".docx attachment carrying the minutes (RFC 2231 filename), 已完成 row, event date vs deadline, 配合 in brackets")


# ------------------------------------------------------------------ 8924
T8924 = """您好，我于8月13日至8月16日休年假，期间邮件可能无法及时回复。
电商相关紧急事项请联系邢佳琪（xingjiaqi@sengu-ginseng.example.cn，电话0435-3326518），8月17日返岗后我会尽快处理。

朴美兰
通化森谷参业有限公司 电商运营部
"""


def c8924():
    date = "2026-08-13 09:00:03 +0800"
    frm = P("pml")
    to = [("纪要助手", BOTS["sg"])]
    subj = "自动回复: 【纪要确认】8月电商运营月度会议纪要"
    h, tail, mid = exmail(frm, to, None, subj, date, "8924",
                          extra=[("In-Reply-To", "<mb.20260812.151012.8923@sengu-ginseng.example.cn>")])
    ent = text_part(T8924, "plain", "utf-8", "base64")
    tr = trace(BOTS["sg"], frm[1], date, MX_SG, "smtpbg150.exmail.example.com", "203.205.250.150", "8924")
    return dict(num=8924, slug="auto-exmail-vacation-no-auto-submitted", kind="auto", eml=assemble(tr, h, tail, ent),
                items=[], followup=None, probes=["休年假"],
                notes="Exmail vacation auto-reply to the bot's recap of 8923 with no Auto-Submitted or Precedence "
                      "header: only the '自动回复:' subject prefix and the body say it is automatic. Dates (8月13日至8月16日, "
                      "8月17日返岗) and a delegate are not commands. kind auto.",
                tests="auto: Chinese vacation auto-reply WITHOUT Auto-Submitted (subject prefix only)")


# ------------------------------------------------------------------ 8925
T8925 = """宫会计：

上次长春展会的差旅发票我已经贴好了，一共14张，麻烦周五前帮忙审一下，下周一要拿给金总签字。

另外6月份的信息流广告费发票，供应商说明天寄出，到了我再转给你。

谢谢！
曲洋

发自网易邮箱大师
"""


def c8925():
    date = "2026-07-08 11:46:52 +0800"
    frm = P("qy")
    to = [P("gx")]
    cc = [("纪要助手", BOTS["sg"])]
    subj = "展会差旅发票审核"
    h, tail, mid = netease(frm, to, cc, subj, date, "8925", SG)
    ent = text_part(T8925, "plain", "UTF-8", "base64")
    tr = trace(BOTS["sg"], frm[1], date, MX_SG, "m16-21.mail.netease.example.com", "220.181.16.21", "8925")
    return dict(num=8925, slug="other-sg-request-mailmaster", kind="other", eml=assemble(tr, h, tail, ent),
                items=[], followup=None, probes=["周五前帮忙审一下"],
                notes="A one-to-one request from NetEase Mail Master with the bot on Cc (autocomplete): '周五前帮忙审一下', "
                      "'下周一要拿给金总签字', '明天寄出' are a person's asks and plans, not minutes. kind other, no items.",
                tests="other: person's request with deadlines (周五前, 下周一, 明天) and the bot on Cc")


# ------------------------------------------------------------------ 8926
PDF_8926 = [
    "# 义安区城市管理局会议纪要",
    "义城管纪〔2026〕5号",
    "",
    "4月17日，章建平局长主持召开4月份城市管理工作例会，研究部署近期重点工作。纪要如下：",
    "一、关于文明城市创建迎检。市容环卫股牵头，4月24日前完成主次干道沿街立面",
    "    “牛皮癣”清理。（责任人：檀晓东）",
    "二、关于渣土车夜间管控。执法大队负责，即日起每周开展不少于3次夜查，",
    "    4月30日前报送阶段情况。（责任人：疏建华）",
    "三、关于园林绿化春季补植。园林绿化股负责，5月15日前完成天门大道中央隔离带",
    "    补植。（责任人：佘丽）",
    "四、关于信访件办理。各股室对照分工，收到转办件后5个工作日内办结，",
    "    办结情况报局办公室。",
    "五、下次例会定于5月20日（周三）下午2:30召开。",
    "",
    "义安区城市管理局办公室            2026年4月20日印发",
]


def c8926():
    date = "2026-04-20 16:02:37 +0800"
    frm = P("jt")
    to = [P("txd"), P("sjh"), P("shl"), P("wzq")]
    cc = [P("why"), ("纪要助手", BOTS["gov"])]
    subj = "关于印发《4月份城市管理工作例会纪要》的通知"
    pdf = make_pdf(PDF_8926, cjk=True, title="义城管纪〔2026〕5号")
    body = "各股室、执法大队：\n\n现将《4月份城市管理工作例会纪要》（义城管纪〔2026〕5号）印发给你们，请认真贯彻落实。\n\n附件：4月份例会纪要.pdf\n\n局办公室  江涛\n"
    alt = multipart("alternative", "----=_NextPart_000_0008_01DCD0A4.7B5C2E10", [
        text_part(body, "plain", "gb2312", "base64"),
        text_part(mso_html(body), "html", "gb2312", "quoted-printable")])
    ent = multipart("mixed", "----=_NextPart_000_0007_01DCD0A4.7B5C2E10", [
        alt, attach_2231(pdf, "application/pdf", "4月份例会纪要.pdf")],
        preamble="This is a multipart message in MIME format.")
    h, tail, mid = outlook(frm, to, cc, subj, date, "8926", GOV, cs="gb2312", attach=True)
    tr = trace(BOTS["gov"], frm[1], date, MX_GOV, "JIANGTAO-PC", "10.12.3.63", "8926")
    return dict(num=8926, slug="gov-pdf-attachment-official-minutes-outlook", kind="minutes",
                eml=assemble(tr, h, tail, ent),
                items=[I("txd", "完成主次干道沿街立面“牛皮癣”清理", ("md", 4, 24)),
                       I("sjh", "报送渣土车夜间管控阶段情况", ("md", 4, 30)),
                       I("shl", "完成天门大道中央隔离带补植", ("md", 5, 15))],
                followup=FU(("md", 5, 20), "14:30"), probes=["（责任人：疏建华）", "5个工作日内办结"],
                notes="Official minutes (义城管纪〔2026〕5号) as a PDF attachment (CJK font, text extractable); the body "
                      "is only the cover note. Each point names the unit and '（责任人：…）' on the wrapped next line. Sent "
                      "Mon 2026-04-20. 四 is a standing rule ('收到转办件后5个工作日内办结') with no fixed start -> not an "
                      "item. '即日起每周…夜查' is continuing work; the deliverable with a date is the 4月30日 report. "
                      "五: next meeting 5月20日（周三）下午2:30 -> 14:30.",
                tests="PDF attachment carrying official minutes, owners on wrapped lines, standing rule with 5个工作日内 not an item")


CASES = [c8921(), c8922(), c8923(), c8924(), c8925(), c8926()]
