"""heldout64 cases, organisation B: 固原市原州区住房和城乡建设局 (district housing & construction bureau)."""
import datetime as dt

from hl64_cases_a import T8, case
from hl64_clients import alt, bnd, envelope
from hl64_core import It, attach, docx_bytes, leaf, message, multi
from hl64_html import excel_table, ms_html, web_html, web_table

SIG_B = "原州区住房和城乡建设局办公室"

# ------------------------------------------------------------------ 9209
T9209 = """各科室、站：

4月23日上午，马永福副局长主持召开局务会议，研究老旧小区改造、燃气安全排查和保障性住房分配等工作。现将会议议定事项纪要如下：

一、关于老旧小区改造项目
会议听取了城建科关于2026年老旧小区改造项目前期工作的汇报。会议议定：一是由城建科（海军）牵头完成古雁街道6个小区施工图审查，完成时限：4月30日前；二是质量安全监督站负责组织燃气管道入户排查，五一节前完成，排查结果报局办公室；三是房产管理科苏玉兰科长牵头制定保障性住房分配方案（征求意见稿），完成时限：5月15日。

二、会议强调
各科室要高度重视，严格按照时间节点推进，确保五一假期期间安全生产形势平稳。

三、其他事项
下次局务会议时间另行通知。

原州区住房和城乡建设局办公室
2026年4月23日"""


@case(9209, "gov-yishi-ershi-outlook-gb2312", "minutes",
      "Government 局务会议纪要 with 一是/二是/三是 inside one paragraph, 责任单位 and 完成时限 phrases, a person named "
      "海军 (reads like a noun), department-only 质量安全监督站 with 五一节前; 会议强调 and 另行通知 are not items",
      dt.datetime(2026, 4, 23, 16, 20, 45, tzinfo=T8),
      [It("haijun", "完成古雁街道6个小区施工图审查", ("date", "2026-04-30")),
       It(None, "组织燃气管道入户排查", ("before_hol", "2026-05-01"), dept="质量安全监督站"),
       It("suyl", "制定保障性住房分配方案（征求意见稿）", ("date", "2026-05-15"))],
      None,
      "Sent Thu 2026-04-23 16:20 +0800. 一是: owner 城建科（海军） = 海军 (a person's name), '4月30日前' -> 2026-04-30. "
      "二是: only 质量安全监督站 -> owner null, department 质量安全监督站, no_owner; '五一节前' = last working day "
      "before 05-01 = Thu 2026-04-30. 三是: 苏玉兰科长 -> 苏玉兰, '5月15日' -> 2026-05-15. 会议强调 is a general "
      "requirement; '下次局务会议时间另行通知' -> no follow-up. Outlook gb2312 base64.")
def b9209(c):
    hs = envelope("outlook", c, "B", "yanghui", ["haijun", "suyl", "fengrong", "suojp"], ["mayf", "botB"],
                  "局务会议纪要（2026年第8次）", cs="gb2312")
    return message(hs, alt("outlook", c, T9209, ms_html(T9209, "gb2312"), "gb2312", "base64"))


# ------------------------------------------------------------------ 9210
HEAD10 = ["序号", "工作事项", "责任人（主责/配合）", "完成时限", "备注"]
ROWS10 = [
    ["1", "雨污分流改造二标段进场施工", "主责：海军；配合：城投公司虎永强", "5月20日", "需先完成交通导改"],
    ["2", "①完成管线迁改方案<br>②报送交通导改方案", "主责：田博", "①5月12日前<br>②5月15日前", ""],
    ["3", "海绵城市建设专项资金申报材料", "主责：办公室杨慧；配合：城建科", "5个工作日内", "按区财政局模板"],
    ["4", "夜间施工扰民投诉处置", "主责：质量安全监督站", "持续推进", "12345转办件当日回复"],
]
T9210 = """各位：

今天上午雨污分流改造工程调度会纪要如下：

{{T0}}

下次调度会：5月13日（周三）下午3点，局三楼会议室。

城建科 海军"""


def _plain10():
    rows = ["\t".join(HEAD10)] + ["\t".join(x.replace("<br>", " ") for x in r) for r in ROWS10]
    return T9210.replace("{{T0}}", "\n".join(rows))


