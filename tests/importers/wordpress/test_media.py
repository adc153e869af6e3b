"""Attachments: safe paths under --uploads, real pictures only, stored as images.Image."""

import os
import zoneinfo

import pytest

from newsdesk.images.models import Image
from newsdesk.importers.models import ImportReference
from newsdesk.importers.wordpress.context import ImportContext
from newsdesk.importers.wordpress.media import (
    AttachmentProblem,
    attachment_path,
    locate_picture,
    storage_name,
    write_attachments,
)
from newsdesk.importers.wordpress.reader import Item
from tests.importers.conftest import picture


def attachment(path: str = "", url: str = "", **fields) -> Item:
    meta = {"_wp_attached_file": path} if path else {}
    meta.update(fields.pop("meta", {}))
    return Item(
        id=fields.pop("id", "201"),
        post_type="attachment",
        title=fields.pop("title", "Boats"),
        attachment_url=url,
        meta=meta,
        **fields,
    )


class TestAttachmentPath:
    def test_the_attached_file_meta_comes_first(self):
        item = attachment("2024/07/a.jpg", "https://cdn.example/wp-content/uploads/x/b.jpg")
        assert attachment_path(item) == "2024/07/a.jpg"

    def test_else_the_part_of_the_url_after_wp_content_uploads(self):
        item = attachment(url="https://old.example/blog/wp-content/uploads/2024/07/caf%C3%A9.jpg")
        assert attachment_path(item) == "2024/07/caf\u00e9.jpg"

    def test_old_wordpress_absolute_server_paths(self):
        item = attachment("/home/site/public_html/wp-content/uploads/2008/01/old.jpg")
        assert attachment_path(item) == "2008/01/old.jpg"


