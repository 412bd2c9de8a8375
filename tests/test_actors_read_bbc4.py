"""Actor errors read on a BBC politics build (session 23), each on a story we write.

A style before a surname says whose surname it is: "Mrs Howard" in a story that names
Michael Howard is his wife, not him, within the story and across the build.
"""

from __future__ import annotations

from kg import nlp
from kg.extract import extract_document
from kg.model import Document
from kg.resolve import resolve

CAMPAIGN = (
    "Michael Howard's wife, Sandra, will play a leading role in the Tory campaign.\n"
    "Mrs Howard will make solo visits to marginal seats, party officials said. She has "
    "toured the north-west twice this year. Mr Howard will host a news conference "
    "every morning.\n"
)
LEADER = "Tony Blair said the election would be fought on the economy.\n"
CHARITY = (
    "Mrs Blair opened a refuge for women in Leeds on Friday. She said the charity had "
    "waited three years for the building.\n"
)
BOOK = "Cherie Blair has written a book about her years in Downing Street.\n"


def _run(text: str, doc_id: str):
    document = Document(id=doc_id, text=text, source_text=text)
    return extract_document(next(nlp.parse([text])), document)


def test_a_womans_style_is_not_the_man_of_that_surname_in_the_story() -> None:
    """ "Mrs Howard" beside "Michael Howard": the surname rule made her him, and every
    "she" after her with it; the style keeps her apart, "Mr Howard" is still him."""
    result = _run(CAMPAIGN, "campaign")
    by_text = {(m.evidence.text, m.evidence.start): m.name for m in result.actors}
    mrs = CAMPAIGN.index("Mrs Howard") + len("Mrs ")
    mr = CAMPAIGN.index("Mr Howard") + len("Mr ")
    she = CAMPAIGN.index("She has")
    assert by_text[("Howard", mrs)] == "Mrs Howard"
    assert by_text[("Howard", mr)] == "Michael Howard"
    assert by_text.get(("She", she)) != "Michael Howard"


def test_a_womans_style_joins_only_a_full_name_she_may_bear_across_the_build() -> None:
    """ "Mrs Blair" in a story that gives no first name: the build's only other Blair
    was Tony Blair, a man's first name, so she stays "Mrs Blair"; with Cherie Blair
    named in another story she is Cherie Blair."""
    apart = resolve([_run(LEADER, "leader"), _run(CHARITY, "charity")])
    names = {a.name for a in apart.values()}
    assert "Mrs Blair" in names
    tony = next(a for a in apart.values() if a.name == "Tony Blair")
    assert {m.doc_id for m in tony.mentions} == {"leader"}

    joined = resolve([_run(LEADER, "leader"), _run(CHARITY, "charity"), _run(BOOK, "book")])
    cherie = next(a for a in joined.values() if a.name == "Cherie Blair")
    assert "charity" in {m.doc_id for m in cherie.mentions}
    tony = next(a for a in joined.values() if a.name == "Tony Blair")
    assert {m.doc_id for m in tony.mentions} == {"leader"}


HOUSING = (
    "The party said first-time buyers were being priced out of the market. Its plan "
    "would allow many first time buyers to get a mortgage without a deposit, its "
    "spokesman said. The stamp duty rise has hurt first time buyers and young families "
    "most.\n"
)


def test_a_group_name_hyphened_or_not_is_one_actor() -> None:
    """ "first-time buyers" and "first time buyers" in one story: one group, not two
    actors a reader has to join by eye."""
    actors = resolve([_run(HOUSING, "housing")])
    buyers = [a for a in actors.values() if "buyers" in a.name]
    assert len(buyers) == 1, [(a.id, a.name) for a in buyers]
    assert len(buyers[0].mentions) == 3


RELEASED = (
    "Tom Daniels claimed that an MI5 officer played a key role in sending him to the "
    "camp. Mr Daniels said the man tried to recruit him as an agent, but he refused. He "
    "was freed after a campaign led by Bob Hart.\n\n"
    "His lawyer Helen Parry said: \"'We are hoping to sue the officials who colluded with "
    'the Americans in effectively kidnapping him and taking him to the camp."\n'
)


def test_a_quote_whose_speaker_is_a_woman_does_not_pass_over_the_man_before_her() -> None:
    """The quote's marks hide its speaker, so it is the last one who spoke: Helen Parry.
    Read by the pronoun's gender, that was Mr Daniels, and "him" went past him to Bob
    Hart, a man named only in passing."""
    result = _run(RELEASED, "released")
    quote = RELEASED.index("kidnapping")
    hims = [m.name for m in result.actors if m.evidence.text == "him" and m.evidence.start > quote]
    assert hims == ["Tom Daniels", "Tom Daniels"]


def test_the_day_of_remarks_is_not_what_was_said() -> None:
    """ "His remarks on Saturday": with "Mr Obama" no longer read as Michelle Obama, his
    "his" resolved, and the day became a statement's content; "on immigration" stays."""
    day = _run(
        "Senator Mark Hollis spoke in Ohio. His remarks on Saturday angered the party.\n", "d"
    )
    assert not [s for s in day.statements if s.cue is not None and s.cue.text == "remarks"]
    topic = _run(
        "Senator Mark Hollis spoke in Ohio. His remarks on immigration angered the party.\n", "t"
    )
    (said,) = [s for s in topic.statements if s.cue is not None and s.cue.text == "remarks"]
    assert said.text == "immigration"


ADVISER = "Downing Street adviser Baroness Morgan drafted the answer, the book says.\n"
FIRST = "First Minister Rhodri Morgan opened the new assembly building in Cardiff.\n"


def test_a_womans_style_joins_no_full_name_the_table_cannot_tell() -> None:
    """ "Baroness Morgan" in one story, "Rhodri Morgan" in another: a first name the
    table does not know may be a man's, so the build keeps her apart."""
    actors = resolve([_run(ADVISER, "adviser"), _run(FIRST, "first")])
    rhodri = next(a for a in actors.values() if a.name == "Rhodri Morgan")
    assert {m.doc_id for m in rhodri.mentions} == {"first"}
