"""Twenty-second blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND22_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind22_midatlantic_checkbox_reasons")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind22_midatlantic_checkbox_reasons``: Kaiser Permanente Mid-Atlantic States (Maryland, Virginia or the District
   of Columbia) commercial HMO or ERISA employer plan denial whose reason is given by a printed list of standard
   reasons with check boxes. One box is checked and carries a free-text explanation line under it; some letters
   check a second box whose line only points back to the first ("see the explanation above"). Boxes are printed as
   "[X] / [ ]", "X / _", "(x) / ( )" or the ballot-box glyphs (checked and empty square, drawn in the tagline font).
   Denials are for medical necessity (lumbar MRI, attended sleep study, knee arthroscopy), plan exclusions (adult
   hearing aids, upper-eyelid surgery found cosmetic, massage therapy) or an out-of-network referral (an outside spine
   practice, an outside allergy practice) with a named in-network clinician offered. Layouts: a letter with the list
   in its body, a form with a grid of boxes (the checked rows keyed "(1)" to an explanation printed under the grid),
   and a notice with a shaded list heading and the rights on a later page. The request details (diagnosis, the
   office visit date) sit before or after the list; some letters end with a nondiscrimination page.
   No Maryland Medicaid (HealthChoices) letters: the catalogue does not name that program or verify Kaiser's
   Medicaid contracts. Member Services is the catalogue's Mid-Atlantic number ((301) 468-6000, 1-800-777-7902,
   TTY (301) 879-6380); consumer help is the Maryland Health Education and Advocacy Unit (1-877-261-8807), the
   Virginia Office of the Managed Care Ombudsman (1-877-310-6560) or, in DC, the DC Office of Health Care Ombudsman
   and Bill of Rights by name only (its number is not verified); ERISA letters print EBSA instead (with the
   catalogue's caveat) and section 502(a). External review within 4 months (45 CFR 147.136), 180-day appeal, 72-hour expedited appeal.

   Which reason is the reason: only the checked box with the explanation line counts. ``denial_category`` is that
   box's category and ``denial_reason`` is its explanation line as printed (the box's own printed label is not part
   of it). Unchecked boxes are distractors, and a second checked box (a missing-records box beside a medical
   necessity reason, a no-referral box beside an out-of-network reason) never sets the category.
   Which date is which: the letter date heads the letter; "received" and "decided" dates are marked by their labels;
   the date of the office visit at which the order was written and an earlier referral date are unmarked
   distractors (never the service date: the service is still to come).

2. ``blind22_scal_therapy_visit_limit``: Kaiser Permanente Southern California commercial HMO (Knox-Keene) or Senior
   Advantage partial approval of outpatient physical, occupational or speech therapy visits (e.g. 12 asked, 6
   approved), printed with dot-leader lines ("Visits requested ........ 12", "Date we got the request ........
   <date>") and a right-aligned date block at the top. Some letters deny the extra visits as not medically
   necessary (progress notes and goals met); commercial letters may instead deny them under the plan's yearly visit
   limit (category ``not_covered``, the Evidence of Coverage section named). Speech or occupational therapy for a
   child with autism is a mental-health service under the California parity rule: those letters cite AACAP's
   practice parameter unless a non-association criterion is planted. California commercial letters carry the DMHC
   statement (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov, the plan's 1-800-464-4000), IMR within 6 months,
   the Health Consumer Alliance (1-888-804-3536) and 15 taglines; medical-necessity letters name the reviewer with a
   direct line because the provider gets a copy. Senior Advantage letters carry the catalogue's Medicare facts
   (1-800-443-0815, 60-day reconsideration, 72-hour fast appeal, automatic IRE, 1-800-MEDICARE). Layouts: a
   typewriter-style (Courier) letter, a letter whose dot lines sit indented under a summary heading, and a letter
   with the rights on their own page; the diagnosis line comes before or after the dot lines, and some letters end
   with a nondiscrimination page.

   Which date is which: the right-aligned block's date is the letter date; "Date we got the request" is
   ``request_received`` and "Date of decision" is ``decision`` (left out in some letters); "Plan of care started"
   and "Last visit on file" are unmarked distractors, earlier than the request. ``services`` lists the visit line
   (denied in part) and, in some letters, an approved re-evaluation.

3. ``blind22_hi_mainland_referral``: Kaiser Permanente Hawaii commercial HMO or Senior Advantage letter refusing a
   referral to a mainland specialty center outside the network (a Gamma Knife center in Seattle, Washington, a
   movement-disorders program in San Francisco, California, an epilepsy monitoring unit in Denver, Colorado, a
   pediatric scoliosis clinic in Salt Lake City, Utah, among others; the child's clinic only on commercial letters)
   together with the airfare and lodging asked for, and offering
   the care on Oahu with a named in-network clinician (neighbor-island members are offered inter-island travel).
   Many distractor places and states are printed (the center's other sites, the member's island town, a conference
   city). No Hawaii Member Services number is printed (the catalogue does not verify one): the referral unit's own
   Honolulu phone and fax are used. Commercial letters: 180-day appeal, 72-hour expedited appeal, external review
   within 4 months (45 CFR 147.136), the Hawaii Insurance Division by name only; Medicare letters: 60-day
   reconsideration, 72-hour fast appeal, IRE, 1-800-MEDICARE. Layouts: a plain letter, a letter with a "what you
   asked for / what we offer" table, and a letter with a sidebar of travel facts.

   Which date is which: the letter date heads the letter (one style is ISO with a weekday, "2026-03-05 (Thu)"); the
   request received and decision dates are marked by their sentences; the offered Oahu appointment date and the
   center's proposed start date are later, unmarked distractors.

Dates use this set's own styles (``b22date``); ``parse_blind22_date`` reads them back.
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

BLIND22_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DOW3 = [d[:3] for d in _DOW]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def b22date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "isowkday":  # 2026-03-05 (Thu)
        return f"{d.isoformat()} ({_DOW3[d.weekday()]})"
    if style == "slashbare":  # 3/5/2026
        return f"{d.month}/{d.day}/{d.year}"
    if style == "wkordof":  # Thursday, the 5th of March 2026
        return f"{_DOW[d.weekday()]}, the {_ordinal(d.day)} of {mon} {d.year}"
    if style == "dmondash":  # 05-Mar-2026
        return f"{d.day:02d}-{mon[:3]}-{d.year}"
    if style == "ymdslash":  # 2026/03/05
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "monbare":  # March 5 2026
        return f"{mon} {d.day} {d.year}"
    raise ValueError(style)


STYLES = ("isowkday", "slashbare", "wkordof", "dmondash", "ymdslash", "monbare")


def parse_blind22_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b22date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}) \(([A-Z][a-z]{2})\)", t)
        if m:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d if _DOW3[d.weekday()] == m[4] else None
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+), the (\d{1,2})(st|nd|rd|th) of ([A-Z][a-z]+) (\d{4})", t)
        if m and m[1] in _DOW and m[4] in MONTHS and _ordinal(int(m[2])) == m[2] + m[3]:
            d = dt.date(int(m[5]), MONTHS.index(m[4]) + 1, int(m[2]))
            return d if _DOW[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})-([A-Z][a-z]{2})-(\d{4})", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}) (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b22_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None) -> str:
    return b22date(day, w.c.extra["b22_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([52.0, 60.0, 70.0]),
               margin_t=w.pick([46.0, 54.0, 62.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0])
    return st


def _clinician(w: W) -> str:
    name, _, _ = person(w.rng, 0.2)
    return w.pick([f"{name}, MD", f"{name}, M.D.", f"{name}, DO", f"Dr. {name}"])


def _reviewer_md(w: W, specs: list[str], state: str, titles: list[str], p_phone: float = 0.6) -> None:
    c = w.c
    name, _, _ = person(w.rng, 0.25)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "MD, MPH"]),
                      specialty=w.pick(specs) if w.chance(0.75) else None,
                      phone=phone(w.rng, state) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _reviewer_np(w: W, titles: list[str]) -> None:
    """A planted non-physician signer: no specialty, no direct line."""
    c = w.c
    name, _, _ = person(w.rng, 0.2)
    c.reviewer = dict(name=name, credentials=w.pick(["RN", "LPN", None]), specialty=None, phone=None)
    c.reviewer_title = w.pick(titles)


def _reviewer_line(w: W, lead: str) -> str:
    r = w.c.reviewer
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    spec = w.pick([f" ({M('REVIEWER_SPECIALTY', r['specialty'])})", f", a specialist in "
                   f"{M('REVIEWER_SPECIALTY', r['specialty'])},"]) if r["specialty"] else ""
    line = f"{lead} {nm}{cred}{spec}".rstrip(",") + "."
    if r["phone"]:
        line += w.pick([f" Direct line for your doctor: {M('REVIEWER_PHONE', r['phone'])}.",
                        f" Your clinician may call the reviewer at {M('REVIEWER_PHONE', r['phone'])}."])
    return line


def _sign(w: W, fallback: list[str], org: str) -> list[Block]:
    c = w.c
    out = [w.p(w.pick(["Sincerely,", "Respectfully,", "With regards,"]), space_before=10)]
    if c.reviewer:
        r = c.reviewer
        out.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=4))
        out.append(w.p(c.reviewer_title, space_before=0))
    else:
        sname, _, _ = person(w.rng, 0.1)
        out.append(w.p(sname, space_before=4))
        out.append(w.p(w.pick(fallback), space_before=0))
    out.append(w.p(org, space_before=0))
    return out


# language-help lines written for this set; {ph} is a number the letter prints
_TAGS = {
    "es": "¿Habla español? Tiene derecho a un intérprete y a ayuda con el idioma sin costo. Llame al {ph}.",
    "zh": "如果您講中文，我們可免費為您提供口譯和語言協助。請致電 {ph}。",
    "vi": "Nếu quý vị nói tiếng Việt, quý vị được hỗ trợ ngôn ngữ và thông dịch miễn phí. Xin gọi {ph}.",
    "tl": "Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika at tagasalin para sa iyo. Tumawag sa {ph}.",
    "ko": "한국어를 하시면 무료 통역 및 언어 지원을 받으실 수 있습니다. {ph}번으로 연락하십시오.",
    "hy": "Եթե խոսում եք հայերեն, կարող եք անվճար թարգմանչի օգնություն ստանալ։ Զանգահարեք {ph}։",
    "fa": "اگر به فارسی صحبت می‌کنید، خدمات ترجمه و کمک زبانی رایگان در دسترس شماست. با {ph} تماس بگیرید.",
    "ru": "Если вы говорите по-русски, вам бесплатно помогут с переводом. Звоните {ph}.",
    "ja": "日本語を話される方は、無料の通訳・言語支援をご利用いただけます。{ph} までお電話ください。",
    "ar": "إذا كنت تتحدث العربية، تتوفر لك خدمات الترجمة والمساعدة اللغوية مجانًا. اتصل بالرقم {ph}.",
    "pa": "ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਡੇ ਲਈ ਮੁਫ਼ਤ ਦੁਭਾਸ਼ੀਆ ਸਹਾਇਤਾ ਉਪਲਬਧ ਹੈ। {ph} ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ប្រសិនបើអ្នកនិយាយភាសាខ្មែរ អ្នកអាចទទួលបានជំនួយភាសាដោយឥតគិតថ្លៃ។ ទូរស័ព្ទទៅ {ph}។",
    "hmn": "Yog koj hais lus Hmoob, koj tau txais kev pab txhais lus dawb. Hu rau {ph}.",
    "hi": "यदि आप हिंदी बोलते हैं, तो आपके लिए निःशुल्क दुभाषिया सेवा उपलब्ध है। {ph} पर कॉल करें।",
    "th": "หากคุณพูดภาษาไทย คุณสามารถรับความช่วยเหลือด้านภาษาได้ฟรี โทร {ph}",
    "am": "አማርኛ የሚናገሩ ከሆነ ነጻ የቋንቋ እርዳታ ያገኛሉ። በ {ph} ይደውሉ።",
    "fr": "Si vous parlez français, un interprète est à votre disposition gratuitement. Appelez le {ph}.",
    "yo": "Tí o bá ń sọ èdè Yorùbá, ìrànlọ́wọ́ èdè wà fún ọ lọ́fẹ̀ẹ́. Pe {ph}.",
    "ilo": "No agsasaoka iti Ilokano, adda libre a tulong iti pagsasao para kenka. Tawagan ti {ph}.",
    "haw": "Inā ʻōlelo ʻoe i ka ʻōlelo Hawaiʻi, loaʻa ke kōkua unuhi manuahi. E kelepona i {ph}.",
    "sm": "Afai e te tautala i le gagana Samoa, e maua fua le fesoasoani i le gagana. Valaau i le {ph}.",
    "chk": "Ika ka kapas Chuuk, mi wor aninnis ngonuk ese kamo. Kori {ph}.",
    "mh": "Ñe kwōj kōnono Kajin Majōl, ewōr jipañ ilo kajin eo am ejjeļok wōņāān. Kūrlok {ph}.",
}
_TAG_SETS = {
    "MA": ["es", "fr", "am", "ko", "zh", "vi", "yo", "ru", "fa", "ar", "tl"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "HI": ["ilo", "es", "zh", "ja", "ko", "vi", "tl", "haw", "sm", "chk", "mh"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0, keep_all: bool = False) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    if "es" not in head:  # Spanish is always printed, second when another language leads
        head.append("es")
        rest.remove("es")
    w.rng.shuffle(rest)
    if not keep_all:
        rest = rest[: w.rng.randint(len(rest) - 3, len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1.5) if heading else Block("rule", space_before=10)]
    for code in head + rest:
        t = _TAGS[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


def _enclosure(w: W, org: str, ph: str) -> list[Block]:
    """An optional last page: the plan's statement that it does not discriminate (written for this set)."""
    if not w.chance(0.3):
        return []
    out = [Block("pagebreak"), w.h(w.pick(["We do not discriminate", "Notice of nondiscrimination",
                                           "FAIR TREATMENT NOTICE"]), size=11)]
    out.append(w.p(f"{org} follows federal civil rights laws. We do not treat anyone differently or leave anyone out "
                   "because of race, color, national origin, age, disability or sex."))
    out.append(w.p(w.pick([
        "We offer free aids to people with disabilities, such as qualified sign language interpreters and letters "
        "in large print, audio or other formats, and free language services to people whose first language is "
        f"not English. To ask for them, call {ph}.",
        f"Need this letter in large print, braille or another language? Call {ph}; there is no charge.",
    ])))
    out.append(w.p(w.pick([
        "If you believe we have failed to provide these services or treated you unfairly, you can file a "
        "grievance with our Civil Rights Coordinator by phone, by mail or in person.",
        "You may file a complaint with our Civil Rights Coordinator if you think we did not treat you fairly.",
    ])))
    return out


