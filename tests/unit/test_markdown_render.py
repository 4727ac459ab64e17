"""Markdown rendering is sanitized: nothing runs, nothing is fetched."""

from __future__ import annotations

from app.markdown_render import render_markdown


def test_markdown_becomes_html() -> None:
    html = render_markdown("# Overskrift\n\n**får** og *ø*\n\n- et\n- to")
    assert "<h1>Overskrift</h1>" in html
    assert "<strong>får</strong>" in html
    assert "<li>et</li>" in html


def test_dangerous_markup_is_removed() -> None:
    html = render_markdown(
        "<script>alert(1)</script>\n\n<iframe src='https://evil.example'></iframe>\n\n"
        "<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(1))\n\n"
        "<a href='https://ok.example' onclick='steal()'>ok</a>"
    )
    lowered = html.lower()
    for bad in ("<script", "alert(1)", "<iframe", "onerror", "javascript:", "onclick", "<img"):
        assert bad not in lowered
    assert 'href="https://ok.example"' in html


def test_remote_images_become_their_alt_text() -> None:
    html = render_markdown("![Tavlen efter mødet](https://example.com/tavle.png)")
    assert "example.com" not in html
    assert "[Tavlen efter mødet]" in html


def test_table_alignment_survives_the_cleaning() -> None:
    html = render_markdown("| Tema | Antal |\n|---|---:|\n| Tillid | 12 |")
    assert "<table>" in html and '<td align="right">12</td>' in html
    assert "style" not in html


def test_a_link_to_a_refused_scheme_shows_only_its_text() -> None:
    html = render_markdown("Se [planen](JavaScript:alert(1)) og [vbs](vbscript:x).")
    assert "planen" in html and "vbs" in html
    assert "](" not in html and "script:" not in html.lower() and "href" not in html


def test_code_shows_a_refused_link_as_written() -> None:
    html = render_markdown("Skriv ikke `[x](javascript:y)`.\n\n```\n[a](data:b)\n```")
    assert "<code>[x](javascript:y)</code>" in html and "[a](data:b)" in html
    assert "refused" not in html


def test_markdown_after_a_line_of_raw_html_is_still_markdown() -> None:
    html = render_markdown("<br>\n**vigtigt** og ~~slettet~~\n[kommunen](https://kommune.dk)")
    assert "<strong>vigtigt</strong>" in html and "<s>slettet</s>" in html
    assert 'href="https://kommune.dk"' in html and "**" not in html
