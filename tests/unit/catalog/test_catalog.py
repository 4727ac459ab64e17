"""The catalog: the deck's taxonomy and templates are complete, verbatim and strictly validated."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from app.catalog.catalog import (
    BUILTIN_SOURCE,
    FAMILY_KEYS,
    Catalog,
    CatalogError,
    CatalogProblem,
    Text,
)

REPO_ROOT = Path(__file__).resolve().parents[3]
SEED_DIR = REPO_ROOT.parent / "shared" / "seed"
RESOURCE_DIR = REPO_ROOT / "resources" / "prompts"

#: The one slide reference that is not a heading in the deck: the table has none.
LEGITIMACY_TABLE_SLIDE = "Legitimitetsformer (tabel)"

EXPECTED_ITEMS: dict[str, tuple[str, ...]] = {
    "dilemma": (
        "control",
        "responsibility",
        "risk",
        "legal_certainty",
        "ethics",
        "legitimacy_sources",
        "relevance",
        "organising",
        "core_task",
        "leadership",
        "execution_vs_responsiveness",
    ),
    "paradox": (
        "self_leadership",
        "power_to_vs_power_over",
        "relational_power_vs_legal_legitimacy",
        "professional_authority_vs_coaching",
        "core_task_semantic_trick",
    ),
    "legitimacy": ("pragmatic", "moral", "cognitive", "legal"),
    "role": ("explorer", "initiative_grower", "meaning_maker", "network_smith", "effect_hunter"),
    "strategy": ("rational", "process", "trendsetter", "network"),
    "responsibility": (
        "responsibility_for_own",
        "self_responsibility",
        "whole_responsibility",
        "responsibility_for_others",
    ),
    "own": (),
}

TEMPLATE_KEYS = (
    "postcard",
    "public_value",
    "network_strategy",
    "dilemma",
    "paradox",
    "legitimacy",
    "leader_roles",
    "fourfold_responsibility",
    "perspectives",
    "free",
)

GOOD_TEMPLATE = """\
key = "weekly"
version = 1
title_da = "Ugens refleksion"
title_en = "Weekly reflection"
description_da = "Tre spørgsmål til fredag eftermiddag."
description_en = "Three questions for Friday afternoon."
item_family = "role"

[[prompts]]
key = "went_well"
da = "Hvad lykkedes?"
en = "What went well?"

[[prompts]]
key = "learned"
da = "Hvad lærte jeg?"
en = "What did I learn?"
help_da = "Et eksempel er nok."
help_en = "One example is enough."
"""


@pytest.fixture(scope="module")
def builtin() -> Catalog:
    return Catalog.load()


def _normalise(text: str) -> str:
    text = re.sub(r"[‘’`´]", "'", text)
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def deck_variants() -> tuple[str, ...]:
    """The deck, whitespace-normalised, also with the PDF's line-break hyphens undone."""
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        pytest.skip("the course deck is not available")
    deck = _normalise("\n".join(path.read_text(encoding="utf-8") for path in files))
    return (
        deck,
        re.sub(r"(\w)- (\w)", r"\1\2", deck),  # "styringsværk- tøjer"
        re.sub(r"(\w)- (\w)", r"\1-\2", deck),  # "tager-for- givetheder"
    )


def _assert_in_deck(text: str, deck_variants: tuple[str, ...]) -> None:
    needle = _normalise(text)
    assert any(needle in variant for variant in deck_variants), f"not in the deck: {needle!r}"


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- the built-in taxonomy -----------------------------------------------------------


def test_families_are_exactly_the_deck_families_in_order(builtin: Catalog) -> None:
    assert tuple(family.key for family in builtin.families) == FAMILY_KEYS
    assert builtin.problems == ()


