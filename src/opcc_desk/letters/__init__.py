"""ReportLab PDFs: the client's referral letter and the director's referral summary.

Plain values in, PDF bytes out: nothing here reads the database or imports Qt.
"""

from opcc_desk.letters.data import (
    LANGUAGES,
    ApproachInfo,
    Fit,
    LetterData,
    TherapistInfo,
)
from opcc_desk.letters.fonts import describe_character, missing_characters, register_fonts
from opcc_desk.letters.letter import build_letter, missing_in_letter
from opcc_desk.letters.letterhead import Letterhead, logo_problem

__all__ = [
    "LANGUAGES",
    "ApproachInfo",
    "Fit",
    "LetterData",
    "Letterhead",
    "TherapistInfo",
    "build_letter",
    "describe_character",
    "logo_problem",
    "missing_characters",
    "missing_in_letter",
    "register_fonts",
]
