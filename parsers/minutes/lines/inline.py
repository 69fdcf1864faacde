"""The small marks inside a line: list markers, several items on one line, inline labels, 已完成.

    list_marker('① 吴昊：明天下班前…')            -> ('circled', '吴昊：明天下班前…')
    list_marker('A-18 更新 runbook —— @潘浩')      -> ('number', '更新 runbook —— @潘浩')   (the team's own item ID)
    split_inline('确认3件事：①…；②…；③…')        -> ['确认3件事：', '…', '…', '…']
    take_labels('提交初稿（负责人：李经理，截止时间：周三17:00）') -> Labels('李经理', '周三17:00', '提交初稿')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.minutes.lines.bracket_list import bracket_list as _bracket_list
from parsers.regex_start import first_chars, start_checked
from parsers.frozen import quick_init

PICTOGRAPH = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001F000-\U0001FAFF]")   # ⚠️ ✅ 📌 🔲: symbols that open a line
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
CN_DIGITS = "一二三四五六七八九十"
KEYCAP = r"(?:\d\ufe0f?\u20e3|\U0001F51F)"      # 1️⃣..9️⃣, 🔟: DingTalk/WeChat number their lists with keycap emoji
MARKER = re.compile(
    r"^\s*(?:(?P<checked>[-*•·●]?\s*(?:\[[xX✓✔]\]|[☑✅✔☒]))|(?P<check>[-*•·●]?\s*(?:\[\s?\]|[☐⬜🔲🔳]\ufe0f?))|"
    rf"(?P<circled>[{CIRCLED}]|{KEYCAP})|(?P<number>(?:AP|AI|A)\s?\d{{1,2}}\s*[-–—:：.)](?=\s)|[A-Z]{{1,4}}-\d{{1,4}}(?=\s)|No\.\s?\d{{1,2}}(?=\s)|[#＃]\d{{1,3}}(?=\s)|(?:[#＃]\s?)?\d{{1,2}}(?:[.．](?!\d)|、|[)）])|\d{{1,2}}\.\d{{1,2}}(?:\.\d{{1,2}})?(?=\s)|[(（]\d{{1,2}}[)）])|"
    rf"(?P<cn>[(（][{CN_DIGITS}]{{1,3}}[)）]|[{CN_DIGITS}]{{1,3}}(?:[、.．]|[)）](?=\s))|[{CN_DIGITS}]是(?=[\u4e00-\u9fff]|\d{{1,2}}\s*[月日号./]))|"
    r"(?P<letter>[a-zA-Z][.)](?=\s))|(?P<bullet>[-=]>(?=\s)|[-–—](?![-–—=_])|\*(?!\*)|[•·●○◆◇▪■□➢►▶✦→・･]|[>》](?=\s)|[👉☞➤➔➡🔹🔸▸▹]\ufe0f?))\s*")
INLINE = re.compile(rf"(?<!第)(?:(?:^|(?<=[，,；;。：:\s]))[{CN_DIGITS}]是(?=\S)|[{CIRCLED}]|[(（]\d{{1,2}}[)）]|(?<![\d.])\d{{1,2}}[)）]|(?:^|(?<=[；;。，,\s]))\d{{1,2}}[.、](?!\d))(?!项)")
# ' / ' ends an owner's value ('Owner: Dana Kim / Due: Nov 19', 'Owner: Leo / Friday'), unless a unit or a second
# name follows to the end ('Owner: Sharon / HSE')
SLASH_NOT_OWNER = (r"\s+/\s(?!(?!(?i:mon|tue|wed|thu|fri|sat|sun|next|this|tomorrow|today|tonight|eo[dw]|asap|tb[dc]|end|by|"
                   r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mid|early|late)|周|星期|礼拜|本|下|明|今|月|尽快|待定|近期|年底)"
                   r"[A-Za-z&\u4e00-\u9fff ]{1,16}$)")
LENTICULAR = str.maketrans("〔〕", "（）")        # '责任人：毛建军〔执法大队〕': a bracket as any other
OWNER_LABEL = re.compile(r"(?:负责人|負責人|責任人|(?<![\u4e00-\u9fff])(?:负责|承办)(?=\s*[:：])|(?:整改|落实)责任(?=\s*[:：])|担当|责任人|执行人|承办人|跟进人|主责人|(?<![\u4e00-\u9fff])主责|牵头人|(?<![\u4e00-\u9fff])牵头|主办人?|对接人|经办人|(?<![a-z])(?:owner|assignee|responsible|resp\.|person\s+in\s+charge|"
                         r"pic))\s*[:：]\s*(?P<value>[^，,；;。()（）\]】\n]{1,40}?(?:\s*[(（][^()（）\n\d]{1,20}[)）])?)(?:\s*[(（](?:[^()（）\n]|[(（][^()（）\n]{0,30}[)）]){1,60}[)）])?(?=\s{2,}|　|\s*[，,；;。)）\]】\n|]|\s+[-–—]\s|" + SLASH_NOT_OWNER + r"|"
                         r"\s*(?:(?:配合|协助|协办)(?:人|部门|单位)?\s*[:：]|截止|截至|完成时间|完成时限|完成期限|计划完成|期限|时限|due|deadline)|"
                         r"\s+(?:task|action|事项|任务)\s*[:：]|$)", re.I)     # 'Owner: Daniel Chong Task: release …' (a PDF's columns)
DUE_LABEL = re.compile(r"(?:(?:计划完成时间|截止时间|截止日期|截至时间|截止(?=\s*[:：])|完成时间|完成时限|完成期限|办结时限|完成日期|到期时间|交付时间|(?:整改|落实)?(?:期限|时限)|"
                       r"(?:时间|完成)节点(?=\s*[:：]))"
                       r"\s*(?:[(（](?:最迟|最晚|暂定|预计|计划|建议)[)）]\s*)?(?:[:：]\s*|(?=[\d０-９周今明后下本月]))|(?<=[；;，,(（])\s?时间\s*[:：]\s*|(?<![a-z])(?:deadline|due date|due(?!\s+to\b)|eta(?=\s*[:：]|\s+(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|"
                       r"jun|jul|aug|sep|oct|nov|dec|end|next|this|tomorrow|today|eo[dw]|tb[dc]|asap|q[1-4]|h[12]|w[k/]?\d|week|mid|early|late)\b)))"
                       r"\s*(?:[:：]\s*|\s(?=\S)))(?P<value>(?:[^，,；;。()（）\]】\n]|[(（][^()（）\n]{0,12}[)）]|"
                       r"[(（](?!含|包含|包括)[^()（）\n]{0,12}[(（][^()（）\n]{0,20}[)）][^()（）\n]{0,6}[)）]|"   # '6月12日前（周五（客户周一开会
                       # 要用））', not '4月30日前（含安装确认记录（IQ）签字）', what the work includes
                       r",\s*(?=\d{1,2}[:：.]\d{2}|\d{1,2}\s*[ap]\.?m\b|\d{4}\b)|[，,]\s*(?=即|也就是|i\.e\.)){1,60})",   # 'Apr 30, 12:00'; '…，即10月27日前'
                       re.I)                     # a bracket inside the value stays: 10月18日（周五）17:00
UNIT_LABEL = re.compile(r"(?:责任|牵头|承办|主办|负责)(?:单位|部门|处室|科室|处|科)\s*[:：]\s*"   # 责任处室：…
                        r"(?P<value>(?:[^，,；;。()（）\]】\n]|[(（][^()（）\n]{0,24}[)）]){1,40}?)"   # 后勤保障部（骆明）
                        r"(?=\s{2,}|　|\s*[，,；;。)）\]】\n|]|\s*(?:负责人|责任人|(?:配合|协助|协办)(?:人|部门|单位)?\s*[:：]|"
                        r"截止|截至|完成时间|完成时限|完成期限|计划完成|期限|时限)|$)")
HELPER_LABEL = re.compile(r"(?:配合|协助|协办)(?:人|部门|单位)?\s*[:：]\s*(?:[^，,；;。()（）\]】\n]|[(（][^()（）\n]{1,20}[)）]){1,40}?"
                          r"(?=\s{2,}|　|[，,；;。)）\]】\n]|\s*(?:时间|截止|完成|期限|时限|负责|责任|牵头|——|—|–|--)|$)")   # (…夏工——下周一前完成)
NESTED_HELPER = re.compile(r"(?i)[(（]\s*(?:(?:配合|协助|协办|support(?:ed by)?|helpers?|backup)(?:人|部门|单位)?\s*[:：][^()（）\n]{1,40}|"
                           r"(?![^()（）]*(?:牵头|负责|主责))[^()（）\n:：]{1,20}?(?:配合|协助|协办))[)）]")   # '程大勇（配合：任涛）', '何斌（马骁配合）';
#                                                                not '（蒋文斌牵头，许佳怡配合）', which names the lead
RESCHEDULED = re.compile(r"原(?:定|计划|为)[^，,；;()（）\n]{1,15}[，,]?\s*(?:现)?(?:调整|改|延期|推迟|延后|提前)(?:为|至|到)\s*")  # '原定5月底，调整为6月10日前'
SUPPORT_CLAUSE = re.compile(r"\s*[，,、]\s*[^，,；;。()（）\n]{1,20}?(?:配合|协助|协办|参与|协同)(?=\s*(?:[，,；;。)）\]】\n]|$))")
UNIT_HELPERS = re.compile(r"\s*[，,、]\s*[^，,；;。()（）\n]{1,30}?[(（](?:配合|协助|协办)[)）]")
# '孙立（牵头）、陆一鸣', '何斌（主责），马骁（配合）': the name before the lead mark owns it; the names after it help
UNIT_LEAD = re.compile(r"\s*[，,]\s*(?P<who>[^，,；;。()（）\n]{2,16}?)\s*(?:同志)?\s*(?:具体|全面|亲自)?(?:负责|牵头)(?:落实)?(?=\s*(?:[，,；;。)）\]】\n]|$))")
LEAD_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])(?:牵头|主责)$")        # '责任单位：口岸协调科牵头'
HELP_MARK = r"\s*[(（](?:配合|协助|协办|协同|副|support)[)）]"
LEAD_MARK = re.compile(rf"[(（]\s*(?:牵头|主责|主办|主|lead)\s*[)）](?:\s*(?:、\s*[^、，,；;。()（）\n:：]{{1,12}}?(?:{HELP_MARK})?|"
                       rf"[，,]\s*[^、，,；;。()（）\n:：]{{1,12}}?{HELP_MARK})(?=\s*(?:[、，,；;。\n]|$)))*", re.I)   # '卞思琪（主）、蒋宇航（副）'
# the first half of a label written in two languages ('Owner / 负责人:', '截止 / Due:'): the second half is read
LABEL_TWIN = re.compile(r"(?i:owner|responsible|assignee|due(?: date)?|deadline)\s*[/／]\s*(?=[\u4e00-\u9fff]{2,5}\s*[:：])|"
                        r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,5}\s*[/／]\s*(?=(?i:owner|due|deadline)\s*[:：])")
NAME_AFTER_DASH = re.compile(r"\s+[-–—]\s+(?P<who>(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2}|"
                             r"(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+[A-Z][a-z'’\-]+|"
                             r"(?![本下上]?[周週][一二三四五六日天末]|[本下上][周週]|[今明后][天日]|月底|月末|年底|[尽儘]快|待定|近期)[\u4e00-\u9fff]{2,3})"
                             r"(?=\s{2,}|\s*[，,；;。)）]|\s*$)")
EMPTY_BRACKETS = re.compile(r"[(（\[【]\s*[,，;；、\s]*\s*[)）\]】]")
DONE = re.compile(r"(?:^|[-—–―~～:：\s(（，,|])(?:已完成|已关闭|已解决|已结束|已落实|已取消|done|completed|closed|finished|"
                  r"cancell?ed)\s*[)）]?\s*(?:[(（][^()（）]*[)）])?\s*[。.!！]?\s*$|^(?:已完成|(?:already\s+)?(?:done|completed)\b)|^[(（\[]\s*(?:closed|done|completed|cancell?ed|已完成|已关闭|关闭)\s*[)）\]]|^(?:closed|done|completed)\s*[:：]|"
                  r"已经?(?:完成|搞定|办结|交付)(?![\d%])\s*(?:[，,。；;！!]|$)|"
                  r"[(（]\s*(?:关闭|结案|办结|销号)\s*[)）]\s*[。.]?\s*$|"     # '…验收合格（关闭）': a closed point
                  r"[，,。；;]\s*(?:此项|本项|该项)?(?:已|予以)?(?:销号|结案|办结)\s*[。.]?\s*$", re.I)       # '…已于昨天报出，此项销号'

# '已经改完上线了，', '已经提交（9/25），', '已发出。': a perfective report, when nothing after it asks for more
PERFECTIVE = re.compile(r"(?<!确保)(?<!确认)(?<!保证)(?<!检查)(?<!是否)已经?[\u4e00-\u9fff]{0,2}?(?:完成|搞定|办结|交付|上线|提交|发放|批准?|审批(?:通过)?|"
                        r"发出|寄出|上传|发布|完|交|发了|(?:报|上报|报送|送|交|发)[给到至]?[\u4e00-\u9fff]{1,8}?(?:部|处|科|室|中心|办|组|局))"
                        r"了?\s*(?:[(（][^()（）]{0,20}[)）]\s*)?(?:[，,。；;！!]|$)|"   # '…名单已报生产管理部': handed to a unit
                        r"已于[^，,。；;]{1,12}?(?:完成|办结|交付|上线|提交|发出|寄出|下发|印发|发放|发布|报送|报出|上报|[\u4e00-\u9fff]{1,2}完毕)(?:[，,。；;！!]|$)")   # '…已于今天上午完成，
# '… – done, sent today', '…——已完成，已发群里': the done mark after a dash, then a note of how, asking nothing more
DONE_THEN_NOTE = re.compile(r"(?:\s(?:->|=>|→|[-—–―~～|])|[:：(（])\s*(?:已完成|已关闭|已解决|done|completed|closed|finished)\s*[,，;；]\s*"
                            r"(?P<note>[^,，;；]{1,30})$", re.I)
TICKS = "✅✔☑\ufe0f"                                        # what a line ending in a tick ends with
TICKED_END = re.compile(r"\S\s*[✅✔☑]\ufe0f?\s*$")        # a line that ends in a tick mark reports its work done
DONE_WORD = re.compile(r"done|complete|closed|finish|cancel|关闭|结案|办结|销号", re.I)   # a match of DONE without 已 holds one
STILL_TO_DO = re.compile(r"前|之前|以前|截止|为止|期限|\d{1,2}\s*[月/]\s*\d|周[一二三四五六日天]|明天|下周|尽快|需要?|要|请|"
                         r"\b(?:by|before|due|need)\b", re.I)

# a character a list marker can open with (after spaces): a line opening with none is no list item, at one test
MARKER_START = re.compile(f"[{first_chars(MARKER)}]")
# the patterns read on every line and cell, tried only where a match can start (parsers/regex_start.py): same matches
INLINE, OWNER_LABEL, DUE_LABEL, DONE, PERFECTIVE = map(start_checked, (INLINE, OWNER_LABEL, DUE_LABEL, DONE, PERFECTIVE))
UNIT_LABEL, HELPER_LABEL, EMPTY_BRACKETS, STILL_TO_DO, DONE_WORD = map(
    start_checked, (UNIT_LABEL, HELPER_LABEL, EMPTY_BRACKETS, STILL_TO_DO, DONE_WORD))


# a due label's value that goes on to the work ('4月10日前提交赶工计划', '清明节后第一个工作日完成首笔进度款支付审核')
DUE_THEN_WORK = re.compile(r"^(?P<when>[^，,。；;]{2,20}?(?:之前|以前|前|内|日(?![前内]))|月底前?)\s*(?P<work>[\u4e00-\u9fff][^，,。；;]{3,})$")


@quick_init
@dataclass(frozen=True)
class Labels:
    owner: str          # the value of 负责人：/Owner: ("" when none)
    due: str            # the value of 截止时间：/Due: ("" when none)
    rest: str           # the text with the labels (and the brackets they leave empty) removed
    unit: str = ""      # the value of 责任单位：/牵头部门： ("" when none)


def list_marker(line: str) -> tuple[str, str]:
    """(kind, text after the marker); kind is '' for a line that is no list item, 'checked' for a ticked box."""
    m = MARKER.match(line) if MARKER_START.match(line.lstrip()) else None
    if not m or m.end() == len(line):
        return "", line.strip()
    return m.lastgroup or "", line[m.end():].strip()


# a closing clause that sums up the numbered items before it and gives their one deadline
SHARED_DUE = re.compile(r"[，,；;]\s*(?:上述|以上|前述|这)?\s*(?:[两二三四五六七八九2-9几各]\s*[项个件]|(?:各|所有)?(?:事项|任务|工作))"
                        r"(?:工作|任务|事项)?\s*(?:均|都|统一|一并)\s*(?:须|需|需要|应|要|请)?\s*(?:在|于)?\s*(?P<due>[^，,；;。]+?)\s*"
                        r"(?:完成|办结|落实到位|到位)?[。.]?\s*$")
SHARED_DUE_EN = re.compile(r"\s*[,;]?\s*[-–—]?\s*\b(?:both|all(?:\s+of\s+them)?|each)\s+(?P<due>(?:due\s+)?(?:by|before|until|on)\s+[^,;]+?)"
                           r"\.?\s*$", re.I)                      # '(1) order …; (2) arrange … - both by May 8'


def split_inline(text: str) -> list[str]:
    """[preamble, item1, item2, ...] when the text numbers two or more items in order (①…②…, (1)…(2)…),
    else [text]. '第②项' and '①项' are references to an item, not markers."""
    found = list(INLINE.finditer(text))
    if len(found) < 2:
        return _bracket_list(text)
    depth = _bracket_depths(text)
    opened = _more_closed_than_opened(text)      # '（1）入库单 2）出库单）': the first bracket opens, 1）2） number inside
    marks = [(m.start(), m.end(), _value(m.group())) for m in found
             if not depth[m.start()] and not (opened and m.group()[:1] in "(（")]
    chain = max((_chain([m for m in marks if _style(text[m[0]:m[1]]) == style]) for style in
                 dict.fromkeys(_style(text[m[0]:m[1]]) for m in marks)), key=len, default=[])
    if len(chain) < 2:
        return _bracket_list(text)
    pieces = [text[:chain[0][0]]]
    for (_, end, _), nxt in zip(chain, chain[1:] + [(len(text), 0, 0)]):
        pieces.append(text[end:nxt[0]].strip(" ；;。，,、"))
    return _shared_due(pieces)


def _shared_due(pieces: list[str]) -> list[str]:
    """'（1）谢婷负责…；（2）何雨桐负责…，上述两项均须在五一节前完成': the closing clause dates every item it sums up."""
    shared = SHARED_DUE.search(pieces[-1]) or SHARED_DUE_EN.search(pieces[-1])
    if not shared:
        return pieces
    pieces = [*pieces[:-1], pieces[-1][:shared.start()]]
    return [pieces[0], *(f"{piece}（{shared.group('due')}）" for piece in pieces[1:])]


def _chain(marks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The marks that count 1, 2, 3… in order."""
    chain: list[tuple[int, int, int]] = []
    for mark in marks:
        if mark[2] == len(chain) + 1:
            chain.append(mark)
    return chain


