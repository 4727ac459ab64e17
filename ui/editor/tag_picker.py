"""The tag picker: every tag family of the deck and the user's own tags, in one checkable
tree with a filter box. Typing a name that is not yet an own tag offers to create it.

The picker only reads (own tags from OwnTagService); a new own tag is made by the journal
when the entry is saved, so cancelling the dialog leaves nothing behind.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from app.catalog.catalog import Catalog
from app.catalog.model import TagItem
from app.journal.own_tags import OwnTagService, own_tag_key
from app.records import OWN_FAMILY, TagRef
from ui.editor.tag_chips import tag_help, tag_label
from ui.shell.theme import family_colour, is_dark
from ui.window.mnemonic import literal

TAG_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def _lines_html(text: str) -> str:
    """The deck's text as HTML: runs of "- " lines become a list, other lines keep their breaks."""
    out: list[str] = []
    lines: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if lines:
            out.append(f"<p style='margin: 0 0 4px 0;'>{'<br>'.join(lines)}</p>")
            lines.clear()
        if bullets:
            items = "".join(f"<li>{item}</li>" for item in bullets)
            out.append(f"<ul style='margin: 0 0 4px 0;'>{items}</ul>")
            bullets.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("- "):
            if lines:
                flush()
            bullets.append(escape(line[2:].strip()))
        else:
            if bullets:
                flush()
            lines.append(escape(line))
    flush()
    return "".join(out)


def tag_detail_html(item: TagItem, language: str) -> str:
    """What the deck says about `item`, laid out for the picker's detail pane: its wording,
    its question (unless the same words), its help, and its details as headed lists. A help
    line that only repeats one of the details in a run-on sentence ("EKSEKVERING
    (implementering): Mål og resultatstyring · …") is left out, as the list below shows it."""
    text = item.text.get(language)
    parts = [f"<p style='margin: 0 0 6px 0;'><b>{escape(text)}</b></p>"]
    if item.question and item.question.get(language).strip() != text.strip():
        parts.append(
            f"<p style='margin: 0 0 6px 0;'><i>{escape(item.question.get(language))}</i></p>"
        )
    labels = [d.label.get(language).casefold() for d in item.details]
    help_lines = [
        line
        for line in item.help.get(language).splitlines()
        if not any(line.strip().casefold().startswith(f"{label}:") for label in labels)
    ]
    parts.append(_lines_html("\n".join(help_lines)))
    for detail in item.details:
        parts.append(
            f"<p style='margin: 6px 0 2px 0;'><b>{escape(detail.label.get(language))}</b></p>"
        )
        parts.append(_lines_html(detail.value.get(language)))
    return "".join(parts)


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


