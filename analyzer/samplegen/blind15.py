"""Fifteenth blind evaluation set: four templates written without sight of the extractor, to be measured once.

Registered in ``BLIND15_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind15_nw_advanced_imaging")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind15_nw_advanced_imaging``: Kaiser Permanente Northwest (Oregon or southwest Washington member) commercial
   HMO or ERISA employer group plan denial of advanced imaging ordered by a clinician (MRI, CT, PET/CT, nuclear
   stress test, coronary CT angiography), sometimes approving a different study instead (X-ray first, MRI without
   contrast, stress echocardiogram); a peer-to-peer conversation is offered to the ordering clinician; 180-day
   appeal, 72-hour urgent appeal, external review within 4 months after the final internal decision, the state
   insurance regulator by name (no telephone number: the catalogue has none verified) or EBSA for ERISA plans.
2. ``blind15_va_erisa_stimulator_attachment``: Kaiser Permanente Mid-Atlantic States ERISA employer group plan
   (Virginia member) adverse benefit determination on a spinal cord stimulator trial or implant, a sacral nerve
   stimulator or an intrathecal pump; the rights (180 days, 72-hour urgent review, 30-day pre-service appeal
   decision, external review within 4 months, ERISA section 502(a), EBSA and the Virginia Office of the Managed Care
   Ombudsman) come before an enclosed "clinical rationale" / "reviewer summary" page written as a short report.
3. ``blind15_wa_outside_second_opinion``: Kaiser Permanente Washington member's request for a second opinion at an
   outside cancer center or outside specialist, refused with a Plan specialist of the same specialty offered; the
   plan's own reason (Evidence of Coverage) only, no second-opinion statute (the catalogue gives none for
   Washington); 180-day appeal, urgent appeal, independent review, Office of the Insurance Commissioner by name.
4. ``blind15_scal_dual_special_needs_dme``: Kaiser Permanente Southern California Senior Advantage organization
   determination for a member who has both Medicare and Medi-Cal, denying or partly approving durable medical
   equipment (power wheelchair, hospital bed, CPAP supplies, home oxygen) with HCPCS E/K/A codes in a table of
   items; Medicare coverage rules (NCD/LCD) named; 60-day reconsideration, 72-hour fast appeal, automatic
   Independent Review Entity; the Medi-Cal coverage is mentioned without any Medi-Cal appeal right.

Dates use this set's own styles (``b15date``); ``parse_blind15_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from . import vocab as V
from .case import _flags, address, person, phone
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

# registry, filled in template by template below
BLIND15_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def b15date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "long":  # March 5, 2025
        return f"{mon} {d.day}, {d.year}"
    if style == "mdy":  # 03/05/2025
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "mdy1":  # 3/5/2025
        return f"{d.month}/{d.day}/{d.year}"
    if style == "upper":  # MAR 05 2025
        return f"{mon[:3].upper()} {d.day:02d} {d.year}"
    if style == "wd3":  # Wed, Mar 5, 2025
        return f"{_WD3[d.weekday()]}, {mon[:3]} {d.day}, {d.year}"
    if style == "dmy":  # 5 March 2025
        return f"{d.day} {mon} {d.year}"
    if style == "ord":  # March 5th, 2025
        return f"{mon} {_ordinal(d.day)}, {d.year}"
    if style == "ymd":  # 2025/03/05
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


STYLES = ("long", "mdy", "mdy1", "upper", "wd3", "dmy", "ord", "ymd")


def parse_blind15_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b15date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z]{3}) (\d{2}) (\d{4})", t)
        if m and m[1].title() in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[1].title()) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]{2}), ([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", t)
        if m and m[2] in _MON3 and m[1] in _WD3:
            day = dt.date(int(m[4]), _MON3.index(m[2]) + 1, int(m[3]))
            return day if _WD3[day.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", t)
        if m and m[2] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2})(st|nd|rd|th)?, (\d{4})", t)
        if m and m[1] in MONTHS:
            day = dt.date(int(m[4]), MONTHS.index(m[1]) + 1, int(m[2]))
            if m[3] and _ordinal(day.day) != f"{m[2]}{m[3]}":
                return None
            return day
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b15_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None, style: str | None = None) -> str:
    return b15date(day, style or w.c.extra["b15_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None, style: str | None = None) -> str:
    return M(label, _fd(w, day, style)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _low(s: str) -> str:
    first = s.split(" ")[0]
    if len(first) > 1 and (first[:2].isupper() or any(ch.isdigit() for ch in first)):
        return s
    return s[:1].lower() + s[1:]


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([48.0, 54.0, 62.0, 72.0]),
               margin_t=w.pick([36.0, 44.0, 52.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0, 12.0])
    return st


def _code(x: str) -> str:
    from .case import code_label

    return M(code_label(x), x)


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _pretty_dept_phone(w: W, state: str) -> str:
    return phone(w.rng, state)


def _member_number(w: W, kind: str) -> str:
    """A member or record number in one of this set's shapes."""
    r = w.rng
    if kind == "nw":
        return w.pick([f"{r.randint(10**6, 10**7 - 1)}", f"NW{r.randint(10**6, 10**7 - 1)}",
                       f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"])
    if kind == "ma":
        return w.pick([f"{r.randint(10**7, 10**8 - 1)}", f"M{r.randint(10**7, 10**8 - 1)}",
                       f"{r.randint(1000, 9999)} {r.randint(1000, 9999)}"])
    if kind == "wa":
        return w.pick([f"{r.randint(10**7, 10**8 - 1)}-{r.randint(10, 99)}", f"W{r.randint(10**6, 10**7 - 1)}",
                       f"{r.randint(10**8, 10**9 - 1)}"])
    return w.pick([f"{r.randint(10**7, 10**8 - 1)}", f"10{r.randint(10**6, 10**7 - 1)}",
                   f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"])


def _doctor(w: W) -> tuple[str, str]:
    name, _, last = person(w.rng, 0.2)
    full = w.pick([f"{name}, MD", f"{name}, M.D.", f"{name}, DO", f"Dr. {name}", f"{name}, PA-C", f"{name}, NP"])
    short = f"Dr. {last}" if not full.endswith(("PA-C", "NP")) else name
    return full, short


# taglines: one line per language; {ph} is the plan's number, {tty} its TTY
_TAGS = {
    "es": ("Español", "AVISO: Si usted habla español, puede pedir ayuda gratuita con el idioma. Llame al {ph} "
           "(TTY {tty})."),
    "zh": ("中文", "提示：如果您說中文，我們可以免費為您提供語言協助服務。請撥打 {ph}（TTY {tty}）。"),
    "vi": ("Tiếng Việt", "LƯU Ý: Nếu quý vị nói Tiếng Việt, chúng tôi có dịch vụ hỗ trợ ngôn ngữ miễn phí. Xin gọi "
           "{ph} (TTY {tty})."),
    "ru": ("Русский", "ВНИМАНИЕ: Если вы говорите по-русски, вы можете бесплатно получить помощь переводчика. "
           "Звоните по номеру {ph} (TTY {tty})."),
    "ko": ("한국어", "안내: 한국어를 하시는 경우 무료 언어 지원을 받으실 수 있습니다. {ph} (TTY {tty})번으로 연락하십시오."),
    "tl": ("Tagalog", "PAALALA: Kung Tagalog ang wika mo, may libreng tulong sa wika para sa iyo. Tumawag sa {ph} "
           "(TTY {tty})."),
    "uk": ("Українська", "УВАГА: Якщо ви розмовляєте українською, ви можете безкоштовно отримати допомогу "
           "перекладача. Телефонуйте {ph} (TTY {tty})."),
    "so": ("Soomaali", "OGEYSIIS: Haddii aad ku hadasho Soomaali, waxaa laguu heli karaa caawimaad luqadeed oo "
           "bilaash ah. Wac {ph} (TTY {tty})."),
    "ar": ("العربية", "تنبيه: إذا كنت تتحدث العربية، تتوفر لك خدمات المساعدة اللغوية مجاناً. اتصل على {ph} "
           "(TTY {tty})."),
    "ro": ("Română", "ATENȚIE: Dacă vorbiți limba română, vă stau la dispoziție servicii gratuite de asistență "
           "lingvistică. Sunați la {ph} (TTY {tty})."),
    "am": ("አማርኛ", "ማሳሰቢያ፦ አማርኛ የሚናገሩ ከሆነ ነፃ የቋንቋ እርዳታ ያገኛሉ። በ {ph} (TTY {tty}) ይደውሉ።"),
    "fr": ("Français", "AVIS : Si vous parlez français, une aide linguistique gratuite est à votre disposition. "
           "Appelez le {ph} (TTY {tty})."),
    "fa": ("فارسی", "توجه: اگر به فارسی صحبت می کنید، کمک زبانی رایگان در اختیار شماست. با {ph} (TTY {tty}) تماس "
           "بگیرید."),
    "ja": ("日本語", "ご案内：日本語を話される方は、無料の言語支援をご利用いただけます。{ph}（TTY {tty}）までお電話ください。"),
    "hy": ("Հայերեն", "ՏԵՂԵԿՈՒԹՅՈՒՆ. Եթե խոսում եք հայերեն, կարող եք անվճար լեզվական օգնություն ստանալ։ "
           "Զանգահարեք {ph} (TTY {tty})։"),
    "km": ("ខ្មែរ", "សេចក្តីជូនដំណឹង៖ ប្រសិនបើអ្នកនិយាយភាសាខ្មែរ អ្នកអាចទទួលបានជំនួយភាសាដោយឥតគិតថ្លៃ។ ទូរស័ព្ទ {ph} "
           "(TTY {tty})។"),
    "pa": ("ਪੰਜਾਬੀ", "ਸੂਚਨਾ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਨੂੰ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਮਿਲ ਸਕਦੀ ਹੈ। {ph} (TTY {tty}) 'ਤੇ "
           "ਕਾਲ ਕਰੋ।"),
    "de": ("Deutsch", "HINWEIS: Wenn Sie Deutsch sprechen, erhalten Sie kostenlose Sprachhilfe. Rufen Sie {ph} "
           "(TTY {tty}) an."),
}
_TAG_SETS = {
    "NW": ["es", "ru", "vi", "zh", "uk", "ko", "ro", "ar", "so", "ja", "am", "fa", "de"],
    "VA": ["es", "ko", "vi", "zh", "ar", "am", "tl", "fa", "fr", "ru", "de", "ja"],
    "WA": ["es", "zh", "vi", "ko", "ru", "so", "uk", "tl", "am", "ar", "ja", "fr"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km"],
}


def _taglines(w: W, key: str, heading: str, ph: str, tty: str = "711") -> list[Block]:
    """One line per language; nothing at all when the language-assistance defect is planted."""
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    langs = head + rest[: w.rng.randint(len(rest) - 3, len(rest))]
    labelled = w.chance(0.5)
    out = [w.h(heading, space_before=10, size=8.0)]
    for code in langs:
        name, t = _TAGS[code]
        t = t.replace("{ph}", ph).replace("{tty}", tty)
        if labelled:
            t = f"[{name}] {t}"
        out.append(Block("para", text=t, size=6.8, unicode=_uni(t), space_before=1.0))
    return out


def _nondiscrimination(w: W) -> str:
    t = w.pick([
        "Kaiser Permanente follows federal civil rights laws and does not discriminate on the basis of race, color, "
        "national origin, age, disability, or sex.",
        "We do not treat people differently because of race, color, national origin, age, disability, or sex.",
    ])
    if not _has(w.c, "notice.language_assistance"):
        t += w.pick([" Interpreters and translated materials are available at no cost.",
                     " Free language help, including interpreters, is available on request."])
    return t


# === 1. Kaiser Permanente Northwest: advanced imaging (commercial HMO or ERISA group) ==============================

# studies: requested line (texts, code), alternative line that may be approved instead, diagnoses, reviewer
# specialties, facts (with and without a word about criteria), criteria names
_NW_STUDIES = [
    dict(key="lspine", req=(["MRI lumbar spine without and with contrast", "MRI of the lower back, without and with "
                             "contrast"], "72158"),
         alt=(["MRI lumbar spine without contrast", "MRI of the lower back without contrast"], "72148"),
         dx=[(["Radiculopathy, lumbar region", "Lumbar radiculopathy"], "M54.16"),
             (["Low back pain, unspecified", "Low back pain"], "M54.50")],
         spec=["Diagnostic Radiology", "Neuroradiology"],
         facts=["you have had back and leg pain for three weeks, the notes describe normal strength and reflexes, "
                "and there has been no back surgery, infection or cancer; contrast adds nothing for a first scan of "
                "the lower back in that situation",
                "the clinic note from your visit shows no weakness, numbness in the groin or loss of bladder control, "
                "and no history of surgery on the spine; the criteria call for a scan without contrast when one is "
                "needed at all"],
         nocrit=[("the criteria call for a scan without contrast when one is needed at all",
                  "a scan without contrast answers the question when one is needed at all")],
         crit=["ACR Appropriateness Criteria: Low Back Pain",
               "Kaiser Permanente Northwest Imaging Guideline: Spine MRI"]),
    dict(key="knee", req=(["MRI right knee without contrast", "MRI of the right knee (no contrast)"], "73721"),
         alt=(["X-ray right knee, 3 views", "Right knee radiographs, three views"], "73562"),
         dx=[(["Pain in right knee"], "M25.561"), (["Unilateral primary osteoarthritis, right knee"], "M17.11")],
         spec=["Diagnostic Radiology", "Musculoskeletal Radiology"],
         facts=["there is no knee X-ray in your record from the past year, and the visit note describes knee pain "
                "with stiffness in the morning and no locking, giving way or injury; the guideline asks for weight-"
                "bearing X-rays first in that case",
                "your knee pain began slowly over several months without an injury, and the examination found no "
                "sign of a torn ligament or meniscus; X-rays are the first test for this kind of knee pain"],
         nocrit=[("the guideline asks for weight-bearing X-rays first in that case",
                  "weight-bearing X-rays are the usual first test in that case")],
         crit=["ACR Appropriateness Criteria: Chronic Knee Pain",
               "MCG Ambulatory Care guideline: Magnetic Resonance Imaging, Knee"]),
    dict(key="brain", req=(["MRI brain without and with contrast", "Brain MRI, without and with contrast"], "70553"),
         alt=(["MRI brain without contrast", "Brain MRI without contrast"], "70551"),
         dx=[(["Headache, unspecified", "Headache"], "R51.9"),
             (["Migraine, unspecified, not intractable, without status migrainosus"], "G43.909")],
         spec=["Neuroradiology", "Neurology"],
         facts=["your headaches have the same pattern they have had for years, and the neurological examination "
                "in the note was normal with no new weakness, vision change or confusion; an MRI is not expected to "
                "change your treatment",
                "the record describes headaches that began in your teens and respond to your migraine medicine, "
                "and your examination was normal; the criteria for brain imaging (a new pattern, an abnormal "
                "examination, or warning signs) are not present"],
         nocrit=[("the criteria for brain imaging (a new pattern, an abnormal examination, or warning signs) are not "
                  "present", "none of the warning signs that call for brain imaging (a new pattern, an abnormal "
                  "examination) are present")],
         crit=["ACR Appropriateness Criteria: Headache",
               "Kaiser Permanente Northwest Imaging Guideline: Brain MRI for Headache"]),
    dict(key="spect", req=(["Myocardial perfusion imaging (SPECT), rest and stress", "Nuclear stress test, SPECT "
                            "myocardial perfusion, multiple studies"], "78452"),
         alt=(["Stress echocardiogram", "Echocardiogram with exercise stress"], "93350"),
         dx=[(["Chest pain, unspecified"], "R07.9"), (["Shortness of breath"], "R06.02")],
         spec=["Cardiology", "Nuclear Cardiology"],
         facts=["you are able to walk on a treadmill, your resting ECG is normal, and a stress echocardiogram "
                "gives the same information without radiation; a nuclear study is used when exercise is not "
                "possible or the ECG cannot be read",
                "the notes show that you exercise regularly and your resting ECG has no changes that would make "
                "an exercise test hard to read, so the guideline prefers a stress echocardiogram first"],
         nocrit=[("so the guideline prefers a stress echocardiogram first",
                  "so a stress echocardiogram is the better first test")],
         crit=["ACC/AHA 2021 Guideline for the Evaluation and Diagnosis of Chest Pain",
               "Kaiser Permanente Northwest Cardiac Imaging Criteria"]),
    dict(key="petct", req=(["PET/CT skull base to mid-thigh", "PET with CT, skull base to mid-thigh"], "78815"),
         alt=(["CT chest without contrast (follow-up)", "Follow-up CT of the chest without contrast"], "71250"),
         dx=[(["Solitary pulmonary nodule"], "R91.1")],
         spec=["Nuclear Medicine", "Diagnostic Radiology"],
         facts=["the nodule on your CT measures 6 millimeters, and PET scans cannot reliably tell whether a nodule "
                "that small is cancer; the follow-up plan for a nodule of this size is a repeat chest CT",
                "the CT report describes a 5 millimeter solid nodule; PET is used for solid nodules of 8 millimeters "
                "or more, and the criteria recommend a repeat CT in 6 to 12 months for a smaller nodule"],
         nocrit=[("the criteria recommend a repeat CT", "the usual next step is a repeat CT")],
         crit=["Fleischner Society 2017 Guidelines for Management of Incidental Pulmonary Nodules",
               "Kaiser Permanente Northwest PET/CT Coverage Criteria"]),
    dict(key="ccta", req=(["CT angiography of the coronary arteries", "Coronary CT angiography (CCTA) with "
                           "contrast"], "75574"),
         alt=None,
         dx=[(["Other chest pain"], "R07.89")],
         spec=["Cardiology", "Cardiovascular Imaging"],
         facts=["you had a normal stress echocardiogram four months ago, your chest discomfort is unchanged since "
                "then, and the notes do not describe new symptoms; repeat testing is not expected to change your care",
                "the record shows a normal coronary calcium score last year and chest pain that comes with certain "
                "movements and tenderness of the chest wall, which points away from the heart"],
         nocrit=[],
         crit=["ACC/AHA 2021 Guideline for the Evaluation and Diagnosis of Chest Pain",
               "MCG Ambulatory Care guideline: Coronary Computed Tomographic Angiography"]),
]
_NW_REGULATOR = {"OR": "Oregon Division of Financial Regulation",
                 "WA": "Washington State Office of the Insurance Commissioner"}


def _nw_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b15_nw"):
        return
    c.extra["b15_nw"] = True
    _fmt(w, ("long", "mdy", "upper", "wd3", "ord"))
    c.region = "Northwest"
    c.member_addr = address(w.rng, c.state)
    partial = c.letter_kind == "partial_denial"
    pool = [s for s in _NW_STUDIES if s["alt"] or not partial]
    story = w.pick(pool)
    c.extra["nw_story"] = story
    c.services = [dict(text=w.pick(story["req"][0]), codes=[story["req"][1]], decision="denied")]
    if partial:
        t, cd = story["alt"]
        c.services.append(dict(text=w.pick(t), codes=[cd], decision="approved"))
    dx = story["dx"] if w.chance(0.5) else story["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.criteria = []
    if not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = list(story["crit"]) if w.chance(0.35) else [w.pick(story["crit"])]
    fact = w.pick(story["facts"])
    if not c.criteria:
        for a, b2 in story["nocrit"]:
            fact = fact.replace(a, b2)
    c.extra["nw_fact"] = fact
    prov, short = _doctor(w)
    c.provider, c.provider_short = prov, short
    c.service = c.extra["planned"] if (c.extra.get("planned") and w.chance(0.6)) else None
    if c.reviewer:
        if not _has(c, "process.reviewer_not_physician"):
            c.reviewer["specialty"] = w.pick(story["spec"]) if w.chance(0.8) else None
            c.reviewer["credentials"] = w.pick(["MD", "M.D.", "DO", "MD, FACR"]) if w.chance(0.85) else None
        if w.chance(0.3):
            c.reviewer["phone"] = None
        else:
            c.reviewer["phone"] = phone(w.rng, c.state, w.rng.randrange(3))
    c.extra["nw_p2p"] = phone(w.rng, c.state)
    c.extra["nw_um"] = phone(w.rng, c.state)
    c.extra["nw_show_rev"] = bool(c.reviewer) and (_has(c, "process.reviewer_not_physician") or w.chance(0.75))
    _flags(c)


def reason_b15_nw(w: W) -> str:
    _nw_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The requested imaging is not medically necessary.", "Medical necessity criteria not met.",
                       "This study does not meet criteria for approval.", "Not medically necessary at this time."])
    fact = c.extra["nw_fact"]
    req = c.services[0]["text"]
    if c.letter_kind == "partial_denial":
        alt = c.services[1]["text"]
        return w.pick([
            f"The {_low(req)} is not approved because {fact}. We have approved the {_low(alt)} instead.",
            f"We approved the {_low(alt)} in place of the {_low(req)}. The study that was ordered is not medically "
            f"necessary for you now: {fact}.",
        ])
    return w.pick([
        f"The {_low(req)} is not medically necessary at this time because {fact}.",
        f"We cannot approve the {_low(req)}: {fact}.",
        f"After reviewing the records your clinician sent, the reviewer found that {fact}. For this reason the "
        f"{_low(req)} is not approved.",
    ])


def _nw_reviewer_text(w: W, how: int) -> str:
    c = w.c
    r = c.reviewer
    who = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    if _has(c, "process.reviewer_not_physician"):
        return w.pick([f"This determination was completed by {who}{cred}, {c.reviewer_title}.",
                       f"Reviewed by: {who}{cred} ({c.reviewer_title})"])
    spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
    if how == 0:
        t = f"The physician who reviewed this request is {who}{cred}"
        t += (w.pick([f", a specialist in {spec}", f" ({spec})", f", {spec}"]) if spec else "") + "."
    elif how == 1:
        t = f"Physician reviewer: {who}{cred}" + (f" \u2013 {spec}" if spec else "")
    else:
        t = f"{who}{cred} reviewed your clinician's request" + (f" and is board certified in {spec}" if spec else "") + "."
    return t


def t_b15_nw(w: W):
    _nw_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times", "courier"], [9.0, 9.5, 10.0, 10.5])
    variant = w.rng.randrange(3)  # 0 member letter, 1 clinician determination with member copy, 2 bulleted notice
    erisa = c.plan_type == "erisa_group"
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    story = c.extra["nw_story"]
    entity = V.REGION_ENTITY["Northwest"][0]
    addr = V.GRIEVANCE_ADDR["Northwest"]
    ref = c.ids["ref"]
    um = c.extra["nw_um"]
    p2p = c.extra["nw_p2p"]
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    svc_date = _dm(w, "DATE_SERVICE", c.service) if c.service else ""
    req = c.services[0]
    if erisa:
        plan_cue = M("PLAN_CUE", w.pick([f"{c.extra['employer']} Employee Health Plan (ERISA)",
                                         f"{c.extra['employer']} group health plan \u2013 Kaiser Permanente HMO",
                                         "Employer group plan subject to ERISA"]))
    else:
        plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente HMO", "KP Northwest commercial HMO",
                                         "Kaiser Permanente Individual and Family Plan (HMO)",
                                         f"Kaiser Permanente {'Oregon' if c.state == 'OR' else 'Washington'} HMO"]))
    st.footer = [w.pick(["Page {page} of {pages}", f"Ref. {ref} | page {{page}}", "{page}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    if w.chance(0.55):
        st.header = [w.pick([f"{c.member_name} \u2013 imaging determination {ref}",
                             f"Authorization {ref} (continued)", f"KP Northwest UM \u2013 {c.member_name}"])]
    b: list[Block] = []
    region = M("REGION", "Northwest")
    if variant == 2:
        b.append(w.p("KAISER PERMANENTE", bold=True, size=13, space_before=0))
        b.append(w.p(f"{region} Region \u00b7 Utilization Management \u00b7 Imaging Review", size=8.5, space_before=1))
        b.append(Block("rule"))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                       left=["KAISER PERMANENTE", f"{region} Region",
                             w.pick(["Utilization Management \u2013 Advanced Imaging", "Imaging Authorization Review"])],
                       right=[entity, addr[2], addr[3], f"Fax {c.phones['fax']}"]))
    title = "Partial approval of imaging request" if partial else w.pick(["Imaging request not approved",
                                                                          "Notice of adverse benefit determination",
                                                                          "Advanced imaging authorization denial"])
    if urgent:
        title += " \u2013 urgent review"
    rows = [("Patient", w.name()), (w.pick(["Health record number", "Member ID", "MRN"]), w.mid()),
            ("Plan", plan_cue), ("Ordering clinician", w.prov()), ("Authorization no.", ref)]
    if rec:
        rows.append(("Request received", rec))
    if dec:
        rows.append(("Date of decision", dec))
    if svc_date:
        rows.append(("Scheduled exam date", svc_date))
    greeting = f"Dear {c.member_salute}" + w.pick([":", ","])
    if variant == 1:
        b.append(w.p(title.upper(), bold=True, size=11.5, space_before=8))
        b.append(Block("twocol", left=[f"Date: {sent}", f"To: {w.prov()}", f"Fax: {phone(w.rng, c.state)}",
                                       "Member copy mailed to the patient"],
                       right=[f"{k}: {v}" for k, v in rows if k not in ("Ordering clinician", "Plan")],
                       size=st.size - 1, space_before=8))
        b.append(w.p(f"Plan: {plan_cue}", size=st.size - 1, space_before=2))
        greeting = f"Dear {c.provider_short}:"
    else:
        b.append(w.p(sent, space_before=10))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(("RE: " if variant == 0 else "") + title, bold=True, space_before=10))
        if variant == 0:
            for k, v in rows:
                b.append(w.p(f"{k}: {v}", space_before=0.5, indent=14, size=st.size - 0.5))
        else:
            b.append(Block("table", rows=[[k, v] for k, v in rows], header_row=False, size=8.5, space_before=6))
    b.append(w.p(greeting, space_before=10))
    you = "your patient" if variant == 1 else "you"
    your = "your patient's" if variant == 1 else "your"
    ordered = M("SERVICE", req["text"])
    if variant == 1:
        opening = w.pick([
            f"Kaiser Permanente reviewed your order for {ordered} ({_code(req['codes'][0])}) for the member named "
            "above" + (f", received {rec}." if rec else "."),
            f"We have completed the medical necessity review of your request for {ordered}, CPT "
            f"{_code(req['codes'][0])}" + (f", which we received on {rec}." if rec else "."),
        ])
    else:
        opening = w.pick([
            f"{w.prov()} asked us to approve {ordered} for you" + (f". We received the request on {rec}." if rec
                                                                      else "."),
            f"We reviewed a request from {w.prov()} for {ordered}" + (f", received {rec}." if rec else ".")
            + " Advanced imaging such as MRI, CT, PET and nuclear studies must be approved before it is done.",
        ])
    b.append(w.p(opening))
    if urgent:
        b.append(w.p(w.pick(["The request was marked urgent, so it was reviewed on an expedited basis.",
                             "Because the clinician asked for an urgent review, we made this decision on an "
                             "expedited timeline."])))
    if dec and w.chance(0.4):
        b.append(w.p(f"The decision was made on {dec}."))

    def sec(t: str) -> Block:
        if variant == 2:
            return w.h(t.upper(), space_before=10, size=st.size)
        return w.h(t, space_before=10, shade=variant == 1)

    # decision
    b.append(sec(w.pick(["Decision", "Our decision", "What we decided"])))
    if partial or w.chance(0.5):
        trows = [["Study", "CPT", "Decision"]]
        for s in c.services:
            trows.append([M("SERVICE", s["text"]), _code(s["codes"][0]),
                          "Approved" if s["decision"] == "approved" else w.pick(["Not approved", "Denied"])])
        if variant == 2:
            for r in trows[1:]:
                b.append(w.p(f"* {r[0]} (CPT {r[1]}): {r[2]}", indent=10, space_before=1))
        else:
            b.append(Block("table", rows=trows, size=8.5, space_before=4))
    else:
        b.append(w.p(f"{M('SERVICE', req['text'])} (CPT {_code(req['codes'][0])}): "
                     + w.pick(["not approved", "denied"]), bold=True))
    b.append(w.p(w.pick(["Diagnosis given with the order: ", "Reason for the exam (diagnosis): "])
                 + "; ".join(w.dx(d) for d in c.diagnoses), size=st.size - 0.5))
    b.append(sec(w.pick(["Reason given to the member", "Reason stated in the member's notice"]) if variant == 1
                 else w.pick(["Why the study was not approved", "Reason", "Reason for the decision"])))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([f"The reviewer applied {cs}.", f"Guideline(s) used: {cs}.",
                             f"This decision was based on {cs}."])))
        if erisa:
            b.append(w.p("We will send a copy of the guideline relied on, free of charge, if you ask for it."))
    if not partial and story["alt"] and not _bare(c) and w.chance(0.5):
        b.append(w.p(w.pick([f"If the {_low(story['alt'][0][0])} is ordered instead, it can be scheduled without "
                             "prior approval.",
                             f"Ordering the {_low(story['alt'][0][0])} instead may answer the clinical question; "
                             f"{'you' if variant == 1 else 'your clinician'} can order it."])))
    if c.extra["nw_show_rev"]:
        b.append(w.p(_nw_reviewer_text(w, w.rng.randrange(3))))
    # peer to peer
    r = c.reviewer if c.extra["nw_show_rev"] else None
    line = M("REVIEWER_PHONE", r["phone"]) if r and r["phone"] else p2p
    b.append(sec(w.pick(["Peer-to-peer conversation", "Talk with the reviewer", "For the ordering clinician"])))
    b.append(w.p(w.pick([
        f"The ordering clinician may ask to discuss this decision with the reviewing physician by calling {line}. "
        "Additional clinical information shared in that conversation may change the decision.",
        f"{'You' if variant == 1 else w.prov()} may request a peer-to-peer discussion at {line}, Monday through "
        "Friday, 8 a.m. to 5 p.m. Pacific time.",
        f"A peer-to-peer review is available to {'you' if variant == 1 else 'the clinician who placed the order'}: "
        f"call {line} and give the authorization number above.",
    ])))
    b.append(w.p(w.pick([
        "A peer-to-peer conversation is not an appeal and does not change the appeal time limit below.",
        "Asking for a peer-to-peer discussion does not stop the clock for an appeal.",
    ]), size=st.size - 0.5))
    # rights
    b.append(sec(w.pick(["Appeal rights", f"If {you} disagree{'s' if variant == 1 else ''}", "Your right to appeal"])))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    who = "The member, or someone the member names (including the clinician)," if variant == 1 else \
        "You, or someone you name to act for you (including your clinician),"
    b.append(w.p(w.pick([
        f"{who} may appeal this decision. The appeal must be filed within {days} after the date {your} copy of "
        f"this notice is received. Send it in writing to {', '.join(addr[1:])}, or call {um}.",
        f"To appeal, write to Kaiser Permanente, {', '.join(addr[1:])} within {days} of receiving this letter. "
        f"{who} may include records, letters from doctors and any other information that supports the request.",
    ])))
    b.append(w.p(w.pick([
        "We will decide a pre-service appeal within 30 days of receiving it.",
        "You will receive a written decision on a standard appeal within 30 days.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting 30 days could seriously jeopardize the member's life, health or ability to regain maximum "
            f"function, ask for an expedited appeal by calling {um}; we will decide it within 72 hours.",
            "Urgent appeals: when a delay could seriously harm health, the clinician may request an expedited "
            f"(fast) appeal at {um}. We will give a decision within 72 hours.",
        ])))
    b.append(w.p(w.pick([
        f"{'The member' if variant == 1 else 'You'} may ask for copies of all documents, records and other "
        "information relevant to this decision, free of charge.",
        "On request and at no cost we will provide the records used in this decision, and the diagnosis and "
        "treatment codes and what they mean.",
    ])))
    if not _has(c, "notice.external_review"):
        if erisa:
            b.append(w.p(w.pick([
                "If your appeal is denied, you may request external review by an independent review organization. "
                "The request must be made within 4 months after you receive our final internal appeal decision.",
                "After our final appeal decision you can ask that an independent review organization (IRO), not "
                "connected with Kaiser Permanente, review the case; ask within 4 months of receiving that decision.",
            ])))
        else:
            b.append(w.p(w.pick([
                "If we uphold this decision on appeal, you may ask for external review of a medical-necessity "
                "decision by an independent review organization. The appeal decision letter will explain how.",
                "Once our internal appeal is complete, a medical-necessity decision like this one can be sent for "
                "external review by an independent review organization at no cost to you.",
            ])))
    if erisa:
        b.append(w.p(w.pick([
            "You also have the right to bring a civil action under section 502(a) of the Employee Retirement Income "
            "Security Act (ERISA) after you have completed the appeal process.",
            "If your appeal is denied, you may file a lawsuit under ERISA section 502(a).",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        if erisa:
            b.append(w.p(w.pick([
                "For help with your rights, you may contact the Employee Benefits Security Administration (EBSA), "
                "U.S. Department of Labor, at 1-866-444-3272 (1-866-444-EBSA).",
                "Questions about ERISA rights: Employee Benefits Security Administration, 1-866-444-3272.",
            ])))
        else:
            reg = _NW_REGULATOR[c.state]
            b.append(w.p(w.pick([
                f"If you need help with a complaint or appeal, you may contact the {reg}, the state office that "
                "assists consumers with health insurance.",
                f"Help filing an appeal is available from the {reg}.",
            ])))
    b.append(w.p(w.pick([f"Questions about this letter: Utilization Management, {um} (TTY 711).",
                         f"If you have questions, call us at {um}; TTY users call 711."])))
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
    b.append(w.p(w.pick(["Utilization Management Department", "Imaging Review Team, Utilization Management",
                         "Clinical Review Services"]), space_before=8, bold=True))
    b.append(w.p(entity, space_before=0))
    if variant == 1:
        b.append(w.p(f"cc: {w.name()} (member)", size=8.5, space_before=6))
    elif w.chance(0.6):
        b.append(w.p(f"cc: {w.prov()}", size=8.5, space_before=6))
    b.append(w.small(_nondiscrimination(w), space_before=10))
    b += _taglines(w, "NW", w.pick(["Language help", "Free language services", "Interpreter services"]), um)
    return b, st, ["nw_member_letter", "nw_clinician_determination", "nw_bulleted_notice"][variant]


BLIND15_TEMPLATES["blind15_nw_advanced_imaging"] = (t_b15_nw, dict(
    plans=["commercial_hmo", "erisa_group"], states=["OR", "WA"],
    kinds=["initial_denial", "initial_denial", "partial_denial"], cats=["medical_necessity"], reason=reason_b15_nw))
MODELED_ON["blind15_nw_advanced_imaging"] = (
    "blind15: Kaiser Permanente Northwest (Oregon / southwest Washington) commercial HMO or ERISA group plan denial "
    "of advanced imaging ordered by a clinician (lumbar spine, knee or brain MRI, nuclear stress test, PET/CT, "
    "coronary CT angiography), sometimes approving another study instead (MRI without contrast, X-ray, stress "
    "echocardiogram, follow-up CT); member letter, clinician determination with member copy, or bulleted notice; "
    "peer-to-peer offer; 180-day appeal, 30-day appeal decision, 72-hour urgent appeal, external review by an "
    "independent review organization, ERISA 502(a) and EBSA for group plans, state regulator by name, taglines")


# === 2. Kaiser Permanente Mid-Atlantic States (Virginia): ERISA neurostimulator / pump with a rationale page =======

# devices: lines [(texts, code)], which line a partial approval approves (index) or None, diagnoses, history,
# findings (with/without criteria words), criteria, reviewer specialties
_VA_DEVICES = [
    dict(key="scs_trial", what="spinal cord stimulator trial",
         lines=[(["Spinal cord stimulator trial, percutaneous epidural electrode placement",
                  "Percutaneous implantation of spinal cord stimulator electrodes (trial)"], "63650")],
         ok=None,
         dx=[(["Postlaminectomy syndrome, not elsewhere classified", "Post-laminectomy syndrome"], "M96.1"),
             (["Radiculopathy, lumbar region"], "M54.16"), (["Chronic pain syndrome"], "G89.4")],
         hist=["{age}-year-old with low back and left leg pain for four years after an L4-L5 laminectomy and "
               "discectomy; treated with physical therapy, gabapentin and two epidural steroid injections",
               "{age}-year-old with persistent right leg pain since a lumbar fusion two years ago; has used "
               "duloxetine and a home exercise program; the pain clinic recommended a stimulator trial"],
         find=["No psychological evaluation before the trial is documented. The records describe daily opioid use "
               "with a recent dose increase and untreated depression (PHQ-9 of 19). The criteria require a "
               "behavioral health evaluation that finds no untreated psychiatric condition before a trial.",
               "The lumbar MRI of two months ago shows a new disc herniation pressing on the S1 nerve root that has "
               "not been evaluated by a spine surgeon. The criteria require that a surgically correctable cause of "
               "the pain be excluded before a stimulator trial."],
         nocrit=[("The criteria require a behavioral health evaluation that finds no untreated psychiatric "
                  "condition before a trial.", "A behavioral health evaluation is needed before a trial."),
                 ("The criteria require that a surgically correctable cause of the pain be excluded before a "
                  "stimulator trial.", "A cause of pain that surgery could correct must be excluded first.")],
         short=["the records do not show the psychological evaluation that must come before a stimulator trial",
                "a new disc herniation on your recent MRI has not yet been evaluated by a spine surgeon"],
         crit=["Kaiser Permanente Mid-Atlantic States Clinical Review Criteria: Spinal Cord Stimulation",
               "MCG Ambulatory Care guideline: Spinal Cord Stimulation"],
         spec=["Pain Medicine", "Physical Medicine and Rehabilitation", "Anesthesiology"]),
    dict(key="scs_perm", what="permanent spinal cord stimulator",
         lines=[(["Spinal cord stimulator trial, percutaneous electrode array", "Stimulator trial electrodes, "
                  "percutaneous"], "63650"),
                (["Permanent spinal cord stimulator implant, pulse generator", "Insertion of spinal neurostimulator "
                  "pulse generator"], "63685")],
         ok=0,
         dx=[(["Complex regional pain syndrome I of right lower limb"], "G90.521"),
             (["Chronic pain syndrome"], "G89.4")],
         hist=["{age}-year-old with burning pain, swelling and color change of the right foot since an ankle "
               "fracture 18 months ago; treated with physical therapy, gabapentin and lumbar sympathetic blocks",
               "{age}-year-old with complex regional pain syndrome of the right leg after foot surgery; the "
               "sympathetic blocks gave short relief and the pain specialist requested a trial followed by implant"],
         find=["A trial has not yet been done. Approval of the permanent generator depends on the results of the "
               "trial; the criteria require at least 50 percent pain relief and better function during the trial "
               "before a permanent device is implanted.",
               "The request asks for the trial and the permanent implant at once. The criteria approve the permanent "
               "device only after a trial lasting several days shows at least 50 percent relief of pain."],
         nocrit=[("the criteria require at least 50 percent pain relief and better function during the trial before a "
                  "permanent device is implanted", "a permanent device is implanted only after the trial gives at "
                  "least 50 percent pain relief and better function"),
                 ("The criteria approve the permanent device only after", "A permanent device is approved only "
                  "after")],
         short=["a permanent implant is approved only after a trial shows at least 50 percent pain relief, and the "
                "trial has not been done yet"],
         crit=["Kaiser Permanente Mid-Atlantic States Clinical Review Criteria: Spinal Cord Stimulation"],
         spec=["Pain Medicine", "Anesthesiology"]),
    dict(key="snm", what="sacral nerve stimulator",
         lines=[(["Sacral nerve stimulation, test phase (percutaneous lead)", "Percutaneous sacral nerve "
                  "electrode placement for test stimulation"], "64561"),
                (["Implantation of sacral neurostimulator pulse generator", "Sacral nerve stimulator generator "
                  "insertion"], "64590")],
         ok=0,
         dx=[(["Overactive bladder"], "N32.81"), (["Urge incontinence"], "N39.41")],
         hist=["{age}-year-old with urgency and urge incontinence for three years, using six pads a day; tried "
               "bladder training and one medicine (oxybutynin) stopped for dry mouth",
               "{age}-year-old with overactive bladder; pelvic floor therapy for eight weeks; the urologist "
               "requested test stimulation and a permanent generator"],
         find=["Only one bladder medicine has been tried. The criteria require a trial of at least two medicines "
               "(for example an anticholinergic and a beta-3 agonist such as mirabegron) or a reason they cannot be "
               "used, and a bladder diary, before sacral nerve stimulation.",
               "No bladder diary was sent, and the record does not show a trial of a second medicine. A permanent "
               "generator is considered only after a test phase shows at least 50 percent improvement."],
         nocrit=[("The criteria require a trial of", "There is no record of a trial of")],
         short=["only one bladder medicine has been tried and no bladder diary was sent"],
         crit=["Kaiser Permanente Mid-Atlantic States Clinical Review Criteria: Sacral Nerve Neuromodulation",
               "AUA/SUFU Guideline on the Diagnosis and Treatment of Idiopathic Overactive Bladder (2024)"],
         spec=["Urology", "Female Pelvic Medicine and Reconstructive Surgery"]),
    dict(key="pump", what="implanted intrathecal drug pump",
         lines=[(["Implantation of programmable intrathecal infusion pump", "Intrathecal drug delivery pump, "
                  "programmable, implantation"], "62362")],
         ok=None,
         dx=[(["Chronic pain syndrome"], "G89.4"),
             (["Postlaminectomy syndrome, not elsewhere classified"], "M96.1")],
         hist=["{age}-year-old with chronic low back pain after three spine operations, on high-dose oral opioids "
               "with side effects; the pain specialist requested an intrathecal morphine pump",
               "{age}-year-old with failed back surgery syndrome; oral medicines give partial relief with sedation; "
               "an implanted pump was requested"],
         find=["No screening trial of intrathecal medicine is documented. The criteria require a trial injection "
               "or infusion that relieves pain by at least 50 percent before a pump is implanted.",
               "The records show no screening trial and no psychological evaluation. Both are required by the "
               "criteria before a permanent intrathecal pump."],
         nocrit=[("The criteria require a trial injection", "A trial injection is needed"),
                 ("Both are required by the criteria before", "Both are needed before")],
         short=["there is no record of a screening trial of intrathecal medicine"],
         crit=["Kaiser Permanente Mid-Atlantic States Clinical Review Criteria: Implantable Infusion Pumps"],
         spec=["Pain Medicine", "Anesthesiology"]),
]
_VA_OMBUDSMAN = ("Office of the Managed Care Ombudsman, Virginia Bureau of Insurance, 1-877-310-6560, "
                 "ombudsman@scc.virginia.gov, P.O. Box 1157, Richmond, VA 23218")


def _va_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b15_va"):
        return
    c.extra["b15_va"] = True
    _fmt(w, ("long", "mdy1", "dmy", "ymd", "wd3"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "VA")
    partial = c.letter_kind == "partial_denial"
    pool = [d for d in _VA_DEVICES if (d["ok"] is not None) == partial or (not partial and d["key"] == "snm")]
    dev = w.pick(pool)
    c.extra["va_dev"] = dev
    lines = dev["lines"]
    c.services = []
    for i, (t, cd) in enumerate(lines):
        c.services.append(dict(text=w.pick(t), codes=[cd],
                               decision="approved" if partial and i == dev["ok"] else "denied"))
    dx = dev["dx"] if w.chance(0.55) else dev["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.criteria = []
    if not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = list(dev["crit"]) if w.chance(0.35) else [dev["crit"][0]]
    k = w.rng.randrange(len(dev["find"]))
    find = dev["find"][k]
    if not c.criteria:
        for a, b2 in dev["nocrit"]:
            find = find.replace(a, b2)
    c.extra["va_find"] = find
    c.extra["va_short"] = dev["short"][min(k, len(dev["short"]) - 1)]
    c.extra["va_hist"] = w.pick(dev["hist"]).replace("{age}", str(c.letter.year - c.extra["dob"].year))
    prov, short = _doctor(w)
    c.provider, c.provider_short = prov, short
    c.service = None
    if c.reviewer:
        if not _has(c, "process.reviewer_not_physician"):
            c.reviewer["specialty"] = w.pick(dev["spec"]) if w.chance(0.85) else None
            c.reviewer["credentials"] = w.pick(["MD", "M.D.", "DO", "MD, MBA"])
        c.reviewer["phone"] = phone(w.rng, "VA") if w.chance(0.5) else None
    c.extra["va_show_rev"] = bool(c.reviewer) and (_has(c, "process.reviewer_not_physician") or w.chance(0.8))
    _flags(c)


def reason_b15_va(w: W) -> str:
    _va_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The service is not medically necessary.", "Medical necessity has not been established.",
                       "The request does not meet medical necessity requirements."])
    dev = c.extra["va_dev"]
    short = c.extra["va_short"]
    denied = [s for s in c.services if s["decision"] == "denied"]
    names = join_and([_low(s["text"]) for s in denied])
    if c.letter_kind == "partial_denial":
        ok = [s for s in c.services if s["decision"] == "approved"][0]["text"]
        return w.pick([
            f"We approved the {_low(ok)}. The {names} is not approved at this time because {short}.",
            f"The {names} is denied as not medically necessary at this time: {short}. The {_low(ok)} is approved.",
        ])
    return w.pick([
        f"Your plan does not cover the {dev['what']} at this time because it is not medically necessary for you "
        f"now: {short}.",
        f"We denied the {names} because {short}. Under your plan, services must be medically necessary to be "
        "covered.",
        f"The {names} is not medically necessary at this time; {short}.",
    ])


def t_b15_va(w: W):
    _va_setup(w)
    c = w.c
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5])
    variant = w.rng.randrange(3)  # 0 letter + rights page, 1 boxed determination form, 2 two-column numbered notice
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    entity = V.REGION_ENTITY["Mid-Atlantic States"][0]
    addr = V.GRIEVANCE_ADDR["Mid-Atlantic States"]
    ref = c.ids["ref"]
    emp = c.extra["employer"]
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    ms = w.pick(["1-800-777-7902", "1-800-777-7902 or (301) 468-6000"])
    tty = w.pick(["711", "(301) 879-6380"])
    plan_cue = M("PLAN_CUE", w.pick([f"{emp} Health Benefit Plan (an ERISA plan)",
                                     f"{emp} Group Medical Plan \u2013 Summary Plan Description",
                                     f"Employer group health plan sponsored by {emp}"]))
    st.footer = [w.pick(["Page {page} of {pages}", f"{ref}  \u00b7  {{page}}/{{pages}}",
                         "KPMAS UM ABD notice \u2013 page {page}"])]
    st.footer_align = w.pick(["center", "right"])
    if variant != 0 or w.chance(0.5):
        st.header = [w.pick([f"Member: {c.member_name}   Reference: {ref}", f"{c.member_name} \u2013 {ref} "
                             "(continued)", f"Adverse benefit determination {ref}"])]
    b: list[Block] = []
    region = M("REGION", "Mid-Atlantic States")
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"{region}", w.pick(["Utilization Management", "Clinical Review "
                                                                   "Department", "Medical Review Services"])],
                   right=[entity if variant != 1 else "Kaiser Permanente", addr[2], addr[3],
                          f"Fax: {c.phones['fax']}"]))
    title = w.pick(["Notice of Adverse Benefit Determination", "Pre-Service Claim Decision",
                    "Coverage decision: request not approved"])
    if partial:
        title = w.pick(["Notice of Adverse Benefit Determination (partial approval)",
                        "Pre-Service Claim Decision \u2013 approved in part"])
    if urgent:
        title = "Urgent " + title[0].lower() + title[1:] if not title.startswith("Notice") else title + " \u2013 Urgent"
    info = [("Member", w.name()), (w.pick(["Member ID", "Medical record no.", "KP ID"]), w.mid()),
            ("Group plan", plan_cue), ("Requesting provider", w.prov()), ("Reference", ref)]
    if rec:
        info.append(("Date received", rec))
    if dec:
        info.append(("Date of determination", dec))
    if variant == 2:
        b.append(Block("twocol", left=[sent, w.name()] + c.member_addr,
                       right=[f"{k}: {v}" for k, v in info if k not in ("Member", "Group plan")], size=st.size - 1,
                       space_before=8))
        b.append(w.p(f"Group plan: {plan_cue}", size=st.size - 1, space_before=2))
        b.append(w.p(title.upper(), bold=True, space_before=12, align="center"))
    else:
        b.append(w.p(sent, space_before=10))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(title, bold=True, space_before=10, size=st.size + 1))
        if variant == 1:
            b.append(Block("table", rows=[[k, v] for k, v in info], header_row=False, size=8.5, space_before=4))
        else:
            for k, v in info:
                b.append(w.p(f"{k}: {v}", space_before=0.5, indent=20))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=10))
    svc_list = join_and([M("SERVICE", s["text"]) for s in c.services])
    b.append(w.p(w.pick([
        f"We have reviewed the request from {w.prov()} for {svc_list}"
        + (f", which we received on {rec}." if rec else "."),
        f"Your provider, {w.prov()}, asked for prior authorization of {svc_list}. Your group plan requires approval "
        "before this surgery is done" + (f"; the request reached us on {rec}." if rec else "."),
    ])))
    if urgent:
        b.append(w.p("Your provider asked that this be handled as an urgent care claim, so we decided it on an "
                     "expedited basis."))
    num = iter(range(1, 20))

    def sec(t: str) -> Block:
        if variant == 2:
            return w.h(f"{next(num)}. {t}", space_before=10)
        return w.h(t, space_before=10, shade=variant == 1)

    b.append(sec(w.pick(["Determination", "Our decision"])))
    rows = [["Service requested", "CPT", "Determination"]]
    for s in c.services:
        rows.append([M("SERVICE", s["text"]), _code(s["codes"][0]),
                     "Approved" if s["decision"] == "approved" else "Denied"])
    b.append(Block("table", rows=rows, size=8.5, space_before=4))
    b.append(w.p("Diagnosis: " + "; ".join(w.dx(d, style=w.rng.randrange(3)) for d in c.diagnoses),
                 size=st.size - 0.5))
    b.append(sec(w.pick(["Reason for the determination", "Why we made this decision"])))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([f"In making this decision we relied on {cs}. A copy is available free of charge on "
                             "request.",
                             f"Guideline relied on: {cs}. You may ask for a free copy."])))
    if not _bare(c):
        b.append(w.p(w.pick([
            "The enclosed clinical rationale explains how the reviewer applied the plan's terms to your medical "
            "circumstances.",
            "See the attached reviewer summary for the clinical reasons for this decision.",
        ])))
        b.append(w.p(w.pick([
            "To reconsider the request, we would need records showing that the missing step has been completed; "
            "your provider may send them at any time.",
            "If your provider sends the information described in the summary, a new request can be reviewed.",
        ])))
    else:
        b.append(w.p("An explanation of the scientific or clinical judgment for this decision is available free of "
                     "charge on request."))
    b.append(w.p(w.pick([
        "The plan provision that applies is the requirement in your Summary Plan Description that covered services "
        "be medically necessary.",
        "Your Summary Plan Description covers services only when they are medically necessary.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for the diagnosis and treatment codes on this claim and their meanings. Asking for them is "
        "not an appeal.",
        "On request, we will tell you the diagnosis and procedure codes for this claim and what they mean.",
    ]), size=st.size - 0.5))
    # rights
    if variant == 0:
        b.append(Block("pagebreak"))
    b.append(w.h(w.pick(["Important information about your rights", "Your appeal rights under ERISA",
                         "How to appeal this decision"]).upper(), space_before=12, shade=variant != 2))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"Internal appeal. You or your authorized representative may appeal this determination within {days} after "
        f"you receive this notice. Send a written appeal to {', '.join(addr)}, or fax it to {c.phones['fax']}. "
        "Include any written comments, documents, records or other information you want considered.",
        f"Filing an appeal. You have {days} from receipt of this letter to ask for a review. Write to "
        f"{', '.join(addr)}. You may send comments, records and other information, and they will be considered "
        "whether or not they were part of the first review.",
    ])))
    b.append(w.p(w.pick([
        "We will decide a standard pre-service appeal within 30 days after we receive it. The appeal will be "
        "decided by someone who was not involved in this decision, in consultation with a health care "
        "professional who has appropriate training and experience.",
        "The appeal will be reviewed by a person who did not make this decision and who is not that person's "
        "subordinate; you will receive the decision within 30 days.",
    ])))
    b.append(w.p(w.pick([
        "Urgent appeals. If waiting could seriously jeopardize your life, health or ability to regain maximum "
        f"function, you or your provider may ask for an expedited appeal by calling {ms}. We will decide within 72 "
        "hours.",
        "Expedited review. When your provider says the standard time frame could seriously harm your health, call "
        f"{ms}; an urgent appeal is decided within 72 hours and may be requested orally.",
    ])))
    b.append(w.p(w.pick([
        "Documents. On request and free of charge, you may have reasonable access to, and copies of, all documents, "
        "records and other information relevant to your claim.",
        "You have the right to receive, free of charge, copies of all documents, records and other information "
        "relevant to this claim.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "External review. If your appeal is denied, you may ask for an external review by an independent review "
            "organization. You must ask within 4 months after you receive the final internal appeal decision. "
            "Urgent external reviews are decided within 72 hours.",
            "Independent external review. After the appeal process is finished, you may request a review by an "
            "independent review organization that has no connection to Kaiser Permanente or your employer. The "
            "request must be made within 4 months of receiving our final appeal decision.",
        ])))
    b.append(w.p(w.pick([
        "Your right to sue. You have the right to bring a civil action under section 502(a) of the Employee "
        "Retirement Income Security Act (ERISA) after you have exhausted the plan's appeal process.",
        "If your appeal is denied, you may file a civil action under ERISA section 502(a).",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Help with your appeal. You may contact the Employee Benefits Security Administration at "
            "1-866-444-EBSA (1-866-444-3272). You may also contact the " + _VA_OMBUDSMAN + ".",
            "For assistance: U.S. Department of Labor, Employee Benefits Security Administration, 1-866-444-3272; "
            "or the " + _VA_OMBUDSMAN + ".",
        ])))
    b.append(w.p(f"Questions? Call Member Services at {ms} (TTY {tty}), Monday through Friday, 7:30 a.m. to "
                 "5:30 p.m."))
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
    b.append(w.p(w.pick(["Utilization Management Department", "Clinical Review Department"]), bold=True,
                 space_before=6))
    b.append(w.p(entity, space_before=0))
    if w.chance(0.6):
        b.append(w.p(f"cc: {w.prov()}", size=8.5, space_before=6))
    b.append(w.p(w.pick(["Enclosure: Clinical rationale", "Enclosure: Reviewer summary (1 page)",
                         "Attachment: Physician reviewer's report"]), size=8.5, space_before=2))
    b.append(w.small(_nondiscrimination(w), space_before=10))
    b += _taglines(w, "VA", w.pick(["Language assistance", "Interpreter services", "Help in your language"]),
                   "1-800-777-7902", tty)
    # the enclosure
    b.append(Block("pagebreak"))
    b += _va_rationale(w, st)
    return b, st, ["va_letter_rights_page", "va_boxed_form", "va_twocol_numbered"][variant]


