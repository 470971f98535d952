"""Batching for slovnet: every item tagged once, batches bounded by count and by padded size."""

from __future__ import annotations

from pipeline.tag import _by_length


class FakeTagger:
    batch_size = 4

    def __init__(self) -> None:
        self.batches: list[list[list[str]]] = []

    def infer(self, items: list[list[str]]) -> list[str]:
        self.batches.append(items)
        return [" ".join(item) for item in items]


def test_each_item_comes_back_with_its_own_output():
    items = [["слово"] * n for n in (5, 1, 30, 2, 2, 9, 1, 17)]
    out = dict(_by_length(FakeTagger(), items, budget=40))
    assert out == {i: " ".join(item) for i, item in enumerate(items)}


def test_batches_hold_similar_lengths_within_count_and_padded_size():
    tagger = FakeTagger()
    items = [["w"] * n for n in (3, 3, 3, 3, 3, 12, 12, 12, 50)]
    list(_by_length(tagger, items, budget=30))
    sizes = [[len(i) for i in batch] for batch in tagger.batches]
    # four short ones (the count); a third 12 would pad to 36 > 30; 50 is over the budget alone
    assert sizes == [[3, 3, 3, 3], [3, 12], [12, 12], [50]]
    assert all(
        len(b) <= tagger.batch_size and (len(b) * max(b) <= 30 or len(b) == 1) for b in sizes
    )
