"""The event taxonomy's families: which types may be one happening, and which type wins."""

from kg.taxonomy import EVENT_TYPES, FAMILIES, OTHER, compatible, family, pick_type


def test_every_family_member_is_a_type_and_in_one_family_only():
    members = [t for types in FAMILIES.values() for t in types]
    assert set(members) <= set(EVENT_TYPES) and len(members) == len(set(members))
    assert OTHER not in members


def test_an_acquisition_and_the_deal_fit_but_a_death_and_a_trial_never():
    assert compatible("Merger", "Agree") and compatible("Negotiate", "Consult")
    assert not compatible("Death", "Trial") and not compatible("Agree", "Negotiate")
    assert not compatible(OTHER, "Consult") and compatible(OTHER, OTHER)
    assert family("Election") == "Election"


def test_a_merged_event_takes_the_most_reported_typed_reading():
    assert pick_type(["Agree", "Merger", "Merger", OTHER, OTHER, OTHER]) == "Merger"
    assert pick_type(["Consult", "Negotiate"]) == "Negotiate"  # a tie: the specific one
    assert pick_type([OTHER]) == OTHER


def test_across_articles_a_killing_and_a_death_are_kin_but_a_shooting_is_not():
    from kg.taxonomy import kin, readings

    # the act names its outcome: "killed" and "died" can tell one happening
    assert kin("UseOfForce", "kill", "Death", "die") and kin("Death", "death", "Crime", "murder")
    # many survive a shooting; a trial is never a death, whatever the words
    assert not kin("UseOfForce", "shoot", "Death", "die")
    assert not kin("Trial", "trial", "Death", "death")
    # a word the trigger table lists under two types reads as either
    assert kin("Arrest", "arrest", "UseOfForce", "capture")  # captured by police
    assert kin("Yield", "release", "Business", "launch")  # an album's release
    assert not kin("Yield", "withdraw", "Business", "launch")
    # "returned fire" is a use of force, but "return" alone is a movement: no kin with
    # someone's return from a trip
    assert not kin("UseOfForce", "return", "Movement", "return")
    # an untyped report is known only by its word, never kin by type
    assert readings(OTHER, "kill") == frozenset() and not kin(OTHER, "kill", "Death", "die")


def test_reports_merged_as_kin_keep_a_type_every_report_can_be_read_in():
    from kg.taxonomy import shared_readings

    # "visited" two capitals (a meeting or a journey) and "travelled to" them: a journey,
    # even when more outlets said "visited"
    trip = shared_readings([("Consult", "visit"), ("Movement", "travel")])
    assert pick_type(["Consult", "Consult", "Movement"], trip) == "Movement"
    # "captured" (a use of force or an arrest) and "arrested": an arrest
    held = shared_readings([("UseOfForce", "capture"), ("Arrest", "arrest")])
    assert pick_type(["UseOfForce", "UseOfForce", "Arrest"], held) == "Arrest"
    # "killed" and "died" share the death, but the act stays: its doer is the killer
    assert shared_readings([("UseOfForce", "kill"), ("Death", "die")]) == frozenset()
    # one family: every member is read in it, so the most reported one wins as before
    deal = shared_readings([("Merger", "acquire"), ("Agree", "deal"), (OTHER, "do")])
    assert deal == {"deal"} and pick_type(["Agree", "Merger", "Merger", OTHER], deal) == "Merger"
    # nothing shared (no typed report): the plain vote
    assert shared_readings([(OTHER, "do")]) == frozenset()
    assert pick_type(["Consult", "Movement", "Consult"], frozenset()) == "Consult"
