"""The committed translations: complete, with every placeholder kept, and compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtCore

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%n|%L?\d|%s|\{[a-z_]+\}")
MNEMONIC = re.compile(r"&(?!&)")


def _messages(name: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, numerus) of every current message in `name`."""
    root = ET.parse(TRANSLATIONS / name).getroot()
    found = []
    for context in root.iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            unfinished = translation.get("type") == "unfinished"
            source = message.findtext("source", "")
            found.append((context_name, source, [] if unfinished else forms, numerus))
    return found


def test_every_danish_text_is_translated_with_its_placeholders_and_mnemonic() -> None:
    messages = _messages("refleks_da.ts")
    assert len(messages) > 150
    for context, source, forms, numerus in messages:
        where = f"{context}: {source!r}"
        assert forms and all(form.strip() for form in forms), f"untranslated {where}"
        if numerus:
            assert len(forms) == 2, where  # Danish has a singular and a plural
        for form in forms:
            wanted = set(PLACEHOLDER.findall(source)) - ({"%n"} if numerus else set())
            assert wanted <= set(PLACEHOLDER.findall(form)), f"placeholder lost in {where}"
            if MNEMONIC.search(source):
                assert len(MNEMONIC.findall(form)) == 1, f"mnemonic in {where}"


def test_english_plural_forms_exist() -> None:
    messages = _messages("refleks_en.ts")
    assert messages
    for context, source, forms, numerus in messages:
        assert numerus and len(forms) == 2 and all(forms), f"{context}: {source!r}"


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_compiled_files_match_their_sources(language: str, tmp_path: Path) -> None:
    # The tool ships inside the PySide6 package, beside its Qt modules.
    lrelease = shutil.which("lrelease", path=str(Path(QtCore.__file__).parent))
    if lrelease is None:
        pytest.skip("lrelease is not installed with PySide6")
    compiled = tmp_path / f"refleks_{language}.qm"
    subprocess.run(
        [lrelease, str(TRANSLATIONS / f"refleks_{language}.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    committed = TRANSLATIONS / f"refleks_{language}.qm"
    assert compiled.read_bytes() == committed.read_bytes(), (
        "run scripts/update_translations.sh and commit the .qm files"
    )


def test_the_supplement_to_qts_catalogue_is_compiled(tmp_path: Path) -> None:
    lrelease = shutil.which("lrelease", path=str(Path(QtCore.__file__).parent))
    if lrelease is None:
        pytest.skip("lrelease is not installed with PySide6")
    compiled = tmp_path / "qt_extra_da.qm"
    subprocess.run(
        [lrelease, str(TRANSLATIONS / "qt_extra_da.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    committed = TRANSLATIONS / "qt_extra_da.qm"
    assert compiled.read_bytes() == committed.read_bytes(), "run lrelease on qt_extra_da.ts"


def _file_dialog_texts(qtbot, languages, language: str) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """The labels and the sidebar's places of Qt's own save dialog in `language`."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QListView

    languages.apply(language)
    dialog = QFileDialog(None, "", str(TRANSLATIONS))
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    sidebar = dialog.findChild(QListView, "sidebar")
    assert sidebar is not None
    model = sidebar.model()
    places = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    return labels, places


def test_qts_file_dialog_speaks_danish(qtbot, languages) -> None:  # type: ignore[no-untyped-def]
    labels, places = _file_dialog_texts(qtbot, languages, "da")
    assert set(labels) == {"&Kig i:", "&Filnavn:", "Filer af &typen:"}
    assert "Denne computer" in places


def test_qts_file_dialog_in_english_is_left_as_qt_wrote_it(qtbot, languages) -> None:  # type: ignore[no-untyped-def]
    labels, places = _file_dialog_texts(qtbot, languages, "en")
    assert set(labels) == {"&Look in:", "File &name:", "Files of &type:"}
    assert "Computer" in places
