#!/usr/bin/env python3
"""Generate the heldout23 blind test set for minutebot: NNN-slug.eml + NNN-slug.json, roster.csv.

    /work/blind/venv/bin/python make_heldout23.py           # write into this script's folder
    /work/blind/venv/bin/python make_heldout23.py --check   # recompute every gold date and compare with the files

Deterministic: no clock, no randomness. Working days come from `chinesecalendar` (2004-2026 data). 2027 is not
covered by the package; the 2027 cases use only calendar arithmetic that does not depend on holidays (weekdays,
absolute dates, month ends) and the check asserts that.
"""
import csv
import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import chinese_calendar  # noqa: E402

from clients import (apple_mail, coremail, exmail, finish, foxmail, gmail, iphone, outlook, outlook_mac,  # noqa: E402
                     thunderbird)
from mimekit import (TZ8, attachment, envelope, esc, haddr, haddrs, hx, htext, leaf, multi, rfc_date,  # noqa: E402
                     serialize, table_html, text_to_html)

D = dt.date
OUT = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), Path(__file__).resolve().parent))   # [OUTDIR]

# ------------------------------------------------------------------------------------------------------------
# calendar
# ------------------------------------------------------------------------------------------------------------


def is_workday(d):
    if d.year >= 2027:
        raise AssertionError("no official 2027 calendar in chinesecalendar: %s" % d)
    return chinese_calendar.is_workday(d)


def add_workdays(sent, n):
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def first_workday_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def last_workday_before(d):
    d -= dt.timedelta(days=1)
    while not is_workday(d):
        d -= dt.timedelta(days=1)
    return d


def wd(sent, k):
    """bare 周X / by Friday: this week's X if not past, else next week's (weeks start Monday)."""
    mon = sent - dt.timedelta(days=sent.weekday())
    c = mon + dt.timedelta(days=k)
    return c if c >= sent else c + dt.timedelta(days=7)


def nwd(sent, k):
    """下周X / next X."""
    mon = sent - dt.timedelta(days=sent.weekday())
    return mon + dt.timedelta(days=7 + k)


def month_end(d):
    n = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)


CHECKS = []
PENDING = []
CASE_DATES = {}


def C(iso, computed, what=""):
    """A hand-written gold date and the calendar computation it must equal."""
    CHECKS.append((iso, computed, what))
    PENDING.append(iso)
    if D.fromisoformat(iso) != computed:
        raise AssertionError("%s: gold %s, computed %s" % (what, iso, computed))
    return iso


