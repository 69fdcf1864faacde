"""Cases 9122-9130: 张掖甘泉脱水蔬菜有限公司 (dehydrated vegetables, Feishu/DingTalk/WeCom users, D)."""
from hl63_case import Case, alimail, alt, exmail, gmail, html_doc, lark, render_html, render_text
from hl63_lib import bot, esc, hx, leaf, person, ts

P = person
DANIELA = ("Daniela Ortiz", "daniela.ortiz@sierrafria.example.mx")


def c9122():
    c = Case(9122, "veg-feishu-ai-minutes", "minutes", "D", ts("2026-07-01 17:20:44"),
             "Feishu/Lark Mail alternative: 飞书 智能纪要 — 会议总结 prose (with 需要… and the next meeting), 智能章节, and "
             "a 待办 list where only the 待办 count; one 待办 conditional without date; 下周五前")
    text = """飞书智能纪要｜墨西哥订单排产对接会

会议时间：2026年7月1日 15:00-16:02
参会人：张晓雯、鲁永福、窦志强、祁红梅、任佳琪

会议总结
1. 墨西哥Sierra Fría首单共2柜脱水洋葱粒，第一柜需8月初到港，生产需要在7月中旬前完成。
2. 客户新增水分≤6%的要求，品控部需要调整出厂检验标准。
3. 约定7月8日（周三）下午3点再碰一次排产进度。

智能章节
00:02 首单交期
18:45 水分指标
41:10 订舱与冷链

待办
· 鲁永福：7月10日前完成首批20吨脱水洋葱粒生产
· 窦志强：出具首批微生物检测报告，7月13日前
· 祁红梅：下周五前确认冷链集装箱订舱
· 张晓雯：客户回复后确认标签样稿

以上内容由 AI 生成，请注意甄别"""
    body = alt(text, render_html(text, "UTF-8", flavor="plain"), "UTF-8", "base64",
               "%s" % hx(c.name, 28))
    c.eml = lark(c, P("张晓雯"), [P("鲁永福"), P("窦志强"), P("祁红梅"), P("任佳琪")], [P("马文斌"), bot("D")],
                 "飞书智能纪要｜墨西哥订单排产对接会", body)
    c.item("鲁永福", "完成首批20吨脱水洋葱粒生产", (("abs", "2026-07-10"), "2026-07-10"))
    c.item("窦志强", "出具首批微生物检测报告", (("abs", "2026-07-13"), "2026-07-13"))
    c.item("祁红梅", "确认冷链集装箱订舱", (("next", 4), "2026-07-10"))
    c.item("张晓雯", "客户回复后确认标签样稿", None)
    c.fu(("abs", "2026-07-08"), "2026-07-08", "15:00")
    c.notes = ("Feishu AI minutes shared by mail, Wed 2026-07-01. Only the 待办 block gives items; the 会议总结 lines "
               "('生产需要在7月中旬前完成', '品控部需要调整出厂检验标准') are summary prose. '下周五前' -> 07-10. The 标签样稿 "
               "待办 waits on the customer -> no_due. The summary's '约定7月8日（周三）下午3点再碰一次' is the next "
               "meeting -> 07-08 15:00.")
    return c


