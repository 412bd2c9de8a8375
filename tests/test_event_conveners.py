"""Who chairs talks runs them (issue 19, the sample graph): once "chaired the talks"
joined the talks as one event, the verb's reading made the EU envoy who chaired them a
side of the talks, and the EU, their mediator, "mediated the negotiation between Mark
Dunne". The one who chairs is the host; a mediator goes between sides only."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

TEXT = (
    "Norvian and Casteli negotiators held their first direct talks in Oslo on Tuesday, in "
    "a meeting mediated by the United Nations. UN envoy Ana Pereira, who chaired the talks "
    "at the UN mission in Oslo, said the meeting had been constructive."
)


def test_who_chairs_the_talks_hosts_them_and_is_no_side() -> None:
    document = Document(id="doc", text=TEXT, source_text=TEXT, published=date(2025, 3, 14))
    found = extract_document(next(nlp.parse([TEXT])), document).events
    (talks,) = [e for e in found if any(m.text == "chaired" for m in e.mentions)]
    roles = {p.actor: p.role for p in talks.participants}
    assert roles.get("Ana Pereira") == "host", roles
    assert not any(
        p.role == "mediator" and "Ana Pereira" in p.description for p in talks.participants
    ), [(p.actor, p.role, p.description) for p in talks.participants]
