"""Statements (issue 19): a thing says nothing. The samples' graph had "an incident" as a
speaker, from "… in an incident that threatens the peace talks Armenia and Azerbaijan
began in Geneva two days ago" (cue "threatens"): a relative "that" speaks for its noun,
which here cannot speak, and "threaten" with an object or a thing for its subject is to
endanger, not a threat anyone utters. Texts of our own, invented places and people."""

from __future__ import annotations

from test_statements import containing, extract


def cues(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, cue) of each statement of ``text``."""
    return [(s.speaker_name, s.cue.text if s.cue else "") for s in extract(text)]


def test_an_incident_that_threatens_talks_is_no_speaker() -> None:
    text = (
        "Shells struck the border village of Varno late on Wednesday, injuring two "
        "farmers, the defence ministry of Keldar said on Thursday, in an incident that "
        "threatens the peace talks Keldar and Ostrava began in Geneva two days ago."
    )
    found = cues(text)
    assert all(cue != "threatens" for _, cue in found), found
    assert containing(extract(text), "Shells struck").speaker_name is not None


def test_a_flood_that_threatens_to_cut_off_a_valley_says_nothing() -> None:
    text = (
        "The flooding, which threatens to cut off the Tarn valley, worsened overnight, "
        "the mayor of Belmont said."
    )
    found = cues(text)
    assert all(cue != "threatens" for _, cue in found), found


def test_a_thing_that_confirms_is_no_speaker() -> None:
    """The relative rule holds for every cue, not only "threaten"."""
    text = (
        "Prices in Valdora rose again in May, a jump that confirms that inflation is "
        "back, economists at the central bank said."
    )
    found = cues(text)
    assert all(cue != "confirms" for _, cue in found), found


def test_people_and_polls_still_speak_through_a_relative_clause() -> None:
    """The guards: a union threatening to strike, a spokesman "who threatened that …",
    a poll "that found …" and countries named by an apposition "which … vowed" keep
    their statements."""
    text = (
        "The dockers' union threatened to strike if the offer was not improved.\n\n"
        "A spokesman for the port, who threatened that the talks would end, left early.\n\n"
        "A poll that found most voters back the new bridge was published on Tuesday.\n\n"
        "The impetus came from Keldar and Ostrava, the region's two biggest polluters, "
        "which together vowed to stave off the worst effects of the drought."
    )
    statements = extract(text)
    assert containing(statements, "to strike").cue.text == "threatened"
    assert containing(statements, "the talks would end").speaker_name is not None
    assert containing(statements, "most voters").cue.text == "found"
    assert containing(statements, "to stave off").cue.text == "vowed"
