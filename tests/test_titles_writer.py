"""Titles of the acts a blog post tells as its writer's own (issue 19, item 5): "I
opened a ticket … I created a pull request with the fix" was titled "A ticket was
opened", "A pull request was created with the fix" (judged seeds 25-27: no agent).
On a page told in its writer's voice the narrator's "I" is "The writer"; a quoted
"I" is its speaker's, never the writer's."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

BLOG = (
    "I had the chance to give a talk for a local meetup last spring, and I want to "
    "share what went wrong. I had prepared my slides for weeks and I thought I knew "
    "the demo by heart. I started with a few slides, and then I switched to my "
    "terminal to run the tests. My tests failed in front of everyone. I was "
    "embarrassed, but I learned a lot from it.\n\n"
    "After the talk I went back to my desk. I opened a bug report on the project "
    "tracker, and a few days later I submitted a patch with the fix. The maintainers "
    "reviewed it within a week. I've learned Rust, Go and a little Haskell since "
    "then, and I still give talks at the meetup every few months. Last year I was "
    "hired to run the meetup.\n\n"
    "My friend put it well: \"I sold my flat last year and I never looked back.\" I "
    "think about that a lot when a demo breaks."
)


def _titles(text: str) -> dict[str, str]:
    document = Document(id="blog", text=text, source_text=text, published=date(2021, 5, 3))
    result = extract_document(next(nlp.parse([text])), document)
    return {m.text.lower(): e.title for e in result.events for m in e.mentions}


def test_the_narrator_s_i_is_the_writer() -> None:
    got = _titles(BLOG)
    assert got["submitted"] == "The writer submitted a patch with the fix", got
    assert got["learned"] == "The writer has learned Rust, Go and a little Haskell", got


def test_the_writer_is_who_was_hired() -> None:
    got = _titles(BLOG)
    assert got["hired"] == "The writer was hired to run the meetup", got


def test_a_quoted_i_is_not_the_writer() -> None:
    got = _titles(BLOG)
    assert not any("writer" in t and "flat" in t for t in got.values()), got


def test_a_report_s_i_is_not_the_writer() -> None:
    got = _titles(
        "Police said on Tuesday that a man had been arrested after a break-in at a "
        "shop in Leeds. The owner told reporters: I opened the shop at seven and found "
        "the window smashed. Officers said the man would appear in court on Friday."
    )
    assert not any("writer" in t.lower() for t in got.values()), got


INTERVIEW = (
    "This month we talk to engineers who build the tools the rest of us rely on. "
    "Maria Okafor is a software engineer at a small robotics firm in Leeds. Maria "
    "taught herself to code while working nights at a bakery.\n"
    "How did you get your first job in tech?\n"
    "I answered an advert in a local paper. I had no degree, but I brought a small "
    "robot I had built to the interview, and I was hired the same week. I spent my "
    "first year fixing test scripts and I learned C and Python on the job.\n"
    "What would you tell your younger self?\n"
    "I would tell her to ask more questions. I wasted months because I was too shy "
    "to ask for help, and I only got better when I found a mentor. I still meet my "
    "mentor for coffee every month, and I try to do the same for others now."
)


def test_an_interview_s_i_is_the_one_it_introduces() -> None:
    got = _titles(INTERVIEW)
    assert got["learned"] == "Maria Okafor learned C and Python on the job", got
    assert not any("writer" in t for t in got.values()), got
