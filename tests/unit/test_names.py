"""The name rule: how a person's name is written everywhere."""

from __future__ import annotations

import pytest

from opcc_desk.domain.enums import ClientType, ModalityPreference
from opcc_desk.domain.models import Client
from opcc_desk.domain.validation import MAX_NAME
from opcc_desk.domain.words.names import display_name, family_first, sort_name, written_name

NAMES = [
    # given, family, written, family-first form for a directory
    pytest.param("Amara", "Okafor", "Amara Okafor", "Okafor, Amara", id="latin"),
    pytest.param(
        "Zoë", "François-Ĺuković", "Zoë François-Ĺuković", "François-Ĺuković, Zoë", id="accented"
    ),
    pytest.param(
        "Nguyễn Thị Minh", "Khai", "Nguyễn Thị Minh Khai", "Khai, Nguyễn Thị Minh", id="vietnamese"
    ),
    pytest.param("小明", "王", "王小明", "王小明", id="chinese"),
    pytest.param("太郎", "山田", "山田太郎", "山田太郎", id="japanese"),
    pytest.param("민준", "김", "김민준", "김민준", id="korean"),
    pytest.param("محمد", "عبد الله", "محمد عبد الله", "عبد الله, محمد", id="arabic"),
    pytest.param("Ming", "王", "Ming 王", "王, Ming", id="mixed-scripts"),
    pytest.param("  Amara ", " Okafor  ", "Amara Okafor", "Okafor, Amara", id="spaces"),
    pytest.param("Amara", "", "Amara", "Amara", id="no-family-name"),
    pytest.param("", "王", "王", "王", id="no-given-name"),
]


@pytest.mark.parametrize(("given", "family", "written", "sorted_form"), NAMES)
def test_written_and_directory_forms(
    given: str, family: str, written: str, sorted_form: str
) -> None:
    assert written_name(given, family) == written
    assert sort_name(given, family) == sorted_form


def test_family_name_first_only_when_both_parts_are_east_asian() -> None:
    assert family_first("小明", "王")
    assert family_first("민준", "김")
    assert not family_first("Ming", "王")
    assert not family_first("小明", "Wang")
    assert not family_first("", "王")


def test_the_preferred_name_takes_the_given_names_place() -> None:
    assert display_name("Élodie", "Tremblay", "Lo") == "Lo Tremblay"
    assert display_name("小明", "王", "明明") == "王明明"
    assert display_name("小明", "王", "Kevin") == "Kevin 王"


@pytest.mark.parametrize("preferred", ["", "   "])
def test_an_empty_preferred_name_is_no_preferred_name(preferred: str) -> None:
    assert display_name("Élodie", "Tremblay", preferred) == "Élodie Tremblay"
    assert display_name("小明", "王", preferred) == "王小明"


def test_an_oversized_name_is_written_whole() -> None:
    given, family = "A" * MAX_NAME, "B" * MAX_NAME
    assert written_name(given, family) == f"{given} {family}"
    long_cjk = "明" * MAX_NAME
    assert written_name(long_cjk, "王") == "王" + long_cjk
    assert sort_name(given, family) == f"{family}, {given}"


def test_a_client_record_uses_the_rule() -> None:
    client = Client(
        id="C-1",
        first_name="小明",
        last_name="王",
        language="zh",
        client_type=ClientType.INDIVIDUAL,
        concerns=[],
        modality=ModalityPreference.EITHER,
        consent_to_contact=True,
    )
    assert client.full_name == "王小明"
    assert client.display_name == "王小明"