@case(9210, "gov-zhuze-peihe-cell-wecom", "minutes",
      "WeCom (企业微信邮箱) HTML table with 主责/配合 in one cell, ①② sub-tasks with ①② dates in one row, "
      "5个工作日内 over the 05-09 make-up Saturday, department-only 持续推进 row; 下次调度会 sentence",
      dt.datetime(2026, 5, 6, 9, 50, 18, tzinfo=T8),
      [It("haijun", "雨污分流改造二标段进场施工", ("date", "2026-05-20")),
       It("tianbo", "完成管线迁改方案", ("date", "2026-05-12")),
       It("tianbo", "报送交通导改方案", ("date", "2026-05-15")),
       It("yanghui", "海绵城市建设专项资金申报材料", ("work", 5)),
       It(None, "夜间施工扰民投诉处置", None, dept="质量安全监督站")],
      ("date", "2026-05-13", "15:00"),
      "Sent Wed 2026-05-06 09:50 +0800, the first working day after Labour Day. The owner is the 主责 person; "
      "配合 people (虎永强, 城建科) are helpers. Row 1 -> 海军 2026-05-20. Row 2 holds two sub-tasks: ① -> 田博 "
      "2026-05-12, ② -> 田博 2026-05-15. Row 3 '5个工作日内' counts Thu 05-07, Fri 05-08, Sat 05-09 (make-up "
      "working day), Mon 05-11, Tue 05-12 -> 2026-05-12 (杨慧, 办公室). Row 4: department only and '持续推进' is an "
      "ongoing duty, no deadline -> [no_owner, no_due] (AMBIGUOUS: some readers would not record a standing duty "
      "at all). 下次调度会 5月13日（周三）下午3点 -> 2026-05-13 15:00.")
def b9210(c):
    hs = envelope("wecom", c, "B", "haijun", ["tianbo", "yanghui", "fengrong"], ["mayf", "huyq", "botB"],
                  "城区雨污分流改造工程调度会纪要（5月6日）")
    html = web_html(T9210, [web_table(HEAD10, ROWS10)], font="微软雅黑")
    return message(hs, alt("wecom", c, _plain10(), html, "utf-8", "base64"))


# ------------------------------------------------------------------ 9211
def _docx11(d):
    d.add_heading("原州区住房和城乡建设局专题会议纪要", level=1)
    d.add_paragraph("〔2026〕12号")
    d.add_paragraph("2026年6月12日上午，马永福副局长主持召开专题会议，研究建筑工地扬尘治理和汛期安全工作。"
                    "局办公室、城建科、房产管理科、建筑业管理科、质量安全监督站负责同志参加。纪要如下：")
    d.add_paragraph("一、会议指出，当前在建项目点多面广，扬尘治理和防汛工作压力大，各科室站要压实责任。")
    d.add_paragraph("二、会议要求，对检查中发现的问题建立台账，实行销号管理，整改不到位的项目一律停工整改。")
    d.add_paragraph("三、责任分工")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, v in zip(t.rows[0].cells, ["序号", "工作任务", "责任单位", "责任人", "完成时限"]):
        cell.text = v
    for r in [["1", "开展建筑工地扬尘治理专项检查", "建筑业管理科", "锁建平", "6月18日前"],
              ["2", "组织在建工地汛前排水设施检查", "质量安全监督站", "冯蓉", "端午节后第一个工作日"],
              ["3", "城中村改造征收补偿方案报区政府", "房产管理科", "苏玉兰", "6月底前"],
              ["4", "城建档案数字化外包采购", "办公室", "李想", "待定"]]:
        cells = t.add_row().cells
        for cell, v in zip(cells, r):
            cell.text = v
    d.add_paragraph("")
    d.add_paragraph("原州区住房和城乡建设局办公室　2026年6月12日印发")


T9211 = """各科室、站：

《关于建筑工地扬尘治理和汛期安全工作的专题会议纪要》见附件，请按责任分工抓好落实，完成情况按时限报局办公室。

办公室 李想
电话：0954-2035618"""


