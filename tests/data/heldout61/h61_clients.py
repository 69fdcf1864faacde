"""Header sets of the mail clients used in heldout61 (what the receiving server stores, top first)."""
import datetime as dt
import hashlib

from h61_lib import addr, addrs, ew, rfcdate


def _h(seed, n=8):
    return hashlib.sha1(seed.encode()).hexdigest()[:n].upper()


def trace(rcpt, sender, date, mx, helo, ip, seed, ext_hop=None):
    """Return-Path, Delivered-To and Received lines as our MX stores them."""
    out = [("Return-Path", f"<{sender}>"), ("Delivered-To", rcpt)]
    t = dt.datetime.strptime(date, "%Y-%m-%d %H:%M:%S %z") + dt.timedelta(seconds=2 + int(_h(seed, 2), 16) % 5)
    out.append(("Received", f"from {helo} ({helo} [{ip}])\r\n\tby {mx} (Postfix) with ESMTPS id {_h(seed + 'r', 11)}\r\n"
                            f"\tfor <{rcpt}>; {rfcdate(t.strftime('%Y-%m-%d %H:%M:%S %z'))}"))
    if ext_hop:
        out.append(("Received", ext_hop))
    return out


def outlook(frm, to, cc, subj, date, seed, domain, cs="gb2312", lang="zh-cn", enc="B", quote_names=False,
            attach=False, extra=(), mailer="Microsoft Outlook 16.0"):
    """Outlook 2016/365 desktop, zh-CN or en-US."""
    a = _h(seed, 8).lower()
    mid = f"<000001dc{a[:4]}${_h(seed+'m',8).lower()}${_h(seed+'n',8).lower()}$@{domain}>"
    h = [("From", addr(*frm, cs, enc, quote_names)), ("To", addrs(to, cs, enc, quote_names))]
    if cc:
        h.append(("Cc", addrs(cc, cs, enc, quote_names)))
    h += [("Subject", ew(subj, cs, enc) if any(ord(c) > 127 for c in subj) else subj),
          ("Date", rfcdate(date)), ("Message-ID", mid), ("MIME-Version", "1.0")]
    tail = [("X-Mailer", mailer),
            ("Thread-Index", "AQH" + _h(seed + "t", 24).lower().replace("f", "Q") + "=="),
            ("Content-Language", lang)]
    if attach:
        tail.append(("X-MS-Has-Attach", "yes"))
    return h, tail + list(extra), mid


def m365(frm, to, cc, subj, date, seed, lang="en-US", attach=False, topic=None, extra=()):
    """Exchange Online as stored after transport (+0000 Date, long headers)."""
    srv = "SY4P282MB" + str(int(_h(seed, 4), 16) % 9000 + 1000)
    mid = f"<{srv}{_h(seed+'x',6)}{_h(seed+'y',10)}@{srv}.AUSP282.PROD.OUTLOOK.COM>"
    h = [("From", addr(*frm)), ("To", addrs(to))]
    if cc:
        h.append(("Cc", addrs(cc)))
    h += [("Subject", ew(subj) if any(ord(c) > 127 for c in subj) else subj),
          ("Thread-Topic", ew(topic or subj) if any(ord(c) > 127 for c in (topic or subj)) else (topic or subj)), ("Thread-Index", "AdzL" + _h(seed + "ti", 20).lower() + "Q=="),
          ("Date", rfcdate(date, pad=False)), ("Message-ID", mid), ("Accept-Language", f"{lang}, zh-CN"),
          ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if attach else ""),
          ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return h + list(extra), [], mid