def _va_rationale(w: W, st: Style) -> list[Block]:
    c = w.c
    dev = c.extra["va_dev"]
    bare = _bare(c)
    head = w.pick(["CLINICAL RATIONALE", "REVIEWER SUMMARY", "PHYSICIAN REVIEWER'S REPORT"])
    out = [w.p(head, bold=True, size=12, space_before=4, align=w.pick(["left", "center"])),
           w.p(w.pick([f"Re: {w.name()}, {w.mid()}", f"Member: {w.name()}   ID: {w.mid()}"]), space_before=4),
           w.p(f"Request: {join_and([M('SERVICE', s['text']) for s in c.services])}", space_before=1)]
    if c.decision and w.chance(0.5):
        out.append(w.p(f"Date of review: {_dm(w, 'DATE_DECISION', c.decision)}", space_before=1))
    out.append(Block("rule"))
    hdr = w.pick([("History", "Criteria applied", "Findings", "Conclusion"),
                  ("Clinical summary", "Guideline", "Review of the records", "Determination"),
                  ("Background", "Coverage criteria", "Assessment", "Conclusion")])
    if bare:
        out.append(w.h(hdr[0], space_before=8))
        out.append(w.p("Records were reviewed. The request does not meet medical necessity requirements."))
        out.append(w.h(hdr[3], space_before=8))
        out.append(w.p("Not medically necessary."))
    else:
        out.append(w.h(hdr[0], space_before=8))
        out.append(w.p(c.extra["va_hist"][:1].upper() + c.extra["va_hist"][1:] + "."))
        if c.criteria:
            out.append(w.h(hdr[1], space_before=8))
            for x in c.criteria:
                out.append(w.p(f"- {w.crit(x)}", indent=12, space_before=1))
        out.append(w.h(hdr[2], space_before=8))
        out.append(w.p(c.extra["va_find"]))
        out.append(w.h(hdr[3], space_before=8))
        if c.letter_kind == "partial_denial":
            ok = [s for s in c.services if s["decision"] == "approved"][0]["text"]
            out.append(w.p(w.pick([f"The {_low(ok)} is medically necessary and approved. The rest of the request "
                                   "is not medically necessary at this time.",
                                   f"Approve the {_low(ok)}; do not approve the {dev['what']} at this time."])))
        else:
            out.append(w.p(w.pick([f"The {dev['what']} is not medically necessary at this time.",
                                   "The request does not meet the requirements for coverage at this time; it may be "
                                   "resubmitted when the missing step is completed."])))
    if c.extra["va_show_rev"]:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"]) + (f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"]
                                              else "")
        out.append(w.p(w.pick(["Electronically signed,", "Reviewer:", "Signed:"]), space_before=12))
        out.append(w.p(nm, space_before=2))
        if _has(c, "process.reviewer_not_physician"):
            out.append(w.p(c.reviewer_title, space_before=0))
        else:
            t = w.pick(["Physician Reviewer", "Medical Director, Utilization Management", "Physician Advisor"])
            if r["specialty"]:
                t += w.pick([f", {M('REVIEWER_SPECIALTY', r['specialty'])}",
                             f" \u2013 board certified, {M('REVIEWER_SPECIALTY', r['specialty'])}"])
            out.append(w.p(t, space_before=0))
        if r["phone"]:
            out.append(w.p(w.pick([f"Direct line: {M('REVIEWER_PHONE', r['phone'])}",
                                   f"Your provider may reach the reviewer at {M('REVIEWER_PHONE', r['phone'])}."]),
                           space_before=0))
    else:
        out.append(w.p(w.pick(["Reviewed by a physician reviewer, Utilization Management.",
                               "Prepared by Utilization Management clinical review staff."]), space_before=12))
    return out


