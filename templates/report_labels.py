"""Dutch labels for the overview chart, report and exports (data for code that cannot use a template)."""
from __future__ import annotations

STATUS = {
    "awaiting": "Wacht op reactie",
    "late": "Te laat",
    "answered_incomplete": "Beantwoord, onvolledig",
    "answered_complete": "Beantwoord, volledig",
    "closed": "Afgesloten",
}
COMPLIANCE = {
    "voldoet": "Voldoet",
    "voldoet_gedeeltelijk": "Voldoet gedeeltelijk",
    "voldoet_niet": "Voldoet niet",
    "onbekend": "Onbekend",
}
KIND = {"ibt_reply": "reactie", "meldplicht": "meldplicht", "extension_request": "verzoek uitstel",
        "question": "vraag", "auto_reply": "automatisch antwoord", "bounce": "onbestelbaar", "other": "overig"}
# The one vocabulary for the required elements and message kinds: every template uses these through the
# filters `element`, `elements` and `soort` (templates/__init__.py).
ELEMENTS = {"facts": "feiten en omstandigheden", "steps": "stappen", "timeline": "tijdpad"}
KIND_LONG = {"ibt_reply": "reactie op brief", "meldplicht": "meldplicht (art. 8)",
             "extension_request": "verzoek om uitstel", "question": "vraag", "auto_reply": "automatisch antwoord",
             "bounce": "onbestelbaar", "other": "overig"}
MAIL_STATE = {
    "letter_undelivered": " (brief niet bezorgd: opnieuw versturen)",
    "extension_requested": " (uitstel gevraagd, wacht op besluit)",
    "extension_requested_until": " (uitstel gevraagd tot {until}, wacht op besluit)",
}
CASE_STATE = {
    "awaiting_reply": "wacht op reactie",
    "answered_incomplete": "beantwoord, onvolledig",
    "answered_complete": "beantwoord, volledig",
    "closed": "afgesloten",
}

CHART = {
    "title": "Overzicht toezicht Spreidingswet",
    "subtitle": "stand {datum} · {cases} zaken · {gemeenten} gemeenten",
    "compliance": "Naleving wettelijke taak (gemeenten)",
    "per_trede": "Zaken per trede",
    "per_province": "Zaken per provincie",
    "trede": "Trede {n}",
    "count": "aantal",
    "empty": "geen zaken",
}

# Export columns: (key, Dutch header). The key is the CaseRow-derived field in bot/reports/export.py.
EXPORT_COLUMNS = [
    ("gemeente", "Gemeente"),
    ("cbs_code", "CBS-code"),
    ("province", "Provincie"),
    ("trede", "Trede"),
    ("status", "Status"),
    ("compliance", "Naleving"),
    ("owner", "Behandelaar"),
    ("letter_reference", "Kenmerk brief"),
    ("letter_date", "Datum brief"),
    ("termijn", "Termijn"),
    ("reply_day", "Datum reactie"),
    ("timeliness", "Tijdigheid"),
    ("present", "Elementen aanwezig"),
    ("missing", "Elementen ontbrekend"),
    ("expected_date", "Verwachte datum"),
    ("realised_total", "Plaatsen gerealiseerd"),
    ("planned_total", "Plaatsen gepland"),
    ("task_total", "Wettelijke taak (brief)"),
    ("letter_realised", "Realisatie (brief)"),
]
TIMELINESS = {
    "on_time": "tijdig",
    "late": "te laat",
    "unknown": "reactie, tijdigheid onbekend",
    "none_late": "geen reactie, termijn verstreken",
    "none": "geen reactie",
}
YES_NO = {True: "ja", False: "nee"}
SHEET_TITLE = "Zaken"
