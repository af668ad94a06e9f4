"""Sixty-second blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND62_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind62_va_ma_skilled_nursing_admission_denied")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which
rights a plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind62_wa_apple_health_orthodontia_not_covered``: a Kaiser Permanente Washington Apple Health plan (plan_type
   ``medicaid``, state WA) initial denial (``initial_denial``, always ``standard``, category ``not_covered``) of
   comprehensive orthodontic treatment of the adolescent dentition (CDT/HCPCS D8080) for a 16-year-old, because
   the case does not reach the program's severity rule: a Washington Modified HLD Index score under 25 and no
   condition that qualifies on its own (cleft palate, a deep bite that damages the palate, an anterior crossbite
   that strips the gum). Diagnosis M26.212, M26.211 or M26.4, with crowding M26.31 on some letters. The letter
   goes to the parent; the child is the member. The request comes from the orthodontist (the requesting provider),
   whose practice is named beside her. Layouts: ``wa_hld_score_table`` (the index's items, measurements and points
   in a table with the total and the threshold), ``wa_bilingual_en_es`` (the English notice, then a Spanish
   version of it after a rule: "Versión en español") and ``wa_plain_numbered_rights`` (a plain notice whose rights
   are numbered 1-6). Rights from the catalogue (Medicaid, 42 CFR Part 438): an appeal to the plan within 60 days
   of the date of the notice (30 or 15 when ``notice.appeal_deadline`` is planted), a 72-hour expedited appeal, a
   state fair hearing after the plan's appeal decision within the window the state sets (90 to 120 days; the
   catalogue verifies no Washington number, so the letter gives the range and says the appeal decision will give
   the date), continuation of services when an appeal is filed within 10 days (for services being ended or cut),
   free copies of the records and criteria, Member Services 1-888-901-4636 (TTY 711), taglines. Distractors: the
   orthodontist vs. her practice (name, phone, fax, NPI), the parent's name, the child's date of birth, the score
   and the date of the records visit where it was measured, the date the x-rays and photos reached the plan, a
   covered comprehensive oral evaluation (D0150) and its date, the ProviderOne or member number.

   Which date is which: the letter date is the date line; the received date is in the opening paragraph (or the
   "Request received" cell) and the decision date beside it when stated. The records visit, the records-received
   date and the D0150 exam are other events; ``service`` is always null. Which name is the member: the child (the
   "Member:"/"Patient:" line), never the parent addressed. Which reason is the reason: the paragraph under the
   reason heading (the Spanish version is a translation and is not marked). The truth counts the one D8080 line
   (never D0150); ``criteria_cited`` is the HLD index when the reason states the score (empty for a bare reason).

2. ``blind62_nca_commercial_tumor_treating_fields_experimental``: a Kaiser Permanente Northern California
   commercial HMO (plan_type ``commercial_hmo``, state CA) initial denial (``initial_denial``, always ``standard``,
   category ``experimental_investigational``) of tumor treating fields therapy (HCPCS E0766, the Optune device) for
   a brain tumor that is not a glioblastoma (an IDH-mutant grade 4 astrocytoma, a grade 3 astrocytoma or
   oligodendroglioma, or brain metastases of lung cancer; C71.1, C71.2, C71.3 or C79.31 with C34.90). The request
   comes from the neuro-oncologist. Layouts: ``nca_summary_of_review_box`` (a shaded "Summary of our review" box of
   label/value rows), ``nca_headed_sections`` (the letter in headed sections: what was asked, what we decided, why,
   what we reviewed, other treatment, your rights) and ``nca_to_doctor_cc_member`` (the letter to the
   neuro-oncologist, the member on a "Patient:" line, the reviewer's direct line, copied to the member). California
   rights from the catalogue for an experimental denial: a grievance within 180 days (Member Services
   1-800-464-4000, TTY 711, the Northern California grievance address), an urgent grievance decided within 72
   hours, the right to go to the DMHC for an Independent Medical Review without filing a grievance first (within 6
   months), the conference offer (within 30 calendar days, 5 business days when delay would reduce the
   therapy's effect), the covered alternatives, the DMHC statement in 12-point bold, the Health Consumer Alliance
   (1-888-804-3536), free copies, taglines. Distractors: the neuro-oncologist (requesting) vs. the reviewer, the
   tumor board date, the MRI (CPT 70553) and its date, the pathology date, the device supplier and its order
   number, the covered chemotherapy (temozolomide J8700) and its start date, the clinic's phone and fax.

   Which date is which: the letter date is the date line; the received and decision dates are in the summary box
   or the opening paragraph. The MRI, tumor board, pathology and chemotherapy dates are other events; ``service``
   is always null. Which name is the member: the addressee, or the "Patient:" line on the doctor's letter. Which
   reason is the reason: the paragraph under the reason heading (the box's "Decision" row is a one-line label).
   The truth counts the one E0766 line (never 70553 or J8700); ``criteria_cited`` holds the technology assessment
   and/or guideline the letter names.

3. ``blind62_va_ma_skilled_nursing_admission_denied``: a Kaiser Permanente Mid-Atlantic States Medicare Advantage
   plan (plan_type ``medicare_advantage``, state VA) expedited initial denial (``initial_denial``, urgency always
   ``expedited``, category ``medical_necessity``) of admission to a skilled nursing facility after a hospital stay
   (no codes: a facility admission). Diagnosis J18.9, J44.1, I50.23 or A41.9. The request comes from the hospital
   physician; the hospital's discharge planner is named but never the requester. Layouts:
   ``va_cms_style_denial_notice`` (a Medicare denial notice in the federal form's order: a boxed title, the
   member fields, what was denied, why, the appeal sections), ``va_timeline_of_dates`` (a letter with a two-column
   timeline of the stay: admission, therapy evaluation, request, decision, planned discharge) and
   ``va_to_daughter_representative`` (the letter to the member's daughter, who is the appointed representative,
   with the member on a "Member:" line and a copy to the member). Medicare Advantage rights from the catalogue: a
   reconsideration asked within 60 days of the date of the notice (30 or 14 when ``notice.appeal_deadline`` is
   planted), a fast reconsideration decided within 72 hours (a doctor's request for one is granted), a standard
   one within 30 days, the automatic forward to the Independent Review Entity when we keep our decision, 1-800-
   MEDICARE (1-800-633-4227, TTY 1-877-486-2048), Member Services 1-800-777-7902 / (301) 468-6000, TTY (301)
   879-6380, free copies, taglines. Criteria: Medicare's skilled nursing facility rules (42 CFR Part 409) and 42 CFR
   422.101(b); a planted ``medicare.internal_criteria`` names an internal guideline (MCG or InterQual) instead.
   Distractors: the discharge planner, the facility's name and phone, the hospital admission and planned
   discharge dates, the physical therapy evaluation date, the home health care approved under a separate
   authorization (not part of this decision) and its first visit date, the authorization number.

   Which date is which: the letter date is the date line (the "Date of this notice" field on the CMS-style
   notice); the received and decision dates are fields, timeline rows or the opening paragraph. Admission,
   therapy evaluation, discharge and home-visit dates are other events; ``service`` is always null. Which name is
   the member: the "Member:"/"Member name" line or the addressee, never the daughter. Which reason is the reason:
   the paragraph under the reason heading. The truth counts the one admission line (no codes; never home health).

Refused: ``notice.expedited_review`` for the skilled nursing letter (it is itself an expedited decision: the
catalogue plants the omission only in standard letters). Rule ids whose category does not fit a template (a
criteria omission on an exclusion, a reviewer omission on a benefit limit, a plan-provision omission on an
experimental or medical-necessity denial) cannot be asked of it. Dates use this set's own styles (``b62date``):
"March 14, 2026", "Mar. 14, 2026" (every month cut to three letters with a point, May whole), "14-Mar-26" (a
clinical system's cell), "3/14/2026" (month and day unpadded), "03/14/26" (a form's field, padded, two-digit
year), "Saturday, Mar. 14, 2026" (a date line with its weekday), and in Spanish "14 de marzo de 2026" and
"14-03-2026"; ``parse_blind62_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import sign as _sign
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND62_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre"]
_MON3 = [m[:3] for m in MONTHS]
_MONPT = [m if m == "May" else m[:3] + "." for m in MONTHS]
_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b62date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b62long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b62monpt":  # Mar. 14, 2026 (every month three letters and a point; May whole; Sep. 3, 2025)
        return f"{_MONPT[d.month - 1]} {d.day}, {d.year}"
    if style == "b62dmonyy":  # 14-Mar-26 (a clinical system's cell: day padded, month title case, two-digit year)
        return f"{d.day:02d}-{_MON3[d.month - 1]}-{d.year % 100:02d}"
    if style == "b62mdy4":  # 3/14/2026 (month and day unpadded)
        return f"{d.month}/{d.day}/{d.year}"
    if style == "b62mdyypad":  # 03/14/26 (a form's field: padded, two-digit year)
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style == "b62wkmonpt":  # Saturday, Mar. 14, 2026 (a date line with its weekday)
        return f"{_WEEK[d.weekday()]}, {_MONPT[d.month - 1]} {d.day}, {d.year}"
    if style == "b62es_de":  # 14 de marzo de 2026
        return f"{d.day} de {_MES[d.month - 1]} de {d.year}"
    if style == "b62es_dmy":  # 14-03-2026 (a Spanish cell: day first, padded, dashes)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


STYLES_EN = ("b62long", "b62monpt", "b62dmonyy", "b62mdy4", "b62mdyypad", "b62wkmonpt")
STYLES_ES = ("b62es_de", "b62es_dmy")
STYLES = STYLES_EN + STYLES_ES


def parse_blind62_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b62date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(?:([A-Z][a-z]+day), )?([A-Z][a-z]+\.?) ([1-9]\d?), (\d{4})", t)
        if m:
            mon, wk = m[2], m[1]
            if wk is not None and mon not in _MONPT:
                return None
            if mon in MONTHS and wk is None:
                k = MONTHS.index(mon)
            elif mon in _MONPT:
                k = _MONPT.index(mon)
            else:
                return None
            d = dt.date(int(m[4]), k + 1, int(m[3]))
            return d if wk is None or _WEEK[d.weekday()] == wk else None
        m = re.fullmatch(r"(\d{2})-([A-Z][a-z]{2})-(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), _MON3.index(m[2]) + 1, int(m[1])) if m[2] in _MON3 else None
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([1-9]\d?) de ([a-z]+) de (\d{4})", t)
        if m:
            return dt.date(int(m[3]), _MES.index(m[2]) + 1, int(m[1])) if m[2] in _MES else None
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b62_fmt"] = w.pick(list(body))
    w.c.extra["b62_head"] = w.pick(list(head))
    w.c.extra["b62_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b62_fmt") -> str:
    if not day:
        return ""
    return b62date(day, w.c.extra[key] if key.startswith("b62_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b62_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(232, 968), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([40.0, 46.0, 52.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


def _clock(w: W, lo: int = 7, hi: int = 17) -> str:
    h, m = w.rng.randint(lo, hi), w.pick([3, 9, 12, 18, 24, 31, 37, 45, 50, 56])
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


# taglines written for this set (the form of the federal one-sentence notices); {ph} is the number the letter prints
_TAG = {
    "es": "ATENCIÓN: Si habla español, puede recibir ayuda gratis con el idioma. Llame al {ph}.",
    "zh": "注意：如果您說中文，您可以免費獲得語言協助服務。請致電 {ph}。",
    "vi": "LƯU Ý: Nếu quý vị nói Tiếng Việt, quý vị được trợ giúp ngôn ngữ miễn phí. Xin gọi số {ph}.",
    "ko": "안내: 한국어를 사용하시는 경우 무료 언어 지원 서비스를 받으실 수 있습니다. {ph}번으로 전화하십시오.",
    "ru": "ВНИМАНИЕ: если вы говорите по-русски, вам бесплатно предоставят помощь переводчика. Звоните {ph}.",
    "uk": "УВАГА: якщо ви розмовляєте українською, вам безкоштовно нададуть мовну допомогу. Телефонуйте {ph}.",
    "so": "OGAYSIIS: Haddii aad ku hadasho Af-Soomaali, waxaad heli kartaa caawimaad luqadeed oo bilaash ah. Wac {ph}.",
    "tl": "PAALALA: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tumawag sa {ph}.",
    "ar": "تنبيه: إذا كنت تتحدث العربية، تتوفر لك خدمات المساعدة اللغوية مجانًا. اتصل على {ph}.",
    "am": "ማሳሰቢያ፦ አማርኛ የሚናገሩ ከሆነ የቋንቋ እርዳታ በነጻ ያገኛሉ። በ{ph} ይደውሉ።",
    "fa": "توجه: اگر به فارسی صحبت می‌کنید، کمک زبانی رایگان در اختیار شماست. با {ph} تماس بگیرید.",
    "hy": "ՈՒՇԱԴՐՈՒԹՅՈՒՆ. Եթե խոսում եք հայերեն, կարող եք անվճար լեզվական օգնություն ստանալ։ Զանգահարեք {ph}։",
    "ja": "ご注意：日本語をお話しになる方は、無料で言語支援をご利用いただけます。{ph} までお電話ください。",
    "pa": "ਧਿਆਨ ਦਿਓ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਤੁਹਾਡੇ ਲਈ ਮੁਫ਼ਤ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "hi": "ध्यान दें: यदि आप हिंदी बोलते हैं, तो भाषा सहायता आपके लिए निःशुल्क उपलब्ध है। {ph} पर कॉल करें।",
    "fr": "ATTENTION : si vous parlez français, une aide linguistique gratuite est à votre disposition. Appelez le {ph}.",
    "bn": "মনোযোগ দিন: আপনি যদি বাংলায় কথা বলেন, তাহলে বিনামূল্যে ভাষা সহায়তা পাবেন। {ph} নম্বরে কল করুন।",
    "ur": "توجہ دیں: اگر آپ اردو بولتے ہیں تو زبان کی مدد آپ کے لیے مفت دستیاب ہے۔ {ph} پر کال کریں۔",
}
_TAG_SETS = {
    "WA": ["es", "ru", "vi", "zh", "ko", "so", "uk", "tl", "ar", "am"],
    "CA": ["es", "zh", "tl", "vi", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "hi"],
    "VA": ["es", "ko", "vi", "zh", "ar", "am", "fa", "ur", "tl", "fr", "bn", "ru"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    out: list[Block] = [w.h(heading, space_before=10, size=8.0) if heading else Block("rule", space_before=8)]
    for code in first + rest:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Washington Apple Health: comprehensive orthodontics below the severity score ================================

_WA_MS = "1-888-901-4636"
_WA_ADDR = GRIEVANCE_ADDR["Washington"]
_WA_AREAS = ["206", "253", "425", "360"]
_WA_SVC = ["Comprehensive orthodontic treatment, adolescent dentition",
           "Comprehensive orthodontic treatment of the adolescent dentition",
           "Full orthodontic treatment (braces), adolescent", "Comprehensive orthodontics - adolescent"]
_WA_DX = [("Malocclusion, Angle's class II", "M26.212"), ("Malocclusion, Angle's class I", "M26.211"),
          ("Malocclusion, unspecified", "M26.4")]
_WA_DX2 = ("Crowding of fully erupted teeth", "M26.31")
_WA_OFFICES = [("Cascade Smiles Orthodontics", "Everett"), ("Puget Sound Orthodontic Specialists", "Tacoma"),
               ("Evergreen Braces & Aligners", "Lynnwood"), ("Rainier View Orthodontics", "Puyallup"),
               ("Olympic Peninsula Orthodontics", "Bremerton")]
_WA_KIDS = ["Aaliyah", "Mateo", "Jaylen", "Sofia", "Dmitri", "Amara", "Nadia", "Ethan", "Ximena", "Khalid", "Hana",
            "Owen", "Liliana", "Tuan", "Brianna"]
_WA_PARENTS = ["Marisol", "Tatiana", "Denise", "Abdi", "Rosa", "Kevin", "Linh", "Olena", "Teresa", "Marcus"]
_WA_HLD = "Washington Modified HLD Index"
_WA_HLD_LONG = "Washington Modified Handicapping Labiolingual Deviation (HLD) Index"
# the index's measured items (label, unit, weight) and the points a below-threshold case scores on them
_WA_ITEMS = [("Overjet", "mm", 1), ("Overbite", "mm", 1), ("Mandibular protrusion", "mm", 5),
             ("Anterior open bite", "mm", 4), ("Ectopic eruption", "teeth", 3), ("Anterior crowding", "arches", 5),
             ("Labiolingual spread", "mm", 1), ("Posterior unilateral crossbite", "present", 4)]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b62_wa"):
        return
    c.extra["b62_wa"] = True
    variant = c.extra["wa_variant"] = w.rng.randrange(3)  # 0 score table, 1 English then Spanish, 2 numbered rights
    _fmt(w, ("b62long", "b62monpt"), ("b62long", "b62wkmonpt") if variant != 1 else ("b62long",),
         ("b62mdy4", "b62dmonyy"))
    c.region = "Washington"
    c.member_addr = address(w.rng, "WA", "Washington")
    c.category = "not_covered"
    if c.urgency != "standard":  # braces are never decided on the urgent track
        dec = c.decision or c.letter
        untimely = _has(c, "process.decision_untimely")
        if c.received or untimely:
            c.received = dec - dt.timedelta(days=w.rng.randint(16, 30) if untimely else w.rng.randint(1, 6))
        c.urgency = "standard"
    last = c.member_name.split()[-1]
    child = w.pick(_WA_KIDS)
    c.member_name = f"{child} {last}"
    plast = last if w.chance(0.7) else person(w.rng, 0.0)[2]
    parent = f"{w.pick(_WA_PARENTS)} {plast}"
    c.extra["wa_parent"] = parent
    c.member_salute = w.pick([parent, f"Parent or Guardian of {c.member_name}"])
    c.extra["wa_p1"] = w.chance(0.45)
    if c.extra["wa_p1"]:
        c.member_id = f"{w.rng.randint(10**8, 10**9 - 1)}WA"
    c.extra["dob"] = c.letter - dt.timedelta(days=16 * 365 + w.rng.randint(10, 330))
    c.services = [dict(text=w.pick(_WA_SVC), codes=["D8080"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [w.pick(_WA_DX)] + ([_WA_DX2] if w.chance(0.4) else [])]
    c.service = None
    doc, _, doc_last = person(w.rng, 0.1)
    office, town = w.pick(_WA_OFFICES)
    c.provider = w.pick([f"{doc}, DDS, MS", f"Dr. {doc}", f"{doc}, DMD"])
    c.extra["wa_doc"] = (doc_last, office, town, _phone(w, _WA_AREAS, 0), _phone(w, _WA_AREAS, 1), _npi(w))
    base = c.received or c.letter - dt.timedelta(days=w.rng.randint(3, 8))
    c.extra["wa_visit"] = base - dt.timedelta(days=w.rng.randint(6, 24))  # records visit: models, photos, score
    span = ((c.decision or c.letter) - base).days
    c.extra["wa_records"] = base + dt.timedelta(days=w.rng.randint(1, max(1, span)) if span > 0 else 0)
    c.extra["wa_exam"] = c.extra["wa_visit"] - dt.timedelta(days=w.rng.randint(40, 160))
    pts, total = [], 0
    for _lab, _unit, wt in _WA_ITEMS:
        v = w.pick([0, 0, 1, 2, 3]) if wt >= 3 else w.rng.randint(1, 6)
        if wt >= 4:
            v = min(v, 1)
        pts.append((v, v * wt))
        total += v * wt
    while total > 23:  # a case that scores under the threshold
        k = max(range(len(pts)), key=lambda i: pts[i][1])
        v, p = pts[k]
        wt = _WA_ITEMS[k][2]
        pts[k] = (v - 1, p - wt)
        total -= wt
    if total < 9:
        pts[0] = (pts[0][0] + 9 - total, pts[0][1] + 9 - total)
        total = 9
    c.extra["wa_score"] = (pts, total)
    c.extra["wa_ref"] = f"{w.pick(['DEN', 'ORT', 'WA'])}-{c.letter.year}-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["wa_tx_months"] = w.pick([24, 24, 30])
    c.criteria = [] if _bare(c) else [w.pick([_WA_HLD, _WA_HLD_LONG])]
    c.reviewer = None
    if w.chance(0.55):
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["DDS", "DMD", "D.D.S."]),
                          specialty=w.pick(["Orthodontics", None]), phone=None)
        c.reviewer_title = w.pick(["Dental Consultant", "Dental Director, Apple Health", "Dental Reviewer"])
    _flags(c)


def _wa_reason(w: W, lang: str) -> str:
    c = w.c
    k = c.extra["wa_reason_pick"]
    child = c.member_name.split()[0]
    total = c.extra["wa_score"][1]
    if _bare(c):
        return ["Orthodontic treatment is not a covered benefit for this member.",
                "The requested orthodontic treatment is not covered under Apple Health."][k] if lang == "en" else \
            ["El tratamiento de ortodoncia no es un beneficio cubierto para este miembro.",
             "El tratamiento de ortodoncia solicitado no está cubierto por Apple Health."][k]
    hld = c.criteria[0]
    if lang == "en":
        return [
            f"Apple Health covers comprehensive orthodontic treatment only for a severe handicapping malocclusion: "
            f"a score of 25 or more on the {hld}, or a condition that qualifies on its own, such as a cleft palate. "
            f"{child}'s records scored {total} points, and none of the conditions that qualify on their own was "
            f"found. The crowding and bite problems in the records are real, but they do not reach the level of "
            f"severity the program covers.",
            f"We scored {child}'s models, photographs and x-rays on the {hld}. The total was {total} points. Braces "
            f"are covered by Apple Health when the total is 25 points or more, or when there is a cleft palate, a "
            f"deep bite that is damaging the roof of the mouth, or a front crossbite that is damaging the gums. "
            f"{child} does not have any of these, so the treatment is not covered.",
        ][k]
    return [
        f"Apple Health cubre el tratamiento completo de ortodoncia solo cuando la maloclusión es grave: un puntaje "
        f"de 25 o más en el índice HLD modificado de Washington, o una condición que califica por sí sola, como el "
        f"paladar hendido. Los registros de {child} sumaron {total} puntos y no se encontró ninguna de esas "
        f"condiciones.",
        f"Calificamos los modelos, las fotografías y las radiografías de {child} con el índice HLD modificado de "
        f"Washington. El total fue de {total} puntos. Apple Health cubre los frenos cuando el total es de 25 puntos "
        f"o más, o cuando hay paladar hendido, una mordida profunda que daña el paladar o una mordida cruzada "
        f"anterior que daña las encías. {child} no tiene ninguna de estas condiciones.",
    ][k]


def reason_b62_wa(w: W) -> str:
    _wa_setup(w)
    w.c.extra["wa_reason_pick"] = w.rng.randrange(2)
    return _wa_reason(w, "en")


def _wa_rights(w: W, numbered: bool) -> list[str]:
    """Apple Health (Medicaid, 42 CFR Part 438): 60-day appeal, 72-hour expedited, fair hearing, continuation."""
    c = w.c
    addr = ", ".join(_WA_ADDR)
    out = [w.pick([
        f"You, your child's dentist, or someone you choose may ask for an appeal within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice. Call Member Services at {_WA_MS} (TTY "
        f"711) or write to {addr}. Send anything you want us to look at, such as a letter from the orthodontist.",
        f"You have {M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice to ask Kaiser Permanente for an "
        f"appeal. Call {_WA_MS} (TTY 711), or mail your request to {addr}. Someone else, such as your child's "
        f"dentist, can appeal for you if you give permission in writing.",
    ])]
    if not _has(c, "notice.expedited_review"):
        out.append(w.pick([
            "Ask for a fast appeal if waiting could seriously harm your child's health. We decide fast appeals "
            "within 72 hours.",
            "If your child's dentist or doctor says that waiting the usual time could put your child's health at "
            "serious risk, ask for an expedited appeal. You will get a decision within 72 hours.",
        ]))
    if not _has(c, "notice.external_review"):
        out.append(w.pick([
            "If you disagree with our appeal decision, you can ask for a hearing "
            "with an administrative law judge. You must appeal to us first. The state sets the time limit to ask "
            "for a hearing, between 90 and 120 days from our appeal decision; that decision letter will give you "
            "the exact date.",
            "After our appeal decision you may ask for a fair hearing, where a judge who does not work for Kaiser "
            "Permanente reviews the case. You must go through our appeal first. The deadline to ask, set by the "
            "state, is 90 to 120 days after our appeal decision, and our appeal letter will tell you the date.",
        ]))
    if not _has(c, "notice.continuation_of_benefits"):
        out.append(w.pick([
            "This notice is about a new request, so there is nothing to continue. "
            "When a notice ends or reduces a service your child already receives, the service can continue during "
            "the appeal if you ask within 10 days of the notice. You may have to pay for it if you lose.",
            "If we ever stop or cut back a service your child is already getting, you can ask to keep getting it "
            "while you appeal. You must ask within 10 days of that notice. This notice denies a new request, so "
            "there is no current service to continue.",
        ]))
    out.append(w.pick([
        "You may ask for free copies of the records, the score sheet and the criteria we used.",
        "You may see and get free copies of all the documents we used, including the orthodontic criteria and "
        "your child's score sheet.",
    ]))
    out.append(f"Call Member Services at {_WA_MS} (TTY 711) with any questions.")
    if numbered:  # a numbered list gives each right a lead-in
        leads = ["Appeal to us.", "Fast appeal.", "State fair hearing.", "Keeping services.", "Free copies.",
                 "Questions."]
        keep = [True, not _has(c, "notice.expedited_review"), not _has(c, "notice.external_review"),
                not _has(c, "notice.continuation_of_benefits"), True, True]
        out = [f"{lead} {x}" for lead, x in zip([x for x, k in zip(leads, keep, strict=True) if k], out, strict=True)]
    return out


def _wa_rights_es(w: W) -> list[str]:
    c = w.c
    addr = ", ".join(_WA_ADDR)
    out = [f"Usted, el dentista de su hijo o hija, o una persona que usted elija puede pedir una apelación dentro de "
           f"{c.appeal_days} días a partir de la fecha de este aviso. Llame a Servicios a los Miembros al {_WA_MS} "
           f"(TTY 711) o escriba a {addr}."]
    if not _has(c, "notice.expedited_review"):
        out.append("Si esperar podría poner en grave peligro la salud de su hijo o hija, pida una apelación "
                   "acelerada. La decidiremos dentro de 72 horas.")
    if not _has(c, "notice.external_review"):
        out.append("Si no está de acuerdo con nuestra decisión de apelación, puede pedir una audiencia imparcial "
                   "ante un juez administrativo. El plazo lo fija el estado (entre 90 y 120 días después de nuestra "
                   "decisión de apelación); esa carta le dará la fecha exacta.")
    if not _has(c, "notice.continuation_of_benefits"):
        out.append("Si un aviso suspende o reduce un servicio que su hijo o hija ya recibe, puede seguir "
                   "recibiéndolo durante la apelación si la pide dentro de 10 días. Este aviso trata de una "
                   "solicitud nueva.")
    out.append("Puede pedir copias gratis de los documentos y los criterios que usamos.")
    return out


def t_b62_wa(w: W):
    _wa_setup(w)
    c = w.c
    variant = c.extra["wa_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [54.0, 60.0, 66.0])
    doc_last, office, town, oph, ofax, npi = c.extra["wa_doc"]
    ref = c.extra["wa_ref"]
    cell = c.extra["b62_cell"]
    pts, total = c.extra["wa_score"]
    bare = _bare(c)
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    item = f"{w.svc(svc)} ({w.pick(['code ', 'CDT ', ''])}{w.code('D8080')})"
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    child = c.member_name.split()[0]
    parent = c.extra["wa_parent"]
    idlab = "ProviderOne Client ID" if c.extra["wa_p1"] else w.pick(["Member ID", "Kaiser Permanente member no."])
    st.footer = [w.pick([f"{ref}  Page {{page}} of {{pages}}", "Kaiser Permanente Washington | {page}",
                         "Page {page} of {pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Washington Apple Health (Medicaid)"],
                   right=["Kaiser Foundation Health Plan of Washington", "Dental Benefits Review",
                          f"Member Services {_WA_MS} (TTY 711)"]))
    if variant == 2:
        b.append(w.h(w.pick(["NOTICE OF ACTION", "NOTICE OF DENIAL"]), align="center", space_before=8,
                     size=st.size + 2))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b62_head"), space_before=10))
    b.append(w.p(w.pick([f"To the parent or guardian of {w.name()}", parent]), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(Block("fields", rows=[["Member:", w.name(), f"{idlab}:", w.mid()],
                                   ["Date of birth:", b62date(c.extra["dob"], cell), "Reference:", ref]],
                   space_before=8, size=st.size - 0.5))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    intro = w.pick([f"{prov} of {office} in {town} asked us to approve {item} for {child}.",
                    f"We reviewed a request from {child}'s orthodontist, {prov} ({office}), for {item}."])
    if rec:
        intro += f" We received the request on {rec}."
    if dec:
        intro += f" We made our decision on {dec}."
    intro += w.pick([" We have denied the request.", " We are not able to approve it."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    if variant == 0:
        head(w.pick(["How the records scored", "Orthodontic severity score"]))
        if bare:
            rows = [["Requested service", "Code", "Decision"], [w.svc(svc), w.code("D8080"), "Denied"]]
        else:
            rows = [["Item measured", "Finding", "Points"]]
            for (lab, unit, _wt), (v, p) in zip(_WA_ITEMS, pts, strict=True):
                rows.append([lab, "no" if unit == "present" and not v else "yes" if unit == "present" else
                             f"{v} {unit}", str(p)])
            rows.append(["Total score", "", str(total)])
            rows.append(["Score needed for coverage", "", "25"])
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.0))
        if not bare:
            b.append(w.p(w.pick([
                f"Scored from the records taken at {office} on {b62date(c.extra['wa_visit'], cell)}. Conditions "
                f"that qualify on their own: cleft palate - no; deep impinging bite with tissue damage - no; "
                f"anterior crossbite with gum recession - no.",
                f"Records visit: {b62date(c.extra['wa_visit'], cell)}. Automatic qualifiers checked (cleft palate, "
                f"impinging deep bite, anterior crossbite with recession): none found.",
            ]), size=st.size - 0.5))
    head(w.pick(["Why we made this decision", "The reason for our decision", "Why the braces are not covered"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria and variant != 0:
        b.append(w.p(f"{office} measured the score at {child}'s records visit on {_fd(w, c.extra['wa_visit'])}; "
                     f"our dental consultant checked it against the x-rays and photographs, which reached us on "
                     f"{_fd(w, c.extra['wa_records'])}."))
    elif variant == 0:
        b.append(w.p(f"The x-rays and photographs from {office} reached us on {_fd(w, c.extra['wa_records'])}."))
    if c.criteria and variant == 0:
        b.append(w.p(f"The score sheet we used is the {M('CRITERIA', c.criteria[0])}."))
    elif c.criteria:
        b.append(w.p(w.pick(["We used the ", "The criteria we applied: the "]) + M("CRITERIA", c.criteria[0]) + "."))
    if not _has(c, "notice.plan_provision"):
        b.append(w.p(w.pick([
            "This limit is explained in your Apple Health member handbook, in the section \"Dental and orthodontic "
            "services for members under age 21.\"",
            "See your Apple Health member handbook, section \"Dental and orthodontic services for members under age "
            "21,\" for what orthodontic care is covered.",
        ])))
    b.append(w.p(w.pick([
        f"This decision does not change {child}'s other dental care. The exam on {_fd(w, c.extra['wa_exam'])} "
        f"(comprehensive oral evaluation, D0150) was covered, and cleanings, fillings and exams stay covered.",
        f"{child}'s comprehensive oral evaluation (D0150) on {_fd(w, c.extra['wa_exam'])} was paid and is not part "
        f"of this decision. Regular dental care remains covered.",
    ])))
    b.append(w.p(w.pick([
        f"If {child}'s teeth or bite change, {office} ({oph}, fax {ofax}) can send new records and ask again.",
        f"{office} may send a new request with new records if things change. Office phone {oph}; fax {ofax}; "
        f"NPI {npi}.",
    ])))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["Reviewed by ", "This request was reviewed by "]))
                     + f", {c.reviewer_title}."))
    head(w.pick(["YOUR RIGHTS", "What you can do if you disagree", "Your appeal rights"]))
    rights = _wa_rights(w, variant == 2)
    if variant == 2:
        for k, x in enumerate(rights, 1):
            b.append(w.p(f"{k}. {x}", indent=10, space_before=3))
    else:
        b.extend(w.p(x) for x in rights)
    _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "Dental Benefits Review",
          "Kaiser Foundation Health Plan of Washington")
    b.append(w.p(f"cc: {prov}, {office}, {town}, WA", space_before=8, size=st.size - 1))
    if variant == 1:
        b.append(Block("rule", space_before=10))
        b.append(w.h("Versión en español", space_before=6, size=st.size + 1))
        es = [f"Fecha de este aviso: {b62date(c.letter, 'b62es_de')}. Miembro: {c.member_name}. Referencia: {ref}."]
        ln = (f"{c.provider}, de {office}, pidió que aprobáramos un tratamiento completo de ortodoncia (D8080) para "
              f"{child}.")
        if c.received:
            ln += f" Recibimos la solicitud el {b62date(c.received, 'b62es_de')}."
        es.append(ln + " Hemos negado la solicitud.")
        es.append("Motivo: " + _wa_reason(w, "es"))
        es.append(f"El examen bucal completo (D0150) del {b62date(c.extra['wa_exam'], 'b62es_dmy')} fue cubierto y "
                  f"no forma parte de esta decisión.")
        b.extend(w.p(x) for x in es)
        b.append(w.h("Sus derechos", space_before=6, size=st.size + 0.5))
        b.extend(w.p(x) for x in _wa_rights_es(w))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services are available. Call {_WA_MS} (TTY 711).",
                             f"You can get this notice in other languages or formats at no cost: {_WA_MS}, TTY 711."]),
                     space_before=8))
    b += _taglines(w, "WA", _WA_MS, w.pick([None, "Language help / Ayuda con el idioma"]))
    return b, st, ["wa_hld_score_table", "wa_bilingual_en_es", "wa_plain_numbered_rights"][variant]


BLIND62_TEMPLATES["blind62_wa_apple_health_orthodontia_not_covered"] = (t_b62_wa, dict(
    plans=["medicaid"], states=["WA"], kinds=["initial_denial"], cats=["not_covered"], reason=reason_b62_wa))
MODELED_ON["blind62_wa_apple_health_orthodontia_not_covered"] = (
    "blind62: Kaiser Permanente Washington Apple Health denial of comprehensive orthodontic treatment (D8080) for a "
    "16-year-old whose Washington Modified HLD Index score is under 25, sent to the parent; a letter with the "
    "index's score table, an English notice followed by a Spanish version, or a plain notice with numbered rights; "
    "60-day plan appeal, 72-hour expedited appeal, state fair hearing (90-120 days), continuation within 10 days, "
    "free copies, taglines")


# === 2. Northern California commercial HMO: tumor treating fields for a tumor that is not a glioblastoma ===========

_NC_MS = "1-800-464-4000"
_NC_ADDR = GRIEVANCE_ADDR["Northern California"]
_NC_AREAS = ["510", "415", "916", "408", "925", "707"]
_NC_SVC = ["Tumor treating fields therapy (Optune), monthly device rental", "Optune tumor treating fields system",
           "Tumor Treating Fields (TTFields) device, per month", "Alternating electric field therapy (Optune)"]
# (tumor as the pathology names it, diagnosis rows, whether the letter calls it a primary brain tumor)
_NC_TUMORS = [
    ("astrocytoma, IDH-mutant, CNS WHO grade 4", [("Malignant neoplasm of frontal lobe", "C71.1")], True),
    ("astrocytoma, IDH-mutant, CNS WHO grade 4", [("Malignant neoplasm of temporal lobe", "C71.2")], True),
    ("anaplastic astrocytoma (grade 3)", [("Malignant neoplasm of parietal lobe", "C71.3")], True),
    ("oligodendroglioma, IDH-mutant and 1p/19q-codeleted, grade 3", [("Malignant neoplasm of frontal lobe",
                                                                       "C71.1")], True),
    ("brain metastases from non-small cell lung cancer", [("Secondary malignant neoplasm of brain", "C79.31"),
                                                          ("Malignant neoplasm of unspecified part of unspecified "
                                                           "bronchus or lung", "C34.90")], False),
]
_NC_CRIT = ["Kaiser Permanente Interregional New Technologies Committee assessment: Tumor Treating Fields",
            "KP Northern California Durable Medical Equipment Criteria: Electric Tumor Treatment Field Therapy",
            "NCCN Clinical Practice Guidelines in Oncology: Central Nervous System Cancers"]


def _nc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b62_nc"):
        return
    c.extra["b62_nc"] = True
    variant = c.extra["nc_variant"] = w.rng.randrange(3)  # 0 summary box, 1 headed sections, 2 to the doctor
    _fmt(w, ("b62long", "b62monpt"), ("b62long", "b62wkmonpt"), ("b62dmonyy", "b62mdyypad"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.category = "experimental_investigational"
    if c.urgency != "standard":  # this template words the standard (5-business-day) track only
        dec = c.decision or c.letter
        untimely = _has(c, "process.decision_untimely")
        if c.received or untimely:
            c.received = D.add_business(dec, -(w.rng.randint(9, 18) if untimely else w.rng.randint(1, 4)))
        c.urgency = "standard"
    tumor, dxs, primary = w.pick(_NC_TUMORS)
    c.extra["nc_tumor"] = (tumor, primary)
    c.services = [dict(text=w.pick(_NC_SVC), codes=["E0766"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in dxs]
    c.service = None
    fac = w.pick(facilities("CA", "Northern California"))
    doc, _, doc_last = person(w.rng, 0.15)
    c.provider = w.pick([f"{doc}, MD", f"Dr. {doc}", f"{doc}, M.D."])
    c.extra["nc_doc"] = (doc_last, f"Neuro-Oncology, {fac}", _phone(w, _NC_AREAS, 0), _phone(w, _NC_AREAS, 1), fac)
    base = c.received or c.letter - dt.timedelta(days=3)
    c.extra["nc_mri"] = base - dt.timedelta(days=w.rng.randint(8, 25))
    c.extra["nc_board"] = c.extra["nc_mri"] + dt.timedelta(days=w.rng.randint(2, 6))
    c.extra["nc_path"] = c.extra["nc_mri"] - dt.timedelta(days=w.rng.randint(60, 400))
    c.extra["nc_chemo"] = c.extra["nc_path"] + dt.timedelta(days=w.rng.randint(28, 56))
    c.extra["nc_order"] = f"NVC-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["nc_ref"] = f"{w.rng.randint(10**9, 10**10 - 1)}"
    c.criteria = w.rng.sample(_NC_CRIT[:2], 1) + ([_NC_CRIT[2]] if w.chance(0.5) else [])
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Specialist, DME"], ["RN", "RN, CCM"])
        if w.chance(0.5) or variant == 2:
            c.reviewer["phone"] = _phone(w, _NC_AREAS, 2)
    else:
        c.reviewer = dict(name=person(w.rng, 0.25)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Neuro-Oncology", "Radiation Oncology", "Neurosurgery", None]),
                          phone=_phone(w, _NC_AREAS, 2) if variant == 2 or w.chance(0.6) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Regional Medical Director, Utilization Management",
                                   "Physician Advisor"])
    _flags(c)


def reason_b62_nc(w: W) -> str:
    _nc_setup(w)
    c = w.c
    tumor, primary = c.extra["nc_tumor"]
    your = "the patient's" if c.extra["nc_variant"] == 2 else "your"
    if primary:
        return w.pick([
            f"The FDA has approved tumor treating fields only for glioblastoma. The pathology report shows {your} "
            f"tumor is an {tumor}, which is not a glioblastoma under the current World Health Organization "
            f"classification. The studies that support the device enrolled only people with glioblastoma, and "
            f"there is not enough published evidence that it helps people live longer or slows tumor growth in "
            f"other gliomas. For this use the therapy is investigational.",
            f"Tumor treating fields therapy is considered investigational for any brain tumor other than "
            f"glioblastoma. {your.capitalize()} diagnosis is {tumor}. No completed clinical trial has shown that the "
            f"device improves survival or delays progression for this tumor type, and the device is not FDA "
            f"approved for it.",
        ])
    return w.pick([
        f"Tumor treating fields are FDA approved for glioblastoma, not for tumors that spread to the brain from "
        f"another organ. {your.capitalize()} diagnosis is {tumor}. The published research on the device for brain "
        f"metastases is still at the clinical trial stage and does not show a proven benefit, so for this use the "
        f"therapy is investigational.",
    ])


def _nc_rights(w: W, b: list[Block], head, to_doctor: bool) -> None:
    """California commercial, experimental denial: grievance, conference, IMR without a grievance, DMHC, HCA."""
    c = w.c
    addr = ", ".join(_NC_ADDR)
    who_ = "The patient, or you on the patient's behalf," if to_doctor else "You, or someone you name,"
    head(w.pick(["Your right to file a grievance (appeal)", "If you disagree with this decision", "Your rights"])
         if not to_doctor else "The patient's rights (also sent to the patient)")
    b.append(w.p(w.pick([
        f"{who_} may file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this letter. Call "
        f"Member Services at {_NC_MS} (TTY 711), file online at kp.org, or write to {addr}.",
        f"To ask us to change this decision, file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)} after the "
        f"date of this letter: online at kp.org, by phone at {_NC_MS} (TTY 711), or by mail to {addr}. {who_} may "
        f"file.",
    ])))
    b.append(w.p(w.pick([
        f"If {'the patient' if to_doctor else 'your'}{'s' if not to_doctor else chr(39) + 's'} health is in serious "
        "danger, ask for an urgent review. We decide urgent grievances within 72 hours, and you may contact the "
        "Department of Managed Health Care right away.",
        "Urgent grievance: when waiting could seriously threaten health, we decide within 72 hours. You do not "
        "have to wait for us before calling the Department of Managed Health Care.",
    ])))
    if not _has(c, "experimental.terminal_illness_rights"):
        b.append(w.p(w.pick([
            "Because this is a denial of a treatment we consider experimental or investigational, you may ask for an "
            "Independent Medical Review (IMR) from the Department of Managed Health Care without filing a grievance "
            "with us first. Apply within 6 months of this letter. IMR costs nothing.",
            "You do not need to file a grievance before asking for Independent Medical Review of this "
            "experimental/investigational denial. Apply to the Department of Managed Health Care within 6 months "
            "of the date of this letter; there is no charge.",
        ])))
        b.append(w.p(w.pick([
            "You may also ask for a conference with us to talk about this decision. We will hold it within 30 "
            "calendar days, or within 5 business days if your doctor says a delay would make the therapy much less "
            "effective.",
            "You have the right to a conference with Kaiser Permanente about this denial: within 30 calendar days "
            "of your request, or within 5 business days when the treating doctor finds that waiting would reduce "
            "the therapy's effectiveness. Ask by calling Member Services.",
        ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(
            "The California Department of Managed Health Care is responsible for regulating health care service "
            f"plans. If you have a grievance against your health plan, you should first telephone your health plan at "
            f"{_NC_MS} (TTY 711) and use your health plan's grievance process before contacting the department. "
            "Utilizing this grievance procedure does not prohibit any potential legal rights or remedies that may be "
            "available to you. If you need help with a grievance involving an emergency, a grievance that has not "
            "been satisfactorily resolved by your health plan, or a grievance that has remained unresolved for more "
            "than 30 days, you may call the department for assistance. You may also be eligible for an Independent "
            "Medical Review (IMR). If you are eligible for IMR, the IMR process will provide an impartial review of "
            "medical decisions made by a health plan related to the medical necessity of a proposed service or "
            "treatment, coverage decisions for treatments that are experimental or investigational in nature and "
            "payment disputes for emergency or urgent medical services. The department also has a toll-free "
            "telephone number (1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. "
            "The department's internet website www.dmhc.ca.gov has complaint forms, IMR application forms and "
            "instructions online.", bold=True, size=12.0))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For free help with a grievance or an IMR, call the Health Consumer Alliance at 1-888-804-3536.",
            "The Health Consumer Alliance helps members with grievances at no cost: 1-888-804-3536.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the documents we used, including the criteria and the studies we reviewed.",
        "On request we will send, free of charge, the records, criteria and medical studies this decision is based on.",
    ])))


def t_b62_nc(w: W):
    _nc_setup(w)
    c = w.c
    variant = c.extra["nc_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    doc_last, dept, dph, dfax, fac = c.extra["nc_doc"]
    tumor, _primary = c.extra["nc_tumor"]
    ref = c.extra["nc_ref"]
    cell = c.extra["b62_cell"]
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    item = f"{w.svc(svc)} ({w.pick(['HCPCS ', ''])}{w.code('E0766')})"
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    pat = "the patient" if variant == 2 else "you"
    alt = not _has(c, "experimental.terminal_illness_rights")
    st.footer = [w.pick([f"Ref. {ref} - Page {{page}} of {{pages}}", "Kaiser Permanente | {page} of {pages}",
                         "{page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 1))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California"],
                   right=["Kaiser Foundation Health Plan, Inc.", "Regional Utilization Management",
                          f"Member Services {_NC_MS} (TTY 711)"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b62_head"), space_before=10))
    if variant == 2:
        b.append(w.p(prov, space_before=10))
        b.append(w.p(dept, space_before=0))
        b.append(w.p(f"Phone {dph}   Fax {dfax}", space_before=0))
        b.append(Block("fields", rows=[["Patient:", w.name(), "MRN:", w.mid()],
                                       ["Date of birth:", b62date(c.extra["dob"], cell), "Reference:", ref]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.p(f"Dear Dr. {doc_last}:", space_before=10))
        intro = f"We have reviewed your request for {item} for the patient named above."
    else:
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"{w.pick(['Medical record number', 'MRN', 'Health/medical record number'])}: {w.mid()}    "
                     f"Reference: {ref}", space_before=8))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        intro = w.pick([f"Your neuro-oncologist, {prov}, asked us to cover {item}.",
                        f"{prov} ({dept}) sent us a request for {item} for you."])
    if variant != 0:
        if rec:
            intro += f" We received the request on {rec}."
        if dec:
            intro += f" We made our decision on {dec}."
    intro += w.pick([" The request is denied.", " We cannot approve this request."])
    if variant == 1:
        head(w.pick(["What was requested", "Your request"]))
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    if variant == 0:
        rows = [["Requested", item], ["Requested by", f"{prov}, {dept}"]]
        if rec:
            rows.append(["Request received", rec])
        rows.append(["Decision", "Denied - experimental / investigational for this diagnosis"])
        if dec:
            rows.append(["Decision date", dec])
        if c.reviewer:
            rows.append(["Reviewed by", _who(w, "")])
        rows.append(["Criteria", "; ".join(M("CRITERIA", x) for x in c.criteria)])
        b.append(w.h(w.pick(["Summary of our review", "SUMMARY OF OUR REVIEW"]), space_before=10,
                     size=st.size + 1))
        b.append(Block("keyed", rows=rows, shade=True, side_w=0.26, space_before=3, size=st.size - 0.5))
    if variant == 1:
        head(w.pick(["What we decided", "Our decision"]))
        b.append(w.p(f"We decided that tumor treating fields therapy is investigational for {pat} and is not "
                     f"covered under the experimental and investigational services exclusion in the Evidence of "
                     f"Coverage."))
    head(w.pick(["Why we made this decision", "The reason for our decision", "Why the therapy is not covered"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant != 0:
        b.append(w.p(w.pick(["To decide, we applied the ", "We reviewed the request against the "])
                     + join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
        if c.reviewer:
            ln = _who(w, w.pick(["The decision was made by ", "Reviewer: "]))
            ln += f", {c.reviewer_title}."
            if c.reviewer["phone"]:
                ln += (f" {w.pick(['To discuss this case, call', 'The reviewer can be reached at'])} "
                       f"{M('REVIEWER_PHONE', c.reviewer['phone'])}.")
            b.append(w.p(ln))
    elif c.reviewer and c.reviewer["phone"]:
        b.append(w.p(f"The reviewer can be reached at {M('REVIEWER_PHONE', c.reviewer['phone'])}."))
    if variant == 1:
        head(w.pick(["What we reviewed", "Information we looked at"]))
    b.append(w.p(w.pick([
        f"We reviewed the pathology report of {_fd(w, c.extra['nc_path'])}, the brain MRI with and without "
        f"contrast (CPT 70553) done on {_fd(w, c.extra['nc_mri'])}, and the note from the neuro-oncology tumor "
        f"board of {_fd(w, c.extra['nc_board'])}.",
        f"Records reviewed: MRI of the brain (70553) on {b62date(c.extra['nc_mri'], cell)}; tumor board "
        f"recommendation, {b62date(c.extra['nc_board'], cell)}; surgical pathology, "
        f"{b62date(c.extra['nc_path'], cell)}.",
    ])))
    if variant == 1:
        head(w.pick(["Other treatment", "Treatment that is covered"]))
    ln = w.pick([
        f"Temozolomide (J8700), which {pat} started on {_fd(w, c.extra['nc_chemo'])}, is covered and is not part "
        f"of this decision.",
        f"This letter does not affect the temozolomide chemotherapy (J8700) {pat} began on "
        f"{_fd(w, c.extra['nc_chemo'])}; it remains covered.",
    ])
    if alt:
        ln += w.pick([" Radiation therapy, surgery and enrollment in a clinical trial are other covered options that "
                      f"Dr. {doc_last} can discuss.",
                      " Covered alternatives include radiation therapy, further surgery, other chemotherapy, and "
                      "the routine costs of an approved clinical trial."])
    b.append(w.p(ln))
    b.append(w.p(w.pick([
        f"The device supplier (Novocure) has been told of this decision; its order {c.extra['nc_order']} is on hold.",
        f"We have notified the device supplier, Novocure (order no. {c.extra['nc_order']}), that the therapy is "
        f"not approved.",
    ])))
    if variant == 1:
        head(w.pick(["Your rights", "What you can do"]))
        _nc_rights(w, b, lambda t: None, False)
    else:
        _nc_rights(w, b, head, variant == 2)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Regional Utilization Management",
          "Kaiser Foundation Health Plan, Inc., Northern California Region")
    if variant == 2:
        b.append(w.p(f"cc: {c.member_name} (member), {c.member_addr[0]}, {c.member_addr[1]}", space_before=8,
                     size=st.size - 1))
    else:
        b.append(w.p(f"cc: {prov}, {dept}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language assistance is available. Call {_NC_MS} (TTY 711).",
                             f"Interpreters at no cost: {_NC_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "CA", _NC_MS, w.pick([None, "Language assistance"]))
    return b, st, ["nca_summary_of_review_box", "nca_headed_sections", "nca_to_doctor_cc_member"][variant]


BLIND62_TEMPLATES["blind62_nca_commercial_tumor_treating_fields_experimental"] = (t_b62_nc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["experimental_investigational"],
    reason=reason_b62_nc))
MODELED_ON["blind62_nca_commercial_tumor_treating_fields_experimental"] = (
    "blind62: Kaiser Permanente Northern California commercial HMO denial of tumor treating fields therapy (E0766, "
    "Optune) as investigational for a brain tumor that is not a glioblastoma; a letter with a 'Summary of our "
    "review' box, a letter in headed sections, or a letter to the neuro-oncologist copied to the member; 180-day "
    "grievance, 72-hour urgent grievance, IMR without a grievance first, conference, covered alternatives, DMHC "
    "statement, Health Consumer Alliance, free copies, taglines")


# === 3. Mid-Atlantic Medicare Advantage: expedited denial of a skilled nursing facility admission ==================

_VA_MS, _VA_LOCAL, _VA_TTY = "1-800-777-7902", "(301) 468-6000", "(301) 879-6380"
_VA_ADDR = GRIEVANCE_ADDR["Mid-Atlantic States"]
_VA_AREAS = ["703", "571", "540"]
_VA_SVC = ["Skilled nursing facility admission", "Admission to a skilled nursing facility (SNF)",
           "Skilled nursing facility (SNF) stay after hospital discharge", "Short-term SNF admission for rehabilitation"]
_VA_DX = [("Pneumonia, unspecified organism", "J18.9"),
          ("Chronic obstructive pulmonary disease with (acute) exacerbation", "J44.1"),
          ("Acute on chronic systolic (congestive) heart failure", "I50.23"), ("Sepsis, unspecified organism", "A41.9")]
_VA_HOSP = ["Fairfax Valley Hospital", "Prince William Regional Medical Center", "Loudoun Ridge Hospital",
            "Shenandoah Valley Medical Center"]
_VA_SNF = ["Manassas Health and Rehabilitation Center", "Potomac Ridge Skilled Nursing & Rehab",
           "Dulles Gateway Nursing and Rehabilitation", "Lake Ridge Post-Acute Care", "Burke Commons Care Center"]
_VA_HHA = ["Kaiser Permanente Home Health", "Northern Virginia Home Health Partners", "Commonwealth Home Care"]
_VA_MEDICARE_RULES = ["Medicare's coverage rules for skilled nursing facility care (42 CFR Part 409)",
                      "42 CFR 422.101(b)"]
_VA_INTERNAL = ["MCG Skilled Nursing Facility Level of Care guideline", "InterQual Subacute and SNF criteria"]
_VA_DAUGHTERS = ["Angela", "Denise", "Karen", "Michelle", "Sonia", "Yvonne", "Priya", "Lauren"]


def _va_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b62_va"):
        return
    c.extra["b62_va"] = True
    variant = c.extra["va_variant"] = w.rng.randrange(3)  # 0 CMS-style notice, 1 timeline, 2 to the daughter
    _fmt(w, ("b62long", "b62monpt"), ("b62mdy4", "b62long") if variant == 0 else ("b62long", "b62wkmonpt"),
         ("b62mdy4", "b62dmonyy", "b62mdyypad"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "VA", "Mid-Atlantic States")
    c.category = "medical_necessity"
    untimely = _has(c, "process.decision_untimely")
    if c.urgency != "expedited":  # every letter of this template decides on the 72-hour track
        dec = c.decision or c.letter
        if c.received or untimely:
            c.received = dec - dt.timedelta(days=w.rng.randint(4, 9) if untimely else w.rng.randint(0, 2))
        c.letter = dec
        c.urgency = "expedited"
    if c.appeal_days == 65:  # the catalogue verifies 60 days (65 is a secondary source's number)
        c.appeal_days, c.appeal_phrase = 60, w.pick(["60 days", "60 calendar days"])
    c.services = [dict(text=w.pick(_VA_SVC), codes=[], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [w.pick(_VA_DX)]]
    c.service = None
    hosp = w.pick(_VA_HOSP)
    doc, _, doc_last = person(w.rng, 0.15)
    c.provider = w.pick([f"{doc}, MD", f"Dr. {doc}", f"{doc}, DO"])
    planner = person(w.rng, 0.0)[0] + w.pick([", RN, Case Manager", ", LCSW, Discharge Planner",
                                              ", MSW, Discharge Planning"])
    c.extra["va_hosp"] = (hosp, doc_last, planner, _phone(w, _VA_AREAS, 0))
    c.extra["va_snf"] = (w.pick(_VA_SNF), _phone(w, _VA_AREAS, 1))
    c.extra["va_hha"] = (w.pick(_VA_HHA), f"{w.rng.randint(10**7, 10**8 - 1)}")
    base = c.received or c.letter
    c.extra["va_admit"] = base - dt.timedelta(days=w.rng.randint(3, 8))
    c.extra["va_pt"] = c.extra["va_admit"] + dt.timedelta(days=w.rng.randint(1, max(1, (base - c.extra["va_admit"]).days)))
    c.extra["va_dc"] = c.letter + dt.timedelta(days=w.rng.randint(1, 2))
    c.extra["va_hh_visit"] = c.extra["va_dc"] + dt.timedelta(days=w.rng.randint(1, 2))
    c.extra["va_feet"] = w.pick([120, 150, 180, 200, 250])
    c.extra["va_times"] = (_clock(w, 8, 12), _clock(w, 13, 18))
    last = c.member_name.split()[-1]
    dlast = last if w.chance(0.6) else person(w.rng, 0.0)[2]
    c.extra["va_daughter"] = f"{w.pick(_VA_DAUGHTERS)} {dlast}"
    c.extra["va_daddr"] = address(w.rng, "VA", "Mid-Atlantic States")
    c.extra["va_ref"] = f"{w.pick(['MA', 'OD', 'SNF'])}{w.rng.randint(10**6, 10**7 - 1)}"
    if _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_VA_INTERNAL)]
    elif _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = w.rng.sample(_VA_MEDICARE_RULES, w.pick([1, 2]))
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Management Nurse Reviewer", "Care Coordination Nurse"], ["RN", "RN, BSN"])
    else:
        c.reviewer = dict(name=person(w.rng, 0.25)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Geriatric Medicine", "Internal Medicine",
                                            "Physical Medicine and Rehabilitation", None]),
                          phone=_phone(w, _VA_AREAS, 2) if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director", "Associate Medical Director"])
    _flags(c)


def reason_b62_va(w: W) -> str:
    _va_setup(w)
    c = w.c
    hosp = c.extra["va_hosp"][0]
    feet = c.extra["va_feet"]
    rep = c.extra["va_variant"] == 2
    you, your, were, s_ = ("the member", "the member's", "was", "s") if rep else ("you", "your", "were", "")
    if _bare(c):
        return w.pick(["Skilled nursing facility care is not medically necessary.",
                       "The request does not meet medical necessity requirements."])
    return w.pick([
        f"{you.capitalize()} {were} admitted to {hosp} on {_fd(w, c.extra['va_admit'])}. The physical therapy "
        f"evaluation of {_fd(w, c.extra['va_pt'])} found that {you} can walk {feet} feet with a rolling walker and "
        f"need{s_} only standby help to get in and out of bed. {your.capitalize()} medical needs do "
        f"not require skilled nursing or skilled therapy every day that can only be provided in a skilled nursing "
        f"facility. The care {you} need{s_} can be given safely at home with home health visits.",
        f"Medicare covers a skilled nursing facility stay only when a person needs skilled nursing or skilled "
        f"rehabilitation services every day that, as a practical matter, can only be given as an inpatient in a "
        f"skilled nursing facility. The hospital records show {you} {were} walking {feet} feet with a walker by "
        f"{_fd(w, c.extra['va_pt'])}, {'is' if rep else 'are'} breathing comfortably on room air, and can take "
        f"medicines by mouth. These needs can be met at home.",
    ])


def _va_rights(w: W, b: list[Block], head, rep: bool) -> None:
    """Medicare Advantage organization determination: 60-day reconsideration, 72-hour fast appeal, IRE, 1-800-MEDICARE."""
    c = w.c
    addr = ", ".join(_VA_ADDR)
    you = "you (as the member's representative)" if rep else "you"
    hs, m_ = ("the member's", "the member") if rep else ("your", "you")
    head(w.pick(["You have the right to appeal our decision", "YOUR RIGHT TO APPEAL", "How to appeal"]))
    b.append(w.p(w.pick([
        f"If {you} disagree, ask us for a reconsideration (an appeal). The request must reach "
        f"us within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice. We can give more time if there "
        f"is a good reason.",
        f"An appeal of this decision is called a reconsideration. Ask for it within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice.",
    ])))
    b.append(w.h(w.pick(["Fast (expedited) appeal", "If you need a fast decision"]), space_before=5))
    b.append(w.p(w.pick([
        f"If waiting for a standard decision could seriously harm {hs} health, ask for a fast appeal. We "
        "will decide within 72 hours. If a doctor asks for a fast appeal, or supports the request, we will give "
        "one.",
        f"Ask for a fast appeal by phone if {hs} life, health or ability to regain function could be seriously "
        f"harmed by waiting. We answer fast appeals within 72 hours; any doctor can ask for one for {m_}, and we "
        "will grant it.",
    ])))
    b.append(w.p(w.pick([
        "A standard appeal is decided within 30 days. To appeal, call Member Services at "
        f"{_VA_MS} or {_VA_LOCAL} (TTY {_VA_TTY}), or write to {addr}.",
        f"Standard appeals are answered within 30 days. Send a written request to {addr}, or call {_VA_MS} / "
        f"{_VA_LOCAL} (TTY {_VA_TTY}) for a fast appeal.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            f"If we do not decide fully in {hs} favor, we automatically send the case to the Independent "
            f"Review Entity, an organization outside Kaiser Permanente hired by Medicare. If {m_} still "
            f"disagree{'s' if rep else ''} after that, there are further levels of appeal, and each decision letter explains the next "
            "step.",
            "What happens next: when we keep any part of this denial on appeal, the file goes on its own to the "
            "Independent Review Entity that Medicare contracts with; you do not need to ask. Later levels of appeal "
            "are explained in each decision.",
        ])))
    b.append(w.p(w.pick([
        "Who may appeal: the member, the member's representative, or the member's doctor. You may ask for a free "
        "copy of the records and guidelines we used.",
        "The member, a representative, or any doctor may ask for the appeal. Free copies of the information we used "
        "are available on request.",
    ])))
    b.append(w.p("For more help with Medicare, call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a "
                 "week; TTY 1-877-486-2048."))


def t_b62_va(w: W):
    _va_setup(w)
    c = w.c
    variant = c.extra["va_variant"]
    st = _style(w, ["helvetica", "times", "courier"] if variant == 0 else ["helvetica", "times"], [9.5, 10.0],
                [54.0, 60.0, 64.0])
    hosp, doc_last, planner, hph = c.extra["va_hosp"]
    snf, snf_ph = c.extra["va_snf"]
    hha, auth = c.extra["va_hha"]
    ref = c.extra["va_ref"]
    cell = c.extra["b62_cell"]
    t_rec, t_dec = c.extra["va_times"]
    rep = variant == 2
    daughter = c.extra["va_daughter"]
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    mem = "the member" if rep else "you"
    st.footer = [w.pick([f"{ref} | Page {{page}} of {{pages}}", "Kaiser Permanente Medicare Advantage  {page}",
                         "Page {page} of {pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Medicare Advantage - Mid-Atlantic States"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          "Utilization Management - Expedited Reviews",
                          f"Member Services {_VA_MS} (TTY {_VA_TTY})"]))
    if variant == 0:
        b.append(w.p(w.pick(["NOTICE OF DENIAL OF MEDICAL COVERAGE", "Notice of Denial of Medical Coverage"]),
                     bold=True, align="center", boxed=True, size=st.size + 2, space_before=10))
        rows = [["Date of this notice:", _dm(w, "DATE_LETTER", c.letter, "b62_head"), "Reference:", ref],
                ["Member name:", w.name(), "Member number:", w.mid()]]
        if rec:
            rows.append(["Request received:", rec, "Time:", t_rec])
        if dec:
            rows.append(["Decision made:", dec, "Time:", t_dec])
        b.append(Block("fields", rows=rows, space_before=8, size=st.size - 0.5))
        b.append(w.p(f"Requested by: {prov}, {hosp}", space_before=6))
        head(w.pick(["Your request was denied", "What we denied"]))
        b.append(w.p(w.pick([
            f"We have denied the medical care listed below that was requested for you on the fast (72-hour) "
            f"track: {w.svc(svc)} at {snf}.",
            f"On an expedited review, we denied coverage for {w.svc(svc)} ({snf}) after your hospital stay.",
        ])))
        b.append(w.p("Diagnosis: " + dxs + "."))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b62_head"), space_before=10))
        if rep:
            b.append(w.p(daughter, space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.extra["va_daddr"])
            b.append(Block("fields", rows=[["Member:", w.name(), "Member ID:", w.mid()],
                                           ["Representative:", f"{daughter} (daughter)", "Reference:", ref]],
                           space_before=8, size=st.size - 0.4))
            b.append(w.p(f"Dear {daughter.split()[0]} {daughter.split()[-1]}:", space_before=10))
            intro = (f"We have your appointment of representative form on file, so we are writing to you about "
                     f"your parent's care. {prov} at {hosp} asked us to approve "
                     f"{w.svc(svc)} at {snf} when the hospital stay ends.")
        else:
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", space_before=8))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
            intro = w.pick([f"{prov}, your doctor at {hosp}, asked us to approve {w.svc(svc)} at {snf}.",
                            f"While you are in {hosp}, your care team asked us to cover {w.svc(svc)} at {snf}. "
                            f"The request came from {prov}."])
        if variant == 2:
            if rec:
                intro += f" We received the request on {rec}."
            if dec:
                intro += f" We decided on {dec}."
            intro += " Because the request was urgent, we reviewed it on the fast (72-hour) track."
        intro += " " + w.pick(["The request is denied.", "We cannot approve it."])
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        if variant == 1:
            head(w.pick(["Timeline of your hospital stay and this request", "Key dates"]))
            rows = [["Date", "What happened"],
                    [b62date(c.extra["va_admit"], cell), f"Admitted to {hosp}"],
                    [b62date(c.extra["va_pt"], cell), "Physical therapy evaluation"]]
            if c.received:
                rows.append([M("DATE_RECEIVED", b62date(c.received, cell)),
                             "Request for skilled nursing facility admission received (expedited)"])
            if c.decision:
                rows.append([M("DATE_DECISION", b62date(c.decision, cell)), "Our decision: denied"])
            rows.append([b62date(c.extra["va_dc"], cell), "Planned hospital discharge"])
            rows.append([b62date(c.extra["va_hh_visit"], cell), f"First home health visit ({hha})"])
            b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.0, col_align=["left", "left"]))
    head(w.pick(["Why we denied the request", "Why we made this decision", "Reason for the denial"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["We based this decision on ", "We applied "]) +
                     join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        ln = _who(w, w.pick(["This decision was made by ", "Reviewer: "])) + f", {c.reviewer_title}."
        if c.reviewer["phone"]:
            ln += f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(ln))
    b.append(w.p(w.pick([
        f"Home health care from {hha} (nursing and physical therapy visits) was approved separately under "
        f"authorization {auth}; it is not part of this decision. The first visit is planned for "
        f"{_fd(w, c.extra['va_hh_visit'])}, after the planned discharge on {_fd(w, c.extra['va_dc'])}.",
        f"Separately, we approved home health visits by {hha} (authorization {auth}). {planner} at {hosp} "
        f"({hph}) will go over the discharge plan with {mem} before discharge on {_fd(w, c.extra['va_dc'])}.",
    ])))
    b.append(w.p(w.pick([
        f"{planner}, at {hosp}, has been told of this decision. {snf} ({snf_ph}) has also been notified.",
        f"We informed {snf} (phone {snf_ph}) and the hospital's discharge planner, {planner}.",
    ])))
    _va_rights(w, b, head, rep)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management",
          "Kaiser Permanente Medicare Advantage, Mid-Atlantic States")
    if rep:
        b.append(w.p(f"cc: {c.member_name} (member), {c.member_addr[0]}, {c.member_addr[1]}", space_before=8,
                     size=st.size - 1))
    b.append(w.p(f"cc: {prov}, {hosp}", space_before=2 if rep else 8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free help in your language: call {_VA_MS} (TTY {_VA_TTY}).",
                             f"Interpreter services are free of charge. Call {_VA_MS}."]), space_before=8))
    b += _taglines(w, "VA", _VA_MS, w.pick([None, "Multi-language interpreter services"]))
    return b, st, ["va_cms_style_denial_notice", "va_timeline_of_dates", "va_to_daughter_representative"][variant]


BLIND62_TEMPLATES["blind62_va_ma_skilled_nursing_admission_denied"] = (t_b62_va, dict(
    plans=["medicare_advantage"], states=["VA"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("notice.expedited_review",), reason=reason_b62_va))
MODELED_ON["blind62_va_ma_skilled_nursing_admission_denied"] = (
    "blind62: Kaiser Permanente Mid-Atlantic States Medicare Advantage expedited denial of a skilled nursing "
    "facility admission after a hospital stay, with home health approved separately; a Medicare denial notice in "
    "the federal form's order, a letter with a timeline of the stay, or a letter to the member's daughter as "
    "representative; 60-day reconsideration, 72-hour fast appeal, 30-day standard appeal, automatic IRE review, "
    "1-800-MEDICARE, free copies, taglines")