class _FilterEdit(QLineEdit):
    """The filter box; Down moves on into the tree, Return is handled by the picker
    (instead of closing the dialog through its default button)."""

    confirmed = Signal()

    def __init__(self, tree: QTreeWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._tree = tree

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._tree.setFocus()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            event.accept()
            self.confirmed.emit()
            return
        super().keyPressEvent(event)


class TagPickerDialog(QDialog):
    """Choose an entry's tags, grouped by family; returns them with `chosen_tags()`."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        own_tags: OwnTagService,
        chosen: tuple[TagRef, ...],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        self.setWindowTitle(self.tr("Tags"))
        self.setMinimumSize(520, 560)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Tags by family"))
        self.tree.setUniformRowHeights(True)
        self.filter_edit = _FilterEdit(self.tree, self)
        self.filter_edit.setPlaceholderText(self.tr("Filter tags, or type a new tag of your own"))
        self.filter_edit.setAccessibleName(self.tr("Filter tags"))
        self.filter_edit.setClearButtonEnabled(True)
        self.create_button = QPushButton(self)
        self.create_button.setAutoDefault(False)
        self.create_button.setAccessibleName(self.tr("Create own tag"))
        # The detail pane: what the course says about the selected tag, scrolled when long.
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setProperty("muted", True)
        self.help_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help_scroll = QScrollArea(self)
        self.help_scroll.setWidget(self.help_label)
        self.help_scroll.setWidgetResizable(True)
        self.help_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.help_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.help_scroll.setFixedHeight(self.fontMetrics().lineSpacing() * 9)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.help_scroll)
        layout.addWidget(self.buttons)

        self._own_parent: QTreeWidgetItem | None = None
        self._fill(own_tags, chosen)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.confirmed.connect(self._on_filter_return)
        self.create_button.clicked.connect(self._create_own_tag)
        self.tree.currentItemChanged.connect(self._show_help)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._apply_filter("")
        self.filter_edit.setFocus()

    # ----- building ------------------------------------------------------------------

    def _fill(self, own_tags: OwnTagService, chosen: tuple[TagRef, ...]) -> None:
        lang = self._language
        chosen_set = set(chosen)
        dark = is_dark()
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for family in self._catalog.families:
            parent = QTreeWidgetItem(self.tree, [family.label.get(lang)])
            parent.setFont(0, bold)
            parent.setIcon(0, _swatch(family_colour(family.key, dark)))
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setToolTip(0, family.description.get(lang))
            parent.setData(0, SEARCH_ROLE, family.label.get(lang).lower())
            if family.key == OWN_FAMILY:
                self._own_parent = parent
                continue
            for item in family.items:
                ref = TagRef(family.key, item.key)
                self._add_leaf(parent, ref, ref in chosen_set)
        own_parent = self._own_parent or QTreeWidgetItem(self.tree, [OWN_FAMILY])
        self._own_parent = own_parent
        own = [count.tag for count in own_tags.list()]
        known = {tag.key for tag in own}
        own += [t for t in chosen if t.family == OWN_FAMILY and t.key not in known]
        for ref in own:
            self._add_leaf(own_parent, ref, ref in chosen_set)
        self._own_placeholder: QTreeWidgetItem | None = None
        if not own:
            hint = QTreeWidgetItem(
                own_parent, [self.tr("Type a name in the box above to make a tag of your own")]
            )
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            hint.setData(0, SEARCH_ROLE, "")
            self._own_placeholder = hint
        self.tree.expandAll()

    def _add_leaf(self, parent: QTreeWidgetItem, ref: TagRef, checked: bool) -> QTreeWidgetItem:
        label = tag_label(self._catalog, ref, self._language)
        leaf = QTreeWidgetItem(parent, [label])
        leaf.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        leaf.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        leaf.setData(0, TAG_ROLE, ref)
        help_text = tag_help(self._catalog, ref, self._language)
        item = self._catalog.item(ref.family, ref.key) if ref.family != OWN_FAMILY else None
        leaf.setToolTip(0, tag_detail_html(item, self._language) if item else "")
        leaf.setData(0, SEARCH_ROLE, f"{label}\n{help_text}".lower())
        return leaf

    # ----- reading -------------------------------------------------------------------

    def _leaves(self) -> list[QTreeWidgetItem]:
        found = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            item = iterator.value()
            if item.data(0, TAG_ROLE) is not None:
                found.append(item)
            iterator += 1
        return found

    def chosen_tags(self) -> tuple[TagRef, ...]:
        return tuple(
            leaf.data(0, TAG_ROLE)
            for leaf in self._leaves()
            if leaf.checkState(0) == Qt.CheckState.Checked
        )

    def set_checked(self, tag: TagRef, checked: bool = True) -> None:
        """Check or uncheck `tag` (for keyboard-free callers such as tests)."""
        for leaf in self._leaves():
            if leaf.data(0, TAG_ROLE) == tag:
                leaf.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # ----- filtering and own tags ----------------------------------------------------

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for index in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(index)
            family_hit = bool(needle) and needle in parent.data(0, SEARCH_ROLE)
            visible_children = 0
            for row in range(parent.childCount()):
                child = parent.child(row)
                show = not needle or family_hit or needle in child.data(0, SEARCH_ROLE)
                child.setHidden(not show)
                visible_children += show
            parent.setHidden(bool(needle) and not family_hit and visible_children == 0)
        key = own_tag_key(text)
        exists = any(
            leaf.data(0, TAG_ROLE).family == OWN_FAMILY and leaf.data(0, TAG_ROLE).key == key
            for leaf in self._leaves()
        )
        label = " ".join(text.split())
        if needle and not any(not leaf.isHidden() for leaf in self._leaves()):
            self.help_label.setText(
                self.tr(
                    "No tag matches “{name}”. Press Enter or click “Add own tag” to make it "
                    "a tag of your own."
                ).format(name=escape(label))
            )
        elif self.tree.currentItem() is None:
            self.help_label.setText(escape(self._hint()))
        self.create_button.setEnabled(bool(key) and not exists)
        self.create_button.setText(
            self.tr("Add own tag “{name}”").format(name=literal(label))
            if key and not exists
            else self.tr("Add own tag")
        )

    def _on_filter_return(self) -> None:
        visible = [
            leaf for leaf in self._leaves() if not leaf.isHidden() and not leaf.parent().isHidden()
        ]
        if self.create_button.isEnabled() and not visible:
            self._create_own_tag()
        elif visible:
            # A tag whose name matches beats one that only mentions the word in its help.
            needle = self.filter_edit.text().strip().lower()
            by_name = [leaf for leaf in visible if needle in leaf.text(0).lower()]
            self.tree.setCurrentItem((by_name or visible)[0])
            self.tree.setFocus()

    def _create_own_tag(self) -> None:
        label = " ".join(self.filter_edit.text().split())
        key = own_tag_key(label)
        if not key or self._own_parent is None:
            return
        if self._own_placeholder is not None:
            self._own_parent.removeChild(self._own_placeholder)
            self._own_placeholder = None
        leaf = self._add_leaf(self._own_parent, TagRef(OWN_FAMILY, key, label), True)
        self.filter_edit.clear()
        self.tree.setCurrentItem(leaf)
        self.tree.scrollToItem(leaf)

    def _show_help(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        text = current.toolTip(0) if current is not None else ""
        if current is not None and current.data(0, TAG_ROLE) is None:
            text = escape(text)  # a family's description, plain text
        self.help_label.setText(text or escape(self._hint()))
        self.help_scroll.verticalScrollBar().setValue(0)

    def _hint(self) -> str:
        return self.tr(
            "Space ticks or unticks the selected tag. Select a tag to read what the course "
            "says about it."
        )
