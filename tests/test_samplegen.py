"""Sample-letter generator: determinism, truth/annotation agreement, rendering, defects and applicability."""

from __future__ import annotations

import io
import re
import time

import pdfplumber
import pytest

from analyzer.samplegen import DEFECTS, generate, render_pdf, render_photo, render_scan, template_names
from analyzer.samplegen.dates import parse as parse_date
from analyzer.samplegen.defects import applicable

DATE_LABELS = {
    "DATE_LETTER": "letter",
    "DATE_RECEIVED": "request_received",
    "DATE_DECISION": "decision",
    "DATE_SERVICE": "service",
}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def test_at_least_ten_templates():
    from analyzer.samplegen.templates import MODELED_ON

    assert len(template_names()) >= 10
    assert set(MODELED_ON) == set(template_names())


def test_every_plan_type_and_letter_kind_can_be_generated():
    plans = ["commercial_hmo", "erisa_group", "medicare_advantage", "medi_cal", "medicaid", "fehb"]
    kinds = ["initial_denial", "partial_denial", "payment_denial", "grievance_decision", "delay_notice", "termination_notice"]
    for p in plans:
        for k in kinds:
            t = generate(11, plan_type=p, letter_kind=k).truth
            assert (t["plan_type"], t["letter_kind"]) == (p, k)
    for p in ("commercial_hmo", "medi_cal"):
        assert generate(11, plan_type=p, letter_kind="second_opinion_denial").truth["denial_category"] == "second_opinion"


@pytest.mark.parametrize("seed", [0, 17, 4242])
def test_deterministic(seed):
    a, b = generate(seed), generate(seed)
    assert a.truth == b.truth
    assert a.text == b.text
    assert a.annotations == b.annotations
    assert render_pdf(a) == render_pdf(b)


def test_different_seeds_differ():
    texts = {generate(s).text for s in range(20)}
    assert len(texts) == 20


def _check_pdf_contains_truth(template: str, seed: int) -> None:
    if True:
        spec = generate(seed, template=template)
        t = norm(pdf_text(render_pdf(spec)))
        tr = spec.truth
        assert norm(tr["member"]["name"]) in t
        assert tr["member"]["id"] in t
        assert norm(tr["denial_reason"]) in t
        for s in tr["services"]:
            for code in s["codes"]:
                assert code in t
        for d in tr["diagnoses"]:
            for code in d["codes"]:
                assert code in t
        # the generator's own text is what pdfplumber reads, modulo whitespace
        assert norm(spec.text.replace("\f", " ")) == t


@pytest.mark.parametrize("template", template_names())
def test_template_pdf_contains_truth(template):
    _check_pdf_contains_truth(template, 1)


@pytest.mark.slow
@pytest.mark.parametrize("template", template_names())
def test_template_pdf_contains_truth_many_seeds(template):
    for seed in range(2, 12):
        _check_pdf_contains_truth(template, seed)


@pytest.mark.parametrize("seed", range(0, 400, 13))
def test_annotations_slice_to_truth(seed):
    spec = generate(seed)
    tr, text = spec.truth, spec.text
    labels = {lab for lab, _, _ in spec.annotations}
    for lab, s, e in spec.annotations:
        val = norm(text[s:e])
        assert val, lab
        if lab == "MEMBER_NAME":
            assert val == norm(tr["member"]["name"])
        elif lab == "MEMBER_ID":
            assert val == tr["member"]["id"]
        elif lab == "REASON":
            assert val == norm(tr["denial_reason"])
        elif lab in ("CPT", "HCPCS"):
            assert val in {c for x in tr["services"] for c in x["codes"]}
            assert re.fullmatch(r"\d{4}[0-9FT]" if lab == "CPT" else r"[A-Z]\d{4}", val)
        elif lab == "ICD10":
            assert re.fullmatch(r"[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?", val)
        elif lab in DATE_LABELS and tr["dates"][DATE_LABELS[lab]]:
            assert parse_date(val).isoformat() == tr["dates"][DATE_LABELS[lab]]
        elif lab == "REVIEWER_NAME":
            assert val == norm(tr["reviewer"]["name"])
        elif lab == "REVIEWER_PHONE":
            assert val == tr["reviewer"]["phone"]
        elif lab == "PROVIDER":
            assert val == norm(tr["requesting_provider"])
        elif lab == "CRITERIA":
            assert val in [norm(c) for c in tr["criteria_cited"]]
    # every truth value the letter states is annotated
    for key, lab in ((k, lab) for lab, k in DATE_LABELS.items()):
        assert (tr["dates"][key] is not None) == (lab in labels), key
    assert {norm(s["text"]) for s in tr["services"]} <= {
        norm(text[s:e]) for lab, s, e in spec.annotations if lab == "SERVICE"
    }
    assert (tr["stated_appeal_deadline_days"] is not None) == ("APPEAL_DAYS" in labels)


def test_truth_format():
    keys = [
        "id",
        "language",
        "insurer",
        "region",
        "state",
        "plan_type",
        "letter_kind",
        "urgency",
        "dates",
        "member",
        "requesting_provider",
        "services",
        "diagnoses",
        "denial_category",
        "denial_reason",
        "reviewer",
        "criteria_cited",
        "stated_appeal_deadline_days",
        "expected_flags",
        "either_way_flags",
        "notes",
    ]
    for seed in range(30):
        tr = generate(seed).truth
        assert all(k in tr for k in keys)
        assert tr["insurer"] == "Kaiser Permanente"
        assert tr["plan_type"] in (
            "commercial_hmo",
            "erisa_group",
            "medicare_advantage",
            "medi_cal",
            "medicaid",
            "fehb",
        )
        assert tr["urgency"] in ("standard", "expedited")
        assert set(tr["dates"]) == {"letter", "request_received", "decision", "service"}
        assert tr["dates"]["letter"]


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_each_defect_is_planted_and_labelled(defect):
    for seed in range(3):
        spec = generate(seed, defects=[defect])
        tr = spec.truth
        assert defect in tr["expected_flags"]
        assert defect in tr["notes"]
        assert applicable(defect, tr["plan_type"], tr["state"], tr["letter_kind"])
        t = norm(spec.text)
        if defect == "notice.dmhc_statement":
            assert "1-888-466-2219" not in t and "dmhc.ca.gov" not in t
        if defect == "notice.language_assistance":
            assert "ATENCIÓN" not in t and "中文" not in t
        if defect == "notice.appeal_deadline":
            minimum = {
                "commercial_hmo": 180,
                "erisa_group": 180,
                "medicare_advantage": 60,
                "medi_cal": 60,
                "medicaid": 60,
                "fehb": 180,
            }
            assert tr["stated_appeal_deadline_days"] < minimum[tr["plan_type"]]
        if defect == "process.reviewer_not_physician":
            assert tr["reviewer"] and tr["reviewer"]["credentials"] in (None, "RN")
        if defect == "notice.criteria_cited":
            assert tr["criteria_cited"] == []
        if defect == "process.decision_untimely":
            assert tr["dates"]["request_received"]
        if defect == "process.emergency_prior_auth":
            assert re.search(r"emergency", t, re.I) and tr["denial_category"] == "no_prior_authorization"


def _check_flags(seeds) -> None:
    from analyzer.samplegen.defects import DEFECTS as D

    for seed in seeds:
        tr = generate(seed).truth
        for d in tr.get("defects", []):
            assert applicable(d, tr["plan_type"], tr["state"], tr["letter_kind"]), (seed, d)
            assert d in D
        ca_only = ("notice.dmhc_statement", "second_opinion.", "mh_parity.", "experimental.", "network.")
        if tr["state"] != "CA" or tr["plan_type"] == "medicare_advantage":
            assert not [f for f in tr["expected_flags"] if f.startswith(ca_only)], (seed, tr["expected_flags"])


def test_flags_only_where_applicable():
    _check_flags(range(100))


@pytest.mark.slow
def test_flags_only_where_applicable_many():
    _check_flags(range(100, 2100))


@pytest.mark.parametrize("template", template_names())
def test_compliant_letters_have_required_elements(template):
    for seed in range(2):
        try:
            spec = generate(seed, template=template, defects=[])
        except ValueError:
            continue
        tr, t = spec.truth, norm(spec.text)
        assert tr["expected_flags"] == []
        if tr["state"] == "CA" and tr["plan_type"] in ("commercial_hmo", "medi_cal"):
            for item in ("1-888-466-2219", "1-877-688-9891", "www.dmhc.ca.gov"):
                assert item in t
        if tr["letter_kind"] not in ("grievance_decision", "delay_notice"):
            assert tr["stated_appeal_deadline_days"] is not None
        if tr["denial_category"] == "medical_necessity" and tr["letter_kind"] != "payment_denial":
            assert tr["criteria_cited"]
        if tr["plan_type"] == "medicare_advantage":
            assert "1-800-MEDICARE" in t or "Independent Review Entity" in t


def test_scan_has_no_text_layer_and_keeps_page_size():
    spec = generate(5)
    scan = render_scan(render_pdf(spec), dpi=100, seed=5)
    fax = render_scan(render_pdf(spec), dpi=100, fax=True, seed=6)
    for data in (scan, fax):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert len(pdf.pages) == len(spec.pages)
            assert all(len(p.chars) == 0 for p in pdf.pages)
            assert abs(pdf.pages[0].width - 612) < 2 and abs(pdf.pages[0].height - 792) < 2


def test_scan_and_photo_are_deterministic():
    pdf = render_pdf(generate(8))
    assert render_scan(pdf, dpi=60, seed=1) == render_scan(pdf, dpi=60, seed=1)
    assert render_scan(pdf, dpi=60, fax=True, seed=1) == render_scan(pdf, dpi=60, fax=True, seed=1)
    assert render_photo(pdf, 1, seed=2, dpi=60) == render_photo(pdf, 1, seed=2, dpi=60)


def test_photo_is_jpeg():
    from PIL import Image

    data = render_photo(render_pdf(generate(3)), 1, seed=3)
    assert data[:3] == b"\xff\xd8\xff"
    im = Image.open(io.BytesIO(data))
    assert im.format == "JPEG" and im.size[0] > 1000


def test_speed_generate_and_render():
    t0 = time.perf_counter()
    n = 30
    for seed in range(n):
        render_pdf(generate(seed))
    assert (time.perf_counter() - t0) / n < 0.3


def test_constraints():
    s = generate(1, plan_type="medi_cal", language="es")
    assert s.truth["language"] == "es" and s.truth["plan_type"] == "medi_cal"
    s = generate(2, plan_type="erisa_group", state="GA")
    assert s.truth["state"] == "GA"
    s = generate(3, letter_kind="second_opinion_denial")
    assert s.truth["denial_category"] == "second_opinion"
    with pytest.raises(ValueError):
        generate(1, defects=["no.such_rule"])
    with pytest.raises(ValueError):
        generate(1, plan_type="medicare_advantage", defects=["notice.dmhc_statement"])


# --- held-out "fresh" evaluation templates (analyzer/samplegen/fresh.py) ------------------------------------

OLD_TEMPLATES = [
    "kp_letterhead", "twocol_header", "fax_provider", "plain_memo", "erisa_adverse", "cms_ndmc_form", "medi_cal_noa",
    "eob_claim", "grievance_decision", "second_opinion_ca", "fehb_letter", "provider_letter", "ca_checkbox_form",
    "portal_printout", "medicaid_notice", "medi_cal_noa_es", "kp_letter_es",
]
FRESH = ["fresh_qa_notice", "fresh_um_table", "fresh_pharmacy_or_bh"]
# sha256 over (text, truth) of generate(seed) for seeds 0..199, computed before the fresh templates were added
DEFAULT_POOL_HASH = "b8e7a90b443b54285c9d18552210ad04234fdd718b207a116b6b8ed66844b402"


def test_fresh_templates_do_not_change_default_generation():
    import hashlib
    import json

    from analyzer.samplegen import fresh_template_names

    assert template_names() == OLD_TEMPLATES
    assert fresh_template_names() == FRESH
    assert not set(FRESH) & set(template_names())
    h = hashlib.sha256()
    for seed in range(200):
        spec = generate(seed)
        assert spec.template not in FRESH and spec.truth["template"] not in FRESH
        h.update(spec.text.encode())
        h.update(json.dumps(spec.truth, sort_keys=True, default=str).encode())
    assert h.hexdigest() == DEFAULT_POOL_HASH


def _check_fresh(template: str, seed: int, schema: set) -> None:
    spec = generate(seed, template=template)
    tr, text = spec.truth, spec.text
    assert spec.template == template and tr["template"] == template
    assert set(tr) == schema
    t = norm(pdf_text(render_pdf(spec, None)))
    assert norm(text.replace("\f", " ")) == t
    assert tr["member"]["id"] in t and norm(tr["member"]["name"]) in t
    letter_dates = spec.spans("DATE_LETTER")
    assert letter_dates and all(norm(d) in t for d in letter_dates)
    assert parse_date(norm(letter_dates[0])).isoformat() == tr["dates"]["letter"]
    assert norm(tr["denial_reason"]) in t
    labels = {lab for lab, _, _ in spec.annotations}
    # a truth field is set exactly when the letter prints it
    for lab, key in DATE_LABELS.items():
        assert (tr["dates"][key] is not None) == (lab in labels), (template, seed, key)
        for v in spec.spans(lab):
            assert parse_date(norm(v)).isoformat() == tr["dates"][key]
    assert (tr["requesting_provider"] is not None) == ("PROVIDER" in labels)
    assert (tr["reviewer"] is not None) == ("REVIEWER_NAME" in labels)
    if tr["reviewer"]:
        for k, lab in (("credentials", "REVIEWER_CRED"), ("specialty", "REVIEWER_SPECIALTY"), ("phone", "REVIEWER_PHONE")):
            assert (tr["reviewer"][k] is not None) == (lab in labels), (template, seed, k)
    assert (tr["stated_appeal_deadline_days"] is not None) == ("APPEAL_DAYS" in labels)
    assert {norm(s["text"]) for s in tr["services"]} == {norm(v) for v in spec.spans("SERVICE")}
    assert {norm(d["text"]) for d in tr["diagnoses"]} == {norm(v) for v in spec.spans("DIAGNOSIS")}
    assert {norm(c) for c in tr["criteria_cited"]} == {norm(v) for v in spec.spans("CRITERIA")}
    for s in tr["services"]:
        assert all(code in t for code in s["codes"])


@pytest.mark.parametrize("template", FRESH)
def test_fresh_template_renders_and_truth_matches_letter(template):
    schema = set(generate(1).truth)
    for seed in range(10):
        _check_fresh(template, seed, schema)
    assert generate(3, template=template).text == generate(3, template=template).text


def test_fresh_templates_cover_plans_and_kinds():
    seen = {t: set() for t in FRESH}
    for t in FRESH:
        for seed in range(60):
            tr = generate(seed, template=t).truth
            seen[t].add((tr["plan_type"], tr["letter_kind"]))
    assert {p for p, _ in seen["fresh_qa_notice"]} == {"commercial_hmo", "erisa_group"}
    assert {p for p, _ in seen["fresh_um_table"]} == {"commercial_hmo", "medicare_advantage", "medi_cal"}
    assert {p for p, _ in seen["fresh_pharmacy_or_bh"]} == {"commercial_hmo", "medicaid", "medi_cal"}
    assert all(len({k for _, k in s}) >= 3 for s in seen.values())
    spec = generate(4, template="fresh_um_table", plan_type="medicare_advantage", letter_kind="initial_denial")
    assert (spec.truth["plan_type"], spec.truth["letter_kind"]) == ("medicare_advantage", "initial_denial")


@pytest.mark.parametrize(
    "template,defect,absent",
    [
        ("fresh_qa_notice", "notice.language_assistance", "ATENCIÓN"),
        ("fresh_qa_notice", "notice.dmhc_statement", "1-888-466-2219"),
        ("fresh_qa_notice", "notice.consumer_assistance", "Free help"),
        ("fresh_um_table", "notice.external_review", "Independent Review Entity"),
        ("fresh_um_table", "notice.expedited_review", "72 hours"),
        ("fresh_pharmacy_or_bh", "notice.continuation_of_benefits", "10 days"),
        ("final_memo_letter", "notice.language_assistance", "ATENCIÓN"),
        ("final_memo_letter", "notice.dmhc_statement", "1-888-466-2219"),
        ("final_memo_letter", "notice.consumer_assistance", "Assistance with filing"),
        ("final_memo_letter", "notice.expedited_review", "72 hours"),
        ("final_notice_form", "notice.continuation_of_benefits", "10 days"),
        ("final_notice_form", "notice.external_review", "Independent Review Entity"),
        ("final_appeal_outcome", "notice.external_review", "external review"),
        ("final_appeal_outcome", "notice.dmhc_statement", "dmhc.ca.gov"),
        ("blind_fax_auth", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind_fax_auth", "notice.consumer_assistance", "Help with appeals"),
        ("blind_fax_auth", "notice.expedited_review", "72 hours"),
        ("blind_fax_auth", "notice.delay_requirements", "no later than"),
        ("blind_benefit_letter", "notice.language_assistance", "ATENCIÓN"),
        ("blind_benefit_letter", "notice.claim_identification", "amount billed"),
        ("blind_benefit_letter", "notice.external_review", "independent"),
        ("blind_bilingual_notice", "notice.continuation_of_benefits", "10 days"),
        ("blind_bilingual_notice", "notice.external_review", "Independent Review Entity"),
        ("blind_bilingual_notice", "notice.language_assistance", "Resumen en español"),
        ("blind2_ma_coverage_table", "notice.external_review", "Independent Review Entity"),
        ("blind2_ma_coverage_table", "notice.expedited_review", "72 hours"),
        ("blind2_ma_coverage_table", "notice.language_assistance", "ATENCIÓN"),
        ("blind2_knox_keene_bh", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind2_knox_keene_bh", "notice.consumer_assistance", "Health Consumer Alliance"),
        ("blind2_knox_keene_bh", "network.no_timely_in_network_alternative", "We have arranged"),
        ("blind2_erisa_admin_memo", "notice.external_review", "independent review organization"),
        ("blind2_erisa_admin_memo", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind2_erisa_admin_memo", "notice.plan_provision", "Limitations and Exclusions"),
        ("blind2_medicaid_plain", "notice.continuation_of_benefits", "10 days"),
        ("blind2_medicaid_plain", "notice.external_review", "fair hearing"),
        ("blind2_medicaid_plain", "notice.language_assistance", "Resumen en español"),
        ("blind2_medicaid_plain", "notice.expedited_review", "72 hours"),
        ("blind3_member_relations_resolution", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind3_member_relations_resolution", "notice.consumer_assistance", "Health Consumer Alliance"),
        ("blind3_member_relations_resolution", "notice.language_assistance", "ATENCIÓN"),
        ("blind3_member_relations_resolution", "notice.plan_provision", "Evidence of Coverage and Disclosure Form"),
        ("blind3_claim_statement", "notice.claim_identification", "every billing code and diagnosis code"),
        ("blind3_claim_statement", "notice.language_assistance", "ATENCIÓN"),
        ("blind3_claim_statement", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind3_claim_statement", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind3_fax_turnaround", "notice.delay_requirements", "Target date"),
        ("blind3_fax_turnaround", "notice.external_review", "Independent Review Entity"),
        ("blind3_fax_turnaround", "notice.expedited_review", "72 hours"),
        ("blind3_fax_turnaround", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind3_medi_cal_aviso_es", "notice.continuation_of_benefits", "10 días"),
        ("blind3_medi_cal_aviso_es", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind3_medi_cal_aviso_es", "notice.language_assistance", "ATENCIÓN"),
        ("blind3_medi_cal_aviso_es", "notice.plan_provision", "Manual para Miembros"),
        ("blind3_medi_cal_aviso_es", "network.no_timely_in_network_alternative", "Le hicimos una cita"),
        ("blind4_second_opinion_note", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind4_second_opinion_note", "notice.language_assistance", "ATENCIÓN"),
        ("blind4_second_opinion_note", "second_opinion.eligible_denied", "in-network"),
        ("blind4_second_opinion_note", "second_opinion.eligible_denied", "1383.15"),
        ("blind4_fehb_item_memo", "notice.external_review", "Office of Personnel Management"),
        ("blind4_fehb_item_memo", "notice.plan_provision", "Section 6"),
        ("blind4_fehb_item_memo", "notice.language_assistance", "ATENCIÓN"),
        ("blind4_portal_message", "notice.continuation_of_benefits", "Keep your services"),
        ("blind4_portal_message", "notice.external_review", "independent review organization"),
        ("blind4_portal_message", "notice.expedited_review", "72 hours"),
        ("blind4_portal_message", "notice.consumer_assistance", "Outside help, free of charge"),
        ("blind4_ma_legal_notice", "notice.external_review", "Independent Review Entity"),
        ("blind4_ma_legal_notice", "notice.expedited_review", "72 hours"),
        ("blind4_ma_legal_notice", "notice.language_assistance", "ATENCIÓN"),
        ("blind5_ma_drug_form", "notice.external_review", "Independent Review Entity"),
        ("blind5_ma_drug_form", "notice.expedited_review", "72 hours"),
        ("blind5_ma_drug_form", "notice.language_assistance", "ATENCIÓN"),
        ("blind5_um_fax_erisa", "notice.external_review", "independent review organization"),
        ("blind5_um_fax_erisa", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind5_um_fax_erisa", "notice.plan_provision", "Exclusions"),
        ("blind5_um_fax_erisa", "notice.language_assistance", "ATENCIÓN"),
        ("blind5_medicaid_aviso_es", "notice.continuation_of_benefits", "10 días"),
        ("blind5_medicaid_aviso_es", "notice.external_review", "audiencia imparcial"),
        ("blind5_medicaid_aviso_es", "notice.expedited_review", "72 horas"),
        ("blind5_medicaid_aviso_es", "notice.plan_provision", "Manual del Miembro"),
        ("blind5_medicaid_aviso_es", "notice.language_assistance", "ATENCIÓN"),
        ("blind5_bh_level_of_care", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind5_bh_level_of_care", "notice.consumer_assistance", "Health Consumer Alliance"),
        ("blind5_bh_level_of_care", "notice.language_assistance", "ATENCIÓN"),
        ("blind5_bh_level_of_care", "mh_parity.non_association_criteria", "nonprofit professional association"),
        ("blind6_ma_nomnc", "notice.external_review", "Independent Review Entity"),
        ("blind6_ma_nomnc", "notice.expedited_review", "72 hours"),
        ("blind6_ma_nomnc", "notice.language_assistance", "ATENCIÓN"),
        ("blind6_hmo_appeal_resolution", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind6_hmo_appeal_resolution", "notice.consumer_assistance", "Health Consumer Alliance"),
        ("blind6_hmo_appeal_resolution", "notice.plan_provision", "Coverage document:"),
        ("blind6_hmo_appeal_resolution", "notice.language_assistance", "ATENCIÓN"),
        ("blind6_oon_claim_eob", "notice.claim_identification", "Total charges"),
        ("blind6_oon_claim_eob", "notice.claim_identification", "diagnosis and treatment codes"),
        ("blind6_oon_claim_eob", "notice.consumer_assistance", "Where to get free help"),
        ("blind6_oon_claim_eob", "notice.plan_provision", "Plan reference:"),
        ("blind6_oon_claim_eob", "notice.language_assistance", "ATENCIÓN"),
        ("blind6_ca_experimental_or_pended", "experimental.terminal_illness_rights", "1368.1"),
        ("blind6_ca_experimental_or_pended", "notice.delay_requirements", "Decision expected by"),
        ("blind6_ca_experimental_or_pended", "notice.continuation_of_benefits", "10 days"),
        ("blind6_ca_experimental_or_pended", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind6_ca_experimental_or_pended", "notice.consumer_assistance", "Health Consumer Alliance"),
        ("blind6_ca_experimental_or_pended", "notice.language_assistance", "ATENCIÓN"),
        ("blind7_ca_quick_answer", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind7_ca_quick_answer", "notice.consumer_assistance", "Need help with an appeal"),
        ("blind7_ca_quick_answer", "network.no_timely_in_network_alternative", "We held an appointment"),
        ("blind7_ca_quick_answer", "notice.language_assistance", "ATENCIÓN"),
        ("blind7_partd_coverage_determination", "notice.external_review", "Independent Review Entity"),
        ("blind7_partd_coverage_determination", "notice.expedited_review", "72 hours"),
        ("blind7_partd_coverage_determination", "notice.language_assistance", "ATENCIÓN"),
        ("blind7_item_details_table", "notice.external_review", "External review"),
        ("blind7_item_details_table", "notice.expedited_review", "72 hours"),
        ("blind7_item_details_table", "notice.consumer_assistance", "Free consumer help"),
        ("blind7_item_details_table", "notice.plan_provision", "Plan document"),
        ("blind7_item_details_table", "notice.language_assistance", "ATENCIÓN"),
        ("blind7_medicaid_change_notice", "notice.continuation_of_benefits", "10 days"),
        ("blind7_medicaid_change_notice", "notice.external_review", "fair hearing"),
        ("blind7_medicaid_change_notice", "notice.expedited_review", "72 hours"),
        ("blind7_medicaid_change_notice", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind7_medicaid_change_notice", "notice.language_assistance", "ATENCIÓN"),
        ("blind8_erisa_final_appeal", "notice.external_review", "independent review organization"),
        ("blind8_erisa_final_appeal", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind8_erisa_final_appeal", "notice.language_assistance", "ATENCIÓN"),
        ("blind8_medical_noa_es", "notice.continuation_of_benefits", "Ayuda pagada pendiente"),
        ("blind8_medical_noa_es", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind8_medical_noa_es", "notice.plan_provision", "Regla de cobertura"),
        ("blind8_medical_noa_es", "notice.language_assistance", "ATENCIÓN"),
        ("blind8_outside_second_opinion", "second_opinion.eligible_denied", "1383.15"),
        ("blind8_outside_second_opinion", "second_opinion.eligible_denied", "An appointment is held"),
        ("blind8_outside_second_opinion", "network.no_timely_in_network_alternative", "An appointment is held"),
        ("blind8_outside_second_opinion", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind8_outside_second_opinion", "notice.consumer_assistance", "Health Consumer Alliance"),
        ("blind8_ma_dme_supply", "notice.external_review", "Independent Review Entity"),
        ("blind8_ma_dme_supply", "notice.expedited_review", "72 hours"),
        ("blind8_ma_dme_supply", "notice.language_assistance", "ATENCIÓN"),
        ("blind9_hi_pharmacy_exception", "notice.external_review", "independent review organization"),
        ("blind9_hi_pharmacy_exception", "notice.expedited_review", "72 hours"),
        ("blind9_hi_pharmacy_exception", "notice.consumer_assistance", "For help with an appeal"),
        ("blind9_hi_pharmacy_exception", "notice.language_assistance", "ATENCIÓN"),
        ("blind9_ca_concurrent_review", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind9_ca_concurrent_review", "notice.consumer_assistance", "Health Consumer Alliance"),
        ("blind9_ca_concurrent_review", "notice.language_assistance", "ATENCIÓN"),
        ("blind9_medicare_part_b_drug", "notice.external_review", "Independent Review Entity"),
        ("blind9_medicare_part_b_drug", "notice.expedited_review", "72 hours"),
        ("blind9_medicare_part_b_drug", "notice.language_assistance", "ATENCIÓN"),
        ("blind9_co_ga_provider_copy", "notice.external_review", "independent review organization"),
        ("blind9_co_ga_provider_copy", "notice.expedited_review", "72 hours"),
        ("blind9_co_ga_provider_copy", "notice.consumer_assistance", "Consumer assistance for the member"),
        ("blind9_co_ga_provider_copy", "notice.language_assistance", "ATENCIÓN"),
        ("blind10_wa_residential_bh_fax", "notice.external_review", "independent review organization"),
        ("blind10_wa_residential_bh_fax", "notice.expedited_review", "72 hours"),
        ("blind10_wa_residential_bh_fax", "notice.consumer_assistance", "Help with an appeal"),
        ("blind10_wa_residential_bh_fax", "notice.criteria_cited", "ASAM"),
        ("blind10_wa_residential_bh_fax", "notice.language_assistance", "ATENCIÓN"),
        ("blind10_midatlantic_fehb_bariatric", "notice.external_review", "Office of Personnel Management"),
        ("blind10_midatlantic_fehb_bariatric", "notice.language_assistance", "ATENCIÓN"),
        ("blind10_ga_erisa_post_service_claim", "notice.claim_identification", "diagnosis and treatment codes"),
        ("blind10_ga_erisa_post_service_claim", "notice.claim_identification", "$"),
        ("blind10_ga_erisa_post_service_claim", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind10_ga_erisa_post_service_claim", "notice.language_assistance", "ATENCIÓN"),
        ("blind10_ca_experimental_es", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind10_ca_experimental_es", "experimental.terminal_illness_rights", "1368.1"),
        ("blind10_ca_experimental_es", "experimental.terminal_illness_rights", "Tratamientos alternativos"),
        ("blind10_ca_experimental_es", "notice.consumer_assistance", "Health Consumer Alliance"),
        ("blind10_ca_experimental_es", "notice.language_assistance", "ATTENTION"),
        ("blind11_ma_payment_denial_out_of_area", "notice.language_assistance", "ATENCIÓN"),
        ("blind11_or_medicaid_noa", "notice.external_review", "Oregon Health Authority"),
        ("blind11_or_medicaid_noa", "notice.expedited_review", "72 hours"),
        ("blind11_or_medicaid_noa", "notice.continuation_of_benefits", "10 days"),
        ("blind11_or_medicaid_noa", "notice.language_assistance", "ATENCIÓN"),
        ("blind11_hi_quest_reduction", "notice.continuation_of_benefits", "10 days"),
        ("blind11_hi_quest_reduction", "notice.external_review", "Med-QUEST Division"),
        ("blind11_hi_quest_reduction", "notice.expedited_review", "72 hours"),
        ("blind11_hi_quest_reduction", "notice.language_assistance", "PAKDAAR"),
        ("blind11_ca_second_opinion_bilingual", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind11_ca_second_opinion_bilingual", "notice.dmhc_statement", "Revisión Médica Independiente"),
        ("blind11_ca_second_opinion_bilingual", "notice.language_assistance", "中文"),
        ("blind12_co_commercial_surgery", "notice.external_review", "4 months"),
        ("blind12_co_commercial_surgery", "notice.expedited_review", "72 hours"),
        ("blind12_co_commercial_surgery", "notice.language_assistance", "ATENCIÓN"),
        ("blind12_ga_ma_concurrent_inpatient", "notice.external_review", "Independent Review Entity"),
        ("blind12_ga_ma_concurrent_inpatient", "notice.expedited_review", "72 hours"),
        ("blind12_medi_cal_spanish_dme", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind12_medi_cal_spanish_dme", "notice.dmhc_statement", "Revisión Médica Independiente"),
        ("blind12_medi_cal_spanish_dme", "notice.continuation_of_benefits", "10 días"),
        ("blind12_medi_cal_spanish_dme", "notice.language_assistance", "請注意"),
        ("blind12_mid_atlantic_erisa_infusion", "notice.consumer_assistance", "1-866-444"),
        ("blind12_mid_atlantic_erisa_infusion", "notice.external_review", "independent review organization"),
        ("blind13_wa_adolescent_iop", "notice.external_review", "4 months"),
        ("blind13_wa_adolescent_iop", "notice.expedited_review", "72 hours"),
        ("blind13_wa_adolescent_iop", "notice.consumer_assistance", "Insurance Commissioner"),
        ("blind13_wa_adolescent_iop", "notice.language_assistance", "español"),
        ("blind13_ca_genetic_test_lab", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind13_ca_genetic_test_lab", "notice.dmhc_statement", "1-877-688-9891"),
        ("blind13_ca_genetic_test_lab", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind13_ca_genetic_test_lab", "notice.language_assistance", "中文"),
        ("blind13_ma_part_d_coverage_determination", "notice.external_review", "Independent Review Entity"),
        ("blind13_ma_part_d_coverage_determination", "notice.expedited_review", "72 hours"),
        ("blind13_ma_part_d_coverage_determination", "notice.language_assistance", "español"),
        ("blind13_ga_er_claim_out_of_area", "notice.claim_identification", "$"),
        ("blind13_ga_er_claim_out_of_area", "notice.claim_identification", "treatment codes"),
        ("blind13_ga_er_claim_out_of_area", "notice.consumer_assistance", "Commissioner of Insurance"),
        ("blind13_ga_er_claim_out_of_area", "notice.language_assistance", "español"),
        ("blind14_ncal_grievance_resolution", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind14_ncal_grievance_resolution", "notice.dmhc_statement", "1-877-688-9891"),
        ("blind14_ncal_grievance_resolution", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind14_ncal_grievance_resolution", "notice.language_assistance", "ATENCIÓN"),
        ("blind14_fehb_specialty_drug", "notice.external_review", "Office of Personnel Management"),
        ("blind14_fehb_specialty_drug", "notice.external_review", "1900 E Street"),
        ("blind14_fehb_specialty_drug", "notice.language_assistance", "ATENCIÓN"),
        ("blind14_md_medicaid_residential_sud", "notice.external_review", "State Fair Hearing"),
        ("blind14_md_medicaid_residential_sud", "notice.expedited_review", "72 hours"),
        ("blind14_md_medicaid_residential_sud", "notice.continuation_of_benefits", "10 days"),
        ("blind14_md_medicaid_residential_sud", "notice.criteria_cited", "ASAM"),
        ("blind14_md_medicaid_residential_sud", "notice.language_assistance", "ATENCIÓN"),
        ("blind14_spanish_fax_referral", "notice.external_review", "revisión independiente"),
        ("blind14_spanish_fax_referral", "notice.expedited_review", "72 horas"),
        ("blind14_spanish_fax_referral", "notice.consumer_assistance", "División de Seguros"),
        ("blind14_spanish_fax_referral", "notice.delay_requirements", "más tardar"),
        ("blind14_spanish_fax_referral", "notice.language_assistance", "ATTENTION: If you speak English"),
        ("blind15_nw_advanced_imaging", "notice.external_review", "independent review organization"),
        ("blind15_nw_advanced_imaging", "notice.expedited_review", "72 hours"),
        ("blind15_nw_advanced_imaging", "notice.consumer_assistance", "Division of Financial Regulation"),
        ("blind15_nw_advanced_imaging", "notice.consumer_assistance", "Office of the Insurance Commissioner"),
        ("blind15_nw_advanced_imaging", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind15_nw_advanced_imaging", "notice.language_assistance", "AVISO"),
        ("blind15_va_erisa_stimulator_attachment", "notice.external_review", "independent review organization"),
        ("blind15_va_erisa_stimulator_attachment", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind15_va_erisa_stimulator_attachment", "notice.consumer_assistance", "1-877-310-6560"),
        ("blind15_va_erisa_stimulator_attachment", "notice.language_assistance", "AVISO"),
        ("blind15_wa_outside_second_opinion", "notice.language_assistance", "AVISO"),
        ("blind15_scal_dual_special_needs_dme", "notice.external_review", "Independent Review Entity"),
        ("blind15_scal_dual_special_needs_dme", "notice.expedited_review", "72 hours"),
        ("blind15_scal_dual_special_needs_dme", "notice.criteria_cited", "Coverage Determination"),
        ("blind15_scal_dual_special_needs_dme", "notice.language_assistance", "AVISO"),
        ("blind16_hi_commercial_home_health", "notice.external_review", "Independent Review Organization"),
        ("blind16_hi_commercial_home_health", "notice.expedited_review", "72 hours"),
        ("blind16_hi_commercial_home_health", "notice.consumer_assistance", "Hawaii Insurance Division"),
        ("blind16_hi_commercial_home_health", "notice.language_assistance", "ATENCIÓN"),
        ("blind16_ga_ma_hospice_or_snf_transfer", "notice.external_review", "Independent Review Entity"),
        ("blind16_ga_ma_hospice_or_snf_transfer", "notice.expedited_review", "72 hours"),
        ("blind16_ga_ma_hospice_or_snf_transfer", "notice.criteria_cited", "42 CFR"),
        ("blind16_ga_ma_hospice_or_snf_transfer", "notice.language_assistance", "IMPORTANTE"),
        ("blind16_scal_medi_cal_behavioral_health", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind16_scal_medi_cal_behavioral_health", "notice.dmhc_statement", "1-877-688-9891"),
        ("blind16_scal_medi_cal_behavioral_health", "notice.continuation_of_benefits", "10 days"),
        ("blind16_scal_medi_cal_behavioral_health", "notice.language_assistance", "ATENCIÓN"),
        ("blind16_scal_medi_cal_behavioral_health", "notice.language_assistance", "Aviso en español"),
        ("blind17_co_bariatric_checklist", "notice.external_review", "independent review organization"),
        ("blind17_co_bariatric_checklist", "notice.expedited_review", "72 hours"),
        ("blind17_co_bariatric_checklist", "notice.consumer_assistance", "Colorado Division of Insurance"),
        ("blind17_co_bariatric_checklist", "notice.language_assistance", "español"),
        ("blind17_midatlantic_pharmacy_form", "notice.external_review", "independent review organization"),
        ("blind17_midatlantic_pharmacy_form", "notice.expedited_review", "72 hours"),
        ("blind17_midatlantic_pharmacy_form", "notice.consumer_assistance", "Help with appeals"),
        ("blind17_midatlantic_pharmacy_form", "notice.language_assistance", "español"),
        ("blind17_wa_inpatient_claim_rep", "notice.consumer_assistance", "Insurance Commissioner"),
        ("blind17_wa_inpatient_claim_rep", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind17_wa_inpatient_claim_rep", "notice.claim_identification", "$"),
        ("blind17_wa_inpatient_claim_rep", "notice.claim_identification", "codes for this claim"),
        ("blind17_wa_inpatient_claim_rep", "notice.language_assistance", "español"),
        ("blind18_ma_part_b_infusion_qa", "notice.external_review", "Independent Review Entity"),
        ("blind18_ma_part_b_infusion_qa", "notice.expedited_review", "72 hours"),
        ("blind18_ma_part_b_infusion_qa", "notice.language_assistance", "español"),
        ("blind18_ga_pended_more_info", "notice.delay_requirements", "Information due"),
        ("blind18_ga_pended_more_info", "notice.delay_requirements", "expect"),
        ("blind18_ga_pended_more_info", "notice.language_assistance", "español"),
        ("blind18_hi_ambulance_claim", "notice.consumer_assistance", "Hawaii Insurance Division"),
        ("blind18_hi_ambulance_claim", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind18_hi_ambulance_claim", "notice.claim_identification", "$"),
        ("blind18_hi_ambulance_claim", "notice.claim_identification", "codes on this claim"),
        ("blind18_hi_ambulance_claim", "notice.language_assistance", "español"),
        ("blind19_co_medicaid_reason_codes", "notice.external_review", "Fair Hearing"),
        ("blind19_co_medicaid_reason_codes", "notice.expedited_review", "72 hours"),
        ("blind19_co_medicaid_reason_codes", "notice.expedited_review", "72 horas"),
        ("blind19_co_medicaid_reason_codes", "notice.continuation_of_benefits", "10 days"),
        ("blind19_co_medicaid_reason_codes", "notice.continuation_of_benefits", "10 días"),
        ("blind19_co_medicaid_reason_codes", "notice.plan_provision", "not covered\""),
        ("blind19_co_medicaid_reason_codes", "notice.language_assistance", "Habla español"),
        ("blind19_co_medicaid_reason_codes", "notice.language_assistance", "speak English"),
        ("blind19_midatlantic_oon_specialist", "notice.external_review", "independent review organization"),
        ("blind19_midatlantic_oon_specialist", "notice.expedited_review", "72 hours"),
        ("blind19_midatlantic_oon_specialist", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind19_midatlantic_oon_specialist", "notice.consumer_assistance", "1-877-310-6560"),
        ("blind19_midatlantic_oon_specialist", "notice.consumer_assistance", "1-877-261-8807"),
        ("blind19_midatlantic_oon_specialist", "notice.consumer_assistance", "Ombudsman"),
        ("blind19_midatlantic_oon_specialist", "notice.language_assistance", "Habla español"),
        ("blind19_nca_retro_review_claim", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind19_nca_retro_review_claim", "notice.dmhc_statement", "1-877-688-9891"),
        ("blind19_nca_retro_review_claim", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind19_nca_retro_review_claim", "notice.claim_identification", "$"),
        ("blind19_nca_retro_review_claim", "notice.claim_identification", "codes on this claim"),
        ("blind19_nca_retro_review_claim", "notice.language_assistance", "Habla español"),
        ("blind20_scal_sidebar_continuity", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind20_scal_sidebar_continuity", "notice.dmhc_statement", "Department of Managed Health Care"),
        ("blind20_scal_sidebar_continuity", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind20_scal_sidebar_continuity", "notice.language_assistance", "habla español"),
        ("blind20_scal_sidebar_continuity", "network.no_timely_in_network_alternative", "appointment"),
        ("blind20_hi_ma_large_print_dme", "notice.external_review", "Independent Review Entity"),
        ("blind20_hi_ma_large_print_dme", "notice.expedited_review", "72 hours"),
        ("blind20_hi_ma_large_print_dme", "notice.expedited_review", "fast appeal"),
        ("blind20_hi_ma_large_print_dme", "notice.language_assistance", "habla español"),
        ("blind20_co_erisa_portal_exclusion", "notice.external_review", "independent review organization"),
        ("blind20_co_erisa_portal_exclusion", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind20_co_erisa_portal_exclusion", "notice.consumer_assistance", "Division of Insurance"),
        ("blind20_co_erisa_portal_exclusion", "notice.plan_provision", "Summary Plan Description"),
        ("blind20_co_erisa_portal_exclusion", "notice.plan_provision", "Evidence of Coverage"),
        ("blind20_co_erisa_portal_exclusion", "notice.plan_provision", "> "),
        ("blind20_co_erisa_portal_exclusion", "notice.language_assistance", "habla español"),
        ("blind21_ga_fax_cover_appeal_upheld", "notice.external_review", "independent review organization"),
        ("blind21_ga_fax_cover_appeal_upheld", "notice.external_review", "147.136"),
        ("blind21_ga_fax_cover_appeal_upheld", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind21_ga_fax_cover_appeal_upheld", "notice.consumer_assistance", "Commissioner of Insurance"),
        ("blind21_ga_fax_cover_appeal_upheld", "notice.language_assistance", "Habla español"),
        ("blind21_wa_spanish_eating_disorder_php", "notice.external_review", "revisión externa"),
        ("blind21_wa_spanish_eating_disorder_php", "notice.expedited_review", "72 horas"),
        ("blind21_wa_spanish_eating_disorder_php", "notice.consumer_assistance", "Comisionado de Seguros"),
        ("blind21_wa_spanish_eating_disorder_php", "notice.language_assistance", "speak English"),
        ("blind21_wa_spanish_eating_disorder_php", "notice.language_assistance", "intérprete"),
        ("blind21_nw_continued_table", "notice.external_review", "review organization"),
        ("blind21_nw_continued_table", "notice.external_review", "Independent Review Entity"),
        ("blind21_nw_continued_table", "notice.expedited_review", "72 hours"),
        ("blind21_nw_continued_table", "notice.language_assistance", "Habla español"),
        ("blind22_midatlantic_checkbox_reasons", "notice.external_review", "independent review organization"),
        ("blind22_midatlantic_checkbox_reasons", "notice.external_review", "147.136"),
        ("blind22_midatlantic_checkbox_reasons", "notice.expedited_review", "72 hours"),
        ("blind22_midatlantic_checkbox_reasons", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind22_midatlantic_checkbox_reasons", "notice.consumer_assistance", "1-877-261-8807"),
        ("blind22_midatlantic_checkbox_reasons", "notice.consumer_assistance", "1-877-310-6560"),
        ("blind22_midatlantic_checkbox_reasons", "notice.consumer_assistance", "Ombudsman"),
        ("blind22_midatlantic_checkbox_reasons", "notice.plan_provision", "Evidence of Coverage"),
        ("blind22_midatlantic_checkbox_reasons", "notice.plan_provision", "Summary Plan Description"),
        ("blind22_midatlantic_checkbox_reasons", "notice.language_assistance", "Habla español"),
        ("blind22_scal_therapy_visit_limit", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind22_scal_therapy_visit_limit", "notice.dmhc_statement", "dmhc.ca.gov"),
        ("blind22_scal_therapy_visit_limit", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind22_scal_therapy_visit_limit", "notice.external_review", "Independent Review Entity"),
        ("blind22_scal_therapy_visit_limit", "notice.expedited_review", "72 hours"),
        ("blind22_scal_therapy_visit_limit", "notice.language_assistance", "Habla español"),
        ("blind22_hi_mainland_referral", "notice.external_review", "independent review organization"),
        ("blind22_hi_mainland_referral", "notice.external_review", "Independent Review Entity"),
        ("blind22_hi_mainland_referral", "notice.expedited_review", "72 hours"),
        ("blind22_hi_mainland_referral", "notice.consumer_assistance", "Hawaii Insurance Division"),
        ("blind22_hi_mainland_referral", "notice.language_assistance", "Habla español"),
        ("blind23_co_pharmacy_step_therapy", "notice.external_review", "independent review organization"),
        ("blind23_co_pharmacy_step_therapy", "notice.external_review", "147.136"),
        ("blind23_co_pharmacy_step_therapy", "notice.expedited_review", "expedited"),
        ("blind23_co_pharmacy_step_therapy", "notice.consumer_assistance", "Division of Insurance"),
        ("blind23_co_pharmacy_step_therapy", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind23_co_pharmacy_step_therapy", "notice.plan_provision", "Evidence of Coverage"),
        ("blind23_co_pharmacy_step_therapy", "notice.plan_provision", "Summary Plan Description"),
        ("blind23_co_pharmacy_step_therapy", "notice.language_assistance", "Si habla español"),
        ("blind23_medi_cal_home_nursing_noa", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind23_medi_cal_home_nursing_noa", "notice.dmhc_statement", "1-877-688-9891"),
        ("blind23_medi_cal_home_nursing_noa", "notice.continuation_of_benefits", "paid pending"),
        ("blind23_medi_cal_home_nursing_noa", "notice.continuation_of_benefits", "10 days"),
        ("blind23_medi_cal_home_nursing_noa", "notice.language_assistance", "Si habla español"),
        ("blind23_wa_or_ma_snf_ending", "notice.external_review", "Independent Review Entity"),
        ("blind23_wa_or_ma_snf_ending", "notice.expedited_review", "72 hours"),
        ("blind23_wa_or_ma_snf_ending", "notice.language_assistance", "Si habla español"),
        ("blind24_nca_sud_residential_appeal", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind24_nca_sud_residential_appeal", "notice.dmhc_statement", "Department of Managed Health Care"),
        ("blind24_nca_sud_residential_appeal", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind24_nca_sud_residential_appeal", "notice.criteria_cited", "ASAM Criteria"),
        ("blind24_nca_sud_residential_appeal", "notice.language_assistance", "ESPAÑOL"),
        ("blind24_scal_outside_second_opinion", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind24_scal_outside_second_opinion", "notice.dmhc_statement", "Department of Managed Health Care"),
        ("blind24_scal_outside_second_opinion", "second_opinion.eligible_denied", "1383.15"),
        ("blind24_scal_outside_second_opinion", "second_opinion.eligible_denied", "First opening"),
        ("blind24_scal_outside_second_opinion", "notice.language_assistance", "ESPAÑOL"),
        ("blind24_midatlantic_numbered_paragraphs", "notice.external_review", "independent review organization"),
        ("blind24_midatlantic_numbered_paragraphs", "notice.external_review", "Office of Personnel Management"),
        ("blind24_midatlantic_numbered_paragraphs", "notice.expedited_review", "72 hours"),
        ("blind24_midatlantic_numbered_paragraphs", "notice.consumer_assistance", "Ombudsman"),
        ("blind24_midatlantic_numbered_paragraphs", "notice.consumer_assistance", "1-877-261-8807"),
        ("blind24_midatlantic_numbered_paragraphs", "notice.language_assistance", "ESPAÑOL"),
        ("blind24_midatlantic_numbered_paragraphs", "notice.language_assistance", "Interpreter services are free"),
        ("blind25_nca_modified_sleep_study", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind25_nca_modified_sleep_study", "notice.dmhc_statement", "1-877-688-9891"),
        ("blind25_nca_modified_sleep_study", "notice.dmhc_statement", "dmhc.ca.gov"),
        ("blind25_nca_modified_sleep_study", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind25_nca_modified_sleep_study", "notice.consumer_assistance", "Health Consumer Alliance"),
        ("blind25_nca_modified_sleep_study", "notice.criteria_cited", "Criteria used"),
        ("blind25_nca_modified_sleep_study", "notice.language_assistance", "ATENCIÓN"),
        ("blind25_ga_ma_irf_admission", "notice.external_review", "Independent Review Entity"),
        ("blind25_ga_ma_irf_admission", "notice.language_assistance", "ATENCIÓN"),
        ("blind25_ga_ma_irf_admission", "medicare.internal_criteria", "412.622"),
        ("blind25_wa_erisa_proton_beam", "notice.external_review", "independent review organization"),
        ("blind25_wa_erisa_proton_beam", "notice.external_review", "147.136"),
        ("blind25_wa_erisa_proton_beam", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind25_wa_erisa_proton_beam", "notice.criteria_cited", "policy"),
        ("blind25_wa_erisa_proton_beam", "notice.language_assistance", "ATENCIÓN"),
        ("blind26_co_medicaid_cgm_es", "notice.external_review", "audiencia imparcial"),
        ("blind26_co_medicaid_cgm_es", "notice.expedited_review", "72 horas"),
        ("blind26_co_medicaid_cgm_es", "notice.continuation_of_benefits", "10 días"),
        ("blind26_co_medicaid_cgm_es", "notice.language_assistance", "intérprete"),
        ("blind26_co_medicaid_cgm_es", "notice.language_assistance", "English: You can get"),
        ("blind26_midatlantic_breast_reduction_info", "notice.external_review", "independent review organization"),
        ("blind26_midatlantic_breast_reduction_info", "notice.expedited_review", "72 hours"),
        ("blind26_midatlantic_breast_reduction_info", "notice.consumer_assistance", "Ombudsman"),
        ("blind26_midatlantic_breast_reduction_info", "notice.consumer_assistance", "1-877-261-8807"),
        ("blind26_midatlantic_breast_reduction_info", "notice.language_assistance", "Español"),
        ("blind26_midatlantic_breast_reduction_info", "notice.language_assistance", "interpreter"),
        ("blind26_scal_glp1_secure_message", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind26_scal_glp1_secure_message", "notice.dmhc_statement", "Department of Managed Health Care"),
        ("blind26_scal_glp1_secure_message", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind26_scal_glp1_secure_message", "notice.plan_provision", "Evidence of Coverage"),
        ("blind26_scal_glp1_secure_message", "notice.language_assistance", "Español"),
        ("blind27_hi_erisa_cochlear_implant", "notice.external_review", "independent review organization"),
        ("blind27_hi_erisa_cochlear_implant", "notice.external_review", "147.136"),
        ("blind27_hi_erisa_cochlear_implant", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind27_hi_erisa_cochlear_implant", "notice.consumer_assistance", "Hawaii Insurance Division"),
        ("blind27_hi_erisa_cochlear_implant", "notice.language_assistance", "habla español"),
        ("blind27_hi_erisa_cochlear_implant", "notice.language_assistance", "Ilokano"),
        ("blind27_or_medicaid_pediatric_dental_anesthesia", "notice.external_review", "fair hearing"),
        ("blind27_or_medicaid_pediatric_dental_anesthesia", "notice.external_review", "120 days"),
        ("blind27_or_medicaid_pediatric_dental_anesthesia", "notice.expedited_review", "72 hours"),
        ("blind27_or_medicaid_pediatric_dental_anesthesia", "notice.continuation_of_benefits", "10 days"),
        ("blind27_or_medicaid_pediatric_dental_anesthesia", "notice.language_assistance", "habla español"),
        ("blind27_or_medicaid_pediatric_dental_anesthesia", "notice.language_assistance", "Interpreters"),
        ("blind27_nca_transplant_center_referral", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind27_nca_transplant_center_referral", "notice.dmhc_statement", "1-877-688-9891"),
        ("blind27_nca_transplant_center_referral", "notice.dmhc_statement", "Department of Managed Health Care"),
        ("blind27_nca_transplant_center_referral", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind27_nca_transplant_center_referral", "notice.language_assistance", "habla español"),
        ("blind27_nca_transplant_center_referral", "network.no_timely_in_network_alternative", "appointment"),
        ("blind27_nca_transplant_center_referral", "network.no_timely_in_network_alternative", "transplant office"),
        ("blind28_wa_apple_health_wheelchair", "notice.external_review", "fair hearing"),
        ("blind28_wa_apple_health_wheelchair", "notice.expedited_review", "72 hours"),
        ("blind28_wa_apple_health_wheelchair", "notice.language_assistance", "Español"),
        ("blind28_wa_apple_health_wheelchair", "notice.language_assistance", "Free interpreters"),
        ("blind28_scal_medi_cal_bilingual_pt", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind28_scal_medi_cal_bilingual_pt", "notice.dmhc_statement", "Department of Managed Health Care"),
        ("blind28_scal_medi_cal_bilingual_pt", "notice.continuation_of_benefits", "10 days"),
        ("blind28_scal_medi_cal_bilingual_pt", "notice.continuation_of_benefits", "10 días"),
        ("blind28_co_erisa_ivf_exclusion", "notice.external_review", "independent review organization"),
        ("blind28_co_erisa_ivf_exclusion", "notice.external_review", "147.136"),
        ("blind28_co_erisa_ivf_exclusion", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind28_co_erisa_ivf_exclusion", "notice.plan_provision", "Summary Plan Description"),
        ("blind28_co_erisa_ivf_exclusion", "notice.plan_provision", "Section"),
        ("blind28_co_erisa_ivf_exclusion", "notice.language_assistance", "Español"),
        ("blind29_va_ma_partd_redetermination", "notice.external_review", "Independent Review Entity"),
        ("blind29_va_ma_partd_redetermination", "notice.language_assistance", "Español"),
        ("blind29_va_ma_partd_redetermination", "notice.language_assistance", "interpreter"),
        ("blind29_ga_adolescent_inpatient_call_confirm", "notice.external_review", "independent review organization"),
        ("blind29_ga_adolescent_inpatient_call_confirm", "notice.external_review", "147.136"),
        ("blind29_ga_adolescent_inpatient_call_confirm", "notice.consumer_assistance", "Commissioner of Insurance"),
        ("blind29_ga_adolescent_inpatient_call_confirm", "notice.criteria_cited", "CALOCUS"),
        ("blind29_ga_adolescent_inpatient_call_confirm", "notice.language_assistance", "Español"),
        ("blind29_nca_enteral_nutrition_continued_table", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind29_nca_enteral_nutrition_continued_table", "notice.dmhc_statement", "Department of Managed Health"),
        ("blind29_nca_enteral_nutrition_continued_table", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind29_nca_enteral_nutrition_continued_table", "notice.language_assistance", "Español"),
        ("blind30_hi_ma_travel_dialysis", "notice.external_review", "Independent Review Entity"),
        ("blind30_hi_ma_travel_dialysis", "notice.external_review", "Administrative Law Judge"),
        ("blind30_hi_ma_travel_dialysis", "notice.expedited_review", "72 hours"),
        ("blind30_hi_ma_travel_dialysis", "notice.expedited_review", "fast appeal"),
        ("blind30_hi_ma_travel_dialysis", "notice.language_assistance", "Español"),
        ("blind30_hi_ma_travel_dialysis", "notice.language_assistance", "Interpreters"),
        ("blind30_nw_mainframe_printout", "notice.external_review", "147.136"),
        ("blind30_nw_mainframe_printout", "notice.expedited_review", "72 hours"),
        ("blind30_nw_mainframe_printout", "notice.consumer_assistance", "Division of Financial Regulation"),
        ("blind30_nw_mainframe_printout", "notice.criteria_cited", "Osteogenic"),
        ("blind30_nw_mainframe_printout", "notice.language_assistance", "Español"),
        ("blind30_fehb_aba_hours_reduction", "notice.external_review", "1900 E Street"),
        ("blind30_fehb_aba_hours_reduction", "notice.language_assistance", "Español"),
        ("blind30_fehb_aba_hours_reduction", "notice.language_assistance", "Interpreter"),
        ("blind31_ga_provider_facing_tms", "notice.external_review", "independent review organization"),
        ("blind31_ga_provider_facing_tms", "notice.external_review", "147.136"),
        ("blind31_ga_provider_facing_tms", "notice.expedited_review", "72 hours"),
        ("blind31_ga_provider_facing_tms", "notice.consumer_assistance", "Commissioner of Insurance"),
        ("blind31_ga_provider_facing_tms", "notice.criteria_cited", "Criteria applied"),
        ("blind31_ga_provider_facing_tms", "notice.language_assistance", "español"),
        ("blind31_ga_provider_facing_tms", "notice.language_assistance", "interpreter"),
        ("blind31_scal_eob_anesthesia_claim", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind31_scal_eob_anesthesia_claim", "notice.dmhc_statement", "Department of Managed Health Care"),
        ("blind31_scal_eob_anesthesia_claim", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind31_scal_eob_anesthesia_claim", "notice.claim_identification", "You may owe"),
        ("blind31_scal_eob_anesthesia_claim", "notice.claim_identification", "treatment codes"),
        ("blind31_scal_eob_anesthesia_claim", "notice.language_assistance", "español"),
        ("blind31_ma_microprocessor_knee", "notice.external_review", "Independent Review Entity"),
        ("blind31_ma_microprocessor_knee", "notice.expedited_review", "72 hours"),
        ("blind31_ma_microprocessor_knee", "notice.criteria_cited", "L33787"),
        ("blind31_ma_microprocessor_knee", "medicare.internal_criteria", "L33787"),
        ("blind31_ma_microprocessor_knee", "notice.language_assistance", "español"),
        ("blind31_ma_microprocessor_knee", "notice.language_assistance", "Interpreters"),
        ("blind33_scal_medi_cal_spanish_orthotics", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind33_scal_medi_cal_spanish_orthotics", "notice.dmhc_statement", "Atención Médica Administrada de California"),
        ("blind33_scal_medi_cal_spanish_orthotics", "notice.continuation_of_benefits", "10 días"),
        ("blind33_scal_medi_cal_spanish_orthotics", "notice.language_assistance", "ENGLISH:"),
        ("blind33_scal_medi_cal_spanish_orthotics", "notice.language_assistance", "intérprete"),
        ("blind33_midatlantic_fehb_crosslinking", "notice.external_review", "Office of Personnel Management"),
        ("blind33_midatlantic_fehb_crosslinking", "notice.external_review", "1900 E Street"),
        ("blind33_midatlantic_fehb_crosslinking", "notice.language_assistance", "ESPAÑOL"),
        ("blind33_midatlantic_fehb_crosslinking", "notice.language_assistance", "nterpreter"),
        ("blind33_wa_erisa_cardiac_rehab_appeal", "notice.external_review", "independent review organization"),
        ("blind33_wa_erisa_cardiac_rehab_appeal", "notice.external_review", "147.136"),
        ("blind33_wa_erisa_cardiac_rehab_appeal", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind33_wa_erisa_cardiac_rehab_appeal", "notice.consumer_assistance", "Insurance Commissioner"),
        ("blind33_wa_erisa_cardiac_rehab_appeal", "notice.plan_provision", "Summary Plan Description"),
        ("blind33_wa_erisa_cardiac_rehab_appeal", "notice.language_assistance", "ESPAÑOL"),
        ("blind36_scal_covered_california_es", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind36_scal_covered_california_es", "notice.dmhc_statement", "Atención Médica Administrada de California"),
        ("blind36_scal_covered_california_es", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind36_scal_covered_california_es", "notice.language_assistance", "ENGLISH:"),
        ("blind36_scal_covered_california_es", "notice.language_assistance", "intérprete"),
        ("blind36_md_medicaid_oral_appliance", "notice.external_review", "State Fair Hearing"),
        ("blind36_md_medicaid_oral_appliance", "notice.expedited_review", "72 hours"),
        ("blind36_md_medicaid_oral_appliance", "notice.expedited_review", "expedited"),
        ("blind36_md_medicaid_oral_appliance", "notice.continuation_of_benefits", "10 days"),
        ("blind36_md_medicaid_oral_appliance", "notice.language_assistance", "ESPAÑOL"),
        ("blind36_md_medicaid_oral_appliance", "notice.language_assistance", "nterpreter"),
        ("blind36_ga_erisa_wearable_defibrillator_concurrent", "notice.external_review", "independent review"),
        ("blind36_ga_erisa_wearable_defibrillator_concurrent", "notice.external_review", "147.136"),
        ("blind36_ga_erisa_wearable_defibrillator_concurrent", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind36_ga_erisa_wearable_defibrillator_concurrent", "notice.consumer_assistance", "Commissioner"),
        ("blind36_ga_erisa_wearable_defibrillator_concurrent", "notice.language_assistance", "ESPAÑOL"),
        ("blind39_nw_erisa_experimental_tumor_profiling", "notice.external_review", "independent review organization"),
        ("blind39_nw_erisa_experimental_tumor_profiling", "notice.external_review", "147.136"),
        ("blind39_nw_erisa_experimental_tumor_profiling", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind39_nw_erisa_experimental_tumor_profiling", "notice.consumer_assistance", "Division of Financial"),
        ("blind39_nw_erisa_experimental_tumor_profiling", "notice.language_assistance", "ESPAÑOL"),
        ("blind39_nw_erisa_experimental_tumor_profiling", "notice.language_assistance", "nterpreter"),
        ("blind39_hi_ma_interisland_air_ambulance", "notice.language_assistance", "ILOKANO"),
        ("blind39_hi_ma_interisland_air_ambulance", "notice.language_assistance", "nterpreter"),
        ("blind39_md_erisa_myoelectric_prosthesis_partial", "notice.external_review", "independent review"),
        ("blind39_md_erisa_myoelectric_prosthesis_partial", "notice.external_review", "147.136"),
        ("blind39_md_erisa_myoelectric_prosthesis_partial", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind39_md_erisa_myoelectric_prosthesis_partial", "notice.consumer_assistance", "410-528-1840"),
        ("blind39_md_erisa_myoelectric_prosthesis_partial", "notice.language_assistance", "ESPAÑOL"),
        ("blind39_md_erisa_myoelectric_prosthesis_partial", "notice.language_assistance", "nterpreter"),
        ("blind40_nca_commercial_home_ivig_site_of_care", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind40_nca_commercial_home_ivig_site_of_care", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind40_nca_commercial_home_ivig_site_of_care", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind40_nca_commercial_home_ivig_site_of_care", "notice.criteria_cited", "riteria"),
        ("blind40_nca_commercial_home_ivig_site_of_care", "notice.language_assistance", "ESPAÑOL"),
        ("blind40_nca_commercial_home_ivig_site_of_care", "notice.language_assistance", "nterpreter"),
        ("blind40_wa_apple_health_sud_iop", "notice.external_review", "fair hearing"),
        ("blind40_wa_apple_health_sud_iop", "notice.expedited_review", "72 hours"),
        ("blind40_wa_apple_health_sud_iop", "notice.expedited_review", "72 horas"),
        ("blind40_wa_apple_health_sud_iop", "notice.continuation_of_benefits", "10 days"),
        ("blind40_wa_apple_health_sud_iop", "notice.criteria_cited", "ASAM"),
        ("blind40_wa_apple_health_sud_iop", "notice.criteria_cited", "riteria"),
        ("blind40_wa_apple_health_sud_iop", "notice.language_assistance", "ESPAÑOL"),
        ("blind40_va_ma_cardiac_ablation_expedited", "notice.external_review", "Independent Review Entity"),
        ("blind40_va_ma_cardiac_ablation_expedited", "notice.criteria_cited", "riteria"),
        ("blind40_va_ma_cardiac_ablation_expedited", "notice.criteria_cited", "422.101"),
        ("blind40_va_ma_cardiac_ablation_expedited", "notice.language_assistance", "ESPAÑOL"),
        ("blind40_va_ma_cardiac_ablation_expedited", "notice.language_assistance", "nterpreter"),
        ("blind37_scal_commercial_spinal_fusion_p2p", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind37_scal_commercial_spinal_fusion_p2p", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind37_scal_commercial_spinal_fusion_p2p", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind37_scal_commercial_spinal_fusion_p2p", "notice.consumer_assistance", "Health Consumer Alliance"),
        ("blind37_scal_commercial_spinal_fusion_p2p", "notice.language_assistance", "ESPAÑOL"),
        ("blind37_scal_commercial_spinal_fusion_p2p", "notice.language_assistance", "Interpreters"),
        ("blind37_va_ma_blepharoplasty", "notice.external_review", "Independent Review Entity"),
        ("blind37_va_ma_blepharoplasty", "notice.expedited_review", "72 hours"),
        ("blind37_va_ma_blepharoplasty", "notice.expedited_review", "expedited"),
        ("blind37_va_ma_blepharoplasty", "notice.expedited_review", "ast appeal"),
        ("blind37_va_ma_blepharoplasty", "notice.criteria_cited", "Local Coverage Determination"),
        ("blind37_va_ma_blepharoplasty", "medicare.internal_criteria", "Local Coverage Determination"),
        ("blind37_va_ma_blepharoplasty", "notice.language_assistance", "ESPAÑOL"),
        ("blind37_va_ma_blepharoplasty", "notice.language_assistance", "nterpreter"),
        ("blind37_or_medicaid_no_prior_auth_imaging_claim", "notice.language_assistance", "ESPAÑOL"),
        ("blind37_or_medicaid_no_prior_auth_imaging_claim", "notice.language_assistance", "nterpreter"),
        ("blind32_co_hypoglossal_stimulator", "notice.external_review", "independent review organization"),
        ("blind32_co_hypoglossal_stimulator", "notice.external_review", "147.136"),
        ("blind32_co_hypoglossal_stimulator", "notice.expedited_review", "72 hours"),
        ("blind32_co_hypoglossal_stimulator", "notice.consumer_assistance", "Division of Insurance"),
        ("blind32_co_hypoglossal_stimulator", "notice.language_assistance", "Habla español"),
        ("blind32_nw_home_health_ending", "notice.external_review", "Independent Review Entity"),
        ("blind32_nw_home_health_ending", "notice.expedited_review", "72 hours"),
        ("blind32_nw_home_health_ending", "notice.expedited_review", "fast appeal"),
        ("blind32_nw_home_health_ending", "notice.criteria_cited", "Part 409"),
        ("blind32_nw_home_health_ending", "notice.language_assistance", "Habla español"),
        ("blind32_nca_extension_portal_print", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind32_nca_extension_portal_print", "notice.dmhc_statement", "1-877-688-9891"),
        ("blind32_nca_extension_portal_print", "notice.delay_requirements", "We expect to make"),
        ("blind32_nca_extension_portal_print", "notice.delay_requirements", "no later than"),
        ("blind32_nca_extension_portal_print", "notice.language_assistance", "Habla español"),
        ("blind34_ga_commercial_gender_affirming", "notice.external_review", "independent review organization"),
        ("blind34_ga_commercial_gender_affirming", "notice.external_review", "147.136"),
        ("blind34_ga_commercial_gender_affirming", "notice.expedited_review", "72 hours"),
        ("blind34_ga_commercial_gender_affirming", "notice.consumer_assistance", "Commissioner of Insurance"),
        ("blind34_ga_commercial_gender_affirming", "notice.plan_provision", "Evidence of Coverage"),
        ("blind34_ga_commercial_gender_affirming", "notice.language_assistance", "Español"),
        ("blind34_ga_commercial_gender_affirming", "notice.language_assistance", "nterpreter"),
        ("blind34_scal_dsnp_integrated_notice", "notice.external_review", "Independent Review Entity"),
        ("blind34_scal_dsnp_integrated_notice", "notice.external_review", "State Hearing"),
        ("blind34_scal_dsnp_integrated_notice", "notice.expedited_review", "72 hours"),
        ("blind34_scal_dsnp_integrated_notice", "notice.expedited_review", "ast appeal"),
        ("blind34_scal_dsnp_integrated_notice", "notice.expedited_review", "expedited"),
        ("blind34_scal_dsnp_integrated_notice", "notice.criteria_cited", "Local Coverage Determination"),
        ("blind34_scal_dsnp_integrated_notice", "medicare.internal_criteria", "Local Coverage Determination"),
        ("blind34_scal_dsnp_integrated_notice", "notice.language_assistance", "Español"),
        ("blind34_scal_dsnp_integrated_notice", "notice.language_assistance", "nterpreter"),
        ("blind34_nw_commercial_fertility_preservation", "notice.external_review", "independent review organization"),
        ("blind34_nw_commercial_fertility_preservation", "notice.external_review", "147.136"),
        ("blind34_nw_commercial_fertility_preservation", "notice.expedited_review", "72 hours"),
        ("blind34_nw_commercial_fertility_preservation", "notice.expedited_review", "urgent"),
        ("blind34_nw_commercial_fertility_preservation", "notice.consumer_assistance", "Division of Financial"),
        ("blind34_nw_commercial_fertility_preservation", "notice.consumer_assistance", "Insurance Commissioner"),
        ("blind34_nw_commercial_fertility_preservation", "notice.plan_provision", "Evidence of Coverage"),
        ("blind34_nw_commercial_fertility_preservation", "notice.language_assistance", "Español"),
        ("blind35_nca_medi_cal_speech_therapy_termination", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind35_nca_medi_cal_speech_therapy_termination", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind35_nca_medi_cal_speech_therapy_termination", "notice.continuation_of_benefits", "10 days"),
        ("blind35_nca_medi_cal_speech_therapy_termination", "notice.language_assistance", "ESPAÑOL"),
        ("blind35_nca_medi_cal_speech_therapy_termination", "notice.language_assistance", "interpreter"),
        ("blind35_co_ma_part_b_step_therapy", "notice.external_review", "Independent Review Entity"),
        ("blind35_co_ma_part_b_step_therapy", "notice.expedited_review", "72 hours"),
        ("blind35_co_ma_part_b_step_therapy", "notice.criteria_cited", "Chapter 15"),
        ("blind35_co_ma_part_b_step_therapy", "medicare.internal_criteria", "Chapter 15"),
        ("blind35_co_ma_part_b_step_therapy", "notice.language_assistance", "ESPAÑOL"),
        ("blind35_hi_commercial_hyperbaric_oxygen", "notice.external_review", "independent review organization"),
        ("blind35_hi_commercial_hyperbaric_oxygen", "notice.external_review", "147.136"),
        ("blind35_hi_commercial_hyperbaric_oxygen", "notice.expedited_review", "72 hours"),
        ("blind35_hi_commercial_hyperbaric_oxygen", "notice.consumer_assistance", "Insurance Division"),
        ("blind35_hi_commercial_hyperbaric_oxygen", "notice.language_assistance", "ILOKANO"),
        ("blind35_hi_commercial_hyperbaric_oxygen", "notice.language_assistance", "nterpreter"),
        ("blind38_nca_second_opinion_outside_cancer_center", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind38_nca_second_opinion_outside_cancer_center", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind38_nca_second_opinion_outside_cancer_center", "second_opinion.eligible_denied", "Plan specialist"),
        ("blind38_nca_second_opinion_outside_cancer_center", "notice.language_assistance", "ESPAÑOL"),
        ("blind38_ga_commercial_authorized_claim_denied", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind38_ga_commercial_authorized_claim_denied", "notice.consumer_assistance", "Commissioner"),
        ("blind38_ga_commercial_authorized_claim_denied", "notice.claim_identification", "$"),
        ("blind38_ga_commercial_authorized_claim_denied", "notice.claim_identification", "treatment codes"),
        ("blind38_ga_commercial_authorized_claim_denied", "notice.language_assistance", "ESPAÑOL"),
        ("blind38_ga_commercial_authorized_claim_denied", "notice.language_assistance", "nterpreter"),
        ("blind38_scal_medi_cal_out_of_network_childrens_specialist", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind38_scal_medi_cal_out_of_network_childrens_specialist", "notice.continuation_of_benefits", "10 days"),
        ("blind38_scal_medi_cal_out_of_network_childrens_specialist", "network.no_timely_in_network_alternative", " a.m."),
        ("blind38_scal_medi_cal_out_of_network_childrens_specialist", "notice.language_assistance", "ESPAÑOL"),
        ("blind38_scal_medi_cal_out_of_network_childrens_specialist", "notice.language_assistance", "en español"),
        ("blind45_nca_medi_cal_nemt_transport_es", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind45_nca_medi_cal_nemt_transport_es", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind45_nca_medi_cal_nemt_transport_es", "notice.continuation_of_benefits", "10 días"),
        ("blind45_nca_medi_cal_nemt_transport_es", "notice.continuation_of_benefits", "10 days"),
        ("blind45_nca_medi_cal_nemt_transport_es", "notice.language_assistance", "TIẾNG VIỆT"),
        ("blind45_nca_medi_cal_nemt_transport_es", "notice.language_assistance", "ntérprete"),
        ("blind45_nw_commercial_lymphedema_pump", "notice.external_review", "147.136"),
        ("blind45_nw_commercial_lymphedema_pump", "notice.expedited_review", "72 hours"),
        ("blind45_nw_commercial_lymphedema_pump", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind45_nw_commercial_lymphedema_pump", "notice.consumer_assistance", "Division of Financial Regulation"),
        ("blind45_nw_commercial_lymphedema_pump", "notice.language_assistance", "ESPAÑOL"),
        ("blind45_co_commercial_cpap_continued_rental_ended", "notice.external_review", "147.136"),
        ("blind45_co_commercial_cpap_continued_rental_ended", "notice.expedited_review", "72 hours"),
        ("blind45_co_commercial_cpap_continued_rental_ended", "notice.consumer_assistance", "Division of Insurance"),
        ("blind45_co_commercial_cpap_continued_rental_ended", "notice.language_assistance", "ESPAÑOL"),
        ("blind45_co_commercial_cpap_continued_rental_ended", "notice.language_assistance", "nterpreter"),
        ("blind49_midatlantic_commercial_panniculectomy", "notice.external_review", "147.136"),
        ("blind49_midatlantic_commercial_panniculectomy", "notice.expedited_review", "72 hours"),
        ("blind49_midatlantic_commercial_panniculectomy", "notice.consumer_assistance", "1-877-261-8807"),
        ("blind49_midatlantic_commercial_panniculectomy", "notice.plan_provision", "Evidence of Coverage"),
        ("blind49_midatlantic_commercial_panniculectomy", "notice.language_assistance", "FRANÇAIS"),
        ("blind49_midatlantic_commercial_panniculectomy", "notice.language_assistance", "nterpreter"),
        ("blind49_nca_ma_focused_ultrasound_tremor", "notice.external_review", "Independent Review Entity"),
        ("blind49_nca_ma_focused_ultrasound_tremor", "notice.expedited_review", "72 hours"),
        ("blind49_nca_ma_focused_ultrasound_tremor", "notice.language_assistance", "ESPAÑOL"),
        ("blind49_or_medicaid_orthognathic_surgery", "notice.continuation_of_benefits", "10 days"),
        ("blind49_or_medicaid_orthognathic_surgery", "notice.external_review", "Oregon Health Authority"),
        ("blind49_or_medicaid_orthognathic_surgery", "notice.expedited_review", "72 hours"),
        ("blind49_or_medicaid_orthognathic_surgery", "notice.plan_provision", "Member Handbook"),
        ("blind49_or_medicaid_orthognathic_surgery", "notice.language_assistance", "SOOMAALI"),
        ("blind49_or_medicaid_orthognathic_surgery", "notice.language_assistance", "nterpreter"),
        ("blind50_scal_commercial_sinus_surgery_partial", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind50_scal_commercial_sinus_surgery_partial", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind50_scal_commercial_sinus_surgery_partial", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind50_scal_commercial_sinus_surgery_partial", "notice.language_assistance", "Español (Spanish)"),
        ("blind50_scal_commercial_sinus_surgery_partial", "notice.language_assistance", "nterpreter"),
        ("blind50_ga_erisa_dupilumab_formulary_exception", "notice.external_review", "147.136"),
        ("blind50_ga_erisa_dupilumab_formulary_exception", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind50_ga_erisa_dupilumab_formulary_exception", "notice.plan_provision", "Summary Plan Description,"),
        ("blind50_ga_erisa_dupilumab_formulary_exception", "notice.language_assistance", "Español (Spanish)"),
        ("blind50_hi_ma_acupuncture_visit_limit", "notice.external_review", "Independent Review Entity"),
        ("blind50_hi_ma_acupuncture_visit_limit", "notice.expedited_review", "72 hours"),
        ("blind50_hi_ma_acupuncture_visit_limit", "medicare.internal_criteria", "30.3.3"),
        ("blind50_hi_ma_acupuncture_visit_limit", "notice.language_assistance", "Ilokano"),
        ("blind48_scal_ma_cataract_premium_lens_partial", "notice.external_review", "Independent Review Entity"),
        ("blind48_scal_ma_cataract_premium_lens_partial", "notice.expedited_review", "72 hours"),
        ("blind48_scal_ma_cataract_premium_lens_partial", "notice.language_assistance", "ESPAÑOL"),
        ("blind48_scal_ma_cataract_premium_lens_partial", "notice.language_assistance", "nterpreter"),
        ("blind48_hi_commercial_negative_pressure_wound_therapy", "notice.external_review", "147.136"),
        ("blind48_hi_commercial_negative_pressure_wound_therapy", "notice.expedited_review", "72 hours"),
        ("blind48_hi_commercial_negative_pressure_wound_therapy", "notice.consumer_assistance", "Insurance Division"),
        ("blind48_hi_commercial_negative_pressure_wound_therapy", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind48_hi_commercial_negative_pressure_wound_therapy", "notice.language_assistance", "ILOKANO"),
        ("blind48_wa_apple_health_insulin_pump_es", "notice.continuation_of_benefits", "10 días"),
        ("blind48_wa_apple_health_insulin_pump_es", "notice.continuation_of_benefits", "10 days"),
        ("blind48_wa_apple_health_insulin_pump_es", "notice.external_review", "audiencia imparcial"),
        ("blind48_wa_apple_health_insulin_pump_es", "notice.expedited_review", "72 horas"),
        ("blind48_wa_apple_health_insulin_pump_es", "notice.language_assistance", "SOOMAALI"),
        ("blind48_wa_apple_health_insulin_pump_es", "notice.language_assistance", "ntérprete"),
        ("blind51_co_medicaid_pediatric_feeding_therapy", "notice.continuation_of_benefits", "10 days"),
        ("blind51_co_medicaid_pediatric_feeding_therapy", "notice.external_review", "State Fair Hearing"),
        ("blind51_co_medicaid_pediatric_feeding_therapy", "notice.expedited_review", "72 hours"),
        ("blind51_co_medicaid_pediatric_feeding_therapy", "notice.language_assistance", "ESPAÑOL"),
        ("blind51_co_medicaid_pediatric_feeding_therapy", "notice.language_assistance", "nterpreters are free"),
        ("blind51_nca_commercial_breast_mri_high_risk", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind51_nca_commercial_breast_mri_high_risk", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind51_nca_commercial_breast_mri_high_risk", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind51_nca_commercial_breast_mri_high_risk", "notice.language_assistance", "ESPAÑOL"),
        ("blind51_dc_fehb_bunionectomy", "notice.external_review", "1900 E Street"),
        ("blind51_dc_fehb_bunionectomy", "notice.language_assistance", "ESPAÑOL"),
        ("blind51_dc_fehb_bunionectomy", "notice.language_assistance", "nterpreter services"),
        ("blind52_nca_commercial_proton_prostate", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind52_nca_commercial_proton_prostate", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind52_nca_commercial_proton_prostate", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind52_nca_commercial_proton_prostate", "notice.language_assistance", "ESPAÑOL"),
        ("blind52_nca_commercial_proton_prostate", "notice.language_assistance", "anguage help is free"),
        ("blind52_co_ma_skilled_nursing_ending", "notice.external_review", "Independent Review Entity"),
        ("blind52_co_ma_skilled_nursing_ending", "notice.expedited_review", "72 hours"),
        ("blind52_co_ma_skilled_nursing_ending", "notice.expedited_review", "ast appeal"),
        ("blind52_co_ma_skilled_nursing_ending", "medicare.internal_criteria", "Benefit Policy Manual"),
        ("blind52_co_ma_skilled_nursing_ending", "notice.criteria_cited", "Benefit Policy Manual"),
        ("blind52_co_ma_skilled_nursing_ending", "notice.language_assistance", "ESPAÑOL"),
        ("blind52_ga_commercial_out_of_network_anesthesia_claim", "notice.claim_identification", "$"),
        ("blind52_ga_commercial_out_of_network_anesthesia_claim", "notice.claim_identification", "treatment codes"),
        ("blind52_ga_commercial_out_of_network_anesthesia_claim", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind52_ga_commercial_out_of_network_anesthesia_claim", "notice.consumer_assistance", "Commissioner"),
        ("blind52_ga_commercial_out_of_network_anesthesia_claim", "notice.language_assistance", "ESPAÑOL"),
        ("blind52_ga_commercial_out_of_network_anesthesia_claim", "notice.language_assistance", "nterpreter"),
        ("blind53_scal_medi_cal_wound_care_supplies_es", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind53_scal_medi_cal_wound_care_supplies_es", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind53_scal_medi_cal_wound_care_supplies_es", "notice.language_assistance", "Español:"),
        ("blind53_scal_medi_cal_wound_care_supplies_es", "notice.language_assistance", "ntérprete"),
        ("blind53_wa_erisa_bariatric_surgery", "notice.external_review", "147.136"),
        ("blind53_wa_erisa_bariatric_surgery", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind53_wa_erisa_bariatric_surgery", "notice.plan_provision", "Summary Plan Description"),
        ("blind53_wa_erisa_bariatric_surgery", "notice.language_assistance", "Español:"),
        ("blind53_hi_quest_pediatric_dental_general_anesthesia", "notice.continuation_of_benefits", "10 days"),
        ("blind53_hi_quest_pediatric_dental_general_anesthesia", "notice.external_review", "Med-QUEST"),
        ("blind53_hi_quest_pediatric_dental_general_anesthesia", "notice.expedited_review", "72 hours"),
        ("blind53_hi_quest_pediatric_dental_general_anesthesia", "notice.language_assistance", "Ilokano"),
        ("blind54_va_commercial_residential_eating_disorder_concurrent", "notice.external_review", "147.136"),
        ("blind54_va_commercial_residential_eating_disorder_concurrent", "notice.consumer_assistance", "1-877-310-6560"),
        ("blind54_va_commercial_residential_eating_disorder_concurrent", "notice.language_assistance", "Español"),
        ("blind54_nw_ma_part_b_drug_infliximab_biosimilar", "notice.external_review", "Independent Review Entity"),
        ("blind54_nw_ma_part_b_drug_infliximab_biosimilar", "notice.expedited_review", "72 hours"),
        ("blind54_nw_ma_part_b_drug_infliximab_biosimilar", "notice.language_assistance", "Español"),
        ("blind54_co_fehb_genetic_testing_partial", "notice.external_review", "1900 E Street"),
        ("blind54_co_fehb_genetic_testing_partial", "notice.language_assistance", "Español"),
        ("blind55_nca_commercial_second_opinion_outside_cancer_center", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind55_nca_commercial_second_opinion_outside_cancer_center", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind55_nca_commercial_second_opinion_outside_cancer_center", "notice.language_assistance", "Español"),
        ("blind55_ga_ma_ambulance_claim_no_prior_auth", "notice.language_assistance", "Español"),
        ("blind55_wa_apple_health_aba_therapy_es", "notice.external_review", "audiencia imparcial"),
        ("blind55_wa_apple_health_aba_therapy_es", "notice.expedited_review", "72 horas"),
        ("blind55_wa_apple_health_aba_therapy_es", "notice.language_assistance", "English:"),
        ("blind56_md_commercial_in_lab_sleep_study", "notice.external_review", "147.136"),
        ("blind56_md_commercial_in_lab_sleep_study", "notice.consumer_assistance", "1-877-261-8807"),
        ("blind56_md_commercial_in_lab_sleep_study", "notice.expedited_review", "72 hours"),
        ("blind56_md_commercial_in_lab_sleep_study", "notice.language_assistance", "Español"),
        ("blind56_hi_ma_cardiac_rehab_delay_notice", "notice.delay_requirements", "no later than"),
        ("blind56_hi_ma_cardiac_rehab_delay_notice", "notice.language_assistance", "Ilokano"),
        ("blind56_co_erisa_appeal_upheld_lumbar_fusion", "notice.external_review", "147.136"),
        ("blind56_co_erisa_appeal_upheld_lumbar_fusion", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind56_co_erisa_appeal_upheld_lumbar_fusion", "notice.language_assistance", "Español"),
        ("blind57_scal_commercial_ivf_exclusion", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind57_scal_commercial_ivf_exclusion", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind57_scal_commercial_ivf_exclusion", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind57_scal_commercial_ivf_exclusion", "notice.plan_provision", "Evidence of Coverage"),
        ("blind57_scal_commercial_ivf_exclusion", "notice.language_assistance", "Español"),
        ("blind57_md_medicaid_home_health_aide_reduction", "notice.continuation_of_benefits", "10 days"),
        ("blind57_md_medicaid_home_health_aide_reduction", "notice.external_review", "State Fair Hearing"),
        ("blind57_md_medicaid_home_health_aide_reduction", "notice.expedited_review", "72 hours"),
        ("blind57_md_medicaid_home_health_aide_reduction", "notice.language_assistance", "Español"),
        ("blind57_va_erisa_out_of_network_er_claim", "notice.claim_identification", "$"),
        ("blind57_va_erisa_out_of_network_er_claim", "notice.claim_identification", "treatment codes"),
        ("blind57_va_erisa_out_of_network_er_claim", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind57_va_erisa_out_of_network_er_claim", "notice.language_assistance", "Español"),
        ("blind58_nca_medi_cal_crisis_residential_es", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind58_nca_medi_cal_crisis_residential_es", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind58_nca_medi_cal_crisis_residential_es", "notice.continuation_of_benefits", "10 días"),
        ("blind58_nca_medi_cal_crisis_residential_es", "notice.language_assistance", "English:"),
        ("blind58_nca_medi_cal_crisis_residential_es", "notice.language_assistance", "ntérprete"),
        ("blind58_ga_ma_pet_ct_restaging", "notice.external_review", "Independent Review Entity"),
        ("blind58_ga_ma_pet_ct_restaging", "medicare.internal_criteria", "national coverage determination"),
        ("blind58_ga_ma_pet_ct_restaging", "notice.language_assistance", "Español"),
        ("blind58_co_erisa_ambulatory_eeg_claim", "notice.claim_identification", "$"),
        ("blind58_co_erisa_ambulatory_eeg_claim", "notice.claim_identification", "treatment codes"),
        ("blind58_co_erisa_ambulatory_eeg_claim", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind58_co_erisa_ambulatory_eeg_claim", "notice.language_assistance", "Español"),
        ("blind59_scal_commercial_rhinoplasty_partial", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind59_scal_commercial_rhinoplasty_partial", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind59_scal_commercial_rhinoplasty_partial", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind59_scal_commercial_rhinoplasty_partial", "notice.language_assistance", "Español"),
        ("blind59_midatlantic_ma_reconsideration_upheld_speech_therapy", "notice.external_review", "Maximus"),
        ("blind59_midatlantic_ma_reconsideration_upheld_speech_therapy", "notice.criteria_cited", "422.101"),
        ("blind59_midatlantic_ma_reconsideration_upheld_speech_therapy", "medicare.internal_criteria", "422.101"),
        ("blind59_midatlantic_ma_reconsideration_upheld_speech_therapy", "notice.language_assistance", "Español"),
        ("blind59_wa_commercial_out_of_network_lab_claim", "notice.claim_identification", "treatment codes"),
        ("blind59_wa_commercial_out_of_network_lab_claim", "notice.consumer_assistance", "Insurance Commissioner"),
        ("blind59_wa_commercial_out_of_network_lab_claim", "notice.language_assistance", "Español"),
        ("blind60_hi_commercial_expedited_off_label_chemo", "notice.external_review", "147.136"),
        ("blind60_hi_commercial_expedited_off_label_chemo", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind60_hi_commercial_expedited_off_label_chemo", "notice.language_assistance", "Ilokano"),
        ("blind60_va_fehb_hearing_aids_not_covered", "notice.external_review", "1900 E Street"),
        ("blind60_va_fehb_hearing_aids_not_covered", "notice.plan_provision", "Section 5(a)"),
        ("blind60_va_fehb_hearing_aids_not_covered", "notice.language_assistance", "Español"),
        ("blind60_nca_commercial_claim_coverage_terminated", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind60_nca_commercial_claim_coverage_terminated", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind60_nca_commercial_claim_coverage_terminated", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind60_nca_commercial_claim_coverage_terminated", "notice.claim_identification", "$"),
        ("blind60_nca_commercial_claim_coverage_terminated", "notice.claim_identification", "treatment codes"),
        ("blind60_nca_commercial_claim_coverage_terminated", "notice.language_assistance", "Español"),
        ("blind61_or_medicaid_ohp_cpap_replacement", "notice.continuation_of_benefits", "10 days"),
        ("blind61_or_medicaid_ohp_cpap_replacement", "notice.external_review", "contested case hearing"),
        ("blind61_or_medicaid_ohp_cpap_replacement", "notice.expedited_review", "72 hours"),
        ("blind61_or_medicaid_ohp_cpap_replacement", "notice.language_assistance", "ESPAÑOL"),
        ("blind61_hi_ma_cardiac_mri_expedited", "notice.external_review", "Independent Review Entity"),
        ("blind61_hi_ma_cardiac_mri_expedited", "medicare.internal_criteria", "422.101"),
        ("blind61_hi_ma_cardiac_mri_expedited", "notice.language_assistance", "ILOKANO"),
        ("blind61_dc_commercial_out_of_network_psychotherapy_claim", "notice.claim_identification", "$"),
        ("blind61_dc_commercial_out_of_network_psychotherapy_claim", "notice.claim_identification", "treatment codes"),
        ("blind61_dc_commercial_out_of_network_psychotherapy_claim", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind61_dc_commercial_out_of_network_psychotherapy_claim", "notice.consumer_assistance", "Ombudsman"),
        ("blind61_dc_commercial_out_of_network_psychotherapy_claim", "notice.language_assistance", "ESPAÑOL"),
        ("blind62_wa_apple_health_orthodontia_not_covered", "notice.continuation_of_benefits", "10 days"),
        ("blind62_wa_apple_health_orthodontia_not_covered", "notice.external_review", "fair hearing"),
        ("blind62_wa_apple_health_orthodontia_not_covered", "notice.expedited_review", "72 hours"),
        ("blind62_wa_apple_health_orthodontia_not_covered", "notice.plan_provision", "member handbook"),
        ("blind62_wa_apple_health_orthodontia_not_covered", "notice.language_assistance", "ATENCIÓN"),
        ("blind62_nca_commercial_tumor_treating_fields_experimental", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind62_nca_commercial_tumor_treating_fields_experimental", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind62_nca_commercial_tumor_treating_fields_experimental", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind62_nca_commercial_tumor_treating_fields_experimental", "experimental.terminal_illness_rights",
         "conference"),
        ("blind62_nca_commercial_tumor_treating_fields_experimental", "notice.language_assistance", "ATENCIÓN"),
        ("blind62_va_ma_skilled_nursing_admission_denied", "notice.external_review", "Independent Review Entity"),
        ("blind62_va_ma_skilled_nursing_admission_denied", "medicare.internal_criteria", "422.101"),
        ("blind62_va_ma_skilled_nursing_admission_denied", "notice.language_assistance", "ATENCIÓN"),
        ("blind63_scal_medi_cal_incontinence_supplies_partial_es", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind63_scal_medi_cal_incontinence_supplies_partial_es", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind63_scal_medi_cal_incontinence_supplies_partial_es", "notice.language_assistance", "English:"),
        ("blind63_scal_medi_cal_incontinence_supplies_partial_es", "notice.language_assistance", "ntérprete"),
        ("blind63_ga_commercial_physical_therapy_appeal_upheld", "notice.external_review", "147.136"),
        ("blind63_ga_commercial_physical_therapy_appeal_upheld", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind63_ga_commercial_physical_therapy_appeal_upheld", "notice.plan_provision", "Evidence of Coverage"),
        ("blind63_ga_commercial_physical_therapy_appeal_upheld", "notice.language_assistance", "Español"),
        ("blind63_hi_quest_interisland_transport_delay", "notice.delay_requirements", "due by"),
        ("blind63_hi_quest_interisland_transport_delay", "notice.delay_requirements", "[ ]"),
        ("blind63_hi_quest_interisland_transport_delay", "notice.language_assistance", "Ilokano"),
        ("blind66_nca_commercial_second_opinion_outside_neurosurgeon", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind66_nca_commercial_second_opinion_outside_neurosurgeon", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind66_nca_commercial_second_opinion_outside_neurosurgeon", "notice.language_assistance", "Español"),
        ("blind66_va_medicaid_private_duty_nursing_reduction", "notice.continuation_of_benefits", "10 days"),
        ("blind66_va_medicaid_private_duty_nursing_reduction", "notice.external_review", "State Fair Hearing"),
        ("blind66_va_medicaid_private_duty_nursing_reduction", "notice.expedited_review", "72 hours"),
        ("blind66_va_medicaid_private_duty_nursing_reduction", "notice.language_assistance", "Español"),
        ("blind66_md_erisa_pediatric_occupational_therapy_claim", "notice.claim_identification", "$"),
        ("blind66_md_erisa_pediatric_occupational_therapy_claim", "notice.claim_identification", "treatment codes"),
        ("blind66_md_erisa_pediatric_occupational_therapy_claim", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind66_md_erisa_pediatric_occupational_therapy_claim", "notice.consumer_assistance", "1-877-261-8807"),
        ("blind66_md_erisa_pediatric_occupational_therapy_claim", "notice.plan_provision", "Evidence of Coverage"),
        ("blind66_md_erisa_pediatric_occupational_therapy_claim", "notice.plan_provision", "Summary Plan Description"),
        ("blind66_md_erisa_pediatric_occupational_therapy_claim", "notice.language_assistance", "Español"),
        ("blind47_md_medicaid_pediatric_growth_hormone", "notice.continuation_of_benefits", "10 days"),
        ("blind47_md_medicaid_pediatric_growth_hormone", "notice.external_review", "State Fair Hearing"),
        ("blind47_md_medicaid_pediatric_growth_hormone", "notice.expedited_review", "72 hours"),
        ("blind47_md_medicaid_pediatric_growth_hormone", "notice.language_assistance", "ESPAÑOL"),
        ("blind47_nw_ma_home_oxygen_ending", "notice.external_review", "Independent Review Entity"),
        ("blind47_nw_ma_home_oxygen_ending", "notice.expedited_review", "72 hours"),
        ("blind47_nw_ma_home_oxygen_ending", "medicare.internal_criteria", "240.2"),
        ("blind47_nw_ma_home_oxygen_ending", "notice.language_assistance", "ESPAÑOL"),
        ("blind47_co_erisa_botox_chronic_migraine", "notice.external_review", "147.136"),
        ("blind47_co_erisa_botox_chronic_migraine", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind47_co_erisa_botox_chronic_migraine", "notice.language_assistance", "ESPAÑOL"),
        ("blind47_co_erisa_botox_chronic_migraine", "notice.language_assistance", "nterpreter"),
        ("blind46_nca_commercial_spinal_cord_stimulator_trial", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind46_nca_commercial_spinal_cord_stimulator_trial", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind46_nca_commercial_spinal_cord_stimulator_trial", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind46_nca_commercial_spinal_cord_stimulator_trial", "notice.language_assistance", "ภาษาไทย"),
        ("blind46_nca_commercial_spinal_cord_stimulator_trial", "notice.language_assistance", "nterpreter"),
        ("blind46_va_ma_left_atrial_appendage_closure", "notice.external_review", "Independent Review Entity"),
        ("blind46_va_ma_left_atrial_appendage_closure", "notice.expedited_review", "72 hours"),
        ("blind46_va_ma_left_atrial_appendage_closure", "medicare.internal_criteria", "national coverage determination"),
        ("blind46_va_ma_left_atrial_appendage_closure", "notice.language_assistance", "ESPAÑOL"),
        ("blind46_ga_commercial_stool_dna_test_claim", "notice.claim_identification", "$"),
        ("blind46_ga_commercial_stool_dna_test_claim", "notice.claim_identification", "treatment codes"),
        ("blind46_ga_commercial_stool_dna_test_claim", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind46_ga_commercial_stool_dna_test_claim", "notice.consumer_assistance", "Commissioner of Insurance"),
        ("blind46_ga_commercial_stool_dna_test_claim", "notice.plan_provision", "Evidence of Coverage"),
        ("blind46_ga_commercial_stool_dna_test_claim", "notice.language_assistance", "ESPAÑOL"),
        ("blind42_nca_commercial_tms_depression", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind42_nca_commercial_tms_depression", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind42_nca_commercial_tms_depression", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind42_nca_commercial_tms_depression", "notice.language_assistance", "ESPAÑOL"),
        ("blind42_nca_commercial_tms_depression", "notice.language_assistance", "nterpreter"),
        ("blind42_ga_commercial_cgm_supplier_claim", "notice.claim_identification", "$"),
        ("blind42_ga_commercial_cgm_supplier_claim", "notice.claim_identification", "treatment codes"),
        ("blind42_ga_commercial_cgm_supplier_claim", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind42_ga_commercial_cgm_supplier_claim", "notice.consumer_assistance", "Commissioner"),
        ("blind42_ga_commercial_cgm_supplier_claim", "notice.language_assistance", "ESPAÑOL"),
        ("blind42_scal_ma_home_health_delay", "notice.delay_requirements", "no later than"),
        ("blind42_scal_ma_home_health_delay", "notice.delay_requirements", "new deadline"),
        ("blind42_scal_ma_home_health_delay", "notice.delay_requirements", "a más tardar"),
        ("blind42_scal_ma_home_health_delay", "notice.language_assistance", "ESPAÑOL"),
        ("blind42_scal_ma_home_health_delay", "notice.language_assistance", "nterpreter"),
        ("blind44_scal_commercial_varicose_vein_ablation", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind44_scal_commercial_varicose_vein_ablation", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind44_scal_commercial_varicose_vein_ablation", "notice.language_assistance", "ESPAÑOL"),
        ("blind44_hi_quest_adult_hearing_aids", "notice.continuation_of_benefits", "10 days"),
        ("blind44_hi_quest_adult_hearing_aids", "notice.external_review", "Med-QUEST Division"),
        ("blind44_hi_quest_adult_hearing_aids", "notice.expedited_review", "72 hours"),
        ("blind44_hi_quest_adult_hearing_aids", "notice.language_assistance", "ILOKANO"),
        ("blind44_ga_ma_knee_replacement_inpatient_status", "notice.external_review", "Independent Review Entity"),
        ("blind44_ga_ma_knee_replacement_inpatient_status", "notice.expedited_review", "72 hours"),
        ("blind44_ga_ma_knee_replacement_inpatient_status", "medicare.internal_criteria", "Chapter 1, Section 10"),
        ("blind44_ga_ma_knee_replacement_inpatient_status", "notice.language_assistance", "ESPAÑOL"),
        ("blind43_nca_commercial_esketamine_step_therapy", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind43_nca_commercial_esketamine_step_therapy", "notice.consumer_assistance", "1-888-804-3536"),
        ("blind43_nca_commercial_esketamine_step_therapy", "notice.language_assistance", "Español"),
        ("blind43_nca_commercial_esketamine_step_therapy", "mh_parity.non_association_criteria",
         "American Psychiatric Association"),
        ("blind43_co_ma_epidural_steroid_injection", "notice.external_review", "Independent Review Entity"),
        ("blind43_co_ma_epidural_steroid_injection", "notice.expedited_review", "72 hours"),
        ("blind43_co_ma_epidural_steroid_injection", "notice.criteria_cited", "for epidural steroid injections"),
        ("blind43_co_ma_epidural_steroid_injection", "medicare.internal_criteria", "for epidural steroid injections"),
        ("blind43_wa_commercial_late_claim_timely_filing", "notice.claim_identification", "$"),
        ("blind43_wa_commercial_late_claim_timely_filing", "notice.claim_identification", "treatment codes"),
        ("blind43_wa_commercial_late_claim_timely_filing", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind43_wa_commercial_late_claim_timely_filing", "notice.consumer_assistance", "Insurance Commissioner"),
        ("blind43_wa_commercial_late_claim_timely_filing", "notice.language_assistance", "nterpreter"),
        ("blind41_scal_medi_cal_power_wheelchair_modified", "notice.dmhc_statement", "1-888-466-2219"),
        ("blind41_scal_medi_cal_power_wheelchair_modified", "notice.dmhc_statement", "www.dmhc.ca.gov"),
        ("blind41_scal_medi_cal_power_wheelchair_modified", "notice.language_assistance", "Español (Spanish)"),
        ("blind41_scal_medi_cal_power_wheelchair_modified", "notice.language_assistance", "nterpreter"),
        ("blind41_co_erisa_eating_disorder_residential_appeal_upheld", "notice.external_review", "147.136"),
        ("blind41_co_erisa_eating_disorder_residential_appeal_upheld", "notice.consumer_assistance", "1-866-444-3272"),
        ("blind41_co_erisa_eating_disorder_residential_appeal_upheld", "notice.consumer_assistance", "Division of Insurance"),
        ("blind41_co_erisa_eating_disorder_residential_appeal_upheld", "notice.language_assistance", "nterpreter"),
        ("blind41_fehb_brca_genetic_testing", "notice.external_review", "1900 E Street"),
        ("blind41_fehb_brca_genetic_testing", "notice.plan_provision", "Section 5(a)"),
        ("blind41_fehb_brca_genetic_testing", "notice.language_assistance", "Español"),
        ("blind41_fehb_brca_genetic_testing", "notice.language_assistance", "nterpreter"),
    ],
)
def test_evaluation_templates_honour_defects(template, defect, absent):
    """Every evaluation template set (fresh, final, blind, blind2 ... blind14) drops what a planted defect removes."""
    for seed in range(3):
        spec = generate(seed, template=template, defects=[defect])
        assert defect in spec.truth["defects"] and defect in spec.truth["expected_flags"]
        assert absent not in norm(spec.text)
        if defect == "notice.external_review":
            assert not re.search(r"independent review|fair hearing|Independent Medical Review|Office of Personnel",
                                 norm(spec.text), re.I)


def test_fresh_templates_scan_and_photo():
    for i, t in enumerate(FRESH):
        pdf = render_pdf(generate(i, template=t), None)
        scan = render_scan(pdf, dpi=60, seed=i)
        with pdfplumber.open(io.BytesIO(scan)) as doc:
            assert all(len(p.chars) == 0 for p in doc.pages)
        assert render_photo(pdf, 1, seed=i, dpi=60)[:3] == b"\xff\xd8\xff"


# --- final held-out evaluation templates (analyzer/samplegen/final.py): measured once, never developed against ---

FINAL = ["final_memo_letter", "final_notice_form", "final_appeal_outcome"]


def test_final_templates_are_listed_only_by_name():
    from analyzer.samplegen import final_template_names, fresh_template_names

    assert final_template_names() == FINAL
    assert template_names() == OLD_TEMPLATES and fresh_template_names() == FRESH
    assert not set(FINAL) & (set(template_names()) | set(FRESH))
    for seed in range(40):
        assert generate(seed).template not in FINAL


# layouts printed with a line number in the left margin of every row (Style.line_numbers)
GUTTER_NUMBERED_LAYOUTS = {"mas_pleading_lines"}


def _check_eval_template(template: str, seed: int, schema: set, parse) -> None:
    """An evaluation template's letter prints exactly what its truth says (``parse(text, year)`` reads its dates)."""

    spec = generate(seed, template=template)
    tr, text = spec.truth, spec.text
    assert spec.template == template and tr["template"] == template
    assert set(tr) == schema
    assert set(tr["dates"]) == {"letter", "request_received", "decision", "service"}
    t = norm(pdf_text(render_pdf(spec, None)))
    assert norm(text.replace("\f", " ")) == t
    assert tr["member"]["id"] in t and norm(tr["member"]["name"]) in t
    letter_dates = spec.spans("DATE_LETTER")
    assert letter_dates and all(norm(d) in t for d in letter_dates)
    year = int(tr["dates"]["letter"][:4])
    assert parse(letter_dates[0], year).isoformat() == tr["dates"]["letter"]
    read = t
    if spec.layout in GUTTER_NUMBERED_LAYOUTS:  # a line number opens every row: a reader skips them
        read = norm(re.sub(r"(?m)^\d+ ", "", spec.text.replace("\f", "\n")))
    assert norm(tr["denial_reason"]) in read and spec.spans("REASON")
    labels = {lab for lab, _, _ in spec.annotations}
    for lab, key in DATE_LABELS.items():
        assert (tr["dates"][key] is not None) == (lab in labels), (template, seed, key)
        for v in spec.spans(lab):
            assert parse(v, year).isoformat() == tr["dates"][key], (template, seed, v)
    assert (tr["requesting_provider"] is not None) == ("PROVIDER" in labels)
    assert (tr["reviewer"] is not None) == ("REVIEWER_NAME" in labels)
    if tr["reviewer"]:
        for k, lab in (("credentials", "REVIEWER_CRED"), ("specialty", "REVIEWER_SPECIALTY"), ("phone", "REVIEWER_PHONE")):
            assert (tr["reviewer"][k] is not None) == (lab in labels), (template, seed, k)
    assert (tr["stated_appeal_deadline_days"] is not None) == ("APPEAL_DAYS" in labels)
    assert {norm(s["text"]) for s in tr["services"]} == {norm(v) for v in spec.spans("SERVICE")}
    assert {norm(d["text"]) for d in tr["diagnoses"]} == {norm(v) for v in spec.spans("DIAGNOSIS")}
    assert {norm(c) for c in tr["criteria_cited"]} == {norm(v) for v in spec.spans("CRITERIA")}
    for lab, s, e in spec.annotations:  # every mark slices to its truth value
        v = norm(text[s:e])
        if lab == "MEMBER_ID":
            assert v == tr["member"]["id"]
        elif lab == "MEMBER_NAME":
            assert v == norm(tr["member"]["name"])
        elif lab == "PROVIDER":
            assert v == norm(tr["requesting_provider"])
        elif lab == "REVIEWER_NAME":
            assert v == norm(tr["reviewer"]["name"])
    for s in tr["services"]:
        assert all(code in t for code in s["codes"])


def test_final_prose_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.final import fdate, parse_final_date

    d = dt.date(2025, 3, 3)
    assert fdate(d, "ord_of") == "3rd of March, 2025" and fdate(d, "short") == "3/3/25" and fdate(d, "noyear") == "March 3rd"
    for st in ("ord", "ord_of", "short", "mdy", "abbr", "padded"):
        assert parse_final_date(fdate(d, st)) == d
    assert parse_final_date("the 11th of November, 2026") == dt.date(2026, 11, 11)
    assert parse_final_date("March 22nd", 2026) == dt.date(2026, 3, 22)


def test_final_templates_cover_plans_kinds_and_categories():
    seen = {t: set() for t in FINAL}
    cats = {t: set() for t in FINAL}
    states = {t: set() for t in FINAL}
    for t in FINAL:
        for seed in range(50):
            tr = generate(seed, template=t).truth
            seen[t].add((tr["plan_type"], tr["letter_kind"]))
            cats[t].add(tr["denial_category"])
            states[t].add(tr["state"])
    assert {p for p, _ in seen["final_memo_letter"]} == {"commercial_hmo", "erisa_group"}
    assert {k for _, k in seen["final_memo_letter"]} == {"initial_denial", "partial_denial", "termination_notice"}
    assert {p for p, _ in seen["final_notice_form"]} == {"medi_cal", "medicaid", "medicare_advantage"}
    assert {k for _, k in seen["final_notice_form"]} == {"initial_denial", "partial_denial", "termination_notice", "payment_denial"}
    assert {p for p, _ in seen["final_appeal_outcome"]} == {"commercial_hmo", "medi_cal", "medicare_advantage", "fehb"}
    assert all(len(c) >= 3 for c in cats.values())
    assert all(len(s) >= 4 for s in states.values())
    spec = generate(4, template="final_memo_letter", urgency="expedited", plan_type="erisa_group")
    assert spec.truth["urgency"] == "expedited" and "EXPEDITED" in spec.text.upper()
    spec = generate(5, template="final_appeal_outcome", plan_type="commercial_hmo", state="CO")
    assert spec.truth["state"] == "CO" and "We have completed our review of your appeal" in norm(spec.text)


def test_final_compliant_letters_carry_required_pieces():
    for t in FINAL:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == []
            if tr["state"] == "CA" and tr["plan_type"] in ("commercial_hmo", "medi_cal"):
                assert "1-888-466-2219" in txt and "Independent Medical Review" in txt
            if tr["plan_type"] == "medi_cal":
                assert "State Hearing" in txt
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt
            if tr["letter_kind"] != "grievance_decision":
                assert tr["stated_appeal_deadline_days"] is not None
            if tr["denial_category"] == "medical_necessity" and tr["letter_kind"] != "payment_denial":
                assert tr["criteria_cited"]


def test_final_templates_scan_photo_and_cli(tmp_path):
    from analyzer.samplegen.__main__ import main

    for i, t in enumerate(FINAL):
        pdf = render_pdf(generate(i, template=t), None)
        scan = render_scan(pdf, dpi=60, seed=i)
        with pdfplumber.open(io.BytesIO(scan)) as doc:
            assert all(len(p.chars) == 0 for p in doc.pages)
        assert render_photo(pdf, 1, seed=i, dpi=60)[:3] == b"\xff\xd8\xff"
    assert main(["--out", str(tmp_path), "--n", "1", "--seed", "2", "--template", "final_notice_form"]) == 0
    assert list(tmp_path.glob("*.pdf")) and list(tmp_path.glob("*.json"))


# --- blind evaluation templates (analyzer/samplegen/blind.py): nobody develops against them; measured once ---------

BLIND = ["blind_fax_auth", "blind_benefit_letter", "blind_bilingual_notice"]
# the second blind set (analyzer/samplegen/blind2.py)
BLIND2 = ["blind2_ma_coverage_table", "blind2_knox_keene_bh", "blind2_erisa_admin_memo", "blind2_medicaid_plain"]
# the third blind set (analyzer/samplegen/blind3.py)
BLIND3 = ["blind3_member_relations_resolution", "blind3_claim_statement", "blind3_fax_turnaround", "blind3_medi_cal_aviso_es"]
# the fourth blind set (analyzer/samplegen/blind4.py)
BLIND4 = ["blind4_second_opinion_note", "blind4_fehb_item_memo", "blind4_portal_message", "blind4_ma_legal_notice"]
# the fifth blind set (analyzer/samplegen/blind5.py)
BLIND5 = ["blind5_ma_drug_form", "blind5_um_fax_erisa", "blind5_medicaid_aviso_es", "blind5_bh_level_of_care"]
# the sixth blind set (analyzer/samplegen/blind6.py)
BLIND6 = ["blind6_ma_nomnc", "blind6_hmo_appeal_resolution", "blind6_oon_claim_eob", "blind6_ca_experimental_or_pended"]
# the seventh blind set (analyzer/samplegen/blind7.py)
BLIND7 = ["blind7_ca_quick_answer", "blind7_partd_coverage_determination", "blind7_item_details_table",
          "blind7_medicaid_change_notice"]
# the eighth blind set (analyzer/samplegen/blind8.py)
BLIND8 = ["blind8_erisa_final_appeal", "blind8_medical_noa_es", "blind8_outside_second_opinion", "blind8_ma_dme_supply"]
# the ninth blind set (analyzer/samplegen/blind9.py)
BLIND9 = ["blind9_hi_pharmacy_exception", "blind9_ca_concurrent_review", "blind9_medicare_part_b_drug",
          "blind9_co_ga_provider_copy"]
# the tenth blind set (analyzer/samplegen/blind10.py)
BLIND10 = ["blind10_wa_residential_bh_fax", "blind10_midatlantic_fehb_bariatric", "blind10_ga_erisa_post_service_claim",
           "blind10_ca_experimental_es"]
# the eleventh blind set (analyzer/samplegen/blind11.py)
BLIND11 = ["blind11_ma_payment_denial_out_of_area", "blind11_or_medicaid_noa", "blind11_hi_quest_reduction",
           "blind11_ca_second_opinion_bilingual"]
# the twelfth blind set (analyzer/samplegen/blind12.py)
BLIND12 = ["blind12_co_commercial_surgery", "blind12_ga_ma_concurrent_inpatient", "blind12_medi_cal_spanish_dme",
           "blind12_mid_atlantic_erisa_infusion"]
# the thirteenth blind set (analyzer/samplegen/blind13.py)
BLIND13 = ["blind13_wa_adolescent_iop", "blind13_ca_genetic_test_lab", "blind13_ma_part_d_coverage_determination",
           "blind13_ga_er_claim_out_of_area"]
# the fourteenth blind set (analyzer/samplegen/blind14.py)
BLIND14 = ["blind14_ncal_grievance_resolution", "blind14_fehb_specialty_drug", "blind14_md_medicaid_residential_sud",
           "blind14_spanish_fax_referral"]
# the fifteenth blind set (analyzer/samplegen/blind15.py)
BLIND15 = ["blind15_nw_advanced_imaging", "blind15_va_erisa_stimulator_attachment", "blind15_wa_outside_second_opinion",
           "blind15_scal_dual_special_needs_dme"]
# the sixteenth blind set (analyzer/samplegen/blind16.py)
BLIND16 = ["blind16_hi_commercial_home_health", "blind16_ga_ma_hospice_or_snf_transfer",
           "blind16_scal_medi_cal_behavioral_health"]
# the seventeenth blind set (analyzer/samplegen/blind17.py)
BLIND17 = ["blind17_co_bariatric_checklist", "blind17_midatlantic_pharmacy_form", "blind17_wa_inpatient_claim_rep"]
# the eighteenth blind set (analyzer/samplegen/blind18.py)
BLIND18 = ["blind18_ma_part_b_infusion_qa", "blind18_ga_pended_more_info", "blind18_hi_ambulance_claim"]
# the nineteenth blind set (analyzer/samplegen/blind19.py)
BLIND19 = ["blind19_co_medicaid_reason_codes", "blind19_midatlantic_oon_specialist", "blind19_nca_retro_review_claim"]
# the twentieth blind set (analyzer/samplegen/blind20.py)
BLIND20 = ["blind20_scal_sidebar_continuity", "blind20_hi_ma_large_print_dme", "blind20_co_erisa_portal_exclusion"]
# the twenty-first blind set (analyzer/samplegen/blind21.py)
BLIND21 = ["blind21_ga_fax_cover_appeal_upheld", "blind21_wa_spanish_eating_disorder_php", "blind21_nw_continued_table"]
# the twenty-second blind set (analyzer/samplegen/blind22.py)
BLIND22 = ["blind22_midatlantic_checkbox_reasons", "blind22_scal_therapy_visit_limit", "blind22_hi_mainland_referral"]
# the twenty-third blind set (analyzer/samplegen/blind23.py)
BLIND23 = ["blind23_co_pharmacy_step_therapy", "blind23_medi_cal_home_nursing_noa", "blind23_wa_or_ma_snf_ending"]
# the twenty-fourth blind set (analyzer/samplegen/blind24.py)
BLIND24 = ["blind24_nca_sud_residential_appeal", "blind24_scal_outside_second_opinion",
           "blind24_midatlantic_numbered_paragraphs"]
# the twenty-fifth blind set (analyzer/samplegen/blind25.py)
BLIND25 = ["blind25_nca_modified_sleep_study", "blind25_ga_ma_irf_admission", "blind25_wa_erisa_proton_beam"]
# the twenty-sixth blind set (analyzer/samplegen/blind26.py)
BLIND26 = ["blind26_co_medicaid_cgm_es", "blind26_midatlantic_breast_reduction_info", "blind26_scal_glp1_secure_message"]
# the twenty-seventh blind set (analyzer/samplegen/blind27.py)
BLIND27 = ["blind27_hi_erisa_cochlear_implant", "blind27_or_medicaid_pediatric_dental_anesthesia",
           "blind27_nca_transplant_center_referral"]
# the twenty-eighth blind set (analyzer/samplegen/blind28.py)
BLIND28 = ["blind28_wa_apple_health_wheelchair", "blind28_scal_medi_cal_bilingual_pt", "blind28_co_erisa_ivf_exclusion"]
# the twenty-ninth blind set (analyzer/samplegen/blind29.py)
BLIND29 = ["blind29_va_ma_partd_redetermination", "blind29_ga_adolescent_inpatient_call_confirm",
           "blind29_nca_enteral_nutrition_continued_table"]
# the thirtieth blind set (analyzer/samplegen/blind30.py)
BLIND30 = ["blind30_hi_ma_travel_dialysis", "blind30_nw_mainframe_printout", "blind30_fehb_aba_hours_reduction"]
# the thirty-first blind set (analyzer/samplegen/blind31.py)
BLIND31 = ["blind31_ga_provider_facing_tms", "blind31_scal_eob_anesthesia_claim", "blind31_ma_microprocessor_knee"]
# the thirty-third blind set (analyzer/samplegen/blind33.py)
BLIND33 = ["blind33_scal_medi_cal_spanish_orthotics", "blind33_midatlantic_fehb_crosslinking",
           "blind33_wa_erisa_cardiac_rehab_appeal"]
# the thirty-second blind set (analyzer/samplegen/blind32.py)
BLIND32 = ["blind32_co_hypoglossal_stimulator", "blind32_nw_home_health_ending", "blind32_nca_extension_portal_print"]
# the thirty-fourth blind set (analyzer/samplegen/blind34.py)
BLIND34 = ["blind34_ga_commercial_gender_affirming", "blind34_scal_dsnp_integrated_notice",
           "blind34_nw_commercial_fertility_preservation"]
# the thirty-fifth blind set (analyzer/samplegen/blind35.py)
BLIND35 = ["blind35_nca_medi_cal_speech_therapy_termination", "blind35_co_ma_part_b_step_therapy",
           "blind35_hi_commercial_hyperbaric_oxygen"]
# the thirty-sixth blind set (analyzer/samplegen/blind36.py)
BLIND36 = ["blind36_scal_covered_california_es", "blind36_md_medicaid_oral_appliance",
           "blind36_ga_erisa_wearable_defibrillator_concurrent"]
# the thirty-seventh blind set (analyzer/samplegen/blind37.py)
BLIND37 = ["blind37_scal_commercial_spinal_fusion_p2p", "blind37_va_ma_blepharoplasty",
           "blind37_or_medicaid_no_prior_auth_imaging_claim"]
# the thirty-eighth blind set (analyzer/samplegen/blind38.py)
BLIND38 = ["blind38_nca_second_opinion_outside_cancer_center", "blind38_ga_commercial_authorized_claim_denied",
           "blind38_scal_medi_cal_out_of_network_childrens_specialist"]
# the thirty-ninth blind set (analyzer/samplegen/blind39.py)
BLIND39 = ["blind39_nw_erisa_experimental_tumor_profiling", "blind39_hi_ma_interisland_air_ambulance",
           "blind39_md_erisa_myoelectric_prosthesis_partial"]
# the forty-ninth blind set (analyzer/samplegen/blind49.py)
BLIND49 = ["blind49_midatlantic_commercial_panniculectomy", "blind49_nca_ma_focused_ultrasound_tremor",
           "blind49_or_medicaid_orthognathic_surgery"]
# the fiftieth blind set (analyzer/samplegen/blind50.py)
BLIND50 = ["blind50_scal_commercial_sinus_surgery_partial", "blind50_ga_erisa_dupilumab_formulary_exception",
           "blind50_hi_ma_acupuncture_visit_limit"]
# the fifty-first blind set (analyzer/samplegen/blind51.py)
BLIND51 = ["blind51_co_medicaid_pediatric_feeding_therapy", "blind51_nca_commercial_breast_mri_high_risk",
           "blind51_dc_fehb_bunionectomy"]
# the fifty-second blind set (analyzer/samplegen/blind52.py)
BLIND52 = ["blind52_nca_commercial_proton_prostate", "blind52_co_ma_skilled_nursing_ending",
           "blind52_ga_commercial_out_of_network_anesthesia_claim"]
# the fifty-third blind set (analyzer/samplegen/blind53.py)
BLIND53 = ["blind53_scal_medi_cal_wound_care_supplies_es", "blind53_wa_erisa_bariatric_surgery",
           "blind53_hi_quest_pediatric_dental_general_anesthesia"]
# the fifty-fourth blind set (analyzer/samplegen/blind54.py)
BLIND54 = ["blind54_va_commercial_residential_eating_disorder_concurrent",
           "blind54_nw_ma_part_b_drug_infliximab_biosimilar", "blind54_co_fehb_genetic_testing_partial"]
# the fifty-fifth blind set (analyzer/samplegen/blind55.py)
BLIND55 = ["blind55_nca_commercial_second_opinion_outside_cancer_center",
           "blind55_ga_ma_ambulance_claim_no_prior_auth", "blind55_wa_apple_health_aba_therapy_es"]
# the fifty-sixth blind set (analyzer/samplegen/blind56.py)
BLIND56 = ["blind56_md_commercial_in_lab_sleep_study", "blind56_hi_ma_cardiac_rehab_delay_notice",
           "blind56_co_erisa_appeal_upheld_lumbar_fusion"]
# the fifty-seventh blind set (analyzer/samplegen/blind57.py)
BLIND57 = ["blind57_scal_commercial_ivf_exclusion", "blind57_md_medicaid_home_health_aide_reduction",
           "blind57_va_erisa_out_of_network_er_claim"]
# the fifty-eighth blind set (analyzer/samplegen/blind58.py)
BLIND58 = ["blind58_nca_medi_cal_crisis_residential_es", "blind58_ga_ma_pet_ct_restaging",
           "blind58_co_erisa_ambulatory_eeg_claim"]
# the fifty-ninth blind set (analyzer/samplegen/blind59.py)
BLIND59 = ["blind59_scal_commercial_rhinoplasty_partial", "blind59_midatlantic_ma_reconsideration_upheld_speech_therapy",
           "blind59_wa_commercial_out_of_network_lab_claim"]
# the sixtieth blind set (analyzer/samplegen/blind60.py)
BLIND60 = ["blind60_hi_commercial_expedited_off_label_chemo", "blind60_va_fehb_hearing_aids_not_covered",
           "blind60_nca_commercial_claim_coverage_terminated"]
# the sixty-first blind set (analyzer/samplegen/blind61.py)
BLIND61 = ["blind61_or_medicaid_ohp_cpap_replacement", "blind61_hi_ma_cardiac_mri_expedited",
           "blind61_dc_commercial_out_of_network_psychotherapy_claim"]
# the sixty-second blind set (analyzer/samplegen/blind62.py)
BLIND62 = ["blind62_wa_apple_health_orthodontia_not_covered",
           "blind62_nca_commercial_tumor_treating_fields_experimental",
           "blind62_va_ma_skilled_nursing_admission_denied"]
# the sixty-third blind set (analyzer/samplegen/blind63.py)
BLIND63 = ["blind63_scal_medi_cal_incontinence_supplies_partial_es", "blind63_ga_commercial_physical_therapy_appeal_upheld",
           "blind63_hi_quest_interisland_transport_delay"]
# the sixty-sixth blind set (analyzer/samplegen/blind66.py)
BLIND66 = ["blind66_nca_commercial_second_opinion_outside_neurosurgeon",
           "blind66_va_medicaid_private_duty_nursing_reduction",
           "blind66_md_erisa_pediatric_occupational_therapy_claim"]
# the forty-eighth blind set (analyzer/samplegen/blind48.py)
BLIND48 = ["blind48_scal_ma_cataract_premium_lens_partial", "blind48_hi_commercial_negative_pressure_wound_therapy",
           "blind48_wa_apple_health_insulin_pump_es"]
# the forty-seventh blind set (analyzer/samplegen/blind47.py)
BLIND47 = ["blind47_md_medicaid_pediatric_growth_hormone", "blind47_nw_ma_home_oxygen_ending",
           "blind47_co_erisa_botox_chronic_migraine"]
# the forty-sixth blind set (analyzer/samplegen/blind46.py)
BLIND46 = ["blind46_nca_commercial_spinal_cord_stimulator_trial", "blind46_va_ma_left_atrial_appendage_closure",
           "blind46_ga_commercial_stool_dna_test_claim"]
# the forty-fifth blind set (analyzer/samplegen/blind45.py)
BLIND45 = ["blind45_nca_medi_cal_nemt_transport_es", "blind45_nw_commercial_lymphedema_pump",
           "blind45_co_commercial_cpap_continued_rental_ended"]
# the forty-fourth blind set (analyzer/samplegen/blind44.py)
BLIND44 = ["blind44_scal_commercial_varicose_vein_ablation", "blind44_hi_quest_adult_hearing_aids",
           "blind44_ga_ma_knee_replacement_inpatient_status"]
# the forty-third blind set (analyzer/samplegen/blind43.py)
BLIND43 = ["blind43_nca_commercial_esketamine_step_therapy", "blind43_co_ma_epidural_steroid_injection",
           "blind43_wa_commercial_late_claim_timely_filing"]
# the forty-second blind set (analyzer/samplegen/blind42.py)
BLIND42 = ["blind42_nca_commercial_tms_depression", "blind42_ga_commercial_cgm_supplier_claim",
           "blind42_scal_ma_home_health_delay"]
# the forty-first blind set (analyzer/samplegen/blind41.py)
BLIND41 = ["blind41_scal_medi_cal_power_wheelchair_modified", "blind41_co_erisa_eating_disorder_residential_appeal_upheld",
           "blind41_fehb_brca_genetic_testing"]
# the fortieth blind set (analyzer/samplegen/blind40.py)
BLIND40 = ["blind40_nca_commercial_home_ivig_site_of_care", "blind40_wa_apple_health_sud_iop",
           "blind40_va_ma_cardiac_ablation_expedited"]


EVALUATION_SETS = {"fresh": FRESH, "final": FINAL, "blind": BLIND, "blind2": BLIND2, "blind3": BLIND3, "blind4": BLIND4,
                   "blind5": BLIND5, "blind6": BLIND6, "blind7": BLIND7, "blind8": BLIND8, "blind9": BLIND9,
                   "blind10": BLIND10, "blind11": BLIND11, "blind12": BLIND12,
                   "blind13": BLIND13, "blind14": BLIND14, "blind15": BLIND15, "blind16": BLIND16,
                   "blind17": BLIND17, "blind18": BLIND18, "blind19": BLIND19,
                   "blind20": BLIND20, "blind21": BLIND21, "blind22": BLIND22, "blind23": BLIND23, "blind24": BLIND24,
                   "blind25": BLIND25,
                   "blind26": BLIND26,
                   "blind27": BLIND27,
                   "blind28": BLIND28,
                   "blind29": BLIND29,
                   "blind30": BLIND30,
                   "blind31": BLIND31, "blind32": BLIND32, "blind33": BLIND33, "blind34": BLIND34,
                   "blind35": BLIND35, "blind36": BLIND36, "blind37": BLIND37, "blind38": BLIND38, "blind39": BLIND39,
                   "blind40": BLIND40, "blind41": BLIND41, "blind42": BLIND42, "blind43": BLIND43, "blind44": BLIND44, "blind45": BLIND45, "blind46": BLIND46, "blind47": BLIND47, "blind48": BLIND48, "blind49": BLIND49, "blind50": BLIND50, "blind51": BLIND51, "blind52": BLIND52, "blind53": BLIND53, "blind54": BLIND54,
                   "blind55": BLIND55, "blind56": BLIND56, "blind57": BLIND57, "blind58": BLIND58, "blind59": BLIND59,
                   "blind60": BLIND60, "blind61": BLIND61, "blind62": BLIND62, "blind63": BLIND63, "blind66": BLIND66}


@pytest.mark.parametrize("name", [n for n in EVALUATION_SETS if n.startswith("blind")])
def test_blind_set_is_listed_only_by_name(name):
    """Each blind evaluation set resolves only by name: default generation never picks it, no other set shares a
    template with it, and an unknown name is refused with the known ones listed."""
    import importlib

    from analyzer import samplegen

    assert template_names() == OLD_TEMPLATES
    assert list(samplegen.HELD_OUT_SETS) == list(EVALUATION_SETS)
    for other, listed in EVALUATION_SETS.items():
        assert getattr(samplegen, f"{other}_template_names")() == listed
    mine = set(EVALUATION_SETS[name])
    assert not mine & (set(template_names()) | {t for o, ts in EVALUATION_SETS.items() if o != name for t in ts})
    for seed in range(60):
        assert generate(seed).template not in mine
    modeled = getattr(importlib.import_module(f"analyzer.samplegen.{name}"), "MODELED_ON", None)
    for t in EVALUATION_SETS[name]:
        spec = generate(1, template=t)
        assert spec.template == t
        if modeled is not None:
            assert set(modeled) == mine and spec.truth["modeled_on"] == modeled[t]
    with pytest.raises(ValueError, match=EVALUATION_SETS[name][-1]):
        generate(1, template=f"{name}_no_such_template")


@pytest.mark.parametrize("name,cli_template", [
    ("blind2", "blind2_erisa_admin_memo"), ("blind3", "blind3_fax_turnaround"), ("blind4", "blind4_fehb_item_memo"),
    ("blind5", "blind5_medicaid_aviso_es"), ("blind6", "blind6_ma_nomnc"), ("blind7", "blind7_medicaid_change_notice"),
    ("blind8", "blind8_ma_dme_supply"), ("blind9", "blind9_co_ga_provider_copy"),
    ("blind10", "blind10_wa_residential_bh_fax"), ("blind11", "blind11_or_medicaid_noa"),
    ("blind12", "blind12_medi_cal_spanish_dme"), ("blind13", "blind13_wa_adolescent_iop"),
    ("blind14", "blind14_spanish_fax_referral"), ("blind15", "blind15_nw_advanced_imaging"),
    ("blind16", "blind16_hi_commercial_home_health"), ("blind17", "blind17_co_bariatric_checklist"),
    ("blind18", "blind18_ma_part_b_infusion_qa"), ("blind19", "blind19_co_medicaid_reason_codes"),
    ("blind20", "blind20_scal_sidebar_continuity"), ("blind21", "blind21_ga_fax_cover_appeal_upheld"),
    ("blind22", "blind22_midatlantic_checkbox_reasons"),
    ("blind23", "blind23_co_pharmacy_step_therapy"),
    ("blind24", "blind24_nca_sud_residential_appeal"),
    ("blind25", "blind25_nca_modified_sleep_study"),
    ("blind26", "blind26_co_medicaid_cgm_es"),
    ("blind27", "blind27_or_medicaid_pediatric_dental_anesthesia"),
    ("blind28", "blind28_co_erisa_ivf_exclusion"),
    ("blind29", "blind29_ga_adolescent_inpatient_call_confirm"),
    ("blind30", "blind30_nw_mainframe_printout"),
    ("blind31", "blind31_scal_eob_anesthesia_claim"),
    ("blind33", "blind33_midatlantic_fehb_crosslinking"),
    ("blind32", "blind32_nca_extension_portal_print"),
    ("blind34", "blind34_scal_dsnp_integrated_notice"),
    ("blind35", "blind35_hi_commercial_hyperbaric_oxygen"),
    ("blind36", "blind36_md_medicaid_oral_appliance"),
    ("blind37", "blind37_or_medicaid_no_prior_auth_imaging_claim"),
    ("blind38", "blind38_ga_commercial_authorized_claim_denied"),
    ("blind39", "blind39_hi_ma_interisland_air_ambulance"),
    ("blind40", "blind40_wa_apple_health_sud_iop"),
    ("blind41", "blind41_fehb_brca_genetic_testing"),
    ("blind42", "blind42_ga_commercial_cgm_supplier_claim"),
    ("blind43", "blind43_wa_commercial_late_claim_timely_filing"),
    ("blind44", "blind44_hi_quest_adult_hearing_aids"),
    ("blind45", "blind45_nca_medi_cal_nemt_transport_es"),
    ("blind46", "blind46_ga_commercial_stool_dna_test_claim"),
    ("blind47", "blind47_co_erisa_botox_chronic_migraine"),
    ("blind48", "blind48_hi_commercial_negative_pressure_wound_therapy"),
    ("blind49", "blind49_or_medicaid_orthognathic_surgery"),
    ("blind50", "blind50_hi_ma_acupuncture_visit_limit"),
    ("blind51", "blind51_dc_fehb_bunionectomy"),
    ("blind52", "blind52_ga_commercial_out_of_network_anesthesia_claim"),
    ("blind53", "blind53_hi_quest_pediatric_dental_general_anesthesia"),
    ("blind54", "blind54_co_fehb_genetic_testing_partial"),
    ("blind55", "blind55_ga_ma_ambulance_claim_no_prior_auth"),
    ("blind56", "blind56_hi_ma_cardiac_rehab_delay_notice"),
    ("blind57", "blind57_va_erisa_out_of_network_er_claim"),
    ("blind58", "blind58_ga_ma_pet_ct_restaging"),
    ("blind59", "blind59_wa_commercial_out_of_network_lab_claim"),
    ("blind60", "blind60_nca_commercial_claim_coverage_terminated"),
    ("blind61", "blind61_dc_commercial_out_of_network_psychotherapy_claim"),
    ("blind62", "blind62_va_ma_skilled_nursing_admission_denied"),
    ("blind63", "blind63_hi_quest_interisland_transport_delay"),
    ("blind66", "blind66_md_erisa_pediatric_occupational_therapy_claim")])
def test_blind_set_renders_scans_photos_and_cli(name, cli_template, tmp_path):
    """Every template of a blind set renders to a PDF, a phone photo and a scan without a text layer (plain and
    fax), and the command line writes a letter and its truth; default generation stays as it was."""
    from analyzer.samplegen.__main__ import main

    test_fresh_templates_do_not_change_default_generation()
    for i, t in enumerate(EVALUATION_SETS[name]):
        pdf = render_pdf(generate(i, template=t), None)
        assert render_photo(pdf, 1, seed=i, dpi=60)[:3] == b"\xff\xd8\xff"
        scan = render_scan(pdf, dpi=60, fax=bool(i % 2), seed=i)
        with pdfplumber.open(io.BytesIO(scan)) as doc:
            assert all(len(p.chars) == 0 for p in doc.pages)
    assert main(["--out", str(tmp_path), "--n", "1", "--seed", "2", "--template", cli_template]) == 0
    assert list(tmp_path.glob("*.pdf")) and list(tmp_path.glob("*.json"))


@pytest.mark.parametrize("template,defect", [("blind6_oon_claim_eob", "notice.dmhc_statement"),
                                             ("blind7_item_details_table", "notice.dmhc_statement"),
                                             ("blind7_partd_coverage_determination", "notice.continuation_of_benefits"),
                                             ("blind8_ma_dme_supply", "notice.dmhc_statement"),
                                             ("blind8_erisa_final_appeal", "notice.expedited_review"),
                                             ("blind8_medical_noa_es", "notice.external_review"),
                                             ("blind8_outside_second_opinion", "medicare.internal_criteria"),
                                             ("blind9_ca_concurrent_review", "notice.external_review"),
                                             ("blind9_ca_concurrent_review", "notice.expedited_review"),
                                             ("blind9_hi_pharmacy_exception", "notice.dmhc_statement"),
                                             ("blind9_medicare_part_b_drug", "notice.consumer_assistance"),
                                             ("blind9_co_ga_provider_copy", "notice.plan_provision"),
                                             ("blind10_wa_residential_bh_fax", "notice.dmhc_statement"),
                                             ("blind10_wa_residential_bh_fax", "notice.continuation_of_benefits"),
                                             ("blind10_midatlantic_fehb_bariatric", "notice.criteria_cited"),
                                             ("blind10_midatlantic_fehb_bariatric", "process.reviewer_not_physician"),
                                             ("blind10_ga_erisa_post_service_claim", "notice.expedited_review"),
                                             ("blind10_ga_erisa_post_service_claim", "notice.reason_specific"),
                                             ("blind10_ca_experimental_es", "notice.external_review"),
                                             ("blind10_ca_experimental_es", "notice.criteria_cited"),
                                             ("blind11_ma_payment_denial_out_of_area", "notice.external_review"),
                                             ("blind11_ma_payment_denial_out_of_area", "notice.dmhc_statement"),
                                             ("blind11_ma_payment_denial_out_of_area", "process.reviewer_not_physician"),
                                             ("blind11_or_medicaid_noa", "notice.plan_provision"),
                                             ("blind11_or_medicaid_noa", "notice.dmhc_statement"),
                                             ("blind11_hi_quest_reduction", "notice.consumer_assistance"),
                                             ("blind11_hi_quest_reduction", "notice.plan_provision"),
                                             ("blind11_ca_second_opinion_bilingual", "notice.external_review"),
                                             ("blind11_ca_second_opinion_bilingual", "process.reviewer_not_physician"),
                                             ("blind12_co_commercial_surgery", "notice.plan_provision"),
                                             ("blind12_co_commercial_surgery", "notice.dmhc_statement"),
                                             ("blind12_co_commercial_surgery", "medicare.internal_criteria"),
                                             ("blind12_ga_ma_concurrent_inpatient", "process.decision_untimely"),
                                             ("blind12_ga_ma_concurrent_inpatient", "notice.consumer_assistance"),
                                             ("blind12_medi_cal_spanish_dme", "notice.external_review"),
                                             ("blind12_medi_cal_spanish_dme", "notice.expedited_review"),
                                             ("blind12_mid_atlantic_erisa_infusion", "notice.dmhc_statement"),
                                             ("blind12_mid_atlantic_erisa_infusion", "notice.expedited_review"),
                                             ("blind12_mid_atlantic_erisa_infusion",
                                              "notice.continuation_of_benefits"),
                                             ("blind13_wa_adolescent_iop", "notice.dmhc_statement"),
                                             ("blind13_wa_adolescent_iop", "mh_parity.non_association_criteria"),
                                             ("blind13_wa_adolescent_iop", "notice.plan_provision"),
                                             ("blind13_wa_adolescent_iop", "notice.continuation_of_benefits"),
                                             ("blind13_ca_genetic_test_lab", "notice.external_review"),
                                             ("blind13_ca_genetic_test_lab", "notice.expedited_review"),
                                             ("blind13_ca_genetic_test_lab", "medicare.internal_criteria"),
                                             ("blind13_ca_genetic_test_lab", "notice.plan_provision"),
                                             ("blind13_ca_genetic_test_lab",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind13_ma_part_d_coverage_determination", "notice.dmhc_statement"),
                                             ("blind13_ma_part_d_coverage_determination", "notice.consumer_assistance"),
                                             ("blind13_ma_part_d_coverage_determination", "notice.plan_provision"),
                                             ("blind13_ma_part_d_coverage_determination", "medicare.transition_period"),
                                             ("blind13_ma_part_d_coverage_determination",
                                              "notice.continuation_of_benefits"),
                                             ("blind13_ga_er_claim_out_of_area", "notice.plan_provision"),
                                             ("blind13_ga_er_claim_out_of_area", "process.retro_denial_of_authorized"),
                                             ("blind13_ga_er_claim_out_of_area", "notice.reason_specific"),
                                             ("blind13_ga_er_claim_out_of_area", "notice.external_review"),
                                             ("blind13_ga_er_claim_out_of_area", "notice.dmhc_statement"),
                                             ("blind14_ncal_grievance_resolution", "notice.external_review"),
                                             ("blind14_ncal_grievance_resolution", "notice.expedited_review"),
                                             ("blind14_ncal_grievance_resolution", "notice.appeal_deadline"),
                                             ("blind14_ncal_grievance_resolution",
                                              "experimental.terminal_illness_rights"),
                                             ("blind14_ncal_grievance_resolution",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind14_ncal_grievance_resolution", "notice.reason_specific"),
                                             ("blind14_fehb_specialty_drug", "notice.criteria_cited"),
                                             ("blind14_fehb_specialty_drug", "process.reviewer_not_physician"),
                                             ("blind14_fehb_specialty_drug", "notice.expedited_review"),
                                             ("blind14_fehb_specialty_drug", "notice.plan_provision"),
                                             ("blind14_fehb_specialty_drug", "notice.dmhc_statement"),
                                             ("blind14_fehb_specialty_drug", "notice.consumer_assistance"),
                                             ("blind14_md_medicaid_residential_sud", "notice.dmhc_statement"),
                                             ("blind14_md_medicaid_residential_sud",
                                              "mh_parity.non_association_criteria"),
                                             ("blind14_md_medicaid_residential_sud", "notice.plan_provision"),
                                             ("blind14_md_medicaid_residential_sud", "notice.consumer_assistance"),
                                             ("blind14_md_medicaid_residential_sud", "notice.delay_requirements"),
                                             ("blind14_spanish_fax_referral", "notice.dmhc_statement"),
                                             ("blind14_spanish_fax_referral", "process.reviewer_not_physician"),
                                             ("blind14_spanish_fax_referral", "notice.criteria_cited"),
                                             ("blind14_spanish_fax_referral", "notice.reason_specific"),
                                             ("blind14_spanish_fax_referral", "network.no_timely_in_network_alternative"),
                                             ("blind14_spanish_fax_referral", "notice.continuation_of_benefits"),
                                             ("blind15_nw_advanced_imaging", "notice.dmhc_statement"),
                                             ("blind15_nw_advanced_imaging", "notice.plan_provision"),
                                             ("blind15_nw_advanced_imaging", "notice.continuation_of_benefits"),
                                             ("blind15_nw_advanced_imaging", "medicare.internal_criteria"),
                                             ("blind15_nw_advanced_imaging", "second_opinion.eligible_denied"),
                                             ("blind15_nw_advanced_imaging", "notice.claim_identification"),
                                             ("blind15_va_erisa_stimulator_attachment", "notice.expedited_review"),
                                             ("blind15_va_erisa_stimulator_attachment", "notice.dmhc_statement"),
                                             ("blind15_va_erisa_stimulator_attachment", "notice.plan_provision"),
                                             ("blind15_va_erisa_stimulator_attachment",
                                              "notice.continuation_of_benefits"),
                                             ("blind15_va_erisa_stimulator_attachment", "medicare.internal_criteria"),
                                             ("blind15_wa_outside_second_opinion", "second_opinion.eligible_denied"),
                                             ("blind15_wa_outside_second_opinion", "second_opinion.untimely"),
                                             ("blind15_wa_outside_second_opinion", "notice.external_review"),
                                             ("blind15_wa_outside_second_opinion", "notice.consumer_assistance"),
                                             ("blind15_wa_outside_second_opinion", "notice.reason_specific"),
                                             ("blind15_wa_outside_second_opinion", "process.reviewer_not_physician"),
                                             ("blind15_wa_outside_second_opinion", "notice.dmhc_statement"),
                                             ("blind15_scal_dual_special_needs_dme", "notice.dmhc_statement"),
                                             ("blind15_scal_dual_special_needs_dme", "notice.consumer_assistance"),
                                             ("blind15_scal_dual_special_needs_dme", "notice.plan_provision"),
                                             ("blind15_scal_dual_special_needs_dme", "notice.continuation_of_benefits"),
                                             ("blind15_scal_dual_special_needs_dme", "medicare.transition_period"),
                                             ("blind15_scal_dual_special_needs_dme", "mh_parity.non_association_criteria"),
                                             ("blind16_hi_commercial_home_health", "notice.dmhc_statement"),
                                             ("blind16_hi_commercial_home_health", "notice.plan_provision"),
                                             ("blind16_hi_commercial_home_health", "notice.continuation_of_benefits"),
                                             ("blind16_hi_commercial_home_health", "medicare.internal_criteria"),
                                             ("blind16_hi_commercial_home_health", "notice.claim_identification"),
                                             ("blind16_ga_ma_hospice_or_snf_transfer", "notice.consumer_assistance"),
                                             ("blind16_ga_ma_hospice_or_snf_transfer", "notice.plan_provision"),
                                             ("blind16_ga_ma_hospice_or_snf_transfer", "medicare.transition_period"),
                                             ("blind16_ga_ma_hospice_or_snf_transfer", "notice.dmhc_statement"),
                                             ("blind16_scal_medi_cal_behavioral_health", "mh_parity.non_association_criteria"),
                                             ("blind16_scal_medi_cal_behavioral_health", "notice.external_review"),
                                             ("blind16_scal_medi_cal_behavioral_health", "notice.expedited_review"),
                                             ("blind16_scal_medi_cal_behavioral_health", "notice.plan_provision"),
                                             ("blind16_scal_medi_cal_behavioral_health",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind17_co_bariatric_checklist", "notice.dmhc_statement"),
                                             ("blind17_co_bariatric_checklist", "notice.plan_provision"),
                                             ("blind17_co_bariatric_checklist", "notice.continuation_of_benefits"),
                                             ("blind17_co_bariatric_checklist", "medicare.internal_criteria"),
                                             ("blind17_co_bariatric_checklist", "notice.claim_identification"),
                                             ("blind17_co_bariatric_checklist", "mh_parity.non_association_criteria"),
                                             ("blind17_midatlantic_pharmacy_form", "notice.dmhc_statement"),
                                             ("blind17_midatlantic_pharmacy_form", "notice.continuation_of_benefits"),
                                             ("blind17_midatlantic_pharmacy_form", "medicare.internal_criteria"),
                                             ("blind17_midatlantic_pharmacy_form", "notice.claim_identification"),
                                             ("blind17_midatlantic_pharmacy_form", "process.emergency_prior_auth"),
                                             ("blind17_midatlantic_pharmacy_form",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind17_wa_inpatient_claim_rep", "notice.external_review"),
                                             ("blind17_wa_inpatient_claim_rep", "notice.expedited_review"),
                                             ("blind17_wa_inpatient_claim_rep", "notice.reason_specific"),
                                             ("blind17_wa_inpatient_claim_rep", "notice.plan_provision"),
                                             ("blind17_wa_inpatient_claim_rep", "process.retro_denial_of_authorized"),
                                             ("blind17_wa_inpatient_claim_rep", "process.decision_untimely"),
                                             ("blind17_wa_inpatient_claim_rep", "notice.dmhc_statement"),
                                             ("blind18_ma_part_b_infusion_qa", "notice.dmhc_statement"),
                                             ("blind18_ma_part_b_infusion_qa", "notice.consumer_assistance"),
                                             ("blind18_ma_part_b_infusion_qa", "medicare.transition_period"),
                                             ("blind18_ma_part_b_infusion_qa", "notice.plan_provision"),
                                             ("blind18_ma_part_b_infusion_qa", "notice.claim_identification"),
                                             ("blind18_ga_pended_more_info", "process.decision_untimely"),
                                             ("blind18_ga_pended_more_info", "notice.appeal_deadline"),
                                             ("blind18_ga_pended_more_info", "notice.consumer_assistance"),
                                             ("blind18_ga_pended_more_info", "notice.reason_specific"),
                                             ("blind18_ga_pended_more_info", "notice.dmhc_statement"),
                                             ("blind18_hi_ambulance_claim", "notice.external_review"),
                                             ("blind18_hi_ambulance_claim", "notice.expedited_review"),
                                             ("blind18_hi_ambulance_claim", "notice.reason_specific"),
                                             ("blind18_hi_ambulance_claim", "notice.plan_provision"),
                                             ("blind18_hi_ambulance_claim", "process.retro_denial_of_authorized"),
                                             ("blind18_hi_ambulance_claim", "process.decision_untimely"),
                                             ("blind18_hi_ambulance_claim", "notice.dmhc_statement"),
                                             ("blind19_co_medicaid_reason_codes", "notice.dmhc_statement"),
                                             ("blind19_co_medicaid_reason_codes", "notice.consumer_assistance"),
                                             ("blind19_co_medicaid_reason_codes", "notice.claim_identification"),
                                             ("blind19_co_medicaid_reason_codes", "notice.delay_requirements"),
                                             ("blind19_co_medicaid_reason_codes", "process.retro_denial_of_authorized"),
                                             ("blind19_co_medicaid_reason_codes", "process.emergency_prior_auth"),
                                             ("blind19_co_medicaid_reason_codes",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind19_co_medicaid_reason_codes", "medicare.internal_criteria"),
                                             ("blind19_midatlantic_oon_specialist", "notice.dmhc_statement"),
                                             ("blind19_midatlantic_oon_specialist", "notice.continuation_of_benefits"),
                                             ("blind19_midatlantic_oon_specialist", "notice.reason_specific"),
                                             ("blind19_midatlantic_oon_specialist", "notice.criteria_cited"),
                                             ("blind19_midatlantic_oon_specialist", "notice.plan_provision"),
                                             ("blind19_midatlantic_oon_specialist", "process.reviewer_not_physician"),
                                             ("blind19_midatlantic_oon_specialist",
                                              "process.retro_denial_of_authorized"),
                                             ("blind19_midatlantic_oon_specialist",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind19_midatlantic_oon_specialist", "notice.claim_identification"),
                                             ("blind19_nca_retro_review_claim", "notice.external_review"),
                                             ("blind19_nca_retro_review_claim", "notice.expedited_review"),
                                             ("blind19_nca_retro_review_claim", "notice.reason_specific"),
                                             ("blind19_nca_retro_review_claim", "notice.criteria_cited"),
                                             ("blind19_nca_retro_review_claim", "notice.plan_provision"),
                                             ("blind19_nca_retro_review_claim", "process.decision_untimely"),
                                             ("blind19_nca_retro_review_claim", "process.reviewer_not_physician"),
                                             ("blind19_nca_retro_review_claim", "notice.continuation_of_benefits"),
                                             ("blind19_nca_retro_review_claim",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind20_scal_sidebar_continuity", "notice.external_review"),
                                             ("blind20_scal_sidebar_continuity", "notice.expedited_review"),
                                             ("blind20_scal_sidebar_continuity", "notice.reason_specific"),
                                             ("blind20_scal_sidebar_continuity", "notice.criteria_cited"),
                                             ("blind20_scal_sidebar_continuity", "notice.plan_provision"),
                                             ("blind20_scal_sidebar_continuity", "process.reviewer_not_physician"),
                                             ("blind20_scal_sidebar_continuity", "notice.claim_identification"),
                                             ("blind20_scal_sidebar_continuity", "second_opinion.eligible_denied"),
                                             ("blind20_hi_ma_large_print_dme", "notice.plan_provision"),
                                             ("blind20_hi_ma_large_print_dme", "notice.consumer_assistance"),
                                             ("blind20_hi_ma_large_print_dme", "notice.dmhc_statement"),
                                             ("blind20_hi_ma_large_print_dme", "medicare.transition_period"),
                                             ("blind20_hi_ma_large_print_dme", "process.retro_denial_of_authorized"),
                                             ("blind20_hi_ma_large_print_dme", "notice.continuation_of_benefits"),
                                             ("blind20_co_erisa_portal_exclusion", "notice.expedited_review"),
                                             ("blind20_co_erisa_portal_exclusion", "notice.criteria_cited"),
                                             ("blind20_co_erisa_portal_exclusion", "process.reviewer_not_physician"),
                                             ("blind20_co_erisa_portal_exclusion", "notice.dmhc_statement"),
                                             ("blind20_co_erisa_portal_exclusion", "notice.claim_identification"),
                                             ("blind20_co_erisa_portal_exclusion",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind21_ga_fax_cover_appeal_upheld", "notice.appeal_deadline"),
                                             ("blind21_ga_fax_cover_appeal_upheld", "notice.reason_specific"),
                                             ("blind21_ga_fax_cover_appeal_upheld", "notice.criteria_cited"),
                                             ("blind21_ga_fax_cover_appeal_upheld", "notice.plan_provision"),
                                             ("blind21_ga_fax_cover_appeal_upheld", "notice.dmhc_statement"),
                                             ("blind21_ga_fax_cover_appeal_upheld", "notice.expedited_review"),
                                             ("blind21_ga_fax_cover_appeal_upheld", "notice.claim_identification"),
                                             ("blind21_ga_fax_cover_appeal_upheld", "medicare.internal_criteria"),
                                             ("blind21_wa_spanish_eating_disorder_php", "notice.dmhc_statement"),
                                             ("blind21_wa_spanish_eating_disorder_php",
                                              "mh_parity.non_association_criteria"),
                                             ("blind21_wa_spanish_eating_disorder_php", "notice.plan_provision"),
                                             ("blind21_wa_spanish_eating_disorder_php", "notice.claim_identification"),
                                             ("blind21_wa_spanish_eating_disorder_php", "medicare.internal_criteria"),
                                             ("blind21_wa_spanish_eating_disorder_php",
                                              "notice.continuation_of_benefits"),
                                             ("blind21_nw_continued_table", "notice.dmhc_statement"),
                                             ("blind21_nw_continued_table", "notice.plan_provision"),
                                             ("blind21_nw_continued_table", "notice.claim_identification"),
                                             ("blind21_nw_continued_table", "notice.continuation_of_benefits"),
                                             ("blind21_nw_continued_table", "mh_parity.non_association_criteria"),
                                             ("blind21_nw_continued_table", "process.retro_denial_of_authorized"),
                                             ("blind22_midatlantic_checkbox_reasons", "notice.dmhc_statement"),
                                             ("blind22_midatlantic_checkbox_reasons", "notice.claim_identification"),
                                             ("blind22_midatlantic_checkbox_reasons", "notice.continuation_of_benefits"),
                                             ("blind22_midatlantic_checkbox_reasons", "medicare.internal_criteria"),
                                             ("blind22_midatlantic_checkbox_reasons", "mh_parity.non_association_criteria"),
                                             ("blind22_midatlantic_checkbox_reasons", "network.no_timely_in_network_alternative"),
                                             ("blind22_midatlantic_checkbox_reasons", "process.retro_denial_of_authorized"),
                                             ("blind22_scal_therapy_visit_limit", "notice.plan_provision"),
                                             ("blind22_scal_therapy_visit_limit", "notice.claim_identification"),
                                             ("blind22_scal_therapy_visit_limit", "notice.continuation_of_benefits"),
                                             ("blind22_scal_therapy_visit_limit", "network.no_timely_in_network_alternative"),
                                             ("blind22_scal_therapy_visit_limit", "medicare.transition_period"),
                                             ("blind22_scal_therapy_visit_limit", "experimental.terminal_illness_rights"),
                                             ("blind22_hi_mainland_referral", "notice.dmhc_statement"),
                                             ("blind22_hi_mainland_referral", "notice.plan_provision"),
                                             ("blind22_hi_mainland_referral", "notice.criteria_cited"),
                                             ("blind22_hi_mainland_referral", "notice.reason_specific"),
                                             ("blind22_hi_mainland_referral", "process.reviewer_not_physician"),
                                             ("blind22_hi_mainland_referral", "network.no_timely_in_network_alternative"),
                                             ("blind22_hi_mainland_referral", "notice.continuation_of_benefits"),
                                             ("blind23_co_pharmacy_step_therapy", "notice.dmhc_statement"),
                                             ("blind23_co_pharmacy_step_therapy", "notice.continuation_of_benefits"),
                                             ("blind23_co_pharmacy_step_therapy", "notice.claim_identification"),
                                             ("blind23_co_pharmacy_step_therapy", "medicare.internal_criteria"),
                                             ("blind23_co_pharmacy_step_therapy",
                                              "mh_parity.non_association_criteria"),
                                             ("blind23_medi_cal_home_nursing_noa", "notice.external_review"),
                                             ("blind23_medi_cal_home_nursing_noa", "notice.expedited_review"),
                                             ("blind23_medi_cal_home_nursing_noa", "process.decision_untimely"),
                                             ("blind23_medi_cal_home_nursing_noa", "notice.plan_provision"),
                                             ("blind23_medi_cal_home_nursing_noa", "notice.consumer_assistance"),
                                             ("blind23_wa_or_ma_snf_ending", "notice.dmhc_statement"),
                                             ("blind23_wa_or_ma_snf_ending", "notice.continuation_of_benefits"),
                                             ("blind23_wa_or_ma_snf_ending", "process.decision_untimely"),
                                             ("blind23_wa_or_ma_snf_ending", "notice.plan_provision"),
                                             ("blind23_wa_or_ma_snf_ending", "notice.consumer_assistance"),
                                             ("blind24_nca_sud_residential_appeal", "notice.external_review"),
                                             ("blind24_nca_sud_residential_appeal", "notice.reason_specific"),
                                             ("blind24_nca_sud_residential_appeal", "notice.appeal_deadline"),
                                             ("blind24_scal_outside_second_opinion", "process.reviewer_not_physician"),
                                             ("blind24_scal_outside_second_opinion", "notice.consumer_assistance"),
                                             ("blind24_scal_outside_second_opinion", "notice.criteria_cited"),
                                             ("blind24_midatlantic_numbered_paragraphs", "notice.dmhc_statement"),
                                             ("blind24_midatlantic_numbered_paragraphs",
                                              "second_opinion.eligible_denied"),
                                             ("blind24_midatlantic_numbered_paragraphs",
                                              "notice.continuation_of_benefits"),
                                             ("blind25_nca_modified_sleep_study", "mh_parity.non_association_criteria"),
                                             ("blind25_nca_modified_sleep_study", "notice.external_review"),
                                             ("blind25_nca_modified_sleep_study", "notice.plan_provision"),
                                             ("blind25_ga_ma_irf_admission", "notice.expedited_review"),
                                             ("blind25_ga_ma_irf_admission", "notice.consumer_assistance"),
                                             ("blind25_ga_ma_irf_admission", "notice.dmhc_statement"),
                                             ("blind25_wa_erisa_proton_beam", "notice.plan_provision"),
                                             ("blind25_wa_erisa_proton_beam", "notice.claim_identification"),
                                             ("blind25_wa_erisa_proton_beam", "notice.dmhc_statement"),
                                             ("blind26_co_medicaid_cgm_es", "notice.dmhc_statement"),
                                             ("blind26_co_medicaid_cgm_es", "notice.plan_provision"),
                                             ("blind26_co_medicaid_cgm_es", "notice.consumer_assistance"),
                                             ("blind26_co_medicaid_cgm_es", "medicare.internal_criteria"),
                                             ("blind26_midatlantic_breast_reduction_info", "notice.dmhc_statement"),
                                             ("blind26_midatlantic_breast_reduction_info",
                                              "notice.continuation_of_benefits"),
                                             ("blind26_midatlantic_breast_reduction_info", "notice.plan_provision"),
                                             ("blind26_scal_glp1_secure_message", "notice.external_review"),
                                             ("blind26_scal_glp1_secure_message", "notice.expedited_review"),
                                             ("blind26_scal_glp1_secure_message", "process.reviewer_not_physician"),
                                             ("blind26_scal_glp1_secure_message", "notice.criteria_cited"),
                                             ("blind27_hi_erisa_cochlear_implant", "notice.dmhc_statement"),
                                             ("blind27_hi_erisa_cochlear_implant", "notice.expedited_review"),
                                             ("blind27_hi_erisa_cochlear_implant", "notice.plan_provision"),
                                             ("blind27_hi_erisa_cochlear_implant", "notice.continuation_of_benefits"),
                                             ("blind27_hi_erisa_cochlear_implant",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind27_or_medicaid_pediatric_dental_anesthesia",
                                              "notice.dmhc_statement"),
                                             ("blind27_or_medicaid_pediatric_dental_anesthesia",
                                              "notice.consumer_assistance"),
                                             ("blind27_or_medicaid_pediatric_dental_anesthesia",
                                              "notice.plan_provision"),
                                             ("blind27_or_medicaid_pediatric_dental_anesthesia",
                                              "medicare.internal_criteria"),
                                             ("blind27_nca_transplant_center_referral", "notice.external_review"),
                                             ("blind27_nca_transplant_center_referral", "notice.expedited_review"),
                                             ("blind27_nca_transplant_center_referral", "notice.criteria_cited"),
                                             ("blind27_nca_transplant_center_referral", "notice.reason_specific"),
                                             ("blind27_nca_transplant_center_referral",
                                              "process.reviewer_not_physician"),
                                             ("blind28_wa_apple_health_wheelchair", "notice.dmhc_statement"),
                                             ("blind28_wa_apple_health_wheelchair", "notice.plan_provision"),
                                             ("blind28_wa_apple_health_wheelchair", "notice.consumer_assistance"),
                                             ("blind28_wa_apple_health_wheelchair",
                                              "notice.continuation_of_benefits"),
                                             ("blind28_scal_medi_cal_bilingual_pt", "notice.language_assistance"),
                                             ("blind28_scal_medi_cal_bilingual_pt", "notice.external_review"),
                                             ("blind28_scal_medi_cal_bilingual_pt", "notice.expedited_review"),
                                             ("blind28_scal_medi_cal_bilingual_pt", "notice.plan_provision"),
                                             ("blind28_co_erisa_ivf_exclusion", "process.reviewer_not_physician"),
                                             ("blind28_co_erisa_ivf_exclusion", "notice.criteria_cited"),
                                             ("blind28_co_erisa_ivf_exclusion", "notice.expedited_review"),
                                             ("blind28_co_erisa_ivf_exclusion", "notice.dmhc_statement"),
                                             ("blind28_co_erisa_ivf_exclusion", "notice.continuation_of_benefits"),
                                             ("blind29_va_ma_partd_redetermination", "notice.dmhc_statement"),
                                             ("blind29_va_ma_partd_redetermination", "notice.criteria_cited"),
                                             ("blind29_va_ma_partd_redetermination",
                                              "process.reviewer_not_physician"),
                                             ("blind29_va_ma_partd_redetermination", "medicare.internal_criteria"),
                                             ("blind29_va_ma_partd_redetermination", "notice.appeal_deadline"),
                                             ("blind29_ga_adolescent_inpatient_call_confirm",
                                              "notice.expedited_review"),
                                             ("blind29_ga_adolescent_inpatient_call_confirm",
                                              "notice.dmhc_statement"),
                                             ("blind29_ga_adolescent_inpatient_call_confirm",
                                              "notice.plan_provision"),
                                             ("blind29_nca_enteral_nutrition_continued_table",
                                              "notice.external_review"),
                                             ("blind29_nca_enteral_nutrition_continued_table",
                                              "medicare.internal_criteria"),
                                             ("blind30_hi_ma_travel_dialysis", "medicare.internal_criteria"),
                                             ("blind30_hi_ma_travel_dialysis", "medicare.transition_period"),
                                             ("blind30_hi_ma_travel_dialysis", "process.reviewer_not_physician"),
                                             ("blind30_hi_ma_travel_dialysis", "notice.dmhc_statement"),
                                             ("blind30_nw_mainframe_printout", "notice.plan_provision"),
                                             ("blind30_nw_mainframe_printout", "notice.dmhc_statement"),
                                             ("blind30_nw_mainframe_printout", "notice.continuation_of_benefits"),
                                             ("blind30_fehb_aba_hours_reduction", "process.reviewer_not_physician"),
                                             ("blind30_fehb_aba_hours_reduction", "notice.criteria_cited"),
                                             ("blind30_fehb_aba_hours_reduction", "notice.consumer_assistance"),
                                             ("blind30_fehb_aba_hours_reduction", "notice.expedited_review"),
                                             ("blind31_ga_provider_facing_tms", "notice.dmhc_statement"),
                                             ("blind31_ga_provider_facing_tms", "notice.plan_provision"),
                                             ("blind31_ga_provider_facing_tms", "medicare.internal_criteria"),
                                             ("blind31_scal_eob_anesthesia_claim", "process.emergency_prior_auth"),
                                             ("blind31_scal_eob_anesthesia_claim", "notice.expedited_review"),
                                             ("blind31_scal_eob_anesthesia_claim",
                                              "process.retro_denial_of_authorized"),
                                             ("blind31_ma_microprocessor_knee", "medicare.transition_period"),
                                             ("blind31_ma_microprocessor_knee", "notice.consumer_assistance"),
                                             ("blind31_ma_microprocessor_knee", "notice.dmhc_statement"),
                                             ("blind33_scal_medi_cal_spanish_orthotics", "notice.external_review"),
                                             ("blind33_scal_medi_cal_spanish_orthotics", "notice.expedited_review"),
                                             ("blind33_scal_medi_cal_spanish_orthotics", "notice.plan_provision"),
                                             ("blind33_scal_medi_cal_spanish_orthotics",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind33_midatlantic_fehb_crosslinking", "notice.criteria_cited"),
                                             ("blind33_midatlantic_fehb_crosslinking",
                                              "process.reviewer_not_physician"),
                                             ("blind33_midatlantic_fehb_crosslinking", "notice.dmhc_statement"),
                                             ("blind33_midatlantic_fehb_crosslinking",
                                              "notice.continuation_of_benefits"),
                                             ("blind33_wa_erisa_cardiac_rehab_appeal", "notice.reason_specific"),
                                             ("blind33_wa_erisa_cardiac_rehab_appeal", "notice.appeal_deadline"),
                                             ("blind33_wa_erisa_cardiac_rehab_appeal", "notice.dmhc_statement"),
                                             ("blind33_wa_erisa_cardiac_rehab_appeal",
                                              "notice.continuation_of_benefits"),
                                             ("blind32_co_hypoglossal_stimulator", "notice.criteria_cited"),
                                             ("blind32_co_hypoglossal_stimulator", "notice.reason_specific"),
                                             ("blind32_co_hypoglossal_stimulator", "notice.plan_provision"),
                                             ("blind32_co_hypoglossal_stimulator", "notice.dmhc_statement"),
                                             ("blind32_co_hypoglossal_stimulator",
                                              "experimental.terminal_illness_rights"),
                                             ("blind32_nw_home_health_ending", "process.decision_untimely"),
                                             ("blind32_nw_home_health_ending", "notice.continuation_of_benefits"),
                                             ("blind32_nw_home_health_ending", "notice.consumer_assistance"),
                                             ("blind32_nca_extension_portal_print", "notice.appeal_deadline"),
                                             ("blind32_nca_extension_portal_print", "process.decision_untimely"),
                                             ("blind32_nca_extension_portal_print", "notice.expedited_review"),
                                             ("blind34_ga_commercial_gender_affirming", "notice.dmhc_statement"),
                                             ("blind34_ga_commercial_gender_affirming",
                                              "medicare.internal_criteria"),
                                             ("blind34_ga_commercial_gender_affirming",
                                              "notice.continuation_of_benefits"),
                                             ("blind34_scal_dsnp_integrated_notice", "notice.plan_provision"),
                                             ("blind34_scal_dsnp_integrated_notice", "notice.dmhc_statement"),
                                             ("blind34_scal_dsnp_integrated_notice", "notice.consumer_assistance"),
                                             ("blind34_scal_dsnp_integrated_notice",
                                              "medicare.transition_period"),
                                             ("blind34_nw_commercial_fertility_preservation",
                                              "notice.dmhc_statement"),
                                             ("blind34_nw_commercial_fertility_preservation",
                                              "process.emergency_prior_auth"),
                                             ("blind34_nw_commercial_fertility_preservation",
                                              "experimental.terminal_illness_rights"),
                                             ("blind35_nca_medi_cal_speech_therapy_termination",
                                              "process.decision_untimely"),
                                             ("blind35_nca_medi_cal_speech_therapy_termination",
                                              "notice.external_review"),
                                             ("blind35_nca_medi_cal_speech_therapy_termination",
                                              "notice.plan_provision"),
                                             ("blind35_co_ma_part_b_step_therapy", "notice.dmhc_statement"),
                                             ("blind35_co_ma_part_b_step_therapy", "notice.continuation_of_benefits"),
                                             ("blind35_co_ma_part_b_step_therapy", "medicare.transition_period"),
                                             ("blind35_hi_commercial_hyperbaric_oxygen", "notice.dmhc_statement"),
                                             ("blind35_hi_commercial_hyperbaric_oxygen", "notice.plan_provision"),
                                             ("blind35_hi_commercial_hyperbaric_oxygen",
                                              "experimental.terminal_illness_rights"),
                                             ("blind36_scal_covered_california_es", "notice.external_review"),
                                             ("blind36_scal_covered_california_es", "notice.expedited_review"),
                                             ("blind36_scal_covered_california_es",
                                              "mh_parity.non_association_criteria"),
                                             ("blind36_scal_covered_california_es",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind36_scal_covered_california_es",
                                              "experimental.terminal_illness_rights"),
                                             ("blind36_md_medicaid_oral_appliance", "notice.plan_provision"),
                                             ("blind36_md_medicaid_oral_appliance", "notice.dmhc_statement"),
                                             ("blind36_md_medicaid_oral_appliance", "notice.consumer_assistance"),
                                             ("blind36_ga_erisa_wearable_defibrillator_concurrent",
                                              "notice.plan_provision"),
                                             ("blind36_ga_erisa_wearable_defibrillator_concurrent",
                                              "notice.dmhc_statement"),
                                             ("blind36_ga_erisa_wearable_defibrillator_concurrent",
                                              "notice.continuation_of_benefits"),
                                             ("blind37_scal_commercial_spinal_fusion_p2p",
                                              "mh_parity.non_association_criteria"),
                                             ("blind37_scal_commercial_spinal_fusion_p2p", "notice.external_review"),
                                             ("blind37_scal_commercial_spinal_fusion_p2p", "notice.plan_provision"),
                                             ("blind37_scal_commercial_spinal_fusion_p2p",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind37_va_ma_blepharoplasty", "notice.dmhc_statement"),
                                             ("blind37_va_ma_blepharoplasty", "notice.plan_provision"),
                                             ("blind37_va_ma_blepharoplasty", "notice.consumer_assistance"),
                                             ("blind37_va_ma_blepharoplasty", "medicare.transition_period"),
                                             ("blind37_or_medicaid_no_prior_auth_imaging_claim",
                                              "process.emergency_prior_auth"),
                                             ("blind37_or_medicaid_no_prior_auth_imaging_claim",
                                              "notice.reason_specific"),
                                             ("blind37_or_medicaid_no_prior_auth_imaging_claim",
                                              "notice.external_review"),
                                             ("blind37_or_medicaid_no_prior_auth_imaging_claim",
                                              "notice.claim_identification"),
                                             ("blind38_nca_second_opinion_outside_cancer_center", "process.reviewer_not_physician"),
                                             ("blind38_nca_second_opinion_outside_cancer_center", "notice.external_review"),
                                             ("blind38_nca_second_opinion_outside_cancer_center", "notice.continuation_of_benefits"),
                                             ("blind38_ga_commercial_authorized_claim_denied", "process.emergency_prior_auth"),
                                             ("blind38_ga_commercial_authorized_claim_denied", "process.retro_denial_of_authorized"),
                                             ("blind38_ga_commercial_authorized_claim_denied", "notice.plan_provision"),
                                             ("blind38_ga_commercial_authorized_claim_denied", "notice.dmhc_statement"),
                                             ("blind38_scal_medi_cal_out_of_network_childrens_specialist", "notice.reason_specific"),
                                             ("blind38_scal_medi_cal_out_of_network_childrens_specialist", "notice.criteria_cited"),
                                             ("blind38_scal_medi_cal_out_of_network_childrens_specialist", "notice.external_review"),
                                             ("blind38_scal_medi_cal_out_of_network_childrens_specialist", "second_opinion.eligible_denied"),
                                             ("blind39_nw_erisa_experimental_tumor_profiling",
                                              "notice.criteria_cited"),
                                             ("blind39_nw_erisa_experimental_tumor_profiling",
                                              "notice.reason_specific"),
                                             ("blind39_nw_erisa_experimental_tumor_profiling",
                                              "notice.plan_provision"),
                                             ("blind39_nw_erisa_experimental_tumor_profiling",
                                              "notice.expedited_review"),
                                             ("blind39_hi_ma_interisland_air_ambulance",
                                              "process.emergency_prior_auth"),
                                             ("blind39_hi_ma_interisland_air_ambulance",
                                              "medicare.transition_period"),
                                             ("blind39_hi_ma_interisland_air_ambulance", "notice.external_review"),
                                             ("blind39_hi_ma_interisland_air_ambulance",
                                              "medicare.internal_criteria"),
                                             ("blind39_md_erisa_myoelectric_prosthesis_partial",
                                              "notice.plan_provision"),
                                             ("blind39_md_erisa_myoelectric_prosthesis_partial",
                                              "notice.dmhc_statement"),
                                             ("blind39_md_erisa_myoelectric_prosthesis_partial",
                                              "notice.claim_identification"),
                                             ("blind40_nca_commercial_home_ivig_site_of_care",
                                              "mh_parity.non_association_criteria"),
                                             ("blind40_nca_commercial_home_ivig_site_of_care",
                                              "notice.external_review"),
                                             ("blind40_nca_commercial_home_ivig_site_of_care", "notice.plan_provision"),
                                             ("blind40_wa_apple_health_sud_iop", "notice.dmhc_statement"),
                                             ("blind40_wa_apple_health_sud_iop", "notice.plan_provision"),
                                             ("blind40_wa_apple_health_sud_iop", "notice.consumer_assistance"),
                                             ("blind40_va_ma_cardiac_ablation_expedited", "notice.expedited_review"),
                                             ("blind40_va_ma_cardiac_ablation_expedited",
                                              "medicare.internal_criteria"),
                                             ("blind40_va_ma_cardiac_ablation_expedited",
                                              "medicare.transition_period"),
                                             ("blind40_va_ma_cardiac_ablation_expedited",
                                              "notice.continuation_of_benefits"),
                                             ("blind41_scal_medi_cal_power_wheelchair_modified",
                                              "notice.external_review"),
                                             ("blind41_scal_medi_cal_power_wheelchair_modified",
                                              "notice.consumer_assistance"),
                                             ("blind41_scal_medi_cal_power_wheelchair_modified",
                                              "notice.continuation_of_benefits"),
                                             ("blind41_co_erisa_eating_disorder_residential_appeal_upheld",
                                              "notice.plan_provision"),
                                             ("blind41_co_erisa_eating_disorder_residential_appeal_upheld",
                                              "notice.reason_specific"),
                                             ("blind41_co_erisa_eating_disorder_residential_appeal_upheld",
                                              "notice.dmhc_statement"),
                                             ("blind41_fehb_brca_genetic_testing", "process.reviewer_not_physician"),
                                             ("blind41_fehb_brca_genetic_testing", "notice.criteria_cited"),
                                             ("blind41_fehb_brca_genetic_testing", "notice.consumer_assistance"),
                                             ("blind42_nca_commercial_tms_depression", "notice.criteria_cited"),
                                             ("blind42_nca_commercial_tms_depression", "notice.external_review"),
                                             ("blind42_nca_commercial_tms_depression", "notice.expedited_review"),
                                             ("blind42_ga_commercial_cgm_supplier_claim", "process.emergency_prior_auth"),
                                             ("blind42_ga_commercial_cgm_supplier_claim", "notice.dmhc_statement"),
                                             ("blind42_ga_commercial_cgm_supplier_claim", "notice.reason_specific"),
                                             ("blind42_scal_ma_home_health_delay", "notice.external_review"),
                                             ("blind42_scal_ma_home_health_delay", "process.decision_untimely"),
                                             ("blind42_scal_ma_home_health_delay", "notice.appeal_deadline"),
                                             ("blind43_nca_commercial_esketamine_step_therapy",
                                              "notice.criteria_cited"),
                                             ("blind43_nca_commercial_esketamine_step_therapy",
                                              "notice.external_review"),
                                             ("blind43_co_ma_epidural_steroid_injection", "notice.dmhc_statement"),
                                             ("blind43_co_ma_epidural_steroid_injection",
                                              "medicare.transition_period"),
                                             ("blind43_co_ma_epidural_steroid_injection",
                                              "notice.consumer_assistance"),
                                             ("blind43_wa_commercial_late_claim_timely_filing",
                                              "process.emergency_prior_auth"),
                                             ("blind43_wa_commercial_late_claim_timely_filing",
                                              "notice.plan_provision"),
                                             ("blind43_wa_commercial_late_claim_timely_filing",
                                              "process.retro_denial_of_authorized"),
                                             ("blind44_scal_commercial_varicose_vein_ablation",
                                              "mh_parity.non_association_criteria"),
                                             ("blind44_scal_commercial_varicose_vein_ablation",
                                              "notice.external_review"),
                                             ("blind44_hi_quest_adult_hearing_aids", "notice.dmhc_statement"),
                                             ("blind44_hi_quest_adult_hearing_aids", "notice.consumer_assistance"),
                                             ("blind44_ga_ma_knee_replacement_inpatient_status",
                                              "notice.plan_provision"),
                                             ("blind44_ga_ma_knee_replacement_inpatient_status",
                                              "medicare.transition_period"),
                                             ("blind45_nca_medi_cal_nemt_transport_es", "notice.external_review"),
                                             ("blind45_nca_medi_cal_nemt_transport_es", "notice.plan_provision"),
                                             ("blind45_nca_medi_cal_nemt_transport_es", "notice.consumer_assistance"),
                                             ("blind45_nw_commercial_lymphedema_pump", "notice.dmhc_statement"),
                                             ("blind45_nw_commercial_lymphedema_pump",
                                              "notice.continuation_of_benefits"),
                                             ("blind45_co_commercial_cpap_continued_rental_ended",
                                              "process.decision_untimely"),
                                             ("blind45_co_commercial_cpap_continued_rental_ended",
                                              "notice.plan_provision"),
                                             ("blind46_nca_commercial_spinal_cord_stimulator_trial",
                                              "mh_parity.non_association_criteria"),
                                             ("blind46_nca_commercial_spinal_cord_stimulator_trial", "notice.external_review"),
                                             ("blind46_va_ma_left_atrial_appendage_closure", "notice.dmhc_statement"),
                                             ("blind46_va_ma_left_atrial_appendage_closure", "notice.plan_provision"),
                                             ("blind46_ga_commercial_stool_dna_test_claim",
                                              "process.emergency_prior_auth"),
                                             ("blind46_ga_commercial_stool_dna_test_claim", "notice.expedited_review"),
                                             ("blind47_md_medicaid_pediatric_growth_hormone",
                                              "notice.dmhc_statement"),
                                             ("blind47_md_medicaid_pediatric_growth_hormone",
                                              "notice.consumer_assistance"),
                                             ("blind47_md_medicaid_pediatric_growth_hormone",
                                              "notice.plan_provision"),
                                             ("blind47_nw_ma_home_oxygen_ending", "process.decision_untimely"),
                                             ("blind47_nw_ma_home_oxygen_ending",
                                              "notice.continuation_of_benefits"),
                                             ("blind47_co_erisa_botox_chronic_migraine", "notice.expedited_review"),
                                             ("blind47_co_erisa_botox_chronic_migraine", "notice.plan_provision"),
                                             ("blind47_co_erisa_botox_chronic_migraine",
                                              "medicare.internal_criteria"),
                                             ("blind48_scal_ma_cataract_premium_lens_partial",
                                              "process.reviewer_not_physician"),
                                             ("blind48_scal_ma_cataract_premium_lens_partial", "notice.criteria_cited"),
                                             ("blind48_scal_ma_cataract_premium_lens_partial",
                                              "medicare.internal_criteria"),
                                             ("blind48_scal_ma_cataract_premium_lens_partial", "notice.dmhc_statement"),
                                             ("blind48_hi_commercial_negative_pressure_wound_therapy",
                                              "notice.dmhc_statement"),
                                             ("blind48_hi_commercial_negative_pressure_wound_therapy",
                                              "notice.continuation_of_benefits"),
                                             ("blind48_wa_apple_health_insulin_pump_es", "notice.consumer_assistance"),
                                             ("blind48_wa_apple_health_insulin_pump_es", "notice.plan_provision"),
                                             ("blind49_midatlantic_commercial_panniculectomy",
                                              "notice.dmhc_statement"),
                                             ("blind49_midatlantic_commercial_panniculectomy",
                                              "notice.continuation_of_benefits"),
                                             ("blind49_nca_ma_focused_ultrasound_tremor",
                                              "medicare.internal_criteria"),
                                             ("blind49_nca_ma_focused_ultrasound_tremor", "notice.plan_provision"),
                                             ("blind49_nca_ma_focused_ultrasound_tremor", "notice.dmhc_statement"),
                                             ("blind49_or_medicaid_orthognathic_surgery", "notice.consumer_assistance"),
                                             ("blind49_or_medicaid_orthognathic_surgery", "notice.dmhc_statement"),
                                             ("blind50_scal_commercial_sinus_surgery_partial",
                                              "notice.external_review"),
                                             ("blind50_scal_commercial_sinus_surgery_partial",
                                              "notice.expedited_review"),
                                             ("blind50_ga_erisa_dupilumab_formulary_exception",
                                              "notice.dmhc_statement"),
                                             ("blind50_ga_erisa_dupilumab_formulary_exception",
                                              "notice.expedited_review"),
                                             ("blind50_hi_ma_acupuncture_visit_limit", "notice.plan_provision"),
                                             ("blind50_hi_ma_acupuncture_visit_limit", "notice.dmhc_statement"),
                                             ("blind51_co_medicaid_pediatric_feeding_therapy",
                                              "notice.dmhc_statement"),
                                             ("blind51_co_medicaid_pediatric_feeding_therapy",
                                              "notice.plan_provision"),
                                             ("blind51_nca_commercial_breast_mri_high_risk",
                                              "mh_parity.non_association_criteria"),
                                             ("blind51_nca_commercial_breast_mri_high_risk",
                                              "notice.expedited_review"),
                                             ("blind51_nca_commercial_breast_mri_high_risk", "notice.external_review"),
                                             ("blind51_dc_fehb_bunionectomy", "process.reviewer_not_physician"),
                                             ("blind51_dc_fehb_bunionectomy", "notice.criteria_cited"),
                                             ("blind52_nca_commercial_proton_prostate",
                                              "mh_parity.non_association_criteria"),
                                             ("blind52_nca_commercial_proton_prostate", "notice.external_review"),
                                             ("blind52_nca_commercial_proton_prostate",
                                              "network.no_timely_in_network_alternative"),
                                             ("blind52_co_ma_skilled_nursing_ending", "notice.dmhc_statement"),
                                             ("blind52_co_ma_skilled_nursing_ending", "process.decision_untimely"),
                                             ("blind52_co_ma_skilled_nursing_ending",
                                              "notice.continuation_of_benefits"),
                                             ("blind52_ga_commercial_out_of_network_anesthesia_claim",
                                              "process.emergency_prior_auth"),
                                             ("blind52_ga_commercial_out_of_network_anesthesia_claim",
                                              "notice.expedited_review"),
                                             ("blind53_scal_medi_cal_wound_care_supplies_es",
                                              "notice.external_review"),
                                             ("blind53_scal_medi_cal_wound_care_supplies_es",
                                              "notice.continuation_of_benefits"),
                                             ("blind53_wa_erisa_bariatric_surgery", "notice.dmhc_statement"),
                                             ("blind53_wa_erisa_bariatric_surgery", "notice.expedited_review"),
                                             ("blind53_hi_quest_pediatric_dental_general_anesthesia",
                                              "notice.dmhc_statement"),
                                             ("blind53_hi_quest_pediatric_dental_general_anesthesia",
                                              "notice.consumer_assistance"),
                                             ("blind54_va_commercial_residential_eating_disorder_concurrent",
                                              "notice.expedited_review"),
                                             ("blind54_va_commercial_residential_eating_disorder_concurrent",
                                              "mh_parity.non_association_criteria"),
                                             ("blind54_va_commercial_residential_eating_disorder_concurrent",
                                              "notice.plan_provision"),
                                             ("blind54_nw_ma_part_b_drug_infliximab_biosimilar",
                                              "notice.plan_provision"),
                                             ("blind54_nw_ma_part_b_drug_infliximab_biosimilar",
                                              "medicare.transition_period"),
                                             ("blind54_co_fehb_genetic_testing_partial", "notice.criteria_cited"),
                                             ("blind54_co_fehb_genetic_testing_partial",
                                              "process.reviewer_not_physician"),
                                             ("blind54_co_fehb_genetic_testing_partial", "notice.expedited_review"),
                                             ("blind55_nca_commercial_second_opinion_outside_cancer_center",
                                              "notice.external_review"),
                                             ("blind55_nca_commercial_second_opinion_outside_cancer_center",
                                              "notice.expedited_review"),
                                             ("blind55_ga_ma_ambulance_claim_no_prior_auth",
                                              "process.emergency_prior_auth"),
                                             ("blind55_ga_ma_ambulance_claim_no_prior_auth",
                                              "notice.expedited_review"),
                                             ("blind55_wa_apple_health_aba_therapy_es",
                                              "notice.continuation_of_benefits"),
                                             ("blind55_wa_apple_health_aba_therapy_es", "notice.dmhc_statement"),
                                             ("blind56_md_commercial_in_lab_sleep_study", "notice.dmhc_statement"),
                                             ("blind56_md_commercial_in_lab_sleep_study", "notice.plan_provision"),
                                             ("blind56_hi_ma_cardiac_rehab_delay_notice", "notice.expedited_review"),
                                             ("blind56_hi_ma_cardiac_rehab_delay_notice",
                                              "process.decision_untimely"),
                                             ("blind56_co_erisa_appeal_upheld_lumbar_fusion",
                                              "notice.expedited_review"),
                                             ("blind56_co_erisa_appeal_upheld_lumbar_fusion",
                                              "notice.appeal_deadline"),
                                             ("blind57_scal_commercial_ivf_exclusion", "notice.expedited_review"),
                                             ("blind57_scal_commercial_ivf_exclusion", "notice.criteria_cited"),
                                             ("blind57_md_medicaid_home_health_aide_reduction",
                                              "notice.plan_provision"),
                                             ("blind57_md_medicaid_home_health_aide_reduction",
                                              "notice.dmhc_statement"),
                                             ("blind57_va_erisa_out_of_network_er_claim",
                                              "process.emergency_prior_auth"),
                                             ("blind57_va_erisa_out_of_network_er_claim", "notice.plan_provision"),
                                             ("blind58_ga_ma_pet_ct_restaging", "notice.expedited_review"),
                                             ("blind58_co_erisa_ambulatory_eeg_claim",
                                              "process.emergency_prior_auth"),
                                             ("blind58_co_erisa_ambulatory_eeg_claim", "notice.plan_provision"),
                                             ("blind59_scal_commercial_rhinoplasty_partial",
                                              "process.reviewer_not_physician"),
                                             ("blind59_scal_commercial_rhinoplasty_partial", "notice.plan_provision"),
                                             ("blind59_scal_commercial_rhinoplasty_partial",
                                              "mh_parity.non_association_criteria"),
                                             ("blind59_midatlantic_ma_reconsideration_upheld_speech_therapy",
                                              "notice.dmhc_statement"),
                                             ("blind59_midatlantic_ma_reconsideration_upheld_speech_therapy",
                                              "notice.plan_provision"),
                                             ("blind59_wa_commercial_out_of_network_lab_claim",
                                              "process.emergency_prior_auth"),
                                             ("blind59_wa_commercial_out_of_network_lab_claim",
                                              "notice.dmhc_statement"),
                                             ("blind60_hi_commercial_expedited_off_label_chemo",
                                              "notice.expedited_review"),
                                             ("blind60_hi_commercial_expedited_off_label_chemo",
                                              "notice.criteria_cited"),
                                             ("blind60_va_fehb_hearing_aids_not_covered", "notice.criteria_cited"),
                                             ("blind60_nca_commercial_claim_coverage_terminated",
                                              "process.emergency_prior_auth"),
                                             ("blind60_nca_commercial_claim_coverage_terminated",
                                              "notice.plan_provision"),
                                             ("blind61_or_medicaid_ohp_cpap_replacement", "notice.plan_provision"),
                                             ("blind61_or_medicaid_ohp_cpap_replacement", "notice.dmhc_statement"),
                                             ("blind61_hi_ma_cardiac_mri_expedited", "notice.expedited_review"),
                                             ("blind61_hi_ma_cardiac_mri_expedited", "notice.continuation_of_benefits"),
                                             ("blind61_dc_commercial_out_of_network_psychotherapy_claim", "process.emergency_prior_auth"),
                                             ("blind61_dc_commercial_out_of_network_psychotherapy_claim", "notice.plan_provision"),
                                             ("blind62_wa_apple_health_orthodontia_not_covered",
                                              "notice.criteria_cited"),
                                             ("blind62_wa_apple_health_orthodontia_not_covered",
                                              "process.reviewer_not_physician"),
                                             ("blind62_wa_apple_health_orthodontia_not_covered",
                                              "notice.dmhc_statement"),
                                             ("blind62_nca_commercial_tumor_treating_fields_experimental",
                                              "notice.plan_provision"),
                                             ("blind62_nca_commercial_tumor_treating_fields_experimental",
                                              "notice.reason_specific"),
                                             ("blind62_va_ma_skilled_nursing_admission_denied",
                                              "notice.expedited_review"),
                                             ("blind62_va_ma_skilled_nursing_admission_denied",
                                              "notice.plan_provision"),
                                             ("blind63_scal_medi_cal_incontinence_supplies_partial_es",
                                              "notice.plan_provision"),
                                             ("blind63_scal_medi_cal_incontinence_supplies_partial_es",
                                              "notice.external_review"),
                                             ("blind63_ga_commercial_physical_therapy_appeal_upheld",
                                              "process.reviewer_not_physician"),
                                             ("blind63_ga_commercial_physical_therapy_appeal_upheld",
                                              "notice.dmhc_statement"),
                                             ("blind63_hi_quest_interisland_transport_delay",
                                              "notice.reason_specific"),
                                             ("blind63_hi_quest_interisland_transport_delay",
                                              "notice.external_review"),
                                             ("blind66_md_erisa_pediatric_occupational_therapy_claim",
                                              "process.emergency_prior_auth"),
                                             ("blind66_md_erisa_pediatric_occupational_therapy_claim",
                                              "notice.reason_specific"),
                                             ("blind66_nca_commercial_second_opinion_outside_neurosurgeon",
                                              "notice.external_review"),
                                             ("blind66_va_medicaid_private_duty_nursing_reduction",
                                              "notice.dmhc_statement")])
def test_a_defect_a_template_cannot_carry_is_refused(template, defect):
    with pytest.raises(ValueError):
        generate(1, template=template, defects=[defect])


def test_blind_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind import bdate, parse_blind_date

    d = dt.date(2025, 3, 3)
    assert bdate(d, "weekday") == "Monday, March 3, 2025" and bdate(d, "dash") == "03-03-2025"
    for st in ("weekday", "dash", "slash", "dmon", "mdy", "ymd"):
        assert parse_blind_date(bdate(d, st)) == d


def test_blind_templates_cover_plans_kinds_and_categories():
    seen = {t: set() for t in BLIND}
    cats = {t: set() for t in BLIND}
    for t in BLIND:
        for seed in range(40):
            tr = generate(seed, template=t).truth
            seen[t].add((tr["plan_type"], tr["letter_kind"], tr["state"]))
            cats[t].add(tr["denial_category"])
    assert {p for p, _, _ in seen["blind_fax_auth"]} == {"commercial_hmo", "medi_cal"}
    assert {k for _, k, _ in seen["blind_fax_auth"]} == {"initial_denial", "partial_denial", "delay_notice"}
    assert len({s for _, _, s in seen["blind_fax_auth"]}) >= 4
    assert {p for p, _, _ in seen["blind_benefit_letter"]} == {"commercial_hmo", "erisa_group", "fehb"}
    assert {k for _, k, _ in seen["blind_benefit_letter"]} == {"initial_denial", "termination_notice", "payment_denial"}
    assert {p for p, _, _ in seen["blind_bilingual_notice"]} == {"medi_cal", "medicaid", "medicare_advantage"}
    assert {k for _, k, _ in seen["blind_bilingual_notice"]} == {"initial_denial", "partial_denial", "termination_notice"}
    assert all(len(c) >= 3 for c in cats.values())
    spec = generate(4, template="blind_bilingual_notice", urgency="expedited", plan_type="medi_cal")
    assert spec.truth["urgency"] == "expedited" and "EXPEDITED DECISION" in spec.text
    assert "Resumen en español:" in spec.text and "YOUR RIGHTS" in spec.text
    spec = generate(2, template="blind_fax_auth", letter_kind="delay_notice", defects=[])
    assert "PENDED" in spec.text and spec.truth["dates"]["decision"] is None


def test_blind_compliant_letters_carry_required_pieces():
    for t in BLIND:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == []
            if tr["state"] == "CA" and tr["plan_type"] in ("commercial_hmo", "medi_cal"):
                assert "1-888-466-2219" in txt and "Independent Medical Review" in txt
            if tr["plan_type"] == "medi_cal":
                assert "State Hearing" in txt
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt
            if tr["plan_type"] == "fehb":
                assert "Office of Personnel Management" in txt
            if tr["letter_kind"] != "delay_notice":
                assert tr["stated_appeal_deadline_days"] is not None


def test_blind_templates_scan_photo_and_cli(tmp_path):
    from analyzer.samplegen.__main__ import main

    for i, t in enumerate(BLIND):
        pdf = render_pdf(generate(i, template=t), None)
        scan = render_scan(pdf, dpi=60, seed=i)
        with pdfplumber.open(io.BytesIO(scan)) as doc:
            assert all(len(p.chars) == 0 for p in doc.pages)
        assert render_photo(pdf, 1, seed=i, dpi=60)[:3] == b"\xff\xd8\xff"
    assert main(["--out", str(tmp_path), "--n", "1", "--seed", "2", "--template", "blind_bilingual_notice"]) == 0
    assert list(tmp_path.glob("*.pdf")) and list(tmp_path.glob("*.json"))


def _date_parser(template: str):
    """How an evaluation template's printed dates read back: ``parse(text, year)``."""
    if template.startswith("blind25_"):
        from analyzer.samplegen.blind25 import parse_blind25_date

        return lambda text, year=None: parse_blind25_date(text)
    if template.startswith("blind26_"):
        from analyzer.samplegen.blind26 import parse_blind26_date

        return lambda text, year=None: parse_blind26_date(text)
    if template.startswith("blind22_"):
        from analyzer.samplegen.blind22 import parse_blind22_date

        return lambda text, year=None: parse_blind22_date(text)
    if template.startswith("blind23_"):
        from analyzer.samplegen.blind23 import parse_blind23_date

        return lambda text, year=None: parse_blind23_date(text)
    if template.startswith("blind24_"):
        from analyzer.samplegen.blind24 import parse_blind24_date

        return lambda text, year=None: parse_blind24_date(text)
    if template.startswith("blind27_"):
        from analyzer.samplegen.blind27 import parse_blind27_date

        return lambda text, year=None: parse_blind27_date(text)
    if template.startswith("blind28_"):
        from analyzer.samplegen.blind28 import parse_blind28_date

        return lambda text, year=None: parse_blind28_date(text)
    if template.startswith("blind29_"):
        from analyzer.samplegen.blind29 import parse_blind29_date

        return lambda text, year=None: parse_blind29_date(text)
    if template.startswith("blind32_"):
        from analyzer.samplegen.blind32 import parse_blind32_date

        return lambda text, year=None: parse_blind32_date(text)
    if template.startswith("blind30_"):
        from analyzer.samplegen.blind30 import parse_blind30_date

        return lambda text, year=None: parse_blind30_date(text)
    if template.startswith("blind31_"):
        from analyzer.samplegen.blind31 import parse_blind31_date

        return lambda text, year=None: parse_blind31_date(text)
    if template.startswith("blind33_"):
        from analyzer.samplegen.blind33 import parse_blind33_date

        return lambda text, year=None: parse_blind33_date(text)
    if template.startswith("blind34_"):
        from analyzer.samplegen.blind34 import parse_blind34_date

        return lambda text, year=None: parse_blind34_date(text)
    if template.startswith("blind35_"):
        from analyzer.samplegen.blind35 import parse_blind35_date

        return lambda text, year=None: parse_blind35_date(text)
    if template.startswith("blind36_"):
        from analyzer.samplegen.blind36 import parse_blind36_date

        return lambda text, year=None: parse_blind36_date(text)
    if template.startswith("blind37_"):
        from analyzer.samplegen.blind37 import parse_blind37_date

        return lambda text, year=None: parse_blind37_date(text)
    if template.startswith("blind38_"):
        from analyzer.samplegen.blind38 import parse_blind38_date

        return lambda text, year=None: parse_blind38_date(text)
    if template.startswith("blind39_"):
        from analyzer.samplegen.blind39 import parse_blind39_date

        return lambda text, year=None: parse_blind39_date(text)
    if template.startswith("blind49_"):
        from analyzer.samplegen.blind49 import parse_blind49_date

        return lambda text, year=None: parse_blind49_date(text)
    if template.startswith("blind50_"):
        from analyzer.samplegen.blind50 import parse_blind50_date

        return lambda text, year=None: parse_blind50_date(text)
    if template.startswith("blind51_"):
        from analyzer.samplegen.blind51 import parse_blind51_date

        return lambda text, year=None: parse_blind51_date(text)
    if template.startswith("blind52_"):
        from analyzer.samplegen.blind52 import parse_blind52_date

        return lambda text, year=None: parse_blind52_date(text)
    if template.startswith("blind53_"):
        from analyzer.samplegen.blind53 import parse_blind53_date

        return lambda text, year=None: parse_blind53_date(text)
    if template.startswith("blind54_"):
        from analyzer.samplegen.blind54 import parse_blind54_date

        return lambda text, year=None: parse_blind54_date(text)
    if template.startswith("blind55_"):
        from analyzer.samplegen.blind55 import parse_blind55_date

        return lambda text, year=None: parse_blind55_date(text)
    if template.startswith("blind56_"):
        from analyzer.samplegen.blind56 import parse_blind56_date

        return lambda text, year=None: parse_blind56_date(text)
    if template.startswith("blind57_"):
        from analyzer.samplegen.blind57 import parse_blind57_date

        return lambda text, year=None: parse_blind57_date(text)
    if template.startswith("blind58_"):
        from analyzer.samplegen.blind58 import parse_blind58_date

        return lambda text, year=None: parse_blind58_date(text)
    if template.startswith("blind59_"):
        from analyzer.samplegen.blind59 import parse_blind59_date

        return lambda text, year=None: parse_blind59_date(text)
    if template.startswith("blind60_"):
        from analyzer.samplegen.blind60 import parse_blind60_date

        return lambda text, year=None: parse_blind60_date(text)
    if template.startswith("blind61_"):
        from analyzer.samplegen.blind61 import parse_blind61_date

        return lambda text, year=None: parse_blind61_date(text)
    if template.startswith("blind62_"):
        from analyzer.samplegen.blind62 import parse_blind62_date

        return lambda text, year=None: parse_blind62_date(text)
    if template.startswith("blind63_"):
        from analyzer.samplegen.blind63 import parse_blind63_date

        return lambda text, year=None: parse_blind63_date(text)
    if template.startswith("blind66_"):
        from analyzer.samplegen.blind66 import parse_blind66_date

        return lambda text, year=None: parse_blind66_date(text)
    if template.startswith("blind48_"):
        from analyzer.samplegen.blind48 import parse_blind48_date

        return lambda text, year=None: parse_blind48_date(text)
    if template.startswith("blind47_"):
        from analyzer.samplegen.blind47 import parse_blind47_date

        return lambda text, year=None: parse_blind47_date(text)
    if template.startswith("blind46_"):
        from analyzer.samplegen.blind46 import parse_blind46_date

        return lambda text, year=None: parse_blind46_date(text)
    if template.startswith("blind45_"):
        from analyzer.samplegen.blind45 import parse_blind45_date

        return lambda text, year=None: parse_blind45_date(text)
    if template.startswith("blind44_"):
        from analyzer.samplegen.blind44 import parse_blind44_date

        return lambda text, year=None: parse_blind44_date(text)
    if template.startswith("blind43_"):
        from analyzer.samplegen.blind43 import parse_blind43_date

        return lambda text, year=None: parse_blind43_date(text)
    if template.startswith("blind42_"):
        from analyzer.samplegen.blind42 import parse_blind42_date

        return lambda text, year=None: parse_blind42_date(text)
    if template.startswith("blind41_"):
        from analyzer.samplegen.blind41 import parse_blind41_date

        return lambda text, year=None: parse_blind41_date(text)
    if template.startswith("blind40_"):
        from analyzer.samplegen.blind40 import parse_blind40_date

        return lambda text, year=None: parse_blind40_date(text)
    if template.startswith("blind21_"):
        from analyzer.samplegen.blind21 import parse_blind21_date

        return lambda text, year=None: parse_blind21_date(text)
    if template.startswith("blind20_"):
        from analyzer.samplegen.blind20 import parse_blind20_date

        return lambda text, year=None: parse_blind20_date(text)
    if template.startswith("blind19_"):
        from analyzer.samplegen.blind19 import parse_blind19_date

        return lambda text, year=None: parse_blind19_date(text)
    if template.startswith("blind18_"):
        from analyzer.samplegen.blind18 import parse_blind18_date

        return lambda text, year=None: parse_blind18_date(text)
    if template.startswith("blind17_"):
        from analyzer.samplegen.blind17 import parse_blind17_date

        return lambda text, year=None: parse_blind17_date(text)
    if template.startswith("blind16_"):
        from analyzer.samplegen.blind16 import parse_blind16_date

        return lambda text, year=None: parse_blind16_date(text)
    if template.startswith("blind15_"):
        from analyzer.samplegen.blind15 import parse_blind15_date

        return lambda text, year=None: parse_blind15_date(text)
    if template.startswith("blind14_"):
        from analyzer.samplegen.blind14 import parse_blind14_date

        spanish = template == "blind14_spanish_fax_referral"  # its numeric dates are day first
        return lambda text, year=None: parse_blind14_date(text, dayfirst=spanish)
    if template.startswith("blind13_"):
        from analyzer.samplegen.blind13 import parse_blind13_date

        return lambda text, year=None: parse_blind13_date(text)
    if template.startswith("blind12_"):
        from analyzer.samplegen.blind12 import parse_blind12_date

        spanish = template == "blind12_medi_cal_spanish_dme"  # its numeric dates are day first
        return lambda text, year=None: parse_blind12_date(text, dayfirst=spanish)
    if template.startswith("blind11_"):
        from analyzer.samplegen.blind11 import parse_blind11_date

        return lambda text, year=None: parse_blind11_date(text)
    if template.startswith("blind10_"):
        from analyzer.samplegen.blind10 import parse_blind10_date

        return lambda text, year=None: parse_blind10_date(text)
    if template.startswith("blind9_"):
        from analyzer.samplegen.blind9 import parse_blind9_date

        return lambda text, year=None: parse_blind9_date(text)
    if template.startswith("blind8_"):
        from analyzer.samplegen.blind8 import parse_blind8_date

        return lambda text, year=None: parse_blind8_date(text)
    if template.startswith("blind7_"):
        from analyzer.samplegen.blind7 import parse_blind7_date

        return lambda text, year=None: parse_blind7_date(text)
    if template.startswith("blind6_"):
        from analyzer.samplegen.blind6 import parse_blind6_date

        return lambda text, year=None: parse_blind6_date(text)
    if template.startswith("blind5_"):
        from analyzer.samplegen.blind5 import parse_blind5_date

        return lambda text, year=None: parse_blind5_date(text)
    if template.startswith("blind4_"):
        from analyzer.samplegen.blind4 import parse_blind4_date

        return lambda text, year=None: parse_blind4_date(text)
    if template.startswith("blind3_"):
        from analyzer.samplegen.blind3 import parse_blind3_date

        return lambda text, year=None: parse_blind3_date(text)
    if template.startswith("blind2_"):
        from analyzer.samplegen.blind2 import parse_blind2_date

        return lambda text, year=None: parse_blind2_date(text)
    if template.startswith("blind_"):
        from analyzer.samplegen.blind import parse_blind_date

        return lambda text, year=None: parse_blind_date(text)
    from analyzer.samplegen.final import parse_final_date

    return parse_final_date


@pytest.mark.parametrize(
    "template,seeds", [(t, 10) for t in FINAL] + [(t, 8) for t in BLIND] + [(t, 20) for t in BLIND2] + [(t, 20) for t in BLIND3]
    + [(t, 20) for t in BLIND4] + [(t, 20) for t in BLIND5] + [(t, 20) for t in BLIND6]
    + [(t, 20) for t in BLIND7] + [(t, 20) for t in BLIND8] + [(t, 20) for t in BLIND9] + [(t, 20) for t in BLIND10]
    + [(t, 20) for t in BLIND11] + [(t, 20) for t in BLIND12] + [(t, 20) for t in BLIND13]
    + [(t, 20) for t in BLIND14] + [(t, 20) for t in BLIND15] + [(t, 20) for t in BLIND17]
    + [(t, 20) for t in BLIND18] + [(t, 20) for t in BLIND19] + [(t, 20) for t in BLIND20]
    + [(t, 20) for t in BLIND21] + [(t, 20) for t in BLIND22] + [(t, 20) for t in BLIND23] + [(t, 20) for t in BLIND24]
    + [(t, 20) for t in BLIND25]
    + [(t, 20) for t in BLIND26]
    + [(t, 20) for t in BLIND27]
    + [(t, 20) for t in BLIND28]
    + [(t, 20) for t in BLIND29]
    + [(t, 20) for t in BLIND30]
    + [(t, 20) for t in BLIND31]
    + [(t, 20) for t in BLIND33]
    + [(t, 20) for t in BLIND32]
    + [(t, 20) for t in BLIND34]
    + [(t, 20) for t in BLIND35]
    + [(t, 20) for t in BLIND36]
    + [(t, 20) for t in BLIND37]
    + [(t, 20) for t in BLIND38]
    + [(t, 20) for t in BLIND39]
    + [(t, 20) for t in BLIND43]
    + [(t, 20) for t in BLIND42]
    + [(t, 20) for t in BLIND46]
    + [(t, 20) for t in BLIND45]
    + [(t, 20) for t in BLIND48]
    + [(t, 20) for t in BLIND49]
    + [(t, 20) for t in BLIND50]
    + [(t, 20) for t in BLIND51]
    + [(t, 20) for t in BLIND52]
    + [(t, 20) for t in BLIND53]
    + [(t, 20) for t in BLIND54]
    + [(t, 20) for t in BLIND55]
    + [(t, 20) for t in BLIND56]
    + [(t, 20) for t in BLIND57]
    + [(t, 20) for t in BLIND58]
    + [(t, 20) for t in BLIND59]
    + [(t, 20) for t in BLIND60]
    + [(t, 20) for t in BLIND61]
    + [(t, 20) for t in BLIND62]
    + [(t, 20) for t in BLIND63]
    + [(t, 20) for t in BLIND66]
    + [(t, 20) for t in BLIND47]
    + [(t, 20) for t in BLIND44]
    + [(t, 20) for t in BLIND41]
    + [(t, 20) for t in BLIND40]
)
def test_evaluation_template_renders_and_truth_matches_letter(template, seeds):
    schema = set(generate(1).truth)
    for seed in range(seeds):
        _check_eval_template(template, seed, schema, _date_parser(template))
    assert generate(3, template=template).text == generate(3, template=template).text


# --- second blind set (analyzer/samplegen/blind2.py): written without sight of the extractor; measured once ---------



# the days every blind set's date styles must print and read back (month/day orders, single digits, year ends)
_ROUND_TRIP_DAYS = ((2026, 11, 11), (2025, 12, 22), (2026, 1, 1), (2025, 5, 31), (2026, 8, 12), (2025, 9, 13), (2025, 9, 3),
                    (2026, 2, 23), (2025, 6, 30), (2026, 7, 2), (2025, 10, 21))


def _assert_dates_round_trip(fmt, parse, styles, first_day) -> None:
    """Every style of a set's date writer reads back to the same day with the set's own parser."""
    import datetime as dt

    for day in (first_day, *(dt.date(*t) for t in _ROUND_TRIP_DAYS)):
        for st in styles:
            assert parse(fmt(day, st)) == day, (day, st)

def test_blind2_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind2 import STYLES, b2date, parse_blind2_date

    d = dt.date(2025, 3, 3)
    assert b2date(d, "dmy_abbr") == "3 Mar 2025" and b2date(d, "compact") == "20250303"
    assert b2date(d, "ord_day") == "3rd day of March, 2025" and b2date(d, "upper") == "MAR 03 2025"
    _assert_dates_round_trip(b2date, parse_blind2_date, STYLES, d)
    assert parse_blind2_date("the 21st day of June, 2026") == dt.date(2026, 6, 21)


def test_blind2_templates_cover_plans_kinds_and_categories():
    seen = {t: set() for t in BLIND2}
    cats = {t: set() for t in BLIND2}
    urg = set()
    for t in BLIND2:
        for seed in range(40):
            tr = generate(seed, template=t).truth
            seen[t].add((tr["plan_type"], tr["letter_kind"], tr["state"]))
            cats[t].add(tr["denial_category"])
            urg.add(tr["urgency"])
    plans = {t: {p for p, _, _ in s} for t, s in seen.items()}
    kinds = {t: {k for _, k, _ in s} for t, s in seen.items()}
    assert plans["blind2_ma_coverage_table"] == {"medicare_advantage"}
    assert kinds["blind2_ma_coverage_table"] == {"initial_denial", "partial_denial", "termination_notice"}
    assert plans["blind2_knox_keene_bh"] == {"commercial_hmo"} and {s for _, _, s in seen["blind2_knox_keene_bh"]} == {"CA"}
    assert kinds["blind2_knox_keene_bh"] == {"initial_denial", "termination_notice", "grievance_decision"}
    assert plans["blind2_erisa_admin_memo"] == {"erisa_group"}
    assert kinds["blind2_erisa_admin_memo"] == {"initial_denial", "partial_denial", "grievance_decision"}
    assert plans["blind2_medicaid_plain"] == {"medi_cal", "medicaid"}
    assert kinds["blind2_medicaid_plain"] == {"initial_denial", "partial_denial", "termination_notice"}
    assert len({s for _, _, s in seen["blind2_medicaid_plain"]}) >= 4
    assert all(len(c) >= 3 for c in cats.values())
    assert set().union(*cats.values()) >= {"medical_necessity", "experimental_investigational", "not_covered",
                                          "out_of_network", "no_prior_authorization"}
    assert urg == {"standard", "expedited"}
    spec = generate(4, template="blind2_medicaid_plain", urgency="expedited", plan_type="medicaid")
    assert spec.truth["urgency"] == "expedited" and "expedited" in spec.text


def test_blind2_compliant_letters_carry_required_pieces():
    for t in BLIND2:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == []
            if tr["state"] == "CA" and tr["plan_type"] in ("commercial_hmo", "medi_cal"):
                assert "1-888-466-2219" in txt and "Independent Medical Review" in txt
            if tr["plan_type"] == "medi_cal":
                assert "State Hearing" in txt and "10 days" in txt
            if tr["plan_type"] == "medicaid":
                assert "fair hearing" in txt and "10 days" in txt and "Resumen en español" in txt
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt
            if tr["plan_type"] == "erisa_group":
                assert "502(a)" in txt and "1-866-444-3272" in txt
            assert "ATENCIÓN" in txt
            assert tr["stated_appeal_deadline_days"] is not None
            if tr["denial_category"] == "medical_necessity":
                assert tr["criteria_cited"]


# --- third blind set (analyzer/samplegen/blind3.py): written without sight of the extractor; measured once ----------


def test_blind3_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind3 import STYLES, b3date, parse_blind3_date

    d = dt.date(2025, 3, 3)
    assert b3date(d, "mon_dash") == "03-MAR-2025" and b3date(d, "ymd_mon") == "2025-Mar-03"
    assert b3date(d, "mdy_nocomma") == "March 3 2025" and b3date(d, "wd_dmy") == "Monday, 3 March 2025"
    assert b3date(d, "es_long") == "3 de marzo de 2025" and b3date(d, "es_wd") == "lunes, 3 de marzo de 2025"
    assert b3date(d, "es_dot") == "03.03.2025"
    _assert_dates_round_trip(b3date, parse_blind3_date, STYLES, d)
    assert parse_blind3_date("miércoles, 12 de agosto de 2026") == dt.date(2026, 8, 12)
    assert parse_blind3_date("12.08.2026") == dt.date(2026, 8, 12)  # Spanish numeric dates are day first


def test_blind3_templates_cover_plans_kinds_and_categories():
    seen = {t: set() for t in BLIND3}
    cats = {t: set() for t in BLIND3}
    urg = {t: set() for t in BLIND3}
    for t in BLIND3:
        for seed in range(40):
            tr = generate(seed, template=t).truth
            seen[t].add((tr["plan_type"], tr["letter_kind"], tr["state"]))
            cats[t].add(tr["denial_category"])
            urg[t].add(tr["urgency"])
    plans = {t: {p for p, _, _ in s} for t, s in seen.items()}
    kinds = {t: {k for _, k, _ in s} for t, s in seen.items()}
    states = {t: {s for _, _, s in v} for t, v in seen.items()}
    assert plans["blind3_member_relations_resolution"] == {"commercial_hmo"}
    assert kinds["blind3_member_relations_resolution"] == {"grievance_decision"}
    assert states["blind3_member_relations_resolution"] == {"CA"}
    assert plans["blind3_claim_statement"] == {"medicare_advantage", "commercial_hmo", "erisa_group"}
    assert kinds["blind3_claim_statement"] == {"payment_denial"}
    assert plans["blind3_fax_turnaround"] == {"medicare_advantage", "commercial_hmo", "erisa_group"}
    assert kinds["blind3_fax_turnaround"] == {"delay_notice", "initial_denial", "partial_denial"}
    assert plans["blind3_medi_cal_aviso_es"] == {"medi_cal"} and states["blind3_medi_cal_aviso_es"] == {"CA"}
    assert kinds["blind3_medi_cal_aviso_es"] == {"initial_denial", "partial_denial", "termination_notice"}
    assert all(len(c) >= 3 for c in cats.values())
    assert set().union(*cats.values()) >= {"medical_necessity", "experimental_investigational", "not_covered",
                                          "out_of_network", "no_prior_authorization", "administrative"}
    assert set().union(*urg.values()) == {"standard", "expedited"}
    assert urg["blind3_member_relations_resolution"] == {"standard", "expedited"}
    assert urg["blind3_claim_statement"] == {"standard"}
    # the fax notice decides on the 72-hour track; only a planted missing-expedited-review defect keeps it standard
    for seed in range(20):
        tr = generate(seed, template="blind3_fax_turnaround").truth
        if tr["letter_kind"] != "delay_notice" and "notice.expedited_review" not in tr["defects"]:
            assert tr["urgency"] == "expedited"
    for seed in range(6):
        spec = generate(seed, template="blind3_medi_cal_aviso_es")
        assert spec.truth["language"] == "es" and "días" in spec.text
        assert re.fullmatch(r"(\w+, )?\d{1,2} de \w+ de \d{4}|\d{2}\.\d{2}\.\d{4}", spec.spans("DATE_LETTER")[0])


def test_blind3_compliant_letters_carry_required_pieces():
    for t in BLIND3:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == []
            if tr["state"] == "CA" and tr["plan_type"] in ("commercial_hmo", "medi_cal"):
                assert "1-888-466-2219" in txt and ("Independent Medical Review" in txt or "Revisión Médica Independiente" in txt)
            if tr["plan_type"] == "medi_cal":
                assert "Audiencia Estatal" in txt and "10 días" in txt
            if tr["plan_type"] == "medicare_advantage" and tr["letter_kind"] != "delay_notice":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt
            if tr["plan_type"] == "erisa_group" and tr["letter_kind"] != "delay_notice":
                assert "502(a)" in txt and "1-866-444-3272" in txt
            assert "ATENCIÓN" in txt
            assert (tr["stated_appeal_deadline_days"] is not None) == (tr["letter_kind"] != "delay_notice")
            if tr["denial_category"] == "medical_necessity" and tr["letter_kind"] != "payment_denial":
                assert tr["criteria_cited"]
            if tr["letter_kind"] == "payment_denial":
                assert "Charge" in txt and "every billing code and diagnosis code" in txt
            if tr["letter_kind"] == "delay_notice":
                assert "Target date" in txt


# --- fourth blind set (analyzer/samplegen/blind4.py): written without sight of the extractor; measured once ---------


def test_blind4_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind4 import STYLES, b4date, parse_blind4_date

    d = dt.date(2025, 3, 3)
    assert b4date(d, "ord") == "March 3rd 2025" and b4date(d, "slash_yy") == "3/3/25"
    assert b4date(d, "slash_pad_yy") == "03/03/25" and b4date(d, "ord_dmy") == "3rd of March, 2025"
    assert b4date(d, "rfc") == "Mon, 3 Mar 2025" and b4date(d, "upper_long") == "MARCH 3, 2025"
    assert b4date(dt.date(2025, 5, 11), "ord") == "May 11th 2025" and b4date(dt.date(2025, 5, 22), "ord") == "May 22nd 2025"
    assert b4date(dt.date(2025, 5, 31), "ord_dmy") == "31st of May, 2025"
    _assert_dates_round_trip(b4date, parse_blind4_date, STYLES, d)
    assert parse_blind4_date("12/1/25") == dt.date(2025, 12, 1)  # numeric dates are month first


def _survey(names: list[str], seeds: int = 40, each=None):
    """What a set of templates prints over ``seeds`` letters each: plans, kinds, states, categories, urgencies and
    letter-date shapes per template, and whether letters with and without a reviewer both occur. ``each(t, seed,
    spec)`` is called on every letter for a set's own checks."""
    plans, kinds, states, cats, urg, fmts = ({t: set() for t in names} for _ in range(6))
    reviewers = set()
    for t in names:
        for seed in range(seeds):
            spec = generate(seed, template=t)
            tr = spec.truth
            plans[t].add(tr["plan_type"])
            kinds[t].add(tr["letter_kind"])
            states[t].add(tr["state"])
            cats[t].add(tr["denial_category"])
            urg[t].add(tr["urgency"])
            reviewers.add(tr["reviewer"] is None)
            fmts[t].add(re.sub(r"\d", "9", re.sub(r"[A-Za-z]+", "a", spec.spans("DATE_LETTER")[0])))
            if each is not None:
                each(t, seed, spec)
    return plans, kinds, states, cats, urg, fmts, reviewers


def test_blind4_templates_cover_plans_kinds_and_categories():
    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND4)
    assert plans["blind4_second_opinion_note"] == {"commercial_hmo"} and states["blind4_second_opinion_note"] == {"CA"}
    assert kinds["blind4_second_opinion_note"] == {"second_opinion_denial"}
    assert cats["blind4_second_opinion_note"] == {"second_opinion"}
    assert plans["blind4_fehb_item_memo"] == {"fehb"}
    assert kinds["blind4_fehb_item_memo"] == {"initial_denial", "partial_denial"}
    assert plans["blind4_portal_message"] == {"commercial_hmo", "medicaid"}
    assert "CA" not in states["blind4_portal_message"] and len(states["blind4_portal_message"]) >= 5
    assert kinds["blind4_portal_message"] == {"initial_denial", "partial_denial", "termination_notice"}
    assert plans["blind4_ma_legal_notice"] == {"medicare_advantage"}
    assert kinds["blind4_ma_legal_notice"] == {"termination_notice", "partial_denial"}
    assert len(cats["blind4_fehb_item_memo"]) >= 4 and len(cats["blind4_portal_message"]) >= 4
    assert set().union(*cats.values()) >= {"second_opinion", "medical_necessity", "experimental_investigational",
                                          "not_covered", "out_of_network", "no_prior_authorization"}
    assert all(u == {"standard", "expedited"} for u in urg.values())
    assert reviewers == {True, False}  # some letters name no reviewer
    assert all(len(f) >= 2 for f in fmts.values())  # date styles vary between seeds
    # the second-opinion denial is sometimes on a valid ground (in-network alternative) and sometimes not
    valid = set()
    for seed in range(30):
        spec = generate(seed, template="blind4_second_opinion_note")
        bad = "second_opinion.eligible_denied" in spec.truth["defects"]
        valid.add(not bad)
        assert ("in-network" in norm(spec.text)) == (not bad)
    assert valid == {True, False}
    # the Medicare notice prints the member id only in its running header, on both pages
    for seed in range(6):
        spec = generate(seed, template="blind4_ma_legal_notice")
        mid = spec.truth["member"]["id"]
        pages = spec.page_texts()
        assert spec.truth["pages"] >= 2 and all(p.split("\n")[0].count(mid) == 1 for p in pages)
        assert sum(p.count(mid) for p in pages) == len(pages)


def test_blind4_compliant_letters_carry_required_pieces():
    for t in BLIND4:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == []
            assert "ATENCIÓN" in txt and tr["stated_appeal_deadline_days"] is not None
            if tr["state"] == "CA" and tr["plan_type"] == "commercial_hmo":
                assert "1-888-466-2219" in txt and "Independent Medical Review" in txt and "1383.15" in txt
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "72 hours" in txt
                assert "Evidence of Coverage" in txt
            if tr["plan_type"] == "fehb":
                assert "Office of Personnel Management" in txt
            if tr["plan_type"] == "medicaid":
                assert "fair hearing" in txt
                if tr["letter_kind"] in ("termination_notice", "initial_denial"):
                    assert "Keep your services" in txt
            if t == "blind4_portal_message":
                assert "72 hours" in txt
            if tr["denial_category"] == "medical_necessity" and tr["plan_type"] != "fehb":
                assert tr["criteria_cited"]


# --- fifth blind set (analyzer/samplegen/blind5.py): written without sight of the extractor; measured once ----------


def test_blind5_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind5 import STYLES, b5date, parse_blind5_date

    d = dt.date(2025, 3, 3)
    assert b5date(d, "iso") == "2025-03-03" and b5date(d, "dot") == "03.03.2025" and b5date(d, "dmon") == "3-Mar-2025"
    assert b5date(d, "ap") == "March 3, 2025" and b5date(dt.date(2025, 9, 3), "ap") == "Sept. 3, 2025"
    assert b5date(d, "wd_long") == "Monday, March 3, 2025" and b5date(d, "dmy_long") == "3 March 2025"
    assert b5date(d, "es_del") == "3 de marzo del 2025" and b5date(d, "es_dmon") == "03-mar-2025"
    _assert_dates_round_trip(b5date, parse_blind5_date, STYLES, d)
    assert parse_blind5_date("12.01.2025") == dt.date(2025, 12, 1)  # dotted dates are month first
    assert parse_blind5_date("05-may-2026") == dt.date(2026, 5, 5) == parse_blind5_date("5-May-2026")
    assert parse_blind5_date("Aug. 7, 2026") == dt.date(2026, 8, 7)


def test_blind5_templates_cover_plans_kinds_and_categories():
    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND5)
    assert plans["blind5_ma_drug_form"] == {"medicare_advantage"}
    assert kinds["blind5_ma_drug_form"] == {"initial_denial", "partial_denial"}
    assert plans["blind5_um_fax_erisa"] == {"erisa_group"}
    assert "CA" not in states["blind5_um_fax_erisa"] and len(states["blind5_um_fax_erisa"]) >= 5
    assert kinds["blind5_um_fax_erisa"] == {"initial_denial", "partial_denial", "termination_notice"}
    assert plans["blind5_medicaid_aviso_es"] == {"medicaid"}
    assert "CA" not in states["blind5_medicaid_aviso_es"] and len(states["blind5_medicaid_aviso_es"]) >= 4
    assert kinds["blind5_medicaid_aviso_es"] == {"initial_denial", "partial_denial", "termination_notice"}
    assert plans["blind5_bh_level_of_care"] == {"commercial_hmo"} and states["blind5_bh_level_of_care"] == {"CA"}
    assert kinds["blind5_bh_level_of_care"] == {"initial_denial", "partial_denial", "termination_notice"}
    assert cats["blind5_bh_level_of_care"] == {"medical_necessity"}
    assert len(cats["blind5_ma_drug_form"]) >= 3 and len(cats["blind5_um_fax_erisa"]) >= 4
    assert len(cats["blind5_medicaid_aviso_es"]) >= 4
    assert set().union(*cats.values()) >= {"medical_necessity", "experimental_investigational", "not_covered",
                                          "out_of_network", "no_prior_authorization"}
    assert all(u == {"standard", "expedited"} for u in urg.values())
    assert reviewers == {True, False}  # some letters name no reviewer
    assert all(len(f) >= 2 for f in fmts.values())  # date styles vary between seeds
    for seed in range(8):
        # the Medicare form ticks the decision track it used
        spec = generate(seed, template="blind5_ma_drug_form")
        if spec.truth["urgency"] == "expedited":
            assert "[X] Fast (expedited) decision" in spec.text
        # the fax opens with a cover sheet, lists every code in its line table and copies the member
        spec = generate(seed, template="blind5_um_fax_erisa")
        assert spec.truth["pages"] >= 2 and "cc: Member" in spec.text
        assert re.match(r"(FAX TRANSMITTAL|FACSIMILE COVER SHEET|F A X)\n", spec.text)
        # the Medicaid notice is in Spanish under an English box
        spec = generate(seed, template="blind5_medicaid_aviso_es")
        assert spec.truth["language"] == "es" and "IMPORTANT NOTICE" in spec.text and "días" in spec.text
        # the behavioral-health letter is always signed by a reviewer with a direct line
        spec = generate(seed, template="blind5_bh_level_of_care")
        r = spec.truth["reviewer"]
        assert r and r["phone"] and spec.spans("REVIEWER_PHONE")
        bad = "mh_parity.non_association_criteria" in spec.truth["defects"]
        if spec.truth["criteria_cited"]:
            assert ("nonprofit professional association" in norm(spec.text)) == (not bad)


def test_blind5_compliant_letters_carry_required_pieces():
    for t in BLIND5:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == []
            assert "ATENCIÓN" in txt and tr["stated_appeal_deadline_days"] is not None
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "72 hours" in txt
                assert "Evidence of Coverage" in txt
            if tr["plan_type"] == "erisa_group":
                assert "502(a)" in txt and "1-866-444-3272" in txt and "independent review organization" in txt
                assert "72 hours" in txt
            if tr["plan_type"] == "medicaid":
                assert "audiencia imparcial" in txt and "72 horas" in txt
                if tr["letter_kind"] in ("termination_notice", "initial_denial"):
                    assert "10 días" in txt
            if tr["state"] == "CA" and tr["plan_type"] == "commercial_hmo":
                assert "1-888-466-2219" in txt and "Independent Medical Review" in txt
                assert "Health Consumer Alliance" in txt and "nonprofit professional association" in txt
            if tr["denial_category"] == "medical_necessity":
                assert tr["criteria_cited"]
            if tr["denial_category"] == "not_covered" and tr["plan_type"] != "medicare_advantage":
                assert spec.spans("PLAN_PROVISION")


# --- sixth blind set (analyzer/samplegen/blind6.py): written without sight of the extractor; measured once ----------


def test_blind6_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind6 import STYLES, b6date, parse_blind6_date

    d = dt.date(2025, 3, 3)
    assert b6date(d, "dmon0") == "03 Mar 2025" and b6date(d, "mdy0") == "March 03, 2025"
    assert b6date(d, "dot_dm") == "3.3.2025" and b6date(d, "ymd_slash") == "2025/03/03"
    assert b6date(d, "mon_nc") == "Mar 3 2025" and b6date(d, "ord_dm") == "3rd March 2025"
    assert b6date(dt.date(2026, 12, 22), "dot_dm") == "22.12.2026" and b6date(dt.date(2025, 5, 11), "ord_dm") == "11th May 2025"
    _assert_dates_round_trip(b6date, parse_blind6_date, STYLES, d)
    assert parse_blind6_date("5.11.2025") == dt.date(2025, 11, 5)  # dotted dates are day first
    assert parse_blind6_date("May 05, 2026") == dt.date(2026, 5, 5) == parse_blind6_date("May 5 2026")
    assert parse_blind6_date("21st June 2026") == dt.date(2026, 6, 21)


def test_blind6_templates_cover_plans_kinds_and_categories():
    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND6)
    assert plans["blind6_ma_nomnc"] == {"medicare_advantage"} and kinds["blind6_ma_nomnc"] == {"termination_notice"}
    assert len(states["blind6_ma_nomnc"]) >= 4
    assert plans["blind6_hmo_appeal_resolution"] == {"commercial_hmo"} and states["blind6_hmo_appeal_resolution"] == {"CA"}
    assert kinds["blind6_hmo_appeal_resolution"] == {"grievance_decision"}
    assert cats["blind6_hmo_appeal_resolution"] >= {"medical_necessity", "not_covered"}
    assert plans["blind6_oon_claim_eob"] == {"commercial_hmo", "erisa_group"}
    assert "CA" not in states["blind6_oon_claim_eob"] and len(states["blind6_oon_claim_eob"]) >= 5
    assert kinds["blind6_oon_claim_eob"] == {"payment_denial"} and len(cats["blind6_oon_claim_eob"]) >= 4
    assert plans["blind6_ca_experimental_or_pended"] == {"commercial_hmo", "medi_cal"}
    assert states["blind6_ca_experimental_or_pended"] == {"CA"}
    assert kinds["blind6_ca_experimental_or_pended"] == {"initial_denial", "delay_notice"}
    assert cats["blind6_ca_experimental_or_pended"] == {"experimental_investigational", "administrative"}
    for t in ("blind6_ma_nomnc", "blind6_hmo_appeal_resolution", "blind6_ca_experimental_or_pended"):
        assert urg[t] == {"standard", "expedited"}, t
    assert urg["blind6_oon_claim_eob"] == {"standard"}  # claims are never expedited
    assert reviewers == {True, False}  # some letters name no reviewer
    assert all(len(f) >= 2 for f in fmts.values())  # date styles vary between seeds
    for seed in range(8):
        # the Medicare notice states the end of coverage in capitals and has a signature line
        spec = generate(seed, template="blind6_ma_nomnc")
        assert "THE EFFECTIVE DATE COVERAGE OF YOUR CURRENT" in spec.text and "Signature of patient" in spec.text
        # the claim notice has a line table with a remark legend
        spec = generate(seed, template="blind6_oon_claim_eob")
        assert "Remark legend" in spec.text and "This is not a bill" in spec.text
        # the appeal resolution keeps the denial and summarises the grievance
        spec = generate(seed, template="blind6_hmo_appeal_resolution")
        assert "upholding" in spec.text or "upheld" in spec.text
        # dotted dates carry a day-first hint
        spec = generate(seed, template="blind6_ca_experimental_or_pended")
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", spec.spans("DATE_LETTER")[0]):
            assert "(DD.MM.YYYY)" in spec.text
    spec = generate(3, template="blind6_ca_experimental_or_pended", letter_kind="delay_notice", defects=[])
    assert spec.truth["dates"]["decision"] is None and "Decision expected by" in spec.text
    assert spec.truth["stated_appeal_deadline_days"] is None


def test_blind6_compliant_letters_carry_required_pieces():
    for t in BLIND6:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == []
            assert "ATENCIÓN" in txt
            if tr["letter_kind"] != "delay_notice":
                assert tr["stated_appeal_deadline_days"] is not None
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "72 hours" in txt
                assert "Quality Improvement Organization" in txt
            if tr["plan_type"] == "erisa_group":
                assert "502(a)" in txt and "1-866-444-3272" in txt and "independent review organization" in txt
            if tr["state"] == "CA" and tr["plan_type"] in ("commercial_hmo", "medi_cal"):
                assert "1-888-466-2219" in txt and "Health Consumer Alliance" in txt
                if tr["letter_kind"] != "delay_notice":
                    assert "Independent Medical Review" in txt or "IMR" in txt
            if tr["plan_type"] == "medi_cal":
                assert "State Hearing" in txt
                if tr["letter_kind"] == "initial_denial":
                    assert "10 days" in txt
            if tr["denial_category"] == "experimental_investigational" and tr["state"] == "CA":
                assert "1370.4" in txt
            if tr["denial_category"] in ("medical_necessity", "experimental_investigational") \
                    and tr["letter_kind"] != "payment_denial":
                assert tr["criteria_cited"]
            if tr["denial_category"] == "not_covered":
                assert spec.spans("PLAN_PROVISION")
            if tr["letter_kind"] == "payment_denial":
                assert "Total charges" in txt and "diagnosis and treatment codes" in txt


# --- seventh blind set (analyzer/samplegen/blind7.py): written without sight of the extractor; measured once --------


def test_blind7_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind7 import STYLES, b7date, parse_blind7_date

    d = dt.date(2025, 3, 3)
    assert b7date(d, "mon_dash") == "Mar-03-2025" and b7date(d, "dslash") == "03/Mar/2025"
    assert b7date(d, "mord") == "March 3rd, 2025" and b7date(d, "dmon_dot") == "3 Mar. 2025"
    assert b7date(d, "ymd_dot") == "2025.03.03" and b7date(d, "wkday") == "Mon., March 3, 2025"
    assert b7date(dt.date(2026, 5, 12), "dmon_dot") == "12 May 2026"
    assert b7date(dt.date(2025, 3, 4), "wkday") == "Tues., March 4, 2025"
    assert b7date(dt.date(2025, 12, 11), "mord") == "December 11th, 2025"
    _assert_dates_round_trip(b7date, parse_blind7_date, STYLES, d)
    assert parse_blind7_date("2025.11.05") == dt.date(2025, 11, 5)  # dotted all-number dates are year first
    assert parse_blind7_date("Thurs., June 4, 2026") == dt.date(2026, 6, 4)
    assert parse_blind7_date("Sep-30-2025") == dt.date(2025, 9, 30) == parse_blind7_date("30 Sep. 2025")


def test_blind7_templates_cover_plans_kinds_and_categories():
    seen = {t: set() for t in BLIND7}
    cats = {t: set() for t in BLIND7}
    urg = {t: set() for t in BLIND7}
    fmts = {t: set() for t in BLIND7}
    keys = {t: set() for t in BLIND7}
    reviewers = set()
    for t in BLIND7:
        for seed in range(40):
            spec = generate(seed, template=t)
            tr = spec.truth
            seen[t].add((tr["plan_type"], tr["letter_kind"], tr["state"]))
            cats[t].add(tr["denial_category"])
            urg[t].add(tr["urgency"])
            reviewers.add(tr["reviewer"] is None)
            keys[t].add(tr["services"][0]["text"])
            fmts[t].add(re.sub(r"\d", "9", re.sub(r"[A-Za-z]+", "a", spec.spans("DATE_LETTER")[0])))
    plans = {t: {p for p, _, _ in s} for t, s in seen.items()}
    kinds = {t: {k for _, k, _ in s} for t, s in seen.items()}
    states = {t: {s for _, _, s in v} for t, v in seen.items()}
    assert plans["blind7_ca_quick_answer"] == {"commercial_hmo"} and states["blind7_ca_quick_answer"] == {"CA"}
    assert kinds["blind7_ca_quick_answer"] == {"initial_denial", "partial_denial"}
    assert cats["blind7_ca_quick_answer"] == {"medical_necessity", "out_of_network"}
    assert plans["blind7_partd_coverage_determination"] == {"medicare_advantage"}
    assert kinds["blind7_partd_coverage_determination"] == {"initial_denial"}
    assert len(states["blind7_partd_coverage_determination"]) >= 5
    assert cats["blind7_partd_coverage_determination"] == {"medical_necessity", "not_covered"}
    assert plans["blind7_item_details_table"] == {"commercial_hmo"}
    assert states["blind7_item_details_table"] == {"CO", "GA", "HI"}
    assert kinds["blind7_item_details_table"] == {"initial_denial", "partial_denial"}
    assert len(cats["blind7_item_details_table"]) >= 3
    assert plans["blind7_medicaid_change_notice"] == {"medi_cal", "medicaid"}
    assert states["blind7_medicaid_change_notice"] == {"CA", "WA", "OR"}
    assert kinds["blind7_medicaid_change_notice"] == {"termination_notice", "partial_denial"}
    assert len(keys["blind7_medicaid_change_notice"]) >= 3
    for t in BLIND7:
        assert urg[t] == {"standard", "expedited"}, t
    assert reviewers == {True, False}  # some letters name no reviewer
    assert all(len(f) >= 2 for f in fmts.values())  # date styles vary between seeds
    spanish = 0
    for seed in range(8):
        # a quick-answer page comes first, the detailed letter on the next page
        spec = generate(seed, template="blind7_ca_quick_answer")
        first, second = spec.page_texts()[:2]
        assert "Our answer" in first and spec.spans("REASON")[0] in spec.text.split("\f", 1)[1]
        # the drug notice ticks one request type and names strength and quantity
        spec = generate(seed, template="blind7_partd_coverage_determination")
        assert spec.text.count("[X]") == 1 and "Strength / form" in spec.text and "redetermination" in spec.text
        # nearly every fact of the table letter sits in an Item | Details table
        spec = generate(seed, template="blind7_item_details_table")
        assert "Item Details" in spec.text and "Deadline to appeal" in spec.text
        # the Medicaid notice shows what changes
        spec = generate(seed, template="blind7_medicaid_change_notice")
        assert "Approved now" in spec.text and ("What is changing" in spec.text or "WHAT IS CHANGING" in spec.text)
        spanish += "Resumen en español" in spec.text
    assert 0 < spanish < 8


def test_blind7_compliant_letters_carry_required_pieces():
    for t in BLIND7:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == []
            assert "ATENCIÓN" in txt
            assert tr["stated_appeal_deadline_days"] is not None
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "72 hours" in txt
            if tr["state"] == "CA" and tr["plan_type"] in ("commercial_hmo", "medi_cal"):
                assert "1-888-466-2219" in txt and "Health Consumer Alliance" in txt
                assert "Independent Medical Review" in txt
            if tr["plan_type"] == "commercial_hmo" and tr["state"] != "CA":
                assert "External review" in txt and "72 hours" in txt and "Free consumer help" in txt
            if tr["plan_type"] == "medi_cal":
                assert "State Hearing" in txt and "10 days" in txt
            if tr["plan_type"] == "medicaid":
                assert "fair hearing" in txt and "10 days" in txt and "72 hours" in txt
            if tr["denial_category"] in ("medical_necessity", "experimental_investigational"):
                assert tr["criteria_cited"]
            if tr["denial_category"] == "not_covered" and tr["plan_type"] != "medicare_advantage":
                assert spec.spans("PLAN_PROVISION")
            if tr["denial_category"] == "out_of_network" and tr["state"] == "CA":
                assert "We held an appointment" in txt


# --- eighth blind set (analyzer/samplegen/blind8.py): written without sight of the extractor; measured once ---------


def test_blind8_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind8 import STYLES, STYLES_ES, b8date, parse_blind8_date

    d = dt.date(2025, 3, 3)
    assert b8date(d, "iso") == "2025-03-03" and b8date(d, "yy") == "3/3/25"
    assert b8date(d, "ord_of") == "3rd of March, 2025" and b8date(d, "wk_dmy") == "Monday, 3 March 2025"
    assert b8date(d, "yslash") == "2025/03/03" and b8date(d, "dmonU") == "03MAR2025"
    assert b8date(d, "es_de") == "3 de marzo de 2025" and b8date(d, "es_wk") == "lunes, 3 de marzo de 2025"
    assert b8date(d, "es_dmy") == "03/03/2025" and b8date(d, "es_abbr") == "03-mar-2025"
    assert b8date(dt.date(2025, 12, 11), "ord_of") == "11th of December, 2025"
    assert b8date(dt.date(2026, 1, 7), "es_wk") == "miércoles, 7 de enero de 2026"
    _assert_dates_round_trip(b8date, parse_blind8_date, STYLES + STYLES_ES, d)
    # all-number dates: a four-digit year after the slashes is day first (Spanish), a two-digit year month first
    assert parse_blind8_date("04/11/2025") == dt.date(2025, 11, 4)
    assert parse_blind8_date("4/11/25") == dt.date(2025, 4, 11)
    assert parse_blind8_date("the 21st of June, 2026") == dt.date(2026, 6, 21)
    assert parse_blind8_date("sábado, 1 de Noviembre de 2025") == dt.date(2025, 11, 1)


def test_blind8_templates_cover_plans_kinds_and_categories():
    seen = {t: set() for t in BLIND8}
    cats = {t: set() for t in BLIND8}
    urg = {t: set() for t in BLIND8}
    fmts = {t: set() for t in BLIND8}
    langs = {t: set() for t in BLIND8}
    layouts = {t: set() for t in BLIND8}
    reviewers = set()
    mods = partial_mixed = 0
    for t in BLIND8:
        for seed in range(40):
            spec = generate(seed, template=t)
            tr = spec.truth
            seen[t].add((tr["plan_type"], tr["letter_kind"], tr["state"]))
            cats[t].add(tr["denial_category"])
            urg[t].add(tr["urgency"])
            langs[t].add(tr["language"])
            layouts[t].add(spec.layout)
            reviewers.add(tr["reviewer"] is None)
            fmts[t].add(re.sub(r"\d", "9", re.sub(r"[A-Za-z\u00e1\u00e9\u00ed\u00f3\u00fa]+", "a",
                                                  spec.spans("DATE_LETTER")[0])))
            if t == "blind8_ma_dme_supply":
                mods += bool(re.search(r"\b[A-Z]\d{4}(-| \(| )(RR|NU|KX|RT)\b", spec.text))
                if tr["letter_kind"] == "partial_denial":
                    partial_mixed += "Approved" in spec.text and "Denied" in spec.text
    plans = {t: {p for p, _, _ in s} for t, s in seen.items()}
    kinds = {t: {k for _, k, _ in s} for t, s in seen.items()}
    states = {t: {s for _, _, s in v} for t, v in seen.items()}
    assert plans["blind8_erisa_final_appeal"] == {"erisa_group"}
    assert kinds["blind8_erisa_final_appeal"] == {"grievance_decision"}
    assert "CA" not in states["blind8_erisa_final_appeal"] and len(states["blind8_erisa_final_appeal"]) >= 5
    assert cats["blind8_erisa_final_appeal"] == {"medical_necessity", "experimental_investigational", "not_covered",
                                                 "out_of_network"}
    assert plans["blind8_medical_noa_es"] == {"medi_cal"} and states["blind8_medical_noa_es"] == {"CA"}
    assert kinds["blind8_medical_noa_es"] == {"initial_denial", "partial_denial", "termination_notice"}
    assert langs["blind8_medical_noa_es"] == {"es"} and len(cats["blind8_medical_noa_es"]) == 3
    assert plans["blind8_outside_second_opinion"] == {"commercial_hmo"}
    assert states["blind8_outside_second_opinion"] == {"CA"}
    assert kinds["blind8_outside_second_opinion"] == {"second_opinion_denial", "initial_denial"}
    assert cats["blind8_outside_second_opinion"] == {"second_opinion", "out_of_network"}
    assert plans["blind8_ma_dme_supply"] == {"medicare_advantage"} and len(states["blind8_ma_dme_supply"]) >= 5
    assert kinds["blind8_ma_dme_supply"] == {"initial_denial", "partial_denial"}
    assert cats["blind8_ma_dme_supply"] == {"medical_necessity", "not_covered"}
    for t in BLIND8:
        assert urg[t] == {"standard", "expedited"}, t
        assert len(fmts[t]) >= 2, t  # date styles vary between seeds
        if t != "blind8_medical_noa_es":
            assert langs[t] == {"en"} and len(layouts[t]) >= 2, t
    assert reviewers == {True, False}  # some letters name no reviewer
    assert mods >= 10 and partial_mixed >= 3  # HCPCS modifiers are printed; partial approvals show both decisions


def test_blind8_letters_read_as_their_kind():
    from analyzer.samplegen.case import code_label

    for seed in range(10):
        # the ERISA appeal decision: a Re: block, 502(a), and in most letters the date after the signature
        spec = generate(seed, template="blind8_erisa_final_appeal")
        txt = norm(spec.text)
        assert re.search(r"\bre:", txt, re.I) and "502(a)" in txt
        late = spec.layout == "erisa_final_appeal_signed_dated_end"
        date_at = next(st for lab, st, _ in spec.annotations if lab == "DATE_LETTER")
        assert (date_at > spec.text.index("502(a)")) == late, seed
        # the Spanish notice carries no English letter prose before its language taglines
        spec = generate(seed, template="blind8_medical_noa_es")
        body = spec.text.split("Ayuda en su idioma")[0].split("Servicios de idiomas sin costo")[0]
        assert "AVISO DE ACCIÓN" in body.upper() and "Apelación" in body
        for english in ("Dear ", " the ", "appeal", "Your rights", "Denied", "Approved"):
            assert english not in body, (seed, english)
        # the second-opinion letter numbers its sections
        spec = generate(seed, template="blind8_outside_second_opinion")
        assert re.search(r"^1\. ", spec.text, re.M) and re.search(r"^4\. ", spec.text, re.M)
        # the DME notice lists every item in a line table with a HCPCS code
        spec = generate(seed, template="blind8_ma_dme_supply")
        assert "HCPCS" in spec.text or "Code/Mod" in spec.text
        assert all(code_label(c) == "HCPCS" for s in spec.truth["services"] for c in s["codes"])


def test_blind8_planted_provision_and_reviewer_defects():
    for seed in range(4):
        spec = generate(seed, template="blind8_erisa_final_appeal", defects=["notice.plan_provision"])
        assert spec.truth["denial_category"] == "not_covered" and not spec.spans("PLAN_PROVISION")
        spec = generate(seed, template="blind8_ma_dme_supply", defects=["process.reviewer_not_physician"])
        tr = spec.truth
        assert tr["reviewer"] and tr["reviewer"]["specialty"] is None and tr["reviewer"]["credentials"] in (None, "RN")
        spec = generate(seed, template="blind8_ma_dme_supply", defects=["medicare.internal_criteria"])
        assert spec.truth["criteria_cited"] and all("Kaiser Permanente" in c for c in spec.truth["criteria_cited"])


def test_blind8_compliant_letters_carry_required_pieces():
    for t in BLIND8:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == []
            assert "ATENCIÓN" in txt
            assert tr["stated_appeal_deadline_days"] is not None
            if tr["denial_category"] in ("medical_necessity", "experimental_investigational"):
                assert tr["criteria_cited"]
            if tr["plan_type"] == "erisa_group":
                assert "502(a)" in txt and "independent review organization" in txt and "1-866-444-3272" in txt
                assert "free of charge" in txt or "at no cost" in txt
                if tr["denial_category"] == "not_covered":
                    assert spec.spans("PLAN_PROVISION")
            if tr["plan_type"] == "medi_cal":
                assert tr["language"] == "es" and "días" in spec.spans("APPEAL_DAYS")[0]
                assert "audiencia estatal" in txt.lower() and "Revisión Médica Independiente" in txt
                assert "Ayuda pagada pendiente" in txt and "72 horas" in txt and "1-888-466-2219" in txt
            if tr["plan_type"] == "commercial_hmo":
                assert "1-888-466-2219" in txt and "Independent Medical Review" in txt
                assert "An appointment is held" in txt and "Health Consumer Alliance" in txt
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "72 hours" in txt
                assert tr["stated_appeal_deadline_days"] >= 60


# --- ninth blind set (analyzer/samplegen/blind9.py): written without sight of the extractor; measured once ----------


def test_blind9_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind9 import STYLES, b9date, parse_blind9_date

    d = dt.date(2025, 3, 3)
    assert b9date(d, "ord_abbr") == "Mar 3rd 2025" and b9date(d, "pad_nc") == "March 03 2025"
    assert b9date(d, "ymd_words") == "2025 March 3" and b9date(d, "mon_dash") == "Mar-03-2025"
    assert b9date(d, "dots") == "3.3.2025" and b9date(dt.date(2025, 11, 4), "dots") == "4.11.2025"
    assert b9date(dt.date(2026, 1, 12), "ord_abbr") == "Jan 12th 2026"
    assert b9date(dt.date(2025, 8, 22), "ord_abbr") == "Aug 22nd 2025"
    _assert_dates_round_trip(b9date, parse_blind9_date, STYLES, d)
    assert parse_blind9_date("4.11.2025") == dt.date(2025, 11, 4)  # DD.MM: day first
    assert parse_blind9_date("March 3 2025") == d and parse_blind9_date("Marc 3 2025") is None


def test_blind9_templates_cover_plans_kinds_and_categories():
    from analyzer.samplegen.blind9 import DOTS_NOTE

    layouts = {t: set() for t in BLIND9}

    def each(t, seed, spec):
        layouts[t].add(spec.layout)
        letter = spec.spans("DATE_LETTER")[0]
        # a day-first DD.MM date appears only in a letter that says so
        assert bool(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", letter)) == (DOTS_NOTE in spec.text), (t, seed)
        assert spec.truth["language"] == "en" and spec.truth["stated_appeal_deadline_days"] is not None

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND9, each=each)
    assert plans["blind9_hi_pharmacy_exception"] == {"commercial_hmo"}
    assert states["blind9_hi_pharmacy_exception"] == {"HI", "WA"}
    assert cats["blind9_hi_pharmacy_exception"] == {"medical_necessity", "not_covered", "experimental_investigational"}
    assert plans["blind9_ca_concurrent_review"] == {"commercial_hmo"} and states["blind9_ca_concurrent_review"] == {"CA"}
    assert kinds["blind9_ca_concurrent_review"] == {"partial_denial", "termination_notice"}
    assert plans["blind9_medicare_part_b_drug"] == {"medicare_advantage"}
    assert len(states["blind9_medicare_part_b_drug"]) >= 5
    assert cats["blind9_medicare_part_b_drug"] == {"medical_necessity", "not_covered", "experimental_investigational"}
    assert plans["blind9_co_ga_provider_copy"] == {"commercial_hmo"}
    assert states["blind9_co_ga_provider_copy"] == {"CO", "GA"}
    assert cats["blind9_co_ga_provider_copy"] == {"medical_necessity", "experimental_investigational",
                                                  "out_of_network"}
    for t in BLIND9:
        assert urg[t] == {"standard", "expedited"}, t
        assert len(fmts[t]) >= 3 and len(layouts[t]) >= 2, t
    assert reviewers == {True, False}


def test_blind9_letters_read_as_their_kind():
    import datetime as dt

    from analyzer.samplegen.blind9 import parse_blind9_date
    from analyzer.samplegen.case import code_label

    for seed in range(12):
        # the pharmacy letter: one drug with a strength, quantity and days' supply, plan appeal and IRO
        spec = generate(seed, template="blind9_hi_pharmacy_exception")
        txt = norm(spec.text)
        assert len(spec.truth["services"]) == 1 and re.search(r"\d+ (mg|units)", spec.truth["services"][0]["text"])
        assert re.search(r"days'? supply", txt, re.I) and re.search(r"NDC|J-CODE|HCPCS|Billing code", txt)
        assert all(code_label(c) == "HCPCS" for s in spec.truth["services"] for c in s["codes"])
        # the concurrent review: admission date, days approved and a last covered day after admission
        spec = generate(seed, template="blind9_ca_concurrent_review")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["dates"]["service"] and "Last covered day" in txt and "Days approved" in txt
        words = re.search(r"Last covered day:? (.*)", txt)[1].replace(".", " ").split()
        last = next(d for k in (1, 2, 3) if (d := parse_blind9_date(" ".join(words[:k]))))
        assert last >= dt.date.fromisoformat(tr["dates"]["service"])
        assert "Independent Medical Review" in txt and "72 hours" in txt
        if tr["letter_kind"] == "partial_denial":
            assert {s["text"][:3] for s in tr["services"]} and len(tr["services"]) == 2
        # the Part B form: 60-day reconsideration (never 65), 7-day Part B drug decision
        spec = generate(seed, template="blind9_medicare_part_b_drug")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["stated_appeal_deadline_days"] in (60, 30, 14) and "65 days" not in txt
        assert "within 7 days" in txt and all(s["codes"] for s in tr["services"])
        # the provider copy: a peer-to-peer offer and the member named on a cc line
        spec = generate(seed, template="blind9_co_ga_provider_copy")
        txt = norm(spec.text)
        assert "peer-to-peer" in txt and re.search(r"cc: .*\(member copy\)", txt)
        assert spec.truth["requesting_provider"]


def test_blind9_part_b_never_states_65_days():
    for seed in range(80):
        tr = generate(seed, template="blind9_medicare_part_b_drug").truth
        assert tr["stated_appeal_deadline_days"] != 65


def test_blind9_planted_defects_and_mental_health_stays():
    for seed in range(4):
        spec = generate(seed, template="blind9_medicare_part_b_drug", defects=["medicare.internal_criteria"])
        assert spec.truth["criteria_cited"] and all("Kaiser Permanente" in c for c in spec.truth["criteria_cited"])
        spec = generate(seed, template="blind9_hi_pharmacy_exception", defects=["notice.plan_provision"])
        assert spec.truth["denial_category"] == "not_covered" and not spec.spans("PLAN_PROVISION")
        spec = generate(seed, template="blind9_co_ga_provider_copy", defects=["process.reviewer_not_physician"])
        tr = spec.truth
        assert tr["reviewer"] and tr["reviewer"]["specialty"] is None
        spec = generate(seed, template="blind9_ca_concurrent_review",
                        defects=["mh_parity.non_association_criteria"])
        assert "psychiatric" in norm(spec.text) and spec.truth["criteria_cited"]


def test_blind9_compliant_letters_carry_required_pieces():
    for t in BLIND9:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [] and "ATENCIÓN" in txt
            if tr["denial_category"] in ("medical_necessity", "experimental_investigational"):
                assert tr["criteria_cited"]
            if tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA":
                assert "1-888-466-2219" in txt and "Health Consumer Alliance" in txt
            elif tr["plan_type"] == "commercial_hmo":
                assert "independent review organization" in txt and "72 hours" in txt
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "72 hours" in txt
                assert tr["stated_appeal_deadline_days"] == 60



# --- tenth blind set (analyzer/samplegen/blind10.py): written without sight of the extractor; measured once ---------


def test_blind10_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind10 import STYLES, STYLES_ES, b10date, parse_blind10_date

    d = dt.date(2026, 3, 14)
    assert b10date(d, "iso") == "2026-03-14" and b10date(d, "dmy") == "14 March 2026"
    assert b10date(d, "abbr_dot") == "Mar. 14, 2026" and b10date(d, "yy") == "3/14/26"
    assert b10date(d, "wk_long") == "Saturday, March 14, 2026" and b10date(d, "dmonU") == "14-MAR-2026"
    assert b10date(d, "es_de") == "14 de marzo de 2026" and b10date(d, "es_wk") == "sábado, 14 de marzo de 2026"
    assert b10date(d, "es_dmy") == "14/03/2026" and b10date(d, "es_abbr") == "14 mar. 2026"
    assert b10date(dt.date(2025, 5, 2), "abbr_dot") == "May 2, 2025"  # May has no abbreviation point
    _assert_dates_round_trip(b10date, parse_blind10_date, STYLES + STYLES_ES, d)
    assert parse_blind10_date("04/11/2025") == dt.date(2025, 11, 4)  # four-digit year: day first (Spanish letters)
    assert parse_blind10_date("4/11/25") == dt.date(2025, 4, 11)  # two-digit year: month first
    assert parse_blind10_date("Marc. 14, 2026") is None and parse_blind10_date("31/02/2026") is None


def test_blind10_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND10}
    regions = {t: set() for t in BLIND10}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        regions[t].add(tr["region"])
        assert tr["language"] == ("es" if t == "blind10_ca_experimental_es" else "en")
        assert tr["stated_appeal_deadline_days"] is not None and tr["insurer"] == "Kaiser Permanente"
        assert tr["services"] and all(s["codes"] or "stay" in s["text"] or "admission" in s["text"]
                                      for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND10, each=each)
    wa, fehb, ga, es = BLIND10
    assert plans[wa] == {"commercial_hmo", "erisa_group"} and states[wa] == {"WA"} and regions[wa] == {"Washington"}
    assert kinds[wa] == {"initial_denial", "partial_denial", "termination_notice"} and cats[wa] == {"medical_necessity"}
    assert plans[fehb] == {"fehb"} and states[fehb] == {"MD", "VA", "DC"} and regions[fehb] == {"Mid-Atlantic States"}
    assert kinds[fehb] == {"initial_denial", "partial_denial"} and cats[fehb] == {"medical_necessity"}
    assert plans[ga] == {"erisa_group"} and states[ga] == {"GA"} and kinds[ga] == {"payment_denial"}
    # no_prior_authorization only comes with the planted emergency_prior_auth defect
    assert {"out_of_network", "medical_necessity", "not_covered"} <= cats[ga] <= {
        "out_of_network", "medical_necessity", "not_covered", "no_prior_authorization"}
    assert plans[es] == {"commercial_hmo"} and states[es] == {"CA"}
    assert regions[es] == {"Northern California", "Southern California"}
    assert kinds[es] == {"initial_denial", "grievance_decision"} and cats[es] == {"experimental_investigational"}
    for t in (wa, fehb, es):
        assert urg[t] == {"standard", "expedited"}, t
    assert urg[ga] == {"standard"}  # a claim is never urgent
    for t in BLIND10:
        assert len(fmts[t]) >= 3 and len(layouts[t]) >= 2, t
    assert reviewers == {True, False}


def test_blind10_letters_read_as_their_kind():
    from analyzer.samplegen.blind10 import parse_blind10_date

    for seed in range(12):
        # the fax: a cover sheet that counts the pages, and a fax header with "page k of n" atop every page
        spec = generate(seed, template="blind10_wa_residential_bh_fax")
        pages, n = spec.page_texts(), spec.truth["pages"]
        assert n == len(pages) >= 2
        for k, page in enumerate(pages, 1):
            top = page.split("\n", 1)[0]
            assert re.search(rf"(P\.0*{k}/0*{n}|Page {k} of {n}|P\. {k}/{n})$", top), (seed, top)
        cover = re.search(r"(?:Pages \(including cover\)|Number of pages|Total pages incl\. this sheet):? (\d+)",
                          pages[0])
        assert cover and int(cover[1]) == n and "FAX" in pages[0].upper()
        tr, txt = spec.truth, norm(spec.text)
        if tr["criteria_cited"]:
            assert "ASAM" in tr["criteria_cited"][0] and re.search(r"dimension", txt, re.I)
            assert re.search(r"\b6\b", txt[txt.index(tr["criteria_cited"][0]):])  # all six dimensions follow
        if tr["reviewer"] and tr["reviewer"]["specialty"]:
            assert tr["reviewer"]["specialty"] in ("Addiction Medicine", "Psychiatry", "Addiction Psychiatry")
            assert "peer-to-peer" in txt
        # the FEHB letter: a services table with CPT codes, obesity and BMI codes, reconsideration then OPM
        spec = generate(seed, template="blind10_midatlantic_fehb_bariatric")
        tr, txt = spec.truth, norm(spec.text)
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes & {"43644", "43775", "43770"} and "CPT" in txt
        dx = {c for d in tr["diagnoses"] for c in d["codes"]}
        assert dx & {"E66.01", "E66.9"} and any(c.startswith("Z68.") for c in dx)
        assert "reconsider" in txt and "FEHB" in txt
        # the EOB: claim lines with amounts and remark codes that a legend explains; ERISA rights
        spec = generate(seed, template="blind10_ga_erisa_post_service_claim")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["dates"]["service"] and tr["dates"]["request_received"] and tr["requesting_provider"]
        assert "502(a)" in txt and ("Remark" in txt or "remark" in txt or "Notes legend" in txt)
        remarks = set(re.findall(r"\b([A-Z]\d{1,2})\b", txt))
        assert any(f"{r} \u2013" in txt or f"{r} " in txt for r in remarks)
        if "notice.claim_identification" not in tr["defects"]:
            assert "$" in txt and "diagnosis and treatment codes" in txt
        # the Spanish letter: Spanish dates, IMR, and an English tagline block
        spec = generate(seed, template="blind10_ca_experimental_es")
        tr, txt = spec.truth, norm(spec.text)
        letter = spec.spans("DATE_LETTER")[0]
        assert " de " in letter or "/" in letter or "." in letter
        assert parse_blind10_date(letter).isoformat() == tr["dates"]["letter"]
        assert "experimental" in tr["denial_reason"] or "investigación" in tr["denial_reason"]
        if "notice.language_assistance" not in tr["defects"]:
            assert "ATTENTION: If you speak English" in txt
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "Revisión Médica Independiente" in txt and "www.dmhc.ca.gov" in txt


def test_blind10_planted_defects():
    for seed in range(4):
        for d in ("notice.criteria_cited", "notice.reason_specific"):
            spec = generate(seed, template="blind10_wa_residential_bh_fax", defects=[d])
            assert not spec.truth["criteria_cited"] and "ASAM" not in spec.text
        spec = generate(seed, template="blind10_wa_residential_bh_fax", defects=["process.reviewer_not_physician"])
        assert spec.truth["reviewer"] and spec.truth["reviewer"]["specialty"] is None
        assert "peer-to-peer" not in spec.text
        spec = generate(seed, template="blind10_midatlantic_fehb_bariatric", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
        spec = generate(seed, template="blind10_ga_erisa_post_service_claim", defects=["notice.plan_provision"])
        assert spec.truth["denial_category"] == "not_covered" and not spec.spans("PLAN_PROVISION")
        spec = generate(seed, template="blind10_ga_erisa_post_service_claim", defects=["process.emergency_prior_auth"])
        assert spec.truth["denial_category"] == "no_prior_authorization"
        assert "99285" in {c for s in spec.truth["services"] for c in s["codes"]}
        spec = generate(seed, template="blind10_ca_experimental_es", defects=["experimental.terminal_illness_rights"])
        txt = norm(spec.text)
        assert spec.truth["letter_kind"] == "initial_denial" and "1370.4" not in txt and "conferencia" not in txt
        spec = generate(seed, template="blind10_ca_experimental_es", defects=["process.reviewer_not_physician"])
        assert spec.truth["reviewer"] and spec.truth["reviewer"]["specialty"] is None


def test_blind10_compliant_letters_carry_required_pieces():
    for t in BLIND10:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if t == "blind10_wa_residential_bh_fax":
                assert "independent review organization" in txt and "72 hours" in txt and "ATENCIÓN" in txt
                assert tr["criteria_cited"] and "ASAM" in txt and "peer-to-peer" in txt
                assert tr["stated_appeal_deadline_days"] == 180
            elif t == "blind10_midatlantic_fehb_bariatric":
                assert "Office of Personnel Management" in txt and "ATENCIÓN" in txt
                assert tr["stated_appeal_deadline_days"] == 180 and re.search(r"\b(6|six) months\b", txt)
            elif t == "blind10_ga_erisa_post_service_claim":
                assert "502(a)" in txt and "1-866-444-3272" in txt and "diagnosis and treatment codes" in txt
                assert "$" in txt and tr["stated_appeal_deadline_days"] == 180 and "ATENCIÓN" in txt
            else:
                assert "1-888-466-2219" in txt and "Health Consumer Alliance" in txt and "ATTENTION" in txt
                assert "1370.4" in txt and tr["criteria_cited"]
                if tr["letter_kind"] == "initial_denial":
                    assert "1368.1" in txt and "Tratamientos alternativos" in txt


# --- eleventh blind set (analyzer/samplegen/blind11.py): written without sight of the extractor; measured once -------


def test_blind11_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind11 import STYLES, STYLES_ES, b11date, parse_blind11_date

    d = dt.date(2026, 3, 14)
    assert b11date(d, "long") == "March 14, 2026" and b11date(d, "dmon") == "14-Mar-2026"
    assert b11date(d, "mdy") == "03/14/2026" and b11date(d, "ydot") == "2026.03.14"
    assert b11date(d, "wk") == "Saturday 14 March 2026" and b11date(d, "abbr") == "Mar 14, 2026"
    assert b11date(d, "dmy") == "14 March 2026" and b11date(d, "es_de") == "14 de marzo de 2026"
    assert b11date(d, "es_wk") == "sábado 14 de marzo de 2026" and b11date(d, "es_dot") == "14.03.2026"
    _assert_dates_round_trip(b11date, parse_blind11_date, STYLES + STYLES_ES, d)
    assert parse_blind11_date("04/11/2026") == dt.date(2026, 4, 11)  # slashes: month first
    assert parse_blind11_date("04.11.2026") == dt.date(2026, 11, 4)  # points after the day: day first (Spanish)
    assert parse_blind11_date("Friday 14 March 2026") is None  # a weekday that does not fit the date
    assert parse_blind11_date("31.02.2026") is None and parse_blind11_date("Marc 14, 2026") is None


def test_blind11_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND11}
    regions = {t: set() for t in BLIND11}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        regions[t].add(tr["region"])
        assert tr["language"] == "en" and tr["insurer"] == "Kaiser Permanente"
        assert tr["stated_appeal_deadline_days"] is not None and tr["dates"]["letter"]
        assert tr["services"] and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["diagnoses"] and all(d["codes"] for d in tr["diagnoses"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND11, each=each)
    ma, ore, hi, so = BLIND11
    assert plans[ma] == {"medicare_advantage"} and kinds[ma] == {"payment_denial"} and urg[ma] == {"standard"}
    assert len(states[ma]) >= 5 and states[ma] <= {"CA", "WA", "CO", "GA", "HI", "MD", "VA", "OR"}
    assert cats[ma] == {"out_of_network", "medical_necessity", "no_prior_authorization"}
    assert plans[ore] == {"medicaid"} and states[ore] == {"OR"} and regions[ore] == {"Northwest"}
    assert kinds[ore] == {"initial_denial", "partial_denial"} and cats[ore] == {"medical_necessity"}
    assert plans[hi] == {"medicaid"} and states[hi] == {"HI"} and regions[hi] == {"Hawaii"}
    assert kinds[hi] == {"termination_notice", "partial_denial"} and cats[hi] == {"medical_necessity"}
    assert plans[so] == {"commercial_hmo"} and states[so] == {"CA"}
    assert regions[so] == {"Northern California", "Southern California"}
    assert kinds[so] == {"second_opinion_denial"} and cats[so] == {"second_opinion"}
    for t in (ore, hi, so):
        assert urg[t] == {"standard", "expedited"}, t
    for t in BLIND11:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


def test_blind11_letters_read_as_their_kind():
    from analyzer.samplegen.blind11 import parse_blind11_date

    outright = set()
    for seed in range(12):
        # the Medicare form: numbered boxes, a check box, a claim table with amounts, reconsideration and the IRE
        spec = generate(seed, template="blind11_ma_payment_denial_out_of_area")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["dates"]["service"] and tr["requesting_provider"] and spec.spans("DATE_SERVICE")
        assert re.search(r"(Box \d+\.|\d+ \| [A-Z]|Item \d+ \u2013|\d+ Member name)", txt)
        assert re.search(r"(\[X\]|\(X\)|\[x\]) We will not pay", txt) and "$0.00" in txt
        assert "reconsideration" in txt and "Independent Review Entity" in txt and "1-800-MEDICARE" in txt
        if tr["denial_category"] == "medical_necessity":
            assert {c for s in tr["services"] for c in s["codes"]} & {"A0428", "A0426"} and "ambulance" in txt
        # the Oregon fax: a fax line with the page count atop every page, and a notice of action
        spec = generate(seed, template="blind11_or_medicaid_noa")
        pages, n = spec.page_texts(), spec.truth["pages"]
        for k, page in enumerate(pages, 1):
            top = page.split("\n", 1)[0]
            assert re.search(rf"(P\. 0*{k}/0*{n}|Page {k} of {n}|p\. {k}/{n})$", top), (seed, top)
        tr, txt = spec.truth, norm(spec.text)
        assert "FAX" in pages[0].upper() and ("Oregon Health Plan" in txt or "OHP" in txt)
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes & {"72148", "73721", "70551", "73221"} or "97110" in codes
        if tr["letter_kind"] == "partial_denial":
            assert "Visits approved" in txt and "97110" in codes
        # the Hawaii notice: a before/after hours table, the effective date, QUEST Integration
        spec = generate(seed, template="blind11_hi_quest_reduction")
        tr, txt = spec.truth, norm(spec.text)
        assert "QUEST Integration" in txt and "Hours" in txt
        assert {c for s in tr["services"] for c in s["codes"]} <= {"S9122", "S9123", "S9124"}
        assert re.search(r"(Hours per week from|Approved from) \S", txt)
        if tr["letter_kind"] == "termination_notice" and "notice.reason_specific" not in tr["defects"]:
            assert re.search(r"(reducing|ending|will go from|no longer medically necessary)", tr["denial_reason"])
        # the bilingual letter: English and Spanish, the letter date in both halves, redirected or refused
        spec = generate(seed, template="blind11_ca_second_opinion_bilingual")
        tr, txt = spec.truth, norm(spec.text)
        assert "second opinion" in txt and "segunda opinión" in txt and "Servicio a los Miembros" in txt
        letters = spec.spans("DATE_LETTER")
        assert len(letters) >= (1 if spec.layout == "so_bilingual_side_by_side" else 2)  # one bilingual case box
        assert all(parse_blind11_date(x).isoformat() == tr["dates"]["letter"] for x in letters)
        if "second_opinion.eligible_denied" in tr["defects"]:
            outright.add(True)
            assert "network" not in tr["denial_reason"] and "appointment" not in txt
            assert {"second_opinion.invalid_reason", "second_opinion.no_qualified_in_network"} <= set(tr["expected_flags"])
        else:
            outright.add(False)
            assert "network" in tr["denial_reason"] and re.search(r"(Your appointment is|at \d{1,2}:\d\d [ap]\.m\. on)", txt)
    assert outright == {True, False}


def test_blind11_planted_defects():
    import datetime as dt

    for seed in range(4):
        spec = generate(seed, template="blind11_ma_payment_denial_out_of_area", defects=["process.emergency_prior_auth"])
        tr = spec.truth
        assert tr["denial_category"] == "no_prior_authorization" and "emergency" in spec.text
        assert {c for s in tr["services"] for c in s["codes"]} & {"99284", "99285"}
        spec = generate(seed, template="blind11_ma_payment_denial_out_of_area", defects=["medicare.transition_period"])
        m = re.search(r"(?:coverage began on|Enrollment in Senior Advantage effective) ([^.]+?)\.", norm(spec.text))
        assert m and spec.truth["denial_category"] == "no_prior_authorization"
        spec = generate(seed, template="blind11_ma_payment_denial_out_of_area",
                        defects=["process.retro_denial_of_authorized"])
        assert spec.truth["denial_category"] == "medical_necessity" and re.search(r"[Aa]uthorization (number )?\d", spec.text)
        spec = generate(seed, template="blind11_ma_payment_denial_out_of_area", defects=["notice.language_assistance"])
        assert "interpreter" not in spec.text.lower() and "注意" not in spec.text
        for t in ("blind11_or_medicaid_noa", "blind11_hi_quest_reduction"):
            spec = generate(seed, template=t, defects=["notice.external_review"])
            assert "hearing" not in spec.text.lower()
            spec = generate(seed, template=t, defects=["notice.reason_specific"])
            assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
            assert "notice.clinical_rationale" in spec.truth["expected_flags"]
            spec = generate(seed, template=t, defects=["process.reviewer_not_physician"])
            r = spec.truth["reviewer"]
            assert r and r["specialty"] is None and r["credentials"] in (None, "RN")
            spec = generate(seed, template=t, defects=["process.decision_untimely"])
            d = spec.truth["dates"]
            late = 3 if spec.truth["urgency"] == "expedited" else 14  # 72 hours, or 14 days (rules.md 6a)
            assert d["request_received"] and (dt.date.fromisoformat(d["decision"] or d["letter"])
                                              - dt.date.fromisoformat(d["request_received"])).days > late
        spec = generate(seed, template="blind11_ca_second_opinion_bilingual", defects=["second_opinion.untimely"])
        d = spec.truth["dates"]
        assert spec.truth["urgency"] == "expedited" and "marked urgent" in spec.text
        assert (dt.date.fromisoformat(d["decision"] or d["letter"]) - dt.date.fromisoformat(d["request_received"])).days > 3
        spec = generate(seed, template="blind11_ca_second_opinion_bilingual", defects=["notice.appeal_deadline"])
        assert spec.truth["stated_appeal_deadline_days"] < 180


def test_blind11_compliant_letters_carry_required_pieces():
    for t in BLIND11:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if t == "blind11_ma_payment_denial_out_of_area":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "ATENCIÓN" in txt
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "$" in txt
            elif t == "blind11_or_medicaid_noa":
                assert "fair hearing" in txt and "72 hours" in txt and "10 days" in txt and "ATENCIÓN" in txt
                assert tr["criteria_cited"] and tr["stated_appeal_deadline_days"] == 60 and re.search(r"free|no cost", txt)
            elif t == "blind11_hi_quest_reduction":
                assert "Med-QUEST Division" in txt and "72 hours" in txt and "10 days" in txt and "PAKDAAR" in txt
                assert tr["criteria_cited"] and tr["stated_appeal_deadline_days"] == 60
            else:
                for item in ("1-888-466-2219", "1-877-688-9891", "www.dmhc.ca.gov", "IMR", "1-800-464-4000", "中文"):
                    assert item in txt, (seed, item)
                assert tr["stated_appeal_deadline_days"] == 180 and "network" in tr["denial_reason"]


# --- twelfth blind set (analyzer/samplegen/blind12.py): written without sight of the extractor; measured once -------


def test_blind12_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind12 import STYLES, STYLES_ES, b12date, parse_blind12_date

    d = dt.date(2026, 3, 14)
    assert b12date(d, "long") == "March 14, 2026" and b12date(d, "mdy") == "03/14/2026"
    assert b12date(d, "mdy2") == "3/14/26" and b12date(d, "abbr") == "Mar. 14, 2026"
    assert b12date(d, "caps") == "14 MAR 2026" and b12date(d, "iso") == "2026-03-14"
    assert b12date(d, "wk") == "Saturday, March 14, 2026" and b12date(dt.date(2026, 5, 1), "abbr") == "May 1, 2026"
    assert b12date(d, "es_num") == "14/03/2026" and b12date(d, "es_dash") == "14-03-2026"
    assert b12date(d, "es_de") == "14 de marzo de 2026" and b12date(d, "es_wk") == "sábado, 14 de marzo de 2026"
    _assert_dates_round_trip(b12date, parse_blind12_date, STYLES, d)
    _assert_dates_round_trip(b12date, lambda t: parse_blind12_date(t, dayfirst=True), STYLES_ES, d)
    assert parse_blind12_date("04/11/2026") == dt.date(2026, 4, 11)  # English: month first
    assert parse_blind12_date("04/11/2026", dayfirst=True) == dt.date(2026, 11, 4)  # the Spanish notice: day first
    assert parse_blind12_date("Friday, March 14, 2026") is None  # a weekday that does not fit the date
    assert parse_blind12_date("31/02/2026", dayfirst=True) is None and parse_blind12_date("Marc 14, 2026") is None


def test_blind12_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND12}
    regions = {t: set() for t in BLIND12}
    langs = {t: set() for t in BLIND12}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        regions[t].add(tr["region"])
        langs[t].add(tr["language"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"]
        assert tr["stated_appeal_deadline_days"] is not None
        assert tr["services"] and tr["diagnoses"] and all(d["codes"] for d in tr["diagnoses"]), (t, seed)
        if t != "blind12_ga_ma_concurrent_inpatient":  # concurrent-review notices name the stay, not a code
            assert all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND12, each=each)
    co, ga, es, mx = BLIND12
    assert plans[co] == {"commercial_hmo", "erisa_group"} and states[co] == {"CO"} and regions[co] == {"Colorado"}
    assert kinds[co] == {"initial_denial", "partial_denial"} and cats[co] == {"medical_necessity", "out_of_network"}
    assert plans[ga] == {"medicare_advantage"} and states[ga] == {"GA"} and kinds[ga] == {"termination_notice"}
    assert cats[ga] == {"medical_necessity"} and regions[ga] == {"Georgia"}
    assert plans[es] == {"medi_cal"} and states[es] == {"CA"} and langs[es] == {"es"}
    assert regions[es] == {"Northern California", "Southern California"}
    assert kinds[es] == {"initial_denial", "partial_denial"} and cats[es] == {"medical_necessity"}
    assert plans[mx] == {"erisa_group"} and states[mx] == {"MD", "VA", "DC"} and regions[mx] == {"Mid-Atlantic States"}
    assert kinds[mx] == {"initial_denial", "partial_denial"} and cats[mx] == {"medical_necessity"}
    for t in BLIND12:
        assert urg[t] == {"standard", "expedited"}, t
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
        if t != es:
            assert langs[t] == {"en"}
    assert reviewers == {True, False}


def test_blind12_letters_read_as_their_kind():
    from analyzer.samplegen.blind12 import parse_blind12_date

    tops, shorts = set(), set()
    for seed in range(12):
        # Colorado: the boxed two-column grid, CPT table with modifier and units, ICD-10-CM table
        spec = generate(seed, template="blind12_co_commercial_surgery")
        tr, txt = spec.truth, norm(spec.text)
        grid = [p.rows for p in spec.pages[:1]][0]
        assert any(len(r.segs) == 4 and r.text.startswith(("Member ", "Request number")) for r in grid), seed
        assert "CPT Mod" in txt and "Units Description" in txt and "ICD-10-CM Description" in txt
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes & {"29881", "63047", "22630", "42145", "64582", "29827"}
        assert ("502(a)" in txt) == (tr["plan_type"] == "erisa_group")
        if tr["reviewer"]:
            tops.add(spec.layout == "co_grid_sig_top")
        if tr["letter_kind"] == "partial_denial":
            assert "Approved" in txt and "Denied" in txt
        # Georgia: numbered sections, the admission date, the last covered day, reconsideration
        spec = generate(seed, template="blind12_ga_ma_concurrent_inpatient")
        tr, txt = spec.truth, norm(spec.text)
        assert re.search(r"(^|\n)(1\. |Section 1 \u2013 |1 \| )", spec.text) and "reconsideration" in txt
        assert tr["dates"]["service"] and spec.spans("DATE_SERVICE") and "1-800-MEDICARE" in txt
        assert re.search(r"(last day we will pay for is|coverage ends after|Covered through) ", txt, re.I)
        # Medi-Cal: Spanish only, HCPCS table, day-first numeric dates and dates in words
        spec = generate(seed, template="blind12_medi_cal_spanish_dme")
        tr, txt = spec.truth, norm(spec.text)
        assert "Código HCPCS Descripción Cantidad Decisión" in txt and "Audiencia Estatal" in txt
        assert all(re.fullmatch(r"[A-Z]\d{4}", c) for s in tr["services"] for c in s["codes"])
        assert "Dear" not in txt and "appeal" not in txt.lower()
        for lab, key in (("DATE_LETTER", "letter"), ("DATE_RECEIVED", "request_received")):
            for v in spec.spans(lab):
                assert parse_blind12_date(v, dayfirst=True).isoformat() == tr["dates"][key]
        assert re.search(r"\b\d{2}[/-]\d{2}[/-]\d{4}\b", txt) and re.search(r"\d{1,2} de [a-z]+ de \d{4}", txt)
        # Mid-Atlantic: the letter, a cc to the provider, enclosures, a question-and-answer summary page
        spec = generate(seed, template="blind12_mid_atlantic_erisa_infusion")
        tr, txt = spec.truth, norm(spec.text)
        assert spec.truth["pages"] >= 2 and "Clinical Review Summary" in spec.text.split("\f", 1)[1].title()
        assert re.search(r"cc: .*" + re.escape(tr["requesting_provider"]), txt) and re.search(r"Encl", txt)
        assert re.search(r"(Q: |Question 1: |1\. )What was requested\?", txt)
        assert "REASON" in {lab for lab, s, e in spec.annotations if "\f" in spec.text[:s]}  # on the summary page
        shorts.add(bool(re.search(r"\b\d{1,2}/\d{1,2}/\d{2}\b", txt)))
        if tr["letter_kind"] == "partial_denial" and "notice.reason_specific" not in tr["defects"]:
            assert re.search(r"(at home|infusion center)", tr["denial_reason"])
    assert tops == {True, False} and shorts == {True}


def test_blind12_planted_defects():
    import datetime as dt

    for seed in range(4):
        spec = generate(seed, template="blind12_ga_ma_concurrent_inpatient", defects=["medicare.internal_criteria"])
        assert spec.truth["criteria_cited"] and not any("CFR" in c for c in spec.truth["criteria_cited"])
        spec = generate(seed, template="blind12_ga_ma_concurrent_inpatient", defects=[])
        assert any("42 CFR" in c for c in spec.truth["criteria_cited"])
        for t in BLIND12:
            spec = generate(seed, template=t, defects=["notice.reason_specific"])
            assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
            assert "notice.clinical_rationale" in spec.truth["expected_flags"]
            spec = generate(seed, template=t, defects=["notice.criteria_cited"])
            assert not spec.truth["criteria_cited"] and not re.search(r"InterQual|MCG|Guideline|42 CFR|Criterios "
                                                                      r"Regionales", spec.text)
            spec = generate(seed, template=t, defects=["process.reviewer_not_physician"])
            r = spec.truth["reviewer"]
            assert r and r["specialty"] is None and r["credentials"] in (None, "RN")
            spec = generate(seed, template=t, defects=["notice.language_assistance"])
            assert "ATENCIÓN" not in spec.text and "ATTENTION" not in spec.text and "interpret" not in spec.text.lower()
            assert "intérprete" not in spec.text
            spec = generate(seed, template=t, defects=["notice.appeal_deadline"])
            assert spec.truth["stated_appeal_deadline_days"] < {"medicare_advantage": 60, "medi_cal": 60}.get(
                spec.truth["plan_type"], 180)
            if t == "blind12_ga_ma_concurrent_inpatient":
                continue
            spec = generate(seed, template=t, defects=["process.decision_untimely"])
            d, tr = spec.truth["dates"], spec.truth
            elapsed = (dt.date.fromisoformat(d["decision"] or d["letter"]) - dt.date.fromisoformat(d["request_received"]))
            late = 3 if tr["urgency"] == "expedited" else (5 if tr["plan_type"] == "medi_cal" else 15)
            assert elapsed.days > late, (t, seed, elapsed)


def test_blind12_compliant_letters_carry_required_pieces():
    for t in BLIND12:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["denial_category"] == "medical_necessity":
                assert tr["criteria_cited"], (t, seed)
            if t == "blind12_co_commercial_surgery":
                assert tr["stated_appeal_deadline_days"] == 180 and "4 months" in txt and "ATENCIÓN" in txt
                assert "www.dol.gov/ebsa" in txt if tr["plan_type"] == "erisa_group" else "Division of Insurance" in txt
                if tr["plan_type"] == "commercial_hmo":
                    assert "72 hours" in txt
            elif t == "blind12_ga_ma_concurrent_inpatient":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "72 hours" in txt
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "ATENCIÓN" in txt
            elif t == "blind12_medi_cal_spanish_dme":
                for item in ("1-888-466-2219", "1-877-688-9891", "www.dmhc.ca.gov", "Revisión Médica Independiente",
                             "Audiencia Estatal", "120 días", "10 días", "72 horas", "(800) 743-8525", "請注意"):
                    assert item in txt, (seed, item)
                assert tr["stated_appeal_deadline_days"] == 60 and tr["language"] == "es"
            else:
                assert "502(a)" in txt and "4 months" in txt and "1-866-444-EBSA" in txt and "ATENCIÓN" in txt
                assert tr["stated_appeal_deadline_days"] == 180


# --- thirteenth blind set (analyzer/samplegen/blind13.py): written without sight of the extractor; measured once ----


def test_blind13_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind12 import STYLES as B12_STYLES
    from analyzer.samplegen.blind13 import STYLES, b13date, parse_blind13_date

    d = dt.date(2026, 3, 14)
    assert b13date(d, "long") == "March 14, 2026" and b13date(d, "dmy") == "14 March 2026"
    assert b13date(d, "ord") == "March 14th, 2026" and b13date(d, "upper") == "MARCH 14, 2026"
    assert b13date(d, "mon3") == "Mar 14, 2026" and b13date(d, "mdy") == "03/14/2026"
    assert b13date(d, "mdyd") == "03-14-2026" and b13date(d, "ymds") == "2026/03/14"
    assert b13date(dt.date(2026, 3, 1), "ord") == "March 1st, 2026" and b13date(dt.date(2026, 3, 12), "ord") == (
        "March 12th, 2026") and b13date(dt.date(2026, 3, 23), "ord") == "March 23rd, 2026"
    assert set(STYLES) - set(B12_STYLES)  # at least one style the twelfth set never printed
    _assert_dates_round_trip(b13date, parse_blind13_date, STYLES, d)
    for day in range(1, 32):
        assert parse_blind13_date(b13date(dt.date(2026, 1, day), "ord")) == dt.date(2026, 1, day)
    assert parse_blind13_date("March 14rd, 2026") is None and parse_blind13_date("02/31/2026") is None
    assert parse_blind13_date("Marc 14, 2026") is None and parse_blind13_date("14/03/2026") is None


def test_blind13_compliant_letters_carry_required_pieces():
    for t in BLIND13:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["denial_category"] in ("medical_necessity", "experimental_investigational"):
                assert tr["criteria_cited"], (t, seed)
            if t == "blind13_wa_adolescent_iop":
                for item in ("1-888-901-4636", "72 hours", "4 months", "independent review organization",
                             "Insurance Commissioner", "español", "free copies" if "free copies" in txt else "free"):
                    assert item in txt, (seed, item)
                assert tr["stated_appeal_deadline_days"] == 180
            elif t == "blind13_ca_genetic_test_lab":
                for item in ("1-888-466-2219", "1-877-688-9891", "www.dmhc.ca.gov", "Independent Medical Review",
                             "1-800-464-4000", "1-888-804-3536", "6 months", "español", "cc: "):
                    assert item in txt, (seed, item)
                assert tr["stated_appeal_deadline_days"] == 180 and tr["reviewer"] and tr["reviewer"]["phone"]
            elif t == "blind13_ma_part_d_coverage_determination":
                for item in ("1-800-MEDICARE", "1-877-486-2048", "Independent Review Entity", "72 hours",
                             "Administrative Law Judge", "date of this notice", "español"):
                    assert item in txt, (seed, item)
                assert tr["stated_appeal_deadline_days"] in (60, 65)
                assert "DMHC" not in txt and "Independent Medical Review" not in txt  # no California HMO rights
            elif t == "blind13_ga_er_claim_out_of_area":
                for item in ("This is not a bill", "4 months", "independent review organization",
                             "Commissioner of Insurance", "Evidence of Coverage", "español", "treatment codes"):
                    assert item.lower() in txt.lower(), (seed, item)
                assert tr["stated_appeal_deadline_days"] == 180 and "$" in txt


def test_blind13_wa_letters_go_to_a_parent_about_a_teen():
    import datetime as dt

    seen_modes, kinds = set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind13_wa_adolescent_iop")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["region"] == "Washington" and tr["state"] == "WA" and tr["plan_type"] == "commercial_hmo"
        assert re.search(r"parent or guardian|parent/guardian", txt, re.I)
        first = tr["member"]["name"].split()[0]
        greeting = re.search(r"Dear ([^:,\n]+)[:,]", spec.text)[1]
        assert norm(tr["member"]["name"]) not in greeting and greeting != first  # the letter greets the parent
        assert {c for s in tr["services"] for c in s["codes"]} <= {"H0035", "S9480"}
        assert all(d["codes"][0].startswith("F") for d in tr["diagnoses"])
        kinds.add(tr["letter_kind"])
        if tr["letter_kind"] == "partial_denial":
            seen_modes.add(len({c for s in tr["services"] for c in s["codes"]}))
        dob = re.search(r"Date of birth:? (\S+ \S+ \S+|\S+)", spec.text, re.I)
        assert dob and dt.date.fromisoformat(tr["dates"]["letter"]).year - int(dob[1][-4:]) in range(12, 19)
    assert kinds == {"initial_denial", "partial_denial"} and seen_modes == {1, 2}


def test_blind13_planted_defects():
    import datetime as dt

    for seed in range(4):
        for t in BLIND13:
            tr = generate(seed, template=t).truth
            if tr["letter_kind"] == "payment_denial":
                continue
            spec = generate(seed, template=t, defects=["notice.reason_specific"])
            assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
            spec = generate(seed, template=t, defects=["notice.language_assistance"])
            low = spec.text.lower()
            assert "español" not in low and "interpret" not in low and "中文" not in spec.text
            spec = generate(seed, template=t, defects=["notice.appeal_deadline"])
            assert spec.truth["stated_appeal_deadline_days"] < {"medicare_advantage": 60}.get(
                spec.truth["plan_type"], 180)
            spec = generate(seed, template=t, defects=["process.decision_untimely"])
            d, tr = spec.truth["dates"], spec.truth
            elapsed = (dt.date.fromisoformat(d["decision"] or d["letter"]) - dt.date.fromisoformat(d["request_received"]))
            late = 3 if tr["urgency"] == "expedited" else (5 if tr["state"] == "CA" else 14)
            assert elapsed.days > late, (t, seed, elapsed)
            if tr["denial_category"] in ("medical_necessity", "experimental_investigational"):
                spec = generate(seed, template=t, defects=["process.reviewer_not_physician"])
                r = spec.truth["reviewer"]
                assert r and r["specialty"] is None and r["credentials"] in (None, "RN")
        spec = generate(seed, template="blind13_wa_adolescent_iop", defects=["notice.criteria_cited"])
        assert not spec.truth["criteria_cited"] and not re.search(r"CALOCUS|InterQual|MCG|Guideline|criteria applied",
                                                                  spec.text)
        spec = generate(seed, template="blind13_wa_adolescent_iop", defects=["notice.expedited_review"])
        assert not re.search(r"expedited|urgent|72 hours", spec.text, re.I)


def test_blind13_ca_genetic_determination_reads_as_its_kind():
    cats, layouts = set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind13_ca_genetic_test_lab")
        tr, txt = spec.truth, norm(spec.text)
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        assert "Determination" in txt and "CPT Units Test Determination" in txt
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert codes and all(re.fullmatch(r"81\d{3}", c) for c in codes)
        # the copy to the ordering clinician names them, and a reviewer with a direct line always signs
        assert re.search(r"cc: " + re.escape(tr["requesting_provider"]), txt)
        assert tr["reviewer"] and tr["reviewer"]["phone"] in txt
        if tr["denial_category"] == "experimental_investigational" and "notice.reason_specific" not in tr["defects"]:
            assert "without first filing a grievance" in txt or "do not have to complete our grievance" in txt
        if tr["letter_kind"] == "partial_denial":
            assert "Approved" in txt and "Denied" in txt
        if "81416" in codes:
            assert re.search(r"81416 2 ", txt)  # comparator exomes are two units
    assert cats == {"medical_necessity", "experimental_investigational"} and len(layouts) == 3
    # a germline test is no therapy for a terminal illness: that rule is never planted in this template
    spec = generate(2, template="blind13_ca_genetic_test_lab", defects=["experimental.terminal_illness_rights"])
    assert "experimental.terminal_illness_rights" not in spec.truth["defects"] + spec.truth["expected_flags"]
    for seed in range(4):
        spec = generate(seed, template="blind13_ca_genetic_test_lab", defects=["notice.dmhc_statement"])
        assert "dmhc.ca.gov" not in spec.text and "notice.dmhc_statement" in spec.truth["expected_flags"]
        spec = generate(seed, template="blind13_ca_genetic_test_lab", defects=["notice.criteria_cited"])
        assert not spec.truth["criteria_cited"] and not re.search(r"NCCN|CPIC|ACMG|Guideline|Assessment:", spec.text)


def test_blind13_part_d_notice_reads_as_its_kind():
    types, cats, kinds, states, layouts = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind13_ma_part_d_coverage_determination")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and "Medicare" in txt and "Senior Advantage" in txt
        cats.add(tr["denial_category"])
        kinds.add(tr["letter_kind"])
        states.add(tr["state"])
        layouts.add(spec.layout)
        m = re.search(r"(Prior authorization|Quantity limit exception|Formulary exception|Tier exception)", txt)
        assert m
        types.add(m[1])
        assert all(s["codes"] == [] for s in tr["services"])  # drugs carry no procedure codes
        assert re.search(r"Drug Strength Form Quantity|Strength \S", txt) and re.search(r"\d+ (mg|mcg)", txt)
        if m[1] in ("Formulary exception", "Tier exception"):
            assert tr["denial_category"] == "not_covered" and not tr["criteria_cited"]
        if tr["letter_kind"] == "partial_denial":
            assert m[1] == "Quantity limit exception" and re.search(r"[Aa]pproved", txt)
        assert "1-800-443-0815" in txt if tr["state"] == "CA" else "1-888-901-4600" in txt
    assert types == {"Prior authorization", "Quantity limit exception", "Formulary exception", "Tier exception"}
    assert cats == {"medical_necessity", "not_covered"} and kinds == {"initial_denial", "partial_denial"}
    assert states == {"CA", "WA"} and len(layouts) == 3
    for seed in range(4):
        spec = generate(seed, template="blind13_ma_part_d_coverage_determination",
                        defects=["medicare.internal_criteria"])
        assert spec.truth["criteria_cited"] and all("internal" in c for c in spec.truth["criteria_cited"])
        assert "medicare.internal_criteria" in spec.truth["expected_flags"]
        spec = generate(seed, template="blind13_ma_part_d_coverage_determination", defects=["notice.criteria_cited"])
        assert not spec.truth["criteria_cited"] and "criteria:" not in spec.text and "guideline" not in spec.text
        spec = generate(seed, template="blind13_ma_part_d_coverage_determination", defects=["notice.expedited_review"])
        assert not re.search(r"expedited|fast appeal|72 hours|urgent", spec.text, re.I)


def test_blind13_ga_eob_pays_some_lines_and_denies_others():
    cats, layouts = set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind13_ga_er_claim_out_of_area")
        tr, txt = spec.truth, norm(spec.text)
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        assert tr["letter_kind"] == "payment_denial" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["dates"]["service"] and spec.spans("DATE_SERVICE") and tr["requesting_provider"]
        assert re.search(r", (FL|NC|SC|TN|LA)\b", txt)  # the hospital is out of the service area
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert codes[0] in ("99284", "99285") and len(codes) >= 3
        # the claim-line table and the remark legend are real tables (cells side by side on one printed row)
        rows = [r for p in spec.pages for r in p.rows]
        head = next(r for r in rows if r.text.startswith("Date Code Service"))
        assert len(head.segs) >= 5 and "Remark" in head.text
        legend = next(r for r in rows if r.text.startswith("Code Meaning"))
        assert len(legend.segs) == 2
        if "notice.claim_identification" not in tr["defects"]:
            assert re.search(r"Billed Allowed (Plan paid )?You owe Remark", txt) and "Totals" in txt
            assert re.search(r"PR-3", txt) or "process.emergency_prior_auth" in tr["defects"]
        if tr["defects"] == []:
            assert re.search(r"CO-(18|242|197)", txt) and "PR-3" in txt  # some lines paid, some denied
    assert cats == {"out_of_network", "no_prior_authorization", "administrative"} and len(layouts) == 3
    for seed in range(4):
        spec = generate(seed, template="blind13_ga_er_claim_out_of_area", defects=["process.emergency_prior_auth"])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["denial_category"] == "no_prior_authorization" and "process.emergency_prior_auth" in tr["expected_flags"]
        assert "CO-197" in txt and "PR-3" not in txt and "authorization" in tr["denial_reason"]
        assert "Emergency care is covered anywhere" not in txt
        spec = generate(seed, template="blind13_ga_er_claim_out_of_area", defects=["notice.claim_identification"])
        assert "$" not in spec.text and "Billed Allowed" not in spec.text and "treatment codes" not in spec.text
        spec = generate(seed, template="blind13_ga_er_claim_out_of_area", defects=["notice.language_assistance"])
        assert "español" not in spec.text and "interpret" not in spec.text.lower()
        spec = generate(seed, template="blind13_ga_er_claim_out_of_area", defects=["notice.appeal_deadline"])
        assert spec.truth["stated_appeal_deadline_days"] < 180


def test_blind13_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND13}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["language"] == "en"
        assert tr["stated_appeal_deadline_days"] is not None and tr["services"] and tr["diagnoses"], (t, seed)
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)
        if t != "blind13_ma_part_d_coverage_determination":  # drugs carry no procedure code
            assert all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND13, each=each)
    wa, ca, pd, ga = BLIND13
    assert plans[wa] == {"commercial_hmo"} and states[wa] == {"WA"} and cats[wa] == {"medical_necessity"}
    assert plans[ca] == {"commercial_hmo"} and states[ca] == {"CA"}
    assert cats[ca] == {"medical_necessity", "experimental_investigational"}
    assert plans[pd] == {"medicare_advantage"} and states[pd] == {"CA", "WA"}
    assert cats[pd] == {"medical_necessity", "not_covered"}
    assert plans[ga] == {"commercial_hmo"} and states[ga] == {"GA"} and kinds[ga] == {"payment_denial"}
    for t in (wa, ca, pd):
        assert kinds[t] == {"initial_denial", "partial_denial"} and urg[t] == {"standard", "expedited"}, t
    assert urg[ga] == {"standard"}
    for t in BLIND13:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


def test_blind13_letters_planted_without_criteria_never_point_at_them():
    """A letter planted without criteria names none and does not half-restore them ('the guideline says ...')."""
    for t in BLIND13[:3]:
        for seed in range(12):
            spec = generate(seed, template=t, defects=["notice.criteria_cited"])
            assert not spec.truth["criteria_cited"] and "notice.criteria_cited" in spec.truth["expected_flags"]
            assert not re.search(r"criteria|guideline", spec.text, re.I), (t, seed)


# --- fourteenth blind set (analyzer/samplegen/blind14.py): written without sight of the extractor; measured once ----


def test_blind14_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind13 import STYLES as B13_STYLES
    from analyzer.samplegen.blind14 import STYLES, STYLES_ES, b14date, parse_blind14_date

    d = dt.date(2025, 3, 5)
    assert b14date(d, "long") == "March 5, 2025" and b14date(d, "mdy") == "03/05/2025"
    assert b14date(d, "dmon3") == "5 Mar 2025" and b14date(d, "mon3p") == "Mar. 5, 2025"
    assert b14date(dt.date(2025, 5, 5), "mon3p") == "May 5, 2025" and b14date(d, "dmonu") == "05-MAR-2025"
    assert b14date(d, "weekday") == "Wednesday, March 5, 2025" and b14date(d, "iso") == "2025-03-05"
    assert b14date(d, "es_long") == "5 de marzo de 2025" and b14date(d, "es_num") == "05/03/2025"
    assert b14date(d, "es_dia") == "miércoles, 5 de marzo de 2025" and b14date(d, "es_abbr") == "5-mar-2025"
    assert set(STYLES) - set(B13_STYLES)  # at least one style the thirteenth set never printed
    _assert_dates_round_trip(b14date, parse_blind14_date, STYLES, d)
    _assert_dates_round_trip(b14date, lambda t: parse_blind14_date(t, dayfirst=True), STYLES_ES, d)
    assert parse_blind14_date("05/03/2025") == dt.date(2025, 5, 3)
    assert parse_blind14_date("05/03/2025", dayfirst=True) == dt.date(2025, 3, 5)
    assert parse_blind14_date("Tuesday, March 5, 2025") is None and parse_blind14_date("Mar 5, 2025") is None
    assert parse_blind14_date("martes, 5 de marzo de 2025") is None and parse_blind14_date("31/02/2025", True) is None
    assert parse_blind14_date("5 de marzzo de 2025") is None


def test_blind14_ncal_grievance_reads_as_its_kind():
    cats, layouts, parts, crit_sets = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind14_ncal_grievance_resolution")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["letter_kind"] == "grievance_decision" and tr["region"] == "Northern California"
        assert tr["state"] == "CA" and tr["plan_type"] == "commercial_hmo" and tr["dates"]["request_received"]
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        assert re.search(r"grievance", txt, re.I) and "Independent Medical Review" in txt
        assert re.search(r"What we reviewed|Information we considered|Records reviewed", txt)
        assert tr["stated_appeal_deadline_days"] == 180 and re.search(r"(six months|6 months|180 days)", txt)
        assert all(s["codes"] for s in tr["services"]) and all(d["codes"] for d in tr["diagnoses"])
        parts.add("Approved" in txt or "approved" in tr["denial_reason"])
        if tr["denial_category"] == "not_covered":
            assert ("Evidence of Coverage" in tr["denial_reason"]) != ("notice.plan_provision" in tr["defects"])
            assert not tr["criteria_cited"]
        if tr["denial_category"] == "out_of_network":
            assert "not a Plan provider" in txt and not tr["criteria_cited"]
        crit_sets.add(len(tr["criteria_cited"]))
    assert cats == {"medical_necessity", "experimental_investigational", "not_covered", "out_of_network"}
    assert len(layouts) == 3 and parts == {True, False} and crit_sets >= {0, 1, 2}
    for seed in range(4):
        spec = generate(seed, template="blind14_ncal_grievance_resolution",
                        defects=["mh_parity.non_association_criteria"])
        tr = spec.truth
        assert "H0018" in {c for s in tr["services"] for c in s["codes"]}
        assert tr["criteria_cited"] and all(re.search("InterQual|MCG", c) for c in tr["criteria_cited"])
        spec = generate(seed, template="blind14_ncal_grievance_resolution", defects=[])
        if "H0018" in {c for s in spec.truth["services"] for c in s["codes"]}:
            assert all("LOCUS" in c for c in spec.truth["criteria_cited"])
        spec = generate(seed, template="blind14_ncal_grievance_resolution", defects=["notice.plan_provision"])
        assert spec.truth["denial_category"] == "not_covered" and "Evidence of Coverage" not in spec.text
        assert not re.search(r"\bEOC\b|Exclusions section", spec.text)
        spec = generate(seed, template="blind14_ncal_grievance_resolution", defects=["notice.criteria_cited"])
        assert not spec.truth["criteria_cited"] and not re.search(r"criteria|guideline|InterQual|MCG|LOCUS|"
                                                                  r"Assessment|Committee|ASTRO", spec.text, re.I)
        spec = generate(seed, template="blind14_ncal_grievance_resolution", defects=["process.decision_untimely"])
        d = spec.truth["dates"]
        import datetime as dt
        late = 3 if spec.truth["urgency"] == "expedited" else 30
        assert (dt.date.fromisoformat(d["decision"] or d["letter"]) - dt.date.fromisoformat(
            d["request_received"])).days > late
        spec = generate(seed, template="blind14_ncal_grievance_resolution", defects=["notice.consumer_assistance"])
        assert "1-888-804-3536" not in spec.text and "Health Consumer Alliance" not in spec.text


def test_blind14_fehb_drug_reads_as_its_kind():
    import datetime as dt

    layouts, kinds, cats, states, drugs = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind14_fehb_specialty_drug")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "fehb" and tr["region"] in ("Mid-Atlantic States", "Colorado")
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        cats.add(tr["denial_category"])
        states.add(tr["state"])
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes <= {"J0135", "J3357", "J2357", "J2182", "J2941", "J1745"}
        drugs.add(bool(codes))
        assert "Federal Employees Health Benefits" in txt or "FEHB" in txt
        assert "1-800-777-7902" in txt if tr["region"] == "Mid-Atlantic States" else "303-338-3800" in txt
        assert "DMHC" not in txt and "Independent Medical Review" not in txt  # no California HMO rights
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180 and re.search(r"(6|six) months", txt)
        if "notice.external_review" not in tr["defects"]:
            assert "Office of Personnel Management" in txt and "1900 E Street NW" in txt
        if "notice.reason_specific" not in tr["defects"]:
            assert "Section 5(f)" in txt and tr["criteria_cited"]
        if tr["letter_kind"] == "partial_denial":
            assert "Approved" in txt and "Denied" in txt and len(tr["services"]) == 2
        if tr["denial_category"] == "experimental_investigational" and not tr["defects"]:
            assert "FDA" in tr["denial_reason"]
        if "process.decision_untimely" in tr["defects"]:
            d = tr["dates"]
            late = 3 if tr["urgency"] == "expedited" else 14
            assert (dt.date.fromisoformat(d["decision"] or d["letter"])
                    - dt.date.fromisoformat(d["request_received"])).days > late
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"}
    assert cats == {"medical_necessity", "experimental_investigational"} and len(states) >= 3 and drugs == {True, False}
    for seed in range(4):
        spec = generate(seed, template="blind14_fehb_specialty_drug", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
        assert "notice.clinical_rationale" in spec.truth["expected_flags"]
        spec = generate(seed, template="blind14_fehb_specialty_drug", defects=["notice.appeal_deadline"])
        assert spec.truth["stated_appeal_deadline_days"] < 180 and "months" not in spec.spans("APPEAL_DAYS")[0]
        spec = generate(seed, template="blind14_fehb_specialty_drug", defects=["notice.language_assistance"])
        assert "ATENCIÓN" not in spec.text and "interpret" not in spec.text.lower()


def test_blind14_md_medicaid_sud_reads_as_its_kind():
    import datetime as dt

    layouts, kinds, modes, urg = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind14_md_medicaid_residential_sud")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "MD" and tr["region"] == "Mid-Atlantic States"
        assert "HealthChoice" in txt and tr["denial_category"] == "medical_necessity"
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        urg.add(tr["urgency"])
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert set(codes) <= {"H0010", "H2036", "H0018", "H0019", "H0015"}
        assert all(d["codes"][0][:3] in ("F10", "F11", "F14", "F15", "F41", "F33") for d in tr["diagnoses"])
        assert re.search(r"Service Code Requested Approved", txt)  # the small requested/approved table
        if tr["letter_kind"] == "partial_denial":
            modes.add(len(tr["services"]))
            if len(tr["services"]) == 1:
                assert re.search(r"\b\d+ days \d+ days\b", txt) and tr["dates"]["service"]
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        if "notice.external_review" not in tr["defects"]:
            assert "State Fair Hearing" in txt
        if "notice.continuation_of_benefits" not in tr["defects"]:
            assert "10 days" in txt
        if "notice.expedited_review" not in tr["defects"]:
            assert "72 hours" in txt
        if not set(tr["defects"]) & {"notice.criteria_cited", "notice.reason_specific"}:
            assert tr["criteria_cited"] and all("ASAM" in c for c in tr["criteria_cited"])
            assert "ASAM Level" in txt
        else:
            assert not tr["criteria_cited"] and "ASAM" not in spec.text and "dimension" not in spec.text
        if "process.decision_untimely" in tr["defects"]:
            d = tr["dates"]
            late = 3 if tr["urgency"] == "expedited" else 14
            assert (dt.date.fromisoformat(d["decision"] or d["letter"])
                    - dt.date.fromisoformat(d["request_received"])).days > late
        assert "DMHC" not in txt and "Independent Medical Review" not in txt
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"} and modes == {1, 2}
    assert urg == {"standard", "expedited"}
    for seed in range(4):
        spec = generate(seed, template="blind14_md_medicaid_residential_sud", defects=["notice.expedited_review"])
        assert not re.search(r"expedited|fast appeal|72 hours|urgent", spec.text, re.I)
        spec = generate(seed, template="blind14_md_medicaid_residential_sud",
                        defects=["notice.continuation_of_benefits"])
        assert spec.truth["letter_kind"] == "initial_denial" and "10 days" not in spec.text
        assert "keep getting" not in spec.text
        spec = generate(seed, template="blind14_md_medicaid_residential_sud", defects=["process.reviewer_not_physician"])
        r = spec.truth["reviewer"]
        assert r and r["specialty"] is None and r["credentials"] in (None, "RN")
        spec = generate(seed, template="blind14_md_medicaid_residential_sud", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]


def test_blind14_spanish_referral_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind14 import parse_blind14_date

    layouts, kinds, cats, shapes = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind14_spanish_fax_referral")
        tr, txt = spec.truth, norm(spec.text)
        pages = spec.page_texts()
        assert tr["language"] == "es" and tr["state"] == "CO" and tr["region"] == "Colorado"
        assert tr["plan_type"] == "commercial_hmo" and not tr["criteria_cited"]
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        cats.add(tr["denial_category"])
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes and codes <= {"99204", "95810", "97110", "17311"} and "Member:" not in spec.text.split("Estimado")[1][:20]
        for v in spec.spans("DATE_LETTER"):
            shapes.add(re.sub(r"\d", "9", re.sub(r"[a-zA-Zé]+", "a", v)))
            assert parse_blind14_date(v, dayfirst=True).isoformat() == tr["dates"]["letter"]
        letter = "\f".join(pages[1:]) if spec.layout == "co_fax_cover" else spec.text
        assert "Estimado" in letter and "Dear" not in spec.text and "Atentamente" in letter
        if spec.layout == "co_fax_cover":
            assert "FAX TRANSMITTAL" in pages[0] and "Estimado" not in pages[0]
            assert re.search(r"CONFIDENTIAL", pages[0])
            assert f"Pages: {tr['pages']} (including cover)" in norm(pages[0])
            assert re.search(r"P\.1/\d", pages[0])
        if tr["letter_kind"] == "delay_notice":
            assert tr["denial_category"] == "administrative" and tr["dates"]["decision"] is None
            assert tr["stated_appeal_deadline_days"] is None and "queja" in txt
            assert ("más tardar" in txt) != ("notice.delay_requirements" in tr["defects"])
        else:
            assert tr["denial_category"] == "out_of_network" and "no es un proveedor del Plan" in txt or (
                "no forma parte de la red" in txt)
            if "notice.appeal_deadline" not in tr["defects"]:
                assert tr["stated_appeal_deadline_days"] == 180 and "180 días" in txt
            if "notice.external_review" not in tr["defects"]:
                assert "revisión independiente" in txt and "4 meses" in txt
            if "notice.expedited_review" not in tr["defects"]:
                assert "72 horas" in txt
            if "notice.consumer_assistance" not in tr["defects"]:
                assert "División de Seguros de Colorado" in txt
            if "process.decision_untimely" in tr["defects"]:
                d = tr["dates"]
                late = 3 if tr["urgency"] == "expedited" else 14
                assert (dt.date.fromisoformat(d["decision"] or d["letter"])
                        - dt.date.fromisoformat(d["request_received"])).days > late
        if "notice.language_assistance" not in tr["defects"]:
            assert "ATTENTION: If you speak English" in txt
    assert len(layouts) == 3 and kinds == {"initial_denial", "delay_notice"}
    assert cats == {"out_of_network", "administrative"} and "99/99/9999" in shapes and any(
        x.endswith(" a a a 9999") for x in shapes)
    for seed in range(4):
        spec = generate(seed, template="blind14_spanish_fax_referral", defects=["notice.expedited_review"])
        assert not re.search(r"acelerad|urgent|72 horas|expedit", spec.text, re.I)
        spec = generate(seed, template="blind14_spanish_fax_referral", defects=["notice.external_review"])
        assert not re.search(r"revisión externa|independiente|external review", spec.text, re.I)
        spec = generate(seed, template="blind14_spanish_fax_referral", defects=["notice.delay_requirements"])
        assert spec.truth["letter_kind"] == "delay_notice" and "más tardar" not in spec.text
        assert "\n- " not in spec.text
        spec = generate(seed, template="blind14_spanish_fax_referral", defects=["notice.language_assistance"])
        assert "ATTENTION" not in spec.text and "intérprete" not in spec.text and "Asistencia con el idioma" not in (
            spec.text)


def test_blind14_compliant_letters_carry_required_pieces():
    for t in BLIND14:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["denial_category"] in ("medical_necessity", "experimental_investigational"):
                assert tr["criteria_cited"], (t, seed)
            if t == "blind14_ncal_grievance_resolution":
                for item in ("1-888-466-2219", "1-877-688-9891", "www.dmhc.ca.gov", "Independent Medical Review",
                             "1-800-464-4000", "1-888-804-3536", "ATENCIÓN", "free"):
                    assert item in txt, (seed, item)
                assert tr["stated_appeal_deadline_days"] == 180
            elif t == "blind14_fehb_specialty_drug":
                for item in ("Office of Personnel Management", "30 days", "Section 5(f)", "Section 8", "ATENCIÓN",
                             "free"):
                    assert item in txt, (seed, item)
                assert tr["stated_appeal_deadline_days"] == 180 and re.search(r"(six|6) months", txt)
            elif t == "blind14_md_medicaid_residential_sud":
                for item in ("State Fair Hearing", "72 hours", "10 days", "30", "ASAM", "free", "ATENCIÓN",
                             "1-800-777-7902"):
                    assert item in txt, (seed, item)
                assert tr["stated_appeal_deadline_days"] == 60
            else:
                assert "ATTENTION: If you speak English" in txt and tr["language"] == "es"
                if tr["letter_kind"] != "delay_notice":
                    for item in ("180 días", "72 horas", "revisión independiente", "4 meses",
                                 "División de Seguros de Colorado"):
                        assert item in txt, (seed, item)
                else:
                    assert "más tardar" in txt and "queja" in txt


def test_blind14_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND14}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)
        if t != "blind14_fehb_specialty_drug":  # a weight-management pen has no J-code
            assert all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == ("es" if t == "blind14_spanish_fax_referral" else "en")

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND14, each=each)
    nc, fe, md, co = BLIND14
    assert plans[nc] == {"commercial_hmo"} and states[nc] == {"CA"} and kinds[nc] == {"grievance_decision"}
    assert len(cats[nc]) == 4
    assert plans[fe] == {"fehb"} and states[fe] <= {"MD", "VA", "DC", "CO"} and "CO" in states[fe]
    assert kinds[fe] == {"initial_denial", "partial_denial"}
    assert plans[md] == {"medicaid"} and states[md] == {"MD"} and kinds[md] == {"initial_denial", "partial_denial"}
    assert plans[co] == {"commercial_hmo"} and states[co] == {"CO"} and kinds[co] == {"initial_denial", "delay_notice"}
    for t in (nc, fe, md):
        assert urg[t] == {"standard", "expedited"}, t
    for t in BLIND14:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


# --- fifteenth blind set (analyzer/samplegen/blind15.py): written without sight of the extractor; measured once -----


def _b15_late(tr) -> int:
    import datetime as dt

    d = tr["dates"]
    return (dt.date.fromisoformat(d["decision"] or d["letter"]) - dt.date.fromisoformat(d["request_received"])).days


def test_blind15_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind14 import STYLES as B14_STYLES
    from analyzer.samplegen.blind15 import STYLES, b15date, parse_blind15_date

    d = dt.date(2025, 3, 5)
    assert b15date(d, "long") == "March 5, 2025" and b15date(d, "mdy") == "03/05/2025"
    assert b15date(d, "mdy1") == "3/5/2025" and b15date(d, "upper") == "MAR 05 2025"
    assert b15date(d, "wd3") == "Wed, Mar 5, 2025" and b15date(d, "dmy") == "5 March 2025"
    assert b15date(d, "ord") == "March 5th, 2025" and b15date(d, "ymd") == "2025/03/05"
    assert b15date(dt.date(2025, 3, 22), "ord") == "March 22nd, 2025"
    assert b15date(dt.date(2025, 3, 11), "ord") == "March 11th, 2025"
    assert b15date(dt.date(2025, 3, 1), "ord") == "March 1st, 2025"
    assert set(STYLES) - set(B14_STYLES)  # styles the fourteenth set never printed
    _assert_dates_round_trip(b15date, parse_blind15_date, STYLES, d)
    assert parse_blind15_date("Tue, Mar 5, 2025") is None and parse_blind15_date("March 5rd, 2025") is None
    assert parse_blind15_date("13/5/2025") is None and parse_blind15_date("MAR 5 2025") is None


def test_blind15_nw_imaging_reads_as_its_kind():
    layouts, kinds, plans, states, urg, p2p = set(), set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind15_nw_advanced_imaging")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["region"] == "Northwest" and tr["state"] in ("OR", "WA")
        assert tr["denial_category"] == "medical_necessity" and tr["requesting_provider"]
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        plans.add(tr["plan_type"])
        states.add(tr["state"])
        urg.add(tr["urgency"])
        assert re.search(r"peer-to-peer", txt, re.I)
        p2p.add(bool(tr["reviewer"] and tr["reviewer"]["phone"]))
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert set(codes) <= {"72158", "72148", "73721", "73562", "70553", "70551", "78452", "93350", "78815",
                              "71250", "75574"}
        assert "DMHC" not in txt and "Independent Medical Review" not in txt and "1-800-813-2000" not in txt
        if tr["letter_kind"] == "partial_denial":
            assert len(tr["services"]) == 2 and "Approved" in txt or "approved" in tr["denial_reason"]
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        else:
            assert tr["stated_appeal_deadline_days"] < 180
        if "notice.external_review" not in tr["defects"]:
            assert "independent review organization" in txt
        if "notice.expedited_review" not in tr["defects"]:
            assert "72 hours" in txt
        else:
            assert not re.search(r"expedited|72 hours|urgent", spec.text, re.I)
        if tr["plan_type"] == "erisa_group":
            assert "502(a)" in txt and "4 months" in txt or "notice.external_review" in tr["defects"]
        else:
            assert "502(a)" not in txt and "EBSA" not in txt
        if "process.decision_untimely" in tr["defects"]:
            assert _b15_late(tr) > (3 if tr["urgency"] == "expedited" else 15)
        if not set(tr["defects"]) & {"notice.criteria_cited", "notice.reason_specific"}:
            assert tr["criteria_cited"]
        else:
            rest = norm(spec.text).replace(norm(tr["denial_reason"]), "")
            assert not tr["criteria_cited"] and not re.search(r"criteria|guideline", rest, re.I)
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"}
    assert plans == {"commercial_hmo", "erisa_group"} and states == {"OR", "WA"} and urg == {"standard", "expedited"}
    assert p2p == {True, False}
    for seed in range(4):
        spec = generate(seed, template="blind15_nw_advanced_imaging", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
        assert "notice.clinical_rationale" in spec.truth["expected_flags"]
        spec = generate(seed, template="blind15_nw_advanced_imaging", defects=["process.reviewer_not_physician"])
        r = spec.truth["reviewer"]
        assert r and r["specialty"] is None and r["credentials"] in (None, "RN")
        spec = generate(seed, template="blind15_nw_advanced_imaging", defects=["notice.language_assistance"])
        assert "AVISO" not in spec.text and "nterpret" not in spec.text


def test_blind15_va_stimulator_reads_as_its_kind():
    layouts, kinds, urg, keys, signed = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind15_va_erisa_stimulator_attachment")
        tr, txt = spec.truth, norm(spec.text)
        pages = spec.page_texts()
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "VA" and tr["region"] == "Mid-Atlantic States"
        assert tr["denial_category"] == "medical_necessity" and tr["requesting_provider"]
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        urg.add(tr["urgency"])
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes <= {"63650", "63685", "64561", "64590", "62362"}
        keys.add(min(codes))
        # the rationale page comes after the rights, on its own page
        assert re.search(r"CLINICAL RATIONALE|REVIEWER SUMMARY|PHYSICIAN REVIEWER'S REPORT", pages[-1])
        assert "502(a)" in "".join(pages[:-1]) and "502(a)" not in pages[-1]
        assert "Summary Plan Description" in txt and "30 days" in txt and "72 hours" in txt
        signed.add(bool(tr["reviewer"]))
        if tr["reviewer"]:
            assert norm(tr["reviewer"]["name"]) in norm(pages[-1])
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.external_review" not in tr["defects"]:
            assert "4 months" in txt
        if "notice.consumer_assistance" not in tr["defects"]:
            assert "1-866-444-3272" in txt and "Managed Care Ombudsman" in txt
        if tr["letter_kind"] == "partial_denial":
            assert "Approved" in txt and "Denied" in txt and len(tr["services"]) == 2
        if "process.decision_untimely" in tr["defects"]:
            assert _b15_late(tr) > (3 if tr["urgency"] == "expedited" else 15)
        if not set(tr["defects"]) & {"notice.criteria_cited", "notice.reason_specific"}:
            assert tr["criteria_cited"] and "free" in txt
        else:
            rest = norm(spec.text).replace(norm(tr["denial_reason"]), "")
            assert not tr["criteria_cited"] and not re.search(r"criteria|guideline", rest, re.I)
        assert "DMHC" not in txt and "Independent Medical Review" not in txt
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"} and urg == {"standard", "expedited"}
    assert keys == {"63650", "64561", "62362"} and signed == {True, False}
    for seed in range(4):
        spec = generate(seed, template="blind15_va_erisa_stimulator_attachment", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
        spec = generate(seed, template="blind15_va_erisa_stimulator_attachment",
                        defects=["process.reviewer_not_physician"])
        r = spec.truth["reviewer"]
        assert r and r["specialty"] is None and r["credentials"] in (None, "RN")
        assert "Physician Reviewer" not in spec.text


def test_blind15_wa_second_opinion_reads_as_its_kind():
    layouts, plans, urg, booked, asked_by = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind15_wa_outside_second_opinion")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["state"] == "WA" and tr["region"] == "Washington"
        assert tr["letter_kind"] == "second_opinion_denial" and tr["denial_category"] == "second_opinion"
        layouts.add(spec.layout)
        plans.add(tr["plan_type"])
        urg.add(tr["urgency"])
        asked_by.add(tr["requesting_provider"] is None)
        assert not tr["criteria_cited"] and "second opinion" in tr["denial_reason"]
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes <= {"99204", "99205", "88321"}
        assert "1-888-901-4636" in txt and "72 hours" in txt and "independent review" in txt
        # no second-opinion statute: the catalogue gives none for Washington
        assert not re.search(r"1383\.15|RCW|WAC|ORS|Health and Safety Code", spec.text)
        assert ("Evidence of Coverage" in txt) != (tr["plan_type"] == "erisa_group")
        booked.add("We scheduled you" in txt or "Your appointment with" in txt)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        else:
            assert tr["stated_appeal_deadline_days"] < 180
        if "process.decision_untimely" in tr["defects"]:
            assert _b15_late(tr) > (3 if tr["urgency"] == "expedited" else 7)
        assert "DMHC" not in txt and "Independent Medical Review" not in txt
    assert len(layouts) == 3 and plans == {"commercial_hmo", "erisa_group"} and urg == {"standard", "expedited"}
    assert booked == {True, False} and asked_by == {True, False}


def test_blind15_scal_dual_dme_reads_as_its_kind():
    layouts, kinds, urg, keys, rules = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind15_scal_dual_special_needs_dme")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "CA"
        assert tr["region"] == "Southern California" and tr["denial_category"] == "medical_necessity"
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        urg.add(tr["urgency"])
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes <= {"K0823", "K0003", "E2601", "E0265", "E0260", "E0910", "E0601", "A7030", "A7037", "E1392",
                         "E1390"}
        keys |= codes
        assert "Medi-Cal" in txt and "1-800-541-5555" in txt and "State Hearing" not in txt
        assert "aid paid pending" not in txt.lower() and "DMHC" not in txt and "Independent Medical Review" not in txt
        assert "1-800-MEDICARE" in txt and "1-800-443-0815" in txt
        if tr["letter_kind"] == "partial_denial":
            assert {s["codes"][0] for s in tr["services"]} & {"K0003", "E0260", "E1390"}
            assert not codes & {"E0601"}
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65)
        else:
            assert tr["stated_appeal_deadline_days"] < 60
        if "notice.external_review" not in tr["defects"]:
            assert "Independent Review Entity" in txt
        if "notice.expedited_review" not in tr["defects"]:
            assert "72 hours" in txt
        else:
            assert not re.search(r"expedited|fast appeal|fast decision|72 hours|urgent", spec.text, re.I)
        if "medicare.internal_criteria" in tr["defects"]:
            assert tr["criteria_cited"] and not re.search(r"Coverage Determination|NCD|LCD|L3\d{4}", spec.text)
        elif not set(tr["defects"]) & {"notice.criteria_cited", "notice.reason_specific"}:
            assert tr["criteria_cited"] and all("Coverage Determination" in c for c in tr["criteria_cited"])
            rules.update(tr["criteria_cited"])
        else:
            assert not tr["criteria_cited"] and "Coverage Determination" not in spec.text
        if "process.decision_untimely" in tr["defects"]:
            assert _b15_late(tr) > (3 if tr["urgency"] == "expedited" else 14)
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"} and urg == {"standard", "expedited"}
    assert keys >= {"K0823", "E0265", "E0601", "E1392"} and any("L33789" in r for r in rules)
    for seed in range(4):
        spec = generate(seed, template="blind15_scal_dual_special_needs_dme", defects=["medicare.internal_criteria"])
        assert "medicare.internal_criteria" in spec.truth["expected_flags"]
        assert all(re.search("Kaiser Permanente|InterQual", c) for c in spec.truth["criteria_cited"])
        spec = generate(seed, template="blind15_scal_dual_special_needs_dme", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]


def test_blind15_compliant_letters_carry_required_pieces():
    for t in BLIND15:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "AVISO" in txt and re.search(r"free|no cost", txt, re.I)
            if tr["denial_category"] == "medical_necessity":
                assert tr["criteria_cited"], (t, seed)
            if tr["plan_type"] == "medicare_advantage":
                for item in ("Independent Review Entity", "1-800-MEDICARE", "72 hours", "30 days"):
                    assert item in txt, (t, seed, item)
                assert tr["stated_appeal_deadline_days"] in (60, 65)
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt
                assert "independent review" in txt
            if tr["plan_type"] == "erisa_group":
                assert "502(a)" in txt and "1-866-444-3272" in txt


def test_blind15_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND15}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND15, each=each)
    nw, va, wa, ma = BLIND15
    assert plans[nw] == {"commercial_hmo", "erisa_group"} and states[nw] == {"OR", "WA"}
    assert kinds[nw] == {"initial_denial", "partial_denial"} and cats[nw] == {"medical_necessity"}
    assert plans[va] == {"erisa_group"} and states[va] == {"VA"} and kinds[va] == {"initial_denial", "partial_denial"}
    assert plans[wa] == {"commercial_hmo", "erisa_group"} and states[wa] == {"WA"}
    assert kinds[wa] == {"second_opinion_denial"} and cats[wa] == {"second_opinion"}
    assert plans[ma] == {"medicare_advantage"} and states[ma] == {"CA"}
    assert kinds[ma] == {"initial_denial", "partial_denial"}
    for t in BLIND15:
        assert urg[t] == {"standard", "expedited"}, t
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template", BLIND15)
def test_blind15_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 3


# --- sixteenth blind set (analyzer/samplegen/blind16.py): written without sight of the extractor; measured once -----


def _b16_late(tr) -> int:
    import datetime as dt

    d = tr["dates"]
    return (dt.date.fromisoformat(d["decision"] or d["letter"]) - dt.date.fromisoformat(d["request_received"])).days


def test_blind16_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind15 import STYLES as B15_STYLES
    from analyzer.samplegen.blind16 import STYLES, b16date, parse_blind16_date

    d = dt.date(2025, 3, 5)
    assert b16date(d, "long") == "March 5, 2025" and b16date(d, "mdy") == "03/05/2025"
    assert b16date(d, "dmon") == "05-Mar-2025" and b16date(d, "iso") == "2025-03-05"
    assert b16date(d, "abbr") == "Mar. 5, 2025" and b16date(dt.date(2025, 5, 2), "abbr") == "May 2, 2025"
    assert b16date(d, "wdlong") == "Wednesday, March 5, 2025" and b16date(d, "caps") == "MARCH 5, 2025"
    assert set(STYLES) - set(B15_STYLES)  # styles the fifteenth set never printed
    _assert_dates_round_trip(b16date, parse_blind16_date, STYLES, d)
    assert parse_blind16_date("Tuesday, March 5, 2025") is None and parse_blind16_date("Mar 5, 2025") is None
    assert parse_blind16_date("13/05/2025") is None and parse_blind16_date("5-Mar-2025") is None


def test_blind16_hi_home_health_reads_as_its_kind():
    layouts, kinds, urg, keys, signed = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind16_hi_commercial_home_health")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["denial_category"] == "medical_necessity" and tr["requesting_provider"]
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        urg.add(tr["urgency"])
        signed.add(bool(tr["reviewer"]))
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes and codes <= {"G0299", "G0151", "G0152", "G0156"}
        keys |= codes
        assert re.search(r"requested", txt, re.I) and re.search(r"approved", txt, re.I)
        # no California law, no Hawaii telephone number the catalogue leaves unverified
        assert "DMHC" not in txt and "Independent Medical Review" not in txt and "1-800-966-5955" not in txt
        assert "502(a)" not in txt and not re.search(r"§\s*13\d\d|Health and Safety Code", txt)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        else:
            assert tr["stated_appeal_deadline_days"] < 180
        if "notice.external_review" not in tr["defects"]:
            assert "4 months" in txt or "four months" in txt
        if "notice.expedited_review" not in tr["defects"]:
            assert "72 hours" in txt
        else:
            assert not re.search(r"expedited|72 hours|urgent", spec.text, re.I)
        if "notice.consumer_assistance" not in tr["defects"]:
            assert "Hawaii Insurance Division" in txt
        if "process.decision_untimely" in tr["defects"]:
            assert _b16_late(tr) > (3 if tr["urgency"] == "expedited" else 15)
        if not set(tr["defects"]) & {"notice.criteria_cited", "notice.reason_specific"}:
            assert tr["criteria_cited"]
        else:
            rest = norm(spec.text).replace(norm(tr["denial_reason"]), "")
            assert not tr["criteria_cited"] and not re.search(r"criteria|guideline", rest, re.I)
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"} and urg == {"standard", "expedited"}
    assert keys >= {"G0299", "G0151"} and signed == {True, False}
    for seed in range(4):
        spec = generate(seed, template="blind16_hi_commercial_home_health", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
        assert "notice.clinical_rationale" in spec.truth["expected_flags"]
        spec = generate(seed, template="blind16_hi_commercial_home_health", defects=["process.reviewer_not_physician"])
        r = spec.truth["reviewer"]
        assert r and r["specialty"] is None and r["credentials"] in (None, "RN")
        spec = generate(seed, template="blind16_hi_commercial_home_health", defects=["notice.language_assistance"])
        assert "ATENCIÓN" not in spec.text and "nterpret" not in spec.text


def test_blind16_ga_transfer_reads_as_its_kind():
    layouts, kinds, urg, places = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind16_ga_ma_hospice_or_snf_transfer")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["denial_category"] == "medical_necessity" and tr["requesting_provider"]
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        urg.add(tr["urgency"])
        first = tr["services"][0]["text"].lower()
        places.add("long-term" in first)
        assert all(not s["codes"] for s in tr["services"])
        if tr["letter_kind"] == "partial_denial":
            assert len(tr["services"]) == 2 and "long-term" in first and re.search("approved", txt, re.I)
        assert "1-800-MEDICARE" in txt and "1-877-486-2048" in txt
        # no California or Medi-Cal rights, no HICAP, no invented Part A details
        assert "HICAP" not in txt and "DMHC" not in txt and "State Hearing" not in txt and "Medi-Cal" not in txt
        assert not re.search(r"100 days|3-day|three-day|benefit period", txt, re.I)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65)
        else:
            assert tr["stated_appeal_deadline_days"] < 60
        if "notice.external_review" not in tr["defects"]:
            assert "Independent Review Entity" in txt
        if "notice.expedited_review" not in tr["defects"]:
            assert "72 hours" in txt
        else:
            assert not re.search(r"expedited|fast appeal|fast decision|72 hours|urgent", spec.text, re.I)
        if "medicare.internal_criteria" in tr["defects"]:
            assert tr["criteria_cited"] and "42 CFR" not in txt
        elif not set(tr["defects"]) & {"notice.criteria_cited", "notice.reason_specific"}:
            assert tr["criteria_cited"] and all("42 CFR" in c for c in tr["criteria_cited"])
        else:
            assert not tr["criteria_cited"] and "42 CFR" not in txt
        if "process.decision_untimely" in tr["defects"]:
            assert _b16_late(tr) > (3 if tr["urgency"] == "expedited" else 14)
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"} and urg == {"standard", "expedited"}
    assert places == {True, False}
    for seed in range(4):
        spec = generate(seed, template="blind16_ga_ma_hospice_or_snf_transfer", defects=["medicare.internal_criteria"])
        assert "medicare.internal_criteria" in spec.truth["expected_flags"]
        assert all(re.search("Kaiser Permanente|InterQual", c) for c in spec.truth["criteria_cited"])
        spec = generate(seed, template="blind16_ga_ma_hospice_or_snf_transfer", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]


def test_blind16_scal_medi_cal_bh_reads_as_its_kind():
    layouts, kinds, urg, keys, signed = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind16_scal_medi_cal_behavioral_health")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medi_cal" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["denial_category"] == "medical_necessity" and tr["requesting_provider"]
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        urg.add(tr["urgency"])
        signed.add(bool(tr["reviewer"]))
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes <= {"97153", "97155", "97156", "90837", "90847"}
        keys |= codes
        assert re.search(r"Notice of Action", txt, re.I) and "State Hearing" in txt and "120 days" in txt
        assert "1-888-452-8609" in txt and "(800) 743-8525" in txt
        assert "Independent Review Entity" not in txt and "1-800-MEDICARE" not in txt
        if "notice.language_assistance" not in tr["defects"]:
            assert re.search(r"español", txt)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        else:
            assert tr["stated_appeal_deadline_days"] < 60
        if "notice.dmhc_statement" not in tr["defects"]:
            for item in ("1-888-466-2219", "1-877-688-9891", "www.dmhc.ca.gov", "Independent Medical Review"):
                assert item in txt
        else:
            assert "DMHC" not in txt and "Managed Health Care" not in txt
        if "notice.continuation_of_benefits" not in tr["defects"]:
            assert "10 days" in txt
        else:
            assert "10 days" not in txt and "aid paid pending" not in txt
        if "process.decision_untimely" in tr["defects"]:
            assert _b16_late(tr) > (3 if tr["urgency"] == "expedited" else 7)
        if not set(tr["defects"]) & {"notice.criteria_cited", "notice.reason_specific"}:
            assert tr["criteria_cited"]
        else:
            rest = norm(spec.text).replace(norm(tr["denial_reason"]), "")
            assert not tr["criteria_cited"] and not re.search(r"guideline|Criteria used|based this decision on", rest)
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"} and urg == {"standard", "expedited"}
    assert {"97153", "90837"} <= keys and signed == {True, False}
    for seed in range(4):
        spec = generate(seed, template="blind16_scal_medi_cal_behavioral_health", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
        spec = generate(seed, template="blind16_scal_medi_cal_behavioral_health",
                        defects=["process.reviewer_not_physician"])
        r = spec.truth["reviewer"]
        assert r and r["specialty"] is None and r["credentials"] in (None, "RN")


def test_blind16_compliant_letters_carry_required_pieces():
    for t in BLIND16:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert re.search(r"español", txt) and re.search(r"free|no cost|gratis", txt, re.I)
            assert tr["criteria_cited"], (t, seed)
            if tr["plan_type"] == "medicare_advantage":
                for item in ("Independent Review Entity", "1-800-MEDICARE", "72 hours", "30 days"):
                    assert item in txt, (t, seed, item)
                assert tr["stated_appeal_deadline_days"] in (60, 65)
            elif tr["plan_type"] == "medi_cal":
                for item in ("State Hearing", "1-888-466-2219", "72 hours", "10 days"):
                    assert item in txt, (t, seed, item)
                assert tr["stated_appeal_deadline_days"] == 60
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt
                assert "Independent Review Organization" in txt or "independent external review" in txt


def test_blind16_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND16}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND16, each=each)
    hi, ga, bh = BLIND16
    assert plans[hi] == {"commercial_hmo"} and states[hi] == {"HI"}
    assert plans[ga] == {"medicare_advantage"} and states[ga] == {"GA"}
    assert plans[bh] == {"medi_cal"} and states[bh] == {"CA"}
    for t in BLIND16:
        assert kinds[t] == {"initial_denial", "partial_denial"} and cats[t] == {"medical_necessity"}, t
        assert urg[t] == {"standard", "expedited"}, t
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template", BLIND16)
def test_blind16_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 3


# --- seventeenth blind set (analyzer/samplegen/blind17.py): written without sight of the extractor; measured once ---


def _b17_late(tr) -> int:
    import datetime as dt

    d = tr["dates"]
    return (dt.date.fromisoformat(d["decision"] or d["letter"]) - dt.date.fromisoformat(d["request_received"])).days


def test_blind17_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind16 import STYLES as B16_STYLES
    from analyzer.samplegen.blind17 import STYLES, b17date, parse_blind17_date

    d = dt.date(2025, 3, 5)
    assert b17date(d, "long") == "March 5, 2025" and b17date(d, "mdy") == "03/05/2025"
    assert b17date(d, "dmy") == "5 March 2025" and b17date(d, "mon") == "Mar 5, 2025"
    assert b17date(d, "short") == "3/5/25" and b17date(d, "ord") == "March 5th, 2025"
    assert b17date(d, "compact") == "05MAR2025" and b17date(dt.date(2025, 3, 22), "ord") == "March 22nd, 2025"
    assert b17date(dt.date(2025, 3, 11), "ord") == "March 11th, 2025"
    assert set(STYLES) - set(B16_STYLES)  # styles the sixteenth set never printed
    _assert_dates_round_trip(b17date, parse_blind17_date, STYLES, d)
    assert parse_blind17_date("March 5nd, 2025") is None and parse_blind17_date("03/5/25") is None
    assert parse_blind17_date("13/05/2025") is None and parse_blind17_date("5MAR2025") is None


def test_blind17_co_bariatric_reads_as_its_kind():
    layouts, kinds, urg, keys, signed = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind17_co_bariatric_checklist")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CO" and tr["region"] == "Colorado"
        assert tr["denial_category"] == "medical_necessity" and tr["requesting_provider"]
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        urg.add(tr["urgency"])
        signed.add(bool(tr["reviewer"]))
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes & {"43775", "43644"} and codes <= {"43775", "43644", "97803"}
        keys |= codes
        dx = {c for d in tr["diagnoses"] for c in d["codes"]}
        assert dx & {"E66.01", "E66.9"} and any(c.startswith("Z68.") for c in dx)
        if tr["letter_kind"] == "partial_denial":
            assert "97803" in codes and re.search(r"approved", txt, re.I)
        # no California law, no Colorado telephone number the catalogue leaves unverified
        assert "DMHC" not in txt and "Independent Medical Review" not in txt and "1-800-632-9700" not in txt
        assert "303-894" not in txt and not re.search(r"C\.R\.S\.|Colorado Revised Statutes|§", txt)
        assert ("303-338-3800" in txt or "1-888-681-7878" in txt) and "TTY" not in txt  # no Colorado TTY is verified
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        else:
            assert tr["stated_appeal_deadline_days"] < 180
        if "notice.external_review" not in tr["defects"]:
            assert "4 months" in txt or "four months" in txt
        if "notice.expedited_review" not in tr["defects"]:
            assert "72 hours" in txt
        else:
            assert not re.search(r"expedited|72 hours|urgent", spec.text, re.I)
        if "notice.consumer_assistance" not in tr["defects"]:
            assert "Colorado Division of Insurance" in txt
        if "process.decision_untimely" in tr["defects"]:
            assert _b17_late(tr) > (3 if tr["urgency"] == "expedited" else 15)
        if not set(tr["defects"]) & {"notice.criteria_cited", "notice.reason_specific"}:
            assert tr["criteria_cited"] and re.search(r"NOT MET|\[X\] Not met", spec.text)
        else:
            rest = norm(spec.text).replace(norm(tr["denial_reason"]), "")
            assert not tr["criteria_cited"] and not re.search(r"criteria|guideline|requirement|Not met", rest, re.I)
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"} and urg == {"standard", "expedited"}
    assert keys >= {"43775", "43644", "97803"} and signed == {True, False}
    for seed in range(4):
        spec = generate(seed, template="blind17_co_bariatric_checklist", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
        assert "notice.clinical_rationale" in spec.truth["expected_flags"]
        spec = generate(seed, template="blind17_co_bariatric_checklist", defects=["process.reviewer_not_physician"])
        r = spec.truth["reviewer"]
        assert r and r["specialty"] is None and r["credentials"] in (None, "RN")
        spec = generate(seed, template="blind17_co_bariatric_checklist", defects=["notice.language_assistance"])
        assert "español" not in spec.text and "nterpret" not in spec.text


def test_blind17_midatlantic_pharmacy_reads_as_its_kind():
    layouts, kinds, cats, states, signed, checked = set(), set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind17_midatlantic_pharmacy_form")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["region"] == "Mid-Atlantic States"
        assert tr["requesting_provider"] and len(tr["services"]) == 1 and not tr["services"][0]["codes"]
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        cats.add(tr["denial_category"])
        states.add(tr["state"])
        signed.add(bool(tr["reviewer"]))
        marked = re.findall(r"\[X\] ([A-Z][a-z]+(?: [a-z]+)*)", spec.text)
        checked |= set(marked)
        assert len(marked) == 2, marked  # one decision box and one reason box
        assert "1-800-777-7902" in txt and "(301) 879-6380" in txt and "TTY 711" not in txt
        # no California law and no number the catalogue leaves unverified
        assert "DMHC" not in txt and "Independent Medical Review" not in txt and "1-877-685-6391" not in txt
        assert not re.search(r"§|Kaiser Foundation Health Plan", txt)
        if tr["letter_kind"] == "partial_denial":
            assert "[X] Approved with a lower quantity" in spec.text and "Quantity approved" in txt
        if tr["denial_category"] == "not_covered":
            assert "[X] Drug is excluded" in spec.text and not tr["criteria_cited"]
            if "notice.plan_provision" not in tr["defects"]:
                assert "Evidence of Coverage" in txt
            else:
                assert "Evidence of Coverage" not in txt and "notice.plan_provision" in tr["expected_flags"]
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        else:
            assert tr["stated_appeal_deadline_days"] < 180
        if "notice.external_review" not in tr["defects"]:
            assert "4 months" in txt or "four months" in txt
        if "notice.expedited_review" not in tr["defects"]:
            assert "72 hours" in txt
        else:
            assert not re.search(r"expedited|72 hours|urgent", spec.text, re.I)
        if "notice.consumer_assistance" not in tr["defects"]:
            assert {"MD": "1-877-261-8807", "VA": "1-877-310-6560", "DC": "Ombudsman"}[tr["state"]] in txt
        if "process.decision_untimely" in tr["defects"]:
            assert _b17_late(tr) > (3 if tr["urgency"] == "expedited" else 15)
        if tr["denial_category"] == "medical_necessity":
            if not set(tr["defects"]) & {"notice.criteria_cited", "notice.reason_specific"}:
                assert tr["criteria_cited"]
            else:
                rest = norm(spec.text).replace(norm(tr["denial_reason"]), "")
                assert not tr["criteria_cited"] and not re.search(r"criteria|guideline", rest, re.I)
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"}
    assert cats == {"medical_necessity", "not_covered"} and states == {"MD", "VA", "DC"} and signed == {True, False}
    assert {"Denied", "Step therapy", "Drug is excluded from coverage under your plan"} <= checked
    spec = generate(1, template="blind17_midatlantic_pharmacy_form", letter_kind="partial_denial")
    assert "FAX FROM" in spec.text or spec.layout != "rx_prescriber_fax_form"
    for seed in range(4):
        spec = generate(seed, template="blind17_midatlantic_pharmacy_form", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
        spec = generate(seed, template="blind17_midatlantic_pharmacy_form", defects=["process.reviewer_not_physician"])
        r = spec.truth["reviewer"]
        assert r and r["specialty"] is None and r["credentials"] in (None, "RN")
        assert spec.truth["denial_category"] == "medical_necessity"


def test_blind17_wa_claim_to_representative_reads_as_its_kind():
    import datetime as dt

    layouts, cats, plans, signed, paid_some = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind17_wa_inpatient_claim_rep")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["state"] == "WA" and tr["region"] == "Washington" and tr["letter_kind"] == "payment_denial"
        assert tr["requesting_provider"].endswith(("Hospital", "Center", "Institute"))
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        plans.add(tr["plan_type"])
        signed.add(bool(tr["reviewer"]))
        d = tr["dates"]
        assert d["service"] and d["request_received"] and d["service"] < d["request_received"] <= d["letter"]
        assert dt.date.fromisoformat(d["letter"]) <= dt.date.fromisoformat(d["request_received"]) + dt.timedelta(60)
        # addressed to the representative, who is not the member: the member is named as the patient
        assert "representative" in txt and re.search(r"Dear (?!" + re.escape(tr["member"]["name"]) + ")", txt)
        assert re.search(r"Patient: " + re.escape(tr["member"]["name"]), txt) or "representative of " + tr["member"]["name"] in txt
        assert "1-888-901-4636" in txt and "DMHC" not in txt and "Independent Medical Review" not in txt
        assert "4 months" in txt or "four months" in txt
        if tr["plan_type"] == "erisa_group":
            assert "502(a)" in txt and "60 days" in txt and "Insurance Commissioner" not in txt
            if "notice.consumer_assistance" not in tr["defects"]:
                assert "1-866-444-3272" in txt and "check your plan documents" in txt
        else:
            assert "502(a)" not in txt and "Employee Benefits Security" not in txt
            if "notice.consumer_assistance" not in tr["defects"]:
                assert "Office of the Insurance Commissioner" in txt
        if "notice.claim_identification" in tr["defects"]:
            assert "$" not in txt and not re.search(r"codes? (for|on) this claim", txt)
        else:
            assert "$" in txt and re.search(r"codes? (for|on) this claim", txt)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        else:
            assert tr["stated_appeal_deadline_days"] < 180
        if tr["denial_category"] == "no_prior_authorization":
            assert "process.emergency_prior_auth" in tr["defects"]
            assert "99285" in {c for s in tr["services"] for c in s["codes"]}
        else:
            assert "process.emergency_prior_auth" not in tr["defects"]
        if tr["denial_category"] == "medical_necessity":
            assert tr["criteria_cited"] and re.search(r"\bPaid\b|: paid", spec.text)
            paid_some.add(True)
        else:
            assert not tr["criteria_cited"] and not re.search(r"\bPaid\b|: paid", spec.text)
    assert len(layouts) == 3 and plans == {"commercial_hmo", "erisa_group"} and signed == {True, False}
    assert cats >= {"medical_necessity", "out_of_network"} and paid_some == {True}
    spec = generate(3, template="blind17_wa_inpatient_claim_rep", defects=["process.emergency_prior_auth"])
    assert spec.truth["denial_category"] == "no_prior_authorization"
    assert "process.emergency_prior_auth" in spec.truth["expected_flags"]


def test_blind17_compliant_letters_carry_required_pieces():
    for t in BLIND17:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert re.search(r"español", txt) and re.search(r"free|no cost|no charge", txt, re.I)
            if tr["denial_category"] == "medical_necessity" and tr["letter_kind"] != "payment_denial":
                assert tr["criteria_cited"], (t, seed)
            if tr["denial_category"] == "not_covered":
                assert "Evidence of Coverage" in txt, (t, seed)
            if tr["letter_kind"] != "payment_denial":
                assert "72 hours" in txt
            assert tr["stated_appeal_deadline_days"] == 180
            assert "independent review organization" in txt.lower()


def test_blind17_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND17}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND17, each=each)
    co, rx = BLIND17[:2]
    assert plans[co] == {"commercial_hmo"} and states[co] == {"CO"}
    assert kinds[co] == {"initial_denial", "partial_denial"} and cats[co] == {"medical_necessity"}
    assert urg[co] == {"standard", "expedited"}
    wa = BLIND17[2]
    assert plans[wa] == {"commercial_hmo", "erisa_group"} and states[wa] == {"WA"} and kinds[wa] == {"payment_denial"}
    assert cats[wa] == {"medical_necessity", "out_of_network", "no_prior_authorization"} and urg[wa] == {"standard"}
    assert plans[rx] == {"commercial_hmo"} and states[rx] == {"MD", "VA", "DC"}
    assert kinds[rx] == {"initial_denial", "partial_denial"} and cats[rx] == {"medical_necessity", "not_covered"}
    assert urg[rx] == {"standard", "expedited"}
    for t in BLIND17:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template", BLIND17)
def test_blind17_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 3


# --- eighteenth blind set (analyzer/samplegen/blind18.py): written without sight of the extractor; measured once ---


def test_blind18_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind17 import STYLES as B17_STYLES
    from analyzer.samplegen.blind18 import STYLES, b18date, parse_blind18_date

    d = dt.date(2025, 3, 5)
    assert b18date(d, "long") == "March 5, 2025" and b18date(d, "dash") == "05-Mar-2025"
    assert b18date(d, "wk") == "Wed. March 5, 2025" and b18date(d, "of") == "5th of March 2025"
    assert b18date(d, "ymd") == "2025/03/05" and b18date(d, "mdy") == "03/05/2025"
    assert b18date(d, "upper") == "MAR 05 2025" and b18date(dt.date(2025, 3, 22), "of") == "22nd of March 2025"
    assert set(STYLES) - set(B17_STYLES)  # styles the seventeenth set never printed
    _assert_dates_round_trip(b18date, parse_blind18_date, STYLES, d)
    assert parse_blind18_date("Thu. March 5, 2025") is None and parse_blind18_date("5nd of March 2025") is None
    assert parse_blind18_date("2025/13/05") is None and parse_blind18_date("MAR 5 2025") is None


def _b18_late(tr) -> int:
    import datetime as dt

    d = tr["dates"]
    return (dt.date.fromisoformat(d["decision"] or d["letter"]) - dt.date.fromisoformat(d["request_received"])).days


def test_blind18_ma_part_b_infusion_reads_as_its_kind():
    layouts, kinds, states, signed, codes = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind18_ma_part_b_infusion_qa")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["denial_category"] == "medical_necessity"
        assert tr["region"] == ("Washington" if tr["state"] == "WA" else "Mid-Atlantic States")
        assert tr["requesting_provider"] and len(tr["services"]) == 1 and len(tr["diagnoses"]) == 1
        code = tr["services"][0]["codes"][0]
        assert re.fullmatch(r"J\d{4}", code) and f"units of {code}" in txt
        codes.add(code)
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        states.add(tr["state"])
        signed.add(bool(tr["reviewer"]))
        assert ("1-888-901-4600" if tr["state"] == "WA" else "1-800-777-7902") in txt
        assert "1-800-MEDICARE" in txt and "within 7 days" in txt
        # no California law, no 65-day window, no unverified 24-hour Part B fast decision
        assert "DMHC" not in txt and "Independent Medical Review" not in txt and "65 days" not in txt
        assert "24 hours" not in txt and "Kaiser Foundation Health Plan" not in txt
        if tr["letter_kind"] == "partial_denial":
            assert re.search(r"\d of \d doses", txt)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        else:
            assert tr["stated_appeal_deadline_days"] < 60
        if "notice.external_review" not in tr["defects"]:
            assert "Independent Review Entity" in txt
        if "notice.expedited_review" not in tr["defects"]:
            assert "72 hours" in txt
        else:
            assert not re.search(r"expedited|72 hours|urgent|fast", spec.text, re.I)
        if "process.decision_untimely" in tr["defects"]:
            assert _b18_late(tr) > 7
        elif tr["dates"]["request_received"]:
            assert _b18_late(tr) <= 2
        if not set(tr["defects"]) & {"notice.criteria_cited", "notice.reason_specific"}:
            assert tr["criteria_cited"]
        elif "medicare.internal_criteria" not in tr["defects"]:
            rest = norm(spec.text).replace(norm(tr["denial_reason"]), "")
            assert not tr["criteria_cited"] and not re.search(r"criteria|guideline|labeling", rest, re.I)
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"} and states == {"WA", "MD", "VA"}
    assert signed == {True, False} and len(codes) >= 4
    for seed in range(4):
        spec = generate(seed, template="blind18_ma_part_b_infusion_qa", defects=["notice.reason_specific"])
        assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
        spec = generate(seed, template="blind18_ma_part_b_infusion_qa", defects=["medicare.internal_criteria"])
        assert spec.truth["criteria_cited"] and "§" not in spec.truth["criteria_cited"][0]
        spec = generate(seed, template="blind18_ma_part_b_infusion_qa", defects=["process.reviewer_not_physician"])
        r = spec.truth["reviewer"]
        assert r and r["specialty"] is None and r["credentials"] in (None, "RN")
    spec = generate(5, template="blind18_ma_part_b_infusion_qa", urgency="expedited")
    assert spec.truth["urgency"] == "expedited" and "expedited" in norm(spec.text)


def test_blind18_ga_pended_reads_as_its_kind():
    import datetime as dt

    layouts, plans, signed = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind18_ga_pended_more_info")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["region"] == "Georgia" and tr["letter_kind"] == "delay_notice"
        assert tr["dates"]["decision"] is None and tr["dates"]["service"] is None
        assert tr["dates"]["request_received"] and tr["stated_appeal_deadline_days"] is None
        assert tr["requesting_provider"] and not tr["criteria_cited"]
        layouts.add(spec.layout)
        plans.add(tr["plan_type"])
        signed.add(bool(tr["reviewer"]))
        # no number the catalogue leaves unverified for Georgia, no California law
        assert "1-888-865-5813" not in txt and "TTY" not in txt and "DMHC" not in txt
        assert "Office of Commissioner of Insurance" not in txt
        assert "not a denial" in txt or "grievance" in txt
        if "notice.delay_requirements" in tr["defects"]:
            assert not re.search(r"\[X\]|Information due|due by|Return by|expect|until|no later than", txt, re.I)
        else:
            assert re.search(r"due|Return by|information by|wait for it until", txt, re.I) and re.search(r"expect", txt, re.I)
            if tr["plan_type"] == "erisa_group":
                assert "45 days" in txt and "15 days" in txt or "15-day" in txt
    assert len(layouts) == 3 and plans == {"commercial_hmo", "erisa_group"} and signed == {True, False}
    spec = generate(1, template="blind18_ga_pended_more_info", plan_type="erisa_group", defects=[])
    due = dt.date.fromisoformat(spec.truth["dates"]["letter"]) + dt.timedelta(days=48)
    from analyzer.samplegen.blind18 import STYLES, b18date

    assert any(b18date(due, s) in spec.text for s in STYLES)


def test_blind18_hi_ambulance_claim_reads_as_its_kind():
    layouts, cats, codes = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind18_hi_ambulance_claim")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["region"] == "Hawaii" and tr["letter_kind"] == "payment_denial" and tr["urgency"] == "standard"
        assert tr["dates"]["service"] and tr["dates"]["request_received"] and tr["requesting_provider"]
        assert len(tr["services"]) == 2 and all(re.fullmatch(r"A0\d{3}", s["codes"][0]) for s in tr["services"])
        codes |= {s["codes"][0] for s in tr["services"]}
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        # no Hawaii number the catalogue leaves unverified, no California law, no external-review IMR
        assert "1-800-966-5955" not in txt and "TTY" not in txt and "DMHC" not in txt
        assert "Independent Medical Review" not in txt
        if spec.layout == "hi_claim_summary_box_page2":
            first, rest = spec.text.split("\f", 1)
            assert norm(tr["denial_reason"]) not in norm(first) and norm(tr["denial_reason"]) in norm(rest)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.claim_identification" not in tr["defects"]:
            assert "$" in txt and "codes on this claim" in txt
        if tr["plan_type"] == "erisa_group":
            assert "502(a)" in txt and "60 days" in txt
            assert ("1-866-444-3272" in txt) == ("notice.consumer_assistance" not in tr["defects"])
        else:
            assert ("Hawaii Insurance Division" in txt) == ("notice.consumer_assistance" not in tr["defects"])
        if tr["denial_category"] == "no_prior_authorization":
            assert "process.emergency_prior_auth" in tr["expected_flags"]
    assert len(layouts) == 3 and {"medical_necessity", "out_of_network"} <= cats and len(codes) >= 4
    spec = generate(3, template="blind18_hi_ambulance_claim", defects=["process.emergency_prior_auth"])
    assert spec.truth["denial_category"] == "no_prior_authorization" and "A0427" in spec.text


def test_blind18_compliant_letters_carry_required_pieces():
    for t in BLIND18:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert re.search(r"español", txt) and re.search(r"free|no cost", txt, re.I)
            if tr["plan_type"] == "medicare_advantage":
                assert tr["criteria_cited"] and tr["stated_appeal_deadline_days"] == 60
                assert "72 hours" in txt and "Independent Review Entity" in txt


def test_blind18_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND18}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND18, each=each)
    ma = BLIND18[0]
    assert plans[ma] == {"medicare_advantage"} and states[ma] == {"WA", "MD", "VA"}
    assert kinds[ma] == {"initial_denial", "partial_denial"} and cats[ma] == {"medical_necessity"}
    assert urg[ma] == {"standard", "expedited"}
    hi = BLIND18[2]
    assert plans[hi] == {"commercial_hmo", "erisa_group"} and states[hi] == {"HI"} and kinds[hi] == {"payment_denial"}
    assert {"medical_necessity", "out_of_network"} <= cats[hi] <= {"medical_necessity", "out_of_network",
                                                                    "no_prior_authorization"}
    assert urg[hi] == {"standard"}
    ga = BLIND18[1]
    assert plans[ga] == {"commercial_hmo", "erisa_group"} and states[ga] == {"GA"} and kinds[ga] == {"delay_notice"}
    assert cats[ga] == {"administrative"} and urg[ga] == {"standard"}
    for t in BLIND18:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template", BLIND18)
def test_blind18_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 2


# --- nineteenth blind set (analyzer/samplegen/blind19.py): written without sight of the extractor; measured once ---


def test_blind19_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind18 import STYLES as B18_STYLES
    from analyzer.samplegen.blind19 import STYLES, b19date, parse_blind19_date

    d = dt.date(2025, 3, 5)
    assert b19date(d, "long") == "March 5, 2025" and b19date(d, "mdyd") == "3-5-2025"
    assert b19date(d, "ordmon") == "5th Mar 2025" and b19date(d, "ymdu") == "2025-3-5"
    assert b19date(d, "wknum") == "Wed 3/5/2025" and b19date(d, "es_long") == "5 de marzo de 2025"
    assert b19date(d, "es_md") == "marzo 5 de 2025" and b19date(d, "es_mon") == "5 mar 2025"
    assert b19date(dt.date(2025, 3, 22), "ordmon") == "22nd Mar 2025"
    assert set(STYLES) - set(B18_STYLES)  # styles the eighteenth set never printed
    _assert_dates_round_trip(b19date, parse_blind19_date, STYLES, d)
    assert parse_blind19_date("Thu 3/5/2025") is None and parse_blind19_date("5nd Mar 2025") is None
    assert parse_blind19_date("2025-13-5") is None and parse_blind19_date("03-05-2025") is None
    assert parse_blind19_date("5 foo 2025") is None


def _b19_days(tr) -> int:
    import datetime as dt

    d = tr["dates"]
    return (dt.date.fromisoformat(d["decision"] or d["letter"]) - dt.date.fromisoformat(d["request_received"])).days


def test_blind19_co_medicaid_reason_codes_reads_as_its_kind():
    layouts, kinds, langs, cats, codes, signed = set(), set(), set(), set(), set(), set()
    for seed in range(50):
        spec = generate(seed, template="blind19_co_medicaid_reason_codes")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "CO" and tr["region"] == "Colorado"
        assert tr["requesting_provider"] and tr["services"] and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        langs.add(tr["language"])
        cats.add(tr["denial_category"])
        signed.add(bool(tr["reviewer"]))
        codes |= {s["codes"][0] for s in tr["services"]}
        assert "Health First Colorado" in txt and ("303-338-3800" in txt or "1-888-681-7878" in txt)
        # a reason-code key below the table explains the codes; the reason is one of its entries
        assert re.search(r"\b(MN|NC|PA|NP)1\b", txt)
        key_at = txt.find(norm(tr["denial_reason"]))
        assert key_at > txt.find(tr["services"][0]["codes"][0])
        # no California law, no unverified Colorado numbers or hearing deadlines
        assert "DMHC" not in txt and "Independent Medical Review" not in txt and "1-800-632-9700" not in txt
        assert "120 days" not in txt and "90 days" not in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        if "notice.external_review" not in tr["defects"]:
            assert "State Fair Hearing" in txt
        if "notice.continuation_of_benefits" not in tr["defects"]:
            assert "10 days" in txt or "10 días" in txt
        if "process.decision_untimely" in tr["defects"]:
            assert _b19_days(tr) > (3 if tr["urgency"] == "expedited" else 14)
        elif tr["dates"]["request_received"]:
            assert _b19_days(tr) <= 7
        if tr["language"] == "es":
            assert "Aviso" in spec.text or "AVISO" in spec.text
        if tr["letter_kind"] == "partial_denial":
            assert tr["denial_category"] == "medical_necessity"
    assert len(layouts) == 3 and kinds == {"initial_denial", "partial_denial"} and langs == {"en", "es"}
    assert len(cats) >= 3 and len(codes) >= 6 and signed == {True, False}
    spec = generate(2, template="blind19_co_medicaid_reason_codes", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
    spec = generate(2, template="blind19_co_medicaid_reason_codes", defects=["process.reviewer_not_physician"])
    r = spec.truth["reviewer"]
    assert r and r["specialty"] is None and r["credentials"] in (None, "RN")


def test_blind19_midatlantic_oon_specialist_reads_as_its_kind():
    layouts, plans, states, askers = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind19_midatlantic_oon_specialist")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["region"] == "Mid-Atlantic States" and tr["denial_category"] == "out_of_network"
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        plans.add(tr["plan_type"])
        states.add(tr["state"])
        askers.add(tr["requesting_provider"] is None)
        assert "1-800-777-7902" in txt and re.search(r"next available", txt, re.I)
        # the plan clinicians listed are neither the reviewer nor the requester
        if tr["reviewer"]:
            assert txt.count(norm(tr["reviewer"]["name"])) == 1
        assert "network.no_timely_in_network_alternative" not in tr["expected_flags"]
        assert "DMHC" not in txt and "Independent Medical Review" not in txt
        erisa = tr["plan_type"] == "erisa_group"
        assert ("502(a)" in txt) == erisa and ("Summary Plan Description" in txt) == erisa
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.consumer_assistance" not in tr["defects"]:
            assert ("1-866-444-3272" in txt) == erisa
            if not erisa and tr["state"] == "VA":
                assert "1-877-310-6560" in txt
    assert len(layouts) == 3 and plans == {"commercial_hmo", "erisa_group"} and states == {"MD", "VA", "DC"}
    assert askers == {True, False}


def test_blind19_nca_retro_review_claim_reads_as_its_kind():
    layouts, cats, signed = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind19_nca_retro_review_claim")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["region"] == "Northern California" and tr["letter_kind"] == "payment_denial"
        assert tr["dates"]["service"] and tr["dates"]["request_received"] and tr["requesting_provider"]
        assert spec.truth["pages"] >= 2 and "Attachment A" in spec.text
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        signed.add(bool(tr["reviewer"]))
        pages = spec.page_texts()
        # every page repeats the page count; the running header or footer carries the member's name
        assert all(f"of {len(pages)}" in p for p in pages)
        assert sum(tr["member"]["name"] in p for p in pages) >= len(pages) - 1
        if tr["reviewer"]:
            assert norm(tr["reviewer"]["name"]) in norm(pages[-1])
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
            assert "Independent Medical Review" in txt and "6 months" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "process.retro_denial_of_authorized" in tr["defects"]:
            assert "process.retro_denial_of_authorized" in tr["expected_flags"]
        if tr["denial_category"] == "no_prior_authorization":
            assert "process.emergency_prior_auth" in tr["expected_flags"]
    assert len(layouts) == 3 and {"medical_necessity", "administrative"} <= cats and signed == {True, False}
    for seed in range(4):
        spec = generate(seed, template="blind19_nca_retro_review_claim", defects=["process.retro_denial_of_authorized"])
        assert "Authorization on file" in spec.text


def test_blind19_compliant_letters_carry_required_pieces():
    for t in BLIND19:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert re.search(r"Habla español|speak English", txt) and re.search(r"free|no cost|gratis", txt, re.I)
            assert tr["stated_appeal_deadline_days"] in (60, 180)


def test_blind19_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND19}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND19, each=each)
    co, mas, nc = BLIND19
    assert plans[co] == {"medicaid"} and states[co] == {"CO"} and kinds[co] == {"initial_denial", "partial_denial"}
    assert urg[co] == {"standard", "expedited"}
    assert plans[mas] == {"commercial_hmo", "erisa_group"} and states[mas] == {"MD", "VA", "DC"}
    assert kinds[mas] == {"initial_denial"} and cats[mas] == {"out_of_network"}
    assert plans[nc] == {"commercial_hmo"} and states[nc] == {"CA"} and kinds[nc] == {"payment_denial"}
    assert urg[nc] == {"standard"}
    for t in BLIND19:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template", BLIND19)
def test_blind19_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 2


# --- twentieth blind set (analyzer/samplegen/blind20.py): written without sight of the extractor; measured once ---


def test_blind20_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind18 import STYLES as B18_STYLES
    from analyzer.samplegen.blind19 import STYLES as B19_STYLES
    from analyzer.samplegen.blind20 import STYLES, b20date, parse_blind20_date

    d = dt.date(2025, 3, 5)
    assert b20date(d, "mondash") == "Mar-05-2025" and b20date(d, "ymon") == "2025 March 5"
    assert b20date(d, "mdyhint") == "03/05/2025 (mm/dd/yyyy)" and b20date(d, "wkfull") == "Wednesday, March 5, 2025"
    assert b20date(d, "dotymd") == "2025.03.05" and b20date(d, "theord") == "the 5th of March, 2025"
    assert b20date(dt.date(2025, 3, 3), "theord") == "the 3rd of March, 2025"
    assert set(STYLES) - set(B18_STYLES) - set(B19_STYLES) == set(STYLES)
    _assert_dates_round_trip(b20date, parse_blind20_date, STYLES, d)
    assert parse_blind20_date("Tuesday, March 5, 2025") is None and parse_blind20_date("the 5rd of March, 2025") is None
    assert parse_blind20_date("2025.13.05") is None and parse_blind20_date("Mar-5-2025") is None
    assert parse_blind20_date("03/05/2025") is None and parse_blind20_date("2025 Foo 5") is None


def _b20_bdays(tr) -> int:
    import datetime as dt

    from analyzer.samplegen.dates import business_between

    d = tr["dates"]
    return business_between(dt.date.fromisoformat(d["request_received"]), dt.date.fromisoformat(d["decision"] or d["letter"]))


def test_blind20_scal_sidebar_continuity_reads_as_its_kind():
    layouts, askers, signed = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind20_scal_sidebar_continuity")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "out_of_network"
        assert tr["dates"]["service"] is None and tr["services"] and tr["diagnoses"]
        layouts.add(spec.layout)
        askers.add(tr["requesting_provider"] is None)
        signed.add(bool(tr["reviewer"]))
        page1 = spec.page_texts()[0]
        # the summary sits beside (or above) the letter text on page 1: member id and reference printed there
        assert tr["member"]["id"] in page1 and re.search(r"glance|in brief|summary", page1, re.I)
        assert "1-800-464-4000" in txt
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
            assert "Independent Medical Review" in txt and "6 months" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "network.no_timely_in_network_alternative" not in tr["defects"]:
            assert "appointment" in txt or "first visit" in txt
        if "process.decision_untimely" in tr["defects"]:
            assert _b20_bdays(tr) > (3 if tr["urgency"] == "expedited" else 5)
        elif tr["dates"]["request_received"] and tr["urgency"] == "standard":
            assert _b20_bdays(tr) <= 5
        # no law from outside California's commercial rules
        assert "502(a)" not in txt and "Independent Review Entity" not in txt and "Fair Hearing" not in txt
    assert layouts == {"scal_sidebar_right", "scal_sidebar_left", "scal_summary_strip"}
    assert askers == {True, False} and signed == {True, False}


def test_blind20_hi_ma_large_print_dme_reads_as_its_kind():
    layouts, kinds, signed, codes = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind20_hi_ma_large_print_dme")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert tr["requesting_provider"]
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        signed.add(bool(tr["reviewer"]))
        codes |= {s["codes"][0][0] for s in tr["services"]}
        if spec.layout.startswith("hi_ma_large_print"):
            assert tr["pages"] >= 2 and all(r.segs[0].size >= 16 for r in spec.pages[0].rows[4:8])
        assert "1-800-MEDICARE" in txt and "1-800-966-5955" not in txt  # the unverified Hawaii number never
        assert "DMHC" not in txt and "Independent Medical Review" not in txt and "502(a)" not in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        if "notice.external_review" not in tr["defects"]:
            assert "Independent Review Entity" in txt
        if "notice.expedited_review" not in tr["defects"]:
            assert "72 hours" in txt
        if tr["letter_kind"] == "partial_denial":
            assert len(tr["services"]) >= 2
    assert layouts == {"hi_ma_large_print", "hi_ma_large_print_boxed_heads", "hi_ma_standard_cms_order"}
    assert kinds == {"initial_denial", "partial_denial"} and signed == {True, False} and codes >= {"E", "K", "A"}
    spec = generate(2, template="blind20_hi_ma_large_print_dme", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]
    spec = generate(2, template="blind20_hi_ma_large_print_dme", defects=["process.reviewer_not_physician"])
    assert spec.truth["reviewer"] and spec.truth["reviewer"]["specialty"] is None


def test_blind20_co_erisa_portal_exclusion_reads_as_its_kind():
    from analyzer.samplegen.blind20 import parse_blind20_date

    layouts, funded, signed, keys = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind20_co_erisa_portal_exclusion")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "CO" and tr["region"] == "Colorado"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "not_covered"
        assert tr["dates"]["service"] is None
        layouts.add(spec.layout)
        signed.add(bool(tr["reviewer"]))
        keys.add(tr["services"][0]["codes"][0])
        selfund = "self-funded" in txt
        funded.add(selfund)
        assert "Message ID" in txt and ("Sent:" in spec.text or spec.layout == "co_portal_header_grid")
        # the letter date is the plan's own Sent line; the print time (and a forward) come later and are unmarked
        letter = tr["dates"]["letter"]
        printed = re.search(r"[Pp]rinted (.+?)(?:,)? \d{1,2}:\d{2} [AP]M", spec.text)
        assert printed and parse_blind20_date(printed[1]).isoformat() > letter
        sent_lines = re.findall(r"Sent:? (.+?) \d{1,2}:\d{2} [AP]M", spec.text)
        if spec.layout == "co_portal_forwarded":
            assert "Forwarded message" in spec.text and len(sent_lines) == 2
            assert parse_blind20_date(sent_lines[0]).isoformat() > letter
            assert parse_blind20_date(sent_lines[1]).isoformat() == letter
        # IVF and egg freezing only on self-funded plans
        if tr["services"][0]["codes"][0] in ("58970", "89250", "89337"):
            assert selfund
        assert "DMHC" not in txt and "Independent Medical Review" not in txt
        assert "502(a)" in txt and ("303-338-3800" in txt or "1-888-681-7878" in txt)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.plan_provision" not in tr["defects"]:
            assert ("Summary Plan Description" in txt) == selfund and ("Evidence of Coverage" in txt) != selfund
        if "notice.consumer_assistance" not in tr["defects"]:
            assert "1-866-444-3272" in txt and ("Colorado Division of Insurance" in txt) != selfund
    assert layouts == {"co_portal_message", "co_portal_forwarded", "co_portal_header_grid"}
    assert funded == {True, False} and signed == {True, False} and len(keys) >= 4
    spec = generate(2, template="blind20_co_erisa_portal_exclusion", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9


def test_blind20_compliant_letters_carry_required_pieces():
    for t in BLIND20:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "habla español" in txt and re.search(r"free|no cost|no-cost", txt, re.I)
            assert tr["stated_appeal_deadline_days"] in (60, 180)


def test_blind20_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND20}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND20, each=each)
    sc, hm, ce = BLIND20
    assert plans[sc] == {"commercial_hmo"} and states[sc] == {"CA"} and kinds[sc] == {"initial_denial"}
    assert cats[sc] == {"out_of_network"} and urg[sc] == {"standard", "expedited"}
    assert plans[hm] == {"medicare_advantage"} and states[hm] == {"HI"} and cats[hm] == {"medical_necessity"}
    assert kinds[hm] == {"initial_denial", "partial_denial"} and urg[hm] == {"standard", "expedited"}
    assert plans[ce] == {"erisa_group"} and states[ce] == {"CO"} and kinds[ce] == {"initial_denial"}
    assert cats[ce] == {"not_covered"}
    for t in BLIND20:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template", BLIND20)
def test_blind20_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 2


# --- twenty-first blind set (analyzer/samplegen/blind21.py): written without sight of the extractor; measured once ---


def test_blind21_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind19 import STYLES as B19_STYLES
    from analyzer.samplegen.blind20 import STYLES as B20_STYLES
    from analyzer.samplegen.blind21 import STYLES, b21date, parse_blind21_date

    d = dt.date(2025, 3, 5)
    assert b21date(d, "capsfull") == "MARCH 5, 2025" and b21date(d, "monord") == "Mar. 5th, 2025"
    assert b21date(dt.date(2025, 5, 2), "monord") == "May 2nd, 2025" and b21date(d, "dowdmy") == "Wed 05 Mar 2025"
    assert b21date(d, "dotmdyy") == "03.05.25" and b21date(d, "es_dow") == "miércoles, 5 de marzo de 2025"
    assert b21date(d, "es_roman") == "5-III-2025" and b21date(dt.date(2025, 4, 9), "es_upabbr") == "09 ABR 2025"
    assert set(STYLES) - set(B19_STYLES) - set(B20_STYLES) == set(STYLES)
    _assert_dates_round_trip(b21date, parse_blind21_date, STYLES, d)
    assert parse_blind21_date("Thu 05 Mar 2025") is None and parse_blind21_date("martes, 5 de marzo de 2025") is None
    assert parse_blind21_date("5-XIII-2025") is None and parse_blind21_date("May. 2nd, 2025") is None
    assert parse_blind21_date("Mar 5th, 2025") is None and parse_blind21_date("05 APR 2025") is None
    assert parse_blind21_date("FOO 5, 2025") is None and parse_blind21_date("03.05.2025") is None


def test_blind21_ga_fax_cover_appeal_upheld_reads_as_its_kind():
    from analyzer.samplegen.blind21 import parse_blind21_date

    layouts, plans, parts, signed = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind21_ga_fax_cover_appeal_upheld")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["state"] == "GA" and tr["region"] == "Georgia" and tr["letter_kind"] == "grievance_decision"
        assert tr["denial_category"] == "experimental_investigational" and tr["dates"]["service"] is None
        assert tr["requesting_provider"] and tr["dates"]["decision"] and tr["criteria_cited"]
        layouts.add(spec.layout)
        plans.add(tr["plan_type"])
        parts.add(len(tr["services"]))
        signed.add(bool(tr["reviewer"]))
        pages = spec.page_texts()
        # page 1 is the fax cover: no letter date on it, a page count equal to the pages sent, a privacy notice
        assert re.search(r"CONFIDENTIAL", pages[0]) and tr["member"]["id"] in pages[0]
        m = re.search(r"Pages\W+(\d+)", pages[0], re.I)
        assert m and int(m[1]) == tr["pages"] == len(pages)
        # the fax sent date is the letter date or later, never earlier, and it is not marked
        sent = re.search(r"Date sent\W+(.+?), \d{1,2}:\d{2} [AP]M", pages[0], re.I)
        assert sent and parse_blind21_date(sent[1]).isoformat() >= tr["dates"]["letter"]
        assert tr["dates"]["request_received"] <= tr["dates"]["decision"] <= tr["dates"]["letter"]
        if spec.layout != "ga_fax_cover_inline":
            assert re.search(r"^(\u00b9|\*) (Criteria|Guideline)", spec.text, re.M)
        erisa = tr["plan_type"] == "erisa_group"
        assert ("502(a)" in txt) == erisa and "DMHC" not in txt and "Independent Medical Review" not in txt
        assert "1-888-865-5813" not in txt  # the unverified Georgia Member Services number never
        if "notice.external_review" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 120 and "147.136" in txt
        if "notice.consumer_assistance" not in tr["defects"]:
            assert ("1-866-444-3272" in txt) == erisa and ("Commissioner of Insurance" in txt) != erisa
        if "process.decision_untimely" in tr["defects"]:
            import datetime as dt

            gap = dt.date.fromisoformat(tr["dates"]["decision"]) - dt.date.fromisoformat(tr["dates"]["request_received"])
            assert gap.days > 30
    assert layouts == {"ga_fax_cover_footnotes", "ga_fax_cover_inline", "ga_fax_cover_grid_starred"}
    assert plans == {"commercial_hmo", "erisa_group"} and parts == {1, 2} and signed == {True, False}
    spec = generate(2, template="blind21_ga_fax_cover_appeal_upheld", defects=["process.reviewer_not_physician"])
    assert spec.truth["reviewer"] and spec.truth["reviewer"]["specialty"] is None


def test_blind21_wa_spanish_eating_disorder_php_reads_as_its_kind():
    layouts, signed, creds, svcs = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind21_wa_spanish_eating_disorder_php")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["language"] == "es" and tr["plan_type"] == "commercial_hmo" and tr["state"] == "WA"
        assert tr["region"] == "Washington" and tr["letter_kind"] == "initial_denial"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        signed.add(bool(tr["reviewer"]))
        if tr["reviewer"]:
            creds.add(tr["reviewer"]["credentials"])
        svcs.add(tr["services"][0]["codes"][0])
        assert all(d["codes"][0].startswith("F") for d in tr["diagnoses"])
        assert "1-888-901-4636" in txt and ("Estimad" in txt or "Apreciad" in txt)
        # no California law and no parity citation the catalogue does not verify for Washington
        assert "DMHC" not in txt and "1374.721" not in txt and "2590.712" not in txt and "1-800-562-6900" not in txt
        pages = spec.page_texts()
        if spec.layout == "wa_es_english_translation":
            assert re.search(r"English translation|ENGLISH TRANSLATION|Translation into English", pages[-1])
            assert spec.spans("REASON")[0] not in pages[-1]
        if spec.layout == "wa_es_english_summary_box":
            assert "English summary:" in pages[0]
        if "notice.reason_specific" not in tr["defects"]:
            assert "intensivo ambulatorio" in tr["denial_reason"] or ":" in tr["denial_reason"]
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.external_review" not in tr["defects"]:
            assert "4 meses" in txt
        if "process.decision_untimely" not in tr["defects"] and tr["dates"]["request_received"]:
            import datetime as dt

            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days <= 5
    assert layouts == {"wa_es_letter", "wa_es_english_translation", "wa_es_english_summary_box"}
    assert signed == {True, False} and svcs == {"H0035", "H0018"}
    assert creds & {"MD", "M.D.", "DO"} and creds & {"PhD", "PsyD", "Ph.D."}
    spec = generate(2, template="blind21_wa_spanish_eating_disorder_php", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind21_nw_continued_table_reads_as_its_kind():
    layouts, plans, states, signed, results, letters = set(), set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind21_nw_continued_table")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["region"] == "Northwest" and tr["letter_kind"] == "partial_denial"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert 8 <= len(tr["services"]) <= 15 and tr["requesting_provider"]
        assert all(s["codes"][0][0] in "JSAE" for s in tr["services"])
        layouts.add(spec.layout)
        plans.add(tr["plan_type"])
        states.add(tr["state"])
        signed.add(bool(tr["reviewer"]))
        pages = spec.page_texts()
        # the table breaks: a later page opens its part of the table with a continued line above the repeated header
        cont = [p for p in pages[1:] if re.search(r"^(\(continued\)|Line items \(continued\)|Table continued from "
                                                  r"previous page)$", p, re.M)]
        assert cont, (seed, spec.layout)
        head = pages[0].split("\n")[[i for i, ln in enumerate(pages[0].split("\n")) if "HCPCS" in ln or
                                      ln.startswith(("Code ", "Item requested"))][0]]
        assert head in cont[0]
        for word in ("Approved", "Denied", "Reduced", "Partly approved"):
            if re.search(word, txt, re.I):
                results.add(word.lower())
        letters.add(tr["member"]["id"] in pages[0])
        # the summary names the denied lines; the first denied row of the table is the one it leads with
        denied = [s["text"] for s in tr["services"] if re.search(re.escape(norm(s["text"])) + r".{0,40}(DENIED|Denied)",
                                                                   txt)]
        if "notice.reason_specific" not in tr["defects"]:
            assert denied and all(d in tr["denial_reason"] for d in denied), (seed, denied)
        ma = tr["plan_type"] == "medicare_advantage"
        assert "1-800-813-2000" not in txt and "DMHC" not in txt  # the unverified Northwest number never
        assert ("1-800-MEDICARE" in txt) == ma and ("502(a)" not in txt)
        if tr["state"] == "WA":
            assert re.search(r"(Vancouver|Camas|Longview|Battle Ground|Washougal), WA 986", spec.text)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == (60 if ma else 180)
        if ma and "notice.external_review" not in tr["defects"]:
            assert "Independent Review Entity" in txt
    assert layouts == {"nw_table_numbered_grid", "nw_table_code_first", "nw_table_plain_words"}
    assert plans == {"medicare_advantage", "commercial_hmo"} and states == {"OR", "WA"} and signed == {True, False}
    assert {"approved", "denied"} <= results and results & {"reduced", "partly approved"}
    spec = generate(2, template="blind21_nw_continued_table", defects=["medicare.internal_criteria"])
    assert spec.truth["criteria_cited"] and "Medicare" not in spec.truth["criteria_cited"][0]
    spec = generate(2, template="blind21_nw_continued_table", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind21_compliant_letters_carry_required_pieces():
    for t in BLIND21:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert re.search(r"habla español|speak English", txt, re.I) and re.search(r"free|gratis", txt, re.I)
            assert tr["stated_appeal_deadline_days"] in (60, 120, 180)


def test_blind21_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND21}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND21, each=each)
    ga = BLIND21[0]
    assert plans[ga] == {"commercial_hmo", "erisa_group"} and states[ga] == {"GA"}
    assert kinds[ga] == {"grievance_decision"} and cats[ga] == {"experimental_investigational"}
    assert urg[ga] == {"standard", "expedited"}
    wa = BLIND21[1]
    assert plans[wa] == {"commercial_hmo"} and states[wa] == {"WA"} and kinds[wa] == {"initial_denial"}
    assert cats[wa] == {"medical_necessity"} and urg[wa] == {"standard", "expedited"}
    nw = BLIND21[2]
    assert plans[nw] == {"medicare_advantage", "commercial_hmo"} and states[nw] == {"OR", "WA"}
    assert kinds[nw] == {"partial_denial"} and cats[nw] == {"medical_necessity"} and urg[nw] == {"standard", "expedited"}
    for t in BLIND21:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template", BLIND21)
def test_blind21_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 2


# --- twenty-second blind set (analyzer/samplegen/blind22.py): written without sight of the extractor; measured once ---


def test_blind22_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind20 import STYLES as B20_STYLES
    from analyzer.samplegen.blind21 import STYLES as B21_STYLES
    from analyzer.samplegen.blind22 import STYLES, b22date, parse_blind22_date

    d = dt.date(2026, 3, 5)
    assert b22date(d, "isowkday") == "2026-03-05 (Thu)" and b22date(d, "slashbare") == "3/5/2026"
    assert b22date(d, "wkordof") == "Thursday, the 5th of March 2026" and b22date(d, "dmondash") == "05-Mar-2026"
    assert b22date(d, "ymdslash") == "2026/03/05" and b22date(d, "monbare") == "March 5 2026"
    assert set(STYLES) - set(B20_STYLES) - set(B21_STYLES) == set(STYLES)
    _assert_dates_round_trip(b22date, parse_blind22_date, STYLES, d)
    assert parse_blind22_date("2026-03-05 (Fri)") is None and parse_blind22_date("Friday, the 5th of March 2026") is None
    assert parse_blind22_date("03/05/2026") is None and parse_blind22_date("05-Foo-2026") is None
    assert parse_blind22_date("Thursday, the 5rd of March 2026") is None and parse_blind22_date("Foo 5 2026") is None
    assert parse_blind22_date("2026/13/05") is None


def test_blind22_midatlantic_checkbox_reasons_reads_as_its_kind():
    layouts, marks, states, plans, cats, seconds = set(), set(), set(), set(), set(), set()
    labels = {"medical_necessity": r"medically necessary|medical necessity", "not_covered": r"covered benefit|not cover",
              "out_of_network": r"outside the Kaiser Permanente network|not a plan provider"}
    for seed in range(40):
        spec = generate(seed, template="blind22_midatlantic_checkbox_reasons")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["region"] == "Mid-Atlantic States" and tr["letter_kind"] == "initial_denial"
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        layouts.add(spec.layout)
        states.add(tr["state"])
        plans.add(tr["plan_type"])
        cats.add(tr["denial_category"])
        # the checked box: its mark opens the line (or grid row) of the category's printed label
        lines = spec.text.split("\n")
        checked = [ln for ln in lines if re.match(r"(\[X\]|X|\(x\)|\u2612)\s", ln)]
        unchecked = [ln for ln in lines if re.match(r"(\[ \]|_|\( \)|\u2610)\s", ln)]
        assert 1 <= len(checked) <= 2 and len(unchecked) >= 4, (seed, checked)
        assert re.search(labels[tr["denial_category"]], checked[0] if len(checked) == 1 else " ".join(checked))
        marks.add(checked[0].split()[0])
        seconds.add(len(checked))
        assert spec.spans("REASON")[0] not in " ".join(unchecked)
        assert "1-800-777-7902" in txt and "HealthChoices" not in txt and "DMHC" not in txt
        erisa = tr["plan_type"] == "erisa_group"
        assert ("502(a)" in txt) == erisa
        if "notice.consumer_assistance" not in tr["defects"] and not erisa:
            assert {"MD": "1-877-261-8807", "VA": "1-877-310-6560", "DC": "Ombudsman"}[tr["state"]] in txt
        if tr["denial_category"] == "medical_necessity" and not set(tr["defects"]) & {"notice.criteria_cited",
                                                                                       "notice.reason_specific"}:
            assert tr["criteria_cited"]
        if tr["denial_category"] != "medical_necessity":
            assert not tr["criteria_cited"]
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
    assert layouts == {"ma_checklist_letter", "ma_checklist_form_grid", "ma_checklist_boxed_rights_later"}
    assert states == {"MD", "VA", "DC"} and plans == {"commercial_hmo", "erisa_group"}
    assert cats == {"medical_necessity", "not_covered", "out_of_network"} and seconds == {1, 2}
    assert len(marks) >= 3, marks


def test_blind22_scal_therapy_visit_limit_reads_as_its_kind():
    from analyzer.samplegen.blind22 import parse_blind22_date

    layouts, plans, cats, aacap, approved = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind22_scal_therapy_visit_limit")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["state"] == "CA" and tr["region"] == "Southern California" and tr["letter_kind"] == "partial_denial"
        assert tr["dates"]["service"] is None
        layouts.add(spec.layout)
        plans.add(tr["plan_type"])
        cats.add(tr["denial_category"])
        approved.add(len(tr["services"]))
        asked = re.search(r"^Visits requested \.{4,} (\d+)$", spec.text, re.M)
        ok = re.search(r"^Visits approved \.{4,} (\d+)$", spec.text, re.M)
        assert asked and ok and 0 < int(ok[1]) < int(asked[1])
        rec = re.search(r"^(Date we got the request|Request received) \.{4,} (.+)$", spec.text, re.M)
        assert (rec is not None) == (tr["dates"]["request_received"] is not None)
        if rec:
            assert parse_blind22_date(rec[2]).isoformat() == tr["dates"]["request_received"]
        for m in re.finditer(r"^(Plan of care started|Last visit on file) \.{4,} (.+)$", spec.text, re.M):
            assert parse_blind22_date(m[2]).isoformat() < tr["dates"]["letter"]
        ma = tr["plan_type"] == "medicare_advantage"
        assert ("1-800-MEDICARE" in txt) == ma and ("1-800-443-0815" in txt) == ma
        if not ma and "notice.dmhc_statement" not in tr["defects"]:
            assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
        if not ma and tr["denial_category"] == "medical_necessity" and "process.reviewer_not_physician" not in tr["defects"]:
            assert tr["reviewer"] and tr["reviewer"]["phone"]
        if tr["denial_category"] == "not_covered":
            assert not ma and "Evidence of Coverage" in txt and not tr["criteria_cited"]
        if any(d["codes"][0] == "F84.0" for d in tr["diagnoses"]) and tr["criteria_cited"]:
            aacap.add("AACAP" in tr["criteria_cited"][0])
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in ((60, 65) if ma else (180,))
    assert layouts == {"scal_dots_typewriter", "scal_dots_summary_heading", "scal_dots_rights_page"}
    assert plans == {"commercial_hmo", "medicare_advantage"} and cats == {"medical_necessity", "not_covered"}
    assert approved == {1, 2} and True in aacap
    spec = generate(2, template="blind22_scal_therapy_visit_limit", defects=["mh_parity.non_association_criteria"])
    assert spec.truth["criteria_cited"] and "AACAP" not in spec.truth["criteria_cited"][0]
    assert spec.truth["diagnoses"][0]["codes"] == ["F84.0"]


def test_blind22_hi_mainland_referral_reads_as_its_kind():
    layouts, plans, places, iso = set(), set(), set(), 0
    for seed in range(40):
        spec = generate(seed, template="blind22_hi_mainland_referral")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["state"] == "HI" and tr["region"] == "Hawaii" and tr["letter_kind"] == "initial_denial"
        assert tr["denial_category"] == "out_of_network" and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        plans.add(tr["plan_type"])
        codes = [s["codes"][0] for s in tr["services"]]
        assert "A0140" in codes and codes[0] not in ("A0140", "A0180")
        states = set(re.findall(r"(Washington|California|Colorado|Arizona|Oregon|Utah|Nevada|Idaho|Alaska|New Mexico)",
                                txt))
        assert len(states) >= 2, (seed, states)
        places |= states
        assert re.search(r"(Oahu|Maui)", tr["denial_reason"]) and "1-800-966-5955" not in txt
        iso += bool(re.fullmatch(r"\d{4}-\d{2}-\d{2} \([A-Z][a-z]{2}\)", spec.spans("DATE_LETTER")[0]))
        ma = tr["plan_type"] == "medicare_advantage"
        assert ("1-800-MEDICARE" in txt) == ma and "DMHC" not in txt and "502(a)" not in txt
        if not ma and "notice.consumer_assistance" not in tr["defects"]:
            assert "Hawaii Insurance Division" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in ((60, 65) if ma else (180,))
    assert layouts == {"hi_plain_letter", "hi_offer_table", "hi_travel_sidebar"}
    assert plans == {"commercial_hmo", "medicare_advantage"} and len(places) >= 6 and iso >= 5


def test_blind22_compliant_letters_carry_required_pieces():
    for t in BLIND22:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert re.search(r"habla español", txt, re.I) and re.search(r"free|at no cost", txt, re.I)
            assert tr["stated_appeal_deadline_days"] in (60, 65, 180)
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "72 hours" in txt
            elif tr["state"] == "CA":
                assert "1-888-466-2219" in txt and "Independent Medical Review" in txt and "1-888-804-3536" in txt
                assert len(re.findall(r"\(TTY 711\)", txt)) >= 15
            else:
                assert "independent review organization" in txt and "4 months" in txt


def test_blind22_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND22}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)
        assert 1 <= tr["pages"] <= 4

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND22, each=each)
    ma, sc, hi = BLIND22
    assert plans[ma] == {"commercial_hmo", "erisa_group"} and states[ma] == {"MD", "VA", "DC"}
    assert kinds[ma] == {"initial_denial"} and cats[ma] == {"medical_necessity", "not_covered", "out_of_network"}
    assert plans[sc] == {"commercial_hmo", "medicare_advantage"} and states[sc] == {"CA"}
    assert kinds[sc] == {"partial_denial"} and cats[sc] == {"medical_necessity", "not_covered"}
    assert plans[hi] == {"commercial_hmo", "medicare_advantage"} and states[hi] == {"HI"}
    assert kinds[hi] == {"initial_denial"} and cats[hi] == {"out_of_network"}
    for t in BLIND22:
        assert urg[t] == {"standard", "expedited"}, t
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template", BLIND22)
def test_blind22_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 2


# --- twenty-third blind set (analyzer/samplegen/blind23.py): written without sight of the extractor; measured once ---


def test_blind23_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind20 import STYLES as B20_STYLES
    from analyzer.samplegen.blind21 import STYLES as B21_STYLES
    from analyzer.samplegen.blind23 import STYLES, b23date, parse_blind23_date

    d = dt.date(2025, 3, 5)
    assert b23date(d, "nocomma") == "March 5 2025" and b23date(d, "dmonslash") == "05/Mar/2025"
    assert b23date(d, "capsdot") == "MAR. 5, 2025" and b23date(dt.date(2025, 5, 2), "capsdot") == "MAY 2, 2025"
    assert b23date(d, "dashyy") == "03-05-25" and b23date(d, "isodow") == "2025-03-05 (Wed)"
    assert b23date(d, "wkdmy") == "Wednesday 5 March 2025"
    assert set(STYLES) - set(B20_STYLES) - set(B21_STYLES) == set(STYLES)
    _assert_dates_round_trip(b23date, parse_blind23_date, STYLES, d)
    assert parse_blind23_date("2025-03-05 (Thu)") is None and parse_blind23_date("Tuesday 5 March 2025") is None
    assert parse_blind23_date("MAY. 2, 2025") is None and parse_blind23_date("MAR 5, 2025") is None
    assert parse_blind23_date("05/Foo/2025") is None and parse_blind23_date("03-05-2025") is None
    assert parse_blind23_date("Smarch 5 2025") is None and parse_blind23_date("02-30-25") is None


def test_blind23_co_pharmacy_step_therapy_reads_as_its_kind():
    from analyzer.samplegen.blind23 import parse_blind23_date

    layouts, plans, cats, codes, signed = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind23_co_pharmacy_step_therapy")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["state"] == "CO" and tr["region"] == "Colorado" and tr["letter_kind"] == "initial_denial"
        assert tr["dates"]["service"] is None and tr["requesting_provider"] and len(tr["services"]) == 1
        layouts.add(spec.layout)
        plans.add(tr["plan_type"])
        cats.add(tr["denial_category"])
        signed.add(bool(tr["reviewer"]))
        svc = tr["services"][0]
        codes.add(tuple(svc["codes"]))
        # self-administered drugs carry no code; infused ones their J-code; the alternatives are never the service
        assert svc["codes"] in ([], ["J3380"], ["J1439"])
        assert not re.search(r"Hyrimoz|Inflectra|Venofer|topiramate \(|propranolol", svc["text"])
        if tr["denial_category"] == "not_covered":
            assert re.search(r"Wegovy|Zepbound", svc["text"]) and tr["reviewer"] is None
            if "notice.plan_provision" not in tr["defects"]:
                assert ("Summary Plan Description" in txt) == (tr["plan_type"] == "erisa_group")
        else:
            assert "formulary exception" in txt and "PharmD" in txt
            if tr["reviewer"]:
                assert "PharmD" not in (tr["reviewer"]["credentials"] or "")
        if spec.layout == "co_rx_two_column":
            assert re.search(r"^Drug requested (Preferred alternatives|Covered instead)$", spec.text, re.M)
        # the prescription's written date is printed and comes before the request date
        m = re.search(r"(?:prescription dated|written on) (.+?(?:\d{2}|\([A-Z][a-z]{2}\)))(?=[).])", txt)
        assert m, seed
        if tr["dates"]["request_received"]:
            assert parse_blind23_date(m[1]).isoformat() < tr["dates"]["request_received"]
        erisa = tr["plan_type"] == "erisa_group"
        assert ("502(a)" in txt) == erisa and "DMHC" not in txt and "Independent Medical Review" not in txt
        assert "1-800-632-9700" not in txt  # the unverified statewide Colorado number never
        if "notice.consumer_assistance" not in tr["defects"]:
            assert ("1-866-444-3272" in txt) == erisa and ("Colorado Division of Insurance" in txt) != erisa
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.external_review" not in tr["defects"]:
            assert "4 months" in txt and "147.136" in txt
    assert layouts == {"co_rx_two_column", "co_rx_steps", "co_rx_summary_box"}
    assert plans == {"commercial_hmo", "erisa_group"} and cats == {"medical_necessity", "not_covered"}
    assert signed == {True, False} and {(), ("J3380",), ("J1439",)} <= codes | {("J3380",), ("J1439",)}
    assert () in codes and codes & {("J3380",), ("J1439",)}
    spec = generate(2, template="blind23_co_pharmacy_step_therapy", defects=["process.reviewer_not_physician"])
    assert spec.truth["reviewer"] and spec.truth["reviewer"]["specialty"] is None
    spec = generate(2, template="blind23_co_pharmacy_step_therapy", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind23_medi_cal_home_nursing_noa_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind23 import parse_blind23_date

    layouts, codes, received, decided = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind23_medi_cal_home_nursing_noa")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medi_cal" and tr["state"] == "CA" and tr["letter_kind"] == "termination_notice"
        assert tr["region"] in ("Northern California", "Southern California")
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert tr["requesting_provider"]
        layouts.add(spec.layout)
        codes |= {c for s in tr["services"] for c in s["codes"]}
        received.add(tr["dates"]["request_received"] is not None)
        decided.add(tr["dates"]["decision"] is not None)
        pages = spec.page_texts()
        # the mailing window: return address, a line of digit groups, then the member's name and address
        lines = pages[0].split("\n")
        assert lines[0] == "Kaiser Permanente" and re.fullmatch(r"(\d{4} ){4}\d{4}", lines[4])
        assert lines[5] == tr["member"]["name"]
        assert re.search(r"notice of action", pages[0], re.I)
        # the effective date is printed, after the letter date, and is not a truth date
        m = re.search(r"(?:reduced on|stop on|effective) (.+?)\n", pages[0])
        eff = parse_blind23_date(m[1])
        assert eff and eff.isoformat() > tr["dates"]["letter"]
        assert eff.isoformat() not in tr["dates"].values()
        assert "State Hearing" in txt and "(800) 743-8525" in txt and "1-888-452-8609" in txt
        assert "1-800-464-4000" in txt and "Senior Advantage" not in txt
        if "notice.language_assistance" not in tr["defects"]:
            assert max(len([ln for ln in p.split("\n") if "1-800-464-4000" in ln]) for p in pages) >= 15
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "www.dmhc.ca.gov" in txt and "Independent Medical Review" in txt
        if tr["dates"]["decision"]:
            assert dt.date.fromisoformat(tr["dates"]["decision"]) <= dt.date.fromisoformat(tr["dates"]["letter"])
    assert layouts == {"mcal_noa_table", "mcal_noa_prose", "mcal_noa_rights_grid"}
    assert codes <= {"G0299", "G0156", "S9123", "S9124"} and {"G0299", "G0156"} <= codes
    assert received == {True, False} and decided == {True, False}
    spec = generate(2, template="blind23_medi_cal_home_nursing_noa", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind23_wa_or_ma_snf_ending_reads_as_its_kind():
    from analyzer.samplegen.blind23 import parse_blind23_date

    layouts, states, regions, requested = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind23_wa_or_ma_snf_ending")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["letter_kind"] == "termination_notice"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        states.add(tr["state"])
        regions.add(tr["region"])
        requested.add(tr["requesting_provider"] is not None)
        # the facility requested more days exactly when the letter names it as the requester
        assert (tr["requesting_provider"] is None) == (tr["dates"]["request_received"] is None)
        assert tr["services"][0]["codes"] == [] and "skilled nursing facility" in tr["services"][0]["text"].lower()
        # the last covered day is printed in the timeline and is after the letter date; it is not a truth date
        m = re.search(r"Last covered day:? (.+?)$|^(.+?) - Last covered day$", spec.text, re.M)
        words = (m[1] or m[2]).split()
        last = next(d for d in (parse_blind23_date(" ".join(words[:k])) for k in range(1, 5)) if d)
        assert last and last.isoformat() > tr["dates"]["letter"] and last.isoformat() not in tr["dates"].values()
        assert "Quality Improvement Organization" not in txt and "1-800-813-2000" not in txt
        assert "1-800-MEDICARE" in txt and "DMHC" not in txt
        assert ("1-888-901-4600" in txt) == (tr["region"] == "Washington")
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65)
        if "notice.external_review" not in tr["defects"]:
            assert "Independent Review Entity" in txt
        if tr["criteria_cited"] and "medicare.internal_criteria" not in tr["defects"]:
            assert re.search(r"Medicare Benefit Policy Manual|42 CFR 409\.31", tr["criteria_cited"][0])
    assert layouts == {"snf_timeline_table", "snf_timeline_list", "snf_timeline_sidebar"}
    assert states == {"WA", "OR"} and regions == {"Washington", "Northwest"} and requested == {True, False}
    spec = generate(2, template="blind23_wa_or_ma_snf_ending", defects=["medicare.internal_criteria"])
    assert spec.truth["criteria_cited"] and "Medicare" not in spec.truth["criteria_cited"][0]
    spec = generate(2, template="blind23_wa_or_ma_snf_ending", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind23_compliant_letters_carry_required_pieces():
    for t in BLIND23:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "Si habla español" in txt and re.search(r"free|no cost", txt, re.I)
            assert tr["stated_appeal_deadline_days"] in (60, 65, 180)
            if tr["plan_type"] == "medi_cal":
                assert "State Hearing" in txt and "paid pending" in txt and "10 days" in txt
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "Independent Medical Review" in txt
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "72 hours" in txt
            if tr["plan_type"] in ("commercial_hmo", "erisa_group"):
                assert "147.136" in txt and "expedited" in txt


def test_blind23_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND23}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)
        assert 1 <= tr["pages"] <= 4, (t, seed, tr["pages"])

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND23, each=each)
    co, mc, snf = BLIND23
    assert plans[co] == {"commercial_hmo", "erisa_group"} and states[co] == {"CO"} and kinds[co] == {"initial_denial"}
    assert cats[co] == {"medical_necessity", "not_covered"} and urg[co] == {"standard", "expedited"}
    assert plans[mc] == {"medi_cal"} and states[mc] == {"CA"} and kinds[mc] == {"termination_notice"}
    assert cats[mc] == {"medical_necessity"}
    assert plans[snf] == {"medicare_advantage"} and states[snf] == {"WA", "OR"}
    assert kinds[snf] == {"termination_notice"} and cats[snf] == {"medical_necessity"}
    for t in BLIND23:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template", BLIND23)
def test_blind23_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 2


# --- twenty-fourth blind set (analyzer/samplegen/blind24.py): written without sight of the extractor; measured once ---


def test_blind24_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind20 import STYLES as B20_STYLES
    from analyzer.samplegen.blind21 import STYLES as B21_STYLES
    from analyzer.samplegen.blind24 import STYLES, b24date, parse_blind24_date

    d = dt.date(2025, 3, 5)
    assert b24date(d, "padlong") == "March 05, 2025" and b24date(d, "dmcomma") == "05 March, 2025"
    assert b24date(d, "capsabbr") == "MAR. 5, 2025" and b24date(dt.date(2025, 5, 2), "capsabbr") == "MAY 2, 2025"
    assert b24date(d, "wkslash") == "Wednesday, 03/05/2025" and b24date(d, "ymcaps") == "2025 MAR 05"
    assert set(STYLES) - set(B20_STYLES) - set(B21_STYLES) == set(STYLES)
    _assert_dates_round_trip(b24date, parse_blind24_date, STYLES, d)
    assert parse_blind24_date("Thursday, 03/05/2025") is None and parse_blind24_date("MAY. 2, 2025") is None
    assert parse_blind24_date("MAR 5, 2025") is None and parse_blind24_date("March 5, 2025") is None
    assert parse_blind24_date("2025 MRZ 05") is None and parse_blind24_date("05 Marzo, 2025") is None


def test_blind24_nca_sud_residential_appeal_reads_as_its_kind():
    layouts, signed, levels = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind24_nca_sud_residential_appeal")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["state"] == "CA" and tr["region"] == "Northern California" and tr["plan_type"] == "commercial_hmo"
        assert tr["letter_kind"] == "grievance_decision" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["dates"]["request_received"]
        assert tr["services"][0]["codes"][0] in ("H0018", "H2036") and len(tr["services"]) == 1
        assert all(d["codes"][0].startswith("F") for d in tr["diagnoses"])
        layouts.add(spec.layout)
        signed.add(bool(tr["reviewer"]))
        # the six dimensions are printed, with a rating for each
        for dim in ("withdrawal potential", "Biomedical conditions", "Readiness to change", "living environment"):
            assert dim in txt, (seed, dim)
        m = re.search(r"Level (2\.[15])", txt)
        if m:
            levels.add(m[1])
        pages = spec.page_texts()
        if spec.layout == "nca_dimensions_attachment":
            assert re.search(r"Attachment A|ATTACHMENT A", pages[-1]) and "Readiness to change" in pages[-1]
        parity = "mh_parity.non_association_criteria" in tr["defects"]
        if parity:
            assert tr["criteria_cited"] and "ASAM" not in tr["criteria_cited"][0] and "ASAM" not in tr["denial_reason"]
        elif "notice.criteria_cited" not in tr["defects"]:
            assert tr["criteria_cited"] and "ASAM" in tr["criteria_cited"][0]
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
            assert "Independent Medical Review" in txt and tr["stated_appeal_deadline_days"] == 180
        assert "external review" not in txt.lower() and "1-800-MEDICARE" not in txt
        import datetime as dt

        gap = (dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
               - dt.date.fromisoformat(tr["dates"]["request_received"])).days
        limit = 3 if tr["urgency"] == "expedited" else 30
        assert (gap > limit) == ("process.decision_untimely" in tr["defects"]), (seed, gap)
    assert layouts == {"nca_dimensions_inline", "nca_dimensions_attachment", "nca_glance_header"}
    assert signed == {True, False} and levels == {"2.1", "2.5"}
    spec = generate(2, template="blind24_nca_sud_residential_appeal", defects=["process.reviewer_not_physician"])
    assert spec.truth["reviewer"] and spec.truth["reviewer"]["specialty"] is None


def test_blind24_scal_outside_second_opinion_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind24 import parse_blind24_date

    layouts, asked, dxs = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind24_scal_outside_second_opinion")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["state"] == "CA" and tr["region"] == "Southern California" and tr["plan_type"] == "commercial_hmo"
        assert tr["letter_kind"] == "second_opinion_denial" and tr["denial_category"] == "second_opinion"
        assert tr["dates"]["service"] is None and not tr["criteria_cited"]
        assert tr["services"][0]["codes"][0] in ("99245", "99205")
        assert {c for s in tr["services"] for c in s["codes"]} <= {"99245", "99205", "88321"}
        assert tr["diagnoses"][0]["codes"][0][0] == "C"
        layouts.add(spec.layout)
        asked.add(tr["requesting_provider"] is None)
        dxs.add(tr["diagnoses"][0]["codes"][0])
        # the care timeline prints several earlier dates, none of them a truth date
        truth_days = {v for v in tr["dates"].values() if v}
        shown = [parse_blind24_date(m) for m in re.findall(
            r"(?:[A-Z][a-z]+, \d{2}/\d{2}/\d{4}|[A-Z][a-z]+ \d{2}, \d{4}|\d{2} [A-Z][a-z]+, \d{4}|[A-Z]{3}\.? \d{1,2}, "
            r"\d{4}|\d{4} [A-Z]{3} \d{2})", spec.text)]
        early = [d for d in shown if d and d.isoformat() < min(truth_days)]
        assert len(early) >= 4 and not {d.isoformat() for d in early} & truth_days, seed
        eligible = "second_opinion.eligible_denied" in tr["defects"]
        assert ("1383.15" in txt) != eligible
        if not eligible:
            assert re.search(r"(MD|M\.D\.|DO),? [^.]*(Oncology|Surgery|Hematology)", txt)
            assert "not a Plan provider" in tr["denial_reason"] or "network" in tr["denial_reason"]
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        assert "72 hours" in txt
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "1-888-466-2219" in txt and "www.dmhc.ca.gov" in txt
        if tr["urgency"] == "expedited" and tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            late = (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days > 3
            assert late == ("second_opinion.untimely" in tr["defects"] or "process.decision_untimely" in tr["defects"])
    assert layouts == {"scal_timeline_grid", "scal_timeline_lines", "scal_summary_box"}
    assert asked == {True, False} and len(dxs) >= 4
    spec = generate(2, template="blind24_scal_outside_second_opinion", defects=["second_opinion.eligible_denied"])
    assert "second_opinion.no_qualified_in_network" in spec.truth["expected_flags"]
    assert "sufficient" in spec.truth["denial_reason"] or "not needed" in spec.truth["denial_reason"]


def test_blind24_midatlantic_numbered_paragraphs_reads_as_its_kind():
    layouts, plans, states, kinds, codes, pages_seen = set(), set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind24_midatlantic_numbered_paragraphs")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["region"] == "Mid-Atlantic States" and tr["state"] in ("MD", "VA", "DC")
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        plans.add(tr["plan_type"])
        states.add(tr["state"])
        kinds.add(tr["letter_kind"])
        codes.add(tr["services"][0]["codes"][0])
        pages_seen.add(tr["pages"])
        pages = spec.page_texts()
        # numbered paragraphs, a running "Page N of M" footer with the reference on every page
        if spec.layout == "mas_paragraph_labels":
            assert re.search(r"^Paragraph 3 - ", spec.text, re.M)
        else:
            assert re.search(r"^(3\.|\(3\)) ", spec.text, re.M)
        for k, p in enumerate(pages, 1):
            assert f"Page {k} of {len(pages)}" in p and tr["member"]["id"] in spec.text
        # the letter date sits at the bottom beside the signature in one layout, at the top otherwise
        lidx = [st for lab, st, _ in spec.annotations if lab == "DATE_LETTER"]
        first_para = re.search(r"^(1\.|\(1\)|Paragraph 1 - )", spec.text, re.M).start()
        if spec.layout == "mas_numbered_date_signed":
            assert lidx and all(i > first_para for i in lidx)
        else:
            assert lidx and all(i < first_para for i in lidx)
        if tr["letter_kind"] == "partial_denial":
            assert len(tr["services"]) == 2 and tr["services"][1]["codes"][0] in ("97802", "G0399")
        fehb = tr["plan_type"] == "fehb"
        if "notice.external_review" not in tr["defects"]:
            assert ("Office of Personnel Management" in txt) == fehb
            assert ("independent review organization" in txt) != fehb
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if not fehb and "notice.consumer_assistance" not in tr["defects"]:
            want = {"MD": "1-877-261-8807", "VA": "1-877-310-6560", "DC": "Office of Health Care Ombudsman"}
            assert want[tr["state"]] in txt
        if fehb:
            assert "72 hours" not in txt and "Ombudsman" not in txt
        assert "1-800-777-7902" in txt and "DMHC" not in txt and "Independent Medical Review" not in txt
    assert layouts == {"mas_numbered_date_top", "mas_numbered_date_signed", "mas_paragraph_labels"}
    assert plans == {"commercial_hmo", "fehb"} and states == {"MD", "VA", "DC"}
    assert kinds == {"initial_denial", "partial_denial"} and codes == {"43775", "43644", "95810", "95811"}
    assert len(pages_seen) >= 2
    spec = generate(2, template="blind24_midatlantic_numbered_paragraphs", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind24_compliant_letters_carry_required_pieces():
    for t in BLIND24:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "ESPAÑOL" in txt and re.search(r"free|gratis|sin costo", txt, re.I)
            assert tr["stated_appeal_deadline_days"] == 180
            if tr["state"] == "CA":
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "Independent Medical Review" in txt
            if tr["plan_type"] == "fehb":
                assert "Office of Personnel Management" in txt


def test_blind24_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND24}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND24, each=each)
    nca, so, mas = BLIND24
    assert plans[nca] == {"commercial_hmo"} and states[nca] == {"CA"} and kinds[nca] == {"grievance_decision"}
    assert cats[nca] == {"medical_necessity"} and urg[nca] == {"standard", "expedited"}
    assert plans[so] == {"commercial_hmo"} and states[so] == {"CA"} and kinds[so] == {"second_opinion_denial"}
    assert cats[so] == {"second_opinion"} and urg[so] == {"standard", "expedited"}
    assert plans[mas] == {"commercial_hmo", "fehb"} and states[mas] == {"MD", "VA", "DC"}
    assert kinds[mas] == {"initial_denial", "partial_denial"} and cats[mas] == {"medical_necessity"}
    for t in BLIND24:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template", BLIND24)
def test_blind24_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 4


# --- twenty-fifth blind set (analyzer/samplegen/blind25.py): written without sight of the extractor; measured once ---


def test_blind25_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind20 import STYLES as B20_STYLES
    from analyzer.samplegen.blind21 import STYLES as B21_STYLES
    from analyzer.samplegen.blind25 import STYLES, b25date, parse_blind25_date

    d = dt.date(2025, 3, 5)
    assert b25date(d, "dmonyc") == "05MAR2025" and b25date(d, "ymonabbr") == "2025-Mar-05"
    assert b25date(d, "dupfull") == "5 MARCH 2025" and b25date(d, "dowabbr") == "Wed., Mar. 5, 2025"
    assert b25date(dt.date(2025, 5, 2), "dowabbr") == "Fri., May 2, 2025"
    assert set(STYLES) - set(B20_STYLES) - set(B21_STYLES) == set(STYLES)
    _assert_dates_round_trip(b25date, parse_blind25_date, STYLES, d)
    assert parse_blind25_date("Thu., Mar. 5, 2025") is None and parse_blind25_date("Fri., May. 2, 2025") is None
    assert parse_blind25_date("05MRZ2025") is None and parse_blind25_date("2025-Foo-05") is None
    assert parse_blind25_date("5 SMARCH 2025") is None and parse_blind25_date("31FEB2025") is None
    assert parse_blind25_date("March 5, 2025") is None


def _b25_no_overflow(spec) -> None:
    """No printed line runs into the bottom margin (the two-column and sidebar blocks do not break across pages)."""
    from analyzer.samplegen.layout import PAGE_H

    for pg in spec.pages:
        assert max(r.y for r in pg.rows) <= PAGE_H - 30, spec.layout


def _b25_reading(spec) -> str:
    """The letter read column by column: on each page the printed pieces are grouped by where they start on the line
    (a paragraph's lines share a left edge), and each group is read top to bottom, so text set side by side
    (newspaper columns, a sidebar) reads as a reader would read it."""
    out: list[str] = []
    for pg in spec.pages:
        groups: dict[int, list[tuple[float, str]]] = {}
        for r in pg.rows:
            for g in r.segs:
                groups.setdefault(round(g.x), []).append((r.y, g.text))
        for _, lines in sorted(groups.items(), key=lambda kv: min(y for y, _ in kv[1])):
            out += [t for _, t in sorted(lines, key=lambda x: x[0])]
    return norm(" ".join(out))


def test_blind25_nca_modified_sleep_study_reads_as_its_kind():
    import datetime as dt

    layouts, codes, alts, signed_phone = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind25_nca_modified_sleep_study")
        tr, txt = spec.truth, norm(spec.text)
        _b25_no_overflow(spec)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "partial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        # only the in-lab study is in the truth; the approved home test is printed with its code, unmarked
        assert len(tr["services"]) == 1 and tr["services"][0]["codes"][0] in ("95810", "95811")
        alt = [c for c in ("95806", "G0399") if c in txt]
        assert len(alt) == 1 and alt[0] not in {c for s in tr["services"] for c in s["codes"]}
        layouts.add(spec.layout)
        codes.add(tr["services"][0]["codes"][0])
        alts.add(alt[0])
        if spec.layout == "nca_boxed_summary":
            assert re.search(r"SUMMARY OF OUR DECISION|AT A GLANCE|Decision summary", spec.page_texts()[0])
        if spec.layout == "nca_memo":
            assert re.search(r"^(DATE|Date):", spec.text, re.M)
        if spec.layout == "nca_request_decision_grid":
            assert re.search(r"(Requested|What was requested) Code Decision", spec.text)
        # the distractor dates are not the truth's
        d = tr["dates"]
        assert (d["request_received"] or d["decision"] or d["letter"]) <= (d["decision"] or d["letter"]) <= d["letter"]
        if tr["dates"]["request_received"] and "process.decision_untimely" not in tr["defects"]:
            from analyzer.samplegen.dates import business_between

            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert business_between(dt.date.fromisoformat(tr["dates"]["request_received"]), end) <= 5
        if tr["reviewer"] and "process.reviewer_not_physician" not in tr["defects"]:
            signed_phone.add(bool(tr["reviewer"]["phone"]))
        assert "Independent Medical Review" in txt and "Medicare" not in txt and "502(a)" not in txt
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
            # the statement is printed in 12-point bold and names the plan's own number
            assert "1-800-464-4000" in txt and any(
                g.size >= 12 and "Bold" in g.font and "Department" in g.text
                for pg in spec.pages for r in pg.rows for g in r.segs)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
    assert layouts == {"nca_request_decision_grid", "nca_memo", "nca_boxed_summary"}
    assert codes == {"95810", "95811"} and alts == {"95806", "G0399"} and signed_phone == {True}
    spec = generate(2, template="blind25_nca_modified_sleep_study", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]
    assert "criteria" not in norm(spec.text).replace(norm(spec.truth["denial_reason"]), "").lower().replace(
        "medical necessity criteria", "")


def test_blind25_ga_ma_irf_admission_reads_as_its_kind():
    import datetime as dt

    layouts, signed, phoned, internal = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind25_ga_ma_irf_admission")
        tr, txt = spec.truth, norm(spec.text)
        _b25_no_overflow(spec)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "expedited"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert len(tr["services"]) == 1 and tr["services"][0]["codes"] == []
        assert all(d["codes"][0][0] in "IGR" for d in tr["diagnoses"]) and tr["diagnoses"][0]["codes"][0][:2] in (
            "I6",)
        layouts.add(spec.layout)
        signed.add(bool(tr["reviewer"]))
        # the stroke, hospital admission and skilled-nursing bed dates are printed but are not truth dates
        d = tr["dates"]
        rec, letter = dt.date.fromisoformat(d["request_received"]), dt.date.fromisoformat(d["letter"])
        dec = dt.date.fromisoformat(d["decision"]) if d["decision"] else letter
        phoned.add(letter != dec)
        assert 0 <= (letter - dec).days <= 2
        if "process.decision_untimely" in tr["defects"]:
            assert (dec - rec).days > 3
        else:
            assert (dec - rec).days <= 2
        txt = _b25_reading(spec)
        assert "skilled nursing" in txt and "1-800-MEDICARE" in txt and "72 hours" in txt
        # no Georgia number the catalogue leaves unverified, no California or commercial law
        assert "1-888-865-5813" not in txt and "DMHC" not in txt and "502(a)" not in txt
        if "medicare.internal_criteria" in tr["defects"]:
            internal.add(True)
            assert "Medicare" not in tr["criteria_cited"][0] and "412.622" not in txt
        elif not set(tr["defects"]) & {"notice.criteria_cited", "notice.reason_specific"}:
            assert "412.622" in tr["criteria_cited"][0]
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65)
        if "notice.external_review" not in tr["defects"]:
            assert "Independent Review Entity" in txt
        assert re.search(r"EXPEDITED|Fast decision|URGENT", spec.page_texts()[0])
    assert layouts == {"ga_shaded_form", "ga_numbered_grid_form", "ga_form_help_sidebar"}
    assert signed == {True, False} and phoned == {True, False}
    spec = generate(2, template="blind25_ga_ma_irf_admission", defects=["process.reviewer_not_physician"])
    assert spec.truth["reviewer"] and spec.truth["reviewer"]["specialty"] is None
    spec = generate(2, template="blind25_ga_ma_irf_admission", urgency="standard")
    assert spec.truth["urgency"] == "expedited"


def test_blind25_wa_erisa_proton_beam_reads_as_its_kind():
    layouts, cats, codes, cancers = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind25_wa_erisa_proton_beam")
        tr, txt = spec.truth, norm(spec.text)
        _b25_no_overflow(spec)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "WA" and tr["region"] == "Washington"
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None
        assert len(tr["services"]) == 1 and tr["services"][0]["codes"][0] in ("77522", "77523", "77525")
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        codes.add(tr["services"][0]["codes"][0])
        cancers.add(tr["diagnoses"][0]["codes"][0])
        txt = _b25_reading(spec)
        assert "1-888-901-4636" in txt and "502(a)" in txt and "DMHC" not in txt and "1-800-562-6900" not in txt
        # the covered photon alternative's code is printed but is not a truth service
        assert re.search(r"CPT 7737[3]|CPT 7738[56]", txt)
        if "notice.reason_specific" not in tr["defects"]:
            # the literature list: journal year;volume(issue):pages, distractor numbers only
            refs = re.findall(r"\b(20[12]\d);(\d+)\((\d+)\):(\d+)-(\d+)\.", spec.text)
            assert 3 <= len(refs) <= 4
        if tr["criteria_cited"]:
            assert re.search(r"Excerpt from our policy|From the Kaiser Permanente policy|Quoted from our clinical "
                             r"policy", txt)
        if spec.layout == "wa_two_column_rights":
            page = [p for p in spec.page_texts() if re.search(r"YOUR APPEAL RIGHTS|Important information about "
                                                             r"your rights", p)][0]
            # the columns sit side by side: the left column's first heading shares its line with right-column text
            first = page.split("\n")[1]
            assert re.match(r"(How to appeal|Your right to appeal|Appealing this decision) \S", first)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.external_review" not in tr["defects"]:
            assert "4 months" in txt and "147.136" in txt
        if "notice.consumer_assistance" not in tr["defects"]:
            assert "1-866-444-3272" in txt and "check your plan documents" in txt
    assert layouts == {"wa_letter_policy_box", "wa_two_column_rights", "wa_request_table"}
    assert cats == {"experimental_investigational", "medical_necessity"} and len(codes) == 3 and len(cancers) >= 3
    spec = generate(2, template="blind25_wa_erisa_proton_beam", defects=["notice.criteria_cited"])
    assert not spec.truth["criteria_cited"] and not re.search(r"policy|criteria|guideline", norm(spec.text), re.I)


def test_blind25_compliant_letters_carry_required_pieces():
    for t in BLIND25:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, _b25_reading(spec)
            assert tr["expected_flags"] == [], (t, seed)
            assert "ATENCIÓN" in txt and re.search(r"free|gratuit", txt, re.I)
            assert tr["criteria_cited"] and tr["reviewer"] is None or tr["reviewer"]["credentials"] != "RN"
            if tr["state"] == "CA":
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "1-888-804-3536" in txt
                assert tr["stated_appeal_deadline_days"] == 180
            if tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "Independent Review Entity" in txt
            if tr["plan_type"] == "erisa_group":
                assert tr["stated_appeal_deadline_days"] == 180 and "1-866-444-3272" in txt


def test_blind25_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND25}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND25, each=each)
    nca, ga, wa = BLIND25
    assert plans[nca] == {"commercial_hmo"} and states[nca] == {"CA"} and kinds[nca] == {"partial_denial"}
    assert cats[nca] == {"medical_necessity"} and urg[nca] == {"standard", "expedited"}
    assert plans[ga] == {"medicare_advantage"} and states[ga] == {"GA"} and kinds[ga] == {"initial_denial"}
    assert cats[ga] == {"medical_necessity"} and urg[ga] == {"expedited"}
    assert plans[wa] == {"erisa_group"} and states[wa] == {"WA"} and kinds[wa] == {"initial_denial"}
    assert cats[wa] == {"experimental_investigational", "medical_necessity"} and urg[wa] == {"standard", "expedited"}
    for t in BLIND25:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and len(pages) >= 2


@pytest.mark.parametrize("template", BLIND25)
def test_blind25_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 6


# --- twenty-sixth blind set (analyzer/samplegen/blind26.py): written without sight of the extractor; measured once ---


def test_blind26_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind19 import STYLES as B19_STYLES
    from analyzer.samplegen.blind20 import STYLES as B20_STYLES
    from analyzer.samplegen.blind21 import STYLES as B21_STYLES
    from analyzer.samplegen.blind22 import STYLES as B22_STYLES
    from analyzer.samplegen.blind23 import STYLES as B23_STYLES
    from analyzer.samplegen.blind24 import STYLES as B24_STYLES
    from analyzer.samplegen.blind26 import STYLES, b26date, parse_blind26_date

    d = dt.date(2026, 3, 5)
    assert b26date(d, "wkcomma") == "Thu, Mar 5, 2026" and b26date(d, "capsdash") == "05-MAR-2026"
    assert b26date(d, "ordbare") == "March 5th 2026" and b26date(d, "longdow") == "March 5, 2026 (Thursday)"
    assert b26date(d, "es_slashmes") == "05/mar/2026" and b26date(d, "es_del") == "5 de marzo del 2026"
    assert b26date(dt.date(2026, 1, 9), "es_dashmes") == "09-enero-2026"
    assert b26date(dt.date(2026, 4, 22), "ordbare") == "April 22nd 2026"
    earlier = set(B19_STYLES) | set(B20_STYLES) | set(B21_STYLES) | set(B22_STYLES) | set(B23_STYLES) | set(B24_STYLES)
    assert not set(STYLES) & earlier
    _assert_dates_round_trip(b26date, parse_blind26_date, STYLES, d)
    assert parse_blind26_date("Fri, Mar 5, 2026") is None and parse_blind26_date("March 5, 2026 (Friday)") is None
    assert parse_blind26_date("05-Mar-2026") is None and parse_blind26_date("March 5nd 2026") is None
    assert parse_blind26_date("05/MAR/2026") is None and parse_blind26_date("5 de marzo de 2026") is None
    assert parse_blind26_date("05-march-2026") is None and parse_blind26_date("31/feb/2026") is None


def _b26_dates_in(text: str):
    """Every date of this set's styles printed in a text, read back."""
    from analyzer.samplegen.blind26 import parse_blind26_date

    pats = [r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}, \d{4}", r"\d{2}-[A-Z]{3}-\d{4}",
            r"[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th) \d{4}", r"[A-Z][a-z]+ \d{1,2}, \d{4} \([A-Z][a-z]+\)",
            r"\d{2}/[a-z]{3}/\d{4}", r"\d{1,2} de [a-z]+ del \d{4}", r"\d{2}-[a-z]+-\d{4}"]
    out = []
    for p in pats:
        out += [parse_blind26_date(m) for m in re.findall(p, text)]
    return [d for d in out if d]


def test_blind26_co_medicaid_cgm_es_reads_as_its_kind():
    import datetime as dt

    layouts, codes, signed, two, state_ids = set(), set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind26_co_medicaid_cgm_es")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["language"] == "es" and tr["plan_type"] == "medicaid" and tr["state"] == "CO"
        assert tr["region"] == "Colorado" and tr["letter_kind"] == "initial_denial"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert tr["requesting_provider"] and tr["services"][0]["codes"][0] in ("E2103", "E2102")
        assert all(s["codes"][0] in ("E2103", "E2102", "A4239", "A4238") for s in tr["services"])
        assert tr["diagnoses"][0]["codes"][0].startswith("E11.")
        layouts.add(spec.layout)
        codes.add(tuple(s["codes"][0] for s in tr["services"]))
        signed.add(bool(tr["reviewer"]))
        two.add(len(tr["services"]))
        assert "Health First Colorado" in txt and "303-338-3800" in txt
        assert "1-800-632-9700" not in txt and "DMHC" not in txt and "Independent Medical Review" not in txt
        if "Id. de Medicaid del estado" in txt:
            sid = re.search(r"Id\. de Medicaid del estado:? ([A-Z]\d{6})", txt)[1]
            assert sid != tr["member"]["id"]
            state_ids.add(sid)
        # every printed date is the letter date or earlier; distractor visits come before the request arrived
        letter = dt.date.fromisoformat(tr["dates"]["letter"])
        shown = _b26_dates_in(spec.text)
        assert shown and all(d <= letter for d in shown), (seed, shown)
        first = tr["dates"]["request_received"] or tr["dates"]["decision"] or tr["dates"]["letter"]
        others = [d for d in shown if d.isoformat() not in tr["dates"].values()]
        assert all(d.isoformat() < first for d in others), (seed, others)
        if spec.layout == "co_es_header_table":
            assert re.search(r"^Fecha de este aviso \S", spec.text, re.M)
        if spec.layout == "co_es_two_page_enclosures":
            pages = spec.page_texts()
            assert re.search(r"^(Anexo 1|ANEXO 1)", pages[1], re.M)
            assert re.search(r"Anexos a este aviso|Documentos adjuntos|Incluimos con este aviso", pages[0])
            assert "Formulario" in pages[-1] or "Formulario" in pages[-2]
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        if "notice.external_review" not in tr["defects"]:
            assert "audiencia imparcial" in txt
        if "notice.reason_specific" not in tr["defects"]:
            assert len(tr["denial_reason"].split()) > 15
            assert tr["criteria_cited"] or "notice.criteria_cited" in tr["defects"]
        if "process.decision_untimely" not in tr["defects"] and tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days <= 7
    assert layouts == {"co_es_header_table", "co_es_letter", "co_es_two_page_enclosures"}
    assert signed == {True, False} and two == {1, 2} and state_ids
    assert {c[0] for c in codes} == {"E2103", "E2102"}
    spec = generate(2, template="blind26_co_medicaid_cgm_es", defects=["process.reviewer_not_physician"])
    assert spec.truth["reviewer"] and spec.truth["reviewer"]["credentials"] in ("RN", None)
    spec = generate(2, template="blind26_co_medicaid_cgm_es", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind26_midatlantic_breast_reduction_info_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind26 import parse_blind26_date

    layouts, states, signed, asked_on = set(), set(), set(), 0
    for seed in range(40):
        spec = generate(seed, template="blind26_midatlantic_breast_reduction_info")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["services"][0]["codes"] == ["19318"] and len(tr["services"]) == 1
        assert tr["diagnoses"][0]["codes"] == ["N62"] and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        states.add(tr["state"])
        signed.add(bool(tr["reviewer"]))
        assert "1-800-777-7902" in txt and "(301) 879-6380" in txt and "DMHC" not in txt
        letter = dt.date.fromisoformat(tr["dates"]["letter"])
        bare = "notice.reason_specific" in tr["defects"]
        if not bare:
            assert re.search(r"did not (receive|include)|were not sent|was not sent", tr["denial_reason"])
            # the send-by date comes after the letter date and is never in the truth
            m = re.search(r"missing items (?:to [-().\d ]+ )?by (.+?)(?:, we| and we)", txt)
            sb = parse_blind26_date(m[1])
            assert sb and sb > letter and sb.isoformat() not in tr["dates"].values()
            m = re.search(r"(?:^|\. )On (.+?) we asked|for more records on (.+?\d{4}(?: \([A-Z][a-z]+\))?)\.", txt)
            if m:
                asked_on += 1
                ao = parse_blind26_date(m[1] or m[2]).isoformat()
                assert tr["dates"]["request_received"] < ao < (tr["dates"]["decision"] or tr["dates"]["letter"])
            if spec.layout == "ma_checkbox_list":
                assert re.search(r"^\[ \]  ", spec.text, re.M)
            if spec.layout == "ma_numbered_list":
                assert re.search(r"^1\. ", spec.text, re.M)
            if spec.layout == "ma_item_table":
                assert "Received?" in txt
        else:
            assert "[ ]" not in txt and "Received?" not in txt
        if "notice.consumer_assistance" not in tr["defects"]:
            phone = {"MD": "1-877-261-8807", "VA": "1-877-310-6560", "DC": "Office of Health Care Ombudsman"}
            assert phone[tr["state"]] in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.external_review" not in tr["defects"]:
            assert "4 months" in txt
    assert layouts == {"ma_checkbox_list", "ma_numbered_list", "ma_item_table"}
    assert states == {"MD", "VA", "DC"} and signed == {True, False} and asked_on >= 5
    spec = generate(2, template="blind26_midatlantic_breast_reduction_info", defects=["notice.criteria_cited"])
    assert not spec.truth["criteria_cited"] and re.search(r"did not|not sent", spec.truth["denial_reason"])


def test_blind26_scal_glp1_secure_message_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind26 import parse_blind26_date

    layouts, drugs, signed = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind26_scal_glp1_secure_message")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "not_covered"
        assert tr["urgency"] == "standard" and tr["criteria_cited"] == [] and tr["dates"]["service"] is None
        assert len(tr["services"]) == 1 and tr["services"][0]["codes"] == []
        assert tr["diagnoses"][0]["codes"][0].startswith("E66.")
        assert all(d["codes"][0][:3] in ("E66", "Z68") for d in tr["diagnoses"])
        drug = re.search(r"Wegovy|Zepbound|Saxenda", tr["services"][0]["text"])[0]
        drugs.add(drug)
        layouts.add(spec.layout)
        signed.add(bool(tr["reviewer"]))
        assert "medically necessary" not in tr["denial_reason"]
        assert "weight" in tr["denial_reason"] or "notice.reason_specific" in tr["defects"]
        letter = dt.date.fromisoformat(tr["dates"]["letter"])
        if spec.layout == "scal_plain_letter":
            assert "Subject:" not in txt and "Sent:" not in txt and "Printed" not in txt
        else:
            # the decision message's Sent date is the letter date; the earlier message and the print banner are not
            sent = re.findall(r"Sent:? (.+?\d{4}(?: \([A-Z][a-z]+\))?) \d{1,2}:\d{2} [AP]M", spec.text)
            quoted = re.findall(r"(?:^|\f)On (.+?\d{4}(?: \([A-Z][a-z]+\))?) \d{1,2}:\d{2} [AP]M, ", spec.text, re.M)
            days = [parse_blind26_date(x) for x in sent + quoted]
            assert days[0] == letter and len(days) >= 2, (seed, days)
            first = tr["dates"]["request_received"] or tr["dates"]["letter"]
            assert all(d.isoformat() < first for d in days[1:]), (seed, days)
            pr = re.search(r"[Pp]rinted (?:by member on )?(.+?\d{4}(?: \([A-Z][a-z]+\))?)(?: \d|$)", spec.text, re.M)
            assert pr and parse_blind26_date(pr[1]) >= letter
            other = re.search(r"(metformin|atorvastatin|lisinopril|levothyroxine|sertraline|omeprazole)", txt)
            assert other and other[1] not in tr["services"][0]["text"]
            assert "From:" in txt and "Subject:" in txt
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "Independent Medical Review" in txt
            assert "www.dmhc.ca.gov" in txt
        if "notice.plan_provision" not in tr["defects"]:
            assert "Evidence of Coverage" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
    assert layouts == {"scal_msg_thread", "scal_msg_quoted_reply", "scal_plain_letter"}
    assert drugs == {"Wegovy", "Zepbound", "Saxenda"} and signed == {True, False}
    spec = generate(2, template="blind26_scal_glp1_secure_message", defects=["notice.plan_provision"])
    assert "Evidence of Coverage" not in spec.text and "notice.plan_provision" in spec.truth["expected_flags"]


def test_blind26_compliant_letters_carry_required_pieces():
    for t in BLIND26:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert re.search(r"Español|English:", txt) and re.search(r"free|gratis|sin costo|no cost", txt, re.I)
            assert tr["stated_appeal_deadline_days"] == (60 if tr["plan_type"] == "medicaid" else 180)
            if tr["state"] == "CA":
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "Independent Medical Review" in txt
                assert "1-888-804-3536" in txt and len(re.findall(r"1-800-464-4000 \(TTY 711\)", txt)) >= 10
            else:
                assert re.search(r"72 (hours|horas)", txt)
            if tr["plan_type"] == "medicaid":
                assert "audiencia imparcial" in txt and "10 días" in txt
            if tr["denial_category"] == "medical_necessity":
                assert tr["criteria_cited"]


def test_blind26_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND26}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)
        assert all(s["codes"] for s in tr["services"]) or t.endswith("glp1_secure_message"), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND26, each=each)
    co, ma, sc = BLIND26
    assert plans[co] == {"medicaid"} and states[co] == {"CO"} and kinds[co] == {"initial_denial"}
    assert cats[co] == {"medical_necessity"} and urg[co] == {"standard", "expedited"}
    assert plans[ma] == {"commercial_hmo"} and states[ma] == {"MD", "VA", "DC"} and kinds[ma] == {"initial_denial"}
    assert cats[ma] == {"medical_necessity"} and urg[ma] == {"standard", "expedited"}
    assert plans[sc] == {"commercial_hmo"} and states[sc] == {"CA"} and kinds[sc] == {"initial_denial"}
    assert cats[sc] == {"not_covered"} and urg[sc] == {"standard"}
    for t in BLIND26:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and {1, 2, 3} <= pages


@pytest.mark.parametrize("template", BLIND26)
def test_blind26_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 5


# --- twenty-seventh blind set (analyzer/samplegen/blind27.py): written without sight of the extractor; measured once ---


def test_blind27_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind20 import STYLES as B20_STYLES
    from analyzer.samplegen.blind21 import STYLES as B21_STYLES
    from analyzer.samplegen.blind22 import STYLES as B22_STYLES
    from analyzer.samplegen.blind23 import STYLES as B23_STYLES
    from analyzer.samplegen.blind24 import STYLES as B24_STYLES
    from analyzer.samplegen.blind27 import STYLES, b27date, parse_blind27_date

    d = dt.date(2025, 3, 5)
    assert b27date(d, "capsdmy") == "5 MARCH 2025" and b27date(d, "capsord") == "MARCH 5TH, 2025"
    assert b27date(dt.date(2025, 3, 22), "capsord") == "MARCH 22ND, 2025" and b27date(d, "dfulldash") == "5-March-2025"
    assert b27date(d, "wkdmyp") == "Wed., 5 Mar. 2025" and b27date(dt.date(2025, 5, 1), "wkdmyp") == "Thu., 1 May 2025"
    assert b27date(d, "slashpar") == "3/5/2025 (Wed)"
    assert not set(STYLES) & (set(B20_STYLES) | set(B21_STYLES) | set(B22_STYLES) | set(B23_STYLES) | set(B24_STYLES))
    _assert_dates_round_trip(b27date, parse_blind27_date, STYLES, d)
    assert parse_blind27_date("3/5/2025 (Thu)") is None and parse_blind27_date("Thu., 5 Mar. 2025") is None
    assert parse_blind27_date("MARCH 5ST, 2025") is None and parse_blind27_date("5 MARZO 2025") is None
    assert parse_blind27_date("Thu., 1 May. 2025") is None and parse_blind27_date("5-Foo-2025") is None
    assert parse_blind27_date("March 5, 2025") is None and parse_blind27_date("13/5/2025 (Wed)") is None


_B27_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4} \([A-Z][a-z]{2}\)|[A-Z][a-z]{2}\., \d{1,2} [A-Z][a-z]{2}\.? \d{4}"
                       r"|\d{1,2}-[A-Z][a-z]+-\d{4}|[A-Z]{3,} \d{1,2}(?:ST|ND|RD|TH), \d{4}|\d{1,2} [A-Z]{3,} \d{4}")


def _b27_dates(text: str) -> list[str]:
    """Every date printed in one of the twenty-seventh set's styles (wrapped lines joined first)."""
    return _B27_DATE.findall(" ".join(text.split()))


def test_blind27_hi_erisa_cochlear_implant_reads_as_its_kind():
    from analyzer.samplegen.blind27 import parse_blind27_date

    layouts, signed, whys = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind27_hi_erisa_cochlear_implant")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["urgency"] == "standard" and tr["dates"]["service"] is None and tr["requesting_provider"]
        assert [s["codes"] for s in tr["services"]] == [["69930"], ["L8614"]]
        assert tr["diagnoses"][0]["codes"] == ["H90.3"]
        layouts.add(spec.layout)
        signed.add(bool(tr["reviewer"]))
        # the audiology results: percent scores, dB levels and test dates that are none of the truth's dates
        assert re.search(r"\d{2}%", spec.text) and re.search(r"\d{2} dB HL", spec.text)
        marked = {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}
        tested = {parse_blind27_date(m) for m in _b27_dates(spec.text) if norm(m) not in marked}
        first = tr["dates"]["request_received"] or tr["dates"]["letter"]
        assert len(tested) >= 2 and all(d.isoformat() < first for d in tested), seed
        assert "502(a)" in txt and "DMHC" not in txt and "1-800-966-5955" not in txt
        assert "Independent Medical Review" not in txt
        if "notice.reason_specific" not in tr["defects"]:
            m = re.search(r"(\d+)%", tr["denial_reason"]) or re.search(r"(\d+) weeks", tr["denial_reason"])
            assert m, tr["denial_reason"]
            whys.add("%" in m[0])
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.external_review" not in tr["defects"]:
            assert "4 months" in txt and "147.136" in txt
        if "notice.consumer_assistance" not in tr["defects"]:
            assert "1-866-444-3272" in txt and "check your plan documents" in txt
        pages = spec.page_texts()
        if spec.layout == "hi_two_page_signed":
            r = tr["reviewer"]
            assert r and len(pages) >= 2
            sig = r["name"] + (f", {r['credentials']}" if r["credentials"] else "")
            assert re.search(r"^" + re.escape(sig) + r"$", pages[1], re.M) and not re.search(
                r"^" + re.escape(sig) + r"$", pages[0], re.M)
        if spec.layout == "hi_label_column":
            assert re.search(r"^Member ", pages[0], re.M) and re.search(r"^Requested by", pages[0], re.M)
        if "process.decision_untimely" in tr["defects"]:
            import datetime as dt

            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days > 15
    assert layouts == {"hi_results_table", "hi_label_column", "hi_two_page_signed"}
    assert signed == {True, False} and whys == {True, False}
    spec = generate(2, template="blind27_hi_erisa_cochlear_implant", defects=["process.reviewer_not_physician"])
    assert spec.truth["reviewer"] and spec.truth["reviewer"]["specialty"] is None
    spec = generate(2, template="blind27_hi_erisa_cochlear_implant", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind27_or_medicaid_pediatric_dental_anesthesia_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind27 import parse_blind27_date

    layouts, codes, signed, creds = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind27_or_medicaid_pediatric_dental_anesthesia")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "OR" and tr["region"] == "Northwest"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        assert "Oregon Health Plan" in txt and "DMHC" not in txt and "Medi-Cal" not in txt
        assert "1-800-813-2000" not in txt  # the unverified Northwest number never
        layouts.add(spec.layout)
        codes.add(tuple(s["codes"][0] for s in tr["services"]))
        signed.add(bool(tr["reviewer"]))
        if tr["reviewer"]:
            creds.add(tr["reviewer"]["credentials"])
        assert all(d["codes"][0].startswith("K0") for d in tr["diagnoses"])
        # the child is the member; the letter greets the parent or guardian, whose name is not the member's
        child = tr["member"]["name"]
        dear = re.search(r"^Dear (.+?)[:,]$", spec.text, re.M)[1]
        assert child not in dear and child.split()[0] not in dear.split()[0]
        assert re.search(r"Patient \(member\): " + re.escape(child), spec.text)
        dob = re.search(r"Date of birth: (.+?)(?:    | Plan:| Primary care:|$)", spec.text, re.M)
        born = parse_blind27_date(dob[1])
        assert born and 1 <= (dt.date.fromisoformat(tr["dates"]["letter"]) - born).days // 365 <= 10
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60 and re.search(r"(from|of) the date (on|of) this notice", txt)
        if "notice.external_review" not in tr["defects"]:
            assert "fair hearing" in txt and "90 days" in txt and "120 days" in txt
        if "process.decision_untimely" not in tr["defects"] and tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days <= 14
    assert layouts == {"or_parent_letter", "or_summary_box", "or_twocol_facts"}
    assert codes == {("00170", "G0330"), ("00170", "41899")} and signed == {True, False}
    assert creds & {"DMD", "DDS"} and creds & {"MD", "M.D.", "DO"}
    spec = generate(2, template="blind27_or_medicaid_pediatric_dental_anesthesia", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind27_nca_transplant_center_referral_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind27 import parse_blind27_date

    layouts, organs = set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind27_nca_transplant_center_referral")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "out_of_network"
        assert tr["dates"]["service"] is None and tr["requesting_provider"] and not tr["criteria_cited"]
        assert tr["services"][0]["codes"] == ["99245"]
        organs.add("liver" if "liver" in tr["denial_reason"] else "kidney")
        layouts.add(spec.layout)
        # the letter is addressed to the referring physician and copied to the member; the reviewer's line is given
        prov = tr["requesting_provider"]
        assert re.search(r"^" + re.escape(prov) + r"$", spec.text, re.M)
        assert re.search(r"(?:^|\f)cc: " + re.escape(tr["member"]["name"]) + ", member$", spec.text, re.M)
        assert tr["reviewer"] and tr["reviewer"]["phone"]
        # the print date on a stamp or routing slip is after the letter date, and never a truth date
        m = re.search(r"(?:printed|PRINTED|Print date:|Printed) (.+?)(?: \*\*\*)?$", spec.text, re.M)
        if spec.layout == "nca_plain_copy":
            assert not m
        else:
            printed = parse_blind27_date(m[1])
            assert printed and printed.isoformat() > tr["dates"]["letter"]
            assert spec.text.index(m[0]) < spec.text.index(spec.spans("DATE_LETTER")[0])
        if "network.no_timely_in_network_alternative" not in tr["defects"]:
            assert "appointment" in txt
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "dmhc.ca.gov" in txt
            assert "Independent Medical Review" in txt
        if "process.decision_untimely" not in tr["defects"] and tr["dates"]["request_received"]:
            from analyzer.samplegen.dates import business_between

            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert business_between(dt.date.fromisoformat(tr["dates"]["request_received"]), end) <= 5
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
    assert layouts == {"nca_plain_copy", "nca_copy_stamp", "nca_routing_slip"} and organs == {"liver", "kidney"}


def test_blind27_compliant_letters_carry_required_pieces():
    for t in BLIND27:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "habla español" in txt and re.search(r"free|no cost|gratuita", txt, re.I)
            assert re.search(r"copies", txt, re.I) and tr["stated_appeal_deadline_days"] in (60, 180)
            if tr["state"] == "CA":
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "Independent Medical Review" in txt
                assert "1-888-804-3536" in txt and len(re.findall(r"\(TTY 711\)", txt)) >= 12
            if tr["plan_type"] == "medicaid":
                assert "fair hearing" in txt and "10 days" in txt and "72 hours" in txt
            if tr["plan_type"] == "erisa_group":
                assert "independent review organization" in txt and "1-866-444-3272" in txt


def test_blind27_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND27}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND27, each=each)
    hi, orm, nca = BLIND27
    assert plans[hi] == {"erisa_group"} and states[hi] == {"HI"} and kinds[hi] == {"initial_denial"}
    assert cats[hi] == {"medical_necessity"} and urg[hi] == {"standard"}
    assert plans[orm] == {"medicaid"} and states[orm] == {"OR"} and kinds[orm] == {"initial_denial"}
    assert cats[orm] == {"medical_necessity"} and urg[orm] == {"standard", "expedited"}
    assert plans[nca] == {"commercial_hmo"} and states[nca] == {"CA"} and kinds[nca] == {"initial_denial"}
    assert cats[nca] == {"out_of_network"} and urg[nca] == {"standard", "expedited"}
    for t in BLIND27:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and len(pages) >= 2


@pytest.mark.parametrize("template", BLIND27)
def test_blind27_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 4


# --- twenty-ninth blind set (analyzer/samplegen/blind29.py): written without sight of the extractor; measured once ---


def test_blind29_dates_read_back():
    import datetime as dt

    from analyzer.samplegen import api
    from analyzer.samplegen.blind29 import COMPACT, PROSE, STYLES, b29date, parse_blind29_date

    d = dt.date(2026, 3, 5)
    assert b29date(d, "wkfullord") == "Thursday, March 5th, 2026" and b29date(d, "wkcaps") == "THURSDAY, MARCH 5, 2026"
    assert b29date(d, "wkabbrord") == "Thursday, Mar. 5th, 2026"
    assert b29date(dt.date(2026, 5, 1), "wkabbrord") == "Friday, May 1st, 2026"
    assert b29date(d, "dowyy") == "Thu 03/05/26" and b29date(d, "mdy8") == "03052026"
    assert b29date(d, "ymon7") == "2026MAR05" and set(STYLES) == set(PROSE) | set(COMPACT)
    earlier = set()
    for name in api.HELD_OUT_SETS:
        if name.startswith("blind") and name != "blind29":
            earlier |= set(getattr(importlib.import_module(f"analyzer.samplegen.{name}"), "STYLES", ()))
    assert not set(STYLES) & earlier
    _assert_dates_round_trip(b29date, parse_blind29_date, STYLES, d)
    assert parse_blind29_date("Friday, March 5th, 2026") is None and parse_blind29_date("Fri 03/05/26") is None
    assert parse_blind29_date("Thursday, May. 7th, 2026") is None and parse_blind29_date("Thursday, March 5rd, 2026") is None
    assert parse_blind29_date("2026MRZ05") is None and parse_blind29_date("13052026") is None
    assert parse_blind29_date("March 5, 2026") is None and parse_blind29_date("FRIDAY, MARCH 5, 2026") is None


import importlib  # noqa: E402

_B29_DATE = re.compile(r"[A-Z][a-z]+day, [A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th), \d{4}|[A-Z]+DAY, [A-Z]+ \d{1,2}, \d{4}"
                       r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2}/\d{2}/\d{2}|\b\d{8}\b|\b\d{4}[A-Z]{3}\d{2}\b")


def _b29_dates(text: str) -> list[str]:
    """Every date printed in one of the twenty-ninth set's styles (wrapped lines joined first)."""
    return _B29_DATE.findall(" ".join(text.split()))


def test_blind29_va_ma_partd_redetermination_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind29 import parse_blind29_date

    layouts, kinds, marks, revs = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind29_va_ma_partd_redetermination")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "VA" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "grievance_decision" and tr["denial_category"] == "not_covered"
        assert tr["stated_appeal_deadline_days"] is None and tr["dates"]["service"] is None
        assert tr["requesting_provider"] and not tr["criteria_cited"] and len(tr["services"]) == 1
        assert tr["dates"]["request_received"]
        layouts.add(spec.layout)
        revs.add(bool(tr["reviewer"]))
        kinds.add("Formulary" if re.search(r"[■X|x][|}]? Formulary exception|■ Formulary exception", txt) else "Tier")
        marks.add(next(m for m in ("■", "{X}", "|x|") if m in txt))
        assert re.search(r"(■|\{X\}|\|x\|) Denied \(decision upheld\)", txt)
        assert "1-800-MEDICARE" in txt and "1-800-777-7902" in txt and "DMHC" not in txt
        assert not re.search(r"within \d+ (calendar )?days", txt)  # no deadline is invented for the next level
        # the coverage determination date is earlier than the appeal's receipt and is never a truth date
        cd = re.search(r"(?:On (.+?) we issued a coverage determination|determination CD\d+, dated (.+?), which)", txt)
        cd_day = parse_blind29_date(cd[1] or cd[2])
        assert cd_day and cd_day.isoformat() < tr["dates"]["request_received"]
        assert cd_day.isoformat() not in tr["dates"].values()
        rec = dt.date.fromisoformat(tr["dates"]["request_received"])
        dec = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
        if "process.decision_untimely" in tr["defects"]:
            assert (dec - rec).days > 30
        else:
            assert (dec - rec).days <= 7
        if "notice.external_review" not in tr["defects"]:
            assert "Independent Review Entity" in txt
        if spec.layout == "va_notice_enclosure" and "notice.external_review" not in tr["defects"]:
            assert len(spec.page_texts()) >= 2 and "ENCLOSURE" in spec.page_texts()[-1].upper()
    assert layouts == {"va_boxed_facts", "va_label_grid", "va_notice_enclosure"}
    assert len(marks) == 3 and revs == {True, False} and len(kinds) == 2


def test_blind29_ga_adolescent_inpatient_call_confirm_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind29 import parse_blind29_date

    layouts, clocks, signed = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind29_ga_adolescent_inpatient_call_confirm")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["urgency"] == "expedited" and tr["dates"]["service"] is None and tr["requesting_provider"]
        layouts.add(spec.layout)
        signed.add(bool(tr["reviewer"]))
        # the call date (with its time) is the decision date; the letter follows it by one or two days
        call = re.search(r"(?:call on|phone on|telephone on|called you on|On) ((?:[A-Z][a-z]+day,|[A-Z]+DAY,|"
                         r"[A-Z][a-z]{2}) .+?) at (\d{1,2}:\d{2}(?: [ap]\.m\.| [AP]M)?)", txt)
        assert call and parse_blind29_date(call[1]).isoformat() == tr["dates"]["decision"], seed
        clocks.add("m." in call[2] or "M" in call[2])
        gap = (dt.date.fromisoformat(tr["dates"]["letter"]) - dt.date.fromisoformat(tr["dates"]["decision"])).days
        assert 1 <= gap <= 2
        # the emergency visit and the date of birth are printed but are no truth dates
        marked = {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}
        others = {parse_blind29_date(m) for m in _b29_dates(spec.text) if norm(m) not in marked}
        born = [d for d in others if d and d.year <= int(tr["dates"]["letter"][:4]) - 12]
        assert born and all(12 <= (dt.date.fromisoformat(tr["dates"]["letter"]) - b).days // 365 <= 18 for b in born)
        assert re.search(r"emergency department", txt) and "H0035" in txt and "partial hospitalization" in txt
        # the member is the adolescent; the parent is the addressee
        assert re.search(r"(?:Patient|Member \(patient\)): " + re.escape(tr["member"]["name"]), spec.text)
        dear = re.search(r"^Dear (.+?):$", spec.text, re.M)[1]
        assert tr["member"]["name"] not in dear
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "process.decision_untimely" not in tr["defects"]:
            rec = dt.date.fromisoformat(tr["dates"]["request_received"])
            assert (dt.date.fromisoformat(tr["dates"]["decision"]) - rec).days <= 1
        assert "72 hours" in txt and "1-800-611-1811" not in txt and "404-365-0966" not in txt
    assert layouts == {"ga_confirm_banner", "ga_call_record", "ga_memo_head"}
    assert clocks == {True, False} and signed == {True}
    spec = generate(2, template="blind29_ga_adolescent_inpatient_call_confirm", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9
    spec = generate(2, template="blind29_ga_adolescent_inpatient_call_confirm",
                    defects=["process.reviewer_not_physician"])
    assert spec.truth["reviewer"] and spec.truth["reviewer"]["specialty"] is None


def test_blind29_nca_enteral_nutrition_continued_table_reads_as_its_kind():
    from analyzer.samplegen.blind29 import parse_blind29_date

    layouts, fmts, kinds, pages = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind29_nca_enteral_nutrition_continued_table")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] in ("initial_denial", "partial_denial") and tr["dates"]["service"] is None
        kinds.add((tr["letter_kind"], tr["denial_category"]))
        layouts.add(spec.layout)
        pg = spec.page_texts()
        pages.add(len(pg))
        # the table runs onto page 2: a continued caption, the headings again, a header with name and page count
        p2 = pg[1].split("\n")
        assert re.search(re.escape(tr["member"]["name"]) + r".*Page 2 of " + str(len(pg)) + "$", p2[0]), p2[:2]
        assert any("continued" in x for x in p2[:3]), p2[:4]
        # every line of the table is a service of the truth, the approved lines of a partial decision too (the
        # devset's convention); the reason names the denied lines' codes only
        rows = [x for x in spec.text.split("\n") if re.search(r"\b[BE]\d{4}\b", x) and re.search(
            r"Approved|APPROVED|Denied|DENIED", x)]
        denied = [x for x in rows if re.search(r"Denied|DENIED", x)]
        assert len(rows) == len(tr["services"]) and len(denied) >= 1
        assert sorted(re.search(r"\b[BE]\d{4}\b", x)[0] for x in rows) == sorted(s["codes"][0] for s in tr["services"])
        if tr["letter_kind"] == "partial_denial":
            assert len(rows) > len(denied)
        else:
            assert len(rows) == len(denied)
        den_codes = [re.search(r"\b[BE]\d{4}\b", x)[0] for x in denied]
        assert all(k in tr["denial_reason"] or "notice.reason_specific" in tr["defects"] for k in den_codes)
        assert "notice.reason_specific" in tr["defects"] or not any(
            re.search(r"\b[BE]\d{4}\b", x)[0] in tr["denial_reason"] for x in rows if x not in denied)
        # table dates in a compact system style, prose dates in a prose style
        compact = re.findall(r"\b(\d{8}|\d{4}[A-Z]{3}\d{2})\b", "\n".join(rows))
        assert compact and all(parse_blind29_date(x) for x in compact)
        fmts.add("mdy8" if compact[0].isdigit() else "ymon7")
        assert not re.match(r"\d{8}$|\d{4}[A-Z]{3}\d{2}$", spec.spans("DATE_LETTER")[0])
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "1-888-466-2219" in txt and "Independent Medical Review" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
    assert layouts == {"nca_numbered_grid", "nca_code_first", "nca_status_words"}
    assert fmts == {"mdy8", "ymon7"} and 3 in pages
    assert kinds == {("partial_denial", "medical_necessity"), ("initial_denial", "medical_necessity"),
                     ("initial_denial", "not_covered")}


def test_blind29_nca_partial_truth_lists_approved_lines():
    # the devset's README: "Approved lines of a partial decision are listed too"
    found = 0
    for seed in range(12):
        spec = generate(seed, template="blind29_nca_enteral_nutrition_continued_table")
        tr = spec.truth
        if tr["letter_kind"] != "partial_denial":
            continue
        found += 1
        by_code = {s["codes"][0]: s["text"] for s in tr["services"]}
        ok = [x for x in spec.text.split("\n") if re.search(r"\b(Approved|APPROVED)$|\b(Approved|APPROVED) \S*$", x)
              and re.search(r"\b(B4150|B4036|B4087)\b", x)]
        assert ok, seed
        for row in ok:
            code = re.search(r"\b(B4150|B4036|B4087)\b", row)[1]
            assert code in by_code and by_code[code] in row and code not in tr["denial_reason"], (seed, row)
    assert found >= 3


def test_blind29_compliant_letters_carry_required_pieces():
    for t in BLIND29:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "Español" in txt and re.search(r"free|no cost", txt, re.I) and re.search(r"cop(y|ies)", txt, re.I)
            if tr["state"] == "CA":
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "Independent Medical Review" in txt
                assert "1-888-804-3536" in txt and tr["stated_appeal_deadline_days"] == 180
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt
                assert tr["stated_appeal_deadline_days"] is None
            if tr["state"] == "GA":
                assert "independent review organization" in txt and "4 months" in txt and "72 hours" in txt
                assert tr["criteria_cited"] and tr["stated_appeal_deadline_days"] == 180


def test_blind29_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND29}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"])

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND29, each=each)
    va, ga, nca = BLIND29
    assert plans[va] == {"medicare_advantage"} and states[va] == {"VA"} and kinds[va] == {"grievance_decision"}
    assert cats[va] == {"not_covered"} and urg[va] == {"standard", "expedited"}
    assert plans[ga] == {"commercial_hmo"} and states[ga] == {"GA"} and kinds[ga] == {"initial_denial"}
    assert cats[ga] == {"medical_necessity"} and urg[ga] == {"expedited"}
    assert plans[nca] == {"commercial_hmo"} and states[nca] == {"CA"}
    assert kinds[nca] == {"initial_denial", "partial_denial"} and cats[nca] == {"medical_necessity", "not_covered"}
    for t in BLIND29:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template", BLIND29)
def test_blind29_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
        if d == "notice.language_assistance":
            assert not re.search(r"Español|interpreter|language", norm(spec.text), re.I)
    assert planted >= 3


# --- thirtieth blind set (analyzer/samplegen/blind30.py): written without sight of the extractor; measured once -----


def test_blind30_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind20 import STYLES as B20_STYLES
    from analyzer.samplegen.blind21 import STYLES as B21_STYLES
    from analyzer.samplegen.blind27 import STYLES as B27_STYLES
    from analyzer.samplegen.blind30 import STYLES, b30date, parse_blind30_date

    d = dt.date(2025, 3, 5)
    assert b30date(d, "mon3pad") == "Mar 05, 2025" and b30date(d, "dowmon3") == "Wednesday, Mar 5, 2025"
    assert b30date(d, "dmycomma") == "5 March, 2025" and b30date(d, "mfdmy") == "05MAR25"
    assert b30date(d, "mfdash") == "05-MAR-25" and b30date(d, "mfcompact") == "030525"
    assert not set(STYLES) & (set(B20_STYLES) | set(B21_STYLES) | set(B27_STYLES))
    _assert_dates_round_trip(b30date, parse_blind30_date, STYLES, d)
    # the all-capitals letters print the prose styles in capitals
    for st in STYLES:
        assert parse_blind30_date(b30date(d, st).upper()) == d
    assert parse_blind30_date("Thursday, Mar 5, 2025") is None and parse_blind30_date("Mar 5, 2025") is None
    assert parse_blind30_date("05-MAR25") is None and parse_blind30_date("05FOO25") is None
    assert parse_blind30_date("5 Marzo, 2025") is None and parse_blind30_date("130525") is None
    assert parse_blind30_date("March 5, 2025") is None and parse_blind30_date("05 March, 2025") is None


_B30_PROSE = re.compile(r"[A-Za-z]{3} \d{2}, \d{4}|[A-Za-z]+day, [A-Za-z]{3} \d{1,2}, \d{4}|\d{1,2} [A-Za-z]{3,}, \d{4}")


def _b30_dates(text: str) -> list[str]:
    """Every prose date printed in one of the thirtieth set's styles (wrapped lines joined first)."""
    return _B30_PROSE.findall(" ".join(text.split()))


def test_blind30_hi_ma_travel_dialysis_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind30 import parse_blind30_date

    layouts, codes, urg, signed = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind30_hi_ma_travel_dialysis")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "out_of_network"
        assert tr["dates"]["service"] is None and tr["requesting_provider"] and not tr["criteria_cited"]
        assert tr["services"][0]["codes"][0] in ("90935", "90999") and tr["diagnoses"][0]["codes"] == ["N18.6"]
        layouts.add(spec.layout)
        codes.add(len(tr["services"]))
        urg.add(tr["urgency"])
        signed.add(tr["reviewer"] is not None)
        # the reason names the outside unit and says the trip's dialysis is neither emergency nor urgently needed
        assert re.search(r"emergency", tr["denial_reason"]) and re.search(r"network|plan provider|contract",
                                                                         tr["denial_reason"])
        assert "1-800-966-5955" not in txt and "1-800-443-0815" not in txt and "DMHC" not in txt
        assert "1-800-MEDICARE" in txt and "1-877-486-2048" in txt and "Notice of Denial of Medical Coverage" in \
            txt.title().replace("Of", "of")
        # the travel dates and sessions are after the letter; none is a truth date
        marked = {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}
        later = [parse_blind30_date(m) for m in _b30_dates(spec.text) if norm(m) not in marked]
        assert later and all(d and d.isoformat() > tr["dates"]["letter"] for d in later), seed
        if spec.layout == "hi_ndmc_sessions_table":
            assert re.search(r"^Session date Dialysis unit City Decision$", spec.text, re.M)
        if spec.layout == "hi_ndmc_letter":
            assert len(spec.page_texts()) >= 2 and "appeal" in spec.page_texts()[1].lower()
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65) and "from the date of this notice" in txt
        if "notice.external_review" not in tr["defects"]:
            assert "Independent Review Entity" in txt and "Administrative Law Judge" in txt
        if "notice.expedited_review" not in tr["defects"]:
            assert "72 hours" in txt
        if "process.decision_untimely" not in tr["defects"] and tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            days = (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days
            assert days <= (3 if tr["urgency"] == "expedited" else 7), seed
        if tr["urgency"] == "expedited":
            assert "expedited" in txt
    assert layouts == {"hi_ndmc_form", "hi_ndmc_letter", "hi_ndmc_sessions_table"}
    assert codes == {1, 2} and urg == {"standard", "expedited"} and signed == {True, False}


def test_blind30_nw_mainframe_printout_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind30 import parse_blind30_date

    layouts, cats, devices = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind30_nw_mainframe_printout")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "OR" and tr["region"] == "Northwest"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard"
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        code = tr["services"][0]["codes"][0]
        devices.add(code)
        assert (code == "E0760") == (tr["denial_category"] == "experimental_investigational")
        assert "1-800-813-2000" not in txt and "DMHC" not in txt
        # the field block: capitals, abbreviated labels, two-digit-year dates that are the truth's dates
        page1 = spec.page_texts()[0]
        rec = re.search(r"RCVD DT: (\S+)", page1)[1]
        dec = re.search(r"DECN DT: (\S+)", page1)[1]
        run = re.search(r"RUN DT: (\S+)", page1)[1]
        assert re.fullmatch(r"\d{2}[A-Z]{3}\d{2}|\d{2}-[A-Z]{3}-\d{2}|\d{6}", rec)
        assert parse_blind30_date(rec).isoformat() == tr["dates"]["request_received"]
        assert parse_blind30_date(dec).isoformat() == tr["dates"]["decision"]
        assert parse_blind30_date(run).isoformat() == tr["dates"]["letter"]
        surg = parse_blind30_date(re.search(r"SURG DT: (\S+)", page1)[1])
        assert surg.isoformat() < tr["dates"]["request_received"]
        assert re.search(r"^MBR NAME: [A-Z' -]+, [A-Z]+", page1, re.M) and f"MBR NO: {tr['member']['id']}" in page1
        name = tr["member"]["name"]
        if spec.layout == "nw_all_caps":
            assert name == name.upper() and tr["denial_reason"] == tr["denial_reason"].upper()
            assert all(s["text"] == s["text"].upper() for s in tr["services"])
            assert "DEAR " in page1 and not re.search(r"[a-z]", page1)
        else:
            assert name != name.upper() and re.search(r"^Dear ", spec.text, re.M)
        if spec.layout == "nw_run_header":
            assert all(re.search(r"^KPNW UM/AUTH .* PAGE \d$", p, re.M) for p in spec.page_texts())
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.external_review" not in tr["defects"]:
            assert "4 months" in txt.lower() or "4 MONTHS" in txt
        if "process.decision_untimely" not in tr["defects"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"])
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days <= 11
        else:
            end = dt.date.fromisoformat(tr["dates"]["decision"])
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days >= 20
    assert layouts == {"nw_fields_then_prose", "nw_all_caps", "nw_run_header"}
    assert cats == {"medical_necessity", "experimental_investigational"} and devices == {"E0748", "E0749", "E0760"}
    spec = generate(2, template="blind30_nw_mainframe_printout", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]
    spec = generate(2, template="blind30_nw_mainframe_printout", defects=["process.reviewer_not_physician"])
    assert spec.truth["reviewer"] and spec.truth["reviewer"]["specialty"] is None


def test_blind30_fehb_aba_hours_reduction_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind30 import parse_blind30_date

    layouts, lines, states = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind30_fehb_aba_hours_reduction")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "fehb" and tr["region"] == "Mid-Atlantic States" and tr["urgency"] == "standard"
        assert tr["letter_kind"] == "partial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["requesting_provider"].split(", ")[-1] in ("BCBA", "LBA")
        states.add(tr["state"])
        layouts.add(spec.layout)
        codes = [s["codes"][0] for s in tr["services"]]
        lines.add(tuple(codes))
        assert codes[0] == "97153" and set(codes) <= {"97153", "97155"}
        assert tr["diagnoses"][0]["codes"] == ["F84.0"]
        # the units table: requested and approved units by code, the reduced lines first
        m = re.search(r"^97153 .* (\d+) (\d+) Partly approved$", spec.text, re.M)
        assert m and int(m[1]) > int(m[2]), seed
        assert re.search(r"^97156 .* (\d+) \1 Approved$", spec.text, re.M)
        assert "Units requested" in spec.text and "Units approved" in spec.text
        # the child is the member; the letter greets the parent (the enrollee)
        child = tr["member"]["name"]
        dear = re.search(r"^Dear (.+?)[:,]$", spec.text, re.M)[1]
        assert child.split()[0] not in dear
        assert re.search(r"Enrollee:? (.+?)(?:    |$| Reference)", spec.text, re.M)
        dob = re.search(r"Date of birth:? (.+?)(?:$| Enrollee)", spec.text, re.M)[1]
        born = parse_blind30_date(dob.strip())
        assert born and 3 <= (dt.date.fromisoformat(tr["dates"]["letter"]) - born).days // 365 <= 10
        assert "1-800-777-7902" in txt and "(301) 879-6380" in txt and "DMHC" not in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180 and re.search(r"(6|six) months from the date", txt)
        if "notice.external_review" not in tr["defects"]:
            assert "Office of Personnel Management" in txt and "check" in txt and "60 days" in txt
        if "notice.appeal_deadline" not in tr["defects"]:  # (a planted short deadline may itself be 90 days)
            assert "90 days" not in txt  # the catalogue does not verify OPM's filing window
        if "process.decision_untimely" not in tr["defects"] and tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days <= 11
    assert layouts == {"fehb_units_table_letter", "fehb_summary_box", "fehb_field_grid"}
    assert lines == {("97153",), ("97153", "97155")} and states == {"MD", "VA", "DC"}
    spec = generate(2, template="blind30_fehb_aba_hours_reduction", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind30_compliant_letters_carry_required_pieces():
    for t in BLIND30:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            up = txt.upper()
            assert tr["expected_flags"] == [], (t, seed)
            assert "Español" in txt and re.search(r"FREE|NO COST|GRATIS|SIN COSTO", up)
            if tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65)
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "72 hours" in txt
            if tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "INDEPENDENT REVIEW ORGANIZATION" in up
                assert "72 HOURS" in up and "DIVISION OF FINANCIAL REGULATION" in up and "COPIES" in up
            if tr["plan_type"] == "fehb":
                assert tr["stated_appeal_deadline_days"] == 180 and "Office of Personnel Management" in txt
                assert "890.105" in txt and "copies" in txt.lower()


def test_blind30_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND30}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND30, each=each)
    hi, nw, fehb = BLIND30
    assert plans[hi] == {"medicare_advantage"} and states[hi] == {"HI"} and kinds[hi] == {"initial_denial"}
    assert cats[hi] == {"out_of_network"} and urg[hi] == {"standard", "expedited"}
    assert plans[nw] == {"commercial_hmo"} and states[nw] == {"OR"} and kinds[nw] == {"initial_denial"}
    assert cats[nw] == {"medical_necessity", "experimental_investigational"} and urg[nw] == {"standard"}
    assert plans[fehb] == {"fehb"} and states[fehb] == {"MD", "VA", "DC"} and kinds[fehb] == {"partial_denial"}
    assert cats[fehb] == {"medical_necessity"} and urg[fehb] == {"standard"}
    for t in BLIND30:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and len(pages) >= 2


@pytest.mark.parametrize("template", BLIND30)
def test_blind30_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 5


# --- thirty-first blind set (analyzer/samplegen/blind31.py): written without sight of the extractor; measured once --


def test_blind31_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind31 import STYLES, b31date, parse_blind31_date

    d = dt.date(2025, 3, 5)
    assert b31date(d, "ctime") == "Wed Mar 05 2025" and b31date(d, "monslash") == "Mar/05/2025"
    assert b31date(d, "capspad") == "MARCH 05, 2025" and b31date(d, "monparen") == "Mar 5, 2025 (Wed)"
    assert b31date(d, "dmyy") == "5-Mar-25"
    for k in range(20, 31):  # no earlier set prints these styles under these names
        mod = importlib.import_module(f"analyzer.samplegen.blind{k}")
        assert not set(STYLES) & set(getattr(mod, "STYLES", ())), k
    _assert_dates_round_trip(b31date, parse_blind31_date, STYLES, d)
    assert parse_blind31_date("Thu Mar 05 2025") is None and parse_blind31_date("Mar 5, 2025 (Thu)") is None
    assert parse_blind31_date("Mar 05 2025") is None and parse_blind31_date("March 5, 2025") is None
    assert parse_blind31_date("05-Mar-25") is None and parse_blind31_date("Foo/05/2025") is None
    assert parse_blind31_date("MARCH 5, 2025") is None and parse_blind31_date("5-MAR-25") is None


_B31_PROSE = re.compile(r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4}|[A-Z][a-z]{2}/\d{2}/\d{4}|[A-Z]+ \d{2}, \d{4}"
                        r"|[A-Z][a-z]{2} \d{1,2}, \d{4} \([A-Z][a-z]{2}\)|\d{1,2}-[A-Z][a-z]{2}-\d{2}")


def _b31_dates(text: str) -> list[str]:
    """Every date printed in one of the thirty-first set's styles (wrapped lines joined first)."""
    return _B31_PROSE.findall(" ".join(text.split()))


def test_blind31_ga_provider_facing_tms_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind31 import parse_blind31_date

    layouts, lines, p2p = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind31_ga_provider_facing_tms")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["urgency"] == "standard" and tr["dates"]["service"] is None
        codes = tuple(s["codes"][0] for s in tr["services"])
        lines.add(codes)
        assert codes[:2] == ("90867", "90868") and tr["diagnoses"][0]["codes"][0].startswith("F33.")
        layouts.add(spec.layout)
        # the letter goes to the psychiatrist: the salutation or memo names the doctor, never the member
        last = tr["requesting_provider"].split(",")[0].split()[-1]
        assert re.search(rf"^(Dear )?Dr\. {re.escape(last)}:$", spec.text, re.M), seed
        assert not re.search(rf"^Dear {re.escape(tr['member']['name'])}", spec.text, re.M)
        assert tr["member"]["name"] != tr["requesting_provider"]
        if spec.layout == "ga_memo_table":
            assert re.search(r"^TO: ", spec.text, re.M) and re.search(r"^CC: .*\(member\)", spec.text, re.M)
            assert re.search(r"^Patient Member ID Date of birth Case no\. Received Decided$", spec.text, re.M)
        else:
            assert any(re.search(r"^cc: .*\(member\)$", p, re.M) for p in spec.page_texts())
        marked = {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}
        if spec.layout == "ga_peer_offer":
            assert "peer-to-peer" in txt.lower()
            other = [parse_blind31_date(m) for m in _b31_dates(spec.text) if norm(m) not in marked]
            assert all(d is None or d.isoformat() != tr["dates"]["decision"] for d in other)
            p2p.add("attempted" in txt or "could not be completed" in txt)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.external_review" not in tr["defects"]:
            assert "4 months" in txt and "147.136" in txt
        if "process.decision_untimely" not in tr["defects"] and tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days <= 15
        assert "404-365-0966" not in txt and "DMHC" not in txt
    assert layouts == {"ga_classic_letter", "ga_memo_table", "ga_peer_offer"}
    assert ("90867", "90868") in lines and ("90867", "90868", "90869") in lines and p2p == {True, False}
    spec = generate(2, template="blind31_ga_provider_facing_tms", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]
    spec = generate(2, template="blind31_ga_provider_facing_tms", defects=["process.reviewer_not_physician"])
    assert spec.truth["reviewer"] and spec.truth["reviewer"]["specialty"] is None


def test_blind31_scal_eob_anesthesia_claim_reads_as_its_kind():
    layouts, codes, pages = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind31_scal_eob_anesthesia_claim")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["letter_kind"] == "payment_denial" and tr["denial_category"] == "out_of_network"
        assert tr["dates"]["service"] and tr["dates"]["request_received"] and tr["reviewer"] is None
        assert tr["dates"]["service"] < tr["dates"]["request_received"] <= tr["dates"]["letter"]
        layouts.add(spec.layout)
        pages.add((spec.layout, tr["pages"]))
        first = tr["services"][0]["codes"][0]
        codes.add(first)
        assert first in ("00790", "00840", "01402", "01630")
        assert "Anesthesia" in tr["requesting_provider"] or "Anesthesiology" in tr["requesting_provider"]
        # every claim line carries the date of service and the remark codes; the legend explains them
        for s in tr["services"]:
            assert re.search(rf"^\S+ {s['codes'][0]} .*(NP7, RF2, EU4)", spec.text, re.M), (seed, s)
        assert re.search(r"^NP7 {2}The provider is not", spec.text, re.M)
        assert "1-800-464-4000" in txt and "Claims line" in txt and "NPI" in txt
        if spec.layout == "scal_table_continued":
            p2 = spec.page_texts()[1]
            assert "DOS Code Mod Description Units" in p2 and "Claim total" in p2 and len(tr["services"]) >= 2
        if spec.layout == "scal_statement_box":
            assert re.search(r"^Claim summary$", spec.text, re.M) and "NOT A BILL" in txt.upper()
        if "notice.claim_identification" not in tr["defects"]:
            assert "You may owe" in txt and re.search(r"\$\d[\d,]*\.\d\d", txt) and "codes" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
    assert layouts == {"scal_letter_table", "scal_statement_box", "scal_table_continued"}
    assert len(codes) >= 3 and ("scal_table_continued", 1) not in pages


def test_blind31_ma_microprocessor_knee_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind31 import parse_blind31_date

    layouts, knees, states = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind31_ma_microprocessor_knee")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["urgency"] == "standard" and tr["dates"]["service"] is None and tr["requesting_provider"]
        states.add(tr["state"])
        layouts.add(spec.layout)
        knees.add(tr["services"][0]["codes"][0])
        assert tr["diagnoses"][0]["codes"][0] in ("Z89.611", "Z89.612")
        assert set(s["codes"][0] for s in tr["services"][1:]) <= {"L7367", "L7368"}
        if "notice.reason_specific" not in tr["defects"]:
            assert re.search(r"K[12]", tr["denial_reason"]) and "K3" in tr["denial_reason"]
        if not {"notice.criteria_cited", "medicare.internal_criteria", "notice.reason_specific"} & set(tr["defects"]):
            assert any("L33787" in c for c in tr["criteria_cited"])
        # every other printed date (evaluation, clinic visit, amputation, current prosthesis, appeal-by) is a distractor
        marked = {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}
        truth_days = {v for v in tr["dates"].values() if v}
        for m in _b31_dates(spec.text):
            if norm(m) not in marked:
                d = parse_blind31_date(m)
                assert d is not None and d.isoformat() not in truth_days, (seed, m)
        if spec.layout == "ma_ndmc_plain":
            assert "Notice of Denial of Medical Coverage" in txt.title().replace("Of ", "of ").replace("(Or", "(or")
        if spec.layout == "ma_k_level_box":
            assert re.search(r"^Your functional level$", spec.text, re.M) or "reason_specific" in str(tr["defects"])
        if spec.layout == "ma_large_print_insert":
            assert spec.page_texts()[-1].startswith("LARGE PRINT")
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65) and "from the date of this notice" in txt
        if "notice.external_review" not in tr["defects"]:
            assert "Independent Review Entity" in txt and "Administrative Law Judge" in txt
        if "process.decision_untimely" not in tr["defects"] and tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            limit = 7 if end.year >= 2026 else 14
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days <= limit
        assert "1-800-MEDICARE" in txt and "1-877-486-2048" in txt and "DMHC" not in txt
    assert layouts == {"ma_ndmc_plain", "ma_k_level_box", "ma_large_print_insert"}
    assert states == {"MD", "VA"} and {"L5856", "L5858"} <= knees  # the catalogue's MA states have no DC
    spec = generate(2, template="blind31_ma_microprocessor_knee", defects=["medicare.internal_criteria"])
    assert spec.truth["criteria_cited"] and "L33787" not in spec.text


def test_blind31_compliant_letters_carry_required_pieces():
    for t in BLIND31:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "español" in txt and re.search(r"free|no cost|gratis", txt, re.I)
            if tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65)
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "72 hours" in txt
                assert any("L33787" in c for c in tr["criteria_cited"])
            elif tr["state"] == "GA":
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "72 hours" in txt and "Commissioner of Insurance" in txt and "copies" in txt
                assert tr["criteria_cited"] and tr["reviewer"]["specialty"] is not None or tr["reviewer"]
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "1-888-466-2219" in txt
                assert "1-888-804-3536" in txt and "codes" in txt and "You may owe" in txt


def test_blind31_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND31}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert all(s["decision"] != "approved" for s in spec.truth.get("services_detail", []))

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND31, each=each)
    ga, sc, ma = BLIND31
    assert plans[ga] == {"commercial_hmo"} and states[ga] == {"GA"} and kinds[ga] == {"initial_denial"}
    assert cats[ga] == {"medical_necessity"} and urg[ga] == {"standard"}
    assert plans[sc] == {"commercial_hmo"} and states[sc] == {"CA"} and kinds[sc] == {"payment_denial"}
    assert cats[sc] == {"out_of_network"} and urg[sc] == {"standard"}
    assert plans[ma] == {"medicare_advantage"} and states[ma] == {"MD", "VA"} and kinds[ma] == {"initial_denial"}
    assert cats[ma] == {"medical_necessity"} and urg[ma] == {"standard"}
    for t in BLIND31:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and len(pages) >= 2


@pytest.mark.parametrize("template", BLIND31)
def test_blind31_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
        assert spec.truth["denial_category"] == BLIND31_TEMPLATES_CATS[template], (template, d)
    assert planted >= 5


BLIND31_TEMPLATES_CATS = {"blind31_ga_provider_facing_tms": "medical_necessity",
                          "blind31_scal_eob_anesthesia_claim": "out_of_network",
                          "blind31_ma_microprocessor_knee": "medical_necessity"}


# --- thirty-third blind set (analyzer/samplegen/blind33.py): written without sight of the extractor; measured once --


def test_blind33_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind26 import STYLES as B26_STYLES
    from analyzer.samplegen.blind28 import ALL_STYLES as B28_STYLES
    from analyzer.samplegen.blind30 import STYLES as B30_STYLES
    from analyzer.samplegen.blind33 import STYLES, b33date, parse_blind33_date

    d = dt.date(2026, 3, 5)
    assert b33date(d, "apos") == "Mar. 5, '26" and b33date(dt.date(2026, 5, 5), "apos") == "May 5, '26"
    assert b33date(d, "wkdmondash") == "Thu, 05-Mar-2026" and b33date(d, "wkorddmy") == "Thursday 5th March 2026"
    assert b33date(d, "dmyy") == "5 Mar 26" and b33date(d, "capspad") == "MARCH 05, 2026"
    assert b33date(d, "ordcomma") == "5th March, 2026" and b33date(d, "es_wkcaps") == "JUEVES, 5 DE MARZO DE 2026"
    assert b33date(d, "es_mescoma") == "marzo 5, 2026" and b33date(d, "es_slashfull") == "5/marzo/2026"
    assert b33date(d, "es_dmyy") == "05/03/26"
    assert b33date(dt.date(2025, 9, 3), "es_wkcaps") == "MIÉRCOLES, 3 DE SEPTIEMBRE DE 2025"
    assert not set(STYLES) & (set(B26_STYLES) | set(B28_STYLES) | set(B30_STYLES))
    _assert_dates_round_trip(b33date, parse_blind33_date, STYLES, d)
    assert parse_blind33_date("Wed, 05-Mar-2026") is None and parse_blind33_date("Friday 5th March 2026") is None
    assert parse_blind33_date("May. 5, '26") is None and parse_blind33_date("5nd March, 2026") is None
    assert parse_blind33_date("MIÉRCOLES, 5 DE MARZO DE 2026") is None and parse_blind33_date("marzo 5 2026") is None
    assert parse_blind33_date("31/02/26") is None and parse_blind33_date("5/march/2026") is None
    assert parse_blind33_date("March 5, 2026") is None and parse_blind33_date("5 de marzo de 2026") is None


def test_blind33_scal_medi_cal_spanish_orthotics_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen import dates as D
    from analyzer.samplegen.blind33 import parse_blind33_date

    layouts, kinds = set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind33_scal_medi_cal_spanish_orthotics")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medi_cal" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["language"] == "es" and tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert tr["requesting_provider"]
        layouts.add(spec.layout)
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes in ({"L1846"}, {"L1840"}, {"L3000"}, {"L3000", "L3020"}), codes
        kinds.add("knee" if codes & {"L1846", "L1840"} else "foot")
        assert {d["codes"][0] for d in tr["diagnoses"]} <= {"M17.11", "M17.12", "M23.511", "M23.512", "M72.2",
                                                             "M21.41", "M21.42"}
        # Spanish throughout: no English salutation or rights headings; only the English language-help line
        assert "aviso de acción" in txt.lower() and not re.search(r"\bDear\b|\bappeal\b|\bSincerely\b", txt)
        assert "Audiencia Estatal" in txt and "(800) 743-8525" in txt and "120 días" in txt
        if "notice.reason_specific" not in tr["defects"] and codes & {"L1846", "L1840"}:
            assert "L1833" in txt  # the off-the-shelf brace is named, never an item
        assert "L1833" not in codes
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        if "process.decision_untimely" in tr["defects"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert D.business_between(dt.date.fromisoformat(tr["dates"]["request_received"]), end) > 5
        elif tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert D.business_between(dt.date.fromisoformat(tr["dates"]["request_received"]), end) <= 5
        # the visit / x-ray / casting dates are earlier than the request and never truth
        marked = {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}
        first = tr["dates"]["request_received"] or tr["dates"]["letter"]
        for m in re.finditer(r"(?:consulta del|radiografías? del|\() ?([^.,;)]+?\d{2,4})\b", spec.text):
            day = parse_blind33_date(m[1].strip())
            if day and norm(m[1]) not in marked:
                assert day.isoformat() <= first, (seed, m[1])
        if spec.layout == "sc_es_form_boxes":
            assert "Casilla Dato Casilla Dato" in spec.text and "Motivo de la decisión" in spec.text
        if spec.layout == "sc_es_resumen_first":
            page1 = spec.page_texts()[0]
            assert page1.lower().index("resumen") < page1.index(tr["member"]["name"].split()[0])
        if "notice.language_assistance" not in tr["defects"]:
            assert "ENGLISH:" in spec.page_texts()[-1]
    assert layouts == {"sc_es_form_boxes", "sc_es_plain_letter", "sc_es_resumen_first"} and kinds == {"knee", "foot"}
    spec = generate(2, template="blind33_scal_medi_cal_spanish_orthotics", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind33_midatlantic_fehb_crosslinking_reads_as_its_kind():
    import datetime as dt

    layouts, states, lines = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind33_midatlantic_fehb_crosslinking")
        tr, txt = spec.truth, norm(spec.text)
        if spec.layout in GUTTER_NUMBERED_LAYOUTS:  # read past the line numbers, as a person does
            txt = norm(re.sub(r"(?m)^\d+ ", "", spec.text.replace("\f", "\n")))
        assert tr["plan_type"] == "fehb" and tr["region"] == "Mid-Atlantic States" and tr["urgency"] == "standard"
        assert tr["letter_kind"] == "partial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        states.add(tr["state"])
        layouts.add(spec.layout)
        codes = tuple(s["codes"][0] for s in tr["services"])
        lines.add(codes)
        assert codes in (("0402T",), ("0402T", "J2787"))
        # only the denied eye's lines are items: each names one eye, the same one, which the reason names too
        eyes = {re.search(r"\b(right|left) eye", s["text"])[1] for s in tr["services"]}
        assert len(eyes) == 1
        den = eyes.pop()
        ok = "left" if den == "right" else "right"
        assert den in tr["denial_reason"] and f"{ok} eye" not in tr["denial_reason"]
        assert all(d["codes"][0][:5] == "H18.6" for d in tr["diagnoses"])
        assert "1-800-777-7902" in txt and "(301) 879-6380" in txt and "DMHC" not in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180 and "90 days" not in txt
        if "notice.external_review" not in tr["defects"]:
            assert "Office of Personnel Management" in txt and "60 days" in txt and "check" in txt
        if "process.decision_untimely" not in tr["defects"] and tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days <= 13
        if spec.layout == "mas_eye_table":
            assert re.search(r"^Eye Requested Decision$", spec.text, re.M)
            assert re.search(rf"^{ok.capitalize()} eye \(O[DS]\) Corneal cross-linking \(.*\) Approved$", spec.text,
                             re.M)
            assert re.search(rf"^{den.capitalize()} eye \(O[DS]\) .* (Not approved|Denied)$", spec.text, re.M)
        if spec.layout == "mas_numbered_paragraphs":
            assert re.search(r"^1\. ", spec.text, re.M) and re.search(r"^4\. ", spec.text, re.M)
        if spec.layout == "mas_pleading_lines":
            for page in spec.page_texts():
                rows = page.split("\n")[:-1]  # the footer is not numbered
                assert [int(r.split(" ", 1)[0]) for r in rows] == list(range(1, len(rows) + 1))
        else:
            assert not re.search(r"^1 KAISER", spec.text, re.M)
    assert layouts == {"mas_eye_table", "mas_numbered_paragraphs", "mas_pleading_lines"}
    assert states == {"MD", "VA", "DC"} and lines == {("0402T",), ("0402T", "J2787")}
    spec = generate(2, template="blind33_midatlantic_fehb_crosslinking", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 12 and not spec.truth["criteria_cited"]


_B33_EVENTS = {
    "request": [r"Original request from your cardiologist", r"Request for additional sessions submitted"],
    "denial": [r"First denial \(reviewer: [^)]+\)", r"Initial denial issued"],
    "received": [r"Appeal received", r"Your appeal received"],
    "decided": [r"Appeal decided", r"Appeal decision made"],
}


def _b33_event(text: str, key: str) -> str:
    """The date printed beside one step of the thirty-third set's appeal history."""
    for lab in _B33_EVENTS[key]:
        m = re.search(rf"^(?:\d+\. )?(?:{lab}):? (.+)$", text, re.M) or re.search(rf"^(.+) – (?:{lab})$", text, re.M)
        if m:
            return m[1].strip()
    raise AssertionError(key)


def test_blind33_wa_erisa_cardiac_rehab_appeal_reads_as_its_kind():
    from analyzer.samplegen.blind33 import parse_blind33_date

    layouts, cats = set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind33_wa_erisa_cardiac_rehab_appeal")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "WA" and tr["region"] == "Washington"
        assert tr["letter_kind"] == "grievance_decision" and tr["urgency"] == "standard"
        assert tr["dates"]["service"] is None and tr["requesting_provider"] and tr["dates"]["decision"]
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        assert [s["codes"] for s in tr["services"]] == [["93798"]]
        assert all(d["codes"][0][:3] in ("I25", "Z95") for d in tr["diagnoses"])
        # the appeal history: the appeal's dates are the truth's; the first request and denial come before them
        text = spec.text.replace("\f", "\n")
        rec, dec = (parse_blind33_date(_b33_event(text, k)) for k in ("received", "decided"))
        req1, den1 = (parse_blind33_date(_b33_event(text, k)) for k in ("request", "denial"))
        assert rec.isoformat() == tr["dates"]["request_received"] and dec.isoformat() == tr["dates"]["decision"]
        assert req1 < den1 < rec <= dec and dec.isoformat() <= tr["dates"]["letter"]
        if "process.decision_untimely" in tr["defects"]:
            assert (dec - rec).days > 30
        else:
            assert (dec - rec).days <= 30
        assert "1-888-901-4636" in txt and "DMHC" not in txt and re.search(r"upheld|upholding", txt)
        if tr["denial_category"] == "not_covered":
            assert "36" in tr["denial_reason"] and not tr["criteria_cited"]
        else:
            assert "medically necessary" in tr["denial_reason"]
        if "notice.external_review" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 120 and "independent review organization" in txt
        if "process.reviewer_not_physician" in tr["defects"]:
            assert tr["reviewer"] and tr["reviewer"]["specialty"] is None
        if spec.layout == "wa_contents_first":
            page1 = spec.page_texts()[0]
            assert re.search(r"^(Contents|In this letter)$", page1, re.M) and "Dear " not in page1
            assert re.search(r"^3\. Findings$", spec.text, re.M) and re.search(r"^4\. Conclusion$", spec.text, re.M)
        if spec.layout == "wa_history_table":
            assert re.search(r"^(Event|Step) Date$", spec.text, re.M)
        if spec.layout == "wa_findings_conclusion":
            assert re.search(r"^Findings", spec.text, re.M) and re.search(r"^Conclusion$", spec.text, re.M)
    assert layouts == {"wa_findings_conclusion", "wa_contents_first", "wa_history_table"}
    assert cats == {"not_covered", "medical_necessity"}


def test_blind33_compliant_letters_carry_required_pieces():
    for t in BLIND33:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            if spec.layout in GUTTER_NUMBERED_LAYOUTS:
                txt = norm(re.sub(r"(?m)^\d+ ", "", spec.text.replace("\f", "\n")))
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "medi_cal":
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "Revisión Médica Independiente" in txt and "Audiencia Estatal" in txt and "10 días" in txt
                assert tr["stated_appeal_deadline_days"] == 60 and re.search(r"gratis|sin costo", txt) and "ENGLISH:" in txt
                assert len(re.findall(r"\(TTY 711\)", norm(spec.page_texts()[-1]))) >= 14
            if tr["plan_type"] == "fehb":
                assert tr["stated_appeal_deadline_days"] == 180 and "Office of Personnel Management" in txt
                assert "890.105" in txt and "ESPAÑOL" in txt and ("copies" in txt or "documents" in txt)
            if tr["plan_type"] == "erisa_group":
                assert tr["stated_appeal_deadline_days"] == 120 and "independent review organization" in txt
                assert "502(a)" in txt and "1-866-444-3272" in txt and "ESPAÑOL" in txt and "copies" in txt


def test_blind33_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND33}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == ("es" if t == BLIND33[0] else "en")

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND33, each=each)
    sc, mas, wa = BLIND33
    assert plans[sc] == {"medi_cal"} and states[sc] == {"CA"} and kinds[sc] == {"initial_denial"}
    assert cats[sc] == {"medical_necessity"} and urg[sc] == {"standard"}
    assert plans[mas] == {"fehb"} and states[mas] == {"MD", "VA", "DC"} and kinds[mas] == {"partial_denial"}
    assert cats[mas] == {"medical_necessity"} and urg[mas] == {"standard"}
    assert plans[wa] == {"erisa_group"} and states[wa] == {"WA"} and kinds[wa] == {"grievance_decision"}
    assert cats[wa] == {"not_covered", "medical_necessity"} and urg[wa] == {"standard"}
    for t in BLIND33:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and len(pages) >= 2


@pytest.mark.parametrize("template", BLIND33)
def test_blind33_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 5


# --- thirty-sixth blind set (analyzer/samplegen/blind36.py): written without sight of the extractor; measured once --


def test_blind36_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind36 import STYLES, b36date, parse_blind36_date

    d = dt.date(2026, 3, 5)
    assert b36date(d, "mdotyyyy") == "3.5.2026" and b36date(d, "wkcapsdmon") == "THU 05 MAR 2026"
    assert b36date(d, "wkcapsdmy") == "THURSDAY, 5 MARCH 2026" and b36date(d, "dmonapos") == "5 March '26"
    assert b36date(d, "tblmdy") == "03/05/2026" and b36date(d, "es_ord") == "5 de marzo de 2026"
    assert b36date(dt.date(2026, 4, 1), "es_ord") == "1.º de abril de 2026"
    assert b36date(d, "es_wkcap") == "Jueves 5 de marzo de 2026" and b36date(d, "es_dmyguion") == "05-03-2026"
    assert b36date(dt.date(2025, 9, 3), "es_wkcap") == "Miércoles 3 de septiembre de 2025"
    # no earlier set names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and n != "blind36"]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b36date, parse_blind36_date, STYLES, d)
    assert parse_blind36_date("WED 05 MAR 2026") is None and parse_blind36_date("FRIDAY, 5 MARCH 2026") is None
    assert parse_blind36_date("THURSDAY, 5 MARS 2026") is None and parse_blind36_date("1 de abril de 2026") is None
    assert parse_blind36_date("Viernes 5 de marzo de 2026") is None and parse_blind36_date("13.13.2026") is None
    assert parse_blind36_date("3/5/2026") is None and parse_blind36_date("5 de March de 2026") is None
    assert parse_blind36_date("05-03-2026") == d and parse_blind36_date("03/05/2026") == d


def _b36_first(tr: dict) -> str:
    return tr["dates"]["request_received"] or tr["dates"]["letter"]


# the English-language body styles of the thirty-sixth set: 3.5.2026, 03/05/2026, 5 March '26
_B36_EN_DATE = r"(\d{1,2}\.\d{1,2}\.\d{4}|\d{2}/\d{2}/\d{4}|\d{1,2} [A-Z][a-z]+ '\d{2})"


def test_blind36_scal_covered_california_es_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen import dates as D
    from analyzer.samplegen.blind36 import parse_blind36_date

    layouts, cats = set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind36_scal_covered_california_es")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["language"] == "es" and tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard"
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        codes = {c for s in tr["services"] for c in s["codes"]}
        if tr["denial_category"] == "medical_necessity":  # the implant: its surgery, its device or both
            assert codes in ({"69714", "L8690"}, {"69714"}, {"L8690"}), codes
            assert "L8692" not in codes and not tr["requesting_provider"].endswith("Au.D.")
        else:  # hearing aids, excluded by the Evidence of Coverage
            assert codes in ({"V5261"}, {"V5261", "V5160"}), codes
            assert tr["requesting_provider"].endswith("Au.D.") and not tr["criteria_cited"]
            if not {"notice.plan_provision", "notice.reason_specific"} & set(tr["defects"]):
                assert "Evidencia de Cobertura" in txt
        assert all(d["codes"][0].startswith("H90") for d in tr["diagnoses"])
        assert "Covered California" in txt and "Medi-Cal" not in txt and "Audiencia Estatal" not in txt
        # Spanish throughout, but for the English summary box and the English language-help line
        body = txt.split("SUMMARY IN ENGLISH")[0] if spec.layout != "cc_es_resumen_ingles" else \
            txt[txt.index("Fecha:"):]
        assert not re.search(r"\bDear\b|\bSincerely\b|\bappeal\b", body.split("ENGLISH:")[0])
        assert re.search(r"Estimado\(a\)", txt) and re.search(r"Atentamente|Cordialmente", txt)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
        if "process.decision_untimely" in tr["defects"]:
            assert D.business_between(dt.date.fromisoformat(tr["dates"]["request_received"]), end) > 5
        elif tr["dates"]["request_received"]:
            assert D.business_between(dt.date.fromisoformat(tr["dates"]["request_received"]), end) <= 5
        # the hearing test, ENT visit and CT are earlier than the request and never truth
        marked = {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}
        for m in re.finditer(r"(?:audiometría del|consulta del|tomografía del|Au\.D\. el) ([^,;.()]+?\d{4})",
                             txt):
            day = parse_blind36_date(m[1])
            assert day and day.isoformat() < _b36_first(tr) and norm(m[1]) not in marked, (seed, m[1])
        if spec.layout == "cc_es_carta_formal":
            assert "Asunto:" in txt and re.search(r"California, a ", spec.text)
        if spec.layout == "cc_es_tabla_datos":
            assert re.search(r"^Datos de su solicitud$", spec.text, re.M)
            assert re.search(r"^(Concepto|Dato) (Información|Detalle)$", spec.text, re.M)
            assert re.search(r"^Decisión (Denegada|No aprobada)$", spec.text, re.M)
        if spec.layout == "cc_es_resumen_ingles":
            page1 = spec.page_texts()[0]
            assert page1.index("SUMMARY IN ENGLISH" if "SUMMARY" in page1 else "Summary (English)") < \
                page1.index(tr["member"]["name"])
            assert len(spec.spans("DATE_LETTER")) == 2 and "Asunto:" not in txt
            if tr["stated_appeal_deadline_days"]:
                assert re.search(rf"{tr['stated_appeal_deadline_days']} days (of|from) the date of this letter", txt)
        if "notice.language_assistance" not in tr["defects"]:
            assert "ENGLISH:" in spec.page_texts()[-1]
    assert layouts == {"cc_es_carta_formal", "cc_es_tabla_datos", "cc_es_resumen_ingles"}
    assert cats == {"medical_necessity", "not_covered"}
    spec = generate(2, template="blind36_scal_covered_california_es", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]


def test_blind36_md_medicaid_oral_appliance_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind36 import parse_blind36_date

    layouts, cats, kinds = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind36_md_medicaid_oral_appliance")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "MD" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard" and tr["language"] == "en"
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        codes = tuple(c for s in tr["services"] for c in s["codes"])
        assert codes in (("E0486",), ("E0601",), ("E0601", "A7030")), codes
        kinds.add(codes[0])
        assert "A7031" not in codes and not ("E0486" in codes and "E0601" in codes)
        assert tr["diagnoses"][0]["codes"] == ["G47.33"]
        assert {d["codes"][0] for d in tr["diagnoses"]} <= {"G47.33", "R06.83"}
        assert "HealthChoice" in txt and "1-800-777-7902" in txt and "(301) 879-6380" in txt and "DMHC" not in txt
        if tr["denial_category"] == "administrative":
            assert "sleep study" in tr["denial_reason"] and not tr["criteria_cited"] and tr["reviewer"] is None
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        if tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            late = (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days
            assert late > 14 if "process.decision_untimely" in tr["defects"] else late <= 6
        # the sleep study, the visit, the CPAP delivery and the download are earlier events, never truth
        marked = {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}
        for m in re.finditer(r"(?:[Ss]leep study(?: of)? \(?|visit on |note of |delivered(?: on)? |ending )"
                             + _B36_EN_DATE, txt):
            day = parse_blind36_date(m[1])
            assert day and day.isoformat() <= _b36_first(tr) and norm(m[1]) not in marked, (seed, m[1])
        if spec.layout == "md_reason_checklist":
            ticked = re.findall(r"^\[X\] (.+)$", spec.text, re.M)
            assert len(ticked) == 1 and len(re.findall(r"^\[  \] ", spec.text, re.M)) == 4
            assert ("information" in ticked[0]) == (tr["denial_category"] == "administrative")
        if spec.layout == "md_header_grid":
            assert re.search(r"^Member ID Provider Service Date$", spec.text, re.M)
            row = spec.text.split("Member ID Provider Service Date\n", 1)[1].split("\n", 1)[0]
            assert row.startswith(tr["member"]["name"]) and row.endswith(spec.spans("DATE_LETTER")[0])
        if spec.layout == "md_two_up":
            assert tr["pages"] == 2
            marks = [re.findall(r"^Page (\d) of 4$", p, re.M) for p in spec.page_texts()]
            assert marks == [["1", "2"], ["3", "4"]]
        else:
            assert not re.search(r"Page \d of 4", txt)
    assert layouts == {"md_reason_checklist", "md_header_grid", "md_two_up"}
    assert cats == {"medical_necessity", "administrative"} and kinds == {"E0486", "E0601"}
    spec = generate(2, template="blind36_md_medicaid_oral_appliance", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]
    assert generate(2, template="blind36_md_medicaid_oral_appliance",
                    denial_category="administrative").truth["denial_category"] == "administrative"


def test_blind36_ga_erisa_wearable_defibrillator_concurrent_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind36 import parse_blind36_date

    layouts, kinds, urg = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind36_ga_erisa_wearable_defibrillator_concurrent")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert tr["requesting_provider"]
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        urg.add(tr["urgency"])
        codes = [s["codes"] for s in tr["services"]]
        assert codes[0] == ["K0606"] and codes[1:] in ([], [["93745"]])
        if tr["letter_kind"] == "partial_denial":
            assert len(codes) == 1 and re.search(r"approved the rental from|Part of the request is approved", txt)
        assert all(d["codes"][0][:3] in ("I42", "I50") for d in tr["diagnoses"])
        # the denied days: the count in the service line is the span of the denied period the letter prints
        n = int(re.search(r"(\d+) (?:additional )?days", tr["services"][0]["text"])[1])
        after = txt[txt.index(norm(tr["services"][0]["text"])):]
        m = re.search(_B36_EN_DATE + " (?:through|to) " + _B36_EN_DATE, after)
        d0, d1 = parse_blind36_date(m[1]), parse_blind36_date(m[2])
        assert (d1 - d0).days + 1 == n
        assert d0.isoformat() > (tr["dates"]["request_received"] or "0")  # the denied days follow the request
        assert "ERISA" in txt and "502(a)" in txt and "self-funded" in txt and "DMHC" not in txt
        assert "404-365-0966" in txt and "1-888-865-5813" not in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if tr["urgency"] == "expedited":
            assert re.search(r"expedited \(urgent\) review|urgent concurrent review", txt)
        if tr["dates"]["request_received"] and tr["dates"]["decision"]:
            days = (dt.date.fromisoformat(tr["dates"]["decision"]) -
                    dt.date.fromisoformat(tr["dates"]["request_received"])).days
            lim = 3 if tr["urgency"] == "expedited" else 15
            assert days > lim if "process.decision_untimely" in tr["defects"] else days <= lim
        if spec.layout in ("ga_coverage_period_table", "ga_cover_then_determination"):
            assert re.search(r"^(Coverage period|Period) Approved from Approved to Denied from Denied to$",
                             spec.text, re.M)
            assert re.search(r"^First rental period \(earlier decision\) .+ – –$", spec.text, re.M)
        if spec.layout == "ga_cc_distribution":
            text = spec.text.replace("\f", "\n")
            assert re.search(r"^cc:$", text, re.M) and re.search(r"^Distribution list$", text, re.M)
            assert re.search(r"^Recipient Sent by$", text, re.M) and "Electrophysiology" in txt
        if spec.layout == "ga_cover_then_determination":
            pages = spec.page_texts()
            assert "Enclosure" in pages[0] and not any(
                lab == "REASON" and s < len(pages[0]) for lab, s, _ in spec.annotations)
            if tr["dates"]["decision"]:
                dm = re.search(r"^Date: (.+) Time: \d{1,2}:\d{2} [ap]\.m\. ET$", pages[1], re.M)
                assert parse_blind36_date(dm[1]).isoformat() == tr["dates"]["decision"]
    assert layouts == {"ga_coverage_period_table", "ga_cc_distribution", "ga_cover_then_determination"}
    assert kinds == {"initial_denial", "partial_denial"} and urg == {"standard", "expedited"}


def test_blind36_compliant_letters_carry_required_pieces():
    for t in BLIND36:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "commercial_hmo":
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "1-800-464-4000" in txt and "Revisión Médica Independiente" in txt and "6 meses" in txt
                assert "72 horas" in txt and "1-888-804-3536" in txt and re.search(r"gratis|sin costo", txt)
                assert tr["stated_appeal_deadline_days"] == 180 and "ENGLISH:" in txt
                assert len(re.findall(r"\(TTY 711\)", norm(spec.page_texts()[-1]))) >= 15
            if tr["plan_type"] == "medicaid":
                assert tr["stated_appeal_deadline_days"] == 60 and "State Fair Hearing" in txt and "10 days" in txt
                assert "72 hours" in txt and "30 days" in txt and "ESPAÑOL" in txt
                assert re.search(r"free copies|at no cost", txt)
            if tr["plan_type"] == "erisa_group":
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "147.136" in txt and "4 months" in txt and "502(a)" in txt and "1-866-444-3272" in txt
                assert "ESPAÑOL" in txt and "72 hours" in txt


def test_blind36_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND36}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == ("es" if t == BLIND36[0] else "en")

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND36, each=each)
    sc, md, ga = BLIND36
    assert plans[sc] == {"commercial_hmo"} and states[sc] == {"CA"} and kinds[sc] == {"initial_denial"}
    assert cats[sc] == {"medical_necessity", "not_covered"} and urg[sc] == {"standard"}
    assert plans[md] == {"medicaid"} and states[md] == {"MD"} and kinds[md] == {"initial_denial"}
    assert cats[md] == {"medical_necessity", "administrative"} and urg[md] == {"standard"}
    assert plans[ga] == {"erisa_group"} and states[ga] == {"GA"} and kinds[ga] == {"initial_denial", "partial_denial"}
    assert cats[ga] == {"medical_necessity"} and urg[ga] == {"standard", "expedited"}
    for t in BLIND36:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and len(pages) >= 2


@pytest.mark.parametrize("template", BLIND36)
def test_blind36_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 6


# --- thirty-seventh blind set (analyzer/samplegen/blind37.py): written without sight of the extractor; measured once


def test_blind37_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind37 import STYLES, b37date, parse_blind37_date

    d = dt.date(2026, 3, 14)
    assert b37date(d, "dmonyyap") == "14 Mar '26" and b37date(d, "capsmdnc") == "MARCH 14 2026"
    assert b37date(d, "mdyydash") == "3-14-26" and b37date(d, "yrmonday") == "2026 Mar 14"
    assert b37date(d, "ordmondot") == "14th Mar. 2026" and b37date(dt.date(2026, 5, 2), "ordmondot") == "2nd May 2026"
    assert b37date(d, "wknocomma") == "Saturday March 14 2026" and b37date(d, "netstamp") == "3/14/2026 12:00:00 AM"
    # no earlier set names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 37]:  # (sets written before blind37-39, which were written side by side)
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b37date, parse_blind37_date, STYLES, d)
    assert parse_blind37_date("Friday March 14 2026") is None and parse_blind37_date("14th Mar 2026") is None
    assert parse_blind37_date("13th Mar. 2026") is not None and parse_blind37_date("14st Mar. 2026") is None
    assert parse_blind37_date("MARS 14 2026") is None and parse_blind37_date("13-14-26") is None
    assert parse_blind37_date("3/14/2026") is None and parse_blind37_date("2026 Mrz 14") is None
    assert parse_blind37_date("14 Mar '26") == d and parse_blind37_date("3/14/2026 12:00:00 AM") == d


def _b37_first(tr: dict) -> str:
    return tr["dates"]["request_received"] or tr["dates"]["letter"]


def _b37_unmarked_dates(spec, pattern: str):
    """The dates a pattern's first group finds in the letter, with whether each is one of the truth's marked dates."""
    from analyzer.samplegen.blind37 import parse_blind37_date

    marked = {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}
    for m in re.finditer(pattern, norm(spec.text)):
        yield parse_blind37_date(m[1]), norm(m[1]) in marked


_B37_DATE = r"(\d{1,2} [A-Z][a-z]{2} '\d{2}|\d{1,2}-\d{1,2}-\d{2}|\d{4} [A-Z][a-z]{2} \d{1,2})"


def test_blind37_scal_commercial_spinal_fusion_p2p_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen import dates as D
    from analyzer.samplegen.blind37 import parse_blind37_date

    layouts, urg, whys = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind37_scal_commercial_spinal_fusion_p2p")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["requesting_provider"] and tr["language"] == "en"
        layouts.add(spec.layout)
        urg.add(tr["urgency"])
        codes = [s["codes"] for s in tr["services"]]
        assert codes[0] in (["22612"], ["22630"]) and codes[1:] in ([], [["22840"]]), codes
        assert {d["codes"][0] for d in tr["diagnoses"]} <= {"M43.16", "M51.36", "M48.062"}
        assert "63047" not in str(codes) and "62323" not in str(codes)
        if "notice.reason_specific" not in tr["defects"]:
            assert ("63047" in txt) != ("62323" in txt)  # the alternative named is never a denied line
            whys.add("63047" in txt)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if tr["urgency"] == "expedited":
            assert "expedited (urgent) request" in txt or "reviewed as an expedited request" in txt
        if tr["dates"]["request_received"]:
            rec = dt.date.fromisoformat(tr["dates"]["request_received"])
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            late = (end - rec).days > 3 if tr["urgency"] == "expedited" else D.business_between(rec, end) > 5
            assert late == ("process.decision_untimely" in tr["defects"]), seed
        # the MRI, X-rays, last therapy visit and the booked surgery are never truth dates
        for day, marked in _b37_unmarked_dates(spec, r"(?:MRI of|MRI \(|X-rays of|X-rays taken|last visit|through|"
                                                     r"surgery date of|calendar for) " + _B37_DATE):
            assert day and not marked, seed
        if spec.layout == "scal_p2p_offer_box":
            top = re.search(r"PEER-TO-PEER DISCUSSION AVAILABLE|Peer-to-peer review offered", txt)
            box = txt[top.start():]
            assert ("Coordinator" in box or "Scheduling line" in box) and "NPI" in box and "not an appeal" in box
            assert re.search(r"Pacific|PT\b", box) and tr["requesting_provider"] in box
            m = re.search(r"(?:Please ask by|taken until) " + _B37_DATE, box)
            assert parse_blind37_date(m[1]).isoformat() > tr["dates"]["letter"]
        if spec.layout == "scal_criteria_checklist" and "notice.reason_specific" not in tr["defects"]:
            assert re.search(r"^# Criterion Met Not met$", spec.text, re.M)
            assert len(re.findall(r"^\d .+ – X$", spec.text, re.M)) == 1
            assert len(re.findall(r"^\d .+ X –$", spec.text, re.M)) == 4
        if spec.layout == "scal_secure_email_print":
            page1 = spec.page_texts()[0]
            assert re.search(r"^From: ", page1, re.M) and re.search(r"^Subject: ", page1, re.M)
            to = re.search(r"^To: (.+) <[a-z]+\.[a-z]+\d+@[a-z.]+>$", page1, re.M)
            assert to and to[1] == tr["member"]["name"]
            sent = re.search(r"^Sent: (.+) \d{1,2}:\d{2} [AP]M$", page1, re.M)
            assert parse_blind37_date(sent[1]).isoformat() == tr["dates"]["letter"]
            assert "##- Please type your reply above this line -##" in page1
            assert all(re.match(r"\d{1,2}-\d{1,2}-\d{2}, \d{1,2}:\d{2} AM {4}kp\.org", p) for p in spec.page_texts())
            stamp = parse_blind37_date(page1.split(",")[0])
            assert stamp.isoformat() > tr["dates"]["letter"]  # printed after the message was sent
            assert re.search(r"CONFIDENTIALITY NOTICE|sent through a secure system", txt)
        else:
            assert "Sent:" not in txt and "##-" not in txt
    assert layouts == {"scal_p2p_offer_box", "scal_criteria_checklist", "scal_secure_email_print"}
    assert urg == {"standard", "expedited"} and whys == {True, False}
    spec = generate(2, template="blind37_scal_commercial_spinal_fusion_p2p", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]


def test_blind37_va_ma_blepharoplasty_reads_as_its_kind():
    import datetime as dt

    layouts, cats, combos = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind37_va_ma_blepharoplasty")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "VA" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard" and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        codes = tuple(c for s in tr["services"] for c in s["codes"])
        assert codes in (("15823",), ("67904",), ("15823", "67904")), codes
        combos.add(codes)
        assert {d["codes"][0] for d in tr["diagnoses"]} <= {"H02.831", "H02.834", "H53.483"}
        assert "92083" not in codes
        assert "1-800-MEDICARE" in txt and "1-877-486-2048" in txt and "1-800-777-7902" in txt
        assert "DMHC" not in txt and "Department of Managed Health Care" not in txt and "Virginia" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65)
        if tr["denial_category"] == "not_covered":
            assert not tr["criteria_cited"]
            if "notice.reason_specific" not in tr["defects"]:
                assert "cosmetic" in tr["denial_reason"]
        elif "medicare.internal_criteria" in tr["defects"]:
            assert tr["criteria_cited"] and "Kaiser Permanente" in tr["criteria_cited"][0]
        elif not {"notice.criteria_cited", "notice.reason_specific"} & set(tr["defects"]):
            assert tr["criteria_cited"] == ["Medicare Local Coverage Determination (LCD): Blepharoplasty, Eyelid "
                                            "Surgery, and Brow Lift"]
        if tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            late = (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days
            assert late > 14 if "process.decision_untimely" in tr["defects"] else late <= 6
        # the field test, the photographs and the visit are earlier events, never truth dates
        for day, marked in _b37_unmarked_dates(spec, r"(?:field test of|photographs taken|visit note of|photographs "
                                                     r"\(|visual field test \(|on) " + r"(\d{1,2}(?:st|nd|rd|th) "
                                                     r"(?:[A-Z][a-z]{2}\.|May) \d{4}|\d{1,2} [A-Z][a-z]{2} '\d{2}|"
                                                     r"\d{1,2}-\d{1,2}-\d{2})"):
            if not marked:
                assert day and day.isoformat() < _b37_first(tr), seed
        if spec.layout == "va_ma_numbered_notice":
            assert "NOTICE OF DENIAL OF MEDICAL COVERAGE" in txt
            nums = [int(x) for x in re.findall(r"^(\d)\. [A-Z]", spec.text.replace("\f", "\n"), re.M)]
            assert nums == list(range(1, len(nums) + 1)) and len(nums) >= 5
            m = re.search(r"^Date of this notice: (.+)$", spec.text, re.M)
            assert m[1] == spec.spans("DATE_LETTER")[0]
        if spec.layout == "va_ma_large_print":
            heads = [h for h in ("What we decided", "Why we decided this", "What you can do")]
            assert all(re.search(rf"^{h}$", spec.text.replace("\f", "\n"), re.M) for h in heads)
            assert [spec.text.index(h) for h in heads] == sorted(spec.text.index(h) for h in heads)
            assert all(r.segs[0].size >= 12 for p in spec.pages for r in p.rows
                       if tr["denial_reason"][:30] in r.text)
        if spec.layout == "va_ma_field_test_table" and "notice.reason_specific" not in tr["defects"]:
            assert re.search(r"^Test date Eye Lids natural Lids taped Change Change \(%\)$", spec.text, re.M)
            rows = re.findall(r"^(\d{1,2}-\d{1,2}-\d{2}) (Right|Left) (\d\d)° (\d\d°|not done) ", spec.text, re.M)
            assert [r[1] for r in rows] == ["Right", "Left"]
            assert spec.text.count("%") >= 2 or "not done" in spec.text
    assert layouts == {"va_ma_numbered_notice", "va_ma_large_print", "va_ma_field_test_table"}
    assert cats == {"medical_necessity", "not_covered"} and len(combos) == 3
    spec = generate(2, template="blind37_va_ma_blepharoplasty", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]


def test_blind37_or_medicaid_no_prior_auth_imaging_claim_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind37 import parse_blind37_date

    layouts, cats, scans = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind37_or_medicaid_no_prior_auth_imaging_claim")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "OR" and tr["region"] == "Northwest"
        assert tr["letter_kind"] == "payment_denial" and tr["urgency"] == "standard" and tr["reviewer"] is None or \
            tr["reviewer"]["credentials"] is None
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        codes = tuple(c for s in tr["services"] for c in s["codes"])
        assert codes in (("72148",), ("70553",), ("70553", "A9579"), ("74177",), ("74177", "Q9967")), codes
        scans.add(codes[0])
        assert len(tr["diagnoses"]) == 1 and tr["diagnoses"][0]["codes"][0] in (
            "M54.16", "R51.9", "G43.909", "R10.31", "R10.9")
        assert "Imaging" in tr["requesting_provider"] and tr["dates"]["service"] and tr["dates"]["request_received"]
        # the service date is truth wherever it is printed, and comes before the claim
        assert tr["dates"]["service"] < tr["dates"]["request_received"] <= tr["dates"]["letter"]
        assert all(parse_blind37_date(v).isoformat() == tr["dates"]["service"] for v in spec.spans("DATE_SERVICE"))
        assert "Oregon Health Authority" in txt and "1-800-813-2000" not in txt and "DMHC" not in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        assert bool(re.search(r"not (?:in|part of) the Kaiser Permanente network|outside our network", txt)) == (
            tr["denial_category"] == "out_of_network")
        assert not tr["criteria_cited"] and "99213" in txt and "99213" not in codes
        for day, marked in _b37_unmarked_dates(spec, r"(?:visit with .+? on|The visit of) " + _B37_DATE):
            assert day and not marked and day.isoformat() < tr["dates"]["service"], seed
        if spec.layout == "or_claim_lines_table":
            assert re.search(r"^Line Date of service Code Billed Allowed Denied Remark$", spec.text, re.M)
            lines = re.findall(r"^(\d) (.+?) ([A-Z]?\d{4,5}) \$([\d,]+\.\d\d) \$0\.00 \$([\d,]+\.\d\d) ([A-Z]\d\d), M02$",
                               spec.text, re.M)
            assert [x[2] for x in lines] == list(codes) and all(x[3] == x[4] for x in lines)
            assert all(parse_blind37_date(x[1]).isoformat() == tr["dates"]["service"] for x in lines)
            assert re.search(r"^Remark codes:$", spec.text, re.M) and re.search(rf"^{lines[0][5]} - ", spec.text, re.M)
        if spec.layout == "or_member_with_copy":
            after = spec.text.split("Copy to:", 1)[1]
            assert after.lstrip().startswith(tr["requesting_provider"] + ", Attn: Billing Office")
        if spec.layout == "or_sidebar_help":
            page1 = spec.page_texts()[0]
            assert "Need help? About this notice" in page1 and "Date of service:" in page1
        assert dt.date.fromisoformat(tr["dates"]["letter"]).year >= 2025
    assert layouts == {"or_claim_lines_table", "or_member_with_copy", "or_sidebar_help"}
    assert cats == {"no_prior_authorization", "out_of_network"} and scans == {"72148", "70553", "74177"}
    assert generate(3, template="blind37_or_medicaid_no_prior_auth_imaging_claim",
                    denial_category="out_of_network").truth["denial_category"] == "out_of_network"


def test_blind37_compliant_letters_carry_required_pieces():
    for t in BLIND37:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "commercial_hmo":
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "1-800-464-4000" in txt and "Independent Medical Review" in txt and "6 months" in txt
                assert "72 hours" in txt and "1-888-804-3536" in txt and tr["stated_appeal_deadline_days"] == 180
                assert "ENGLISH:" in txt and len(re.findall(r"\(TTY 711\)", norm(spec.page_texts()[-1]))) >= 15
                assert tr["criteria_cited"] and re.search(r"free copies|At no cost", txt)
                dmhc = next(r for p in spec.pages for r in p.rows if "California Department of Managed" in r.text)
                assert dmhc.segs[0].size >= 12 and "Bold" in dmhc.segs[0].font
            if tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "Independent Review Entity" in txt
                assert "72 hours" in txt and "30 days" in txt and "1-800-MEDICARE" in txt and "ESPAÑOL" in txt
                assert re.search(r"free copy|free on request", txt)
            if tr["plan_type"] == "medicaid":
                assert tr["stated_appeal_deadline_days"] == 60 and "Oregon Health Authority" in txt
                assert "30 days" in txt and "10 days" in txt and "ESPAÑOL" in txt and re.search(r"free", txt)


def test_blind37_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND37}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND37, each=each)
    sc, va, ore = BLIND37
    assert plans[sc] == {"commercial_hmo"} and states[sc] == {"CA"} and kinds[sc] == {"initial_denial"}
    assert cats[sc] == {"medical_necessity"} and urg[sc] == {"standard", "expedited"}
    assert plans[va] == {"medicare_advantage"} and states[va] == {"VA"} and kinds[va] == {"initial_denial"}
    assert cats[va] == {"medical_necessity", "not_covered"} and urg[va] == {"standard"}
    assert plans[ore] == {"medicaid"} and states[ore] == {"OR"} and kinds[ore] == {"payment_denial"}
    assert cats[ore] == {"no_prior_authorization", "out_of_network"} and urg[ore] == {"standard"}
    for t in BLIND37:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and len(pages) >= 2


@pytest.mark.parametrize("template,least", [(BLIND37[0], 6), (BLIND37[1], 8), (BLIND37[2], 2)])
def test_blind37_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- thirty-eighth blind set (analyzer/samplegen/blind38.py): written without sight of the extractor; measured once -


def test_blind38_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind38 import STYLES, b38date, parse_blind38_date

    d = dt.date(2026, 3, 14)
    assert b38date(d, "faxwk") == "03/14/2026 SAT" and b38date(d, "yrmon") == "2026 Mar 14"
    assert b38date(d, "capsmon") == "MAR 14, 2026" and b38date(d, "mdyy2") == "3-14-26"
    assert b38date(d, "slashwk") == "3/14/2026 (Saturday)" and b38date(d, "boxes") == "03 14 2026"
    assert b38date(d, "es_wkdel") == "sábado, 14 de marzo del 2026"
    assert b38date(dt.date(2025, 9, 3), "es_wkdel") == "miércoles, 3 de septiembre del 2025"
    # no earlier set names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 37]:  # (sets written before blind37-39, which were written side by side)
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b38date, parse_blind38_date, STYLES, d)
    assert parse_blind38_date("03/14/2026 FRI") is None and parse_blind38_date("3/14/2026 (Friday)") is None
    assert parse_blind38_date("2026 Mrz 14") is None and parse_blind38_date("MRZ 14, 2026") is None
    assert parse_blind38_date("viernes, 14 de marzo del 2026") is None and parse_blind38_date("13-14-26") is None
    assert parse_blind38_date("14 de marzo de 2026") is None and parse_blind38_date("3/14/2026") is None
    assert parse_blind38_date("03 14 2026") == d and parse_blind38_date("3-14-26") == d


# the body styles of the thirty-eighth set: 2026 Mar 14, 3-14-26
_B38_BODY_DATE = r"(\d{4} [A-Z][a-z]{2} \d{1,2}|\d{1,2}-\d{1,2}-\d{2})(?![\d-])"


def _b38_unmarked_dates(spec) -> list:
    """The body-style dates a letter prints outside any truth mark, read back."""
    from analyzer.samplegen.blind38 import parse_blind38_date

    marked = [(s, e) for lab, s, e in spec.annotations if lab in DATE_LABELS]
    out = []
    for m in re.finditer(_B38_BODY_DATE, spec.text):
        if not any(s <= m.start(1) < e for s, e in marked):
            day = parse_blind38_date(m[1])
            assert day, m[1]
            out.append(day)
    return out


def test_blind38_nca_second_opinion_outside_cancer_center_reads_as_its_kind():
    import datetime as dt

    layouts, urg, codes_seen = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind38_nca_second_opinion_outside_cancer_center")
        tr, txt = spec.truth, norm(spec.text)
        flat = spec.text.replace("\f", "\n")
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "second_opinion_denial" and tr["denial_category"] == "second_opinion"
        assert tr["dates"]["service"] is None and not tr["criteria_cited"] and tr["language"] == "en"
        layouts.add(spec.layout)
        urg.add(tr["urgency"])
        (svc,) = tr["services"]
        codes_seen.add(tuple(svc["codes"]))
        assert svc["codes"] in ([], ["99245"]) and re.search(r"Cancer|Oncology", svc["text"])
        assert tr["diagnoses"][0]["codes"][0] == "C61" or tr["diagnoses"][0]["codes"][0].startswith("C50.")
        assert "Medi-Cal" not in txt and "State Hearing" not in txt and "1-800-464-4000" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        rec, end = tr["dates"]["request_received"], tr["dates"]["decision"] or tr["dates"]["letter"]
        if "second_opinion.untimely" in tr["defects"]:
            assert tr["urgency"] == "expedited"
            assert (dt.date.fromisoformat(end) - dt.date.fromisoformat(rec)).days > 3
        elif tr["urgency"] == "expedited" and rec and "process.decision_untimely" not in tr["defects"]:
            assert (dt.date.fromisoformat(end) - dt.date.fromisoformat(rec)).days <= 3
        if tr["urgency"] == "expedited":
            assert re.search(r"expedited|urgent", tr["denial_reason"] + txt.split("Dear")[1][:600])
        # the reason: refused outright (the doctor's opinion is enough) or a Plan specialist instead
        if "second_opinion.eligible_denied" in tr["defects"]:
            assert spec.layout != "nca_so_offered_list" and re.search(r"sufficient|not needed", tr["denial_reason"])
            assert "Plan specialist" not in txt and "first opening" not in txt.lower()
        else:
            assert re.search(r"network|non-Plan", tr["denial_reason"])
            assert re.search(r"Plan specialist|specialists? in", txt)
        # biopsy, MRI and tumor board come before the request; offered openings and treatment come after the letter
        first = dt.date.fromisoformat(rec or tr["dates"]["letter"])
        letter = dt.date.fromisoformat(tr["dates"]["letter"])
        for day in _b38_unmarked_dates(spec):
            assert day < first or day > letter, (seed, day)
        if spec.layout == "nca_so_three_heads":
            for h in ("Your request", "Our decision", "Other options"):
                assert re.search(rf"^{h}$", flat, re.M), h
        if spec.layout == "nca_so_offered_list":
            rows = re.findall(r"^(.+?), (?:MD|M\.D\.|DO) (?:Urologic Oncology|Breast Surgical Oncology) ", spec.text,
                              re.M)
            assert re.search(r"^Specialist Department Location Phone First opening$", flat, re.M)
            assert 2 <= len(rows) <= 3
            if tr["reviewer"]:
                assert tr["reviewer"]["name"] not in rows
        if spec.layout == "nca_so_fax_packet":
            pages = spec.page_texts()
            n = int(re.search(r"^Pages: (\d) \(including this cover sheet\)$", pages[0], re.M)[1])
            assert n == tr["pages"] == len(pages) == 3
            for k, p in enumerate(pages, 1):
                assert re.match(r"\d{2}/\d{2}/\d{4} [A-Z]{3} \d{2}:\d{2} FROM KP NCAL .+ P\. " + f"{k}/{n}$",
                                p.split("\n", 1)[0])
            assert re.search(r"^Re: " + re.escape(tr["member"]["name"]) + " MRN: ", pages[0], re.M)
            assert not any(lab == "REASON" and s < len(pages[0]) for lab, s, _ in spec.annotations)
            assert re.search(r"^(YOUR RIGHTS|Important information about your rights)$", pages[2], re.M)
    assert layouts == {"nca_so_three_heads", "nca_so_offered_list", "nca_so_fax_packet"}
    assert urg == {"standard", "expedited"} and codes_seen == {(), ("99245",)}


def test_blind38_ga_commercial_authorized_claim_denied_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind38 import parse_blind38_date

    layouts, cats, parts = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind38_ga_commercial_authorized_claim_denied")
        tr, txt = spec.truth, norm(spec.text)
        flat = spec.text.replace("\f", "\n")
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["letter_kind"] == "payment_denial" and tr["urgency"] == "standard" and tr["requesting_provider"]
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        svc = tr["services"][0]["codes"][0]
        assert len(tr["services"]) == 1
        parts.add("knee" if svc.startswith("2988") else "wrist")
        dx = tr["diagnoses"][0]["codes"][0]
        assert (dx[:3] in ("M23", "S83")) == svc.startswith("2988") and (dx[:3] == "G56") == (not svc.startswith("2988"))
        # the code authorized: the same code (lapsed) or another one (billed differently)
        if tr["denial_category"] == "administrative":
            assert svc in ("29880", "29848") and ("29881" in txt or "64721" in txt)
        else:
            assert tr["denial_category"] == "no_prior_authorization" and svc in ("29881", "64721")
            assert re.search(r"expired|ended before", tr["denial_reason"])
        # the paid line on the same claim is no item of the truth
        paid = "E0114" if svc.startswith("2988") else "L3908"
        assert paid in txt and paid not in {c for s in tr["services"] for c in s["codes"]}
        service, rec = (dt.date.fromisoformat(tr["dates"][k]) for k in ("service", "request_received"))
        assert service < rec <= dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
        # the authorization's dates: the surgery falls inside them, or after they ended
        m = re.search(_B38_BODY_DATE + r" (?:to|and|through) " + _B38_BODY_DATE, txt)
        if m:
            a0, a1 = parse_blind38_date(m[1]), parse_blind38_date(m[2])
            marked = {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}
            assert m[1] not in marked and m[2] not in marked
            assert (a0 <= service <= a1) == (tr["denial_category"] == "administrative"), (seed, a0, a1, service)
        if "notice.claim_identification" in tr["defects"]:
            assert "$" not in txt and "treatment codes" not in txt
        else:
            assert "$" in txt and "treatment codes" in txt and spec.spans("DATE_SERVICE")
        assert "DMHC" not in txt and "1-888-865-5813" not in txt and "404-365-0966" in txt and "147.136" in txt
        assert "ERISA" not in txt and "502(a)" not in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if spec.layout == "ga_claim_summary":
            assert re.search(r"^Claim number \d{11} Authorization GA\d{8}$", flat, re.M)
            assert re.search(r"^Authorized code (29881|64721) Valid ", flat, re.M)
        if spec.layout == "ga_quoted_authorization":
            assert "\"We have approved the following service:" in txt and "Explanation codes" not in txt
        if spec.layout == "ga_explanation_codes":
            assert re.search(r"^Explanation codes$", flat, re.M)
            assert re.search(r"^AU(31|12) - ", flat, re.M) and re.search(r" (AU31|AU12)$", flat, re.M)
        else:
            assert "Explanation codes" not in txt
    assert layouts == {"ga_claim_summary", "ga_quoted_authorization", "ga_explanation_codes"}
    assert cats == {"administrative", "no_prior_authorization"} and parts == {"knee", "wrist"}


def test_blind38_scal_medi_cal_out_of_network_childrens_specialist_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen import dates as D
    from analyzer.samplegen.blind38 import parse_blind38_date

    layouts, urg, kinds = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind38_scal_medi_cal_out_of_network_childrens_specialist")
        tr, txt = spec.truth, norm(spec.text)
        flat = spec.text.replace("\f", "\n")
        assert tr["plan_type"] == "medi_cal" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "out_of_network"
        assert tr["dates"]["service"] is None and not tr["criteria_cited"]
        layouts.add(spec.layout)
        urg.add(tr["urgency"])
        codes = [s["codes"] for s in tr["services"]]
        assert codes in ([["99244"]], [["99244"], ["43239"]]), codes
        kinds.add(len(codes))
        assert {d["codes"][0] for d in tr["diagnoses"]} <= {"K90.0", "K50.90", "K21.9", "R62.51", "R62.52"}
        assert re.search(r"Children's", tr["denial_reason"]) and "network" in tr["denial_reason"]
        # addressed to the parent: the member is the child, whose first name the reason uses
        child = tr["member"]["name"]
        assert re.search(r"[Pp]arent", txt) and child.split()[0] in txt
        assert not re.search(r"Dear " + re.escape(child) + r"\b", txt)
        assert "Medi-Cal" in txt and "State Hearing" in txt and "1-888-452-8609" in txt and "(800) 743-8525" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        if "notice.continuation_of_benefits" not in tr["defects"]:
            assert "10 days" in txt
        rec = tr["dates"]["request_received"]
        end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
        letter = dt.date.fromisoformat(tr["dates"]["letter"])
        if rec:
            rec = dt.date.fromisoformat(rec)
            if "process.decision_untimely" in tr["defects"]:
                assert (end - rec).days > 3
            elif tr["urgency"] == "standard":
                assert D.business_between(rec, end) <= 5
        # the plan specialist's appointment: named, within 15 business days of the request
        m = re.search(r" on ([^,;]+?) at \d{1,2}:\d{2} a\.m\.|first opening is ([^,;]+?), \d{1,2}:\d{2}", txt)
        if "network.no_timely_in_network_alternative" in tr["defects"]:
            assert not m and " a.m." not in txt
        else:
            appt = parse_blind38_date(m[1] or m[2])
            assert appt > letter and D.business_between(letter, appt) <= 10
            if D.business_between(rec or letter, appt) > 15:  # only when the decision itself came late
                assert "process.decision_untimely" in tr["defects"]
                assert "network.no_timely_in_network_alternative" in tr["either_way_flags"]
        for day in _b38_unmarked_dates(spec):
            assert day < (rec or letter) or day > letter, (seed, day)
        if spec.layout == "mc_noa_rights_insert_es":
            pages = spec.page_texts()
            assert re.search(r"^(YOUR RIGHTS|Your Rights under Medi-Cal)$", flat, re.M)
            if "notice.language_assistance" not in tr["defects"]:
                last = pages[-1]
                assert last.startswith("Información importante en español")
                fm = re.search(r"^Fecha del aviso: (.+)$", last, re.M)
                assert parse_blind38_date(fm[1]).isoformat() == tr["dates"]["letter"]
                assert "ESPAÑOL:" in last and len(spec.spans("DATE_LETTER")) == 2
        else:
            assert "Fecha del aviso" not in txt
        if spec.layout == "mc_noa_boxed_form":
            dm = re.search(r"^Date of notice: (\d{2} \d{2} \d{4}) Referral no\.: ", flat, re.M)
            assert parse_blind38_date(dm[1]).isoformat() == tr["dates"]["letter"]
            assert re.search(r"^Member \(child\): " + re.escape(child) + " Date of birth: \\d{2} \\d{2} \\d{4}$",
                             flat, re.M)
            assert "ACTION: [X] Denied" in txt and "REASON: " + norm(tr["denial_reason"]) in txt
        if spec.layout == "mc_noa_continuity":
            assert re.search(r"[Cc]ontinuity[- ]of[- ]care", txt)
            doc = re.search(r"(?:seeing|treated by) (.+?, M\.?D\.?) (?:at|of) ", txt)[1]
            assert doc != tr["requesting_provider"] and tr["reviewer"] is None or doc != tr["reviewer"]["name"]
    assert layouts == {"mc_noa_rights_insert_es", "mc_noa_boxed_form", "mc_noa_continuity"}
    assert urg == {"standard", "expedited"} and kinds == {1, 2}


def test_blind38_compliant_letters_carry_required_pieces():
    for t in BLIND38:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["state"] == "CA":
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "1-800-464-4000" in txt and "Independent Medical Review" in txt and "72 hours" in txt
                assert "30 days" in txt and "ENGLISH:" in txt and "ESPAÑOL:" in txt
                assert len(re.findall(r"\(TTY 711\)", txt)) >= 15
            if tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA":
                assert tr["stated_appeal_deadline_days"] == 180 and "6 months" in txt and "1-888-804-3536" in txt
                assert "Plan specialist" in txt or re.search(r"specialists? in", txt)
            if tr["plan_type"] == "medi_cal":
                assert tr["stated_appeal_deadline_days"] == 60 and "State Hearing" in txt and "120 days" in txt
                assert "10 days" in txt and "1-888-452-8609" in txt and " a.m." in txt
                assert re.search(r"free copies|[Ff]ree copies", txt)
            if tr["state"] == "GA":
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "147.136" in txt and "4 months" in txt and "1-866-444-3272" in txt and "Commissioner" in txt
                assert "$" in txt and "treatment codes" in txt and "ESPAÑOL" in txt and "60 days" in txt


def test_blind38_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND38}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND38, each=each)
    nc, ga, mc = BLIND38
    assert plans[nc] == {"commercial_hmo"} and states[nc] == {"CA"} and kinds[nc] == {"second_opinion_denial"}
    assert cats[nc] == {"second_opinion"} and urg[nc] == {"standard", "expedited"}
    assert plans[ga] == {"commercial_hmo"} and states[ga] == {"GA"} and kinds[ga] == {"payment_denial"}
    assert cats[ga] == {"administrative", "no_prior_authorization"} and urg[ga] == {"standard"}
    assert plans[mc] == {"medi_cal"} and states[mc] == {"CA"} and kinds[mc] == {"initial_denial"}
    assert cats[mc] == {"out_of_network"} and urg[mc] == {"standard", "expedited"}
    for t in BLIND38:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and pages >= {2, 3}


@pytest.mark.parametrize("template,least", [("blind38_nca_second_opinion_outside_cancer_center", 6),
                                            ("blind38_ga_commercial_authorized_claim_denied", 4),
                                            ("blind38_scal_medi_cal_out_of_network_childrens_specialist", 6)])
def test_blind38_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- thirty-ninth blind set (analyzer/samplegen/blind39.py): written without sight of the extractor; measured once -


def test_blind39_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind39 import STYLES, b39date, parse_blind39_date

    d = dt.date(2026, 3, 5)
    assert b39date(d, "capsmon") == "MAR 5, 2026" and b39date(d, "dashyyu") == "3-5-26"
    assert b39date(d, "mondashyy") == "Mar-05-26" and b39date(d, "ymonsp") == "2026 Mar 5"
    assert b39date(d, "wkpadslash") == "Thu 03/05/2026" and b39date(d, "cellmdy") == "03/05/2026"
    assert b39date(dt.date(2025, 12, 22), "dashyyu") == "12-22-25"
    # no other blind set names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 37]:  # (sets written before blind37-39, which were written side by side)
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b39date, parse_blind39_date, STYLES, d)
    assert parse_blind39_date("Wed 03/05/2026") is None and parse_blind39_date("MAR 05, 2026") is None
    assert parse_blind39_date("Mar 5, 2026") is None and parse_blind39_date("13-5-26") is None
    assert parse_blind39_date("03-05-26") is None and parse_blind39_date("2026 March 5") is None
    assert parse_blind39_date("Foo-05-26") is None and parse_blind39_date("13/05/2026") is None


def _b39_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def _b39_window(tr: dict, urgent_days: int = 3, std_days: int = 15) -> None:
    """A compliant ERISA decision comes within 15 days (72 hours when urgent) of receipt; a planted late one later."""
    import datetime as dt

    if tr["dates"]["request_received"] and tr["dates"]["decision"]:
        days = (dt.date.fromisoformat(tr["dates"]["decision"])
                - dt.date.fromisoformat(tr["dates"]["request_received"])).days
        lim = urgent_days if tr["urgency"] == "expedited" else std_days
        assert days > lim if "process.decision_untimely" in tr["defects"] else 0 <= days <= lim


def test_blind39_nw_erisa_experimental_tumor_profiling_reads_as_its_kind():
    from analyzer.samplegen.blind39 import parse_blind39_date

    layouts, codes_seen, urg, sites = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind39_nw_erisa_experimental_tumor_profiling")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "OR" and tr["region"] == "Northwest"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "experimental_investigational"
        assert tr["dates"]["service"] is None and tr["requesting_provider"] and tr["criteria_cited"]
        layouts.add(spec.layout)
        urg.add(tr["urgency"])
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert len(codes) == 1 and codes[0] in ("81455", "0037U", "0242U", "0239U"), codes
        codes_seen.add(codes[0])
        tissue = codes[0] in ("81455", "0037U")
        assert ("stage" in tr["denial_reason"]) == tissue  # tissue panels: early-stage disease after surgery
        dx = [d["codes"][0] for d in tr["diagnoses"]]
        assert len(dx) == 1 and dx[0][:3] in ("C34", "C18")
        sites.add(dx[0][:3])
        # the covered alternative is named but is never an item
        alt = re.search(r"\(CPT (81445|81235|81275|81210)\)", txt)
        assert alt and alt[1] not in codes
        assert "self-funded" in txt and "ERISA" in txt and "502(a)" in txt and "DMHC" not in txt
        assert "1-800-813-2000" not in txt  # the catalogue does not verify the Northwest Member Services line
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        _b39_window(tr)
        # biopsy, operative note, pathology and tumor board dates are earlier than the request and never truth
        marked = _b39_marked(spec)
        first = tr["dates"]["request_received"] or tr["dates"]["letter"]
        found = re.findall(r"(?:biopsy \(|biopsy of |note \(|surgery by [^;]+? on |report \(|signed by [^;]+? on "
                           r"|discussion of |note of )(\d{4} [A-Z][a-z]{2} \d{1,2}|\d{1,2}-\d{1,2}-\d{2}|"
                           r"[A-Z]{3} \d{1,2}, \d{4})", txt)
        assert len(found) >= 4, (seed, found)
        for f in found:
            day = parse_blind39_date(f)
            assert day and day.isoformat() < first and norm(f) not in marked, (seed, f)
        if spec.layout == "nw_committee_conclusion":
            assert "Interregional New Technologies Committee" in txt
            m = re.search(r"(?:meeting of|Committee on) (\d{4} [A-Z][a-z]{2} \d{1,2}|\d{1,2}-\d{1,2}-\d{2}|"
                          r"[A-Z]{3} \d{1,2}, \d{4})", txt)
            assert parse_blind39_date(m[1]).isoformat() < first and norm(m[1]) not in marked
        if spec.layout == "nw_reference_list":
            refs = re.findall(r"^(\d)\. .+$", spec.text, re.M)
            assert refs[:3] == ["1", "2", "3"]
            year = int(tr["dates"]["letter"][:4])
            for y in re.findall(r"\b(\d{4});\d+\(\d+\):\d+-\d+\.", txt):
                assert int(y) < year
            for ep in re.findall(r"Epub (\d{4} [A-Z][a-z]{2} \d{1,2})\.", txt):
                assert parse_blind39_date(ep).isoformat() < tr["dates"]["letter"] and norm(ep) not in marked
        else:
            assert not re.search(r"\d{4};\d+\(\d+\):", txt)
        if spec.layout == "nw_evidence_table":
            assert re.search(r"^Evidence summary$", spec.text, re.M)
            assert re.search(r"^Study Design Patients Finding$", spec.text, re.M)
            assert len(re.findall(r"^\S+ et al\. \(\d{4}\) ", spec.text, re.M)) >= 3
    assert layouts == {"nw_committee_conclusion", "nw_reference_list", "nw_evidence_table"}
    assert codes_seen == {"81455", "0037U", "0242U", "0239U"} and sites == {"C34", "C18"}
    assert urg == {"standard", "expedited"}


def test_blind39_hi_ma_interisland_air_ambulance_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind39 import parse_blind39_date

    layouts, pairs = set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind39_hi_ma_interisland_air_ambulance")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["letter_kind"] == "payment_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["urgency"] == "standard" and tr["dates"]["service"] and tr["dates"]["request_received"]
        layouts.add(spec.layout)
        codes = tuple(c for s in tr["services"] for c in s["codes"])
        assert codes in (("A0430", "A0435"), ("A0431", "A0436")), codes
        pairs.add(codes)
        miles = int(re.search(r"(\d+) (?:statute )?miles", tr["services"][1]["text"])[1])
        assert str(miles) in txt.replace(tr["services"][1]["text"], "")  # the claim lines or the log say it too
        # the ground leg was paid and is never an item
        ground = re.search(r"\((A0426|A0427), (?:with mileage )?A0425\)", txt)
        assert ground and ground[1] not in codes and "A0425" not in codes
        svc, rec = (dt.date.fromisoformat(tr["dates"][k]) for k in ("service", "request_received"))
        assert svc < rec <= dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
        assert "1-800-633-4227" in txt and "1-877-486-2048" in txt and "Independent Review Entity" in txt
        assert "1-800-966-5955" not in txt and "DMHC" not in txt and "ERISA" not in txt
        assert "60 days" in txt  # a payment appeal is decided within 60 days
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65)
        else:
            assert tr["stated_appeal_deadline_days"] < 60
        # an authorization before the flight is mentioned only where the retro-denial defect is planted
        assert ("authorization TC-" in txt) == ("process.retro_denial_of_authorized" in tr["defects"])
        page1 = spec.page_texts()[0]
        if spec.layout == "hi_denial_of_payment_notice":
            assert re.search(r"^(NOTICE OF DENIAL OF PAYMENT|Notice of Denial of Payment)$", page1, re.M)
            m = re.search(r"^Date: (.+) Member number: ", page1, re.M)
            assert m and m[1] == spec.spans("DATE_LETTER")[0]
            m = re.search(r"Date of service: (.+)$", page1, re.M)
            assert parse_blind39_date(m[1]).isoformat() == tr["dates"]["service"]
            assert "Why did we deny payment?" in txt or "Why we denied payment" in txt
        if spec.layout == "hi_trip_log":
            assert re.search(r"^Event Date Time \(HST\) Location Loaded miles$", spec.text, re.M)
            rows = re.findall(r"^(?:Call received|Wheels up from base|At patient bedside|Depart with patient|"
                              r"Landed, Honolulu|Patient handed off) (\S+) (\d{4}) ", spec.text, re.M)
            assert len(rows) == 6
            for day, hhmm in rows:  # the log's dates are the flight's day or, after midnight, the next one
                d = parse_blind39_date(day)
                assert d in (svc, svc + dt.timedelta(days=1)) and int(hhmm[:2]) < 24
            assert re.search(rf"^Landed, Honolulu \S+ \d{{4}} HNL airport {miles}$", spec.text, re.M)
        if spec.layout == "hi_to_representative":
            lines = page1.split("\n")
            date_at = lines.index(spec.spans("DATE_LETTER")[0])
            addressee = lines[date_at + 1]
            assert addressee != tr["member"]["name"] and tr["member"]["name"] not in addressee
            assert re.search(rf"^Re: {re.escape(tr['member']['name'])} ", page1, re.M)
            assert "representative" in txt and not re.search(rf"Dear {re.escape(tr['member']['name'])}\b", txt)
            assert " you were " not in tr["denial_reason"] and "your " not in tr["denial_reason"]
        else:
            assert re.search(r"^Re: ", page1, re.M) is None
    assert layouts == {"hi_denial_of_payment_notice", "hi_trip_log", "hi_to_representative"}
    assert pairs == {("A0430", "A0435"), ("A0431", "A0436")}


def test_blind39_md_erisa_myoelectric_prosthesis_partial_reads_as_its_kind():
    layouts, cats, hands, levels = set(), set(), set(), set()
    myo = {"L6935", "L6955", "L7180", "L7007", "L6880", "L7259"}
    body = {"L6100", "L6250", "L6675", "L6676", "L6706", "L6680", "L6682"}
    for seed in range(40):
        spec = generate(seed, template="blind39_md_erisa_myoelectric_prosthesis_partial")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "MD" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "partial_denial" and tr["urgency"] == "standard" and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        every = {c for s in tr["services"] for c in s["codes"]}
        codes = every & myo
        assert codes and every <= myo | body and len(codes & {"L7007", "L6880"}) == 1, every
        hands.add(next(iter(codes & {"L7007", "L6880"})))
        # the approved body-powered lines are printed and listed too (the devset's convention for a partial decision)
        approved = set(re.findall(r"\((L6\d{3})\)", txt.split("Not approved")[0].split("We denied")[0]))
        assert approved and approved <= body and approved == every & body, (seed, approved)
        dx = [d["codes"][0] for d in tr["diagnoses"]]
        assert dx in (["Z89.211"], ["Z89.212"], ["Z89.221"], ["Z89.222"])
        levels.add(dx[0][:6])
        assert ("L7180" in codes or "L6955" in codes) <= dx[0].startswith("Z89.22")
        assert "ERISA" in txt and "502(a)" in txt and "1-800-777-7902" in txt and "(301) 879-6380" in txt
        assert "DMHC" not in txt
        if tr["denial_category"] == "not_covered":
            assert "Summary Plan Description" in tr["denial_reason"] and not tr["criteria_cited"]
            assert not {"process.reviewer_not_physician", "notice.criteria_cited"} & set(tr["defects"])
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        _b39_window(tr)
        marked = _b39_marked(spec)
        for m in re.finditer(r"(?:quoted by [^)]+\) on |quote Q\d{4}-\d{4}, |dated |casting |delivered on )"
                             r"([A-Z][a-z]{2}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{2}|[A-Z][a-z]{2} \d{2}/\d{2}/\d{4})",
                             txt):
            assert norm(m[1]) not in marked, (seed, m[1])
        if spec.layout == "md_prosthetist_quote":
            assert re.search(r"^Line HCPCS Description Qty Price Decision$", spec.text, re.M)
            rows = re.findall(r"^\d \S+ .+ 1 \$[\d,]+\.\d{2} (Approved|Denied)$", spec.text, re.M)
            assert rows.count("Denied") == len(codes) and rows.count("Approved") == len(approved)
        if spec.layout == "md_numbered_paragraphs":
            nums = [int(x) for x in re.findall(r"^(\d+)\. ", spec.text.replace("\f", "\n"), re.M)]
            assert nums == list(range(1, len(nums) + 1)) and len(nums) >= 6
            assert re.search(r"^\d+\. Reason\. ", spec.text, re.M)
        else:
            assert not re.search(r"^\d+\. Reason\. ", spec.text, re.M)
        if spec.layout == "md_spd_block_quote":
            assert re.search(r"^\"(Prosthetic devices|Benefit limitation|Exclusions|Not covered|Medically Necessary|"
                             r"The Plan covers)", spec.text, re.M)
    assert layouts == {"md_prosthetist_quote", "md_numbered_paragraphs", "md_spd_block_quote"}
    assert cats == {"medical_necessity", "not_covered"} and hands == {"L7007", "L6880"}
    assert {x[:5] for x in levels} == {"Z89.2"} and len(levels) == 2
    spec = generate(2, template="blind39_md_erisa_myoelectric_prosthesis_partial", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 8 and not spec.truth["criteria_cited"]


def test_blind39_md_partial_truth_lists_approved_lines():
    # the devset's README: "Approved lines of a partial decision are listed too"; "We denied" names the denied only
    spec = generate(0, template="blind39_md_erisa_myoelectric_prosthesis_partial")
    tr, txt = spec.truth, norm(spec.text)
    approved = [s for s in tr["services"] if s["codes"][0] in {"L6100", "L6250", "L6675", "L6676", "L6706", "L6680",
                                                                 "L6682"}]
    assert approved and len(approved) < len(tr["services"])
    said = re.search(r"(?:We approved: |Approved lines: )(.+?)\. (?:Your prosthetist may go ahead with these\. )?"
                     r"(?:We denied|Not approved): (.+?)\.(?: \d+\.| [A-Z])", txt)
    assert said, txt[:1500]
    for s in approved:
        assert f"{s['text']} ({s['codes'][0]})" in said[1] and s["codes"][0] not in said[2]
    assert {s["text"] for s in approved} <= {norm(v) for v in spec.spans("SERVICE")}


def test_blind39_compliant_letters_carry_required_pieces():
    for t in BLIND39:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "erisa_group":
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "147.136" in txt and "4 months" in txt and "502(a)" in txt and "1-866-444-3272" in txt
                assert "check your plan documents" in txt and "72 hours" in txt and "30 days" in txt
                assert "ESPAÑOL" in txt and re.search(r"free copies|copies of all documents", txt)
                assert re.search(r"treatment codes", txt) and tr["criteria_cited"] or \
                    tr["denial_category"] == "not_covered"
            if tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "Independent Review Entity" in txt
                assert "1-800-MEDICARE" in txt and "1-877-486-2048" in txt and "www.medicare.gov" in txt
                assert "ILOKANO" in txt and "Administrative Law Judge" in txt and "authorization TC-" not in txt
            if tr["state"] == "OR":
                assert "Oregon Division of Financial Regulation" in txt
            if tr["state"] == "MD":
                assert "410-528-1840" in txt and "1-877-261-8807" in txt


def test_blind39_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND39}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND39, each=each)
    nw, hi, md = BLIND39
    assert plans[nw] == {"erisa_group"} and states[nw] == {"OR"} and kinds[nw] == {"initial_denial"}
    assert cats[nw] == {"experimental_investigational"} and urg[nw] == {"standard", "expedited"}
    assert plans[hi] == {"medicare_advantage"} and states[hi] == {"HI"} and kinds[hi] == {"payment_denial"}
    assert cats[hi] == {"medical_necessity"} and urg[hi] == {"standard"}
    assert plans[md] == {"erisa_group"} and states[md] == {"MD"} and kinds[md] == {"partial_denial"}
    assert cats[md] == {"medical_necessity", "not_covered"} and urg[md] == {"standard"}
    for t in BLIND39:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and len(pages) >= 1


@pytest.mark.parametrize("template,least", [(BLIND39[0], 6), (BLIND39[1], 3), (BLIND39[2], 8)])
def test_blind39_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused; a
    payment denial of Medicare Advantage can carry few (the catalogue applies most rules to service decisions)."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- fortieth blind set (analyzer/samplegen/blind40.py): written without sight of the extractor; measured once ---


def test_blind40_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind40 import STYLES, b40date, parse_blind40_date

    d = dt.date(2026, 3, 14)
    assert b40date(d, "ccyymmdd") == "20260314" and b40date(d, "dmon4yr") == "14 Mar 2026"
    assert b40date(d, "dmoncompact") == "14Mar2026" and b40date(dt.date(2026, 3, 5), "dmoncompact") == "05Mar2026"
    assert b40date(d, "wkabbrmon") == "Sat, Mar 14, 2026" and b40date(d, "mdyyslash") == "03/14/26"
    assert b40date(d, "monfullord") == "March 14th, 2026" and b40date(dt.date(2026, 5, 22), "monfullord") == \
        "May 22nd, 2026"
    assert b40date(d, "es_mesdia") == "marzo 14 de 2026" and b40date(d, "es_dmyslash") == "14/03/2026"
    # no earlier blind set names a style as this one does (blind40-42 were written side by side)
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 40]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b40date, parse_blind40_date, STYLES, d)
    assert parse_blind40_date("Fri, Mar 14, 2026") is None and parse_blind40_date("March 14rd, 2026") is None
    assert parse_blind40_date("20261314") is None and parse_blind40_date("14Foo2026") is None
    assert parse_blind40_date("March 14, 2026") is None and parse_blind40_date("marzo 14, 2026") is None
    assert parse_blind40_date("13/14/26") is None and parse_blind40_date("05 Mar 2026") is None


def _b40_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


_B40_DATE = (r"(\d{8}|\d{1,2} [A-Z][a-z]{2} \d{4}|\d{2}[A-Z][a-z]{2}\d{4}|[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}|"
             r"\d{2}/\d{2}/\d{2}|[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th), \d{4})")


def test_blind40_nca_commercial_home_ivig_site_of_care_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen import dates as D
    from analyzer.samplegen.blind40 import parse_blind40_date

    layouts, kinds, drugs, conds = set(), set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind40_nca_commercial_home_ivig_site_of_care")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        kinds.add(tr["letter_kind"])
        codes = [c for s in tr["services"] for c in s["codes"]]
        drug = re.search(r"\b(J1569|J1459)\b", txt)
        assert drug, seed
        drugs.add(drug[1])
        if tr["letter_kind"] == "partial_denial":  # the drug at the infusion center is approved and listed too
            assert codes[-2:] == ["99601", "99602"] and "96365" in txt and re.search(r"\b[Aa]pproved\b", txt)
            assert sorted(codes[:-2]) == sorted([drug[1], "96365", "96366"]), (seed, codes)
        else:
            assert codes in (["J1569"], ["J1459"]) and "99601" not in codes
        dx = [d["codes"][0] for d in tr["diagnoses"]]
        assert len(dx) == 1 and (dx[0].startswith("D80.") or dx[0] == "G61.81")
        conds.add(dx[0][:3])
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            days = D.business_between(dt.date.fromisoformat(tr["dates"]["request_received"]), end)
            assert (days > 5) == ("process.decision_untimely" in tr["defects"]), seed
        # infusion, lab and study dates are earlier events; the next chair time is later; none is truth
        marked = _b40_marked(spec)
        for m in re.finditer(r"(?:infusion records \(|infusion center notes by [^(]+\(|scheduled at the [^.]+? on "
                             r"|schedule for |last on |most recently )" + _B40_DATE, txt):
            assert parse_blind40_date(m[1]) and norm(m[1]) not in marked, (seed, m[1])
        if spec.layout == "nca_pharmacy_decision_form":
            assert re.search(r"^(PHARMACY PRIOR AUTHORIZATION DECISION|Specialty Drug Authorization - Decision "
                             r"Notice)$", spec.text, re.M)
            m = re.search(r"^Date of notice: (\S+) Member: ", spec.text, re.M)
            assert m and m[1] == spec.spans("DATE_LETTER")[0] and parse_blind40_date(m[1])
            assert "Form prepared by:" in txt and "PharmD" in txt
        if spec.layout == "nca_dosing_table":
            assert re.search(r"^Item Ordered$", spec.text, re.M) and re.search(r"^Weight \d+ kg$", spec.text, re.M)
            assert re.search(r"^Frequency every 4 weeks$", spec.text, re.M)
        if spec.layout == "nca_site_of_care_table":
            assert re.search(r"^Site Who gives the infusion Decision$", spec.text, re.M)
            assert re.search(r"^Home \(.+\) Visiting infusion nurse (Denied|Not reviewed)$", spec.text, re.M)
        assert "Department of Managed Health Care" in txt or "notice.dmhc_statement" in tr["defects"]
    assert layouts == {"nca_pharmacy_decision_form", "nca_dosing_table", "nca_site_of_care_table"}
    assert kinds == {"partial_denial", "initial_denial"} and drugs == {"J1569", "J1459"} and conds == {"D80", "G61"}


def test_blind40_nca_partial_truth_lists_approved_lines():
    # the devset's README: "Approved lines of a partial decision are listed too"; each wording of the approval names
    # them its own way: the drug and the center's "infusion services" as two lines, or the brand with all three codes
    forms = set()
    for seed in range(30):
        spec = generate(seed, template="blind40_nca_commercial_home_ivig_site_of_care")
        tr, txt = spec.truth, norm(spec.text)
        if tr["letter_kind"] != "partial_denial":
            continue
        j = re.search(r"\b(J1569|J1459)\b", txt)[1]
        svcs = [(s["text"], s["codes"]) for s in tr["services"]]
        assert svcs[-1][1] == ["99601", "99602"]
        if "What we approved: " in txt:
            forms.add("brand")
            brand = {"J1569": "Gammagard Liquid", "J1459": "Privigen"}[j]
            assert svcs[:-1] == [(brand, [j, "96365", "96366"])] and f"What we approved: {brand} ({j})" in txt
        else:
            forms.add("lines")
            assert [c for _, c in svcs[:-1]] == [[j], ["96365", "96366"]] and svcs[1][0] == "infusion services"
            assert f"Approved: {svcs[0][0]} ({j})" in txt and "infusion services (96365, 96366). Denied: " in txt
        assert "96365" not in txt.split("enied: ")[1].split(".")[0]
    assert forms == {"brand", "lines"}


def test_blind40_wa_apple_health_sud_iop_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind40 import parse_blind40_date

    layouts, dxs, why = set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind40_wa_apple_health_sud_iop")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "WA" and tr["region"] == "Washington"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and "SUDP" in tr["requesting_provider"]
        layouts.add(spec.layout)
        assert [c for s in tr["services"] for c in s["codes"]] == ["H0015"]
        codes = {d["codes"][0] for d in tr["diagnoses"]}
        assert codes <= {"F10.20", "F11.20"} and codes
        dxs |= codes
        assert "1-888-901-4636" in txt and "DMHC" not in txt and "1-800-813-2000" not in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        if tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            days = (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days
            lim = 3 if tr["urgency"] == "expedited" else 14
            assert (days > lim) == ("process.decision_untimely" in tr["defects"]), seed
        if tr["criteria_cited"]:
            assert "ASAM" in tr["criteria_cited"][0]
        else:
            assert "ASAM" not in txt and "riteria" not in txt
        if "notice.reason_specific" not in tr["defects"]:
            why.add("withdrawal" if "withdrawal management" in tr["denial_reason"] else "outpatient")
        marked = _b40_marked(spec)
        for m in re.finditer(r"(?:assessment of |assessment \(|screen of |collected )" + _B40_DATE, txt):
            day = parse_blind40_date(m[1])
            assert day and day.isoformat() < tr["dates"]["letter"] and norm(m[1]) not in marked, (seed, m[1])
        if spec.layout == "wa_asam_dimension_table" and "notice.reason_specific" not in tr["defects"]:
            assert re.search(r"^Dimension Risk \(0-4\) What the assessment shows$", spec.text, re.M)
            assert len(re.findall(r"^[1-6]\. .+ [0-4] .+$", spec.text, re.M)) == 6
        if spec.layout == "wa_spanish_notice_page":
            last = spec.page_texts()[-1]
            assert "AVISO IMPORTANTE" in last and "Fecha del aviso:" in last
            assert len(spec.spans("DATE_LETTER")) == 2
            assert {parse_blind40_date(x) for x in spec.spans("DATE_LETTER")} == {
                dt.date.fromisoformat(tr["dates"]["letter"])}
        else:
            assert "AVISO IMPORTANTE" not in txt
        if spec.layout == "wa_community_resources":
            assert len(re.findall(r"^- .+: .+\. \d{3}-\d{3}-\d{4}$", spec.text, re.M)) >= 4
    assert layouts == {"wa_asam_dimension_table", "wa_spanish_notice_page", "wa_community_resources"}
    assert dxs == {"F10.20", "F11.20"} and why == {"withdrawal", "outpatient"}


def test_blind40_va_ma_cardiac_ablation_expedited_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind40 import parse_blind40_date

    layouts, dxs = set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind40_va_ma_cardiac_ablation_expedited")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "VA"
        assert tr["region"] == "Mid-Atlantic States" and tr["letter_kind"] == "initial_denial"
        assert tr["urgency"] == "expedited" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        layouts.add(spec.layout)
        assert [s["codes"] for s in tr["services"]] == [["93656"], ["93662"]]
        dx = [d["codes"][0] for d in tr["diagnoses"]]
        assert len(dx) == 1 and dx[0][:3] == "I48"
        dxs.add(dx[0])
        assert "1-800-633-4227" in txt and "1-877-486-2048" in txt and "1-800-777-7902" in txt
        assert "DMHC" not in txt and "ERISA" not in txt and "1-800-443-0815" not in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65)
        if tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            days = (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days
            assert (days > 3) == ("process.decision_untimely" in tr["defects"]), seed
        if tr["criteria_cited"]:
            assert "422.101(b)(6)" in txt
        marked = _b40_marked(spec)
        m = re.search(r"planned (?:at [^.]+ )?for " + _B40_DATE, txt)
        assert m and parse_blind40_date(m[1]).isoformat() > tr["dates"]["letter"] and norm(m[1]) not in marked
        if spec.layout == "va_fast_decision_box":
            assert re.search(r"^(FAST DECISION\.|Fast decision:)", spec.text, re.M)
        if spec.layout == "va_call_confirmation":
            m = re.search(r"(?:phone call of|On) ([A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}),? at "
                          r"(\d{1,2}:\d{2} [ap]\.m\.)", txt)
            assert m and norm(m[1]) not in marked
            call = parse_blind40_date(m[1])
            letter = dt.date.fromisoformat(tr["dates"]["letter"])
            assert 1 <= (letter - call).days <= 2  # the written notice follows within 3 calendar days
            assert tr["dates"]["decision"] in (None, call.isoformat())
        if spec.layout == "va_test_results_table" and "notice.reason_specific" not in tr["defects"]:
            assert re.search(r"^Test Date Result$", spec.text, re.M)
            rows = re.findall(r"^(12-lead EKG|Echocardiogram|48-hour Holter|TSH) (\S+) ", spec.text, re.M)
            assert len(rows) == 4
            for _, day in rows:
                assert parse_blind40_date(day).isoformat() < tr["dates"]["letter"] and norm(day) not in marked
    assert layouts == {"va_fast_decision_box", "va_call_confirmation", "va_test_results_table"}
    assert len(dxs) >= 3


def test_blind40_compliant_letters_carry_required_pieces():
    for t in BLIND40:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [] and tr["criteria_cited"], (t, seed)
            assert "ESPAÑOL" in txt and re.search(r"free copies|free copy|at no cost|free on request", txt, re.I)
            if tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "Independent Medical Review" in txt and "1-888-804-3536" in txt and "1-800-464-4000" in txt
                assert len(re.findall(r"1-800-464-4000 \(TTY 711\)", txt)) >= 15
            if tr["plan_type"] == "medicaid":
                assert tr["stated_appeal_deadline_days"] == 60 and "fair hearing" in txt and "72 hours" in txt
                assert "10 days" in txt and "ASAM" in txt and "30 days" in txt
            if tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "Independent Review Entity" in txt
                assert "72 hours" in txt and "Administrative Law Judge" in txt and "www.medicare.gov" in txt
            if tr["reviewer"]:
                assert tr["reviewer"]["credentials"].split(",")[0] in ("MD", "M.D.", "DO")


def test_blind40_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND40}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND40, seeds=30, each=each)
    nca, wa, va = BLIND40
    assert plans[nca] == {"commercial_hmo"} and states[nca] == {"CA"}
    assert kinds[nca] == {"partial_denial", "initial_denial"} and urg[nca] == {"standard", "expedited"}
    assert plans[wa] == {"medicaid"} and states[wa] == {"WA"} and kinds[wa] == {"initial_denial"}
    assert urg[wa] == {"standard", "expedited"}
    assert plans[va] == {"medicare_advantage"} and states[va] == {"VA"} and kinds[va] == {"initial_denial"}
    assert urg[va] == {"expedited"}
    for t in BLIND40:
        assert cats[t] == {"medical_necessity"} and len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t])
    assert reviewers == {True, False} and len(pages) >= 2


@pytest.mark.parametrize("template,least", [(BLIND40[0], 7), (BLIND40[1], 8), (BLIND40[2], 6)])
def test_blind40_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- forty-third blind set (analyzer/samplegen/blind43.py): written without sight of the extractor; measured once --


def test_blind43_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind43 import STYLES, b43date, parse_blind43_date

    d = dt.date(2026, 3, 14)
    assert b43date(d, "dmonyy") == "14-Mar-26" and b43date(d, "mdotyy") == "3.14.26"
    assert b43date(d, "wkmonord") == "Saturday, March 14th, 2026" and b43date(d, "mdywkparen") == "03/14/2026 (Sat)"
    assert b43date(d, "mdyunpad") == "3-14-2026" and b43date(d, "monabbrday") == "Mar 14 2026"
    assert b43date(d, "es_wkdia") == "sábado, 14 de marzo de 2026"
    # no set written before blind43-45 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 43]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b43date, parse_blind43_date, STYLES, d)
    assert parse_blind43_date("Friday, March 14th, 2026") is None and parse_blind43_date("14-MAR-26") is None
    assert parse_blind43_date("Saturday, March 14rd, 2026") is None and parse_blind43_date("13.14.26") is None
    assert parse_blind43_date("viernes, 14 de marzo de 2026") is None and parse_blind43_date("Mar 32 2026") is None


def _b43_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind43_nca_commercial_esketamine_step_therapy_reads_as_its_kind():
    from analyzer.samplegen.blind43 import parse_blind43_date

    layouts, urg, whys, revs = set(), set(), set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind43_nca_commercial_esketamine_step_therapy")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["requesting_provider"] and tr["criteria_cited"]
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert codes[0] == "S0013" and codes[1:] in ([], ["G2082"], ["G2083"])
        assert all(d["codes"][0][:3] in ("F32", "F33") for d in tr["diagnoses"])
        layouts.add(spec.layout)
        urg.add(tr["urgency"])
        whys.add(tr["denial_reason"][:20])
        # the drugs to try first are named and are never items
        first = re.search(r"(?:Medicines to try first:|the plan's steps call for) (.+?)\.", txt)
        assert first and not any(first[1] in s["text"] for s in tr["services"])
        alt = re.search(r"\(CPT (90870|90867)\)", txt)
        assert alt and alt[1] not in codes
        assert "Independent Review Entity" not in txt and "1-800-464-4000" in txt
        apa = all("American Psychiatric Association" in c for c in tr["criteria_cited"])
        assert apa != ("mh_parity.non_association_criteria" in tr["defects"])
        if tr["reviewer"]:
            revs.add(tr["reviewer"]["credentials"] == "PharmD")
            assert (tr["reviewer"]["credentials"] == "PharmD") == ("process.reviewer_not_physician" in tr["defects"])
        page1 = spec.page_texts()[0]
        if spec.layout == "nca_rx_pa_response_form":
            assert codes == ["S0013"] and "[X] Denied" in txt
            assert re.search(r"^Drug Strength First fill Last fill Days supplied$", spec.text, re.M)
            assert re.search(rf"^Member: {re.escape(tr['member']['name'])} Member ID: ", page1, re.M)
        if spec.layout == "nca_numbered_criteria_letter":
            assert len(re.findall(r"^\d\. .+ - (met|NOT met)$", spec.text, re.M)) == 5
            if tr["reviewer"] and "process.reviewer_not_physician" not in tr["defects"]:
                # the pharmacist prepared the review; the psychiatrist decided
                assert re.search(r"clinical pharmacist .+, PharmD", txt) and tr["reviewer"]["credentials"] != "PharmD"
        if spec.layout == "nca_portal_message_print":
            assert page1.startswith("kp.org  Message Center  |  Printed ")
            m = re.search(r"^Sent: (\S+) .+ Read: (\S+) .+$", page1, re.M)  # the stamps carry no truth mark
            assert m and not [a for a in spec.annotations if a[0] in DATE_LABELS and m.start() <= a[1] < m.end()]
            assert parse_blind43_date(m[1]).isoformat() >= tr["dates"]["letter"]
            assert re.search(rf"^From: .+ To: {re.escape(tr['member']['name'])}$", page1, re.M)
            assert "Notice date: " in page1
    assert layouts == {"nca_rx_pa_response_form", "nca_numbered_criteria_letter", "nca_portal_message_print"}
    assert urg == {"standard", "expedited"} and len(whys) >= 4
    spec = generate(2, template="blind43_nca_commercial_esketamine_step_therapy",
                    defects=["process.reviewer_not_physician"])
    assert spec.truth["reviewer"]["credentials"] == "PharmD"


def test_blind43_co_ma_epidural_steroid_injection_reads_as_its_kind():
    from analyzer.samplegen.blind43 import parse_blind43_date

    layouts, kits = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind43_co_ma_epidural_steroid_injection")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "CO" and tr["region"] == "Colorado"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        codes = tuple(c for s in tr["services"] for c in s["codes"])
        assert codes in (("62323",), ("64483",), ("64483", "64484")), codes
        kits.add(codes)
        assert {d["codes"][0] for d in tr["diagnoses"]} <= {"M54.16", "M51.16"}
        layouts.add(spec.layout)
        assert "DMHC" not in txt and "1-888-466-2219" not in txt and "303-338-3800" in txt
        assert "1-800-633-4227" in txt and "(CPT 97110)" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65)
        if tr["criteria_cited"] and "medicare.internal_criteria" not in tr["defects"]:
            assert all("coverage determination" in c.lower() for c in tr["criteria_cited"])
        # earlier injections are earlier events and never truth
        first = tr["dates"]["request_received"] or tr["dates"]["letter"]
        marked = _b43_marked(spec)
        if spec.layout == "co_prior_injection_table":
            rows = re.findall(r"^(\d{1,2}\.\d{1,2}\.\d{2}) (\d{5}) ", spec.text, re.M)
            for d, _code in rows:
                assert parse_blind43_date(d).isoformat() < first and norm(d) not in marked
        if spec.layout == "co_denial_notice_form":
            assert re.search(r"^Notice of Denial of Medical Coverage$", spec.text, re.M)
            assert re.search(rf"^Name: {re.escape(tr['member']['name'])} Member number: ", spec.text, re.M)
        if spec.layout == "co_sidebar_phone_numbers":
            assert re.search(r"^Important phone numbers ", spec.text, re.M)
    assert layouts == {"co_denial_notice_form", "co_prior_injection_table", "co_sidebar_phone_numbers"}
    assert len(kits) == 3


def test_blind43_wa_commercial_late_claim_timely_filing_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind43 import parse_blind43_date

    layouts, whys = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind43_wa_commercial_late_claim_timely_filing")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "WA" and tr["region"] == "Washington"
        assert tr["letter_kind"] == "payment_denial" and tr["denial_category"] == "administrative"
        assert [c for s in tr["services"] for c in s["codes"]] == ["97110", "97140", "97530"]
        assert tr["urgency"] == "standard" and not tr["criteria_cited"]
        svc, rec = (dt.date.fromisoformat(tr["dates"][k]) for k in ("service", "request_received"))
        late = "filing" in tr["denial_reason"]
        whys.add(late)
        assert (rec - svc).days >= (200 if late else 5)
        layouts.add(spec.layout)
        noid = "notice.claim_identification" in tr["defects"]
        assert ("$" in txt) != noid and ("treatment codes" in txt) != noid
        assert "147.136" in txt and "4 months" in txt and "1-888-901-4636" in txt and "DMHC" not in txt
        # the paid evaluation is printed and is never an item
        assert re.search(r"\b9716[12]\b", txt)
        if spec.layout == "wa_claim_statement_lines":
            head = r"^Line Date\(s\) of service Code Units (Billed Paid )?Date received Reason$"
            assert re.search(head, spec.text, re.M)
            cell = r"(\d{2}/\d{2}/\d{4} \([A-Z][a-z]{2}\))"
            rows = re.findall(rf"^[123] {cell} (97110|97140|97530) .+ {cell} ", spec.text, re.M)
            assert len(rows) == 3
            assert all((parse_blind43_date(dos).isoformat(), parse_blind43_date(got).isoformat())
                       == (tr["dates"]["service"], tr["dates"]["request_received"]) for dos, _c, got in rows)
        if spec.layout == "wa_member_letter_cc_clinic":
            assert re.search(r"^(cc|Copy to): " + re.escape(tr["requesting_provider"]), spec.text, re.M)
        if spec.layout == "wa_short_reason_legend":
            assert re.search(r"^(Reason code legend|What the codes mean)$", spec.text, re.M)
            assert re.search(r"^(TF|IB)\d: ", spec.text, re.M)
    assert layouts == {"wa_claim_statement_lines", "wa_member_letter_cc_clinic", "wa_short_reason_legend"}
    assert whys == {True, False}


def test_blind43_compliant_letters_carry_required_pieces():
    for t in BLIND43:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "Español" in txt and "nterpreter" in txt
            if tr["state"] == "CA":
                assert tr["stated_appeal_deadline_days"] == 180 and "1-888-466-2219" in txt
                assert "1-877-688-9891" in txt and "Independent Medical Review" in txt and "72 hours" in txt
                assert "1-888-804-3536" in txt and "ไทย" in txt and "American Psychiatric Association" in txt
            if tr["state"] == "CO":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "Independent Review Entity" in txt
                assert "72 hours" in txt and "1-877-486-2048" in txt and tr["criteria_cited"]
            if tr["state"] == "WA":
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "Insurance Commissioner" in txt and "check your plan documents" in txt
                assert "treatment codes" in txt and "$" in txt and tr["dates"]["service"]


def test_blind43_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND43}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND43, seeds=18, each=each)
    nca, co, wa = BLIND43
    assert plans[nca] == {"commercial_hmo"} and states[nca] == {"CA"} and kinds[nca] == {"initial_denial"}
    assert plans[co] == {"medicare_advantage"} and states[co] == {"CO"} and kinds[co] == {"initial_denial"}
    assert cats[nca] == cats[co] == {"medical_necessity"}
    assert plans[wa] == {"commercial_hmo"} and states[wa] == {"WA"} and kinds[wa] == {"payment_denial"}
    assert cats[wa] == {"administrative"} and urg[wa] == {"standard"}
    for t in BLIND43:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND43[0], 8), (BLIND43[1], 8), (BLIND43[2], 4)])
def test_blind43_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- forty-second blind set (analyzer/samplegen/blind42.py): written without sight of the extractor; measured once -


def test_blind42_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind42 import STYLES, b42date, parse_blind42_date

    d = dt.date(2026, 3, 14)
    assert b42date(d, "oradash") == "14-MAR-2026" and b42date(d, "ymdpt") == "2026.03.14"
    assert b42date(d, "abbrdotord") == "Mar. 14th, 2026" and b42date(d, "ordofmon") == "14th of March, 2026"
    assert b42date(d, "wkshortyy") == "Sat 3/14/26" and b42date(d, "padslashyy") == "03/14/26"
    assert b42date(d, "es_longde") == "14 de marzo de 2026"
    assert b42date(dt.date(2025, 9, 2), "abbrdotord") == "Sept. 2nd, 2025"
    assert b42date(dt.date(2025, 5, 1), "abbrdotord") == "May 1st, 2025"
    # no set written before blind40-42 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 40]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b42date, parse_blind42_date, STYLES, d)
    assert parse_blind42_date("Fri 3/14/26") is None and parse_blind42_date("14-Mar-2026") is None
    assert parse_blind42_date("Mar. 14rd, 2026") is None and parse_blind42_date("March 14th, 2026") is None
    assert parse_blind42_date("14th of Marzo, 2026") is None and parse_blind42_date("13/14/26") is None
    assert parse_blind42_date("14 de Marcho de 2026") is None and parse_blind42_date("2026.3.14") is None


def _b42_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind42_nca_commercial_tms_depression_reads_as_its_kind():
    from analyzer.samplegen.blind42 import parse_blind42_date

    layouts, dxs, urg, whys = set(), set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind42_nca_commercial_tms_depression")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["requesting_provider"] and tr["criteria_cited"]
        assert [s["codes"] for s in tr["services"]] == [["90867"], ["90868"]]
        dx = tr["diagnoses"][0]["codes"][0]
        assert len(tr["diagnoses"]) == 1 and dx[:3] in ("F33", "F32")
        dxs.add(dx[:3])
        layouts.add(spec.layout)
        urg.add(tr["urgency"])
        whys.add("PHQ-9 score" in tr["denial_reason"] or "psychotherapy" in tr["denial_reason"])
        # the association's guideline, unless proprietary criteria are planted
        apa = all("American Psychiatric Association" in c for c in tr["criteria_cited"])
        assert apa != ("mh_parity.non_association_criteria" in tr["defects"])
        # a covered option is named and is never an item
        alt = re.search(r"\(CPT (90870|90837)\)", txt)
        assert alt and alt[1] not in {"90867", "90868"}
        assert "ERISA" not in txt and "Independent Review Entity" not in txt and "1-800-464-4000" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        # PHQ-9 and therapy dates are earlier events and never truth
        marked, first = _b42_marked(spec), tr["dates"]["request_received"] or tr["dates"]["letter"]
        found = re.findall(r"PHQ-9 (?:scores of )?\d+ (?:on |\()(?:the )?([^();]+?)(?:\)| and )", txt)
        assert len(found) >= 1, (seed, txt[:200])
        for f in found:
            day = parse_blind42_date(f)
            assert day and day.isoformat() < first and norm(f) not in marked, (seed, f)
        page1 = spec.page_texts()[0]
        if spec.layout == "nca_med_trial_table":
            assert re.search(r"^Medication Daily dose Started Weeks Result$", spec.text, re.M)
            rows = re.findall(r"^[a-z][a-z ]+(?: XL| XR)? \d+ mg (\d{2}/\d{2}/\d{2}) \d+ ", spec.text, re.M)
            assert len(rows) >= 2 and all(parse_blind42_date(r).isoformat() < first for r in rows)
        if spec.layout == "nca_bh_um_reviewer_block":
            assert "Behavioral Health Utilization Management" in page1 and tr["reviewer"]
            assert re.search(r"^Reviewer: .+ Credentials: ", spec.text, re.M) and tr["reviewer"]["phone"]
        if spec.layout == "nca_fax_to_psychiatrist":
            assert all(re.match(r"Date: \d{2}/\d{2}/\d{2} {2}Time: \d{1,2}:\d{2} [AP]M ", p) for p in
                       spec.page_texts())
            assert re.search(rf"^Patient: {re.escape(tr['member']['name'])} MRN: ", page1, re.M)
            assert re.search(r"^To: " + re.escape(tr["requesting_provider"]) + " Fax: ", page1, re.M)
            assert tr["reviewer"] and tr["reviewer"]["phone"]  # a California provider copy gives the direct line
        else:
            assert not re.search(r"^Patient: ", page1, re.M)
    assert layouts == {"nca_med_trial_table", "nca_bh_um_reviewer_block", "nca_fax_to_psychiatrist"}
    assert dxs == {"F33", "F32"} and urg == {"standard", "expedited"} and whys == {True, False}
    spec = generate(2, template="blind42_nca_commercial_tms_depression", defects=["mh_parity.non_association_criteria"])
    assert "American Psychiatric Association" not in norm(spec.text)


def test_blind42_ga_commercial_cgm_supplier_claim_reads_as_its_kind():
    import datetime as dt

    layouts, cats, kits = set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind42_ga_commercial_cgm_supplier_claim")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["letter_kind"] == "payment_denial" and tr["urgency"] == "standard"
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        codes = tuple(c for s in tr["services"] for c in s["codes"])
        assert codes in (("A9276", "A9278"), ("A9276", "A9277", "A9278"), ("E2103", "A4239")), codes
        kits.add(codes)
        assert all(d["codes"][0][:3] in ("E10", "E11") for d in tr["diagnoses"])
        # the supplier billed; the prescriber is named but is not the requesting provider
        assert tr["requesting_provider"] and "Dr. " not in tr["requesting_provider"]
        # a paid strip or lancet line is printed and is never an item
        paid = re.search(r"\b(A4253|A4259)\b", txt)
        assert paid and paid[1] not in codes
        noid = "notice.claim_identification" in tr["defects"]
        assert ("$" in txt) != noid and ("treatment codes" in txt) != noid
        if not noid:
            assert tr["dates"]["service"]
            svc, rec = (dt.date.fromisoformat(tr["dates"][k]) for k in ("service", "request_received"))
            assert svc < rec
        assert "DMHC" not in txt and "1-888-466-2219" not in txt and "1-888-865-5813" not in txt
        assert "147.136" in txt and "4 months" in txt and "404-365-0966" in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if tr["denial_category"] == "out_of_network":
            assert re.search(r"not a contracted supplier|outside the Kaiser Permanente Georgia network",
                             tr["denial_reason"])
        else:
            assert "authorization" in tr["denial_reason"]
        if spec.layout == "ga_eob_claim_lines":
            assert "THIS IS NOT A BILL" in txt
            assert re.search(r"^Code Description Units (Billed Allowed Plan paid )?Remark$", spec.text, re.M)
            assert re.search(r"^(A4253|A4259) .+ PD$", spec.text, re.M)
        if spec.layout == "ga_member_cc_supplier":
            assert re.search(r"^(cc|Copy to supplier): " + re.escape(tr["requesting_provider"]), spec.text, re.M)
        if spec.layout == "ga_owe_box":
            assert re.search(r"^What you may owe$", spec.text, re.M)
            assert noid or re.search(r"^You may owe: \$[\d,]+\.\d{2} ", spec.text, re.M)
    assert layouts == {"ga_eob_claim_lines", "ga_member_cc_supplier", "ga_owe_box"}
    assert cats == {"out_of_network", "no_prior_authorization"} and len(kits) == 3


def test_blind42_scal_ma_home_health_delay_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind42 import parse_blind42_date

    layouts = set()
    for seed in range(30):
        spec = generate(seed, template="blind42_scal_ma_home_health_delay")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["letter_kind"] == "delay_notice" and tr["denial_category"] == "administrative"
        assert tr["dates"]["decision"] is None and tr["dates"]["service"] is None and tr["dates"]["request_received"]
        assert tr["stated_appeal_deadline_days"] is None and not tr["criteria_cited"]
        assert sorted(c for s in tr["services"] for c in s["codes"]) == ["G0151", "G0299"]
        layouts.add(spec.layout)
        assert re.search(r"fast (\(expedited\) )?grievance", txt) and "1-800-443-0815" in txt and "1-800-633-4227" in txt
        assert "DMHC" not in txt and "1-888-466-2219" not in txt
        vague = "notice.delay_requirements" in tr["defects"]
        marked = _b42_marked(spec)
        letter = dt.date.fromisoformat(tr["dates"]["letter"])
        rec = dt.date.fromisoformat(tr["dates"]["request_received"])
        m = re.search(r"(?:requires, and no later than|new deadline to decide is) (?:the )?(.+?\d{2,4})\.", txt)
        assert bool(m) != vague
        if m:  # the extension's end is a later day, never a truth date
            new = parse_blind42_date(m[1])
            assert new and new > letter and norm(m[1]) not in marked
            assert (new - rec).days in (21, 28)
            es = re.search(r"a más tardar el (\d{1,2} de [a-z]+ de \d{4})", txt)
            assert es is None or parse_blind42_date(es[1]) == new
        if spec.layout == "scal_more_time_notice":
            assert re.search(r"^(We Need More Time to Make a Decision|NOTICE: WE ARE TAKING MORE TIME)$", spec.text,
                             re.M)
        if spec.layout == "scal_checkbox_request":
            boxes = re.findall(r"^\[(X| )\] ", spec.text, re.M)
            assert "X" in boxes and len(boxes) >= 5
        else:
            assert not re.search(r"^\[(X| )\] ", spec.text, re.M)
        if spec.layout == "scal_fax_agency_cc_member":
            page1 = spec.page_texts()[0]
            assert page1.startswith("FAX  Date: ")
            assert re.search(rf"^Re: {re.escape(tr['member']['name'])} Member ID: ", page1, re.M)
            assert re.search(rf"^cc: {re.escape(tr['member']['name'])} \(member", spec.text, re.M)
    assert layouts == {"scal_more_time_notice", "scal_checkbox_request", "scal_fax_agency_cc_member"}


def test_blind42_compliant_letters_carry_required_pieces():
    for t in BLIND42:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "ESPAÑOL" in txt
            if tr["state"] == "CA" and tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "1-888-466-2219" in txt
                assert "1-877-688-9891" in txt and "Independent Medical Review" in txt and "72 hours" in txt
                assert "1-888-804-3536" in txt and "ภาษาไทย" in txt
            if tr["state"] == "GA":
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "Commissioner of Insurance" in txt and "check your plan documents" in txt
                assert "treatment codes" in txt and "$" in txt and tr["dates"]["service"]
            if tr["plan_type"] == "medicare_advantage":
                assert re.search(r"fast (\(expedited\) )?grievance", txt) and "www.medicare.gov" in txt
                assert "1-877-486-2048" in txt
                assert re.search(r"no later than|new deadline to decide", txt)


def test_blind42_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND42}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND42, seeds=24, each=each)
    nca, ga, scal = BLIND42
    assert plans[nca] == {"commercial_hmo"} and states[nca] == {"CA"} and kinds[nca] == {"initial_denial"}
    assert cats[nca] == {"medical_necessity"}
    assert plans[ga] == {"commercial_hmo"} and states[ga] == {"GA"} and kinds[ga] == {"payment_denial"}
    assert cats[ga] == {"out_of_network", "no_prior_authorization"} and urg[ga] == {"standard"}
    assert plans[scal] == {"medicare_advantage"} and states[scal] == {"CA"} and kinds[scal] == {"delay_notice"}
    assert cats[scal] == {"administrative"} and urg[scal] == {"standard"}
    for t in BLIND42:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND42[0], 8), (BLIND42[1], 4), (BLIND42[2], 2)])
def test_blind42_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused; a
    delay notice of Medicare Advantage can carry only the two the catalogue applies to it."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- forty-fourth blind set (analyzer/samplegen/blind44.py): written without sight of the extractor; measured once -


def test_blind44_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind44 import STYLES, b44date, parse_blind44_date

    d = dt.date(2026, 3, 14)
    assert b44date(d, "b44wkptmon") == "Sat., March 14, 2026" and b44date(d, "b44mdotyy") == "3.14.26"
    assert b44date(d, "b44ddmonyy") == "14MAR26" and b44date(d, "b44monabbr") == "Mar 14 2026"
    assert b44date(dt.date(2025, 9, 5), "b44ddmonyy") == "05SEP25"
    assert b44date(dt.date(2026, 3, 4), "b44monpad0") == "March 04, 2026"
    # no set written before blind43-45 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 43]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b44date, parse_blind44_date, STYLES, d)
    assert parse_blind44_date("Fri., March 14, 2026") is None and parse_blind44_date("14-MAR-2026") is None
    assert parse_blind44_date("March 4, 2026") is None and parse_blind44_date("03.14.26") is None
    assert parse_blind44_date("14Mar26") is None and parse_blind44_date("13.14.26") is None
    assert parse_blind44_date("Mar 14, 2026") is None and parse_blind44_date("4MAR26") is None


def _b44_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind44_scal_commercial_varicose_vein_ablation_reads_as_its_kind():
    from analyzer.samplegen.blind44 import parse_blind44_date

    layouts, cats = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind44_scal_commercial_varicose_vein_ablation")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None and tr["requesting_provider"]
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert codes in (["36475"], ["36475", "36476"], ["36478"])
        dx = tr["diagnoses"][0]["codes"][0]
        mn = tr["denial_category"] == "medical_necessity"
        assert dx[:6] == "I83.81" if mn else dx[:5] == "I83.9"
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        # compression stockings are a covered option, never an item; the sonographer is never the provider
        assert "A6531" in txt and "A6531" not in codes and "RVT" not in tr["requesting_provider"]
        if not mn and "notice.plan_provision" not in tr["defects"]:
            assert "Evidence of Coverage" in txt and "Cosmetic Services" in txt
        marked, first = _b44_marked(spec), tr["dates"]["request_received"] or tr["dates"]["letter"]
        for f in re.findall(r"ultrasound (?:on|of|from|done on) (\S+(?: \S+ \S+)??)[ .,;)]", txt):
            day = parse_blind44_date(f.rstrip(".,"))
            if day:
                assert day.isoformat() < first and norm(f) not in marked
        if spec.layout == "scal_reflux_table":
            assert re.search(r"^Vein segment Diameter \(mm\) Reflux \(sec\)$", spec.text, re.M)
            assert len(re.findall(r"^(?:GSV|Sapheno).* \d+\.\d (?:\d\.\d|none)$", spec.text, re.M)) >= 5
        if spec.layout == "scal_continuation_header":
            for k, page in enumerate(spec.page_texts()[1:], start=2):
                assert page.startswith(f"Page {k} of {tr['pages']} \u2013 {tr['member']['name']} \u2013 Reference ")
        if spec.layout == "scal_why_what_labels":
            for lab in ("Why: ", "What this means: ", "What you can do: "):
                assert re.search("^" + lab, spec.text, re.M), lab
            assert spec.text.count("Why: ") == 1 and ("Why: " + tr["denial_reason"][:40]) in spec.text
        else:
            assert not re.search(r"^What this means: ", spec.text, re.M)
    assert layouts == {"scal_reflux_table", "scal_continuation_header", "scal_why_what_labels"}
    assert cats == {"medical_necessity", "not_covered"}


def test_blind44_hi_quest_adult_hearing_aids_reads_as_its_kind():
    layouts, cats, aids = set(), set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind44_hi_quest_adult_hearing_aids")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert codes in (["V5261", "V5011"], ["V5257", "V5011"])
        aids.add(codes[0])
        assert tr["diagnoses"][0]["codes"][0] in ("H90.3", "H90.5")
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        # the catalogue verifies no Kaiser Hawaii Member Services number: it is never printed
        assert "1-800-966-5955" not in txt and "DMHC" not in txt and "1-888-466-2219" not in txt
        assert "AuD" in tr["requesting_provider"] or "Au.D." in tr["requesting_provider"]
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        page1 = spec.page_texts()[0]
        if spec.layout == "hi_decision_table":
            assert re.search(r"^Service requested Decision Reason$", spec.text, re.M)
            assert re.search(r"^V50?\d{3} .*Denied ", spec.text, re.M)
        if spec.layout == "hi_representative_letter":
            assert re.search(rf"^Member: {re.escape(tr['member']['name'])} Member ID: ", page1, re.M)
            salute = re.search(r"^Dear (.+):$", page1, re.M)[1]
            assert salute != tr["member"]["name"] and "authorized representative" in norm(page1)
            assert re.search(rf"^cc: {re.escape(tr['member']['name'])} \(member\)", spec.text, re.M)
        else:
            assert not re.search(r"^Member: ", page1, re.M)
        if spec.layout == "hi_tagline_block" and "notice.language_assistance" not in tr["defects"]:
            assert len(re.findall(r"\(808\)|808[-. ]\d{3}", txt)) >= 8
    assert layouts == {"hi_tagline_block", "hi_decision_table", "hi_representative_letter"}
    assert cats == {"medical_necessity", "not_covered"} and aids == {"V5261", "V5257"}


def test_blind44_ga_ma_knee_replacement_inpatient_status_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind44 import parse_blind44_date

    layouts = set()
    for seed in range(24):
        spec = generate(seed, template="blind44_ga_ma_knee_replacement_inpatient_status")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["letter_kind"] == "partial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None
        # the approved surgery line is listed too (the devset's convention for a partial decision), the inpatient stay
        # is the item denied
        assert len(tr["services"]) == 2 and tr["services"][0]["codes"] == ["27447"]
        assert "inpatient" in tr["services"][1]["text"] and not tr["services"][1]["codes"] and "27447" in txt
        assert tr["diagnoses"][0]["codes"][0] in ("M17.11", "M17.12")
        layouts.add(spec.layout)
        assert "1-800-633-4227" in txt and "404-365-0966" in txt and "1-888-865-5813" not in txt
        assert "DMHC" not in txt and "1-800-443-0815" not in txt
        internal = "medicare.internal_criteria" in tr["defects"]
        assert not tr["criteria_cited"] or all(("Medicare" in c) != internal for c in tr["criteria_cited"])
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65)
        page1 = spec.page_texts()[0]
        if spec.layout == "ga_approved_not_approved_boxes":
            assert re.search(r"^Approved$", spec.text, re.M) and re.search(r"^Not approved$", spec.text, re.M)
        if spec.layout == "ga_hospital_copy":
            assert re.search(rf"^Patient: {re.escape(tr['member']['name'])} Member ID: ", page1, re.M)
            m = re.search(r"^Admission date: (\d{2}[A-Z]{3}\d{2}) Time: \d{2}:\d{2}$", page1, re.M)
            assert m and re.search(r"^Bed type requested: ", page1, re.M)
            adm = parse_blind44_date(m[1])
            assert adm > dt.date.fromisoformat(tr["dates"]["letter"]) and norm(m[1]) not in _b44_marked(spec)
        else:
            assert not re.search(r"^Patient: ", page1, re.M)
        if spec.layout == "ga_large_print":
            assert spec.pages[0].rows and max(r.segs[0].size for r in spec.pages[0].rows if r.segs) >= 14.0
    assert layouts == {"ga_approved_not_approved_boxes", "ga_hospital_copy", "ga_large_print"}


def test_blind44_compliant_letters_carry_required_pieces():
    for t in BLIND44:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "ESPAÑOL" in txt and "72 hours" in txt
            if tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "1-888-466-2219" in txt
                assert "1-877-688-9891" in txt and "Independent Medical Review" in txt and "1-888-804-3536" in txt
                assert "ภาษาไทย" in txt and "www.dmhc.ca.gov" in txt
            if tr["plan_type"] == "medicaid":
                assert tr["stated_appeal_deadline_days"] == 60 and "fair hearing" in txt and "10 days" in txt
                assert "ILOKANO" in txt
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "www.medicare.gov" in txt and "1-877-486-2048" in txt
            if tr["denial_category"] == "medical_necessity":
                assert tr["criteria_cited"]


def test_blind44_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND44}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND44, seeds=18, each=each)
    sc, hi, ga = BLIND44
    assert plans[sc] == {"commercial_hmo"} and states[sc] == {"CA"} and kinds[sc] == {"initial_denial"}
    assert cats[sc] == {"medical_necessity", "not_covered"}
    assert plans[hi] == {"medicaid"} and states[hi] == {"HI"} and kinds[hi] == {"initial_denial"}
    assert cats[hi] == {"medical_necessity", "not_covered"}
    assert plans[ga] == {"medicare_advantage"} and states[ga] == {"GA"} and kinds[ga] == {"partial_denial"}
    assert cats[ga] == {"medical_necessity"}
    for t in BLIND44:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND44[0], 7), (BLIND44[1], 8), (BLIND44[2], 7)])
def test_blind44_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- forty-fifth blind set (analyzer/samplegen/blind45.py): written without sight of the extractor; measured once --


def test_blind45_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind45 import STYLES, b45date, parse_blind45_date

    d = dt.date(2026, 3, 14)
    assert b45date(d, "es_mesguion") == "14-mar-2026" and b45date(d, "es_delanio") == "14 de marzo del 2026"
    assert b45date(d, "es_barradmy") == "14/03/2026" and b45date(d, "milcompact") == "14MAR26"
    assert b45date(d, "isoslash") == "2026/03/14" and b45date(d, "faxmdyy") == "03-14-26"
    assert b45date(d, "wkdotmdy") == "Sat., Mar. 14, 2026" and b45date(dt.date(2026, 5, 1), "wkdotmdy") == \
        "Fri., May 1, 2026"
    # no set written before blind43-45 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 43]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b45date, parse_blind45_date, STYLES, d)
    assert parse_blind45_date("Fri., Mar. 14, 2026") is None and parse_blind45_date("14-Mar-2026") is None
    assert parse_blind45_date("14 de marzo de 2026") is None and parse_blind45_date("14MAR2026") is None
    assert parse_blind45_date("14/13/2026") is None and parse_blind45_date("2026/3/14") is None


def _b45_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind45_nca_medi_cal_nemt_transport_es_reads_as_its_kind():
    layouts, cats, codes_seen, langs = set(), set(), set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind45_nca_medi_cal_nemt_transport_es")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medi_cal" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None and tr["requesting_provider"]
        codes = [s["codes"][0] for s in tr["services"]]
        assert codes[0] in ("A0130", "T2005") and codes[1:] in ([], [{"A0130": "S0209", "T2005": "T2049"}[codes[0]]])
        codes_seen.add(codes[0])
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        langs.add(tr["language"])
        assert tr["language"] == ("en" if spec.layout == "nca_bilingue_dos_partes" else "es")
        if tr["denial_category"] == "administrative":
            assert "PCS" in tr["denial_reason"] and not tr["criteria_cited"] and tr["reviewer"] is None
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        assert "1-800-952-5253" in txt and "1-888-452-8609" in txt and "ERISA" not in txt
        # the center's address, the appointment and pickup times are printed and are never truth
        assert re.search(r"\d{1,2}:\d{2} [ap]\. ?m\.", txt)
        marked = _b45_marked(spec)
        if spec.layout == "nca_tabla_viajes_es":
            rows = re.findall(r"^(\d{2}/\d{2}/\d{4}) \S+ ", spec.text, re.M)
            assert len(rows) == 2 and all(r not in marked for r in rows)
            assert re.search(r"^Primer viaje Días Hora de la cita Recogida Destino Vehículo Código$", spec.text, re.M)
        if spec.layout == "nca_aviso_accion_es":
            assert re.search(r"^(AVISO DE ACCIÓN|Aviso de acción sobre su solicitud de transporte|AVISO DE ACCIÓN - "
                             r"TRANSPORTE MÉDICO)$", spec.text, re.M)
        if spec.layout == "nca_bilingue_dos_partes":
            pages = spec.page_texts()
            first = next(i for i, p in enumerate(pages) if "PARTE 2 - AVISO DE ACCIÓN" in p)
            assert first >= 1 and "PART 1 - NOTICE OF ACTION (ENGLISH)" in pages[0]
            assert all(lab_s < sum(len(p) + 1 for p in pages[:first]) for lab, lab_s, _e in spec.annotations
                       if lab in ("REASON", "SERVICE", "DATE_LETTER"))
    assert layouts == {"nca_aviso_accion_es", "nca_bilingue_dos_partes", "nca_tabla_viajes_es"}
    assert cats == {"medical_necessity", "administrative"} and codes_seen == {"A0130", "T2005"}
    assert langs == {"es", "en"}


def test_blind45_nw_commercial_lymphedema_pump_reads_as_its_kind():
    layouts, deciders = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind45_nw_commercial_lymphedema_pump")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "OR" and tr["region"] == "Northwest"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        codes = tuple(s["codes"][0] for s in tr["services"])
        assert codes in (("E0652",), ("E0651", "E0671"))
        assert tr["diagnoses"][0]["codes"][0] in ("I89.0", "I97.2")
        alt = re.search(r"\b(E0650|A6531|A6549)\b", txt)
        assert alt and alt[1] not in codes
        assert "DMHC" not in txt and "1-800-813-2000" not in txt and "1-888-466-2219" not in txt
        layouts.add(spec.layout)
        page1 = spec.page_texts()[0]
        if spec.layout == "nw_supplier_cc_member":
            assert re.search(r"^Member: " + re.escape(tr["member"]["name"]) + " Member ID: ", page1, re.M)
            assert "Attn: Prior Authorization" in page1 and "Dr. " not in tr["requesting_provider"]
            assert re.search(r"(?:^|\f)cc: " + re.escape(tr["member"]["name"]) + r" \(member", spec.text, re.M)
        if spec.layout == "nw_reviewer_credentials_block":
            assert "Medical Director" in txt and tr["reviewer"]
            director = "Consulting physician:" in txt
            deciders.add(director)
            if director:  # the director decided: the block names an advising specialist who is not the truth
                assert tr["reviewer"]["name"] not in re.search(r"Consulting physician: ([^,]+)", txt)[1]
            else:
                assert re.search(r"^Reviewer: " + re.escape(tr["reviewer"]["name"]), spec.text, re.M)
        if spec.layout == "nw_fax_every_page":
            assert all(re.match(r"FROM: KP NW UTILIZATION MGMT .+ \d{2}-\d{2}-\d{2} \d{2}:\d{2} .+ P\.\d+/\d+$",
                                p.split("\n")[0]) for p in spec.page_texts())
            assert re.search(rf"^Patient: {re.escape(tr['member']['name'])} Member ID: ", page1, re.M)
            stamp = re.search(r"(\d{2}-\d{2}-\d{2}) \d{2}:\d{2}", page1)[1]
            assert stamp not in _b45_marked(spec)
    assert layouts == {"nw_supplier_cc_member", "nw_reviewer_credentials_block", "nw_fax_every_page"}
    assert deciders == {True, False}


def test_blind45_co_commercial_cpap_continued_rental_ended_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind45 import parse_blind45_date

    layouts = set()
    for seed in range(24):
        spec = generate(seed, template="blind45_co_commercial_cpap_continued_rental_ended")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CO" and tr["region"] == "Colorado"
        assert tr["letter_kind"] == "termination_notice" and tr["denial_category"] == "medical_necessity"
        assert [s["codes"] for s in tr["services"]] == [["E0601"], ["A7030"], ["A7037"]]
        assert tr["diagnoses"][0]["codes"] == ["G47.33"] and tr["dates"]["service"] is None
        assert "Dr. " not in tr["requesting_provider"]  # the DME vendor asked; the sleep physician is a bystander
        assert "303-338-3800" in txt and "DMHC" not in txt
        layouts.add(spec.layout)
        day = r"([A-Z][a-z]{2}\., \S+ \d{1,2}, \d{4}|\d{4}/\d{2}/\d{2}|\d{2}[A-Z]{3}\d{2})"
        m = re.search(rf"(?:Last day of covered rental and supplies:|last day we will cover the rental and supplies is|"
                      rf"Coverage (?:of this equipment will end|ends) after) {day}", txt)
        assert m, (seed, spec.layout)
        raw = m[1]
        end = parse_blind45_date(raw)
        assert end and end > dt.date.fromisoformat(tr["dates"]["letter"]) and norm(raw) not in _b45_marked(spec)
        if spec.layout == "co_download_table":
            assert re.search(r"^Period Dates Nights Nights used Nights 4\+ hrs Avg hrs \(nights used\)$", spec.text,
                             re.M)
            assert len(re.findall(r"^Days \d+-\d+ \d{2}-\d{2}-\d{2} - \d{2}-\d{2}-\d{2} 30 ", spec.text, re.M)) == 3
        if spec.layout == "co_what_when_why":
            for h in ("What is changing", "When it changes", "Why", "What you can do"):
                assert re.search(rf"^{h}$", spec.text, re.M), h
        if spec.layout == "co_two_pages_end_date_p2":
            pages = spec.page_texts()
            assert len(pages) >= 2 and raw not in pages[0] and raw in pages[1]
    assert layouts == {"co_download_table", "co_what_when_why", "co_two_pages_end_date_p2"}


def test_blind45_compliant_letters_carry_required_pieces():
    for t in BLIND45:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "medi_cal":
                assert tr["stated_appeal_deadline_days"] == 60 and "1-888-466-2219" in txt
                assert "1-877-688-9891" in txt and "IMR" in txt and "72 h" in txt and "ภาษาไทย" in txt
                assert re.search(r"10 d(ías|ays)", txt) and re.search(r"Audiencia Estatal|State Hearing", txt)
                assert "ENGLISH" in txt or "ESPAÑOL" in txt
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "4 months" in txt and "72 hours" in txt and "1-866-444-3272" in txt
                assert "check your plan documents" in txt and "ESPAÑOL" in txt and tr["criteria_cited"]


def test_blind45_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND45}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND45, seeds=18, each=each)
    nca, nw, co = BLIND45
    assert plans[nca] == {"medi_cal"} and states[nca] == {"CA"} and kinds[nca] == {"initial_denial"}
    assert cats[nca] == {"medical_necessity", "administrative"}
    assert plans[nw] == {"commercial_hmo"} and states[nw] == {"OR"} and kinds[nw] == {"initial_denial"}
    assert plans[co] == {"commercial_hmo"} and states[co] == {"CO"} and kinds[co] == {"termination_notice"}
    assert cats[nw] == cats[co] == {"medical_necessity"}
    for t in BLIND45:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND45[0], 7), (BLIND45[1], 8), (BLIND45[2], 7)])
def test_blind45_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- forty-sixth blind set (analyzer/samplegen/blind46.py): written without sight of the extractor; measured once --


def test_blind46_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind46 import STYLES, b46date, parse_blind46_date

    d = dt.date(2026, 3, 14)
    assert b46date(d, "b46wkdaylong") == "Saturday, 14 March 2026" and b46date(d, "b46mdotyyyy") == "3.14.2026"
    assert b46date(d, "b46dmoncapsp") == "14 MAR 2026" and b46date(d, "b46isodash") == "2026-03-14"
    assert b46date(d, "b46monapos") == "Mar 14 '26" and b46date(d, "b46slashpad") == "03/14/2026"
    assert b46date(dt.date(2026, 5, 5), "b46dmoncapsp") == "05 MAY 2026"
    # no set written before blind46-48 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 46]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b46date, parse_blind46_date, STYLES, d)
    assert parse_blind46_date("Friday, 14 March 2026") is None and parse_blind46_date("13.14.2026") is None
    assert parse_blind46_date("14 Mar 2026") is None and parse_blind46_date("Mar 14, 2026") is None
    assert parse_blind46_date("2026-3-14") is None and parse_blind46_date("3/14/26") is None


def _b46_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind46_nca_commercial_spinal_cord_stimulator_trial_reads_as_its_kind():
    layouts, whys = set(), set()
    for seed in range(18):
        spec = generate(seed, template=BLIND46[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        codes = [s["codes"][0] for s in tr["services"]]
        assert codes[0] == "63650" and set(codes[1:]) <= {"L8680", "95972"}
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        assert {c for d in tr["diagnoses"] for c in d["codes"]} <= {"M96.1", "M54.16", "G89.4"}
        assert "1-800-464-4000" in txt and "90791" in txt and "90791" not in codes
        # the fusion (a past service) and the planned trial date are printed and are never truth
        fusion = re.search(r"\b(22612|22630|22633)\b", txt)
        assert fusion and fusion[1] not in codes
        planned = re.search(r"planned for (.+?)\.(?: |$)", txt)[1]
        assert norm(planned) not in _b46_marked(spec)
        whys.add("opioid" if "opioid" in tr["denial_reason"] else "psych")
        layouts.add(spec.layout)
        if spec.layout == "nca_code_decision_table":
            assert re.search(r"^Code What was requested Decision$", spec.text, re.M)
            assert len(re.findall(r" Not approved$", spec.text, re.M)) == len(codes)
        if spec.layout == "nca_doctor_checklist":
            assert "What we need from your doctor" in txt and txt.count("- MISSING") == 1
        if spec.layout == "nca_two_pages_reviewer_p2":
            pages = spec.page_texts()
            assert len(pages) >= 2 and tr["reviewer"]
            assert tr["reviewer"]["name"] not in pages[0] and "Reviewer: " + tr["reviewer"]["name"] in pages[1]
    assert layouts == {"nca_code_decision_table", "nca_doctor_checklist", "nca_two_pages_reviewer_p2"}
    assert whys == {"opioid", "psych"}


def test_blind46_va_ma_left_atrial_appendage_closure_reads_as_its_kind():
    layouts, whys = set(), set()
    for seed in range(18):
        spec = generate(seed, template=BLIND46[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "VA"
        assert tr["region"] == "Mid-Atlantic States" and tr["letter_kind"] == "initial_denial"
        assert tr["services"][0]["codes"] == ["33340"] and len(tr["services"]) == 1
        assert tr["diagnoses"][0]["codes"][0].startswith("I48.") and tr["dates"]["service"] is None
        assert "1-800-MEDICARE" in txt and "DMHC" not in txt and "1-800-464-4000" not in txt
        assert "HAS-BLED" in txt and "93312" not in tr["services"][0]["codes"]
        whys.add("score" if "CHA2DS2-VASc" in tr["denial_reason"] else "sdm")
        layouts.add(spec.layout)
        if spec.layout == "va_numbered_sections":
            assert re.search(r"^1\. What you asked for$", spec.text, re.M)
            assert re.search(r"^2\. What we decided and why$", spec.text, re.M)
        if spec.layout == "va_risk_score_table":
            assert re.search(r"^Score Value Date recorded What it measures$", spec.text, re.M)
            rows = re.findall(r"^(?:CHADS2|CHA2DS2-VASc|HAS-BLED) \d (\d{2}/\d{2}/\d{4}) ", spec.text, re.M)
            assert len(rows) == 3 and not set(rows) & _b46_marked(spec)
        if spec.layout == "va_fax_to_cardiologist":
            assert re.search(r"^Date: .+ Time: \d{1,2}:\d{2} [AP]M$", spec.text, re.M)
            assert re.search(r"^Patient: " + re.escape(tr["member"]["name"]) + " Member ID: ", spec.text, re.M)
            assert re.search(r"^To: " + re.escape(tr["requesting_provider"]) + " Fax: ", spec.text, re.M)
            assert "cc: " + tr["member"]["name"] + ", member" in spec.text
    assert layouts == {"va_numbered_sections", "va_risk_score_table", "va_fax_to_cardiologist"}
    assert whys == {"score", "sdm"}


def test_blind46_ga_commercial_stool_dna_test_claim_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind46 import parse_blind46_date

    layouts, cats = set(), set()
    for seed in range(24):
        spec = generate(seed, template=BLIND46[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["letter_kind"] == "payment_denial" and tr["services"][0]["codes"] == ["81528"]
        assert len(tr["services"]) == 1 and tr["diagnoses"][0]["codes"] == ["Z12.11"]
        assert tr["dates"]["service"] and tr["dates"]["request_received"] and "Dr. " not in tr["requesting_provider"]
        assert "404-365-0966" in txt and "1-888-865-5813" not in txt and "DMHC" not in txt
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        # the prior test's date is printed and is never truth; within 3 years only for the not-covered letters
        m = re.search(r"(?:Prior test on file: |Prior related service on file: |earlier .+? \((?:81528|82274)\) on )"
                      r"(\S+(?: \S+){0,3}?)(?:  | \(|\.$|\. )", spec.text, re.M)
        assert m, (seed, spec.layout)
        prior = parse_blind46_date(m[1])
        assert prior and norm(m[1]) not in _b46_marked(spec)
        gap = (dt.date.fromisoformat(tr["dates"]["service"]) - prior).days
        if tr["denial_category"] == "not_covered":
            assert gap < 3 * 365, (seed, gap)
        else:
            assert gap >= 3 * 365 or "82274" in txt, (seed, gap)
        if spec.layout == "ga_eob_statement":
            assert re.search(r"^Date of service Code Description Billed Plan paid You owe Remark$", spec.text, re.M)
            assert re.search(r"^Statement date: .+ Claim number: \d+$", spec.text, re.M)
        if spec.layout == "ga_member_cc_lab":
            assert re.search(r"^cc: " + re.escape(tr["requesting_provider"]), spec.text, re.M)
        if spec.layout == "ga_remark_legend":
            assert re.search(r"^Code Meaning$", spec.text, re.M) and "Explanation of remark" in txt
    assert layouts == {"ga_eob_statement", "ga_member_cc_lab", "ga_remark_legend"}
    assert cats == {"not_covered", "out_of_network"}


def test_blind46_compliant_letters_carry_required_pieces():
    for t in BLIND46:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "ESPAÑOL" in txt and "nterpreter" in txt
            if tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "72 hours" in txt
                assert "Independent Review Entity" in txt and "1-800-777-7902" in txt and tr["criteria_cited"]
            elif tr["state"] == "CA":
                assert tr["stated_appeal_deadline_days"] == 180 and "1-888-466-2219" in txt
                assert "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt and "6 months" in txt
                assert "72 hours" in txt and "1-888-804-3536" in txt and "ภาษาไทย" in txt and tr["criteria_cited"]
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "4 months" in txt and "147.136" in txt and "1-866-444-3272" in txt and "$" in txt
                assert "check your plan documents" in txt and "treatment codes" in txt
                assert ("Evidence of Coverage" in txt) == (tr["denial_category"] == "not_covered")


def test_blind46_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND46}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND46, seeds=18, each=each)
    nca, va, ga = BLIND46
    assert plans[nca] == {"commercial_hmo"} and states[nca] == {"CA"} and kinds[nca] == {"initial_denial"}
    assert plans[va] == {"medicare_advantage"} and states[va] == {"VA"} and kinds[va] == {"initial_denial"}
    assert cats[nca] == cats[va] == {"medical_necessity"}
    assert plans[ga] == {"commercial_hmo"} and states[ga] == {"GA"} and kinds[ga] == {"payment_denial"}
    assert cats[ga] == {"not_covered", "out_of_network"} and urg[ga] == {"standard"}
    for t in BLIND46:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND46[0], 7), (BLIND46[1], 8), (BLIND46[2], 5)])
def test_blind46_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- forty-seventh blind set (analyzer/samplegen/blind47.py): written without sight of the extractor; measured once -


def test_blind47_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind47 import STYLES, b47date, parse_blind47_date

    d = dt.date(2026, 3, 14)
    assert b47date(d, "b47wkcapsmdy") == "SATURDAY, MARCH 14, 2026" and b47date(d, "b47mmddyyyy") == "03142026"
    assert b47date(d, "b47padmdot") == "03.14.2026" and b47date(d, "b47slashunpad") == "3/14/2026"
    assert b47date(d, "b47dmyycaps") == "14 MAR 26" and b47date(dt.date(2026, 5, 1), "b47dmyycaps") == "01 MAY 26"
    # no set written before blind46-48 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 46]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b47date, parse_blind47_date, STYLES, d)
    assert parse_blind47_date("FRIDAY, MARCH 14, 2026") is None and parse_blind47_date("03/14/2026") is None
    assert parse_blind47_date("14 Mar 26") is None and parse_blind47_date("13142026") is None
    assert parse_blind47_date("3.14.2026") is None and parse_blind47_date("14 MAR 2026") is None


def _b47_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind47_md_medicaid_pediatric_growth_hormone_reads_as_its_kind():
    layouts, whys = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind47_md_medicaid_pediatric_growth_hormone")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "MD" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert [s["codes"] for s in tr["services"]] == [["J2941"]] and tr["dates"]["service"] is None
        assert {c for d in tr["diagnoses"] for c in d["codes"]} <= {"E34.3", "R62.52"}
        assert "(301) 468-6000" in txt and "1-800-777-7902" in txt and "DMHC" not in txt and "ERISA" not in txt
        layouts.add(spec.layout)
        whys.add("bone age" in tr["denial_reason"])
        # the notice goes to a parent; the child is the member and is never the addressee
        kid_last = tr["member"]["name"].split()[-1]
        m = re.search(rf"^(?:Mailed to: )?([A-Z][a-z]+ {re.escape(kid_last)})(?:, (?:mother|father|parent) of the "
                      rf"member)?$", spec.text, re.M)
        assert m and m[1] != tr["member"]["name"], (seed, spec.layout)
        assert f"Dear {tr['member']['name']}" not in txt
        page1 = spec.page_texts()[0]
        if spec.layout == "md_growth_measurements_table":
            assert re.search(r"^Visit date Age \(yr\) Height \(cm\) Height percentile Growth rate \(cm/yr\)$",
                             spec.text, re.M)
            rows = re.findall(r"^(\d{2}\.\d{2}\.\d{4}) \d+\.\d \d+\.\d ", spec.text, re.M)
            assert len(rows) == 4 and not set(rows) & _b47_marked(spec)
        if spec.layout == "md_parent_about_child":
            assert re.search(rf"^Re: your child, {re.escape(tr['member']['name'])}$", page1, re.M)
        if spec.layout == "md_pharmacy_form_reply":
            assert re.search(rf"^Member: {re.escape(tr['member']['name'])} Member ID: ", page1, re.M)
            assert "Determination: DENIED" in page1 and re.search(r"Date of birth \(MMDDYYYY\): \d{8} ", page1)
            if tr["dates"]["request_received"]:
                assert re.search(r"Request received \(MMDDYYYY\): \d{8} ", page1)
        for dob in re.findall(r"Date of birth(?: \(MMDDYYYY\))?: (\S+)", txt):
            assert dob not in _b47_marked(spec)
    assert layouts == {"md_growth_measurements_table", "md_parent_about_child", "md_pharmacy_form_reply"}
    assert whys == {True, False}


def test_blind47_nw_ma_home_oxygen_ending_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind47 import parse_blind47_date

    layouts, askers = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind47_nw_ma_home_oxygen_ending")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "OR" and tr["region"] == "Northwest"
        assert tr["letter_kind"] == "termination_notice" and tr["denial_category"] == "medical_necessity"
        assert [s["codes"] for s in tr["services"]] == [["E1390"], ["E0431"]] and tr["dates"]["service"] is None
        assert {c for d in tr["diagnoses"] for c in d["codes"]} <= {"J44.9", "J96.11"}
        assert "1-800-813-2000" not in txt and "DMHC" not in txt and "1-800-633-4227" in txt
        layouts.add(spec.layout)
        askers.add(tr["requesting_provider"] is None)
        if tr["requesting_provider"] is None:  # the plan's own review: the supplier is only named
            assert tr["dates"]["request_received"] is None
            assert "scheduled review" in txt or "Medicare rules call for a new oxygen test" in txt
        else:
            assert "Dr. " not in tr["requesting_provider"]
        day = r"([A-Z]+, [A-Z]+ \d{1,2}, \d{4}|\d{2}\.\d{2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{2} [A-Z]{3} \d{2})"
        m = re.search(rf"(?:Last day of coverage:|YOUR OXYGEN COVERAGE ENDS:|ends on|last day we will pay for the "
                      rf"oxygen equipment is) {day}", txt)
        assert m, (seed, spec.layout)
        end = parse_blind47_date(m[1])
        assert end and end > dt.date.fromisoformat(tr["dates"]["letter"]) and norm(m[1]) not in _b47_marked(spec)
        if spec.layout == "nw_oximetry_results_table":
            assert re.search(r"^Test date Test Setting SpO2 Meets coverage level\?$", spec.text, re.M)
            rows = re.findall(r"^(\d{2} [A-Z]{3} \d{2}) Pulse oximetry .+ (\d{2})% (Yes|No)$", spec.text, re.M)
            assert [r[2] for r in rows] == ["Yes", "No", "No"] and not {r[0] for r in rows} & _b47_marked(spec)
        if spec.layout == "nw_what_when_why_headings":
            for h in ("What is changing", "When", "Why", "What you can do"):
                assert re.search(rf"^{h}$", spec.text, re.M), h
        if spec.layout == "nw_end_date_boxed_only":
            assert len(re.findall(re.escape(m[1]), txt)) == 1 and "date shown in the box" in txt
    assert layouts == {"nw_oximetry_results_table", "nw_what_when_why_headings", "nw_end_date_boxed_only"}
    assert askers == {True, False}


def test_blind47_co_erisa_botox_chronic_migraine_reads_as_its_kind():
    layouts, deciders = set(), set()
    planted = [generate(s, template="blind47_co_erisa_botox_chronic_migraine",
                        defects=["process.reviewer_not_physician"]) for s in range(8)]
    for seed in range(30):
        spec = generate(seed, template="blind47_co_erisa_botox_chronic_migraine") if seed < 22 else planted[seed - 22]
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "CO" and tr["region"] == "Colorado"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert [s["codes"] for s in tr["services"]] == [["J0585"], ["64615"]] and tr["dates"]["service"] is None
        assert tr["diagnoses"][0]["codes"][0] in ("G43.709", "G43.719")
        assert "self-funded" in txt and "502(a)" in txt and "DMHC" not in txt
        # the preventive medicines are named and are never services
        assert re.search(r"\b(topiramate|propranolol|amitriptyline|metoprolol|venlafaxine|nortriptyline)\b", txt)
        assert not any(re.search(r"topiramate|propranolol|amitriptyline", s["text"]) for s in tr["services"])
        layouts.add(spec.layout)
        if spec.layout == "co_headache_diary_table":
            assert re.search(r"^Month Headache days Migraine days Days with acute medicine$", spec.text, re.M)
            assert len(re.findall(r"^[A-Z][a-z]+ \d{4} \d+ \d+ \d+$", spec.text, re.M)) == 3
        if spec.layout == "co_pt_reviewer_md_signature":
            pharm = re.search(r"^From: (.+), PharmD, Clinical Pharmacist", spec.text, re.M)[1]
            assert tr["reviewer"]
            deciders.add(tr["reviewer"]["credentials"] == "PharmD")
            if tr["reviewer"]["credentials"] == "PharmD":  # the pharmacist decided: the chair only signs
                assert tr["reviewer"]["name"] == pharm and "process.reviewer_not_physician" in tr["defects"]
                assert "signing for the committee" in txt
            else:
                assert tr["reviewer"]["name"] != pharm and "(decided)" in txt and "prepared the review" in txt
        if spec.layout == "co_portal_message_print":
            assert re.search(rf"^To: {re.escape(tr['member']['name'])} Member ID: ", spec.text, re.M)
            m = re.search(r"^Date: (\S+) Time: \d{1,2}:\d{2} [AP]M$", spec.text, re.M)
            assert m and norm(m[1]) in spec.spans("DATE_LETTER")
            printed = re.search(r"^Printed (\S+) ", spec.text, re.M)[1]
            assert printed not in _b47_marked(spec)
    assert layouts == {"co_headache_diary_table", "co_pt_reviewer_md_signature", "co_portal_message_print"}
    assert deciders == {True, False}


def test_blind47_compliant_letters_carry_required_pieces():
    for t in BLIND47:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "ESPAÑOL" in txt and tr["criteria_cited"] and tr["denial_reason"]
            if tr["plan_type"] == "medicaid":
                assert tr["stated_appeal_deadline_days"] == 60 and "72 hours" in txt and "10 days" in txt
                assert "State Fair Hearing" in txt and "(301) 879-6380" in txt
                assert re.search(r"free copies|available to you at no cost", txt)
            elif tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "Independent Review Entity" in txt
                assert "72 hours" in txt and "1-877-486-2048" in txt
                assert any("240.2" in x or "L33797" in x for x in tr["criteria_cited"])
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "4 months" in txt and "1-866-444-3272" in txt and "check your plan documents" in txt
                assert "303-338-3800" in txt


def test_blind47_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND47}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND47, seeds=18, each=each)
    md, nw, co = BLIND47
    assert plans[md] == {"medicaid"} and states[md] == {"MD"} and kinds[md] == {"initial_denial"}
    assert plans[nw] == {"medicare_advantage"} and states[nw] == {"OR"} and kinds[nw] == {"termination_notice"}
    assert plans[co] == {"erisa_group"} and states[co] == {"CO"} and kinds[co] == {"initial_denial"}
    assert cats[md] == cats[nw] == cats[co] == {"medical_necessity"}
    for t in BLIND47:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND47[0], 8), (BLIND47[1], 7), (BLIND47[2], 7)])
def test_blind47_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- forty-ninth blind set (analyzer/samplegen/blind49.py): written without sight of the extractor; measured once --


def test_blind49_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind49 import STYLES, b49date, parse_blind49_date

    d = dt.date(2026, 3, 14)
    assert b49date(d, "b49wkordof") == "Saturday, the 14th of March, 2026" and b49date(d, "b49dmonhy") == "14-Mar-2026"
    assert b49date(d, "b49mddash4") == "03-14-2026" and b49date(d, "b49monnocomma") == "March 14 2026"
    assert b49date(d, "b49capsmonabbr") == "MAR 14, 2026" and b49date(d, "b49mdyy") == "3/14/26"
    assert b49date(d, "b49es_abrde") == "14 de mar. de 2026" and b49date(dt.date(2025, 9, 3), "b49dmonhy") == "03-Sep-2025"
    assert b49date(dt.date(2026, 1, 22), "b49wkordof") == "Thursday, the 22nd of January, 2026"
    # no set written before blind49-51 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 49]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b49date, parse_blind49_date, STYLES, d)
    assert parse_blind49_date("Friday, the 14th of March, 2026") is None
    assert parse_blind49_date("Saturday, the 14rd of March, 2026") is None
    assert parse_blind49_date("14-MAR-2026") is None and parse_blind49_date("March 14, 2026") is None
    assert parse_blind49_date("13-14-2026") is None and parse_blind49_date("14 de marzo de 2026") is None


def _b49_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind49_midatlantic_commercial_panniculectomy_reads_as_its_kind():
    layouts, cats, kits = set(), set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind49_midatlantic_commercial_panniculectomy")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "MD" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None
        kit = tuple(s["codes"][0] for s in tr["services"])
        assert kit in (("15830",), ("15830", "15847")) and [d["codes"][0] for d in tr["diagnoses"]] == ["L98.7",
                                                                                                        "Z98.84"]
        kits.add(kit)
        cats.add(tr["denial_category"])
        assert "DMHC" not in txt and re.search(r"CPT (43644|43775)", txt) and "NPI 1" in txt
        assert not {"43644", "43775"} & {c for s in tr["services"] for c in s["codes"]}
        # the weight table's dates are history, never truth
        cells = re.findall(r"^(\d{1,2}/\d{1,2}/\d{2}) \d{3} \d+\.\d ", spec.text, re.M)
        assert len(cells) == 5 and not set(cells) & _b49_marked(spec)
        if tr["denial_category"] == "not_covered":
            assert not tr["criteria_cited"]
        layouts.add(spec.layout)
        if spec.layout == "mas_documents_checklist":
            assert re.search(r"^(Documentation we reviewed|What we reviewed)$", spec.text, re.M)
            assert len(re.findall(r"^\[X\] ", spec.text, re.M)) == 4 and re.search(r"^\[ \] ", spec.text, re.M)
        if spec.layout == "mas_surgeon_cc_member":
            assert re.search(r"^Patient: " + re.escape(tr["member"]["name"]) + " Member ID: ", spec.text, re.M)
            assert re.search(r"cc: " + re.escape(tr["member"]["name"]) + r" \(member copy", txt)
        if spec.layout == "mas_shaded_reason_box":
            lines = spec.text.split("\n")
            i = next(k for k, x in enumerate(lines) if x in ("Why we said no", "The reason for our decision"))
            assert i < next(k for k, x in enumerate(lines) if x.startswith("Diagnoses"))
    assert layouts == {"mas_documents_checklist", "mas_surgeon_cc_member", "mas_shaded_reason_box"}
    assert cats == {"not_covered", "medical_necessity"} and kits == {("15830",), ("15830", "15847")}


def test_blind49_nca_ma_focused_ultrasound_tremor_reads_as_its_kind():
    from analyzer.samplegen.blind49 import parse_blind49_date

    layouts, cats = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind49_nca_ma_focused_ultrasound_tremor")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert [s["codes"] for s in tr["services"]] == [["0398T"]] and tr["diagnoses"][0]["codes"] == ["G25.0"]
        assert "61863" in txt and "61867" in txt and tr["dates"]["service"] is None
        assert "1-800-443-0815" in txt and "DMHC" not in txt and "1-888-466-2219" not in txt
        # the referring neurologist is named and is neither the requester nor the reviewer
        neuro = re.search(r"referred by your neurologist, (.+?, (?:MD|DO))\.", txt)[1]
        assert neuro != tr["requesting_provider"] and (tr["reviewer"] is None or tr["reviewer"]["name"] not in neuro)
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        if spec.layout == "nca_numbered_integrated_notice":
            assert "NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT)" in txt
            nums = [int(m) for m in re.findall(r"^(\d)\. [A-Z]", spec.text, re.M)]
            assert nums == list(range(1, len(nums) + 1)) and len(nums) >= 5
        if spec.layout == "nca_contacts_sidebar":
            assert re.search(r"^Who to contact ", spec.text, re.M) and re.search(r"^Member Services ", spec.text, re.M)
        if spec.layout == "nca_portal_print":
            pages = spec.page_texts()
            heads = [p.split("\n")[0] for p in pages]
            assert all(re.fullmatch(rf"kp\.org \| Message Center - Letters +Printed (\S+) \d{{1,2}}:\d{{2}} [AP]M +Page "
                                    rf"{k} of {len(pages)}", h) for k, h in enumerate(heads, 1))
            printed = re.search(r"Printed (\S+)", heads[0])[1]
            assert parse_blind49_date(printed).isoformat() > tr["dates"]["letter"] and printed not in _b49_marked(spec)
    assert layouts == {"nca_numbered_integrated_notice", "nca_contacts_sidebar", "nca_portal_print"}
    assert cats == {"experimental_investigational", "medical_necessity"}


def test_blind49_or_medicaid_orthognathic_surgery_reads_as_its_kind():
    layouts, cats = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind49_or_medicaid_orthognathic_surgery")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "OR" and tr["region"] == "Northwest"
        codes = [s["codes"][0] for s in tr["services"]]
        assert {"21196", "21198"} <= set(codes) and tr["dates"]["service"] is None
        assert tr["diagnoses"][0]["codes"] == ["M26.213"]
        assert "1-800-813-2000" not in txt and "DMHC" not in txt and "ANB" in txt and "orthodont" in txt
        assert (codes[0] == "99243") == (tr["letter_kind"] == "partial_denial")
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        if spec.layout == "or_state_noa_checkboxes":
            assert "NOTICE OF ACTION" in spec.text and len(re.findall(r"^\[X\] ", spec.text, re.M)) == 1
        if spec.layout == "or_english_with_spanish_page":
            pages = spec.page_texts()
            es = next(i for i, p in enumerate(pages) if "Información importante sobre este aviso" in p)
            assert es >= 1 and "ESPAÑOL" not in pages[es]
            assert all(s < sum(len(p) + 1 for p in pages[:es]) for lab, s, _e in spec.annotations)
        if spec.layout == "or_items_table_partial":
            assert tr["letter_kind"] == "partial_denial" and re.search(r"^99243 .+ Approved$", spec.text, re.M)
            assert len(re.findall(r"^21\d{3} .+ Denied$", spec.text, re.M)) == len(codes) - 1
    assert layouts == {"or_state_noa_checkboxes", "or_english_with_spanish_page", "or_items_table_partial"}
    assert cats == {"not_covered", "medical_necessity"}


def test_blind49_compliant_letters_carry_required_pieces():
    for t in BLIND49:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "72 hours" in txt and "free" in txt
            if tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "Independent Review Entity" in txt
                assert "1-800-633-4227" in txt and "1-800-434-0222" in txt and "ESPAÑOL" in txt and tr["criteria_cited"]
            elif tr["plan_type"] == "medicaid":
                assert tr["stated_appeal_deadline_days"] == 60 and "10 days" in txt and "Oregon Health Authority" in txt
                assert "SOOMAALI" in txt and ("Member Handbook" in txt) == (tr["denial_category"] == "not_covered")
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "45 CFR 147.136" in txt and "4 months" in txt
                assert "1-877-261-8807" in txt and "check your plan documents" in txt and "FRANÇAIS" in txt
                assert ("Evidence of Coverage" in txt) == (tr["denial_category"] == "not_covered")


def test_blind49_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND49}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND49, seeds=18, each=each)
    mas, nc, orr = BLIND49
    assert plans[mas] == {"commercial_hmo"} and states[mas] == {"MD"} and kinds[mas] == {"initial_denial"}
    assert plans[nc] == {"medicare_advantage"} and states[nc] == {"CA"} and kinds[nc] == {"initial_denial"}
    assert cats[nc] == {"experimental_investigational", "medical_necessity"} and urg[nc] == {"standard", "expedited"}
    assert plans[orr] == {"medicaid"} and states[orr] == {"OR"} and kinds[orr] == {"initial_denial", "partial_denial"}
    assert cats[mas] == cats[orr] == {"not_covered", "medical_necessity"}
    for t in BLIND49:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND49[0], 8), (BLIND49[1], 6), (BLIND49[2], 8)])
def test_blind49_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- fifty-third blind set (analyzer/samplegen/blind53.py): written without sight of the extractor; measured once ---


def test_blind53_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind53 import STYLES, b53date, parse_blind53_date

    d = dt.date(2026, 3, 14)
    assert b53date(d, "b53long") == "March 14, 2026" and b53date(d, "b53dmonyy") == "14-Mar-26"
    assert b53date(dt.date(2026, 3, 4), "b53dmonyy") == "4-Mar-26" and b53date(d, "b53mdyy2pad") == "03/14/26"
    assert b53date(d, "b53ymdslash") == "2026/03/14" and b53date(d, "b53mdydash") == "3-14-2026"
    assert b53date(d, "b53rfc") == "Sat, 14 Mar 2026" and b53date(d, "b53es_de") == "14 de marzo de 2026"
    assert b53date(d, "b53es_wk") == "sábado, 14 de marzo de 2026" and b53date(d, "b53es_dmy") == "14/03/2026"
    # no set written before blind52-54 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 52]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b53date, parse_blind53_date, STYLES, d)
    assert parse_blind53_date("Fri, 14 Mar 2026") is None and parse_blind53_date("viernes, 14 de marzo de 2026") is None
    assert parse_blind53_date("14-MAR-2026") is None and parse_blind53_date("03-14-2026") is None
    assert parse_blind53_date("2026.03.14") is None and parse_blind53_date("14 de marzo, 2026") is None


def _b53_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind53_scal_medi_cal_wound_care_supplies_es_reads_as_its_kind():
    layouts, kits, full = set(), set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind53_scal_medi_cal_wound_care_supplies_es")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medi_cal" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["language"] == "es" and tr["letter_kind"] == "partial_denial"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        codes = [s["codes"][0] for s in tr["services"]]
        assert codes[0] == "A6212" and set(codes[1:]) <= {"A6402", "A6216"} and len(codes) >= 2
        kits.add(len(codes))
        assert tr["diagnoses"] == [{"text": "Úlcera por presión de la región sacra, estadio 4", "codes": ["L89.154"]}]
        # each line prints the quantity asked and approved; a line approved as asked is still listed
        for code in codes:
            m = re.search(rf"{code} (\d+)(?: al mes)? (\d+)(?: al mes)?( \(completo\))?", txt)
            assert m and int(m[2]) <= int(m[1]), (seed, code)
            full.add(m[1] == m[2])
        # the nurse and the supplier are printed and are never the requesting provider or the reviewer
        assert ", RN de " in txt and "NPI" in txt and "RN" not in tr["requesting_provider"]
        assert "Proveedor de suministros" in txt and "AVISO DE ACCIÓN" in txt or spec.layout != "scal_es_noa_form"
        assert "State Hearing" in txt and "1-888-452-8609" in txt and "(800) 743-8525" in txt
        layouts.add(spec.layout)
        if spec.layout == "scal_es_noa_form":
            assert "[X] Modificar (reducir)" in spec.text and re.search(r"(?m)^Fecha del aviso: ", spec.text)
            assert re.search(r"(?m)^Suministro Pedido Aprobado$", spec.text)
        if spec.layout == "scal_es_supplies_table":
            assert re.search(r"(?m)^Suministro Código Pedido por mes Aprobado por mes$", spec.text)
            assert "Dear" not in spec.text
        if spec.layout == "scal_bilingual_alternating":
            assert "NOTICE OF ACTION" in spec.text and "Your rights" in spec.text and "Sus derechos" in spec.text
            assert norm(tr["denial_reason"]) in txt and "The nurse's notes" in txt or "The order asks" in txt \
                or "notice.reason_specific" in tr["defects"]
    assert layouts == {"scal_es_noa_form", "scal_es_supplies_table", "scal_bilingual_alternating"}
    assert kits == {2, 3} and full == {True, False}


def test_blind53_wa_erisa_bariatric_surgery_reads_as_its_kind():
    layouts, cats = set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind53_wa_erisa_bariatric_surgery")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "WA" and tr["letter_kind"] == "initial_denial"
        assert [s["codes"] for s in tr["services"]] == [["43775"]] and tr["dates"]["service"] is None
        assert tr["diagnoses"][0]["codes"] == ["E66.01"] and "1-888-901-4636" in txt and "502(a)" in txt
        # the dietitian and the psychologist are never the reviewer; BMI dates and the surgery date are no truth dates
        if tr["reviewer"]:
            assert "RDN" not in str(tr["reviewer"]) and "PhD" not in str(tr["reviewer"])
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        if tr["denial_category"] == "not_covered":
            assert spec.layout != "wa_criteria_checklist" and not tr["criteria_cited"]
            assert "surgery date of" in txt
            if "notice.plan_provision" not in tr["defects"] and "notice.reason_specific" not in tr["defects"]:
                assert "Summary Plan Description" in tr["denial_reason"]
        if spec.layout == "wa_criteria_checklist":
            assert re.search(r"(?m)^Criterion Result What the records show$", spec.text)
            assert re.search(r"(?m)^6 months of supervised weight management Not met ", spec.text)
            assert re.search(r"BMI \d\d\.\d on \d{1,2}-[A-Z][a-z]{2}-\d\d", txt)
        if spec.layout == "wa_numbered_paragraphs":
            assert re.search(r"(?m)^1\. ", spec.text) and re.search(r"(?m)^5\. ", spec.text)
        if spec.layout == "wa_portal_message":
            page1 = spec.page_texts()[0]
            assert re.match(r"\d{2}/\d{2}/\d{2} \d{1,2}:\d{2} [AP]M +Message Center", page1)
            assert re.search(r"(?m)^Sent: [A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{1,2}:\d{2} [AP]M$", page1)
            assert re.search(rf"(?m)^To: {re.escape(tr['member']['name'])}$", page1)
            assert page1.split(" ")[0] not in _b53_marked(spec)
    assert layouts == {"wa_criteria_checklist", "wa_numbered_paragraphs", "wa_portal_message"}
    assert cats == {"medical_necessity", "not_covered"}


def test_blind53_hi_quest_pediatric_dental_general_anesthesia_reads_as_its_kind():
    layouts, cats, kits = set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind53_hi_quest_pediatric_dental_general_anesthesia")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None
        kit = tuple(s["codes"][0] for s in tr["services"])
        assert kit[0] == "00170" and kit[1:] in ((), ("41899",), ("D9222",))
        kits.add(kit[1:])
        assert tr["diagnoses"][0]["codes"] == ["K02.9"] and "DMHC" not in txt
        assert "Med-QUEST" in txt or "notice.external_review" in tr["defects"]
        assert re.search(r"DDS|DMD", tr["requesting_provider"]) and ", MD" in txt
        if tr["reviewer"]:
            assert norm(tr["reviewer"]["name"]) not in txt.split("anesthesia consult by")[-1][:40]
        # the member is the child: the parent shares the last name and is never the member; the birth date is no truth
        m = re.search(r"(?:Born:|Date of birth:) (\d{2}/\d{2}/\d{2}|[A-Z][a-z]+ \d{1,2}, \d{4})", txt)
        assert m and m[1] not in _b53_marked(spec)
        assert not re.search(r"Dear " + re.escape(tr["member"]["name"]) + ":", txt)
        cats.add(tr["denial_category"])
        if tr["denial_category"] == "administrative":
            assert "treatment plan" in tr["denial_reason"] and not tr["criteria_cited"] and tr["reviewer"] is None
        layouts.add(spec.layout)
        if spec.layout == "hi_decided_why_next":
            for h in ("What we decided", "Why", "What you can do"):
                assert re.search(rf"(?m)^{h}$", spec.text), h
        if spec.layout == "hi_parent_table":
            assert re.search(r"(?m)^Service Code Decision$", spec.text) and "(your child)" in spec.text
        if spec.layout == "hi_fax_dental_office":
            pages = spec.page_texts()
            assert re.search(r"(?m)^Date: \d{2}/\d{2}/\d{2} Time: \d{1,2}:\d{2} [AP]M$", pages[0])
            assert tr["member"]["name"] not in pages[0]
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} Member ID: ", pages[1])
            assert not any(lab.startswith("DATE_") for lab, s, e in spec.annotations if s < len(pages[0]))
    assert layouts == {"hi_decided_why_next", "hi_parent_table", "hi_fax_dental_office"}
    assert cats == {"medical_necessity", "administrative"} and kits == {(), ("41899",), ("D9222",)}


def test_blind53_compliant_letters_carry_required_pieces():
    for t in BLIND53:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "medi_cal":
                assert tr["stated_appeal_deadline_days"] == 60 and "72 horas" in txt and "10 días" in txt
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "Revisión Médica Independiente" in txt and "120 días" in txt and "Español:" in txt
                assert "gratis copias" in txt and tr["criteria_cited"]
            elif tr["plan_type"] == "erisa_group":
                assert tr["stated_appeal_deadline_days"] == 180 and "4 months" in txt and "1-866-444-3272" in txt
                assert "Independent Review Organization" in txt and "free" in txt and "Español:" in txt
            else:
                assert tr["stated_appeal_deadline_days"] == 60 and "72 hours" in txt and "10 days" in txt
                assert "90 and 120 days" in txt or "90 to 120 days" in txt
                assert "Ilokano:" in txt and re.search(r"free copies|are free if you ask", txt)


def test_blind53_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND53}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND53, seeds=18, each=each)
    sc, wa, hi = BLIND53
    assert plans[sc] == {"medi_cal"} and states[sc] == {"CA"} and kinds[sc] == {"partial_denial"}
    assert plans[wa] == {"erisa_group"} and states[wa] == {"WA"} and kinds[wa] == {"initial_denial"}
    assert plans[hi] == {"medicaid"} and states[hi] == {"HI"} and kinds[hi] == {"initial_denial"}
    assert cats[sc] == {"medical_necessity"} and cats[wa] == {"medical_necessity", "not_covered"}
    assert cats[hi] == {"medical_necessity", "administrative"}
    for t in BLIND53:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND53[0], 6), (BLIND53[1], 8), (BLIND53[2], 8)])
def test_blind53_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- fifty-first blind set (analyzer/samplegen/blind51.py): written without sight of the extractor; measured once ---


def test_blind51_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind51 import STYLES, b51date, parse_blind51_date

    d = dt.date(2026, 3, 14)
    assert b51date(d, "b51dmonu4") == "14-MAR-2026" and b51date(d, "b51ydot") == "2026.03.14"
    assert b51date(d, "b51apord") == "March 14th, 2026" and b51date(dt.date(2025, 9, 3), "b51apord") == "Sept. 3rd, 2025"
    assert b51date(d, "b51theof") == "the 14th of March, 2026" and b51date(d, "b51wkmdyy") == "Sat 03/14/26"
    assert b51date(d, "b51long") == "March 14, 2026" and b51date(d, "b51es_de") == "14 de marzo de 2026"
    assert b51date(d, "b51es_barra") == "14/mar/2026" and b51date(dt.date(2026, 1, 2), "b51dmonu4") == "02-JAN-2026"
    # no set written before blind49-51 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 49]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b51date, parse_blind51_date, STYLES, d)
    assert parse_blind51_date("Fri 03/14/26") is None and parse_blind51_date("Mar. 14th, 2026") is None
    assert parse_blind51_date("March 14rd, 2026") is None and parse_blind51_date("14-Mar-2026") is None
    assert parse_blind51_date("2026.3.14") is None and parse_blind51_date("14 de marzo, 2026") is None


def _b51_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind51_co_medicaid_pediatric_feeding_therapy_reads_as_its_kind():
    layouts, cats, kinds, evals = set(), set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind51_co_medicaid_pediatric_feeding_therapy")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "CO" and tr["region"] == "Colorado"
        assert tr["dates"]["service"] is None and tr["language"] == "en" and tr["requesting_provider"]
        codes = [s["codes"] for s in tr["services"]]
        assert codes in ([["92526"]], [["92526"], ["92610"]])
        evals.add(len(codes))
        assert tr["diagnoses"][0]["codes"][0] in ("R63.31", "R63.39", "P92.9")
        assert "303-338-3800" in txt and "DMHC" not in txt and "ERISA" not in txt
        # the member is the child: the parent the letter is addressed to shares the last name but is never the member
        parent = re.search(r"(?m)^(?:To: )?(\S+ \S+)(?:, (?:mother|father|parent|guardian) of the member)?$",
                           spec.text.split("\n", 4)[-1])
        assert tr["member"]["name"].split()[-1] in txt and re.search(r"Dear [^:]+:", txt)
        assert not re.search(r"Dear " + re.escape(tr["member"]["name"]) + ":", txt) and parent
        # the child's birth date is printed and never a truth date
        m = re.search(r"(?:born|Date of birth:) (\d{2}-[A-Z]{3}-\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})", txt)
        assert m and m[1] not in _b51_marked(spec), seed
        cats.add(tr["denial_category"])
        kinds.add(tr["letter_kind"])
        layouts.add(spec.layout)
        if tr["denial_category"] == "administrative":
            assert "plan of care" in tr["denial_reason"] and not tr["criteria_cited"] and tr["reviewer"] is None
        if spec.layout == "co_state_style_notice":
            assert re.search(r"(?m)^Reason for this action$", spec.text) and "Date of this notice:" in spec.text
            assert re.search(r"(?m)^Member: " + re.escape(tr["member"]["name"]) + " Health First Colorado ID: ",
                             spec.text)
        if spec.layout == "co_parent_visits_table":
            assert tr["letter_kind"] == "partial_denial" and tr["denial_category"] == "medical_necessity"
            assert re.search(r"(?m)^Service Code Requested Approved Authorization period$", spec.text)
            assert re.search(r"(?m) 92526 \d+ visits \d+ visits \d{2}-[A-Z]{3}-\d{4} to \d{2}-[A-Z]{3}-\d{4}$",
                             spec.text)
        else:
            assert tr["letter_kind"] == "initial_denial"
        if spec.layout == "co_bilingual_en_es":
            pages = spec.page_texts()
            first = next(i for i, p in enumerate(pages) if re.search(r"^ESPAÑOL$", p, re.M))
            start = sum(len(p) + 1 for p in pages[:first])
            assert first >= 1 and "Motivo de esta decisión" in pages[first]
            assert all(s < start for lab, s, _e in spec.annotations if lab in ("REASON", "SERVICE", "DATE_LETTER"))
    assert layouts == {"co_state_style_notice", "co_parent_visits_table", "co_bilingual_en_es"}
    assert cats == {"medical_necessity", "administrative"} and kinds == {"initial_denial", "partial_denial"}
    assert evals == {1, 2}


def test_blind51_nca_commercial_breast_mri_high_risk_reads_as_its_kind():
    layouts, codes = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind51_nca_commercial_breast_mri_high_risk")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert len(tr["services"]) == 1 and tr["services"][0]["codes"][0] in ("77049", "77047")
        codes.add(tr["services"][0]["codes"][0])
        assert tr["diagnoses"][0]["codes"] == ["Z80.3"] and tr["dates"]["service"] is None
        # the alternative ultrasound and the genetic counselor are printed and are never truth
        assert "76641" in txt and "76641" not in str(tr["services"]) and re.search(r", MS, L?CGC", txt)
        if tr["reviewer"]:
            assert "CGC" not in tr["reviewer"]["name"] + str(tr["reviewer"]["credentials"])
        if "notice.reason_specific" not in tr["defects"]:
            assert "20%" in tr["denial_reason"] and re.search(r"\d+\.\d%", tr["denial_reason"])
        layouts.add(spec.layout)
        if spec.layout == "nca_risk_model_table":
            assert re.search(r"(?m)^Model What it uses Estimated lifetime risk$", spec.text)
            assert re.search(r"(?m)^Threshold for screening MRI 20% or higher$", spec.text)
        if spec.layout == "nca_quoted_criteria" and "notice.reason_specific" not in tr["defects"]:
            assert '"Annual screening breast MRI is indicated' in tr["denial_reason"]
        if spec.layout == "nca_portal_printout":
            page1 = spec.page_texts()[0]
            assert re.match(r"[A-Z][a-z]{2} \d{2}/\d{2}/\d{2}, \d{1,2}:\d{2} [AP]M +Message Center", page1)
            assert re.search(r"(?m)^Letter date: ", page1) and "healthy.kaiserpermanente.org" in page1
            stamp = page1.split(",")[0]
            assert stamp not in _b51_marked(spec)
    assert layouts == {"nca_risk_model_table", "nca_quoted_criteria", "nca_portal_printout"}
    assert codes == {"77049", "77047"}


def test_blind51_dc_fehb_bunionectomy_reads_as_its_kind():
    layouts, kits = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind51_dc_fehb_bunionectomy")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "fehb" and tr["state"] == "DC" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        kit = tuple(s["codes"][0] for s in tr["services"])
        assert kit[0] in ("28296", "28297") and kit[1:] in ((), ("28308",))
        kits.add(len(kit))
        side = "right" if tr["diagnoses"][0]["codes"] == ["M20.11"] else "left"
        assert tr["diagnoses"][0]["codes"] in (["M20.11"], ["M20.12"]) and side in tr["services"][0]["text"]
        assert re.search(r"DPM|D\.P\.M\.", tr["requesting_provider"]) and tr["dates"]["service"] is None
        if tr["reviewer"]:
            assert tr["reviewer"]["credentials"] in ("MD", "M.D.", "DO")
        assert re.search(r"hallux valgus angle (?:of|at) \d+° and (?:an|the) intermetatarsal angle (?:of|at) \d+°", txt)
        assert "DMHC" not in txt and "1-800-777-7902" in txt
        layouts.add(spec.layout)
        if spec.layout == "dc_summary_table_first":
            assert re.search(r"(?m)^Summary of our decision$", spec.text)
            assert re.search(r"(?m)^Date of notice \S", spec.text) and re.search(r"(?m)^Decision Not approved$",
                                                                                  spec.text)
        if spec.layout == "dc_footnoted_citations":
            assert re.search(r"(?m)^\[\d\] 5 CFR 890\.105 ", spec.text) and "[1]" in txt
        if spec.layout == "dc_fax_to_podiatrist":
            pages = spec.page_texts()
            assert "FACSIMILE TRANSMITTAL" in pages[0] and tr["member"]["name"] not in pages[0]
            assert re.search(r"(?m)^Date: \d{2}-[A-Z]{3}-\d{4} Time: \d{1,2}:\d{2} [AP]M$", pages[0])
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} Member ID: ", pages[1])
            assert not any(lab.startswith("DATE_") for lab, s, e in spec.annotations if s < len(pages[0]))
    assert layouts == {"dc_summary_table_first", "dc_footnoted_citations", "dc_fax_to_podiatrist"}
    assert kits == {1, 2}


def test_blind51_compliant_letters_carry_required_pieces():
    for t in BLIND51:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "ESPAÑOL" in txt and re.search(r"free copies|free of charge|at no charge|free if you ask", txt)
            if tr["plan_type"] == "medicaid":
                assert tr["stated_appeal_deadline_days"] == 60 and "72 hours" in txt and "10 days" in txt
                assert "State Fair Hearing" in txt and ("90 and 120 days" in txt or "90 to 120 days" in txt)
            elif tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt and tr["criteria_cited"]
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "Independent Medical Review" in txt and "1-888-804-3536" in txt
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and re.search(r"\b(6|six) months", txt)
                assert "Office of Personnel Management" in txt and "1900 E Street NW" in txt and "30 days" in txt


def test_blind51_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND51}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND51, seeds=18, each=each)
    co, nc, dc = BLIND51
    assert plans[co] == {"medicaid"} and states[co] == {"CO"} and kinds[co] == {"initial_denial", "partial_denial"}
    assert cats[co] == {"medical_necessity", "administrative"}
    assert plans[nc] == {"commercial_hmo"} and states[nc] == {"CA"} and kinds[nc] == {"initial_denial"}
    assert plans[dc] == {"fehb"} and states[dc] == {"DC"} and kinds[dc] == {"initial_denial"}
    assert cats[nc] == cats[dc] == {"medical_necessity"}
    for t in BLIND51:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND51[0], 8), (BLIND51[1], 7), (BLIND51[2], 4)])
def test_blind51_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- fifty-second blind set (analyzer/samplegen/blind52.py): written without sight of the extractor; measured once --


def test_blind52_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind52 import STYLES, b52date, parse_blind52_date

    d = dt.date(2026, 3, 14)
    assert b52date(d, "b52wkord") == "Saturday, March 14th, 2026" and b52date(d, "b52dmonyy") == "14-Mar-26"
    assert b52date(d, "b52mdotyy") == "3.14.26" and b52date(d, "b52ymdslash") == "2026/03/14"
    assert b52date(d, "b52orddm") == "14th March 2026" and b52date(d, "b52long") == "March 14, 2026"
    assert b52date(d, "b52capsdmy") == "14 MARCH 2026" and b52date(dt.date(2025, 9, 3), "b52dmonyy") == "03-Sep-25"
    # no set written before blind52-54 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 52]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b52date, parse_blind52_date, STYLES, d)
    assert parse_blind52_date("Friday, March 14th, 2026") is None and parse_blind52_date("March 14rd, 2026") is None
    assert parse_blind52_date("14-MAR-26") is None and parse_blind52_date("03.14.26") is None
    assert parse_blind52_date("2026/3/14") is None and parse_blind52_date("14 Marc 2026") is None


def _b52_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind52_keyed_block_wraps_a_marked_value_over_rows():
    """The opt-in "keyed" layout block: a label column and a value column whose text wraps like a paragraph; a marked
    value spanning several printed rows slices back to itself, and the PDF text reads as the rows do."""
    from analyzer.samplegen.layout import Block, Style, layout, page_texts
    from analyzer.samplegen.markup import M

    long = " ".join(["word"] * 80)
    pages = layout([Block("keyed", rows=[["Decision", "Denied"], ["Why", M("REASON", long)]])], Style())
    texts, anns = page_texts(pages)
    assert texts[0].startswith("Decision Denied\nWhy word word") and texts[0].count("\n") >= 3
    (lab, s, e), = anns[0]
    assert lab == "REASON" and norm(texts[0][s:e]) == long


def test_blind52_nca_commercial_proton_prostate_reads_as_its_kind():
    layouts, cats, kits = set(), set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind52_nca_commercial_proton_prostate")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None
        kit = tuple(s["codes"][0] for s in tr["services"])
        assert kit[0] in ("77520", "77522", "77525") and kit[1:] in ((), ("77301",))
        kits.add(len(kit))
        assert tr["diagnoses"][0]["codes"] == ["C61"] and re.search(r"MD|M\.D\.", tr["requesting_provider"])
        # PSA values, the Gleason score and the urologist are printed and are never truth
        assert re.search(r"Gleason (?:score )?\d \+ \d = \d", txt) and "ng/mL" not in str(tr["services"])
        assert "77385" not in str(tr["services"])
        if tr["reviewer"]:
            assert tr["reviewer"]["name"] not in tr["requesting_provider"]
        cats.add(tr["denial_category"])
        exp = tr["denial_category"] == "experimental_investigational"
        if "experimental.terminal_illness_rights" not in tr["defects"]:
            assert "IMRT" in txt and "77385" in txt
            if exp:
                assert "conference" in txt and ("without filing a grievance" in txt or "without using our" in txt)
        layouts.add(spec.layout)
        if spec.layout == "nca_summary_box_first":
            assert re.search(r"(?m)^Summary -- Request: ", spec.text) and "NOT APPROVED" in txt
        if spec.layout == "nca_decision_reason_grid":
            assert re.search(r"(?m)^Date of this letter \S", spec.text)
            assert re.search(r"(?m)^Why \S", spec.text) and re.search(r"(?m)^Decision (Denied|Not approved)", spec.text)
        if spec.layout == "nca_reviewer_page":
            pages = spec.page_texts()
            k = next(i for i, p in enumerate(pages) if re.search(r"(?m)^About the reviewer$", p))
            assert tr["reviewer"] and k >= 1 and re.search(r"(?m)^Name: " + re.escape(tr["reviewer"]["name"]), pages[k])
    assert layouts == {"nca_summary_box_first", "nca_decision_reason_grid", "nca_reviewer_page"}
    assert cats == {"medical_necessity", "experimental_investigational"} and kits == {1, 2}


def test_blind52_co_ma_skilled_nursing_ending_reads_as_its_kind():
    layouts, asked, svcs = set(), set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind52_co_ma_skilled_nursing_ending")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "CO" and tr["region"] == "Colorado"
        assert tr["letter_kind"] == "termination_notice" and tr["denial_category"] == "medical_necessity"
        assert tr["urgency"] == "standard" and tr["dates"]["service"] is None
        assert all(s["codes"] == [] for s in tr["services"]) and tr["diagnoses"][0]["codes"] == ["I63.9"]
        svcs.add(len(tr["services"]))
        assert "DMHC" not in txt and "303-338-3800" in txt and "1-800-MEDICARE" in txt
        # the therapy-minutes table and its week dates are printed and are never truth
        m = re.search(r"(?m)^(\d{1,2}\.\d{1,2}\.\d{2}) \d+ min/day \d+ min/day$", spec.text)
        assert m and m[1] not in _b52_marked(spec)
        asked.add(tr["requesting_provider"] is not None)
        if tr["requesting_provider"] is None:
            assert tr["dates"]["request_received"] is None
        layouts.add(spec.layout)
        if spec.layout == "co_notice_fields":
            assert "Revenue code: 0191" in spec.text and re.search(r"(?m)^Member name: ", spec.text)
            assert re.search(r"(?m)^Date of notice: \S", spec.text)
        if spec.layout == "co_letter_to_daughter":
            assert re.search(r"(?m)^Re: " + re.escape(tr["member"]["name"]) + ", Member ID ", spec.text)
            dear = re.search(r"Dear ([^:]+):", spec.text)[1]
            assert dear not in tr["member"]["name"] and "representative" in txt
        if spec.layout == "co_large_print":
            assert spec.pages[0].rows[5].segs[0].size >= 14 and "WHY IS COVERAGE ENDING?" in spec.text
    assert layouts == {"co_notice_fields", "co_letter_to_daughter", "co_large_print"}
    assert asked == {True, False} and svcs == {1, 2}


def test_blind52_ga_commercial_out_of_network_anesthesia_claim_reads_as_its_kind():
    layouts, kits = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind52_ga_commercial_out_of_network_anesthesia_claim")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["letter_kind"] == "payment_denial" and tr["denial_category"] == "out_of_network"
        kit = tuple(s["codes"][0] for s in tr["services"])
        assert kit in (("00790",), ("00790", "99100")) and tr["dates"]["service"] and tr["dates"]["request_received"]
        kits.add(len(kit))
        assert tr["dates"]["request_received"] > tr["dates"]["service"]
        # the surgeon's paid claim (its code and claim number) is printed and never an item
        assert re.search(r"\b4756[23]\b", txt) and not {"47562", "47563"} & {c for s in tr["services"]
                                                                            for c in s["codes"]}
        assert tr["requesting_provider"].endswith(("PC", "LLC", "Consultants"))
        assert "404-365-0966" in txt and "DMHC" not in txt and "Independent Medical Review" not in txt
        layouts.add(spec.layout)
        if spec.layout == "ga_eob_claim_lines":
            assert "EXPLANATION OF BENEFITS" in spec.text and re.search(r"(?m)^Statement date: \S", spec.text)
            assert "Related claim (paid; not part of this decision):" in spec.text
        if spec.layout == "ga_member_letter_cc_group":
            assert f"cc: {tr['requesting_provider']}, Billing Office" in txt
        if spec.layout == "ga_reason_code_legend":
            assert re.search(r"(?m)^Code Meaning$", spec.text) and "Explanation of reason code N" in spec.text
    assert layouts == {"ga_eob_claim_lines", "ga_member_letter_cc_group", "ga_reason_code_legend"}
    assert kits == {1, 2}


def test_blind52_compliant_letters_carry_required_pieces():
    for t in BLIND52:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "ESPAÑOL" in txt and re.search(r"free cop(y|ies)|free of charge|free on request|free if you ask", txt)
            if tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "72 hours" in txt
                assert "Independent Review Entity" in txt and "1-800-633-4227" in txt and tr["criteria_cited"]
            elif tr["state"] == "CA":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt and tr["criteria_cited"]
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "Independent Medical Review" in txt and "1-888-804-3536" in txt
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "147.136" in txt and "1-866-444-3272" in txt
                assert "$" in txt and "treatment codes" in txt


def test_blind52_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND52}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND52, seeds=18, each=each)
    nc, co, ga = BLIND52
    assert plans[nc] == {"commercial_hmo"} and states[nc] == {"CA"} and kinds[nc] == {"initial_denial"}
    assert cats[nc] == {"medical_necessity", "experimental_investigational"}
    assert plans[co] == {"medicare_advantage"} and states[co] == {"CO"} and kinds[co] == {"termination_notice"}
    assert plans[ga] == {"commercial_hmo"} and states[ga] == {"GA"} and kinds[ga] == {"payment_denial"}
    assert cats[co] == {"medical_necessity"} and cats[ga] == {"out_of_network"}
    for t in BLIND52:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND52[0], 8), (BLIND52[1], 7), (BLIND52[2], 4)])
def test_blind52_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- fifty-fourth blind set (analyzer/samplegen/blind54.py): written without sight of the extractor; measured once --


def test_blind54_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind54 import STYLES, b54date, parse_blind54_date

    d = dt.date(2026, 3, 14)
    assert b54date(d, "b54wkord") == "Saturday, March 14th, 2026" and b54date(d, "b54dmoncompact") == "14MAR2026"
    assert b54date(d, "b54mdyydash") == "3-14-26" and b54date(d, "b54ymdslash") == "2026/03/14"
    assert b54date(d, "b54long") == "March 14, 2026" and b54date(d, "b54dmonth") == "14 March 2026"
    assert b54date(d, "b54abdot") == "Mar. 14, 2026" and b54date(dt.date(2025, 6, 3), "b54abdot") == "June 3, 2025"
    assert b54date(dt.date(2025, 9, 3), "b54abdot") == "Sep. 3, 2025" and b54date(dt.date(2026, 1, 5), "b54dmoncompact") == "05JAN2026"
    # no set written before blind52-54 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 52]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b54date, parse_blind54_date, STYLES, d)
    assert parse_blind54_date("Friday, March 14th, 2026") is None and parse_blind54_date("March 14rd, 2026") is None
    assert parse_blind54_date("14Mar2026") is None and parse_blind54_date("03-14-26") is None
    assert parse_blind54_date("Sept. 3, 2025") is None and parse_blind54_date("2026/3/14") is None


def _b54_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind54_va_commercial_residential_eating_disorder_concurrent_reads_as_its_kind():
    layouts = set()
    for seed in range(18):
        spec = generate(seed, template=BLIND54[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "VA" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "expedited"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert [s["codes"] for s in tr["services"]] == [["H0018"]] and tr["diagnoses"][0]["codes"][0] in ("F50.01", "F50.02")
        # the next level of care and the revenue code are printed and are never truth
        assert "H0035" in txt and "revenue code 1001" in txt.lower() and "1001" not in str(tr["services"])
        assert tr["dates"]["letter"] == (tr["dates"]["decision"] or tr["dates"]["letter"])
        if tr["dates"]["request_received"] and "process.decision_untimely" not in tr["defects"]:
            assert tr["dates"]["letter"] >= tr["dates"]["request_received"]
        if tr["reviewer"]:
            assert not re.search(r"LPC|LMFT|RDN", str(tr["reviewer"]["credentials"])) or \
                "process.reviewer_not_physician" in tr["defects"]
        assert "72 hours" in txt and "DMHC" not in txt
        layouts.add(spec.layout)
        if spec.layout == "va_fax_to_facility":
            pages = spec.page_texts()
            assert re.search(r"(?m)^Date: \d{2}[A-Z]{3}\d{4} Time: \d{1,2}:\d{2} [AP]M$", pages[0])
            assert tr["member"]["name"] not in pages[0]
            assert not any(lab.startswith("DATE_") for lab, s, e in spec.annotations if s < len(pages[0]))
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} Member ID: ", spec.text)
        if spec.layout == "va_letter_to_parent":
            assert re.search(rf"Regarding: {re.escape(tr['member']['name'])}, age 17 ", spec.text)
            assert not re.search(r"Dear " + re.escape(tr["member"]["name"]) + ":", txt)
        if spec.layout == "va_clinical_summary_table":
            assert re.search(r"(?m)^Date Weight \(lb\) % expected body weight Heart rate Blood pressure$", spec.text)
            cells = re.findall(r"(?m)^(\d{1,2}-\d{1,2}-\d{2}) \d+\.\d ", spec.text)
            assert cells and not set(cells) & _b54_marked(spec)
    assert layouts == {"va_fax_to_facility", "va_letter_to_parent", "va_clinical_summary_table"}


def test_blind54_nw_ma_part_b_drug_infliximab_biosimilar_reads_as_its_kind():
    layouts, cats = set(), set()
    for seed in range(18):
        spec = generate(seed, template=BLIND54[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "OR" and tr["region"] == "Northwest"
        assert [s["codes"] for s in tr["services"]] == [["J1745"]] and tr["diagnoses"][0]["codes"] == ["K50.90"]
        assert re.search(r"Q5103|Q5121", txt) and "1-800-633-4227" in txt and tr["dates"]["service"] is None
        # the clinical pharmacist is the reviewer only when a non-physician decision is planted
        if tr["reviewer"] and "PharmD" in str(tr["reviewer"]["credentials"]):
            assert "process.reviewer_not_physician" in tr["defects"]
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        if spec.layout == "nw_cms_style_notice":
            assert re.search(r"(?m)^NOTICE OF DENIAL OF MEDICAL COVERAGE$", spec.text)
            assert re.search(r"(?m)^Date: \S.* Notice number: PBD-\d+$", spec.text)
        if spec.layout == "nw_medicines_compared_table":
            assert re.search(r"(?m)^Medicine HCPCS code How it is given Coverage$", spec.text)
            assert re.search(r"(?m) J1745 IV infusion every 8 weeks Not approved$", spec.text)
        if spec.layout == "nw_reply_form":
            assert re.search(r"(?m)^APPEAL REQUEST FORM$", spec.text) and "Signature: Date signed:" in spec.text
    assert layouts == {"nw_cms_style_notice", "nw_medicines_compared_table", "nw_reply_form"}
    assert cats == {"not_covered", "medical_necessity"}


def test_blind54_co_fehb_genetic_testing_partial_reads_as_its_kind():
    layouts = set()
    for seed in range(18):
        spec = generate(seed, template=BLIND54[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "fehb" and tr["state"] == "CO" and tr["letter_kind"] == "partial_denial"
        codes = sorted(s["codes"][0] for s in tr["services"])
        assert codes[0] in ("81162", "81165") and codes[1] == "81432", codes  # the approved line is listed too
        assert tr["diagnoses"][0]["codes"] == ["Z80.3"] and tr["dates"]["service"] is None
        assert re.search(r", MS, L?CGC", txt) and "1-888-681-7878" in txt and "DMHC" not in txt
        if tr["reviewer"]:
            assert "CGC" not in tr["reviewer"]["name"] + str(tr["reviewer"]["credentials"])
        if "notice.reason_specific" not in tr["defects"]:
            assert re.search(r"at age \d\d", tr["denial_reason"])
        layouts.add(spec.layout)
        if spec.layout == "co_approved_not_approved_table":
            assert re.search(r"(?m)^Test Code Decision$", spec.text)
            assert re.search(r"(?m) 81432 Not approved$", spec.text) and re.search(r"(?m) 8116[25] Approved$", spec.text)
        if spec.layout == "co_boxed_decision_summary":
            assert "DECISION SUMMARY. Approved: " in txt and "Not approved: " in txt
        if spec.layout == "co_to_ordering_physician":
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} Member ID: ", spec.text)
            assert f"cc: {tr['member']['name']} (member)" in txt
    assert layouts == {"co_approved_not_approved_table", "co_boxed_decision_summary", "co_to_ordering_physician"}


def test_blind54_compliant_letters_carry_required_pieces():
    for t in BLIND54:
        for seed in range(3):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "Español" in txt and re.search(r"free copies|free of charge|free on request|free copy|are free", txt, re.I)
            if tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt and tr["criteria_cited"]
                assert "147.136" in txt and "1-877-310-6560" in txt and "4 months" in txt
            elif tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "72 hours" in txt and "7 days" in txt
                assert "Independent Review Entity" in txt and "1-877-486-2048" in txt
                assert bool(tr["criteria_cited"]) == (tr["denial_category"] == "medical_necessity")
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and re.search(r"\b(6|six) months", txt)
                assert "Office of Personnel Management" in txt and "1900 E Street NW" in txt and "30 days" in txt


def test_blind54_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND54}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND54, seeds=15, each=each)
    va, nw, co = BLIND54
    assert plans[va] == {"commercial_hmo"} and states[va] == {"VA"} and urg[va] == {"expedited"}
    assert plans[nw] == {"medicare_advantage"} and states[nw] == {"OR"} and kinds[nw] == {"initial_denial"}
    assert plans[co] == {"fehb"} and states[co] == {"CO"} and kinds[co] == {"partial_denial"}
    assert cats[va] == cats[co] == {"medical_necessity"} and cats[nw] == {"not_covered", "medical_necessity"}
    for t in BLIND54:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND54[0], 6), (BLIND54[1], 8), (BLIND54[2], 4)])
def test_blind54_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- fifty-fifth blind set (analyzer/samplegen/blind55.py): written without sight of the extractor; measured once --


def test_blind55_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind55 import STYLES, b55date, parse_blind55_date

    d = dt.date(2026, 3, 14)
    assert b55date(d, "b55long") == "March 14, 2026" and b55date(d, "b55longwk") == "March 14, 2026 (Saturday)"
    assert b55date(d, "b55dmon") == "14 Mar 2026" and b55date(d, "b55ymdcompact") == "20260314"
    assert b55date(d, "b55mdy4pad") == "03/14/2026" and b55date(d, "b55es_mesdia") == "marzo 14, 2026"
    assert b55date(d, "b55es_abrguion") == "14-mar-2026" and b55date(d, "b55es_dmyy") == "14/03/26"
    assert b55date(d, "b55es_de") == "14 de marzo de 2026" and b55date(dt.date(2025, 9, 3), "b55es_abrguion") == "3-sep-2025"
    # no set written before blind55-57 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 55]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b55date, parse_blind55_date, STYLES, d)
    assert parse_blind55_date("March 14, 2026 (Friday)") is None and parse_blind55_date("14 MAR 2026") is None
    assert parse_blind55_date("3/14/2026") is None and parse_blind55_date("Marzo 14, 2026") is None
    assert parse_blind55_date("14-MAR-2026") is None and parse_blind55_date("20261314") is None


def _b55_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind55_nca_commercial_second_opinion_outside_cancer_center_reads_as_its_kind():
    layouts, coded = set(), set()
    for seed in range(18):
        spec = generate(seed, template=BLIND55[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "second_opinion_denial" and tr["denial_category"] == "second_opinion"
        assert len(tr["services"]) == 1 and tr["services"][0]["codes"] in ([], ["99245"]) and tr["dates"]["service"] is None
        coded.add(bool(tr["services"][0]["codes"]))
        assert "tumor board" in txt and "1-888-804-3536" in txt and "1-800-464-4000" in txt
        # the appointment offered is a scheduled date: never a truth date
        appt = re.search(r"held for you at \S+ [ap]\.m\. on ([A-Z][a-z]+ \d+, \d{4} \([A-Z][a-z]+\))", txt)
        if "second_opinion.eligible_denied" in tr["defects"]:
            assert not appt
        else:
            assert appt and appt[1] not in _b55_marked(spec)
        if tr["requesting_provider"]:
            assert tr["requesting_provider"] in txt and "cc: " + tr["requesting_provider"] in txt
        layouts.add(spec.layout)
        if spec.layout == "nca_request_box":
            assert "YOUR REQUEST: " in txt and "Decision: NOT APPROVED" in txt
        if spec.layout == "nca_questions_answers":
            assert re.search(r"(?m)^What did you ask for\?$", spec.text) and re.search(r"(?m)^Why\?$", spec.text)
        if spec.layout == "nca_dmhc_insert" and "notice.dmhc_statement" not in tr["defects"]:
            pages = spec.page_texts()
            assert any("IMPORTANT INFORMATION FROM THE DEPARTMENT OF MANAGED HEALTH CARE" in p and "1-877-688-9891" in p
                       for p in pages[1:])
    assert layouts == {"nca_request_box", "nca_questions_answers", "nca_dmhc_insert"} and coded == {True, False}


def test_blind55_ga_ma_ambulance_claim_no_prior_auth_reads_as_its_kind():
    layouts = set()
    for seed in range(18):
        spec = generate(seed, template=BLIND55[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "GA" and tr["letter_kind"] == "payment_denial"
        assert tr["denial_category"] == "no_prior_authorization" and tr["region"] == "Georgia"
        assert [s["codes"] for s in tr["services"]] == [["A0428"], ["A0425"]]
        # the paid emergency line is printed and is never a service
        assert "A0429" in txt and "A0429" not in str(tr["services"])
        assert tr["dates"]["service"] < tr["dates"]["request_received"] <= tr["dates"]["letter"]
        assert tr["requesting_provider"] and "NPI" in txt and "1-877-486-2048" in txt and "DMHC" not in txt
        layouts.add(spec.layout)
        if spec.layout == "ga_remittance_table":
            assert re.search(r"(?m)^Ln Service date Code Description Units Billed Paid Remark$", spec.text)
            assert re.search(r"(?m)^3 \d{8} A0429 ", spec.text)
        if spec.layout == "ga_claim_details_box":
            assert re.search(r"(?m)^Claim details$", spec.text) and "Date of service:" in txt
        if spec.layout == "ga_provider_copy_to_member":
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} Member ID: ", spec.text)
            assert f"cc: {tr['member']['name']} (member)" in txt
    assert layouts == {"ga_remittance_table", "ga_claim_details_box", "ga_provider_copy_to_member"}


def test_blind55_wa_apple_health_aba_therapy_es_reads_as_its_kind():
    layouts = set()
    for seed in range(18):
        spec = generate(seed, template=BLIND55[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "WA" and tr["language"] == "es"
        assert tr["letter_kind"] == "partial_denial" and tr["denial_category"] == "medical_necessity"
        assert [s["codes"] for s in tr["services"]] == [["97153"], ["97155"]]  # the approved line is listed too
        assert tr["diagnoses"][0]["codes"] == ["F84.0"] and tr["dates"]["service"] is None
        assert "BCBA" in tr["requesting_provider"] and "Dr. " in txt and "6 años" in txt
        assert "1-888-901-4636" in txt and "10 días" in txt
        parent = re.search(r"Estimado/a ([^:]+):", txt)[1]
        assert parent != tr["member"]["name"] and parent in txt
        layouts.add(spec.layout)
        if spec.layout == "wa_tabla_horas":
            assert re.search(r"(?m)^Servicio Código Horas pedidas por semana Horas aprobadas por semana Decisión$", spec.text)
            assert re.search(r"(?m) 97155 \d 0 No aprobado$", spec.text)
        if spec.layout == "wa_pagina_taglines_ingles" and "notice.language_assistance" not in tr["defects"]:
            assert spec.page_texts()[-1].splitlines()[0].startswith("Language help / Ayuda con el idioma")
    assert layouts == {"wa_carta_al_padre", "wa_tabla_horas", "wa_pagina_taglines_ingles"}


def test_blind55_compliant_letters_carry_required_pieces():
    for t in BLIND55:
        for seed in range(3):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert re.search(r"free copies|free of charge|free on request|copias gratuitas|son gratis", txt, re.I)
            if tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt and "Español" in txt
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "held for you at" in txt
            elif tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "Independent Review Entity" in txt
                assert "1-800-633-4227" in txt and "within 60 days" in txt and "Español" in txt
            else:
                assert tr["stated_appeal_deadline_days"] == 60 and "72 horas" in txt and "audiencia imparcial" in txt
                assert tr["criteria_cited"] and "English:" in txt


def test_blind55_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND55}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND55, seeds=15, each=each)
    nc, ga, wa = BLIND55
    assert plans[nc] == {"commercial_hmo"} and states[nc] == {"CA"} and kinds[nc] == {"second_opinion_denial"}
    assert plans[ga] == {"medicare_advantage"} and states[ga] == {"GA"} and kinds[ga] == {"payment_denial"}
    assert plans[wa] == {"medicaid"} and states[wa] == {"WA"} and kinds[wa] == {"partial_denial"}
    assert cats[nc] == {"second_opinion"} and cats[ga] == {"no_prior_authorization"} and cats[wa] == {"medical_necessity"}
    for t in BLIND55:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND55[0], 5), (BLIND55[1], 3), (BLIND55[2], 7)])
def test_blind55_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


def test_blind55_transition_period_prints_a_recent_coverage_start():
    import datetime as dt

    from analyzer.samplegen.blind55 import parse_blind55_date

    for seed in range(4):
        spec = generate(seed, template=BLIND55[1], defects=["medicare.transition_period"])
        m = re.search(r"coverage began on (.+?)\. Before you joined", norm(spec.text))
        start = parse_blind55_date(m[1])
        dos = dt.date.fromisoformat(spec.truth["dates"]["service"])
        assert start and 0 < (dos - start).days <= 90
    for seed in range(4):
        assert "coverage began on" not in norm(generate(seed, template=BLIND55[1], defects=[]).text)


# --- fifty-sixth blind set (analyzer/samplegen/blind56.py): written without sight of the extractor; measured once --


def test_blind56_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind56 import STYLES, b56date, parse_blind56_date

    d = dt.date(2026, 3, 14)
    assert b56date(d, "b56wkabbrfull") == "Sat, March 14, 2026" and b56date(d, "b56ctime") == "Sat Mar 14 2026"
    assert b56date(d, "b56mdot2") == "03.14.26" and b56date(d, "b56dmonabbr") == "14 Mar 2026"
    assert b56date(d, "b56long") == "March 14, 2026" and b56date(d, "b56dayof") == "14th day of March, 2026"
    assert b56date(dt.date(2025, 9, 3), "b56dayof") == "3rd day of September, 2025"
    assert b56date(dt.date(2026, 1, 5), "b56ctime") == "Mon Jan 5 2026"
    # no set written before blind55-57 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 55]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b56date, parse_blind56_date, STYLES, d)
    assert parse_blind56_date("Fri, March 14, 2026") is None and parse_blind56_date("Fri Mar 14 2026") is None
    assert parse_blind56_date("14rd day of March, 2026") is None and parse_blind56_date("3.14.26") is None
    assert parse_blind56_date("14 Mar. 2026") is None and parse_blind56_date("March 14 2026") is None


def _b56_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


_B56_DAY = r"(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2} \d{4})"


def test_blind56_md_commercial_in_lab_sleep_study_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind56 import parse_blind56_date

    layouts = set()
    for seed in range(18):
        spec = generate(seed, template=BLIND56[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "MD" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert [s["codes"] for s in tr["services"]] == [["95810"]] and tr["diagnoses"][0]["codes"] == ["G47.33"]
        # the home test is the covered alternative, never a service; the Epworth score and BMI are printed
        assert re.search(r"G0399|95806", txt) and "Epworth" in txt and "DMHC" not in txt
        assert tr["requesting_provider"] and "1-800-777-7902" in txt
        if tr["reviewer"] and tr["reviewer"]["credentials"].startswith("RN"):
            assert "process.reviewer_not_physician" in tr["defects"]
        # the scheduled study is later than the letter and is never truth
        m = re.search(rf"(?:booked for|booked at [^.]+? for|scheduled for|calendar for|overnight study on) ({_B56_DAY})",
                      txt)
        assert m and m[1] not in _b56_marked(spec), (seed, spec.layout)
        assert parse_blind56_date(m[1]) > dt.date.fromisoformat(tr["dates"]["letter"])
        layouts.add(spec.layout)
        if spec.layout == "md_fax_to_sleep_center":
            pages = spec.page_texts()
            assert "FACSIMILE TRANSMITTAL" in pages[0] and tr["member"]["name"] not in pages[0]
            assert re.search(r"(?m)^Date: \d{2}\.\d{2}\.\d{2} Time: \d{1,2}:\d{2} [AP]M$", pages[0])
            assert all(re.match(r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} \d{4} \d{2}:\d{2} +KPMAS UTILIZATION MGMT .+ "
                                r"P\.\d+/\d+$", p.split("\n")[0]) for p in pages)
            assert not any(lab.startswith("DATE_") for lab, s, e in spec.annotations if s < len(pages[0]))
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} Member ID: ", spec.text)
            assert f"cc: {tr['member']['name']} (member)" in txt
        if spec.layout == "md_what_happens_next":
            assert re.search(r"(?m)^What happens next$", spec.text)
        if spec.layout == "md_criteria_excerpt_table":
            assert re.search(r"(?m)^Criterion \(excerpt\) ", spec.text)
            assert re.search(r"(?m)^Visit Epworth score BMI Neck \(in\)$", spec.text)
            cells = re.findall(r"(?m)^(\d{2}\.\d{2}\.\d{2}) \d+ \d+\.\d \d+$", spec.text)
            assert len(cells) == 2 and not set(cells) & _b56_marked(spec)
    assert layouts == {"md_fax_to_sleep_center", "md_what_happens_next", "md_criteria_excerpt_table"}


def test_blind56_hi_ma_cardiac_rehab_delay_notice_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind56 import parse_blind56_date

    layouts, sessions = set(), set()
    for seed in range(18):
        spec = generate(seed, template=BLIND56[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["letter_kind"] == "delay_notice" and tr["denial_category"] == "administrative"
        assert tr["dates"]["decision"] is None and tr["dates"]["service"] is None and tr["reviewer"] is None
        assert not tr["criteria_cited"] and tr["stated_appeal_deadline_days"] is None and tr["requesting_provider"]
        assert [s["codes"] for s in tr["services"]] == [["93798"]]
        sessions.add(re.search(r"(\d+) (?:sessions|visits)", tr["services"][0]["text"])[1])
        assert {d["codes"][0] for d in tr["diagnoses"]} <= {"I21.4", "Z95.5", "Z95.1"}
        # the past procedure's code is printed and is no service; the unverified Hawaii number never prints
        assert re.search(r"\((92928|33533)\)", txt) and "1-800-966-5955" not in txt
        assert "1-800-633-4227" in txt and re.search(r"fast grievance|expedited (\(fast\) )?grievance", txt)
        assert re.search(r"14 (more|extra) days", txt) and "72 hours" in txt
        rec, let = (dt.date.fromisoformat(tr["dates"][k]) for k in ("request_received", "letter"))
        assert 0 < (let - rec).days < 14
        if "notice.delay_requirements" not in tr["defects"]:
            m = re.search(rf"(?:decide as quickly as health requires, and|decision date:) no later than ({_B56_DAY})\.",
                          txt)
            assert m and m[1] not in _b56_marked(spec)
            assert (parse_blind56_date(m[1]) - rec).days == (21 if rec.year >= 2026 else 28)
        layouts.add(spec.layout)
        if spec.layout == "hi_cms_style_extension":
            assert re.search(r"(?m)^NOTICE OF EXTENSION: WE NEED MORE TIME TO DECIDE$", spec.text)
            assert re.search(r"(?m)^Notice date: .+ Reference: HI-MA-\d+$", spec.text)
            assert re.search(r"(?m)^What information do we need\?$", spec.text)
        if spec.layout == "hi_what_we_need_list":
            assert re.search(r"(?m)^What we need$", spec.text) and re.search(r"(?m)^- The ", spec.text)
        if spec.layout == "hi_to_cardiologist":
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} Member ID: ", spec.text)
            assert f"cc: {tr['member']['name']} (member, by mail)" in txt and "Dear Dr. " in txt
    assert layouts == {"hi_cms_style_extension", "hi_what_we_need_list", "hi_to_cardiologist"}
    assert len(sessions) >= 2


def test_blind56_co_erisa_appeal_upheld_lumbar_fusion_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind56 import parse_blind56_date

    layouts = set()
    for seed in range(18):
        spec = generate(seed, template=BLIND56[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "CO" and tr["letter_kind"] == "grievance_decision"
        assert tr["denial_category"] == "medical_necessity" and tr["urgency"] == "standard"
        assert [s["codes"] for s in tr["services"]] == [["22630"], ["22840"]] and tr["dates"]["service"] is None
        assert tr["diagnoses"][0]["codes"] == ["M47.816"] and "97110" in txt and "502(a)" in txt
        assert "DMHC" not in txt and tr["requesting_provider"] and tr["reviewer"]
        assert tr["stated_appeal_deadline_days"] == (None if "notice.external_review" in tr["defects"] else 120)
        # the first denial came before the appeal and is never truth
        m = re.search(rf"our decision of ({_B56_DAY}) denying", txt)
        assert m and m[1] not in _b56_marked(spec)
        assert parse_blind56_date(m[1]) < dt.date.fromisoformat(tr["dates"]["request_received"])
        cons = re.search(r"board certified in ([A-Z][A-Za-z ]+?)[,.] ", txt)
        if cons:
            assert cons[1] != tr["reviewer"]["specialty"]
        layouts.add(spec.layout)
        if spec.layout == "co_summary_sections":
            for h in ("Summary of your appeal", "What we reviewed", "Our decision"):
                assert re.search(rf"(?m)^{h}$", spec.text)
        if spec.layout == "co_records_reviewed_table":
            assert re.search(r"(?m)^Date Record From$", spec.text)
            cells = re.findall(r"(?m)^(\d{2}\.\d{2}\.\d{2}) ", spec.text)
            assert len(cells) >= 3 and not set(cells) & _b56_marked(spec)
        if spec.layout == "co_attestation_page":
            pages = spec.page_texts()
            assert pages[-1].startswith("REVIEWER ATTESTATION") and tr["reviewer"]["name"] in pages[-1]
            start = len(spec.text) - len(pages[-1])
            assert all(s < start for lab, s, _e in spec.annotations if lab in ("REASON", "DATE_LETTER"))
            if tr["dates"]["decision"]:
                assert re.search(r"Signed this \d{1,2}(st|nd|rd|th) day of [A-Z][a-z]+, \d{4}\.", pages[-1])
    assert layouts == {"co_summary_sections", "co_records_reviewed_table", "co_attestation_page"}


def test_blind56_compliant_letters_carry_required_pieces():
    for t in BLIND56:
        for seed in range(3):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt and tr["criteria_cited"]
                assert "147.136" in txt and "1-877-261-8807" in txt and "4 months" in txt and "Español" in txt
                assert re.search(r"free copies|free of charge", txt) and tr["reviewer"]["credentials"] != "RN"
            elif tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] is None and "no later than" in txt and "72 hours" in txt
                assert re.search(r"expedited (\(fast\) )?grievance", txt) and "1-877-486-2048" in txt and "Ilokano" in txt
            else:
                assert tr["stated_appeal_deadline_days"] == 120 and "147.136" in txt and "1-866-444-3272" in txt
                assert tr["criteria_cited"] and "Español" in txt and "free copies" in txt and "502(a)" in txt
                assert not tr["reviewer"]["credentials"].startswith("RN")


def test_blind56_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND56}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND56, seeds=15, each=each)
    md, hi, co = BLIND56
    assert plans[md] == {"commercial_hmo"} and states[md] == {"MD"} and kinds[md] == {"initial_denial"}
    assert plans[hi] == {"medicare_advantage"} and states[hi] == {"HI"} and kinds[hi] == {"delay_notice"}
    assert plans[co] == {"erisa_group"} and states[co] == {"CO"} and kinds[co] == {"grievance_decision"}
    assert cats[md] == cats[co] == {"medical_necessity"} and cats[hi] == {"administrative"}
    assert urg[md] == urg[hi] == urg[co] == {"standard"}
    for t in BLIND56:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND56[0], 8), (BLIND56[1], 2), (BLIND56[2], 6)])
def test_blind56_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- fifty-seventh blind set (analyzer/samplegen/blind57.py): written without sight of the extractor; measured once -


def test_blind57_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind57 import STYLES, b57date, parse_blind57_date

    d = dt.date(2026, 3, 14)
    assert b57date(d, "b57long") == "March 14, 2026" and b57date(d, "b57monabbr") == "Mar 14, 2026"
    assert b57date(d, "b57capsdash") == "MAR-14-2026" and b57date(d, "b57mdotyy") == "03.14.26"
    assert b57date(d, "b57wkfull") == "Saturday, March 14, 2026"
    assert b57date(dt.date(2025, 9, 3), "b57monabbr") == "Sep 3, 2025"
    assert b57date(dt.date(2026, 1, 5), "b57capsdash") == "JAN-05-2026"
    # no set written before blind55-57 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 55]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b57date, parse_blind57_date, STYLES, d)
    assert parse_blind57_date("Friday, March 14, 2026") is None and parse_blind57_date("Sept 3, 2025") is None
    assert parse_blind57_date("Mar. 14, 2026") is None and parse_blind57_date("Mar-14-2026") is None
    assert parse_blind57_date("3.14.26") is None and parse_blind57_date("Saturday, Mar 14, 2026") is None


def _b57_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind57_scal_commercial_ivf_exclusion_reads_as_its_kind():
    layouts, asked = set(), set()
    for seed in range(15):
        spec = generate(seed, template=BLIND57[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "not_covered"
        assert [s["codes"] for s in tr["services"]] == [["58970"], ["89250"]] and not tr["criteria_cited"]
        assert tr["dates"]["service"] is None and tr["diagnoses"][0]["codes"][0].startswith("N97.")
        # the covered work-up and the covered alternative are printed and are never truth
        assert "74740" in txt and "89320" in txt and "58322" in txt and "Reproductive Endocrinology" in txt
        asked.add(tr["requesting_provider"] is None)
        if tr["reviewer"]:
            assert tr["reviewer"]["name"] not in txt.split("cc:")[-1]
        layouts.add(spec.layout)
        if spec.layout == "scal_eoc_quote_box" and "notice.plan_provision" not in tr["defects"]:
            assert re.search(r'Evidence of Coverage, "(Fertility|Infertility) Services" \(page \d+\), says: "', txt)
        if spec.layout == "scal_services_table":
            assert re.search(r"(?m)^Service CPT code Decision$", spec.text)
            assert re.search(r"(?m) 58970 Not covered$", spec.text) and re.search(r"(?m) 89250 Not covered$", spec.text)
        if spec.layout == "scal_two_page_cover":
            pages = spec.page_texts()
            assert "on page 2" in norm(pages[0]) and spec.spans("REASON")[0] not in pages[0]
            start = spec.text.index(spec.spans("REASON")[0])
            assert start > len(pages[0])
            assert not any(lab == "REASON" for lab, s, e in spec.annotations if s < len(pages[0]))
    assert layouts == {"scal_eoc_quote_box", "scal_services_table", "scal_two_page_cover"}
    assert asked == {True, False}


def test_blind57_md_medicaid_home_health_aide_reduction_reads_as_its_kind():
    from analyzer.samplegen.blind57 import parse_blind57_date

    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND57[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "MD" and tr["letter_kind"] == "termination_notice"
        assert tr["urgency"] == "standard" and tr["denial_category"] == "medical_necessity"
        assert [s["codes"] for s in tr["services"]] == [["G0156"]] and tr["dates"]["service"] is None
        assert re.search(r"from [567] visits a week to [23] visits a week", txt) and "Starting " in txt
        assert tr["requesting_provider"] and tr["requesting_provider"] in txt
        assert re.search(r", RN\b", txt) and re.search(r"(Home Health|Home Care|Visiting Nurses)", txt)
        if tr["reviewer"] and re.search(r"RN", str(tr["reviewer"]["credentials"])):
            assert "process.reviewer_not_physician" in tr["defects"]
        # the date the change takes effect is printed but is none of the truth's dates
        eff = parse_blind57_date(re.search(r"Starting (.+?), (?:your|\w+'s) aide visits", txt)[1])
        assert eff and eff.isoformat() not in tr["dates"].values() and eff.isoformat() > tr["dates"]["letter"]
        layouts.add(spec.layout)
        if spec.layout == "md_old_new_table":
            assert re.search(r"(?m)^Service Code Old \(now\) New \(starting \S+\)$", spec.text)
            assert re.search(r"(?m) G0156 [567] visits/week [23] visits/week$", spec.text)
        if spec.layout == "md_to_representative":
            assert re.search(rf"(?m)^Member: {re.escape(tr['member']['name'])} Member ID: ", spec.text)
            assert "authorized representative for" in txt and not txt.startswith(tr["member"]["name"])
        if spec.layout == "md_hearing_form":
            assert re.search(r"(?:^|[\n\f])APPEAL (AND STATE FAIR HEARING )?REQUEST\n", spec.text)
            assert "Signature: Date:" in spec.text
    assert layouts == {"md_old_new_table", "md_to_representative", "md_hearing_form"}


def test_blind57_va_erisa_out_of_network_er_claim_reads_as_its_kind():
    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND57[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "VA" and tr["letter_kind"] == "payment_denial"
        assert tr["denial_category"] == "out_of_network" and not tr["criteria_cited"]
        assert [s["codes"] for s in tr["services"]] == [["99284"], ["74177"]] and "99214" not in str(tr["services"])
        assert tr["dates"]["service"] and tr["dates"]["request_received"]
        assert tr["dates"]["service"] < tr["dates"]["request_received"] <= tr["dates"]["letter"]
        assert tr["requesting_provider"] in txt and re.search(r"(Medical Center|Hospital)$", tr["requesting_provider"])
        assert "DMHC" not in txt and "process.emergency_prior_auth" not in tr["defects"]
        layouts.add(spec.layout)
        if spec.layout == "va_eob_table":
            assert "EXPLANATION OF BENEFITS" in spec.text and "THIS IS NOT A BILL" in spec.text
            assert re.search(r"(?m)^Date of service Description CPT ", spec.text) and " 99214 Paid" in spec.text
            assert re.search(r"(?m)^Statement date: [A-Z]", spec.text)
        if spec.layout == "va_why_denied_section":
            assert re.search(r"(?m)^Why we denied this claim$", spec.text)
        if spec.layout == "va_to_hospital_billing":
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} Member ID: ", spec.text)
            assert f"cc: {tr['member']['name']} (member)" in txt and re.search(r"Tax ID 54-\d{7}", txt)
            assert "your Kaiser Permanente doctor" not in tr["denial_reason"]
    assert layouts == {"va_eob_table", "va_why_denied_section", "va_to_hospital_billing"}


def test_blind57_compliant_letters_carry_required_pieces():
    for t in BLIND57:
        for seed in range(3):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "Español" in txt and re.search(r"free copies|free if you ask|free of charge|copies of all", txt, re.I)
            if tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "1-888-804-3536" in txt and "Evidence of Coverage" in txt
            elif tr["plan_type"] == "medicaid":
                assert tr["stated_appeal_deadline_days"] == 60 and "72 hours" in txt and "10 days" in txt
                assert "State Fair Hearing" in txt and "30 days" in txt and tr["criteria_cited"]
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "4 months" in txt and "147.136" in txt
                assert "502(a)" in txt and "1-866-444-3272" in txt and "$" in txt and "treatment codes" in txt


def test_blind57_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND57}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND57, seeds=12, each=each)
    sc, md, va = BLIND57
    assert plans[sc] == {"commercial_hmo"} and states[sc] == {"CA"} and cats[sc] == {"not_covered"}
    assert plans[md] == {"medicaid"} and states[md] == {"MD"} and kinds[md] == {"termination_notice"}
    assert urg[md] == {"standard"} and cats[md] == {"medical_necessity"}
    assert plans[va] == {"erisa_group"} and states[va] == {"VA"} and kinds[va] == {"payment_denial"}
    assert cats[va] == {"out_of_network"} and kinds[sc] == {"initial_denial"}
    for t in BLIND57:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND57[0], 7), (BLIND57[1], 8), (BLIND57[2], 4)])
def test_blind57_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- fifty-eighth blind set (analyzer/samplegen/blind58.py): written without sight of the extractor; measured once -


def test_blind58_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind58 import STYLES, b58date, parse_blind58_date

    d = dt.date(2026, 3, 14)
    assert b58date(d, "b58long") == "March 14, 2026" and b58date(d, "b58wkptmon") == "Sat., Mar. 14, 2026"
    assert b58date(d, "b58apord") == "March 14th, 2026" and b58date(dt.date(2025, 9, 3), "b58apord") == "Sept. 3rd, 2025"
    assert b58date(d, "b58ordofmon") == "14th of March, 2026" and b58date(d, "b58dmoncaps") == "14-MAR-2026"
    assert b58date(d, "b58mdyy") == "3/14/26" and b58date(d, "b58ydot") == "2026.03.14"
    assert b58date(d, "b58es_de") == "14 de marzo de 2026" and b58date(d, "b58es_dmydot") == "14.03.2026"
    assert b58date(d, "b58es_wkcap") == "Sábado, 14 de marzo de 2026"
    assert b58date(dt.date(2026, 5, 4), "b58wkptmon") == "Mon., May 4, 2026"
    # no set written before blind58-60 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 58]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b58date, parse_blind58_date, STYLES, d)
    assert parse_blind58_date("Fri., Mar. 14, 2026") is None and parse_blind58_date("Sep. 3rd, 2025") is None
    assert parse_blind58_date("14rd of March, 2026") is None and parse_blind58_date("03/14/26") is None
    assert parse_blind58_date("Viernes, 14 de marzo de 2026") is None and parse_blind58_date("14-Mar-2026") is None


def _b58_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind58_nca_medi_cal_crisis_residential_es_reads_as_its_kind():
    from analyzer.samplegen.blind58 import parse_blind58_date

    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND58[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medi_cal" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["language"] == "es" and tr["letter_kind"] == "initial_denial"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert [s["codes"] for s in tr["services"]] == [["H0018"]] and "AVISO DE ACCIÓN" in spec.text
        # the covered alternative, the county line, the therapist and the emergency visit are printed, never truth
        assert "S9480" in txt and "del Condado de" in txt and re.search(r", (LCSW|LMFT)\b", txt)
        assert "S9480" not in str(tr["services"]) and tr["requesting_provider"] in txt
        m = re.search(r"cita de admisión a las .+? del (\d{1,2} de [a-z]+ de \d{4})|de admisión es el "
                      r"(\d{1,2} de [a-z]+ de \d{4})", txt)
        intake = m[1] or m[2]
        assert parse_blind58_date(intake).isoformat() > tr["dates"]["letter"] and intake not in _b58_marked(spec)
        layouts.add(spec.layout)
        if spec.layout == "nca_su_solicitud_table":
            assert re.search(r"(?m)^Su solicitud Código Recibida Nuestra decisión$", spec.text)
            assert re.search(r"(?m) H0018 (.+|-) Negada", spec.text)
        if spec.layout == "nca_bilingual_summary":
            pages = "\n".join(spec.page_texts())
            assert pages.index("ENGLISH SUMMARY") > pages.index(spec.spans("REASON")[0])
            assert "This is a Notice of Action" in txt
        if spec.layout == "nca_conservator_letter":
            assert re.search(rf"(?m)^Miembro: {re.escape(tr['member']['name'])} N\.º de historia clínica: ", spec.text)
            assert "curador(a)" in txt and not txt.startswith(tr["member"]["name"])
    assert layouts == {"nca_su_solicitud_table", "nca_bilingual_summary", "nca_conservator_letter"}


def test_blind58_ga_ma_pet_ct_restaging_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind58 import parse_blind58_date

    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND58[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "GA" and tr["urgency"] == "expedited"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert [s["codes"] for s in tr["services"]] == [["78815"]] and tr["dates"]["service"] is None
        assert "71260" in txt and "74177" in txt and "DMHC" not in txt and "1-800-443-0815" not in txt
        rec, let = dt.date.fromisoformat(tr["dates"]["request_received"]), dt.date.fromisoformat(tr["dates"]["letter"])
        assert (let - rec).days > 3 if "process.decision_untimely" in tr["defects"] else (let - rec).days <= 2
        # the scheduled PET/CT appointment is printed and is never truth
        m = re.search(r"(?:scheduled for|appointment on) (.+?)(?: at | will )", txt)
        assert m and parse_blind58_date(m[1]) > let and m[1] not in _b58_marked(spec)
        layouts.add(spec.layout)
        if spec.layout == "ga_numbered_boxes":
            for k in range(1, 9):
                assert re.search(rf"(?m)^{k}\. [A-Z]", spec.text), k
        if spec.layout == "ga_reviewer_box_letter":
            assert tr["reviewer"] and "Reviewing clinician: " in txt
        if spec.layout == "ga_fax_printout":
            for p in spec.page_texts():
                assert re.match(r"\d{4}\.\d{2}\.\d{2} \d{2}:\d{2} +FROM: KP GA UTILIZATION MGMT .+ P\. \d+/\d+$",
                                p.split("\n")[0])
            if tr["dates"]["decision"]:
                assert re.search(r"Decision: Denied Date: \S+ Time: \d{1,2}:\d{2} [AP]M", txt)
    assert layouts == {"ga_numbered_boxes", "ga_reviewer_box_letter", "ga_fax_printout"}


def test_blind58_co_erisa_ambulatory_eeg_claim_reads_as_its_kind():
    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND58[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "CO" and tr["letter_kind"] == "payment_denial"
        assert tr["denial_category"] == "no_prior_authorization" and not tr["criteria_cited"]
        assert [s["codes"] for s in tr["services"]] == [["95700"], ["95720"]] and "99204" not in str(tr["services"])
        assert "99204" in txt and tr["dates"]["service"] < tr["dates"]["request_received"] <= tr["dates"]["letter"]
        assert re.search(r"(Neurology|Neurological).*(PC|Group|Center|Clinic)$", tr["requesting_provider"])
        assert "DMHC" not in txt and "process.emergency_prior_auth" not in tr["defects"]
        layouts.add(spec.layout)
        if spec.layout == "co_eob_remark_codes":
            assert "EXPLANATION OF BENEFITS" in spec.text and re.search(r"(?m)^From To Service CPT Units ", spec.text)
            assert re.search(r"(?m)^NA1: ", spec.text) and " 99204 Paid" in spec.text
        if spec.layout == "co_what_why_next":
            for h in ("What happened", "Why", "What you can do"):
                assert re.search(rf"(?m)^{h}$", spec.text), h
        if spec.layout == "co_to_practice_cc_member":
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} Member ID: ", spec.text)
            assert f"cc: {tr['member']['name']} (member)" in txt and re.search(r"Tax ID 84-\d{7} NPI 1\d{9}", txt)
    assert layouts == {"co_eob_remark_codes", "co_what_why_next", "co_to_practice_cc_member"}


def test_blind58_compliant_letters_carry_required_pieces():
    for t in BLIND58:
        for seed in range(3):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "medi_cal":
                assert tr["stated_appeal_deadline_days"] == 60 and "72 horas" in txt and "10 días" in txt
                assert "Audiencia Estatal" in txt and "120 días" in txt and "1-888-452-8609" in txt
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert tr["criteria_cited"] and "English:" in txt and "copias" in txt
            elif tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "72 hours" in txt
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and "Español" in txt
                assert tr["criteria_cited"] and "national coverage determination" in txt.lower()
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "4 months" in txt and "147.136" in txt
                assert "502(a)" in txt and "1-866-444-3272" in txt and "$" in txt and "treatment codes" in txt
                assert "Español" in txt


def test_blind58_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND58}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND58, seeds=12, each=each)
    nc, ga, co = BLIND58
    assert plans[nc] == {"medi_cal"} and states[nc] == {"CA"} and kinds[nc] == {"initial_denial"}
    assert plans[ga] == {"medicare_advantage"} and states[ga] == {"GA"} and urg[ga] == {"expedited"}
    assert plans[co] == {"erisa_group"} and states[co] == {"CO"} and kinds[co] == {"payment_denial"}
    assert cats[nc] == cats[ga] == {"medical_necessity"} and cats[co] == {"no_prior_authorization"}
    for t in BLIND58:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND58[0], 8), (BLIND58[1], 8), (BLIND58[2], 4)])
def test_blind58_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- fifty-ninth blind set (analyzer/samplegen/blind59.py): written without sight of the extractor; measured once --


def test_blind59_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind59 import STYLES, b59date, parse_blind59_date

    d = dt.date(2026, 3, 14)
    assert b59date(d, "b59long") == "March 14, 2026" and b59date(d, "b59abbrord") == "Mar. 14th, 2026"
    assert b59date(d, "b59ordof") == "14th of March, 2026" and b59date(d, "b59dmoncaps") == "14-MAR-2026"
    assert b59date(d, "b59ymddot") == "2026.03.14" and b59date(d, "b59mdyy") == "3/14/26"
    assert b59date(d, "b59wknum") == "Sat 03/14/2026"
    assert b59date(dt.date(2025, 5, 2), "b59abbrord") == "May 2nd, 2025"
    assert b59date(dt.date(2025, 9, 3), "b59dmoncaps") == "03-SEP-2025"
    assert parse_blind59_date("the 11th of November, 2026") == dt.date(2026, 11, 11)
    # no set written before blind58-60 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 58]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b59date, parse_blind59_date, STYLES, d)
    assert parse_blind59_date("Fri 03/14/2026") is None and parse_blind59_date("Mar. 14st, 2026") is None
    assert parse_blind59_date("Mar 14th, 2026") is None and parse_blind59_date("May. 2nd, 2025") is None
    assert parse_blind59_date("14-Mar-2026") is None and parse_blind59_date("03/14/26") is None


def _b59_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind59_scal_commercial_rhinoplasty_partial_reads_as_its_kind():
    from analyzer.samplegen.blind59 import parse_blind59_date

    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND59[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["letter_kind"] == "partial_denial" and tr["denial_category"] == "not_covered"
        # the approved septoplasty is a service of the truth too; the paid sinus CT never is
        assert [s["codes"] for s in tr["services"]] == [["30520"], ["30410"]] and "70486" in txt
        assert not tr["criteria_cited"] and tr["dates"]["service"] is None and tr["urgency"] == "standard"
        assert tr["requesting_provider"] and "Head and Neck Surgery" in txt
        # the planned surgery date is printed and is never truth
        m = re.search(r"(?:scheduled for|as planned on) (.+?) at ", txt)
        assert m and parse_blind59_date(m[1]) and m[1] not in _b59_marked(spec), seed
        assert parse_blind59_date(m[1]).isoformat() > tr["dates"]["letter"]
        layouts.add(spec.layout)
        if spec.layout == "scal_approved_denied_columns":
            assert re.search(r"(?m)^Approved Not approved$", spec.text)
            assert re.search(r"(?m), CPT 30520 .+, CPT 30410$", spec.text)
        if spec.layout == "scal_numbered_paragraphs":
            assert re.search(r"(?m)^3\. Why we did not approve the rhinoplasty\. ", spec.text)
            assert spec.text.index(spec.spans("REASON")[0]) > spec.text.index("3. Why we did not")
        if spec.layout == "scal_page2_summary_box":
            pages = spec.page_texts()
            assert len(pages) >= 2 and "SUMMARY OF OUR DECISION" in pages[1] and "SUMMARY" not in pages[0]
            assert re.search(r"(?m)^Not approved .+ - CPT 30410$", pages[1])
            assert spec.spans("REASON")[0] in pages[0]
    assert layouts == {"scal_approved_denied_columns", "scal_numbered_paragraphs", "scal_page2_summary_box"}


def test_blind59_midatlantic_ma_reconsideration_upheld_speech_therapy_reads_as_its_kind():
    from analyzer.samplegen.blind59 import parse_blind59_date

    layouts, requesters = set(), set()
    for seed in range(15):
        spec = generate(seed, template=BLIND59[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "MD" and tr["urgency"] == "standard"
        assert tr["letter_kind"] == "grievance_decision" and tr["denial_category"] == "medical_necessity"
        assert [s["codes"] for s in tr["services"]] == [["92507"]] and "92523" in txt
        assert tr["dates"]["service"] is None and tr["stated_appeal_deadline_days"] is None
        assert tr["dates"]["request_received"] and "1-800-MEDICARE" in txt and "DMHC" not in txt
        requesters.add("CCC-SLP" in tr["requesting_provider"])
        # the original denial date is printed before the received date and is none of the truth's dates
        first = parse_blind59_date(re.search(r"we denied the request (?:on )?(.+?\d{4})\. ", txt)[1].removeprefix("the "))
        assert first and first.isoformat() < tr["dates"]["request_received"]
        assert first.isoformat() not in tr["dates"].values()
        if "notice.external_review" in tr["defects"]:
            assert "Maximus" not in txt and "Independent Review Entity" not in txt
        else:
            assert "Maximus Federal Services" in txt and "422.590" in txt
        if tr["criteria_cited"]:
            assert tr["criteria_cited"] == (["42 CFR § 422.101(b)"] if "medicare.internal_criteria" not in
                                            tr["defects"] else tr["criteria_cited"])
        layouts.add(spec.layout)
        if spec.layout == "ma_case_summary_table":
            assert re.search(r"(?m)^Case summary$", spec.text) and re.search(r"(?m)^Outcome Denial upheld$", spec.text)
        if spec.layout == "ma_large_print":
            assert "printed in large type" in txt and re.search(r"(?m)^YOUR CASE FILE$", spec.text)
            assert all(r.segs[0].size >= 11 for p in spec.pages for r in p.rows)
    assert layouts == {"ma_formal_reconsideration", "ma_case_summary_table", "ma_large_print"}
    assert requesters == {True, False}


def test_blind59_wa_commercial_out_of_network_lab_claim_reads_as_its_kind():
    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND59[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "WA" and tr["region"] == "Washington"
        assert tr["letter_kind"] == "payment_denial" and tr["denial_category"] == "out_of_network"
        assert [s["codes"] for s in tr["services"]] == [["87633"], ["87070"]] and "99213" not in str(tr["services"])
        assert tr["dates"]["service"] and tr["dates"]["request_received"]
        assert tr["dates"]["service"] < tr["dates"]["request_received"] <= tr["dates"]["letter"]
        assert re.search(r"(Laborator(y|ies)|Labs) ?(, Inc\.|LLC)?$|Associates$", tr["requesting_provider"])
        assert "NPI 1" in txt or "Provider NPI: 1" in txt
        assert "1-888-901-4636" in txt and "DMHC" not in txt and "1-800-562-6900" not in txt
        assert re.search(r"(in network)|Ordered by:|ordered the tests|the tests were ordered", txt)
        layouts.add(spec.layout)
        if spec.layout == "wa_eob_statement":
            assert "EXPLANATION OF BENEFITS" in spec.text and re.search(r"(?m)^Statement date: [A-Z]", spec.text)
            assert re.search(r"(?m)^Service date Service Code ", spec.text) and " 99213 Paid" in spec.text
        if spec.layout == "wa_claim_details_box":
            assert re.search(r"(?m)^Claim details$", spec.text) and re.search(r"(?m)^Specimen collected \S+$",
                                                                             spec.text)
        if spec.layout == "wa_portal_message":
            assert spec.text.startswith("kp.org | Message Center | printed ")
            assert re.search(r"(?m)^Sent: [A-Z][a-z]{2} \d{2}/\d{2}/\d{4} \d{1,2}:\d{2} PM$", spec.text)
            assert re.search(rf"(?m)^To: {re.escape(tr['member']['name'])}$", spec.text)
            assert not any(lab == "DATE_LETTER" for lab, s, e in spec.annotations if s < spec.text.index("Sent:"))
    assert layouts == {"wa_eob_statement", "wa_claim_details_box", "wa_portal_message"}


def test_blind59_compliant_letters_carry_required_pieces():
    for t in BLIND59:
        for seed in range(3):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "Español" in txt and re.search(r"free cop(y|ies)|are free|free of charge", txt, re.I)
            if tr["state"] == "CA":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "1-888-804-3536" in txt and "Evidence of Coverage" in txt and "Independent Medical Review" in txt
                assert sum(x in txt for x in ("Español", "中文", "Tiếng Việt", "Tagalog", "한국어", "Հայերեն", "فارسی",
                                              "Русский", "日本語", "العربية", "ਪੰਜਾਬੀ", "ខ្មែរ", "Hmoob", "हिंदी",
                                              "ภาษาไทย")) == 15
            elif tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] is None and "Independent Review Entity" in txt
                assert "422.590" in txt and "72 hours" in txt and tr["criteria_cited"] == ["42 CFR § 422.101(b)"]
                assert tr["reviewer"] and re.search(r"M\.?D|DO", tr["reviewer"]["credentials"])
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "$" in txt and "treatment codes" in txt and "Insurance Commissioner" in txt


def test_blind59_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND59}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND59, seeds=12, each=each)
    sc, ma, wa = BLIND59
    assert plans[sc] == {"commercial_hmo"} and states[sc] == {"CA"} and kinds[sc] == {"partial_denial"}
    assert cats[sc] == {"not_covered"} and urg[sc] == {"standard"}
    assert plans[ma] == {"medicare_advantage"} and states[ma] == {"MD"} and kinds[ma] == {"grievance_decision"}
    assert cats[ma] == {"medical_necessity"} and urg[ma] == {"standard"}
    assert plans[wa] == {"commercial_hmo"} and states[wa] == {"WA"} and kinds[wa] == {"payment_denial"}
    assert cats[wa] == {"out_of_network"}
    for t in BLIND59:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND59[0], 6), (BLIND59[1], 6), (BLIND59[2], 4)])
def test_blind59_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- sixtieth blind set (analyzer/samplegen/blind60.py): written without sight of the extractor; measured once ----


def test_blind60_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind60 import STYLES, b60date, parse_blind60_date

    d = dt.date(2026, 3, 14)
    assert b60date(d, "b60long") == "March 14, 2026" and b60date(d, "b60apord") == "March 14th, 2026"
    assert b60date(d, "b60capsdmy") == "14-MAR-2026" and b60date(d, "b60ymddot") == "2026.03.14"
    assert b60date(d, "b60theof") == "the 14th of March, 2026" and b60date(d, "b60mdyy") == "3/14/26"
    assert b60date(d, "b60wkcaps") == "SATURDAY, MARCH 14, 2026"
    assert b60date(dt.date(2025, 9, 3), "b60apord") == "Sept. 3rd, 2025"
    assert b60date(dt.date(2026, 1, 5), "b60capsdmy") == "05-JAN-2026"
    # no set written before blind58-60 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 58]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b60date, parse_blind60_date, STYLES, d)
    assert parse_blind60_date("FRIDAY, MARCH 14, 2026") is None and parse_blind60_date("Sep. 3rd, 2025") is None
    assert parse_blind60_date("March 14rd, 2026") is None and parse_blind60_date("14-Mar-2026") is None
    assert parse_blind60_date("03/14/26") is None and parse_blind60_date("2026-03-14") is None


def test_blind60_hi_commercial_expedited_off_label_chemo_reads_as_its_kind():
    from analyzer.samplegen.blind60 import parse_blind60_date

    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND60[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "expedited"
        assert tr["denial_category"] == "experimental_investigational" and tr["criteria_cited"]
        assert [s["codes"] for s in tr["services"]] == [["J9271"]] and tr["dates"]["service"] is None
        assert tr["diagnoses"][0]["codes"][0].startswith("C56.") and tr["requesting_provider"]
        # the alternative regimen, the pharmacist who called and the tumor board are printed and are never truth
        assert "J9045" in txt and "J9267" in txt and "PharmD" in txt and "tumor board" in txt
        assert tr["reviewer"] and "1-800-966-5955" not in txt and "72 hours" in txt
        if tr["dates"]["request_received"] and "process.decision_untimely" not in tr["defects"]:
            assert (dt_(tr["dates"]["letter"]) - dt_(tr["dates"]["request_received"])).days <= 3
        appt = re.search(r"infusion appointment (?:scheduled for|on) (.+?) at ", txt)
        assert appt and parse_blind60_date(appt[1]) > dt_(tr["dates"]["letter"])
        layouts.add(spec.layout)
        if spec.layout == "hi_expedited_banner":
            assert re.search(r"(?m)^EXPEDITED (REVIEW - URGENT DECISION|\(72-HOUR\) COVERAGE DECISION)$", spec.text)
            assert re.fullmatch(r"[A-Z]+, [A-Z]+ \d{1,2}, \d{4}", spec.spans("DATE_LETTER")[0])
            if tr["dates"]["request_received"]:
                assert re.search(r"(?m)^Request received - Date: .+ Time: \d{1,2}:\d{2} [ap]\.m\. HST$", spec.text)
        if spec.layout == "hi_to_oncologist_cc_member":
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} Medical record no\.: ", spec.text)
            assert spec.text.startswith("KAISER") and f"cc: {tr['member']['name']} (patient)" in txt
            assert spec.spans("PROVIDER")[0] == tr["requesting_provider"]
        if spec.layout == "hi_signature_rights_page":
            pages = spec.page_texts()
            assert len(pages) >= 2 and "Direct line" not in norm(pages[-1])
            rights = next(i for i, p in enumerate(pages) if re.search(r"YOUR (RIGHTS IF YOU DISAGREE|APPEAL RIGHTS)", p))
            assert rights >= 1 and spec.spans("REASON")[0] not in pages[rights]
            assert not any(lab == "REVIEWER_NAME" for lab, s, e in spec.annotations if s > spec.text.index("cc: "))
    assert layouts == {"hi_expedited_banner", "hi_to_oncologist_cc_member", "hi_signature_rights_page"}


def dt_(iso: str):
    import datetime as dt

    return dt.date.fromisoformat(iso)


def test_blind60_va_fehb_hearing_aids_not_covered_reads_as_its_kind():
    layouts, asked = set(), set()
    for seed in range(15):
        spec = generate(seed, template=BLIND60[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "fehb" and tr["state"] == "VA" and tr["letter_kind"] == "initial_denial"
        assert tr["urgency"] == "standard" and tr["denial_category"] == "not_covered" and not tr["criteria_cited"]
        assert [s["codes"] for s in tr["services"]] == [["V5261"]] and tr["dates"]["service"] is None
        assert "92557" in txt and "Au.D." in txt and "92557" not in str(tr["services"])
        assert "DMHC" not in txt and "Independent Medical Review" not in txt
        asked.add(tr["requesting_provider"] is None)
        layouts.add(spec.layout)
        prov = "notice.plan_provision" not in tr["defects"]
        if prov:
            assert "Section 5(a), Hearing services" in txt
        if spec.layout == "va_brochure_quote" and prov:
            assert re.search(r'FEHB brochure, Section 5\(a\), .+, page \d+, says: "', txt)
        if spec.layout == "va_benefit_table":
            assert re.search(r"(?m)^Your request Code Our decision$", spec.text)
            assert re.search(r"(?m) V5261 Not covered$", spec.text)
            if prov:
                assert re.search(r"(?m)^Hearing aids .+ page \d+$", spec.text)
        if spec.layout == "va_two_page_rights":
            pages = spec.page_texts()
            assert "page 2" in norm(pages[0]) and "APPEAL_DAYS" in {lab for lab, s, e in spec.annotations
                                                                    if s > len(pages[0])}
            assert spec.text.index(spec.spans("REASON")[0]) < len(pages[0])
    assert layouts == {"va_brochure_quote", "va_benefit_table", "va_two_page_rights"}
    assert asked == {True, False}


def test_blind60_nca_commercial_claim_coverage_terminated_reads_as_its_kind():
    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND60[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "payment_denial" and tr["denial_category"] == "administrative"
        assert [s["codes"] for s in tr["services"]] == [["99204"], ["87880"]] and "99213" in txt
        assert "99213" not in str(tr["services"]) and not tr["criteria_cited"] and tr["reviewer"] is None
        assert tr["dates"]["service"] < tr["dates"]["request_received"] <= tr["dates"]["letter"]
        assert re.search(r"(Urgent Care|Walk-In Clinic|Express Care)$", tr["requesting_provider"])
        assert "COBRA" in txt and "ended on" in tr["denial_reason"]
        if spec.layout != "nca_your_coverage_box":
            assert re.search(r"Tax ID:? 94-\d{7}", txt)
        if "process.retro_denial_of_authorized" in tr["defects"]:
            assert "An authorization (number" in tr["denial_reason"]
        else:
            assert "authorization" not in txt.lower()
        layouts.add(spec.layout)
        if spec.layout == "nca_claim_statement":
            assert "CLAIM STATEMENT" in spec.text and re.search(r"(?m)^Statement date: \S+ Claim no\.: ", spec.text)
            assert re.search(r"(?m)^Line Service date Service Code ", spec.text) and " 99213 Paid" in spec.text
        if spec.layout == "nca_your_coverage_box":
            assert re.search(r"(?m)^YOUR COVERAGE$|^Your coverage$", spec.text) and "Coverage ended " in spec.text
        if spec.layout == "nca_to_clinic_cc_member":
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} MRN: ", spec.text)
            assert f"cc: {tr['member']['name']} (member)" in txt and "Dear Billing Office:" in txt
            assert "you were not enrolled" not in tr["denial_reason"]
    assert layouts == {"nca_claim_statement", "nca_your_coverage_box", "nca_to_clinic_cc_member"}


def test_blind60_compliant_letters_carry_required_pieces():
    for t in BLIND60:
        for seed in range(3):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "Español" in txt and re.search(r"free copies|free if you ask|at no cost, we will send", txt)
            if tr["plan_type"] == "fehb":
                assert tr["stated_appeal_deadline_days"] == 180 and re.search(r"(6|six) months", txt)
                assert "Office of Personnel Management" in txt and "1900 E Street" in txt and "90 days" in txt
                assert "Section 5(a)" in txt and "30 days" in txt
            elif tr["state"] == "HI":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt and "4 months" in txt
                assert "147.136" in txt and "1-866-444-3272" in txt and "Ilokano" in txt and tr["criteria_cited"]
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "1-888-466-2219" in txt
                assert "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt and "1-888-804-3536" in txt
                assert "$" in txt and "treatment codes" in txt


def test_blind60_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND60}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND60, seeds=12, each=each)
    hi, va, nc = BLIND60
    assert plans[hi] == {"commercial_hmo"} and states[hi] == {"HI"} and urg[hi] == {"expedited"}
    assert cats[hi] == {"experimental_investigational"} and kinds[hi] == {"initial_denial"}
    assert plans[va] == {"fehb"} and states[va] == {"VA"} and cats[va] == {"not_covered"} and urg[va] == {"standard"}
    assert plans[nc] == {"commercial_hmo"} and states[nc] == {"CA"} and kinds[nc] == {"payment_denial"}
    assert cats[nc] == {"administrative"} and kinds[va] == {"initial_denial"}
    for t in BLIND60:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND60[0], 6), (BLIND60[1], 5), (BLIND60[2], 6)])
def test_blind60_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- sixty-first blind set (analyzer/samplegen/blind61.py): written without sight of the extractor; measured once -


def test_blind61_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind61 import STYLES, b61date, parse_blind61_date

    d = dt.date(2026, 3, 14)
    assert b61date(d, "b61long") == "March 14, 2026" and b61date(d, "b61capsabbr") == "MAR 14, 2026"
    assert b61date(d, "b61dmonyy") == "14-Mar-26" and b61date(d, "b61mdot4") == "3.14.2026"
    assert b61date(d, "b61mdy2pad") == "03/14/26" and b61date(d, "b61ymdslash") == "2026/03/14"
    assert b61date(dt.date(2025, 9, 3), "b61capsabbr") == "SEP 03, 2025"
    assert b61date(dt.date(2026, 1, 5), "b61dmonyy") == "05-Jan-26"
    # no set written before blind61-63 (which are written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 61]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b61date, parse_blind61_date, STYLES, d)
    assert parse_blind61_date("MAR 4, 2026") is None and parse_blind61_date("14-MAR-26") is None
    assert parse_blind61_date("03.14.2026") is None and parse_blind61_date("3/14/26") is None
    assert parse_blind61_date("2026-03-14") is None and parse_blind61_date("Mar 14, 2026") is None


def test_blind61_or_medicaid_ohp_cpap_replacement_reads_as_its_kind():
    layouts, asked = set(), set()
    for seed in range(12):
        spec = generate(seed, template=BLIND61[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "OR" and tr["region"] == "Northwest"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert [s["codes"] for s in tr["services"]] == [["E0601"], ["E0562"]] and tr["diagnoses"][0]["codes"] == ["G47.33"]
        # the mask supplies, the supplier's phone and the sleep study are printed and are never truth
        assert "A7030" in txt and "A7030" not in str(tr["services"]) and "sleep study" in txt
        assert "1-800-813-2000" not in txt and "NOTICE OF ADVERSE BENEFIT DETERMINATION" in spec.text.upper()
        asked.add("Supply" in tr["requesting_provider"] or "Equipment" in tr["requesting_provider"]
                  or "Sleep & Oxygen" in tr["requesting_provider"])
        layouts.add(spec.layout)
        if spec.layout == "or_decided_why_rights":
            assert re.search(r"(?m)^(What we decided|WHAT WE DECIDED)$", spec.text)
            assert re.search(r"(?m)^(Why|Why we decided this|The reason for our decision)$", spec.text)
        if spec.layout == "or_item_table":
            assert re.search(r"(?m)^Item Code Qty Decision$", spec.text)
            assert re.search(r"(?m) E0601 1 (Denied|Not approved)$", spec.text)
        if spec.layout == "or_hearing_request_form":
            last = norm(spec.page_texts()[-1])
            assert re.search(r"Appeal (and Hearing )?Request", last) and "[ ] I want Kaiser Permanente" in last
            assert "REASON" not in {lab for lab, s, e in spec.annotations if s > len(spec.text) - len(last) - 2}
    assert layouts == {"or_decided_why_rights", "or_item_table", "or_hearing_request_form"}
    assert asked == {True, False}


def test_blind61_hi_ma_cardiac_mri_expedited_reads_as_its_kind():
    from analyzer.samplegen.blind61 import parse_blind61_date

    layouts = set()
    for seed in range(12):
        spec = generate(seed, template=BLIND61[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "HI" and tr["urgency"] == "expedited"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert [s["codes"] for s in tr["services"]] == [["75561"]] and tr["dates"]["service"] is None
        assert "93306" in txt and "93351" in txt and tr["reviewer"] and tr["requesting_provider"]
        assert "1-800-633-4227" in txt and "72 hours" in txt and "1-800-966-5955" not in txt
        if "medicare.internal_criteria" in tr["defects"]:
            assert tr["criteria_cited"] and "422.101" not in txt
        appt = re.search(r"MRI (?:appointment on|scheduled for) (.+?)(?: at |\. )", txt)
        assert appt and parse_blind61_date(appt[1]) > dt_(tr["dates"]["letter"])
        if tr["dates"]["request_received"] and "process.decision_untimely" not in tr["defects"]:
            assert (dt_(tr["dates"]["letter"]) - dt_(tr["dates"]["request_received"])).days <= 3
        layouts.add(spec.layout)
        if spec.layout == "hi_two_column_form":
            assert "NOTICE OF DENIAL OF MEDICAL COVERAGE" in spec.text
            assert re.search(r"(?m)^Notice date: \S+ \d{1,2}, \d{4} Case number: SA-", spec.text)
        if spec.layout == "hi_reviewer_box":
            assert re.search(rf"(?m)^Reviewer {re.escape(tr['reviewer']['name'])}", spec.text)
        if spec.layout == "hi_fax_printout":
            pages = spec.page_texts()
            assert all(re.match(r"\d{2}-[A-Z][a-z]{2}-\d{2} \d{1,2}:\d{2}[AP]M  FROM: KP HI UTIL MGMT .+ "
                                rf"P\.{i}/{len(pages)}\n", p) for i, p in enumerate(pages, 1))
            assert not any(s < len(pages[0].split("\n")[0]) for lab, s, e in spec.annotations)
    assert layouts == {"hi_two_column_form", "hi_reviewer_box", "hi_fax_printout"}


def test_blind61_dc_commercial_out_of_network_psychotherapy_claim_reads_as_its_kind():
    from analyzer.samplegen.blind61 import parse_blind61_date

    layouts = set()
    for seed in range(12):
        spec = generate(seed, template=BLIND61[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "DC" and tr["letter_kind"] == "payment_denial"
        assert tr["denial_category"] == "out_of_network" and tr["reviewer"] is None and not tr["criteria_cited"]
        codes = [s["codes"] for s in tr["services"]]
        assert codes in ([["90837"]] * 3, [["90837"]] * 4) and len({s["text"] for s in tr["services"]}) == 1
        assert tr["dates"]["service"] < tr["dates"]["request_received"] <= tr["dates"]["letter"]
        assert re.search(r", (LICSW|PhD|PsyD|LPC|LICSW, LCSW-C)$", tr["requesting_provider"])
        assert "single-case agreement" in txt and "Behavioral Health Access" in txt
        # every marked date of service is the first session; the later ones print unmarked
        assert {parse_blind61_date(v) for v in spec.spans("DATE_SERVICE")} == {dt_(tr["dates"]["service"])}
        layouts.add(spec.layout)
        if spec.layout == "dc_eob_session_rows":
            assert "EXPLANATION OF BENEFITS" in spec.text and "THIS IS NOT A BILL" in spec.text
            rows = re.findall(r"(?m)^\S+ .+ 90837 ", spec.text)
            assert len(rows) == len(codes) + 1 and "Paid (single-case agreement)" in spec.text
        if spec.layout == "dc_sessions_in_prose":
            assert len(re.findall(r"\d{1,2}\.\d{1,2}\.\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}", txt)) >= len(codes) + 3
        if spec.layout == "dc_to_therapist_cc_member":
            assert re.search(rf"(?m)^Client: {re.escape(tr['member']['name'])} Member ID: ", spec.text)
            assert re.search(r"NPI 1\d{9}", txt) and f"cc: {tr['member']['name']} (member)" in txt
            assert spec.spans("PROVIDER")[0] == tr["requesting_provider"] and "your HMO" not in tr["denial_reason"]
    assert layouts == {"dc_eob_session_rows", "dc_sessions_in_prose", "dc_to_therapist_cc_member"}


def test_blind61_compliant_letters_carry_required_pieces():
    for t in BLIND61:
        for seed in range(3):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert re.search(r"free copies|free copy|free if you ask|free on request", txt)
            if tr["plan_type"] == "medicaid":
                assert tr["stated_appeal_deadline_days"] == 60 and "72 hours" in txt and "120 days" in txt
                assert "contested case hearing" in txt and "10 days" in txt and tr["criteria_cited"]
                assert "ESPAÑOL" in txt and "SOOMAALI" in txt
            elif tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "Independent Review Entity" in txt
                assert "1-877-486-2048" in txt and "422.101" in txt and "ILOKANO" in txt
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "147.136" in txt and "4 months" in txt
                assert "1-866-444-3272" in txt and "Ombudsman" in txt and "$" in txt and "treatment codes" in txt
                assert "(301) 879-6380" in txt and "ESPAÑOL" in txt


def test_blind61_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND61}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND61, seeds=12, each=each)
    oregon, hawaii, dc = BLIND61
    assert plans[oregon] == {"medicaid"} and states[oregon] == {"OR"} and urg[oregon] == {"standard"}
    assert plans[hawaii] == {"medicare_advantage"} and states[hawaii] == {"HI"} and urg[hawaii] == {"expedited"}
    assert cats[oregon] == cats[hawaii] == {"medical_necessity"} and kinds[oregon] == kinds[hawaii] == {"initial_denial"}
    assert plans[dc] == {"commercial_hmo"} and states[dc] == {"DC"} and kinds[dc] == {"payment_denial"}
    assert cats[dc] == {"out_of_network"}
    for t in BLIND61:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND61[0], 8), (BLIND61[1], 7), (BLIND61[2], 4)])
def test_blind61_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- sixty-second blind set (analyzer/samplegen/blind62.py): written without sight of the extractor; measured once -


def test_blind62_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind62 import STYLES, b62date, parse_blind62_date

    d = dt.date(2026, 3, 14)
    assert b62date(d, "b62long") == "March 14, 2026" and b62date(d, "b62monpt") == "Mar. 14, 2026"
    assert b62date(d, "b62dmonyy") == "14-Mar-26" and b62date(d, "b62mdy4") == "3/14/2026"
    assert b62date(d, "b62mdyypad") == "03/14/26" and b62date(d, "b62wkmonpt") == "Saturday, Mar. 14, 2026"
    assert b62date(d, "b62es_de") == "14 de marzo de 2026" and b62date(d, "b62es_dmy") == "14-03-2026"
    assert b62date(dt.date(2025, 9, 3), "b62monpt") == "Sep. 3, 2025" and b62date(dt.date(2026, 5, 2), "b62monpt") == "May 2, 2026"
    # no set written before blind61-63 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 61]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b62date, parse_blind62_date, STYLES, d)
    assert parse_blind62_date("Friday, Mar. 14, 2026") is None and parse_blind62_date("Saturday, March 14, 2026") is None
    assert parse_blind62_date("Sept. 3, 2025") is None and parse_blind62_date("14-MAR-26") is None
    assert parse_blind62_date("3/14/26") is None and parse_blind62_date("2026-03-14") is None
    assert parse_blind62_date("14 de Marzo de 2026") is None


def test_blind62_wa_apple_health_orthodontia_not_covered_reads_as_its_kind():
    from analyzer.samplegen.blind62 import parse_blind62_date

    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND62[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "WA" and tr["region"] == "Washington"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard"
        assert tr["denial_category"] == "not_covered" and tr["dates"]["service"] is None
        assert [s["codes"] for s in tr["services"]] == [["D8080"]] and "D0150" in txt
        assert "D0150" not in str(tr["services"]) and tr["requesting_provider"] and "orthodont" in txt.lower()
        # the letter goes to the parent; the child on the "Member:" line is the member
        assert re.search(rf"(?m)^Member: {re.escape(tr['member']['name'])} ", spec.text)
        dear = re.search(r"Dear (.+?):", txt)[1]
        assert dear == f"Parent or Guardian of {tr['member']['name']}" or dear.split()[0] != tr["member"]["name"].split()[0]
        if tr["criteria_cited"]:
            assert int(re.search(r"(\d+) points", tr["denial_reason"])[1]) < 25
            got = re.search(r"reached us on (.+?\d{4})", txt)
            assert got and parse_blind62_date(got[1]).isoformat() >= (tr["dates"]["request_received"] or "")
        layouts.add(spec.layout)
        if spec.layout == "wa_hld_score_table":
            head = "Item measured Finding Points" if tr["criteria_cited"] else "Requested service Code Decision"
            assert re.search(rf"(?m)^{head}$", spec.text)
            if tr["criteria_cited"]:
                assert re.search(r"(?m)^Total score \d+$", spec.text) and re.search(r"(?m)^Score needed for coverage 25$",
                                                                                  spec.text)
        if spec.layout == "wa_bilingual_en_es":
            es = txt.index("Versión en español")
            assert "Sus derechos" in txt[es:] and spec.text.index(spec.spans("REASON")[0]) < spec.text.index("Versión")
            assert re.search(r"Fecha de este aviso: \d{1,2} de [a-z]+ de \d{4}\.", txt)
        if spec.layout == "wa_plain_numbered_rights":
            assert re.search(r"(?m)^NOTICE OF (ACTION|DENIAL)$", spec.text)
            for k in range(1, 4):
                assert re.search(rf"(?m)^{k}\. [A-Z][a-z]+( [a-z]+)*\. ", spec.text.replace("\f", "\n")), k
    assert layouts == {"wa_hld_score_table", "wa_bilingual_en_es", "wa_plain_numbered_rights"}


def test_blind62_nca_commercial_tumor_treating_fields_experimental_reads_as_its_kind():
    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND62[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard"
        assert tr["denial_category"] == "experimental_investigational" and tr["criteria_cited"]
        assert [s["codes"] for s in tr["services"]] == [["E0766"]] and tr["dates"]["service"] is None
        # the MRI, the covered chemotherapy and the supplier are printed and are never truth
        assert "70553" in txt and "J8700" in txt and "Novocure" in txt and "tumor board" in txt
        assert "70553" not in str(tr["services"]) and "glioblastoma" in tr["denial_reason"]
        assert tr["diagnoses"][0]["codes"][0][:3] in ("C71", "C79") and tr["requesting_provider"]
        layouts.add(spec.layout)
        if spec.layout == "nca_summary_of_review_box":
            assert re.search(r"(?m)^(Summary of our review|SUMMARY OF OUR REVIEW)$", spec.text)
            assert re.search(r"(?m)^Decision Denied - experimental / investigational", spec.text)
            if tr["dates"]["request_received"]:
                assert re.search(r"(?m)^Request received \S", spec.text)
        if spec.layout == "nca_headed_sections":
            assert re.search(r"(?m)^(What we decided|Our decision)$", spec.text)
            assert re.search(r"(?m)^(Other treatment|Treatment that is covered)$", spec.text)
        if spec.layout == "nca_to_doctor_cc_member":
            assert re.search(rf"(?m)^Patient: {re.escape(tr['member']['name'])} MRN: ", spec.text)
            assert f"cc: {tr['member']['name']} (member)" in txt and "Dear Dr. " in txt
            assert tr["reviewer"]["phone"] and spec.spans("PROVIDER")[0] == tr["requesting_provider"]
    assert layouts == {"nca_summary_of_review_box", "nca_headed_sections", "nca_to_doctor_cc_member"}


def test_blind62_va_ma_skilled_nursing_admission_denied_reads_as_its_kind():
    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND62[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "VA" and tr["urgency"] == "expedited"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        assert [s["codes"] for s in tr["services"]] == [[]] and tr["dates"]["service"] is None
        # home health is approved separately and the discharge planner is named: neither is truth
        assert "home health" in txt.lower() and "authorization" in txt
        assert re.search(r"Discharge Plann|Case Manager", txt)
        assert "home health" not in str(tr["services"]).lower() and "Discharge" not in str(tr["requesting_provider"])
        assert "1-800-633-4227" in txt and "72 hours" in txt
        if tr["dates"]["request_received"] and "process.decision_untimely" not in tr["defects"]:
            assert (dt_(tr["dates"]["letter"]) - dt_(tr["dates"]["request_received"])).days <= 3
        layouts.add(spec.layout)
        if spec.layout == "va_cms_style_denial_notice":
            assert re.search(r"(?m)^(NOTICE OF DENIAL OF MEDICAL COVERAGE|Notice of Denial of Medical Coverage)$",
                             spec.text)
            assert re.search(r"(?m)^Date of this notice: \S+( \S+ \S+)? Reference: ", spec.text)
            assert re.search(rf"(?m)^Member name: {re.escape(tr['member']['name'])} Member number: ", spec.text)
        if spec.layout == "va_timeline_of_dates":
            assert re.search(r"(?m)^Date What happened$", spec.text) and "Planned hospital discharge" in txt
        if spec.layout == "va_to_daughter_representative":
            assert re.search(rf"(?m)^Member: {re.escape(tr['member']['name'])} Member ID: ", spec.text)
            assert re.search(r"(?m)^Representative: .+ \(daughter\) Reference: ", spec.text)
            assert f"cc: {tr['member']['name']} (member)" in txt and "you were admitted" not in tr["denial_reason"]
    assert layouts == {"va_cms_style_denial_notice", "va_timeline_of_dates", "va_to_daughter_representative"}


def test_blind62_compliant_letters_carry_required_pieces():
    for t in BLIND62:
        for seed in range(3):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "ATENCIÓN" in txt and re.search(r"free copies|free copy|free of charge", txt, re.I)
            if tr["plan_type"] == "medicaid":
                assert tr["stated_appeal_deadline_days"] == 60 and "72 hours" in txt and "10 days" in txt
                assert "fair hearing" in txt and ("90 and 120 days" in txt or "90 to 120 days" in txt)
                assert "1-888-901-4636" in txt and "member handbook" in txt
            elif tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "1-888-466-2219" in txt
                assert "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt and "1-888-804-3536" in txt
                assert "conference" in txt and ("without filing a grievance" in txt or "do not need to file" in txt)
                assert "alternatives" in txt or "other covered options" in txt
            else:
                assert tr["stated_appeal_deadline_days"] == 60 and "Independent Review Entity" in txt
                assert "30 days" in txt and "1-877-486-2048" in txt and tr["criteria_cited"]
                assert any("422.101" in c or "Part 409" in c for c in tr["criteria_cited"])


def test_blind62_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND62}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND62, seeds=12, each=each)
    wa, nc, va = BLIND62
    assert plans[wa] == {"medicaid"} and states[wa] == {"WA"} and cats[wa] == {"not_covered"}
    assert plans[nc] == {"commercial_hmo"} and states[nc] == {"CA"} and cats[nc] == {"experimental_investigational"}
    assert plans[va] == {"medicare_advantage"} and states[va] == {"VA"} and cats[va] == {"medical_necessity"}
    assert kinds[wa] == kinds[nc] == kinds[va] == {"initial_denial"}
    assert urg[wa] == urg[nc] == {"standard"} and urg[va] == {"expedited"}
    for t in BLIND62:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND62[0], 8), (BLIND62[1], 7), (BLIND62[2], 8)])
def test_blind62_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- sixty-third blind set (analyzer/samplegen/blind63.py): written without sight of the extractor; measured once ----


def test_blind63_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind63 import STYLES, b63date, parse_blind63_date

    d = dt.date(2026, 3, 14)
    assert b63date(d, "b63long") == "March 14, 2026" and b63date(d, "b63monsp") == "MAR 14 2026"
    assert b63date(d, "b63mdash4") == "03-14-2026" and b63date(d, "b63ymdslash") == "2026/03/14"
    assert b63date(d, "b63mdyydash") == "3-14-26" and b63date(d, "b63es_de") == "14 de marzo de 2026"
    assert b63date(d, "b63es_del") == "14 de marzo del 2026" and b63date(d, "b63es_dmy") == "14/03/2026"
    assert b63date(d, "b63es_wk") == "sábado, 14 de marzo de 2026"
    assert b63date(dt.date(2025, 9, 3), "b63monsp") == "SEP 3 2025"
    # no set written before blind61-63 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 61]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b63date, parse_blind63_date, STYLES, d)
    assert parse_blind63_date("viernes, 14 de marzo de 2026") is None and parse_blind63_date("Mar 14 2026") is None
    assert parse_blind63_date("sábado, 14 de marzo del 2026") is None and parse_blind63_date("3/14/26") is None
    assert parse_blind63_date("14 de march de 2026") is None and parse_blind63_date("2026-03-14") is None


def test_blind63_scal_medi_cal_incontinence_supplies_partial_es_reads_as_its_kind():
    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND63[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medi_cal" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["language"] == "es" and tr["letter_kind"] == "partial_denial" and tr["urgency"] == "standard"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert [s["codes"] for s in tr["services"]] == [["A4554"], ["T4527"]] and tr["requesting_provider"]
        assert tr["diagnoses"][0]["codes"] == ["R32"]
        # the supplier, the home-health nurse and the monthly quantities are printed and are never truth
        assert "RN" in txt and " al mes" in txt and "autorización" in txt
        assert "Ombudsman" in txt and "(800) 743-8525" in txt and "72 horas" in txt and "10 días" in txt
        layouts.add(spec.layout)
        if spec.layout == "scal_es_quantity_table":
            assert re.search(r"(?m)^Artículo Código Cantidad pedida Cantidad aprobada Decisión$", spec.text)
            assert re.search(r"(?m) A4554 \d+ al mes \d+ al mes Modificado$", spec.text)
        if spec.layout == "scal_bilingual_notice":
            assert "AVISO DE ACCIÓN - NOTICE OF ACTION" in spec.text and "Why we made this decision" in spec.text
            assert re.fullmatch(r"\d{2}/\d{2}/\d{4}|\d{1,2} de [a-z]+ de \d{4}", spec.spans("DATE_LETTER")[0])
            if "notice.reason_specific" not in tr["defects"]:
                assert "a month" in txt and "a month" not in tr["denial_reason"]
        if spec.layout == "scal_es_to_caregiver":
            assert re.search(rf"(?m)^Miembro: {re.escape(tr['member']['name'])} N\.º de registro médico: ", spec.text)
            assert "representante autorizad" in txt and f"cc: {tr['member']['name']} (miembro)" in txt
            assert norm(spec.text.split("\n")[4]) != tr["member"]["name"]  # the addressee is the caregiver
    assert layouts == {"scal_es_quantity_table", "scal_bilingual_notice", "scal_es_to_caregiver"}


def test_blind63_ga_commercial_physical_therapy_appeal_upheld_reads_as_its_kind():
    layouts, asked, decided = set(), set(), set()
    for seed in range(15):
        spec = generate(seed, template=BLIND63[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["letter_kind"] == "grievance_decision" and tr["urgency"] == "standard"
        assert tr["denial_category"] == "not_covered" and not tr["criteria_cited"] and tr["dates"]["service"] is None
        assert [s["codes"] for s in tr["services"]] == [["97110"], ["97140"]]
        assert "97164" in txt and "97164" not in str(tr["services"]) and "Appeals Coordinator" in txt
        assert re.search(r", (PT, DPT|DPT|PT)\b", txt) and "calendar year" in tr["denial_reason"]
        assert "DMHC" not in txt and "1-888-865-5813" not in txt
        if tr["stated_appeal_deadline_days"]:
            assert tr["stated_appeal_deadline_days"] == 120 and "147.136" in txt
        if tr["reviewer"]:
            assert tr["reviewer"]["name"] not in txt.split("Questions: call")[1].split(",")[0]
        asked.add(tr["requesting_provider"] is None)
        decided.add(tr["reviewer"] is None)
        layouts.add(spec.layout)
        if spec.layout == "ga_appeal_summary_table":
            assert re.search(r"(?m)^APPEAL SUMMARY$", spec.text) and "Visits used:" in spec.text
            if tr["dates"]["request_received"]:
                assert re.search(r"(?m)^Appeal received - Date: .+ Time: \d{1,2}:\d{2} [AP]M$", spec.text)
        if spec.layout == "ga_numbered_findings":
            assert re.search(r"(?m)^Findings$", spec.text) and re.search(r"(?m)^3\. ", spec.text)
            assert spec.text[spec.text.index(spec.spans("REASON")[0]) - 3:].startswith("3. ")
    assert layouts == {"ga_formal_appeal_decision", "ga_appeal_summary_table", "ga_numbered_findings"}
    assert asked == {True, False} and decided == {True, False}


def test_blind63_hi_quest_interisland_transport_delay_reads_as_its_kind():
    from analyzer.samplegen.blind63 import parse_blind63_date

    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND63[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["letter_kind"] == "delay_notice" and tr["denial_category"] == "administrative"
        assert [s["codes"] for s in tr["services"]] == [["A0430"], ["A0180"]] and tr["reviewer"] is None
        assert tr["dates"]["decision"] is None and tr["dates"]["service"] is None
        assert tr["stated_appeal_deadline_days"] is None and "QUEST Integration" in txt and "grievance" in txt
        assert "Moanalua Medical Center" in txt and "escort" in txt and "Travel coordinator" in txt
        assert "1-800-966-5955" not in txt and "HI 968" not in "\n".join(spec.text.split("\n")[:8])
        appt = re.search(r"(?:scheduled for|scheduled on) (.+?)\.", txt)
        assert appt and parse_blind63_date(appt[1]) > dt_(tr["dates"]["letter"])
        vague = "notice.delay_requirements" in tr["defects"]
        if not vague:
            due = re.search(r"due by (.+?)\.", txt)
            assert due and parse_blind63_date(due[1]) == dt_(tr["dates"]["request_received"]) + (
                dt_("2026-01-22") - dt_("2026-01-01"))
            assert re.search(r"missing|do not have", tr["denial_reason"])
        layouts.add(spec.layout)
        if spec.layout == "hi_short_extension_notice":
            assert re.search(r"(?m)^NOTICE(?: OF EXTENSION|: WE NEED MORE TIME TO DECIDE)$", spec.text)
        if spec.layout == "hi_what_we_still_need" and not vague:
            assert re.search(r"(?m)^What we still need$", spec.text) and re.search(r"(?m)^\[  \] ", spec.text)
        if spec.layout == "hi_records_return_form":
            pages = spec.page_texts()
            assert len(pages) >= 2 and pages[-1].startswith("RECORDS RETURN FORM")
            assert spec.text.index(spec.spans("REASON")[0]) < len(spec.text) - len(pages[-1])
    assert layouts == {"hi_short_extension_notice", "hi_what_we_still_need", "hi_records_return_form"}


def test_blind63_compliant_letters_carry_required_pieces():
    for t in BLIND63:
        for seed in range(3):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "medi_cal":
                assert tr["stated_appeal_deadline_days"] == 60 and "60 días" in txt and "72 horas" in txt
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "Audiencia Estatal" in txt and "120 días" in txt and "1-888-452-8609" in txt
                assert "10 días" in txt and "English:" in txt and "copias" in txt and tr["criteria_cited"]
            elif tr["state"] == "GA":
                assert tr["stated_appeal_deadline_days"] == 120 and "147.136" in txt and "72 hours" in txt
                assert "1-866-444-3272" in txt and "Evidence of Coverage" in txt and "Español" in txt
                assert re.search(r"free copies|copies of everything", txt, re.I) and "502(a)" in txt
            else:
                assert "due by" in txt and "grievance" in txt and "expedited grievance" in txt
                assert "counts as a denial" in txt or "treated as a denial" in txt
                assert "Ilokano" in txt and re.search(r"missing|do not have", tr["denial_reason"])


def test_blind63_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND63}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND63, seeds=12, each=each)
    es, ga, hi = BLIND63
    assert plans[es] == {"medi_cal"} and states[es] == {"CA"} and kinds[es] == {"partial_denial"}
    assert cats[es] == {"medical_necessity"} and urg[es] == {"standard"}
    assert plans[ga] == {"commercial_hmo"} and states[ga] == {"GA"} and kinds[ga] == {"grievance_decision"}
    assert cats[ga] == {"not_covered"} and urg[ga] == {"standard"}
    assert plans[hi] == {"medicaid"} and states[hi] == {"HI"} and kinds[hi] == {"delay_notice"}
    assert cats[hi] == {"administrative"}
    for t in BLIND63:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND63[0], 7), (BLIND63[1], 5), (BLIND63[2], 2)])
def test_blind63_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- sixty-sixth blind set (analyzer/samplegen/blind66.py): written without sight of the extractor; measured once ---


def test_blind66_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind66 import STYLES, b66date, parse_blind66_date

    d = dt.date(2026, 3, 14)
    assert b66date(d, "b66long") == "March 14, 2026" and b66date(d, "b66ordfull") == "March 14th, 2026"
    assert b66date(d, "b66wkabbr") == "Sat, Mar 14, 2026" and b66date(d, "b66mdydash") == "3-14-2026"
    assert b66date(d, "b66mdy4pad") == "03/14/2026" and b66date(d, "b66isodash") == "2026-03-14"
    assert b66date(d, "b66capslong") == "MARCH 14, 2026" and b66date(dt.date(2025, 9, 3), "b66ordfull") == "September 3rd, 2025"
    assert b66date(dt.date(2026, 5, 11), "b66ordfull") == "May 11th, 2026" and b66date(dt.date(2026, 5, 22), "b66wkabbr") == "Fri, May 22, 2026"
    # no set written before blind64-66 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 64]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b66date, parse_blind66_date, STYLES, d)
    assert parse_blind66_date("Fri, Mar 14, 2026") is None and parse_blind66_date("March 14rd, 2026") is None
    assert parse_blind66_date("3/14/26") is None and parse_blind66_date("14-MAR-2026") is None
    assert parse_blind66_date("Mar. 14, 2026") is None and parse_blind66_date("MARCHE 14, 2026") is None


def test_blind66_nca_commercial_second_opinion_outside_neurosurgeon_reads_as_its_kind():
    layouts, asked, offered = set(), set(), set()
    for seed in range(15):
        spec = generate(seed, template=BLIND66[0])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "second_opinion_denial" and tr["denial_category"] == "second_opinion"
        assert [s["codes"] for s in tr["services"]] == [["99245"]] and tr["dates"]["service"] is None
        # the first opinion's surgeon and surgery, the outside center's address: printed, never truth
        assert "Neurosurgery" in txt and re.search(r"CA 94\d{3}|CA 95817", txt) and "recommended" in txt
        assert not re.search(r"22551|22600|22856", str(tr["services"]))
        offer = "second_opinion.eligible_denied" not in tr["defects"]
        offered.add(offer)
        if offer:
            appt = re.search(r"(?:scheduled for|held for you on) (.+?)\.", txt)
            from analyzer.samplegen.blind66 import parse_blind66_date
            assert appt and parse_blind66_date(appt[1]) > dt_(tr["dates"]["letter"])
            assert "network" in tr["denial_reason"]
        else:
            assert "not medically necessary" in tr["denial_reason"] or "sufficient" in tr["denial_reason"]
        asked.add(tr["requesting_provider"] is None)
        layouts.add(spec.layout)
        if spec.layout == "nca_request_summary_box":
            assert re.search(r"(?m)^Your request$", spec.text) and re.search(r"(?m)^Surgery recommended .+ \(CPT 22\d{3}\)$", spec.text)
        if spec.layout == "nca_secure_message_printout":
            assert re.search(r"(?m)^Printed from kp\.org on \d{2}/\d{2}/\d{4}$", spec.text)
            assert re.search(r"(?m)^Sent: [A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2} [AP]M$", spec.text)
            assert re.search(r"(?m)^To: " + re.escape(tr["member"]["name"]) + "$", spec.text)
        if spec.layout == "nca_letterhead_letter":
            assert re.search(r"(?m)^RE: Request for a second opinion outside Kaiser Permanente$", spec.text)
    assert layouts == {"nca_letterhead_letter", "nca_request_summary_box", "nca_secure_message_printout"}
    assert asked == {True, False}


def test_blind66_va_medicaid_private_duty_nursing_reduction_reads_as_its_kind():
    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND66[1])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "VA" and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "termination_notice" and tr["urgency"] == "standard"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert [s["codes"] for s in tr["services"]] == [["T1000"]] and "S9122" in txt and "S9122" not in str(tr)
        assert "16 hours a day" in txt and "10 hours a day" in txt and "NPI" in txt and ", RN" in txt
        assert f"Dear {tr['member']['name']}" not in txt  # the letter is to the guardian
        layouts.add(spec.layout)
        if spec.layout == "va_noa_hours_table":
            assert re.search(r"(?m)^NOTICE OF ACTION$", spec.text) and re.search(r"(?m)^Service Code Hours now Hours approved", spec.text)
            assert re.search(r"(?m)^Date of notice: \d{2}/\d{2}/\d{4} ", spec.text)
        if spec.layout == "va_keep_services_box" and "notice.continuation_of_benefits" not in tr["defects"]:
            assert re.search(r"(?m)^Keeping your services during an appeal$", spec.text)
        if spec.layout == "va_plain_letter":
            assert "NOTICE" not in spec.text.split("Dear ")[0]
    assert layouts == {"va_noa_hours_table", "va_plain_letter", "va_keep_services_box"}


def test_blind66_md_erisa_pediatric_occupational_therapy_claim_reads_as_its_kind():
    layouts = set()
    for seed in range(15):
        spec = generate(seed, template=BLIND66[2])
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "MD" and tr["letter_kind"] == "payment_denial"
        assert tr["denial_category"] == "not_covered" and tr["reviewer"] is None and not tr["criteria_cited"]
        assert [s["codes"] for s in tr["services"]] == [["97165"], ["97530"]] and tr["dates"]["service"]
        assert tr["diagnoses"][0]["codes"] == ["F82"] and "OTR/L" in txt and "(claim " in txt
        assert tr["requesting_provider"] and "OTR/L" not in tr["requesting_provider"]
        assert f"Dear {tr['member']['name']}" not in txt  # the subscriber is the addressee
        layouts.add(spec.layout)
        if spec.layout == "md_eob_statement":
            assert re.search(r"(?m)^EXPLANATION OF BENEFITS$", spec.text) and "Subscriber:" in spec.text
        if spec.layout == "md_remark_code_legend":
            assert re.search(r"(?m)^(What the remark codes mean|Remark code legend)$", spec.text)
            assert re.search(r"(?m)^(EX47|DX12|X208): ", spec.text) and "PR1:" in spec.text
        if spec.layout == "md_appeal_rights_insert":
            pages = spec.page_texts()
            assert len(pages) >= 2 and any(p.startswith("YOUR APPEAL RIGHTS") for p in pages)
    assert layouts == {"md_eob_statement", "md_remark_code_legend", "md_appeal_rights_insert"}


def test_blind66_compliant_letters_carry_required_pieces():
    for t in BLIND66:
        for seed in range(3):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "Español" in txt
            if tr["state"] == "CA":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt and "kp.org" in txt
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "Independent Medical Review" in txt and "1-800-464-4000" in txt
                assert re.search(r"with .+ at .+|second opinion with", txt)
            elif tr["state"] == "VA":
                assert tr["stated_appeal_deadline_days"] == 60 and "72 hours" in txt and "10 days" in txt
                assert "State Fair Hearing" in txt and "1-800-777-7902" in txt and tr["criteria_cited"]
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "502(a)" in txt and "147.136" in txt
                assert "1-866-444-3272" in txt and "1-877-261-8807" in txt and "treatment codes" in txt
                assert "Evidence of Coverage" in txt and "$" in txt


def test_blind66_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND66}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND66, seeds=12, each=each)
    so, va, md = BLIND66
    assert plans[so] == {"commercial_hmo"} and states[so] == {"CA"} and kinds[so] == {"second_opinion_denial"}
    assert cats[so] == {"second_opinion"} and urg[so] == {"standard", "expedited"}
    assert plans[va] == {"medicaid"} and states[va] == {"VA"} and kinds[va] == {"termination_notice"}
    assert cats[va] == {"medical_necessity"} and urg[va] == {"standard"}
    assert plans[md] == {"erisa_group"} and states[md] == {"MD"} and kinds[md] == {"payment_denial"}
    assert cats[md] == {"not_covered"}
    for t in BLIND66:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND66[0], 6), (BLIND66[1], 8), (BLIND66[2], 5)])
def test_blind66_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- forty-eighth blind set (analyzer/samplegen/blind48.py): written without sight of the extractor; measured once -


def test_blind48_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind48 import STYLES, b48date, parse_blind48_date

    d = dt.date(2026, 3, 14)
    assert b48date(d, "b48wklong") == "Saturday, March 14, 2026" and b48date(d, "b48long") == "March 14, 2026"
    assert b48date(d, "b48capslong") == "MARCH 14, 2026" and b48date(d, "b48mdot4") == "3.14.2026"
    assert b48date(d, "b48mdy4") == "3/14/2026" and b48date(d, "b48iso") == "2026-03-14"
    assert b48date(d, "b48es_coma") == "14 de marzo, 2026" and b48date(d, "b48es_abrev") == "14 mar. 2026"
    assert b48date(d, "b48es_guion") == "14-03-2026" and b48date(dt.date(2025, 9, 3), "b48es_abrev") == "3 sept. 2025"
    # no set written before blind46-48 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 46]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b48date, parse_blind48_date, STYLES, d)
    assert parse_blind48_date("Friday, March 14, 2026") is None and parse_blind48_date("March 04, 2026") is None
    assert parse_blind48_date("14 de marzo de 2026") is None and parse_blind48_date("03.14.2026") is None
    assert parse_blind48_date("14 mar 2026") is None and parse_blind48_date("13/14/2026") is None


def _b48_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind48_scal_ma_cataract_premium_lens_partial_reads_as_its_kind():
    from analyzer.samplegen.blind48 import parse_blind48_date

    layouts, lens_codes = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind48_scal_ma_cataract_premium_lens_partial")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "CA"
        assert tr["region"] == "Southern California" and tr["letter_kind"] == "partial_denial"
        assert tr["denial_category"] == "not_covered" and not tr["criteria_cited"] and tr["dates"]["service"] is None
        codes = [s["codes"] for s in tr["services"]]
        assert codes[0] == ["66984"] and codes[1] in (["V2787"], ["V2788"]) and len(codes) == 2
        lens_codes.add(codes[1][0])
        eye = "right" if tr["diagnoses"][0]["codes"] == ["H25.11"] else "left"
        assert tr["diagnoses"][0]["codes"] in (["H25.11"], ["H25.12"]) and eye in tr["services"][0]["text"]
        assert "1-800-443-0815" in txt and "DMHC" not in txt and "1-888-466-2219" not in txt
        layouts.add(spec.layout)
        # the scheduled surgery date is printed and is never truth
        m = re.search(r"(?:date is|Before surgery on|scheduled for) ([A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2}[./]\d{1,2}[./]"
                      r"\d{4})", txt)
        assert m and parse_blind48_date(m[1]) and m[1] not in _b48_marked(spec), (seed, spec.layout)
        if spec.layout == "scal_approved_not_covered_table":
            assert re.search(r"^Item or service Code Decision$", spec.text, re.M)
            assert re.search(r" 66984 Approved$", spec.text, re.M) and re.search(r" V278[78] Not covered$",
                                                                               spec.text, re.M)
        if spec.layout == "scal_what_you_may_pay_box":
            assert "What you may pay" in txt and len(re.findall(r"\$\d[\d,]*\.\d{2}", txt)) >= 3
        if spec.layout == "scal_large_print":
            assert spec.text.startswith("LARGE PRINT") and re.search(r"^(YOUR RIGHT TO APPEAL|IF YOU DISAGREE WITH "
                                                                     r"OUR DECISION|HOW TO ASK US TO RECONSIDER)$",
                                                                     spec.text, re.M)
            assert all(r.segs[0].size >= 11 for p in spec.pages for r in p.rows)
    assert layouts == {"scal_approved_not_covered_table", "scal_what_you_may_pay_box", "scal_large_print"}
    assert lens_codes == {"V2787", "V2788"}


def test_blind48_hi_commercial_negative_pressure_wound_therapy_reads_as_its_kind():
    layouts, kits = set(), set()
    for seed in range(24):
        spec = generate(seed, template="blind48_hi_commercial_negative_pressure_wound_therapy")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        kit = tuple(s["codes"][0] for s in tr["services"])
        assert kit in (("97605",), ("E2402", "A6550"))
        kits.add(kit)
        dx = [d["codes"][0] for d in tr["diagnoses"]]
        assert dx[0] == "E11.621" and re.fullmatch(r"L97\.4[12][23]", dx[1]) and tr["dates"]["service"] is None
        assert "A6212" in txt and "29445" in txt and "DMHC" not in txt and "1-800-966-5955" not in txt
        layouts.add(spec.layout)
        page1 = spec.page_texts()[0]
        marked = _b48_marked(spec)
        if spec.layout == "hi_measurement_table":
            assert re.search(r"^Date measured Length \(cm\) Width \(cm\) Depth \(cm\) Area \(sq cm\)$", spec.text,
                             re.M)
            rows = re.findall(r"^(\d{1,2}/\d{1,2}/\d{4}) \d+\.\d \d+\.\d \d+\.\d \d+\.\d$", spec.text, re.M)
            assert len(rows) == 5 and not set(rows) & marked
        if spec.layout == "hi_agency_cc_member":
            assert re.search(r"^Member: " + re.escape(tr["member"]["name"]) + " Member ID: ", page1, re.M)
            assert "Dr. " not in tr["requesting_provider"] and "NPI 1" in page1
            assert re.search(r"cc: " + re.escape(tr["member"]["name"]) + r" \(member", txt)
        if spec.layout == "hi_fax_cover_sheet":
            pages = spec.page_texts()
            assert len(pages) >= 2 and "FAX" in pages[0] and tr["member"]["name"] not in pages[0]
            assert all(re.match(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} +FROM KP HAWAII UM .+ PAGE \d+ OF \d+$",
                                p.split("\n")[0]) for p in pages)
            assert re.search(r"^Date: \d{1,2}/\d{1,2}/\d{4} Time: \d{1,2}:\d{2} [AP]M$", pages[0], re.M)
            assert re.search(rf"^Patient: {re.escape(tr['member']['name'])} Member ID: ", pages[1], re.M)
            assert not any(lab == "DATE_LETTER" for lab, s, e in spec.annotations if s < len(pages[0]))
    assert layouts == {"hi_measurement_table", "hi_agency_cc_member", "hi_fax_cover_sheet"}
    assert kits == {("97605",), ("E2402", "A6550")}


def test_blind48_wa_apple_health_insulin_pump_es_reads_as_its_kind():
    layouts, cats, langs, supplies = set(), set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind48_wa_apple_health_insulin_pump_es")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicaid" and tr["state"] == "WA" and tr["region"] == "Washington"
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None and tr["requesting_provider"]
        codes = [s["codes"][0] for s in tr["services"]]
        assert codes in (["E0784"], ["E0784", "A4224", "A4225"])
        supplies.add(len(codes))
        assert tr["diagnoses"][0]["codes"][0] in ("E10.65", "E10.9") and "A4239" in txt
        assert "1-888-901-4636" in txt and "DMHC" not in txt and "ERISA" not in txt
        cats.add(tr["denial_category"])
        langs.add(tr["language"])
        layouts.add(spec.layout)
        assert tr["language"] == ("en" if spec.layout == "wa_bilingue_en_es" else "es")
        if tr["denial_category"] == "administrative":
            assert re.search(r"C-peptide|péptido C|glucose record|registro de glucosa", tr["denial_reason"])
            assert not tr["criteria_cited"] and tr["reviewer"] is None
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        if spec.layout == "wa_tabla_articulos_es":
            assert re.search(r"^Código Artículo Cantidad Decisión$", spec.text, re.M) and len(codes) == 3
            assert len(re.findall(r" Negado$", spec.text, re.M)) == 3
        if spec.layout == "wa_aviso_es":
            assert re.search(r"^(Lo que pidió|Lo que se solicitó)$", spec.text, re.M)
        if spec.layout == "wa_bilingue_en_es":
            pages = spec.page_texts()
            first = next(i for i, p in enumerate(pages) if re.search(r"^ESPAÑOL$", p, re.M))
            assert first >= 1 and re.search(r"^ENGLISH$", pages[0], re.M)
            start = sum(len(p) + 1 for p in pages[:first])
            assert all(s < start for lab, s, _e in spec.annotations if lab in ("REASON", "SERVICE", "DATE_LETTER"))
    assert layouts == {"wa_aviso_es", "wa_bilingue_en_es", "wa_tabla_articulos_es"}
    assert cats == {"medical_necessity", "administrative"} and langs == {"es", "en"} and supplies == {1, 3}


def test_blind48_compliant_letters_carry_required_pieces():
    for t in BLIND48:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "Independent Review Entity" in txt
                assert "72 hours" in txt and "1-800-633-4227" in txt and "1-800-434-0222" in txt
                assert "ESPAÑOL" in txt and len(tr["services"]) == 2
            elif tr["plan_type"] == "medicaid":
                assert tr["stated_appeal_deadline_days"] == 60 and "72 h" in txt and "繁體中文" in txt
                assert re.search(r"10 d(ías|ays)", txt) and re.search(r"audiencia imparcial|state fair hearing", txt)
            else:
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "4 months" in txt and "72 hours" in txt and "1-866-444-3272" in txt and tr["criteria_cited"]
                assert "check your plan documents" in txt and "Hawaii Insurance Division" in txt and "ILOKANO" in txt


def test_blind48_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND48}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND48, seeds=18, each=each)
    sc, hi, wa = BLIND48
    assert plans[sc] == {"medicare_advantage"} and states[sc] == {"CA"} and kinds[sc] == {"partial_denial"}
    assert cats[sc] == {"not_covered"}
    assert plans[hi] == {"commercial_hmo"} and states[hi] == {"HI"} and kinds[hi] == {"initial_denial"}
    assert cats[hi] == {"medical_necessity"}
    assert plans[wa] == {"medicaid"} and states[wa] == {"WA"} and kinds[wa] == {"initial_denial"}
    assert cats[wa] == {"medical_necessity", "administrative"}
    for t in BLIND48:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND48[0], 5), (BLIND48[1], 8), (BLIND48[2], 8)])
def test_blind48_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- fiftieth blind set (analyzer/samplegen/blind50.py): written without sight of the extractor; measured once ----


def test_blind50_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind50 import STYLES, b50date, parse_blind50_date

    d = dt.date(2026, 3, 14)
    assert b50date(d, "b50wkmdy") == "Sat, Mar 14, 2026" and b50date(d, "b50monthlong") == "March 14, 2026"
    assert b50date(d, "b50ordabbr") == "Mar. 14th, 2026" and b50date(d, "b50ordof") == "14th of March, 2026"
    assert b50date(d, "b50dashcaps") == "14-MAR-2026" and b50date(d, "b50ydot") == "2026.03.14"
    assert b50date(d, "b50mdyy") == "3/14/26" and b50date(dt.date(2025, 9, 3), "b50ordabbr") == "Sept. 3rd, 2025"
    assert b50date(dt.date(2025, 6, 2), "b50dashcaps") == "02-JUN-2025"
    # no set written before blind49-51 (which were written side by side) names a style as this one does
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 49]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b50date, parse_blind50_date, STYLES, d)
    assert parse_blind50_date("the 14th of March, 2026") == d
    assert parse_blind50_date("Fri, Mar 14, 2026") is None and parse_blind50_date("Mar. 14st, 2026") is None
    assert parse_blind50_date("14-Mar-2026") is None and parse_blind50_date("2026.3.14") is None
    assert parse_blind50_date("13/14/26") is None and parse_blind50_date("March 04, 2026") is None


def _b50_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind50_scal_commercial_sinus_surgery_partial_reads_as_its_kind():
    layouts, kits = set(), set()
    for seed in range(21):
        spec = generate(seed, template="blind50_scal_commercial_sinus_surgery_partial")
        tr, txt = spec.truth, norm(spec.text)
        assert (tr["plan_type"], tr["state"], tr["region"]) == ("commercial_hmo", "CA", "Southern California")
        assert tr["letter_kind"] == "partial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert tr["services"][0]["codes"] == ["30520"] and "31276" in codes and {"31255", "31267"} & set(codes)
        kits.add(len(tr["services"]))
        assert [d["codes"] for d in tr["diagnoses"]] == [["J32.9"], ["J34.2"]]
        assert "Lund-Mackay" in txt and "1-800-464-4000" in txt and "ERISA" not in txt
        layouts.add(spec.layout)
        marked = _b50_marked(spec)
        ct = re.search(r"CT (?:report |scan )?of ([A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?, \d{4})", txt)
        assert ct and ct[1] not in marked, (seed, spec.layout)
        if spec.layout == "scal_line_item_status":
            assert re.search(r"^Code Description Status$", spec.text, re.M)
            assert re.search(r"^30520 .+ APPROVED$", spec.text, re.M)
            assert len(re.findall(r"^312\d\d .+ DENIED$", spec.text, re.M)) == len(tr["services"]) - 1
        if spec.layout == "scal_numbered_decision":
            assert all(re.search(rf"^{i}\. ", spec.text, re.M) for i in range(1, 6))
            assert re.search(r"^3\. " + re.escape(tr["denial_reason"][:30]), spec.text, re.M)
        if spec.layout == "scal_fax_to_ent":
            pages = spec.page_texts()
            assert all(re.match(r"\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}  KP SCAL UM ", p) for p in pages)
            assert re.search(r"^Notice date: \d{2}-[A-Z]{3}-\d{4}$", pages[0], re.M)
            assert re.search(rf"^Patient: {re.escape(tr['member']['name'])} MRN: ", pages[0], re.M)
            assert tr["reviewer"] and tr["reviewer"]["phone"] or "process.reviewer_not_physician" in tr["defects"]
            assert re.search(r"cc: " + re.escape(tr["member"]["name"]) + r" \(member", txt)
    assert layouts == {"scal_line_item_status", "scal_numbered_decision", "scal_fax_to_ent"} and len(kits) >= 2


def test_blind50_ga_erisa_dupilumab_formulary_exception_reads_as_its_kind():
    layouts, cats = set(), set()
    for seed in range(21):
        spec = generate(seed, template="blind50_ga_erisa_dupilumab_formulary_exception")
        tr, txt = spec.truth, norm(spec.text)
        assert (tr["plan_type"], tr["state"], tr["region"]) == ("erisa_group", "GA", "Georgia")
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None
        assert len(tr["services"]) == 1 and tr["services"][0]["codes"] == []
        assert re.search(r"dupilumab|dupixent", tr["services"][0]["text"], re.I)
        assert tr["diagnoses"][0]["codes"][0] in ("L20.9", "L20.89")
        assert "502(a)" in txt and "PharmD" in txt and "DMHC" not in txt and "1-888-865-5813" not in txt
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        if tr["reviewer"] and "process.reviewer_not_physician" not in tr["defects"]:
            assert tr["reviewer"]["credentials"] in ("MD", "M.D.", "DO")  # the pharmacist only processed it
            assert not re.search(re.escape(tr["reviewer"]["name"]) + ", PharmD", txt)
        if tr["denial_category"] == "not_covered":
            assert not tr["criteria_cited"] and tr["reviewer"] is None
        if spec.layout == "ga_coverage_form":
            assert re.search(r"^PHARMACY COVERAGE DETERMINATION$", spec.text, re.M) and "[X] Denied" in txt
            assert re.search(r"^Rx BIN / PCN: \d{6} / ", spec.text, re.M) is None  # the BIN shares its row
            assert re.search(r"Rx BIN / PCN: \d{6} / \w+", txt) and re.search(r"Date of notice: \d{2}-[A-Z]{3}-", txt)
            assert re.search(rf"Member name: {re.escape(tr['member']['name'])} Member ID:", txt)
        if spec.layout == "ga_next_steps":
            assert re.search(r"^What you can do next$", spec.text, re.M) and re.search(r"^2\. Appeal\.", spec.text,
                                                                                      re.M)
        if spec.layout == "ga_prescriber_letter":
            assert re.search(r"^Dear Dr\. ", spec.text, re.M) and "NPI 1" in txt
            assert re.search(rf"cc: {re.escape(tr['member']['name'])} \(member\)", txt)
    assert layouts == {"ga_coverage_form", "ga_next_steps", "ga_prescriber_letter"}
    assert cats == {"medical_necessity", "not_covered"}


def test_blind50_hi_ma_acupuncture_visit_limit_reads_as_its_kind():
    layouts, cats, kits = set(), set(), set()
    for seed in range(21):
        spec = generate(seed, template="blind50_hi_ma_acupuncture_visit_limit")
        tr, txt = spec.truth, norm(spec.text)
        assert (tr["plan_type"], tr["state"], tr["region"]) == ("medicare_advantage", "HI", "Hawaii")
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None
        kit = tuple(s["codes"][0] for s in tr["services"])
        assert kit in (("97810",), ("97810", "97811"))
        kits.add(kit)
        assert tr["diagnoses"][0]["codes"][0] in ("M54.50", "M54.59")
        assert "98940" in txt and "97110" in txt and "L.Ac." in txt and "1-800-966-5955" not in txt
        assert "98940" not in [c for s in tr["services"] for c in s["codes"]]
        assert "HICAP" not in txt and "DMHC" not in txt
        cats.add(tr["denial_category"])
        layouts.add(spec.layout)
        if tr["denial_category"] == "medical_necessity" and not tr["defects"]:
            assert tr["criteria_cited"] and "30.3.3" in tr["criteria_cited"][0]
        if spec.layout == "hi_visit_count_table":
            assert re.search(r"^Visit Date of visit Codes billed Count \(12 months\)$", spec.text, re.M)
            rows = re.findall(r"^\d+ (\d{1,2}/\d{1,2}/\d{2}) 97810", spec.text, re.M)
            assert len(rows) in (12, 20) and not set(rows) & _b50_marked(spec)
        if spec.layout == "hi_large_print":
            assert spec.text.startswith("LARGE PRINT NOTICE")
            assert all(r.segs[0].size >= 11 for p in spec.pages for r in p.rows)
        if spec.layout == "hi_tear_off_slip":
            tail = spec.page_texts()[-1]
            assert "tear here" in txt and re.search(r"^RECONSIDERATION REQUEST \(return this part\)$", tail, re.M)
            assert re.search(r"Signature: _+", tail)
    assert layouts == {"hi_visit_count_table", "hi_large_print", "hi_tear_off_slip"}
    assert cats == {"medical_necessity", "not_covered"} and kits == {("97810",), ("97810", "97811")}


def test_blind50_compliant_letters_carry_required_pieces():
    for t in BLIND50:
        for seed in range(4):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt and tr["criteria_cited"]
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "Independent Medical Review" in txt and "6 months" in txt and "1-888-804-3536" in txt
                assert len(re.findall(r"^\S+ \((Spanish|Chinese|Vietnamese|Korean|Armenian|Russian|Farsi|Japanese|"
                                      r"Cambodian|Arabic|Punjabi|Thai)\)|^Tagalog:", spec.text, re.M)) >= 10
                assert len(tr["services"]) >= 2
            elif tr["plan_type"] == "erisa_group":
                assert tr["stated_appeal_deadline_days"] == 180 and "4 months" in txt and "147.136" in txt
                assert "502(a)" in txt and "1-866-444-3272" in txt and "check your plan documents" in txt
                assert "free of charge" in txt and "72 hours" in txt and "Español" in txt
                if tr["denial_category"] == "not_covered":
                    assert "Summary Plan Description, Outpatient Prescription Drug Benefit" in txt
                else:
                    assert tr["criteria_cited"]
            else:
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "Independent Review Entity" in txt
                assert "72 hours" in txt and "1-800-633-4227" in txt and "1-877-486-2048" in txt and "Ilokano" in txt


def test_blind50_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND50}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND50, seeds=15, each=each)
    sc, ga, hi = BLIND50
    assert plans[sc] == {"commercial_hmo"} and states[sc] == {"CA"} and kinds[sc] == {"partial_denial"}
    assert plans[ga] == {"erisa_group"} and states[ga] == {"GA"} and kinds[ga] == {"initial_denial"}
    assert plans[hi] == {"medicare_advantage"} and states[hi] == {"HI"} and kinds[hi] == {"initial_denial"}
    assert cats[sc] == {"medical_necessity"} and cats[ga] == cats[hi] == {"medical_necessity", "not_covered"}
    for t in BLIND50:
        assert len(fmts[t]) >= 2 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND50[0], 7), (BLIND50[1], 7), (BLIND50[2], 7)])
def test_blind50_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least


# --- thirty-second blind set (analyzer/samplegen/blind32.py): written without sight of the extractor; measured once -


def test_blind32_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind32 import STYLES, b32date, parse_blind32_date

    d = dt.date(2026, 3, 5)
    assert b32date(d, "monthe") == "March the 5th, 2026" and b32date(d, "aposyr") == "March 5, '26"
    assert b32date(d, "wkorddmy") == "Thursday 5th March 2026" and b32date(d, "monslash") == "Mar/5/2026"
    assert b32date(d, "yrcomma") == "2026, March 5"
    # no earlier set prints a style of this name (blind31 and blind33 were written beside it, each on its own)
    for name in list(EVALUATION_SETS)[:list(EVALUATION_SETS).index("blind31")]:
        if name != "blind32":
            other = getattr(importlib.import_module(f"analyzer.samplegen.{name}"), "STYLES", ())
            assert not set(STYLES) & set(other), name
    _assert_dates_round_trip(b32date, parse_blind32_date, STYLES, d)
    assert parse_blind32_date("Wednesday 5th March 2026") is None and parse_blind32_date("March the 5rd, 2026") is None
    assert parse_blind32_date("March 5, 2026") is None and parse_blind32_date("Mar/05/2026") == d
    assert parse_blind32_date("Foo/5/2026") is None and parse_blind32_date("2026, Marzo 5") is None


def test_blind32_co_hypoglossal_stimulator_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind32 import parse_blind32_date

    layouts, plans, refs = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind32_co_hypoglossal_stimulator")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["state"] == "CO" and tr["region"] == "Colorado" and tr["urgency"] == "standard"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "experimental_investigational"
        assert tr["services"] == [{"text": tr["services"][0]["text"], "codes": ["64582"]}]
        assert tr["diagnoses"][0]["codes"] == ["G47.33"] and tr["dates"]["service"] is None
        assert tr["requesting_provider"] and tr["criteria_cited"]
        layouts.add(spec.layout)
        plans.add(tr["plan_type"])
        # the plan's own cues say which plan it is
        assert ("ERISA" in txt and "502(a)" in txt and "Summary Plan Description" in txt) == \
            (tr["plan_type"] == "erisa_group")
        assert ("Evidence of Coverage" in txt) == (tr["plan_type"] == "commercial_hmo")
        # three superscript reference numbers in the reasoning, none inside the reason; a numbered reference list
        assert all(m in spec.text for m in "\u00b9\u00b2\u00b3") and not re.search("[\u00b9\u00b2\u00b3]",
                                                                                  tr["denial_reason"])
        years = re.findall(r"\b(2013|2014|2016)\b[;). ]", spec.text)
        assert len(set(years)) == 3 and re.search(r"139-(149|49)|139\u2013149", spec.text)
        refs.add(re.search(r"^(\[1\]|1\.|1\)) ", spec.text.replace("\f", "\n"), re.M)[1])
        assert re.search(r"BMI|body mass index|apnea-hypopnea|AHI|concentric", tr["denial_reason"])
        # the sleep study and the endoscopy are earlier events, never truth dates
        marked = {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}
        m = re.search(r"(?:sleep study|apnea test) (?:of (.+?), read by|done on (.+?) \(AHI)", txt)
        earlier = m[1] or m[2]
        assert earlier not in marked
        first = dt.date.fromisoformat(tr["dates"]["request_received"] or tr["dates"]["letter"])
        assert parse_blind32_date(earlier) < first
        if "process.decision_untimely" not in tr["defects"] and tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days <= 15
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        assert "DMHC" not in txt and "1-800-464-4000" not in txt and "303-894-7490" not in txt
        if spec.layout == "co_memo_endnotes":
            assert re.search(r"^(Notes|Endnotes)", spec.page_texts()[-1].split("\n", 1)[0]) or \
                re.search(r"^(Notes|Endnotes)", spec.page_texts()[-1], re.M)
        if spec.layout == "co_footnote_band":
            pg = [k for k, p in enumerate(spec.page_texts()) if "Upper-airway stimulation for obstructive" in p][0]
            assert "appeal" not in spec.page_texts()[pg].lower() and "appeal" in spec.page_texts()[pg + 1].lower()
    assert layouts == {"co_academic_letter", "co_memo_endnotes", "co_footnote_band"}
    assert plans == {"commercial_hmo", "erisa_group"} and refs == {"[1]", "1.", "1)"}


def test_blind32_nw_home_health_ending_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind32 import parse_blind32_date

    layouts, states, provided, kept = set(), set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind32_nw_home_health_ending")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["region"] == "Northwest"
        assert tr["letter_kind"] == "termination_notice" and tr["denial_category"] == "medical_necessity"
        assert tr["urgency"] == "standard" and tr["dates"]["service"] is None
        assert sorted(c for s in tr["services"] for c in s["codes"]) == ["G0151", "G0299"]
        states.add(tr["state"])
        layouts.add(spec.layout)
        provided.add(tr["requesting_provider"] is not None)
        assert (tr["requesting_provider"] is None) == (tr["dates"]["request_received"] is None)
        # the last covered day is printed on an underlined field and is later than the notice date
        end = parse_blind32_date(re.search(r"^Your services end after: (.+)$", spec.text, re.M)[1])
        assert end > dt.date.fromisoformat(tr["dates"]["letter"])
        assert end.isoformat() not in tr["dates"].values()
        # the notice date appears on the form and again on the slip, both marked
        assert len(spec.spans("DATE_LETTER")) >= 2
        keep = re.search(r"(G0155|G0156)", spec.text)
        kept.add(bool(keep))
        assert "1-800-813-2000" not in txt and "1-888-901-4600" not in txt and "1-800-443-0815" not in txt
        assert "1-800-MEDICARE" in txt and "1-877-486-2048" in txt
        assert re.search(r"- - - (detach here|tear along this line|cut here) - - -", txt)
        if "notice.expedited_review" not in tr["defects"]:
            assert "72 hours" in txt and re.search(r"request for fast appeal", txt, re.I)
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65) and "from the date of this notice" in txt
        if tr["state"] == "WA":
            assert re.search(r"\b(Vancouver|Camas|Battle Ground|Longview|Washougal|Ridgefield), WA", spec.text)
    assert layouts == {"nw_fill_in_form", "nw_form_sections", "nw_cover_and_form"}
    assert states == {"OR", "WA"} and provided == {True, False} and kept == {True, False}
    spec = generate(2, template="blind32_nw_home_health_ending", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]
    spec = generate(2, template="blind32_nw_home_health_ending", defects=["medicare.internal_criteria"])
    assert "Part 409" not in spec.text and "Kaiser" in spec.truth["criteria_cited"][0] + "KPNW"


def test_blind32_nca_extension_portal_print_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen import dates as D
    from analyzer.samplegen.blind32 import parse_blind32_date

    layouts, codes, revs = set(), set(), set()
    for seed in range(40):
        spec = generate(seed, template="blind32_nca_extension_portal_print")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "delay_notice" and tr["denial_category"] == "administrative"
        assert tr["urgency"] == "standard" and tr["dates"]["decision"] is None and tr["dates"]["service"] is None
        assert tr["stated_appeal_deadline_days"] is None and tr["requesting_provider"]
        assert tr["services"][0]["codes"] == ["93656"] and tr["diagnoses"][0]["codes"][0].startswith("I48")
        layouts.add(spec.layout)
        codes.add(tuple(c for s in tr["services"] for c in s["codes"]))
        revs.add(tr["reviewer"] is not None)
        letter = dt.date.fromisoformat(tr["dates"]["letter"])
        # the browser header and footer on every page; the print stamp is later than the letter and no truth date
        pages = spec.page_texts()
        assert pages[0].count("Page 1 of") == 1  # one page when the defects have taken out the long statements
        for k, p in enumerate(pages, 1):
            m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{2}), \d{1,2}:\d{2} (AM|PM) ", p)
            assert m, (seed, p[:60])
            printed = dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
            assert printed > letter
            assert re.search(rf"https://healthy\.kaiserpermanente\.org/\S+ +Page {k} of {len(pages)}$", p)
        assert re.search(r"^Sent:? ", spec.text, re.M) and re.search(r"^(Subject:? |Subject )", spec.text, re.M)
        sent = re.search(r"^Sent:? (.+?) \d{1,2}:\d{2} (AM|PM)$", spec.text, re.M)[1]
        assert parse_blind32_date(sent) == letter
        if tr["dates"]["request_received"]:
            assert D.business_between(dt.date.fromisoformat(tr["dates"]["request_received"]), letter) <= 5
        if "notice.delay_requirements" not in tr["defects"]:
            due = re.search(r"send (?:this|the information) by (.+?)\.", txt)[1]
            m = re.search(r"(?:decision by (.+?)\.|no later than (.+?), and tell)", txt)
            exp = m[1] or m[2]
            assert letter < parse_blind32_date(due) < parse_blind32_date(exp)
            assert re.search(r"^1\. ", spec.text, re.M)
        else:
            assert "no later than" not in txt and "We expect" not in txt
        if "notice.dmhc_statement" not in tr["defects"]:
            assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "Independent Medical Review" in txt
        if spec.layout == "nca_portal_thread":
            assert re.search(r"^From: " + re.escape(tr["member"]["name"]), spec.text, re.M)
    assert layouts == {"nca_portal_message", "nca_portal_thread", "nca_portal_attachment"}
    assert codes == {("93656",), ("93656", "93657")} and revs == {True, False}


def test_blind32_compliant_letters_carry_required_pieces():
    for t in BLIND32:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert "Habla español" in txt
            assert re.search(r"cop(y|ies)", txt.lower()) or tr["letter_kind"] == "delay_notice"
            if tr["plan_type"] == "medicare_advantage":
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "72 hours" in txt
                assert "Independent Review Entity" in txt and "1-800-MEDICARE" in txt and tr["criteria_cited"]
            elif tr["state"] == "CO":
                assert tr["stated_appeal_deadline_days"] == 180 and "72 hours" in txt and "4 months" in txt
                assert "independent review organization" in txt and "Colorado Division of Insurance" in txt
                if tr["plan_type"] == "erisa_group":
                    assert "1-866-444-3272" in txt and "check your plan documents" in txt
            else:
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "Independent Medical Review" in txt and "grievance" in txt and "72 hours" in txt


def test_blind32_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND32}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND32, each=each)
    co, nw, nca = BLIND32
    assert plans[co] == {"commercial_hmo", "erisa_group"} and states[co] == {"CO"} and kinds[co] == {"initial_denial"}
    assert cats[co] == {"experimental_investigational"} and urg[co] == {"standard"}
    assert plans[nw] == {"medicare_advantage"} and states[nw] == {"OR", "WA"} and kinds[nw] == {"termination_notice"}
    assert cats[nw] == {"medical_necessity"} and urg[nw] == {"standard"}
    assert plans[nca] == {"commercial_hmo"} and states[nca] == {"CA"} and kinds[nca] == {"delay_notice"}
    assert cats[nca] == {"administrative"} and urg[nca] == {"standard"}
    for t in BLIND32:
        assert len(fmts[t]) >= 4 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and len(pages) >= 2


@pytest.mark.parametrize("template", BLIND32)
def test_blind32_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = []
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted.append(d)
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    # a delay notice can carry only the catalogue's three delay-notice rules for a California HMO
    if template == "blind32_nca_extension_portal_print":
        assert planted == ["notice.delay_requirements", "notice.dmhc_statement", "notice.language_assistance"]
    else:
        assert len(planted) >= 7


# --- thirty-fourth blind set (analyzer/samplegen/blind34.py): written without sight of the extractor; measured once -


def test_blind34_dates_read_back():
    import datetime as dt

    from analyzer.samplegen.blind34 import STYLES, b34date, parse_blind34_date

    d = dt.date(2026, 3, 4)
    assert b34date(d, "dotmdy") == "3.4.2026" and b34date(d, "dmonsp") == "04 MAR 2026"
    assert b34date(d, "monnocomma") == "March 4 2026" and b34date(d, "dowslash") == "Wed. 3/4/2026"
    assert b34date(d, "dotmdyy") == "3.4.26" and b34date(d, "faxcaps") == "MAR-04-2026"
    assert b34date(d, "aposnc") == "Mar 4 '26"
    _assert_dates_round_trip(b34date, parse_blind34_date, STYLES, d)
    assert _B34_DATE.fullmatch(b34date(d, "dowslash")) and all(_B34_DATE.fullmatch(b34date(d, x)) for x in STYLES)
    assert parse_blind34_date("Thu. 3/4/2026") is None and parse_blind34_date("03.04.2026") is None
    assert parse_blind34_date("04MAR2026") is None and parse_blind34_date("Mar 4 2026") is None
    assert parse_blind34_date("3.04.26") is None and parse_blind34_date("Mar. 4 '26") is None
    assert parse_blind34_date("March 4, 2026") is None and parse_blind34_date("04-Mar-2026") is None


_B34_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b|\d{2} [A-Z]{3} \d{4}|[A-Z][a-z]+ \d{1,2} \d{4}"
                       r"|[A-Z][a-z]{2} \d{1,2} '\d{2}"
                       r"|[A-Z][a-z]{2}\. \d{1,2}/\d{1,2}/\d{4}|[A-Z]{3}-\d{2}-\d{4}")


def _b34_dates_after(text: str, lead: str):
    """The dates (of this set's styles) printed right after one of the words in ``lead``."""
    return [m[1] for m in re.finditer(rf"(?:{lead}) ({_B34_DATE.pattern})", text)]


def _b34_marked_dates(spec) -> set[str]:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


def test_blind34_ga_commercial_gender_affirming_reads_as_its_kind():
    from analyzer.samplegen.blind34 import parse_blind34_date

    layouts, cats, urg = set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind34_ga_commercial_gender_affirming")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "GA" and tr["region"] == "Georgia"
        assert tr["letter_kind"] == "initial_denial" and tr["dates"]["service"] is None and tr["requesting_provider"]
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        urg.add(tr["urgency"])
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert 1 <= len(codes) <= 2 and set(codes) <= {"21137", "21209", "21120", "30400"}
        assert {d["codes"][0] for d in tr["diagnoses"]} <= {"F64.0", "F64.9", "Z87.890"}
        assert "99244" in txt and "99244" not in codes  # the covered consultation is never an item
        assert "404-365-0966" in txt and "1-888-865-5813" not in txt  # no unverified Member Services number
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        first = tr["dates"]["request_received"] or tr["dates"]["letter"]
        seen = _b34_dates_after(txt, r"consultation note of|plastic surgery on|dated|written on")
        assert seen or spec.layout == "ga_two_columns"  # two columns read across: a lead and its date may part
        for v in seen:  # the consultation and the support letter came before the request; never truth
            assert parse_blind34_date(v).isoformat() < first and norm(v) not in _b34_marked_dates(spec), (seed, v)
        page1 = spec.page_texts()[0]
        if spec.layout == "ga_two_columns":
            # two columns: some printed row joins a left-column line and a right-column line; the reason is whole
            assert any(len(r.segs) == 2 for r in spec.pages[0].rows[4:]) and norm(tr["denial_reason"]) in txt
        notes = tr["criteria_cited"] or "notice.external_review" not in tr["defects"] or (
            tr["denial_category"] == "not_covered" and "notice.plan_provision" not in tr["defects"])
        if spec.layout == "ga_footnotes" and notes:
            assert "\u00b9" in page1
            assert re.search(r"(?m)^[\u00b9\u00b2] ", page1)  # the notes sit at the foot of page 1
            if "notice.external_review" not in tr["defects"]:
                assert re.search(r"(?m)^[\u00b9\u00b2] [^\n]*147\.136", page1)
        if spec.layout == "ga_glance_table":
            assert "at a glance" in page1[:400] and page1.index("glance") < page1.index("Dear")
            assert "Appeal by" in page1
    assert layouts == {"ga_two_columns", "ga_footnotes", "ga_glance_table"}
    assert cats == {"not_covered", "medical_necessity"} and urg == {"standard", "expedited"}
    spec = generate(2, template="blind34_ga_commercial_gender_affirming", defects=["notice.reason_specific"])
    assert len(spec.truth["denial_reason"].split()) <= 9 and not spec.truth["criteria_cited"]


def test_blind34_scal_dsnp_integrated_notice_reads_as_its_kind():
    import datetime as dt

    layouts, urg, what = set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind34_scal_dsnp_integrated_notice")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["letter_kind"] == "initial_denial" and tr["denial_category"] == "medical_necessity"
        layouts.add(spec.layout)
        urg.add(tr["urgency"])
        codes = tuple(sorted(c for s in tr["services"] for c in s["codes"]))
        assert codes in {("E0260",), ("E0277",), ("E0184",), ("E0260", "E0277"), ("E0184", "E0260")}, codes
        what.add(codes)
        assert "E0185" not in codes and "Medi-Cal" in txt and "D-SNP" in txt
        assert "1-888-466-2219" not in txt and "Department of Managed Health Care" not in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 65
        if "E0277" in codes:
            assert "L89.152" in {d["codes"][0] for d in tr["diagnoses"]}
        if "process.decision_untimely" in tr["defects"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            lim = 3 if tr["urgency"] == "expedited" else 14
            assert (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days > lim
        if spec.layout == "dsnp_form":
            assert "[X] Denied" in txt and "[ ] Approved" in txt and "Date of this notice:" in txt
            assert ("[X] Fast" in txt) == (tr["urgency"] == "expedited")
        if spec.layout == "dsnp_fax_copy":
            pages = spec.page_texts()
            assert "FAX TRANSMITTAL" in pages[0] and len(pages) == tr["pages"] >= 2
            for k, p in enumerate(pages, 1):  # the fax line opens every page, with its page count
                assert re.match(rf"[A-Z]{{3}}-\d{{2}}-\d{{4}} \d{{2}}:\d{{2}}[AP]M .* P\. {k}/{len(pages)}", p), p[:90]
            fax_day = re.match(r"\S+", pages[0])[0]
            assert norm(fax_day) not in _b34_marked_dates(spec)
    assert layouts == {"dsnp_form", "dsnp_plain_letter", "dsnp_fax_copy"} and urg == {"standard", "expedited"}
    assert len(what) >= 4
    spec = generate(2, template="blind34_scal_dsnp_integrated_notice", defects=["medicare.internal_criteria"])
    assert spec.truth["criteria_cited"] and "Local Coverage Determination" not in spec.text


def test_blind34_nw_commercial_fertility_preservation_reads_as_its_kind():
    from analyzer.samplegen.blind34 import parse_blind34_date

    layouts, cats, urg, states = set(), set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind34_nw_commercial_fertility_preservation")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "commercial_hmo" and tr["region"] == "Northwest"
        assert tr["letter_kind"] == "initial_denial" and tr["requesting_provider"]
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        urg.add(tr["urgency"])
        states.add(tr["state"])
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes <= {"58970", "89337", "89346", "89258", "89259", "89343"} and codes
        dx = {d["codes"][0] for d in tr["diagnoses"]}
        assert "Z31.84" in dx and len(dx) == 2 and all(c[0] in "CZ" for c in dx)
        assert not codes & {"89320", "83520"} and ("89320" in txt or "83520" in txt)  # the lab test is no item
        assert "1-800-813-2000" not in txt  # the catalogue does not verify the Northwest number
        assert ("Oregon Division" in txt) == (tr["state"] == "OR" and "notice.consumer_assistance" not in tr["defects"])
        if tr["urgency"] == "expedited":
            assert re.search(r"\d{1,2}:\d{2} [ap]\.m\.", txt)  # the call to the care team
        first = tr["dates"]["request_received"] or tr["dates"]["letter"]
        seen = _b34_dates_after(txt, r"visit note of|, on|done on|\) of")
        assert len(seen) == 2, (seed, seen)
        for v in seen:  # the oncology visit and the lab test came before the request; never truth
            assert parse_blind34_date(v).isoformat() <= first and norm(v) not in _b34_marked_dates(spec), (seed, v)
        for v in _b34_dates_after(txt, r"begin on|start around|planned for"):  # treatment starts later
            assert parse_blind34_date(v).isoformat() > tr["dates"]["letter"], (seed, v)
        if spec.layout == "nw_reply_slip":
            assert "cut here" in txt and "Signature: Date:" in spec.text and "APPEAL" in txt.upper()
            assert txt.index("cut here") > txt.index(norm(tr["denial_reason"]))
        if spec.layout == "nw_questions":
            for q in ("What did you ask for?", "What did we decide?", "Why?"):
                assert q in spec.text
            assert "Dear" not in spec.text
        if spec.layout == "nw_status_block":
            assert spec.text.startswith("STATUS: DENIED   REF #: ")
            m = re.search(r"LETTER DATE: (\S+)", spec.text)
            assert parse_blind34_date(m[1]).isoformat() == tr["dates"]["letter"]
            if tr["dates"]["request_received"]:
                m = re.search(r"RECEIVED: (\S+)", spec.text)
                assert parse_blind34_date(m[1]).isoformat() == tr["dates"]["request_received"]
    assert layouts == {"nw_reply_slip", "nw_questions", "nw_status_block"} and states == {"OR", "WA"}
    assert cats == {"not_covered", "medical_necessity"} and urg == {"standard", "expedited"}


def test_blind34_compliant_letters_carry_required_pieces():
    for t in BLIND34:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            assert re.search(r"free|no charge|no cost", txt) and "Español" in txt
            if tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "147.136" in txt and "4 months" in txt and "72 hours" in txt and "30 days" in txt
                assert "Commissioner of Insurance" in txt or "Division of Financial Regulation" in txt \
                    or "Office of the Insurance Commissioner" in txt
                assert "codes" in txt
                if tr["denial_category"] == "not_covered":
                    assert "Evidence of Coverage" in txt
                else:
                    assert tr["criteria_cited"]
            else:
                assert tr["stated_appeal_deadline_days"] == 65 and "Independent Review Entity" in txt
                assert "State Hearing" in txt and "120 days" in txt and "(800) 743-8525" in txt
                assert "72 hours" in txt and "1-800-633-4227" in txt and "1-800-434-0222" in txt
                assert all("Medicare" in c for c in tr["criteria_cited"]) and tr["criteria_cited"]


def test_blind34_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND34}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND34, seeds=30, each=each)
    ga, ds, nw = BLIND34
    assert plans[ga] == {"commercial_hmo"} and states[ga] == {"GA"} and kinds[ga] == {"initial_denial"}
    assert cats[ga] == {"not_covered", "medical_necessity"} and urg[ga] == {"standard", "expedited"}
    assert plans[ds] == {"medicare_advantage"} and states[ds] == {"CA"} and kinds[ds] == {"initial_denial"}
    assert cats[ds] == {"medical_necessity"} and urg[ds] == {"standard", "expedited"}
    assert plans[nw] == {"commercial_hmo"} and states[nw] == {"OR", "WA"} and kinds[nw] == {"initial_denial"}
    assert cats[nw] == {"not_covered", "medical_necessity"} and urg[nw] == {"standard", "expedited"}
    for t in BLIND34:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and len(pages) >= 2


@pytest.mark.parametrize("template", BLIND34)
def test_blind34_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 7


# --- thirty-fifth blind set (analyzer/samplegen/blind35.py): written without sight of the extractor; measured once -


def _b35_read(spec) -> str:
    return norm(spec.text.replace("\f", " "))


def test_blind35_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind35 import STYLES, b35date, parse_blind35_date

    d = dt.date(2026, 3, 14)
    assert b35date(d, "dashcaps4") == "14-MAR-2026" and b35date(d, "ymddot") == "2026.03.14"
    assert b35date(d, "mdot") == "3.14.2026" and b35date(d, "abbrord") == "Mar. 14th, 2026"
    assert b35date(dt.date(2026, 5, 2), "abbrord") == "May 2nd, 2026"
    assert b35date(d, "theof") == "the 14th of March, 2026" and b35date(dt.date(2026, 3, 2), "wkslashyy") == "Mon 3/2/26"
    assert b35date(d, "zh_ymd") == "2026年3月14日" and b35date(d, "vi_ngay") == "ngày 14 tháng 3 năm 2026"
    # no earlier set prints a style of this name
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and n != "blind35"]:
        other = getattr(importlib.import_module(f"analyzer.samplegen.{name}"), "STYLES", ())
        assert not set(STYLES) & set(other), name
    _assert_dates_round_trip(b35date, parse_blind35_date, STYLES, d)
    assert parse_blind35_date("Tue 3/2/26") is None and parse_blind35_date("May. 2nd, 2026") is None
    assert parse_blind35_date("the 14rd of March, 2026") is None and parse_blind35_date("14-Mar-2026") is None
    assert parse_blind35_date("13.14.2026") is None and parse_blind35_date("2026.02.30") is None
    assert parse_blind35_date("March 14, 2026") is None and parse_blind35_date("03/14/2026") is None


def test_blind35_nca_medi_cal_speech_therapy_termination_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen import dates as D
    from analyzer.samplegen.blind35 import parse_blind35_date

    layouts, lines, why = set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind35_nca_medi_cal_speech_therapy_termination")
        tr, txt = spec.truth, _b35_read(spec)
        assert tr["plan_type"] == "medi_cal" and tr["state"] == "CA" and tr["region"] == "Northern California"
        assert tr["letter_kind"] == "termination_notice" and tr["urgency"] == "standard"
        assert tr["denial_category"] == "medical_necessity" and tr["dates"]["service"] is None
        assert "CCC-SLP" in tr["requesting_provider"]
        layouts.add(spec.layout)
        codes = tuple(sorted(c for s in tr["services"] for c in s["codes"]))
        lines.add(codes)
        assert codes in (("92507",), ("92526",), ("92507", "92526")), codes
        assert all(d["codes"][0][:3] in ("F80", "R13") for d in tr["diagnoses"])
        # the child is the member: named on the Re:/Member line; the parent addressed shares the family name only
        member = tr["member"]["name"]
        assert re.search(rf"(Re: |Member: |Member \(child\) ){re.escape(member)}", txt)
        if "notice.reason_specific" not in tr["defects"]:
            assert member.split()[0] in tr["denial_reason"]
            why.add("goal" if "goal" in tr["denial_reason"] and "met" in tr["denial_reason"] else "plateau")
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 60
        assert "State Hearing" in txt and "(800) 743-8525" in txt and "120 days" in txt
        if tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            assert D.business_between(dt.date.fromisoformat(tr["dates"]["request_received"]), end) <= 5
        # the last covered day is later than the notice; the therapy start, report and session dates are earlier
        m = re.search(r"(?:last covered day is|Our approval ends after|Last covered day) (.+?\d{4})(?!\d)",
                      txt)
        assert m and parse_blind35_date(m[1]) > dt.date.fromisoformat(tr["dates"]["letter"]), (seed, m and m[1])
        if spec.layout == "nca_noa_rights_page":
            assert "Field Information Field Information" in spec.text
            assert any(p.lstrip().startswith(("YOUR RIGHTS", "Your Rights")) for p in spec.page_texts()[1:])
        if spec.layout == "nca_large_print":
            assert all(seg.size >= 12 for pg in spec.pages for r in pg.rows[3:] for seg in r.segs
                       if r.text and "page" not in r.text.lower() and "|" not in r.text and "–" not in r.text[-6:])
        if spec.layout == "nca_bilingual_header":
            page1 = spec.page_texts()[0]
            assert ("行動通知書" in page1) or ("THÔNG BÁO" in page1)
            assert len(spec.spans("DATE_LETTER")) >= 2
            assert len({parse_blind35_date(x) for x in spec.spans("DATE_LETTER")}) == 1
        if "notice.language_assistance" not in tr["defects"]:
            assert len(re.findall(r"\(TTY 711\)", norm(spec.page_texts()[-1]))) >= 14
    assert layouts == {"nca_noa_rights_page", "nca_large_print", "nca_bilingual_header"}
    assert {("92507",), ("92526",)} <= lines and why == {"goal", "plateau"}


def test_blind35_co_ma_part_b_step_therapy_reads_as_its_kind():
    import datetime as dt

    layouts, cats, drugs = set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind35_co_ma_part_b_step_therapy")
        tr, txt = spec.truth, _b35_read(spec)
        assert tr["plan_type"] == "medicare_advantage" and tr["state"] == "CO" and tr["region"] == "Colorado"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard" and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        assert [len(s["codes"]) for s in tr["services"]] == [1]
        drugs.add(tr["services"][0]["codes"][0])
        assert tr["services"][0]["codes"][0] in ("J0897", "J3111")
        assert all(d["codes"][0][:3] in ("M81", "M80") for d in tr["diagnoses"])
        assert "303-338-3800" in txt and "1-800-633-4227" in txt and "DMHC" not in txt
        assert "1-800-443-0815" not in txt  # the California Senior Advantage line is not Colorado's
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] in (60, 65)
        if tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            late = (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days
            assert (late >= 18) == ("process.decision_untimely" in tr["defects"])
        if tr["denial_category"] == "medical_necessity" and tr["criteria_cited"]:
            internal = "medicare.internal_criteria" in tr["defects"]
            assert ("Chapter 15" in tr["criteria_cited"][0]) != internal
        if tr["denial_category"] == "not_covered":
            assert not tr["criteria_cited"]
        if spec.layout == "co_drug_table":
            assert re.search(r"^Drug or service Code Dose Units Decision$", spec.text, re.M)
            assert re.search(r" Approved$", spec.text, re.M) and not any(
                c in ("77080", "82306") for s in tr["services"] for c in s["codes"])
        if spec.layout == "co_pharmacy_mono":
            assert all(seg.font.startswith("Courier") for pg in spec.pages for r in pg.rows for seg in r.segs
                       if not r.text.startswith(("PB-", "Ref ", "Kaiser Permanente Senior")) and not seg.font.startswith("SG"))
            assert "PRINT DATE:" in spec.text and "TIME:" in spec.text and "NOTICE DATE" in spec.text
        if spec.layout == "co_cms_style_notice":
            assert re.search(r"^(Why did we deny your request\?|Why we said no)$", spec.text, re.M)
    assert layouts == {"co_cms_style_notice", "co_drug_table", "co_pharmacy_mono"}
    assert cats == {"medical_necessity", "not_covered"} and drugs == {"J0897", "J3111"}


def test_blind35_hi_commercial_hyperbaric_oxygen_reads_as_its_kind():
    import datetime as dt

    from analyzer.samplegen.blind35 import parse_blind35_date

    layouts, cats = set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind35_hi_commercial_hyperbaric_oxygen")
        tr, txt = spec.truth, _b35_read(spec)
        assert tr["plan_type"] == "commercial_hmo" and tr["state"] == "HI" and tr["region"] == "Hawaii"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard" and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        codes = {c for s in tr["services"] for c in s["codes"]}
        assert codes and codes <= {"99183", "G0277"}
        dx = [d["codes"][0] for d in tr["diagnoses"]]
        if tr["denial_category"] == "medical_necessity":
            assert dx[0] == "E11.621" and dx[1][:3] == "L97"
        else:
            assert dx[0] in ("F07.81", "G93.32", "I69.398") and tr["criteria_cited"]
        assert "1-800-966-5955" not in txt and "DMHC" not in txt and "(808) 586-2790" not in txt
        if "notice.appeal_deadline" not in tr["defects"]:
            assert tr["stated_appeal_deadline_days"] == 180
        if tr["dates"]["request_received"]:
            end = dt.date.fromisoformat(tr["dates"]["decision"] or tr["dates"]["letter"])
            late = (end - dt.date.fromisoformat(tr["dates"]["request_received"])).days
            assert (late > 15) == ("process.decision_untimely" in tr["defects"])
        if spec.layout == "hi_fax_cover":
            page1 = spec.page_texts()[0]
            assert page1.splitlines()[1] == "FAX" and "CONFIDENTIALITY NOTICE" in page1
            assert tr["member"]["name"] in page1 and tr["requesting_provider"] in page1
            n = len(spec.page_texts())
            assert f"Pages: {n} (including cover)" in page1
            for k, p in enumerate(spec.page_texts(), 1):
                assert p.splitlines()[0].endswith(f"P. {k}/{n}")
        if spec.layout == "hi_criteria_table" and "notice.reason_specific" not in tr["defects"]:
            assert re.search(r"^Criteria Your records$", spec.text, re.M)
        if spec.layout == "hi_short_dates":
            for lab in ("DATE_RECEIVED", "DATE_DECISION"):
                for v in spec.spans(lab):
                    assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}/\d{1,2}/\d{2}", norm(v)) and parse_blind35_date(v)
    assert layouts == {"hi_fax_cover", "hi_criteria_table", "hi_short_dates"}
    assert cats == {"medical_necessity", "experimental_investigational"}


def test_blind35_compliant_letters_carry_required_pieces():
    for t in BLIND35:
        for seed in range(6):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, _b35_read(spec)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "medi_cal":
                assert "1-888-466-2219" in txt and "1-877-688-9891" in txt and "www.dmhc.ca.gov" in txt
                assert "Independent Medical Review" in txt and "State Hearing" in txt and "10 days" in txt
                assert tr["stated_appeal_deadline_days"] == 60 and "1-888-452-8609" in txt and "ESPAÑOL" in txt
                assert tr["reviewer"] is None or tr["reviewer"]["credentials"] in ("MD", "M.D.", "DO")
            if tr["plan_type"] == "medicare_advantage":
                assert "Independent Review Entity" in txt and "72 hours" in txt and "1-877-486-2048" in txt
                assert tr["stated_appeal_deadline_days"] in (60, 65) and "ESPAÑOL" in txt
                if tr["denial_category"] == "medical_necessity":
                    assert "Chapter 15" in txt
            if tr["plan_type"] == "commercial_hmo":
                assert tr["stated_appeal_deadline_days"] == 180 and "independent review organization" in txt
                assert "147.136" in txt and "72 hours" in txt and "Hawaii Insurance Division" in txt
                assert "ILOKANO" in txt and "copies" in txt


def test_blind35_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND35}
    pages = set()

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        pages.add(tr["pages"])
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND35, seeds=24, each=each)
    nca, co, hi = BLIND35
    assert plans[nca] == {"medi_cal"} and states[nca] == {"CA"} and kinds[nca] == {"termination_notice"}
    assert cats[nca] == {"medical_necessity"}
    assert plans[co] == {"medicare_advantage"} and states[co] == {"CO"} and kinds[co] == {"initial_denial"}
    assert cats[co] == {"medical_necessity", "not_covered"}
    assert plans[hi] == {"commercial_hmo"} and states[hi] == {"HI"} and kinds[hi] == {"initial_denial"}
    assert cats[hi] == {"medical_necessity", "experimental_investigational"}
    for t in BLIND35:
        assert urg[t] == {"standard"} and len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False} and len(pages) >= 2


@pytest.mark.parametrize("template", BLIND35)
def test_blind35_every_defect_is_planted_or_refused(template):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    from analyzer.samplegen import DEFECTS

    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= 5


# --- forty-first blind set (analyzer/samplegen/blind41.py): written without sight of the extractor; measured once --


def test_blind41_dates_read_back():
    import datetime as dt
    import importlib

    from analyzer.samplegen.blind41 import STYLES, b41date, parse_blind41_date

    d = dt.date(2026, 3, 5)
    assert b41date(d, "wkmonpt") == "Thursday, Mar. 5, 2026" and b41date(d, "wkfullslash") == "Thursday, 03/05/2026"
    assert b41date(d, "ymondash") == "2026-Mar-05" and b41date(d, "monthord") == "Mar 5th, 2026"
    assert b41date(d, "capswkmon") == "THU, MAR 5, 2026" and b41date(dt.date(2025, 12, 22), "monthord") == "Dec 22nd, 2025"
    # no earlier blind set names a style as this one does (blind40-42 are written side by side)
    for name in [n for n in EVALUATION_SETS if n.startswith("blind") and int(n[5:] or 1) < 40]:
        mod = importlib.import_module(f"analyzer.samplegen.{name}")
        for attr in ("STYLES", "STYLES_ES", "STYLES_EN", "ES_STYLES", "EN_STYLES", "ALL_STYLES"):
            assert not set(STYLES) & set(getattr(mod, attr, ())), (name, attr)
    _assert_dates_round_trip(b41date, parse_blind41_date, STYLES, d)
    assert parse_blind41_date("Friday, Mar. 5, 2026") is None and parse_blind41_date("Friday, May. 1, 2026") is None
    assert b41date(dt.date(2026, 5, 1), "wkmonpt") == "Friday, May 1, 2026" and parse_blind41_date("Mar 5rd, 2026") is None
    assert parse_blind41_date("Wednesday, 03/05/2026") is None and parse_blind41_date("2026-Foo-05") is None
    assert parse_blind41_date("FRI, MAR 5, 2026") is None and parse_blind41_date("March 5, 2026") is None


def _b41_marked(spec) -> set:
    return {norm(v) for lab in DATE_LABELS for v in spec.spans(lab)}


_B41_DAY = r"([A-Z][a-z]+, [A-Z][a-z]{2}\.? \d{1,2}, \d{4}|[A-Z][a-z]+, \d{2}/\d{2}/\d{4}|\d{4}-[A-Z][a-z]{2}-\d{2}|" \
           r"[A-Z][a-z]{2} \d{1,2}(?:st|nd|rd|th), \d{4}|[A-Z]{3}, [A-Z]{3} \d{1,2}, \d{4})"


def test_blind41_scal_medi_cal_power_wheelchair_modified_reads_as_its_kind():
    from analyzer.samplegen.blind41 import parse_blind41_date

    layouts, codes_seen, dxs = set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind41_scal_medi_cal_power_wheelchair_modified")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "medi_cal" and tr["state"] == "CA" and tr["region"] == "Southern California"
        assert tr["letter_kind"] == "partial_denial" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["requesting_provider"]
        layouts.add(spec.layout)
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert len(codes) == 3 and codes[0] in ("K0861", "K0823")
        codes_seen.add(codes[0])
        dxs.add(tr["diagnoses"][0]["codes"][0])
        # the accessories approved as asked are printed and listed too (the devset's convention); the manual chair
        # approved in its place is printed, never listed
        assert codes[1:] == ["E2603", "E0978"]
        assert "K0005" in txt and "E2603" in txt and "E0978" in txt
        assert "State Hearing" in txt and "(800) 743-8525" in txt and "1-888-452-8609" in txt and "ERISA" not in txt
        marked = _b41_marked(spec)
        for m in re.finditer(r"(?:home visit of |visited the home on |assessment findings \(|mobility evaluation, "
                             r"|seating clinic note of |evaluation \()" + _B41_DAY, txt):
            day = parse_blind41_date(m[1])
            assert day and norm(m[1]) not in marked and day.isoformat() < tr["dates"]["letter"], (seed, m[1])
        page1 = spec.page_texts()[0]
        if spec.layout == "scal_noa_modify_form":
            assert re.search(r"^Item Requested Approved$", spec.text, re.M)
            assert re.search(rf"^Wheelchair base {codes[0]} .+ K0005 Ultralightweight manual wheelchair$", spec.text,
                             re.M)
            m = re.search(r"^Date of notice: (.+) Notice no\.: ", page1, re.M)
            assert m and m[1] == spec.spans("DATE_LETTER")[0]
        if spec.layout == "scal_to_conservator_or_parent":
            assert re.search(rf"^(Conservator of the person of|Parent or guardian of|Parent of) "
                             rf"{re.escape(tr['member']['name'])}$", page1, re.M)
            lines = page1.split("\n")
            addressee = lines[lines.index(spec.spans("DATE_LETTER")[0]) + 1]
            assert tr["member"]["name"] not in addressee
            assert not re.search(r"\byou\b|\byour\b", tr["denial_reason"]) or "notice.reason_specific" in tr["defects"]
        if spec.layout == "scal_home_assessment_findings":
            items = re.findall(r"^- (Front entry door|Bedroom door|Hallway|Door thresholds|Requested power wheelchair|"
                               r"Self-propulsion test)", spec.text, re.M)
            assert len(items) == 6
    assert layouts == {"scal_noa_modify_form", "scal_to_conservator_or_parent", "scal_home_assessment_findings"}
    assert codes_seen == {"K0861", "K0823"} and "G35" in dxs and any(d.startswith("G80.") for d in dxs)


def test_blind41_scal_modified_truth_lists_approved_lines():
    # the devset's README: "Approved lines of a partial decision are listed too"; the form names the belt only by
    # its row's "Item" cell, the letters by their decision sentence; the manual chair approved instead is no line
    layouts = set()
    for seed in range(12):
        spec = generate(seed, template="blind41_scal_medi_cal_power_wheelchair_modified")
        tr, txt = spec.truth, norm(spec.text)
        ok = [(s["text"], s["codes"]) for s in tr["services"][1:]]
        layouts.add(spec.layout)
        if spec.layout == "scal_noa_modify_form":
            assert ok == [("Skin protection seat cushion, under 22 in. wide", ["E2603"]), ("Positioning belt", ["E0978"])]
            assert re.search(r"^Positioning belt E0978 E0978$", spec.text, re.M)
        else:
            assert ok == [("seat cushion", ["E2603"]), ("positioning belt", ["E0978"])]
            assert "ultralightweight manual wheelchair (K0005)" in txt and "positioning belt (E0978)" in txt
        for t, _ in ok:
            assert t in txt and t in {norm(v) for v in spec.spans("SERVICE")}
        assert "K0005" in txt and "K0005" not in {c for s in tr["services"] for c in s["codes"]}
    assert len(layouts) == 3


def test_blind41_co_erisa_eating_disorder_residential_appeal_upheld_reads_as_its_kind():
    from analyzer.samplegen.blind41 import parse_blind41_date

    layouts, codes_seen, urg = set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind41_co_erisa_eating_disorder_residential_appeal_upheld")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "erisa_group" and tr["state"] == "CO" and tr["region"] == "Colorado"
        assert tr["letter_kind"] == "grievance_decision" and tr["denial_category"] == "medical_necessity"
        assert tr["dates"]["service"] is None and tr["dates"]["request_received"]
        layouts.add(spec.layout)
        urg.add(tr["urgency"])
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert len(codes) == 1 and codes[0] in ("H0019", "1001")
        codes_seen.add(codes[0])
        assert tr["diagnoses"][0]["codes"][0].startswith("F50.0")
        # the covered lower level of care is named with its code and is never an item
        lower = re.search(r"\((H0035|S9480)\)", txt)
        assert lower and lower[1] not in codes
        assert "self-funded" in txt and "502(a)" in txt and "DMHC" not in txt and "uphold" in txt.lower()
        marked = _b41_marked(spec)
        m = re.search(r"our decision of " + _B41_DAY + " denying", txt)
        assert m and norm(m[1]) not in marked and parse_blind41_date(m[1]).isoformat() < tr["dates"]["request_received"]
        if spec.layout == "co_case_timeline":
            assert re.search(r"^Date Event$", spec.text, re.M)
            rows = re.findall("^" + _B41_DAY + r" (Admission assessment|Request for residential|Initial denial sent|Peer-to-peer|"
                              r"Your appeal received|Records received|Independent psychiatric review|Appeal decided)",
                              spec.text, re.M)
            assert len(rows) >= 7
            for day, event in rows:
                d = parse_blind41_date(day).isoformat()
                if event == "Your appeal received":
                    assert d == tr["dates"]["request_received"]
                elif event == "Appeal decided":
                    assert d == tr["dates"]["decision"]
                elif event in ("Records received", "Independent psychiatric review"):  # during the appeal
                    assert tr["dates"]["request_received"] <= d <= (tr["dates"]["decision"] or tr["dates"]["letter"])
                else:  # the first request, its denial and the events around it came before the appeal
                    assert d < tr["dates"]["request_received"], (seed, event, d)
        if spec.layout == "co_psychiatrist_quote":
            assert re.search(r"^\"(The member has gained|Medical stability is documented)", spec.text, re.M)
            assert re.search(r"reviewer (IR|PR|BH)-\d{4}", txt)
        if spec.layout == "co_numbered_findings":
            nums = re.findall(r"^(\d)\. ", spec.text, re.M)
            assert nums[:5] == ["1", "2", "3", "4", "5"]
            assert re.search(r"^1\. The appeal was received on ", spec.text, re.M)
    assert layouts == {"co_case_timeline", "co_psychiatrist_quote", "co_numbered_findings"}
    assert codes_seen == {"H0019", "1001"} and urg == {"standard", "expedited"}


def test_blind41_fehb_brca_genetic_testing_reads_as_its_kind():
    layouts, codes_seen, cats, states = set(), set(), set(), set()
    for seed in range(30):
        spec = generate(seed, template="blind41_fehb_brca_genetic_testing")
        tr, txt = spec.truth, norm(spec.text)
        assert tr["plan_type"] == "fehb" and tr["state"] in ("MD", "VA") and tr["region"] == "Mid-Atlantic States"
        assert tr["letter_kind"] == "initial_denial" and tr["urgency"] == "standard" and tr["dates"]["service"] is None
        layouts.add(spec.layout)
        cats.add(tr["denial_category"])
        states.add(tr["state"])
        codes = [c for s in tr["services"] for c in s["codes"]]
        assert len(codes) == 1 and codes[0] in ("81162", "81432")
        codes_seen.add(codes[0])
        assert "Z80.3" in [d["codes"][0] for d in tr["diagnoses"]]
        alt = re.search(r"\(CPT (81215|81217)\)", txt)
        assert alt and alt[1] not in codes
        assert "5 CFR 890.105" in txt and "1-800-777-7902" in txt and "ERISA" not in txt and "DMHC" not in txt
        if spec.layout == "fehb_pedigree_summary":
            assert re.search(r"^Relative Side Cancer Age at diagnosis Current age$", spec.text, re.M)
            assert len(re.findall(r"^(?:Mother|Father|Maternal|Paternal) .+ \d{2} (?:\d{2}|deceased at \d{2})$",
                                  spec.text, re.M)) >= 2
        if spec.layout == "fehb_qa_letter":
            assert "What did you ask for?" in txt and "Why did we say no?" in txt
        if spec.layout == "fehb_portal_print":
            pages = spec.page_texts()
            for p in pages:
                assert re.match(r"\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AP]M {4}Letters and notices \| kp\.org\n", p)
                assert re.search(r"^https://healthy\.kaiserpermanente\.org/\S+ {4}\d/\d$", p, re.M)
            sent = re.search(r"^Sent: (.+?) {4}Subject: ", pages[0], re.M)
            assert sent and sent[1] == spec.spans("DATE_LETTER")[0]
        else:
            assert "kp.org" not in spec.page_texts()[0].split("\n")[0]
    assert layouts == {"fehb_pedigree_summary", "fehb_qa_letter", "fehb_portal_print"}
    assert codes_seen == {"81162", "81432"} and cats == {"medical_necessity", "not_covered"} and states == {"MD", "VA"}


def test_blind41_compliant_letters_carry_required_pieces():
    for t in BLIND41:
        for seed in range(5):
            spec = generate(seed, template=t, defects=[])
            tr, txt = spec.truth, norm(spec.text)
            assert tr["expected_flags"] == [], (t, seed)
            if tr["plan_type"] == "medi_cal":
                assert tr["stated_appeal_deadline_days"] == 60 and "1-888-466-2219" in txt and "1-877-688-9891" in txt
                assert "www.dmhc.ca.gov" in txt and "120 days" in txt and "10 days" in txt and "72 hours" in txt
                assert "Independent Medical Review" in txt and "Español (Spanish)" in txt and tr["criteria_cited"]
            if tr["plan_type"] == "erisa_group":
                assert tr["stated_appeal_deadline_days"] == 120 and "independent review organization" in txt
                assert "147.136" in txt and "502(a)" in txt and "1-866-444-3272" in txt and "72 hours" in txt
                assert "check your plan documents" in txt and "Colorado Division of Insurance" in txt
                assert "treatment codes" in txt and tr["criteria_cited"] and "Español (Spanish)" in txt
            if tr["plan_type"] == "fehb":
                assert tr["stated_appeal_deadline_days"] == 180 and "Office of Personnel Management" in txt
                assert "1900 E Street NW" in txt and "30 days" in txt and "(301) 879-6380" in txt
                assert "treatment codes" in txt and "Español (Spanish)" in txt
                if tr["denial_category"] == "not_covered":
                    assert "Section 5(a)" in txt


def test_blind41_templates_cover_plans_kinds_and_categories():
    layouts = {t: set() for t in BLIND41}

    def each(t, seed, spec):
        tr = spec.truth
        layouts[t].add(spec.layout)
        assert tr["insurer"] == "Kaiser Permanente" and tr["dates"]["letter"] and tr["services"] and tr["diagnoses"]
        assert all(d["codes"] for d in tr["diagnoses"]) and all(s["codes"] for s in tr["services"]), (t, seed)
        assert tr["language"] == "en"

    plans, kinds, states, cats, urg, fmts, reviewers = _survey(BLIND41, seeds=30, each=each)
    sc, co, ma = BLIND41
    assert plans[sc] == {"medi_cal"} and states[sc] == {"CA"} and kinds[sc] == {"partial_denial"}
    assert cats[sc] == {"medical_necessity"}
    assert plans[co] == {"erisa_group"} and states[co] == {"CO"} and kinds[co] == {"grievance_decision"}
    assert cats[co] == {"medical_necessity"}
    assert plans[ma] == {"fehb"} and states[ma] == {"MD", "VA"} and kinds[ma] == {"initial_denial"}
    assert cats[ma] == {"medical_necessity", "not_covered"} and urg[ma] == {"standard"}
    for t in BLIND41:
        assert len(fmts[t]) >= 3 and len(layouts[t]) == 3, (t, fmts[t], layouts[t])
    assert reviewers == {True, False}


@pytest.mark.parametrize("template,least", [(BLIND41[0], 6), (BLIND41[1], 6), (BLIND41[2], 5)])
def test_blind41_every_defect_is_planted_or_refused(template, least):
    """A defect the rule catalogue allows for the template's letters is either planted (and listed) or refused."""
    planted = 0
    for d in sorted(DEFECTS):
        try:
            spec = generate(2, template=template, defects=[d])
        except ValueError:
            continue
        planted += 1
        assert d in spec.truth["defects"] and d in spec.truth["expected_flags"], (template, d)
    assert planted >= least
