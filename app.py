"""The member's front door: upload a Kaiser Permanente denial letter, see what is wrong on the page itself,
answer a few questions and download the grievance.

Run:  streamlit run app.py                     (or: streamlit run app.py -- --sample samples/second_opinion_denial.pdf)

The page only presents what the engine returns: ``analyzer.analyze`` reads and checks the letter,
``analyzer.reanalyze`` re-checks it after corrections and answers, ``analyzer.render.PageImage`` draws the
highlights, ``analyzer.letter`` / ``analyzer.exports`` make the grievance and the downloads. Uploaded bytes
stay in this browser session's memory; nothing is written to disk or sent anywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

from analyzer import AnalyzerError, analyze, reanalyze
from analyzer.pipeline import CORRECTABLE, Analysis

log = logging.getLogger("analyzer.app")

APP_DIR = Path(__file__).resolve().parent
SAMPLES_DIR = APP_DIR / "samples"
DEFAULT_SAMPLE = "second_opinion_denial.pdf"
UPLOAD_TYPES = ["pdf", "png", "jpg", "jpeg", "tif", "tiff"]
RESOLUTION = 100  # dpi of the page pictures: sharp enough to read, small enough to send to the browser

# ---- plain words for the schema's enum values (presentation only) --------------------------------------------
PLAN_TYPES = {
    "commercial_hmo": "Kaiser commercial HMO plan",
    "erisa_group": "employer group plan (ERISA)",
    "medicare_advantage": "Medicare Advantage plan (Kaiser Senior Advantage)",
    "medi_cal": "Medi-Cal plan",
    "medicaid": "Medicaid plan",
    "fehb": "Federal Employees Health Benefits plan",
    "unknown": "not sure",
}
LETTER_KINDS = {
    "initial_denial": "a denial of a request for care",
    "partial_denial": "a partial denial (part of the request was approved)",
    "payment_denial": "a denial of payment for care already received",
    "second_opinion_denial": "a denial of a second opinion",
    "grievance_decision": "a decision on your grievance (appeal)",
    "delay_notice": "a notice that the decision is delayed",
    "termination_notice": "a notice that ongoing care will stop or be reduced",
}
URGENCY = {"standard": "standard (not urgent)", "expedited": "urgent (expedited review)"}
CATEGORIES = {
    "medical_necessity": "they say it is not medically necessary",
    "experimental_investigational": "they say it is experimental or investigational",
    "not_covered": "they say your plan does not cover it",
    "out_of_network": "they say it is outside Kaiser's network",
    "no_prior_authorization": "they say it was not approved in advance",
    "second_opinion": "a second opinion was refused",
    "administrative": "an administrative reason",
}
SEVERITY = {"high": "Serious", "medium": "Important", "low": "Minor"}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
STATUS = {
    "raised": "Problem found",
    "passed": "No problem",
    "not_applicable": "Does not apply",
    "insufficient_data": "Not enough information",
}
STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
# (letter field, widget key, label, plain names of the schema's enum values) for the correction form
ENUM_FIELDS = (
    ("plan_type", "plan", "Plan type", PLAN_TYPES),
    ("state", "state", "State", STATES),
    ("letter_kind", "kind", "Kind of letter", LETTER_KINDS),
    ("urgency", "urgency", "Urgency", URGENCY),
    ("denial_category", "cat", "Why it was denied, in short", CATEGORIES),
)
TEXT_FIELDS = (
    ("reviewer.credentials", "cred", "Title of the person who decided (for example MD, RN)"),
    ("grievance_address", "gaddr", "Where to mail a grievance (as your letter gives it)"),
)
DATE_FIELDS = {
    "dates.letter": "Date of the letter",
    "dates.request_received": "Date Kaiser received the request",
    "dates.decision": "Date of the decision",
    "dates.service": "Date of the care (service)",
}
# the columns of analyzer.frames shown on the page (the CSV downloads keep them all)
BULK_DOCUMENT_COLUMNS = (
    "file", "status", "error_message", "plan_type", "state", "letter_kind", "denial_category", "date_letter",
    "n_flags", "n_flags_high", "pages", "ocr_pages",
)
BULK_FLAG_COLUMNS = ("file", "severity", "title", "citation", "page", "rule_id")
FIELD_LABELS = {
    **{path: label for path, _s, label, _n in ENUM_FIELDS}, **{path: label for path, _s, label in TEXT_FIELDS},
    **DATE_FIELDS, "denial_reason": "Why it was denied, in short",
}
PRIVACY_NOTE = (
    ":material/lock: This runs on this computer. Your letter is not uploaded anywhere, not saved, and is forgotten "
    "when you close this page."
)
GENERIC_ERROR = (
    "Sorry, something went wrong on our side while showing this page. Your letter was not saved or sent "
    "anywhere. Please try again, or try another copy of the letter (a PDF or a clear photo)."
)


# ---- small helpers ---------------------------------------------------------------------------------------------
def _value(field: Any) -> Any:
    return field.get("value") if isinstance(field, dict) else None


def _path_value(letter: dict, path: str) -> Any:
    cur: Any = letter
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return _value(cur)


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _long_date(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def plan_in_words(plan_type: str | None, state: str | None) -> str:
    """E.g. "Kaiser commercial HMO plan in California (Knox-Keene)": which plan and which law, in plain words."""
    plan = PLAN_TYPES.get(plan_type or "unknown", plan_type or "") if plan_type and plan_type != "unknown" else ""
    where = STATES.get(state or "", state or "")
    law = {
        "commercial_hmo": "Knox-Keene" if state == "CA" else "",
        "medi_cal": "Medi-Cal managed care and Knox-Keene",
        "erisa_group": "federal ERISA rules" + (", and Knox-Keene if the plan is insured" if state == "CA" else ""),
        "medicare_advantage": "federal Medicare rules",
        "medicaid": "federal Medicaid rules",
        "fehb": "federal employee plan rules",
    }.get(plan_type or "", "")
    if not plan and not where:
        return "We could not tell the plan type or the state from the letter."
    text = (plan or "Kaiser plan (type not clear from the letter)") + (f" in {where}" if where else "")
    return text + (f" ({law})" if law else "")


def chip(text: str, color_key: str) -> str:
    """Markdown for a small label in exactly the colour the page pictures use for that severity or for fields."""
    from analyzer.render import COLORS

    r, g, b = COLORS[color_key]
    fg = "black" if color_key == "low" else "white"
    return f':color[{text}]{{foreground="{fg}" background="rgb({r},{g},{b})"}}'


def severity_chip(severity: str | None) -> str:
    sev = severity if severity in SEVERITY else "high"
    return chip(f"&nbsp;{SEVERITY[sev]}&nbsp;", sev)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+|!$~:])")


def md(text: Any) -> str:
    """Text from the letter (or quoting it) made inert for st.markdown: no LaTeX from "$", no links, no colour codes."""
    return _MD_SPECIAL.sub(r"\\\1", str(text or ""))


def sentence(text: str) -> str:
    """The engine's explanations start in lower case (they are also used mid-sentence): show them as sentences."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?)\"”" else text + "."


