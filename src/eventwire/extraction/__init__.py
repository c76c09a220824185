"""Events from an Article: triggers, actors, dates, fatalities, places -> Event."""
from . import actors, classify, dates, events, numbers
from .events import extract_events
from .gated import gate_module_patterns

# The cue regexes of these modules mostly fail; gate each by the words it needs (same answers, less engine time).
for _module in (actors, classify, dates, events, numbers):
    gate_module_patterns(_module)

__all__ = ["extract_events"]
