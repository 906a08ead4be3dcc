"""A first mapping for an export the desk has not seen: questions matched to client
columns, answer labels read as the desk's values.

Headers are matched by their wording (English and French, fuzzy, via rapidfuzz)
and by what their cells look like, so "May we contact you?" holding "Yes" goes
to consent and not to phone. Answers are read by the readers of form_answers and
matched to the catalogue's labels in both languages plus the synonyms of form_words.
Whatever cannot be placed is listed, never guessed wildly: the desk confirms or
corrects every line before anything is imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from opcc_desk.domain import form_answers as answers
from opcc_desk.domain import validation as v
from opcc_desk.domain.enums import AgeGroup, ClientType, Gender, ModalityPreference
from opcc_desk.domain.form_answers import plain
from opcc_desk.domain.form_mapping import (
    DATE_FIELDS,
    IGNORED,
    LIST_FIELDS,
    VALUE_FIELDS,
    FormMapping,
    answer_key,
    client_fields,
    header_key,
    mapping_to_toml,
    split_answers,
)
from opcc_desk.domain.form_words import (
    APPROACH_STOPWORDS,
    APPROACH_WORDS,
    CONCERN_WORDS,
    FIELD_WORDS,
    NO_PREFERENCE,
    STOPWORDS,
)
from opcc_desk.domain.models import Catalogue
from opcc_desk.domain.validation import language_names

HEADER_THRESHOLD = 75  # of 100: name likeness weighed by how plausible the cells are
ANSWER_THRESHOLD = 82
SURE = 95  # below this, a match gets a "check" note
SAMPLE_ROWS = 200


def _words(text: str, extra: frozenset[str] = frozenset()) -> str:
    return " ".join(w for w in plain(text).split() if w not in STOPWORDS and w not in extra)


# ---------------------------------------------------------------- answers


@dataclass(frozen=True, slots=True)
class Reading:
    value: str | None  # the desk's value(s); None: not recognised
    score: float = 100.0  # how sure: 100 for a reader's exact result


def _catalogue_targets(catalogue: Catalogue, kind: str) -> dict[str, list[str]]:
    """Each key's names to match answers against: labels in both languages, synonyms."""
    extra = APPROACH_STOPWORDS if kind == "approach_preference" else frozenset()
    names: dict[str, list[str]] = {}
    if kind == "concerns":
        for key, concern in catalogue.concerns.items():
            names[key] = [
                key.replace("_", " "),
                *concern.label.values(),
                *CONCERN_WORDS.get(key, ()),
            ]
    else:
        for key, approach in catalogue.approaches.items():
            labels = [approach.label(lang) for lang in approach.text]
            names[key] = [key.replace("_", " "), *labels, *APPROACH_WORDS.get(key, ())]
    return {
        key: [target for name in spellings if (target := _words(name, extra))]
        for key, spellings in names.items()
    }


def _catalogue_reading(label: str, targets: Mapping[str, list[str]], kind: str) -> Reading:
    """The catalogue key an answer label means, by its labels and synonyms (fuzzy)."""
    if plain(label) in _NO_PREFERENCE:
        return Reading("")
    extra = APPROACH_STOPWORDS if kind == "approach_preference" else frozenset()
    wanted = _words(label, extra)
    if not wanted:
        return Reading(None, 0)
    wanted_words = wanted.split()
    scores: list[tuple[float, str]] = []
    for key, names in targets.items():
        best = 0.0
        for target in names:
            if target == wanted:
                best = 100.0
                break
            # a short synonym inside a long answer ("shame") counts, but less than equal
            best = max(
                best, fuzz.token_set_ratio(wanted, target) * 0.97, fuzz.ratio(wanted, target)
            )
            target_words = target.split()
            if all(_same_word(w, wanted_words) for w in target_words):
                best = max(best, 90 + 10 * len(target_words) / len(wanted_words))
        scores.append((best, key))
    scores.sort(reverse=True)
    top, key = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0.0
    if top < ANSWER_THRESHOLD or (top < 100 and top - runner_up < 3):
        return Reading(None, top)
    return Reading(key, top)


@cache
def _language_table() -> dict[str, str]:
    """Language names in English and French (and each word of "Farsi (Persian)") -> code."""
    names: dict[str, str] = {}
    for display in ("en", "fr"):
        for code, name in language_names(display).items():
            names.setdefault(plain(name), code)
            for part in re.split(r"[()]", name):
                if plain(part):
                    names.setdefault(plain(part), code)
    return names


def read_language(label: str) -> Reading:
    words = plain(label)
    names = _language_table()
    if words in names:
        return Reading(names[words])
    if words in set(names.values()):
        return Reading(words)
    found = {
        code
        for name, code in names.items()
        if len(name) > 3 and re.search(rf"\b{re.escape(name)}\b", words)
    }
    return Reading(found.pop()) if len(found) == 1 else Reading(None, 0)


