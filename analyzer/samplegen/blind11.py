"""Eleventh blind evaluation set: four templates written without sight of the extractor, to be measured once.

Registered in ``BLIND11_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind11_or_medicaid_noa")``. Everything printed here (prose, headings, labels, taglines,
the Spanish half of the bilingual letter, layouts) is written for this set.

1. ``blind11_ma_payment_denial_out_of_area``: Kaiser Permanente Senior Advantage (Medicare Advantage) notice that
   payment is denied for care already received (care while travelling outside the service area, a non-emergency
   ambulance ride, a non-plan specialist), laid out like a federal notice form with numbered boxes and check boxes,
   a claim table and Medicare reconsideration rights (60 days, automatic Independent Review Entity review).
2. ``blind11_or_medicaid_noa``: Kaiser Permanente Northwest Oregon Health Plan (Medicaid) notice of action denying an
   MRI or more physical therapy visits, sent by fax with a fax header on every page, with hearing rights.
3. ``blind11_hi_quest_reduction``: Kaiser Permanente Hawaii QUEST Integration (Med-QUEST, Medicaid) notice reducing or
   ending home health aide or private-duty nursing hours, with a before/after hours table, the effective date,
   continuation of benefits and hearing rights.
4. ``blind11_ca_second_opinion_bilingual``: Kaiser Permanente California commercial HMO letter about a second opinion
   at an outside cancer center (Health and Safety Code section 1383.15), printed in English and Spanish (stacked,
   side by side, or paragraph by paragraph), redirected to a qualified plan specialist or (planted defect) refused.

Dates use styles of this set's own: "March 14, 2026", "14-Mar-2026", "03/14/2026" (month first), "2026.03.14",
"Saturday 14 March 2026", "Mar 14, 2026" and "14 March 2026"; in Spanish "14 de marzo de 2026", "sábado 14 de marzo
de 2026" and "14.03.2026" (day first). ``parse_blind11_date`` reads them all back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from . import vocab as V
from .case import _flags, address, person, phone
from .layout import PAGE_W, Block, Style, width
from .markup import M, strip
from .writer import W, join_and

# registry, filled in section by section below
BLIND11_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def b11date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmon":  # 14-Mar-2026
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "mdy":  # 03/14/2026, month first
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "ydot":  # 2026.03.14
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "wk":  # Saturday 14 March 2026
        return f"{_DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":  # Mar 14, 2026 (no point)
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "dmy":  # 14 March 2026
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "es_de":  # 14 de marzo de 2026
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "es_wk":  # sábado 14 de marzo de 2026
        return f"{_DIAS[d.weekday()]} {d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "es_dot":  # 14.03.2026, day first
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


STYLES = ("long", "dmon", "mdy", "ydot", "wk", "abbr", "dmy")
STYLES_ES = ("es_de", "es_wk", "es_dot")


def parse_blind11_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b11date`` (None for anything else, including a weekday that does not fit)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", t)  # Spanish: day first
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)  # month first
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2})-([A-Z][a-z]{2})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), [x[:3] for x in MONTHS].index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", t)
        if m:
            if m[1] in MONTHS:
                mon = MONTHS.index(m[1]) + 1
            else:
                mon = [x[:3] for x in MONTHS].index(m[1]) + 1
            return dt.date(int(m[3]), mon, int(m[2]))
        m = re.fullmatch(r"(?:([A-Z][a-z]+day) )?(\d{1,2}) ([A-Z][a-z]+) (\d{4})", t)
        if m:
            d = dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[2]))
            return d if m[1] in (None, _DAYS[d.weekday()]) else None
        m = re.fullmatch(r"(?:([a-záéíóú]+) )?(\d{1,2}) de ([a-z]+) de (\d{4})", t)
        if m:
            d = dt.date(int(m[4]), MESES.index(m[3]) + 1, int(m[2]))
            return d if m[1] in (None, _DIAS[d.weekday()]) else None
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b11_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None, style: str | None = None) -> str:
    return b11date(day, style or w.c.extra["b11_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None, style: str | None = None) -> str:
    return M(label, _fd(w, day, style)) if day else ""


def _plain_day(w: W, day: dt.date) -> str:
    """A date that is not a truth value (birth dates, effective dates): the letter's style without a weekday."""
    st = w.c.extra["b11_fmt"]
    return b11date(day, {"wk": "dmy", "es_wk": "es_de"}.get(st, st))


# --- shared small pieces ------------------------------------------------------------------------------------------


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    """Lower-case a service's first letter unless it opens with an acronym."""
    first = s.split(" ")[0]
    if len(first) > 1 and first[:2].isupper():
        return s
    return s[:1].lower() + s[1:]


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _rev(w: W) -> tuple[str, str, str, str]:
    """Marked name, credentials, specialty and phone of the reviewer (empty strings for what is missing)."""
    r = w.c.reviewer
    return (M("REVIEWER_NAME", r["name"]), M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else "",
            M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else "",
            M("REVIEWER_PHONE", r["phone"]) if r["phone"] else "")


def _show_rev(w: W, p: float) -> bool:
    """Print the reviewer? Always when a non-physician decided (that is the planted defect)."""
    c = w.c
    return c.reviewer is not None and ("process.reviewer_not_physician" in c.defects or w.chance(p))


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([48.0, 56.0, 64.0, 72.0]),
               margin_t=w.pick([36.0, 44.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0, 12.0])
    return st


def _dx(d: dict, shape: int) -> str:
    t = M("DIAGNOSIS", d["text"])
    if not d["codes"]:
        return t
    cs = ", ".join(M("ICD10", x) for x in d["codes"])
    return [f"{t} ({cs})", f"{cs} \u2013 {t}", f"{t} [ICD-10-CM {cs}]", f"{t}; diagnosis code {cs}"][shape]


def _code(x: str) -> str:
    from .case import code_label

    return M(code_label(x), x)


def _drop_defect(c, defect: str) -> None:
    """A defect this letter's story cannot carry together with another one is left out, and the flags re-derived."""
    if defect in c.defects:
        c.defects = [d for d in c.defects if d != defect]
        _flags(c)


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _wrap_marked(text: str, font: str, size: float, avail: float) -> list[str]:
    """Greedy wrap of a marked string at spaces outside markers (a marked value never breaks across lines)."""
    tokens: list[str] = []
    cur, depth = "", 0
    for ch in text:
        if ch == "\x01":
            depth += 1
        elif ch == "\x03":
            depth -= 1
        if ch == " " and depth == 0:
            tokens.append(cur)
            cur = ""
        else:
            cur += ch
    tokens.append(cur)
    lines: list[str] = []
    line = ""
    for tok in tokens:
        cand = f"{line} {tok}" if line else tok
        if line and width(strip(cand)[0], font, size) > avail:
            lines.append(line)
            line = tok
        else:
            line = cand
    lines.append(line)
    return lines


# --- taglines (language assistance), written for this set ---------------------------------------------------------

_TAG = {
    "en": "ATTENTION: If you need help in your language, interpreters and translated materials are free of charge. "
          "Call the Member Services number on your ID card (TTY 711).",
    "es": "ATENCIÓN: Si habla español, puede recibir ayuda gratuita en su idioma. Llame al número de Servicio a los "
          "Miembros que aparece en su tarjeta de identificación (TTY 711).",
    "zh": "注意：如果您說中文，我們免費為您提供語言協助。請撥打您會員卡上的會員服務電話（TTY 711）。",
    "vi": "LƯU Ý: Nếu quý vị nói tiếng Việt, quý vị được hỗ trợ ngôn ngữ miễn phí. Hãy gọi số Dịch Vụ Hội Viên ghi "
          "trên thẻ hội viên của quý vị (TTY 711).",
    "tl": "PAALALA: Kung Tagalog ang iyong wika, may libreng tulong sa wika para sa iyo. Tawagan ang numero ng Member "
          "Services na nasa iyong ID card (TTY 711).",
    "ko": "안내: 한국어를 사용하시는 경우 무료 언어 지원을 받으실 수 있습니다. 회원 카드에 있는 회원 서비스 번호로 "
          "전화하십시오(TTY 711).",
    "ru": "ВНИМАНИЕ: Если вы говорите по-русски, вы можете бесплатно получить помощь на своём языке. Позвоните по "
          "номеру отдела обслуживания участников, указанному на вашей карте (TTY 711).",
    "ja": "お知らせ：日本語での無料の言語サポートをご利用いただけます。会員証に記載の会員サービス番号にお電話ください"
          "（TTY 711）。",
    "ar": "ملاحظة: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية متاحة لك مجانا. اتصل برقم خدمات الأعضاء المدون "
          "على بطاقتك (TTY 711).",
    "hy": "ՈՒՇԱԴՐՈՒԹՅՈՒՆ: Եթե խոսում եք հայերեն, կարող եք անվճար լեզվական օգնություն ստանալ: Զանգահարեք Ձեր "
          "քարտի վրա նշված համարով (TTY 711):",
    "fa": "توجه: اگر به زبان فارسی صحبت می کنید، کمک زبانی رایگان برای شما فراهم است. با شماره خدمات اعضا که روی "
          "کارت شما درج شده تماس بگیرید (TTY 711).",
    "pa": "ਧਿਆਨ ਦਿਓ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਨੂੰ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਮਿਲ ਸਕਦੀ ਹੈ। ਆਪਣੇ ਕਾਰਡ ਉੱਤੇ ਦਿੱਤੇ ਨੰਬਰ "
          "'ਤੇ ਕਾਲ ਕਰੋ (TTY 711)।",
    "km": "ប្រយ័ត្ន៖ ប្រសិនបើអ្នកនិយាយភាសាខ្មែរ អ្នកអាចទទួលបានជំនួយភាសាដោយឥតគិតថ្លៃ។ សូមទូរស័ព្ទទៅលេខនៅលើកាតរបស់អ្នក "
          "(TTY 711)។",
    "hmn": "CEEB TOOM: Yog koj hais lus Hmoob, muaj kev pab txhais lus pub dawb rau koj. Hu rau tus xov tooj uas nyob "
           "ntawm koj daim npav (TTY 711).",
    "hi": "ध्यान दें: यदि आप हिंदी बोलते हैं, तो आपके लिए निःशुल्क भाषा सहायता उपलब्ध है। अपने कार्ड पर दिए गए नंबर पर "
          "कॉल करें (TTY 711)।",
    "th": "โปรดทราบ: หากคุณพูดภาษาไทย คุณสามารถรับความช่วยเหลือด้านภาษาได้ฟรี โทรไปที่หมายเลขบนบัตรสมาชิกของคุณ "
          "(TTY 711)",
    "ilo": "PAKDAAR: No Ilocano ti pagsasaom, adda libre a tulong iti pagsasao para kenka. Tawagam ti numero nga adda "
           "iti kardmo (TTY 711).",
    "mh": "KAJITŪKIN: Ñe kwōj kōnono Kajin Ṃajeļ, kwomaroñ bōk jipañ ilo kajin eo am ejjeļọk wōnāān. Kūr nōmba eo "
          "ilo kaat eo am (TTY 711).",
    "chk": "ESINESIN: Ika ka fos ren Kapasen Chuuk, mi wor aninis ren kapas ese kamo ngonuk. Kori ewe nampa mi nom won "
           "noum kat (TTY 711).",
    "sm": "FAAMOLEMOLE: Afai e te tautala i le gagana Samoa, e maua fua le fesoasoani i lau gagana. Valaau le numera o "
          "loo i lau kata (TTY 711).",
    "to": "FAKATOKANGA: Kapau 'oku ke lea faka-Tonga, 'oku 'i ai 'a e tokoni ta'etotongi ki he lea. Tā ki he fika 'i "
          "ho kaati (TTY 711).",
    "haw": "E NĀNĀ MAI: Inā ʻōlelo ʻoe i ka ʻōlelo Hawaiʻi, loaʻa ke kōkua manuahi ma kāu ʻōlelo. E kelepona i ka "
           "helu ma kāu kāleka (TTY 711).",
    "so": "FIIRO GAAR AH: Haddii aad ku hadasho Af-Soomaali, waxaa laguu heli karaa caawimaad luqadeed oo bilaash ah. "
          "Wac lambarka ku qoran kaarkaaga (TTY 711).",
    "uk": "УВАГА: Якщо ви розмовляєте українською, ви можете безкоштовно отримати мовну допомогу. Телефонуйте за "
          "номером, указаним на вашій картці (TTY 711).",
    "ro": "ATENȚIE: Dacă vorbiți limba română, puteți primi gratuit ajutor lingvistic. Sunați la numărul de pe cardul "
          "dvs. de membru (TTY 711).",
    "am": "ማሳሰቢያ፦ አማርኛ የሚናገሩ ከሆነ ነፃ የቋንቋ እርዳታ ማግኘት ይችላሉ። በካርድዎ ላይ ያለውን ቁጥር ይደውሉ (TTY 711)።",
}
_TAG_SETS = {
    "MA": ["es", "zh", "vi", "tl", "ko", "ru", "ar", "ja", "fa", "hi", "hy", "km"],
    "OR": ["es", "ru", "vi", "zh", "so", "ar", "uk", "ro", "ko", "chk", "am", "ja"],
    "HI": ["ilo", "tl", "zh", "ja", "ko", "vi", "mh", "chk", "sm", "to", "haw", "es"],
    "CA": ["zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
}


def _taglines(w: W, key: str, heading: str, lead: str | None = None) -> list[Block]:
    """A block of one-sentence taglines; none at all when the language-assistance defect is planted."""
    if "notice.language_assistance" in w.c.defects:
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:3], langs[3:]
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    if lead:
        langs = [lead] + [x for x in langs if x != lead]
    out = [w.h(heading, space_before=12, size=8.5)]
    for code in langs:
        t = _TAG[code]
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=2))
    return out


