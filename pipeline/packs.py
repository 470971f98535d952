"""natasha's packaged models (navec embedding, slovnet morphology, syntax and NER), read without
the start-up work no stage uses.

natasha's own constructors build navec's similarity tables (PQ.precompute, ~0.3 s: only
`Navec.sim` reads them) and a 250,000-word index per model (the three slovnet packs carry the
same word list, and navec a fourth copy no tagger reads). Start-up is the serial part of a run
with workers, so it bounds their speed-up; here it is read once. The models themselves, their
weights and their outputs are natasha's, unchanged (tests/test_packs.py holds this).
"""

from __future__ import annotations

from typing import Any

from navec import Navec
from navec.meta import Meta
from navec.pq import PQ
from navec.tar import Tar
from natasha.data import NEWS_EMBEDDING, NEWS_MORPH, NEWS_NER, NEWS_SYNTAX
from natasha.morph.tagger import NewsMorphTagger
from natasha.ner import NewsNERTagger
from natasha.syntax import NewsSyntaxParser
from slovnet.const import REL, SHAPE, TAG, WORD
from slovnet.exec.encoders import SyntaxEncoder, TagEncoder
from slovnet.exec.infer import MorphInfer, NERInfer, SyntaxDecoder, SyntaxInfer, TagDecoder
from slovnet.exec.model import NER as NERModel, Morph as MorphModel, Syntax as SyntaxModel
from slovnet.exec.pack import Pack
from slovnet.vocab import Vocab

# natasha class, its pack, slovnet model, encoder, the pack's own output vocab, decoder, inference
TAGGERS: dict[str, tuple[Any, ...]] = {
    "morph": (NewsMorphTagger, NEWS_MORPH, MorphModel, TagEncoder, TAG, TagDecoder, MorphInfer),
    "syntax": (
        NewsSyntaxParser,
        NEWS_SYNTAX,
        SyntaxModel,
        SyntaxEncoder,
        REL,
        SyntaxDecoder,
        SyntaxInfer,
    ),
    "ner": (NewsNERTagger, NEWS_NER, NERModel, TagEncoder, TAG, TagDecoder, NERInfer),
}


class _VectorsOnly(PQ):
    """navec's embeddings without the similarity tables no stage uses."""

    def precompute(self) -> None:
        pass  # norms and pairwise tables serve navec's similarity queries, which no stage makes


def embedding(path: str = NEWS_EMBEDDING) -> Navec:
    """The navec embedding as slovnet injects it: its id and quantised vectors."""
    with Tar(path) as tar:
        meta = Meta.from_file(tar.load("meta.json"))
        pq = _VectorsOnly.from_file(tar.load("pq.bin"))
    return Navec(meta, None, pq)


def words(path: str = NEWS_MORPH) -> Vocab:
    """The word list every slovnet news pack encodes words by (one copy for all three)."""
    with Pack(path) as pack:
        return pack.load_vocab(WORD)


def tagger(kind: str, emb: Navec, word_vocab: Vocab, batch_size: int) -> Any:
    """A natasha tagger (`morph`, `syntax` or `ner`), as its constructor builds it, but sharing
    `word_vocab` instead of reading its own copy."""
    cls, path, model_type, encoder, output, decoder, infer = TAGGERS[kind]
    with Pack(path) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(model_type)
        arrays = dict(pack.load_arrays(model.weights))
        shapes, outputs = pack.load_vocab(SHAPE), pack.load_vocab(output)
    model = model.inject_arrays(arrays)
    built = cls.__new__(cls)
    built.infer = infer(model, encoder(word_vocab, shapes, batch_size), decoder(outputs))
    built.batch_size = batch_size
    built.navec(emb)
    return built
