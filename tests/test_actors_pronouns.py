"""Who a he/she stands for, on stories we write in the shapes that broke it (issue 23).

A BBC profile ran "Mr Makarov joined the KGB … One of his fellow pupils … was
Vladimir Putin … he was posted … He spied for MI6", and kg made Putin the spy: a
pronoun it had resolved did not carry its person's run of subjects on, so the chain
broke at the first person named in between. These stories keep that shape with other
people, beside the case where the switch is right (the new person becomes the
subject), a quote whose pronouns are the speaker's words for someone else, and a
subject named only by the title the story gave him.
"""

from __future__ import annotations

from kg import nlp
from kg.extract import extract_document
from kg.extract.actors import PRONOUNS, ActorIndex
from kg.model import Document

PROFILE = (
    "Former naval officer Erik Halvorsen has been on hunger strike outside parliament "
    "for six weeks.\n\n"
    "Mr Halvorsen joined the navy in 1979 as a young cadet. One of his classmates at "
    "the academy was Peter Lindqvist. At the base in Bergen, he was posted to the "
    "signals unit. By 1985 he had risen to the rank of lieutenant. Through a cousin, he "
    "made contact with a foreign embassy. He passed secrets to it for three years "
    "before his arrest.\n"
)
SWITCH = (
    "Mr Halvorsen joined the navy in 1979 as a young cadet. One of his classmates at "
    "the academy was Peter Lindqvist. Lindqvist later became an admiral. He retired "
    "in 2010 and now runs a sailing school.\n"
)
QUOTE = (
    "The party suspended its candidate Tom Arkwright on Friday. Party spokesman Mark "
    "Dunmore said those who chose Mr Arkwright knew nothing of his views. He told "
    'reporters: "He appears to have written these things. We have suspended him as a '
    'member."\n'
)
TITLE = (
    "Finance minister Jonas Berg met union leader Karl Moe on Monday. Mr Moe said the "
    "talks had been hard. Later the minister said he would raise pensions next year.\n"
)


def _resolved(text: str) -> list[tuple[str, str | None]]:
    """Each he/she/his/her of ``text`` with the name it resolves to, in order."""
    doc = next(nlp.parse([text]))
    index = ActorIndex(doc, Document(id="t", text=text, source_text=text))
    return [
        (t.text, m.name if (m := index.pronoun(t)) else None)
        for t in doc
        if t.lower_ in PRONOUNS and (t.pos_ == "PRON" or t.tag_ == "PRP$")
    ]


def test_a_chain_of_he_is_not_broken_by_a_person_named_as_a_predicate() -> None:
    """ "One of his classmates was Peter Lindqvist": Lindqvist is named in passing;
    every "he" after it is still Halvorsen's, who is the subject the chain carries."""
    found = _resolved(PROFILE)
    assert [w for w, _ in found] == ["his", "he", "he", "he", "He", "his"]
    assert {name for _, name in found} == {"Erik Halvorsen"}


def test_the_profile_s_events_are_done_by_the_one_they_are_about() -> None:
    """What "he" did (was posted, made contact, passed secrets) is Halvorsen's in the
    extracted actors and events, never Lindqvist's."""
    text = PROFILE
    result = extract_document(next(nlp.parse([text])), Document("p", text, text))
    pronouns = [m for m in result.actors if m.form == "pronoun" and m.kind == "person"]
    assert [m.name for m in pronouns] == ["Erik Halvorsen"] * 6
    doers = {p.actor for e in result.events for p in e.participants if p.role == "agent"}
    assert "Peter Lindqvist" not in doers


def test_a_new_person_who_becomes_the_subject_takes_the_pronoun() -> None:
    """ "Lindqvist later became an admiral. He retired": the switch is right here."""
    assert _resolved(SWITCH) == [("his", "Halvorsen"), ("He", "Peter Lindqvist")]


def test_a_quoted_pronoun_is_the_speaker_s_word_for_someone_else() -> None:
    """The spokesman says "He appears to have written these things … suspended him":
    both are the candidate, not the spokesman whose quote it is, while the reporter's
    "He told reporters" is the spokesman."""
    found = _resolved(QUOTE)[1:]  # ("his views" is left to the subject: a guess either way)
    assert found == [
        ("He", "Mark Dunmore"),
        ("He", "Tom Arkwright"),
        ("him", "Tom Arkwright"),
    ]


def test_a_subject_named_by_its_title_carries_the_pronoun() -> None:
    """ "Later the minister said he would raise pensions": "the minister" is Berg,
    the subject of the clause, not Moe who spoke in the sentence before."""
    assert _resolved(TITLE)[-1] == ("he", "Jonas Berg")


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause() -> None:
    """ "Mr Dale accused him": "him" is not Dale (who would be "himself"), but the
    other man of the story; a possessive may still be the subject ("lost his")."""
    found = _resolved(
        "Home Secretary Paul Dale met opposition leader Tom Reeve on Monday. Later that "
        "day Mr Dale accused him of trying to score cheap points. Mr Reeve lost his "
        "temper.\n"
    )
    assert found == [("him", "Tom Reeve"), ("his", "Tom Reeve")]


