"""new_text: only what the sender wrote now, for the quote styles of Chinese and international mail clients."""
import pytest

from parsers.replies.quotes import new_text, strip_text

RECAP = ("各位好：\n纪要助手已登记本次会议的待办事项：\n| 1 | 完成渠道海报设计 | 王芳 | 2024-10-16 |\n"
         "如有异议请于今日内回复。\n回复方式：写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。")
QUOTED_RECAP = "\n".join("> " + line for line in RECAP.splitlines())


@pytest.mark.parametrize("plain, expected", [
    # QQ / Foxmail / Exmail separator
    (f"收到，确认无异议。\n\n------------------ 原始邮件 ------------------\n发件人: \"纪要助手\"<m@x.cn>;\n"
     f"发送时间: 2024年10月11日(星期五) 晚上6:06\n{RECAP}", "收到，确认无异议。"),
    (f"OK\n------------------ Original ------------------\nFrom: \"bot\"<m@x.cn>;\nDate: Fri, Oct 11, 2024\n{RECAP}", "OK"),
    # a reply that starts with a number is no wrapped attribution, even with the attribution two lines below
    (f"2和3都好了\n\n在 2024-10-11 18:06:00，\"纪要助手\" <m@x.cn> 写道：\n{QUOTED_RECAP}", "2和3都好了"),
    (f"3 done\n\nOn Fri, Oct 11, 2024 at 6:06 PM bot <m@x.cn> wrote:\n{QUOTED_RECAP}", "3 done"),
    # Coremail / Sina
    (f"第1项申请延期到下周三。\n吴昊\n-----原始邮件-----\n发件人:\"纪要助手\" <m@x.cn>\n{RECAP}", "第1项申请延期到下周三。\n吴昊"),
    ("已完成\n----- 原始邮件 -----\n发件人：李娜\n" + RECAP, "已完成"),
    # NetEase Mail Master, with its mobile signature
    (f"第1、4项确认，没问题。\n发自网易邮箱大师\n---- 回复的原邮件 ----\n| 发件人 | 纪要助手<m@x.cn> |\n| 日期 | 2024年09月30日 |\n{RECAP}",
     "第1、4项确认，没问题。"),
    # Outlook zh desktop and OWA (rule line), Foxmail full-width colons
    (f"对第②项有异议。\n\n陈喆\n\n发件人: 李娜 <l@x.cn>\n发送时间: 2024年10月10日 16:02\n收件人: 王芳\n主题: 纪要\n\n{RECAP}",
     "对第②项有异议。\n\n陈喆"),
    (f"我们有异议。\n马丽\n________________________________\n发件人: 纪要助手 <m@x.cn>\n发送时间: 2024年10月22日 15:43\n{RECAP}",
     "我们有异议。\n马丽"),
    (f"申请第1项延期至10月21日。\n发件人： 纪要助手\n发送时间： 2024-10-14 07:35\n收件人： 林峰\n{RECAP}", "申请第1项延期至10月21日。"),
    ("已完成\n寄件者: 李娜\n寄件日期: 2024年10月10日\n主旨: 纪要\n" + RECAP, "已完成"),              # Outlook zh-TW
    # Outlook en, Outlook for Mac, Original Message
    ("Done.\n\nFrom: Minutes <m@x.cn>\nSent: Monday, October 14, 2024 5:07 PM\nTo: Peter\nSubject: Re: notes\n" + RECAP, "Done."),
    ("Item 4 is 50% booked.\nBest,\nPeter\nFrom: 纪要助手 <m@x.cn>\nDate: Monday, 14 October 2024 at 17:07\n" + RECAP,
     "Item 4 is 50% booked.\nBest,\nPeter"),
    ("Confirmed.\n-----Original Message-----\nFrom: bot\nSent: today\n" + RECAP, "Confirmed."),
    ("Confirmed.\n*From:* bot <m@x.cn>\n*Sent:* Monday\n" + RECAP, "Confirmed."),          # Outlook seen through Gmail
    # attributions: iPhone zh, Gmail zh, Gmail en (wrapped), 163, Thunderbird zh, Apple zh
    (f"第①项已完成。\n发自我的iPhone\n> 在 2024年10月10日，16:02，李娜 <l@x.cn> 写道：\n>\n{QUOTED_RECAP}", "第①项已完成。"),
    (f"第1项进度80%。\n纪要助手 <m@x.cn> 于2024年10月15日周二 14:51写道：\n{QUOTED_RECAP}", "第1项进度80%。"),
    (f"Item 3 is done.\n\nOn Mon, Oct 14, 2024 at 5:05 PM Peter Tan <\npeter.tan@b.example.com> wrote:\n{QUOTED_RECAP}",
     "Item 3 is done."),
    (f"确认\n在 2025-05-05 00:16:35，\"李娜\" <l@x.cn> 写道：\n{QUOTED_RECAP}", "确认"),
    (f"确认\nAt 2022-08-31 22:33:45, \"Li Na\" <l@x.cn> wrote:\n{QUOTED_RECAP}", "确认"),
    (f"同意\n在 2024/10/14 17:05, 李娜 写道:\n{QUOTED_RECAP}", "同意"),
    (f"已完成\n2025年1月14日 06:27，李娜 <l@x.cn> 写道：\n\n{RECAP}", "已完成"),
    # signatures and footers
    ("第2项已完成\n-- \n张三 | 市场部\nTel 24小时内回复", "第2项已完成"),
    ("Done\n\nSent from my iPhone", "Done"),
    ("Done\n\nGet Outlook for iOS", "Done"),
    ("收到确认\n\n来自我的华为手机", "收到确认"),
    ("收到确认\n发自我的小米手机", "收到确认"),
    ("第2项延期至10月30日\n\n本邮件及其附件含有星河电子的保密信息，仅限于发送给上面地址中列出的个人或群组。", "第2项延期至10月30日"),
    ("Item 2 done.\nCONFIDENTIALITY NOTICE: this e-mail is confidential.", "Item 2 done."),
    # '>' lines and bottom posting
    (f"{QUOTED_RECAP}\n\n第2项已完成", "第2项已完成"),
    ("Thanks\n> quoted line\nNot quoted", "Thanks\nNot quoted"),
    # nothing to strip
    ("第1项进度80%，预计周四提交。", "第1项进度80%，预计周四提交。"),
    ("发件人是我，确认。", "发件人是我，确认。"),                     # 发件人 without a header block below
    ("本邮件包含测试报告，第2项已完成", "本邮件包含测试报告，第2项已完成"),      # no secrecy words: no disclaimer
])
def test_new_text_of_plain_replies(plain, expected):
    assert new_text(plain) == expected


