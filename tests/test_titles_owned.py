"""Titles a reader can place (issue 19, point 5): a title whose doer or thing is a
generic phrase ("The chair to appoint the nominee", "Troops to be sent") is told with
the one owner the article gives the same word elsewhere ("Travis GOP Chair", "Turkish
troops", "Rockland County"), and a title that still names nothing takes the place the
text frames it in ("In Manzhouli, …. They also banned …"). The seed-23 judge found 25
of 54 bad titles on real pages named no one a reader could place. Never an owner two
mentions dispute, nor a frame of another paragraph."""

from __future__ import annotations

from test_titles_context import titles


def test_a_generic_chair_takes_the_name_the_next_sentence_gives_it() -> None:
    # "The" of "The Harlow County Republican Party" is no name word of the article
    got = titles(
        "The Harlow County Republican Party's executive committee met on Monday. It is "
        "allowing the chair to appoint the nominee for the open seat. Harlow GOP Chair "
        "Linda Perez says she will name the pick next week."
    )
    assert got["appoint"].startswith("The Harlow GOP Chair to appoint the nominee"), got


def test_bare_troops_take_the_peoples_word_the_article_gives_them() -> None:
    got = titles(
        "Lawmakers in Ankara approved a plan on Thursday to deploy Turkish troops to the "
        "region. Officials said troops will be sent within weeks."
    )
    assert got["sent"] == "Turkish troops to be sent", got


def test_two_owners_of_the_word_leave_the_title_alone() -> None:
    got = titles(
        "American troops and Turkish troops patrolled the area on Sunday. Officials said "
        "troops will be sent within weeks."
    )
    assert got["sent"] == "Troops to be sent", got


def test_the_county_of_a_department_is_the_county_the_article_names() -> None:
    # the small model calls "health department" a name: lower case says it is not
    got = titles(
        "Officials in Westbrook County confirmed a third case on Friday. The county health "
        "department closed two schools after the cases were reported."
    )
    assert got["closed"] == "The Westbrook County health department closed two schools", got


def test_an_owner_named_only_far_after_the_phrase_is_not_taken() -> None:
    got = titles(
        "The chair will appoint the nominee before the filing deadline. Precinct leaders "
        "met for an hour. The vote was postponed. Donors gave money. Later, the Lakeside "
        "Party Chair Tom Ruiz spoke."
    )
    assert got["appoint"] == "The chair to appoint the nominee", got


def test_the_place_a_paragraph_opens_on_places_the_next_sentences_act() -> None:
    got = titles(
        "In Dalian, a port city of six million, health officials are testing every "
        "resident after three cases were found. They also shut all cinemas on Sunday."
    )
    assert got["testing"] == "Health officials are testing every resident in Dalian", got
    assert got["shut"].endswith("in Dalian"), got


def test_a_frame_of_the_paragraph_before_places_nothing() -> None:
    got = titles(
        "In Dalian, health officials are testing every resident.\n"
        "Schools were shut for a week."
    )
    assert " in Dalian" not in got["shut"], got


def test_a_sentence_naming_its_own_place_takes_no_frame_from_before() -> None:
    got = titles(
        "In Dalian, health officials are testing every resident. Travellers arriving "
        "from Harbin were sent home."
    )
    assert "Dalian" not in got["sent"], got


def test_a_name_that_ends_in_the_word_is_no_owner_of_it() -> None:
    # "the accord" the parties voted against is the pact, not "Government of National Accord"
    got = titles(
        "Ankara signed a military pact with Libya's Government of National Accord in "
        "November. Opposition parties said the accord would drag the army into a war."
    )
    assert got["war"] == "The accord would drag the army into a war", got


def test_a_dated_nameless_title_takes_its_own_place_phrase_too() -> None:
    # "since March" places no happening; the border it hangs on does
    got = titles(
        "Thousands of families have been displaced since March near Sudan’s western "
        "border, causing what aid groups call a growing crisis."
    )
    assert got["displaced"].endswith("since March near Sudan’s western border"), got


def test_a_partys_word_is_no_owner_of_a_generic_nominee() -> None:
    # the Democratic nominee is named; the one the chair picks is the other party's
    got = titles(
        "Lawyer Dana Holt will be the Democratic nominee for county judge. On the other "
        "side, the nominee will be appointed by the executive committee."
    )
    assert got["appointed"].startswith("The nominee to be appointed"), got