def _dots(label: str, value: str, width: int = 46) -> str:
    """A dot-leader line: label, a run of dots, the value."""
    n = max(4, width - len(label))
    return f"{label} {'.' * n} {value}"


# === 1. Mid-Atlantic: the reason is a checked box on a printed list =============================================

_MA_CASES = {
    "medical_necessity": [
        dict(key="mri", svc=(["MRI of the lumbar spine without contrast", "Lumbar spine MRI, no contrast"], "72148"),
             dx=[(["Low back pain, unspecified"], "M54.50"), (["Radiculopathy, lumbar region"], "M54.16")],
             why=["your notes describe back pain for {wk} weeks with no leg weakness, numbness or bladder change, "
                  "and no course of physical therapy has been tried yet",
                  "the records show {wk} weeks of back pain without any warning sign such as weakness or loss of "
                  "bladder control, and imaging is advised only after six weeks of treatment such as physical "
                  "therapy"],
             crit=["American College of Radiology Appropriateness Criteria: Low Back Pain",
                   "Kaiser Permanente Mid-Atlantic Advanced Imaging Guideline: Lumbar Spine"],
             specs=["Diagnostic Radiology", "Physical Medicine and Rehabilitation"]),
        dict(key="psg", svc=(["Attended in-lab sleep study (polysomnography)", "Polysomnography, attended, four or "
                                                                               "more parameters"], "95810"),
             dx=[(["Obstructive sleep apnea"], "G47.33")],
             why=["you have no heart failure, lung disease or nerve-muscle condition that would make a home sleep "
                  "apnea test unreliable, so the home test is the covered first step",
                  "a home sleep apnea test is the right first test for you because the records show none of the "
                  "conditions (such as severe lung disease or heart failure) that call for an overnight lab study"],
             crit=["AASM Clinical Practice Guideline for Diagnostic Testing for Adult Obstructive Sleep Apnea",
                   "Kaiser Permanente Mid-Atlantic Sleep Study Criteria"],
             specs=["Sleep Medicine", "Pulmonary Disease"]),
        dict(key="scope", svc=(["Knee arthroscopy with partial medial meniscectomy", "Arthroscopic partial "
                                                                                    "meniscectomy, medial, knee"],
                               "29881"),
             dx=[(["Unilateral primary osteoarthritis, right knee"], "M17.11")],
             why=["your x-rays show moderate arthritis of the right knee and the notes record no locking or "
                  "catching, and arthroscopy has not been shown to relieve pain caused by arthritis",
                  "the knee pain in your records comes from arthritis seen on x-ray, not from a torn meniscus that "
                  "locks the joint, so arthroscopic surgery is not expected to help"],
             crit=["Kaiser Permanente Mid-Atlantic Orthopedic Surgery Criteria: Knee Arthroscopy",
                   "MCG Care Guidelines: Knee Arthroscopy"],
             specs=["Orthopedic Surgery", "Sports Medicine"]),
    ],
    "not_covered": [
        dict(key="hearing", svc=(["Hearing aids, digital, both ears, behind the ear", "Binaural digital hearing "
                                                                                     "aids"], "V5261"),
             dx=[(["Sensorineural hearing loss, bilateral"], "H90.3")],
             why=["hearing aids for adults are listed among the exclusions of your plan, and your coverage has no "
                  "hearing aid rider",
                  "your plan excludes hearing aids for members 18 and older; the hearing test itself was covered"],
             sec=["Exclusions and Limitations", "What Is Not Covered", "Hearing Services"]),
        dict(key="bleph", svc=(["Upper eyelid surgery (blepharoplasty), right eye", "Blepharoplasty, upper lid, "
                                                                                  "excess weighting skin"], "15823"),
             dx=[(["Dermatochalasis of right upper eyelid"], "H02.831")],
             why=["the visual field test sent with the request shows no loss of upper vision caused by the eyelid "
                  "skin, so the surgery is cosmetic, and cosmetic surgery is excluded",
                  "your eye exam found the upper field of vision within normal limits with the lid untaped, which "
                  "makes the surgery cosmetic under your plan, and cosmetic services are not covered"],
             sec=["Exclusions and Limitations", "Cosmetic Services", "What Is Not Covered"]),
        dict(key="massage", svc=(["Massage therapy, 12 sessions", "Massage therapy (each 15 minutes)"], "97124"),
             dx=[(["Muscle spasm of back"], "M62.830")],
             why=["massage therapy is excluded by your plan whoever provides it, and the physical therapy you "
                  "already have approved is the covered treatment for back spasm",
                  "your plan does not include massage therapy as a benefit; it is named in the list of excluded "
                  "services"],
             sec=["Exclusions and Limitations", "Alternative Medicine", "What Is Not Covered"]),
    ],
    "out_of_network": [
        dict(key="spine", svc=(["New patient consultation with an outside spine surgeon", "Office visit, new "
                                                                                          "patient, outside spine "
                                                                                          "practice"], "99204"),
             dx=[(["Spinal stenosis, lumbar region with neurogenic claudication"], "M48.062")],
             outside=["Chesapeake Spine and Joint Institute", "Severn River Orthopaedic Partners"],
             spec="Orthopedic Spine Surgery"),
        dict(key="allergy", svc=(["Allergy skin testing at an outside practice", "Percutaneous allergy skin tests"],
                                 "95004"),
             dx=[(["Other seasonal allergic rhinitis"], "J30.2"), (["Mild persistent asthma, uncomplicated"],
                                                                  "J45.30")],
             outside=["Tidewater Allergy and Asthma Associates", "Rock Creek Allergy Center"],
             spec="Allergy and Immunology"),
    ],
}
# the printed standard reasons: key, category (None: never the reason here), label wordings
_MA_BOXES = [
    ("mn", "medical_necessity", ["Not medically necessary for your condition at this time",
                                 "The service does not meet medical necessity criteria"]),
    ("exp", None, ["Experimental or investigational service", "Service not proven safe and effective"]),
    ("nc", "not_covered", ["Not a covered benefit (excluded or limited by your plan)",
                           "Your plan does not cover this service"]),
    ("oon", "out_of_network", ["Provider is outside the Kaiser Permanente network",
                               "Requested provider is not a plan provider"]),
    ("pa", None, ["No referral or authorization was requested in advance",
                  "Prior authorization not obtained"]),
    ("elig", None, ["You were not enrolled on the requested date", "Eligibility could not be confirmed"]),
    ("info", None, ["Records we asked for were not received", "Information needed to decide was missing"]),
    ("dup", None, ["Same request was already decided", "Duplicate request"]),
]
_MA_SECOND = {"medical_necessity": "info", "out_of_network": "pa"}
_MA_MARKS = [("[X]", "[ ]", "brackets"), ("X", "_", "letter_x"), ("(x)", "( )", "parens"),
             ("\u2612", "\u2610", "glyph")]
