"""Forty-fourth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND44_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind44_hi_quest_adult_hearing_aids")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts (deadlines, phone numbers, which rights a plan type's letter
carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind44_scal_commercial_varicose_vein_ablation``: a Kaiser Permanente Southern California commercial HMO letter
   (plan_type ``commercial_hmo``, state CA, DMHC-regulated; letter_kind ``initial_denial``) denying endovenous
   ablation of the great saphenous vein: radiofrequency ablation of the first vein (CPT 36475), sometimes with a
   second vein in the same leg (CPT 36476), or laser ablation (CPT 36478). Category ``medical_necessity`` (the
   compression-stocking trial was shorter than the guideline's three months, or the duplex ultrasound shows reflux
   under half a second in the great saphenous vein) with diagnoses I83.81x (varicose veins with pain), or
   ``not_covered`` (the notes describe veins treated for how they look: a cosmetic service excluded by the Evidence
   of Coverage, whose section and page the letter names) with diagnoses I83.9x. Layouts: ``scal_reflux_table`` (the
   duplex ultrasound as a table of vein segments, diameters in mm and reflux in seconds), ``scal_continuation_header``
   (a letter whose later pages open with "Page 2 of 3 - member name - Reference ...") and ``scal_why_what_labels``
   (the decision explained in short labeled paragraphs "Why:", "What this means:", "What you can do:"). Rights from
   the catalogue: a grievance within 180 days (1-800-464-4000, TTY 711, kp.org, in writing), expedited review decided
   within 72 hours with the right to call DMHC at once, the DMHC statement in 12-point bold (1-888-466-2219, TDD
   1-877-688-9891, www.dmhc.ca.gov) naming Independent Medical Review, the Health Consumer Alliance (1-888-804-3536),
   free copies of the criteria and documents, taglines in fifteen languages. Distractors: the sonographer (RVT) and
   the ultrasound date, the stocking trial's start date and length, the segment diameters and reflux seconds, the vein
   clinic's phone and fax, the surgeon's NPI, the reference number, compression stockings (A6531) named as a covered
   option (never an item).

   Which date is which: the letter date is the date line at the top; received and decision dates are stated in the
   opening paragraph; the ultrasound and stocking dates are earlier events; ``service`` is always null. Which name is
   the member: the addressee. The requesting provider is the vascular surgeon. Which reason is the reason: the
   paragraph under the reason heading (the "Why:" paragraph in the labeled layout). The truth counts the denied
   ablation lines.

2. ``blind44_hi_quest_adult_hearing_aids``: a Kaiser Permanente Hawaii QUEST Integration (Med-QUEST, Hawaii's
   Medicaid; plan_type ``medicaid`` as the generator names every non-California Medicaid plan, state HI) notice of
   action (``initial_denial``) denying hearing aids for an adult: a binaural digital behind-the-ear pair (HCPCS V5261)
   or one monaural aid (V5257), each with the fitting and orientation visit (V5011). Diagnoses H90.3 (bilateral
   sensorineural loss) or H90.5. Category ``medical_necessity`` (the audiogram shows a loss too mild in the better ear
   for the plan's hearing aid criteria) or ``not_covered`` (the benefit limit: a replacement within the period the
   member handbook sets, the earlier aids' dispensing date named; the handbook section is cited). Layouts:
   ``hi_tagline_block`` (a notice closed by a block of taglines in many languages, each with the plan's number),
   ``hi_decision_table`` (a table "Service requested / Decision / Reason" above the explanation) and
   ``hi_representative_letter`` (addressed to the adult member's parent, the authorized representative; the member is
   the "Member:" name). Medicaid rights from the catalogue: an appeal within 60 days of the date on the notice, an
   expedited appeal decided in 72 hours, a state administrative (fair) hearing with the Hawaii Department of Human
   Services after the plan's appeal (within the 90-120 days the State sets, counted from the appeal decision),
   continuation of services when an appeal is filed within 10 days, free copies of documents and criteria, taglines.
   The catalogue verifies no Kaiser Hawaii Member Services number, so the letter prints only its own review line.
   Distractors: the audiologist (AuD) who tested and asked, the otolaryngologist, pure-tone averages per ear in dB,
   word recognition scores, the audiogram date, the earlier aids' date (not_covered), the hearing aid vendor, the
   parent's name and address, the tagline phone numbers, the reference number, the NPI.

   Which date is which: the letter date is the notice date at the top; the received and decision dates are stated
   in the opening; the audiogram and earlier-aid dates are earlier events; ``service`` is null. Which name is the
   member: the addressee, except in the representative letter where the member is the "Member:" name and the parent
   is the addressee. Which reason is the reason: the paragraph under the reason heading (the table's short "Reason"
   cell is a summary, not the reason). The truth counts the denied hearing aid and fitting lines.

3. ``blind44_ga_ma_knee_replacement_inpatient_status``: a Kaiser Permanente Georgia Medicare Advantage plan (plan_type
   ``medicare_advantage``, state GA) partial denial (``partial_denial``, ``medical_necessity``): total knee
   arthroplasty (CPT 27447) is approved as outpatient surgery, the inpatient admission after it is not. Diagnoses
   M17.11 or M17.12. Why: nothing in the surgeon's notes shows hospital care expected across two midnights (no
   condition that needs inpatient monitoring, help at home, walks with a cane). Criteria: Medicare's inpatient
   hospital rules (the Medicare Benefit Policy Manual chapter the generator already cites); a planted
   ``medicare.internal_criteria`` swaps in internal or proprietary criteria. Layouts: ``ga_approved_not_approved_boxes``
   (a boxed "Approved" and a boxed "Not approved" section), ``ga_hospital_copy`` (a copy to the hospital's
   utilization review office with admission and surgery dates split into "Date: / Time:" pairs and a bed-type line;
   the member named on the "Patient:" line) and ``ga_large_print`` (14-point type, short paragraphs). Medicare
   Advantage rights from the catalogue: a reconsideration within 60 days of the date of this notice, a fast
   reconsideration decided within 72 hours when a doctor says waiting could seriously harm health, automatic
   forwarding to the Independent Review Entity when the plan keeps its decision, the Kaiser Permanente Georgia Health
   Line (404-365-0966, 1-800-611-1811; the catalogue verifies no Georgia Member Services number), 1-800-MEDICARE
   (1-800-633-4227), TTY 1-877-486-2048, www.medicare.gov, taglines. Distractors: the approved 27447 line, the
   hospital, the scheduled admission and surgery dates and times, the pre-operative visit date, the hospital's
   utilization review nurse, the case number, the surgeon's NPI, the BMI, home physical therapy.

   Which date is which: the letter date is the date line (on the hospital copy, "Notice date"); received and
   decision dates are stated; the admission, surgery and pre-operative dates are not truth and ``service`` is null.
   Which name is the member: the addressee, or the "Patient:" name on the hospital copy. Which reason is the reason:
   the paragraph under the reason heading. The truth counts the denied inpatient admission and the approved surgery
   line too, as the devset's README defines services for a partial decision ("Approved lines of a partial decision are
   listed too"; the set's first measure counted the denied admission only).

Dates use this set's own styles (``b44date``); ``parse_blind44_date`` reads them back. Refused: each template words
only what its letter kind can carry; the generator refuses rule ids the catalogue does not apply. The varicose vein
letter also refuses ``mh_parity.non_association_criteria`` (no mental-health service),
``experimental.terminal_illness_rights`` and ``network.no_timely_in_network_alternative`` (categories it never
words).
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
from .writer import W, join_and

BLIND44_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_MON3U = [m.upper() for m in _MON3]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def b44date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b44wkptmon":  # Sat., March 14, 2026 (a weekday abbreviation with a point, the month in full)
        return f"{_DOW3[d.weekday()]}., {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b44mdotyy":  # 3.14.26 (month first, points, two-digit year)
        return f"{d.month}.{d.day}.{d.year % 100:02d}"
    if style == "b44ddmonyy":  # 14MAR26 (a hospital system's compact cell: day padded, 05MAR26)
        return f"{d.day:02d}{_MON3[d.month - 1].upper()}{d.year % 100:02d}"
    if style == "b44monabbr":  # Mar 14 2026 (abbreviated month, no comma)
        return f"{_MON3[d.month - 1]} {d.day} {d.year}"
    if style == "b44monpad0":  # March 04, 2026 (a mail-merge field: the day always two digits)
        return f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year}"
    raise ValueError(style)


STYLES = ("b44wkptmon", "b44mdotyy", "b44ddmonyy", "b44monabbr", "b44monpad0")


def parse_blind44_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b44date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]{2})\., ([A-Z][a-z]+) ([1-9]|[12]\d|3[01]), (\d{4})", t)
        if m and m[1] in _DOW3 and m[2] in MONTHS:
            d = dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([1-9]|1[0-2])\.([1-9]|[12]\d|3[01])\.(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2})([A-Z]{3})(\d{2})", t)
        if m and m[2] in _MON3U:
            return dt.date(2000 + int(m[3]), _MON3U.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) ([1-9]|[12]\d|3[01]) (\d{4})", t)
        if m and m[1] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{2}), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b44_fmt"] = w.pick(list(body))
    w.c.extra["b44_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b44_fmt") -> str:
    if not day:
        return ""
    return b44date(day, w.c.extra[key] if key.startswith("b44_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b44_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(212, 968), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a} {n} {m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([40.0, 46.0, 52.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _physician(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    name, _, _ = person(w.rng, 0.25)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


# tagline sentences written for this set; {ph} is the number the letter prints
_LANG = {
    "es": "ESPAÑOL: Si necesita ayuda para leer esta carta en su idioma, le damos un intérprete sin costo. Llame al "
          "{ph}.",
    "zh": "中文：如果您需要用您的語言閱讀本信的幫助，我們可免費提供口譯員。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Nếu quý vị cần trợ giúp đọc thư này bằng ngôn ngữ của mình, chúng tôi có thông dịch viên miễn "
          "phí. Hãy gọi {ph}.",
    "tl": "TAGALOG: Kung kailangan mo ng tulong sa pagbasa ng liham na ito sa iyong wika, may libreng tagasalin. "
          "Tumawag sa {ph}.",
    "ko": "한국어: 이 편지를 귀하의 언어로 읽는 데 도움이 필요하시면 무료 통역사를 제공해 드립니다. {ph}번으로 전화하십시오.",
    "hy": "ՀԱՅԵՐԵՆ. Եթե այս նամակը ձեր լեզվով կարդալու համար օգնության կարիք ունեք, թարգմանիչն անվճար է։ Զանգահարեք {ph}։",
    "fa": "فارسی: اگر برای خواندن این نامه به زبان خود به کمک نیاز دارید، مترجم رایگان در اختیار شماست. با {ph} تماس "
          "بگیرید.",
    "ru": "РУССКИЙ: Если вам нужна помощь с этим письмом на вашем языке, устный переводчик предоставляется бесплатно. "
          "Позвоните по номеру {ph}.",
    "ja": "日本語：この手紙をご自分の言語で読むための支援が必要な場合は、無料で通訳をご利用いただけます。{ph} にお電話ください。",
    "ar": "العربية: إذا كنت بحاجة إلى مساعدة في قراءة هذه الرسالة بلغتك، يتوفر مترجم فوري مجانًا. اتصل بالرقم {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਚਿੱਠੀ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਪੜ੍ਹਨ ਲਈ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਦੁਭਾਸ਼ੀਆ ਮੁਫ਼ਤ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ខ្មែរ៖ ប្រសិនបើអ្នកត្រូវការជំនួយក្នុងការអានលិខិតនេះជាភាសារបស់អ្នក យើងមានអ្នកបកប្រែដោយឥតគិតថ្លៃ។ សូមទូរស័ព្ទទៅ {ph}។",
    "hmn": "HMOOB: Yog koj xav tau kev pab nyeem tsab ntawv no ua koj hom lus, peb muaj neeg txhais lus pub dawb. Hu rau "
           "{ph}.",
    "hi": "हिंदी: यदि आपको यह पत्र अपनी भाषा में पढ़ने में सहायता चाहिए, तो दुभाषिया निःशुल्क उपलब्ध है। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: หากคุณต้องการความช่วยเหลือในการอ่านจดหมายนี้เป็นภาษาของคุณ เรามีล่ามให้บริการฟรี โทร {ph}",
    "ilo": "ILOKANO: No kasapulam ti tulong iti panagbasa daytoy a surat iti bukodmo a pagsasao, adda libre nga "
           "agipatarus. Tawagan ti {ph}.",
    "sm": "GAGANA SAMOA: Afai e te mana'omia se fesoasoani e faitau ai lenei tusi i lau gagana, e maua fua se "
          "faamatala upu. Valaau i le {ph}.",
    "haw": "ʻŌLELO HAWAIʻI: Inā makemake ʻoe i kōkua no ka heluhelu ʻana i kēia leka ma kāu ʻōlelo, he mea unuhi "
           "manuahi. E kelepona i {ph}.",
    "fr": "FRANÇAIS : Si vous avez besoin d'aide pour lire cette lettre dans votre langue, un interprète est à votre "
          "disposition gratuitement. Appelez le {ph}.",
    "am": "አማርኛ፦ ይህን ደብዳቤ በቋንቋዎ ለማንበብ እርዳታ ከፈለጉ፣ አስተርጓሚ በነጻ ይቀርባል። {ph} ይደውሉ።",
    "de": "DEUTSCH: Wenn Sie Hilfe beim Lesen dieses Briefes in Ihrer Sprache brauchen, steht Ihnen kostenlos ein "
          "Dolmetscher zur Verfügung. Rufen Sie {ph} an.",
}
_LANG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "HI": ["ilo", "tl", "ja", "ko", "zh", "vi", "sm", "haw", "es"],
    "GA": ["es", "vi", "ko", "zh", "fr", "am", "hi", "ar", "de", "ru"],
}


def _lang_lines(w: W, key: str, ph: str, heading: str | None, size: float = 7.4) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_LANG_SETS[key])
    if key != "CA":  # a California letter carries all fifteen, in order
        head, rest = langs[:1], langs[1:]
        w.rng.shuffle(rest)
        langs = head + rest[: w.rng.randint(len(rest) - 1, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.6) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _LANG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.4))
    return out


def _appeal_days(w: W) -> str:
    return M("APPEAL_DAYS", w.c.appeal_phrase)


# === 1. Southern California commercial HMO: endovenous ablation of the great saphenous vein =====================

_CA_MS = "1-800-464-4000"
_SC_AREAS = ["626", "909", "714", "951", "619", "818", "562", "760"]
_SC_RF1 = (["endovenous radiofrequency ablation of the great saphenous vein, first vein treated",
            "radiofrequency closure of the great saphenous vein (first vein)"], "36475")
_SC_RF2 = (["endovenous radiofrequency ablation of an additional vein in the same leg",
            "radiofrequency ablation, second incompetent vein, same extremity"], "36476")
_SC_LASER = (["endovenous laser ablation of the great saphenous vein, first vein treated",
              "laser ablation (EVLA) of the great saphenous vein"], "36478")
_SC_SIDE = {"1": "right", "2": "left", "3": "both"}
_SC_DX_SYM = {"1": "Varicose veins of right lower extremity with pain",
              "2": "Varicose veins of left lower extremity with pain",
              "3": "Varicose veins of bilateral lower extremities with pain"}
_SC_DX_ASYM = {"1": "Asymptomatic varicose veins of right lower extremity",
               "2": "Asymptomatic varicose veins of left lower extremity",
               "3": "Asymptomatic varicose veins of bilateral lower extremities"}
_SC_CRIT = ["Kaiser Permanente Southern California Vascular Surgery Guideline: Endovenous Ablation for Chronic "
            "Venous Insufficiency",
            "Society for Vascular Surgery and American Venous Forum Clinical Practice Guideline for the Management of "
            "Varicose Veins of the Lower Extremities"]
_SC_CLINICS = ["Kaiser Permanente Baldwin Park Vein Clinic", "Kaiser Permanente Anaheim Vascular Surgery",
               "Kaiser Permanente San Marcos Vascular Lab", "Kaiser Permanente Woodland Hills Vein Center"]
_SC_SEGS = ["Saphenofemoral junction", "GSV proximal thigh", "GSV mid thigh", "GSV at knee", "GSV calf",
            "Small saphenous vein", "Common femoral vein"]


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b44_sc"):
        return
    c.extra["b44_sc"] = True
    _fmt(w, ("b44monpad0", "b44monabbr", "b44mdotyy"), ("b44wkptmon", "b44monpad0", "b44monabbr"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    side = w.pick(["1", "2", "3"])
    c.extra["sc_side"] = _SC_SIDE[side]
    kit = w.pick(["rf", "rf2", "laser"])
    lines = {"rf": [_SC_RF1], "rf2": [_SC_RF1, _SC_RF2], "laser": [_SC_LASER]}[kit]
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in lines]
    mn = c.category == "medical_necessity"
    c.diagnoses = [dict(text=(_SC_DX_SYM if mn else _SC_DX_ASYM)[side],
                        codes=[("I83.81" if mn else "I83.9") + side])]
    c.service = None
    base = c.received or c.decision or c.letter
    why = c.extra["sc_why"] = w.pick(["short_trial", "reflux"]) if mn else "cosmetic"
    c.extra["sc_us_day"] = base - dt.timedelta(days=w.rng.randint(12, 45))
    weeks = w.rng.randint(3, 6) if why == "short_trial" else w.rng.randint(12, 20)
    c.extra["sc_stock"] = (c.extra["sc_us_day"] - dt.timedelta(days=weeks * 7 + w.rng.randint(3, 20)), weeks)
    rows = []
    for seg in _SC_SEGS:
        if seg == "Common femoral vein":
            rows.append((seg, round(w.rng.uniform(9.5, 13.5), 1), 0.0))
            continue
        dia = round(w.rng.uniform(4.6, 8.9), 1) if seg.startswith(("Sapheno", "GSV")) else round(
            w.rng.uniform(2.6, 4.2), 1)
        if seg.startswith(("Sapheno", "GSV")) and why != "reflux":
            rfx = round(w.rng.uniform(0.9, 3.4), 1)
        elif seg.startswith(("Sapheno", "GSV")):
            rfx = round(w.rng.uniform(0.1, 0.4), 1)
        else:
            rfx = round(w.rng.uniform(0.0, 0.3), 1)
        rows.append((seg, dia, rfx))
    c.extra["sc_us"] = rows
    c.extra["sc_rvt"] = person(w.rng, 0.1)[0] + w.pick([", RVT", ", RDMS, RVT"])
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["sc_prov_last"] = last
    c.extra["sc_clinic"] = (w.pick(_SC_CLINICS), _phone(w, _SC_AREAS), _phone(w, _SC_AREAS))
    c.extra["sc_npi"] = _npi(w)
    c.extra["sc_eoc"] = (w.pick(["2025", "2026"]), w.rng.randint(58, 112))
    if mn and not _has(c, "notice.criteria_cited") and not _bare(c):
        c.criteria = w.rng.sample(_SC_CRIT, w.pick([1, 1, 2]))
    else:
        c.criteria = []
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Coordinator"], ["RN", "LVN", None])
    elif not mn and w.chance(0.5):
        c.reviewer = None
    else:
        _physician(w, ["Vascular Surgery", "General Surgery"], ["Physician Reviewer", "Associate Medical Director",
                                                                 "Utilization Management Physician"],
                   _SC_AREAS, 0.5, 0.6)
    c.extra["sc_ref"] = w.pick([f"VS-{w.rng.randint(10**6, 10**7 - 1)}",
                                f"{w.rng.randint(2025, 2026)}-SC-{w.rng.randint(10**5, 10**6 - 1)}"])
    c.extra["sc_fax"] = _phone(w, _SC_AREAS)
    _flags(c)


def reason_b44_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    side = c.extra["sc_side"]
    leg = "both legs" if side == "both" else f"your {side} leg"
    if _bare(c):
        if c.category == "medical_necessity":
            return w.pick(["Vein ablation is not medically necessary.",
                           "The request does not meet medical necessity criteria."])
        return w.pick(["This service is cosmetic and not covered.", "Cosmetic procedures are not a covered benefit."])
    why = c.extra["sc_why"]
    start, weeks = c.extra["sc_stock"]
    us = _fd(w, c.extra["sc_us_day"])
    if why == "short_trial":
        return w.pick([
            f"Before vein ablation is approved, the guideline asks for at least 3 months of prescription-strength "
            f"compression stockings worn daily. Your records show you started stockings on {_fd(w, start)} and wore "
            f"them for about {weeks} weeks before the ultrasound on {us}. Because the stocking trial was not "
            f"completed, the ablation of {leg} is not medically necessary at this time.",
            f"Your surgeon's notes say you wore compression stockings for {weeks} weeks. A trial of at least three "
            f"months is needed to learn whether stockings, leg elevation and exercise relieve your pain and swelling "
            f"before surgery on the vein is considered. That trial has not been finished, so the procedure is not "
            f"medically necessary now.",
        ])
    if why == "reflux":
        worst = max(r for s, _d, r in c.extra["sc_us"] if s.startswith(("Sapheno", "GSV")))
        return w.pick([
            f"Ablation treats a great saphenous vein whose valves let blood flow backward (reflux) for 0.5 seconds "
            f"or longer. Your duplex ultrasound on {us} measured at most {worst} seconds of reflux in the great "
            f"saphenous vein of {leg}, which is within the normal range. Without abnormal reflux the vein is not the "
            f"cause of your symptoms, and ablation is not medically necessary.",
            f"The ultrasound done on {us} shows the great saphenous vein closes normally: the longest backward flow "
            f"measured was {worst} seconds, below the 0.5 seconds that shows a leaking vein. Ablating a vein that "
            f"works normally would not relieve your symptoms, so the request is not medically necessary.",
        ])
    return w.pick([
        f"Your surgeon's notes describe visible varicose veins on {leg} but no pain, aching, swelling, skin changes, "
        f"bleeding or sores, and the exam notes say you asked about treatment because of how the veins look. "
        f"Treatment to improve the appearance of veins is a cosmetic service, which your plan does not cover.",
        f"The records we reviewed show no symptoms from the veins in {leg}: you reported no pain or swelling and the "
        f"skin is healthy. The request is to treat the veins for appearance. Procedures done to change how the body "
        f"looks, rather than to treat an illness, are cosmetic and are excluded from coverage.",
    ])


def _sc_rights(w: W, b: list[Block], head, urgent: bool, size: float) -> None:
    c = w.c
    head(w.pick(["How to file a grievance", "Your grievance and appeal rights", "If you do not agree"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You can file a grievance (appeal) within {_appeal_days(w)} from the date of this letter. You may "
            f"call Member Services at {_CA_MS} (TTY 711), 24 hours a day, 7 days a week (closed holidays); go to "
            f"kp.org; send us a letter; or visit the Member Services office at a Kaiser Permanente facility. Someone "
            f"you choose, including your doctor, can file it for you.",
            f"Grievances must be filed within {_appeal_days(w)} of the date on this letter. Ways to file: phone "
            f"{_CA_MS} (TTY 711); online at kp.org; by mail; or in person at any Member Services office. Send any "
            f"notes or letters from your doctors that you would like us to read.",
        ]), size=size))
    b.append(w.p(w.pick([
        "Urgent cases: if waiting could put your health in serious danger, ask for an expedited review. We will "
        "decide within 72 hours, and you may contact the Department of Managed Health Care right away without "
        "waiting for our decision.",
        "If your condition is urgent (for example, a bleeding vein or an open sore that is not healing), you or "
        "your doctor can ask for an expedited review and get a decision within 72 hours. You can also call the "
        "Department of Managed Health Care immediately about an urgent grievance.",
    ]) + (" We handled this request as urgent." if urgent else ""), size=size))
    b.append(w.p(w.pick([
        "You can get free copies of the guideline we used and of the records and documents about this decision. "
        "Ask Member Services.",
        "Copies of every document we used, including the criteria, are free if you ask for them.",
    ]), size=size))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "The Health Consumer Alliance helps members with grievances and Independent Medical Review at no "
            "charge: 1-888-804-3536. It is the consumer assistance program of the Department of Managed Health Care.",
            "Need help with your grievance? Call the Health Consumer Alliance, California's free consumer assistance "
            "program, at 1-888-804-3536.",
        ]), size=size))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(
            "The California Department of Managed Health Care is responsible for regulating health care service "
            f"plans. If you have a grievance against your health plan, you should first telephone your health plan "
            f"at {_CA_MS} (TTY 711) and use your health plan's grievance process before contacting the department. "
            "Utilizing this grievance procedure does not prohibit any potential legal rights or remedies that may be "
            "available to you. If you need help with a grievance involving an emergency, a grievance that has not "
            "been satisfactorily resolved by your health plan, or a grievance that has remained unresolved for more "
            "than 30 days, you may call the department for assistance. You may also be eligible for an Independent "
            "Medical Review (IMR). If you are eligible for IMR, the IMR process will provide an impartial review of "
            "medical decisions made by a health plan related to the medical necessity of a proposed service or "
            "treatment, coverage decisions for treatments that are experimental or investigational in nature and "
            "payment disputes for emergency or urgent medical services. The department also has a toll-free "
            "telephone number (1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. "
            "The department's Internet Web site www.dmhc.ca.gov has complaint forms, IMR application forms and "
            "instructions online.", bold=True, size=12.0, space_before=8))


def t_b44_sc(w: W):
    _sc_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 ultrasound table, 1 continuation header, 2 Why / What this means / What you can do
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [54.0, 62.0, 70.0])
    ref, fax = c.extra["sc_ref"], c.extra["sc_fax"]
    clinic, cl_ph, cl_fax = c.extra["sc_clinic"]
    urgent = c.urgency == "expedited"
    mn = c.category == "medical_necessity"
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    side = c.extra["sc_side"]
    if variant == 1:
        st.header = [f"Page {{page}} of {{pages}} \u2013 {c.member_name} \u2013 Reference {ref}"]
        st.header_numbered = True
        st.footer = []
    else:
        st.footer = [w.pick([f"Ref. {ref}   {{page}}/{{pages}}", "KP SCAL Utilization Management \u00b7 {page}",
                             f"{ref} \u2013 p. {{page}}"])]
        st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10, size=st.size + 0.6))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Southern California Region", "Utilization Management Services"],
                   right=["Kaiser Foundation Health Plan, Inc.", "393 E. Walnut Street, Pasadena, CA",
                          f"Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b44_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(w.pick([f"Member ID: {w.mid()}     Reference: {ref}", f"MRN {w.mid()} / Ref. {ref}"]),
                 space_before=8, size=st.size - 0.5))
    b.append(w.h(w.pick(["Your request for vein treatment was not approved", "Notice of Denial of Services",
                         "Decision about endovenous ablation"]), space_before=10, size=st.size + 1.6))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    leg = "both legs" if side == "both" else f"your {side} leg"
    intro = w.pick([f"Your vascular surgeon, {prov}, asked us to approve treatment of the veins in {leg} at "
                    f"{clinic}: {svcs}.",
                    f"We reviewed a request from {prov} at {clinic} for {svcs} on {leg}."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request reached our office on {rec}."])
    if urgent:
        intro += " Your doctor asked for an expedited (urgent) review."
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    intro += w.pick([" We are denying the request.", " We cannot approve this request."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis given by your doctor: "]) + dxs + "."))
    rvt = c.extra["sc_rvt"]
    us_day = _fd(w, c.extra["sc_us_day"])
    start, weeks = c.extra["sc_stock"]
    stock = w.pick([f"Compression stockings (20-30 mmHg) started {_fd(w, start)}, worn for {weeks} weeks.",
                    f"Stocking trial: from {_fd(w, start)}, {weeks} weeks in all."])
    alt = w.pick(["Prescription compression stockings (HCPCS A6531) remain covered, and your doctor can order a new "
                  "pair at any time.",
                  "Covered care you can still get includes gradient compression stockings (A6531) and follow-up "
                  "visits with your surgeon."])
    if variant == 2:
        b.append(w.p("Why: " + M("REASON", w.reason), space_before=8))
        what = (f"We will not cover {'the ablation' if len(c.services) == 1 else 'the ablation lines'} listed above. "
                if mn else "The plan will not pay for this treatment if you have it done. ")
        b.append(w.p("What this means: " + what + alt))
        b.append(w.p("What you can do: " + w.pick([
            "talk with your surgeon about next steps, send us new records if your symptoms change, or file a "
            "grievance as explained below.",
            "you may ask your doctor to send a new request with more information, or you may file a grievance. "
            "Read the rights below.",
        ])))
        b.append(w.p(f"Records reviewed: duplex ultrasound of {us_day} by {rvt}. {stock}", size=st.size - 0.5))
    else:
        head(w.pick(["Why we made this decision", "Reason for the denial", "The reason"]))
        b.append(w.p(M("REASON", w.reason)))
        if variant == 0:
            b.append(w.h(w.pick([f"Venous duplex ultrasound, {'both legs' if side == 'both' else side + ' leg'} "
                                 f"({b44date(c.extra['sc_us_day'], 'b44ddmonyy')})",
                                 f"Ultrasound findings we reviewed ({b44date(c.extra['sc_us_day'], 'b44ddmonyy')})"]),
                         space_before=8))
            rows = [["Vein segment", "Diameter (mm)", "Reflux (sec)"]]
            rows += [[s, f"{d:.1f}", f"{r:.1f}" if r else "none"] for s, d, r in c.extra["sc_us"]]
            b.append(Block("table", rows=rows, space_before=3, size=8.4, col_align=["left", "right", "right"]))
            b.append(w.p(f"Sonographer: {rvt}. Reflux of 0.5 seconds or more in a superficial vein is abnormal.",
                         size=7.8, space_before=2))
            b.append(w.p(stock))
        else:
            b.append(w.p(w.pick([f"We looked at the duplex ultrasound done on {us_day} by {rvt} and your surgeon's "
                                 f"notes. {stock}",
                                 f"Records reviewed: the vein ultrasound from {us_day} (sonographer {rvt}) and your "
                                 f"clinic notes. {stock}"])))
        b.append(w.p(alt))
    if c.criteria:
        b.append(w.p(w.pick(["Guideline used: ", "We used the "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    if not mn and not _has(c, "notice.plan_provision"):
        yr, pg = c.extra["sc_eoc"]
        b.append(w.p(w.pick([
            f"Your {yr} Evidence of Coverage lists \"Cosmetic Services\" under \"Exclusions, Limitations, Coordination "
            f"of Benefits, and Reductions\" (page {pg}): services intended mainly to change or maintain your "
            "appearance are not covered.",
            f"See the Exclusions section of your {yr} Evidence of Coverage, \"Cosmetic Services,\" on page {pg}.",
        ])))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewer: "]), ".")
        if c.reviewer["phone"]:
            line += w.pick([f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}.",
                            f" Reviewer's line for your doctor: {M('REVIEWER_PHONE', c.reviewer['phone'])}."])
        b.append(w.p(line))
    b.append(w.p(w.pick([f"A copy went to {clinic} (phone {cl_ph}, fax {cl_fax}).",
                         f"cc: {c.provider}, {clinic}, fax {cl_fax}, NPI {c.extra['sc_npi']}"]),
                 size=st.size - 0.6))
    _sc_rights(w, b, head, urgent, st.size)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management Services",
          "Kaiser Permanente Southern California")
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help and interpreters: {_CA_MS} (TTY 711).",
                             f"We can send this letter in another language or format at no cost. Call {_CA_MS}."]),
                     space_before=6))
    b += _lang_lines(w, "CA", f"{_CA_MS} (TTY 711)", w.pick([None, "Free language help"]))
    return b, st, ["scal_reflux_table", "scal_continuation_header", "scal_why_what_labels"][variant]


BLIND44_TEMPLATES["blind44_scal_commercial_varicose_vein_ablation"] = (t_b44_sc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity", "not_covered"],
    refuse_defects=("mh_parity.non_association_criteria", "experimental.terminal_illness_rights",
                    "network.no_timely_in_network_alternative"), reason=reason_b44_sc))
MODELED_ON["blind44_scal_commercial_varicose_vein_ablation"] = (
    "blind44: Kaiser Permanente Southern California commercial HMO denial of endovenous ablation of the great "
    "saphenous vein (36475, 36476, 36478) for varicose veins (I83.81x, I83.9x), as not medically necessary (short "
    "compression-stocking trial, normal reflux) or cosmetic (excluded by the Evidence of Coverage); a letter with a "
    "duplex ultrasound table, a letter with a continuation header on later pages, or one explained in 'Why / What "
    "this means / What you can do' paragraphs; 180-day grievance, 72-hour expedited review, DMHC statement with IMR, "
    "Health Consumer Alliance, free copies, fifteen taglines")


# === 2. Hawaii QUEST Integration (Med-QUEST, Medicaid): hearing aids for an adult ================================

_HI_AREAS = ["808"]
_HI_BIN = (["digital hearing aids, binaural (both ears), behind the ear",
            "binaural behind-the-ear digital hearing aids (a pair)"], "V5261")
_HI_MON = (["digital hearing aid, monaural (one ear), behind the ear", "one behind-the-ear digital hearing aid"],
           "V5257")
_HI_FIT = (["hearing aid fitting, orientation and checking", "fitting and orientation visit for the hearing aid"],
           "V5011")
_HI_DX = [("Sensorineural hearing loss, bilateral", "H90.3"), ("Sensorineural hearing loss, unspecified", "H90.5")]
_HI_CRIT = ["Kaiser Permanente Hawaii QUEST Integration Hearing Aid Coverage Criteria",
            "Kaiser Permanente Hawaii Audiology Clinical Guideline: Amplification for Adults"]
_HI_VENDORS = ["Aloha Hearing Instruments", "Pacific Ear and Hearing Supply", "Mauka Hearing Center",
               "Island Sound Audiology Supply"]
_HI_REL = [("mother", "son", "daughter"), ("father", "son", "daughter"), ("legal guardian", "ward", "ward")]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b44_hi"):
        return
    c.extra["b44_hi"] = True
    _fmt(w, ("b44monabbr", "b44monpad0", "b44mdotyy"), ("b44monpad0", "b44mdotyy", "b44wkptmon"))
    c.state, c.region = "HI", "Hawaii"  # QUEST Integration is Hawaii's Medicaid program
    c.member_addr = address(w.rng, "HI")
    variant = c.extra["hi_variant"] = w.rng.randrange(3)
    pair = w.chance(0.6)
    aid = _HI_BIN if pair else _HI_MON
    c.services = [dict(text=w.pick(aid[0]), codes=[aid[1]], decision="denied"),
                  dict(text=w.pick(_HI_FIT[0]), codes=[_HI_FIT[1]], decision="denied")]
    t, code = _HI_DX[0] if pair or w.chance(0.5) else _HI_DX[1]
    c.diagnoses = [dict(text=t, codes=[code])]
    c.service = None
    base = c.received or c.decision or c.letter
    c.extra["hi_audio"] = base - dt.timedelta(days=w.rng.randint(10, 40))
    mn = c.category == "medical_necessity"
    # pure-tone averages (dB HL) and word recognition (%) for the right and left ears
    if mn:
        pta = (w.rng.randint(18, 30), w.rng.randint(20, 34))
    else:
        pta = (w.rng.randint(45, 65), w.rng.randint(42, 68))
    c.extra["hi_pta"] = pta
    c.extra["hi_wrs"] = (w.rng.randint(84, 100) if mn else w.rng.randint(56, 80),
                         w.rng.randint(84, 100) if mn else w.rng.randint(52, 78))
    c.extra["hi_years"] = w.pick([3, 5])
    c.extra["hi_prev"] = base - dt.timedelta(days=w.rng.randint(300, 3 * 365 - 60))
    name, _, last = person(w.rng, 0.1)
    c.provider = f"{name}, {w.pick(['AuD', 'Au.D.', 'AuD, CCC-A'])}"
    c.extra["hi_prov_last"] = last
    c.extra["hi_ent"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["hi_vendor"] = w.pick(_HI_VENDORS)
    c.extra["hi_npi"] = _npi(w)
    c.extra["hi_line"] = _phone(w, _HI_AREAS, w.rng.randrange(3))
    c.extra["hi_fax"] = _phone(w, _HI_AREAS)
    c.extra["hi_ref"] = f"QI-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["hi_sec"] = w.pick(["Hearing Services", "Hearing Aids and Audiology", "Vision and Hearing"])
    rep_name, _, rep_last = person(w.rng, 0.1)
    rel, kid_m, kid_f = w.pick(_HI_REL)
    c.extra["hi_rep"] = (rep_name, rel, w.pick([kid_m, kid_f]), address(w.rng, "HI"))
    if variant == 2:  # the member is an adult living with a representative
        c.extra["dob"] = dt.date(w.rng.randint(1985, 2004), w.rng.randint(1, 12), w.rng.randint(1, 28))
    if mn and not _has(c, "notice.criteria_cited") and not _bare(c):
        c.criteria = [w.pick(_HI_CRIT)]
    else:
        c.criteria = []
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Health Services Review Nurse", "Prior Authorization Specialist"], ["RN", None])
    elif not mn and w.chance(0.6):
        c.reviewer = None
    else:
        _physician(w, ["Otolaryngology", "Otolaryngology - Head and Neck Surgery"],
                   ["Physician Reviewer", "Medical Director, QUEST Integration"], _HI_AREAS, 0.4, 0.6)
    _flags(c)


def reason_b44_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    if _bare(c):
        if c.category == "medical_necessity":
            return w.pick(["Hearing aids are not medically necessary.", "Medical necessity was not met."])
        return w.pick(["Hearing aids are not a covered benefit at this time.", "This item is not covered."])
    r, left = c.extra["hi_pta"]
    aud = _fd(w, c.extra["hi_audio"])
    if c.category == "medical_necessity":
        better = min(r, left)
        return w.pick([
            f"Hearing aids are covered when the hearing test shows a loss of at least 35 decibels in the better ear, "
            f"or trouble understanding speech. Your hearing test on {aud} showed an average loss of {r} decibels in "
            f"the right ear and {left} decibels in the left ear, and you understood most words in both ears. This is "
            f"a mild loss, so hearing aids are not medically necessary for you at this time.",
            f"The audiogram from {aud} shows mild hearing loss: {better} decibels in your better ear, with word "
            f"understanding of {max(c.extra['hi_wrs'])} percent. The criteria require a loss of 35 decibels or more "
            f"in the better ear. Because your loss is below that level, we cannot approve hearing aids as medically "
            f"necessary now. A new hearing test can be done if your hearing gets worse.",
        ])
    yrs = c.extra["hi_years"]
    prev = _fd(w, c.extra["hi_prev"])
    return w.pick([
        f"Your plan covers one set of hearing aids every {yrs} years. Our records show you received hearing aids on "
        f"{prev}, less than {yrs} years ago. They are not lost or broken beyond repair, so a new set is not covered "
        f"until the {yrs} years have passed.",
        f"Hearing aids are limited to one set every {yrs} years unless the old ones cannot be repaired. You got "
        f"hearing aids on {prev}, and your audiologist's note says they still work. A replacement is not a covered "
        f"benefit until {yrs} years after that date.",
    ])


def _hi_rights(w: W, b: list[Block], head, size: float) -> None:
    c = w.c
    line, fax = c.extra["hi_line"], c.extra["hi_fax"]
    head(w.pick(["Your right to appeal", "If you disagree with this decision", "How to ask for an appeal"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You or someone you choose can ask us for an appeal. Your appeal must reach us within "
            f"{_appeal_days(w)} from the date on this notice. Call Health Services Review at {line} (TTY 711), fax "
            f"{fax}, or write to Kaiser Permanente, Member Services - Appeals, 711 Kapiolani Blvd, Honolulu, HI 96813.",
            f"To appeal, call {line} (TTY 711) or send a letter to Member Services - Appeals, 711 Kapiolani Blvd, "
            f"Honolulu, HI 96813 within {_appeal_days(w)} of the date of this notice. Your audiologist or another "
            f"person may appeal for you with your written permission.",
        ]), size=size))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast appeal: if waiting for a standard appeal could seriously harm your health or your ability to "
            "function, ask for an expedited appeal. We will decide within 72 hours.",
            "If you or your doctor believe your health could be seriously harmed by waiting, ask us for an "
            "expedited (fast) appeal. We will give you a decision within 72 hours.",
        ]), size=size))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p(w.pick([
            "Keeping your services during an appeal: this notice is about a new request. If a notice from us ever "
            "reduces or stops a service you already get, the service can continue while you appeal if you ask "
            "within 10 days of the date of that notice. You might have to pay for it if you lose the appeal.",
            "Continuation of benefits: when we stop or lower a service you are already receiving, you can keep "
            "getting it during your appeal if you file within 10 days of the notice and ask for it to continue. "
            "Nothing you already receive is being stopped by this notice.",
        ]), size=size))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "State administrative hearing: if you still disagree after we decide your appeal, you can ask the State "
            "of Hawaii, Department of Human Services, Med-QUEST Division, for a fair hearing. The State sets the "
            "time limit (between 90 and 120 days from our appeal decision); our appeal decision letter tells you the "
            "exact deadline and how to ask.",
            "After our appeal decision, you have the right to a state fair hearing with the Hawaii Department of "
            "Human Services (Med-QUEST Division). You must ask within the time the State allows, 90 to 120 days "
            "after the appeal decision; that letter will give the date.",
        ]), size=size))
    b.append(w.p(w.pick([
        "You can ask for free copies of your records, the criteria and all other information we used for this "
        "decision.",
        "Everything we used to decide, including the guidelines and your records, is available to you free of "
        "charge.",
    ]), size=size))


def t_b44_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = c.extra["hi_variant"]  # 0 tagline block, 1 decision table, 2 letter to the representative
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 64.0, 72.0])
    ref, line, fax = c.extra["hi_ref"], c.extra["hi_line"], c.extra["hi_fax"]
    mn = c.category == "medical_necessity"
    prov = M("PROVIDER", c.provider)
    aid, fit = c.services
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    rep, rel, kid, rep_addr = c.extra["hi_rep"]
    st.footer = [w.pick([f"Notice of Action {ref} \u00b7 page {{page}}", "QUEST Integration \u2013 {page} of {pages}",
                         f"{ref}/{{page}}"])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10, size=st.size + 0.6))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Hawaii \u00b7 QUEST Integration", "Health Services Review"],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", "711 Kapiolani Blvd, Honolulu",
                          f"Phone {line} \u00b7 Fax {fax}"]))
    b.append(w.h(w.pick(["NOTICE OF ACTION", "Notice of Adverse Benefit Determination", "NOTICE OF ACTION \u2013 "
                         "Hearing Aids"]), align="center", space_before=6, size=st.size + 2.5))
    b.append(w.p(w.pick(["Notice date: ", "Date: ", ""]) + _dm(w, "DATE_LETTER", c.letter, "b44_head"),
                 space_before=6))
    if variant == 2:
        b.append(w.p(rep, space_before=8))
        b += [w.p(x, space_before=0) for x in rep_addr]
        b.append(Block("fields", rows=[["Member:", w.name(), "Member ID:", w.mid()],
                                       ["Date of birth:", b44date(c.extra["dob"], "b44monabbr"), "Reference:", ref]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.p(f"Dear {rep}:", space_before=8))
        b.append(w.p(w.pick([
            f"You are listed as the authorized representative for your {kid}, {w.name()}, who is a member of our "
            f"QUEST Integration plan. We are writing to you about a decision on {c.member_name.split()[0]}'s care. A "
            f"copy of this notice was also mailed to the member.",
            f"Our records name you, {rep}, as the {rel} and authorized representative of our member {w.name()}. "
            f"This notice explains a decision about hearing aids for your {kid}.",
        ])))
        who_s = "your " + kid
    else:
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(w.pick([f"Member ID: {w.mid()}   Reference: {ref}", f"QUEST ID {w.mid()} | Ref {ref}"]),
                     space_before=8, size=st.size - 0.5))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Aloha {c.member_salute},"]), space_before=8))
        who_s = "you"
    aid_s = w.svc_with_codes(aid, w.rng.randrange(3))
    fit_s = w.svc_with_codes(fit, w.rng.randrange(3))
    intro = w.pick([f"{prov}, an audiologist, asked us to approve {aid_s} and {fit_s} for {who_s}.",
                    f"We reviewed a request from {prov} (audiology) for {aid_s}, with {fit_s}."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request came to us on {rec}."])
    if c.urgency == "expedited":
        intro += " It was reviewed as an expedited (fast) request."
    if dec:
        intro += w.pick([f" We decided on {dec}.", f" Date of decision: {dec}."])
    intro += w.pick([" We have denied the request.", " We are not able to approve these items."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + "."))
    if variant == 1:
        short = "Does not meet hearing aid criteria" if mn else "Benefit limit (see below)"
        rows = [["Service requested", "Decision", "Reason"],
                [f"{aid['codes'][0]} hearing aid{'s' if aid['codes'][0] == 'V5261' else ''}", "Denied", short],
                [f"{fit['codes'][0]} fitting", "Denied", "Goes with the hearing aid"]]
        b.append(Block("table", rows=rows, space_before=6, size=8.8))
    head(w.pick(["Why we denied the request", "The reason for our decision", "Reason"]))
    b.append(w.p(M("REASON", w.reason)))
    r, left = c.extra["hi_pta"]
    wr, wl = c.extra["hi_wrs"]
    b.append(w.p(w.pick([
        f"We reviewed the audiogram of {_fd(w, c.extra['hi_audio'])} (right ear {r} dB, left ear {left} dB; word "
        f"recognition {wr}% and {wl}%) and the referral from {c.extra['hi_ent']}, ear, nose and throat.",
        f"Records reviewed: hearing test on {_fd(w, c.extra['hi_audio'])} by {c.provider.split(',')[0]} "
        f"(pure-tone average {r} dB right, {left} dB left) and a note from {c.extra['hi_ent']} (ENT).",
    ])))
    if not mn and not _has(c, "notice.plan_provision"):
        b.append(w.p(w.pick([
            f"This limit is in your QUEST Integration Member Handbook, section \"{c.extra['hi_sec']}\", which "
            f"allows one set of hearing aids every {c.extra['hi_years']} years.",
            f"Plan rule: Member Handbook, \"{c.extra['hi_sec']}\" (hearing aids: one set per "
            f"{c.extra['hi_years']} years).",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "We applied the "]) + M("CRITERIA", c.criteria[0]) + "."))
    if c.reviewer:
        line_r = _who(w, w.pick(["Reviewed by ", "Decision made by "]), ".")
        if c.reviewer["phone"]:
            line_r += f" Phone: {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line_r))
    b.append(w.p(w.pick([
        f"{c.extra['hi_vendor']} was told that the hearing aids are not approved. Provider NPI {c.extra['hi_npi']}.",
        f"cc: {c.provider}; {c.extra['hi_vendor']} (hearing aid supplier)",
    ]), size=st.size - 0.6))
    _hi_rights(w, b, head, st.size)
    b.append(w.p(w.pick(["Mahalo,", "Sincerely,"]), space_before=10))
    if c.reviewer:
        r_ = c.reviewer
        b.append(w.p(r_["name"] + (f", {r_['credentials']}" if r_["credentials"] else ""), space_before=12))
        b.append(w.p(c.reviewer_title, space_before=0))
    b.append(w.p("Health Services Review, Kaiser Permanente Hawaii QUEST Integration", space_before=4))
    if variant == 2:
        b.append(w.p(f"cc: {c.member_name} (member)", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters and help in your language are free. Call {line} (TTY 711).",
                             f"Need an interpreter? It is free. Call {line}, TTY 711."]), space_before=6))
    big = variant == 0
    b += _lang_lines(w, "HI", f"{line} (TTY 711)", w.pick(["Help in your language",
                                                           "Language assistance at no cost"]) if big else None,
                     size=8.6 if big else 7.2)
    return b, st, ["hi_tagline_block", "hi_decision_table", "hi_representative_letter"][variant]


BLIND44_TEMPLATES["blind44_hi_quest_adult_hearing_aids"] = (t_b44_hi, dict(
    plans=["medicaid"], states=["HI"], kinds=["initial_denial"], cats=["medical_necessity", "not_covered"],
    reason=reason_b44_hi))
MODELED_ON["blind44_hi_quest_adult_hearing_aids"] = (
    "blind44: Kaiser Permanente Hawaii QUEST Integration (Med-QUEST, Medicaid) notice of action denying adult hearing "
    "aids (V5261 or V5257 with V5011 fitting) for sensorineural hearing loss (H90.3, H90.5), as not medically "
    "necessary (mild loss on the audiogram) or not covered (the handbook's one-set-per-period limit); a notice with a "
    "tagline block, a 'Service requested / Decision / Reason' table, or a letter to the adult member's parent and "
    "authorized representative; 60-day appeal, 72-hour fast appeal, continuation within 10 days, state fair "
    "hearing, free copies, taglines")


# === 3. Georgia Medicare Advantage: knee replacement approved as outpatient surgery, inpatient stay denied ========

_GA_HL = "404-365-0966"
_GA_HL_TF = "1-800-611-1811"
_GA_AREAS = ["404", "770", "678"]
_GA_TKA = ["total knee arthroplasty (knee replacement), {side} knee", "total knee replacement, {side}"]
_GA_INPT = [("inpatient hospital admission after surgery, {n} days", "{n}-day inpatient stay following knee "
             "replacement"), ("inpatient admission, {n} midnights", "hospital inpatient stay ({n} days)")]
_GA_DX = {"right": ("Unilateral primary osteoarthritis, right knee", "M17.11"),
          "left": ("Unilateral primary osteoarthritis, left knee", "M17.12")}
_GA_CRIT_OK = ["Medicare Benefit Policy Manual, Chapter 1, Section 10 (inpatient hospital services)"]
_GA_CRIT_BAD = ["Kaiser Permanente Georgia Joint Replacement Admission Criteria (internal)",
                "MCG Inpatient and Surgical Care: Knee Arthroplasty, Total",
                "InterQual Acute Adult Criteria: Total Knee Replacement"]
_GA_HOSP = ["Piedmont Atlanta Hospital", "Emory Saint Joseph's Hospital", "Northside Hospital Gwinnett",
            "Wellstar Kennestone Hospital"]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b44_ga"):
        return
    c.extra["b44_ga"] = True
    _fmt(w, ("b44wkptmon", "b44monpad0", "b44monabbr"), ("b44monpad0", "b44monabbr", "b44mdotyy"))
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    c.extra["ga_variant"] = w.rng.randrange(3)
    side = c.extra["ga_side"] = w.pick(["right", "left"])
    n = w.pick([1, 2, 2, 3])
    c.extra["ga_tka"] = w.pick(_GA_TKA).format(side=side)
    # (the approved line of a partial decision is listed too, as the devset's README defines services; the inpatient
    # admission is the item denied)
    c.services = [dict(text=c.extra["ga_tka"], codes=["27447"], decision="approved"),
                  dict(text=w.pick(w.pick(_GA_INPT)).format(n=n), codes=[], decision="denied")]
    t, code = _GA_DX[side]
    c.diagnoses = [dict(text=t, codes=[code])]
    c.service = None
    base = c.decision or c.letter
    surg = base + dt.timedelta(days=w.rng.randint(9, 35))
    c.extra["ga_surg"] = surg
    c.extra["ga_times"] = (f"{w.rng.randint(5, 6):02d}:{w.pick(['00', '15', '30', '45'])}",
                           f"{w.rng.randint(7, 9):02d}:{w.pick(['00', '30'])}")
    c.extra["ga_preop"] = (c.received or base) - dt.timedelta(days=w.rng.randint(3, 20))
    c.extra["ga_bmi"] = round(w.rng.uniform(24.0, 34.5), 1)
    c.extra["ga_hosp"] = w.pick(_GA_HOSP)
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["ga_prov_last"] = last
    c.extra["ga_npi"] = _npi(w)
    c.extra["ga_urn"] = person(w.rng, 0.0)[0] + ", RN"
    c.extra["ga_case"] = f"GA{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["ga_fax"] = _phone(w, _GA_AREAS)
    c.extra["ga_hosp_fax"] = _phone(w, _GA_AREAS)
    if _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_GA_CRIT_BAD)]
    elif _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = list(_GA_CRIT_OK)
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Management Nurse Reviewer", "Inpatient Review Coordinator"], ["RN", "LPN"])
    else:
        _physician(w, ["Orthopedic Surgery", "Internal Medicine", "Hospital Medicine"],
                   ["Physician Reviewer", "Medical Director, Utilization Management"], _GA_AREAS, 0.5, 0.6)
    _flags(c)


def reason_b44_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Inpatient admission is not medically necessary.",
                       "The inpatient stay does not meet medical necessity criteria."])
    bmi = c.extra["ga_bmi"]
    return w.pick([
        f"Medicare covers a hospital inpatient stay when your doctor expects you to need hospital care that lasts "
        f"over two midnights, or when your health puts you at high risk. Your surgeon's notes show you walk with a "
        f"cane, your heart and lung tests before surgery were normal, your BMI is {bmi}, and a family member will be "
        f"with you at home. Nothing in the records shows a need for care in the hospital overnight and beyond, so the "
        f"knee replacement can be done safely as outpatient surgery, and the inpatient admission is not medically "
        f"necessary.",
        "We approved your knee replacement as outpatient surgery. We did not approve an inpatient admission because "
        "the records do not show a medical problem expected to keep you in the hospital for two midnights: you have "
        "no heart, lung or kidney condition that needs close monitoring, you live with someone who can help, and "
        "physical therapy can start at home. If something happens during or after surgery that needs hospital "
        "care, the hospital can ask us again at that time.",
    ])


def _ga_rights(w: W, b: list[Block], head, size: float, gap: float | None = None) -> None:
    c = w.c

    def para(t: str) -> None:
        b.append(w.p(t, size=size, space_before=gap))

    head(w.pick(["Your right to ask for a reconsideration (appeal)", "If you disagree with our decision",
                 "How to appeal"]))
    if c.appeal_phrase:
        para(w.pick([
            f"You may ask us to reconsider our decision. Your request must be made within {_appeal_days(w)} from "
            f"the date of this notice. Call the Kaiser Permanente Health Line at {_GA_HL} or {_GA_HL_TF} (TTY 711), "
            f"or write to us at the address at the top of this notice. You, your doctor or a representative may "
            f"ask.",
            f"To appeal, ask for a reconsideration within {_appeal_days(w)} of the date of this notice, by phone "
            f"({_GA_HL}, toll-free {_GA_HL_TF}, TTY 711) or in writing (fax {c.extra['ga_fax']}). Include anything "
            f"your doctor wants us to see.",
        ]))
    if not _has(c, "notice.expedited_review"):
        para(w.pick([
            "Fast appeal: if you or your doctor believe waiting up to 30 days could seriously harm your health, ask "
            "for a fast reconsideration. If your doctor asks for it, we will give you a fast decision. Fast "
            "decisions are made within 72 hours.",
            "You can ask for an expedited (fast) reconsideration when waiting could seriously harm your health. "
            "If a doctor says your health requires it, we will decide within 72 hours.",
        ]))
    if not _has(c, "notice.external_review"):
        para(w.pick([
            "If we decide against you on the reconsideration, we automatically send your case to the Independent "
            "Review Entity, an organization that is not part of Kaiser Permanente, for a new review. After that there "
            "are more levels of appeal, including a hearing with an Administrative Law Judge.",
            "When our reconsideration does not approve the stay, your case goes to the Independent Review Entity "
            "on its own; you do not have to ask. Further levels of appeal follow if you still disagree.",
        ]))
    para(w.pick([
        "For more about your Medicare rights, call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week; "
        "TTY 1-877-486-2048; or visit www.medicare.gov.",
        "Medicare: 1-800-MEDICARE (1-800-633-4227); TTY users call 1-877-486-2048; www.medicare.gov.",
    ]))


def t_b44_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = c.extra["ga_variant"]  # 0 approved / not approved boxes, 1 hospital copy, 2 large print
    if variant == 2:
        st = _style(w, ["helvetica", "times"], [14.0], [54.0, 60.0])
    else:
        st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 64.0, 70.0])
    case_no = c.extra["ga_case"]
    hosp = c.extra["ga_hosp"]
    prov = M("PROVIDER", c.provider)
    svc = c.services[1]
    inpt = w.svc(svc)
    tka_m, code_m = w.svc(c.services[0]), w.code("27447")
    tka_line = w.pick([f"CPT {code_m} {tka_m}, as outpatient surgery", f"{tka_m} (CPT {code_m}), outpatient"])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    surg = _fd(w, c.extra["ga_surg"])
    urgent = c.urgency == "expedited"
    big = variant == 2
    gap = 10.0 if big else None
    st.footer = [w.pick([f"Case {case_no} \u2013 page {{page}} of {{pages}}", "Kaiser Permanente Georgia {page}",
                         f"{case_no}  {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=12 if big else 9, size=st.size + (1.0 if big else 0.5)))

    def para(t: str, **kw) -> None:
        kw.setdefault("space_before", gap)
        b.append(w.p(t, **kw))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=11 if big else 9,
                   left=["KAISER PERMANENTE", "Medicare Health Plan", "Georgia"],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Atlanta, Georgia",
                          f"Health Line {_GA_HL}"]))
    if variant == 1:
        b.append(w.h(w.pick(["HOSPITAL COPY \u2013 Notice of Partial Approval", "Facility copy: inpatient "
                                                                                 "admission decision"]),
                     space_before=6, size=st.size + 1.5))
        b.append(Block("fields", rows=[
            ["To:", f"{hosp}, Utilization Review", "Fax:", c.extra["ga_hosp_fax"]],
            ["Patient:", w.name(), "Member ID:", w.mid()],
            ["Notice date:", _dm(w, "DATE_LETTER", c.letter, "b44_head"), "Case:", case_no],
            ["Surgeon:", prov, "NPI:", c.extra["ga_npi"]],
        ], space_before=6, size=st.size - 0.3))
        adm_t, surg_t = c.extra["ga_times"]
        b.append(Block("fields", rows=[
            ["Admission date:", b44date(c.extra["ga_surg"], "b44ddmonyy"), "Time:", adm_t],
            ["Surgery date:", b44date(c.extra["ga_surg"], "b44ddmonyy"), "Time:", surg_t],
            ["Bed type requested:", "Inpatient, medical/surgical", "Bed type approved:", "Outpatient surgery"],
        ], space_before=4, size=st.size - 0.3))
        b.append(w.p(f"Attention {c.extra['ga_urn']}: please share this notice with the admitting office. The "
                     "member's copy, with the appeal rights below, was mailed to the member.", space_before=6))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b44_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(w.pick([f"Member ID: {w.mid()}   Case number: {case_no}", f"Member ID {w.mid()} \u00b7 Case "
                                                                                  f"{case_no}"]),
                     space_before=8, size=st.size - (0 if big else 0.5)))
        b.append(w.h(w.pick(["Notice of Denial of Medical Coverage (Partial)", "We approved part of your request",
                             "Your knee surgery: what we approved and what we did not"]), space_before=10,
                     size=st.size + 1.5))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    ask = w.pick([f"{prov} asked us to approve {tka_m} at {hosp}, with {inpt} afterward.",
                  f"We reviewed a request from {'the' if variant == 1 else 'your'} surgeon, {prov}, for {tka_m} and "
                  f"{inpt} at {hosp}."])
    if big:
        para(ask)
        if rec:
            para(f"We received the request on {rec}.")
        if dec:
            para(f"We made our decision on {dec}.")
        if urgent:
            para("We handled it as a fast (expedited) request.")
    else:
        if rec:
            ask += w.pick([f" We received it on {rec}.", f" The request arrived on {rec}."])
        if urgent:
            ask += " It was handled as a fast (expedited) request."
        if dec:
            ask += w.pick([f" We decided on {dec}.", f" Date of our decision: {dec}."])
        para(ask)
    if variant == 0:
        b.append(w.h("Approved", space_before=8, size=st.size + 0.5))
        b.append(w.p(f"{tka_line}, at {hosp}, planned for {surg}. You may go home the same day or stay for "
                     "observation after surgery.", boxed=True, space_before=2, indent=10))
        b.append(w.h("Not approved", space_before=8, size=st.size + 0.5))
        b.append(w.p(f"{inpt}. You will not be admitted as a hospital inpatient for this surgery.", boxed=True,
                     space_before=2, indent=10))
    elif variant == 1:
        para(w.pick([f"Approved: {tka_line}. Not approved: {inpt}.",
                     f"Decision: the surgery (CPT 27447) is approved as outpatient. The {inpt} is denied."]))
    else:
        para(f"We approved: {tka_line}.")
        para(f"We did not approve: {inpt}.")
    para("Diagnosis: " + dxs + ".")
    head(w.pick(["Why we did not approve the inpatient stay", "The reason for our decision", "Why"]))
    para(M("REASON", w.reason))
    para(w.pick([
        f"We reviewed the pre-operative visit of {_fd(w, c.extra['ga_preop'])} and the surgeon's notes. Home "
        f"physical therapy after surgery is covered and can be set up by your surgeon's office.",
        f"Records we used: your pre-surgery exam from {_fd(w, c.extra['ga_preop'])} and the surgery request from "
        f"{c.provider}. Physical therapy at home after surgery does not need a new approval.",
    ]))
    if c.criteria:
        para(w.pick(["We based this decision on ", "Medicare rule used: "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + ".")
    if c.reviewer:
        line = _who(w, w.pick(["Reviewed by ", "This decision was made by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor can reach the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        para(line)
    _ga_rights(w, b, head, st.size, gap)
    _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "Utilization Management", "Kaiser Permanente Georgia")
    if variant != 1:
        b.append(w.p(f"cc: {c.provider}; {hosp}, Utilization Review (fax {c.extra['ga_hosp_fax']})",
                     size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        para(w.pick([f"Free interpreter services: call {_GA_HL_TF} (TTY 711).",
                     f"You can get this notice in large print or another language at no cost. Call {_GA_HL_TF}."]))
    b += _lang_lines(w, "GA", f"{_GA_HL_TF} (TTY 711)", w.pick([None, "Language assistance"]),
                     size=11.0 if big else 7.4)
    return b, st, ["ga_approved_not_approved_boxes", "ga_hospital_copy", "ga_large_print"][variant]


BLIND44_TEMPLATES["blind44_ga_ma_knee_replacement_inpatient_status"] = (t_b44_ga, dict(
    plans=["medicare_advantage"], states=["GA"], kinds=["partial_denial"], cats=["medical_necessity"],
    reason=reason_b44_ga))
MODELED_ON["blind44_ga_ma_knee_replacement_inpatient_status"] = (
    "blind44: Kaiser Permanente Georgia Medicare Advantage partial denial: total knee arthroplasty (27447) approved as "
    "outpatient surgery, the inpatient admission denied as not medically necessary (M17.11, M17.12), under Medicare's "
    "inpatient hospital rules; a letter with 'Approved' and 'Not approved' boxes, a hospital copy with admission and "
    "surgery date/time pairs and a bed-type line, or a large-print letter; 60-day reconsideration, 72-hour fast "
    "appeal, Independent Review Entity, Health Line, 1-800-MEDICARE, taglines")
