"""Languages: each article's language is decided, parsed with its language's model, or
reported and skipped when there is none; and the undated-articles warning names files.

The articles are ours: two English wire-style reports, a German and a Russian one, and
an English-language site template that declares ``lang="en"`` over a German article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from kg import cli
from kg.config import model_entry, model_mapping, models_from_env
from kg.ingest.language import decide, detect, primary
from kg.nlp import DEFAULT_MODEL, models
from kg.pipeline import build

PORT = """Port workers strike over pay in Rotterdam

Thousands of dock workers walked off the job in Rotterdam on Tuesday, halting container
traffic at Europe's largest port. The union said the strike would continue until the
port operator improved its pay offer, while the company called the action irresponsible.
"""
FLOOD = """River bursts its banks after three days of rain

Emergency crews evacuated about 400 residents from low-lying streets in Carlisle on
Sunday after the River Eden burst its banks. The county council said the water had
reached the town centre by midday and warned that more rain was expected overnight.
"""
GERMAN = """Bundesregierung beschließt neues Heizungsgesetz

Die Bundesregierung hat am Mittwoch in Berlin nach monatelangem Streit ein neues
Heizungsgesetz beschlossen. Wirtschaftsminister Robert Habeck sprach von einem wichtigen
Schritt für den Klimaschutz, die Opposition kritisierte die hohen Kosten für Mieter und
Eigentümer. Der Bundestag soll im Herbst über den Entwurf abstimmen.
"""
GERMAN_2 = """Streik legt Nahverkehr in München lahm

Ein ganztägiger Warnstreik der Gewerkschaft Verdi hat am Freitag Busse und Straßenbahnen
in München stillstehen lassen. Pendler mussten auf das Auto oder das Fahrrad umsteigen,
die Verkehrsbetriebe sprachen von erheblichen Einschränkungen bis in die Abendstunden.
"""
RUSSIAN = """В Москве прошли переговоры о поставках зерна

Министр иностранных дел России Сергей Лавров в среду провёл в Москве переговоры со своим
турецким коллегой. Стороны обсудили возобновление поставок зерна через Чёрное море, однако
договорённости пока не достигнуты. Следующая встреча запланирована на конец месяца.
"""
# a site whose template declares English on every page, over a German article
TEMPLATE_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Streik legt Nahverkehr lahm | Stadtanzeiger</title>
<meta property="article:published_time" content="2026-03-06T09:30:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/politik">Politik</a></nav>
<article><h1>Streik legt Nahverkehr in München lahm</h1>
{"".join(f"<p>{p}</p>" for p in GERMAN_2.split(chr(10) * 2)[1:])}
</article><footer>© Stadtanzeiger</footer></body></html>
"""


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# ------------------------------------------------------------------ the decision


def test_primary_subtag_of_declared_tags():
    assert primary("en-US") == "en"
    assert primary("EN_gb") == "en"
    assert primary(" de-DE ") == "de"
    assert primary("iw") == "he"  # the retired code for Hebrew pages still declare
    assert primary("nb-NO") == "no"  # one key for Norwegian, as the detector labels it
    assert primary("x-klingon") is None and primary("") is None and primary(None) is None


def test_text_overrules_a_template_declaration_when_the_detector_is_sure():
    assert decide("en", GERMAN) == "de"
    assert decide("en-US", RUSSIAN) == "ru"
    assert decide("de", PORT) == "en"  # and the other way round
    assert decide(None, GERMAN_2) == "de"
    assert decide("en", FLOOD) == "en"


def test_short_text_keeps_its_declaration_or_stays_unknown():
    # a headline-only article: too short to ask the detector (which misreads a quarter
    # of 20-character snippets), so the page's word counts, or nothing is known
    headline = "Storm hits coast"
    assert detect(headline) is None
    assert decide("fr", headline) == "fr"
    assert decide(None, headline) is None
    # long enough, and sure: a German sentence of 60 characters is German
    assert decide(None, "Die Polizei hat am Montag zwei Männer in Hamburg festgenommen.") == "de"


# ------------------------------------------------------------------ the build


