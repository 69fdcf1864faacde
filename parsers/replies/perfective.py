"""Work verbs whose perfective says the work is done ('② 已更换', '传感器已经校准了', '备件已下单', '夹爪已于昨天更换'), and
the verbs after 已 that only set work going ('已安排更换', '已开始调试', '已通知供应商更换'): read by words.DONE.

A work verb counts the way 更新 and 修复 already do: after 已/已经/都已, with 了 ending its clause, or ending a clause that
已 opened ('已于昨天更换'); never negated or planned ('还没更换', '明天更换'), nor for a share ('已校准50%').
"""
from __future__ import annotations

import re

# doing the work itself: replace, install, commission, calibrate, test, verify, buy, repair, rework, deploy, write, file,
# hand out, collect in full, put on sale or on line
WORK_VERBS = ("更换", "替换", "换新", "安装", "装配", "组装", "调试", "联调", "校准", "标定", "测试", "复测", "检测", "检验",
              "验证", "采购", "下单", "订购", "购买", "维修", "修理", "返修", "整改", "改造", "升级", "部署", "配置", "编写",
              "编制", "起草", "制作", "打印", "焊接", "拆除", "清理", "清洗", "归档", "录入", "导入", "核对", "核实", "复核",
              "盘点", "汇总", "翻译", "备份", "迁移", "到货", "入库", "发货", "报关", "清关", "签收", "预订", "培训", "开票",
              "对账", "备案", "开通", "审核", "调整", "补发", "重做", "烧录", "装柜", "出运", "发运", "装船", "出货",
              "发放", "分发", "派发", "张贴", "收齐", "备齐", "交齐", "配齐",      # handed out to all, every copy in
              "上架", "上线", "发布", "印发", "挂网", "公示")                      # put out where people see it
VERBS = "|".join(WORK_VERBS)
# 已 + one of these sets work going, for someone or for later: what follows it is not yet done
STARTED = r"安排|开始|着手|准备|计划|打算|通知|联系|让|叫|派|请|催|要求|提醒|约|交代|委托"

# any work reported in the perfective: 已/已经, a verb phrase of a few words, and the 了 that ends its clause
# ('样机已经送到TUV广州了', 'PO已经走完审批了'), for the verbs no list above holds; not what only receives, knows, waits,
# is late or sets work going ('已经收到了', '已经知道了', '已经过期了', '已经安排了'), nor a share ('已经做了50%')
REPORTED = re.compile(r"已经?\s*(?P<vp>[^，,。；;！!？?了\s\d%％]{1,14}?)\s*了(?=\s*(?:$|[，,。；;！!～~✅👍]))")
NOT_DONE_HEAD = re.compile(r"收到|看|知道|知悉|明白|了解|清楚|懂|记下|记住|回来|过期|超期|逾期|到期|晚|迟|在|跟|和|与|向|确认|"
                           r"同意|延|推|改期|调整到|有|是|没|不|满|" + STARTED)


# or handed on where it goes, ending its clause without 了: 'SO已发柴丽君', '样品已寄客户', '报告已交质量部'
HANDED_ON = re.compile(r"已经?(?:发|寄|交|转|递|送)(?!给)[\u4e00-\u9fffA-Za-z]{1,6}(?=\s*(?:$|[，,。；;！!]))")


def reported(text: str) -> list[tuple[int, int]]:
    """Spans of work reported done in the perfective whatever its verb (read after the word lists of words.DONE)."""
    if "已" not in text:
        return []
    return [m.span() for m in REPORTED.finditer(text) if not NOT_DONE_HEAD.match(m.group("vp"))] + \
        [m.span() for m in HANDED_ON.finditer(text)]
