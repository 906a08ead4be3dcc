"""The published referral directory, read back as a visitor, a website and a printer would.

Every page is parsed with html5lib's strict parser; the filter links are followed
to the pages they lead to; directory.json is checked against the schema in docs/;
the handout's text is read back with pypdf. What a therapist kept private, a
therapist who asked not to be listed, an archived therapist and every client must
be absent from every file.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import stat
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import html5lib
import jsonschema
import pytest
from pypdf import PdfReader

from opcc_desk.__main__ import main
from opcc_desk.domain.audit import Action
from opcc_desk.publish import MARKER, folder
from opcc_desk.services import audit, directory, people, transfer
from opcc_desk.services.context import ServiceContext

ROOT = Path(__file__).resolve().parents[2]

HEADER = "id,first_name,last_name,pronouns,credentials,registration,email,phone,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,level,accepting,bio,directory,directory_contact"
THERAPISTS = f"""{HEADER}
T-1,Hélène,Gagné,she/her,RP,CRPO 012345,helene.gagne@example.ca,613-555-0142,en;fr,relational;cbt,self_worth;anxiety,individual,adult,in_person;virtual,Ottawa,160,90,senior,yes,Hélène works with adults.,yes,yes
T-2,小明,王,,RSW,,wang.private@example.ca,416-555-0199,zh;en,cbt,anxiety,individual;couple,adult,virtual,,120,,,yes,,,
T-3,محمد,عبد الله,,RP,,mohammed.private@example.ca,647-555-0177,ar;en,eft,couples,couple,adult,in_person,Toronto,200,,,no,,yes,no
T-4,"Sam <script>alert(1)</script>",O'Neil & Daughters,,,,sam.private@example.ca,,en,relational,,individual,teen;adult,virtual,,100,,associate,yes,"Bio with <b>tags</b> & ampersands",,
T-5,Secret,Unlisted,,RP,,secret.unlisted@example.ca,905-555-0123,en,somatic,grief,individual,adult,virtual,,140,,,yes,,no,yes
T-6,Gone,Archived,,RP,,gone.archived@example.ca,905-555-0124,en,narrative,grief,individual,adult,virtual,,140,,,yes,,yes,yes
"""
CLIENTS = """id,first_name,last_name,email,phone,language,client_type,age_group,concerns,modality,consent_to_contact,notes
C-1,Zoë,Clientlast,zoe.client@example.ca,416-555-0111,fr,individual,adult,self_worth,virtual,yes,Private note about panic
"""
CLINIC_PHONE = "416-555-0100"  # the default letterhead: the clinic's intake contact
CLINIC_EMAIL = "intake@example.ca"
PRIVATE = [
    "wang.private@example.ca",
    "(416) 555-0199",
    "mohammed.private@example.ca",
    "(647) 555-0177",
    "sam.private@example.ca",
    "Secret",
    "Unlisted",
    "secret.unlisted@example.ca",
    "(905) 555-0123",
    "Gone",
    "gone.archived@example.ca",
    "Zoë",
    "Clientlast",
    "zoe.client@example.ca",
    "(416) 555-0111",
    "panic",
]  # phones as the desk stores them (the import writes them in one format)


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    people.set_therapist_archived(ctx, "T-6", True)
    return ctx


@pytest.fixture
def site(clinic: ServiceContext, db_url: str, tmp_path: Path) -> Path:
    target = tmp_path / "published" / "directory"
    target.parent.mkdir()
    assert main(["--db", db_url, "directory", "-o", str(target)]) == 0
    return target


def parse(path: Path) -> ET.Element:
    """The page's tree; html5lib's strict mode raises on the first parse error."""
    parser = html5lib.HTMLParser(
        strict=True, tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False
    )
    return parser.parse(path.read_bytes(), transport_encoding="utf-8")


def text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def listed(page: Path) -> list[str]:
    """The therapists' names a page lists, in order."""
    return [
        text(item.find(".//h3/a"))
        for item in parse(page).iter("li")
        if "data-therapist" in item.attrib
    ]


def pdf_text(pdf: Path) -> str:
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    joined = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", joined).split())


