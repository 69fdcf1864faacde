"""heldout64 cases, organisation D (continued)."""
import datetime as dt

from hl64_cases_a import T8, case
from hl64_clients import alt, bnd, envelope
from hl64_core import It, leaf, message, multi
from hl64_html import web_html, web_table

# ------------------------------------------------------------------ 9228
HEAD28 = ["序号", "工作内容", "责任人", "完成时间"]
ROWS28 = [
    ["1", "清理各车间消防通道堆放物", "贾文博（主责）、各车间主任（配合）", "8月5日前"],
    ["2", "发放高温防暑物资", "周宁（主责）、贾文博（配合）", "本周三"],
    ["3", "委托第三方开展粉尘防爆检测", "贾文博", "8月7日（周五）17:00前"],
    ["4", "开展全员消防安全培训", "各车间", "8月底前"],
]
T9228 = """各位：

今天上午（10:00-11:00）安全环保例会纪要如下：

会议通报：7月全厂未发生安全事故；7月28日消防检查发现问题9项，已整改6项。

{{T0}}

下次安全例会：下周一同一时间。

贾文博
安全环保部"""


def _plain28():
    rows = ["\t".join(HEAD28)] + ["\t".join(r) for r in ROWS28]
    return T9228.replace("{{T0}}", "\n".join(rows))


@case(9228, "korla-safety-zhuze-peihe-names-feishu", "minutes",
      "Feishu mail HTML table where one 责任人 cell lists '主责' and '配合' people (the 主责 owns), a time in the "
      "deadline ('8月7日（周五）17:00前'), owner '各车间' (no department), '下周一同一时间' from a 10:00 meeting",
      dt.datetime(2026, 8, 3, 11, 40, 29, tzinfo=T8),
      [It("jiawb", "清理各车间消防通道堆放物", ("date", "2026-08-05")),
       It("zhouning", "发放高温防暑物资", ("this", 2)),
       It("jiawb", "委托第三方开展粉尘防爆检测", ("date", "2026-08-07", "17:00")),
       It(None, "开展全员消防安全培训", ("mend",))],
      ("next", 0, "10:00"),
      "Sent Mon 2026-08-03 11:40 +0800. Row 1: 贾文博（主责） owns it, '各车间主任（配合）' help -> 2026-08-05. Row 2: "
      "周宁（主责） owns it (贾文博 配合), '本周三' -> 2026-08-05. Row 3 -> 2026-08-07 17:00. Row 4 '各车间' is no "
      "person and no department of the roster -> owner null, department null, no_owner; '8月底前' -> 2026-08-31. "
      "会议通报 figures (7月28日, 9项/6项) are status. '下周一同一时间' = next Monday at the meeting's 10:00 -> "
      "2026-08-10 10:00.")
def b9228(c):
    hs = envelope("feishu", c, "D", "jiawb", ["zhouning", "chengang", "maxj", "turhun"], ["erkin", "botD"],
                  "安全环保例会纪要（8月3日）")
    html = web_html(T9228, [web_table(HEAD28, ROWS28)], font="PingFang SC")
    return message(hs, alt("feishu", c, _plain28(), html, "utf-8", "base64"))


# ------------------------------------------------------------------ 9229
T9229 = """《孔雀河简讯》2026年第7期

【生产】7月全厂累计产纱1860吨，环比增长4.2%；细纱断头率降至每千锭时23根。
【市场】摩洛哥客户Tissages du Souss三季度订单120吨已签约，8月中旬起分批发运。
【安全】7月28日开展消防专项检查，发现问题9项，8月5日前全部整改到位。
【人事】第二批挡车工岗前培训已结束，32名新员工8月1日上岗。
【通知】公司将于8月底前完成职工食堂改造，改造期间请到二号餐厅就餐。

人事行政部 编
欢迎投稿：zhouning@kqh-cotton.example.cn"""


@case(9229, "korla-internal-newsletter-by-hand-wecom", "other",
      "An internal newsletter typed and sent by a person to the all-staff address (no List-Id/Precedence), with "
      "dates and '前' deadlines in news items -> other, not minutes",
      dt.datetime(2026, 7, 31, 17, 30, 6, tzinfo=T8),
      [], None,
      "A monthly staff newsletter written and sent by a person (no bulk/list headers; the bot receives it through "
      "the all-staff list). Its dates ('8月5日前全部整改到位', '8月底前完成职工食堂改造') are news, nobody is given "
      "a task -> kind other, no items.")
