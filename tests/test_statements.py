"""The statement extractor on short news-like texts of our own (invented people).

Each test runs the whole per-document extraction (``run`` from test_extract.py) and
checks who said what: speaker, kind, type, cue, content text and the content's offsets
into the source text, plus addressee, channel, relay, time said and about-actors.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_extract import run

from kg.model import Statement

PUBLISHED = date(2026, 11, 12)  # a Thursday


def extract(text: str, published: date | None = PUBLISHED) -> list[Statement]:
    """The statements of ``text``, every evidence span checked against the text."""
    statements = run(text, doc_id="statements-test", published=published).statements
    for st in statements:
        assert st.content, st
        spans = [*st.content, st.cue, st.speaker_mention]
        for ev in spans:
            if ev is not None:
                assert text[ev.start : ev.end] == ev.text, (ev, text[ev.start : ev.end])
    return statements


def only(statements: list[Statement]) -> Statement:
    """The one statement of a text that should yield exactly one."""
    assert len(statements) == 1, [(s.speaker_name, s.kind, s.text) for s in statements]
    return statements[0]


def containing(statements: list[Statement], fragment: str) -> Statement:
    """The one statement whose content contains ``fragment``."""
    found = [s for s in statements if fragment in s.text]
    assert len(found) == 1, (fragment, [(s.speaker_name, s.kind, s.text) for s in statements])
    return found[0]


def contents(st: Statement) -> list[str]:
    return [part.text for part in st.content]


# 1. Direct quotes, cue after and cue before, straight and curly marks.

QUOTE = "We will not reopen the negotiations before the spring"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (f'"{QUOTE}," Finance Minister Petra Novak said.', QUOTE),
        (f"“{QUOTE},” Finance Minister Petra Novak said.", QUOTE),
        (f'Finance Minister Petra Novak said: "{QUOTE}."', f"{QUOTE}."),
        (f"Finance Minister Petra Novak said: “{QUOTE}.”", f"{QUOTE}."),
    ],
    ids=["after-straight", "after-curly", "before-straight", "before-curly"],
)
def test_direct_quote_with_cue_after_or_before(text, content):
    st = only(extract(text))
    assert st.kind == "direct"
    assert st.speaker_name == "Petra Novak"
    assert st.speaker_mention.text == "Petra Novak"
    assert st.cue.text == "said"
    assert st.type == "claim"
    assert contents(st) == [content]
    assert text.index(QUOTE) == st.content[0].start


# 2. A quote split around its cue is one statement in two parts.


def test_split_quote_is_one_statement_with_the_pronoun_resolved():
    text = (
        "Harbour director Ingrid Solberg met the dockworkers' union on Monday to end the "
        "strike.\n"
        '"The cranes will be back in service by Friday," she continued. '
        '"Nobody will lose a day\'s pay."'
    )
    st = only(extract(text))
    assert st.kind == "direct"
    assert st.speaker_name == "Ingrid Solberg"
    assert st.speaker_mention.text == "she"
    assert st.cue.text == "continued"
    assert contents(st) == [
        "The cranes will be back in service by Friday",
        "Nobody will lose a day's pay.",
    ]


# 3. "he said" after a paragraph naming a man.


@pytest.mark.parametrize(
    "intro",
    [
        "Daniel Weber has grown barley on the same fields near the river for thirty years.",
        # a woman named in between must not take the man's "he"
        "Daniel Weber has grown barley on the same fields near the river for thirty years. "
        "Agronomist Clara Jansen visited the farm last week.",
    ],
    ids=["only-the-man", "woman-named-in-between"],
)
def test_he_said_resolves_to_the_man_named_before(intro):
    text = f'{intro}\n"The water has never been this low in August," he said.'
    st = only(extract(text))
    assert st.kind == "direct"
    assert st.speaker_mention.text == "he"
    assert st.speaker_name == "Daniel Weber"
    assert contents(st) == ["The water has never been this low in August"]


# 4. A quote that runs on into the next paragraph (no closing mark at the break).


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            '"We heard the first crack just after midnight," Moen said. "By two o\'clock '
            "the lower road was under water and the bridge was gone.\n"
            '"Nobody came to warn us until the morning."',
            [
                "We heard the first crack just after midnight",
                "By two o'clock the lower road was under water and the bridge was gone.",
                "Nobody came to warn us until the morning.",
            ],
        ),
        (
            "“We heard the first crack just after midnight and by two o’clock the lower "
            "road was under water.\n"
            "“Nobody came to warn us until the morning,” Moen said.",
            [
                "We heard the first crack just after midnight and by two o’clock the lower "
                "road was under water.",
                "Nobody came to warn us until the morning",
            ],
        ),
    ],
    ids=["cue-in-first-paragraph", "cue-in-last-paragraph"],
)
def test_quote_running_on_across_paragraphs_is_one_statement(body, parts):
    text = (
        "Retired engineer Halvard Moen remembers the night the dam failed.\n"
        f"{body}\n"
        "The regional government has promised an inquiry."
    )
    st = only(extract(text))
    assert st.kind == "direct"
    assert st.speaker_name == "Halvard Moen"
    assert st.speaker_mention.text == "Moen"
    assert contents(st) == parts


# 5. An unclosed quote mid-document does not stop later statements.


def test_unclosed_quote_does_not_stop_a_later_statement():
    text = (
        "Mayor Lena Fischer opened the budget session at nine.\n"
        '"This budget is a betrayal of every family in the east district, a man shouted '
        "from the public gallery.\n"
        "The session resumed an hour later.\n"
        '"We will publish the full accounts next week," Fischer told the council.'
    )
    statements = extract(text)
    st = containing(statements, "full accounts")
    assert st.kind == "direct"
    assert st.speaker_name == "Lena Fischer"
    assert st.cue.text == "told"
    assert st.addressee == "the council"
    assert contents(st) == ["We will publish the full accounts next week"]
    assert not any(s.speaker_name == "Lena Fischer" and "betrayal" in s.text for s in statements)


# 6. Indirect speech and the type its cue signals.


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "type_", "content"),
    [
        (
            "Central bank governor Miriam Okafor said that inflation would fall below three "
            "percent by the summer.",
            "Miriam Okafor",
            "said",
            "claim",
            "inflation would fall below three percent by the summer",
        ),
        (
            "Union leader Jonas Berg insisted the strike would continue until the new "
            "contracts were signed.",
            "Jonas Berg",
            "insisted",
            "claim",
            "the strike would continue until the new contracts were signed",
        ),
        (
            "Health Minister Sofia Brandt warned that hospitals in the north were running "
            "out of beds.",
            "Sofia Brandt",
            "warned",
            "warning",
            "hospitals in the north were running out of beds",
        ),
        (
            "Police chief Daniel Achterberg denied that officers had used tear gas against "
            "the students.",
            "Daniel Achterberg",
            "denied",
            "denial",
            "officers had used tear gas against the students",
        ),
        (
            "Airline chief executive Carla Montes confirmed the route to Lagos would close "
            "in March.",
            "Carla Montes",
            "confirmed",
            "confirmation",
            "the route to Lagos would close in March",
        ),
    ],
    ids=["said-that", "insisted", "warned", "denied", "confirmed"],
)
def test_indirect_speech(text, speaker, cue, type_, content):
    st = only(extract(text))
    assert st.kind == "indirect"
    assert st.speaker_name == speaker
    assert st.speaker_mention.text == speaker
    assert st.cue.text == cue
    assert st.type == type_
    assert contents(st) == [content]


# 7. "according to": a cue of its own, or a relay when the sentence has a speaker.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to Interior Minister Rui Matos, three bridges on the northern highway "
            "were destroyed by the floods.",
            "three bridges on the northern highway were destroyed by the floods",
        ),
        (
            "Three bridges on the northern highway were destroyed by the floods, according "
            "to Interior Minister Rui Matos.",
            "Three bridges on the northern highway were destroyed by the floods",
        ),
    ],
    ids=["leading", "trailing"],
)
def test_according_to_is_an_indirect_statement(text, content):
    st = only(extract(text))
    assert st.kind == "indirect"
    assert st.speaker_name == "Rui Matos"
    assert st.cue.text.lower() == "according to"
    assert st.relay is None
    assert contents(st) == [content]


def test_according_to_after_a_quote_is_the_relay_not_a_second_statement():
    text = (
        '"We are ready to resume the talks tomorrow," Foreign Minister Karim Haddad told '
        "Nile TV, according to Kestrel news agency."
    )
    st = only(extract(text))
    assert st.kind == "direct"
    assert st.speaker_name == "Karim Haddad"
    assert st.cue.text == "told"
    assert st.addressee == "Nile TV"
    assert st.relay == "Kestrel news agency"
    assert contents(st) == ["We are ready to resume the talks tomorrow"]


# 8. Indirect speech with a quoted fragment is mixed.


def test_quoted_fragment_in_indirect_speech_is_mixed():
    text = (
        'Trade Minister Omar Farouk said his talks with the Kenyan delegation had been "promising".'
    )
    st = only(extract(text))
    assert st.kind == "mixed"
    assert st.speaker_name == "Omar Farouk"
    assert st.cue.text == "said"
    assert contents(st) == ['his talks with the Kenyan delegation had been "promising"']


# 9. Addressee and channel.


def test_told_reporters_is_the_addressee():
    text = "Coach Marta Silva told reporters the team would train behind closed doors."
    st = only(extract(text))
    assert st.kind == "indirect"
    assert st.speaker_name == "Marta Silva"
    assert st.cue.text == "told"
    assert st.addressee == "reporters"
    assert contents(st) == ["the team would train behind closed doors"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Baltic Shipping Company said in a statement that it would appeal the ruling.",
            "it would appeal the ruling",
        ),
        (
            "The Baltic Shipping Company said in a statement that two of its tankers had been "
            "held at the port since Sunday.",
            "two of its tankers had been held at the port since Sunday",
        ),
    ],
    ids=["appeal", "tankers"],
)
def test_said_in_a_statement_is_the_channel(text, content):
    st = only(extract(text))
    assert st.kind == "indirect"
    assert st.speaker_name == "Baltic Shipping Company"
    assert st.cue.text == "said"
    assert st.channel is not None and "in a statement" in st.channel
    assert contents(st) == [content]


def test_told_a_news_conference_is_the_channel_not_the_addressee():
    # BBC politics 026's "Mr Blair told a news conference" gave a news conference as whom
    # he spoke to; "said at a news conference" gives it as the channel: one rule for both
    st = only(
        extract('Mayor Ines Vidal told a news conference: "The bridge will reopen in May."')
    )
    assert st.speaker_name is not None and st.speaker_name.endswith("Ines Vidal")
    assert st.addressee is None
    assert st.channel == "a news conference"


# 10. A capital that speaks is its country's government.


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        ("Tehran insisted that its enrichment programme was entirely peaceful.", "Tehran", "Iran"),
        (
            "Lisbon insisted that the fishing quotas could not be renegotiated this year.",
            "Lisbon",
            "Portugal",
        ),
    ],
    ids=["Tehran", "Lisbon"],
)
def test_capital_as_speaker_is_its_country(text, capital, country):
    st = only(extract(text))
    assert st.kind == "indirect"
    assert st.speaker_mention.text == capital
    assert st.speaker_name == country
    assert st.cue.text == "insisted"


# 11. A definite description repeats a title the text gave a person.


def test_description_speaker_resolves_to_the_titled_person():
    text = (
        "Foreign Minister Elena Varga arrived in Quito on Sunday for two days of talks.\n"
        "The negotiations would resume in April, the foreign minister said."
    )
    st = only(extract(text))
    assert st.kind == "indirect"
    assert st.speaker_mention.text == "the foreign minister"
    assert st.speaker_name == "Elena Varga"
    assert contents(st) == ["The negotiations would resume in April"]


# 12. Headline lines after an article are not statements.


def test_headline_lines_yield_no_statements():
    article = (
        "Port workers in Valdera ended their strike on Tuesday, union leader Jonas Berg said.\n"
    )
    headlines = (
        "Flooding closes schools in three provinces\n"
        "Oil prices slip as demand cools\n"
        "Rare orchid found in city park\n"
        "Ferry services resume after storm\n"
        "Local team wins regional cup final\n"
    )
    st = only(extract(article + headlines))
    assert st.speaker_name == "Jonas Berg"
    assert contents(st) == ["Port workers in Valdera ended their strike on Tuesday"]
    assert st.content[0].end <= len(article)


# 13. A quoted programme title is a name, not a statement.


@pytest.mark.parametrize(
    "title", ['"The Week Ahead"', "“The Week Ahead”"], ids=["straight", "curly"]
)
def test_quoted_show_title_is_not_a_statement(title):
    text = (
        f"Senator Paula Greene told {title} on Sunday that the bill would pass before the recess."
    )
    st = only(extract(text))
    assert st.kind == "indirect"
    assert st.speaker_name == "Paula Greene"
    assert contents(st) == ["the bill would pass before the recess"]
    assert st.addressee == "The Week Ahead"


# 14. When it was said: a date on the cue, else the publication date.


@pytest.mark.parametrize(
    ("when", "said_on", "time_text"),
    [(" on Tuesday", date(2026, 11, 10), "Tuesday"), ("", PUBLISHED, PUBLISHED.isoformat())],
    ids=["on-Tuesday", "no-date"],
)
def test_time_said(when, said_on, time_text):
    text = f"Mayor Lena Fischer said{when} that the tram line would open in December."
    st = only(extract(text))
    assert contents(st) == ["the tram line would open in December"]
    assert st.time is not None
    assert (st.time.text, st.time.start, st.time.end, st.time.precision) == (
        time_text,
        said_on,
        said_on,
        "day",
    )


def test_time_said_is_none_without_a_date_or_publication():
    text = "Mayor Lena Fischer said that the tram line would open in December."
    assert only(extract(text, published=None)).time is None


# 15. Stance verbs take a noun phrase as their content.


@pytest.mark.parametrize(
    ("text", "speaker", "type_", "content"),
    [
        (
            "Opposition leader Nadia Petrov called for an immediate ceasefire.",
            "Nadia Petrov",
            "demand",
            "an immediate ceasefire",
        ),
        (
            "Farmers' union head Piet de Wit criticized the decision.",
            "Piet de Wit",
            "criticism",
            "the decision",
        ),
    ],
    ids=["called-for", "criticized"],
)
def test_stance_with_nominal_content(text, speaker, type_, content):
    st = only(extract(text))
    assert st.speaker_name == speaker
    assert st.type == type_
    assert contents(st) == [content]


# 16. The actors a statement is about, speaker excluded.


def test_about_actors_lists_the_actors_named_in_the_content_but_not_the_speaker():
    text = (
        "Mexico's foreign ministry said Brazil and Argentina had agreed to return the seized "
        "fishing boats to Mexico."
    )
    st = containing(extract(text), "Brazil and Argentina")
    assert st.cue.text == "said"
    assert st.speaker_name == "Mexico"
    assert st.speaker_mention.text == "Mexico's foreign ministry"
    assert st.about_actors == ["Brazil", "Argentina"]


# 17. A quote inside a quote stays part of the outer statement.


@pytest.mark.parametrize("inner", ["'we will win'", "‘we will win’"], ids=["straight", "curly"])
def test_nested_quote_is_part_of_the_outer_statement(inner):
    outer = f"He told me {inner}, and I believed him"
    open_, close = ("“", "”") if "‘" in inner else ('"', '"')
    text = (
        "Davi Rocha scored twice in the second half.\n"
        f"{open_}{outer},{close} Rocha said of his coach."
    )
    st = only(extract(text))
    assert st.kind == "direct"
    assert st.speaker_name == "Davi Rocha"
    assert st.speaker_mention.text == "Rocha"
    assert st.cue.text == "said"
    assert contents(st) == [outer]


# 18. A relative clause speaker: "the mayor, who said …".


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Mayor Lena Fischer chaired the council meeting on Monday.\n", "Lena Fischer"),
        ("", "the mayor"),
    ],
    ids=["named-earlier", "never-named"],
)
def test_relative_clause_speaker(intro, speaker):
    text = (
        f"{intro}The council rejected the tram extension, and the mayor, who said the plan was "
        "unaffordable, asked officials for a cheaper bus route."
    )
    st = containing(extract(text), "unaffordable")
    assert st.kind == "indirect"
    assert st.cue.text == "said"
    assert st.speaker_mention.text == "who"
    assert st.speaker_name == speaker
    assert contents(st) == ["the plan was unaffordable"]


def test_a_quote_followed_by_a_stray_space_is_read_not_crashed_on():
    # Scraped copy often leaves a space at the end of a paragraph.
    # Here the quote never closes before its paragraph ends on that space.
    text = (
        'The former minister described the count as a long night. "We knew by midnight '
        'that the seat was lost, and we said so to each other. \n\n "You have just got '
        'to think for a minute," he wrote in his column.'
    )
    result = run(text)
    assert any("think for a minute" in s.text for s in result.statements)


# 16. Pronoun speakers (issue #19): "I" inside a politician's quote is the politician;
# an "I" or "they" that the text never ties to a name keeps its words and no actor.

SPEECH = (
    "Marsh defends security bill\n\n"
    "Home Secretary Daniel Marsh has told party members in Leeds that he will not drop "
    'the security bill. Speaking at the conference, Mr Marsh said: "I will not let this '
    'bill fall. "I have listened to the critics and I have changed it where they were '
    'right. "We owe the public a law that works." Opposition parties want the bill '
    "delayed until after the election.\n\n"
    "I think he has misjudged the mood of the country.\n\n"
    "A vote is expected on Thursday. They said the result would be close.\n"
)
# A reader's letter: the small model tags the sentence-final "I." as an organisation.
LETTER = (
    "The danger is no longer to our soldiers abroad. It is to you and I. The attacks of "
    "the past year showed it.\n"
)
PRONOUNS = {"i", "we", "they", "you", "it", "me", "us", "them"}


@pytest.fixture(scope="module")
def speech():
    """The speech article resolved together with the letter, as one build would."""
    from kg.resolve import resolve

    results = [run(SPEECH, doc_id="speech"), run(LETTER, doc_id="letter")]
    return results[0].statements, resolve(results)


def test_quote_paragraphs_run_together_are_one_quote_of_the_politician(speech):
    """The text lost its paragraph breaks: each paragraph of the quote opens with a
    mark and only the last closes. "I have listened" is Marsh's, not a statement of
    "I", and the new sentence after the quote does not take it over."""
    statements, actors = speech
    st = containing(statements, "I have listened to the critics")
    assert st.kind == "direct"
    assert st.speaker_name == "Daniel Marsh" and actors[st.speaker].name == "Daniel Marsh"
    assert contents(st) == [
        "I will not let this bill fall.",
        "I have listened to the critics and I have changed it where they were right.",
        "We owe the public a law that works.",
    ]
    for part in st.content:
        assert SPEECH[part.start : part.end] == part.text


def test_unresolved_i_and_they_keep_their_words_and_no_actor(speech):
    statements, actors = speech
    assert not [a.name for a in actors.values() if a.name.casefold() in PRONOUNS]
    reader = containing(statements, "he has misjudged the mood")
    assert reader.speaker is None and reader.speaker_name == "I"
    assert reader.speaker_mention.text == "I"
    they = containing(statements, "the result would be close")
    assert they.speaker is None and they.speaker_mention.text == "They"
    spoken = {st.speaker for st in statements if st.speaker is not None}
    assert spoken == {"daniel-marsh"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Rural Transport Board said bus routes in the valley would be cut. "
            "It said fuel costs had doubled since March.",
            "Rural Transport Board",
        ),
        (
            "The Farmers Union said the new rules were unfair. "
            "But they say they will meet ministers next week.",
            "Farmers Union",
        ),
        # the nearest main-clause subject names no actor: no guess
        (
            "Thursday's report was drawn up by two committees of the assembly. "
            "It said the housing targets were out of reach.",
            None,
        ),
        # "they" in a parenthesis is no main clause of its own
        (
            "Councillors from Ashford met in the town hall on Monday. "
            "The bypass, they insisted, would not be a factor in the vote.",
            None,
        ),
        # unions named in between: "They" is as likely the unions as the authority
        (
            "The Harbour Authority has confirmed it is reviewing the pension scheme, "
            "prompting unions to threaten strikes. They believe the plans include a later "
            "retirement age.",
            None,
        ),
    ],
    ids=["it-body", "they-body-coordinated", "it-report", "they-parenthesis", "they-unions"],
)
def test_it_and_they_speak_for_the_body_named_as_subject_before(text, speaker):
    st = extract(text)[-1]
    assert st.speaker_mention.text.casefold() in {"it", "they"}
    if speaker is None:
        assert st.speaker_name == st.speaker_mention.text  # the word itself, no actor
    else:
        assert st.speaker_name == speaker


# Types from what is said, and reported speech over a hard line break.


@pytest.mark.parametrize(
    ("text", "fragment", "type_"),
    [
        (
            "“Our armed forces are ready to strike Ruritania if it attacks the port,” "
            "Defence Minister Tomas Varga said.",
            "ready to strike",
            "warning",
        ),
        (
            "Foreign Minister Lena Osei said any attack on the capital would have grave "
            "consequences for the region.",
            "grave consequences",
            "warning",
        ),
        (
            "“They will pay a heavy price for this,” General Amir Castell told reporters.",
            "heavy price",
            "warning",
        ),
        # a readiness to talk threatens no one; a union ready to strike again warns
        (
            "“We are ready to talk tonight if the union is ready to be realistic,” "
            "employers' spokesman Joost Brandt said.",
            "ready to talk",
            "claim",
        ),
        (
            "Union leader Marta Kowal said the dockers were ready to strike again next week.",
            "ready to strike again",
            "warning",
        ),
    ],
)
def test_a_threat_is_typed_by_what_it_says_not_by_its_plain_cue(text, fragment, type_):
    assert containing(extract(text), fragment).type == type_


def test_reported_speech_over_a_hard_line_break_is_whole():
    """A source wrapped mid-sentence: the content runs on to the full stop of the next
    line, which opens in lower case; a new paragraph stops it as before."""
    text = (
        "Prime Minister Anna Weber has repeatedly argued that the border dispute is directly\n"
        "linked to any wider settlement in the region.\n"
        "Weber said the talks would resume in March.\n\n"
        "opposition figures were not consulted."
    )
    statements = extract(text)
    linked = containing(statements, "directly")
    assert linked.text == (
        "the border dispute is directly\nlinked to any wider settlement in the region"
    )
    resume = containing(statements, "resume")
    assert resume.text == "the talks would resume in March"


# 9. Issue #23: label lines, refusals and datelines are no statements; beliefs, findings
# and stances are statements with their own mode; "asked if"; pronouns in the table.


def test_market_table_lines_are_no_statements():
    text = (
        "Markets at a glance.\n"
        "Oil: UP 58 cents at $71.20 a barrel.\n"
        "Gold: DOWN $3.20 to $1,234.50 an ounce.\n"
        "Wheat: unchanged at $5.10 a bushel.\n"
    )
    assert extract(text) == []


def test_an_editors_note_is_no_statement():
    text = (
        "Editor's note: This story was updated on Friday to correct the name of the "
        "harbour master.\n"
        "Harbour master Ingrid Solberg said the port would reopen on Monday."
    )
    st = only(extract(text))
    assert st.speaker_name == "Ingrid Solberg"
    assert st.text == "the port would reopen on Monday"


def test_a_refusal_to_comment_is_no_statement():
    text = "A spokesman for the ministry declined to comment on the report."
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - Ian Holt said he was unlikely to reopen the port before the spring.",
        "LONDON (Reuters) - Ana Ruiz said she was unlikely to reopen the port before the spring.",
        "OSLO (AP) — Harbour master Ingrid Solberg and union leader Marta Kowal pledged to "
        "reopen the port before the spring.",
    ],
    ids=["taken-for-the-subject", "run-into-the-name", "the-subject-hung-on-the-place"],
)
def test_a_dateline_is_never_the_speaker(text):
    st = containing(extract(text), "reopen")
    assert st.speaker_mention.start > text.index("-" if "Reuters" in text else "—")
    assert st.speaker_name in {"Ian Holt", "Ana Ruiz", "Ingrid Solberg"}


def test_polls_show_is_a_finding():
    text = "Recent polls show Governor Ian Holt with a double-digit lead in the state."
    st = only(extract(text))
    assert st.mode == "finding"
    assert st.speaker_mention.text == "Recent polls"
    assert st.cue.text == "show"
    assert st.text.startswith("Governor Ian Holt with a double-digit lead")


def test_asked_if_is_a_question():
    text = "Reporters asked if the port would reopen before the spring."
    st = only(extract(text))
    assert (st.speaker_name, st.cue.text, st.type, st.mode) == (
        "Reporters",
        "asked",
        "question",
        "speech",
    )
    assert st.text == "if the port would reopen before the spring"


@pytest.mark.parametrize(
    ("text", "fragment", "mode", "speaker"),
    [
        (
            "Senator Ana Ruiz believes that the harbour tax will pass in the spring.",
            "harbour tax",
            "belief",
            "Ana Ruiz",
        ),
        (
            "Senator Ana Ruiz wrote in a letter that the harbour tax would pass.",
            "harbour tax",
            "writing",
            "Ana Ruiz",
        ),
        (
            "The dockers' union endorsed Governor Ian Holt for a second term.",
            "Holt",
            "stance",
            None,
        ),
        (
            "Governor Ian Holt's claim that the harbour was safe drew scorn from the union.",
            "harbour was safe",
            "speech",
            "Ian Holt",
        ),
        (
            "Senator Ana Ruiz expressed support for a ban on night shifts at the port.",
            "a ban on night shifts",
            "stance",
            "Ana Ruiz",
        ),
    ],
    ids=["believes", "wrote-in-a-letter", "endorsed", "his-claim-that", "support-for"],
)
def test_each_statement_says_how_the_speaker_holds_it(text, fragment, mode, speaker):
    st = containing(extract(text), fragment)
    assert st.mode == mode
    assert st.cue is not None  # every statement still says why
    if speaker:
        assert st.speaker_name == speaker


def test_a_label_called_in_quotes_is_the_speakers_words():
    text = "Governor Ian Holt called the owners “bloodsuckers” at a rally on Monday."
    st = only(extract(text))
    assert (st.speaker_name, st.cue.text, st.type) == ("Ian Holt", "called", "claim")
    assert "bloodsuckers" in st.text


def test_a_pronoun_speaker_takes_the_previous_speakers_name_in_the_table():
    """The index leaves "she" open here (the tagger takes the name for an organisation);
    the quote still belongs to the named speaker of the statement just before, in the
    table row as in the graph."""
    from kg.export.tables import statement_row
    from kg.model import BuildResult
    from kg.resolve import resolve

    text = (
        "Marieke de Vries, the union's general secretary, said the deal was fair.\n"
        "“We will put the agreement to a vote next week,” she added."
    )
    result = run(text, doc_id="pronoun")
    actors = resolve([result])
    st = containing(result.statements, "put the agreement")
    assert st.speaker_mention.text == "she"  # the word the text uses stays the mention
    row = statement_row(st, BuildResult([result.doc], actors, result.statements, {}, []))
    assert row["speaker_name"] == "Marieke de Vries"
    assert row["speaker"] == containing(result.statements, "deal was fair").speaker
    assert row["speaker"] is not None


def test_a_quote_set_off_with_two_apostrophes_is_a_direct_quote():
    """The New York Times' style, ''…'': one direct quote of the mayor, split in two
    and without the marks, and the "she" after it is the same mayor."""
    text = (
        "''We will build the new bridge before winter,'' Mayor Ana Ruiz said. "
        "''And we will pay for it.''\n\n''The roads are a disgrace,'' she added.\n"
    )
    statements = extract(text)
    bridge = containing(statements, "the new bridge")
    assert bridge.kind == "direct"
    assert bridge.speaker_name == "Mayor Ana Ruiz"
    assert contents(bridge) == [
        "We will build the new bridge before winter",
        "And we will pay for it.",
    ]
    roads = containing(statements, "disgrace")
    assert roads.kind == "direct"
    assert roads.speaker_name == "Mayor Ana Ruiz"
    assert not any("''" in c for st in statements for c in contents(st))


def test_a_speaker_after_the_verb_of_a_quote_is_the_speaker():
    """ "“…,” added a Lisbon city councillor": the parse takes the phrase for an object,
    but after a quote it is who spoke."""
    text = (
        "Residents met on Tuesday.\n\n"
        '"The budget for the harbour is a mess," added a Lisbon city councillor.\n'
    )
    st = only(extract(text))
    assert st.kind == "direct"
    assert st.speaker_mention is not None
    assert st.speaker_mention.text == "a Lisbon city councillor"


def test_a_headline_name_is_not_the_subject_of_the_next_paragraph():
    """The parse may run a headline into the paragraph after it and make the headline's
    name the subject of "said": the speaker mention is the name in the paragraph."""
    text = (
        "Rui Costa: Marta ‘Better Prepared to Lead the City Than I Was When I Ran.’\n\n"
        "Tuesday in Porto, while on the campaign trail for his wife mayoral front-runner "
        "Marta Costa, former mayor Rui Costa said his wife was uniquely prepared to lead "
        "the city at this time because “the harbour is in tough shape.”\n"
    )
    st = containing(extract(text), "uniquely prepared")
    assert st.speaker_name == "Rui Costa"
    assert st.speaker_mention is not None
    assert st.speaker_mention.text == "Rui Costa"
    assert st.speaker_mention.start == text.index("Rui Costa said")


def test_a_verb_joined_to_a_relative_clause_speaks_through_its_who():
    """ "Ruiz, who met … and said …": the cue is joined to the relative clause, so the
    mention kept is its "who" (the word next to the cue), and the name is the mayor's."""
    text = (
        "Talks on the harbour resumed.\n\n"
        "Mayor Ana Ruiz, who met union leaders on Monday and said the strike must end "
        "by Friday, left the city hall early.\n"
    )
    st = containing(extract(text), "the strike must end")
    assert st.speaker_name == "Mayor Ana Ruiz"
    assert st.speaker_mention is not None
    assert st.speaker_mention.text == "who"


