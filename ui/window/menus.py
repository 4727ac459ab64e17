"""The main window's menu bar, its "New from Template" menu and its toolbar.

Built from the action registry (ui/window/actions.py): every action sits in the menu its spec
names; the File menu has a section for export, import, backup and restore actions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.catalog.catalog import Template
from ui.window import actions as menus
from ui.window.actions import ActionRegistry, template_actions


class WindowMenus(QObject):
    """Owns the menus and the toolbar of one main window."""

    def __init__(self, window: QMainWindow, registry: ActionRegistry) -> None:
        super().__init__(window)
        self._registry = registry
        self.template_menu = QMenu(window)
        self.template_menu.setObjectName("templateMenu")
        self.menus: dict[str, QMenu] = {}
        bar = window.menuBar()
        for key in menus.MENU_ORDER:
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{key}")
            self.menus[key] = menu
        file_menu = self.menus[menus.FILE]
        for action in registry.in_menu(menus.FILE):
            file_menu.addAction(action)
            if action is registry["choose_template"]:
                file_menu.addMenu(self.template_menu)
        # Export, import, backup and restore register themselves in this section.
        exchange = registry.in_menu(menus.FILE_EXCHANGE)
        if exchange:
            file_menu.addSeparator()
            file_menu.addActions(exchange)
        file_menu.addSeparator()
        file_menu.addActions(registry.in_menu(menus.FILE_END))
        for key in (menus.EDIT, menus.VIEW, menus.HELP):
            self.menus[key].addActions(registry.in_menu(key))

        self.toolbar = QToolBar(objectName="mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions(registry.for_toolbar())
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def fill_templates(self, templates: tuple[Template, ...], language: str) -> None:
        """One entry per template, titled in `language`; each action's data is its key."""
        self.template_menu.clear()
        for action in template_actions(templates, language, self.template_menu):
            self.template_menu.addAction(action)

    def retranslate(self) -> None:
        self._registry.retranslate()
        for key, menu in self.menus.items():
            menu.setTitle(menus.menu_title(key))
        self.template_menu.setTitle(menus.templates_menu_title())
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