def test_german_and_russian_articles_are_reported_and_skipped_english_built(tmp_path, capsys):
    src = _write(
        tmp_path / "mixed",
        {
            "berlin.txt": GERMAN,
            "carlisle.txt": FLOOD,
            "moskva.txt": RUSSIAN,
            "muenchen.html": TEMPLATE_PAGE,
            "rotterdam.txt": PORT,
        },
    )
    out = tmp_path / "out"
    code = cli.main(["build", str(src), "-o", str(out), "--published", "2026-03-06"])
    err = capsys.readouterr()
    assert code == cli.EXIT_OK  # a skipped language is a warning, not an input failure
    lines = (out / "actors.jsonl").read_text(encoding="utf-8").splitlines()
    documents = {d for line in lines for d in json.loads(line)["documents"]}
    assert documents == {"carlisle", "rotterdam"}
    assert "Rotterdam" in {json.loads(line)["name"] for line in lines}
    warning = [w for w in err.err.splitlines() if "languages with no model" in w]
    assert len(warning) == 1, err.err
    # the declared-English page counts as German: its text says so
    assert f"de (2: {src / 'berlin.txt'}, {src / 'muenchen.html'})" in warning[0]
    assert f"ru (1: {src / 'moskva.txt'})" in warning[0]
    assert "--model de=<spaCy pipeline for it, e.g. de_core_news_sm>" in warning[0]
    assert "kg: warning: skipped 3 articles" in warning[0]
    assert "2 documents," in err.out and "3 skipped (no model for their language)" in err.out


def test_only_articles_without_a_model_is_an_error_naming_them(tmp_path, capsys):
    src = _write(tmp_path / "de", {"berlin.txt": GERMAN})
    code = cli.main(["build", str(src), "-o", str(tmp_path / "out"), "-q"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILED
    assert "skipped 1 article in languages with no model: de (1:" in err
    assert not (tmp_path / "out" / "graph.ttl").exists()


# ------------------------------------------------------------------ per-language models


def test_model_flags_parse_into_a_mapping():
    args = cli.parser().parse_args(
        [
            "build",
            "in",
            "--model",
            "de=de_core_news_sm",
            "--model",
            "en_core_web_lg",
            "--model",
            "RU=ru_core_news_sm",
        ]
    )
    assert args.model == {"de": "de_core_news_sm", "en": "en_core_web_lg", "ru": "ru_core_news_sm"}
    assert cli.parser().parse_args(["build", "in", "--model", "/m/x=y"]).model == {
        "en": "/m/x=y"
    }  # a path holding "=" is a path, not a language
    with pytest.raises(SystemExit):
        cli.parser().parse_args(["build", "in", "--model", "a", "--model", "en=b"])
    with pytest.raises(SystemExit):
        cli.parser().parse_args(["build", "in", "--model", "de="])
    assert model_entry("fr=fr_core_news_sm") == ("fr", "fr_core_news_sm")


def test_kg_model_takes_the_same_words_and_the_flags_win(monkeypatch):
    assert models_from_env("de=de_core_news_sm, en_core_web_lg") == {
        "de": "de_core_news_sm",
        "en": "en_core_web_lg",
    }
    with pytest.raises(ValueError, match="two models for 'de'"):
        model_mapping(["de=a", "de=b"])
    monkeypatch.delenv("KG_MODEL", raising=False)
    assert models() == {"en": DEFAULT_MODEL}
    monkeypatch.setenv("KG_MODEL", "de=de_core_news_sm ru=ru_core_news_sm")
    assert models({"ru": "mine"}) == {"de": "de_core_news_sm", "en": DEFAULT_MODEL, "ru": "mine"}
    assert models("en_core_web_lg")["en"] == "en_core_web_lg"


@pytest.fixture(scope="module")
def german_pipeline(tmp_path_factory) -> str:
    """A German pipeline kg can load by path: spaCy's German tokenizer and a
    sentencizer, no tagger or entity recogniser (no German model is on PyPI)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    path = tmp_path_factory.mktemp("models") / "de_blank"
    nlp.to_disk(path)
    return str(path)


def test_each_article_is_parsed_with_its_languages_model(tmp_path, german_pipeline):
    src = _write(
        tmp_path / "mixed",
        {"berlin.txt": GERMAN, "rotterdam.txt": PORT, "carlisle.txt": FLOOD, "moskva.txt": RUSSIAN},
    )
    one = build([src], tmp_path / "one", model={"de": german_pipeline}, published=None)
    assert sorted(d.id for d in one.documents) == ["berlin", "carlisle", "rotterdam"]
    assert {d.id: d.language for d in one.documents}["berlin"] == "de"
    assert one.skipped == {"ru": [str(src / "moskva.txt")]}
    # the German pipeline read it: no entity recogniser, so no actor from Berlin, where
    # the English model finds "Wirtschaftsminister Robert Habeck" and "Der Bundestag"
    berlin = {a.name for a in one.actors.values() if any(m.doc_id == "berlin" for m in a.mentions)}
    assert berlin == set()
    assert one.errors == []
    assert one.model.startswith("de=") and ", en=" in one.model
    # the German article's headline is tagged @de in the graph, English prose stays @en
    graph = (tmp_path / "one" / "graph.ttl").read_text(encoding="utf-8")
    headline = GERMAN.split("\n", 1)[0]
    assert f'"{headline}"@de' in graph and f'"{headline}"@en' not in graph
    assert f'"{PORT.split(chr(10), 1)[0]}"@en' in graph
    # chunks are grouped by model; two processes give the same bytes
    build([src], tmp_path / "two", model={"de": german_pipeline}, jobs=2)
    for name in ("graph.ttl", "events.jsonl", "actors.jsonl", "statements.jsonl"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


# ------------------------------------------------------------------ undated articles


UNDATED_STORIES = [
    "Council approves new cycle lanes\n\nThe city council voted 31 to 9 on Monday to build "
    "twelve kilometres of protected cycle lanes along the ring road by next spring.",
    "Hospital opens night clinic\n\nSt Mary's Hospital opened a walk-in clinic for minor "
    "injuries that stays open until 2 a.m., the health board said in a statement.",
    "Bakery chain recalls sandwiches\n\nA national bakery chain recalled three kinds of "
    "sandwich after traces of sesame were found in products labelled free of it.",
    "Ferry service suspended in gales\n\nAll crossings between the mainland and the "
    "islands were cancelled as winds of up to 90 miles an hour battered the coast.",
    "Museum returns bronze to Nigeria\n\nThe museum handed back a bronze plaque taken "
    "from Benin City in 1897, in a ceremony attended by the Nigerian ambassador.",
    "Teachers accept revised pay deal\n\nMembers of the largest teaching union accepted "
    "a 5.5 per cent rise in a ballot, ending a dispute that had closed schools twice.",
]


def test_undated_warning_names_the_articles_and_the_fix(tmp_path, capsys):
    stories = {f"story-{i}.txt": text for i, text in enumerate(UNDATED_STORIES, 1)}
    stories["agency.jsonl"] = "\n".join(
        json.dumps({"id": f"agency-{i}", "text": text, **extra})
        for i, (text, extra) in enumerate([(FLOOD, {"published": "2026-03-01"}), (PORT, {})], 1)
    )
    src = _write(tmp_path / "undated", stories)
    result = build([src], published=None)
    undated = [w for w in result.warnings if "no publication date" in w]
    assert len(undated) == 1
    text = undated[0]
    assert text.startswith("7 of 8 articles have no publication date (")
    # five named in id order, as the user finds them (a record by its id in its
    # file), then how many more
    named = [f"agency-2 in {src / 'agency.jsonl'}"] + [
        str(src / f"story-{i}.txt") for i in range(1, 5)
    ]
    assert f"({', '.join(named)}, 2 more)" in text
    assert "--published YYYY-MM-DD" in text and "a date in their metadata" in text
    code = cli.main(["build", str(src), "-o", str(tmp_path / "out"), "-q"])
    assert code == cli.EXIT_OK
    assert capsys.readouterr().err.count("no publication date") == 1


def test_no_linguistic_content_is_no_language():
    """Digits and symbols read as 'zxx' (no linguistic content) by the detector once
    asked for a zxx model and left the article unbuilt; such a text is of unknown
    language, as are pages that declare 'und' or 'mul'."""
    symbols = "000000000000000000t0ᖇ𝖂𝖃𝖄𝖅𝖈𝖋𝖑𐀀0000000\x9a𝖚𝖜𐀀"
    assert decide(None, symbols) is None
    assert decide("und", "") is None and primary("mul-Latn") is None
    assert decide("en", symbols) == "en"
