"""Cases 10713-10718."""
import textwrap
from h79_common import who, item, fu, BOT
from h79_clients import mail
import h79_html as H


def flowed(text, width=72):
    """format=flowed (RFC 3676): soft line breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, drop_whitespace=True)
        out += [p + " " for p in parts[:-1]] + [parts[-1]]
    return "\n".join(out)


def c10713():
    orig_rows = [["序号", "工作任务", "责任单位", "责任人", "完成时限"],
                 ["1", "完成西洞片区管网改造工程量复核", "工程建设科", "芦娜", "5月22日"],
                 ["2", "编制农村供水工程水费收缴办法（征求意见稿）", "农村水利科", "达文忠", "5月底前"],
                 ["3", "更新取水许可台账，逐一核对到期证照", "水资源管理科", "魏东升", "5月25日前"],
                 ["4", "配合做好项目资金申报材料", "肃州供排水公司", "—", "随时"]]
    blocks = ["各位科长：", "",
              "窦局要求把上周城乡供水一体化项目推进会的纪要再发一遍，这次抄送纪要助手跟踪，请按时限落实。",
              "另：魏科长那项（取水许可台账）窦局已同意时限放宽到5月29日。", "",
              "祁玉兰", "局办公室", "", "",
              "-----原始邮件-----",
              "发件人：\"祁玉兰\" <qiyulan@szqswj.example.gov.cn>",
              "发送时间：2026-05-15 17:10:22 (星期五)",
              "收件人：魏东升 <weidongsheng@szqswj.example.gov.cn>, 达文忠 <dawenzhong@szqswj.example.gov.cn>, "
              "芦娜 <luna@szqswj.example.gov.cn>",
              "抄送：窦建华 <doujianhua@szqswj.example.gov.cn>",
              "主题：关于城乡供水一体化项目推进会的纪要", "",
              "各科室：",
              "5月15日上午，窦建华副局长主持召开城乡供水一体化项目推进会。会议听取了各科室工作进展汇报，研究部署了下一阶段工作。"
              "现将议定事项及分工明确如下：", "",
              ("table", orig_rows), "",
              "下次推进会定于5月27日（星期三）下午3点召开，地点另行通知。", "",
              "局办公室"]
    text = H.plain(blocks)
    html = H.divs(blocks, cs="UTF-8", wrapper="coremail")
    to = [who("魏东升"), who("达文忠"), who("芦娜"), who("邸海波")]
    cc = [who("窦建华"), BOT["G"]]
    eml, _ = mail("coremail", who("祁玉兰"), to, cc, "转发：关于城乡供水一体化项目推进会的纪要", "2026-05-20 09:40:05 +0800",
                  text, html, seed="10713")
    items = [
        item("芦娜", "完成西洞片区管网改造工程量复核", "2026-05-22", ("md", 5, 22)),
        item("达文忠", "编制农村供水工程水费收缴办法（征求意见稿）", "2026-05-31", ("mend", 5)),
        item("魏东升", "更新取水许可台账，逐一核对到期证照", "2026-05-29", ("md", 5, 29)),
        item(None, "配合做好项目资金申报材料", None, None, flags=["no_owner", "vague_due"], dept="供排水公司"),
    ]
    return dict(num=10713, slug="coremail-forwarded-gov-table-with-preface", kind="minutes", eml=eml, items=items,
                followup=fu("2026-05-27", "15:00", ("md", 5, 27)),
                notes="Forwarded minutes (Coremail '转发：', '-----原始邮件-----' header block) with a preface, sent Wed "
                      "2026-05-20; the original of 05-15 is the minutes and must be read below the forward header. Table "
                      "责任单位/责任人/完成时限: 5月22日 -> 05-22; 5月底前 -> 05-31; row 3 '5月25日前' is changed by the "
                      "preface ('窦局已同意时限放宽到5月29日') -> 05-29 (AMBIGUOUS: a reader of the table alone records "
                      "05-25); row 4 责任人 '—', 责任单位 肃州供排水公司 -> no_owner, department 供排水公司, '随时' -> "
                      "vague_due. Next meeting 5月27日（星期三）下午3点 -> 2026-05-27 15:00 (still ahead of the send "
                      "date).")


def c10714():
    text = """经营例会纪要（5月23日）

