"""Roster and name resolution: how people write names -> the roster person (or the mail's own people)."""
import pytest

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster, looks_like_name

ROSTER = """\ufeffname,email,department,manager_email,aliases
李娜,LiNa@Xinghe.cn,市场部,,李经理;Li Na;Nina
王芳,wangfang@xinghe.cn,市场部,lina@xinghe.cn,Wang Fang;芳姐
陈喆,chenzhe@xinghe.cn,技术部,zhangwei@xinghe.cn,陈工;Jerry Chen;Jerry
刘洋,liuyang@xinghe.cn,技术部,zhangwei@xinghe.cn,刘工
刘强,liuqiang@xinghe.cn,技术部,zhangwei@xinghe.cn,
罗晓燕,luoxiaoyan@xinghe.cn,财务部,,小罗;晓燕
郭晓明,guoxiaoming@xinghe.cn,运营部,,
"""
KNOWN = (Address("Rachel Lim", "rachel.lim@brightmart.com"), Address("王建华", "wangjh@dongsheng.cn"),
         Address("Peter Tan", "peter.tan@brightmart.com"), Address("Jerry", "chenzhe@xinghe.cn"))


@pytest.fixture(scope="module")
def roster():
    return Roster.from_csv_text(ROSTER)


@pytest.mark.parametrize("written, email", [
    ("李娜", "lina@xinghe.cn"),                      # roster name; emails are compared lower-cased
    ("李经理", "lina@xinghe.cn"),                    # a title given as an alias
    ("li na", "lina@xinghe.cn"),                     # English alias, any case
    ("Jerry", "chenzhe@xinghe.cn"),
    ("小罗", "luoxiaoyan@xinghe.cn"),
    ("晓明", "guoxiaoming@xinghe.cn"),               # a given name that only one person has
    ("Rachel", "rachel.lim@brightmart.com"),         # first name of a Cc display name
    ("王建华", "wangjh@dongsheng.cn"),               # outside the roster: the To display name
    ("王总", "wangjh@dongsheng.cn"),                 # surname + title: the only 王 among the mail's people
    ("@peter", "peter.tan@brightmart.com"),
    ("peter.tan@brightmart.com", "peter.tan@brightmart.com"),
])
def test_resolve_finds_the_person(roster, written, email):
    person = roster.resolve(written, KNOWN)
    assert person is not None and person.email == email


@pytest.mark.parametrize("written", ["刘工程", "张三", "", "Bob", "刘总"])
def test_resolve_gives_none_for_unknown_or_ambiguous(roster, written):
    assert roster.resolve(written, KNOWN) is None     # 刘总: 刘洋 and 刘强 both fit, so nobody


def test_resolve_keeps_the_roster_department_and_canonical_name(roster):
    person = roster.resolve("Wang Fang", ())
    assert (person.name, person.email, person.department) == ("王芳", "wangfang@xinghe.cn", "市场部")


def test_people_outside_the_roster_have_no_department(roster):
    assert roster.resolve("Rachel Lim", KNOWN).department is None


def test_find_by_email_ignores_case(roster):
    entry = roster.find_by_email("WANGFANG@xinghe.cn")
    assert entry.name == "王芳" and entry.manager_email == "lina@xinghe.cn" and entry.aliases == ("Wang Fang", "芳姐")


def test_entries_and_departments(roster):
    assert len(roster.entries) == 7
    assert roster.departments == {"市场部", "技术部", "财务部", "运营部"}


def test_a_roster_without_name_or_email_columns_is_refused():
    with pytest.raises(ValueError):
        Roster.from_csv_text("person,mail\n张三,z@x.cn\n")


def test_an_empty_roster_resolves_through_the_mail_only():
    roster = Roster.from_csv_text("name,email,department,manager_email,aliases\n")
    assert roster.entries == ()
    assert roster.resolve("Rachel", KNOWN).email == "rachel.lim@brightmart.com"


@pytest.mark.parametrize("word, is_name", [
    ("王建华", True), ("欧阳娜娜", True), ("赵经理", True), ("小罗", True), ("Carol", True),
    ("评审结论", False), ("会议", False), ("decisions", False), ("12345", False),
])
def test_looks_like_name(word, is_name):
    assert looks_like_name(word) is is_name
