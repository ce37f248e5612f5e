"""The line breaker and reorderer against hand-worked cases."""

from __future__ import annotations

import time

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from shopkeeper.printing import fonts
from shopkeeper.printing.fonts import string_width
from shopkeeper.printing.layout import (
    FSI,
    PDI,
    direction_for,
    isolate,
    layout_paragraph,
    strip_bidi_controls,
)

WIDE = 1000.0


def visual(text: str, width: float = WIDE, **options) -> list[str]:
    return layout_paragraph(text, width, **options).texts


def w(text: str, font: str = "Rubik", size: float = 12) -> float:
    return string_width(text, font, size)


# ---------------------------------------------------------------- reordering


def test_conventions_example_mirrors_brackets_and_keeps_numbers():
    assert visual("שלום (עולם) [x] 12.50 ₪") == ["₪ 12.50 [x] (םלוע) םולש"]


def test_english_name_inside_hebrew_stays_whole_and_in_order():
    text = "תודה רבה, " + isolate("Dana Levi") + "!"
    assert visual(text) == ["!Dana Levi ,הבר הדות"]


def test_hebrew_line_starting_with_english_name_is_still_right_to_left():
    layout = layout_paragraph(isolate("Dana Levi") + " היקרה, תודה!", 300)
    (line,) = layout.lines
    assert line.text == "!הדות ,הרקיה Dana Levi"
    assert line.rtl
    assert line.x == pytest.approx(300 - line.width)  # right-aligned


def test_amount_with_shekel_sign():
    assert visual("סה״כ לתשלום: 149.90 ₪") == ["₪ 149.90 :םולשתל כ״הס"]
    assert visual("קנית ב־149.90 ₪") == ["₪ 149.90־ב תינק"]


def test_isolated_value_with_brackets_and_numbers_keeps_its_own_order():
    text = "הקוד שלך: " + isolate("AB-12 (3)") + " תודה"
    assert visual(text) == ["הדות AB-12 (3) :ךלש דוקה"]


def test_isolate_wraps_in_fsi_pdi_and_cleans_the_value():
    assert isolate("Dana (1) [2]") == FSI + "Dana (1) [2]" + PDI
    # a value cannot close the isolate early, override the direction or split the paragraph
    assert isolate("a\u202eb\u2069c\nd") == FSI + "abc d" + PDI
    assert isolate(149) == FSI + "149" + PDI


def test_left_to_right_paragraph_with_hebrew_name():
    layout = layout_paragraph(
        "Thank you, " + isolate("נועה כהן") + " (member #1234)!", 400, direction="ltr"
    )
    (line,) = layout.lines
    assert line.text == "Thank you, ןהכ העונ (member #1234)!"
    assert line.x == 0 and not line.rtl


def test_direction_auto_and_for_language():
    assert layout_paragraph("abc אבג", WIDE, direction="auto").lines[0].rtl is False
    assert layout_paragraph("אבג abc", WIDE, direction="auto").lines[0].rtl is True
    assert direction_for("he") == direction_for("he_IL") == direction_for("iw") == "rtl"
    assert direction_for("en") == direction_for("en-US") == "ltr"


def test_center_alignment():
    (line,) = layout_paragraph("שלום", 200, align="center").lines
    assert line.x == pytest.approx((200 - line.width) / 2)


def test_bidi_controls_are_never_drawn():
    layout = layout_paragraph("\u200fשלום \u202aabc\u202c \u2066x\u2069 \u200e", WIDE)
    drawn = "".join(run.text for line in layout.lines for run in line.visual_runs)
    assert strip_bidi_controls(drawn) == drawn
    # the LRM at the end is strong L: "abc", "x" and the spaces between form one LTR run
    assert layout.texts == ["abc x  םולש"]


# ---------------------------------------------------------------- wrapping


def test_line_breaks_inside_a_run_of_english_in_a_hebrew_paragraph():
    text = "קניתי Blue Suede Shoes בחנות"
    width = w("קניתי Blue Suede") + 1  # "… Shoes" does not fit
    assert width < w("קניתי Blue Suede Shoes")
    layout = layout_paragraph(text, width)
    # each line reordered on its own: the English words keep their order within the line
    assert layout.texts == ["Blue Suede יתינק", "תונחב Shoes"]
    assert [line.logical for line in layout.lines] == ["קניתי Blue Suede", "Shoes בחנות"]


def test_break_inside_english_run_in_the_middle_of_a_line():
    text = "שלחנו את Blue Suede Shoes אלייך היום"
    width = w("שלחנו את Blue") + 1
    layout = layout_paragraph(text, width)
    assert layout.texts == ["Blue תא ונחלש", "Suede Shoes", "םויה ךיילא"]


def test_brackets_split_across_lines_are_each_mirrored():
    text = "3 פריטים (כולל Blue Suede Shoes) בסך 149.90 ₪"
    width = w("3 פריטים (כולל Blue") + 1
    layout = layout_paragraph(text, width)
    # "(" opens on the right of its line, ")" closes on the left of the next: both drawn mirrored
    assert layout.texts == ["Blue ללוכ) םיטירפ 3", "ךסב (Suede Shoes", "₪ 149.90"]


