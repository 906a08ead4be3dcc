"""The client's referral letter: LetterData in, PDF bytes out.

Letter paper, one page when the approach's explanation is short, two at most.
Its parts, in reading order: letterhead, date and reference, the client's name and
address, the therapist and how to reach them, why we suggested them, how they work
(the approach tied to the client's own concerns), fees, next steps, the crisis
line, and on every page the confidentiality line and "Page x of y".
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from PIL import Image as PILImage
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
)

from opcc_desk.domain.words.dates import long_date
from opcc_desk.domain.words.days import slot_phrases
from opcc_desk.domain.words.lists import capitalised, join_words
from opcc_desk.domain.words.money import money
from opcc_desk.domain.words.titles import registered_titles
from opcc_desk.letters import fonts
from opcc_desk.letters.data import LetterData
from opcc_desk.letters.letterhead import Letterhead
from opcc_desk.letters.pages import Box, build_pdf, keep_whole
from opcc_desk.letters.styles import (
    ALERT,
    ALERT_LIGHT,
    BRAND,
    BRAND_LIGHT,
    INK,
    RULE,
    Styles,
    make_styles,
)
from opcc_desk.letters.wording import plain, say

PAGE_WIDTH = 8.5 * inch
PAGE_HEIGHT = 11 * inch
MARGIN_X = 0.85 * inch
MARGIN_TOP = 0.65 * inch
MARGIN_BOTTOM = 0.95 * inch
FRAME_PADDING = 6  # platypus frames keep 6 points inside their edges
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X - 2 * FRAME_PADDING
LEFT = MARGIN_X + FRAME_PADDING
MAX_LISTED = 5  # concerns listed one per line before "and N more"
LISTED = 4  # items named in a sentence before "and N more"
TIMES_LISTED = 4  # shared free times named; a few are enough to book a first talk
LOGO_SIZE = 0.72 * inch
PAGE_NUMBER_WIDTH = 0.9 * inch


MAX_PAGES = 2
SHORT_REASONS = 3
SHORT_SENTENCES = 2  # of the approach's "what it is", in the short form
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«\"“])")


def build_letter(data: LetterData) -> bytes:
    """The letter as PDF bytes (characters no font has print as boxes: check first with
    :func:`missing_in_letter`). A letter longer than two pages is laid out again in
    slightly smaller type."""
    if data.letterhead.letter_form == "short":
        # the short form is meant for one page: compact type from the start, and a
        # little tighter still for the few letters that would spill over
        pdf, pages = _build(data, make_styles(compact=True))
        if pages > 1:
            pdf, pages = _build(data, make_styles(compact=True, tight=True))
        if pages > 1 and data.approach is not None:
            # a client who named many concerns gets a longer tie to the approach (French
            # runs longer still): then only the first sentence of what the approach is
            what = first_sentences(data.approach.what, 1)
            shorter = replace(data, approach=replace(data.approach, what=what))
            pdf, pages = _build(shorter, make_styles(compact=True, tight=True))
        return pdf
    pdf, pages = _build(data, make_styles())
    if pages > MAX_PAGES:
        pdf, pages = _build(data, make_styles(compact=True))
    return pdf


def _build(data: LetterData, styles: Styles) -> tuple[bytes, int]:
    story = _story(data, styles)
    furniture = _Furniture(data, styles)
    counted = [0]

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        counted[0] = pages
        furniture.draw(canvas, page, pages)

    pdf = build_pdf(
        keep_whole(story),
        decorate,
        title=plain(data.language, "doc_title"),
        author=data.letterhead.name,
        language=data.language,
        margins=(MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
    )
    return pdf, counted[0]


def missing_in_letter(data: LetterData) -> list[str]:
    """Characters of the letter that no bundled font can draw (our own wording has none)."""
    return fonts.missing_characters(*data.texts())


# ------------------------------------------------------------------ the story


def _story(data: LetterData, s: Styles) -> list[Flowable]:
    lang = data.language
    t = data.therapist
    first = t.short_name
    gap = 0.6 if data.letterhead.letter_form == "short" else 1.0
    story: list[Flowable] = [*letterhead_flowables(data.letterhead, s), Spacer(1, 10 * gap)]
    story.extend(_address_block(data, s))
    story.append(Spacer(1, 12 * gap))
    if data.letterhead.letter_form != "short":  # the short form's intro names the therapist
        story.append(Paragraph(say(lang, "title", bold=True, therapist=t.name), s.title))
    story.append(Paragraph(say(lang, "greeting", name=data.greeting_name), s.body))
    story.append(Paragraph(say(lang, "intro", therapist=t.name, first=first), s.body))
    # the crisis line comes first of all the parts: someone in crisis should not need page 2
    story.append(Spacer(1, 4))
    story.append(_crisis_box(data, s))

    story.append(Paragraph(say(lang, "h_therapist"), s.heading))
    story.append(_therapist_box(data, s))

    story.append(Paragraph(say(lang, "h_why", bold=True, first=first), s.heading))
    if data.letterhead.letter_form == "short":
        # the most telling reasons only: the short form keeps to one page
        story.append(Paragraph(" ".join(reasons(data)[:SHORT_REASONS]), s.body))
    else:
        story.extend(Paragraph(reason, s.bullet, bulletText="•") for reason in reasons(data))

    story.extend(_approach(data, s))
    story.extend(_fees(data, s))
    story.extend(_next_steps(data, s))
    story.append(Spacer(1, 10 * gap))
    story.append(KeepTogether(_signature(data, s)))
    return story


def _signature(data: LetterData, s: Styles) -> list[Flowable]:
    """The clinic's closing line, then whoever signs: the named signatory with their
    credentials and role, or the intake team when the clinic named nobody."""
    lang = data.language
    head = data.letterhead
    closing = head.closing(lang)
    out: list[Flowable] = [
        Paragraph(fonts.markup(closing) if closing else say(lang, "closing"), s.body)
    ]
    if head.signatory.strip():
        out.append(Spacer(1, 6 if head.letter_form == "short" else 18))  # room to sign by hand
        out.append(Paragraph(fonts.markup(head.signatory.strip(), bold=True), s.signature))
        role = [part.strip() for part in (head.signatory_role, head.name) if part.strip()]
        if head.letter_form == "short":
            out.append(Paragraph(", ".join(fonts.markup(part) for part in role), s.signature))
        else:
            out.extend(Paragraph(fonts.markup(part), s.signature) for part in role)
    else:
        out.append(Paragraph(say(lang, "team"), s.body))
        out.append(Paragraph(fonts.markup(head.name, bold=True), s.body))
    return out


def letterhead_flowables(head: Letterhead, s: Styles) -> list[Flowable]:
    """The centre's name, address and contacts beside its logo, then a rule."""
    lines = [Paragraph(fonts.markup(head.name, bold=True), s.centre)]
    if head.full_address.strip():
        lines.append(Paragraph(fonts.markup_lines(head.full_address), s.small))
    contacts = [part.strip() for part in (head.phone, head.email, head.website) if part.strip()]
    if contacts:
        lines.append(Paragraph(" · ".join(fonts.markup(part) for part in contacts), s.small))
    logo = _logo(head)
    if logo is None:
        block = Box([lines], [FRAME_WIDTH], middle=True)
    else:
        block = Box([[logo], lines], [LOGO_SIZE + 12, FRAME_WIDTH - LOGO_SIZE - 12], middle=True)
    return [block, Spacer(1, 6), HRFlowable(width="100%", thickness=1.4, color=BRAND)]


