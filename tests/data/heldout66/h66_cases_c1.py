"""Cases 9419-9423: 上饶市广信区林业局 (district forestry bureau, Shangrao, Jiangxi; incl. 灵山国有林场). Coremail server."""
import datetime as dt

from h66_common import (LY, P, addr, addrs, attachment, ew, fmt_date, item, make_docx, message, mso_html, multipart,
                        simple_html, text_part)

BOT = ("纪要助手", f"minutes@{LY}")
RCV = ("from mail.gxlyj.example.gov.cn (unknown [10.36.8.5])\n\tby mx.gxlyj.example.gov.cn (Coremail) with SMTP id {qid}\n"
       "\tfor <minutes@gxlyj.example.gov.cn>; {date}")


def coremail_hdrs(sender, n, date, subject, to, cc, charset="GBK", mailer="Coremail Webmail Server Version XT5.0.14 build 20240801(9b3c4d4a)"):
    return [("Received", RCV.format(qid=f"AQAAfwC3_{n}Zf0GaJrV2g--.{n}S2", date=date)),
            ("Date", date),
            ("From", addr(*P(sender), charset=charset)),
            ("To", addrs(to, charset)),
            ("Cc", addrs(cc, charset)),
            ("Subject", ew(subject, charset)),
            ("X-Priority", "3"),
            ("X-Mailer", mailer),
            ("X-Originating-IP", "[10.36.8.21]"),
            ("MIME-Version", "1.0"),
            ("Message-ID", f"<{n:x}.3f21.19d{n:x}c1d.Coremail.{P(sender)[1].split('@')[0]}@{LY}>"),
            ("X-Coremail-Locale", "zh_CN"),
            ("X-CM-TRANSID", f"AQAAfwC3_{n}Zf0GaJrV2g--.{n}S2"),
            ("X-CM-SenderInfo", "x2xtgiua6jtxo6zl2rwhrgotrmvsr/")]


def c9419():
    date = fmt_date(2026, 4, 20, 17, 35, 8)
    text = """区林业局松材线虫病疫情防控专题会议纪要

4月20日上午，郑国栋局长主持召开松材线虫病疫情防控专题会议，李华明副局长，办公室、森林资源管理股、林业工作站、林业执法大队、灵山国有林场负责同志参加。会议听取了2025—2026年度秋冬季疫木除治工作情况汇报，研究部署春季防控工作。现纪要如下：

一、关于疫木除治扫尾工作
会议指出，今年以来全区累计除治枯死松树1.2万余株，除治进度总体符合要求，但部分乡镇存在伐桩过高、疫木未及时处置等问题。会议要求：
一是全面开展除治质量核查。由林业工作站牵头，对全区除治小班逐一核查，4月30日前形成核查报告报局办公室。（责任人：程立平）
二是加强疫木源头管控。林业执法大队要加大对涉木企业和个体加工点的检查力度，5月15日前完成一轮全覆盖检查。（责任单位：林业执法大队）
三是做好除治档案归档。灵山国有林场负责本场范围内除治档案整理，月底前报森林资源管理股。（责任人：叶茂林）

二、关于春季监测普查
四是启动春季疫情监测普查。森林资源管理股牵头制定普查方案，于下周三前提交局务会审议。（责任人：王丽萍）
五是筹备防控业务培训。办公室会同林业工作站于5月中旬组织一期疫情识别培训。（责任单位：办公室）

三、其他事项
会议明确，防控经费严格按照《广信区松材线虫病防控专项资金管理办法》执行，专款专用。

抄送：局领导，各股室、站、队，灵山国有林场。
广信区林业局办公室　　2026年4月20日印发
"""
    html = simple_html(text.split("\n"), wrapper='<div style="font-family:仿宋_GB2312,仿宋;font-size:16px;line-height:1.7">').replace('charset="utf-8"', 'charset="GBK"')
    alt = multipart("alternative", "----=_Part_218473_1532098812.1776677708123", [
        text_part(text, "plain", "GBK", "base64"), text_part(html, "html", "GBK", "base64")])
    hdrs = coremail_hdrs("zhukai", 0x5c2e0a, date, "松材线虫病疫情防控专题会议纪要",
                         ["zhenggd", "lihm", "wanglp", "chenglp", "raojx", "yeml", "xuxf"], [BOT])
    items = [
        item("chenglp", "全面开展除治质量核查，形成核查报告报局办公室", "abs:2026-04-30"),
        item(None, "对涉木企业和个体加工点完成一轮全覆盖检查", "abs:2026-05-15", dept="林业执法大队"),
        item("yeml", "本场范围内除治档案整理，报森林资源管理股", "me"),
        item("wanglp", "制定春季疫情监测普查方案，提交局务会审议", "nw:2"),
        item(None, "组织一期疫情识别培训", None, vague=True, dept="办公室"),
    ]
    return dict(num=9419, slug="coremail-gbk-gov-yishi-ershi", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=None,
                notes="Government 专题会议纪要 in 一是/二是/…/五是 style with '（责任人：X）' or '（责任单位：X）' at the end of each "
                      "paragraph (Coremail GBK base64), sent Mon 2026-04-20. 4月30日前; 二是 has only a 责任单位 -> owner null, "
                      "no_owner, department 林业执法大队 (the unit head is not named, so not guessed); 月底前 -> 04-30; 下周三前 -> "
                      "04-29; 五是 '5月中旬' + 责任单位 办公室 -> no_owner + vague_due. The 会议指出 facts, the 经费 policy line and "
                      "the 抄送/印发 footer (with a date) are not items.",
                tests="Coremail GBK government 一是/二是 minutes; 责任人 vs 责任单位 tails; 5月中旬 vague; 印发 date not a due")


