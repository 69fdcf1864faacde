"""README.md for heldout56 (rendered by make_heldout56.py)."""

HEAD = """# Blind held-out set heldout56 (cases 8401-8438)

38 raw messages (`NNNN-slug.eml`, the bytes the receiving mail server stores, with Return-Path / Delivered-To / Received
added by that server) and their gold answers (`NNNN-slug.json`, the corpus README's flat gold schema), `roster.csv`,
and the deterministic generator `make_heldout56.py` (+ `gen_common.py`, `cases_1.py` .. `cases_5.py`, `readme.py`).

    /work/blind/venv/bin/python make_heldout56.py          # (re)write everything
    /work/blind/venv/bin/python make_heldout56.py --check  # re-parse every .eml, re-derive every gold date

`--check` parses each .eml with `email.policy.default` (no defects in any part or header, every text part decodes
strictly in its declared charset, the .docx opens, the PDF's text extracts), and recomputes every item due date and every
next follow-up from the message's own `Date` header in Asia/Shanghai with `chinesecalendar` (2026 data: Qingming
04-04..04-06; Labour Day 05-01..05-05 with make-up working Saturday 05-09; Dragon Boat 06-19..06-21), comparing it with
the hand-written date in the case table and with the .json.

Counts: **minutes {n_min}, other {n_oth}, auto {n_auto}** ({n_items} gold items). All send dates are April-July 2026.

## Organisations (all invented; `example.*` domains)

| org | domain | bot address | kind | writers |
| --- | --- | --- | --- | --- |
| 吉林省粮油贸易集团有限公司 (吉粮贸易), Changchun | jlgrain.example.cn | minutes@jlgrain.example.cn | provincial grain-and-oil trading SOE | formal 纪要 (一、（一）, 一是/二是, 责任单位/完成时限), Outlook zh-CN, Coremail, Foxmail, Feishu |
| 苏州三叠纪增材制造科技有限公司, Suzhou Wujiang | sandieji3d.example.cn | minutes@sandieji3d.example.cn | private 3D-printing service bureau | short weekly minutes, Excel pastes, Foxmail/Exmail/DingTalk/Mail Master; German printer supplier Kessler Additive writes English |
| 福州榕悦口腔正畸连锁, Fuzhou | rongyue-ortho.example.cn | minutes@rongyue-ortho.example.cn | orthodontics clinic group (services) | DingTalk AI minutes, WeCom, iPhone, NetEase Mail Master/企业邮, Outlook; supplier 隐动科技 |
| Andes Pacífico Trading (Tianjin) Co., Ltd., Tianjin | andespacifico.example.com | minutes@andespacifico.example.com | Chilean-owned wine and copper trading office | Chilean and Chinese staff writing English (Gmail, Outlook/OWA M365, Thunderbird, Apple Mail, Lark); partners Viña Cordillera (Chile), Minera Altiplano (Chile), 橡木桶酒業 (Taiwan, big5) |

Each organisation has its own bot address (the bot is deployed once per company); one `roster.csv` holds all four staffs
plus the outsiders who write (Jonas Weber of Kessler Additive, 王志豪 of 橡木桶酒業, Valentina Rojas of Viña Cordillera),
whose department column is empty. Other outsiders (Felipe Araya, 曹磊, 周军) appear only in To/Cc.

## Conventions applied beyond the corpus README (a scorer must know these)

- Gold follows the corpus README schema exactly: `kind`, `items` (`owner_name`, `owner_email`, `department`, `task`,
  `due_date`, `due_time`, `flags`), `next_followup`, `reply` (always null here), `notes`. Items are in the minutes' order.
- Owner names are canonical roster names even when the mail writes an English name, a title or a traditional-character
  form (Grace / Grace Liu / 劉佳慧 -> 刘佳慧; 钱工 -> 钱志明; 钱老师 -> 钱慧敏; 王工/王主任 -> 王建华; 张总 -> 张德明).
  Outsiders keep the written name; their address comes from the roster (writers) or from the To/Cc entry; department null.
- Department of a no_owner item: the written unit when it is one of that organisation's roster departments (储运部, 质检中心,
  Finance, Logistics, 采购部, 运营部 ...); a sub-unit of one (储运部调度室) is recorded as its parent department (8409,
  AMBIGUOUS); an external team / 双方 / Owner TBD gives department null.
- 牵头/主责/发起方 owns; 配合/协作方/supporting/审定 names are never owners or extra items. In the seed 跨部门协作事项跟踪表 the owner
  is 责任人（发起方） (8405). "Company (Person)" / "单位（姓名）" -> that person.
- Same task for two owners ("Mandy + Grace", "Grace & Kevin") -> two items with the same task text.
- 下班前 / EOD / EOD Friday give a date and no time. 明天上午10点前 gives 10:00; a clock time is recorded only when written.
- 端午节前 / "before the May Day holiday" = the last working day before that holiday block; 节后第一个工作日 = the first working
  day after it.
- A due date that falls on a holiday is kept as written (8418: 明天 = 2026-06-19, Dragon Boat).
- 6月中旬, 尽快, ASAP, TBD, 待定, 时间等客户定, "immediately" -> due null + vague_due. A conditional step with no date
  (待客户确认后签订合同) -> no_due.
- Bare weekday in English ("by Friday", "by Wednesday", "on Thursday at 9:30") follows the Chinese bare-weekday rule;
  "next Monday/Tuesday/Friday" = that day of the next calendar week (8424: next Friday on Mon 07-06 -> 07-17).
- Next meeting with two time zones: the Beijing time is recorded (8404, 8416, 8420, 8422). "下周X同一时间" uses the time of
  the meeting stated in the same mail. A next meeting outside July (08-06, 08-11) is still recorded.
- Attachments: for .docx/.pdf minutes with a short body, the gold is what a human reading the attachment records.
- AI minutes (钉钉/飞书): only the 待办 section is read; summaries and chapters restate items and are not items.
- Minutes written as RE:/Re: in an old thread: only the new text counts; quoted old minutes (items and their next meeting)
  are ignored. A forwarder's preface (even one with its own deadline) is not an item.
- `kind other`: a person's request, a rescheduling discussion, a person-written newsletter to an all-staff address (no
  List-Id/Precedence). `kind auto`: Exchange OOF, a Postfix DSN, an Exmail vacation reply that has no Auto-Submitted header
  (recognisable by '自动回复:' and its footer).

## Clients, charsets, encodings

Outlook 16 zh-CN (gb2312 base64/QP, utf-8 QP), Outlook zh-TW (big5), Outlook/OWA Microsoft 365 English (+0000, +0200,
-0400 Date headers), Foxmail (GBK, gb18030), Coremail webmail (GBK, UTF-8, gb2312 HTML-only), Tencent Exmail (UTF-8
base64 under a top-level '8Bit' CTE as QQ writes it; GB18030 auto-reply), NetEase Mail Master PC/iOS/Android and NetEase
企业邮, WeCom mail (QP), DingTalk mail (HTML-only base64), Feishu mail and Lark, Gmail web and app (QP), Apple Mail macOS (PDF
attachment) and iPhone Mail, Thunderbird (format=flowed 8bit). Text-only, HTML-only, multipart/alternative,
multipart/mixed with .docx (python-docx, zip timestamps fixed) and .pdf (reportlab invariant=1), multipart/report.

## Cases

| case | kind | gold summary | what it tests |
| --- | --- | --- | --- |
"""


def _summ(g):
    if g["kind"] != "minutes":
        return "no items"
    parts = []
    for it in g["items"]:
        who = it["owner_name"] or ("[" + (it["department"] or "-") + "]")
        due = it["due_date"] or ("vague" if "vague_due" in it["flags"] else "no due")
        if it["due_time"]:
            due += " " + it["due_time"]
        parts.append(f"{who} {due}")
    nf = g["next_followup"]
    nfs = f"; next {nf['date']}{' ' + nf['time'] if nf['time'] else ''}" if nf else "; next none"
    return f"{len(g['items'])} items: " + ", ".join(parts) + nfs


def render(G):
    cases = sorted(G.CASES, key=lambda c: c["num"])
    golds = [G.gold_of(c) for c in cases]
    out = HEAD.format(n_min=sum(c["kind"] == "minutes" for c in cases), n_oth=sum(c["kind"] == "other" for c in cases),
                      n_auto=sum(c["kind"] == "auto" for c in cases), n_items=sum(len(g["items"]) for g in golds))
    for c, g in zip(cases, golds):
        out += f"| {c['num']}-{c['slug']} | {c['kind']} | {_summ(g)} | {c['tests']} |\n"
    return out