def test_a_share_of_respondents_said_according_to_a_survey_is_the_surveys_finding():
    """ "51 percent said …, according to a survey": the share speaks only through the
    poll, so the poll is the speaker and the statement a finding."""
    text = (
        "Support for the harbour levy grew.\n\n"
        "Fifty-one percent of voters said they would back the harbour levy, according "
        "to a survey released on Monday by the Porto Institute.\n"
    )
    st = containing(extract(text), "would back the harbour levy")
    assert st.mode == "finding"
    assert st.speaker_mention is not None
    assert st.speaker_mention.text == "a survey"


def test_a_text_someone_puts_out_speaks_for_them():
    """ "The union ran an advertisement that attacked …": the advertisement is the
    union's voice, so the union is the speaker, not the advertisement."""
    text = (
        "The ferry stopped in June.\n\n"
        "The harbour union ran an advertisement that attacked the port authority for "
        "the delay.\n"
    )
    st = containing(extract(text), "the port authority")
    assert st.speaker_mention is not None
    assert st.speaker_mention.text == "The harbour union"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The harbour master will step down in March, the newspaper reported.", "newspaper"),
        ("Fresh clashes broke out near the stadium, state television reported.", "television"),
    ],
)
def test_a_news_outlet_that_reports_is_a_speaker(text: str, speaker: str):
    st = only(extract(text))
    assert speaker in st.speaker_mention.text and st.cue.text == "reported", st


