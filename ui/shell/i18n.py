"""The window's language: which translators are installed, and switching them at run time.

English is the source language of every UI string; Danish comes from
`resources/translations/refleks_da.qm` plus Qt's own `qtbase_da.qm` (standard buttons and
dialogs) and `qt_extra_da.qm`, the few texts of Qt's dialogs that Qt's Danish catalogue
lacks ("&Look in:", "Files of &type:", "Computer"); `refleks_en.qm` holds only English
plural forms. Installing a translator makes
Qt send a LanguageChange event to every widget, which retranslates its labels in place,
so text being typed is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from app.resources import resource_path

SUPPORTED_LANGUAGES: tuple[str, ...] = ("da", "en")
TRANSLATIONS_DIR = resource_path("translations")


def qt_translations_dir() -> str:
    """The folder of Qt's own catalogues (qtbase_da.qm), in the venv or inside a bundle."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def translator_files(language: str) -> list[tuple[str, str]]:
    """(name, folder) of every catalogue for `language`, in the order they are installed.

    Qt asks the translator installed last first: Refleks' own texts win, then the
    supplement to Qt's catalogue, then Qt's catalogue.
    """
    if language == "en":
        # English is the source language; its file only holds the plural forms ("1 entry").
        return [("refleks_en", str(TRANSLATIONS_DIR))]
    return [
        (f"qtbase_{language}", qt_translations_dir()),
        (f"qt_extra_{language}", str(TRANSLATIONS_DIR)),
        (f"refleks_{language}", str(TRANSLATIONS_DIR)),
    ]


def system_language(locale: QLocale | None = None) -> str:
    """'da' when the system speaks Danish (any Danish locale), otherwise 'en'."""
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.Danish:
        return "da"
    for name in locale.uiLanguages():
        if name.lower().startswith("da"):
            return "da"
    return "en"


def resolve_language(chosen: str) -> str:
    """A stored choice ('', 'da' or 'en') as the language to use now."""
    return chosen if chosen in SUPPORTED_LANGUAGES else system_language()


class LanguageManager(QObject):
    """Owns the installed translators; `apply()` swaps them and announces the change."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = "en"
        self._translators: list[QTranslator] = []

    @property
    def language(self) -> str:
        return self._language

    def apply(self, language: str) -> str:
        """Install the translators for `language` ('' = the system's); returns the language used."""
        language = resolve_language(language)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("Create the QApplication before choosing a language.")
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        for name, folder in translator_files(language):
            translator = QTranslator(self)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._translators.append(translator)
        # Dates and numbers in widgets (day pickers, spin boxes) follow the chosen language.
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Danish if language == "da" else QLocale.Language.English,
                QLocale.Country.Denmark if language == "da" else QLocale.Country.UnitedKingdom,
            )
        )
        changed = language != self._language
        self._language = language
        if changed:
            self.language_changed.emit(language)
        return language
