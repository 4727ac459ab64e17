"""The command → module table that lets one command import only its own module."""

from __future__ import annotations

import argparse
from importlib import import_module

from app.cli.main import COMMAND_MODULES, COMMAND_OWNERS, command_modules


def _registered_by(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers(dest="command")
    import_module(module).register(subparsers)
    return set(subparsers.choices)


def test_each_listed_command_is_registered_by_its_module() -> None:
    for command, module in COMMAND_OWNERS.items():
        assert module in COMMAND_MODULES
        assert command in _registered_by(module), (command, module)


def test_only_the_commands_module_is_needed() -> None:
    assert command_modules(["--data-dir", "x", "export", "--format", "json"]) == (
        "app.cli.exchange_commands",
    )
    assert command_modules(["--data-dir=x", "list"]) == ("app.cli.entry_commands",)
    assert command_modules(["--data-dir", "x"]) == ()
    assert command_modules(["--help"]) == COMMAND_MODULES
    assert command_modules(["encrypt"]) == COMMAND_MODULES  # not in the table: all of them
