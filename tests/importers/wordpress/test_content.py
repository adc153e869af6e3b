"""WordPress content to Newsdesk HTML: paragraphs, captions, shortcodes, upload links."""

from collections import Counter

import pytest

from newsdesk.importers.wordpress.content import (
    UploadLinks,
    add_paragraphs,
    captions_to_figures,
    convert_content,
    convert_excerpt,
    remove_shortcodes,
)


class TestParagraphs:
    def test_blank_lines_make_paragraphs_and_single_line_breaks_br(self):
        assert add_paragraphs("One line\nnext line\n\nSecond paragraph.") == (
            "\n<p>One line<br>\nnext line</p>\n<p>Second paragraph.</p>\n"
        )

    def test_several_blank_lines_and_spaces_are_one_paragraph_break(self):
        assert (
            add_paragraphs("  First.  \n \n\n\t\nSecond.\n") == "\n<p>First.</p>\n<p>Second.</p>\n"
        )

    def test_block_elements_are_never_put_in_a_paragraph(self):
        text = "Intro\n<h2>Heading</h2>\nAfter\n<ul>\n<li>one</li>\n<li>two\nlines</li>\n</ul>\n<hr />\nEnd"
        assert add_paragraphs(text) == (
            "\n<p>Intro</p>\n<h2>Heading</h2>\n<p>After</p>\n<ul>\n<li>one</li>\n"
            "<li>two<br>\nlines</li>\n</ul>\n<hr />\n<p>End</p>\n"
        )

    def test_text_in_a_quote_becomes_paragraphs_inside_it(self):
        assert add_paragraphs("<blockquote>Said\nthis\n\nand that</blockquote>") == (
            "<blockquote>\n<p>Said<br>\nthis</p>\n<p>and that</p>\n</blockquote>"
        )

    def test_a_table_keeps_its_structure(self):
        text = "<table>\n<tr>\n<td>a\nb</td>\n</tr>\n</table>"
        assert add_paragraphs(text) == "<table>\n<tr>\n<td>a<br>\nb</td>\n</tr>\n</table>"

    def test_inline_markup_stays_in_its_paragraph(self):
        assert add_paragraphs('A <a\nhref="/x">link</a> and <em>words</em>') == (
            '\n<p>A <a\nhref="/x">link</a> and <em>words</em></p>\n'
        )

    def test_preformatted_text_is_left_exactly_as_written(self):
        text = "Code:\n<pre>line one\n\n  line three</pre>\nDone"
        assert add_paragraphs(text) == (
            "\n<p>Code:</p>\n<pre>line one\n\n  line three</pre>\n<p>Done</p>\n"
        )

    def test_a_br_already_there_is_not_doubled(self):
        assert add_paragraphs("One<br />\nTwo") == "\n<p>One<br />\nTwo</p>\n"

    def test_paragraphs_written_as_html_are_kept(self):
        assert add_paragraphs("<p>Already\nHTML</p>") == "<p>Already<br>\nHTML</p>"


class TestCaptions:
    def test_caption_becomes_a_figure_with_its_caption(self):
        text = (
            '[caption id="attachment_5" align="alignright" width="300"]<img src="a.jpg" '
            'alt="Boats" width="300" height="200" /> Boats at dawn[/caption]'
        )
        assert captions_to_figures(text) == (
            '<figure><img src="a.jpg" alt="Boats" width="300" height="200" />'
            "<figcaption>Boats at dawn</figcaption></figure>"
        )

    def test_a_link_around_the_picture_is_kept(self):
        text = '[caption id="" align="alignnone" width="50"]<a href="big.jpg"><img src="a.jpg" /></a> Net <em>mending</em>[/caption]'
        assert captions_to_figures(text) == (
            '<figure><a href="big.jpg"><img src="a.jpg" /></a>'
            "<figcaption>Net <em>mending</em></figcaption></figure>"
        )

    def test_captions_written_as_an_attribute_by_old_wordpress(self):
        text = '[caption id="" align="alignleft" width="50" caption="The old mill"]<img src="m.png" />[/caption]'
        assert captions_to_figures(text) == (
            '<figure><img src="m.png" /><figcaption>The old mill</figcaption></figure>'
        )

    def test_a_caption_without_a_picture_keeps_its_words(self):
        assert captions_to_figures('[caption width="10"]Just words[/caption]') == "Just words"

    def test_a_figure_is_not_wrapped_in_a_paragraph(self):
        converted = convert_content('Before\n[caption]<img src="a.jpg" /> Text[/caption]\nAfter')
        assert converted.html == (
            '<p>Before</p>\n<figure><img src="a.jpg" /><figcaption>Text</figcaption></figure>\n'
            "<p>After</p>"
        )


class TestShortcodes:
    def test_shortcodes_are_removed_counted_and_their_text_kept(self):
        text = (
            '[gallery ids="1,2"] [su_box title="Note"]Boxed text[/su_box] '
            '[contact-form-7 id="4"] [embed]https://video.example/1[/embed] [gallery]'
        )
        assert remove_shortcodes(text) == (
            " Boxed text  https://video.example/1 ",
            Counter({"gallery": 2, "su_box": 1, "contact-form-7": 1, "embed": 1}),
        )

    def test_bracketed_prose_is_not_a_shortcode(self):
        text = "He said [sic] it was [Updated 5 May] fine [1]."
        assert remove_shortcodes(text) == (text, Counter())

    def test_double_brackets_are_a_literal_shortcode(self):
        assert remove_shortcodes("Type [[gallery]] to show pictures.") == (
            "Type [gallery] to show pictures.",
            Counter(),
        )

    def test_self_closing_and_closed_shortcodes_without_attributes(self):
        assert remove_shortcodes("[clear/] [note]x[/note]") == (
            " x",
            Counter({"clear": 1, "note": 1}),
        )


