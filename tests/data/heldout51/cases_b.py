"""Org B: 安溪茗岭茶叶进出口有限公司 (tea exporter, Anxi, Fujian).  Mail: Tencent Exmail (web, Foxmail, 企业微信),
iPhone Mail.  Partners: Seri Daun Tea Trading Sdn Bhd (Kuala Lumpur, English) and 德順茶行 (Taipei, Traditional Chinese, big5).
Bot: 纪要助手 <minutes@minglingtea.example.cn>."""
import datetime as dt
import html as H

import h51_lib as L
import h51_mime as M
import h51_clients as C
from h51_case import Case, Item, plain, div_html, outlook_html, envelope, _table_html

DOM = "minglingtea.example.cn"
BOT = ("纪要助手", f"minutes@{DOM}")

PEOPLE = [
    ("陈锦川", f"chenjc@{DOM}", "总经理室", "", "陈总;Chen Jinchuan"),
    ("苏雅琴", f"suyq@{DOM}", "外贸部", f"chenjc@{DOM}", "苏经理;Sophia Su;Sophia;蘇雅琴;蘇經理"),
    ("林志鸿", f"linzh@{DOM}", "外贸部", f"suyq@{DOM}", "阿鸿;Henry Lin;Henry;林志鴻"),
    ("黄美玲", f"huangml@{DOM}", "外贸部", f"suyq@{DOM}", "美玲;Meiling Huang;Meiling;黃美玲"),
    ("王德福", f"wangdf@{DOM}", "生产部", f"chenjc@{DOM}", "王主任;老王;Wang Defu"),
    ("洪秋菊", f"hongqj@{DOM}", "质检部", f"chenjc@{DOM}", "洪主管;秋菊;Hong Qiuju"),
    ("刘清水", f"liuqs@{DOM}", "采购部", f"chenjc@{DOM}", "清水;刘经理;Liu Qingshui"),
    ("谢婉婷", f"xiewt@{DOM}", "财务部", f"chenjc@{DOM}", "谢会计;婉婷;Xie Wanting"),
    ("詹国栋", f"zhanguodong@{DOM}", "品牌电商部", f"chenjc@{DOM}", "詹经理;Zhan Guodong"),
    # outsiders who write to the bot
    ("Jason Lim", "jason.lim@seridaun.example.my", "", "", "Lim Wei Jie;Jason"),
    ("游明哲", "ming.yu@deshun-tea.example.tw", "", "", "游經理;Ming-Che Yu"),
]
P = {r[0]: (r[0], r[1]) for r in PEOPLE}


def recv_exmail(helo, ip, date, smtp_id, secs=2):
    t = date + dt.timedelta(seconds=secs)
    return [f"from {helo} (unknown [{ip}])\n\tby smtp.exmail.example.com (ESMTP) with SMTP id {smtp_id}\n"
            f"\tfor <{BOT[1]}>; {L.rfc_date(t, pad=True, tzname='CST')}"]


def env(sender, received):
    return envelope(BOT[1], sender, received)


CASES = []

# ------------------------------------------------------------------ 7910
D7910 = L.when(2026, 4, 9, 18, 5, 12)
TAB7910 = [
    ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
    ["EC2026-04-09", "2026-04-09", "Seri Daun Tea Trading/Jason Lim", "外贸部/苏雅琴", "客户",
     "客户要求秋季订单铁观音清香型增加至8吨，并提供欧盟标准农残检测报告",
     "①质检部洪秋菊提供最近三批农残检测报告（4月14日前）②4月16日前向客户报价并确认交期", "2026-04-16", "苏雅琴"],
    ["EC2026-04-09-2", "2026-04-09", "Seri Daun Tea Trading/Jason Lim", "外贸部/林志鸿", "客户",
     "客户反馈上批货外箱唛头与合同不一致",
     "①林志鸿整理唛头模板发单证核对（下周一前）②黄美玲修改唛头并发客户确认", "2026-04-16", "林志鸿"],
]
T7910 = [
    "陈总、各位：",
    "",
    "今天下午和马来西亚Seri Daun的Jason视频沟通了秋季订单，跟进表如下（从Excel贴过来的，格式可能有点乱）：",
    "",
    "外部沟通跟进表",
    ("table", TAB7910),
    "",
    "另：王主任那边精制车间排产要预留8吨清香型的产能，请王主任下周二前给我一个排产初稿。",
    "",
    "苏雅琴",
    "外贸部 | 安溪茗岭茶叶进出口有限公司",
    "Tel: 0595-23268806  Mob: 13905951827",
]


