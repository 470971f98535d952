"""packs.py reads natasha's models with less start-up work: the taggers must stay natasha's own."""

from __future__ import annotations

from gzip import decompress

import natasha
import pytest
from slovnet.exec.pack import Pack, vocab_name

from pipeline import packs

SENTENCES = [
    ["Глава", "МИД", "России", "Сергей", "Лавров", "прибыл", "в", "Анкару", "."],
    [
        "Премьер-министр",
        "Японии",
        "Синдзо",
        "Абэ",
        "заявил",
        ",",
        "что",
        "договор",
        "будет",
        "подписан",
        ".",
    ],
    ["Во", "вторник", "в", "Минске", "подписали", "соглашение", "о", "сотрудничестве", "."],
    ["Неизвестноеслово", "xyz", "2024", "—", "«", "Газпром", "»", "!"],
]


def test_the_three_packs_share_one_word_list() -> None:
    """packs.words() reads one copy for all three taggers: true only while natasha ships them so."""
    lists = []
    for _, path, *_ in packs.TAGGERS.values():
        with Pack(path) as pack:
            lists.append(decompress(pack.read(vocab_name("word"))))
    assert lists[0] == lists[1] == lists[2]
    assert packs.words().items == lists[0].decode("utf-8").splitlines()


@pytest.fixture(scope="module")
def pair() -> tuple[dict, dict]:
    emb = natasha.NewsEmbedding()
    theirs = {
        "morph": natasha.NewsMorphTagger(emb),
        "syntax": natasha.NewsSyntaxParser(emb),
        "ner": natasha.NewsNERTagger(emb),
    }
    lean, words = packs.embedding(), packs.words()
    ours = {kind: packs.tagger(kind, lean, words, 8) for kind in packs.TAGGERS}
    return theirs, ours


@pytest.mark.parametrize("kind", ["morph", "syntax"])
def test_taggers_give_natashas_own_output(pair: tuple[dict, dict], kind: str) -> None:
    theirs, ours = pair
    got = [
        [
            (t.text, *(getattr(t, a, None) for a in ("pos", "feats", "head_id", "rel")))
            for t in m.tokens
        ]
        for m in ours[kind].map(SENTENCES)
    ]
    want = [
        [
            (t.text, *(getattr(t, a, None) for a in ("pos", "feats", "head_id", "rel")))
            for t in m.tokens
        ]
        for m in theirs[kind].map(SENTENCES)
    ]
    assert got == want


def test_ner_gives_natashas_own_spans(pair: tuple[dict, dict]) -> None:
    theirs, ours = pair
    texts = [" ".join(s) for s in SENTENCES]
    assert [[(s.start, s.stop, s.type) for s in m.spans] for m in ours["ner"].map(texts)] == [
        [(s.start, s.stop, s.type) for s in m.spans] for m in theirs["ner"].map(texts)
    ]
    assert any(m.spans for m in ours["ner"].map(texts))  # the comparison compared something


def test_embedding_skips_only_the_similarity_tables() -> None:
    lean, full = packs.embedding(), natasha.NewsEmbedding()
    assert lean.meta.id == full.meta.id
    assert (lean.pq.indexes == full.pq.indexes).all() and (lean.pq.codes == full.pq.codes).all()
    assert not hasattr(lean.pq, "ab")
