"""Thirty-fifth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND35_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind35_co_ma_part_b_step_therapy")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind35_nca_medi_cal_speech_therapy_termination``: a Kaiser Permanente Northern California Medi-Cal Notice of
   Action (termination_notice, medical_necessity) ending a child's outpatient speech-language therapy (CPT 92507) or
   feeding and swallowing therapy (CPT 92526, sometimes with 92507) because the therapy goals were met or progress
   leveled off over the last progress reports; diagnoses F80.0 / F80.1 / F80.2 and R13.11 / R13.12. The letter is
   addressed to a parent (same family name); the child is the member ("Re:" line, "Member (child)" box). Layouts:
   ``nca_noa_rights_page`` (a NOA form: a field grid, boxed reason, then a "Your Rights" page with shaded headings),
   ``nca_large_print`` (the whole letter in 14-point type) and ``nca_bilingual_header`` (English title line with a
   Chinese or Vietnamese title line, the notice date printed in that language's form as well, English body).
   Medi-Cal rights from the catalogue: appeal within 60 days of the notice date, decided in 30 days or 72 hours
   when fast, services continuing when the appeal is filed within 10 days of the notice or before the last covered
   day, State Hearing within 120 days of the appeal decision (or at once when no decision in 30 days) with the CDSS
   phones, TDD and address, IMR when no State Hearing was asked for, free copies incl. criteria, the Medi-Cal
   ombudsman 1-888-452-8609, the DMHC statement in English, 12-point bold (1-888-466-2219, TDD 1-877-688-9891,
   www.dmhc.ca.gov, the plan's 1-800-464-4000), taglines in 15 languages. Standard only; no late-decision defect
   (a termination notice is not a decision the catalogue times).
   Distractors: the parent, the pediatrician (cc), the therapy site, the unit phone and fax, the notice number, the
   child's date of birth, the therapy start date, the progress report and last session dates, the last covered day.

   Which date is which: the letter date is the notice date (the grid's "Date of this notice", the date line, or
   "Date of notice" under the bilingual title, where the Chinese/Vietnamese form of the same day is marked too);
   the received date is the day the therapist's request to continue reached the plan and the decision date the day
   it was decided (stated in the first paragraph or in the grid). The last covered day is later than the notice
   and is never truth; the date of birth, therapy start, progress report and last session are earlier and never
   truth; ``service`` is always null. Which name is the member: the child (the "Re:" / "Member (child)" name), not
   the parent addressed. The requesting provider is the speech-language pathologist (CCC-SLP). Which reason is the
   reason: the paragraph under the "why" heading (the boxed text on the form); the records-reviewed paragraph is
   support. The truth counts the therapy lines that end.

2. ``blind35_co_ma_part_b_step_therapy``: a Kaiser Permanente Colorado Senior Advantage (Medicare Advantage) denial
   (initial_denial) of a Part B bone drug, denosumab (HCPCS J0897) or romosozumab (J3111), because a preferred drug
   (zoledronic acid, J3489, or an oral bisphosphonate) was not tried first: ``medical_necessity`` (no trial and no
   reason one cannot be taken) or ``not_covered`` (a non-preferred Part B drug under the plan's step therapy rules);
   diagnoses M81.0, M80.08XA, M80.00XA. Layouts: ``co_cms_style_notice`` (a notice with a centered title and shaded
   question-style section headings), ``co_drug_table`` (a "Drug or service / Code / Dose / Units / Decision" table
   with one approved line, a DXA scan 77080 or an injection 96372, that is never an item of the truth) and
   ``co_pharmacy_mono`` (a Courier print from the pharmacy prior-authorization system: dotted capital labels, a
   "PRINT DATE: / TIME:" pair, NPI, HCPCS, units and SIG). MA rights: reconsideration within 60 days of the notice
   date (65 on some letters, which the catalogue accepts), a Part B drug appeal answered within 7 days, a fast appeal
   within 72 hours (a doctor's request is handled as fast), automatic forwarding to the Independent Review Entity,
   Colorado Member Services 303-338-3800 / 1-888-681-7878 (TTY 711), 1-800-MEDICARE and its TTY, taglines. Criteria
   of a medical-necessity letter: the Medicare Benefit Policy Manual (Chapter 15, Section 50); a planted
   ``medicare.internal_criteria`` defect names a Kaiser step-therapy protocol instead. Standard requests only; a
   compliant decision comes at most 2 days after receipt (Part B drug), a planted late one 18 days or more.
   Distractors: the preferred drug and its code J3489, the approved line, the DXA date and T-score, the lab and visit
   dates, the clinical pharmacist, the unit phone and fax, the prescriber's NPI, the print time stamp.

   Which date is which: the letter date is the notice date ("Date:"/"Notice date:" line, "NOTICE DATE" in the
   print); the print date on the system print is the same day in the same style but unmarked; received and decision
   dates are stated in the first paragraph or their own labelled print lines. The DXA, lab and visit dates are
   earlier and never truth; ``service`` is always null. Which reason is the reason: the paragraph under the "why"
   heading ("REASON FOR DENIAL" in the print); the records-reviewed paragraph naming the preferred drugs is support.
   The truth counts the denied drug line only.

3. ``blind35_hi_commercial_hyperbaric_oxygen``: a Kaiser Permanente Hawaii commercial plan (commercial_hmo, HI)
   initial denial of hyperbaric oxygen therapy (CPT 99183 and/or HCPCS G0277): ``experimental_investigational`` for a
   use outside the accepted list (postconcussional syndrome F07.81, chronic fatigue syndrome G93.32, stroke sequelae
   I69.398) or ``medical_necessity`` for a diabetic foot ulcer (E11.621 with L97.412 / L97.422 / L97.512 / L97.522)
   below Wagner grade 3 or with fewer than 30 days of standard wound care. Layouts: ``hi_fax_cover`` (a fax cover
   sheet to the requesting physician's office, with both fax numbers, a page count, a confidentiality notice and a
   fax header with "P. n/m" on every page, the letter behind it), ``hi_criteria_table`` (a two-column "Criteria /
   Your records" table, dates inside its cells) and ``hi_short_dates`` (dates written like "Mon 3/2/26"). Rights for
   a Hawaii commercial plan from the catalogue: appeal within 180 days after receipt of the letter, a pre-service
   appeal decided within 30 days, 72 hours when expedited, external review by an independent review organization
   within 4 months after the final internal decision (45 CFR 147.136), free copies, the Hawaii Insurance Division by
   name only (the catalogue verifies no number for it, nor for Hawaii Member Services: the unit's own phone is
   printed), taglines (Spanish, Chinese, Tagalog, Ilocano, Vietnamese, Korean, Japanese, Samoan, Hawaiian).
   Standard requests only. Distractors: the podiatrist, the hyperbaric center and its phone, the planned first
   treatment date, the wound measurement and wound-care start dates, the fax numbers, the reference number.

   Which date is which: the letter date is the date line under the letterhead (the fax cover's date and the fax
   header's date are the same day, unmarked); received and decision dates are stated in the first paragraph. The
   wound care start, measurement and visit dates are earlier, the planned treatment date later: never truth;
   ``service`` is always null. Which reason is the reason: the paragraph under the "why" heading; the criteria table
   and the records-reviewed sentence are support. The truth counts the hyperbaric lines requested (99183 and/or
   G0277).

Refused: each template words only what its letter kind can carry; the rule ids the catalogue does not apply to a
template's plan, state, kind or category are refused by the generator, and ``process.decision_untimely`` does not
apply to a termination notice. Dates use this set's own styles (``b35date``); ``parse_blind35_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import ordinal as _ordinal
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import FIRST, facilities
from .writer import W, join_and

BLIND35_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def b35date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "dashcaps4":  # 14-MAR-2026
        return f"{d.day:02d}-{mon[:3].upper()}-{d.year}"
    if style == "ymddot":  # 2026.03.14
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "mdot":  # 3.14.2026 (month first, no padding)
        return f"{d.month}.{d.day}.{d.year}"
    if style == "abbrord":  # Mar. 14th, 2026 (May has no point)
        return f"{mon[:3]}{'' if mon == 'May' else '.'} {_ordinal(d.day)}, {d.year}"
    if style == "theof":  # the 14th of March, 2026
        return f"the {_ordinal(d.day)} of {mon}, {d.year}"
    if style == "wkslashyy":  # Sat 3/14/26 (month first, no padding, two-digit year)
        return f"{_DOW3[d.weekday()]} {d.month}/{d.day}/{d.year % 100:02d}"
    if style == "zh_ymd":  # 2026年3月14日
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "vi_ngay":  # ngày 14 tháng 3 năm 2026
        return f"ngày {d.day} tháng {d.month} năm {d.year}"
    raise ValueError(style)


EN_STYLES = ("dashcaps4", "ymddot", "mdot", "abbrord", "theof", "wkslashyy")
HEADER_STYLES = ("zh_ymd", "vi_ngay")
STYLES = EN_STYLES + HEADER_STYLES


def parse_blind35_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b35date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", t)
        if m and m[2] in [x.upper() for x in _MON3]:
            return dt.date(int(m[3]), [x.upper() for x in _MON3].index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([1-9]|1[0-2])\.([1-9]|[12]\d|3[01])\.(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]{2})(\.?) (\d{1,2})(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in _MON3 and (m[2] == "") == (m[1] == "May") and _ordinal(int(m[3])) == m[3] + m[4]:
            return dt.date(int(m[5]), _MON3.index(m[1]) + 1, int(m[3]))
        m = re.fullmatch(r"the (\d{1,2})(st|nd|rd|th) of ([A-Z][a-z]+), (\d{4})", t)
        if m and m[3] in MONTHS and _ordinal(int(m[1])) == m[1] + m[2]:
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) ([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/(\d{2})", t)
        if m and m[1] in _DOW3:
            d = dt.date(2000 + int(m[4]), int(m[2]), int(m[3]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, head: tuple[str, ...], body: tuple[str, ...]) -> None:
    """The letter's date styles: one for the date at its head, one for the dates in its body (often another)."""
    w.c.extra["b35_head"] = w.pick(list(head))
    w.c.extra["b35_body"] = w.pick(list(body))


