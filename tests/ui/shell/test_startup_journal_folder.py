"""A journal.db that is a folder: the window reports a start-up problem, changes nothing."""

from __future__ import annotations

from app.journal.paths import DataPaths
from app.journal.startup import ProblemKind, Remedy, StartupProblem
from ui.shell.startup_flow import StartupFlow, StartupQuestions
from ui.shell.startup_problem_dialog import StartupProblemDialog


def test_a_folder_named_journal_db_is_a_startup_problem(qtbot, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    (data_paths.journal / "notes").mkdir(parents=True)
    problems: list[StartupProblem] = []

    def answer(problem: StartupProblem) -> Remedy | None:
        problems.append(problem)
        return None  # Quit

    questions = StartupQuestions(
        problem=answer,
        passphrase=lambda _paths: None,
        folder=lambda _paths: None,
        restore=lambda _paths: False,
    )
    assert StartupFlow(data_paths, questions).run() is None  # was IsADirectoryError
    [problem] = problems
    assert problem.kind is ProblemKind.NOT_A_DATABASE
    assert "is a folder" in problem.message
    assert (data_paths.journal / "notes").is_dir()
    dialog = StartupProblemDialog(problem)
    qtbot.addWidget(dialog)
    assert Remedy.CHOOSE_FILE in problem.remedies
