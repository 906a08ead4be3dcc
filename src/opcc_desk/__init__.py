"""OPCC Desk: the front desk of a counselling centre."""

__version__ = "0.1.0"
