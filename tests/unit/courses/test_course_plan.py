"""Course plans from TOML and CSV files, and the messages for bad ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.courses.plan import CoursePlanError, import_plan, load_plan, parse_day
from app.courses.service import CourseService
from app.journal.service import JournalService

TOML_PLAN = """\
# Kursusplan udleveret af underviseren
name = "Ledelse i netværksstaten"

[[modules]]
name = "Modul 1: Offentlig værdi"
date = 2026-01-15
place = "Kolding"
notes = "Læs kapitel 3 før modulet"

[[modules]]
name = "Modul 2: Netværksledelse"
date = "05.03.2026"

[[modules]]
name = "Modul 3: Legitimitet"
date = 2026-05-20
"""

CSV_PLAN = """\
name,date,place,notes
Modul 2: Netværksledelse,2026-03-05,Vejle,
"Modul 1: Offentlig værdi, potentialitet",15.01.2026,Kolding,"Læs kapitel 3"
Modul 3: Legitimitet,2026-05-20,,
"""


@pytest.fixture
def courses(journal: JournalService) -> CourseService:
    return CourseService(journal=journal)


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_toml_plan(tmp_path: Path) -> None:
    plan = load_plan(write(tmp_path, "plan.toml", TOML_PLAN))
    assert plan.name == "Ledelse i netværksstaten"
    assert [(m.name, m.day) for m in plan.modules] == [
        ("Modul 1: Offentlig værdi", dt.date(2026, 1, 15)),
        ("Modul 2: Netværksledelse", dt.date(2026, 3, 5)),
        ("Modul 3: Legitimitet", dt.date(2026, 5, 20)),
    ]
    assert plan.modules[0].place == "Kolding"
    assert plan.modules[0].notes == "Læs kapitel 3 før modulet"


def test_csv_plan_sorted_by_date_with_quoted_commas(tmp_path: Path) -> None:
    plan = load_plan(write(tmp_path, "plan.csv", CSV_PLAN))
    assert plan.name is None
    assert [m.name for m in plan.modules] == [
        "Modul 1: Offentlig værdi, potentialitet",
        "Modul 2: Netværksledelse",
        "Modul 3: Legitimitet",
    ]
    assert plan.modules[0].notes == "Læs kapitel 3"
    assert plan.modules[1].place == "Vejle"
    assert plan.modules[2].place is None


def test_danish_spreadsheet_csv_with_bom_and_semicolons(tmp_path: Path) -> None:
    text = "Modul;Dato;Sted\r\nModul 1;15-01-2026;Århus\r\nModul 2;5/3/2026;Ålborg\r\n"
    plan = load_plan(write(tmp_path, "plan.csv", b"\xef\xbb\xbf" + text.encode()))
    assert [(m.name, m.day, m.place) for m in plan.modules] == [
        ("Modul 1", dt.date(2026, 1, 15), "Århus"),
        ("Modul 2", dt.date(2026, 3, 5), "Ålborg"),
    ]


def test_import_makes_the_course_named_by_option_plan_or_file(
    tmp_path: Path, courses: CourseService
) -> None:
    from_plan = import_plan(courses, write(tmp_path, "plan.toml", TOML_PLAN))
    assert from_plan.name == "Ledelse i netværksstaten"
    assert len(from_plan.modules) == 3
    from_file = import_plan(courses, write(tmp_path, "lederuddannelse_2026.csv", CSV_PLAN))
    assert from_file.name == "lederuddannelse 2026"
    named = import_plan(courses, tmp_path / "plan.toml", name="Mit hold")
    assert named.name == "Mit hold"
    assert len(courses.list_courses()) == 3


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "plan.csv",
            "name,date\nModul 1,2026-01-15\nModul 2,2026-13-01\n",
            r"plan.csv, line 3, field 'date': '2026-13-01' is not a date",
        ),
        (
            "plan.csv",
            "name,date\nModul 1,2026-01-15\n,2026-02-01\n",
            r"line 3, field 'name': the module has no name",
        ),
        (
            "plan.csv",
            "name,date\nModul 1,\n",
            r"line 2, field 'date': empty is not a date",
        ),
        (
            "plan.csv",
            "titel,tid\nModul 1,2026-01-15\n",
            r"line 1: the header row needs the columns name and date .* Missing: name, date",
        ),
        (
            "plan.csv",
            "name,date\nModul 1,2026-01-15\nModul 2,15.01.2026\n",
            r"line 3, field 'date': 2026-01-15 is also the date of the module on line 2",
        ),
        ("plan.csv", "name,date\n", r"the plan lists no modules"),
        ("plan.csv", "\n\n", r"is empty"),
        (
            "plan.csv",
            'name,date\n"Modul 1,2026-01-15\n',
            r"plan.csv, line 2: a quote .* is opened but never closed",
        ),
        (
            "plan.toml",
            TOML_PLAN.replace('date = "05.03.2026"', 'date = "efter påske"'),
            r"line 12, field 'modules\[2\].date': 'efter påske' is not a date",
        ),
        (
            "plan.toml",
            TOML_PLAN.replace('name = "Modul 3: Legitimitet"\n', ""),
            r"line 14, field 'modules\[3\].name': the module needs a name",
        ),
        (
            "plan.toml",
            TOML_PLAN.replace('place = "Kolding"', "place = 7"),
            r"line 7, field 'modules\[1\].place': give it as text",
        ),
        (
            "plan.toml",
            TOML_PLAN.replace('place = "Kolding"', 'sted = "Kolding"'),
            r"line 7, field 'modules\[1\].sted': unknown field",
        ),
        (
            "plan.toml",
            TOML_PLAN.replace("date = 2026-05-20", "date = 2026-01-15"),
            r"line 16, field 'modules\[3\].date': 2026-01-15 is also the date of modules\[1\]",
        ),
        ("plan.toml", 'name = "K"\n', r"no \[\[modules\]\] tables found"),
        ("plan.toml", "[[modules]\nname=", r"not valid TOML: .*line 1"),
        ("plan.toml", 'name = ""\n[[modules]]\n', r"line 1, field 'name'"),
    ],
)
def test_bad_plans_name_line_and_field(
    tmp_path: Path, courses: CourseService, name: str, text: str, message: str
) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(CoursePlanError, match=message):
        import_plan(courses, path)
    assert courses.list_courses() == []  # all or nothing


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(CoursePlanError, match="does not exist"):
        load_plan(tmp_path / "missing.csv")
    with pytest.raises(CoursePlanError, match="is not a file"):
        load_plan(tmp_path)
    latin1 = write(tmp_path, "latin1.csv", "name,date\nMødet,2026-01-15\n".encode("latin-1"))
    with pytest.raises(CoursePlanError, match=r"line 2: the file is not UTF-8"):
        load_plan(latin1)
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: refused by size before reading
    with pytest.raises(CoursePlanError, match="at most 1000 kB"):
        load_plan(huge)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-14", dt.date(2026, 3, 14)),
        ("14.03.2026", dt.date(2026, 3, 14)),
        ("14-3-2026", dt.date(2026, 3, 14)),
        ("4/3/2026", dt.date(2026, 3, 4)),
        ("31.02.2026", None),
        ("marts", None),
        ("", None),
    ],
)
def test_parse_day(text: str, expected: dt.date | None) -> None:
    assert parse_day(text) == expected
