"""The words of a reply: command words (确认, 有异议, 已完成, 进度80%, 延期至…; the other languages' in lexicon.py) and,
from references.py, item references (第2项, ②, #2, item 2, point 3), each with its place in the text, one sentence at a time.

    commands('第1、4项确认，没问题。') -> [Mention('confirm', 5, 7), Mention('confirm', 8, 11, weak=True)]
    references('第1、4项确认')                        -> [Mention('ref', 0, 5, items=(1, 4))]

A command word counts only when the sender states it now (rules, in order of trust):
- a negated objection is a confirm (无异议, 没有异议, no objection, 不反对) and is read first, so 异议 inside it is
  not an objection; 如有异议 / if you disagree is the recap's own sentence, no command;
- negations, plans and requests cancel a word: 还没完成, 未完成, 明天完成, 请确认, 待确认, not done yet,
  will be done, should be confirmed, please confirm;
- 已完成80% / 完成了一半 / 80% done are progress, not done; a bare percent is progress only in a sentence
  that names an item or a progress word, and never after a target word (完成目标的92%, growth 12%);
- 确认/同意 followed by other words (确认11月排产计划, 同意延期) is the verb of another sentence, no confirm;
- in a question (the clause asks: ?, 吗, 是否, 能否, Can/Is …) or a sentence under a condition (如果, if …) only a
  request counts: 能否延期到10月20日？ is extend, 第2项完成了吗？ is nothing, 'Agree with 1-3, but can we move
  item 4 to Nov 20?' is a confirm and an extension.
"""
from __future__ import annotations

import re
from itertools import islice

from parsers.replies import colloquial, lexicon, perfective, percents, reasons
from parsers.replies.objections import no_objection, objections, withdrawn
from parsers.replies.percents import MAX_ALONE, labelled_percents  # noqa: F401 (reader reads them here)
from parsers.replies.references import CIRCLED, POINTING, Mention, bare_references, references  # noqa: F401 (reader reads them here)

CLAUSE = re.compile(r"(?<=[，,；;])|(?<=\s[-–—]\s)|(?=\bbut\b)|(?=但是?)")
QUESTION = re.compile(r"[？?]|吗|是否|能否|可否|可不可以|可唔可以|得唔得|能不能|行不行|可以不|好不好|要不要|有没有|何时|什么时候|"
                      r"^\W*(?:can|could|would|will|shall|should|may|is|are|do|does|did|has|have)\b(?![-\u2010])(?!\s+\d)", re.I)
#   (an auxiliary opening the sentence, not a compound or a date: 'Should-cost model is 70% there', 'May 5 lot: done')
WHETHER = re.compile(r"(?:要不要|需不需要|需要不需要|用不用|该不该|应不应该|是不是要|是否需要|是否要|是否应该?)\s*(?:申请)?\s*$")
#   an A-not-A question asks an opinion, not a permission: '第2项要不要延期？' (vs '能否延期到10月20日？', a request)
CONDITION = re.compile(r"^\W*(?:如果|假如|倘若|万一|若|如有|if\b|in\s+case\b|unless\b|when\b|once\b|as\s+soon\s+as\b|wenn\b|falls\b|jeśli\b|nếu\b|もし|만약)", re.I)

