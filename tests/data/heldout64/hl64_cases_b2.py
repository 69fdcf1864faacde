"""heldout64 cases, organisation B (continued) and its SOE counterpart 原州城投."""
import datetime as dt

from hl64_cases_a import T8, case
from hl64_clients import alt, bnd, envelope
from hl64_core import It, addr, htext, leaf, message, multi, rfc_date
from hl64_html import excel_table, ms_html, web_html

# ------------------------------------------------------------------ 9213
HEAD13 = ["序号", "重点工作", "牵头科室", "责任人", "计划完成时间", "进展情况", "是否办结"]
ROWS13 = [
    ["1", "既有住宅加装电梯试点申报", "城建科", "海军", "2026/7/20", "已报送区政府", "是"],
    ["2", "物业服务质量考核", "房产管理科", "苏玉兰", "2026/7/31", "已完成60%", "否"],
    ["3", "建筑市场信用评价", "建筑业管理科", "锁建平", "2026/8/14", "正在收集企业资料", "否"],
    ["4", "城市体检数据采集", "城建科", "田博、城投公司", "待定", "未启动", "否"],
    ["5", "安全生产月活动总结", "质量安全监督站", "冯蓉", "2026/7/10", "逾期未报", "否"],
]
T9213 = """各科室、站：

7月重点工作督办台账（截至7月24日）如下，未办结事项请抓紧推进：

{{T0}}

下周五（7月31日）上午9点召开督办推进会，请各责任人汇报进展。

办公室 杨慧"""


def _plain13():
    rows = ["\t".join(HEAD13)] + ["\t".join(r) for r in ROWS13]
    return T9213.replace("{{T0}}", "\n".join(rows))


@case(9213, "gov-duban-taizhang-excel-paste-outlook", "minutes",
      "重点工作督办台账 pasted from Excel into Outlook (x:num/x:str cells, dates as 2026/7/31): 是否办结=是 row "
      "excluded, an overdue row kept with its past date, '田博、城投公司' cell, 待定; next meeting '下周五（7月31日）上午9点'",
      dt.datetime(2026, 7, 24, 11, 30, 55, tzinfo=T8),
      [It("suyl", "物业服务质量考核", ("date", "2026-07-31")),
       It("suojp", "建筑市场信用评价", ("date", "2026-08-14")),
       It("tianbo", "城市体检数据采集", "vague"),
       It("fengrong", "安全生产月活动总结", ("date", "2026-07-10"))],
      ("date", "2026-07-31", "09:00"),
      "Sent Fri 2026-07-24 11:30 +0800. Row 1 是否办结=是 -> done, not an item. Row 2 -> 苏玉兰 2026-07-31. Row 3 -> "
      "锁建平 2026-08-14. Row 4 责任人 '田博、城投公司': the person 田博 owns it, the company helps; 待定 -> "
      "vague_due. Row 5 is overdue ('逾期未报'): still open, due keeps its written past date 2026-07-10. "
      "'下周五（7月31日）上午9点' -> 2026-07-31 09:00 (Friday of next week, matches the date).")
def b9213(c):
    hs = envelope("outlook", c, "B", "yanghui", ["haijun", "suyl", "suojp", "tianbo", "fengrong"], ["mayf", "botB"],
                  "7月重点工作督办台账", cs="utf-8")
    html = ms_html(T9213, "utf-8", [excel_table(HEAD13, ROWS13)])
    return message(hs, alt("outlook", c, _plain13(), html, "utf-8", "base64"))


# ------------------------------------------------------------------ 9214
T9214 = """各科室、站：

根据区委办公室要求，请于7月3日（周五）前将本科室2026年上半年工作总结和下半年工作计划（电子版）报局办公室邮箱，字数控制在3000字以内。

联系人：李想，电话0954-2035618。

原州区住房和城乡建设局办公室
2026年6月26日"""


@case(9214, "gov-notice-request-foxmail", "other",
      "Foxmail gb2312 office notice asking every unit to submit a report '7月3日（周五）前': a request with a "
      "deadline, not minutes -> other",
      dt.datetime(2026, 6, 26, 10, 0, 41, tzinfo=T8),
      [], None,
      "An office notice (通知) asking all units to send their half-year summaries by 07-03; there was no meeting "
      "and nobody is assigned by name -> kind other, no items.")
