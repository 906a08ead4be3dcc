"""The published directory's own words, in English and French.

One entry per phrase a page, the JSON or the handout prints; the catalogue gives the
approach and concern wording, Babel the language names, the phrasebook (domain.words) the money.
"""

from __future__ import annotations

from opcc_desk.domain.words.elision import french
from opcc_desk.publish.listing import Listing

LANGUAGES = ("en", "fr")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Referral directory",
        "intro": (
            "Therapists who work with {clinic}. Each one chose to be listed here. "
            "Use the filters to find someone who fits what you need."
        ),
        "filters": "Filters",
        "filters_hint": "Choose a filter to see only the therapists it fits.",
        "approach": "Approach",
        "approach_list": "Approaches",
        "concern": "Helps with",
        "language": "Language",
        "format": "Sessions",
        "fee": "Fee per session",
        "any": "Any",
        "in_person": "In person",
        "online": "Online",
        "fee_up_to": "{amount} or less",
        "sliding": "Sliding scale offered",
        "accepting": "Accepting new clients",
        "not_accepting": "Not taking new clients right now",
        "show_all": "Show all therapists",
        "all_listed": "All therapists",
        "count": "{count} therapists",
        "count_one": "1 therapist",
        "none_match": "No therapist fits this choice. Try another filter, or call the clinic.",
        "filtered_title": "{filter}: {value}",
        "labelled": "{label}: {value}",
        "full_fee": "Full fee {amount}",
        "sliding_from": "sliding scale from {amount}",
        "associate": "Associate therapist (supervised, lower fee)",
        "languages": "Languages",
        "approaches": "How they work",
        "concerns": "Often helps with",
        "sees": "Works with",
        "ages": "Ages",
        "where": "Where",
        "fees": "Fees",
        "availability": "Availability",
        "contact": "Contact",
        "own_contact": "Contact {name} directly:",
        "clinic_contact": "To book with {name}, contact our intake team:",
        "phone": "Phone",
        "email": "Email",
        "registration": "Registration",
        "pronouns": "Pronouns",
        "what": "What it is",
        "sessions": "What sessions are like",
        "notice": "What you may start to notice",
        "back": "Back to the directory",
        "other_language": "Français",
        "other_language_name": "Version française",
        "logo": "{clinic} logo",
        "crisis": (
            "In a crisis, call or text 9-8-8 (Canada), any hour, or call 9-1-1 in an emergency."
        ),
        "updated": "Updated {date}.",
        "footer_private": "This directory lists only what each therapist chose to publish.",
        "handout_title": "Our therapists, by approach",
        "handout_intro": (
            "Each therapist chose to be listed. Ask at the front desk, or contact our "
            "intake team, to be matched with someone who fits what you need."
        ),
        "handout_page": "Page {page} of {pages}",
        "handout_contact": "To book with any therapist below, contact our intake team: {contact}",
        "direct_contact": "Contact directly",
        "individual": "Individuals",
        "couple": "Couples",
        "family": "Families",
        "child": "Children",
        "teen": "Teens",
        "adult": "Adults",
        "senior": "Seniors",
        "nobody": "No therapist is listed yet.",
        "skip": "Skip to the list",
    },
    "fr": {
        "title": "Répertoire d'orientation",
        "intro": (
            "Les thérapeutes qui travaillent avec {clinic}. Chacun a choisi d'y figurer. "
            "Utilisez les filtres pour trouver la personne qui vous convient."
        ),
        "filters": "Filtres",
        "filters_hint": "Choisissez un filtre pour voir les thérapeutes qui y répondent.",
        "approach": "Approche",
        "approach_list": "Approches",
        "concern": "Aide pour",
        "language": "Langue",
        "format": "Séances",
        "fee": "Tarif par séance",
        "any": "Tous",
        "in_person": "En personne",
        "online": "En ligne",
        "fee_up_to": "{amount} ou moins",
        "sliding": "Échelle mobile offerte",
        "accepting": "Accepte de nouveaux clients",
        "not_accepting": "N'accepte pas de nouveaux clients pour l'instant",
        "show_all": "Voir tous les thérapeutes",
        "all_listed": "Tous les thérapeutes",
        "count": "{count} thérapeutes",
        "count_one": "1 thérapeute",
        "none_match": (
            "Aucun thérapeute ne répond à ce choix. Essayez un autre filtre ou appelez la clinique."
        ),
        "filtered_title": "{filter} : {value}",
        "labelled": "{label}\u00a0: {value}",  # a no-break space: no line starts with « : »
        "full_fee": "Tarif complet {amount}",
        "sliding_from": "échelle mobile à partir de {amount}",
        "associate": "Thérapeute associé (supervisé, tarif réduit)",
        "languages": "Langues",
        "approaches": "Sa façon de travailler",
        "concerns": "Aide souvent pour",
        "sees": "Travaille avec",
        "ages": "Âges",
        "where": "Où",
        "fees": "Tarifs",
        "availability": "Disponibilités",
        "contact": "Contact",
        "own_contact": "Contactez {name} directement :",
        "clinic_contact": "Pour un rendez-vous avec {name}, contactez notre équipe d'accueil :",
        "phone": "Téléphone",
        "email": "Courriel",
        "registration": "Inscription",
        "pronouns": "Pronoms",
        "what": "De quoi il s'agit",
        "sessions": "Comment se passent les séances",
        "notice": "Ce que vous pourriez remarquer",
        "back": "Retour au répertoire",
        "other_language": "English",
        "other_language_name": "English version",
        "logo": "Logo de {clinic}",
        "crisis": (
            "En cas de crise, appelez ou textez le 9-8-8 (Canada), à toute heure, "
            "ou faites le 9-1-1 en cas d'urgence."
        ),
        "updated": "Mis à jour le {date}.",
        "footer_private": (
            "Ce répertoire ne montre que ce que chaque thérapeute a choisi de publier."
        ),
        "handout_title": "Nos thérapeutes, par approche",
        "handout_intro": (
            "Chaque thérapeute a choisi de figurer ici. Demandez à l'accueil, ou contactez "
            "notre équipe d'accueil, pour être orienté vers la personne qui vous convient."
        ),
        "handout_page": "Page {page} de {pages}",
        "handout_contact": (
            "Pour un rendez-vous avec l'un des thérapeutes ci-dessous, contactez notre équipe "
            "d'accueil : {contact}"
        ),
        "direct_contact": "Contact direct",
        "individual": "Personnes seules",
        "couple": "Couples",
        "family": "Familles",
        "child": "Enfants",
        "teen": "Adolescents",
        "adult": "Adultes",
        "senior": "Aînés",
        "nobody": "Aucun thérapeute n'est encore inscrit.",
        "skip": "Aller à la liste",
    },
}


def word(language: str, key: str, **values: str) -> str:
    """The phrase ``key`` in ``language``, with its ``{placeholders}`` filled; in French
    each value is joined by the phrasebook's elision rules (« Logo d'Horizon »)."""
    phrase = WORDS[language][key]
    if not values:
        return phrase
    return french(phrase, **values) if language == "fr" else phrase.format(**values)


def session_formats(listing: Listing, language: str) -> list[str]:
    """How a listed therapist sees clients, in words: in person (where), online."""
    formats = []
    if listing.in_person:
        where = f" ({', '.join(listing.locations)})" if listing.locations else ""
        formats.append(word(language, "in_person") + where)
    if listing.online:
        formats.append(word(language, "online"))
    return formats
