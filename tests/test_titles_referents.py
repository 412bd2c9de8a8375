"""Titles that say who and which (issue 19, item 5): a title whose subject or object is
a definite description ("the disease", "the bill", "the city") or a bare role noun
("users", "residents") is told by the name the article gave it a sentence or two
before ("Covid-19", "the Clean Water Act", "Facebook users", "Berlin residents"): a
card is read without its article. The judges' largest class of bad titles on real
pages (seeds 23-25: 21-26 of 80 rows) named no one a reader could tell. Never a name
two candidates dispute, nor one of another paragraph."""

from __future__ import annotations

from test_titles_context import titles


def test_the_disease_is_the_one_the_sentence_before_names() -> None:
    got = titles(
        "The health ministry in Ramallah reported 40 new cases of Covid-19 on Tuesday. "
        "At least 30 people died from the disease on Monday."
    )
    # (a running toll, "have died from the disease since March", is no event at all)
    assert got["died"].startswith("At least 30 people died from Covid-19"), got


def test_the_bill_is_the_act_the_article_named() -> None:
    got = titles(
        "Lawmakers in Canberra debated the Clean Water Act for a week. The bill was "
        "passed by the Senate on Friday."
    )
    assert got["passed"] == "The Clean Water Act was passed by the Senate", got


def test_two_acts_leave_the_bill_unnamed() -> None:
    got = titles(
        "Lawmakers in Canberra debated the Clean Water Act and the Fair Wages Act for a "
        "week. The bill was passed by the Senate on Friday."
    )
    assert got["passed"] == "The bill was passed by the Senate", got


def test_users_take_the_service_their_own_phrase_names() -> None:
    got = titles(
        "A global outage hit the social network for three hours on Friday. Users "
        "attempting to reach Facebook encountered blank screens and error messages."
    )
    assert got["encountered"].startswith("Facebook users encountered blank screens"), got


def test_residents_take_the_city_the_sentence_before_names() -> None:
    got = titles(
        "Berlin decided in 2018 to rename three streets named after colonial officers. "
        "Some 500 local residents filed complaints against the new names."
    )
    assert got["filed"].startswith("Some 500 local Berlin residents filed complaints"), got


def test_a_city_of_another_paragraph_owns_no_residents() -> None:
    got = titles(
        "Berlin decided in 2018 to rename three streets named after colonial officers.\n"
        "Some 500 local residents filed complaints against the new names."
    )
    assert got["filed"].startswith("Some 500 local residents filed complaints"), got


def test_a_company_and_a_state_leave_workers_unowned() -> None:
    got = titles(
        "Amazon opened a warehouse in Ohio last year. Workers walked out on Tuesday over pay."
    )
    assert got["walked"].startswith("Workers walked out"), got


def test_the_group_is_the_body_the_article_calls_a_group() -> None:
    got = titles(
        "Harbor Watch, a small conservation group, sued the Tacoma Port Authority in "
        "March. On Friday a judge fined the group $5,000 for missing a deadline."
    )
    assert got["fined"].startswith("A judge fined Harbor Watch $5,000"), got


def test_a_body_never_called_a_group_is_not_the_group() -> None:
    # two bodies, neither called a group: a reader could not tell which one was fined
    got = titles(
        "Harbor Watch sued the Tacoma Port Authority in March. On Friday a judge fined "
        "the group $5,000 for missing a deadline."
    )
    assert got["fined"].startswith("A judge fined the group $5,000"), got


def test_a_body_named_nearer_keeps_the_article_s_main_group_out() -> None:
    # the group the article names most is not the one a reader takes for "the group"
    # when another body was just named (a real page: ReOpenNC, not FreedomWorks)
    got = titles(
        "Harbor Watch, a conservation group, sued the port in March. Harbor Watch says "
        "the port dumps sludge. Harbor Watch has 300 members.\nLawyers for the Bay "
        "Voices Coalition spoke on Monday. On Friday a judge fined the group $5,000."
    )
    assert got["fined"].startswith("A judge fined the group $5,000"), got


def test_workers_an_adjective_owns_take_no_body_of_the_sentence() -> None:
    # "federal workers" are the government's; a legislature owns no workers either
    got = titles(
        "Two senators said Congress has several ways to block the return of federal "
        "workers to the office, including a new spending bill."
    )
    assert got["return"].startswith("Return of federal workers"), got


def test_the_book_rejected_is_the_memoir_named_before_without_its_quotes() -> None:
    got = titles(
        "The author finished her memoir, “Salt and Stone”, in 2019. Four publishers "
        "rejected the book last year."
    )
    assert got["rejected"] == "Four publishers rejected Salt and Stone", got


def test_users_the_title_names_owners_for_take_no_owner_of_another_sentence() -> None:
    # the bare "users" of the third sentence may be Downdetector's, but the title's
    # "users" is the first sentence's, owned by the services listed before it
    got = titles(
        "A broad Google outage hit Gmail, Drive and Docs users worldwide on Monday.\n"
        "The size of the outage showed on Downdetector. Thousands of users reported "
        "problems during the outage."
    )
    assert "Docs users" in got["hit"] and "Downdetector" not in got["hit"], got