def c9123():
    c = Case(9123, "veg-tencent-meeting-ai-forwarded-exmail", "minutes", "D", ts("2026-07-13 11:40:09"),
             "Tencent Exmail '转发：' of a 腾讯会议 智能纪要 with a one-line preface: QQ-style 原始邮件 block, AI summary "
             "vs 待办事项, an unassigned 财务 item (no_owner+no_due), 本周三前, '下周一同一时间' from the meeting header time")
    text = """各位，马总让把今天会议的纪要抄给纪要助手跟进。下次会议：下周一同一时间。

佳琪

------------------ 原始邮件 ------------------
发件人: "腾讯会议"<noreply@meeting.tencent.example.com>;
发送时间: 2026年7月13日(星期一) 上午11:32
收件人: "任佳琪"<renjiaqi@ganquan-veg.example.cn>;
主题: 腾讯会议智能纪要｜原料基地收购价格协调会

【会议智能纪要】原料基地收购价格协调会
会议时间：2026/07/13 10:30-11:25（GMT+08:00）
会议号：482 615 903

会议摘要
会议讨论了二茬洋葱收购价上调的影响。合作社提出收购价每公斤上调0.15元，马文斌同意按新价格执行至9月底，要求原料基地部与生产部做好衔接。

待办事项
1. 安国庆：本周三前与合作社签订二茬洋葱收购补充协议
2. 鲁永福：根据收购量调整8月生产计划，7月20日前提交
3. 财务（未指定）：核算收购价上调后的成本影响

本纪要由腾讯会议AI生成，内容仅供参考"""
    body = alt(text, render_html(text, "utf-8", flavor="qq"), "utf-8", "base64",
               "----=_NextPart_69D3A1F2_0B4C5E88_2A7F6D13")
    c.eml = exmail(c, P("任佳琪"), [P("安国庆"), P("鲁永福")], [P("马文斌"), bot("D")],
                   "转发：腾讯会议智能纪要｜原料基地收购价格协调会", body, cs="utf-8")
    c.item("安国庆", "与合作社签订二茬洋葱收购补充协议", (("this", 2), "2026-07-15"))
    c.item("鲁永福", "根据收购量调整8月生产计划", (("abs", "2026-07-20"), "2026-07-20"))
    c.item(None, "核算收购价上调后的成本影响", None)
    c.fu(("next", 0), "2026-07-20", "10:30")
    c.notes = ("Forward (Mon 2026-07-13 11:40) of a Tencent Meeting AI summary; the QQ '原始邮件' block is the content, "
               "not a quote to drop. Items come only from 待办事项: '本周三前' -> 07-15; 07-20; '财务（未指定）' has no person "
               "and 财务 is no department of the roster -> no_owner, department null, no date -> no_due. The 会议摘要 "
               "decision (new price until 9月底) is not an item. Preface '下次会议：下周一同一时间' -> 07-20 at the "
               "meeting's 10:30 start.")
    return c


def c9124():
    c = Case(9124, "veg-wecom-excel-paste", "minutes", "D", ts("2026-07-23 15:45:31"),
             "WeCom mail (Exmail backend) with a table pasted from Excel (x:str / mso-number-format cells) and a tab "
             "plain part; mixed date cells 2026/7/28, 7/31, 周五, 8月3日; a row whose 备注 says 已完成")
    rows = [["序号", "事项", "责任人", "截止日期", "备注"],
            ["1", "冷库3号间制冷机组保养", "祁红梅", "2026/7/28", ""],
            ["2", "出口托盘熏蒸证书办理", "任佳琪", "7/31", "配合外贸部"],
            ["3", "脱水胡萝卜丁库存盘点", "鲁永福", "周五", ""],
            ["4", "叉车年检", "祁红梅", "2026/7/20", "已完成"],
            ["5", "新仓库防鼠设施验收", "窦志强", "8月3日", ""]]
    trs = []
    for i, r in enumerate(rows):
        tds = "".join('<td class="xl6%d" style="mso-number-format:\'\\@\';border:.5pt solid windowtext" x:str>%s</td>'
                      % (5 + (j == 3), esc(x) or "&nbsp;") for j, x in enumerate(r))
        trs.append('<tr height="19" style="height:14.25pt">%s</tr>' % tds)
    table = ('<table border="0" cellpadding="0" cellspacing="0" width="560" style="border-collapse:collapse;'
             'width:420pt">\n<colgroup><col width="40"><col width="220"><col width="80"><col width="100">'
             '<col width="120"></colgroup>\n%s\n</table>' % "\n".join(trs))
    intro = "各位好，今天仓储物流周会的待办如下（从表格直接贴的），请按时完成：<br><br>"
    outro = "<br>有问题群里说。<br><br>祁红梅<br>仓储物流部"
    html = html_doc('<div style="font-family:微软雅黑;font-size:14px">%s%s%s</div>' % (intro, table, outro), "utf-8")
    text = ("各位好，今天仓储物流周会的待办如下（从表格直接贴的），请按时完成：\n\n%s\n\n有问题群里说。\n\n祁红梅\n仓储物流部"
            % render_text("[[T0]]", [rows]))
    body = alt(text, html, "utf-8", "base64", "----=_NextPart_5F8B2C90_1D3E7A44_7B0C9E61")
    c.eml = exmail(c, P("祁红梅"), [P("任佳琪"), P("鲁永福"), P("窦志强")], [P("马文斌"), bot("D")],
                   "仓储物流周会待办 7/23", body, cs="utf-8", wecom=True)
    c.item("祁红梅", "冷库3号间制冷机组保养", (("abs", "2026-07-28"), "2026-07-28"))
    c.item("任佳琪", "出口托盘熏蒸证书办理", (("abs", "2026-07-31"), "2026-07-31"))
    c.item("鲁永福", "脱水胡萝卜丁库存盘点", (("wd", 4), "2026-07-24"))
    c.item("窦志强", "新仓库防鼠设施验收", (("abs", "2026-08-03"), "2026-08-03"))
    c.notes = ("Excel paste (Thu 2026-07-23): date cells in four styles. '周五' -> 07-24; '7/31' -> 07-31; row 4 "
               "(叉车年检, 7/20) has 备注 已完成 -> not an item. '配合外贸部' is a remark on row 2. No next meeting.")
    return c


