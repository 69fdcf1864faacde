"""Cases 9634-9638: 绥化禾润寒地稻米有限公司 (continued): request, auto-reply, period deadlines, correction, make-up day."""
from h68_clients import apple, coremail, dingtalk, netease
from h68_common import BOTS, P, deliver, esc, html_table, hx, item, leaf, multi, paras_html
import cases_d

BOT = BOTS["D"]
CASES = []


def case(**kw):
    CASES.append(kw)


# ------------------------------------------------------------------------------------------------ 9634
S9634 = "2026-07-06T21:14:26+08:00"
T9634 = """崔经理，麻烦周四前把上半年各渠道销量汇总发我，周五董事会要用。电商和商超分开列。

发自我的iPhone"""


def b9634():
    h, _ = apple(S9634, P("于洪涛"), [P("崔明")], [P("付晓东"), BOT], "上半年销量汇总", "9634", iphone=True)
    body = leaf("text/plain", T9634, "utf-8", "base64", csq=False)
    return deliver("D", S9634, P("于洪涛")[1], h, body, "9634", "[10.8.0.14]", "223.104.9.14")


case(num=9634, slug="herun-other-boss-request-iphone", kind="other", build=b9634, items=[], followup=None,
     notes="A boss's one-line request from iPhone Mail ('周四前…发我'), bot in Cc; no meeting, no minutes -> other.",
     tests="iPhone Mail one-line request '周四前发我' with the bot in Cc -> other")

# ------------------------------------------------------------------------------------------------ 9635
S9635 = "2026-07-28T10:31:05+08:00"
T9635 = """您好！

您的来信已收到。本人7月27日至8月2日休年假，期间不能及时处理邮件。
打样、报价等急事请联系公司业务部 0451-8776 3320，8月3日后我会尽快回复您。

杜海峰
恒佳包装
（此为自动回复）"""


def b9635():
    irt = "<mb.%s@herun-rice.example.cn>" % hx("9636recap", 16)
    h, _ = netease(S9635, P("杜海峰"), [BOT], None, "自动回复: Re: 【纪要确认】秋粮收购准备会", "9635",
                   irt=irt, refs=[irt])
    body = leaf("text/plain", T9635, "UTF-8", "base64")
    return deliver("D", S9635, P("杜海峰")[1], h, body, "9635", "mx.hjbz-pack.example.cn", "123.58.177.150")


case(num=9635, slug="auto-vacation-netease-no-auto-submitted", kind="auto", build=b9635, items=[], followup=None,
     notes="Vacation auto-reply from a supplier's NetEase enterprise mailbox WITHOUT Auto-Submitted/X-Autoreply/Precedence headers: only the subject '自动回复: Re: 【纪要确认】…', In-Reply-To a bot recap and the body ('此为自动回复') show it. Dates in the body are not items -> auto.",
     tests="NetEase vacation reply with NO Auto-Submitted header (subject + body only), in reply to a recap -> auto")

# ------------------------------------------------------------------------------------------------ 9636
S9636 = "2026-07-21T15:02:37+08:00"
T9636 = """各位：

今天上午秋粮收购准备会，定了下面几件事：

1. 烘干塔及提升机检修，月底前完成。——王部长
2. 秋粮收购资金预算（含银行授信额度），下月10号前报我。——范会计
3. 检化验室水分仪、容重器校准，三季度末前完成并取得校准证书。——孙经理
4. 与五家合作社签订单收购协议，争取8月中旬签完。——崔经理

收购价暂按去年标准执行，新粮上市后再议。

下次会议：8月4日（周二）下午1点半。

于洪涛"""


def b9636():
    to = [P("王立国"), P("范玉梅"), P("孙桂芬"), P("崔明")]
    h, _ = apple(S9636, P("于洪涛"), to, [P("姜宏伟"), BOT], "秋粮收购准备会", "9636")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + paras_html(T9636) + "</body></html>")
    body = multi("alternative", [leaf("text/plain", T9636, "utf-8", "base64", csq=False),
                                 leaf("text/html", html, "utf-8", "quoted-printable", csq=False)],
                 "Apple-Mail=_%s-%s-%s" % (hx("9636", 8).upper(), hx("9636a", 4).upper(), hx("9636b", 12).upper()))
    return deliver("D", S9636, P("于洪涛")[1], h, body, "9636", "[192.168.3.21]", "1.189.64.21")


case(num=9636, slug="herun-period-deadlines-apple-mail", kind="minutes", build=b9636,
     items=[item("王立国", "烘干塔及提升机检修", ("month_end",), "月底前"),
            item("范玉梅", "报送秋粮收购资金预算（含银行授信额度）", ("abs", "2026-08-10"), "下月10号前"),
            item("孙桂芬", "检化验室水分仪、容重器校准并取得校准证书", ("quarter_end",), "三季度末前"),
            item("崔明", "与五家合作社签订单收购协议", ("vague",), "8月中旬")],
     followup=("abs", "2026-08-04", "13:30"),
     notes="Apple Mail from the general manager, owners trailing as titles (王部长/范会计/孙经理/崔经理). Sent Tue 2026-07-21. '月底前' -> 2026-07-31; '下月10号前' -> 2026-08-10; '三季度末前' -> 2026-09-30; '争取8月中旬签完' -> a period, vague_due with no date (corpus convention for 中旬; the research table would give the 20th). '收购价暂按去年标准执行' is a decision. '下次会议：8月4日（周二）下午1点半' -> 2026-08-04 13:30.",
     tests="Apple Mail: title-only owners; 月底前 / 下月10号前 / 三季度末前 / 8月中旬 (vague); 下午1点半")

