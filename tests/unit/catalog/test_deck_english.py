"""The deck's English reads as English, while the Danish stays as the deck has it."""

from __future__ import annotations

from app.catalog.catalog import Catalog


def test_the_postcard_instruction_reads_as_english() -> None:
    postcard = Catalog.load().template("postcard")
    assert postcard is not None and postcard.instruction is not None
    assert postcard.instruction.da == (
        "Skriv korte stikord eller en helt konkret erfaring eller idé, "
        "som du vil dele eller ‘putte i bunken’"
    )
    english = postcard.instruction.en
    assert "quite" not in english
    assert english.startswith("Write short keywords or one concrete experience or idea")


def test_the_measuring_question_keeps_the_deck_s_comma() -> None:
    public_value = Catalog.load().template("public_value")
    assert public_value is not None
    question = public_value.prompt("measuring_value")
    assert question is not None
    assert question.text.da == (
        "OG HAR DU TRICKS TIL HVORDAN MAN MÅLER OFFENTLIG VÆRDISKABELSE, NÅR DET SAMTIDIG "
        "SKAL HOLDES ÅBENT OG FLYDENDE, HVILKEN VÆRDI DER KAN SKABES?"
    )
    # The comma that marks what must be kept open; the one before "when" is Danish grammar.
    assert question.text.en == (
        "AND DO YOU HAVE TRICKS FOR HOW TO MEASURE THE CREATION OF PUBLIC VALUE WHEN IT MUST "
        "AT THE SAME TIME BE KEPT OPEN AND FLUID, WHAT VALUE CAN BE CREATED?"
    )