class TestLocatePicture:
    def test_a_picture_in_the_uploads_folder(self, uploads):
        found = locate_picture(attachment("2024/07/harbour.jpg"), uploads)
        assert (found.relative_path, found.storage_name, found.width, found.height) == (
            "2024/07/harbour.jpg",
            "images/2024/07/harbour.jpg",
            600,
            400,
        )

    def test_a_missing_file(self, uploads):
        with pytest.raises(AttachmentProblem) as caught:
            locate_picture(attachment("2024/07/lost.jpg"), uploads)
        assert (str(caught.value), caught.value.refused) == (
            "2024/07/lost.jpg is not in the uploads folder",
            False,
        )

    @pytest.mark.parametrize("path", ["../../etc/passwd", "/etc/passwd", "2024/../../secret.jpg"])
    def test_paths_leading_outside_the_uploads_folder_are_refused(self, uploads, path):
        (uploads.parent / "secret.jpg").write_bytes(b"not for you")
        with pytest.raises(AttachmentProblem) as caught:
            locate_picture(attachment(path), uploads)
        assert (str(caught.value), caught.value.refused) == (
            f"the path {path!r} leads outside the uploads folder; refused",
            True,
        )

    def test_a_symbolic_link_pointing_outside_is_refused(self, uploads, tmp_path):
        outside = picture(tmp_path / "private" / "photo.jpg", (10, 10), "red")
        os.symlink(outside, uploads / "2024/07/link.jpg")
        with pytest.raises(AttachmentProblem) as caught:
            locate_picture(attachment("2024/07/link.jpg"), uploads)
        assert (
            str(caught.value)
            == "the path '2024/07/link.jpg' leads outside the uploads folder; refused"
        )

    def test_a_symbolic_link_inside_the_folder_is_followed(self, uploads):
        os.symlink(uploads / "2024/07/harbour.jpg", uploads / "2024/07/alias.jpg")
        assert locate_picture(attachment("2024/07/alias.jpg"), uploads).width == 600

    def test_a_file_that_is_not_a_picture_is_refused(self, uploads):
        (uploads / "2024/07/fake.jpg").write_text("<?php echo 'hello'; ?>")
        with pytest.raises(AttachmentProblem) as caught:
            locate_picture(attachment("2024/07/fake.jpg"), uploads)
        assert str(caught.value) == "fake.jpg is not a JPEG, PNG, GIF or WebP picture"

    def test_a_picture_of_a_kind_the_site_does_not_serve_is_refused(self, uploads):
        picture(uploads / "2024/07/scan.bmp", (10, 10), "red", "BMP")
        with pytest.raises(AttachmentProblem) as caught:
            locate_picture(attachment("2024/07/scan.bmp"), uploads)
        assert str(caught.value) == "scan.bmp is not a JPEG, PNG, GIF or WebP picture"

    def test_a_picture_over_the_site_limits_is_refused_with_the_limit(self, uploads, settings):
        settings.NEWSDESK_IMAGE_MAX_PIXELS = 100_000
        with pytest.raises(AttachmentProblem) as caught:
            locate_picture(attachment("2024/07/harbour.jpg"), uploads)  # 600 x 400
        assert caught.value.refused
        assert str(caught.value).startswith("harbour.jpg: This picture is 600 × 400 pixels")
        settings.NEWSDESK_IMAGE_MAX_PIXELS = 40_000_000
        settings.NEWSDESK_IMAGE_MAX_BYTES = 100
        with pytest.raises(AttachmentProblem) as caught:
            locate_picture(attachment("2024/07/harbour.jpg"), uploads)
        assert "pictures may be at most 100" in str(caught.value)

    def test_a_picture_cut_short_is_refused(self, uploads):
        whole = (uploads / "2024/07/harbour.jpg").read_bytes()
        (uploads / "2024/07/cut.jpg").write_bytes(whole[: len(whole) // 2])
        with pytest.raises(AttachmentProblem) as caught:
            locate_picture(attachment("2024/07/cut.jpg"), uploads)
        assert str(caught.value) == "cut.jpg is not a JPEG, PNG, GIF or WebP picture"

    def test_no_path_at_all(self, uploads):
        with pytest.raises(AttachmentProblem) as caught:
            locate_picture(attachment(), uploads)
        assert str(caught.value) == "the export gives no file path"


@pytest.mark.parametrize(
    ("relative", "kind", "name"),
    [
        ("2024/07/a.jpg", "JPEG", "images/2024/07/a.jpg"),
        ("2024/07/a.JPEG", "JPEG", "images/2024/07/a.JPEG"),
        ("2024/07/a.jpe", "JPEG", "images/2024/07/a.jpe.jpg"),
        ("2024/07/noextension", "PNG", "images/2024/07/noextension.png"),
        ("images/2024/07/a.webp", "WEBP", "images/2024/07/a.webp"),
    ],
)
def test_storage_names_keep_the_folders_and_get_an_extension_the_site_serves(relative, kind, name):
    assert storage_name(relative, kind) == name


def import_context(uploads, **kwargs) -> ImportContext:
    run = ImportContext(
        language="en",
        time_zone=zoneinfo.ZoneInfo("Europe/Rome"),
        uploads=uploads,
        source="https://old.example",
        **kwargs,
    )
    return run


@pytest.mark.django_db
class TestWriteAttachments:
    def items(self):
        return [
            attachment(
                "2024/07/harbour.jpg",
                title="Boats &amp; nets",
                excerpt="The harbour <em>at dawn</em>",
                meta={"_wp_attachment_image_alt": "Boats in the harbour &amp; the quay"},
            ),
            attachment("2024/07/lost.jpg", id="202", title="Lost"),
            attachment("../../etc/passwd", id="203", title="Sneaky"),
        ]

    def test_pictures_become_images_with_alt_caption_and_size(self, uploads, media_root):
        run = import_context(uploads)
        written = []
        outcome, saved = write_attachments(self.items(), run, written)
        image = Image.objects.get()
        assert (image.title, image.alt_text, image.caption, image.credit, image.decorative) == (
            "Boats & nets",
            "Boats in the harbour & the quay",
            "The harbour at dawn",
            "",
            False,
        )
        assert (image.file.name, image.width, image.height) == (
            "images/2024/07/harbour.jpg",
            600,
            400,
        )
        assert (media_root / "images/2024/07/harbour.jpg").read_bytes() == (
            uploads / "2024/07/harbour.jpg"
        ).read_bytes()
        assert written == ["images/2024/07/harbour.jpg"]
        assert [(item.id, found.pk) for item, found, _picture in saved] == [("201", image.pk)]
        assert list(ImportReference.objects.values_list("kind", "wp_id", "image")) == [
            ("attachment", "201", image.pk)
        ]
        assert outcome.missing_files.lines == [
            "attachment 202 \u201cLost\u201d: 2024/07/lost.jpg is not in the uploads folder"
        ]
        assert outcome.refused_files.lines == [
            "attachment 203 \u201cSneaky\u201d: the path '../../etc/passwd' leads outside the "
            "uploads folder; refused"
        ]
        assert run.unimported_attachments == {
            "202": "2024/07/lost.jpg is not in the uploads folder",
            "203": "the path '../../etc/passwd' leads outside the uploads folder; refused",
        }

    def test_importing_again_changes_nothing_then_updates_what_changed(self, uploads, media_root):
        write_attachments(self.items()[:1], import_context(uploads), [])
        outcome, _saved = write_attachments(self.items()[:1], import_context(uploads), [])
        assert (outcome.created["attachment"], outcome.unchanged["attachment"]) == (0, 1)
        changed = self.items()[:1]
        changed[0].meta["_wp_attachment_image_alt"] = "Boats at the new quay"
        outcome, _saved = write_attachments(changed, import_context(uploads), [])
        assert outcome.updated["attachment"] == 1
        assert list(Image.objects.values_list("alt_text", "file")) == [
            ("Boats at the new quay", "images/2024/07/harbour.jpg")
        ]
        assert sorted(os.listdir(media_root / "images/2024/07")) == ["harbour.jpg"]

    def test_a_dry_run_stores_no_file(self, uploads, media_root):
        written = []
        write_attachments(self.items()[:1], import_context(uploads, dry_run=True), written)
        assert (written, (media_root / "images").exists()) == ([], False)
        assert Image.objects.get().file.name == "images/2024/07/harbour.jpg"
