"""Roles and titles written around a name, and who leads when a cell names a lead and helpers.

    role_tails('初三年级组长孔令辉')       -> ['孔令辉']          (the role is 初三年级组长)
    role_tails('QA lead Marco Rossi')    -> ['lead Marco Rossi', 'Marco Rossi', 'Rossi']
    role_length('副主任周敏负责排定…')     -> 3
    lead_part('配合：邱婷婷、林晓；主责：何志强') -> '何志强'
    lead_part('孔令辉牵头，钱素琴、周敏配合')   -> '孔令辉'
    lead_part('何志强（配合：林晓）')          -> '何志强'

A role is read from its last word (主管, 专员, 工程师, 科, BP…), never from a list of whole job titles, so a
title the list has not seen still ends in one of these words.
"""
from __future__ import annotations

import re

from parsers.minutes.owning.people import SURNAMES

# a title written right after a person's name ('臧立伟副局长牵头', '曾凡老师汇总', '严国栋科长')
NAME_TITLE = (r"(?:同志|老师|桑|(?:副|常务副?|执行)?(?:总经理|经理|主任|科长|课长|局长|处长|部长|总监|院长|校长|所长|站长|队长|"
              r"主管|书记|组长|厂长)|副?总经理)")
TITLE_AFTER_NAME = re.compile(rf"^{NAME_TITLE}(?=\S|$)")
# what is handed to a person after 由/请 + who; what a company's person does after the company's short name
HANDED_WORK = re.compile(r"负责|牵头|提供|出具|提交|跟进|汇总|整理|编制|起草|报送|组织|对接|制定|准备|于|(?:重新)?安排|落实|协调")   # after 由/请 + who
AFFILIATED_WORK = re.compile(r"出具|提供|提交|编制|起草|报送|寄")     # a company's person, then the work (not '样品寄送秦海燕负责')
WORK_VERB = re.compile(r"[\u4e00-\u9fff]|\d{1,2}\s*[月/.]")      # the work, or the day it is due by ('鲁胡纳楼工6月26日前出具…')
# a company's short name, then a surname and title, then the work ('禾盛杨厂长调整冻干曲线'): that person, when the headers know them
COMPANY_TITLED = re.compile(r"(?!配合|协助|协同|协办|联系|通知|督促|提醒|安排|[请由让和与跟同向给对找把将等])[\u4e00-\u9fff]{2,6}?"
                            rf"[{''.join(sorted(SURNAMES))}](?:厂长|经理|总监|总工|主任|主管|老师|总|工)(?=" + WORK_VERB.pattern + ")")
# a crew of theirs, then a surname and title nobody we know has, then the work at once ('施工队邵队长尽快整改…'): that person
OUTSIDER_TITLED = re.compile(rf"(?:[\u4e00-\u9fff]{{1,6}}?(?:队|班|组|公司|厂|站|所))?(?P<who>[{''.join(sorted(SURNAMES))}]"
                             r"(?:队长|班长|组长|厂长|站长|所长|经理|主任|师傅|工))(?=尽快|立即|马上|抓紧|\d{1,2}\s*[月日号/.]|负责)")
COMPANY_NAMED = re.compile(r"[\u4e00-\u9fff]{2,4}(?:公司|集团)(?=[\u4e00-\u9fff])")   # '安驰公司邵飞经理负责…': its person

# the words a Chinese role or unit ends in: 仓储主管, 采购专员, 设备工程师, 安保科, 财务BP, 初三年级组长
ROLE_END = (r"(?:主管|经理|总监|总裁|主任|主席|书记|组长|科长|处长|部长|局长|院长|校长|所长|站长|厂长|队长|行长|馆长|园长|队长|班长|厂长|站长|所长|店长|"
            r"专员|助理|顾问|秘书|工程师|设计师|分析师|架构师|律师|会计师?|出纳|老师|教师|讲师|医生|[校厂队]医|医师|药师|护士长?|"
            r"[^\W\d_]{0,4}?员|实习生|研究生|学生|代表|对接人|联系人|负责人|BP|PM|PMO|[科处室组部])")