def test_words_are_not_broken_when_they_fit_on_a_line_of_their_own():
    assert visual("שלום עולם", w("שלום") + 1) == ["םולש", "םלוע"]


def test_a_word_wider_than_the_line_breaks_inside_at_the_last_letter_that_fits():
    word = "אבגדהוזחטיכלמנסעפצקרשת"
    width = w(word[:9]) + 0.01
    layout = layout_paragraph(word, width)
    logical = [line.logical for line in layout.lines]
    assert "".join(logical) == word
    assert logical[0] == word[:9]
    for line, following in zip(logical, logical[1:], strict=False):
        assert w(line) <= width < w(line + following[0])  # each line as full as it can be
    assert layout.texts == [part[::-1] for part in logical]
    assert len(logical) >= 3


def test_a_long_word_after_others_starts_its_own_line_before_breaking():
    word = "אבגדהוזחטיכלמנסעפצקרשת"
    layout = layout_paragraph("שלום " + word, w(word[:12]) + 0.01)
    assert [line.logical for line in layout.lines] == ["שלום", word[:12], word[12:]]


def test_trailing_spaces_do_not_count_and_newlines_start_paragraphs():
    layout = layout_paragraph("שלום   \r\nעולם\n\nabc\n", 200)
    assert layout.texts == ["םולש", "םלוע", "", "abc"]
    assert layout.lines[0].x == pytest.approx(200 - w("שלום"))
    assert layout.lines[3].x == pytest.approx(200 - w("abc"))  # rtl paragraph: right
    assert [line.rtl for line in layout.lines] == [True] * 4


def test_line_widths_agree_with_reportlab():
    text = "שלום " + isolate("Dana") + " 🌸 ★ 12.50 ₪"
    layout = layout_paragraph(text, WIDE, size=13)
    (line,) = layout.lines
    fonts.register_fonts()
    for run in line.visual_runs:
        assert run.width == pytest.approx(stringWidth(run.text, run.font, 13))
    assert line.width == pytest.approx(sum(run.width for run in line.visual_runs))
    xs = [run.x for run in line.visual_runs]
    assert xs == sorted(xs) and xs[0] == 0


def test_baselines_step_by_leading():
    layout = layout_paragraph("א\nב\nג", 100, size=10, leading=1.5)
    baselines = [line.baseline for line in layout.lines]
    assert baselines[1] - baselines[0] == pytest.approx(15)
    assert baselines[2] - baselines[1] == pytest.approx(15)
    assert baselines[0] == pytest.approx(fonts.metrics("Rubik").ascent / 100)
    assert layout.height == pytest.approx((935 + 250) / 100 + 30)


# ---------------------------------------------------------------- niqqud, fallback, emoji


def test_niqqud_dropped_cleanly():
    assert visual("שָׁלוֹם עוֹלָם", keep_niqqud=False) == ["םלוע םולש"]


def test_niqqud_kept_follows_its_letter_and_sits_on_it():
    layout = layout_paragraph("שָׁלוֹם", WIDE)
    (line,) = layout.lines
    assert line.text == "םוֹלשָׁ"  # marks after their base letter, visual order
    text_runs = [r for r in line.visual_runs if r.width > 0]
    marks = [r for r in line.visual_runs if r.width == 0]
    assert [r.text for r in text_runs] == ["םולש"]
    assert sorted(r.text for r in marks) == sorted("\u05b9\u05b8\u05c1")
    # every mark is placed over its own letter, not at a glyph edge
    shin_left = w("םול")
    qamats = next(r for r in marks if r.text == "\u05b8")
    assert shin_left < qamats.x < shin_left + w("ש")
    assert line.width == pytest.approx(w("שלום"))


def test_symbols_fall_back_glyph_by_glyph():
    (line,) = layout_paragraph("כוכב ★ וסימן ✓", WIDE).lines
    assert [(r.font, r.text) for r in line.visual_runs] == [
        ("NotoSansSymbols2", "✓"),
        ("Rubik", " ןמיסו "),
        ("NotoSansSymbols2", "★"),
        ("Rubik", " בכוכ"),
    ]


def test_handwriting_family_falls_back_to_its_own_chain():
    (line,) = layout_paragraph("תודה ★", WIDE, font="hand").lines
    assert [r.font for r in line.visual_runs] == ["NotoSansSymbols2", "PlaypenSansHebrew"]


def test_emoji_drawn_with_the_emoji_font():
    (line,) = layout_paragraph("נועה 🌸", WIDE).lines
    assert [(r.font, r.text) for r in line.visual_runs] == [("NotoEmoji", "🌸"), ("Rubik", " העונ")]


