"""heldout59 cases 8714-8717 (凯里锦绣苗坊, continued)."""
from h59_base import BOT, E, P, case, esc, html_lines, html_table, it, nf
from h59_cases_c import MD, exmail_hs
from h59_mime import addr, addrs, bin_part, ew, make_docx, message, multipart, received, text_part


def c8714():
    date = "Fri, 29 May 2026 17:35:09 +0800"
    new = """各位：

今天（5/29）设计评审会的纪要接着发在这个邮件里，方便和上次的对照。

评审结论：第二版设计稿通过，领口纹样按杨总意见改成单只蝴蝶，袖口保留水波纹。

待办：
1、吴春花：按评审意见修改领口纹样，6月3日前出终稿
2、潘国华：安排5件样衣打样，端午前完成
3、欧阳明：样衣出来后送凯里市质检所做色牢度检测，样衣到手后3个工作日内送出

下次评审：6月5日（周五）上午10点，还是二楼样衣间。

吴春花"""
    old = """各位：

5月12日设计评审会纪要：
1、吴春花：5月18日前完成第一版设计稿
2、龙小妹：收集近一年店铺销量前20的纹样，5月15日前
3、潘国华：问一下雷山合作社6月份能排多少绣娘，本周内回复

下次评审：5月19日下午

吴春花"""
    quote_hdr = ("------------------&nbsp;原始邮件&nbsp;------------------", "发件人: \"吴春花\"<%s>;" % E("吴春花"),
                 "发送时间: 2026年5月12日(星期二) 下午5:20", "收件人: \"杨秀英\"<%s>;\"潘国华\"<%s>;\"龙小妹\"<%s>;"
                 % (E("杨秀英"), E("潘国华"), E("龙小妹")), "抄送: \"纪要助手\"<%s>;" % BOT["miao"],
                 "主题: 5月设计评审会纪要")
    text = (new + "\n\n\n\n" + "\n".join(h.replace("&nbsp;", " ") for h in quote_hdr) + "\n\n\n\n" + old + "\n")
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div style="font-family: 微软雅黑; '
            'font-size:14px">' + html_lines(new) + '</div><div><br></div><div><br></div>'
            '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">' + quote_hdr[0] + '</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;">'
            + "".join("<div><b>%s</b>%s</div>" % (esc(h.split(": ", 1)[0] + ": "), esc(h.split(": ", 1)[1]))
                      for h in quote_hdr[1:]) + '</div><div><br></div>' + html_lines(old) + '')
    alt = multipart("alternative", "----=_NextPart_6A1A2B3C_0C4D5E6F_7A8B9C0D",
                    [text_part(text, "plain", "gb18030", "base64"), text_part(html, "html", "gb18030", "base64")],
                    preamble="This is a multi-part message in MIME format.")
    oldmid = "<tencent_9F8E7D6C5B4A39281706F5E4D3C2B1A0@exmail.tencent.example.net>"
    hs = exmail_hs("吴春花", ["杨秀英", "潘国华", "龙小妹"], ["欧阳明"], "回复：5月设计评审会纪要", date,
                   "0F1E2D3C4B5A69788796A5B4C3D2E1F0",
                   extra=("In-Reply-To: " + oldmid, "References: " + oldmid))
    items = [
        it("吴春花", "按评审意见修改领口纹样，出终稿", "2026-06-03", "md:6-3"),
        it("潘国华", "安排5件样衣打样", "2026-06-18", "beforehol"),
        it("欧阳明", "样衣送凯里市质检所做色牢度检测", None, None, flags=["no_due"]),
    ]
    notes = ("New minutes (5月29日 review) posted as '回复：' in the thread of the 5月12日 minutes (In-Reply-To/References set), "
             "Exmail gb18030 with the QQ-style '------------------ 原始邮件 ------------------' quote. Still kind minutes: the "
             "top part is a complete new 纪要. Only the new 待办 count; the quoted 5月12日 items (5月18日前, 5月15日前, 本周内) "
             "must not be extracted. Sent Fri 2026-05-29: 6月3日前 -> 06-03; '端午前' -> 2026-06-18; #3 '样衣到手后3个工作日内' "
             "depends on an event with no date -> no_due. Next: 6月5日（周五）上午10点 -> 2026-06-05 10:00 (the quoted '5月19日下午' "
             "is the old one).")
    return case(8714, "miao-new-minutes-as-reply-in-old-thread-exmail", "minutes", message(hs, alt, mime_version=False),
                items, nf("2026-06-05", "10:00", "md:6-5"), notes,
                "Exmail '回复：' in an old minutes thread carrying NEW minutes above a QQ-style quote of the old ones (old items must not count); 端午前; event-relative deadline -> no_due")


