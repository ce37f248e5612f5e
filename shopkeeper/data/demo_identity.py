"""Who the demo shop is: its name, a logo drawn at demo time, and its programme's Hebrew texts."""

from __future__ import annotations

import io
from dataclasses import replace

from shopkeeper.data.demo_baskets import COFFEE
from shopkeeper.loyalty.programme import Programme, RewardItem, StampCardRule, Tier

DEMO_SHOP_NAME = "הפינה של נועה"
DEMO_INITIAL = "נ"  # Noa’s
LOGO_SIZE = 256  # pixels: sharp at the 15 mm a note prints it
_TERRACOTTA = (196, 98, 74, 255)
_CREAM = (253, 243, 228, 255)

_TIER_PERKS = {
    "Silver": "5% הנחה על אביזרים",
    "Gold": "אריזת מתנה חינם ו-10% הנחה ביום ההולדת",
    "VIP": "גישה מוקדמת למבצעים ומתנה שנתית",
}
DEMO_PROGRAMME = replace(
    Programme(),
    stamp_cards=(StampCardRule("כרטיס קפה", COFFEE, 10, "כל קפה עשירי חינם", 12_00),),
    rewards=(
        RewardItem("שובר ₪20", 200, 20_00),
        RewardItem("שובר ₪50", 450, 50_00),
        RewardItem("שקית מתנה", 300, 0),
    ),
    tiers=tuple(
        Tier(t.name, t.threshold, t.multiplier, _TIER_PERKS.get(t.name, t.perk))
        for t in Programme().tiers
    ),
)


def demo_logo_png() -> bytes:
    """A round terracotta badge with a cream ring and the shop's initial, as PNG bytes."""
    from PIL import Image, ImageDraw, ImageFont

    from shopkeeper.printing.fonts import FONT_DIR

    scale = 4  # drawn large and scaled down: smooth edges
    side = LOGO_SIZE * scale
    image = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, side - 1, side - 1), fill=_TERRACOTTA)
    ring = side // 14
    draw.ellipse(
        (ring, ring, side - 1 - ring, side - 1 - ring), outline=_CREAM, width=max(side // 60, 1)
    )
    font = ImageFont.truetype(str(FONT_DIR / "Rubik-Bold.ttf"), int(side * 0.56))
    draw.text((side / 2, side * 0.5), DEMO_INITIAL, font=font, fill=_CREAM, anchor="mm")
    small = image.resize((LOGO_SIZE, LOGO_SIZE), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    small.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def give_demo_identity(shop) -> None:
    """Name the demo shop and give it the logo, unless the owner already chose either."""
    if not shop.settings.shop_name:
        shop.settings.set("shop_name", DEMO_SHOP_NAME)
    if shop.settings.get("logo") == "":
        shop.settings.set_logo(demo_logo_png(), "demo-logo.png")
