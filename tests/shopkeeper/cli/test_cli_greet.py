"""`shopkeeper-cli greet` and `members consent`."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from shopkeeper.errors import NoConsent
from tests.shopkeeper.cli.cli_support import DANA, YOSSI


@pytest.fixture
def noa(cli_json, dana):
    """Dana with a daughter נועה born 28/11/2018 and a dog רקס."""
    for args in (
        ("child", "add", DANA, "--name", "נועה", "--birthday", "28/11/2018", "--gender", "f"),
        ("pet", "add", DANA, "--name", "רקס", "--kind", "dog", "--birthday", "29/11/2021"),
        ("set", DANA, "--address", "f"),
    ):
        code, _member, err = cli_json("members", *args)
        assert code == 0, err
    return dana


def test_greet_prints_text_and_link(cli_json, noa):
    code, data, err = cli_json("greet", DANA)
    assert code == 0, err
    assert set(data) >= {"text", "whatsapp_url"}
    assert data["text"].split("\n")[0] == "מזל טוב ליום ההולדת, דנה היקרה! 🎂"
    url = urlsplit(data["whatsapp_url"])
    assert url.netloc == "wa.me" and url.path == "/972523456789"
    assert parse_qs(url.query)["text"] == [data["text"]]


def test_greet_a_child_by_member_number(cli_json, noa):
    code, data, err = cli_json("greet", str(noa["number"]), "--child", "נועה")
    assert code == 0, err
    assert data["text"].split("\n")[:2] == [
        "היי דנה, מזל טוב לבתך נועה ליום ההולדת! 🎈",
        "בת 8 ועד 120!",
    ]


def test_greet_a_pet_in_english(cli_json, noa):
    code, data, err = cli_json("greet", DANA, "--pet", "רקס", "--language", "en")
    assert code == 0, err
    assert data["text"].split("\n")[:2] == [
        "Hi דנה, happy birthday to רקס! 🐾",
        "Give the birthday dog a big hug from us.",
    ]


@pytest.mark.parametrize(
    ("occasion", "first_line"),
    [
        ("thanks", "תודה רבה, דנה! 🌸"),
        ("ready", "היי דנה, ההזמנה שלך מוכנה לאיסוף! 📦"),
        ("winback", "היי דנה, מזמן לא ראינו אותך והתגעגענו!"),
    ],
)
def test_greet_other_occasions(cli_json, noa, occasion, first_line):
    code, data, err = cli_json("greet", DANA, "--occasion", occasion)
    assert code == 0, err
    assert data["text"].split("\n")[0] == first_line
    assert "פרסומת" not in data["text"]


def test_greet_human_output(cli, noa):
    code, out, err = cli("greet", DANA, "--occasion", "ready")
    assert code == 0, err
    assert out.startswith("היי דנה, ההזמנה שלך מוכנה לאיסוף!")
    text, link = out.rstrip("\n").split("\n\n")
    assert text.split("\n")[1] == "מוזמנת לבוא לאסוף אותה בשעות הפתיחה."
    assert link.startswith("https://wa.me/972523456789?text=")
    assert parse_qs(urlsplit(link).query)["text"] == [text]


@pytest.mark.parametrize(
    "args",
    [
        ("--child", "Dan"),
        ("--pet", "Mitzi"),
    ],
)
def test_greet_unknown_subject_fails_cleanly(cli, noa, args):
    code, out, err = cli("greet", DANA, *args)
    assert code == 1 and out == ""
    assert "has no" in err


def test_greet_refuses_child_and_pet_together(cli, noa):
    code, _out, err = cli("greet", DANA, "--child", "נועה", "--pet", "רקס")
    assert code == 2 and "not allowed with" in err


def test_greet_unknown_member(cli, dana):
    code, _out, err = cli("greet", "0500000000")
    assert code == 1 and "No member" in err


def test_consent_on_and_off_takes_effect_at_once(cli_json, noa, open_shop):
    code, data, err = cli_json("members", "consent", DANA, "whatsapp", "on", "--how", "טופס")
    assert code == 0, err
    assert data == {
        "channel": "whatsapp",
        "given": True,
        "how": "טופס",
        "at": "2026-11-26T10:30:00",
    }
    shop = open_shop()
    try:
        shop.settings.set("shop_name", "הסדנה")
        member_id = shop.members.find(DANA).id
        assert shop.greetings.promotion(member_id, "whatsapp", "sale").promotional
    finally:
        shop.close()

    code, data, err = cli_json("members", "consent", str(noa["number"]), "WhatsApp", "off")
    assert code == 0, err
    assert data == {
        "channel": "whatsapp",
        "given": False,
        "how": "shopkeeper-cli",
        "at": "2026-11-26T10:30:00",
    }
    shop = open_shop()
    try:
        with pytest.raises(NoConsent):
            shop.greetings.promotion(member_id, "whatsapp", "sale")
    finally:
        shop.close()
    code, member, err = cli_json("members", "show", DANA)
    assert member["consent"]["whatsapp"]["given"] is False


def test_consent_human_output_and_bad_channel(cli, yossi):
    code, out, err = cli("members", "consent", YOSSI, "sms", "on")
    assert code == 0, err
    assert out.strip() == "Yossi agreed to advertising by sms."
    code, _out, err = cli("members", "consent", YOSSI, "fax", "on")
    assert code == 2 and "invalid choice" in err
    code, _out, err = cli("members", "consent", YOSSI, "sms", "yes")
    assert code == 2