def c9420():
    date = fmt_date(2026, 6, 10, 16, 22, 51)
    rows = [["序号", "工作任务", "责任单位", "责任人", "完成时限"],
            ["1", "完成全区林长公示牌信息更新", "林业工作站（牵头），各乡镇（配合）", "程立平", "6月底前"],
            ["2", "报送上半年各级林长巡林情况统计", "办公室", "徐晓芬", "端午节前"],
            ["3", "开展破坏森林资源案件专项整治", "林业执法大队（牵头）、森林资源管理股（配合）", "饶建新", "7月15日前"],
            ["4", "组织林长制业务培训", "森林资源管理股", "—", "待定"],
            ["5", "森林督查图斑核查整改", "森林资源管理股（牵头）、林业工作站（配合）", "王丽萍", "长期坚持"]]
    blocks = ["各股室、站、队：", "",
              "6月10日上午，李华明副局长主持召开林长制工作推进会。会议通报了1—5月林长巡林和问题整改情况，"
              "对下一阶段工作进行了分解，具体任务如下：", ("table", rows), "",
              "请各责任单位按时限要求抓好落实，完成情况及时报局办公室（林长办）。", "", "局办公室", "2026年6月10日"]
    html = simple_html(blocks, wrapper='<div style="font-family:宋体;font-size:14px">')
    body = text_part(html, "html", "utf-8", "base64")
    hdrs = coremail_hdrs("xuxf", 0x6a1f03, date, "林长制工作推进会任务分解", ["wanglp", "chenglp", "raojx", "dengzg"],
                         ["lihm", BOT], charset="utf-8")
    items = [
        item("chenglp", "完成全区林长公示牌信息更新", "abs:2026-06-30"),
        item("xuxf", "报送上半年各级林长巡林情况统计", "before:2026-06-19"),
        item("raojx", "开展破坏森林资源案件专项整治", "abs:2026-07-15"),
        item(None, "组织林长制业务培训", None, vague=True, dept="森林资源管理股"),
        item("wanglp", "森林督查图斑核查整改", None),
    ]
    return dict(num=9420, slug="coremail-html-gov-task-table-lead-support", kind="minutes",
                eml=message(hdrs, body), items=items, followup=None,
                notes="AMBIGUOUS (row 5): '长期坚持' is an ongoing duty, not a deadline; recorded as an item with no date "
                      "(no_due) rather than vague_due. Coremail HTML-only UTF-8 task table with 责任单位 '（牵头）/（配合）' and "
                      "a separate 责任人 column; sent Wed 2026-06-10. 6月底前 -> 06-30; 端午节前 -> 06-18 (holiday 06-19..21); "
                      "7月15日前; row 4 has no person ('—') and 待定 -> no_owner + vague_due, department 森林资源管理股.",
                tests="HTML-only government 责任单位/责任人/完成时限 table; 牵头/配合; 端午节前; 待定; 长期坚持")


