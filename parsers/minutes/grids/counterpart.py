"""The other side's contact in a row of the 外部沟通跟进表 (对方单位/联系人: '苏稽镇便民服务中心/张桂兰') owns the steps of
the row that say the other side does them ('①对方提供超时日志（7月30日前）'), not the row's 负责人."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.owning.owners import Owner, read_owner

CONTACT_LABEL = re.compile(r"^(?:对方|客户|合作方|外部)(?:单位|公司|机构)?\s*[/／及和、]?\s*(?:联系人|对接人|负责人)$|^对方$")
THEIR_STEP = re.compile(r"^\s*(?:由\s*)?(?:对方|对方单位)(?=[\u4e00-\u9fff])")
NAME_PARTS = re.compile(r"\s*[/／、,，|]\s*")


def counterpart(pairs: tuple[tuple[str, str], ...], ctx: Context) -> Owner | None:
    """The person named in the row's counterpart-contact cell, or None ('嘉州数字科技集团/郑凯文' -> 郑凯文)."""
    for label, value in pairs:
        if CONTACT_LABEL.match(re.sub(r"\s+", "", label)):
            for part in reversed(NAME_PARTS.split(value.strip())):
                owner = part and read_owner(part, ctx.roster, ctx.known, "none")
                if owner and owner.person:
                    return owner
    return None


def their_step(piece: str) -> str | None:
    """The step without its '对方' when the other side does it, else None."""
    m = THEIR_STEP.match(piece)
    return piece[m.end():] if m else None
