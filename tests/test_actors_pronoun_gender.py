"""A pronoun gives its gender to the person it stands for (issue 19).

A name the first-name table does not know ("Ngozi Okafor") gives no gender, so kg let
"she" and a later "he" both stand for her: the man the story turns to next ("He said
the regulator would study her plan") became the woman, and his quote hers. Once "she"
is read of her she is no "he", for the resolver and for the statement table alike.
"""

from __future__ import annotations

from test_actors_pronouns import _resolved  # each he/she of a text with its name

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

MEETING = (
    "Ngozi Okafor, the chief executive of Harbour Bank, met the regulator Paul Reid in "
    "Lagos on Monday. She said the bank would cut 300 jobs. He said the regulator would "
    "study her plan.\n"
)
QUOTES = (
    "Ngozi Okafor, the chief executive of Harbour Bank, met reporters in Lagos on "
    "Monday. She said the bank would cut 300 jobs.\n\n"
    '"The plan will work," Okafor said. "We will see," he added.\n'
)


def test_a_she_makes_her_person_no_he() -> None:
    """ "She" is Okafor, so "He" is the other person named, Paul Reid, and "her plan"
    is still hers."""
    assert _resolved(MEETING) == [
        ("She", "Ngozi Okafor"),
        ("He", "Paul Reid"),
        ("her", "Ngozi Okafor"),
    ]


def test_a_he_speaking_after_her_quote_is_not_her() -> None:
    """ "…," he added' after Okafor's quote is not carried on to her: the text made
    her a "she"; her own quote stays hers."""
    text = QUOTES
    doc = Document(id="t", text=text, source_text=text)
    result = extract_document(next(nlp.parse([text])), doc)
    speakers = {
        s.content[0].text if s.content else "": s.speaker_name for s in result.statements
    }
    assert speakers["The plan will work"] == "Ngozi Okafor"
    assert speakers["We will see"] != "Ngozi Okafor"


def test_a_pronoun_in_a_who_clause_is_the_person_the_clause_hangs_on() -> None:
    """BBC entertainment: "Clive Owen, who has scooped … for his supporting role" gave
    "his" to the actress named as the sentence before's subject; the "who" clause is
    about the man it hangs on, and "his" agrees with him."""
    text = (
        "Most critics expect Nadia Berg to win best actress for her role in Harbour "
        "Lights. Britain's best hopes lie with Colin Marsh, who has already won the "
        "Golden Globe for his supporting role in Night Train.\n"
    )
    assert _resolved(text) == [("her", "Nadia Berg"), ("his", "Colin Marsh")]



def test_a_styled_name_after_a_closing_quote_is_the_speaker_a_he_stands_for() -> None:
    """BBC entertainment: '"… immense talent," Mr de Vabres said as he presented the
    award' was read as an organisation '" Mr de Vabres', quote mark and all, so "he" went
    to the director the minister honoured, who was named before."""
    text = (
        "Sir Colin received his medal in Lyon on Friday from French Culture Minister Paul "
        "Marchand de Vabres. \"Your work has moved audiences across Europe for decades,\" "
        "Mr de Vabres said as he presented the medal.\n"
    )
    assert _resolved(text)[-1] == ("he", "Paul Marchand de Vabres")


def test_a_common_womans_name_is_no_he() -> None:
    """ "Sharon" was missing from the first-name table, so a "he" that followed "Prof
    Okafor told him" stood for her, the last subject: a real page's "He laughed when he
    was informed …" was titled with the woman's name ("Sharon Lewin laughed")."""
    text = (
        "Speaking with Professor Sharon Okafor, head of the city health board, Mayor "
        "Daniel Reyes said he would keep schools open. Reyes also said he was pleased "
        "after Prof Okafor told him most parents agreed. He laughed when he was told the "
        "parking fine had doubled."
    )
    document = Document(id="doc", text=text, source_text=text)
    events = extract_document(next(nlp.parse([text])), document).events
    laughed = [e.title for e in events if e.lemma == "laugh"]
    assert laughed == ["Daniel Reyes laughed"], laughed
