"""The one reader of written figures (kg.extract.numbers) and the counts its callers
take from it: linking's tolls, event grouping's victims, the crowd a subject counts."""

from __future__ import annotations

import pytest

from kg.extract.numbers import WORDS, read_number
from kg.extract.timex import NUMBERS


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("23", 23),
        ("2,000", 2000),
        ("85,000", 85000),
        ("1.5", 1.5),
        ("Twelve", 12),
        ("sixty", 60),
        ("twenty-three", 23),
        ("forty five", 45),
        ("a dozen", 12),
        ("two dozen", 24),
        ("three hundred", 300),
        ("three hundred and twelve", 312),
        ("a hundred", 100),
        ("1.5 million", 1_500_000),
        ("1.1 million", 1_100_000),  # exact, not 1100000.0000000002
        ("2 million", 2_000_000),
        ("two million three hundred thousand", 2_300_000),
    ],
)
def test_a_figure_in_digits_or_words_is_read_at_its_value(text: str, value: float) -> None:
    got = read_number(text)
    assert got == value
    assert isinstance(got, int) == isinstance(value, int)


@pytest.mark.parametrize(
    "text",
    [
        "hundreds",  # a size, not a figure
        "tens of thousands",
        "dozens",
        "10-15",  # a range
        "-12",  # the end of a score "2-12" or a date
        "5-",
        "one two",
        "million million",
        "a soldier",
        "a",  # an article is no figure unless a caller says so
        "pirates",
        "and",
        "three hundred and",
        "",
        "7" * 5000,  # junk a page scraped, longer than Python reads as an int
    ],
)
def test_what_is_no_one_exact_figure_reads_as_none(text: str) -> None:
    assert read_number(text) is None


def test_a_caller_keeps_its_own_words_and_its_whole_counts() -> None:
    # event grouping counts "a soldier" as one and reads no decimals as a count
    assert read_number("a", NUMBERS, decimals=False) == 1
    assert read_number("2.5", NUMBERS, decimals=False) is None
    assert read_number("1.5 million", decimals=False) is None
    # a scale is a figure only to a caller that lists it
    assert read_number("million", WORDS) is None
    assert read_number("million") == 1_000_000
    assert read_number("twenty", {}) is None


def test_linking_counts_a_toll_written_in_hyphened_words() -> None:
    from kg.link import _counts, _figure

    assert _figure("twenty-three") == "23"
    assert _figure("2,000") == "2000"
    assert _figure("2004") is None  # a year
    assert _figure("one") is None  # "one of the ..."
    assert _figure("1.5") is None
    assert _counts("Commandos freed twenty-three sailors held by pirates.")["sailors"] == {"23"}


def test_linking_counts_a_toll_a_scale_multiplies() -> None:
    from kg.link import _counts

    assert _counts("Two thousand people were killed in the flood.")["dead"] == {"2000"}
    assert _counts("Twenty-one thousand people were killed by the waves.")["dead"] == {"21000"}
    assert _counts("Rebels freed two dozen hostages.")["hostages"] == {"24"}