def _quote(text: str, limit: int = 400) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pages_of(spans: list) -> list[int]:
    return sorted({int(s["page"]) for s in spans or [] if s.get("page")})


def _cli_sample() -> Path | None:
    """``streamlit run app.py -- --sample PATH`` preselects that bundled sample."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--sample")
    args, _ = parser.parse_known_args(sys.argv[1:])
    if not args.sample:
        return None
    p = Path(args.sample)
    for candidate in (p, APP_DIR / p, SAMPLES_DIR / p.name):
        if candidate.is_file():
            return candidate.resolve()
    return None


def _samples() -> list[Path]:
    if not SAMPLES_DIR.is_dir():
        return []
    return sorted(p for p in SAMPLES_DIR.iterdir() if p.suffix.lower().lstrip(".") in UPLOAD_TYPES)


def _sample_label(p: Path) -> str:
    return p.stem.replace("_", " ").replace("-", " ").capitalize() + f"  ({p.name})"


# ---- progress -----------------------------------------------------------------------------------------------------
_STAGE_SPAN = {"reading": (0.0, 0.1), "ocr": (0.1, 0.7), "extracting": (0.7, 0.85), "checking": (0.85, 0.99), "done": (1.0, 1.0)}


def _progress_callback(bar: Any) -> Callable[[str, int, int, str], None]:
    """The engine's progress protocol drawn as one bar with a plain sentence per stage (never letter text)."""

    def callback(stage: str, done: int, total: int, message: str) -> None:
        lo, hi = _STAGE_SPAN.get(stage, (0.0, 0.99))
        frac = lo + (hi - lo) * (done / total if total else 0)
        if stage == "ocr":
            page = min(done + 1, total) if total else done
            text = f"Reading scanned page {page} of {total} with text recognition (OCR). This takes a few seconds per page."
        elif stage == "reading":
            text = "Reading the letter…"
        elif stage == "extracting":
            text = "Finding what was denied, why, by whom and when…"
        elif stage == "checking":
            text = "Checking the letter against the rules Kaiser must follow…"
        else:
            text = "Done."
        bar.progress(min(1.0, max(0.0, frac)), text=text)

    return callback


def _run_analysis(source: Any, file_name: str) -> Analysis:
    with st.status("Reading your letter…", expanded=True) as status:
        bar = st.progress(0.0, text="Starting…")
        analysis = analyze(source, progress=_progress_callback(bar), file_name=file_name)
        if analysis.ok:
            status.update(label="Your letter has been read and checked.", state="complete", expanded=False)
        else:
            status.update(label="We could not read this file.", state="error", expanded=False)
    return analysis


# ---- session state ------------------------------------------------------------------------------------------------
def _set_analysis(key: tuple, analysis: Analysis) -> None:
    ss = st.session_state
    ss["input_key"] = key
    ss["base"] = analysis  # as read from the file: corrections are relative to it
    ss["analysis"] = analysis
    ss["facts"] = {}
    ss["corrections"] = {}
    ss["page_cache"] = {}
    ss["asked_questions"] = {}
    ss.pop("update_error", None)