_MA_MS = ("1-800-777-7902", "(301) 468-6000", "(301) 879-6380")
_MA_NP_TITLES = ["Utilization Review Coordinator", "Referral Specialist", "Benefits Review Analyst"]


def _ma_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b22_ma"):
        return
    c.extra["b22_ma"] = True
    _fmt(w, ("wkordof", "dmondash", "ymdslash", "slashbare"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, c.state, c.region)
    case = w.pick(_MA_CASES[c.category])
    c.extra["ma_case"] = case
    t, code = case["svc"]
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied")]
    c.diagnoses = [dict(text=w.pick(t2), codes=[cd]) for t2, cd in case["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.4):
        c.diagnoses = c.diagnoses[:1]
    c.extra["ma_why"] = w.pick(case["why"]).replace("{wk}", str(w.rng.randint(2, 5))) if "why" in case else ""
    c.service = None
    c.provider = _clinician(w)
    c.extra["ma_visit"] = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(3, 20))
    c.extra["ma_referral"] = c.extra["ma_visit"] - dt.timedelta(days=w.rng.randint(20, 120))
    c.extra["ma_unit_phone"] = phone(w.rng, w.pick(["MD", "VA", "DC"]))
    c.extra["ma_unit_fax"] = phone(w.rng, "MD")
    c.extra["ma_second"] = _MA_SECOND.get(c.category) if w.chance(0.35) and not _bare(c) else None
    mn = c.category == "medical_necessity"
    if mn and not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = [w.pick(case["crit"])]
    else:
        c.criteria = []
    if c.category == "out_of_network":
        c.extra["ma_outside"] = w.pick(case["outside"])
        c.innet["specialty"] = case["spec"]
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, _MA_NP_TITLES)
    elif mn and w.chance(0.8):
        _reviewer_md(w, case["specs"], c.state if c.state in ("MD", "VA", "DC") else "MD",
                     ["Physician Reviewer", "Medical Director, Utilization Management", "Reviewing Physician"])
    elif not mn and w.chance(0.4):
        _reviewer_md(w, ["Internal Medicine", "Family Medicine"], "MD",
                     ["Associate Medical Director", "Physician Reviewer"], p_phone=0.3)
    else:
        c.reviewer = None
    _flags(c)


def reason_b22_ma(w: W) -> str:
    _ma_setup(w)
    c = w.c
    c.extra["ma_case"]
    if _bare(c):
        return w.pick(["Does not meet criteria.", "Not covered under the plan.", "Service not approved."]
                      if c.category == "not_covered" else ["Not medically necessary.", "Criteria were not met.",
                                                           "The request does not meet our guidelines."])
    if c.category == "out_of_network":
        inn = c.innet
        out = c.extra["ma_outside"]
        return w.pick([
            f"{out} is not part of our network, and the same care is available from {inn['name']}, "
            f"{inn['specialty']}, at {inn['facility']}.",
            f"You can get this care inside the network: {inn['name']} ({inn['specialty']}) at {inn['facility']} "
            f"offers it, so a referral to {out} was not approved.",
        ])
    why = c.extra["ma_why"]
    return w.pick([f"{_cap(why)}.", f"We did not approve this because {why}.",
                   f"Reviewer's explanation: {why}."])


def t_b22_ma(w: W):
    _ma_setup(w)
    c = w.c
    case = c.extra["ma_case"]
    erisa = c.plan_type == "erisa_group"
    urgent = c.urgency == "expedited"
    variant = w.rng.randrange(3)  # 0 letter with list, 1 form with grid of boxes, 2 boxed list + rights later page
    on, off, mark_key = w.pick(_MA_MARKS if variant != 1 else _MA_MARKS[:3])
    st = _style(w, ["helvetica", "times"] if variant != 1 else ["helvetica", "courier"], [9.0, 9.5, 10.0])
    ph, fax = c.extra["ma_unit_phone"], c.extra["ma_unit_fax"]
    ms, ms_local, tty = _MA_MS
    ref = c.ids["ref"]
    prov = M("PROVIDER", c.provider)
    st.footer = [w.pick([f"{ref} | page {{page}} of {{pages}}", "Kaiser Permanente Mid-Atlantic States - {page}",
                         f"Form UM-{w.rng.randint(200, 899)} rev. {w.rng.randint(1, 12)}/{w.rng.randint(21, 25)}"
                         " | {page}"])]
    st.footer_align = w.pick(["center", "left", "right"])
    entity = "Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc."
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", w.pick(["Utilization Management",
                                                                            "Referral and Authorization Services",
                                                                            "Clinical Review Department"])],
                   right=[entity, w.pick(["Rockville, Maryland", "Utilization Management, Rockville, MD"]),
                          f"Phone {ph} | Fax {fax}"]))
    letter = _dm(w, "DATE_LETTER", c.letter)
    b.append(w.p(w.pick(["", "Date: ", "Mailed "]) + letter, space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    ids = [f"Member ID: {w.mid()}", f"Case number: {ref}"]
    if erisa:
        ids.append(f"Group: {c.extra['employer']} ({c.ids['group']})")
    elif w.chance(0.5):
        ids.append(f"Group no. {c.ids['group']}")
    b.append(w.p("    ".join(ids), size=st.size - 0.5, space_before=8))
    title = w.pick(["Notice of Adverse Benefit Determination", "Coverage decision: your request was not approved",
                    "DENIAL OF SERVICE REQUEST"])
    if urgent:
        title += w.pick([" (expedited review)", " - urgent request"])
    b.append(w.h(title, space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    svc = w.svc_with_codes(c.services[0], w.rng.randrange(3))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    visit = b22date(c.extra["ma_visit"], c.extra["b22_fmt"])
    intro = w.pick([f"{prov} asked us to cover {svc} for you.",
                    f"We reviewed a request from {prov} for {svc}.",
                    f"Your clinician, {prov}, sent us a request for {svc} after your visit on {visit}."])
    if rec:
        intro += w.pick([f" The request reached us on {rec}.", f" We received it {rec}."])
    if dec:
        intro += w.pick([f" Our decision was made on {dec}.", f" We decided the request on {dec}."])
    intro += w.pick([" We are not able to approve it.", " After review, it is not approved.",
                     " The answer is explained below."])
    b.append(w.p(intro))
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    details = [w.p(w.pick(["Diagnosis on the request: ", "Condition: ", "Diagnosis: "]) + dxs + "."),
               w.p(w.pick([f"Order written at the office visit of {visit}; original referral on file since "
                           f"{b22date(c.extra['ma_referral'], c.extra['b22_fmt'])}.",
                           f"Visit when the order was written: {visit}. Provider NPI: {c.ids['npi']}."]),
                   size=st.size - 0.5)]
    if variant == 1:
        rows = [["Member", w.name()], ["Member ID", w.mid()], ["Requesting provider", prov],
                ["Service", svc], ["Diagnosis", dxs]]
        if rec:
            rows.append(["Received", M("DATE_RECEIVED", _fd(w, c.received))])
        if dec:
            rows.append(["Decided", M("DATE_DECISION", _fd(w, c.decision))])
        rows.append(["Office visit", visit])
        b.append(Block("table", rows=[["Request details", ""]] + rows, space_before=8, size=st.size - 0.5))
    elif w.chance(0.6):
        b += details
        details = []
    # --- the checklist
    boxes = [x for x in _MA_BOXES]
    keep = boxes[:1] + w.rng.sample(boxes[1:], k=len(boxes) - 1)
    keep = sorted(keep[: w.rng.randint(6, 8)], key=lambda x: boxes.index(x))
    prim = next(x for x in boxes if x[1] == c.category)
    if prim not in keep:
        keep.append(prim)
        keep.sort(key=lambda x: boxes.index(x))
    sec_key = c.extra["ma_second"]
    sec = next((x for x in boxes if x[0] == sec_key), None)
    if sec and sec not in keep:
        keep.append(sec)
        keep.sort(key=lambda x: boxes.index(x))
    head = w.pick(["Reason for this decision (see checked box)", "Why we made this decision",
                   "REASON(S) FOR DENIAL - only checked items apply"])
    b.append(w.h(head, space_before=12, size=st.size + 0.5, shade=variant == 2))
    expl_lead = w.pick(["Explanation: ", "Details: ", "Specific reason: ", ""])
    reason = M("REASON", w.reason)
    glyph = mark_key == "glyph"
    if variant == 1:
        rows = [["", w.pick(["Standard reason", "Reason"])]]
        for key, _cat, labels in keep:
            lab = labels[0] if w.chance(0.6) else labels[1]
            if key == prim[0] or (sec and key == sec[0]):
                rows.append([on, lab + (" (1)" if key == prim[0] else " (see 1)")])
            else:
                rows.append([off, lab])
        b.append(Block("table", rows=rows, space_before=6, size=st.size, col_align=["center", "left"]))
        b.append(w.p(w.pick(["(1) Explanation of the checked reason: ", "(1) ", "(1) Why this box is checked: "])
                     + reason, indent=10, space_before=4))
    else:
        for key, _cat, labels in keep:
            lab = w.pick(labels)
            checked = key == prim[0] or (sec is not None and key == sec[0])
            mk = on if checked else off
            line = f"{mk}  {lab}"
            b.append(Block("para", text=line, unicode=glyph, space_before=3, boxed=False,
                           bold=checked and w.chance(0.3)))
            if key == prim[0]:
                b.append(w.p(expl_lead + reason, indent=22, space_before=1))
            elif sec is not None and key == sec[0]:
                b.append(w.p(w.pick(["See the explanation above.", "Our note: explained above."]), indent=22,
                             space_before=1, italic=True))
    if variant != 1 and details:
        b += details
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "Guideline applied: ", "We applied "]) + M("CRITERIA", c.criteria[0])
                     + w.pick([". A free copy is yours on request.", "."])))
    if c.category == "not_covered" and not _has(c, "notice.plan_provision"):
        doc = "Summary Plan Description" if erisa else "Evidence of Coverage"
        b.append(w.p(w.pick([f"Plan terms: your {doc}, section \"{w.pick(case['sec'])}\".",
                             f"The provision we applied is in the \"{w.pick(case['sec'])}\" section of your "
                             f"{doc}."])))
    if c.category == "out_of_network":
        appt = b22date(c.innet["appt"], c.extra["b22_fmt"])
        b.append(w.p(w.pick([f"We can schedule you with {c.innet['short']} on {appt}; call {ph} to confirm or choose "
                             "another time.",
                             f"An appointment is held for you on {appt} at {c.innet['facility']}. To keep or change "
                             f"it, call {ph}."])))
    if c.reviewer:
        b.append(w.p(_reviewer_line(w, w.pick(["This request was reviewed by", "Reviewer:",
                                                "The decision was made by"]))))
    if variant == 2:
        b.append(w.p(w.pick(["Your appeal rights are on the next page.", "Please read the next page: it explains "
                                                                         "how to appeal."]), italic=True))
        b.append(Block("pagebreak"))
    # --- rights
    b.append(w.h(w.pick(["Your right to appeal", "IF YOU DISAGREE", "How to ask us to reconsider"]), space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You, your doctor or someone you name may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} of the "
            f"date you receive this notice. Call Member Services at {ms} (local {ms_local}; TTY {tty}) or write to "
            "Member Appeals, Kaiser Permanente, Rockville, MD.",
            f"An appeal must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} after you get this letter. You may "
            f"call {ms} (TTY {tty}), send it in writing, or ask your doctor to file it for you.",
        ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting for a standard appeal could seriously harm your life, health or ability to regain "
            "function, ask for an expedited appeal. We decide expedited appeals within 72 hours.",
            "Urgent cases: you or your doctor may ask for a fast (expedited) appeal, decided within 72 hours, "
            "when the normal time could seriously endanger your health.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "After our final appeal decision, you may ask for an external review by an independent review "
            "organization. Ask within 4 months of the final decision; there is no charge (45 CFR \u00a7 147.136).",
            "If the appeal is denied, an independent review organization can look at your case (external review, "
            "45 CFR \u00a7 147.136). The request must be made within 4 months, and it is free.",
        ])))
    if erisa:
        b.append(w.p("Your plan is an employee benefit plan governed by ERISA. After you complete the appeal "
                     "process you may bring a civil action under section 502(a) of ERISA."))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and criteria we used to make this decision.",
        "On request, and at no cost, we will send you copies of the records and guidelines behind this decision, "
        "and the diagnosis and treatment codes with their meanings.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        if erisa:
            b.append(w.p("Questions about your rights under ERISA: Employee Benefits Security Administration, "
                         "1-866-444-3272 (check your plan documents for current contact information)."))
        elif c.state == "MD":
            b.append(w.p(w.pick([
                "Free help with your appeal: Maryland Health Education and Advocacy Unit, Office of the Attorney "
                "General, toll-free 1-877-261-8807.",
                "The Health Education and Advocacy Unit of the Maryland Attorney General's office can help you "
                "appeal at no cost: 1-877-261-8807 or 410-528-1840.",
            ])))
        elif c.state == "VA":
            b.append(w.p(w.pick([
                "Free help: Office of the Managed Care Ombudsman, Virginia Bureau of Insurance, 1-877-310-6560 "
                "(option 1), ombudsman@scc.virginia.gov.",
                "Virginia's Office of the Managed Care Ombudsman can help you file an appeal: 1-877-310-6560.",
            ])))
        else:
            b.append(w.p("The DC Office of Health Care Ombudsman and Bill of Rights can help you with an appeal or "
                         "complaint at no cost; see its website for contact details."))
    b += _sign(w, ["Utilization Management Department", "Referral Services Team"], entity)
    if w.chance(0.7):
        b.append(w.p(f"cc: {prov}", size=8.0, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(f"Language help is free. Call {ms} (TTY {tty}).", space_before=6))
    b += _taglines(w, "MA", ms, w.pick([None, "Free language services", "Language assistance"]))
    b += _enclosure(w, entity, f"{ms} (TTY {tty})")
    return b, st, ["ma_checklist_letter", "ma_checklist_form_grid", "ma_checklist_boxed_rights_later"][variant]


BLIND22_TEMPLATES["blind22_midatlantic_checkbox_reasons"] = (t_b22_ma, dict(
    plans=["commercial_hmo", "erisa_group"], states=["MD", "VA", "DC"], kinds=["initial_denial"],
    cats=["medical_necessity", "not_covered", "out_of_network"], reason=reason_b22_ma))
MODELED_ON["blind22_midatlantic_checkbox_reasons"] = (
    "blind22: Kaiser Permanente Mid-Atlantic States (Maryland, Virginia, DC) commercial HMO or ERISA employer plan "
    "denial whose reason is a checked box on a printed list of standard reasons, with a free-text explanation under "
    "it (marks [X], X/_, (x) or ballot-box glyphs; some letters check a second box that points back to the first); "
    "medical necessity (lumbar MRI, sleep study, knee arthroscopy), exclusions (hearing aids, cosmetic eyelid "
    "surgery, massage) or an out-of-network referral with an in-network clinician offered; 180-day appeal, 72-hour "
    "expedited appeal, external review within 4 months, ERISA 502(a) and EBSA, Maryland HEAU or Virginia ombudsman "
    "numbers, DC ombudsman by name, Mid-Atlantic Member Services, taglines")


# === 2. Southern California: therapy visits, partly approved, printed with dot leaders ===========================

# a therapy story: discipline, the visit line (texts, CPT), an optional re-evaluation line, diagnoses, facts behind a
# medical-necessity cut, reviewer specialties, criteria (ok = nonprofit association criteria for the autism stories)
_SC_STORIES = [
    dict(key="pt_knee", disc="physical therapy", ma=True, mh=False,
         visit=(["Outpatient physical therapy visits (therapeutic exercise)", "Physical therapy, therapeutic "
                                                                             "exercises"], "97110"),
         reeval=(["Physical therapy re-evaluation"], "97164"),
         dx=[(["Presence of right artificial knee joint"], "Z96.651"),
             (["Stiffness of right knee, not elsewhere classified"], "M25.661")],
         facts=["your knee now bends to {deg} degrees and you walk without a cane",
                "you have met the goals in your plan of care for walking and stairs",
                "your therapist's notes show you do the home exercise program on your own"],
         specs=["Physical Medicine and Rehabilitation", "Orthopedic Surgery"]),
    dict(key="pt_back", disc="physical therapy", ma=True, mh=False,
         visit=(["Physical therapy visits for low back pain", "Outpatient physical therapy (therapeutic "
                                                                "exercise)"], "97110"),
         reeval=(["Physical therapy re-evaluation"], "97164"),
         dx=[(["Radiculopathy, lumbar region"], "M54.16"), (["Low back pain, unspecified"], "M54.50")],
         facts=["your pain score dropped from 8 to {pain} out of 10 over the visits already approved",
                "you are back at work full time without restrictions",
                "three of the four goals in your plan of care are marked as met"],
         specs=["Physical Medicine and Rehabilitation", "Family Medicine"]),
    dict(key="ot_wrist", disc="occupational therapy", ma=False, mh=False,
         visit=(["Occupational therapy visits (therapeutic activities)", "Hand therapy visits, therapeutic "
                                                                          "activities"], "97530"),
         reeval=(["Occupational therapy re-evaluation"], "97168"),
         dx=[(["Unspecified fracture of the lower end of right radius, subsequent encounter for closed fracture "
               "with routine healing"], "S52.501D")],
         facts=["your grip strength on the right is {pct} percent of the left",
                "you dress, cook and type on your own again",
                "your wrist motion is within the range your therapist set as the goal"],
         specs=["Orthopedic Surgery", "Physical Medicine and Rehabilitation"]),
    dict(key="st_aphasia", disc="speech therapy", ma=True, mh=False,
         visit=(["Speech-language therapy visits, individual", "Speech therapy for aphasia (individual "
                                                              "sessions)"], "92507"),
         reeval=None,
         dx=[(["Aphasia following cerebral infarction"], "I69.320")],
         facts=["the last two progress reports show no measurable change in naming or sentence tests over four weeks",
                "your scores on the word-finding test have stayed the same since the last approval",
                "the notes describe a plateau, with practice now done at home with your family"],
         specs=["Neurology", "Physical Medicine and Rehabilitation"]),
    dict(key="st_autism", disc="speech therapy", ma=False, mh=True,
         visit=(["Speech-language therapy for a child with autism, individual", "Pediatric speech therapy "
                                                                               "visits"], "92507"),
         reeval=None,
         dx=[(["Autistic disorder"], "F84.0"), (["Mixed receptive-expressive language disorder"], "F80.2")],
         facts=["the treatment plan sent to us asks for three visits a week, and the progress notes show steady "
                "gains at two visits a week",
                "your child's therapist reports the goals set for this period are met at the current weekly "
                "schedule"],
         specs=["Developmental-Behavioral Pediatrics", "Child and Adolescent Psychiatry"]),
    dict(key="ot_autism", disc="occupational therapy", ma=False, mh=True,
         visit=(["Occupational therapy for a child with autism (therapeutic activities)", "Pediatric occupational "
                                                                                        "therapy visits"], "97530"),
         reeval=(["Occupational therapy re-evaluation"], "97168"),
         dx=[(["Autistic disorder"], "F84.0")],
         facts=["the goals in the current plan (dressing and feeding on his or her own) are marked as met",
                "the school-based therapy your child already receives covers the remaining fine-motor goals"],
         specs=["Developmental-Behavioral Pediatrics", "Pediatrics"]),
]
_SC_CRIT = ["Kaiser Permanente Southern California Outpatient Rehabilitation Therapy Guidelines",
            "MCG Care Guidelines: Outpatient Rehabilitation", "InterQual Outpatient Rehabilitation Criteria"]
_SC_CRIT_MH_OK = ["AACAP Practice Parameter for the Assessment and Treatment of Children and Adolescents With Autism "
                  "Spectrum Disorder"]
_SC_CRIT_MH_BAD = ["Kaiser Permanente Southern California Pediatric Therapy Guidelines",
                   "InterQual Behavioral Health: Autism Therapy Services"]
_SC_CRIT_MA = ["Medicare coverage requirements for outpatient therapy services (42 CFR \u00a7 422.101(b))"]
_SC_NP_TITLES = ["Rehabilitation Authorization Coordinator", "Utilization Review Nurse", "Therapy Benefits Specialist"]
_SC_MN_ONLY = ("notice.criteria_cited", "process.reviewer_not_physician", "mh_parity.non_association_criteria",
               "medicare.internal_criteria")


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b22_sc"):
        return
    c.extra["b22_sc"] = True
    _fmt(w, ("monbare", "slashbare", "ymdslash", "isowkday"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", c.region)
    ma = c.plan_type == "medicare_advantage"
    pool = [s for s in _SC_STORIES if s["ma"]] if ma else list(_SC_STORIES)
    if _has(c, "mh_parity.non_association_criteria"):
        pool = [s for s in pool if s["mh"]]
    elif _has(c, "notice.criteria_cited"):  # a letter naming no criteria is not a mental-health one
        pool = [s for s in pool if not s["mh"]]
    story = w.pick(pool)
    c.extra["sc_story"] = story
    c.scenario = dict(c.scenario, mh=story["mh"], key=story["key"])
    # benefit-limit letters: commercial, no mental-health story, no defect that needs a medical-necessity reason
    limit = (not ma and not story["mh"] and not any(_has(c, d) for d in _SC_MN_ONLY) and w.chance(0.4))
    if limit:
        c.category = "not_covered"
    c.extra["sc_limit"] = limit
    req = w.pick([8, 10, 12, 12, 16, 20, 24])
    if limit:
        cap = w.pick([20, 24, 30])
        used = w.rng.randint(max(1, cap - req + 1), cap - 2)
        appr = cap - used
    else:
        cap, used = None, None
        appr = w.pick([x for x in range(2, req) if x <= req // 2 + 2])
    c.extra.update(sc_req=req, sc_appr=appr, sc_cap=cap, sc_used=used)
    t, code = story["visit"]
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied")]
    if story["reeval"] and w.chance(0.45):
        t2, code2 = story["reeval"]
        c.services.append(dict(text=w.pick(t2), codes=[code2], decision="approved"))
    c.diagnoses = [dict(text=w.pick(t3), codes=[cd]) for t3, cd in story["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.35):
        c.diagnoses = c.diagnoses[:1]
    facts = [f.format(deg=w.rng.randint(110, 125), pain=w.rng.randint(1, 3), pct=w.rng.randint(80, 92))
             for f in story["facts"]]
    w.rng.shuffle(facts)
    c.extra["sc_facts"] = facts[: w.rng.randint(1, 2)]
    c.service = None
    cred = {"physical therapy": ["PT, DPT", "PT"], "occupational therapy": ["OTR/L", "OT"],
            "speech therapy": ["CCC-SLP", "MS, CCC-SLP"]}[story["disc"]]
    c.provider = _clinician(w) if w.chance(0.6) else f"{person(w.rng, 0.0)[0]}, {w.pick(cred)}"
    c.extra["sc_clinic"] = w.pick(V.facilities("CA", "Southern California"))
    start = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(35, 80))
    c.extra["sc_start"] = start
    c.extra["sc_last"] = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(1, 6))
    mn = c.category == "medical_necessity"
    c.criteria = []
    if mn and not _bare(c) and not _has(c, "notice.criteria_cited"):
        if _has(c, "medicare.internal_criteria"):
            c.criteria = [_SC_CRIT[0]]
        elif ma:
            c.criteria = list(_SC_CRIT_MA)
        elif story["mh"]:
            c.criteria = [w.pick(_SC_CRIT_MH_BAD)] if _has(c, "mh_parity.non_association_criteria") else \
                list(_SC_CRIT_MH_OK)
        else:
            c.criteria = [w.pick(_SC_CRIT)]
    c.extra["sc_unit_phone"] = phone(w.rng, "CA")
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, _SC_NP_TITLES)
    elif mn and (not ma or w.chance(0.75)):
        # the provider gets a copy of a California medical-necessity letter: the reviewer and a direct line
        _reviewer_md(w, story["specs"], "CA", ["Physician Reviewer", "Physician Advisor, Rehabilitation Services",
                                               "Associate Medical Director"], p_phone=1.0 if not ma else 0.5)
    elif not mn and w.chance(0.3):
        _reviewer_md(w, story["specs"], "CA", ["Physician Reviewer"], p_phone=0.5)
    else:
        c.reviewer = None
    _flags(c)


def reason_b22_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    s = c.extra["sc_story"]
    req, appr = c.extra["sc_req"], c.extra["sc_appr"]
    rest = req - appr
    if _bare(c):
        if c.extra["sc_limit"]:
            return w.pick(["Visits over the limit are not covered.", "These visits exceed your benefit."])
        return w.pick(["The extra visits are not medically necessary.", "Additional visits do not meet criteria."])
    if c.extra["sc_limit"]:
        cap, used = c.extra["sc_cap"], c.extra["sc_used"]
        return w.pick([
            f"Your plan covers up to {cap} outpatient {s['disc']} visits a calendar year; you have used {used}, so "
            f"{appr} remain and the other {rest} visits requested are over the benefit limit and not covered.",
            f"The {rest} visits not approved are beyond your plan's yearly limit of {cap} {s['disc']} visits "
            f"({used} already used this year).",
        ])
    f = join_and(c.extra["sc_facts"])
    return w.pick([
        f"We approved {appr} of the {req} visits because {f}; more than {appr} visits are not medically "
        "necessary to reach the remaining goals.",
        f"The records show that {f}. For that reason {rest} of the visits requested are not medically necessary, "
        f"and {appr} visits are approved to finish the plan of care.",
        f"Only {appr} visits are medically necessary now: {f}.",
    ])


def t_b22_sc(w: W):
    _sc_setup(w)
    c = w.c
    s = c.extra["sc_story"]
    ma = c.plan_type == "medicare_advantage"
    kk = not ma
    urgent = c.urgency == "expedited"
    limit = c.extra["sc_limit"]
    variant = w.rng.randrange(3)  # 0 typewriter letter, 1 dot lines under a summary heading, 2 rights on their own page
    st = _style(w, ["courier"] if variant == 0 else ["helvetica", "times"], [9.0, 9.5] if variant == 0 else
                [9.5, 10.0, 10.5])
    ms, tty = ("1-800-443-0815", "711") if ma else ("1-800-464-4000", "711")
    uph = c.extra["sc_unit_phone"]
    ref = c.ids["ref"]
    prov = M("PROVIDER", c.provider)
    req, appr = c.extra["sc_req"], c.extra["sc_appr"]
    st.footer = [w.pick([f"Authorization {ref} - {{page}}/{{pages}}", "SCAL Rehabilitation Services | page {page}",
                         f"{c.member_id[-4:]}-{ref[-5:]} p.{{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Southern California", w.pick(["Rehabilitation Services Authorization",
                                                                            "Outpatient Therapy Review Unit",
                                                                            "Utilization Management"])],
                   right=["Kaiser Foundation Health Plan, Inc.", "Southern California Region",
                          f"Unit phone {uph}"]))
    # the right-aligned date block
    blk = [_dm(w, "DATE_LETTER", c.letter), f"Member ID {w.mid()}", f"Authorization no. {ref}"]
    if w.chance(0.5):
        blk.insert(1, f"Medical record no. {c.ids['auth']}")
    if w.chance(0.5):
        blk = blk[1:] + blk[:1] if w.chance(0.3) else blk
    for k, x in enumerate(blk):
        b.append(w.p(x, align="right", space_before=8 if k == 0 else 0, size=st.size - (0 if k == 0 else 0.5)))
    b.append(w.p(w.name(), space_before=6))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    title = (w.pick(["Notice of Denial of Medical Coverage (Part)", "NOTICE OF DENIAL OF MEDICAL COVERAGE - SOME "
                                                                   "VISITS APPROVED"]) if ma else
             w.pick(["Your therapy request: some visits approved", "Partial approval of therapy visits",
                     "DECISION ON YOUR THERAPY VISITS"]))
    if urgent:
        title += w.pick([" (expedited)", " - fast decision"])
    b.append(w.h(title, space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},", f"Hello {c.member_salute},"]),
                 space_before=8))
    b.append(w.p(w.pick([
        f"{prov} asked for more {s['disc']} visits for you. We approved some of them. The numbers and dates are "
        "listed below, then the reason for the visits we did not approve.",
        f"We reviewed the request from {prov} for {s['disc']}. Part of the request is approved; here is a summary.",
    ])))
    # the dot-leader lines
    width = w.pick([40, 44, 48])
    dlines: list[str] = []
    svc0 = c.services[0]
    dlines.append(_dots("Therapy requested", w.svc(svc0) + f" ({w.code(svc0['codes'][0])})", width))
    dlines.append(_dots("Requested by", prov, width))
    dlines.append(_dots("Visits requested", str(req), width))
    dlines.append(_dots("Visits approved", str(appr), width))
    dlines.append(_dots(w.pick(["Visits not approved", "Visits denied"]), str(req - appr), width))
    if limit:
        dlines.append(_dots("Yearly visit limit", str(c.extra["sc_cap"]), width))
        dlines.append(_dots("Visits used this year", str(c.extra["sc_used"]), width))
    if c.received:
        dlines.append(_dots(w.pick(["Date we got the request", "Request received"]), _dm(w, "DATE_RECEIVED",
                                                                                          c.received), width))
    if c.decision:
        dlines.append(_dots(w.pick(["Date of decision", "Decision made"]), _dm(w, "DATE_DECISION", c.decision),
                            width))
    dist = [_dots("Plan of care started", b22date(c.extra["sc_start"], c.extra["b22_fmt"]), width),
            _dots("Last visit on file", b22date(c.extra["sc_last"], c.extra["b22_fmt"]), width)]
    w.rng.shuffle(dist)
    dlines[2:2] = dist[: w.rng.randint(1, 2)]
    dlines.append(_dots("Where", c.extra["sc_clinic"], width))
    if len(c.services) > 1:
        dlines.append(_dots("Also approved", w.svc(c.services[1]) + f" ({w.code(c.services[1]['codes'][0])})", width))
    dots_at = len(b)
    if variant == 1:
        b.append(w.h(w.pick(["Summary of your request", "At a glance"]), space_before=10))
    for k, x in enumerate(dlines):
        b.append(w.p(x, space_before=6 if k == 0 else 1.5, size=st.size - (0.5 if variant == 1 else 0),
                     indent=8 if variant == 1 else 0))
    dxp = w.p(w.pick(["Diagnosis: ", "Diagnoses on the request: ", "Condition treated: "]) +
              "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + ".", space_before=8)
    if w.chance(0.35):
        b.insert(dots_at, dxp)
    else:
        b.append(dxp)
    b.append(w.h(w.pick(["Why some visits were not approved", "The reason for our decision", "Reason"]),
                 space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["We used ", "Guideline used: ", "This decision applied "]) +
                     join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if limit:
        b.append(w.p(w.pick([
            "See your Evidence of Coverage, section \"Rehabilitative and Habilitative Services\", for the yearly "
            "visit limit.",
            "The visit limit is in the \"Benefits and Your Cost Share\" chart of your Evidence of Coverage, under "
            "outpatient rehabilitation.",
        ])))
    b.append(w.p(w.pick([
        f"Your {appr} approved visits can be scheduled now at {c.extra['sc_clinic']}.",
        f"You can keep going to therapy for the {appr} visits approved; call the clinic to book them.",
    ])))
    if c.reviewer:
        b.append(w.p(_reviewer_line(w, w.pick(["Reviewed by", "The physician who reviewed this request:"]))))
    if variant == 2:
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["YOUR RIGHTS", "Your appeal rights"]), size=st.size + 1.5))
    else:
        b.append(w.h(w.pick(["If you disagree", "How to appeal", "Your rights"]), space_before=10))
    if ma:
        if c.appeal_phrase:
            b.append(w.p(w.pick([
                f"Ask us for a reconsideration (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of "
                f"this notice. Call {ms} (TTY {tty}) or write to us.",
                f"You have {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice to request a "
                "reconsideration; your doctor or a representative may ask for you.",
            ])))
        b.append(w.p("We answer a standard appeal about a service within 30 days."))
        if not _has(c, "notice.expedited_review"):
            b.append(w.p(w.pick([
                "Fast appeal: if waiting could seriously harm your health, ask for an expedited appeal; we decide "
                "within 72 hours, and we give one whenever a doctor asks for it.",
                "You or any doctor may ask for a fast (expedited) appeal when your health could be seriously harmed "
                "by waiting. The decision comes within 72 hours.",
            ])))
        if not _has(c, "notice.external_review"):
            b.append(w.p("If we do not decide fully in your favor, we send your appeal automatically to an "
                         "Independent Review Entity that Medicare contracts with. Further levels include an "
                         "Administrative Law Judge and federal court."))
        b.append(w.p(f"Senior Advantage Member Services: {ms} (TTY {tty}), 8 a.m. to 8 p.m., seven days a week."))
        b.append(w.p("For help with Medicare, call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, or visit "
                     "www.medicare.gov. You may ask for a free copy of your case file."))
    else:
        if c.appeal_phrase:
            b.append(w.p(w.pick([
                f"You may file a grievance (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this "
                f"letter by calling Member Services at {ms} (TTY {tty}), online at kp.org, or at any Member "
                "Services office.",
                f"To appeal, file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)}: call {ms} (TTY {tty}), "
                "write to us, or use kp.org. Your therapist or doctor may help.",
            ])))
        b.append(w.p(w.pick([
            "If your health is in serious and immediate danger, ask for an expedited review; we decide within 72 "
            "hours, and you may contact the Department of Managed Health Care right away.",
            "Urgent grievances are decided within 72 hours (3 days) when waiting could seriously harm your health.",
        ])))
        b.append(w.p(w.pick([
            "You may ask for free copies of the documents and guidelines we used.",
            "Copies of the records and criteria behind this decision are free on request.",
        ])))
        if not _has(c, "notice.dmhc_statement"):
            b.append(w.p(
                "The California Department of Managed Health Care is responsible for regulating health care service "
                f"plans. If you have a grievance against your health plan, you should first telephone your health "
                f"plan at {ms} (TTY {tty}) and use your health plan's grievance process before contacting the "
                "department. Utilizing this grievance procedure does not prohibit any potential legal rights or "
                "remedies that may be available to you. If you need help with a grievance involving an emergency, a "
                "grievance that has not been satisfactorily resolved by your health plan, or a grievance that has "
                "remained unresolved for more than 30 days, you may call the department for assistance. You may "
                "also be eligible for an Independent Medical Review (IMR). If you are eligible for IMR, the IMR "
                "process will provide an impartial review of medical decisions made by a health plan related to the "
                "medical necessity of a proposed service or treatment, coverage decisions for treatments that are "
                "experimental or investigational in nature and payment disputes for emergency or urgent medical "
                "services. The department also has a toll-free telephone number (1-888-466-2219) and a TDD line "
                "(1-877-688-9891) for the hearing and speech impaired. The department's internet website "
                "www.dmhc.ca.gov has complaint forms, IMR application forms and instructions online.",
                bold=True, size=st.size + (0 if st.size >= 10 else 0.5), space_before=8))
            b.append(w.p(w.pick([
                "You may apply for Independent Medical Review within 6 months of our written decision.",
                "An IMR application must reach the Department of Managed Health Care within 6 months after this "
                "decision; there is no cost to you.",
            ])))
        if not _has(c, "notice.consumer_assistance"):
            b.append(w.p("Free help with your grievance or IMR is available from the Health Consumer Alliance, the "
                         "state's consumer assistance program, at 1-888-804-3536."))
    b += _sign(w, ["Rehabilitation Services Authorization Unit", "Outpatient Therapy Review"],
               "Kaiser Foundation Health Plan, Inc., Southern California")
    if c.reviewer and kk or w.chance(0.5):
        b.append(w.p(f"cc: {prov}" + w.pick(["", " (requesting clinician)"]), size=8.0, space_before=6))
    b += _taglines(w, "CA" if kk else "CA", f"{ms} (TTY {tty})", w.pick(["Language help at no cost",
                                                                          "Free interpreter services", None]),
                   keep_all=kk)
    b += _enclosure(w, "Kaiser Foundation Health Plan, Inc.", f"{ms} (TTY {tty})")
    return b, st, ["scal_dots_typewriter", "scal_dots_summary_heading", "scal_dots_rights_page"][variant]


BLIND22_TEMPLATES["blind22_scal_therapy_visit_limit"] = (t_b22_sc, dict(
    plans=["commercial_hmo", "medicare_advantage"], states=["CA"], kinds=["partial_denial"],
    cats=["medical_necessity"], reason=reason_b22_sc))
MODELED_ON["blind22_scal_therapy_visit_limit"] = (
    "blind22: Kaiser Permanente Southern California commercial HMO (Knox-Keene) or Senior Advantage partial approval "
    "of outpatient physical, occupational or speech therapy visits (some visits approved), printed with dot-leader "
    "lines (visits requested/approved, date the request came in, date of decision, distractor plan-of-care and "
    "last-visit dates) under a right-aligned date block; extra visits denied as not medically necessary or, on "
    "commercial letters, under the yearly visit limit (not covered, Evidence of Coverage cited); autism therapy for "
    "children cites AACAP; DMHC statement, IMR within 6 months, Health Consumer Alliance and 15 taglines on "
    "commercial letters; Medicare letters: 60-day reconsideration, 72-hour fast appeal, IRE, 1-800-MEDICARE")


# === 3. Hawaii: a referral to a mainland center refused, care offered in the islands =============================

_HI_CASES = [
    dict(key="gk", what="Gamma Knife radiosurgery",
         svc=(["Gamma Knife stereotactic radiosurgery, complete course", "Stereotactic radiosurgery, cobalt-60 "
                                                                         "multi-source, complete course"], "77371"),
         dx=[(["Secondary malignant neoplasm of brain"], "C79.31"),
             (["Malignant neoplasm of unspecified part of unspecified bronchus or lung"], "C34.90")],
         center=[("Cascade Gamma Knife Center", "Seattle", "Washington"),
                 ("Front Range Radiosurgery Institute", "Aurora", "Colorado")],
         local="linear-accelerator stereotactic radiosurgery, which treats brain metastases of this size with the "
               "same results",
         spec="Radiation Oncology", specs=["Radiation Oncology", "Neurosurgery"]),
    dict(key="dbs", what="deep brain stimulation surgery",
         svc=(["Deep brain stimulator electrode implantation with microelectrode recording", "Deep brain "
                                                                                           "stimulation lead "
                                                                                           "placement"], "61867"),
         dx=[(["Parkinson's disease without dyskinesia, without mention of fluctuations"], "G20.A1")],
         center=[("Golden Gate Movement Disorders Program", "San Francisco", "California"),
                 ("Desert Neuromodulation Center", "Scottsdale", "Arizona")],
         local="evaluation and deep brain stimulation by the neurosurgery and movement-disorders team on Oahu",
         spec="Neurosurgery", specs=["Neurosurgery", "Neurology"]),
    dict(key="emu", what="inpatient video EEG monitoring",
         svc=(["Epilepsy monitoring unit admission with continuous video EEG", "Video EEG monitoring, 12-26 hours, "
                                                                              "with continuous monitoring"],
              "95720"),
         dx=[(["Localization-related (focal) symptomatic epilepsy with complex partial seizures, intractable, "
               "without status epilepticus"], "G40.219")],
         center=[("Rocky Mountain Comprehensive Epilepsy Center", "Denver", "Colorado"),
                 ("Willamette Epilepsy Institute", "Portland", "Oregon")],
         local="video EEG monitoring in the epilepsy monitoring beds at our Honolulu hospital",
         spec="Neurology", specs=["Neurology", "Clinical Neurophysiology"]),
    dict(key="scoli", what="a surgical consultation at a pediatric spine clinic",
         svc=(["New patient consultation, pediatric spine surgery (outside center)", "Office visit, new patient, "
                                                                                     "high complexity, outside "
                                                                                     "spine clinic"], "99205"),
         dx=[(["Adolescent idiopathic scoliosis, thoracolumbar region"], "M41.125")],
         center=[("Wasatch Children's Spine Clinic", "Salt Lake City", "Utah"),
                 ("Bay Area Pediatric Spine Center", "Oakland", "California")],
         local="a consultation with a pediatric orthopedic surgeon who treats scoliosis in Honolulu",
         spec="Pediatric Orthopedic Surgery", specs=["Orthopedic Surgery", "Pediatric Orthopedic Surgery"],
         child=True),
]
_HI_TRAVEL = [(["Round-trip airfare to the mainland for the member and one companion", "Commercial air travel, "
                                                                                       "interstate"], "A0140"),
              (["Hotel lodging near the center", "Lodging during treatment, recipient"], "A0180")]
_HI_ISLAND = {"Honolulu": "Oahu", "Kailua": "Oahu", "Waipahu": "Oahu", "Hilo": "Hawaii Island", "Wailuku": "Maui"}
_HI_FAC = {"Moanalua Medical Center": "Oahu", "Waipio Medical Office": "Oahu", "Maui Lani Medical Office": "Maui"}
_HI_OTHER_SITES = ["Las Vegas, Nevada", "Boise, Idaho", "Anchorage, Alaska", "Reno, Nevada", "Spokane, Washington",
                   "Tucson, Arizona", "Sacramento, California", "Albuquerque, New Mexico"]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b22_hi"):
        return
    c.extra["b22_hi"] = True
    _fmt(w, ("isowkday", "isowkday", "monbare", "dmondash", "slashbare"))
    c.region = "Hawaii"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    town = c.member_addr[1].split(",")[0]
    c.extra["hi_island"] = _HI_ISLAND.get(town, "Oahu")
    case = w.pick([x for x in _HI_CASES if not (x.get("child") and c.plan_type == "medicare_advantage")])
    c.extra["hi_case"] = case
    name, city, state = w.pick(case["center"])
    c.extra["hi_center"] = (name, city, state)
    c.extra["hi_sites"] = w.rng.sample(_HI_OTHER_SITES, 2)
    t, code = case["svc"]
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied")]
    for k, (tt, cd) in enumerate(_HI_TRAVEL):
        if k == 0 or w.chance(0.6):
            c.services.append(dict(text=w.pick(tt), codes=[cd], decision="denied"))
    c.diagnoses = [dict(text=w.pick(t2), codes=[cd]) for t2, cd in case["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.4):
        c.diagnoses = c.diagnoses[:1]
    c.service = None
    c.criteria = []
    c.provider = _clinician(w)
    fac = w.pick(list(_HI_FAC)) if w.chance(0.3) else "Moanalua Medical Center"
    c.innet["facility"] = fac
    c.innet["specialty"] = case["spec"]
    c.extra["hi_fac_island"] = _HI_FAC[fac]
    c.extra["hi_start"] = c.letter + dt.timedelta(days=w.rng.randint(10, 45))
    c.extra["hi_phone"] = phone(w.rng, "HI")
    c.extra["hi_fax"] = phone(w.rng, "HI")
    if w.chance(0.55):
        _reviewer_md(w, case["specs"], "HI", ["Physician Reviewer", "Medical Director, Referral Review",
                                              "Associate Medical Director"], p_phone=0.5)
    else:
        c.reviewer = None
    _flags(c)


def reason_b22_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    case = c.extra["hi_case"]
    name, city, state = c.extra["hi_center"]
    inn = c.innet
    isl = c.extra["hi_fac_island"]
    return w.pick([
        f"{name} in {city}, {state} is not a Kaiser Permanente plan provider, and {case['local']} is available "
        f"from {inn['name']} at {inn['facility']} on {isl}, so the referral and the travel and lodging that go with "
        "it are not approved.",
        f"The care you need is available in Hawaii: {inn['name']} ({inn['specialty']}) at {inn['facility']} on "
        f"{isl} offers {case['local']}. We do not cover {case['what']} at {name}, an out-of-network center in "
        f"{city}, {state}, or the airfare and lodging to get there.",
        f"Because {case['local']} is available on {isl} from {inn['name']}, a referral to the out-of-network "
        f"{name} ({city}, {state}) is not needed, and travel and lodging for it are not covered.",
    ])


def t_b22_hi(w: W):
    _hi_setup(w)
    c = w.c
    case = c.extra["hi_case"]
    name, city, state = c.extra["hi_center"]
    ma = c.plan_type == "medicare_advantage"
    urgent = c.urgency == "expedited"
    variant = w.rng.randrange(3)  # 0 plain letter, 1 asked/offered table, 2 sidebar of travel facts
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5])
    ph, fax = c.extra["hi_phone"], c.extra["hi_fax"]
    ref = c.ids["ref"]
    prov = M("PROVIDER", c.provider)
    inn = c.innet
    isl = c.extra["hi_fac_island"]
    home = c.extra["hi_island"]
    appt = b22date(inn["appt"], c.extra["b22_fmt"])
    start = b22date(c.extra["hi_start"], c.extra["b22_fmt"])
    st.footer = [w.pick([f"Referral {ref} | page {{page}} of {{pages}}", "Kaiser Permanente Hawaii - {page}",
                         f"{ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    plan_name = "Kaiser Permanente Senior Advantage" if ma else "Kaiser Permanente Hawaii"
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Hawaii", w.pick(["Referral Review", "Out-of-Area Referral Services",
                                                                "Utilization Management"])],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", "Honolulu, Hawaii",
                          f"Tel {ph} | Fax {fax}"]))
    b.append(w.p(w.pick(["", "Date: ", "Honolulu, "]) + _dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}    Referral no.: {ref}" + (f"    {plan_name}" if ma else ""),
                 size=st.size - 0.5, space_before=8))
    if ma:
        title = w.pick(["Notice of Denial of Medical Coverage", "NOTICE OF DENIAL OF MEDICAL COVERAGE"])
    else:
        title = w.pick(["Your mainland referral request", "Decision on a referral outside Hawaii",
                        "Referral to an out-of-network center: not approved"])
    if urgent:
        title += w.pick([" (expedited)", " - fast decision"])
    b.append(w.h(title, space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Aloha {c.member_salute},", f"Dear {c.member_salute}:"]), space_before=8))
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    s1, s2 = c.extra["hi_sites"]
    intro = w.pick([
        f"{prov} asked us to send you to {name} in {city}, {state}, for {case['what']}, and to cover {svcs}.",
        f"We received a referral from {prov} for care at {name} ({city}, {state}). The request covers {svcs}.",
    ])
    if rec:
        intro += w.pick([f" It reached our referral office on {rec}.", f" We received the request on {rec}."])
    if dec:
        intro += w.pick([f" We decided it on {dec}.", f" Our decision date was {dec}."])
    b.append(w.p(intro))
    center_p = w.p(w.pick([
        f"The center told your doctor it could start on {start}; it also has clinics in {s1} and {s2}.",
        f"{name} proposed a first visit on {start}. Its other sites are in {s1} and {s2}, which are also outside "
        "our network.",
    ]), size=st.size - 0.3)
    late = w.chance(0.4)
    if not late:
        b.append(center_p)
    b.append(w.p(w.pick(["Diagnosis: ", "Your condition: ", "Diagnosis on the referral: "]) +
                 "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + "."))
    b.append(w.h(w.pick(["Our decision", "What we decided and why", "Decision"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    offer = w.pick([
        f"We have set up an appointment with {inn['short']} at {inn['facility']} on {appt}. Call {ph} to confirm "
        "it or to pick another day.",
        f"An appointment with {inn['name']} is held for you on {appt} at {inn['facility']}; call {ph} to keep or "
        "change it.",
    ])
    if home != isl:
        offer += w.pick([f" Because you live on {home}, we will arrange and pay for inter-island travel to {isl} "
                         "for covered visits.",
                         f" Inter-island airfare from {home} to {isl} for these covered visits is arranged by our "
                         "travel desk."])
    if variant == 1:
        rows = [["", w.pick(["What was asked for", "Requested"]), w.pick(["What we offer", "Covered instead"])],
                ["Where", f"{name}, {city}, {state}", f"{inn['facility']}, {isl}"],
                ["Care", _cap(case["what"]), f"{inn['specialty']} at {inn['facility']}"],
                ["Travel", "Mainland airfare and hotel", "Inter-island travel when needed" if home != isl else
                 "None needed"],
                ["First date", start, appt]]
        b.append(Block("table", rows=rows, space_before=8, size=st.size - 1))
        b.append(w.p(offer))
    elif variant == 2:
        side = ["**Travel facts", f"Center: {city}, {state}", "Flight from Honolulu: about 5 to 6 hours",
                f"Your island: {home}", f"Covered care: {isl}", f"Other sites: {s1}; {s2}"]
        b.append(Block("sidebar", left=[offer], right=side, space_before=8, side_w=0.34,
                       align=w.pick(["right", "left"]), boxed=True))
    else:
        b.append(w.p(offer))
    if late:
        b.append(center_p)
    if not ma:
        b.append(w.p(w.pick([
            "Your Evidence of Coverage (\"Services from Non-Plan Providers\" and \"Travel and Lodging\") covers care "
            "outside Hawaii only when a Plan Provider cannot provide it; mainland airfare and lodging are covered "
            "only with an approved referral.",
            "Plan terms applied: Evidence of Coverage, sections \"Getting a Referral\" and \"Exclusions: travel and "
            "lodging expenses\".",
        ])))
    if c.reviewer:
        b.append(w.p(_reviewer_line(w, w.pick(["Reviewed by", "Physician who reviewed the referral:"]))))
    b.append(w.p(w.pick([
        f"Your doctor may send a new referral if the care on {isl} does not work out; we would look at it again.",
        "If new information shows the care cannot be given in Hawaii, your doctor can ask us to reconsider.",
    ])))
    # rights
    b.append(w.h(w.pick(["Your appeal rights", "If you disagree", "What you can do"]), space_before=10))
    if ma:
        if c.appeal_phrase:
            b.append(w.p(w.pick([
                f"You may ask for a reconsideration (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} from the "
                f"date of this notice. Call {ph} or write to us.",
                f"An appeal must be requested within {M('APPEAL_DAYS', c.appeal_phrase)} of the date on this "
                "notice. You, your doctor or your representative may file it.",
            ])))
        b.append(w.p("A standard appeal about a service is decided within 30 days."))
        if not _has(c, "notice.expedited_review"):
            b.append(w.p(w.pick([
                "If waiting could seriously harm your health, ask for a fast (expedited) appeal; we decide within "
                "72 hours. A doctor's request is always handled as fast.",
                "Fast appeals are decided within 72 hours when your health could be seriously harmed by waiting.",
            ])))
        if not _has(c, "notice.external_review"):
            b.append(w.p("If we keep any part of this denial, your case goes automatically to an Independent Review "
                         "Entity under contract with Medicare. Later levels include an Administrative Law Judge."))
        b.append(w.p("Medicare help: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, www.medicare.gov."))
        b.append(w.p("You may ask for a free copy of your case file."))
    else:
        if c.appeal_phrase:
            b.append(w.p(w.pick([
                f"You may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this letter by "
                f"calling {ph}, faxing {fax}, or writing to the Referral Review office in Honolulu.",
                f"File your appeal within {M('APPEAL_DAYS', c.appeal_phrase)}; your doctor or someone you choose "
                f"may file it for you ({ph}).",
            ])))
        if not _has(c, "notice.expedited_review"):
            b.append(w.p("If the standard time could seriously endanger your life or health, ask for an expedited "
                         "appeal; we answer within 72 hours."))
        if not _has(c, "notice.external_review"):
            b.append(w.p(w.pick([
                "After our final appeal decision you may request an external review by an independent review "
                "organization within 4 months (45 CFR \u00a7 147.136). It is free.",
                "If we uphold the denial on appeal, you have 4 months to ask for a free external review by an "
                "independent review organization.",
            ])))
        b.append(w.p("You may ask for free copies of the documents used in this decision."))
        if not _has(c, "notice.consumer_assistance"):
            b.append(w.p("For help with an appeal or complaint you may also contact the Hawaii Insurance Division "
                         "(State of Hawaii, Department of Commerce and Consumer Affairs)."))
    b += _sign(w, ["Referral Review Coordinator", "Out-of-Area Referral Services"],
               "Kaiser Foundation Health Plan, Inc., Hawaii Region")
    if w.chance(0.6):
        b.append(w.p(f"cc: {prov}; {name}, {city}, {state}", size=8.0, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(f"Free language help: {ph} (TTY 711).", space_before=6))
    b += _taglines(w, "HI", f"{ph} (TTY 711)", w.pick([None, "Language assistance", "Kokua with language"]))
    b += _enclosure(w, "Kaiser Foundation Health Plan, Inc., Hawaii Region", f"{ph} (TTY 711)")
    return b, st, ["hi_plain_letter", "hi_offer_table", "hi_travel_sidebar"][variant]


BLIND22_TEMPLATES["blind22_hi_mainland_referral"] = (t_b22_hi, dict(
    plans=["commercial_hmo", "medicare_advantage"], states=["HI"], kinds=["initial_denial"],
    cats=["out_of_network"], reason=reason_b22_hi))
MODELED_ON["blind22_hi_mainland_referral"] = (
    "blind22: Kaiser Permanente Hawaii commercial HMO or Senior Advantage letter refusing a referral to an "
    "out-of-network mainland specialty center (Gamma Knife, deep brain stimulation, epilepsy monitoring, pediatric "
    "spine consultation) with the airfare and lodging asked for, offering the care on Oahu (or Maui) with a named "
    "in-network clinician and inter-island travel; many distractor places and states; ISO dates with a weekday; "
    "commercial letters: 180-day appeal, 72-hour expedited appeal, external review within 4 months, Hawaii Insurance "
    "Division by name; Medicare letters: 60-day reconsideration, fast appeal, IRE, 1-800-MEDICARE; taglines")
