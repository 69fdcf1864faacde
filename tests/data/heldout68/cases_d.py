"""Cases 9629-9633: 绥化禾润寒地稻米有限公司 (rice mill + e-commerce, Suihua, Heilongjiang; herun-rice.example.cn)."""
from h68_clients import dingtalk, exmail, feishu, netease
from h68_common import BOTS, P, deliver, esc, html_table, hx, item, leaf, multi, paras_html

BOT = BOTS["D"]
CASES = []


def case(**kw):
    CASES.append(kw)


# ------------------------------------------------------------------------------------------------ 9629
S9629 = "2026-04-17T11:40:02+08:00"
T9629 = """各位，飞书妙记生成的纪要转给大家，待办已经分配到人，请按时间完成。

付晓东

————————————————
【飞书妙记 · 智能纪要】春季大促复盘会
会议时间：2026年4月17日 10:00-11:05
参会人：付晓东、赵雪、崔明、孙桂芬

总结
本次会议复盘了春季大促（4月8日-4月15日）的销售数据，全渠道GMV 186万元，同比增长31%。抖音渠道退货率偏高（8.7%），主要原因是物流破袋。会议认为，5kg装需要加厚外袋；618预售需在5月上旬完成定价。

智能章节
00:00 大促数据复盘
15:20 抖音退货原因分析
38:45 618预售准备

待办
· 赵雪：完成大促差评回访及赔付登记（截止时间：4月22日）
· 孙桂芬：出具稻花香2号批次抽检报告（截止时间：下周一）
· 崔明：联系京东自营采销争取5月活动位（截止时间：4月底前）
· 付晓东：确定618预售定价（截止时间：5月8日）

相关会议：下次复盘 4月24日（周五）10:00

本纪要由AI生成，可能存在不准确内容"""


def b9629():
    to = [P("赵雪"), P("崔明"), P("孙桂芬")]
    cc = [P("于洪涛"), BOT]
    h, _ = feishu(S9629, P("付晓东"), to, cc, "转发：春季大促复盘会 智能纪要", "9629")
    html = ('<div style="font-family:-apple-system,PingFang SC;font-size:14px;line-height:1.6">'
            + paras_html(T9629) + "</div>")
    body = multi("alternative", [leaf("text/plain", T9629, "UTF-8", "base64", csq=False),
                                 leaf("text/html", html, "UTF-8", "base64", csq=False)],
                 "%s" % hx("9629", 28))
    return deliver("D", S9629, P("付晓东")[1], h, body, "9629", "va-a2-17.feishu-mail.example.net", "101.45.255.17")


case(num=9629, slug="herun-feishu-ai-minutes-todos", kind="minutes", build=b9629,
     items=[item("赵雪", "完成大促差评回访及赔付登记", ("abs", "2026-04-22"), "4月22日"),
            item("孙桂芬", "出具稻花香2号批次抽检报告", ("next_wd", 0), "下周一"),
            item("崔明", "联系京东自营采销争取5月活动位", ("month_end",), "4月底前"),
            item("付晓东", "确定618预售定价", ("abs", "2026-05-08"), "5月8日")],
     followup=("abs", "2026-04-24", "10:00"),
     notes="Feishu/Lark AI minutes (飞书妙记 智能纪要) forwarded by the e-commerce manager. Only 待办 are items; 总结 has dates and judgements ('5月上旬完成定价' is restated by the 付晓东 todo; 4月8日-4月15日 is the sale period). Sent Fri 2026-04-17. '截止时间：4月22日' -> 2026-04-22; '下周一' -> 2026-04-20; '4月底前' -> 2026-04-30; '5月8日' -> 2026-05-08. '相关会议：下次复盘 4月24日（周五）10:00' -> follow-up 2026-04-24 10:00.",
     tests="Feishu 妙记 AI minutes forwarded: only 待办 count; （截止时间：…） style; 下周一; 4月底前; '相关会议' follow-up")