def _style(mark: str) -> str:
    """How a mark is written: '1.' and '①' of one line are two lists ('1. 整改：①…②…' numbers ① and ②)."""
    mark = mark.strip()
    return "circled" if mark[:1] in CIRCLED else "paren" if mark[:1] in "(（" else "close" if mark[-1:] in ")）" else \
        "is" if mark.endswith("是") else "dot"


def _bracket_depths(text: str) -> list[int]:
    """How many brackets are open before each position: '（含1）仓租 2）装卸费）' numbers nothing new. Where more
    brackets close than open, a closer right after a number is a list marker ('1）'), not the end of a bracket."""
    depths, depth = [], 0
    marker_closers = _more_closed_than_opened(text)
    for index, ch in enumerate(text):
        depths.append(depth)
        if ch in "(（":
            depth += 1
        elif ch in ")）" and not (marker_closers and index and text[index - 1].isdigit()):
            depth = max(depth - 1, 0)
    return depths


def _more_closed_than_opened(text: str) -> bool:
    return sum(text.count(c) for c in ")）") > sum(text.count(c) for c in "(（")


CLOSING_MENTION = re.compile(r"(?<![:：\s])\s+(?=[@＠][^\s@＠，,]{1,20}\s*$)")   # a mention closing the line is no other label's value


