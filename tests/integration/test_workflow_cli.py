"""The workflow from the command line: history, follow-ups, the waitlist and its export."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from opcc_desk.__main__ import main

THERAPISTS = """id,first_name,last_name,languages,approaches,client_types,age_groups,modalities,fee,accepting
T-1,Ana,Silva,en,cbt,individual,adult,virtual,110,yes
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,consent_to_contact
C-1,Ravi,Patel,ravi@example.ca,en,individual,adult,anxiety,virtual,yes
C-2,Shirin,Karimi,shirin@example.ca,fa,couple,adult,couples,virtual,yes
"""


@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_history_follow_ups_and_waitlist(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(*args: str) -> int:
        return main(["--db", db_url, *args])

    for kind, text in (("therapists", THERAPISTS), ("clients", CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        assert run("import", kind, str(path)) == 0
    assert run("refer", "C-1", "T-1") == 0
    referral_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert run("referral", "status", referral_id, "declined") == 2
    assert "say why" in capsys.readouterr().err
    assert run("referral", "status", referral_id, "declined", "--reason", "fee too high") == 0
    capsys.readouterr()
    assert run("referral", "history", referral_id) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("created (proposed)")
    assert lines[1].endswith("proposed -> declined  (fee too high)")
    assert run("referral", "history", "999") == 2
    assert run("referral", "follow-ups") == 0
    assert "0 referral(s) need a follow-up." in capsys.readouterr().out
    assert run("waitlist", "add", "C-2", "--priority", "urgent", "--note", "Farsi") == 0
    assert run("waitlist", "list") == 0
    assert "C-2  urgent" in capsys.readouterr().out
    out = tmp_path / "waitlist.csv"
    assert run("export", "waitlist", str(out)) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("C-2,urgent,")
    assert run("waitlist", "remove", "C-2", "--reason", "found a clinic") == 0
    assert run("waitlist", "remove", "C-2") == 2
