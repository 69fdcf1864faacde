"""Timed-job claims: a job runs once per target and period, recorded in job_runs in the same transaction as its mail
(a mixin of Store: it uses the store's `db`, `organisation` and `postgres`)."""
from __future__ import annotations

from datetime import datetime

from minutebot.faults import maybe_crash

CLAIMS = 500                   # (target, period) pairs a statement of claim_jobs reads


class JobClaims:
    def scoped(self, target: str) -> str:
        """A per-person job target (and outbox key part) of this organisation: "org/who", or "who" for the default."""
        return f"{self.organisation}/{target}" if self.organisation else target

    def claim_job(self, job: str, target: str, period: str, at: datetime) -> bool:
        """Record that `job` ran for `target` in `period`; False when it already had (so it never runs twice)."""
        cursor = self.db.execute("INSERT OR IGNORE INTO job_runs (job, target, period, at) VALUES (?, ?, ?, ?)",
                                 [job, target, period, at.isoformat()])
        maybe_crash("store.claimed")
        return cursor.rowcount == 1

    def claim_jobs(self, job: str, wanted: list[tuple[str, str]], at: datetime) -> set[tuple[str, str]]:
        """claim_job for many (target, period) pairs: the pairs this call claimed. Two statements a chunk of CLAIMS,
        not one a pair (a big store's first morning claims ~48,000 items). Call inside a transaction: its write lock
        keeps any other writer from claiming between the read and the insert."""
        wanted, had = list(dict.fromkeys(wanted)), set()
        for start in range(0, len(wanted), CLAIMS):
            chunk = wanted[start:start + CLAIMS]
            targets, periods = list(dict.fromkeys(t for t, _ in chunk)), list(dict.fromkeys(p for _, p in chunk))
            # these periods only, not every period of these targets (an item chased daily for a year has ~250 claims)
            had.update(self.db.execute(f"SELECT target, period FROM job_runs WHERE job = ? AND target IN "
                                       f"({','.join('?' * len(targets))}) AND period IN ({','.join('?' * len(periods))})",
                                       [job, *targets, *periods]).fetchall())
        fresh = [pair for pair in wanted if tuple(pair) not in had]
        sql, rows = "INSERT INTO job_runs (job, target, period, at) VALUES (?, ?, ?, ?)", \
            [(job, target, period, at.isoformat()) for target, period in fresh]
        (self.db.executemany if self.postgres else self.db.conn.executemany)(sql, rows)
        for _ in fresh:
            maybe_crash("store.claimed")              # the kill points count claims, as claim_job's do
        return set(fresh)

    def claimed(self, job: str, target: str, period: str) -> bool:
        """Whether `job` has run for `target` in `period` already (a later pass skips the work, not just the mail)."""
        return bool(self.db.execute("SELECT 1 FROM job_runs WHERE job = ? AND target = ? AND period = ?",
                                    [job, target, period]).fetchone())
