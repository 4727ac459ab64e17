"""Make refleks_<version>_<arch>.deb from the one-folder bundle (`make bundle` runs it).

    .venv/bin/python packaging/linux/build_deb.py packaging/dist/refleks packaging/dist

The package puts the bundle in /opt/refleks, links /usr/bin/refleks to it, and installs
the desktop entry, AppStream metainfo and icons under /usr/share, from the same files
`refleks --install-desktop-entry` copies (app/desktop_entry.py). Qt's system libraries
are Depends, so `apt-get install ./refleks_*.deb` pulls in whatever the machine lacks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.desktop_entry import install  # noqa: E402
from app.version import __version__  # noqa: E402

# What the bundled Qt loads from the system (STACK_NOTES: offscreen plus xcb).
DEPENDS = (
    "libc6 (>= 2.34)",
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libglib2.0-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
)


def architecture() -> str:
    done = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def control(arch: str, installed_kib: int) -> str:
    return (
        "Package: refleks\n"
        f"Version: {__version__}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Refleks <refleks@refleks.dk>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Section: editors\n"
        "Priority: optional\n"
        "Homepage: https://refleks.dk/\n"
        "Description: reflection journal for leaders\n"
        " Write a few minutes after a hard meeting, tag the entry with the dilemma,\n"
        " paradox or form of legitimacy it touched, answer reflection prompts and\n"
        " read back over months on a timeline. In Danish or English.\n"
    )


def tree_kib(folder: Path) -> int:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        // 1024
    )


def build(bundle: Path, out_dir: Path) -> Path:
    if not (bundle / "refleks").is_file():
        raise SystemExit(f"build_deb: no bundle in {bundle}; run `make bundle` (PyInstaller) first")
    arch = architecture()
    with tempfile.TemporaryDirectory(prefix="refleks-deb-") as scratch:
        stage = Path(scratch) / "refleks"
        shutil.copytree(bundle, stage / "opt" / "refleks", symlinks=True)
        (stage / "usr" / "bin").mkdir(parents=True)
        os.symlink("/opt/refleks/refleks", stage / "usr" / "bin" / "refleks")
        install(stage / "usr" / "share", ["refleks"])
        for path in stage.rglob("*"):  # as dpkg expects, whatever the umask was
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        (stage / "DEBIAN").mkdir()
        (stage / "DEBIAN" / "control").write_text(control(arch, tree_kib(stage)), encoding="utf-8")
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"refleks_{__version__}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build_deb.py BUNDLE_DIR OUT_DIR", file=sys.stderr)
        return 2
    target = build(Path(argv[0]), Path(argv[1]))
    print(f"build_deb: {target} ({target.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