def _nondiscrimination(w: W) -> Block:
    if "notice.language_assistance" in w.c.defects:  # no word of interpreters when the taglines are left out
        return w.small("We comply with applicable federal civil rights laws and do not discriminate on the basis of "
                       "race, color, national origin, age, disability or sex.", space_before=10)
    return w.small(w.pick([
        "Kaiser Permanente follows federal civil rights laws. We do not treat people differently because of race, "
        "color, national origin, age, disability or sex, and we offer free aids such as large print and sign "
        "language interpreters.",
        "Nondiscrimination: Kaiser Permanente does not exclude people or treat them less favorably because of race, "
        "color, national origin, age, disability, or sex. Free communication aids and interpreters are available.",
        "We comply with applicable federal civil rights laws and do not discriminate on the basis of race, color, "
        "national origin, age, disability or sex. Ask us for this notice in large print or another format.",
    ]), space_before=10)


# === 1. Kaiser Permanente Senior Advantage: payment denied for care already received =============================

# where members travel: cities in states without a Kaiser Permanente region
_AWAY = [("Phoenix", "AZ"), ("Scottsdale", "AZ"), ("Las Vegas", "NV"), ("Reno", "NV"), ("Orlando", "FL"),
         ("Sarasota", "FL"), ("Boise", "ID"), ("Chicago", "IL"), ("San Antonio", "TX"), ("Austin", "TX"),
         ("Albuquerque", "NM"), ("Nashville", "TN"), ("Salt Lake City", "UT"), ("Minneapolis", "MN"),
         ("Asheville", "NC"), ("Tucson", "AZ")]
_ER_HOSPITALS = ["Copper Basin Regional Medical Center", "Lone Mesa Community Hospital", "Gulfbreeze Memorial Hospital",
                 "Prairie Lantern Medical Center", "Bluewater Bay General Hospital", "Sagebrush Valley Hospital"]
_URGENT = ["QuickPoint Urgent Care", "Sun Corridor Walk-In Clinic", "Harborstone Urgent Care",
           "Juniper Flats Urgent Care Center"]
_AMBULANCE = ["Red Canyon Ambulance Service", "Lakeshore Medical Transport, Inc.", "Gulf Coast Patient Transport LLC",
              "Tri-Valley Ambulance Co.", "High Desert EMS Transport"]
_AWAY_OFFICES = {
    "diabetes": ["Canyon View Family Practice", "Mesquite Primary Care Associates", "Old Town Internal Medicine"],
    "eye": ["Bluebonnet Eye Physicians", "Clearwater Vision Associates", "Lakeside Ophthalmology Group"],
    "skin": ["Mesquite Dermatology Associates", "Palmetto Skin & Laser Clinic", "Redrock Dermatology"],
    "allergy": ["Riverstone Allergy & Asthma Center", "Cottonwood Allergy Clinic"],
}
_HOME_SPECIALISTS = {
    "sleep": ["Summit Sleep Diagnostics", "Quiet Hours Sleep Center"],
    "echo": ["Highline Cardiology Group", "Keystone Heart Specialists"],
    "knee": ["Granite Peak Orthopedics", "Foothill Joint & Sports Clinic"],
    "chemo": ["Northgate Oncology Partners", "Cedar Hollow Cancer Specialists"],
    "pt": ["Momentum Physical Therapy", "Stride Rehab & Wellness"],
    "dialysis": ["Brightwater Kidney Care", "Riverside Dialysis Partners"],
}

# (service texts, code, billed range)
_MA_STORIES = {
    "er": [
        dict(lines=[(["Emergency department visit, high complexity", "Emergency room visit, level 5"], "99285",
                     (1400, 3200)),
                    (["CT scan of the head without contrast", "CT head/brain without contrast"], "70450", (900, 2600)),
                    (["Electrocardiogram interpretation and report"], "93010", (45, 120))],
             dx=[(["Syncope and collapse", "Fainting (syncope)"], "R55"), (["Contusion of scalp, initial encounter"], "S00.03XA")],
             what="fainting and a fall"),
        dict(lines=[(["Emergency department visit, moderate to high complexity", "Emergency room visit, level 4"],
                     "99284", (900, 2200)),
                    (["CT of abdomen and pelvis with contrast"], "74177", (1500, 3800)),
                    (["Urinalysis, automated, with microscopy"], "81001", (30, 90))],
             dx=[(["Calculus of kidney", "Kidney stone"], "N20.0"), (["Right lower quadrant abdominal pain"], "R10.31")],
             what="sudden, severe pain in the side and abdomen"),
        dict(lines=[(["Emergency department visit, moderate to high complexity", "Emergency room visit, level 4"],
                     "99284", (900, 2200)),
                    (["Chest X-ray, 2 views", "Radiologic exam, chest, two views"], "71046", (120, 420)),
                    (["Troponin, quantitative"], "84484", (60, 190))],
             dx=[(["Chest pain, unspecified", "Chest pain"], "R07.9")],
             what="chest pain"),
    ],
    "course": [
        dict(lines=[(["Chemotherapy administration, intravenous infusion, first hour", "Chemotherapy infusion, first hour"],
                     "96413", (380, 900)),
                    (["Injection, pembrolizumab, 1 mg", "Pembrolizumab, 1 mg"], "J9271", (9000, 14500))],
             dx=[(["Malignant neoplasm of upper lobe, right bronchus or lung"], "C34.11")], key="chemo",
             what="immunotherapy infusions for lung cancer"),
        dict(lines=[(["Therapeutic exercise, each 15 minutes"], "97110", (90, 210)),
                    (["Manual therapy techniques, each 15 minutes"], "97140", (85, 190))],
             dx=[(["Presence of right artificial knee joint"], "Z96.651"), (["Aftercare following joint replacement surgery"], "Z47.1")],
             key="pt", what="physical therapy after a knee replacement"),
        dict(lines=[(["Hemodialysis procedure with single evaluation", "Hemodialysis, one evaluation"], "90935",
                     (600, 1400))],
             dx=[(["End stage renal disease"], "N18.6")], key="dialysis", what="hemodialysis treatments"),
    ],
    "ambulance": [
        dict(lines=[(["Ambulance service, basic life support, non-emergency transport", "Non-emergency BLS ambulance transport"],
                     "A0428", (650, 1500)),
                    (["Ground ambulance mileage, per statute mile", "Ambulance mileage (per mile)"], "A0425", (180, 900))],
             dx=[(["Difficulty in walking, not elsewhere classified"], "R26.2"),
                 (["Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with "
                   "routine healing"], "S72.001D")]),
        dict(lines=[(["Ambulance service, advanced life support, non-emergency transport, level 1",
                      "Non-emergency ALS ambulance transport"], "A0426", (900, 2100)),
                    (["Ground ambulance mileage, per statute mile", "Ambulance mileage (per mile)"], "A0425", (180, 900))],
             dx=[(["Weakness"], "R53.1"), (["Pneumonia, unspecified organism"], "J18.9")]),
    ],
    "routine_away": [
        dict(lines=[(["Office visit, established patient, moderate complexity"], "99214", (180, 320)),
                    (["Hemoglobin A1c test", "Glycated hemoglobin (A1c)"], "83036", (35, 95)),
                    (["Lipid panel"], "80061", (40, 130))],
             dx=[(["Type 2 diabetes mellitus without complications"], "E11.9"), (["Essential (primary) hypertension"], "I10")],
             key="diabetes", what="a scheduled diabetes check-up with blood tests"),
        dict(lines=[(["Eye exam, established patient, comprehensive", "Comprehensive ophthalmological exam"], "92014",
                     (160, 300)),
                    (["Visual field examination, extended"], "92083", (90, 210))],
             dx=[(["Primary open-angle glaucoma, bilateral, mild stage"], "H40.1131")], key="eye",
             what="a scheduled glaucoma check"),
        dict(lines=[(["Office visit, new patient, low complexity"], "99203", (170, 290)),
                    (["Destruction of premalignant lesion, first lesion"], "17000", (110, 260))],
             dx=[(["Actinic keratosis"], "L57.0")], key="skin", what="removal of a rough skin spot at a planned visit"),
        dict(lines=[(["Allergen immunotherapy, single injection", "Allergy shot, single injection"], "95115", (35, 95))],
             dx=[(["Allergic rhinitis due to pollen"], "J30.1")], key="allergy", what="a routine allergy shot"),
        dict(lines=[(["Office visit, established patient, low complexity"], "99213", (140, 260))],
             dx=[(["Encounter for issue of repeat prescription"], "Z76.0"), (["Essential (primary) hypertension"], "I10")],
             key="urgent", what="a refill of a blood pressure medicine"),
    ],
    "noauth": [
        dict(lines=[(["Polysomnography, sleep staging with 4 or more parameters", "Attended sleep study"], "95810",
                     (1200, 3100))],
             dx=[(["Obstructive sleep apnea (adult) (pediatric)", "Obstructive sleep apnea"], "G47.33")], key="sleep",
             what="an overnight sleep study"),
        dict(lines=[(["Transthoracic echocardiogram, complete", "Echocardiogram, complete, with Doppler"], "93306",
                     (700, 1900))],
             dx=[(["Nonrheumatic aortic (valve) stenosis"], "I35.0")], key="echo", what="a heart ultrasound"),
        dict(lines=[(["Office visit, new patient, moderate complexity"], "99204", (260, 420)),
                    (["Arthrocentesis, aspiration or injection, major joint", "Injection of a major joint (knee)"],
                     "20610", (150, 380))],
             dx=[(["Unilateral primary osteoarthritis, right knee"], "M17.11")], key="knee",
             what="a new-patient visit and knee injection"),
    ],
}
_MA_PHONE = {"Northern California": "1-800-443-0815", "Southern California": "1-800-443-0815",
             "Washington": "1-888-901-4600"}


