"""Organisation B: 杭州桐庐云岫丝品有限公司 (silk-scarf brand with a Tmall shop, Tonglu). Cases 7104-7110, 7131-7133."""
from h43_lib import (add_case, addr, addrs, paddr, ew, fmt_date, mkdate, text, multi, build, item, nxt, esc,
                     ORGS, person)

BOT = ORGS["B"]["bot"]


def P(name):
    n, e, _ = person(name)
    return (n, e)


def divs(lines, style="font-size:14px;font-family:微软雅黑"):
    return '<div style="%s">' % style + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in lines) + "</div>"


# ----------------------------------------------------------------------------
# 7104  DingTalk AI 听记 minutes sent by DingTalk mail: only 待办 counts
# ----------------------------------------------------------------------------
def c7104():
    date = mkdate(2026, 4, 13, 18, 5, 41)
    top = ["纪要小助手，帮忙跟进下面的待办，谢谢~", "", "—— 以下由钉钉AI听记生成 ——", ""]
    meta = ["【AI听记】618大促启动会",
            "会议时间：2026-04-13 15:00-16:12（时长 1小时12分）",
            "参会人：方静怡、叶子涵、褚浩然、应梦婷、袁一帆、宋立军、柯佳", ""]
    summary = ["智能摘要",
               "本次会议围绕天猫618大促筹备展开。叶子涵介绍了今年618平台节奏：5月13日开启预售，5月20日现货开卖，目标GMV较去年增长30%。"
               "会议确定主推桑蚕丝方巾和真丝长巾两条线，母亲节礼盒作为预热款。应梦婷负责礼盒设计，袁一帆负责新品拍摄，"
               "叶子涵周三前确定主推款清单。宋立军提出预售期间需增加临时打包人员，柯佳建议提前准备售后话术。", ""]
    chapters = ["章节速览",
                "00:02 平台节奏与目标 —— 叶子涵介绍618节奏和GMV目标",
                "18:45 主推款与母亲节礼盒 —— 礼盒设计方向确定为“江南春色”",
                "41:20 拍摄与物料 —— 袁一帆提出新品外景拍摄需在月底前完成，需提前看天气",
                "58:10 仓储与客服 —— 预售期间打包人手、售后话术", ""]
    todos = ["待办事项（4）",
             "☐ @叶子涵 周三前确定618主推款清单及库存深度",
             "☐ @应梦婷 下周一输出母亲节限定礼盒设计稿",
             "☐ @袁一帆 本月底前完成新品丝巾外景拍摄",
             "☐ 确认礼盒内衬及外箱供应商报价（未指定负责人）", ""]
    speakers = ["发言人总结",
                "方静怡：今年618要把礼盒做出差异化，价格带控制在299-399元。",
                "叶子涵：预售节奏跟平台走，主推款要保证库存深度。", "",
                "以上内容由AI生成，仅供参考。"]
    lines = top + meta + summary + chapters + todos + speakers
    plain = "\n".join(lines) + "\n"
    html = ('<html><head><meta charset="utf-8"></head><body>' + divs(top)
            + '<div style="border:1px solid #e5e6eb;border-radius:8px;padding:12px;font-size:14px">'
            + '<h3 style="margin:0 0 8px 0">%s</h3>' % esc(meta[0])
            + "".join('<div style="color:#646a73">%s</div>' % esc(x) for x in meta[1:3])
            + '<h4>%s</h4><p>%s</p>' % (esc(summary[0]), esc(summary[1]))
            + '<h4>%s</h4><ul>%s</ul>' % (esc(chapters[0]), "".join("<li>%s</li>" % esc(x) for x in chapters[1:5]))
            + '<h4>%s</h4><ul style="list-style:none;padding-left:0">%s</ul>' % (
                esc(todos[0]), "".join("<li>%s</li>" % esc(x) for x in todos[1:5]))
            + '<h4>%s</h4>%s' % (esc(speakers[0]), "".join("<p>%s</p>" % esc(x) for x in speakers[1:3]))
            + '<p style="color:#8f959e;font-size:12px">%s</p></div></body></html>\n' % esc(speakers[4]))
    alt = multi("alternative", [text(plain, "plain", "UTF-8", "base64"), text(html, "html", "UTF-8", "base64")],
                "----=ALIBOUNDARY_83172_7f2a4c1d8e90_69dcbd6d_1b2e4")
    to = [BOT]
    cc = [P("方静怡"), P("应梦婷"), P("袁一帆")]
    hdrs = [
        ("Date", fmt_date(date)),
        ("From", paddr("叶子涵", "UTF-8")),
        ("To", addrs(to, "UTF-8")),
        ("Cc", addrs(cc, "UTF-8")),
        ("Message-ID", "<7f2a4c1d-0b1e-4d3a-9e57-83172b0c6a11.yezihan@yunxiu.example.cn>"),
        ("Subject", ew("618大促启动会 - AI听记纪要", "UTF-8")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "DingTalk Mail 7.6.35"),
        ("X-Priority", "3"),
    ]
    raw = build("B", date, "out-d3.mail.dingtalk.example.com (out-d3.mail.dingtalk.example.com [47.90.199.31])",
                hdrs, alt, queue_id="4fPx3Bq1nHz6Dm")
    items = [
        item("叶子涵", "确定618主推款清单及库存深度", "2026-04-15", ("weekday", 2)),
        item("应梦婷", "输出母亲节限定礼盒设计稿", "2026-04-20", ("next_week", 0)),
        item("袁一帆", "完成新品丝巾外景拍摄", "2026-04-30", ("month_end",)),
        item(None, "确认礼盒内衬及外箱供应商报价", None, None, flags=["no_owner", "no_due"]),
    ]
    notes = ("DingTalk AI 听记 minutes pasted into a DingTalk mail (UTF-8 base64, plain + HTML card). Sent Mon 2026-04-13 18:05. "
             "Only the 待办事项 section counts: the 智能摘要 restates two of the same tasks ('叶子涵周三前确定主推款清单', 拍摄 '月底前') and "
             "mentions ideas (临时打包人员, 售后话术) that never became 待办; 章节速览 and 发言人总结 are not items either. "
             "1 '周三前' -> this week's Wednesday 2026-04-15. 2 '下周一' -> 2026-04-20. 3 '本月底前' -> 2026-04-30. "
             "4 '未指定负责人' and no deadline -> owner null, [no_owner, no_due], department null. No next meeting is given.")
    add_case(7104, "dingtalk-ai-minutes-todo-only", "minutes", raw, items, None, notes,
             summary="4 items from 待办 only (叶子涵 04-15, 应梦婷 04-20, 袁一帆 04-30, unassigned no_owner+no_due); summary/chapters skipped",
             tests="钉钉 AI 听记: 摘要/章节 restate tasks, only 待办 counts; @name; 周三前/下周一/本月底前; 未指定负责人",
             org="B", client="DingTalk mail", encoding="UTF-8 base64, multipart/alternative")


