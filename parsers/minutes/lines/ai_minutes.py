"""Minutes where only the actions count: an AI meeting assistant's (飞书妙记, 钉钉闪记, 腾讯会议 智能纪要, 'AI-generated'),
whose summary retells its action section, and a writer's who marks each action ('Action: Bella to …') among notes."""
from __future__ import annotations

import re

AI_WRITTEN = re.compile(r"由\s*AI\s*(?:智能)?生成|AI\s*生成|智能(?:会议)?纪要|妙记|闪记|\bAI[- ]generated\b|"
                        r"\bgenerated\s+(?:by|with)\s+AI\b|\bAI\s+Companion\b|\bCopilot\b", re.I)
# a line its writer marks as an action: '- Action: Bella to …', 'AI (Kelly): …', '2) Action item: …', '[ ] @kiki …'
ACTION_LINE = re.compile(r"^\s*(?:[-*•·▪]|\d{1,2}[.、)）]|[(（]\d{1,2}[)）])?\s*(?:(?:AI|A\.I\.|AP|action(?:\s+(?:item|point))?|行动项|待办)"
                         r"\s*(?:#?\d{1,2}\s*)?(?:[(（][^()（）]{1,30}[)）]\s*)?[:：]|\[\s?\]\s)", re.I)
# a line that hands its owner the work without a mark: 'Jennifer to circulate …', 'Rosie - DM plan …', '苗雨欣：用…'
ASSIGNING_LINE = re.compile(r"^\s*(?:[-*•·▪]|\d{1,2}[.、)）])?\s*@?[^\s:：,，;；.。]{1,20}(?:\s+[A-Z][\w'.\-]*){0,2}"
                            r"(?:\s+(?:to|will|shall|please|pls)\b|\s*[-–—:：])")
MARKED_ENOUGH = 2           # marked lines that make the writer's convention
AI_HINT = re.compile(r"[AaCc智妙闪]")     # a letter every AI_WRITTEN match holds: a cheap scan before the costly one


def ai_written(text: str) -> bool:
    """Minutes an AI meeting assistant wrote (飞书妙记, 钉钉闪记, 'AI-generated'): only their action section counts."""
    return bool(AI_HINT.search(text) and AI_WRITTEN.search(text))


def only_actions(text: str, found) -> set[int]:
    """The items (by index) that are not actions: an AI's minutes outside their action section; minutes whose writer
    marks at least two actions ('Action: …'): their lines outside an action section that neither carry the mark nor hand
    a person the work ('Annelies confirmed …': notes of what was said; tables and 'Owner:/Due:' records are actions)."""
    if ai_written(text):
        return found.outside
    return found.outside - found.marked - found.structured - found.assigned if len(found.marked) >= MARKED_ENOUGH else set()
