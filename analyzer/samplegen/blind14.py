"""Fourteenth blind evaluation set: four templates written without sight of the extractor, to be measured once.

Registered in ``BLIND14_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind14_ncal_grievance_resolution")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind14_ncal_grievance_resolution``: Kaiser Permanente Northern California commercial HMO letter resolving a
   member's grievance about a denial (bariatric surgery, residential mental-health care, eyelid surgery, proton beam
   therapy, sacroiliac joint fusion, a skin-removal operation, hearing aids, an outside specialist); the denial is
   upheld in full or in part; the grievance is summarised, the records reviewed are listed, the reviewer is named
   (or not), and the rights are the DMHC statement, Independent Medical Review within six months and the Health
   Consumer Alliance.
2. ``blind14_fehb_specialty_drug``: Kaiser Permanente Mid-Atlantic States or Colorado Federal Employees Health
   Benefits plan prior-authorization denial of a specialty drug (biologic, GLP-1 for weight management, growth
   hormone), sometimes approved in part (fewer doses or a shorter period), with the 6-month reconsideration request
   and the OPM disputed-claims review as the rule catalogue gives them.
3. ``blind14_md_medicaid_residential_sud``: Kaiser Permanente Mid-Atlantic States Maryland Medicaid (HealthChoice)
   notice on residential substance-use-disorder treatment at an ASAM level of care: a denial, or fewer days than
   requested shown in a small table; 60-day appeal, 72-hour expedited appeal, State Fair Hearing and continued
   benefits within 10 days.
4. ``blind14_spanish_fax_referral``: Kaiser Permanente Colorado commercial HMO letter in Spanish denying a referral
   to an outside specialist or facility (care available from Plan providers) or putting the decision on hold for
   more information; some variants open with an English fax transmittal sheet (Pages / To / From / confidentiality
   notice) and the letter starts on page 2; day-first dates ("5 de marzo de 2025", "05/03/2025").

Dates use this set's own styles (``b14date``); ``parse_blind14_date`` reads them back (``dayfirst=True`` for the
Spanish template, whose numeric dates are day first).
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
BLIND14_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_MON3 = [m[:3] for m in MONTHS]
_MES3 = [m[:3] for m in MESES]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def b14date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "long":  # March 3, 2025
        return f"{mon} {d.day}, {d.year}"
    if style == "mdy":  # 03/03/2025
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmon3":  # 3 Mar 2025
        return f"{d.day} {mon[:3]} {d.year}"
    if style == "mon3p":  # Mar. 3, 2025 (May without a point)
        return f"{mon[:3]}{'' if mon == 'May' else '.'} {d.day}, {d.year}"
    if style == "weekday":  # Monday, March 3, 2025
        return f"{_WEEKDAYS[d.weekday()]}, {mon} {d.day}, {d.year}"
    if style == "dmonu":  # 03-MAR-2025
        return f"{d.day:02d}-{mon[:3].upper()}-{d.year}"
    if style == "iso":  # 2025-03-03
        return d.isoformat()
    if style == "es_long":  # 5 de marzo de 2025
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "es_num":  # 05/03/2025 (day first)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "es_dia":  # miércoles, 5 de marzo de 2025
        return f"{_DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "es_abbr":  # 5-mar-2025
        return f"{d.day}-{MESES[d.month - 1][:3]}-{d.year}"
    raise ValueError(style)


STYLES = ("long", "mdy", "dmon3", "mon3p", "weekday", "dmonu", "iso")
STYLES_ES = ("es_long", "es_num", "es_dia", "es_abbr")


def parse_blind14_date(text: str, dayfirst: bool = False) -> dt.date | None:
    """Read back a date printed by ``b14date`` (None for anything else); numeric dates are day first if asked."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            a, b = int(m[1]), int(m[2])
            return dt.date(int(m[3]), b, a) if dayfirst else dt.date(int(m[3]), a, b)
        m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", t)
        if m and m[2].title() in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2].title()) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{1,2})-([a-zé]{3})-(\d{4})", t)
        if m and m[2] in _MES3:
            return dt.date(int(m[3]), _MES3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(?:([a-zéá]+), )?(\d{1,2}) de ([a-z]+) de (\d{4})", t)
        if m and m[3] in MESES:
            day = dt.date(int(m[4]), MESES.index(m[3]) + 1, int(m[2]))
            if m[1] and m[1] != _DIAS[day.weekday()]:
                return None
            return day
        m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(?:([A-Z][a-z]+), )?([A-Z][a-z]+)(\.?) (\d{1,2}), (\d{4})", t)
        if m:
            name = m[2]
            if name in MONTHS and not m[3]:
                mon = MONTHS.index(name) + 1
            elif name in _MON3 and (m[3] or name == "May"):
                mon = _MON3.index(name) + 1
            else:
                return None
            day = dt.date(int(m[5]), mon, int(m[4]))
            if m[1] and m[1] != _WEEKDAYS[day.weekday()]:
                return None
            return day
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b14_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None, style: str | None = None) -> str:
    return b14date(day, style or w.c.extra["b14_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None, style: str | None = None) -> str:
    return M(label, _fd(w, day, style)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _low(s: str) -> str:
    first = s.split(" ")[0]
    if len(first) > 1 and first[:2].isupper():
        return s
    return s[:1].lower() + s[1:]


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([50.0, 56.0, 64.0, 72.0]),
               margin_t=w.pick([38.0, 46.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 8.0])
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


def _reviewer(w: W, lead: str) -> str:
    """Who decided; a non-physician title when that defect is planted (then no specialty is printed)."""
    c = w.c
    r = c.reviewer
    who = M("REVIEWER_NAME", r["name"])
    if r["credentials"]:
        who += ", " + M("REVIEWER_CRED", r["credentials"])
    if _has(c, "process.reviewer_not_physician"):
        t = f"{lead} {who}, {c.reviewer_title}"
    else:
        spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
        t = f"{lead} {who}" + (w.pick([f", who is board certified in {spec}", f" ({spec})",
                                       f", a physician in {spec}"]) if spec else ", a physician")
    if r["phone"]:
        t += w.pick([f". You or your doctor may call the reviewer at {M('REVIEWER_PHONE', r['phone'])}",
                     f"; direct telephone {M('REVIEWER_PHONE', r['phone'])}"])
    return t + "."


# taglines: one line per language, with the plan's own telephone number
_TAGS = {
    "es": ("Español", "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia "
           "lingüística. Llame al {ph} (TTY 711)."),
    "zh": ("繁體中文", "注意：如果您使用繁體中文，您可以免費獲得語言援助服務。請致電 {ph}（TTY 711）。"),
    "vi": ("Tiếng Việt", "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. "
           "Gọi số {ph} (TTY 711)."),
    "tl": ("Tagalog", "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa "
           "wika nang walang bayad. Tumawag sa {ph} (TTY 711)."),
    "ko": ("한국어", "주의: 한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. {ph} (TTY 711)번으로 "
           "전화해 주십시오."),
    "hy": ("Հայերեն", "ՈՒՇԱԴՐՈՒԹՅՈՒՆ՝ Եթե խոսում եք հայերեն, ձեզ կարող են անվճար տրամադրվել լեզվական "
           "աջակցության ծառայություններ։ Զանգահարեք {ph} (TTY 711)։"),
    "fa": ("فارسی", "توجه: اگر به زبان فارسی گفتگو می کنید، تسهیلات زبانی بصورت رایگان برای شما فراهم می باشد. "
           "با {ph} (TTY 711) تماس بگیرید."),
    "ru": ("Русский", "ВНИМАНИЕ: если вы говорите на русском языке, вам доступны бесплатные услуги перевода. "
           "Звоните {ph} (TTY 711)."),
    "ja": ("日本語", "注意事項：日本語を話される場合、無料の言語支援をご利用いただけます。{ph}（TTY 711）まで、お電話にてご連絡"
           "ください。"),
    "ar": ("العربية", "ملحوظة: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان. اتصل برقم {ph} "
           "(TTY 711)."),
    "pa": ("ਪੰਜਾਬੀ", "ਧਿਆਨ ਦਿਓ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਭਾਸ਼ਾ ਵਿੱਚ ਸਹਾਇਤਾ ਸੇਵਾ ਤੁਹਾਡੇ ਲਈ ਮੁਫਤ ਉਪਲਬਧ ਹੈ। {ph} "
           "(TTY 711) 'ਤੇ ਕਾਲ ਕਰੋ।"),
    "km": ("ភាសាខ្មែរ", "ប្រយ័ត្ន៖ បើសិនជាអ្នកនិយាយភាសាខ្មែរ សេវាជំនួយផ្នែកភាសាដោយមិនគិតឈ្នួល គឺអាចមានសំរាប់បំរើអ្នក។ "
           "ចូរទូរស័ព្ទ {ph} (TTY 711)។"),
    "hmn": ("Hmoob", "LUS CEEV: Yog tias koj hais lus Hmoob, cov kev pab txog lus, muaj kev pab dawb rau koj. Hu "
            "rau {ph} (TTY 711)."),
    "hi": ("हिंदी", "ध्यान दें: यदि आप हिंदी बोलते हैं तो आपके लिए मुफ्त में भाषा सहायता सेवाएं उपलब्ध हैं। {ph} (TTY 711) "
           "पर कॉल करें।"),
    "th": ("ภาษาไทย", "เรียน: ถ้าคุณพูดภาษาไทยคุณสามารถใช้บริการช่วยเหลือทางภาษาได้ฟรี โทร {ph} (TTY 711)"),
    "fr": ("Français", "ATTENTION : si vous parlez français, des services d'aide linguistique vous sont proposés "
           "gratuitement. Appelez le {ph} (TTY 711)."),
    "am": ("አማርኛ", "ማስታወሻ: የሚናገሩት ቋንቋ አማርኛ ከሆነ የትርጉም እርዳታ ድርጅቶች፣ በነጻ ሊያግዝዎት ተዘጋጀተዋል፡ ወደ {ph} "
           "(TTY 711) ይደውሉ።"),
    "yo": ("Yorùbá", "AKIYESI: Ti o ba nsọ ede Yorùbá ọfẹ ni iranlọwọ lori ede wa fun yin o. Ẹ pe ẹ̀rọ-ìbánisọ̀rọ̀ "
           "{ph} (TTY 711)."),
    "en": ("English", "ATTENTION: If you speak English, free language assistance services are available to you. "
           "Call {ph} (TTY 711)."),
    "de": ("Deutsch", "ACHTUNG: Wenn Sie Deutsch sprechen, stehen Ihnen kostenlos sprachliche Hilfsdienstleistungen "
           "zur Verfügung. Rufnummer: {ph} (TTY 711)."),
    "ur": ("اردو", "خبردار: اگر آپ اردو بولتے ہیں، تو آپ کو زبان کی مدد کی خدمات مفت میں دستیاب ہیں ۔ کال کریں "
           "{ph} (TTY 711)."),
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "MA": ["es", "am", "ko", "zh", "vi", "fr", "yo", "tl", "ru", "ar", "ur", "fa", "de", "hi"],
    "CO": ["en", "vi", "zh", "ko", "ru", "am", "ar", "de", "fr", "ja", "tl", "ne"],  # for a letter in Spanish
    "COE": ["es", "vi", "zh", "ko", "ru", "am", "ar", "de", "fr", "ja", "tl", "ne"],  # for a letter in English
}
_TAGS["ne"] = ("नेपाली", "ध्यान दिनुहोस्: तपाईंले नेपाली बोल्नुहुन्छ भने तपाईंको निम्ति भाषा सहायता सेवाहरू निःशुल्क रूपमा "
               "उपलब्ध छ। फोन गर्नुहोस् {ph} (TTY 711)।")


def _taglines(w: W, key: str, heading: str, ph: str, labelled: bool | None = None) -> list[Block]:
    """One line per language; nothing at all when the language-assistance defect is planted."""
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    langs = head + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    labelled = w.chance(0.5) if labelled is None else labelled
    out = [w.h(heading, space_before=12, size=8.0)]
    for code in langs:
        name, t = _TAGS[code]
        t = t.replace("{ph}", ph)
        if labelled:
            t = f"{name}: {t}"
        out.append(Block("para", text=t, size=6.8, unicode=_uni(t), space_before=1.2))
    return out


# === 1. Kaiser Permanente Northern California: grievance resolution =================================================

# stories: category -> list of dict(key, lines=[(texts, code)], dx=[(texts, code)], spec, facts, crit, alt, ...)
_NC_OUTSIDE = ["Bayview University Medical Center", "Golden Gate Academic Neurosciences Institute",
               "Sutter Creek Headache and Facial Pain Center", "Delta Valley Specialty Surgeons"]
_NC_STORIES = {
    "medical_necessity": [
        dict(key="sleeve", spec=["General Surgery", "Bariatric Surgery"],
             lines=[(["Laparoscopic sleeve gastrectomy", "Sleeve gastrectomy, laparoscopic"], "43775")],
             dx=[(["Morbid (severe) obesity due to excess calories"], "E66.01"),
                 (["Body mass index [BMI] 40.0-44.9, adult", "Body mass index 40.0-44.9, adult"], "Z68.41"),
                 (["Obstructive sleep apnea"], "G47.33")],
             alt=(["Medical weight management program, group visits", "Group weight management sessions"],
                  "S9449"),
             grv=["you wrote that you have tried to lose weight for many years and that your sleep apnea and knee "
                  "pain are getting worse", "you told us that diets and medicines have not worked for you and that "
                  "you believe surgery is your best option"],
             facts=["the records show a body mass index of 41 with sleep apnea, which meets the weight part of the "
                    "criteria, but the required evaluation by the bariatric program's psychologist has not been "
                    "done and there is no record of the six-month preparation program the criteria require",
                    "the records do not show the pre-surgery nutrition visits or the psychological evaluation that "
                    "the criteria require before a sleeve gastrectomy, and your most recent HbA1c of 11.2 percent "
                    "shows that diabetes control has to improve before surgery can be done safely"],
             crit=["Kaiser Permanente Northern California Bariatric Surgery Criteria (2025)",
                   "MCG Inpatient and Surgical Care guideline: Bariatric Surgery"]),
        dict(key="bleph", spec=["Ophthalmology", "Oculoplastic Surgery"],
             lines=[(["Upper eyelid blepharoplasty, both eyes", "Bilateral upper lid blepharoplasty"], "15823")],
             dx=[(["Dermatochalasis of right upper eyelid"], "H02.831"),
                 (["Dermatochalasis of left upper eyelid"], "H02.834")],
             grv=["you explained that your drooping eyelids block your vision when you drive",
                  "you wrote that you have to tilt your head back to read and that your eyelids feel heavy by the "
                  "end of the day"],
             facts=["the visual field test from your optometry visit shows that the upper field improves by only "
                    "6 degrees when the eyelids are taped, and the photographs show the lid margin above the pupil; "
                    "the criteria require a loss of at least 12 degrees that is corrected by taping",
                    "the photographs sent with the request show the eyelid skin resting above the pupil and the "
                    "taped and untaped visual fields differ by less than the amount the criteria require, so the "
                    "surgery would not be expected to restore vision"],
             crit=["Kaiser Permanente Northern California Blepharoplasty Criteria",
                   "MCG Ambulatory Care guideline: Blepharoplasty"]),
        dict(key="rtc", mh=True, spec=["Psychiatry", "Adult Psychiatry"],
             lines=[(["Adult residential mental health treatment, per diem",
                      "Residential treatment program for depression"], "H0018")],
             dx=[(["Major depressive disorder, recurrent severe without psychotic features",
                   "Major depressive disorder, recurrent, severe, without psychotic features"], "F33.2"),
                 (["Generalized anxiety disorder"], "F41.1")],
             alt=(["Mental health partial hospitalization program", "Partial hospitalization, mental health"],
                  "H0035"),
             grv=["you told us that weekly therapy has not been enough and that you have not been able to work for "
                  "two months", "your daughter wrote on your behalf that your depression has not improved with "
                  "outpatient care and that she worries about your safety at home"],
             facts=["the psychiatrist's notes from your last three visits show no thoughts of suicide, you live with "
                    "your daughter who supports your care, and you are attending your appointments; a partial "
                    "hospitalization program five days a week can give the level of treatment your records support",
                    "your ratings in the level-of-care assessment fall in the range for an intensive outpatient or "
                    "partial hospitalization program, not 24-hour residential care: you have no recent self-harm, "
                    "you are eating and sleeping at home, and you have been taking your medicine as prescribed"],
             crit=["LOCUS (Level of Care Utilization System), American Association for Community Psychiatry, "
                   "version 20"],
             bad=["InterQual Behavioral Health: Adult Residential Treatment (2025)",
                  "MCG Behavioral Health Care, Residential Behavioral Health Level of Care, Adult"]),
    ],
    "experimental_investigational": [
        dict(key="proton", spec=["Radiation Oncology"],
             lines=[(["Proton beam radiation therapy, complex", "Proton treatment delivery, complex"], "77525")],
             dx=[(["Malignant neoplasm of upper lobe, right bronchus or lung"], "C34.11")],
             alt=(["Intensity-modulated radiation therapy (IMRT)", "IMRT treatment delivery"], "77385"),
             grv=["you wrote that you read proton therapy causes less damage to the heart and lungs and asked us to "
                  "cover it at {out}", "you told us you are worried about lung scarring and want proton therapy "
                  "instead of standard radiation"],
             facts=["for lung cancer like yours, the studies published so far have not shown that proton therapy "
                    "controls the cancer better or causes less lung or heart damage than intensity-modulated "
                    "radiation therapy, which Kaiser Permanente offers; for this use proton therapy is considered "
                    "investigational",
                    "the randomized trials comparing proton therapy with photon radiation for lung cancer have not "
                    "finished, and the evidence so far does not show a benefit for patients with your stage and "
                    "tumor location; it remains investigational for this diagnosis"],
             crit=["Kaiser Permanente Medical Technology Assessment: Proton Beam Radiation Therapy",
                   "ASTRO Model Policy: Proton Beam Therapy"]),
        dict(key="sijf", spec=["Orthopedic Surgery", "Neurosurgery"],
             lines=[(["Minimally invasive sacroiliac joint fusion", "Percutaneous sacroiliac joint arthrodesis"],
                     "27279")],
             dx=[(["Sacroiliitis, not elsewhere classified"], "M46.1"),
                 (["Low back pain, unspecified", "Low back pain"], "M54.50")],
             grv=["you wrote that your low back and buttock pain has not responded to injections and physical "
                  "therapy", "you told us that an outside surgeon recommended the fusion and that you cannot sit "
                  "for more than twenty minutes"],
             facts=["the studies of minimally invasive sacroiliac joint fusion are small, mostly sponsored by the "
                    "device makers and followed patients for a short time; they do not show lasting benefit "
                    "compared with non-surgical care, so the procedure is considered investigational",
                    "the evidence reviewed by our technology assessment committee does not establish that the "
                    "fusion device improves pain or function over time for people with your diagnosis"],
             crit=["Kaiser Permanente Interregional New Technologies Committee: Minimally Invasive Sacroiliac Joint "
                   "Fusion"]),
    ],
    "not_covered": [
        dict(key="pannic", spec=["Plastic Surgery"],
             lines=[(["Panniculectomy (removal of excess abdominal skin)", "Abdominal panniculectomy"], "15830")],
             dx=[(["Excessive and redundant skin and subcutaneous tissue"], "L98.7")],
             grv=["you explained that after losing 120 pounds the extra skin causes rashes and makes exercise hard",
                  "you wrote that the loose skin on your abdomen is painful and embarrassing"],
             facts=["the photographs and notes show no skin infection or breakdown that has not healed with "
                    "treatment; removing the skin in this case would change your appearance, and cosmetic services "
                    "are excluded",
                    "your dermatology visits show that the rash cleared with the prescribed cream, so the surgery "
                    "is being done to improve how your abdomen looks, which your plan does not cover"],
             eoc=['"Cosmetic Services" under "Exclusions, Limitations, Coordination of Benefits, and Reductions" in '
                  'your {year} Evidence of Coverage', 'the Evidence of Coverage, Exclusions section, "Cosmetic '
                  'Services" (page {page})']),
        dict(key="aids", spec=["Otolaryngology", "Audiology"],
             lines=[(["Hearing aids, digital, both ears", "Binaural digital hearing aids, behind the ear"],
                     "V5261")],
             dx=[(["Sensorineural hearing loss, bilateral"], "H90.3")],
             grv=["you asked us to pay for hearing aids because your hearing test shows loss in both ears",
                  "you wrote that you cannot follow conversations at work and your audiologist recommended hearing "
                  "aids"],
             facts=["your employer's plan does not include the hearing aid benefit rider; the hearing test and "
                    "fitting visits are covered, but the hearing aids themselves are not",
                    "your group's coverage has no hearing aid rider, so hearing aids are excluded even though the "
                    "audiologist recommended them"],
             eoc=['"Hearing aids" in the Exclusions section of your {year} Evidence of Coverage',
                  'the Evidence of Coverage, Exclusions, "Hearing aids" (page {page})']),
    ],
    "out_of_network": [
        dict(key="mvd", spec=["Neurosurgery", "Neurology"],
             lines=[(["Microvascular decompression of the trigeminal nerve by a non-Plan neurosurgeon",
                      "Microvascular decompression, trigeminal nerve (outside surgeon)"], "61458")],
             dx=[(["Trigeminal neuralgia"], "G50.0")], innet="Neurosurgery",
             grv=["you asked to have the operation done by a surgeon at {out} because he has done many of them",
                  "you wrote that you want a surgeon at {out} who was recommended by a friend"],
             facts=["neurosurgeons in our network perform microvascular decompression for trigeminal neuralgia "
                    "regularly, and an appointment with one of them is available to you; services from a non-Plan "
                    "provider are covered only when the care is not available from Plan providers",
                    "The Permanente Medical Group has neurosurgeons with experience in this operation, so the "
                    "referral to an outside surgeon does not meet the conditions for covering care outside the "
                    "network"]),
        dict(key="headache", spec=["Neurology"],
             lines=[(["Consultation at an outside headache center", "Outpatient consultation, non-Plan headache "
                      "specialist"], "99244")],
             dx=[(["Chronic migraine without aura, intractable, without status migrainosus"], "G43.719")],
             innet="Neurology",
             grv=["you asked for a referral to {out} because your migraines have not improved",
                  "you wrote that you want to be seen at {out}, which specializes in headaches"],
             facts=["our neurology department has a headache clinic that offers the same evaluation and treatments, "
                    "including nerve blocks and preventive injections, and you have not yet been seen there; care "
                    "outside the network is covered only when Plan providers cannot provide it",
                    "the treatments you asked about are available from Plan neurologists, and an appointment has "
                    "been offered to you; a non-Plan consultation is not covered when the care is available in the "
                    "network"]),
    ],
}


_UNCRIT = [("which meets the weight part of the criteria, but", "which is high enough for surgery, but"),
           ("the six-month preparation program the criteria require", "the six-month preparation program that must "
            "come first"),
           ("that the criteria require before a sleeve gastrectomy", "that must be completed before a sleeve "
            "gastrectomy"),
           ("the criteria require a loss of at least 12 degrees that is corrected by taping",
            "a loss of at least 12 degrees that is corrected by taping is expected before this surgery"),
           ("differ by less than the amount the criteria require", "differ by only a few degrees")]


def _uncrit(c, text: str) -> str:
    """A letter planted without criteria does not point at 'the criteria' in its facts either."""
    if not c.criteria:
        for a, b in _UNCRIT:
            text = text.replace(a, b)
    return text


def _nc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b14_nc"):
        return
    c.extra["b14_nc"] = True
    _fmt(w, ("long", "mdy", "weekday", "mon3p", "dmon3"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", c.region)
    pool = _NC_STORIES[c.category]
    if c.category == "medical_necessity":
        if _has(c, "mh_parity.non_association_criteria"):
            pool = [s for s in pool if s.get("mh")]
        elif _has(c, "notice.criteria_cited"):  # a letter naming no criteria is not a mental-health one
            pool = [s for s in pool if not s.get("mh")]
    story = w.pick(pool)
    c.extra["nc_story"] = story
    c.scenario = dict(c.scenario, mh=bool(story.get("mh")), key=story["key"])
    out = w.pick(_NC_OUTSIDE) if c.category == "out_of_network" else w.pick(V.OUTSIDE_PROVIDERS[:13])
    if story["key"] == "rtc":
        out = w.pick(["Harborlight Behavioral Health", "Redwood Bend Residential Treatment Center"])
    if story["key"] == "proton":
        out = w.pick(["Cascadia Proton Therapy Center", "Coastal Proton Institute"])
    c.extra["nc_out"] = out
    svcs = [dict(text=w.pick(t), codes=[cd], decision="denied") for t, cd in story["lines"]]
    # upheld in part: the plan approves the lower level of care it offered in the first decision
    part = bool(story.get("alt")) and w.chance(0.4)
    if part:
        t, cd = story["alt"]
        svcs.append(dict(text=w.pick(t), codes=[cd], decision="approved"))
    c.extra["nc_part"] = part
    c.services = svcs
    dx = story["dx"] if w.chance(0.6) else story["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.extra["nc_fact"] = w.pick(story.get("facts", [""]))
    c.extra["nc_grv"] = w.pick(story["grv"]).replace("{out}", out)
    c.extra["nc_first"] = c.received - dt.timedelta(days=w.rng.randint(9, 40))  # the original denial (unmarked)
    c.service = None
    c.criteria = []
    if c.category in ("medical_necessity", "experimental_investigational") and not _has(c, "notice.criteria_cited"):
        if _has(c, "mh_parity.non_association_criteria"):
            c.criteria = [w.pick(story["bad"])]
        else:
            crit = story["crit"]
            c.criteria = list(crit) if len(crit) == 1 or w.chance(0.4) else [w.pick(crit)]
    c.extra["nc_fact"] = _uncrit(c, c.extra["nc_fact"])
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = w.pick(story["spec"])
    if c.reviewer and w.rng.random() < 0.3 and not _has(c, "process.reviewer_not_physician"):
        c.reviewer["phone"] = None
    if c.category == "out_of_network":
        spec = story["innet"]
        c.innet["specialty"] = spec
        c.innet["facility"] = w.pick(V.facilities("CA", c.region))
    c.extra["nc_eoc"] = w.pick(story.get("eoc", [""])).replace("{year}", str(c.letter.year)).replace(
        "{page}", str(c.extra["page"]))
    _flags(c)


def reason_b14_nc(w: W) -> str:
    _nc_setup(w)
    c = w.c
    fact = c.extra["nc_fact"]
    denied = [s for s in c.services if s["decision"] == "denied"]
    names = join_and([_low(s["text"]) for s in denied])
    cat = c.category
    if cat == "not_covered":
        if _has(c, "notice.plan_provision"):
            return w.pick([f"The {names} is not a covered benefit under your plan: {fact}.",
                           f"We are upholding the denial because {fact}. The {names} is not covered."])
        eoc = c.extra["nc_eoc"]
        return w.pick([
            f"The {names} is not a covered benefit: {fact}. See {eoc}.",
            f"We are upholding the denial because {fact}. This exclusion is described in {eoc}.",
        ])
    if cat == "out_of_network":
        return w.pick([
            f"We are upholding the denial of the {names} because {fact}.",
            f"The request for the {names} remains denied: {fact}.",
        ])
    if cat == "experimental_investigational":
        if c.extra["nc_part"]:
            ok = join_and([_low(s["text"]) for s in c.services if s["decision"] == "approved"])
            return w.pick([f"The denial of the {names} is upheld because {fact}. The {ok} is approved.",
                           f"We approved the {ok}, but the {names} is still not covered because {fact}."])
        return w.pick([
            f"The denial of the {names} is upheld because {fact}.",
            f"We agree with the original decision. The {names} is not covered for you because {fact}.",
        ])
    if c.extra["nc_part"]:
        ok = join_and([_low(s["text"]) for s in c.services if s["decision"] == "approved"])
        return w.pick([
            f"The {names} remains denied because {fact}. We have approved the {ok} instead.",
            f"We are overturning part of the original decision: the {ok} is approved. The {names} is still not "
            f"medically necessary because {fact}.",
        ])
    return w.pick([
        f"The {names} is not medically necessary at this time because {fact}.",
        f"After reviewing your records, the physician found that {fact}. For this reason the denial of the {names} "
        "is upheld.",
    ])


def _nc_dmhc(w: W, size: float) -> list[Block]:
    """The DMHC statement in this set's words, bold; nothing when that defect is planted."""
    if _has(w.c, "notice.dmhc_statement"):
        return []
    t = w.pick([
        "The California Department of Managed Health Care regulates health care service plans. If you have a "
        "grievance against Kaiser Permanente, please first call us at 1-800-464-4000 (TTY 711) and use our "
        "grievance process. Using our process does not limit any legal rights or remedies you may have. If your "
        "grievance involves an emergency, if you are not satisfied with how we resolved it, or if it has not been "
        "resolved after more than 30 days, you may call the Department for help. You may be eligible for an "
        "Independent Medical Review (IMR), which gives an impartial review of health plan decisions about the "
        "medical necessity of a proposed service or treatment, about coverage of treatments that are experimental "
        "or investigational, and about payment disputes for emergency or urgent medical services. The Department's "
        "toll-free number is 1-888-466-2219 and its TDD line for the hearing and speech impaired is 1-877-688-9891. "
        "Complaint forms, IMR applications and instructions are on the Department's website, www.dmhc.ca.gov.",
        "About the Department of Managed Health Care: the State of California's Department of Managed Health Care "
        "(DMHC) oversees health plans. Before you go to the DMHC with a grievance against Kaiser Permanente, call "
        "us at 1-800-464-4000 (TTY 711) and use our grievance process; doing so does not take away any legal "
        "right or remedy. Call the DMHC if your grievance is about an emergency, if our resolution does not "
        "satisfy you, or if we have not resolved it within 30 days. An Independent Medical Review (IMR) may be "
        "available to you: it is an impartial review of medical-necessity decisions, of decisions about "
        "experimental or investigational treatment, and of payment disputes for emergency or urgent care. DMHC "
        "toll-free line 1-888-466-2219; TDD 1-877-688-9891; forms and instructions at www.dmhc.ca.gov.",
    ])
    return [w.p(t, bold=True, size=max(size, 10.0), boxed=w.chance(0.5), space_before=8)]


def t_b14_nc(w: W):
    _nc_setup(w)
    c = w.c
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5])
    variant = w.rng.randrange(3)  # 0 classic letter, 1 banner with summary tables, 2 numbered memo with twocol top
    urgent = c.urgency == "expedited"
    cat = c.category
    part = c.extra["nc_part"]
    addr = V.GRIEVANCE_ADDR["Northern California"]
    case_no = c.ids["ref"]
    out = c.extra["nc_out"]
    ms = "1-800-464-4000"
    no_pp = _has(c, "notice.plan_provision")
    st.footer = [w.pick(["Page {page} of {pages}", f"Grievance {case_no} \u2013 page {{page}}",
                         "{page}/{pages}  |  KP Northern California Member Relations"])]
    st.footer_align = w.pick(["center", "right", "left"])
    if w.chance(0.6):
        st.header = [w.pick([f"{c.member_name} \u2013 Case {case_no}", f"Grievance resolution, case {case_no}",
                             f"Member: {c.member_name}   Page {{page}}"])]
        st.header_numbered = "{page}" in st.header[0]
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente HMO (group plan)", "Kaiser Foundation Health Plan, Inc. "
                                     "\u2013 commercial HMO", "KP Northern California employer group HMO",
                                     "Kaiser Permanente Individual and Family HMO"]))
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    first = _fd(w, c.extra["nc_first"])
    outcome = ("Upheld in part" if part else "Upheld") if variant == 1 else (
        "partly overturned" if part else "upheld")
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["KAISER PERMANENTE", f"{M('REGION', 'Northern California')} Region",
                         "Member Relations \u2013 Grievance and Appeals"], right=addr[1:] + [f"Fax {c.phones['fax']}"]))
    title = w.pick(["Resolution of your grievance", "Grievance decision", "Your appeal: our final decision",
                    "Notice of grievance resolution"])
    if urgent:
        title = w.pick(["Expedited grievance decision", "Resolution of your expedited (urgent) grievance"])
    ref = [("Member", w.name()), ("Medical record number", w.mid()), ("Case number", case_no), ("Plan", plan_cue),
           ("Grievance received", rec)]
    if dec:
        ref.append(("Date resolved", dec))
    if c.provider and w.chance(0.7):
        ref.append(("Treating physician", w.prov()))
    if variant == 2:
        b.append(Block("twocol", left=[sent, "", w.name()] + c.member_addr,
                       right=[f"{k}: {v}" for k, v in ref], size=st.size - 0.5, space_before=10))
        b.append(w.p(title.upper(), bold=True, space_before=12))
    else:
        if variant == 1:
            b.append(w.p(title.upper(), bold=True, size=12, shade=True, space_before=8))
        b.append(w.p(sent, space_before=10))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        if variant == 0:
            b.append(w.p("RE: " + title, bold=True, space_before=10))
            for k, v in ref:
                b.append(w.p(f"{k}: {v}", space_before=0.5, indent=18))
        else:
            b.append(Block("table", rows=[["Case", "Received", "Resolved", "Outcome"],
                                          [case_no, rec, dec or "see below", outcome]], size=8.5, space_before=8))
            b.append(Block("table", rows=[[k, v] for k, v in ref if k in ("Member", "Medical record number",
                                                                          "Plan", "Treating physician")],
                           size=8.5, header_row=False, space_before=4))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=10))
    num = iter(range(1, 20))

    def sec(t: str) -> Block:
        if variant == 2:
            return w.h(f"{next(num)}. {t}", space_before=10)
        if variant == 1:
            return w.h(t, space_before=10, shade=True)
        return w.h(t, space_before=10)

    # opening
    svc_list = join_and([M("SERVICE", s["text"]) for s in c.services if s["decision"] == "denied"])
    if urgent:
        opening = w.pick([
            f"On {rec} you asked us to review our decision about {svc_list} as an urgent (expedited) grievance. We "
            "reviewed it within 72 hours, and this letter confirms the decision we gave you by telephone.",
            f"We received your expedited grievance on {rec}. Because your doctor said a delay could seriously harm "
            f"your health, we reviewed it within 72 hours. This letter confirms our decision about {svc_list}.",
        ])
    else:
        opening = w.pick([
            f"Thank you for contacting Member Relations. We received your grievance on {rec} about our {first} "
            f"decision to deny {svc_list}. We have finished our review.",
            f"This letter is our response to the grievance you filed on {rec}. You asked us to reconsider the "
            f"denial of {svc_list} that we sent you on {first}.",
            f"We have completed our review of your appeal, received {rec}, of the decision not to cover "
            f"{svc_list}.",
        ])
    b.append(w.p(opening))
    if dec and w.chance(0.5):
        b.append(w.p(w.pick([f"The decision was made on {dec}.", f"Our review was completed on {dec}."])))
    # the grievance
    b.append(sec(w.pick(["Summary of your grievance", "What you asked us to do", "Your concern"])))
    grv = c.extra["nc_grv"]
    b.append(w.p(w.pick([f"In your grievance {grv}.", f"{grv[:1].upper()}{grv[1:]}."])))
    if c.category == "out_of_network":
        b.append(w.p(f"You asked that the care be provided by {out}, which is not a Plan provider."))
    # what was reviewed
    b.append(sec(w.pick(["What we reviewed", "Information we considered", "Records reviewed"])))
    items = [w.pick(["your grievance letter and the documents you sent", "your written grievance and our notes "
                     "of our phone call with you"]),
             w.pick(["your medical records from Kaiser Permanente", "your Kaiser Permanente medical record, including "
                     "clinic notes and test results"]),
             w.pick([f"the original request from {w.prov()}" if c.provider else "the original request and our "
                     "first decision", "the original denial letter and the reviewer's notes"])]
    if c.category in ("medical_necessity", "experimental_investigational") and w.chance(0.6):
        items.append(w.pick(["a letter of support from your treating physician", "the consultation notes from "
                             f"{out}"]))
    if c.criteria:
        items.append("the criteria named below")
    mark = w.pick(["-", "*", "o", "\u2013"])
    for it in items:
        b.append(w.p(f"{mark} {it[:1].upper()}{it[1:]}", indent=12, space_before=1))
    dx = "; ".join(w.dx(d) for d in c.diagnoses)
    b.append(w.p(w.pick([f"Diagnosis on the request: {dx}.", f"Diagnosis: {dx}"]), size=st.size - 0.5))
    # services table
    if variant != 0 or w.chance(0.5):
        rows = [["Service", "Code", "Decision"]]
        for s in c.services:
            rows.append([M("SERVICE", s["text"]), _code(s["codes"][0]),
                         "Approved" if s["decision"] == "approved" else w.pick(["Denial upheld", "Denied"])])
        b.append(Block("table", rows=rows, size=8.5, space_before=6))
    else:
        for s in c.services:
            state = "approved" if s["decision"] == "approved" else "remains denied"
            b.append(w.p(f"Service: {M('SERVICE', s['text'])}, code {_code(s['codes'][0])} \u2013 {state}",
                         indent=12, space_before=1))
    # decision
    b.append(sec(w.pick(["Our decision", "Decision and reason", "Why we made this decision"])))
    if part:
        b.append(w.p(w.pick(["We have overturned part of the original decision and upheld the rest.",
                             "Your grievance is partly approved."]), bold=True))
    else:
        b.append(w.p(w.pick(["We have upheld the original decision.", "Our original decision stays the same.",
                             "The denial is upheld."]), bold=True))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([f"The reviewer applied {cs}.", f"Criteria used for this decision: {cs}.",
                             f"This decision is based on {cs}."])))
    if c.category == "out_of_network":
        inn = c.innet
        b.append(w.p(w.pick([
            f"An appointment in {inn['specialty']} with {inn['name']} at the {inn['facility']} is available on "
            f"{_fd(w, inn['appt'])}. To keep it or choose another time, call {c.phones['dept']}.",
            f"We have arranged a {inn['specialty'].lower()} visit for you with {inn['name']}, {inn['facility']}, on "
            f"{_fd(w, inn['appt'])}. Please call {c.phones['dept']} if you need a different day.",
        ])))
    if c.category == "not_covered" and not no_pp and w.chance(0.5):
        b.append(w.p(w.pick(["Your Evidence of Coverage is available at kp.org or by calling Member Services.",
                             "You may ask Member Services for a printed copy of your Evidence of Coverage."])))
    if c.reviewer and (_has(c, "process.reviewer_not_physician") or w.chance(0.75)):
        lead = w.pick(["Your grievance was reviewed by", "The reviewer for this grievance was",
                       "This decision was made by"])
        b.append(w.p(_reviewer(w, lead)))
        if not _has(c, "process.reviewer_not_physician") and w.chance(0.6):
            b.append(w.p("The reviewer was not involved in the original decision."))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and other information we used to decide your "
        f"grievance{', including the criteria,' if c.criteria else ''} by calling Member Services.",
        "Upon request and at no charge, we will send you copies of the records"
        f"{', documents and criteria' if c.criteria else ' and documents'} relevant to this decision.",
    ])))
    # rights
    b.append(sec(w.pick(["If you disagree with our decision", "Your right to an Independent Medical Review",
                         "Next steps"])))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    if cat in ("medical_necessity", "experimental_investigational"):
        b.append(w.p(w.pick([
            f"Because this decision is about {'medical necessity' if cat == 'medical_necessity' else 'an experimental or investigational treatment'}, "
            f"you may apply to the Department of Managed Health Care for an Independent Medical Review (IMR). You "
            f"must apply within {days} after the date of this letter. IMR costs you nothing. If the IMR decision is "
            "in your favor, we must authorize the service.",
            f"You can ask the California Department of Managed Health Care for an Independent Medical Review within "
            f"{days} of this letter. Doctors who do not work for Kaiser Permanente will review your case, and there "
            "is no charge to you.",
        ])))
    else:
        b.append(w.p(w.pick([
            f"If you believe this decision is wrong, you may file a complaint with the Department of Managed Health "
            f"Care. If you think the service is medically necessary, you may also apply for an Independent Medical "
            f"Review (IMR); apply within {days} after the date of this letter. There is no cost to you.",
            f"You may take this decision to the California Department of Managed Health Care, either as a consumer "
            f"complaint or, if the dispute is about medical necessity, as an application for Independent Medical "
            f"Review within {days} of this letter. The Department's review is free.",
        ])))
    if urgent:
        b.append(w.p(w.pick(["Because your case is urgent, you do not have to wait: you may contact the Department "
                             "right away.", "For an urgent case you may call the Department immediately."])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help is available from the Health Consumer Alliance, the Department's Consumer Assistance Program, "
            "at 1-888-804-3536.",
            "For free help with an IMR application or complaint, call the Health Consumer Alliance at "
            "1-888-804-3536.",
        ])))
    b += _nc_dmhc(w, st.size)
    b.append(w.p(w.pick([
        f"If you have questions about this letter, please call Member Services at {ms} (TTY 711), 24 hours a day, "
        "7 days a week (closed holidays).",
        f"Questions? Call Member Services, {ms}, TTY 711.",
    ])))
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,", "Regards,"]), space_before=10))
    b.append(w.p(w.pick([f"{person(w.rng, 0.0)[0]}", f"{person(w.rng, 0.2)[0]}"]), space_before=12))
    b.append(w.p(w.pick(["Grievance Consultant, Member Relations", "Member Relations Case Specialist",
                         "Appeals Coordinator, Member Relations Department"]), space_before=0))
    b.append(w.p("Kaiser Foundation Health Plan, Inc., Northern California Region", space_before=0))
    if c.provider and w.chance(0.5):
        b.append(w.p(f"cc: {w.prov()}", size=8.5, space_before=6))
    b.append(w.small(w.pick([
        "Kaiser Permanente complies with applicable federal civil rights laws and does not discriminate on the "
        "basis of race, color, national origin, age, disability, or sex.",
        "Kaiser Permanente does not exclude people or treat them differently because of race, color, national "
        "origin, age, disability, or sex.",
    ]) + ("" if _has(c, "notice.language_assistance") else w.pick([
        " We provide free interpreters and written information in other languages; call Member Services.",
        " Language help and interpreter services are free of charge."])), space_before=10))
    b += _taglines(w, "CA", w.pick(["Language assistance", "Help in your language", "Interpreter services"]),
                   "1-800-464-4000")
    return b, st, ["nc_classic_letter", "nc_banner_tables", "nc_numbered_memo"][variant]


