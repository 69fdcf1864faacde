"""Section headings of minutes and what their lines are: action items, decisions, a review of old items…

    heading('二、待办事项')        -> Heading('action', '')
    heading('三、下次周会：10月25日（周五）16:00') -> Heading('followup', '10月25日（周五）16:00')
    heading('1. 王芳：提交方案终稿')  -> None          (a list item, not a heading)

Only lines under an action heading are read as items without further proof; decisions, background and the
review of last time's items ('上次待办回顾') are never items, whatever they look like.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from parsers.regex_start import start_checked

ACTION, DECISION, INFO, REVIEW, FOLLOWUP, NEUTRAL = "action", "decision", "info", "review", "followup", "neutral"
DIRECTIVE = "directive"     # decisions that set work (议定事项, 会议要求): only their assigned, dated lines are items
MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|第[一二三四五六七八九十\d]{1,2}[部分章节项]"
                  r"|#{1,4}|[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*[.、．]?(?=\s*\D)(?![月日号年时点])|[A-H][.、．](?=\s))?\s*[【\[]?\s*")
MEETING_WORDS = (r"(?:会议?|沟通|同步|讨论|评审|复盘|对齐|对接|碰头|例会|周会|站会|通话|电话|视频|连线|review|sync|meeting|call|check-?in|catch-?up|session|jour\s+fixe|"
                 r"retro(?:spective)?|stand-?up|planning|workshop|demo|1:1|one-on-one|(?<![a-z])TC(?![a-z])|t-?con\b|tele-?con(?:ference)?)")   # TC: a teleconference
HELD_THERE = re.compile(r"在[^。\n，,]{1,16}?(?:召开|举行)了?[^。\n，,]{0,16}?会|(?:召开|举行)了[^。\n，,]{0,16}?会")      # '…在三楼会议室召开…例会', '…15:00继续召开了…会': held
TO_COME = re.compile(r"下[次周月回]|定于|拟于|将于|拟定|计划|预计|届时|请.{0,6}参加")      # a meeting still to come
BARE_WEEKDAY = re.compile(r"\s*(?:周|星期|礼拜)[一二三四五六日天]")     # a weekday a '下周…' label puts in next week
NUMBERING_GOES_ON = re.compile(r"(?:接|续|延续|沿用)(?:上[周次期回])(?:的)?(?:编号|序号|号)|(?:编号|序号)(?:接|续)上[周次期回]")
NEXT_ALONE = re.compile(r"^\s*(?:#{1,4}\s*)?(?:\*\*|__)?next(?:\*\*|__)?\s*[:：]?\s*$", re.I)
MEETING_NAMED = re.compile(MEETING_WORDS, re.I)
NOTE_MARK = re.compile("^(?:[※＊*☆★]|[\u2190-\u2bff\U0001F000-\U0001FAFF]\ufe0f?)+\\s*")   # '※下次准备会：…', '📅 下次 sync：…', '⏰ 下次碰头：…': a mark (symbols, pictographs)
FOLLOWUP_WORDS = re.compile(rf"^次回[\u4e00-\u9fff]{{0,4}}(?=\s*[:：]|\s*$)|^다음\s*회의(?=\s*[:：]|\s*$)|^next\s+(?:[A-Za-z&\-]+\s+){{1,3}}{MEETING_WORDS}(?=\s*[:：]|\s*$)|^(?:下[次一回]次?|下轮|下期|下周|下月|下季度?|节后首次|首次|next)[^：:，,。]{{0,10}}?{MEETING_WORDS}|"
                            rf"^[\u4e00-\u9fff]{{1,6}}?后(?:首次|第一次)[^：:，,。]{{0,10}}?{MEETING_WORDS}(?=\s*(?:[:：]|$))|"   # 元旦后第一次例会： (a label, not a sentence)
                            rf"^follow[- ]?up {MEETING_WORDS}|"
                            rf"^第[二三四五六七八九十2-9]次[\u4e00-\u9fff]{{0,8}}?(?:{MEETING_WORDS}|磨课|培训)(?=\s*[:：]|\s*$)|"   # '第三次专题会：7月8日…'
                            r"^下[次一]次?[\u4e00-\u9fff]{1,4}?(?:时间|日期)(?=\s*[:：]|\s*$)|"   # 下次对账时间：
                            # any '下次 + what' or 'Next + what' label (下次对接：, 下次走访：, Next touchpoint:), but not next steps
                            r"^下一?次(?!(?:[\u4e00-\u9fff]{0,3}(?:工作|任务|事项|计划|议题)|安排))(?:[\u4e00-\u9fff]{1,6}|\s?[A-Za-z][A-Za-z\-]{2,15})(?=\s*[:：]|\s*$)|^下[次回](?=\s*[:：]|\s*$)|"   # 下次：4月15日, '■下回' (Japanese-style 次回)
                            r"^next\s+(?!(?:steps?|actions?|items?|tasks?|up|week|month|quarter|year|phase|stage|sprint|release|time)\b)[a-z\d\-&/]+(?:\s+[a-z\-]+){0,3}(?=\s*:|\s*$)", re.I)   # 'Next 5S walk:', 'Next S&OP:', 'Next field service weekly:'
FOLLOWUP_MENTION = re.compile(rf"(?:下[一]?次|下回|下一轮|next)[^，,。；;：:]{{0,8}}?{MEETING_WORDS}|\bnext\s+[a-z\-]{{2,16}}\s+{MEETING_WORDS}|"
                              r"\bnext\s*[:：]\s*(?:the\s+)?same\s+(?:slot|time)\b|"    # 'Next: same slot (Tue 4pm), 4 May'
                              r"\bnext\s+(?!(?:steps?|week|month|year|quarter|time)\b)[a-z\d&/\-]{2,16}\s+(?:is|will\s+be)\s+(?:on|at|set\s+for|scheduled)\b|"   # 'Next S&OP is on 27 Aug'
                              r"(?:还是|仍是|照常|照旧)(?:这个|这|本|同一个?)(?:会|例会|周会|碰头会)", re.I)   # '下周一8:30还是这个会'
FOLLOWUP_MENTION = start_checked(FOLLOWUP_MENTION)      # tried only where a match can start (下, n): ~2 us less a line
FORUM_BEFORE = re.compile(r"(?:提交|提请|报送?|交由|上)$")     # '…，提交下次办公会审议': where the work goes, not when the meeting is
KINDS = (
    (REVIEW, re.compile(r"^closed(?:\s+items)?$|^(?:本周|上周|本月|工作|项目|研究|实验)?(?:进展|进度)(?:情况)?$|^progress$|^(?:status|stand)$|汇报情况|情况汇报|工作汇报|进展汇报|^(?:本周|个人|学生|成员|组员|各人)?汇报$|回顾|上[次周期轮月]|已完成|完成情况|工作总结|本周总结|进展(?:汇报|回顾|更新)|previous|last (?:meeting|week|time)|"
                        r"status update|recap of|done|completed|went well|^yesterday$|^昨[天日]$|(?:^|\s)updates?\s*$|^demo(?:ed|s)?$|^(?:功能)?演示$", re.I)),   # 'Updates', 'Demoed': who did what
    (ACTION, re.compile(r"^课题$|^会后(?:事项|工作|任务|待办|安排|要求)$|^(?:要|要去|需要|待|接下来要)(?:办|做|干|跟)的?(?:事|事情|事项)?$|^(?-i:AIs?|APs?|A\.I\.)$|待办|行动|对策|担当|action|to[- ]?dos?|next steps?|follow[- ]?ups?|任务|分工|跟进|后续|下一步|工作安排|(?<!值班)安排|落实|"
                        r"assignments?|tasks?|owners?|open items|责任|计划|遗留|待解决|"
                        r"^(?:(?:plans?\s+)?for\s+)?(?:today|tomorrow|this\s+week)$|^[今明][天日]$|^(?:本周|这周)$", re.I)),   # '本周：' after '上周：'   # '遗留问题': still open; 'today:' a stand-up's plan
    (DIRECTIVE, re.compile(r"议定|要求$|部署$|强调$|指出$|^会议明确$")),
    (DECISION, re.compile(r"结论|决议|决定|共识|议定|decisions?|conclusions?|agreed|agreements?|resolutions?|确认事项|"
                          r"^(?:新|相关|管理|工作|现场|安全)?(?:规定|制度|规则|纪律|守则)$|^(?:house\s+|new\s+)?rules?$|^polic(?:y|ies)$", re.I)),   # standing rules
    (INFO, re.compile(r"发现|参考|references?|findings?|observations?|总结|要点|速览|发言|转写|逐字|文字记录|录音|待议|parking\s*lot|open\s+questions|transcript|背景|现状|议题|议程|agenda|讨论|情况|概述|概况|摘要|summary|key points|highlights|notes|参会|出席|attendees|"
                      r"participants|基本信息|其他|其它|备注|说明|updates?|discuss(?:ion|ed)|问题|风险|数据|目标|内容|信息(?!化)|附件|"
                      r"topics?|background|context|risks?|issues?|会议|沟通|亮点|精彩片段|金句|贴士|预告|一览|致谢|值班|on[- ]call\s+(?:rota|roster)|章节|chapters?|关键词|keywords?|^speakers?\b|^(?:AI|智能)\s*(?:建议|洞察|提示)$|^AI\s+(?:suggestions?|insights?)$", re.I)),   # '三、假期值班': a rota
)
# a deadline, or a bracket naming who and when: a line that carries one asks for work, it does not title a section
DEADLINE = re.compile(r"(?:\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|\d{1,2}/\d{1,2}|[本下]?(?:周|星期)[一二三四五六日天]|月底|月末|明天|后天|今天|"
                      r"\d+\s*个?工作日)\s*(?:前|之前|以前|内|完成)|[(（][^()（）]{1,12}[，,、][^()（）]*\d[^()（）]*[)）]|"
                      r"(?:[本下](?:周|星期)[一二三四五六日天]|明天|后天|今天|明早|今晚)\s*(?:给|交|报|出|做|发|提|完|上报|上交|组织|落实)|"   # '…下周三给个结论'
                      r"\bby\s+(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|eod|\d)|尽快|尽早|\basap\b", re.I)
VERB_THEN_WORK = re.compile(r"(?:安排|落实|跟进)[\u4e00-\u9fffA-Za-z\d]{4,}$")     # not '工作安排', '后续跟进事项'
TIME_SPAN = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*[-~–—至到]\s*\d{1,2}:\d{2}(?::\d{2})?")
HEADING_SYMBOL = re.compile(r"^\s*[■□◆◇●▶►]\s*(?=\S)")
LABEL_COLON = re.compile(r"(?<!\d)[：:]|[：:](?!\d{2})")     # not the colon of a clock ('…定于5月28日14:00召开')
TITLE_LIMIT = 18
BARE_LIMIT = 10           # an unmarked heading is short
HAN = re.compile(r"[\u4e00-\u9fff]")
NOT_IN_BARE = re.compile(r"[\d，,。；;！!？?、()（）]")       # a bare heading holds no number, sentence mark or bracket
SENTENCE_MARK = re.compile(r"[，,。；;！!？?]")
NAMED_MEETING = re.compile(r"^next\s*[:：]\s*[^,，。;；:：\n]{2,40}[,，]\s*(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}\s*[/.\-月]\s*\d)|"
                           r"^next\s*[:：]\s*(?:[\w\-]+\s+){0,4}?(?:meeting|sync|call|check-?in|catch-?up|review|session|stand-?up|walk)\s+"
                           r"(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}\s*[/.\-]\s*\d)|"   # 'Next: show prep check-in Thursday 9 July'
                           r"^(?:next|(?:[\w\-]+\s+){0,3}(?:planning|sync|review|retro(?:spective)?|stand-?up|kick-?off|check-?in|1:1)"
                           r"(?:\s+(?:meeting|session|call))?|(?![本今昨前此]|上[次周回期月个轮])[\u4e00-\u9fff]{0,6}(?:复审|评审|复盘|碰头|例|周|协调|"
                           r"调度|推进|沟通|讨论|专题)会|[A-Za-z][A-Za-z\d/&\-]{1,20}会)\s*[:：]\s*"
                           r"(?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}\s*[/.\-月]\s*\d|[本下]?(?:周|星期)[一二三四五六日天])|"
                           # '三、节后复工会：2月5日 8:30，PMC会议室': a meeting named by its kind, a day and a clock, no 前
                           r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*(?![本今昨前此]|上[次周回期月个轮])[\u4e00-\u9fff]{1,8}?会议?\s*[:：]\s*"
                           r"(?=\d{1,2}\s*[月/.]\s*\d{1,2}[日号]?[^，,。；;前]{0,12}?\d{1,2}[:：]\d{2}(?![^，,。；;]*前))", re.I)
# a sentence that sets the next meeting without a label: '下周三同一时间再碰一次', '早上8点半开复盘会',
# '…9:00召开调度会', '请大家预留下周四上午', "let's meet again Tuesday 3pm"; not '不再讨论' (no more talk)
MEETING_KINDS = r"(?:会议|[例周组晨早班月]会|(?:编前|选题|策划|编委)会|(?:调度|座谈|评审|协调|专题|总结|推进|办公|沟通|讨论|复盘|碰头)会?)"   # not 运动会, 年会
EVENT_NOT = r"(?<![大年展峰晚宴舞盛布货动])"      # 大会, 年会, 发布会 定在…: the event planned, no meeting of these people
SETS_MEETING = re.compile(r"(?<![不无别])(?:再|另)(?:碰|开|聊|议|约|对|过|同步|沟通|讨论|拉[^，,。；;]{0,4}?会)|碰一[下次]|"
                          r"再次(?:会商|碰头|开会|召开|调度|研究)|"      # '明天上午8:30再次会商'
                          # '下周一下午4点照旧。', '下周一晚上8点线上过一下进度': a clock, then the meeting as before or a review
                          r"\d(?:[:：]\d{2}|点半?)\s*(?:照旧|照常)\s*[。.!！]?$|\d(?:[:：]\d{2}|点半?)[^，,。；;]{0,10}?过一[下遍]进[度展]|"
                          r"\d(?:[:：]\d{2}|点半?)\s*再?(?:复盘|回顾|碰)一[次下]|"      # '9月7日（周一）上午9点复盘一次'
                          # '下周一上午9:00在公司三楼会议室听取排查进展，请各责任人带台账参会': a meeting by what it does
                          r"\d(?:[:：]\d{2}|点半?)[^。；;]{0,24}?(?:听取[^，,。；;]{1,12}?(?:进展|汇报|情况)|(?<![不未将])参会(?![人名单员位情代:：]))|"
                          rf"\d(?:[:：]\d{{2}}|点半?)\s*[\u4e00-\u9fff]{{0,4}}{EVENT_NOT}会\s*(?:[，,]\s*(?:地点|在)[^，,。；;]{{1,16}})?[。.!！]?\s*$|"   # '…9:30周会。'
                          # ('下周五（6月5日）下午4点项目例会，地点二楼会议室。': its place after it)
                          rf"{MEETING_KINDS}上?再(?:说|议|定|商量)|"     # '其他事下周一例会再说': that meeting's day
                          r"(?<![不无别])再(?:试|测|评|看)一?[轮次遍场]|"       # '下周三上午10点再试一轮' (a tasting, a test round)
                          r"在[^，,。；;]{0,10}?(?:室|楼|厅|厂|部|科|处|现场|线上)(?:里|内)?(?:复盘|碰头)(?![的会]?(?:纪要|记录|情况|数据))|"   # '…在品质部会议室复盘'
                          r"(?<![不无别])再[跟和与同][^，,。；;]{1,8}?(?:碰|聊|过一[遍下])|"     # '下周二下午两点再跟劲跃过一遍'
                          r"(?<![今昨刚已])(?:碰头|碰面)(?![的会]?(?:上?(?:说|定|讲|提|聊)的|事项|几件事|纪要|记录|情况))|"   # '5月8日下午碰头定稿'
                          r"(?:召开|(?<![展公离打])开(?![展始发通放工])|举行|举办)[^，,。；;]{0,10}?(?:会|评审|复盘|讨论)|"
                          r"(?:预留|留出|空出)(?=[^，,。；;]{0,12}?(?:[周週][一二三四五六日天]|星期|[上下]午|明天|后天|\d))|"   # not '留出审片时间'
                          rf"定于[^，,。；;]{{0,24}}?(?:召开|举行)|{MEETING_KINDS}[^，,。；;]{{0,6}}定于[^，,。；;]{{0,24}}?进行|"
                          r"继续(?:讨论|沟通|开会|碰|对齐|评审|开(?![展发始通放工]))|"   # '…同一地点继续开。'
                          # '节后第一天早会照常7:50开始', '下周五例会继续跟踪'
                          rf"{MEETING_KINDS}(?:照常|照旧|改[在到为于]|(?:提前|推迟|延后|挪|调整)[到至为]|时间不变|上?继续(?:跟踪|跟进|通报|检查))|"
                          # '下次对接定在…', '…再碰一次，定在…': not 'cutover 定在 3/27 22:00' (what is set is no meeting)
                          rf"(?:^\s*|[，,。；;]\s*|{EVENT_NOT}{MEETING_WORDS})定在|下[次一]次?[\u4e00-\u9fff]{{0,4}}?定[在于]|"
                          rf"{MEETING_KINDS}[^，,。；;]{{0,12}}?\d{{1,2}}(?:[:：]\d{{2}}|点半?)\s*(?:准时)?(?:开始|召开|举行)|"
                          r"参加[^，,。；;]{0,12}?(?:会|评审|复盘)|"
                          # '下周四（7月9日）宫主任带队复查。': a day, then a review someone leads
                          r"(?:日|[周星期][一二三四五六日天])[)）]?[^，,。；;前]{0,10}?(?:带队|组织|集中)(?:复查|复盘|检查)\s*[。.!！]?$|"
                          # '明天下午4点在装配车间现场复盘。', '…9:30冯总再到现场复查': a clock, then the meeting, ending the sentence (not '4点前完成复盘')
                          r"\d{1,2}(?:[:：]\d{2}|点半?)(?!\s*(?:前|之前|以前|为止))[^，,。；;前]{0,14}?(?:复盘|碰头|开会|复查)\s*(?:[。.!！]?$|[，,]\s*请[^，,。]{0,10}(?:到场|参加|出席))|(?:同一时间|老时间|原时间|同样时间)|(?<=[^\s，,。；;意可看遇预听])见[。.!！]?$|"
                          r"\b(?:meet|sync|catch up|reconnect|talk)\s+(?:(?:with\s+)?(?-i:[A-Z])[\w&-]+\s+)?again\b|\b(?:reconvene|regroup)\b|"
                          r"\bgo\s+(?:through|over)\s+(?:the\s+|it\s+|this\s+)?(?:[\w-]+\s+){0,2}?again\b|\bpick\s+(?:it\s+|this\s+)?up\s+again\b|"   # 'go through the tracker again'
                          r"\blet'?s\s+(?:meet|sync|catch up|talk)\b|\bhold\s+the\s+date\b|\bsame\s+time\b|"
                          # 'We will review on Thursday at 9:30.', "let's go over progress Wed 4pm": the next meeting's day
                          # after the verb, with on/at (not 'We will review the figures by Friday', a deadline)
                          r"\b(?:we(?:'ll|\s+will|\s+shall)|let'?s)\s+(?:review|check\s+in|touch\s+base|follow\s+up|go\s+over|revisit)"
                          r"(?:\s+(?:it|this|them|progress|status|the\s+(?:list|actions?|tracker|log|status)))?\s+(?:on|at|next|this)\s+"
                          r"(?=(?-i:[A-Z])|\d|next\b|this\b|tomorrow\b)|"
                          r"\b(?:in|at|during)\s+a\s+(?:short\s+|quick\s+|separate\s+|follow[- ]up\s+)?(?:call|meeting|sync|session)\s+on\b|"
                          r"\bblock\s+(?:out\s+)?(?:your\s+)?(?:calendars?|time)\b|"
                          # a sentence opening with 下次 that repeats the meeting ('下次还是下周一晚上这个时间') or names it in
                          # Latin letters before its day ('下次 bug bash 9/3（周四）下午'): a label without its colon
                          r"^\s*下次(?:还是|还在|仍是|仍然|照旧|依旧|照常)|^\s*下次\s?[A-Za-z][A-Za-z\-]+(?:\s[A-Za-z][A-Za-z\-]+){0,2}\s+(?=\d)",
                          re.I)
SETS_MEETING = start_checked(SETS_MEETING)        # tried only where a match can start (parsers/regex_start.py)
# a character every match of SETS_MEETING holds, one per alternative (再/另碰, 碰一下, 召开/开/举行, 预留/留出/空出, 定于/定在,
# 继续, 照常/改在/时间不变, 参加, 同一/老/原/同样时间, 见, and an English word): a line with none is searched no further (one
# scan in C, where the pattern costs ~5 us a line); tests/test_regex_start.py checks it on the corpus and on random text.
# (时 and 参 of those words are no gate: every 会议时间：… and 参会人员：… line would open it; nor are 定, 再 and 另 alone, as
# in '上线日期定为…', '不再调整', '另行审批', nor one Latin letter, the Q of '按Q4计划': 定 counts in 定于/定在, 再/另 with the
# verb after them, and every English word has two letters)
MEETING_SETTER_CHARS = re.compile(r"(?<![不无别])[再另][碰开聊议约对过同沟讨跟和与拉试测评看次说]|[碰开举留空继照改变同老原加见过挪]|听取|参会(?![人名单员位情代:：])|提前|推迟|延后|调整[到至为]|复盘|复查|定[于在]|会\s*(?:[，,]\s*(?:地点|在)[^，,。；;]{1,16})?[。.!！]?\s*$|[a-z]{2}|^\s*下次", re.I)
SENTENCE_END = re.compile(r"(?<=[。；！])|(?<=[a-z)][.!?])(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)\s+(?=[A-Z])(?![\w.]{1,12}\s*:)")   # not 'Mr. Gao', '… Deadline: …'
# clauses before the one that names the meeting that ask a routine or a due ('请各主责人每周五下班前更新进展，下周一例会
# 再过一遍'): not the meeting's day
ROUTINE_CLAUSE = re.compile(r"^[^，,]*(?:每|之前|以前)[^，,]*[，,]\s*")
NUMBERED_ACTION = re.compile(r"^\s*(?:action(?:\s+item)?|AI|to-?do|task|待办(?:事项)?|行动项?)\s*#?\s*\d{1,2}\s*[:：]?\s*$", re.I)
BOXED = re.compile(r"^[【\[]([^】\]]{1,18})[】\]]\s*[:：]?\s*(.*)$")

# a lead-in naming the hour this meeting was held and its topic, before a colon: '下午3点对的机房搬迁：', '今天10点碰的…：'
HELD_LEAD_IN = re.compile(r"(?:今天|今日|今早|上午|下午|早上|中午|晚上)?\s*\d{1,2}\s*(?:[:：]\d{2}|[点點]半?)"
                          r"[^：:，,。；]{0,3}?的[^：:，,。；]{1,20}[：:]")


@dataclass(frozen=True)
class Heading:
    kind: str      # action | decision | info | review | followup | neutral
    value: str     # text after the heading's colon ('' when none)


WORK_TITLE = re.compile(r"待办|行动|action|to-?do|任务|分工|责任", re.I)
BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


@lru_cache(maxsize=4096)
def heading(line: str) -> Heading | None:
    """The heading this line is, or None for an ordinary line."""
    symbol = HEADING_SYMBOL.match(line)
    if symbol:                             # '■决定事项', '◆下次例会': a known section only (a '■ 更新台账' bullet is none)
        found = heading("# " + line[symbol.end():])
        return found if found and found.kind != NEUTRAL else None
    if NUMBERED_ACTION.match(line):
        return Heading(ACTION, "")         # 'Action 2' over 'Owner:'/'Due:' lines: an action block, after any 'Status'
    m = MARK.match(line)
    marked = bool(m.group().strip()) or bool(re.match(r"\s*(\*\*|__)[^*_]{1,18}\1\s*$", line))   # '**进展**'
    rest = line[m.end():].strip().rstrip("】]").strip()
    title, colon, value = _split_colon(rest)
    boxed = BOXED.match(line[m.start():].strip())
    if boxed:                              # '【下次同步】12月1日 10:00': the brackets close the title
        title, colon, value = boxed.group(1).strip(), "", boxed.group(2).strip()
    whole, title = title, BRACKETED.sub("", BRACKETED.sub("", title)).strip(" 】]*_")    # '（（2026）京01民初6677号）' too
    if not title or len(title) > TITLE_LIMIT or SENTENCE_MARK.search(title):
        return None
    kind = _kind(title)
    if kind == FOLLOWUP:
        return Heading(FOLLOWUP, "下周" + value if "下周" in title and BARE_WEEKDAY.match(value) else value)   # '下周组会：周四…'
    aside = "".join(BRACKETED.findall(whole)).strip("()（） ")
    if aside and kind and len(aside) <= 8 and _kind(aside) == DECISION and not WORK_TITLE.search(title):
        kind = DECISION                    # '五一保障安排（会议决定）': decided rules (not '待办事项（会议决定）'); a point
    #                                        titled by no section word ('4. 岗位暂停招聘（结论，不用跟）') is one decision, no heading
    if kind and TIME_SPAN.fullmatch(aside):
        kind = INFO                        # '02 七月发货计划（00:18-00:35）': a chapter of the talk, whatever its title
    if not colon and (DEADLINE.search(whole) or kind == ACTION and re.match(r"\s*\d", m.group()) and VERB_THEN_WORK.search(title)):
        return None                        # '1. 5月28日前提交维修计划', '1. 提交维修计划（邓超，5月28日）', '2、节后尽快安排
    #                                        液化气供应商上门检测管道' (a verb and what it is done to): an item
    if value:
        return None                        # 'X：something' is a labelled line, not a heading
    if kind is None:
        strong = marked and not re.match(r"\s*\d", m.group()) or bool(re.match(r"\s*[【\[#]", line))
        return Heading(NEUTRAL, "") if strong and (colon or len(title) <= 10) else None
    if not (marked or colon or _only_keywords(title)):
        return None
    return Heading(kind, "")


def bare_heading(line: str) -> Heading | None:
    """A short unmarked line that names a kind of section ('上周完成事项', 'Done last week'): a heading when a list
    follows it (the caller checks that)."""
    title = line.strip().rstrip(":：").strip()
    if not title or len(title) > (BARE_LIMIT if HAN.search(title) else 2 * BARE_LIMIT) or NOT_IN_BARE.search(title):
        return None
    kind = _kind(title)
    return Heading(kind, "") if kind in (REVIEW, ACTION, DECISION, INFO, DIRECTIVE) else None


CLOSING_TITLE = re.compile(r"(?<=[。；;！!])\s*(?P<title>[^。；;！!：:]{2,18}[：:])\s*$")


def closing_heading(line: str) -> tuple[str, Heading] | None:
    """'会议通报了…情况。会议要求：': a paragraph whose last sentence heads the lines below (an action, a directive or
    a decision section); gives the prose before it and that heading."""
    match = CLOSING_TITLE.search(line) if line.rstrip()[-1:] in ("：", ":") else None    # (its title ends the line)
    title = heading(match.group("title")) if match else None
    return (line[:match.start()], title) if title and title.kind in (ACTION, DIRECTIVE, DECISION) else None


def is_followup_label(label: str) -> bool:
    """'下次沟通时间', '下次会议', 'Next sync', '节后首次对账会', '※下次准备会' (a note mark before the label)."""
    return bool(FOLLOWUP_WORDS.match(NOTE_MARK.sub("", label.strip())))     # (each alternative opens with ^)


def names_next_meeting(line: str) -> bool:
    """'Sprint 24 planning: Mon 10/27 10:00', '复审会：2月28日 10:00', 'Next: Mon 28 Dec, 9:30' (as 下次：4月15日), 'Next:
    BOM sign-off, Tue 10/13 10:00': a meeting named by its kind with a day right after the colon (not this one's:
    '本周例会：…')."""
    return ("：" in line or ":" in line) and bool(NAMED_MEETING.match(line.strip()))    # (each of its names ends in a colon)


def mentions_followup(line: str) -> bool:
    """A sentence about the next meeting ('双方约定下周二上午10点召开下一次沟通会'): a follow-up, not an item."""
    return any(not FORUM_BEFORE.search(line, max(0, m.start() - 4), m.start()) for m in FOLLOWUP_MENTION.finditer(line))


def sets_meeting(line: str) -> bool:
    """'下周三同一时间再碰一次，确认备货进度': a sentence that fixes the next meeting (when it also gives a day)."""
    return bool(MEETING_SETTER_CHARS.search(line) and SETS_MEETING.search(line))


def next_alone(line: str, below) -> bool:
    """'## Next' (or 'Next:', '**Next**') alone over a line that names a meeting ('DB lock dry-run meeting: 7/29 10:00',
    'Weekly DVT sync … next one 11/17'; `below()` gives it): the next meeting's section. Over next steps it is none."""
    return bool(NEXT_ALONE.match(line)) and bool(MEETING_NAMED.search(below()))


