"""Within one article, two happenings told with one word or one actor stay two events:
wrong groups of the classes read in a hand-judged sample of real pages (issue 19, seed
361). A profile that "shared the Booker Prize" and later "shares fond memories"; a
Senate that hopes "to approve the nominee" and "the benefits it approved in the
spring"; a visit to a golf club and a meeting the same man held paragraphs later; two
soldiers killed on Monday and the killing of 34 soldiers the week before.

Every text here is written for the project.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_event_groups import with_mention  # the events a mention word is in

from kg import nlp
from kg.extract import extract_document
from kg.model import DocResult, Document

# four sentences of other matters: what lies between two mentions told far apart
BETWEEN = (
    "Democrats want to wait until after the vote. Polls show voters are split on the "
    "question. Both parties spent the week trading blame. Analysts expect the fight to "
    "last for months. "
)


def run(text: str) -> DocResult:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return extract_document(next(nlp.parse([text])), document)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (  # "shared the Booker Prize" (a name), "shares fond memories" (a common noun):
            # an untyped verb has no sense but its object's
            "The author, who shared the Booker Prize with a Canadian novelist in 2019, has "
            "written a new memoir. It covers her childhood in Leeds. Her publisher said the "
            "book would be released in May. Critics praised the early chapters. Reviewers "
            "said the memoir was warm and funny. In the final chapter she shares fond "
            "memories of her late father.",
            "shared",
        ),
        (  # "the benefits it approved" approved benefits, not the nominee
            "The Senate hopes to approve the nominee before the election, its leader said "
            f"on Monday. {BETWEEN}Many of the benefits it approved in the spring have now "
            "run out.",
            "approve",
        ),
        (  # a visit on Wednesday and a meeting told paragraphs on share only Trump
            "President Trump visited his golf club in West Palm Beach on Wednesday. "
            f"{BETWEEN}Trump later said he had held a long meeting on trade.",
            "visited",
        ),
        (  # two soldiers killed on Monday are not the 34 killed the week before
            "Turkey's defence ministry said two soldiers were killed in shelling by "
            "Syrian forces in Idlib on Monday. Ankara stepped up its campaign after the "
            "killing of 34 Turkish soldiers in an air strike last week.",
            "killing",
        ),
    ],
)
def test_a_happening_told_apart_from_another_is_its_own_event(text: str, word: str) -> None:
    (event,) = with_mention(run(text), word)
    assert {m.text for m in event.mentions} == {word}


def test_one_actor_under_other_words_near_each_other_is_one_happening():
    # the same words told in one paragraph are one visit: nearness is evidence
    result = run(
        "President Trump visited his golf club in West Palm Beach on Wednesday. He "
        "said later that he had held a long meeting on trade there."
    )
    (visit,) = with_mention(result, "visited")
    assert "meeting" in {m.text for m in visit.mentions}


def test_a_killing_counted_alike_twice_is_one_happening():
    result = run(
        "Police said two people were killed when a gunman opened fire at a bar in Leeds "
        "on Friday. The shooting killed two people and injured four others."
    )
    (killed,) = with_mention(result, "killed")
    assert [m.text for m in killed.mentions] == ["killed", "killed"]


def test_an_untyped_verb_acting_on_other_things_is_two_acts_however_near():
    # a list of good deeds, each "helped" someone else
    result = run(
        "First Union Bank helped the Jupiter Hotel in Portland with a loan. First Union "
        "Bank also helped local food banks."
    )
    assert sorted(len(e.mentions) for e in with_mention(result, "helped")) == [1, 1]


def test_one_of_the_victims_is_a_part_of_the_killing_told():
    result = run(
        "A gunman killed two people at a petrol station in Leeds on Friday, police said. "
        "One of the victims was killed as he paid for fuel."
    )
    (killed,) = with_mention(result, "killed")
    assert [m.text for m in killed.mentions] == ["killed", "killed"]