BLIND14_TEMPLATES["blind14_ncal_grievance_resolution"] = (t_b14_nc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["grievance_decision"],
    cats=["medical_necessity", "experimental_investigational", "not_covered", "out_of_network"],
    reason=reason_b14_nc))
MODELED_ON["blind14_ncal_grievance_resolution"] = (
    "blind14: Kaiser Permanente Northern California commercial HMO grievance resolution letter (Member Relations): "
    "the member's grievance summarised, the records reviewed listed, the denial upheld in full or in part "
    "(bariatric surgery, residential mental-health care, blepharoplasty, proton beam therapy, sacroiliac joint "
    "fusion, panniculectomy, hearing aids, an outside neurosurgeon or headache center), criteria named for medical "
    "decisions, the reviewer named or not, free copies of records, Independent Medical Review within six months, "
    "Health Consumer Alliance, the DMHC statement in bold and 15 language taglines")


# === 2. Kaiser Permanente FEHB plan (Mid-Atlantic States or Colorado): specialty drug prior authorization ==========

# drugs: texts, HCPCS (None when the drug is self-administered with no J-code), units per dose, dosing, diagnoses,
# facts for a denial on clinical criteria, facts for an off-label (investigational) use, a partial approval
_FE_DRUGS = [
    dict(key="ada", texts=["Adalimumab (Humira) 40 mg/0.4 mL pen", "Humira (adalimumab) 40 mg pen injector"],
         code="J0135", units=2, dose="40 mg under the skin every 14 days", qty="2 pens per 28 days",
         dx=[(["Rheumatoid arthritis, unspecified"], "M06.9")], spec=["Rheumatology"],
         facts=["your records show that you started methotrexate six weeks ago and have not yet reached the full "
                "dose; the criteria ask for at least 12 weeks of methotrexate at a full dose, or a reason you cannot "
                "take it, before a biologic is approved",
                "the rheumatology notes describe two swollen joints and a normal sedimentation rate, and no "
                "conventional disease-modifying drug has been tried; the criteria require an adequate trial of at "
                "least one such drug first"],
         partial=(["Adalimumab 40 mg every 14 days", "Humira 40 mg every other week"], "J0135",
                  ["Adalimumab 40 mg every 7 days (dose increase)", "Humira 40 mg weekly (dose escalation)"],
                  ["the records do not show a drug level or antibody test, or active disease on the every-other-week "
                   "dose for 12 weeks, which the criteria require before the dose is increased to weekly"]),
         crit=["KP Mid-Atlantic Pharmacy and Therapeutics Committee criteria: Targeted Immunomodulators for "
               "Rheumatoid Arthritis", "American College of Rheumatology 2021 Guideline for the Treatment of "
               "Rheumatoid Arthritis"]),
    dict(key="ust", texts=["Ustekinumab (Stelara) 90 mg/mL prefilled syringe", "Stelara (ustekinumab) 90 mg "
                           "subcutaneous syringe"],
         code="J3357", units=90, dose="90 mg under the skin every 8 weeks", qty="1 syringe per 56 days",
         dx=[(["Crohn's disease, unspecified, without complications"], "K50.90")], spec=["Gastroenterology"],
         facts=["the colonoscopy in your record shows mild inflammation only, and you have not tried "
                "azathioprine or a TNF blocker, which the criteria require for mild to moderate Crohn's disease",
                "your recent stool calprotectin and colonoscopy do not show active disease, and the records do "
                "not describe symptoms on your current treatment, so the criteria for starting a biologic are not "
                "met"],
         partial=(["Ustekinumab 90 mg every 8 weeks", "Stelara 90 mg every 8 weeks"], "J3357",
                  ["Ustekinumab 90 mg every 4 weeks (shortened interval)", "Stelara 90 mg every 4 weeks"],
                  ["the notes show that your symptoms improved on the every-8-week schedule and there is no "
                   "colonoscopy or lab test showing a loss of response, which the criteria require before the "
                   "interval is shortened"]),
         crit=["KP Pharmacy and Therapeutics Committee criteria: Biologic Agents for Inflammatory Bowel Disease",
               "American Gastroenterological Association 2021 Clinical Practice Guideline on the Medical "
               "Management of Moderate to Severe Luminal and Perianal Fistulizing Crohn's Disease"]),
    dict(key="oma", texts=["Omalizumab (Xolair) 150 mg/mL prefilled syringe", "Xolair (omalizumab) 150 mg "
                           "injection"],
         code="J2357", units=60, dose="300 mg under the skin every 4 weeks", qty="2 syringes per 28 days",
         dx=[(["Severe persistent asthma, uncomplicated"], "J45.50")], spec=["Allergy and Immunology",
                                                                           "Pulmonary Disease"],
         facts=["your total IgE level of 22 IU/mL is below the range for which omalizumab is dosed, and the "
                "allergy testing in your record does not show sensitivity to a year-round airborne allergen, which "
                "the criteria require",
                "the pharmacy record shows that your inhaled steroid and long-acting inhaler were filled only twice "
                "in the past six months; the criteria require regular use of high-dose inhaled therapy before an "
                "add-on biologic"],
         crit=["KP Pharmacy and Therapeutics Committee criteria: Biologic Therapies for Severe Asthma",
               "Global Initiative for Asthma (GINA) 2024 Strategy Report"]),
    dict(key="mepo", texts=["Mepolizumab (Nucala) 100 mg/mL autoinjector", "Nucala (mepolizumab) 100 mg "
                            "autoinjector"],
         code="J2182", units=100, dose="100 mg under the skin every 4 weeks", qty="1 autoinjector per 28 days",
         dx=[(["Severe persistent asthma, uncomplicated"], "J45.50")], spec=["Pulmonary Disease"],
         facts=["your blood eosinophil counts in the past year were 90 and 110 cells per microliter; the criteria "
                "require at least 150 cells per microliter for this drug",
                "the records show one asthma flare treated with oral steroids in the past year, and the criteria "
                "require two or more despite high-dose inhaled therapy"],
         crit=["KP Pharmacy and Therapeutics Committee criteria: Biologic Therapies for Severe Asthma"],
         xdx=[(["Eosinophilic esophagitis"], "K20.0")], xspec=["Gastroenterology"],
         xfacts=["mepolizumab is not approved by the FDA for eosinophilic esophagitis, and the controlled study of "
                 "mepolizumab for this condition did not show improvement in swallowing symptoms; its use for "
                 "your diagnosis is considered investigational"],
         xcrit=["KP National Pharmacy and Therapeutics Committee Off-Label Use Policy"]),
    dict(key="gh", texts=["Somatropin (Norditropin) 10 mg/1.5 mL pen", "Norditropin FlexPro (somatropin) 10 mg "
                          "pen"],
         code="J2941", units=None, dose="0.24 mg/kg per week divided into daily injections", qty="3 pens per 30 days",
         dx=[(["Short stature (child)"], "R62.52")], spec=["Pediatric Endocrinology"],
         facts=["both growth hormone stimulation tests in the record reached peak levels above 10 ng/mL, which "
                "does not show growth hormone deficiency, and the growth velocity of 5.8 cm per year is within the "
                "normal range for age",
                "the bone age x-ray matches the chronological age and the growth chart shows steady growth along "
                "the 4th percentile; the criteria for growth hormone deficiency are not met"],
         crit=["KP Pharmacy and Therapeutics Committee criteria: Growth Hormone for Pediatric Patients"]),
    dict(key="sema", texts=["Semaglutide (Wegovy) 2.4 mg/0.75 mL pen", "Wegovy (semaglutide) injection, weekly "
                            "pen"],
         code=None, units=None, dose="weekly injection, dose increased every 4 weeks to 2.4 mg",
         qty="4 pens per 28 days",
         dx=[(["Overweight"], "E66.3"), (["Body mass index [BMI] 28.0-28.9, adult"], "Z68.28")],
         spec=["Internal Medicine", "Endocrinology"],
         facts=["your body mass index is 28.4 and the records do not list a weight-related condition such as high "
                "blood pressure, type 2 diabetes or high cholesterol; the criteria require a body mass index of 30 "
                "or more, or 27 or more with one of those conditions",
                "the request does not include the weight and body mass index measured at a visit in the past 90 "
                "days or the record of a reduced-calorie diet and activity program, both of which the criteria "
                "require"],
         partial=(["Semaglutide (Wegovy), first 6 months", "Wegovy, months 1 to 6"], None,
                  ["Semaglutide (Wegovy), months 7 to 12", "Wegovy, second 6 months"],
                  ["the criteria approve the first 6 months; continuing past 6 months requires a record showing "
                   "a loss of at least 5 percent of your starting body weight, which cannot be measured yet"]),
         crit=["KP Pharmacy and Therapeutics Committee criteria: Medications for Chronic Weight Management"]),
    dict(key="inf", texts=["Infliximab (Remicade) 100 mg vial, intravenous infusion", "Remicade (infliximab) "
                           "infusion, 100 mg vials"],
         code="J1745", units=40, dose="5 mg/kg by infusion at weeks 0, 2 and 6, then every 8 weeks",
         qty="4 vials per infusion",
         dx=[(["Rheumatoid arthritis, unspecified"], "M06.9")], spec=["Rheumatology"],
         facts=["you have not yet tried the infliximab biosimilar that is on the plan's formulary, and the "
                "records give no medical reason it cannot be used; the criteria require the preferred biosimilar "
                "first"],
         crit=["KP Pharmacy and Therapeutics Committee criteria: Infliximab Products (preferred biosimilar)"],
         xdx=[(["Sarcoidosis of lung"], "D86.0")], xspec=["Pulmonary Disease"],
         xfacts=["infliximab is not FDA-approved for sarcoidosis, and the studies available show only small, "
                 "short-term changes in lung function; for pulmonary sarcoidosis that has not been treated with "
                 "steroids and methotrexate it is considered investigational"],
         xcrit=["KP National Pharmacy and Therapeutics Committee Off-Label Use Policy",
                "Kaiser Permanente Medical Technology Assessment: TNF Inhibitors for Sarcoidosis"]),
]
_FE_PHONES = {"Mid-Atlantic States": ("1-800-777-7902", "(301) 468-6000"),
              "Colorado": ("303-338-3800", "1-888-681-7878")}