GMAIL = ('<div dir="ltr">第1项进度80%</div><br><div class="gmail_quote"><div class="gmail_attr">X 于2024年10月15日写道：</div>'
         '<blockquote class="gmail_quote"><div>回复方式：确认/已完成/进度80%</div></blockquote></div>')
OWA = ('<div>我们有异议：预算未审批</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>发件人:</b> bot</div>'
       '<div>第N项已完成 进度80%</div>')
OUTLOOK = ('<div class="WordSection1"><p class="MsoNormal">对第②项有异议</p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt">'
           '<p><b>发件人:</b> 李娜</p></div></div><p>第N项已完成</p></div>')
APPLE = '<div>第①项已完成</div><div>发自我的iPhone</div><blockquote type="cite">在 2024年10月10日 写道：<br>确认</blockquote>'
MAILMASTER = ('<div>第1、4项确认</div><div id="ntes-pcmail-signature">发自网易邮箱大师</div><div class="ntes-mailmaster-quote">'
              '<div>---- 回复的原邮件 ----</div><div>延期至10月20日</div></div>')
COREMAIL = '<div><div>第1项申请延期</div><blockquote name="replyContent" class="ReferenceQuote">进度80%</blockquote></div>'
QQ = ('<div>收到</div><div>------------------&nbsp;原始邮件&nbsp;------------------</div><div><b>发件人:</b>&nbsp;bot</div>'
      '<div>确认 有异议 已完成</div>')
SIGNED = '<div>Item 2 done</div><div class="gmail_signature">Rachel<br>Tel 123</div><p>more of my own text</p>'


