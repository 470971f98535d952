"""Stage: slovnet morphology, syntax and NER (via natasha), over a batch of documents at once.

The taggers work on batches of sentences; feeding them the sentences of many documents at a
time keeps their batches full.
"""
from __future__ import annotations

from sys import intern

from .document import Entity, Parsed
from .models import Models

NER_TYPES = {"PER", "LOC", "ORG"}
NER_CHARS = 5000


def tag(docs: list[Parsed], models: Models) -> list[Parsed]:
    chunks = [[t.text for t in d.sentence_tokens(i)] for d in docs for i in range(len(d.sentences))]
    morphs = models.morph_tagger.map(chunks)
    syntaxes = models.syntax_parser.map(chunks)
    # the NER tagger's memory grows with the text it is given at once: runs of sentences, not documents
    pieces = [(doc, start, end) for doc in docs for start, end in doc.pieces(NER_CHARS)]
    ners = iter(models.ner_tagger.map([doc.clean[start:end] for doc, start, end in pieces]))
    lemmatize = models.morph_vocab.lemmatize
    shared: dict[tuple, dict[str, str]] = {}  # tokens with equal features share one dict: memory per token stays small
    for doc in docs:
        for sent in doc.sentences:
            morph, syntax = next(morphs), next(syntaxes)
            for token, m, s in zip(doc.tokens[sent.first : sent.last], morph.tokens, syntax.tokens):
                key = tuple(m.feats.items())
                token.pos, token.feats = m.pos, shared.setdefault(key, m.feats)
                token.rel = intern(s.rel)
                head = int(s.head_id)
                token.head = sent.first + head - 1 if head > 0 else -1
                token.lemma = intern(lemmatize(token.text, m.pos, m.feats) if token.text.isalpha() or "-" in token.text else token.text.lower())
    for doc, start, _ in pieces:
        markup = next(ners)
        doc.entities += [Entity(start + s.start, start + s.stop, s.type) for s in markup.spans if s.type in NER_TYPES]
    return docs

