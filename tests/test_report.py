"""The HTML report: escaped, self-contained, marks where the records point; rendered in Chromium."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import zlib

import pytest

from pipeline.archive import Archive
from pipeline.report import Mark, highlight, render
from pipeline.report_timeline import PALETTE

from .conftest import ROOT
from .test_archive_readme import write_articles
from .test_cli import ARTICLE, cli

HOSTILE = (
    '<script>document.title="PWNED"</script><img src=x onerror="document.title=\'PWNED\'">\n'
    "Президент Франции Эмманюэль Макрон прибыл в Берлин. «Мы будем работать вместе с "
    "Германией», – заявил Макрон.\n"
)


def test_highlight_escapes_and_layers_overlapping_marks():
    text = "«Путин & <b>»"
    html = highlight(text, [Mark(1, 6, "per", "d-person-1"), Mark(1, 12, "quote")])
    assert '<a id="d-person-1"></a><mark class="per quote">Путин</mark>' in html
    assert "&amp; &lt;b&gt;" in html and "<b>" not in html


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    (root / "in").mkdir()
    (root / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (root / "in" / "lavrov.txt").write_text(ARTICLE, encoding="utf-8")
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, root / "in" / seed.name)
    res = cli("extract", str(root / "in"), "--out", str(root / "out"))
    assert res.returncode == 0, res.stderr
    return root / "out"


def test_report_is_self_contained_and_inert(report_dir):
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(
        r"<script|<img|<[^>]*\bon\w+=|(src|href)=\"?https?:", html, re.I
    )  # markup shows as text
    assert "&lt;script&gt;document.title=&quot;PWNED&quot;&lt;/script&gt;" in html


def test_report_command_rebuilds_it(report_dir):
    before = (report_dir / "report.html").read_bytes()
    (report_dir / "report.html").unlink()
    assert cli("report", str(report_dir)).returncode == 0
    assert (report_dir / "report.html").read_bytes() == before


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    pytest.skip("no Chromium: make test installs Debian's chromium package where it can (apt-get)")


BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def browse(report, tmp_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            chromium(),
            *BROWSER_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            *args,
            report.resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_report_renders_in_chromium(report_dir, tmp_path):
    dom = browse(report_dir / "report.html", tmp_path, "--dump-dom").stdout
    assert "<title>Records: 4 documents</title>" in dom  # the injected script did not run
    assert "PWNED" not in dom.split("<body>")[0]
    for seed_person in ("Ильхам Алиев", "Александр Лукашенко", "Али Асадов"):
        assert re.search(r'<mark class="per[^"]*">[^<]*' + seed_person.split()[1][:5], dom), (
            seed_person
        )
    sections = re.findall(r'<section id="([^"]+)">', dom)
    assert sorted(sections) == ["000_6bca8300c25dfb3a", "004_3a8856661ff0840b", "hostile", "lavrov"]
    seed = dom.split('<section id="000_6bca8300c25dfb3a">')[1].split("</section>")[0]
    for table in ("Visits", "Agreements", "Quotes"):  # each table has rows linking into the text
        part = seed.split(f"<h3>{table}</h3>")[1].split("<h3>")[0]
        links = re.findall(r'<a href="#(000_6bca8300c25dfb3a-[a-z]+-\d+)">', part)
        assert links and all(f'id="{target}"' in seed for target in links), table
    shot = tmp_path / "report.png"
    browse(report_dir / "report.html", tmp_path, f"--screenshot={shot}", "--window-size=1280,1600")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_render_of_no_records_is_a_page():
    page = "".join(render(Archive(), []))
    assert "Records from 0 documents" in page and "No dated visits" in page


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    """A report over the README's small archive: dated visits, agreements, quotes, namesakes."""
    root = tmp_path_factory.mktemp("archive-report")
    write_articles(root / "in")
    res = cli("extract", str(root / "in"), "--out", str(root / "out"))
    assert res.returncode == 0, res.stderr
    return root / "out"