@pytest.mark.parametrize("html, expected", [
    (GMAIL, "第1项进度80%"), (OWA, "我们有异议：预算未审批"), (OUTLOOK, "对第②项有异议"), (APPLE, "第①项已完成"),
    (MAILMASTER, "第1、4项确认"), (COREMAIL, "第1项申请延期"), (QQ, "收到"), (SIGNED, "Item 2 done\nmore of my own text"),
    ("<html><head><style>p {color: red}</style></head><body><p>确认</p><!-- 已完成 --></body></html>", "确认"),
])
def test_new_text_of_html_only_replies(html, expected):
    assert new_text("", html) == expected


def test_html_container_is_used_when_the_plain_part_shows_no_quote_marker():
    plain = "第1项进度80%\n\n一位客户端不标引用\n回复方式：确认/已完成"
    assert new_text(plain, GMAIL) == "第1项进度80%"


def test_plain_part_is_kept_when_it_shows_the_quote():
    plain = "第1项进度80%，预计周四提交。\n纪要助手 <m@x.cn> 于2024年10月15日周二 14:51写道：\n> 确认"
    assert new_text(plain, GMAIL) == "第1项进度80%，预计周四提交。"


def test_strip_text_says_whether_it_saw_a_quote():
    assert strip_text("确认") == ("确认", False)
    assert strip_text("确认\n> 已完成") == ("确认", True)


def test_broken_html_gives_the_plain_text():
    assert new_text("确认", "<<<>>>") == "确认"


@pytest.mark.parametrize("plain, expected", [
    # a reply on the attribution's line; an English attribution wrapped over two or three lines
    (f"确认 在 2024-10-10 15:00，\"纪要助手\" 写道：\n{QUOTED_RECAP}", "确认"),
    (f"好的，已完成。在 2024年10月10日 15:00，纪要助手 写道：\n{QUOTED_RECAP}", "好的，已完成。"),
    (f"第2项已完成\nOn Thu, Oct 10, 2024 at 3:00 PM 纪要助手 <\nminutes@x.cn>\nwrote:\n{QUOTED_RECAP}", "第2项已完成"),
    (f"Item 2 done\n\nOn Thu, Oct 10, 2024 at 3:00 PM\n纪要助手 <minutes@x.cn> wrote:\n\n{RECAP}", "Item 2 done"),
    # other clients' separators and header blocks
    (f"确认\n-----Reply Message-----\n{RECAP}", "确认"),
    (f"已完成\n---- 纪要助手 wrote ----\n{QUOTED_RECAP}", "已完成"),
    (f"Done.\nDate: Thu, 10 Oct 2024 15:00:00 +0800\nSubject: 周会纪要\n\n{RECAP}", "Done."),
    (f"OK\n\nDe : 纪要助手 [mailto:m@x.cn]\nEnvoyé : jeudi 10 octobre 2024 15:00\nÀ : Li Na\nObjet : 周会纪要\n{RECAP}", "OK"),
    (f"Item 1 done\n\nOp 10-10-2024 15:00 schreef 纪要助手 <m@x.cn>:\n\n{RECAP}", "Item 1 done"),
    (f"Confirmed\n\nW dniu 10.10.2024 15:00, 纪要助手 <m@x.cn> pisze:\n{QUOTED_RECAP}", "Confirmed"),
    (f"Done\nDen 10 oktober 2024 15:00, 纪要助手 (m@x.cn) skrev:\n\n{RECAP}", "Done"),
    (f"Xong\n\nVào 15:00 10 tháng 10, 2024, 纪要助手 <m@x.cn> đã viết:\n{QUOTED_RECAP}", "Xong"),
    (f"确认\n\n10.10.2024, 15:00, \"纪要助手\" <m@x.cn>:\n{QUOTED_RECAP}", "确认"),
    # a bottom post is not cut down to its greeting; answers under quoted items name their row
    (f"Hi,\nOn Thu, Oct 10, 2024 at 3:00 PM 纪要助手 <m@x.cn> wrote:\n{QUOTED_RECAP}\n\n第1项已完成，终稿已上传。\n\nThanks",
     "Hi,\n\n第1项已完成，终稿已上传。\n\nThanks"),
    ("在 2024年10月10日 15:00，纪要助手 写道：\n> | 1 | 完成渠道海报设计 | 王芳 |\n已完成\n> | 2 | 确认11月排产计划 | 李强 |\n进度60%\n",
     "第1项：已完成\n第2项：进度60%"),
    ("On Thu, Oct 10, 2024, 纪要助手 <m@x.cn> wrote:\n> 1. Vendor quote - Peter\nDone\n> ② 预算表\n第②项已完成", "第1项：Done\n第②项已完成"),
    # 'Sent from' in a sentence stays; a name and contact block and app footers go
    ("Done.\n\nSent from my desk, the laptop is slow today.", "Done.\n\nSent from my desk, the laptop is slow today."),
    ("第2项已完成\n\n发自我的企业微信", "第2项已完成"),
    ("确认\n\n来自钉钉专属商务邮箱", "确认"),
    ("第1项进度70%\n\n张伟\n市场部 经理\n电话：138 0013 8000\nzhangwei@x.cn", "第1项进度70%"),
    ("Item 2 done.\n\nPeter Tan\nProcurement Manager\n+86 21 5555 0101", "Item 2 done."),
    ("Item 2 done.\n\nSent from Yahoo Mail on Android", "Item 2 done."),
])
def test_new_text_of_other_clients_and_shapes(plain, expected):
    assert new_text(plain) == expected


