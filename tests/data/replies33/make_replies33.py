#!/usr/bin/env python3
"""Blind held-out set "replies33": 50 replies to minutebot's recap mails (cases 6151-6200).

Deterministic: no clock, no randomness. Every id, boundary and token is derived from a
sha256 of fixed strings.

    python3 make_replies33.py [OUTDIR]          write the .eml/.json pairs, roster.csv
    python3 make_replies33.py --check [OUTDIR]  re-parse every .eml with email.policy.default
                                                (no defects, every text part decodes), recompute
                                                every gold date from the message's own Date header
                                                (Asia/Shanghai, chinesecalendar), check threading,
                                                and compare the files on disk with a fresh build.

Needs the `chinesecalendar` package (and reportlab for the two PDF attachments).
"""
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import sys
from email import policy
from email import message_from_bytes
from email.utils import format_datetime, parsedate_to_datetime

import chinese_calendar

CST = dt.timezone(dt.timedelta(hours=8))
CEST = dt.timezone(dt.timedelta(hours=2))
UTC = dt.timezone.utc

HERE = os.path.dirname(os.path.abspath(__file__))


def H(*parts, n=16):
    """Deterministic hex string derived from the given labels."""
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def D(*parts, n=10):
    """Deterministic decimal string."""
    return str(int(H(*parts, n=16), 16))[:n].rjust(n, "7")


# ---------------------------------------------------------------------------------------
# Organisations and people
# ---------------------------------------------------------------------------------------
ORGS = {
    "A": dict(name="莆田市木兰幼教集团", en="Putian Mulan Preschool Group", domain="mulan-kids.example.cn"),
    "B": dict(name="盐城鹤鸣物业服务有限公司", en="Yancheng Heming Property Services", domain="heming-pm.example.cn"),
    "C": dict(name="宁波甬岭精密汽配有限公司", en="Ningbo Yongling Precision Auto Parts", domain="yongling-auto.example.cn"),
}

# key: (name, email, department, manager_email, aliases)
PEOPLE = {
    # --- A: kindergarten chain, Putian
    "zhenglihua": ("郑丽华", "zhenglihua@mulan-kids.example.cn", "集团总园长办公室", "", "郑总;郑总园长;Zheng Lihua"),
    "linxiujuan": ("林秀娟", "linxiujuan@mulan-kids.example.cn", "园务部", "zhenglihua@mulan-kids.example.cn", "林部长;秀娟;Lin Xiujuan"),
    "chenzhiming": ("陈志明", "chenzhiming@mulan-kids.example.cn", "后勤保障部", "zhenglihua@mulan-kids.example.cn", "陈主任;老陈;Chen Zhiming"),
    "huangliping": ("黄丽萍", "huangliping@mulan-kids.example.cn", "保健膳食部", "linxiujuan@mulan-kids.example.cn", "黄医生;Huang Liping"),
    "zhenghaiyan": ("郑海燕", "zhenghaiyan@mulan-kids.example.cn", "城厢园", "zhenglihua@mulan-kids.example.cn", "海燕园长;郑园长;Zheng Haiyan"),
    "wuxiaoling": ("吴晓玲", "wuxiaoling@mulan-kids.example.cn", "荔城园", "zhenglihua@mulan-kids.example.cn", "吴园长;Wu Xiaoling"),
    "caiyating": ("蔡雅婷", "caiyating@mulan-kids.example.cn", "招生办", "linxiujuan@mulan-kids.example.cn", "蔡主任;小蔡;Cai Yating"),
    "xuwenbin": ("许文斌", "xuwenbin@mulan-kids.example.cn", "信息部", "linxiujuan@mulan-kids.example.cn", "小许;Xu Wenbin"),
    "zhangyawen": ("張雅雯", "zhang.yawen@qimeng-edu.example.com.tw", "", "", "张雅雯;Ya-wen Chang;Yawen;張經理"),
    # --- B: property manager, Yancheng
    "gujianjun": ("顾建军", "gujianjun@heming-pm.example.cn", "汇景苑项目部", "", "顾经理;Gu Jianjun"),
    "jihaitao": ("季海涛", "jihaitao@heming-pm.example.cn", "工程部", "gujianjun@heming-pm.example.cn", "季工;Ji Haitao"),
    "bianxiaowen": ("卞晓雯", "bianxiaowen@heming-pm.example.cn", "客服部", "gujianjun@heming-pm.example.cn", "卞主管;Bian Xiaowen"),
    "xuelixin": ("薛立新", "xuelixin@heming-pm.example.cn", "安保部", "gujianjun@heming-pm.example.cn", "薛队长;Xue Lixin"),
    "yanzhigang": ("严志刚", "yanzhigang@heming-pm.example.cn", "安全管理部", "gujianjun@heming-pm.example.cn", "严工;Yan Zhigang"),
    "wangqian": ("王倩", "wangqian@heming-pm.example.cn", "采购部", "gujianjun@heming-pm.example.cn", "小王;Wang Qian"),
    "tangwei": ("唐伟", "tangwei@tongda-lift.example.cn", "", "", "唐工;Tang Wei"),
    # --- C: auto-parts supplier, Ningbo, and its German customer
    "qianyongkang": ("钱永康", "qianyongkang@yongling-auto.example.cn", "总经办", "", "钱总;Qian Yongkang"),
    "sunhao": ("孙浩", "sunhao@yongling-auto.example.cn", "质量部", "qianyongkang@yongling-auto.example.cn", "Kevin Sun;Kevin;孙经理"),
    "zhouqian": ("周倩", "zhouqian@yongling-auto.example.cn", "质量部", "sunhao@yongling-auto.example.cn", "Cherry Zhou;Cherry"),
    "wujianjun": ("吴建军", "wujianjun@yongling-auto.example.cn", "质量部", "sunhao@yongling-auto.example.cn", "Jason Wu;老吴;Wu Jianjun"),
    "linguodong": ("林国栋", "linguodong@yongling-auto.example.cn", "模具车间", "qianyongkang@yongling-auto.example.cn", "林师傅;Lin Guodong"),
    "hejia": ("何佳", "hejia@yongling-auto.example.cn", "采购部", "qianyongkang@yongling-auto.example.cn", "何经理;Jia He"),
    "katrin": ("Katrin Vogel", "katrin.vogel@brandauer.example.de", "", "", "Vogel, Katrin;Katrin;Ms. Vogel"),
    "juergen": ("Jürgen Hofmann", "juergen.hofmann@brandauer.example.de", "", "", "Hofmann, Jürgen;Jürgen;Juergen Hofmann"),
    "markus": ("Markus Brandt", "markus.brandt@brandauer.example.de", "", "", "Brandt, Markus;Markus"),
    "ivy": ("Ivy Leung", "ivy.leung@brandauer.example.de", "", "", "梁嘉欣;Ivy;Leung, Ivy"),
}
# not in the roster: the bounced former employee
KRAEMER = ("Thomas Krämer", "thomas.kraemer@brandauer.example.de")


def P(key):
    return PEOPLE[key]


def pname(key):
    return PEOPLE[key][0]


def pmail(key):
    return PEOPLE[key][1]


# ---------------------------------------------------------------------------------------
# Meetings and the bot's recaps
# ---------------------------------------------------------------------------------------
def t(y, mo, d, h, mi, s=0, tz=CST):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


MEETINGS = {
    "M1": dict(
        org="A", lang="zh",
        subject="【会议纪要】清明假期安全暨春季亲子游筹备会（4月2日）",
        organizer="linxiujuan", minutes_dt=t(2026, 4, 2, 11, 39, 48),
        minutes_id="<202604021139485512873@mulan-kids.example.cn>",
        recap_dt=t(2026, 4, 2, 11, 42, 7),
        to=["linxiujuan", "zhenghaiyan", "wuxiaoling", "chenzhiming", "huangliping", "caiyating"],
        cc=["zhenglihua"],
        items=[
            ("发放清明假期安全告家长书并收齐回执", "zhenghaiyan", "2026-04-03"),
            ("制定春季亲子游活动方案及应急预案", "wuxiaoling", "2026-04-10"),
            ("核验春游大巴车辆及驾驶员资质", "chenzhiming", "2026-04-09"),
            ("完成各园区消防器材检查并拍照留档", "chenzhiming", "2026-04-08"),
            ("公示4月份带量食谱", "huangliping", "2026-04-07"),
            ("春游保险投保及名单报送", "caiyating", "2026-04-13"),
        ]),
    "M2": dict(
        org="A", lang="zh",
        subject="2026年秋季招生工作会会议纪要",
        organizer="linxiujuan", minutes_dt=t(2026, 4, 30, 18, 39, 12),
        minutes_id="<202604301839126624019@mulan-kids.example.cn>",
        recap_dt=t(2026, 4, 30, 18, 41, 2),
        to=["linxiujuan", "caiyating", "xuwenbin", "zhenghaiyan", "zhangyawen", "chenzhiming"],
        cc=["zhenglihua", "wuxiaoling"],
        items=[
            ("输出秋季招生简章定稿", "caiyating", "2026-05-08"),
            ("更新官网及公众号招生页面", "xuwenbin", "2026-05-11"),
            ("统计各园区秋季学位余量", "zhenghaiyan", "2026-05-07"),
            ("提供开放日蒙氏教具展示清单及报价", "zhangyawen", "2026-05-08"),
            ("招生开放日场地布置与物料采购", "chenzhiming", "2026-05-15"),
            ("开放日家长接待培训", "linxiujuan", "2026-05-14"),
        ]),
    "M3": dict(
        org="A", lang="zh",
        subject="暑期托管班筹备会纪要（7月1日）",
        organizer="linxiujuan", minutes_dt=t(2026, 7, 1, 15, 17, 40),
        minutes_id="<202607011517401178233@mulan-kids.example.cn>",
        recap_dt=t(2026, 7, 1, 15, 20, 31),
        to=["linxiujuan", "caiyating", "wuxiaoling", "chenzhiming", "zhangyawen", "huangliping"],
        cc=["zhenglihua"],
        items=[
            ("发布暑期托管班报名通知", "caiyating", "2026-07-03"),
            ("排定暑托班教师值班表", "wuxiaoling", "2026-07-06"),
            ("完成暑期园舍维修项目询价", "chenzhiming", "2026-07-10"),
            ("暑托班绘本课程授权续约", "zhangyawen", "2026-07-08"),
            ("暑期食堂消杀及食材供应商资质复核", "huangliping", "2026-07-07"),
        ]),
    "M4": dict(
        org="B", lang="zh",
        subject="汇景苑二次供水水箱清洗及电梯年检协调会会议纪要",
        organizer="gujianjun", minutes_dt=t(2026, 4, 21, 16, 2, 55),
        minutes_id="<000001dcd15e$8a41c2f0$9ec548d0$@heming-pm.example.cn>",
        recap_dt=t(2026, 4, 21, 16, 5, 12),
        to=["gujianjun", "bianxiaowen", "jihaitao", "tangwei", "xuelixin"],
        cc=[],
        items=[
            ("张贴停水通知并在业主群发布", "bianxiaowen", "2026-04-22"),
            ("完成1#、2#水箱清洗消毒并送检水质", "jihaitao", "2026-04-28"),
            ("整理并报送年度定期检验资料至特检院", "tangwei", "2026-04-30"),
            ("排查3号楼电梯运行异响", "tangwei", "2026-04-24"),
            ("安排停水期间临时供水点", "xuelixin", "2026-04-27"),
            ("公示水质检测报告", "bianxiaowen", "2026-05-08"),
        ]),
    "M5": dict(
        org="B", lang="zh",
        subject="【纪要】汛期防汛暨端午假期值班安排会 6.15",
        organizer="gujianjun", minutes_dt=t(2026, 6, 15, 17, 27, 31),
        minutes_id="<000001dcfc83$1b7d5e20$52781a60$@heming-pm.example.cn>",
        recap_dt=t(2026, 6, 15, 17, 30, 4),
        to=["gujianjun", "jihaitao", "xuelixin", "bianxiaowen", "yanzhigang", "wangqian"],
        cc=[],
        items=[
            ("地下车库出入口挡水板及沙袋到位", "jihaitao", "2026-06-17"),
            ("排水泵及集水井检修", "jihaitao", "2026-06-18"),
            ("报送端午假期值班表", "xuelixin", "2026-06-16"),
            ("发布防汛温馨提示及端午假期服务安排", "bianxiaowen", "2026-06-17"),
            ("高空坠物及外立面隐患排查", "yanzhigang", "2026-06-26"),
            ("采购应急照明及防汛物资", "wangqian", "2026-06-24"),
        ]),
    "M6": dict(
        org="C", lang="en",
        subject="Meeting minutes: BR-218 PPAP & Q2 quality review (May 12)",
        organizer="sunhao", minutes_dt=t(2026, 5, 12, 17, 8, 44),
        minutes_id="<TYZPR06MB64417C2A9E1F3B55D0A8C4B1E2F7@TYZPR06MB6441.apcprd06.prod.outlook.com>",
        recap_dt=t(2026, 5, 12, 17, 11, 26),
        to=["sunhao", "zhouqian", "katrin", "wujianjun", "juergen", "ivy"],
        cc=["markus", "qianyongkang", "KRAEMER"],
        items=[
            ("Submit PPAP Level 3 package for BR-218", "sunhao", "2026-05-22"),
            ("Send updated control plan incl. new torque check", "zhouqian", "2026-05-19"),
            ("Approve revised packaging specification", "katrin", "2026-05-15"),
            ("Share 8D report for complaint Q-26-0417", "wujianjun", "2026-05-15"),
            ("Arrange run-at-rate audit date in Ningbo", "juergen", "2026-05-29"),
            ("Confirm sea-freight booking for first lot", "ivy", "2026-05-20"),
            ("Release call-off for July series delivery", "juergen", "2026-05-26"),
        ]),
    "M7": dict(
        org="C", lang="zh",
        subject="Q-26-0417客户投诉8D整改推进会纪要",
        organizer="sunhao", minutes_dt=t(2026, 6, 16, 16, 27, 9),
        minutes_id="<TYZPR06MB6441A93D0C55E2B7F1406E9D3A12@TYZPR06MB6441.apcprd06.prod.outlook.com>",
        recap_dt=t(2026, 6, 16, 16, 30, 18),
        to=["sunhao", "linguodong", "zhouqian", "wujianjun", "hejia"],
        cc=["qianyongkang"],
        items=[
            ("完成冲压模具修模（凸模R角）", "linguodong", "2026-06-18"),
            ("更新PFMEA及控制计划", "zhouqian", "2026-06-23"),
            ("库存品100%复检并出具报告", "wujianjun", "2026-06-18"),
            ("更新8D报告D5–D7并提交客户", "sunhao", "2026-06-24"),
            ("钢材来料复核", "hejia", "2026-06-25"),
            ("安排整改后试生产验证", "wujianjun", "2026-06-30"),
        ]),
}


def meeting_domain(M):
    return ORGS[M["org"]]["domain"]


def bot_addr(M):
    return "minutes@" + meeting_domain(M)


def signed_addr(M):
    return "minutes+r%s@%s" % (H("reply-token", M["key"]), meeting_domain(M))


def recap_id(M):
    r = M["recap_dt"]
    return "<mb.recap.%s.%s@%s>" % (r.strftime("%Y%m%d%H%M%S"), H("recap", M["key"], n=10), meeting_domain(M))


def person(k):
    if k == "KRAEMER":
        return KRAEMER
    return PEOPLE[k][0], PEOPLE[k][1]


def is_workday(d):
    return chinese_calendar.is_workday(d)


def next_workday(d):
    d = d + dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def objection_deadline(recap_dt):
    """'如有异议请于今日内回复': today at 18:00; after the cut-off or on a non-working day, the next working day."""
    loc = recap_dt.astimezone(CST)
    d = loc.date()
    if is_workday(d) and loc.time() < dt.time(18, 0):
        return dt.datetime.combine(d, dt.time(18, 0), tzinfo=CST)
    return dt.datetime.combine(next_workday(d), dt.time(18, 0), tzinfo=CST)


for _k, _M in MEETINGS.items():
    _M["key"] = _k


