"""Sentence boundaries and the text's form.

The seed form (lowercased, tokenized, one sentence per line) already carries
its boundaries; ordinary prose gets a rule-based splitter that knows the
abbreviations of wire copy. A statistical parser would cost 10x the time of the
whole pipeline for little gain on news prose.
"""
from __future__ import annotations

import re

from ..records import Sentence

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm", "cmdr",
    "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k",
    "e.g", "i.e", "approx", "est", "dept", "govt", "pres", "brig", "lt.col", "a.m", "p.m",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


_ASCII = bytes(range(128))
_NOT_LETTER = bytes(c for c in _ASCII if not chr(c).isalpha())
_NOT_UPPER = bytes(c for c in _ASCII if not chr(c).isupper())


def is_lowercased_form(text: str) -> bool:
    """True for text with (almost) no capitals, like the seed's tokenized form."""
    head = text[:5000]
    if head.isascii():                      # the common case, counted in C: same counts as the loop below
        raw = head.encode("ascii")
        letters, upper = len(raw.translate(None, _NOT_LETTER)), len(raw.translate(None, _NOT_UPPER))
    else:
        letters = upper = 0
        for ch in head:
            if ch.isalpha():
                letters += 1
                if ch.isupper():
                    upper += 1
    return letters >= 20 and upper / letters < 0.005


def split_sentences(text: str, one_per_line: bool = False) -> list[Sentence]:
    if one_per_line:
        return _line_sentences(text)
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        for match in _BOUNDARY.finditer(text, block_start, block_end):
            end = match.end()
            if _is_abbreviation(text, match.start(), block_start):
                continue
            _add(sentences, text, start, end)
            start = end
        _add(sentences, text, start, block_end)
    return sentences


def _blocks(text: str):
    """Paragraphs (blank-line or newline separated) never share a sentence."""
    pos = 0
    for match in re.finditer(r"\n\s*\n|\n(?=\s*[A-Z\"“])", text):
        yield pos, match.start()
        pos = match.end()
    yield pos, len(text)


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > floor and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot].lower().lstrip("(\"'“")
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()      # an initial: "J. Smith"


def _line_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        _add(sentences, text, pos, pos + len(line))
        pos += len(line) + 1
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end))
