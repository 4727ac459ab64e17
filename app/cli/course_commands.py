"""`course add|list|import|delete|link|log`: courses, modules and learning logs."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.journal_access import open_for_command
from app.cli.parsing import calendar_day, iso_day, positive_int
from app.cli.words import plural
from app.courses.plan import import_plan
from app.courses.service import Course, CourseService, ModuleSpec, ModuleStatus
from app.exchange.files import write_private_bytes
from app.exchange.registry import learning_log_names
from app.summary.learning_log import build_learning_log
from app.summary.render.learning_log import render_learning_log


def module_spec(text: str) -> ModuleSpec:
    """`NAME=YYYY-MM-DD` (the date after the last '=', so names may hold '=')."""
    name, sep, day_text = text.rpartition("=")
    day = calendar_day(day_text.strip())
    if not sep or not name.strip() or day is None:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a module; use NAME=YYYY-MM-DD, e.g. \"Modul 1=2026-03-14\""
        )
    iso_day(day.isoformat())  # the same range of years as an entry's day
    return ModuleSpec(name.strip(), day)


def register(subparsers: argparse._SubParsersAction) -> None:
    course = subparsers.add_parser("course", help="courses and their modules")
    actions = course.add_subparsers(dest="course_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="make a course with its modules")
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--module", type=module_spec, action="append", default=[], metavar="NAME=YYYY-MM-DD"
    )
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="courses, modules, entries and postcards")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(handler=run_list)

    plan = actions.add_parser("import", help="make a course from a TOML or CSV course plan")
    plan.add_argument("path", type=Path, metavar="PATH")
    plan.add_argument("--name", help="the course name (default: from the plan or the file)")
    plan.set_defaults(handler=run_import)

    remove = actions.add_parser("delete", help="delete a course; its entries stay")
    remove.add_argument("id", type=positive_int, metavar="ID")
    remove.set_defaults(handler=run_delete)

    link = actions.add_parser("link", help="put an entry in a module whatever its date says")
    link.add_argument("entry", type=positive_int, metavar="ENTRY_ID")
    target = link.add_mutually_exclusive_group(required=True)
    target.add_argument("module", type=positive_int, metavar="MODULE_ID", nargs="?")
    target.add_argument("--none", action="store_true", help="let the entry's date decide again")
    link.set_defaults(handler=run_link)

    log = actions.add_parser(
        "log", help="write the learning log of a course or a module (postcards and entries)"
    )
    scope = log.add_mutually_exclusive_group(required=True)
    scope.add_argument("--course", type=positive_int, metavar="ID")
    scope.add_argument("--module", type=positive_int, metavar="ID")
    log.add_argument("--format", choices=learning_log_names(), required=True)
    log.add_argument("--output", required=True, metavar="PATH", type=Path)
    log.add_argument("--language", choices=("da", "en"), default="da")
    log.add_argument(
        "--include-private", action="store_true", help="let private entries into the log"
    )
    log.add_argument("--name", default="", help="your name for the title block")
    log.set_defaults(handler=run_log)


def _describe(course: Course) -> str:
    modules = plural(len(course.modules), "module", "modules")
    return f"Course {course.id} '{course.name}' with {modules}."


def run_add(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=True)
    try:
        course = CourseService(journal=context.journal).create_course(args.name, args.module)
    finally:
        context.close()
    print(_describe(course))
    return 0


def run_import(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=True)
    try:
        course = import_plan(CourseService(journal=context.journal), args.path, name=args.name)
    finally:
        context.close()
    print(_describe(course))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=True)
    try:
        service = CourseService(journal=context.journal)
        course = service.get_course(args.id)
        service.delete_course(args.id)
    finally:
        context.close()
    print(f"Deleted course {course.id} '{course.name}'; its entries are kept.")
    return 0


def _module_json(status: ModuleStatus) -> dict[str, Any]:
    module = status.module
    return {
        "id": module.id,
        "name": module.name,
        "date": module.day.isoformat(),
        "place": module.place,
        "notes": module.notes,
        "entries": status.entry_count,
        "postcard_done": status.postcard_done,
        "postcard_entry": status.postcard_entry_id,
        "postcard_due": status.postcard_due,
    }


def run_list(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=False)
    try:
        service = CourseService(journal=context.journal)
        courses = service.list_courses()
        statuses = {s.module.id: s for s in service.statuses()}
    finally:
        context.close()
    if args.format == "json":
        result = [
            {
                "id": course.id,
                "name": course.name,
                "modules": [_module_json(statuses[m.id]) for m in course.modules],
            }
            for course in courses
        ]
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not courses:
        print('No courses yet. Add one with: course add NAME --module "NAME=YYYY-MM-DD"')
    for course in courses:
        print(f"{course.id:>4}  {course.name}")
        for module in course.modules:
            status = statuses[module.id]
            if status.postcard_done:
                mark = "postcard done"
            elif status.postcard_due:
                mark = "postcard due"
            else:
                mark = ""
            place = f" ({module.place})" if module.place else ""
            line = f"      {module.day.isoformat()}  {module.name}{place}  "
            print(f"{line}{plural(status.entry_count, 'entry', 'entries')}  {mark}".rstrip())
    return 0


def run_link(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=True)
    try:
        service = CourseService(journal=context.journal)
        module = service.link_entry(args.entry, None if args.none else args.module)
        course = service.get_course(module.course_id) if module is not None else None
    finally:
        context.close()
    if module is None or course is None:
        print(f"Entry {args.entry} follows its date and belongs to no module.")
    elif args.none:
        print(f"Entry {args.entry} follows its date again: '{module.name}' ({course.name}).")
    else:
        print(f"Entry {args.entry} now belongs to '{module.name}' ({course.name}).")
    return 0


def run_log(args: argparse.Namespace) -> int:
    from app.exchange.destination import check_destination

    # Before anything is opened: a log must never land on the journal or a backup.
    output = check_destination(args.output, args.paths.journal, suffix=f".{args.format}")
    context = open_for_command(args, write=False)
    try:
        log = build_learning_log(
            journal=context.journal,
            catalog=context.catalog,
            courses=CourseService(journal=context.journal),
            course_id=args.course,
            module_id=args.module,
            language=args.language,
            include_private=args.include_private,
            author=args.name,
        )
        data = render_learning_log(log, args.format)
    finally:
        context.close()
    write_private_bytes(output, data)
    note = f"; {log.private_left_out} private left out" if log.private_left_out else ""
    modules = plural(len(log.modules), "module", "modules")
    counts = f"{modules}, {plural(log.entry_count, 'entry', 'entries')}{note}"
    print(f"Wrote the learning log ({counts}) to {output}.")
    return 0