def recap_lines(M, row_extra=None):
    """The bot's text part (the quoted recap as every client shows it), as a list of lines."""
    row_extra = row_extra or {}
    dl = objection_deadline(M["recap_dt"]).strftime("%Y-%m-%d %H:%M")
    L = []
    if M["lang"] == "zh":
        L += ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"]
        for i, (task, owner, due) in enumerate(M["items"], 1):
            L.append("| %d | %s | %s | %s |" % (i, task, pname(owner), due))
            if i in row_extra:
                L.append(row_extra[i])
        L += ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % dl,
              "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。",
              "", "—— 纪要助手（系统自动发送，请勿修改主题）"]
    else:
        L += ["Hello all,", "", "Minutes Assistant has recorded the following action items:",
              "| # | Action item | Owner | Due |"]
        for i, (task, owner, due) in enumerate(M["items"], 1):
            L.append("| %d | %s | %s | %s |" % (i, task, pname(owner), due))
            if i in row_extra:
                L.append(row_extra[i])
        L += ["", "If you disagree, please reply today (by %s); otherwise the items are confirmed." % dl,
              "Reply to this mail with \"confirm\", \"object: reason\", \"item N done\", \"progress 80%\" or \"extend to Oct 20\".",
              "", "-- Minutes Assistant (automated message)"]
    return L


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def recap_html(M, row_extra_html=None):
    """The bot's HTML part, as a fragment (what clients embed in their quote)."""
    row_extra_html = row_extra_html or {}
    dl = objection_deadline(M["recap_dt"]).strftime("%Y-%m-%d %H:%M")
    zh = M["lang"] == "zh"
    head = ("序号", "事项", "负责人", "截止时间") if zh else ("#", "Action item", "Owner", "Due")
    out = []
    if zh:
        out.append("<div>各位好：</div>\n<div><br></div>\n<div>纪要助手已登记本次会议的待办事项：</div>")
    else:
        out.append("<div>Hello all,</div>\n<div><br></div>\n<div>Minutes Assistant has recorded the following action items:</div>")
    out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:14px">')
    out.append("<tr>" + "".join("<th>%s</th>" % h for h in head) + "</tr>")
    for i, (task, owner, due) in enumerate(M["items"], 1):
        last = esc(due) + row_extra_html.get(i, "")
        out.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i, esc(task), esc(pname(owner)), last))
    out.append("</table>")
    if zh:
        out.append("<div><br></div>\n<div>如有异议请于今日内回复（截止 %s，逾期视为无异议）。</div>" % dl)
        out.append("<div>回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。</div>")
        out.append("<div><br></div>\n<div>—— 纪要助手（系统自动发送，请勿修改主题）</div>")
    else:
        out.append("<div><br></div>\n<div>If you disagree, please reply today (by %s); otherwise the items are confirmed.</div>" % dl)
        out.append("<div>Reply to this mail with &quot;confirm&quot;, &quot;object: reason&quot;, &quot;item N done&quot;, "
                   "&quot;progress 80%&quot; or &quot;extend to Oct 20&quot;.</div>")
        out.append("<div><br></div>\n<div>-- Minutes Assistant (automated message)</div>")
    return "\n".join(out)


def recap_subject(M):
    return "Re: " + M["subject"]


def recap_to(M):
    return [person(k) for k in M["to"]]


def recap_cc(M):
    return [person(k) for k in M["cc"]]


# ---------------------------------------------------------------------------------------
# Encoding helpers (hand-assembled MIME so that every byte is the client's, not Python's)
# ---------------------------------------------------------------------------------------
def codec_of(label):
    l = label.lower()
    return {"gb2312": "gbk"}.get(l, l)   # a gb2312 label carrying GBK bytes is decoded as GBK in the wild


def ew(text, label="UTF-8", errors="strict"):
    """RFC 2047 'B' encoded words (each at most 75 characters), joined by folding whitespace."""
    if all(ord(c) < 128 for c in text):
        return text
    codec = codec_of(label)
    maxb = ((75 - len(label) - 7) // 4) * 3
    words, cur = [], b""
    for ch in text:
        b = ch.encode(codec, errors)
        if len(cur) + len(b) > maxb:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (label, base64.b64encode(w).decode("ascii")) for w in words)


def addr(name, email, label="UTF-8", quote=False):
    if name is None:
        return "<%s>" % email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    # Several Chinese clients put the encoded word inside quotes ("=?GBK?B?…?=" <a@b>); RFC 2047 forbids it and
    # email.policy.default flags it as a header defect, so the set uses the bare encoded word everywhere.
    return "%s <%s>" % (ew(name, label), email)


def addr_list(pairs, label="UTF-8", quote=False):
    return ",\n ".join(addr(n, e, label, quote) for n, e in pairs)


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def body_bytes(text, codec, crlf=False, errors="strict"):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode(codec, errors)


def enc_body(text, label, cte, crlf=False, errors="strict"):
    data = body_bytes(text, codec_of(label), crlf, errors)
    if cte == "base64":
        return b64(data)
    if cte == "quoted-printable":
        return qp(data)
    s = data.decode(codec_of(label))
    return s if s.endswith("\n") else s + "\n"


def leaf(ctype, cte, payload, extra=()):
    return {"ct": ctype, "cte": cte, "body": payload, "extra": list(extra)}


def multi(subtype, boundary, parts, preamble=None, params=""):
    return {"ct": 'multipart/%s;%s\n boundary="%s"' % (subtype, params, boundary), "parts": parts,
            "boundary": boundary, "preamble": preamble}


def text_leaf(subtype, text, label, cte, crlf=False, params="", errors="strict", quote_label=True):
    cs = ('"%s"' % label) if quote_label else label
    return leaf("text/%s; charset=%s%s" % (subtype, cs, params), cte, enc_body(text, label, cte, crlf, errors))


def serialize_body(node):
    if "parts" not in node:
        b = node["body"]
        return b if b.endswith("\n") else b + "\n"
    out = []
    if node.get("preamble"):
        out.append(node["preamble"] + "\n")
    for p in node["parts"]:
        out.append("\n--%s\n" % node["boundary"])
        out.append(serialize_headers(part_headers(p)))
        out.append("\n")
        out.append(serialize_body(p))
    out.append("\n--%s--\n" % node["boundary"])
    return "".join(out)


def part_headers(node):
    h = [("Content-Type", node["ct"])]
    if node.get("cte"):
        h.append(("Content-Transfer-Encoding", node["cte"]))
    h += node.get("extra", [])
    return h


def serialize_headers(headers):
    return "".join("%s: %s\n" % (k, v) for k, v in headers)


def build_message(headers, node, ct_after=None):
    """headers: list of (name, value); the root node's Content-Type/CTE are put at ct_after (a header name)
    or at the end."""
    hs = list(headers)
    ph = part_headers(node)
    if ct_after:
        i = [k for k, _ in hs].index(ct_after) + 1
        hs[i:i] = ph
    else:
        hs += ph
    return (serialize_headers(hs) + "\n" + serialize_body(node)).encode("utf-8")


def fmt_date(d, pad=False):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" % d.day) if pad else str(d.day)
    return "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (wd, day, mon, d.year, d.hour, d.minute, d.second, sign, mins // 60, mins % 60)


def received(case, helo, rdns, ip, extra_delay=3):
    M = case["M"]
    arr = case["date"].astimezone(CST) + dt.timedelta(seconds=extra_delay)
    rcpt = case.get("rcpt") or signed_addr(M)
    qid = "4" + H("qid", case["num"], n=10).upper()
    return ("Received", "from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)"
            % (helo, rdns, ip, meeting_domain(M), qid, rcpt, fmt_date(arr)))


def envelope(case, ret=None):
    M = case["M"]
    return [("Return-Path", "<%s>" % (ret if ret is not None else pmail(case["sender"]))),
            ("Delivered-To", bot_addr(M))]


def threading(case):
    M = case["M"]
    return [("In-Reply-To", recap_id(M)), ("References", "%s\n %s" % (M["minutes_id"], recap_id(M)))]


def reply_subject(case, prefix):
    return prefix + recap_subject(case["M"])


def cc_pairs(case):
    return [person(k) for k in case.get("cc", [])]


def quote_prefix(lines, prefix="> ", empty=">"):
    return [(prefix + l) if l else empty for l in lines]


def html_lines(text, tag="div"):
    out = []
    for l in text.split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(l) if l else "<br>", tag))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# Time formats that clients print in their quote headers
# ---------------------------------------------------------------------------------------
WD_ZH = "一二三四五六日"
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def h12(d):
    h = d.hour % 12
    return 12 if h == 0 else h


def qq_time(d):
    h = d.hour
    part = "凌晨" if h < 6 else "上午" if h < 11 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
    return "%d年%d月%d日(星期%s) %s%d:%02d" % (d.year, d.month, d.day, WD_ZH[d.weekday()], part, h12(d), d.minute)


def ampm_zh(d):
    return "上午" if d.hour < 12 else "下午"


def rdt(M, tz=CST):
    return M["recap_dt"].astimezone(tz)


# ---------------------------------------------------------------------------------------
# Sending relays (what the receiving Postfix records in Received)
# ---------------------------------------------------------------------------------------
def relay(case):
    n = case["num"]
    k = case["sender"]
    dom = pmail(k).split("@")[1]
    x = int(H("ip", n, n=4), 16)
    if dom == "mulan-kids.example.cn":
        h = "smtpbg%d.qq.com" % (100 + x % 60)
        return h, h, "43.155.%d.%d" % (60 + x % 20, 1 + x % 250)
    if dom == "heming-pm.example.cn":
        h = "mail-m12%02d.qiye.163.com" % (x % 100)
        return h, h, "115.236.127.%d" % (1 + x % 250)
    if dom == "yongling-auto.example.cn":
        h = "lf-2-%d.ptr.blmpb.com" % (10 + x % 80)
        return h, h, "101.45.255.%d" % (1 + x % 250)
    if dom == "brandauer.example.de":
        h = "mail-fr2deu01on21%02d.outbound.protection.outlook.com" % (x % 100)
        return h, h, "40.107.135.%d" % (1 + x % 250)
    if dom == "qimeng-edu.example.com.tw":
        h = "mail-sor-f%d.google.com" % (40 + x % 50)
        return h, h, "209.85.220.%d" % (40 + x % 50)
    if dom == "tongda-lift.example.cn":
        h = "out30-%d.freemail.mail.aliyun.com" % (100 + x % 30)
        return h, h, "115.124.30.%d" % (100 + x % 30)
    raise ValueError(dom)


def recv(case, delay=3):
    h, r, ip = relay(case)
    return received(case, h, r, ip, delay)


def sender_addr(case, label="UTF-8", quote=False, name=None):
    n, e = person(case["sender"])
    return addr(name or n, e, label, quote)


def to_bot(case, label="UTF-8", quote=False):
    return addr("纪要助手", signed_addr(case["M"]), label, quote)


def recap_rows(case):
    return recap_lines(case["M"], {k: v[0] for k, v in case.get("inline", {}).items()})


def recap_rows_html(case):
    return recap_html(case["M"], {k: v[1] for k, v in case.get("inline", {}).items()})


def with_attachment(case, alt, boundary, label="UTF-8", rfc2231=False):
    a = case.get("attach")
    if not a:
        return alt
    data = make_pdf(a["lines"], a["font"], a["title"])
    fn = a["filename"]
    from urllib.parse import quote as _q
    cs = "utf-8" if rfc2231 else label
    enc = _q(fn.encode(codec_of(cs)))
    disp = [("Content-Disposition", "attachment;\n filename*=%s''%s" % (cs, enc))]
    ct = "application/pdf;\n name*=%s''%s" % (cs, enc)
    pdf = leaf(ct, "base64", b64(data), disp)
    return multi("mixed", boundary, [alt, pdf])


def make_pdf(lines, font, title):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    c.setTitle(title)
    c.setFont(font, 14)
    y = 790
    for l in lines:
        c.drawString(60, y, l)
        y -= 24
        c.setFont(font, 11)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------------------
# Client renderers
# ---------------------------------------------------------------------------------------
def qq_pairs(pairs):
    return "".join('"%s"<%s>;' % (n, e) for n, e in pairs)


def r_exmail_web(case):
    """Tencent Exmail / QQ Mail web: gb18030, base64, QQ '原始邮件' separator."""
    M, lab = case["M"], "gb18030"
    rd = rdt(M)
    head = ["------------------ 原始邮件 ------------------",
            '发件人: "纪要助手"<%s>;' % bot_addr(M),
            "发送时间: %s" % qq_time(rd),
            "收件人: %s" % qq_pairs(recap_to(M))]
    if M["cc"]:
        head.append("抄送: %s" % qq_pairs(recap_cc(M)))
    head.append("主题: %s" % recap_subject(M))
    plain = case["text"] + "\n\n\n" + "\n".join(head) + "\n\n\n\n" + "\n".join(recap_rows(case)) + "\n"
    hh = ['<div><b>发件人:</b>&nbsp;"纪要助手"&lt;%s&gt;;</div>' % bot_addr(M),
          "<div><b>发送时间:</b>&nbsp;%s</div>" % qq_time(rd),
          "<div><b>收件人:</b>&nbsp;%s</div>" % esc(qq_pairs(recap_to(M)))]
    if M["cc"]:
        hh.append("<div><b>抄送:</b>&nbsp;%s</div>" % esc(qq_pairs(recap_cc(M))))
    hh.append("<div><b>主题:</b>&nbsp;%s</div>" % esc(recap_subject(M)))
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=gb18030">' + html_lines(case["text"]) +
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;">' + "".join(hh) + "</div><div><br></div>\n" +
            recap_rows_html(case) + "\n")
    tag = H("qq", case["num"], n=24).upper()
    b = "----=_NextPart_%s_%s_%s" % (tag[:8], tag[8:16], tag[16:24])
    alt = multi("alternative", b, [text_leaf("plain", plain, lab, "base64"), text_leaf("html", html, lab, "base64")],
                preamble="This is a multi-part message in MIME format.")
    node = with_attachment(case, alt, "----=_NextPart_%s_%s_MIXED" % (tag[:8], tag[8:16]), lab)
    d = case["date"]
    mid = "<tencent_%s@qq.com>" % H("mid", case["num"], n=36).upper()
    hs = envelope(case) + [recv(case),
        ("X-QQ-FEAT", H("feat", case["num"], n=32)), ("X-QQ-SSF", "00000000000000F0"),
        ("X-HAS-ATTACH", "yes" if case.get("attach") else "no"), ("X-QQ-BUSINESS-ORIGIN", "2"),
        ("X-Originating-IP", "120.36.%d.%d" % (int(H("oip", case["num"], n=2), 16) % 200, 7 + case["num"] % 200)),
        ("X-QQ-STYLE", ""), ("X-QQ-mid", "xmsezb%d-0t%dt%s" % (case["num"] % 9 + 1, int(d.timestamp()), H("qm", case["num"], n=7))),
        ("From", sender_addr(case, lab, True)), ("To", to_bot(case, lab, True))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case), lab, True)))
    hs += [("Subject", ew("回复：" + recap_subject(M), lab)), ("Mime-Version", "1.0"), ("Date", fmt_date(d, True)),
           ("X-Priority", "3"), ("Message-ID", mid), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
           ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")] + threading(case)
    return build_message(hs, node)


def fox_names(pairs):
    return "; ".join(n for n, e in pairs)


def r_foxmail(case):
    """Foxmail 7.2 for Windows: GBK (or a gb2312 label), base64, CRLF, '发件人：' block with full-width colons."""
    M, lab = case["M"], case.get("charset", "GBK")
    rd = rdt(M)
    head = ["发件人： 纪要助手", "发送时间： %s" % rd.strftime("%Y-%m-%d %H:%M"), "收件人： %s" % fox_names(recap_to(M))]
    if M["cc"]:
        head.append("抄送： %s" % fox_names(recap_cc(M)))
    head.append("主题： %s" % recap_subject(M))
    sig = case.get("fox_sig", pmail(case["sender"]))
    plain = (case["text"] + "\n\n\n\n" + sig + "\n \n" + "\n".join(head) + "\n" + "\n".join(recap_rows(case)) + "\n")
    hh = "".join("<div><b>%s</b>&nbsp;%s</div>" % (esc(x.split("： ", 1)[0] + "："), esc(x.split("： ", 1)[1])) for x in head)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
            "body { font-size: 14px; font-family: 'Microsoft YaHei UI'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n" % lab
            + html_lines(case["text"]) + '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>' + esc(sig).replace("\n", "<br>") +
            "</div></div></span></div>"
            '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; '
            'PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            + hh + "</div></div><div>\n" + recap_rows_html(case) + "\n</div></blockquote>\n</body></html>")
    b = "----=_001_NextPart%s_=----" % D("fox", case["num"], n=12)
    node = multi("alternative", b, [text_leaf("plain", plain, lab, "base64", crlf=True),
                                    text_leaf("html", html, lab, "base64", crlf=True)],
                 preamble="This is a multi-part message in MIME format.")
    d = case["date"]
    guid = H("guid", case["num"], n=32).upper()
    dom = pmail(case["sender"]).split("@")[1]
    hs = envelope(case) + [recv(case), ("Date", fmt_date(d, True)), ("From", sender_addr(case, lab, True)),
                           ("To", to_bot(case, lab, True))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case), lab, True)))
    hs += [("Subject", ew("回复: " + recap_subject(M), lab))] + threading(case) + [
        ("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (guid[:8], guid[8:12], guid[12:16], guid[16:20], guid[20:32])),
        ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.228[cn]"), ("Mime-Version", "1.0"),
        ("Message-ID", "<%s%s@%s>" % (d.astimezone(CST).strftime("%Y%m%d%H%M%S"), D("fxid", case["num"], n=7), dom))]
    return build_message(hs, node)


def uuid_of(*parts):
    h = H(*parts, n=32).upper()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def r_iphone(case):
    """iPhone Mail (iOS), zh / zh-TW / de locale: '>' quoting with the locale's attribution line."""
    M, loc = case["M"], case.get("locale", "zh")
    rd = rdt(M, case.get("tz", CST))
    if loc == "zh":
        footer, attr = "发自我的iPhone", "在 %d年%d月%d日，%s，纪要助手 <%s> 写道：" % (rd.year, rd.month, rd.day, rd.strftime("%H:%M"), bot_addr(M))
    elif loc == "tw":
        footer, attr = "從我的 iPhone 傳送", "%d年%d月%d日 %s%d:%02d，纪要助手 <%s> 寫道：" % (rd.year, rd.month, rd.day, ampm_zh(rd), h12(rd), rd.minute, bot_addr(M))
    else:
        footer, attr = "Von meinem iPhone gesendet", "Am %s um %s schrieb 纪要助手 <%s>:" % (rd.strftime("%d.%m.%Y"), rd.strftime("%H:%M"), bot_addr(M))
    rows = recap_rows(case)
    plain = case["text"] + "\n\n" + footer + "\n\n" + "> " + attr + "\n>\n" + "\n".join(quote_prefix(rows)) + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            '<div dir="ltr">' + esc(case["text"]).replace("\n", "<br>") + "<br><br><div dir=\"ltr\">" + footer +
            '</div><div dir="ltr"><br><blockquote type="cite">' + esc(attr) + "<br><br></blockquote></div>"
            '<blockquote type="cite"><div dir="ltr">' + recap_rows_html(case) + "</div></blockquote></div></body></html>")
    cte = case.get("cte", "quoted-printable")
    b = "Apple-Mail-" + uuid_of("ap", case["num"])
    alt = multi("alternative", b, [text_leaf("plain", plain, "utf-8", cte, quote_label=False),
                                   text_leaf("html", html, "utf-8", cte, quote_label=False)])
    node = with_attachment(case, alt, "Apple-Mail-" + uuid_of("apm", case["num"]), rfc2231=True)
    d = case["date"]
    subj = recap_subject(M)
    hs = envelope(case) + [recv(case), ("From", sender_addr(case)), ("Mime-Version", "1.0 (1.0)"),
                           ("Date", fmt_date(d)), ("Subject", ew(subj)),
                           ("Message-Id", "<%s@%s>" % (uuid_of("apid", case["num"]), pmail(case["sender"]).split("@")[1])),
                           ("References", "%s\n %s" % (M["minutes_id"], recap_id(M)))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case))))
    hs += [("In-Reply-To", recap_id(M)), ("To", to_bot(case)), ("X-Mailer", "iPhone Mail (23E254)")]
    return build_message(hs, node)


