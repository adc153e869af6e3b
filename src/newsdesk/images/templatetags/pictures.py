"""``{% picture image sizes %}``: a responsive <picture> with WebP and the original format."""

from django import template

register = template.Library()


@register.inclusion_tag("images/includes/picture.html")
def picture(image, sizes: str = "100vw", loading: str = "lazy", css_class: str = ""):
    renditions = list(image.renditions.all())  # prefetched on listings
    by_format: dict[str, list] = {}
    for rendition in sorted(renditions, key=lambda r: r.width):
        if rendition.source == image.file.name:
            by_format.setdefault(rendition.format, []).append(rendition)
    original_format = image.file.name.rsplit(".", 1)[-1].lower()
    fallback_format = next((f for f in by_format if f != "webp"), None)

    def srcset(items, with_original: bool) -> str:
        entries = [f"{r.file.url} {r.width}w" for r in items]
        if with_original:
            entries.append(f"{image.file.url} {image.width}w")
        return ", ".join(entries)

    webp = by_format.get("webp", [])
    return {
        "image": image,
        "sizes": sizes,
        "loading": loading,
        "css_class": css_class,
        "webp_srcset": srcset(webp, with_original=original_format == "webp") if webp else "",
        "srcset": srcset(by_format.get(fallback_format, []), True) if by_format else "",
    }
