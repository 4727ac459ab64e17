"""An entry as a change file carries it, and back: everything that syncs of an entry
(text, day and time, answers, tags with their labels, flags, the trash, the module it is
linked to, by uuid), never its local id."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.records import Answer, Entry, TagRef
from app.store.rows import stored_text, stored_time, stored_utc
from app.store.writes import EntryValues

State = dict[str, Any]


def state_of(entry: Entry, module: str | None = None) -> State:
    """`module` is the uuid of the module the entry is linked to (its `module_id`)."""
    return {
        "day": entry.day.isoformat(),
        "time": f"{entry.time.hour:02d}:{entry.time.minute:02d}",
        "title": entry.title,
        "body": entry.body,
        "tags": sorted([tag.family, tag.key, tag.label] for tag in entry.tags),
        "answers": [[answer.prompt_key, answer.text] for answer in entry.answers],
        "template": [entry.template_key, entry.template_version],
        "private": entry.private,
        "coaching": entry.coaching,
        "created": stored_text(entry.created_at),
        "updated": stored_text(entry.updated_at),
        "trashed": stored_text(entry.trashed_at),
        "module": module,
    }


def values_of(uuid: str, state: State, *, module_id: int | None = None) -> EntryValues:
    """What the store writes for `state` (raises ValueError, KeyError or TypeError when a
    field is not what it should be)."""
    template_key, template_version = state["template"]
    return EntryValues(
        uuid=uuid,
        day=dt.date.fromisoformat(state["day"]),
        created_at=_utc(state["created"]),
        updated_at=_utc(state["updated"]),
        title=str(state["title"]),
        body=str(state["body"]),
        tags=tuple(
            TagRef(str(f), str(k), None if lb is None else str(lb)) for f, k, lb in state["tags"]
        ),
        answers=tuple(Answer(str(p), str(t), i) for i, (p, t) in enumerate(state["answers"])),
        template_key=None if template_key is None else str(template_key),
        template_version=None if template_version is None else int(template_version),
        private=bool(state["private"]),
        coaching=bool(state["coaching"]),
        trashed_at=None if state["trashed"] is None else _utc(state["trashed"]),
        module_id=module_id,
        time=stored_time(str(state["time"])),
    )


def conflict_copy(state: State, device_name: str) -> State:
    """The losing side of two concurrent edits, kept as an entry of its own."""
    return {**state, "title": f"{state['title']} ({conflict_marker(device_name)})".strip()}


def conflict_marker(device_name: str = "") -> str:
    return f"conflict copy from {device_name}" if device_name else "conflict copy from"


def _utc(text: str) -> dt.datetime:
    value = stored_utc(str(text))
    assert value is not None
    return value