def T(s, tz=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def TZ(h):
    return dt.timezone(dt.timedelta(hours=h))


# ------------------------------------------------------------------------------------------------------------
# people
# ------------------------------------------------------------------------------------------------------------
ORGS = {
    "aero": ("qinchuan-aero.example.cn", ("纪要助手", "jiyao@qinchuan-aero.example.cn")),
    "ad": ("loomlight.example.com", ("Minutes Bot", "minutes@loomlight.example.com")),
    "edu": ("jledu.example.gov.cn", ("教研室纪要助手", "jiyao@jledu.example.gov.cn")),
    "sea": ("lufengseafood.example.cn", ("鹭峰待办助手", "todo@lufengseafood.example.cn")),
}
ROSTER = [
    # org, name, local, department, head?, aliases
    ("aero", "贺建军", "hejianjun", "质量部", True, "贺部长;贺部;老贺;He Jianjun"),
    ("aero", "雷雪", "leixue", "质量部", False, "雷工;小雷;Lei Xue"),
    ("aero", "惠婷", "huiting", "质量部", False, "惠工;Hui Ting"),
    ("aero", "白振华", "baizhenhua", "数控车间", True, "白主任;Bai Zhenhua"),
    ("aero", "党小龙", "dangxiaolong", "数控车间", False, "党班长;小龙;小党;Dang Xiaolong"),
    ("aero", "秦朗", "qinlang", "数控车间", False, "秦师;秦班长;Qin Lang"),
    ("aero", "同海燕", "tonghaiyan", "工艺部", True, "同部长;同工;Tong Haiyan"),
    ("aero", "屈文博", "quwenbo", "工艺部", False, "屈工;小屈;Qu Wenbo"),
    ("aero", "寇敏", "koumin", "计划部", True, "寇经理;寇姐;Kou Min"),
    ("ad", "沈可欣", "cynthia.shen", "客户部", True, "Cynthia;Cynthia Shen;沈总;Cyn"),
    ("ad", "范晓雯", "vivian.fan", "客户部", False, "Vivian;Vivian Fan;小范;晓雯"),
    ("ad", "顾一鸣", "ian.gu", "创意部", True, "Ian;Ian Gu;顾总;IG"),
    ("ad", "陆佳琪", "jackie.lu", "创意部", False, "Jackie;Jackie Lu;佳琪"),
    ("ad", "钱思远", "sean.qian", "创意部", False, "Sean;Sean Qian;钱AD;思远"),
    ("ad", "蒋天", "tim.jiang", "制作部", True, "Tim;Tim Jiang;蒋老师"),
    ("ad", "俞蕾", "rae.yu", "策略部", True, "Rae;Rae Yu;俞老师"),
    ("edu", "孔德明", "kongdeming", "教研室", True, "孔主任;孔老师;Kong Deming"),
    ("edu", "邵蓓", "shaobei", "教研室", False, "邵老师;邵蓓同志"),
    ("edu", "储文涛", "chuwentao", "教研室", False, "储老师;储文涛同志"),
    ("edu", "仲丽", "zhongli", "教研室", False, "仲老师;仲丽同志"),
    ("edu", "卞卫东", "bianweidong", "教研室", False, "卞老师;卞卫东同志"),
    ("edu", "葛晓春", "gexiaochun", "督导室", True, "葛主任;葛督学;葛晓春同志"),
    ("edu", "陶静", "taojing", "督导室", False, "陶老师;小陶"),
    ("edu", "史国平", "shiguoping", "办公室", True, "史主任"),
    ("sea", "庄永福", "zhuangyongfu", "总经办", True, "庄总;阿福;永福"),
    ("sea", "黄秀琴", "huangxiuqin", "关务部", True, "秀琴;琴姐;黄经理;Ivy;Ivy Huang"),
    ("sea", "洪志鹏", "hongzhipeng", "关务部", False, "阿鹏;小洪;Peng Hong"),
    ("sea", "林美玲", "linmeiling", "采购部", True, "美玲;Meiling;Meiling Lin;林经理"),
    ("sea", "郑雅婷", "zhengyating", "采购部", False, "Tina;Tina Zheng;雅婷"),
    ("sea", "蔡俊杰", "caijunjie", "冷链物流部", True, "阿杰;蔡经理;俊杰;Jie Cai"),
    ("sea", "吴丽珠", "wulizhu", "冷链物流部", False, "丽珠;阿珠"),
    ("sea", "苏文斌", "suwenbin", "财务部", True, "苏经理;文斌"),
]
P = {}
_heads = {}
for org, name, local, dep, head, al in ROSTER:
    email = "%s@%s" % (local, ORGS[org][0])
    P[name] = {"name": name, "email": email, "department": dep, "aliases": al, "org": org}
    if head:
        _heads[(org, dep)] = email
for name, p in P.items():
    p["manager_email"] = "" if _heads[(p["org"], p["department"])] == p["email"] else _heads[(p["org"], p["department"])]

EXT = {
    "Camille Laurent": "camille.laurent@maison-verre.example.fr",
    "Hugo Marchand": "hugo.marchand@maison-verre.example.fr",
    "Jasmine Koh": "jasmine.koh@harbourline.example.sg",
    "Marcus Lee": "marcus.lee@harbourline.example.sg",
    "樊立群": "fanliqun@jlsyxx.example.edu.cn",
    "何雯": "hewen@jlsyxx.example.edu.cn",
    "Ingrid Solberg": "ingrid.solberg@nordfjord-salmon.example.no",
    "Diego Fuentes": "dfuentes@australmar.example.cl",
    "陈国栋": "chengd@haiyun-broker.example.cn",
}


def who(n):
    if n in P:
        return (n, P[n]["email"])
    return (n, EXT[n])


def W(*names):
    return [who(n) for n in names]


def I(owner, task, due=None, time=None, flags=None, email=None, dept=None):
    if owner in P:
        email, dept = P[owner]["email"], P[owner]["department"]
    elif owner is not None and email is None:
        email = EXT.get(owner)
    if flags is None:
        flags = [] if due else ["no_due"]
    if owner is None and "no_owner" not in flags:
        flags = ["no_owner"] + list(flags)
    return {"owner_name": owner, "owner_email": email, "department": dept, "task": task, "due_date": due,
            "due_time": time, "flags": list(flags)}


def G(kind, notes, items=(), followup=None, reply=None):
    return {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply, "notes": notes}


def FU(date, time=None):
    return {"date": date, "time": time}


def R(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


CASES = []


def case(num, slug, kind_, what, built, gold):
    recv, msg = built
    assert gold["kind"] == kind_
    CASE_DATES[num] = set(PENDING)
    PENDING.clear()
    CASES.append((num, slug, kind_, what, finish(recv, msg), gold))


def html_of(text):
    return text_to_html(text)


def mid_of(built):
    return built[1]["Message-ID"] or built[1]["Message-Id"]


def docx(paragraphs, tables=()):
    """A minimal .docx (WordprocessingML in a deterministic zip)."""
    def run(t):
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(t)

    body = "".join(run(p) for p in paragraphs)
    for rows in tables:
        body += "<w:tbl>" + "".join("<w:tr>" + "".join("<w:tc>%s</w:tc>" % run(c) for c in r) + "</w:tr>"
                                     for r in rows) + "</w:tbl>"
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
         'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
         'formats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName'
         '="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main'
         '+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
         'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas'
         '.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, t in files:
            z.writestr(zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)), t)
    return buf.getvalue()