def test_answers_under_the_items_of_the_bots_own_recap_name_their_item():
    recap = ["各位好，", "", "纪要助手已记录「周会」的待办事项（共2项）：", "", "1. 完成渠道海报设计",
             "   负责人：王芳    截止时间：10月16日（周三） 18:00", "2. 确认11月排产计划",
             "   负责人：李强    截止时间：10月22日（周二） 18:00", "", "如有异议请于今日内回复，逾期视为无异议。",
             "", "—— 纪要助手（自动发送）"]
    body = ["在 2024年10月10日 15:00，纪要助手 写道：", *("> " + line for line in recap[:6]), "已完成",
            *("> " + line for line in recap[6:8]), "进度60%", *("> " + line for line in recap[8:]), "", "确认"]
    assert new_text("\n".join(body)) == "第1项：已完成\n第2项：进度60%\n\n确认"


@pytest.mark.parametrize("flood", [
    "On Mon 1 2024 x <\n" * 50_000,                       # attribution starts on every line
    "hi\n" + "> | 1 | a |\nb\n" * 100_000,                 # answers under quoted rows, a hundred thousand times
    "From: a\nDate: b\n" * 50_000,                         # header blocks
    "x " + "on 1 " * 200_000 + "wrote:",                   # one line that ends like an attribution
    "ok\n\nJohn Smith\n" + "1 " * 500_000,                 # a 'name block' with a megabyte phone line
])
def test_a_flood_is_read_in_bounded_lines(flood):
    text, _ = strip_text(flood)
    assert text.count("\n") < 5_000


@pytest.mark.parametrize("plain, expected", [
    ("Done\nFrom: bot@x.cn Date: Thu, 10 Oct 2024 15:00\n" + RECAP, "Done"),      # the header fields run into one line
    ("From: 10月1日 to 10月5日 we met. Subject: budget", "From: 10月1日 to 10月5日 we met. Subject: budget"),
])
def test_one_line_header_blocks(plain, expected):
    assert new_text(plain) == expected


def test_a_name_above_a_footer_is_the_signature():
    assert new_text("第2项已完成\n\n吴昊\n发自我的iPhone") == "第2项已完成"
    assert new_text("Item 2 done\n\nKevin Wu\nvia mobile") == "Item 2 done"
    assert new_text("第2项已完成\n吴昊") == "第2项已完成\n吴昊"                  # a bare name stays