def _fd(w: W, day: dt.date | None) -> str:
    return b35date(day, w.c.extra["b35_body"]) if day else ""


def _fh(w: W, day: dt.date | None) -> str:
    return b35date(day, w.c.extra["b35_head"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(201, 988), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([46.0, 54.0, 58.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _md_reviewer(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float) -> None:
    c = w.c
    name, _, _ = person(w.rng, 0.25)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(0.7) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _sign(w: W, b: list[Block], close: str, fallback: str, org: str, size: float | None = None) -> None:
    c = w.c
    b.append(w.p(close, space_before=10, size=size))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=14, size=size))
        b.append(w.p(c.reviewer_title, space_before=0, size=size))
    else:
        b.append(w.p(fallback, space_before=14, size=size))
    b.append(w.p(org, space_before=0, size=size))


# free-language-help lines written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "ESPAÑOL: Si necesita ayuda en español para entender este documento, le ofrecemos un intérprete gratis. "
          "Llame al {ph}.",
    "zh": "中文：如果您需要有人用中文為您說明這份文件，我們提供免費口譯服務。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Nếu quý vị cần người giúp hiểu tài liệu này bằng tiếng Việt, chúng tôi cung cấp thông dịch "
          "viên miễn phí. Xin gọi {ph}.",
    "tl": "TAGALOG: Kung kailangan ninyo ng tulong sa Tagalog para maunawaan ang dokumentong ito, may libreng "
          "interpreter. Tumawag sa {ph}.",
    "ko": "한국어: 이 문서를 한국어로 이해하는 데 도움이 필요하시면 무료 통역 서비스를 이용하실 수 있습니다. {ph}번으로 전화하십시오.",
    "hy": "ՀԱՅԵՐԵՆ. Եթե այս փաստաթուղթը հայերենով հասկանալու համար օգնության կարիք ունեք, անվճար թարգմանիչ "
          "կտրամադրենք։ Զանգահարեք {ph}։",
    "ru": "РУССКИЙ: Если вам нужна помощь на русском языке, чтобы понять этот документ, мы бесплатно предоставим "
          "переводчика. Звоните {ph}.",
    "fa": "فارسی: اگر برای فهم این سند به کمک به زبان فارسی نیاز دارید، مترجم رایگان در اختیار شما قرار می‌گیرد. "
          "با {ph} تماس بگیرید.",
    "ja": "日本語：この書類を日本語で理解するためのお手伝いが必要な場合は、無料の通訳をご利用いただけます。{ph} までお電話ください。",
    "km": "ខ្មែរ៖ ប្រសិនបើអ្នកត្រូវការជំនួយជាភាសាខ្មែរ ដើម្បីយល់ឯកសារនេះ យើងមានអ្នកបកប្រែដោយឥតគិតថ្លៃ។ សូមទូរស័ព្ទមក {ph}។",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਦਸਤਾਵੇਜ਼ ਪੰਜਾਬੀ ਵਿੱਚ ਸਮਝਣ ਲਈ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਮੁਫ਼ਤ ਦੁਭਾਸ਼ੀਆ ਮਿਲ ਸਕਦਾ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "ar": "العربية: إذا كنت بحاجة إلى مساعدة باللغة العربية لفهم هذه الوثيقة، نوفر لك مترجمًا فوريًا مجانًا. اتصل على {ph}.",
    "hmn": "HMOOB: Yog koj xav tau kev pab ua lus Hmoob kom nkag siab daim ntawv no, peb muaj neeg txhais lus pub "
           "dawb. Hu rau {ph}.",
    "hi": "हिंदी: यदि इस दस्तावेज़ को हिंदी में समझने के लिए आपको सहायता चाहिए, तो निःशुल्क दुभाषिया उपलब्ध है। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: หากคุณต้องการความช่วยเหลือเป็นภาษาไทยเพื่อทำความเข้าใจเอกสารนี้ เรามีล่ามให้บริการฟรี โทร {ph}",
    "ilo": "ILOKANO: No kasapulanyo ti tulong iti Ilokano tapno maawatanyo daytoy a dokumento, adda libre a "
           "mangipatarus. Tawagan ti {ph}.",
    "sm": "GAGANA SĀMOA: Afai e te manaʻomia se fesoasoani i le gagana Sāmoa ina ia malamalama i lenei pepa, o loʻo "
          "avanoa fua se faʻaliliu upu. Vili le {ph}.",
    "haw": "ʻŌLELO HAWAIʻI: Inā makemake ʻoe i ke kōkua ma ka ʻōlelo Hawaiʻi no kēia palapala, loaʻa ka mea unuhi "
           "manuahi. E kelepona i ka {ph}.",
    "am": "አማርኛ፦ ይህን ሰነድ በአማርኛ ለመረዳት እርዳታ ከፈለጉ፣ ነጻ አስተርጓሚ እናቀርባለን። በ {ph} ይደውሉ።",
    "fr": "FRANÇAIS : Si vous avez besoin d'aide en français pour comprendre ce document, un interprète vous est "
          "offert gratuitement. Appelez le {ph}.",
}
_TAG_SETS = {
    "NCA": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "km", "pa", "ar", "hmn", "hi", "th"],
    "CO": ["es", "vi", "zh", "ko", "ru", "am", "ar", "fr"],
    "HI": ["es", "zh", "tl", "ilo", "vi", "ko", "ja", "sm", "haw"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, keep_all: bool, size: float = 7.6) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    if not keep_all:
        rest = rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1.5, unicode=_uni(heading)) if heading
                        else Block("rule", space_before=10)]
    for code in first + rest:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.5))
    return out


# === 1. Northern California Medi-Cal: a child's speech-language therapy ends =====================================

_NC_ST = ["outpatient speech-language therapy, individual sessions", "individual speech and language therapy "
          "(outpatient)", "one-on-one speech-language therapy visits"]
_NC_FEED = ["feeding and swallowing therapy", "therapy for swallowing and oral feeding skills",
            "oral-motor feeding and swallowing treatment"]
_NC_LANG_DX = [("Expressive language disorder", "F80.1"), ("Mixed receptive-expressive language disorder", "F80.2"),
               ("Phonological disorder", "F80.0")]
_NC_FEED_DX = [("Dysphagia, oropharyngeal phase", "R13.12"), ("Dysphagia, oral phase", "R13.11")]
_NC_CRIT = ["Kaiser Permanente Northern California Pediatric Outpatient Speech Therapy Criteria",
            "KP NCAL Rehabilitation Services Guideline: Continuation of Speech-Language Therapy",
            "MCG Care Guidelines: Speech Therapy, Pediatric (Outpatient)"]
_NC_AREAS = ["510", "415", "916", "408", "925", "707", "559"]
_NC_MS = "1-800-464-4000"
_NC_TESTS = {"F80.1": "expressive language", "F80.2": "core language", "F80.0": "speech sound accuracy"}


