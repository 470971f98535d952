"""Who is who across documents, measured: pairwise precision and recall of the person keys over
the gold corpora (seeds and dev in ../shared)."""

from __future__ import annotations

from pipeline.archive_pairs import extract_corpora, report

from .conftest import shared_or_skip


def test_keys_pair_gold_persons_by_name_across_documents(extractor, tmp_path, capsys):
    shared = shared_or_skip("corpus", "dev", "gold").parent.parent.parent
    shared_or_skip("corpus", "seeds", "gold")
    results = report(extract_corpora(shared, tmp_path, extractor), tmp_path)
    with capsys.disabled():
        for what, r in results.items():
            print(
                f"\n{what}: pairwise precision {r['precision']:.3f}, recall {r['recall']:.3f} "
                f"({r['pairs']} pairs of one name)"
            )
    for what, r in results.items():
        assert r["precision"] >= 0.95 and r["recall"] >= 0.95, (what, r)
        assert r["pairs"] >= 25, (what, r)  # the corpora hold that many namesake pairs
