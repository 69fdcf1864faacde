"""How a unit is written (a department, an office, a committee, a street office) and which roster department it is.

    department_of('星河电子采购部', roster) -> '采购部'
    unit_name('接口联调由研发中心', roster) -> False        (a sentence that ends in a unit)
"""
from __future__ import annotations

import re

from parsers.minutes.owning.people import Roster, norm

UNIT = r"(?:事业部|部门|(?<![大局内外细头底顶背上下])(?<![^安]全)(?<!^全)部(?![分署位件])|中心|小组|团队|[支大中车]队|集团|项目组|组|科|处(?![理置罚])|办公室|委员会|(?<![布格结开当骗饭赌变])局|委|街道办事处|街道办|办(?![理法])|站|院|街道|分公司|子公司|(?<=[\u4e00-\u9fff]{2})单位|(?<=[\u4e00-\u9fff]{2})股(?![东份票权]))"   # 疾控股: a county office
# units that stand for themselves even when the roster does not know them (not 处/科/组: 处理, 科学, 组织)
OWN_UNIT = r"(?:(?<![大局内外细头底顶背上下])(?<![^安]全)(?<!^全)部|部门|中心|办公室|委员会|(?<![布格结开当骗饭赌变])局|委|街道办事处|街道办|街道|分公司|子公司|(?<=[\u4e00-\u9fff]{2})单位)"
LEVEL = r"团?[省市区县镇乡](?:委|政府)"     # '区委', '县政府', '团县委': a level's committee or government, then its office
DEPT_PREFIX = re.compile(rf"^(?![与和跟同向给对由请让协联按经各]|配合)(?P<dept>办公室|{LEVEL}(?:(?:(?!负责|牵头|配合)[\u4e00-\u9fff]){{0,4}}?{UNIT}|(?=负责|牵头|会同))|[\u4e00-\u9fffA-Za-z&]{{1,12}}?{UNIT})[\s/／·・:：-]*(?P<rest>.*)$")
DEPT_ONLY = re.compile(rf"^[\u4e00-\u9fffA-Za-z& ]{{0,16}}{UNIT}$|^[A-Za-z&/ ]{{1,20}}\s(?:team|group|dept\.?|department|"
                       r"squad|side)$|^(?:team|dept\.?|department)\s[A-Za-z&/ ]{1,20}$", re.I)


def own_unit(text: str) -> bool:
    """A unit that stands for itself although the roster does not know it: '城西街道办事处', '区委宣传部', '县政府办'."""
    return bool(re.fullmatch(rf"[\u4e00-\u9fff]{{2,6}}{OWN_UNIT}|{LEVEL}[\u4e00-\u9fff]{{0,5}}", text))


def department_of(text: str, roster: Roster) -> str | None:
    """The roster department a unit name refers to: '星河电子采购部' -> '采购部'; unknown units -> None."""
    key = norm(text)
    found = [d for d in roster.departments if norm(d) and norm(d) in key]
    return max(found, key=len) if found else None


def department_stem(text: str, roster: Roster) -> int:
    """The length of a roster department's name without its unit word (品管 of 品管部; 客服 of 客服售后部) opening `text`."""
    stems = [re.sub(r"(?:部门|部|科|室|处|组|中心)$", "", d) for d in roster.departments]
    return max((len(st) for st in stems + [st[:2] for st in stems if len(st) >= 4] if len(st) >= 2 and text.startswith(st)), default=0)


GOV_UNIT = re.compile(r"^(?![^局委厅]*[由请让跟向给对把将被在报交送至到的])[\u4e00-\u9fff]{3,9}(?:局|委员会|委|厅)$")   # a bureau's name


def unit_name(text: str, roster: Roster) -> bool:
    """'技术部', '星河电子采购部', '生产计划部' name a unit; '接口联调由研发中心' is a sentence that ends in one."""
    known = department_of(text, roster)
    before = text[:norm(text).index(norm(known))] if known else text
    after = norm(text)[norm(text).index(norm(known)) + len(norm(known)):] if known else ""   # '观音桥店空调外机噪音投诉处':
    short = len(re.sub(r"街道办事处$", "局", text)) <= 6       # '城西街道办事处' as long as '城西局'
    short = short or len(text) <= 10 and GOV_UNIT.search(text) is not None   # '区水利和湖泊局', '区住房和城乡建设局'
    return not re.search(r"[由请让与和跟向给对把将被在报交送至到]$", before) and len(after) <= 5 and (bool(known) or short)   # a sentence
