"""One reader of figures written in news text ("23", "2,000", "1.5 million", "ten",
"twenty-three", "a dozen"), shared by the readers that count: who an incident befell
(:func:`kg.link._figure`, :func:`kg.extract.event_groups._victims`) and whether a
subject is a crowd (:func:`kg.extract.events._many`). Each kept its own table of words
and its own parsing of digits before (a pattern, ``str.isdigit``, ``float``), so a
figure one of them read ("twenty-three", "1,000.5") another passed over.

What a caller accepts stays its own policy, passed as arguments: the number words it
trusts (``words``; linking ignores "one", which opens "one of the ..." in every story,
and event grouping reads "a soldier" as one) and whether a decimal is a figure for it
(``decimals``; a count of victims is whole, "2.5" there is a measure). What a figure
counts (a toll, a crowd, a year) is the caller's to say, not the reader's.
(``kg.query._NUMBERS`` reads no text: it maps XSD datatypes to Python numbers.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen")  # fmt: skip
TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
# The number words below a hundred that are one word each ("sixty", "twelve").
WORDS: dict[str, int] = {w: n for n, w in enumerate(UNITS.split())} | {
    w: 10 * n for n, w in enumerate(TENS.split(), 2)
}
# Words that multiply the figure before them ("three hundred", "1.5 million", "a dozen").
SCALES: dict[str, int] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
}
# Digits with thousands commas and a decimal point, as Python's float reads them once
# the commas are gone ("2,000", "1.5", "85,000", "10."); no sign, no exponent. A longer
# run than any count is an id or a scrape's junk (a web page held one of 6,958 digits,
# more than Python turns into an int).
_DIGITS = re.compile(r"\d[\d,]*(?:\.[\d,]*)?")
MAX_DIGITS = 24
_PARTS = re.compile(r"[\s-]+")


def read_number(
    text: str, words: Mapping[str, int] = WORDS | SCALES, decimals: bool = True
) -> int | float | None:
    """The value of one figure, a token or a phrase, in digits or words: "2,000" 2000,
    "1.5" 1.5, "twenty-three" 23, "three hundred and twelve" 312, "a dozen" 12, "1.5
    million" 1500000. An int when whole. None for what is not one exact figure: a
    plural size ("hundreds", "tens of thousands"), a range ("10-15"), two figures
    ("one two"), a word not in ``words`` (a scale multiplies only when it is in
    ``words``), or a decimal point when ``decimals`` is false ("2.0", "1.5 million")."""
    low = text.lower()
    if low in words:  # most figures are one word or plain digits: read them at once
        return words[low]
    if not low[:1].isdigit() and not _PARTS.search(low):
        return None  # a word that is no number ("pirates")
    parts = _PARTS.split(low.strip())  # "-1", "5-": an empty part, no figure
    total, current = Fraction(0), None  # what big scales closed, and the figure open
    for i, part in enumerate(parts):
        if _DIGITS.fullmatch(part):
            if len(part) > MAX_DIGITS or current is not None or total:
                return None
            if "." in part and not decimals:
                return None
            current = Fraction(part.replace(",", ""))
        elif part in SCALES and part in words:
            if current is None and i:
                return None  # "million million", "two million thousand"
            current = SCALES[part] * (1 if current is None else current)
            if SCALES[part] >= 1000:  # "two million three hundred thousand"
                total, current = total + current, None
        elif part in ("a", "an") and current is None and not total and i + 1 < len(parts):
            nxt = parts[i + 1]
            if nxt not in SCALES or nxt not in words:
                return None
            current = Fraction(1)  # "a dozen", "a hundred"
        elif part in words:
            value = words[part]
            if current is None:
                current = Fraction(value)
            elif current % 100 in range(20, 100, 10) and 0 < value < 10:
                current += value  # "twenty-three", "three hundred and forty-two"
            elif current >= 100 and current % 100 == 0 and value < 100:
                current += value  # "three hundred twelve"
            else:
                return None
        elif part == "and" and current is not None and current >= 100 and i + 1 < len(parts):
            continue  # "three hundred and twelve"
        else:
            return None
    if current is None and not total:
        return None
    value = total + (current or 0)
    return int(value) if value.denominator == 1 else float(value)