1．侧移器5月产量缺口约40台，生产部要在月底前补齐，宫主任
负责，每天下班前在群里报当天产量。
2．夹抱器漏油投诉已结案，后续批次继续跟踪（訾主管，完成时限：
6月5日（周五）前（如供应商整改报告未到，顺延至报告到后3个工作日））。
3．销售部伊经理牵头，下周一之前把二季度应收账款逾期清单发财务，
冉晓配合。
4．技术部聂工：纸箱夹新品样机（NC2026-04-14）6月中旬
前完成装机测试。
5．上周安全检查发现的2处消防通道占用，已于5月22日清理完毕。

孔德顺

发自网易邮箱大师
"""
    to = [who("宫立新"), who("訾文静"), who("伊春来"), who("聂红梅")]
    cc = [who("冉晓"), BOT["Y"]]
    eml, _ = mail("netease", who("孔德顺"), to, cc, "经营例会纪要", "2026-05-25 07:48:10 +0800",
                  text, None, seed="10714")
    items = [
        item("宫立新", "补齐侧移器5月产量缺口（约40台）", "2026-05-31", ("mend",)),
        item("訾文静", "夹抱器漏油后续批次跟踪", "2026-06-05", ("md", 6, 5)),
        item("伊春来", "二季度应收账款逾期清单发财务", "2026-06-01", ("next", 0)),
        item("聂红梅", "纸箱夹新品样机完成装机测试", None, None, flags=["vague_due"]),
    ]
    return dict(num=10714, slug="netease-mailmaster-wrapped-nested-brackets", kind="minutes", eml=eml, items=items,
                followup=None,
                notes="NetEase Mail Master text-only (UTF-8 base64), written on a phone, sent Mon 2026-05-25 07:48 about "
                      "Saturday's meeting. Items wrap over two lines, owners sit at the end or in brackets. 1: owner "
                      "宫主任 = 宫立新 on the next line; 月底前 -> 05-31; the daily report is part of the item. 2: nested "
                      "brackets '（訾主管，完成时限：6月5日（周五）前（如…顺延至报告到后3个工作日））' -> 06-05; the "
                      "conditional extension gives no date. 3: 伊经理 牵头 = owner, 冉晓 配合; 下周一之前 -> 06-01. 4: "
                      "'6月中旬前' -> vague_due (中旬 convention). 5 is a report of work done. No next meeting.")


def c10715():
    body = """Hi team,

Short notes from today's fixture redesign sync (Leo, Martin, Snow, Eric; Darius joined for the first 20 minutes).

Done since last week:
- Martin received the quartz spacer samples from all three suppliers.
- Snow finished the flatness measurements on the old fixture; the report is on the share (Q:\\Quality\\Fixtures\\2026-05).

Actions:
- Leo to update the fixture drawing (rev C) with the new spacer pockets by Friday.
- Martin to place the trial PO for 200 quartz spacers once Darius approves rev C.
- Snow to define the incoming inspection plan for the spacers by June 3.
- Eric to check with Karnaphuli whether they can accept a two-week slip on the June lot, ASAP please.

Next sync: same time next Wednesday (16:00).

Thanks,
Leo