def _ma_setup(w: W) -> None:
    """The story of the claim: what was received, from whom, where, and why it is not paid."""
    c = w.c
    if c.extra.get("b11_ma"):
        return
    c.extra["b11_ma"] = True
    _fmt(w, STYLES)
    c.extra["dob"] = dt.date(w.rng.randint(1934, 1959), w.rng.randint(1, 12), w.rng.randint(1, 28))  # Medicare age
    if c.state == "WA":
        c.region = "Washington"
    # a story the planted defects allow (the emergency defect cannot share a letter with the other two)
    if "process.emergency_prior_auth" in c.defects:
        _drop_defect(c, "medicare.transition_period")
        _drop_defect(c, "process.retro_denial_of_authorized")
        kind = "er"
    elif "medicare.transition_period" in c.defects:
        kind = "course"
    elif c.category == "medical_necessity":
        kind = "ambulance"
    elif c.category == "no_prior_authorization":
        kind = "noauth"
    else:
        kind = "routine_away"
    story = w.pick(_MA_STORIES[kind])
    c.extra["ma_kind"] = kind
    c.extra["ma_story"] = story
    home_city = c.member_addr[-1].split(",")[0]
    if kind in ("er", "ambulance", "routine_away"):
        city, st = w.pick(_AWAY)
        c.extra["ma_where"] = f"{city}, {st}"
    else:
        c.extra["ma_where"] = f"{home_city}, {c.state}"
    if kind == "er":
        c.provider = w.pick(_ER_HOSPITALS)
    elif kind == "ambulance":
        c.provider = w.pick(_AMBULANCE)
        c.extra["ma_from"] = w.pick(_ER_HOSPITALS)
        c.extra["ma_to"] = w.pick(["the hotel where you were staying", "a relative's home", "the airport",
                                   "a rental home where you were staying"])
    elif kind == "routine_away":
        c.provider = w.pick(_URGENT if story["key"] == "urgent" else _AWAY_OFFICES[story["key"]])
        if story["key"] == "urgent":  # a refill at an urgent care center: some would call it urgently needed care
            c.either = [*c.either, "process.emergency_prior_auth"]
    else:
        c.provider = w.pick(_HOME_SPECIALISTS[story["key"]])
    c.provider_short = c.provider
    lines = []
    for texts, code, (lo, hi) in story["lines"]:
        lines.append(dict(text=w.pick(texts), codes=[code], decision="denied", billed=round(w.rng.uniform(lo, hi), 2)))
    c.services = lines
    c.money["total"] = round(sum(x["billed"] for x in lines), 2)
    dx = story["dx"] if len(story["dx"]) == 1 or w.chance(0.6) else story["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.criteria = []  # the letter states Medicare's ambulance rule in words; rules.md gives no manual to cite
    if kind == "ambulance" and c.reviewer:
        if c.reviewer["specialty"]:
            c.reviewer["specialty"] = w.pick(["Emergency Medicine", "Internal Medicine"])
    else:
        c.reviewer = None
    if "process.retro_denial_of_authorized" in c.defects:
        c.extra["ma_auth_day"] = c.service - dt.timedelta(days=w.rng.randint(1, 6))
    c.extra["ma_form"] = f"SA-{w.pick(['PD', 'CLM', 'NDP'])}-{w.rng.randint(100, 990)}"


def reason_b11_ma(w: W) -> str:
    """Why the claim is not paid (the plan speaking to the member)."""
    _ma_setup(w)
    c = w.c
    kind, story = c.extra["ma_kind"], c.extra["ma_story"]
    names = join_and([_low(x["text"]) for x in c.services])
    where = c.extra["ma_where"]
    if kind == "er":
        return w.pick([
            f"We did not receive a request for prior authorization before you were treated in the emergency "
            f"department at {c.provider} in {where}. {c.provider} is not a Kaiser Permanente plan provider, and care "
            "from non-plan providers must be approved by us in advance.",
            f"The claim from {c.provider} ({where}) for your emergency room visit was denied because the visit was "
            "not authorized ahead of time and the hospital does not contract with Kaiser Permanente Senior Advantage.",
        ])
    if kind == "course":
        return w.pick([
            f"The {story['what']} you received from {c.provider} required prior authorization because {c.provider} "
            "is not a Senior "
            "Advantage plan provider. No authorization was requested before the treatment was given, so the claim "
            "was denied.",
            f"Our records show no approval for {story['what']} at {c.provider}, a provider outside the Kaiser "
            "Permanente network. Treatment from non-plan providers must be authorized in advance.",
        ])
    if kind == "ambulance":
        frm, to = c.extra["ma_from"], c.extra["ma_to"]
        return w.pick([
            f"Medicare covers an ambulance ride only when travelling any other way would put your health at risk. The "
            f"transport record for your trip from {frm} to {to} shows that you were awake, could sit upright and "
            "walked to the stretcher with a cane. You could have travelled safely by car or wheelchair van, so the "
            "ambulance ride is not medically necessary and is not covered.",
            f"The ambulance company's report says you were stable, alert and able to sit in a chair before the trip "
            f"from {frm} to {to}, and that you needed no oxygen, monitoring or care on the way. Because another kind "
            "of transport would not have endangered your health, the ambulance ride does not meet Medicare's rule "
            "for medically necessary ambulance transport.",
        ])
    if kind == "noauth":
        return w.pick([
            f"You received {story['what']} from {c.provider}, which is not a Senior Advantage plan provider. This was "
            "not emergency or urgently needed care, and no referral or prior authorization was requested from us "
            "before the visit, as your plan requires for non-plan providers.",
            f"{_cap(story['what'])} at {c.provider} needed a referral from your plan doctor and our approval before the "
            f"visit because {c.provider} does not contract with Kaiser Permanente. We have no record of a referral "
            "or approval.",
        ])
    # routine care while away
    if story["key"] == "urgent":
        return w.pick([
            f"The visit to {c.provider} in {where} was for {story['what']}, which your records show you had run out "
            "of while travelling. This was routine care, not urgently needed care: the refill could have been sent "
            "to you by our mail-order pharmacy. Routine care outside our service area from a non-plan provider is "
            "not covered.",
            f"You went to {c.provider} in {where} for {story['what']}. A medicine refill is routine care that can be "
            "arranged through your plan doctor or our mail-order pharmacy, so it is not urgently needed care, and "
            "non-plan providers outside the service area are covered only for emergency or urgently needed care.",
        ])
    return w.pick([
        f"{_cap(names)} from {c.provider} in {where} {'were' if len(c.services) > 1 else 'was'} {story['what']} "
        "and not emergency or urgently needed care. When you are outside our service area, your plan covers "
        "emergency and urgently needed care from any provider, but routine care must come from plan providers.",
        f"The care you received in {where} from {c.provider}, a provider outside the Kaiser Permanente network, was "
        f"{story['what']}, which had been booked ahead of time. Routine care that can wait until you are back in the "
        "service area is not covered when a non-plan provider gives it.",
    ])


def t_b11_ma(w: W):
    _ma_setup(w)
    c = w.c
    kind, story = c.extra["ma_kind"], c.extra["ma_story"]
    st = _style(w, ["helvetica", "helvetica", "times", "courier"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)
    region = c.region
    entity = V.REGION_ENTITY[region][0]
    ph = _MA_PHONE.get(region)
    hours = ", 8 a.m. to 8 p.m., seven days a week" if c.state == "CA" else ""
    call = (f"call Member Services at {ph} (TTY 711){hours}" if ph else
            "call Member Services at the number on the back of your Kaiser Permanente membership card (TTY 711)")
    addr = V.GRIEVANCE_ADDR[region]
    form = c.extra["ma_form"]
    st.footer = [w.pick([f"{form} \u00b7 Page {{page}} of {{pages}}", "Page {page} of {pages}",
                         f"Kaiser Permanente Senior Advantage \u00b7 {form} \u00b7 {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    if w.chance(0.5):
        st.header = [w.pick([f"{c.member_name} \u00b7 Claim {c.ids['claim']}", f"Notice {form} (continued)"])]
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage (HMO)", "Senior Advantage Medicare health plan",
                                     "Kaiser Permanente Senior Advantage, a Medicare Advantage plan"]))
    title = w.pick(["NOTICE OF DENIAL OF PAYMENT", "Medicare Health Plan Notice: Payment Not Approved",
                    "NOTICE THAT WE WILL NOT PAY FOR CARE YOU ALREADY RECEIVED"])
    b: list[Block] = []
    # --- masthead
    if variant == 1 or w.chance(0.4):
        b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                       left=["Kaiser Permanente", f"Senior Advantage \u00b7 {M('REGION', region)}", entity],
                       right=addr[1:]))
        b.append(w.p(title, bold=True, size=13, space_before=6, align=w.pick(["left", "center"])))
    else:
        b.append(w.p(f"Kaiser Permanente \u2013 {M('REGION', region)}", bold=True, size=11, space_before=0))
        b.append(w.p(title, bold=True, size=13, space_before=2, shade=variant == 0))
    b.append(w.p(f"Form {form} \u2013 keep this notice with your records" if w.chance(0.3) else f"Form {form}", size=7.5,
                 space_before=2))
    # --- boxes 1-3: who, which plan, which claim
    dob = _plain_day(w, c.extra["dob"])
    box_no = iter(range(1, 20))

    def head(title_: str) -> Block:
        n = next(box_no)
        text = [f"Box {n}. {title_}", f"{n} | {title_.upper()}", f"Item {n} \u2013 {title_}"][variant]
        return w.h(text, size=9.5, space_before=10, shade=variant == 1)

    def body(text: str, **kw) -> Block:
        return w.p(text, boxed=variant == 0, **kw)

    sent = _dm(w, "DATE_LETTER", c.letter)
    if variant == 2:
        rows = [["Field", "Entry"], ["1 Date of this notice", sent], ["2 Member name", w.name()],
                ["3 Member ID number", w.mid()], ["4 Date of birth", dob], ["5 Health plan", plan_cue],
                ["6 Claim number", c.ids["claim"]]]
        if c.received:
            rows.append(["7 Claim received", _dm(w, "DATE_RECEIVED", c.received)])
        if c.decision:
            rows.append([f"{len(rows)} Claim decided", _dm(w, "DATE_DECISION", c.decision)])
        b.append(Block("table", rows=rows, size=8.5, space_before=8))
        for _ in range(len(rows) - 1):
            next(box_no)
    else:
        b.append(head("Member"))
        b.append(body(f"Name: {w.name()}   Member ID: {w.mid()}   Date of birth: {dob}"))
        b.append(body(f"Mailing address: {c.member_addr[0]}, {c.member_addr[1]}", space_before=2))
        b.append(head("Health plan and notice date"))
        b.append(body(f"{plan_cue}, {entity}. Date of this notice: {sent}."))
        b.append(head("Claim"))
        parts = [f"Claim number: {c.ids['claim']}"]
        if c.received:
            parts.append(f"Received: {_dm(w, 'DATE_RECEIVED', c.received)}")
        if c.decision:
            parts.append(f"Decision made: {_dm(w, 'DATE_DECISION', c.decision)}")
        parts.append(f"Billed by: {w.prov()} ({c.extra['ma_where']})")
        b.append(body(". ".join(parts) + "."))
    # --- claim table
    b.append(head("Services on this claim"))
    dos_hdr = w.pick(["Date of service", "Service date", "DOS"])
    cols = [dos_hdr, "Provider", "Code", "Description", "Billed", "Plan paid"]
    rows = [cols]
    for s in c.services:
        rows.append([_dm(w, "DATE_SERVICE", c.service), w.prov(), _code(s["codes"][0]), M("SERVICE", s["text"]),
                     _money(s["billed"]), "$0.00"])
    rows.append(["", "", "", "Total", _money(c.money["total"]), "$0.00"])
    b.append(Block("table", rows=rows, size=7.5, col_align=["left", "left", "left", "left", "right", "right"]))
    if c.diagnoses:
        shape = w.rng.randrange(4)
        b.append(w.p("Diagnosis on the claim: " + "; ".join(_dx(d, shape) for d in c.diagnoses) + ".", size=8.5,
                     space_before=4))
    # --- decision with check boxes
    b.append(head("Our decision"))
    box = w.pick([("[X]", "[ ]"), ("(X)", "( )"), ("[x]", "[  ]")])
    checks = [f"{box[0]} We will not pay any part of this claim.", f"{box[1]} We will pay part of this claim.",
              f"{box[1]} We need more information before we can decide."]
    if w.chance(0.5):
        b.append(body("   ".join(checks)))
    else:
        for k, x in enumerate(checks):
            b.append(body(x, space_before=1 if k else None))
    # --- why
    b.append(head("Why we denied payment"))
    b.append(body(M("REASON", w.reason)))
    if kind == "ambulance" and "process.retro_denial_of_authorized" in c.defects:
        b.append(body(w.pick([
            f"Our records show authorization number {c.ids['auth']}, issued on "
            f"{_plain_day(w, c.extra['ma_auth_day'])}, for this transport. On review of the claim after the trip we "
            "found that the transport did not meet the coverage rule described above.",
            f"This transport had been approved in advance (authorization {c.ids['auth']}, dated "
            f"{_plain_day(w, c.extra['ma_auth_day'])}). When the claim arrived, a clinical review of the trip report "
            "found it was not medically necessary.",
        ])))
    if "medicare.transition_period" in c.defects:
        b.append(body(w.pick([
            f"Your Senior Advantage coverage began on {_plain_day(w, c.extra['enroll'])}. You told us you were in the "
            f"middle of {story['what']} with {c.provider} when you joined.",
            f"Enrollment in Senior Advantage effective {_plain_day(w, c.extra['enroll'])}. The claim shows continuing "
            f"{story['what']} that started before you joined.",
        ])))
    if kind in ("routine_away", "noauth", "course", "er") and w.chance(0.6):
        sec = w.pick(["Chapter 3, \"Using the plan for your medical services\"",
                      "Chapter 4, \"Medical Benefits Chart\" (care outside the service area)",
                      "Chapter 3, Section 2 (getting care from plan providers)"])
        b.append(body(f"See your Senior Advantage Evidence of Coverage, {M('PLAN_PROVISION', sec)}."))
    if c.reviewer and w.chance(0.7):
        name, cred, spec, rph = _rev(w)
        t = f"This decision was made by {name}" + (f", {cred}" if cred else "")
        t += (f", a physician in {spec}" if spec else "") + "."
        if rph:
            t += f" Your doctor may call the reviewer at {rph}."
        b.append(body(t, size=8.5))
    # --- what you may owe
    b.append(head("What this means for you"))
    b.append(body(w.pick([
        f"Because we are not paying this claim, {w.prov()} may bill you for the full amount of "
        f"{_money(c.money['total'])}. If you have already paid and you win your appeal, we will pay you back.",
        f"You may be responsible for the {_money(c.money['total'])} billed. Keep this notice; if your appeal is "
        "successful we will pay the provider or reimburse you.",
    ])))
    # --- appeal rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(head(w.pick(["Your right to appeal", "If you disagree: ask us to reconsider", "How to appeal this decision"])))
    b.append(body(w.pick([
        f"You have the right to ask us to look at this decision again. This first level of appeal is called a "
        f"reconsideration. We must receive your written request within {days} of the date of this notice.",
        f"To appeal, ask Kaiser Permanente for a reconsideration. Your request must reach us no later than {days} "
        "after the date on this notice.",
    ])))
    b.append(body(w.pick([
        f"Mail or bring your request to {', '.join(addr)}, or {call}. Include the claim number, why you disagree, "
        "and any bills or records that help your case. You may name a representative to act for you.",
        f"Send it to: {', '.join(addr)}. You can also {call}. Say which claim you are appealing and why; add any "
        "records that support you. A friend, relative, lawyer or doctor can help or act for you if you name them "
        "as your representative.",
    ]), space_before=3))
    b.append(body(w.pick([
        "We will decide a payment appeal within 60 days after we get your request. If we do not decide fully in "
        "your favor, we will automatically send your case to an Independent Review Entity, an organization that "
        "Medicare contracts with and that is not part of Kaiser Permanente. You do not have to ask for this step.",
        "Our answer on a payment reconsideration comes within 60 days. If any part of the denial stands, your file "
        "goes on its own to the Independent Review Entity, an outside reviewer working for Medicare, which will "
        "write to you with its decision.",
    ]), space_before=3))
    b.append(body(w.pick([
        "If the Independent Review Entity also decides against you, further levels of appeal are open to you: a "
        "hearing before an Administrative Law Judge, then the Medicare Appeals Council, then federal court. Each "
        "decision letter explains the next step.",
        "After the Independent Review Entity there are more levels (an Administrative Law Judge hearing, the "
        "Medicare Appeals Council and federal court); the letters you get at each level tell you how to go on.",
    ]), space_before=3))
    b.append(body(w.pick([
        "Fast (expedited) appeals are only for care you have not received yet. Because this notice is about payment "
        "for care you already got, your appeal follows the standard time frame.",
        "This notice is about paying for care that already happened, so it cannot be handled as a fast appeal; "
        "fast appeals apply to decisions about care you still need.",
    ]), space_before=3))
    # --- help
    b.append(head("Get help and information"))
    helps = [f"Senior Advantage Member Services: {ph} (TTY 711)." if ph else
             "Member Services: see the phone number on the back of your membership card (TTY 711).",
             "Medicare: 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week; TTY 1-877-486-2048; "
             "www.medicare.gov."]
    if c.state == "CA":
        helps.append("Free counseling on Medicare questions: HICAP, 1-800-434-0222.")
    for k, x in enumerate(helps):
        b.append(body(x, space_before=1 if k else None))
    b.append(w.p(w.pick(["Medicare Claims Review, Kaiser Permanente", "Senior Advantage Claims Department",
                         "Kaiser Permanente Medicare Operations \u2013 Claims"]), space_before=10, bold=True, size=9))
    b.append(_nondiscrimination(w))
    b += _taglines(w, "MA", w.pick(["Language assistance", "Free help in other languages",
                                    "Multi-language interpreter services"]))
    return b, st, ["ma_pay_boxed", "ma_pay_bars", "ma_pay_grid"][variant]


