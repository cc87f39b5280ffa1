"""Reading CSV files people bring: encodings, delimiters, and which column is which."""

from __future__ import annotations

import codecs

import pytest

from app.core import column_map
from app.core.csv_sniff import detect_encoding, read_table
from app.core.errors import ValidationError

HEBREW = 'שם פרטי,שם משפחה,נייד,דוא"ל\nאביגיל,לוי,054-765-4321,avigail@example.com\n' \
         "דנה,כהן,052-555-1234,\n"
PERSIAN = "نام,نام خانوادگی,موبایل,ایمیل\nمریم,احمدی,0912 345 6789,maryam@example.com\n" \
          "رضا,کریمی,0935 111 2222,\n"
PERSIAN_1256 = PERSIAN.replace("ی", "ي")  # Windows-1256 has only the Arabic yeh
ENGLISH = "First Name,Last Name,Phone,Email\nZoë,Martin,052-555-9999,zoe@example.com\n"


@pytest.mark.parametrize("text, encoded, expected", [
    (ENGLISH, ENGLISH.encode("utf-8"), "utf-8"),
    (HEBREW, codecs.BOM_UTF8 + HEBREW.encode("utf-8"), "utf-8-sig"),
    (PERSIAN, PERSIAN.encode("utf-8"), "utf-8"),
    (HEBREW, HEBREW.encode("utf-16"), "utf-16"),
    (PERSIAN, codecs.BOM_UTF16_BE + PERSIAN.encode("utf-16-be"), "utf-16"),
    (HEBREW, HEBREW.encode("utf-16-le"), "utf-16-le"),
    (HEBREW, HEBREW.encode("cp1255"), "cp1255"),
    (PERSIAN_1256, PERSIAN_1256.encode("cp1256"), "cp1256"),
])
def test_each_encoding_is_detected_and_read_back(text, encoded, expected):
    assert detect_encoding(encoded) == expected
    table = read_table(encoded)
    assert table.encoding == expected
    lines = text.splitlines()
    assert table.header == lines[0].split(",")
    assert [",".join(r) for r in table.rows] == lines[1:]


def test_hebrew_without_letters_in_arabic_code_page_prefers_1255():
    """Only Hebrew words: Windows-1256 decodes the bytes too, but into mixed scripts."""
    data = "שלום עולם,מה נשמע\nתודה רבה,להתראות\n".encode("cp1255")
    assert detect_encoding(data) == "cp1255"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter_is_detected(delimiter):
    text = ENGLISH.replace(",", delimiter) + "Dana;Cohen\n".replace(";", delimiter)
    table = read_table(text.encode("utf-8"))
    assert table.delimiter == delimiter
    assert table.header == ["First Name", "Last Name", "Phone", "Email"]
    assert table.rows[0] == ("Zoë", "Martin", "052-555-9999", "zoe@example.com")
    assert table.rows[1] == ("Dana", "Cohen", "", "")  # a short row is padded


def test_commas_inside_quotes_do_not_fool_the_semicolon_guess():
    text = 'name;address;phone\n"Dana";"Herzl 1, Tel Aviv";052-555-1234\n'
    table = read_table(text.encode("utf-8"))
    assert table.delimiter == ";"
    assert table.rows == [("Dana", "Herzl 1, Tel Aviv", "052-555-1234")]


def test_one_column_file_falls_back_to_comma():
    table = read_table(b"email\na@example.com\nb@example.com\n")
    assert table.delimiter == "," and table.header == ["email"] and len(table.rows) == 2


def test_blank_lines_are_skipped_and_rows_keep_their_file_line():
    table = read_table(b'first_name,notes\nA,x\n\nB,"two\nlines"\nC,y\n')
    assert [r[0] for r in table.rows] == ["A", "B", "C"]
    assert [table.row_number(i) for i in range(3)] == [2, 4, 6]


