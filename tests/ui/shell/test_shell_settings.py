"""Declared settings, their upgrade steps and the remembered filter; choosing the language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QLocale, QSettings

from app.records import TagRef, TimelineFilter
from ui.preferences import settings as keys
from ui.preferences.settings import ALL_SETTINGS, Settings, filter_from_json, filter_to_json
from ui.shell.i18n import LanguageManager, resolve_language, system_language


def _store(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_every_setting_is_declared_once_with_a_default(tmp_path: Path) -> None:
    names = [setting.key for setting in ALL_SETTINGS]
    assert len(names) == len(set(names))
    settings = Settings(_store(tmp_path / "s.ini"))
    for setting in ALL_SETTINGS:
        assert setting.description
        assert settings.get(setting) == setting.default
        assert isinstance(settings.get(setting), setting.type)


def test_values_survive_a_new_store_on_the_same_file(tmp_path: Path) -> None:
    settings = Settings(_store(tmp_path / "s.ini"))
    settings.set(keys.LANGUAGE, "da")
    settings.set(keys.AUTO_LOCK_MINUTES, 15)
    settings.set(keys.SPLITTER, QByteArray(b"\x00\x01state"))
    settings.sync()
    again = Settings(_store(tmp_path / "s.ini"))
    assert again.get(keys.LANGUAGE) == "da"
    assert again.get(keys.AUTO_LOCK_MINUTES) == 15
    assert again.get(keys.SPLITTER) == QByteArray(b"\x00\x01state")


def test_a_damaged_value_falls_back_to_the_default(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[security]\nauto_lock_minutes=soon\n", encoding="utf-8")
    assert Settings(_store(path)).get(keys.AUTO_LOCK_MINUTES) == keys.AUTO_LOCK_MINUTES.default


def test_upgrade_steps_run_once_in_order(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[General]\nlanguage=da\n", encoding="utf-8")  # as version 0 stored it
    settings = Settings(_store(path))
    assert settings.get(keys.LANGUAGE) == "da"
    assert not settings.store.contains("language")
    assert settings.store.value(keys.VERSION_KEY) in (
        keys.CURRENT_VERSION,
        str(keys.CURRENT_VERSION),
    )

    calls: list[int] = []
    steps = (lambda _s: calls.append(1), lambda _s: calls.append(2))
    Settings(_store(tmp_path / "fresh.ini"), steps=steps)
    assert calls == [1, 2]
    store = _store(tmp_path / "fresh.ini")
    store.setValue(keys.VERSION_KEY, 1)
    Settings(store, steps=steps)
    assert calls == [1, 2, 2]


def test_settings_from_a_newer_release_are_read_but_not_rewritten(tmp_path: Path) -> None:
    store = _store(tmp_path / "s.ini")
    store.setValue(keys.VERSION_KEY, 99)
    store.setValue(keys.LANGUAGE.key, "en")
    settings = Settings(store)
    assert settings.get(keys.LANGUAGE) == "en"
    assert int(store.value(keys.VERSION_KEY)) == 99


def test_the_filter_round_trips_through_json() -> None:
    where = TimelineFilter(
        date_from=dt.date(2026, 1, 5),
        date_to=dt.date(2026, 2, 1),
        tags=(TagRef("dilemma", "control"), TagRef("own", "budget", "Budget")),
        match_all_tags=True,
        families=("paradox", "legitimacy"),
        text="magtudøvelse",
        module_id=3,
        private=False,
        coaching=True,
    )
    assert filter_from_json(filter_to_json(where)) == where
    assert filter_from_json(filter_to_json(TimelineFilter())) == TimelineFilter()
    ranked = TimelineFilter(text="kontrol", order="match")
    assert filter_from_json(filter_to_json(ranked)) == ranked
    assert filter_from_json('{"text": "x", "order": "nonsense"}').order == "date"


def test_an_unreadable_filter_gives_the_empty_filter() -> None:
    for text in ("", "{", "[]", '{"date_from": "not a day"}', '{"tags": [1]}'):
        assert filter_from_json(text) == TimelineFilter()


@given(
    text=st.text(max_size=40),
    families=st.lists(st.sampled_from(["dilemma", "paradox", "role", "own"]), max_size=3),
    day=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1))),
)
def test_any_filter_round_trips(text: str, families: list[str], day: dt.date | None) -> None:
    where = TimelineFilter(text=text, families=tuple(families), date_from=day)
    assert filter_from_json(filter_to_json(where)) == where


def test_the_system_language_decides_the_default() -> None:
    assert system_language(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)) == "da"
    assert system_language(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert resolve_language("da") == "da"
    assert resolve_language("en") == "en"
    assert resolve_language("") in ("da", "en")


def test_language_manager_announces_only_real_changes(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    manager = LanguageManager()
    try:
        manager.apply("en")
        with qtbot.waitSignal(manager.language_changed) as blocker:
            manager.apply("da")
        assert blocker.args == ["da"]
        with qtbot.assertNotEmitted(manager.language_changed):
            manager.apply("da")
        assert QLocale().language() == QLocale.Language.Danish  # dates in widgets follow
    finally:
        manager.apply("en")
        QLocale.setDefault(QLocale.system())