def foxmail(frm, to, cc, subj, date, seed, domain, cs="GBK", attach=False, extra=()):
    stamp = date[:19].replace("-", "").replace(" ", "").replace(":", "")
    mid = f"<{stamp}{int(_h(seed, 6), 16) % 1000000:06d}{int(_h(seed+'q', 4), 16) % 100:02d}@{domain}>"
    h = [("Date", rfcdate(date)), ("From", addr(*frm, cs, "B", True)), ("To", addrs(to, cs, "B", True))]
    if cc:
        h.append(("Cc", addrs(cc, cs, "B", True)))
    h += [("Subject", ew(subj, cs, "B")), ("X-Priority", "3"),
          ("X-GUID", f"{_h(seed+'g1')}-{_h(seed+'g2',4)}-{_h(seed+'g3',4)}-{_h(seed+'g4',4)}-{_h(seed+'g5',12)}"),
          ("X-Has-Attach", "yes" if attach else "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
          ("Mime-Version", "1.0"), ("Message-ID", mid)] + list(extra)
    return h, [], mid


def coremail(frm, to, cc, subj, date, seed, domain, cs="UTF-8", ip="10.12.3.21", extra=()):
    ms = int(_h(seed, 10), 16) % 10**12 + 1770000000000
    mid = f"<{_h(seed,8).lower()}.{_h(seed+'a',4).lower()}.{ms:x}.Coremail.{frm[1].split('@')[0]}@{domain}>"
    h = [("Date", rfcdate(date)), ("From", addr(*frm, cs, "B", True)), ("To", addrs(to, cs, "B", True))]
    if cc:
        h.append(("Cc", addrs(cc, cs, "B", True)))
    h += [("Subject", ew(subj, cs, "B")),
          ("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9fd9f1f4)\r\n"
                                          " Copyright (c) 2002-2026 www.mailtech.cn gov"),
          ("X-Originating-IP", f"[{ip}]"), ("MIME-Version", "1.0"),
          ("Message-ID", mid), ("X-Coremail-Locale", "zh_CN"),
          ("X-CM-TRANSID", _h(seed + "tr", 20).lower() + "--.1"), ("X-CM-SenderInfo", _h(seed + "si", 16).lower())]
    return h + list(extra), [], mid


def exmail(frm, to, cc, subj, date, seed, cs="utf-8", wecom=False, extra=()):
    """Tencent Exmail web / WeCom mail (same backend)."""
    mid = f"<tencent_{_h(seed, 32)}@qq.com>"
    h = [("From", addr(*frm, cs, "B", True)), ("To", addrs(to, cs, "B", True))]
    if cc:
        h.append(("Cc", addrs(cc, cs, "B", True)))
    h += [("Subject", ew(subj, cs, "B")), ("Mime-Version", "1.0"), ("Date", rfcdate(date)),
          ("X-Priority", "3"), ("Message-ID", mid),
          ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "WeCom Mail" if wecom else "QQMail 2.x"),
          ("X-QQ-Mailer", "WeCom Mail" if wecom else "QQMail 2.x"),
          ("X-QQ-mid", f"bizmail{_h(seed+'mid',8).lower()}t{int(_h(seed+'t',6),16)}"),
          ("X-QQ-SENDSIZE", "520")] + list(extra)
    return h, [], mid


def netease(frm, to, cc, subj, date, seed, domain, master=True, cs="UTF-8", extra=()):
    ms = int(_h(seed, 10), 16) % 10**12 + 1770000000000
    mid = f"<{_h(seed,8).lower()}.{_h(seed+'b',4).lower()}.{ms:x}.Coremail.{frm[1].split('@')[0]}@{domain}>"
    h = [("Date", rfcdate(date)), ("From", addr(*frm, cs, "B", True)), ("To", addrs(to, cs, "B", True))]
    if cc:
        h.append(("Cc", addrs(cc, cs, "B", True)))
    h += [("Subject", ew(subj, cs, "B")), ("X-Priority", "3"),
          ("X-Mailer", "NetEase Mail Master 5.3.2.1016" if master else
           "Coremail Webmail Server Version 2023.3-cmXT build 20250220(4f9c7a1b)\r\n Copyright (c) 2002-2026 www.mailtech.cn 163com"),
          ("MIME-Version", "1.0"), ("Message-ID", mid), ("X-Coremail-Locale", "zh_CN"),
          ("X-CM-TRANSID", _h(seed + "tr", 18).lower() + "--.6"), ("X-NTES-SC", "AL_Qu2" + _h(seed + "sc", 22))]
    return h + list(extra), [], mid