def _doc_key(analysis: Analysis) -> str:
    return (analysis.result.get("source", {}).get("sha256") or "x")[:12]


def _apply_fixes(doc_key: str) -> None:
    """Form callback: collect corrections and answers, re-run the rules without reading the file again."""
    ss = st.session_state
    base: Analysis = ss["base"]
    letter = base.letter
    corrections: dict[str, Any] = {}
    for path, short, _label, _names in ENUM_FIELDS:
        chosen = ss.get(f"fix_{doc_key}_{short}")
        if chosen == "__unknown__":
            chosen = None
        if chosen != _path_value(letter, path):
            corrections[path] = chosen
    for path, short, _label in TEXT_FIELDS:
        chosen = (ss.get(f"fix_{doc_key}_{short}") or "").strip() or None
        if chosen != _path_value(letter, path):
            corrections[path] = chosen
    for path in DATE_FIELDS:
        chosen = ss.get(f"fix_{doc_key}_{path}")
        iso = chosen.isoformat() if isinstance(chosen, dt.date) else None
        if iso != _path_value(letter, path):
            corrections[path] = iso
    facts: dict[str, bool] = {}
    shown = _fact_questions(ss["analysis"])
    for q in shown:
        answer = ss.get(f"q_{doc_key}_{q['id']}")
        if answer in ("Yes", "No"):
            facts[q["id"]] = answer == "Yes"
    # an answer given earlier whose question is no longer asked (it no longer changes anything) is kept
    asked = {q["id"] for q in shown}
    for qid, val in ss.get("facts", {}).items():
        if qid not in asked:
            facts[qid] = val
    corrections = {k: v for k, v in corrections.items() if k in CORRECTABLE}
    try:
        ss["analysis"] = reanalyze(base, facts=facts, corrections=corrections)
        ss["facts"], ss["corrections"] = facts, corrections
        ss.pop("update_error", None)
    except AnalyzerError as err:
        ss["update_error"] = err.message
    except Exception as exc:  # the member keeps the previous analysis and sees a plain message
        log.error("re-analysis failed: %s", type(exc).__name__)
        ss["update_error"] = "We could not update the analysis with these changes. The previous results are still shown."


def _fact_questions(analysis: Analysis) -> list[dict]:
    """Yes/no questions: the engine's open ones, plus those the member already answered (the engine stops asking
    once answered, but the member may want to change an answer)."""
    ss = st.session_state
    asked: dict[str, dict] = ss.setdefault("asked_questions", {})
    current = [q for q in analysis.questions if q.get("kind", "fact") == "fact"]
    for q in current:
        asked[q["id"]] = q
    ids = [q["id"] for q in current]
    answered = [asked[fid] for fid in ss.get("facts", {}) if fid in asked and fid not in ids]
    return current + answered


# ---- sections of the page -----------------------------------------------------------------------------------------
def _input_section() -> tuple[tuple, Any, str] | None:
    """The file picker; returns (identity, source, file name) of the letter to analyze, or None."""
    cli = _cli_sample()
    samples = _samples()
    modes = ["Upload my letter", "Try a sample letter"]
    mode = st.radio(
        "Which letter?", modes, index=1 if cli and samples else 0, horizontal=True, key="input_mode",
        label_visibility="collapsed",
    )
    if mode == modes[0]:
        up = st.file_uploader(
            "Drag and drop your denial letter here, or click to choose it. A PDF, or a photo or scan of the pages "
            "(PNG, JPEG, TIFF).",
            type=UPLOAD_TYPES, key="upload",
        )
        if up is None:
            st.info("Start by adding your denial letter above. It takes under a minute.")
            return None
        data = up.getvalue()
        return ("upload", up.name, hashlib.sha256(data).hexdigest()), data, up.name
    if not samples:
        st.warning("No sample letters are bundled with this copy.")
        return None
    default = cli if cli in samples else next((p for p in samples if p.name == DEFAULT_SAMPLE), samples[0])
    choice = st.selectbox("Sample letter (fictional)", samples, index=samples.index(default), format_func=_sample_label,
                          key="sample_choice")
    return ("sample", str(choice)), str(choice), choice.name


