"""README.md of heldout74, rendered from the case definitions (so the table never drifts from the files)."""

HEAD = """# heldout74: blind held-out set for minutebot's parser (cases 10201-10238)

38 raw messages (`NNNNN-slug.eml`, the bytes the receiving server stores, LF line ends) with gold answers
(`NNNNN-slug.json`, the schema of `shared/corpus/README.md`), the roster the bot knows (`roster.csv`, same columns
as the corpus roster) and the generator that writes all of it:

    /work/blind/venv/bin/python make_heldout74.py          # write every file, then check
    /work/blind/venv/bin/python make_heldout74.py --check  # validate only

`make_heldout74.py` (main + check) uses `h74_lib.py` (roster, MIME builder, due-date rules), `h74_clients.py`
(client header/body shapes), `h74_docs.py` (deterministic .docx/.pdf), `h74_cases_[a-g].py` (the cases) and this
renderer `h74_readme.py`. `--check` re-parses every .eml with `email.policy.default` (no MIME or header defects; every
text part decodes strictly in its declared charset; the .docx opens; the .pdf text extracts), recomputes every gold
date from the message's own Date header converted to Asia/Shanghai with `chinesecalendar` 1.11.0, compares that
with the .json and with the date worked out by hand in the case definition, checks every task string appears in the
message text (HTML stripped, attachments extracted), owners against the roster/headers, and that the files on disk
are byte-identical to what the generator writes.

Counts: {counts}; {nitems} gold items ({flagged}).

## Organisations (all invented; `example.*` domains)

| organisation | where / trade | mail domain | bot address | writers and clients |
| --- | --- | --- | --- | --- |
| 林芝市气象局 (Nyingchi Municipal Meteorological Bureau) | Nyingchi, Tibet; government unit: 局领导, 办公室, 气象台, 观测与网络科, 防雷中心, 财务科 | nyqx.example.gov.cn | 纪要助手 jiyao@ | formal 纪要 (〔2026〕第7期, 一是/二是, 责任单位/完成时限), weather consultations, Outlook gb2312, Coremail, Foxmail, Exmail gb18030, NetEase Mail Master, DingTalk, WeCom; partners 西藏自治区气象局 (xzqx.example.gov.cn), 巴宜区气象局 (byqx.example.gov.cn) |
| Kvist Enzymes (Chuzhou) Co., Ltd. 克维斯特酶制剂（滁州） | Chuzhou, Anhui; Danish-owned feed-enzyme plant: Management, Production, Quality, Application Lab, Supply Chain, EHS, Sales | kvist-cz.example.cn | Minutes Bot minutes@ | M365 English and zh-CN, Gmail from group HQ Kvist A/S Kalundborg (kvist.example.dk), Apple Mail + PDF, Lark, Thunderbird flowed, Outlook for Mac; Thai customer Korat Premix (koratpremix.example.co.th) |
| 吉安庐陵琴韵乐器有限公司 (Ji'an Luling Qinyun Musical Instruments) | Ji'an, Jiangxi; acoustic guitar maker: 总经办, 外贸部, 生产部, 品质部, 木材部, 研发部, 采购部 | qinyun-guitar.example.cn | 纪要机器人 minutebot@ | Foxmail GBK, Exmail (+ .docx), WeCom, Outlook with an Excel table, Tencent Meeting AI, iPhone Mail, Mail Master; Argentine distributor Música del Plata S.A. (delplata-musica.example.com.ar) writing English/Spanish from Gmail |
| 铁岭安驰专用车制造有限公司 (Tieling Anchi Special Vehicles) | Tieling, Liaoning; fire-fighting truck builder: 总经理办公室, 技术部, 生产部, 质量部, 销售部, 售后服务部, 采购部 | anchi-fire.example.cn | 会议纪要助手 jiyao@ | Outlook gb2312 QP (seed 内部沟通记录表), WeCom urgent record, NetEase enterprise, Thunderbird 8bit, Lark HTML-only, Coremail GBK, Exmail gb18030; customer 铁岭市消防救援支队 (tlxf.example.gov.cn, writes minutes), New Zealand partner Tasman Fire Bodies Ltd (tasmanfire.example.co.nz, Apple Mail) |

Send dates run from 2026-04-08 to 2026-08-26. 2026 calendar facts used (chinesecalendar 1.11.0): Qingming 04-04..06;
Labour Day 05-01..05-05 with make-up Saturday 05-09; Dragon Boat 06-19..06-21; Mid-Autumn 09-25..09-27; National Day
10-01..10-07 with make-up days 09-20 and 10-10.

## Conventions applied beyond the corpus README

- Dates follow the corpus README first, then `shared/research/dates-eval.md` where the README is silent:
  节前/五一前/中秋节前/国庆前 = last working day before the holiday block; 节后/节后第一个工作日 = first working day
  after it; 月底/end of month = last calendar day; 本周内 = Sunday of the send week (AMBIGUOUS note where used);
  两周内/within 2 weeks = send date + 14 days; 'next Friday' = Friday of next week; D/M numerals (17/7, 22/5) are
  read as day/month when the first number exceeds 12 or the writer is European.
- As in the corpus, 下班前/EOD/今天内 give the date with no time; a time is given only when an hour is written
  (12时前, 下午3点, 今晚8点, 上午9:30); N小时内 counts from the Date header.
- A Date header in another zone is converted to Asia/Shanghai before anything is resolved (10210 +0000, 10211 +0200,
  10221 and 10228 -0300, 10236 +1200); 'N working days' from a foreign writer are still Chinese working days from the
  Shanghai date (10211, AMBIGUOUS note).
- Next meeting given in two zones ('15:00 Copenhagen / 21:00 Beijing') -> next_followup in Beijing time.
- 中旬 / 上旬 / 第二周 / 待定 / TBD / 'no date yet' / 立即 / event-anchored deadlines ('过程结束后3个工作日内') -> due null +
  vague_due. A condition without any deadline word ('复检合格后', '待生产部排产后') -> no_due.
- Owners: titles and short forms through roster aliases (拉巴首席, 尼玛工, 胡工, 欧阳, 高总, Liqun, Jenny Wu, Tina He,
  Sui Liang...); '本人', '我来', 'Frank (me)', 'Martín (me)' = the sender. A person outside the roster gets the address
  of the From/To/Cc entry with that display name, else null. 主责/配合 -> the 主责 person. 责任人（发起方）/（协作方）
  columns -> the 发起方 person. A department that is not ours (区应急管理局, 集团IT, 行政（待定）, 双方, 未识别) ->
  owner null, department null, no_owner.
- AI minutes (DingTalk, Feishu/Lark, Tencent Meeting): only the 待办 list is items; summaries, chapters and speaker
  lines are not. ☑/[x]/已完成/已关闭 rows and 上次/上周/上月待办回顾 are status.
- This set has no reply cases by design: kinds are minutes, other and auto only. Mail that is a person's
  request, a rescheduling chat, a meeting notice, an internal newsletter sent by a person without bulk headers, or a
  reply in a non-minutes thread is `other`; out-of-office, vacation and NDR mail is `auto` (with and without
  Auto-Submitted).
- Where a case is genuinely ambiguous, its notes start the explanation with 'AMBIGUOUS:' and say which reading the
  gold takes and why.

## Cases

| case | kind | items | what it tests |
| --- | --- | --- | --- |
"""


def render(cases, gold):
    counts, nitems, fl = {}, 0, {"vague_due": 0, "no_owner": 0, "no_due": 0}
    rows = []
    for c in cases:
        g = gold(c)
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
        nitems += len(g["items"])
        for it in g["items"]:
            for f in it["flags"]:
                fl[f] += 1
        rows.append("| %d-%s | %s | %d | %s |" % (c["no"], c["slug"], c["kind"], len(g["items"]),
                                                  c["tests"].replace("|", "/")))
    head = HEAD.replace("{counts}", ", ".join("%s %d" % (k, counts[k]) for k in ("minutes", "other", "auto")))
    head = head.replace("{nitems}", str(nitems))
    head = head.replace("{flagged}", ", ".join("%s %d" % kv for kv in fl.items()))
    return head + "\n".join(rows) + "\n"
