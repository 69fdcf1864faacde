"""heldout64: header sets of the mail clients named in the case slugs."""
import datetime as dt

from hl64_core import ORGS, SH, addr, addrs, h, htext, received, rfc_date, who


def envelope(client, c, org, frm, to, cc=(), subj="", cs="utf-8", mode="B", quote=False,
             irt=None, refs=None, extra=(), host=None, ip="10.20.3.41", date_tz=None):
    """Header lines (without Content-Type, which the body part carries) for case c."""
    dom = ORGS[org][1]
    fname, femail = who(frm)
    t = c.sent if date_tz is None else c.sent.astimezone(date_tz)
    sd = h(c.slug, 40)
    sid = sd[:11].upper()
    user = femail.split("@")[0]
    fdom = femail.split("@")[1]
    F = "From: " + addr(fname, femail, cs, mode, quote)
    T = "To: " + addrs(to, cs, mode, quote)
    C = ("Cc: " + addrs(cc, cs, mode, quote)) if cc else None
    S = "Subject: " + htext(subj, cs, mode)
    D = "Date: " + rfc_date(t)
    top = [f"Return-Path: <{femail}>", f"Delivered-To: minutes@{dom}"]
    thread = []
    if irt:
        thread.append(f"In-Reply-To: {irt}")
    if refs:
        thread.append("References: " + "\r\n ".join(refs))
    hs = []
    if client in ("outlook", "outlook_en"):
        top.append(received(host or (user.upper()[:12] + "-PC"), ip, dom, c.sent, sid))
        mid = f"<000001dc{sd[:4]}${sd[4:12]}${sd[12:20]}$@{fdom}>"
        hs = [F, T] + ([C] if C else []) + [S, D, f"Message-ID: {mid}"] + thread + [
            "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0",
            f"Thread-Index: AdzF{sd[:22]}==",
            "Content-Language: " + ("en-us" if client == "outlook_en" else "zh-cn")]
    elif client == "m365":
        srv = f"TYZPR06MB{sd[:4].upper()}.apcprd06.prod.outlook.com"
        top.append(received(srv, "40.107.255.91", dom, c.sent, sid))
        mid = f"<TYZPR06MB{sd[:24].upper()}@{srv}>"
        hs = [F, T] + ([C] if C else []) + [S, "Thread-Topic: " + htext(subj.split(": ", 1)[-1], cs, mode),
              f"Thread-Index: AQHc{sd[:20]}==", D, f"Message-ID:\r\n {mid}"] + thread + [
              "Accept-Language: en-US, zh-CN", "Content-Language: en-US", "X-MS-Has-Attach: ",
              "X-MS-TNEF-Correlator: ", "MIME-Version: 1.0"]
    elif client == "outlook_mac":
        top.append(received(host or "mx.southreef.example.com.au", "203.0.113.44", dom, c.sent, sid))
        mid = f"<{sd[:8].upper()}-{sd[8:12].upper()}-{sd[12:16].upper()}-{sd[16:28].upper()}@{fdom}>"
        hs = [F, T] + ([C] if C else []) + [S, "Thread-Topic: " + htext(subj, cs, mode),
              f"Thread-Index: AQHc{sd[:18]}==", D, f"Message-ID: {mid}"] + thread + [
              "User-Agent: Microsoft-MacOutlook/16.96.25041326", "Content-Language: en-AU",
              "MIME-Version: 1.0"]
    elif client == "foxmail":
        top.append(received(host or (user.upper()[:10] + "-NB"), ip, dom, c.sent, sid))
        hs = [D, F, T] + ([C] if C else []) + [S] + thread + [
              "X-Priority: 3", f"X-GUID: {sd[:8].upper()}-{sd[8:12].upper()}-{sd[12:16].upper()}-{sd[16:20].upper()}-{sd[20:32].upper()}",
              "X-Has-Attach: " + ("yes" if "attach" in extra else "no"),
              "X-Mailer: Foxmail 7.2.25.375[cn]", "Mime-Version: 1.0",
              f"Message-ID: <{t:%Y%m%d%H%M%S}{int(sd[:6], 16) % 1000000:06d}@{fdom}>"]
        extra = [e for e in extra if e != "attach"]
    elif client in ("qq", "exmail", "wecom"):
        top.append(received(f"smtpbg{int(sd[:2], 16) % 150 + 1}.qq.com", "54.254.200.92", dom, c.sent, sid))
        hs = ["X-QQ-FEAT: " + sd[:32], "X-QQ-SSF: 00000000000000F0", "X-HAS-ATTACH: no",
              "X-QQ-BUSINESS-ORIGIN: 2", f"X-QQ-mid: xmsezb{sd[:2]}-0t{int(c.sent.timestamp())}t{sd[2:9]}",
              F, T] + ([C] if C else []) + [S, "Mime-Version: 1.0", D, "X-Priority: 3",
              f"Message-ID: <tencent_{sd[:30].upper()}@{'qq.com' if client == 'qq' else 'exmail.qq.com'}>"] + thread + [
              "X-QQ-MIME: TCMime 1.0 by Tencent",
              "X-Mailer: " + {"qq": "QQMail 2.x", "exmail": "QQMail 2.x", "wecom": "WXWork Mail"}[client],
              "X-QQ-Mailer: " + {"qq": "QQMail 2.x", "exmail": "QQMail 2.x", "wecom": "WXWork Mail"}[client]]
    elif client == "coremail":
        top.append(received(host or f"mail.{fdom}", "10.12.0.25", dom, c.sent, sid))
        hs = [D, F, T] + ([C] if C else []) + [S] + thread + [
              "X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20250617(4e7c7c3c)",
              "X-Coremail-Locale: zh_CN", "MIME-Version: 1.0",
              f"Message-ID: <{sd[:8]}.{sd[8:12]}.{sd[12:23]}.Coremail.{user}@{fdom}>",
              f"X-CM-TRANSID: {sd[20:40]}", f"X-CM-SenderInfo: {sd[28:40]}"]
    elif client == "mailmaster":
        top.append(received(host or "m16.mail.163.com", "220.181.12.16", dom, c.sent, sid))
        hs = [D, F, T] + ([C] if C else []) + [S] + thread + [
              "X-Priority: 3", "X-Mailer: NetEase Mail Master 7.19.8", "MIME-Version: 1.0",
              f"Message-ID: <{int(sd[:8], 16)}.{sd[8:14]}.{int(c.sent.timestamp())}@{fdom}>",
              f"X-NTES-SC: AL_Qu2{sd[:24]}"]
    elif client == "feishu":
        top.append(received("va-mail.larksuite.example.com", "101.45.250.17", dom, c.sent, sid))
        hs = [F, T] + ([C] if C else []) + [S, D, f"Message-Id: <{sd[:8]}-{sd[8:12]}-{sd[12:16]}-{sd[16:28]}@lark>"] + thread + [
              "Mime-Version: 1.0", "X-Mailer: Feishu Mail", f"X-Lms-Return-Path: <lba+{sd[:16]}@{fdom}>",
              "X-Original-From: " + addr(fname, femail, cs, mode)]
    elif client == "dingtalk":
        top.append(received("out30-133.freemail.mail.aliyun.com", "115.124.30.133", dom, c.sent, sid))
        hs = [D, F, T] + ([C] if C else []) + [S] + thread + [
              f"Message-ID: <{sd[:8]}-{sd[8:12]}-{sd[12:16]}-{sd[16:28]}.{user}@{fdom}>",
              "X-Mailer: DingTalk Mail (Alimail 6.8)", "X-Priority: 3", "MIME-Version: 1.0",
              f"X-Alimail-AntiSpam: AC=PASS;BC=-1|-1;BR=01201311R{sd[:3]};CH=green"]
    elif client == "gmail":
        top.append(received(f"mail-pj1-f{int(sd[:2], 16) % 70 + 1}.google.com", "209.85.216.47", dom, c.sent, sid))
        hs = ["MIME-Version: 1.0"] + thread + [D, f"Message-ID: <CA+{sd[:30]}=g{sd[30:38]}@mail.gmail.com>", S, F, T] + ([C] if C else [])
    elif client == "apple":
        top.append(received(host or f"{user}-mbp.{fdom}", ip, dom, c.sent, sid))
        hs = [F, "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))", S, D] + ([C] if C else []) + [T] + thread + [
              f"Message-Id: <{sd[:8].upper()}-{sd[8:12].upper()}-{sd[12:16].upper()}-{sd[16:20].upper()}-{sd[20:32].upper()}@{fdom}>",
              "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    elif client == "thunderbird":
        top.append(received(host or f"{user.upper()}-LT", ip, dom, c.sent, sid))
        hs = [f"Message-ID: <{sd[:8]}-{sd[8:12]}-{sd[12:24]}@{fdom}>", D, "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird", "Content-Language: zh-CN", T] + ([C] if C else []) + [F, S] + thread
    else:
        raise ValueError(client)
    return top + hs + list(extra)


def bnd(client, c, n=0):
    sd = h(c.slug + str(n), 32)
    return {
        "outlook": f"----=_NextPart_00{n}_{sd[:4].upper()}_01DC{sd[4:8].upper()}.{sd[8:16].upper()}",
        "outlook_en": f"----=_NextPart_00{n}_{sd[:4].upper()}_01DC{sd[4:8].upper()}.{sd[8:16].upper()}",
        "m365": f"_00{n}_TYZPR06MB{sd[:20].upper()}_",
        "outlook_mac": f"B_{int(sd[:8], 16)}_{int(sd[8:12], 16)}",
        "gmail": f"000000000000{sd[:16]}",
        "foxmail": f"----=_{n:03d}_NextPart{int(sd[:9], 16) % 10**12:012d}_=----",
        "qq": f"----=_NextPart_{sd[:8].upper()}_{sd[8:16].upper()}_{sd[16:24].upper()}",
        "coremail": f"----=_Part_{int(sd[:6], 16)}_{int(sd[6:14], 16)}.{int(c.sent.timestamp()) * 1000 + n}",
        "mailmaster": f"----=_Part_{int(sd[:6], 16)}_{int(sd[6:14], 16)}.{int(c.sent.timestamp()) * 1000 + n}",
        "apple": f"Apple-Mail=_{sd[:8].upper()}-{sd[8:12].upper()}-{sd[12:16].upper()}-{sd[16:20].upper()}-{sd[20:32].upper()}",
        "thunderbird": f"------------{sd[:24]}",
        "feishu": f"{sd[:32]}",
        "dingtalk": f"----=ALIBOUNDARY_{int(sd[:6], 16)}_{sd[6:18]}_{n}",
    }[{"exmail": "qq", "wecom": "qq"}.get(client, client)]


def alt(client, c, plain, html, cs="utf-8", cte="base64", hcte=None, n=0):
    from hl64_core import leaf, multi
    return multi("alternative", [leaf("text/plain", plain, cs, cte), leaf("text/html", html, cs, hcte or cte)],
                 bnd(client, c, n))