def c8715():
    date = "Wed, 17 Jun 2026 11:40:52 +0800"
    text = """杨总、各位：

上午品控月度会纪要如下。

1. 雷山合作社绣片色差问题：由欧阳明牵头，会同潘国华对近两批
   绣片逐片复检，复检结果（含照片）于6月18日前（端午节前（6月19日
   放假））报杨总。
2. 制定《绣片色差判定标准》初稿（欧阳明负责），设计部吴春花配合
   提供标准色卡（色卡：6月22日（周一）前；初稿：6月26日前（节后一周
   内））。
3. 染料供应商更换评估：潘国华，7月
   上旬。
4. 客诉退货的12件绣衣，龙小妹统计退货原因（色差/尺码/
   其他），今天下班前发群里。

以上，如有遗漏请补充。

欧阳明
品控部"""
    part = text_part(text, "plain", "utf-8", "quoted-printable")
    hs = ["Return-Path: <%s>" % E("欧阳明"), "Delivered-To: %s" % BOT["miao"],
          received("mx.%s" % MD, "smtpclient.apple", "117.187.22.90", date + " (CST)", "4ZmV8c1KrDz6nQ", BOT["miao"]),
          "From: " + addr("欧阳明", E("欧阳明")),
          "Content-Type: text/plain;\n\tcharset=utf-8",
          "Content-Transfer-Encoding: quoted-printable",
          "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
          "Subject: " + ew("品控月度会纪要（6月）"),
          "Message-Id: <B7C2E41A-5F3D-4A8E-9C61-2D0F7E3B5A94@%s>" % MD,
          "Date: " + date,
          "To: " + addrs([P("杨秀英"), P("潘国华"), P("吴春花"), P("龙小妹")]),
          "Cc: " + addr("纪要助手", BOT["miao"]),
          "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    items = [
        it("欧阳明", "会同潘国华对雷山合作社近两批绣片逐片复检，复检结果（含照片）报杨总", "2026-06-18", "md:6-18"),
        it("吴春花", "提供标准色卡", "2026-06-22", "md:6-22"),
        it("欧阳明", "制定《绣片色差判定标准》初稿", "2026-06-26", "md:6-26"),
        it("潘国华", "染料供应商更换评估", None, None, flags=["vague_due"]),
        it("龙小妹", "统计客诉退货12件绣衣的退货原因（色差/尺码/其他）发群里", "2026-06-17", "today"),
    ]
    notes = ("Apple Mail text/plain UTF-8 QP (soft breaks fall inside multibyte characters), sent Wed 2026-06-17. Items are "
             "hand-wrapped over 2-3 lines, so owner, task and date sit on different lines, and deadlines are in nested brackets: "
             "'6月18日前（端午节前（6月19日放假））' -> 2026-06-18; #2 carries two deliverables with two dates inside one bracket "
             "'（色卡：6月22日（周一）前；初稿：6月26日前（节后一周内））' -> 吴春花 色卡 06-22 and 欧阳明 初稿 06-26. #3 '7月上旬' "
             "(split over a line break) is a vague period -> vague_due. #4 '今天下班前' -> 2026-06-17, no clock time. No next "
             "meeting.")
    return case(8715, "miao-wrapped-nested-brackets-applemail", "minutes",
                message(hs, {"head": "", "body": part["body"], "charset": "ascii"}, mime_version=False)
                .replace(b"\n\n\n", b"\n\n", 1), items, None, notes,
                "Apple Mail QP plain: items wrapped over lines, nested brackets '（端午节前（6月19日放假））', one item with two owners/dates in a bracket, 7月上旬 split by a line break, 今天下班前")


