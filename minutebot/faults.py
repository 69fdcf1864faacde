"""Crash on purpose at a named point, for the kill -9 tests: `MINUTEBOT_CRASH_AT=handle.committed:3` kills the process
with SIGKILL the third time the code passes `maybe_crash("handle.committed")`.

The points sit between the steps whose order makes a crash harmless (parse, transaction, commit, move, send, mark),
so tests/test_faults.py can prove that a crash at each of them loses nothing and doubles nothing. With the variable
unset — always, in production — `maybe_crash` is one comparison of a module constant.
"""
from __future__ import annotations

import os
import signal

_PLAN = os.environ.get("MINUTEBOT_CRASH_AT", "")
_POINT, _, _NTH = _PLAN.partition(":")
_passed = 0


def maybe_crash(point: str) -> None:
    """Die as kill -9 would (no cleanup, no flush, no commit) at the planned point's nth pass."""
    global _passed
    if not _PLAN or point != _POINT:
        return
    _passed += 1
    if _passed >= int(_NTH or 1):
        os.write(2, f"minutebot: crashing on purpose at {point}:{_passed}\n".encode())
        os.kill(os.getpid(), signal.SIGKILL)