def b9214(c):
    hs = envelope("foxmail", c, "B", "yanghui", ["haijun", "suyl", "suojp", "fengrong"], ["lixiang", "botB"],
                  "关于报送2026年上半年工作总结的通知", cs="gb2312", quote=True)
    return message(hs, alt("foxmail", c, T9214, web_html(T9214, font="宋体", cs="gb2312"), "gb2312", "base64"))


# ------------------------------------------------------------------ 9215
def b9215(c):
    dom = "yzqzjj.example.gov.cn"
    b = bnd("coremail", c, 2)
    orig_date = rfc_date(c.sent - dt.timedelta(minutes=1))
    text = ("很抱歉，您发送的邮件未能成功投递到以下收件人：\n\n"
            "huyongqaing@yzct.example.cn\n原因：收件人地址不存在（550 5.1.1 User unknown）\n\n"
            "This is the mail system at host mail.yzqzjj.example.gov.cn.\n"
            "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n")
    status = ("Reporting-MTA: dns; mail.yzqzjj.example.gov.cn\n"
              "Arrival-Date: " + orig_date + "\n\n"
              "Final-Recipient: rfc822; huyongqaing@yzct.example.cn\n"
              "Original-Recipient: rfc822;huyongqaing@yzct.example.cn\n"
              "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.yzct.example.cn\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <huyongqaing@yzct.example.cn>: Recipient address rejected: User unknown\n")
    orig = ("Return-Path: <minutes@yzqzjj.example.gov.cn>\n"
            "From: " + addr("纪要助手", "minutes@yzqzjj.example.gov.cn") + "\n"
            "To: " + addr("虎永强", "huyongqaing@yzct.example.cn") + "\n"
            "Subject: " + htext("【纪要确认】城区雨污分流改造工程调度会纪要（5月6日）").replace("\r\n", "\n") + "\n"
            "Date: " + orig_date + "\n"
            "Message-ID: <r.20260512.4f1c9e@yzqzjj.example.gov.cn>\n"
            "Auto-Submitted: auto-generated\n")
    parts = [leaf("text/plain", text, "utf-8", "base64"),
             ("Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n"), None),
             ("Content-Type: text/rfc822-headers\r\n\r\n" + orig.replace("\n", "\r\n"), None)]
    body = multi("report", parts, b, params="; report-type=delivery-status")
    hs = ["Return-Path: <>", f"Delivered-To: minutes@{dom}",
          f"Received: by mail.{dom} (Postfix)\r\n\tid 4gT2K1d0ZQz9; " + rfc_date(c.sent) + " (CST)",
          "Date: " + rfc_date(c.sent), "From: " + addr("系统退信", f"postmaster@{dom}"),
          "Subject: " + htext("系统退信：您发送的邮件未能投递"),
          f"To: minutes@{dom}", "MIME-Version: 1.0", f"Message-Id: <4gT2K1d0ZQz9@mail.{dom}>"]
    return message(hs, body)


case(9215, "gov-dsn-bounce-no-auto-submitted", "auto",
     "DSN multipart/report for a recap sent to a mistyped SOE address: Return-Path <>, postmaster sender, "
     "Chinese '系统退信' subject, no Auto-Submitted header on the bounce itself",
     dt.datetime(2026, 5, 12, 15, 2, 19, tzinfo=T8), [], None,
     "Delivery status notification (multipart/report; report-type=delivery-status) from the bureau's own "
     "mail system for the bot's recap. No Auto-Submitted header on the bounce, but Return-Path <> and the "
     "report type make it machine mail -> kind auto.")(b9215)


# ------------------------------------------------------------------ 9232
T9232 = """原州区住建局：

8月13日上午，城投公司与区住建局召开雨污分流二期工程联席会议。现将会议议定事项纪要如下：

（一）二期工程结算审计资料移交。承办：城投公司工程部（虎永强）；时间节点：8月20日前。
（二）道路占挖审批手续办理。承办：区住建局城建科；时间节点：8月底。
（三）施工围挡公益广告规范设置。承办：城投公司、区城管局；时间节点：尽快。
（四）安置区供水管网接驳。承办：海军科长；配合：虎永强；时间节点：9月10日前。

下次联席会议定于8月27日（周四）上午9:30在城投公司三楼会议室召开。

固原市原州区城市建设投资有限公司 工程部
虎永强  0954-2881306

发自网易邮箱大师"""


