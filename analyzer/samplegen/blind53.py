"""Fifty-third blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND53_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind53_wa_erisa_bariatric_surgery")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a plan type's
letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind53_scal_medi_cal_wound_care_supplies_es``: a Kaiser Permanente Southern California Medi-Cal (plan_type
   ``medi_cal``, state CA) notice of action in Spanish that reduces the monthly quantities of wound-care supplies for
   a stage 4 sacral pressure ulcer (L89.154): a bordered foam dressing (HCPCS A6212), non-sterile gauze (A6216) and
   sterile gauze (A6402). Kind ``partial_denial`` (a reduction: each line carries the quantity asked and the quantity
   approved per month; a line approved as asked is still listed), category ``medical_necessity`` (the home health
   nurse's measurements show the wound shrinking and draining little, so dressings are changed less often than the
   order assumes). Layouts: ``scal_es_noa_form`` (a Spanish "AVISO DE ACCIÓN" form with labelled fields and a row of
   action check boxes), ``scal_es_supplies_table`` (a Spanish letter with a table of supplies asked / approved per
   month) and ``scal_bilingual_alternating`` (each Spanish paragraph followed by its English translation in
   italics; only the Spanish is marked). Medi-Cal rights from the catalogue: appeal within 60 days of the date on
   the notice (1-800-464-4000, TTY 711, or in writing to the Southern California grievance address), decided within
   30 days or 72 hours when urgent; aid paid pending when the appeal is made within 10 days of the notice or before
   the change takes effect; a State Hearing within 120 days of the appeal decision, or at once when we do not decide
   within 30 days (CDSS State Hearings Division, (800) 743-8525, TDD (800) 952-8349, P.O. Box 944243, Mail Station
   9-17-37, Sacramento, CA 94244-2430); the Medi-Cal Ombudsman (1-888-452-8609); free copies; the DMHC statement in
   12-point bold with Independent Medical Review; taglines. Distractors: the home health nurse and agency, the wound
   measurements and their dates, the supply company (phone, NPI), the date the change takes effect.

   Which date is which: the letter date is the "Fecha del aviso" field or the date line; the received and decision
   dates are fields of the form or sentences of the opening paragraph. Measurement dates and the effective date are
   not service dates: ``service`` is null. Which name is the member: the addressee ("Miembro"/"Para"). The requesting
   provider is the doctor who ordered the supplies (never the supplier or the nurse). Which reason is the reason: the
   paragraph under "Motivo de la decisión" / "Por qué aprobamos menos". The truth counts every supply line (each
   reduced or approved as asked).

2. ``blind53_wa_erisa_bariatric_surgery``: a Kaiser Permanente Washington ERISA group plan (plan_type
   ``erisa_group``, state WA) denial (``initial_denial``) of laparoscopic sleeve gastrectomy (CPT 43775) for morbid
   obesity (E66.01) with a BMI of 40.0-44.9 (Z68.41). Category ``medical_necessity`` (the member has not finished the
   six months of supervised weight management the criteria ask for) or ``not_covered`` (the employer's plan excludes
   weight-loss surgery; the Summary Plan Description exclusion is quoted). Layouts: ``wa_criteria_checklist`` (a
   letter with a table of criteria, each marked met or not met; medical necessity only), ``wa_numbered_paragraphs``
   (a letter whose paragraphs are numbered 1, 2, 3 ...) and ``wa_portal_message`` (a kp.org Message Center print:
   From / To / Sent / Subject, a browser stamp and a URL footer). ERISA rights from the catalogue: an appeal within
   180 days of receiving the notice (Member Services 1-888-901-4636, TTY 711, or in writing to the Washington appeals
   address); decided within 30 days (72 hours when urgent); external review by an Independent Review Organization
   within 4 months of the final internal denial (45 CFR 147.136); EBSA 1-866-444-3272; the right to sue under ERISA
   section 502(a); free copies. Distractors: BMI readings and their dates, the dietitian visits and the psychologist's
   evaluation, the surgeon's office phone and fax, a planned surgery date, the group number.

   Which date is which: the letter date is the date line (on the portal print, the "Sent:" field; the browser's
   print stamp is not the letter date); received and decision dates are in the opening paragraph (or its numbered
   paragraph). BMI, dietitian and psychologist dates are earlier events; the planned surgery date is no service
   date: ``service`` is null. Which name is the member: the addressee (the "To:" field on the portal print). The
   requesting provider is the bariatric surgeon. Which reason is the reason: the paragraph under the reason heading
   (on the numbered letter, the paragraph that gives the reason). The truth counts the sleeve gastrectomy only.

3. ``blind53_hi_quest_pediatric_dental_general_anesthesia``: a Kaiser Permanente Hawaii QUEST Integration (Medicaid;
   plan_type ``medicaid``, state HI) denial (``initial_denial``) of general anesthesia for a child's dental treatment:
   anesthesia for intraoral procedures (CPT 00170), with the hospital operating room billed as an unlisted
   dentoalveolar procedure (41899) or deep sedation/general anesthesia (CDT D9222) where the dental office billed it;
   dental caries (K02.9), with autistic disorder (F84.0) where printed. Category ``medical_necessity`` (the child's
   treatment needs and behaviour can be managed in the dental chair) or ``administrative`` (no dental treatment plan
   was sent; never when a medical-necessity defect is planted). The member is the child; a parent is the addressee.
   Layouts: ``hi_decided_why_next`` (a notice in three parts: "What we decided", "Why", "What you can do"),
   ``hi_parent_table`` (a letter to the parent with a table of the items asked for and the decision on each) and
   ``hi_fax_dental_office`` (a fax cover sheet with "Date:"/"Time:" fields, then the notice to the dental office with
   the child on a "Patient:" line). Medicaid rights from the catalogue: an appeal within 60 days of the date on the
   notice (Member Services, TTY 711, or in writing to the Hawaii appeals address), decided within 30 days, or 72 hours
   when waiting could seriously harm the child; continued benefits when the appeal is asked within 10 days of the
   notice; a State administrative hearing (Department of Human Services, Med-QUEST Division) after the appeal, in the
   90 to 120 days the State sets, or at once if we do not decide in time; free copies; taglines. The catalogue marks
   Kaiser Hawaii's Member Services number unverified, so the letters point to the number on the member card.
   Distractors: the pediatric dentist (requesting) vs. the anesthesiologist, the child's date of birth, a prior
   dental visit date, the dental office phone, fax and NPI, the fax transmission date and time.

   Which date is which: the letter date is the "Date of notice" field or the date line (on the fax, the notice's own
   date on page 2; the cover sheet's Date/Time is the transmission, unmarked); received and decision dates are in the
   opening sentences or fields. The birth date and prior visit are not service dates: ``service`` is null. Which name
   is the member: the child (the "Member:"/"Patient:" line), never the parent. The requesting provider is the
   dentist. Which reason is the reason: the paragraph under "Why" / "Reason". The truth counts 00170 and the second
   line where printed.

Dates use this set's own styles (``b53date``); ``parse_blind53_date`` reads them back. Refused: the generator refuses
rule ids the catalogue does not apply to a template's plan, state, kind or category (e.g. the DMHC statement outside
California, external review in a California Medi-Cal letter, a continuation-of-benefits omission in a reduction,
which always prints it, the expedited-review omission in an ERISA letter).
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND53_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MES = D.MONTHS_ES
_MON3 = [m[:3] for m in MONTHS]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def b53date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b53long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b53dmonyy":  # 14-Mar-26 (a spreadsheet's d-mmm-yy cell; day not padded: 4-Mar-26)
        return f"{d.day}-{_MON3[d.month - 1]}-{d.year % 100:02d}"
    if style == "b53mdyy2pad":  # 03/14/26 (a claims screen's padded two-digit year)
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style == "b53ymdslash":  # 2026/03/14 (year first, slashes)
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "b53mdydash":  # 3-14-2026 (month first, dashes, not padded)
        return f"{d.month}-{d.day}-{d.year}"
    if style == "b53rfc":  # Sat, 14 Mar 2026 (an e-mail header's date)
        return f"{_DOW3[d.weekday()]}, {d.day} {_MON3[d.month - 1]} {d.year}"
    if style == "b53es_de":  # 14 de marzo de 2026
        return f"{d.day} de {_MES[d.month - 1]} de {d.year}"
    if style == "b53es_wk":  # sábado, 14 de marzo de 2026 (a Spanish word processor's long date)
        return f"{_DIAS[d.weekday()]}, {d.day} de {_MES[d.month - 1]} de {d.year}"
    if style == "b53es_dmy":  # 14/03/2026 (a Spanish form's cell, day first)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(style)


STYLES_EN = ("b53long", "b53dmonyy", "b53mdyy2pad", "b53ymdslash", "b53mdydash", "b53rfc")
STYLES_ES = ("b53es_de", "b53es_wk", "b53es_dmy")
STYLES = STYLES_EN + STYLES_ES


def parse_blind53_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b53date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([1-9]\d?)-([A-Z][a-z]{2})-(\d{2})", t)
        if m and m[2] in _MON3:
            return dt.date(2000 + int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([1-9]\d?)-([1-9]\d?)-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]{2}), ([1-9]\d?) ([A-Z][a-z]{2}) (\d{4})", t)
        if m and m[1] in _DOW3 and m[3] in _MON3:
            d = dt.date(int(m[4]), _MON3.index(m[3]) + 1, int(m[2]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(?:([a-zá-ú]+), )?([1-9]\d?) de ([a-z]+) de (\d{4})", t)
        if m and m[3] in _MES:
            d = dt.date(int(m[4]), _MES.index(m[3]) + 1, int(m[2]))
            if m[1] is not None and _DIAS[d.weekday()] != m[1]:
                return None
            return d
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b53_fmt"] = w.pick(list(body))
    w.c.extra["b53_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b53_fmt") -> str:
    if not day:
        return ""
    return b53date(day, w.c.extra[key] if key in ("b53_fmt", "b53_head") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b53_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(232, 979), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a} {n} {m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


def _md(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    name = person(w.rng, 0.3)[0]
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _sign(w: W, b: list[Block], close: str, fallback: str, org: str) -> None:
    c = w.c
    b.append(w.p(close, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=18))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(fallback, space_before=18))
    b.append(w.p(org, space_before=0))


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "Español: Si habla español, tiene a su disposición servicios gratuitos de ayuda con el idioma. Llame al {ph}.",
    "zh": "繁體中文：如果您說中文，可免費獲得語言協助服務。請致電 {ph}。",
    "vi": "Tiếng Việt: Nếu quý vị nói tiếng Việt, có dịch vụ hỗ trợ ngôn ngữ miễn phí. Hãy gọi {ph}.",
    "tl": "Tagalog: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tumawag sa {ph}.",
    "ko": "한국어: 한국어를 사용하시는 경우 무료 언어 지원 서비스를 이용하실 수 있습니다. {ph}번으로 전화하십시오.",
    "hy": "Հայերեն. Եթե խոսում եք հայերեն, ձեզ տրամադրվում են անվճար լեզվական ծառայություններ: Զանգահարեք {ph}:",
    "ru": "Русский: если вы говорите по-русски, вам доступны бесплатные услуги перевода. Звоните {ph}.",
    "fa": "فارسی: اگر به زبان فارسی صحبت می‌کنید، خدمات زبانی رایگان در دسترس شماست. با {ph} تماس بگیرید.",
    "ja": "日本語：日本語を話される方は、無料の言語支援サービスをご利用いただけます。{ph} までお電話ください。",
    "km": "ខ្មែរ៖ ប្រសិនបើអ្នកនិយាយភាសាខ្មែរ សេវាជំនួយភាសាឥតគិតថ្លៃមានសម្រាប់អ្នក។ សូមទូរស័ព្ទទៅ {ph}។",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਡੇ ਲਈ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਉਪਲਬਧ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "ar": "العربية: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية متاحة لك مجانًا. اتصل بالرقم {ph}.",
    "hi": "हिंदी: यदि आप हिंदी बोलते हैं, तो आपके लिए निःशुल्क भाषा सहायता सेवाएँ उपलब्ध हैं। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: หากคุณพูดภาษาไทย คุณสามารถใช้บริการช่วยเหลือด้านภาษาได้ฟรี โทร {ph}",
    "hmn": "Hmoob: Yog koj hais lus Hmoob, muaj kev pab txhais lus pub dawb rau koj. Hu rau {ph}.",
    "so": "Soomaali: Haddii aad ku hadasho Soomaali, adeegyo luqadeed oo bilaash ah ayaa laguu heli karaa. Wac {ph}.",
    "uk": "Українська: якщо ви розмовляєте українською, вам доступні безкоштовні мовні послуги. Телефонуйте {ph}.",
    "am": "አማርኛ፦ አማርኛ የሚናገሩ ከሆነ ነፃ የቋንቋ እርዳታ አገልግሎት ያገኛሉ። ወደ {ph} ይደውሉ።",
    "ilo": "Ilokano: No agsasaoka iti Ilokano, adda libre a tulong iti pagsasao para kenka. Tawagam ti {ph}.",
    "chk": "Chuukese: Ika ka kapas Chuuk, mi wor aninisin kapas ese kamo ngonuk. Kopwe kokkori {ph}.",
    "mh": "Kajin Majōl: Ñe kwōj kōnono Kajin Majōl, jipañ in ukok ejjeļọk wōnāān ej ņe ippam. Kaalọk {ph}.",
    "sm": "Gagana Samoa: Afai e te tautala Samoa, o loʻo avanoa fesoasoani tau gagana e le totogia. Valaau i le {ph}.",
    "to": "Lea Faka-Tonga: Kapau ʻoku ke lea faka-Tonga, ʻoku ʻi ai ʻa e tokoni taʻetotongi ki he lea. Tā ki he {ph}.",
    "haw": "ʻŌlelo Hawaiʻi: Inā ʻōlelo ʻoe i ka ʻōlelo Hawaiʻi, loaʻa ke kōkua manuahi. E kelepona i {ph}.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "km", "pa", "ar", "hi", "th", "hmn"],
    "WA": ["es", "zh", "vi", "ko", "ru", "tl", "so", "uk", "am", "ar", "ja"],
    "HI": ["ilo", "tl", "zh", "ja", "ko", "vi", "chk", "mh", "sm", "to", "haw", "es"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:3], langs[3:]  # the three most-read languages always print
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=8.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Southern California Medi-Cal: wound-care supplies reduced (Spanish) =========================================

_SC_MS = "1-800-464-4000"
_SC_AREAS = ["626", "909", "951", "714", "619", "323", "818"]
_SC_ITEMS = {
    "A6212": (["Apósito de espuma con borde adhesivo, de más de 16 y hasta 48 pulgadas cuadradas",
               "Apósito de espuma estéril con borde adhesivo (16 a 48 pulg. cuadradas)"],
              "foam dressing with adhesive border", (30, 31), (12, 12)),
    "A6402": (["Gasa estéril sin borde adhesivo, de 16 pulgadas cuadradas o menos",
               "Compresa de gasa estéril, sin borde (16 pulg. cuadradas o menos)"],
              "sterile gauze pads", (60, 90), (30, 30)),
    "A6216": (["Gasa no estéril sin borde adhesivo, de 16 pulgadas cuadradas o menos",
               "Compresa de gasa no estéril, sin borde (16 pulg. cuadradas o menos)"],
              "non-sterile gauze pads", (90, 120), (60, 90)),
}
_SC_DX = ("Úlcera por presión de la región sacra, estadio 4", "L89.154")
_SC_AGENCIES = ["Inland Valley Home Health", "Pacific Coast Visiting Nurses", "San Gabriel Home Care Services",
                "Harbor Home Health Agency"]
_SC_SUPPLIERS = ["Medline Home Delivery - Ontario", "SoCal Medical Supply Co.", "Valley Wound Care Supplies",
                 "Coastal DME and Ostomy"]
_SC_CRIT = ["Criterios de revisión clínica de Kaiser Permanente del Sur de California: Apósitos quirúrgicos y "
            "suministros para el cuidado de heridas",
            "Kaiser Permanente Southern California Clinical Review Criteria: Surgical Dressings and Wound Care Supplies"]
_SC_HEAR = ("California Department of Social Services, State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, "
            "Sacramento, CA 94244-2430")


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b53_sc"):
        return
    c.extra["b53_sc"] = True
    variant = c.extra["sc_variant"] = w.rng.randrange(3)
    if variant == 0:
        _fmt(w, ("b53es_dmy", "b53es_de"), ("b53es_wk", "b53es_de"))
    else:
        _fmt(w, ("b53es_de", "b53es_dmy"), ("b53es_de", "b53es_wk"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    c.category = "medical_necessity"
    codes = ["A6212"] + [x for x in ("A6402", "A6216") if w.chance(0.7)]
    if len(codes) == 1:
        codes.append(w.pick(["A6402", "A6216"]))
    lines, qty = [], {}
    for i, code in enumerate(codes):
        texts, en, asked, ok = _SC_ITEMS[code]
        a = w.pick(list(asked))
        o = w.pick(list(ok))
        if i > 0 and w.chance(0.25):
            o = a  # approved as asked, still a line of the decision
        lines.append(dict(text=w.pick(texts), codes=[code], decision="partial" if o < a else "approved"))
        qty[code] = (a, o, en)
    if all(s["decision"] == "approved" for s in lines[1:]) and lines[0]["decision"] == "approved":
        lines[0]["decision"] = "partial"
    c.services = lines
    c.extra["sc_qty"] = qty
    c.diagnoses = [dict(text=_SC_DX[0], codes=[_SC_DX[1]])]
    c.service = None
    base = c.received or c.letter
    d1 = base - dt.timedelta(days=w.rng.randint(38, 60))
    d2 = base - dt.timedelta(days=w.rng.randint(4, 12))
    l1, w1, p1 = round(w.rng.uniform(4.2, 6.0), 1), round(w.rng.uniform(3.0, 4.1), 1), round(w.rng.uniform(0.9, 1.6), 1)
    l2, w2, p2 = round(l1 * w.rng.uniform(0.5, 0.7), 1), round(w1 * w.rng.uniform(0.5, 0.7), 1), \
        round(p1 * w.rng.uniform(0.3, 0.5), 1)
    c.extra["sc_meas"] = (d1, (l1, w1, p1), d2, (l2, w2, p2))
    nurse = person(w.rng, 0.1)
    c.extra["sc_nurse"] = (f"{nurse[0]}, RN", nurse[2], w.pick(_SC_AGENCIES), _phone(w, _SC_AREAS, 0))
    c.extra["sc_supplier"] = (w.pick(_SC_SUPPLIERS), _phone(w, _SC_AREAS, 1), _npi(w))
    name, _, last = person(w.rng, 0.1)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["sc_prov_last"] = last
    c.extra["sc_eff"] = (c.decision or c.letter) + dt.timedelta(days=w.rng.randint(12, 20))
    c.criteria = [] if _has(c, "notice.criteria_cited") or _bare(c) else [
        _SC_CRIT[0] if variant != 2 or w.chance(0.5) else _SC_CRIT[1]]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Enfermera de Revisión de Utilización", "Coordinadora de Autorizaciones"], ["RN", "LVN", None])
    elif w.chance(0.85):
        _md(w, ["Medicina Familiar", "Cirugía General", "Medicina Física y Rehabilitación"],
            ["Médico revisor", "Director Médico Asociado", "Médico de Revisión de Utilización"], _SC_AREAS, 0.5, 0.7)
    c.extra["sc_ref"] = f"NOA-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["sc_fax"] = _phone(w, _SC_AREAS, 0)
    _flags(c)


def _cm(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def reason_b53_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    qty = c.extra["sc_qty"]
    d1, (l1, w1, p1), d2, (l2, w2, p2) = c.extra["sc_meas"]
    nurse_last = c.extra["sc_nurse"][1]
    if _bare(c):
        es, en = w.pick([("La cantidad de suministros pedida no es médicamente necesaria.",
                          "The quantity of supplies requested is not medically necessary."),
                         ("La solicitud no cumple los criterios de necesidad médica.",
                          "The request does not meet medical necessity criteria.")])
        c.extra["sc_reason_en"] = en
        return es
    fa, fo, _ = qty["A6212"]
    s1, s2 = _fd(w, d1), _fd(w, d2)
    e1, e2 = b53date(d1, "b53long"), b53date(d2, "b53long")
    gauze = [(k, qty[k]) for k in ("A6402", "A6216") if k in qty and qty[k][1] < qty[k][0]]
    g_es = "".join(f" Para la gasa ({k}) aprobamos {o} al mes de las {a} pedidas." for k, (a, o, _) in gauze)
    g_en = "".join(f" For the gauze ({k}) we approved {o} a month of the {a} asked for." for k, (a, o, _) in gauze)
    pair = w.pick([
        (f"Según las notas de la enfermera {nurse_last}, la úlcera midió {_cm(l1)} x {_cm(w1)} cm con "
         f"{_cm(p1)} cm de profundidad el {s1}, y {_cm(l2)} x {_cm(w2)} cm con {_cm(p2)} cm de profundidad el {s2}. "
         f"La herida se está cerrando y ahora drena poco. Con poco drenaje, el apósito de espuma se cambia cada dos o "
         f"tres días, no todos los días. Por eso {fo} apósitos de espuma al mes son suficientes, y los {fa} pedidos "
         f"no son médicamente necesarios.{g_es}",
         f"The nurse's notes show the ulcer measured {l1} x {w1} cm, {p1} cm deep, on {e1}, and {l2} x {w2} cm, "
         f"{p2} cm deep, on {e2}. The wound is closing and now drains little. With little drainage the foam dressing "
         f"is changed every two to three days, not daily, so {fo} foam dressings a month are enough and the {fa} "
         f"requested are not medically necessary.{g_en}"),
        (f"La orden pide cambiar el apósito todos los días ({fa} al mes). Las mediciones del {s1} y del {s2} "
         f"muestran que la úlcera bajó de {_cm(l1)} x {_cm(w1)} cm a {_cm(l2)} x {_cm(w2)} cm y que el drenaje es "
         f"escaso. Un apósito de espuma con borde puede quedarse puesto hasta tres días cuando la herida drena poco, "
         f"así que {fo} al mes cubren los cambios que la herida necesita. La cantidad restante no es médicamente "
         f"necesaria.{g_es}",
         f"The order asks for a daily dressing change ({fa} a month). The measurements of {e1} and {e2} show the "
         f"ulcer went from {l1} x {w1} cm to {l2} x {w2} cm with scant drainage. A bordered foam dressing can stay "
         f"on for up to three days when a wound drains little, so {fo} a month cover the changes the wound needs. "
         f"The rest of the quantity is not medically necessary.{g_en}"),
    ])
    c.extra["sc_reason_en"] = pair[1]
    return pair[0]


def _sc_dmhc(w: W) -> list[tuple[str, str]]:
    if _has(w.c, "notice.dmhc_statement"):
        return []
    return [(
        "El Departamento de Atención Médica Administrada de California (Department of Managed Health Care) es "
        "responsable de regular los planes de servicios de salud. Si tiene una queja contra Kaiser Permanente, "
        f"primero debe llamarnos al {_SC_MS} (TTY 711) y usar nuestro proceso de quejas antes de comunicarse con el "
        "Departamento. Usar este procedimiento de quejas no le quita ningún derecho ni recurso legal que pueda tener. "
        "Si necesita ayuda con una queja sobre una emergencia, una queja que no resolvimos de manera satisfactoria o "
        "una queja que lleva más de 30 días sin resolverse, puede llamar al Departamento. También puede reunir los "
        "requisitos para una Revisión Médica Independiente (Independent Medical Review, IMR). Si reúne los "
        "requisitos, el proceso de IMR hará una revisión imparcial de las decisiones médicas de un plan de salud "
        "sobre la necesidad médica de un servicio o tratamiento propuesto, las decisiones de cobertura de "
        "tratamientos experimentales o en investigación y las disputas de pago de servicios médicos de emergencia o "
        "urgencia. El Departamento tiene un número gratuito (1-888-466-2219) y una línea TDD (1-877-688-9891) para "
        "personas con problemas de audición o del habla. El sitio web del Departamento, www.dmhc.ca.gov, tiene "
        "formularios de queja, formularios de solicitud de IMR e instrucciones en línea.",
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        f"If you have a grievance against Kaiser Permanente, you should first call us at {_SC_MS} (TTY 711) and use "
        "our grievance process before contacting the Department. Using this grievance procedure does not prohibit "
        "any legal rights or remedies that may be available to you. If you need help with a grievance involving an "
        "emergency, a grievance that has not been satisfactorily resolved by us, or a grievance that has remained "
        "unresolved for more than 30 days, you may call the Department for assistance. You may also be eligible for "
        "an Independent Medical Review (IMR). If you are eligible for IMR, the IMR process will provide an impartial "
        "review of medical decisions made by a health plan related to the medical necessity of a proposed service or "
        "treatment, coverage decisions for treatments that are experimental or investigational in nature, and "
        "payment disputes for emergency or urgent medical services. The Department also has a toll-free telephone "
        "number (1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. The "
        "Department's internet website www.dmhc.ca.gov has complaint forms, IMR application forms and instructions "
        "online.")]


def _sc_rights(w: W) -> list[tuple[str, str]]:
    """Medi-Cal appeal, aid paid pending, State Hearing, ombudsman and copies (catalogue), in Spanish and English."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Southern California"])
    eff_es, eff_en = _fd(w, c.extra["sc_eff"]), b53date(c.extra["sc_eff"], "b53long")
    n = c.appeal_days
    out = [(w.pick([
        f"Usted, su médico o alguien que usted elija puede pedir una apelación dentro de "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} a partir de la fecha de este aviso. Llame al {_SC_MS} (TTY 711), "
        f"presente su apelación en kp.org o escriba a {addr}.",
        f"Para apelar, comuníquese con nosotros a más tardar {M('APPEAL_DAYS', c.appeal_phrase)} después de la fecha "
        f"de este aviso: por teléfono al {_SC_MS} (TTY 711), en línea en kp.org o por correo a {addr}.",
    ]), f"You, your doctor or someone you choose may ask for an appeal within {n} days from the date of this notice. "
        f"Call {_SC_MS} (TTY 711), file at kp.org or write to {addr}.")]
    out.append(("Decidiremos su apelación en 30 días. Si esperar podría poner en grave peligro su vida, su salud o "
                "su capacidad de funcionar, pida una apelación rápida (urgente): la decidiremos en 72 horas.",
                "We will decide your appeal within 30 days. If waiting could seriously harm your life, health or "
                "ability to function, ask for a fast (expedited) appeal: we will decide it within 72 hours."))
    out.append((f"Ayuda pagada pendiente (aid paid pending): para seguir recibiendo las cantidades que recibe ahora "
                f"mientras decidimos, apele dentro de 10 días a partir de la fecha de este aviso o antes del {eff_es}, "
                f"fecha en que el cambio entra en vigor, y pida que sus suministros continúen.",
                f"Aid paid pending: to keep getting the quantities you get now while we decide, appeal within 10 days "
                f"of the date of this notice or before {eff_en}, when the change takes effect, and ask that your "
                f"supplies continue."))
    out.append((f"Audiencia Estatal (State Hearing): si no está de acuerdo con nuestra decisión sobre su apelación, "
                f"puede pedir una Audiencia Estatal dentro de 120 días a partir de la fecha de esa decisión. Si no le "
                f"damos una decisión en 30 días, puede pedirla de inmediato. Llame a la División de Audiencias "
                f"Estatales al (800) 743-8525 (TDD (800) 952-8349) o escriba a {_SC_HEAR}. La audiencia es gratuita.",
                f"State Hearing: if you disagree with our decision on your appeal, you may ask for a State Hearing "
                f"within 120 days of the date of that decision. If we do not decide within 30 days, you may ask for "
                f"one right away. Call the State Hearings Division at (800) 743-8525 (TDD (800) 952-8349) or write "
                f"to {_SC_HEAR}. There is no cost."))
    out.append(("Para ayuda gratuita, llame a la Oficina del Ombudsman de Atención Administrada de Medi-Cal al "
                "1-888-452-8609 (TTY 711). Puede pedir gratis copias de los documentos, registros y criterios que "
                "usamos para esta decisión.",
                "For free help, call the Medi-Cal Managed Care Office of the Ombudsman at 1-888-452-8609 (TTY 711). "
                "You may ask for free copies of the documents, records and criteria we used for this decision."))
    return out