def _summary(result: dict) -> None:
    letter = result["letter"]
    flags = result["flags"]
    st.header("What this letter says")
    left, right = st.columns([3, 2], gap="large")
    with left:
        services = letter.get("services") or []
        if services:
            lines = []
            for s in services:
                codes = ", ".join(s.get("codes") or [])
                lines.append(f"- {md(s.get('text', '').strip())}" + (f" (code {md(codes)})" if codes else ""))
            st.markdown("**What was denied:**\n" + "\n".join(lines))
        else:
            st.markdown("**What was denied:** the letter does not name the service clearly.")
        kind = _value(letter.get("letter_kind"))
        if kind:
            st.markdown(f"**Kind of letter:** {LETTER_KINDS.get(kind, kind)}")
        reason = _value(letter.get("denial_reason"))
        category = _value(letter.get("denial_category"))
        if reason:
            st.markdown("**Why, in the letter's own words:**")
            st.markdown("> " + md(_quote(str(reason), 600)))
        else:
            st.markdown("**Why:** the letter does not give a clear reason.")
        if category:
            st.caption(f"In short: {CATEGORIES.get(category, category)}.")
        rev = letter.get("reviewer") or {}
        who = ", ".join(str(v) for v in (_value(rev.get("name")), _value(rev.get("credentials")), _value(rev.get("specialty"))) if v)
        st.markdown(f"**Who decided:** {md(who)}" if who else "**Who decided:** the letter does not name the reviewer.")
        st.markdown(
            f"**Your plan, as we understand it:** {plan_in_words(_value(letter.get('plan_type')), _value(letter.get('state')))}"
        )
        urgency = _value(letter.get("urgency"))
        if urgency:
            st.markdown(f"**Urgency:** {URGENCY.get(urgency, urgency)}")
        _next_steps(result)
        if result.get("corrections"):
            st.caption(":material/edit: Includes your corrections.")
        else:
            st.caption("Something wrong here? Correct it under “Check what we understood”.")
    with right:
        _deadline_box(result.get("deadlines") or [])
        high = sum(1 for f in flags if f.get("severity") == "high")
        st.metric("Problems found in the letter", len(flags), help="Places where the letter does not follow the rules Kaiser must follow.")
        if high:
            st.caption(f"{high} of them serious.")
        _free_help(letter)


def _next_steps(result: dict) -> None:
    found = most_urgent_deadline(result.get("deadlines") or [])
    by = f" by **{_long_date(found[1])}**" if found and found[1] >= dt.date.today() else " as soon as you can"
    n = len(result.get("flags") or [])
    st.markdown(
        "**What to do now:**\n"
        f"1. Read the {'problems we found' if n else 'check list'} in the tabs below.\n"
        "2. Check what we understood, and answer the questions if you can.\n"
        f"3. Download your grievance letter, fill in the blanks, sign it and send it{by}. Keep a copy."
    )
    addr = (result.get("letter") or {}).get("grievance_address") or {}
    if addr.get("value"):
        pages = _pages_of(addr.get("evidence") or [])
        where = f" (page {pages[0]} of your letter)" if pages else ""
        st.markdown(f"**Mail it to:** {md(addr['value'])}{where}.")


def _free_help(letter: dict) -> None:
    """Who can help for free, for this plan and state (only contacts the catalogue marks printable)."""
    from analyzer.rules.contacts import contacts_for

    lines = [c.display() for c in contacts_for(_value(letter.get("plan_type")), _value(letter.get("state"))) if c.phone]
    lines = [ln for ln in lines if ln]
    if lines:
        st.markdown("**Free help:** " + lines[0])
        if len(lines) > 1:
            with st.expander("More places that help for free"):
                st.markdown("\n".join(f"- {ln}" for ln in lines[1:]))


def most_urgent_deadline(deadlines: list[dict], today: dt.date | None = None) -> tuple[dict, dt.date] | None:
    """The nearest deadline still ahead (or, if all have passed, the latest one), with its date."""
    today = today or dt.date.today()
    # the member's own deadlines come first; the plan's deadlines (to decide) are not something to act on
    mine = [d for d in deadlines if d.get("kind", "member") == "member"]
    dated = [(d, _parse_date(d.get("due"))) for d in (mine if any(d.get("due") for d in mine) else deadlines)]
    dated = [(d, due) for d, due in dated if due]
    if not dated:
        return None
    ahead = [x for x in dated if x[1] >= today]
    return min(ahead, key=lambda x: x[1]) if ahead else max(dated, key=lambda x: x[1])


def _deadline_box(deadlines: list[dict]) -> None:
    today = dt.date.today()
    found = most_urgent_deadline(deadlines, today)
    if not found:
        if deadlines:
            st.warning(
                f"**Next step:** {deadlines[0].get('action', '')}. We could not work out the date because the letter's "
                "date is missing: add it under “Check what we understood”."
            )
        else:
            st.info("We found no deadline in this letter. Act soon anyway: most appeal windows are 60 to 180 days.")
        return
    d, due = found
    days = (due - today).days
    when = (
        f"**{days} days left**" if days > 1 else "**due tomorrow**" if days == 1 else "**due today**" if days == 0
        else f"**passed {-days} days ago**"
    )
    text = f"**Most urgent deadline:** {md(d.get('action', ''))}\n\nby **{_long_date(due)}**: {when}"
    if d.get("basis"):
        text += f"\n\n{md(d['basis'])}"
    if days < 0:
        text += (
            "\n\nThis date has passed. Send your grievance anyway and say why it is late, and call one of the free "
            "help lines below: you may still have options."
        )
    (st.error if days <= 14 else st.warning)(text, icon=":material/alarm:")
    if d.get("citation"):
        st.caption(f"Rule: {md(d['citation'])}")
    if len(deadlines) > 1:
        with st.expander(f"All deadlines ({len(deadlines)})"):
            for other in deadlines:
                due_o = _parse_date(other.get("due"))
                st.markdown(
                    f"- **{_long_date(due_o) if due_o else 'date unknown'}**: {other.get('action', '')}"
                    + (f"  \n  _{other.get('citation')}_" if other.get("citation") else "")
                )


