"""directory.pdf: the waiting-room handout, therapists grouped by approach.

Built with the letters' fonts and styles, so a name in any script the letters can
print prints here too, and every typed string is escaped on its way into a Paragraph
(fonts.markup). A therapist practising several approaches appears under each.
"""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from opcc_desk.domain.validation import language_name
from opcc_desk.domain.words.dates import long_date
from opcc_desk.domain.words.lists import capitalised
from opcc_desk.domain.words.money import money
from opcc_desk.domain.words.titles import registered_titles
from opcc_desk.letters import fonts
from opcc_desk.letters.letter import letterhead_flowables
from opcc_desk.letters.letterhead import Letterhead
from opcc_desk.letters.pages import build_pdf, draw_paragraph
from opcc_desk.letters.styles import Styles, make_styles
from opcc_desk.publish.listing import Directory, Listing
from opcc_desk.publish.words import session_formats, word

LEFT = 0.75 * inch
WIDTH = 7.0 * inch
BOTTOM = 0.8 * inch


def _entry(listing: Listing, directory: Directory, language: str, s: Styles) -> Flowable:
    catalogue = directory.catalogue
    titles = registered_titles(listing.credentials)
    name = listing.name + (f", {titles}" if titles else "")
    if listing.pronouns:
        name += f" ({listing.pronouns})"
    formats = session_formats(listing, language)
    fee = word(language, "full_fee", amount=money(listing.fee, language))
    if listing.sliding_scale_min is not None:
        fee += "; " + word(
            language, "sliding_from", amount=money(listing.sliding_scale_min, language)
        )
    languages = ", ".join(capitalised(language_name(c, language)) for c in listing.languages)
    accepting = word(language, "accepting" if listing.accepting else "not_accepting")
    lines = [" · ".join((languages, ", ".join(formats), fee, accepting))]
    if listing.concerns:
        concerns = ", ".join(catalogue.concern_label(k, language) for k in listing.concerns)
        lines.append(word(language, "labelled", label=word(language, "concerns"), value=concerns))
    # the clinic's intake contact is said once at the top; only a therapist's own is repeated
    own = [part for part in (listing.contact.phone, listing.contact.email) if part]
    if listing.contact.own and own:
        contact = " · ".join(own)
        lines.append(
            word(language, "labelled", label=word(language, "direct_contact"), value=contact)
        )
    return KeepTogether(
        [
            Paragraph(fonts.markup(name, bold=True), s.body),
            *(Paragraph(fonts.markup(line), s.small) for line in lines),
            Spacer(1, 6),
        ]
    )


def _story(directory: Directory, language: str, s: Styles) -> list[Flowable]:
    clinic = directory.clinic
    head = Letterhead(
        name=clinic.name,
        address=clinic.address,
        phone=clinic.phone,
        email=clinic.email,
        website=clinic.website,
        logo=clinic.logo,
        show_logo=clinic.logo is not None,
    )
    story: list[Flowable] = [
        *letterhead_flowables(head, s),
        Spacer(1, 8),
        Paragraph(fonts.markup(word(language, "handout_title"), bold=True), s.report_title),
        Paragraph(fonts.markup(word(language, "handout_intro")), s.body),
        Paragraph(
            fonts.markup(
                word(
                    language,
                    "handout_contact",
                    contact=" · ".join(part for part in (clinic.phone, clinic.email) if part),
                ),
                bold=True,
            ),
            s.body,
        ),
        Paragraph(
            fonts.markup(word(language, "updated", date=long_date(directory.made, language))),
            s.small,
        ),
    ]
    if not directory.listings:
        story.append(Paragraph(fonts.markup(word(language, "nobody")), s.body))
    catalogue = directory.catalogue
    for key in directory.approaches_used():
        approach = catalogue.approaches[key]
        text = approach.text.get(language) or approach.text["en"]
        story += [
            CondPageBreak(1.6 * inch),
            Paragraph(fonts.markup(text.label, bold=True), s.heading),
            Paragraph(fonts.markup(text.summary), s.body),
        ]
        story += [
            _entry(listing, directory, language, s)
            for listing in directory.listings
            if key in listing.approaches
        ]
    story.append(Spacer(1, 8))
    story.append(Paragraph(fonts.markup(word(language, "crisis"), bold=True), s.crisis_heading))
    return story


def directory_pdf(directory: Directory, language: str) -> bytes:
    s = make_styles()

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        draw_paragraph(
            canvas,
            fonts.markup(word(language, "handout_page", page=str(page), pages=str(pages))),
            s.small_right,
            LEFT,
            BOTTOM - 0.25 * inch,
            WIDTH,
        )
        canvas.restoreState()

    return build_pdf(
        _story(directory, language, s),
        decorate,
        title=word(language, "handout_title"),
        author=directory.clinic.name,
        language=language,
        margins=(LEFT, LEFT, 0.7 * inch, BOTTOM),
    )
