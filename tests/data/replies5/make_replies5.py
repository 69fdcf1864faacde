#!/usr/bin/env python3
"""Generate the replies5 blind set: replies (and one auto-reply) to minutebot recaps.

    /work/blind/venv/bin/python make_replies5.py [OUTDIR]      # write .eml/.json, roster.csv, then check
    /work/blind/venv/bin/python make_replies5.py --check [DIR] # only re-check an existing set

Deterministic: no clock, no randomness. Every new_due_date in the gold is written by hand and re-computed in
check mode from a rule (with chinesecalendar) against the reply's own Date header converted to Asia/Shanghai.
"""
import csv
import datetime as dt
import email
import json
import re
import sys
from email import policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import chinese_calendar  # noqa: E402

from clients import QUOTES, build, hdr_delivery, html_wrap_div, munich  # noqa: E402
from lib import (BOT, D, P, ROSTER, ROSTER_COLS, TZ8, Meeting, esc, recap_html, serialize, sh, ts,  # noqa: E402
                 envelope, leaf, haddr, htext, rfc_date, hx, received)

CEST = dt.timezone(dt.timedelta(hours=2))


# ------------------------------------------------------------------------------------------------ calendar rules
def is_workday(d):
    return chinese_calendar.is_workday(d)


def rule_date(rule, sent):
    """sent: the reply's Date in Asia/Shanghai (a date). Returns the date the rule gives."""
    kind = rule[0]
    if kind == "abs":
        return D.fromisoformat(rule[1])
    if kind == "rel":                       # 明天 = +1
        return sent + dt.timedelta(days=rule[1])
    if kind == "weekday":                   # 周X / 本周X / by Thursday: this week's X if not past, else next week's
        monday = sent - dt.timedelta(days=sent.weekday())
        c = monday + dt.timedelta(days=rule[1])
        return c if c >= sent else c + dt.timedelta(days=7)
    if kind == "next_week":                 # 下周X: weekday X of the following calendar week
        monday = sent - dt.timedelta(days=sent.weekday())
        return monday + dt.timedelta(days=7 + rule[1])
    if kind == "day_of_month":              # 'the 24th': this month if not past, else next month
        c = sent.replace(day=rule[1])
        if c < sent:
            c = (sent.replace(day=1) + dt.timedelta(days=32)).replace(day=rule[1])
        return c
    if kind == "due_plus_days":             # 'two more days' on an item: its recap due date + N calendar days
        return rule[1] + dt.timedelta(days=rule[2])
    if kind == "after_holiday":             # 节后第一个工作日: first working day after the next statutory holiday block
        d = sent
        while True:
            d += dt.timedelta(days=1)
            on, name = chinese_calendar.get_holiday_detail(d)
            if on and name is not None:
                break
        while not is_workday(d):
            d += dt.timedelta(days=1)
        return d
    raise ValueError(rule)


# ------------------------------------------------------------------------------------------------ meetings
def M(*a, **k):
    return Meeting(*a, **k)


MA = M("MA", "冷链运营周会纪要（9月14日）", "钱磊", ["钱磊", "孟凡", "许佳", "蔡雨桐", "贺子航", "沈慧"], [],
       ts("2026-09-14 10:20:05"), [
           (1, "更新上海仓2-8℃冷库温度验证报告", "孟凡", "2026-09-18"),
           (2, "完成冷藏车GPS温度监控接入", "蔡雨桐", "2026-09-22"),
           (3, "整理8月温度偏差事件CAPA台账", "许佳", "2026-09-17"),
           (4, "与顺丰冷运确认国庆期间运力", "许佳", "2026-09-24"),
           (5, "提交冷链包装验证方案", "贺子航", "2026-09-30")], "2026-09-14 18:00")