def t_b53_sc(w: W):
    _sc_setup(w)
    c = w.c
    variant = c.extra["sc_variant"]  # 0 NOA form, 1 supplies table letter, 2 bilingual alternating
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    ref, fax = c.extra["sc_ref"], c.extra["sc_fax"]
    nurse, _nl, agency, aph = c.extra["sc_nurse"]
    supplier, sph, snpi = c.extra["sc_supplier"]
    qty = c.extra["sc_qty"]
    d1, _, d2, _ = c.extra["sc_meas"]
    prov = M("PROVIDER", c.provider)
    urgent = c.urgency == "expedited"
    bi = variant == 2
    st.footer = [w.pick([f"Aviso {ref} - página {{page}} de {{pages}}", "Kaiser Permanente | Medi-Cal | {page}",
                         f"{ref} ({{page}}/{{pages}})"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(es: str, en: str) -> None:
        b.append(w.h(f"{es} / {en}" if bi else es, space_before=9, size=st.size + 0.5))

    def par(es: str, en: str | None = None, **kw) -> None:
        b.append(w.p(es, **kw))
        if bi and en:
            b.append(w.p(en, italic=True, space_before=1, size=st.size - 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Sur de California" if not bi else "Southern California",
                         "Medi-Cal"],
                   right=["Kaiser Foundation Health Plan, Inc.", w.pick(facilities("CA", "Southern California")),
                          f"Fax {fax}"]))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = f"{M('DIAGNOSIS', c.diagnoses[0]['text'])} ({M('ICD10', c.diagnoses[0]['codes'][0])})"
    svcs = join_and([f"{w.svc(s)} ({w.code(s['codes'][0])})" for s in c.services], "y")
    if variant == 0:
        b.append(w.h("AVISO DE ACCIÓN", align="center", space_before=8, size=st.size + 3))
        b.append(w.p("Cambio en los servicios que usted pidió", align="center", space_before=1))
        rows = [["Fecha del aviso:", _dm(w, "DATE_LETTER", c.letter, "b53_head"), "Número de aviso:", ref],
                ["Miembro:", w.name(), "Número de historia clínica:", w.mid()],
                ["Médico que lo pidió:", prov, "Proveedor de suministros:", supplier]]
        if c.received or c.decision:
            rows.append(["Solicitud recibida:", rec or "-", "Fecha de la decisión:", dec or "-"])
        b.append(Block("fields", rows=rows, space_before=8, size=st.size - 0.5))
        b.append(w.p("Para:", space_before=8))
        b.append(w.p(w.name(), space_before=0))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p("Kaiser Permanente decidió:", space_before=10, bold=True))
        b.append(w.p("[  ] Negar    [X] Modificar (reducir)    [  ] Retrasar    [  ] Suspender o terminar",
                     space_before=2))
        par(f"su solicitud de {svcs}." + (" La revisamos como urgente." if urgent else ""))
        par("Diagnóstico: " + dxs + ".")
        rows = [["Suministro", "Pedido", "Aprobado"]]
        for s in c.services:
            a, o, _ = qty[s["codes"][0]]
            rows.append([s["codes"][0], f"{a} al mes", f"{o} al mes"])
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1))
        head("Motivo de la decisión", "")
        b.append(w.p(M("REASON", w.reason), boxed=True, indent=6, space_before=4))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b53_head"), space_before=10))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Número de historia clínica: {w.mid()}", space_before=8))
        b.append(w.p(f"Número de aviso: {ref}", space_before=0))
        if bi:
            b.append(w.h("AVISO DE ACCIÓN / NOTICE OF ACTION", space_before=8, size=st.size + 1.5))
        b.append(w.p(f"Estimado(a) {c.member_name}:" if not bi else f"Estimado(a) {c.member_name} / Dear "
                                                                       f"{c.member_name}:", space_before=10))
        es = f"Su médico, {prov}, nos pidió aprobar {svcs} para el cuidado de su herida."
        en = f"Your doctor, {c.provider}, asked us to approve wound-care supplies."
        if rec:
            es += f" Recibimos la solicitud el {rec}."
            en += f" We received the request on {b53date(c.received, 'b53long')}."
        if urgent:
            es += " La revisamos como urgente."
            en += " We reviewed it as urgent."
        if dec:
            es += f" Tomamos nuestra decisión el {dec}."
            en += f" We made our decision on {b53date(c.decision, 'b53long')}."
        es += " Aprobamos los suministros, pero en cantidades menores a las pedidas."
        en += " We approved the supplies, but in smaller quantities than requested."
        par(es, en)
        par("Diagnóstico: " + dxs + ".", f"Diagnosis: pressure ulcer of the sacral region, stage 4 "
                                         f"({c.diagnoses[0]['codes'][0]}).")
        head("Suministros pedidos y aprobados", "Supplies requested and approved")
        rows = [["Suministro", "Código", "Pedido por mes", "Aprobado por mes"]]
        for s in c.services:
            a, o, _ = qty[s["codes"][0]]
            rows.append([w.svc(s), w.code(s["codes"][0]), str(a), str(o) + ("" if o < a else " (completo)")])
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
        par(f"{supplier} ({sph}) le enviará las cantidades aprobadas a partir del {_fd(w, c.extra['sc_eff'])}.",
            f"{supplier} ({sph}) will send the approved quantities starting {b53date(c.extra['sc_eff'], 'b53long')}.",
            size=st.size - 0.5, space_before=3)
        head(w.pick(["Por qué aprobamos menos", "Motivo de la decisión"]), "Why we approved less")
        par(M("REASON", w.reason), c.extra["sc_reason_en"])
    seen_es = (f"Revisamos la orden de su médico, las notas de {nurse} de {agency} ({aph}) de las visitas del "
               f"{_fd(w, d1)} y del {_fd(w, d2)}, y las fotos de la herida.")
    par(seen_es, f"We reviewed the order, the visit notes of {nurse} of {agency} and the wound photos.")
    if c.criteria:
        par(w.pick(["Usamos estos criterios: ", "Criterios aplicados: "]) +
            join_and([M("CRITERIA", x) for x in c.criteria], "y") + ".",
            "Criteria used: " + "; ".join(c.criteria) + ".")
    if c.reviewer:
        line = _who(w, w.pick(["Esta decisión la tomó ", "Revisó la solicitud: "]), ".")
        if c.reviewer["phone"]:
            line += f" Su médico puede llamar al revisor al {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        par(line, f"Reviewed by {c.reviewer['name']}.")
    par(f"Proveedor de suministros: {supplier}, teléfono {sph}, NPI {snpi}.",
        f"Supplier: {supplier}, phone {sph}, NPI {snpi}.", size=st.size - 0.5)
    head("Sus derechos", "Your rights")
    for es, en in _sc_rights(w):
        par(es, en)
    for es, en in _sc_dmhc(w):
        b.append(w.p(es, bold=True, size=12.0, space_before=8))
        if bi:
            b.append(w.p(en, bold=True, size=12.0, space_before=4))
    _sign(w, b, "Atentamente," if not bi else "Atentamente / Sincerely,", "Departamento de Administración de "
          "Utilización", "Kaiser Permanente, Sur de California")
    b.append(w.p(f"cc: {prov}; {supplier}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Servicios de intérprete sin costo: llame al {_SC_MS} (TTY 711).",
                             f"¿Necesita este aviso en letra grande, braille u otro idioma? Llame gratis al {_SC_MS}."]),
                     space_before=8))
    b += _taglines(w, "CA", f"{_SC_MS} (TTY 711)", w.pick([None, "Ayuda en su idioma"]))
    return b, st, ["scal_es_noa_form", "scal_es_supplies_table", "scal_bilingual_alternating"][variant]


