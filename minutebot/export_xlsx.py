"""`minutebot items --format xlsx`: the rows as the tracking table teams already keep (跨部门协作事项跟踪表).

Sheet 1 has the table's own columns — 序号, 事项名称, 发起部门, 协作部门, 责任人, 计划开始时间, 计划完成时间, 实际完成时间,
进展情况, 风险点及应对措施 — then the meeting and each item's status history; sheet 2 lists every change (who, when,
what). Times are real Excel dates (sortable, filterable), in the bot's time zone. Every text is stored as text:
a task, subject or name that starts with = is never a formula, and control characters that XML cannot carry become
U+FFFD instead of failing the export.
"""
from __future__ import annotations

from datetime import datetime

from minutebot.export_words import change_words

TITLE = {"zh": "跨部门协作事项跟踪表", "en": "Cross-department action item tracker"}
COLUMNS = {
    "zh": ("序号", "事项名称", "发起部门", "协作部门", "责任人", "计划开始时间", "计划完成时间", "实际完成时间", "进展情况",
           "风险点及应对措施", "所属会议", "状态记录"),
    "en": ("No.", "Task", "Initiating dept", "Owner dept", "Owner", "Planned start", "Planned finish",
           "Actual finish", "Progress", "Risks and measures", "Meeting", "Status history"),
}
WIDTHS = (6, 36, 12, 12, 10, 17, 17, 17, 22, 34, 26, 34)
HISTORY_SHEET = {"zh": ("变更记录", ("序号", "所属会议", "会议内序号", "时间", "操作人", "动作", "原值", "新值")),
                 "en": ("History", ("No.", "Meeting", "Item", "When", "By", "Action", "Old", "New"))}
ACTIONS = {"zh": {"item_created": "创建", "item_corrected": "更正", "item_cancelled": "取消", "confirm": "确认",
                  "object": "提出异议", "done": "完成", "progress": "更新进度", "extend": "延期",
                  "confirmed_by_silence": "视为无异议", "archived": "归档（导入时已逾期）",
                  "archived_over_cap": "归档（超出导入后首日催办上限）"},
           "en": {"item_created": "created", "item_corrected": "corrected", "item_cancelled": "cancelled",
                  "confirm": "confirmed", "object": "objected", "done": "done", "progress": "progress",
                  "extend": "extended", "confirmed_by_silence": "confirmed by silence",
                  "archived": "archived (overdue at import)", "archived_over_cap": "archived (over the first-run cap)"}}
DATE_FORMAT = "yyyy-mm-dd hh:mm"


def write_xlsx(rows: list[dict], path: str, lang: str = "zh") -> None:
    from openpyxl import Workbook
    book = Workbook()
    _items_sheet(book.active, rows, lang)
    _history_sheet(book.create_sheet(HISTORY_SHEET[lang][0]), rows, lang)
    book.save(path)


def _items_sheet(sheet, rows: list[dict], lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    sheet.title = TITLE[lang][:31]
    sheet.append([TITLE[lang]])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS[lang]))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(list(COLUMNS[lang]))
    for cell in sheet[2]:
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
    for index, row in enumerate(rows, start=1):
        append_text(sheet, tracking_row(index, row, lang))
    for number, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    for line in sheet.iter_rows(min_row=3):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, datetime):
                cell.number_format = DATE_FORMAT
    sheet.freeze_panes = "C3"
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(COLUMNS[lang]))}{len(rows) + 2}"


def tracking_row(index: int, row: dict, lang: str) -> list:
    """One item as the tracking table's cells, in COLUMNS order."""
    unnamed = "（未指定）" if lang == "zh" else "(none)"
    meeting = f"{row['meeting_title']}（#{row['meeting_id']}，第{row['number']}项）" if lang == "zh" \
        else f"{row['meeting_title']} (#{row['meeting_id']}, item {row['number']})"
    return [index, row["task"], row["organizer_department"] or row["organizer_name"] or row["organizer_email"],
            row["department"] or "", row["owner_name"] or row["owner_email"] or unnamed,
            local_time(row["meeting_held_at"]), local_time(row["due"]) or row["due_text"] or "",
            local_time(row["done_at"]), row["progress"], row["risk"], meeting, status_history(row, lang)]


def status_history(row: dict, lang: str) -> str:
    """'10-10 15:05 创建' lines, one per change, with who made it."""
    names = ACTIONS[lang]
    lines = []
    for event in row["history"]:
        who = event.get("by", event["actor"]) if event["actor"] and event["actor"] != "minutebot" else ""
        label = names.get(event["action"], event["action"])
        lines.append(f"{event['at'][5:16].replace('T', ' ')} {label}" + (f" {who}" if who else ""))
    return "\n".join(lines)


def _history_sheet(sheet, rows: list[dict], lang: str) -> None:
    from openpyxl.styles import Font
    sheet.append(list(HISTORY_SHEET[lang][1]))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    names = ACTIONS[lang]
    for index, row in enumerate(rows, start=1):
        for event in row["history"]:
            append_text(sheet, [index, row["meeting_title"], row["number"], local_time(event["at"]),
                                event.get("by", event["actor"] or ""), names.get(event["action"], event["action"]),
                                change_words(event["old"], lang), change_words(event["new"], lang)])
            sheet.cell(sheet.max_row, 4).number_format = DATE_FORMAT
    for letter, width in zip("ABCDEFGH", (6, 24, 10, 17, 26, 12, 30, 30)):
        sheet.column_dimensions[letter].width = width


def append_text(sheet, values: list) -> None:
    """Append one row whose strings are text cells: never formulas, no characters XML cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    sheet.append([ILLEGAL_CHARACTERS_RE.sub("\ufffd", v) if isinstance(v, str) else v for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def local_time(iso: str | None) -> datetime | None:
    """Excel has no time zones: the wall-clock time as stored (the bot's zone)."""
    return datetime.fromisoformat(iso).replace(tzinfo=None) if iso else None

