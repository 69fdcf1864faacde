"""Per-client header sets for heldout62. Each builder returns the raw bytes a receiving server stores."""
import datetime as dt
from email.utils import format_datetime

from h62_lib import CST, h, addrs, hexid, message, multipart, part, quoted_charset_part

BOTS = {
    "qingsi-hair.example.cn": ("纪要助手", "minutes@qingsi-hair.example.cn", "mail.qingsi-hair.example.cn"),
    "morava-traction.example.cn": ("Minutes Bot", "minutes@morava-traction.example.cn", "mx.morava-traction.example.cn"),
    "sqwgl.example.gov.cn": ("会议纪要助手", "minutes@sqwgl.example.gov.cn", "mail.sqwgl.example.gov.cn"),
    "talang-sports.example.cn": ("纪要机器人", "minutes@talang-sports.example.cn", "mx.talang-sports.example.cn"),
}

CLIENT_HDR = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: zh-cn"],
    "outlook-en": ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-us"],
    "foxmail": ["X-Priority: 3", "X-Has-Attach: no", "X-Mailer: Foxmail 7.2.25.375[cn]"],
    "exmail": ["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"],
    "wecom": ["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: WXWork 4.1.28", "X-QQ-Mailer: WXWork"],
    "coremail": ["X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9fe4ba35)",
                 "X-Coremail-Locale: zh_CN", "X-CM-CTRLDATA: 8Iz9ZGZvb3Rlcl9odG09MTI0Mjo1Ng=="],
    "netease": ["X-Priority: 3", "X-Mailer: NetEase Qiye Mail 2.0", "X-NTES-SC: AL_Qu2bB/2cu0Ar5SmZZukXn0oW"],
    "mailmaster": ["X-Priority: 3", "X-Mailer: NetEase Mail Master iOS 7.19.6", "X-NTES-SC: AL_Qu2bB/ufvk0t4iGZYOkfmUgR"],
    "feishu": ["X-Lms-Return-Path: <lba+26a1f4e2c.ab31@lark-mail.example.net>", "X-Mailer: Lark Mail",
               "X-Lark-Mail-Type: user"],
    "dingtalk": ["X-Alimail-AntiSpam: AC=PASS;BC=-1|-1;BR=01201311R151e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam033037026112;MF=luojia@qingsi-hair.example.cn;NM=1;PH=DW;RN=6;SR=0",
                 "X-Mailer: DingTalk Mail 2.3"],
    "gmail": [],
    "apple": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "macoutlook": ["User-Agent: Microsoft-MacOutlook/16.88.24081116", "Content-Language: zh-CN",
                   "Accept-Language: zh-CN, en-US"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"],
    "m365": ["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
             "X-MS-Exchange-Organization-SCL: 1"],
}


def msgid(client, seed, domain):
    x = hexid(seed, 32)
    return {
        "outlook": "<000001dc%s$%s$%s@%s>" % (x[:4], x[4:12], x[12:20], domain),
        "outlook-en": "<000001dc%s$%s$%s@%s>" % (x[:4], x[4:12], x[12:20], domain),
        "foxmail": "<2026%s%s@%s>" % (x[:10], x[10:14], domain),
        "exmail": "<tencent_%s@qq.com>" % x.upper()[:32],
        "wecom": "<tencent_%s@exmail.qq.com>" % x.upper()[:30],
        "coremail": "<%s.%s.%s@%s>" % (x[:8], x[8:12], x[12:24], domain),
        "netease": "<%s.%s.%s@%s>" % (x[:6], x[6:10], x[10:22], domain),
        "mailmaster": "<%s.%s@%s>" % (x[:12], x[12:16], domain),
        "feishu": "<%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:24], domain),
        "dingtalk": "<%s.%s.%s@%s>" % (x[:6], x[6:10], x[10:22], domain),
        "gmail": "<CA+%s%s@mail.gmail.com>" % (x[:16].upper(), x[16:32]),
        "apple": "<%s-%s-%s-%s@%s>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:28].upper(), domain),
        "macoutlook": "<%s-%s-%s-%s@%s>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:28].upper(), domain),
        "thunderbird": "<%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:24], domain),
        "m365": "<PS2PR06MB%s%s@PS2PR06MB%s.apcprd06.prod.outlook.com>" % (x[:4].upper(), x[4:28].upper(), x[:4].upper()),
    }[client]


