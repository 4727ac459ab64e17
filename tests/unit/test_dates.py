import datetime as dt

import pytest

from app.dates import parse_date

NOV_3 = dt.date(2026, 11, 3)


@pytest.mark.parametrize(
    "text",
    [
        "3. november 2026",
        "3/11/2026",
        "3-11-2026",
        "2026-11-03",
        "3 November 2026",
        "November 3, 2026",
        "3. nov. 2026",
        "  3.  NOVEMBER  2026 ",
        "3.11.2026",
        "Nov 3 2026",
        "3 nov 2026",
    ],
)
def test_reads_danish_and_english_forms(text: str) -> None:
    assert parse_date(text) == NOV_3


def test_danish_month_names() -> None:
    assert parse_date("17. marts 2026") == dt.date(2026, 3, 17)
    assert parse_date("1. maj 2026") == dt.date(2026, 5, 1)
    assert parse_date("5. okt. 2026") == dt.date(2026, 10, 5)


@pytest.mark.parametrize("text", ["", "hello", "31/2/2026", "3. smarch 2026", "2026-13-01"])
def test_nonsense_reads_as_none(text: str) -> None:
    assert parse_date(text) is None
