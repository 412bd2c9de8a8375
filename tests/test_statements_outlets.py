"""Outlets as speakers, datelines never speakers (issue 19: statement cues are event
mentions): texts of our own, invented outlets, towns and people.

"Sentinel-Wire reported that …" has a speaker the recogniser often does not tag: the
weak cue "reported" then wanted an actor and the report was lost; a name that reports
a clause is a news outlet, an organisation. "KHANPUR: Two newborns died …" opens an
Indian or Pakistani story with its place and a colon, the shape of a transcript's
"TAPPER: …": the town was taken for the speaker of the whole paragraph.
"""

from __future__ import annotations

from test_extract import run
from test_statements import containing, extract

from kg.model import ORGANISATION


def test_an_untagged_outlet_that_reported_a_clause_speaks() -> None:
    st = containing(
        extract("TMZ reported that the singer had checked into a rehab clinic in Malibu."),
        "rehab clinic",
    )
    assert st.speaker_name == "TMZ"
    assert st.cue is not None and st.cue.text == "reported"


def test_a_hyphenated_agency_speaks_by_its_whole_name() -> None:
    st = containing(
        extract("ITAR-TASS reported that the trawler sank near the port of Kholmsk."),
        "trawler sank",
    )
    assert st.speaker_name == "ITAR-TASS"


def test_an_outlet_reporting_after_the_news_speaks() -> None:
    st = containing(
        extract("The singer checked into a rehab clinic on Friday, TMZ reported."),
        "rehab clinic",
    )
    assert st.speaker_name == "TMZ"


def test_an_outlet_that_reports_is_an_organisation() -> None:
    result = run("KCNA reported that the leader had inspected a missile unit near the coast.")
    kinds = {m.name: m.kind for m in result.actors}
    assert kinds.get("KCNA") == ORGANISATION
    # guard: "reported record profits" reports a figure, not what someone said
    result = run("Smithfield reported record profits of two billion dollars for the quarter.")
    assert not result.statements
    assert all(m.kind != ORGANISATION or m.reason is None for m in result.actors)


def test_a_colon_dateline_in_capitals_is_no_speaker() -> None:
    statements = extract(
        "Staff Report\n\n"
        "KHANPUR: Two newborns died at the district hospital on Sunday for want of "
        "oxygen.\n\nThe hospital's director said an inquiry had been ordered."
    )
    assert all(st.speaker_name != "KHANPUR" for st in statements)
    assert not [st for st in statements if "newborns died" in st.text]


def test_a_title_case_city_before_a_colon_is_no_speaker() -> None:
    statements = extract(
        "New Delhi: The police on Monday arrested a suspended councillor from a court "
        "here in connection with the killing of an official."
    )
    assert all(st.speaker_name != "New Delhi" for st in statements)
    # guards: a country is a voice ("Russia: We will not …"); labels in a transcript
    # that names the speaker elsewhere are turns, not datelines
    st = containing(
        extract("Russia: We will not withdraw our troops from the border region."),
        "withdraw our troops",
    )
    assert st.speaker_name == "Russia"
    text = (
        "Senator Ana Marsh spoke to the host on Sunday.\n\n"
        "MARSH: The committee will publish its report before the recess.\n\n"
        "HOST: And the budget?\n\n"
        "MARSH: The budget will be settled by the end of the month.\n"
    )
    st = containing(extract(text), "publish its report")
    assert st.speaker_name is not None and "marsh" in st.speaker_name.casefold()


def test_the_speaker_after_a_colon_dateline_keeps_his_words_whole() -> None:
    st = containing(
        extract(
            "ISLAMABAD: Pakistan said on Monday it would reopen the border crossing at "
            "Torkham next week."
        ),
        "reopen the border",
    )
    assert st.speaker_name == "Pakistan"


def test_a_rank_abbreviation_does_not_end_the_sentence_of_its_report() -> None:
    """ "…, Harbour Division Capt. Owen Pike said.": the tokenizer splits "Capt" from its
    full stop and the parser ended the sentence there, leaving "Owen Pike said." with
    nothing said; what he said ends before his rank."""
    st = containing(
        extract(
            "The gunman then opened fire on the guards, Harbour Division Capt. Owen Pike "
            "said."
        ),
        "opened fire",
    )
    assert st.speaker_name == "Owen Pike"
    assert st.text == "The gunman then opened fire on the guards"


def test_an_untagged_outlet_that_wrote_the_report_speaks_through_it() -> None:
    """ "according to a report by TMZ": the outlet wrote the report and speaks through
    it, as a tagged one did; a report "by Monday" keeps the report as its source."""
    st = containing(
        extract("The singer checked into a rehab clinic, according to a report by TMZ."),
        "rehab clinic",
    )
    assert st.speaker_name == "TMZ"
    st = containing(
        extract("The plant will close next year, according to a report by Monday."),
        "plant will close",
    )
    assert st.speaker_name == "a report"
