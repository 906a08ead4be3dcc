"""The directory as a static website, rendered from Jinja templates.

English pages sit at the top of the folder and French ones under ``fr/``, with the
same file names, so each page links to its twin. Every filter value also gets a
page of its own (``approach-relational.html``...), which is what the filter links
point to: with JavaScript off a visitor still filters, one choice at a time; with
it on, a small inline script on the index filters in place on every choice at once.
Nothing is fetched from elsewhere: no CDN, no outside font, no tracker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from markupsafe import Markup

from opcc_desk.domain.validation import language_name
from opcc_desk.domain.words.dates import long_date
from opcc_desk.domain.words.lists import capitalised
from opcc_desk.domain.words.money import money
from opcc_desk.domain.words.titles import registered_titles
from opcc_desk.publish.engine import environment
from opcc_desk.publish.listing import Directory, Listing
from opcc_desk.publish.words import LANGUAGES, session_formats, word

FEE_STEPS = (80, 100, 120, 150, 200)
STYLESHEET = "style.css"


@dataclass(frozen=True, slots=True)
class Filter:
    group: str  # approach, concern, language, format, fee (with the sliding scale), accepting
    value: str
    file: str
    fits: Callable[[Listing], bool]

    def label(self, directory: Directory, language: str) -> str:
        catalogue = directory.catalogue
        if self.group == "approach":
            return catalogue.approach_label(self.value, language)
        if self.group == "concern":
            return catalogue.concern_label(self.value, language)
        if self.group == "language":
            return capitalised(language_name(self.value, language))
        if self.group == "fee" and self.value.isdigit():
            return word(language, "fee_up_to", amount=money(Decimal(self.value), language))
        return word(language, self.value)


def _holds(field: str, value: str) -> Callable[[Listing], bool]:
    def fits(listing: Listing) -> bool:
        values: tuple[str, ...] = getattr(listing, field)
        return value in values

    return fits


def _fee_at_most(step: int) -> Callable[[Listing], bool]:
    return lambda listing: listing.lowest_fee <= step


def filters(directory: Directory) -> list[Filter]:
    """Every filter value that fits at least one listed therapist, grouped in order."""
    found: list[Filter] = []
    for key in directory.approaches_used():
        found.append(Filter("approach", key, f"approach-{key}.html", _holds("approaches", key)))
    for key in directory.concerns_used():
        found.append(Filter("concern", key, f"concern-{key}.html", _holds("concerns", key)))
    for code in directory.languages_used():
        found.append(Filter("language", code, f"language-{code}.html", _holds("languages", code)))
    found.append(Filter("format", "in_person", "in-person.html", lambda x: x.in_person))
    found.append(Filter("format", "online", "online.html", lambda x: x.online))
    for step in FEE_STEPS:
        found.append(Filter("fee", str(step), f"fee-{step}.html", _fee_at_most(step)))
    found.append(
        Filter("fee", "sliding", "sliding-scale.html", lambda x: x.sliding_scale_min is not None)
    )
    found.append(Filter("accepting", "accepting", "accepting.html", lambda x: x.accepting))
    return [f for f in found if any(f.fits(listing) for listing in directory.listings)]


GROUPS = ("approach", "concern", "language", "format", "fee", "accepting")


def _group_title(group: str, language: str) -> str:
    return word(language, "availability" if group == "accepting" else group)


def _fee_text(listing: Listing, language: str) -> str:
    text = word(language, "full_fee", amount=money(listing.fee, language))
    if listing.sliding_scale_min is not None:
        text += "; " + word(
            language, "sliding_from", amount=money(listing.sliding_scale_min, language)
        )
    return text


def _card(listing: Listing, directory: Directory, language: str) -> dict[str, Any]:
    catalogue = directory.catalogue
    formats = session_formats(listing, language)
    return {
        "listing": listing,
        "href": f"{listing.slug}.html",
        "credentials": registered_titles(listing.credentials),
        "approaches": [catalogue.approach_label(k, language) for k in listing.approaches],
        "concerns": [catalogue.concern_label(k, language) for k in listing.concerns],
        "languages": [capitalised(language_name(c, language)) for c in listing.languages],
        "formats": formats,
        "fee": _fee_text(listing, language),
        "sees": [word(language, k) for k in listing.client_types],
        "ages": [word(language, k) for k in listing.age_groups],
        "data": {
            "approaches": " ".join(listing.approaches),
            "concerns": " ".join(listing.concerns),
            "languages": " ".join(listing.languages),
            "formats": " ".join(
                name
                for name, offered in (("in_person", listing.in_person), ("online", listing.online))
                if offered
            ),
            "fee": f"{listing.lowest_fee:f}",
            "sliding": "yes" if listing.sliding_scale_min is not None else "no",
            "accepting": "yes" if listing.accepting else "no",
        },
    }


def _count(count: int, language: str) -> str:
    return word(language, "count_one") if count == 1 else word(language, "count", count=str(count))


def logo_file(directory: Directory) -> str | None:
    logo = directory.clinic.logo
    if not logo:
        return None
    return "logo.jpg" if logo.startswith(b"\xff\xd8") else "logo.png"


def render_site(directory: Directory) -> dict[str, bytes]:
    """Every file of the website by its path in the folder ('fr/index.html')."""
    env = environment()
    files: dict[str, bytes] = {STYLESHEET: env.get_template("style.css").render().encode()}
    logo = logo_file(directory)
    if logo and directory.clinic.logo:
        files[logo] = directory.clinic.logo
    all_filters = filters(directory)
    for language in LANGUAGES:
        folder = "" if language == "en" else f"{language}/"
        other = next(x for x in LANGUAGES if x != language)

        def t(key: str, language: str = language, **values: str) -> str:
            return word(language, key, **values)

        groups = [
            (group, _group_title(group, language), [f for f in all_filters if f.group == group])
            for group in GROUPS
        ]
        groups = [g for g in groups if g[2]]
        common: dict[str, Any] = {
            "lang": language,
            "t": t,
            "clinic": directory.clinic,
            "root": "../" if folder else "",
            "other_lang": other,
            "other_root": "../" if folder else f"{other}/",
            "logo": logo,
            "updated": t("updated", date=long_date(directory.made, language)),
            "groups": [
                (title, [(f, f.label(directory, language)) for f in items])
                for _group, title, items in groups
            ],
            "fee_steps": [
                (f.value, f.label(directory, language))
                for f in all_filters
                if f.group == "fee" and f.value.isdigit()
            ],
        }
        cards = [_card(listing, directory, language) for listing in directory.listings]
        # each card is rendered once and reused on every page that lists it (a therapist
        # shows on a dozen filter pages): a third of the time for a large directory
        card_template = env.get_template("card.html")
        for card in cards:
            card["html"] = Markup(card_template.render(common, card=card))
        index = env.get_template("index.html")
        files[f"{folder}index.html"] = index.render(
            common,
            page="index.html",
            heading=t("title"),
            cards=cards,
            count=_count(len(cards), language),
            current=None,
            script=True,
            count_words={
                "one": t("count_one"),
                "many": t("count", count="{count}"),
                "none": t("none_match"),
            },
        ).encode()
        for f in all_filters:
            chosen = [card for card in cards if f.fits(card["listing"])]
            heading = (
                f.label(directory, language)
                if f.value in ("sliding", "accepting")
                else t(
                    "filtered_title",
                    filter=_group_title(f.group, language),
                    value=f.label(directory, language),
                )
            )
            files[f"{folder}{f.file}"] = index.render(
                common,
                page=f.file,
                heading=heading,
                cards=chosen,
                count=_count(len(chosen), language),
                current=f,
                script=False,
                count_words={},
            ).encode()
        page = env.get_template("therapist.html")
        for card in cards:
            listing = card["listing"]
            approaches = [
                directory.catalogue.approaches[key].text.get(language)
                or directory.catalogue.approaches[key].text["en"]
                for key in listing.approaches
            ]
            files[f"{folder}{card['href']}"] = page.render(
                common, page=card["href"], card=card, approaches=approaches
            ).encode()
    return files
