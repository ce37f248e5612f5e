"""shopkeeper-cli on a real shop folder: every command, its JSON, its messages and exit codes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from shopkeeper.cli import main
from shopkeeper.shop import Shop

MEMBER_KEYS = {
    "id",
    "number",
    "first_name",
    "last_name",
    "phone",
    "birthday",
    "email",
    "city",
    "children",
    "pets",
    "consent",
}


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "shop"


@pytest.fixture
def cli(capsys, data_dir):
    """cli(*args) → (exit code, stdout, stderr), run against the test's shop folder."""

    def run(*args: str, data: Path | None = None) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data or data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def cli_json(cli):
    """cli_json(*args) → (exit code, parsed JSON or None, stderr)."""

    def run(*args: str) -> tuple[int, object, str]:
        code, out, err = cli(*args, "--json")
        return code, json.loads(out) if out.strip() else None, err

    return run


def options(**values: str | list[str] | bool) -> list[str]:
    """`referred_by="1", tag=["a", "b"], hebrew_birthday=True` → `--referred-by 1 --tag a b --hebrew-birthday`."""
    args: list[str] = []
    for name, value in values.items():
        flag = "--" + name.replace("_", "-")
        if value is True:
            args.append(flag)
        elif isinstance(value, list):
            args += [flag, *value]
        else:
            args += [flag, value]
    return args


def add(cli_json, **values: str | list[str] | bool) -> dict:
    code, member, err = cli_json("members", "add", *options(**values))
    assert code == 0, err
    return member


# -- members count / demo -------------------------------------------------------------------------
def test_count_of_a_new_shop_is_zero(cli, cli_json):
    assert cli_json("members", "count") == (0, {"count": 0}, "")
    code, out, _ = cli("members", "count")
    assert (code, out.strip()) == (0, "0 members")


def test_json_and_data_dir_are_accepted_before_or_after_the_command(capsys, data_dir):
    for argv in (
        ["--data-dir", str(data_dir), "--json", "members", "count"],
        ["members", "count", "--data-dir", str(data_dir), "--json"],
        ["members", "--json", "count", "--data-dir", str(data_dir)],
    ):
        assert main(argv) == 0
        assert json.loads(capsys.readouterr().out) == {"count": 0}
    assert (data_dir / "shop.sqlite3").exists()


def test_demo_fills_an_empty_shop_and_refuses_a_second_time(cli, cli_json):
    code, data, err = cli_json("demo", "--members", "40", "--seed", "3")
    assert (code, err) == (0, "")
    assert (data["members"], data["shop_name"]) == (40, "הפינה של נועה")
    assert data["logo"] == cli_json("settings", "show")[1]["logo"]
    assert data["logo"]["format"] == "png"
    assert cli_json("members", "count")[1] == {"count": 40}
    code, out, err = cli("demo", "--members", "5")
    assert code == 1 and out == ""
    assert "already has 40 members" in err
    assert cli_json("members", "count")[1] == {"count": 40}


def test_demo_text_output_and_bad_count(cli):
    code, out, _ = cli("demo", "--members", "12")
    assert code == 0 and out.startswith("12 demo members added")
    code, _, err = cli("demo", "--members", "many")
    assert code == 2 and "not a whole number" in err


# -- members add ----------------------------------------------------------------------------------
def test_add_prints_the_member_json(cli_json):
    member = add(
        cli_json,
        first="דנה",
        last="כהן",
        phone="052-345-6789",
        birthday="12/03/1985",
        email="dana@example.com",
        city="חיפה",
        address="הרצל 5",
        notes="מעדיפה ללא בישום",
        gender="f",
        tag=["VIP", "קבועה", "משלוחים"],
        source="אינסטגרם",
        consent="sms,whatsapp",
        child="מאיה,01/02/2019,f",
        pet="לואי,כלב,--05-04",
    )
    assert set(member) >= MEMBER_KEYS
    assert member["number"] == 1
    assert member["phone"] == "+972523456789"
    assert member["birthday"] == "1985-03-12"
    assert (member["first_name"], member["last_name"], member["city"]) == ("דנה", "כהן", "חיפה")
    assert member["address_form"] == "f"
    assert member["tags"] == ["VIP", "משלוחים", "קבועה"]
    assert member["children"] == [{"name": "מאיה", "birthday": "2019-02-01", "gender": "f"}]
    assert member["pets"] == [{"name": "לואי", "kind": "כלב", "birthday": "--05-04"}]
    assert {ch: c["given"] for ch, c in member["consent"].items()} == {
        "sms": True,
        "whatsapp": True,
        "email": False,
    }
    assert member["consent"]["email"]["at"] is None


