"""Screenshots of the past that comes back, into docs/screenshots/: the start page and the
timeline with "on this day" (on-this-day.png), the editor with "you have met this before"
and its time of day (met-before.png), and the month calendar (calendar.png).

Offscreen, over a throw-away journal whose entries are dated around today:

    .venv/bin/python -m scripts.screenshots.recall [--language da|en] [--out DIR]
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from app.journal.service import JournalService
from app.records import EntryDraft, TagRef
from scripts.screenshots.shooting import application, open_window, options, settle, shoot

CONTROL = TagRef("dilemma", "control")
RESPONSIBILITY = TagRef("dilemma", "responsibility")
MORAL = TagRef("legitimacy", "moral")


def _months_back(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    return day.replace(year=index // 12, month=index % 12 + 1, day=min(day.day, 28))


def fill(journal: JournalService, today: dt.date) -> int:
    """A few months of entries, some on this date in earlier months and years; returns the
    id of today's dilemma entry."""

    def add(day: dt.date, title: str, body: str, tags: tuple[TagRef, ...], at: tuple[int, int],
            private: bool = False) -> int:  # fmt: skip
        draft = EntryDraft(day=day, title=title, body=body, tags=tags, time=dt.time(*at),
                           private=private)  # fmt: skip
        return journal.create_entry(draft).id

    this_day = today.replace(day=min(today.day, 28))
    add(
        this_day.replace(year=today.year - 2),
        "Første møde i netværket",
        "Vi var for mange om bordet, og ingen ejede beslutningen.",
        (RESPONSIBILITY,),
        (10, 5),
    )
    add(
        this_day.replace(year=today.year - 1),
        "Budgetforhandling med direktionen",
        "Jeg holdt fast i rammen, men mistede tilliden hos to afdelingsledere.",
        (CONTROL,),
        (16, 40),
    )
    add(
        _months_back(this_day, 3),
        "Samtale om fravær",
        "Hun bad om tillid, jeg bad om overblik.",
        (CONTROL, MORAL),
        (13, 15),
        private=True,
    )
    add(
        _months_back(this_day, 1),
        "Styregruppemøde",
        "Kontrollen fyldte mere end formålet. Næste gang spørger jeg først.",
        (CONTROL,),
        (18, 6),
    )
    for back, title, tags in (
        (3, "Tilsynet og borgerne", (CONTROL,)),
        (9, "Ny struktur i driften", (RESPONSIBILITY,)),
        (17, "Evaluering af forløbet", (CONTROL,)),
        (24, "Kerneopgaven i fokus", (RESPONSIBILITY,)),
    ):
        add(
            today - dt.timedelta(days=back),
            title,
            "Kort refleksion efter mødet om ansvar og kontrol i hverdagen.",
            tags,
            (9, 30),
        )
    add(
        today,
        "Morgenmøde",
        "Vi talte om ansvar og om, hvem der tager det.",
        (RESPONSIBILITY,),
        (8, 10),
    )
    return add(
        today,
        "Kontrol eller tillid?",
        "Igen det samme spørgsmål: hvor meget skal jeg styre, og hvor meget skal jeg "
        "slippe? I dag valgte jeg at spørge teamet først.",
        (CONTROL,),
        (15, 45),
    )


def main(argv: list[str] | None = None) -> int:
    args = options(__doc__ or "", argv)
    out: Path = args.out
    suffix = "" if args.language == "da" else "-en"
    app, languages = application(args.language)
    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="refleks-recall-") as tmp:
        root = Path(tmp) / "demo"
        window, context = open_window(root, languages, Path(tmp) / "a.ini")
        current = fill(context.journal, today)
        window.close()
        context.close()
        # Opened again with nothing left open: the start page welcomes back.
        window, context = open_window(root, languages, Path(tmp) / "b.ini")
        settle(app)
        shoot(window, out, f"on-this-day{suffix}")
        window.open_entry(current)
        settle(app)
        shoot(window, out, f"met-before{suffix}")
        window.timeline.open_calendar()
        settle(app)
        popup = window.timeline.calendar_popup
        assert popup is not None
        shoot(popup, out, f"calendar{suffix}")
        popup.close()
        window.close()
        context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