@pytest.mark.parametrize("family_key", FAMILY_KEYS)
def test_every_named_item_is_present_and_complete(builtin: Catalog, family_key: str) -> None:
    family = builtin.family(family_key)
    assert family is not None
    assert family.label.da and family.label.en
    assert family.description.da and family.description.en
    assert tuple(item.key for item in family.items) == EXPECTED_ITEMS[family_key]
    for item in family.items:
        assert item.family == family_key
        for text in (item.label, item.text, item.help):
            assert text.da.strip() and text.en.strip(), item.key
        assert item.slide in family.slides, item.key
        if item.question is not None:
            assert item.question.da.strip() and item.question.en.strip(), item.key
        assert builtin.item(family_key, item.key) is item


def test_own_family_exists_without_items(builtin: Catalog) -> None:
    own = builtin.family("own")
    assert own is not None
    assert own.items == ()


def test_the_six_principled_challenges_and_four_potential_organisation_questions_ask(
    builtin: Catalog,
) -> None:
    for key in EXPECTED_ITEMS["dilemma"][:10]:
        item = builtin.item("dilemma", key)
        assert item is not None and item.question is not None, key
        assert item.question.da.endswith("?"), key
    leadership = builtin.item("dilemma", "leadership")
    assert leadership is not None and leadership.question is not None
    assert leadership.question.da.startswith("Kan vi give slip uden at miste kontrollen")
    control = builtin.item("dilemma", "control")
    assert control is not None and control.question == Text(
        "hvordan sikre kontrol?", "how to ensure control?"
    )


def test_execution_vs_responsiveness_keeps_both_columns(builtin: Catalog) -> None:
    item = builtin.item("dilemma", "execution_vs_responsiveness")
    assert item is not None
    assert item.slide == "OFFENTLIG VÆRDI – spænding i aktuel dansk reformdiskurs"
    for column in ("Mål og resultatstyring", "Effektiv og målrationel", "En åben samskabelse"):
        assert column in item.help.da
    assert {detail.key for detail in item.details} == {"execution", "responsiveness"}


def test_legitimacy_forms_carry_the_whole_table(builtin: Catalog) -> None:
    family = builtin.family("legitimacy")
    assert family is not None
    assert [item.key for item in family.items] == ["pragmatic", "moral", "cognitive", "legal"]
    for item in family.items:
        assert [detail.key for detail in item.details] == [
            "focus",
            "purpose",
            "activity",
            "pros_cons",
        ]
        for detail in item.details:
            assert detail.label.da and detail.label.en
            assert detail.value.da.strip() and detail.value.en.strip(), (item.key, detail.key)
    pragmatic = builtin.item("legitimacy", "pragmatic")
    assert pragmatic is not None
    focus = pragmatic.detail("focus")
    assert focus is not None and focus.value == Text(
        "Nytte og interesser", "Usefulness and interests"
    )


def test_help_texts_cover_the_approaches_and_responsibility_over_time(builtin: Catalog) -> None:
    keys = {help_text.key for help_text in builtin.help_texts}
    assert {"governance", "governmentality", "agency", "responsibility_over_time"} <= keys
    over_time = builtin.help_text("responsibility_over_time")
    assert over_time is not None
    for stage in (
        "Borgeren som retssubjekt",
        "Den modtagende borger",
        "Borgeren som aktiv medborger",
        "Borgeren som potentialitet",
    ):
        assert stage in over_time.text.da
    for help_text in builtin.help_texts:
        assert help_text.title.da and help_text.title.en and help_text.slide
        assert help_text.text.da.strip() and help_text.text.en.strip()


# --- the built-in templates ----------------------------------------------------------


def test_all_ten_templates_are_present_and_complete(builtin: Catalog) -> None:
    assert sorted(template.key for template in builtin.templates) == sorted(TEMPLATE_KEYS)
    for template in builtin.templates:
        assert template.source == BUILTIN_SOURCE and template.is_builtin
        assert template.version == 1
        assert template.title.da and template.title.en
        assert template.description.da and template.description.en
        for prompt in template.prompts:
            assert prompt.text.da.strip() and prompt.text.en.strip(), prompt.key
            assert prompt.help.da.strip() and prompt.help.en.strip(), prompt.key
            assert prompt.slide, prompt.key
            assert template.prompt(prompt.key) is prompt


