"""Finds shipped files from a checkout, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder holding catalogue.toml, fonts and icons.

    In a PyInstaller bundle it sits under ``sys._MEIPASS``; in a wheel it is
    packaged as ``opcc_desk/_resources``; in a checkout it is the repository's
    ``resources/`` folder.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR / "_resources")
    candidates.append(_PACKAGE_DIR.parent.parent / "resources")
    for folder in candidates:
        if (folder / "catalogue.toml").is_file():
            return folder
    raise FileNotFoundError(
        "the program's resources folder is missing (catalogue.toml not found); reinstall OPCC Desk"
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def help_dir() -> Path:
    """The user guide shown by Help: an HTML page and its pictures."""
    return resources_dir() / "help"


def migrations_dir() -> Path:
    return _PACKAGE_DIR / "migrations"


def publish_templates_dir() -> Path:
    """The published directory's Jinja templates, which live in the package beside the
    code that fills them (the bundle collects the package's data files to the same
    place under ``sys._MEIPASS``)."""
    return _PACKAGE_DIR / "publish" / "templates"


def translations_dir() -> Path:
    """The window's translation files (opcc_desk_fr.ts in the repository; the .qm built
    from it by scripts/translations.sh, scripts/setup.sh or the bundle's build). They
    sit in the package, so a checkout, a wheel and a bundle (which collects the
    package's data files under ``sys._MEIPASS/opcc_desk``) all find them here."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "opcc_desk" / "translations").is_dir():
        return Path(bundle) / "opcc_desk" / "translations"
    return _PACKAGE_DIR / "translations"
