"""heldout64 cases, organisation D: 库尔勒孔雀河棉纺 (cotton spinning, Korla), customer Tissages du Souss (Morocco)."""
import datetime as dt

from hl64_cases_a import T8, case
from hl64_clients import alt, bnd, envelope
from hl64_core import It, leaf, message, multi
from hl64_html import excel_table, ms_html, web_html

# ------------------------------------------------------------------ 9224
T9224 = """陈主任、吐工、赵主任、马主任：

上午专题会的腾讯会议智能纪要转给大家，待办我核过了，按这个执行。

王建疆

------------------ 原始邮件 ------------------
发件人: "腾讯会议"<notice@wemeet.example.com>;
发送时间: 2026年5月12日(星期二) 中午12:02
收件人: "王建疆"<wangjianjiang@kqh-cotton.example.cn>;
主题: 【腾讯会议】智能纪要已生成：细纱断头率专题会

智能纪要：细纱断头率专题会
会议时间：2026/05/12 09:30-11:20（北京时间）
会议号：618 204 377

智能总结
本次会议分析了4月以来细纱断头率上升的原因，主要集中在钢领钢丝圈磨损、车间湿度偏低和并条工艺参数三个方面。会议计划6月初完成车间空调系统改造，届时断头率目标控制在每千锭时25根以内。

待办事项
· 陈刚：5月15日前完成细纱机钢领、钢丝圈更换计划
· 吐尔洪：下周一前排查空调加湿系统，出具排查报告
· 赵红梅：每班增加条干抽检
· 马晓军：尽快调整并条工艺参数

章节
00:00 断头率数据回顾
25:10 钢领钢丝圈磨损情况
58:30 车间温湿度
87:45 并条工艺参数讨论

以上内容由AI生成，仅供参考"""


@case(9224, "korla-fwd-tencent-meeting-ai-minutes-wecom", "minutes",
      "WeCom forward (QQ-style '原始邮件' block) of a 腾讯会议 智能纪要: only 待办事项 count; a plan in 智能总结 "
      "('6月初完成…改造') is not an item; no date -> no_due, 尽快 -> vague",
      dt.datetime(2026, 5, 12, 16, 5, 38, tzinfo=T8),
      [It("chengang", "完成细纱机钢领、钢丝圈更换计划", ("date", "2026-05-15")),
       It("turhun", "排查空调加湿系统，出具排查报告", ("next", 0)),
       It("zhaohm", "每班增加条干抽检", None),
       It("maxj", "调整并条工艺参数", "vague")],
      None,
      "Sent Tue 2026-05-12 16:05 +0800; the AI minutes are below the forwarded-mail block and must be read. Only "
      "待办事项 count. '5月15日前' -> 2026-05-15. '下周一前' -> 2026-05-18. 赵红梅's 待办 has no deadline -> no_due "
      "(a standing instruction, recorded as written). '尽快' -> vague_due. '6月初完成车间空调系统改造' and the "
      "target '25根以内' in 智能总结 are plans, not 待办. No next meeting.")
def b9224(c):
    hs = envelope("wecom", c, "D", "wangjj", ["chengang", "turhun", "zhaohm", "maxj"], ["botD"],
                  "转发：【腾讯会议】智能纪要已生成：细纱断头率专题会")
    return message(hs, alt("wecom", c, T9224, web_html(T9224, font="微软雅黑"), "utf-8", "base64"))