def b7910():
    html = div_html([b if not isinstance(b, tuple) else ("raw", _table_html(b[1], "excel")) for b in T7910],
                    charset="GBK", font="微软雅黑", size="10.5pt")
    top = C.foxmail(P["苏雅琴"], [P["林志鸿"], P["洪秋菊"], P["王德福"], P["黄美玲"]], [P["陈锦川"], BOT],
                    "Seri Daun秋季订单沟通跟进表（4月9日）", D7910, "<202604091805120349851@minglingtea.example.cn>",
                    plain(T7910), html, boundary="----=_001_NextPart426318077741_=----", charset="GBK", codec="gbk")
    top.headers = env(P["苏雅琴"][1], recv_exmail("DESKTOP-SU7Q2K", "117.28.193.61", D7910, "0")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7910, "ec-followup-table-tsv-foxmail-gbk", "minutes", "B", "Foxmail 7.2",
    "multipart/alternative GBK: plain base64 (tab-separated rows pasted from Excel) + HTML QP (Excel table)",
    "5 items (①② in cells; row 负责人 owns unnamed ①; ② without date = no_due; 下周一/下周二 from a Thursday); next 04-16",
    "seed 外部沟通跟进表 with a customer; named people inside ① cells override the row 负责人; a request after the table is an item",
    b7910,
    [Item("洪秋菊", "提供最近三批农残检测报告", ("md", 4, 14), "2026-04-14"),
     Item("苏雅琴", "向客户报价并确认交期", ("md", 4, 16), "2026-04-16"),
     Item("林志鸿", "整理唛头模板发单证核对", ("next", 0), "2026-04-13"),
     Item("黄美玲", "修改唛头并发客户确认", ("none",), None),
     Item("王德福", "给出精制车间预留8吨清香型产能的排产初稿", ("next", 1), "2026-04-14")],
    (("md", 4, 16), "2026-04-16", None),
    "Seed 外部沟通跟进表 pasted from Excel, sent Thu 2026-04-09 18:05 +0800. Row 1: ① names 质检部洪秋菊 -> her item, (4月14日前) -> 2026-04-14; "
    "② names nobody -> the row's 负责人 苏雅琴, 4月16日前 -> 2026-04-16. Row 2: ① 林志鸿 '下周一前' from Thursday -> Monday of next week 2026-04-13; "
    "② 黄美玲 has no deadline -> no_due. The closing request '请王主任下周二前给我一个排产初稿' is an assignment made in the minutes: 王主任 = 王德福, "
    "下周二 -> 2026-04-14. 下次沟通时间 2026-04-16 (both rows) -> next_followup 2026-04-16, no time. The customer's wishes (8吨, 检测报告) in 核心需求 are not our tasks by themselves."))


# ------------------------------------------------------------------ 7911
D7911 = L.when(2026, 4, 13, 11, 48, 33)
T7911 = [
    "外贸部周会（4月13日 上午10:00-11:20）",
    "参会：苏经理、林志鸿、黄美玲、洪主管（列席）",
    "",
    "【苏经理】",
    "1. 周三前确认Seri Daun秋季订单报价",
    "2. 下周一前完成中东新客户（迪拜）开发信模板",
    "【林志鸿】",
    "1. 明天下午3点前把样品寄出（顺丰国际），单号发群里",
    "2. 跟进迪拜展会报名事宜，尽快",
    "【黄美玲】",
    "1. 4月17日前完成3月份出口退税单证整理",
    "2. 更新客户信息表（已完成）",
    "【洪主管】",
    "1. 本周五前出具两批样品检测报告",
    "",
    "下周一同一时间再碰一次。",
    "",
    "林志鸿",
]


def b7911():
    html = div_html(T7911, font="PingFang SC", size="14px")
    top = C.exmail(P["林志鸿"], [P["苏雅琴"], P["黄美玲"], P["洪秋菊"]], [BOT], "外贸部周会纪要 4.13", D7911,
                   "<tencent_5E3B0C7A4D1F2A6B8C9D0E1F2A3B4C5D6E07@minglingtea.example.cn>", plain(T7911), html,
                   boundary="----=_NextPart_69DC5E21_0B8E1F60_2C4D7A1B", qq_mid="xmsezb1t1776052113tq3m8k1fa",
                   mailer="WXWork 4.1.38 (Android)")
    top.headers = env(P["林志鸿"][1], recv_exmail("wxwork-mail-proxy", "183.250.89.17", D7911, "0")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7911, "grouped-by-person-wecom", "minutes", "B", "企业微信 mail (WeCom, Android)",
    "multipart/alternative UTF-8 base64",
    "6 items grouped under 【name】 headings (周三 / 下周一 / 明天下午3点 / 尽快 / 本周五); 已完成 skipped; next 04-20 10:00 ('下周一同一时间')",
    "minutes grouped by person with titles (苏经理, 洪主管) as headings; numbering restarts under each person; 'same time next Monday' needs the meeting time from the header line",
    b7911,
    [Item("苏雅琴", "确认Seri Daun秋季订单报价", ("wd", 2), "2026-04-15"),
     Item("苏雅琴", "完成中东新客户（迪拜）开发信模板", ("next", 0), "2026-04-20"),
     Item("林志鸿", "寄出样品（顺丰国际），单号发群里", ("tomorrow",), "2026-04-14", "15:00"),
     Item("林志鸿", "跟进迪拜展会报名事宜", ("vague",), None),
     Item("黄美玲", "完成3月份出口退税单证整理", ("md", 4, 17), "2026-04-17"),
     Item("洪秋菊", "出具两批样品检测报告", ("this", 4), "2026-04-17")],
    (("next", 0), "2026-04-20", "10:00"),
    "Weekly minutes grouped by person, sent Mon 2026-04-13 11:48 +0800 from 企业微信. The heading 【X】 owns the numbered lines under it: "
    "苏经理 = 苏雅琴, 洪主管 = 洪秋菊 (aliases). 周三前 from Monday -> 2026-04-15; 下周一前 -> 2026-04-20; 明天下午3点前 -> 2026-04-14 15:00; "
    "尽快 -> vague_due; 4月17日前 -> 2026-04-17; 本周五前 -> 2026-04-17. 黄美玲 2 is marked 已完成 -> not an item. "
    "'下周一同一时间再碰一次': the meeting ran 10:00-11:20 on Monday, so the next one is Mon 2026-04-20 10:00."))


