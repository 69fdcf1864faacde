README_HEAD = """# Blind held-out set heldout60 (cases 8801-8838)

Raw messages (`NNNN-slug.eml`, the bytes the receiving server stores) with gold answers (`NNNN-slug.json`,
schema of `/work/shared/corpus/README.md`), the roster the bots know (`roster.csv`, same columns as the corpus
roster) and the generator that wrote all of it:

    /work/blind/venv/bin/python make_heldout60.py           # rewrite every file (deterministic, identical bytes)
    /work/blind/venv/bin/python make_heldout60.py --check   # validate what is on disk

Generator files: `make_heldout60.py` (driver, writer, `--check`), `h60_lib.py` (date rules on top of
chinesecalendar, roster, header encoding, MIME parts, docx/pdf with fixed bytes), `h60_clients.py` (mail-client
presets: header sets, boundaries, charsets, transfer encodings), `h60_cases1.py` .. `h60_cases6.py` (the cases,
each with hand-written gold dates and the rule that must reproduce them), `h60_readme.py` (this text).

`--check` re-parses every .eml with `email.policy.default` (no message, part or header defects), decodes every
text part strictly in its declared charset (gb2312 parts contain only GB2312 characters), opens the .docx
attachments with python-docx and extracts the PDF text with pypdf (both must contain given phrases), recomputes
every gold date and time from the message's own Date header converted to Asia/Shanghai with chinesecalendar and
compares with the .json, checks that every outside owner's address is in From/To/Cc, that send dates lie in
April-August 2026 and that the .eml bytes equal the generator output.

{SUMMARY}

## Organisations (all new; none appears in excluded.txt)

| key | organisation | kind | domain | bot address | clients used |
| --- | --- | --- | --- | --- | --- |
| A | 宁夏中宁杞源枸杞生物科技有限公司 (goji processor, Zhongning, Ningxia): 总经办, 生产部, 品控部, 销售部, 电商部, 采购部, 财务部 | private | `qiyuan-goji.example.cn` | minutes@qiyuan-goji.example.cn | Outlook zh-CN gb2312/utf-8, Foxmail GBK, DingTalk mail, Exmail, NetEase enterprise mail, Coremail (customer) |
| B | Kaarna Heilong Forestry Machinery (Mudanjiang) Co., Ltd. 牡丹江卡尔纳林业机械, JV of Finnish Kaarna Oy (Tampere, `kaarna.example.fi`): Management, Production, Quality, Supply Chain, Engineering, HR & Admin; Product Management, Global Service in Finland | foreign-partnered, writes English | `kaarna-mdj.example.cn` | minutes@kaarna-mdj.example.cn | M365/Exchange Online, Outlook desktop EN, Gmail (Workspace, +0300), Thunderbird flowed, iPhone Mail |
| C | 天水市麦积区交通运输局 (district transport bureau, Tianshui, Gansu): 局领导, 办公室, 规划建设股, 公路管理股, 运输管理股, 安全监督股, 财务股; counterpart SOE 麦积区交通建设投资有限公司 (区交投, `mjjtjt.example.cn`) | government + SOE | `tsmjjt.example.gov.cn` | minutes@tsmjjt.example.gov.cn | Outlook gb2312/utf-8, Coremail gb2312/GBK, WeCom mail |
| D | 三亚珊澜潜水度假有限公司 (dive resort, Sanya, Hainan): 总经办, 运营部, 潜水中心, 客服部, 市场部, 工程部, 财务部 | private | `shanlan-dive.example.cn` | minutes@shanlan-dive.example.cn | Feishu/Lark (智能纪要 and plain), Tencent Meeting AI via Exmail, Exmail gb18030, WeCom, Apple Mail, NetEase Mail Master |

Outside people (not in the roster; owners resolve through From/To/Cc display names, department null): 白玉兰
(塞上优品, customer of A), 郝建军 (银川贺兰印务, supplier of A), 高峰 / Gao Feng (龙江液压, supplier of B), Elina
Mäkelä (Kaarna Oy, not on the roster), 韦国庆 (区交投 SOE). Each organisation has its own bot address; the roster lists
the people of all four.

## Conventions applied beyond the corpus README

- Calendar (chinesecalendar, 2026): Qingming 04-04..06, Labour Day 05-01..05 (make-up Sat 05-09), Dragon Boat
  06-19..21, Mid-Autumn 09-25..27, National Day 10-01..07 (make-up Sun 09-20, Sat 10-10).
- 节前 / 清明节前 / 五一节前 / 端午节前 / 中秋节前 / 国庆节前 = the last working day before the holiday block;
  节后 / 节后第一个工作日 = the first working day after it.
- Bare weekday (周四, by Fri, Wed) = on or after the send date; 本周X = that day of the send week; 下周X /
  next Monday / by Friday next week = that day of the following Monday-Sunday week.
- 本周内 / 这周内 = Sunday of the send week (dates-eval rule), marked AMBIGUOUS in the notes.
- 月底/本月底/by end of month = last day of the send month; 'X月底前' = last day of month X; 8月中旬 -> vague_due
  (corpus convention for 中旬), 待定 / TBD / ASAP / 尽快 / 'before summer break' -> vague_due.
- EOD / 下班前 give the date without a time; 中午12点 / 下午3点 / 18:00 etc. give due_time; hour deadlines count from
  the Date header.
- A date that falls on a holiday (5月1日前, 'by Friday' on 06-19) is kept as written.
- Finnish 'D.M.' dates (24.6.) are read day-first. Times written in two zones ('10:00 Helsinki / 15:00 Mudanjiang')
  are recorded in Shanghai time.
- Messages whose Date is not +0800 (+0000 Exchange Online, +0300 Helsinki) are resolved on the Shanghai date.
- Owners: a person written after the task ('（韦国庆）', '@name', '—— 萱萱'), the 主责/牵头/leads person of a
  '主责：X；配合：Y' cell, 责任人 rather than 责任领导, the row 负责人 for items that name nobody, the name line of
  minutes grouped by person. A preface in a forward that reassigns an item wins. 'me' / '我负责' = the sender.
  Units (办公室, 公路管理股, Production team, 运营部), 'Owner TBD', '负责人待定', AI speaker labels ('发言人4') and
  items without any owner -> owner null, flag no_owner, department only when it is a department of that
  organisation.
- AI minutes (Feishu 智能纪要, DingTalk AI听记, 腾讯会议 智能纪要): only the 待办 list is items; 总结/章节/摘要/发言人观点
  are narrative even when they contain '建议…' or dates.
- Done lines ([x], 已完成, 已办结, Done), decisions (结论/决定/Decisions/Summary), standing rules (即日执行, 长期,
  每周五17:00前更新, 值班制度) and facts are never items.
- Event-relative deadlines with no calendar anchor ('收到打样后2个工作日内') -> vague_due; recurring or
  event-bound duties ('每批次发货前') and '时间看他安排' -> no_due.
- next_followup only from minutes; '下周X同一时间' takes the meeting time from the minutes' own 时间 line;
  '下次会议时间另行通知' / 'to be agreed' -> null.
- Where a case is truly ambiguous, its notes contain 'AMBIGUOUS:' followed by the reading chosen (the one most
  readers would take) and the other reading.

## Cases

"""
