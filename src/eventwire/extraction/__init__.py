"""Events from an Article: triggers, actors, dates, fatalities, places -> Event."""
from .events import extract_events

__all__ = ["extract_events"]
