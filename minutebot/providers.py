"""The mail services companies use, by host: what `minutebot check` adds when a login there fails.

The same facts, with ports and settings, are the provider table in docs/providers.md (a test keeps both in step).
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Provider:
    name: str
    hosts: tuple[str, ...]          # host names or domain suffixes of its IMAP and SMTP servers
    fix: str                        # what to change when a login fails


PROVIDERS = (
    Provider("Microsoft 365", ("office365.com", "outlook.com", "office.com"),
             'Microsoft 365 refuses passwords from programs: set auth = "oauth2" in [inbox] and [outbox], with '
             "[oauth2] token_url https://login.microsoftonline.com/TENANT/oauth2/v2.0/token and the IMAP/SMTP "
             "scopes; an admin must also enable IMAP and Authenticated SMTP for the mailbox"),
    Provider("Gmail", ("gmail.com", "googlemail.com"),
             'Gmail: set auth = "oauth2" (token_url https://oauth2.googleapis.com/token, scope '
             "https://mail.google.com/), or turn on 2-Step Verification and use a 16-letter app password; IMAP "
             "must be on in Gmail's settings"),
    Provider("腾讯企业邮箱", ("exmail.qq.com",),
             "腾讯企业邮箱: turn on IMAP/SMTP (设置 → 客户端设置); with 安全登录 on, log in with a 客户端专用密码, "
             "not the web password"),
    Provider("QQ邮箱", ("qq.com",),
             "QQ邮箱: turn on the IMAP/SMTP service and log in with its 授权码, not the QQ password"),
    Provider("阿里企业邮箱", ("qiye.aliyun.com", "mxhichina.com"),
             "阿里企业邮箱: turn on IMAP/SMTP for the account; with 三方客户端安全密码 on, log in with that password"),
    Provider("网易企业邮箱", ("qiye.163.com", "ym.163.com"),
             "网易企业邮箱: turn on IMAP/SMTP (设置 → 客户端设置); with 客户端授权密码 on, log in with it"),
    Provider("网易邮箱 (163/126)", ("163.com", "126.com", "yeah.net"),
             "网易邮箱: turn on the IMAP/SMTP service and log in with its 授权码, not the web password"),
    Provider("Coremail", ("coremail.cn", "icoremail.net"),
             "Coremail: ask the mail admin to allow IMAP/SMTP for the account; where 客户端专用密码 is required, "
             "log in with it"),
)

LOGIN_FAILED = ("login failed", "authenticationfailed", "authentication failed", "refresh token refused",
                "client refused", "refuses passwords", "535 ")


def provider_for(url: str) -> Provider | None:
    """The provider whose servers the url names, or None (a company's own server)."""
    host = (urlsplit(url).hostname or "").lower()
    for provider in PROVIDERS:
        if any(host == h or host.endswith("." + h) for h in provider.hosts):
            return provider
    return None


def login_hint(url: str, problem: str) -> str:
    """'; <provider's fix>' when `problem` is a failed login at a known provider, else ''."""
    if not any(marker in problem.lower() for marker in LOGIN_FAILED):
        return ""
    provider = provider_for(url)
    return f"; {provider.fix}" if provider else ""
