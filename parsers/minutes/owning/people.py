"""Names as people write them -> roster people: 李经理 = 李娜, Jerry = 陈喆, Rachel = the Cc 'Rachel Lim'.

    roster = Roster.from_csv_text(open('roster.csv').read())
    roster.resolve('财务部小罗', known) -> None       (the caller splits off the department first)
    roster.resolve('小罗', known)       -> Person('罗晓燕', 'luoxiaoyan@…', '财务部')

Order of trust: a roster name or alias, then a From/To/Cc display name, then a partial name (an English
first name, a Chinese given name, a surname with a title such as 王总/刘工/小罗) that only one person fits,
among the mail's own people first and the roster second. Ambiguity gives None: a wrong owner is worse
than none.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from parsers.mail.hant import fold
from parsers.mail.addresses import Address
from parsers.model import Person

COLUMNS = ("name", "email", "department", "manager_email", "aliases")
HAN = re.compile(r"^[\u3400-\u9fff]+$")
LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ž][A-Za-zÀ-ÖØ-öø-ž.'\-]*(?: [A-Za-zÀ-ÖØ-öø-ž][A-Za-zÀ-ÖØ-öø-ž.'\-]*){0,3}$")   # 'Petr Novák'
TITLE_WORDS = r"(?:桑|さん|様|さま|殿|小姐|先生|女士|太太|课长|課長|总监|总工|经理|主管|主任|老板|总|工|老师|专员|助理|姐|哥|董|博士|博|师兄|师姐|师傅|律师|医生|教授|书记|秘书|会计|校长|院长|局长|处长|科长|部长|组长|队长|站长|厂长|店长|所长|行长)"
TITLE_AFTER = re.compile(rf"^(?P<surname>[\u3400-\u9fff]{{1,2}}?){TITLE_WORDS}$")
MISTER = re.compile(r"^(?P<surname>[\u3400-\u9fff])生$")      # Cantonese '陈生' = Mr 陈 (a surname only)
TEAM_SUFFIX = re.compile(r"\s*[(（][^()（）]*[)）]$")
LATIN_TITLE = re.compile(r"(?:mr|mrs|ms|miss|dr|prof)\.?\s+(?P<surname>[a-z][a-z'’\-]+)")   # 'mrs. wu': a family name after a title
EVERY_ONE_OF = re.compile(r"^(?:全体|各|所有|每位)")
TITLE_BEFORE = re.compile(r"^[小老阿](?P<surname>[\u3400-\u9fff])$")
# a mailbox's display name that is a unit ('源南街道办事处', '采购部'): not somebody who owns an item
UNIT_NAME = re.compile(r"^[\u3400-\u9fff]{2,16}(?:办事处|街道办|街道|部门|部|中心|办公室|委员会|局|委|科|处|股|室|所|队|"
                       r"分公司|子公司|公司|集团|医院|学校|项目组|小组)$")
# The ~130 most common single-character surnames and the common compound ones: a 2-3 character word that
# starts with one of them may be a person's name even when nobody in the roster or the mail has it.
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
               "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
               "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
               "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
               "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
               "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "夏侯")


@dataclass(frozen=True)
class RosterEntry:
    name: str
    email: str
    department: str = ""
    manager_email: str = ""
    aliases: tuple[str, ...] = ()

    def person(self) -> Person:
        return Person(self.name, self.email, self.department or None)


# Words used as 'X：' labels that start with a common surname and so look like a name (时间 = 时 + 间).
NOT_NAMES = frozenset("时间 时限 时长 方案 方式 方向 方面 项目 成本 成果 成员 安排 安全 高层 金额 文案 文档 文件 明细 明天 "
                      "计划 记录 任务 程序 毛利 付款 全员 全部 关于 关键 管理 季度 包装 包材 严重 单价 单位 原因 商务 商品 "
                      "华东 华南 华北 华中 华西 常规 范围 路线 路演 车型 章节 施工 邮件 邮箱 余额 简介 简报 申请 解决 能力 "
                      "应付 应收 应用 费用 费控 项目组 程序员 宗旨 景点 林地 周一 周二 周三 周四 周五 周六 周日 周天 "
                      "周末 周内 周中 周初 周报 周会".split()) | {f"周{d}{s}" for d in "一二三四五六日天末" for s in "前后内"} | \
    {f"{day}{s}" for day in ("明天", "明日", "明早", "明晚", "后天", "今天", "今日", "今晚") for s in ("", "前", "内", "之前")}   # '（明天前）'   # '（周五前）'


def norm(name: str) -> str:
    """The form names are compared in: NFKC, no spaces around, inner spaces single, Latin lower-cased,
    Traditional characters as Simplified (陳嘉慧 = 陈嘉慧)."""
    return fold(" ".join(unicodedata.normalize("NFKC", name or "").split()).lower())


UNIT_THEN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,16}\s+(?P<who>[\u4e00-\u9fff]{2,4})$")     # '新下陆街道 王建平'


def names_a_unit(display_name: str) -> bool:
    """Is a mail header's display name a unit's mailbox ('源南街道办事处'), not a person ('李建科', '新下陆街道 王建平')?"""
    return bool(UNIT_NAME.match(display_name.strip())) and not looks_like_name(display_name) and not _person_shown(display_name)


def _person_shown(display_name: str) -> str:
    """'新下陆街道 王建平': the person a display name shows after their unit, '' when it shows none."""
    shown = UNIT_THEN_NAME.match(display_name.strip())
    return shown.group("who") if shown and looks_like_name(shown.group("who")) else ""


def looks_like_name(text: str) -> bool:
    """A word that may be a person's name although nobody we know has it: 王建华, 欧阳娜娜, Carol, Ahmad Faizal."""
    text = text.strip()
    if HAN.match(text):
        if TITLE_AFTER.match(text) or TITLE_BEFORE.match(text):
            return not EVERY_ONE_OF.match(text)      # '全体店长', '各组长': a role, not a surname
        compound = text[:2] in COMPOUND_SURNAMES
        return (3 <= len(text) <= 4) if compound else (2 <= len(text) <= 3 and text[0] in SURNAMES)
    return bool(LATIN_NAME.match(text)) and text[0].isupper() and len(text) <= 30