BLIND11_TEMPLATES["blind11_ma_payment_denial_out_of_area"] = (t_b11_ma, dict(
    plans=["medicare_advantage"], states=["CA", "CA", "WA", "CO", "GA", "HI", "MD", "VA", "OR"],
    kinds=["payment_denial"], cats=["out_of_network", "medical_necessity", "no_prior_authorization"],
    reason=reason_b11_ma))
MODELED_ON["blind11_ma_payment_denial_out_of_area"] = (
    "blind11: Kaiser Permanente Senior Advantage (Medicare Advantage) notice denying payment for care already "
    "received (routine or urgent-care visits while travelling outside the service area, a non-emergency ambulance "
    "ride, a non-plan specialist), laid out like a federal notice form with numbered boxes and check boxes, a claim "
    "table with date of service, provider, codes and billed amounts, 60-day reconsideration, automatic Independent "
    "Review Entity review and 1-800-MEDICARE")


# === 2. Kaiser Permanente Northwest, Oregon Health Plan (Medicaid): notice of action, sent by fax =================

_OR_MRI = [
    dict(texts=["MRI lumbar spine without contrast", "Magnetic resonance imaging, lumbar spine, without contrast"],
         code="72148", dx=[(["Low back pain, unspecified", "Low back pain"], "M54.50"),
                           (["Radiculopathy, lumbar region"], "M54.16")],
         spec=["Radiology", "Family Medicine", "Physical Medicine and Rehabilitation"],
         crit=["ACR Appropriateness Criteria: Low Back Pain",
               "Kaiser Permanente Northwest Advanced Imaging Guideline: MRI of the Lumbar Spine"],
         fact=["your back pain began about three weeks before the request and the exam found no warning signs such as "
               "leg weakness, numbness in the groin or loss of bladder or bowel control; an MRI is recommended only "
               "after about six weeks of treatment such as exercise and medicine, unless warning signs are present",
               "the records show no treatment for your back yet (no physical therapy, exercise program or medicine "
               "trial), and there are no signs of nerve damage that would call for imaging right away"]),
    dict(texts=["MRI of the right knee without contrast", "MRI lower extremity joint (knee), without contrast"],
         code="73721", dx=[(["Pain in right knee"], "M25.561")],
         spec=["Radiology", "Orthopedic Surgery", "Sports Medicine"],
         crit=["ACR Appropriateness Criteria: Chronic Knee Pain", "InterQual 2025 Imaging Criteria: MRI Knee"],
         fact=["no X-rays of the knee were taken before the MRI was ordered, and the exam notes describe a stable knee "
               "that does not lock or give way; X-rays come first for this kind of knee pain",
               "the knee pain has been present for two weeks and has not yet been treated with rest, a brace or "
               "physical therapy, and the exam does not suggest a torn ligament"]),
    dict(texts=["MRI brain without contrast", "Magnetic resonance imaging, brain, without contrast"],
         code="70551", dx=[(["Headache, unspecified", "Headache"], "R51.9"), (["Migraine, unspecified, not intractable, "
                                                                              "without status migrainosus"], "G43.909")],
         spec=["Radiology", "Neurology", "Family Medicine"],
         crit=["ACR Appropriateness Criteria: Headache",
               "Kaiser Permanente Northwest Advanced Imaging Guideline: Brain MRI"],
         fact=["your headaches follow the pattern of migraine and your neurological exam was normal; brain imaging "
               "is not recommended for this kind of headache unless there are warning signs, and none are recorded",
               "the notes describe headaches that have been the same for years, with a normal exam and no new "
               "symptoms such as weakness, vision loss or the worst headache of your life"]),
    dict(texts=["MRI of the right shoulder without contrast", "MRI upper extremity joint (shoulder), without contrast"],
         code="73221", dx=[(["Pain in right shoulder"], "M25.511"), (["Impingement syndrome of right shoulder"], "M75.41")],
         spec=["Radiology", "Orthopedic Surgery", "Physical Medicine and Rehabilitation"],
         crit=["ACR Appropriateness Criteria: Shoulder Pain \u2013 Atraumatic",
               "InterQual 2025 Imaging Criteria: MRI Shoulder"],
         fact=["the shoulder pain started a month ago, you have not yet tried physical therapy or a home exercise "
               "program, and the exam shows normal strength, which does not point to a torn tendon",
               "the records show full strength when lifting the arm and no X-ray yet; an MRI is considered when pain "
               "continues after about six weeks of therapy or when a tear is suspected"]),
]
_OR_PT = [
    dict(dx=[(["Impingement syndrome of right shoulder"], "M75.41")], what="shoulder",
         fact=["your therapist's last progress note shows you can now lift your arm fully overhead with little pain "
               "and do your home exercises on your own",
               "your goals in the plan of care (reaching overhead, sleeping on the right side) are recorded as met"]),
    dict(dx=[(["Presence of left artificial knee joint"], "Z96.652"),
             (["Aftercare following joint replacement surgery"], "Z47.1")], what="knee",
         fact=["over the last six visits your knee bend stayed at about 110 degrees and your walking distance did not "
               "change, so more supervised visits are not expected to add further improvement",
               "you have had 24 visits since your knee replacement, you walk without a cane and climb stairs with a "
               "rail, and the remaining goals can be reached with your home exercise program"]),
    dict(dx=[(["Low back pain, unspecified", "Low back pain"], "M54.50")], what="back",
         fact=["the progress notes show your pain score stayed at 6 out of 10 and your lifting tolerance did not change "
               "over the last eight visits",
               "your therapist reports that you are independent with your exercise program and have reached the "
               "functional goals set at the start of therapy"]),
    dict(dx=[(["Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant side"],
              "I69.354")], what="stroke recovery",
         fact=["the last three progress notes show no change in your balance score or walking speed, which means the "
               "skilled part of therapy is complete and practice can continue at home",
               "you now walk inside your home with a quad cane without help, which was the goal of this therapy plan"]),
]
_OR_PT_TEXTS = ["Outpatient physical therapy", "Physical therapy treatment sessions",
                "Physical therapy, outpatient (continued care)"]
_OR_PT_CODES = [["97110", "97140"], ["97110", "97530"], ["97110", "97112"], ["97110", "97140", "97530"]]
_OR_PT_CRIT = ["Kaiser Permanente Northwest Outpatient Rehabilitation Therapy Guideline",
               "InterQual 2025 Outpatient Rehabilitation: Physical Therapy",
               "MCG Health Ambulatory Care Guidelines, 28th Edition: Physical Therapy, Outpatient"]
_PT_CREDS = ["PT, DPT", "DPT", "PT"]
_OR_CLINICS = ["Willamette Motion Physical Therapy", "Columbia Gorge Rehab Associates", "Rose City Movement Clinic",
               "Kaiser Permanente Rehabilitation Services, Interstate"]


