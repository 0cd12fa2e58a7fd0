"""A minimal 5-field cron matcher (UTC): ``minute hour day-of-month month day-of-week``.

Each field: ``*``, a number, a range ``a-b``, a list ``a,b,c``, and steps
``*/n`` / ``a-b/n``; day-of-week 0-7 (0 and 7 are Sunday). As in classic
cron, when both day-of-month and day-of-week are restricted a day matches if
either does. No names (``MON``, ``JAN``) and no ``@daily`` shortcuts: the
compiler (pass ``flow_graph``) rejects what this does not understand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))


def _field(text: str, lo: int, hi: int) -> frozenset[int]:
    out: set[int] = set()
    for part in text.split(","):
        step = 1
        if "/" in part:
            part, s = part.split("/", 1)
            step = int(s)
            if step < 1:
                raise ValueError(f"step must be ≥ 1 in {text!r}")
        if part == "*":
            a, b = lo, hi
        elif "-" in part:
            x, y = part.split("-", 1)
            a, b = int(x), int(y)
        else:
            a = b = int(part)
            if step != 1:
                b = hi
        if not (lo <= a <= hi and lo <= b <= hi and a <= b):
            raise ValueError(f"{text!r} is outside {lo}-{hi}")
        out.update(range(a, b + 1, step))
    return frozenset(out)


@dataclass(frozen=True)
class CronSchedule:
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Sunday … 6 = Saturday
    any_day: bool
    any_weekday: bool

    @classmethod
    def parse(cls, expr: str) -> "CronSchedule":
        parts = expr.split()
        if len(parts) != 5:
            raise ValueError(f"a cron expression has 5 fields, got {len(parts)}: {expr!r}")
        m, h, dom, mon, dow = (_field(p, lo, hi) for p, (lo, hi) in zip(parts, _RANGES))
        dow = frozenset(d % 7 for d in dow)
        return cls(m, h, dom, mon, dow, parts[2] == "*", parts[4] == "*")

    def matches(self, t: datetime) -> bool:
        return t.minute in self.minutes and t.hour in self.hours and t.month in self.months and self._day_ok(t)

    def next_after(self, t: datetime) -> datetime:
        """The first matching minute strictly after ``t`` (searches up to 5 years)."""
        cur = t.replace(second=0, microsecond=0) + timedelta(minutes=1)
        limit = cur + timedelta(days=366 * 5)
        while cur < limit:
            if cur.month not in self.months:
                cur = (cur.replace(day=1, hour=0, minute=0) + timedelta(days=32)).replace(day=1)
            elif not self._day_ok(cur):
                cur = cur.replace(hour=0, minute=0) + timedelta(days=1)
            elif cur.hour not in self.hours:
                cur = cur.replace(minute=0) + timedelta(hours=1)
            elif cur.minute not in self.minutes:
                cur += timedelta(minutes=1)
            else:
                return cur
        raise ValueError("the cron expression never matches")

    def _day_ok(self, t: datetime) -> bool:
        dom_ok = t.day in self.days
        dow_ok = (t.isoweekday() % 7) in self.weekdays
        if self.any_day and self.any_weekday:
            return True
        if self.any_day:
            return dow_ok
        if self.any_weekday:
            return dom_ok
        return dom_ok or dow_ok
