"""Merging: the same event told twice, within one report and across reports."""
from .within import merge_within_article

__all__ = ["merge_within_article"]