VOUCHED = (
    "Former boxer Dean Harlow was arrested after a scuffle outside a nightclub in Leeds "
    "on Saturday, his agent has said. Police questioned witnesses and detained Harlow at "
    "his flat, agent Simon Pell said. But he was freed without charge, Mr Pell added. A "
    "spokesman for West Yorkshire Police said he may have been held overnight. Mr Pell "
    "said he would fly to Leeds on Monday.\n"
)


def test_a_speaker_named_after_what_he_reports_is_not_the_next_he() -> None:
    """ "… detained Harlow at his flat, agent Simon Pell said. But he was freed": the
    agent vouches for the story, which is Harlow's; the "he" after it, and the one a
    police spokesman reports, are Harlow, so neither title makes the agent the one
    freed or held. "Mr Pell said he would fly" is still Pell himself."""
    found = _resolved(VOUCHED)
    assert found == [
        ("his", "Dean Harlow"),
        ("his", "Dean Harlow"),
        ("he", "Dean Harlow"),
        ("he", "Dean Harlow"),
        ("he", "Simon Pell"),
    ]


def test_a_he_said_after_a_speaker_named_last_is_still_the_speaker() -> None:
    """ "…, agent Simon Pell said. He said Harlow …": a "he" that speaks goes on
    from the one who spoke, trailing attribution or not."""
    text = (
        "Police detained boxer Dean Harlow at his flat in Leeds, agent Simon Pell said. "
        "He said Harlow would be released within hours.\n"
    )
    assert _resolved(text) == [("his", "Dean Harlow"), ("He", "Simon Pell")]


def test_a_he_hung_on_a_clause_naming_one_person_is_that_person() -> None:
    """ "There was some consolation for Kowalski as he set a personal best": the
    clause goes on about the one its main clause names, not about the runner the
    story last made a subject; so too "Stewards removed Hale as he climbed the fence".
    A person subject ("Mr Ruiz thanked Kowalski as he left") keeps the usual rule."""
    text = (
        "Defending champion Tomas Ruiz took third place in the final. There was some "
        "consolation for Piotr Kowalski as he set a personal best in the heats. "
        "Stewards later removed Dan Hale from the stand as he climbed the fence.\n"
    )
    assert _resolved(text) == [("he", "Piotr Kowalski"), ("he", "Dan Hale")]
    kept = (
        "Tomas Ruiz took third place in the final. Mr Ruiz thanked Piotr Kowalski as "
        "he left the track.\n"
    )
    assert _resolved(kept) == [("he", "Tomas Ruiz")]
    shared = (
        "Dancer Nina Vale was born in Leeds in 1931. She fell ill as a child and later "
        "joined the singer Ruth Ames on tour when she was 14.\n"
    )
    assert _resolved(shared) == [("She", "Nina Vale"), ("she", "Nina Vale")]


def test_a_spokesman_does_not_report_his_own_arrest() -> None:
    """ "A police spokesman, Colin Marsh, said he had been detained": the "he" is the
    man the story is about, not the spokesman; what a spokesman says was done to
    himself ("he had been told", "he was not authorised to comment") stays his."""
    text = (
        "Singer Rob Carney was arrested after a concert in Cardiff on Friday. A police "
        "spokesman, Colin Marsh, said he had been detained overnight. Mr Marsh said he "
        "had been told of the arrest by officers. He said he was not authorised to "
        "comment further.\n"
    )
    assert _resolved(text) == [
        ("he", "Rob Carney"),
        ("he", "Colin Marsh"),
        ("He", "Colin Marsh"),
        ("he", "Colin Marsh"),
    ]


def test_a_he_in_a_participle_s_clause_is_the_participle_s_doer() -> None:
    """ "Describing a visit to Carla Moss's house in August 1994, when he allegedly
    assaulted Tom, he acknowledges ...": the participle "Describing" has no subject of
    its own; its doer is the writer, the "he" of the clause it hangs on, so the "he" of
    "when he allegedly assaulted" is the writer too, never the one person named in the
    participle's words (on a real page kg accused the wrong person so)."""
    text = (
        "Victor Lane writes that the claims are false. Describing a visit to Carla "
        "Moss's Vermont house in August 1994, when he allegedly assaulted Tom, he "
        "acknowledges briefly resting his hand on his son's shoulder.\n"
    )
    found = [name for word, name in _resolved(text) if word == "he"]
    assert found == ["Victor Lane", "Victor Lane"], _resolved(text)