@case(9232, "soe-lianxi-huiyi-external-writer-mailmaster", "minutes",
      "Minutes written by the SOE counterpart (external From, NetEase Mail Master): 承办/配合/时间节点 items, the "
      "writer owns one item, department-only 城建科 with '8月底', two organisations + 尽快, next meeting as a sentence",
      dt.datetime(2026, 8, 13, 17, 40, 26, tzinfo=T8),
      [It(("ext", "huyq"), "二期工程结算审计资料移交", ("date", "2026-08-20")),
       It(None, "道路占挖审批手续办理", ("mend",), dept="城建科"),
       It(None, "施工围挡公益广告规范设置", "vague"),
       It("haijun", "安置区供水管网接驳", ("date", "2026-09-10"))],
      ("date", "2026-08-27", "09:30"),
      "Sent Thu 2026-08-13 17:40 +0800 by 虎永强 of 原州城投 (outside the roster; address from From). (一) 承办 "
      "城投公司工程部（虎永强） -> the writer himself, 2026-08-20. (二) 承办 only 区住建局城建科 -> owner null, "
      "department 城建科, '8月底' -> 2026-08-31. (三) two organisations, no person, '尽快' -> [no_owner, vague_due], "
      "department null. (四) 承办 海军科长 = 海军 (虎永强 配合), '9月10日前' -> 2026-09-10. "
      "下次联席会议 8月27日（周四）上午9:30 -> 2026-08-27 09:30.")
def b9232(c):
    hs = envelope("mailmaster", c, "B", "huyq", ["haijun", "mayf"], ["tianbo", "botB"],
                  "雨污分流二期工程联席会议纪要", cs="utf-8")
    return message(hs, alt("mailmaster", c, T9232, web_html(T9232, font="Helvetica"), "utf-8", "base64"))


# ------------------------------------------------------------------ 9236
T9236 = """各科室、站：

6月2日下午，局里召开防汛工作部署会，现将会议要求通报如下：

1. 完成城区积水点排查台账（牵头：田博；配合：城投公司），6月5日前报局办公室。
2. 在建工地防汛物资储备检查（牵头：冯蓉），端午节前完成。
3. 起草防汛应急预案修订稿（牵头：办公室杨主任），2个工作日内出初稿。

请各科室于今天下班前回复收到。

城建科 海军
2026年6月2日"""


@case(9236, "gov-fangxun-qiantou-coremail-plain-gb2312", "minutes",
      "Coremail plain text gb2312 base64: 牵头/配合 in brackets after the task, 端午节前 from 06-02, 2个工作日内, "
      "and '请各科室于今天下班前回复收到' which is an acknowledgement request, not an item",
      dt.datetime(2026, 6, 2, 16, 45, 7, tzinfo=T8),
      [It("tianbo", "完成城区积水点排查台账", ("date", "2026-06-05")),
       It("fengrong", "在建工地防汛物资储备检查", ("before_hol", "2026-06-19")),
       It("yanghui", "起草防汛应急预案修订稿", ("work", 2))],
      None,
      "Sent Tue 2026-06-02 16:45 +0800. The owner is the 牵头 person. #1 -> 田博 2026-06-05. #2 '端午节前' -> last "
      "working day before Fri 06-19 = Thu 2026-06-18. #3 杨主任 = 杨慧, '2个工作日内' -> Wed 06-03 (1), Thu 06-04 (2) "
      "-> 2026-06-04. '请各科室于今天下班前回复收到' asks for an acknowledgement, not a task. No next meeting.")
def b9236(c):
    hs = envelope("coremail", c, "B", "haijun", ["tianbo", "fengrong", "yanghui"], ["mayf", "botB"],
                  "防汛工作部署会会议要求", cs="gb2312")
    return message(hs, leaf("text/plain", T9236, "gb2312", "base64"))