def test_an_empty_file_or_a_wrong_encoding_is_a_clear_error():
    with pytest.raises(ValidationError) as empty:
        read_table(b"")
    assert empty.value.field == "file"
    with pytest.raises(ValidationError) as wrong:
        read_table(HEBREW.encode("cp1255"), encoding="utf-8")
    assert wrong.value.field == "encoding"


@pytest.mark.parametrize("header, expected", [
    (["First Name", "Last Name", "E-Mail Address", "Mobile", "DOB"],
     ["first_name", "last_name", "email", "phone", "birthday"]),
    (["שם פרטי", "שם משפחה", "טלפון", 'דוא"ל', "תאריך לידה", "הערות"],
     ["first_name", "last_name", "phone", "email", "birthday", "notes"],),
    (["שם", "נייד", "דוא״ל", "כתובת"], ["full_name", "phone", "email", "address"]),
    (["نام", "نام خانوادگی", "تلفن", "ایمیل", "آدرس"],
     ["first_name", "last_name", "phone", "email", "address"]),
    (["نام", "نام\u200cخانوادگی", "موبایل", "تاریخ تولد"],
     ["first_name", "last_name", "phone", "birthday"]),
])
def test_generic_headers_in_three_languages(header, expected):
    assert column_map.guess(header) == expected


def test_shopify_customers_export():
    header = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
              "Default Address Company", "Default Address Address1", "Default Address Phone",
              "Phone", "Accepts SMS Marketing", "Total Spent", "Note", "Tags"]
    got = dict(zip(header, column_map.guess(header), strict=True))
    assert got["First Name"] == "first_name" and got["Last Name"] == "last_name"
    assert got["Email"] == "email" and got["Phone"] == "phone"
    assert got["Accepts Email Marketing"] == "marketing_consent"
    assert got["Default Address Address1"] == "address"
    assert got["Note"] == "notes" and got["Tags"] == "tags"
    assert got["Default Address Phone"] == got["Accepts SMS Marketing"] == ""
    assert got["Customer ID"] == got["Total Spent"] == ""


def test_square_lightspeed_and_woocommerce_exports():
    square = ["Reference ID", "Given Name", "Family Name", "Email Address", "Phone Number",
              "Street Address 1", "Birthday", "Email Subscription Status", "Memo"]
    assert column_map.guess(square) == [
        "", "first_name", "last_name", "email", "phone", "address", "birthday",
        "marketing_consent", "notes"]
    vend = ["customer_code", "first_name", "last_name", "email", "phone", "mobile",
            "physical_address1", "date_of_birth"]
    assert column_map.guess(vend) == [
        "card_number", "first_name", "last_name", "email", "phone", "", "address", "birthday"]
    woo = ["first_name", "last_name", "email", "billing_phone", "billing_address_1"]
    assert column_map.guess(woo) == ["first_name", "last_name", "email", "phone", "address"]


def test_purchase_headers():
    header = ["Receipt", "Date", "Customer Phone", "Product", "Qty", "Unit Price", "Total"]
    assert column_map.guess(header, "purchases") == [
        "receipt", "at", "customer_phone", "product", "quantity", "unit_price", "total"]


def test_overrides_win_and_take_the_field_from_the_guessed_column():
    header = ["Name", "Phone", "Mobile"]
    mapping = column_map.guess(header)
    assert mapping == ["full_name", "phone", ""]
    overrides = column_map.parse_map_options(["Mobile=phone", "name=first_name"])
    assert column_map.apply_overrides(header, mapping, overrides) == [
        "first_name", "", "phone"]
    assert column_map.apply_overrides(header, mapping, {"Phone": "ignore"}) == [
        "full_name", "", ""]


@pytest.mark.parametrize("options, message", [
    (["Phone=telefax"], "no field telefax"),
    (["Fax=phone"], "no column called Fax"),
    (["phone"], "CSV_COLUMN=FIELD"),
])
def test_bad_overrides_name_the_problem(options, message):
    with pytest.raises(ValidationError) as err:
        column_map.apply_overrides(["Name", "Phone"], ["full_name", "phone"],
                                   column_map.parse_map_options(options))
    assert err.value.field == "map" and message in err.value.message