def test_quoted_ellipsis_is_no_statement_and_keeps_the_others():
    """A quote of nothing but an ellipsis has no words to attribute; it once stopped the
    article's whole extraction with an IndexError."""
    text = (
        'Asked about the missing invoices, the treasurer said "…" and left the room.\n'
        '"The audit will be published in full on Friday," council leader Mara Quist said.'
    )
    statements = extract(text)
    assert all(s.text.strip(' .…"') for s in statements)
    st = containing(statements, "audit will be published")
    assert st.speaker_name == "Mara Quist"


# The speaker-mention choice: the rules pick the actor, the fitted weights pick which of
# the words near the cue stands for it (kg/data/speaker_weights.tsv).


def _weights(**lean: float) -> dict[str, float]:
    """A weight table leaning on the named features, 0 for the rest."""
    from kg.extract import statements

    return {f: lean.get(f, 0.0) for f in statements.SPEAKER_FEATURES}


def test_speaker_weights_table_covers_every_feature():
    """The shipped table weighs each feature once and names no other, so a refit that
    drops or misspells a feature is caught here rather than read as a weight of 0."""
    from importlib import resources

    from kg.extract import statements

    text = resources.files("kg").joinpath("data/speaker_weights.tsv").read_text("utf-8")
    names = [line.split("\t")[0] for line in text.splitlines() if not line.startswith("#")]
    assert sorted(names) == sorted(statements.SPEAKER_FEATURES)
    assert statements.speaker_weights()["rule"] > 0  # the rules' choice is worth something