def c9125():
    c = Case(9125, "veg-mexico-customer-gmail-minus0600", "minutes", "D", ts("2026-07-16 19:40:00", -6),
             "Customer (Mexico) English minutes from Google Workspace, Date -0600 at 19:40 = next day 09:40 in "
             "Shanghai; 'Action/Owner/Due' blocks; 'Mr. Dou' alias; 'by Monday', 'end of month', 'next Friday'; the "
             "customer's own action with a condition; next call in two time zones")
    text = """Hello Vivian and team,

Thank you for the call today. Here is my summary.

Action: send the pre-shipment sample (2 kg onion granules, 1-3 mm) by courier
Owner: Vivian
Due: by Monday

Action: share the updated spec sheet with the new moisture limit (max 6%)
Owner: Mr. Dou
Due: end of month

Action: confirm the Manzanillo port booking with the forwarder
Owner: Kiki Ren
Due: next Friday

Action: issue the PO for the second container
Owner: Daniela (me)
Due: after sample approval

Next call: Wednesday July 22, 8:00 pm Mexico City / Thursday July 23, 10:00 am Beijing.

Saludos,
Daniela Ortiz
Procurement Manager | Alimentos Sierra Fría
Querétaro, México"""
    html = html_doc('<div dir="ltr">%s</div>' % "".join("<div>%s</div>" % (esc(x) or "<br>") for x in text.split("\n")),
                    "UTF-8")
    body = alt(text, html, "UTF-8", "quoted-printable", "000000000000%s" % hx(c.name, 16))
    c.eml = gmail(c, DANIELA, [("Vivian Zhang", P("张晓雯")[1])],
                  [("Dou Zhiqiang", P("窦志强")[1]), ("Kiki Ren", P("任佳琪")[1]), bot("D")],
                  "Summary - call with Gan Quan (July 16)", body)
    c.item("张晓雯", "send the pre-shipment sample (2 kg onion granules, 1-3 mm) by courier", (("wd", 0), "2026-07-20"))
    c.item("窦志强", "share the updated spec sheet with the new moisture limit (max 6%)", (("month_end",), "2026-07-31"))
    c.item("任佳琪", "confirm the Manzanillo port booking with the forwarder", (("next", 4), "2026-07-24"))
    c.item(DANIELA, "issue the PO for the second container", None)
    c.fu(("abs", "2026-07-23"), "2026-07-23", "10:00")
    c.notes = ("Date Thu 16 Jul 2026 19:40 -0600 = Fri 07-17 09:40 Shanghai. 'by Monday' -> 07-20; 'end of month' -> "
               "07-31; 'next Friday' -> Friday of next week 07-24 (the same from Thursday in Mexico). 'Mr. Dou' = 窦志强, "
               "'Kiki Ren' = 任佳琪, 'Vivian' = 张晓雯 (aliases). The customer's own PO action is conditional ('after "
               "sample approval') -> no_due, owner Daniela (From). Next call -> 2026-07-23 10:00 Beijing.")
    return c


def c9126():
    c = Case(9126, "veg-nc-internal-record-exmail-gb18030", "minutes", "D", ts("2026-08-03 10:30:17"),
             "Tencent Exmail gb18030 HTML+text seed 内部沟通记录表: one record row, 待办事项 cell '①原料基地部8月7日前…"
             "（安经理）②…③…本周内…（晓雯）', aliases in brackets, 备注 is a fact")
    rows = [["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"],
            ["NC2026-08-03", "2026-08-03", "品控部/窦主管", "生产部、原料基地部、外贸部", "出口批次农残超标风险排查",
             "客户抽检通报同行业产品毒死蜱超标，讨论我司在库及在产批次风险，确认全部批次复检",
             "①原料基地部8月7日前提交各地块用药记录（安经理）②生产部8月5日前完成在库批次复检取样（鲁厂长）③外贸部本周内通知客户可能延迟发货（晓雯）",
             "进行中", "已约第三方检测机构8月4日上门取样"]]
    text = """马总、各位：

今天上午的风险排查沟通记录如下。

[[T0]]

窦志强
品控部"""
    cs = "gb18030"
    html = render_html(text, cs, tables=[rows], flavor="qq", cell_style=' style="border:1px solid #888"')
    body = alt(render_text(text, [rows]), html, cs, "base64", "----=_NextPart_6B0E2D41_3F9A7C12_48E1B5D0")
    c.eml = exmail(c, P("窦志强"), [P("马文斌")], [P("安国庆"), P("鲁永福"), P("张晓雯"), bot("D")],
                   "内部沟通记录 NC2026-08-03 农残风险排查", body, cs=cs)
    c.item("安国庆", "提交各地块用药记录", (("abs", "2026-08-07"), "2026-08-07"))
    c.item("鲁永福", "完成在库批次复检取样", (("abs", "2026-08-05"), "2026-08-05"))
    c.item("张晓雯", "通知客户可能延迟发货", (("week_end",), "2026-08-09"))
    c.notes = ("Seed 内部沟通记录表 (Mon 2026-08-03). Each ① ② ③ names a department and, in brackets, the person: 安经理 = "
               "安国庆, 鲁厂长 = 鲁永福, 晓雯 = 张晓雯 (aliases). '本周内' -> Sunday 08-09. 备注 records an appointment already "
               "made (fact), 状态 进行中 is status. No next meeting.")
    return c


