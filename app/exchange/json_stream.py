"""Reading one large JSON object from a file piece by piece: the backup's shape.

A backup is `{"format": ..., ..., "entries": [ {...}, {...}, ... ]}` and grows with the
journal (36k entries are about 71 MB). Reading it whole meant the file's bytes, its text
and every parsed entry in memory at once, and a size limit that refused backups Refleks
itself had written. `read_object` decodes the top-level object's members one at a time
and hands each item of one chosen list to a callback as soon as it is parsed, so only the
entries the caller keeps stay in memory, however large the file is.

Values are parsed by the standard library's C scanner (`JSONDecoder.raw_decode`); only
the top-level punctuation is walked here. Every complaint names its line and column, and
"truncated" when the text ends too early, as `validate.parse_json` does.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from app.exchange.errors import ImportFormatError
from app.exchange.validate import check_text_values

_CHUNK = 1024 * 1024
_SPACE = re.compile(r"[ \t\n\r]*")
_SCAN = json.JSONDecoder().scan_once  # what raw_decode calls, without its wrapper
# The escape of half a UTF-16 pair; only values read after one was seen are checked.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


class _Source:
    """The file's text in a sliding buffer: `text[pos:]` is what is not read yet."""

    def __init__(self, handle: IO[bytes], path: Path | str, chunk: int) -> None:
        self.handle = handle
        self.path = path
        self.chunk = chunk
        self.text = ""
        self.pos = 0
        self.eof = False
        self.escapes = False  # a surrogate escape was seen: check the text of values
        self._pending = b""  # the start of a character cut by a chunk's end
        self._tail = b""  # the last bytes decoded, for an escape cut in two
        self._first = True
        self._dropped_column = 0  # characters after the last dropped newline
        self._byte_lines = 0  # newlines in the bytes decoded so far

    def more(self, at_least: int = 0) -> bool:
        """Read another piece (at least `at_least` bytes); False at the end of the file."""
        if self.eof:
            return False
        if self.pos > len(self.text) // 2:  # keep the buffer to what is not read yet
            self._drop(self.pos)
        data = self.handle.read(max(self.chunk, at_least))
        final = not data
        data = self._pending + data
        try:
            text, used = codecs.utf_8_decode(data, "strict", final)
        except UnicodeDecodeError as error:
            line = self._byte_lines + data[: error.start].count(b"\n") + 1
            raise ImportFormatError(
                self.path,
                f"line {line}",
                f"the text is not UTF-8 (byte 0x{data[error.start]:02x}); "
                "save or export it as UTF-8 and try again",
            ) from None
        self._byte_lines += data.count(b"\n", 0, used)
        self.escapes = self.escapes or bool(
            _SURROGATE_ESCAPE.search(data, 0, used)
            or _SURROGATE_ESCAPE.search(self._tail + data[:6])  # an escape cut by the chunk
        )
        self._tail = data[max(0, used - 6) : used]
        self._pending = data[used:]
        if self._first and text:
            text = text.removeprefix("\ufeff")  # a byte-order mark, as utf-8-sig drops it
            self._first = False
        self.text += text
        self.eof = final
        return bool(text) or not final

    def _drop(self, upto: int) -> None:
        newline = self.text.rfind("\n", 0, upto)
        self._dropped_column = upto - newline - 1 if newline >= 0 else self._dropped_column + upto
        self.text = self.text[upto:]
        self.pos -= upto

    def place(self, pos: int) -> str:
        """`line L, column C` of the buffer position `pos`."""
        # Every newline decoded is either dropped or in the buffer (only errors count here).
        line = self._byte_lines - self.text.count("\n", pos) + 1
        newline = self.text.rfind("\n", 0, pos)
        column = pos - newline if newline >= 0 else self._dropped_column + pos + 1
        return f"line {line}, column {column}"

    def fail(self, pos: int, problem: str) -> ImportFormatError:
        if self.eof and pos >= len(self.text.rstrip()):
            problem = "the JSON ends too early; the file looks truncated"
        return ImportFormatError(self.path, self.place(pos), problem)

    def skip_space(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            self.pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.more():
                return ""

    def expect(self, chars: str, what: str) -> str:
        char = self.skip_space()
        if not char or char not in chars:
            raise self.fail(self.pos, f"this is not valid JSON (expecting {what})")
        self.pos += 1
        return char

    def value(self, where: str) -> Any:
        """The JSON value at the current position, read on until it is complete."""
        self.skip_space()
        start = self.pos
        while True:
            try:
                value, end = _SCAN(self.text, start)
            except (json.JSONDecodeError, StopIteration) as error:
                if not self.eof:  # perhaps only cut by the buffer's end: read on, try again
                    self.more(len(self.text) - start)
                    start = self.pos
                    continue
                if isinstance(error, StopIteration):
                    raise self.fail(start, "this is not valid JSON (Expecting value)") from None
                raise self.fail(error.pos, f"this is not valid JSON ({error.msg})") from None
            except RecursionError:
                raise ImportFormatError(self.path, where, "the JSON is nested too deeply") from None
            except ValueError:  # a number of more than 4,300 digits
                raise ImportFormatError(self.path, where, "a number here is far too long") from None
            # A number at the very end of the buffer may go on in the next piece.
            if end == len(self.text) and not self.eof:
                self.more()
                start = self.pos
                continue
            if self.escapes and self.text.find("\\u", start, end) >= 0:
                check_text_values(value, self.path, where)
            self.pos = end
            return value


def read_object(
    handle: IO[bytes],
    path: Path | str,
    *,
    stream: str,
    on_item: Callable[[dict[str, Any], int, Any], bool],
    chunk: int | None = None,
) -> dict[str, Any]:
    """The top-level object of `handle`, member by member.

    The items of the list member named `stream` go one at a time to
    `on_item(members, index, value)`, `members` being those read before the list; when it
    returns True the item was taken and is left out of the result, otherwise it is kept
    there in a list. Every other member is returned as parsed. Raises ImportFormatError
    for anything that is not one JSON object, or that names a member twice.
    """
    source = _Source(handle, path, chunk or _CHUNK)
    members: dict[str, Any] = {}
    if source.skip_space() != "{":
        if source.skip_space() == "":
            raise ImportFormatError(path, "", "the file is empty")
        raise ImportFormatError(path, "", "expected a JSON object ({ ... })")
    source.pos += 1
    if source.skip_space() == "}":
        source.pos += 1
    else:
        while True:
            if source.skip_space() != '"':
                raise source.fail(source.pos, "this is not valid JSON (expecting a name in quotes)")
            key = source.value("")
            if key in members:
                raise source.fail(source.pos, f"'{key[:40]}' is given twice in this object")
            source.expect(":", "':'")
            if key == stream and source.skip_space() == "[":
                members[key] = _items(source, members, key, on_item)
            else:
                members[key] = source.value(key)
            if source.expect(",}", "',' or '}'") == "}":
                break
    if source.skip_space() != "":
        raise source.fail(source.pos, "this is not valid JSON (extra data after the object)")
    return members


def _items(
    source: _Source,
    members: dict[str, Any],
    key: str,
    on_item: Callable[[dict[str, Any], int, Any], bool],
) -> list[Any]:
    kept: list[Any] = []
    source.pos += 1  # the "["
    if source.skip_space() == "]":
        source.pos += 1
        return kept
    index = 0
    while True:
        value = source.value(f"{key}[{index}]")
        if not on_item(members, index, value):
            kept.append(value)
        index += 1
        if source.expect(",]", "',' or ']'") == "]":
            return kept