c7104()


# ----------------------------------------------------------------------------
# 7105  Feishu (Lark) 智能纪要 via Lark mail, UTF-8 QP: around Labour Day
# ----------------------------------------------------------------------------
def c7105():
    date = mkdate(2026, 4, 30, 17, 20, 3)
    lines = [
        "大家好，下午会的飞书智能纪要转到邮件，抄送纪要小助手跟进。节日快乐！",
        "",
        "飞书智能纪要 | 母亲节直播及五一后上新排期会",
        "2026年4月30日 14:00 (GMT+8) | 52分钟",
        "参会人：方静怡 叶子涵 褚浩然 应梦婷 柯佳 宋立军",
        "",
        "总结",
        "· 母亲节（5月10日）前安排三场直播，主推“江南春色”礼盒，直播由褚浩然统筹。",
        "· 五一假期店铺正常接单，仓库5月3日恢复打包，假期订单节后48小时内发完。",
        "· 客服假期值班表已排好，柯佳负责。",
        "",
        "待办",
        "· 褚浩然：节后第一个工作日提交母亲节三场直播的排期和主播脚本",
        "· 应梦婷：3个工作日内完成直播间背景和贴片物料",
        "· 宋立军：5月9日（周六，调休上班）前完成礼盒备货500套",
        "· 柯佳：整理五一期间售后工单并分类，截止时间待定",
        "",
        "智能章节",
        "00:00 直播排期与主播安排",
        "14:36 直播间物料",
        "27:10 礼盒备货与仓库排班",
        "41:52 假期客服与售后",
        "",
        "下次会议",
        "5月8日（周五）14:00，复盘直播准备情况",
        "",
        "以上内容由 AI 生成，仅供参考",
    ]
    plain = "\n".join(lines) + "\n"
    html_parts = ['<div style="font-family:-apple-system,PingFang SC,Microsoft YaHei;font-size:14px">']
    for x in lines:
        if x in ("总结", "待办", "智能章节", "下次会议"):
            html_parts.append('<h3 style="font-size:16px;margin:12px 0 4px 0">%s</h3>' % esc(x))
        elif x.startswith("· "):
            html_parts.append('<li>%s</li>' % esc(x[2:]))
        else:
            html_parts.append("<div>%s</div>" % (esc(x) or "<br>"))
    html_parts.append("</div>")
    html = "<html><head><meta charset=\"utf-8\"></head><body>" + "\n".join(html_parts) + "</body></html>\n"
    alt = multi("alternative", [text(plain, "plain", "UTF-8", "quoted-printable"),
                                text(html, "html", "UTF-8", "quoted-printable")],
                "2c1d9f7a3be84e61b55a0d7c42f81e09")
    to = [P("褚浩然"), P("应梦婷"), P("宋立军"), P("柯佳")]
    cc = [P("方静怡"), BOT]
    hdrs = [
        ("From", paddr("叶子涵", "UTF-8")),
        ("To", addrs(to, "UTF-8")),
        ("Cc", addrs(cc, "UTF-8")),
        ("Subject", ew("【飞书智能纪要】母亲节直播及五一后上新排期会", "UTF-8")),
        ("Date", fmt_date(date)),
        ("Message-ID", "<a1b7c2f05e9d4c3b8f0e6d2a1c9b7e30@yunxiu.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Feishu Mail"),
        ("X-Lms-Return-Path", "<lba+269f5c2a8.yezihan@yunxiu.example.cn>"),
    ]
    raw = build("B", date, "va-out-1.larksuite.example.com (va-out-1.larksuite.example.com [101.45.255.18])",
                hdrs, alt, queue_id="4fYb0Kd2sPz9Jw")
    items = [
        item("褚浩然", "提交母亲节三场直播的排期和主播脚本", "2026-05-06", ("after_holiday", "Labour Day")),
        item("应梦婷", "完成直播间背景和贴片物料", "2026-05-08", ("workdays", 3)),
        item("宋立军", "完成礼盒备货500套", "2026-05-09", ("abs", "2026-05-09", 5)),
        item("柯佳", "整理五一期间售后工单并分类", None, None, flags=["vague_due"]),
    ]
    notes = ("Feishu/Lark 智能纪要 sent from Lark mail (UTF-8 quoted-printable). Sent Thu 2026-04-30 17:20, the eve of the Labour Day "
             "holiday (05-01..05-05, make-up working day Sat 05-09). Only 待办 counts; 总结 lines are facts/decisions "
             "('节后48小时内发完' is a rule for orders, 柯佳 值班表 already done) and 智能章节 are chapters. "
             "1 '节后第一个工作日' -> Wed 2026-05-06. 2 '3个工作日内' counted from Fri 05-01: 05-01..05-05 are holidays, so 05-06, 05-07, 05-08 "
             "-> 2026-05-08. 3 '5月9日（周六，调休上班）前' -> 2026-05-09, a Saturday that is a working day. 4 '截止时间待定' -> vague_due. "
             "下次会议 '5月8日（周五）14:00' -> 2026-05-08 14:00.")
    add_case(7105, "feishu-smart-minutes-labour-day", "minutes", raw, items,
             nxt("2026-05-08", "14:00", ("abs", "2026-05-08", 4)), notes,
             summary="4 items from 待办 (褚浩然 05-06 节后, 应梦婷 05-08 3个工作日, 宋立军 05-09 调休 Saturday, 柯佳 待定); next 05-08 14:00",
             tests="飞书智能纪要 总结/章节 vs 待办; 节后第一个工作日 and 3个工作日内 across Labour Day; make-up Saturday due",
             org="B", client="Feishu/Lark mail", encoding="UTF-8 QP, multipart/alternative")


