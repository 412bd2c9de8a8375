"""A build with an output folder keeps its actors' mention spans and their forms on
disk from the end of linking to the end of its export (:class:`kg.state.ActorSpans`,
issue 22): at 5k simulated articles they were 33 MB of the linked graph, the largest
part held per article, though after linking only graph.ttl, actors.jsonl and the view
read them. What the main process holds is each actor's count of spans; the outputs
are the bytes a build held in memory writes. The documents' clean texts, which no
output reads, wait on disk to the end of the export too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg import pipeline
from kg import state as kg_state
from kg.config import Settings
from kg.model import DESCRIPTION, PERSON, PRONOUN, Actor, Evidence


def _actors() -> list[Actor]:
    said = [
        Evidence("ferry-1", 12, 27, "Ingrid Solheim"),
        Evidence("ferry-1", 140, 143, "She"),
        Evidence("ferry-2", 5, 41, "the ferry company’s chief executive"),
        Evidence("ferry-2", 90, 104, "Ingrid Solheim"),
    ]
    solheim = Actor("ingrid-solheim", "Ingrid Solheim", PERSON, mentions=list(said))
    solheim.forms = {said[1]: PRONOUN, said[2]: DESCRIPTION}
    council = Actor("tromvik-council", "Tromvik council", "organisation")
    council.mentions = [Evidence("ferry-2", 200, 215, "Tromvik council")]
    nobody = Actor("no-one", "No One", PERSON)  # no span: left as it is
    return [solheim, council, nobody]


def test_actor_spans_on_disk_read_back_as_the_lists_they_were():
    held, parked = _actors(), _actors()
    spans = kg_state.ActorSpans(parked)
    try:
        solheim, council, nobody = parked
        assert isinstance(solheim.mentions, kg_state.Mentions)
        assert isinstance(solheim.forms, kg_state.Forms)
        assert council.forms is kg_state.NO_FORMS and council.forms == {}  # none to park
        assert nobody.mentions == [] and isinstance(nobody.mentions, list)
        for a, b in zip(held, parked, strict=True):
            assert len(b.mentions) == len(a.mentions) and b.mentions == a.mentions
            assert list(b.mentions) == a.mentions and dict(b.forms) == a.forms
        assert solheim.mentions[2].text == "the ferry company’s chief executive"
        assert solheim.mentions[-1] == held[0].mentions[-1]
        assert solheim.mentions[1:3] == held[0].mentions[1:3]
        with pytest.raises(IndexError):
            solheim.mentions[4]
        she = held[0].mentions[1]
        assert she in solheim.forms and solheim.forms[she] == PRONOUN
        assert held[0].mentions[0] not in solheim.forms and len(solheim.forms) == 2
        assert solheim.forms.get(held[0].mentions[0], "name") == "name"
    finally:
        spans.close()


def test_a_country_of_many_forms_is_read_once_for_its_spans_and_forms(monkeypatch):
    # a country named by its demonym in hundreds of reports: the export reads its
    # spans, then its forms (``dict`` looks each up): one read of its record, not one
    # a form (which made the export of 5k simulated articles three times slower)
    spans = [Evidence(f"wire-{n}", 40, 48, "Norwegian") for n in range(300)]
    norway = Actor("norway", "Norway", "country", mentions=list(spans))
    norway.forms = {e: "demonym" for e in spans[::2]}
    parked = kg_state.ActorSpans([norway])
    reads = []
    pread = kg_state.os.pread
    monkeypatch.setattr(kg_state.os, "pread", lambda *a: reads.append(a) or pread(*a))
    try:
        assert list(norway.mentions) == spans and len(dict(norway.forms)) == 150
        assert all(norway.forms[e] == "demonym" for e in spans[::2])
        assert len(reads) == 1
    finally:
        parked.close()


@pytest.fixture(scope="module")
def ferries(tmp_path_factory) -> Path:
    """Three short reports of our own on a ferry dispute: a chief executive named, then
    'she' and 'the chief executive' (mentions that are no names, so have forms)."""
    src = tmp_path_factory.mktemp("ferries")
    reports = [
        ("ferry-0402", "2026-04-02", "Tromvik ferries cut to two a day",
         "Nordfjord Ferries will cut its Tromvik crossings to two a day from Monday, "
         "chief executive Ingrid Solheim said on Thursday. She blamed the rising price "
         "of fuel and said the company had lost money on the route for three years. "
         "Tromvik council said it would ask the county to step in."),
        ("ferry-0403", "2026-04-03", "Tromvik council calls cut a betrayal",
         "The mayor of Tromvik, Arne Dahl, called the ferry cut a betrayal of the island "
         "on Friday. Dahl said he had written to Ingrid Solheim, the chief executive of "
         "Nordfjord Ferries, asking her to keep the morning crossing. The company's chief "
         "executive has not replied, he said."),
        ("ferry-0407", "2026-04-07", "County offers Tromvik ferry subsidy",
         "The county offered Nordfjord Ferries a subsidy on Tuesday to keep four daily "
         "crossings to Tromvik. Ingrid Solheim said the company would study the offer. "
         "Arne Dahl welcomed it and said the island could not live on two boats a day."),
    ]  # fmt: skip
    (src / "ferries.jsonl").write_text(
        "".join(
            json.dumps({"id": i, "published": d, "title": t, "text": x}) + "\n"
            for i, d, t, x in reports
        ),
        encoding="utf-8",
    )
    return src


OPTIONS = {"formats": ("turtle", "trig", "nt", "jsonld", "jsonl", "csv"), "progress": False}


def test_no_actor_holds_its_spans_in_the_export_and_the_outputs_match(
    ferries, tmp_path, monkeypatch
):
    seen: dict[str, object] = {}
    write = pipeline.write

    def held(result, *args, **kwargs):  # the graph is linked, conflicts weighed
        seen["kinds"] = {type(a.mentions) for a in result.actors.values()}
        seen["forms"] = sum(isinstance(a.forms, kg_state.Forms) for a in result.actors.values())
        return write(result, *args, **kwargs)

    with monkeypatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1700000000")  # void.ttl's times
        mp.setattr(pipeline, "write", held)
        kg.build([ferries], tmp_path / "disk", **OPTIONS)
    assert seen["kinds"] == {kg_state.Mentions}  # no actor's spans held as a list
    assert seen["forms"] >= 1  # "she", "the chief executive": forms on disk too
    with monkeypatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1700000000")
        memory = kg.build([ferries], **OPTIONS)
        assert all(type(a.mentions) is list for a in memory.actors.values())
        assert any(a.forms for a in memory.actors.values())
        pipeline.write(memory, tmp_path / "memory", Settings(**OPTIONS))
    written = sorted(p for p in (tmp_path / "memory").iterdir() if p.is_file())
    assert {"graph.ttl", "actors.jsonl", "actors.csv", "graph.html"} <= {p.name for p in written}
    for path in written:
        assert (tmp_path / "disk" / path.name).read_bytes() == path.read_bytes(), path.name


def test_the_clean_texts_wait_on_disk_through_the_export_and_come_back(
    ferries, tmp_path, monkeypatch
):
    seen: dict[str, object] = {}
    write = pipeline._write

    def held(result, *args, **kwargs):  # what the export is handed
        seen["texts"] = [(d.text, d.source_text) for d in result.documents]
        return write(result, *args, **kwargs)

    with monkeypatch.context() as mp:
        mp.setattr(pipeline, "_write", held)
        disk = kg.build([ferries], tmp_path / "disk", **OPTIONS)
    memory = kg.build([ferries], **OPTIONS)
    # the export quotes the source texts, and has them; the clean ones wait
    given = [d.source_text for d in memory.documents]
    assert seen["texts"] == [("", s) for s in given] and all(given)
    # once written, the build's documents are whole again, as a build in memory's
    assert [(d.id, d.text, d.source_text) for d in disk.documents] == [
        (d.id, d.text, d.source_text) for d in memory.documents
    ]
    assert all(d.text.startswith(("Nordfjord", "The ")) for d in disk.documents)
    assert disk.give_back is None and memory.give_back is None


def test_forms_kept_in_one_table_give_each_actor_the_dict_resolve_made():
    # as resolve adds them article by article: Solheim's and the council's interleaved,
    # one span told twice (its first place kept, its last form)
    held = _actors()
    solheim = held[0]
    she, chief = solheim.mentions[1], solheim.mentions[2]
    them = Evidence("ferry-2", 220, 224, "they")
    kept = kg_state.KeptForms()
    kept.add("ingrid-solheim", chief, PRONOUN)
    kept.add("tromvik-council", them, PRONOUN)
    kept.add("ingrid-solheim", she, PRONOUN)
    kept.add("ingrid-solheim", chief, DESCRIPTION)
    made = {chief: PRONOUN}
    made[she] = PRONOUN
    made[chief] = DESCRIPTION
    assert kept.of("ingrid-solheim") == made
    assert list(kept.of("ingrid-solheim")) == [chief, she]
    assert kept.of("tromvik-council") == {them: PRONOUN} and kept.of("no-one") == {}
    # parked from the table, the same spans and forms as parked from the actors' dicts
    parked = _actors()
    for a in parked:
        a.forms = kg_state.NO_FORMS  # as resolve leaves them when it keeps the table
    kept = kg_state.KeptForms()
    for e, form in held[0].forms.items():
        kept.add("ingrid-solheim", e, form)
    spans, from_dicts = kg_state.ActorSpans(parked, kept), kg_state.ActorSpans(held)
    try:
        for a, b in zip(held, parked, strict=True):
            assert list(b.mentions) == list(a.mentions) and dict(b.forms) == dict(a.forms)
        assert parked[0].forms[she] == PRONOUN and len(parked[0].forms) == 2
        assert kept.of("ingrid-solheim") == {}  # let go once parked
    finally:
        spans.close()
        from_dicts.close()


def test_no_actor_holds_a_dict_of_forms_while_linking(ferries, tmp_path, monkeypatch):
    """Only the export reads an actor's forms: a build with an output folder keeps them
    in one table from resolve on, not in a dict on each actor (one even when empty),
    and writes the same bytes (the test above)."""
    seen: dict[str, int] = {}
    link = pipeline.link

    def linking(events, actors, *args, **kwargs):
        seen["dicts"] = sum(type(a.forms) is dict for a in actors.values())
        seen["actors"] = len(actors)
        return link(events, actors, *args, **kwargs)

    monkeypatch.setattr(pipeline, "link", linking)
    kg.build([ferries], tmp_path / "disk", **OPTIONS)
    assert seen["actors"] >= 4 and seen["dicts"] == 0
    memory = kg.build([ferries], **OPTIONS)  # a build in memory keeps them on the actors
    assert seen["dicts"] == len(memory.actors)
    assert any(a.forms for a in memory.actors.values())


def test_spans_kept_in_columns_read_back_sorted_as_each_actor_list_was():
    """Resolve adds each article's spans as it reads the article (articles in natural
    order, "wire-9" before "wire-10"; actors interleaved; one span told twice): the
    table gives each actor its spans sorted as ``actor.mentions.sort()`` sorted the
    list, and one document's without walking the rest."""
    told = [
        ("norway", Evidence("wire-9", 40, 48, "Norwegian")),
        ("ingrid-solheim", Evidence("wire-9", 12, 27, "Ingrid Solheim")),
        ("norway", Evidence("wire-9", 3, 9, "Norway")),
        ("ingrid-solheim", Evidence("wire-10", 140, 143, "She")),
        ("ingrid-solheim", Evidence("wire-10", 5, 19, "Ingrid Solheim")),
        ("norway", Evidence("wire-10", 300, 306, "Norway")),
        ("ingrid-solheim", Evidence("wire-10", 5, 19, "Ingrid Solheim")),
        ("norway", Evidence("wire-11", 0, 6, "NORWAY")),
    ]
    lists = {a: Actor(a, a, PERSON) for a in ("norway", "ingrid-solheim", "no-one")}
    tabled = {a: Actor(a, a, PERSON) for a in lists}
    table = kg_state.SpanTable()
    kept = kg_state.KeptForms(table)  # a form's span by its row in the table
    for aid, span in told:
        lists[aid].mentions.append(span)
        row = table.add(aid, span)
        if span.text in ("She", "Norwegian"):
            lists[aid].forms[span] = PRONOUN if span.text == "She" else "demonym"
            kept.add(aid, row, lists[aid].forms[span])
    table.settle(tabled)
    assert kept.of("ingrid-solheim") == lists["ingrid-solheim"].forms
    assert kept.of("norway") == {Evidence("wire-9", 40, 48, "Norwegian"): "demonym"}
    for aid, actor in lists.items():
        actor.mentions.sort()
        spans = tabled[aid].mentions
        assert list(spans) == actor.mentions and len(spans) == len(actor.mentions)
        assert spans == actor.mentions and spans[-1:] == actor.mentions[-1:]
        for doc in ("wire-9", "wire-10", "wire-11", "wire-12"):
            if isinstance(spans, kg_state.Spans):
                assert spans.in_doc(doc) == [e for e in actor.mentions if e.doc_id == doc]
    assert tabled["no-one"].mentions == [] and isinstance(tabled["no-one"].mentions, list)
    assert [e.start for e in tabled["norway"].mentions.in_doc("wire-9")] == [3, 40]


def test_no_actor_holds_a_list_of_spans_while_linking_and_the_stories_match(
    ferries, tmp_path, monkeypatch
):
    """From resolve to the end of linking a build with an output folder keeps its
    actors' spans in one table of columns (:class:`kg.state.SpanTable`), not a list of
    objects on each actor; the stories made of them, and each document's spans of an
    actor, are those of a build held in memory."""
    seen: list[dict[str, object]] = []
    stories = pipeline.stories

    def storied(actors, dates):
        made = stories(actors, dates)
        docs = sorted(dates)
        seen.append({
            "lists": sum(type(a.mentions) is list for a in actors.values() if a.mentions),
            "vectors": made.vectors, "places": made.places, "of": made.of,
            "named": {(a.id, d): made.named(a, d) for a in actors.values() for d in docs},
        })  # fmt: skip
        return made

    monkeypatch.setattr(pipeline, "stories", storied)
    kg.build([ferries], tmp_path / "disk", **OPTIONS)
    kg.build([ferries], **OPTIONS)
    disk, memory = seen
    assert disk["lists"] == 0 and memory["lists"] >= 4
    assert any(disk["named"].values())
    for key in ("vectors", "places", "of", "named"):
        assert disk[key] == memory[key], key