def take_labels(text: str) -> Labels:
    """Pull '负责人：X' and '截止时间：Y' out of a line, wherever they are."""
    if "原" in text:
        text = RESCHEDULED.sub("", text)
    if "/" in text or "／" in text:
        text = LABEL_TWIN.sub("", text)            # 'Owner / 负责人：…': one label written in two languages
    if "协" in text or "配合" in text or "(" in text or "（" in text:
        text = NESTED_HELPER.sub("", text)
        text = LEAD_MARK.sub("", text)
    text = CLOSING_MENTION.sub("，", text) if "@" in text or "＠" in text else text   # '截止时间：待定  @于海波'
    colon = ":" in text or "：" in text          # (every owner, unit and helper label ends in a colon)
    owner = OWNER_LABEL.search(text) if colon else None
    named = owner and NAME_AFTER_DASH.match(text, owner.end())      # 'Owner: Huayue – Helen Zhou': their side, then them
    due = DUE_LABEL.search(text)
    unit = UNIT_LABEL.search(text) if colon else None
    helper = HELPER_LABEL.search(text) if owner or unit else None      # '配合：魏宁' beside a 牵头：: nobody's item
    support = SUPPORT_CLAUSE.match(text, owner.end()) if owner else None   # '责任人：X牵头，Y、Z配合'
    lead = unit and not owner and UNIT_LEAD.match(text, unit.end())     # '责任单位：物资设备部，仓储主管韦志远具体负责'
    helping_units = unit and (UNIT_HELPERS.match(text, unit.end()) or SUPPORT_CLAUSE.match(text, unit.end()))   # '责任单位：
    #                                                      A部（牵头），B部（配合）', '责任单位：A科牵头，B科配合'
    rest = text
    if owner or due or unit:                   # (helper and the two clauses come only with an owner or a unit)
        for found in sorted((m for m in (owner, named, due, unit, helper, support, helping_units, lead) if m), key=lambda m: m.start(), reverse=True):
            rest = rest[:found.start()] + rest[found.end():]
    rest = EMPTY_BRACKETS.sub("", rest).strip(" 　，,；;。")
    who = owner.group("value").strip().translate(LENTICULAR) + (f" – {named.group('who')}" if named else "") if owner else \
        lead.group("who").strip() if lead else ""
    return Labels(who, due.group("value").strip() if due else "", rest,
                  LEAD_AFTER.sub("", unit.group("value").strip()) if unit else "")