c7105()


def exmail_headers(msgid, mid):
    return [("X-QQ-mid", mid), ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"),
            ("X-QQ-Mailer", "QQMail 2.x"), ("Message-ID", msgid)]


# ----------------------------------------------------------------------------
# 7106  WeCom (企业微信) mail: chat log pasted under a summary; make-up Saturday
# ----------------------------------------------------------------------------
def c7106():
    date = mkdate(2026, 5, 6, 16, 31, 9)
    lines = [
        "@纪要小助手 刚才群里对了一下五一售后的事，结论整理在最上面，聊天记录贴在下面备查：",
        "",
        "1. 柯佳：今天下班前把五一期间差评和退货原因汇总发群里",
        "2. 宋立军：明天上午10点前把错发的23单补发出去",
        "3. 褚浩然：周六前上线“假期延迟发货补偿券”（9号调休上班）",
        "4. 柯佳、叶子涵：评估是否需要向天猫小二报备延迟发货，时间待定",
        "",
        "-------- 聊天记录 --------",
        "叶子涵 14:02",
        "五一这波退货有点多，@柯佳 差评原因今天能汇总一下吗",
        "柯佳 14:03",
        "可以，今天下班前发群里",
        "叶子涵 14:05",
        "@宋立军 错发的23单什么时候补？",
        "宋立军 14:06",
        "明天上午10点前全部发出",
        "褚浩然 14:10",
        "补偿券我周六前上线，9号调休正好上班",
        "叶子涵 14:12",
        "报备小二的事我跟柯佳再评估下，不急",
        "-------- 聊天记录结束 --------",
        "",
        "叶子涵",
        "云岫丝品 电商运营部",
    ]
    plain = "\n".join(lines) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + divs(lines) + "</body></html>\n")
    alt = multi("alternative", [text(plain, "plain", "utf-8", "base64"), text(html, "html", "utf-8", "base64")],
                "----=_NextPart_6A0E3A35_0C1F6E28_4B8D2E17")
    to = [BOT]
    cc = [P("柯佳"), P("宋立军"), P("褚浩然")]
    hdrs = [
        ("From", paddr("叶子涵", "utf-8")),
        ("To", addrs(to, "utf-8")),
        ("Cc", addrs(cc, "utf-8")),
        ("Subject", ew("五一售后问题处理（群聊结论）", "utf-8")),
        ("Mime-Version", "1.0"),
        ("Date", fmt_date(date)),
        ("X-Priority", "3"),
    ] + exmail_headers("<tencent_6A0E3A350C1F6E284B8D2E17@qq.example.com>", "bizesmtp21t1778056269tn8k2z6c") + [
        ("X-WeCom-Mail", "1"),
    ]
    raw = build("B", date, "smtpbg151.qq.example.com (smtpbg151.qq.example.com [18.132.163.193])", hdrs, alt,
                queue_id="4fbD7Gm0tLz4Qc")
    items = [
        item("柯佳", "把五一期间差评和退货原因汇总发群里", "2026-05-06", ("today",)),
        item("宋立军", "把错发的23单补发出去", "2026-05-07", ("plus_days", 1), time="10:00"),
        item("褚浩然", "上线“假期延迟发货补偿券”", "2026-05-09", ("weekday", 5)),
        item("柯佳", "评估是否需要向天猫小二报备延迟发货", None, None, flags=["vague_due"]),
        item("叶子涵", "评估是否需要向天猫小二报备延迟发货", None, None, flags=["vague_due"]),
    ]
    notes = ("WeCom (企业微信) mail, UTF-8 base64, sent Wed 2026-05-06 16:31 (the first working day after Labour Day). The writer put "
             "the conclusions first and pasted the group chat below; the chat restates the same tasks and is not a second set of items. "
             "1 '今天下班前' -> the send date 2026-05-06, no time. 2 '明天上午10点前' -> 2026-05-07 10:00. 3 bare '周六前' -> this week's "
             "Saturday 2026-05-09, which is the Labour Day make-up working day (the writer says so). 4 two owners for one task "
             "('柯佳、叶子涵') -> two items, '时间待定' -> vague_due. No next meeting.")
    add_case(7106, "wecom-chat-paste-makeup-saturday", "minutes", raw, items, None, notes,
             summary="5 items (柯佳 05-06 今天下班前, 宋立军 05-07 10:00, 褚浩然 05-09 周六, 柯佳+叶子涵 待定 ×2); chat log skipped",
             tests="chat paste restating the list, 今天下班前 (no time), 明天上午10点前, bare 周六 = make-up working Saturday, two owners",
             org="B", client="WeCom (企业微信) mail", encoding="UTF-8 base64, multipart/alternative")