def c9127():
    c = Case(9127, "veg-dingtalk-re-weekly-with-review", "minutes", "D", ts("2026-08-17 16:25:50"),
             "DingTalk mail 'Re:' with this week's minutes above last week's quoted minutes: '上周待办回顾' (status) vs "
             "'本周待办'; 3个工作日内, 下周二前, 本月底; 中秋备货 mention; next 周例会 '下周一16:00'")
    text = """各位：本周周例会纪要。

一、上周待办回顾
1. 冷库3号间保养——已完成
2. 在库批次农残复检——已完成，全部合格
3. 墨西哥首柜发运——已于8月12日开船

二、本周待办
1. 鲁永福：中秋备货（脱水南瓜片30吨）排产，8月28日前完成
2. 张晓雯：墨西哥第二柜单证，下周二前交齐
3. 安国庆：秋季收购合同模板修订，本月底
4. 窦志强：BRC审核内审整改项清单，3个工作日内完成

三、下次周例会：下周一16:00，三楼会议室。

马文斌

------------------------------------------------------------------
发件人：马文斌 <mawenbin@ganquan-veg.example.cn>
发送时间：2026年8月10日(星期一) 16:12
收件人：鲁永福 <luyongfu@ganquan-veg.example.cn>; 张晓雯 <zhangxiaowen@ganquan-veg.example.cn>
抄　送：纪要助手 <minutes@ganquan-veg.example.cn>
主　题：【周例会】生产经营周例会纪要

本周待办
1. 祁红梅：冷库3号间保养，7月28日前
2. 鲁永福：在库批次农残复检，8月14日前
3. 张晓雯：墨西哥首柜发运跟踪，下周三前
下次周例会：8月17日16:00"""
    body = alt(text, render_html(text, "UTF-8", flavor="plain"), "UTF-8", "base64",
               "----=ALIBOUNDARY_41207_6c2e9a10_6a7b3c4d_2d81f5")
    old = "<%s.%s.1786349520@ganquan-veg.example.cn>" % (hx("wk0810", 8), hx("wk0810x", 8))
    c.eml = alimail(c, P("马文斌"), [P("鲁永福"), P("张晓雯"), P("安国庆"), P("窦志强")], [P("祁红梅"), bot("D")],
                    "Re: 【周例会】生产经营周例会纪要", body, irt=old, refs=[old])
    c.item("鲁永福", "中秋备货（脱水南瓜片30吨）排产", (("abs", "2026-08-28"), "2026-08-28"))
    c.item("张晓雯", "交齐墨西哥第二柜单证", (("next", 1), "2026-08-25"))
    c.item("安国庆", "秋季收购合同模板修订", (("month_end",), "2026-08-31"))
    c.item("窦志强", "完成BRC审核内审整改项清单", (("workdays", 3), "2026-08-20"))
    c.fu(("next", 0), "2026-08-24", "16:00")
    c.notes = ("New weekly minutes (Mon 2026-08-17) sent as 'Re:' over last week's minutes, which are quoted below a "
               "DingTalk 发件人/发送时间 block: those old items are history. '上周待办回顾' lines are status (已完成), not "
               "items. '下周二前' -> 08-25; '本月底' -> 08-31; '3个工作日内' -> 08-18, 08-19, 08-20. 中秋 (09-25) is only "
               "the reason for the stock-up. Next 周例会 '下周一16:00' -> 08-24 16:00.")
    return c


