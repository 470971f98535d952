"""Stage: slovnet morphology, syntax and NER (via natasha), over a batch of documents at once.

The taggers work on batches of sentences; feeding them the sentences of many documents at a
time keeps their batches full.
"""

from __future__ import annotations

from collections.abc import Iterator
from sys import intern
from typing import Any

from .document import Entity, Parsed
from .models import Models

NER_TYPES = {"PER", "LOC", "ORG"}
NER_CHARS = 2000
NER_CONTEXT = ". "
TOKENS_PER_BATCH = (
    1024  # padded tokens per morphology or syntax batch: 32 sentences of up to 32 tokens
)


def tag(docs: list[Parsed], models: Models) -> list[Parsed]:
    sentences = [(doc, sent) for doc in docs for sent in doc.sentences]
    chunks = [[t.text for t in doc.tokens[sent.first : sent.last]] for doc, sent in sentences]
    lemmatize, wanted_forms = models.morph_vocab.lemmatize, models.lemma_forms
    shared: dict[
        tuple, dict[str, str]
    ] = {}  # tokens with equal features share one dict: memory per token stays small
    for k, morph in _by_length(models.morph_tagger, chunks, TOKENS_PER_BATCH):
        doc, sent = sentences[k]
        for token, m in zip(doc.tokens[sent.first : sent.last], morph.tokens, strict=True):
            feats = shared.setdefault(tuple(m.feats.items()), m.feats)
            token.pos, token.feats = m.pos, feats
            lower = token.text.lower()
            # only a word some rule can ask about gets a real lemma; any other keeps its lowercase
            # form
            token.lemma = (
                lemmatize(token.text, m.pos, feats)
                if lower.replace("ё", "е") in wanted_forms
                else intern(lower)
            )
    # syntax for every sentence of more than one token: titles, trips, speech and signings are read
    # off it
    wanted = [k for k, (_, sent) in enumerate(sentences) if sent.last - sent.first > 1]
    for j, syntax in _by_length(
        models.syntax_parser, [chunks[k] for k in wanted], TOKENS_PER_BATCH
    ):
        doc, sent = sentences[wanted[j]]
        for token, s in zip(doc.tokens[sent.first : sent.last], syntax.tokens, strict=True):
            token.rel = intern(s.rel)
            head = int(s.head_id)
            token.head = sent.first + head - 1 if head > 0 else -1
    # the NER tagger's memory grows with the text it is given at once: runs of sentences, not
    # documents
    pieces = [(doc, start, end) for doc in docs for start, end in doc.pieces(NER_CHARS)]
    # the tagger misses names that open its input (`Джо Байден посетил Киев` at a text's start: no
    # left context); each piece is given the end of a sentence before it, and its spans shifted back
    texts = [NER_CONTEXT + doc.clean[a:b] for doc, a, b in pieces]
    markups = dict(
        _by_length(
            models.ner_tagger, texts, (NER_CHARS + len(NER_CONTEXT)) * models.ner_tagger.batch_size
        )
    )
    shift = len(NER_CONTEXT)
    for k, (doc, start, _) in enumerate(pieces):  # in text order, so entities are
        doc.entities += [
            Entity(start + s.start - shift, start + s.stop - shift, s.type)
            for s in markups[k].spans
            if s.type in NER_TYPES and s.start >= shift
        ]
    return docs


def _by_length(tagger: Any, items: list, budget: int) -> Iterator[tuple[int, Any]]:
    """(index, the tagger's output) for `items`, computed over them sorted by size and yielded as
    they come. A batch is padded to its longest item, so similar lengths waste little; it holds
    at most `budget` padded units (tokens, characters), so that long sentences meeting in one
    batch (tables, lists) do not set the peak memory of a whole run."""
    order = sorted(range(len(items)), key=lambda i: len(items[i]))
    chunk: list[int] = []
    for i in order:
        if chunk and (len(chunk) == tagger.batch_size or (len(chunk) + 1) * len(items[i]) > budget):
            yield from zip(chunk, tagger.infer([items[k] for k in chunk]), strict=True)
            chunk = []
        chunk.append(i)
    if chunk:
        yield from zip(chunk, tagger.infer([items[k] for k in chunk]), strict=True)
