"""Django's admin, where writers work: the login page and the article edit screen under axe.

The admin's markup is Django's own (and its widgets'); what axe finds there is reported, not
patched over in our templates.
"""

import pytest

from tests.browser import probes
from tests.browser.demo_pages import ADMIN_PASSWORD, ADMIN_USERNAME

pytestmark = pytest.mark.browser

# What axe finds in markup that is not ours: Django's admin (5.2), the select2 it ships for
# autocomplete fields, and django-prose-editor's editing area. Left out here and only here,
# element by element, so that anything else on these pages, and everything on our public
# pages, still fails.
ADMIN_FINDINGS_NOT_OURS = (
    # select2: the search box inside a multiple autocomplete has no label, the list of chosen
    # items is a <ul> of <span>s, and the single-choice combobox has no name.
    ("label", ".select2-search__field"),
    ("list", ".select2-selection"),
    ("aria-input-field-name", "select2-"),
    # Django's split date and time inputs: a fieldset with a legend, but each input has only
    # the plain text "Date:" / "Time:" before it, not a <label>.
    ("label", "#id_published_at_0"),
    ("label", "#id_published_at_1"),
    # Django's breadcrumbs: white links in light blue text, told apart by colour only.
    ("link-in-text-block", ".breadcrumbs > a"),
)


def test_login_page(open_page):
    page = open_page("admin-login")
    problems = probes.axe_violations(probes.axe(page), known=ADMIN_FINDINGS_NOT_OURS)
    assert problems == [], "\n".join(problems)


def test_article_edit_screen(open_page, demo_site):
    page = open_page("admin-login")
    page.fill("#id_username", ADMIN_USERNAME)
    page.fill("#id_password", ADMIN_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    response = page.goto(demo_site.admin_article_path)
    assert response.status == 200
    assert page.locator("#article_form").count() == 1
    # Our admin script names the rich-text editor's editing area after the field's label.
    editor = page.locator('.field-body [contenteditable="true"][aria-labelledby]')
    editor.first.wait_for()
    assert page.get_by_role("textbox", name="Body").count() >= 1
    problems = probes.axe_violations(probes.axe(page), known=ADMIN_FINDINGS_NOT_OURS)
    assert problems == [], "\n".join(problems)
