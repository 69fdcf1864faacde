"""A line-by-line port of github/email_reply_parser 0.5.11 (MIT) visible_text, used once to write expected/*.txt."""
import re, sys
from pathlib import Path

SIG = re.compile(r"(--\s*$|__\s*$|\w-$)|(^(\w+\s+){1,3}ym morf tneS$)", re.M)
WS = " \t\n\v\f\r\0"

class Frag:
    def __init__(self, quoted, line):
        self.quoted, self.signature, self.hidden, self.lines = quoted, False, False, [line]

def visible_text(text):
    text = text.replace("\r\n", "\n")
    m = re.search(r"^(?!On.*On\s.+?wrote:)(On\s(.+?)wrote:)$", text, re.M | re.S)
    if m:
        text = text.replace(m.group(1), m.group(1).replace("\n", " "))
    text = re.sub(r"([^\n])(?=\n_{7}_+)$", "\\1\n", text, flags=re.M | re.S)
    text = text[::-1]
    state = {"found": False, "frag": None, "frags": []}

    def finish():
        f = state["frag"]
        if f:
            f.content = "\n".join(f.lines)[::-1]
            if not state["found"]:
                if f.quoted or f.signature or f.content.strip(WS) == "":
                    f.hidden = True
                else:
                    state["found"] = True
            state["frags"].append(f)
        state["frag"] = None

    def scan(line):
        line = line[:-1] if line.endswith("\n") else line
        if not SIG.search(line):
            line = line.lstrip(WS)
        quoted = bool(re.search(r"(>)$", line))
        f = state["frag"]
        if f and line == "":
            if SIG.search(f.lines[-1]):
                f.signature = True
                finish()
        f = state["frag"]
        header = re.search(r"^:etorw.*nO$", line) or re.search(r"^.*:(morF|tneS|oT|tcejbuS)$", line)
        if f and (f.quoted == quoted or (f.quoted and (header or line == ""))):
            f.lines.append(line)
        else:
            finish()
            state["frag"] = Frag(quoted, line)

    pos = 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            break
        scan(text[pos:nl + 1]); pos = nl + 1
    if text[pos:]:
        scan(text[pos:])
    finish()
    frags = state["frags"][::-1]
    return "\n".join(f.content for f in frags if not f.hidden).rstrip(WS)

if __name__ == "__main__":
    src = Path(sys.argv[1]); out = Path(sys.argv[2]); out.mkdir(exist_ok=True)
    for p in sorted(src.glob("*.txt")):
        (out / p.name).write_text(visible_text(p.read_text(encoding="utf-8")) + "\n", encoding="utf-8")