_SIMPLE: dict[str, Callable[[str], str | None]] = {
    "availability": answers.slots,
    "max_fee": answers.fee_cap,
    "modality": answers.modality,
    "client_type": lambda a: answers.choice(a, answers.CLIENT_TYPE_WORDS),
    "age_group": lambda a: answers.choice(a, answers.AGE_GROUP_WORDS),
    "therapist_gender": lambda a: answers.choice(a, answers.GENDER_WORDS),
    "consent_to_contact": answers.yes_no,
    "email_consent": answers.yes_no,
}
_NO_PREFERENCE = frozenset(plain(p) for p in NO_PREFERENCE)


class AnswerReader:
    """Reads answer labels for client columns, each distinct label once per export."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._targets = {
            kind: _catalogue_targets(catalogue, kind)
            for kind in ("concerns", "approach_preference")
        }
        self._seen: dict[tuple[str, str], Reading] = {}

    def read(self, name: str, label: str) -> Reading:
        """What one answer label means for a client column, as far as can be told."""
        key = (name, label)
        if key not in self._seen:
            self._seen[key] = self._read(name, label)
        return self._seen[key]

    def _read(self, name: str, label: str) -> Reading:
        if name in self._targets:
            return _catalogue_reading(label, self._targets[name], name)
        if name == "language":
            return read_language(label)
        reader = _SIMPLE.get(name)
        return Reading(None, 0) if reader is None else Reading(reader(label))


def read_answer(name: str, label: str, catalogue: Catalogue) -> Reading:
    """What one answer label means for a client column (one label; see AnswerReader)."""
    return AnswerReader(catalogue).read(name, label)


# ---------------------------------------------------------------- headers


def _plausible(
    name: str, samples: Sequence[str], reader: AnswerReader, *, by_answers: bool = False
) -> float:
    """The share of a column's cells that look like what the client column holds.

    ``by_answers``: judged with no help from the question's wording, so stricter (a
    fee needs its dollar sign: an "Age" column of plain numbers is not a budget).
    """
    filled = [s for s in samples if s.strip()]
    if not filled:
        return 0.5
    if all(plain(s) in ANONYMOUS for s in filled):
        return 0.0  # Microsoft Forms' own respondent columns of an anonymous form
    if name == "id":
        unique = len(set(filled)) == len(filled)
        long = all(len(s.strip()) >= 8 for s in filled)
        return 1.0 if unique and long and not answers.guess_date_format(filled) else 0.0
    if name in DATE_FIELDS:
        return 1.0 if answers.guess_date_format(filled) else 0.2
    if name == "email":
        return _share(filled, lambda s: "@" in s)
    if name == "phone":
        return _share(filled, lambda s: sum(ch.isdigit() for ch in s) >= 7 and "@" not in s)
    if name == "postal_code":
        return _share(
            filled,
            lambda s: re.fullmatch(r"[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d", s.strip()) is not None,
        )
    if by_answers and name == "max_fee":
        return _share(filled, lambda s: "$" in s and reader.read(name, s).value is not None)
    if by_answers and name == "availability":
        # a choice on a form is little else than days and times; a sentence that happens
        # to name one ("I can only do nights") is free text
        separator = _separator(name, filled)
        parts = [a for s in filled[:50] for a in split_answers(s, separator)]
        return _share(
            parts,
            lambda a: (
                len(_words(answers.without_time_words(a)).split()) <= 1
                and reader.read(name, a).value is not None
            ),
        )
    if name in VALUE_FIELDS:
        separator = _separator(name, filled)
        parts = [a for s in filled[:50] for a in split_answers(s, separator)]
        return _share(parts, lambda a: reader.read(name, a).value is not None)
    if name in ("first_name", "last_name", "preferred_name", "city"):
        return _share(filled, lambda s: "@" not in s and not any(ch.isdigit() for ch in s))
    return 1.0


def _share(items: Sequence[str], test: Callable[[str], bool]) -> float:
    return sum(1 for item in items if test(item)) / len(items) if items else 0.0


def _separator(name: str, cells: Sequence[str]) -> str:
    """How several answers share a cell in this column, judged from the cells."""
    if name not in LIST_FIELDS and name != "modality":
        return ""
    if any("\n" in cell.strip() for cell in cells):
        return "\n"
    if any(";" in cell for cell in cells):
        return ";"
    if name in LIST_FIELDS and any("," in cell for cell in cells):
        return ","
    return ""


def _same_word(word: str, words: Sequence[str]) -> bool:
    """The word, or another form of it ("sleep"/"sleeping", "famille"/"familiales"):
    the two share their first five letters or more, and differ only near the end."""
    for other in words:
        prefix = next(
            (i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b),
            min(len(word), len(other)),
        )
        if other == word or (prefix >= 5 and prefix >= min(len(word), len(other)) - 2):
            return True
    return False


def _token_found(token: str, tokens: set[str]) -> bool:
    # a word counts when spelled alike: "e-mail"/"email", "disponibilite"/"disponibilites"
    return token in tokens or any(
        len(token) > 3 and fuzz.ratio(token, other) >= 88 for other in tokens
    )


def _header_score(header: str, name: str) -> float:
    """How much a question reads like one of the ways of asking for the column.

    Every word of a phrase must be in the question, so a phrase found whole inside
    the question scores high ("hoping to work on" in "Which of these are you hoping
    to work on?"); a question found inside a longer phrase does not ("Name" is not
    "Preferred name", "Entry Date" is not "Entry Id").
    """
    wanted = _words(header)
    if plain(header).replace(" ", "_") == name:
        return 100.0  # the desk's own column name
    tokens = set(wanted.split())
    best = 0.0
    for phrase in FIELD_WORDS.get(name, ()):
        target = _words(phrase) or plain(phrase)
        if wanted == target:
            return 100.0
        words = target.split()
        found = sum(1 for word in words if _token_found(word, tokens))
        if found == len(words):
            # specific (longer) phrases inside a question beat one-word ones
            best = max(best, 100.0 - (4 if len(words) == 1 else 0))
        else:
            best = max(best, 70.0 * found / len(words))
    return best


# Columns a question may be matched to by its answers alone, when its wording says
# nothing the lists above know. Not yes/no (any yes/no question would do) nor the
# gender wanted of a therapist (a client's own gender looks the same).
BY_ANSWERS = ("concerns", "approach_preference", "availability", "modality", "max_fee", "language")
ANONYMOUS = frozenset({"anonymous", "anonyme", "anonymized"})


# ---------------------------------------------------------------- the suggestion


@dataclass
class Suggestion:
    mapping: FormMapping
    unmatched_headers: list[str] = field(default_factory=list)
    unmatched_answers: dict[str, list[str]] = field(default_factory=dict)
    doubts: dict[tuple[str, str], str] = field(default_factory=dict)

    def to_toml(self) -> str:
        return mapping_to_toml(
            self.mapping,
            unmatched_headers=self.unmatched_headers,
            unmatched_answers=self.unmatched_answers,
            doubts=self.doubts,
        )


def suggest_mapping(
    headers: Sequence[str], rows: Sequence[Mapping[str, str]], catalogue: Catalogue
) -> Suggestion:
    """A mapping for an export: each header's column, separators, date layouts and the
    meaning of every answer label the client columns with closed lists will see."""
    sample = list(rows[:SAMPLE_ROWS])
    reader = AnswerReader(catalogue)
    known = [name for name in client_fields() if name in FIELD_WORDS]
    column_cells = {h: [r.get(h, "") for r in sample] for h in headers}
    candidates: list[tuple[float, int, str, str]] = []
    for position, header in enumerate(headers):
        for name in known:
            likeness = _header_score(header, name)
            by_answers = name in BY_ANSWERS
            if likeness < HEADER_THRESHOLD and not by_answers:
                continue
            plausible = _plausible(name, column_cells[header], reader)
            score = likeness * (0.5 + 0.5 * plausible)
            if by_answers and plausible >= 0.75 and any(c.strip() for c in column_cells[header]):
                alone = _plausible(name, column_cells[header], reader, by_answers=True)
                score = max(score, 55 + 30 * alone) if alone >= 0.75 else score
            if score >= HEADER_THRESHOLD:
                candidates.append((score, -position, header, name))
    candidates.sort(reverse=True)
    chosen: dict[str, tuple[str, float]] = {}
    taken: set[str] = set()
    for score, _position, header, name in candidates:
        if header in chosen or (name in taken and name not in ("notes", "availability")):
            continue
        chosen[header] = (name, score)
        taken.add(name)
    suggestion = Suggestion(FormMapping())
    mapping = suggestion.mapping
    for header in headers:
        if header not in chosen:
            suggestion.unmatched_headers.append(header)
            continue
        name, score = chosen[header]
        mapping.columns[header] = name
        if score < SURE:
            suggestion.doubts[("columns", header)] = "matched by likeness of wording or answers"
        cells = column_cells[header]
        _suggest_cells(suggestion, header, name, cells, reader)
    if "client_type" not in mapping.fields():
        # many "Get Matched" forms are for individuals and never ask
        mapping.defaults["client_type"] = "individual"
        suggestion.doubts[("defaults", "client_type")] = (
            "the form does not ask who the therapy is for"
        )
    return suggestion


def _suggest_cells(
    suggestion: Suggestion, header: str, name: str, cells: list[str], reader: AnswerReader
) -> None:
    mapping = suggestion.mapping
    filled = [c for c in cells if c.strip()]
    if name in DATE_FIELDS:
        layout = answers.guess_date_format(filled)
        if layout is None:
            suggestion.doubts[("columns", header)] = (
                "the dates could not be read; give their layout under [dates]"
            )
        elif layout != "iso":
            mapping.dates[name] = layout
            day_first = layout.startswith("%d/%m")
            month_first = layout.startswith("%m/%d")
            if day_first or month_first:
                other = (
                    layout.replace("%d/%m", "%D").replace("%m/%d", "%d/%m").replace("%D", "%m/%d")
                )
                if answers.guess_date_format(filled) and _reads_all(filled, other):
                    suggestion.doubts[("dates", name)] = (
                        "day and month could be either way round in these dates"
                    )
        return
    if name not in VALUE_FIELDS:
        return
    separator = _separator(name, filled)
    if separator:
        mapping.separators[name] = separator
    table = mapping.values.setdefault(name, {})
    unmatched = suggestion.unmatched_answers.setdefault(name, [])
    seen = {answer_key(a) for a in table} | {answer_key(a) for a in unmatched}
    for cell in filled:
        for answer in split_answers(cell, separator, {answer_key(a) for a in table}):
            key = answer_key(answer)
            if key in seen:
                continue
            seen.add(key)
            reading = reader.read(name, answer)
            if reading.value is None:
                unmatched.append(answer)
            elif reading.value != answer:
                table[answer] = reading.value
                if reading.score < SURE:
                    suggestion.doubts[(f"values.{name}", answer)] = "matched by likeness"
    if not table:
        del mapping.values[name]
    if not unmatched:
        del suggestion.unmatched_answers[name]


def _reads_all(samples: Sequence[str], layout: str) -> bool:
    try:
        for sample in samples:
            answers.read_date(sample, layout)
    except answers.DateMismatch:
        return False
    return True


@dataclass(frozen=True, slots=True)
class AnswerLine:
    """One distinct answer an export gives for a client column, and what it becomes."""

    field: str
    header: str
    answer: str
    value: str | None  # the mapping's value; None: none, the answer passes as written
    fine_as_written: bool  # already a value the desk knows


def answer_lines(
    mapping: FormMapping,
    headers: Sequence[str],
    rows: Sequence[Mapping[str, str]],
    catalogue: Catalogue,
) -> list[AnswerLine]:
    """Every distinct answer of the closed-list columns, with the mapping's value for it."""
    present = {header_key(h): h for h in headers}
    reader = AnswerReader(catalogue)
    lines: list[AnswerLine] = []
    seen: set[tuple[str, str]] = set()
    for header_name, name in mapping.columns.items():
        header = present.get(header_key(header_name))
        if header is None or name == IGNORED or name not in VALUE_FIELDS:
            continue
        table = {answer_key(k): v for k, v in mapping.values.get(name, {}).items()}
        for row in rows:
            for answer in split_answers(
                row.get(header, ""), mapping.separators.get(name, ""), table
            ):
                key = answer_key(answer)
                if (name, key) in seen:
                    continue
                seen.add((name, key))
                as_is = reader.read(name, answer).value == answer.strip().lower()
                lines.append(AnswerLine(name, header, answer, table.get(key), as_is))
    return lines


