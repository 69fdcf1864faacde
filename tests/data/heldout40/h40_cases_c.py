# -*- coding: utf-8 -*-
"""Cases of organisation C: 上海燧火电子竞技俱乐部 (an e-sports club, Shanghai) and its partners."""
from h40gold import I, case
from h40lib import (ORGS, T, Q, Leaf, Multi, P, addr, addrs, build_message, email_of, epoch_ms, html_body, hval, hx,
                    hx_upper, render_text, rfc_date, text_leaf, thread_index, trace)
from h40_cases_b import exmail_hop

BOT_C = (ORGS["C"]["bot_name"], ORGS["C"]["bot"])
FF = "flintfire.example.cn"
FEISHU_SRC = "mail-out-c21.feishu.cn (mail-out-c21.feishu.cn [101.126.22.21])"


def feishu_headers(n, t, dh, frm, to, cc, subject):
    return [
        f"Date: {dh}",
        f"From: {addr(frm, email_of(frm))}",
        "To: " + addrs(to, sep=", \n "),
        *(["Cc: " + addrs(cc, sep=", \n ")] if cc else []),
        "Subject: " + hval(subject),
        f"Message-Id: <{hx(n, 24)}+{hx(n + 1, 6)}@{FF}>",
        "Mime-Version: 1.0",
        f"X-Lark-Mail-Id: {hx(n + 2, 32)}",
    ]


def feishu_hop(dh, n):
    return f"from [10.118.{n % 200}.{n % 97}] (unknown [10.118.{n % 200}.{n % 97}])\n\tby mail-out-c21.feishu.cn (LarkMail) with ESMTP;\n\t{dh}"


def feishu_root(n, t, text, htm):
    b = f"{hx(n, 28)}"
    return Multi('Content-Type: multipart/alternative;\n boundary={b}', b, [
        text_leaf(text, "plain", "utf-8", "base64", label="UTF-8"),
        text_leaf(htm, "html", "utf-8", "base64", label="UTF-8")])


# ---------------------------------------------------------------------------
# 6817 飞书 智能纪要: only 待办 counts
# ---------------------------------------------------------------------------
N6817 = ("Sent Wed 2026-04-08 20:15 (the week after Qingming). A 飞书 智能纪要 (总结 / 章节 / 待办) shared by mail. Only the "
         "待办 section counts; the 总结 bullets ('下周复查', '可上二队试训') and chapter list are not items. 待办: 骆晨 '4月10日前' "
         "-> 2026-04-10; 焦阳 '4月13日带…复查' -> 2026-04-13 (the date of the action); 冯一凡 '本周五前' from Wednesday -> "
         "2026-04-10; the last 待办 names nobody and has no date -> owner null, department null, no_owner + no_due. The "
         "AI disclaimer and the link are not content. No next meeting.")


@case(6817, "feishu-ai-minutes-todo-only", "minutes", "C", notes=N6817,
      items=[I("整理下周对手（ZX战队）近10场BP数据发群", "骆晨", ("abs", "2026-04-10"),
               src="整理下周对手（ZX战队）近10场BP数据"),
             I("带中单选手去瑞金医院复查手腕", "焦阳", ("abs", "2026-04-13")),
             I("提交两名青训选手的试训评估", "冯一凡", ("wd", "Fri")),
             I("更新训练赛约赛表")],
      summary="4 items from 待办 only (1 without owner or date), no next meeting",
      tests="飞书 智能纪要: 总结 and 章节 must be ignored, only 待办 counts; 本周五前; an owner-less 待办",
      client="飞书 (Feishu) mail, desktop", enc="multipart/alternative, UTF-8 base64")
def c6817():
    dh, t = rfc_date(2026, 4, 8, 20, 15, 48)
    blocks = [
        "各位，下午复盘会的飞书智能纪要，待办请大家认领一下。",
        "智能纪要：S组赛训复盘会 2026年4月8日\n会议时间：2026年4月8日 14:00 (GMT+08:00)  时长：1小时12分钟\n"
        "参会人：蒋一鸣、骆晨、焦阳、冯一凡、苗壮",
        "总结\n本次会议复盘了春季赛常规赛第5周的两场比赛（1:2负于ZX、2:0胜YG），讨论了BP策略、下路对线节奏和选手状态管理。\n"
        "· BP策略：蒋一鸣认为前两局ban位过于保守，骆晨建议针对对手打野英雄池调整ban位顺序。\n"
        "· 选手状态：焦阳反映中单选手手腕劳损，建议每日训练不超过10小时，下周复查。\n"
        "· 青训补位：冯一凡表示青训有两名选手可上二队试训。",
        "章节\n00:00 开场与赛果回顾\n08:35 BP策略复盘\n29:10 下路对线节奏\n47:52 选手伤病与训练量\n61:20 青训补位",
        "待办\n· 骆晨：整理下周对手（ZX战队）近10场BP数据，4月10日前发群\n"
        "· 焦阳：4月13日带中单选手去瑞金医院复查手腕\n"
        "· 冯一凡：本周五前提交两名青训选手的试训评估\n"
        "· 更新训练赛约赛表",
        "智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用\n查看完整纪要 › https://flintfire.feishu.cn/minutes/obcn7x2kq4d81l5m9a3e",
        "骆晨 | 赛训部数据分析",
    ]
    text = render_text(blocks)
    htm = html_body("feishu", blocks)
    to = [P(n) for n in ["蒋一鸣", "焦阳", "冯一凡", "苗壮"]]
    hs = trace(6817, "C", t, return_path=f"<{email_of('骆晨')}>", src=FEISHU_SRC, more=[feishu_hop(dh, 6817)]) + \
        feishu_headers(6817, t, dh, "骆晨", to, [BOT_C], "飞书智能纪要：S组赛训复盘会 2026年4月8日")
    return build_message(hs, feishu_root(6817, t, text, htm))


