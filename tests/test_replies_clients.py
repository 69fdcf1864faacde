"""Replies as Chinese mail clients write them (tests/data/replies_clients, written by make_clients.py): QQ, Foxmail,
Outlook zh-CN/zh-TW, 163/126, Mail Master, Gmail zh/en, Apple Mail, Coremail, 企业微信/钉钉/飞书 mail, with every
shape of issue 14, scored through the shared scorer. Before the work on issue 14 the reply score was 0.737 (28/38);
every reply must now read right (intent, items, percent and new date).
"""
from pathlib import Path

import pytest

from gold import assert_script_writes_the_stored_cases
from test_corpus import SCORER, score

CLIENTS = Path(__file__).resolve().parent / "data" / "replies_clients"


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_client_reply_reads_right():
    metrics = score(CLIENTS)
    assert metrics["errors"] == 0 and metrics["cases"] >= 36
    assert metrics["kind_acc"] == 1.0 and metrics["reply_acc"] == 1.0


def test_the_mails_are_what_the_script_writes(tmp_path):
    assert_script_writes_the_stored_cases(CLIENTS / "make_clients.py", tmp_path, least=36)