@pytest.mark.parametrize("plain", [
    f"确认\n\n2024年10月10日(木) 15:00 纪要助手 <m@x.cn>:\n\n{QUOTED_RECAP}",                       # Gmail ja
    f"确认\n\n2024/10/10 15:00、纪要助手 <m@x.cn>のメール:\n\n{QUOTED_RECAP}",                        # Apple Mail ja
    f"确认\n\n2024년 10월 10일 (목) 오후 3:00, 纪要助手 <m@x.cn>님이 작성:\n\n{QUOTED_RECAP}",          # Gmail ko
    f"确认\n\n差出人: 纪要助手 <m@x.cn>\n送信日時: 2024年10月10日 15:00\n宛先: 王芳\n件名: 周会纪要\n\n{RECAP}",  # Outlook ja
    f"确认\n\n보낸 사람: 纪要助手 <m@x.cn>\n보낸 날짜: 2024년 10월 10일\n받는 사람: 王芳\n제목: 周会纪要\n\n{RECAP}",  # Outlook ko
    f"确认\n\nDa: 纪要助手 <m@x.cn>\nInviato: giovedì 10 ottobre 2024 15:00\nA: Wang Fang\nOggetto: 周会纪要\n\n{RECAP}",
    f"确认\n\nEm qui., 10 de out. de 2024 às 15:00, 纪要助手 <m@x.cn> escreveu:\n\n{QUOTED_RECAP}",
    f"确认\n\nIl giorno gio 10 ott 2024 alle ore 15:00 纪要助手 <m@x.cn> ha scritto:\n\n{QUOTED_RECAP}",
    f"确认\n\nAm Do., 10. Okt. 2024 um 15:00 Uhr schrieb 纪要助手 <m@x.cn>:\n\n{QUOTED_RECAP}",
    f"确认\n\nEl jue, 10 oct 2024 a las 15:00, 纪要助手 (<m@x.cn>) escribió:\n\n{QUOTED_RECAP}",
    f"确认\n\n纪要助手 <m@x.cn> 於 2024年10月10日 週四 下午3:00寫道：\n\n{QUOTED_RECAP}",                # Gmail zh-TW
    f"确认\n\nPada tanggal Kam, 10 Okt 2024 pukul 15.00 纪要助手 <m@x.cn> menulis:\n\n{QUOTED_RECAP}",       # Gmail id
    f"确认\n\nPada tanggal Kam, 10 Okt 2024 pukul 15.00 纪要助手 <\nm@x.cn> menulis:\n\n{QUOTED_RECAP}",     # wrapped
    f"确认\n\nเมื่อ พฤ. 10 ต.ค. 2024 เวลา 15:00 纪要助手 <m@x.cn> เขียนว่า:\n\n{QUOTED_RECAP}",          # Gmail th
    f"确认\n\nчт, 10 окт. 2024 г. в 15:00, 纪要助手 <m@x.cn>:\n\n{QUOTED_RECAP}",                      # Gmail ru
    f"确认\n\nPt, 10 Eki 2024, 15:00 tarihinde 纪要助手 <m@x.cn> şunu yazdı:\n\n{QUOTED_RECAP}",        # Gmail tr
    f"确认\n\nAm Do., 10. Okt. 2024 um 15:00 Uhr schrieb 纪要助手\n<m@x.cn>:\n\n{QUOTED_RECAP}",         # wrapped de
    f"确认\n\nОт: 纪要助手 <m@x.cn>\nОтправлено: 10 октября 2024 г. 15:00\nКому: Wang Fang\nТема: 周会纪要\n\n{RECAP}",
    f"确认\n\nKimden: 纪要助手 <m@x.cn>\nGönderildi: 10 Ekim 2024 Perşembe 15:00\nKime: Wang Fang\nKonu: 周会纪要\n\n{RECAP}",
    f"确认\n\nDari: 纪要助手 <m@x.cn>\nDikirim: Kamis, 10 Oktober 2024 15.00\nKepada: Wang Fang\nSubjek: 周会纪要\n\n{RECAP}",
    f"确认\n\nจาก: 纪要助手 <m@x.cn>\nส่ง: 10 ตุลาคม 2024 15:00\nถึง: Wang Fang\nเรื่อง: 周会纪要\n\n{RECAP}",
    f"确认\n\nTừ: 纪要助手 <m@x.cn>\nĐã gửi: Thứ Năm, 10 tháng 10, 2024 15:00\nĐến: Minh\nChủ đề: 周会纪要\n\n{RECAP}",
    f"确认\n\nDe: 纪要助手 <m@x.cn>\nEnviada em: quinta-feira, 10 de outubro de 2024 15:00\nPara: Ana\nAssunto: 纪要\n\n{RECAP}",
    f"确认------------------------------------------------------------------\n发件人：纪要助手<m@x.cn>\n"
    f"发送时间：2024年10月10日(星期四) 15:00\n收件人：王芳\n主\u3000题：周会纪要\n\n{RECAP}",          # DingTalk, rule glued
    f"确认\n\n10.10.2024 15:00, 纪要助手 <m@x.cn> пишет:\n\n{QUOTED_RECAP}",                       # Yandex ru
])
def test_attributions_and_headers_of_more_languages(plain):
    assert new_text(plain) == "确认"