# ------------------------------------------------------------------------------------------------ 9630
S9630 = "2026-05-11T09:20:45+08:00"
T9630 = """于总：

上周五和包装供应商、物流的对接会纪要（腾讯会议AI生成的），待办我核了一下：第3条负责人应该是姜主任，不是王部长，AI听错了，其他没问题。

晓东

-------- 转发邮件信息 --------
发件人："腾讯会议" <noreply@wemeet.example.com>
发送时间：2026年5月8日 15:12
收件人："付晓东" <fuxiaodong@herun-rice.example.cn>
主题：【智能纪要】新米季包装及物流对接会

腾讯会议 · 智能纪要
会议主题：新米季包装及物流对接会
会议时间：2026/05/08 14:00-15:00
参会人：付晓东、崔明、王立国、杜海峰（恒佳包装）

会议要点
1. 5kg装外袋由单层PE改为PA/PE复合袋，破袋率目标降至0.5%以下。
2. 物流商承诺黑龙江省内次日达，省外3-5天。

待办事项
1. 杜海峰：提供真空小包装袋打样（2.5kg/5kg两款），5月15日前
2. 付晓东：确认电商物流发货时效要求并反馈物流商，5月13日前
3. 王立国：仓库新增抽真空封口机的电源改造，5月20日前完成
4. 崔明：与物流商谈冷季运费折扣，时间待定

以上内容由AI生成，请注意甄别"""


