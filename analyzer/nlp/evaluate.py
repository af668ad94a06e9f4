"""Field-level evaluation of extraction against truth in the devset format (same field definitions as score.py).

``evaluate_generated`` renders letters from named generator templates (e.g. templates held out of training),
reads them back with the ingest code, runs ``build_doc`` + ``extract`` and reports per-field accuracy.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from difflib import SequenceMatcher

FIELDS = ["state", "plan_type", "letter_kind", "urgency", "denial_category",
          "date.letter", "date.request_received", "date.decision", "date.service",
          "member_name", "member_id", "reviewer.name", "reviewer.credentials", "reviewer.phone",
          "services.codes", "services.text", "diagnoses.codes", "denial_reason",
          "criteria_cited", "stated_appeal_deadline_days"]


def _val(f):
    return f["value"] if isinstance(f, dict) and "value" in f else f


def _norm(s) -> str:
    return re.sub(r"\s+", " ", str(s or "")).strip().lower()


def _toks(s) -> list[str]:
    return re.findall(r"[a-z0-9]+", _norm(s))


def token_f1(a, b) -> float:
    ta, tb = _toks(a), _toks(b)
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    pool, common = list(tb), 0
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def _reason_match(pred, truth) -> bool:
    if token_f1(pred, truth) >= 0.6:
        return True
    tp, tt = _toks(pred), _toks(truth)
    if not tp or not tt:
        return False
    pool, hit = list(tp), 0
    for t in tt:
        if t in pool:
            pool.remove(t)
            hit += 1
    return hit / len(tt) >= 0.9 and len(tp) <= 3 * len(tt) + 15


def _name_match(a, b) -> bool:
    drop = {"dr", "md", "do", "rn", "np", "pa", "phd", "mph", "facp", "faap"}
    ta, tb = [t for t in _toks(a) if t not in drop], [t for t in _toks(b) if t not in drop]
    if not ta and not tb:
        return True
    if not ta or not tb:
        return False
    return set(tb) <= set(ta) or set(ta) <= set(tb) or SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio() >= 0.85


def _digits(s) -> str:
    return re.sub(r"\D", "", str(s or ""))


def _alnum(s) -> str:
    return re.sub(r"[^a-z0-9]", "", _norm(s))


def _codeset(items) -> set[str]:
    return {_alnum(c) for it in items or [] for c in (it.get("codes") or [])}


def _set_f1(p: set, t: set) -> float:
    if not p and not t:
        return 1.0
    if not p or not t:
        return 0.0
    tp = len(p & t)
    if not tp:
        return 0.0
    a, b = tp / len(p), tp / len(t)
    return 2 * a * b / (a + b)


def _items_text(pred, truth) -> float:
    tt = [t.get("text", "") for t in truth or []]
    pp = [p.get("text", "") for p in pred or []]
    if not tt and not pp:
        return 1.0
    if not tt or not pp:
        return 0.0
    hits = sum(1 for t in tt if max(token_f1(p, t) for p in pp) >= 0.6)
    return hits / (len(tt) + max(0, len(pp) - len(tt)))


def score_letter(truth: dict, letter: dict) -> dict[str, float]:
    """Per-field scores (0..1) of one extracted ``letter`` against its truth."""
    L = letter or {}
    d, rv = L.get("dates", {}), L.get("reviewer", {})
    tr, td, tm = truth.get("reviewer") or {}, truth.get("dates", {}), truth.get("member") or {}
    s: dict[str, float] = {}
    for k in ["state", "plan_type", "letter_kind", "urgency", "denial_category"]:
        s[k] = float(_norm(_val(L.get(k))) == _norm(truth.get(k)))
    for k in ["letter", "request_received", "decision", "service"]:
        s["date." + k] = float((_val(d.get(k)) or None) == (td.get(k) or None))
    pn, tn = _val(L.get("member_name")), tm.get("name")
    s["member_name"] = float(_name_match(pn, tn)) if (pn or tn) else 1.0
    s["member_id"] = float(_alnum(_val(L.get("member_id"))) == _alnum(tm.get("id")))
    pn, tn = _val(rv.get("name")), tr.get("name")
    s["reviewer.name"] = float(_name_match(pn, tn)) if (pn or tn) else 1.0
    s["reviewer.credentials"] = float(_alnum(_val(rv.get("credentials"))) == _alnum(tr.get("credentials")))
    s["reviewer.phone"] = float(_digits(_val(rv.get("phone")))[-10:] == _digits(tr.get("phone"))[-10:])
    s["services.codes"] = _set_f1(_codeset(L.get("services")), _codeset(truth.get("services")))
    s["services.text"] = _items_text(L.get("services"), truth.get("services"))
    s["diagnoses.codes"] = _set_f1(_codeset(L.get("diagnoses")), _codeset(truth.get("diagnoses")))
    s["denial_reason"] = float(_reason_match(_val(L.get("denial_reason")), truth.get("denial_reason")))
    pc = [_norm(_val(c)) for c in (L.get("criteria_cited") or [])]
    tc = [_norm(c) for c in truth.get("criteria_cited") or []]
    if not pc and not tc:
        s["criteria_cited"] = 1.0
    elif not pc or not tc:
        s["criteria_cited"] = 0.0
    else:
        s["criteria_cited"] = sum(1 for t in tc if max(token_f1(p, t) for p in pc) >= 0.5) / max(len(tc), len(pc))
    pdl = _val(L.get("stated_appeal_deadline_days"))
    s["stated_appeal_deadline_days"] = float((int(pdl) if pdl not in (None, "") else None) == truth.get("stated_appeal_deadline_days"))
    return s


def summarize(rows: list[dict[str, float]]) -> dict:
    if not rows:
        return {"letters": 0}
    per = {k: round(sum(r[k] for r in rows) / len(rows), 4) for k in FIELDS}
    dates = [per[k] for k in FIELDS if k.startswith("date.")]
    return {"letters": len(rows), "field_accuracy": round(sum(per.values()) / len(per), 4), "per_field": per,
            "dates_by_role": round(sum(dates) / len(dates), 4),
            "codes_f1": round((per["services.codes"] + per["diagnoses.codes"]) / 2, 4)}


def evaluate_generated(templates: Iterable[str], seeds: Iterable[int], *, scan: bool = False,
                       progress: callable | None = None) -> dict:
    """Per-field accuracy on letters generated from ``templates`` (one letter per (template, seed))."""
    from ..document import Document  # noqa: F401
    from ..extract import extract
    from ..ingest import load_document
    from ..samplegen import generate, render_pdf, render_scan
    from . import build_doc

    rows, by_tpl, t_extract, t_read, n = [], {}, 0.0, 0.0, 0
    seeds = list(seeds)
    for tpl in templates:
        for seed in seeds:
            try:
                spec = generate(seed, template=tpl)
            except ValueError:
                continue
            pdf = render_pdf(spec, None)
            if scan:
                pdf = render_scan(pdf)
            t0 = time.perf_counter()
            doc = load_document(pdf, file_name=f"{tpl}-{seed}.pdf")
            t1 = time.perf_counter()
            ex = extract(doc, build_doc(doc))
            t2 = time.perf_counter()
            t_read += t1 - t0
            t_extract += t2 - t1
            n += 1
            s = score_letter(spec.truth, ex.letter)
            rows.append(s)
            by_tpl.setdefault(tpl, []).append(s)
            if progress:
                progress(tpl, seed)
    out = summarize(rows)
    out["templates"] = {t: summarize(r)["field_accuracy"] for t, r in by_tpl.items()}
    out["seconds_per_letter"] = {"read": round(t_read / max(n, 1), 3), "extract": round(t_extract / max(n, 1), 3)}
    out["kind"] = "scan" if scan else "text"
    return out


def evaluate_imr(csv_path) -> dict | None:
    """Denial-category accuracy on real DMHC Independent Medical Review summaries (``imr_type`` is "Medical
    Necessity" or "Experimental/Investigational"), plus how often services/diagnoses were found in the findings.
    Measurement only: these texts are written by others and no rule is tuned to them."""
    import csv
    from pathlib import Path

    from ..document import Document
    from ..extract import extract
    from . import build_doc

    p = Path(csv_path)
    if not p.exists():
        return None
    want = {"medical necessity": "medical_necessity", "experimental/investigational": "experimental_investigational"}
    n = hit = with_service = with_dx = 0
    confusion: dict[str, int] = {}
    with p.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            truth = want.get((row.get("imr_type") or "").strip().lower())
            if not truth:
                continue
            doc = Document.from_text(row.get("findings") or "")
            letter = extract(doc, build_doc(doc)).letter
            pred = letter["denial_category"]["value"]
            n += 1
            hit += pred == truth
            confusion[f"{truth}->{pred}"] = confusion.get(f"{truth}->{pred}", 0) + 1
            with_service += bool(letter["services"])
            with_dx += bool(letter["diagnoses"])
    return {"cases": n, "category_accuracy": round(hit / n, 4) if n else None, "confusion": confusion,
            "with_services": with_service, "with_diagnoses": with_dx}
