# auto / other mail
from __main__ import *
from lib import *
from people import *

def P(n):
    r = R(n); return (r[0], r[1])

# ------------------------------------------------------------------ 2236 auto
t = T('2026-07-02 09:00:03')
text = """钉钉待办提醒

你有 3 项待办即将到期：

1. 完成受灾田块补种改种技术方案，发各乡镇
   负责人：田家旺　截止：2026-07-03 18:00
2. 汇总6月份农业灾情损失报市局
   负责人：覃丽华　截止：2026-07-03 18:00
3. 上报受灾面积核实表
   负责人：各乡镇　截止：2026-07-01（已逾期）

在钉钉中查看详情：https://todo.dingtalk.example.com/t/8a1f
此邮件由系统自动发送，请勿直接回复。如不想接收此类邮件，可在「设置-通知」中关闭。
"""
html = html_from_text(text, 'PingFang SC', '14px')
g = G('auto', "DingTalk system notification (From no-reply, Auto-Submitted: auto-generated, Precedence: bulk, List-Unsubscribe) sent to the bot's address: a numbered list of tasks with 负责人 and 截止 -> kind auto, no items.", bot=QX_BOT)
mail('2236-auto-dingtalk-todo-digest-notification', 'auto', 'alimail', ('钉钉', 'no-reply@notify.dingtalk.example.com'), [QX_BOT], [],
     '【钉钉待办】你有3项待办即将到期', t, alt(text, html, 'UTF-8', boundary='----=ALIBOUNDARY_' + hx('2236', 16)), g, QX,
     extra=('Auto-Submitted: auto-generated', 'Precedence: bulk', 'List-Unsubscribe: <https://notify.dingtalk.example.com/unsub?u=8a1f>', 'X-Auto-Response-Suppress: All'))

# ------------------------------------------------------------------ 2237 other
t = T('2026-01-07 11:25:50')
text = """陈小姐：

你好！银行询证函上的地址我们财务核对过了，中国银行那份地址有误，正确的是“天河路385号”，请改后再发。另外12月的对账单周五前一并发你邮箱，调节表可能要到下周一。

有问题随时电话。

黄志伟
广州瑞丰食品有限公司 财务总监
"""
g = G('other', "Person-to-person mail from the client's CFO (Exmail, gb18030) with the bot's address copied from earlier threads; it contains 周五前/下周一 and a request, but it is not minutes, not a reply to a recap (no In-Reply-To, new subject) and no command -> kind other, no items.", bot=SH_BOT)
mail('2237-other-client-note-bot-in-cc-exmail', 'other', 'exmail', ('黄志伟', 'huangzhiwei@ruifeng-food.example.cn'), [P('陈思颖')], [P('冯嘉欣'), SH_BOT],
     '询证函地址更正', t, alt(text, html_from_text(text, '宋体', '14px').replace('charset=utf-8', 'charset=gb18030'), 'gb18030', boundary='----=_NextPart_' + hx('2237', 24).upper()), g, 'ruifeng-food.example.cn', hcs='gb18030')
