"""The deck's perspectives: the "Perspektiver" template and "see it from…" help on templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.catalog.catalog import Catalog

LENSES = ("governance", "governmentality", "agency", "responsibility_over_time")


@pytest.fixture(scope="module")
def builtin() -> Catalog:
    return Catalog.load()


def test_the_perspectives_template_asks_through_each_lens(builtin: Catalog) -> None:
    template = builtin.template("perspectives")
    assert template is not None and template.is_builtin
    assert template.title.da == "Perspektiver" and template.title.en == "Perspectives"
    assert [p.key for p in template.prompts] == ["situation", *LENSES, "what_you_see"]
    for prompt in template.prompts:
        for text in (prompt.text, prompt.help):
            assert text.da.strip() and text.en.strip() and text.da != text.en, prompt.key
    governance = template.prompt("governance")
    assert governance is not None and "governance" in governance.text.da.casefold()
    over_time = template.prompt("responsibility_over_time")
    assert over_time is not None and over_time.slide == "Ansvarets form over tid"
    # The deck's own words on each lens come from perspectives.toml, offered beside them.
    assert template.perspectives[: len(LENSES)] == LENSES
    assert template.item_family is None and not any(p.picker for p in template.prompts)


def test_every_perspective_a_template_offers_is_a_help_text_in_both_languages(
    builtin: Catalog,
) -> None:
    offered = {key for template in builtin.templates for key in template.perspectives}
    assert offered == {help_text.key for help_text in builtin.help_texts}  # all have a home
    for key in offered:
        help_text = builtin.help_text(key)
        assert help_text is not None
        assert (
            help_text.title.da and help_text.title.en and help_text.title.da != help_text.title.en
        )
        assert help_text.text.da.strip() and help_text.text.en.strip()
    assert builtin.template("dilemma").perspectives == ("governance", "governmentality", "agency")  # type: ignore[union-attr]
    fourfold = builtin.template("fourfold_responsibility")
    assert fourfold is not None and "responsibility_over_time" in fourfold.perspectives


def test_the_chooser_order_puts_perspectives_after_the_decks_questions(builtin: Catalog) -> None:
    keys = [template.key for template in builtin.templates]
    assert keys.index("perspectives") == keys.index("public_value") + 1


def test_a_user_template_naming_an_unknown_perspective_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "lens.toml"
    path.write_text(
        'key = "lens"\nversion = 1\nperspectives = ["agency", "astrology"]\n'
        'title_da = "Linse"\ntitle_en = "Lens"\ndescription_da = "L."\ndescription_en = "L."\n'
        '[[prompts]]\nkey = "a"\nda = "Hvad?"\nen = "What?"\n',
        encoding="utf-8",
    )
    catalog = Catalog.load(user_template_dir=tmp_path)
    assert [(p.file, p.field) for p in catalog.problems] == [(str(path), "perspectives[2]")]
    assert "'astrology' is not a perspective" in catalog.problems[0].reason
    path.write_text(path.read_text(encoding="utf-8").replace(', "astrology"', ""), "utf-8")
    lens = Catalog.load(user_template_dir=tmp_path).template("lens")
    assert lens is not None and lens.perspectives == ("agency",)