# ------------------------------------------------------------------ 9225
T9225 = """Dear Youssef, Salma,

Thank you for today's video call. Minutes and actions as below.

Participants: Youssef El Amrani, Salma Benali (Tissages du Souss); Gulmira, Zhao Hongmei, Sandy Liu (Kongquehe)

1. Quality of lot 2605 (Ne 40/1 combed compact)
   Salma reported CV% of 13.8 on two cones against 12.5 in the contract. Kongquehe will re-test the retained samples.
2. Q3 price and volume
   Youssef needs 120 t for Q3; price to be confirmed.

Actions
@Gulmira confirm the Q3 price for Ne 40/1 combed compact yarn by Jun 5
@Youssef send the draft L/C by next Friday
@Sandy ship 2 cones of retained samples by DHL - EOD tomorrow
@Zhao Hongmei provide the USTER report for lot 2605 - within 3 working days

Next check-in: Wednesday June 10, 10:00 Casablanca / 17:00 Beijing.

Best regards,
Sandy Liu
Sales Dept. | Korla Kongquehe Cotton Spinning Co., Ltd."""


@case(9225, "korla-at-mention-actions-english-dingtalk", "minutes",
      "English minutes to a Moroccan customer from DingTalk mail: '@name task by/- when' lines, customer owner, "
      "'EOD tomorrow', 3 working days from a Thursday; next check-in in Casablanca and Beijing time",
      dt.datetime(2026, 5, 28, 18, 20, 11, tzinfo=T8),
      [It("gulmira", "confirm the Q3 price for Ne 40/1 combed compact yarn", ("date", "2026-06-05")),
       It(("ext", "youssef"), "send the draft L/C", ("next", 4)),
       It("sandy", "ship 2 cones of retained samples by DHL", ("rel", 1)),
       It("zhaohm", "provide the USTER report for lot 2605", ("work", 3))],
      ("date", "2026-06-10", "17:00"),
      "Sent Thu 2026-05-28 18:20 +0800. '@Gulmira' = 古丽米拉·吐尔逊 (alias), 'by Jun 5' -> 2026-06-05. '@Youssef' "
      "= Youssef El Amrani (To, outside the roster), 'by next Friday' -> Friday of next week 2026-06-05. '@Sandy' "
      "= 刘珊 (the writer), 'EOD tomorrow' -> 2026-05-29, no time ('by DHL' is how, not when). '@Zhao Hongmei' = "
      "赵红梅, 'within 3 working days' -> Fri 05-29, Mon 06-01, Tue 06-02 -> 2026-06-02. 'CV% 13.8', '120 t' are "
      "facts. Next check-in 10:00 Casablanca (UTC+1) = 17:00 Beijing -> 2026-06-10 17:00.")
def b9225(c):
    hs = envelope("dingtalk", c, "D", "sandy", ["youssef", "salma"], ["gulmira", "zhaohm", "botD"],
                  "Minutes of video call 28 May - lot 2605 quality / Q3 order")
    return message(hs, alt("dingtalk", c, T9225, web_html(T9225, font="Arial"), "UTF-8", "quoted-printable"))


# ------------------------------------------------------------------ 9226
T9226 = """各位领导、同事：

7月3日公司周例会纪要如下（艾总主持）。

一、上次待办回顾
1. 细纱车间钢领更换——陈刚——已完成
2. 空调加湿系统排查——吐尔洪——已完成，报告已提交
3. 挡车工招聘——周宁——进行中，已到岗6人

二、本次待办
1. 古丽米拉：下周三前与尉犁县轧花厂签订新棉收购意向书
2. 贾文博：7月10日前完成消防专项检查问题整改
3. 周宁：7月中旬前完成第二批挡车工岗前培训
4. 吐尔洪：今晚10点前恢复3号空压机运行

三、下次例会
7月10日（周五）上午10点（北京时间），公司三楼会议室。

周宁
人事行政部"""