-- 
Leo Tan (谭志远)
Senior Process Engineer, Nemunas Photonics (Yingkou)
"""
    text = flowed(body)
    to = [("Martin Guan", who("关明浩")[1]), ("Snow Bao", who("鲍雪")[1]), ("Eric Na", who("那英杰")[1])]
    cc = [who("Darius Vaitkus"), BOT["N"]]
    eml, _ = mail("thunderbird", ("Leo Tan", who("谭志远")[1]), to, cc, "Notes: fixture redesign sync (27 May)",
                  "2026-05-27 17:52:31 +0800", text, None, seed="10715", flowed=True)
    items = [
        item("谭志远", "update the fixture drawing (rev C) with the new spacer pockets", "2026-05-29", ("wd", 4)),
        item("关明浩", "place the trial PO for 200 quartz spacers", None, None, flags=["no_due"]),
        item("鲍雪", "define the incoming inspection plan for the spacers", "2026-06-03", ("md", 6, 3)),
        item("那英杰", "check with Karnaphuli whether they can accept a two-week slip on the June lot", None, None,
             flags=["vague_due"]),
    ]
    return dict(num=10715, slug="thunderbird-flowed-x-to-convention", kind="minutes", eml=eml, items=items,
                followup=fu("2026-06-03", "16:00", ("next", 2)),
                notes="Thunderbird plain text, format=flowed (soft breaks end in a space; lines must be re-joined), "
                      "8bit UTF-8, sent Wed 2026-05-27. 'X to …' actions: Leo (the sender) by Friday -> 05-29; Martin "
                      "'once Darius approves rev C' is conditional with no date -> no_due (Darius is not an owner); "
                      "Snow by June 3 -> 06-03; Eric ASAP -> vague_due. 'Done since last week' lines are reports, not "
                      "items. 'same time next Wednesday (16:00)' -> 2026-06-03 16:00.")


def c10716():
    rows = [["序号", "事项", "负责人", "时间"],
            ["1", "提交样品测试报告", "向玲", "下周一"],
            ["2", "提交样品测试报告", "易晓红", "6月3日"],
            ["3", "外箱跌落试验复测", "卜海军", "月底"],
            ["4", "客户验货时间确认", "覃宇", "尽快"]]
    blocks = ["品质周会纪要", "", "时间：5月29日（周五）14:00  地点：品管部", "参加：易晓红、向玲、卜海军、覃宇", "",
              "一、本周质量情况", "5月累计出货抽检合格率98.6%，EPS内衬批次气泡问题已关闭。", "",
              "二、待办（两份测试报告分别对应研发送样和量产首件，不要合并）", ("table", rows), "",
              "下周五同一时间继续。", "", "易晓红 品管部"]
    text = H.plain(blocks)
    html = H.divs(blocks, cs="GBK")
    to = [who("向玲"), who("卜海军"), who("覃宇")]
    cc = [who("符振华"), BOT["C"]]
    eml, _ = mail("foxmail", who("易晓红"), to, cc, "品质周会纪要 0529", "2026-05-29 16:31:57 +0800",
                  text, html, seed="10716")
    items = [
        item("向玲", "提交样品测试报告", "2026-06-01", ("next", 0)),
        item("易晓红", "提交样品测试报告", "2026-06-03", ("md", 6, 3)),
        item("卜海军", "外箱跌落试验复测", "2026-05-31", ("mend",)),
        item("覃宇", "客户验货时间确认", None, None, flags=["vague_due"]),
    ]
    return dict(num=10716, slug="foxmail-gbk-same-task-two-owners", kind="minutes", eml=eml, items=items,
                followup=fu("2026-06-05", "14:00", ("next", 4)),
                notes="Foxmail GBK HTML table, sent Fri 2026-05-29. Rows 1 and 2 have the same task text '提交样品测试"
                      "报告' with different owners and dates: two items, not one (the heading says not to merge). 下周一 "
                      "-> 06-01; 6月3日 -> 06-03; 月底 -> 05-31 (a Sunday, kept); 尽快 -> vague_due. Section 一 is status. "
                      "'下周五同一时间' with the meeting at 14:00 -> 2026-06-05 14:00.")


def c10717():
    text = """技术部周会纪要（6月17日）

参会：聂红梅、郝建军、岳小川；生产部展鹏列席

1. 旋转器样机图纸：郝工负责完成会签，端午节前。
2. 侧移器ECN变更清单：小岳整理，3个工作日内发各部门。
3. 新品开发进度：我节后第一天向孔总汇报。
4. 样机装配：生产部配合，6月底前完成两台样机装配。

另：纸箱夹型式试验已于6月12日通过，报告编号YH-TR-2606-03。

下次周会：节后周二（6月23日）下午2点。