def _logo(head: Letterhead) -> Image | None:
    picture = head.logo_bytes()
    if not picture:
        return None
    prepared = _print_ready(picture)
    if prepared is None:  # a damaged picture: print the letter without it
        return None
    jpeg, width, height = prepared
    scale = LOGO_SIZE / max(width, height)
    return Image(io.BytesIO(jpeg), width=width * scale, height=height * scale)


@lru_cache(maxsize=4)
def _print_ready(picture: bytes) -> tuple[bytes, int, int] | None:
    """The logo as a JPEG on white, made once per picture: a PDF embeds a JPEG as it
    is, where a PNG is decoded and compressed again for every letter."""
    try:
        with PILImage.open(io.BytesIO(picture)) as source:
            source.load()
            rgba = source.convert("RGBA")
    except Exception:  # Pillow raises many kinds of errors for a file that is not a picture
        return None
    flat = PILImage.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    flat.save(out, format="JPEG", quality=92)
    return out.getvalue(), rgba.width, rgba.height


def _address_block(data: LetterData, s: Styles) -> list[Flowable]:
    """The client's name and mailing address on the left, where a window envelope
    shows them (Canada Post's order: name, street, CITY PROVINCE  POSTAL CODE), and
    the date and reference on the right. A letter that cannot be mailed shows the
    name alone."""
    lang = data.language
    when = fonts.markup(long_date(data.date, lang))
    reference = say(lang, "reference", ref=_reference(data))
    lines = [fonts.markup(data.client_name, bold=True)]
    # Canada Post's two spaces before the postal code: a paragraph would fold them into one
    lines.extend(fonts.markup(line.replace("  ", "\u00a0\u00a0")) for line in data.client_address)
    left: list[Flowable] = [
        Paragraph(say(lang, "private").upper(), s.label),
        Paragraph("<br/>".join(lines), s.body),
    ]
    right: list[Flowable] = [Paragraph(f"{when}<br/>{reference}", s.small_right)]
    return [Box([left, right], [FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.38])]