def r_mailmaster(case):
    """NetEase Mail Master (网易邮箱大师) app: '---- 回复的原邮件 ----' with a | 发件人 | table."""
    M = case["M"]
    rd = rdt(M)
    head = ["---- 回复的原邮件 ----",
            "| 发件人 | 纪要助手<%s> |" % bot_addr(M),
            "| 日期 | %s |" % rd.strftime("%Y年%m月%d日 %H:%M"),
            "| 收件人 | %s |" % ", ".join("%s<%s>" % p for p in recap_to(M))]
    if M["cc"]:
        head.append("| 抄送至 | %s |" % ", ".join("%s<%s>" % p for p in recap_cc(M)))
    head.append("| 主题 | %s |" % recap_subject(M))
    plain = case["text"] + "\n\n发自网易邮箱大师\n\n" + "\n".join(head) + "\n" + "\n".join(recap_rows(case)) + "\n"
    trs = "".join('<tr><td style="width:64px;color:#999">%s</td><td>%s</td></tr>' % (esc(x.split(" | ")[0][2:]), esc(x.split(" | ", 1)[1][:-2])) for x in head[1:])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + html_lines(case["text"]) +
            '<div><br></div><div style="color:#909090;font-size:12px">发自网易邮箱大师</div></div>'
            '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
            'border-radius:3px;-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:\'微软雅黑\';">'
            '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">---- 回复的原邮件 ----</div>'
            '<table class="J-mail-info" style="font-size:12px;margin-left:10px">' + trs + "</table></div>\n" +
            recap_rows_html(case) + "\n</body></html>")
    ms = int(case["date"].timestamp()) * 1000
    b = "----=_Part_%s_%s.%d" % (D("mm1", case["num"], n=7), D("mm2", case["num"], n=9), ms)
    node = multi("alternative", b, [text_leaf("plain", plain, "UTF-8", "base64"), text_leaf("html", html, "UTF-8", "base64")])
    d = case["date"]
    dom = pmail(case["sender"]).split("@")[1]
    hs = envelope(case) + [recv(case), ("Date", fmt_date(d, True)), ("From", sender_addr(case)), ("To", to_bot(case))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case))))
    hs += [("Message-ID", "<%s.%s.%s@%s>" % (H("mm3", case["num"], n=8), H("mm4", case["num"], n=5), H("mm5", case["num"], n=11), dom))]
    hs += threading(case) + [("Subject", ew("回复：" + recap_subject(M))), ("MIME-Version", "1.0")]
    return build_message(hs, node)


def r_netease_web(case):
    """网易企业邮箱 web (Coremail-based): GBK base64, '在 … 写道：' + blockquote; html_only option."""
    M, lab = case["M"], "GBK"
    rd = rdt(M)
    attr = '在 %s，"纪要助手" <%s> 写道：' % (rd.strftime("%Y-%m-%d %H:%M:%S"), bot_addr(M))
    rows = recap_rows(case)
    plain = case["text"] + "\n\n\n\n\n\n" + attr + "\n\n" + "\n".join(quote_prefix(rows)) + "\n"
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + html_lines(case["text"]) +
            '<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>' + esc(attr) +
            '<br><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">' +
            recap_rows_html(case) + "</blockquote></div>")
    if case.get("html_only"):
        node = text_leaf("html", html, lab, "base64")
    else:
        ms = int(case["date"].timestamp()) * 1000
        b = "----=_Part_%s_%s.%d" % (D("nw1", case["num"], n=7), D("nw2", case["num"], n=9), ms)
        node = multi("alternative", b, [text_leaf("plain", plain, lab, "base64"), text_leaf("html", html, lab, "base64")])
    d = case["date"]
    k = case["sender"]
    hs = envelope(case) + [recv(case), ("Date", fmt_date(d)), ("From", sender_addr(case, lab, True)),
                           ("To", to_bot(case, lab, True))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case), lab, True)))
    hs += [("Subject", ew("Re:" + recap_subject(M), lab)), ("X-Priority", "3"),
           ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20250307(a1d5e8f2) Copyright (c) 2002-2026 www.mailtech.cn 163com")]
    hs += threading(case)
    hs += [("MIME-Version", "1.0"),
           ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (H("nw3", case["num"], n=8), H("nw4", case["num"], n=4), H("nw5", case["num"], n=11), pmail(k))),
           ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", H("cmt", case["num"], n=24)),
           ("X-Originating-IP", "[58.218.%d.%d]" % (int(H("o1", case["num"], n=2), 16) % 200, 10 + case["num"] % 200))]
    return build_message(hs, node)


def outlook_names(pairs):
    return "; ".join("%s <%s>" % (n, e) for n, e in pairs)


def r_outlook_zh(case):
    """Outlook 2016/2019/365 for Windows, zh-CN: gb2312, '发件人: / 发送时间:' block (no separator line in text)."""
    M, lab = case["M"], case.get("charset", "gb2312")
    rd = rdt(M)
    head = ["发件人: 纪要助手 <%s> " % bot_addr(M), "发送时间: %d年%d月%d日 %s" % (rd.year, rd.month, rd.day, rd.strftime("%H:%M")),
            "收件人: %s" % outlook_names(recap_to(M))]
    if M["cc"]:
        head.append("抄送: %s" % outlook_names(recap_cc(M)))
    head.append("主题: %s" % recap_subject(M))
    plain = case["text"] + "\n\n" + "\n".join(head) + "\n\n" + "\n".join(recap_rows(case)) + "\n"
    ps = "".join("<p class=MsoNormal>%s<o:p></o:p></p>\n" % (esc(l) if l else "<span lang=EN-US><o:p>&nbsp;</o:p></span>")
                 for l in case["text"].split("\n"))
    hh = "<br>\n".join("<b>%s:</b> %s" % (esc(x.split(": ", 1)[0]), esc(x.split(": ", 1)[1])) for x in head)
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">' % lab + '<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:等线;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n'
            '\tfont-size:10.5pt;\n\tfont-family:等线;}\n--></style></head>'
            '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'><div class=WordSection1>\n'
            + ps + "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal align=left "
            "style='text-align:left'>" + hh + "<o:p></o:p></p></div>\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"
            + recap_rows_html(case) + "\n</div></body></html>")
    cte = case.get("cte", "quoted-printable")
    tag = H("olb", case["num"], n=12).upper()
    b = "----=_NextPart_000_%s_%s.%s" % (tag[:4], "01DC" + tag[4:8], tag[8:12] + "8F40")
    node = multi("alternative", b, [text_leaf("plain", plain, lab, cte), text_leaf("html", html, lab, cte)],
                 preamble="This is a multipart message in MIME format.")
    d = case["date"]
    dom = pmail(case["sender"]).split("@")[1]
    hs = envelope(case) + [recv(case), ("From", sender_addr(case, lab, True)), ("To", to_bot(case, lab, True))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case), lab, True)))
    hs += [("References", "%s\n %s" % (M["minutes_id"], recap_id(M))), ("In-Reply-To", recap_id(M)),
           ("Subject", ew(case.get("prefix", "答复: ") + recap_subject(M), lab)), ("Date", fmt_date(d)),
           ("Message-ID", "<000001dc%s$%s$%s$@%s>" % (H("o1", case["num"], n=4), H("o2", case["num"], n=8), H("o3", case["num"], n=8), dom)),
           ("MIME-Version", "1.0")]
    hs2 = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(H("ti", case["num"], n=30))).decode()),
           ("Content-Language", "zh-cn")]
    msg = build_message(hs + hs2, node, ct_after="MIME-Version")
    return msg


def r_outlook_tw(case):
    """Outlook for Windows, zh-HK/zh-TW UI, preferred encoding Big5 without auto-select: simplified-only
    characters of the quote become '?'. Exchange Online headers."""
    M, lab = case["M"], "big5"
    rd = rdt(M)
    head = ["寄件者: 纪要助手 <%s>" % bot_addr(M),
            "寄件日期: %d年%d月%d日 %s %02d:%02d" % (rd.year, rd.month, rd.day, ampm_zh(rd), h12(rd), rd.minute),
            "收件者: %s" % outlook_names(recap_to(M))]
    if M["cc"]:
        head.append("副本: %s" % outlook_names(recap_cc(M)))
    head.append("主旨: %s" % recap_subject(M))
    quoted = "\n".join(head) + "\n\n" + "\n".join(recap_rows(case)) + "\n"
    plain_reply = case["text"] + "\n\n"
    plain_reply.encode("big5")  # the typed text itself must be pure Big5
    plain = plain_reply + quoted
    hh = "<br>\n".join("<b>%s:</b> %s" % (esc(x.split(": ", 1)[0]), esc(x.split(": ", 1)[1])) for x in head)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
            '<div style="font-family: 新細明體, PMingLiU, serif; font-size: 12pt; color: rgb(0, 0, 0);">' + html_lines(case["text"]) +
            '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + hh +
            "</font><div>&nbsp;</div></div>" + recap_rows_html(case) + "</body></html>")
    b = "_000_HK0PR06MB%s_" % H("hkb", case["num"], n=24).upper()
    node = multi("alternative", b, [text_leaf("plain", plain, lab, "quoted-printable", errors="replace"),
                                    text_leaf("html", html, lab, "quoted-printable", errors="replace")])
    d = case["date"]
    hs = envelope(case) + [recv(case), ("From", sender_addr(case)), ("To", to_bot(case))]
    if case.get("cc"):
        hs.append(("CC", addr_list(cc_pairs(case))))
    mid = "HK0PR06MB%s" % H("hkm", case["num"], n=4).upper()
    hs += [("Subject", ew("回覆: " + recap_subject(M))), ("Thread-Topic", ew(recap_subject(M))),
           ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(H("ti", case["num"], n=30))).decode()),
           ("Date", fmt_date(d)), ("Message-ID", "\n <%s%s@%s.apcprd06.prod.outlook.com>" % (mid, H("hkx", case["num"], n=28).upper(), mid)),
           ("References", "%s\n %s" % (M["minutes_id"], recap_id(M))), ("In-Reply-To", recap_id(M)),
           ("Accept-Language", "zh-HK, en-US"), ("Content-Language", "zh-HK"), ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return build_message(hs, node)


def de_names(pairs):
    out = []
    for n, e in pairs:
        if all(ord(c) < 128 for c in n.replace("ü", "u").replace("ä", "a")) and " " in n:
            first, last = n.split(" ", 1)
            n = "%s, %s" % (last, first)
        out.append("%s <%s>" % (n, e))
    return "; ".join(out)


BRANDAUER_FOOT = ("Brandauer Antriebstechnik GmbH | Sitz: Schwäbisch Gmünd | Registergericht: Amtsgericht Ulm HRB 701234\n"
                  "Geschäftsführer: Dr. Andreas Kessler, Sabine Walz")


def r_outlook_de(case):
    """Outlook for Windows (de-DE) on Exchange Online, or Outlook im Web (owa=True): 'Von: / Gesendet:' block."""
    M = case["M"]
    rd = rdt(M, CEST)
    head = ["Von: 纪要助手 <%s>" % bot_addr(M),
            "Gesendet: %s, %d. %s %d %s" % (WD_DE[rd.weekday()], rd.day, MON_DE[rd.month - 1], rd.year, rd.strftime("%H:%M")),
            "An: %s" % de_names(recap_to(M))]
    if M["cc"]:
        head.append("Cc: %s" % de_names(recap_cc(M)))
    head.append("Betreff: %s" % recap_subject(M))
    owa = case.get("owa")
    sep = "________________________________\n" if owa else ""
    plain = case["text"] + "\n\n" + sep + "\n".join(head) + "\n\n" + "\n".join(recap_rows(case)) + "\n"
    hh = "<br>\n".join("<b>%s:</b> %s" % (esc(x.split(": ", 1)[0]), esc(x.split(": ", 1)[1])) for x in head)
    if owa:
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
                'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
                '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
                'font-size: 11pt; color: rgb(0, 0, 0);">' + html_lines(case["text"]) +
                '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + hh +
                "</font><div>&nbsp;</div></div>" + recap_rows_html(case) + "</body></html>")
    else:
        ps = "".join("<p class=MsoNormal><span lang=EN-US>%s<o:p></o:p></span></p>\n" % (esc(l) if l else "<o:p>&nbsp;</o:p>")
                     for l in case["text"].split("\n"))
        html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '</head><body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n' + ps +
                "<div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\">" + hh +
                "</p></div></div>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" + recap_rows_html(case) + "\n</div></body></html>")
    cte = case.get("cte", "quoted-printable")
    mid = "FR2P281MB%s" % H("frm", case["num"], n=4).upper()
    b = "_000_%s%s_" % (mid, H("frb", case["num"], n=20).upper())
    node = multi("alternative", b, [text_leaf("plain", plain, "utf-8", cte), text_leaf("html", html, "utf-8", cte)])
    d = case["date"]
    hs = envelope(case) + [recv(case), ("From", sender_addr(case, name=case.get("display"))), ("To", to_bot(case))]
    if case.get("cc"):
        hs.append(("CC", addr_list(cc_pairs(case))))
    hs += [("Subject", ew("AW: " + recap_subject(M))), ("Thread-Topic", ew(recap_subject(M))),
           ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(H("ti", case["num"], n=30))).decode()),
           ("Date", fmt_date(d)), ("Message-ID", "\n <%s%s@%s.DEUP281.PROD.OUTLOOK.COM>" % (mid, H("frx", case["num"], n=28).upper(), mid)),
           ("References", "%s\n %s" % (M["minutes_id"], recap_id(M))), ("In-Reply-To", recap_id(M)),
           ("Accept-Language", "de-DE, en-US"), ("Content-Language", "en-US" if owa else "de-DE"), ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return build_message(hs, node)


def r_outlook_ios(case):
    """Outlook for iOS (English UI) sending for an IMAP account via Microsoft's cloud."""
    M = case["M"]
    rd = rdt(M)
    head = ["From: 纪要助手 <%s>" % bot_addr(M),
            "Sent: %s, %s %d, %d %d:%s %s" % (WD_EN[rd.weekday()], MON_EN[rd.month - 1], rd.day, rd.year, h12(rd),
                                              rd.strftime("%M:%S"), "AM" if rd.hour < 12 else "PM"),
            "To: %s" % outlook_names(recap_to(M))]
    if M["cc"]:
        head.append("Cc: %s" % outlook_names(recap_cc(M)))
    head.append("Subject: %s" % recap_subject(M))
    plain = (case["text"] + "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________\n" +
             "\n".join(head) + "\n\n" + "\n".join(recap_rows(case)) + "\n")
    hh = "<br>\n".join("<b>%s:</b> %s" % (esc(x.split(": ", 1)[0]), esc(x.split(": ", 1)[1])) for x in head)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">' + esc(case["text"]).replace("\n", "<br>") + '</div><div dir="ltr"><br></div><div class="ms-outlook-mobile-signature">'
            'Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + hh +
            "</font><div>&nbsp;</div></div>" + recap_rows_html(case) + "</body></html>")
    mid = "SEZPR06MB%s" % H("sez", case["num"], n=4).upper()
    b = "_000_%s%s_" % (mid, H("sezb", case["num"], n=20).upper())
    node = multi("alternative", b, [text_leaf("plain", plain, "utf-8", "base64"), text_leaf("html", html, "utf-8", "base64")])
    d = case["date"]
    hs = envelope(case) + [recv(case), ("From", sender_addr(case, name=case.get("display"))), ("To", to_bot(case))]
    if case.get("cc"):
        hs.append(("CC", addr_list(cc_pairs(case))))
    hs += [("Subject", ew("Re: " + recap_subject(M))), ("Thread-Topic", ew(recap_subject(M))),
           ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(H("ti", case["num"], n=30))).decode()),
           ("Date", fmt_date(d)), ("Message-ID", "\n <%s%s@%s.apcprd06.prod.outlook.com>" % (mid, H("sezx", case["num"], n=28).upper(), mid)),
           ("References", "%s\n %s" % (M["minutes_id"], recap_id(M))), ("In-Reply-To", recap_id(M)),
           ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return build_message(hs, node)