c7106()


# ----------------------------------------------------------------------------
# 7107  Exmail web (QQ style), gb18030 base64: minutes grouped by person, role + name owners
# ----------------------------------------------------------------------------
def c7107():
    date = mkdate(2026, 5, 12, 12, 40, 55)
    lines = [
        "各位，上午周会按人整理如下：",
        "",
        "【叶子涵】",
        "1. 618预售商品上架及价格设置，5月15日前完成；",
        "2. 对接天猫小二确认会场坑位，尽快。",
        "",
        "【仓储主管宋立军】",
        "1. 618备货入库盘点，下周三前；",
        "2. 新增两名临时打包工的招聘，5月底前到岗。",
        "",
        "【应老师】",
        "1. 618主图和详情页改版，5月18日前交运营。",
        "",
        "【章师傅】",
        "1. 秋冬新品面料打样，跟湖州印花厂对接，时间待定。",
        "",
        "上周的母亲节直播三场都已完成，GMV 41.6万，谢谢大家。",
        "下周二同一时间（上午10:00）继续。",
        "",
        "子涵",
    ]
    plain = "\n".join(lines) + "\n"
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
            + divs(lines, "font-family:宋体;font-size:14px") + "\n")
    alt = multi("alternative", [text(plain, "plain", "gb18030", "base64"), text(html, "html", "gb18030", "base64")],
                "----=_NextPart_6A02B1E7_0A8F3C10_5E7D9B21")
    to = [P("宋立军"), P("应梦婷"), P("章卫国"), P("褚浩然")]
    cc = [P("方静怡"), BOT]
    hdrs = [
        ("From", addr("叶子涵", person("叶子涵")[1], "gb18030")),
        ("To", addrs(to, "gb18030")),
        ("Cc", addrs(cc, "gb18030")),
        ("Subject", ew("5月12日运营周会纪要", "gb18030")),
        ("Mime-Version", "1.0"),
        ("Date", fmt_date(date)),
        ("X-Priority", "3"),
    ] + exmail_headers("<tencent_6A02B1E70A8F3C105E7D9B21@qq.example.com>", "bizesmtp9t1778560855tq3w8e1x")
    raw = build("B", date, "smtpbguseast2.qq.example.com (smtpbguseast2.qq.example.com [54.204.34.130])", hdrs, alt,
                queue_id="4fhN2Rc8vKz0Bt")
    items = [
        item("叶子涵", "618预售商品上架及价格设置", "2026-05-15", ("abs", "2026-05-15")),
        item("叶子涵", "对接天猫小二确认会场坑位", None, None, flags=["vague_due"]),
        item("宋立军", "618备货入库盘点", "2026-05-20", ("next_week", 2)),
        item("宋立军", "新增两名临时打包工的招聘", "2026-05-31", ("month_end",)),
        item("应梦婷", "618主图和详情页改版", "2026-05-18", ("abs", "2026-05-18")),
        item("章卫国", "秋冬新品面料打样", None, None, flags=["vague_due"]),
    ]
    notes = ("Tencent Exmail web mail (QQ-style headers), charset gb18030, base64. Sent Tue 2026-05-12 12:40. Minutes grouped by person "
             "under 【name】 headings; the numbered lines under a heading belong to that person. '仓储主管宋立军' = role + name; "
             "'应老师' and '章师傅' are roster aliases of 应梦婷 and 章卫国. Dates: 5月15日前 -> 2026-05-15; 尽快 -> vague_due; "
             "'下周三前' -> Wednesday of next week 2026-05-20; '5月底前到岗' -> 2026-05-31; 5月18日前 -> 2026-05-18; 时间待定 -> vague_due. "
             "The GMV sentence reports what was done. '下周二同一时间（上午10:00）' -> 2026-05-19 10:00.")
    add_case(7107, "grouped-by-person-exmail-gb18030", "minutes", raw, items,
             nxt("2026-05-19", "10:00", ("next_week", 1)), notes,
             summary="6 items grouped by person (叶子涵 05-15 + vague, 宋立军 05-20 + 05-31, 应梦婷 05-18, 章卫国 vague); next 05-19 10:00",
             tests="minutes grouped by person (【name】 headings), role+name 仓储主管宋立军, 应老师/章师傅 aliases, 下周三前, 5月底前, 尽快/待定",
             org="B", client="Tencent Exmail web", encoding="gb18030 base64, multipart/alternative")


c7107()


