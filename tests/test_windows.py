"""Where long texts are cut into windows."""

from __future__ import annotations

import pytest

from pipeline.windows import WINDOW_CHARS, context_start, windows


def _check(text: str, size: int) -> list[tuple[int, int]]:
    out = windows(text, size)
    assert out[0][0] == 0 and out[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(out, out[1:], strict=False))  # contiguous
    assert all(0 < end - start <= size for start, end in out) or text == ""
    return out


@pytest.mark.parametrize(
    ("text", "size", "pieces"),
    [
        # one window: the text as it is
        ("Путин прибыл в Минск.", 100, ["Путин прибыл в Минск."]),
        ("", 100, [""]),
        # after the last line break of the window's second half
        (
            "Первый абзац текста.\nВторой абзац.\nТретий.",
            40,
            ["Первый абзац текста.\nВторой абзац.\n", "Третий."],
        ),
        # a line break in the first half only: the line is cut after a sentence end instead
        (
            "Абзац.\nОчень длинная строка. Её конец здесь и дальше",
            40,
            ["Абзац.\nОчень длинная строка. ", "Её конец здесь и дальше"],
        ),
        # a closing quote stays with its sentence
        (
            "«Мы готовы». Сказал он и ушёл отсюда далеко",
            20,
            ["«Мы готовы». ", "Сказал он и ушёл ", "отсюда далеко"],
        ),
        # an initial or an abbreviation ends no sentence: after the last space instead
        (
            "Президент России В. В. Путин прибыл в г. Анкару",
            30,
            ["Президент России В. В. Путин ", "прибыл в г. Анкару"],
        ),
        # no sentence end: after the last space; no space: where the window ends
        ("слово слово слово слово", 12, ["слово слово ", "слово слово"]),
        ("абвгдежзийклмн", 5, ["абвгд", "ежзий", "клмн"]),
    ],
)
def test_windows_cut_at_paragraphs_then_sentences_then_spaces(
    text: str, size: int, pieces: list[str]
) -> None:
    assert [text[a:b] for a, b in _check(text, size)] == pieces


def test_a_window_holds_at_least_one_character() -> None:
    with pytest.raises(ValueError, match="at least one"):
        windows("текст", 0)


def test_a_long_text_of_paragraphs_is_cut_only_between_them() -> None:
    paragraph = "Министр иностранных дел России Сергей Лавров провёл переговоры. " * 20
    text = "\n".join([paragraph] * 500)
    out = _check(text, WINDOW_CHARS)
    assert len(out) > 1
    assert all(text[end - 1] == "\n" for _, end in out[:-1])


@pytest.mark.parametrize(
    ("text", "start", "size", "context"),
    [
        ("Первый.\nВторой.\nТретий.", 0, 10, ""),  # the first window has none
        ("Первый.\nВторой.\nТретий.", 16, 10, "Второй.\n"),  # whole lines within reach
        ("Первый.\nВторой.\nТретий.", 16, 100, "Первый.\nВторой.\n"),  # from the text's start
        # in one long line: from the first sentence, else the first word, within reach
        ("Первый. Второй. Третий.", 16, 10, "Второй. "),
        ("одна длинная строка без разрывов", 20, 8, "строка "),
        ("однадлиннаястрокабезразрывов", 20, 8, ""),
        # the line before the window longer than the reach: its sentences within it
        ("Первый. Второй. Третий.\nЧетвёртый.", 24, 12, "Третий.\n"),
        ("Путин прибыл в г. Анкару. Там он сказал:\n«Да».", 41, 30, "Там он сказал:\n"),
    ],
)
def test_a_window_reads_back_whole_lines_of_the_window_before(
    text: str, start: int, size: int, context: str
) -> None:
    assert text[context_start(text, start, size) : start] == context