@case(9211, "gov-docx-zhuanti-jiyao-coremail", "minutes",
      "Coremail mail whose minutes are only in a .docx attachment (Chinese filename, RFC 2231): 责任分工 table with "
      "责任单位/责任人/完成时限; 端午节后第一个工作日, 6月底前, 待定; 会议指出/会议要求 paragraphs are not items",
      dt.datetime(2026, 6, 12, 17, 5, 33, tzinfo=T8),
      [It("suojp", "开展建筑工地扬尘治理专项检查", ("date", "2026-06-18")),
       It("fengrong", "组织在建工地汛前排水设施检查", ("after_hol", "2026-06-19")),
       It("suyl", "城中村改造征收补偿方案报区政府", ("date", "2026-06-30")),
       It("lixiang", "城建档案数字化外包采购", "vague")],
      None,
      "Sent Fri 2026-06-12 17:05 +0800. The body only points to the attachment; the items are in the .docx table. "
      "'6月18日前' -> 2026-06-18. '端午节后第一个工作日' -> the holiday is Fri 06-19..Sun 06-21 -> Mon 2026-06-22. "
      "'6月底前' -> 2026-06-30. '待定' -> vague_due. Owners are the 责任人 column. 会议指出/会议要求 are "
      "requirements, not items. No next meeting.")
def b9211(c):
    hs = envelope("coremail", c, "B", "lixiang", ["suojp", "fengrong", "suyl", "haijun"], ["mayf", "yanghui", "botB"],
                  "专题会议纪要（扬尘治理和汛期安全）")
    body = alt("coremail", c, T9211, web_html(T9211, font="宋体"), "UTF-8", "base64", n=1)
    att = attach(docx_bytes(_docx11), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "专题会议纪要〔2026〕12号.docx")
    return message(hs, multi("mixed", [body, att], bnd("coremail", c, 0)))


# ------------------------------------------------------------------ 9212
T9212 = """海军、玉兰、田博：

今天下午碰了一下老旧小区改造的事，纪要直接回在这个邮件里：

1. 田博：本周四前完成东关街道3个小区外墙保温验收资料整理。
2. 海科长：7月15日前与城投对接二期资金拨付。
3. 苏科长：下周一报送安置房入住情况统计。

马永福

-----原始邮件-----
发件人: 海军 <haijun@yzqzjj.example.gov.cn>
发送时间: 2026年6月18日 10:05
收件人: 马永福 <mayongfu@yzqzjj.example.gov.cn>
抄送: 苏玉兰 <suyulan@yzqzjj.example.gov.cn>; 田博 <tianbo@yzqzjj.example.gov.cn>
主题: 关于老旧小区改造推进情况的汇报

马局：

现将老旧小区改造推进情况汇报如下：
1. 古雁街道6个小区已全部开工，计划6月30日前完成管网改造。
2. 下一步工作：田博负责6月25日前完成监理例会纪要归档；苏玉兰科长负责7月1日前完成居民意见征集。

请审阅。

海军"""


@case(9212, "gov-new-minutes-as-re-old-thread-outlook-qp", "minutes",
      "New minutes posted as 'RE:' in a three-week-old report thread (In-Reply-To/References), Outlook gb2312 QP; "
      "the quoted old mail has its own owners and dates that must not be extracted; 本周四前 / 下周一",
      dt.datetime(2026, 7, 7, 18, 30, 2, tzinfo=T8),
      [It("tianbo", "完成东关街道3个小区外墙保温验收资料整理", ("this", 3)),
       It("haijun", "与城投对接二期资金拨付", ("date", "2026-07-15")),
       It("suyl", "报送安置房入住情况统计", ("next", 0))],
      None,
      "Sent Tue 2026-07-07 18:30 +0800 as a reply in the thread of 海军's 06-18 report. Only the new text above "
      "'-----原始邮件-----' is minutes. '本周四前' -> 2026-07-09. 海科长 = 海军, '7月15日前' -> 2026-07-15. "
      "苏科长 = 苏玉兰, '下周一' -> 2026-07-13. The quoted report (6月30日前, 6月25日前, 7月1日前) is old and is "
      "not extracted. No next meeting.")
def b9212(c):
    ref = "<000001dcff02$1a2b3c4d$5e6f7a8b$@yzqzjj.example.gov.cn>"
    hs = envelope("outlook", c, "B", "mayf", ["haijun", "suyl", "tianbo"], ["botB"],
                  "RE: 关于老旧小区改造推进情况的汇报", cs="gb2312", irt=ref, refs=[ref])
    return message(hs, alt("outlook", c, T9212, ms_html(T9212, "gb2312"), "gb2312", "quoted-printable"))
