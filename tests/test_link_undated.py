"""Undated reports across articles: merged only on strong specific evidence, and repeat
incidents of one kind kept apart by what they count (issue 19)."""

from __future__ import annotations

import pytest

import kg
from kg.link import Stories, _counts, _figures_differ, assess
from kg.model import Event, Evidence

# Two outlets, one takeover: the same named buyer and the same named company bought, told
# in different details (no shared account, no place of its own).
TAKEOVER = {
    "harlow.txt": (
        "Harlow Group buys Pellworth Robotics\n\n"
        "Harlow Group has acquired Pellworth Robotics, the Leeds maker of warehouse robots, "
        "for £240m, the two companies said.\n\n"
        "Harlow chief executive Maria Okafor said the deal would double the group's "
        "engineering staff.\n"
    ),
    "pellworth.txt": (
        "Leeds robot maker changes hands in £240m deal\n\n"
        "Harlow Group has acquired Pellworth Robotics after a year of talks, according to a "
        "statement from both firms.\n\n"
        "Pellworth founder Tom Ashby will stay on to run the business.\n"
    ),
}

# Two shootings in one city, told in nearly the same words by two undated pages: only the
# death tolls tell them apart.
SHOOTINGS = {
    "bar.txt": (
        "Four killed in shooting at Houston bar\n\n"
        "A gunman opened fire at a crowded bar in Houston on Saturday night, killing four "
        "people and wounding two others, police said.\n\n"
        "The suspect fled in a pickup truck and is still being sought.\n"
    ),
    "club.txt": (
        "Seven killed in shooting at Houston bar\n\n"
        "A gunman opened fire at a crowded bar in Houston on Saturday night, killing seven "
        "people, police said.\n\n"
        "Officers arrested the suspect at the scene after a brief struggle.\n"
    ),
}


def _build(tmp_path, files: dict[str, str], **options):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return kg.build([tmp_path], progress=False, **options)


def test_undated_reports_of_one_takeover_by_the_same_named_sides_stay_two_events(tmp_path):
    # named sides alone, with no date and no specific place, are not the strong evidence
    # an undated pair needs (issue 19): the reports stay apart
    result = _build(tmp_path, TAKEOVER)
    deals = [e for e in result.events.values() if e.type == "Merger"]
    assert sorted(s for d in deals for s in d.sources) == ["harlow", "pellworth"]
    assert len(deals) == 2


def test_the_same_takeover_dated_the_same_day_is_one_event(tmp_path):
    result = _build(tmp_path, TAKEOVER, published="2026-03-02")
    (deal,) = [e for e in result.events.values() if e.type == "Merger"]
    assert deal.sources == ["harlow", "pellworth"]


def test_undated_reports_of_two_shootings_in_one_city_stay_apart(tmp_path):
    result = _build(tmp_path, SHOOTINGS)
    killings = [e for e in result.events.values() if e.lemma == "kill"]
    assert len(killings) == 2
    assert all(len(e.sources) == 1 for e in result.events.values())


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "The navy foiled a hijack attempt and arrested 23 heavily armed Somali and "
            "Yemeni pirates.",
            {"pirates": {"23"}},
        ),
        # parts of a sum, a bound, a population and a year count no one
        ("Commandos boarded the skiffs to nab 12 Somali and 11 Yemeni pirates.", {}),
        ("At least three people, a man and two women, were killed in the blaze.", {}),
        ("The quake struck Dargahan, a town of 15,000 people, in 2005.", {}),
        (
            "A quake of magnitude 6.4 hit Zarand, killing 612 people and wounding about 1,400.",
            {"magnitude": {"6.4"}, "dead": {"612"}},
        ),
        ("Ten people were killed and 80 injured.", {"dead": {"10"}, "injured": {"80"}}),
        # a magnitude a headline or a wire gives without the word, and a bound that pins
        # nothing
        ("6.1 Quake Shakes Sumbawa, Homes Flattened", {"magnitude": {"6.1"}}),
        ("A 7.3 earthquake struck off the coast of Aceh on Sunday.", {"magnitude": {"7.3"}}),
        ("The tremor, measuring 5.4 on the Richter scale, hit at dawn.", {"magnitude": {"5.4"}}),
        ("An earthquake measuring at least 5.8 hit the island.", {}),
        # whom it befell is part of what is counted: shot three, killed two
        (
            "She shot three co-workers, then shot and killed two co-workers in the canteen.",
            {"co-workers": {"3"}, "dead co-workers": {"2"}},
        ),
    ],
)
def test_counts_read_whom_an_incident_befell(text, counts):
    assert {k: set(v) for k, v in _counts(text).items()} == counts