# ---------------------------------------------------------------------------
# 6818 钉钉 AI听记 from the venue partner, forwarded with a preface
# ---------------------------------------------------------------------------
N6818 = ("Forward sent Mon 2026-04-27 18:30; the forwarded 钉钉AI听记 minutes were mailed the same day at 17:02 by the venue "
         "partner, so relative deadlines resolve the same from either date. The preface ('待办以听记里的为准；第2条…先按听记记') "
         "confirms the list and adds nothing. Only 待办事项 counts (AI摘要 and 发言人观点 restate plans). 1 程茜 '4月30日前' -> "
         "2026-04-30. 2 焦阳 '4月29日前确定' -> 2026-04-29. 3 于可欣 '3个工作日内' from Mon 04-27: 04-28, 04-29, 04-30 -> "
         "2026-04-30. 4 邵晴 '节后第一个工作日' -> after Labour Day (05-01..05-05) = Wed 2026-05-06. 5 '负责人待定' with no "
         "date -> owner null, department null, no_owner + no_due. '五一假期（5月2日）' is the event date. No next meeting.")


@case(6818, "dingtalk-ai-minutes-forward-preface", "minutes", "C", notes=N6818,
      items=[I("完成观赛日现场执行手册和人员排班", "程茜", ("abs", "2026-04-30")),
             I("观赛日当天医疗点值守安排", "焦阳", ("abs", "2026-04-29")),
             I("确认赞助商物料清单并安排到货", "于可欣", ("workdays", 3)),
             I("发布观赛日活动回顾视频", "邵晴", ("after_holiday", "Labour Day")),
             I("安保公司入场时间确认")],
      summary="5 items from 待办事项 (1 owner 待定), no next meeting",
      tests="forwarded 钉钉AI听记 with a preface; 3个工作日内 before Labour Day; 节后第一个工作日 after Labour Day; 负责人待定",
      client="飞书 (Feishu) mail forwarding a 钉钉邮箱 message", enc="multipart/alternative, UTF-8 base64")
def c6818():
    dh, t = rfc_date(2026, 4, 27, 18, 30, 12)
    fwd = Q("feishu", ["发件人：西岸电竞中心运营部 <ops@xiandesports.example.com>", "日期：2026年4月27日 17:02",
                       "主题：【钉钉AI听记】五一主场观赛日筹备会 纪要", "收件人：苗壮 <miaozhuang@flintfire.example.cn>"],
            ["五一主场观赛日筹备会\n2026-04-27 15:00 | 时长 58分钟 | 参与人 6",
             "AI摘要\n会议确定五一假期（5月2日）在西岸电竞中心举办主场观赛日活动，预计到场粉丝300人。程茜负责现场执行，"
             "于可欣对接赞助商物料，焦阳负责医疗保障，邵晴负责活动后的内容发布。",
             "发言人观点\n苗壮：观赛日重点是粉丝互动，签名环节控制在40分钟以内。\n于可欣：劲跃饮品可以提供300份饮料，物料清单需要再确认。\n"
             "焦阳：医疗点需要场馆提供独立房间。",
             "待办事项\n1. 程茜 4月30日前完成观赛日现场执行手册和人员排班\n"
             "2. 焦阳 观赛日当天医疗点值守安排，4月29日前确定\n"
             "3. 于可欣 3个工作日内确认赞助商物料清单并安排到货\n"
             "4. 邵晴 节后第一个工作日发布观赛日活动回顾视频\n"
             "5. 安保公司入场时间确认（负责人待定）",
             "以上内容由AI生成"],
            sep_line="---------- 转发的邮件 ----------")
    blocks = ["@纪要机器人 帮忙跟进一下，待办以听记里的为准；第2条焦老师说时间可能要往后挪，先按听记记。", "苗壮", fwd]
    text = render_text(blocks)
    htm = html_body("feishu", blocks)
    to = [P(n) for n in ["程茜", "焦阳", "于可欣", "邵晴"]]
    hs = trace(6818, "C", t, return_path=f"<{email_of('苗壮')}>", src=FEISHU_SRC, more=[feishu_hop(dh, 6818)]) + \
        feishu_headers(6818, t, dh, "苗壮", to, [BOT_C], "Fwd: 【钉钉AI听记】五一主场观赛日筹备会 纪要")
    return build_message(hs, feishu_root(6818, t, text, htm))


# ---------------------------------------------------------------------------
# 6819 Korean sponsor's English checklist '- [ ] @name', Gmail (Workspace), +0900
# ---------------------------------------------------------------------------
N6819 = ("English sync notes from the Korean peripherals sponsor (Google Workspace Gmail). Date: Tue 12 May 2026 18:40 +0900 "
         "= 17:40 Shanghai, the same day. Checkbox list: '- [x]' lines are done (not items), '- [ ]' lines are open. 1 "
         "@Cathy Yu = 于可欣 (alias), 'by Fri 5/15' -> 2026-05-15. 2 @Xu Lin = 林栩 (alias), 'by May 20' -> 2026-05-20. 3 "
         "@Daniel Cho: the sponsor's colleague, not in the roster, address from his Cc display name, department null; 'by next "
         "Wednesday' -> Wednesday of the following week 2026-05-20. 4 @Minji Kim = the writer (outsider in the roster); 'EOD "
         "today' -> the send date in Shanghai 2026-05-12. 5 no owner, 'TBD' -> no_owner + vague_due. 'Next sync: same time "
         "next Tuesday (5/19, 17:00 Seoul / 16:00 Shanghai)' -> 2026-05-19 16:00.")


