"""heldout58 cases 8625-8630."""
import email
from email import policy

from h58_common import Case, It, T, G, L, K, person, ts
from h58_clients import feishu, foxmail, gmail, apple, dingtalk, coremail
from h58_html import div_html, gmail_html, text_of

BOT_T, BOT_G, BOT_L, BOT_K = ("纪要助手", "minutes@" + T), ("纪要助手", "minutes@" + G), \
    ("纪要助手", "minutes@" + L), ("纪要助手", "minutes@" + K)

# ---------------------------------------------------------------------------------------------------------- 8625
T8625 = """8月经营例会纪要（8月3日）

1. 国庆灯会订单：何经理尽快把三个在谈项目的报价汇总给我。
2. 安全部近期组织一次全员消防演练。
3. 财务部核算上半年各项目毛利。
4. 英国项目回款：宋佳跟进，时间待定。
5. 车间夏季防暑：刘师傅这周把降温设备配齐。
6. 设计部新人培训，曾主管8月下旬完成。

下次例会9月1日上午9点。

罗永红
"""


def b8625():
    frm = person("罗永红")
    to = [person(n) for n in ("何晨阳", "宋佳", "刘德贵", "曾晓雯", "王德明", "谢雨")]
    cc = [BOT_L]
    return feishu(frm, to, cc, "8月经营例会纪要", ts("2026-08-03 10:40:08"), T8625, div_html(T8625.split("\n")),
                  "8625", BOT_L[1], lark=True)


# ---------------------------------------------------------------------------------------------------------- 8626
T8626 = """产业发展科周调度会纪要

时间：6月23日（周二）上午8:30
地点：科室
参加：雷志刚、钟丽娟，潘慧、季国华列席

一、上周待办回顾
① 端午节前抽检计划——已完成（雷志刚）
② 农药批发企业节前巡查——已完成（执法大队）

二、本周待办
1. 雷科长：茶叶品牌推介会方案报局领导，月底前。
2. 小钟：汇总端午期间农产品市场价格监测数据，3个工作日内。
3. 潘科长（乡村发展科）：提供示范村特色产业清单，本周内。
4. 季科：高标准农田项目区种植结构表，下周一上午10点前。

三、下次调度
下周二上午同一时间。

钟丽娟 记
"""


def b8626():
    frm = person("钟丽娟")
    to = [person(n) for n in ("雷志刚", "潘慧", "季国华")]
    cc = [BOT_G]
    return foxmail(frm, to, cc, "产业发展科周调度会纪要6.23", ts("2026-06-23 17:05:52"), T8626,
                   div_html(T8626.split("\n"), cs="GBK", font="宋体"), "8626", BOT_G[1])


# ---------------------------------------------------------------------------------------------------------- 8627
B8627 = [
    "各位，今天电商周会要点：",
    "",
    "618整体GMV 46.2万，比去年多了三成，辛苦大家。",
    "",
    "@小赵 帮忙把英文版商品描述翻译完，周三前",
    "@崔主管 618退货的风筝做一下质量原因分析，6/30前",
    "@张厂长 夏季新品（三角翼系列）小批量300套，7月5号前入库",
    "我：联系达人直播排期，待定",
    "",
    "下周一晚上8点线上过一下进度。",
    "",
    "璐璐",
]


def b8627():
    frm = person("郑璐")
    to = [person("赵一鸣"), person("崔丽"), person("张庆福")]
    cc = [person("孙海涛"), BOT_K]
    return gmail(frm, to, cc, "电商周会要点 6.22", ts("2026-06-22 20:15:37"), text_of(B8627), gmail_html(B8627),
                 "8627", BOT_K[1])