def _fe_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b14_fe"):
        return
    c.extra["b14_fe"] = True
    _fmt(w, ("long", "mdy", "dmon3", "iso", "mon3p"))
    exp = c.category == "experimental_investigational"
    partial = c.letter_kind == "partial_denial"
    pool = [d for d in _FE_DRUGS if (not exp or d.get("xfacts")) and (not partial or d.get("partial"))]
    drug = w.pick(pool)
    c.extra["fe_drug"] = drug
    code = [drug["code"]] if drug["code"] else []
    if partial:
        ok_t, ok_code, no_t, pfacts = drug["partial"]
        oc = [ok_code] if ok_code else []
        c.services = [dict(text=w.pick(ok_t), codes=oc, decision="approved"),
                      dict(text=w.pick(no_t), codes=list(oc), decision="denied")]
        c.extra["fe_fact"] = w.pick(pfacts)
    else:
        c.services = [dict(text=w.pick(drug["texts"]), codes=code, decision="denied")]
        c.extra["fe_fact"] = w.pick(drug["xfacts"] if exp else drug["facts"])
    dx = drug["xdx"] if exp else drug["dx"]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in (dx if w.chance(0.7) else dx[:1])]
    crit = drug["xcrit"] if exp else drug["crit"]
    c.criteria = [] if _bare(c) else (list(crit) if w.chance(0.4) else [crit[0]])
    c.extra["fe_fact"] = _uncrit(c, c.extra["fe_fact"])
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D.", f"{name}, DO"])
    c.provider_short = f"Dr. {last}"
    if c.reviewer:
        c.reviewer["specialty"] = w.pick(drug["xspec"] if exp else drug["spec"]) if w.chance(0.8) else None
        c.reviewer["credentials"] = w.pick(["MD", "M.D.", "DO", "MD, FACP"])
        if w.chance(0.3):
            c.reviewer["phone"] = None
    c.service = None
    c.extra["fe_year"] = c.letter.year
    c.extra["fe_enroll"] = w.pick(["Self Only", "Self Plus One", "Self and Family"])
    _flags(c)