MB = M("MB", "台北法规事务周会纪要", "陳怡君", ["陳怡君", "黃柏翰", "吳佩珊", "沈慧", "周志远"], [],
       ts("2026-09-15 11:05:41"), [
           (1, "提交TFDA药品许可证展延申请", "黃柏翰", "2026-09-24"),
           (2, "翻译中文说明书修订稿", "吳佩珊", "2026-09-18"),
           (3, "更新台湾进口药品清单", "吳佩珊", "2026-09-22"),
           (4, "与上海质量部确认COA模板", "沈慧", "2026-09-21")], "2026-09-15 18:00")
MC = M("MC", "APAC Tender Sync – 16 Sep", "Tan Wei Ming",
       ["Tan Wei Ming", "Priya Nair", "Nguyen Thi Lan", "Kim Min-jun", "Sato Haruka", "许佳", "邓佩琪"], [],
       ts("2026-09-16 17:40:12"), [
           (1, "Submit Vietnam MoH tender documents", "Nguyen Thi Lan", "2026-09-23"),
           (2, "Price proposal for Korea distributor", "Kim Min-jun", "2026-09-18"),
           (3, "Japan partner due-diligence questionnaire", "Sato Haruka", "2026-09-22"),
           (4, "Update APAC Q4 forecast", "Priya Nair", "2026-09-21"),
           (5, "Confirm cold-chain lane SG→HCMC", "许佳", "2026-09-24"),
           (6, "Approve tender pricing floor", "邓佩琪", "2026-09-22")], "2026-09-16 18:00 (UTC+8)", lang="en")
MD = M("MD", "EU Import QA Review – Munich, 21 Sep", "Markus Weber",
       ["Markus Weber", "Anna Kowalska", "Sophie Dubois", "Daan de Vries", "Lucía Martín", "贺子航", "沈慧"], [],
       ts("2026-09-21 15:12:33"), [
           (1, "Release batch documentation for lot 26-0917", "Anna Kowalska", "2026-09-23"),
           (2, "GDP audit report, Rotterdam warehouse", "Daan de Vries", "2026-09-29"),
           (3, "French translation of deviation report DR-118", "Sophie Dubois", "2026-09-24"),
           (4, "Update Spanish import licence file", "Lucía Martín", "2026-09-30"),
           (5, "Align EU/CN stability data template", "贺子航", "2026-09-28"),
           (6, "Root cause for temperature excursion MUC-0912", "Anna Kowalska", "2026-09-28")],
       "2026-09-21 18:00 (UTC+8)", lang="en")
ME = M("ME", "国庆节前备货协调会纪要", "周志远", ["周志远", "林晓雯", "钱磊", "严冬", "蔡雨桐", "孟凡"], [],
       ts("2026-09-24 16:30:09"), [
           (1, "确认节前最后一批疫苗出库计划", "林晓雯", "2026-09-28"),
           (2, "发布国庆值班表", "钱磊", "2026-09-29"),
           (3, "安排节后首周补货", "林晓雯", "2026-10-09"),
           (4, "核对9月应收账款", "严冬", "2026-09-30"),
           (5, "更新WMS批次效期预警规则", "蔡雨桐", "2026-09-30")], "2026-09-24 18:00")
MF = M("MF", "9月月结及四季度预算沟通会纪要", "邓佩琪",
       ["邓佩琪", "严冬", "钱磊", "Priya Nair", "Markus Weber", "蔡雨桐", "周志远"], [],
       ts("2026-10-09 15:10:27"), [
           (1, "提交9月费用报销汇总", "严冬", "2026-10-12"),
           (2, "编制四季度冷链运输预算", "钱磊", "2026-10-14"),
           (3, "APAC sales commission calculation for Q3", "Priya Nair", "2026-10-13"),
           (4, "EU子公司关联交易对账", "Markus Weber", "2026-10-16"),
           (5, "软件许可续费审批材料", "蔡雨桐", "2026-10-15")], "2026-10-09 18:00")
