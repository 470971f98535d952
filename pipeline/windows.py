"""Where a long text is cut into windows: runs of whole paragraphs that the stages take one at a
time, so that what a document holds at once (tokens, their tags, the stages' working state) is
bounded by the window, not by the document.

A text of at most WINDOW_CHARS characters is one window: the stages see it whole, as they always
did. A longer one is cut at the last line break of each window's second half (lines are the
segmenter's paragraphs: no sentence runs across one); a line longer than half a window is cut
before its last sentence (razdel's), else after its last space, else where the window ends.
"""

from __future__ import annotations

import re

from razdel import sentenize

# ~180 KB of Cyrillic UTF-8: some fifteen pages, a few MB of tagger state. Boundaries are where
# a window's reading stops (a title-only reference or a pronoun reads back only inside its own
# window), so they should be rare; memory is what bounds them from above.
WINDOW_CHARS = 100_000
# How far back a window reads into the one before (whole lines): title-only references, pronouns
# and speakers look back a few sentences, quoted speech two paragraph breaks.
CONTEXT_CHARS = 3_000
SPACE = re.compile(r"\s")


def windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """`[start, end)` offsets of the windows of `text`: contiguous, covering it whole, each at
    most `size` characters long."""
    if size < 1:
        raise ValueError(f"a window holds at least one character, not {size}")
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def _cut(text: str, start: int, limit: int) -> int:
    """Where the window from `start` ends, at most at `limit`: after a line break in the second
    half if there is one, else after a sentence end, else after a space, else at `limit`."""
    half = start + (limit - start) // 2
    line = text.rfind("\n", half, limit)
    if line >= 0:
        return line + 1
    sentences = _sentence_starts(text, half, limit)
    if sentences:
        return sentences[-1]
    space = max(text.rfind(" ", half, limit), text.rfind("\t", half, limit))
    return space + 1 if space >= 0 else limit


def context_start(text: str, start: int, size: int = CONTEXT_CHARS) -> int:
    """Where the window starting at `start` begins reading: the first line that starts at most
    `size` characters before it; in a longer line (a text without line breaks), the first
    sentence, else the first word, that does; `start` itself where none does."""
    if start <= size:
        return 0
    reach = start - size
    line = text.find("\n", reach, start - 1)  # not the line break that ends the window before
    if line >= 0:
        return line + 1
    sentences = _sentence_starts(text, reach, start)
    if sentences:
        return sentences[0]
    space = SPACE.search(text, reach, start)
    return space.end() if space is not None else start


def _sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Where sentences begin in `text[start:end]` but at `start` (razdel's sentences: an initial
    or an abbreviation such as `В. Путин` or `г. Анкара` ends none)."""
    return [start + s.start for s in sentenize(text[start:end])][1:]