def topic_labels(text: str) -> Labels | None:
    """'关于改造资金拨付。责任单位：财务部。完成时限：清明节后第一个工作日完成首笔进度款支付审核。': a topic (关于…) whose labels
    leave no task of their own; the task is the topic, then what the due label's value asks after its day."""
    labels = take_labels(text[2:]) if text.startswith("关于") else None
    work = labels and DUE_THEN_WORK.match(labels.due)
    return replace(labels, due=work.group("when"), rest=f"{labels.rest}：{work.group('work')}") if work else labels


def due_first(line: str) -> bool:
    """'Due: within 24 hours，这个是 blocker', '截止时间：周五前，视样品到货而定': a line that opens with its due label."""
    due = DUE_LABEL.search(line)
    return bool(due) and not line[:due.start()].strip()


def is_done(text: str) -> bool:
    """A line that reports finished work ('…――已完成', '- [x] …', '… ✅', 'done', 'banner 上周已经改完上线了，不用再动')
    rather than asking for it; '初稿已提交，终稿周五前交' still asks for the rest."""
    text = text.strip()
    if text[-1:] in TICKS and TICKED_END.search(text):
        return True                        # '… review 过了 ✅': a tick after the line, as a ticked box before it
    if "已" not in text and not DONE_WORD.search(text):
        return False                       # (a look before the patterns: every match of DONE or PERFECTIVE holds one)
    if DONE.search(text):
        return True
    noted = DONE_THEN_NOTE.search(text)
    if noted and not STILL_TO_DO.search(noted.group("note")):
        return True
    finished = PERFECTIVE.search(text)
    return bool(finished) and not STILL_TO_DO.search(text[finished.end():])


def marker_number(line: str) -> int | None:
    """The number a numbered list line is written with ('3. …' -> 3, '③…' -> 3, '（三）…' -> 3), else None."""
    m = MARKER.match(line)
    if not m or m.lastgroup not in ("number", "circled", "cn"):
        return None
    mark = re.sub(rf"[^\d{CIRCLED}{CN_DIGITS}]", "", m.group(m.lastgroup).strip().split(".")[-1] or m.group(m.lastgroup))
    if m.lastgroup == "cn":
        tens, _, ones = mark.rpartition("十") if "十" in mark else ("", "", mark)
        value = (CN_DIGITS.index(tens) + 1 if tens else 1) * 10 * ("十" in mark) + (CN_DIGITS.index(ones) + 1 if ones else 0)
        return value or None
    return _value(mark) or None


def _value(marker: str) -> int:
    digits = re.sub(r"\D", "", marker)
    if digits:
        return int(digits)
    if marker[:1] in CN_DIGITS:                 # 一是, 二是
        return CN_DIGITS.index(marker[0]) + 1
    return CIRCLED.index(marker) + 1 if marker in CIRCLED else 0