def _reference(data: LetterData) -> str:
    return f"{data.reference}-{data.version}" if data.version > 1 else data.reference


def _therapist_box(data: LetterData, s: Styles) -> Box:
    lang = data.language
    t = data.therapist
    name = fonts.markup(t.name, bold=True)
    titles = registered_titles(t.credentials)
    if titles:
        name += fonts.markup(", " + titles, bold=True)
    left: list[Flowable] = [Paragraph(name, s.body)]
    if t.pronouns.strip():
        left.append(Paragraph(say(lang, "pronouns", value=t.pronouns.strip()), s.cell))
    if t.registration.strip():
        left.append(Paragraph(say(lang, "registration", value=t.registration.strip()), s.cell))
    if t.associate:
        left.append(Paragraph(say(lang, "associate"), s.cell))
    right: list[Flowable] = []
    if t.phone.strip():
        right.append(Paragraph(say(lang, "phone", value=t.phone.strip()), s.cell))
    if t.email.strip():
        right.append(Paragraph(say(lang, "email", value=t.email.strip()), s.cell))
    if t.in_person and t.in_person_at:
        right.append(Paragraph(say(lang, "in_person", value=", ".join(t.in_person_at)), s.cell))
    if t.virtual:
        right.append(Paragraph(say(lang, "virtual"), s.cell))
    return Box(
        [left, right],
        [FRAME_WIDTH * 0.5, FRAME_WIDTH * 0.5],
        background=BRAND_LIGHT,
        padding=(9, 7),
    )


def reasons(data: LetterData) -> list[str]:
    """Why this therapist, most telling first, as paragraph markup."""
    lang = data.language
    fit = data.fit
    first = data.therapist.short_name
    out: list[str] = []
    if fit.shared_concerns:
        out.append(
            say(
                lang,
                "why_concerns",
                first=first,
                value=join_words(fit.shared_concerns, lang, listed=LISTED),
            )
        )
    if fit.approach_asked and data.approach is not None:
        out.append(
            say(lang, "why_approach_asked", first=first, value=data.approach.label_in_sentence)
        )
    if fit.language:
        out.append(say(lang, "why_language", first=first, value=fit.language))
    if fit.in_person_at:
        out.append(say(lang, "why_in_person", first=first, value=fit.in_person_at))
    if fit.virtual:
        out.append(say(lang, "why_virtual", first=first))
    if fit.shared_times:
        times = join_words(slot_phrases(fit.shared_times, lang)[:TIMES_LISTED], lang, listed=LISTED)
        out.append(say(lang, "why_times", first=first, value=times))
    if fit.fee_fit == "full":
        out.append(say(lang, "why_fee_full"))
    elif fit.fee_fit == "sliding":
        out.append(say(lang, "why_fee_sliding"))
    if fit.gender in ("woman", "man", "nonbinary"):
        out.append(say(lang, f"why_gender_{fit.gender}", first=first))
    if fit.client_type in ("couple", "family"):
        out.append(say(lang, f"why_{fit.client_type}", first=first))
    if not out:
        out.append(say(lang, "why_accepting", first=first))
    return out


