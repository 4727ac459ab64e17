"""The questions whose answer can become a commitment are marked in the templates' data."""

from __future__ import annotations

from pathlib import Path

from app.catalog.catalog import Catalog

USER_TEMPLATE = """
key = "weekly"
version = 1
title_da = "Ugen"
title_en = "The week"
description_da = "d"
description_en = "d"

[[prompts]]
key = "next_step"
da = "Hvad vil du gøre?"
en = "What will you do?"
commitment = {flag}
"""


def test_the_what_will_you_do_questions_are_marked(catalog: Catalog) -> None:
    marked = {
        (template.key, prompt.key)
        for template in catalog.templates
        for prompt in template.prompts
        if prompt.commitment
    }
    assert marked == {
        ("dilemma", "next_time"),
        ("paradox", "next_time"),
        ("legitimacy", "next_time"),
        ("fourfold_responsibility", "limits"),
        ("perspectives", "what_you_see"),
    }


def test_a_user_template_marks_its_own_question(tmp_path: Path) -> None:
    (tmp_path / "weekly.toml").write_text(USER_TEMPLATE.format(flag="true"), encoding="utf-8")
    template = Catalog.load(user_template_dir=tmp_path).template("weekly")
    assert template is not None
    prompt = template.prompt("next_step")
    assert prompt is not None and prompt.commitment


def test_a_flag_that_is_not_true_or_false_is_named(tmp_path: Path) -> None:
    path = tmp_path / "weekly.toml"
    path.write_text(USER_TEMPLATE.format(flag='"yes"'), encoding="utf-8")
    catalog = Catalog.load(user_template_dir=tmp_path)
    assert catalog.template("weekly") is None
    (problem,) = catalog.problems
    assert problem.field == "prompts[1].commitment"
    assert "true or false" in problem.reason
