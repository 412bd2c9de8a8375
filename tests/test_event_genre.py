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
    'kept both databases running side by side. "We might abandon the old schema '
    'entirely next year," chief engineer Dana Reyes told reporters. She said the team '
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


# a business report: the company's release quoted as an excerpt set off from the text
# (opening mid-sentence), the outlet's prompts to the reader at the end
MINING = (
    "Harrow Minerals steps up drilling at its Kestrel project\n"
    "Harrow Minerals has moved quickly at its Kestrel gold project in the Murchison, "
    "with a drilling rig now on site and a second crew due next month. The explorer raised "
    "$3 million from investors last week and has since completed a detailed gravity survey "
    "across the northern half of its ground, which lies a few kilometres from a rival's "
    "recent discovery.\n"
    "The company's new managing director, Priya Lendl, joined in March after a decade at a "
    "larger miner and has wasted no time.\n"
    "\u2026the placement completed last week gives our exploration team the funding it "
    "needs, and we can now drill "
    "the targets we mapped over the winter. We expect first results from our Kestrel holes "
    "before the end of the year.\n"
    "The northern ground is covered by sand that hides the rocks beneath, so the explorer "
    "relied on the gravity data to choose where to drill. A first round of eighteen holes "
    "was planned over the two strongest targets, and assays will be sent to a laboratory "
    "in Perth. The company also lodged applications for two more tenements to the south "
    "and expects them to be granted early next year.\n"
    "Is your listed company drilling something new? Contact: tips@example-news.com.au\n"
    "Get the latest mining news from Example News in your inbox.\n"
)


def test_a_reports_excerpt_of_a_release_and_its_reader_prompts_are_not_the_writers_voice():
    assert voice_rates(MINING)[1] == 0
    assert page_genre(MINING) is None
    assert "steps" in words_of(run(MINING))  # "steps up drilling": a report keeps its acts
    # a writer who speaks as "I" about an email is still the writer
    blog = (
        "I sent our landlord an email about the boiler, and we are still waiting for you to reply."
    )
    assert voice_rates(blog)[1] == 4  # I, our, we, you


# a page collecting what three bank chiefs wrote, introduced by the writer; its "we" is
# theirs
LETTERS = (
    "Bank chiefs write to staff after the floods\n"
    "After a week of floods across the north, here is what the chief executives of three "
    "large lenders wrote to their employees and customers:\n"
    "Martin Oyelaran, chief executive of Northfield Bank, in a memo to staff\n"
    "We have opened our branches in the flooded towns as shelters, and our teams have "
    "delivered food and blankets to more than two thousand families. We froze mortgage "
    "payments for every customer whose home was damaged, and we will not charge late fees "
    "until the spring. I am proud of what you have done this week.\n"
    "Helen Strand, chief executive of Coastline Savings, on the bank's website\n"
    "Our thoughts are with everyone who lost a home. We have given one million pounds to "
    "the regional relief fund, and our staff will volunteer in the clean-up. No family "
    "is cut off from help while we can give it. If you need help with your account, call "
    "us and we will find a way.\n"
    "Tomas Reyka, chief executive of Union Mutual, in a letter to customers\n"
    "We know that many of you are still waiting to go home. Our insurers have already paid "
    "the first claims, and we have doubled the team that handles them.\n"
    "The floods followed three days of heavy rain, and the Environment Agency said on "
    "Friday that river levels were falling. Insurers estimated that the damage could pass "
    "400 million pounds, the highest figure for a single flood this decade.\n"
)


def test_letters_the_writer_hands_over_to_are_not_the_writers_voice():
    assert voice_rates(LETTERS)[1] == 0
    assert page_genre(LETTERS) is None
    found = words_of(run(LETTERS))
    assert "floods" in found  # the writer's report keeps its acts
    # the letters' acts pass a blog post's bar: the frozen payments stay, the
    # reassurance that no family "is cut off" goes
    assert "froze" in found and "cut" not in found
    # the writer's own "my editor told me:" introduces no one else's words
    told = "My editor told me:\nWe have run out of room, and I will cut your piece.\n"
    assert voice_rates(told)[1] == 5  # my, me, we, I, your


# an organisation's news in its own "we": what it did, told by the one who did it
RELEASE = (
    "Access to our archive restored in Carovia after two years\n"
    "On Monday, Carovia's Supreme Court ruled that the government's block on the Open "
    "Archive Foundation's library violated the right to information, and shortly after, we "
    "received reports that access was returning across the country. We are delighted that "
    "readers in Carovia can once again use the library.\n"
    "The block was imposed by Carovia's telecommunications regulator in May 2023. We filed "
    "a petition with the regional human rights court in 2024, and in March the court gave "
    "our case priority. We will keep following the case until the ruling is final.\n"
    "While the block lasted, we heard from teachers, students and librarians who had lost "
    "a source they relied on every day. Volunteers in Carovia kept adding books to the "
    "library, and more than forty thousand new pages were written during the block. With "
    "the ruling, our volunteers in Carovia can once again reach their readers. The "
    "foundation thanks the lawyers, the journalists and the many readers who campaigned "
    "for the block to be lifted over the last two years.\n"
)


def test_an_organisations_news_in_its_own_we_is_news_and_an_editorials_we_is_a_view():
    assert {"ruling", "lifted"} <= words_of(run(RELEASE))  # the block lifted, the ruling
    assert page_genre(RELEASE, url="https://archive.example.org/news/2025/03/10/access/") is None
    opinion = "https://www.example-times.com/opinion/editorials/2025/03/10/the-block/"
    assert page_genre(RELEASE, url=opinion) == VOICED
    assert page_genre(BLOG) == VOICED  # "I" and "you" are a person's voice, not a body's


# a match report quoting in single marks: kg's statements know whose "we" it is
SINGLE = (
    "Harbour Town hold on for a point in the rain\n"
    "Harbour Town came from behind twice to draw 2-2 with Millbridge on Saturday, and "
    "their manager Aled Pryce insisted his side had earned it. 'We never stopped running "
    "and our young lads showed what we are about,' Pryce insisted after the match. 'We "
    "deserved the point in the end,' the Welshman explained.\n"
    "Millbridge led through a Jonah Kell header after twelve minutes, and Harbour Town's "
    "Sam Okafor levelled before the break. Kell scored again from the penalty spot early "
    "in the second half, but Okafor volleyed in a second equaliser with four minutes left. "
    "If you stood in the away end, you saw the best finish of the season.\n"
    "'Our fans travelled a long way in awful weather and we owed them something,' the "
    "striker admitted. 'We showed real character today,' Okafor explained.\n"
    "The draw leaves Harbour Town ninth in the table, two points behind Millbridge, with "
    "a home match against Eastcliff next Saturday. Millbridge have now gone five matches "
    "without a win and play their next game away at Corran Vale on Tuesday evening.\n"
)


def test_the_we_of_attributed_speech_in_single_marks_is_the_speakers():
    assert page_genre(SINGLE) == VOICED  # the marks alone do not say it is quoted
    assert run(SINGLE).doc.genre is None


def test_a_blog_posts_curly_perfect_is_told_as_done_as_a_straight_one_is():
    # web pages print "we’ve" with a curly mark; spaCy's lemma of it is not "have"
    for mark in ("’", "'"):
        added = f"Since then we{mark}ve also assisted our biggest clients in moving their reports. "
        post = BLOG.replace("We learned that", added + "We learned that")
        assert page_genre(post) == VOICED
        at = post.index(added)
        told = {
            m.text for e in run(post).events for m in e.mentions if at <= m.start < at + len(added)
        }
        assert "assisted" in told, mark
