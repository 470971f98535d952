"""Stage: blank out markup and split the text into sentences and tokens (razdel, via natasha)."""

from __future__ import annotations

import re

from .document import Parsed, Sentence, Source, Token
from .models import Models

# Markdown and HTML that would confuse the taggers. Each match is replaced by spaces of the
# same length, so offsets into the cleaned text are offsets into the original.
MARKUP = re.compile(
    r"\]\([^)\s]*\)"  # the target of a Markdown link: [text](url)
    r"|(?<![\w\]])\[(?=[^\]\n]*\]\()"  # the bracket that opens such a link
    r"|\\[*_#\[\]]"  # escaped Markdown characters
    r"|\*\*|__|(?m:^#{1,6}(?=\s))"  # bold, headings
    r"|<[^<>\n]{1,200}>"  # HTML tags
    r"|&[a-z]+;"  # HTML entities
)
# Longer sentences (a 300 KB line with no full stop) are cut: syntax parsing costs n² per sentence.
MAX_SENTENCE_TOKENS = 200
# Lines are paragraphs or headings: a sentence never runs across a line break.
LINE = re.compile(r"[^\n]+")


def blank_markup(text: str) -> str:
    return MARKUP.sub(lambda m: " " * len(m.group()), text)


def segment(source: Source, models: Models) -> Parsed:
    clean = blank_markup(source.text)
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for line in LINE.finditer(clean):
        base = line.start()
        for sent in models.segmenter.sentenize(line.group()):
            first = len(tokens)
            for tok in models.segmenter.tokenize(sent.text):
                # a run-on line: cut it, the parser is quadratic
                if len(tokens) - first == MAX_SENTENCE_TOKENS:
                    sentences.append(
                        Sentence(tokens[first].start, tokens[-1].end, first, len(tokens))
                    )
                    first = len(tokens)
                start = base + sent.start + tok.start
                tokens.append(Token(start, start + len(tok.text), tok.text, len(sentences)))
            if len(tokens) > first:
                sentences.append(
                    Sentence(tokens[first].start, base + sent.stop, first, len(tokens))
                )
    return Parsed(source, clean, sentences, tokens)