def _capture(figure: str) -> dict[str, str]:
    """Two undated wire reports of one capture at sea, told in different words; both
    count the pirates by ``figure``."""
    return {
        "coast.txt": (
            "Navy seizes pirates in the Gulf of Aden\n\n"
            f"The Kerala Coast Guard captured {figure} pirates on Thursday after a long chase "
            "across the Gulf of Aden, officials in Mumbai said.\n\n"
            "Commander Ravi Menon said the raiders had tried to board the tanker Sea Lotus "
            "with ladders and rifles.\n"
        ),
        "wire.txt": (
            "Tanker crew saved as commandos storm skiffs\n\n"
            f"Marine commandos captured {figure} armed pirates who had fired on the tanker Sea "
            "Lotus, the Kerala Coast Guard said in a statement.\n\n"
            "The crew of 24 locked themselves in the engine room until help arrived in the "
            "Gulf of Aden, according to Commander Ravi Menon.\n"
        ),
    }


def test_the_same_count_of_whom_it_befell_makes_two_undated_reports_one_event(tmp_path):
    # no date and no named side in one role: "17 pirates" in both, in one story and one
    # word, tells one capture; "two pirates" is told of many incidents and does not: the
    # two reports are still one capture, by the articles' likeness and the tanker both
    # sentences name (see test_undated_reports_of_one_unnamed_happening_in_alike_articles)
    for figure, counted in (("17", True), ("two", False)):
        folder = tmp_path / figure
        folder.mkdir()
        result = _build(folder, _capture(figure))
        captures = [e for e in result.events.values() if e.lemma == "capture"]
        assert sorted(s for e in captures for s in e.sources) == ["coast", "wire"]
        assert len(captures) == 1, figure
        rationale = captures[0].merge_rationale
        assert ("the same figure of whom it befell" in rationale) == counted, rationale


# Two undated reports of one raid on a shop, told in nearly the same words (an agency's
# copy and a rewrite of it): the deeds the parse leaves untyped ("rammed", "smashing",
# "making off") have no named doer, but the account and its figures are one.
HEIST = {
    "wire.txt": (
        "Thieves ram car into Lisbon jewellery store\n\n"
        "Four men rammed their car into a jewellery store on Rua Augusta in central Lisbon "
        "on Monday, smashing the shop window and making off with watches worth two million "
        "euros, police said.\n\n"
        "The robbers escaped in a second car waiting nearby, a police spokesman said.\n"
    ),
    "rewrite.txt": (
        "Jewellery heist in central Lisbon\n\n"
        "Four men rammed their car into an upmarket jewellery store on Rua Augusta in central "
        "Lisbon, smashing the shop window and making off with watches worth two million "
        "euros.\n\n"
        "Shop staff were unhurt, according to the owner, Marta Leal.\n"
    ),
}

