"""Minutes from a sixteenth blind set (written by a helper that had not read the parser): tests/data/heldout16 — a
Nanjing pharmaceutical distributor, a Dalian seafood exporter, a Beijing growth team and a Guiyang data-centre
construction project, 40 mails (30 minutes with 100 gold items, 6 replies, 3 auto, 1 other). Kept sealed all
session and never tuned on: items F1 0.814, due 0.899, owner 1.000, flags 0.911, kind 0.975, reply 0.833, follow-up
0.833 on 34edb24 (the session's start), at its arrival (3352eca, after the first round) and on 3f673f9 and the final
main (after the second round, which lifted heldout14 from 0.894 to 0.984 and heldout15 from 0.859 to 0.921): the
tuning of both rounds did not reach these writers. Its misses are listed below as they came, unread.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT16 = Path(__file__).resolve().parent / "data" / "heldout16"
KNOWN = {
    '3002-pharma-liangpiaozhi-gov-style-coremail': 'not read yet (blind miss, no rule written for it): missed item 孙立: 整理2025年度学术会议费用台账，补齐会议签到表、现场照片及讲者劳务协议',
    '3005-pharma-forward-coldchain-preface': 'not read yet (blind miss, no rule written for it): due 2025-07-08 12:00 != 2025-07-11 None (通知江北片区6家医院药剂科7月15日起冷链药品改为上午配送)',
    '3006-pharma-oneline-boss-iphone': 'not read yet (blind miss, no rule written for it): missed item 何丽萍: 把补开的发票寄出去',
    '3008-seafood-haccp-table-extra-columns': "not read yet (blind miss, no rule written for it): next_followup {'start': '2025-04-07T14:00:00+08:00', 'end': None, 'location': None} != {'date': '2025-04-10', 'time': '14:00'}",
    '3009-seafood-japan-buyer-english-jst': 'not read yet (blind miss, no rule written for it): missed item 姜美玲: 提交轻微不符合项No.1（洗手台日文标识）的纠正措施报告; missed item 林雪: 提供最近6批冷冻鲭鱼片的组胺检测数据; missed item Kenji Tanaka: 与丸中水产品质部确认零售包装新标签版式; missed item 曲波: 复核3号冷库温度记录; extra item 姜美玲: Corrective action report for minor finding No.1; extra item 林雪: Histamine test data of the last 6 lots of frozen mackerel fillet; extra item None: New label layout for the retail pack - confirmation with our QA dept. / ）; extra item 曲波: Re-check of freezer room No.3 temperature record',
    '3010-seafood-person-headings-foxmail': 'not read yet (blind miss, no rule written for it): missed item 曲波: 出中韩双语版过敏原声明; extra item 曲波: 韩国客户（Hanbada）要的过敏原声明，出中韩双语版; extra item 丛志刚: 2号车间更衣室风淋门坏了，已报修，厂家来人; extra item 丛志刚: 卫生抽检由每周1次改为每周2次，即日起执行',
    '3011-seafood-korean-buyer-bilingual': "not read yet (blind miss, no rule written for it): missed item 林雪: 发送修改后的规格书（spec sheet）; missed item 姜美玲: 确认卫生证书样本（韩国MFDS进口食品登记用）; missed item 김민수: 确认进口商登记更新资料后回复; extra item 林雪: 수정된 규격서(spec sheet) 송부, 3/19까지; extra item 姜美玲: 卫生证书 샘플 확인 (韩国 MFDS 수입식품 등록용), 3월 말까지; extra item None: 다음 회의 / 下次会议: 4월 5일(월) 오전 10시; extra item 박지호: 드림; next_followup None != {'date': '2027-04-05', 'time': '09:00'}",
    '3012-seafood-reply-done-item3-japanese-buyer': "not read yet (blind miss, no rule written for it): reply ['items']: got {'intent': 'done', 'items': [], 'percent': None, 'new_due_date': None, 'text': 'Dear sirs,\\n\\nRegarding item No.3 (label layou...",
    '3013-seafood-new-minutes-in-old-thread': 'not read yet (blind miss, no rule written for it): missed item 曲波: 完成新到包材的迁移检测报告; missed item None: 发出国庆值班排班表',
    '3015-growth-feishu-markdown-checkboxes': "not read yet (blind miss, no rule written for it): due None None != 2026-01-09 None (iOS push 权限弹窗 AB 打点补齐); flags ['no_due'] != [] (iOS push 权限弹窗 AB 打点补齐)",
    '3019-growth-excel-tsv-spring-festival': "not read yet (blind miss, no rule written for it): due 2026-03-05 None != None None (拉新素材 CTR 看板); flags [] != ['vague_due'] (拉新素材 CTR 看板)",
    '3021-growth-other-request-bot-cc': 'not read yet (blind miss, no rule written for it): kind minutes != other; extra item 田野: 埋点字典你那边能更新一版给我吗？不急的话也行',
    '3023-dc-jianli-weekly-meeting-formal': 'not read yet (blind miss, no rule written for it): missed item 韦刚: 整改3号楼屋面临边防护缺失并书面回复监理通知单; missed item 杨涛: 编制UPS设备赶工计划报监理部审批; missed item 龙海燕: 补齐隐蔽工程验收资料并报监理部; missed item None: 完成2号楼桥架安装; extra item None: 安全文明施工：巡查发现3号楼屋面临边防护缺失。要求总包安全员韦刚整改完毕，并书面回复监理通知单',
    '3024-dc-zhuze-peihe-subtasks-one-cell': "not read yet (blind miss, no rule written for it): flags ['no_due'] != ['vague_due'] (二次深化图纸会审); due None None != 2026-07-15 None (7月份安全教育培训及考核); flags ['no_due'] != [] (7月份安全教育培训及考核); due None None != 2026-07-10 None (吊装区域交通疏导方案); flags ['no_due'] != [] (吊装区域交通疏导方案); due None None != 2026-07-08 None (1号楼冷水机组吊装方案报审); flags ['no_due'] != [] (1号楼冷水机组吊装方案报审)",
    '3025-dc-zhenggai-tongzhidan-table-holidays': "not read yet (blind miss, no rule written for it): missed item 文志强: 2号楼屋面临边防护栏杆按规范加高并满挂密目网; extra item 文志强: 临边防护栏杆高度不足1.2m; next_followup None != {'date': '2026-10-08', 'time': None}",
    '3026-dc-same-task-twice-continued-numbering': 'not read yet (blind miss, no rule written for it): missed item 韦刚: 元旦值班安排',
    '3027-dc-next-meeting-two-lines-apple': "not read yet (blind miss, no rule written for it): due 2026-04-05 None != None None (跟业主确认冷通道封闭方案); flags [] != ['vague_due'] (跟业主确认冷通道封闭方案); next_followup {'start': '2026-03-26T09:00:00+08:00', 'end': None, 'location': None} != {'date': '2026-03-26', 'time': '14:30'}",
    '3031-pharma-training-decisions-one-request': 'not read yet (blind miss, no rule written for it): missed item None: 将本区域医药代表签字的《合规承诺书》原件交合规部存档',
    '3032-seafood-japanese-style-tantou-kigen': "not read yet (blind miss, no rule written for it): next_followup None != {'date': '2025-06-09', 'time': '16:00'}",
    '3033-growth-wrapped-items-nested-brackets': 'not read yet (blind miss, no rule written for it): missed item 田野: 结算页改版的 AA 实验; extra item None: 结算页改版的 AA 实验',
    '3034-dc-subcontractor-qq-short-list': 'not read yet (blind miss, no rule written for it): missed item None: 报12月份进度款资料给总包龙工',
    '3037-pharma-tracking-table-midautumn-national': 'not read yet (blind miss, no rule written for it): due 2026-09-28 None != 2026-10-08 None (第十一批集采品种价格联动调整)',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT16, KNOWN)


def test_heldout16_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT16 / "make_heldout16.py", tmp_path, least=28)
