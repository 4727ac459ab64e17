"""Screenshots of the guided section's help from the deck, into docs/screenshots/.

    .venv/bin/python -m scripts.screenshots.guided [--language da|en] [--out docs/screenshots]

States, at 1366×768 over a throw-away demo journal: the legitimacy picker of a dilemma
entry (legitimacy-picker-<language>.png) and the perspectives template with "see it
from…" unfolded on one perspective (perspectives-<language>.png). Runs offscreen unless
QT_QPA_PLATFORM is set (e.g. to xcb under xvfb-run).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from app.records import TagRef
from scripts.screenshots.demo_journal import fill
from scripts.screenshots.shooting import (
    application,
    focus_timeline,
    open_window,
    options,
    settle,
    shoot,
)

DILEMMA = "Dilemma: hvem bestemmer over fritidstilbuddet?"


def main(argv: list[str] | None = None) -> int:
    args = options(__doc__ or "", argv)
    out: Path = args.out

    app, languages = application(args.language)

    with tempfile.TemporaryDirectory(prefix="refleks-shots-") as tmp:
        tmp_path = Path(tmp)
        window, context = open_window(tmp_path / "demo", languages, tmp_path / "a.ini")
        ids = fill(context.journal, context.catalog)
        window.timeline.reload()

        # The dilemma's legitimacy question: two forms ticked, the "how" in words below.
        window.open_entry(ids[DILEMMA])
        editor = window.editor
        picker = editor.guided.pickers()["legitimacy"]
        if not picker.boxes["moral"].isChecked():
            picker.boxes["moral"].click()
        editor.save_now()  # the timeline shows the new tag too, from the change feed
        settle(app)
        focus_timeline(window)
        field = next(f for f in editor.guided.fields() if f.key == "legitimacy")
        area = editor.writing
        top = field.mapTo(area.widget(), field.rect().topLeft()).y()
        area.verticalScrollBar().setValue(max(0, top - 150))
        settle(app)
        shoot(window, out, f"legitimacy-picker-{args.language}")
        assert TagRef("legitimacy", "moral") in editor.guided.pickers()["legitimacy"].ticked()

        # The perspectives template, "see it from…" unfolded on one perspective.
        window.new_entry("perspectives")
        editor.header.title_edit.setText(
            "Borgermødet set fra flere sider" if args.language == "da" else "The citizens' meeting"
        )
        editor.guided.fields()[0].set_text(
            "Forældrene ville selv drive lektiecaféen; skolen ville have en aftale på papir."
        )
        editor.guided.perspectives.choose("governmentality")
        settle(app)
        focus_timeline(window)
        editor.writing.verticalScrollBar().setValue(0)
        settle(app)
        shoot(window, out, f"perspectives-{args.language}")

        window.close()
        context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
