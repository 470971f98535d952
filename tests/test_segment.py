from pipeline.document import Source
from pipeline.segment import blank_markup, segment


def test_markup_is_blanked_without_moving_offsets():
    text = "**Глава МИД** прибыл с [официальным визитом](#) в Баку."
    clean = blank_markup(text)
    assert len(clean) == len(text)
    assert "**" not in clean and "](#)" not in clean
    assert clean.index("официальным") == text.index("официальным")


def test_sentences_never_cross_a_line(models):
    doc = segment(Source("d", "", "", "Заголовок без точки\nПервое предложение. Второе."), models)
    texts = [doc.text[s.start : s.end] for s in doc.sentences]
    assert texts == ["Заголовок без точки", "Первое предложение.", "Второе."]
