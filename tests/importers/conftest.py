"""Fixtures of the importer tests: a local copy of a WordPress uploads folder."""

from pathlib import Path

import pytest
from PIL import Image


def picture(path: Path, size: tuple[int, int], colour: str, kind: str = "JPEG") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path, kind)
    return path


@pytest.fixture
def uploads(tmp_path) -> Path:
    """``wp-content/uploads`` as the fixtures expect it: the harbour photo (and a resized copy,
    as WordPress makes them) and the mill of the WXR 1.1 export; lost.jpg is missing."""
    folder = tmp_path / "uploads"
    picture(folder / "2024/07/harbour.jpg", (600, 400), "teal")
    picture(folder / "2024/07/harbour-300x200.jpg", (300, 200), "teal")
    picture(folder / "2011/11/mill.png", (80, 60), "olive", "PNG")
    return folder
