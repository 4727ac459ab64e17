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