# ------------------------------------------------------------------ 7912
D7912 = L.when(2026, 4, 21, 20, 32, 7)
T7912 = [
    "各位：",
    "",
    "今天下午电商和外贸的协调会，结论和分工如下：",
    "",
    "结论：618大促主推“茗岭·秋香”礼盒，价格维持不变；外贸样品与电商礼盒共用4月第二批茶，不再另外拼配。",
    "",
    "分工：",
    "一、詹国栋：5月15日前完成618礼盒详情页和主图。",
    "二、王主任：礼盒装2000盒，5月20日前包装完毕入库。",
    "三、谢婉婷：本月底前核算礼盒成本和毛利。",
    "四、质检部：礼盒用茶出具检测报告，时间待定。",
    "",
    "下面是群里的聊天记录，大家对一下，有出入的以上面为准：",
    "",
    "——————————",
    "陈锦川 20:05",
    "@詹国栋 详情页5月15日前出来哈",
    "詹国栋 20:06",
    "收到陈总👌",
    "王德福 20:10",
    "2000盒5月20号没问题，包材这周到",
    "谢婉婷 20:11",
    "成本这周我先算个初稿，月底前定稿",
    "洪秋菊 20:14",
    "检测要等茶叶出库再排，时间我再报",
    "陈锦川 20:15",
    "[强]",
    "——————————",
    "",
    "陈锦川",
]


def b7912():
    html = div_html(T7912, font="微软雅黑", size="14px")
    top = C.exmail(P["陈锦川"], [P["詹国栋"], P["王德福"], P["谢婉婷"], P["洪秋菊"]], [P["苏雅琴"], BOT],
                   "电商外贸协调会分工（4月21日）", D7912, "<tencent_1B7F3E9C2A4D5B6C7D8E9F0A1B2C3D4E5F08@qq.com>",
                   plain(T7912), html, boundary="----=_NextPart_69E76E57_0C1A7B30_5E6F2D9A",
                   qq_mid="xmsezb1t1776774727tq5h2v9pc")
    top.headers = env(P["陈锦川"][1], recv_exmail("[192.168.31.8]", "117.28.195.202", D7912, "0")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7912, "chat-paste-below-minutes-exmail", "minutes", "B", "Tencent Exmail web",
    "multipart/alternative UTF-8 base64 (emoji in the pasted chat)",
    "4 items from the 分工 list (本月底 = 04-30, dept-only 待定); pasted WeChat chat restating them is not items; no next meeting",
    "chat log pasted under the minutes restates the tasks with other words and extra promises ('这周我先算个初稿'); 结论 line is a decision",
    b7912,
    [Item("詹国栋", "完成618礼盒详情页和主图", ("md", 5, 15), "2026-05-15"),
     Item("王德福", "礼盒装2000盒包装完毕入库", ("md", 5, 20), "2026-05-20"),
     Item("谢婉婷", "核算礼盒成本和毛利", ("month_end",), "2026-04-30"),
     Item(("dept", "质检部"), "礼盒用茶出具检测报告", ("vague",), None)],
    None,
    "GM's minutes sent Tue 2026-04-21 20:32 +0800 from Exmail. Items are the four 分工 lines: 王主任 = 王德福; 本月底前 -> 2026-04-30; "
    "四 names only 质检部 -> no_owner, department 质检部, '时间待定' -> vague_due. The 结论 line is a decision. "
    "The WeChat group chat pasted below (between the ———— rules) restates the same tasks and adds chatter ('包材这周到', '这周我先算个初稿', "
    "'时间我再报'); the writer says the list above prevails, so the chat adds no items. No next meeting."))


# ------------------------------------------------------------------ 7913
D7913 = L.when(2026, 5, 7, 15, 12, 40)
CAI = ("蔡俊杰", "caijj@hailian-freight.example.cn")


