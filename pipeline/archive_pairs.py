"""`python -m pipeline.archive_pairs`: how well person keys say who is who across documents.

Over the gold corpora (seeds and dev in ../shared), every pair of gold persons in different
documents is a pair the keys should call the same when the gold names are the same, and different
when they differ. Names compare folded (`keys.fold`) and without the patronymic (`Борис
Николаевич Ельцин` is `Борис Ельцин`). Each gold person is matched to the extracted person of its
document with its surname (as the reference scorer matches them; the one with its first name too
where two share it); a gold person nothing matches keeps its pairs unpredicted (a recall loss).

  record keys   the `key` of the records: precision and recall of "same key" against "same name"
  archive keys  the keys of `persons.jsonl` after joining, against the same name where a gold
                surname-only name (`Путин`) counts as the one gold full name with that surname
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from .keys import fold

CORPORA = ("seeds", "dev")


def gold_name(p: dict) -> str:
    """A gold person's name as the pairs compare it: folded, the patronymic left out."""
    words = p["name"].split()
    if p.get("middle"):
        words = [w for w in words if w != p["middle"]]
    return fold(" ".join(words))


def _surname(p: dict) -> str:
    if p.get("last"):
        return fold(p["last"])
    words = (p.get("name") or "").split()
    return fold(words[-1]) if words else ""


def align(gold: dict, pred: dict) -> dict[str, dict]:
    """Gold person id → the extracted person it matches (one to one, greedy in gold order)."""
    free = list(pred["persons"])
    found: dict[str, dict] = {}
    for g in gold["persons"]:
        if g.get("optional"):
            continue
        same = [p for p in free if _surname(p) == _surname(g)]
        same.sort(key=lambda p: fold(p.get("first") or "") != fold(g.get("first") or ""))
        if same:
            found[g["id"]] = same[0]
            free.remove(same[0])
    return found


def _humans(gold: list[dict]) -> dict[str, str]:
    """Gold name → the human it stands for: a surname alone (`Путин`) or with an initial (`Н.
    Кан`) for the one gold full name with that surname (and initial), where there is one."""
    full: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        if g.get("first") and g.get("last"):
            full[_surname(g)].add(gold_name(g))
    human = {gold_name(g): gold_name(g) for g in gold}
    for g in gold:
        if not g.get("last") or g.get("first"):
            continue
        name = gold_name(g)
        letter = name[0] if re.match(r"\w\.", name) else ""
        fits = [n for n in full.get(_surname(g), ()) if n.startswith(letter)]
        if len(fits) == 1:
            human[name] = fits[0]
    return human


def score(items: list[tuple[str, str, str | None]]) -> dict[str, float]:
    """Precision and recall of `same key` over pairs in different documents; items are
    (document, gold identity, predicted key or None)."""
    tp = fp = fn = 0
    for (d1, g1, k1), (d2, g2, k2) in combinations(items, 2):
        if d1 == d2:
            continue
        same_key = k1 is not None and k1 == k2
        if g1 == g2:
            tp, fn = tp + same_key, fn + (not same_key)
        else:
            fp += same_key
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "pairs": tp + fn,
    }


def measure(pairs: list[tuple[dict, dict]], archive: dict[tuple[str, str], str]) -> dict:
    """`pairs`: (gold record, extracted record) per document; `archive`: (document, person id) →
    archive key. Scores of the record keys and of the archive keys."""
    rows = []
    for gold, pred in pairs:
        doc = pred["document"]["id"]
        match = align(gold, pred)
        for g in gold["persons"]:
            if not g.get("optional"):
                rows.append((doc, g, match.get(g["id"])))
    human = _humans([g for _, g, _ in rows])
    record = [(d, gold_name(g), p["key"] if p else None) for d, g, p in rows]
    joined = [
        (d, human[gold_name(g)], archive.get((d, p["id"])) if p else None) for d, g, p in rows
    ]
    return {"record keys": score(record), "archive keys": score(joined)}


def extract_corpora(shared: Path, out: Path, extractor: Any = None) -> list[tuple[dict, dict]]:
    """Extract the gold corpora's texts into `out` and pair each record with its gold."""
    from .decode import decode
    from .extract import Extractor
    from .write import write

    extractor = extractor or Extractor()
    pairs = []
    for name in CORPORA:
        folder = shared / "corpus" / name
        texts = sorted(folder.glob("*.txt"))
        for rec in extractor.run([decode(p, p.stem) for p in texts]):
            write(rec, out)
        for p in texts:
            gold = json.loads((folder / "gold" / f"{p.stem}.json").read_text(encoding="utf-8"))
            pairs.append((gold, json.loads((out / f"{p.stem}.json").read_text(encoding="utf-8"))))
    return pairs


def report(pairs: list[tuple[dict, dict]], out: Path) -> dict:
    from .archive import build_archive

    archive = build_archive(out)
    where = {
        (d["document"], d["person"]): p["key"] for p in archive.persons for d in p["documents"]
    }
    return measure(pairs, where)


def main() -> None:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared", help="the folder with corpus/")
    shared = Path(parser.parse_args().shared)
    with tempfile.TemporaryDirectory() as name:
        results = report(extract_corpora(shared, Path(name)), Path(name))
    for what, r in results.items():
        print(
            f"{what:12} pairwise precision={r['precision']:.3f} recall={r['recall']:.3f} "
            f"({r['pairs']} pairs of one name in different documents)"
        )


if __name__ == "__main__":
    main()