@pytest.mark.parametrize(
    ("lean", "mention"), [({"name": 5.0}, "Marta Velez"), ({"pronoun": 5.0}, "She")]
)
def test_speaker_mention_choice_keeps_the_actor(monkeypatch, lean, mention):
    """Which word stands for the speaker (the pronoun by the cue, or the name it stands
    for) is the weights' choice; the speaker is the named mayor either way, so the graph
    shows the same actor whichever word the table shows."""
    from kg.extract import statements

    monkeypatch.setattr(statements, "speaker_weights", lambda: _weights(**lean))
    text = (
        "Marta Velez, the mayor of Greenport, opened the new bridge on Monday. "
        "She said the toll would stay until May."
    )
    st = only(extract(text))
    assert st.speaker_name == "Marta Velez"
    assert st.speaker_mention is not None and st.speaker_mention.text == mention


def test_speaker_choice_never_takes_the_relay(monkeypatch):
    """ "X told Y …, according to the Herald": X spoke, the Herald relays it. However the
    weights lean towards another actor, the relay is no candidate (the addressee is one,
    which the shipped weights rank low as the cue's object)."""
    from kg import nlp
    from kg.extract import statements
    from kg.extract.actors import ActorIndex
    from kg.model import Document

    monkeypatch.setattr(statements, "speaker_weights", lambda: _weights(other_actor=10.0))
    text = (
        "Lena Marsh told Tomas Brandt that the bridge would close in May, "
        "according to the Greenport Herald."
    )
    parsed = next(nlp.parse([text]))
    document = Document(id="statements-test", text=text, source_text=text)
    builder = statements._Builder(parsed, document, ActorIndex(parsed, document))
    builder.build()
    st, choices = next((s, c) for s, c in builder.choices if "close in May" in s.text)
    words = [ev.text for ev, _, _ in choices]
    assert words[0] == "Lena Marsh"  # the rules' choice comes first
    assert "Tomas Brandt" in words
    assert not any("Herald" in w for w in words)
    assert st.relay is not None and "Herald" in st.relay
    assert "Herald" not in (st.speaker_name or "")


