"""Actor errors left on a BBC build after the sixth session (follow-up), each on a
story we write.

Names the small model runs together in a list are each their own place; a club or a
bank an employee moved from and to is no town; a drug the text calls a drug is no
company.
"""

from __future__ import annotations

from test_actors_read_bbc2 import _kinds

from kg.model import ORGANISATION, PLACE

RIOTS = (
    "The unrest began in Brixton on a Friday night. Over the next three days the "
    "disturbances spread to the Midlands, Merseyside, Bristol and Leeds, and nearly 400 "
    "people were hurt. Police chiefs said the violence had caught them unprepared.\n"
)


def test_names_run_together_in_a_list_of_places_are_places() -> None:
    """ "spread to the Midlands, Merseyside, Bristol and Leeds": the small model reads
    "the Midlands, Merseyside" as one organisation; cut at the comma, each is a place
    listed with places."""
    kinds = _kinds(RIOTS)
    assert "Midlands, Merseyside" not in kinds
    assert kinds.get("Midlands") == PLACE
    assert kinds.get("Merseyside") == PLACE


TRANSFER = (
    "Ms Harper moved from Barclays to HSBC in 2002 and now runs its Asian arm. The "
    "bank said she would stay in Hong Kong.\n"
)


def test_banks_an_employee_moved_between_are_organisations() -> None:
    """ "moved from Barclays to HSBC": the small model runs "Barclays to" into one name,
    and "to HSBC" after "moved" read as travel made the bank a town; cut at "to", and a
    move from an organisation is a change of employer, so both stay banks."""
    kinds = _kinds(TRANSFER)
    assert kinds.get("Barclays") == ORGANISATION
    assert kinds.get("HSBC") == ORGANISATION
    assert "Barclays to" not in kinds


CLUBS = (
    "The striker moved from Celtic to Arsenal in 2003 and scored twice on his debut. "
    "The family later moved from Leeds to Bristol.\n"
)


def test_clubs_a_player_moved_between_are_organisations_towns_stay_places() -> None:
    """ "moved from Celtic to Arsenal": read as one name "Celtic to Arsenal", then as a
    trip to a town; the clubs are organisations, while a family moving from Leeds to
    Bristol still moves between places."""
    kinds = _kinds(CLUBS)
    assert kinds.get("Celtic") == ORGANISATION
    assert kinds.get("Arsenal") == ORGANISATION
    assert kinds.get("Bristol") == PLACE


DRUG = (
    "Shares in Elan and Biogen Idec fell sharply on Monday after the firms halted sales "
    "of new multiple sclerosis drug Tysabri. Most of the value in the company was in "
    "Tysabri, an analyst in Dublin said.\n"
)


def test_a_drug_the_text_calls_a_drug_is_no_organisation() -> None:
    """ "multiple sclerosis drug Tysabri": the small model reads the brand as a
    company, which would take the maker's "the company"; the text calls it a drug."""
    assert "Tysabri" not in _kinds(DRUG)


DRUG_APPOSED = (
    "Regulators asked about patients taking both Tysabri and Avonex, Biogen Idec's "
    "existing multiple sclerosis drug. Biogen Idec said it would review the cases.\n"
)


def test_a_name_apposed_to_a_drug_is_no_actor() -> None:
    """ "Avonex, Biogen Idec's existing multiple sclerosis drug": the apposition calls
    it a drug (the small model read it as a place)."""
    kinds = _kinds(DRUG_APPOSED)
    assert "Avonex" not in kinds
    assert "Tysabri" in kinds or "Biogen Idec" in kinds  # the rest of the list is read
