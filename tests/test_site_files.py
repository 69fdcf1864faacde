"""site_files.Departments (what `items --format csv` reads of the roster) answers find_by_email with the same
department as the Roster the rest of the bot reads from the same file, and fails on the same files."""
import pytest

from minutebot.errors import ConfigError
from minutebot.site_files import Departments
from parsers.minutes.owning.people import Roster

ROSTERS = {
    "plain": "name,email,department,manager_email,aliases\n王芳,wangfang@xinghe.cn,产品部,,\n李强,LiQiang@XingHe.cn,研发部,,强哥\n",
    "odd header": "\ufeff Ｎａｍｅ ,EMAIL,  Department ,aliases\n陈明, chenming@xinghe.cn ,  采购部 ,\n",
    "duplicates and blanks": ("name,email,department\n王芳,wf@xinghe.cn,产品部\n,nobody@xinghe.cn,财务部\n"
                              "   ,blank@xinghe.cn,财务部\n王芳二,WF@xinghe.cn,市场部\n赵六,,行政部\n钱七,qq@xinghe.cn,\n"),
    "extra columns": "email,name,department,x,y\nzs@xinghe.cn,张三,=财务部,1,2,3\n\"李,四\",ls@xinghe.cn\n",
    "header only": "name,email,department,manager_email,aliases\n",
}
ASKED = ("wangfang@xinghe.cn", "liqiang@xinghe.cn", " LIQIANG@xinghe.cn ", "chenming@xinghe.cn", "wf@xinghe.cn",
         "nobody@xinghe.cn", "blank@xinghe.cn", "qq@xinghe.cn", "zs@xinghe.cn", "ls@xinghe.cn", "", None, "x@y.z")


def department(found):
    return found.department if found and found.department else None


@pytest.mark.parametrize("name", sorted(ROSTERS))
def test_every_address_gets_the_rosters_department(name):
    roster, departments = Roster.from_csv_text(ROSTERS[name]), Departments.from_csv_text(ROSTERS[name])
    assert [department(departments.find_by_email(a)) for a in ASKED] == \
        [department(roster.find_by_email(a)) for a in ASKED]
    if name == "duplicates and blanks":
        assert department(departments.find_by_email("WF@xinghe.cn")) == "市场部"


@pytest.mark.parametrize("text", ["姓名,邮箱\n王芳,wf@xinghe.cn\n", "name,department\n王芳,产品部\n", ""])
def test_a_header_without_name_or_email_fails_both(text):
    with pytest.raises(ValueError):
        Roster.from_csv_text(text)
    with pytest.raises(ValueError):
        Departments.from_csv_text(text)


def test_the_items_csv_names_a_bad_roster_in_one_line(bot, capsys):
    from minutebot.cli import main
    (bot.root / "roster.csv").write_text("姓名,邮箱\n王芳,wf@xinghe.cn\n", encoding="utf-8")
    bot.app.store.close()
    config = bot.root / "minutebot.toml"
    assert "roster" in config.read_text(encoding="utf-8")
    codes = [main(["--config", str(config), "items", "--format", fmt]) for fmt in ("csv", "table")]
    errors = capsys.readouterr().err.splitlines()
    assert codes[0] == codes[1] != 0 and len(errors) == 2 and errors[0] == errors[1] and "roster" in errors[0]
    with pytest.raises(ConfigError):
        from minutebot.site_files import load_departments
        load_departments(bot.app.config)