class Roster:
    """The people the bot knows, looked up by email or by any way their name is written."""

    def __init__(self, entries: Iterable[RosterEntry] = ()):
        self.entries: tuple[RosterEntry, ...] = tuple(entries)
        self._by_email = {e.email.lower(): e for e in self.entries if e.email}
        self._by_name: dict[str, list[RosterEntry]] = {}
        for entry in self.entries:
            for written in (entry.name, *entry.aliases):
                if norm(written).lstrip("@"):   # an alias may be written as the handle itself: '@yujiang'
                    self._by_name.setdefault(norm(written).lstrip("@"), []).append(entry)
        self._by_handle: dict[str, list[RosterEntry]] = {}   # '@shilei' in a to-do list: an address's local part
        for entry in (e for e in self.entries if e.email):
            self._by_handle.setdefault(entry.email.split("@")[0].lower(), []).append(entry)
        self.departments: frozenset[str] = frozenset(e.department for e in self.entries if e.department)
        self._forms_cache: dict[tuple, dict[str, list[str]]] = {}

    @classmethod
    def from_csv_text(cls, text: str) -> "Roster":
        """Parse `name,email,department,manager_email,aliases` (aliases ';'-separated); ValueError when the
        header lacks name or email."""
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        header = [norm(h) for h in reader.fieldnames or ()]
        if "name" not in header or "email" not in header:
            raise ValueError(f"the header must name the columns {','.join(COLUMNS)}")
        reader.fieldnames = header
        return cls(_entry(row) for row in reader if (row.get("name") or "").strip())

    def find_by_email(self, email: str | None) -> RosterEntry | None:
        return self._by_email.get((email or "").strip().lower())

    def resolve(self, name: str, known: Iterable[Address] = ()) -> Person | None:
        """The person `name` means, or None when nobody or more than one person fits."""
        key = norm(name).lstrip("@")
        if not key:
            return None
        known = tuple(a for a in known if a.email)
        if "@" in key:
            return self._by_address(key, known)
        if norm(name).startswith("@") and key.lower() in self._by_handle:
            return self._pick(self._by_handle[key.lower()], known)
        for step in (self._exact_roster, self._exact_known, self._partial_known, self._partial_roster):
            found = step(key, known)
            if found is not False:
                return found
        return None

    def written_in(self, person: Person, text: str) -> bool:
        """Is `person` named in `text` by their name or an alias (not only by their company, 'Yong Chang')?"""
        entry = self.find_by_email(person.email)
        forms = (person.name or "", *(entry.aliases if entry else ()))
        titled = HAN.match(person.name or "") and re.search(rf"(?:{person.name[0]}{TITLE_WORDS}|[小老阿]{person.name[0]})", text)
        return bool(titled) or any(norm(form) in norm(text) for form in forms if form)     # '杨厂长' names 杨建新

    def is_written_name(self, name: str) -> bool:
        """Is `name` exactly one of the ways the roster writes somebody (a name or an alias such as 黄处)?"""
        return bool(self._by_name.get(norm(name)))

    def names_by_initial(self, known: Iterable[Address] = ()) -> dict[str, list[str]]:
        """Every written form of every person (normalised, >= 2 characters), grouped by first character and
        longest first: for finding a name at the start of a sentence. Cached per set of mail addresses."""
        known = tuple(known)
        cached = self._forms_cache.get(known)
        if cached is None:
            forms = set(self._by_name) | {f for a in known if a.name and a.email and not names_a_unit(a.name)
                                          for f in _shown_forms(a.name)}     # ('源南街道办事处 <…>': a unit's mailbox)
            cached = {}
            for form in sorted((f for f in forms if len(f) >= 2), key=len, reverse=True):
                cached.setdefault(form[0], []).append(form)
            self._forms_cache = {known: cached}
        return cached

    # -- steps: each returns a Person, None (ambiguous: stop), or False (no opinion: try the next step) --
    def _exact_roster(self, key: str, known: tuple[Address, ...]):
        return self._pick(self._by_name.get(key, []), known)

    def _exact_known(self, key: str, known: tuple[Address, ...]):
        return self._pick_known([a for a in known if a.name and key in _shown_forms(a.name) and not names_a_unit(a.name)
                                 or a.email.split("@")[0].lower() == key])

    def _partial_known(self, key: str, known: tuple[Address, ...]):
        return self._pick_known([a for a in known if a.name and _partial(key, norm(a.name)) and not names_a_unit(a.name)])

    def _partial_roster(self, key: str, known: tuple[Address, ...]):
        fits = {e.email: e for form, entries in self._by_name.items() if _partial(key, form) for e in entries}
        if LATIN_TITLE.fullmatch(key):             # 'Mrs. Wu': a Wu the mail is sent to, not any Wu of the roster
            fits = {email: e for email, e in fits.items() if email.lower() in {a.email.lower() for a in known}}
        return self._pick(list(fits.values()), known)

    def _pick(self, entries: list[RosterEntry], known: tuple[Address, ...]):
        unique = list({e.email or e.name: e for e in entries}.values())
        if len(unique) > 1:
            emails = {a.email.lower() for a in known}
            unique = [e for e in unique if e.email.lower() in emails] or unique
        if not unique:
            return False
        return unique[0].person() if len(unique) == 1 else None

    def _pick_known(self, addresses: list[Address]):
        unique = {a.email.lower(): a for a in addresses}
        if not unique:
            return False
        if len(unique) > 1:
            return None
        address = next(iter(unique.values()))
        return self._by_address(address.email, (address,))

    def _by_address(self, email: str, known: tuple[Address, ...]) -> Person | None:
        entry = self.find_by_email(email)
        if entry:
            return entry.person()
        shown = next((a.name for a in known if a.email.lower() == email.lower() and a.name), None)
        named = [e for e in self._by_name.get(norm(shown or ""), ()) if norm(e.name) == norm(shown)]
        if len(named) == 1:            # '谢文斌 <xiewb1988@126.com>': a person of ours writing from a private address
            return named[0].person()
        address = re.fullmatch(r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+", email, re.ASCII)   # not 'Run@Rate审核'
        shown = shown and (_person_shown(shown) or _as_written(shown))      # '新下陆街道 王建平' -> 王建平
        return Person(shown or email, email.lower(), None) if shown or address else None


def _shown_forms(name: str) -> tuple[str, ...]:
    """The ways a header's display name is written in minutes: as shown, and as a person writes it (_as_written)."""
    return tuple(dict.fromkeys(form for form in (norm(name), norm(_as_written(name)), norm(_person_shown(name))) if form))


def _as_written(name: str) -> str:
    """'Vogt, Miriam' (Outlook's 'Last, First' display name) as people write it: 'Miriam Vogt'."""
    last, comma, first = name.partition(",")
    flipped = comma and LATIN_NAME.match(last.strip()) and LATIN_NAME.match(first.strip())
    return f"{first.strip()} {last.strip()}" if flipped else name


def _entry(row: dict) -> RosterEntry:
    def cell(key: str) -> str:
        return (row.get(key) or "").strip()
    aliases = tuple(a.strip() for a in re.split(r"[;；]", cell("aliases")) if a.strip())
    return RosterEntry(cell("name"), cell("email").lower(), cell("department"), cell("manager_email").lower(), aliases)


def _partial(key: str, full: str) -> bool:
    """Does the short form `key` fit the full name `full`? Rachel ~ Rachel Lim, 晓明 ~ 郭晓明, 王总 ~ 王建华."""
    if key == full:
        return False                               # exact matches were tried before
    if HAN.match(key) and HAN.match(full.replace(" ", "")):
        full = full.replace(" ", "")
        title = TITLE_AFTER.match(key) or TITLE_BEFORE.match(key) or key[0] in SURNAMES and MISTER.match(key)
        if title:                                  # 阿明 ~ 黄子明 too: 阿 goes before a given name as well
            one = title.group("surname")
            return (full.startswith(one) or key[0] == "阿" and full.endswith(one)) and len(full) > len(one)
        return len(key) >= 2 and len(full) == len(key) + 1 and full.endswith(key) or \
            len(key) == 2 and len(full) == 4 and full.startswith(key)     # 山田 ~ 山田健太, 欧阳 ~ 欧阳晓明: the family name
    words = (TEAM_SUFFIX.sub("", full) if full[-1:] in ")）" else full).split()   # 'Brandt Julia (VA/PQC-2)': a team after
    titled = LATIN_TITLE.fullmatch(key)            # 'Mrs. Wu' ~ 'Wu Dongmei': a family name, however short, after a title
    if titled:
        return len(words) > 1 and titled.group("surname") in (words[0], words[-1])
    return " " not in key and len(words) > 1 and key in (words[0], words[-1]) and len(key) >= 3