def _warnings(result: dict) -> None:
    for w in result.get("warnings") or []:
        st.warning(md(w), icon=":material/warning:")
    sources = (result.get("source") or {}).get("page_sources") or []
    ocr = [p for p in sources if p.get("source") == "ocr"]
    if ocr:
        pages = ", ".join(str(p["page"]) for p in ocr)
        conf = (result.get("source") or {}).get("ocr_confidence")
        st.info(
            f"Page(s) {pages} were pictures, so we read them with text recognition"
            + (f" (about {conf:.0f}% sure of each word)" if isinstance(conf, (int, float)) else "")
            + ". Check that the highlighted words match your letter."
        )


def _flag_label(i: int, flag: dict) -> str:
    pages = _pages_of(flag.get("evidence"))
    where = f" (page {', '.join(map(str, pages))})" if pages else ""
    return f"{SEVERITY.get(flag.get('severity'), '')}: {flag.get('title', flag.get('rule_id'))}{where}"


def _sorted_flags(flags: list[dict]) -> list[tuple[int, dict]]:
    return sorted(enumerate(flags), key=lambda x: (SEVERITY_ORDER.get(x[1].get("severity"), 3), x[0]))


def _problems(result: dict) -> None:
    flags = result["flags"]
    if not flags:
        st.success(
            "We found no problems in how this letter was written. That does not mean the denial is right: "
            "you can still file a grievance. The full check list shows every rule we checked."
        )
        return
    st.markdown(
        f"We found **{len(flags)}** place(s) where this letter does not follow the rules. Each one can support "
        "your grievance. Serious ones first."
    )
    for _i, flag in _sorted_flags(flags):
        with st.container(border=True):
            st.markdown(f"{severity_chip(flag.get('severity'))} **{md(flag.get('title', ''))}**")
            st.markdown(md(sentence(flag.get("explanation", ""))))
            if flag.get("citation"):
                st.caption(f"Rule: {md(flag['citation'])}")
            for sp in flag.get("evidence") or []:
                st.markdown(f"Page {sp.get('page')}: “{md(_quote(sp.get('text', ''), 300))}”")


def _page_picture(analysis: Analysis, page: int) -> Any:
    """The page without highlights, rendered once per session."""
    from analyzer.render import base_image

    cache = st.session_state.setdefault("page_cache", {})
    key = (analysis.result["source"].get("sha256"), page, RESOLUTION)
    if key not in cache:
        cache[key] = base_image(analysis.document, page, RESOLUTION)
    return cache[key]


def _highlights(analysis: Analysis, doc_key: str) -> None:
    from analyzer.render import PageImage

    result = analysis.result
    flags = result["flags"]
    document = analysis.document
    if document is None or not document.pages:
        st.info("There is no page to show.")
        return
    st.markdown(
        "Colours: " + " ".join(
            chip(f"&nbsp;{t}&nbsp;", k) for k, t in (("high", "serious problem"), ("medium", "important"),
                                                     ("low", "minor"), ("field", "what we read from the letter"))
        )
    )
    order = [-1] + [i for i, _ in _sorted_flags(flags)]
    c1, c2 = st.columns([3, 1])
    with c1:
        chosen = st.selectbox(
            "Show a problem on the letter", order, key=f"pick_{doc_key}",
            format_func=lambda i: "All pages, all highlights" if i < 0 else _flag_label(i, flags[i]),
        )
    with c2:
        show_fields = st.checkbox("Show what we read (blue)", value=True, key=f"fields_{doc_key}")
    pages = list(range(1, len(document.pages) + 1))
    if chosen is not None and chosen >= 0:
        flag = flags[chosen]
        st.info(f"**{md(flag.get('title', ''))}**: {md(sentence(flag.get('explanation', '')))}")
        on = _pages_of(flag.get("evidence"))
        if on:
            pages = on
        else:
            st.caption("This problem is about something missing from the whole letter, so there is no single place to mark.")
    for n in pages:
        try:
            picture = _page_picture(analysis, n)
        except AnalyzerError as err:  # a damaged page: say so and show the others
            st.warning(f"Page {n} cannot be shown. {err.message}", icon=":material/broken_image:")
            continue
        img = PageImage(document, n, RESOLUTION, original=picture)
        img.draw_result(result, fields=show_fields, flags=True, field_labels=False,
                        selected_flag=chosen if chosen is not None and chosen >= 0 else None)
        st.image(img.annotated, caption=f"Page {n} of {len(document.pages)}", width="stretch")
    with st.expander("How each page was read"):
        for p in (result.get("source") or {}).get("page_sources") or []:
            how = {"text_layer": "from the PDF's text", "ocr": "from the page image (text recognition)"}.get(
                p.get("source"), p.get("source")
            )
            conf = p.get("ocr_confidence")
            st.markdown(
                f"- Page {p.get('page')}: {how}. {p.get('reason', '')}"
                + (f" (confidence {conf:.0f}%)" if isinstance(conf, (int, float)) else "")
            )


