"""Prompts that tick a family's items (`picker = "legitimacy"`), read from the template data."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.catalog.catalog import Catalog

TEMPLATE = """\
key = "weekly"
version = 1
title_da = "Ugen"
title_en = "The week"
description_da = "Ugen."
description_en = "The week."
item_family = "dilemma"

[[prompts]]
key = "forms"
da = "Hvilke former?"
en = "Which forms?"
picker = "legitimacy"

[[prompts]]
key = "roles"
da = "Hvilke roller?"
en = "Which roles?"
"""


@pytest.fixture(scope="module")
def builtin() -> Catalog:
    return Catalog.load()


def test_the_decks_legitimacy_questions_are_marked(builtin: Catalog) -> None:
    marked = {
        (template.key, prompt.key)
        for template in builtin.templates
        for prompt in template.prompts
        if prompt.picker is not None
    }
    assert marked == {
        ("dilemma", "legitimacy"),
        ("paradox", "legitimacy"),
        ("postcard", "legitimising_power"),
    }
    dilemma = builtin.template("dilemma")
    assert dilemma is not None
    picker = dilemma.picker_prompt("legitimacy")
    assert picker is not None and picker.key == "legitimacy" and picker.picker == "legitimacy"
    # The legitimacy template picks its one form at the top; its questions tick nothing.
    legitimacy = builtin.template("legitimacy")
    assert legitimacy is not None and legitimacy.picker_prompt("legitimacy") is None


def _write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "weekly.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_template_may_tick_any_family_of_the_deck(tmp_path: Path) -> None:
    _write(tmp_path, TEMPLATE)
    catalog = Catalog.load(user_template_dir=tmp_path)
    assert catalog.problems == ()
    weekly = catalog.template("weekly")
    assert weekly is not None
    assert [p.picker for p in weekly.prompts] == ["legitimacy", None]


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        (('picker = "legitimacy"', 'picker = "moods"'), "prompts[1].picker", "not a tag family"),
        (('picker = "legitimacy"', 'picker = "own"'), "prompts[1].picker", "own tags"),
        (('picker = "legitimacy"', 'picker = "dilemma"'), "prompts[1].picker", "item_family"),
        (('picker = "legitimacy"', "picker = 3"), "prompts[1].picker", "must be text"),
        (
            ('en = "Which roles?"', 'en = "Which roles?"\npicker = "legitimacy"'),
            "prompts[2].picker",
            "earlier prompt",
        ),
    ],
)
def test_a_bad_picker_is_a_problem_naming_the_field(
    tmp_path: Path, change: tuple[str, str], field: str, reason: str
) -> None:
    path = _write(tmp_path, TEMPLATE.replace(*change))
    catalog = Catalog.load(user_template_dir=tmp_path)
    assert [(p.file, p.field) for p in catalog.problems] == [(str(path), field)]
    assert reason in catalog.problems[0].reason
    assert catalog.template("weekly") is None
