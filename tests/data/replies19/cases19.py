"""Cases of replies19 (imported by make_replies19.py). Every reply date is the sender's local time with its offset;
gold new_due_date is resolved in Asia/Shanghai and re-computed by make_replies19.py --check from `rule`."""
import datetime as dt


def T(y, mo, d, h, mi, off=8, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))


def inline_m6_he(mk):
    from make_replies19 import recap_text, attribution
    attr, _ = attribution("tb_en", mk, 8)
    lines = recap_text(mk).rstrip("\n").split("\n")
    out = [attr.strip("\n"), ""]
    for l in lines:
        out.append(("> " + l) if l else ">")
        if l.startswith("| 2 |"):
            out += ["", "有异议：根本原因要等涂层供应商（东莞华彩）的盐雾和附着力分析，21号最多只能出D1-D4，",
                    "完整8D建议由我和冯小燕一起负责，时间另定。", ""]
    out += ["", "--", "何丽萍 Lily He", "品质部经理 | 佛山市美焰电器有限公司", "Tel 0757-2838 6630 / 139 2251 0476"]
    return "\n".join(out) + "\n"


def inline_m1_chen(mk):
    from make_replies19 import recap_text, attribution
    attr, _ = attribution("applemail_en", mk, 8)
    lines = recap_text(mk).rstrip("\n").split("\n")
    out = ["See inline, thanks", "", "Cindy", "", attr.strip("\n")]
    for l in lines:
        out.append(("> " + l) if l else ">")
        if l.startswith("| 1 |"):
            out += ["", "Done, sent to Oliver this morning (incl. UK plug version).", ""]
    return "\n".join(out) + "\n"


def inline_m7_alejandro(mk):
    from make_replies19 import recap_text, attribution
    attr, _ = attribution("tb_en", mk, -6)
    lines = recap_text(mk).rstrip("\n").split("\n")
    out = ["Hi all,", "", "comments below.", "", attr.strip("\n")]
    for l in lines:
        out.append(("> " + l) if l else ">")
        if l.startswith("| 2 |"):
            out += ["", "We need more time on this one, our S&OP meeting moved. Can we say Nov 7?", ""]
    out += ["", "Saludos,", "Alejandro Ruiz", "Category Manager – Small Appliances", "Hogar Plus S.A. de C.V.",
            "+52 55 4170 2288"]
    return "\n".join(out) + "\n"