MG = M("MG", "春节前库存及发运安排会议纪要", "周志远",
       ["周志远", "孟凡", "林晓雯", "沈慧", "黃柏翰", "严冬", "钱磊"], [],
       ts("2026-02-09 14:02:51"), [
           (1, "制定春节期间冷库值守方案", "孟凡", "2026-02-12"),
           (2, "发送节前客户订单截单通知", "林晓雯", "2026-02-11"),
           (3, "编制节后复工检查清单", "沈慧", "2026-02-13"),
           (4, "准备台湾分公司节前清关文件", "黃柏翰", "2026-02-12"),
           (5, "年度盘点差异说明", "严冬", "2026-02-13"),
           (6, "整理春节期间应急联系人名单", "孟凡", "2026-02-13")], "2026-02-09 18:00")
MEETINGS = [MA, MB, MC, MD, ME, MF, MG]

PREFIX = {"qq": "回复：", "wecom": "回复：", "foxmail": "回复：", "outlook_zh": "答复: ", "outlook_tw": "回覆: ",
          "outlook_en": "RE: ", "outlook_de": "AW: ", "outlook_fr": "RE : ", "owa": "答复: ", "outlook_mac": "",
          "gmail": "", "gmail_android": "", "ios": "", "applemail": "", "coremail": "Re:", "163web": "Re:",
          "mailmaster": "回复：", "dingtalk": "回复：", "feishu": "回复: ", "thunderbird": ""}


def subject_for(client, m):
    if client in ("outlook_zh", "outlook_tw", "outlook_en", "outlook_de", "outlook_fr", "owa"):
        return PREFIX[client] + m.subject          # Outlook replaces the recap's 'Re:' with its own prefix
    return PREFIX[client] + m.recap_subject


# ------------------------------------------------------------------------------------------------ cases
CASES = []


def case(num, slug, client, quote, m, frm, t, new, gold, notes, what, rule=None, cc=None, bottom=False,
         text=None, html=None, cs=None, cte=None, kind="reply", qtz=None, extra=(), to=None, post=None):
    CASES.append(dict(num=num, slug=slug, client=client, quote=quote, m=m, frm=frm, t=t, new=new, gold=gold,
                      notes=notes, what=what, rule=rule, cc=cc, bottom=bottom, text=text, html=html, cs=cs,
                      cte=cte, kind=kind, qtz=qtz, extra=extra, to=to, post=post))


def R(intent, items=(), percent=None, new=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new}


from cases import define  # noqa: E402

define(case, R, MA, MB, MC, MD, ME, MF, MG, ts, CEST, munich)


# ------------------------------------------------------------------------------------------------ generation
def lines_html(s):
    return html_wrap_div(s)