def test_tags_children_and_pets_can_be_repeated(cli):
    code, out, err = cli(
        "members",
        "add",
        "--first",
        "Ron",
        "--phone",
        "0523456789",
        "--tag",
        "a",
        "--tag",
        "b",
        "c",
        "--child",
        "Tom",
        "--child",
        "Mia,--01-02",
        "--pet",
        "Rex,dog",
        "--pet",
        "Tweety",
        "--json",
    )
    member = json.loads(out)
    assert code == 0, err
    assert member["tags"] == ["a", "b", "c"]
    assert [c["name"] for c in member["children"]] == ["Tom", "Mia"]
    assert member["children"][1]["birthday"] == "--01-02"
    assert [(p["name"], p["kind"]) for p in member["pets"]] == [("Rex", "dog"), ("Tweety", "")]


def test_add_birthday_without_year_and_feb_29(cli_json):
    member = add(cli_json, first="Leap", phone="0523456780", birthday="29/02")
    assert member["birthday"] == "--02-29"
    assert member["last_name"] == ""


def test_add_referred_by_and_hebrew_birthday(cli_json):
    add(cli_json, first="Ron", phone="0523456789")
    member = add(
        cli_json,
        first="Gal",
        phone="0541234567",
        referred_by="052-345-6789",
        hebrew_birthday=True,
        birthday="1/1/2000",
    )
    assert member["referred_by"] == 1 and member["hebrew_birthday"] is True


def test_names_are_kept_exactly_as_entered(cli, cli_json):
    member = add(cli_json, first="<b>&amp;", last='שמעון "שימי" ג\'ונסון 🐶', phone="0501234567")
    assert member["first_name"] == "<b>&amp;"
    assert member["last_name"] == 'שמעון "שימי" ג\'ונסון 🐶'
    code, out, _ = cli("members", "show", "0501234567", "--json")
    assert code == 0 and "🐶" in out and "\\u" not in out  # JSON not escaped
    found = cli_json("members", "search", "שימי")[1]
    assert [m["last_name"] for m in found] == ['שמעון "שימי" ג\'ונסון 🐶']


def test_names_are_trimmed_of_spaces_and_direction_marks(cli_json):
    member = add(cli_json, first="\u200f  נועה \u200e", phone="\u202a+972 50-123-4567\u202c")
    assert member["first_name"] == "נועה"
    assert member["phone"] == "+972501234567"