@case(9226, "korla-weekly-review-plus-new-todos-dingtalk-qp", "minutes",
      "DingTalk HTML QP weekly minutes with 上次待办回顾 (status, one still 进行中) and 本次待办: 下周三前, "
      "7月中旬前 (vague), '今晚10点前' -> time; next meeting in 北京时间 (Xinjiang writers state the zone)",
      dt.datetime(2026, 7, 3, 19, 5, 44, tzinfo=T8),
      [It("gulmira", "与尉犁县轧花厂签订新棉收购意向书", ("next", 2)),
       It("jiawb", "完成消防专项检查问题整改", ("date", "2026-07-10")),
       It("zhouning", "完成第二批挡车工岗前培训", "vague"),
       It("turhun", "恢复3号空压机运行", ("rel", 0, "22:00"))],
      ("date", "2026-07-10", "10:00"),
      "Sent Fri 2026-07-03 19:05 +0800. 上次待办回顾 lines (two 已完成, one 进行中) are status of old items, not new "
      "items. 本次待办: '下周三前' -> 2026-07-08; '7月10日前' -> 2026-07-10; '7月中旬前' is a period -> vague_due; "
      "'今晚10点前' -> 2026-07-03 22:00. 下次例会 7月10日（周五）上午10点（北京时间） -> 2026-07-10 10:00.")
def b9226(c):
    hs = envelope("dingtalk", c, "D", "zhouning", ["gulmira", "jiawb", "turhun", "chengang"], ["erkin", "botD"],
                  "公司周例会纪要（7月3日）")
    return message(hs, leaf("text/html", web_html(T9226, font="PingFang SC"), "UTF-8", "quoted-printable"))


# ------------------------------------------------------------------ 9227
HEAD27 = ["问题编号", "问题描述", "紧急程度", "责任人", "解决措施", "时限", "状态"]
ROWS27 = [
    ["Q-0715-01", "细纱棉结超标（+200%棉结38个/km）", "高", "马晓军", "调整梳棉盖板速度并复测", "4小时内", "处理中"],
    ["Q-0715-02", "络筒电清误切率高", "中", "吐尔洪", "校准电子清纱器参数", "24小时内", "处理中"],
    ["Q-0715-03", "摩洛哥客户投诉纱支偏差", "高", "刘珊", "回复客户8D报告D3临时措施", "7月17日前", "处理中"],
    ["Q-0713-02", "清花车间异纤", "中", "马晓军", "加装异纤检测装置", "7月14日", "已关闭"],
]
T9227 = """各位：

今天质量协调会的问题协调解决记录如下（从台账里直接拷过来的）：

{{T0}}

时限按本邮件发出时间起算，处理结果请在台账里更新。

赵红梅
质检中心"""


def _plain27():
    rows = ["\t".join(HEAD27)] + ["\t".join(r) for r in ROWS27]
    return T9227.replace("{{T0}}", "\n".join(rows))


@case(9227, "korla-issue-log-hours-excel-paste-outlook", "minutes",
      "问题协调解决记录表 pasted from Excel into Outlook UTF-8: 4小时内 / 24小时内 from the Date header give times; "
      "a 已关闭 row excluded; the same owner on an open and a closed row",
      dt.datetime(2026, 7, 15, 14, 20, 0, tzinfo=T8),
      [It("maxj", "调整梳棉盖板速度并复测", ("hours", 4)),
       It("turhun", "校准电子清纱器参数", ("hours", 24)),
       It("sandy", "回复客户8D报告D3临时措施", ("date", "2026-07-17"))],
      None,
      "Sent Wed 2026-07-15 14:20:00 +0800. The task is the 解决措施 column. '4小时内' -> 2026-07-15 18:20; "
      "'24小时内' -> 2026-07-16 14:20 (the mail says hours count from sending). '7月17日前' -> 2026-07-17. Row "
      "Q-0713-02 状态 已关闭 -> not an item (马晓军 still owns the open row 1). '+200%棉结38个/km' is a measurement. "
      "No next meeting.")
def b9227(c):
    hs = envelope("outlook", c, "D", "zhaohm", ["maxj", "turhun", "sandy"], ["wangjj", "botD"],
                  "7月15日质量问题协调记录", cs="utf-8")
    html = ms_html(T9227, "utf-8", [excel_table(HEAD27, ROWS27)])
    return message(hs, alt("outlook", c, _plain27(), html, "utf-8", "base64"))