def _audit(result: dict) -> None:
    import pandas as pd

    outcomes = result.get("rule_outcomes") or []
    if not outcomes:
        st.info("No rules were checked.")
        return
    counts = {s: sum(1 for o in outcomes if o.get("status") == s) for s in STATUS}
    st.markdown(
        " · ".join(f"{STATUS[s]}: **{n}**" for s, n in counts.items())
        + "\n\nEvery rule was checked against this letter. “Does not apply” says why; “Not enough information” "
        "says what is missing (answering the questions can fill it in)."
    )
    ordered = sorted(outcomes, key=lambda o: list(STATUS).index(o["status"]) if o.get("status") in STATUS else 9)
    for status, label in STATUS.items():
        group = [o for o in ordered if o.get("status") == status]
        if not group:
            continue
        with st.expander(f"{label} ({len(group)})", expanded=status == "raised"):
            lines = []
            for o in group:
                why = sentence(o.get("explanation") or o.get("reason") or "")
                missing = ", ".join(FIELD_LABELS.get(m, m.replace("_", " ")) for m in o.get("missing") or [])
                lines.append(
                    f"- **{md(o.get('title', o.get('rule_id')))}**" + (f": {md(why)}" if why else "")
                    + (f" *Missing: {md(missing)}.*" if missing else "")
                    + (f"  \n  :small[{md(o['citation'])}]" if o.get("citation") else "")
                )
            st.markdown("\n".join(lines))
    with st.expander("The same as a table"):
        rows = [
            {
                "Result": STATUS.get(o.get("status"), o.get("status")),
                "Rule": o.get("title", ""),
                "Why": o.get("explanation") or o.get("reason") or "",
                "Missing": ", ".join(o.get("missing") or []),
                "Severity": o.get("severity", ""),
                "Citation": o.get("citation", ""),
                "Rule id": o.get("rule_id", ""),
            }
            for o in ordered
        ]
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def _fixes(analysis: Analysis, doc_key: str) -> None:
    ss = st.session_state
    base: Analysis = ss["base"]
    letter = analysis.letter
    if ss.get("update_error"):
        st.error(ss["update_error"])
    st.markdown(
        "Here is what we read from your letter. If something is wrong, change it. Answer the questions you can: "
        "they decide whether some rules apply to you. Then press **Update the analysis**: your letter is not read again."
    )
    questions = analysis.questions
    field_qs = [q for q in questions if q.get("kind", "fact") != "fact"]
    fact_qs = _fact_questions(analysis)
    titles = {o.get("rule_id"): o.get("title") for o in analysis.result.get("rule_outcomes") or []}
    if field_qs:
        st.warning(
            "**To finish checking your letter we need:**\n"
            + "\n".join(f"- {q['question']} (fill in “{FIELD_LABELS.get(q['id'], q['id'])}” below)" for q in field_qs),
            icon=":material/help:",
        )
    with st.form(f"fixes_{doc_key}"):
        c1, c2 = st.columns(2)
        for n, (path, short, label, names) in enumerate(ENUM_FIELDS):
            with (c1 if n % 2 == 0 else c2):
                _enum_select(label, short, doc_key, letter, path, names)
        for path, short, label in TEXT_FIELDS:
            with (c2 if len(ENUM_FIELDS) % 2 else c1):
                st.text_input(label, value=str(_path_value(letter, path) or ""), key=f"fix_{doc_key}_{short}")
        dcols = st.columns(len(DATE_FIELDS))
        for col, (path, label) in zip(dcols, DATE_FIELDS.items(), strict=False):
            with col:
                st.date_input(
                    label, value=_parse_date(_path_value(letter, path)), key=f"fix_{doc_key}_{path}",
                    min_value=dt.date(1990, 1, 1), max_value=dt.date.today() + dt.timedelta(days=3 * 365),
                    format="MM/DD/YYYY",
                )
        if fact_qs:
            st.markdown("**Questions** (answer only what you know; “Not sure” is fine)")
            for q in fact_qs:
                prior = ss.get("facts", {}).get(q["id"], q.get("current"))
                st.radio(
                    q["question"], ["Not sure", "Yes", "No"],
                    index=0 if prior is None else (1 if prior else 2), horizontal=True, key=f"q_{doc_key}_{q['id']}",
                )
                affects = [titles.get(a, a) for a in q.get("affects") or []]
                if affects:
                    st.caption("Your answer can change: " + "; ".join(md(a) for a in affects))
        st.form_submit_button("Update the analysis", type="primary", on_click=_apply_fixes, args=(doc_key,))
    if ss.get("corrections"):
        base_letter = base.letter
        lines = [
            f"- {FIELD_LABELS.get(path, path)}: {md(_plain_value(path, _path_value(base_letter, path)))} → "
            f"{md(_plain_value(path, value))}"
            for path, value in ss["corrections"].items()
        ]
        st.caption("Your corrections:\n" + "\n".join(lines))


def _plain_value(path: str, value: Any) -> str:
    if value in (None, ""):
        return "(not found)"
    for p, _short, _label, names in ENUM_FIELDS:
        if p == path:
            return str(names.get(value, value))
    d = _parse_date(value) if path.startswith("dates.") else None
    return _long_date(d) if d else str(value)