# ----------------------------------------------------------------------------
# 7108  Foxmail, GBK under a gb2312 label: seed 外部沟通跟进表 (supplier) as key：value lines
# ----------------------------------------------------------------------------
def c7108():
    date = mkdate(2026, 5, 18, 17, 10, 22)
    lines = [
        "方总、子涵：",
        "    今天下午和湖州锦程数码印花的沈经理电话沟通了秋冬款印花交期，跟进表如下，供参考。",
        "",
        "外部沟通跟进表",
        "沟通编号：EC2026-05-18",
        "沟通日期：2026-05-18",
        "对方单位/联系人：湖州锦程数码印花有限公司/沈国强（沈经理）",
        "我方对接人：生产部/章卫国",
        "沟通类型：供应商",
        "核心需求/反馈：原定5月25日交付的第一批真丝斜纹绸印花，因数码印花机检修需推迟至6月3日",
        "解决方案/进展：①沈经理5月20日前提供检修完成证明及新的排产计划；②5月22日前确认是否将“江南春色”系列转到备用厂加印；③若转厂，由宋主管重新安排入库计划",
        "下次沟通时间：2026-05-22",
        "负责人：章卫国",
        "",
        "章卫国",
        "生产部",
        "2026-05-18",
    ]
    plain = "\n".join(lines) + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GB2312"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
            + "".join("<div>%s</div>" % (esc(x).replace("    ", "&nbsp;&nbsp;&nbsp;&nbsp;") or "<br>") for x in lines)
            + '\n<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left"></body></html>\n')
    alt = multi("alternative", [text(plain, "plain", "GB2312", "base64", codec="gbk"),
                                text(html, "html", "GB2312", "base64", codec="gbk")],
                "----=_001_NextPart427306582541_=----")
    to = [P("方静怡"), P("叶子涵")]
    cc = [("沈国强", "shenguoqiang@jincheng-print.example.cn"), P("宋立军"), BOT]
    hdrs = [
        ("Date", fmt_date(date)),
        ("From", addr("章卫国", person("章卫国")[1], "GB2312")),
        ("To", addrs(to, "GB2312")),
        ("Cc", addrs(cc, "GB2312")),
        ("Subject", ew("湖州锦程印花交期沟通（EC2026-05-18）", "GB2312")),
        ("X-Priority", "3"),
        ("X-GUID", "5F0C2D9A-71E3-4B88-A6C1-0E9D3B2F4A57"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202605181710221538420@yunxiu.example.cn>"),
    ]
    raw = build("B", date, "ZHANGWEIGUO-PC (unknown [192.168.1.23])", hdrs, alt, queue_id="4fmT5Wv1cQz2Nf")
    items = [
        item(("沈国强", "shenguoqiang@jincheng-print.example.cn"), "提供检修完成证明及新的排产计划", "2026-05-20",
             ("abs", "2026-05-20")),
        item("章卫国", "确认是否将“江南春色”系列转到备用厂加印", "2026-05-22", ("abs", "2026-05-22")),
        item("宋立军", "重新安排入库计划", None, None, flags=["no_due"]),
    ]
    notes = ("Seed 外部沟通跟进表 (supplier row) written as key：value lines in a Foxmail mail; charset label GB2312, base64, "
             "plain + HTML. Sent Mon 2026-05-18. ① names the supplier contact '沈经理' = 沈国强 (in Cc with that display name; not in the "
             "roster, so department null) -> 2026-05-20. ② names nobody, so the row's 负责人 章卫国 owns it -> 2026-05-22. ③ is conditional "
             "('若转厂') and names '宋主管' = 宋立军 with no date -> no_due. The delay in 核心需求/反馈 (5月25日 -> 6月3日) is a fact, "
             "not an item. 下次沟通时间 2026-05-22, no time.")
    add_case(7108, "supplier-followup-keyvalue-foxmail-gb2312", "minutes", raw, items,
             nxt("2026-05-22", None, ("abs", "2026-05-22")), notes,
             summary="3 items (沈国强 external 05-20, 章卫国 05-22 row owner, 宋立军 conditional no_due); next 05-22",
             tests="seed 外部沟通跟进表 as key：value lines, supplier owner via Cc display name, row 负责人 for unnamed ②, conditional ③",
             org="B", client="Foxmail 7.2", encoding="gb2312 label, base64, multipart/alternative", plain=True)


c7108()


# ----------------------------------------------------------------------------
# 7109  other: freelance photographer's request from 126 web mail (bot copied from an old Cc list)
# ----------------------------------------------------------------------------
def c7109():
    date = mkdate(2026, 5, 26, 10, 27, 14)
    lines = [
        "一帆老师好，",
        "",
        "下周三（6月3日）的富春江外景拍摄我这边没问题，模特也约好了。麻烦周五前把拍摄脚本和服装清单发我，我好提前准备灯光和反光板。",
        "",
        "另外4月那次拍摄的费用（3800元）还没到账，能不能帮忙问下财务那边什么时候能付？发票我上周已经寄给姚会计了。",
        "",
        "谢谢！",
        "陶然",
        "陶然影像工作室 138-5712-0469",
    ]
    plain = "\n".join(lines) + "\n"
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in lines) + "</div>\n")
    alt = multi("alternative", [text(plain, "plain", "UTF-8", "base64"), text(html, "html", "UTF-8", "base64")],
                "----=_Part_411907_1106398720.1779762434152")
    hdrs = [
        ("Date", fmt_date(date)),
        ("From", addr("陶然", "taoran_photo@126.example.com", "UTF-8")),
        ("To", addrs([P("袁一帆")], "UTF-8")),
        ("Cc", addrs([P("叶子涵"), P("姚雪"), BOT], "UTF-8")),
        ("Message-ID", "<3d5a1c0e.4b27.19e62a7f3b8.Coremail.taoran_photo@126.example.com>"),
        ("Subject", ew("下周三外景拍摄 & 4月拍摄费用", "UTF-8")),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 126com"),
        ("X-Originating-IP", "[115.196.88.42]"),
        ("X-CM-TRANSID", "_____wD3_0xC8xNqXk0BAA--.41202S2"),
    ]
    raw = build("B", date, "m16.mail.126.example.com (m16.mail.126.example.com [220.197.31.5])", hdrs, alt,
                queue_id="4ftC9Yb3rXz6Vp")
    notes = ("A person-to-person request from an outside photographer (126 web mail, Coremail-based, UTF-8 base64). Sent Tue 2026-05-26. "
             "He copied the Cc list of an earlier mail, so the bot is in Cc. It asks for a script '周五前' and chases a payment; it is not "
             "minutes (no meeting, no list of agreed tasks) and not a reply to a recap -> kind other, no items, no follow-up. "
             "'下周三（6月3日）' is the shoot date, not a meeting the bot should invite to.")
    add_case(7109, "other-photographer-request-126", "other", raw, [], None, notes,
             summary="other: freelance request with 周五前 and a payment chase; no items",
             tests="a plain request with deadlines and a date, bot in Cc by habit: kind other",
             org="B (outside writer)", client="126 web mail", encoding="UTF-8 base64, multipart/alternative", plain=True)