def test_archive_views_are_in_the_page(archive_dir):
    html = (archive_dir / "report.html").read_text(encoding="utf-8")
    people = html.split('<section id="people"')[1].split("</section>")[0]
    names = re.findall(r'<b id="who-\d+">([^<]+)</b>', people)
    assert names[:3] == ["Владимир Путин", "Сергей Лавров", "Александр Лукашенко"]
    assert {"Ильхам Алиев", "Гейдар Алиев", "Алиев"} <= set(names)
    assert 'href="#2024-07-01-kazakhstan-person-' in people  # В.В. Путин's document, linked
    timeline = html.split('<svg xmlns="http://www.w3.org/2000/svg" class="timeline"')[1]
    timeline = timeline.split("</svg>")[0]
    assert timeline.count('<circle class="done"') == 3 + 1  # three trips and the legend's dot
    assert timeline.count('<circle class="planned"') == 1 + 1  # Лавров's trip to Minsk
    assert "Сергей Лавров → Минск, Беларусь · 2024-06-20 · planned" in timeline
    pairs = html.split('<section id="pairs"')[1].split("</section>")[0]
    assert "Беларусь — Россия" in pairs and "Азербайджан — Беларусь" in pairs
    speakers = html.split('<section id="speakers"')[1].split("</section>")[0]
    assert "Мы ждем этой встречи" in speakers and "Переговоры прошли" in speakers
    assert not re.search(r"<script|\bon\w+=", html, re.I)


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the rows (RGB or RGBA bytes) of an 8-bit, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + size]
        header = chunk if kind == b"IHDR" else header
        idat += chunk if kind == b"IDAT" else b""
        pos += 12 + size
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    step = 3 if colour == 2 else 4
    raw, rows, prior = zlib.decompress(idat), [], bytes(width * step)
    for y in range(height):
        line = raw[y * (width * step + 1) : (y + 1) * (width * step + 1)]
        kind, cur = line[0], bytearray(line[1:])
        for i in range(len(cur)):
            a = cur[i - step] if i >= step else 0
            b, c = prior[i], prior[i - step] if i >= step else 0
            if kind == 1:
                cur[i] = (cur[i] + a) & 255
            elif kind == 2:
                cur[i] = (cur[i] + b) & 255
            elif kind == 3:
                cur[i] = (cur[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(cur))
        prior = cur
    return width, step, rows


def test_timeline_and_people_index_render_in_chromium(archive_dir, tmp_path):
    dom = browse(archive_dir / "report.html", tmp_path, "--dump-dom").stdout
    assert '<section id="people"' in dom and '<svg xmlns="http://www.w3.org/2000/svg"' in dom
    shot = tmp_path / "archive.png"
    browse(archive_dir / "report.html", tmp_path, f"--screenshot={shot}", "--window-size=1280,1300")
    width, step, rows = png_pixels(shot.read_bytes())
    blue = tuple(int(PALETTE[0][i : i + 2], 16) for i in (1, 3, 5))  # the first country's colour
    found = [
        y
        for y, row in enumerate(rows)
        for x in range(0, width * step, step)
        if all(abs(row[x + k] - blue[k]) < 12 for k in range(3))
    ]
    # the timeline's dots and legend: the SVG was laid out and painted, not only parsed
    assert len(found) > 100, len(found)
    # above them, the people index: dark text (names in bold) in quantity
    dark = sum(
        all(row[x + k] < 90 for k in range(3))
        for row in rows[100 : min(found)]
        for x in range(0, width * step, step)
    )
    assert dark > 2000, dark


def test_report_rebuilt_elsewhere_still_finds_relative_sources(tmp_path):
    out = tmp_path / "out"
    assert (
        cli("extract", "seeds", "--out", str(out), "--no-report").returncode == 0
    )  # relative to the project
    res = subprocess.run(
        [sys.executable, "-m", "pipeline", "report", str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stderr
    html = (out / "report.html").read_text(encoding="utf-8")
    assert '<mark class="per' in html and "cannot be shown" not in html


def test_a_record_too_large_to_show_is_listed_and_linked(report_dir, tmp_path, monkeypatch):
    import pipeline.report as report

    out = tmp_path / "out"
    shutil.copytree(report_dir, out)
    (out / "report.html").unlink()
    sizes = {p.stem: p.stat().st_size for p in out.glob("[!.]*.json")}
    monkeypatch.setattr(report, "SHOWN_RECORD_BYTES", sorted(sizes.values())[-2])
    html = report.write_report(out).read_text(encoding="utf-8")
    [largest] = [k for k, v in sizes.items() if v == max(sizes.values())]
    assert html.count("too long a text to show on this page") == 1
    assert f'<a href="{largest}.json">{largest}.json</a>' in html
    assert all(f'<section id="{k}">' in html for k in sizes)