HELENE, WANG, MOHAMMED, SAM = (
    "Hélène Gagné",
    "王小明",
    "محمد عبد الله",
    "Sam <script>alert(1)</script> O'Neil & Daughters",
)


def test_every_page_is_valid_html_with_language_headings_labels_and_alt_text(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        tree = parse(page)
        french = page.parent.name == "fr"
        assert tree.get("lang") == ("fr" if french else "en"), page
        assert len(list(tree.iter("h1"))) == 1, page
        assert tree.find("head/title") is not None and text(tree.find("head/title")), page
        for image in tree.iter("img"):
            assert image.get("alt", "").strip(), page
        labelled = {label.get("for") for label in tree.iter("label")}
        for control in [*tree.iter("select"), *tree.iter("input")]:
            assert control.get("id") in labelled, page
        # nothing is fetched from elsewhere, and every link inside the site leads somewhere
        for element in tree.iter():
            for attribute in ("src", "href"):
                link = element.get(attribute)
                if link is None or link.startswith(("mailto:", "tel:", "#")):
                    continue
                assert "://" not in link and not link.startswith("//"), (page, link)
                assert (page.parent / link).resolve().is_file(), (page, link)
    assert (site / "style.css").is_file() and (site / MARKER).is_file()


def test_the_index_lists_every_published_therapist_and_no_one_else(site: Path) -> None:
    for index in (site / "index.html", site / "fr" / "index.html"):
        assert sorted(listed(index)) == sorted([HELENE, WANG, MOHAMMED, SAM])
    therapist_pages = sorted(p.name for p in site.glob("therapist-*.html"))
    assert len(therapist_pages) == 4
    assert therapist_pages == sorted(p.name for p in (site / "fr").glob("therapist-*.html"))


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("approach-relational.html", [HELENE, SAM]),
        ("approach-cbt.html", [HELENE, WANG]),
        ("concern-anxiety.html", [HELENE, WANG]),
        ("language-zh.html", [WANG]),
        ("language-ar.html", [MOHAMMED]),
        ("in-person.html", [HELENE, MOHAMMED]),
        ("online.html", [HELENE, WANG, SAM]),
        ("fee-100.html", [HELENE, SAM]),  # Hélène's sliding scale starts at $90
        ("fee-120.html", [HELENE, WANG, SAM]),
        ("sliding-scale.html", [HELENE]),
        ("accepting.html", [HELENE, WANG, SAM]),
    ],
)
def test_without_javascript_each_filter_link_leads_to_a_page_of_only_the_therapists_it_fits(
    site: Path, link: str, expected: list[str]
) -> None:
    for root in (site, site / "fr"):
        links = [a.get("href") for a in parse(root / "index.html").iter("a")]
        assert link in links  # offered on the index
        assert sorted(listed(root / link)) == sorted(expected)
    # a filter nobody listed fits is not offered: somatic is only the unlisted therapist's
    assert not (site / "approach-somatic.html").exists()
    assert not (site / "concern-grief.html").exists()


def test_with_javascript_the_index_carries_an_inline_filter_and_the_data_it_reads(
    site: Path,
) -> None:
    tree = parse(site / "index.html")
    form = tree.find(".//form[@id='filter-form']")
    assert form is not None and "hidden" in form.attrib  # shown by the script only
    scripts = list(tree.iter("script"))
    assert len(scripts) == 1 and scripts[0].get("src") is None  # inline, nothing fetched
    assert "form.hidden = false" in text(scripts[0])
    names = {select.get("name") for select in form.iter("select")}
    assert names == {"approach", "concern", "language", "format", "fee"}
    helene = next(
        item
        for item in tree.iter("li")
        if "data-therapist" in item.attrib and text(item.find(".//h3/a")) == HELENE
    )
    assert helene.get("data-approaches") == "relational cbt"
    assert helene.get("data-formats") == "in_person online"
    assert helene.get("data-fee") == "90.00"
    assert helene.get("data-sliding") == "yes" and helene.get("data-accepting") == "yes"