def test_duplicate_phone_is_refused_with_the_owner(cli, cli_json):
    add(cli_json, first="Ron", last="Levi", phone="052-345-6789")
    code, out, err = cli("members", "add", "--first", "Other", "--phone", "+972 52 345 6789")
    assert (code, out) == (1, "")
    assert "already belongs to member 1 (Ron Levi)" in err
    assert "Traceback" not in err
    assert cli_json("members", "count")[1] == {"count": 1}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--phone", "052-ABC-6789"], "is not a phone number"),
        (["--phone", "12"], "is not a phone number"),
        (["--phone", "0523456789", "--birthday", "31/02"], "“31/02” is not a date"),
        (["--phone", "0523456789", "--birthday", "31/02/1990"], "is not a date"),
        (["--phone", "0523456789", "--email", "not-an-email"], "is not an e-mail address"),
        (["--phone", "0523456789", "--consent", "fax"], "consent channel"),
        (["--phone", "0523456789", "--gender", "x"], "form of address"),
        (["--phone", "0523456789", "--referred-by", "999"], "No member"),
        (["--phone", "0523456789", "--first", ""], "needs a first or last name"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_written(cli, cli_json, args, message):
    first = [] if "--first" in args else ["--first", "Dana"]
    code, out, err = cli("members", "add", *first, *args)
    assert (code, out) == (1, "")
    assert message in err and "Traceback" not in err
    assert cli_json("members", "count")[1] == {"count": 0}


def test_unallocated_phone_is_saved_with_a_warning(cli):
    code, out, err = cli("members", "add", "--first", "Dana", "--phone", "052-111-2233", "--json")
    assert code == 0
    assert json.loads(out)["phone"] == "+972521112233"
    assert err.startswith("warning: ") and "not in any range in use" in err


def test_add_without_phone_is_a_usage_error(cli):
    code, out, err = cli("members", "add", "--first", "Dana")
    assert code == 2 and out == "" and "--phone" in err


# -- members show / search ------------------------------------------------------------------------
def test_show_by_number_or_any_phone_spelling(cli, cli_json):
    add(cli_json, first="Ron", phone="052-345-6789", city="Haifa")
    for key in ("1", "0523456789", "+972-52-345-6789", "523456789"):
        code, member, _ = cli_json("members", "show", key)
        assert code == 0 and member["number"] == 1 and member["first_name"] == "Ron"
    code, out, _ = cli("members", "show", "1")
    assert code == 0
    assert "052-345-6789" in out and "Haifa" in out and "Ron" in out


def test_show_unknown_member_exits_1(cli):
    code, out, err = cli("members", "show", "0541112233")
    assert (code, out) == (1, "")
    assert err.strip() == "No member with the phone or number “0541112233”."


def test_search_json_lists_full_members(cli_json):
    add(cli_json, first="דנה", last="כהן", phone="0523456789", consent="sms")
    add(cli_json, first="Dan", last="Levi", phone="0541234567")
    code, found, _ = cli_json("members", "search", "456-78")
    assert code == 0 and [m["phone"] for m in found] == ["+972523456789"]
    assert set(found[0]) >= MEMBER_KEYS and found[0]["consent"]["sms"]["given"] is True
    assert [m["first_name"] for m in cli_json("members", "search", "dan")[1]] == ["Dan"]
    assert [m["last_name"] for m in cli_json("members", "search", "כה")[1]] == ["כהן"]
    assert cli_json("members", "search", "nobody") == (0, [], "")


def test_search_text_output_is_aligned_lines(cli, cli_json):
    add(cli_json, first="Dan", last="Levi", phone="0541234567", city="Haifa")
    add(cli_json, first="Danielle", last="Cohen-Levi", phone="0521234567", city="Eilat")
    code, out, _ = cli("members", "search", "dan")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].split() == ["1", "Dan", "Levi", "054-123-4567", "Haifa"]
    assert lines[1].split() == ["2", "Danielle", "Cohen-Levi", "052-123-4567", "Eilat"]
    assert lines[0].index("054") == lines[1].index("052")
    code, out, _ = cli("members", "search", "zz")
    assert code == 0 and "No member matches" in out
    assert len(cli("members", "search", "dan", "--limit", "1")[1].splitlines()) == 1
    assert cli("members", "search", "dan", "--limit", "0")[0] == 2


# -- check ----------------------------------------------------------------------------------------
def test_check_reports_schema_and_integrity(cli, cli_json, data_dir):
    add(cli_json, first="Dan", phone="0541234567")
    code, report, _ = cli_json("check")
    assert code == 0
    assert report == {
        "ok": True,
        "schema_version": report["app_schema_version"],
        "app_schema_version": report["app_schema_version"],
        "problems": [],
        "members": 1,
        "path": str(data_dir.resolve() / "shop.sqlite3"),
    }
    assert report["schema_version"] >= 1
    code, out, _ = cli("check")
    assert code == 0 and "Integrity:      ok" in out


def test_check_with_problems_exits_1(cli_json, data_dir):
    Shop(data_dir).close()
    with sqlite3.connect(data_dir / "shop.sqlite3") as conn:  # foreign keys off: an orphan child
        conn.execute("INSERT INTO child (member_id, name) VALUES (999, 'orphan')")
    conn.close()
    code, report, _ = cli_json("check")
    assert code == 1 and report["ok"] is False
    assert any("child" in problem for problem in report["problems"])


def test_a_database_from_a_newer_app_is_refused_with_exit_2(cli, data_dir):
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / "shop.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    code, out, err = cli("members", "count")
    assert (code, out) == (2, "")
    assert "newer Shopkeeper" in err and "Traceback" not in err


def test_a_file_that_is_not_a_database_is_refused_with_exit_2(cli, data_dir):
    data_dir.mkdir()
    (data_dir / "shop.sqlite3").write_bytes(b"this is not sqlite at all" * 100)
    code, out, err = cli("check", "--json")
    assert (code, out) == (2, "")
    assert "is not a Shopkeeper database" in err