class TestBlockEditorContent:
    def test_block_comments_go_and_no_paragraphs_are_added(self):
        raw = (
            "<!-- wp:paragraph -->\n<p>One\nline</p>\n<!-- /wp:paragraph -->\n\n"
            '<!-- wp:image {"id":5} -->\n<figure class="wp-block-image"><img src="a.jpg"/></figure>'
            "\n<!-- /wp:image -->"
        )
        assert convert_content(raw).html == (
            '<p>One\nline</p>\n\n\n\n<figure class="wp-block-image"><img src="a.jpg"/></figure>'
        )

    def test_the_more_tag_leaves_no_empty_paragraph(self):
        assert convert_content("Teaser\n\n<!--more-->\n\nRest").html == "<p>Teaser</p>\n<p>Rest</p>"

    def test_entities_and_no_break_spaces_are_kept_as_written(self):
        assert convert_content("Fish &amp; chips&nbsp;today\u00a0too").html == (
            "<p>Fish &amp; chips&nbsp;today\u00a0too</p>"
        )

    def test_the_excerpt_loses_comments_and_outer_space_only(self):
        assert convert_excerpt("  <!-- wp:paragraph -->A &amp; B\r\nC  ") == "A &amp; B\nC"


@pytest.fixture
def links():
    links = UploadLinks()
    links.add_site("https://old.example")
    links.add_file(
        "2024/07/harbour.jpg",
        "/media/images/2024/07/harbour.jpg",
        "https://old.example/wp-content/uploads/2024/07/harbour.jpg",
    )
    links.add_file("2024/07/big-scaled.jpg", "/media/images/2024/07/big-scaled.jpg")
    links.add_file("2024/07/caf\u00e9.jpg", "/media/images/2024/07/cafe.jpg")
    return links


class TestUploadLinks:
    def test_links_to_imported_uploads_point_at_the_new_files(self, links):
        html = (
            '<img src="https://old.example/wp-content/uploads/2024/07/harbour.jpg">'
            '<img src="http://OLD.example/wp-content/uploads/2024/07/harbour.jpg">'
            '<img src="//old.example/wp-content/uploads/2024/07/harbour.jpg">'
            '<a href="/wp-content/uploads/2024/07/harbour.jpg">x</a>'
        )
        assert links.rewrite(html) == (
            '<img src="/media/images/2024/07/harbour.jpg">' * 3
            + '<a href="/media/images/2024/07/harbour.jpg">x</a>',
            [],
        )

    def test_resized_and_scaled_copies_lead_to_the_original(self, links):
        html = (
            '<img src="/wp-content/uploads/2024/07/harbour-300x200.jpg" srcset="'
            "/wp-content/uploads/2024/07/harbour-300x200.jpg 300w, "
            '/wp-content/uploads/2024/07/big-1024x768.jpg 1024w">'
        )
        assert links.rewrite(html) == (
            '<img src="/media/images/2024/07/harbour.jpg" srcset="'
            '/media/images/2024/07/harbour.jpg 300w, /media/images/2024/07/big-scaled.jpg 1024w">',
            [],
        )

    def test_percent_encoded_names_are_found(self, links):
        assert links.rewrite('<img src="/wp-content/uploads/2024/07/caf%C3%A9.jpg">') == (
            '<img src="/media/images/2024/07/cafe.jpg">',
            [],
        )

    def test_files_not_imported_stay_and_are_reported(self, links):
        html = '<a href="https://old.example/wp-content/uploads/2024/07/statute.pdf">statute</a>'
        assert links.rewrite(html) == (html, ["2024/07/statute.pdf"])

    def test_other_sites_uploads_are_left_alone(self, links):
        html = '<img src="https://other.example/wp-content/uploads/2024/07/harbour.jpg">'
        assert links.rewrite(html) == (html, [])

    def test_a_site_in_a_subfolder_with_its_own_uploads_path(self):
        links = UploadLinks()
        links.add_file(
            "2011/11/mill.png",
            "/media/images/2011/11/mill.png",
            "http://legacy.example/blog/wp-content/uploads/2011/11/mill.png",
        )
        html = '<img src="http://legacy.example/blog/wp-content/uploads/2011/11/mill.png">'
        assert links.rewrite(html) == ('<img src="/media/images/2011/11/mill.png">', [])


def test_everything_together(links):
    raw = (
        '[caption id="attachment_1" width="300"]<a href="https://old.example/wp-content/uploads/'
        '2024/07/harbour.jpg"><img src="https://old.example/wp-content/uploads/2024/07/'
        'harbour-300x200.jpg" alt="Boats" /></a> At dawn[/caption]\nThe quay.\n[gallery]'
    )
    converted = convert_content(raw, links)
    assert converted.html == (
        '<figure><a href="/media/images/2024/07/harbour.jpg"><img '
        'src="/media/images/2024/07/harbour.jpg" alt="Boats" /></a>'
        "<figcaption>At dawn</figcaption></figure>\n<p>The quay.</p>"
    )
    assert (converted.shortcodes, converted.unresolved_uploads) == (Counter({"gallery": 1}), [])
