"""Top-level headers the way each mail client (and the receiving Postfix) writes them."""
import datetime as dt

from lib75 import SH
from mime75 import addr, addrs, delivery, ew, hx, num, rfc_date, thread_index

HOSTS = {  # client -> (helo, ip) of the submitting hop as seen by our MX
    "outlook": ("{pc}", "10.{a}.{b}.{c}"),
    "m365": ("{x}.outbound.protection.outlook.com", "40.107.{b}.{c}"),
    "foxmail": ("{pc}", "192.168.{b}.{c}"),
    "exmail": ("smtpbg{a}.qq.com", "113.96.{b}.{c}"),
    "qqmail": ("out{a}-{b}.mail.qq.com", "162.62.{b}.{c}"),
    "wecom": ("smtpbg{a}.qq.com", "43.155.{b}.{c}"),
    "coremail": ("mail.{d}", "10.{a}.{b}.{c}"),
    "mailmaster": ("m{a}-{b}.yeah.example.net", "220.197.{b}.{c}"),
    "qiye163": ("mail{a}.qiye.163.com", "59.111.{b}.{c}"),
    "feishu": ("lf-{a}.feishu-mail.com", "101.126.{b}.{c}"),
    "dingtalk": ("out30-{a}.mail.aliyun.com", "115.124.{b}.{c}"),
    "gmail": ("mail-{x}.google.com", "209.85.{b}.{c}"),
    "apple": ("[192.168.{b}.{c}]", "183.{a}.{b}.{c}"),
    "iphone": ("[10.{a}.{b}.{c}]", "223.104.{b}.{c}"),
    "thunderbird": ("[192.168.{b}.{c}]", "10.{a}.{b}.{c}"),
}


def _hop(client, seed, domain, sender):
    h = hx(seed, 8)
    vals = dict(a=int(h[0:2], 16) % 200 + 10, b=int(h[2:4], 16) % 250 + 1, c=int(h[4:6], 16) % 250 + 2,
                d=domain, x=hx(seed + "x", 6), pc=sender.split("@")[0].upper().replace(".", "-") + "-PC")
    helo, ip = HOSTS[client]
    return helo.format(**vals), ip.format(**vals)


