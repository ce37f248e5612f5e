"""The shop's logo: a PNG or JPEG kept in the database (so it travels with every backup).

A logo is checked before it is kept: PNG or JPEG by its first bytes, at most 2 MB, a sensible
size in pixels, and an image Pillow decodes whole (reportlab draws it through Pillow).  Anything
else — a renamed file, a truncated one, a decompression bomb — is refused with `UnsupportedLogo`.
"""

from __future__ import annotations

import base64
import binascii
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from shopkeeper.errors import UnsupportedLogo

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000  # pixels; a logo printed a few centimetres wide needs far fewer
MAX_PIXELS = 12_000_000
_MAGIC = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}
_PREFIX = "data:image/{format};base64,"


@dataclass(frozen=True)
class LogoImage:
    """A checked logo: its format ("png" or "jpeg"), size in pixels and the file's bytes."""

    format: str
    width: int
    height: int
    data: bytes

    def to_json(self) -> dict:
        """What scripts see of it: never the bytes themselves."""
        return {
            "format": self.format,
            "width": self.width,
            "height": self.height,
            "bytes": len(self.data),
        }

    def encoded(self) -> str:
        """The text kept in the settings table: a data URI."""
        return _PREFIX.format(format=self.format) + base64.b64encode(self.data).decode("ascii")


def image_format(data: bytes) -> str | None:
    """ "png" or "jpeg" from the first bytes, None for anything else."""
    for magic, name in _MAGIC.items():
        if data.startswith(magic):
            return name
    return None


def check_logo(data: bytes, name: str = "") -> LogoImage:
    """The logo in `data` (a file called `name`), checked; UnsupportedLogo says why not."""
    label = name or "image"
    if not data:
        raise UnsupportedLogo(path=label, reason="empty")
    if len(data) > MAX_BYTES:
        raise UnsupportedLogo(path=label, reason="too_big", mb=_megabytes(len(data)))
    kind = image_format(data)
    if kind is None:
        raise UnsupportedLogo(path=label, reason="not_image")
    width, height = _decoded_size(data, label)
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise UnsupportedLogo(
            path=label, reason="too_many_pixels", width=width, height=height, most=MAX_SIDE
        )
    return LogoImage(kind, width, height, bytes(data))


def _decoded_size(data: bytes, label: str) -> tuple[int, int]:
    """Open the header, refuse huge sizes before decoding, then decode every pixel once."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in ("PNG", "JPEG"):
                    raise UnsupportedLogo(path=label, reason="not_image")
                width, height = image.size
                if width <= 0 or height <= 0:
                    raise UnsupportedLogo(path=label, reason="empty")
                if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
                    return width, height  # refused by the caller, without decoding
                image.load()
    except UnsupportedLogo:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise UnsupportedLogo(path=label, reason="huge", most=MAX_SIDE) from None
    except Exception:  # Pillow raises many kinds for a damaged or hostile file
        raise UnsupportedLogo(path=label, reason="unreadable") from None
    return width, height


def read_logo_file(path: str | Path) -> LogoImage:
    """The logo file at `path`, read and checked."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UnsupportedLogo(
                path=path.name, reason="too_big", mb=_megabytes(path.stat().st_size)
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnsupportedLogo(path=str(path), reason="missing") from None
    except IsADirectoryError:
        raise UnsupportedLogo(path=str(path), reason="folder") from None
    except OSError:  # no permission, a failing disk: the owner can only pick another file
        raise UnsupportedLogo(path=str(path), reason="cannot_open") from None
    return check_logo(data, path.name)


def _megabytes(size: int) -> str:
    """A size in MB as the refusal says it: one decimal."""
    return f"{size / 1024 / 1024:.1f}"


def decode_logo(text: str) -> LogoImage | None:
    """The logo kept as `text` in the settings (a data URI), or None when there is none.

    A value written by an older version — the path of a file — is read from that file."""
    if not text:
        return None
    if text.startswith("data:image/"):
        _header, _, payload = text.partition(",")
        try:
            data = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            raise UnsupportedLogo(path="logo", reason="damaged") from None
        return check_logo(data, "logo")
    return read_logo_file(text)
