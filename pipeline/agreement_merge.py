"""One record per document: later mentions of an agreement refer back to the one found before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import MorphVocab

if TYPE_CHECKING:
    from .agreements import Agreement


def _ordinal(vocab: MorphVocab, title: str | None) -> bool:
    """The title opens with an ordinal: the agreement counts as one of several."""
    first_word = (title or "").split(" ")[0]
    return bool(first_word) and any("Anum" in p.tag.grammemes for p in vocab(first_word)[:1])


def _same_title(out: list[Agreement], a: Agreement) -> Agreement | None:
    """`Первый контракт …`, `Третий контракт был подписан между ФИДЕ и Мехико`: one of several, the
    same only by its title."""
    return next((o for o in out if o.title == a.title), None)


def _completed(out: list[Agreement], a: Agreement) -> Agreement | None:
    """A named one: the same title, or the one unnamed document of its kind the text is signing
    (or will: `подпишет антипиратский меморандум` … `подпишет меморандум Роскомнадзора о …`), or
    the unnamed one whose name this one completes (`газовое соглашение` … `газовое соглашение 2009
    года`); that one takes the fuller name, and later bare mentions still refer to it."""
    same = _same_title(out, a) or next(
        (
            o
            for o in out
            if not o.named
            and o.kind == a.kind
            and (
                (a.status != "mentioned" and o.status == a.status)
                or (a.title or "").startswith(f"{o.title} ")
            )
        ),
        None,
    )
    if same is not None and not same.named:
        same.title = a.title
        _copy_why(same, a, "title")
    return same


def _of_the_kind(out: list[Agreement], a: Agreement) -> Agreement | None:
    """An unnamed one: the unnamed one of its kind before, unless one is done and the other
    planned."""
    return next(
        (
            o
            for o in out
            if not o.named
            and o.kind == a.kind
            and (
                "mentioned" in (a.status, o.status)
                or (a.status == "planned") == (o.status == "planned")
            )
        ),
        None,
    )


def _copy_why(to: Agreement, source: Agreement, key: str) -> None:
    if key in source.why:
        to.why[key] = source.why[key]
    else:
        to.why.pop(key, None)


def _earlier(vocab: MorphVocab, out: list[Agreement], a: Agreement) -> Agreement | None:
    """The agreement found before that `a` mentions again, if any."""
    if _ordinal(vocab, a.title):
        return _same_title(out, a)
    if a.named:
        return _completed(out, a)
    if a.kind == "documents" and a.count is None and out:
        return out[-1]  # `документ подписали`: the document just named
    return _of_the_kind(out, a)


def merge(vocab: MorphVocab, found: list[Agreement]) -> list[Agreement]:
    """One record per document: later mentions add their sentences, signatories, date and status
    to the one they refer back to; other sides make another one (`связали побратимские узы` after
    the states' agreements)."""
    out: list[Agreement] = []
    for a in found:
        same = _earlier(vocab, out, a)
        if same is None or (same.parties and a.parties and not set(same.parties) & set(a.parties)):
            out.append(a)
            continue
        same.evidence += [e for e in a.evidence if e not in same.evidence]
        signers = [p for p in a.signatories if p not in same.signatories]
        if signers and "signatories" in a.why:
            names = [
                *same.why.get("signatories", "").split(", "),
                *a.why["signatories"].split(", "),
            ]
            same.why["signatories"] = ", ".join(dict.fromkeys(n for n in names if n))
        same.signatories += signers
        same.date = same.date or a.date
        if same.status == "mentioned":
            same.status = a.status
            _copy_why(same, a, "status")
    return out