# ------------------------------------------------------------------------------------------------ 9637
S9637 = "2026-05-27T09:05:12+08:00"
T9637 = """各位：

更正昨天的沟通记录：②收储部3号仓水分复检由5月29日调整为6月2日（王部长确认，烘干设备周末检修）。其余不变，完整记录如下。

沟通编号：NC2026-05-26
沟通主题：新米上市前品质把关
待办事项：
①电商部6月1日前完成新品详情页质检报告上传（赵雪）
②收储部6月2日前完成3号仓水分复检（王部长）
③加工车间端午节前完成色选机检修（姜主任）
状态：进行中

孙桂芬
品控部"""


def b9637():
    _, mid = cases_d.h9631()
    to = [P("赵雪"), P("王立国"), P("姜宏伟")]
    cc = [P("于洪涛"), P("付晓东"), BOT]
    h, _ = dingtalk(S9637, P("孙桂芬"), to, cc, "Re: 【更正】内部沟通记录 NC2026-05-26 新米上市前品质把关", "9637",
                    irt=mid, refs=[mid])
    html = '<div style="font-family:PingFang SC;font-size:14px">' + paras_html(T9637) + "</div>"
    body = multi("alternative", [leaf("text/plain", T9637, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "----=ALIBOUNDARY_%s" % hx("9637", 20))
    return deliver("D", S9637, P("孙桂芬")[1], h, body, "9637", "out30-88.mail.alimail.example.com", "115.124.30.88")


case(num=9637, slug="herun-correction-resend-in-thread-alimail", kind="minutes", build=b9637,
     items=[cases_d.ITEMS9631[0],
            item("王立国", "完成3号仓水分复检", ("abs", "2026-06-02"), "6月2日前"),
            cases_d.ITEMS9631[2]],
     followup=None,
     notes="【更正】 re-send of 9631 in the same thread (In-Reply-To/References = 9631's Message-ID, same ref NC2026-05-26): still minutes, the complete item list again. Sent Wed 2026-05-27. ② '由5月29日调整为6月2日' -> the new date 2026-06-02 (the old 5月29日 is not a second item); ① 2026-06-01 and ③ '端午节前' -> 2026-06-18 unchanged.",
     tests="【更正】 re-send in the 9631 thread: full list again, ② 由5月29日调整为6月2日 -> new date, no duplicate")

# ------------------------------------------------------------------------------------------------ 9638
S9638 = "2026-05-09T10:15:48+08:00"
T9638 = """于总、各位：

今天（周六调休上班）车间例会纪要：

1、2号碾米机筛网磨损严重，明天（周日）加班更换，我负责。
2、包装线操作规程上墙，下周一前完成（品控部孙经理）。
3、碾米车间4月能耗统计，2个工作日内报送（范会计）。
4、色选机校准需厂家上门，请王部长尽快联系厂家。

五一期间设备停机检查无异常。

下次车间例会：5月15日（周五）上午8点。

姜宏伟
加工车间"""


def b9638():
    to = [P("于洪涛"), P("孙桂芬"), P("范玉梅"), P("王立国")]
    h, _ = coremail(S9638, P("姜宏伟"), to, [BOT], "加工车间例会纪要 5月9日", "9638", cs="GBK")
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + paras_html(T9638) + "</div>")
    body = multi("alternative", [leaf("text/plain", T9638, "GBK", "base64"),
                                 leaf("text/html", html, "GBK", "base64")],
                 "----=_Part_%s_%s.1778292948118" % (hx("9638a", 6), hx("9638b", 9)))
    return deliver("D", S9638, P("姜宏伟")[1], h, body, "9638", "192.168.5.30", "192.168.5.30")


case(num=9638, slug="herun-sent-on-makeup-saturday-coremail-gbk", kind="minutes", build=b9638,
     items=[item("姜宏伟", "更换2号碾米机筛网", ("rel", 1), "明天（周日）"),
            item("孙桂芬", "包装线操作规程上墙", ("next_wd", 0), "下周一前"),
            item("范玉梅", "报送碾米车间4月能耗统计", ("wdays", 2), "2个工作日内"),
            item("王立国", "联系厂家上门校准色选机", ("vague",), "尽快")],
     followup=("abs", "2026-05-15", "08:00"),
     notes="Coremail GBK minutes sent on Sat 2026-05-09, the Labour-Day make-up working day. #1 '明天（周日）加班更换，我负责' -> owner = the sender 姜宏伟, 2026-05-10 (a Sunday: the text says so). #2 '孙经理' = 孙桂芬, '下周一前' -> 2026-05-11. #3 '范会计' = 范玉梅, '2个工作日内' from Saturday: Mon 05-11, Tue 05-12 -> 2026-05-12. #4 '王部长' = 王立国, '尽快' -> vague_due. '五一期间…无异常' is a report. '下次车间例会：5月15日（周五）上午8点' -> 2026-05-15 08:00.",
     tests="Coremail GBK sent on the 05-09 make-up Saturday: 明天（周日）, 下周一前, 2个工作日内 from a Saturday, '我负责' = sender, 尽快")