def b7913():
    e = H.escape
    todo = [("黄美玲", "3个工作日内完成原产地证（FORM E）申请"),
            ("林志鸿", "5月9日（周六）前向货代提交订舱委托书"),
            ("蔡俊杰", "下周二前反馈舱位确认"),
            ("苏雅琴", "跟进客户信用证修改，尽快")]
    html = (
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Microsoft YaHei',sans-serif;font-size:14px\">\n"
        "<div>各位：</div><div>以下是今天下午会议腾讯会议自动生成的智能纪要，待办我核对过了，请大家按时完成。</div><div><br></div>\n"
        "<div style=\"border:1px solid #e5e6eb;border-radius:8px;padding:16px;max-width:680px\">\n"
        "<div style=\"font-size:18px;font-weight:600\">智能纪要 | 五一后出口单证及船期协调会</div>\n"
        "<div style=\"color:#86909c\">会议时间：2026/05/07 14:00-14:45 &nbsp; 会议号：583 217 904</div>\n"
        "<div style=\"color:#86909c\">参会人：苏雅琴、林志鸿、黄美玲、蔡俊杰（海联货代）</div>\n"
        "<h3>会议摘要</h3>\n"
        "<p>本次会议围绕五一假期后首批出口的单证准备与船期展开。黄美玲介绍了原产地证和报关资料的准备进度，预计下周初可以完成；"
        "蔡俊杰说明本月厦门港至巴生港船期为5月18日，舱位偏紧，需尽早提交订舱委托；苏雅琴提出客户信用证条款需要修改，涉及最迟装运期。</p>\n"
        "<h3>章节速览</h3>\n<ul>\n"
        "<li>00:00 单证准备情况：原产地证、箱单发票、报关委托</li>\n"
        "<li>12:35 船期与订舱：5月18日船期、舱位情况</li>\n"
        "<li>28:10 信用证条款：最迟装运期与交单期</li>\n</ul>\n"
        "<h3>待办</h3>\n<ul style=\"list-style:none;padding-left:0\">\n"
        + "".join(f"<li>&#9744; {e(t)} <span style=\"color:#3370ff\">@{e(n)}</span></li>\n" for n, t in todo)
        + "</ul>\n<div style=\"color:#86909c;font-size:12px\">以上内容由腾讯会议AI小助手生成，仅供参考</div>\n</div>\n"
        "<div><br></div><div>黄美玲</div><div>外贸部 单证</div>\n</body></html>\n")
    part = M.text_part(html, "html", "utf-8", "quoted-printable")
    h = [("X-QQ-mid", "xmsezb1t1778137960tq8c2d4mf"), ("X-QQ-Originating-IP", "117.28.193.77"),
         ("From", L.addr(*P["黄美玲"])),
         ("To", ", ".join(L.addr(*x) for x in [P["苏雅琴"], P["林志鸿"], CAI])),
         ("Cc", L.addr(*BOT)),
         ("Subject", L.ew("智能纪要｜五一后出口单证及船期协调会")),
         ("Mime-Version", "1.0")]
    tail = [("Date", L.rfc_date(D7913)), ("X-Priority", "3"),
            ("Message-ID", "<tencent_7A0E3C5B9D2F4E1A6B8C0D2E4F6A8B0C1D09@minglingtea.example.cn>"),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    part.headers = env(P["黄美玲"][1], recv_exmail("[192.168.1.40]", "117.28.193.77", D7913, "0")) + h + part.headers + tail
    return M.serialize(part)


CASES.append(Case(
    7913, "tencent-meeting-ai-minutes-html-only", "minutes", "B", "Tencent Exmail web (HTML only)",
    "single text/html UTF-8 quoted-printable",
    "4 items from the 待办 block only (3个工作日内 over the 05-09 make-up Saturday = 05-11; 5月9日（周六）; external 下周二; 尽快); no next meeting",
    "腾讯会议 智能纪要 pasted into a mail: 会议摘要 and 章节速览 restate tasks and dates but only 待办 counts; owners as @mentions after the task",
    b7913,
    [Item("黄美玲", "完成原产地证（FORM E）申请", ("wdays", 3), "2026-05-11"),
     Item("林志鸿", "向货代提交订舱委托书", ("md", 5, 9), "2026-05-09"),
     Item(("ext",) + CAI, "反馈舱位确认", ("next", 1), "2026-05-12"),
     Item("苏雅琴", "跟进客户信用证修改", ("vague",), None)],
    None,
    "Tencent Meeting AI minutes shared by 黄美玲 on Thu 2026-05-07 15:12 +0800 as a single HTML part. Only the 待办 list counts; the 会议摘要 "
    "(预计下周初可以完成, 5月18日船期) and 章节速览 are summary. Owners are the @mentions. '3个工作日内' counted from Fri 05-08 (1), "
    "Sat 05-09 is the Labour Day make-up working day (2), Mon 05-11 (3) -> 2026-05-11. '5月9日（周六）前' -> 2026-05-09. "
    "蔡俊杰 is the forwarder's contact, in To -> caijj@hailian-freight.example.cn, department null; '下周二前' -> 2026-05-12. '尽快' -> vague_due. "
    "The 5月18日 sailing is a fact, not a deadline or a meeting. No next meeting."))


# ------------------------------------------------------------------ 7914
D7914 = L.when(2026, 5, 20, 15, 22, 9)
PDF7914 = [
    ("title", "质量分析会会议纪要"),
    ("line", "时间：2026年5月19日 14:30"),
    ("line", "地点：质检部会议室"),
    ("line", "主持：洪秋菊"),
    ("line", "参加：陈锦川、王德福、刘清水、苏雅琴、洪秋菊"),
    ("line", "一、问题情况"),
    ("indent", "发往汉堡的EU-2604批次铁观音，客户复检检出吡虫啉0.04mg/kg，接近欧盟限量0.05mg/kg。"),
    ("line", "二、原因分析"),
    ("indent", "经追溯，该批次部分毛茶来自未备案茶园，入库时未做快检。"),
    ("line", "三、整改措施"),
    ("indent", "1. 采购部刘清水：5月22日前完成所有合作茶园备案信息核查，"),
    ("indent", "   停止向未备案茶园收购毛茶。"),
    ("indent", "2. 生产部王主任：对库存EU批次茶叶逐批留样复检，5月25日（周一）前完成。"),
    ("indent", "3. 自6月1日起，毛茶入库一律快检，不合格不得入库。"),
    ("indent", "4. 外贸部苏雅琴：就该批次与汉堡客户沟通，下周三前给出处理方案。"),
    ("line", "四、下次会议"),
    ("indent", "5月27日（周三）上午9:00，复盘整改落实情况。"),
    ("line", "记录：洪秋菊"),
]
PDF7914_NAME = "质量分析会纪要0519.pdf"


def pdf7914():
    return M.build_pdf(PDF7914, "质量分析会会议纪要", "洪秋菊")


def b7914():
    T = ["陈总、各位：", "", "5月19日欧盟批次农残复检质量分析会的纪要见附件PDF，请查收。有问题随时找我。", "", "洪秋菊", "质检部"]
    att = M.attachment(pdf7914(), "application/octet-stream", "\n\t" + M.rfc2231_param("name", PDF7914_NAME),
                       " " + M.rfc2231_param("filename", PDF7914_NAME))
    top = C.exmail(P["洪秋菊"], [P["陈锦川"], P["王德福"], P["刘清水"], P["苏雅琴"]], [BOT],
                   "质量分析会纪要（EU-2604批次农残复检）", D7914,
                   "<tencent_3D5F7A9B1C3E5A7C9E1B3D5F7A9C1E3B5D07@minglingtea.example.cn>", plain(T),
                   div_html(T), boundary="----=_NextPart_6A0D5F51_0D2E4A10_6B3C1F8E",
                   mixed_boundary="----=_NextPart_6A0D5F51_0D2E4A10_1A7E9C3D", attachments=[att],
                   qq_mid="xmsezb1t1779261729tq1n7c3ze")
    top.headers = env(P["洪秋菊"][1], recv_exmail("[192.168.1.56]", "117.28.193.90", D7914, "0")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7914, "quality-minutes-pdf-attachment-exmail", "minutes", "B", "Tencent Exmail web",
    "multipart/mixed: alternative UTF-8 base64 + PDF (application/octet-stream, RFC 2231 UTF-8 file name)",
    "3 items from the PDF (one wrapped over two lines; 下周三 = 05-27); policy line not an item; next 05-27 09:00",
    "minutes only in a PDF attachment (reportlab, CID font) with a one-line body; title alias 王主任; dates in facts (0.04mg/kg, 6月1日起) are not deadlines",
    b7914,
    [Item("刘清水", "完成所有合作茶园备案信息核查，停止向未备案茶园收购毛茶", ("md", 5, 22), "2026-05-22"),
     Item("王德福", "对库存EU批次茶叶逐批留样复检", ("md", 5, 25), "2026-05-25"),
     Item("苏雅琴", "就EU-2604批次与汉堡客户沟通，给出处理方案", ("next", 2), "2026-05-27")],
    (("md", 5, 27), "2026-05-27", "09:00"),
    "Sent Wed 2026-05-20 15:22 +0800; the body points to the attached PDF, so the items are what a human reads in the PDF. "
    "1 刘清水 5月22日前 -> 2026-05-22 (its text wraps onto a second indented line). 2 王主任 = 王德福, 5月25日（周一）前 -> 2026-05-25. "
    "3 '自6月1日起，毛茶入库一律快检' is a standing rule with no owner -> not an item. 4 苏雅琴 '下周三前' -> from the mail's Date (Wed 05-20) "
    "next week's Wednesday 2026-05-27 (the meeting day 05-19 gives the same). 下次会议 5月27日（周三）上午9:00 -> 2026-05-27 09:00. "
    "一、二、are facts and analysis."))