# Commands: (intent, pattern). Order matters: earlier matches hide the text from later ones.
# what is pushed or moved: 'it', 'item 1', 'item 1 (ALD process window report)', '#2 [price list]', 'the deadline'
WHAT_MOVED = r"(?:it|this|that|(?:(?:action\s+)?(?:items?|tasks?)|no\.?)?\s*#?\s*\d+(?:\s*[(\[][^()\[\]\n]{1,60}[)\]])?|the\s+(?:due\s+date|deadline))"
NOUN_PHRASE = r"(?:the|our|my|this|that|these|those)\s+[\w-]+(?:\s+[\w-]+){0,3}?"   # 'the price list', 'our Q4 budget sheet'
EXTEND = re.compile(r"(?:申请|请求|需要|希望|想)?(?:延期|推迟|顺延|延后|后延|推后|宽限|改期|往后推|延至|延到|"
                    r"再延(?=\s*(?:\d+|[一二三两几半]))|"       # next: a move later by a span ('往后挪两天', '晚两天交')
                    r"(?:(?:往|向)?后(?:挪|推|拖|延)|挪后|晚|拖)(?=\s*(?:\d+|[一二三两几半])\s*个?(?:工作日|天|日|周|星期|礼拜))|(?:延长|延迟)(?=到|至|期限|时间)|"
                    r"(?:(?:再|多)(?:给|要|需要?|宽限)|还(?:需要?|要)|(?:需要?|要|得)再?多)(?:我|我们)?(?=\s*(?:\d+|[一二三两几半])\s*个?(?:工作日|天|日|周|星期|礼拜)))|"
                    r"\b(?:extend(?:ed|ing)?|extension|postpon(?:e|ed|ing)|reschedul(?:e|ed|ing)|"
                    r"(?:need|needs|require|request|ask\s+for)\s+more\s+time|"
                    r"(?:push(?:ed|ing)?|delay(?:ed|ing)?|slip(?:s|ped|ping)?)\s+" + r"(?:" + WHAT_MOVED + r"\s+)?(?:back\s+)?(?:to|until|till)|"
                    r"push(?:ed|ing)?\s+" + WHAT_MOVED + r"\s+back(?!\s+(?:on|at|against)\b)|"              # 'push item 5 back'
                    r"(?:will|is\s+going\s+to|are\s+going\s+to|is\s+gonna)\s+slip|^\W*(?:can|could|may)\s+(?:we\s+let\s+)?"
                    r"(?:" + WHAT_MOVED + "|" + NOUN_PHRASE + r")\s+slip|"                          # 'Can item 2 slip?'
                    r"(?:is|are)\s+slipping|"      # 'item 3 will slip'
                    r"needs?\s+(?:until|till|an?\s+(?:extra|extension)|another)|(?:do|make\s+it|have\s+it)(?=\s+(?:on\s+|by\s+)?(?:the\s+)?"
                    r"(?:\d{1,2}(?:st|nd|rd|th)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b))|(?:can|could|may)\s+(?:we|i)\s+make\s+it(?=\s+(?:on\s+|by\s+)?(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|(?:slip|be\s+delayed|be\s+pushed(?:\s+back)?|push\s+(?:it\s+)?back)(?=\s+(?:by\s+)?(?:a|an|one|two|three|\d+)\s+(?:more\s+)?(?:days?|weeks?))|(?:have|get|give\s+(?:me|us))\s+(?:until|till)|"
                    r"(?:need|needs|want|request|ask\s+for|give\s+(?:me|us)|(?:could|can|may)\s+(?:i|we)\s+(?:get|have))"
                    r"(?=\s+(?:\w+\s+){0,2}more\s+(?:(?:working|business|work)\s+)?(?:days?|weeks?|time)))\b", re.I)
RESCHEDULE = re.compile(r"(?:改|调整|调|变更|更改|挪|推|放|换|拖)(?:到|为|至|成|去)|\b(?:can|could|shall)\s+we\s+(?:say|make\s+it|do)\b|\b(?:push|move|delay|shift)(?:ed|ing)?\s*(?:去|到|至)|(?:due\s+date|deadline)\s+(?:to|until)|"
                        r"\b(?:mov(?:e|ed|ing)|shift(?:ed|ing)?)\s+(?:" + WHAT_MOVED + r"\s+)?(?:back\s+)?(?:to|until|till)\b|"
                        r"\b(?:push|delay|mov|shift|postpon)(?:e|es|ed|ing|s)?\s+" + NOUN_PHRASE + r"\s+(?:back\s+)?(?:to|until|till)\b",
                        re.I)     # a move is an extension only with its date: 'moved item 5 to the shared folder' is not
ONLY_THEN = re.compile(r"才(?:能|可以|会|来得及)(?!开始|启动|动工|着手|开工|到|来)(?=[\u4e00-\u9fff])")
DAY_END = re.compile(r"(?:[日号]|[周週][一二三四五六日天]|(?:星期|礼拜|禮拜)[一二三四五六日天]|月底|月初|月中|下周|下週|明天|后天|"
                     r"节后|節後|年后|年後)\s*$")          # what a day phrase ends with: the day 才能 is put off to