def make(c):
    m = c["m"]
    t = c["t"]
    frm = c["frm"]
    fe = P[frm]["email"] if isinstance(frm, str) else frm[1]
    to = c["to"] or [m.reply_to]
    cc = c["cc"] if c["cc"] is not None else [x for x in ([m.organizer] + m.to) if x != (frm if isinstance(frm, str)
                                                                                         else None)]
    cc = list(dict.fromkeys(cc))
    qt_local = c["qtz"](m.t) if c["qtz"] else sh(m.t)
    if c["text"] is not None:
        text, hbody = c["text"], c["html"]
    else:
        qtext, qhtml = QUOTES[c["quote"]](m, qt_local)
        new = c["new"]
        if c["bottom"]:
            text = qtext.lstrip("\n") + "\n" + new
            hbody = (qhtml or "") + lines_html(new)
        else:
            text = new + qtext
            hbody = lines_html(new) + (qhtml or "")
    if c["post"]:
        return c["post"](c, m, to, cc, text, hbody)
    subject = subject_for(c["client"], m)
    msg, relay = build(c["client"], frm, to, cc, subject, t, text, hbody, c["slug"], m, extra=c["extra"],
                       cs=c["cs"], cte=c["cte"])
    out = envelope(hdr_delivery(relay, t, fe, c["slug"]), msg)
    return out


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    for f in out.glob("1[0-9][0-9][0-9]-*.*"):
        f.unlink()
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(ROSTER_COLS)
        for name, *_ in ROSTER:
            p = P[name]
            w.writerow([p["name"], p["email"], p["department"], p["manager_email"], p["aliases"]])
    for c in CASES:
        base = "%d-%s" % (c["num"], c["slug"])
        msg = make(c)
        crlf = c["client"].startswith("outlook_") or c["client"] in ("owa", "foxmail")
        (out / (base + ".eml")).write_bytes(serialize(msg, crlf=crlf))
        g = {"kind": c["kind"], "items": [], "next_followup": None,
             "reply": c["gold"] if c["kind"] == "reply" else None, "notes": c["notes"]}
        (out / (base + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    head = (Path(__file__).resolve().parent / "readme_head.md").read_text(encoding="utf-8")
    rows = ["| %d-%s | %s | %s |" % (c["num"], c["slug"], c["kind"], c["what"].replace("|", "\\|"))
            for c in sorted(CASES, key=lambda c: c["num"])]
    (out / "README.md").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------------------------ check
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(out):
    errors, counts, nphr = [], {}, 0
    byslug = {"%d-%s" % (c["num"], c["slug"]): c for c in CASES}
    emls = sorted(out.glob("1[0-9][0-9][0-9]-*.eml"))
    for f in emls:
        name = f.stem
        msg = email.message_from_bytes(f.read_bytes(), policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: MIME defects %s" % (name, part.defects))
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: text part does not decode: %s" % (name, e))
        for h in ("From", "Date", "Message-ID", "Subject", "In-Reply-To"):
            if msg[h] is None:
                errors.append("%s: no %s" % (name, h))
        g = json.loads(f.with_suffix(".json").read_text(encoding="utf-8"))
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        c = byslug.get(name)
        if c is None:
            errors.append("%s: not generated by this script" % name)
            continue
        if msg["In-Reply-To"] != c["m"].recap_id:
            errors.append("%s: In-Reply-To is not the recap's Message-ID" % name)
        if c["kind"] == "reply" and "minutes+r" not in str(msg["To"]):
            errors.append("%s: not sent to the signed reply address" % name)
        r = g["reply"]
        if g["kind"] == "reply":
            nphr += 1
            if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
                errors.append("%s: intent %r" % (name, r["intent"]))
            if (r["percent"] is not None) != (r["intent"] == "progress"):
                errors.append("%s: percent <=> progress" % name)
            if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
                errors.append("%s: new_due_date <=> extend" % name)
            for n in r["items"]:
                if not 1 <= n <= len(c["m"].rows):
                    errors.append("%s: item %d not in the recap" % (name, n))
            if r["new_due_date"] is not None:
                if not DATE_RE.match(r["new_due_date"]) or c["rule"] is None:
                    errors.append("%s: new_due_date without a rule" % name)
                else:
                    sent = sh(msg["Date"].datetime).date()
                    got = rule_date(c["rule"], sent)
                    if not is_workday(got):
                        print("note: %s new_due_date %s is not a mainland working day (see notes)" % (name, got))
                    if got != D.fromisoformat(r["new_due_date"]):
                        errors.append("%s: new_due_date %s but rule %r from %s gives %s"
                                      % (name, r["new_due_date"], c["rule"], sent, got))
        elif r is not None:
            errors.append("%s: reply must be null for kind %s" % (name, g["kind"]))
    return errors, counts, len(emls), nphr


def main(argv):
    only = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if not only:
        generate(out)
    errors, counts, n, nphr = check(out)
    for e in errors:
        print("ERROR", e)
    print("cases: %d  %s  reply objects: %d" % (n, "  ".join("%s: %d" % kv for kv in sorted(counts.items())), nphr))
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