c7109()


# ----------------------------------------------------------------------------
# 7110  auto: DingTalk calendar reminder (auto-generated) with an agenda that looks like a to-do list
# ----------------------------------------------------------------------------
def c7110():
    date = mkdate(2026, 5, 19, 9, 45, 0)
    lines = [
        "日程提醒",
        "618作战周会 将于 15 分钟后开始",
        "时间：2026年5月19日（周二）10:00 - 11:00",
        "地点：公司三楼直播间 / 钉钉视频会议",
        "组织者：叶子涵",
        "参与人：方静怡、褚浩然、应梦婷、宋立军、柯佳、纪要小助手",
        "",
        "议程：",
        "1. 叶子涵汇报预售首周数据（5月20日前出日报模板）",
        "2. 宋立军：备货入库进度，负责人确认盘点差异",
        "3. 应梦婷：主图改版验收，截止5月22日",
        "",
        "查看日程详情 | 接受 | 拒绝 | 待定",
        "此邮件由钉钉日程自动发送，请勿直接回复。",
    ]
    html = ('<html><head><meta charset="utf-8"></head><body><table width="600" style="font-family:PingFang SC,Microsoft YaHei">'
            + "".join("<tr><td style=\"padding:4px 16px\">%s</td></tr>" % (esc(x) or "&nbsp;") for x in lines)
            + "</table></body></html>\n")
    body = text(html, "html", "UTF-8", "base64")
    hdrs = [
        ("Date", fmt_date(date)),
        ("From", addr("钉钉日程", "calendar-noreply@dingtalk.example.com", "UTF-8")),
        ("To", addr(BOT[0], BOT[1], "UTF-8")),
        ("Message-ID", "<cal.reminder.8c31f0a2b7d94e55.1779155100@dingtalk.example.com>"),
        ("Subject", ew("日程提醒：618作战周会 将于15分钟后开始", "UTF-8")),
        ("MIME-Version", "1.0"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    raw = build("B", date, "out-c11.mail.dingtalk.example.com (out-c11.mail.dingtalk.example.com [47.90.199.44])",
                hdrs, body, queue_id="4fqS1Za7mWz3Yh", return_path="bounce+8c31f0a2@dingtalk.example.com")
    notes = ("DingTalk calendar reminder sent by a machine because 叶子涵 added the bot address as a participant of her recurring meeting: "
             "From calendar-noreply, Auto-Submitted: auto-generated, X-Auto-Response-Suppress: All, single HTML part. The agenda imitates a "
             "to-do list (names, '5月20日前', '截止5月22日', '负责人') but nobody wrote this mail -> kind auto, no items, no follow-up.")
    add_case(7110, "auto-dingtalk-calendar-reminder", "auto", raw, [], None, notes,
             summary="auto: DingTalk calendar reminder with a to-do-like agenda",
             tests="Auto-Submitted: auto-generated machine mail whose agenda has names and deadlines",
             org="B", client="DingTalk calendar (system)", encoding="UTF-8 base64, text/html only")


c7110()


# ----------------------------------------------------------------------------
# 7131  Exmail, gb18030 QP HTML table with rowspan: 618 复盘
# ----------------------------------------------------------------------------
def c7131():
    date = mkdate(2026, 6, 23, 15, 2, 48)
    from h43_lib import html_table
    rows = [
        ["模块", "事项", "负责人", "截止", "状态"],
        [dict(text="店铺运营", rowspan=2), "整理618全周期流量来源分析", dict(text="褚浩然", rowspan=2), "7月1日前", "进行中"],
        ["下架滞销款并调整SKU结构", "下周五", "未开始"],
        ["客服", "618售后工单归档", "柯佳", "6月19日", "已完成"],
        ["仓储", "退货入库质检及二次上架", "宋立军", "月底", "进行中"],
        ["设计", "7月新品详情页模板", "应梦婷", "7月3日", "未开始"],
    ]
    intro = ["各位：", "今天618复盘会的结论和后续事项如下。", "",
             "一、整体数据：618全周期GMV 186万，完成目标的93%；退货率11.2%，高于预期。",
             "二、后续事项："]
    outro = ["", "三、7月7日（周二）10:00开下一次复盘会，看7月新品准备情况。", "", "叶子涵"]
    flat = ["模块\t事项\t负责人\t截止\t状态",
            "店铺运营\t整理618全周期流量来源分析\t褚浩然\t7月1日前\t进行中",
            "\t下架滞销款并调整SKU结构\t\t下周五\t未开始",
            "客服\t618售后工单归档\t柯佳\t6月19日\t已完成",
            "仓储\t退货入库质检及二次上架\t宋立军\t月底\t进行中",
            "设计\t7月新品详情页模板\t应梦婷\t7月3日\t未开始"]
    plain = "\n".join(intro + flat + outro) + "\n"
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div style="font-family:微软雅黑;font-size:14px">'
            + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in intro)
            + html_table(rows, attrs='border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse"')
            + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in outro) + "</div>\n")
    alt = multi("alternative", [text(plain, "plain", "gb18030", "quoted-printable"),
                                text(html, "html", "gb18030", "quoted-printable")],
                "----=_NextPart_6A3A2F80_0D9B47C2_3E1F8A05")
    to = [P("褚浩然"), P("柯佳"), P("宋立军"), P("应梦婷")]
    cc = [P("方静怡"), BOT]
    hdrs = [
        ("From", addr("叶子涵", person("叶子涵")[1], "gb18030")),
        ("To", addrs(to, "gb18030")),
        ("Cc", addrs(cc, "gb18030")),
        ("Subject", ew("618复盘会纪要", "gb18030")),
        ("Mime-Version", "1.0"),
        ("Date", fmt_date(date)),
        ("X-Priority", "3"),
    ] + exmail_headers("<tencent_6A3A2F800D9B47C23E1F8A05@qq.example.com>", "bizesmtp3t1782198168tk7r2m0a")
    raw = build("B", date, "smtpbg156.qq.example.com (smtpbg156.qq.example.com [18.132.163.199])", hdrs, alt,
                queue_id="4g2H8Nc4pRz7Fd")
    items = [
        item("褚浩然", "整理618全周期流量来源分析", "2026-07-01", ("abs", "2026-07-01")),
        item("褚浩然", "下架滞销款并调整SKU结构", "2026-07-03", ("next_week", 4)),
        item("宋立军", "退货入库质检及二次上架", "2026-06-30", ("month_end",)),
        item("应梦婷", "7月新品详情页模板", "2026-07-03", ("abs", "2026-07-03")),
    ]
    notes = ("Exmail HTML table (gb18030, quoted-printable) whose 模块 and 负责人 cells are merged with rowspan=2 over the first two "
             "rows; the plain part leaves those cells empty on the second row. Sent Tue 2026-06-23 (the day after the Dragon Boat "
             "holiday ended). Rows: 褚浩然 '7月1日前' -> 2026-07-01; 褚浩然 (merged cell) '下周五' -> Friday of next week 2026-07-03; "
             "客服 row is 已完成 -> not an item; 宋立军 '月底' -> 2026-06-30; 应梦婷 '7月3日' -> 2026-07-03. '一、整体数据' is a report. "
             "'7月7日（周二）10:00开下一次复盘会' -> 2026-07-07 10:00.")
    add_case(7131, "rowspan-table-618-review-exmail-gb18030", "minutes", raw, items,
             nxt("2026-07-07", "10:00", ("abs", "2026-07-07", 1)), notes,
             summary="4 items (褚浩然 07-01 + 07-03 via rowspan, 宋立军 06-30 月底, 应梦婷 07-03); done row skipped; next 07-07 10:00",
             tests="rowspan-merged owner cell, 已完成 row, 月底, 下周五 from a Tuesday, next meeting inside a numbered sentence",
             org="B", client="Tencent Exmail web", encoding="gb18030 QP, multipart/alternative")