BLIND15_TEMPLATES["blind15_va_erisa_stimulator_attachment"] = (t_b15_va, dict(
    plans=["erisa_group"], states=["VA"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b15_va))
MODELED_ON["blind15_va_erisa_stimulator_attachment"] = (
    "blind15: Kaiser Permanente Mid-Atlantic States ERISA employer group plan (Virginia member) adverse benefit "
    "determination on a spinal cord stimulator trial or permanent implant, a sacral nerve stimulator or an "
    "intrathecal pump, sometimes approving the trial or test phase only; a table of CPT lines, the plan provision, "
    "codes on request, ERISA rights (180 days, 30-day appeal decision, 72-hour urgent appeal, free documents, "
    "external review within 4 months, section 502(a)), EBSA and the Virginia Managed Care Ombudsman, taglines, then "
    "an enclosed clinical rationale / reviewer summary page (history, criteria, findings, conclusion, reviewer "
    "signature or none)")


# === 3. Kaiser Permanente Washington: second opinion at an outside center =========================================

_WA_CASES = [
    dict(key="breast", spec="Medical Oncology", plan_spec="breast cancer specialists in our Medical Oncology "
         "department", cond="breast cancer",
         lines=[(["Second opinion consultation, outside medical oncologist", "New patient consultation for a "
                  "second opinion (outside oncologist)"], "99205"),
                (["Review of outside pathology slides", "Consultation on referred pathology slides"], "88321")],
         dx=[(["Malignant neoplasm of unspecified site of right female breast"], "C50.911"),
             (["Malignant neoplasm of unspecified site of left female breast"], "C50.912")],
         out=["Northstar Academic Cancer Center", "Puget Sound University Cancer Institute"],
         ask=["you would like a second opinion about whether chemotherapy is needed before surgery",
              "you want another oncologist to review your treatment plan before you start chemotherapy"]),
    dict(key="prostate", spec="Urology", plan_spec="urologic oncologists and radiation oncologists", cond="prostate "
         "cancer",
         lines=[(["Second opinion visit, outside urologic oncologist", "Outside urology consultation (second "
                  "opinion)"], "99204")],
         dx=[(["Malignant neoplasm of prostate"], "C61")],
         out=["Cascade Prostate Cancer Clinic", "Northstar Academic Cancer Center"],
         ask=["you would like another opinion on whether to choose surgery, radiation or active surveillance",
              "you asked to see an outside specialist before deciding on prostate surgery"]),
    dict(key="pancreas", spec="Surgical Oncology", plan_spec="surgical oncologists who perform pancreatic surgery",
         cond="a mass in the pancreas",
         lines=[(["Second opinion consultation, outside pancreatic surgeon", "New patient visit with an outside "
                  "surgical oncologist (second opinion)"], "99205")],
         dx=[(["Malignant neoplasm of head of pancreas"], "C25.0")],
         out=["Puget Sound University Cancer Institute", "Emerald City Pancreas Center"],
         ask=["you would like a second surgeon to tell you whether the tumor can be removed",
              "you want an outside surgeon's opinion on the Whipple operation your surgeon recommended"]),
    dict(key="spine", spec="Neurosurgery", plan_spec="spine surgeons in our Neurosurgery and Orthopedics departments",
         cond="lumbar spinal stenosis",
         lines=[(["Second opinion visit, outside spine surgeon", "Outside spine surgery consultation (second "
                  "opinion)"], "99204")],
         dx=[(["Spinal stenosis, lumbar region with neurogenic claudication"], "M48.062")],
         out=["Rainier Spine Institute", "Evergreen Orthopedic and Spine Center"],
         ask=["you want another surgeon's opinion before agreeing to a lumbar fusion",
              "you would like a second opinion on whether you need spine surgery"]),
    dict(key="epilepsy", spec="Neurology", plan_spec="neurologists who specialize in epilepsy", cond="epilepsy",
         lines=[(["Second opinion, outside comprehensive epilepsy center", "Outside epilepsy specialist "
                  "consultation"], "99205")],
         dx=[(["Epilepsy, unspecified, not intractable, without status epilepticus"], "G40.909")],
         out=["Cascadia Comprehensive Epilepsy Center", "Puget Sound University Neurology Clinic"],
         ask=["you would like an epilepsy specialist outside Kaiser Permanente to review your medicines",
              "you asked for a second opinion because your seizures continue on two medicines"]),
]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b15_wa"):
        return
    c.extra["b15_wa"] = True
    _fmt(w, ("long", "mdy", "mdy1", "dmy", "ord", "upper"))
    c.region = "Washington"
    c.member_addr = address(w.rng, "WA")
    case = w.pick(_WA_CASES)
    c.extra["wa_case"] = case
    lines = case["lines"] if w.chance(0.6) else case["lines"][:1]
    c.services = [dict(text=w.pick(t), codes=[cd], decision="denied") for t, cd in lines]
    dx = case["dx"][:1] if case["key"] != "breast" else [w.pick(case["dx"])]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.extra["wa_out"] = w.pick(case["out"])
    c.extra["wa_ask"] = w.pick(case["ask"])
    c.criteria = []
    if c.provider and w.chance(0.8):
        prov, short = _doctor(w)
        c.provider, c.provider_short = prov, short
    c.service = c.extra["planned"] if (c.extra.get("planned") and w.chance(0.5)) else None
    iname, _, ilast = person(w.rng, 0.2)
    c.innet = dict(name=f"{iname}, {w.pick(['MD', 'M.D.', 'DO'])}", short=f"Dr. {ilast}", specialty=case["spec"],
                   facility=w.pick(V.facilities("WA")), appt=D.add_business(c.letter, w.rng.randint(3, 9)),
                   booked=w.chance(0.6))
    if c.reviewer:
        c.reviewer["specialty"] = case["spec"] if w.chance(0.7) else None
        creds = ["MD", "M.D.", "DO"] + (["MD, FACS"] if "Surg" in case["spec"] else ["MD, PhD"])
        c.reviewer["credentials"] = w.pick(creds) if w.chance(0.9) else None
        c.reviewer["phone"] = phone(w.rng, "WA") if w.chance(0.35) else None
    c.extra["wa_show_rev"] = bool(c.reviewer) and w.chance(0.7)
    c.extra["wa_phone"] = phone(w.rng, "WA")
    _flags(c)


def reason_b15_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    case = c.extra["wa_case"]
    out = c.extra["wa_out"]
    inn = c.innet
    offered = (f"{inn['name']}, {case['spec']}, at the {inn['facility']}" if inn["booked"]
               else f"a {case['spec'].lower()} specialist at the {inn['facility']}")
    return w.pick([
        f"Your plan covers second opinions from Kaiser Permanente providers. {out} is not part of our network, and "
        f"we have {case['plan_spec']} who can give you a second opinion about {case['cond']}, so the visit at {out} "
        f"is not covered. We have arranged a second opinion with {offered} instead.",
        f"We are not able to approve a second opinion at {out}. A non-network provider is covered only when the care "
        f"you need is not available from Kaiser Permanente providers, and our {case['plan_spec']} treat "
        f"{case['cond']} regularly. A second opinion with {offered} is approved instead.",
        f"The referral to {out} is denied because the second opinion you asked for is available inside our network: "
        f"we have {case['plan_spec']}. We will cover a second opinion with {offered}.",
    ])


def t_b15_wa(w: W):
    _wa_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5])
    variant = w.rng.randrange(3)  # 0 plain letter, 1 referral decision table, 2 question headings with twocol top
    case = c.extra["wa_case"]
    erisa = c.plan_type == "erisa_group"
    urgent = c.urgency == "expedited"
    out = c.extra["wa_out"]
    inn = c.innet
    entity = V.REGION_ENTITY["Washington"][0]
    addr = V.GRIEVANCE_ADDR["Washington"]
    ms = "1-888-901-4636"
    ref = c.ids["ref"]
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    svc_date = _dm(w, "DATE_SERVICE", c.service) if c.service else ""
    doc = "Summary Plan Description" if erisa else "Evidence of Coverage"
    plan_cue = M("PLAN_CUE", w.pick([f"{c.extra['employer']} employee health plan (ERISA)",
                                     f"Group plan sponsored by {c.extra['employer']}"]) if erisa else
                 w.pick(["Kaiser Permanente Washington HMO", "KP Washington individual HMO plan",
                         "Kaiser Foundation Health Plan of Washington \u2013 HMO"]))
    st.footer = [w.pick(["Page {page} of {pages}", f"Referral {ref} \u2013 {{page}}",
                         "Kaiser Permanente Washington | {page}"])]
    st.footer_align = w.pick(["center", "left", "right"])
    if w.chance(0.5):
        st.header = [w.pick([f"{c.member_name}, referral {ref}", f"Second opinion request \u2013 {c.member_name}"])]
    b: list[Block] = []
    region = M("REGION", "Washington")
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["KAISER PERMANENTE", f"{region}", w.pick(["Referral Services", "Care Review \u2013 "
                                                                   "Referrals", "Clinical Review Unit"])],
                   right=addr[1:] + [f"Fax {c.phones['fax']}"]))
    title = w.pick(["Your request for a second opinion outside Kaiser Permanente",
                    "Decision on your outside referral request", "Second opinion referral: not approved"])
    if urgent:
        title += " (urgent)"
    info = [("Member", w.name()), (w.pick(["Member ID", "Subscriber ID", "Medical record number"]), w.mid()),
            ("Plan", plan_cue), ("Referral number", ref)]
    if c.provider:
        info.append(("Requested by", w.prov()))
    if rec:
        info.append(("Request received", rec))
    if dec:
        info.append(("Decision date", dec))
    if variant == 2:
        b.append(Block("twocol", left=[w.name()] + c.member_addr + ["", sent],
                       right=[f"{k}: {v}" for k, v in info if k != "Member"], size=st.size - 1, space_before=8))
        b.append(w.p(title, bold=True, size=st.size + 2, space_before=12))
    else:
        b.append(w.p(sent, space_before=10))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(title, bold=True, space_before=10))
        if variant == 0:
            for k, v in info:
                b.append(w.p(f"{k}: {v}", space_before=0.5, indent=16, size=st.size - 0.5))
        else:
            left = [f"{k}: {v}" for k, v in info if k != "Plan" and k not in ("Request received", "Decision date")]
            right = [f"{k}: {v}" for k, v in info if k == "Plan" or k in ("Request received", "Decision date")]
            b.append(Block("twocol", left=left, right=right, size=st.size - 1, space_before=6))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Hello {c.member_salute},", f"Dear {c.member_salute},"]),
                 space_before=10))
    svc_list = join_and([M("SERVICE", s["text"]) for s in c.services])
    who = (f"{w.prov()} asked us" if c.provider else "you asked us")
    opening = w.pick([
        f"{who[0].upper()}{who[1:]} to approve {svc_list} at {out}" + (f" (request received {rec})." if rec else ".")
        + f" We understand that {c.extra['wa_ask']}.",
        f"Thank you for your request. We understand that {c.extra['wa_ask']}, and {who} to cover {svc_list} at "
        f"{out}" + (f". We received the request on {rec}." if rec else "."),
    ])
    b.append(w.p(opening))
    if svc_date:
        b.append(w.p(f"The appointment at {out} was planned for {svc_date}."))
    if urgent:
        b.append(w.p("Because the request was marked urgent, we reviewed it as quickly as your condition requires."))

    def sec(q: str, plain: str) -> Block:
        if variant == 2:
            return w.h(q, space_before=10, size=st.size + 0.5)
        return w.h(plain, space_before=10, shade=variant == 1)

    if variant == 1:
        rows = [["Item", "Detail"], ["Referred to", out], ["Specialty", case["spec"]]]
        for s in c.services:
            rows.append(["Service", f"{M('SERVICE', s['text'])} ({_code(s['codes'][0])})"])
        rows.append(["Diagnosis", "; ".join(w.dx(d) for d in c.diagnoses)])
        rows.append(["Decision", "Not approved \u2013 Plan specialist offered"])
        b.append(Block("table", rows=rows, size=8.5, space_before=6))
    else:
        b.append(w.p("Diagnosis: " + "; ".join(w.dx(d) for d in c.diagnoses), size=st.size - 0.5))
        codes = ", ".join(_code(s["codes"][0]) for s in c.services)
        b.append(w.p(w.pick([f"Procedure code(s) on the referral: {codes}", f"CPT: {codes}"]), size=st.size - 0.5,
                     space_before=1))
    b.append(sec("What did we decide, and why?", w.pick(["Our decision", "Decision and reason"])))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"This is explained in your {doc}, in the section about second opinions and the section about getting care "
        "from non-Plan providers.",
        f"See \"Second opinions\" and \"Referrals to non-Plan providers\" in your {doc}.",
    ])))
    if inn["booked"]:
        b.append(w.p(w.pick([
            f"Your appointment with {inn['name']} is on {_fd(w, inn['appt'])} at the {inn['facility']}. To change "
            f"it, call {c.extra['wa_phone']}.",
            f"We scheduled you with {inn['short']} for {_fd(w, inn['appt'])}. If that time does not work, please "
            f"call {c.extra['wa_phone']}.",
        ])))
    else:
        b.append(w.p(f"To schedule your second opinion visit, call {c.extra['wa_phone']}. Tell the scheduler your "
                     f"referral number, {ref}."))
    b.append(w.p(w.pick([
        "Your usual office visit cost share applies to the second opinion visit.",
        "The second opinion visit with a Kaiser Permanente provider is covered at your regular specialty office "
        "visit cost share.",
    ])))
    if c.extra["wa_show_rev"]:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"]) + (f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else "")
        sp = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
        ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
        how = w.rng.randrange(2)
        if how == 0:
            t = f"{nm}" + (f", a physician in {sp}," if sp else ",") + " reviewed your request."
            if ph:
                t += f" Your doctor may call {ph} to discuss it."
            b.append(w.p(t))
        else:
            t = f"Reviewed by: {nm}" + (f" ({sp})" if sp else "") + (f"   Phone: {ph}" if ph else "")
            b.append(w.p(t, size=st.size - 0.5))
    # rights
    b.append(sec("What if I disagree?", w.pick(["Your right to appeal", "If you disagree with this decision"])))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"You or someone you choose to represent you may appeal this decision within {days} after you receive this "
        f"letter. Call Member Services at {ms} (TTY 711), or write to {', '.join(addr)}.",
        f"To appeal, contact us within {days} of receiving this letter: by phone at {ms} (TTY 711), or by mail at "
        f"{', '.join(addr)}. Your doctor may help you with your appeal.",
    ])))
    b.append(w.p(w.pick([
        "If your health would be in serious danger from waiting for a standard appeal, ask for an expedited appeal; "
        "we will decide it within 72 hours.",
        "Urgent appeals are decided within 72 hours. Tell us if your doctor says waiting could seriously harm your "
        "health.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the documents and records we used to make this decision.",
        "On request, we will send you free of charge the information we used to make this decision.",
    ])))
    b.append(w.p(w.pick([
        "If we deny your appeal, you may be able to ask for a review by an independent review organization that is "
        "not part of Kaiser Permanente. Our appeal decision letter will explain how.",
        "After our appeal decision you may have the right to an independent review by an organization outside "
        "Kaiser Permanente.",
    ])))
    if erisa:
        b.append(w.p("You may also have the right to file a civil action under section 502(a) of ERISA after the "
                     "appeal process is complete. For help, call the Employee Benefits Security Administration at "
                     "1-866-444-3272."))
    else:
        b.append(w.p(w.pick([
            "The Washington State Office of the Insurance Commissioner can also help you with questions about your "
            "appeal rights.",
            "You may contact the Washington State Office of the Insurance Commissioner for help with a complaint.",
        ])))
    b.append(w.p(w.pick([f"Questions? Call Member Services at {ms} (TTY 711).",
                         f"If you have questions about this letter, call {ms}, TTY 711."])))
    b.append(w.p(w.pick(["Sincerely,", "Take care,", "Regards,"]), space_before=10))
    b.append(w.p(w.pick(["Referral Services", "Care Review \u2013 Referral Team", "Clinical Review Unit"]),
                 space_before=8, bold=True))
    b.append(w.p(entity, space_before=0))
    if c.provider and w.chance(0.6):
        b.append(w.p(f"cc: {w.prov()}", size=8.5, space_before=6))
    b.append(w.small(_nondiscrimination(w), space_before=10))
    b += _taglines(w, "WA", w.pick(["Language assistance", "Free help in your language", "Interpreter services"]),
                   ms)
    return b, st, ["wa_plain_letter", "wa_referral_table", "wa_question_headings"][variant]


