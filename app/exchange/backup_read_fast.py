"""Reading a well-formed backup entry in one pass: the common case of an import.

`app.exchange.backup._entry` checks every field through `Fields`, which names the exact
place of any problem; for 10k entries that was most of an import's reading time. This
reader accepts only entries in the shape our own export writes (canonical timestamps,
plain values) and builds the same `ImportedEntry`; for anything else it returns None and
the careful reader runs instead, so every error is still worded by it. A test feeds both
readers the same entries.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.exchange.batch import ImportedEntry, ModuleRef
from app.records import OWN_FAMILY, Answer, TagRef

_TIMESTAMP_LENGTH = len("2026-03-02T09:15:00.000000Z")


def _utc(value: Any) -> dt.datetime | None:
    """A canonical `YYYY-MM-DDTHH:MM:SS.ffffffZ` as naive UTC; None for any other value."""
    if (
        type(value) is not str
        or len(value) != _TIMESTAMP_LENGTH
        or value[10] != "T"
        or value[-1] != "Z"
    ):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value[:-1])
    except ValueError:
        return None
    return parsed if parsed.tzinfo is None else None


def _text(value: Any) -> bool:
    return type(value) is str


def _optional_text(value: Any) -> bool:
    return value is None or type(value) is str


class FastEntryReader:
    """`read(value)` gives the entry, or None when the careful reader must look at it."""

    def __init__(
        self, labels: dict[tuple[str, str], str | None], modules: set[tuple[int, int]]
    ) -> None:
        self._labels = labels
        self._modules = modules  # (course index, module position) that exist
        self._tags: dict[str, TagRef] = {}

    def _tag(self, text: Any) -> TagRef | None:
        ref = self._tags.get(text) if type(text) is str else None
        if ref is None:
            if type(text) is not str:
                return None
            family, sep, key = text.strip().partition(":")
            family, key = family.strip().lower(), key.strip()
            if not sep or not family or not key:
                return None
            label = self._labels.get((family, key))
            if family == OWN_FAMILY and label is None:
                label = key
            ref = self._tags[text] = TagRef(family, key, label)
        return ref

    def read(self, value: Any) -> ImportedEntry | None:
        if type(value) is not dict:
            return None
        get = value.get
        uuid, title, body = get("uuid"), get("title"), get("body")
        template_key, version = get("template_key"), get("template_version")
        private, coaching = get("private", False), get("coaching", False)
        if not (
            _text(uuid)
            and 0 < len(uuid) <= 36
            and _text(title)
            and _text(body)
            and _optional_text(template_key)
            and (version is None or type(version) is int)
            and (private is None or type(private) is bool)
            and (coaching is None or type(coaching) is bool)
        ):
            return None
        created, updated = _utc(get("created_at")), _utc(get("updated_at"))
        raw_trashed = get("trashed_at")
        trashed = None if raw_trashed is None else _utc(raw_trashed)
        day = get("day")
        if created is None or updated is None or (raw_trashed is not None and trashed is None):
            return None
        if type(day) is not str or len(day) != 10:
            return None
        try:
            day_value = dt.date.fromisoformat(day)
        except ValueError:
            return None
        tags = self._tags_of(get("tags"))
        answers = self._answers_of(get("answers"))
        module = self._module_of(get("module"))
        if tags is None or answers is None or module is False:
            return None
        return ImportedEntry(
            uuid=uuid,
            day=day_value,
            created_at=created,
            updated_at=updated,
            title=title,
            body=body,
            tags=tags,
            answers=answers,
            template_key=template_key,
            template_version=version,
            private=bool(private),
            coaching=bool(coaching),
            trashed_at=trashed,
            module=module,  # type: ignore[arg-type]
        )

    def _tags_of(self, raw: Any) -> tuple[TagRef, ...] | None:
        if raw is None:
            return ()
        if type(raw) is not list:
            return None
        tags = []
        for text in raw:
            ref = self._tag(text)
            if ref is None:
                return None
            tags.append(ref)
        return tuple(tags)

    def _answers_of(self, raw: Any) -> tuple[Answer, ...] | None:
        if raw is None:
            return ()
        if type(raw) is not list:
            return None
        answers = []
        keys = set()
        for position, item in enumerate(raw):
            if type(item) is not dict:
                return None
            key, text = item.get("prompt_key"), item.get("text")
            if not (_text(key) and _text(text)) or key in keys:
                return None
            keys.add(key)
            answers.append(Answer(key, text, position))
        return tuple(answers)

    def _module_of(self, raw: Any) -> ModuleRef | bool | None:
        """The module, None for none, False when the careful reader must judge it."""
        if raw is None:
            return None
        if (
            type(raw) is not list
            or len(raw) != 2
            or type(raw[0]) is not int
            or type(raw[1]) is not int
            or (raw[0], raw[1]) not in self._modules
        ):
            return False
        return ModuleRef(raw[0], raw[1])