def reason_b14_fe(w: W) -> str:
    _fe_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Criteria not met.", "Not medically necessary.", "Does not meet plan criteria.",
                       "Clinical criteria were not met."])
    fact = c.extra["fe_fact"]
    denied = [s for s in c.services if s["decision"] == "denied"]
    name = _low(denied[0]["text"]) if denied[0]["text"][1:2].islower() else denied[0]["text"]
    if c.letter_kind == "partial_denial":
        ok = c.services[0]["text"]
        return w.pick([f"We approved {ok}. We did not approve {name} because {fact}.",
                       f"{ok} is approved; {name} is denied: {fact}."])
    if c.category == "experimental_investigational":
        return w.pick([f"We cannot approve {name} for your condition because {fact}.",
                       f"Your request for {name} is denied as experimental/investigational: {fact}."])
    return w.pick([f"We cannot approve {name} because {fact}.",
                   f"{name} is not approved at this time: {fact}.",
                   f"The request for {name} does not meet the coverage criteria because {fact}."])


def t_b14_fe(w: W):
    _fe_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times", "courier"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 letter with drug box, 1 determination form with tables, 2 question headings
    drug = c.extra["fe_drug"]
    reg = c.region
    entity = V.REGION_ENTITY[reg][0]
    addr = V.GRIEVANCE_ADDR[reg]
    ms, ms2 = _FE_PHONES[reg]
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    no_ext = _has(c, "notice.external_review")
    year = c.extra["fe_year"]
    ref = c.ids["ref"]
    st.footer = [w.pick(["Page {page} of {pages}", f"PA {ref} \u00b7 {{page}}", "FEHB Pharmacy \u2013 {page}"])]
    st.footer_align = w.pick(["center", "right"])
    plan_cue = M("PLAN_CUE", w.pick([f"Federal Employees Health Benefits (FEHB) Program \u2013 {c.extra['fe_enroll']}",
                                     "FEHB High Option", "FEHB Standard Option", "Kaiser Permanente FEHB plan"]))
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    b: list[Block] = []
    region_line = "Mid-Atlantic States" if reg == "Mid-Atlantic States" else "Colorado"
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"{M('REGION', region_line)} Region", "Pharmacy Prior Authorization"],
                   right=addr[1:] + [f"Fax: {c.phones['fax']}"]))
    title = w.pick(["Prior Authorization Determination \u2013 Specialty Pharmacy", "Notice of Denial of Prior "
                    "Authorization", "Specialty drug coverage decision"])
    if partial:
        title = w.pick(["Prior Authorization Determination: Partial Approval", "Notice of partial approval of a "
                        "specialty drug request"])
    if urgent:
        title += " (urgent request)"
    info = [("Member", w.name()), ("Member ID", w.mid()), ("Group", c.ids["group"]), ("Coverage", plan_cue),
            ("Prescriber", w.prov()), ("Authorization request no.", ref)]
    if rec:
        info.append(("Request received", rec))
    if dec:
        info.append(("Decision date", dec))
    svc0 = c.services[-1]
    drows = ([] if partial else [["Drug requested", M("SERVICE", svc0["text"])]]) + [
        ["Dose and frequency", drug["dose"]], ["Quantity", drug["qty"]]]
    if drug["code"] and not partial:
        drows.append(["HCPCS", _code(drug["code"]) + (f" ({drug['units']} billing units per dose)"
                                                       if drug["units"] and w.chance(0.5) else "")])
    if variant == 1:
        b.append(w.p(title.upper(), bold=True, shade=True, size=11, space_before=8))
        b.append(w.p("Date of notice: " + sent, space_before=6))
    else:
        b.append(w.p(sent, space_before=10))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    if variant == 1:
        b.append(Block("table", rows=[[k, v] for k, v in info], size=8.5, header_row=False, space_before=8))
        b.append(Block("table", rows=drows, size=8.5, header_row=False, space_before=4))
    else:
        b.append(w.p(title, bold=True, space_before=10))
        for k, v in info:
            b.append(w.p(f"{k}: {v}", space_before=0.5, size=st.size - 0.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=10))
    opening = w.pick([
        f"We received a prior authorization request from {w.prov()} for a specialty medicine for you"
        + (f" on {rec}." if rec else ".") + " Your FEHB plan covers this medicine only when it is approved in "
        "advance.",
        f"Your doctor, {w.prov()}, asked Kaiser Permanente to approve coverage of a specialty drug under the "
        "prescription drug benefit of your Federal Employees Health Benefits plan" + (f". We received the request "
                                                                                     f"on {rec}." if rec else "."),
    ])
    b.append(w.p(opening))
    if urgent:
        b.append(w.p("Because your doctor told us that waiting could seriously harm your health, we reviewed this "
                     "request as urgent."))

    def sec(q: str, plain: str) -> Block:
        if variant == 2:
            return w.h(q, space_before=10, size=st.size + 0.5)
        if variant == 1:
            return w.h(plain.upper(), space_before=10)
        return w.h(plain, space_before=10, shade=True)

    if variant != 1:
        b.append(sec("What did your doctor ask for?", "The request"))
        if variant == 0:
            b.append(Block("table", rows=drows, size=8.5, header_row=False, space_before=4, boxed=True))
        else:
            for k, v in drows:
                b.append(w.p(f"- {k}: {v}", indent=12, space_before=1))
    b.append(w.p("Diagnosis: " + "; ".join(w.dx(d) for d in c.diagnoses), size=st.size - 0.5))
    b.append(sec("What did we decide?", "Our decision"))
    if partial:
        rows = [["Item", "HCPCS", "Decision"]]
        for s in c.services:
            rows.append([M("SERVICE", s["text"]), _code(s["codes"][0]) if s["codes"] else "n/a",
                         "Approved" if s["decision"] == "approved" else "Denied"])
        b.append(Block("table", rows=rows, size=8.5, space_before=4))
    else:
        b.append(w.p(w.pick(["Your request is denied.", "We are not able to approve this request.",
                             "Coverage for this medicine is not approved."]), bold=True))
    b.append(sec("Why?", "Reason for our decision"))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([f"We based this decision on {cs}, together with the prescription drug provisions "
                             f"of Section 5(f) of your {year} FEHB brochure.",
                             f"Criteria applied: {cs}. See also Section 5(f), Prescription drug benefits, in your "
                             f"{year} plan brochure."])))
    elif not _bare(c):
        b.append(w.p(f"See Section 5(f), Prescription drug benefits, in your {year} plan brochure."))
    if not _bare(c) and w.chance(0.6):
        b.append(w.p(w.pick([
            "If your doctor sends new information, such as recent test results, we will review the request again.",
            f"Your doctor may send us more information at any time; fax {c.phones['fax']}.",
        ])))
    if c.reviewer and w.chance(0.75):
        b.append(w.p(_reviewer(w, w.pick(["This decision was made by", "The reviewing physician was"]))))
    b.append(w.p(w.pick([
        "You may ask us for the diagnosis and treatment codes on this request and their meanings, and for free "
        "copies of the documents and criteria we used.",
        "On request we will give you, free of charge, copies of the records and the criteria used in this decision, "
        "and the diagnosis and treatment codes with their meanings.",
    ]), size=st.size - 0.5))
    # Section 8 disputed claims
    b.append(sec("What if I disagree?", "Your right to ask us to reconsider"))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"You may ask us in writing to reconsider this decision. Your request must reach us within {days} from "
        f"the date of this letter. Send it to {', '.join(addr[1:])}, and include the reasons you disagree and any "
        "records or letters from your doctor.",
        f"If you disagree, write to us within {days} of the date of this notice and ask us to reconsider. Mail "
        f"your request to {', '.join(addr[1:])}. Your doctor may also send information that supports the request.",
    ])))
    if c.appeal_days and c.appeal_days >= 180 and w.chance(0.6):
        b.append(w.p("We may extend this time limit if you were prevented by circumstances beyond your control from "
                     "filing on time."))
    b.append(w.p(w.pick(["We will answer your request for reconsideration within 30 days after we receive it.",
                         "Once we receive your request, we have 30 days to either approve the drug or send you our "
                         "decision in writing."])))
    if not no_ext:
        b.append(w.p(w.pick([
            "If we uphold our decision, or do not answer you in time, you may ask the U.S. Office of Personnel "
            "Management (OPM) to review your disputed claim. Write to OPM, Healthcare and Insurance, 1900 E Street "
            "NW, Washington, DC 20415, to the Health Insurance Group named in Section 8 of your brochure. OPM "
            "will send you its final decision within 60 days.",
            "After our reconsideration you can ask the Office of Personnel Management to review the dispute. The "
            "address and the time limit are in Section 8, \"The disputed claims process,\" of your FEHB brochure "
            "(U.S. Office of Personnel Management, Healthcare and Insurance, 1900 E Street NW, Washington, DC "
            "20415).",
        ])))
    b.append(w.p(w.pick([f"Questions? Call Member Services at {ms} (TTY 711), Monday through Friday.",
                         f"For help, call Member Services: {ms} or {ms2}; TTY 711."])))
    b.append(w.p(w.pick(["Sincerely,", "Thank you,"]), space_before=10))
    b.append(w.p(w.pick(["Pharmacy Prior Authorization Unit", "Specialty Pharmacy Review", "Clinical Pharmacy "
                         "Services \u2013 Prior Authorization"]), bold=True, space_before=8))
    b.append(w.p(entity, space_before=0))
    b.append(w.p(f"cc: {w.prov()}", size=8.5, space_before=6))
    b.append(w.small(w.pick([
        "Kaiser Permanente complies with federal civil rights laws and does not discriminate on the basis of race, "
        "color, national origin, age, disability, or sex.",
        "We do not discriminate because of race, color, national origin, age, disability, or sex.",
    ]) + ("" if _has(c, "notice.language_assistance") else " Free interpreter and translation services are "
          "available."), space_before=10))
    key = "MA" if reg == "Mid-Atlantic States" else "COE"
    b += _taglines(w, key, w.pick(["Language assistance services", "Multi-language interpreter services",
                                   "Help in other languages"]), ms)
    return b, st, ["fe_letter_drug_box", "fe_determination_form", "fe_question_headings"][variant]