def _nc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b35_nc"):
        return
    c.extra["b35_nc"] = True
    _fmt(w, ("theof", "abbrord", "dashcaps4"), ("mdot", "abbrord", "theof", "dashcaps4"))
    c.region = "Northern California"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "CA", "Northern California")
    # the member is the child; the letter is addressed to a parent with the child's family name
    parts = c.member_name.split()
    c.extra["nc_child_first"] = parts[0]
    fam = parts[-1] if len(parts) > 1 else w.pick(["Nguyen", "Garcia", "Lee", "Okafor"])
    c.extra["nc_parent"] = f"{w.pick(FIRST)} {fam}"
    c.extra["nc_guardian"] = w.pick(["parent", "parent or guardian", "mother", "father"])
    c.extra["nc_age"] = w.rng.randint(3, 11)
    c.extra["dob"] = (c.letter or dt.date(2026, 1, 1)) - dt.timedelta(days=365 * c.extra["nc_age"] +
                                                                       w.rng.randint(20, 340))
    kind = c.extra["nc_kind"] = w.pick(["lang", "lang", "feed"])
    if kind == "lang":
        t, code = w.pick(_NC_LANG_DX)
        c.services = [dict(text=w.pick(_NC_ST), codes=["92507"], decision="denied")]
        c.diagnoses = [dict(text=t, codes=[code])]
    else:
        t, code = w.pick(_NC_FEED_DX)
        c.services = [dict(text=w.pick(_NC_FEED), codes=["92526"], decision="denied")]
        c.diagnoses = [dict(text=t, codes=[code])]
        if w.chance(0.4):
            c.services.append(dict(text=w.pick(_NC_ST), codes=["92507"], decision="denied"))
            t2, code2 = w.pick(_NC_LANG_DX)
            c.diagnoses.append(dict(text=t2, codes=[code2]))
    c.extra["nc_why"] = w.pick(["met", "plateau"])
    c.extra["nc_sessions"] = w.rng.choice([24, 26, 30, 36, 40, 48])
    c.extra["nc_score"] = (w.rng.randint(68, 79), w.rng.randint(88, 97))
    lo = w.rng.randint(52, 62)
    c.extra["nc_acc"] = (lo, lo + w.rng.randint(1, 5), lo + w.rng.randint(0, 4))
    # CA Medi-Cal: decided within 5 business days of the request to continue therapy (no late-decision defect here)
    end = c.decision or c.letter
    if c.received is None or D.business_between(c.received, end) > 5:
        c.received = D.add_business(end, -w.rng.randint(1, 4)) if (c.received or w.chance(0.9)) else None
    c.service = None
    base = c.received or end
    c.extra["nc_report"] = base - dt.timedelta(days=w.rng.randint(2, 12))
    c.extra["nc_last"] = base - dt.timedelta(days=w.rng.randint(1, 9))
    c.extra["nc_start"] = base - dt.timedelta(days=w.rng.randint(150, 300))
    c.extra["nc_stop"] = c.letter + dt.timedelta(days=w.rng.randint(12, 24))  # therapy ends after this day
    name, first, last = person(w.rng, 0.1)
    while first == c.extra["nc_child_first"]:
        name, first, last = person(w.rng, 0.1)
    c.provider = w.pick([f"{name}, MS, CCC-SLP", f"{name}, M.A., CCC-SLP", f"{name}, CCC-SLP"])
    c.extra["nc_pcp"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["nc_fac"] = w.pick(facilities("CA", "Northern California"))
    c.criteria = [] if _bare(c) or _has(c, "notice.criteria_cited") else [w.pick(_NC_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Rehabilitation Authorization Coordinator", "Utilization Review Nurse",
                         "Therapy Services Case Manager"], ["RN", None, "LVN"])
    elif w.chance(0.2):
        c.reviewer = None
    else:
        _md_reviewer(w, ["Pediatrics", "Physical Medicine and Rehabilitation", "Developmental-Behavioral Pediatrics"],
                     ["Physician Reviewer", "Medical Director, Rehabilitation Services", "Reviewing Pediatrician"],
                     _NC_AREAS, 0.5)
    c.extra["nc_phone"] = _phone(w, _NC_AREAS)
    c.extra["nc_fax"] = _phone(w, _NC_AREAS)
    c.extra["nc_noa"] = f"{w.pick(['NOA', 'MC-NOA', 'TRM'])}-{w.rng.randint(100000, 999999)}"
    _flags(c)


def reason_b35_nc(w: W) -> str:
    _nc_setup(w)
    c = w.c
    kid = c.extra["nc_child_first"]
    if _bare(c):
        return w.pick(["Continued therapy is not medically necessary.",
                       "The request does not meet medical necessity criteria.",
                       "More therapy visits are not medically necessary."])
    feed = c.extra["nc_kind"] == "feed"
    if c.extra["nc_why"] == "met":
        if feed:
            return w.pick([
                f"{kid} has met the goals of the feeding therapy plan: the latest progress report says {kid} now eats "
                "soft and chewable foods and drinks thin liquids from an open cup without coughing or choking. "
                "Because the goals are met, more therapy sessions are not medically necessary.",
                f"The therapist's last report shows {kid} reached every feeding goal set at the start, including "
                "safe swallowing of thin liquids and chewing of age-appropriate foods, so continued therapy is no "
                "longer medically necessary.",
            ])
        s1, s2 = c.extra["nc_score"]
        area = _NC_TESTS.get(c.diagnoses[0]["codes"][0], "language")
        return w.pick([
            f"{kid} has met the goals in the therapy plan. On re-testing, {kid}'s {area} standard score rose from "
            f"{s1} to {s2}, which is within the average range for {kid}'s age, so more therapy sessions are not "
            "medically necessary.",
            f"The progress report shows {kid}'s {area} score improved from {s1} to {s2}, now in the normal range "
            f"for age, and the treatment goals were met. Therapy beyond the current authorization is not medically "
            "necessary.",
        ])
    a, b_, c3 = c.extra["nc_acc"]
    n = c.extra["nc_sessions"]
    goal = "swallowing and feeding goals" if feed else "speech and language goals"
    return w.pick([
        f"After {n} sessions, {kid}'s progress toward the {goal} has stopped: accuracy was {a}%, {b_}% and {c3}% "
        "on the last three progress reports. Because more sessions of the same therapy are not expected to bring "
        "further gains, continued therapy is not medically necessary; a home practice program is recommended.",
        f"{kid}'s last three progress reports show no meaningful change ({a}%, {b_}%, {c3}% accuracy on the "
        f"target skills) after {n} sessions. Progress has leveled off, so continued skilled therapy is not "
        "medically necessary at this time.",
    ])


def _nc_svc(w: W, s: dict, style: int) -> str:
    cm = M("CPT", s["codes"][0])
    t = M("SERVICE", s["text"])
    return [f"{t} (CPT {cm})", f"{cm} {t}", f"{t}, procedure code {cm}"][style]


def _nc_dx(w: W, d: dict, style: int) -> str:
    cm = M("ICD10", d["codes"][0])
    t = M("DIAGNOSIS", d["text"])
    return [f"{t} ({cm})", f"{cm} – {t}", f"{t}, ICD-10 {cm}"][style]


def _nc_dmhc(w: W, size: float) -> Block:
    return w.p(
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        "If you have a grievance against your health plan, you should first telephone your health plan at "
        f"{_NC_MS} (TTY 711) and use your health plan's grievance process before contacting the department. "
        "Utilizing this grievance procedure does not prohibit any potential legal rights or remedies that may be "
        "available to you. If you need help with a grievance involving an emergency, a grievance that has not been "
        "satisfactorily resolved by your health plan, or a grievance that has remained unresolved for more than 30 "
        "days, you may call the department for assistance. You may also be eligible for an Independent Medical "
        "Review (IMR). If you are eligible for IMR, the IMR process will provide an impartial review of medical "
        "decisions made by a health plan related to the medical necessity of a proposed service or treatment, "
        "coverage decisions for treatments that are experimental or investigational in nature and payment disputes "
        "for emergency or urgent medical services. The department also has a toll-free telephone number "
        "(1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. The department's "
        "internet website www.dmhc.ca.gov has complaint forms, IMR application forms and instructions online.",
        bold=True, size=max(12.0, size), space_before=8)


def _nc_rights(w: W, b: list[Block], size: float, head) -> None:
    c = w.c
    kid = c.extra["nc_child_first"]
    stop = _fd(w, c.extra["nc_stop"])
    head(w.pick(["How to appeal to Kaiser Permanente", "Appeal this decision", "Step 1: Ask us for an appeal"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You have {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice to ask us for an appeal. "
            f"You can call Member Services at {_NC_MS} (TTY 711), fill out a form at kp.org, write to us, or come "
            f"to a Member Services office. {kid}'s therapist, doctor or another person you choose can appeal for "
            "you.",
            f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} of the date on this notice: by "
            f"phone at {_NC_MS} (TTY 711), online at kp.org, by mail, or in person. You may name someone, such as "
            f"{kid}'s therapist, to appeal for you.",
        ]), size=size))
    b.append(w.p(w.pick([
        "We will send you our answer in writing within 30 days. If waiting 30 days could seriously harm your "
        "child's health, ask for a fast (expedited) appeal; we will decide it within 72 hours.",
        "A standard appeal is decided within 30 days. When a delay could put your child's life, health or ability "
        "to function at serious risk, you or the doctor can ask for an expedited appeal, decided within 72 hours.",
    ]), size=size))
    if not _has(c, "notice.continuation_of_benefits"):
        head(w.pick(["Keeping therapy going during your appeal", "Continuing services while you appeal"]))
        b.append(w.p(w.pick([
            f"{kid} can keep getting therapy while the appeal is decided if you ask for an appeal within 10 days "
            f"from the date of this notice, or before {stop}, whichever is later, and ask that services continue.",
            "Services can continue during the appeal. To keep them, file your appeal within 10 days of the date "
            f"of this notice or before therapy stops after {stop}, and tell us you want the therapy to continue.",
        ]), size=size))
    head(w.pick(["State Hearing", "Step 2: Ask for a State Hearing", "If you still disagree: State Hearing"]))
    b.append(w.p(w.pick([
        "If we say no to your appeal, you can ask for a State Hearing from the California Department of Social "
        "Services within 120 days of the date of our appeal decision letter. If we do not answer your appeal "
        "within 30 days, you can ask for a State Hearing right away.",
        "After our appeal decision, you have 120 days from the date of that letter to ask for a State Hearing. "
        "You may also ask for one if we have not decided your appeal within 30 days.",
    ]), size=size))
    b.append(w.p(w.pick([
        "Call the State Hearings Division at (800) 743-8525 or (800) 952-5253 (TDD (800) 952-8349), ask online, "
        "or write to California Department of Social Services, State Hearings Division, P.O. Box 944243, Mail "
        "Station 9-17-37, Sacramento, CA 94244-2430.",
        "State Hearing requests: (800) 743-8525 or (800) 952-5253; TDD (800) 952-8349; online; or by mail to "
        "California Department of Social Services, State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, "
        "Sacramento, CA 94244-2430.",
    ]), size=size))
    b.append(w.p(w.pick([
        "Independent Medical Review (IMR): you may also ask the Department of Managed Health Care for an IMR, as "
        "long as you have not already asked for a State Hearing on the same issue.",
        "You can ask for an Independent Medical Review by the Department of Managed Health Care if you have not "
        "asked for a State Hearing first; once a State Hearing is requested, an IMR on the same issue is no longer "
        "available.",
    ]), size=size))
    b.append(w.p(w.pick([
        "You may ask for free copies of the records, guidelines and other information we used to make this "
        "decision, including the medical necessity criteria.",
        "At no cost to you, we will send copies of all documents and criteria relevant to this decision.",
    ]), size=size))
    b.append(w.p(w.pick([
        "For free help, call the Medi-Cal Managed Care Office of the Ombudsman at 1-888-452-8609 (TTY 711).",
        "The Office of the Ombudsman for Medi-Cal managed care can help you at no cost: 1-888-452-8609.",
    ]), size=size))


