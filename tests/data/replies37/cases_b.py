# -*- coding: utf-8 -*-
"""Cases 6766-6780: replies to WFC (English meeting with Siam Orchard, Wed 2026-05-13) and
WFD (益生菌饲料添加剂导入协调会 with 昱嘉生技 of Taiwan, Tue 2026-06-16, before Dragon Boat)."""
import datetime as dt

from rlib import TZ


def t(y, mo, d, h, mi, s, tz="+0800"):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=TZ[tz])


CASES = [
    # ------------------------------------------------------------------ WFC (English)
    dict(no=6766, slug="done-item2-outlook-thai-pdf", m="WFC", kind="reply", frm="somchai",
         sent=t(2026, 5, 15, 14, 20, 31, "+0700"), client="outlook_th", style="outlook_th",
         charset="utf-8", cte="base64", struct="mixed", crlf=True,
         attach=dict(filename="GACC_registration_packing_houses.pdf",
                     title="Siam Orchard - GACC registration of packing houses",
                     lines=["1. Chanthaburi packing house   GACC reg. no. DOA0722010518",
                            "2. Rayong packing house        GACC reg. no. DOA2102030467",
                            "3. Chumphon packing house      GACC reg. no. DOA8601045522",
                            "Valid until 31 Dec 2027. Issued by Department of Agriculture, Thailand."]),
         cc=["nattaya", "xujia"],
         body=["Dear Vivian,", "", "Item 2 done \u2013 the GACC registration numbers of our three packing houses "
               "(Chanthaburi, Rayong, Chumphon) are in the attached PDF.", "", "Best regards,"],
         sig=["Somchai Rattanakul", "Managing Director", "Siam Orchard Trading Co., Ltd.", "Tel: +66 2 118 4470"],
         gold=dict(intent="done", items=[2]),
         tests="English done from a Thai-locale Outlook (Thai quote labels, Buddhist-era year), +0700, PDF",
         notes="Fri 2026-05-15 14:20 +0700 (15:20 Shanghai). 'Item 2 done' -> done, items [2]. Outlook with a "
               "Thai UI: subject 'ตอบกลับ: Re: …', quote labels จาก/ส่ง/ถึง/สำเนาถึง/เรื่อง and the recap time "
               "in Bangkok time with the Buddhist-era year ('วันพุธที่ 13 พฤษภาคม 2569 16:06'). The PDF and "
               "'31 Dec 2027' inside it are not requests."),
    dict(no=6767, slug="extend-next-tuesday-iphone-en", m="WFC", kind="reply", frm="somchai",
         sent=t(2026, 5, 18, 9, 10, 7, "+0700"), client="ios_en", style="ios_en",
         charset="utf-8", cte="quoted-printable", struct="alt",
         cc=["nattaya"],
         body=["Vivian, could we move item 4 to next Tuesday? Our board signs off the new FOB prices on Friday."],
         sig=["Sent from my iPhone"],
         gold=dict(intent="extend", items=[4], rule=("next_week", 1), date="2026-05-26"),
         tests="'next Tuesday' sent on a Monday; manager of the owner asks; +0700",
         notes="Mon 2026-05-18 09:10 +0700 (10:10 Shanghai, same day). Somchai is the manager of the owner "
               "Nattaya (roster). 'could we move item 4 to next Tuesday' -> extend, items [4]; next Tuesday = "
               "Tuesday of the following calendar week = 2026-05-26 (not 05-19, this week's Tuesday and the current "
               "due date). 'on Friday' is the reason. iPhone, 'Sent from my iPhone', quote '> On May 13, 2026, at "
               "4:06 PM, 纪要助手 <…> wrote:' in Bangkok time."),
    dict(no=6768, slug="done-ambiguous-owner-of-two-gmail", m="WFC", kind="reply", frm="nattaya",
         sent=t(2026, 5, 20, 10, 42, 19, "+0700"), client="gmail_en", style="gmail_en",
         charset="utf-8", cte="quoted-printable", struct="alt",
         cc=["somchai"],
         body=["Hi Vivian,", "", "Done, I sent it to you this morning (also on WeChat).", "", "Thanks,", "Nattaya"],
         sig=[],
         gold=dict(intent="done", items=[]),
         tests="AMBIGUOUS: 'Done' with no number and no task words from the owner of items 4 and 5",
         notes="AMBIGUOUS. Nattaya owns items 4 (FOB price list) and 5 (phytosanitary certificate samples) and "
               "writes neither a number nor task words ('it') -> intent done as written, items [], no "
               "content-match (convention 3); a careful assistant would ask which item. Gmail web (English), "
               "attribution 'On Wed, May 13, 2026 at 4:06 PM 纪要助手 <…> wrote:'."),
    dict(no=6769, slug="progress-about-60-english-in-zh-outlook", m="WFC", kind="reply", frm="yangfan",
         sent=t(2026, 5, 22, 16, 5, 40), client="outlook_cn", style="outlook_cn",
         charset="utf-8", cte="base64", struct="alt", crlf=True,
         cc=["xujia", "somchai", "nattaya"],
         body=["Hi all,", "", "Update on item 6: the promotion plan is about 60% done \u2013 25 of the 42 stores have "
               "confirmed their shelf space, the rest should come in next week."],
         sig=["Vivian Yang 杨帆", "Category Manager, Wanfeng Fresh", "宛丰鲜生 品类经理"],
         gold=dict(intent="progress", items=[6], percent=60),
         tests="'about 60%' in English from a zh-CN Outlook; '25 of the 42' is a count",
         notes="Fri 2026-05-22. 'item 6: … about 60% done' -> progress, items [6], percent 60 (convention 6). "
               "'25 of the 42 stores' is a count (59.5 %, consistent) and not a percent or an item; 'next week' "
               "is an estimate, not an extension. English text in an Outlook with a zh-CN UI: subject "
               "'答复: Re: Meeting notes…' and quote labels 发件人/发送时间."),
    dict(no=6770, slug="extend-two-more-days-samsung", m="WFC", kind="reply", frm="nattaya",
         sent=t(2026, 5, 21, 18, 25, 2, "+0700"), client="samsung", style="samsung",
         charset="utf-8", cte="base64", struct="alt",
         cc=["somchai"],
         body=["Item 5 - we need two more days, the DOA inspector can only come to the packing house on Friday "
               "afternoon."],
         sig=["", "", "Sent from my Galaxy"],
         gold=dict(intent="extend", items=[5], rule=("plus_due", 2, 5), date="2026-05-24"),
         tests="'two more days' = current due + 2 calendar days; Samsung Email quote",
         notes="Thu 2026-05-21 18:25 +0700. 'Item 5 - we need two more days' -> extend, items [5]; convention 5: "
               "two calendar days after the item's current due date 2026-05-22 = 2026-05-24 (not two days "
               "after sending). 'on Friday afternoon' (05-22) is the reason. Samsung Email: 'Sent from my "
               "Galaxy' and '-------- Original message --------' with 'Date: 13/5/2026 16:06 (GMT+07:00)'."),
    dict(no=6771, slug="confirm-owa-english-utc", m="WFC", kind="reply", frm="xujia",
         sent=t(2026, 5, 13, 9, 31, 12, "+0000"), quote_tz=TZ["+0800"], client="owa_en", style="owa_en",
         charset="utf-8", cte="base64", struct="alt", crlf=True,
         cc=["yangfan", "somchai"],
         body=["Confirmed on our side. Thanks all for the productive session."],
         sig=["Jessica Xu", "Director, Retail Division | Wanfeng Agri-Husbandry Group"],
         gold=dict(intent="confirm", items=[]),
         tests="plain English confirm from Outlook on the web with a +0000 Date",
         notes="Outlook on the web, English UI; Date Wed 2026-05-13 09:31 +0000 = 17:31 Shanghai, before the "
               "cut-off. 'Confirmed on our side.' -> confirm, items []."),
    dict(no=6772, slug="question-item3-gmail-thai", m="WFC", kind="reply", frm="kittipong",
         sent=t(2026, 5, 18, 15, 12, 40, "+0700"), client="gmail_th", style="gmail_th",
         charset="utf-8", cte="quoted-printable", struct="alt",
         cc=["somchai", "hanlei"],
         body=["Hi Vivian / Mr. Han,", "", "Question on item 3: can the Nanyang DC receive 40ft reefer containers "
               "directly, or should we plan to transload in Guangzhou? Our forwarder needs to know before booking.",
               "", "ขอบคุณครับ", "Kittipong"],
         sig=["-- ", "Kittipong Saelim | Logistics", "Siam Orchard Trading Co., Ltd."],
         gold=dict(intent="unknown", items=[3]),
         tests="question naming item 3 from a Gmail with a Thai UI (Thai attribution line)",
         notes="Mon 2026-05-18 +0700. A question about 'item 3' that asks for no change -> unknown, items [3] "
               "(conventions 1 and 2). '40ft' is a container size. Gmail with a Thai UI: attribution 'เมื่อ พ. 13 "
               "พ.ค. 2026 เวลา 16:06 纪要助手 <…> เขียนว่า:'; Thai thanks 'ขอบคุณครับ'."),
    dict(no=6773, slug="auto-ooo-gmail-vacation", m="WFC", kind="auto", frm="kittipong",
         sent=t(2026, 5, 13, 16, 6, 51, "+0700"), client="gmail_en", builder="ooo",
         tests="Gmail vacation responder (Auto-Submitted: auto-replied) with dates in the body",
         notes="Gmail vacation responder answering the WFC recap one minute after it arrived: 'Auto-Submitted: "
               "auto-replied', sent to the bot's envelope address minutes@, In-Reply-To the recap, own subject "
               "'Out of Office: back on 18 May'. No person wrote it -> kind auto; '13 to 17 May 2026', '18 May' "
               "and the colleague's name must not be read as a command or an item."),
    # ------------------------------------------------------------------ WFD (Taiwan supplier)
    dict(no=6774, slug="extend-this-friday-holiday-outlook-big5", m="WFD", kind="reply", frm="linyating",
         sent=t(2026, 6, 16, 15, 20, 36), client="outlook_tw", style="outlook_tw",
         charset="big5", cte="base64", struct="alt", crlf=True, errors="replace",
         hdr_charset="big5", hdr_errors="replace",
         cc=["sunlina", "chenzhiming"],
         body=["孫經理您好：", "", "第1項檢測報告因第三方實驗室尚未出具，申請延到本週五，報告出來後第一時間寄給您。", "",
               "謝謝！"],
         sig=["林雅婷 Ellen Lin", "昱嘉生技股份有限公司 業務部", "TEL: +886-4-2359-1136 #215"],
         gold=dict(intent="extend", items=[1], rule=("this_week", 4), date="2026-06-19"),
         tests="Traditional (Taiwan) 本週五 that falls on the Dragon Boat holiday; Big5 with '?' for simplified",
         notes="Tue 2026-06-16. '第1項…申請延到本週五' -> extend, items [1]; 本週五 = Friday of this week = "
               "2026-06-19, the first day of the Dragon Boat holiday (convention 5 keeps this week's Friday even "
               "on a holiday). Outlook zh-TW with outgoing encoding fixed to Big5 and 'send in the current "
               "encoding': simplified characters of the quoted recap, of the bot's display name and of the subject "
               "could not be encoded and became '?' (e.g. '?要助手'); the new text is pure Big5 and reads normally. "
               "Quote labels 寄件者/寄件日期/收件者/副本/主旨."),
    dict(no=6775, slug="done-by-task-sample-shipped-iphone-tw", m="WFD", kind="reply", frm="linyating",
         sent=t(2026, 6, 17, 16, 40, 11), client="ios_tw", style="ios_tw",
         charset="utf-8", cte="quoted-printable", struct="alt",
         cc=["sunlina", "zhangxiaodong"],
         body=["孫經理：", "試用樣品20公斤已於6月17日以順豐寄出，單號SF1408826633501，預計端午節後送達南陽，請查收。"],
         sig=["從我的iPhone傳送"],
         gold=dict(intent="done", items=[], content_match=[4]),
         tests="task named in Traditional Chinese without number (clear match); ship date and ETA not requests",
         notes="Wed 2026-06-17. No item number. The sender owns items 1 (检测报告) and 4 (寄送试用样品20公斤); "
               "the Traditional words '試用樣品20公斤…寄出' match item 4 only -> done, items [], content-match [4] "
               "(convention 3). '已於6月17日…寄出' is the shipping date and '預計端午節後送達' an ETA: neither is an "
               "extension (convention 7); the waybill number is not an item. iPhone zh-TW quote '> 2026年6月16日 "
               "上午11:35，纪要助手 <…> 寫道：', footer '從我的iPhone傳送'."),
    dict(no=6776, slug="progress-80-outlook-android", m="WFD", kind="reply", frm="zhangxiaodong",
         sent=t(2026, 6, 18, 9, 12, 55), client="outlook_mobile", style="outlook_mobile",
         charset="utf-8", cte="base64", struct="alt",
         cc=["sunlina", "wangjianjun"],
         body=["第2项方案进度80%，分组和采样时间点已定，等样品到了再最后确认添加剂量。"],
         sig=["获取 Outlook for Android"],
         gold=dict(intent="progress", items=[2], percent=80),
         tests="plain '进度80%' from Outlook for Android",
         notes="Thu 2026-06-18. '第2项方案进度80%' -> progress, items [2], percent 80. Outlook for Android footer "
               "'获取 Outlook for Android' above the '________________________________' quote header."),
    dict(no=6777, slug="extend-absolute-date-outlook-mac", m="WFD", kind="reply", frm="huangli",
         sent=t(2026, 6, 17, 10, 48, 30), client="outlook_mac_cn", style="outlook_mac_cn",
         charset="utf-8", cte="quoted-printable", struct="alt",
         cc=["sunlina", "chenzhiming"],
         body=["孙经理：", "", "第5项供应商准入审核需要去台中工厂做现场审核，台方安排在7月上旬，申请延期至7月10日。"],
         sig=["黄丽", "质量管理部 经理", "宛丰牧业集团"],
         gold=dict(intent="extend", items=[5], rule=("abs", "2026-07-10"), date="2026-07-10"),
         tests="absolute extension date 7月10日; '7月上旬' reason; Outlook for Mac zh-CN",
         notes="Wed 2026-06-17. '第5项…申请延期至7月10日' -> extend, items [5], 2026-07-10 (absolute). '7月上旬' "
               "is the reason. Outlook for Mac (zh-CN) quote labels 发件人/日期/收件人/抄送/主题, UTF-8 QP."),
    dict(no=6778, slug="confirm-bottom-post-thunderbird", m="WFD", kind="reply", frm="wangjianjun",
         sent=t(2026, 6, 16, 13, 2, 19), client="thunderbird", style="thunderbird",
         charset="utf-8", cte="8bit", struct="text", flowed=True, layout="bottom",
         cc=["zhangxiaodong", "sunlina"],
         body=["确认，无异议。兽医技术部全程配合对比试验。"],
         sig=["-- ", "王建军", "宛丰牧业集团 兽医技术部"],
         gold=dict(intent="confirm", items=[]),
         tests="bottom-posted confirm (text after the quote)",
         notes="Tue 2026-06-16 13:02. Bottom-posted below Thunderbird's quote: '确认，无异议。' -> confirm, "
               "items []. '全程配合对比试验' is a remark, not a command."),
    dict(no=6779, slug="object-proposes-july-gmail-tw", m="WFD", kind="reply", frm="chenzhiming",
         sent=t(2026, 6, 16, 14, 5, 47), client="gmail_tw", style="gmail_tw",
         charset="utf-8", cte="base64", struct="alt",
         cc=["sunlina", "linyating", "huangli"],
         body=["孫經理您好：", "", "有異議：第5項供應商准入審核需要到台中廠現場稽核，6月30日前敝司產線排程無法配合，建議改為7月中旬。",
               "", "陳志明"],
         sig=["-- ", "昱嘉生技股份有限公司 業務經理", "Jimmy Chen"],
         gold=dict(intent="object", items=[5]),
         tests="Traditional 有異議 on an item owned by someone else, proposing another period",
         notes="Tue 2026-06-16 14:05, before the cut-off. '有異議：第5項…建議改為7月中旬' -> object, items [5]; "
               "the proposed period belongs to the objection (convention 4), new_due_date null; '6月30日前' "
               "restates the current due date. Gmail zh-TW attribution '纪要助手 <…> 於 2026年6月16日 週二 "
               "上午11:35寫道：'."),
    dict(no=6780, slug="done-inline-under-row-apple-mail", m="WFD", kind="reply", frm="guopeng",
         sent=t(2026, 6, 18, 17, 50, 21), client="mac_cn", style="mac_cn",
         charset="utf-8", cte="quoted-printable", struct="alt", layout="inline",
         inline=dict(after_row=3, answer=["已完成。首批到货2吨（80袋），报关资料已发给青岛的报关行，预计7月6日到港。"]),
         cc=["sunlina"],
         body=["孙经理，我的那项直接写在下面了。", "", "郭鹏", "采购部"],
         sig=[],
         gold=dict(intent="done", items=[3]),
         tests="answer typed under the quoted recap row 3 (inline reply)",
         notes="Thu 2026-06-18. The top line names no item; the answer '已完成。…' is typed under the quoted row "
               "'> | 3 | 确认7月首批到货数量及报关资料 | 郭鹏 | 2026-06-23 |' -> done, items [3] (convention 2: an "
               "inline answer takes that row's number). '2吨（80袋）' are quantities and '预计7月6日到港' an ETA. "
               "Apple Mail (macOS): the HTML splits the blockquote around the answer."),
]
