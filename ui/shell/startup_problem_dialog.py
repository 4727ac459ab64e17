"""The dialog shown when the journal cannot be opened at start.

It names which problem it is (damaged, not a journal, wrong passphrase, newer version,
locked, read-only, missing folder, failed upgrade, emptied, missing or replaced journal),
shows the detail from app/startup, and offers what makes sense: restore from a backup,
choose another journal, try again, quit.
It never touches the file itself; the caller acts on the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.journal.startup import ProblemKind, Remedy, StartupProblem

CONTEXT = "StartupProblemDialog"

HEADINGS: dict[ProblemKind, str] = {
    ProblemKind.MISSING_FOLDER: "The journal's folder is missing",
    ProblemKind.CORRUPT: "The journal is damaged",
    ProblemKind.NOT_A_DATABASE: "This is not a Refleks journal",
    ProblemKind.WRONG_PASSPHRASE: "Wrong passphrase",
    ProblemKind.SCHEMA_TOO_NEW: "Made by a newer Refleks",
    ProblemKind.LOCKED: "The journal is in use",
    ProblemKind.READ_ONLY: "The journal cannot be saved to",
    ProblemKind.MIGRATION_FAILED: "The journal could not be upgraded",
    ProblemKind.EMPTIED: "The journal is empty",
    ProblemKind.JOURNAL_MISSING: "The journal is missing",
    ProblemKind.REPLACED: "The encrypted journal was replaced",
}

EXPLANATIONS: dict[ProblemKind, str] = {
    ProblemKind.MISSING_FOLDER: "The folder that holds the journal cannot be found. If it is "
    "on a drive or a network folder, connect it and try again.",
    ProblemKind.CORRUPT: "The journal file is damaged and cannot be read. A backup can put "
    "your journal back as it was when the backup was made.",
    ProblemKind.NOT_A_DATABASE: "The file is not a Refleks journal, or it is an encrypted "
    "journal whose key file (journal.db.header.json) is missing.",
    ProblemKind.WRONG_PASSPHRASE: "The passphrase does not open this journal.",
    ProblemKind.SCHEMA_TOO_NEW: "The journal was last saved by a newer version of Refleks. "
    "Install that version to open it.",
    ProblemKind.LOCKED: "Another Refleks window or program is using the journal right now. "
    "Close it, or wait a moment, and try again.",
    ProblemKind.READ_ONLY: "Refleks may not write to the journal or its folder, so nothing "
    "you write could be saved. Make them writable and try again.",
    ProblemKind.MIGRATION_FAILED: "Upgrading the journal to this version of Refleks failed "
    "and was undone; the journal is as it was, and a copy was made before the upgrade.",
    ProblemKind.EMPTIED: "The journal file is there, but empty: what was written in it has "
    "been lost. Refleks does not start a new journal over it. A backup can put your journal "
    "back as it was when the backup was made.",
    ProblemKind.JOURNAL_MISSING: "The journal file is gone, but its backups or its key file "
    "are still there, so Refleks does not start a new journal. A backup can put your "
    "journal back as it was when the backup was made.",
    ProblemKind.REPLACED: "The journal was encrypted, but the file in its place now is not. "
    "Refleks does not open a file that someone may have put there instead of your journal.",
}

REMEDY_TEXTS: dict[Remedy, str] = {
    Remedy.RESTORE_BACKUP: "&Restore from a Backup…",
    Remedy.CHOOSE_FILE: "&Choose Another Journal…",
    Remedy.RETRY: "&Try Again",
    Remedy.RETRY_PASSPHRASE: "&Type the Passphrase Again",
}


def heading(kind: ProblemKind) -> str:
    return QCoreApplication.translate(CONTEXT, HEADINGS[kind])


def explanation(kind: ProblemKind) -> str:
    return QCoreApplication.translate(CONTEXT, EXPLANATIONS[kind])


def _noop_translations() -> None:  # pragma: no cover - only read by pyside6-lupdate
    translate = QCoreApplication.translate
    translate("StartupProblemDialog", "The journal's folder is missing")
    translate("StartupProblemDialog", "The journal is damaged")
    translate("StartupProblemDialog", "This is not a Refleks journal")
    translate("StartupProblemDialog", "Wrong passphrase")
    translate("StartupProblemDialog", "Made by a newer Refleks")
    translate("StartupProblemDialog", "The journal is in use")
    translate("StartupProblemDialog", "The journal cannot be saved to")
    translate("StartupProblemDialog", "The journal could not be upgraded")
    translate("StartupProblemDialog", "The journal is empty")
    translate("StartupProblemDialog", "The journal is missing")
    translate("StartupProblemDialog", "The encrypted journal was replaced")
    translate(
        "StartupProblemDialog",
        "The journal file is there, but empty: what was written in it has been lost. Refleks "
        "does not start a new journal over it. A backup can put your journal back as it was "
        "when the backup was made.",
    )
    translate(
        "StartupProblemDialog",
        "The journal file is gone, but its backups or its key file are still there, so "
        "Refleks does not start a new journal. A backup can put your journal back as it was "
        "when the backup was made.",
    )
    translate(
        "StartupProblemDialog",
        "The journal was encrypted, but the file in its place now is not. Refleks does not "
        "open a file that someone may have put there instead of your journal.",
    )
    translate(
        "StartupProblemDialog",
        "The folder that holds the journal cannot be found. If it is on a drive or a network "
        "folder, connect it and try again.",
    )
    translate(
        "StartupProblemDialog",
        "The journal file is damaged and cannot be read. A backup can put your journal back "
        "as it was when the backup was made.",
    )
    translate(
        "StartupProblemDialog",
        "The file is not a Refleks journal, or it is an encrypted journal whose key file "
        "(journal.db.header.json) is missing.",
    )
    translate("StartupProblemDialog", "The passphrase does not open this journal.")
    translate(
        "StartupProblemDialog",
        "The journal was last saved by a newer version of Refleks. Install that version to "
        "open it.",
    )
    translate(
        "StartupProblemDialog",
        "Another Refleks window or program is using the journal right now. Close it, or wait "
        "a moment, and try again.",
    )
    translate(
        "StartupProblemDialog",
        "Refleks may not write to the journal or its folder, so nothing you write could be "
        "saved. Make them writable and try again.",
    )
    translate(
        "StartupProblemDialog",
        "Upgrading the journal to this version of Refleks failed and was undone; the journal "
        "is as it was, and a copy was made before the upgrade.",
    )
    translate("StartupProblemDialog", "&Restore from a Backup…")
    translate("StartupProblemDialog", "&Choose Another Journal…")
    translate("StartupProblemDialog", "&Try Again")
    translate("StartupProblemDialog", "&Type the Passphrase Again")


class StartupProblemDialog(QDialog):
    """Shows one StartupProblem; `choice` is the Remedy picked, or None for Quit."""

    def __init__(self, problem: StartupProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupProblemDialog")
        self.problem = problem
        self.choice: Remedy | None = None
        self.setWindowTitle(self.tr("Refleks cannot open the journal"))
        icon = QLabel()
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(heading(problem.kind), objectName="problemHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel(explanation(problem.kind), wordWrap=True)
        self.explanation.setObjectName("problemExplanation")
        # The precise detail (file and cause) from app/startup, selectable to pass on.
        self.detail = QLabel(problem.message, objectName="problemDetail", wordWrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setProperty("muted", True)
        self.reassurance = QLabel(wordWrap=True)
        self.reassurance.setProperty("muted", True)
        self.reassurance.setText(
            self.tr("Nothing has been changed, moved or deleted. Choose what to do:")
        )
        self.buttons = QDialogButtonBox()
        self.remedy_buttons: dict[Remedy, QPushButton] = {}
        for remedy in problem.remedies:
            button = self.buttons.addButton(
                QCoreApplication.translate(CONTEXT, REMEDY_TEXTS[remedy]),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            button.clicked.connect(lambda _=False, r=remedy: self._choose(r))
            self.remedy_buttons[remedy] = button
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.clicked.connect(self.reject)
        if problem.remedies:
            self.remedy_buttons[problem.remedies[0]].setDefault(True)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.explanation)
        text.addWidget(self.detail)
        text.addSpacing(6)
        text.addWidget(self.reassurance)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _choose(self, remedy: Remedy) -> None:
        self.choice = remedy
        self.accept()