ROLE_PREFIX = re.compile(rf"^(?:[\u4e00-\u9fffA-Za-z0-9]{{0,10}}?{ROLE_END})", re.I)
# a bare role before a name in a sentence ('副主任周敏负责…'): the role word itself, with 副/常务/执行/首席 before it
# or a party of a contract before a person ('总包曾经理负责…', '监理谭工…', '外协老周负责…')
LEADING_ROLE = re.compile(r"^(?:(?:总包|分包|监理|甲方|乙方|业主|施工方|供应商|厂家|厂商|设计院|外协|外包)(?=[\u4e00-\u9fff]{1,3}?(?:经理|总|工|老师|主任)|"
                          r"[老小][\u4e00-\u9fff](?:负责|牵头|跟进))|"
                          r"(?:副|常务|执行|首席|高级|资深|主管)?(?:[\u4e00-\u9fff]{0,6}?"
                          r"(?:主管|经理|总监|主任|组长|科长|处长|部长|局长|院长|校长|所长|站长|厂长|队长|行长|馆长|专员|助理|顾问|秘书|工程师|设计师|"
                          r"(?<=[\u4e00-\u9fff])员|会计|出纳|律师|老师|代表|实习生|研究生)))\s*")     # 员: 技术员, 安全员, 质检员…
ROLE_ONLY = re.compile(r"(?:副|常务|执行|首席|高级|资深)?(?:主管|经理|总监|主任|组长|科长|处长|部长|局长|院长|校长|所长|站长|厂长|队长|行长|馆长|专员|助理|"
                       r"顾问|秘书|工程师|设计师|技术员|调度员|管理员|会计|出纳|律师|老师|护士长|医生|代表|同学|同事)")
TITLED_NAME = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?|[\u4e00-\u9fff](?:先生|女士|小姐|总|经理)")
LEAD = re.compile(r"主责|牵头|负责|主导|主办|[(（]\s*主\s*[)）]|lead|owner", re.I)
HELPER_IN_BRACKET = re.compile(r"[，,、；;]\s*[^()（），,、；;]{1,16}?(?:配合|协助|协同|协办)(?=\s*[)）])")
SUPPORT = re.compile(r"配合|协助|协同|协办|参与|支持|[(（]\s*副\s*[)）]|support|assist", re.I)
HELPER_LAST = re.compile(r"^[^、]*?(?<!配合|协助|协同|协办)、[^、]+(?:配合|协助|协同|协办)$")
CELL_PARTS = re.compile(r"[；;，,/／|｜]|\s{2,}|　+|\s+(?=(?:配合|协助|协同|协办|主责|牵头|负责)\s*[:：])|"
                        r"(?:(?<=[)）])\s+|(?<=[(（]主[)）])|(?<=[(（]副[)）])|(?<=[(（]配合[)）])|(?<=[(（]协助[)）])|(?<=[(（]主责[)）])|"
                        r"(?<=[(（]牵头[)）]))、?\s*(?=[\u4e00-\u9fff])|(?<=牵头|主责|配合|协助|协同|协办)\s+")   # '于海洋（主） 关雪松（配合）'
# helpers named inside a bracket ('谢婉清（配合：潘越）'); a bare '（配合）' marks the name before it as a helper instead
SUPPORT_NOTE = re.compile(r"[(（]\s*(?:配合|协助|协同|协办|参与|支持|support|assist)(?:人|部门|单位|ed\s+by|ing)?\s*[:：]?\s*"
                          r"[^()（）\s][^()（）]{0,30}[)）]", re.I)
MARK_WORDS = re.compile(r"[(（]?\s*(?:主责|牵头|负责|主导|主办|lead|owner)(?:人|单位|部门)?\s*[)）]?\s*[:：]?|[(（]\s*主\s*[)）]", re.I)


UNIT_ONLY = re.compile(r"[\u4e00-\u9fff]{1,8}(?:部|处|科|室|所|中心|组|办|局|队)")
OBJECT_BEFORE = frozenset("to from with of at on in via per cc the a an".split())     # not for/by: 'for Grace' owns


def role_tails(text: str) -> list[str]:
    """Names that may follow a role in `text`, longest first: Han suffixes after a role word, Latin word suffixes."""
    text = text.strip()
    if re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", text) and re.search(r"[\u4e00-\u9fff]", text):
        return [text[-k:] for k in (4, 3, 2) if len(text) > k and ROLE_PREFIX.fullmatch(text[:-k])]
    if any(ch.isdigit() for ch in text):
        return []                    # '19-21 Jun': a date, and 'Jun' no name after a role
    words = text.split()             # ('checklist to Zhang Hai': a name after to/with is whom the work goes to)
    object_at = next((i for i, word in enumerate(words) if word.lower() in OBJECT_BEFORE), len(words))
    return [" ".join(words[i:]) for i in range(1, min(len(words), object_at + 1))] if 1 < len(words) <= 6 else []