def env(client, frm, to, subject, t, seed, cc=(), cs="utf-8", mode="B", quote=False, irt=None, refs=None,
        extra=(), subj_cs=None, rcpt=None):
    """frm: (name, email); to/cc: [(name, email)]. Returns the header lines for message()."""
    rcpt = rcpt or next(e for _, e in list(to) + list(cc) if e.startswith("minutes@"))
    domain = rcpt.split("@")[1]
    sdom = frm[1].split("@")[1]
    helo, ip = _hop(client, seed, sdom, frm[1])
    H = delivery(t, frm[1], rcpt, f"mx.{domain}", helo, ip, seed)
    sj = ew(subject, subj_cs or cs, mode)
    f_ = addr(frm[0], frm[1], cs, mode, quote)
    to_ = addrs(to, cs, mode, quote)
    cc_ = addrs(cc, cs, mode, quote) if cc else None
    thr = []
    if irt:
        thr.append(f"In-Reply-To: {irt}")
    if refs:
        thr.append("References: " + "\n ".join(refs))
    local = t.astimezone(SH)
    if client == "outlook":
        mid = f"<000{hx(seed, 1)}01dc{hx(seed + 'm', 4)}${hx(seed, 8)}${hx(seed + 'n', 8)}@{sdom}>"
        H += [f"From: {f_}", f"To: {to_}"] + ([f"Cc: {cc_}"] if cc_ else []) + [f"Subject: {sj}",
              f"Date: {rfc_date(t)}", f"Message-ID: {mid}"] + thr + [
              "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {thread_index(seed)}",
              "Content-Language: zh-cn"]
    elif client == "m365":
        box = f"{hx(seed, 2, True)}{['PR3P', 'AM9P', 'DB8P', 'VI1P'][int(hx(seed, 1), 16) % 4]}193MB{num(seed, 4)}"
        mid = f"<{box}{hx(seed + 'mid', 12, True)}{num(seed + 'q', 4)}@{box}.eurprd0{int(hx(seed, 1), 16) % 9 + 1}.prod.outlook.com>"
        H += [f"From: {f_}", f"To: {to_}"] + ([f"CC: {cc_}"] if cc_ else []) + [f"Subject: {sj}",
              f"Thread-Topic: {sj}", f"Thread-Index: {thread_index(seed)}", f"Date: {rfc_date(t.astimezone(dt.timezone.utc))}",
              f"Message-ID:\n {mid}"] + thr + ["Accept-Language: en-US", "Content-Language: en-US",
              "X-MS-Has-Attach: " + ("yes" if "attach" in extra else ""), "X-MS-TNEF-Correlator:", "MIME-Version: 1.0"]
        extra = [e for e in extra if e != "attach"]
    elif client == "foxmail":
        mid = f"<{local:%Y%m%d%H%M%S}{num(seed, 7)}@{sdom}>"
        H += [f"Date: {rfc_date(t)}", f"From: {f_}", f"To: {to_}"] + ([f"Cc: {cc_}"] if cc_ else []) + [
              f"Subject: {sj}"] + thr + ["X-Priority: 3", f"X-GUID: {hx(seed, 8, True)}-{hx(seed, 4, True)}-"
              f"{hx(seed + 'g', 4, True)}-{hx(seed + 'h', 4, True)}-{hx(seed + 'i', 12, True)}",
              "X-Has-Attach: " + ("yes" if "attach" in extra else "no"), "X-Mailer: Foxmail 7.2.25.375[cn]",
              "Mime-Version: 1.0", f"Message-ID: {mid}"]
        extra = [e for e in extra if e != "attach"]
    elif client in ("exmail", "qqmail", "wecom"):
        mid = f"<tencent_{hx(seed, 32, True)}{hx(seed + 'z', 8, True)}@qq.com>"
        H += [f"X-QQ-mid: {'bizesmtp' if client != 'qqmail' else 'xmsmtpt'}{num(seed, 13)}t{num(seed + 't', 10)}t{hx(seed, 5)}",
              f"X-QQ-SSF: 0000000000000{hx(seed, 3)}00000000", f"From: {f_}", f"To: {to_}"] + \
             ([f"Cc: {cc_}"] if cc_ else []) + [f"Subject: {sj}", "Mime-Version: 1.0"] + thr + [
              f"Date: {rfc_date(t)}", f"Message-ID: {mid}"]
        if client == "wecom":
            H.append("X-Mailer: WeCom Mail")
        else:
            H.append("X-QQ-MIME: TCMime 1.0 by Tencent")
            H.append("X-Mailer: QQMail 2.x")
    elif client == "coremail":
        mid = f"<{hx(seed, 8)}.{hx(seed + 'a', 4)}.{hx(seed + 'b', 11)}.Coremail.{frm[1]}>"
        H += [f"Date: {rfc_date(t, pad=False).replace(' +0800', ' +0800 (GMT+08:00)')}", f"From: {f_}",
              f"To: {to_}"] + ([f"Cc: {cc_}"] if cc_ else []) + [f"Subject: {sj}"] + thr + [
              f"X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)\n"
              " Copyright (c) 2002-2026 www.mailtech.cn " + sdom.split(".")[0], f"X-Originating-IP: [10.{int(hx(seed, 2), 16) % 250}.1.{int(hx(seed + 'o', 2), 16) % 250}]",
              "Content-Language: zh-CN", "MIME-Version: 1.0", f"Message-ID: {mid}",
              f"X-Coremail-Locale: zh_CN", f"X-CM-TRANSID:{hx(seed, 24)}--.{num(seed, 5)}S2"]
    elif client in ("mailmaster", "qiye163"):
        mid = f"<{hx(seed, 8)}.{num(seed, 4)}.{hx(seed + 'c', 11)}.{'Mail-Master' if client == 'mailmaster' else 'qiye'}@{sdom}>" \
            if client == "qiye163" else f"<{num(seed, 6)}{hx(seed, 2)}.{num(seed + 'a', 4)}.{hx(seed + 'c', 11)}@{sdom}>"
        H += [f"Date: {rfc_date(t)}", f"From: {f_}", f"To: {to_}"] + ([f"Cc: {cc_}"] if cc_ else []) + [
              f"Message-ID: {mid}"] + thr + [f"Subject: {sj}", "MIME-Version: 1.0"]
        if client == "mailmaster":
            H += ["X-Mailer: NetEase Mail Master", f"X-CUSTOM-MAIL-MASTER-SENT-ID: NTES-{hx(seed, 32, True)}",
                  "X-Originating-IP: [223.104.63.18]"]
        else:
            H += ["X-Priority: 3", "X-Mailer: NetEase Qiye Mail (WEB)", f"X-HM-Tid: 0a{hx(seed, 30)}kunm{hx(seed + 'k', 12)}"]
    elif client == "feishu":
        mid = f"<{hx(seed, 8)}-{hx(seed, 4)}-4{hx(seed + 'f', 3)}-{hx(seed + 'g', 4)}-{hx(seed + 'h', 12)}@{sdom}>"
        H += [f"X-Lms-Return-Path: <lba+{hx(seed, 18)}+{frm[1].replace('@', '=')}@{sdom}>", f"From: {f_}",
              f"Date: {rfc_date(t)}", f"Message-Id: {mid}"] + thr + [f"To: {to_}"] + ([f"Cc: {cc_}"] if cc_ else []) + [
              f"Subject: {sj}", "Mime-Version: 1.0", "X-Mailer: Feishu Mail", "X-Original-From: " + f_]
    elif client == "dingtalk":
        mid = f"<{hx(seed, 8)}-{hx(seed, 4)}-{hx(seed + 'a', 4)}-{hx(seed + 'b', 4)}-{hx(seed + 'c', 12)}.dingtalk@{sdom}>"
        H += [f"X-Alimail-AntiSpam: AC=CONTINUE;BC=0.07436{num(seed, 6)}|-1;CH=green;DM=|CONTINUE|false|;DS=CONTINUE|ham_regular_dialog|0.0{num(seed, 6)}",
              f"Date: {rfc_date(t)}", f"From: {f_}", f"To: {to_}"] + ([f"Cc: {cc_}"] if cc_ else []) + [
              f"Message-ID: {mid}"] + thr + [f"Subject: {sj}", "X-Mailer: DingTalk Mail", "MIME-Version: 1.0"]
    elif client == "gmail":
        mid = f"<CA{hx(seed, 6).upper()}{hx(seed + 'x', 30)}-{hx(seed + 'y', 8)}@mail.gmail.com>"
        H += ["MIME-Version: 1.0"] + ([f"References: " + "\n ".join(refs)] if refs else []) + \
             ([f"In-Reply-To: {irt}"] if irt else []) + [f"From: {f_}", f"Date: {rfc_date(t)}",
             f"Message-ID: {mid}", f"Subject: {sj}", f"To: {to_}"] + ([f"Cc: {cc_}"] if cc_ else [])
    elif client in ("apple", "iphone"):
        mid = f"<{hx(seed, 8, True)}-{hx(seed, 4, True)}-{hx(seed + 'a', 4, True)}-{hx(seed + 'b', 4, True)}-{hx(seed + 'c', 12, True)}@{sdom}>"
        xm = "Apple Mail (2.3826.400.131.1.6)" if client == "apple" else "iPhone Mail (22F76)"
        mv = ("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" if client == "apple"
              else "Mime-Version: 1.0 (1.0)")
        H += [f"From: {f_}", mv, f"Subject: {sj}", f"Date: {rfc_date(t)}"] + \
             ([f"Cc: {cc_}"] if cc_ else []) + thr + [f"To: {to_}", f"Message-Id: {mid}", f"X-Mailer: {xm}"]
    elif client == "thunderbird":
        mid = f"<{hx(seed, 8)}-{hx(seed, 4)}-{hx(seed + 'a', 4)}-{hx(seed + 'b', 4)}-{hx(seed + 'c', 12)}@{sdom}>"
        H += [f"Message-ID: {mid}", f"Date: {rfc_date(t)}", "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird", "Content-Language: " + ("en-US" if subject.isascii() else "zh-CN"),
              f"To: {to_}"] + ([f"Cc: {cc_}"] if cc_ else []) + [f"From: {f_}", f"Subject: {sj}"] + thr
    else:
        raise ValueError(client)
    return H + list(extra), mid
