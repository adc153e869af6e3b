"""The three roles of the desk as Django groups: Contributor, Editor, Administrator.

The permission lists are frozen here, as a migration must be; the admin enforces the finer
rules (a contributor edits only their own drafts and cannot publish).
"""

from django.db import migrations

ROLES = {
    "Contributor": [
        ("news", "add_article"), ("news", "change_article"), ("news", "view_article"),
        ("news", "delete_article"), ("news", "view_category"), ("news", "view_tag"),
        ("news", "view_author"), ("news", "view_revision"),
        ("images", "add_image"), ("images", "change_image"), ("images", "view_image"),
    ],
    "Editor": [
        ("news", f"{action}_{model}")
        for model in ("article", "category", "tag", "author", "redirect", "previewlink")
        for action in ("add", "change", "delete", "view")
    ]
    + [("news", "publish_article"), ("news", "view_revision"), ("news", "view_auditentry")]
    + [("images", f"{action}_image") for action in ("add", "change", "delete", "view")],
}  # fmt: skip


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in codes:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    administrators, _created = Group.objects.get_or_create(name="Administrator")
    administrators.permissions.set(Permission.objects.all())


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Contributor", "Editor", "Administrator"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_editorial_desk"),
        ("images", "0002_renditions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