def t_b35_nc(w: W):
    _nc_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 NOA form + Your Rights page, 1 large print, 2 bilingual header
    if variant == 1:
        st = _style(w, ["helvetica", "times"], [14.0], [54.0, 58.0])
        st.leading = 1.3
    else:
        st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [58.0, 64.0, 70.0])
    size = st.size
    kid = c.extra["nc_child_first"]
    parent = c.extra["nc_parent"]
    noa = c.extra["nc_noa"]
    ph, fax = c.extra["nc_phone"], c.extra["nc_fax"]
    st.footer = [w.pick([f"{noa} · page {{page}} of {{pages}}", "Kaiser Permanente Medi-Cal | Notice of Action | "
                         "{page}", f"Notice {noa} – {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    svcs = join_and([_nc_svc(w, s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(_nc_dx(w, d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    stop, start, last, rpt = (_fd(w, c.extra[k]) for k in ("nc_stop", "nc_start", "nc_last", "nc_report"))
    dob = _fd(w, c.extra["dob"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=min(size, 10.5),
                   left=["KAISER PERMANENTE", "Northern California · Medi-Cal",
                         w.pick(["Rehabilitation Services Authorizations", "Utilization Management",
                                 "Pediatric Therapy Review"])],
                   right=["Kaiser Foundation Health Plan, Inc.", "1950 Franklin Street, Oakland, CA 94612",
                          f"Phone {ph}   Fax {fax}"]))
    if variant == 2:  # bilingual title lines: English and Chinese or Vietnamese, the date in both
        lang = w.pick(["zh", "vi"])
        c.extra["b35_title_lang"] = lang
        b.append(w.h("NOTICE OF ACTION — Your child's therapy will end", space_before=8, size=size + 2,
                     align="center"))
        other = ("行動通知書 — 您孩子的治療即將停止" if lang == "zh"
                 else "THÔNG BÁO HÀNH ĐỘNG — Liệu pháp của con quý vị sẽ chấm dứt")
        b.append(Block("para", text=other, unicode=True, bold=False, size=size + 1, align="center", space_before=1))
        dl = M("DATE_LETTER", b35date(c.letter, "zh_ymd" if lang == "zh" else "vi_ngay"))
        b.append(Block("para", text=("通知日期：" if lang == "zh" else "Ngày thông báo: ") + dl, unicode=True,
                       size=size - 0.5, align="center", space_before=1))
        b.append(Block("para", text=("如需中文說明，請致電 " if lang == "zh" else "Cần giải thích bằng tiếng Việt, "
                                     "xin gọi ") + f"{_NC_MS} (TTY 711).", unicode=True, size=size - 1,
                       align="center", space_before=1))
        b.append(w.p(f"Date of notice: {M('DATE_LETTER', _fh(w, c.letter))}", space_before=10))
    elif variant == 1:
        b.append(w.p(M("DATE_LETTER", _fh(w, c.letter)), space_before=8))
    b.append(w.p(parent if variant == 0 or w.chance(0.5) else f"{parent}, {c.extra['nc_guardian']} of {kid}",
                 space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    re_line = w.pick([f"Re: {w.name()}", f"Re: {w.name()} (date of birth {dob})", f"Member: {w.name()}"])
    idl = w.pick([f"Medi-Cal member ID {w.mid()}", f"Member ID: {w.mid()}", f"Kaiser Permanente ID {w.mid()}"])
    if variant == 0:
        b.append(w.h(w.pick(["NOTICE OF ACTION", "Medi-Cal Notice of Action"]), space_before=12, size=size + 3,
                     align="center"))
        b.append(w.p(w.pick(["Ending of a service your child receives", "Change to an authorized service: "
                             "termination"]), align="center", space_before=1))
        grid = [["Field", "Information", "Field", "Information"],
                ["Member (child)", w.name(), "Member ID", w.mid()],
                ["Parent or guardian", parent, "Date of birth", dob],
                ["Date of this notice", _dm(w, "DATE_LETTER", c.letter), "Notice number", noa],
                ["Therapist who asked", prov, "Therapy site", c.extra["nc_fac"]]]
        if c.received or c.decision:
            grid.append(["Request received", rec or "—", "Decision made", dec or "—"])
        grid.append(["Last covered day", stop, "Unit phone", ph])
        b.append(Block("table", rows=grid, space_before=10, size=size - 0.5))
        b.append(w.h(w.pick(["What is changing", "The action we are taking"]), space_before=9))
        b.append(w.p(w.pick([
            f"Kaiser Permanente will stop covering {svcs} for {kid} after {stop}.",
            f"We are ending our approval of {svcs}. The last day it is covered is {stop}.",
        ])))
        b.append(w.h("Diagnosis", space_before=7))
        b.append(w.p(dxs + "."))
        b.append(w.h(w.pick(["Why we are taking this action", "Reason for this action"]), space_before=7))
        b.append(w.p(M("REASON", w.reason), boxed=True))
    else:
        b.append(w.p(re_line, space_before=8))
        b.append(w.p(idl, space_before=0))
        if variant == 1:
            b.append(w.h(w.pick(["Notice of Action: therapy is ending", "NOTICE OF ACTION"]), space_before=10,
                         size=size + 2))
        b.append(w.p(w.pick([f"Dear {parent}:", f"Dear Parent or Guardian of {kid},", f"Dear {parent},"]),
                     space_before=8))
        intro = w.pick([f"{prov} asked us to keep approving {svcs} for {kid}.",
                        f"We reviewed a request from {kid}'s speech-language pathologist, {prov}, to continue "
                        f"{svcs}."])
        if rec:
            intro += w.pick([f" We got the request on {rec}.", f" The request reached us on {rec}."])
        if dec:
            intro += w.pick([f" We made our decision on {dec}.", f" The decision was made on {dec}."])
        b.append(w.p(intro))
        b.append(w.p(w.pick([f"Kaiser Permanente will not cover more of this therapy. The last covered day is "
                             f"{stop}.", f"Our approval ends after {stop}; therapy after that day is not covered."])))
        b.append(w.p(w.pick(["Diagnosis: ", f"{kid}'s diagnosis: "]) + dxs + "."))
        b.append(w.h(w.pick(["Why we made this decision", "The reason", "Why therapy is ending"]), space_before=9,
                     size=size + 0.5))
        b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["We used ", "Guideline applied: "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" The therapist may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    if not _bare(c):
        b.append(w.p(w.pick([
            f"We looked at the progress report of {rpt}, the therapy notes since therapy began on {start}, and the "
            f"session of {last}. {kid}'s therapist can give you a home practice plan.",
            f"Records reviewed: therapy start {start}, progress report {rpt}, most recent session {last}. A home "
            "program from the therapist can help keep the skills going.",
        ])))
    b.append(w.p(w.pick([f"A copy of this notice was sent to {prov} and to {kid}'s pediatrician, "
                         f"{c.extra['nc_pcp']}.",
                         f"cc: {prov}; {c.extra['nc_pcp']} (primary care)"]), size=size - 0.5))
    if variant == 0:
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["YOUR RIGHTS", "Your Rights under Medi-Cal"]), size=size + 2, space_before=0))

        def head(t: str) -> None:
            b.append(w.h(t, space_before=8, size=size + 0.5, shade=True))
    else:
        b.append(w.h(w.pick(["Your rights", "Your appeal and hearing rights"]), space_before=12, size=size + 1))

        def head(t: str) -> None:
            b.append(w.h(t, space_before=8, size=size))
    _nc_rights(w, b, size, head)
    if not _has(c, "notice.dmhc_statement"):
        b.append(_nc_dmhc(w, size))
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Rehabilitation Services Authorizations",
          "Kaiser Permanente Northern California – Medi-Cal")
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help, including an interpreter or this notice in large print: call "
                             f"{_NC_MS} (TTY 711).",
                             f"Need an interpreter or another format? It is free. Call {_NC_MS} (TTY 711)."]),
                     space_before=8))
        b.append(Block("pagebreak"))
        b += _taglines(w, "NCA", f"{_NC_MS} (TTY 711)", w.pick(["Language help", "Free language assistance"]), True,
                       8.0 if variant != 1 else 12.0)
    b = [x for x in b if not (x.kind == "para" and x.text == "")]
    return b, st, ["nca_noa_rights_page", "nca_large_print", "nca_bilingual_header"][variant]


BLIND35_TEMPLATES["blind35_nca_medi_cal_speech_therapy_termination"] = (t_b35_nc, dict(
    plans=["medi_cal"], states=["CA"], kinds=["termination_notice"], cats=["medical_necessity"],
    reason=reason_b35_nc))