def _enum_select(label: str, short: str, doc_key: str, letter: dict, path: str, names: dict) -> None:
    current = _path_value(letter, path)
    options = ["__unknown__"] + [k for k in names if k != "unknown"]
    if current and current not in options:
        options.append(current)

    def fmt(v: str) -> str:
        if v == "__unknown__":
            return "(not found in the letter / not sure)"
        return f"{names.get(v, v)}" + (f" ({v})" if path == "state" else "")

    index = options.index(current) if current in options else 0
    st.selectbox(label, options, index=index, format_func=fmt, key=f"fix_{doc_key}_{short}")


def _grievance(analysis: Analysis, doc_key: str) -> None:
    result = analysis.result
    arguments = result.get("arguments") or []
    st.markdown(
        "A **grievance** (appeal) asks Kaiser to change its decision. Below are the arguments we found, strongest "
        "first, and a letter you can edit, download, sign and send. Keep a copy, and send it before the deadline."
    )
    if arguments:
        st.subheader("Your arguments")
        for n, arg in enumerate(arguments, 1):
            with st.expander(f"{n}. {md(arg.get('heading', ''))}", expanded=n <= 3):
                st.markdown(md(arg.get("text", "")))
                if arg.get("citations"):
                    st.caption("Law: " + "; ".join(md(c) for c in arg["citations"]))
    st.subheader("Your grievance letter")
    letter = result["letter"]
    c1, c2, c3 = st.columns([2, 3, 2])
    with c1:
        name = st.text_input("Your name", value=str(_value(letter.get("member_name")) or ""), key=f"m_name_{doc_key}")
    with c2:
        address = st.text_input("Your address", key=f"m_addr_{doc_key}")
    with c3:
        phone = st.text_input("Your phone", key=f"m_phone_{doc_key}")
    member = {"name": name.strip() or None, "address": address.strip() or None, "phone": phone.strip() or None}
    from analyzer.letter import draft_letter, find_blanks

    draft = draft_letter(result, member)
    # a new draft (new corrections or details) replaces the text box; the member's own edits live in it until then
    text_key = f"letter_{doc_key}_{hashlib.sha256(draft.text.encode('utf-8')).hexdigest()[:12]}"
    text = st.text_area("Edit the letter here before you download it", value=draft.text, height=520, key=text_key)
    blanks = find_blanks(text)
    if blanks:
        st.warning("Before you send it, fill in the parts in \\[BRACKETS\\]: " + ", ".join(md(b) for b in blanks))
    if draft.notes:
        with st.expander("Before you send this letter: a checklist for you (not part of the letter)"):
            st.markdown("\n".join(f"- {md(n)}" for n in draft.notes))
    _downloads(analysis, draft, text, doc_key)


def edited_letter(draft: Any, text: str) -> Any:
    """The draft as the member edited it: their text line by line (the exports keep each line), notes kept."""
    from dataclasses import replace

    if text == draft.text:
        return draft
    return replace(
        draft, title="", sender=text.rstrip("\n").split("\n"), date_line="", recipient=[], subject=[], salutation="",
        sections=[], closing=[], enclosures=[],
    )