def _or_setup(w: W) -> None:
    """What was asked for (an MRI or more therapy visits), by whom, and what the plan found."""
    c = w.c
    if c.extra.get("b11_or"):
        return
    c.extra["b11_or"] = True
    _fmt(w, STYLES)
    c.region = "Northwest"
    partial = c.letter_kind == "partial_denial"
    mri = not partial and w.chance(0.55)
    c.extra["or_mri"] = mri
    bare = "notice.reason_specific" in c.defects
    if mri:
        story = w.pick(_OR_MRI)
        c.services = [dict(text=w.pick(story["texts"]), codes=[story["code"]], decision="denied")]
        spec = w.pick(story["spec"])
        crit = story["crit"]
        name, _, last = person(w.rng, 0.15)
        cred = w.pick(["MD", "DO", "PA-C", "FNP", "M.D."])
        c.provider = w.pick([f"{name}, {cred}", f"Dr. {name}"]) if cred in ("MD", "DO", "M.D.") else f"{name}, {cred}"
    else:
        story = w.pick(_OR_PT)
        asked = w.pick([8, 10, 12, 12, 16])
        ok = w.pick([2, 4, 4, 6]) if partial else 0
        c.extra["or_counts"] = (asked, ok, asked - ok)
        c.services = [dict(text=w.pick(_OR_PT_TEXTS), codes=list(w.pick(_OR_PT_CODES)),
                           decision="partial" if partial else "denied")]
        spec = w.pick(["Physical Medicine and Rehabilitation", "Orthopedic Surgery", "Sports Medicine"])
        crit = _OR_PT_CRIT
        name, _, last = person(w.rng, 0.15)
        c.provider = w.pick([f"{name}, {w.pick(_PT_CREDS)}", w.pick(_OR_CLINICS)])
        c.extra["or_done"] = w.pick([12, 16, 20, 24])
    c.provider_short = c.provider
    c.extra["or_story"] = story
    c.extra["or_fact"] = w.pick(story["fact"])
    dx = story["dx"] if len(story["dx"]) == 1 or w.chance(0.5) else story["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    if bare or "notice.criteria_cited" in c.defects:
        c.criteria = []
    else:
        c.criteria = [w.pick(crit)] if w.chance(0.75) else list(crit[:2])
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = spec
    c.service = None
    c.extra["or_ohp"] = f"{w.pick('ABCDEFGHJKLMNPRSTWXY')}{w.pick('ABCDEFGHJKLMNPRSTWXY')}{w.rng.randint(10000, 99999)}" \
                        f"{w.pick('ABCDEFGHJKLMNPRSTWXY')}"
    c.extra["or_fax_to"] = phone(w.rng, "OR", w.rng.randrange(3))
    c.extra["or_fax_from"] = phone(w.rng, "OR", 1)


def reason_b11_or(w: W) -> str:
    _or_setup(w)
    c = w.c
    s = c.services[0]
    fact = c.extra["or_fact"]
    if "notice.reason_specific" in c.defects:
        return w.pick(["This service is not medically necessary.", "The request does not meet medical criteria.",
                       "Not medically necessary at this time."])
    if c.extra["or_mri"]:
        return w.pick([
            f"We denied the {_low(s['text'])} because it is not medically necessary right now: {fact}.",
            f"The {_low(s['text'])} that your provider asked for is not medically necessary at this time. The records "
            f"we reviewed show that {fact}.",
            f"After reviewing your medical records, our doctor found that an MRI is not needed yet: {fact}.",
        ])
    asked, ok, no = c.extra["or_counts"]
    if ok:
        return w.pick([
            f"We approved {ok} of the {asked} additional physical therapy visits that were asked for. We did not "
            f"approve the other {no} visits because {fact}. The {ok} approved visits give time to finish and check "
            "your home exercise program.",
            f"Only {ok} more physical therapy visits are medically necessary, not {asked}: {fact}. The approved visits "
            "are for a final check of your exercises and a plan for keeping your progress.",
        ])
    return w.pick([
        f"We denied the request for {asked} more physical therapy visits because {fact}.",
        f"More physical therapy visits are not medically necessary for you at this time: {fact}.",
    ])


def t_b11_or(w: W):
    _or_setup(w)
    c = w.c
    st = _style(w, ["courier", "helvetica", "times"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)
    entity = V.REGION_ENTITY["Northwest"][0]
    addr = V.GRIEVANCE_ADDR["Northwest"]
    s = c.services[0]
    no_exp = "notice.expedited_review" in c.defects
    no_ext = "notice.external_review" in c.defects
    no_cob = "notice.continuation_of_benefits" in c.defects
    dept = c.phones["dept"]
    fax_from, fax_to = c.extra["or_fax_from"], c.extra["or_fax_to"]
    # the fax machine's line atop every page (the transmission, not the letter: never marked)
    day = c.letter
    hh, mm = w.rng.randint(7, 17), w.rng.randint(0, 59)
    stamp = w.pick([f"{day.month:02d}/{day.day:02d}/{day.year % 100:02d} {hh:02d}:{mm:02d}",
                    f"{MONTHS[day.month - 1][:3].upper()} {day.day:02d} {day.year} {hh % 12 or 12}:{mm:02d}"
                    f"{'PM' if hh >= 12 else 'AM'}",
                    f"{day.year}-{day.month:02d}-{day.day:02d} {hh:02d}{mm:02d}"])
    sender = w.pick(["KPNW UM DEPT", "KAISER NW HEALTH PLAN", "KP NORTHWEST MEDICAID UM", "KPNW OHP REVIEW"])
    st.header = [w.pick([
        f"{stamp}   FROM: {sender}   {fax_from}   TO: {fax_to}   P. {{page:03d}}/{{pages:03d}}",
        f"{stamp}  {sender}  FAX {fax_from}  Page {{page}} of {{pages}}",
        f"Fax sent {stamp} from {fax_from} ({sender}) \u2013 p. {{page}}/{{pages}}",
    ])]
    st.header_all_pages = True
    st.header_numbered = True
    st.footer = [w.pick(["OHP Notice of Action \u2013 keep for your records", f"{c.ids['form']}",
                         "Kaiser Permanente Northwest \u00b7 Oregon Health Plan"])]
    st.footer_align = w.pick(["left", "center", "right"])
    b: list[Block] = []
    # --- fax transmittal block
    conf = w.pick([
        "CONFIDENTIAL: This fax contains protected health information. If you received it in error, call the sender "
        "and destroy all pages.",
        "The pages that follow contain private health information meant only for the addressee. If this reached you "
        "by mistake, please notify us at the number above and shred it.",
    ])
    tx = [["FAX TRANSMITTAL", ""], ["To", w.prov()], ["Fax", fax_to], ["From", "Utilization Management, " + entity],
          ["Phone", dept], ["Re", "Notice of Action (copy for the requesting provider) \u2013 " + w.name()]]
    if variant == 2:
        b.append(w.p("F A X", bold=True, size=16, space_before=0))
        for k, v in tx[1:]:
            b.append(w.p(f"{k.upper()}: {v}", space_before=1, size=9))
    else:
        b.append(Block("table", rows=tx, size=8.5, space_before=0))
    b.append(w.small(conf, space_before=4))
    b.append(Block("rule"))
    # --- the notice itself
    title = w.pick(["NOTICE OF ACTION", "Notice of Adverse Benefit Determination",
                    "Oregon Health Plan \u2013 Notice of Action: Request for Services"])
    b.append(w.p(f"Kaiser Permanente {M('REGION', 'Northwest')} \u2013 " + M("PLAN_CUE", w.pick(
        ["Oregon Health Plan (OHP) member", "Oregon Health Plan / Medicaid", "OHP (Medicaid) coverage"])),
        size=9, space_before=8))
    b.append(w.p(title, bold=True, size=13, space_before=2))
    if c.urgency == "expedited":
        b.append(w.p(w.pick(["EXPEDITED (FAST) DECISION", "Fast decision \u2013 expedited review"]), bold=True,
                     size=10, space_before=2))
    ids = [("Date of notice", _dm(w, "DATE_LETTER", c.letter)), ("Member", w.name()),
           ("Kaiser Permanente health record number", w.mid())]
    if w.chance(0.35):
        ids.append(("OHP client ID", c.extra["or_ohp"]))
    ids.append(("Date of birth", _plain_day(w, c.extra["dob"])))
    ids.append(("Provider who asked", w.prov()))
    if c.received:
        ids.append(("Request received", _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        ids.append(("Decision date", _dm(w, "DATE_DECISION", c.decision)))
    ids.append(("Reference", c.ids["ref"]))
    if variant == 1:
        b.append(Block("table", rows=[["Item", "Details"]] + [[k, v] for k, v in ids], size=8.5, space_before=6))
    else:
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        for k, v in ids:
            if k != "Member":
                b.append(w.p(f"{k}: {v}", space_before=1, size=9))
    # --- what was asked, what we decided
    dshape = w.rng.randrange(4)
    dx = "; ".join(_dx(d, dshape) for d in c.diagnoses)
    codes = ", ".join(_code(x) for x in s["codes"])
    heads = [("What was asked for", "What we decided", "Why we made this decision"),
             ("1. The request", "2. Our decision", "3. The reason"),
             ("REQUEST", "DECISION", "REASON FOR THE DECISION")][variant]
    b.append(w.h(heads[0], space_before=10))
    if c.extra["or_mri"]:
        b.append(w.p(w.pick([
            f"{w.prov()} asked us to approve {M('SERVICE', s['text'])} (CPT {codes}) for {dx}.",
            f"Service requested: {M('SERVICE', s['text'])}, procedure code {codes}. Diagnosis: {dx}.",
        ])))
    else:
        asked, ok, no = c.extra["or_counts"]
        b.append(w.p(w.pick([
            f"{w.prov()} asked us to approve {asked} more visits. Service: {M('SERVICE', s['text'])} (CPT {codes}). "
            f"Diagnosis: {dx}. You have had {c.extra['or_done']} visits so far under earlier approvals.",
            f"Request: {M('SERVICE', s['text'])}, {asked} additional visits; procedure codes {codes}. Diagnosis: "
            f"{dx}. Visits already used: {c.extra['or_done']}.",
        ])))
    b.append(w.h(heads[1], space_before=8))
    if c.extra["or_mri"]:
        b.append(w.p(w.pick(["We denied this request.", "Denied. We will not cover this MRI.",
                             "[X] Denied   [ ] Approved   [ ] Approved in part"])))
    else:
        asked, ok, no = c.extra["or_counts"]
        b.append(Block("table", rows=[["Visits requested", "Visits approved", "Visits denied"],
                                      [str(asked), str(ok), str(no)]], size=8.5, space_before=4))
        if ok:
            until = c.letter + dt.timedelta(days=w.pick([30, 45, 60]))
            b.append(w.p(f"The {ok} approved visits may be used through {_plain_day(w, until)}.", space_before=4))
    b.append(w.h(heads[2], space_before=8))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([f"Guideline used for this decision: {cs}.",
                             f"We compared the records with {cs}.",
                             f"Criteria applied: {cs}. You may ask for a free copy."])))
    if _show_rev(w, 0.75):
        name, cred, spec, rph = _rev(w)
        if "process.reviewer_not_physician" in c.defects:
            t = f"Reviewed and decided by {name}" + (f", {cred}" if cred else "") + f", {c.reviewer_title}."
        else:
            t = f"Reviewed by {name}" + (f", {cred}" if cred else "") + (f" ({spec})" if spec else "") + "."
        if rph:
            t += w.pick([f" Your provider may call the reviewer at {rph}.", f" Reviewer phone: {rph}."])
        b.append(w.p(t, size=9))
    if c.urgency == "expedited" and not no_exp:
        b.append(w.p("Because your provider told us that waiting could seriously harm your health, we made this "
                     "decision on a fast (expedited) timeline.", size=9))
    # --- rights
    b.append(w.h(w.pick(["YOUR RIGHTS", "What you can do if you disagree"]
                        + ([] if no_ext else ["Your appeal and hearing rights"])),
                 space_before=12, shade=variant != 2))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"Appeal to us. If you do not agree with this decision, you or someone you choose may ask Kaiser Permanente "
        f"for an appeal. You must ask within {days} of the date of this notice. You can call {dept} (TTY 711), or "
        f"write to {', '.join(addr)}.",
        f"You have {days} from the date on this notice to ask us for an appeal. Ask by phone at {dept} (TTY 711) "
        f"or in writing to {', '.join(addr)}. Your provider or another person you name can ask for you.",
    ])))
    b.append(w.p(w.pick([
        "You can send us letters, records or anything else that supports your request.",
        "Tell us why you disagree and send any records you want us to consider. A friend, relative or your provider "
        "can help you.",
    ])))
    if not no_exp:
        b.append(w.p(w.pick([
            "Fast appeal: if you or your provider believe that waiting for a standard appeal could seriously harm your "
            "health, ask for an expedited appeal. We will decide within 72 hours.",
            "If waiting could put your life or health at serious risk, ask for a fast (expedited) appeal by phone. "
            "We will give you a decision within 72 hours.",
        ])))
    if not no_ext:
        b.append(w.h(w.pick(["State fair hearing", "Hearings with the State of Oregon", "Contested case hearing"]),
                     space_before=8, size=9.5))
        b.append(w.p(w.pick([
            "If you still disagree after our appeal decision, you can ask the Oregon Health Authority for a state fair "
            "hearing (also called a contested case hearing) before an administrative law judge. Our appeal decision "
            "letter will tell you how to ask and the deadline.",
            "After you get our appeal decision, you may ask the Oregon Health Authority for a fair hearing if you are "
            "not satisfied. The appeal decision will include the form and the time limit for asking.",
        ])))
        if w.chance(0.5):
            b.append(w.p("If we do not decide your appeal in time, you can ask for a state fair hearing without "
                         "waiting for our decision."))
    if not no_cob:
        b.append(w.h(w.pick(["Keeping your services during an appeal", "Continuing benefits"]), space_before=8,
                     size=9.5))
        b.append(w.p(w.pick([
            "If this notice stops or reduces a service you are already getting, you may keep getting it while your "
            "appeal is decided. You must ask for your appeal within 10 days of the date of this notice, or before the "
            "change takes effect if that is later, and ask that your services continue. If the final decision is "
            "not in your favor, you may have to pay for the services you received during the appeal.",
            "Services you already receive can continue during an appeal if you file within 10 days of the date of "
            "this notice (or by the date the change starts, whichever is later) and ask to keep them. You might have "
            "to pay for those services if you lose the appeal.",
        ])))
    b.append(w.p(w.pick([
        "You can ask for free copies of all records, guidelines and other information we used to make this decision.",
        "On request and at no cost, we will send you the documents, criteria and records used for this decision.",
    ]), space_before=6))
    b.append(w.p(f"cc: {w.prov()} (fax {fax_to})", size=8.5, space_before=8))
    b.append(w.p(w.pick(["Kaiser Permanente Northwest Utilization Management",
                         "Health Plan Review Services, Kaiser Permanente Northwest"]), bold=True, size=9,
                 space_before=8))
    b.append(_nondiscrimination(w))
    b += _taglines(w, "OR", w.pick(["Language help", "Interpreter and translation services", "Help in your language"]),
                   lead="en" if w.chance(0.3) else None)
    return b, st, ["or_fax_letter", "or_fax_form", "or_fax_memo"][variant]


