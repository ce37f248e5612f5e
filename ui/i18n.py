"""Language, layout direction and fonts: our translations, Qt's own, and the bundled Hebrew font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONTS_DIR = RESOURCES / "fonts"
TRANSLATIONS_DIR = RESOURCES / "translations"

LANGUAGES = ("he", "en")
UI_FONT = "Rubik"
SYMBOL_FONT = "Noto Sans Symbols 2"  # ★ ✓ ✗ ☎ ✉, which Rubik lacks
UI_POINT_SIZE = 10

_LOCALES = {
    "he": QLocale(QLocale.Language.Hebrew, QLocale.Country.Israel),
    "en": QLocale(QLocale.Language.English, QLocale.Country.Israel),
}

_installed: list[QTranslator] = []


def register_fonts(folder: Path = FONTS_DIR) -> list[str]:
    """Register every bundled .ttf with Qt; return the families found (a bare Linux has no Hebrew font)."""
    families: list[str] = []
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return list(dict.fromkeys(families))


def ui_font(point_size: int = UI_POINT_SIZE, *, bold: bool = False) -> QFont:
    """Rubik with the symbols font as fallback."""
    font = QFont()
    font.setFamilies([UI_FONT, SYMBOL_FONT])
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def apply_language(app: QCoreApplication, language: str) -> None:
    """Install our translations and Qt's own for `language`, replacing any installed before.

    Hebrew also turns the whole layout right-to-left. A missing .qm leaves the English source text.
    """
    if language not in LANGUAGES:
        language = LANGUAGES[0]
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS_DIR / f"shopkeeper_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt_own = QTranslator(app)
        if qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    QLocale.setDefault(_LOCALES[language])
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language == "he" else Qt.LayoutDirection.LeftToRight
        )
