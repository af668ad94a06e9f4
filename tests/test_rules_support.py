"""Hand-made letters for the rule-engine tests: text blocks in ordinary plan wording plus schema letter dicts.

Holds no tests itself; imported by tests/test_rules*.py and tests/test_deadlines*.py.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from analyzer.document import Document
from analyzer.rules import evaluate_rule, load_catalogue
from analyzer.rules.facts import infer_context

REASON = ("We denied your request for lumbar fusion surgery (CPT 22612). Your medical records show 2 weeks of "
          "physical therapy; the criteria require 6 weeks of physical therapy before fusion surgery is considered.")

BLOCKS: dict[str, str] = {
    "header": "Kaiser Foundation Health Plan, Inc.\nMarch 2, 2026\nRequest received: February 25, 2026\n",
    "reason": REASON,
    "criteria": "We used the Kaiser Permanente Clinical Review Criteria for Lumbar Fusion (January 2026 version).",
    "reviewer": "This decision was made by Jane Roe, MD, Physician Reviewer, Orthopedic Surgery. "
                "Direct line: (510) 555-0142.",
    "provision": 'See your Evidence of Coverage, Section 5, "Exclusions and Limitations."',
    "grievance": "You may file a grievance within 180 days from the date of this letter. Call Member Services at "
                 "1-800-464-4000 or write to Member Relations, 1950 Franklin Street, Oakland, CA 94612.",
    "expedited": "If waiting could seriously harm your health, you or your doctor may ask for an expedited review. "
                 "We will decide within 72 hours.",
    "external": "You may apply to the Department of Managed Health Care for an Independent Medical Review (IMR) "
                "within 6 months of our written grievance decision.",
    "documents": "You may ask for copies of all documents and records relevant to this decision free of charge. You "
                 "may also ask for the diagnosis and treatment codes and their meanings free of charge.",
    "consumer": "The Health Consumer Alliance can help you file a grievance at no cost: 1-888-804-3536.",
    "dmhc": "The California Department of Managed Health Care regulates health care service plans. If you have a "
            "grievance against your health plan, first call your plan at 1-800-464-4000 and use the plan's "
            "grievance process. The department's toll-free number is 1-888-466-2219 and its TDD line is "
            "1-877-688-9891. Forms are on the website www.dmhc.ca.gov.",
    "taglines": "\n".join([
        "English: Free language assistance, including interpreters, is available. Call 1-800-464-4000.",
        "Español: Le ofrecemos ayuda gratuita con el idioma. Llame al 1-800-464-4000.",
        "中文：我們免費提供語言協助及口譯服務。",
        "Tiếng Việt: Quý vị được hỗ trợ ngôn ngữ miễn phí.",
        "Tagalog: May libreng tulong sa wika. Tumawag sa 1-800-464-4000.",
        "한국어: 언어 지원 서비스를 무료로 받으실 수 있습니다.",
        "Հայերեն. Ձեզ կարող է անվճար տրամադրվել լեզվական օգնություն։",
        "Русский: Вы можете бесплатно получить языковую помощь.",
        "فارسی: کمک زبانی به صورت رایگان در اختیار شما است.",
        "日本語：通訳を含む言語支援を無料でご利用いただけます。",
        "ਪੰਜਾਬੀ: ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਤੁਹਾਡੇ ਲਈ ਮੁਫਤ ਉਪਲਬਧ ਹੈ।",
        "ខ្មែរ៖ មានជំនួយផ្នែកភាសាដោយឥតគិតថ្លៃ។",
        "Hmoob: Muaj kev pab txhais lus pub dawb rau koj.",
        "हिंदी: भाषा सहायता आपके लिए निःशुल्क उपलब्ध है।",
        "ภาษาไทย: มีบริการช่วยเหลือด้านภาษาให้คุณฟรี",
    ]),
}
ORDER = ("header", "reason", "criteria", "reviewer", "provision", "grievance", "expedited", "external", "documents",
         "consumer", "dmhc", "taglines")


def letter_text(omit: Iterable[str] = (), extra: Iterable[str] = (), replace: Mapping[str, str] | None = None) -> str:
    blocks = dict(BLOCKS)
    blocks.update(replace or {})
    parts = [blocks[k] for k in ORDER if k not in set(omit)]
    parts.extend(extra)
    return "\n\n".join(parts)


def _f(v: Any) -> dict:
    return {"value": v, "evidence": []}


BASE_FIELDS: dict[str, Any] = {
    "state": "CA", "plan_type": "commercial_hmo", "letter_kind": "initial_denial", "urgency": "standard",
    "denial_category": "medical_necessity", "denial_reason": REASON,
    "dates": {"letter": "2026-03-02", "request_received": "2026-02-25", "decision": "2026-03-02", "service": None},
    "reviewer": {"name": "Jane Roe", "credentials": "MD", "specialty": "Orthopedic Surgery", "phone": "(510) 555-0142"},
    "criteria_cited": ["Kaiser Permanente Clinical Review Criteria for Lumbar Fusion"],
    "stated_appeal_deadline_days": 180,
    "services": [{"text": "Lumbar spinal fusion", "codes": ["22612"]}],
    "diagnoses": [{"text": "Lumbar spinal stenosis", "codes": ["M48.062"]}],
    "requesting_provider": None,
}


def make_letter(**overrides: Any) -> dict:
    """A schema ``letter`` object; overrides use field names, dotted names for dates/reviewer (dates__letter)."""
    vals = copy.deepcopy(BASE_FIELDS)
    for k, v in overrides.items():
        if "__" in k:
            a, b = k.split("__")
            vals[a][b] = v
        else:
            vals[k] = v
    letter = {k: _f(vals.get(k)) for k in ("insurer", "region", "state", "plan_type", "letter_kind", "urgency",
                                             "member_name", "member_id", "requesting_provider", "denial_category",
                                             "denial_reason", "stated_appeal_deadline_days")}
    letter["dates"] = {k: _f(v) for k, v in vals["dates"].items()}
    letter["reviewer"] = {k: _f(v) for k, v in vals["reviewer"].items()}
    letter["services"] = [dict(s, evidence=[]) for s in vals["services"]]
    letter["diagnoses"] = [dict(s, evidence=[]) for s in vals["diagnoses"]]
    letter["criteria_cited"] = [_f(c) for c in vals["criteria_cited"]]
    return letter


def make_ctx(text: str | None = None, facts: Mapping[str, Any] | None = None, **fields: Any):
    doc = Document.from_text(text if text is not None else letter_text())
    return infer_context(doc, make_letter(**fields), [], dict(facts or {}))


def outcome(rule_id: str, text: str | None = None, facts: Mapping[str, Any] | None = None, **fields: Any):
    rule = load_catalogue().rules[rule_id]
    return evaluate_rule(rule, make_ctx(text, facts, **fields))