def r_alimail(case):
    """DingTalk business mail (阿里邮箱): dashed line + '发件人：… 抄　送：… 主　题：' block."""
    M = case["M"]
    rd = rdt(M)
    head = ["------------------------------------------------------------------",
            "发件人：纪要助手 <%s>" % bot_addr(M),
            "发送时间：%d年%d月%d日(星期%s) %s" % (rd.year, rd.month, rd.day, WD_ZH[rd.weekday()], rd.strftime("%H:%M")),
            "收件人：%s" % outlook_names(recap_to(M))]
    if M["cc"]:
        head.append("抄　送：%s" % outlook_names(recap_cc(M)))
    head.append("主　题：%s" % recap_subject(M))
    text = case["text"] + ("\n\n发自钉钉专属商务邮箱" if case.get("mobile") else "")
    plain = text + "\n\n" + "\n".join(head) + "\n\n" + "\n".join(recap_rows(case)) + "\n"
    hh = "".join("<div>%s</div>" % esc(x) for x in head[1:])
    html = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,SimSun;font-size:14.0px;color:#000000;">'
            + html_lines(text) + '</div><blockquote style="margin-right:0;margin-top:0;margin-bottom:0;">'
            '<div style="clear:both;">------------------------------------------------------------------</div>' + hh +
            "<div><br></div>" + recap_rows_html(case) + "</blockquote></div>")
    b = "----=ALIBOUNDARY_%s_%s_%s" % (D("al1", case["num"], n=5), H("al2", case["num"], n=8), D("al3", case["num"], n=3))
    node = multi("alternative", b, [text_leaf("plain", plain, "UTF-8", "base64"), text_leaf("html", html, "UTF-8", "base64")])
    d = case["date"]
    hs = envelope(case) + [recv(case), ("Date", fmt_date(d)), ("From", sender_addr(case, quote=True)), ("To", to_bot(case, quote=True))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case), quote=True)))
    hs += [("Message-ID", "<%s.%s>" % (uuid_of("alid", case["num"]).lower(), pmail(case["sender"]))),
           ("Subject", ew("回复：" + recap_subject(M))),
           ("X-Priority", "3"), ("X-Mailer", "[Alimail-Mailagent revision 1322][W4_%s]" % D("alw", case["num"], n=7))]
    hs += threading(case) + [("MIME-Version", "1.0")]
    return build_message(hs, node)


def r_thunderbird(case):
    """Thunderbird, text only, format=flowed, 8bit. zh-CN or de attribution. bottom=True: reply under the quote."""
    M, loc = case["M"], case.get("locale", "zh")
    if loc == "zh":
        rd = rdt(M)
        attr = "在 %d/%d/%d %s, 纪要助手 写道:" % (rd.year, rd.month, rd.day, rd.strftime("%H:%M"))
        lang = "zh-CN"
    else:
        rd = rdt(M, case.get("tz", CEST))
        attr = "Am %s um %s schrieb 纪要助手:" % (rd.strftime("%d.%m.%y"), rd.strftime("%H:%M"))
        lang = "en-US"
    quoted = attr + "\n" + "\n".join(quote_prefix(recap_rows(case))) + "\n"
    if case.get("bottom"):
        body = quoted + "\n" + case["text"] + "\n"
    else:
        body = case["text"] + "\n\n" + quoted
    node = leaf("text/plain; charset=UTF-8; format=flowed", "8bit", body)
    d = case["date"]
    hs = envelope(case) + [recv(case), ("Message-ID", "<%s@%s>" % (uuid_of("tb", case["num"]).lower(), pmail(case["sender"]).split("@")[1])),
                           ("Date", fmt_date(d)), ("MIME-Version", "1.0"),
                           ("User-Agent", "Mozilla Thunderbird"), ("Subject", ew(recap_subject(M))), ("Content-Language", lang),
                           ("To", to_bot(case))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case))))
    hs += [("References", "%s\n %s" % (M["minutes_id"], recap_id(M))), ("From", sender_addr(case, name=case.get("display"))),
           ("In-Reply-To", recap_id(M))]
    return build_message(hs, node)


def r_android(case):
    """Stock Android mail app: text/plain UTF-8 base64; the typed text ends on the attribution line."""
    M = case["M"]
    rd = rdt(M)
    attr = "在 %d年%d月%d日 %s，纪要助手 <%s> 写道：" % (rd.year, rd.month, rd.day, rd.strftime("%H:%M"), bot_addr(M))
    body = case["text"] + attr + "\n" + "\n".join(quote_prefix(recap_rows(case), ">", ">")) + "\n"
    node = leaf('text/plain; charset="utf-8"', "base64", b64(body.encode("utf-8")))
    d = case["date"]
    hs = envelope(case) + [recv(case), ("Message-ID", "<%s.%s@email.android.com>" % (H("and", case["num"], n=16), D("and2", case["num"], n=10))),
                           ("Date", fmt_date(d)), ("From", sender_addr(case)), ("To", to_bot(case))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case))))
    hs += [("Subject", ew("Re: " + recap_subject(M)))] + threading(case) + [("MIME-Version", "1.0")]
    return build_message(hs, node)


def r_gmail_tw(case):
    """Gmail / Google Workspace web, zh-TW UI: '… 於 2026年4月30日 週四 下午6:41寫道：'."""
    M = case["M"]
    rd = rdt(M)
    attr = "纪要助手 <%s> 於 %d年%d月%d日 週%s %s%d:%02d寫道：" % (bot_addr(M), rd.year, rd.month, rd.day, WD_ZH[rd.weekday()],
                                                          ampm_zh(rd), h12(rd), rd.minute)
    plain = case["text"] + "\n\n\n" + attr + "\n\n" + "\n".join(quote_prefix(recap_rows(case))) + "\n"
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in case["text"].split("\n")) +
            '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' +
            esc(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + recap_rows_html(case) + "</blockquote></div>\n")
    b = "000000000000" + H("gmb", case["num"], n=14)
    node = multi("alternative", b, [text_leaf("plain", plain, "UTF-8", "base64", quote_label=False),
                                    text_leaf("html", html, "UTF-8", "base64", quote_label=False)])
    d = case["date"]
    hs = envelope(case) + [recv(case), ("MIME-Version", "1.0"), ("References", "%s\n %s" % (M["minutes_id"], recap_id(M))),
                           ("In-Reply-To", recap_id(M)), ("From", sender_addr(case)), ("Date", fmt_date(d, True)),
                           ("Message-ID", "<CA%s@mail.gmail.com>" % base64.urlsafe_b64encode(bytes.fromhex(H("gm", case["num"], n=48))).decode().rstrip("=")),
                           ("Subject", ew(recap_subject(M))), ("To", to_bot(case))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case))))
    hs.append(("X-Gm-Features", "AWmQ_bk" + H("gmf", case["num"], n=30)))
    return build_message(hs, node)


def r_feishu(case):
    """Feishu (Lark) Mail: zh or en UI header block; html_only for the mobile app."""
    M = case["M"]
    rd = rdt(M)
    if case.get("locale", "zh") == "zh":
        head = ["发件人: 纪要助手<%s>" % bot_addr(M),
                "发送时间: %d年%d月%d日 (周%s) %s" % (rd.year, rd.month, rd.day, WD_ZH[rd.weekday()], rd.strftime("%H:%M")),
                "收件人: %s" % ", ".join("%s<%s>" % p for p in recap_to(M))]
        if M["cc"]:
            head.append("抄送: %s" % ", ".join("%s<%s>" % p for p in recap_cc(M)))
        head.append("主题: %s" % recap_subject(M))
        prefix = "回复: "
    else:
        head = ["From: 纪要助手<%s>" % bot_addr(M),
                "Date: %s, %s %d, %d, %s" % (WD_EN[rd.weekday()][:3], MON_EN[rd.month - 1][:3], rd.day, rd.year, rd.strftime("%H:%M")),
                "Subject: %s" % recap_subject(M),
                "To: %s" % ", ".join("%s<%s>" % p for p in recap_to(M))]
        if M["cc"]:
            head.append("Cc: %s" % ", ".join("%s<%s>" % p for p in recap_cc(M)))
        prefix = "Re: "
    plain = case["text"] + "\n\n" + "\n".join(head) + "\n\n" + "\n".join(recap_rows(case)) + "\n"
    hh = "".join("<div><b>%s</b> %s</div>" % (esc(x.split(": ", 1)[0] + ":"), esc(x.split(": ", 1)[1])) for x in head)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-size:14px;line-height:1.6">' + html_lines(case["text"]) + "</div><div><br></div>"
            '<div class="history-quote-wrapper"><div style="list-style-position:inside;"><div class="adit-html-block adit-html-block--collapsed" '
            'style="border-left:none;padding-left:0px;"><div style="padding:12px;background:#f5f6f7;color:#1f2329;border-radius:4px;">'
            + hh + '</div><div style="margin-top:12px;">' + recap_rows_html(case) + "</div></div></div></div></body></html>")
    if case.get("html_only"):
        node = text_leaf("html", html, "UTF-8", "base64")
    else:
        b = H("fsb", case["num"], n=32)
        node = multi("alternative", b, [text_leaf("plain", plain, "UTF-8", "base64"), text_leaf("html", html, "UTF-8", "base64")])
    d = case["date"]
    hs = envelope(case) + [recv(case), ("Date", fmt_date(d)), ("From", sender_addr(case, name=case.get("display"))), ("To", to_bot(case))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case))))
    hs += [("Subject", ew(prefix + recap_subject(M))),
           ("Message-Id", "<%s@%s>" % (H("fsid", case["num"], n=32), pmail(case["sender"]).split("@")[1]))]
    hs += threading(case) + [("Mime-Version", "1.0")]
    return build_message(hs, node)