聂红梅
"""
    to = [who("郝建军"), who("岳小川"), who("展鹏")]
    cc = [who("孔德顺"), BOT["Y"]]
    eml, _ = mail("coremail", who("聂红梅"), to, cc, "技术部周会纪要0617", "2026-06-17 16:10:09 +0800",
                  text, None, seed="10717")
    items = [
        item("郝建军", "完成旋转器样机图纸会签", "2026-06-18", ("pre", "端午")),
        item("岳小川", "整理侧移器ECN变更清单并发各部门", "2026-06-23", ("wk", 3)),
        item("聂红梅", "向孔总汇报新品开发进度", "2026-06-22", ("post", "端午")),
        item(None, "完成两台样机装配", "2026-06-30", ("mend",), flags=["no_owner"], dept="生产部"),
    ]
    return dict(num=10717, slug="coremail-plain-dragon-boat", kind="minutes", eml=eml, items=items,
                followup=fu("2026-06-23", "14:00", ("md", 6, 23)),
                notes="Coremail text-only (UTF-8 base64), sent Wed 2026-06-17, two days before Dragon Boat (06-19..21, "
                      "no make-up day). 端午节前 -> last working day 06-18; 3个工作日内 -> 06-18, 06-22, 06-23 -> 06-23; "
                      "节后第一天 -> 06-22; '我' = sender 聂红梅; item 4 names only 生产部 (展鹏 attends but is not "
                      "named for it) -> no_owner, department 生产部, 6月底前 -> 06-30. The passed type test is a report. "
                      "Next meeting 节后周二（6月23日）下午2点 -> 2026-06-23 14:00.")


def c10718():
    blocks = ["窦局、各位：", "昨天部署会的腾讯会议智能纪要附后，我按会上分工把待办核了一遍，没有问题。", "",
              "腾讯会议 | 智能纪要",
              "会议主题：取水许可专项检查部署会",
              "会议时间：2026/06/17 15:00-16:05",
              "参会人：窦建华、魏东升、俞晓雯、达文忠、祁玉兰", "",
              "【会议要点】",
              "1. 本次专项检查覆盖全区87家取水户，重点核查计量设施安装和取水量台账。",
              "2. 窦建华强调，检查发现的问题要在7月底前全部整改到位，由各检查组跟踪。",
              "3. 检查分三组，按乡镇划片，每组不少于3人。", "",
              "【待办事项】",
              "1. 俞晓雯：24小时内将87家取水户名单按乡镇拆分发各检查组",
              "2. 达文忠：端午节后第一个工作日组织农村水利科检查组出发",
              "3. 魏东升：6月30日前形成检查问题清单初稿",
              "4. 办公室：做好检查车辆保障（时间待定）", "",
              "本纪要由腾讯会议AI生成，内容仅供参考。", "",
              "魏东升", "水资源管理科"]
    text = H.plain(blocks)
    html = H.divs(blocks, cs="UTF-8", wrapper="coremail")
    to = [who("窦建华"), who("俞晓雯"), who("达文忠"), who("祁玉兰")]
    cc = [BOT["G"]]
    eml, _ = mail("coremail", who("魏东升"), to, cc, "【腾讯会议智能纪要】取水许可专项检查部署会",
                  "2026-06-18 10:00:30 +0800", text, html, seed="10718", cte_text="quoted-printable")
    items = [
        item("俞晓雯", "将87家取水户名单按乡镇拆分发各检查组", "2026-06-19", ("hours", 24), time="10:00"),
        item("达文忠", "组织农村水利科检查组出发", "2026-06-22", ("post", "端午")),
        item("魏东升", "形成检查问题清单初稿", "2026-06-30", ("md", 6, 30)),
        item(None, "做好检查车辆保障", None, None, flags=["no_owner", "vague_due"], dept="办公室"),
    ]
    return dict(num=10718, slug="coremail-tencent-meeting-ai-hours", kind="minutes", eml=eml, items=items,
                followup=None,
                notes="Tencent Meeting 智能纪要 pasted into a Coremail mail (QP), sent Thu 2026-06-18 10:00:30, the day "
                      "after the meeting and the day before Dragon Boat. Only 【待办事项】 counts: 会议要点 2 ('7月底前全部"
                      "整改到位') is a requirement, not an item. 24小时内 counts from the Date header -> 2026-06-19 10:00 "
                      "(a holiday; the literal instant is kept; AMBIGUOUS: counting from the meeting would give 06-18 "
                      "16:05); 端午节后第一个工作日 -> 06-22; 6月30日前 -> 06-30; '办公室' is a department only -> "
                      "no_owner, department 办公室, 时间待定 -> vague_due.")


CASES = [c10713, c10714, c10715, c10716, c10717, c10718]
