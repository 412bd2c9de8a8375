"""Titles a reader understands, eighth pass (issue 19 item 5): classes still judged
unreadable on the samples, 60 BBC politics files and real pages (seed 447), each on
text we write."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def titles(text: str) -> list[str]:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return [e.title for e in extract_document(next(nlp.parse([text])), document).events]


def test_a_vow_to_put_something_keeps_where_it_is_put():
    # was "Ms Kovac vowed to put the health service": "put" says nothing without where
    found = titles(
        "Ms Kovac has vowed to put the health service at the top of her agenda during her "
        "first year at the head of the regional government."
    )
    assert any("put the health service at the top" in t for t in found), found
    assert not any(t.endswith("put the health service") for t in found), found


def test_a_place_put_keeps_a_place_that_no_clause_preposition_tells():
    # was "The minister put the new rules": "before parliament" is where they went
    found = titles(
        "The transport minister put the new safety rules before parliament on Monday after a "
        "long row with the unions over pay."
    )
    assert "The transport minister put the new safety rules before parliament" in found, found


def test_a_perfect_participle_clause_is_told_of_the_sentence_subject_and_done():
    # was "David Blunkett Having received the full backing": "his" (the backer) taken for
    # the one who received it, and the participle's "Having" kept in the headline
    found = titles(
        "The health secretary was at the centre of a row over the hospital contracts. Having "
        "received his full backing, Ms Okafor was forced to resign in June over the tender."
    )
    assert "Ms Okafor received the full backing" in found, found
    assert not any("Having" in t for t in found), found


def test_a_perfect_participle_opening_a_sentence_gives_its_subject():
    found = titles("Having won the primary in March, the senator has taken a lead in the polls.")
    assert "The senator won the primary in March" in found, found


def test_who_is_pressed_to_act_does_the_act_not_who_presses():
    # was "Mark Dunne would agree a ceasefire" (samples): the envoy presses, the capitals agree
    found = titles(
        "UN envoy Rosa Ibarra told reporters in Vienna that she would press both capitals to "
        "agree a ceasefire within days."
    )
    assert any(t.startswith("Both capitals") and "agree a ceasefire" in t for t in found), found
    assert not any(t.startswith(("Rosa Ibarra would agree", "Ibarra would agree")) for t in found)


def test_an_act_asked_for_by_renewed_calls_is_planned_and_titled_as_asked():
    # the parser hangs "for" on "renewed": the resignation was told as done, "Resignation
    # of the interior minister"
    text = "Opposition parties renewed their calls for the resignation of the farm minister."
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    events = extract_document(next(nlp.parse([text])), document).events
    resignation = [e for e in events if e.type == "Resignation"]
    assert [e.factuality for e in resignation] == ["planned"], events
    assert resignation[0].title.startswith("Calls for the resignation"), resignation[0].title


def test_an_act_pressed_for_by_an_unnamed_asker_reads_as_calls_not_an_order():
    # was "Press for the resignation of the chief executive", an order to the reader
    found = titles("We have pressed for the resignation of the chief executive for months.")
    assert not any(t.startswith(("Press for", "Push for", "Ask for")) for t in found), found
    assert any(t.startswith("Calls for the resignation") for t in found), found


def test_an_incident_is_nobody_s_and_is_told_by_what_it_does():
    # was "Armenia's incident" (samples): the roles took the ministry that reported it
    # for the owner of "an incident"; then "Incident threatening the truce", a node of
    # its own beside the rockets it points back at
    found = titles(
        "Rockets hit the border town of Kalda late on Monday, wounding three farmers, "
        "Ruritania’s army said on Tuesday, in an incident that threatens the truce the two "
        "states signed in Oslo last month."
    )
    assert any(t.startswith("Rockets hit the border town of Kalda") for t in found), found
    assert not any(t.startswith("Incident") or t.endswith("incident") for t in found), found


def test_who_urges_a_return_still_heads_the_return():
    # guard: the urged take the act, the clause of the one who urges stays the headline
    found = titles(
        "The union warned that members could strike again if the owners did not return with "
        "a better offer. Labour Minister Ana Ruiz urged both sides to return to the table."
    )
    assert any(t.startswith("Labour Minister Ana Ruiz urged both sides to return") for t in found)


def test_a_title_cased_headline_to_visit_names_who_will_visit():
    # the parser hangs "To Visit" on the name as a relative clause and the entity
    # recogniser swallows "Francis To Visit Iraq": was "Visiting with Iraq"
    found = titles(
        "Pope Francis To Visit Iraq In March\n\nPope Francis will travel to Iraq in March, the "
        "Vatican said on Monday."
    )
    assert "Pope Francis to visit Iraq" in found, found


def test_a_long_description_before_a_name_gives_way_to_the_name():
    # was "A former defense contractor and perennial North Carolina political candidate,
    # Tim D'Annunzio …" (seed 447): the description filled the title, the act was cut
    found = titles(
        "A retired schoolteacher and longtime local campaigner, Maria Dunne, stepped forward "
        "on Monday to fund the repairs."
    )
    assert any(t.startswith("Maria Dunne stepped forward") for t in found), found
    assert not any(t.endswith("…") for t in found), found


def test_a_strike_that_will_go_ahead_keeps_ahead():
    # was "The strike would go": the particle read as an adverb was left out
    found = titles("The union's leader said on Monday the dock strike would go ahead.")
    assert any(t.endswith("would go ahead") for t in found), found


def test_a_noun_keeps_the_by_phrase_that_names_its_doers():
    # was "No vote" (seed 447) and a bare "Attack": the doers were left out
    assert "No vote by precinct chairs" in titles("There won't be a vote by precinct chairs.")
    found = titles("An attack by rebels on the army base killed four soldiers.")
    assert "Attack by rebels on the army base" in found, found