BLIND14_TEMPLATES["blind14_fehb_specialty_drug"] = (t_b14_fe, dict(
    plans=["fehb"], states=["MD", "VA", "DC", "CO"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity", "experimental_investigational"], reason=reason_b14_fe))
MODELED_ON["blind14_fehb_specialty_drug"] = (
    "blind14: Kaiser Permanente Mid-Atlantic States or Colorado Federal Employees Health Benefits plan prior "
    "authorization denial or partial approval of a specialty drug (adalimumab, ustekinumab, omalizumab, "
    "mepolizumab, somatropin, semaglutide for weight management, infliximab), HCPCS J-codes where real, pharmacy "
    "criteria with Section 5(f) of the brochure, reconsideration within 6 months, 30-day carrier answer and OPM "
    "disputed-claims review (Section 8), codes and documents on request, taglines")


# === 3. Kaiser Permanente Mid-Atlantic States, Maryland Medicaid (HealthChoice): residential SUD treatment ==========

_MD_PROGRAMS = ["Chesapeake Shores Recovery Center", "Patuxent Valley Treatment Center", "Catoctin Ridge Residential "
                "Program", "Severn House Recovery", "Monocacy Bridge Treatment Services"]
# levels: ASAM name, short plain name (used when a letter names no criteria), HCPCS
_MD_LEVELS = {
    "3.7-WM": ("Medically Monitored Inpatient Withdrawal Management", "residential withdrawal management", "H0010"),
    "3.7": ("Medically Monitored Intensive Inpatient Services", "medically monitored residential treatment",
            "H2036"),
    "3.5": ("Clinically Managed High-Intensity Residential Services", "high-intensity residential treatment",
            "H0018"),
    "3.1": ("Clinically Managed Low-Intensity Residential Services", "low-intensity residential treatment",
            "H0019"),
    "2.1": ("Intensive Outpatient Services", "intensive outpatient treatment", "H0015"),
}
_MD_DX = [(["Alcohol dependence, uncomplicated"], "F10.20"), (["Opioid dependence, uncomplicated"], "F11.20"),
          (["Cocaine dependence, uncomplicated"], "F14.20"), (["Other stimulant dependence, uncomplicated"],
                                                              "F15.20")]
_MD_DX_WM = [(["Alcohol dependence with withdrawal, unspecified"], "F10.239")]
_MD_DX_EXTRA = [(["Generalized anxiety disorder"], "F41.1"),
                (["Major depressive disorder, recurrent, moderate"], "F33.1")]
# why the level asked for is more than is needed (dimension facts); {lower} = the level that fits
_MD_FACTS = [
    "you have no withdrawal symptoms now (your last withdrawal score was 2), your blood pressure and other medical "
    "problems are stable, and you are not having thoughts of harming yourself (dimensions 1 to 3); you have a "
    "stable home with your sister, who supports your recovery (dimension 6), so {lower} can meet your needs",
    "the assessment describes you as motivated for treatment and taking your buprenorphine every day, with no "
    "medical or psychiatric problem that needs 24-hour care (dimensions 1 to 4); your risk of relapse can be "
    "managed in {lower} while you live at home (dimensions 5 and 6)",
    "your records show you completed withdrawal management eight days ago without complications, you are eating "
    "and sleeping well, and you have safe housing; the ratings in all six dimensions point to {lower} rather than "
    "24-hour residential care",
]
_MD_PARTIAL = [
    "the program's notes show that you have attended every group, your cravings have gone down, and you have a "
    "discharge plan with housing in a recovery residence; the dimension ratings support {ok} more days of "
    "residential care, after which {lower} can continue your treatment",
    "you have made steady progress: no use since admission, stable mood, and a sponsor and family meeting in "
    "place (dimensions 4 to 6); the records support {ok} additional days at this level, not the full number asked "
    "for, with a step down to {lower} after that",
]
_MD_WM = [
    "your withdrawal score on admission was 9 and has been 3 or lower for the past two days, your vital signs are "
    "normal and you have no history of seizures or delirium (dimension 1); withdrawal can be safely finished in "
    "{lower} with medicine you take at home",
]
_UNASAM = [("(dimensions 1 to 3)", ""), ("(dimension 6)", ""), ("(dimensions 1 to 4)", ""),
           ("(dimensions 5 and 6)", ""), ("(dimensions 4 to 6)", ""), ("(dimension 1)", ""),
           ("the ratings in all six dimensions point to", "your overall condition points to"),
           ("the dimension ratings support", "the records support"), (" ;", ";"), (" ,", ",")]


def _md_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b14_md"):
        return
    c.extra["b14_md"] = True
    _fmt(w, ("long", "mdy", "dmonu", "weekday", "dmon3"))
    partial = c.letter_kind == "partial_denial"
    named = not (_has(c, "notice.criteria_cited") or _bare(c))

    def lvl(key: str) -> str:
        name, plain, _ = _MD_LEVELS[key]
        if not named:
            return plain[:1].upper() + plain[1:]
        return w.pick([f"{name} (ASAM Level {key})", f"ASAM Level {key} \u2013 {name}",
                       f"Residential treatment, ASAM Level {key}" if key not in ("2.1",) else
                       f"Intensive outpatient program, ASAM Level {key}"])

    def lower_txt(key: str) -> str:
        name, plain, _ = _MD_LEVELS[key]
        return f"{plain} (Level {key})" if named else plain

    mode = "deny"
    if partial:
        mode = w.pick(["days", "days", "step"])
    elif w.chance(0.25):
        mode = "wm"
    c.extra["md_mode"] = mode
    if mode == "wm":
        req, low = "3.7-WM", "2.1"
        c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in _MD_DX_WM]
        fact = w.pick(_MD_WM)
    else:
        req = w.pick(["3.5", "3.5", "3.7", "3.1"])
        low = "2.1" if req != "3.7" or mode == "days" else w.pick(["3.5", "2.1"])
        dx = [w.pick(_MD_DX)]
        if w.chance(0.4):
            dx.append(w.pick(_MD_DX_EXTRA))
        c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
        fact = w.pick(_MD_PARTIAL if mode == "days" else _MD_FACTS)
    days = w.pick([21, 28, 30]) if mode != "wm" else w.pick([5, 7])
    ok_days = w.pick([7, 10, 14]) if mode == "days" else 0
    code = _MD_LEVELS[req][2]
    svcs = [dict(text=lvl(req), codes=[code], decision="denied" if mode != "days" else "modified", units=days,
                 ok=ok_days)]
    if mode == "step":
        svcs.append(dict(text=lvl(low), codes=[_MD_LEVELS[low][2]], decision="approved", units=w.pick([12, 18, 24]),
                         ok=None))
    c.services = svcs
    c.extra["md_req"], c.extra["md_low"], c.extra["md_days"], c.extra["md_ok"] = req, low, days, ok_days
    fact = fact.replace("{lower}", lower_txt(low)).replace("{ok}", str(ok_days))
    if not named:
        for a, b in _UNASAM:
            fact = fact.replace(a, b)
        fact = re.sub(r"\s+([.;,])", r"\1", re.sub(r"\s+", " ", fact)).strip()
    c.extra["md_fact"] = fact
    c.criteria = [w.pick(["The ASAM Criteria, Third Edition", "The ASAM Criteria: Treatment Criteria for Addictive, "
                                                              "Substance-Related, and Co-Occurring Conditions, 3rd ed."])] \
        if named else []
    c.extra["md_prog"] = w.pick(_MD_PROGRAMS)
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"{name}, LCADC", f"Dr. {name}", f"{name}, LCSW-C"])
    c.provider_short = c.provider
    c.service = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(1, 4)) if mode == "days" else None
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = w.pick(["Addiction Medicine", "Psychiatry", "Addiction Psychiatry"])
    _flags(c)


