"""Search words and prefix ranges: what a typed term can find, with no database."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from opcc_desk.domain.search import (
    MAX_FIELD_WORDS,
    MAX_TERMS,
    MAX_WORD,
    _pieces,
    fold,
    prefix_range,
    search_is_cut,
    search_key,
    search_terms,
    search_words,
)


def finds(words: list[str], query: str) -> bool:
    """The database's rule, in Python: every term starts one of the words."""
    return all(any(word.startswith(term) for word in words) for term in search_terms(query))


def test_names_are_folded_and_split_on_punctuation() -> None:
    words = search_words("C-1", "Jean-Luc", "O'Brien", "Zoë")
    assert words == [
        "c-1", "c", "1",
        "jean-luc", "jean", "luc", "jeanluc",
        "o'brien", "o", "brien", "obrien",
        "zoe",
    ]  # fmt: skip


def test_an_email_gives_the_whole_address_and_its_parts() -> None:
    words = search_words("C-1", email="Marie.T@Gmail.com")
    assert words[-5:] == ["marie.t@gmail.com", "marie", "t", "gmail", "com"]
    assert finds(words, "marie.t@") and finds(words, "gmail") and not finds(words, "ail")


def test_an_id_is_found_by_its_number_without_leading_zeros() -> None:
    assert search_words("C-000123") == ["c-000123", "c", "000123", "123"]
    assert search_words("T-0100") == ["t-0100", "t", "0100", "100"]
    assert search_words("C-0") == ["c-0", "c", "0"]  # nothing left after the zeros


def test_a_phone_is_found_by_its_digits_its_groups_and_its_end() -> None:
    words = search_words("C-1", phone="(416) 555-0134")
    assert words[-3:] == ["4165550134", "5550134", "0134"]
    for typed in ("416-555", "555-0134", "0134", "(416) 555 0134", "41655"):
        assert finds(words, typed), typed
    assert not finds(words, "0135") and not finds(words, "550134")
    abroad = search_words("C-1", phone="+44 20 7946 0958")
    assert finds(abroad, "20 7946") and finds(abroad, "7946 0958") and finds(abroad, "0958")


def test_words_of_other_scripts_are_kept_whole() -> None:
    assert search_words("C-1", "王小明") == ["c-1", "c", "1", "王小明"]
    assert search_words("C-1", "محمد", "العلي") == ["c-1", "c", "1", "محمد", "العلي"]
    korean = search_words("C-1", "김민준")
    assert korean[-1] == fold("김민준") and finds(korean, "김민")
    hindi = search_words("C-1", "राजेश")  # vowel signs are marks: one word, not pieces
    assert hindi[-1] == fold("राजेश") and finds(hindi, "राजे")
    chinese = search_words("C-1", "王小明")
    assert finds(chinese, "王") and not finds(chinese, "小明")  # one word: found by its start


def test_accents_and_case_do_not_matter() -> None:
    words = search_words("C-1", "Zoë", "FRANÇOIS", "Nguyễn Thị")
    for typed in ("zoe", "ZOË", "franc", "françois", "nguyen thi", "NGUYỄN"):
        assert finds(words, typed), typed
    assert not finds(words, "oe")  # the middle of a word is not its start


def test_empty_fields_give_no_words() -> None:
    assert search_words("") == []
    assert search_words("", "", "  ", email="", phone="") == []
    assert search_words("C-1", "-", "?!") == ["c-1", "c", "1"]  # punctuation alone
    assert search_key("") == ""


def test_every_word_is_unique_and_no_longer_than_the_cap() -> None:
    essay = " ".join(["x" * 500] + [f"word{i}" for i in range(1000)])
    words = search_words("C-1", essay, essay, email="a@b.c", phone="416-555-0134")
    assert len(words) == len(set(words))
    assert max(len(w) for w in words) == MAX_WORD
    assert "x" * MAX_WORD in words
    assert f"word{MAX_FIELD_WORDS - 2}" in words and f"word{MAX_FIELD_WORDS}" not in words
    assert "a@b.c" in words and "4165550134" in words  # later fields are still read
    assert len(words) < 3 * MAX_FIELD_WORDS + 20


def test_the_key_is_the_words_joined() -> None:
    assert search_key("C-1", "Zoë", email="z@x.ca") == "c-1 c 1 zoe z@x.ca z x ca"


def test_prefix_range_raises_the_last_character() -> None:
    assert prefix_range("mar") == ("mar", "mas")
    assert prefix_range("416") == ("416", "417")
    assert prefix_range("%") == ("%", "&")
    assert prefix_range("王") == ("王", "玌")
    assert prefix_range("a\U0010ffff") == ("a\U0010ffff", "b")  # the last code point there is
    assert prefix_range("\U0010ffff") == ("\U0010ffff", None)
    assert prefix_range("a\ud7ff") == ("a\ud7ff", "a\ue000")  # past the surrogates
    long = "y" * (MAX_WORD + 10)
    assert prefix_range(long) == ("y" * MAX_WORD, "y" * (MAX_WORD - 1) + "z")