def c9421():
    date = fmt_date(2026, 7, 16, 16, 40, 19)
    when = dt.datetime(2026, 7, 16, 16, 20, 0)
    docx = make_docx([
        ("h", "上饶市广信区林业局局务会议纪要"),
        ("p", "〔2026〕13号"),
        ("p", "2026年7月16日上午，郑国栋局长主持召开局务会议，局领导班子成员、各股室站队及灵山国有林场主要负责人参加。"
              "会议传达学习了市林业局半年工作会议精神，研究了以下事项："),
        ("p", "一、会议听取了灵山国有林场关于国有林场改革绩效评价准备情况的汇报。会议要求林场对照评价指标逐项自查，"
              "形成自评报告。"),
        ("p", "二、会议研究了森林防火物资储备库维修项目。会议同意按程序开展招标，预算控制在38万元以内。"),
        ("p", "三、会议听取了办公室关于上半年政务信息公开工作的汇报，要求开展一次自查。"),
        ("p", "四、会议议定事项分工如下："),
        ("t", [["序号", "议定事项", "责任人", "完成时限"],
               ["1", "国有林场改革绩效评价自评报告", "叶茂林", "7月底前"],
               ["2", "森林防火物资储备库维修项目招标", "邓志刚", "8月10日前"],
               ["3", "上半年政务信息公开工作自查", "徐晓芬", "下周五"],
               ["4", "古树名木保护挂牌（第二批）", "程立平", "9月30日前"]]),
        ("p", "出席：郑国栋、李华明、徐晓芬、王丽萍、邓志刚、程立平、饶建新、叶茂林"),
        ("p", "记录：祝凯"),
    ], when, "祝凯")
    text = "各位领导、同事：\n\n7月16日局务会议纪要（〔2026〕13号）见附件，请按分工抓好落实。\n\n局办公室 祝凯\n"
    alt = multipart("alternative", "----=_Part_331907_1193387120.1784191219071", [
        text_part(text, "plain", "GBK", "base64"),
        text_part(simple_html(text.split("\n")).replace('charset="utf-8"', 'charset="GBK"'), "html", "GBK", "base64")])
    mixed = multipart("mixed", "----=_Part_331906_1748026931.1784191219070", [
        alt, attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "局务会议纪要〔2026〕13号.docx", charset="GBK", style="2231")])
    hdrs = coremail_hdrs("zhukai", 0x7b3e11, date, "局务会议纪要（〔2026〕13号）",
                         ["zhenggd", "lihm", "xuxf", "wanglp", "dengzg", "chenglp", "raojx", "yeml"], [BOT])
    items = [
        item("yeml", "国有林场改革绩效评价自评报告", "me"),
        item("dengzg", "森林防火物资储备库维修项目招标", "abs:2026-08-10"),
        item("xuxf", "上半年政务信息公开工作自查", "nw:4"),
        item("chenglp", "古树名木保护挂牌（第二批）", "abs:2026-09-30"),
    ]
    return dict(num=9421, slug="coremail-docx-gov-juwuhui", kind="minutes",
                eml=message(hdrs, mixed), items=items, followup=None,
                notes="局务会议纪要 only in a .docx (RFC 2231 filename* plus an RFC 2047 name=), sent Thu 2026-07-16. The "
                      "narrative paragraphs (一、二、三) repeat the work without owners or dates; the 议定事项分工 table is the "
                      "item list (4 items, not 7). 7月底前 -> 07-31; 8月10日前; 下周五 -> 07-24; 9月30日前. The 38万元 budget "
                      "is a decision. No next meeting.",
                tests="government 局务会纪要 in .docx (RFC 2231 filename); narrative duplicates vs 分工 table")


