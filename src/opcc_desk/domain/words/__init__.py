"""The phrasebook: how money, lists, days, dates and names are put into words.

One home per rule, in English and French, so the tables, the match view, the
letter, the summary and the sample data all say a thing the same way. Any other
language falls back to English. Each module holds one kind of phrase; import the
one you need (dates load babel, so they are kept apart from the rest).
"""

from __future__ import annotations
