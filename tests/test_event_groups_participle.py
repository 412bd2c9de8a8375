"""One untyped word told of other things is other happenings, even when one telling
names no doer (issue 19). A mining report's "a capital raising completed this week"
(a neighbour's) and, four sentences on, "the company has completed its reconnaissance
work" were one node: the participle's noun was not read as what was completed, and the
second telling, whose "the company" is not resolved, counted as a bare repeat. The
reconnaissance took the raising's week. Told of the same work again, by a participle,
the completion stays one. Texts are ours."""

from __future__ import annotations

from test_event_groups import run, with_mention

RAISING = (
    "Arden Minerals steps up exploration at Kestrel Ridge\n\n"
    "Arden Minerals is stepping up work at Kestrel Ridge after a busy month in the region, "
    "where neighbour Calder Gold has a $40 million capital raising completed this week.\n"
    "Calder holds ground 30 kilometres to the east.\n"
    "Analysts said the region was attracting fresh money.\n"
    "Arden's shares rose 12 per cent on Tuesday.\n"
    "The company has completed its first pass reconnaissance work at the ridge, it said.\n"
    "Field crews mapped outcrops across the northern tenements.\n"
)

SAME_WORK = (
    "Arden Minerals has completed its first pass reconnaissance work at Kestrel Ridge, the "
    "company said on Tuesday.\n"
    "Field crews mapped outcrops across the northern tenements.\n"
    "Samples will be sent to a laboratory in Perth.\n"
    "Results are expected before Christmas.\n"
    "Arden's shares rose 12 per cent on the news.\n"
    "The reconnaissance work completed by Arden found quartz veins along the ridge.\n"
)


def test_a_raising_completed_is_not_the_reconnaissance_completed():
    result = run(RAISING)
    (work,) = with_mention(result, "completed")
    assert [m.text for m in work.mentions] == ["completed"]
    assert "reconnaissance" in work.title
    assert work.time is None  # the raising's week is not the reconnaissance's


def test_the_same_work_told_again_by_a_participle_stays_one_completion():
    result = run(SAME_WORK)
    (work,) = with_mention(result, "completed")
    assert [m.text for m in work.mentions] == ["completed", "completed"]