BLIND15_TEMPLATES["blind15_wa_outside_second_opinion"] = (t_b15_wa, dict(
    plans=["commercial_hmo", "commercial_hmo", "erisa_group"], states=["WA"], kinds=["second_opinion_denial"],
    cats=["second_opinion"], reason=reason_b15_wa))
MODELED_ON["blind15_wa_outside_second_opinion"] = (
    "blind15: Kaiser Permanente Washington commercial HMO or ERISA group letter refusing a second opinion at an "
    "outside cancer center or outside specialist (breast, prostate or pancreatic cancer, spine surgery, epilepsy) "
    "and offering a Plan specialist of the same specialty, booked or to be scheduled; the plan's own reason (Evidence "
    "of Coverage / Summary Plan Description), no second-opinion statute; reviewer named or not; 180-day appeal, "
    "72-hour urgent appeal, independent review, Insurance Commissioner or EBSA, taglines")


# === 4. Kaiser Permanente Southern California Senior Advantage, member with Medicare and Medi-Cal: DME ===========

# equipment stories: items (texts, code, qty, decision in a partial approval), diagnoses, facts (with / without
# rule words), Medicare rules, internal criteria (planted medicare.internal_criteria), reviewer specialties
_MA_DME = [
    dict(key="pwc", what="power wheelchair",
         items=[(["Power wheelchair, group 2 standard, captain's chair", "Group 2 power wheelchair, captains chair, "
                  "up to 300 lb"], "K0823", "1", "denied"),
                (["Lightweight manual wheelchair", "Manual wheelchair, lightweight"], "K0003", "1", "approved"),
                (["General use wheelchair seat cushion", "Wheelchair seat cushion, general use, under 22 in."],
                 "E2601", "1", "approved")],
         dx=[(["Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side"], "I69.351"),
             (["Difficulty in walking, not elsewhere classified"], "R26.2")],
         facts=["the face-to-face mobility examination on file shows that you can propel a lightweight manual "
                "wheelchair with your left arm and leg inside your home, and the home assessment found that a power "
                "wheelchair cannot turn in your hallway and bathroom; Medicare covers a power wheelchair only when a "
                "manual wheelchair cannot meet your needs in the home and the home can accommodate the chair",
                "your therapist's notes show you walk short distances in the home with a quad cane and can use a "
                "manual wheelchair for longer distances, so the Medicare requirement that a cane, walker or manual "
                "wheelchair cannot meet your mobility needs in the home is not met"],
         nocrit=[("Medicare covers a power wheelchair only when", "a power wheelchair is needed only when"),
                 ("so the Medicare requirement that a cane, walker or manual wheelchair cannot meet your mobility "
                  "needs in the home is not met", "so a cane, walker or manual wheelchair can meet your mobility "
                  "needs in the home")],
         rules=["Medicare National Coverage Determination 280.3, Mobility Assistive Equipment (MAE)",
                "Local Coverage Determination L33789, Power Mobility Devices"],
         internal=["Kaiser Permanente Southern California DME Guideline: Power Mobility Devices",
                   "InterQual Durable Medical Equipment criteria: Power Wheelchairs"],
         spec=["Physical Medicine and Rehabilitation", "Internal Medicine"]),
    dict(key="bed", what="hospital bed",
         items=[(["Hospital bed, total electric, with mattress", "Total electric hospital bed with side rails and "
                  "mattress"], "E0265", "1", "denied"),
                (["Hospital bed, semi-electric, with mattress", "Semi-electric hospital bed (head and foot "
                  "adjustment) with mattress"], "E0260", "1", "approved"),
                (["Trapeze bar attached to bed", "Bed trapeze with grab bar"], "E0910", "1", "approved")],
         dx=[(["Heart failure, chronic systolic (congestive)", "Chronic systolic (congestive) heart failure"],
              "I50.22"),
             (["Unilateral primary osteoarthritis, right hip"], "M16.11")],
         facts=["your records support a bed whose head can be raised more than 30 degrees because of your heart "
                "failure, which a semi-electric bed provides; the electric height adjustment of a total electric "
                "bed is a convenience feature that Medicare does not cover",
                "a semi-electric bed meets the positioning needs described by your doctor; Medicare rules treat the "
                "electric height adjustment of a total electric bed as a convenience rather than a medical need"],
         nocrit=[("that Medicare does not cover", "that is not covered"),
                 ("Medicare rules treat the electric height adjustment", "we consider the electric height "
                  "adjustment")],
         rules=["Medicare National Coverage Determination 280.7, Hospital Beds",
                "Local Coverage Determination L33820, Hospital Beds and Accessories"],
         internal=["Kaiser Permanente Southern California DME Guideline: Hospital Beds",
                   "InterQual Durable Medical Equipment criteria: Hospital Beds"],
         spec=["Internal Medicine", "Geriatric Medicine"]),
    dict(key="cpap", what="CPAP device and supplies",
         items=[(["CPAP device, continued rental", "Continuous positive airway pressure (CPAP) device, rental after "
                  "the trial period"], "E0601", "1", "denied"),
                (["Full face mask for CPAP", "CPAP full face mask interface"], "A7030", "1", "approved"),
                (["CPAP tubing", "Replacement tubing for CPAP"], "A7037", "1", "approved")],
         dx=[(["Obstructive sleep apnea (adult) (pediatric)", "Obstructive sleep apnea"], "G47.33")],
         facts=["the download from your CPAP machine for the first three months shows use of 4 hours or more on 41 "
                "percent of nights, and there is no visit with your doctor after the trial that documents your "
                "symptoms improved; Medicare continues coverage after the trial only with use of at least 4 hours "
                "on 70 percent of nights in a 30-day period and a follow-up visit",
                "the adherence report shows an average use of 2 hours 50 minutes a night, below the level Medicare "
                "requires to continue coverage after the 12-week trial (at least 4 hours on 70 percent of nights "
                "during a 30-day period)"],
         nocrit=[("Medicare continues coverage after the trial only with use of at least 4 hours on 70 percent of "
                  "nights in a 30-day period and a follow-up visit", "the device helps only with regular use of "
                  "several hours each night"),
                 ("below the level Medicare requires to continue coverage after the 12-week trial (at least 4 hours "
                  "on 70 percent of nights during a 30-day period)", "which is too little use to show the device is "
                  "helping")],
         rules=["Medicare National Coverage Determination 240.4, Continuous Positive Airway Pressure (CPAP) Therapy "
                "for Obstructive Sleep Apnea (OSA)",
                "Local Coverage Determination L33718, Positive Airway Pressure (PAP) Devices for the Treatment of "
                "Obstructive Sleep Apnea"],
         internal=["Kaiser Permanente Southern California Sleep Medicine DME Guideline: PAP Therapy",
                   "InterQual Durable Medical Equipment criteria: CPAP"],
         spec=["Sleep Medicine", "Pulmonary Disease"]),
    dict(key="o2", what="home oxygen equipment",
         items=[(["Portable oxygen concentrator, rental", "Portable oxygen concentrator (rental)"], "E1392", "1",
                 "denied"),
                (["Stationary oxygen concentrator", "Oxygen concentrator, single delivery port"], "E1390", "1",
                 "approved")],
         dx=[(["Chronic obstructive pulmonary disease, unspecified"], "J44.9"),
             (["Chronic respiratory failure with hypoxia"], "J96.11")],
         facts=["your overnight oximetry shows oxygen levels of 88 percent or lower during sleep, so oxygen at night "
                "is covered, but your oxygen saturation at rest and while walking was 93 percent; Medicare covers "
                "portable oxygen only when the qualifying low levels occur at rest or with exercise",
                "the walking test done on your last visit shows oxygen saturation staying at 91 to 94 percent, and "
                "the only qualifying test is the overnight study; Medicare rules do not cover a portable system "
                "when oxygen is needed only during sleep"],
         nocrit=[("Medicare covers portable oxygen only when the qualifying low levels occur at rest or with "
                  "exercise", "a portable unit is needed only when low levels occur at rest or with exercise"),
                 ("Medicare rules do not cover a portable system when oxygen is needed only during sleep",
                  "a portable system is not needed when oxygen is used only during sleep")],
         rules=["Medicare National Coverage Determination 240.2, Home Use of Oxygen",
                "Local Coverage Determination L33797, Oxygen and Oxygen Equipment"],
         internal=["Kaiser Permanente Southern California Respiratory DME Guideline: Home Oxygen",
                   "InterQual Durable Medical Equipment criteria: Oxygen"],
         spec=["Pulmonary Disease", "Internal Medicine"]),
]
_MA_PHONE = "1-800-443-0815"