c7131()


# ----------------------------------------------------------------------------
# 7132  outside agency (163 web) writes minutes for both sides: 我方/贵方/双方, unresolvable 小蒋
# ----------------------------------------------------------------------------
def c7132():
    date = mkdate(2026, 7, 2, 20, 15, 36)
    lines = [
        "方总、叶经理好：",
        "",
        "今天下午的直播合作沟通会内容整理如下，请查收：",
        "",
        "一、我方（拾光传媒）",
        "1. 7月10日前提交达人直播排期表（鲍磊）；",
        "2. 下周三前完成3位达人的样品试用视频（小蒋负责）。",
        "",
        "二、贵方（云岫丝品）",
        "1. 寄送样品20条（含“江南春色”系列各色），请叶经理安排，7月6日前寄出；",
        "2. 确认直播专属价和赠品方案，方总拍板，时间待定。",
        "",
        "三、双方",
        "共同确定佣金结算方式，尽快。",
        "",
        "会上已确认：首场直播暂定7月18日晚8点，坑位费按合同执行。",
        "下次会议：7月9日下午两点，线上（腾讯会议）。",
        "",
        "鲍磊",
        "杭州拾光传媒有限公司 商务总监",
        "电话：0571-8772 3365",
    ]
    plain = "\n".join(lines) + "\n"
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in lines) + "</div>\n")
    alt = multi("alternative", [text(plain, "plain", "UTF-8", "base64"), text(html, "html", "UTF-8", "base64")],
                "----=_Part_702533_947201166.1782994536227")
    hdrs = [
        ("Date", fmt_date(date)),
        ("From", addr("鲍磊", person("鲍磊")[1], "UTF-8")),
        ("To", addrs([P("方静怡"), P("叶子涵")], "UTF-8")),
        ("Cc", addrs([("蒋雨桐", "jiangyutong@shiguang-media.example.com"), BOT], "UTF-8")),
        ("Message-ID", "<5e0b7a2c.6f13.19f2c8d4a61.Coremail.baolei@shiguang-media.example.com>"),
        ("Subject", ew("云岫×拾光 直播合作沟通会纪要（7月2日）", "UTF-8")),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 163com"),
        ("X-Originating-IP", "[36.24.181.97]"),
    ]
    raw = build("B", date, "m15.mail.163.example.com (m15.mail.163.example.com [45.254.50.220])", hdrs, alt,
                queue_id="4gD0wX7k2Lz5Mb")
    items = [
        item("鲍磊", "提交达人直播排期表", "2026-07-10", ("abs", "2026-07-10")),
        item(("小蒋", None), "完成3位达人的样品试用视频", "2026-07-08", ("next_week", 2)),
        item("叶子涵", "寄送样品20条", "2026-07-06", ("abs", "2026-07-06")),
        item("方静怡", "确认直播专属价和赠品方案", None, None, flags=["vague_due"]),
        item(None, "共同确定佣金结算方式", None, None, flags=["no_owner", "vague_due"]),
    ]
    notes = ("Minutes written by the outside agency (拾光传媒, 163 web mail, UTF-8 base64). Sent Thu 2026-07-02 20:15. "
             "一、我方: 1 鲍磊 (the sender; roster lists him as an outsider who writes) -> 2026-07-10; 2 '小蒋负责' -> owner as written '小蒋', "
             "'下周三前' -> 2026-07-08. AMBIGUOUS: the Cc has 蒋雨桐 of the same agency, very likely 小蒋, but nothing in the mail says so; "
             "a careful assistant records '小蒋' without guessing an address (owner_email null, department null). "
             "二、贵方: 1 '叶经理' = 叶子涵 -> 2026-07-06; 2 '方总拍板' = 方静怡, '时间待定' -> vague_due. 三、双方 is no single person -> "
             "no_owner, department null, '尽快' -> vague_due. '会上已确认…7月18日晚8点' is a decision. "
             "'下次会议：7月9日下午两点' -> 2026-07-09 14:00 (Chinese numeral hour).")
    add_case(7132, "agency-minutes-both-sides-163", "minutes", raw, items,
             nxt("2026-07-09", "14:00", ("abs", "2026-07-09", 3)), notes,
             summary="5 items (鲍磊 07-10, 小蒋 unresolved 07-08, 叶子涵 07-06, 方静怡 待定, 双方 no_owner 尽快); next 07-09 14:00",
             tests="outside writer, 我方/贵方/双方 sections, owner in brackets after the task, unresolvable nickname, 下午两点",
             org="B (outside writer)", client="163 web mail", encoding="UTF-8 base64, multipart/alternative")


