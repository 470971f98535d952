"""natasha's own entity pipeline over a folder of .txt files, as natasha's README shows it:
segment, morphology, syntax, NER, span normalisation. The baseline `make bench` compares against."""

from __future__ import annotations

import sys
from pathlib import Path

from natasha import (
    Doc,
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    NewsSyntaxParser,
    Segmenter,
)


def main(folder: str) -> None:
    segmenter = Segmenter()
    morph_vocab = MorphVocab()
    emb = NewsEmbedding()
    morph_tagger = NewsMorphTagger(emb)
    syntax_parser = NewsSyntaxParser(emb)
    ner_tagger = NewsNERTagger(emb)
    spans = 0
    for path in sorted(Path(folder).glob("*.txt")):
        doc = Doc(path.read_text(encoding="utf-8"))
        doc.segment(segmenter)
        doc.tag_morph(morph_tagger)
        doc.parse_syntax(syntax_parser)
        doc.tag_ner(ner_tagger)
        for span in doc.spans:
            span.normalize(morph_vocab)
        spans += len(doc.spans)
    print(spans)


if __name__ == "__main__":
    main(sys.argv[1])