MILLS = (
    "“It is hard to avoid,” said Ryan Mills, a tax consultant in Greenport. "
    "“Any cut will help the rich first.”\n\n"
    "What is more, the mayor has ignored the toll. If anything, experts say her plans "
    "would make it worse. Said Mills: “I do not get the sense she cares about the toll "
    "at all, and the council knows it.”"
)


def test_a_speaker_the_rules_miss_is_weighed_against_none(monkeypatch):
    """ "Said Mills: “…”": the parse gives the cue no subject, so the rules find no
    speaker; the name in the cue's sentence is then weighed against "none", and the
    shipped weights take it. A table that weighs "none" most keeps no speaker."""
    from kg.extract import statements

    st = containing(extract(MILLS), "the council knows it")
    assert st.speaker_mention is not None and "Mills" in st.speaker_mention.text
    assert st.speaker_name is not None and "Mills" in st.speaker_name
    monkeypatch.setattr(statements, "speaker_weights", lambda: _weights(none=10.0))
    st = containing(extract(MILLS), "the council knows it")
    assert st.speaker_mention is None and st.speaker_name is None


# Issue #23, wrong speakers: a dateline in title case or with a date, a participle after
# a report, "according to X" weighed against other actors.


@pytest.mark.parametrize(
    ("text", "place", "speaker"),
    [
        (
            "New York (AFP) – Governor Ian Holt has criticised the harbour board, saying its "
            "plan would cost the city jobs.\n",
            "New York",
            "Ian Holt",
        ),
        (
            "CLEVELAND, July 19 (UPI) — Former harbour master Ingrid Solberg told delegates "
            "that the port should stay closed.\n",
            "CLEVELAND",
            "Ingrid Solberg",
        ),
    ],
    ids=["title-case-with-agency", "capitals-with-a-date"],
)
def test_a_dateline_with_an_agency_is_never_the_speaker(text, place, speaker):
    statements = extract(text)
    assert statements
    for st in statements:
        assert st.speaker_name == speaker
        assert place not in st.speaker_mention.text