def test_a_data_folder_that_cannot_hold_a_shop_exits_2(cli, tmp_path):
    (tmp_path / "a-file").write_text("x")
    code, out, err = cli("members", "count", data=tmp_path / "a-file")
    assert (code, out) == (2, "") and "Cannot open the shop" in err
    (tmp_path / "odd" / "shop.sqlite3").mkdir(parents=True)  # a folder where the file should be
    code, out, err = cli("members", "count", data=tmp_path / "odd")
    assert (code, out) == (2, "") and "shop.sqlite3" in err and "Traceback" not in err


# -- import members -------------------------------------------------------------------------------
def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_import_all_rows_good_exits_0(cli_json, tmp_path):
    file = write(
        tmp_path / "m.csv", "שם פרטי,שם משפחה,טלפון,תאריך לידה\nדנה,כהן,052-345-6789,12/03/1985\n"
    )
    assert cli_json("import", "members", str(file)) == (
        0,
        {"imported": 1, "existing": 0, "rejected": []},
        "",
    )
    assert cli_json("members", "show", "0523456789")[1]["birthday"] == "1985-03-12"
    # the same file again: the phone is a member already, nothing changes
    assert cli_json("import", "members", str(file))[1] == {
        "imported": 0,
        "existing": 1,
        "rejected": [],
    }


def test_import_with_rejected_rows_exits_1_and_dry_run_writes_nothing(cli, cli_json, tmp_path):
    file = write(
        tmp_path / "m.csv",
        "First name,Last name,Phone\nDana,Cohen,0523456789\nBad,Phone,05x-123\nRon,Levi,0541234567\n",
    )
    code, report, _ = cli_json("import", "members", str(file), "--dry-run")
    assert code == 1
    assert report["imported"] == 2 and report["existing"] == 0
    assert [r["row"] for r in report["rejected"]] == [3] and report["rejected"][0]["reason"]
    assert cli_json("members", "count")[1] == {"count": 0}
    code, out, _ = cli("import", "members", str(file))
    assert code == 1 and "row 3:" in out
    assert cli_json("members", "count")[1] == {"count": 2}


def test_import_with_a_column_mapping(cli_json, tmp_path):
    file = write(tmp_path / "m.csv", "Who,Cell\nDana,0523456789\n")
    code, report, err = cli_json(
        "import", "members", str(file), "--map", "Who=first_name", "--map", "Cell=phone"
    )
    assert (code, report) == (0, {"imported": 1, "existing": 0, "rejected": []}), err
    assert cli_json("members", "show", "0523456789")[1]["first_name"] == "Dana"


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02\xff\xfe\x00binary\x00" * 50, b"Name,City\nDana,Haifa\n"],
    ids=["empty", "binary", "missing-phone-column"],
)
def test_import_of_an_unusable_file_exits_2(cli, cli_json, tmp_path, content):
    file = tmp_path / "m.csv"
    file.write_bytes(content)
    code, out, err = cli("import", "members", str(file))
    assert (code, out) == (2, "")
    assert err.startswith("The file cannot be imported") and "Traceback" not in err
    assert cli_json("members", "count")[1] == {"count": 0}


def test_import_of_a_missing_file_and_a_bad_map(cli, tmp_path):
    code, _, err = cli("import", "members", str(tmp_path / "nope.csv"))
    assert code == 2 and "cannot be imported" in err
    file = write(tmp_path / "m.csv", "Name,Phone\nDana,0523456789\n")
    code, _, err = cli("import", "members", str(file), "--map", "Name")
    assert code == 2 and "Header=field" in err


# -- as a program ---------------------------------------------------------------------------------
def test_runs_as_a_program(tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "shopkeeper.cli", "--data-dir", str(tmp_path / "shop"), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
        )

    added = run("members", "add", "--first", "שירה 🌸", "--phone", "0523456789", "--json")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["first_name"] == "שירה 🌸"
    missing = run("members", "show", "77")
    assert missing.returncode == 1 and missing.stdout == ""
    assert "No member" in missing.stderr and "Traceback" not in missing.stderr
    usage = run("frobnicate")
    assert usage.returncode == 2
