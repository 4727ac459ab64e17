"""Safe file handling for exports and imports.

Exports go to a temporary owner-only file in the target folder and are moved into place
with `os.replace`, so a failed export never leaves a half file and nobody else can read
what leaves the app. Imports are refused by size before anything is read, zip members are
checked for bombs from their headers and then read in bounded chunks (headers can lie).
"""

from __future__ import annotations

import contextlib
import lzma
import os
import queue
import shutil
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.exchange.errors import ExportError, ImportFormatError

MiB = 1024 * 1024
#: The largest file of another journal app (jrnl, Day One) we read whole; years of daily
#: writing are a few MB. Our own backups have no limit: they are read as a stream.
MAX_IMPORT_BYTES = 64 * MiB
#: A Day One zip may carry many photos we skip; only its JSON is read.
MAX_ZIP_BYTES = 4096 * MiB
#: More than this compression ratio on a member is treated as a zip bomb.
MAX_COMPRESSION_RATIO = 200
_CHUNK = 1 * MiB
#: What damaged data inside a zip raises while it is unpacked: zlib.error for deflate,
#: OSError or EOFError for bzip2, LZMAError for lzma, BadZipFile for a wrong checksum.
ZIP_DATA_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, OSError, EOFError)


def _size_text(n: int) -> str:
    return f"{n / MiB:.0f} MB" if n >= MiB else f"{n} bytes"


def check_readable(path: Path, *, limit: int = MAX_IMPORT_BYTES) -> int:
    """The size of the file at `path`; refuses missing paths, folders and files over `limit`."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImportFormatError(path, "", "the file does not exist; check the path") from None
    except OSError as error:
        raise ImportFormatError(path, "", f"cannot be read ({error.strerror})") from None
    if path.is_dir():
        raise ImportFormatError(path, "", "is a folder, not a file; choose the exported file")
    if not path.is_file():
        raise ImportFormatError(path, "", "is not a regular file; choose the exported file")
    if info.st_size > limit:
        raise ImportFormatError(
            path,
            "",
            f"the file is {_size_text(info.st_size)}, more than the limit of "
            f"{_size_text(limit)} for an import; split it or export a shorter period",
        )
    return info.st_size


def read_bytes_limited(path: Path, *, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of `path`, after checking its size; stops if it grows past `limit` meanwhile."""
    check_readable(path, limit=limit)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise ImportFormatError(path, "", f"cannot be read ({error.strerror})") from None
    if len(data) > limit:
        raise ImportFormatError(path, "", f"the file is larger than {_size_text(limit)}")
    return data


