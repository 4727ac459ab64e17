"""Screenshots of the main window's main states, into docs/screenshots/.

Runs offscreen over a throw-away data folder and settings file (the user's own journal and
settings are never touched):

    .venv/bin/python -m scripts.screenshots.main_states [--language da|en] [--out docs/screenshots]

States: the start page of an empty journal, the timeline with filters, a guided postcard,
the tag picker, the Markdown preview, the template chooser and the dark scheme; at
1366×768, the smallest screen the app is meant to be comfortable on.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from app.records import TagRef, TimelineFilter
from scripts.screenshots.demo_journal import fill
from scripts.screenshots.shooting import (
    application,
    focus_timeline,
    open_window,
    options,
    settle,
    shoot,
)
from ui.shell.theme import apply_theme
from ui.window.dialog_actions import show_template_chooser


def main(argv: list[str] | None = None) -> int:
    args = options(__doc__ or "", argv)
    out: Path = args.out
    suffix = "" if args.language == "da" else "-en"

    app, languages = application(args.language)

    with tempfile.TemporaryDirectory(prefix="refleks-shots-") as tmp:
        tmp_path = Path(tmp)

        # 1. An empty journal opens on the start page.
        window, context = open_window(tmp_path / "empty", languages, tmp_path / "a.ini")
        settle(app)
        shoot(window, out, f"01-start-page{suffix}")
        window.close()
        context.close()

        # 2. Half a year of entries; the timeline filtered to one family.
        window, context = open_window(tmp_path / "demo", languages, tmp_path / "b.ini")
        ids = fill(context.journal, context.catalog)
        window.timeline.reload()
        window.timeline.toggle_filters()
        window.timeline.set_filter(TimelineFilter(families=("legitimacy",)))
        window.open_entry(ids["Borgermødet om den nye skolestruktur"])
        focus_timeline(window)
        settle(app)
        shoot(window, out, f"02-timeline-filtered{suffix}")

        # 3. A guided postcard, answered field by field.
        window.timeline.set_filter(TimelineFilter())
        window.timeline.toggle_filters()
        window.open_entry(ids["Postkort efter modul 2"])
        focus_timeline(window)
        settle(app)
        shoot(window, out, f"03-postcard{suffix}")

        # 4. The tag picker over a dilemma entry, one item selected to show its help.
        window.open_entry(ids["Dilemma: hvem bestemmer over fritidstilbuddet?"])
        settle(app)
        picker = window.editor.open_tag_picker()
        picker.set_checked(TagRef("paradox", "self_leadership"))
        item = next(
            leaf
            for leaf in picker._leaves()
            if leaf.data(0, picker_tag_role()) == TagRef("dilemma", "responsibility")
        )
        picker.tree.setCurrentItem(item)
        settle(app)
        shoot(picker, out, f"04-tag-picker{suffix}")
        picker.reject()

        # 5. The Markdown preview of a free entry.
        window.open_entry(ids["Magtudøvelse i styregruppen"])
        window.editor.header.preview_button.setChecked(True)
        focus_timeline(window)
        settle(app)
        shoot(window, out, f"05-preview{suffix}")
        window.editor.header.preview_button.setChecked(False)

        # 6. The template chooser (Ctrl+Shift+N).
        chooser = show_template_chooser(window)
        chooser.select("dilemma")
        settle(app)
        shoot(chooser, out, f"06-template-chooser{suffix}")
        chooser.reject()

        window.close()
        context.close()

        # 7. The same journal in the dark scheme.
        apply_theme(app, dark=True)
        window, context = open_window(tmp_path / "demo", languages, tmp_path / "b.ini")
        window.open_entry(ids["Dilemma: hvem bestemmer over fritidstilbuddet?"])
        focus_timeline(window)
        settle(app)
        shoot(window, out, f"07-dark{suffix}")
        window.close()
        context.close()
        apply_theme(app, dark=False)
    return 0


def picker_tag_role() -> int:
    from ui.editor.tag_picker import TAG_ROLE

    return TAG_ROLE  # type: ignore[no-any-return]


if __name__ == "__main__":
    sys.exit(main())
