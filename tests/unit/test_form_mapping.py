"""Import mappings: the TOML both ways, applying one to rows, stable intake ids."""

from __future__ import annotations

import tomllib

import pytest

from opcc_desk.domain.form_mapping import (
    FormMapping,
    MappingError,
    apply_mapping,
    derived_id,
    explain,
    mapping_to_toml,
    parse_mapping,
    spelled_as_in,
)
from opcc_desk.domain.validation import Problem

MAPPING = """
[columns]
"Timestamp" = "submitted"
"First name" = "first_name"
"Last name" = "last_name"
"E-mail" = "email"
"Which of these are you hoping to work on?" = "concerns"
"Format" = "modality"
"Language" = "language"
"Who for?" = "client_type"
"May we contact you?" = "consent_to_contact"
"Respondent" = ""

[separators]
concerns = ","
modality = ","

[dates]
submitted = "%Y/%m/%d %I:%M:%S %p %Z"

[values.concerns]
"Low self-worth" = "self_worth"
"Stress, burnout" = "stress_burnout"
"Relationships and patterns" = "relationships;relational_patterns"
"Other" = ""

[values.modality]
"Virtual" = "virtual"
"In person" = "in_person"
"""
HEADERS = [
    "Timestamp",
    "First name",
    "Last name",
    "E-mail",
    "Which of these are you hoping to work on?",
    "Format",
    "Language",
    "Who for?",
    "May we contact you?",
    "Respondent",
]


def submission(**changes: str) -> dict[str, str]:
    row = {
        "Timestamp": "2026/11/02 2:33:12 PM EST",
        "First name": "Zoë",
        "Last name": "François",
        "E-mail": "zoe@example.ca",
        "Which of these are you hoping to work on?": "Low self-worth, Stress, burnout, Other",
        "Format": "Virtual, In person",
        "Language": "en",
        "Who for?": "individual",
        "May we contact you?": "yes",
        "Respondent": "anonymous",
    }
    row.update(changes)
    return row


def test_the_mapping_turns_answers_into_desk_values() -> None:
    mapping = parse_mapping(MAPPING)
    result = apply_mapping(mapping, HEADERS, [(2, submission())])
    [row] = result.rows
    assert row.cells["submitted"] == "2026-11-02T14:33:12-05:00"
    # "Stress, burnout" holds the separator but is one answer the mapping knows
    assert row.cells["concerns"] == "self_worth;stress_burnout"
    assert row.cells["modality"] == "either"  # both ways ticked: either will do
    assert row.cells["id"].startswith("W-")
    assert "respondent" not in " ".join(result.warnings).lower()  # ignored on purpose
    several = apply_mapping(
        mapping,
        HEADERS,
        [
            (
                2,
                submission(
                    **{"Which of these are you hoping to work on?": "Relationships and patterns"}
                ),
            )
        ],
    )
    assert several.rows[0].cells["concerns"] == "relationships;relational_patterns"


def test_answers_match_whatever_their_case_and_spacing() -> None:
    mapping = parse_mapping(MAPPING)
    row = submission(**{"Which of these are you hoping to work on?": "low  SELF-WORTH"})
    result = apply_mapping(
        mapping, [h.upper() for h in HEADERS], [(2, {k.upper(): v for k, v in row.items()})]
    )
    assert result.rows[0].cells["concerns"] == "self_worth"


def test_a_kept_mapping_is_spelled_as_the_export_spells_its_questions() -> None:
    mapping = parse_mapping(MAPPING)
    headers = [f"  {h.upper()} " for h in HEADERS]
    fitted = spelled_as_in(mapping, headers)
    assert list(fitted.columns) == headers
    assert fitted.values == mapping.values and fitted is not mapping


def test_headers_the_mapping_does_not_name_are_ignored_with_a_warning() -> None:
    mapping = parse_mapping(MAPPING)
    result = apply_mapping(mapping, [*HEADERS, "Source URL"], [(2, submission())])
    assert result.warnings == ["column 'Source URL' is not in the mapping and was ignored"]


def test_a_header_the_export_lacks_refuses_the_file() -> None:
    mapping = parse_mapping(MAPPING)
    with pytest.raises(MappingError, match="'E-mail'"):
        apply_mapping(mapping, [h for h in HEADERS if h != "E-mail"], [])


def test_a_mapping_that_fills_no_required_column_is_refused() -> None:
    mapping = parse_mapping(MAPPING.replace('"Format" = "modality"', '"Format" = ""'))
    with pytest.raises(MappingError, match="fills no column for: modality"):
        apply_mapping(mapping, HEADERS, [])