# ---------------------------------------------------------------------------------------------------------- 8628
T8628 = """黄工、小莫：

今天下午3点你们来场里看了，我把说好的几件事记一下，免得忘了：

1. 黄工回去把5号、6号塘的水质和饲料检测结果发我，下周二前。
2. 小莫：8月份那批料的价格按说好的每吨降80块，月底前把补充协议发过来。
3. 我们这边每天早晚各测一次溶氧，记录表周五发给黄工。
4. 投喂量先按七成喂，等检测结果出来再调。

下周三同一时间黄工再来一趟。

邝志雄
海丰对虾养殖场

发自我的iPhone
"""


def b8628():
    frm = person("邝志雄")
    to = [person("黄俊"), person("莫晓玲")]
    cc = [person("庞国栋"), BOT_T]
    return apple(frm, to, cc, "今天来场的几件事", ts("2026-08-27 20:30:06"), T8628, "8628", BOT_T[1], iphone=True)


# ---------------------------------------------------------------------------------------------------------- 8629
T8629 = """车间早会纪要（5月9日，调休上班）

1. 邓宇：修改后的灯组分段图今天下班前发车间。
2. 刘德贵：凤凰骨架整体焊接，下周三完成。
3. 王工：焊接区动火作业审批，下周一前办好。
4. 谢会计：LED灯带补货款2个工作日内付掉，供应商说款到发货。

明天（周日）休息，周一正常上班。

刘德贵
制作车间
"""


def b8629():
    frm = person("刘德贵")
    to = [person(n) for n in ("邓宇", "王德明", "谢雨")]
    cc = [person("何晨阳"), BOT_L]
    return dingtalk(frm, to, cc, "车间早会纪要5.9", ts("2026-05-09 12:10:33"), T8629,
                    div_html(T8629.split("\n")), "8629", BOT_L[1])


# ---------------------------------------------------------------------------------------------------------- 8630
T8630 = """各位：

昨日印发的〔2026〕第12期会议纪要中，“一是”的完成时限有误，由“5月22日前”更正为“5月29日前”；“四是”的完成时限明确为5月25日前，配合人员增加潘慧同志。更正后全文如下，请以此为准。

【更正】关于春季茶园病虫害统防统治工作推进会的会议纪要

5月11日上午，叶卫东副局长在局三楼会议室主持召开春季茶园病虫害统防统治工作推进会。现将会议议定事项纪要如下：

一是加快统防统治服务组织补助资金拨付。由计划财务科牵头，吕芳同志负责，5月29日前完成第一批补助资金拨付。

二是开展农药经营门店专项检查。执法大队负责，毛建军同志具体落实，本月底前完成全区农药经营门店全覆盖检查并形成书面报告。

三是做好统防统治面积核查。各乡镇（街道）负责，6月5日前将核查数据报产业发展科汇总。

四是总结推广绿色防控技术。产业发展科雷志刚科长牵头、钟丽娟和潘慧同志配合，5月25日前形成技术总结材料报局领导。

下次推进会时间另行通知。

局办公室 蓝晓芬
"""


def b8630():
    import h58_cases_a
    orig = next(c for c in h58_cases_a.CASES if c.num == 8604).build()
    mid = str(email.message_from_bytes(orig, policy=policy.default)["Message-ID"]).strip()
    frm = person("蓝晓芬")
    to = [person(n) for n in ("雷志刚", "潘慧", "吕芳", "毛建军", "钟丽娟")]
    cc = [person("叶卫东"), BOT_G]
    return coremail(frm, to, cc, "【更正】关于春季茶园病虫害统防统治工作推进会的会议纪要", ts("2026-05-12 09:05:40"),
                    T8630, div_html(T8630.split("\n"), cs="GBK", font="仿宋_GB2312"), "8630", BOT_G[1], cs="GBK",
                    irt=mid, refs=[mid])


