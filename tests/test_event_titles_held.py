"""Titles that keep how far an act went and who is left untold, on text we write: each
case is a class of title judged unreadable in hand-judged samples of real pages and
BBC politics (issue 19): a bare gerund for an act whose doer is an unresolved "we" or
"it", an attempt or a going on turned into a plan, a stop turned into the act, a hedge
("allegedly") dropped, and an event noun given the agent of the clause it sits in."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.extract.event_groups import _capital
from kg.model import Document


def titles(text: str) -> set[str]:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return {e.title for e in extract_document(next(nlp.parse([text])), document).events}


def test_an_act_done_by_an_untold_we_is_a_headline_passive():
    # "Approving more than $30 million …" reads as no act at all
    found = titles("In May, we approved more than $30 million in new loans for small farms.")
    assert not any(t.startswith("Approving") for t in found), found
    assert any(t.startswith("More than $30 million in new loans") for t in found), found
    assert any(t.endswith("were approved") for t in found), found


def test_an_act_done_by_an_untold_it_is_a_headline_passive():
    found = titles("Last year it closed four branches in rural Wales.")
    assert "Closing four branches in rural Wales" not in found, found
    # the auxiliary keeps it passive: "Four branches closed" could read as theirs
    assert "Four branches were closed in rural Wales" in found, found


def test_a_hedge_on_the_verb_is_kept():
    # "allegedly assaulted" told as "assaulted" states the charge as fact
    found = titles("Mark Dalton allegedly assaulted a referee after the match.")
    assert "Mark Dalton allegedly assaulted a referee" in found, found


def test_a_stop_is_no_act_done():
    found = titles("The ministry has stopped issuing new fishing permits.")
    assert "The ministry issued new fishing permits" not in found, found
    assert "The ministry has stopped issuing new fishing permits" in found, found


def test_an_attempt_is_no_plan():
    # "Rescuers to reach the climbers" says a reach is planned; the text says they tried
    found = titles("Rescuers were trying to reach the stranded climbers on Sunday.")
    assert "Rescuers to reach the stranded climbers" not in found, found
    tried = "Rescuers were trying to reach the stranded climbers"  # with its day or not
    assert any(t.startswith(tried) for t in found), found


def test_a_going_on_is_no_plan():
    found = titles("The mayor has continued to meet with union leaders.")
    assert "The mayor to meet with union leaders" not in found, found
    assert "The mayor has been meeting with union leaders" in found, found


def test_a_phase_mention_tells_the_act_in_its_tense():
    # "continuing" is a mention of the investigation: the title is the act's, in the
    # tense the phase verb gave it; the fire's title is the clause it sits in, as written
    found = titles("Detectives are continuing to investigate the warehouse fire.")
    assert not any(" to investigate" in t and "continuing" not in t for t in found), found
    assert "Detectives are investigating the warehouse fire" in found, found
    assert "Detectives are continuing to investigate the warehouse fire" in found, found


def test_an_event_noun_is_not_given_the_agent_of_its_clause():
    # "Madrid denied the incident": Madrid (Spain by the resolver) denied it, it did not
    # do it; "Incident by Spain" told the opposite
    found = titles("Madrid denied the incident.")
    assert not any(t.startswith("Incident by") for t in found), found
    assert "Madrid denied the incident" in found, found
    # a saying verb the parser hung the noun on after a comma is no clause of it
    found = titles(
        "Shells struck the border village late on Wednesday, injuring two civilians, the "
        "defence ministry said on Thursday, in an incident that threatens the peace talks."
    )
    assert not any(" said on Thursday" in t for t in found), found


def test_a_going_on_in_the_present_keeps_its_row_of_subjects():
    # "continue to negotiate" told of the row the verb was written for: not "Norway to
    # negotiate" (a plan, of one side only)
    found = titles("Norway and Sweden continue to negotiate over the fishing rights.")
    assert not any(t.startswith("Norway to negotiate") for t in found), found
    assert "Norway and Sweden are negotiating over the fishing rights" in found, found


def test_a_which_clause_is_never_a_persons():
    # the parser hangs "which organized" on the speaker's office; "which" tells a thing
    found = titles(
        "Churches are united in purpose on this, said Peter Moss, outreach director for "
        "FaithFirst, which in 2012 organized a protest that drew thousands of people to Boston."
    )
    assert not any(t.startswith("Outreach director organized") for t in found), found
    assert "FaithFirst organized a protest" in found, found


def test_a_participle_on_a_noun_is_that_nouns_act():
    # "a long report examining the collapse": the report examined it, "Examining …" told
    # no one
    found = titles("Engineers published a long report examining the collapse of the bridge.")
    assert not any(t.startswith("Examining") for t in found), found
    assert "A long report examined the collapse of the bridge" in found, found
    # and its verb agrees with that noun: never "Many families flees"
    found = titles("Many families fleeing the floods are sleeping in schools.")
    assert "Many families flee the floods" in found, found


def test_a_passive_subject_with_a_possessive_is_kept():
    # "his jailed father was interrogated": the pronoun left out, not the whole clause
    found = titles("Days later his jailed father was interrogated, his lawyers said.")
    assert not any(t.startswith("Interrogate") for t in found), found
    assert "Jailed father was interrogated" in found, found


def test_a_going_on_under_a_modal_keeps_the_modal():
    found = titles("The union will continue to campaign against the closure of the mine.")
    assert "The union to campaign against the closure of the mine" not in found, found
    assert "The union will campaign against the closure of the mine" in found, found


def test_a_clause_title_leaves_out_the_clause_on_its_object():
    # "sparked accusations that they …": the "they" no title can tell kept the whole
    # clause out, and the title was the bare "Accusations"
    found = titles(
        "Leaked emails between the two campaigns have sparked accusations that they are "
        "coordinating their advertising."
    )
    assert "Accusations" not in found, found
    assert any(t.endswith("have sparked accusations") for t in found), found


def test_a_participle_before_the_speaker_is_the_speakers_act():
    found = titles(
        "Touring the flooded district on Monday, regional governor Maria Lind said the "
        "repairs would take months."
    )
    assert not any(t.startswith(("Tour ", "Touring")) for t in found), found
    assert "Regional governor Maria Lind toured the flooded district" in found, found


def test_a_long_title_is_not_cut_inside_a_name():
    # twelve words end on "… of the Capitol Press": the name is left out whole, with the
    # words that led to it
    text = "The network tried to counter the lies and disinformation of the Capitol Press Office"
    assert _capital(text, 12) == "The network tried to counter the lies and disinformation …"
    # a name that fills most of the title is cut as before
    text = "Senators Anna Berg Lopez Martin Olsen Hale Reyes Moss Park Lind Dale Wall Stone"
    assert _capital(text, 12).startswith("Senators Anna Berg")


def test_a_clause_title_has_no_stray_quotation_mark():
    # the quote around "strongly condemned" opens before the clause title's first word
    found = titles(
        'Auditor Helen Marsh "strongly condemned" the deletion of the files before the '
        "inquiry began."
    )
    assert not any('"' in t for t in found), found
    assert "Auditor Helen Marsh condemned the deletion of the files" in found, found


def test_a_state_as_found_keeps_who_was_found():
    # "was found fatally wounded": "Wounded in …" told no one, and no finding
    found = titles("Daniels was found fatally wounded in a car park in Leeds, police said.")
    assert not any(t.startswith("Wounded") for t in found), found
    assert any(t.startswith("Daniels was found fatally wounded") for t in found), found


def test_a_dateline_is_no_doer_of_a_clause_title():
    found = titles(
        "BERLIN — Chancellor Olaf Brandt on Monday condemned unilateral border control "
        "measures taken by some countries."
    )
    assert not any(t.startswith("BERLIN") for t in found), found
    assert any(t.startswith("Chancellor Olaf Brandt condemned") for t in found), found


def test_what_is_hoped_for_is_no_act_done():
    # "in hopes Lopez defeats Governor Hale": the defeat is hoped for, not reported
    found = titles("Supporters rallied outside in hopes Lopez defeats Governor Hale.")
    assert "Lopez defeats Governor Hale" not in found, found
    assert "Lopez may defeat Governor Hale" in found, found


def test_a_he_or_she_inside_a_clause_is_the_main_subject():
    # "when he was struck": the cyclist the sentence opens on, never a bare "Strike"
    found = titles("A cyclist was riding home from work when he was struck by a van on the bridge.")
    assert "Strike" not in found, found
    assert "A cyclist was struck by a van on the bridge" in found, found


def test_a_meeting_is_not_titled_by_an_act_it_only_watched():
    # BBC tech 396: "Industry conference" became "The founder of California's Maxis
    # studio surprised the conference", his act; and "at the Game Developers Conference,
    # held last week in San Francisco, famed director James Cameron revealed …" was
    # "Famed director James Cameron held in San Francisco"
    found = titles(
        "Making games for new consoles will need bigger teams, an industry conference has "
        "been told. Sony and Nintendo will show their consoles to gamers in May. In a video "
        "shown during the company's keynote address at the Northern Games Conference, held "
        "last week in Manchester, film director Ana Ruiz revealed she is making a game with "
        "her next film. The founder of a Dundee studio surprised the conference with a "
        "preview of his next game."
    )
    assert not any("surprised the conference" in t for t in found), found
    assert "Industry conference" in found, found
    assert not any(t.endswith("Ana Ruiz held in Manchester") for t in found), found
    assert any(t.startswith("The Northern Games Conference held") for t in found), found