def _approach(data: LetterData, s: Styles) -> list[Flowable]:
    lang = data.language
    first = data.therapist.short_name
    approach = data.approach
    out: list[Flowable] = []
    if approach is None:
        out.append(Paragraph(say(lang, "h_approach_none", bold=True, first=first), s.heading))
    else:
        out.append(
            Paragraph(
                say(lang, "h_approach", bold=True, first=first, approach=approach.label), s.heading
            )
        )
    phrases = [p for p in data.concern_phrases if p.strip()]
    if data.letterhead.letter_form == "short":
        out.append(_approach_in_one(data, s, phrases))
        return out
    if len(phrases) == 1:
        out.append(Paragraph(say(lang, "concerns_one", value=phrases[0]), s.body))
    elif phrases:
        out.append(Paragraph(say(lang, "concerns_many"), s.body))
        shown = phrases if len(phrases) <= MAX_LISTED + 1 else phrases[:MAX_LISTED]
        out.extend(Paragraph(fonts.markup(p), s.bullet, bulletText="•") for p in shown)
        if len(shown) < len(phrases):
            more = say(lang, "concerns_more", count=str(len(phrases) - len(shown)))
            out.append(Paragraph(more, s.bullet, bulletText="•"))
        out.append(Spacer(1, 3))
    if approach is None:
        out.append(Paragraph(say(lang, "approach_none", first=first), s.body))
        return out
    tie = _approach_tie(data, phrases)
    if tie:
        out.append(Paragraph(" ".join(tie), s.body))
    for lead, body in (
        ("lead_what", approach.what),
        ("lead_sessions", approach.sessions),
        ("lead_notice", approach.notice),
    ):
        if body.strip():
            out.append(Paragraph(f"<b>{say(lang, lead)}</b> {fonts.markup(body)}", s.body))
    return out


def _approach_in_one(data: LetterData, s: Styles, phrases: list[str]) -> Paragraph:
    """The short form's approach as one paragraph: how it ties to what the client
    asked help with, and what it is (what sessions are like is left to the first talk
    with the therapist; the concerns themselves are named under "Why we suggested")."""
    lang = data.language
    approach = data.approach
    sentences: list[str] = []
    if approach is None:
        sentences.append(say(lang, "approach_none", first=data.therapist.short_name))
    else:
        sentences.extend(_approach_tie(data, phrases))
        if approach.what.strip():
            sentences.append(fonts.markup(first_sentences(approach.what, SHORT_SENTENCES)))
    return Paragraph(" ".join(sentences), s.body)


def first_sentences(text: str, count: int) -> str:
    """The first ``count`` sentences of ``text`` (a sentence ends with . ! or ? before
    a capital letter or an opening quote)."""
    return " ".join(_SENTENCE_END.split(text.strip())[:count])


def _approach_tie(data: LetterData, phrases: list[str]) -> list[str]:
    """How the approach meets what the client told us, as sentences."""
    lang = data.language
    approach = data.approach
    if approach is None:
        return []
    first = data.therapist.short_name
    label = approach.label_in_sentence
    tie: list[str] = []
    if data.fit.approach_asked:
        tie.append(say(lang, "approach_asked", approach=label))
    if approach.strong_concerns:
        strong = join_words(approach.strong_concerns, lang, listed=LISTED)
        key = _one_or_many("approach_strong", approach.strong_concerns)
        tie.append(say(lang, key, approach_cap=capitalised(label), value=strong))
        if approach.weak_concerns:
            weak = join_words(approach.weak_concerns, lang, listed=LISTED)
            tie.append(say(lang, _one_or_many("approach_weak", approach.weak_concerns), value=weak))
    elif approach.weak_concerns:
        weak = join_words(approach.weak_concerns, lang, listed=LISTED)
        key = _one_or_many("approach_weak_only", approach.weak_concerns)
        tie.append(say(lang, key, approach_cap=capitalised(label), value=weak))
    elif phrases:
        tie.append(say(lang, "approach_no_link", first=first, approach=label))
    return tie


def _one_or_many(key: str, items: Sequence[str]) -> str:
    return f"{key}_one" if len(items) == 1 else f"{key}_many"