def test_postcard_has_five_questions_and_the_instruction(builtin: Catalog) -> None:
    postcard = builtin.template("postcard")
    assert postcard is not None
    assert len(postcard.prompts) == 5
    assert postcard.prompts[0].text.da == "Hvad blev jeg optaget af?"
    assert postcard.instruction is not None
    assert postcard.instruction.da.startswith("Skriv korte stikord eller en helt konkret erfaring")
    assert postcard.item_family is None


def test_question_templates_have_the_decks_questions(builtin: Catalog) -> None:
    public_value = builtin.template("public_value")
    network_strategy = builtin.template("network_strategy")
    assert public_value is not None and len(public_value.prompts) == 3
    assert network_strategy is not None and len(network_strategy.prompts) == 2
    assert network_strategy.prompts[1].text.da == (
        "Hvilken netværksstrategi bygger jeg min ledelse på?"
    )


@pytest.mark.parametrize(
    ("template_key", "family_key"),
    [
        ("dilemma", "dilemma"),
        ("paradox", "paradox"),
        ("legitimacy", "legitimacy"),
        ("leader_roles", "role"),
        ("fourfold_responsibility", "responsibility"),
        ("network_strategy", "strategy"),
    ],
)
def test_item_templates_pick_from_their_family(
    builtin: Catalog, template_key: str, family_key: str
) -> None:
    template = builtin.template(template_key)
    assert template is not None
    assert template.item_family == family_key
    assert template.prompts


def test_reflection_templates_ask_situation_action_legitimacy_and_next_time(
    builtin: Catalog,
) -> None:
    for key in ("dilemma", "paradox", "legitimacy"):
        template = builtin.template(key)
        assert template is not None
        assert [p.key for p in template.prompts] == [
            "situation",
            "action",
            "legitimacy",
            "next_time",
        ]


def test_free_entry_is_a_blank_page(builtin: Catalog) -> None:
    free = builtin.template("free")
    assert free is not None
    assert free.prompts == () and free.instruction is None and free.item_family is None


# --- the deck's own words ------------------------------------------------------------


def test_dilemma_statements_and_questions_are_verbatim(
    builtin: Catalog, deck_variants: tuple[str, ...]
) -> None:
    family = builtin.family("dilemma")
    assert family is not None
    for item in family.items:
        if item.key == "execution_vs_responsiveness":
            for detail in item.details:
                for line in detail.value.da.splitlines():
                    _assert_in_deck(line.removeprefix("- "), deck_variants)
            continue
        _assert_in_deck(item.text.da, deck_variants)
        assert item.question is not None
        _assert_in_deck(item.question.da, deck_variants)


@pytest.mark.parametrize("family_key", ["paradox", "role", "strategy", "responsibility"])
def test_item_texts_are_verbatim(
    builtin: Catalog, deck_variants: tuple[str, ...], family_key: str
) -> None:
    family = builtin.family(family_key)
    assert family is not None
    for item in family.items:
        _assert_in_deck(item.text.da, deck_variants)


def test_legitimacy_table_cells_are_verbatim(
    builtin: Catalog, deck_variants: tuple[str, ...]
) -> None:
    family = builtin.family("legitimacy")
    assert family is not None
    for item in family.items:
        _assert_in_deck(item.text.da, deck_variants)
        for detail in item.details:
            for line in detail.value.da.splitlines():
                _assert_in_deck(line.removeprefix("- ").rstrip(" /"), deck_variants)


@pytest.mark.parametrize("template_key", ["postcard", "public_value", "network_strategy"])
def test_template_questions_are_verbatim(
    builtin: Catalog, deck_variants: tuple[str, ...], template_key: str
) -> None:
    template = builtin.template(template_key)
    assert template is not None
    for prompt in template.prompts:
        _assert_in_deck(prompt.text.da, deck_variants)
    if template.instruction is not None:
        _assert_in_deck(template.instruction.da, deck_variants)