BLIND11_TEMPLATES["blind11_or_medicaid_noa"] = (t_b11_or, dict(
    plans=["medicaid"], states=["OR"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b11_or))
MODELED_ON["blind11_or_medicaid_noa"] = (
    "blind11: Kaiser Permanente Northwest Oregon Health Plan (Medicaid) notice of action denying an MRI or more "
    "physical therapy visits (or approving fewer visits), sent by fax with a fax line and page count atop every page, "
    "a transmittal block, the criteria and reviewer, a 60-day appeal, a 72-hour fast appeal, a state fair hearing "
    "with the Oregon Health Authority, continuing benefits within 10 days and free copies of records")


# === 3. Kaiser Permanente Hawaii, QUEST Integration (Med-QUEST, Medicaid): hours reduced or ended ================

_HI_STORIES = [
    dict(key="hip", svc=[(["Home health aide services", "Home health aide care in the home"], "S9122")],
         now=[20, 24, 16], new=[8, 10, 6, 0], who="adult",
         dx=[(["Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with "
               "routine healing"], "S72.001D"), (["Difficulty in walking, not elsewhere classified"], "R26.2")],
         spec=["Physical Medicine and Rehabilitation", "Internal Medicine", "Geriatric Medicine"],
         fact=["at the home visit our nurse care coordinator saw that you now get in and out of bed, dress and use the "
               "toilet with only someone standing by, and you walk inside the house with a walker; hands-on help is "
               "still needed for showering",
               "your physical therapist's discharge summary and our home assessment both show that you move from bed to "
               "chair and walk with your walker safely on your own, so aide help is needed only for bathing"],
         end_fact="you now bathe, dress and walk in your home without help from another person, which our home "
                  "assessment and your therapist's discharge note both show"),
    dict(key="dementia", svc=[(["Home health aide services", "Home health aide, personal care in the home"], "S9122")],
         now=[30, 28, 35], new=[14, 12, 18], who="adult",
         dx=[(["Alzheimer's disease with late onset"], "G30.1")],
         spec=["Geriatric Medicine", "Internal Medicine", "Family Medicine"],
         fact=["you now go to an adult day health program five days a week, where staff help you with meals and the "
               "toilet during the day, so aide care is needed only in the mornings and evenings",
               "the care plan from your adult day health program covers help with lunch and toileting on weekdays, "
               "which overlaps the daytime aide hours; aide help is still needed for getting up and going to bed"],
         end_fact=""),
    dict(key="trach", svc=[(["Private duty nursing, registered nurse, in the home", "Private duty nursing (RN) in the "
                             "home"], "S9123")],
         now=[112, 84, 98], new=[56, 70, 42], who="child",
         dx=[(["Tracheostomy status"], "Z93.0"), (["Chronic respiratory failure with hypoxia"], "J96.11")],
         spec=["Pediatrics", "Pediatric Pulmonology"],
         fact=["the nursing notes for the last two months show that your child breathes without the ventilator while "
               "awake and needs suctioning about twice a shift, which trained family members can do; skilled nursing "
               "is still needed overnight while the ventilator is in use",
               "your child's lung doctor reports that daytime ventilator support stopped in the spring and the oxygen "
               "need is stable, so nurse-level care is needed only during sleep"],
         end_fact=""),
    dict(key="wound", svc=[(["Private duty nursing, licensed practical nurse, in the home", "Home nursing care by an "
                             "LPN"], "S9124")],
         now=[28, 21], new=[0, 0, 7, 10], who="adult",
         dx=[(["Pressure ulcer of sacral region, stage 4"], "L89.154")],
         spec=["Internal Medicine", "Physical Medicine and Rehabilitation", "Wound Care"],
         fact=["the wound clinic's last measurements show the pressure injury has shrunk to less than a centimeter "
               "and needs a nurse's dressing change once a day instead of twice",
               "the wound on your lower back is healing well and the wound clinic changed the dressing orders from "
               "twice a day to once a day"],
         end_fact="the wound clinic's notes show the pressure injury on your lower back has fully closed, so daily "
                  "dressing changes by a nurse are no longer needed"),
]
_HI_CRIT = {
    "S9122": ["Kaiser Permanente Hawaii Home Health Aide Services Review Criteria", "MCG Home Care Guidelines, 28th "
              "Edition: Home Health Aide", "InterQual 2025 Home Care Criteria"],
    "S9123": ["Kaiser Permanente Hawaii Private Duty Nursing Review Criteria", "MCG Home Care Guidelines, 28th Edition: "
              "Private Duty Nursing"],
    "S9124": ["Kaiser Permanente Hawaii Private Duty Nursing Review Criteria", "InterQual 2025 Home Care Criteria"],
}
_HI_AGENCIES = ["Malama Home Care Services", "Kokua Nursing Partners", "Island Gardens Home Health",
                "Pacific Heights Private Duty Nursing", "Ohana Caregiver Agency", "Leeward Home Health Services"]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b11_hi"):
        return
    c.extra["b11_hi"] = True
    _fmt(w, STYLES)
    c.state, c.region = "HI", "Hawaii"  # QUEST Integration is Hawaii's Medicaid program
    c.member_addr = address(w.rng, "HI")
    c.phones["dept"] = phone(w.rng, "HI")
    c.phones["fax"] = phone(w.rng, "HI")
    story = w.pick(_HI_STORIES)
    c.extra["hi_story"] = story
    texts, code = story["svc"][0]
    now = w.pick(story["now"])
    partial = c.letter_kind == "partial_denial"
    new = w.pick([x for x in story["new"] if x < now and (x > 0 or not partial)] or [now // 2])
    asked = now if not partial or w.chance(0.6) else now + w.pick([4, 8])
    c.extra["hi_hours"] = (now, asked, new)
    c.services = [dict(text=w.pick(texts), codes=[code], decision="partial" if new else "denied")]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in (story["dx"] if w.chance(0.6) else story["dx"][:1])]
    c.extra["hi_fact"] = story["end_fact"] if new == 0 and story["end_fact"] else w.pick(story["fact"])
    agency = w.pick(_HI_AGENCIES)
    c.extra["hi_agency"] = agency
    # who asked: the agency's renewal request, or a reassessment the plan started on its own
    renewal = partial or w.chance(0.6)
    c.extra["hi_renewal"] = renewal
    c.provider = agency if renewal else None
    c.provider_short = agency
    if not renewal and "process.decision_untimely" not in c.defects:
        c.received = None
    c.service = None
    c.extra["hi_effective"] = c.letter + dt.timedelta(days=w.rng.randint(12, 21))
    c.extra["hi_visit"] = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(3, 12))
    bare = "notice.reason_specific" in c.defects
    if bare or "notice.criteria_cited" in c.defects:
        c.criteria = []
    else:
        c.criteria = [w.pick(_HI_CRIT[code])]
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = w.pick(story["spec"])


def _hi_unit(story: dict) -> str:
    return "home health aide" if story["svc"][0][1] == "S9122" else "private duty nursing"


def reason_b11_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    story = c.extra["hi_story"]
    now, asked, new = c.extra["hi_hours"]
    fact = c.extra["hi_fact"]
    unit = _hi_unit(story)
    whose = "your child's" if story["who"] == "child" else "your"
    if "notice.reason_specific" in c.defects:
        return w.pick([f"{_cap(unit)} hours are not medically necessary.", "Your current hours are no longer medically "
                       "necessary.", "This level of care is not medically necessary."])
    if c.letter_kind == "partial_denial":
        return w.pick([
            f"We approved {new} hours a week of {unit} care, not the {asked} hours a week that were requested, "
            f"because {fact}.",
            f"Only {new} of the {asked} weekly hours of {unit} care asked for are medically necessary: {fact}.",
        ])
    if new == 0:
        return w.pick([
            f"We are ending {whose} {unit} hours because {fact}.",
            f"{_cap(unit)} care is no longer medically necessary for {'your child' if story['who'] == 'child' else 'you'}: "
            f"{fact}.",
        ])
    return w.pick([
        f"We are reducing {whose} {unit} hours from {now} to {new} hours a week because {fact}.",
        f"{_cap(whose)} {unit} care will go from {now} to {new} hours a week. The reason is that {fact}.",
        f"The medical records and our home assessment show that {now} hours a week of {unit} care are no longer "
        f"medically necessary; {new} hours a week meet {whose} needs, because {fact}.",
    ])


def t_b11_hi(w: W):
    _hi_setup(w)
    c = w.c
    st = _style(w, ["times", "helvetica", "helvetica"], [9.5, 10.0, 10.5])
    variant = w.rng.randrange(3)
    story = c.extra["hi_story"]
    now, asked, new = c.extra["hi_hours"]
    partial = c.letter_kind == "partial_denial"
    eff = _plain_day(w, c.extra["hi_effective"])
    unit = _hi_unit(story)
    entity = V.REGION_ENTITY["Hawaii"][0]
    addr = V.GRIEVANCE_ADDR["Hawaii"]
    dept = c.phones["dept"]
    s = c.services[0]
    no_exp = "notice.expedited_review" in c.defects
    no_ext = "notice.external_review" in c.defects
    no_cob = "notice.continuation_of_benefits" in c.defects
    st.footer = [w.pick(["QUEST Integration \u00b7 Notice of Action \u00b7 page {page} of {pages}",
                         f"{c.ids['ref']} \u2013 {{page}}/{{pages}}", "Page {page}"])]
    st.footer_align = w.pick(["center", "right"])
    if w.chance(0.5):
        st.header = [f"{c.member_name} \u00b7 {c.ids['ref']}"]
    plan_cue = M("PLAN_CUE", w.pick(["QUEST Integration", "Med-QUEST (Hawaii Medicaid) QUEST Integration plan",
                                     "Kaiser Permanente QUEST Integration (Medicaid)"]))
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"{M('REGION', 'Hawaii')} \u00b7 QUEST Integration", entity],
                   right=addr[1:] + [f"Tel. {dept}"]))
    title = w.pick(["NOTICE OF ACTION \u2013 CHANGE TO YOUR SERVICES", "Notice of Adverse Benefit Determination",
                    "Important: your home care hours are changing" if not partial else
                    "Important: decision on your home care hours"])
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=10))
    child = story["who"] == "child"
    b.append(w.p((w.pick(["Parent or guardian of ", "To the parent or guardian of "]) if child else "") + w.name(),
                 space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(title, bold=True, size=12.5, space_before=10))
    facts = [("Member", w.name()), ("Member ID", w.mid()), ("Plan", plan_cue), ("Reference", c.ids["ref"])]
    if c.provider:
        facts.append(("Home care agency that asked", w.prov()))
    if c.received:
        facts.append(("Request received", _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        facts.append(("Date of decision", _dm(w, "DATE_DECISION", c.decision)))
    facts.append(("Effective date of change", eff))
    if variant == 2:
        b.append(Block("table", rows=[["About this notice", ""]] + [[k, v] for k, v in facts], size=8.5,
                       space_before=6))
    elif variant == 1:
        glance = [f"What is changing: {unit} hours per week" if partial else
                  f"What is changing: {unit} hours, from {now} to {new} a week",
                  f"Starting: {eff}",
                  f"Deadline to appeal: {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice"]
        if not no_cob:
            glance.append("To keep your current hours during an appeal: appeal within 10 days (see below)")
        b.append(w.p("AT A GLANCE", bold=True, size=9.5, space_before=8))
        for k, x in enumerate(glance):
            b.append(w.p(x, boxed=True, space_before=0 if k else 2, size=9.5))
        for k, v in facts:
            if k not in ("Member", "Effective date of change"):
                b.append(w.p(f"{k}: {v}", space_before=1, size=9))
    else:
        for k, v in facts:
            if k != "Member":
                b.append(w.p(f"{k}: {v}", space_before=1, size=9))
    salute = w.pick(["Dear parent or guardian,", "Aloha,"]) if child else w.pick(
        [f"Dear {c.member_salute},", "Aloha,", f"Aloha {c.member_salute},"])
    b.append(w.p(salute, space_before=10))
    who = "your child" if story["who"] == "child" else "you"
    if c.extra["hi_renewal"]:
        intro = w.pick([
            f"{w.prov() if c.provider else 'Your home care agency'} asked us to renew the {unit} hours that {who} "
            "receive" + ("s" if who == "your child" else "") + ". We reviewed the request and the medical records.",
            f"We received a request from {w.prov() if c.provider else 'your agency'} to continue {unit} care. Our "
            "review of the request is explained below.",
        ])
    else:
        intro = w.pick([
            f"Every authorization for {unit} care is reviewed before it runs out. Our nurse care coordinator visited "
            f"your home on {_plain_day(w, c.extra['hi_visit'])} and we reviewed the medical records.",
            f"We looked again at the {unit} hours that are authorized now, using a home assessment done on "
            f"{_plain_day(w, c.extra['hi_visit'])} and the latest medical records.",
        ])
    b.append(w.p(intro))
    # the hours table
    dshape = w.rng.randrange(4)
    b.append(w.h(w.pick(["Your hours before and after this decision", "Hours per week", "The change in hours"]),
                 space_before=10))
    if partial:
        rows = [["Service", "Code", "Hours now", "Hours requested", f"Approved from {eff}"],
                [M("SERVICE", s["text"]), _code(s["codes"][0]), str(now), str(asked), str(new)]]
    else:
        rows = [["Service", "Code", "Hours per week now", f"Hours per week from {eff}", "Change"],
                [M("SERVICE", s["text"]), _code(s["codes"][0]), str(now), str(new),
                 "Ends" if new == 0 else f"-{now - new} hours"]]
    b.append(Block("table", rows=rows, size=8.5, col_align=["left", "left", "right", "right", "right"]))
    b.append(w.p("Diagnosis: " + "; ".join(_dx(d, dshape) for d in c.diagnoses) + ".", size=9, space_before=4))
    b.append(w.h(w.pick(["Why we made this decision", "The reason for this change", "Reason"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick([f"We used {w.crit(c.criteria[0])} to make this decision.",
                             f"Guideline applied: {w.crit(c.criteria[0])}. We will send you a free copy if you ask."])))
    if new and "notice.reason_specific" not in c.defects:
        b.append(w.p(w.pick([
            f"From {eff}, the agency will schedule the {new} hours with you. Hours you do not use cannot be saved for "
            "later weeks.",
            f"Your new weekly total of {new} hours starts on {eff}. Call your care coordinator if your needs change.",
        ])))
    if _show_rev(w, 0.7):
        name, cred, spec, rph = _rev(w)
        if "process.reviewer_not_physician" in c.defects:
            t = f"This decision was made by {name}" + (f", {cred}" if cred else "") + f", {c.reviewer_title}."
        else:
            t = f"A physician reviewer, {name}" + (f", {cred}" if cred else "") + (f" ({spec})" if spec else "")
            t += ", made this decision."
        if rph:
            t += f" Phone: {rph}."
        b.append(w.p(t, size=9.5))
    if c.urgency == "expedited" and not no_exp:
        b.append(w.p("Your doctor told us that waiting could seriously harm your health, so we handled this review "
                     "on an expedited (fast) basis.", size=9.5))
    # rights
    b.append(w.h(w.pick(["YOUR RIGHTS", "If you disagree with this decision", "How to appeal"]), space_before=12,
                 shade=variant == 0))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"You may appeal this decision. Call us at {dept} (TTY 711) or write to {', '.join(addr)} within {days} "
        "of the date of this notice. You can ask someone, such as a family member or your doctor, to appeal for you.",
        f"To appeal, contact Kaiser Permanente within {days} after the date on this notice: by phone at {dept} "
        f"(TTY 711), or by mail to {', '.join(addr)}. A representative you choose may appeal for you.",
    ])))
    b.append(w.p(w.pick([
        "You may give us records, letters from your doctors or anything else you want us to look at, in writing or "
        "in person.",
        "Send or bring any information that supports your appeal, such as a letter from your doctor or your "
        "agency's care notes.",
    ])))
    if not no_exp:
        b.append(w.p(w.pick([
            "If waiting for a standard appeal could seriously harm your health, ask for an expedited appeal. We will "
            "decide it within 72 hours.",
            "Expedited appeal: when a delay could put your health at serious risk, you or your doctor may ask us to "
            "decide within 72 hours.",
        ])))
    if not no_cob:
        b.append(w.h(w.pick(["Keeping your current hours while you appeal", "Continuation of services"]),
                     space_before=8, size=10))
        b.append(w.p(w.pick([
            f"Your current {now} hours a week can continue while we decide your appeal if you appeal within 10 days "
            f"of the date of this notice, or before {eff}, whichever is later, and tell us you want your services to "
            "continue. If the appeal decision is not in your favor, you may be asked to pay for the services you "
            "received while the appeal was pending.",
            f"You can keep receiving {now} hours a week during the appeal. To do that, file your appeal and ask to "
            f"keep your services within 10 days of the date of this notice or before {eff} (whichever is later). If "
            "you lose the appeal, you might have to pay for the care you got during it.",
        ])))
    if not no_ext:
        b.append(w.h(w.pick(["State administrative hearing", "Hearing with the State of Hawaii"]), space_before=8,
                     size=10))
        b.append(w.p(w.pick([
            "If you still disagree after our appeal decision, you may ask for a state administrative hearing with the "
            "Hawaii Department of Human Services, Med-QUEST Division. The letter with our appeal decision will tell "
            "you how to ask and how long you have.",
            "After the appeal, you can ask the State of Hawaii (Department of Human Services, Med-QUEST Division) for "
            "a state fair hearing. Our appeal decision letter explains how and the time limit.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of your records and of the guidelines and other information we used to make this "
        "decision.",
        "Copies of everything we relied on for this decision, including the guidelines, are free on request.",
    ]), space_before=6))
    b.append(w.p(w.pick(["Mahalo,", "Sincerely,"]), space_before=10))
    b.append(w.p(w.pick(["QUEST Integration Health Services Review", "Kaiser Permanente Hawaii, Utilization Management",
                         "Home Health Review Team, Kaiser Permanente Hawaii"]), space_before=10, bold=True))
    if c.provider:
        b.append(w.p(f"cc: {w.prov()}", size=8.5, space_before=6))
    b.append(_nondiscrimination(w))
    b += _taglines(w, "HI", w.pick(["Language help", "Interpreter services at no cost", "Kokua ma ka olelo (language "
                                    "help)"]), lead="en" if w.chance(0.3) else None)
    return b, st, ["hi_letter_table", "hi_at_a_glance", "hi_form_fields"][variant]


BLIND11_TEMPLATES["blind11_hi_quest_reduction"] = (t_b11_hi, dict(
    plans=["medicaid"], kinds=["termination_notice", "termination_notice", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b11_hi))
MODELED_ON["blind11_hi_quest_reduction"] = (
    "blind11: Kaiser Permanente Hawaii QUEST Integration (Med-QUEST, Medicaid) notice reducing or ending home health "
    "aide or private-duty nursing hours (or approving fewer hours than a renewal asked for), with a before/after hours "
    "table, the effective date, continuation of services if the appeal comes within 10 days, a 60-day appeal, a "
    "72-hour fast appeal and a state administrative hearing")


# === 4. Kaiser Permanente California, commercial HMO: second opinion at an outside cancer center, in English and ===
# === Spanish =======================================================================================================

_SO_CANCERS = [
    dict(key="pancreas", plain="pancreatic cancer", dx=(["Malignant neoplasm of head of pancreas"], "C25.0"), dx_es="cáncer de la cabeza del páncreas",
         spec="Surgical Oncology", spec_es="oncología quirúrgica",
         q="whether the tumor can be removed now with surgery (a Whipple procedure) or should first be treated with "
           "chemotherapy",
         q_es="si el tumor se puede extirpar ahora con cirugía (procedimiento de Whipple) o si primero se debe tratar con "
              "quimioterapia"),
    dict(key="ovary", plain="ovarian cancer", dx=(["Malignant neoplasm of right ovary"], "C56.1"), dx_es="cáncer del ovario derecho",
         spec="Gynecologic Oncology", spec_es="oncología ginecológica",
         q="the surgery and chemotherapy plan your gynecologic oncologist recommended",
         q_es="el plan de cirugía y quimioterapia que le recomendó su oncólogo ginecológico"),
    dict(key="glioma", plain="brain tumors", dx=(["Malignant neoplasm of frontal lobe"], "C71.1"), dx_es="tumor maligno del lóbulo frontal",
         spec="Neurosurgery", spec_es="neurocirugía",
         q="whether more of the brain tumor can be removed safely with a second operation",
         q_es="si se puede extirpar de forma segura más parte del tumor cerebral con una segunda operación"),
    dict(key="sarcoma", plain="soft tissue sarcoma", dx=(["Malignant neoplasm of connective and soft tissue of left lower limb, including hip"],
                            "C49.22"), dx_es="sarcoma de tejidos blandos de la pierna izquierda",
         spec="Orthopedic Oncology", spec_es="oncología ortopédica",
         q="whether the leg can be saved with limb-sparing surgery instead of amputation",
         q_es="si se puede salvar la pierna con una cirugía que conserve la extremidad en lugar de una amputación"),
    dict(key="myeloma", plain="multiple myeloma", dx=(["Multiple myeloma not having achieved remission"], "C90.00"), dx_es="mieloma múltiple",
         spec="Hematology and Oncology", spec_es="hematología y oncología",
         q="whether a stem cell transplant is the right next treatment",
         q_es="si un trasplante de células madre es el tratamiento adecuado a seguir"),
    dict(key="esophagus", plain="esophageal cancer", dx=(["Malignant neoplasm of lower third of esophagus"], "C15.5"),
         dx_es="cáncer del tercio inferior del esófago", spec="Thoracic Surgery", spec_es="cirugía torácica",
         q="whether surgery to remove part of the esophagus is needed after chemotherapy and radiation",
         q_es="si hace falta una cirugía para extirpar parte del esófago después de la quimioterapia y la radiación"),
]
_SO_SERVICES = [
    (["Second opinion consultation, new patient", "Outpatient consultation for a second opinion"],
     ["Consulta de segunda opinión, paciente nuevo", "Consulta ambulatoria para una segunda opinión"], "99245"),
    (["Review of outside pathology slides", "Consultation on referred pathology slides"],
     ["Revisión de laminillas de patología de otro laboratorio", "Consulta sobre laminillas de patología enviadas"],
     "88321"),
    (["Review of imaging studies done elsewhere", "Consultation on outside imaging"],
     ["Revisión de estudios de imagen hechos en otro centro", "Consulta sobre estudios de imagen externos"], "76140"),
]
_SO_CENTERS = ["Northstar Academic Cancer Center", "Pacific Coast Comprehensive Cancer Institute",
               "Sierra University Cancer Center", "Golden Gate Academic Oncology Center",
               "Cedar Crest Oncology Institute", "Channel Islands University Cancer Hospital"]
_DMHC_PLAN_PHONE = "1-800-464-4000"


def _so_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b11_so"):
        return
    c.extra["b11_so"] = True
    _fmt(w, STYLES)
    en = c.extra["b11_fmt"]
    c.extra["b11_fmt_es"] = en if en in ("mdy", "ydot") and w.chance(0.5) else w.pick(list(STYLES_ES))
    story = w.pick(_SO_CANCERS)
    c.extra["so_story"] = story
    c.extra["so_center"] = w.pick(_SO_CENTERS)
    picks = [_SO_SERVICES[0]] + ([x for x in _SO_SERVICES[1:] if w.chance(0.45)])
    svcs, es_names = [], []
    for texts, texts_es, code in picks:
        k = w.rng.randrange(len(texts))
        svcs.append(dict(text=texts[k], codes=[code if code != "99245" or w.chance(0.6) else "99205"],
                         decision="denied"))
        es_names.append(texts_es[k])
    c.services = svcs
    c.extra["so_es_names"] = es_names
    texts, code = story["dx"]
    c.diagnoses = [dict(text=w.pick(texts), codes=[code])]
    c.criteria = []
    c.service = None
    c.extra["so_outright"] = "second_opinion.eligible_denied" in c.defects
    c.innet["specialty"] = story["spec"]
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = w.pick(["Hematology and Oncology", "Internal Medicine", story["spec"]])
    c.extra["so_copay"] = w.pick([0, 20, 30, 40, 50])


def _so_fd_es(w: W, day: dt.date) -> str:
    return b11date(day, w.c.extra["b11_fmt_es"])


def _so_reasons(w: W) -> list[tuple[str, str]]:
    """(English, Spanish) wordings of the reason; the letter prints one pair, the same in both languages."""
    c = w.c
    story, center, inn = c.extra["so_story"], c.extra["so_center"], c.innet
    cond, dx_es, spec_es = story["plain"], story["dx_es"], story["spec_es"]
    if c.extra["so_outright"]:
        return [
            (f"Your oncologist's treatment plan for {cond} follows current national guidelines, and another doctor's "
             f"opinion would not change it. A second opinion is not medically necessary, so we are not approving the "
             f"consultation at {center}.",
             f"El plan de tratamiento de su oncólogo para el {dx_es} sigue las guías nacionales actuales y la opinión "
             f"de otro médico no lo cambiaría. Una segunda opinión no es médicamente necesaria, por lo que no "
             f"aprobamos la consulta en {center}."),
            (f"The Kaiser Permanente physicians treating you have already reviewed your case, and we agree with their "
             f"recommendation. We do not find a clinical reason for a second opinion, and the request for a "
             f"consultation at {center} is denied.",
             f"Los médicos de Kaiser Permanente que le atienden ya revisaron su caso y estamos de acuerdo con su "
             f"recomendación. No encontramos una razón clínica para una segunda opinión, y se deniega la solicitud de "
             f"consulta en {center}."),
        ]
    return [
        (f"{center} is not a Kaiser Permanente plan provider. Our network has {inn['specialty'].lower()} specialists "
         f"who treat {cond} and are qualified to give you a second opinion, so the plan does not cover the outside "
         f"consultation. We have arranged a second opinion with {inn['name']}, {inn['specialty']}, at "
         f"{inn['facility']}.",
         f"{center} no es un proveedor del plan Kaiser Permanente. En nuestra red hay especialistas en {spec_es} que "
         f"tratan el {dx_es} y que están calificados para darle una segunda opinión; por eso el plan no cubre la "
         f"consulta externa. Le hemos programado una segunda opinión con {inn['name']} ({spec_es}) en "
         f"{inn['facility']}."),
        (f"We cannot approve the consultation at {center} because it is outside the Kaiser Permanente network and a "
         f"plan specialist with the same expertise is available: {inn['name']} ({inn['specialty']}, "
         f"{inn['facility']}) regularly treats {cond} and can answer your questions about the treatment plan.",
         f"No podemos aprobar la consulta en {center} porque está fuera de la red de Kaiser Permanente y hay un "
         f"especialista del plan con la misma experiencia: {inn['name']} ({spec_es}, {inn['facility']}) trata con "
         f"regularidad el {dx_es} y puede responder a sus preguntas sobre el plan de tratamiento."),
    ]


def reason_b11_so(w: W) -> str:
    _so_setup(w)
    k = w.rng.randrange(2)
    w.c.extra["so_reason_k"] = k
    return _so_reasons(w)[k][0]


def _reason_es(w: W) -> str:
    return _so_reasons(w)[w.c.extra["so_reason_k"]][1]


def _so_sections(w: W) -> list[tuple[str, object, object]]:
    """The letter as (kind, English, Spanish) pieces; the layouts below arrange them."""
    c = w.c
    story, center, inn = c.extra["so_story"], c.extra["so_center"], c.innet
    ms = _DMHC_PLAN_PHONE
    addr = V.GRIEVANCE_ADDR[c.region]
    outright = c.extra["so_outright"]
    urgent = c.urgency == "expedited"
    dshape = w.rng.randrange(4)
    dx = _dx(c.diagnoses[0], dshape)
    code_dx = c.diagnoses[0]["codes"][0]
    who_en = (f"Your doctor, {w.prov()}," if c.provider else "You") + " asked"
    who_es = (f"Su médico, {w.prov()}, pidió" if c.provider else "Usted pidió")
    out: list[tuple[str, object, object]] = []
    out.append(("title", w.pick(["Your request for a second opinion", "Decision on your second opinion request",
                                 "About your request for an outside second opinion"]),
                w.pick(["Su solicitud de una segunda opinión", "Decisión sobre su solicitud de segunda opinión"])))
    out.append(("intro",
                f"{who_en} for a second opinion from {center} about {dx}. The question is {story['q']}."
                + (" The request was marked urgent." if urgent else ""),
                f"{who_es} una segunda opinión en {center} sobre el {story['dx_es']} (código {code_dx}). La pregunta es "
                f"{story['q_es']}." + (" La solicitud se marcó como urgente." if urgent else "")))
    out.append(("services", None, None))
    appt_en, appt_es = _plain_day(w, inn["appt"]), _so_fd_es(w, inn["appt"])
    hour = w.pick(["8:40 a.m.", "9:15 a.m.", "10:30 a.m.", "1:20 p.m.", "2:45 p.m.", "3:10 p.m."])
    copay = c.extra["so_copay"]
    cost_en = ("There is no charge for this visit under your plan." if copay == 0 else
               f"You pay your usual specialist office visit copayment (${copay}).")
    cost_es = ("Esta consulta no tiene costo según su plan." if copay == 0 else
               f"Usted paga su copago habitual de consulta con especialista (${copay}).")
    if outright:
        out.append(("para", w.pick(["Decision: denied. We are not approving this second opinion.",
                                    "Our decision: the request is denied."]),
                    "Decisión: denegada. No aprobamos esta segunda opinión."))
    else:
        out.append(("para",
                    w.pick([f"Decision: we did not approve the visit at {center}. Instead, we approved a second opinion "
                            f"inside the Kaiser Permanente network with {inn['name']} ({inn['specialty']}) at "
                            f"{inn['facility']}. Your appointment is at {hour} on {appt_en}.",
                            f"Our decision: the outside consultation is denied, and a second opinion with a plan "
                            f"specialist is approved. We booked you with {inn['name']}, {inn['specialty']}, "
                            f"{inn['facility']}, at {hour} on {appt_en}."])
                    + f" {cost_en} If you prefer a different plan {inn['specialty'].lower()} specialist, at this or "
                      f"another Kaiser Permanente facility, call us at {c.phones['dept']} and we will arrange it.",
                    f"Decisión: no aprobamos la consulta en {center}. En su lugar aprobamos una segunda opinión dentro "
                    f"de la red de Kaiser Permanente con {inn['name']} ({story['spec_es']}) en {inn['facility']}. Su "
                    f"cita es a las {hour.replace('a.m.', 'a. m.').replace('p.m.', 'p. m.')} del {appt_es}. {cost_es} "
                    f"Si prefiere otro especialista del plan en {story['spec_es']}, en este u otro centro de Kaiser "
                    f"Permanente, llámenos al {c.phones['dept']} y lo organizaremos."))
    out.append(("reason", M("REASON", w.reason), _reason_es(w)))
    if c.reviewer and w.chance(0.65):
        name, cred, spec, rph = _rev(w)
        en = f"Reviewed by {name}" + (f", {cred}" if cred else "") + (f", {spec}" if spec else "") + "."
        es = f"Revisado por {name}" + (f", {cred}" if cred else "") + "."
        if rph:
            en += f" Your doctor may reach the reviewer at {rph}."
            es += f" Su médico puede comunicarse con el revisor al {rph}."
        out.append(("reviewer", en, es))
    if w.chance(0.75):
        out.append(("para",
                    "California law (Health and Safety Code section 1383.15) lets you, or a plan doctor who is treating "
                    "you, ask for a second opinion from an appropriately qualified health care professional. If no "
                    "plan provider has the training and expertise your condition needs, the plan must authorize a "
                    "second opinion outside the network. Our timelines for answering second opinion requests are "
                    "available on request.",
                    "La ley de California (sección 1383.15 del Código de Salud y Seguridad) le permite a usted, o a un "
                    "médico del plan que le atiende, pedir una segunda opinión a un profesional de salud debidamente "
                    "calificado. Si ningún proveedor del plan tiene la formación y experiencia que requiere su "
                    "afección, el plan debe autorizar una segunda opinión fuera de la red. Puede pedirnos nuestros "
                    "plazos para responder a las solicitudes de segunda opinión."))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    out.append(("head", "If you disagree: file a grievance", "Si no está de acuerdo: presente una queja"))
    out.append(("para",
                f"You may file a grievance (appeal) with Kaiser Permanente within {days} of the date of this letter. Call "
                f"Member Services at {ms} (TTY 711), write to {', '.join(addr)}, or visit a Member Services office. "
                "Tell us why you disagree and include any records you want us to consider. You may ask someone to "
                "file for you.",
                f"Puede presentar una queja (apelación) ante Kaiser Permanente dentro de los "
                f"{M('APPEAL_DAYS', f'{c.appeal_days} días')} siguientes a la fecha de esta carta. Llame a Servicio a "
                f"los Miembros al {ms} (TTY 711), escriba a {', '.join(addr)} o acuda a una oficina de Servicio a los "
                "Miembros. Explíquenos por qué no está de acuerdo y envíe los documentos que quiera que revisemos. "
                "Otra persona puede presentar la queja por usted."))
    out.append(("para",
                "If your health is in serious danger (for example severe pain, or a possible loss of life, limb or an "
                "important body function), ask for an urgent grievance. We will decide it within 3 days, and you may "
                "contact the Department of Managed Health Care right away without waiting for our decision.",
                "Si su salud corre un peligro grave (por ejemplo, dolor intenso o la posible pérdida de la vida, de una "
                "extremidad o de una función importante del cuerpo), pida una queja urgente. La decidiremos en un plazo "
                "de 3 días, y usted puede comunicarse de inmediato con el Departamento de Atención Médica Administrada "
                "sin esperar nuestra decisión."))
    if "notice.dmhc_statement" not in c.defects:
        out.append(("dmhc",
                    "The California Department of Managed Health Care is responsible for regulating health care service "
                    f"plans. If you have a grievance against your health plan, you should first call your plan at {ms} "
                    "(TTY 711) and use the plan's grievance process before contacting the Department. Using this "
                    "process does not take away any legal rights or remedies you may have. If you need help with a "
                    "grievance involving an emergency, a grievance your plan has not resolved to your satisfaction, or "
                    "a grievance that has stayed unresolved for more than 30 days, you may call the Department for "
                    "help. You may also be eligible for an Independent Medical Review (IMR). If you are, the IMR "
                    "process gives an impartial review of medical decisions a plan makes about the medical necessity "
                    "of a proposed service or treatment, coverage decisions for treatments that are experimental or "
                    "investigational, and payment disputes for emergency or urgent medical services. The Department's "
                    "toll-free number is 1-888-466-2219 (1-888-HMO-2219) and its TDD line for the hearing and speech "
                    "impaired is 1-877-688-9891. Complaint forms, IMR application forms and instructions are online "
                    "at www.dmhc.ca.gov.",
                    "El Departamento de Atención Médica Administrada de California (DMHC) regula los planes de servicios "
                    "de salud. Si tiene una queja contra su plan de salud, primero debe llamar a su plan al "
                    f"{ms} (TTY 711) y usar el proceso de quejas del plan antes de comunicarse con el Departamento. "
                    "Usar este proceso no le quita ningún derecho ni recurso legal que pueda tener. Si necesita ayuda "
                    "con una queja sobre una emergencia, con una queja que su plan no resolvió a su satisfacción o con "
                    "una queja que lleva más de 30 días sin resolverse, puede llamar al Departamento. También puede "
                    "tener derecho a una Revisión Médica Independiente (IMR). En ese caso, la IMR ofrece una revisión "
                    "imparcial de las decisiones médicas del plan sobre la necesidad médica de un servicio o "
                    "tratamiento propuesto, las decisiones de cobertura de tratamientos experimentales o en "
                    "investigación y las disputas de pago por servicios médicos de emergencia o urgencia. El número "
                    "gratuito del Departamento es 1-888-466-2219 y su línea TDD para personas con problemas de "
                    "audición o del habla es 1-877-688-9891. Los formularios de queja, las solicitudes de IMR y las "
                    "instrucciones están en www.dmhc.ca.gov."))
    if w.chance(0.6):
        out.append(("para",
                    "Free help with your grievance is also available from the Health Consumer Alliance, "
                    "1-888-804-3536.",
                    "También puede recibir ayuda gratuita con su queja de Health Consumer Alliance, 1-888-804-3536."))
    out.append(("sign", w.pick(["Member Relations, Kaiser Permanente", "Kaiser Permanente Referral and Second Opinion "
                                "Services", "Health Plan Review, Kaiser Foundation Health Plan, Inc."]),
                "Kaiser Permanente \u2013 " + w.pick(["Relaciones con los Miembros", "Servicios de Remisión y Segunda "
                                                      "Opinión"])))
    return out


def _so_head_rows(w: W) -> list[tuple[str, str, str]]:
    """(English label, Spanish label, value) rows of the case box."""
    c = w.c
    rows = [("Date", "Fecha", _dm(w, "DATE_LETTER", c.letter)), ("Member", "Miembro", w.name()),
            ("Medical record number", "Número de historia clínica", w.mid()),
            ("Reference", "Referencia", c.ids["ref"])]
    if c.received:
        rows.append(("Request received", "Solicitud recibida", _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        rows.append(("Decision date", "Fecha de la decisión", _dm(w, "DATE_DECISION", c.decision)))
    if c.provider:
        rows.append(("Requested by", "Solicitado por", w.prov()))
    return rows


def _es_date_line(w: W) -> str:
    """The letter date as the Spanish half prints it (marked: it is the letter date)."""
    return M("DATE_LETTER", _so_fd_es(w, w.c.letter))


def t_b11_so(w: W):
    _so_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 stacked, 1 side by side, 2 paragraph by paragraph
    st = _style(w, ["helvetica", "times"], [9.0, 9.5] if variant == 1 else [9.5, 10.0, 10.5])
    if variant == 1:
        st.margin_l = st.margin_r = w.pick([42.0, 48.0])
    region = c.region
    entity, group = V.REGION_ENTITY[region]
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente HMO", "Kaiser Foundation Health Plan, Inc. (HMO)",
                                     "your Kaiser Permanente HMO plan"]))
    st.footer = [w.pick(["Page {page} of {pages} / Página {page} de {pages}", f"{c.ids['ref']} \u00b7 {{page}}/{{pages}}",
                         "{page}"])]
    st.footer_align = w.pick(["center", "right"])
    secs = _so_sections(w)
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"{M('REGION', region)} \u00b7 {plan_cue}", group],
                   right=V.GRIEVANCE_ADDR[region][1:]))
    if w.chance(0.6):
        b.append(w.p(w.pick(["Spanish translation follows / La traducción al español está incluida",
                             "English and Spanish / Inglés y español",
                             "Esta carta está en inglés y en español."]), size=8.5, italic=True, space_before=4))
    head = _so_head_rows(w)
    services = c.services
    es_names = c.extra["so_es_names"]

    def en_services() -> list[Block]:
        out = [w.p(w.pick(["What was requested:", "Services requested:"]), bold=True, space_before=6)]
        for s in services:
            out.append(w.p(f"- {M('SERVICE', s['text'])} (CPT {_code(s['codes'][0])})", indent=12,
                           space_before=1))
        return out

    def es_services() -> list[Block]:
        out = [w.p("Servicios solicitados:", bold=True, space_before=6)]
        for s, nm in zip(services, es_names, strict=False):
            out.append(w.p(f"- {nm} (CPT {s['codes'][0]})", indent=12, space_before=1))
        return out

    if variant == 0:  # English letter, then the Spanish letter
        b.append(w.p(head[0][2], space_before=10))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        for lab, _, val in head[2:]:
            b.append(w.p(f"{lab}: {val}", space_before=1, size=9))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        for kind, en, _ in secs:
            b += _so_render(w, kind, en, "en", en_services)
        b.append(Block("pagebreak") if w.chance(0.6) else Block("rule", size=1.5))
        b.append(w.p(w.pick(["VERSIÓN EN ESPAÑOL", "Traducción al español de la carta anterior",
                             "CARTA EN ESPAÑOL"]), bold=True, size=12, space_before=6))
        b.append(w.p(_es_date_line(w), space_before=6))
        for lab_en, lab_es, val in head[1:]:
            if lab_en == "Date":
                continue
            if lab_en in ("Request received", "Decision date"):
                day = c.received if lab_en == "Request received" else c.decision
                val = M("DATE_RECEIVED" if lab_en == "Request received" else "DATE_DECISION", _so_fd_es(w, day))
            b.append(w.p(f"{lab_es}: {val}", space_before=1, size=9))
        b.append(w.p(f"Estimado(a) {c.member_salute}:", space_before=10))
        for kind, _, es in secs:
            b += _so_render(w, kind, es, "es", es_services)
    elif variant == 2:  # each paragraph in English, then in Spanish
        b.append(w.p(f"{head[0][2]} / {_es_date_line(w)}", space_before=10))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        for lab_en, lab_es, val in head[2:]:
            b.append(w.p(f"{lab_en} / {lab_es}: {val}", space_before=1, size=9))
        b.append(w.p(f"Dear {c.member_salute}: / Estimado(a) {c.member_salute}:", space_before=10))
        for kind, en, es in secs:
            b += _so_render(w, kind, en, "en", en_services)
            b += _so_render(w, kind, es, "es", es_services, italic=True)
    else:  # side by side: the case box, items and reason across the page, the rest in two columns
        rows = [[f"{lab_en} / {lab_es}", val] for lab_en, lab_es, val in head]
        b.append(Block("table", rows=[["Case / Caso", ""]] + rows, size=8.5, space_before=8))
        b.append(w.p(w.name(), space_before=6))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        dx = c.diagnoses[0]
        b.append(w.p(f"Diagnosis / Diagnóstico: {_dx(dx, w.rng.randrange(4))} \u2013 {c.extra['so_story']['dx_es']}",
                     size=9, space_before=6))
        trows = [["Service requested", "Servicio solicitado", "CPT"]]
        for s, nm in zip(services, es_names, strict=False):
            trows.append([M("SERVICE", s["text"]), nm, _code(s["codes"][0])])
        b.append(Block("table", rows=trows, size=8.0, space_before=6))
        for kind, en, es in secs:
            if kind in ("services",):
                continue
            if kind == "title":
                b.append(w.p(f"{en} / {es}", bold=True, size=11.5, space_before=10))
            elif kind == "intro":
                b.append(w.p(en, space_before=8))
                b.append(w.p(es, italic=True, space_before=2))
            elif kind in ("reason", "reviewer"):
                lab = ("Reason / Motivo" if kind == "reason" else "Reviewer / Revisor")
                b.append(w.p(lab, bold=True, space_before=8, size=9))
                b.append(w.p(en, boxed=kind == "reason", space_before=2))
                b.append(w.p(es, italic=True, space_before=2))
            else:
                b += _twocol(w, st, en, es, bold=kind in ("head", "dmhc", "sign"))
    b.append(_nondiscrimination(w))
    if w.chance(0.5):
        b.append(w.small("Kaiser Permanente cumple con las leyes federales de derechos civiles y no discrimina por raza, "
                         "color, origen nacional, edad, discapacidad o sexo.", space_before=2))
    b += _taglines(w, "CA", w.pick(["Language assistance / Asistencia con el idioma", "Free language help",
                                    "Interpreter services"]), lead="en" if w.chance(0.5) else None)
    return b, st, ["so_bilingual_stacked", "so_bilingual_side_by_side", "so_bilingual_interleaved"][variant]