from cases_aero import build as build_aero  # noqa: E402
from cases_ad import build as build_ad  # noqa: E402
from cases_edu import build as build_edu  # noqa: E402
from cases_sea import build as build_sea  # noqa: E402
from cases_misc import build as build_misc  # noqa: E402


def build_all():
    CASES.clear()
    CHECKS.clear()
    PENDING.clear()
    CASE_DATES.clear()
    g = globals()
    for b in (build_aero, build_ad, build_edu, build_sea, build_misc):
        b(g)
    CASES.sort(key=lambda c: c[0])
    nums = [c[0] for c in CASES]
    assert len(nums) == len(set(nums)), nums
    out = {}
    for num, slug, kind_, what, msg, gold in CASES:
        name = "%d-%s" % (num, slug)
        out[name + ".eml"] = serialize(msg)
        out[name + ".json"] = (json.dumps(gold, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for org, name, *_ in ROSTER:
        p = P[name]
        w.writerow([name, p["email"], p["department"], p["manager_email"], p["aliases"]])
    out["roster.csv"] = buf.getvalue().encode("utf-8")
    return out


def main():
    check = "--check" in sys.argv
    out = build_all()
    if check:
        bad = 0
        for name, data in out.items():
            f = OUT / name
            if not f.exists() or f.read_bytes() != data:
                print("DIFFERS:", name)
                bad += 1
        # every gold date in the json files must be one of the computed (checked) dates of its case
        for name in out:
            if name.endswith(".json"):
                checked = CASE_DATES[int(name.split("-")[0])]
                g = json.loads((OUT / name).read_text("utf-8"))
                ds = [it["due_date"] for it in g["items"] if it["due_date"]]
                if g["next_followup"]:
                    ds.append(g["next_followup"]["date"])
                if g["reply"] and g["reply"]["new_due_date"]:
                    ds.append(g["reply"]["new_due_date"])
                for d in ds:
                    if d not in checked:
                        print("UNCHECKED DATE", name, d)
                        bad += 1
        print("%d files, %d date checks, %d problems" % (len(out), len(CHECKS), bad))
        sys.exit(1 if bad else 0)
    for name, data in out.items():
        (OUT / name).write_bytes(data)
    kinds = {}
    for c in CASES:
        kinds[c[2]] = kinds.get(c[2], 0) + 1
    print("wrote %d cases %s, %d items, %d date checks" % (len(CASES), kinds,
                                                          sum(len(c[5]["items"]) for c in CASES), len(CHECKS)))


if __name__ == "__main__":
    main()