# a surname and a title written after an organisation or unit no list knows ('前厅梁经理', '学院周老师'): the unit
# ends in the word that heads a unit or a company (厅, 院, 网络…), so a task that ends in whom it goes to ('…统计报马总',
# '抽奖礼品严经理帮忙') is no unit
TITLED_TAIL = re.compile(r"(?<=[厅院校部处科室所心组办局队司团络技方店馆厂站行园房区场段间线台会社委])"
                         r"[\u4e00-\u9fff](?:经理|老师|主任|总监|主管|总工|总|工|科长|处长|部长|组长|店长|厂长|校长|院长|律师|"
                         r"医生|先生|女士|小姐)$")


def titled_tail(text: str) -> list[str]:
    """A surname and title ending a short Han text after a name no list knows ('青鸾网络方经理' -> ['方经理']);
    who it is the roster or the mail's addresses must say."""
    text = text.strip()
    m = TITLED_TAIL.search(text) if re.fullmatch(r"[\u4e00-\u9fff]{3,12}", text) else None
    return [m.group()] if m and m.group()[0] in SURNAMES else []       # '前厅经理': 厅 is no surname


def name_tails(text: str) -> list[str]:
    """The names a role or an unknown unit may be written before: role_tails, then titled_tail."""
    return role_tails(text) + titled_tail(text)


def role_heads(text: str) -> list[str]:
    """Names written before their role ('孟凡工程师' -> ['孟凡'], '杜建平主任' -> ['杜建平'])."""
    text = text.strip()
    if not re.fullmatch(r"[\u4e00-\u9fff]{3,10}", text):
        return []
    return next(([text[:k]] for k in (2, 3, 4) if len(text) > k and ROLE_ONLY.fullmatch(text[k:])), [])


def role_length(text: str) -> int:
    """How many characters a role word takes at the start of a sentence ('设备工程师汤文斌…' -> 5), else 0."""
    m = LEADING_ROLE.match(text)
    return m.end() if m else 0


def lead_part(cell: str) -> str:
    """The part of an owner cell that names the lead: the 主责/牵头 part, else the first part that is no helper.
    A cell that names no helper comes back unchanged."""
    cell = HELPER_IN_BRACKET.sub("", cell or "")           # '教研中心（钱雅琴牵头，潘宇航配合）': the bracket's lead
    if not SUPPORT.search(cell):
        leads = [p for p in CELL_PARTS.split(cell) if p and LEAD.search(p)]     # '林德贵负责组织，钱老师主讲': who leads
        return leads[0].strip(" 、:：") if len(leads) == 1 and len(CELL_PARTS.split(cell)) > 1 and not re.search(r"[(（]", cell) else cell
    outside = SUPPORT_NOTE.sub(" ", cell).strip()          # '谢婉清（配合：潘越）': the helpers sit in the brackets
    if outside != cell.strip() and outside and not SUPPORT.search(outside):
        return MARK_WORDS.sub("", outside).strip(" 、:：")
    parts = []
    for part in (p.strip() for p in CELL_PARTS.split(cell) if p and p.strip()):
        both = LEAD.search(part) and SUPPORT.search(part) or HELPER_LAST.search(part)    # '项目办（蒲小军）、防汛处配合'
        parts.extend(p.strip() for p in part.split("、") if p.strip()) if both else parts.append(part)
    lead = next((p for p in parts if LEAD.search(p) and not SUPPORT.search(p)), None)
    bare = [p for p in parts if not LEAD.search(p) and not SUPPORT.search(p)]
    if lead is None:
        lead = next((p for p in parts if not SUPPORT.search(p)), "")
    elif len(bare) == 1 and UNIT_ONLY.fullmatch(MARK_WORDS.sub("", lead).strip()):
        lead = bare[0]             # '质量部（主责）/生产部（配合）冉晓东': the one person the cell names answers for the lead unit
    return MARK_WORDS.sub("", lead).strip(" 、:：")

