"""Merging: the same event told twice, within one report and across reports."""
from .across import merge_sources, same_event, why_apart
from .within import merge_within_article

__all__ = ["merge_within_article", "same_event", "why_apart", "merge_sources"]
