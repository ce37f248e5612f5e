"""`shopkeeper-cli settings show|set`: the shop's name, language, logo and first-start state."""

from __future__ import annotations

import argparse

from shopkeeper.cli.output import Output

CALL_RULES = ("winback_days", "followup_days", "followup_min_amount")
KEYS = ("shop_name", "language", "logo", "setup", *CALL_RULES)
_HELP = {
    "shop_name": "the name on the window and on printouts",
    "language": "he or en: the app's language and the printouts' default",
    "logo": 'the path of a PNG or JPEG (at most 2 MB), kept in the database; "" removes it',
    "setup": 'done, skipped or "" (the first-start set-up shows again on an empty shop)',
    "winback_days": "a member with no purchase for this many days is called (1-3660)",
    "followup_days": "a follow-up call this many days after a purchase (0-3660)",
    "followup_min_amount": "in agorot: purchases of at least this are followed up (0: shipped only)",
}


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Register `settings show` and `settings set`."""
    settings = sub.add_parser(
        "settings", parents=[common], help="show or change the shop's settings"
    )
    ssub = settings.add_subparsers(dest="settings_command", metavar="SUBCOMMAND", required=True)
    show = ssub.add_parser("show", parents=[common], help="every setting (the logo as its size)")
    show.set_defaults(handler=show_settings)
    set_ = ssub.add_parser(
        "set",
        parents=[common],
        help="change one setting",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="keys:\n" + "\n".join(f"  {key:<20} {text}" for key, text in _HELP.items()),
    )
    set_.add_argument("key", metavar="KEY", choices=KEYS, help=" | ".join(KEYS))
    set_.add_argument("value", metavar="VALUE")
    set_.set_defaults(handler=set_setting)


def show_settings(shop, args: argparse.Namespace, out: Output) -> int:
    data = shop.settings.to_json()
    out.result(data, settings_text(data))
    return 0


def set_setting(shop, args: argparse.Namespace, out: Output) -> int:
    if args.key in CALL_RULES:  # checked as the Settings page's call rules are
        shop.calls.set_rule(args.key, args.value)
    else:
        shop.settings.set(args.key, args.value)
    data = shop.settings.to_json()
    out.result(data, f"{args.key}: {_value_text(args.key, data[args.key])}")
    return 0


def settings_text(data: dict) -> str:
    """One aligned line per setting, as a person reads it."""
    width = max(len(key) for key in data) + 2
    return "\n".join(f"{key:<{width}}{_value_text(key, value)}" for key, value in data.items())


def _value_text(key: str, value: object) -> str:
    if key == "logo":
        if not value:
            return "(none)"
        if "error" in value:
            return value["error"]
        return "{format} {width} × {height} pixels, {bytes:,} bytes".format(**value)
    return str(value) if value != "" else "(not set)"