def test_defaults_fill_a_column_the_form_never_asks_or_a_blank_answer() -> None:
    text = MAPPING.replace('"Who for?" = "client_type"', '"Who for?" = ""')
    mapping = parse_mapping(
        text + '\n[defaults]\nclient_type = "individual"\nmodality = "either"\n'
    )
    rows = apply_mapping(mapping, HEADERS, [(2, submission()), (3, submission(Format=""))]).rows
    assert [r.cells["client_type"] for r in rows] == ["individual", "individual"]
    assert [r.cells["modality"] for r in rows] == ["either", "either"]
    with pytest.raises(MappingError, match="cannot give an id"):
        parse_mapping('[defaults]\nid = "X"\n')


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[columns\n", "not valid TOML"),
        ('[columns]\n"Timestamp" = "submited"\n', "did you mean 'submitted'"),
        ('[columns]\n"Timestamp" = 3\n', "as text in quotes"),
        ("[colums]\n", "[colums]"),
        ('[separators]\nconcern = ","\n', "'concern'"),
        ('[dates]\nsubmitted = "yesterday"\n', "strftime"),
        ('[dates]\nemail = "%Y"\n', "not a date column"),
        ('[values.fees]\n"$90" = "90"\n', "'fees'"),
    ],
)
def test_a_broken_mapping_says_what_to_correct(text: str, words: str) -> None:
    with pytest.raises(MappingError) as error:
        parse_mapping(text)
    assert words in str(error.value)


def test_toml_written_reads_back_the_same_whatever_the_characters() -> None:
    mapping = FormMapping(
        columns={'Votre "prénom"?': "first_name", "名字": "last_name", "الاسم\tالكامل": ""},
        separators={"concerns": "\n"},
        dates={"submitted": "%d/%m/%Y %H:%M"},
        values={"concerns": {"Estime de soi \\ honte": "self_worth", "Other\x7f": ""}},
        defaults={"client_type": "individual"},
    )
    text = mapping_to_toml(
        mapping,
        unmatched_headers=["Start time"],
        unmatched_answers={"concerns": ["Feeling stuck"]},
        doubts={("columns", "名字"): "matched by likeness"},
    )
    assert parse_mapping(text) == mapping
    assert tomllib.loads(text)["separators"]["concerns"] == "\n"
    assert '# "Feeling stuck" = ""' in text
    assert "# check: matched by likeness" in text


def test_derived_ids_stay_the_same_across_re_exports() -> None:
    mapping = parse_mapping(MAPPING)
    first = apply_mapping(mapping, HEADERS, [(2, submission())]).rows[0].cells["id"]
    # the export grew, its columns moved and the row is now further down
    reordered = list(reversed(HEADERS))
    grown = apply_mapping(
        mapping,
        reordered,
        [(2, submission(**{"First name": "Other", "E-mail": "o@example.ca"})), (3, submission())],
    )
    assert grown.rows[1].cells["id"] == first
    assert grown.rows[0].cells["id"] != first
    # a corrected answer is the same submission
    changed = submission(**{"Format": "Virtual"})
    assert apply_mapping(mapping, HEADERS, [(2, changed)]).rows[0].cells["id"] == first
    # the same instant written in another zone, names in another case
    assert (
        derived_id(
            {
                "submitted": "2026-11-02T19:33:12+00:00",
                "first_name": "ZOË",
                "last_name": "françois",
                "email": "ZOE@example.ca",
            }
        )
        == first
    )
    # another second is another submission
    later = submission(Timestamp="2026/11/02 2:33:13 PM EST")
    assert apply_mapping(mapping, HEADERS, [(2, later)]).rows[0].cells["id"] != first


def test_problems_name_the_question_and_the_answer() -> None:
    mapping = parse_mapping(MAPPING)
    row = apply_mapping(
        mapping,
        HEADERS,
        [
            (
                4,
                submission(
                    **{"Which of these are you hoping to work on?": "Low self-worth, Feeling stuck"}
                ),
            )
        ],
    ).rows[0]
    assert row.cells["concerns"] == "self_worth;Feeling stuck"
    [problem] = explain(row, [Problem("concerns", "'feeling stuck' not in the catalogue")])
    assert "'Which of these are you hoping to work on?'" in problem.message
    assert "'Feeling stuck'" in problem.message
    assert "[values.concerns]" in problem.message
    bad_email = Problem("email", "'zoe@' is not a valid email address")
    assert explain(row, [bad_email])[0].message.startswith(
        "column 'E-mail', answer 'zoe@example.ca'"
    )
    # nothing came from the export for this column: the check's own words stand
    empty = apply_mapping(mapping, HEADERS, [(5, submission(**{"E-mail": ""}))]).rows[0]
    untouched = Problem("email", "give an email address or a phone number")
    assert explain(empty, [untouched]) == [untouched]
