"""`shopkeeper-cli settings show|set`."""

from __future__ import annotations

import io

from PIL import Image


def test_show_a_new_shop(cli, cli_json):
    code, data, err = cli_json("settings", "show")
    assert code == 0, err
    assert {k: data[k] for k in ("shop_name", "language", "logo", "setup")} == {
        "shop_name": "",
        "language": "he",
        "logo": None,
        "setup": "",
    }
    code, out, _ = cli("settings", "show")
    assert "logo                 (none)" in out


def test_set_name_language_and_logo(cli, cli_json, tmp_path, open_shop):
    assert cli_json("settings", "set", "shop_name", "הפינה של נועה")[1]["shop_name"] == (
        "הפינה של נועה"
    )
    assert cli_json("settings", "set", "language", "en")[1]["language"] == "en"
    buffer = io.BytesIO()
    Image.new("RGB", (64, 32), "navy").save(buffer, "JPEG")
    (tmp_path / "logo.jpg").write_bytes(buffer.getvalue())
    code, data, err = cli_json("settings", "set", "logo", str(tmp_path / "logo.jpg"))
    assert code == 0, err
    assert data["logo"] == {
        "format": "jpeg",
        "width": 64,
        "height": 32,
        "bytes": len(buffer.getvalue()),
    }
    code, out, _ = cli("settings", "show")
    assert "jpeg 64 × 32 pixels" in out
    with open_shop() as shop:
        assert shop.settings.logo().data == buffer.getvalue()
    assert cli_json("settings", "set", "logo", "")[1]["logo"] is None


def test_bad_values_exit_1_with_a_message(cli, tmp_path):
    code, out, err = cli("settings", "set", "language", "fr")
    assert (code, out) == (1, "")
    assert "language" in err and "fr" in err
    (tmp_path / "notes.txt").write_text("hello")
    code, _, err = cli("settings", "set", "logo", str(tmp_path / "notes.txt"))
    assert code == 1 and "not a PNG or JPEG" in err
    code, _, err = cli("settings", "set", "logo", str(tmp_path / "missing.png"))
    assert code == 1 and "no such file" in err
    for blank in ("", "   "):
        code, out, err = cli("settings", "set", "shop_name", blank)
        assert (code, out) == (1, "")
        assert "The shop needs a name" in err
    code, _, err = cli("settings", "set", "colour", "red")
    assert code == 2 and "invalid choice" in err


def test_demo_gives_the_shop_its_name_and_logo(cli_json):
    code, _, err = cli_json("demo", "--members", "20")
    assert code == 0, err
    data = cli_json("settings", "show")[1]
    assert data["shop_name"] == "הפינה של נועה"
    assert data["logo"]["format"] == "png" and data["logo"]["width"] == 256
    programme = cli_json("programme", "show")[1]
    assert programme["stamp_cards"][0]["reward"] == "כל קפה עשירי חינם"
    assert [r["name"] for r in programme["rewards"]] == ["שובר ₪20", "שובר ₪50", "שקית מתנה"]


def test_call_rules_are_numbers_and_can_be_set(cli, cli_json):
    data = cli_json("settings", "show")[1]
    assert (data["winback_days"], data["followup_days"], data["followup_min_amount"]) == (
        90,
        3,
        50000,
    )
    code, data, err = cli_json("settings", "set", "winback_days", "60")
    assert (code, err) == (0, "")
    assert data["winback_days"] == 60
    assert cli_json("settings", "set", "followup_min_amount", "0")[1]["followup_min_amount"] == 0
    for key, value in [("winback_days", "0"), ("followup_days", "soon"), ("followup_days", "-2")]:
        code, out, err = cli("settings", "set", key, value)
        assert (code, out) == (1, ""), (key, value)
        assert key in err and value in err
    data = cli_json("settings", "show")[1]
    assert (data["winback_days"], data["followup_days"], data["followup_min_amount"]) == (60, 3, 0)