def _downloads(analysis: Analysis, draft: Any, text: str, doc_key: str) -> None:
    from analyzer import exports

    result = analysis.result
    letter = edited_letter(draft, text)
    stem = Path(result["source"].get("file") or "letter").stem or "letter"
    st.markdown("**Download**" + (" (with your edits)" if letter is not draft else ""))
    cols = st.columns(5)
    made = [
        ("Letter (Word, DOCX)", lambda: exports.to_docx(letter), f"grievance-{stem}.docx",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("Letter (PDF)", lambda: exports.to_pdf(letter), f"grievance-{stem}.pdf", "application/pdf"),
        ("Letter (text)", lambda: exports.to_text(letter), f"grievance-{stem}.txt", "text/plain"),
        ("Deadlines (calendar)", lambda: exports.deadlines_ics(result), f"deadlines-{stem}.ics", "text/calendar"),
        ("Full analysis (JSON)", lambda: exports.analysis_json(result), f"analysis-{stem}.json", "application/json"),
    ]
    for col, (label, make, fname, mime) in zip(cols, made, strict=False):
        with col:
            try:
                data = make()
            except AnalyzerError as err:
                st.caption(f"{label}: {err.message}")
                continue
            except Exception as exc:  # one broken export must not hide the others
                log.error("export %s failed: %s", fname.rsplit(".", 1)[-1], type(exc).__name__)
                st.caption(f"{label}: not available right now.")
                continue
            st.download_button(
                label, data=data, file_name=fname, mime=mime, key=f"dl_{doc_key}_{fname.rsplit('.', 1)[-1]}",
                on_click="ignore",  # a download changes nothing on the page: no rerun
            )


def _one_letter() -> None:
    picked = _input_section()
    if picked is None:
        return
    key, source, name = picked
    ss = st.session_state
    if ss.get("input_key") != key or "analysis" not in ss:
        _set_analysis(key, _run_analysis(source, name))
    analysis: Analysis = ss["analysis"]
    result = analysis.result
    if result.get("errors"):
        for err in result["errors"]:
            st.error(err.get("message", "This file could not be read."))
        return
    _warnings(result)
    doc_key = _doc_key(analysis)
    _summary(result)
    n = len(result["flags"])
    tabs = st.tabs([
        f"Problems found ({n})", "Your letter with highlights", "Check what we understood",
        "Your grievance letter", "Full check list",
    ])
    with tabs[0]:
        _guarded(_problems, result)
    with tabs[1]:
        _highlights_part(analysis, doc_key)
    with tabs[2]:
        _guarded(_fixes, analysis, doc_key)
    with tabs[3]:
        _grievance_part(analysis, doc_key)
    with tabs[4]:
        _guarded(_audit, result)


def _several_letters() -> None:
    import pandas as pd

    from analyzer import to_frames

    st.markdown(
        "For advocates and clinics: add several letters to see their problems side by side. "
        "Each letter is read on this computer and forgotten when you close the page."
    )
    files = st.file_uploader(
        "Drag and drop the letters here (PDFs or photos)", type=UPLOAD_TYPES, accept_multiple_files=True,
        key="bulk_upload",
    )
    if not files:
        return
    ss = st.session_state
    ident = tuple((f.name, hashlib.sha256(f.getvalue()).hexdigest()) for f in files)
    if ss.get("bulk_key") != ident:
        bar = st.progress(0.0, text="Starting…")
        analyses = []
        for i, f in enumerate(files):
            bar.progress(i / len(files), text=f"Reading letter {i + 1} of {len(files)}…")
            analyses.append(analyze(f.getvalue(), file_name=f.name))
        bar.progress(1.0, text=f"Read {len(files)} letters.")
        frames = to_frames([a.result for a in analyses])
        ss["bulk_key"], ss["bulk_frames"] = ident, frames
    frames = ss["bulk_frames"]
    documents: pd.DataFrame = frames.documents
    flags: pd.DataFrame = frames.flags
    st.subheader("Letters")
    shown = [c for c in BULK_DOCUMENT_COLUMNS if c in documents.columns]
    st.dataframe(documents[shown], hide_index=True, width="stretch")
    st.caption("The CSV downloads below hold every column.")
    st.subheader("Problems across the letters")
    if len(flags):
        by = "title" if "title" in flags.columns else "rule_id"
        counts = flags.groupby(by).size().sort_values(ascending=False).rename("letters").to_frame()
        st.bar_chart(counts, horizontal=True, x_label="number of problems", y_label="")
        shown = [c for c in BULK_FLAG_COLUMNS if c in flags.columns]
        st.dataframe(flags[shown], hide_index=True, width="stretch")
    else:
        st.info("No problems were found in these letters.")
    c1, c2 = st.columns(2)
    with c1:
        st.download_button("Letters table (CSV)", documents.to_csv(index=False).encode("utf-8"),
                           file_name="letters.csv", mime="text/csv", key="bulk_csv_docs", on_click="ignore")
    with c2:
        st.download_button("Problems table (CSV)", flags.to_csv(index=False).encode("utf-8"),
                           file_name="problems.csv", mime="text/csv", key="bulk_csv_flags", on_click="ignore")


def page() -> None:
    st.title("Understand your Kaiser Permanente denial letter")
    st.markdown(
        "Add the letter Kaiser sent you. In about a minute you will see **what was denied**, **what is wrong with "
        "the letter**, **your deadline**, and a **grievance letter** you can send."
    )
    st.caption(PRIVACY_NOTE)
    st.caption("This is not legal advice. Free help lines for your plan are listed with your results.")
    one, several = st.tabs(["One letter", "Several letters"])
    with one:
        _guarded(_one_letter)
    with several:
        _guarded(_several_letters)


def _guarded(section: Callable[..., None], *args: Any) -> None:
    """Where errors meet the member: the engine's own message as it is, anything else as a plain apology.

    Each part of the page is guarded on its own so one failing part (say, an export) leaves the rest usable.
    Streamlit's rerun/stop signals are BaseExceptions and pass through untouched.
    """
    try:
        section(*args)
    except AnalyzerError as err:
        st.error(err.message)
    except Exception as exc:
        log.error("%s failed: %s", section.__name__.lstrip("_"), type(exc).__name__)  # never the message: it could quote the letter
        st.error(GENERIC_ERROR)


@st.fragment  # picking a problem redraws only the pictures, not the whole page
def _highlights_part(analysis: Analysis, doc_key: str) -> None:
    _guarded(_highlights, analysis, doc_key)  # a fragment reruns alone: it needs its own guard


@st.fragment  # typing a name or an address redrafts only the letter and its downloads
def _grievance_part(analysis: Analysis, doc_key: str) -> None:
    _guarded(_grievance, analysis, doc_key)


def main() -> None:
    st.set_page_config(page_title="Your Kaiser denial letter", page_icon="📄", layout="wide")
    _guarded(page)


# ``streamlit run`` (and AppTest) execute this file as __main__; tests import it for its helpers
if __name__ == "__main__":
    main()