# ------------------------------------------------------------------ 7915
D7915 = L.when(2026, 6, 2, 16, 47, 21)
AISYAH = ("Nur Aisyah", "aisyah@seridaun.example.my")
T7915 = [
    "Hi Sophia, Henry,",
    "",
    "Thanks for the call this afternoon. My notes below, please correct me if I missed anything.",
    "",
    "Attendees: Sophia Su, Henry Lin (Mingling); Jason Lim, Nur Aisyah (Seri Daun)",
    "",
    "Discussed",
    "- Autumn order confirmed at 8 MT Tieguanyin (light roast) and 2 MT Da Hong Pao.",
    "- Price as per quotation MLQ-2604-11, FOB Xiamen. Shipment in two lots, first lot end of August.",
    "",
    "Action items",
    "1. Sophia - send the revised proforma invoice by Friday",
    "2. Henry - share the packing photos of the 500g tins by EOD",
    "3. Jason (Seri Daun) - confirm the label artwork with our designer by Jun 12",
    "4. Meiling - prepare the health certificate draft, date TBD (depends on the shipment schedule)",
    "5. Nur Aisyah - arrange the L/C amendment ASAP",
    "",
    "Next sync: Thursday 11 June, 3pm MYT (same time in Xiamen).",
    "",
    "Best regards,",
    "Jason Lim",
    "Purchasing Manager | Seri Daun Tea Trading Sdn Bhd",
    "Kuala Lumpur, Malaysia | +60 3-2145 8870",
]


def b7915():
    e = H.escape
    html = ('<div dir="ltr">' + "".join(f"<div>{e(x)}</div>" if x else "<div><br></div>" for x in T7915[:-4])
            + '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">'
            + "<br>".join(e(x) for x in T7915[-3:]) + "</div></div>\n")
    T = T7915[:-3] + ["-- "] + T7915[-3:]
    top = C.gmail(P["Jason Lim"], [("Sophia Su", P["苏雅琴"][1]), ("Henry Lin", P["林志鸿"][1])],
                  [("Meiling Huang", P["黄美玲"][1]), AISYAH, BOT],
                  "Minutes - Autumn order call with Mingling (2 Jun)", D7915,
                  "<CAH4kR7vXp2mT9sQe1nY0bW6fZ3aL8cD5uJ4hG2iK7oN9rP1sVw@mail.gmail.com>", plain(T), html,
                  boundary="000000000000a3f1c2061c9e7b42")
    rec = recv_exmail("mail-sor-f41.google.example.com", "209.85.220.41", D7915, "0", secs=3)
    top.headers = (env(P["Jason Lim"][1], rec)
                   + [("X-Google-Smtp-Source", "AGHT+IEq3Lw0rVbC8n1tK7yZp5xM2dF4gH6jJ9kL1mN3oP5qR7sT9uV=")] + top.headers)
    return M.serialize(top)