def b9630():
    to = [P("于洪涛")]
    cc = [P("崔明"), P("王立国"), P("姜宏伟"), P("杜海峰"), BOT]
    h, _ = exmail(S9630, P("付晓东"), to, cc, "转发：【智能纪要】新米季包装及物流对接会", "9630", cs="UTF-8")
    html = '<div style="font-family:微软雅黑;font-size:14px">' + paras_html(T9630) + "</div>"
    body = multi("alternative", [leaf("text/plain", T9630, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "----=_NextPart_%s_%s" % (hx("9630a", 8).upper(), hx("9630b", 8).upper()))
    return deliver("D", S9630, P("付晓东")[1], h, body, "9630", "smtpbg.qq.example.com", "183.3.255.59")


case(num=9630, slug="herun-tencent-meeting-ai-fwd-owner-corrected", kind="minutes", build=b9630,
     items=[item("杜海峰", "提供真空小包装袋打样（2.5kg/5kg两款）", ("abs", "2026-05-15"), "5月15日前"),
            item("付晓东", "确认电商物流发货时效要求并反馈物流商", ("abs", "2026-05-13"), "5月13日前"),
            item("姜宏伟", "仓库新增抽真空封口机的电源改造", ("abs", "2026-05-20"), "5月20日前"),
            item("崔明", "与物流商谈冷季运费折扣", ("vague",), "时间待定")],
     followup=None,
     notes="Exmail forward of Tencent Meeting AI minutes (腾讯会议 智能纪要) with a preface that corrects one owner: '第3条负责人应该是姜主任，不是王部长' -> item 3 is owned by 姜宏伟 (姜主任), not 王立国 as the AI wrote. Only 待办事项 count; 会议要点 (0.5%, 3-5天) are facts. Sent Mon 2026-05-11; all dates absolute: 2026-05-15, 2026-05-13, 2026-05-20; '时间待定' -> vague_due. 杜海峰 is the packaging supplier's contact (not in the roster), resolved from the Cc display name to duhaifeng@hjbz-pack.example.cn. No next meeting.",
     tests="Forwarded 腾讯会议 智能纪要 with a preface correcting an owner (王部长 -> 姜主任); external owner from Cc; only 待办事项")

# ------------------------------------------------------------------------------------------------ 9631
S9631 = "2026-05-26T16:45:30+08:00"
HEAD9631 = ["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"]
ROW9631 = ["NC2026-05-26", "2026-05-26", "品控部/孙桂芬", "电商部、收储部、加工车间", "新米上市前品质把关",
           "讨论稻花香2号新米上市前的质检安排；加工车间确认色选机检修需停机1天",
           "①电商部6月1日前完成新品详情页质检报告上传（赵雪）②收储部5月29日前完成3号仓水分复检（王部长）③加工车间端午节前完成色选机检修（姜主任）",
           "进行中", "需补充农残检测第三方报告"]
T9631_PRE = "各位：\n\n今天新米上市品质把关沟通的记录如下，请按节点完成。\n"
T9631_POST = "\n孙桂芬\n品控部  0455-8327716"


def h9631():
    to = [P("赵雪"), P("王立国"), P("姜宏伟")]
    cc = [P("于洪涛"), P("付晓东"), BOT]
    return dingtalk(S9631, P("孙桂芬"), to, cc, "内部沟通记录 NC2026-05-26 新米上市前品质把关", "9631")


def b9631():
    h, _ = h9631()
    text = T9631_PRE + "\n" + "\n".join("%s：%s" % (a, b) for a, b in zip(HEAD9631, ROW9631)) + "\n" + T9631_POST
    html = ('<div style="font-family:PingFang SC;font-size:14px">' + paras_html(T9631_PRE)
            + html_table([HEAD9631, ROW9631]) + paras_html(T9631_POST) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "----=ALIBOUNDARY_%s" % hx("9631", 20))
    return deliver("D", S9631, P("孙桂芬")[1], h, body, "9631", "out30-88.mail.alimail.example.com", "115.124.30.88")


ITEMS9631 = [item("赵雪", "完成新品详情页质检报告上传", ("abs", "2026-06-01"), "6月1日前"),
             item("王立国", "完成3号仓水分复检", ("abs", "2026-05-29"), "5月29日前"),
             item("姜宏伟", "完成色选机检修", ("before_hol", "2026-06-19"), "端午节前")]

case(num=9631, slug="herun-internal-record-seed-alimail", kind="minutes", build=b9631, items=ITEMS9631,
     followup=None,
     notes="Seed 内部沟通记录表 (沟通编号 NC2026-05-26) as an HTML table, DingTalk/Alimail UTF-8, text part as key：value lines. Sent Tue 2026-05-26. 待办事项 cell '①…（赵雪）②…（王部长）③…（姜主任）': 赵雪 2026-06-01; 王部长 = 王立国, 2026-05-29; 姜主任 = 姜宏伟, '端午节前' (holiday 06-19..06-21) -> Thu 2026-06-18. '色选机检修需停机1天' is a fact; 备注 '需补充…报告' has no owner or date and is a remark. No next meeting. Corrected by 9637.",
     tests="Alimail seed 内部沟通记录表 NC2026-05-26: ①②③ '(姓名/职务)' in one cell; 王部长/姜主任 aliases; 端午节前")

# ------------------------------------------------------------------------------------------------ 9632
S9632 = "2026-06-17T17:20:19+08:00"
T9632 = """今天销售例会（于总主持）记录：

端午档期总体判断：礼盒装备货充足，电商渠道按去年1.3倍备货；哈尔滨商超堆头位置尚未落实。

@崔明 端午前把哈尔滨三家商超的节日堆头确认下来
@范玉梅 节后第一天把5月回款明细发给各区域经理
@付晓东 明天下午4点前提交618大促备货清单
@王立国 6.30前完成收储部库存盘点，盘点表报财务

下次销售例会：6月24日（周三）上午8:30，公司二楼会议室。

—— 记录：赵雪"""


def b9632():
    to = [P("崔明"), P("范玉梅"), P("付晓东"), P("王立国")]
    cc = [P("于洪涛"), BOT]
    h, _ = dingtalk(S9632, P("赵雪"), to, cc, "6.17 销售例会记录", "9632")
    body = leaf("text/plain", T9632, "UTF-8", "quoted-printable")
    return deliver("D", S9632, P("赵雪")[1], h, body, "9632", "out30-92.mail.alimail.example.com", "115.124.30.92")


case(num=9632, slug="herun-at-mentions-dragon-boat-dingtalk-qp", kind="minutes", build=b9632,
     items=[item("崔明", "确认哈尔滨三家商超的节日堆头", ("before_hol", "2026-06-19"), "端午前"),
            item("范玉梅", "把5月回款明细发给各区域经理", ("after_hol", "2026-06-21"), "节后第一天"),
            item("付晓东", "提交618大促备货清单", ("rel", 1, "16:00"), "明天下午4点前"),
            item("王立国", "完成收储部库存盘点，盘点表报财务", ("abs", "2026-06-30"), "6.30前")],
     followup=("abs", "2026-06-24", "08:30"),
     notes="DingTalk mail plain text (UTF-8 QP) with '@姓名 task' lines, sent Wed 2026-06-17 just before the Dragon Boat holiday (Fri 06-19..Sun 06-21). '端午前' -> last working day Thu 2026-06-18; '节后第一天' -> Mon 2026-06-22; '明天下午4点前' -> 2026-06-18 16:00; '6.30前' -> 2026-06-30. The 总体判断 paragraph (1.3倍备货, 堆头尚未落实) is context. '下次销售例会：6月24日（周三）上午8:30' -> follow-up 2026-06-24 08:30.",
     tests="DingTalk '@姓名 task' lines in QP plain text; 端午前 / 节后第一天 / 明天下午4点前 / 6.30前")

# ------------------------------------------------------------------------------------------------ 9633
S9633 = "2026-07-23T08:47:51+08:00"
T9633 = """于总：

我同意王部长的意见，收购价可以按每斤1.62元起步，但最终还是要看8月中旬新粮上市的行情再定。另外建议本周五前跟几家合作社先通个气，免得被外地粮商抢先。

崔明

------------------ 原始邮件 ------------------
发件人: "王立国"<wangliguo@herun-rice.example.cn>
发送时间: 2026年7月22日(星期三) 下午4:05
收件人: "于洪涛"<yuhongtao@herun-rice.example.cn>;
抄送: "崔明"<cuiming@herun-rice.example.cn>;"纪要小助手"<minutes@herun-rice.example.cn>;
主题: 关于秋粮收购价格的建议

于总：
今年寒地水稻长势好，预计单产提高5%左右。建议收购价以每斤1.62元为基础，按水分、出米率分档上浮，
8月10日前拿出收购方案初稿。
王立国"""


def b9633():
    irt = "<tencent_%s@exmail.qq.com>" % hx("9633orig", 36).upper()
    h, _ = exmail(S9633, P("崔明"), [P("于洪涛")], [P("王立国"), BOT], "回复：关于秋粮收购价格的建议", "9633",
                  cs="UTF-8", irt=irt, refs=[irt])
    html = '<div style="font-family:微软雅黑;font-size:14px">' + paras_html(T9633) + "</div>"
    body = multi("alternative", [leaf("text/plain", T9633, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "----=_NextPart_%s_%s" % (hx("9633a", 8).upper(), hx("9633b", 8).upper()))
    return deliver("D", S9633, P("崔明")[1], h, body, "9633", "smtpbg.qq.example.com", "183.3.255.59")


case(num=9633, slug="herun-other-reply-in-price-thread-exmail", kind="other", build=b9633, items=[], followup=None,
     notes="A reply in a discussion thread that is not minutes and not a reply to a bot recap (the bot was in Cc of the original proposal). It voices an opinion and a suggestion with a date ('本周五前跟合作社通个气'); the quoted proposal has '8月10日前拿出收购方案初稿'. No meeting, no minutes -> other; no command for the bot either.",
     tests="'回复：' in a price-proposal thread (not minutes, no bot recap), suggestion with 本周五前, quoted proposal with a date -> other")