def c9422():
    date = fmt_date(2026, 5, 22, 18, 5, 36)
    text = """林长办周调度会纪要（5月22日）

一、上周工作完成情况
1. 王丽萍同志牵头的春季普查方案已经局务会审议通过，正在组织实施。
2. 饶建新同志带队完成了12家涉木加工点检查，立案1起。
3. 森林防火视频监控平台已完成调试，接入点位36个。

二、下周工作安排
1. 王丽萍同志负责汇总各乡镇普查进度，下周三前形成第一期进度通报。
2. 饶建新同志负责对立案的1起非法收购疫木案件依法查处，6月5日前提交调查终结报告。
3. 程立平同志负责联系市林科所专家，6月上旬到我区开展技术指导。
4. 邓志刚同志负责做好汛期森林防火值班衔接，
   值班表于本周日前报办公室。
5. 祝凯同志负责本纪要印发和督办台账更新，下周一完成。

三、下次调度会
5月29日（周五）下午4点，局三楼会议室。

徐晓芬
"""
    alt = multipart("alternative", "----=_Part_40298_7712364.1779444336587", [
        text_part(text, "plain", "utf-8", "base64"),
        text_part(simple_html(text.split("\n")), "html", "utf-8", "base64")])
    hdrs = coremail_hdrs("xuxf", 0x4e9d27, date, "林长办周调度会纪要（5月22日）",
                         ["wanglp", "raojx", "chenglp", "dengzg", "zhukai"], ["lihm", BOT], charset="utf-8",
                         mailer="MailMaster PC/5.0.9.1012")
    hdrs = [h for h in hdrs if not h[0].startswith("X-C")]
    hdrs.append(("X-CUSTOM-MAIL-MASTER-SENT-ID", "NTES-MM-2E7F19B0D4A3"))
    items = [
        item("wanglp", "汇总各乡镇普查进度，形成第一期进度通报", "nw:2"),
        item("raojx", "对立案的1起非法收购疫木案件依法查处，提交调查终结报告", "abs:2026-06-05"),
        item("chenglp", "联系市林科所专家到我区开展技术指导", None, vague=True),
        item("dengzg", "做好汛期森林防火值班衔接，值班表报办公室", "bz:6"),
        item("zhukai", "本纪要印发和督办台账更新", "nw:0"),
    ]
    return dict(num=9422, slug="mailmaster-prose-tongzhi-fuze-reports", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=("abs:2026-05-29", "16:00"),
                notes="NetEase MailMaster from the bureau mailbox, prose 'X同志负责…，<deadline>' lines, sent Fri 2026-05-22. "
                      "'一、上周工作完成情况' are reports of done work (they also name people), not items. 下周三前 -> 05-27; "
                      "6月5日前; '6月上旬' is a period, vague like 中旬 -> vague_due; item 4 wraps onto the next line: "
                      "'本周日前' -> Sun 05-24; 下周一 -> 05-25. Next meeting 05-29 16:00 (下午4点).",
                tests="MailMaster prose 'X同志负责' items; 上周完成情况 reports; wrapped item; 本周日前; 6月上旬 vague")


def c9423():
    date = fmt_date(2026, 5, 6, 9, 20, 14)
    text = """各股室、站、队，灵山国有林场：

经局领导同意，定于5月11日（星期一）上午9:00在局三楼会议室召开森林防火工作调度会，现将有关事项通知如下：

一、参会人员：局领导，各股室、站、队主要负责人，灵山国有林场场长。
二、会议内容：通报一季度森林火情及处置情况；部署汛期及夏季森林防火工作。
三、有关要求：
1. 请各单位于5月8日（星期五）下班前将参会人员名单报局办公室祝凯。
2. 森林防火股请准备一季度火情通报材料（5页以内），会前一天交办公室。
3. 参会人员请提前10分钟入场，会议期间手机调至静音。

联系人：祝凯，电话：0793-8461025

广信区林业局办公室
2026年5月6日
"""
    alt = multipart("alternative", "----=_Part_51120_1094426003.1778030414532", [
        text_part(text, "plain", "GBK", "base64"),
        text_part(simple_html(text.split("\n")).replace('charset="utf-8"', 'charset="GBK"'), "html", "GBK", "base64")])
    hdrs = coremail_hdrs("zhukai", 0x51a2c4, date, "关于召开森林防火工作调度会的通知",
                         ["wanglp", "dengzg", "chenglp", "raojx", "yeml"], ["zhenggd", "lihm", BOT])
    return dict(num=9423, slug="coremail-gov-meeting-notice", kind="other",
                eml=message(hdrs, alt), items=[], followup=None,
                notes="A 会议通知 (notice convening a meeting on 05-11), not minutes: it has dated requests (名单5月8日下班前, "
                      "材料会前一天) but no meeting has taken place. kind other, no items, no follow-up.",
                tests="government 会议通知 with dated requests: other, not minutes")


CASES = [c9419, c9420, c9421, c9422, c9423]