def test_emoji_sequences_become_one_glyph_and_read_back_as_typed():
    family = "👩\u200d🦰"
    thumbs = "👍🏽"
    flag = "🇮🇱"
    keycap = "1\ufe0f\u20e3"
    (line,) = layout_paragraph(f"נועה {family} {thumbs} {flag} {keycap}", WIDE).lines
    table = fonts.emoji_sequences()
    emoji_runs = [r.text for r in line.visual_runs if r.font == "NotoEmoji"]
    assert emoji_runs == [table["1\u20e3"], table[flag], table[thumbs], table[family]]
    assert line.logical == f"נועה {family} {thumbs} {flag} 1\u20e3"  # VS16 is dropped


def test_unknown_characters_and_lone_modifiers_are_dropped_not_boxed():
    # CJK (no face has it), a lone ZWJ, a lone skin tone, a lone regional indicator, U+FFFD,
    # a private-use char and a control char
    text = "שלום 中\u200d🏽🇮\ufffd\ue000\x07 עולם"
    (line,) = layout_paragraph(text, WIDE).lines
    assert line.text == "םלוע  םולש"
    drawn = {r.font for r in line.visual_runs}
    assert drawn == {"Rubik"}


def test_member_with_markup_name_is_plain_text():
    assert visual("שלום " + isolate("<b>&</b>") + ", תודה") == ["הדות ,<b>&</b> םולש"]


# ---------------------------------------------------------------- shrink and truncate

LONG = "טקסט ארוך מאוד שלא נכנס בשום אופן בתיבה הקטנה הזאת גם לא בגודל מינימלי ולכן נחתך"


def test_shrinks_in_half_points_until_it_fits():
    layout = layout_paragraph(LONG, 150, 60, size=14, min_size=6)
    assert not layout.truncated
    assert layout.size < 14 and (layout.size * 2) == int(layout.size * 2)
    assert layout.height <= 60
    bigger = layout_paragraph(LONG, 150, size=layout.size + 0.5)
    assert bigger.height > 60  # the size used is the largest that fits
    assert " ".join(line.logical for line in layout.lines) == LONG


def test_no_shrinking_needed_keeps_the_size():
    layout = layout_paragraph("שלום", 150, 60, size=14, min_size=6)
    assert layout.size == 14 and not layout.truncated


def test_truncates_with_an_ellipsis_at_min_size():
    layout = layout_paragraph(LONG, 150, 30, size=12, min_size=10)
    assert layout.size == 10 and layout.truncated
    assert layout.height <= 30
    last = layout.lines[-1]
    assert last.logical.endswith("…")
    assert last.text.startswith("…")  # the logical end of a right-to-left line is its left
    assert last.width <= 150
    assert LONG.startswith(" ".join(line.logical for line in layout.lines)[:-1].rstrip())


def test_ellipsis_after_a_cut_isolated_value_sits_at_the_line_end():
    layout = layout_paragraph("שלום " + isolate("Dana Levi") + " ועוד הרבה מילים", 80, max_lines=1)
    assert layout.truncated
    assert layout.texts == ["…Dana םולש"]


def test_min_size_off_the_half_point_grid_is_the_last_size_tried():
    layout = layout_paragraph(LONG * 3, 150, 40, size=12, min_size=7.3)
    assert layout.size == 7.3 and layout.truncated


def test_max_lines_shrinks_first():
    layout = layout_paragraph(
        "שלום עולם ומלואו", w("שלום עולם") + 1, size=12, min_size=6, max_lines=1
    )
    assert len(layout.lines) == 1 and not layout.truncated and layout.size < 12


def test_valign_middle_and_bottom():
    top = layout_paragraph("שלום", 100, 100, size=10)
    middle = layout_paragraph("שלום", 100, 100, size=10, valign="middle")
    bottom = layout_paragraph("שלום", 100, 100, size=10, valign="bottom")
    assert middle.lines[0].baseline - top.lines[0].baseline == pytest.approx((100 - top.height) / 2)
    assert bottom.lines[0].baseline - top.lines[0].baseline == pytest.approx(100 - top.height)


def test_bad_arguments():
    with pytest.raises(ValueError):
        layout_paragraph("x", 0)
    with pytest.raises(ValueError):
        layout_paragraph("x", 10, direction="up")
    with pytest.raises(ValueError):
        layout_paragraph("x", 10, font="comic")


def test_empty_text():
    layout = layout_paragraph("", 100)
    assert layout.texts == [""] and not layout.truncated


# ---------------------------------------------------------------- speed


def test_a_three_line_note_lays_out_well_under_a_millisecond():
    template = "שלום {name} היקר/ה,\nתודה שקנית אצלנו {n} פריטים (כולל Blue Suede Shoes) בסך {sum} ₪.\nנתראה בקרוב!"
    layout_paragraph(template, 300, 200, font="hand", size=13, min_size=9)  # warm the caches
    runs = 300
    start = time.perf_counter()
    for i in range(runs):  # a fresh text each time: nothing comes from the paragraph cache
        text = template.format(name=isolate(f"Dana {i}"), n=i, sum=isolate(f"{i}.90"))
        layout_paragraph(text, 300, 200, font="hand", size=13, min_size=9)
    per_layout = (time.perf_counter() - start) / runs
    assert per_layout < 0.001, f"{per_layout * 1000:.3f} ms per layout"