c7132()


# ----------------------------------------------------------------------------
# 7133  iPhone Apple Mail: founder's one-paragraph minutes, items separated by ；
# ----------------------------------------------------------------------------
def c7133():
    date = mkdate(2026, 7, 8, 21, 3, 40)
    body = ("今天下午和章师傅、宋主管、梦婷过了一下秋冬新品生产：章师傅7月15日前打样三款（云纹、水墨、青瓷）；"
            "宋主管把仓库B区腾出来放秋冬面料，本月底前；梦婷下周一前定色卡。面料预算按上次定的不超过8万。\n\n"
            "发自我的iPhone\n")
    part = text(body, "plain", "utf-8", "quoted-printable", params="!")
    to = [P("章卫国"), P("宋立军"), P("应梦婷")]
    cc = [BOT]
    hdrs = [
        ("Content-Transfer-Encoding-Hint", "none"),
        ("From", addr("方静怡", person("方静怡")[1], "utf-8")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", fmt_date(date, pad=False)),
        ("Subject", ew("秋冬新品生产", "utf-8")),
        ("Message-Id", "<9C1E7B44-3F0A-4D52-A8E6-2B71C05D9F13@yunxiu.example.cn>"),
        ("To", addrs(to, "utf-8")),
        ("Cc", addrs(cc, "utf-8")),
        ("X-Mailer", "iPhone Mail (22F76)"),
    ]
    hdrs = [h for h in hdrs if h[0] != "Content-Transfer-Encoding-Hint"]
    raw = build("B", date, "smtpclient.apple (unknown [223.104.247.18])", hdrs, part, queue_id="4gF5bR0n9Tz1Kc")
    items = [
        item("章卫国", "打样三款（云纹、水墨、青瓷）", "2026-07-15", ("abs", "2026-07-15")),
        item("宋立军", "把仓库B区腾出来放秋冬面料", "2026-07-31", ("month_end",)),
        item("应梦婷", "定色卡", "2026-07-13", ("next_week", 0)),
    ]
    notes = ("iPhone Mail, text/plain UTF-8 quoted-printable, '发自我的iPhone'. Sent Wed 2026-07-08 21:03. One paragraph, items separated "
             "by '；' with owners by alias (章师傅 = 章卫国, 宋主管 = 宋立军, 梦婷 = 应梦婷). 1 '7月15日前' -> 2026-07-15. 2 the deadline "
             "follows the task ('，本月底前') -> 2026-07-31. 3 '下周一前' -> 2026-07-13. The budget sentence is a standing decision. No next meeting.")
    add_case(7133, "iphone-one-paragraph-founder", "minutes", raw, items, None, notes,
             summary="3 items (章卫国 07-15, 宋立军 07-31 本月底, 应梦婷 07-13); budget line skipped; no next",
             tests="one-paragraph minutes split on ；, alias owners, deadline after the task, iPhone QP",
             org="B", client="iPhone Mail", encoding="UTF-8 QP, text/plain", plain=True)


c7133()
