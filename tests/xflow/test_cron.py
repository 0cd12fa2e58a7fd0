"""The schedule trigger's 5-field cron matcher (UTC)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from torquec.runtime.xflow.cron import CronSchedule

T = datetime(2024, 2, 28, 23, 59, 30, tzinfo=timezone.utc)  # a Wednesday, in a leap year


@pytest.mark.parametrize("expr, expected", [
    ("* * * * *", datetime(2024, 2, 29, 0, 0)),
    ("*/15 * * * *", datetime(2024, 2, 29, 0, 0)),
    ("7,37 */6 * * *", datetime(2024, 2, 29, 0, 7)),
    ("0 9 * * 1-5", datetime(2024, 2, 29, 9, 0)),
    ("30 2 29 2 *", datetime(2024, 2, 29, 2, 30)),
    ("0 0 1 * 0", datetime(2024, 3, 1, 0, 0)),    # day-of-month OR day-of-week
    ("5 4 * * 7", datetime(2024, 3, 3, 4, 5)),    # 7 is Sunday too
    ("0 12 31 4-6 *", datetime(2024, 5, 31, 12, 0)),
])
def test_next_after(expr, expected):
    assert CronSchedule.parse(expr).next_after(T) == expected.replace(tzinfo=timezone.utc)


@pytest.mark.parametrize("expr", ["* * * *", "60 * * * *", "* 24 * * *", "*/0 * * * *", "5-1 * * * *", "MON * * * *"])
def test_invalid_expressions(expr):
    with pytest.raises(ValueError):
        CronSchedule.parse(expr)


def test_never_matching_expression():
    with pytest.raises(ValueError):
        CronSchedule.parse("0 0 31 2 *").next_after(T)