def point_column(
    mapping: FormMapping,
    header: str,
    name: str,
    cells: Sequence[str],
    catalogue: Catalogue,
) -> None:
    """Send a question to a client column (IGNORED: to none) and suggest what its
    answers mean, keeping every answer meaning the mapping already has."""
    mapping.columns[header] = name
    if name == IGNORED:
        return
    suggestion = Suggestion(mapping)
    _suggest_cells(suggestion, header, name, list(cells), AnswerReader(catalogue))


def value_problem(name: str, value: str, catalogue: Catalogue) -> str | None:
    """Why a desk value typed for an answer would be refused, or None when it is fine."""
    if not value:
        return None  # the answer is left out
    check: dict[str, Callable[[str, str], object]] = {
        "concerns": lambda f, x: v.keys(f, x, catalogue.concerns, required=False),
        "approach_preference": lambda f, x: v.keys(f, x, catalogue.approaches, required=False),
        "availability": v.slots,
        "max_fee": v.money,
        "language": v.language,
        "modality": lambda f, x: v.choice(f, x, ModalityPreference),
        "client_type": lambda f, x: v.choice(f, x, ClientType),
        "age_group": lambda f, x: v.choice(f, x, AgeGroup),
        "therapist_gender": lambda f, x: v.choice(f, x, Gender),
        "consent_to_contact": v.yes_no,
        "email_consent": v.yes_no,
    }
    test = check.get(name)
    if test is None:
        return None
    try:
        test(name, value)
    except v.FieldError as error:
        return error.message
    return None