def reason_b14_md(w: W) -> str:
    _md_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Does not meet medical necessity.", "Medical necessity criteria not met.",
                       "Level of care not medically necessary."])
    s0 = c.services[0]
    name = _low(s0["text"])
    fact = c.extra["md_fact"]
    mode = c.extra["md_mode"]
    if mode == "days":
        return w.pick([
            f"We approved {c.extra['md_ok']} of the {c.extra['md_days']} days requested for {name}. We did not "
            f"approve the other {c.extra['md_days'] - c.extra['md_ok']} days because {fact}.",
            f"Only {c.extra['md_ok']} days of {name} are approved, not {c.extra['md_days']}: {fact}.",
        ])
    if mode == "step":
        ok = _low(c.services[1]["text"])
        return w.pick([
            f"We did not approve {name}. We approved {ok} instead, because {fact}.",
            f"{name[:1].upper()}{name[1:]} is denied and {ok} is approved: {fact}.",
        ])
    return w.pick([
        f"We denied {name} because {fact}.",
        f"{name[:1].upper()}{name[1:]} is not medically necessary for you right now: {fact}.",
        f"Your request for {name} is denied. The reason is that {fact}.",
    ])


def t_b14_md(w: W):
    _md_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 formal notice + day table, 1 plain letter with questions, 2 letter + rights page
    entity = V.REGION_ENTITY["Mid-Atlantic States"][0]
    addr = V.GRIEVANCE_ADDR["Mid-Atlantic States"]
    ms = "1-800-777-7902"
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    no_ext = _has(c, "notice.external_review")
    no_exp = _has(c, "notice.expedited_review")
    no_cont = _has(c, "notice.continuation_of_benefits")
    mode = c.extra["md_mode"]
    prog = c.extra["md_prog"]
    ref = c.ids["ref"]
    st.footer = [w.pick(["Page {page} of {pages}", f"HealthChoice notice {ref} \u2013 {{page}}/{{pages}}",
                         "KPMAS Behavioral Health UM \u00b7 page {page}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    if variant == 2 or w.chance(0.3):
        st.header = [w.pick([f"{c.member_name} \u2013 {ref}", f"Notice {ref}, continued"])]
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente HealthChoice (Maryland Medicaid)",
                                     "Maryland HealthChoice \u2013 Kaiser Permanente",
                                     "Maryland Medical Assistance (HealthChoice) managed care"]))
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    adm = _dm(w, "DATE_SERVICE", c.service) if c.service else ""
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["Kaiser Permanente", f"{M('REGION', 'Mid-Atlantic States')}", "Behavioral Health Utilization "
                         "Management"], right=["2101 East Jefferson Street", "Rockville, MD 20852",
                                               f"Fax {c.phones['fax']}"]))
    if partial:
        title = w.pick(["Notice of Adverse Benefit Determination \u2013 Partial Approval",
                        "We approved part of your request"])
    else:
        title = w.pick(["Notice of Adverse Benefit Determination", "Notice of Denial of Services",
                        "We denied your request for treatment"])
    if urgent:
        title += w.pick([" (expedited)", " \u2013 EXPEDITED REVIEW"])
    info = [("Member", w.name()), ("Member ID", w.mid()), ("Health plan", plan_cue), ("Reference number", ref),
            ("Treatment program", prog), ("Requesting provider", w.prov())]
    if rec:
        info.append(("Date we received the request", rec))
    if dec:
        info.append(("Date of decision", dec))
    if adm:
        info.append(("Admission date", adm))
    b.append(w.p(sent, space_before=10))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    if variant == 0:
        b.append(w.p(title.upper(), bold=True, space_before=10, shade=True))
        b.append(Block("table", rows=[[k, v] for k, v in info], size=8.5, header_row=False, space_before=6))
    else:
        b.append(w.p(title, bold=True, space_before=10))
        for k, v in info:
            b.append(w.p(f"{k}: {v}", size=st.size - 0.5, space_before=0.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=10))
    b.append(w.p(w.pick([
        f"{w.prov()} of {prog} asked Kaiser Permanente to cover treatment for a substance use disorder for you"
        + (f". We got the request on {rec}." if rec else "."),
        f"We reviewed a request from {prog} for substance use treatment for you" + (f", received on {rec}."
                                                                                    if rec else "."),
    ])))
    if urgent and not no_exp:
        b.append(w.p("Because your provider asked for a fast decision, we reviewed this request within 72 hours."))
    # the decision and the small table
    q = variant == 1
    b.append(w.h("What did we decide?" if q else w.pick(["Our decision", "Decision"]), space_before=10))
    rows = [["Service", "Code", "Requested", "Approved"]]
    for s in c.services:
        unit = "days" if s["codes"][0] != "H0015" else "sessions"
        if s["decision"] == "modified":
            appr = f"{s['ok']} {unit}"
        elif s["decision"] == "approved":
            appr = f"{s['units']} {unit}"
        else:
            appr = w.pick(["0", "None", "Denied"])
        req = "\u2013" if s["decision"] == "approved" else f"{s['units']} {unit}"
        rows.append([M("SERVICE", s["text"]), _code(s["codes"][0]), req, appr])
    b.append(Block("table", rows=rows, size=8.5, space_before=4))
    if mode == "days" and w.chance(0.7):
        first = c.service or c.received
        last = first + dt.timedelta(days=c.extra["md_ok"] - 1)
        b.append(w.p(w.pick([f"Approved dates: {_fd(w, first)} through {_fd(w, last)}.",
                             f"Your approved stay ends on {_fd(w, last)}."]), size=st.size - 0.5))
    b.append(w.p("Diagnosis: " + "; ".join(w.dx(d) for d in c.diagnoses), size=st.size - 0.5))
    b.append(w.h("Why did we make this decision?" if q else w.pick(["Reason", "Why we made this decision"]),
                 space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick([
            f"We used {w.crit(c.criteria[0])} to make this decision. The ASAM Criteria look at six areas "
            "(dimensions) of your health and life to find the right level of care.",
            f"Criteria used: {w.crit(c.criteria[0])}.",
        ])))
    if c.reviewer and (_has(c, "process.reviewer_not_physician") or w.chance(0.7)):
        b.append(w.p(_reviewer(w, w.pick(["The person who reviewed your request was", "Reviewed by"]))))
    b.append(w.p(w.pick([
        "You have the right to get, free of charge, copies of all documents, records and other information about "
        "this decision" + (", including the medical necessity criteria we used." if c.criteria else "."),
        "Call us to get free copies of your case file and any records we used"
        + (" and of the criteria." if c.criteria else "."),
    ])))
    if mode != "wm" and not _bare(c) and w.chance(0.6):
        b.append(w.p(w.pick([
            "Medication for addiction treatment and outpatient counseling never need our prior approval.",
            f"A care coordinator can help you start the approved treatment. Call {ms} (TTY 711) and ask for "
            "behavioral health care coordination.",
        ])))
    # rights
    if variant == 2:
        b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
        b.append(w.p("Behavioral Health Utilization Management", bold=True, space_before=8))
        b.append(w.p(entity, space_before=0))
        b.append(w.p("Enclosure: Your appeal rights", size=8.5, space_before=6))
        b.append(Block("pagebreak"))
        b.append(w.p("YOUR APPEAL RIGHTS \u2013 MARYLAND HEALTHCHOICE", bold=True, size=11, space_before=4))
    else:
        b.append(w.h("What can you do if you disagree?" if q else "Your right to appeal", space_before=12))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"You can ask us to look at this decision again. This is called an appeal. You must ask within {days} from "
        f"the date on this notice. You can call Member Services at {ms} (TTY 711) or write to us at "
        f"{', '.join(addr[1:])}.",
        f"To appeal, contact us within {days} of the date of this letter: by phone at {ms} (TTY 711), or by mail "
        f"to {', '.join(addr[1:])}. Your provider or another person you choose can appeal for you with your "
        "written permission.",
    ])))
    b.append(w.p(w.pick(["We will decide your appeal within 30 days.", "We will send you our appeal decision in "
                         "writing within 30 calendar days."])))
    if not no_exp:
        b.append(w.p(w.pick([
            "Fast (expedited) appeal: if you or your provider believe that waiting 30 days could seriously harm "
            "your life, health or ability to regain maximum function, ask for a fast appeal. We will decide within "
            "72 hours.",
            "If your health could be seriously harmed by waiting for a standard appeal, you or your provider can "
            "ask for an expedited appeal by phone, and we will give you an answer within 72 hours.",
        ])))
    if not no_ext:
        b.append(w.p(w.pick([
            "State Fair Hearing: if you still disagree after our appeal decision, you can ask the State of Maryland "
            "for a State Fair Hearing. Our appeal decision letter will tell you how and by when. If we do not "
            "decide your appeal on time, you can ask for a State Fair Hearing without waiting.",
            "After you finish our appeal process, you may ask the State of Maryland for a State Fair Hearing. If "
            "we miss the deadline to decide your appeal, you may go straight to a State Fair Hearing. Our appeal "
            "decision will explain how to ask for one.",
        ])))
    if not no_cont:
        hearing = "" if no_ext else " and State Fair Hearing"
        b.append(w.p(w.pick([
            f"Continuing your services: if you are already receiving this treatment, you can keep getting it during "
            f"your appeal{hearing} if you appeal within 10 days of the date of this notice or before the date the "
            "services end, whichever is later, and you ask us to continue them. If the final decision agrees with "
            "ours, you may have to pay for the services you got during the appeal.",
            f"Can I keep getting services while I appeal? Yes, if the services were already approved and you "
            f"appeal within 10 days from the date of this letter (or before your approved services end) and ask to "
            f"keep them. If you lose the appeal{hearing}, you might have to pay for those services.",
        ])))
    b.append(w.p(w.pick([f"Questions? Call Member Services at {ms} or (301) 468-6000 (TTY 711), Monday through "
                         "Friday, 7:30 a.m. to 5:30 p.m.", f"If you have questions, call {ms} (TTY 711)."])))
    if variant != 2:
        b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
        b.append(w.p("Behavioral Health Utilization Management", bold=True, space_before=8))
        b.append(w.p(entity, space_before=0))
    b.append(w.p(f"cc: {w.prov()}, {prog}", size=8.5, space_before=6))
    b.append(w.small(w.pick([
        "Kaiser Permanente does not discriminate on the basis of race, color, national origin, sex, age or "
        "disability in its health programs.",
        "We follow federal civil rights laws and do not treat people differently because of race, color, national "
        "origin, sex, age or disability.",
    ]) + ("" if _has(c, "notice.language_assistance") else " Free interpreters and large-print letters are "
          "available."), space_before=10))
    b += _taglines(w, "MA", w.pick(["Language help", "Free language services", "Interpreter services"]), ms)
    return b, st, ["md_formal_notice", "md_plain_questions", "md_letter_rights_page"][variant]


