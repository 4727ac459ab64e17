"""`tags` and `templates`: the deck's taxonomy and guided templates, with use counts."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.journal_access import open_for_command
from app.cli.words import plural
from app.records import OWN_FAMILY


def register(subparsers: argparse._SubParsersAction) -> None:
    tags = subparsers.add_parser("tags", help="every tag family and item, with use counts")
    tags.add_argument("--format", choices=("text", "json"), default="text")
    tags.set_defaults(handler=run_tags)

    templates = subparsers.add_parser("templates", help="the guided templates")
    templates.add_argument("--format", choices=("text", "json"), default="text")
    templates.set_defaults(handler=run_templates)


def run_tags(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=False)
    try:
        counts = {str(c.tag): c.count for c in context.journal.tag_counts()}
        own = context.own_tags.list()
        families = context.catalog.families
        problems = context.catalog.problems
    finally:
        context.close()
    result: list[dict[str, Any]] = []
    for family in families:
        items = [
            {
                "key": item.key,
                "tag": f"{family.key}:{item.key}",
                "da": item.label.da,
                "en": item.label.en,
                "count": counts.get(f"{family.key}:{item.key}", 0),
            }
            for item in family.items
        ]
        if family.key == OWN_FAMILY:
            items = [
                {
                    "key": c.tag.key,
                    "tag": str(c.tag),
                    "da": c.tag.label,
                    "en": c.tag.label,
                    "count": counts.get(str(c.tag), 0),
                }
                for c in own
            ]
        result.append(
            {"family": family.key, "da": family.label.da, "en": family.label.en, "items": items}
        )
    _report_problems(problems)
    if args.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for family in result:
        print(f"{family['family']} — {family['en']} / {family['da']}")
        for item in family["items"]:
            print(f"  {item['tag']:<48} {item['count']:>5}  {item['en']} / {item['da']}")
    return 0


def run_templates(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=False)
    try:
        templates = context.catalog.templates
        problems = context.catalog.problems
    finally:
        context.close()
    _report_problems(problems)
    if args.format == "json":
        data = [
            {
                "key": t.key,
                "version": t.version,
                "title": {"da": t.title.da, "en": t.title.en},
                "description": {"da": t.description.da, "en": t.description.en},
                "item_family": t.item_family,
                "perspectives": list(t.perspectives),
                "source": t.source,
                "prompts": [
                    {"key": p.key, "da": p.text.da, "en": p.text.en, "picker": p.picker}
                    for p in t.prompts
                ],
            }
            for t in templates
        ]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for t in templates:
        prompts = plural(len(t.prompts), "prompt", "prompts")
        print(f"{t.key:<24} {t.title.en} / {t.title.da}  ({prompts})")
    return 0


def _report_problems(problems: tuple[Any, ...]) -> None:
    for problem in problems:
        print(f"refleks: skipped template file: {problem}", file=sys.stderr)
