"""Every sentence of the referral letter, in English and in French.

Written for a reader at grade 8 or below: short sentences, everyday words, "you"
and « vous », no promise of a cure. Templates are our own trusted markup; every
value put into them (names, labels, phone numbers) goes through
:func:`opcc_desk.letters.fonts.markup`, which escapes it and picks its fonts.
A placeholder written ``{name:b}`` prints its value in bold. In French, « de »
before a value is elided where the value asks for it (« d'Hélène »). Money, lists,
days and dates come from the phrasebook (:mod:`opcc_desk.domain.words`).
"""

from __future__ import annotations

import string

from opcc_desk.domain.words.elision import join_french
from opcc_desk.domain.words.titles import without_second_period
from opcc_desk.letters import fonts

_FORMATTER = string.Formatter()

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "doc_title": "Referral letter",
        "private": "Private and confidential",
        "reference": "Reference: {ref}",
        "title": "Your referral to {therapist}",
        "greeting": "Dear {name},",
        "intro": (
            "Thank you for reaching out to us. We have found a therapist who we think is a "
            "good fit for you: {therapist}. This letter tells you about {first}, how {first} "
            "works, what it costs, and what to do next."
        ),
        "h_therapist": "Your therapist",
        "pronouns": "Pronouns: {value}",
        "registration": "Registration: {value}",
        "associate": "Associate therapist: guided by a senior therapist",
        "phone": "Phone: {value}",
        "email": "Email: {value}",
        "in_person": "In person: {value}",
        "virtual": "Online: video sessions",
        "h_why": "Why we suggested {first}",
        "why_concerns": "{first} focuses on {value}, which you told us about.",
        "why_approach_asked": "{first} offers {value}, which you asked for.",
        "why_language": "{first} offers sessions in {value}.",
        "why_in_person": "{first} sees clients in person in {value}.",
        "why_virtual": "{first} offers online sessions, as you asked.",
        "why_times": "{first} has openings at times that suit you: {value}.",
        "why_fee_full": "The fee fits the budget you gave us.",
        "why_fee_sliding": "With the sliding scale, the fee can fit the budget you gave us.",
        "why_gender_woman": "{first} is a woman, as you asked.",
        "why_gender_man": "{first} is a man, as you asked.",
        "why_gender_nonbinary": "{first} is nonbinary, as you asked.",
        "why_couple": "{first} works with couples.",
        "why_family": "{first} works with families.",
        "why_accepting": "{first} is taking new clients.",
        "h_approach": "How {first} works: {approach}",
        "h_approach_none": "How {first} works",
        "concerns_one": "You told us you want help with {value}.",
        "concerns_many": "You told us you want help with:",
        "concerns_more": "and {count} more things you told us about",
        "approach_asked": "You asked for {approach}.",
        "approach_strong_one": (
            "{approach_cap} is often a good fit for {value}, which you told us about."
        ),
        "approach_strong_many": (
            "{approach_cap} is often a good fit for {value}, which you told us about."
        ),
        "approach_weak_one": "It can also help with {value}.",
        "approach_weak_many": "It can also help with {value}.",
        "approach_weak_only_one": "{approach_cap} can help with {value}, which you told us about.",
        "approach_weak_only_many": "{approach_cap} can help with {value}, which you told us about.",
        "approach_no_link": "Ask {first} how {approach} can help with what you told us.",
        "approach_none": (
            "{first} will tell you how they work at your first talk. Ask how they can help "
            "with what you told us."
        ),
        "lead_what": "What it is.",
        "lead_sessions": "What sessions are like.",
        "lead_notice": "What you may notice.",
        "h_fees": "Fees",
        "fee": "A session with {first} costs {fee}.",
        "sliding": (
            "{first} also offers a sliding scale, from {low} a session. This means you may pay "
            "less if money is tight. Ask about it when you first talk."
        ),
        "associate_fee": (
            "{first} is an associate therapist. Associates are trained therapists who meet "
            "often with a senior therapist for guidance. This keeps their fees lower."
        ),
        "insurance": (
            "OHIP does not pay for private therapy. Many work health plans pay for some "
            "sessions. Check your plan before you start: some plans only pay for certain "
            "titles, such as RP, RSW or psychologist."
        ),
        "insurance_title": "{first}'s title is {value}.",
        "insurance_titles": "{first}'s titles are {value}.",
        "h_next": "Next steps",
        "next_contact_both": (
            "Call {first} at {phone} or send an email to {email} in the next two weeks. "
            "Ask to set up a first talk."
        ),
        "next_contact_phone": (
            "Call {first} at {phone} in the next two weeks. Ask to set up a first talk."
        ),
        "next_contact_email": (
            "Send an email to {first} at {email} in the next two weeks. Ask to set up a first talk."
        ),
        "next_contact_none": "Call us at {phone}. We will put you in touch with {first}.",
        "next_contact_none_plain": "Call us. We will put you in touch with {first}.",
        "next_say": "Tell {first} that {centre} sent you, and give this reference: {ref}.",
        "next_fit": (
            "Use the first talk to ask questions and see if the fit feels right. If it does "
            "not, that is okay. Call us and we will help you find someone else."
        ),
        "next_change": (
            "If you cannot reach {first} within two weeks, or if your needs change, "
            "please call us at {phone}."
        ),
        "next_change_plain": (
            "If you cannot reach {first} within two weeks, or if your needs change, please call us."
        ),
        "h_crisis": "If you are in crisis",
        "crisis": (
            "Call or text <b>9-8-8</b> at any time, day or night. It is free, anywhere in "
            "Canada. If you are in danger right now, call <b>9-1-1</b> or go to the nearest "
            "emergency room."
        ),
        "closing": "Warm regards,",
        "team": "The intake team",
        "confidential": (
            "Confidential: this letter holds private health information for the person it is "
            "addressed to. If it came to you by mistake, please tell us and destroy it."
        ),
        "page": "Page {page} of {pages}",
        "running": "Referral letter for {name}",
        "and": "and",
        "more": "{count} more",
    },
    "fr": {
        "doc_title": "Lettre d'orientation",
        "private": "Personnel et confidentiel",
        "reference": "Référence : {ref}",
        "title": "Votre orientation vers {therapist}",
        "greeting": "Bonjour {name},",
        "intro": (
            "Merci d'avoir communiqué avec nous. Nous avons trouvé une personne qui nous semble "
            "bien vous convenir : {therapist}. Cette lettre vous présente {first}, sa façon de "
            "travailler, les frais et les prochaines étapes."
        ),
        "h_therapist": "Votre thérapeute",
        "pronouns": "Pronoms : {value}",
        "registration": "Numéro d'inscription : {value}",
        "associate": "En pratique supervisée par une personne d'expérience",
        "phone": "Téléphone : {value}",
        "email": "Courriel : {value}",
        "in_person": "En personne : {value}",
        "virtual": "En ligne : séances par vidéo",
        "h_why": "Pourquoi nous vous proposons {first}",
        "why_concerns": "{first} a une expertise pour ce dont vous nous avez parlé : {value}.",
        "why_approach_asked": "{first} offre l'approche que vous avez demandée : {value}.",
        "why_language": "{first} offre des séances en {value}.",
        "why_in_person": "{first} reçoit en personne à {value}.",
        "why_virtual": "{first} offre des séances en ligne, comme vous le souhaitez.",
        "why_times": "{first} a des plages libres aux moments qui vous conviennent : {value}.",
        "why_fee_full": "Les frais respectent le budget que vous nous avez donné.",
        "why_fee_sliding": (
            "Avec l'échelle mobile, les frais peuvent respecter le budget que vous nous avez donné."
        ),
        "why_gender_woman": "{first} est une femme, comme vous l'avez demandé.",
        "why_gender_man": "{first} est un homme, comme vous l'avez demandé.",
        "why_gender_nonbinary": "{first} est une personne non binaire, comme vous l'avez demandé.",
        "why_couple": "{first} travaille avec les couples.",
        "why_family": "{first} travaille avec les familles.",
        "why_accepting": "{first} accepte de nouvelles personnes.",
        "h_approach": "La façon de travailler de {first} : {approach}",
        "h_approach_none": "La façon de travailler de {first}",
        "concerns_one": "Vous nous avez dit vouloir de l'aide pour {value}.",
        "concerns_many": "Vous nous avez dit vouloir de l'aide pour :",
        "concerns_more": "et {count} autres sujets dont vous nous avez parlé",
        "approach_asked": "Vous avez demandé cette approche.",
        "approach_strong_one": (
            "Cette approche est souvent utile pour un sujet que vous avez nommé : {value}."
        ),
        "approach_strong_many": (
            "Cette approche est souvent utile pour des sujets que vous avez nommés : {value}."
        ),
        "approach_weak_one": "Elle peut aussi être utile pour un autre sujet : {value}.",
        "approach_weak_many": "Elle peut aussi être utile pour d'autres sujets : {value}.",
        "approach_weak_only_one": (
            "Cette approche peut être utile pour un sujet que vous avez nommé : {value}."
        ),
        "approach_weak_only_many": (
            "Cette approche peut être utile pour des sujets que vous avez nommés : {value}."
        ),
        "approach_no_link": (
            "Demandez à {first} comment cette approche peut vous aider avec ce que vous nous "
            "avez dit."
        ),
        "approach_none": (
            "{first} vous expliquera sa façon de travailler au premier rendez-vous. Demandez "
            "comment cette personne peut vous aider avec ce que vous nous avez dit."
        ),
        "lead_what": "Ce que c'est.",
        "lead_sessions": "Les séances.",
        "lead_notice": "Ce que vous pourriez remarquer.",
        "h_fees": "Frais",
        "fee": "Une séance avec {first} coûte {fee}.",
        "sliding": (
            "{first} offre aussi une échelle mobile, à partir de {low} la séance. Vous pourriez "
            "donc payer moins si votre budget est serré. Parlez-en au premier contact."
        ),
        "associate_fee": (
            "{first} travaille en pratique supervisée : cette personne est formée et rencontre "
            "souvent une ou un thérapeute d'expérience. C'est ce qui permet des frais plus bas."
        ),
        "insurance": (
            "L'Assurance-santé de l'Ontario (OHIP) ne paie pas la thérapie privée. Beaucoup de "
            "régimes d'assurance au travail paient une partie des séances. Vérifiez votre "
            "régime avant de commencer : certains ne paient que pour certains titres, comme "
            "RP (psychothérapeute autorisé), RSW (travailleur social inscrit) ou psychologue."
        ),
        "insurance_title": "Le titre de {first} : {value}.",
        "insurance_titles": "Les titres de {first} : {value}.",
        "h_next": "Prochaines étapes",
        "next_contact_both": (
            "Appelez {first} au {phone} ou écrivez à {email} d'ici deux semaines. Demandez un "
            "premier rendez-vous."
        ),
        "next_contact_phone": (
            "Appelez {first} au {phone} d'ici deux semaines. Demandez un premier rendez-vous."
        ),
        "next_contact_email": (
            "Écrivez à {first} à {email} d'ici deux semaines. Demandez un premier rendez-vous."
        ),
        "next_contact_none": "Appelez-nous au {phone}. Nous vous mettrons en contact avec {first}.",
        "next_contact_none_plain": "Appelez-nous. Nous vous mettrons en contact avec {first}.",
        "next_say": (
            "Dites à {first} que vous venez de la part de {centre}, et donnez cette "
            "référence : {ref}."
        ),
        "next_fit": (
            "Profitez du premier rendez-vous pour poser vos questions et voir si le lien vous "
            "convient. Si ce n'est pas le cas, ce n'est pas grave. Appelez-nous et nous vous "
            "aiderons à trouver une autre personne."
        ),
        "next_change": (
            "Si vous n'arrivez pas à joindre {first} d'ici deux semaines, ou si vos besoins "
            "changent, appelez-nous au {phone}."
        ),
        "next_change_plain": (
            "Si vous n'arrivez pas à joindre {first} d'ici deux semaines, ou si vos besoins "
            "changent, appelez-nous."
        ),
        "h_crisis": "En cas de crise",
        "crisis": (
            "Appelez ou textez le <b>9-8-8</b>, jour et nuit. C'est gratuit, partout au Canada. "
            "Si vous êtes en danger maintenant, composez le <b>9-1-1</b> ou allez à l'urgence "
            "la plus proche."
        ),
        "closing": "Avec nos salutations les plus cordiales,",
        "team": "L'équipe de l'accueil",
        "confidential": (
            "Confidentiel : cette lettre contient des renseignements personnels sur la santé de "
            "la personne à qui elle est adressée. Si vous l'avez reçue par erreur, prévenez-nous "
            "et détruisez-la."
        ),
        "page": "Page {page} de {pages}",
        "running": "Lettre d'orientation pour {name}",
        "and": "et",
        "more": "{count} autres",
    },
}


