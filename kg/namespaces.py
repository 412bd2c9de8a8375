"""RDF namespaces and the kg vocabulary, in one place.

A ``ClosedNamespace`` turns a typo in a term name into an error at import time
instead of a silently wrong triple; ``ontology/kg.ttl`` defines every term listed here
(a test checks both directions).
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import ClosedNamespace

KG_NS = "https://w3id.org/kgnews/ns#"

KG = ClosedNamespace(
    KG_NS,
    [
        # classes
        "Document",
        "Actor",
        "Person",
        "Organisation",
        "Country",
        "Group",
        "Place",
        "Mention",
        "Statement",
        "Event",
        "Participation",
        "EventRelation",
        "Build",
        "EventType",
        "Role",
        "Factuality",
        "StatementKind",
        "StatementType",
        "StatementMode",
        "RelationType",
        # document
        "outlet",
        "genre",
        # mentions and evidence
        "mention",
        "inDocument",
        # actors
        "title",
        "mergeReason",
        "Position",
        "position",
        "office",
        "affiliation",
        "toward",
        "country",
        "mentionForm",
        # statements
        "speaker",
        "speakerMention",
        "speakerName",
        "content",
        "cue",
        "statementKind",
        "statementMode",
        "addressee",
        "relay",
        "about",
        "aboutActor",
        "statementType",
        "channel",
        # events
        "eventType",
        "triggerLemma",
        "trigger",
        "hasParticipation",
        "participant",
        "role",
        "description",
        "hasActor",
        "place",
        "timeText",
        "begin",
        "end",
        "timePrecision",
        "factuality",
        "source",
        "sourceCount",
        "member",
        "mergeRationale",
        "mergeScore",
        "summary",
        # relations
        "fromEvent",
        "toEvent",
        "relationType",
        "score",
        "rationale",
        "relatedTo",
        # conflicting accounts
        "AccountConflict",
        "concerns",
        "account",
        "contradicts",
        # statement kinds
        "Direct",
        "Indirect",
        "Mixed",
        # statement modes (individuals of StatementMode), see kg.model.STATEMENT_MODES
        "SpeechMode",
        "WritingMode",
        "BeliefMode",
        "FindingMode",
        "StanceMode",
        # statement types (individuals of StatementType), see kg.model.STATEMENT_TYPES;
        # "demand" is DemandStatement because Demand is an event type
        "Claim",
        "Confirmation",
        "Denial",
        "Warning",
        "Promise",
        "DemandStatement",
        "Announcement",
        "Question",
        "Accusation",
        "Criticism",
        "Praise",
        "Opinion",
        "Intention",
        "Finding",
        "Report",
        # factuality values
        "Asserted",
        "Reported",
        "Planned",
        "Hypothetical",
        "Negated",
        # roles
        "Agent",
        "Patient",
        "Partner",
        "Host",
        "Mediator",
        "Location",
        "instrument",
        "ongoing",
        "duration",
        # relation types (individuals of RelationType)
        "SameStory",
        "Cause",
        "Before",
        "PartOf",
        "ResponseTo",
        "Parallel",
        "Contradicts",
        # event types (individuals of EventType), see kg.taxonomy.EVENT_TYPES
        "MakeStatement",
        "Consult",
        "Negotiate",
        "Agree",
        "Aid",
        "Investigate",
        "Demand",
        "Reject",
        "Threaten",
        "Protest",
        "MilitaryPosture",
        "UseOfForce",
        "Ceasefire",
        "Yield",
        "Sanction",
        "Election",
        "Legislate",
        "Resignation",
        "Appointment",
        "Merger",
        "Business",
        "Disaster",
        "Accident",
        "Death",
        "Crime",
        "Contest",
        "Movement",
        "Arrest",
        "Trial",
        "OtherEvent",
        # provenance of a build
        "kgVersion",
        "spacyModel",
        "option",
    ],
)

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")


def ontology_file(name: str) -> Path:
    """A file of ``ontology/`` (kg.ttl, shapes.ttl, queries/NAME.rq).

    In a wheel the folder ships as ``kg/ontology/`` (see pyproject.toml); in a checkout
    or an editable install it is the repository's top-level ``ontology/``.
    """
    here = Path(__file__).resolve().parent
    for folder in (here / "ontology", here.parent / "ontology"):
        if folder.is_dir():
            return folder / name
    raise FileNotFoundError(f"kg's ontology folder is missing (looked in {here}/ontology)")
