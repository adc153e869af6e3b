"""The image library in the admin."""

from django.contrib import admin

from newsdesk.images.forms import ImageForm
from newsdesk.images.models import Image


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    form = ImageForm
    list_display = ["__str__", "width", "height", "decorative", "created_at"]
    search_fields = ["title", "alt_text", "caption", "credit"]
    readonly_fields = ["width", "height"]
