"""How long one daemon pass may spend on timed work before it reads the inbox again (a big store's first morning)."""
from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass
class Budget:
    """A deadline on the monotonic clock; `cut` records that a job stopped at it with work left for the next pass.
    Jobs ask `spent()` after each unit of work (one owner's mail, one organizer's digest), never before the first,
    so every pass moves on; what they leave is found again next pass, since each unit is claimed as it is done."""
    stop_at: float = float("inf")
    cut: bool = False

    @classmethod
    def of(cls, seconds: float) -> "Budget":
        """`seconds` from now; 0 means no limit (`tick`, which runs every job to the end)."""
        return cls(time.monotonic() + seconds if seconds else float("inf"))

    def spent(self) -> bool:
        if self.stop_at != float("inf") and time.monotonic() >= self.stop_at:
            self.cut = True
        return self.cut


UNLIMITED = Budget()            # the default of a job called on its own: never spent, never cut
