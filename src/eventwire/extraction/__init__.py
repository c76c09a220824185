"""Events from an Article: triggers, actors, dates, fatalities, places -> Event."""
from . import actors, classify, dates, events, numbers
from .events import extract_events
from .gated import gate_module_patterns, save_cache

# The cue regexes of these modules mostly fail; gate each by the words it needs (same answers, less engine time).
for _module in (actors, classify, dates, events, numbers):
    gate_module_patterns(_module)
save_cache()   # the analysis of every rule, for the next start (skipped when nothing is new or the file is read-only)

__all__ = ["extract_events"]
