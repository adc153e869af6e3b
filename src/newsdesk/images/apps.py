from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    name = "newsdesk.images"
    label = "images"
    verbose_name = _("Images")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from newsdesk.images.models import Image
        from newsdesk.images.renditions import renditions_after_save

        post_save.connect(renditions_after_save, sender=Image, dispatch_uid="image-renditions")