def test_a_participle_after_a_report_speaks_for_the_reporter():
    """ "Holt argued that a levy would keep …, saying …": the parse hangs "saying" on a
    verb of what Holt argued, whose subject is the levy; the participle goes on the
    report, so Holt says it. A quote before the verb ("“…, calling it …,” Ruiz said")
    is no such report."""
    text = (
        "Governor Ian Holt argued that a new levy would keep the ferries running through "
        "the winter, saying the port could not wait.\n"
    )
    (st,) = [s for s in extract(text) if s.cue.text == "saying"]
    assert st.text == "the port could not wait"
    assert st.speaker_name == "Ian Holt"
    assert st.speaker_mention.text == "Ian Holt"


def test_according_to_keeps_its_own_source_whatever_the_weights(monkeypatch):
    """ "…, according to the latest polls": the cue names its source, so no other actor
    of the sentence is weighed against it, however much a table leans towards one."""
    from kg.extract import statements

    monkeypatch.setattr(statements, "speaker_weights", lambda: _weights(other_actor=10.0))
    text = (
        "Meanwhile in Greenport, Ian Holt has pulled within 4 points of the mayor, "
        "according to the latest polls.\n"
    )
    st = only(extract(text))
    assert st.cue.text == "according to"
    assert st.speaker_mention.text == "the latest polls"


