"""The HTML report: escaped, self-contained, marks where the records point; rendered in Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from pipeline.report import Mark, highlight, render

from .conftest import ROOT
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
    assert "Records from 0 documents" in "".join(render(lambda: iter([]), 0))


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