BLIND53_TEMPLATES["blind53_scal_medi_cal_wound_care_supplies_es"] = (t_b53_sc, dict(
    plans=["medi_cal"], states=["CA"], kinds=["partial_denial"], cats=["medical_necessity"], language="es",
    reason=reason_b53_sc))
MODELED_ON["blind53_scal_medi_cal_wound_care_supplies_es"] = (
    "blind53: Kaiser Permanente Southern California Medi-Cal notice of action in Spanish reducing the monthly "
    "quantities of wound-care supplies (A6212, A6402, A6216) for a stage 4 sacral pressure ulcer (L89.154) because "
    "the nurse's measurements show a shrinking, dry wound; a Spanish NOA form with action check boxes, a Spanish "
    "letter with a supplies asked/approved table, or a Spanish-English alternating notice; 60-day appeal, 30-day and "
    "72-hour decisions, aid paid pending, State Hearing, ombudsman, DMHC statement with IMR, free copies, taglines")


# === 2. Washington ERISA group plan: sleeve gastrectomy ============================================================

_WA_MS = "1-888-901-4636"
_WA_AREAS = ["206", "253", "425", "509", "360"]
_WA_SVC = ["Laparoscopic sleeve gastrectomy", "Sleeve gastrectomy, laparoscopic (bariatric surgery)",
           "Laparoscopic longitudinal gastrectomy (sleeve gastrectomy)"]
