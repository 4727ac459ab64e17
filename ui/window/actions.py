"""Every command of the main window as a QAction, declared once: text, shortcut, icon, menu.

The main window only places the actions in menus and the toolbar and connects them.
Another dialog adds its command here with one `ActionSpec` whose `handler` names a
`module:function` taking the main window (for example the exporter:
`handler="ui.exchange.export_dialog:show_export_dialog"`, `menu=FILE_EXCHANGE`); the window imports
the module only when the action is first triggered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app.catalog.catalog import Template

CONTEXT = "Actions"

# Menus, in the order they appear; FILE_EXCHANGE is the section of the File menu for
# export, import, backup and restore.
FILE = "file"
FILE_EXCHANGE = "file_exchange"
FILE_END = "file_end"
EDIT = "edit"
VIEW = "view"
HELP = "help"
MENU_ORDER: tuple[str, ...] = (FILE, EDIT, VIEW, HELP)
MENU_TITLES: dict[str, str] = {
    FILE: QT_TRANSLATE_NOOP("Actions", "&File"),
    EDIT: QT_TRANSLATE_NOOP("Actions", "&Edit"),
    VIEW: QT_TRANSLATE_NOOP("Actions", "&View"),
    HELP: QT_TRANSLATE_NOOP("Actions", "&Help"),
}
TEMPLATES_MENU_TITLE = QT_TRANSLATE_NOOP("Actions", "New from &Template")

Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command. `text` and `tip` are English source strings, translated on display."""

    key: str
    text: str
    menu: str
    tip: str = ""
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str | None = None  # a key of ICON_PATHS
    toolbar: bool = False
    checkable: bool = False
    handler: str | None = None  # "module:function(window)", imported when first triggered
    toolbar_text: str = ""  # a shorter or clearer label on the toolbar button, if needed


SK = QKeySequence.StandardKey

SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_entry",
        QT_TRANSLATE_NOOP("Actions", "&New Entry"),
        FILE,
        QT_TRANSLATE_NOOP("Actions", "Start a new entry for today"),
        (SK.New,),
        "new",
        toolbar=True,
    ),
    ActionSpec(
        "choose_template",
        QT_TRANSLATE_NOOP("Actions", "&Choose a Template…"),
        FILE,
        QT_TRANSLATE_NOOP("Actions", "Choose a guided template from the course"),
        ("Ctrl+Shift+N",),
        "template",
        toolbar=True,
        toolbar_text=QT_TRANSLATE_NOOP("Actions", "New from Template"),
        handler="ui.window.dialog_actions:show_template_chooser",
    ),
    ActionSpec(
        "save",
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        FILE,
        QT_TRANSLATE_NOOP("Actions", "Save the open entry now (it also saves by itself)"),
        (SK.Save,),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        FILE_END,
        QT_TRANSLATE_NOOP("Actions", "Save and close Refleks"),
        (SK.Quit, "Ctrl+Q"),
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        EDIT,
        "",
        (SK.Undo,),
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        EDIT,
        "",
        (SK.Redo,),
    ),
    ActionSpec(
        "trash_entry",
        QT_TRANSLATE_NOOP("Actions", "Move Entry to &Trash"),
        EDIT,
        QT_TRANSLATE_NOOP("Actions", "Move the open entry to the trash (you can undo this)"),
        ("Ctrl+Shift+Del",),
    ),
    ActionSpec(
        "courses",
        QT_TRANSLATE_NOOP("Actions", "&Courses…"),
        EDIT,
        QT_TRANSLATE_NOOP("Actions", "Your courses and their modules; import a course plan"),
        handler="ui.courses.mode:show_course_dialog",
    ),
    ActionSpec(
        "coaching_session",
        QT_TRANSLATE_NOOP("Actions", "Record a Coaching &Session…"),
        EDIT,
        QT_TRANSLATE_NOOP(
            "Actions", "The day you met your coach: the next summary tells what came since"
        ),
        handler="ui.commitments.mode:show_coaching_dialog",
    ),
    ActionSpec(
        "learning_log",
        QT_TRANSLATE_NOOP("Actions", "Export &Learning Log…"),
        FILE_EXCHANGE,
        QT_TRANSLATE_NOOP("Actions", "Postcards and entries of a course or module as a document"),
        handler="ui.courses.mode:show_learning_log_dialog",
    ),
    ActionSpec(
        "export_summary",
        QT_TRANSLATE_NOOP("Actions", "&Export Coaching Summary…"),
        FILE_EXCHANGE,
        QT_TRANSLATE_NOOP("Actions", "A period's themes and entries as PDF, Markdown or HTML"),
        ("Ctrl+Shift+E",),  # Ctrl+E is "end of line" in text fields on Linux
        handler="ui.exchange.actions:show_export_dialog",
    ),
    ActionSpec(
        "export_backup",
        QT_TRANSLATE_NOOP("Actions", "&Back Up as JSON…"),
        FILE_EXCHANGE,
        QT_TRANSLATE_NOOP("Actions", "The whole journal in one file, private entries included"),
        handler="ui.exchange.actions:show_backup_dialog",
    ),
    ActionSpec(
        "import_entries",
        QT_TRANSLATE_NOOP("Actions", "&Import…"),
        FILE_EXCHANGE,
        QT_TRANSLATE_NOOP("Actions", "Entries from a Refleks backup, jrnl or Day One"),
        handler="ui.exchange.actions:show_import_dialog",
    ),
    ActionSpec(
        "back_up_now",
        QT_TRANSLATE_NOOP("Actions", "Back Up No&w"),
        FILE_EXCHANGE,
        QT_TRANSLATE_NOOP("Actions", "A verified copy of the journal in the backups folder"),
        handler="ui.shell.journal_session:back_up_now",
    ),
    ActionSpec(
        "restore_backup",
        QT_TRANSLATE_NOOP("Actions", "&Restore from Backup…"),
        FILE_EXCHANGE,
        QT_TRANSLATE_NOOP("Actions", "Go back to an earlier backup of the journal"),
        handler="ui.shell.journal_session:show_restore_dialog",
    ),
    ActionSpec(
        "lock_now",
        QT_TRANSLATE_NOOP("Actions", "Loc&k"),
        FILE_EXCHANGE,
        QT_TRANSLATE_NOOP("Actions", "Hide the journal until it is unlocked again"),
        ("Ctrl+L",),
        handler="ui.shell.journal_session:lock_now",
    ),
    ActionSpec(
        "tag_manager",
        QT_TRANSLATE_NOOP("Actions", "&Own Tags…"),
        EDIT,
        QT_TRANSLATE_NOOP("Actions", "Create, rename, merge and delete your own tags"),
        handler="ui.window.dialog_actions:show_tag_manager",
    ),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        EDIT,
        QT_TRANSLATE_NOOP("Actions", "Language and other settings"),
        (SK.Preferences, "Ctrl+,"),
        handler="ui.window.dialog_actions:show_preferences",
    ),
    ActionSpec(
        "search",
        QT_TRANSLATE_NOOP("Actions", "&Search"),
        VIEW,
        QT_TRANSLATE_NOOP("Actions", "Search all entries"),
        (SK.Find,),
        "search",
        toolbar=True,
    ),
    ActionSpec(
        "filters",
        QT_TRANSLATE_NOOP("Actions", "&Filters"),
        VIEW,
        QT_TRANSLATE_NOOP("Actions", "Show or hide the timeline filters"),
        ("Ctrl+Shift+F",),
        "filter",
        toolbar=True,
    ),
    ActionSpec(
        "switch_pane",
        QT_TRANSLATE_NOOP("Actions", "S&witch Between Timeline and Entry"),
        VIEW,
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus between the timeline and the entry"),
        ("F6",),
    ),
    ActionSpec(
        "insights",
        QT_TRANSLATE_NOOP("Actions", "&Insights"),
        VIEW,
        QT_TRANSLATE_NOOP(
            "Actions", "Which dilemmas, roles and strategies recur, and how often you write"
        ),
        ("Ctrl+Shift+I",),
        handler="ui.insights.actions:show_insights",
    ),
    ActionSpec(
        "go_to_date",
        QT_TRANSLATE_NOOP("Actions", "&Go to Date…"),
        VIEW,
        QT_TRANSLATE_NOOP("Actions", "A month calendar: days with entries are marked"),
        ("Ctrl+Shift+D",),
        handler="ui.timeline.month_calendar:go_to_date",
    ),
    ActionSpec(
        "commitments_pane",
        QT_TRANSLATE_NOOP("Actions", "&Commitments"),
        VIEW,
        QT_TRANSLATE_NOOP("Actions", "Show or hide your open commitments"),
        ("F9",),
        "commitment",
        checkable=True,
    ),
    ActionSpec(
        "show_trash",
        QT_TRANSLATE_NOOP("Actions", "T&rash…"),
        VIEW,
        QT_TRANSLATE_NOOP("Actions", "See entries in the trash, restore them or empty the trash"),
        (),
        "trash",
        toolbar=True,
        handler="ui.window.dialog_actions:show_trash",
    ),
    ActionSpec(
        "full_screen",
        QT_TRANSLATE_NOOP("Actions", "F&ull Screen"),
        VIEW,
        "",
        (SK.FullScreen, "F11"),
        checkable=True,
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About Refleks"),
        HELP,
    ),
)