def test_a_word_inside_a_longer_name_is_no_owner_of_it() -> None:
    got = titles(
        "The board comprises Westfield Technology Investment and two banks. The technology "
        "plan obtained inputs from various groups."
    )
    assert got["obtained"].startswith("The technology plan obtained"), got


def test_an_owner_of_the_singular_word_is_not_taken_for_the_plural() -> None:
    # "The Farm Bureau protest" is one rally; "the protests" are many, not all its own
    got = titles(
        "A Farm Bureau protest drew hundreds to the capitol last week. Officials said "
        "the protests have been organized by supporters of the governor."
    )
    assert got["organized"].startswith("The protests have been organized"), got


def test_a_date_of_another_things_phrase_dates_no_title() -> None:
    # the laws came after the attacks; the attacks' date is not the laws'
    got = titles(
        "The detainees are held under the emergency laws introduced after the bombings "
        "on 7 July 2005."
    )
    assert "2005" not in got.get("introduced", ""), got


def test_an_owner_goes_before_the_words_of_the_phrase_or_not_at_all() -> None:
    got = titles(
        "The Pensioners' protests drew thousands in March. Anger spilled over into mass "
        "protests in the capital."
    )
    assert "Mass Pensioners" not in got["protests"], got


def test_a_name_ending_on_the_plural_word_is_no_owner_of_it() -> None:
    got = titles(
        "Infections rose across the United States on Monday. Hiring picked up in April as "
        "many states and localities eased restrictions — and has gone on since."
    )
    # the country may place the easing ("… in the United States"), never own the states
    assert got["eased"].startswith("Many states and localities eased"), got


def test_a_headings_capitals_are_no_owner_of_the_word() -> None:
    got = titles(
        "Mayor Says Curfew Restrictions Will Stay\n"
        "The mayor said on Monday that the restrictions imposed over the virus would stay."
    )
    assert "Curfew" not in got.get("imposed", ""), got


def test_a_run_of_names_cut_at_and_is_no_owner() -> None:
    got = titles(
        "A special Fox and Hound Advisory Committee has studied the market for months. The "
        "exchange said the committee will also make suggestions about the trading pit."
    )
    assert "Hound Advisory" not in got.get("make", ""), got


def test_the_compounds_of_the_phrase_are_said_once() -> None:
    got = titles(
        "Sales rose by a tenth on Tuesday. Growth came from considerable expansion in the "
        "household products business. U.S. Household products business had turned in a loss."
    )
    assert "household Harlan" not in str(got) and "household U" not in str(got), got


def test_an_owner_of_a_classifying_word_is_no_owner_of_the_phrase() -> None:
    # a Berlin wine merchant has nothing to do with the valley's wine revolution
    got = titles(
        "A Berlin wine merchant first told me about the grape. The valley's growers were "
        "pivotal when the wine revolution took hold. The wine revolution brought a shift "
        "to red grapes."
    )
    assert "Berlin" not in got.get("brought", ""), got


def test_a_country_named_just_before_keeps_another_countrys_owner_out() -> None:
    # the government that cancelled is Peru's, named just before, not the Chilean one
    got = titles(
        "The Chilean government rejected the rise in tariffs.\n\n"
        "Recently the firm lost a water concession in Peru after mass protests. This forced "
        "the government to cancel the contract."
    )
    assert "Chilean" not in got["forced"], got


def test_a_presidential_election_is_the_country_its_sentence_names() -> None:
    # a caption: the poll is Ghana's, the one country the sentence names
    got = titles(
        "Ghanaian President Kwame Boateng speaks during a televised policy debate in Accra "
        "on December 29 in the run-up to the presidential election."
    )
    assert got.get("election") == "Ghana's presidential election", got
    # two countries: which one's poll it is would be a guess
    got = titles(
        "Ghanaian President Kwame Boateng speaks during a televised policy debate with "
        "Nigerian President Bola Adeyemi in Accra in the run-up to the presidential election."
    )
    assert got.get("election") == "Presidential election", got


def test_a_bare_noun_title_takes_the_participle_phrase_that_says_which() -> None:
    # "Annual festival" names any festival; the text says which one it is
    got = titles(
        "The five-year project, co-funded by the city and two charities, will involve "
        'exhibitions across the region, as well as an annual festival dedicated to "migrant '
        'voices" and an online archive.'
    )
    assert got.get("festival") == 'Annual festival dedicated to "migrant voices"', got