WAITS = re.compile(r"[等待]|要看|取决于|之后|以后")      # '要等客户确认后才能寄': a condition, not a day
MAX_PUT_OFF = 3                 # '<day>才能' read per sentence (each looks at the 30 characters before it)
PROGRESS_WORDS = re.compile(r"进行中|(?:正在|还在|仍在)(?:进行|推进|处理|跟进|做|弄|改|写|整理|准备|修改|测试|调试|赶|搞)|推进中|处理中|跟进中|\bin\s+progress\b|\bon\s+track\b|"
                            r"\bunder\s*way\b|\bongoing\b|\bworking\s+on\s+(?:it|this)\b|\balmost\s+(?:done|finished|complete)\b|"
                            r"\bnearly\s+(?:done|finished|complete)\b|快(?:要)?完成了|基本完成|接近完成|完成了?(?:一)?(?:大半|过半|大部分|部分)|"
                            r"(?:剩余|还剩|剩下)\s*\d", re.I)   # '…已补齐9户，剩余5户': part of it still to do
# a work verb + result complement 完/好 (盘点完了, 换好了); not a degree word (太好了) nor reading/talking (看完了, 说好了)
RESULTATIVE = (r"(?:(?![太很真挺最极蛮那就也还都不没未好看读阅听收说想商谈讲问])[\u4e00-\u9fff]){1,2}?(?:完|好|妥)"
               r"(?=\s*(?:了|啦|咯|毕|$|[，,。.；;！!（(【\[]))")   # and a bracketed item after it: 整理好（第1项）
# a transfer verb + directional complement (发过去了, 寄出去了, 交上去了, 傳過去了): handed on; done in the perfective
DIRECTED = r"[发寄交传送递报转邮提](?:过去|出去|上去|回去|过来|出来|上来)"
HANDED = r"(?:同步|转交|移交|交接|转发|抄送|分享|提供|转|送|递|传)给"   # handed to someone: 已同步给客户, 已转交给法务
PLACED = r"(?:放|传|存|挂)(?:到|至)"      # put where it goes: 已经放到 FTP 了, 已存到项目群文件 (上传/部署 are done verbs)
# a talk verb + result complement (谈好了, 谈妥了, 敲定了, 已议定): the deal is made, the item done; only where it ends its
# clause ('谈好了明天交' is a plan) and not 说好 ('说好了周五交': an arrangement)
NEGOTIATED = r"(?:谈|商|议|商量|商议|协商)(?:好|妥|定|成)|敲定|落定|谈下来|(?:确认|确定|定|批|审批|签|落实)下来"   # '费用确认下来了'
# the item closed by its owner or organizer: '此项关闭', '这项可以关了', '第2项可以销项了' (a closing word ending its clause)
CLOSED = r"(?P<closed>(?P<this>(?:此|该|這|这|本|該)一?(?:项|項|条|條|个|個)\s*)?(?P<may>可以?\s*)?(?:关闭|關閉|关掉|關掉|销项|銷項|结项|結項|闭环|閉環|关|關)(?P<le>了|吧|掉了)?)"
DONE = re.compile(r"(?P<pre>已经?|均已|都已|已全部|全部|全都|都|均)?\s*(?P<verb>" + DIRECTED + r"|" + HANDED + r"|" + PLACED + r"|" + NEGOTIATED + r"|完事|完成|搞定|办结|完结|结项|结案|完工|竣工|闭环|交付|提交|上线|解决|"
                  r"关闭|落实|结束|发送|发出|寄出|上传|发布|处理|签署|签订|办理|修复|报送|上报|递交|发给|交给|寄给|给到|交|"
                  r"回复|回覆|答复|答覆|通知|支付|付清|结清|付款|" + RESULTATIVE + "|" + perfective.VERBS + r"|更新|修订|修改|完善|补充|补齐|发|签|寄|订)"
                  r"(?P<post>了|啦|毕|咯)?|" + CLOSED + r"|"
                  r"(?<![a-z])(?P<en>done|completed|complete|finished|closed|resolved|submitted|delivered)(?![a-z])|(?P<mark>[✅✔☑✓])|"
                  r"\b(?:i|we|i've|we've|i\s+have|we\s+have|has|have|had|already|just)\s+(?:already\s+|just\s+|now\s+)?"
                  r"(?P<past>sent|shipped|uploaded|published|fixed|signed|booked|paid|filed|sorted|handled|replied|answered|"
                  r"responded|notified|informed|settled|updated)\b|"          # 'I've sent the quote', 'the quotation is sent'
                  r"(?:^|(?<=[,;，；]))\s*(?:just\s+|already\s+)?(?P<dropped>(?:re-?)?(?:sent|shipped|uploaded|published|fixed|signed|booked|paid|"
                  r"filed|sorted|handled|answered|settled|updated))(?=\s+(?:#|(?:it|them|this|that|these|those|the|our|my|items?|action|"
                  r"over|off|out|across|with|today|yesterday|earlier|via)\b))|"
                  r"(?:#\s?\d{1,2}|\bitem\s+\d{1,2})\s*[:\-–—]?\s*(?:already\s+|just\s+)?(?P<reffed>(?:re-?)?(?:sent|shipped|uploaded|"
                  r"fixed|signed|booked|paid|filed|submitted|updated|delivered))\b|"    # '#4 resent with HS codes'"                                  # the subject dropped: 'Sent item 2 over this morning'
                  r"\b(?:is|are|was|were|been)\s+(?:already\s+|just\s+|now\s+)?(?P<passive>sent|shipped|uploaded|published|"
                  r"signed|booked|paid|filed|submitted|updated|picked\s+up|collected|dispatched|delivered)\b",          # not a state: 'sorted by region', 'the date is fixed'
                  re.I)