def _ma_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b15_ma"):
        return
    c.extra["b15_ma"] = True
    _fmt(w, ("long", "mdy", "mdy1", "upper", "dmy", "ymd", "wd3"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    partial = c.letter_kind == "partial_denial"
    story = w.pick([x for x in _MA_DME if not partial or x["key"] != "cpap"])  # no half-approved CPAP
    c.extra["ma_story"] = story
    items = story["items"] if partial else [x for x in story["items"] if x[3] == "denied"]
    if partial and len(items) > 2 and w.chance(0.4):
        items = items[:2]
    if not partial and story["key"] == "cpap" and w.chance(0.5):  # non-use: the supplies go with the device
        items = story["items"]
    c.services = [dict(text=w.pick(t), codes=[cd], qty=q, decision=(d if partial else "denied"))
                  for t, cd, q, d in items]
    dx = story["dx"] if w.chance(0.5) else story["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.criteria = []
    if _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(story["internal"])]
    elif not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = list(story["rules"]) if w.chance(0.5) else [w.pick(story["rules"])]
    fact = w.pick(story["facts"])
    if not any(x in story["rules"] for x in c.criteria):
        for a, b2 in story["nocrit"]:
            fact = fact.replace(a, b2)
    c.extra["ma_fact"] = fact
    prov, short = _doctor(w)
    c.provider, c.provider_short = prov, short
    c.service = None
    if c.reviewer:
        if not _has(c, "process.reviewer_not_physician"):
            c.reviewer["specialty"] = w.pick(story["spec"]) if w.chance(0.75) else None
            c.reviewer["credentials"] = w.pick(["MD", "M.D.", "DO", "MD, MPH"])
        c.reviewer["phone"] = phone(w.rng, "CA") if w.chance(0.4) else None
    c.extra["ma_show_rev"] = bool(c.reviewer) and (_has(c, "process.reviewer_not_physician") or w.chance(0.7))
    c.extra["ma_cin"] = f"9{w.rng.randint(10**7, 10**8 - 1)}{w.pick('ABCDEFG')}"
    _flags(c)


def reason_b15_ma(w: W) -> str:
    _ma_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The equipment is not medically necessary.", "Medicare coverage requirements are not met.",
                       "Does not meet coverage requirements."])
    story = c.extra["ma_story"]
    fact = c.extra["ma_fact"]
    denied = [s for s in c.services if s["decision"] == "denied"]
    names = join_and([_low(s["text"]) for s in denied])
    if c.letter_kind == "partial_denial":
        ok = join_and([_low(s["text"]) for s in c.services if s["decision"] == "approved"])
        return w.pick([
            f"We approved the {ok}. We denied the {names} because {fact}.",
            f"The {names} is denied: {fact}. The {ok} is approved.",
        ])
    return w.pick([
        f"We denied the {names} because {fact}.",
        f"Your request for the {story['what']} is denied. {fact[:1].upper()}{fact[1:]}.",
    ])