def text(language: str, key: str) -> str:
    """Our own template for ``key`` (trusted markup with placeholders). French keeps a
    no-break space before its colons, so a line never starts with one."""
    template = TEXT.get(language, TEXT["en"])[key]
    return template.replace(" :", "\u00a0:") if language == "fr" else template


def fill(template: str, *, bold: bool = False, elide: bool = False, **values: str) -> str:
    """The template with each value escaped and set in its fonts. ``{x:b}`` prints one
    value in bold; ``bold=True`` prints them all in bold (for a bold style: a value's
    font is named explicitly, so it does not inherit the style's weight). With
    ``elide`` (French), « de » before a value is elided or contracted where it must be
    (d'Hélène, du Centre Horizon). A value that ends with a period (« M.A. ») takes
    the place of the sentence's own period."""
    out: list[str] = []
    ends_with_period = False
    for literal, name, spec, _conversion in _FORMATTER.parse(template):
        if ends_with_period:
            literal = without_second_period(literal)
        ends_with_period = False
        if name is None:
            out.append(literal)
            continue
        value = values[name]
        if elide:
            literal, value = join_french(literal, value)
        out.append(literal)
        out.append(fonts.markup(value, bold=bold or spec == "b"))
        ends_with_period = value.rstrip().endswith(".")
    return "".join(out)


def say(language: str, key: str, *, bold: bool = False, **values: str) -> str:
    return fill(text(language, key), bold=bold, elide=language == "fr", **values)


def plain(language: str, key: str, **values: str) -> str:
    """The sentence as plain text, for places that draw text directly (the page footer)."""
    return text(language, key).replace("<b>", "").replace("</b>", "").format(**values)