CONFIRM = re.compile(r"已确认|确认无误|确认|确定|收到确认|同意|认可|(?<![a-z])(?:confirm(?:ed|s)?|agree(?:d)?|approved?|lgtm)(?![a-z])", re.I)
WEAK_CONFIRM = re.compile(r"没问题|没有问题|(?<![a-z])(?:ok(?:ay)?|no\s+problem|sounds\s+good|looks\s+(?:good|fine)|all\s+good|(?:is|are)\s+fine(?=\s*(?:$|[.,;!]))|"
                          r"fine\s+with\s+(?:it|this|that|the|all|everything|items?|tasks?|points?|action|no\.|(?=#))|fine\s+by\s+(?:me|us)|works\s+for\s+(?:me|us)|all\s+set)"
                          r"(?![a-z])|👍", re.I)
THANKS_FIRST = re.compile(r"\s*(?:thanks|thank\s+you|many\s+thanks|谢谢|多谢|感谢|謝謝|多謝|感謝)(?![a-z])", re.I)

ZH_NOT_BEFORE = re.compile(r"(?:没有?|未|不|尚|无|别|勿|还没有?|尚未|能否|是否|可否|待|需要?|(?<![纪摘概提纲主重简])要|将|会|预计|计划|争取|尽快|尽量|才能?|再|等|"
                           r"如|若|请|麻烦|帮忙|正在|去|来|跟|与|向|找|应该?|可以|得|能)\s*(?:最终|正式|完全|最后|彻底|真正|全部|具体)?\s*$")
PROMISED_BY = re.compile(r"(?:[\d号日底末]|周[一二三四五六日天]|下班)\s*(?:之|以)?前\s*$")   # '9号前搞定': a promise, not a report
EN_NOT_BEFORE = re.compile(r"\b(?:not|never|yet|(?<!can )(?<!may )be|being|to|will|would|should|shall|must|may|might|once|when|if|"
                           r"until|please|pls|kindly|get|getting|almost|nearly|partially|partly|mostly|half|need|needs|you|cannot)"
                           r"(?:\s+\w+)?\s*$|n't(?:\s+\w+)?\s*$|\d\s*%\s*$", re.I)
DONE_NOT_AFTER = re.compile(r"\s*(?:\d|[一二三四五六七八九十百两半]|[%％]|大半|过半|大部分|部分|一部分|约|大约|大概|将近|超过|后|之后|以后|前|"
                            r"之前|时|的|日期|时间|情况|进度|度|率|报告|吗|(?:yet|soon|tomorrow|later|next)\b|(?:for|on|with)\s+(?:\d+|one|two|three|four|five|some|half)\s+(?:of|out\s+of)\s)", re.I)   # 'done for 3 of 5 parts'
OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|this|that|these|those|it|them|my|our|your|all)\b", re.I)
ZH_VERB_NEEDS_PAST = {"交付", "提交", "上线", "解决", "关闭", "落实", "结束", "发送", "发出", "寄出", "上传", "发布", "处理", "签署", "签订",
                      "办理", "修复", "报送", "上报", "递交", "发给", "交给", "寄给", "给到", "交",
                      "回复", "回覆", "答复", "答覆", "通知", "支付", "付清", "结清", "付款",
                      "更新", "修订", "修改", "完善", "补充", "补齐"} | set(perfective.WORK_VERBS)   # delivered: 已经答复客户了; reworked: 计划表已更新