def c9128():
    c = Case(9128, "veg-same-task-two-owners-exmail-qp", "minutes", "D", ts("2026-08-13 09:48:03"),
             "Exmail text-only utf-8 QP: two items with the same task text for two owners, '下周五前' from a Thursday, "
             "an 8月18日 item, next meeting '9月中旬' (vague -> no follow-up)")
    text = """各位：

8月13日安全生产检查会纪要

一、检查情况
车间消防通道畅通，2号烘干线配电柜标识缺失，已现场整改。

二、工作安排
1. 生产部：完成本部门消防器材自查并报安全员，8月21日前（鲁永福）
2. 仓储物流部：完成本部门消防器材自查并报安全员，8月21日前（祁红梅）
3. 品控部：修订食品安全应急预案，下周五前（窦志强）
4. 原料基地部：检查各基地农药仓库，8月18日（安国庆）

三、下次检查会：9月中旬，具体时间另行通知。

马文斌"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    c.eml = exmail(c, P("马文斌"), [P("鲁永福"), P("祁红梅"), P("窦志强"), P("安国庆")], [bot("D")],
                   "安全生产检查会纪要（8.13）", body, cs="utf-8", mailer="QQMail 2.x")
    c.item("鲁永福", "完成本部门消防器材自查并报安全员", (("abs", "2026-08-21"), "2026-08-21"))
    c.item("祁红梅", "完成本部门消防器材自查并报安全员", (("abs", "2026-08-21"), "2026-08-21"))
    c.item("窦志强", "修订食品安全应急预案", (("next", 4), "2026-08-21"))
    c.item("安国庆", "检查各基地农药仓库", (("abs", "2026-08-18"), "2026-08-18"))
    c.notes = ("Sent Thu 2026-08-13. Items 1 and 2 have the same task text for two owners: two items, not one. "
               "'下周五前' -> 08-21. The 配电柜 line is a fix already made on site. '下次检查会：9月中旬…另行通知' has no "
               "usable date -> next_followup null.")
    return c


def c9129():
    c = Case(9129, "veg-other-coa-request-wecom", "other", "D", ts("2026-07-21 14:06:40"),
             "WeCom mail one-to-one request (COA + 植物检疫证书 by 周四前) with the bot in Cc: other")
    text = """窦工：

Vivian说墨西哥客户要首柜的COA和植物检疫证书扫描件，麻烦周四前发我一下，我一起整理给客户，谢谢！

佳琪"""
    body = alt(text, render_html(text, "utf-8", flavor="qq"), "utf-8", "base64", "----=_NextPart_5E3C1A77_0A9D2F35_1C6E8B02")
    c.eml = exmail(c, P("任佳琪"), [P("窦志强")], [P("张晓雯"), bot("D")], "首柜COA和检疫证书", body, cs="utf-8",
                   wecom=True)
    c.notes = ("Sent Tue 2026-07-21. A single request between colleagues with a deadline (周四前); not minutes, no "
               "meeting: kind other, no items.")
    return c


def c9130():
    c = Case(9130, "veg-other-thread-reply-gmail", "other", "D", ts("2026-07-27 18:55:12", -6),
             "Customer Gmail reply in a sample-shipping thread (not a minutes thread), Date -0600, with a promise 'by "
             "Friday 31st' and a quote of the earlier mail -> other")
    text = """Hi Vivian,

The sample arrived this morning in good condition, thank you. Our lab will run moisture and micro next week and I will send you the results by Friday 31st.

Best,
Daniela

On Mon, Jul 20, 2026 at 9:12 PM Vivian Zhang <zhangxiaowen@ganquan-veg.example.cn> wrote:
> Dear Daniela,
> The sample was sent today by DHL, AWB 48 1930 2275. Please confirm the delivery address below.
> Best regards, Vivian"""
    html = html_doc('<div dir="ltr">%s</div>' % "".join("<div>%s</div>" % (esc(x) or "<br>") for x in text.split("\n")),
                    "UTF-8")
    body = alt(text, html, "UTF-8", "quoted-printable", "000000000000%s" % hx(c.name, 16))
    prev = "<%s.%s.1784553120@ganquan-veg.example.cn>" % (hx("smp", 8), hx("smpx", 8))
    c.eml = gmail(c, DANIELA, [("Vivian Zhang", P("张晓雯")[1])], [bot("D")], "Re: Sample shipment - onion granules",
                  body, irt=prev, refs=[prev])
    c.notes = ("Mon 27 Jul 2026 18:55 -0600 (Tue 07-28 Shanghai). A reply in a sample-shipping thread, not to minutes or "
               "a bot recap: no meeting, the 'by Friday 31st' promise is conversation. kind other, no items.")
    return c


CASES = [c9122, c9123, c9124, c9125, c9126, c9127, c9128, c9129, c9130]