CASES = [
    # ------------------------------------------------------------------ M1 外销部周会 (recap Fri 2025-09-26 16:05)
    dict(n=3801, slug="qq-confirm-item1-restates-due", client="qq", meeting="M1", **{"from": "chen"},
         date=T(2025, 9, 26, 16, 31), kind="reply",
         body="收到，第1项没问题，周二前发给Oliver。\n\nCindy",
         gold=("confirm", [1], None, None),
         notes="QQ/Exmail web reply over the '------------------ 原始邮件 ------------------' quote. '周二前' restates the "
               "recap's due (2025-09-30 is Tuesday): not an extension request."),
    dict(n=3802, slug="foxmail-done-named-task-nom-list", client="foxmail", meeting="M1", **{"from": "huang"},
         date=T(2025, 9, 29, 10, 12), kind="reply",
         body="Hogar Plus的NOM资料清单搞定了，已经发给Alejandro，抄送刘总。\n\n黄晓敏 Sharon Huang\n外销部 | 佛山市美焰电器有限公司\n"
              "Tel: +86 757 2838 6612  Mob: 136 3210 8845",
         gold=("done", [], None, None),
         notes="No item number: the sender owns #2 (彩盒打样) and #3 (NOM认证资料清单); 'NOM资料清单' names #3 "
               "unambiguously. items [] because no number is written; the intended item is #3. Sent on "
               "2025-09-29 (Monday, working day)."),
    dict(n=3803, slug="outlook-zh-extend-item4-absolute", client="outlook_zh", meeting="M1", **{"from": "liu"},
         date=T(2025, 9, 29, 9, 5), kind="reply",
         body="第4项：Rami那边节前还没回复数量，申请延期至10月10日。\n\n刘志强\n外销部总监",
         gold=("extend", [4], None, "2025-10-10"), rule=("abs", "2025-10-10"),
         notes="Outlook zh-CN gb2312 reply ('发件人:/发送时间:' block without separator line). 10月10日 is the Friday "
               "after National Day (2025-10-01..08 off), a working day."),
    dict(n=3804, slug="gmail-en-push-item5-to-24th-pdt", client="gmail_en", meeting="M1", **{"from": "megan"},
         date=T(2025, 9, 26, 9, 20, -7), kind="reply",
         body="Hi team,\n\ncan we push #5 to the 24th? Brand Registry is still reviewing the new A+ modules and I "
              "don't want to upload twice.\n\nThanks,\nMegan\n\n--\nMegan Walsh | Account Director\nCascade Commerce | "
              "Seattle, WA\n+1 206 555 0143",
         gold=("extend", [5], None, "2025-10-24"), rule=("abs", "2025-10-24"),
         notes="Date header Fri 09:20 -0700 = Sat 2025-09-27 00:20 Shanghai. 'the 24th' = the next 24th after the "
               "current due (2025-10-15): 2025-10-24."),
    dict(n=3805, slug="outlook-mac-thanks-question-non-owner", client="outlook_mac_en", meeting="M1",
         **{"from": "oliver"}, date=T(2025, 9, 26, 10, 40, 1), kind="reply",
         body="Thanks Cindy and team – looking forward to the AF-5L quote.\n\nCould you also quote the UK 3-pin plug "
              "variant (BS 1363) in the same sheet?\n\nKind regards,\nOliver\n\nOliver Grant\nSenior Buyer, Kitchen "
              "Electricals\nHarlow Home Retail Ltd\n\nThis e-mail and any attachments are confidential and intended "
              "solely for the addressee. If you have received it in error, please notify the sender and delete it. "
              "Harlow Home Retail Ltd, registered in England No. 04417721.",
         gold=("unknown", [], None, None),
         notes="NO-CHANGE case. A thank-you plus a question from a customer who owns no item (Cc). No command: intent "
               "unknown (SPEC §5), nothing must change; 'same sheet' is a request to the owner of #1, not a "
               "confirmation. Disclaimer with a registration number."),
    dict(n=3806, slug="iphone-progress-60-named-task", client="ios_zh", meeting="M1", **{"from": "huang"},
         date=T(2025, 9, 30, 8, 47), kind="reply",
         body="彩盒打样进度60%左右，印厂说节后第一天能出货😂\n\n发自我的iPhone",
         gold=("progress", [], 60, None),
         notes="iPhone Mail zh quote '> 在 2025年9月26日，16:05，纪要助手 <…> 写道：'. No number; the sender owns #2 "
               "and #3, '彩盒打样' names #2. '节后第一天能出货' is the printer's estimate, not an extension request "
               "(the due 10-10 is after it anyway)."),
    dict(n=3807, slug="gmail-pl-question-incoterms", client="gmail_pl", meeting="M1", **{"from": "piotr"},
         date=T(2025, 9, 26, 11, 2, 1), kind="reply",
         body="Hi all,\n\nquick one on item 1 – will the quote be FOB Shenzhen or DDP Felixstowe? Our freight "
              "team needs to know before Tuesday.\n\nThanks\nPiotr Nowak\nImport Logistics, Harlow Home Retail",
         gold=("unknown", [], None, None),
         notes="NO-CHANGE case. Gmail Polish UI: attribution 'pt., 26 wrz 2025 o 09:05 纪要助手 <…>\\nnapisał(a):' "
               "wrapped over two lines. A question about item 1 from someone who owns nothing: no command; "
               "'item 1' and 'before Tuesday' must not turn into a confirm or an extension. items [] (gold records "
               "items only with a command)."),
    dict(n=3808, slug="outlook-ios-ok-thumbs-item4", client="outlook_ios_zh", meeting="M1", **{"from": "liu"},
         date=T(2025, 9, 26, 17, 2), kind="reply", reply_all=False,
         body="第4项OK👍\n\n获取 Outlook for iOS<https://aka.ms/o0ukef>",
         gold=("confirm", [4], None, None),
         notes="Outlook for iOS zh: short 'OK👍' confirm, mobile footer '获取 Outlook for iOS', quote header with the "
               "English-format date 'Friday, September 26, 2025 4:05:00 PM' after a '____' line. Reply to the bot "
               "only (no Cc)."),
    # ------------------------------------------------------------------ M2 模具 T1 试模 (recap Thu 2025-09-25 17:40)
    dict(n=3809, slug="163web-confirm-items-1-and-4", client="netease", meeting="M2", **{"from": "guo"},
         date=T(2025, 9, 25, 18, 20), kind="reply",
         body="第1项收到，卡扣拔模角度改到1.5°，9号前搞定。第4项T2试模16号也没问题。\n\n郭建华\n东莞市精艺模具有限公司\n"
              "手机：138 2920 7781",
         gold=("confirm", [1, 4], None, None),
         notes="163 web (GBK) reply, attribution '在 2025-09-25 17:40:00，\"纪要助手\" <…> 写道：' after blank "
               "lines, recap quoted with '> ' in text/plain and in a blockquote (id isReplyContent) in HTML. Two items confirmed in one sentence; '9号前'/'16号' restate the "
               "recap dates."),
    dict(n=3810, slug="mailmaster-126-done-on-makeup-sunday", client="mailmaster", meeting="M2", **{"from": "deng"},
         date=T(2025, 9, 28, 16, 40), kind="reply",
         body="T1尺寸报告做好了，见附件，有3个尺寸超差已标红。\n\n发自网易邮箱大师",
         gold=("done", [], None, None),
         notes="网易邮箱大师 from a 126 address, sent on Sunday 2025-09-28 (National Day make-up working day). No "
               "number; the sender owns only #2 in this meeting and names it ('T1尺寸报告'). Quote '---- 回复的原邮件 "
               "----' with | 发件人 | rows."),
    dict(n=3811, slug="outlook-zh-object-item3-material", client="outlook_zh", meeting="M2", **{"from": "liang"},
         date=T(2025, 9, 25, 19, 2), kind="reply",
         body="各位好，\n\n第3项有异议：PA66+GF30要等材料商的UL黄卡，9月30号之前确认不了。建议改成由采购冯小燕先确认供货和"
              "黄卡，再由我确认材料，时间放到10月10日。\n\n梁嘉豪 Jason\n研发部 结构工程师",
         gold=("object", [3], None, None),
         notes="Objection with a reason that contains dates (9月30号, 10月10日) and a proposed reassignment. It is an "
               "objection (有异议), not an extension: new_due_date null."),
    dict(n=3812, slug="foxmail-progress-80-bom", client="foxmail", meeting="M2", **{"from": "feng"},
         date=T(2025, 10, 9, 11, 15), kind="reply",
         body="BOM更新进度80%，还差把手新料号，等梁工确认。\n\n冯小燕\n采购部",
         gold=("progress", [], 80, None),
         notes="Foxmail GBK. Sender owns only #5 in this meeting and names it (BOM). Sent 2025-10-09, the first "
               "working day after the holiday."),
    dict(n=3813, slug="dingtalk-question-from-manager", client="dingtalk", meeting="M2", **{"from": "wu"},
         date=T(2025, 9, 26, 8, 50), kind="reply",
         body="T2试模我们要不要派人去东莞现场跟？郭生看下安排，提前一天告诉我。\n\n吴国栋",
         gold=("unknown", [], None, None),
         notes="NO-CHANGE case. 钉钉邮箱 (Alimail) reply with a '------…' line and '发件人：/发送时间：/主　题：' "
               "(full-width space) header. A question from the R&D head (Cc, owns nothing): no command."),
    dict(n=3814, slug="163web-extend-item4-next-thursday", client="netease", meeting="M2", **{"from": "guo"},
         date=T(2025, 10, 14, 9, 30), kind="reply", subj_prefix="Re:",
         body="模仁要重新烧焊，T2试模16号排不上了，第④项申请延期到下周四。\n\n郭建华 13829207781",
         gold=("extend", [4], None, "2025-10-23"), rule=("nextweek", 3),
         notes="Sent Tuesday 2025-10-14; '下周四' = Thursday of the next calendar week = 2025-10-23. Circled ④. "
               "Subject 'Re:Re: …' (163 style without space)."),
    dict(n=3815, slug="gmail-zh-done-item3-mobile", client="gmail_zh", meeting="M2", **{"from": "liang"},
         date=T(2025, 10, 9, 14, 6), kind="reply",
         body="第3项已确认：把手改用PA66+GF30，料厂的UL黄卡今天拿到了，已转冯小燕。",
         gold=("done", [3], None, None),
         notes="Gmail zh quote 'X <a@b> 于2025年9月25日周四 17:40写道：'. '第3项已确认' on an item whose task is "
               "'确认…材料' means the task is finished: done, not a recap confirm (the recap's objection window closed "
               "on 09-25). A careful assistant records done."),
    # ------------------------------------------------------------------ M3 English certification kickoff
    dict(n=3816, slug="thunderbird-fr-item2-done", client="tb_fr", meeting="M3", **{"from": "camille"},
         date=T(2025, 10, 13, 10, 5, 2), kind="reply",
         body="Bonjour à tous,\n\nItem 2 done – vous trouverez en pièce jointe les exigences d'étiquetage IT/FR "
              "(marquage, avertissements, DEEE).\n\nCordialement,\n--\nCamille Laurent\nResponsable Qualité – CasaViva "
              "S.p.A.\nVia Torino 51, 20123 Milano",
         gold=("done", [2], None, None),
         notes="Thunderbird French UI, plain text format=flowed, attribution 'Le 09/10/2025 à 09:20, 纪要助手 a écrit :'."
               " Mixed English command in French prose."),
    dict(n=3817, slug="outlook-de-two-more-days-item4", client="outlook_de", meeting="M3", **{"from": "jonas"},
         date=T(2025, 10, 16, 15, 40), kind="reply",
         body="Hallo zusammen,\n\nneed two more days on item 4 – the amended 2-31 text only arrived yesterday.\n\n"
              "Viele Grüße\nJonas Weber\nEU Compliance Engineer | SCT Lab Shanghai",
         gold=("extend", [4], None, "2025-10-22"), rule=("due_plus_days", "2025-10-20", 2),
         notes="Outlook German UI ('Von:/Gesendet:/An:/Betreff:'). 'two more days' is counted from the item's current "
               "due 2025-10-20 (Monday): 2025-10-22 (Wednesday; same by calendar or working days)."),
    dict(n=3818, slug="gmail-mobile-confirmed-no-number", client="gmail_mobile", meeting="M3", **{"from": "shen"},
         date=T(2025, 10, 9, 16, 2), kind="reply",
         body="Confirmed. Test plan + quotation will be out by Tuesday.\n\nJoy",
         gold=("confirm", [], None, None),
         notes="Gmail app; bare 'Confirmed' with no number -> confirm, items []. Sender owns only #3 whose due "
               "(2025-10-14) is that Tuesday: no extension."),
    dict(n=3819, slug="outlook-zh-item1-done-tracking-no", client="outlook_zh", meeting="M3", **{"from": "su"},
         date=T(2025, 10, 10, 17, 45), kind="reply",
         body="#1 三台样机已寄出，顺丰单号 SF1402 8876 5521，预计明天到。\n\n苏文杰",
         gold=("done", [1], None, None),
         notes="Chinese reply to an English recap from Outlook zh-CN. '#1' + '已寄出' (shipped) = done; '明天到' is the "
               "delivery estimate, not a date request. The tracking number digits are not item numbers."),
    dict(n=3820, slug="outlook-en-progress-70-item5", client="outlook_en", meeting="M3", **{"from": "he"},
         date=T(2025, 10, 17, 9, 12), kind="reply",
         body="Hi all,\n\nItem 5: about 70% – DoC template drafted, waiting for legal to check the EU "
              "representative wording.\n\nBest regards\nLily He\nQA Manager",
         gold=("progress", [5], 70, None),
         notes="Outlook English UI quote 'From:/Sent:/To:/Subject:'. 'about 70%' -> 70."),
    dict(n=3821, slug="gmail-ja-item6-done-booked", client="gmail_ja", meeting="M3", **{"from": "sato"},
         date=T(2025, 10, 13, 13, 25), kind="reply",
         body="皆様\n\nItem 6: EMCプリスキャンは10月16日 9:00で予約済みです。完了です。\n\n佐藤 健\nSCT Lab Shanghai EMC課",
         gold=("done", [6], None, None),
         notes="Gmail Japanese UI attribution '2025年10月9日(木) 15:20 纪要助手 <…>:'. '予約済み…完了です' = done; "
               "'10月16日' is the booked slot, not a new due date."),
    dict(n=3822, slug="feishu-done-item3", client="feishu", meeting="M3", **{"from": "shen"},
         date=T(2025, 10, 14, 10, 30), kind="reply",
         body="测试方案和报价已发Lily，第3项完成。\n\n沈佳怡 Joy Shen\n项目工程师 | 申测检测技术（上海）有限公司",
         gold=("done", [3], None, None),
         notes="Lark/飞书 mail reply (quote header '---- 原始邮件 ----' / 发件人： / 发件时间：). 完成 = done."),
    # ------------------------------------------------------------------ M4 亚马逊旺季备货会 (recap Fri 2025-10-10 18:30)
    dict(n=3823, slug="gmail-nl-progress-50-named", client="gmail_nl", meeting="M4", **{"from": "sanne"},
         date=T(2025, 10, 13, 18, 10, -7), kind="reply",
         body="Hi all,\n\nquick update: the negative review analysis is about half way – 50%, ~400 reviews clustered "
              "so far. Draft Wednesday.\n\nGroetjes,\nSanne",
         gold=("progress", [], 50, None),
         notes="Gmail Dutch UI; attribution wrapped by Gmail as 'Op vr 10 okt 2025 om 03:30 schreef 纪要助手 <' / "
               "'minutes+r-…>:'. Sender owns only #2 (差评分析报告) and names it. 'Draft Wednesday' = the current due "
               "(10-15), no extension. Date -0700 = 2025-10-14 09:10 Shanghai."),
    dict(n=3824, slug="gmail-vi-item5-done", client="gmail_vi", meeting="M4", **{"from": "lan"},
         date=T(2025, 10, 13, 20, 30, 7), kind="reply",
         body="Dear team,\n\nItem 5 is done. QR codes now point to the new manual landing page, please check on "
              "your phone.\n\nBest regards,\nLan Nguyen\nCascade Commerce – Ho Chi Minh City",
         gold=("done", [5], None, None),
         notes="Gmail Vietnamese UI attribution 'Vào Th 6, 10 thg 10, 2025 vào lúc 17:30 纪要助手 <…>\\nđã viết:'."),
    dict(n=3825, slug="gmail-mobile-thumbs-up-confirm", client="gmail_mobile", meeting="M4", **{"from": "megan"},
         date=T(2025, 10, 10, 8, 55, -7), kind="reply",
         body="👍 sounds good",
         gold=("confirm", [], None, None),
         notes="A thumbs-up to the recap within the objection window = confirm (OK). Sender owns only #1; items []. "
               "Date -0700 = 2025-10-10 23:55 Shanghai (before the 10-11 cutoff)."),
    dict(n=3826, slug="wecom-confirm-item4-makeup-saturday", client="wecom", meeting="M4", **{"from": "feng"},
         date=T(2025, 10, 11, 10, 20), kind="reply",
         body="订舱的事我来跟，第4项没问题。",
         gold=("confirm", [4], None, None),
         notes="企业微信 (Exmail) reply on Saturday 2025-10-11, a make-up working day and the recap's objection "
               "deadline day; QQ-style '原始邮件' quote."),
    dict(n=3827, slug="outlook-zh-extend-item3-month-end", client="outlook_zh", meeting="M4", **{"from": "liu"},
         date=T(2025, 10, 13, 9, 40), kind="reply",
         body="黑五预算要等总部批，第3项申请延期到月底。",
         gold=("extend", [3], None, "2025-10-31"), rule=("monthend",),
         notes="'月底' from Monday 2025-10-13 = 2025-10-31 (Friday)."),
    dict(n=3828, slug="gmail-wrap-done-same-line-attr", client="gmail_en_wrap", meeting="M4", **{"from": "megan"},
         date=T(2025, 10, 16, 17, 5, -7), kind="reply", same_line=True,
         body="FBA plan submitted, shipment ID FBA18X2K9QW, #1 done ",
         gold=("done", [1], None, None),
         notes="The reply text runs into the Gmail attribution on the same line ('… #1 done On Fri, Oct 10, 2025 at "
               "3:30 AM 纪要助手 <…>' then 'wrote:' on the next line) as happens when mobile compose loses the line "
               "break. The command must be read from the text before 'On …'."),
    # ------------------------------------------------------------------ M5 香港采购办 (recap Mon 2025-10-13 11:00)
    dict(n=3829, slug="outlook-tw-item1-done-traditional", client="outlook_tw", meeting="M5", **{"from": "winky"},
         date=T(2025, 10, 14, 16, 20), kind="reply",
         body="各位好，\n\n第1項已完成，差異共三筆，明細見附件。\n\nWinky Chan 陳穎琪\n採購部（香港辦事處）\nT: +852 2388 1123",
         gold=("done", [1], None, None),
         notes="Outlook zh-TW (charset falls back from big5 to UTF-8 because the quoted simplified recap cannot be carried in big5, as Outlook's auto-select encoding does); subject '回覆: '; Traditional '第1項已完成', quote header '寄件者:/寄件日期:/收件者:/主旨:'."),
    dict(n=3830, slug="iphone-tw-progress-half-named", client="ios_tw", meeting="M5", **{"from": "winky"},
         date=T(2025, 10, 15, 12, 48), kind="reply",
         body="庫存報表做咗大概一半，週五前應該搞得掂。\n\n從我的 iPhone 傳送",
         gold=("progress", [], 50, None),
         notes="iPhone zh-TW, Cantonese colloquial. '大概一半' -> percent 50 (a careful assistant records 50%; "
               "ambiguous wording). No number; sender owns #1 and #2, '庫存報表' names #2. '週五前' = the current due "
               "(10-17): no extension."),
    dict(n=3831, slug="outlook-tw-extend-next-monday", client="outlook_tw", meeting="M5", **{"from": "winky"},
         date=T(2025, 10, 16, 18, 5), kind="reply",
         body="第2項要延到下週一，倉庫盤點改咗期。\n\nWinky",
         gold=("extend", [2], None, "2025-10-20"), rule=("nextweek", 0),
         notes="Sent Thursday 2025-10-16; '下週一' (Traditional) = 2025-10-20."),
    dict(n=3832, slug="dingtalk-progress-70-motor-quote", client="dingtalk", meeting="M5", **{"from": "feng"},
         date=T(2025, 10, 16, 14, 0), kind="reply",
         body="电机替代报价：已经问了三家，进度差不多70%，德昌那家还没回。",
         gold=("progress", [], 70, None),
         notes="钉钉邮箱. Sender owns only #3 in this meeting and names it. '三家' is not an item number."),
    dict(n=3833, slug="outlook-zh-lc-done-date-not-extension", client="outlook_zh", meeting="M5", **{"from": "liu"},
         date=T(2025, 10, 15, 10, 25), kind="reply",
         body="信用证的事已经跟中行确认好了，到期日改到11月30日，单据照常交。",
         gold=("done", [], None, None),
         notes="Sender owns only #4 (确认信用证到期安排) and names it: done. '到期日改到11月30日' is the L/C expiry "
               "(the content of the task), not a request to extend the item: new_due_date null. Genuinely "
               "tempting to read as extend; a careful assistant records done."),
    # ------------------------------------------------------------------ M6 品质周会 (recap Tue 2025-10-14 17:10)
    dict(n=3834, slug="coremail-done-named-drop-test", client="coremail", meeting="M6", **{"from": "su"},
         date=T(2025, 10, 16, 15, 30), kind="reply",
         body="跌落测试搞定了，5台全部通过，报告放共享盘 \\\\fs01\\QA\\2025\\AF-5L 了。\n\n苏文杰\n品质部 | 分机 6631",
         gold=("done", [], None, None),
         notes="Coremail '-----原始邮件-----' quote. No number: the sender owns #1 (跌落测试) and #3 (验货标准); "
               "'跌落测试' names #1 unambiguously."),
    dict(n=3835, slug="thunderbird-inline-object-under-row2", client="tb_en", meeting="M6", **{"from": "he"},
         date=T(2025, 10, 14, 18, 5), kind="reply", inline=inline_m6_he,
         body="(inline)",
         gold=("object", [2], None, None),
         notes="Thunderbird inline answer written under the quoted recap row '| 2 | 提交UK退货涂层脱落8D报告 | 何丽萍 | "
               "2025-10-21 |'; the reply has no item number of its own: the item is given by the row it sits under "
               "(recorded as [2]). Reason mentions '21号' and D1-D4."),
    dict(n=3836, slug="gmail-ko-item4-done", client="gmail_ko", meeting="M6", **{"from": "kim"},
         date=T(2025, 10, 15, 13, 10, 4), kind="reply",
         body="Hello,\n\nItem 4 – plug spec sheet attached (BS 1363 / Type G for UAE). Done.\n\nBest regards,\n"
              "Minji Kim 김민지\nSourcing QA, Desert Mart LLC, Dubai",
         gold=("done", [4], None, None),
         notes="Gmail Korean UI attribution '2025년 10월 14일 (화) 오후 1:10, 纪要助手 <…>님이 작성:' (+0400 local)."),
    dict(n=3837, slug="mailmaster-confirm-item5", client="mailmaster", meeting="M6", **{"from": "feng"},
         date=T(2025, 10, 14, 17, 40), kind="reply",
         body="来料检验改善第5项确认，下周我拉三家供应商开会。\n\n发自网易邮箱大师",
         gold=("confirm", [5], None, None),
         notes="Mail Master from an internal address. '下周…开会' is her plan, not an extension."),
    dict(n=3838, slug="exchange-ooo-autoreply", client="exchange_auto", meeting="M6", **{"from": "rami"},
         date=T(2025, 10, 14, 13, 11, 4), kind="auto", reply_all=False, autoreply=True, subj_prefix="Automatic reply: ",
         extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                        ("X-MS-Exchange-Inbox-Rules-Loop", "rami.haddad@desertmart.example.ae")],
         body="Thank you for your email. I am out of the office from 12 to 19 October with limited access to email. "
              "For urgent matters please contact Minji Kim (minji.kim@desertmart.example.ae).\n\nRami Haddad\n",
         gold=None,
         notes="NO-CHANGE case. Exchange Online out-of-office ('Automatic reply:' subject, Auto-Submitted: "
               "auto-replied, X-MS-Exchange-Inbox-Rules-Loop). kind auto, reply null; dates in the body are not "
               "commands."),
    dict(n=3839, slug="iphone-done-ambiguous-two-open", client="ios_zh", meeting="M6", **{"from": "su"},
         date=T(2025, 10, 15, 19, 22), kind="reply",
         body="已完成，报告晚点发群里\n\n发自我的iPhone",
         gold=("done", [], None, None),
         notes="NO-CHANGE case (ambiguous). The sender has two open items in this meeting (#1 跌落测试, #3 验货标准) "
               "and names neither: the bot must ask which item rather than closing one. Intent done, items []."),
    dict(n=3840, slug="thunderbird-bottom-post-extend-item3", client="tb_en", meeting="M6", **{"from": "su"},
         date=T(2025, 10, 16, 9, 2), kind="reply", bottom=True,
         body="验货标准这项（第3项）我这边需要延期到10月24日，Desert Mart新版AQL表还没给过来。\n\n-- \n苏文杰",
         gold=("extend", [3], None, "2025-10-24"), rule=("abs", "2025-10-24"),
         notes="Bottom-posted under the whole '> ' quote (Thunderbird en, 'On 2025/10/14 17:10, 纪要助手 wrote:'). "
               "The command sits after the quote, followed by a '-- ' signature."),
    dict(n=3841, slug="coremail-progress-40-8d", client="coremail", meeting="M6", **{"from": "he"},
         date=T(2025, 10, 17, 11, 45), kind="reply",
         body="8D报告目前进度40%，D4根因分析还在做，涂层供应商周一给数据。",
         gold=("progress", [], 40, None),
         notes="Sender owns only #2 in this meeting and names it. '周一给数据' is a supplier's date, not an extension."),
    # ------------------------------------------------------------------ M7 Hogar Plus QBR (recap Wed 2025-10-15 10:00)
    dict(n=3842, slug="outlook-es-extend-item2-oct31", client="outlook_es", meeting="M7", **{"from": "alejandro"},
         date=T(2025, 10, 15, 9, 30, -6), kind="reply",
         body="Hola a todos,\n\n¿podemos mover el punto 2 al 31 de octubre? El comité de compras se reúne el 30.\n\n"
              "Saludos,\nAlejandro Ruiz\nCategory Manager – Pequeños Electrodomésticos\nHogar Plus S.A. de C.V.\n\n"
              "AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son confidenciales y para uso exclusivo del "
              "destinatario.",
         gold=("extend", [2], None, "2025-10-31"), rule=("abs", "2025-10-31"),
         notes="Outlook on the web es-MX ('De:/Enviado:/Para:/Asunto:'); Spanish 'punto 2' = item 2; '31 de octubre' "
               "-> 2025-10-31. 'el 30' is the committee date. Date -0600 = 2025-10-15 23:30 Shanghai."),
    dict(n=3843, slug="gmail-es-mobile-item3-listo", client="gmail_es", meeting="M7", **{"from": "alejandro"},
         date=T(2025, 10, 20, 16, 45, -6), kind="reply",
         body="Item 3 listo ✅ el arte está en el link de WeTransfer que mandé a Sharon.",
         gold=("done", [3], None, None),
         notes="Gmail app Spanish attribution 'El mié, 15 oct 2025 a las 10:00, 纪要助手 (<…>) escribió:'. 'listo' = done."),
    dict(n=3844, slug="outlook-zh-confirm-named-quote", client="outlook_zh", meeting="M7", **{"from": "chen"},
         date=T(2025, 10, 15, 11, 10), kind="reply",
         body="3.5L那个报价我这边确认，周二前出给Alejandro。",
         gold=("confirm", [], None, None),
         notes="Chinese reply to the English recap; sender owns only #4 (Quote 3.5L air fryer) and names it in "
               "Chinese. '周二前' = 10-21 = the current due."),
    dict(n=3845, slug="applemail-inline-done-under-row1", client="applemail_en", meeting="M1", **{"from": "chen"},
         date=T(2025, 9, 30, 10, 15), kind="reply", inline=inline_m1_chen,
         body="(inline)",
         gold=("done", [1], None, None),
         notes="Apple Mail (macOS, en) inline answer 'Done, sent to Oliver…' placed under the quoted row '| 1 | …'; "
               "the top says only 'See inline'. Item recorded from the row it answers: [1]. 'incl. UK plug version' "
               "answers Oliver's question in 3805."),
    dict(n=3846, slug="thunderbird-inline-extend-nov7", client="tb_en", meeting="M7", **{"from": "alejandro"},
         date=T(2025, 10, 16, 8, 20, -6), kind="reply", inline=inline_m7_alejandro,
         body="(inline)",
         gold=("extend", [2], None, "2025-11-07"), rule=("abs", "2025-11-07"),
         notes="Inline question under row '| 2 | Confirm Q1 2026 forecast |': 'Can we say Nov 7?' = extension request "
               "for #2 -> 2025-11-07. (Sender also sent 3842 asking for Oct 31 — each message is scored on its own.)"),
    dict(n=3847, slug="ios-en-sharon-item1-done", client="ios_en", meeting="M7", **{"from": "huang"},
         date=T(2025, 10, 16, 21, 3), kind="reply",
         body="Item 1 done — NOM-003 certificate copy sent to Alejandro directly.\n\nSent from my iPhone",
         gold=("done", [1], None, None),
         notes="iPhone Mail English UI ('> On Oct 15, 2025, at 10:00, 纪要助手 <…> wrote:') from a Chinese employee."),
    dict(n=3848, slug="qq-thanks-with-dates-no-command", client="qq", meeting="M7", **{"from": "liu"},
         date=T(2025, 10, 15, 12, 30), kind="reply",
         body="辛苦大家。Alejandro那边10月底的预测出来后，Cindy再约一次电话会，下周四前定时间。\n\n刘志强",
         gold=("unknown", [], None, None),
         notes="NO-CHANGE case. Thanks plus an instruction from the sales director, who owns no item in M7 (Cc). "
               "'10月底', '下周四前' are his instructions, not an extension of any item; no command word."),
    dict(n=3849, slug="wecom-done-item1-number-and-task", client="wecom", meeting="M2", **{"from": "guo"},
         date=T(2025, 10, 9, 17, 55), kind="reply",
         body="卡扣拔模角度弄好了，第1项完成，改模照片见附件。",
         gold=("done", [1], None, None),
         notes="郭建华 replying from the factory's WeCom mail client to the same thread (QQ-style quote). Sent "
               "2025-10-09 (the recap's due day). He owns #1 and #4; the number and the task both point to #1."),
    dict(n=3850, slug="owa-zh-extend-workdays", client="owa_zh", meeting="M4", **{"from": "chen"},
         date=T(2025, 10, 14, 2, 15, 0), kind="reply",
         body="第3项刘总出差，预算确认需要再给3个工作日，麻烦延期。\n\n陈嘉欣",
         gold=("extend", [3], None, "2025-10-17"), rule=("workdays", 3),
         notes="Outlook on the web (Microsoft 365) with a +0000 Date: 02:15 UTC = 10:15 Shanghai on Tuesday "
               "2025-10-14. '再给3个工作日' counted from the send date: 10-15, 10-16, 10-17 -> 2025-10-17. Item #3 is "
               "刘志强's, the writer (Cc) asks on his behalf: still an extend request for #3. (Counting from the "
               "current due 10-14 gives the same 10-17.)"),
]