SINGLE_VERBS = {"发", "签", "寄", "订"}              # one-character delivery verbs: done only in the perfective, ending the clause
EARLIER_PAST = re.compile(r"已(?!经?(?:" + perfective.STARTED + r"))(?:经|于|在)?[^，,。；;！!？?已]{0,12}$")
PASSED_ON = re.compile(f"{DIRECTED}|{HANDED}|{PLACED}")     # done only in the perfective: 已发过去, 已转给, 已放到
PLACED_VERB = re.compile(PLACED)
PLACED_BEFORE = re.compile(r"已经?\s*$")      # '已经放到 FTP 了': put somewhere (done), unless a day follows ('已推到下周')
DAY_AHEAD = re.compile(r"\s*(?:\d|[下本这明后今周]|星期|礼拜|月[底初末中]|年[底末]|节后|[一二三四五六七八九十]{1,3}[月号日])")
COUNTED_AS = re.compile(r"(?<![不没还])算是?\s*$")       # '这项算完成': the writer counts it done
LE_ENDS_CLAUSE = re.compile(r"[^，,。；;！!？?了]{1,40}了\s*(?:[✅✔☑]\ufe0f?\s*)?(?:$|[，,。；;！!～~])|"   # '…给所有客户了✅'
                            r"[到给至][^，,。；;！!？?()（）]{1,12}(?:[(（][^()（）]{0,30}[)）])?\s*(?:$|[，,。；;！!])")   # '已发到古丽邮箱（PDF）'
CONFIRM_MAY_FOLLOW = re.compile(r"\s*(?:$|[\W_]|无误|无异议|没问题|了|过|收到|第|以上|上述|全部|所有|各项|该项|此项|本项|这项|这些|"
                                r"(?:会议)?纪要(?:内容)?(?:无误|没问题|无异议)|"   # '我方确认纪要内容无误'
                                r"[" + "".join(CIRCLED) + r"]|[a-z#])", re.I)
STATE_AFTER = re.compile(r"\s+(?:for|until|till|during|over|on\s+(?:mon|tue|wed|thu|fri|sat|sun)|this\s+week|today|tomorrow)\b", re.I)   # 'the showroom is closed for inventory'
WAITED_ON = re.compile(r"(?:[等待]|(?:需要?|给|花|留|多|点|些)[^，,。；;！!？?]{0,6}时间\s*(?:来|去|再)?\s*)[^，,。；;！!？?]{0,10}$")
#   '还在等客户确认', '需要多一点时间确认': someone else's confirmation, or one still to come
ITEM_FILLER = re.compile(r"(?:[\W_]|就?是|即|指|です|だ|입니다|이에요|예요|(?:that|this|it)(?:'s|\s+is|\s+was)|for)*", re.I)
EXTEND_NOT_BEFORE = re.compile(r"(?:不|无需|不用|不需要|没有|没|未|不会|别|勿|无法|不必)\s*(?:申请|需要)?\s*$|"
                               r"\b(?:no\s+need\s+to|not|n't|never|without|won't\s+need)(?:\s+\w+)?\s*$", re.I)


def commands(text: str) -> list[Mention]:
    """Command words of one sentence, in order; in a question or under a condition only a request (extend)."""
    hidden = [False] * len(text)
    asking, conditional = _asking(text), bool(CONDITION.match(text))
    found: list[Mention] = []
    for finder in FINDERS:
        for mention in finder(text):
            if not any(hidden[mention.start:mention.end]):
                hidden[mention.start:mention.end] = [True] * (mention.end - mention.start)
                request = mention.kind == "extend" and (asking[mention.start] or not conditional) \
                    and not _asks_whether(text, mention)
                if mention.kind != "none" and (request or not (asking[mention.start] or conditional)):
                    found.append(mention)
    return reasons.requests_win(text, sorted(found, key=lambda m: m.start)) or _put_off(text, conditional)