# Two undated box-office reports of one film, one weekend apart: the same words, other
# figures.
CHART = {
    "second.txt": (
        "Snow Harbour stays top of the box office\n\n"
        "Snow Harbour topped the North American box office for a second weekend, taking "
        "$31m, according to studio estimates.\n\n"
        "The thriller, starring Ada Brennan, has now taken $84m in the US and Canada.\n"
    ),
    "third.txt": (
        "Snow Harbour holds on at the box office\n\n"
        "Snow Harbour topped the North American box office for a third weekend, taking "
        "$18m, according to studio estimates.\n\n"
        "The thriller, starring Ada Brennan, has now taken $102m in the US and Canada.\n"
    ),
}


def test_undated_reports_of_one_account_of_an_untyped_deed_are_one_event(tmp_path):
    # the same details told at length ("rammed their car into a jewellery store on Rua
    # Augusta ... two million euros"), in one story: one ramming, one smashing
    result = _build(tmp_path, HEIST)
    for lemma in ("ram", "smash"):
        (deed,) = [e for e in result.events.values() if e.lemma == lemma]
        assert deed.sources == ["rewrite", "wire"], lemma
        assert "the same account of it" in deed.merge_rationale


def test_undated_reports_whose_figures_differ_are_not_one_account(tmp_path):
    # "taking $31m" and "taking $18m": the chart's words each weekend, two weekends
    result = _build(tmp_path, CHART)
    tops = [e for e in result.events.values() if e.lemma == "top"]
    assert sorted(s for e in tops for s in e.sources) == ["second", "third"]
    assert len(tops) == 2


def _untyped(doc: str, lemma: str, summary: str, word: str) -> Event:
    ev = Evidence(doc, summary.index(word), summary.index(word) + len(word), word)
    return Event(f"{doc}/0", "OtherEvent", ev, lemma, [ev], title=lemma, summary=summary,
                 sources=[doc])  # fmt: skip


def test_a_headlines_few_words_are_no_account_of_an_untyped_deed():
    # "Harbourne patches Quill browser" is told of every patch a company issues: two
    # undated headlines in those words share too few details to be one account, while
    # the bodies' long accounts are one
    story = Stories(of={"a": 0, "b": 0}, vectors={d: {"harbourne": 1.0} for d in "ab"},
                    published={"a": None, "b": None}, places={})  # fmt: skip
    short = [
        _untyped("a", "patch", "Harbourne patches Quill browser", "patches"),
        _untyped("b", "patch", "Harbourne patches its Quill browser", "patches"),
    ]
    assert assess(*short, {}, story).blocked == "evidence"
    long = [
        _untyped(d, "patch", "Harbourne patched on Wednesday a flaw that let hackers take "
                 "over computers through its Quill browser", "patched")
        for d in "ab"
    ]  # fmt: skip
    check = assess(*long, {}, story)
    assert check.merges and check.evidence["vouched"] == {"account"}, check


@pytest.mark.parametrize(
    ("first", "second", "differ"),
    [
        ("Snow Harbour topped the chart, taking $31m.", "It topped the chart, taking $18m.", True),
        # a year is the story's past, and one sentence without figures tells nothing
        ("The 1984 single will not be released in the US.",
         "Band Aid 20 will not be released in the US.", False),
        ("Thieves rammed the store, taking $2m in watches.",
         "Masked men rammed the store and took $2m.", False),
    ],
)  # fmt: skip
def test_figures_that_differ_tell_two_accounts(first, second, differ):
    a, b = (_untyped(d, "x", t, t.split()[1]) for d, t in (("a", first), ("b", second)))
    assert _figures_differ(a, b) is differ


def test_the_details_of_a_pair_are_read_once(monkeypatch):
    # an undated untyped pair asks whether its account is one (the undated check), told
    # at length and one again (the untyped one): each read the two sentences' details
    # anew, three times a pair, on every pair a build weighs (issue 24)
    import kg.link as link

    story = Stories(of={"a": 0, "b": 0}, vectors={d: {"harbourne": 1.0} for d in "ab"},
                    published={"a": None, "b": None}, places={})  # fmt: skip
    pair = [
        _untyped(d, "patch", "Harbourne patched on Wednesday a flaw that let hackers take "
                 "over computers through its Quill browser", "patched")
        for d in "ab"
    ]  # fmt: skip
    calls = []
    real = link._details
    monkeypatch.setattr(link, "_details", lambda *args: calls.append(1) or real(*args))
    assert assess(*pair, {}, story).blocked is None  # merged, as before
    assert len(calls) == 1


