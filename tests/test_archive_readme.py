"""The README's archive questions, run as written over a small archive, print what it shows."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re

import pytest

from pipeline.archive import build_archive
from pipeline.decode import decode
from pipeline.write import write

from .conftest import ROOT

# A small archive: dated visits to Minsk (one planned), agreements of Беларусь, two quotes of
# Лавров, Путин named three ways, and two Алиевs with a third named by surname alone.
ARTICLES = {
    "2024-03-12-minsk": (
        "Минск, 12 марта 2024 года. Президент России Владимир Путин прибыл с официальным визитом "
        "в Минск. Путин провел переговоры с президентом Беларуси Александром Лукашенко. По итогам "
        "переговоров Владимир Путин и Александр Лукашенко подписали соглашение о сотрудничестве в "
        "области энергетики между Россией и Беларусью.\n«Мы договорились о главном и будем "
        "работать дальше», — заявил Путин журналистам.\n"
    ),
    "2024-04-15-baku": (
        "Баку, 15 апреля 2024 года. Президент Беларуси Александр Лукашенко прибыл с "
        "государственным визитом в Азербайджан. Лукашенко провел переговоры с президентом "
        "Азербайджана Ильхамом Алиевым. Лидеры подписали договор о стратегическом партнерстве "
        "между Беларусью и Азербайджаном.\n«Мы доверяем друг другу и смотрим в будущее», — сказал "
        "Алиев.\n"
    ),
    "2024-06-03-lavrov": (
        "Москва, 3 июня 2024 года. Министр иностранных дел России Сергей Лавров посетит Минск 20 "
        "июня. «Мы ждем этой встречи с нашими белорусскими друзьями», — сказал Лавров "
        "журналистам. По его словам, в ходе визита будет подписан меморандум о сотрудничестве "
        "между Россией и Беларусью.\n"
    ),
    "2024-07-01-kazakhstan": (
        "Астана, 1 июля 2024 года. Президент Казахстана Касым-Жомарт Токаев прибыл с рабочим "
        "визитом в Минск. В.В. Путин в тот же день провел телефонный разговор с Токаевым.\n"
        "«Казахстан и Беларусь — надежные партнеры», — отметил Токаев.\n"
    ),
    "2003-heydar": (
        "Гейдар Алиев был президентом Азербайджана с 1993 по 2003 год. В 2003 году Гейдар Алиев "
        "посетил Москву с официальным визитом.\n"
    ),
    "aliyev-alone": (
        "Алиев заявил журналистам: «Азербайджан открыт для сотрудничества со всеми соседями».\n"
    ),
    "lavrov-ankara": (
        "Министр иностранных дел России Сергей Лавров прибыл в Анкару. «Переговоры прошли "
        "конструктивно и открыто», – заявил Лавров журналистам. Стороны подписали меморандум о "
        "сотрудничестве.\n"
    ),
}


def write_articles(folder) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def archive_out(extractor, tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    write_articles(root / "in")
    out = root / "out"
    out.mkdir()
    sources = [decode(p, p.stem) for p in sorted((root / "in").glob("*.txt"))]
    for record in extractor.run(sources):
        write(record, out)
    build_archive(out)
    return out


def readme_example(name: str) -> tuple[str, str]:
    """The code of a README example and the output the README shows after it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pattern = rf"<!-- example: {name} -->\n```python\n(.*?)```\n(?:\n```text\n(.*?)```)?"
    match = re.search(pattern, readme, re.S)
    assert match, f"README has no `{name}` example"
    return match.group(1), match.group(2) or ""


def run_in(folder, *codes: str) -> str:
    buffer, cwd = io.StringIO(), os.getcwd()
    os.chdir(folder)
    try:
        with contextlib.redirect_stdout(buffer):
            scope: dict = {}
            for code in codes:
                exec(compile(code, "README.md", "exec"), scope)
    finally:
        os.chdir(cwd)
    return buffer.getvalue()


@pytest.mark.parametrize("question", ["archive-minsk", "archive-belarus", "archive-lavrov"])
def test_readme_questions_print_what_the_readme_shows(archive_out, question):
    setup, _ = readme_example("archive-read")
    code, shown = readme_example(question)
    printed = run_in(archive_out.parent, setup, code)
    assert printed and printed == shown, printed


def test_the_small_archive_joins_what_the_readme_says(archive_out):
    persons = [json.loads(s) for s in (archive_out / "persons.jsonl").open(encoding="utf-8")]
    keys = {p["key"]: p for p in persons}
    assert [d["document"] for d in keys["путин/владимир"]["documents"]] == [
        "2024-03-12-minsk",
        "2024-07-01-kazakhstan",  # `В.В. Путин`: the one Путин whose name starts with В
    ]
    assert {"алиев/ильхам", "алиев/гейдар", "алиев/"} <= set(keys)  # two Алиевs: `Алиев` apart