CASES = [
    Case(8625, "lantern-gm-vague-dept-only-lark", "minutes",
         "Lark Mail (English UI, QP UTF-8) terse GM minutes: 尽快, 近期, 时间待定, 8月下旬 (vague), department-only owners "
         "(安全部, 财务部) with and without a vague word, '这周' (= 本周内), next meeting as a short sentence",
         "Sent Mon 2026-08-03. 1 何经理=何晨阳 尽快 -> vague_due. 2 安全部 近期 -> owner null, department 安全部, no_owner + "
         "vague_due. 3 财务部, no deadline -> no_owner + no_due, department 财务部. 4 宋佳 时间待定 -> vague_due. 5 刘师傅=刘德贵 "
         "'这周' -> end of this week, Sunday 08-09. 6 曾主管=曾晓雯 '8月下旬' -> vague_due (like 中旬 in the corpus). Next "
         "meeting '9月1日上午9点' -> 2026-09-01 09:00.",
         b8625,
         [It("何晨阳", "把三个在谈项目的报价汇总给罗总", "vague", "尽快"),
          It(None, "组织一次全员消防演练", "vague", "近期", dept="安全部"),
          It(None, "核算上半年各项目毛利", None, dept="财务部"),
          It("宋佳", "英国项目回款跟进", "vague", "时间待定"),
          It("刘德贵", "车间夏季防暑降温设备配齐", "week_end", "这周"),
          It("曾晓雯", "设计部新人培训", "vague", "8月下旬")],
         (("abs", "2026-09-01"), "09:00")),
    Case(8626, "gov-weekly-dispatch-review-foxmail", "minutes",
         "Foxmail GBK section weekly 调度会 minutes the Tuesday after Dragon Boat: 上周待办回顾 (已完成, not items) and 本周待办 "
         "with nicknames/titles (雷科长, 小钟 = the writer, 潘科长, 季科), 月底前, 3个工作日内, 本周内, 下周一上午10点前; "
         "'下周二上午同一时间'",
         "Sent Tue 2026-06-23 17:05. Review lines ①② are done -> not items. 1 雷科长=雷志刚 '月底前' -> 06-30. 2 小钟=钟丽娟 (the "
         "sender) '3个工作日内' -> 06-24, 06-25, 06-26 -> 06-26. 3 潘科长=潘慧 '本周内' -> Sunday 06-28. 4 季科=季国华 "
         "'下周一上午10点前' -> 06-29 10:00. Next: '下周二上午同一时间' with the meeting at 8:30 -> 2026-06-30 08:30.",
         b8626,
         [It("雷志刚", "茶叶品牌推介会方案报局领导", "month_end", "月底前"),
          It("钟丽娟", "汇总端午期间农产品市场价格监测数据", ("wd", 3), "3个工作日内"),
          It("潘慧", "提供示范村特色产业清单", "week_end", "本周内"),
          It("季国华", "高标准农田项目区种植结构表", ("next", 0), "下周一上午10点前", time="10:00")],
         (("next", 1), "08:30")),
    Case(8627, "kite-ecom-at-names-gmail-zh", "minutes",
         "Google Workspace Gmail (zh) short minutes with '@昵称/头衔 task，deadline' lines (小赵, 崔主管, 张厂长), a '我：' line "
         "owned by the sender, 6/30前, '7月5号前', bare 周三; next check as '下周一晚上8点'",
         "Sent Mon 2026-06-22 20:15 (first working day after Dragon Boat). @小赵=赵一鸣 '周三前' -> 06-24. @崔主管=崔丽 '6/30前' -> "
         "06-30. @张厂长=张庆福 '7月5号前' -> 07-05. '我：…待定' -> owner is the sender 郑璐, vague_due. The GMV line is a fact. "
         "'下周一晚上8点' -> 2026-06-29 20:00.",
         b8627,
         [It("赵一鸣", "把英文版商品描述翻译完", ("wk", 2), "周三前"),
          It("崔丽", "618退货的风筝做质量原因分析", ("abs", "2026-06-30"), "6/30前"),
          It("张庆福", "夏季新品（三角翼系列）小批量300套入库", ("abs", "2026-07-05"), "7月5号前"),
          It("郑璐", "联系达人直播排期", "vague", "待定")],
         (("next", 0), "20:00")),
    Case(8628, "tidewell-customer-writes-minutes-iphone", "minutes",
         "Minutes written by a customer (external From, Apple Mail/iPhone QP) after a site visit: our staff by nickname/title "
         "(黄工, 小莫), the customer's own item ('我们这边' = the sender), a feeding instruction that is a decision; "
         "'下周三同一时间' with the visit at 下午3点",
         "Sent Thu 2026-08-27 20:30. 1 黄工=黄俊 '下周二前' -> 09-01. 2 小莫=莫晓玲 '月底前' -> 08-31. 3 '我们这边…周五发给黄工' -> "
         "owner the sender 邝志雄 (external, address from From, department null), '周五' -> 08-28. 4 '先按七成喂' is an "
         "instruction/decision, not an item. Next visit '下周三同一时间' (today 下午3点) -> 2026-09-02 15:00.",
         b8628,
         [It("黄俊", "把5号、6号塘的水质和饲料检测结果发给客户", ("next", 1), "下周二前"),
          It("莫晓玲", "8月份那批料价格补充协议发给客户", "month_end", "月底前"),
          It("邝志雄", "每天早晚测溶氧，记录表发给黄工", ("wk", 4), "周五")],
         (("next", 2), "15:00")),
    Case(8629, "lantern-makeup-saturday-dingtalk", "minutes",
         "DingTalk Mail sent on the 2026-05-09 make-up Saturday: 今天下班前 on a Saturday working day, 下周三/下周一前 from a "
         "Saturday, 2个工作日内 skipping the Sunday; '明天（周日）休息' is information",
         "Sent Sat 2026-05-09 12:10 (make-up working day). 1 邓宇 '今天下班前' -> 05-09 (no time). 2 刘德贵 (the sender) '下周三' -> "
         "05-13. 3 王工=王德明 '下周一前' -> 05-11. 4 谢会计=谢雨 '2个工作日内' -> 05-11, 05-12 -> 05-12 (Sunday 05-10 is off). "
         "No next meeting.",
         b8629,
         [It("邓宇", "修改后的灯组分段图发车间", "today", "今天下班前"),
          It("刘德贵", "凤凰骨架整体焊接", ("next", 2), "下周三完成"),
          It("王德明", "焊接区动火作业审批", ("next", 0), "下周一前"),
          It("谢雨", "LED灯带补货款付掉", ("wd", 2), "2个工作日内")],
         None),
    Case(8630, "gov-corrected-resend-in-thread-coremail", "minutes",
         "【更正】 re-send of 8604 in the same thread (In-Reply-To/References, Coremail GBK): a preface naming the changed "
         "deadline ('由“5月22日前”更正为“5月29日前”') and the full corrected text; the relative '10个工作日内' replaced by a date",
         "Sent Tue 2026-05-12 09:05, a new version of 8604 (same items, matched not duplicated). 一是 吕芳 -> the corrected "
         "date 05-29 (not 05-22). 二是 毛建军 本月底前 -> 05-31. 三是 各乡镇（街道） -> no_owner, '6月5日前' -> 06-05. 四是 雷志刚 "
         "(牵头; 钟丽娟、潘慧 配合) '5月25日前' -> 05-25. The preface repeats the old date, which must not win.",
         b8630,
         [It("吕芳", "完成第一批统防统治服务组织补助资金拨付", ("abs", "2026-05-29"), "5月29日前完成"),
          It("毛建军", "完成全区农药经营门店全覆盖检查并形成书面报告", "month_end", "本月底前"),
          It(None, "将统防统治面积核查数据报产业发展科汇总", ("abs", "2026-06-05"), "6月5日前", dept="各乡镇（街道）"),
          It("雷志刚", "形成绿色防控技术总结材料报局领导", ("abs", "2026-05-25"), "5月25日前形成")],
         None),
]