@pytest.mark.parametrize("plain", ["Send 2 copies to bob@example.com", "чт, 10 окт. я писал bob@example.com",
                                   "Am Montag schrieb ich an bob@example.com"])
def test_a_sentence_that_ends_with_an_address_is_no_attribution(plain):
    assert new_text(plain) == plain


@pytest.mark.parametrize("plain, expected", [
    ("第2项已完成。\n\n林峰\n采购部 经理\n星河电子有限公司 | 深圳市南山区科技园", "第2项已完成。"),
    ("Item 3 at 60%.\n\nMet vriendelijke groet,\nDaan de Vries\nLogistics Manager EU\nRotterdam | +31 10 808 4420",
     "Item 3 at 60%."),
    ("第1項已完成。\n\n陳怡君 Vivian\n星河電子 台灣辦事處\nTel: +886 2 2719 5588 #203", "第1項已完成。"),
    ("Item 2 is 90% done.\n\n감사합니다.\nJihoon Kim | Korea Office", "Item 2 is 90% done."),
    ("Item 1 done.\n\nよろしくお願いします。\n佐藤 健太 / Kenta Sato\nXinghe Electronics Japan 営業部", "Item 1 done."),
    ("第2项进度80%。\n\n王芳\n市场部经理\n\n本邮件可能包含保密信息，如误收请删除。", "第2项进度80%。"),      # above a disclaimer
    ("Item 2 done.\n\nThanks,\nAlex", "Item 2 done.\n\nThanks,\nAlex"),                          # a bare sign-off stays
    ("第1项完成\n\n张伟\n第2项延期至10月20日", "第1项完成\n\n张伟\n第2项延期至10月20日"),                 # a command is no title
    ("Amy\n\nAmy\nitem 2 manager should be Li", "Amy\n\nAmy\nitem 2 manager should be Li"),
])
def test_name_title_and_company_blocks_are_the_signature(plain, expected):
    assert new_text(plain) == expected


@pytest.mark.parametrize("plain", [
    "第1项已完成\n\n发自我的 Mate 60 Pro",                                    # any device after 发自我的
    "第1项已完成\n\n王芳 | 市场部 | 星河电子\n电话：010-8888 6666",               # the name leads a '|' line
    "第1项已完成\n\nBest regards,\nFiona Wang\nMarketing Manager\nT: +86 10 8888 6666",   # a valediction above the block
    "第1项已完成\n\n——————\n王芳\n手机：138 0000 0000",                             # a rule above the block
])
def test_name_blocks_and_footers_of_other_shapes(plain):
    assert new_text(plain) == "第1项已完成"


def test_a_name_with_a_title_after_a_comma_stays_as_talon_keeps_it():
    assert new_text("Done\n\nJohn Doe, FCLS\nMailgun Inc\n555-941-0697").endswith("555-941-0697")


@pytest.mark.parametrize("plain, expected", [
    (f"Op 5-11-2025 om 09:10 schreef 纪要助手:\n{QUOTED_RECAP}\n\nItem 3 done.\n", "Item 3 done."),   # Thunderbird nl
    (f"Item 3 done.\n\nAm 01.12.2026 um 09:46 schrieb 纪要助手:\n{QUOTED_RECAP}", "Item 3 done."),
    (f"OK\n\nDen 10 okt. 2024 kl. 15:00 skrev 纪要助手:\n{QUOTED_RECAP}", "OK"),
    ("On 5 May we sent the following:\n- a\n- b", "On 5 May we sent the following:\n- a\n- b"),    # no time: no quote
])
def test_an_attribution_with_the_name_after_its_verb_and_no_address(plain, expected):
    assert new_text(plain) == expected
