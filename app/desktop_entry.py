"""Putting Refleks into the user's menu on Linux, and taking it out again.

`refleks --install-desktop-entry` writes the desktop entry, the metainfo and the icons
under $XDG_DATA_HOME (~/.local/share), with `Exec` pointing at the command that ran it:
a pipx or pip install, a bundle, or main.py in a checkout. The .deb installs the same
files system-wide instead (packaging/linux/).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from app.resources import resource_path

APP_ID = "dk.refleks.Refleks"
ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    chosen = os.environ.get("XDG_DATA_HOME", "")
    return Path(chosen) if os.path.isabs(chosen) else Path.home() / ".local" / "share"


def installed_files(root: Path) -> dict[Path, Path]:
    """Where each shipped file goes under `root` (a data home, or /usr/share for the .deb)."""
    desktop = resource_path("desktop")
    icons = resource_path("icons")
    placed = {
        root / "applications" / f"{APP_ID}.desktop": desktop / f"{APP_ID}.desktop",
        root / "metainfo" / f"{APP_ID}.metainfo.xml": desktop / f"{APP_ID}.metainfo.xml",
        root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": icons / "refleks.svg",
    }
    for size in ICON_SIZES:
        target = root / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        placed[target] = icons / "png" / f"refleks-{size}.png"
    return placed


def launch_command(argv0: str | None = None) -> list[str]:
    """The command that starts this same Refleks: the bundle, the `refleks` script, or main.py."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    started = Path(argv0 if argv0 is not None else sys.argv[0])
    if started.suffix == ".py":
        return [str(Path(sys.executable).absolute()), str(started.resolve())]
    return [str(started.absolute())]


def desktop_exec(command: Sequence[str]) -> str:
    """`command` quoted for a desktop entry's Exec key (double quotes, escaped as it asks)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    quoted = []
    for word in command:
        if any(char in reserved for char in word):
            escaped = "".join(f"\\{c}" if c in '"`$\\' else c for c in word)
            word = f'"{escaped}"'
        quoted.append(word.replace("%", "%%"))
    return " ".join(quoted)


def desktop_entry_text(command: Sequence[str]) -> str:
    """The shipped desktop entry with its Exec set to `command` (the menu's and autostart's)."""
    source = resource_path("desktop") / f"{APP_ID}.desktop"
    lines = source.read_text(encoding="utf-8").splitlines()
    lines = [f"Exec={desktop_exec(command)}" if ln.startswith("Exec=") else ln for ln in lines]
    return "\n".join(lines) + "\n"


def write_atomically(target: Path, data: bytes) -> None:
    """Write `target` beside and rename it: a reader of the folder never sees half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(data)
    partial.replace(target)


def install(root: Path, command: Sequence[str]) -> list[Path]:
    """Copy the entry, metainfo and icons under `root`, the entry's Exec set to `command`."""
    written = []
    for target, source in installed_files(root).items():
        if target.suffix == ".desktop":
            data = desktop_entry_text(command).encode("utf-8")
        else:
            data = source.read_bytes()
        write_atomically(target, data)
        written.append(target)
    return written


def uninstall(root: Path) -> list[Path]:
    """Remove what `install` put under `root`; the folders stay (other apps share them)."""
    removed = []
    for target in installed_files(root):
        if target.exists():
            target.unlink()
            removed.append(target)
    return removed


class _DesktopEntryAction(argparse.Action):
    """--install-desktop-entry / --uninstall-desktop-entry: do it, say so, and exit."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> NoReturn:
        root = data_home()
        try:
            if self.dest == "install_desktop_entry":
                install(root, launch_command())
                said = f"Refleks is in your applications menu ({root / 'applications'})."
            elif uninstall(root):
                said = "Refleks is no longer in your applications menu."
            else:
                said = "Refleks was not in your applications menu; nothing to remove."
        except OSError as error:
            parser.exit(2, f"{parser.prog}: error: could not change the menu entry: {error}\n")
        print(said)
        parser.exit(0)


def add_desktop_entry_options(parser: argparse.ArgumentParser) -> None:
    """The two options on the top-level parser (Linux and other freedesktop systems)."""
    parser.add_argument(
        "--install-desktop-entry",
        action=_DesktopEntryAction,
        help="add Refleks to your applications menu (~/.local/share) and exit",
    )
    parser.add_argument(
        "--uninstall-desktop-entry",
        action=_DesktopEntryAction,
        help="remove Refleks from your applications menu and exit",
    )