def test_french_pages_speak_french(site: Path) -> None:
    index = parse(site / "fr" / "index.html")
    assert index.get("lang") == "fr"
    assert text(index.find(".//h1")) == "Répertoire d'orientation"
    assert "Approche" in {text(label) for label in index.iter("label")}
    assert "Accepte de nouveaux clients" in text(index)
    english = parse(site / "index.html")
    switch = [a for a in english.iter("a") if a.get("hreflang") == "fr"]
    assert switch and switch[0].get("href") == "fr/index.html"
    helene = next(p for p in (site / "fr").glob("therapist-*.html") if HELENE in text(parse(p)))
    page = text(parse(helene))
    assert "Psychothérapie relationnelle" in page
    assert "Tarif complet 160 $" in page  # a no-break space before $
    back = [a for a in parse(helene).iter("a") if a.get("hreflang") == "en"]
    assert back[0].get("href") == f"../{helene.name}"


def test_a_therapist_page_explains_each_approach_in_plain_words(
    site: Path, clinic: ServiceContext
) -> None:
    page = next(p for p in site.glob("therapist-*.html") if HELENE in text(parse(p)))
    tree = parse(page)
    relational = clinic.catalogue.approaches["relational"].text["en"]
    headings = [text(h) for h in tree.iter("h3")]
    assert headings == [relational.label, clinic.catalogue.approaches["cbt"].text["en"].label]
    body = text(tree)
    for part in (relational.summary, relational.what, relational.sessions, relational.notice):
        assert " ".join(part.split()) in body


def test_private_contacts_unlisted_archived_and_clients_are_absent_everywhere(
    site: Path, clinic: ServiceContext
) -> None:
    assert people.get_therapist(clinic, "T-2").phone == "(416) 555-0199"  # as PRIVATE says
    contents = {
        path: path.read_text(encoding="utf-8")
        for path in site.rglob("*")
        if path.suffix in {".html", ".json", ".css"}
    }
    contents[site / "directory.pdf"] = pdf_text(site / "directory.pdf")
    for path, content in contents.items():
        for secret in PRIVATE:
            assert secret not in content, (path, secret)
    # the clinic's intake contact stands in for those who keep theirs private
    wang = next(p for p in site.glob("therapist-*.html") if WANG in text(parse(p)))
    assert CLINIC_PHONE in contents[wang] and CLINIC_EMAIL in contents[wang]
    # and the one who chose to publish their own is reachable directly
    helene = next(p for p in site.glob("therapist-*.html") if HELENE in text(parse(p)))
    assert "(613) 555-0142" in contents[helene] and "helene.gagne@example.ca" in contents[helene]


def test_names_and_bios_are_escaped_not_run(site: Path) -> None:
    for page in site.rglob("*.html"):
        raw = page.read_text(encoding="utf-8")
        assert "<script>alert" not in raw and "<b>tags" not in raw, page
    sam = next(p for p in site.glob("therapist-*.html") if SAM in text(parse(p)))
    raw = sam.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    assert "O&#39;Neil &amp; Daughters" in raw
    assert "Bio with &lt;b&gt;tags&lt;/b&gt; &amp; ampersands" in raw
    assert len(list(parse(sam).iter("script"))) == 0


