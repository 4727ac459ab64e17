"""Markdown rendering is sanitized: nothing runs, nothing is fetched."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from app.markdown_render import LARGE_TEXT, PIECE, pieces, render_markdown


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


def test_footnotes_fenced_code_and_separate_lists() -> None:
    html = render_markdown(
        "Tillid[^1] er valgt.\n\n[^1]: Se modul 2.\n\n"
        "```python\nif a < b:\n    print('<script>')\n```\n\n- et\n- to\n\n1. først\n2. så"
    )
    assert '<a href="#fn:1"' in html and "Se modul 2." in html
    assert "if a &lt; b:" in html and "&lt;script&gt;" in html and "<script" not in html
    assert "<ul>\n<li>et</li>\n<li>to</li>\n</ul>" in html
    assert "<ol>\n<li>først</li>\n<li>så</li>\n</ol>" in html


def test_a_refused_scheme_in_a_reference_link_shows_only_its_text() -> None:
    html = render_markdown("Se [planen][p].\n\n[p]: javascript:alert(1)")
    assert "planen" in html and "href" not in html and "script:" not in html.lower()


def test_a_line_holding_only_a_block_tag_leaves_the_markdown_below_it_alone() -> None:
    html = render_markdown("<div>\n**vigtigt**\n</div>")
    assert "<strong>vigtigt</strong>" in html and "**" not in html and "<div" not in html


def test_texts_rendered_side_by_side_in_threads_do_not_mix() -> None:
    texts = [f"Punkt {n}[^a]\n\n[^a]: note {n}\n\n~~væk {n}~~" for n in range(40)]
    expected = [render_markdown(text) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(render_markdown, texts)) == expected


def test_link_texts_and_targets_are_found_as_before() -> None:
    html = render_markdown(
        "[a [b] c](https://x.dk/Foo_(bar) 'titel') og ![billede](x.png) og [ikke] (x) "
        "og [ref][k] og [k]\n\n[k]: https://kommune.dk"
    )
    assert '<a href="https://x.dk/Foo_(bar)" title="titel"' in html and ">a [b] c</a>" in html
    assert "[billede]" in html and "[ikke] (x)" in html
    assert html.count('href="https://kommune.dk"') == 2


def test_unclosed_brackets_stay_text() -> None:
    # Python-Markdown's own scan walked to the end of the paragraph from every "[".
    text = "[" * 3000 + "[a](" * 500 + " tekst"
    html = render_markdown(text)
    assert html == f"<p>{text}</p>"


def test_a_huge_text_is_rendered_in_parts_cut_where_markdown_allows() -> None:
    paragraph = "Et afsnit om **tillid** i netværket.\n\n"
    fence = "```\n" + "kode\n\n" * 600 + "```\n\n"  # blank lines inside: never cut there
    text = paragraph * 1500 + fence + paragraph * 1500 + "x" * (3 * PIECE)
    assert len(text) > LARGE_TEXT
    parts = list(pieces(text))
    assert "".join(parts) == text and len(parts) > 10
    assert all(len(part) <= 2 * PIECE for part in parts if "```" not in part)
    assert sum(part.count("```") for part in parts) == 2
    assert any(part.count("```") == 2 for part in parts)  # the code block stays whole
    html = render_markdown(text)
    assert html.count("<strong>tillid</strong>") == 3000
    assert html.count("<pre><code>") == 1 and "**" not in html


def test_the_quick_inline_pass_renders_exactly_as_the_full_one(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.markdown_render as module

    texts = [
        "Almindelig tekst uden tegn.\n\nTo afsnit.",
        "a  \nlinjeskift",
        "~~væk~~ og *kursiv* og _også_ og **fed**",
        "`kode` og \\*ikke kursiv\\*",
        "[link](https://kommune.dk) og <https://kommune.dk> og <a@b.dk>",
        "1 &amp; 2 &copy; <b>fed</b>",
        "- punkt\n- punkt med *kursiv*\n\n> citat\n\n# Overskrift",
        "| a | b |\n|---|---|\n| *x* | y |",
        "Fodnote[^1]\n\n[^1]: med **fed**",
    ]
    quick = [render_markdown(text) for text in texts]
    assert type(module._parser().treeprocessors["inline"]).__name__ == "_QuickInline"
    monkeypatch.setattr(module.QuickInlineExtension, "extendMarkdown", lambda self, md: None)
    monkeypatch.setattr(module._local, "parser", None)
    assert [render_markdown(text) for text in texts] == quick