def _fees(data: LetterData, s: Styles) -> list[Flowable]:
    lang = data.language
    t = data.therapist
    first = t.short_name
    sentences = [say(lang, "fee", first=first, fee=money(t.fee, lang))]
    if t.sliding_scale_min is not None and t.sliding_scale_min < t.fee:
        sentences.append(say(lang, "sliding", first=first, low=money(t.sliding_scale_min, lang)))
    out: list[Flowable] = [
        Paragraph(say(lang, "h_fees"), s.heading),
        Paragraph(" ".join(sentences), s.body),
    ]
    if t.associate:
        out.append(Paragraph(say(lang, "associate_fee", first=first), s.body))
    if data.letterhead.letter_form == "short":
        # what insurance pays for is left to the first call: the therapist's titles are
        # in the box above, and the short form keeps to one page
        return out
    insurance = say(lang, "insurance")
    titles = [title for title in t.credentials if title.strip()]
    if titles:
        key = "insurance_title" if len(titles) == 1 else "insurance_titles"
        insurance += " " + say(lang, key, first=first, value=registered_titles(titles))
    out.append(Paragraph(insurance, s.body))
    return out


def _next_steps(data: LetterData, s: Styles) -> list[Flowable]:
    lang = data.language
    t = data.therapist
    first = t.short_name
    centre_phone = data.letterhead.phone.strip()
    phone, email = t.phone.strip(), t.email.strip()
    if phone and email:
        contact = say(lang, "next_contact_both", first=first, phone=phone, email=email)
    elif phone:
        contact = say(lang, "next_contact_phone", first=first, phone=phone)
    elif email:
        contact = say(lang, "next_contact_email", first=first, email=email)
    elif centre_phone:
        contact = say(lang, "next_contact_none", first=first, phone=centre_phone)
    else:
        contact = say(lang, "next_contact_none_plain", first=first)
    say_who = say(lang, "next_say", first=first, centre=data.letterhead.name, ref=_reference(data))
    # the short form joins the first two steps and leaves the fit to the first talk
    short = data.letterhead.letter_form == "short"
    steps = [
        *([f"{contact} {say_who}"] if short else [contact, say_who, say(lang, "next_fit")]),
        say(lang, "next_change", first=first, phone=centre_phone)
        if centre_phone
        else say(lang, "next_change_plain", first=first),
    ]
    out: list[Flowable] = [Paragraph(say(lang, "h_next"), s.heading)]
    out.extend(
        Paragraph(step, s.numbered, bulletText=f"{number}.")
        for number, step in enumerate(steps, start=1)
    )
    return out


def _crisis_box(data: LetterData, s: Styles) -> Box:
    lang = data.language
    return Box(
        [
            [
                Paragraph(say(lang, "h_crisis"), s.crisis_heading),
                Paragraph(say(lang, "crisis"), s.crisis),
            ]
        ],
        [FRAME_WIDTH],
        background=ALERT_LIGHT,
        bar=ALERT,
        padding=(10, 6.5),
    )


# ------------------------------------------------------------------ every page


class _Furniture:
    """What every page carries, laid out once per letter and drawn on each page."""

    def __init__(self, data: LetterData, s: Styles) -> None:
        lang = data.language
        self.language = lang
        header = " · ".join(
            [
                fonts.markup(data.letterhead.name),
                say(lang, "running", name=data.client_name),
                fonts.markup(long_date(data.date, lang)),
            ]
        )
        self.header = Paragraph(header, s.tiny)
        self.header_height = self.header.wrap(FRAME_WIDTH, PAGE_HEIGHT)[1]
        self.confidential = Paragraph(say(lang, "confidential"), s.tiny)
        self.confidential_height = self.confidential.wrap(
            FRAME_WIDTH - PAGE_NUMBER_WIDTH - 12, PAGE_HEIGHT
        )[1]

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        if page > 1:
            top = PAGE_HEIGHT - 0.4 * inch
            self.header.drawOn(canvas, LEFT, top - self.header_height)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        rule_y = MARGIN_BOTTOM - 0.2 * inch
        canvas.line(LEFT, rule_y, LEFT + FRAME_WIDTH, rule_y)
        canvas.setFont(fonts.BODY_BOLD, 8.5)
        canvas.setFillColor(INK)
        page_text = plain(self.language, "page", page=str(page), pages=str(pages))
        canvas.drawRightString(LEFT + FRAME_WIDTH, rule_y - 12, page_text)
        self.confidential.drawOn(canvas, LEFT, rule_y - 4 - self.confidential_height)
        canvas.restoreState()
