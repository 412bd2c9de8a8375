"""Speakers, an eighth pass (issue 19): a "he said" after one person reported what
another did goes on from the one who reported, read on BBC politics ("Mr Howard told
the Today programme Mr Blair had initially refused the law change … He said: …" was
Blair's quote, and "Mr Balls had suggested that Mr Brown would meet his rule. He said
he hoped …" Brown's). Texts of our own, invented people."""

from __future__ import annotations

from test_statements import containing, extract

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def test_he_said_goes_on_from_the_teller_not_the_one_told_of() -> None:
    text = (
        "Opposition leader Martin Hale has accused Prime Minister Tom Arden of a "
        "climbdown over speed cameras.\n\n"
        "On Friday, Mr Hale told Radio Kent's Breakfast programme Mr Arden had at first "
        "refused the camera ban, then had come round to the idea and was now wavering "
        'again. He said: "We have had four positions in four months and not one of them '
        'lasted."'
    )
    st = containing(extract(text), "four positions")
    assert st.speaker_name == "Martin Hale"


def test_he_said_after_a_suggestion_is_the_suggesters() -> None:
    text = (
        "Paul Dunmore, a former adviser to the Treasury, said there would be no "
        "giveaway before the vote.\n\n"
        "Mr Dunmore had suggested that Mr Grey would meet his borrowing rule with room "
        "to spare. He said he hoped more would be done for working families."
    )
    st = containing(extract(text), "working families")
    assert st.speaker_name == "Paul Dunmore"


def test_an_acting_person_named_last_still_speaks() -> None:
    """The guard: when the last person named acted in the main clause, "He said" is
    theirs, not the earlier speaker's."""
    text = (
        "Paul Dunmore said the budget was sound.\n\n"
        "Later Mr Grey visited a factory in Leeds. He said the plant would stay open."
    )
    st = containing(extract(text), "plant would stay open")
    assert st.speaker_name is not None and st.speaker_name.endswith("Grey")


def test_he_after_an_unnamed_prime_minister_is_the_prime_minister() -> None:
    """ "The pressure prompted the prime minister to say … He told MPs: …": the police
    chief named before, with his own title, is not the one who told MPs."""
    text = (
        "Chief Constable Sir Mark Dorey last month backed a change to the bail rules. "
        "The pressure prompted the prime minister to say the courts would be consulted "
        'as part of a review. He told MPs: "If the judges agree, we will of course '
        'support a change in the law."'
    )
    st = containing(extract(text), "If the judges agree")
    assert st.speaker_name == "the prime minister"


def test_but_he_added_after_a_spokesman_is_the_spokesmans() -> None:
    text = (
        "Former cabinet secretary Lord Ambrose said the prime minister had bypassed the "
        "Cabinet. The prime minister's official spokesman said the Cabinet still met "
        'every week. But he added: "You cannot take every decision around one table."'
    )
    st = containing(extract(text), "every decision around one table")
    assert st.speaker_name == "The prime minister's official spokesman"


def test_a_name_with_no_title_keeps_its_he() -> None:
    """The guard: "the Liberal Democrat leader" after "said Charles Kennedy" may be
    Kennedy himself; a name with no title to tell them apart keeps the pronoun."""
    text = (
        "Voters will have a clear choice at the next election, said Hugh Pennant.\n\n"
        "In his new year message the Green Party leader said the other parties relied on "
        "fear. He said his party was the party of hope."
    )
    st = containing(extract(text), "party of hope")
    assert st.speaker_name == "Hugh Pennant"


def test_a_headline_quote_and_its_speaker_give_no_title() -> None:
    """ "Choose hope over fear - Kennedy": the headline's words and who said them; the
    last word before the dash ("fear") is no title of the speaker, which made the
    description rule above take "fear" for his office."""
    text = (
        "Choose hope over fear - Pennant\n\n"
        "Voters will have a clear choice at the next election, said Hugh Pennant."
    )
    doc = Document(id="d", text=text, source_text=text)
    result = extract_document(next(nlp.parse([text])), doc)
    titles = {m.title for m in result.actors if m.name == "Hugh Pennant"}
    assert titles == {None}, titles


def test_it_said_after_a_body_subject_is_that_bodys() -> None:
    """ "The commission … had been asked to consider reforms. But it said …": the
    speaker shown was "it"; the body the sentence before was about said it."""
    text = (
        "The Home Office said the rules would not change.\n\n"
        "The commission, an independent body of judges and lawyers, had been asked to "
        "look at the defence of duress. But it said its proposals were unlikely to work "
        "without a wider review of the law."
    )
    st = containing(extract(text), "proposals were unlikely")
    assert st.speaker_name == "The commission"


def test_they_said_after_opponents_is_theirs() -> None:
    text = (
        "The second runway at Felham is one of the most fiercely opposed plans. "
        "Opponents say the cost could not be met without cash from the other airports. "
        "They said this is unlawful under the present rules."
    )
    st = containing(extract(text), "unlawful under the present rules")
    assert st.speaker_name == "Opponents"


def test_a_nearer_body_in_the_pronouns_own_sentence_keeps_it_open() -> None:
    """The guard: "The minister urged councils to limit rises but they warned …" is
    the councils', not the subject of the sentence before ("Authorities")."""
    text = (
        "Authorities will set their final figures on Thursday. The finance minister "
        "has urged councils to limit rises but they have warned that they will "
        "struggle to keep services going."
    )
    st = containing(extract(text), "struggle to keep services")
    assert st.speaker_name != "Authorities"