def decode_utf8(data: bytes, path: Path | str, where: str = "") -> str:
    """UTF-8 text (a byte-order mark is dropped); names the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        place = f"{where} line {line}".strip()
        raise ImportFormatError(
            path,
            place,
            f"the text is not UTF-8 (byte 0x{data[error.start]:02x}); "
            "save or export it as UTF-8 and try again",
        ) from None


def read_zip_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, *, limit: int = MAX_IMPORT_BYTES
) -> bytes:
    """One member of a zip, refusing bombs by declared size, ratio and actual bytes read."""
    where = info.filename
    if info.file_size > limit:
        raise ImportFormatError(
            path,
            where,
            f"unpacks to {_size_text(info.file_size)}, more than the limit of {_size_text(limit)}",
        )
    if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
        raise ImportFormatError(
            path, where, "is compressed suspiciously well (a zip bomb?); it was not unpacked"
        )
    parts: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > limit or total > info.file_size:
                    raise ImportFormatError(
                        path, where, "unpacks to more than its header says; it was not read"
                    )
                parts.append(chunk)
    except NotImplementedError:  # zipfile's words for an unknown compression method
        raise ImportFormatError(
            path,
            where,
            f"is packed with a compression method Refleks cannot unpack (method "
            f"{info.compress_type}); unpack the zip with your archive tool and import the "
            ".json inside",
        ) from None
    except RuntimeError:  # zipfile's words for a member that needs a password
        raise ImportFormatError(
            path,
            where,
            "is protected by a password; export from Day One again without one, or unpack "
            "the zip and import the .json inside",
        ) from None
    except ZIP_DATA_ERRORS as error:
        raise ImportFormatError(
            path, where, f"the zip file is damaged ({error}); export it again"
        ) from None
    return b"".join(parts)


@contextlib.contextmanager
def private_temp_file(destination: Path) -> Iterator[Path]:
    """A 0600 temporary file beside `destination`; moved onto it if the block succeeds."""
    folder = destination.parent
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist; choose another place to save.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(
            f"Cannot write in {folder} ({error.strerror}); choose another place to save."
        ) from None
    os.close(fd)  # mkstemp creates the file 0600 already
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_private_bytes(destination: Path, data: bytes | list[bytes]) -> None:
    """Write `data` (or its pieces, in order) to `destination` atomically, readable by its
    owner only."""
    with private_temp_file(destination) as temp:
        try:
            with temp.open("wb") as handle:
                handle.writelines([data] if isinstance(data, bytes) else data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise ExportError(
                f"Could not write {destination} ({error.strerror}); nothing was saved."
            ) from None


def write_private_folder(
    destination: Path, files: dict[str, bytes] | Iterable[tuple[str, bytes]]
) -> int:
    """Create the folder `destination` holding `files`, all owner-only, or nothing at all.

    `files` may be a generator: its files are written by a second thread while it makes
    the next ones (the system calls run without the GIL), so making and writing thousands
    of files overlap. A name given twice keeps its last content, as in a dict. Returns the
    number of files.
    """
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise ExportError(
            f"{destination} already exists and is not an empty folder; choose a new folder name."
        )
    parent = destination.parent
    if not parent.is_dir():
        raise ExportError(f"The folder {parent} does not exist; choose another place to save.")
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=parent))  # 0700
    try:
        writer = _FolderWriter(staging)
        try:
            items = files.items() if isinstance(files, dict) else files
            batch: list[tuple[str, bytes]] = []
            for item in items:
                batch.append(item)
                if len(batch) == _WRITE_BATCH:
                    writer.put(batch)
                    batch = []
            writer.put(batch)
        finally:
            count = writer.finish()
        if destination.exists():
            destination.rmdir()
        os.replace(staging, destination)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise ExportError(
            f"Could not write {destination} ({error.strerror}); nothing was saved."
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return count


_WRITE_BATCH = 256  # files handed to the writer thread at a time
_STOP: list[tuple[str, bytes]] = []


class _FolderWriter:
    """Writes batches of files into one folder from a thread of its own.

    Plain descriptors relative to the folder: no path walk or file object per file
    (thousands of files). No fsync per file either; the caller's rename is the commit.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        self._queue: queue.Queue[list[tuple[str, bytes]]] = queue.Queue(maxsize=8)
        self._names: set[str] = set()
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="folder-writer", daemon=True)
        self._thread.start()

    def put(self, batch: list[tuple[str, bytes]]) -> None:
        if self._error is not None:
            raise self._error
        if batch:
            self._queue.put(batch)

    def finish(self) -> int:
        """Wait for every file put so far; raises the first write error. Returns the count."""
        self._queue.put(_STOP)
        self._thread.join()
        os.close(self._folder)
        if self._error is not None:
            raise self._error
        return len(self._names)

    def _run(self) -> None:
        while (batch := self._queue.get()) is not _STOP:
            if self._error is not None:
                continue  # drain, so the producer never blocks on a full queue
            try:
                for name, data in batch:
                    self._write(name, data)
            except OSError as error:
                self._error = error

    def _write(self, name: str, data: bytes) -> None:
        flags = os.O_CREAT | os.O_WRONLY
        # A repeated name overwrites, as a dict of files would keep the last content.
        flags |= os.O_TRUNC if name in self._names else os.O_EXCL
        self._names.add(name)
        fd = os.open(name, flags, 0o600, dir_fd=self._folder)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