CASES.append(Case(
    7915, "customer-english-minutes-gmail", "minutes", "B", "Gmail web (customer)",
    "multipart/alternative UTF-8 quoted-printable",
    "5 items (by Friday / EOD / by Jun 12 / TBD / ASAP; two external owners); next 06-11 15:00 MYT",
    "minutes written by the foreign customer in English: our people by English aliases (Sophia, Henry, Meiling), the writer's own item, a colleague in Cc",
    b7915,
    [Item("苏雅琴", "send the revised proforma invoice", ("wd", 4), "2026-06-05"),
     Item("林志鸿", "share the packing photos of the 500g tins", ("today",), "2026-06-02"),
     Item("Jason Lim", "confirm the label artwork with the designer", ("md", 6, 12), "2026-06-12"),
     Item("黄美玲", "prepare the health certificate draft", ("vague",), None),
     Item(("ext",) + AISYAH, "arrange the L/C amendment", ("vague",), None)],
    (("md", 6, 11), "2026-06-11", "15:00"),
    "English minutes written by the Malaysian customer on Tue 2026-06-02 16:47 +0800 (Malaysia is also UTC+8). Sophia = 苏雅琴, Henry = 林志鸿, "
    "Meiling = 黄美玲 (roster aliases). 'by Friday' -> 2026-06-05; 'by EOD' -> the send date 2026-06-02 with no time; "
    "3 is the writer's own task: Jason Lim (roster outsider, department null), 'by Jun 12' -> 2026-06-12. 4 'date TBD' -> vague_due. "
    "5 Nur Aisyah is the customer's colleague in Cc -> aisyah@seridaun.example.my, 'ASAP' -> vague_due. "
    "'first lot end of August' is a shipment plan in Discussed, not an item. 'Next sync: Thursday 11 June, 3pm MYT' = 15:00 Beijing -> 2026-06-11 15:00."))


# ------------------------------------------------------------------ 7916
D7916 = L.when(2026, 6, 16, 17, 40, 55)
NEW7916 = [
    "陈总、苏经理、各位：",
    "",
    "今天的会开完了，纪要直接回在这个邮件里：",
    "",
    "一、出口退税",
    "1. 黄美玲：5月出口的报关单、发票整理齐全，6月18日前交财务。",
    "2. 谢婉婷：节后第一个工作日向税务局提交5月退税申报。",
    "二、货款回笼",
    "3. 苏经理：督促汉堡客户支付EU-2604批次尾款，尽快。",
    "4. 林志鸿：本月底前核对Seri Daun预付款，出对账单。",
    "三、其他",
    "5月退税款预计7月中旬到账（税务局口径），到账后财务通知外贸部。",
    "",
    "下次会议：6月23日（周二）",
    "时间：上午10:00，财务部小会议室",
    "",
    "谢婉婷",
    "财务部",
]
OLD7916 = [
    "明天（16日）下午3点开会，讨论退税和回款，婉婷做记录，纪要抄送纪要助手。",
    "",
    "陈锦川",
]


def b7916():
    qhdr = ["发件人：陈锦川", "发送时间：2026-06-15 09:12", "收件人：谢婉婷; 苏雅琴; 黄美玲; 林志鸿",
            "抄送：纪要助手", "主题：关于出口退税和货款回笼的会议安排"]
    T = NEW7916 + ["", " ", "", "谢婉婷", " "] + qhdr + OLD7916
    e = H.escape
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=gb18030\"><style>body { line-height: 1.5; }</style></head><body>\n"
            + "\n".join(f"<div>{e(x) if x else '<br>'}</div>" for x in NEW7916)
            + "\n<div><br></div><blockquote style=\"margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit\">"
            "<div style=\"border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><div style=\"PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px\">"
            + "".join(f"<div><b>{q.split('：', 1)[0]}：</b>&nbsp;{e(q.split('：', 1)[1])}</div>" for q in qhdr)
            + "</div></div><div>&nbsp;</div>\n" + "\n".join(f"<div>{e(x) if x else '<br>'}</div>" for x in OLD7916)
            + "\n</blockquote>\n</body></html>")
    top = C.foxmail(P["谢婉婷"], [P["陈锦川"], P["苏雅琴"], P["黄美玲"], P["林志鸿"]], [BOT],
                    "回复：关于出口退税和货款回笼的会议安排", D7916, "<202606161740551277404@minglingtea.example.cn>",
                    plain(T), html, boundary="----=_001_NextPart774152368215_=----", charset="gb18030", codec="gb18030",
                    version="Foxmail 7.2.25.228[cn]", in_reply_to="<202606150912238845102@minglingtea.example.cn>")
    top.headers = env(P["谢婉婷"][1], recv_exmail("DESKTOP-CW02", "117.28.193.61", D7916, "0")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7916, "reply-thread-minutes-foxmail-gb18030", "minutes", "B", "Foxmail 7.2 (reply)",
    "multipart/alternative gb18030: plain base64 + HTML QP",
    "4 items (6月18日前 before Dragon Boat; 节后第一个工作日 = 06-22; 尽快; 本月底 = 06-30); next 06-23 10:00 (date line + time line)",
    "minutes written as a reply to the meeting arrangement mail; quoted arrangement has its own dates; next meeting split over two lines; expected-payment fact not an item",
    b7916,
    [Item("黄美玲", "5月出口的报关单、发票整理齐全交财务", ("md", 6, 18), "2026-06-18"),
     Item("谢婉婷", "向税务局提交5月退税申报", ("after_hol", "Dragon Boat Festival"), "2026-06-22"),
     Item("苏雅琴", "督促汉堡客户支付EU-2604批次尾款", ("vague",), None),
     Item("林志鸿", "核对Seri Daun预付款，出对账单", ("month_end",), "2026-06-30")],
    (("md", 6, 23), "2026-06-23", "10:00"),
    "Finance's minutes written as a Foxmail reply (charset gb18030) on Tue 2026-06-16 17:40 +0800 to the GM's arrangement mail, which is quoted "
    "below the 发件人：/发送时间： block (its '明天（16日）下午3点' is the old meeting, not a follow-up). 1 6月18日前 -> 2026-06-18 (last working day "
    "before Dragon Boat). 2 节后第一个工作日: Dragon Boat 06-19..06-21 -> Mon 2026-06-22. 3 苏经理 = 苏雅琴, 尽快 -> vague_due. 4 本月底前 -> 2026-06-30. "
    "三、其他 '预计7月中旬到账…到账后财务通知外贸部' is an expectation, not an assigned task. "
    "The next meeting is split: '下次会议：6月23日（周二）' then '时间：上午10:00' on the next line -> 2026-06-23 10:00."))