def test_directory_json_follows_its_schema_with_keys_and_labels(site: Path) -> None:
    schema = json.loads((ROOT / "docs" / "directory.schema.json").read_text(encoding="utf-8"))
    document = json.loads((site / "directory.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema)
    by_id = {t["id"]: t for t in document["therapists"]}
    assert sorted(by_id) == ["T-1", "T-2", "T-3", "T-4"]
    helene = by_id["T-1"]
    assert helene["approaches"] == [
        {
            "key": "relational",
            "label": {"en": "Relational psychotherapy", "fr": "Psychothérapie relationnelle"},
        },
        {"key": "cbt", "label": helene["approaches"][1]["label"]},
    ]
    assert helene["contact"] == {
        "phone": "(613) 555-0142",
        "email": "helene.gagne@example.ca",
        "own": True,
    }
    assert helene["fee"] == "160.00" and helene["sliding_scale_min"] == "90.00"
    assert by_id["T-2"]["contact"] == {"phone": CLINIC_PHONE, "email": CLINIC_EMAIL, "own": False}
    assert by_id["T-4"]["first_name"] == "Sam <script>alert(1)</script>"  # data, exactly as typed
    for therapist in document["therapists"]:
        for language, page in therapist["pages"].items():
            assert (site / page).is_file(), language


def test_the_handout_groups_therapists_by_approach_in_the_language_asked(
    clinic: ServiceContext, db_url: str, tmp_path: Path
) -> None:
    english = tmp_path / "en-site"
    assert main(["--db", db_url, "directory", "-o", str(english)]) == 0
    words = pdf_text(english / "directory.pdf")
    catalogue = clinic.catalogue
    relational = catalogue.approach_label("relational")
    cbt = catalogue.approach_label("cbt")
    eft = catalogue.approach_label("eft")
    assert "Our therapists, by approach" in words
    for name in (HELENE, WANG, MOHAMMED, SAM):
        assert name in words, name
    # under each approach, its therapists: Hélène under relational and CBT, 王小明 under CBT
    assert words.index(relational) < words.index("Hélène Gagné") < words.index(cbt)
    after_cbt = words[words.index(cbt) :]
    assert HELENE in after_cbt and WANG in after_cbt
    assert eft in words and catalogue.approach_label("somatic") not in words
    assert "Page 1 of" in words
    # the intake contact once for all; a therapist's own only where they chose it
    assert f"contact our intake team: {CLINIC_PHONE} · {CLINIC_EMAIL}" in words
    assert "Contact directly: (613) 555-0142 · helene.gagne@example.ca" in words
    assert words.count("Contact directly") == 2  # Hélène, under each of her two approaches

    french = tmp_path / "fr-site"
    assert main(["--db", db_url, "directory", "-o", str(french), "--language", "fr"]) == 0
    words = pdf_text(french / "directory.pdf")
    assert "Nos thérapeutes, par approche" in words
    assert catalogue.approach_label("relational", "fr") in words


def test_publishing_again_replaces_the_folder_and_leaves_nothing_beside_it(
    site: Path, clinic: ServiceContext, db_url: str, tmp_path: Path
) -> None:
    before = sorted(p.name for p in site.parent.iterdir())
    update = tmp_path / "update.csv"
    update.write_text(
        f"{HEADER}\n" + THERAPISTS.splitlines()[1].removesuffix("yes,yes") + "no,yes\n",
        encoding="utf-8",
    )
    transfer.import_file(clinic, transfer.Kind.THERAPISTS, update)
    assert main(["--db", db_url, "directory", "-o", str(site)]) == 0
    assert HELENE not in listed(site / "index.html")
    assert sorted(listed(site / "index.html")) == sorted([WANG, MOHAMMED, SAM])
    assert not any("helene" in p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert sorted(p.name for p in site.parent.iterdir()) == before  # no temporary folder left
    # a website serves it: world-readable files and folders (no private data in them)
    for path in [site, *site.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o755 if path.is_dir() else 0o644), path


def test_each_publication_is_audited(site: Path, clinic: ServiceContext) -> None:
    entries = [e for e in audit.search(clinic, audit.AuditQuery()) if e.action == Action.EXPORT]
    assert entries, "no audit entry for the publication"
    assert entries[-1].record_type == "therapist"
    assert "directory published: 4 therapists" in entries[-1].detail


# ---------------------------------------------------------------- refusals


def published_names(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_a_missing_parent_folder_is_refused_with_nothing_written(
    clinic: ServiceContext, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-folder" / "directory"
    assert main(["--db", db_url, "directory", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "no-such-folder" in err
    assert "Traceback" not in err
    assert not (tmp_path / "no-such-folder").exists()


def test_a_file_in_the_way_is_refused_and_left_as_it_was(
    clinic: ServiceContext, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("my own notes", encoding="utf-8")
    before = published_names(tmp_path)
    assert main(["--db", db_url, "directory", "-o", str(target)]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "my own notes"
    assert published_names(tmp_path) == before


def test_a_folder_holding_other_files_is_refused_so_nothing_is_lost(
    clinic: ServiceContext, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    (home / "Documents" / "taxes.pdf").write_bytes(b"%PDF-1.4 mine")
    before = published_names(tmp_path)
    assert main(["--db", db_url, "directory", "-o", str(home)]) == 2
    err = capsys.readouterr().err
    assert "not a directory published by OPCC Desk" in err
    assert published_names(tmp_path) == before
    assert (home / "Documents" / "taxes.pdf").read_bytes() == b"%PDF-1.4 mine"


@contextlib.contextmanager
def unwritable(path: Path) -> Iterator[None]:
    """A folder no one may write in: read-only for a user, immutable for root (whom
    permission bits do not stop)."""
    if os.geteuid() != 0:
        path.chmod(0o555)
        try:
            yield
        finally:
            path.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], check=False).returncode:
        pytest.skip("running as root without chattr: no way to make a folder unwritable")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def test_an_unwritable_folder_is_refused_and_the_previous_publication_stays(
    site: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    with unwritable(site.parent):
        assert main(["--db", db_url, "directory", "-o", str(site)]) == 2
    err = capsys.readouterr().err
    assert str(site.parent) in err and "Traceback" not in err
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in site.parent.iterdir()) == [site.name]


def test_a_disk_that_fills_part_way_leaves_the_previous_publication_whole(
    site: Path, clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk cannot be made here for real; the writer fails as os.write would."""
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    real_write = folder._write
    written: list[Path] = []

    def fills_up(path: Path, content: bytes) -> None:
        if len(written) == 10:
            raise OSError(28, "No space left on device")
        written.append(path)
        real_write(path, content)

    monkeypatch.setattr(folder, "_write", fills_up)
    with pytest.raises(directory.ServiceError, match="No space left on device"):
        directory.publish(clinic, site)
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in site.parent.iterdir()) == [site.name]


def test_publication_paths_stay_inside_the_folder(tmp_path: Path) -> None:
    for bad in ("../escape.html", "/etc/passwd", "fr/../../x"):
        with pytest.raises(ValueError):
            folder.replace_folder(tmp_path / "out", {bad: b"x"})
    assert not (tmp_path / "escape.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # no half-made folder left behind


def browser() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(browser() is None, reason="no Chromium here ('apt-get install chromium')")
def test_in_a_browser_the_inline_filter_hides_who_does_not_fit(site: Path, tmp_path: Path) -> None:
    """Chromium runs the page's own script; a few lines appended to a copy choose filters
    as a visitor would (set the controls, then the change event), and the page as the
    browser left it is read back."""
    copy = tmp_path / "copy"
    shutil.copytree(site, copy)
    index = copy / "index.html"
    visitor = (
        "<script>var f = document.getElementById('filter-form');"
        "f.elements.approach.value = 'cbt'; f.elements.accepting.checked = true;"
        "f.dispatchEvent(new Event('change'));</script></body>"
    )
    index.write_text(index.read_text(encoding="utf-8").replace("</body>", visitor), "utf-8")
    command = [browser(), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom"]
    shown = subprocess.run(
        [*command, index.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    tree = parser.parse(shown)
    cards = [item for item in tree.iter("li") if "data-therapist" in item.attrib]
    visible = [text(item.find(".//h3/a")) for item in cards if "hidden" not in item.attrib]
    assert len(cards) == 4
    assert sorted(visible) == sorted([HELENE, WANG])  # practise CBT and accept new clients
    assert text(tree.find(".//h2[@id='count']")) == "2 therapists"
    assert "hidden" not in tree.find(".//form[@id='filter-form']").attrib
    assert "hidden" in tree.find(".//nav[@id='filter-links']").attrib


def test_a_link_to_a_publication_updates_the_folder_it_points_to(tmp_path: Path) -> None:
    served = tmp_path / "www" / "directory"
    served.parent.mkdir()
    folder.replace_folder(served, {"index.html": b"first"})
    link = tmp_path / "shortcut"
    link.symlink_to(served, target_is_directory=True)
    folder.replace_folder(link, {"index.html": b"second"})
    assert link.is_symlink() and (served / "index.html").read_bytes() == b"second"
    assert sorted(p.name for p in served.parent.iterdir()) == ["directory"]