class ActionRegistry(QObject):
    """Builds and owns one QAction per spec; `retranslate()` after a language change."""

    def __init__(self, parent: QObject | None = None, specs: Iterable[ActionSpec] = SPECS) -> None:
        super().__init__(parent)
        self._specs: dict[str, ActionSpec] = {}
        self._actions: dict[str, QAction] = {}
        colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
        for spec in specs:
            action = QAction(parent)
            action.setObjectName(f"action_{spec.key}")
            action.setCheckable(spec.checkable)
            action.setShortcuts(_key_sequences(spec.shortcuts))
            if spec.icon is not None:
                action.setIcon(line_icon(spec.icon, colour))
            self._specs[spec.key] = spec
            self._actions[spec.key] = action
        self.retranslate()

    def refresh_icons(self) -> None:
        """Draw the icons again in the current text colour (after a light/dark switch)."""
        colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
        for key, spec in self._specs.items():
            if spec.icon is not None:
                self._actions[key].setIcon(line_icon(spec.icon, colour))

    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def specs(self) -> tuple[ActionSpec, ...]:
        return tuple(self._specs.values())

    def in_menu(self, menu: str) -> list[QAction]:
        return [self._actions[s.key] for s in self._specs.values() if s.menu == menu]

    def for_toolbar(self) -> list[QAction]:
        return [self._actions[s.key] for s in self._specs.values() if s.toolbar]

    def retranslate(self) -> None:
        for key, spec in self._specs.items():
            action = self._actions[key]
            action.setText(QCoreApplication.translate(CONTEXT, spec.text))
            if spec.toolbar_text:
                action.setIconText(QCoreApplication.translate(CONTEXT, spec.toolbar_text))
            tip = QCoreApplication.translate(CONTEXT, spec.tip) if spec.tip else ""
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setStatusTip(tip)
            label = action.text().replace("&", "").rstrip("…")
            action.setToolTip(f"{tip or label} ({shortcut})" if shortcut else (tip or label))


def template_actions(
    templates: Iterable[Template], language: str, parent: QObject
) -> list[QAction]:
    """One action per template for the "New from Template" menu; `data()` is the key."""
    actions: list[QAction] = []
    for template in templates:
        action = QAction(template.title.get(language).replace("&", "&&"), parent)
        action.setData(template.key)
        action.setStatusTip(template.description.get(language))
        action.setObjectName(f"template_{template.key}")
        actions.append(action)
    return actions


def menu_title(menu: str) -> str:
    return QCoreApplication.translate(CONTEXT, MENU_TITLES[menu])


def templates_menu_title() -> str:
    return QCoreApplication.translate(CONTEXT, TEMPLATES_MENU_TITLE)


def _key_sequences(shortcuts: tuple[Shortcut, ...]) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            sequences.extend(QKeySequence.keyBindings(shortcut))
        else:
            sequences.append(QKeySequence(shortcut))
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


# Thin line icons in the text colour, drawn from inline SVG so the toolbar looks the same on
# every platform with or without an icon theme (the editor's buttons use the same style).
ICON_PATHS: dict[str, str] = {
    "new": '<path d="M6 3.5h8l4 4v13H6z"/><path d="M14 3.5v4h4"/><path d="M12 10.5v7M8.5 14h7"/>',
    "template": '<rect x="4" y="4" width="16" height="16" rx="2"/>'
    '<path d="M8 9h8M8 12.5h8M8 16h5"/>',
    "search": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5.5 5.5"/>',
    "filter": '<path d="M4 5h16l-6.2 7.5v6l-3.6 1.8v-7.8z"/>',
    "pencil": '<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13.5 6.5l4 4"/>',
    "postcard": '<rect x="3" y="5.5" width="18" height="13" rx="1.5"/><path d="M13 9v6.5"/>'
    '<path d="M15.5 9.5h3v3h-3z"/><path d="M5.5 10h5M5.5 13h5"/>',
    "fork": '<path d="M12 21v-7"/><path d="M12 14L6 8M12 14l6-6"/>'
    '<path d="M3.5 9V5.5H7M20.5 9V5.5H17"/>',
    "trash": '<path d="M4 7h16"/><path d="M9.5 7V4.5h5V7"/>'
    '<path d="M6.5 7l1 13h9l1-13"/><path d="M10 11v5.5M14 11v5.5"/>',
    "calendar": '<rect x="4" y="5.5" width="16" height="14.5" rx="2"/><path d="M4 10h16"/>'
    '<path d="M8.5 3.5v4M15.5 3.5v4"/><path d="M8 13.5h.01M12 13.5h.01M16 13.5h.01M8 16.8h.01'
    'M12 16.8h.01"/>',
    # A check inside an arrow coming round: what you said you would do comes back.
    "commitment": '<path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3"/><path d="M19.8 4v3.6h-3.6"/>'
    '<path d="M8.5 12.2l2.4 2.4 4.6-4.8"/>',
}


def line_icon(name: str, colour: QColor, size: int = 20) -> QIcon:
    """The icon `name` of ICON_PATHS, stroked in `colour`, crisp at 1x and 2x."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g fill="none" '
        f'stroke="{colour.name()}" stroke-width="1.6" stroke-linecap="round" '
        f'stroke-linejoin="round">{ICON_PATHS[name]}</g></svg>'
    )
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon
