"""A page told in its writer's voice (a blog post, a column, a how-to) keeps only the
events it tells with a named participant, a date or a place (issue 19: the judge found
such pages' events 41 % real against 85 % on news pages).

Every text here is written for the project.
"""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.export.rdf import build_graph
from kg.extract import extract_document
from kg.extract.genre import VOICED, document_genre, page_genre, voice_rates
from kg.model import BuildResult, DocResult, Document
from kg.namespaces import KG

PUBLISHED = date(2025, 3, 14)

# an engineer's blog post: "we" and "you" tell it, no one is quoted
BLOG = (
    "Moving our billing service off the old database\n"
    "I have put off writing this post for a year, but you deserve an honest account. "
    "When we started, I was sure the move would take a month. It took fourteen.\n"
    "The plan looked simple on paper. Rewriting the reporting queries was the part "
    "I feared most, and for good reason: every report touched a table we wanted gone. "
    "You can patch a query for a while, but at some point you have to face the schema.\n"
    "On March 3, 2021, Northwind Cloud migrated the first customer accounts to the new "
    "cluster. Breaking the monthly invoices would have cost us dearly, so we kept both "
    "databases running side by side. Our team might abandon the old schema entirely "
    "next year. If you are planning a similar move, budget twice the time you think "
    "you need, and then some. I would do it again, but I would start with the reports "
    "and leave the easy tables for last. We learned that the hard way, and I hope you "
    "will not have to.\n"
)

# the same happenings told as a report: third person, a source quoted
REPORT = (
    "Northwind moves billing customers to new database\n"
    "Northwind Cloud migrated the first customer accounts of a billing service to a new "
    "cluster on March 3, 2021, the company said on Tuesday. Rewriting the reporting "
    "queries took most of the fourteen months the move lasted, engineers said. "
    "Breaking the monthly invoices was the main risk, according to the company, which "
    "kept both databases running side by side. \"We might abandon the old schema "
    "entirely next year,\" chief engineer Dana Reyes told reporters. She said the team "
    "would start with the reports next time. The company said it had told customers "
    "about the change in advance, and that no invoice had been lost. Analysts said the "
    "move was one of the largest of its kind this year. Reyes said more accounts would "
    "follow in the spring, once the reports had been checked again by the finance team.\n"
)


def run(text: str) -> DocResult:
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    return extract_document(next(nlp.parse([text])), document)


def words_of(result: DocResult) -> set[str]:
    return {m.text.lower() for e in result.events for m in e.mentions}


def test_a_blog_post_is_read_as_told_in_its_writers_voice_and_a_report_is_not():
    assert page_genre(BLOG) == VOICED
    assert page_genre(REPORT) is None
    _, _, voice, _ = voice_rates(REPORT)  # the quoted "We" is the engineer's, not the writer's
    assert voice == 0


def test_a_blog_posts_musings_leave_the_graph_its_dated_named_act_stays():
    found = words_of(run(BLOG))
    assert "migrated" in found  # Northwind Cloud, March 3, 2021
    assert not found & {"move", "leave"}  # "the move would take", "leave the tables"


def test_a_report_keeps_the_same_acts():
    found = words_of(run(REPORT))  # the bar is for pages in a writer's voice only
    assert {"migrated", "running", "lost", "checked"} <= found


def test_a_songs_you_and_a_reopened_quote_are_not_the_writers_voice():
    chart = (
        "The band's single Hold Me While You Can climbed to number one on Sunday, while "
        "the reissue of Call Your Mother Home entered the chart at number three. "
    ) * 4
    assert voice_rates(chart)[1] == 0
    quote = (
        'A council spokeswoman said: "Every decision here is made on your behalf. '
        '"If you want your say, you must register by Friday," she said.'
    )
    assert voice_rates(quote)[1] == 0


# a game diary: the writer plays, the scenes are told in the present
DIARY = (
    "My first night with the new expansion\n"
    "I finally found the time to play the expansion this week, and I want to tell you "
    "how it went, because you will meet the same traps. My character is a healer with "
    "no sword, which makes every fight a puzzle. We start in a burning village. The "
    "raider lunges at the blacksmith and stabs him twice. The blacksmith falls, and I "
    "run for the gate with my pockets full of herbs. You cannot save everyone here, "
    "and the game lets you know it. Later I hide in a barn while the raiders search "
    "the road. On Tuesday, Larkspur Studios released a patch that fixed the crash in "
    "the barn, so my save survived. I will play the second chapter next week, and I "
    "hope the healer gets a spell or two by then. If you have tips, send them my way.\n"
)


def test_a_diarys_scenes_in_the_present_leave_the_graph_its_studios_patch_stays():
    assert page_genre(DIARY) == VOICED
    found = words_of(run(DIARY))
    assert "released" in found or "patch" in found
    assert not found & {"stabs", "lunges", "search", "hide"}


def test_the_graph_says_which_article_is_told_in_its_writers_voice():
    docs = [run(BLOG).doc, run(REPORT).doc]
    for doc, name in zip(docs, ("blog", "wire"), strict=True):
        doc.id = name
    graph = build_graph(BuildResult(docs, {}, [], {}, []))
    genre = {str(s).rsplit("/", 1)[-1]: str(o) for s, o in graph.subject_objects(KG.genre)}
    assert genre == {"blog": VOICED}
    danish = "Vi kører i bil i dag, og i morgen i tog. " * 30  # Danish "i" is "in"
    assert page_genre(danish) == VOICED
    assert document_genre(Document("da", danish, danish, language="da")) is None
