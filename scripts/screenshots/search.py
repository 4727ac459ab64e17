"""Screenshots of search into docs/screenshots/: the timeline searching "kontrol" with the
matches marked in titles and excerpts, and the open entry with its marks and find bar.

Offscreen (or under Xvfb), over a throw-away journal:

    .venv/bin/python -m scripts.screenshots.search [--language da|en] [--out DIR]
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from app.journal.service import JournalService
from app.records import Answer, EntryDraft, TagRef
from scripts.screenshots.shooting import application, open_window, options, settle, shoot

CONTROL = TagRef("dilemma", "control")
RESPONSIBILITY = TagRef("dilemma", "responsibility")
LEGITIMACY = TagRef("legitimacy", "moral")


def fill(journal: JournalService, today: dt.date) -> int:
    """Entries where "kontrol" turns up in titles, deep in texts, in compounds and answers;
    returns the id of the one to open."""

    def add(days: int, title: str, body: str, *tags: TagRef, answers: tuple = ()) -> int:
        draft = EntryDraft(
            day=today - dt.timedelta(days=days),
            title=title,
            body=body,
            tags=tags,
            answers=answers,
            template_key="dilemma" if answers else None,
            template_version=1 if answers else None,
        )
        return journal.create_entry(draft).id

    add(2, "Morgenmøde", "Vi talte om ansvar og om, hvem der tager det.", RESPONSIBILITY)
    add(
        5,
        "Styregruppemøde",
        "Mødet startede sent, og dagsordenen var lang. Vi nåede budgettet og planen for "
        "efteråret. Til sidst kom det: kontrollen fyldte mere end formålet.",
        CONTROL,
    )
    add(9, "Kerneopgaven i fokus", "Hvad er vi her for? Borgerne, ikke skemaerne.", LEGITIMACY)
    add(
        14,
        "Tilsynet",
        "De kontrollerede alt to gange, og medarbejderne mærkede mistilliden.",
        CONTROL,
    )
    add(21, "Frokost med Mette", "Hun er glad for det nye team.")
    opened = add(
        1,
        "Kontrol eller tillid?",
        "Igen det samme spørgsmål: hvor meget skal jeg styre, og hvor meget skal jeg "
        "slippe? I dag valgte jeg at spørge teamet først.\n\nKontrollen giver ro, men den "
        "koster tillid. Næste gang prøver jeg med mindre kontrol og mere dialog.",
        CONTROL,
        answers=(
            Answer("situation", "Et projekt kørte skævt, og jeg ville tage kontrollen tilbage."),
        ),
    )
    return opened


def main(argv: list[str] | None = None) -> int:
    args = options(__doc__ or "", argv)
    out: Path = args.out
    suffix = "" if args.language == "da" else "-en"
    app, languages = application(args.language)
    with tempfile.TemporaryDirectory(prefix="refleks-search-") as tmp:
        window, context = open_window(Path(tmp) / "demo", languages, Path(tmp) / "a.ini")
        opened = fill(context.journal, dt.date.today())
        settle(app)
        bar = window.timeline.filter_bar
        bar.search_edit.setText("kontrol")
        bar.flush_search()
        settle(app)
        window.open_entry(opened)
        settle(app)
        window.editor.find_bar.find_next()
        window.editor.find_bar.find_next()
        settle(app)
        shoot(window, out, f"search{suffix}")
        window.close()
        context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
