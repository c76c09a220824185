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


def _capitals(text: str) -> tuple[int, float]:
    """Letters in the first 5,000 characters, and the share of them in capitals.

    The ASCII characters are counted in C; only the others (curly quotes, dashes, accented letters: a
    few in a news text) are asked one by one, rather than all 5,000 characters of any text holding one."""
    head = text[:5000]
    raw = head.encode("ascii", "ignore")
    letters, upper = len(raw.translate(None, _NOT_LETTER)), len(raw.translate(None, _NOT_UPPER))
    if not head.isascii():
        for ch in "".join(_NON_ASCII.findall(head)):
            if ch.isalpha():
                letters += 1
                if ch.isupper():
                    upper += 1
    return letters, upper / letters if letters else 0.0


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def is_lowercased_form(text: str) -> bool:
    """True for text with (almost) no capitals, like the seed's tokenized form."""
    return text_form(text)[0]


def is_caps_form(text: str) -> bool:
    """True for text in capitals, as wire services and radio transcripts still send it."""
    return text_form(text)[1]


def text_form(text: str) -> tuple[bool, bool]:
    """(lowercased, in capitals): both answers from one count of the letters."""
    letters, share = _capitals(text)
    return letters >= 20 and share < 0.005, letters >= 20 and share > 0.9


def split_sentences(text: str, one_per_line: bool = False, caps: bool = False, cased: bool = False) -> list[Sentence]:
    """`caps`: in text all in capitals a line that starts with a capital is no new paragraph,
    only a wrapped line; paragraphs are told by blank lines. `one_per_line`: every line ends a
    sentence; with `cased`, a line may still hold several (prose written a paragraph per line)."""
    if one_per_line and not cased:
        return _line_sentences(text)
    sentences: list[Sentence] = []
    blocks = _lines(text) if one_per_line else _blocks(text, _PARAGRAPH) if caps else _cased_blocks(text)
    for block_start, block_end in blocks:
        start = block_start
        for match in _BOUNDARY.finditer(text, block_start, block_end):
            end = match.end()
            if _is_abbreviation(text, match.start(), block_start):
                continue
            _add(sentences, text, start, end)
            start = end
        _add(sentences, text, start, block_end)
    return sentences


_BLOCK = re.compile(r"\n\s*\n|\n(?=\s*[A-Z\"“])")
_PARAGRAPH = re.compile(r"\n\s*\n")


def _blocks(text: str, breaks: re.Pattern):
    """Paragraphs (blank-line or newline separated) never share a sentence."""
    pos = 0
    for match in breaks.finditer(text):
        yield pos, match.start()
        pos = match.end()
    yield pos, len(text)


_WRAP_SLACK = 30      # a line wrapped by the sender falls short of the wrap width by less than this
_WRAP_MAX = 130       # wider lines are paragraphs a line each, not wrapped copy
_LINE_END = re.compile(r"[.!?:;\"'”’)]\s*$")


def wrap_width(text: str) -> int | None:
    """The width plain-text wire copy was hard-wrapped at, or None: the text is no wider than `_WRAP_MAX`, and
    of its lines that a paragraph continues after (two or more; a paragraph's last line is short by nature),
    two thirds or more run to within `_WRAP_SLACK` characters of the longest line."""
    lines = text.split("\n")
    if len(lines) < 3:
        return None
    width = max(len(line.rstrip()) for line in lines)
    if width > _WRAP_MAX:
        return None
    inner = [len(line.rstrip()) for line, after in zip(lines, lines[1:]) if line.strip() and after.strip()]
    if len(inner) < 2:
        return None
    return width if 3 * sum(n >= width - _WRAP_SLACK for n in inner) >= 2 * len(inner) else None


def _cased_blocks(text: str):
    """Paragraphs of cased text. A line that starts with a capital starts a paragraph (a headline, a
    byline, a paragraph a line), unless the text is hard-wrapped and the line before runs to the wrap width
    with no sentence end: then the capital is a name that fell at the start of a wrapped line ("... in the
    village of\nTurmus Ayya near Ramallah")."""
    width = wrap_width(text)
    if width is None:
        yield from _blocks(text, _BLOCK)
        return
    pos = 0
    for match in _BLOCK.finditer(text):
        if match.end() - match.start() == 1:
            line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
            if len(line.rstrip()) >= width - _WRAP_SLACK and not _LINE_END.search(line):
                continue
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


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def _line_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for start, end in _lines(text):
        _add(sentences, text, start, end)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end))
