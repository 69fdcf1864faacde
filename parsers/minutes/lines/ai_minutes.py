"""Minutes an AI meeting assistant wrote (飞书妙记, 钉钉闪记, 腾讯会议 智能纪要, 'AI-generated'): only their action section
counts, their summary retells it."""
from __future__ import annotations

import re

AI_WRITTEN = re.compile(r"由\s*AI\s*(?:智能)?生成|AI\s*生成|智能(?:会议)?纪要|妙记|闪记|\bAI[- ]generated\b|"
                        r"\bgenerated\s+(?:by|with)\s+AI\b|\bAI\s+Companion\b|\bCopilot\b", re.I)
AI_HINT = re.compile(r"[AaCc智妙闪]")     # a letter every AI_WRITTEN match holds: a cheap scan before the costly one


def ai_written(text: str) -> bool:
    """Minutes an AI meeting assistant wrote (飞书妙记, 钉钉闪记, 'AI-generated'): only their action section counts."""
    return bool(AI_HINT.search(text) and AI_WRITTEN.search(text))