@pytest.mark.parametrize(
    ("text", "fragment", "body"),
    [
        (
            "The dock workers said they had warned the port authority that the cranes were unsafe.",
            "the cranes were unsafe",
            "dock workers",
        ),
        (
            "Opponents say the new runway would cost the city 2 billion euros.\n\n"
            "They said the plan was illegal under current rules.",
            "the plan was illegal under current rules",
            "Opponents",
        ),
        (
            "The Greenport council said the harbour was safe. But it said the repairs "
            "would take another year.",
            "the repairs would take another year",
            "The Greenport council",
        ),
    ],
    ids=["they-under-the-report", "they-after-their-statement", "it-after-its-statement"],
)
def test_an_it_or_they_speaker_takes_the_body_it_stands_for_in_the_table(text, fragment, body):
    """ "Opponents say … They said …": the index leaves "they" and "it" open unless the
    body is a named actor; the table (and the graph, which follows the name) still names
    the body the text makes clear, while the mention stays the pronoun."""
    from kg.export.tables import statement_row
    from kg.model import BuildResult
    from kg.resolve import resolve

    result = run(text, doc_id="bodies")
    actors = resolve([result])
    (st,) = [s for s in result.statements if s.text == fragment]
    assert st.speaker_mention.text.lower() in {"they", "it"}
    row = statement_row(st, BuildResult([result.doc], actors, result.statements, {}, []))
    assert row["speaker_name"] == body
    first = min(result.statements, key=lambda s: s.content[0].start)
    assert row["speaker"] == first.speaker


# 10. Issue #23, second pass: more shapes of belief, stance and speech, fewer false alarms.


@pytest.mark.parametrize(
    ("text", "fragment", "cue", "mode"),
    [
        (
            "Governor Ian Holt hopes that the harbour will reopen in March.",
            "the harbour will reopen",
            "hopes",
            "belief",
        ),
        (
            "Senator Ana Ruiz hoped to win the harbour vote.",
            "win the harbour vote",
            "hoped",
            "belief",
        ),
    ],
    ids=["hopes-that", "hoped-to"],
)
def test_hopes_is_a_belief_whatever_the_lemma(text, fragment, cue, mode):
    """The small model lemmatises "hopes" as "hop"; the hope is still a belief."""
    st = containing(extract(text), fragment)
    assert (st.cue.text, st.mode) == (cue, mode)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Harbour master Ingrid Solberg recalled several tense calls with the minister.",
            "Ingrid Solberg",
            "recalled",
            "several tense calls with the minister",
        ),
        (
            "Mayor Ana Ruiz stressed the cost of the new bridge at the meeting.",
            "Ana Ruiz",
            "stressed",
            "the cost of the new bridge",
        ),
        (
            "Supporters of Governor Ian Holt echoed that promise on Monday.",
            "Supporters",
            "echoed",
            "that promise",
        ),
    ],
    ids=["recalled", "stressed", "echoed"],
)
def test_a_speech_verb_with_an_object_reports_the_object(text, speaker, cue, content):
    st = only(extract(text))
    assert (st.cue.text, st.text, st.mode) == (cue, content, "speech")
    assert speaker in st.speaker_name


def test_said_goodbye_says_nothing():
    assert extract("Mayor Ana Ruiz said goodbye to the harbour crew on Friday.") == []


def test_a_belief_inside_speech_is_the_speech_alone():
    """ "Holt said he believes …": the saying is the attribution, not a second one."""
    st = only(extract("Governor Ian Holt said he believes the harbour will reopen in March."))
    assert (st.cue.text, st.mode) == ("said", "speech")
    assert st.text == "he believes the harbour will reopen in March"


def test_speaking_on_condition_of_anonymity_is_no_statement():
    text = (
        "A port official, who spoke on condition of anonymity, said the harbour would "
        "reopen in March."
    )
    st = only(extract(text))
    assert st.cue.text == "said"


def test_spoke_of_is_what_was_said():
    st = only(extract("Governor Ian Holt spoke of a new era for the harbour."))
    assert (st.speaker_name, st.cue.text, st.text) == (
        "Ian Holt",
        "spoke",
        "a new era for the harbour",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "mode"),
    [
        (
            "Some Democratic strategists fear that the harbour tax will fail in the spring.",
            "Some Democratic strategists",
            "belief",
        ),
        ("Many said the harbour tax would fail in the spring.", "Many", "speech"),
        (
            "Court filings revealed that the harbour company had lost two contracts.",
            "Court filings",
            "finding",  # a record's finding, as "a poll found"
        ),
    ],
    ids=["strategists-fear", "many-said", "filings-revealed"],
)
def test_subjects_that_hold_a_view_without_a_name(text, speaker, mode):
    st = containing(extract(text), "harbour")
    assert st.speaker_mention is not None and st.speaker_mention.text == speaker
    assert st.mode == mode