MODELED_ON["blind35_nca_medi_cal_speech_therapy_termination"] = (
    "blind35: Kaiser Permanente Northern California Medi-Cal Notice of Action ending a child's outpatient speech-"
    "language therapy (92507) or feeding therapy (92526) because the goals were met or progress leveled off, "
    "addressed to the parent with the child as member; a NOA form with a Your Rights page, a large-print letter, or a "
    "letter with English and Chinese or Vietnamese title lines; 60-day appeal, 30-day and 72-hour appeals, "
    "continuing services within 10 days, State Hearing within 120 days with CDSS phones and address, IMR, free "
    "copies, the Medi-Cal ombudsman, the DMHC statement, language-help lines")


# === 2. Colorado Medicare Advantage: a Part B bone drug denied for step therapy ==================================

_CO_DRUGS = {
    "J0897": dict(texts=["denosumab (Prolia) 60 mg injection every 6 months", "Prolia (denosumab) 60 mg "
                         "subcutaneous injection, every six months", "denosumab 60 mg injection (Prolia)"],
                  name="denosumab (Prolia)", short="Prolia", dose="60 mg SC q6 months", units="60"),
    "J3111": dict(texts=["romosozumab (Evenity) 210 mg injection once a month for 12 months",
                         "Evenity (romosozumab-aqqg) 210 mg monthly injections, 12 doses",
                         "romosozumab-aqqg 210 mg subcutaneous injection, monthly"],
                  name="romosozumab (Evenity)", short="Evenity", dose="210 mg SC monthly x 12", units="210"),
}
_CO_DX = [("Age-related osteoporosis without current pathological fracture", "M81.0"),
          ("Age-related osteoporosis with current pathological fracture, vertebra(e), initial encounter for "
           "fracture", "M80.08XA"),
          ("Age-related osteoporosis with current pathological fracture, unspecified site, initial encounter for "
           "fracture", "M80.00XA")]
_CO_MEDICARE = ["Medicare Benefit Policy Manual, Chapter 15, Section 50 (Drugs and Biologicals)",
                "Medicare Part B drug coverage rules, Medicare Benefit Policy Manual, Chapter 15, Section 50"]
_CO_INTERNAL = ["Kaiser Permanente Colorado Part B Step Therapy Criteria: Osteoporosis Agents",
                "KP Colorado Pharmacy and Therapeutics Step Therapy Protocol for Bone-Modifying Drugs"]
