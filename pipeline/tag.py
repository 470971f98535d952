"""Stage: slovnet morphology, syntax and NER (via natasha), over a batch of documents at once.

The taggers work on batches of sentences; feeding them the sentences of many documents at a
time keeps their batches full.
"""
from __future__ import annotations

from .document import Entity, Parsed
from .models import Models

NER_TYPES = {"PER", "LOC", "ORG"}


def tag(docs: list[Parsed], models: Models) -> list[Parsed]:
    chunks = [[t.text for t in d.sentence_tokens(i)] for d in docs for i in range(len(d.sentences))]
    morphs = models.morph_tagger.map(chunks)
    syntaxes = models.syntax_parser.map(chunks)
    # slovnet's NER fails on a text with no tokens: such documents have no entities to find
    with_text = [d for d in docs if d.tokens]
    ners = iter(models.ner_tagger.map([d.clean for d in with_text]))
    lemmatize = models.morph_vocab.lemmatize
    for doc in docs:
        for sent in doc.sentences:
            morph, syntax = next(morphs), next(syntaxes)
            for token, m, s in zip(doc.tokens[sent.first : sent.last], morph.tokens, syntax.tokens):
                token.pos, token.feats = m.pos, m.feats
                token.rel = s.rel
                head = int(s.head_id)
                token.head = sent.first + head - 1 if head > 0 else -1
                token.lemma = lemmatize(token.text, m.pos, m.feats) if token.text.isalpha() or "-" in token.text else token.text.lower()
        if doc.tokens:
            markup = next(ners)
            doc.entities = [Entity(s.start, s.stop, s.type) for s in markup.spans if s.type in NER_TYPES]
    return docs
