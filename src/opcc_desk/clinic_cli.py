"""`opcc-desk clinic show` and `clinic set`: the clinic's details for scripted set-up.

Every value is checked before anything is stored; a bad one is named by its option
(exit 2) and the stored details stay as they were.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TextIO

from opcc_desk.arguments import EXIT_OK, EXIT_REFUSED
from opcc_desk.letters.letterhead import (
    LETTERHEAD,
    Letterhead,
    cleaned,
    field_problems,
    logo_problem,
)
from opcc_desk.services import settings
from opcc_desk.services.context import ServiceContext

# the option that sets each field, to name it in a message
OPTIONS = {
    "name": "--name",
    "address": "--address",
    "city": "--city",
    "province": "--province",
    "postal_code": "--postal-code",
    "phone": "--phone",
    "email": "--email",
    "website": "--website",
    "logo": "--logo",
    "signatory": "--signatory",
    "signatory_role": "--signatory-role",
    "closing_en": "--closing-en",
    "closing_fr": "--closing-fr",
    "letter_form": "--letter-form",
}
# details no one has set yet start empty, not with the shipped example's
BLANK = Letterhead(address="", phone="", email="", website="")


def show(ctx: ServiceContext, out: TextIO) -> int:
    head = settings.get(ctx, LETTERHEAD)
    logo = "none" if not head.show_logo else ("the clinic's" if head.logo else "the standard mark")
    lines = [
        ("name", head.name),
        ("address", " / ".join(head.address_lines())),
        ("phone", head.phone),
        ("email", head.email),
        ("website", head.website),
        ("logo", logo),
        ("signatory", head.signatory),
        ("signatory role", head.signatory_role),
        ("closing (English)", head.closing_en),
        ("closing (French)", head.closing_fr),
        ("letter form", head.letter_form),
        ("details set", "yes" if head.is_set else "no: these are the example details"),
    ]
    for label, value in lines:
        print(f"{label}: {value}", file=out)
    return EXIT_OK


def set_details(args: argparse.Namespace, ctx: ServiceContext, err: TextIO) -> int:
    current = settings.get(ctx, LETTERHEAD)
    base = current if current.is_set else BLANK
    given = {
        field: getattr(args, field).strip()
        for field in OPTIONS
        if field != "logo" and isinstance(getattr(args, field, None), str)
    }
    head = replace(base, **given, is_set=True)
    problems: dict[str, str] = {}
    if args.no_logo:
        head = replace(head, logo=None, show_logo=False)
    elif args.logo is not None:
        try:
            picture = args.logo.read_bytes()
        except OSError as error:
            problems["logo"] = f"cannot read {args.logo} ({error.strerror})."
        else:
            problem = logo_problem(picture)
            if problem:
                problems["logo"] = problem
            head = replace(head, logo=picture, show_logo=True)
    problems = {**field_problems(head), **problems}
    if problems:
        for field, problem in problems.items():
            print(f"opcc-desk: {OPTIONS[field]}: {problem}", file=err)
        print("opcc-desk: nothing was changed.", file=err)
        return EXIT_REFUSED
    settings.save(ctx, LETTERHEAD, cleaned(head))
    return EXIT_OK
