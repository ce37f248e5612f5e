"""The settings service: the shop's name, language, the logo kept in the database, set-up state."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from shopkeeper.club.records import MemberDraft
from shopkeeper.errors import BlankShopName, InvalidValue, UnsupportedLogo
from shopkeeper.logo import MAX_BYTES, check_logo
from shopkeeper.shop import Shop


def image_bytes(size=(40, 20), fmt="PNG", color="teal") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt)
    return buffer.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims a size in its header and holds almost nothing (a decompression bomb)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
        + struct.pack(">I", 0)
        + b"IEND"
        + struct.pack(">I", zlib.crc32(b"IEND"))
    )


def test_name_and_language_round_trip(shop):
    shop.settings.set("shop_name", "  \u200fהפינה של נועה ")
    shop.settings.set("language", "en")
    assert (shop.settings.shop_name, shop.settings.language) == ("הפינה של נועה", "en")
    with pytest.raises(InvalidValue):
        shop.settings.set("language", "fr")
    with pytest.raises(InvalidValue):
        shop.settings.set("shop_name", "x" * 81)
    assert shop.settings.language == "en"


@pytest.mark.parametrize("blank", ["", "   ", "\u200f \t"])
def test_a_blank_shop_name_is_refused_and_the_old_one_kept(shop, blank):
    shop.settings.set("shop_name", "Noa's Corner")
    with pytest.raises(BlankShopName, match="needs a name"):
        shop.settings.set("shop_name", blank)
    assert shop.settings.shop_name == "Noa's Corner"


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_logo_is_kept_in_the_database_and_survives_its_file(shop, tmp_path, fmt):
    path = tmp_path / f"logo.{fmt.lower()}"
    data = image_bytes((120, 80), fmt)
    path.write_bytes(data)
    kept = shop.settings.set_logo_file(path)
    path.unlink()  # the database holds the image, not a path
    logo = shop.settings.logo()
    assert logo == kept
    assert (logo.format, logo.width, logo.height, logo.data) == (fmt.lower(), 120, 80, data)
    assert logo.to_json() == {
        "format": fmt.lower(),
        "width": 120,
        "height": 80,
        "bytes": len(data),
    }
    folder = shop.data_dir
    shop.close()
    with Shop(folder) as again:
        assert again.settings.logo().data == data
        again.settings.set("logo", "")
        assert again.settings.logo() is None


def test_the_logo_setting_takes_a_path(shop, tmp_path):
    (tmp_path / "l.png").write_bytes(image_bytes())
    shop.settings.set("logo", str(tmp_path / "l.png"))
    assert shop.settings.logo().width == 40


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty"),
        (b"GIF89a" + b"\0" * 40, "not a PNG or JPEG"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not a PNG or JPEG"),
        (b"\x89PNG\r\n\x1a\n" + b"garbage" * 20, "cannot be read"),
        (image_bytes((300, 300))[:-60], "cannot be read"),  # truncated
        (b"\xff\xd8\xff\xe0" + b"\0" * 100, "cannot be read"),
        (png_header(100_000, 100_000), "pixels"),  # claims 10 gigapixels
        (image_bytes((4001, 10)), "pixels"),
    ],
)
def test_unusable_logos_are_refused_with_a_reason(shop, data, why):
    with pytest.raises(UnsupportedLogo) as refused:
        shop.settings.set_logo(data, "logo.png")
    assert why in str(refused.value)
    assert "logo.png" in str(refused.value)
    assert shop.settings.logo() is None  # nothing was kept


@pytest.mark.parametrize(
    ("data", "reason", "values"),
    [
        (b"", "empty", {}),
        (b"GIF89a" + b"\0" * 40, "not_image", {}),
        (b"\x89PNG\r\n\x1a\n" + b"garbage" * 20, "unreadable", {}),
        (png_header(100_000, 100_000), "huge", {"most": 4000}),
        (image_bytes((4001, 10)), "too_many_pixels", {"width": 4001, "height": 10, "most": 4000}),
        (b"\xff\xd8\xff" + b"\0" * (MAX_BYTES + 1), "too_big", {"mb": "2.0"}),
    ],
)
def test_a_refusal_carries_its_reason_code_and_values(shop, data, reason, values):
    """The GUI words the refusal from these, in the window's language."""
    with pytest.raises(UnsupportedLogo) as refused:
        shop.settings.set_logo(data, "logo.png")
    params = refused.value.params
    assert params["reason"] == reason and params["path"] == "logo.png"
    assert {key: params[key] for key in values} == values
    assert str(refused.value).startswith("The logo logo.png cannot be used: ")


def test_a_logo_over_2_mb_is_refused_before_it_is_read(shop, tmp_path):
    big = tmp_path / "big.png"
    big.write_bytes(image_bytes() + b"\0" * MAX_BYTES)
    with pytest.raises(UnsupportedLogo, match="at most 2 MB"):
        shop.settings.set_logo_file(big)
    with pytest.raises(UnsupportedLogo, match="no such file"):
        shop.settings.set_logo_file(tmp_path / "missing.png")
    with pytest.raises(UnsupportedLogo, match="folder") as refused:
        shop.settings.set_logo_file(tmp_path)
    assert refused.value.params["reason"] == "folder"


def test_a_damaged_stored_logo_is_a_domain_error(shop):
    shop.settings._put("logo", "data:image/png;base64,@@not base64@@")
    with pytest.raises(UnsupportedLogo, match="damaged") as refused:
        shop.settings.logo()
    assert refused.value.params["reason"] == "damaged"
    assert shop.settings.to_json()["logo"] == {"error": "the stored logo cannot be read"}


def test_check_logo_accepts_a_transparent_png():
    buffer = io.BytesIO()
    Image.new("RGBA", (16, 16), (0, 0, 0, 0)).save(buffer, "PNG")
    assert check_logo(buffer.getvalue()).format == "png"


def test_setup_is_needed_only_on_an_empty_shop_never_set_up(shop):
    assert shop.settings.needs_setup()
    shop.settings.set("setup", "skipped")
    assert not shop.settings.needs_setup()
    shop.settings.set("setup", "")
    shop.members.add(MemberDraft(first_name="Dana", phone="052-345-6789"))
    assert not shop.settings.needs_setup()
    with pytest.raises(InvalidValue):
        shop.settings.set("setup", "maybe")


def test_to_json_names_the_main_keys_first(shop):
    data = shop.settings.to_json()
    assert list(data)[:4] == ["shop_name", "language", "logo", "setup"]
    assert data["logo"] is None and data["language"] == "he"