words_st = st.text(st.characters(exclude_categories=("Cs",)), max_size=8)


@given(words_st.filter(bool), words_st)
def test_prefix_range_holds_exactly_the_words_starting_with_the_term(term: str, word: str) -> None:
    low, high = prefix_range(term)
    for candidate in (word, term + word, term[:-1] + word):
        in_range = low <= candidate and (high is None or candidate < high)
        assert in_range == candidate.startswith(term), (term, candidate)


names_st = st.text(st.characters(categories=("L", "M", "P", "Zs")), max_size=30)


@given(names_st, names_st, st.text(max_size=20))
def test_a_record_is_found_by_each_of_its_own_words(first: str, last: str, phone: str) -> None:
    words = search_words("C-1", first, last, phone=phone)
    assert len(words) == len(set(words))
    for word in fold(f"{first} {last}").split()[:MAX_FIELD_WORDS]:
        if any(unicodedata.category(ch)[0] in "LM" for ch in word):
            assert finds(words, word), word


@given(st.text())
def test_folding_twice_changes_nothing(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_full_width_letters_from_an_input_method_are_folded() -> None:
    assert fold("ＺＯＥ") == "zoe"
    assert search_terms("ＺＯＥ １２３") == ["zoe", "123"]


@given(st.text(st.characters(max_codepoint=127)))
def test_plain_ascii_takes_a_shortcut_to_the_same_words(text: str) -> None:
    """fold and the splitting have a fast path for ASCII; it must agree with the rule."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    assert fold(text) == "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for token in fold(text).split():
        by_category = "".join(
            " " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in token
        ).split()
        assert _pieces(token) == by_category


# ---------------------------------------------------------------- bounded searches


def _unbounded_terms(query: str) -> list[str]:
    """The rule before searches were bounded: every typed word, folded."""
    terms = []
    for word in fold(query).split():
        bare = "".join(ch for ch in word if ch.isdigit())
        numeric = bare and len(bare) >= 3 and all(not ch.isalpha() for ch in word)
        terms.append(bare if numeric else word)
    return terms


def test_a_pasted_page_is_cut_to_a_few_terms() -> None:
    pasted = " ".join(f"word{n:05d}" for n in range(10_000))
    terms = search_terms(pasted)
    assert terms == [f"word{n:05d}" for n in range(MAX_TERMS)]
    assert search_is_cut(pasted)
    assert not search_is_cut("marie tremblay 416")


def test_a_term_implied_by_a_longer_one_is_dropped() -> None:
    assert search_terms("mar marie") == ["marie"]
    assert search_terms("marie mar") == ["marie"]
    assert search_terms("ma jo mar marie jo") == ["marie", "jo"]
    assert search_terms("Zoë zoe ZOË") == ["zoe"]


def test_repeated_words_do_not_count_against_the_limit() -> None:
    query = " ".join(["marie"] * 50 + ["tremblay"])
    assert search_terms(query) == ["marie", "tremblay"]
    assert not search_is_cut(query)


def test_control_and_invisible_characters_are_not_searched() -> None:
    # a NUL is refused outright by PostgreSQL; a zero-width space is invisible
    assert search_terms("ma\x00rie\u200b trem\tblay") == ["marie", "trem", "blay"]
    assert search_terms("\x00\x01") == []


def test_a_very_long_word_is_cut_as_stored_words_are() -> None:
    assert search_terms("a" * 5000) == ["a" * MAX_WORD]
    assert search_is_cut("a" * 5000)


_VISIBLE = st.characters(exclude_categories=("Cc", "Cf", "Cs", "Co", "Cn"))


@given(
    st.lists(st.text(_VISIBLE, min_size=1, max_size=12), max_size=6),
    st.lists(st.text(_VISIBLE, max_size=8), max_size=MAX_TERMS),
)
def test_a_short_query_finds_what_every_typed_word_finds(
    names: list[str], typed: list[str]
) -> None:
    """Dropping repeated and implied terms never changes what a search finds."""
    words = search_words("C-1", *names)
    query = " ".join(typed)
    every_word = all(
        any(w.startswith(t[:MAX_WORD]) for w in words) for t in _unbounded_terms(query)
    )
    assert finds(words, query) == every_word


def test_a_chinese_name_is_found_whole_in_either_order() -> None:
    words = search_words("C-1", "建国", "黃")
    assert finds(words, "黃建国") and finds(words, "建国黃") and finds(words, "黃建")
    assert not finds(words, "黃国")


def test_names_of_other_scripts_are_not_run_together() -> None:
    assert "zoefrancois" not in search_words("C-1", "Zoë", "François")
    assert "王wang" not in search_words("C-1", "王", "Wang")
