"""The Jinja environment the directory's pages are rendered with.

Autoescaping is on for every template: names, bios and the clinic's details are
typed by people, and a name holding ``<script>`` or ``&`` must print as text.
Undefined names fail loudly instead of printing nothing.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from opcc_desk.resources import publish_templates_dir


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(publish_templates_dir()),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