_CO_AREAS = ["303", "720", "719"]
_CO_MS = "303-338-3800"
_CO_MS2 = "1-888-681-7878"


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b35_co"):
        return
    c.extra["b35_co"] = True
    c.region = "Colorado"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "CO")
    code = c.extra["co_code"] = w.pick(["J0897", "J0897", "J3111"])
    drug = _CO_DRUGS[code]
    c.services = [dict(text=w.pick(drug["texts"]), codes=[code], decision="denied")]
    dx = [w.pick(_CO_DX)]
    if dx[0][1] == "M81.0" and w.chance(0.3):
        dx.append(_CO_DX[1])
    c.diagnoses = [dict(text=t, codes=[k]) for t, k in dx]
    c.extra["co_tscore"] = round(-w.rng.uniform(2.5, 3.6), 1)
    c.extra["co_egfr"] = w.rng.randint(52, 88)
    c.extra["co_why"] = w.pick(["notried", "nocontra"])
    # Part B drug requests: the plan answers within a few days; a planted late decision takes weeks
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(18, 34))
    elif c.received is None or (end - c.received).days > 2:
        c.received = end - dt.timedelta(days=w.rng.randint(0, 2)) if (c.received or w.chance(0.9)) else None
    c.service = None
    base = c.received or end
    c.extra["co_dxa"] = base - dt.timedelta(days=w.rng.randint(20, 90))
    c.extra["co_lab"] = base - dt.timedelta(days=w.rng.randint(3, 30))
    c.extra["co_visit"] = base - dt.timedelta(days=w.rng.randint(1, 10))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["co_prov_last"] = last
    c.extra["co_pharm"] = person(w.rng, 0.1)[0] + w.pick([", PharmD", ", RPh"])
    c.extra["co_fac"] = w.pick(facilities("CO"))
    mn = c.category == "medical_necessity"
    if not mn or _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_CO_INTERNAL)]
    else:
        c.criteria = [w.pick(_CO_MEDICARE)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Pharmacy Prior Authorization Technician", "Clinical Pharmacy Review Coordinator",
                         "Utilization Review Nurse"], [None, "CPhT", "RN"])
    elif not mn and w.chance(0.4):
        c.reviewer = None
    elif w.chance(0.15):
        c.reviewer = None
    else:
        _md_reviewer(w, ["Endocrinology", "Rheumatology", "Internal Medicine"],
                     ["Medical Director, Medicare Utilization Review", "Physician Reviewer",
                      "Associate Medical Director"], _CO_AREAS, 0.35)
    c.extra["co_phone"] = _phone(w, _CO_AREAS)
    c.extra["co_fax"] = _phone(w, _CO_AREAS)
    c.extra["co_rx"] = f"PB-{w.rng.randint(2025, 2026)}-{w.rng.randint(100000, 999999)}"
    c.extra["co_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    _flags(c)


def reason_b35_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    drug = _CO_DRUGS[c.extra["co_code"]]
    if _bare(c):
        if c.category == "not_covered":
            return w.pick(["This drug is not covered under your plan.", "The requested drug is not a covered "
                                                                        "benefit."])
        return w.pick(["The drug is not medically necessary.", "The request does not meet medical necessity "
                                                                "criteria."])
    egfr = c.extra["co_egfr"]
    if c.category == "not_covered":
        return w.pick([
            f"Your plan covers {drug['name']} under Part B only after a preferred drug has been tried, and your "
            "records show no trial of zoledronic acid or of an oral bisphosphonate such as alendronate. Until a "
            "preferred drug is tried, this drug is not covered under your plan's Part B step therapy rules.",
            f"{drug['short']} is a non-preferred Part B drug on your plan. It is covered when a preferred drug "
            "(zoledronic acid or an oral bisphosphonate) was tried first or cannot be used; we found no such "
            "trial in your records, so it is not covered at this time.",
        ])
    if c.extra["co_why"] == "notried":
        return w.pick([
            f"Your records do not show that you have tried a preferred osteoporosis drug, such as alendronate by "
            f"mouth or a zoledronic acid infusion, before {drug['short']}. Without that trial, {drug['name']} is "
            "not medically necessary for you now.",
            f"{drug['short']} is approved when a first-line drug (an oral bisphosphonate or zoledronic acid) did "
            "not work or could not be taken. You have not taken either, so the request is not medically "
            "necessary at this time.",
        ])
    return w.pick([
        f"Your kidney function (eGFR {egfr}) and the rest of your records show no reason you could not take a "
        f"preferred drug such as zoledronic acid or alendronate, and you have not tried one. {drug['short']} is "
        "not medically necessary until a preferred drug is tried.",
        f"We found no medical reason that keeps you from using a preferred drug first: your eGFR is {egfr} and no "
        f"swallowing or stomach problem is noted. For this reason {drug['name']} is not medically necessary now.",
    ])


def _co_rights(w: W, b: list[Block], head, size: float | None = None) -> None:
    c = w.c

    def para(t: str) -> None:
        b.append(w.p(t, size=size))

    head(w.pick(["Your right to appeal", "You have the right to appeal our decision", "If you disagree"]))
    if c.appeal_phrase:
        para(w.pick([
            f"You can ask us to look at this decision again (a reconsideration). Your request must reach us within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. You, your doctor, or someone you "
            "name in writing can ask.",
            f"To appeal, send us a written request, or call us, within {M('APPEAL_DAYS', c.appeal_phrase)} of the "
            "date on this notice. You may include records or a letter from your doctor.",
        ]))
    para(w.pick([
        "We will give you our decision on a standard appeal about a Part B drug within 7 days after we get it.",
        "For a Part B drug, we answer a standard appeal within 7 days of receiving it.",
    ]))
    if not _has(c, "notice.expedited_review"):
        head(w.pick(["Fast appeals", "How to ask for a fast appeal"]))
        para(w.pick([
            "If waiting for a standard decision could seriously harm your life, health or ability to regain "
            "function, ask for a fast (expedited) appeal. We will decide within 72 hours. If your doctor asks for a "
            "fast appeal, or supports yours, we will give you one.",
            "You or your doctor may ask for an expedited appeal when your health could be seriously harmed by "
            "waiting. Expedited appeals are decided within 72 hours; a request from your doctor is always handled "
            "as fast.",
        ]))
    if not _has(c, "notice.external_review"):
        head(w.pick(["What happens next", "After we decide your appeal"]))
        para(w.pick([
            "If we keep all or part of our denial, we will send your case automatically to an Independent Review "
            "Entity (IRE), an organization hired by Medicare that is not part of Kaiser Permanente. If the IRE also "
            "says no, its letter will explain your further appeal rights.",
            "When our answer to your appeal is still no, your file goes on to the Independent Review Entity "
            "without your asking. The IRE works for Medicare, not for us, and will tell you about any further "
            "levels of appeal.",
        ]))
    head(w.pick(["How to reach us", "Get help and more information"]))
    para(w.pick([
        f"Call Member Services at {_CO_MS} (Denver/Boulder) or {_CO_MS2} (Southern Colorado), TTY 711, or write to "
        "Kaiser Permanente Colorado, Medicare Appeals, P.O. Box 378066, Denver, CO 80237.",
        f"Member Services: {_CO_MS} in the Denver/Boulder area, {_CO_MS2} in Southern Colorado (TTY 711). Appeals "
        "by mail: Kaiser Permanente Colorado, Medicare Appeals, P.O. Box 378066, Denver, CO 80237.",
    ]))
    para(w.pick([
        "You can also call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week; TTY 1-877-486-2048.",
        "Medicare: 1-800-633-4227 (1-800-MEDICARE), TTY 1-877-486-2048, or www.medicare.gov.",
    ]))


def t_b35_co(w: W):
    _co_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 CMS-style notice, 1 drug table, 2 pharmacy system print (monospaced)
    if variant == 2:
        _fmt(w, ("dashcaps4", "ymddot"), ("dashcaps4", "ymddot"))
        st = _style(w, ["courier"], [8.5, 9.0], [50.0, 56.0])
        st.leading = w.pick([1.2, 1.3])
    else:
        _fmt(w, ("abbrord", "theof", "dashcaps4"), ("mdot", "ymddot", "abbrord"))
        st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [56.0, 64.0, 70.0])
    size = st.size
    drug = _CO_DRUGS[c.extra["co_code"]]
    rx, ph, fax = c.extra["co_rx"], c.extra["co_phone"], c.extra["co_fax"]
    prov = M("PROVIDER", c.provider)
    s0 = c.services[0]
    code = M("HCPCS", s0["codes"][0])
    svc = M("SERVICE", s0["text"])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxa, lab, visit = (_fd(w, c.extra[k]) for k in ("co_dxa", "co_lab", "co_visit"))
    t = c.extra["co_tscore"]
    b: list[Block] = []
    st.footer = [w.pick([f"{rx} | page {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage | {page}",
                         f"Ref {rx} - {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    support = w.pick([
        f"We reviewed the bone density scan of {dxa} (T-score {t}), the lab results of {lab} and the clinic note "
        f"of {visit}. Preferred drugs that your doctor can order instead include zoledronic acid infusion (HCPCS "
        "J3489) and alendronate tablets.",
        f"Records reviewed: DXA scan {dxa} (lowest T-score {t}), labs {lab}, visit {visit}. A preferred drug such as "
        "zoledronic acid (J3489) or oral alendronate may be ordered by your doctor.",
    ]) if not _bare(c) else ""
    crit = (w.pick(["We applied ", "Rules used for this decision: "]) + join_and([M("CRITERIA", x) for x in
                                                                                 c.criteria]) + ".") if c.criteria else ""
    rline = ""
    if c.reviewer:
        rline = _who(w, w.pick(["This decision was made by ", "Reviewer: "]), ".")
        if c.reviewer["phone"]:
            rline += f" Your doctor can reach the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
    if variant == 2:  # printed from the pharmacy prior-authorization system: labels in capitals, a fixed font
        now = c.letter
        hh, mm = w.rng.randint(7, 17), w.rng.randint(0, 59)
        b.append(w.p("KAISER PERMANENTE COLORADO - MEDICARE PART B PHARMACY PRIOR AUTHORIZATION", bold=True))
        b.append(w.p(f"PRINT DATE: {_fh(w, now)}   TIME: {hh:02d}:{mm:02d}   REF: {rx}", space_before=1))
        b.append(w.p("-" * 78, space_before=1))
        b.append(w.p(f"NOTICE DATE.......: {M('DATE_LETTER', _fh(w, c.letter))}", space_before=4))
        b.append(w.p(f"MEMBER............: {w.name()}", space_before=0))
        b.append(w.p(f"MEMBER ID.........: {w.mid()}", space_before=0))
        for x in c.member_addr:
            b.append(w.p(f"                    {x}", space_before=0))
        b.append(w.p(f"PRESCRIBER........: {prov}   NPI {c.extra['co_npi']}", space_before=0))
        if rec:
            b.append(w.p(f"REQUEST RECEIVED..: {rec}", space_before=0))
        if dec:
            b.append(w.p(f"DECISION DATE.....: {dec}", space_before=0))
        b.append(w.p(f"DRUG REQUESTED....: {svc}", space_before=0))
        b.append(w.p(f"HCPCS.............: {code}   UNITS: {drug['units']}   SIG: {drug['dose']}", space_before=0))
        b.append(w.p(f"DIAGNOSIS.........: {dxs}", space_before=0))
        why = "" if _bare(c) else (" - STEP THERAPY NOT MET" if c.category == "medical_necessity"
                                   else " - NON-PREFERRED PART B DRUG")
        b.append(w.p(f"DETERMINATION.....: DENIED{why}", space_before=0))
        b.append(w.p("-" * 78, space_before=1))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=6))
        b.append(w.p(w.pick([f"We have denied the Part B drug that {prov} asked for.",
                             f"Your request for {drug['short']} was denied."])))
        b.append(w.p("REASON FOR DENIAL:", bold=True, space_before=6))
        b.append(w.p(M("REASON", w.reason)))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Colorado · Senior Advantage",
                             w.pick(["Medicare Part B Drug Review", "Pharmacy Utilization Management",
                                     "Medicare Coverage Decisions"])],
                       right=["Kaiser Foundation Health Plan of Colorado", "P.O. Box 378066, Denver, CO 80237",
                              f"Phone {ph}  Fax {fax}"]))
        b.append(w.p(f"{w.pick(['Date', 'Notice date', 'Date of notice'])}: {M('DATE_LETTER', _fh(w, c.letter))}",
                     space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member number: {w.mid()}    Reference: {rx}", size=size - 0.5, space_before=8))
        if variant == 0:
            b.append(w.h(w.pick(["NOTICE OF DENIAL OF MEDICAL COVERAGE", "Notice of Denial: Medicare Part B Drug"]),
                         space_before=10, size=size + 2, align="center"))
            b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
            intro = f"Your doctor, {prov}, asked us to cover {svc} (HCPCS {code})."
            if rec:
                intro += w.pick([f" We received the request on {rec}.", f" The request came in on {rec}."])
            if dec:
                intro += w.pick([f" We made this decision on {dec}.", f" We decided on {dec}."])
            b.append(w.p(intro + w.pick([" We have denied the request.", " Kaiser Permanente will not cover it."])))
            b.append(w.p("Diagnosis: " + dxs + "."))
            b.append(w.h(w.pick(["Why did we deny your request?", "Why we said no"]), space_before=10, shade=True))
            b.append(w.p(M("REASON", w.reason)))
        else:
            b.append(w.h(w.pick(["Coverage decision on your Part B drug request", "Your Part B drug request"]),
                         space_before=10, size=size + 1.5))
            b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
            intro = w.pick([f"{prov} asked us to cover the items below.",
                            f"We reviewed the request from {prov} listed in the table."])
            if rec:
                intro += w.pick([f" It reached us on {rec}.", f" We received it on {rec}."])
            if dec:
                intro += w.pick([f" Our decision date is {dec}.", f" We decided it on {dec}."])
            b.append(w.p(intro))
            ok = w.pick([("Bone density scan (DXA)", "77080", "—", "1"),
                         ("Vitamin D, 25-hydroxy level (lab)", "82306", "—", "1")])
            rows = [["Drug or service", "Code", "Dose", "Units", "Decision"],
                    [svc, code, drug["dose"], drug["units"], w.pick(["Denied", "Not approved"])],
                    [ok[0], ok[1], ok[2], ok[3], "Approved"]]
            if w.chance(0.5):
                rows = [rows[0], rows[2], rows[1]]
            b.append(Block("table", rows=rows, space_before=6, size=size - 0.5))
            b.append(w.p(w.pick([f"The {ok[0].lower()} is approved. The drug is denied for the reason below.",
                                 f"Only the {ok[0].lower()} line is approved."])))
            b.append(w.p("Diagnosis: " + dxs + "."))
            b.append(w.h(w.pick(["Reason for denial", "Why the drug was denied"]), space_before=10))
            b.append(w.p(M("REASON", w.reason)))
    if support:
        b.append(w.p(support))
    if crit:
        b.append(w.p(crit))
    if rline:
        b.append(w.p(rline))
    b.append(w.p(w.pick([f"Questions from your doctor's office may go to the Part B drug review unit, phone {ph}, "
                         f"fax {fax}; clinical pharmacist {c.extra['co_pharm']}.",
                         f"Pharmacy contact for your doctor: {c.extra['co_pharm']}, {ph} (fax {fax})."])))

    def head(t: str) -> None:
        if variant == 2:
            b.append(w.p(t.upper(), bold=True, space_before=8))
        else:
            b.append(w.h(t, space_before=9, shade=variant == 0))

    _co_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "Medicare Part B Drug Review",
          "Kaiser Permanente Colorado Senior Advantage")
    b.append(w.p(f"cc: {prov}", size=size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {_CO_MS} or {_CO_MS2} (TTY 711).",
                             f"Free language help: {_CO_MS} / {_CO_MS2}, TTY 711."]), space_before=6))
    b += _taglines(w, "CO", f"{_CO_MS} (TTY 711)", w.pick([None, "Language assistance"]), False)
    return b, st, ["co_cms_style_notice", "co_drug_table", "co_pharmacy_mono"][variant]


BLIND35_TEMPLATES["blind35_co_ma_part_b_step_therapy"] = (t_b35_co, dict(
    plans=["medicare_advantage"], states=["CO"], kinds=["initial_denial"],
    cats=["medical_necessity", "not_covered"], reason=reason_b35_co))
MODELED_ON["blind35_co_ma_part_b_step_therapy"] = (
    "blind35: Kaiser Permanente Colorado Senior Advantage (Medicare Advantage) denial of a Part B bone drug, "
    "denosumab (J0897) or romosozumab (J3111), because a preferred drug was not tried first (step therapy; not "
    "medically necessary or not covered); a CMS-style notice with section headings, a drug table with an approved "
    "line, or a monospaced pharmacy system print; reconsideration within 60 (or 65) days, 7-day Part B appeal, "
    "72-hour fast appeal, the Independent Review Entity, Colorado Member Services, 1-800-MEDICARE, taglines")


