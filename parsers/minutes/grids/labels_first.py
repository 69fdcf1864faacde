"""Labels written over their task: 'Owner: Cathy Liu | Due: 14 Aug (Fri) EOD' and on the line below 'Book space for
the September Mombasa shipment', one such block after another. Each block is turned the usual way up (the task, then
the labels that complete it), so it reads as a task with its owner and due."""
from __future__ import annotations

from parsers.minutes.lines.inline import list_marker, take_labels
from parsers.minutes.lines.sections import heading


def tasks_over_labels(lines: list[str]) -> list[str]:
    """Each run of blank-separated blocks of label lines over one plain line, when the run follows a heading (or
    opens the text), with that line moved over its labels; other lines as they are."""
    blocks = _blocks(lines)
    out: list[str] = []
    for index, (start, end) in enumerate(blocks):
        block = lines[start:end]
        before = lines[blocks[index - 1][0]:blocks[index - 1][1]] if index else []
        if _labels_then_task(block) and (not before or _labels_then_task(before) or _headed(before)):
            block = [block[-1], *block[:-1]]
        out.extend(lines[len(out):start])
        out.extend(block)
    out.extend(lines[len(out):])
    return out


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """The (start, end) of each run of non-blank lines."""
    found, start = [], None
    for index, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = index
        elif not line.strip() and start is not None:
            found.append((start, index))
            start = None
    return found


def _labels_then_task(block: list[str]) -> bool:
    """1 to 3 lines of an owner's or a due's label alone, then one line of plain work."""
    *labels, task = block or [""]
    return 1 <= len(labels) <= 3 and all(_only_labels(line) for line in labels) and \
        any(take_labels(line).owner for line in labels) and not _only_labels(task) and \
        not list_marker(task)[0] and heading(task.strip()) is None and ":" not in task and "：" not in task


def _headed(block: list[str]) -> bool:
    """A block that is a heading alone ('Actions', '行动项：')."""
    return len(block) == 1 and heading(block[0].strip()) is not None


def _only_labels(line: str) -> bool:
    labels = take_labels(line)
    return bool(labels.owner or labels.due) and not labels.rest.strip(" ：:|,，;；")
