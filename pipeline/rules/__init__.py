"""Rules as data: the tables the stages apply. Edit these, not the code, to teach the pipeline."""

from types import ModuleType


def lemma_keys(*modules: ModuleType) -> set[str]:
    """Every word that the tables of `modules` hold (set members and dict keys, phrases split):
    the lemmas a rule may compare a token's lemma with."""
    words: set[str] = set()
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, (set, frozenset, dict)):
                words |= {w.lower() for key in value if isinstance(key, str) for w in key.split()}
            elif isinstance(value, str) and not value.startswith("_"):
                words |= {value.lower()}
    return words