@case(6819, "sponsor-checkbox-mentions-gmail-en", "minutes", "C", notes=N6819,
      items=[I("send the renewal proposal deck", "于可欣", ("abs", "2026-05-15", "Fri")),
             I("publish the first player-cam video featuring the KF-75 keyboard", "林栩", ("abs", "2026-05-20")),
             I("confirm the MSI pick'em giveaway budget", name="Daniel Cho", email="daniel.cho@keyforge.example.kr",
               due=("nextweek", "Wed")),
             I("share the sales tracking link for the team discount code", "Minji Kim", ("today",)),
             I("decide on jersey sleeve logo size", vague=True)],
      nxt=(("abs", "2026-05-19", "Tue"), "16:00"),
      summary="5 open items ([x] skipped; 1 owner outside the roster; 1 TBD), next 05-19 16:00",
      tests="'- [ ] @name' checklist with done '[x]' lines; +0900 Date; English aliases; by next Wednesday; EOD today; next sync in KST with Shanghai time",
      client="Gmail web (Google Workspace, Seoul)", enc="multipart/alternative, text 7bit / HTML quoted-printable")
def c6819():
    dh, t = rfc_date(2026, 5, 12, 18, 40, 22, tz="+0900")
    blocks = [
        "Hi all,",
        "Notes from today's sync below. I used checkboxes so we can tick things off next week.",
        "Attendees: Minji Kim, Daniel Cho (Keyforge); Cathy Yu, Hang Yu, Xu Lin (Flintfire)",
        "Done since last week\n- [x] @Hang Yu shipped the 12 test keyboards to the team house\n"
        "- [x] @Daniel Cho sent the co-branding guideline v2",
        "Open\n- [ ] @Cathy Yu send the renewal proposal deck by Fri 5/15\n"
        "- [ ] @Xu Lin publish the first player-cam video featuring the KF-75 keyboard by May 20\n"
        "- [ ] @Daniel Cho confirm the MSI pick'em giveaway budget by next Wednesday\n"
        "- [ ] @Minji Kim share the sales tracking link for the team discount code, EOD today\n"
        "- [ ] decide on jersey sleeve logo size (TBD, waiting for league approval)",
        "Next sync: same time next Tuesday (5/19, 17:00 Seoul / 16:00 Shanghai).",
        "Thanks!\nMinji",
        "--\nMinji Kim | Partnership Manager, Esports\nKeyforge Gear Co., Ltd. | Seoul",
    ]
    text = render_text(blocks)
    htm = html_body("gmail", blocks)
    b = f"000000000000{hx(6819, 14)}"
    root = Multi('Content-Type: multipart/alternative; boundary="{b}"', b, [
        text_leaf(text, "plain", "utf-8", "7bit", label="UTF-8"),
        text_leaf(htm, "html", "utf-8", "quoted-printable", label="UTF-8")])
    me = "minji.kim@keyforge.example.kr"
    hs = trace(6819, "C", t, return_path=f"<{me}>",
               src="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
               more=[f"by mail-sor-f69.google.com with SMTPS id 41be03b00d2f7-{hx(68191, 12)}\n        for "
                     f"<minutes@flintfire.example.cn>\n        (Google Transport Security);\n        {dh}"]) + [
        "MIME-Version: 1.0",
        f"From: Minji Kim <{me}>",
        f"Date: {dh}",
        f"Message-ID: <CAK{hx(68192, 20)}+{hx(68193, 18)}@mail.gmail.com>",
        "Subject: Keyforge x Flintfire - weekly sync notes (May 12)",
        "To: Cathy Yu <yukexin@flintfire.example.cn>, Xu Lin <linxu@flintfire.example.cn>",
        "Cc: Hang Yu <hangyu@flintfire.example.cn>, Daniel Cho <daniel.cho@keyforge.example.kr>,\n\t"
        "minutes@flintfire.example.cn",
        f"X-Gm-Features: {hx(68194, 40)}",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6820 线下见面会筹备 — Feishu HTML table with 主责/配合 columns; two names in one 主责 cell
# ---------------------------------------------------------------------------
N6820 = ("Sent Thu 2026-05-21 16:40. A Feishu mail with a 分工 table: 主责 owns the row, 配合 never does. 1 苗壮 '5月27日前' -> "
         "2026-05-27. 2 '活动执行程茜' = role + name -> 程茜; '5月底前' -> 2026-05-31. 3 林栩 '下周二' -> Tuesday of the "
         "following week 2026-05-26. 4 邵晴 '6月1日' -> 2026-06-01. 5 冯教练 = 冯一凡; '活动前一天' with the event on 6月6日 "
         "(结论) -> 2026-06-05 (worked out by a reader; AMBIGUOUS for a parser, which may leave it undated). 6 the 主责 cell "
         "names two people (秦露、苗壮) -> the same task for two owners = two items, both '待定' -> vague_due. The 备注 column "
         "is remarks; 结论 lines are decisions. '下周二同一时间再过一遍进度' with 会议时间 15:00-16:10 -> 2026-05-26 15:00.")


@case(6820, "fan-event-table-zhuze-peihe-feishu", "minutes", "C", notes=N6820,
      items=[I("场地合同签订及报备", "苗壮", ("abs", "2026-05-27")),
             I("现场执行方案及物料清单", "程茜", ("month_end",)),
             I("预约小程序上线", "林栩", ("nextweek", "Tue")),
             I("选手签名卡、应援物设计", "邵晴", ("abs", "2026-06-01")),
             I("青训选手展示环节安排", "冯一凡", ("abs", "2026-06-05")),
             I("保险及安保采购", "秦露", None, vague=True),
             I("保险及安保采购", "苗壮", None, vague=True)],
      nxt=(("nextweek", "Tue"), "15:00"),
      summary="7 items (two owners in one cell -> two items), next 05-26 15:00 ('下周二同一时间')",
      tests="HTML table with 主责/配合 columns; role-prefixed owner; 5月底前; 下周二; 活动前一天; two 主责 in one cell; next meeting as a sentence",
      client="飞书 (Feishu) mail, desktop", enc="multipart/alternative, UTF-8 base64")
def c6820():
    dh, t = rfc_date(2026, 5, 21, 16, 40, 19)
    header = ["#", "事项", "主责", "配合", "时间节点", "备注"]
    rows = [["1", "场地合同签订及报备", "苗壮", "秦露", "5月27日前", "需公安报备"],
            ["2", "现场执行方案及物料清单", "活动执行程茜", "于可欣", "5月底前", ""],
            ["3", "预约小程序上线", "林栩", "邵晴", "下周二", ""],
            ["4", "选手签名卡、应援物设计", "邵晴", "—", "6月1日", ""],
            ["5", "青训选手展示环节安排", "冯教练", "程茜", "活动前一天", ""],
            ["6", "保险及安保采购", "秦露、苗壮", "", "待定", "等场地确认"]]
    blocks = [
        "Hi all，今天筹备会纪要如下：",
        "会议时间：5月21日 15:00-16:10\n参会：苗壮、程茜、于可欣、林栩、邵晴、冯一凡、秦露",
        "结论\n- 见面会定于6月6日（周六）下午在静安大悦城中庭举办，规模控制在500人以内。\n- 门票免费，通过俱乐部小程序预约。",
        "分工",
        T(header, rows),
        "下周二同一时间再过一遍进度。",
        "苗壮 | 运营部",
    ]
    text = render_text(blocks)
    htm = html_body("feishu", blocks)
    to = [P(n) for n in ["程茜", "于可欣", "林栩", "邵晴", "冯一凡", "秦露"]]
    hs = trace(6820, "C", t, return_path=f"<{email_of('苗壮')}>", src=FEISHU_SRC, more=[feishu_hop(dh, 6820)]) + \
        feishu_headers(6820, t, dh, "苗壮", to, [P("贺峻"), BOT_C], "6.6 线下见面会筹备会纪要")
    return build_message(hs, feishu_root(6820, t, text, htm))


# ---------------------------------------------------------------------------
# 6821 Apple Mail, items wrapped over two lines, 尽快 / 待定
# ---------------------------------------------------------------------------
N6821 = ("Sent Fri 2026-06-05 19:20 from Apple Mail (Mac). Each numbered item wraps onto a second, indented line (pasted "
         "from a notes document), so owner, task and deadline must be read across the break. 1 蒋一鸣 '6月10日中午12点前' "
         "-> 2026-06-10 12:00. 2 秦露 (the writer) '尽快反馈' -> vague_due. 3 于可欣 '具体时间待定' -> vague_due. 4 骆晨 "
         "'6月9日前完成' -> 2026-06-09. 会议结论 (合同到期6月30日, 转会窗口6月15日-7月15日) are decisions/facts. 下次会议 "
         "6月12日（周五）16:00 -> 2026-06-12 16:00.")


@case(6821, "wrapped-items-apple-mail-qp", "minutes", "C", notes=N6821,
      items=[I("完成一队五名首发选手下半年训练考核指标的制定，并与选手逐一沟通确认", "蒋一鸣", ("abs", "2026-06-10"), "12:00",
               src="完成一队五名首发选手下半年训练考核指标的制定"),
             I("联系律师事务所对新版选手合同模板进行合规审查，反馈修改意见", "秦露", None, vague=True,
               src="联系律师事务所对新版选手合同模板"),
             I("与两家意向俱乐部沟通租借选手的费用分摊方案", "于可欣", None, vague=True),
             I("整理青训三名候选选手近三个月的排位及训练赛数据", "骆晨", ("abs", "2026-06-09"),
               src="整理青训三名候选选手近三个月的排位及训练赛数据")],
      nxt=(("abs", "2026-06-12", "Fri"), "16:00"),
      summary="4 items (2 vague), next 06-12 16:00",
      tests="items wrapped over two lines (deadline on the second line); 中午12点前; 尽快; 待定; decisions with dates",
      client="Apple Mail (macOS)", enc="multipart/alternative, UTF-8 quoted-printable")
def c6821():
    dh, t = rfc_date(2026, 6, 5, 19, 20, 3)
    blocks = [
        "贺总、蒋指导及各位：",
        "今天下午关于夏季转会窗口的会议纪要如下，请查阅。",
        "一、会议结论\n1. 二队上单选手合同到期（6月30日）后不再续约。\n"
        "2. 夏季转会窗口期间（6月15日-7月15日）对外报价统一由贺总审批。",
        "二、待办事项\n"
        "1. 蒋一鸣：完成一队五名首发选手下半年训练考核指标的制定，并与选手逐一\n"
        "   沟通确认，6月10日中午12点前提交贺总。\n"
        "2. 秦露：联系律师事务所对新版选手合同模板（含直播条款、肖像权条款）进行\n"
        "   合规审查，尽快反馈修改意见。\n"
        "3. 于可欣：与两家意向俱乐部沟通租借选手的费用分摊方案，具体时间待定，\n"
        "   视对方回复情况推进。\n"
        "4. 骆晨：整理青训三名候选选手近三个月的排位及训练赛数据，供教练组评估，\n"
        "   6月9日前完成。",
        "三、下次会议\n6月12日（周五）16:00，会议室B。",
        "秦露\n人事行政部",
    ]
    text = render_text(blocks)
    htm = html_body("apple", blocks)
    b = f"Apple-Mail={hx_upper(6821, 8)}-{hx_upper(68211, 4)}-{hx_upper(68212, 4)}-{hx_upper(68213, 4)}-{hx_upper(68214, 12)}"
    root = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "utf-8", "quoted-printable"),
        text_leaf(htm, "html", "utf-8", "quoted-printable")])
    me = email_of("秦露")
    to = [P(n) for n in ["贺峻", "蒋一鸣", "于可欣", "骆晨"]]
    hs = trace(6821, "C", t, return_path=f"<{me}>", src=FEISHU_SRC,
               more=[f"from smtpclient.apple (unknown [116.236.180.45])\n\tby mail-out-c21.feishu.cn (LarkMail) with ESMTPSA;\n\t{dh}"]) + [
        f"From: {addr('秦露', me)}",
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
        "Subject: " + hval("夏季转会窗口及选手合同事项会议纪要"),
        f"Message-Id: <{hx_upper(68215, 8)}-{hx_upper(68216, 4)}-{hx_upper(68217, 4)}-{hx_upper(68218, 4)}-{hx_upper(68219, 12)}@flintfire.example.cn>",
        f"Date: {dh}",
        "To: " + addrs(to, sep=",\n "),
        "Cc: " + addr(*BOT_C),
        "X-Mailer: Apple Mail (2.3826.500.181.1.5)",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6822 iPhone quick minutes sent on the first day of the Dragon Boat holiday; '我' = the sender
# ---------------------------------------------------------------------------
N6822 = ("Sent Fri 2026-06-19 21:05 from an iPhone, on the first day of the Dragon Boat holiday (06-19..06-21). "
         "杭宇 '节后第一个工作日' -> the holiday block the mail is sent in ends 06-21 -> Mon 2026-06-22. 闫经理 = 闫蕾 (the "
         "sponsor's manager, outsider in the roster, also in To) '下周三前' -> Wednesday of the following week 2026-06-24. "
         "'我' = the sender 于可欣, '6月底前' -> 2026-06-30. Point 1 is a decision. '下周二下午两点再跟劲跃过一遍' -> "
         "2026-06-23 14:00. '发自我的iPhone' is a signature.")


@case(6822, "sponsor-call-iphone-holiday", "minutes", "C", notes=N6822,
      items=[I("把下半年权益清单和报价表发闫经理", "杭宇", ("after_holiday", "Dragon Boat Festival")),
             I("反馈品牌方对二队冠名的意见", "闫蕾", ("nextweek", "Wed")),
             I("出续约合同初稿给法务", "于可欣", ("month_end",))],
      nxt=(("nextweek", "Tue"), "14:00"),
      summary="3 items (1 external, 1 '我'), next 06-23 14:00",
      tests="short phone minutes sent during a holiday; 节后第一个工作日 from inside the holiday; 我 = sender; 下周二下午两点",
      client="iPhone Mail (iOS)", enc="text/plain only, UTF-8 quoted-printable")
def c6822():
    dh, t = rfc_date(2026, 6, 19, 21, 5, 37)
    text = render_text([
        "闫经理、杭宇：",
        "今晚和闫经理电话聊了下半年续约的事，简单记一下：",
        "1. 续约按一年期谈，权益在现有基础上增加直播间口播和二队冠名，报价闫经理这边内部先过。\n"
        "2. 待办：\n杭宇：节后第一个工作日把下半年权益清单和报价表发闫经理\n"
        "闫经理：下周三前反馈品牌方对二队冠名的意见\n我：6月底前出续约合同初稿给法务",
        "下周二下午两点再跟劲跃过一遍",
        "发自我的iPhone",
    ])
    leaf = text_leaf(text, "plain", "utf-8", "quoted-printable")
    me = email_of("于可欣")
    hs = trace(6822, "C", t, return_path=f"<{me}>", src=FEISHU_SRC,
               more=[f"from smtpclient.apple (unknown [223.104.5.201])\n\tby mail-out-c21.feishu.cn (LarkMail) with ESMTPSA;\n\t{dh}"]) + [
        f"From: {addr('于可欣', me)}",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {dh}",
        "Subject: " + hval("劲跃续约沟通纪要"),
        f"Message-Id: <{hx_upper(68221, 8)}-{hx_upper(68222, 4)}-{hx_upper(68223, 4)}-{hx_upper(68224, 4)}-{hx_upper(68225, 12)}@flintfire.example.cn>",
        "To: " + addrs([("闫蕾", "yanlei@jinyue.example.com"), P("杭宇")], sep=", "),
        "Cc: " + addrs([P("贺峻"), BOT_C], sep=", "),
        "X-Mailer: iPhone Mail (22F76)",
    ]
    return build_message(hs, leaf)


# ---------------------------------------------------------------------------
# 6823 livestream outage: 问题协调解决记录表 + hour deadlines, Outlook for Mac, Saturday
# ---------------------------------------------------------------------------
N6823 = ("Sent Sat 2026-07-11 16:20:14 (a match day, not a working day; the rules do not depend on that). Seed 问题协调解决记录表 "
         "with one row whose 实际解决时间 (14:48) is filled -> solved, not an item. 后续处理: 1 邵晴 '4小时内' -> 16:20 + 4 h = "
         "2026-07-11 20:20. 2 林栩 '今天下班前' -> 2026-07-11, no time. 3 苗壮 '明天上午10点前' -> 2026-07-12 10:00. 4 '邵晴"
         "（骆晨协助）' -> owner 邵晴 (协助 is support); '下周一前' -> Monday of the following week 2026-07-13. 提交时间 14:36 and "
         "'中断约12分钟' are facts. No next meeting.")


@case(6823, "livestream-incident-hours-outlook-mac", "minutes", "C", notes=N6823,
      items=[I("出技术排查报告（推流机日志、网络监控截图）", "邵晴", ("hours", 4)),
             I("向联盟赛事组提交事故情况说明", "林栩", ("today",)),
             I("拿出直播间粉丝补偿方案（抽奖/周边）", "苗壮", ("tomorrow",), "10:00"),
             I("完成推流设备双链路改造方案", "邵晴", ("nextweek", "Mon"))],
      summary="4 follow-up items (solved table row skipped), no next meeting",
      tests="seed 问题协调解决记录表 with a solved row; 4小时内 from the Date header; 今天下班前; 明天上午10点前; 协助 is not an owner",
      client="Outlook for Mac 16 (zh-CN)", enc="multipart/alternative, UTF-8 quoted-printable")
def c6823():
    dh, t = rfc_date(2026, 7, 11, 16, 20, 14)
    header = ["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间",
              "实际解决时间", "解决方案"]
    rows = [["LS-0711-01", "夏季赛第8周对阵ZX第二局，俱乐部官方直播间推流中断约12分钟", "邵晴", "2026-07-11 14:36", "高",
             "直播间在线约4.2万人", "内容部", "邵晴", "2026-07-11 15:30", "2026-07-11 14:48", "切换备用推流码恢复"]]
    blocks = [
        "各位，",
        "今天下午第二局直播中断的事，处理记录如下：",
        "问题协调解决记录表",
        T(header, rows),
        "后续处理：\n1. 邵晴：4小时内出技术排查报告（推流机日志、网络监控截图）。\n"
        "2. 林栩：今天下班前向联盟赛事组提交事故情况说明。\n"
        "3. 苗壮：明天上午10点前拿出直播间粉丝补偿方案（抽奖/周边）。\n"
        "4. 邵晴（骆晨协助）：下周一前完成推流设备双链路改造方案。",
        "林栩\n内容部",
    ]
    text = render_text(blocks)
    htm = html_body("div", blocks, "utf-8")
    b = f"B_{int(hx(6823, 8), 16) % 10**10}_{int(hx(68231, 8), 16) % 10**10}"
    root = Multi('Content-type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "utf-8", "quoted-printable", ct_style="outlook", label="UTF-8"),
        text_leaf(htm, "html", "utf-8", "quoted-printable", ct_style="outlook", label="UTF-8")],
        preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                 "this format, some or all of this message may not be legible.\n")
    me = email_of("林栩")
    to = [P(n) for n in ["邵晴", "苗壮", "骆晨"]]
    hs = trace(6823, "C", t, return_path=f"<{me}>", src=FEISHU_SRC,
               more=[f"from [192.168.31.20] (unknown [116.236.180.45])\n\tby mail-out-c21.feishu.cn (LarkMail) with ESMTPSA;\n\t{dh}"]) + [
        "User-Agent: Microsoft-MacOutlook/16.89.24091630",
        f"Date: {dh}",
        "Subject: " + hval("【直播事故】7.11 夏季赛直播中断处理记录"),
        f"From: {addr('林栩', me)}",
        "To: " + addrs(to, sep=", "),
        "CC: " + addrs([P("贺峻"), BOT_C], sep=", "),
        f"Message-ID: <{hx_upper(68232, 8)}-{hx_upper(68233, 4)}-{hx_upper(68234, 4)}-{hx_upper(68235, 4)}-{hx_upper(68236, 12)}@flintfire.example.cn>",
        "Thread-Topic: " + hval("【直播事故】7.11 夏季赛直播中断处理记录"),
        "Mime-version: 1.0",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6824 other: an internal newsletter written by a person (no list headers)
# ---------------------------------------------------------------------------
N6824 = ("An internal newsletter (燧火内刊) written and sent by a person to the all-staff group, which includes the bot: no "
         "Auto-Submitted or list headers, so not auto, and not minutes (no meeting, no owners). It has dates and a request "
         "('请各部门6月5日前把上半年团建预算报给秦露汇总') and a fixture list, which are not items. kind other.")


@case(6824, "other-staff-newsletter-feishu", "other", "C", notes=N6824,
      summary="other, no items",
      tests="person-written newsletter to an all-staff group: dates, fixtures and a request, but no minutes",
      client="飞书 (Feishu) mail", enc="multipart/alternative, UTF-8 base64")
def c6824():
    dh, t = rfc_date(2026, 5, 29, 18, 0, 33)
    blocks = [
        "燧火内刊｜第21期（2026年5月29日）",
        "【本周赛果】\n夏季赛第2周：2:1 胜 YG，0:2 负 ZX。积分暂列第5。",
        "【下周赛程】\n6月3日（周三）19:00  vs KR电竞（主场）\n6月7日（周日）17:00  vs 火山（客场）\n"
        "另：6月6日下午静安大悦城线下见面会，欢迎同事们带家属来。",
        "【内容数据】\n5月全平台粉丝净增4.6万，B站“选手的一天”系列播放破百万。",
        "【行政通知】\n1. 端午节放假安排：6月19日至21日放假，共3天。\n2. 请各部门6月5日前把上半年团建预算报给秦露汇总。\n"
        "3. 6月起每周五下午茶改到三楼训练区旁。",
        "【员工动态】\n欢迎新同事：内容部剪辑师小方、赛训部数据分析实习生小吴。\n6月生日：邵晴、杭宇、冯一凡。",
        "内容部 林栩 编",
    ]
    text = render_text(blocks)
    htm = html_body("feishu", blocks)
    hs = trace(6824, "C", t, return_path=f"<{email_of('林栩')}>", src=FEISHU_SRC, more=[feishu_hop(dh, 6824)]) + \
        feishu_headers(6824, t, dh, "林栩", [("全体员工", "all@flintfire.example.cn")], [], "燧火内刊｜第21期")
    return build_message(hs, feishu_root(6824, t, text, htm))


# ---------------------------------------------------------------------------
# 6825 other: the sponsor replies about a meeting time (QQ-style quote), bot still in Cc
# ---------------------------------------------------------------------------
N6825 = ("A sponsor's reply in a scheduling thread (Tencent Exmail, QQ-style '------------------ 原始邮件 ------------------' "
         "quote). It discusses when to meet (周四18日 is out; 6月23日下午两点以后 or 24日上午) and asks for data before the "
         "meeting. It is a meeting-invitation discussion, not minutes and not a reply to a bot recap (the thread was started "
         "by a person; the bot is only in Cc from the first mail). kind other, no items, no follow-up.")


@case(6825, "other-meeting-time-discussion-exmail", "other", "C", notes=N6825,
      summary="other, no items",
      tests="scheduling discussion with proposed dates and a request, quoted original; bot in Cc",
      client="Tencent Exmail web (sponsor)", enc="multipart/alternative, gb18030 base64")
def c6825():
    dh, t = rfc_date(2026, 6, 16, 11, 2, 44)
    q = Q("qq", ['发件人: "于可欣"<yukexin@flintfire.example.cn>;', "发送时间: 2026年6月15日(星期一) 下午5:32",
                 '收件人: "闫蕾"<yanlei@jinyue.example.com>;',
                 '抄送: "杭宇"<hangyu@flintfire.example.cn>;"纪要机器人"<minutes@flintfire.example.cn>;',
                 "主题: 劲跃×燧火 下半年合作沟通会时间"],
          ["闫经理好，", "下半年续约想约您和市场总监一起当面聊一次，6月18日（周四）下午3点在我们徐汇基地可以吗？", "于可欣"],
          sep_line="------------------ 原始邮件 ------------------")
    blocks = [
        "可欣你好，",
        "周四（18日）下午我们市场总监在外地，恐怕赶不上。能否改到端午节后？我这边6月23日（周二）下午两点以后或者24日上午都可以，"
        "你们选一个。",
        "另外会前麻烦把上半年的曝光数据发我一份，我先给总监看看。",
        "闫蕾\n劲跃饮品 品牌市场部",
        q,
    ]
    text = render_text(blocks)
    htm = html_body("exmail", blocks, "gb18030")
    b = f"----=_NextPart_{hx_upper(6825, 8)}_{hx_upper(68251, 8)}_{hx_upper(68252, 8)}"
    root = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "gb18030", "base64", ct_style="outlook"),
        text_leaf(htm, "html", "gb18030", "base64", ct_style="outlook")],
        preamble="This is a multi-part message in MIME format.\n")
    me = "yanlei@jinyue.example.com"
    cs = "gb18030"
    hs = trace(6825, "C", t, return_path=f"<{me}>", src="smtpbgsg2.qq.com (smtpbgsg2.qq.com [54.254.200.128])",
               more=[exmail_hop("58.246.12.30", dh, 68253)]) + [
        f"X-QQ-mid: bizesmtp{int(hx(68254, 8), 16) % 10**8}t{int(t.timestamp())}t{hx(68255, 8)}",
        f"From: {addr('闫蕾', me, cs)}",
        "To: " + addr("于可欣", email_of("于可欣"), cs),
        "Cc: " + addrs([P("杭宇"), BOT_C], cs, sep=", "),
        "Subject: " + hval("回复：劲跃×燧火 下半年合作沟通会时间", cs),
        "Mime-Version: 1.0",
        f"Date: {dh}",
        f"Message-ID: <tencent_{hx_upper(68256, 40)}@qq.com>",
        f"In-Reply-To: <{hx(68257, 24)}+{hx(68258, 6)}@{FF}>",
        f"References: <{hx(68257, 24)}+{hx(68258, 6)}@{FF}>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6835 auto: Feishu system notification that AI minutes are ready (to-do preview inside)
# ---------------------------------------------------------------------------
N6835 = ("A system notification from 飞书 (noreply sender, Auto-Submitted: auto-generated, Precedence: bulk, "
         "List-Unsubscribe) telling the invitees, including the bot's address, that the AI minutes of 6817's meeting are "
         "ready. Its preview repeats three 待办 with names and dates, but no person wrote it: kind auto, no items. The "
         "minutes themselves arrive as 6817.")


@case(6835, "auto-feishu-minutes-ready-notice", "auto", "C", notes=N6835,
      summary="system notification, no items",
      tests="machine-sent notification (Auto-Submitted, Precedence: bulk, noreply) whose body previews 待办 with owners and dates",
      client="飞书 notification service", enc="multipart/alternative, UTF-8 base64")
def c6835():
    dh, t = rfc_date(2026, 4, 8, 15, 16, 2)
    blocks = [
        "「S组赛训复盘会」的智能纪要已生成",
        "会议时间：2026年4月8日 14:00-15:12\n组织者：蒋一鸣",
        "待办预览（4）\n骆晨：整理下周对手（ZX战队）近10场BP数据，4月10日前发群\n焦阳：4月13日带中单选手去瑞金医院复查手腕\n"
        "冯一凡：本周五前提交两名青训选手的试训评估\n……",
        "打开飞书查看完整纪要：https://flintfire.feishu.cn/minutes/obcn7x2kq4d81l5m9a3e",
        "此邮件由系统自动发送，请勿直接回复。如不希望接收此类邮件，可在飞书「设置 - 通知」中关闭。",
    ]
    text = render_text(blocks)
    htm = html_body("feishu", blocks)
    frm = "noreply@notice.feishu-mail.example.cn"
    hs = trace(6835, "C", t, return_path=f"<bounce+{hx(68351, 16)}@notice.feishu-mail.example.cn>",
               src="notice-out-7.feishu-mail.example.cn (notice-out-7.feishu-mail.example.cn [101.126.40.7])") + [
        f"Date: {dh}",
        f"From: {addr('飞书', frm)}",
        f"To: {ORGS['C']['bot']}",
        "Subject: " + hval("「S组赛训复盘会」的智能纪要已生成"),
        f"Message-Id: <notify.{hx(68352, 20)}@notice.feishu-mail.example.cn>",
        "Mime-Version: 1.0",
        "Auto-Submitted: auto-generated",
        "Precedence: bulk",
        "X-Auto-Response-Suppress: All",
        "List-Unsubscribe: <https://www.feishu.cn/settings/notification?from=mail>",
    ]
    return build_message(hs, feishu_root(6835, t, text, htm))


# ---------------------------------------------------------------------------
# 6838 iPad plain minutes: 贺总牵头 (配合 not an owner), ①② under one owner, 今天下班前
# ---------------------------------------------------------------------------
N6838 = ("Sent Mon 2026-07-20 09:50 from an iPad. 一、上周回顾 reports results and a finished item (已完成): not items. "
         "二、1 '贺总牵头，于可欣配合' -> owner 贺峻 only (alias 贺总); '7月24日前提交' -> 2026-07-24. 2 骆晨 has ① and ② "
         "-> two items: ① '今天下班前' -> 2026-07-20 (no time); ② '7月22日前' -> 2026-07-22. 3 焦阳 '下周一前' -> 2026-07-27. "
         "4 冯一凡 '（待定，等联盟青训政策）' -> vague_due. '下次例会：下周一上午9点' -> 2026-07-27 09:00.")


@case(6838, "weekly-ipad-qiantou-subtasks", "minutes", "C", notes=N6838,
      items=[I("与联盟确认季后赛主场申办材料，7月24日前提交", "贺峻", ("abs", "2026-07-24"),
               src="与联盟确认季后赛主场申办材料"),
             I("把季后赛潜在对手（前6名）的BP数据库更新完", "骆晨", ("today",)),
             I("做一份红蓝方选边胜率分析", "骆晨", ("abs", "2026-07-22")),
             I("选手体检预约", "焦阳", ("nextweek", "Mon")),
             I("青训二期选拔名单", "冯一凡", None, vague=True)],
      nxt=(("nextweek", "Mon"), "09:00"),
      summary="5 items (①② split, 牵头 owner), next 07-27 09:00",
      tests="X总牵头/配合; ①② sub-items; review section with a done item; 今天下班前; 下周一前; 待定",
      client="iPad Mail (iPadOS)", enc="text/plain only, UTF-8 base64")
def c6838():
    dh, t = rfc_date(2026, 7, 20, 9, 50, 26)
    text = render_text([
        "各位，",
        "周一例会纪要：",
        "一、上周回顾\n1. 夏季赛第9周两场全胜，积分升至第3。\n2. 训练赛约赛表已更新（已完成）。",
        "二、本周工作\n1. 贺总牵头，于可欣配合：与联盟确认季后赛主场申办材料，7月24日前提交。\n"
        "2. 骆晨：\n   ① 今天下班前把季后赛潜在对手（前6名）的BP数据库更新完；\n   ② 7月22日前做一份红蓝方选边胜率分析。\n"
        "3. 焦阳：选手体检预约，下周一前完成。\n4. 冯一凡：青训二期选拔名单（待定，等联盟青训政策）。",
        "下次例会：下周一上午9点，地点不变。",
        "蒋一鸣\n发自我的iPad",
    ])
    leaf = text_leaf(text, "plain", "utf-8", "base64")
    me = email_of("蒋一鸣")
    to = [P(n) for n in ["贺峻", "于可欣", "骆晨", "焦阳", "冯一凡"]]
    hs = trace(6838, "C", t, return_path=f"<{me}>", src=FEISHU_SRC,
               more=[f"from smtpclient.apple (unknown [101.88.17.190])\n\tby mail-out-c21.feishu.cn (LarkMail) with ESMTPSA;\n\t{dh}"]) + [
        f"From: {addr('蒋一鸣', me)}",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {dh}",
        "Subject: " + hval("赛训部周一例会纪要 7.20"),
        f"Message-Id: <{hx_upper(68381, 8)}-{hx_upper(68382, 4)}-{hx_upper(68383, 4)}-{hx_upper(68384, 4)}-{hx_upper(68385, 12)}@flintfire.example.cn>",
        "To: " + addrs(to, sep=", "),
        "Cc: " + addr(*BOT_C),
        "X-Mailer: iPad Mail (22F76)",
    ]
    return build_message(hs, leaf)