def test_approaches_are_verbatim(builtin: Catalog, deck_variants: tuple[str, ...]) -> None:
    for key in ("governance", "governmentality", "agency"):
        help_text = builtin.help_text(key)
        assert help_text is not None
        _assert_in_deck(help_text.text.da, deck_variants)


def test_every_slide_reference_is_a_heading_in_the_deck(
    builtin: Catalog, deck_variants: tuple[str, ...]
) -> None:
    slides = {slide for family in builtin.families for slide in family.slides}
    slides |= {item.slide for family in builtin.families for item in family.items}
    slides |= {prompt.slide for template in builtin.templates for prompt in template.prompts}
    slides |= {help_text.slide for help_text in builtin.help_texts}
    slides.discard(LEGITIMACY_TABLE_SLIDE)
    for slide in sorted(slides):
        _assert_in_deck(slide, deck_variants)


# --- user templates ------------------------------------------------------------------


def test_a_good_user_template_loads_after_the_builtins(tmp_path: Path) -> None:
    path = _write(tmp_path, "weekly.toml", GOOD_TEMPLATE)
    catalog = Catalog.load(user_template_dir=tmp_path)
    assert catalog.problems == ()
    weekly = catalog.template("weekly")
    assert weekly is not None
    assert catalog.templates[-1] is weekly
    assert weekly.source == str(path) and not weekly.is_builtin
    assert weekly.title == Text("Ugens refleksion", "Weekly reflection")
    assert weekly.item_family == "role"
    assert [prompt.key for prompt in weekly.prompts] == ["went_well", "learned"]
    assert weekly.prompts[0].help == Text("", "") and weekly.prompts[0].slide == ""
    assert weekly.prompts[1].help.get("da") == "Et eksempel er nok."


def test_a_user_template_without_prompts_is_a_blank_page(tmp_path: Path) -> None:
    content = GOOD_TEMPLATE.split("[[prompts]]")[0].replace('item_family = "role"\n', "")
    _write(tmp_path, "blank.toml", content.replace('key = "weekly"', 'key = "blank"'))
    catalog = Catalog.load(user_template_dir=tmp_path)
    blank = catalog.template("blank")
    assert catalog.problems == ()
    assert blank is not None and blank.prompts == () and blank.item_family is None


def test_a_missing_user_folder_is_not_a_problem(tmp_path: Path) -> None:
    catalog = Catalog.load(user_template_dir=tmp_path / "templates")
    assert catalog.problems == ()
    assert len(catalog.templates) == len(TEMPLATE_KEYS)


def _good_with(old: str, new: str) -> str:
    assert old in GOOD_TEMPLATE
    return GOOD_TEMPLATE.replace(old, new)


BAD_TEMPLATES: dict[str, tuple[str | bytes, str, str]] = {
    # name: (file content, expected field, a word of the reason)
    "bad_toml": (_good_with("version = 1", "version = "), "line 2", "TOML"),
    "not_utf8": (GOOD_TEMPLATE.encode().replace("ø".encode(), b"\xf8"), "(file)", "UTF-8"),
    "missing_field": (_good_with('title_en = "Weekly reflection"\n', ""), "title_en", "missing"),
    "wrong_type": (_good_with("version = 1", 'version = "1"'), "version", "whole number"),
    "wrong_prompt_type": (_good_with('da = "Hvad lærte jeg?"', "da = 3"), "prompts[2].da", "text"),
    "empty_text": (_good_with('en = "What went well?"', 'en = " "'), "prompts[1].en", "empty"),
    "duplicate_prompt": (
        _good_with('key = "learned"', 'key = "went_well"'),
        "prompts[2].key",
        "twice",
    ),
    "unknown_family": (_good_with('"role"', '"feelings"'), "item_family", "feelings"),
    "clashing_key": (_good_with('key = "weekly"', 'key = "postcard"'), "key", "built-in"),
    "zero_version": (_good_with("version = 1", "version = 0"), "version", "whole number"),
    "bad_key": (_good_with('key = "weekly"', 'key = "Weekly Notes"'), "key", "lower-case"),
    "half_help": (
        _good_with('help_en = "One example is enough."\n', ""),
        "prompts[2].help_en",
        "missing",
    ),
    "prompts_not_tables": (
        GOOD_TEMPLATE.split("[[prompts]]")[0] + 'prompts = ["a"]\n',
        "prompts",
        "list",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_TEMPLATES))
