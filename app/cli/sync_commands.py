"""`sync setup|now|status|stop`: this journal on several devices through a synced folder.

These commands take sync's own lock, not the window's: `sync now` may run while the window
is open (the two syncs then run one after the other, app/sync/service.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.journal_access import open_for_command
from app.sync.service import SyncStatus


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser("sync", help="sync the journal through a folder")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    setup = actions.add_parser(
        "setup", help="sync through FOLDER (one your Syncthing, Nextcloud or Dropbox syncs)"
    )
    setup.add_argument("folder", type=Path, metavar="FOLDER")
    setup.set_defaults(handler=run_setup)

    now = actions.add_parser("now", help="send this device's changes and merge the others'")
    now.set_defaults(handler=run_now)

    status = actions.add_parser("status", help="the folder, last sync, devices and conflicts")
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.set_defaults(handler=run_status)

    stop = actions.add_parser("stop", help="stop syncing; the folder is left as it is")
    stop.set_defaults(handler=run_stop)


def run_setup(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=False)
    try:
        status = context.sync.setup(args.folder)
    finally:
        context.close()
    print(f"This journal now syncs through {status.folder} as device {status.device_name}.")
    print("Run `sync now` to send what it holds and merge the other devices' changes.")
    return 0


def run_now(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=False)
    try:
        report = context.sync.sync_now()
    finally:
        context.close()
    print(
        f"Sent {report.sent} change(s), merged {report.merged}, "
        f"{report.conflicts} conflict copy(ies) made."
    )
    for line in report.refused:
        print(f"Refused {line}", file=sys.stderr)
    return 0


def run_status(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=False)
    try:
        status = context.sync.status()
    finally:
        context.close()
    if args.format == "json":
        json.dump(status_json(status), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not status.enabled:
        print("Not syncing. Set it up with: sync setup FOLDER")
        return 0
    last = status.last_sync.isoformat(timespec="seconds") if status.last_sync else "never"
    print(f"Folder:     {status.folder}")
    print(f"This device: {status.device_name} ({status.device_id})")
    print(f"Last sync:  {last}")
    print(f"Conflicts:  {status.conflicts}")
    for device in status.devices:
        seen = device.last_seen.isoformat(timespec="seconds") if device.last_seen else "never"
        print(f"Device:     {device.name} ({device.device_id}), last change {seen}")
    for line in status.refused:
        print(f"Refused:    {line}")
    return 0


def run_stop(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=False)
    try:
        context.sync.stop()
    finally:
        context.close()
    print("This journal no longer syncs. The sync folder was left as it is.")
    return 0


def status_json(status: SyncStatus) -> dict[str, Any]:
    def moment(value: Any) -> str | None:
        return value.isoformat(timespec="seconds") if value else None

    return {
        "enabled": status.enabled,
        "folder": str(status.folder) if status.folder else None,
        "device_id": status.device_id,
        "device_name": status.device_name,
        "last_sync": moment(status.last_sync),
        "devices": [
            {"device_id": d.device_id, "name": d.name, "last_seen": moment(d.last_seen)}
            for d in status.devices
        ],
        "conflicts": status.conflicts,
        "refused": list(status.refused),
    }
