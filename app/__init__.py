"""Counterpart: the shop's customer book beside the till."""

__version__ = "0.1.0"
