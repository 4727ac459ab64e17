"""Screenshots of the coaching summary's section on commitments since the last session,
in Danish and English: the demo journal with a few commitments kept, changed, dropped and
open, exported as PDF and the section's page drawn as PNG (poppler's pdftoppm).

    .venv/bin/python -m scripts.screenshots.commitments_summary
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from app.exchange.service import ExchangeService
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.summary.model import SummaryRequest
from scripts.screenshots.demo_journal import fill
from scripts.screenshots.shooting import REPO

D = dt.date
SESSION_DAY = D(2026, 12, 1)
HEADINGS = {"da": "Forpligtelser siden sidste session", "en": "Commitments since the last session"}


def make_journal(folder: Path):  # type: ignore[no-untyped-def]
    context = open_journal(DataPaths(folder))
    ids = fill(context.journal, context.catalog)
    add, close = context.commitments.add, context.commitments.close
    context.coaching.add(D(2026, 9, 15), "Om at holde pausen ud")
    context.coaching.add(D(2026, 11, 3))
    early = add(ids["Dilemma: hvem bestemmer over fritidstilbuddet?"], "Sende referatet samme dag")
    close(early.id, "kept", "Gjort hver gang.", language="da", today=D(2026, 9, 10))
    written = add(
        ids["Dilemma: hvem bestemmer over fritidstilbuddet?"],
        "Afklare ansvarsfordelingen skriftligt før første møde",
        prompt_key="next_time",
    )
    close(
        written.id,
        "kept",
        "Et kort notat på én side. Foreningerne skrev selv deres del, og mødet startede "
        "med det, vi var enige om.",
        language="da",
        today=D(2026, 11, 12),
    )
    pause = add(ids["Magtudøvelse i styregruppen"], "Spørge før jeg svarer i styregruppen")
    close(
        pause.id,
        "changed",
        "Jeg spurgte, men kun i de første tyve minutter; så tog tidspresset over.",
        language="da",
        today=D(2026, 11, 20),
    )
    friday = add(ids["Ledergruppen og kernenopgaven"], "Mødefri fredag for ledergruppen")
    close(
        friday.id,
        "dropped",
        "Ikke realistisk i budgetperioden. Vi tager det op igen i februar.",
        language="da",
        today=D(2026, 11, 25),
    )
    add(ids["Netværksstrategi: hvad bygger jeg på?"], "Tegne netværket op sammen med PPR",
        D(2026, 12, 15))  # fmt: skip
    # From a private entry: it stays out of the summary.
    add(ids["Samtale med ny afdelingsleder"], "Ugentlig opfølgning med den nye afdelingsleder")
    add(ids["Borgermødet om den nye skolestruktur"], "Fortælle åbent, hvad vi ikke ved endnu")
    return context


def section_page(pdf: Path, heading: str) -> int:
    """The number (1-based) of the page where the section's heading is."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    for number, page in enumerate(text.split("\f"), start=1):
        if heading in page:
            return number
    raise SystemExit(f"'{heading}' is not in {pdf}")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    out = REPO / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as tmp:
        context = make_journal(Path(tmp) / "data")
        try:
            service = ExchangeService(journal=context.journal, catalog=context.catalog)
            for language, heading in HEADINGS.items():
                pdf = Path(tmp) / f"summary-{language}.pdf"
                request = SummaryRequest(
                    language=language, author="Mette Holm", coaching_day=SESSION_DAY
                )
                service.export_summary(request, "pdf", pdf)
                page = str(section_page(pdf, heading))
                target = out / f"summary-commitments-{language}"
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "80", "-f", page, "-l", page, "-singlefile",
                     str(pdf), str(target)],
                    check=True,
                )  # fmt: skip
                print(f"{target}.png")
        finally:
            context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
