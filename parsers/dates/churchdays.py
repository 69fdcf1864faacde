"""Church days counted from Easter (复活节, 耶稣受难日, 复活节星期一 — Hong Kong's public holidays — and the rest of the
Easter cycle), Western or, after 东正教, Orthodox; the Easter date itself comes from python-dateutil."""
from __future__ import annotations

from datetime import date, timedelta

ORTHODOX_PREFIX = "东正教"
FROM_EASTER = {      # names as normalised (Traditional -> Simplified), days after Easter Sunday
    -47: ("忏悔节", "忏悔火曜日", "忏悔星期二"),
    -46: ("大斋首日", "圣灰礼仪日", "圣灰日", "灰日"),
    -8: ("拉撒路圣周六", "拉匝路周六"),
    -7: ("棕枝主日", "圣枝主日", "圣树主日", "基督苦难主日"),
    -3: ("圣周星期四", "圣周四", "神圣星期四", "濯足节", "设立圣餐日"),
    -2: ("耶稣受难日", "耶稣受难节", "主受难日", "主受难节", "受难节", "圣周五", "沈默周五", "沉默周五", "沈默星期五"),
    -1: ("耶稣受难日翌日", "主受难节翌日", "主受难日翌日", "神圣周六", "圣周六", "黑色星期六", "复活节前夜", "复活节前一天"),
    0: ("复活节", "主复活日", "复活节星期日", "复活节主日"),
    1: ("复活节星期一", "复活节周一", "复活节翌日"),
    49: ("五旬节", "圣灵降临节", "圣灵降临日"),
    50: ("圣灵节庆日", "圣灵降临节星期一"),
    56: ("圣三一主日", "天主三一主日", "天主圣三一节", "圣三主日", "圣三节"),
    60: ("基督圣体节", "基督圣体圣血瞻礼", "基督圣体圣血节"),
}
OFFSETS = {name: offset for offset, names in FROM_EASTER.items() for name in names}
ORTHODOX_ONLY = ("拉撒路圣周六", "拉匝路周六")          # Lazarus Saturday is kept by the Orthodox churches
NAMES = [*OFFSETS, *(ORTHODOX_PREFIX + name for name in OFFSETS)]


def is_church_day(name: str) -> bool:
    return name.removeprefix(ORTHODOX_PREFIX) in OFFSETS


def church_day(name: str, year: int) -> date:
    """The day `name` falls on in `year`: Easter of that year (Western, or Orthodox after 东正教) plus its offset."""
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
    base = name.removeprefix(ORTHODOX_PREFIX)
    orthodox = name.startswith(ORTHODOX_PREFIX) or base in ORTHODOX_ONLY
    return easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN) + timedelta(days=OFFSETS[base])
