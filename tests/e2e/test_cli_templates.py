"""`templates` lists the perspectives template and says which prompts tick a tag family."""

from __future__ import annotations

import json

from tests.e2e.conftest import RunCli


def test_templates_lists_perspectives_and_the_legitimacy_pickers(run_cli: RunCli) -> None:
    text = run_cli("templates").stdout
    line = next(line for line in text.splitlines() if line.startswith("perspectives "))
    assert "Perspectives / Perspektiver" in line and "(6 prompts)" in line

    templates = {t["key"]: t for t in json.loads(run_cli("templates", "--format", "json").stdout)}
    perspectives = templates["perspectives"]
    assert perspectives["perspectives"][:4] == [
        "governance",
        "governmentality",
        "agency",
        "responsibility_over_time",
    ]
    assert [p["key"] for p in perspectives["prompts"]][1:4] == [
        "governance",
        "governmentality",
        "agency",
    ]
    pickers = {
        (key, prompt["key"]): prompt["picker"]
        for key, template in templates.items()
        for prompt in template["prompts"]
        if prompt["picker"]
    }
    assert pickers == {
        ("dilemma", "legitimacy"): "legitimacy",
        ("paradox", "legitimacy"): "legitimacy",
        ("postcard", "legitimising_power"): "legitimacy",
    }