BLIND14_TEMPLATES["blind14_md_medicaid_residential_sud"] = (t_b14_md, dict(
    plans=["medicaid"], states=["MD"], kinds=["initial_denial", "partial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b14_md))
MODELED_ON["blind14_md_medicaid_residential_sud"] = (
    "blind14: Kaiser Permanente Mid-Atlantic States Maryland Medicaid (HealthChoice) notice on residential "
    "substance-use-disorder treatment at an ASAM level (3.7-WM, 3.7, 3.5, 3.1; HCPCS H0010/H2036/H0018/H0019), "
    "denied or approved for fewer days or a lower level (intensive outpatient, H0015) in a small requested/approved "
    "table, ASAM dimension facts, 60-day appeal, 30-day and 72-hour decisions, State Fair Hearing, continued "
    "services within 10 days, free copies, taglines")


# === 4. Kaiser Permanente Colorado: Spanish letter on a referral outside the network, sometimes faxed =============

_CO_STORIES = [
    dict(key="spine", out="Front Range Spine Institute", spec="Neurocirugía", spec_en="Neurosurgery",
         lines=[(["Consulta de neurocirugía con especialista fuera de la red", "Consulta inicial de neurocirugía "
                  "(proveedor no participante)"], "99204")],
         dx=[(["Estenosis espinal, región lumbar, sin claudicación neurógena"], "M48.061")],
         why=["los neurocirujanos del Plan evalúan la estenosis lumbar todos los días y ofrecen las mismas pruebas y "
              "tratamientos", "la evaluación de la columna que su médico pidió la realizan los neurocirujanos de "
              "Colorado Permanente Medical Group"],
         need=["el informe de la resonancia magnética de la columna lumbar", "las notas de las últimas dos "
               "consultas con su médico de atención primaria", "el registro de las sesiones de terapia física"]),
    dict(key="cardio", out="Highlands Heart Rhythm Associates", spec="Cardiología", spec_en="Cardiology",
         lines=[(["Consulta de cardiología (arritmias) con especialista fuera de la red", "Consulta inicial con "
                  "electrofisiólogo no participante"], "99204")],
         dx=[(["Fibrilación auricular paroxística"], "I48.0")],
         why=["los cardiólogos especialistas en arritmias del Plan evalúan y tratan la fibrilación auricular, "
              "incluida la ablación", "la evaluación del ritmo cardíaco que pidió su médico la hace el servicio de "
              "electrofisiología de Kaiser Permanente"],
         need=["el electrocardiograma y el informe del monitor Holter", "el ecocardiograma más reciente"]),
    dict(key="sleep", out="Cherry Creek Sleep Diagnostics", spec="Medicina del sueño", spec_en="Sleep Medicine",
         lines=[(["Estudio del sueño (polisomnografía) en un centro fuera de la red", "Polisomnografía con "
                  "supervisión, centro no participante"], "95810")],
         dx=[(["Apnea obstructiva del sueño"], "G47.33")],
         why=["el laboratorio del sueño del Plan realiza la polisomnografía con supervisión que su médico pidió",
              "el mismo estudio se hace en el centro del sueño de Kaiser Permanente"],
         need=["el cuestionario de somnolencia (Epworth) completo", "las notas de la consulta en la que se pidió el "
               "estudio"]),
    dict(key="pt", out="Platte River Physical Therapy", spec="Terapia física", spec_en="Physical Therapy",
         lines=[(["Terapia física en un centro fuera de la red, 12 sesiones", "Ejercicios terapéuticos con "
                  "terapeuta no participante (12 sesiones)"], "97110")],
         dx=[(["Dolor en la rodilla derecha"], "M25.561")],
         why=["los fisioterapeutas del Plan ofrecen el mismo programa de ejercicios para la rodilla, incluso en "
              "horarios de tarde", "la terapia física que necesita se ofrece en los consultorios de Kaiser "
              "Permanente cercanos a su domicilio"],
         need=["la evaluación inicial de terapia física", "la orden firmada por su médico con el número de "
               "sesiones"]),
    dict(key="mohs", out="Boulder Valley Dermatologic Surgery", spec="Dermatología", spec_en="Dermatology",
         lines=[(["Cirugía micrográfica de Mohs, cabeza y cuello, primera etapa, fuera de la red",
                  "Cirugía de Mohs (primera etapa) con cirujano no participante"], "17311")],
         dx=[(["Carcinoma basocelular de la piel de la nariz"], "C44.311")],
         why=["los dermatólogos del Plan realizan la cirugía de Mohs en la cara y pueden operar en las próximas "
              "semanas", "la cirugía de Mohs la ofrecen cirujanos dermatológicos de Colorado Permanente Medical "
              "Group"],
         need=["el informe de patología de la biopsia", "una fotografía de la lesión con su medida"]),
]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b14_co"):
        return
    c.extra["b14_co"] = True
    _fmt(w, STYLES_ES)
    story = w.pick(_CO_STORIES)
    c.extra["co_story"] = story
    c.services = [dict(text=w.pick(t), codes=[cd], decision="denied" if c.letter_kind != "delay_notice" else
                       "pending") for t, cd in story["lines"]]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in story["dx"]]
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"{name}, MD", f"{name}, DO"])
    c.provider_short = f"Dr. {last}"
    c.extra["co_out"] = story["out"]
    c.extra["co_why"] = w.pick(story["why"])
    c.extra["co_need"] = w.rng.sample(story["need"], k=min(len(story["need"]), w.pick([1, 2, 2])))
    iname, _, ilast = person(w.rng, 0.2)
    cred = w.pick(["PT, DPT", "DPT"]) if story["key"] == "pt" else w.pick(["MD", "DO"])
    c.innet.update(name=f"{iname}, {cred}", facility=w.pick(V.facilities("CO")),
                   appt=D.add_business(c.letter, w.rng.randint(3, 9)))
    c.extra["co_innet_offer"] = w.chance(0.75)
    c.criteria = []
    c.service = None
    if c.reviewer:
        c.reviewer["specialty"] = None if w.chance(0.5) else w.pick(["Medicina Interna", "Medicina Familiar"])
    _flags(c)


def reason_b14_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    out = c.extra["co_out"]
    s0 = c.services[0]["text"]
    svc = s0[:1].lower() + s0[1:]
    if c.letter_kind == "delay_notice":
        return w.pick([
            f"Todavía no podemos decidir sobre la solicitud de {svc} porque nos falta información clínica.",
            f"Necesitamos más información antes de decidir si cubrimos {svc}.",
        ])
    why = c.extra["co_why"]
    return w.pick([
        f"Negamos la referencia a {out} porque no es un proveedor del Plan y {why}. Su plan HMO cubre la atención "
        "fuera de la red solo cuando el servicio no se puede obtener de proveedores del Plan.",
        f"{out} no forma parte de la red de Kaiser Permanente. La solicitud de {svc} fue negada porque {why}; "
        "por eso no se cumplen las condiciones para cubrir atención fuera de la red.",
    ])