def feishu(frm, to, cc, subj, date, seed, domain, extra=()):
    mid = f"<{_h(seed,8).lower()}-{_h(seed+'1',4).lower()}-{_h(seed+'2',4).lower()}-{_h(seed+'3',4).lower()}-{_h(seed+'4',12).lower()}@{domain}>"
    h = [("Date", rfcdate(date)), ("From", addr(*frm, "utf-8", "B", True)), ("To", addrs(to, "utf-8", "B", True))]
    if cc:
        h.append(("Cc", addrs(cc, "utf-8", "B", True)))
    h += [("Subject", ew(subj)), ("Message-Id", mid), ("Mime-Version", "1.0"),
          ("X-Mailer", "Lark Mail"), ("X-Lms-Return-Path", f"<lba+{_h(seed+'l',16).lower()}@{domain}>"),
          ("X-Original-From", addr(*frm, "utf-8", "B", True))] + list(extra)
    return h, [], mid


def dingtalk(frm, to, cc, subj, date, seed, domain, extra=()):
    mid = f"<{_h(seed,8).lower()}-{_h(seed+'d',4).lower()}-4{_h(seed+'e',3).lower()}-a{_h(seed+'f',3).lower()}-{_h(seed+'g',12).lower()}.alimail@{domain}>"
    h = [("Date", rfcdate(date)), ("From", addr(*frm, "UTF-8", "B", True)), ("To", addrs(to, "UTF-8", "B", True))]
    if cc:
        h.append(("Cc", addrs(cc, "UTF-8", "B", True)))
    h += [("Message-ID", mid), ("Subject", ew(subj, "UTF-8")), ("X-Priority", "3"),
          ("X-Mailer", "DingTalk Mail (Mac)"), ("MIME-Version", "1.0"),
          ("X-Alimail-AntiSpam", f"AC=CONTINUE;BC=0.07;CS={_h(seed+'cs',8)}")] + list(extra)
    return h, [], mid


def gmail(frm, to, cc, subj, date, seed, extra=()):
    mid = f"<CA{_h(seed,6)}{_h(seed+'g',8).lower()}+{_h(seed+'h',10).lower()}_{_h(seed+'i',12)}@mail.gmail.com>"
    h = [("MIME-Version", "1.0"), ("From", addr(*frm)), ("Date", rfcdate(date)), ("Message-ID", mid),
         ("Subject", ew(subj) if any(ord(c) > 127 for c in subj) else subj), ("To", addrs(to))]
    if cc:
        h.append(("Cc", addrs(cc)))
    return h + list(extra), [], mid


def apple(frm, to, cc, subj, date, seed, domain, ipad=False, extra=()):
    mid = f"<{_h(seed,8)}-{_h(seed+'1',4)}-{_h(seed+'2',4)}-{_h(seed+'3',4)}-{_h(seed+'4',12)}@{domain}>"
    h = [("From", addr(*frm)), ("Content-Type", None)]
    h = [("From", addr(*frm))]
    mv = "1.0 (1.0)" if ipad else "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"
    h += [("Mime-Version", mv), ("Subject", ew(subj) if any(ord(c) > 127 for c in subj) else subj),
          ("Date", rfcdate(date)), ("References", None)]
    h = [x for x in h if x[1] is not None]
    h.append(("Cc", addrs(cc))) if cc else None
    h += [("To", addrs(to)), ("Message-Id", mid),
          ("X-Mailer", "iPad Mail (22F76)" if ipad else "Apple Mail (2.3826.600.51.1.1)")] + list(extra)
    return h, [], mid


def thunderbird(frm, to, cc, subj, date, seed, domain, extra=()):
    mid = f"<{_h(seed,8).lower()}-{_h(seed+'1',4).lower()}-{_h(seed+'2',4).lower()}-{_h(seed+'3',4).lower()}-{_h(seed+'4',12).lower()}@{domain}>"
    h = [("Message-ID", mid), ("Date", rfcdate(date)), ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB"), ("To", addrs(to))]
    if cc:
        h.append(("Cc", addrs(cc)))
    h += [("From", addr(*frm)), ("Subject", subj)] + list(extra)
    return h, [], mid