_WA_DX = [("Morbid (severe) obesity due to excess calories", "E66.01"),
          ("Body mass index [BMI] 40.0-44.9, adult", "Z68.41")]
_WA_CRIT = ["Kaiser Permanente Washington Clinical Review Criteria: Bariatric Surgery",
            "Kaiser Permanente Washington Medical Policy: Surgical Treatment of Severe Obesity"]
_WA_OFFICES = ["Kaiser Permanente Bellevue Bariatric Surgery", "Puget Sound Weight Loss Surgery Center",
               "Spokane Metabolic and Bariatric Surgery", "Tacoma Surgical Weight Loss Clinic"]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b53_wa"):
        return
    c.extra["b53_wa"] = True
    if c.category == "not_covered":
        variant = w.pick([1, 2])
    else:
        variant = w.rng.randrange(3)
    c.extra["wa_variant"] = variant
    if variant == 2:
        _fmt(w, ("b53long", "b53mdydash"), ("b53rfc",))
    else:
        _fmt(w, ("b53long", "b53mdydash", "b53dmonyy"), ("b53long", "b53ymdslash"))
    c.region = "Washington"
    c.member_addr = address(w.rng, "WA", "Washington")
    c.services = [dict(text=w.pick(_WA_SVC), codes=["43775"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in (_WA_DX if w.chance(0.7) else _WA_DX[:1])]
    c.service = None
    base = c.received or c.letter
    c.extra["wa_bmi"] = [(base - dt.timedelta(days=w.rng.randint(150, 260)), round(w.rng.uniform(42.5, 44.9), 1)),
                         (base - dt.timedelta(days=w.rng.randint(5, 30)), round(w.rng.uniform(40.1, 42.4), 1))]
    c.extra["wa_need"] = 6
    c.extra["wa_done"] = w.rng.randint(2, 4)
    rd = person(w.rng, 0.1)
    c.extra["wa_rd"] = (f"{rd[0]}, RDN", [base - dt.timedelta(days=x) for x in sorted(
        w.rng.sample(range(20, 130), c.extra["wa_done"]), reverse=True)])
    psy = person(w.rng, 0.1)
    c.extra["wa_psy"] = (f"{psy[0]}, PhD", base - dt.timedelta(days=w.rng.randint(15, 70)))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD, FACS", f"Dr. {name}", f"{name}, MD"])
    c.extra["wa_prov_last"] = last
    c.extra["wa_office"] = (w.pick(_WA_OFFICES), _phone(w, _WA_AREAS, 0), _phone(w, _WA_AREAS, 1))
    c.extra["wa_planned"] = (c.letter + dt.timedelta(days=w.rng.randint(20, 60)))
    c.extra["wa_group"] = f"{w.rng.randint(10**4, 10**5 - 1)}-{w.rng.randint(10, 99)}"
    c.extra["wa_sec"] = w.pick(["Section 7.3", "Section 9(b)", "Section VI.14", "Section 8.22"])
    c.criteria = []
    if c.category == "medical_necessity" and not _has(c, "notice.criteria_cited") and not _bare(c):
        c.criteria = [w.pick(_WA_CRIT)]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Specialist"], ["RN", "BSN, RN", None])
    elif c.category == "medical_necessity" and w.chance(0.85) or c.category == "not_covered" and w.chance(0.3):
        _md(w, ["General Surgery", "Internal Medicine", "Obesity Medicine"],
            ["Physician Reviewer", "Associate Medical Director", "Medical Director, Utilization Management"],
            _WA_AREAS, 0.55, 0.7)
    c.extra["wa_ref"] = f"WA-UM-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["wa_clock"] = (w.rng.randint(7, 20), w.rng.randint(0, 59))
    _flags(c)


def _wa_excl(w: W) -> str:
    c = w.c
    return (f"{c.extra['wa_sec']} of your Summary Plan Description (Exclusions) says the plan does not cover "
            f"\"surgery for the treatment of obesity or weight loss, including gastric bypass, gastric banding and "
            f"sleeve gastrectomy, and any services related to such surgery\"")


def reason_b53_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    (b1d, b1), (b2d, b2) = c.extra["wa_bmi"]
    done, need = c.extra["wa_done"], c.extra["wa_need"]
    rd, visits = c.extra["wa_rd"]
    if _bare(c):
        if c.category == "not_covered":
            return w.pick(["Bariatric surgery is not a covered benefit.", "This service is excluded from coverage."])
        return w.pick(["Bariatric surgery is not medically necessary.",
                       "The request does not meet medical necessity criteria for bariatric surgery."])
    if c.category == "not_covered" and _has(c, "notice.plan_provision"):
        return w.pick([
            "Your employer's group health plan does not include weight-loss surgery among its benefits, so the "
            "sleeve gastrectomy your surgeon asked for is not covered, whatever your BMI or other health conditions.",
            "The plan your employer sponsors does not pay for bariatric surgery. The requested sleeve gastrectomy is "
            "weight-loss surgery, so it is not covered.",
        ])
    if c.category == "not_covered":
        plan = w.pick(["your employer's group health plan", "the plan your employer sponsors"])
        return w.pick([
            f"Weight-loss surgery is excluded under {plan}. {_wa_excl(w)}. Because the sleeve gastrectomy is surgery "
            f"for weight loss, the plan does not pay for it, whatever your BMI or other health conditions.",
            f"Your employer chose not to include bariatric surgery in its plan. {_wa_excl(w)}. The requested surgery "
            f"falls under this exclusion, so it is not covered.",
        ])
    last = _fd(w, visits[-1])
    return w.pick([
        f"Before weight-loss surgery is approved, the criteria require at least {need} months of a medically "
        f"supervised weight-management program, with monthly visits, within the year before the request. The "
        f"records show {done} visits with the dietitian, the last on {last}. The program has not been completed, "
        f"so the surgery is not medically necessary at this time.",
        f"Your BMI of {b2} (measured {_fd(w, b2d)}) meets the weight requirement, but you have attended only {done} "
        f"of the {need} monthly supervised weight-management visits our criteria call for before surgery. Finishing "
        f"the program first is part of safe preparation for bariatric surgery. Until it is finished, the sleeve "
        f"gastrectomy is not medically necessary.",
    ])


def _wa_rights(w: W, b: list[Block], head, num=None) -> None:
    """ERISA appeal, expedited appeal, external review, EBSA, section 502(a) and copies (catalogue)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Washington"])
    n = num or (lambda s: s)
    head(w.pick(["Your appeal rights", "How to appeal this decision", "If you disagree"]))
    b.append(w.p(n(w.pick([
        f"You or someone you authorize in writing may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you "
        f"receive this notice. Call Member Services at {_WA_MS} (TTY 711) or write to {addr}. Send any records or "
        f"comments you want us to consider; the person who reviews your appeal will not be the person who made "
        f"this decision.",
        f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} of receiving this letter: phone "
        f"{_WA_MS} (TTY 711), or mail {addr}. Include a letter explaining why you disagree and any new records.",
    ]))))
    b.append(w.p(n("We decide appeals of requests for care you have not yet received within 30 days. If your "
                   "doctor says that waiting could seriously jeopardize your life, health or ability to regain "
                   "maximum function, ask for an urgent appeal; we will decide it within 72 hours.")))
    if not _has(c, "notice.external_review"):
        b.append(w.p(n(w.pick([
            "If we uphold this decision on appeal, you may ask for an external review by an Independent Review "
            "Organization (IRO) within 4 months after you receive our final decision (45 CFR 147.136). The IRO is "
            "not part of Kaiser Permanente and its decision is binding on the plan. There is no cost to you.",
            "External review: after our final internal decision, you have 4 months to ask that an Independent "
            "Review Organization review it (45 CFR 147.136). We will tell you how in the appeal decision.",
        ]))))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(n("For help with your rights under ERISA, you may contact the Employee Benefits Security "
                       "Administration, U.S. Department of Labor, at 1-866-444-3272 (1-866-444-EBSA).")))
    b.append(w.p(n("You also have the right to bring a civil action under section 502(a) of the Employee Retirement "
                   "Income Security Act (ERISA) after you have finished the appeal process.")))
    b.append(w.p(n(w.pick([
        "You may ask for free copies of all documents, records and other information relevant to your claim, "
        "including the criteria or plan terms we relied on.",
        "On request, we will send you free of charge the documents, records and guidelines used in this decision.",
    ]))))


def t_b53_wa(w: W):
    _wa_setup(w)
    c = w.c
    variant = c.extra["wa_variant"]  # 0 criteria checklist, 1 numbered paragraphs, 2 portal message print
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [58.0, 64.0, 72.0])
    ref = c.extra["wa_ref"]
    office, oph, ofax = c.extra["wa_office"]
    (b1d, b1), (b2d, b2) = c.extra["wa_bmi"]
    rd, visits = c.extra["wa_rd"]
    psy, psyd = c.extra["wa_psy"]
    group = c.extra["wa_group"]
    mn = c.category == "medical_necessity"
    prov = M("PROVIDER", c.provider)
    urgent = c.urgency == "expedited"
    svc = w.svc_with_codes(c.services[0], w.rng.randrange(3))
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    b: list[Block] = []
    counter = [0]

    def head(t: str) -> None:
        if variant != 1:
            b.append(w.h(t, space_before=9, size=st.size + 0.5))

    def num(s: str) -> str:
        if variant != 1:
            return s
        counter[0] += 1
        return f"{counter[0]}. {s}"

    if variant == 2:
        hh, mm = c.extra["wa_clock"]
        pr = c.letter + dt.timedelta(days=w.rng.randint(1, 9))
        st.header = [f"{b53date(pr, 'b53mdyy2pad')} {(hh % 12) or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}    "
                     f"Message Center - kp.org"]
        st.header_all_pages = True
        st.footer = ["https://wa-member.kaiserpermanente.org/secure/messages/inbox/letter    {page}/{pages}"]
        st.footer_align = "left"
        b.append(w.p("KAISER PERMANENTE  |  Washington  |  Message Center", bold=True, space_before=4))
        b.append(Block("fields", rows=[["From:", "KP Washington Utilization Management"],
                                       ["To:", w.name()],
                                       ["Sent:", f"{_dm(w, 'DATE_LETTER', c.letter, 'b53_head')} "
                                                 f"{(hh % 12) or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"],
                                       ["Subject:", "Your prior authorization request - decision"]],
                       space_before=8, size=st.size))
        b.append(Block("rule", space_before=6))
        b.append(w.p(f"Member ID: {w.mid()}   Group: {group}   Reference: {ref}", space_before=6))
    else:
        st.footer = [w.pick([f"{ref} - page {{page}} of {{pages}}", "Kaiser Permanente Washington | {page}"])]
        st.footer_align = w.pick(["center", "right"])
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Washington", "Utilization Management"],
                       right=["Kaiser Foundation Health Plan of Washington", w.pick(facilities("WA", "Washington")),
                              f"Member Services {_WA_MS}"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b53_head"), space_before=10))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(Block("fields", rows=[["Member ID:", w.mid(), "Group number:", group],
                                       ["Reference:", ref, "Plan:", "Employer group plan (ERISA)"]],
                       space_before=8, size=st.size - 0.5))
        b.append(w.h("Re: Prior authorization - bariatric surgery", space_before=8))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    intro = w.pick([f"{prov} of {office} asked us to approve {svc} for you.",
                    f"We reviewed a request from your surgeon, {prov}, for {svc}."])
    if rec:
        intro += f" We received the request on {rec}."
    if urgent:
        intro += " It was reviewed as urgent."
    if dec:
        intro += f" We made our decision on {dec}."
    intro += w.pick([" The request is denied.", " We are unable to approve it."])
    b.append(w.p(num(intro)))
    b.append(w.p(num("Diagnosis: " + dxs + ".")))
    if variant == 0:
        head("How the request compares with the criteria")
        rows = [["Criterion", "Result", "What the records show"],
                ["BMI of 40 or more, or 35 or more with a related condition", "Met",
                 f"BMI {b1} on {b53date(b1d, 'b53dmonyy')}; {b2} on {b53date(b2d, 'b53dmonyy')}"],
                ["Age 18 or older", "Met", "Adult member"],
                ["Psychological evaluation for surgery", "Met", f"{psy}, {b53date(psyd, 'b53dmonyy')}"],
                ["6 months of supervised weight management", "Not met",
                 f"{c.extra['wa_done']} dietitian visits ({rd})"],
                ["Surgeon's evaluation and plan", "Met", office]]
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
    head(w.pick(["Why we made this decision", "Reason for the denial"]))
    b.append(w.p(num(M("REASON", w.reason))))
    if mn and variant != 0:
        b.append(w.p(num(f"We also reviewed the notes of your visits with {rd} on "
                         f"{join_and([_fd(w, x) for x in visits])}, the evaluation by {psy} on {_fd(w, psyd)}, and "
                         f"your weight history (BMI {b1} on {_fd(w, b1d)}).")))
    if not mn:
        b.append(w.p(num(f"The office scheduled a surgery date of {_fd(w, c.extra['wa_planned'])}; please do not "
                         f"rely on that date, because the plan will not pay for the surgery.")))
    if c.criteria:
        b.append(w.p(num(w.pick(["We applied the ", "Criteria used: "]) + join_and([M("CRITERIA", x)
                                                                                   for x in c.criteria]) + ".")))
    if c.reviewer:
        line = _who(w, w.pick(["The decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your surgeon may discuss it with the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(num(line)))
    if mn:
        b.append(w.p(num(w.pick([
            f"Once you have finished the program, {office} ({oph}, fax {ofax}) may send a new request with the "
            f"dietitian's notes.",
            f"Keep going with the weight-management visits. When they are complete, your surgeon's office at {oph} "
            f"can ask again.",
        ]))))
    else:
        b.append(w.p(num(f"Questions about the plan's benefits may be directed to Member Services at {_WA_MS}. "
                         f"Surgeon's office: {office}, {oph}.")))
    _wa_rights(w, b, head, num)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Utilization Management", "Kaiser Permanente Washington")
    b.append(w.p(f"cc: {prov}, {office}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language interpreter services are available to you at no cost. Call {_WA_MS} "
                             f"(TTY 711).",
                             f"Free language help: {_WA_MS} (TTY 711)."]), space_before=8))
    b += _taglines(w, "WA", _WA_MS, w.pick([None, "Language assistance"]))
    return b, st, ["wa_criteria_checklist", "wa_numbered_paragraphs", "wa_portal_message"][variant]


BLIND53_TEMPLATES["blind53_wa_erisa_bariatric_surgery"] = (t_b53_wa, dict(
    plans=["erisa_group"], states=["WA"], kinds=["initial_denial"], cats=["medical_necessity", "not_covered"],
    reason=reason_b53_wa))
MODELED_ON["blind53_wa_erisa_bariatric_surgery"] = (
    "blind53: Kaiser Permanente Washington ERISA group plan denial of laparoscopic sleeve gastrectomy (43775) for "
    "E66.01/Z68.41, because the supervised weight-management program is unfinished or because the employer's plan "
    "excludes weight-loss surgery; a letter with a criteria met/not met table, a letter with numbered paragraphs, or "
    "a kp.org Message Center print; 180-day appeal, 30-day and 72-hour decisions, external review in 4 months, EBSA, "
    "section 502(a), free copies, taglines")


# === 3. Hawaii QUEST Integration: general anesthesia for a child's dental treatment ================================

_HI_AREAS = ["808"]
_HI_GA = ["Anesthesia for intraoral procedures (general anesthesia for dental treatment)",
          "General anesthesia for dental rehabilitation (intraoral procedures)"]
_HI_2ND = {"41899": ["Hospital outpatient operating room for dental treatment (unlisted dentoalveolar procedure)",
                     "Unlisted procedure, dentoalveolar structures (operating room dental treatment)"],
           "D9222": ["Deep sedation/general anesthesia, first 15 minutes",
                     "Deep sedation or general anesthesia, first 15 minutes (dental office)"]}
_HI_DX = [("Dental caries, unspecified", "K02.9"), ("Autistic disorder", "F84.0")]
_HI_CRIT = ["Kaiser Permanente Hawaii Clinical Review Criteria: General Anesthesia for Dental Procedures",
            "American Academy of Pediatric Dentistry, Use of Anesthesia Care Providers for the Administration of "
            "In-Office Deep Sedation/General Anesthesia to the Pediatric Dental Patient"]
_HI_DENT = ["Keiki Smiles Pediatric Dentistry", "Pearl City Children's Dental", "Hilo Bay Kids Dentistry",
            "Kapolei Pediatric Dental Group"]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b53_hi"):
        return
    c.extra["b53_hi"] = True
    variant = c.extra["hi_variant"] = w.rng.randrange(3)
    if variant == 1:
        _fmt(w, ("b53long", "b53mdydash"), ("b53long",))
    else:
        _fmt(w, ("b53long", "b53ymdslash", "b53dmonyy"), ("b53long", "b53mdydash"))
    c.state, c.region = "HI", "Hawaii"  # QUEST Integration is Hawaii's Medicaid program
    c.member_addr = address(w.rng, "HI", "Hawaii")
    mn_only = ("process.reviewer_not_physician", "notice.criteria_cited", "notice.reason_specific")
    if not any(_has(c, d) for d in mn_only) and w.chance(0.4):
        c.category = "administrative"  # no dental treatment plan was sent with the request
    else:
        c.category = "medical_necessity"
    c.services = [dict(text=w.pick(_HI_GA), codes=["00170"], decision="denied")]
    second = w.pick([None, "41899", "D9222"])
    if second:
        c.services.append(dict(text=w.pick(_HI_2ND[second]), codes=[second], decision="denied"))
    asd = w.chance(0.35)
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in (_HI_DX if asd else _HI_DX[:1])]
    c.extra["hi_asd"] = asd
    c.service = None
    kid_first, kid_last = c.member_name.split()[0], c.member_name.split()[-1]
    pfirst = kid_first
    while pfirst == kid_first:
        pfirst = person(w.rng, 0.0)[1]
    c.extra["hi_parent"] = (f"{pfirst} {kid_last}", kid_first)
    c.extra["hi_dob"] = c.letter - dt.timedelta(days=w.rng.randint(3 * 365, 8 * 365))
    base = c.received or c.letter
    c.extra["hi_visit"] = base - dt.timedelta(days=w.rng.randint(14, 75))
    c.extra["hi_asked"] = base + dt.timedelta(days=w.rng.randint(1, 3)) if c.received else None
    c.extra["hi_teeth"] = w.rng.randint(2, 3)
    name, _, last = person(w.rng, 0.1)
    c.provider = w.pick([f"{name}, DDS", f"Dr. {name}, DMD", f"{name}, DDS, MS"])
    c.extra["hi_dds_last"] = last
    an = person(w.rng, 0.1)
    c.extra["hi_anes"] = f"{an[0]}, MD"
    c.extra["hi_office"] = (w.pick(_HI_DENT), _phone(w, _HI_AREAS, 0), _phone(w, _HI_AREAS, 1), _npi(w))
    c.criteria = [] if c.category == "administrative" or _has(c, "notice.criteria_cited") or _bare(c) else [
        w.pick(_HI_CRIT)]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Dental Review Coordinator", "Utilization Review Nurse"], ["RN", "RDH", None])
    elif c.category == "medical_necessity" and w.chance(0.85):
        _md(w, ["Anesthesiology", "Pediatrics", "Pediatric Dentistry"],
            ["Physician Reviewer", "Medical Director", "Reviewing Physician"], _HI_AREAS, 0.5, 0.7)
    c.extra["hi_ref"] = f"QI-{w.rng.randint(10**5, 10**6 - 1)}-{w.pick(['DA', 'UM'])}"
    c.extra["hi_fax"] = _phone(w, _HI_AREAS, 1)
    c.extra["hi_clock"] = (w.rng.randint(8, 16), w.rng.randint(0, 59))
    _flags(c)


def reason_b53_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    kid = c.extra["hi_parent"][1]
    dds = c.extra["hi_dds_last"]
    visit = _fd(w, c.extra["hi_visit"])
    n = c.extra["hi_teeth"]
    if _bare(c):
        return w.pick(["General anesthesia for dental treatment is not medically necessary.",
                       "The request does not meet the criteria for general anesthesia."])
    if c.category == "administrative":
        asked = c.extra["hi_asked"]
        when = f" on {_fd(w, asked)}" if asked else ""
        return w.pick([
            f"To review general anesthesia for dental care, we need the dentist's treatment plan: the teeth to be "
            f"treated, the procedures planned and the X-rays or chart that show them. The request from Dr. {dds}'s "
            f"office did not include a treatment plan. We asked the office for it by fax{when} and did not receive it, "
            f"so we cannot approve the request.",
            f"The request did not include a dental treatment plan, which we need to decide whether {kid}'s care "
            f"calls for general anesthesia. We faxed the dental office{when} asking for the plan and the X-rays, and "
            f"nothing was sent. Without it we are not able to approve the anesthesia.",
        ])
    if c.extra["hi_asd"]:
        return w.pick([
            f"The dental notes show {n} small cavities in back teeth. At the visit on {visit}, {kid} sat for a full "
            f"exam, X-rays and a cleaning with a parent present and the use of calming techniques. General anesthesia "
            f"is medically necessary when a child cannot be treated safely in the dental chair or needs extensive "
            f"treatment. The notes show that {kid}'s care can be done in the chair, over short visits, so general "
            f"anesthesia is not medically necessary now.",
            f"We know {kid} has a diagnosis of autism, and we looked closely at how the last visit went. The "
            f"dentist's note of {visit} says {kid} cooperated for the exam and two X-rays, and the plan lists only "
            f"{n} small fillings. Treatment this limited can be done in the dental office, with nitrous oxide if "
            f"needed. General anesthesia is not medically necessary.",
        ])
    return w.pick([
        f"The treatment plan lists {n} small fillings. The notes from the visit on {visit} say {kid} cooperated "
        f"for the exam, X-rays and cleaning. General anesthesia is used when a child has extensive decay or cannot "
        f"be treated safely awake. Neither is shown, so general anesthesia is not medically necessary; the fillings "
        f"can be done in the dental chair.",
        f"{kid}'s dental needs are limited ({n} small cavities) and the records show {kid} accepted care at the "
        f"visit on {visit}. The criteria call for general anesthesia only when treatment cannot be done safely in "
        f"the chair with local anesthetic, with or without nitrous oxide. That is not the case here, so general "
        f"anesthesia is not medically necessary.",
    ])


def _hi_rights(w: W, b: list[Block], head) -> None:
    """QUEST Integration appeal, fast appeal, continued benefits, State hearing and copies (catalogue)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Hawaii"])
    head("What you can do" if c.extra["hi_variant"] == 0 else w.pick(["What you can do", "If you do not agree"]))
    b.append(w.p(w.pick([
        f"You, your child's dentist or someone you choose may ask for an appeal. Your appeal must be made within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice. Call Member Services at the number on "
        f"your child's Kaiser Permanente card (TTY 711), or write to {addr}. We will decide your appeal within "
        f"30 days.",
        f"To appeal, contact us no later than {M('APPEAL_DAYS', c.appeal_phrase)} after the date of this notice, by "
        f"phone (Member Services, the number on your child's member card; TTY 711) or in writing to {addr}. "
        f"Appeals are decided within 30 days.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast appeal: if you or the dentist believe waiting 30 days could seriously harm your child's health, "
            "ask for an expedited appeal. We will decide within 72 hours.",
            "If a regular appeal could put your child's life or health in serious danger, tell us and we will "
            "decide your appeal within 72 hours.",
        ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p("Continuing services: if this notice stops or reduces a service your child already receives, "
                     "you may ask that it continue during the appeal. You must appeal within 10 days of the date of "
                     "this notice and ask for the service to continue. If the decision is upheld, you may have to "
                     "pay for it."))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "State hearing: if our appeal decision is still no, you may ask the State of Hawaii, Department of Human "
            "Services, Med-QUEST Division, for an administrative hearing. The State sets the time you have, "
            "between 90 and 120 days from our appeal decision, and that decision will tell you the deadline. If we "
            "do not decide your appeal on time, you can ask for a hearing right away.",
            "After the appeal, you can ask for a State administrative hearing with the Department of Human Services "
            "(Med-QUEST Division). The appeal decision gives you the deadline the State sets (90 to 120 days). If "
            "we miss our deadline to decide your appeal, you may ask for the hearing without waiting.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and criteria we used to make this decision.",
        "Copies of your child's records and the criteria we used are free if you ask.",
    ])))


def t_b53_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = c.extra["hi_variant"]  # 0 decided/why/next, 1 letter to the parent with a table, 2 fax to the office
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 62.0, 68.0])
    ref, fax = c.extra["hi_ref"], c.extra["hi_fax"]
    parent, kid = c.extra["hi_parent"]
    office, oph, ofax, onpi = c.extra["hi_office"]
    anes = c.extra["hi_anes"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    dob = b53date(c.extra["hi_dob"], "b53mdyy2pad" if variant != 1 else "b53long")
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    st.footer = [w.pick([f"QUEST Integration notice {ref} - page {{page}} of {{pages}}",
                         "Kaiser Permanente Hawaii | {page}", f"{ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    if variant == 2:
        hh, mm = c.extra["hi_clock"]
        st.header = [f"{b53date(c.letter, 'b53ymdslash')} {hh:02d}:{mm:02d} KP HAWAII UM {fax} P.{{page}}/{{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
        b.append(w.h("FAX", space_before=0, size=st.size + 10))
        b.append(w.p("Kaiser Permanente Hawaii - Utilization Management (QUEST Integration)", bold=True,
                     space_before=2))
        b.append(Block("fields", rows=[["To:", office, "Fax:", ofax],
                                       ["Attn:", c.provider, "Phone:", oph],
                                       ["From:", "Utilization Management", "Fax:", fax],
                                       ["Date:", b53date(c.letter, "b53mdyy2pad"), "Time:",
                                        f"{(hh % 12) or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"],
                                       ["Pages:", "see header", "Re:", "Dental anesthesia request"]],
                       space_before=10, size=st.size))
        b.append(w.p("[X] Decision notice   [ ] Request for records   [ ] Please reply", space_before=10))
        b.append(w.p("CONFIDENTIAL: this fax contains protected health information for the addressee only. If you "
                     "received it in error, notify the sender by phone and destroy it.", italic=True, size=8.0,
                     space_before=14))
        b.append(Block("pagebreak"))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Hawaii", "QUEST Integration"],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", w.pick(facilities("HI", "Hawaii")),
                          f"Fax {fax}"]))
    if variant == 0:
        b.append(w.h("NOTICE OF ADVERSE BENEFIT DETERMINATION", align="center", space_before=8, size=st.size + 2))
        b.append(Block("fields", rows=[["Date of notice:", _dm(w, "DATE_LETTER", c.letter, "b53_head")],
                                       ["Member:", w.name()],
                                       ["Member ID:", w.mid()],
                                       ["Date of birth:", dob],
                                       ["Reference:", ref]],
                       space_before=8, size=st.size - 0.5))
        b.append(w.p(f"To the parent or guardian of {kid}:", space_before=8))
        b.append(w.p(parent, space_before=2))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        head("What we decided")
        intro = f"{prov} of {office} asked us to cover {svcs} for {kid}."
        if rec:
            intro += f" We received the request on {rec}."
        if urgent:
            intro += " We reviewed it as an urgent request."
        if dec:
            intro += f" We decided on {dec}."
        intro += " We denied the request."
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head("Why")
        b.append(w.p(M("REASON", w.reason)))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b53_head"), space_before=10))
        if variant == 2:
            b.append(w.p(prov, space_before=10))
            b.append(w.p(office, space_before=0))
            b.append(w.p(f"Phone {oph}   Fax {ofax}   NPI {onpi}", space_before=0))
            b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                           ["Date of birth:", dob, "Reference:", ref]],
                           space_before=8, size=st.size - 0.4))
            b.append(w.p(f"Dear Dr. {c.extra['hi_dds_last']}:", space_before=10))
            intro = f"We have reviewed your request for {svcs} for the patient named above."
        else:
            b.append(w.p(parent, space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member: {w.name()} (your child)   Member ID: {w.mid()}   Born: {dob}", space_before=8,
                         bold=True))
            b.append(w.p(f"Reference: {ref}", space_before=0))
            b.append(w.p(f"Dear {parent}:", space_before=10))
            intro = f"{kid}'s dentist, {prov}, asked us to approve care for {kid}."
        if rec:
            intro += f" The request reached us on {rec}."
        if urgent:
            intro += " It was handled as urgent."
        if dec:
            intro += f" Our decision was made on {dec}."
        intro += " The request is not approved."
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        if variant == 1:
            head("What was asked for and our decision")
            rows = [["Service", "Code", "Decision"]]
            for s in c.services:
                rows.append([w.svc(s), w.code(s["codes"][0]), "Not approved"])
            b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
        head(w.pick(["Reason", "Why we made this decision"]))
        b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"The anesthesia would have been given by {anes} at the hospital's outpatient surgery unit. {kid}'s last "
        f"dental visit was on {_fd(w, c.extra['hi_visit'])}.",
        f"Records reviewed: the request from {office}, the note of the visit on {_fd(w, c.extra['hi_visit'])}, and "
        f"the anesthesia consult by {anes}.",
    ])))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "We applied: "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    if c.reviewer:
        line = _who(w, w.pick(["Reviewed by ", "The person who made this decision is "]), ".")
        if c.reviewer["phone"]:
            line += f" The dentist may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    b.append(w.p(w.pick([
        f"{kid} can still get dental care: the dentist may treat {kid} in the office, and may send a new request "
        f"with more information.",
        f"The dental office may send a new request at any time. Dental office: {office}, {oph}.",
    ])))
    if variant == 2:
        b.append(w.p(f"A copy of this notice with the member's rights has been mailed to {parent}, the patient's "
                     f"parent.", space_before=6))
    _hi_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Mahalo,"]), "Utilization Management", "Kaiser Permanente Hawaii")
    b.append(w.p(f"cc: {parent} (parent)" if variant == 2 else f"cc: {prov}, {office}", space_before=8,
                 size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick(["Free interpreter services are available. Call Member Services (TTY 711).",
                             "Need help in another language? Interpreters are free: call Member Services, TTY 711."]),
                     space_before=8))
    b += _taglines(w, "HI", "Member Services (TTY 711)", w.pick([None, "Language help"]))
    return b, st, ["hi_decided_why_next", "hi_parent_table", "hi_fax_dental_office"][variant]


BLIND53_TEMPLATES["blind53_hi_quest_pediatric_dental_general_anesthesia"] = (t_b53_hi, dict(
    plans=["medicaid"], states=["HI"], kinds=["initial_denial"], cats=["medical_necessity"], reason=reason_b53_hi))
MODELED_ON["blind53_hi_quest_pediatric_dental_general_anesthesia"] = (
    "blind53: Kaiser Permanente Hawaii QUEST Integration (Medicaid) notice to a parent or the dental office denying "
    "general anesthesia for a child's dental treatment (00170, with 41899 or D9222) for K02.9/F84.0 because the care "
    "can be done in the chair or no treatment plan was sent; a What we decided / Why / What you can do notice, a "
    "letter to the parent with a table, or a fax to the dental office with a cover sheet; 60-day appeal, 30-day and "
    "72-hour decisions, continued benefits in 10 days, State hearing, free copies, taglines")