# === 3. Hawaii commercial plan: hyperbaric oxygen therapy ========================================================

_HI_99183 = ["physician attendance and supervision of hyperbaric oxygen therapy, {n} sessions",
             "hyperbaric oxygen therapy with physician supervision ({n} treatments)",
             "supervised hyperbaric oxygen treatment sessions (series of {n})"]
_HI_G0277 = ["hyperbaric oxygen under pressure, full body chamber, per 30-minute interval",
             "full-body chamber hyperbaric oxygen, each 30 minutes"]
_HI_ULCER = [("Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed", "L97.412", "right heel"),
             ("Non-pressure chronic ulcer of left heel and midfoot with fat layer exposed", "L97.422", "left heel"),
             ("Non-pressure chronic ulcer of other part of right foot with fat layer exposed", "L97.512",
              "right forefoot"),
             ("Non-pressure chronic ulcer of other part of left foot with fat layer exposed", "L97.522",
              "left forefoot")]
_HI_EXP = [("Postconcussional syndrome", "F07.81", "symptoms after a concussion"),
           ("Chronic fatigue syndrome", "G93.32", "chronic fatigue syndrome"),
           ("Other sequelae of cerebral infarction", "I69.398", "recovery after a stroke")]
_HI_CRIT_MN = ["Kaiser Permanente Hawaii Clinical Review Criteria: Hyperbaric Oxygen Therapy",
               "MCG Care Guidelines: Hyperbaric Oxygen Therapy for Diabetic Wounds of the Lower Extremity"]
_HI_CRIT_EXP = ["Kaiser Permanente Hawaii Medical Policy: Hyperbaric Oxygen Therapy, Covered and Investigational "
                "Indications",
                "Kaiser Permanente Hawaii Technology Assessment: Hyperbaric Oxygen Therapy"]
_HI_AREAS = ["808"]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b35_hi"):
        return
    c.extra["b35_hi"] = True
    c.region = "Hawaii"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "HI")
    n = c.extra["hi_n"] = w.pick([20, 30, 30, 40])
    pick = w.rng.random()
    c.services = []
    if pick < 0.8:
        c.services.append(dict(text=w.pick(_HI_99183).format(n=n), codes=["99183"], decision="denied"))
    if pick > 0.45:
        c.services.append(dict(text=w.pick(_HI_G0277), codes=["G0277"], decision="denied"))
    if c.category == "experimental_investigational":
        t, code, plain = w.pick(_HI_EXP)
        c.diagnoses = [dict(text=t, codes=[code])]
        c.extra["hi_plain"] = plain
        c.extra["hi_why"] = "exp"
    else:
        t, code, site = w.pick(_HI_ULCER)
        c.diagnoses = [dict(text=w.pick(["Type 2 diabetes mellitus with foot ulcer",
                                         "Type 2 diabetes mellitus with foot ulcer (diabetic foot ulcer)"]),
                            codes=["E11.621"]), dict(text=t, codes=[code])]
        c.extra["hi_site"] = site
        c.extra["hi_why"] = w.pick(["grade", "weeks"])
    c.extra["hi_grade"] = 2 if c.extra["hi_why"] == "grade" else w.pick([3, 3, 4])
    c.extra["hi_days"] = w.rng.randint(9, 24) if c.extra["hi_why"] == "weeks" else w.rng.randint(45, 120)
    c.extra["hi_size"] = (round(w.rng.uniform(1.1, 3.4), 1), round(w.rng.uniform(0.8, 2.6), 1))
    # a commercial pre-service request: decided within 15 days of receipt (a planted late decision takes longer)
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(20, 38))
    elif c.received and (end - c.received).days > 13:
        c.received = end - dt.timedelta(days=w.rng.randint(2, 13))
    c.service = None
    base = c.received or end
    c.extra["hi_visit"] = base - dt.timedelta(days=w.rng.randint(2, 12))
    c.extra["hi_wound_start"] = c.extra["hi_visit"] - dt.timedelta(days=c.extra["hi_days"])
    c.extra["hi_measure"] = c.extra["hi_visit"] - dt.timedelta(days=w.rng.randint(0, 3))
    c.extra["hi_planned"] = c.letter + dt.timedelta(days=w.rng.randint(5, 21))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["hi_prov_last"] = last
    c.extra["hi_pod"] = person(w.rng, 0.1)[0] + ", DPM"
    c.extra["hi_fac"] = w.pick(facilities("HI"))
    c.extra["hi_center"] = w.pick(["Hyperbaric Treatment Center", "Wound Healing and Hyperbaric Clinic",
                                   "Hyperbaric Medicine Unit"])
    mn = c.category == "medical_necessity"
    if mn and (_bare(c) or _has(c, "notice.criteria_cited")):
        c.criteria = []
    else:
        c.criteria = [w.pick(_HI_CRIT_MN if mn else _HI_CRIT_EXP)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Authorization Specialist", "Clinical Review Coordinator"],
                     ["RN", None, "BSN, RN"])
    elif w.chance(0.15):
        c.reviewer = None
    else:
        _md_reviewer(w, ["Undersea and Hyperbaric Medicine", "Wound Care", "Internal Medicine", "Neurology"
                         if not mn else "Vascular Surgery"],
                     ["Physician Reviewer", "Associate Medical Director, Utilization Management",
                      "Reviewing Physician"], _HI_AREAS, 0.45)
    c.extra["hi_phone"] = _phone(w, _HI_AREAS, 0)
    c.extra["hi_fax"] = _phone(w, _HI_AREAS, 0)
    c.extra["hi_ofax"] = _phone(w, _HI_AREAS, 0)
    c.extra["hi_center_ph"] = _phone(w, _HI_AREAS, 0)
    c.extra["hi_ref"] = f"HI-UM-{w.rng.randint(1000000, 9999999)}"
    _flags(c)


def reason_b35_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Hyperbaric oxygen therapy is not medically necessary.",
                       "The request does not meet medical necessity criteria."])
    if c.extra["hi_why"] == "exp":
        plain = c.extra["hi_plain"]
        return w.pick([
            f"Hyperbaric oxygen therapy for {plain} is considered experimental or investigational: it is not one of "
            "the conditions for which the therapy has been shown to work, and published studies have not proven "
            "that it improves health outcomes for this use.",
            f"Your doctor asked for hyperbaric oxygen to treat {plain}. That use is investigational, because the "
            "medical evidence does not show that it helps this condition, and it is not on the list of accepted "
            "uses in our policy.",
        ])
    site, g = c.extra["hi_site"], c.extra["hi_grade"]
    if c.extra["hi_why"] == "grade":
        return w.pick([
            f"Hyperbaric oxygen is medically necessary for a diabetic foot ulcer only when the wound reaches deep "
            f"tissue, bone or joint (Wagner grade 3 or higher). The ulcer on your {site} is Wagner grade {g}: it "
            "involves the fat layer but not deeper structures, so the therapy is not medically necessary.",
            f"Your {site} ulcer is recorded as Wagner grade {g}, with no exposed bone, tendon or abscess. The "
            "criteria require a grade 3 or deeper wound, so hyperbaric oxygen therapy is not medically necessary.",
        ])
    d = c.extra["hi_days"]
    return w.pick([
        f"Hyperbaric oxygen is used for a diabetic foot ulcer that has not healed after at least 30 days of "
        f"standard wound care. Your records show {d} days of standard care for the {site} ulcer, so the therapy is "
        "not medically necessary yet.",
        f"The wound care notes for your {site} ulcer cover only {d} days of standard treatment (offloading, "
        "dressings and debridement). At least 30 days without healing is required, so hyperbaric oxygen is not "
        "medically necessary at this time.",
    ])


def _hi_svcs(w: W) -> str:
    out = []
    for s in w.c.services:
        out.append(w.pick([f"{M('SERVICE', s['text'])} ({code_kind(s)} {M(code_kind(s), s['codes'][0])})",
                           f"{M(code_kind(s), s['codes'][0])} {M('SERVICE', s['text'])}"]))
    return join_and(out)


def code_kind(s: dict) -> str:
    return "HCPCS" if s["codes"][0][0].isalpha() else "CPT"


def _hi_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    ph = c.extra["hi_phone"]
    head(w.pick(["Your right to appeal", "How to appeal", "If you do not agree"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You or someone you authorize, including your doctor, may appeal within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} after you receive this letter. Call us at {ph}, or write to "
            "Kaiser Permanente Hawaii, Member Appeals, 711 Kapiolani Boulevard, Honolulu, HI 96813.",
            f"Appeals must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} of the day you receive this "
            f"notice, by phone ({ph}), by mail to Member Appeals, 711 Kapiolani Boulevard, Honolulu, HI 96813, or "
            "in person at a member services counter.",
        ])))
    b.append(w.p(w.pick([
        "We will decide an appeal of this pre-service request within 30 days after we receive it.",
        "Because the service has not been provided yet, we decide the appeal within 30 days.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting 30 days could seriously jeopardize your life, your health or your ability to regain maximum "
            "function, you or your doctor can ask for an expedited appeal; we will decide it within 72 hours.",
            "Urgent situations: an expedited appeal is decided within 72 hours. Ask for one if the usual time "
            "frame could seriously harm your health; your doctor may ask for you.",
        ])))
    if not _has(c, "notice.external_review"):
        head(w.pick(["External review", "Review by an independent organization"]))
        b.append(w.p(w.pick([
            "If our final appeal decision still denies the service, you may ask for an external review by an "
            "independent review organization (IRO) that has no ties to Kaiser Permanente. Ask within 4 months "
            "after you receive our final internal decision (45 CFR 147.136). The review costs you nothing, and "
            "its decision is binding on us.",
            "After our internal appeal, an independent review organization can review the decision at no cost "
            "to you. You have 4 months from receiving our final appeal decision to ask for it (45 CFR 147.136).",
        ])))
    b.append(w.p(w.pick([
        "You may ask, free of charge, for copies of all documents, records and criteria used in this decision.",
        "On request we will send you, at no cost, copies of the records and the policy we relied on.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with an appeal or a complaint you may also contact the Hawaii Insurance Division, the state "
            "office that assists health plan consumers.",
            "The Hawaii Insurance Division can also help you with questions about your appeal rights.",
        ])))


