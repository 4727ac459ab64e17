"""The follow-up entry a closed commitment writes: its title and text, in the journal's
language (the window's, or the saved one for a command), as the summaries are written.

The entry is the user's own text from then on; only its first wording is made here.
"""

from __future__ import annotations

from app.commitments.records import CommitmentStatus

#: Longest commitment text kept whole in the follow-up's title; the body has it all.
TITLE_TEXT = 80

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Opfølgning: {text}", "Follow-up: {text}"),
    "commitment": ("Forpligtelse", "Commitment"),
    "from": ("fra {day}", "from {day}"),
    "outcome": ("Udfald", "Outcome"),
    CommitmentStatus.KEPT: ("Holdt", "Kept"),
    CommitmentStatus.CHANGED: ("Ændret", "Changed"),
    CommitmentStatus.DROPPED: ("Droppet", "Dropped"),
    CommitmentStatus.OPEN: ("Åben", "Open"),
}


def word(key: str, language: str) -> str:
    """One of the words above in `language` ('da'; anything else is English)."""
    da, en = _WORDS[key]
    return da if language == "da" else en


def status_word(status: CommitmentStatus, language: str) -> str:
    """Kept, changed, dropped or open in `language`."""
    return word(status, language)


def short_text(text: str, limit: int = TITLE_TEXT) -> str:
    """The commitment's first line, cut at a word before `limit` characters."""
    line = " ".join(text.strip().splitlines()[0].split()) if text.strip() else ""
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0] or line[: limit - 1]
    return cut.rstrip(" ,.;:") + "…"


def follow_up_title(text: str, language: str) -> str:
    return word("title", language).format(text=short_text(text))


def follow_up_body(
    text: str, status: CommitmentStatus, note: str, *, made_on: str, language: str
) -> str:
    """The commitment and how it went, then the note; `made_on` is the original entry's day
    as the user reads dates (ISO in the entry's text, which is plain)."""
    lines = [
        f"{word('commitment', language)} {word('from', language).format(day=made_on)}: "
        f"{text.strip()}",
        f"{word('outcome', language)}: {status_word(status, language)}",
    ]
    if note.strip():
        lines += ["", note.strip()]
    return "\n".join(lines)