def test_made_the_case_that_is_a_claim():
    st = only(extract("Governor Ian Holt made the case that the port should reopen."))
    assert (st.speaker_name, st.cue.text, st.text) == ("Ian Holt", "case", "the port should reopen")


def test_as_reported_by_is_the_reports_statement():
    text = "As reported by The Herald, the harbour will close in May."
    st = only(extract(text))
    assert (st.cue.text, st.text) == ("reported", "the harbour will close in May")
    assert st.speaker_mention is not None and "Herald" in st.speaker_mention.text


def test_a_company_reporting_a_figure_states_it():
    st = only(extract("The harbour company reported a profit of two million euros."))
    assert (st.speaker_name, st.cue.text, st.text) == (
        "The harbour company",
        "reported",
        "a profit of two million euros",
    )


def test_according_to_a_source_the_tagger_calls_an_adjective():
    text = "According to the Real Clear Harbour average, Ian Holt is up nine points in Greenport."
    st = only(extract(text))
    assert st.cue.text == "According to"
    assert st.text == "Ian Holt is up nine points in Greenport"


def test_a_surname_before_a_colon_speaks_when_the_article_names_the_person():
    text = (
        "Kowal: My harbour plans aren't set in stone.\n\n"
        "Union leader Marta Kowal said on Monday that the harbour plan would change."
    )
    st = containing(extract(text), "set in stone")
    assert (st.speaker_mention.text, st.cue.text) == ("Kowal", ":")


def test_a_decision_is_an_act_not_a_statement():
    # "decided to close" is what the governor did (an event, see test_event_groups), not
    # a view of his to attribute: as a statement cue it took the decision out of the events
    assert extract("Governor Ian Holt decided to close the harbour for the winter.") == []


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The harbour tax is expected to pass in the spring.",
            ["The harbour tax", "to pass in the spring"],
        ),
        (
            "The new bridge appears to have cracked in two places.",
            ["The new bridge", "to have cracked in two places"],
        ),
        (
            "The harbour towns are seen as easy wins for the governor.",
            ["The harbour towns", "as easy wins for the governor"],
        ),
    ],
    ids=["is-expected-to", "appears-to", "is-seen-as"],
)
def test_a_hedge_is_a_belief_no_one_is_named_for(text, parts):
    st = only(extract(text))
    assert (st.speaker_name, st.speaker_mention, st.mode) == (None, None, "belief")
    assert contents(st) == parts


def test_a_label_the_parse_hangs_on_the_object_is_still_the_label():
    """ "called Mrs. Kessler an ''Ice Queen''": the parse makes the label an apposition
    of the object, which still says what the speaker called her."""
    st = only(extract("Ms. Brandt called Mrs. Kessler an ''Ice Queen.''"))
    assert (st.cue.text, st.type) == ("called", "claim")
    assert "Ice Queen" in st.text and st.text.startswith("Mrs. Kessler")


def test_is_said_to_is_speech_no_one_is_named_for():
    st = only(extract("The harbour master is said to be furious with the port board."))
    assert (st.speaker_name, st.cue.text, st.mode) == (None, "said", "speech")
    assert contents(st) == ["The harbour master", "to be furious with the port board"]


def test_a_hedge_takes_no_speaker_from_its_own_subject():
    """ "Kennedy is expected to attack …": Kennedy is what is expected, not who expects."""
    text = "Opposition leader Charles Kennedy is expected to attack the harbour plan on Monday."
    st = containing(extract(text), "attack the harbour plan")
    assert (st.speaker_name, st.speaker_mention, st.mode) == (None, None, "belief")


def test_was_asked_whether_is_a_question_no_one_is_named_for():
    """The one asked is spoken to, never the speaker; the asker is not named."""
    st = only(extract("Governor Ian Holt was asked whether the harbour would reopen."))
    assert (st.speaker_name, st.speaker_mention, st.cue.text, st.type) == (
        None,
        None,
        "asked",
        "question",
    )
    assert st.text == "whether the harbour would reopen"


def test_a_polling_average_shows_a_finding():
    text = "The latest polling average shows Governor Ian Holt with a nine-point lead."
    st = only(extract(text))
    assert (st.cue.text, st.mode) == ("shows", "finding")
    assert st.text.startswith("Governor Ian Holt with a nine-point lead")


def test_a_label_given_in_a_relative_clause_is_about_the_thing_not_the_pronoun():
    # "talks that both sides described as difficult": the talks were described, not "that"
    text = "The EU hosted six hours of talks that both sides described as difficult."
    st = only(extract(text))
    assert (st.speaker_name, st.cue.text) == ("both sides", "described")
    assert st.content[0].text == "six hours of talks"
    assert st.content[-1].text == "as difficult"


def test_a_quote_signed_with_a_dash_and_a_name_is_the_names_speech():
    """Pull quotes and readers' voices: a line that is a quote, a dash and a name. The
    mark that opens it may be a closing one, and a space after the dash a no-break one;
    a quoted title signed the same way says nothing."""
    text = (
        "Readers on the harbour plan.\n\n"
        "“The harbour tax is the worst idea this council has had in years.” ― Marta Kowal\n"
        "”I will vote against every member who backs it next spring.” —\u00a0Ian Holt.\n"
        "“Harbour Lights” ― Ana Ruiz\n"
    )
    statements = extract(text)
    assert [(s.speaker_name, s.kind, s.cue.text, s.text) for s in statements] == [
        (
            "Marta Kowal",
            "direct",
            "―",
            "The harbour tax is the worst idea this council has had in years.",
        ),
        ("Ian Holt", "direct", "—", "I will vote against every member who backs it next spring."),
    ]
    assert [s.speaker_mention.text for s in statements] == ["Marta Kowal", "Ian Holt"]
    assert {s.mode for s in statements} == {"speech"}


def test_a_quip_after_a_quote_is_speech_not_an_event():
    # was an event titled "Avery quipped", no statement: "quip" was no cue
    text = (
        "The actor thanked the cast on stage in Leeds. "
        '"It was a tough role to play for three months," quipped Jon Avery of his part.'
    )
    st = containing(extract(text), "tough role")
    assert st.cue is not None and st.cue.text == "quipped", st
    events = run(text, doc_id="statements-test", published=PUBLISHED).events
    assert not any("quipped" in e.title for e in events), [e.title for e in events]
