"""A cheap "is this English?" test, run before the pipeline spends time on a report.

It only says "not English" when the evidence is clear: a text mostly in another
script, or a text long enough to judge whose common words are another
language's and not English's. Short or name-heavy English (ACLED-style notes,
headlines) passes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_]+")

# Function words that are frequent in English prose and rare as words of other
# languages written in Latin script ("a", "in", "on", "to" are left out: they are
# also Spanish, German, French or Polish words).
ENGLISH_WORDS = frozenset(
    """the of and for with was were is are by at from that said has have had it he she they
    their them his her its after as an be been who which this not but or near into over
    than when while would will could also about against were during two three since there
    what other more between under we our you your i my him those these some all out up
    killed people police reported reportedly targeted casualties fatalities""".split()
)

# Frequent function words of other languages written in Latin script.
FOREIGN_WORDS = frozenset(
    """de la le les des du et est une dans pour sur par pas qui que avec aux ont été
    los las y del por para con una es se lo su como más pero fue sus
    der die das und ist nicht mit von den dem zu ein eine auf sich auch wurde im
    il che della per non sono gli nel alla anche
    em os um uma com não mais foi pelo pela
    het een van zijn niet ook voor op
    och att är som för inte med av
    og er ikke til af
    ve bir bu ile için olarak
    dan yang untuk dengan ini itu dari tidak pada akan
    na za je się nie jest od po że""".split()
)


_ENGLISH_BYTES = frozenset(w.encode("ascii") for w in ENGLISH_WORDS)
_FOREIGN_BYTES = frozenset(w.encode() for w in FOREIGN_WORDS)      # non-ASCII ones never match ASCII text
# every byte but a-z to a space: ASCII text lowercased splits into _WORD's words
_LETTERS_ONLY = bytes(c if ord("a") <= c <= ord("z") else ord(" ") for c in range(256))


@dataclass
class LanguageGuess:
    english: bool
    reason: str = ""


def guess_english(text: str, *, min_words: int = 12) -> LanguageGuess:
    """English unless clearly not: another script, or another language's common words."""
    sample = text[:20_000]
    letters = () if sample.isascii() else [c for c in sample if c.isalpha()]   # ASCII: all Latin, no need to count
    if len(letters) >= 40:
        ascii_share = sum(1 for c in letters if c.isascii()) / len(letters)
        if ascii_share < 0.5:
            return LanguageGuess(False, f"not English: {ascii_share:.0%} of letters are Latin-script")
    if sample.isascii():     # the words as bytes: the same runs of letters as _WORD finds, split in C
        words = sample.lower().encode("ascii").translate(_LETTERS_ONLY).split()
        english_words, foreign_words = _ENGLISH_BYTES, _FOREIGN_BYTES
    else:
        words = _WORD.findall(sample.lower())
        english_words, foreign_words = ENGLISH_WORDS, FOREIGN_WORDS
    if len(words) < min_words:
        return LanguageGuess(True)
    foreign = sum(map(foreign_words.__contains__, words)) / len(words)
    if foreign < 0.12:
        return LanguageGuess(True)
    english = sum(map(english_words.__contains__, words)) / len(words)
    if foreign > 3 * english:
        return LanguageGuess(
            False, f"not English: {english:.0%} English function words, {foreign:.0%} of another language's"
        )
    return LanguageGuess(True)
