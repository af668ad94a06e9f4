"""Text helpers and patterns of the rule engine: wrapped PDF lines, sentences, offers, Spanish notices, fuzzing."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_rules_support import letter_text, make_ctx

from analyzer.rules import evaluate_rules, facts, patterns
from analyzer.rules import text as T
from analyzer.rules.outcome import STATUSES


@pytest.mark.parametrize("module", [patterns, facts])
def test_every_module_pattern_compiles(module):
    for name, value in vars(module).items():
        if name.isupper() and isinstance(value, str):
            re.compile(value, T.FLAGS)


def test_phrases_match_across_wrapped_lines_with_the_same_offsets():
    text = "call the Department of Managed\nHealth Care at 1-888-466-2219"
    hit = T.find(text, r"Department of Managed Health Care")
    assert hit and hit.text == "Department of Managed\nHealth Care" and text[hit.start:hit.end] == hit.text


def test_sentences_do_not_end_at_titles_or_month_abbreviations():
    s = T.sentences("Dr. Lee will see you on Mar. 16, 2026 at the clinic. Call us.\n\nNext paragraph")
    assert [x.text.strip() for x in s] == ["Dr. Lee will see you on Mar. 16, 2026 at the clinic.", "Call us.",
                                           "Next paragraph"]


@pytest.mark.parametrize("sentence,kind,when", [
    ("You have a second opinion appointment with Dr. Leila Haddad on 05/27/2026.", "qualified", date(2026, 5, 27)),
    ("We have arranged an appointment for you with Dolores Mendoza, M.D., Breast Surgery, on December 11, 2025.",
     "qualified", date(2025, 12, 11)),
    ("An appointment is available with Dr. Kapoor (Spine Surgery) on 18 December 2025.", "qualified",
     date(2025, 12, 18)),
    ("Tiene una cita con la Dra. Ana Ruiz el 25 de septiembre de 2026.", "qualified", date(2026, 9, 25)),
    ("Please call if you would like another visit with Dr. Renner.", "same_provider", None),
    ("Plan providers are available.", "none", None),
])
def test_in_network_offer(sentence, kind, when):
    offer = patterns.second_opinion_offer(make_ctx(letter_text(extra=[sentence])))
    assert offer.kind == kind and offer.when == when


def test_first_level_deadline_ignores_plan_time_frames_and_next_levels():
    text = ("We will send you a written decision within 30 days. You may apply for IMR within 6 months. "
            "You must file your appeal within 60 days from the date of this notice.")
    days, hit = patterns.first_level_deadline(text)
    assert days == 60 and "60 days" in hit.text


def test_tagline_languages_are_counted_by_script_and_name():
    langs = patterns.tagline_languages("Español: Llame gratis.\n中文：我們免費提供語言協助。\nTagalog: Tumawag.")
    assert langs == {"Spanish", "Chinese", "Tagalog"}


SPANISH = """Kaiser Foundation Health Plan - Medi-Cal
Negamos esta solicitud porque el proveedor no forma parte de la red. Esta decisión se basa en su Manual para
Miembros (Evidencia de Cobertura), capítulo 3.
Cómo apelar: puede presentar una apelación dentro de los 60 días. Llame al 1-800-464-4000.
Si su salud está en peligro, puede pedir una apelación acelerada. Decidiremos en 72 horas.
Puede pedir una Audiencia Estatal. Puede pedir copias gratis de los documentos que usamos.
Si pide la apelación dentro de 10 días, puede seguir recibiendo los servicios (ayuda pagada pendiente)."""


@pytest.mark.parametrize("rule_id", ["notice.grievance_rights", "notice.plan_provision", "notice.expedited_review",
                                     "notice.external_review", "notice.documents_access",
                                     "notice.continuation_of_benefits"])
def test_spanish_medi_cal_notice_elements_are_found(rule_id):
    ctx = make_ctx(SPANISH, plan_type="medi_cal", denial_category="out_of_network", stated_appeal_deadline_days=60,
                   denial_reason="Negamos esta solicitud porque el proveedor no forma parte de la red.")
    (o,) = [o for o in evaluate_rules(ctx) if o.rule_id == rule_id]
    assert o.status == "passed", (o.rule_id, o.reason or o.explanation)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600), st.sampled_from(["commercial_hmo", "medi_cal", "medicare_advantage", "fehb", None]),
       st.sampled_from(["initial_denial", "payment_denial", "second_opinion_denial", "delay_notice", None]))
def test_any_text_gets_an_outcome_for_every_rule(text, plan_type, kind):
    ctx = make_ctx(text or " ", plan_type=plan_type, letter_kind=kind, denial_reason=text[:200] or None)
    outs = evaluate_rules(ctx)
    assert len(outs) == 29 and all(o.status in STATUSES for o in outs)
    assert all(o.evidence for o in outs if o.status == "raised")


def test_plain_language_codes_on_request_statement_counts():
    """'If you'd like the diagnosis and treatment codes ..., just ask - it's free' offers the codes (45 CFR 147.136)."""
    import re

    from analyzer.rules import patterns as P

    text = ("If you'd like the diagnosis and treatment codes for this claim and what they mean, just ask - it's free, "
            "and asking doesn't count as an appeal.")
    assert re.search(P.CODES_WORD, text, re.I) and re.search(P.FREE_ON_REQUEST, text, re.I)
    assert not re.search(P.FREE_ON_REQUEST, "The diagnosis codes are listed below.", re.I)
