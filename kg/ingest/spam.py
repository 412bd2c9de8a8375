"""Whether a page is search-engine spam rather than an article: kept out before the NLP
stage reads it.

Spam pages dress as news (a headline, paragraphs, an outlet) but their text is
sentences scraped from anywhere with an advertising phrase stuffed into them ("… the
totally free cheapest dating online services for women in colorado of washington …").
Every sentence then looks like an event to kg: one such page among 64 real English
pages of 2020 gave a fifth of a random sample of the build's events (a wedding of
"randall", "xxl to purchase", "births"), all junk.

The test is the stuffing itself, not the topic: an advertising phrase (a selling word
such as "free", "best", "top rated", "no credit card" before a service on offer such as
"online dating sites", "payday loans", "casino") repeated ``STUFFED`` times or more.
An article about online dating names the service, but does not sell it again and again.
"""

from __future__ import annotations

import re

STUFFED = 5  # advertising phrases from which a page is spam (the spam page above: 60)
_SELLING = (
    r"free|best|cheapest|cheap|top|top[- ]rated|highest[- ]rated|best[- ]rated|most popular|"
    r"newest|safest|no (?:fees?|charges?|credit cards?|subscriptions?|pay(?:ment)?|money)"
)
_OFFERS = (
    r"(?:online )?dating (?:online )?(?:sites?|websites?|services?|apps?)|"
    r"payday loans?|casinos?|online pharmacy|viagra|cialis|essay writing services?|"
    r"replica watches|escorts? services?"
)
_ADVERT = re.compile(
    rf"\b(?:{_SELLING})\b(?:\s+[\w'’&-]+){{0,6}}?\s+(?:{_OFFERS})\b",
    re.IGNORECASE,
)


def spam(text: str) -> str | None:
    """Why ``text`` is spam, for the warning that names the page ("stuffed with 60
    advertising phrases such as 'best and free online dating websites'"), or None."""
    found = [m.group(0) for m in _ADVERT.finditer(text)]
    if len(found) < STUFFED:
        return None
    example = " ".join(found[0].split())
    return f"stuffed with {len(found)} advertising phrases such as {example!r}"