def held_lead_in(line: str) -> str:
    """'今天10点碰的电梯年检整改：' opening a line: the hour this meeting was held and its topic, before a colon."""
    m = HELD_LEAD_IN.match(line)
    return m.group() if m else ""


def _kind(title: str) -> str | None:
    if FOLLOWUP_WORDS.match(title):
        return FOLLOWUP
    if re.search(r"(?:纪要|记录)如下$|纪要$", title) or NUMBERING_GOES_ON.search(title):
        return None                        # '今天沟通会纪要如下：', '补发上周六物流协调会的纪要：' open the minutes (their list
    #                                        is the work: sent late, still this meeting's), not a section;
    #                                        '接上周编号：' says how the list below is numbered, not that it looks back
    kind = next((kind for kind, words in KINDS if words.search(title)), None)
    return NEUTRAL if kind == INFO and title.startswith("关于") else kind    # '二、关于信息化建设': a topic, its words no title


def _split_colon(text: str) -> tuple[str, str, str]:
    m = LABEL_COLON.search(text)
    if not m:
        return text, "", ""
    return text[:m.start()], m.group(), text[m.end():].strip()


def _only_keywords(title: str) -> bool:
    """'Action items', '待办事项', '会议结论' with nothing else: a heading even without a colon."""
    return bool(re.fullmatch(r"(?:本次|本周|下周|本期|会议|会后|后续|主要|相关|the|key|open|new)?\s*(?:待办事项|待办|行动项|行动计划|"
                             r"action items?|actions|to-?dos?|next steps|follow[- ]?ups?|tasks|任务分工|工作安排|决议事项|会议决议|"
                             r"会议结论|结论|决议|decisions|key points|背景|现状|议题|agenda|summary|其他|其它|回顾|notes|updates?|"
                             r"status updates?|进展汇报|发言人?(?:分析|统计|占比)|关键词|speakers?(?:\s+(?:analysis|stats|statistics|insights))?|keywords)",
                             title.strip(), re.I))


def followup_sentences(line: str) -> tuple[list[str], str]:
    """The sentences of a line that name the next meeting (all of it when it is one sentence), and the others; a
    routine or a due in a clause before the meeting's ('每周五下班前在群里更新进展，下周一例会再过一遍') is left out."""
    sentences = [s for s in SENTENCE_END.split(line) if s.strip()]
    if len(sentences) <= 1:
        return [meeting_clauses(line)], ""
    return [meeting_clauses(s) for s in sentences if mentions_followup(s)], \
        "".join(s for s in sentences if not mentions_followup(s))


def meeting_clauses(sentence: str) -> str:
    """The sentence from its first clause on that is not a routine or a due before the one naming the meeting."""
    while (m := ROUTINE_CLAUSE.match(sentence)) and not mentions_followup(m.group()) and not sets_meeting(m.group()) and \
            (mentions_followup(sentence[m.end():]) or sets_meeting(sentence[m.end():])):
        sentence = sentence[m.end():]
    return sentence