def c8716():
    date = "Mon, 3 Aug 2026 10:15:37 +0800"
    rows = [["序号", "地点", "事项", "负责人", "完成时间"],
            ["1", "雷山仓", "整理绣片库存清单", "潘国华", "8月5日"],
            ["2", "台江仓", "整理绣片库存清单", "欧阳明", "8月7日"],
            ["3", "凯里总仓", "盘点成衣库存", "龙小妹", "本周内"],
            ["4", "—", "秋冬款蜡染外套面料询价（至少3家）", "吴春花", "下周一"],
            ["5", "—", "中秋礼盒打样", "吴春花", "中秋节前"]]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family: PingFang SC, Calibri, sans-serif; font-size: 12pt;">'
            '<div>各位好，</div><div><br></div><div>8月生产例会纪要如下：</div><div><br></div>'
            '<div>一、7月产量：成衣1,260件，绣片3,480片，均完成计划。</div><div>二、8月重点：两个合作社仓库的绣片账实不符，'
            '本周先把库存清单理清楚。</div><div><br></div><div>三、任务分工</div>'
            + html_table(rows, attrs='style="border-collapse:collapse;font-size:11pt"') +
            '<div><br></div><div>下次例会：8月10日（周一）上午9:00。</div><div><br></div><div>潘国华</div>'
            '<div id="Signature"><div>锦绣苗坊 生产部</div></div></div></body></html>')
    part = text_part(html, "html", "utf-8", "quoted-printable")
    hs = ["Return-Path: <%s>" % E("潘国华"), "Delivered-To: %s" % BOT["miao"],
          received("mx.%s" % MD, "PanGuohuadeMacBook-Pro.local", "192.168.1.117", date + " (CST)", "4b4Y2sKx8Lz9tM",
                   BOT["miao"]),
          "From: " + addr("潘国华", E("潘国华")),
          "To: " + addrs([P("欧阳明"), P("龙小妹"), P("吴春花")]),
          "CC: " + addrs([P("杨秀英"), ("纪要助手", BOT["miao"])]),
          "Subject: " + ew("8月生产例会纪要"),
          "Thread-Topic: " + ew("8月生产例会纪要"),
          "Date: " + date,
          "Message-ID: <D2A7C4B1-8E3F-4B6A-A9D0-1C5E7F2B3D48@%s>" % MD,
          "User-Agent: Microsoft-MacOutlook/16.99.26072012", "MIME-Version: 1.0"]
    items = [
        it("潘国华", "整理绣片库存清单", "2026-08-05", "md:8-5"),
        it("欧阳明", "整理绣片库存清单", "2026-08-07", "md:8-7"),
        it("龙小妹", "盘点成衣库存", "2026-08-09", "eow"),
        it("吴春花", "秋冬款蜡染外套面料询价（至少3家）", "2026-08-10", "nwk:0"),
        it("吴春花", "中秋礼盒打样", "2026-09-24", "beforehol"),
    ]
    notes = ("Outlook for Mac single-part text/html (no plain alternative), sent Mon 2026-08-03. Rows 1 and 2 have the same "
             "task text '整理绣片库存清单' (different 地点 and owners): two distinct items, neither may be dropped as a duplicate. "
             "'本周内' -> end of this calendar week, Sun 2026-08-09 (research convention). '下周一' -> 08-10. '中秋节前' -> "
             "Mid-Autumn 2026 is 09-25..27, last working day before = Thu 2026-09-24. The 7月产量 line is a fact. Next: 8月10日"
             "（周一）上午9:00 -> 2026-08-10 09:00.")
    return case(8716, "miao-same-task-two-owners-html-only-macoutlook", "minutes", message(hs, part, mime_version=False),
                items, nf("2026-08-10", "09:00", "md:8-10"), notes,
                "Outlook for Mac HTML-only table: two rows with the same task text (different 地点/owner), 本周内, 下周一, 中秋节前 (09-24)")