# Two undated local reports of one warehouse fire, naming the same town, fire service,
# police and station manager: no one is a named side of a fire, so only the articles'
# likeness, the town both sentences put the blaze in and a detail both give (the
# furniture warehouse) tell one fire.
FIRE_COURIER = (
    "Warehouse fire in Leicester\n\n"
    "Crews from Corby and Wellingborough fought the blaze at a furniture warehouse in "
    "Leicester until dawn, Leicestershire Fire and Rescue Service said.\n\n"
    "Station manager Priya Shah of Leicestershire Fire and Rescue Service said no one was "
    "hurt. Leicestershire Police said the cause was not yet known.\n"
)
FIRE_GAZETTE = (
    "Brindley Furniture depot gutted\n\n"
    "The blaze in Leicester {what}, and the ring road stayed shut to traffic.\n\n"
    "Priya Shah of Leicestershire Fire and Rescue Service said engines from Corby and "
    "Wellingborough were sent. Leicestershire Police are looking into the cause.\n"
)


@pytest.mark.parametrize(
    ("what", "one"),
    [
        ("gutted the Brindley Furniture warehouse along with its stock of sofas", True),
        # the same town and names, another building: nothing of the fire in common
        ("gutted a primary school's sports hall before pupils arrived", False),
    ],
)
def test_undated_reports_of_one_fire_in_alike_articles_are_one_event(tmp_path, what, one):
    files = {"courier.txt": FIRE_COURIER, "gazette.txt": FIRE_GAZETTE.format(what=what)}
    result = _build(tmp_path, files)
    blazes = [e for e in result.events.values() if e.lemma == "blaze"]
    assert sorted(s for e in blazes for s in e.sources) == ["courier", "gazette"]
    assert len(blazes) == (1 if one else 2)
    if one:
        assert "nearly the same people and places" in blazes[0].merge_rationale


# Two undated local reports of one fire, the second told without the town in its
# sentence: no named side, no place both sentences put it at, but articles that name the
# same council, leader and water company, and a detail of the fire both sentences give
# (the Old Mill arcade). A fire of another building in the same town shares the names
# and not the detail.
FIRE_POST = (
    "Fire in Leicester\n\n"
    "A blaze gutted the Old Mill shopping arcade in Leicester overnight, Leicester City "
    "Council said.\n\n"
    "Council leader Joan Pike said the arcade would stay shut this week. Severn Trent Water "
    "said its main had been shut off.\n"
)
FIRE_ECHO = (
    "Shops gutted\n\n"
    "The blaze {what}, and shoppers were turned away.\n\n"
    "Joan Pike of Leicester City Council said pumps had been brought in. Severn Trent Water "
    "engineers are still at the scene in Leicester.\n"
)


@pytest.mark.parametrize(
    ("what", "one"),
    [
        ("left the Old Mill arcade's shops a blackened shell", True),
        # the same names, another building: nothing of the fire in common
        ("closed the primary school on Ferry Lane", False),
    ],
)
def test_undated_reports_of_one_unnamed_happening_in_alike_articles(tmp_path, what, one):
    files = {"post.txt": FIRE_POST, "echo.txt": FIRE_ECHO.format(what=what)}
    result = _build(tmp_path, files)
    blazes = [e for e in result.events.values() if e.lemma == "blaze"]
    assert sorted(s for e in blazes for s in e.sources) == ["echo", "post"], blazes
    assert len(blazes) == (1 if one else 2)
    if one:
        assert "name mostly the same people and places" in blazes[0].merge_rationale