def test_a_bad_user_template_is_one_problem_and_skipped(tmp_path: Path, name: str) -> None:
    content, field, reason_word = BAD_TEMPLATES[name]
    path = _write(tmp_path, f"{name}.toml", content)
    catalog = Catalog.load(user_template_dir=tmp_path)
    assert len(catalog.problems) == 1
    problem = catalog.problems[0]
    assert problem.file == str(path)
    assert problem.field.startswith(field)
    assert reason_word in problem.reason
    assert str(problem).startswith(f"{path}: {problem.field}: ")
    assert catalog.template("weekly") is None
    assert sorted(template.key for template in catalog.templates) == sorted(TEMPLATE_KEYS)
    postcard = catalog.template("postcard")
    assert postcard is not None and postcard.is_builtin


def test_bad_files_do_not_hide_good_ones(tmp_path: Path) -> None:
    for name, (content, _field, _reason) in BAD_TEMPLATES.items():
        _write(tmp_path, f"{name}.toml", content)
    _write(tmp_path, "weekly.toml", GOOD_TEMPLATE)
    _write(tmp_path, "notes.txt", "not a template")
    catalog = Catalog.load(user_template_dir=tmp_path)
    assert sorted(Path(problem.file).stem for problem in catalog.problems) == sorted(BAD_TEMPLATES)
    assert catalog.template("weekly") is not None
    assert len(catalog.templates) == len(TEMPLATE_KEYS) + 1


def test_two_user_files_with_one_key_keep_the_first(tmp_path: Path) -> None:
    _write(tmp_path, "a.toml", GOOD_TEMPLATE)
    second = _write(tmp_path, "b.toml", GOOD_TEMPLATE)
    catalog = Catalog.load(user_template_dir=tmp_path)
    assert catalog.problems == (
        CatalogProblem(str(second), "key", "'weekly' is already used by a.toml"),
    )
    weekly = catalog.template("weekly")
    assert weekly is not None and weekly.source == str(tmp_path / "a.toml")


# --- broken built-in data ------------------------------------------------------------


def test_broken_builtin_data_raises_naming_file_and_field(tmp_path: Path) -> None:
    resources = tmp_path / "prompts"
    shutil.copytree(RESOURCE_DIR, resources)
    postcard = resources / "templates" / "postcard.toml"
    postcard.write_text(
        postcard.read_text(encoding="utf-8").replace(
            'help_en = "What stuck', 'help_xx = "What stuck'
        ),
        encoding="utf-8",
    )
    with pytest.raises(CatalogError) as raised:
        Catalog.load(resource_dir=resources)
    assert raised.value.problem == CatalogProblem(str(postcard), "prompts[1].help_en", "is missing")
    assert "postcard.toml: prompts[1].help_en: is missing" in str(raised.value)


def test_builtin_families_must_be_complete(tmp_path: Path) -> None:
    resources = tmp_path / "prompts"
    shutil.copytree(RESOURCE_DIR, resources)
    families = resources / "families.toml"
    text = families.read_text(encoding="utf-8")
    families.write_text(
        text[: text.index('key = "own"')].rstrip().removesuffix("[[families]]"), encoding="utf-8"
    )
    with pytest.raises(CatalogError, match=r"families\.toml: families: must be exactly"):
        Catalog.load(resource_dir=resources)


def test_text_falls_back_to_english() -> None:
    text = Text(da="Kontrol", en="Control")
    assert text.get("da") == "Kontrol"
    assert text.get("en") == "Control"
    assert text.get("de") == "Control"