def _put_off(text: str, conditional: bool) -> list[Mention]:
    """'色卡下周二才能寄': a day right before 才能 puts the work off to it — an extension asking for that day, read only
    where the sentence says nothing else (beside a command it is a reason or a forecast) and waits on nothing (等…才能)."""
    return [Mention("extend", m.start(), m.end(), needs_date=True) for m in islice(ONLY_THEN.finditer(text), MAX_PUT_OFF)
            if not conditional and DAY_END.search(text, max(0, m.start() - 12), m.start())
            and not WAITS.search(text, max(0, m.start() - 30), m.start())]


def _asks_whether(text: str, mention: Mention) -> bool:
    """'第2项要不要延期？', '是否需要延期第3项？': whether to extend, not a request to."""
    need = re.match(r"需要|要", text[mention.start:mention.end])          # the word may hold the 需要 of 是否需要
    return bool(WHETHER.search(text[:mention.start] + (need.group() if need else "")))


def _asking(text: str) -> list[bool]:
    """For each character: is it in a clause that asks?"""
    flags: list[bool] = []
    pieces = CLAUSE.split(text)
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        asks = bool(QUESTION.search(piece)) or last and bool(re.search(r"[？?]\s*$", text))
        flags += [asks] * len(piece)
    return flags + [False] * (len(text) - len(flags))


def _extensions(text: str) -> list[Mention]:
    """延期/推迟/extend/push to …; '截止日期改到11月20日' only with its date (the caller checks)."""
    found = [Mention("extend", m.start(), m.end()) for m in EXTEND.finditer(text)]
    found += [Mention("extend", m.start(), m.end(), needs_date=True) for m in RESCHEDULE.finditer(text)
              if not (PLACED_BEFORE.search(text, 0, m.start()) and not DAY_AHEAD.match(text, m.end()))]
    found += lexicon.mentions("extend", text)
    return [m for m in found if not EXTEND_NOT_BEFORE.search(text[:m.start])]


def bare_percent(text: str) -> Mention | None:
    """The percent a sentence consists of (percents.py), not when it asks: 'Item 3 is with legal. 100%?'."""
    return None if QUESTION.search(text) else percents.bare_percent(text)


def item_alone(text: str) -> tuple[int, ...]:
    """The items a sentence consists of ('第一项。', 'Item 4.', '1番です。'), else ()."""
    refs = references(text) if len(text) <= MAX_ALONE else []
    rest, last = [], 0
    for ref in refs:
        rest.append(text[last:ref.start])
        last = ref.end
    if not refs or not ITEM_FILLER.fullmatch(" ".join([*rest, text[last:]])) or text.rstrip().endswith((":", "：")):
        return ()
    return tuple(n for ref in refs for n in ref.items)


def glossed_items(text: str, mentions: list[Mention]) -> tuple[int, ...]:
    """The items a sentence without a command names in brackets after a task: 'the schedule (item 3)', 'CAPA分析（第2项）'."""
    if not mentions or any(m.kind != "ref" for m in mentions):
        return ()
    items: tuple[int, ...] = ()
    for mention in mentions:
        if text[:mention.start].rstrip().endswith(("(", "（")) and text[mention.end:].lstrip().startswith((")", "）")):
            items += tuple(n for n in mention.items if n not in items)
    return items


def _progress_words(text: str) -> list[Mention]:
    return [Mention("progress", m.start(), m.end()) for m in PROGRESS_WORDS.finditer(text)] + lexicon.mentions("progress", text)


def _done(text: str) -> list[Mention]:
    return [Mention("done", m.start(), m.end()) for m in DONE.finditer(text) if _is_done(text, m)] + lexicon.mentions("done", text)


