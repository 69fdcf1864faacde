"""How long one daemon pass may spend on timed work before it reads the inbox again (a big store's first morning)."""
from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass
class Budget:
    """A deadline on the monotonic clock. A job asks `spent()` before it starts (its queries included) and calls
    `used()` after each unit of work (one owner's mail, one organizer's digest); the budget is spent only once the
    pass has done at least one unit, so every pass moves on. `cut` records that work was left for the next pass,
    which finds it again since each unit is claimed as it is done."""
    stop_at: float = float("inf")
    units: int = 0
    cut: bool = False

    @classmethod
    def of(cls, seconds: float) -> "Budget":
        """`seconds` from now; 0 means no limit (`tick`, which runs every job to the end)."""
        return cls(time.monotonic() + seconds if seconds else float("inf"))

    def spent(self) -> bool:
        if self.units and self.stop_at != float("inf") and time.monotonic() >= self.stop_at:
            self.cut = True
        return self.cut

    def used(self) -> bool:
        """One unit done; whether the budget is now spent."""
        if self.stop_at == float("inf"):
            return False
        self.units += 1
        return self.spent()


UNLIMITED = Budget()            # the default of a job called on its own: never spent, never cut
