"""`SyncService`: this journal on several devices, through a folder another program syncs
(Syncthing, Nextcloud, Dropbox, OneDrive). Refleks runs no server.

Each sync, under one lock and one write transaction on a connection of its own:
1. the rows changed here since the last sync (noted by models.sync_log's triggers) get a
   new version, stamped by this device's hybrid logical clock;
2. the other devices' new change files are read in sequence order (a gap waits for the
   missing file; a damaged, half-arrived or unauthentic file is refused, reported, and
   read again next time) and merged (app/sync/merge.py);
3. this device's changes and any conflict copies are written as its next change file
   (app/sync/change_file.py), then the transaction commits.
A crash anywhere leaves the journal as before the sync; a file already written then is
harmless, because the redone sync's versions descend from it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import platform
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import SyncError
from app.journal.changes import Change, ChangeFeed, Changes
from app.store import entries as store_entries
from app.store import sync_rows
from app.store import writes as store_writes
from app.sync import change_file, vectors
from app.sync.change_file import ChangeFile, ChangeRecord, RefusedFile
from app.sync.clock import HybridClock, Wall, stamp_millis, wall_millis
from app.sync.entry_state import conflict_marker, state_of
from app.sync.merge import (
    COACHING,
    COMMITMENT,
    COURSE,
    ENTRY,
    MODULE,
    TAG,
    EntryMerge,
    RowMerge,
)
from models.connection import write_transaction

if TYPE_CHECKING:
    from app.journal.context import JournalContext

#: What syncs, in the order a file's records are merged (a commitment after its entry).
_KINDS = (TAG, COURSE, MODULE, ENTRY, COMMITMENT, COACHING)
#: How the rows that are not entries are read and written by uuid.
_ROWS = {
    TAG: (sync_rows.own_tag_states, sync_rows.write_own_tag),
    COURSE: (sync_rows.course_states, sync_rows.write_course),
    MODULE: (sync_rows.module_states, sync_rows.write_module),
    COMMITMENT: (sync_rows.commitment_states, sync_rows.write_commitment),
    COACHING: (sync_rows.coaching_states, sync_rows.write_coaching),
}
LOCK_TIMEOUT_S = 120.0
#: After this many files of its own in the folder, a device writes a snapshot instead
#: (one of a 10k journal takes about 2 s, under the write lock: not every few syncs).
COMPACT_AFTER_FILES = 500


@dataclass(frozen=True)
class SyncReport:
    """What one `sync_now` did."""

    sent: int  # own changed rows written to the folder (conflict copies included)
    merged: int  # rows changed here from other devices' files
    conflicts: int  # conflict copies made
    refused: tuple[str, ...]  # "device/file: reason" for each file not merged
    changed_entry_ids: frozenset[int]


@dataclass(frozen=True)
class DeviceSeen:
    device_id: str
    name: str
    last_seen: dt.datetime | None  # aware UTC: when that device last wrote a change file


@dataclass(frozen=True)
class SyncStatus:
    enabled: bool
    folder: Path | None
    device_id: str
    device_name: str
    last_sync: dt.datetime | None  # aware UTC
    devices: tuple[DeviceSeen, ...]  # the others, not this one
    conflicts: int  # conflict copies in the journal, not in the trash
    refused: tuple[str, ...]


class SyncService:
    """Set up, run and stop sync for one journal (`context.sync`)."""

    def __init__(
        self, *, context: JournalContext, changes: ChangeFeed, wall: Wall = wall_millis
    ) -> None:
        self._context = context
        self.changes = changes
        #: This device's wall clock in milliseconds (tests move it).
        self.wall = wall

    # ----- setting up ----------------------------------------------------------------

    def setup(self, folder: Path) -> SyncStatus:
        """Sync this journal through `folder` (made if missing, its parent must exist).

        Everything the journal holds is sent at the next sync. Raises SyncError for a
        folder that cannot be used."""
        folder = Path(folder).expanduser()
        if not folder.is_absolute():
            folder = folder.resolve()
        _check_folder(folder, self._context.paths.root)
        with (
            self._lock(),
            self._connection() as connection,
            write_transaction(connection, self._context.paths.journal, immediate=True),
        ):
            now = sync_rows.settings(connection)
            was = now.folder if now else None
            if now is None:
                now = sync_rows.SyncSettings(
                    device_id=secrets.token_hex(8),
                    device_name=platform.node() or "device",
                    folder=None,
                    clock="",
                    last_seq=0,
                    last_sync=None,
                )
                self._write_device_marker(now.device_id)
            now = self._this_device(now)
            sync_rows.save_settings(connection, _replace(now, folder=str(folder)))
            if was != str(folder):
                # Changes made while not syncing were not noted, and a new folder has
                # none of this journal yet: everything is sent at the next sync.
                sync_rows.mark_all(connection)
        return self.status()

    def stop(self) -> None:
        """The journal no longer syncs; the folder and its files are left as they are."""
        with (
            self._lock(),
            self._connection() as connection,
            write_transaction(connection, self._context.paths.journal, immediate=True),
        ):
            now = sync_rows.settings(connection)
            if now is None or now.folder is None:
                return
            sync_rows.save_settings(connection, _replace(now, folder=None))
            sync_rows.clear_pending(connection, _KINDS)

    def status(self) -> SyncStatus:
        with self._connection() as connection:
            now = sync_rows.settings(connection)
            peers = sync_rows.peers(connection)
            refused = sync_rows.refused(connection)
            conflicts = sync_rows.conflict_count(connection, conflict_marker())
        if now is None:
            return SyncStatus(False, None, "", platform.node() or "device", None, (), conflicts, ())
        return SyncStatus(
            enabled=now.folder is not None,
            folder=None if now.folder is None else Path(now.folder),
            device_id=now.device_id,
            device_name=now.device_name,
            last_sync=now.last_sync,
            devices=tuple(DeviceSeen(p.device_id, p.name, p.last_seen) for p in peers),
            conflicts=conflicts,
            refused=tuple(f"{name}: {reason}" for name, reason in refused),
        )

    # ----- syncing -------------------------------------------------------------------

    def sync_now(self) -> SyncReport:
        """Send this device's changes and merge the other devices'.

        Safe from a worker thread: it opens its own connection (never the window's) and
        holds a lock file, so two syncs (threads or processes) run one after the other.
        The `Changes` it publishes after the commit reach the ChangeFeed's listeners in
        the calling thread. Raises SyncError when sync is not set up or the folder is
        gone (nothing is lost: the changes stay noted for the next sync).
        """
        with self._lock(), self._connection() as connection:
            report = self._sync(connection)
        self._publish(report)
        return report

    def compact(self) -> SyncReport:
        """Sync, writing this device's changes as a snapshot of everything it holds, and
        remove its older files (done by itself after COMPACT_AFTER_FILES files)."""
        with self._lock(), self._connection() as connection:
            report = self._sync(connection, snapshot=True)
        self._publish(report)
        return report

    def _publish(self, report: SyncReport) -> None:
        if report.merged or report.conflicts:
            kinds = Change.ENTRIES | Change.TAGS | Change.COMMITMENTS | Change.COACHING
            self.changes.publish(Changes(kinds, report.changed_entry_ids))

    def _sync(self, connection: Any, *, snapshot: bool = False) -> SyncReport:
        journal = self._context.paths.journal
        with write_transaction(connection, journal, immediate=True):
            now = sync_rows.settings(connection)
            if now is None or now.folder is None:
                raise SyncError("This journal is not set up to sync. Run: sync setup FOLDER")
            now = self._this_device(now)
            root = Path(now.folder) / change_file.FOLDER_NAME
            if not Path(now.folder).is_dir():
                raise SyncError(
                    f"The sync folder {now.folder} is missing. Reconnect it or choose it "
                    "again with: sync setup FOLDER"
                )
            key = self._file_key()
            clock = HybridClock(now.clock, wall=self.wall)
            own_dir = root / now.device_id
            own_files = _own_files(own_dir)
            # A snapshot (a "full" file) when the folder lost this device's files (deleted,
            # or a new folder in its place), or when its files have piled up: then the
            # older ones are removed (compaction).
            full = (
                snapshot
                or (now.last_seq != 0 and now.last_seq not in own_files)
                or len(own_files) >= COMPACT_AFTER_FILES
            )
            own = self._own_records(connection, now.device_id, clock)
            peers = {p.device_id: p for p in sync_rows.peers(connection)}
            names = {p.device_id: p.name for p in peers.values()} | {now.device_id: now.device_name}
            merge = EntryMerge(connection, name_of=lambda d: names.get(d, d[:8]))
            rows = {
                kind: RowMerge(connection, kind, write, read)
                for kind, (read, write) in _ROWS.items()
            }
            # Own versions first: a concurrent edit from elsewhere then finds them.
            for record in own:
                version = sync_rows.StoredVersion(
                    vectors.dumps(record.vector), record.stamp, record.device
                )
                if record.kind == ENTRY:
                    merge.set_version(record.key, version)
                else:
                    rows[record.kind].set_version(record.key, version)
            refused: list[tuple[str, str]] = []
            for device_dir in _device_dirs(root, now.device_id):
                peer = peers.get(device_dir.name) or sync_rows.Peer(
                    device_dir.name, device_dir.name[:8], 0, None
                )
                for seq, path in _new_files(device_dir, peer.last_seq):
                    label = f"{device_dir.name[:8]}/{path.name}"
                    try:
                        change = change_file.decode(
                            _read(path), device_id=device_dir.name, seq=seq, key=key
                        )
                    except RefusedFile as refusal:
                        refused.append((label, refusal.reason))
                        break  # its later files wait: they may depend on this one
                    merge.preload([r.key for r in change.records if r.kind == ENTRY])
                    names.setdefault(change.device_id, change.device_name)
                    for device, name in change.names.items():
                        names.setdefault(device, name)
                    for record in sorted(change.records, key=_merge_order):
                        clock.observe(record.stamp)
                        if record.kind == ENTRY:
                            merge.merge(record)
                        elif record.kind in rows:
                            merge.flush()  # the entries these rows belong to go in first
                            rows[record.kind].merge(record)
                    seen = max((stamp_millis(r.stamp) for r in change.records), default=0)
                    peer = sync_rows.Peer(
                        change.device_id,
                        change.device_name,
                        seq,
                        _from_millis(seen) if seen else peer.last_seen,
                    )
                    names[change.device_id] = change.device_name
                if peer.last_seq or device_dir.name in peers:
                    sync_rows.save_peer(connection, peer)
            merge.finish()
            for row_merge in rows.values():
                row_merge.finish()
            sync_rows.clear_pending(connection, _KINDS)
            out = (*own, *merge.result.copies)
            if full:
                out = (*out, *self._unchanged_records(connection, {r.key for r in out}))
            seq = now.last_seq
            if out:
                seq = _next_sequence(own_files, now.last_seq)
                data = change_file.encode(
                    ChangeFile(
                        now.device_id,
                        now.device_name,
                        seq,
                        tuple(out),
                        {r.device: names[r.device] for r in out if r.device in names},
                    ),
                    key,
                )
                try:
                    own_dir.mkdir(parents=True, exist_ok=True)
                    change_file.write_once(own_dir, change_file.file_name(seq, full=full), data)
                except OSError as error:
                    raise SyncError(
                        f"Cannot write to the sync folder {now.folder}: "
                        f"{error.strerror or error}. Nothing was lost; the changes are sent "
                        "at the next sync."
                    ) from error
                if full:
                    _remove_older(own_files, seq)
            sync_rows.replace_refused(connection, refused)
            sync_rows.save_settings(
                connection,
                _replace(now, clock=clock.last, last_seq=seq, last_sync=dt.datetime.now(dt.UTC)),
            )
        return SyncReport(
            sent=len(out),
            merged=merge.result.merged + sum(r.merged for r in rows.values()),
            conflicts=merge.result.conflicts,
            refused=tuple(f"{label}: {reason}" for label, reason in refused),
            changed_entry_ids=frozenset(merge.result.changed_ids),
        )

    def _unchanged_records(self, connection: Any, sent: set[str]) -> list[ChangeRecord]:
        """Every other row's version as it stands (deleted rows too), for a snapshot."""
        held = [(kind, k, v) for kind, k, v in sync_rows.all_versions(connection) if k not in sent]
        states: dict[str, dict[str, Any]] = {}
        for kind in _KINDS:
            keys = [k for row_kind, k, _v in held if row_kind == kind]
            states |= {f"{kind}/{k}": v for k, v in _states(connection, kind, keys).items()}
        return sorted(
            (
                ChangeRecord(
                    kind,
                    key,
                    vectors.loads(version.vector),
                    version.stamp,
                    version.device,
                    states.get(f"{kind}/{key}"),
                )
                for kind, key, version in held
                if kind in _KINDS
            ),
            key=_merge_order,
        )

    def _own_records(
        self, connection: Any, device_id: str, clock: HybridClock
    ) -> list[ChangeRecord]:
        """New versions of the rows changed here since the last sync."""
        pending = sync_rows.pending(connection, _KINDS)
        if not pending:
            return []
        stamp = clock.tick()
        records = []
        for kind in _KINDS:
            keys = [key for row_kind, key in pending if row_kind == kind]
            if not keys:
                continue
            known = sync_rows.versions(connection, kind, keys)
            states = _states(connection, kind, keys)
            for key in keys:
                state = states.get(key)
                before = known.get(key)
                if state is None and before is None:
                    continue  # made and deleted between two syncs: nobody else knew it
                vector = vectors.loads(before.vector) if before else {}
                vector[device_id] = stamp
                records.append(ChangeRecord(kind, key, vector, stamp, device_id, state))
        return records

    # ----- helpers -------------------------------------------------------------------

    def _this_device(self, now: sync_rows.SyncSettings) -> sync_rows.SyncSettings:
        """`now`, or, for a journal copied from another device (its id is not the one kept
        beside the journal), a new device: its own id, name and files; what it holds is
        what the other device held then, so nothing is sent again."""
        try:
            held = self._context.paths.sync_device.read_text(encoding="utf-8").strip()
        except OSError:
            held = None
        if held == now.device_id:
            return now
        fresh = _replace(
            now, device_id=secrets.token_hex(8), device_name=platform.node() or "device", last_seq=0
        )
        self._write_device_marker(fresh.device_id)
        return fresh

    def _write_device_marker(self, device_id: str) -> None:
        try:
            self._context.paths.sync_device.write_text(device_id + "\n", encoding="utf-8")
        except OSError as error:
            raise SyncError(
                f"Cannot write {self._context.paths.sync_device}: {error.strerror or error}."
            ) from error

    def _file_key(self) -> bytes | None:
        key = self._context.current_key
        return None if key is None else change_file.sync_key(key)

    def _lock(self) -> Any:
        from filelock import FileLock, Timeout

        lock = FileLock(str(self._context.paths.sync_lock), thread_local=False)

        class _Held:
            def __enter__(self) -> None:
                try:
                    lock.acquire(timeout=LOCK_TIMEOUT_S)
                except Timeout:
                    raise SyncError("Another sync of this journal is still running.") from None

            def __exit__(self, *_exc: object) -> None:
                lock.release()

        return _Held()

    def _connection(self) -> Any:
        from contextlib import closing

        return closing(self._context.connect())


def _states(connection: Any, kind: str, keys: list[str]) -> dict[str, dict[str, Any]]:
    """The rows of `kind` with these uuids, as change files carry them (absent: deleted)."""
    if not keys:
        return {}
    if kind == ENTRY:
        ids = store_writes.ids_of_uuids(connection, keys)
        entries = store_entries.read_entries(connection, list(ids.values()))
        modules = sync_rows.module_uuids(
            connection, [e.module_id for e in entries if e.module_id is not None]
        )
        return {entry.uuid: state_of(entry, modules.get(entry.module_id or 0)) for entry in entries}
    read, _write = _ROWS[kind]
    return read(connection, keys)


def _merge_order(record: ChangeRecord) -> int:
    return _KINDS.index(record.kind) if record.kind in _KINDS else len(_KINDS)


def _replace(value: sync_rows.SyncSettings, **changes: Any) -> sync_rows.SyncSettings:
    from dataclasses import replace

    return replace(value, **changes)


def _check_folder(folder: Path, data_dir: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise SyncError(f"{folder} is a file, not a folder. Choose a folder to sync through.")
    try:
        if folder.resolve() == data_dir.resolve() or data_dir.resolve() in folder.resolve().parents:
            raise SyncError(
                f"{folder} is inside the journal's own data folder. Choose a folder that "
                "your sync program (Syncthing, Nextcloud, Dropbox…) syncs."
            )
    except OSError:
        pass
    if not folder.parent.is_dir():
        raise SyncError(f"The folder {folder.parent} does not exist. Choose an existing folder.")
    try:
        (folder / change_file.FOLDER_NAME).mkdir(parents=True, exist_ok=True)
        probe = folder / change_file.FOLDER_NAME / f".probe-{secrets.token_hex(4)}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise SyncError(
            f"Cannot write in {folder}: {error.strerror or error}. Choose a writable folder."
        ) from None


def _device_dirs(root: Path, own: str) -> list[Path]:
    try:
        return sorted(
            p for p in root.iterdir() if p.is_dir() and p.name != own and not p.name.startswith(".")
        )
    except OSError:
        return []


def _new_files(device_dir: Path, after: int) -> list[tuple[int, Path]]:
    """The device's files to read after `after`, in order, up to the first gap. A device
    read for the first time, or one whose next file is gone (compacted away), starts at
    its latest snapshot."""
    files = _own_files(device_dir)
    start = after + 1
    snapshots = [
        seq for seq, path in files.items() if seq > after and change_file.is_full(path.name)
    ]
    if snapshots and (after == 0 or start not in files):
        start = max(snapshots)
    found = []
    while start in files:
        found.append((start, files[start]))
        start += 1
    return found


def _own_files(device_dir: Path) -> dict[int, Path]:
    """A device's change files by sequence number (other names are ignored)."""
    try:
        return {
            seq: path
            for path in device_dir.iterdir()
            if (seq := change_file.sequence_of(path.name)) is not None
        }
    except OSError:
        return {}


def _next_sequence(own_files: dict[int, Path], last_seq: int) -> int:
    """After the last file this journal recorded, and after any file a sync that did not
    commit (a crash) left behind: a name is never written twice."""
    return max([last_seq, *own_files]) + 1


def _remove_older(own_files: dict[int, Path], snapshot: int) -> None:
    """Compaction: the snapshot holds everything the older files did."""
    for seq, path in own_files.items():
        if seq < snapshot:
            with contextlib.suppress(OSError):
                path.unlink()


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise RefusedFile(f"cannot be read ({error.strerror or error})") from None


def _from_millis(millis: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(millis / 1000, dt.UTC)