def date_hdr(iso, utc=False, paren=False):
    d = dt.datetime.fromisoformat(iso)
    if utc:
        d = d.astimezone(dt.timezone.utc)
        s = d.strftime("%a, %d %b %Y %H:%M:%S +0000")
    else:
        s = format_datetime(d)
    return s + (" (CST)" if paren else "")


def build(client, frm, to, cc, subject, iso, body, bot_dom, cs="utf-8", enc="B", seed=None,
          extra=(), in_reply_to=None, references=None, utc=False, crlf=False, relay_ip="10.20.3.41",
          remote_host=None, quote_names=False, return_path=None):
    """frm: (name, email); to/cc: list of pairs; body: str from multipart()/part() (starts with Content-Type)."""
    bot_name, bot_addr, mx = BOTS[bot_dom]
    seed = seed or (subject + iso)
    fdom = frm[1].split("@")[1]
    mid = msgid(client, seed, fdom)
    d = dt.datetime.fromisoformat(iso)
    recv_iso = (d + dt.timedelta(seconds=3)).isoformat()
    qid = hexid(seed + "q", 11).upper()
    rh = remote_host or ("mail." + fdom)
    hdr = [
        "Return-Path: <%s>" % (return_path if return_path is not None else frm[1]),
        "Delivered-To: %s" % bot_addr,
        "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            rh, rh, relay_ip, mx, qid, bot_addr, format_datetime(dt.datetime.fromisoformat(recv_iso).astimezone(CST))),
    ]
    if client == "gmail":
        hdr += ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=20230601; t=%d;\n"
                "\th=mime-version:from:date:message-id:subject:to:cc; bh=%s=;\n\tb=%s" % (
                    fdom, int(d.timestamp()), hexid(seed + "bh", 43), hexid(seed + "b", 64)),
                "X-Google-Smtp-Source: AGHT+IE%s" % hexid(seed + "g", 40),
                "X-Received: by 2002:a05:6402:%s with SMTP id %s; %s" % (
                    hexid(seed + "r", 4), hexid(seed + "s", 12), format_datetime(d))]
    hdr += CLIENT_HDR[client]
    hdr += ["From: " + addrs([frm], cs, enc, quote_names)]
    if to:
        hdr += ["To: " + addrs(to, cs, enc, quote_names)]
    if cc:
        hdr += ["Cc: " + addrs(cc, cs, enc, quote_names)]
    hdr += ["Subject: " + h(subject, cs, enc),
            "Date: " + date_hdr(iso, utc=utc),
            "Message-ID: " + mid]
    if in_reply_to:
        hdr += ["In-Reply-To: " + in_reply_to]
    if references:
        hdr += ["References: " + references]
    if client in ("outlook", "outlook-en", "m365", "macoutlook"):
        hdr += ["Thread-Topic: " + h(subject.split(": ", 1)[-1].split("：", 1)[-1], cs, enc),
                "Thread-Index: Adz%s==" % hexid(seed + "ti", 26)]
    if client == "apple":
        hdr += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"]
    else:
        hdr += ["MIME-Version: 1.0"]
    hdr += list(extra)
    return message(hdr, body, crlf=crlf), mid


def alt(text, html, boundary, cs="utf-8", cte_t="base64", cte_h="base64", quoted=False, preamble=""):
    mk = quoted_charset_part if quoted else part
    return multipart("alternative", [mk(text, "plain", cs, cte_t), mk(html, "html", cs, cte_h)], boundary, preamble)


def bot(dom):
    n, a, _ = BOTS[dom]
    return (n, a)