def c8717():
    date = "Tue, 7 Apr 2026 18:06:21 +0800"
    paras = ["时间：2026年4月7日（周二）下午2:30—4:30",
             "地点：公司三楼会议室",
             "主持：杨秀英    记录：文丽",
             "参会：吴春花、潘国华、龙小妹、石磊、欧阳明、文丽",
             "一、一季度经营情况",
             "一季度销售收入312万元，同比增长18%；其中电商渠道占61%，外贸首单尚未回款。",
             "二、会议决定",
             "1. 二季度起电商渠道单独核算毛利。",
             "2. 绣娘计件单价上调5%，自4月1日起执行。",
             "三、工作安排",
             "1. 各部门一季度费用报销单据于4月10日前交财务部。（责任人：各部门负责人）",
             "2. 文丽：4月15日前完成一季度经营分析报告。",
             "3. 龙小妹：电商平台3月结算对账，本周五前。",
             "4. 石磊：芬兰客户预付款到账后第一时间通知财务。",
             "5. 潘国华：3月绣娘工资已于清明节前发放完毕（已办结）。",
             "四、下次会议时间待定。"]
    docx = make_docx("锦绣苗坊一季度经营分析会纪要", paras, author="文丽")
    text = "杨总、各位：\n\n附件是今天下午经营分析会的纪要（Word版），请查收。报销单据请大家抓紧。\n\n文丽\n财务部\n"
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div style="font-family: 微软雅黑; '
            'font-size:14px">' + html_lines(text) + '</div>')
    alt = multipart("alternative", "----=_NextPart_69D4C2A1_1E2F3A4B_5C6D7E8F",
                    [text_part(text, "plain", "gb18030", "base64"), text_part(html, "html", "gb18030", "base64")])
    att = bin_part(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "一季度经营分析会纪要.docx", fn_charset="gb18030")
    root = multipart("mixed", "----=_NextPart_69D4C2A1_1E2F3A4B_00000001", [alt, att],
                     preamble="This is a multi-part message in MIME format.")
    hs = exmail_hs("文丽", ["杨秀英", "吴春花", "潘国华", "龙小妹", "石磊", "欧阳明"], [], "一季度经营分析会纪要", date,
                   "5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B")
    items = [
        it(None, "一季度费用报销单据交财务部", "2026-04-10", "md:4-10"),
        it("文丽", "完成一季度经营分析报告", "2026-04-15", "md:4-15"),
        it("龙小妹", "电商平台3月结算对账", "2026-04-10", "twk:4"),
        it("石磊", "芬兰客户预付款到账后通知财务", None, None, flags=["no_due"]),
    ]
    notes = ("Exmail gb18030 cover note with the minutes in a .docx (RFC 2231 file name), sent Tue 2026-04-07, the day after "
             "the Qingming holiday (04-04..06). 会议决定 lines are decisions. 三-1 '责任人：各部门负责人' is nobody in particular "
             "-> owner null, department null, no_owner; 4月10日前 -> 04-10. 三-3 '本周五前' -> 2026-04-10. 三-4 is conditional "
             "('到账后第一时间') -> no_due. 三-5 '已办结' -> not an item. '下次会议时间待定' -> no next_followup.")
    return case(8717, "miao-docx-minutes-exmail", "minutes", message(hs, root, mime_version=False), items, None, notes,
                "Exmail gb18030 cover note + .docx minutes: 各部门负责人 -> no_owner, 本周五前, conditional item no_due, 已办结 line, decisions skipped, 下次会议待定")


CASES = [c8714, c8715, c8716, c8717]