def _is_done(text: str, match: re.Match) -> bool:
    """已完成 / 完成了 / 第2项完成 / done — not 未完成, 明天完成, 已完成80%, 完成报告, will be done, 50% done."""
    before, after = text[:match.start()], text[match.end():]
    if match.group("mark"):
        return bool(references(text))              # '✅ 第2项', '第2项 ✔': a check mark beside an item
    if match.group("passive") and re.match(r"\s+(?:until|till|through|solid|up)\b", after, re.I):
        return False                               # 'the rig is booked until the 16th', 'booked solid': a state
    if match.group("dropped") or match.group("reffed"):
        return True                                # 'Sent it over.', 'Hi all, booked the room.'
    if match.group("past") or match.group("passive"):
        return not EN_NOT_BEFORE.search(before[-30:])   # "I've sent the quote", 'we already booked it'
    if DONE_NOT_AFTER.match(after):
        return False
    if match.group("closed"):
        ends_clause = not after.strip() or not after.lstrip()[0].isalnum()
        return ends_clause and not _not_now(before, match) and bool(
            match.group("this") or match.group("may") and match.group("le") or _right_after_reference(before))
    if match.group("en"):
        return not EN_NOT_BEFORE.search(before[-30:]) and not (match.group("en").lower() == "complete"
                                                                and OBJECT_AFTER.match(after)) and not (
            match.group("en").lower() == "closed" and STATE_AFTER.match(after))
    if _not_now(before, match) or re.search(r"[%％]\s*$", before):
        return False
    ends_clause = not after.strip() or not after.lstrip()[0].isalnum()
    closes = ends_clause or bool(LE_ENDS_CLAUSE.match(after))   # '已经群发给所有客户了': its 了 closes the clause 已 opens
    past = bool(match.group("pre") or match.group("post")) or closes and bool(EARLIER_PAST.search(before))
    if match.group("verb") in SINGLE_VERBS or re.fullmatch(NEGOTIATED, match.group("verb")):
        return past and closes                     # '报价发了', '已经发顺丰了' — not '发了邮件催'
    if match.group("verb") in ZH_VERB_NEEDS_PAST or PASSED_ON.fullmatch(match.group("verb")):
        return past and not (PLACED_VERB.fullmatch(match.group("verb")) and DAY_AHEAD.match(after))   # not '已放到周五'
    return past or match.group("verb") == "搞定" or ends_clause and (_right_after_reference(before) or
                                                                     bool(COUNTED_AS.search(before[-4:])))


def _not_now(before: str, match: re.Match) -> bool:
    """A plan, request or negation before the verb; not 计划 as a noun before 已 ('付款计划已更新完毕')."""
    found = ZH_NOT_BEFORE.search(before[-6:])
    if not found:                                  # '周五前搞定' promises it; '已于9号前完成' reports it
        return bool(PROMISED_BY.search(before[-8:])) and "已" not in before[-10:] and not (match.group("pre") or match.group("post"))
    return not (found.group().strip() == "计划" and (match.group("pre") or "").startswith("已"))


def _right_after_reference(before: str) -> bool:
    """A bare 完成 counts only right after an item reference: '第2项完成', '②完成', '2. 完成', or one pointing: '此项完成'."""
    head = re.sub(r"[\s都均也：:]+$", "", before)
    return any(ref.end == len(head) for ref in references(head)) or bool(POINTING.search(head))


def _confirms(text: str) -> list[Mention]:
    found = []
    for match in CONFIRM.finditer(text):
        before = text[:match.start()]
        blocked = (ZH_NOT_BEFORE.search(before[-6:]) or WAITED_ON.search(before[-12:])) if not match.group().isascii() \
            else EN_NOT_BEFORE.search(before[-30:])          # '还在等客户确认logo位置': someone else's, still to come
        if not blocked and CONFIRM_MAY_FOLLOW.match(text, match.end()):
            found.append(Mention("confirm", match.start(), match.end()))
    thanks = THANKS_FIRST.match(text) and not references(text)      # 'Thanks all, looks good.': a courtesy, no command
    for match in WEAK_CONFIRM.finditer(text if not thanks else ""):
        if not EN_NOT_BEFORE.search(text[:match.start()][-12:]) and not re.search(r"不\s*$", text[:match.start()]):
            found.append(Mention("confirm", match.start(), match.end(), weak=True))
    found += withdrawn(text)                       # an objection taken back: '第5项我撤回异议'
    return found + lexicon.mentions("confirm", text)


def _colloquial(text: str) -> list[Mention]:
    found = colloquial.verdicts(text, _right_after_reference, (EN_NOT_BEFORE, ZH_NOT_BEFORE))
    return [Mention(kind, start, end, percent=percent, weak=weak) for kind, start, end, percent, weak in found]


def _reported(text: str) -> list[Mention]:
    return [Mention("done", start, end) for start, end in perfective.reported(text)]


_percents = percents.found
FINDERS = (no_objection, objections, _extensions, _percents, _colloquial, _progress_words, _done, _confirms, _reported)
