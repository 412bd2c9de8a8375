"""The speaker choice weighed for the pick (kg/data/speaker_weights.tsv, fitted listwise
by bench/fit_speaker_weights.py): a thing the parse makes the subject of a cue ("a news
conference announcing …") gives way to the person who spoke, while an inverted "…, said
X" and a pronoun carried from its name stay.
Texts of our own (invented people and places)."""

from __future__ import annotations

from test_statements import containing, extract

from kg.extract.statements import SPEAKER_FEATURES


def test_the_table_weighs_every_feature() -> None:
    """A feature the table leaves out weighs 0 without a word: a refit must cover each."""
    from importlib import resources

    text = resources.files("kg").joinpath("data/speaker_weights.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t")[0] for line in text.splitlines() if line and line[0] != "#"]
    assert rows == list(SPEAKER_FEATURES)


def test_a_person_not_a_news_conference_announces() -> None:
    """The parse hangs "announcing" on "a news conference", a thing that cannot speak;
    the woman who held it is the speaker."""
    text = (
        "Lena Marsh said at a news conference announcing that her office was suing the "
        "builder that the delays had cost the island dearly."
    )
    st = containing(extract(text), "her office was suing the builder")
    assert st.speaker_mention is not None
    assert (st.speaker_mention.text, st.speaker_name) == ("Lena Marsh", "Lena Marsh")


def test_an_inverted_speaker_after_a_fronted_thing() -> None:
    """ "The closure … marks …, said Tomas Brenner": the fronted noun is what he spoke
    of; the name after the cue speaks."""
    text = (
        "The closure of the shipyard marks the end of an era for the town, said Tomas "
        "Brenner, a union organiser at the yard."
    )
    st = containing(extract(text), "marks the end of an era")
    assert st.speaker_mention is not None
    assert st.speaker_mention.text == "Tomas Brenner"


def test_a_pronoun_keeps_the_name_it_stands_for() -> None:
    text = "Tomas Brenner said the union would strike on Monday. He said the talks had failed."
    st = containing(extract(text), "the talks had failed")
    assert st.speaker_name == "Tomas Brenner"