def r_applemail(case):
    """Apple Mail on macOS, zh or de locale: '> 2026年6月16日 16:30，… 写道：' / '> Am … schrieb …:'."""
    M, loc = case["M"], case.get("locale", "zh")
    if loc == "zh":
        rd = rdt(M)
        attr = "%d年%d月%d日 %s，纪要助手 <%s> 写道：" % (rd.year, rd.month, rd.day, rd.strftime("%H:%M"), bot_addr(M))
    else:
        rd = rdt(M, case.get("tz", CEST))
        attr = "Am %s um %s schrieb 纪要助手 <%s>:" % (rd.strftime("%d.%m.%Y"), rd.strftime("%H:%M"), bot_addr(M))
    plain = case["text"] + "\n\n> " + attr + "\n>\n" + "\n".join(quote_prefix(recap_rows(case))) + "\n\n"
    html = ('<html aria-label="%s"><head>' % ("邮件正文" if loc == "zh" else "Nachrichtentext") + '<meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' +
            esc(case["text"]).replace("\n", "<br>") + '<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite">'
            '<div>' + esc(attr) + "</div><br class=\"Apple-interchange-newline\"><div><div>" + recap_rows_html(case) +
            "</div></div></blockquote></div><br></body></html>")
    b = "Apple-Mail=_" + uuid_of("amb", case["num"])
    node = multi("alternative", b, [text_leaf("plain", plain, "utf-8", "quoted-printable", quote_label=False),
                                    text_leaf("html", html, "utf-8", "quoted-printable", quote_label=False)])
    d = case["date"]
    hs = envelope(case) + [recv(case), ("From", sender_addr(case, name=case.get("display"))),
                           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
                           ("Subject", ew(recap_subject(M))), ("Date", fmt_date(d))]
    if case.get("cc"):
        hs.append(("Cc", addr_list(cc_pairs(case))))
    hs += [("In-Reply-To", recap_id(M)), ("To", to_bot(case)),
           ("References", "%s\n %s" % (M["minutes_id"], recap_id(M))),
           ("Message-Id", "<%s@%s>" % (uuid_of("amid", case["num"]), pmail(case["sender"]).split("@")[1])),
           ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    return build_message(hs, node, ct_after="From")


def r_exmail_autoreply(case):
    """Tencent Exmail holiday auto-reply to the recap."""
    M, lab = case["M"], "gb18030"
    node = text_leaf("plain", case["text"] + "\n", lab, "base64")
    d = case["date"]
    case["rcpt"] = bot_addr(M)
    hs = envelope(case) + [recv(case, 1), ("From", sender_addr(case, lab, True)), ("To", addr("纪要助手", bot_addr(M), lab, True)),
                           ("Subject", ew("自动回复: " + recap_subject(M), lab)), ("Mime-Version", "1.0"),
                           ("Date", fmt_date(d, True)), ("Message-ID", "<tencent_%s@qq.com>" % H("mid", case["num"], n=36).upper()),
                           ("In-Reply-To", recap_id(M)), ("References", recap_id(M)),
                           ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
                           ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    return build_message(hs, node)


def r_exchange_ndr(case):
    """Exchange Online non-delivery report (German) for the recap sent to a deleted mailbox."""
    M = case["M"]
    rcpt = KRAEMER[1]
    server = "FR2P281MB0977.DEUP281.PROD.OUTLOOK.COM"
    d = case["date"]
    arr = M["recap_dt"].astimezone(UTC) + dt.timedelta(seconds=9)
    text = ("Ihre Nachricht hat %s nicht erreicht, weil die E-Mail-Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.\n\n"
            "Wenden Sie sich an den Empfänger, um die richtige Adresse zu erfragen, oder versuchen Sie es später erneut.\n\n"
            "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: %s\n\n%s\nRemoteserver hat "
            "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.\n\n"
            "Ursprüngliche Nachrichtenkopfzeilen:\n\nFrom: =?UTF-8?B?57qq6KaB5Yqp5omL?= <%s>\nTo: %s\nSubject: %s\n"
            "Date: %s\nMessage-ID: %s\n" % (rcpt, server, rcpt, bot_addr(M), rcpt, recap_subject(M),
                                         fmt_date(M["recap_dt"]), recap_id(M)))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<p><b><font color="#000066" size="3" face="Arial">Ihre Nachricht hat <a href="mailto:%s">%s</a> nicht erreicht, weil die '
            'E-Mail-Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.</font></b></p>'
            '<p><font face="Arial" size="2">Diagnoseinformationen für Administratoren:</font></p><p><font face="Arial" size="2">'
            'Generierender Server: %s<br><br>%s<br>Remoteserver hat \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by '
            'SMTP address lookup\' zurückgegeben.</font></p></body></html>' % (rcpt, rcpt, server, rcpt))
    ds = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;mail.%s\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
          % (server, meeting_domain(M), fmt_date(arr), rcpt))
    orig = ("Return-Path: <%s>\nFrom: =?UTF-8?B?57qq6KaB5Yqp5omL?= <%s>\nTo: %s\nCc: %s\nSubject: %s\nDate: %s\n"
            "Message-ID: %s\nIn-Reply-To: %s\nReply-To: =?UTF-8?B?57qq6KaB5Yqp5omL?= <%s>\nAuto-Submitted: auto-generated\n"
            "X-Auto-Response-Suppress: OOF, AutoReply\nMIME-Version: 1.0\n"
            % (bot_addr(M), bot_addr(M), ", ".join("<%s>" % e for n, e in recap_to(M)), ", ".join("<%s>" % e for n, e in recap_cc(M)),
               recap_subject(M), fmt_date(M["recap_dt"]), recap_id(M), M["minutes_id"], signed_addr(M)))
    b_alt = "_002_%s_" % H("ndr2", case["num"], n=24).upper()
    b_rep = "_001_%s_" % H("ndr1", case["num"], n=24).upper()
    alt = multi("alternative", b_alt, [text_leaf("plain", text, "utf-8", "quoted-printable"), text_leaf("html", html, "utf-8", "quoted-printable")])
    node = multi("report", b_rep, [alt, leaf("message/delivery-status", None, ds), leaf("text/rfc822-headers", None, orig)],
                 params=" report-type=delivery-status;")
    case["rcpt"] = bot_addr(M)
    hs = envelope(case, ret="") + [recv(case, 2),
        ("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brandauer.example.de>"),
        ("To", "<%s>" % bot_addr(M)), ("Date", fmt_date(d)),
        ("Subject", ew("Unzustellbar: " + recap_subject(M))),
        ("Thread-Topic", recap_subject(M)),
        ("Message-ID", "\n <%s@%s>" % (uuid_of("ndrid", case["num"]).lower(), server)),
        ("In-Reply-To", recap_id(M)), ("References", recap_id(M)),
        ("MIME-Version", "1.0")]
    hs2 = [("X-MS-PublicTrafficType", "Email"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE"),
           ("Auto-Submitted", "auto-replied")]
    return build_message(hs + hs2, node, ct_after="MIME-Version")


RENDER = {
    "exmail_web": r_exmail_web, "foxmail": r_foxmail, "iphone": r_iphone, "mailmaster": r_mailmaster,
    "netease_web": r_netease_web, "outlook_zh": r_outlook_zh, "outlook_tw": r_outlook_tw, "outlook_de": r_outlook_de,
    "outlook_ios": r_outlook_ios, "alimail": r_alimail, "thunderbird": r_thunderbird, "android": r_android,
    "gmail_tw": r_gmail_tw, "feishu": r_feishu, "applemail": r_applemail, "exmail_autoreply": r_exmail_autoreply,
    "exchange_ndr": r_exchange_ndr,
}


# ---------------------------------------------------------------------------------------
# The 50 cases
# ---------------------------------------------------------------------------------------
def R(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": sorted(set(items)), "percent": percent, "new_due_date": new_due}


SIG_CZM = "陈志明\n后勤保障部\n手机：138 5949 2207"
SIG_GJJ = "顾建军\n盐城鹤鸣物业服务有限公司 汇景苑项目部 项目经理\n电话：0515-8832 6710  手机：139 0515 6621"
SIG_TW = "張雅雯 Ya-wen Chang\n啟蒙教具股份有限公司 業務部\nTel: 04-2358-6671 #215"
SIG_TANG = "唐伟\n盐城通达电梯工程有限公司 维保部\n电话：0515-8851 2093"
SIG_KATRIN = ("Mit freundlichen Grüßen / Best regards\n\nKatrin Vogel\nSupplier Quality Engineer | Qualitätsmanagement Einkauf\n"
              "Brandauer Antriebstechnik GmbH\nIndustriestraße 14 | 73525 Schwäbisch Gmünd | Germany\nTel. +49 7171 9940-318\n"
              "katrin.vogel@brandauer.example.de\n\n" + BRANDAUER_FOOT)
SIG_KEVIN = "Best regards\nKevin Sun 孙浩\nQuality Manager | 质量部\nNingbo Yongling Precision Auto Parts Co., Ltd.\nTel: +86 574 8690 2231"

CASES = [
    # ---------------- M1: 清明假期安全暨春季亲子游筹备会 (recap Thu 2026-04-02 11:42) ----------------
    dict(num=6151, slug="m1-confirm-exmail-gb18030", m="M1", sender="zhenglihua", date=t(2026, 4, 2, 12, 10, 33),
         client="exmail_web", cc=["linxiujuan"],
         text="收到，确认。\n各园按分工抓紧落实，清明假期安全是重点。",
         reply=R("confirm"), kind_label="plain",
         notes="Plain Exmail/QQ-web reply (gb18030, base64) from the group head: '收到，确认。' -> confirm, no item number -> items []. "
               "The second sentence is an exhortation, not a command. Everything from the QQ '原始邮件' separator on is the quoted recap, "
               "whose footer lists every command word (有异议/已完成/进度80%/延期至10月20日)."),
    dict(num=6152, slug="m1-done-by-content-iphone", m="M1", sender="zhenghaiyan", date=t(2026, 4, 3, 16, 48, 21),
         client="iphone", cc=["linxiujuan"], cte="quoted-printable",
         text="林部长：\n告家长书已全部发放，回执今天下午收齐了，城厢园共312份，无遗漏。",
         reply=R("done"), kind_label="content-match",
         notes="iPhone Mail, Friday 2026-04-03 (the day before Qingming). Done without an item number: items []. content-match [1] "
               "(郑海燕's only item in M1 is #1 '发放清明假期安全告家长书并收齐回执'; '告家长书'/'回执' match). '312份' is a count, not a percent "
               "or item. '发自我的iPhone' is the mobile footer; the '> 在 2026年4月2日，11:42，纪要助手 … 写道：' block is quoted."),
    dict(num=6153, slug="m1-object-owner-foxmail-gbk", m="M1", sender="huangliping", date=t(2026, 4, 2, 15, 30, 8),
         client="foxmail", cc=["linxiujuan", "zhenglihua"], fox_sig="黄丽萍\n保健膳食部",
         text="林部长：\n有异议：第5项“公示4月份带量食谱”建议改由各园保健医负责，集团保健膳食部只做审核，否则各园的食材用量我这边统计不过来。",
         reply=R("object", [5]), kind_label="plain",
         notes="Foxmail GBK base64, before the 18:00 cut-off. '有异议：第5项…' -> object, items [5]; the reason is about the owner, "
               "no date proposed. '4月份' is part of the task name, not a date. Quote = Foxmail '发件人： 纪要助手 / 发送时间： …' block "
               "(full-width colons, no '>' prefix)."),
    dict(num=6154, slug="m1-done-ambiguous-owner-of-two-mailmaster", m="M1", sender="chenzhiming", date=t(2026, 4, 7, 17, 40, 2),
         client="mailmaster", cc=["linxiujuan"],
         text="已完成，相关单据明天一早交园务部。",
         reply=R("done"), kind_label="ambiguous",
         notes="AMBIGUOUS item. 网易邮箱大师 (Android) reply from 陈志明, who owns two M1 items (#3 大巴资质核验 and #4 消防器材检查), "
               "with no number and no task words: intent done, items [], no content-match (the bot has to ask which item). "
               "'明天一早' is when paperwork is handed over, not a date request."),
    dict(num=6155, slug="m1-done-content-fire-check-foxmail", m="M1", sender="chenzhiming", date=t(2026, 4, 8, 10, 15, 44),
         client="foxmail", cc=["linxiujuan"], fox_sig=SIG_CZM,
         text="林部长：\n昨天回复没写清楚，补充一下：各园区消防器材已全部检查完毕，灭火器压力都正常，过期的4具已更换，照片已上传共享盘“后勤/消防检查”文件夹。",
         reply=R("done"), kind_label="content-match",
         notes="Foxmail GBK, the follow-up to case 6154. Done by task words, no number: items []. content-match [4] — 陈志明 owns #3 and #4, "
               "and only #4 '完成各园区消防器材检查并拍照留档' matches (消防器材/检查/照片). '4具' is a count; the phone number in the "
               "signature is noise."),
    dict(num=6156, slug="m1-extend-next-wednesday-exmail", m="M1", sender="wuxiaoling", date=t(2026, 4, 7, 9, 5, 12),
         client="exmail_web", cc=["linxiujuan"],
         text="林部长好：\n第2项亲子游方案要等两家旅行社的报价和保险条款，申请推迟到下周三。\n吴晓玲",
         reply=R("extend", [2], new_due="2026-04-15"), rule=("next_week", 2), kind_label="plain",
         notes="Exmail web gb18030, sent Tue 2026-04-07, the first working day after Qingming (04-04..06). '申请推迟到下周三' -> extend #2; "
               "下周三 = Wednesday of the following calendar week (04-13..19) = 2026-04-15 (current due 04-10)."),
    dict(num=6157, slug="m1-progress-half-iphone-b64", m="M1", sender="caiyating", date=t(2026, 4, 10, 16, 30, 55),
         client="iphone", cte="base64",
         text="第6项：保险名单已收了一半，还有中班和大班的没交齐，周一前报送。",
         reply=R("progress", [6], percent=50), kind_label="plain",
         notes="iPhone Mail (base64 UTF-8), Fri 2026-04-10. '保险名单已收了一半' -> progress, percent 50 ('一半' = 50). '周一前报送' "
               "restates the current due date (Mon 04-13) and is not an extension."),
    # ---------------- M2: 2026年秋季招生工作会 (recap Thu 2026-04-30 18:41, after the cut-off -> deadline 05-06 18:00) ----------------
    dict(num=6158, slug="m2-auto-ooo-exmail-labour-day", m="M2", sender="xuwenbin", date=t(2026, 4, 30, 18, 41, 9),
         client="exmail_autoreply", kind="auto",
         text="您好，我于4月30日至5月5日休假，5月6日（周三）返岗，期间不能及时处理邮件。\n网站及公众号相关事宜请联系信息部值班电话 0594-2698 5521。\n\n许文斌\n莆田市木兰幼教集团 信息部",
         reply=None, kind_label="auto",
         notes="Exmail holiday auto-reply to the recap, seconds after it was sent: 'Auto-Submitted: auto-replied', 'X-Autoreply: yes', "
               "Subject '自动回复: Re: …'. kind auto even though the body has dates (5月6日) that look like an extension."),
    dict(num=6159, slug="m2-confirm-item4-taiwan-gmail", m="M2", sender="zhangyawen", date=t(2026, 5, 2, 10, 20, 40),
         client="gmail_tw", cc=["linxiujuan", "caiyating"],
         text="林部長您好：\n\n收到，第4項沒有問題，確認。展示清單與報價會在5月8日前寄給蔡主任。\n\n" + SIG_TW,
         reply=R("confirm", [4]), kind_label="traditional",
         notes="Taiwan partner, Gmail (Google Workspace) zh-TW UI, Sat 2026-05-02 (mainland Labour Day holiday). Traditional Chinese "
               "'第4項…確認' -> confirm, items [4] (a written number is kept). '5月8日前' restates the current due (05-08), not a request. "
               "Quote starts at '纪要助手 <…> 於 2026年4月30日 週四 下午6:41寫道：'."),
    dict(num=6160, slug="m2-question-item6-exmail", m="M2", sender="zhenglihua", date=t(2026, 5, 6, 9, 30, 18),
         client="exmail_web", cc=["linxiujuan"],
         text="秀娟：第6项家长接待培训，能否把各园门卫和保育员也一起纳入？另外培训课件请提前发我看一下。",
         reply=R("unknown", [6]), kind_label="question",
         notes="Question from the group head (not the owner) on 2026-05-06, the first working day after Labour Day: asks for no change "
               "of status or date -> unknown, items [6] (the written number is kept), percent/date null."),
    dict(num=6161, slug="m2-done-item4-taiwan-iphone-pdf", m="M2", sender="zhangyawen", date=t(2026, 5, 7, 14, 5, 37),
         client="iphone", locale="tw", cte="base64", cc=["linxiujuan", "caiyating"],
         attach=dict(filename="開放日教具展示清單及報價.pdf", font="MSung-Light", title="開放日教具展示清單及報價",
                     lines=["啟蒙教具股份有限公司  開放日蒙氏教具展示清單及報價", "1. 粉紅塔（10件） NT$ 3,200", "2. 棕色梯（10件） NT$ 3,600",
                            "3. 數棒（10支） NT$ 2,800", "4. 幾何圖形嵌板櫃 NT$ 9,500", "報價有效期：2026年6月30日"]),
         text="林部長、蔡主任好：\n第4項已完成。教具展示清單及報價單如附件，樣品教具已於5月6日由台中寄出，預計下週一到莆田。",
         reply=R("done", [4]), kind_label="traditional",
         notes="iPhone zh-TW ('從我的 iPhone 傳送'), multipart/mixed with a PDF (RFC 2231 filename). '第4項已完成' -> done [4]. "
               "'已於5月6日…寄出' and '預計下週一到' are facts/ETA, not an extension."),
    dict(num=6162, slug="m2-extend-absolute-date-foxmail", m="M2", sender="xuwenbin", date=t(2026, 5, 8, 11, 0, 26),
         client="foxmail", cc=["linxiujuan", "caiyating"], fox_sig="许文斌 信息部",
         text="林部长：\n第2项官网和公众号招生页面要等招生简章定稿后才能上线，简章明天才定稿，申请延期至5月13日。",
         reply=R("extend", [2], new_due="2026-05-13"), rule=("abs", "2026-05-13"), kind_label="plain",
         notes="Foxmail GBK, Fri 2026-05-08. '申请延期至5月13日' -> extend #2 to 2026-05-13 (current due 05-11). '明天' is context."),
    dict(num=6163, slug="m2-done-content-makeup-saturday-gb2312-label", m="M2", sender="caiyating", date=t(2026, 5, 9, 9, 50, 3),
         client="foxmail", charset="gb2312", cc=["linxiujuan"], fox_sig="蔡雅婷\n招生办",
         text="林部长：\n招生简章已定稿，PDF版和印刷样张已发各园园长，印刷厂周二送货。\n城厢园的招生咨询电话已更新，感谢郑玥老师帮忙核对。",
         reply=R("done"), kind_label="content-match",
         notes="Foxmail with charset label gb2312 carrying GBK-only 玥 (decode as GBK), sent Sat 2026-05-09 — a Labour Day make-up "
               "working day. Done by task words: items []; content-match [1] (蔡雅婷's only M2 item, '输出秋季招生简章定稿'). "
               "'周二送货' is an ETA, not a request."),
    dict(num=6164, slug="m2-progress-seventy-percent-exmail", m="M2", sender="chenzhiming", date=t(2026, 5, 13, 15, 10, 48),
         client="exmail_web", cc=["linxiujuan"],
         text="第5项：开放日物料采购完成七成，易拉宝、桌签已到，气球拱门和背景板还在制作，周五前能全部到位。\n" + SIG_CZM,
         reply=R("progress", [5], percent=70), kind_label="plain",
         notes="Exmail web gb18030. '完成七成' -> progress, percent 70. '周五前能全部到位' is an ETA equal to the current due "
               "(Fri 05-15), not an extension."),
    # ---------------- M3: 暑期托管班筹备会 (recap Wed 2026-07-01 15:20) ----------------
    dict(num=6165, slug="m3-confirm-mailmaster-ios", m="M3", sender="caiyating", date=t(2026, 7, 1, 16, 5, 29),
         client="mailmaster",
         text="确认无异议，报名通知明天上午在公众号和家长群发布。",
         reply=R("confirm"), kind_label="plain",
         notes="网易邮箱大师 reply: '确认无异议' -> confirm (无异议 contains 异议 but is a confirmation). '明天上午' is when the owner "
               "will act, not a request. Quote '---- 回复的原邮件 ----' with | 发件人 | rows."),
    dict(num=6166, slug="m3-done-inline-under-row-foxmail", m="M3", sender="wuxiaoling", date=t(2026, 7, 3, 17, 20, 6),
         client="foxmail", cc=["linxiujuan"], fox_sig="吴晓玲\n荔城园",
         inline={2: ("【吴晓玲】已完成，值班表已发各班教师群，7月6日起执行。",
                     '<br><span style="color:#FF0000">【吴晓玲】已完成，值班表已发各班教师群，7月6日起执行。</span>')},
         text="林部长：我的情况直接写在下面表格里了。",
         reply=R("done", [2]), kind_label="inline",
         notes="Answer typed inside the quoted recap, under row 2 (red text in HTML, its own line in the text part): '【吴晓玲】已完成…' "
               "-> done, items [2] (the row's number). The top text has no command. '7月6日起执行' is a fact, not an extension."),
    dict(num=6167, slug="m3-extend-day-15-foxmail", m="M3", sender="chenzhiming", date=t(2026, 7, 6, 10, 30, 50),
         client="foxmail", cc=["linxiujuan"], fox_sig=SIG_CZM,
         text="林部长：\n第3项暑期园舍维修询价，目前只收到一家报价（屋面防水），外墙和围栏还差两家，申请延到15号。",
         reply=R("extend", [3], new_due="2026-07-15"), rule=("dom", 15), kind_label="plain",
         notes="Foxmail GBK, Mon 2026-07-06. '申请延到15号' -> extend #3; '15号' = the 15th of the current month (not yet past) = 2026-07-15."),
    dict(num=6168, slug="m3-done-attachment-exmail", m="M3", sender="huangliping", date=t(2026, 7, 7, 16, 40, 15),
         client="exmail_web", cc=["linxiujuan"],
         attach=dict(filename="食堂消杀记录及供应商资质复核表.pdf", font="STSong-Light", title="食堂消杀记录及供应商资质复核表",
                     lines=["木兰幼教集团 暑期食堂消杀记录及食材供应商资质复核表", "消杀日期：2026年7月6日  执行单位：莆田洁安消杀服务部",
                            "供应商1：荔城区鲜丰蔬菜配送  营业执照/食品经营许可证：有效", "供应商2：涵江肉联  检疫合格证明：有效",
                            "供应商3：莆田禾田粮油  食品经营许可证：有效"]),
         text="第5项已完成。食堂消杀记录和3家食材供应商的资质复核表见附件。\n黄丽萍",
         reply=R("done", [5]), kind_label="plain",
         notes="Exmail web gb18030 with a PDF attachment (RFC 2231 gb18030 filename): '第5项已完成' -> done [5]. '3家' is a count."),
    dict(num=6169, slug="m3-extend-next-monday-taiwan-gmail", m="M3", sender="zhangyawen", date=t(2026, 7, 8, 11, 15, 2),
         client="gmail_tw", cc=["linxiujuan"],
         text="林部長您好：\n\n第4項繪本課授權續約需要台中總公司用印，合約目前在法務，可否延到下週一？\n\n" + SIG_TW,
         reply=R("extend", [4], new_due="2026-07-13"), rule=("next_week", 0), kind_label="traditional",
         notes="Gmail zh-TW, Wed 2026-07-08 (the item's due day). '可否延到下週一' is a request to move the date -> extend #4; "
               "下週一 = Monday of the following calendar week = 2026-07-13."),
    # ---------------- M4: 汇景苑二次供水水箱清洗及电梯年检协调会 (recap Tue 2026-04-21 16:05) ----------------
    dict(num=6170, slug="m4-confirm-organizer-outlook-gb2312-qp", m="M4", sender="gujianjun", date=t(2026, 4, 21, 16, 30, 12),
         client="outlook_zh", cte="quoted-printable", cc=["bianxiaowen", "jihaitao", "xuelixin"],
         text="各位：\n确认，无异议。停水时间定在4月28日（周二）8:00-18:00，请按分工落实。\n\n" + SIG_GJJ,
         reply=R("confirm"), kind_label="plain",
         notes="Outlook 2016 zh-CN, gb2312 quoted-printable, '答复: Re:' subject. '确认，无异议' -> confirm. The outage date/time is "
               "information, not an extension. Quote = Outlook '发件人: / 发送时间:' block without a separator line in the text part."),
    dict(num=6171, slug="m4-done-item1-netease-web", m="M4", sender="bianxiaowen", date=t(2026, 4, 22, 9, 10, 41),
         client="netease_web", cc=["gujianjun"],
         text="顾经理：\n第1项已完成，停水通知已张贴到各单元门口，业主群也已发布。\n卞晓雯 客服部",
         reply=R("done", [1]), kind_label="plain",
         notes="网易企业邮箱 web (Coremail XT5), GBK base64. '第1项已完成' -> done [1]. Quote begins at '在 2026-04-21 16:05:12，\"纪要助手\" … 写道：'."),
    dict(num=6172, slug="m4-progress-ambiguous-contractor-dingtalk", m="M4", sender="tangwei", date=t(2026, 4, 23, 17, 20, 7),
         client="alimail", mobile=True,
         text="目前进度80%，明天下午能全部弄完。",
         reply=R("progress", percent=80), kind_label="ambiguous",
         notes="AMBIGUOUS item. DingTalk business mail (mobile footer '发自钉钉专属商务邮箱') from the lift contractor, who owns #3 and #4 "
               "of M4; no number, no task words -> progress 80, items [], no content-match. '明天下午' is an ETA."),
    dict(num=6173, slug="m4-done-content-building-3-dingtalk", m="M4", sender="tangwei", date=t(2026, 4, 24, 15, 0, 33),
         client="alimail", cc=["gujianjun"],
         text="顾经理：\n3号楼电梯异响查过了，是导靴靴衬磨损，已更换新靴衬，试运行正常，已完成。\n\n" + SIG_TANG,
         reply=R("done"), kind_label="content-match",
         notes="DingTalk mail (阿里邮箱 web). Done by task words; '3号楼' is a building number, NOT 第3项 -> items []. content-match [4]: "
               "唐伟 owns #3 (年检资料报特检院) and #4 '排查3号楼电梯运行异响'; only #4 matches (电梯/异响/3号楼)."),
    dict(num=6174, slug="m4-done-bottom-posted-thunderbird", m="M4", sender="xuelixin", date=t(2026, 4, 27, 8, 30, 19),
         client="thunderbird", bottom=True, cc=["gujianjun"],
         text="第5项已完成。临时供水点设在2号门岗和5号楼东侧，各放一个两吨水箱，停水当天（28日）安排两名队员值守。\n\n薛立新\n安保部",
         reply=R("done", [5]), kind_label="bottom-post",
         notes="Thunderbird zh-CN, text/plain format=flowed 8bit, BOTTOM-POSTED: the whole recap is quoted first ('在 2026/4/21 16:05, "
               "纪要助手 写道:' + '>' lines) and the new text follows it. '第5项已完成' -> done [5]. '2号门岗', '5号楼', '28日' are not item "
               "references or requests."),
    dict(num=6175, slug="m4-extend-after-labour-day-mailmaster", m="M4", sender="jihaitao", date=t(2026, 4, 28, 14, 20, 45),
         client="mailmaster", cc=["gujianjun"],
         text="第2项：1#、2#水箱已清洗消毒完毕，水样已送疾控，检测报告要节后才能出，申请延期到节后第一个工作日。",
         reply=R("extend", [2], new_due="2026-05-06"), rule=("after_holiday",), kind_label="plain",
         notes="网易邮箱大师, Tue 2026-04-28 (the item's due day). '申请延期到节后第一个工作日' -> extend #2; the next holiday block is "
               "Labour Day 05-01..05-05, so the first working day after it is Wed 2026-05-06. '1#、2#' are tank numbers."),
    dict(num=6176, slug="m4-extend-5-workdays-makeup-saturday-dingtalk", m="M4", sender="tangwei", date=t(2026, 4, 29, 10, 0, 58),
         client="alimail", cc=["gujianjun"],
         text="顾经理：\n第3项年检资料已整理好，但特检院这周排不上，五一前报不上去，申请延期，5个工作日内报送完毕。\n\n" + SIG_TANG,
         reply=R("extend", [3], new_due="2026-05-09"), rule=("workdays", 5), kind_label="workdays",
         notes="DingTalk mail, Wed 2026-04-29. '申请延期，5个工作日内报送完毕' -> extend #3. Counting working days from the day after "
               "sending: 04-30 (1), [05-01..05-05 Labour Day off], 05-06 (2), 05-07 (3), 05-08 (4), Sat 05-09 make-up working day (5) "
               "-> 2026-05-09. '五一前' is context, not the new date."),
    dict(num=6177, slug="m4-done-on-attribution-line-android", m="M4", sender="bianxiaowen", date=t(2026, 5, 8, 17, 35, 26),
         client="android", cc=["gujianjun"],
         text="第6项已完成，水质检测报告已贴到各单元公告栏和业主群。",
         reply=R("done", [6]), kind_label="attribution-line",
         notes="Stock Android mail app, text/plain base64: the typed text and the attribution '在 2026年4月21日 16:05，纪要助手 <…> 写道：' "
               "are on ONE line (no line break after the reply). '第6项已完成' -> done [6]; the rest of that line and the '>' lines are quote."),
    # ---------------- M5: 汛期防汛暨端午假期值班安排会 (recap Mon 2026-06-15 17:30) ----------------
    dict(num=6178, slug="m5-confirm-mailmaster", m="M5", sender="xuelixin", date=t(2026, 6, 15, 17, 45, 3),
         client="mailmaster",
         text="确认。值班表明天上午报给顾经理。",
         reply=R("confirm"), kind_label="plain",
         notes="网易邮箱大师 one-liner '确认。' -> confirm, items []. '明天上午' restates the due of his item (#3, 06-16)."),
    dict(num=6179, slug="m5-object-no-date-netease-web", m="M5", sender="bianxiaowen", date=t(2026, 6, 15, 17, 50, 37),
         client="netease_web", cc=["gujianjun"],
         text="顾经理：\n对第4项有异议：端午假期的服务安排要等公司行政发放假通知才能确定，现在发温馨提示容易前后不一致，建议等通知下来再发。\n卞晓雯 客服部",
         reply=R("object", [4]), kind_label="plain",
         notes="网易企业邮 web GBK, before the 18:00 cut-off. '对第4项有异议：…' -> object [4]; no date proposed."),
    dict(num=6180, slug="m5-thanks-organizer-outlook", m="M5", sender="gujianjun", date=t(2026, 6, 15, 18, 20, 9),
         client="outlook_zh", cte="quoted-printable", cc=["jihaitao", "xuelixin", "bianxiaowen", "yanzhigang", "wangqian"],
         text="辛苦各位！端午假期请值班人员保持手机畅通，下雨天重点盯住地下车库和配电房。\n\n" + SIG_GJJ,
         reply=R("unknown"), kind_label="thanks",
         notes="Organizer's thank-you after the cut-off: asks for no change -> unknown, items [], percent/date null. Outlook zh-CN gb2312 QP."),
    dict(num=6181, slug="m5-done-two-items-outlook-b64", m="M5", sender="jihaitao", date=t(2026, 6, 17, 16, 50, 14),
         client="outlook_zh", cte="base64", prefix="回复: ", cc=["gujianjun"],
         text="顾经理：\n第1、2项都已完成：地下车库3个出入口挡水板和200只沙袋已到位，排水泵和集水井也检修过了，2号泵换了浮球开关。\n\n季海涛\n工程部",
         reply=R("done", [1, 2]), kind_label="several",
         notes="Outlook (Microsoft 365 build, '回复:' prefix), gb2312 base64. Several items in one sentence: '第1、2项都已完成' -> done [1, 2]. "
               "'3个出入口', '200只', '2号泵' are counts/equipment numbers, not items."),
    dict(num=6182, slug="m5-progress-sixty-foxmail", m="M5", sender="wangqian", date=t(2026, 6, 18, 11, 20, 27),
         client="foxmail", cc=["gujianjun"], fox_sig="王倩\n采购部",
         text="第6项：应急照明灯40套已到货，防汛物资到了大概六成，沙袋和雨衣还在路上。",
         reply=R("progress", [6], percent=60), kind_label="plain",
         notes="Foxmail GBK, Thu 2026-06-18 (last working day before Dragon Boat). '到了大概六成' -> progress, percent 60 ('六成' = 60, "
               "like 七成 = 70). '40套' is a count."),
    dict(num=6183, slug="m5-extend-month-end-netease-html-only", m="M5", sender="yanzhigang", date=t(2026, 6, 23, 9, 40, 51),
         client="netease_web", html_only=True, cc=["gujianjun"],
         text="顾经理：第5项外立面隐患排查需要租高空作业车，租车公司端午后才有车，申请延期到月底。\n严志刚",
         reply=R("extend", [5], new_due="2026-06-30"), rule=("month_end",), kind_label="html-only",
         notes="HTML-only (single text/html part, GBK base64) from 网易企业邮 web. '申请延期到月底' -> extend #5; 月底 = last calendar day "
               "of the month = 2026-06-30. '端午后' is context, not the new date."),
    dict(num=6184, slug="m5-extend-two-more-days-zh-foxmail", m="M5", sender="wangqian", date=t(2026, 6, 24, 15, 40, 2),
         client="foxmail", cc=["gujianjun"], fox_sig="王倩\n采购部",
         text="顾经理：\n第6项防汛物资还差沙袋和雨衣，供应商说还要两天才能到货，申请顺延。",
         reply=R("extend", [6], new_due="2026-06-26"), rule=("plus_due", 6, 2), kind_label="plain",
         notes="Foxmail GBK, Wed 2026-06-24 (the item's due day). '还要两天…申请顺延' -> extend #6; per convention 'two more days/还要两天' "
               "= two calendar days after the item's current due (06-24) = 2026-06-26."),
    # ---------------- M6: BR-218 PPAP & Q2 quality review, English recap (Tue 2026-05-12 17:11 CST) ----------------
    dict(num=6185, slug="m6-object-item1-owa-de", m="M6", sender="katrin", date=t(2026, 5, 12, 9, 50, 21, tz=UTC),
         client="outlook_de", owa=True, cte="base64", display="Vogel, Katrin", cc=["sunhao", "markus"],
         text="Hello Kevin,\n\nobjection to item 1: for BR-218 we need a Level 4 submission (PSW plus the full dimensional and material "
              "reports for all 4 cavities), not Level 3. Please correct the item.\n\n" + SIG_KATRIN,
         reply=R("object", [1]), kind_label="english",
         notes="Outlook on the web (de-DE) from the German customer; Date is +0000 (09:50 UTC = 17:50 Shanghai, before the cut-off). "
               "'objection to item 1: …' -> object [1]. 'Level 4'/'Level 3'/'4 cavities' are not item references. Quote starts at the "
               "OWA '________________________________' / 'Von: … Gesendet: Dienstag, 12. Mai 2026 11:11' block."),
    dict(num=6186, slug="m6-auto-ndr-exchange-de", m="M6", sender="katrin", date=t(2026, 5, 12, 9, 11, 41, tz=UTC),
         client="exchange_ndr", kind="auto",
         text="", reply=None, kind_label="auto",
         notes="Exchange Online non-delivery report in German ('Unzustellbar: Re: …', multipart/report; report-type=delivery-status, "
               "Return-Path <>, From Microsoft Outlook <MicrosoftExchange…>) for the recap copy sent to a deleted mailbox "
               "(thomas.kraemer@…). kind auto; it quotes the recap's headers and must not be read as a reply."),
    dict(num=6187, slug="m6-question-item5-applemail-de", m="M6", sender="markus", date=t(2026, 5, 13, 14, 20, 38, tz=CEST),
         client="applemail", locale="de", cc=["sunhao", "katrin"],
         text="Hi Kevin,\n\nthanks for the summary. For item 5 – will the run-at-rate audit also cover the sub-supplier for the plastic "
              "clips, or only your line in Ningbo?\n\nBest,\nMarkus\n\nMarkus Brandt\nSenior SQE | Brandauer Antriebstechnik GmbH\n"
              "Tel. +49 7171 9940-322",
         reply=R("unknown", [5]), kind_label="question",
         notes="Apple Mail (macOS, German locale: '> Am 12.05.2026 um 11:11 schrieb 纪要助手 <…>:'), English text. A question about item 5 "
               "-> unknown, items [5], no percent/date. 'thanks' does not make it a confirm."),
    dict(num=6188, slug="m6-extend-next-tuesday-outlook-de", m="M6", sender="katrin", date=t(2026, 5, 14, 7, 30, 5, tz=UTC),
         client="outlook_de", display="Vogel, Katrin", cc=["sunhao"],
         text="Hi Kevin,\n\nitem 3: our packaging engineer is out until Monday, so I cannot approve the revised packaging specification "
              "by tomorrow. Could we move it to next Tuesday?\n\n" + SIG_KATRIN,
         reply=R("extend", [3], new_due="2026-05-19"), rule=("next_week", 1), kind_label="english",
         notes="Outlook for Windows (de-DE) on Exchange Online, Date Thu 07:30 +0000 = Thu 2026-05-14 15:30 Shanghai. 'Could we move it to "
               "next Tuesday?' -> extend #3; next Tuesday = Tuesday of the following calendar week = 2026-05-19. 'until Monday' and "
               "'by tomorrow' are context. Subject 'AW: Re: …'."),
    dict(num=6189, slug="m6-extend-the-21st-outlook-ios", m="M6", sender="wujianjun", date=t(2026, 5, 14, 16, 5, 44),
         client="outlook_ios", display="Jason Wu", cc=["sunhao", "katrin"],
         text="Hi Katrin,\nItem 4: the 8D for Q-26-0417 is still waiting for the lab's cross-section results (expected May 19). "
              "Could we extend it to the 21st?\nBR\nJason Wu",
         reply=R("extend", [4], new_due="2026-05-21"), rule=("dom", 21), kind_label="english",
         notes="Outlook for iOS ('Get Outlook for iOS'), sender shown as 'Jason Wu' (roster alias of 吴建军). 'Could we extend it to the "
               "21st?' -> extend #4; 'the 21st' = the 21st of the current month = 2026-05-21. 'expected May 19' is an ETA of lab "
               "results, not the new date. 'Q-26-0417' is a complaint number."),
    dict(num=6190, slug="m6-progress-about-60-content-outlook", m="M6", sender="sunhao", date=t(2026, 5, 18, 10, 20, 16),
         client="outlook_zh", charset="utf-8", cte="quoted-printable", prefix="回复: ", display="Kevin Sun",
         cc=["katrin", "juergen", "qianyongkang"],
         text="Hi all,\n\nquick status on the PPAP package for BR-218: about 60% done. Dimensional report and MSA are finished; PSW is "
              "pending the material certs from our steel mill. Still on track for the 22nd.\n\n" + SIG_KEVIN,
         reply=R("progress", percent=60), kind_label="content-match",
         notes="Outlook zh-CN with English text; UTF-8 QP (Outlook's auto-select, because the quote holds both 孙浩 and Jürgen). 'about 60% done' -> progress, percent 60, no item number -> items []; "
               "content-match [1] (孙浩's only M6 item, 'Submit PPAP Level 3 package for BR-218'). 'on track for the 22nd' restates "
               "the current due (05-22) and is NOT an extension (compare 6189)."),
    dict(num=6191, slug="m6-extend-two-more-days-feishu", m="M6", sender="zhouqian", date=t(2026, 5, 19, 9, 45, 30),
         client="feishu", locale="en", display="Cherry Zhou", cc=["sunhao", "katrin"],
         text="Hi Katrin,\n\nItem 2: we need two more days — the frequency of the new torque check is still being aligned with "
              "production. Sorry for the delay.\n\nCherry Zhou | Quality Dept.\nNingbo Yongling Precision Auto Parts",
         reply=R("extend", [2], new_due="2026-05-21"), rule=("plus_due", 2, 2), kind_label="english",
         notes="Feishu (Lark) Mail, English UI, Tue 2026-05-19 (the item's due day). 'we need two more days' -> extend #2; per convention "
               "= two calendar days after the current due (05-19) = 2026-05-21."),
    dict(num=6192, slug="m6-done-item6-hongkong-big5-outlook", m="M6", sender="ivy", date=t(2026, 5, 19, 15, 30, 11),
         client="outlook_tw", cc=["sunhao", "juergen"],
         text="Kevin,\n\n第6項已完成：首批貨已訂妥5月28日寧波開船的船期（Maersk），預計6月25日抵達漢堡，訂艙確認書稍後轉發。\n\n"
              "Regards,\nIvy Leung 梁嘉欣\nSourcing Asia | Brandauer Asia Ltd.\nTel: +852 3618 7720",
         reply=R("done", [6]), kind_label="traditional",
         notes="Hong Kong office, Outlook zh-HK with Big5 as preferred encoding (quoted-printable): simplified characters of the quoted "
               "recap (纪, 孙, 吴 …) were turned into '?' by the client; the typed text is clean Big5. '第6項已完成' -> done [6]. "
               "'5月28日…開船' and '預計6月25日抵達' are shipping dates/ETA, not a request."),
    dict(num=6193, slug="m6-extend-ambiguous-iphone-de", m="M6", sender="juergen", date=t(2026, 5, 20, 8, 15, 49, tz=CEST),
         client="iphone", locale="de", tz=CEST, cte="quoted-printable", cc=["sunhao"],
         text="Hi Kevin,\nwe need a bit more time here – could we do June 5 instead?\nJürgen",
         reply=R("extend", new_due="2026-06-05"), rule=("abs", "2026-06-05"), kind_label="ambiguous",
         notes="AMBIGUOUS item. iPhone (German locale: 'Von meinem iPhone gesendet', '> Am 12.05.2026 um 11:11 schrieb …:'), Date +0200. "
               "'could we do June 5 instead?' is a request to move the date -> extend, new_due_date 2026-06-05; Jürgen owns #5 and #7 "
               "and names neither -> items [], no content-match."),
    dict(num=6194, slug="m6-done-content-calloff-thunderbird-de", m="M6", sender="juergen", date=t(2026, 5, 22, 10, 5, 17, tz=CEST),
         client="thunderbird", locale="de", tz=CEST, cc=["sunhao"],
         text="Hi Kevin,\n\ndone - the call-off for the July series delivery went out this morning (PO 4500318812, 12,000 pcs).\n\n"
              "Regards\nJürgen\n\n-- \nJürgen Hofmann\nLogistics & Materials Planning\nBrandauer Antriebstechnik GmbH",
         reply=R("done"), kind_label="content-match",
         notes="Thunderbird (German attribution 'Am 12.05.26 um 11:11 schrieb 纪要助手:'), English text, 8bit. 'done - the call-off …' "
               "-> done, items []; content-match [7] (Jürgen owns #5 run-at-rate audit and #7 'Release call-off for July series delivery'; "
               "only #7 matches). PO number and '12,000 pcs' are not items/percents."),
    # ---------------- M7: Q-26-0417客户投诉8D整改推进会 (recap Tue 2026-06-16 16:30) ----------------
    dict(num=6195, slug="m7-object-proposes-date-applemail", m="M7", sender="hejia", date=t(2026, 6, 16, 17, 20, 42),
         client="applemail", cc=["sunhao"],
         text="孙经理：\n对第5项有异议：钢材来料复核需要供应商提供近三个月的材质证明，6月25日来不及，建议改到6月30日。\n\n何佳\n采购部\n宁波甬岭精密汽配有限公司",
         reply=R("object", [5]), kind_label="object-date",
         notes="Apple Mail (macOS, zh), before the cut-off. '对第5项有异议：…建议改到6月30日' -> object [5] with new_due_date null: an "
               "objection that proposes another date stays an objection (convention 4)."),
    dict(num=6196, slug="m7-question-feishu-html-only", m="M7", sender="qianyongkang", date=t(2026, 6, 17, 8, 40, 25),
         client="feishu", html_only=True, cc=["sunhao"],
         text="第6项的试生产验证，是否需要请客户现场见证？如果需要，请孙浩提前和Katrin约时间。",
         reply=R("unknown", [6]), kind_label="question",
         notes="Feishu mobile, HTML-only (single text/html). A question from the general manager -> unknown, items [6] (written number "
               "kept), no date/percent."),
    dict(num=6197, slug="m7-progress-count-not-percent-feishu", m="M7", sender="wujianjun", date=t(2026, 6, 17, 17, 30, 8),
         client="feishu", cc=["sunhao"],
         text="孙经理：\n库存品复检已完成12批（共14批），剩余2批明天上午完成，目前未发现不良。\n\n吴建军\n质量部",
         reply=R("progress"), kind_label="content-match",
         notes="AMBIGUOUS percent. Feishu Mail zh. A progress report without a percent: '已完成12批（共14批）' is a count, not a percent "
               "(convention 6) -> progress, percent null. No number -> items []; content-match [3] (吴建军 owns #3 '库存品100%复检并出具报告' "
               "and #6 '安排整改后试生产验证'; only #3 matches 库存品/复检). '100%' belongs to the quoted task name only."),
    dict(num=6198, slug="m7-done-item1-foxmail", m="M7", sender="linguodong", date=t(2026, 6, 18, 15, 10, 59),
         client="foxmail", cc=["sunhao"], fox_sig="林国栋\n模具车间",
         text="孙经理：\n第1项冲压模具已修模完成，凸模R角已按要求修到R2.5，首件已送检合格。",
         reply=R("done", [1]), kind_label="plain",
         notes="Foxmail GBK. '第1项…修模完成' + '已送检合格' -> done [1]. 'R2.5' is a dimension."),
    dict(num=6199, slug="m7-extend-3-workdays-dragon-boat-outlook", m="M7", sender="zhouqian", date=t(2026, 6, 18, 16, 45, 37),
         client="outlook_zh", cte="base64", prefix="回复: ", cc=["sunhao"],
         text="孙经理：\n第2项PFMEA要等模具修复后的CPK数据，今天首件刚送检，申请延期，3个工作日内完成。\n\n周倩 Cherry Zhou\n质量部",
         reply=R("extend", [2], new_due="2026-06-24"), rule=("workdays", 3), kind_label="workdays",
         notes="Outlook zh-CN gb2312 base64, Thu 2026-06-18. '申请延期，3个工作日内完成' -> extend #2; working days from the day after "
               "sending skip Dragon Boat (06-19..06-21): 06-22 (1), 06-23 (2), 06-24 (3) -> 2026-06-24."),
    dict(num=6200, slug="m7-progress-inline-row-outlook", m="M7", sender="sunhao", date=t(2026, 6, 19, 10, 30, 3),
         client="outlook_zh", cte="quoted-printable", prefix="回复: ", cc=["qianyongkang"],
         inline={4: ("孙浩：进度50%，D5根因分析已完成，D6/D7等验证数据。",
                     '<br><b><span style="color:red">孙浩：进度50%，D5根因分析已完成，D6/D7等验证数据。</span></b>')},
         text="钱总，见下方红字。\n\n孙浩",
         reply=R("progress", [4], percent=50), kind_label="inline",
         notes="Outlook zh-CN, sent on Fri 2026-06-19 (Dragon Boat holiday). Inline answer typed in the quoted table under row 4 (bold red "
               "in HTML): '进度50%…' -> progress, items [4], percent 50. 'D5'/'D6/D7' are 8D discipline names, not items."),
]


TESTS = {
    6151: "plain Exmail/QQ-web gb18030 confirm; QQ '原始邮件' quote whose footer lists every command word",
    6152: "iPhone QP; done named by task words (content-match [1]); '312份' count; '发自我的iPhone'",
    6153: "Foxmail GBK objection to 第5项 with an owner reason; full-width-colon Foxmail quote block",
    6154: "owner of two items writes only '已完成' -> done, items [], ambiguous (no content-match)",
    6155: "same owner's follow-up names 消防器材 -> content-match [4] among his two items",
    6156: "下周三 from Tue 04-07 (first working day after Qingming) -> 04-15",
    6157: "'收了一半' -> 50; '周一前报送' restates the due; iPhone base64",
    6158: "Exmail holiday auto-reply (Auto-Submitted) with return date -> kind auto",
    6159: "Taiwan Gmail zh-TW '第4項…確認' on a mainland holiday; restated due '5月8日前'",
    6160: "question from the group head on 第6项 -> unknown with items [6]",
    6161: "Traditional '第4項已完成' from iPhone zh-TW + PDF; '已於5月6日寄出' and ETA are not requests",
    6162: "plain absolute extension '申请延期至5月13日'",
    6163: "gb2312 label carrying GBK 玥; sent on the 05-09 make-up Saturday; done by content (content-match [1])",
    6164: "'完成七成' -> 70; '周五前能全部到位' is an ETA",
    6165: "'确认无异议' is a confirm (contains 异议); Mail Master quote table",
    6166: "answer typed under quoted row 2 inside a Foxmail quote -> done [2]",
    6167: "'申请延到15号' -> 2026-07-15",
    6168: "Exmail done [5] with a PDF attachment (RFC 2231 gb18030 filename)",
    6169: "Traditional '可否延到下週一' -> next week's Monday 07-13",
    6170: "Outlook 2016 zh-CN gb2312 QP organizer confirm with an outage date that is not a request",
    6171: "网易企业邮 web '第1项已完成' under a '在 … 写道：' attribution",
    6172: "DingTalk mobile '进度80%' from the owner of two items -> items [], ambiguous",
    6173: "'3号楼电梯异响…已完成': building number is not 第3项; content-match [4]",
    6174: "Thunderbird bottom-posting: reply text after the whole quoted recap",
    6175: "'延期到节后第一个工作日' before Labour Day -> 05-06",
    6176: "'5个工作日内' across Labour Day ends on the 05-09 make-up Saturday",
    6177: "reply text on the same line as the attribution (stock Android)",
    6178: "one-word '确认。' from a phone",
    6179: "'对第4项有异议' with a reason and no date",
    6180: "organizer's thank-you -> unknown",
    6181: "'第1、2项都已完成' -> [1, 2]; equipment numbers (2号泵) are not items",
    6182: "'到了大概六成' -> 60; '40套' count",
    6183: "HTML-only mail; '申请延期到月底' -> 06-30",
    6184: "'还要两天…申请顺延' -> current due + 2 calendar days = 06-26",
    6185: "German OWA (+0000) 'objection to item 1'; 'Level 4'/'4 cavities' are not items",
    6186: "German Exchange Online NDR for the recap -> kind auto",
    6187: "German Apple Mail, English question on item 5 -> unknown [5]",
    6188: "German Outlook 'Could we move it to next Tuesday?' -> 05-19; 'until Monday' is context",
    6189: "Outlook for iOS 'Could we extend it to the 21st?' -> 05-21; 'expected May 19' is an ETA",
    6190: "'about 60% done' -> 60, content-match [1]; 'on track for the 22nd' is not an extension",
    6191: "Feishu English 'we need two more days' -> due + 2 = 05-21",
    6192: "Hong Kong Outlook Big5 with '?' in the quote; Traditional '第6項已完成'; shipping ETA",
    6193: "German iPhone 'could we do June 5 instead?' from the owner of two items -> extend, items [], ambiguous",
    6194: "German Thunderbird 'done - the call-off …' -> content-match [7]",
    6195: "objection that proposes another date stays object, new_due_date null",
    6196: "Feishu mobile HTML-only question on 第6项 -> unknown [6]",
    6197: "progress given as a count '12批（共14批）' -> percent null; content-match [3]",
    6198: "plain Foxmail '第1项…修模完成' -> done [1]",
    6199: "'3个工作日内' across Dragon Boat -> 06-24",
    6200: "Outlook inline answer under row 4 '进度50%' sent on the Dragon Boat holiday",
}

for _c in CASES:
    _c["M"] = MEETINGS[_c["m"]]


def gold_of(case):
    kind = case.get("kind", "reply")
    return {"kind": kind, "items": [], "next_followup": None,
            "reply": None if kind == "auto" else dict(case["reply"]), "notes": case["notes"]}


def fname(case):
    return "%d-%s" % (case["num"], case["slug"])


def render(case):
    return RENDER[case["client"]](case)


ROSTER_HEADER = ["name", "email", "department", "manager_email", "aliases"]


def roster_rows():
    return [[n, e, d, m, a] for n, e, d, m, a in PEOPLE.values()]


def roster_bytes():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(ROSTER_HEADER)
    for r in roster_rows():
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def json_bytes(case):
    return (json.dumps(gold_of(case), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def all_outputs():
    out = {}
    for c in CASES:
        out[fname(c) + ".eml"] = render(c)
        out[fname(c) + ".json"] = json_bytes(c)
    out["roster.csv"] = roster_bytes()
    out["README.md"] = readme().encode("utf-8")
    return out


# ---------------------------------------------------------------------------------------
# Date rules, recomputed in --check from the message's own Date header
# ---------------------------------------------------------------------------------------
def sh_date(msg):
    return parsedate_to_datetime(str(msg["Date"])).astimezone(CST).date()


def rule_date(rule, send, M):
    kind = rule[0]
    if kind == "abs":
        return dt.date.fromisoformat(rule[1])
    if kind == "next_week":          # 下周X / next <weekday>: that weekday of the following calendar week
        monday = send - dt.timedelta(days=send.weekday())
        return monday + dt.timedelta(days=7 + rule[1])
    if kind == "dom":                # '15号' / 'the 21st': this month, or next month if already past
        if send.day <= rule[1]:
            return send.replace(day=rule[1])
        y, mth = (send.year + 1, 1) if send.month == 12 else (send.year, send.month + 1)
        return dt.date(y, mth, rule[1])
    if kind == "workdays":           # N个工作日: Chinese working days counted from the day after sending
        d, n = send, 0
        while n < rule[1]:
            d += dt.timedelta(days=1)
            if chinese_calendar.is_workday(d):
                n += 1
        return d
    if kind == "after_holiday":      # 节后第一个工作日: first working day after the next statutory holiday block
        d = send + dt.timedelta(days=1)
        while not chinese_calendar.get_holiday_detail(d)[1]:
            d += dt.timedelta(days=1)
        while chinese_calendar.get_holiday_detail(d)[1] and not chinese_calendar.is_workday(d):
            d += dt.timedelta(days=1)
        while not chinese_calendar.is_workday(d):
            d += dt.timedelta(days=1)
        return d
    if kind == "month_end":
        nxt = (send.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt - dt.timedelta(days=1)
    if kind == "plus_due":           # 'two more days' / '还要两天': calendar days after the item's current due date
        due = dt.date.fromisoformat(M["items"][rule[1] - 1][2])
        return due + dt.timedelta(days=rule[2])
    raise ValueError(rule)


# ---------------------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------------------
CLIENT_DESC = {
    "exmail_web": "Tencent Exmail/QQ web, gb18030 base64, multipart/alternative, '------------------ 原始邮件 ------------------'",
    "foxmail": "Foxmail 7.2 (Windows), GBK or gb2312 label, base64 with CRLF, '发件人： … 发送时间：' block (full-width colons)",
    "iphone": "iPhone Mail (zh / zh-TW / de), UTF-8 QP or base64, '> 在 …写道：' / '> …寫道：' / '> Am … schrieb …:'",
    "mailmaster": "网易邮箱大师 app, UTF-8 base64, '---- 回复的原邮件 ----' + | 发件人 | table, '发自网易邮箱大师'",
    "netease_web": "网易企业邮箱 web (Coremail XT5), GBK base64, '在 … \"纪要助手\" <…> 写道：' + '>' lines / blockquote",
    "outlook_zh": "Outlook for Windows zh-CN, gb2312 label (GBK bytes), QP or base64, '发件人: / 发送时间: / 收件人: / 主题:'",
    "outlook_tw": "Outlook for Windows zh-HK, Big5 QP, '寄件者: / 寄件日期: / 收件者: / 副本: / 主旨:'; unencodable quote chars -> '?'",
    "outlook_de": "Outlook for Windows de-DE or Outlook im Web (Exchange Online, Date +0000), UTF-8, 'Von: / Gesendet: / An: / Betreff:'",
    "outlook_ios": "Outlook for iOS (English UI), UTF-8 base64, 'Get Outlook for iOS' + '____' + 'From: / Sent: / To: / Subject:'",
    "alimail": "DingTalk business mail (阿里邮箱), UTF-8 base64, dashed line + '发件人：… 抄　送：… 主　题：'",
    "thunderbird": "Thunderbird, text/plain format=flowed 8bit UTF-8, '在 2026/4/21 16:05, 纪要助手 写道:' / 'Am 12.05.26 um 11:11 schrieb 纪要助手:'",
    "android": "stock Android mail app, text/plain UTF-8 base64, reply text and attribution on one line",
    "gmail_tw": "Gmail / Google Workspace web zh-TW, UTF-8 base64, '… 於 2026年4月30日 週四 下午6:41寫道：'",
    "feishu": "Feishu (Lark) Mail, UTF-8 base64, '发件人: … 发送时间: …' (zh) or 'From: … Date: …' (en) header block; mobile HTML-only",
    "applemail": "Apple Mail on macOS (zh / de), UTF-8 QP, '> 2026年6月16日 16:30，纪要助手 <…> 写道：' / '> Am … schrieb …:'",
    "exmail_autoreply": "Exmail holiday auto-reply, gb18030 base64 text/plain, Auto-Submitted: auto-replied",
    "exchange_ndr": "Exchange Online NDR (German), multipart/report; report-type=delivery-status",
}


def readme():
    L = []
    L.append("# Blind set `replies33`: 50 replies to minutebot's recap mails (cases 6151–6200)\n")
    L.append("Written blind (no look at the bot's code or tests). Each case is `NNNN-slug.eml` (raw bytes as the receiving "
             "server stores them, with Return-Path/Delivered-To/Received) and `NNNN-slug.json` (gold in the corpus README "
             "schema: `kind`, `items` (always [] here), `next_followup` (always null), `reply`, `notes`). `roster.csv` lists staff "
             "and the outsiders who write. Everything is produced by `make_replies33.py` (deterministic: no clock, no randomness); "
             "`/work/blind/venv/bin/python make_replies33.py --check .` re-parses every .eml with `email.policy.default` (no "
             "defects, every text part decodes), recomputes every gold date from the message's own `Date` header in "
             "Asia/Shanghai with `chinesecalendar`, checks threading headers and gold consistency, and compares the files with a "
             "fresh build.\n")
    L.append("## Counts\n")
    from collections import Counter
    kinds = Counter(c.get("kind", "reply") for c in CASES)
    intents = Counter(c["reply"]["intent"] for c in CASES if c.get("kind", "reply") == "reply")
    L.append("- kind: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    L.append("- reply intents: " + ", ".join("%s %d" % (k, intents[k]) for k in ["done", "extend", "progress", "confirm", "object", "unknown"]))
    L.append("")
    L.append("## Organisations (all invented)\n")
    L.append("| org | trade / city | domain | bot | who writes |")
    L.append("| --- | --- | --- | --- | --- |")
    L.append("| 莆田市木兰幼教集团 (Putian Mulan Preschool Group) | kindergarten chain, Putian | mulan-kids.example.cn | 纪要助手 <minutes@mulan-kids.example.cn> | staff; partner 啟蒙教具股份有限公司 (Taichung, Taiwan; qimeng-edu.example.com.tw) |")
    L.append("| 盐城鹤鸣物业服务有限公司 (Yancheng Heming Property Services), 汇景苑 project | property manager, Yancheng | heming-pm.example.cn | 纪要助手 <minutes@heming-pm.example.cn> | staff; lift contractor 盐城通达电梯工程有限公司 (tongda-lift.example.cn, DingTalk mail) |")
    L.append("| 宁波甬岭精密汽配有限公司 (Ningbo Yongling Precision Auto Parts) | auto-parts supplier, Ningbo | yongling-auto.example.cn | 纪要助手 <minutes@yongling-auto.example.cn> | staff; German customer Brandauer Antriebstechnik GmbH (Schwäbisch Gmünd; brandauer.example.de, Microsoft 365) incl. its Hong Kong sourcing office Brandauer Asia Ltd. |")
    L.append("")
    L.append("Each organisation runs its own minutebot deployment; the bot's signed reply address is one per meeting "
             "(`minutes+r<16 hex>@DOMAIN`, below). All partners' domains are assumed to be in that deployment's `allowed_domains` "
             "(irrelevant for `parse`). `Delivered-To` is the bot's base address, as in the development corpus. "
             "Thomas Krämer (thomas.kraemer@brandauer.example.de) is a former employee who still sat in the M6 recap's Cc; he is not in the roster "
             "and only appears in the NDR (6186).\n")
    L.append("## Meetings and the bot's recaps (what the replies quote)\n")
    L.append("Every recap: From `纪要助手 <minutes@DOMAIN>`, Subject `Re: <minutes subject>`, In-Reply-To/References the minutes, "
             "a table 序号 | 事项 | 负责人 | 截止时间 (English: # | Action item | Owner | Due), '如有异议请于今日内回复（截止 … 18:00，逾期视为无异议）' "
             "(English: 'If you disagree, please reply today (by … 18:00)') and the command footer "
             "('确认' '有异议：原因' '第N项已完成' '进度80%' '延期至10月20日'; English: confirm / object: reason / item N done / progress 80% / "
             "extend to Oct 20). The cut-off is today 18:00, or the next working day 18:00 when the recap was sent after 18:00 or on a "
             "non-working day (M2: Thu 04-30 18:41 -> Wed 05-06 18:00, Labour Day in between). Each reply has In-Reply-To = the recap's "
             "Message-ID and References = minutes + recap.\n")
    for k, M in MEETINGS.items():
        org = ORGS[M["org"]]
        L.append("### %s — %s (%s)\n" % (k, M["subject"], org["name"]))
        L.append("- organizer %s; recap sent %s (%s); objection deadline %s" % (
            pname(M["organizer"]), M["recap_dt"].strftime("%Y-%m-%d %H:%M"), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][M["recap_dt"].weekday()],
            objection_deadline(M["recap_dt"]).strftime("%Y-%m-%d %H:%M")))
        L.append("- minutes Message-ID `%s`; recap Message-ID `%s`; signed reply address `%s`" % (M["minutes_id"], recap_id(M), signed_addr(M)))
        L.append("- recap To: %s; Cc: %s" % ("、".join(n for n, e in recap_to(M)), "、".join(n for n, e in recap_cc(M)) or "—"))
        L.append("")
        L.append("| # | task | owner | due |")
        L.append("| --- | --- | --- | --- |")
        for i, (task, owner, due) in enumerate(M["items"], 1):
            L.append("| %d | %s | %s (%s) | %s |" % (i, task, pname(owner), pmail(owner), due))
        L.append("")
    L.append("## Calendar facts used (chinesecalendar 1.11.0, 2026)\n")
    L.append("- Qingming: 04-04 (Sat) .. 04-06 (Mon) off, no make-up day.")
    L.append("- Labour Day: 05-01 (Fri) .. 05-05 (Tue) off; Saturday 05-09 is a make-up working day.")
    L.append("- Dragon Boat: 06-19 (Fri) .. 06-21 (Sun) off, no make-up day.\n")
    L.append("## Conventions applied (beyond the corpus README and the job's conventions 1–7)\n")
    L.append("1. `content-match [N]` in notes names the item a careful assistant would pick when the reply names the task without a "
             "number: the only item of the sender in that meeting whose words match. The gold `reply.items` stays `[]` in that case "
             "(the number was not written). A scorer that credits content matching should read N from the notes.")
    L.append("2. `AMBIGUOUS item` in notes: the sender owns two items of the meeting and names neither (no number, no task words): "
             "intent as written, `items: []`, no content-match (the bot should ask). `AMBIGUOUS percent` (6197): a progress report with "
             "only a count ('已完成12批（共14批）') is `progress` with `percent: null` — a count is not converted to a percent.")
    L.append("3. Ownership is not part of the gold: a question or comment from someone who does not own the item (group head, "
             "general manager, the customer's SQE) is graded on what it says (here `unknown` with the written number kept).")
    L.append("4. 'N个工作日内' after '申请延期' counts from the day after sending (convention 5), not from the current due date; a "
             "Saturday make-up working day counts (6176 -> Sat 2026-05-09).")
    L.append("5. Traditional-Chinese forms are read like their simplified equivalents: 第4項 = 第4项, 下週一 = 下周一, 可否延到 = a request "
             "to move the date; 確認 = 确认.")
    L.append("6. English 'could we do June 5 instead?' / 'Could we extend it to the 21st?' / 'Could we move it to next Tuesday?' are "
             "extension requests; a date that restates the current due ('on track for the 22nd', '周五前能全部到位', '周一前报送') or an ETA "
             "('expected May 19', '預計6月25日抵達', '預計下週一到') never makes an extension, and 'until Monday'/'by tomorrow' inside a reason "
             "are context.")
    L.append("7. An inline answer is text the sender typed inside the quoted recap on its own line directly under a table row (red "
             "text in HTML, inside the row's last cell). It belongs to the reply and takes that row's number (6166, 6200); the rest "
             "of the quote is still quote.")
    L.append("8. Reply text sits in three unusual places: under the quote (bottom-posting, 6174), on the same line as the attribution "
             "line ('…业主群。在 2026年4月21日 16:05，纪要助手 <…> 写道：', 6177), and inside the quote (6166, 6200).")
    L.append("9. Building/equipment/tank numbers and 8D disciplines ('3号楼', '2号泵', '1#、2#水箱', 'D5–D7', 'Level 4', 'R2.5', PO numbers) "
             "are never item references.")
    L.append("10. Charset labels are honoured as clients mean them: a `gb2312` label carrying GBK bytes is decoded as GBK (6163 has "
             "GBK-only 玥; all Outlook zh-CN mails are GBK bytes under a gb2312 label, e.g. '——' of the quoted footer). The Hong Kong "
             "Outlook mail (6192) is genuine Big5: simplified characters of the quoted recap that Big5 cannot hold were replaced by "
             "'?' by the sending client, exactly as such clients do; only the quote is affected.")
    L.append("11. Auto mail (an Exmail holiday auto-reply 6158, an Exchange Online NDR 6186) has `reply: null`; the dates in their "
             "bodies mean nothing.")
    L.append("12. Time zones: German mails carry `+0000` (Exchange Online) or `+0200` (iPhone, Apple Mail, Thunderbird) Date headers; "
             "every gold date was worked out from the Shanghai date of that header. No case in this set changes date across zones; "
             "quote headers show the recap time in the replier's local zone (e.g. 'Gesendet: Dienstag, 12. Mai 2026 11:11').\n")
    L.append("## Clients and encodings\n")
    L.append("| client key | what it imitates |")
    L.append("| --- | --- |")
    for k, v in CLIENT_DESC.items():
        L.append("| %s | %s |" % (k, v))
    L.append("")
    L.append("Structures: multipart/alternative (most), text/plain only (Thunderbird, Android, the auto-reply), text/html only "
             "(6183 网易企业邮 web, 6196 Feishu mobile), multipart/mixed with a PDF (6161 iPhone, RFC 2231 UTF-8 filename; 6168 Exmail, "
             "RFC 2231 gb18030 filename), multipart/report (6186). Transfer encodings: base64, quoted-printable and 8bit. "
             "The Feishu, DingTalk and stock-Android quote layouts are close approximations of what those clients send. "
             "PDFs are built with reportlab `invariant=1` so their bytes do not depend on the clock. "
             "Display names are bare RFC 2047 encoded words (`=?GBK?B?…?= <a@b>`): the quoted form `\"=?GBK?B?…?=\" <a@b>` that QQ/Foxmail "
             "often send is flagged as a header defect by `email.policy.default`, and the set must parse without defects. "
             "Foxmail parts carry CRLF line ends inside their base64 text, as that Windows client sends it.\n")
    L.append("## Cases\n")
    L.append("| case | meeting | kind / intent | gold summary | what it tests |")
    L.append("| --- | --- | --- | --- | --- |")
    for c in CASES:
        g = gold_of(c)
        if g["kind"] == "auto":
            ki, summ = "auto", "reply null"
        else:
            r = g["reply"]
            ki = "reply / " + r["intent"]
            parts = ["items %s" % r["items"]]
            if r["percent"] is not None:
                parts.append("percent %d" % r["percent"])
            if r["new_due_date"]:
                parts.append("new %s" % r["new_due_date"])
            import re as _re
            m = _re.search(r"content-match \[(\d+)\]", c["notes"])
            if m:
                parts.append("content-match [%s]" % m.group(1))
            if "AMBIGUOUS" in c["notes"]:
                parts.append("AMBIGUOUS")
            summ = ", ".join(parts)
        L.append("| %s | %s | %s | %s | %s (%s) |" % (fname(c), c["m"], ki, summ, TESTS[c["num"]].replace("|", "/"), c["client"]))
    L.append("")
    return "\n".join(L)


# ---------------------------------------------------------------------------------------
# write / check
# ---------------------------------------------------------------------------------------
def write_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, data in all_outputs().items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
    print("wrote %d cases to %s" % (len(CASES), outdir))


def check(outdir):
    import re
    errors = []

    def err(c, msg):
        errors.append("%s: %s" % (c, msg))

    fresh = all_outputs()
    for name, data in fresh.items():
        p = os.path.join(outdir, name)
        if not os.path.exists(p):
            err(name, "missing")
        elif open(p, "rb").read() != data:
            err(name, "differs from a fresh build")
    for c in CASES:
        name = fname(c)
        M = c["M"]
        raw = open(os.path.join(outdir, name + ".eml"), "rb").read()
        gold = json.load(open(os.path.join(outdir, name + ".json"), encoding="utf-8"))
        msg = message_from_bytes(raw, policy=policy.default)
        # 1. structure: no defects, every text part decodes
        ntext = 0
        for part in msg.walk():
            if part.defects:
                err(name, "defects %r in %s" % (part.defects, part.get_content_type()))
            for hname, hval in part.items():
                if getattr(hval, "defects", None):
                    err(name, "header %s defects %r" % (hname, hval.defects))
            if part.get_content_maintype() == "text":
                ntext += 1
                cs = part.get_content_charset() or "us-ascii"
                data = part.get_payload(decode=True)
                try:
                    txt = data.decode(codec_of(cs))
                except Exception as e:
                    err(name, "text part %s (%s) does not decode: %s" % (part.get_content_type(), cs, e))
                    continue
                if "\ufffd" in txt:
                    err(name, "replacement character in %s" % part.get_content_type())
                part.get_content()  # must not raise
        if ntext == 0:
            err(name, "no text part")
        for h in ("Date", "From", "Message-ID", "Subject"):
            if msg[h] is None and msg[h.title()] is None:
                err(name, "no %s header" % h)
        sent = parsedate_to_datetime(str(msg["Date"]))
        if sent.year != 2026:
            err(name, "Date not in 2026")
        if sent <= M["recap_dt"]:
            err(name, "sent before the recap")
        # 2. threading
        if str(msg["In-Reply-To"]).strip() != recap_id(M):
            err(name, "In-Reply-To is not the recap id")
        if recap_id(M) not in str(msg["References"]):
            err(name, "References lack the recap id")
        # 3. gold
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"} or gold["items"] != [] or gold["next_followup"] is not None:
            err(name, "gold shape")
        if gold["kind"] == "auto":
            if gold["reply"] is not None:
                err(name, "auto with a reply")
            continue
        if gold["kind"] != "reply":
            err(name, "kind")
        if signed_addr(M) not in str(msg["To"]):
            err(name, "To is not the meeting's signed address")
        r = gold["reply"]
        if set(r) != {"intent", "items", "percent", "new_due_date"}:
            err(name, "reply keys")
        if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
            err(name, "intent")
        if r["items"] != sorted(set(r["items"])) or any(not (1 <= i <= len(M["items"])) for i in r["items"]):
            err(name, "items not sorted/unique/in range")
        if r["percent"] is not None and (r["intent"] != "progress" or not (0 <= r["percent"] <= 100)):
            err(name, "percent")
        if r["intent"] in ("unknown", "confirm", "object") and (r["percent"] is not None or r["new_due_date"] is not None):
            err(name, "unknown/confirm/object must have null percent and date")
        if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
            err(name, "new_due_date iff extend")
        # 4. dates recomputed from the Date header in Asia/Shanghai
        if r["new_due_date"] is not None:
            rule = c.get("rule")
            if not rule:
                err(name, "extend without a rule")
            else:
                want = rule_date(rule, sh_date(msg), M)
                if want.isoformat() != r["new_due_date"]:
                    err(name, "new_due_date %s != recomputed %s" % (r["new_due_date"], want))
                if not chinese_calendar.is_workday(want) and rule[0] in ("workdays", "after_holiday"):
                    err(name, "working-day rule landed on a day off")
                for i in (r["items"] or [n for n, it in enumerate(M["items"], 1) if it[1] == c["sender"]]):
                    if dt.date.fromisoformat(M["items"][i - 1][2]) >= want:
                        err(name, "extension to %s is not later than item %d's due" % (want, i))
        # 5. content-match / ambiguity claims against the recap's owners
        own = [i for i, it in enumerate(M["items"], 1) if it[1] == c["sender"]]
        m = re.search(r"content-match \[(\d+)\]", c["notes"])
        if m:
            if r["items"]:
                err(name, "content-match with written items")
            if int(m.group(1)) not in own:
                err(name, "content-match item not owned by the sender")
        if "AMBIGUOUS item" in c["notes"] and (len(own) < 2 or r["items"]):
            err(name, "ambiguous case but the sender owns %d items" % len(own))
    # 6. recap cut-offs
    for k, M in MEETINGS.items():
        dl = objection_deadline(M["recap_dt"])
        if not chinese_calendar.is_workday(dl.date()) or dl < M["recap_dt"]:
            err(k, "bad objection deadline %s" % dl)
    # 7. roster covers every writer
    emails = {r[1] for r in roster_rows()}
    for c in CASES:
        if pmail(c["sender"]) not in emails:
            err(fname(c), "sender not in roster")
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("OK: %d cases checked in %s" % (len(CASES), outdir))
    return 0


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    outdir = args[0] if args else HERE
    if "--check" in argv:
        return check(outdir)
    os.makedirs(outdir, exist_ok=True)   # (added when the set joined the tests: write, then check)
    write_all(outdir)
    return check(outdir)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