def _so_render(w: W, kind: str, text, lang: str, services_fn, italic: bool = False) -> list[Block]:
    """One section of the letter in one language, as full-width paragraphs."""
    if kind == "services":
        blocks = services_fn()
        if italic:
            for bl in blocks:
                bl.italic = not bl.bold
        return blocks
    if kind == "title":
        return [w.p(text, bold=True, size=12, space_before=10)]
    if kind == "head":
        return [w.h(text, space_before=10)]
    if kind == "dmhc":
        return [w.p(text, bold=True, size=9.5 if lang == "en" else 9.0, space_before=8)]
    if kind == "sign":
        return [w.p(text, bold=True, space_before=10)]
    if kind == "reason" and lang == "en":
        return [w.p(text, space_before=6)]
    return [w.p(text, italic=italic, space_before=6 if not italic else 3)]


def _twocol(w: W, st: Style, en: str, es: str, bold: bool = False) -> list[Block]:
    """English on the left and Spanish on the right, each wrapped to its column (markers never break)."""
    size = st.size - (0.5 if bold else 0.0)
    avail = PAGE_W - st.margin_l - st.margin_r
    font = st.font(bold=bold)
    left = _wrap_marked(en, font, size, avail * 0.52 - 12)
    right = _wrap_marked(es, st.font(), size, avail * 0.48 - 2)
    if any(width(strip(x)[0], font, size) > avail * 0.52 - 8 for x in left) or \
            any(width(strip(x)[0], font, size) > avail * 0.48 for x in right):
        return [w.p(en, bold=bold, space_before=6), w.p(es, bold=bold, italic=not bold, space_before=2)]
    if bold:
        left = ["**" + x for x in left]
        right = ["**" + x for x in right]
    return [Block("twocol", left=left, right=right, size=size, space_before=6)]


BLIND11_TEMPLATES["blind11_ca_second_opinion_bilingual"] = (t_b11_so, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["second_opinion_denial"], cats=["second_opinion"],
    reason=reason_b11_so))
MODELED_ON["blind11_ca_second_opinion_bilingual"] = (
    "blind11: Kaiser Permanente California (Northern or Southern) commercial HMO letter about a request for a second "
    "opinion at an outside cancer center, printed in English and Spanish (stacked, side by side in two columns, or "
    "paragraph by paragraph): redirected to a qualified plan specialist of the same specialty with an appointment, or "
    "refused outright (the planted eligible-denied defect), with Health and Safety Code section 1383.15, a 180-day "
    "grievance, a 3-day urgent grievance, the DMHC statement with IMR and Health Consumer Alliance")
