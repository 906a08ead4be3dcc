"""The Referrals tab's search box, with the status filter; after Refer the new referral
is the one chosen in the Referrals tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.services import referrals, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.main_window import MainWindow
from opcc_desk.ui.match_view import MatchDialog

THERAPISTS = """id,first_name,last_name,credentials,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,accepting,availability
T-1,Hélène,Gagné,RP,en;fr,cbt,anxiety;self_worth,individual,adult,virtual,,120,yes,mon_evening
T-2,Ana,Silva,RSW,en,cbt,anxiety;self_worth,individual,adult,virtual,,110,yes,mon_evening
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,availability,consent_to_contact
C-1,Zoë,François,zoe@example.ca,en,individual,adult,anxiety,virtual,mon_evening,yes
C-2,Marc,Dubois,marc@example.ca,en,individual,adult,anxiety,virtual,mon_evening,yes
C-3,Zoltan,Kiss,zk@example.ca,en,individual,adult,self_worth,virtual,mon_evening,yes
"""


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx


def shown(window: MainWindow) -> list[tuple[str, str]]:
    return [(r.client_id, r.therapist_id) for r in window.referrals_tab.model.rows()]


def test_search_box_finds_by_client_therapist_and_number_with_the_filter(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    first = referrals.create_referral(clinic, "C-1", "T-1")
    referrals.create_referral(clinic, "C-2", "T-2")
    third = referrals.create_referral(clinic, "C-3", "T-2")
    referrals.change_status(clinic, third, ReferralStatus.SENT)
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    tab = window.referrals_tab
    assert len(shown(window)) == 3

    def search(text: str) -> None:
        # set, not typed: keyClicks aborts on accented letters
        tab.search.setText(text)
        qtbot.waitUntil(lambda: not tab._pause.isActive())

    search("zo")  # Zoë and Zoltan: accents do not matter, as in the Clients search
    assert sorted(shown(window)) == [("C-1", "T-1"), ("C-3", "T-2")]
    # the plural's English wording comes from the translation layer when installed
    assert tab.count_label.text().startswith("2 referral")
    search("silva")  # the therapist's name
    assert sorted(shown(window)) == [("C-2", "T-2"), ("C-3", "T-2")]
    search("c-2")  # the intake id
    assert shown(window) == [("C-2", "T-2")]
    search(f"#{first}")  # the referral's number
    assert shown(window) == [("C-1", "T-1")]
    search("silva")
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(ReferralStatus.SENT.value))
    assert shown(window) == [("C-3", "T-2")]
    assert tab.count_label.text() in ("1 referral found", "1 referral(s) found")
    search("")
    assert shown(window) == [("C-3", "T-2")]
    assert tab.count_label.text() == "1 referral"


def test_after_refer_the_new_referral_is_chosen_in_the_referrals_tab(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    referrals.create_referral(clinic, "C-2", "T-2")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.referrals_tab.search.setText("dubois")  # a search that would hide the new one
    window.referrals_tab.reload()
    window.open_matches("C-1")
    dialog = window.findChild(MatchDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.referred) as referred:
        dialog.refer_button.click()
    new = referred.args[0]
    assert window.referrals_tab.selected_ids() == [new]
    assert window.referrals_tab.search.text() == ""
    assert f"Referral {new}:" in window.referrals_tab.details.title()