# ------------------------------------------------------------------ 7917
D7917 = L.when(2026, 7, 3, 21, 15, 48)
T7917 = [
    "陈总、各位：",
    "今天车间排产会纪要：",
    "1、秋香礼盒第二批1500盒，老王负责，下周三前包装完。",
    "2、精制车间2号烘焙机检修，林师傅负责，7月10日前完成。",
    "3、毛茶仓库除湿，清水负责联系厂家来看，尽快。",
    "4、每天下班前车间做好5S检查，拍照发群。",
    "下次排产会看订单情况再定。",
    "",
    "发自我的iPhone",
]


def b7917():
    part = M.text_part(plain(T7917), "plain", "utf-8", "quoted-printable", charset_style="{}")
    part.headers = [("Content-Type", "text/plain;\n\tcharset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]
    h = [("From", L.addr("王德福", P["王德福"][1], "utf-8", "B")),
         ("Mime-Version", "1.0 (1.0)"),
         ("Subject", L.ew("车间排产会纪要", "utf-8", "B")),
         ("Date", L.rfc_date(D7917)),
         ("Message-Id", "<8F3C2A71-5D4E-4B9A-9E1F-0C7D6B2A3E58@minglingtea.example.cn>"),
         ("Cc", ", ".join(L.addr(*x) for x in [P["苏雅琴"], P["刘清水"], BOT])),
         ("To", L.addr(*P["陈锦川"])),
         ("X-Mailer", "iPhone Mail (23F79)")]
    part.headers = env(P["王德福"][1], recv_exmail("smtpclient.apple", "223.104.49.176", D7917, "0", secs=1)) + part.headers[:2] + h
    return M.serialize(part)


CASES.append(Case(
    7917, "workshop-plain-iphone-qp", "minutes", "B", "iPhone Mail (iOS)",
    "single text/plain UTF-8 quoted-printable",
    "3 items (writer's own item via 老王; 林师傅 not on roster; 尽快); daily 5S rule not an item; next null",
    "short plain minutes typed on a phone in the evening: nicknames (老王 = the writer, 清水), a worker known only as 林师傅, 'iPhone' footer",
    b7917,
    [Item("王德福", "秋香礼盒第二批1500盒包装完", ("next", 2), "2026-07-08"),
     Item(("asis", "林师傅"), "精制车间2号烘焙机检修", ("md", 7, 10), "2026-07-10"),
     Item("刘清水", "毛茶仓库除湿，联系厂家来看", ("vague",), None)],
    None,
    "Plain minutes sent from an iPhone on Fri 2026-07-03 21:15 +0800. 1 '老王' is the writer 王德福 (alias); '下周三前' -> 2026-07-08. "
    "2 '林师傅' (a workshop technician) is a person but not on the roster and not in To/Cc -> owner_name '林师傅' as written, email null, department null, "
    "no no_owner flag (AMBIGUOUS: a bot may also leave the owner empty; it must not map him to 林志鸿). 7月10日前 -> 2026-07-10. "
    "3 '清水' = 刘清水 (alias), 尽快 -> vague_due. 4 is a daily standing rule. '下次排产会看订单情况再定' -> next_followup null. '发自我的iPhone' is the signature."))


# ------------------------------------------------------------------ 7918
D7918 = L.when(2026, 7, 1, 8, 30, 2)
T7918 = [
    "各位同事：",
    "",
    "《茗岭月报》2026年6月（第18期）",
    "",
    "【经营数据】",
    "6月出口发运11个柜，出口额约186万美元，同比增长12%；电商618期间“茗岭·秋香”礼盒售出2460盒，超出目标23%。",
    "",
    "【本月亮点】",
    "1. 外贸部完成了Seri Daun秋季订单签约（铁观音8吨、大红袍2吨），首批预计8月底发运。",
    "2. 质检部牵头完成了全部合作茶园备案核查，EU批次农残问题已整改闭环，汉堡客户已确认接受处理方案。",
    "3. 生产部精制车间完成2号烘焙机检修，产能恢复到每天1.2吨。",
    "",
    "【7月看点】",
    "秋茶收购预计7月中旬启动，采购部已与西坪、感德两镇的12家茶农合作社对接。7月18日（周六）公司组织全体员工到西坪茶园开展团建，报名请找吕丽华。",
    "",
    "【员工风采】",
    "祝贺单证员黄美玲通过国际商务单证员考试！欢迎新同事周子豪加入品牌电商部。",
    "",
    "感谢大家上半年的辛苦付出，下半年继续加油！",
    "",
    "陈锦川",
    "2026年7月1日",
]


def b7918():
    html = div_html(T7918, font="微软雅黑", size="15px")
    top = C.exmail(P["陈锦川"], [("全体员工", f"all@{DOM}")], [BOT], "《茗岭月报》2026年6月（第18期）", D7918,
                   "<tencent_9C1E3A5D7F9B2D4F6A8C0E2A4C6E8A0C2E09@minglingtea.example.cn>", plain(T7918), html,
                   boundary="----=_NextPart_6A446A42_0E3B5C20_7D8E1A2B", qq_mid="xmsezb1t1782865802tq0c6r3yd")
    top.headers = env(P["陈锦川"][1], recv_exmail("[192.168.31.8]", "117.28.195.202", D7918, "0")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7918, "other-monthly-newsletter-by-gm", "other", "B", "Tencent Exmail web",
    "multipart/alternative UTF-8 base64",
    "other: no items, no follow-up",
    "an internal newsletter the GM wrote himself (no list headers): achievements, numbered 完成了… lines, future dates (7月中旬, 7月18日团建) but no meeting",
    b7918, [], None,
    "The GM's own monthly newsletter to all staff (Wed 2026-07-01 08:30), bot in Cc. A person wrote it (no Precedence/List-Id/Auto-Submitted), "
    "so it is not auto; it records no meeting and assigns nothing: 外贸部完成了…/质检部牵头完成了… are reports of finished work, '秋茶收购预计7月中旬启动' "
    "and the 7月18日 outing are announcements. kind other, no items, next_followup null."))


# ------------------------------------------------------------------ 7919
D7919 = L.when(2026, 5, 25, 10, 5, 37)
CHENYJ = ("陳怡君", "yijun.chen@deshun-tea.example.tw")
T7919 = [
    "蘇經理、志鴻 您好：",
    "",
    "感謝上週五（5/22）的視訊會議，會議紀錄整理如下，請參閱，如有遺漏請指正。",
    "",
    "一、出席人員",
    "德順茶行：游明哲、陳怡君　茗嶺：蘇雅琴、林志鴻",
    "",
    "二、會議結論",
    "1. 首批試單：鐵觀音濃香型500公斤，真空包裝，每包250克。",
    "2. 價格以茗嶺5/20報價單為基礎，運費由德順負擔。",
    "",
    "三、待辦事項",
    "1. 茗嶺 蘇經理：5月29日前提供首批試單正式報價及交期。",
    "2. 茗嶺 林志鴻：提供包裝樣品照片與規格表，本週三前。",
    "3. 德順 陳怡君：確認台灣進口檢驗所需文件清單，6月5日前。",
    "4. 德順 游明哲：回覆付款條件（T/T或L/C），時間待定。",
    "",
    "四、下次會議：6月3日（星期三）下午2:00，視訊。",
    "",
    "敬祝 商祺",
    "",
    "游明哲 Ming-Che Yu",
    "德順茶行 採購部 經理",
    "TEL: +886-2-2558-7361",
]


def b7919():
    top = C.outlook(P["游明哲"], [("蘇雅琴", P["苏雅琴"][1]), ("林志鴻", P["林志鸿"][1])], [CHENYJ, BOT],
                    "會議紀錄：德順茶行 x 茗嶺 鐵觀音試單合作 (5/22)", D7919,
                    "<000c01dcebf1$9a3f2c10$cebd8430$@deshun-tea.example.tw>", plain(T7919),
                    outlook_html(T7919, "big5", lang="ZH-TW", font="新細明體"), charset="big5", plain_cte="base64",
                    html_cte="quoted-printable", thread_index="AdzrsZo/LBDIvYQwTjSh4F7Ew5Vx1w==", lang="zh-tw",
                    boundary="----=_NextPart_000_000D_01DCEC34.A862F3E0")
    rec = recv_exmail("mail.deshun-tea.example.tw", "203.69.81.24", D7919, "0", secs=4) + [
        f"from MINGCHE-PC (unknown [192.168.10.21])\n\tby mail.deshun-tea.example.tw (Postfix) with ESMTPSA id 4gM2Xk0bYzz1T9q;\n"
        f"\t{L.rfc_date(D7919 + dt.timedelta(seconds=1), pad=False, tzname='CST')}"]
    top.headers = env(P["游明哲"][1], rec) + top.headers
    return M.serialize(top, "\r\n")


CASES.append(Case(
    7919, "taiwan-partner-minutes-outlook-big5", "minutes", "B", "Outlook 2016 zh-TW (partner)",
    "multipart/alternative big5: plain base64 + HTML QP; RFC 2047 big5 names; CRLF",
    "4 items in Traditional Chinese (蘇經理/林志鴻 map to roster; two partner-side owners; 本週三; 待定); next 06-03 14:00",
    "minutes written by a Taiwanese partner in big5: traditional-character names and titles, 星期三, partner's own items, 會議結論 not items",
    b7919,
    [Item("苏雅琴", "提供首批試單正式報價及交期", ("md", 5, 29), "2026-05-29"),
     Item("林志鸿", "提供包裝樣品照片與規格表", ("this", 2), "2026-05-27"),
     Item(("ext",) + CHENYJ, "確認台灣進口檢驗所需文件清單", ("md", 6, 5), "2026-06-05"),
     Item("游明哲", "回覆付款條件（T/T或L/C）", ("vague",), None)],
    (("md", 6, 3), "2026-06-03", "14:00"),
    "Minutes written in Traditional Chinese by the Taipei partner 德順茶行 and sent Mon 2026-05-25 10:05 +0800 (Taipei is UTC+8) from Outlook zh-TW "
    "in big5. 蘇經理 = 苏雅琴 and 林志鴻 = 林志鸿 (traditional forms are roster aliases; To display names are also traditional). "
    "5月29日前 -> 2026-05-29; '本週三前' from Monday -> 2026-05-27. 3 陳怡君 is the partner's colleague in Cc -> yijun.chen@deshun-tea.example.tw, "
    "department null, 6月5日前 -> 2026-06-05. 4 the writer 游明哲 (roster outsider) '時間待定' -> vague_due. 二、會議結論 are decisions. "
    "下次會議 6月3日（星期三）下午2:00 -> 2026-06-03 14:00. Task text is kept in the writer's traditional characters."))