def b9229(c):
    hs = envelope("wecom", c, "D", "zhouning", ["erkin"], [], "《孔雀河简讯》2026年第7期")
    hs = [x if not x.startswith("To: ") else "To: all <all@kqh-cotton.example.cn>" for x in hs]
    return message(hs, alt("wecom", c, T9229, web_html(T9229, font="微软雅黑"), "utf-8", "base64"))


# ------------------------------------------------------------------ 9230
T9230 = """您好，我8月10日至8月14日在乌鲁木齐参加棉花交易会，期间邮件回复不及时。
急事请联系刘珊（liushan@kqh-cotton.example.cn，0996-2208815）。

古丽米拉·吐尔逊
供销部"""


@case(9230, "korla-exmail-autoreply-no-header", "auto",
      "Exmail/WeCom automatic reply '自动回复:' to a bot reminder with no Auto-Submitted or X-Autoreply header: "
      "recognised only by the subject prefix and wording; body has dates and a phone number",
      dt.datetime(2026, 8, 11, 9, 1, 52, tzinfo=T8),
      [], None,
      "Automatic reply ('自动回复: …') to the bot's reminder; this client adds no Auto-Submitted header, so only "
      "the subject prefix, the In-Reply-To and the out-of-office wording show it -> kind auto.")
def b9230(c):
    hs = envelope("exmail", c, "D", "gulmira", [], [], "自动回复: 【提醒】与尉犁县轧花厂签订新棉收购意向书 即将到期",
                  irt="<r.20260811.08f3a1@kqh-cotton.example.cn>")
    hs = [x if not x.startswith("To: ") else "To: minutes+r5d21c0e9f44@kqh-cotton.example.cn" for x in hs]
    return message(hs, leaf("text/plain", T9230, "utf-8", "base64"))


# ------------------------------------------------------------------ 9235
HEAD35 = ["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"]
ROWS35 = [["NC2026-07-20", "2026-07-20", "生产技术部/王部长", "细纱车间、设备动力部", "细纱机节能改造方案",
           "讨论变频改造范围；设备动力部确认电机交货期为15个工作日",
           "①细纱车间7月24日前提交改造预算（陈主任）②设备动力部7月28日前完成电机选型（吐工）", "进行中",
           "需补充电费测算数据"]]
T9235 = """陈主任、吐工：

今天的沟通记录见下表。

{{T0}}

王建疆"""


def _plain35():
    rows = ["\t".join(HEAD35)] + ["\t".join(r) for r in ROWS35]
    return T9235.replace("{{T0}}", "\n".join(rows))


@case(9235, "korla-nc-record-seed-table-wecom", "minutes",
      "Seed 内部沟通记录表 as a WeCom HTML table, one record: '①部门X月X日前…（姓名）②…' in one 待办事项 cell with "
      "title aliases (陈主任, 吐工); '15个工作日' in the summary and the 备注 are not items",
      dt.datetime(2026, 7, 20, 15, 10, 45, tzinfo=T8),
      [It("chengang", "提交改造预算", ("date", "2026-07-24")),
       It("turhun", "完成电机选型", ("date", "2026-07-28"))],
      None,
      "Sent Mon 2026-07-20 15:10 +0800. The owner is the name in brackets after each sub-item: 陈主任 = 陈刚 "
      "(2026-07-24), 吐工 = 吐尔洪·阿不都 (2026-07-28). '电机交货期为15个工作日' (核心内容摘要) and '需补充电费测算"
      "数据' (备注) are information. No next meeting.")
def b9235(c):
    hs = envelope("wecom", c, "D", "wangjj", ["chengang", "turhun"], ["botD"], "细纱机节能改造方案沟通记录")
    html = web_html(T9235, [web_table(HEAD35, ROWS35)], font="微软雅黑")
    return message(hs, alt("wecom", c, _plain35(), html, "utf-8", "base64"))