def t_b35_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 fax cover + letter, 1 criteria / your records table, 2 short weekday dates
    if variant == 2:
        _fmt(w, ("wkslashyy", "theof"), ("wkslashyy",))
    else:
        _fmt(w, ("theof", "abbrord", "ymddot"), ("mdot", "abbrord", "ymddot", "dashcaps4"))
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [56.0, 62.0, 70.0])
    size = st.size
    ph, fax, ofax, ref = c.extra["hi_phone"], c.extra["hi_fax"], c.extra["hi_ofax"], c.extra["hi_ref"]
    prov = M("PROVIDER", c.provider)
    svcs = _hi_svcs(w)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    visit, wstart, meas, plan = (_fd(w, c.extra[k]) for k in ("hi_visit", "hi_wound_start", "hi_measure",
                                                              "hi_planned"))
    center = f"{c.extra['hi_center']}, {c.extra['hi_fac']}"
    st.footer = [w.pick([f"{ref} | page {{page}} of {{pages}}", "Kaiser Permanente Hawaii | {page}",
                         f"Ref. {ref} – {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    if variant == 0:  # the fax cover sheet, then the letter behind it
        hh, mm = w.rng.randint(8, 16), w.rng.randint(0, 59)
        st.header = [f"{_fh(w, c.letter)} {hh:02d}:{mm:02d}   FROM KP HAWAII UM {fax}   TO {ofax}   P. "
                     "{page}/{pages}"]
        st.header_all_pages = True
        st.header_numbered = True
        b.append(w.h("FAX", size=size + 12, space_before=4))
        b.append(w.p(w.pick(["Kaiser Permanente Hawaii – Utilization Management",
                             "Kaiser Foundation Health Plan, Inc., Hawaii Region – Clinical Review"]),
                     space_before=2))
        rows = [["To:", f"Office of {prov}", "From:", "Utilization Management"],
                ["Fax:", ofax, "Fax:", fax],
                ["Phone:", _phone(w, _HI_AREAS, 0), "Phone:", ph],
                ["Date:", _fh(w, c.letter), "Pages:", "{PAGES} (including cover)"],
                ["Re:", f"Coverage decision, ref. {ref}", "Patient:", w.name()]]
        b.append(Block("table", rows=rows, header_row=False, space_before=14, size=size))
        b.append(w.p(w.pick(["Comments: the member's decision letter follows. Please place a copy in the "
                             "patient's chart.", "Message: copy of the determination letter mailed to the member "
                                                 "today, for your records."]), space_before=12))
        b.append(w.p("CONFIDENTIALITY NOTICE: " + w.pick([
            "The pages that follow contain protected health information that is private and legally protected. "
            "They are meant only for the office named above. If you received this fax by mistake, tell the "
            f"sender right away at {ph} and destroy every page; do not copy or share them.",
            "This transmission may contain confidential health information. If you are not the intended "
            f"recipient, any review, use or sharing is prohibited; please call {ph} and shred what you received.",
        ]), boxed=True, size=size - 1, space_before=18))
        b.append(Block("pagebreak"))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Hawaii", w.pick(["Utilization Management", "Clinical Review",
                                                                "Medical Services Authorization"])],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", "711 Kapiolani Boulevard, Honolulu, "
                          "HI 96813", f"Tel {ph}  Fax {fax}"]))
    b.append(w.p(M("DATE_LETTER", _fh(w, c.letter)), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", size=size - 0.5, space_before=8))
    b.append(w.h(w.pick(["Coverage decision: hyperbaric oxygen therapy", "Your request for hyperbaric oxygen "
                         "therapy", "Notice of denial"]), space_before=10, size=size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},", "Aloha,"]), space_before=8))
    intro = w.pick([f"{prov} asked us to cover {svcs}.", f"We reviewed a request from {prov} for {svcs}."])
    if rec:
        intro += w.pick([f" We received it on {rec}.", f" The request came to us on {rec}."])
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" The decision was made on {dec}."])
    intro += w.pick([" We are not able to approve it.", " The request is denied."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnoses on the request: "]) + dxs + "."))
    b.append(w.h(w.pick(["Why we denied the request", "Reason for our decision", "Our reason"]), space_before=9))
    b.append(w.p(M("REASON", w.reason)))
    if variant == 1 and not _bare(c):
        if c.extra["hi_why"] == "exp":
            rows = [["Criteria", "Your records"],
                    ["An accepted use (e.g. grade 3+ diabetic foot ulcer, radiation injury)",
                     f"Requested for {c.extra['hi_plain']} (visit of {visit})"],
                    ["Evidence of better outcomes for the condition",
                     "No such evidence for this use"]]
        else:
            a, bb = c.extra["hi_size"]
            rows = [["Criteria", "Your records"],
                    ["Diabetic foot ulcer of Wagner grade 3 or higher", f"Wagner grade {c.extra['hi_grade']}, "
                     f"{c.extra['hi_site']} ({a} x {bb} cm on {meas})"],
                    ["At least 30 days of standard wound care without healing", f"Wound care since {wstart} "
                     f"({c.extra['hi_days']} days)"],
                    ["Blood flow to the foot checked and adequate", f"Pulses noted at the visit of {visit}"]]
        b.append(Block("table", rows=rows, space_before=6, size=size - 0.5))
    elif not _bare(c):
        if c.extra["hi_why"] == "exp":
            b.append(w.p(w.pick([f"We reviewed the clinic note of {visit} from {prov}.",
                                 f"Records reviewed include the visit of {visit} and the referral to the "
                                 f"{c.extra['hi_center']}."])))
        else:
            a, bb = c.extra["hi_size"]
            b.append(w.p(w.pick([
                f"Records reviewed: wound care notes from {wstart} to {visit}, and the measurement of {meas} "
                f"({a} x {bb} cm) by {c.extra['hi_pod']}.",
                f"Your podiatrist, {c.extra['hi_pod']}, measured the ulcer at {a} x {bb} cm on {meas}; wound care "
                f"began on {wstart}.",
            ])))
    if c.criteria:
        b.append(w.p(w.pick(["We based this decision on ", "Policy used: "]) +
                     join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewing clinician: "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    b.append(w.p(w.pick([
        f"The first treatment had been set for {plan} at the {center} (phone {c.extra['hi_center_ph']}); please call them "
        "to cancel or change the appointment.",
        f"If you had an appointment at the {center} on {plan}, the center (phone {c.extra['hi_center_ph']}) can help "
        "you reschedule or cancel it.",
    ])))
    if c.extra["hi_why"] != "exp" and not _bare(c):
        b.append(w.p(w.pick(["Your wound care team will continue dressing changes, offloading and debridement.",
                             "Standard wound care remains covered and should continue."])))

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=size + 0.5))

    _hi_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Mahalo,"]), "Utilization Management", "Kaiser Permanente Hawaii")
    b.append(w.p(f"cc: {prov}" + (f"; {c.extra['hi_pod']}" if c.extra["hi_why"] != "exp" else ""),
                 size=size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are available at no cost. Call {ph}.",
                             f"Free interpreter help: {ph}."]), space_before=6))
    b += _taglines(w, "HI", ph, w.pick([None, "Language help / Kōkua ʻōlelo"]), False)
    if variant == 0:
        from .layout import layout as _layout

        probe = [Block(**{**x.__dict__, "rows": [[cell.replace("{PAGES}", "0") for cell in r] for r in x.rows]})
                 for x in b]
        n = len(_layout(probe, st))
        for x in b:
            x.rows = [[cell.replace("{PAGES}", str(n)) for cell in r] for r in x.rows]
    return b, st, ["hi_fax_cover", "hi_criteria_table", "hi_short_dates"][variant]


BLIND35_TEMPLATES["blind35_hi_commercial_hyperbaric_oxygen"] = (t_b35_hi, dict(
    plans=["commercial_hmo"], states=["HI"], kinds=["initial_denial"],
    cats=["experimental_investigational", "medical_necessity"], reason=reason_b35_hi))
MODELED_ON["blind35_hi_commercial_hyperbaric_oxygen"] = (
    "blind35: Kaiser Permanente Hawaii commercial plan denial of hyperbaric oxygen therapy (99183, G0277) as "
    "experimental for an indication outside the accepted list or not medically necessary for a diabetic foot ulcer "
    "(E11.621, L97.x) below Wagner grade 3 or with less than 30 days of standard care; a fax with a cover sheet, a "
    "Criteria / Your records table, or short weekday dates; 180-day appeal, 30-day and 72-hour appeals, external "
    "review within 4 months (45 CFR 147.136), free copies, the Hawaii Insurance Division by name, taglines")
