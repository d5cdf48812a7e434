"""Records the parsers produce. Plain dataclasses, no database, JSON-serialisable."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import datetime
from typing import Any

KINDS = ("ibt_reply", "meldplicht", "extension_request", "question", "auto_reply", "bounce", "other")
ELEMENTS = ("facts", "steps", "timeline")
SUBSTANTIVE = frozenset({"ibt_reply", "meldplicht"})
REASONS = (
    "no_location", "local_opposition", "council_decision", "objection_procedure", "permit_procedure",
    "housing_shortage", "coa_dependency", "finance", "places_lost", "other",
)


_PLAIN = (str, int, float, bool, type(None), datetime)


_PLAIN_TYPES = frozenset(_PLAIN)
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _asdict(obj: Any) -> Any:
    """`dataclasses.asdict` without its deep copy of immutable leaves (the same result, several times faster).

    The exact plain types, lists, dicts and the dataclasses of this module go the short way (field names
    looked up once per class); anything else (subclasses, tuples, other objects) the general way below."""
    t = type(obj)
    if t in _PLAIN_TYPES:
        return obj
    if t is list:
        return [_asdict(v) for v in obj]
    if t is dict:
        return {_asdict(k): _asdict(v) for k, v in obj.items()}
    names = _FIELD_NAMES.get(t)
    if names is None and is_dataclass(t):
        names = _FIELD_NAMES[t] = tuple(f.name for f in fields(t))
    if names is not None:
        return {name: _asdict(getattr(obj, name)) for name in names}
    return _asdict_general(obj)


def _asdict_general(obj: Any) -> Any:
    if isinstance(obj, _PLAIN):
        return obj
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [_asdict(v) for v in obj]
    if isinstance(obj, tuple):
        return type(obj)(*[_asdict(v) for v in obj]) if hasattr(obj, "_fields") else tuple(_asdict(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict(k), _asdict(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


@dataclass
class Evidence:
    """A sentence (or header) that proves a finding, and where it came from."""

    text: str
    source: str = "body"  # "body", "subject", "header:NAME", "attachment:FILENAME", "ocr:FILENAME", "quote"


@dataclass
class Finding:
    """Whether one required element is present, with the sentence that proves it."""

    element: str  # one of ELEMENTS
    present: bool
    evidence: list[Evidence] = field(default_factory=list)
    note: str = ""  # e.g. why a candidate sentence was rejected ("ontkenning", "vaag: zo spoedig mogelijk")
    confidence: float = 1.0  # how sure the reading is (0.5-1.0); below UNSURE the chat calls the flag "onzeker"


UNSURE = 0.7


@dataclass
class Attachment:
    filename: str
    content_type: str
    size: int
    sha256: str
    text: str = ""
    text_source: str = ""  # "pdf", "docx", "ocr", "text", "" when none
    skipped: str = ""  # readable reason when not (fully) read: too large, page limit, timeout, broken
    needs_ocr: bool = False


@dataclass
class ParsedMessage:
    """Everything the pipeline found in one message."""

    sha256: str = ""
    message_id: str | None = None
    in_reply_to: str | None = None
    references_header: list[str] = field(default_factory=list)
    from_addr: str | None = None
    from_name: str | None = None
    to: list[str] = field(default_factory=list)
    subject: str = ""
    date: datetime | None = None
    kind: str = "other"
    kind_evidence: list[Evidence] = field(default_factory=list)
    municipalities: list[str] = field(default_factory=list)  # official CBS names
    municipality_codes: list[str] = field(default_factory=list)  # GMxxxx, same order
    municipality_evidence: list[Evidence] = field(default_factory=list)
    references: list[str] = field(default_factory=list)  # all 7-digit letter references, best first
    elements: dict[str, bool] | None = None  # only for SUBSTANTIVE kinds
    findings: list[Finding] = field(default_factory=list)
    expected_date: str | None = None  # YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-H1/H2
    expected_date_evidence: Evidence | None = None
    places: dict[str, int | None] = field(default_factory=lambda: {"realised": None, "planned": None})
    # every number read as places: value, role, group, status, site, cue, counted, the sentence and its source
    place_figures: list[dict[str, Any]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    content_in_attachment: bool = False
    attachments: list[Attachment] = field(default_factory=list)
    new_text: str = ""  # the sender's own new text (body), quotes and signature removed
    quoted_text: str = ""
    signature: str = ""
    auth: dict[str, Any] = field(default_factory=dict)  # {"spf": "pass", "dkim": ..., "dmarc": ..., "suspect": bool}
    needs_ocr: bool = False
    warnings: list[str] = field(default_factory=list)  # readable, Dutch-neutral notes on what was repaired/skipped
    quarantine_reason: str | None = None  # set when the message could not be parsed; never raised

    @property
    def reference(self) -> str | None:
        return self.references[0] if self.references else None

    @property
    def missing(self) -> list[str]:
        """Names of the required elements that are missing (empty for non-substantive kinds)."""
        if not self.elements:
            return []
        return [e for e in ELEMENTS if not self.elements.get(e)]

    def to_json(self) -> dict[str, Any]:
        """The contract read by ../shared/tools/score_corpus.py plus evidence fields."""
        d = _asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        # SCHEMA: one reference, or the list when the message cites several letters
        d["reference"] = list(self.references) if len(self.references) > 1 else self.reference
        d["missing"] = self.missing
        for a in d["attachments"]:
            a.pop("text", None)
        d["new_text"] = self.new_text[:2000]
        d.pop("quoted_text", None)
        d.pop("signature", None)
        return d
