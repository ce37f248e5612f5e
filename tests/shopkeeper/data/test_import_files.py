"""Files that cannot be imported at all: a clear ImportFileError, never a traceback, nothing written."""

from __future__ import annotations

import random
import zipfile

import pytest

from shopkeeper.data.importing import import_members, preview
from shopkeeper.errors import ImportFileError, ShopError

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f"
    b"\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00"
    b"IEND\xaeB`\x82"
)


def broken_files(tmp_path, write_xlsx):
    """(name, path, what the message must say) for every kind of unusable file."""
    files = {
        "empty.csv": b"",
        "blank.csv": b" \r\n\r\n   \r\n",
        "bom-only.csv": b"\xef\xbb\xbf",
        "image.csv": PNG,
        "noise.csv": random.Random(7).randbytes(4096),
        "image.png": PNG,
        "report.pdf": b"%PDF-1.4\n",
        "old.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
        "noise.xlsx": random.Random(8).randbytes(4096),
        "empty.xlsx": b"",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with zipfile.ZipFile(tmp_path / "not-a-workbook.xlsx", "w") as archive:
        archive.writestr("hello.txt", "hi")
    good = write_xlsx([["Name", "Phone"], ["Dana", "0523456789"]], name="good.xlsx").read_bytes()
    (tmp_path / "truncated.xlsx").write_bytes(good[: len(good) // 2])
    (tmp_path / "a folder.csv").mkdir()
    return [
        ("empty.csv", "empty.csv is empty."),
        ("blank.csv", "blank.csv is empty."),
        ("bom-only.csv", "bom-only.csv is empty."),
        ("image.csv", "image.csv is not a CSV or Excel file"),
        ("noise.csv", "noise.csv is not a CSV or Excel file"),
        ("image.png", "“.png” files are not supported; use a .csv or .xlsx file."),
        ("report.pdf", "“.pdf” files are not supported"),
        ("old.xls", "old Excel (.xls) file; save it as .xlsx or CSV"),
        ("noise.xlsx", "noise.xlsx is not a readable Excel workbook (it is damaged, or not"),
        ("empty.xlsx", "empty.xlsx is empty."),
        ("not-a-workbook.xlsx", "not-a-workbook.xlsx is not a readable Excel workbook"),
        ("truncated.xlsx", "truncated.xlsx is not a readable Excel workbook"),
        ("a folder.csv", "is a folder, not a file."),
        ("missing.csv", "there is no file at"),
    ]


def test_unusable_files_raise_a_clear_error_and_write_nothing(shop, tmp_path, write_xlsx):
    for name, expected in broken_files(tmp_path, write_xlsx):
        for dry_run in (False, True):
            with pytest.raises(ImportFileError) as caught:
                import_members(shop, tmp_path / name, dry_run=dry_run)
            message = str(caught.value)
            assert message.startswith("The file cannot be imported: "), name
            assert expected in message, (name, message)
            assert "Traceback" not in message and "\n" not in message
            assert caught.value.__suppress_context__ or caught.value.__cause__ is None
        with pytest.raises(ImportFileError):
            preview(tmp_path / name)
    assert shop.members.count() == 0


@pytest.mark.parametrize(
    ("rows", "detail"),
    [
        (
            [["שם", "עיר"], ["דנה", "חיפה"]],
            "missing column: phone (the file's columns: “שם”, “עיר”).",
        ),
        ([["Phone", "City"], ["0523456789", "Haifa"]], "missing column: name"),
        ([["Customer ID", "Total"], ["7", "120"]], "missing column: phone and name"),
    ],
)
def test_csv_without_a_required_column(shop, write_csv, rows, detail):
    with pytest.raises(ImportFileError) as caught:
        import_members(shop, write_csv(rows))
    assert detail in str(caught.value)
    assert isinstance(caught.value, ShopError)
    assert shop.members.count() == 0


def test_headerless_csv_of_numbers_is_refused(shop, write_csv):
    # The first row is taken as the header; none of it names a phone or a name column.
    with pytest.raises(ImportFileError, match="missing column: phone and name"):
        import_members(shop, write_csv([["Dana", "0523456789"], ["Ron", "0541234567"]]))
    assert shop.members.count() == 0


def test_a_sheet_with_nothing_in_it(shop, write_xlsx):
    with pytest.raises(ImportFileError, match="is empty"):
        import_members(shop, write_xlsx([]))


def test_override_naming_a_column_the_file_lacks(shop, write_csv):
    with pytest.raises(ImportFileError, match="the file has no column “Mobiel”"):
        import_members(
            shop,
            write_csv([["Name", "Phone"], ["Dana", "0523456789"]]),
            mapping={"Mobiel": "phone"},
        )
    assert shop.members.count() == 0


def test_csv_saved_under_an_xlsx_name_is_read_as_text(shop, tmp_path):
    path = tmp_path / "export.xlsx"
    path.write_bytes("Name,Phone\r\nדנה,0523456789\r\n".encode("cp1255"))
    assert import_members(shop, path).imported == 1
    assert shop.members.find("0523456789").first_name == "דנה"


def test_txt_and_tsv_files_are_read_as_text(shop, write_csv):
    rows = [["Name", "Phone"], ["Dana", "0523456789"]]
    assert import_members(shop, write_csv(rows, name="export.txt", delimiter="\t")).imported == 1
    assert import_members(shop, write_csv(rows, name="export.tsv", delimiter="\t")).existing == 1