def _es_rights(w: W, addr: list[str], ms: str) -> list[Block]:
    c = w.c
    out: list[Block] = []
    urgent = c.urgency == "expedited"
    days = M("APPEAL_DAYS", c.appeal_phrase)
    out.append(w.h(w.pick(["Sus derechos de apelación", "Si no está de acuerdo con esta decisión",
                           "¿Qué puede hacer si no está de acuerdo?"]), space_before=10))
    out.append(w.p(w.pick([
        f"Usted, su médico u otra persona que usted elija puede pedirnos que revisemos esta decisión. Esto se llama "
        f"apelación interna. Debe presentarla dentro de {days} a partir de la fecha en que reciba esta carta. "
        f"Escriba a {', '.join(addr)} o llame a Servicios para Miembros al {ms} (TTY 711).",
        f"Para apelar, llame al {ms} (TTY 711) o envíe una carta a {', '.join(addr)} dentro de {days} después de "
        "recibir esta notificación. Puede enviar notas médicas, cartas o cualquier información que quiera que "
        "tomemos en cuenta.",
    ])))
    out.append(w.p(w.pick([
        "Tiene derecho a recibir gratis copias de todos los documentos y registros relacionados con esta decisión, "
        "y los códigos de diagnóstico y de tratamiento con su significado.",
        "Si lo pide, le enviaremos sin costo copias de los documentos que usamos y los códigos de diagnóstico y "
        "tratamiento con su significado.",
    ])))
    if not _has(c, "notice.expedited_review"):
        out.append(w.p(w.pick([
            "Apelación acelerada: si esperar una decisión normal pudiera poner en grave peligro su vida, su salud o "
            "su capacidad de recuperar al máximo sus funciones, usted o su médico pueden pedir una apelación "
            "acelerada. Le daremos una respuesta en un plazo de 72 horas.",
            "Si su caso es urgente, pida una apelación acelerada por teléfono; decidiremos en 72 horas como máximo.",
        ])))
    if not _has(c, "notice.external_review"):
        out.append(w.p(w.pick([
            "Revisión externa: si después de la apelación mantenemos nuestra decisión, puede pedir que una "
            "organización de revisión independiente, que no pertenece a Kaiser Permanente, revise su caso. Debe "
            "pedirla dentro de 4 meses después de recibir nuestra decisión final. La revisión externa es gratuita"
            + (" y en casos urgentes puede hacerse de forma acelerada." if not _has(c, "notice.expedited_review")
               else "."),
            "Si la apelación no cambia la decisión, tiene derecho a una revisión externa por una organización de "
            "revisión independiente. Tiene 4 meses desde nuestra decisión final para solicitarla, sin costo para "
            "usted.",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        out.append(w.p(w.pick([
            "Para recibir ayuda con una queja o una apelación, también puede comunicarse con la División de Seguros "
            "de Colorado (Colorado Division of Insurance).",
            "La División de Seguros de Colorado (Colorado Division of Insurance) ayuda a los consumidores con "
            "preguntas sobre apelaciones y revisiones externas.",
        ])))
    del urgent
    return out


def t_b14_co(w: W):
    from .layout import layout as _layout

    _co_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times", "courier"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 English fax cover then letter, 1 English header box over the letter, 2 Spanish only
    story = c.extra["co_story"]
    entity = V.REGION_ENTITY["Colorado"][0]
    addr = V.GRIEVANCE_ADDR["Colorado"][1:]
    ms = w.pick(["303-338-3800", "1-888-681-7878"])
    delay = c.letter_kind == "delay_notice"
    urgent = c.urgency == "expedited"
    out = c.extra["co_out"]
    ref = c.ids["ref"]
    fax_from = phone(w.rng, "CO", w.rng.randrange(3))
    fax_to = phone(w.rng, "CO", w.rng.randrange(3))
    en_style = w.pick(["long", "dmonu", "mon3p"])
    st.footer = [w.pick(["Página {page} de {pages}", f"Ref. {ref} \u2013 pág. {{page}}", "{page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    if variant == 0:
        hh = f"{w.rng.randint(7, 17):02d}:{w.rng.randint(0, 59):02d}"
        st.header = [f"{b14date(c.letter, 'dmonu')} {hh}  KP COLORADO REFERRAL MGMT  FAX {fax_from}  "
                     "P.{page}/{pages}"]
        st.header_all_pages = True
        st.header_numbered = True
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente Colorado HMO", "plan HMO de su empleador",
                                     "plan HMO individual y familiar de Kaiser Permanente"]))
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    b: list[Block] = []
    if variant == 0:  # the fax transmittal sheet, in English
        b.append(w.p("FAX TRANSMITTAL", bold=True, size=16, space_before=6))
        b.append(w.p("Kaiser Permanente Colorado \u2013 Referral Management", bold=True, space_before=2))
        rows = [["Date:", _dm(w, "DATE_LETTER", c.letter, en_style)],
                ["To:", f"{w.prov()} (office of the requesting provider)"], ["Fax:", fax_to],
                ["From:", w.pick(["Referral Management Coordinator", "Utilization Management, Referral Desk"])],
                ["Fax:", fax_from], ["Phone:", c.phones["dept"]], ["Pages:", "9 (including cover)"],
                ["Re:", f"{'Pended' if delay else 'Denied'} referral \u2013 member {w.mid()}"]]
        b.append(Block("table", rows=rows, size=10, header_row=False, space_before=14))
        b.append(w.p(w.pick([
            "Attached is a copy of the member notice (Spanish, the member's preferred language). Please share it "
            "with the patient and keep it with the referral.",
            "The member letter that follows was sent in Spanish at the member's request. A copy is provided for "
            "your records.",
        ]), space_before=12))
        b.append(w.p(w.pick([
            "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and "
            "confidential under federal and state law. It is intended only for the use of the recipient named "
            "above. If you received this fax in error, notify the sender immediately by telephone and destroy the "
            "documents. Any review, disclosure, copying or distribution by others is prohibited.",
            "CONFIDENTIAL: The documents accompanying this transmission contain confidential health information. If "
            "you are not the intended recipient, you are hereby notified that any disclosure, copying or "
            "distribution is strictly prohibited. Please call the sender and destroy all copies.",
        ]), size=8.5, boxed=True, space_before=16))
        b.append(Block("pagebreak"))
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", M("REGION", "Colorado"), "Referencias y Autorizaciones"],
                   right=addr[:-1] + [addr[-1]]))
    if variant == 1:
        b.append(Block("table", rows=[["Member / Miembro", w.name()], ["Member ID", w.mid()],
                                      ["Notice date", _dm(w, "DATE_LETTER", c.letter, en_style)],
                                      ["Type", "Pended referral" if delay else "Referral denial"],
                                      ["Language", "Spanish"]], size=8.5, header_row=False, space_before=8))
    b.append(w.p(sent, space_before=10))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    title = (w.pick(["Aviso de demora: necesitamos más información", "Su solicitud de referencia está pendiente"])
             if delay else w.pick(["Aviso de denegación de referencia", "Decisión sobre su solicitud de referencia",
                                   "Notificación de determinación adversa de beneficios"]))
    if urgent and not delay:
        title += " (revisión urgente)" if not _has(c, "notice.expedited_review") else ""
    b.append(w.p(title, bold=True, space_before=10, shade=variant == 2))
    info = [("Número de miembro", w.mid()), ("Número de referencia", ref), ("Plan", plan_cue)]
    if rec:
        info.append(("Fecha en que recibimos la solicitud", rec))
    if dec:
        info.append(("Fecha de la decisión", dec))
    for k, v in info:
        b.append(w.p(f"{k}: {v}", size=st.size - 0.5, space_before=0.5))
    sal = "miembro" if c.member_salute == "Member" else c.member_salute
    b.append(w.p(w.pick([f"Estimado(a) {sal}:", f"Estimado/a {sal}:"]), space_before=10))
    svc = join_and([M("SERVICE", s["text"]) for s in c.services], "y")
    b.append(w.p(w.pick([
        f"Su médico, {w.prov()}, pidió una referencia a {out} para {svc}"
        + (f". Recibimos la solicitud el {rec}." if rec else "."),
        f"Recibimos una solicitud de {w.prov()} para referirle a {out}, un proveedor que no pertenece a la red de "
        f"Kaiser Permanente. El servicio solicitado es: {svc}" + (f". La solicitud llegó el {rec}." if rec else "."),
    ])))
    codes = ", ".join(_code(x) for s in c.services for x in s["codes"])
    b.append(w.p(w.pick([f"Código del servicio (CPT): {codes}", f"CPT: {codes}", f"Código de procedimiento: {codes}"]),
                 size=st.size - 0.5))
    b.append(w.p("Diagnóstico: " + "; ".join(w.dx(d) for d in c.diagnoses), size=st.size - 0.5))
    if delay:
        b.append(w.h(w.pick(["¿Por qué no hemos decidido?", "Motivo de la demora"]), space_before=10))
        b.append(w.p(M("REASON", w.reason)))
        if not _has(c, "notice.delay_requirements"):
            b.append(w.p(w.pick(["Para completar la revisión necesitamos lo siguiente de su médico:",
                                 f"Le pedimos a {w.prov()} que nos envíe:"])))
            for item in c.extra["co_need"]:
                b.append(w.p(f"- {item[:1].upper()}{item[1:]}", indent=12, space_before=1))
            exp = _fd(w, c.extra["expected"])
            b.append(w.p(w.pick([
                f"Cuando recibamos la información, tomaremos una decisión a más tardar el {exp}. Su médico puede "
                f"enviarla por fax al {c.phones['fax']}.",
                f"Esperamos tomar una decisión a más tardar el {exp}. La información puede enviarse por fax al "
                f"{c.phones['fax']}.",
            ])))
        else:
            b.append(w.p("Le avisaremos cuando tengamos una decisión."))
        b.append(w.p(w.pick([
            f"Si no está de acuerdo con esta demora, puede presentar una queja llamando al {ms} (TTY 711) o "
            f"escribiendo a {', '.join(addr)}.",
            f"Usted tiene derecho a presentar una queja sobre esta demora. Llame a Servicios para Miembros al {ms} "
            "(TTY 711).",
        ])))
    else:
        b.append(w.h(w.pick(["Nuestra decisión", "¿Qué decidimos?", "Decisión"]), space_before=10))
        b.append(w.p(w.pick(["Hemos negado esta solicitud.", "No podemos aprobar esta referencia."]), bold=True))
        b.append(w.p(M("REASON", w.reason)))
        if w.chance(0.5):
            b.append(w.p(w.pick(['Consulte la sección "Cómo obtener servicios" de su Evidencia de Cobertura.',
                                 "Su Evidencia de Cobertura explica cuándo se cubre la atención de proveedores que "
                                 "no son del Plan."])))
        inn = c.innet
        if c.extra["co_innet_offer"]:
            b.append(w.p(w.pick([
                f"Le hicimos una cita con {inn['name']} ({story['spec']}) en {inn['facility']} el "
                f"{_fd(w, inn['appt'])}. Si necesita cambiarla, llame al {c.phones['dept']}.",
                f"Un especialista del Plan puede atenderle: {inn['name']}, {story['spec']}, {inn['facility']}, "
                f"con cita disponible el {_fd(w, inn['appt'])}. Para confirmarla llame al {c.phones['dept']}.",
            ])))
        else:
            b.append(w.p(f"Para hacer una cita con {story['spec'].lower()} del Plan, llame al {c.phones['dept']}."))
        if c.reviewer and w.chance(0.7):
            r = c.reviewer
            who = M("REVIEWER_NAME", r["name"]) + (", " + M("REVIEWER_CRED", r["credentials"])
                                                  if r["credentials"] else "")
            line = w.pick(["Revisado por:", "Médico revisor:"]) + f" {who}"
            if r["specialty"]:
                line += f", {M('REVIEWER_SPECIALTY', r['specialty'])}"
            if r["phone"]:
                line += f". Teléfono directo: {M('REVIEWER_PHONE', r['phone'])}"
            b.append(w.p(line + "."))
    if not delay:
        b += _es_rights(w, addr, ms)
    b.append(w.p(w.pick([f"Si tiene preguntas, llame a Servicios para Miembros al {ms} (TTY 711).",
                         f"¿Preguntas? Llame al {ms}, TTY 711, de lunes a viernes."]), space_before=8))
    b.append(w.p("Atentamente,", space_before=10))
    b.append(w.p(w.pick(["Departamento de Referencias y Autorizaciones", "Administración de Utilización"]),
                 bold=True, space_before=8))
    b.append(w.p(entity, space_before=0))
    b.append(w.p(f"c.c.: {w.prov()}", size=8.5, space_before=6))
    b.append(w.small(w.pick([
        "Kaiser Permanente cumple con las leyes federales de derechos civiles y no discrimina por motivos de raza, "
        "color, origen nacional, edad, discapacidad o sexo.",
        "No discriminamos a nadie por su raza, color, origen nacional, edad, discapacidad o sexo.",
    ]) + ("" if _has(c, "notice.language_assistance") else " Ofrecemos intérpretes y ayuda con el idioma sin costo."),
        space_before=10))
    b += _taglines(w, "CO", w.pick(["Ayuda en otros idiomas", "Language assistance / Asistencia con el idioma",
                                    "Servicios de idiomas"]), ms)
    if variant == 0:  # the cover states the page count of the whole transmission
        n = len(_layout(b, st))
        for blk in b:
            for row in blk.rows:
                if row and row[0] == "Pages:":
                    row[1] = f"{n} (including cover)"
    return b, st, ["co_fax_cover", "co_english_box", "co_spanish_only"][variant]


BLIND14_TEMPLATES["blind14_spanish_fax_referral"] = (t_b14_co, dict(
    plans=["commercial_hmo"], states=["CO"], kinds=["initial_denial", "initial_denial", "delay_notice"],
    cats=["out_of_network", "administrative"], language="es", reason=reason_b14_co))
MODELED_ON["blind14_spanish_fax_referral"] = (
    "blind14: Kaiser Permanente Colorado commercial HMO letter in Spanish denying a referral to a non-Plan "
    "specialist or facility (spine surgery consult, heart-rhythm consult, sleep study, physical therapy, Mohs surgery) with "
    "a Plan alternative, or pending it for more information (what is needed, expected decision date, grievance "
    "right); some copies open with an English fax transmittal sheet (Pages, To, From, confidentiality notice) or an "
    "English header box; day-first Spanish dates; 180-day appeal, 72-hour expedited appeal, external review within "
    "4 months, Colorado Division of Insurance, taglines")
