"""Amounts in Canadian dollars as people read them: '$1,234.50', « 1 234,50 $ »."""

from __future__ import annotations

from decimal import Decimal

NARROW_NBSP = "\u202f"  # French thousands separator: never split across lines
NBSP = "\u00a0"  # before the French dollar sign, so '$' never starts a line


def money(amount: Decimal, language: str = "en") -> str:
    """'$80' for whole dollars, '$82.50' otherwise; in French '80 $' and '82,50 $'."""
    whole = amount == amount.to_integral_value()
    number = f"{int(amount):,}" if whole else f"{amount:,.2f}"
    if language == "fr":
        number = number.replace(",", NARROW_NBSP).replace(".", ",")
        return f"{number}{NBSP}$"
    return f"${number}"
