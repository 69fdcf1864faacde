"""Objections read in a reply ('第2项有异议：…', 'not ours', 'we object'), what says there is none ('无异议'), and an
objection taken back ('第5项我撤回异议', 'I withdraw my objection'), which is a confirm and no objection."""
from __future__ import annotations

import re

from parsers.replies import lexicon
from parsers.replies.references import Mention

NO_OBJECTION = re.compile(r"(?:没有|没|无|并无|暂无|毫无|不存在|未有)(?:任何|其他|其它|别的|啥|什么)?(?:异议|意见|不同意见)|不反对|"
                          r"\bno\s+(?:further\s+)?(?:objections?|concerns?|issues?|comments?)\b|\b(?:don't|do\s+not)\s+(?:have\s+any\s+objections?|"
                          r"object)\b", re.I)
IF_OBJECTION = re.compile(r"(?:如|如果|若|倘若|假如|是否|有无|有没有)有?(?:任何)?异议|\bif\s+(?:you|anyone|there)\b[^.;]{0,30}"
                          r"\b(?:disagree|object)|\bany\s+objections?", re.I)
OBJECT = re.compile(r"有异议|提出异议|存在异议|异议|不同意|反对|不认可|不接受|有不同意见|不是我负责|不是我的|不归我|不属于我|非我负责|"
                    r"不由我负责|不该我负责|负责不了|无法负责|不能负责|负责人(?:不对|有误|错了|应为|应该是)|不是我们?(?:部门|团队|小组|组)?(?:的|负责)|应(?:该|当)?由.{1,10}?负责|"
                    r"有(?:些|点)?意见|(?<=项)\s*有(?:些|点)?问题|\b(?:don't|do\s+not)\s+think\b[^.;]{0,30}\b(?:ours|mine)\b|"
                    r"\bshould\s+be\s+(?:owned|handled|led)\s+by\b|\bi\s+object\b|\bwe\s+object\b|\bobject(?:ion)?s?\b|"
                    r"\bdisagree\b|\b(?:not|isn't|aren't)\s+(?:mine|ours)\b|\bnot\s+(?:my|our)\s+(?:item|task|action|responsibility|job)\b|"
                    r"\bwrong\s+owner\b|\b(?:don't|do\s+not|cannot|can't)\s+agree\b|\bdispute\b|"
                    r"\b(?:is|are|'s)\s+not\s+(?:right|correct)\b|\bimpossible\s+for\s+(?:us|me)\b|\bplease\s+correct\b|"   # 'Item 6 is not right'
                    r"(?<=项)\s*(?:不对|有误|不合理|不现实)", re.I)
WITHDRAWN = re.compile(r"(?:撤回|撤销|撤銷|收回|取消)了?(?:我的|我们的|之前的|此前的|上述)?(?:异议|異議|反对意见)|(?:异议|異議)(?:撤回|撤销|取消)|"
                       r"\bwithdraw(?:s|n|ing)?\s+(?:my|our|the)\s+objection|\bno\s+longer\s+object", re.I)


def no_objection(text: str) -> list[Mention]:
    found = [Mention("confirm", m.start(), m.end()) for m in NO_OBJECTION.finditer(text)]
    found += lexicon.mentions("no_objection", text)
    return found + [Mention("none", m.start(), m.end()) for m in IF_OBJECTION.finditer(text)]


def objections(text: str) -> list[Mention]:
    """Objections, but not one withdrawn ('第5项我撤回异议', 'I withdraw my objection'): that is a confirm (withdrawn)."""
    withdrawn = [range(m.start(), m.end()) for m in WITHDRAWN.finditer(text)]
    return [Mention("object", m.start(), m.end()) for m in OBJECT.finditer(text)
            if not any(m.start() in span for span in withdrawn)] + \
        [m for m in lexicon.mentions("object", text) if not any(m.start in span for span in withdrawn)]


def withdrawn(text: str) -> list[Mention]:
    """An objection taken back, as a confirm."""
    return [Mention("confirm", m.start(), m.end()) for m in WITHDRAWN.finditer(text)]
