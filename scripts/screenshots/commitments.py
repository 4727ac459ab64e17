"""Screenshots of commitments in the window, into docs/screenshots/.

    .venv/bin/python -m scripts.screenshots.commitments [--language da|en] [--out docs/screenshots]

States, at 1366×768 over a throw-away demo journal with "today" fixed at 6 December 2026:
the commitments pane beside a dilemma entry whose next-time answer is a commitment, one of
them past its date and one from a private entry (commitments-pane-<language>.png), the
dialog that makes a commitment (commitments-make-<language>.png) and the one that closes
it (commitments-close-<language>.png). Runs offscreen unless QT_QPA_PLATFORM is set (e.g.
to xcb under xvfb-run).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from app.commitments.records import CommitmentStatus
from scripts.screenshots.demo_journal import fill
from scripts.screenshots.shooting import (
    application,
    focus_timeline,
    open_window,
    options,
    settle,
    shoot,
)
from ui.commitments.close_dialog import CloseCommitmentDialog
from ui.commitments.make_dialog import MakeCommitmentDialog

D = dt.date
TODAY = D(2026, 12, 6)
DILEMMA = "Dilemma: hvem bestemmer over fritidstilbuddet?"


def main(argv: list[str] | None = None) -> int:
    args = options(__doc__ or "", argv)
    out: Path = args.out
    language = args.language

    app, languages = application(language)

    with tempfile.TemporaryDirectory(prefix="refleks-shots-") as tmp:
        tmp_path = Path(tmp)
        window, context = open_window(tmp_path / "demo", languages, tmp_path / "a.ini")
        window.commitment_mode.today = lambda: TODAY
        ids = fill(context.journal, context.catalog)
        window.timeline.reload()
        add = context.commitments.add
        context.coaching.add(D(2026, 11, 3), "Om at holde pausen ud")
        dilemma = add(
            ids[DILEMMA],
            "Afklare ansvarsfordelingen skriftligt før første møde.",
            D(2026, 12, 1),
            prompt_key="next_time",
        )
        add(
            ids["Magtudøvelse i styregruppen"],
            "Sige det højt, når jeg bruger min formelle rolle til at lukke en diskussion.",
            D(2026, 12, 16),
        )
        add(
            ids["Samtale med ny afdelingsleder"],
            "Spørge hende, hvad hun har brug for fra mig: en coach eller en chef.",
        )
        add(
            ids["Borgermødet om den nye skolestruktur"],
            "Planlægge næste borgermøde med samme åbne form.",
            D(2027, 1, 14),
        )
        sent = add(ids["Forældremødet på Nørreby Skole"], "Sende referatet samme dag.")
        context.commitments.close(
            sent.id, "kept", "Gjort hver gang siden.", language="da", today=D(2026, 11, 20)
        )

        # The pane beside the dilemma whose next-time answer became a commitment.
        mode = window.commitment_mode
        mode.show_pane()
        window.open_entry(ids[DILEMMA])
        settle(app)
        focus_timeline(window)
        area = window.editor.writing
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        settle(app)
        shoot(window, out, f"commitments-pane-{language}")

        # Making one from a marked line.
        make = MakeCommitmentDialog(
            "Jeg foreslog et fælles styregruppemøde og lovede at samle op.",
            today=TODAY,
            language=language,
            parent=window,
        )
        make.due_check.setChecked(True)
        make.show()
        settle(app)
        shoot(make, out, f"commitments-make-{language}")
        make.close()

        # How did it go?
        close = CloseCommitmentDialog(
            context.commitments.get(dilemma.id), today=TODAY, language=language, parent=window
        )
        close.choices[CommitmentStatus.CHANGED].setChecked(True)
        close.note_edit.setPlainText(
            "Vi skrev det ikke ned, men aftalte det mundtligt ved mødets start og sendte "
            "referatet samme dag. Det var nok."
        )
        close.show()
        settle(app)
        shoot(close, out, f"commitments-close-{language}")
        close.close()

        window.close()
        context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