def t_b15_ma(w: W):
    _ma_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times", "courier"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 CMS-style notice, 1 letter with item table, 2 two-column notice with bullets
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    addr = V.GRIEVANCE_ADDR["Southern California"]
    ref = c.ids["ref"]
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    no_fast = _has(c, "notice.expedited_review")
    no_ire = _has(c, "notice.external_review")
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage (HMO)",
                                     "Kaiser Permanente Senior Advantage, a Medicare Advantage plan",
                                     "KP Senior Advantage \u2013 Medicare and Medi-Cal member"]))
    st.footer = [w.pick([f"Form {c.ids['form']} \u2013 page {{page}} of {{pages}}", "Page {page} of {pages}",
                         f"SA-DME {ref} / {{page}}"])]
    st.footer_align = w.pick(["left", "center", "right"])
    if w.chance(0.5):
        st.header = [w.pick([f"{c.member_name} \u2013 {ref}", f"Notice {ref}, continued"])]
    b: list[Block] = []
    region = M("REGION", "Southern California")
    if variant == 0:
        b.append(w.p("Kaiser Permanente Senior Advantage", bold=True, size=11, space_before=0))
        b.append(w.p(f"Kaiser Foundation Health Plan, Inc. \u2013 {region} Region", size=8.5, space_before=1))
        b.append(w.p("NOTICE OF DENIAL OF MEDICAL COVERAGE", bold=True, size=12.5, align="center", space_before=12))
        b.append(Block("table", rows=[["Date", sent], ["Name", w.name()], ["Member number", w.mid()],
                                      ["Plan", plan_cue], ["Ordering physician", w.prov()]]
                       + ([["Request received", rec]] if rec else []) + ([["Decision date", dec]] if dec else []),
                       header_row=False, size=8.5, space_before=8))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                       left=["KAISER PERMANENTE", f"{region}",
                             w.pick(["Medicare Utilization Review", "Durable Medical Equipment Review"])],
                       right=addr[1:] + [f"Fax {c.phones['fax']}"]))
        info = [("Member", w.name()), ("Member ID", w.mid()), ("Plan", plan_cue), ("Ordering physician", w.prov()),
                ("Reference", ref)] + ([("Received", rec)] if rec else []) + ([("Decided", dec)] if dec else [])
        if variant == 2:
            b.append(Block("twocol", left=[sent, "", w.name()] + c.member_addr,
                           right=[f"{k}: {v}" for k, v in info if k not in ("Member", "Plan")],
                           size=st.size - 1, space_before=8))
            b.append(w.p(f"Plan: {plan_cue}", size=st.size - 1, space_before=2))
        else:
            b.append(w.p(sent, space_before=10))
            b.append(w.p(w.name(), space_before=8))
            b += [w.p(x, space_before=0) for x in c.member_addr]
            for k, v in info[1:]:
                b.append(w.p(f"{k}: {v}", space_before=0.5, size=st.size - 0.5, indent=220))
        b.append(w.p(w.pick(["Notice of Denial of Medical Coverage", "Coverage decision on medical equipment",
                             "Medicare coverage decision: durable medical equipment"]), bold=True,
                     space_before=10, size=st.size + 1))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    what = "partly approved" if partial else "denied"
    b.append(w.p(w.pick([
        f"We have {what} the medical equipment your doctor, {w.prov()}, asked for" + (f" on {rec}." if rec else "."),
        f"Kaiser Permanente has {what} the request from {w.prov()} for the durable medical equipment listed below.",
    ])))
    if urgent and not no_fast:
        b.append(w.p(w.pick(["Your doctor asked for a fast decision, so we handled this as an expedited request.",
                             "This was reviewed as a fast (expedited) request because your doctor asked for one."])))

    def sec(t: str) -> Block:
        if variant == 0:
            return w.h(t, space_before=10, shade=True)
        if variant == 2:
            return w.h(t.upper(), space_before=10)
        return w.h(t, space_before=10)

    b.append(sec(w.pick(["Equipment requested", "Items reviewed"])))
    if variant == 2:
        for s in c.services:
            dcs = "APPROVED" if s["decision"] == "approved" else "DENIED"
            b.append(w.p(f"- {_code(s['codes'][0])} {M('SERVICE', s['text'])}, quantity {s['qty']}: {dcs}",
                         indent=10, space_before=1))
    else:
        rows = [["HCPCS", "Item", "Qty", "Decision"]]
        for s in c.services:
            rows.append([_code(s["codes"][0]), M("SERVICE", s["text"]), s["qty"],
                         "Approved" if s["decision"] == "approved" else "Denied"])
        b.append(Block("table", rows=rows, size=8.5, space_before=4, col_align=["left", "left", "right", "left"]))
    b.append(w.p("Diagnosis: " + "; ".join(w.dx(d) for d in c.diagnoses), size=st.size - 0.5))
    b.append(sec(w.pick(["Why we denied your request", "Reason for our decision", "Why we made this decision"])))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([f"We used {cs} to make this decision.", f"Coverage rules applied: {cs}.",
                             f"This decision follows {cs}."])))
    if c.extra["ma_show_rev"]:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"]) + (f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else "")
        if _has(c, "process.reviewer_not_physician"):
            b.append(w.p(f"Decision made by: {nm}, {c.reviewer_title}"))
        else:
            sp = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
            t = w.pick([f"A physician, {nm}" + (f" ({sp})" if sp else "") + ", reviewed this request.",
                        f"Physician reviewer: {nm}" + (f", {sp}" if sp else "")])
            if r["phone"]:
                t += w.pick([f" Your doctor can discuss the decision with the reviewer at {M('REVIEWER_PHONE', r['phone'])}.",
                             f" Reviewer line: {M('REVIEWER_PHONE', r['phone'])}."])
            b.append(w.p(t))
    # Medi-Cal
    b.append(sec(w.pick(["If you also have Medi-Cal", "About your Medi-Cal coverage"])))
    b.append(w.p(w.pick([
        "Our records show that you have Medi-Cal as well as Medicare. Medi-Cal may cover some items that Medicare "
        "does not. For questions about your Medi-Cal benefits, you can call the Medi-Cal Member Helpline at "
        "1-800-541-5555.",
        "You are enrolled in both Medicare and Medi-Cal. This notice is about your Medicare coverage through "
        "Senior Advantage. If you have questions about what Medi-Cal covers, call the Medi-Cal Member Helpline, "
        "1-800-541-5555.",
    ])))
    # rights
    b.append(sec(w.pick(["You have the right to appeal our decision", "Your appeal rights", "How to appeal"])))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"You have the right to ask Kaiser Permanente to reconsider (review) our decision. This is called an appeal. "
        f"We must receive your appeal within {days} from the date of this notice. You, your doctor or someone you "
        f"name as your representative may ask.",
        f"If you disagree, you may appeal. Your request for reconsideration must be filed within {days} of the date "
        "on this notice. Your doctor or a representative may file for you.",
    ])))
    b.append(w.p(f"Send a written appeal to {', '.join(addr)}, fax it to {c.phones['fax']}, or call Member "
                 f"Services at {_MA_PHONE} (TTY 711), 8 a.m. to 8 p.m., 7 days a week."))
    b.append(w.p(w.pick([
        "Standard appeal: we will give you a decision within 30 days after we get your appeal.",
        "For a standard appeal, we will answer within 30 days.",
    ])))
    if not no_fast:
        b.append(w.p(w.pick([
            "Fast appeal: if you or your doctor believe that waiting 30 days could seriously harm your health, ask "
            f"for a fast (expedited) appeal by calling {_MA_PHONE}. We will decide within 72 hours.",
            "You can ask for an expedited appeal if waiting could seriously harm your health or your ability to "
            f"function. Call {_MA_PHONE} or fax your request; we will answer within 72 hours.",
        ])))
    if not no_ire:
        b.append(w.p(w.pick([
            "If we do not decide fully in your favor, we will automatically send your appeal to an Independent "
            "Review Entity, an organization hired by Medicare that is not connected with us. If you disagree with "
            "that decision, you may have further appeal rights.",
            "What happens next: if we uphold the denial, your case goes automatically to the Independent Review "
            "Entity for a new review. Later levels of appeal are explained in your Evidence of Coverage.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for a free copy of the information we used to make this decision, including the coverage rules.",
        "You can request, free of charge, copies of your case file and the rules used in this decision.",
    ])))
    b.append(w.p(w.pick([
        "For help, call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, 24 hours a day, or visit "
        "www.medicare.gov. Free counseling is available from HICAP at 1-800-434-0222.",
        "You can also get help from Medicare at 1-800-MEDICARE (1-800-633-4227; TTY 1-877-486-2048) or from the "
        "Health Insurance Counseling and Advocacy Program (HICAP), 1-800-434-0222.",
    ])))
    b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
    b.append(w.p(w.pick(["Medicare Utilization Review", "Senior Advantage DME Review Team"]), bold=True,
                 space_before=6))
    b.append(w.p("Kaiser Foundation Health Plan, Inc.", space_before=0))
    if w.chance(0.5):
        b.append(w.p(f"cc: {w.prov()}", size=8.5, space_before=6))
    b.append(w.small(w.pick([
        "Kaiser Permanente is an HMO plan with a Medicare contract. Enrollment in Kaiser Permanente depends on "
        "contract renewal.",
        "Kaiser Permanente Senior Advantage is offered by Kaiser Foundation Health Plan, Inc., an HMO with a "
        "Medicare contract.",
    ]), space_before=10))
    b.append(w.small(_nondiscrimination(w), space_before=3))
    b += _taglines(w, "CA", w.pick(["Multi-language interpreter services", "Language assistance",
                                    "Help in your language"]), _MA_PHONE)
    return b, st, ["ma_cms_style_notice", "ma_letter_item_table", "ma_twocol_bullets"][variant]


BLIND15_TEMPLATES["blind15_scal_dual_special_needs_dme"] = (t_b15_ma, dict(
    plans=["medicare_advantage"], states=["CA"], kinds=["initial_denial", "partial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b15_ma))
MODELED_ON["blind15_scal_dual_special_needs_dme"] = (
    "blind15: Kaiser Permanente Southern California Senior Advantage organization determination for a member with "
    "Medicare and Medi-Cal, denying or partly approving durable medical equipment (group 2 power wheelchair with a "
    "manual chair approved, total electric hospital bed with a semi-electric bed approved, CPAP continued rental "
    "for low use, portable oxygen concentrator with a stationary one approved) in a HCPCS item table or bullets; "
    "NCD/LCD named (or internal criteria when planted); Medi-Cal mentioned with the Medi-Cal Member Helpline only; "
    "60-day reconsideration, 30-day standard and 72-hour fast appeal, automatic Independent Review Entity, "
    "1-800-MEDICARE, HICAP, taglines")
