"""Twenty-seventh blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND27_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind27_hi_erisa_cochlear_implant")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind27_hi_erisa_cochlear_implant``: Kaiser Permanente Hawaii employer-group (ERISA) plan denial of a cochlear
   implant (CPT 69930 with the device, HCPCS L8614) as not medically necessary: the aided speech scores are above the
   candidacy thresholds, or the hearing-aid trial was too short. An audiology results table (or list) prints pure-tone
   averages in dB HL, word and sentence scores in percent and the dates of the tests. Layouts: ``hi_results_table``
   (a letter with the results table), ``hi_label_column`` (the facts sit in a shaded left-hand label column beside
   the opening paragraphs: "Member", "Service", ...), ``hi_two_page_signed`` (page 1 holds the decision and results,
   page 2 the appeal levels and the reviewer's signature). ERISA rights: 180 days to appeal, two internal appeal
   levels decided within 15 days each (72 hours for urgent claims), external review within 4 months of the final
   internal decision (45 CFR 147.136), section 502(a), EBSA 1-866-444-3272 with the catalogue's caveat, the Hawaii
   Insurance Division by name only. No Hawaii Member Services number is printed (the catalogue does not verify one):
   the utilization management unit's own phone and fax are used. The request is always standard (an elective
   implant). Some results-table and label-column letters end with an enclosure page (a nondiscrimination notice and
   the taglines). Distractors: the audiologist who ran the tests, the unit's phone and fax, the employer group, the
   reference number.

   Which date is which: the letter date heads the letter; the request-received and decision dates are stated in the
   opening paragraph (or in the label column, each with its own label). The audiology test dates and the hearing-aid
   fitting date are earlier visits (distractors, never in the truth); the service date is never in the truth.
   Which reason is the reason: the sentence that says why the implant is not medically necessary (the scores or the
   trial); the threshold paragraph that follows it and the results table are supporting detail.

2. ``blind27_or_medicaid_pediatric_dental_anesthesia``: Oregon Health Plan (Oregon Medicaid) notice, from Kaiser
   Permanente Northwest's dental plan, denying general anesthesia in a hospital operating room or surgery center for a
   child's dental treatment (CPT 00170 with HCPCS G0330 facility services, or CPT 41899 for the hospital dental case)
   as not medically necessary: the dental work can be done in the office chair. The notice is addressed to the parent
   or guardian (named in the address block and the salutation); the member is the child, printed as the patient with
   the child's member ID and date of birth. The truth's member is the child. Layouts: ``or_parent_letter``,
   ``or_summary_box`` (a boxed summary of the decision on page 1) and ``or_twocol_facts`` (a two-column facts band).
   Rights follow the catalogue for Medicaid only: appeal to the plan within 60 days of the date on the notice, appeal
   decided within 30 days or 72 hours when fast, a state fair hearing after the plan's appeal decision (the state sets
   the time, no less than 90 and no more than 120 days), benefits continuing during an appeal when filed within
   10 days, free copies of the records and criteria. No Member Services or state agency number is printed (the
   catalogue verifies none for Oregon): the dental authorization unit's own phone is used. Some notices end with an
   appeal request form page (blank fields and the notice number). Distractors: the parent's name, the child's
   primary care provider, the dental office, the teeth on the treatment plan, the unit's phone and fax.

   Which date is which: the letter date heads the notice; the received and decision dates are stated in the body
   ("we got the request on", "we decided on"); the child's date of birth, the last dental visit and the planned
   surgery date are distractors. Which name is the member: the child (the parent is only the addressee).

3. ``blind27_nca_transplant_center_referral``: Kaiser Permanente Northern California commercial HMO letter to the
   referring physician (the requesting provider) denying a referral to an out-of-network transplant center for a
   liver or kidney transplant evaluation and redirecting the patient to a contracted transplant center (its name,
   city, phone and the appointment offered are distractors); the member receives a copy ("cc:" line with the member's
   name). Layouts: ``nca_plain_copy`` (the letter with the cc line only), ``nca_copy_stamp`` (a stamp line at the top,
   "MEMBER COPY", with a print date) and ``nca_routing_slip`` (a boxed routing slip above the letter with a print date
   and a batch number). The print date is one to four business days after the letter date and is never the truth.
   California Knox-Keene rights: 180 days to file a grievance, 72-hour expedited review, the DMHC statement in 12-point
   bold (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov, the plan's 1-800-464-4000) naming Independent Medical
   Review, the Health Consumer Alliance 1-888-804-3536, taglines in 13-15 languages. The reviewer's name and direct
   phone are printed for the physician. Some letters end with an enclosure page listing the contracted transplant
   centers (names, cities, referral lines); never when the planted defect removes the named alternative. Distractors:
   the out-of-network center, the contracted center, its coordinator and phone, the member's date of birth, the
   clinic's address.

   Which date is which: the letter date is the date at the head of the letter (below the stamp or slip); the
   referral-received and decision dates are stated in the first paragraph; the print date, the appointment at the
   contracted center and the date of the last clinic visit are distractors.

Dates use this set's own styles (``b27date``); ``parse_blind27_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .case import _flags, address, person, phone
from .layout import Block, Style
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND27_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_DOWP = ["Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def b27date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "capsdmy":  # 5 MARCH 2025
        return f"{d.day} {mon.upper()} {d.year}"
    if style == "capsord":  # MARCH 5TH, 2025
        return f"{mon.upper()} {_ordinal(d.day).upper()}, {d.year}"
    if style == "dfulldash":  # 5-March-2025
        return f"{d.day}-{mon}-{d.year}"
    if style == "wkdmyp":  # Wed., 5 Mar. 2025 (May has no point)
        return f"{_DOWP[d.weekday()]}, {d.day} {mon[:3]}{'' if mon == 'May' else '.'} {d.year}"
    if style == "slashpar":  # 3/5/2025 (Wed)
        return f"{d.month}/{d.day}/{d.year} ({_DOW3[d.weekday()]})"
    raise ValueError(style)


STYLES = ("capsdmy", "capsord", "dfulldash", "wkdmyp", "slashpar")


def parse_blind27_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b27date`` (None for anything else)."""
    t = " ".join(text.split())
    caps = [m.upper() for m in MONTHS]
    try:
        m = re.fullmatch(r"(\d{1,2}) ([A-Z]+) (\d{4})", t)
        if m and m[2] in caps:
            return dt.date(int(m[3]), caps.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z]+) (\d{1,2})(ST|ND|RD|TH), (\d{4})", t)
        if m and m[1] in caps and _ordinal(int(m[2])).upper() == m[2] + m[3]:
            return dt.date(int(m[4]), caps.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{1,2})-([A-Z][a-z]+)-(\d{4})", t)
        if m and m[2] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]{2}\.), (\d{1,2}) ([A-Z][a-z]{2})(\.?) (\d{4})", t)
        if m and m[1] in _DOWP and m[3] in _MON3 and (m[4] == "") == (m[3] == "May"):
            d = dt.date(int(m[5]), _MON3.index(m[3]) + 1, int(m[2]))
            return d if _DOWP[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}) \(([A-Z][a-z]{2})\)", t)
        if m and m[4] in _DOW3:
            d = dt.date(int(m[3]), int(m[1]), int(m[2]))
            return d if _DOW3[d.weekday()] == m[4] else None
    except ValueError:
        return None
    return None


def _fmt(w: W) -> None:
    w.c.extra["b27_fmt"] = w.pick(list(STYLES))


def _fd(w: W, day: dt.date | None) -> str:
    return b27date(day, w.c.extra["b27_fmt"]) if day else ""


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
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([54.0, 62.0, 70.0]),
               margin_t=w.pick([42.0, 50.0, 58.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0])
    return st


def _before(day: dt.date, lo: int, hi: int, w: W) -> dt.date:
    return day - dt.timedelta(days=w.rng.randint(lo, hi))


def _untimely_or_keep(w: W, limit_days: int) -> None:
    """Keep the receipt date consistent with the planted (or absent) late-decision defect."""
    c = w.c
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(limit_days + 5, limit_days + 25))
    elif c.received and (end - c.received).days > limit_days:
        c.received = end - dt.timedelta(days=w.rng.randint(2, min(limit_days, 9)))


def _reviewer_np(w: W, titles: list[str]) -> None:
    """A planted non-physician signer: no specialty, no direct line."""
    c = w.c
    name, _, _ = person(w.rng, 0.2)
    c.reviewer = dict(name=name, credentials=w.pick(["RN", None]), specialty=None, phone=None)
    c.reviewer_title = w.pick(titles)


def _reviewer_line(w: W, lead: str) -> str:
    r = w.c.reviewer
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    spec = f" ({M('REVIEWER_SPECIALTY', r['specialty'])})" if r["specialty"] else ""
    return f"{lead}{nm}{cred}{spec}"


def _sign(w: W, b: list[Block], fallback: str, org: str) -> None:
    c = w.c
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=14))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(fallback, space_before=14))
    b.append(w.p(org, space_before=0))


# language-help lines written for this set; {ph} is the number the letter prints
_TAGS = {
    "es": "Si habla español, puede recibir ayuda gratuita con el idioma. Llame al {ph}.",
    "zh": "如果您說中文，我們可免費為您提供語言協助。請致電 {ph}。",
    "vi": "Nếu quý vị nói tiếng Việt, quý vị được hỗ trợ ngôn ngữ miễn phí. Xin gọi {ph}.",
    "tl": "Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tumawag sa {ph}.",
    "ko": "한국어를 하시는 분은 무료 언어 지원을 받으실 수 있습니다. {ph}번으로 전화하십시오.",
    "ja": "日本語を話される方は、無料の言語支援をご利用いただけます。{ph} までお電話ください。",
    "ilo": "No agsasaoka iti Ilokano, adda libre a tulong iti pagsasao para kenka. Tawagan ti {ph}.",
    "sm": "Afai e te tautala i le gagana Samoa, e maua fua le fesoasoani i le gagana mo oe. Vala'au {ph}.",
    "haw": "Inā ʻōlelo ʻoe i ka ʻōlelo Hawaiʻi, loaʻa ke kōkua manuahi iā ʻoe. E kelepona iā {ph}.",
    "ru": "Если вы говорите по-русски, вам доступна бесплатная языковая помощь. Звоните {ph}.",
    "uk": "Якщо ви розмовляєте українською, вам доступна безкоштовна мовна допомога. Телефонуйте {ph}.",
    "ro": "Dacă vorbiți limba română, vă stă la dispoziție asistență lingvistică gratuită. Sunați la {ph}.",
    "so": "Haddii aad ku hadasho Af-Soomaali, waxaa laguu heli karaa caawimo luqadeed oo bilaash ah. Wac {ph}.",
    "ar": "إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية متاحة لك مجانًا. اتصل على {ph}.",
    "hy": "Եթե խոսում եք հայերեն, ձեզ անվճար լեզվական օգնություն է տրամադրվում։ Զանգահարեք {ph}։",
    "fa": "اگر به زبان فارسی صحبت می‌کنید، خدمات زبانی رایگان در دسترس شماست. با {ph} تماس بگیرید.",
    "pa": "ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਡੇ ਲਈ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਉਪਲਬਧ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ប្រសិនបើអ្នកនិយាយភាសាខ្មែរ សេវាជំនួយភាសាឥតគិតថ្លៃមានសម្រាប់អ្នក។ សូមទូរស័ព្ទទៅ {ph}។",
    "hmn": "Yog koj hais lus Hmoob, muaj kev pab txhais lus pub dawb rau koj. Hu rau {ph}.",
    "hi": "यदि आप हिंदी बोलते हैं, तो आपके लिए निःशुल्क भाषा सहायता उपलब्ध है। {ph} पर कॉल करें।",
    "th": "หากคุณพูดภาษาไทย เรามีบริการช่วยเหลือด้านภาษาโดยไม่เสียค่าใช้จ่าย โทร {ph}",
}
_TAG_SETS = {
    "HI": ["es", "ilo", "tl", "ja", "zh", "ko", "vi", "sm", "haw"],
    "OR": ["es", "ru", "vi", "zh", "ko", "ar", "so", "uk", "ro"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "pa", "km", "hmn", "ar", "hi", "th"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, keep_min: int, size: float = 7.4) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    rest = rest[: w.rng.randint(min(keep_min, len(rest)), len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1) if heading else Block("rule", space_before=10)]
    for code in head + rest:
        t = _TAGS[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.2))
    return out


# === 1. Hawaii ERISA: cochlear implant not medically necessary ===================================================

_HI_SVC = [(["Cochlear device implantation, with or without mastoidectomy", "Cochlear implant surgery",
             "Implantation of cochlear device"], "69930"),
           (["Cochlear device, includes all internal and external components", "Cochlear implant device system "
             "(internal and external parts)"], "L8614")]
_HI_DX = (["Sensorineural hearing loss, bilateral", "Bilateral sensorineural hearing loss"], "H90.3")
_HI_DX2 = [(["Tinnitus, bilateral"], "H93.13"), (["Presence of external hearing-aid"], "Z97.4")]
_HI_CRIT = ["Kaiser Permanente Hawaii Clinical Review Criteria: Cochlear Implantation",
            "MCG Ambulatory Care Guideline: Cochlear Implant",
            "KP Hawaii Audiology Coverage Guideline for Adult Cochlear Implant Candidacy"]
_HI_NP = ["Utilization Review Coordinator", "Benefits Authorization Specialist", "Referral Review Nurse"]
_HI_SPECS = ["Otolaryngology", "Neurotology", "Otolaryngology - Head and Neck Surgery"]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b27_hi"):
        return
    c.extra["b27_hi"] = True
    _fmt(w)
    c.region = "Hawaii"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    variant = w.rng.randrange(3)
    c.extra["hi_variant"] = variant
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in _HI_SVC]
    c.diagnoses = [dict(text=w.pick(_HI_DX[0]), codes=[_HI_DX[1]])]
    if w.chance(0.4):
        t, code = w.pick(_HI_DX2)
        c.diagnoses.append(dict(text=w.pick(t), codes=[code]))
    ear = w.pick(["right", "left"])
    other = "left" if ear == "right" else "right"
    c.extra["hi_ear"], c.extra["hi_other"] = ear, other
    why = c.extra["hi_why"] = w.pick(["scores", "scores", "trial"])
    az_ear = w.rng.randint(54, 76) if why == "scores" else w.rng.randint(26, 48)
    c.extra["hi_scores"] = dict(
        pta_ear=w.rng.randint(66, 88), pta_other=w.rng.randint(58, 80), az_ear=az_ear,
        az_best=min(96, az_ear + w.rng.randint(4, 14) if why == "scores" else az_ear + w.rng.randint(2, 9)), cnc_ear=w.rng.randint(38, 64),
        srt=w.rng.randint(55, 75), weeks=w.rng.randint(3, 8) if why == "trial" else w.rng.randint(16, 40))
    _untimely_or_keep(w, 15)
    rec = c.received or c.letter
    c.extra["hi_test1"] = _before(rec, 6, 20, w)
    c.extra["hi_test2"] = _before(c.extra["hi_test1"], 7, 40, w)
    c.extra["hi_fit"] = _before(c.extra["hi_test1"], 7 * c.extra["hi_scores"]["weeks"],
                                7 * c.extra["hi_scores"]["weeks"], w)
    c.service = None
    pname, _, plast = person(w.rng, 0.2)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, M.D.", f"Dr. {pname}", f"{pname}, DO"])
    c.extra["hi_aud"] = person(w.rng, 0.1)[0] + w.pick([", AuD", ", Au.D.", ", CCC-A"])
    if _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [w.pick(_HI_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, _HI_NP)
    elif variant != 2 and w.chance(0.25):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "MD, FACS"]),
                          specialty=w.pick(_HI_SPECS) if w.chance(0.75) else None,
                          phone=phone(w.rng, "HI") if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Associate Medical Director, Utilization Management",
                                   "Reviewing Physician"])
    c.extra["hi_phone"] = phone(w.rng, "HI")
    c.extra["hi_fax"] = phone(w.rng, "HI")
    _flags(c)


def reason_b27_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The cochlear implant is not medically necessary.", "Medical necessity criteria are not met.",
                       "The request does not meet our criteria."])
    s, ear = c.extra["hi_scores"], c.extra["hi_ear"]
    if c.extra["hi_why"] == "scores":
        return w.pick([
            f"With your hearing aids in, you repeated {s['az_ear']}% of test sentences correctly in your {ear} ear, "
            "which is more speech understanding than the criteria allow for an implant, so a cochlear implant is not "
            "medically necessary for you now.",
            f"A cochlear implant is not medically necessary at this time because your aided sentence score in the "
            f"{ear} ear was {s['az_ear']}% and your score with both ears aided was {s['az_best']}%; you still "
            "understand too much speech with hearing aids to qualify.",
            f"Your audiology testing shows that hearing aids still help you: you understood {s['az_ear']}% of "
            f"sentences in the {ear} ear with amplification, above the level at which an implant is considered "
            "medically necessary.",
        ])
    return w.pick([
        f"Your current hearing aids were fitted only about {s['weeks']} weeks before your candidacy testing, and "
        "an implant is considered medically necessary only after a full trial of properly fitted hearing aids, so "
        "the request cannot be approved yet.",
        f"The records show a hearing-aid trial of about {s['weeks']} weeks before testing; without a complete trial "
        "of appropriately fitted hearing aids, a cochlear implant is not medically necessary at this time.",
    ])


def _hi_results(w: W, grid: bool) -> Block:
    c = w.c
    s, ear, other = c.extra["hi_scores"], c.extra["hi_ear"], c.extra["hi_other"]
    t1, t2, fit = (_fd(w, c.extra[k]) for k in ("hi_test1", "hi_test2", "hi_fit"))
    rows = [
        [w.pick(["Pure-tone average (0.5, 1, 2 kHz)", "Pure-tone average"]), _cap(ear), f"{s['pta_ear']} dB HL", t2],
        [w.pick(["Pure-tone average (0.5, 1, 2 kHz)", "Pure-tone average"]), _cap(other), f"{s['pta_other']} dB HL",
         t2],
        ["Speech reception threshold", _cap(ear), f"{s['srt']} dB HL", t2],
        [w.pick(["CNC words, aided", "Monosyllabic words (CNC), aided"]), _cap(ear), f"{s['cnc_ear']}%", t1],
        [w.pick(["AzBio sentences in quiet, aided", "Sentence recognition (AzBio), aided"]), _cap(ear),
         f"{s['az_ear']}%", t1],
        [w.pick(["AzBio sentences, both ears aided", "Sentence recognition, best aided"]), "Both",
         f"{s['az_best']}%", t1],
        [w.pick(["Current hearing aids fitted", "Hearing-aid fitting"]), "Both", "-", fit],
    ]
    if w.chance(0.5):
        rows = rows[:2] + rows[3:]
    head = w.pick([["Test", "Ear", "Result", "Date"], ["Audiology measure", "Ear", "Score", "Tested"]])
    if grid:
        return Block("table", rows=[head] + rows, space_before=8, col_align=["left", "left", "right", "left"])
    return Block("para", text="; ".join(f"{r[0]} ({r[1].lower()}): {r[2]}, {r[3]}" for r in rows if r[2] != "-")
                 + ".", space_before=6)


def _hi_rights(w: W, b: list[Block]) -> None:
    c = w.c
    ph = c.extra["hi_phone"]
    b.append(w.h(w.pick(["Your appeal rights under ERISA", "If you disagree: appeals", "How to ask us to reconsider"]),
                 space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may appeal this decision within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this "
            f"letter. Send a written request to the Appeals Unit at the address above, fax it to {c.extra['hi_fax']}, "
            f"or call {ph}. You, your doctor or someone you name in writing may file.",
            f"An appeal must reach us within {M('APPEAL_DAYS', c.appeal_phrase)} of the day you receive this notice. "
            f"You may file in writing, by fax ({c.extra['hi_fax']}) or by calling {ph}; an authorized "
            "representative may file for you.",
        ])))
    b.append(w.p(w.pick([
        "Your plan has two levels of internal appeal. We decide a first-level appeal of a pre-service claim within "
        "15 days after we receive it. If we uphold the denial, you may ask for a second-level appeal, which is also "
        "decided within 15 days and is reviewed by people who took no part in the earlier decisions.",
        "Level 1: a physician who did not make this decision reviews your appeal; we answer within 15 days. "
        "Level 2: if the denial is upheld, you may ask for a second review, also answered within 15 days.",
    ])))
    b.append(w.p(w.pick([
        "If your doctor tells us that waiting could seriously jeopardize your life, health or ability to regain "
        "maximum function, the appeal is handled as urgent and decided within 72 hours.",
        "Urgent claims: when the standard time could seriously harm your health, ask for an expedited appeal; we "
        "decide it within 72 hours.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "After the internal appeals, you may ask for an external review by an independent review organization "
            "(45 CFR \u00a7 147.136). The request must be made within 4 months after you receive our final internal "
            "decision. There is no charge, and the decision binds the plan.",
            "When the internal appeals are finished, an independent review organization can look at the case. You "
            "have 4 months from receipt of the final internal decision to ask for this external review "
            "(45 CFR \u00a7 147.136); it is free to you.",
        ])))
    b.append(w.p(w.pick([
        "You also have the right to bring a civil action under section 502(a) of the Employee Retirement Income "
        "Security Act (ERISA) after you have completed the plan's appeal process.",
        "Because this is an ERISA plan, you may file a lawsuit under ERISA section 502(a) once the appeals above "
        "are done.",
    ])))
    docs_at = len(b)
    b.append(w.p(w.pick([
        "On request and free of charge, we will give you copies of all documents, records and other information "
        "relevant to your claim, including the criteria we relied on. The diagnosis and treatment codes for this "
        "request, and what they mean, are also available on request.",
        "You may ask, at no cost, for copies of everything we used to decide, including the full criteria, and for "
        "the diagnosis and procedure codes and their meanings.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with your rights, you may contact the Employee Benefits Security Administration, U.S. "
            "Department of Labor, at 1-866-444-3272 (check your plan documents for current contact information). "
            "The Hawaii Insurance Division can also answer questions about health coverage.",
            "Questions about ERISA rights: Employee Benefits Security Administration, 1-866-444-3272 (please check "
            "your plan documents for current contact information). You may also contact the Hawaii Insurance "
            "Division.",
        ])))
        if w.chance(0.4):
            b[docs_at:] = b[docs_at:][::-1]


def t_b27_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = c.extra["hi_variant"]  # 0 results table, 1 left label column, 2 two pages, signature on page 2
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5] if variant != 2 else [9.5, 10.0])
    ref = c.ids["ref"]
    ph, fax = c.extra["hi_phone"], c.extra["hi_fax"]
    emp = c.extra["employer"]
    ear = c.extra["hi_ear"]
    st.footer = [w.pick([f"Ref {ref} - page {{page}} of {{pages}}", "Kaiser Permanente Hawaii | {page}",
                         f"{emp} Health Plan / {ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "left", "right"])
    if variant == 2:
        st.header = [f"{c.member_name} | Member ID {c.member_id} | {ref}"]
    prov = M("PROVIDER", c.provider)
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Hawaii", w.pick(["Utilization Management", "Health Plan Review "
                                                                "Services", "Clinical Review Unit"])],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", "711 Kapiolani Boulevard, Honolulu",
                          f"Tel {ph}  Fax {fax}"]))
    b.append(w.p(w.pick(["", "Honolulu, ", "Date: "]) + _dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    svc = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    title = w.pick(["Adverse Benefit Determination", "Notice of adverse benefit determination - cochlear implant",
                    "Decision on your request for a cochlear implant"])
    intro = w.pick([f"{prov} asked us to approve {svc} for your {ear} ear.",
                    f"We reviewed a request from {prov} for {svc} ({ear} ear)."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request arrived {rec}."])
    if dec:
        intro += w.pick([f" We made this decision on {dec}.", f" It was decided on {dec}."])
    intro += w.pick([" We cannot approve it.", " The request is denied."])
    if variant == 1:
        side = ["**Member", w.name(), "**Member ID", w.mid(), "**Employer group", emp,
                "**Codes", " / ".join(s["codes"][0] for s in c.services), "**Requested by", prov, "**Reference", ref]
        if c.received:
            side += ["**Received", M("DATE_RECEIVED", _fd(w, c.received))]
        if c.decision:
            side += ["**Decided", M("DATE_DECISION", _fd(w, c.decision))]
        intro2 = w.pick([f"{prov} asked us to approve a cochlear implant for your {ear} ear.",
                         f"This letter answers the request from {prov} for a cochlear implant ({ear} ear)."])
        intro2 += w.pick([" The details of the request are in the column at the left.",
                          " The facts of the request are listed at the left."])
        intro2 += w.pick([" We cannot approve it.", " The request is denied."])
        main = [f"**{title}", "", w.pick([f"Dear {c.member_salute}:", f"Aloha {c.member_salute},"]), "", intro2]
        b.append(Block("sidebar", left=main, right=side, align="left", shade=True, side_w=0.36, space_before=10,
                       size=st.size - 1))
        b.append(w.p(w.pick(["Services requested: ", "The request was for "]) + svc + "."))
        b.append(w.p(w.pick(["Diagnosis: ", "Condition on the request: "]) + dxs + "."))
        b.append(w.h(w.pick(["Why we made this decision", "Reason for the denial", "Our reason"]), space_before=10))
        b.append(w.p(M("REASON", w.reason)))
    else:
        b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}    Group: {emp}", size=st.size - 0.5,
                     space_before=8))
        b.append(w.h(title, space_before=10, size=st.size + 1.5))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Aloha {c.member_salute},"]), space_before=8))
        b.append(w.p(intro))
        b.append(w.p(w.pick(["Diagnosis: ", "Condition on the request: "]) + dxs + "."))
        b.append(w.h(w.pick(["Why we made this decision", "Reason for the denial", "Our reason"]), space_before=10))
        b.append(w.p(M("REASON", w.reason)))
    # thresholds and criteria, then the results (or the results first)
    crit_at = len(b)
    if not _bare(c):
        b.append(w.p(w.pick([
            "The criteria consider an implant when, with well-fitted hearing aids, a person understands 50 percent "
            "or less of test sentences in the ear to be implanted and 60 percent or less with both ears aided, after "
            "a hearing-aid trial of at least three months.",
            "For adults, candidacy under the criteria means limited benefit from amplification: aided sentence scores "
            "of 50% or lower in the implant ear (60% or lower best aided) after at least three months of hearing-aid "
            "use.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["We applied ", "Criteria used: ", "The guideline applied was "]) +
                     M("CRITERIA", c.criteria[0]) + w.pick([". A copy is free on request.", "."])))
    grid = variant != 1 or w.chance(0.3)
    b.append(w.p(w.pick([
        f"The {'table below lists' if grid else 'list below gives'} the audiology results sent with the request "
        f"(tests by {c.extra['hi_aud']}).",
        f"Audiology results we reviewed, from testing by {c.extra['hi_aud']}:",
    ]), space_before=8))
    b.append(_hi_results(w, grid))
    res_at = len(b) - 2
    if res_at > crit_at and w.chance(0.4):
        b[crit_at:] = b[res_at:] + b[crit_at:res_at]
    b.append(w.p(w.pick([
        "You may ask your audiologist about reprogramming or replacing your hearing aids, and your doctor may send a "
        "new request with repeat testing after a full trial.",
        "Your doctor can ask again at any time with new test results, for example after a longer trial of adjusted "
        "hearing aids.",
    ])))
    if c.reviewer:
        line = _reviewer_line(w, w.pick(["This decision was made by ", "Reviewing physician: "])) + "."
        if c.reviewer["phone"]:
            line += f" Your doctor may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to discuss it."
        b.append(w.p(line, space_before=8))
    if variant == 2:
        b.append(Block("pagebreak"))
    _hi_rights(w, b)
    b.append(w.p(w.pick([f"Questions? Call us at {ph} (TTY 711), weekdays 8 a.m. to 5 p.m.",
                         f"If you have questions about this letter, call {ph}; TTY users call 711."])))
    b.append(w.p(w.pick(["Sincerely,", "Mahalo,", "Respectfully,"]), space_before=10))
    _sign(w, b, "Utilization Management Department", "Kaiser Foundation Health Plan, Inc., Hawaii Region")
    b.append(w.p(f"cc: {prov}", size=8.2, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help and interpreters: {ph} (TTY 711).",
                             f"Interpreters at no cost are available at {ph}."]), space_before=6))
    tags = _taglines(w, "HI", f"{ph} (TTY 711)", w.pick([None, "Language assistance"]), 5,
                     7.0 if variant == 2 else 7.4)
    if tags and variant != 2 and w.chance(0.4):  # an enclosure page: nondiscrimination notice and taglines
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["Nondiscrimination and language access", "Help in your language"]),
                     size=st.size + 1))
        b.append(w.p("Kaiser Permanente does not discriminate on the basis of race, color, national origin, age, "
                     "disability or sex. We provide free aids and services, such as qualified interpreters and "
                     f"written information in other formats, to people who need them. Call {ph} (TTY 711).",
                     size=st.size - 1))
        tags = tags[1:]
    b += tags
    return b, st, ["hi_results_table", "hi_label_column", "hi_two_page_signed"][variant]


BLIND27_TEMPLATES["blind27_hi_erisa_cochlear_implant"] = (t_b27_hi, dict(
    plans=["erisa_group"], states=["HI"], kinds=["initial_denial"], cats=["medical_necessity"], reason=reason_b27_hi))
MODELED_ON["blind27_hi_erisa_cochlear_implant"] = (
    "blind27: Kaiser Permanente Hawaii employer-group (ERISA) denial of a cochlear implant (69930 with the L8614 "
    "device) as not medically necessary, with an audiology results table (pure-tone averages in dB HL, word and "
    "sentence scores in percent, test dates); a results-table letter, a letter with a left-hand label column, or a "
    "two-page letter signed on page 2; 180-day appeal, two internal appeal levels of 15 days, 72-hour urgent appeal, "
    "external review within 4 months (45 CFR 147.136), ERISA 502(a), EBSA with the catalogue's caveat, Hawaii "
    "Insurance Division by name, taglines")


# === 2. Oregon Health Plan: general anesthesia for a child's dental treatment ======================================

_OR_SETTINGS = [
    dict(key="asc", where="a surgery center",
         svcs=[(["Anesthesia for intraoral procedures", "General anesthesia for dental treatment (intraoral "
                 "procedures)"], "00170"),
               (["Facility services for dental rehabilitation under general anesthesia",
                 "Surgery center facility fee, dental rehabilitation with anesthesia"], "G0330")]),
    dict(key="hosp", where="the hospital operating room",
         svcs=[(["Anesthesia for intraoral procedures", "General anesthesia for dental treatment (intraoral "
                 "procedures)"], "00170"),
               (["Dental rehabilitation in the operating room (unlisted dentoalveolar procedure)",
                 "Unlisted procedure, dentoalveolar structures (hospital dental case)"], "41899")]),
]
_OR_DX = [(["Dental caries on pit and fissure surface penetrating into dentin"], "K02.52"),
          (["Dental caries on smooth surface penetrating into dentin"], "K02.62"),
          (["Dental caries, unspecified", "Dental caries"], "K02.9")]
_OR_DX2 = [(["Reversible pulpitis"], "K04.01"), (["Chronic apical periodontitis"], "K04.5")]
_OR_TEETH = ["A", "B", "I", "J", "K", "L", "S", "T", "3", "14", "19", "30"]
_OR_CRIT = ["American Academy of Pediatric Dentistry, Behavior Guidance for the Pediatric Dental Patient",
            "Kaiser Permanente Northwest Dental Criteria for Hospital and Surgery Center Dental Care",
            "KPNW Dental Utilization Guideline: General Anesthesia for Dental Treatment in Children"]
_OR_NP = ["Dental Authorization Coordinator", "Dental Benefits Specialist", "Utilization Review Coordinator"]
_OR_DENTAL = ["Kaiser Permanente Dental, Rockwood Dental Office", "Kaiser Permanente Dental, Interstate Dental "
              "Office", "Kaiser Permanente Dental, Salem Dental Office", "Kaiser Permanente Dental, Beaverton Dental "
              "Office"]


def _or_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b27_or"):
        return
    c.extra["b27_or"] = True
    _fmt(w)
    c.region = "Northwest"
    c.member_addr = address(w.rng, "OR", "Northwest")
    setting = w.pick(_OR_SETTINGS)
    c.extra["or_set"] = setting
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in setting["svcs"]]
    t, code = w.pick(_OR_DX)
    c.diagnoses = [dict(text=w.pick(t), codes=[code])]
    if w.chance(0.35):
        t, code = w.pick(_OR_DX2)
        c.diagnoses.append(dict(text=w.pick(t), codes=[code]))
    # the child (the member) and the parent or guardian (the addressee)
    parts = c.member_name.split()
    child_first, child_last = parts[0], parts[-1]
    c.extra["or_child_first"] = child_first
    age = w.rng.randint(2, 9)
    c.extra["or_age"] = age
    c.extra["or_dob"] = c.letter - dt.timedelta(days=365 * age + w.rng.randint(20, 340))
    pfirst = person(w.rng, 0.0)[1]
    while pfirst == child_first:
        pfirst = person(w.rng, 0.0)[1]
    same = w.chance(0.7)
    c.extra["or_parent"] = f"{pfirst} {child_last if same else person(w.rng, 0.0)[2]}"
    c.extra["or_parent_word"] = w.pick(["parent", "parent or guardian", "guardian"]) if not same else \
        w.pick(["parent", "parent or guardian"])
    pool = _OR_TEETH if age >= 6 else [t for t in _OR_TEETH if t.isalpha()]
    teeth = w.rng.sample(pool, w.rng.randint(2, 4))
    c.extra["or_pcp"] = person(w.rng, 0.1)[0] + w.pick([", MD", ", DO", ", NP"])
    c.extra["or_teeth"] = teeth
    c.extra["or_why"] = w.pick(["cooperated", "no_trial"])
    _untimely_or_keep(w, 3 if c.urgency == "expedited" else 14)
    rec = c.received or c.letter
    c.extra["or_visit"] = _before(rec, 5, 30, w)
    c.extra["or_planned"] = c.letter + dt.timedelta(days=w.rng.randint(12, 40))
    c.service = None
    pname, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{pname}, DMD", f"{pname}, DDS", f"Dr. {pname}"])
    c.extra["or_office"] = w.pick(_OR_DENTAL)
    if _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [w.pick(_OR_CRIT)]
        if w.chance(0.25):
            c.criteria = _OR_CRIT[:2]
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, _OR_NP)
    elif w.chance(0.25):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.2)
        if w.chance(0.5):
            c.reviewer = dict(name=name, credentials=w.pick(["DMD", "DDS"]),
                              specialty=w.pick(["Pediatric Dentistry", "Dental Anesthesiology"]) if w.chance(0.8)
                              else None, phone=phone(w.rng, "OR") if w.chance(0.5) else None)
            c.reviewer_title = w.pick(["Dental Director", "Dental Consultant", "Associate Dental Director"])
        else:
            c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                              specialty=w.pick(["Anesthesiology", "Pediatric Anesthesiology"]) if w.chance(0.8)
                              else None, phone=phone(w.rng, "OR") if w.chance(0.5) else None)
            c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Utilization Management"])
    c.extra["or_phone"] = phone(w.rng, "OR")
    c.extra["or_fax"] = phone(w.rng, "OR")
    _flags(c)


def reason_b27_or(w: W) -> str:
    _or_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["This service is not medically necessary.", "The request does not meet criteria.",
                       "Not medically necessary."])
    kid = c.extra["or_child_first"]
    n = len(c.extra["or_teeth"])
    where = c.extra["or_set"]["where"]
    if c.extra["or_why"] == "cooperated":
        return w.pick([
            f"General anesthesia in {where} is not medically necessary for {kid}: the treatment plan lists fillings on "
            f"{n} teeth with no extractions or nerve treatment, and the notes from the last visit say {kid} sat for "
            "x-rays and a cleaning with nitrous oxide, so this care can be done safely in the dental office.",
            f"The dental records show {n} teeth that need fillings and that {kid} let the dentist finish an exam and "
            "x-rays at the last visit. This amount of treatment can be done in the dental chair with numbing medicine "
            f"and nitrous oxide, so going to {where} for general anesthesia is not medically necessary.",
        ])
    return w.pick([
        f"We did not approve general anesthesia in {where} because the records do not show that treatment in the "
        f"dental office was tried first, with numbing medicine, nitrous oxide or other calming methods, for the "
        f"{n} teeth that need care.",
        f"The request does not show a try at treating {kid}'s {n} teeth in the dental office with nitrous oxide or "
        f"other behavior guidance, so general anesthesia in {where} is not medically necessary at this time.",
    ])


def _or_rights(w: W, b: list[Block]) -> None:
    c = w.c
    ph = c.extra["or_phone"]
    kid = c.extra["or_child_first"]
    b.append(w.h(w.pick(["Your right to appeal", "If you disagree with this decision", "How to appeal"]),
                 space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may ask us to look at this decision again (an appeal). Your appeal must be made within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice. Call us at {ph} or write to us at "
            "the address at the top of this notice. The dentist, or another person you choose, may appeal for "
            f"{kid} with your written permission.",
            f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice, by phone "
            f"({ph}), by fax ({c.extra['or_fax']}) or in writing. Someone else, such as the dentist, can appeal for "
            "you if you give permission in writing.",
        ])))
    b.append(w.p(w.pick([
        "We will send you our appeal decision within 30 days of getting your appeal. We may take up to 14 more days "
        "if we need more information and it is in your child's interest; we will tell you in writing if we do.",
        "Appeal decisions are made within 30 days (we may extend this by 14 days, and will tell you why in writing).",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            f"Fast appeal: if waiting 30 days could seriously harm {kid}'s life, health or ability to function, ask "
            "for a fast (expedited) appeal. We will decide within 72 hours.",
            "If you or the dentist think the usual time could seriously put your child's health at risk, ask for an "
            "expedited appeal; we decide it within 72 hours.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "State fair hearing: if we do not change our decision after your appeal, you may ask the state for a "
            "fair hearing. The state sets the time you have to ask; it is no less than 90 days and no more than "
            "120 days from the date of our appeal decision, and that letter will give the exact deadline. If we "
            "do not decide your appeal on time, you may ask for a hearing without waiting.",
            "After our appeal decision, you can ask the state for a fair hearing. You will have at least 90 "
            "days (and no more than 120 days, as the state sets) from the date of our appeal decision to ask. If we "
            "miss the deadline to decide your appeal, you can go straight to a hearing.",
        ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p(w.pick([
            "Keeping services during an appeal: if this notice stops or reduces a service your child already gets, "
            "the service can continue while the appeal is decided if you appeal within 10 days of the date on this "
            "notice (or before the change takes effect) and ask for it to continue. If the appeal is not decided in "
            "your favor, you may have to pay for services received during the appeal.",
            "Continuing benefits: to keep an approved service going during an appeal, file the appeal and ask for "
            "continued benefits within 10 days of the date of this notice or before the service ends. You might have "
            "to pay for those services if you lose the appeal.",
        ])))
    b.append(w.p(w.pick([
        "You have the right to get, free of charge, copies of all the records and information we used to make this "
        "decision, including the criteria for medical necessity.",
        "Ask us for free copies of your child's case file and the dental and medical necessity criteria we used.",
    ])))


def t_b27_or(w: W):
    _or_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 parent letter, 1 boxed summary, 2 two-column facts band
    st = _style(w, ["helvetica", "times"], [10.0, 10.5, 11.0])
    ref = c.ids["ref"]
    ph, fax = c.extra["or_phone"], c.extra["or_fax"]
    kid = c.extra["or_child_first"]
    parent = c.extra["or_parent"]
    pword = c.extra["or_parent_word"]
    st.footer = [w.pick([f"OHP notice {ref} | page {{page}}", "Kaiser Permanente Dental - Oregon Health Plan | "
                                                             "{page} of {pages}", f"{ref} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northwest Dental", w.pick(["Dental Authorizations - Oregon Health Plan",
                                                                         "Dental Utilization Review"])],
                   right=["Kaiser Foundation Health Plan of the Northwest", "500 NE Multnomah Street, Portland, OR",
                          f"Phone {ph}  Fax {fax}  TTY 711"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.pick([f"To the {pword} of {w.name()}", f"{parent}", f"{parent}, {pword} of {w.name()}"]),
                 space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    title = w.pick(["Notice of Adverse Benefit Determination", "Oregon Health Plan: Notice of Denial",
                    "NOTICE OF ADVERSE BENEFIT DETERMINATION - DENTAL"])
    if c.urgency == "expedited":
        title += w.pick([" (expedited)", " - fast decision"])
    dob = _fd(w, c.extra["or_dob"])
    facts = [("Patient (member)", w.name()), ("Member ID", w.mid()), ("Date of birth", dob),
             ("Dentist", prov), ("Notice number", ref)]
    pcp = c.extra["or_pcp"]
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    b.append(w.h(title, space_before=10, size=st.size + 1.5))
    if variant == 2:
        left = [f"{k}: {v}" for k, v in facts[:3]]
        right = [f"{k}: {v}" for k, v in facts[3:]] + [w.pick(["Plan: Oregon Health Plan",
                                                               f"Primary care: {pcp}"])]
        b.append(Block("twocol", left=left, right=right, size=st.size - 0.5, space_before=8))
    else:
        b.append(w.p("    ".join(f"{k}: {v}" for k, v in facts[:3]), size=st.size - 0.5, space_before=8))
        b.append(w.p(f"Dentist: {prov}    Notice number: {ref}", size=st.size - 0.5, space_before=2))
    if variant == 1:
        box = w.pick([f"In short: we did not approve {c.extra['or_set']['where']} with general anesthesia for "
                      f"{kid}'s dental work. {kid} can still get the dental care in the dental office.",
                      f"Summary: the request for general anesthesia in {c.extra['or_set']['where']} was denied. "
                      "The dental treatment itself is still covered in the office."])
        b.append(w.p(box, boxed=True, space_before=10, size=st.size - 0.5))
    b.append(w.p(w.pick([f"Dear {parent}:", f"Dear {parent},", f"Dear {pword.split()[0].capitalize()} of {kid}:"]),
                 space_before=8))
    intro = w.pick([
        f"{prov} asked us to approve {svcs} so that {kid} can have dental treatment while asleep.",
        f"We received a request from {prov} for {svcs} for your child, {w.name()}.",
    ])
    if rec:
        intro += w.pick([f" We got the request on {rec}.", f" The request came to us on {rec}."])
    if dec:
        intro += w.pick([f" We decided on {dec}.", f" Our decision was made on {dec}."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Dental diagnosis: ", "Diagnosis: ", "Condition: "]) +
                 "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + "."))
    b.append(w.h(w.pick(["What we decided and why", "Our decision", "Why we said no"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    rev_early = w.chance(0.35)
    if c.reviewer and rev_early:
        b.append(w.p(_reviewer_line(w, "Decision made by ") + "."))
    if not _bare(c):
        teeth = ", ".join(c.extra["or_teeth"])
        b.append(w.p(w.pick([
            f"Teeth on the treatment plan: {teeth}. Last dental visit: {_fd(w, c.extra['or_visit'])}. Surgery date "
            f"the dental office asked for: {_fd(w, c.extra['or_planned'])}.",
            f"We looked at the treatment plan (teeth {teeth}) and the notes from the visit on "
            f"{_fd(w, c.extra['or_visit'])}; the office had asked to schedule the surgery for "
            f"{_fd(w, c.extra['or_planned'])}.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["We used these criteria: ", "Criteria we applied: "]) +
                     join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    b.append(w.p(w.pick([
        f"What happens next: {kid}'s dental treatment is still covered in the dental office at "
        f"{c.extra['or_office']}. If treatment in the chair does not work, the dentist may send a new request with "
        f"notes from that visit. A copy of this notice goes to {kid}'s primary care provider, {pcp}.",
        f"The dental treatment itself is covered in the office setting at {c.extra['or_office']}. A new request "
        "can be sent if office treatment is tried and cannot be finished safely.",
    ])))
    if c.reviewer and not rev_early:
        line = _reviewer_line(w, w.pick(["Reviewed by ", "The person who reviewed this request: "])) + "."
        if c.reviewer["phone"]:
            line += f" The dentist may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to talk about it."
        b.append(w.p(line, space_before=6))
    elif c.reviewer and c.reviewer["phone"]:
        b.append(w.p(f"The dentist may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."))
    _or_rights(w, b)
    b.append(w.p(w.pick([f"Questions about this notice? Call {ph} (TTY 711).",
                         f"If you have questions, call the dental authorization unit at {ph}; TTY 711."])))
    b.append(w.p(w.pick(["Sincerely,", "Thank you,"]), space_before=10))
    _sign(w, b, "Dental Utilization Review", "Kaiser Permanente Dental, Oregon Health Plan")
    b.append(w.p(f"cc: {prov}", size=8.2, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"You can get this notice in another language, in large print or read to you, free. "
                             f"Call {ph} (TTY 711).", f"Interpreters and other formats are free: {ph} (TTY 711)."]),
                     space_before=6))
    b += _taglines(w, "OR", f"{ph} (TTY 711)", w.pick([None, "Language help"]), 5)
    if w.chance(0.45):  # an appeal request form to fill in and send back
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["Appeal Request Form", "REQUEST TO APPEAL A DENTAL DECISION"]), size=st.size + 2))
        b.append(w.p(f"Mail or fax this form to the dental authorization unit (fax {fax}), or call {ph} instead.",
                     space_before=6))
        rows = [["Question", "Your answer"], ["Patient's name", ""], ["Member ID", ""], ["Notice number", ref],
                ["Your name and relationship to the patient", ""], ["Phone number where we can reach you", ""],
                ["Why do you disagree with our decision?", ""], ["Do you want a fast appeal? (yes / no)", ""],
                ["Signature", ""]]
        b.append(Block("table", rows=rows, space_before=8))
        b.append(w.p("If someone other than the parent or guardian is appealing, attach a signed statement naming "
                     "that person.", size=st.size - 1, space_before=8))
    return b, st, ["or_parent_letter", "or_summary_box", "or_twocol_facts"][variant]


BLIND27_TEMPLATES["blind27_or_medicaid_pediatric_dental_anesthesia"] = (t_b27_or, dict(
    plans=["medicaid"], states=["OR"], kinds=["initial_denial"], cats=["medical_necessity"], reason=reason_b27_or))
MODELED_ON["blind27_or_medicaid_pediatric_dental_anesthesia"] = (
    "blind27: Oregon Health Plan (Oregon Medicaid) notice of adverse benefit determination from Kaiser Permanente "
    "Northwest dental denying general anesthesia in a hospital operating room or surgery center (00170 with G0330 or "
    "41899) for a child's dental treatment, addressed to the parent or guardian with the child as the member; "
    "a plain letter, a boxed summary or a two-column facts band; 60-day appeal from the notice date, 30-day and "
    "72-hour appeal decisions, state fair hearing in 90 to 120 days after the appeal decision, continuing benefits "
    "within 10 days, free copies of records and criteria, taglines")


# === 3. Northern California: referral to an out-of-network transplant center ======================================

_NCA_ORGANS = [
    dict(key="liver", organ="liver", spec="Gastroenterology and Hepatology",
         svcs=[(["Liver transplant evaluation (new patient consultation)", "Outpatient liver transplant candidacy "
                 "evaluation"], "99245"),
               (["CT of the abdomen without and with contrast (transplant protocol)"], "74170")],
         dx=[(["Alcoholic cirrhosis of liver with ascites"], "K70.31"), (["Unspecified cirrhosis of liver"], "K74.60"),
             (["Primary sclerosing cholangitis"], "K83.01"), (["Liver cell carcinoma"], "C22.0")],
         rev=["Transplant Hepatology", "Hepatology", "Transplant Surgery"]),
    dict(key="kidney", organ="kidney", spec="Nephrology",
         svcs=[(["Kidney transplant evaluation (new patient consultation)", "Outpatient kidney transplant candidacy "
                 "evaluation"], "99245"),
               (["HLA tissue typing, A, B or C, single antigen"], "86812")],
         dx=[(["End stage renal disease"], "N18.6"), (["Type 2 diabetes mellitus with diabetic chronic kidney "
                                                      "disease"], "E11.22"),
             (["Polycystic kidney, unspecified"], "Q61.3"), (["Dependence on renal dialysis"], "Z99.2")],
         rev=["Nephrology", "Transplant Nephrology", "Transplant Surgery"]),
]
_NCA_OON = ["Golden Bay University Transplant Institute, San Francisco", "Mission Ridge Abdominal Transplant "
            "Program, Palo Alto", "Sierra Crest Regional Transplant Center, Reno, Nevada",
            "Cascadia Liver and Kidney Center, Portland, Oregon", "St. Ignatius Transplant Program, Los Angeles"]
_NCA_AREAS = ["510", "415", "916", "408", "925", "707", "209", "650"]


def _nca_phone(w: W) -> str:
    a, n, m = w.pick(_NCA_AREAS), w.rng.randint(200, 989), w.rng.randint(0, 9999)
    return w.pick([f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"])


_NCA_CONTRACT = [("Alta Bay Transplant Center", "Oakland", "510"), ("Valley Oaks Medical Center Transplant Services",
                                                                   "Sacramento", "916"),
                 ("Northbay University Hospital Transplant Program", "San Francisco", "415"),
                 ("Coastline Regional Transplant Center", "San Jose", "408")]


def _nca_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b27_nca"):
        return
    c.extra["b27_nca"] = True
    _fmt(w)
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    org = w.pick(_NCA_ORGANS)
    c.extra["nca_org"] = org
    c.services = [dict(text=w.pick(org["svcs"][0][0]), codes=[org["svcs"][0][1]], decision="denied")]
    if w.chance(0.4):
        t, code = org["svcs"][1]
        c.services.append(dict(text=w.pick(t), codes=[code], decision="denied"))
    dx = list(org["dx"])
    w.rng.shuffle(dx)
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in dx[: w.rng.randint(1, 2)]]
    c.extra["nca_oon"] = w.pick(_NCA_OON)
    name, city, area = w.pick(_NCA_CONTRACT)
    c.extra["nca_center"] = (name, city, f"({area}) {w.rng.randint(200, 989)}-{w.rng.randint(0, 9999):04d}")
    _untimely_or_keep(w, 3 if c.urgency == "expedited" else 7)
    if not _has(c, "process.decision_untimely") and c.received and c.urgency != "expedited":
        end = c.decision or c.letter
        if D.business_between(c.received, end) > 5:
            c.received = D.add_business(end, -w.rng.randint(1, 4))
    if c.urgency == "expedited" and not _has(c, "process.decision_untimely") and c.received:
        c.received = (c.decision or c.letter) - dt.timedelta(days=w.rng.randint(0, 2))
    # the offered appointment, within the timely-access window counted from receipt
    appt = D.add_business(c.letter, w.rng.randint(2, 6))
    if c.received and not _has(c, "process.decision_untimely") and D.business_between(c.received, appt) > 14:
        appt = max(D.add_business(c.received, 12), D.add_business(c.letter, 1))
    c.innet["appt"] = appt
    c.extra["nca_clock"] = w.pick(["8:00 a.m.", "8:30 a.m.", "9:15 a.m.", "10:00 a.m.", "10:45 a.m.", "1:00 p.m.",
                                   "1:30 p.m.", "2:15 p.m.", "3:00 p.m."])
    c.extra["nca_print"] = D.add_business(c.letter, w.rng.randint(1, 4))
    c.extra["nca_coord"] = person(w.rng, 0.1)[0] + w.pick([", RN", ", RN, CCTC", ""])
    c.extra["nca_lastvisit"] = _before(c.received or c.letter, 6, 35, w)
    c.service = None
    pname, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, M.D.", f"Dr. {pname}"])
    c.extra["nca_prov_last"] = plast
    c.extra["nca_fac"] = w.pick(facilities("CA", "Northern California"))
    c.criteria = []
    name, _, _ = person(w.rng, 0.25)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                      specialty=w.pick(org["rev"]) if w.chance(0.8) else None, phone=_nca_phone(w))
    c.reviewer_title = w.pick(["Regional Transplant Medical Director", "Physician Reviewer, Outside Referrals",
                               "Associate Physician-in-Chief, Transplant Services"])
    c.extra["nca_phone"] = _nca_phone(w)
    c.extra["nca_fax"] = _nca_phone(w)
    _flags(c)


def reason_b27_nca(w: W) -> str:
    _nca_setup(w)
    c = w.c
    organ = c.extra["nca_org"]["organ"]
    oon = c.extra["nca_oon"].split(",")[0]
    return w.pick([
        f"{oon} is not a Kaiser Permanente contracted transplant center, and {organ} transplant evaluation is "
        "available to the member at a transplant center that contracts with the Health Plan, so the referral to "
        f"{oon} is not authorized.",
        f"The referral is denied because {organ} transplant evaluation is provided through the transplant centers "
        f"under contract with Kaiser Permanente, and {oon} is not one of them.",
        f"Your patient can receive a complete {organ} transplant evaluation at a Plan-contracted transplant center; "
        f"services at {oon}, an out-of-network provider, are not authorized when the care is available in network.",
    ])


def _nca_dmhc(w: W, ms: str) -> Block:
    return w.p(
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        f"If you have a grievance against your health plan, you should first telephone your health plan at {ms} "
        "(TTY 711) and use your health plan's grievance process before contacting the department. Utilizing this "
        "grievance procedure does not prohibit any potential legal rights or remedies that may be available to you. "
        "If you need help with a grievance involving an emergency, a grievance that has not been satisfactorily "
        "resolved by your health plan, or a grievance that has remained unresolved for more than 30 days, you may "
        "call the department for assistance. You may also be eligible for an Independent Medical Review (IMR). If "
        "you are eligible for IMR, the IMR process will provide an impartial review of medical decisions made by a "
        "health plan related to the medical necessity of a proposed service or treatment, coverage decisions for "
        "treatments that are experimental or investigational in nature, and payment disputes for emergency or urgent "
        "medical services. The department also has a toll-free telephone number (1-888-466-2219) and a TDD line "
        "(1-877-688-9891) for the hearing and speech impaired. The department's internet website www.dmhc.ca.gov "
        "has complaint forms, IMR application forms and instructions online.",
        bold=True, size=12.0, space_before=8)


def t_b27_nca(w: W):
    _nca_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 plain copy, 1 copy stamp line, 2 routing slip
    st = _style(w, ["helvetica", "times", "courier"] if variant != 2 else ["helvetica", "times"], [9.5, 10.0])
    ref = c.ids["ref"]
    ms = "1-800-464-4000"
    ph, fax = c.extra["nca_phone"], c.extra["nca_fax"]
    org = c.extra["nca_org"]
    organ = org["organ"]
    oon = c.extra["nca_oon"]
    cname, ccity, cphone = c.extra["nca_center"]
    pr = b27date(c.extra["nca_print"], w.pick(list(STYLES)))
    st.footer = [w.pick([f"Referral {ref} | page {{page}} of {{pages}}", "KP NCAL Outside Referral Review | {page}",
                         f"{ref} - {{page}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    prov = M("PROVIDER", c.provider)
    b: list[Block] = []
    if variant == 1:
        b.append(w.p(w.pick([f"*** MEMBER COPY *** printed {pr}", f"COPY - MAILED TO MEMBER - PRINTED {pr}",
                             f"[ COPY ]  Print date: {pr}"]), bold=True, align="center", space_before=0,
                     size=st.size + 1))
    if variant == 2:
        batch = f"{w.pick(['RR', 'OR', 'TX'])}-{w.rng.randint(10000, 99999)}"
        b.append(Block("table", rows=[["Routing slip", ""], ["From", "Regional Referral Office - Transplant"],
                                      ["Original to", "Referring physician"], ["Copy to", "Member (by mail)"],
                                      ["Printed", pr], ["Batch", batch]], space_before=0, size=st.size - 1))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California", w.pick(["Regional Referral Office",
                                                                            "Transplant Services Referral Review",
                                                                            "Outside Referral Unit"])],
                   right=["Kaiser Foundation Health Plan, Inc.", "1950 Franklin Street, Oakland, CA",
                          f"Phone {ph}  Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(prov, space_before=8))
    b.append(w.p(w.pick([f"Department of {org['spec']}", org["spec"]]), space_before=0))
    b.append(w.p(c.extra["nca_fac"], space_before=0))
    dob = b27date(c.extra["dob"], c.extra["b27_fmt"])
    b.append(w.p(f"Re: {w.name()}    Member ID: {w.mid()}    Referral: {ref}", size=st.size - 0.5,
                 space_before=8))
    if w.chance(0.5):
        b.append(w.p(f"Date of birth: {dob}", size=st.size - 0.5, space_before=1))
    b.append(w.h(w.pick([f"Outside referral not authorized - {organ} transplant evaluation",
                         "Denial of referral to a non-contracted transplant center",
                         "Referral decision: out-of-network transplant program"]), space_before=10,
                 size=st.size + 1))
    b.append(w.p(f"Dear Dr. {c.extra['nca_prov_last']}:", space_before=8))
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    intro = w.pick([f"You referred your patient, {w.name()}, to {oon} for {svcs}.",
                    f"We reviewed your referral of {w.name()} to {oon} for {svcs}."])
    if rec:
        intro += w.pick([f" We received the referral on {rec}.", f" The referral reached our office on {rec}."])
    if dec:
        intro += w.pick([f" It was reviewed and decided on {dec}.", f" Our decision date is {dec}."])
    intro += w.pick([" We are not able to authorize it.", " The referral is denied."])
    b.append(w.p(intro))
    dx_blk = w.p(w.pick(["Diagnosis on the referral: ", "Diagnoses: "]) +
                 "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + ".")
    dx_late = w.chance(0.35)
    if not dx_late:
        b.append(dx_blk)
    b.append(w.h(w.pick(["Reason for the decision", "Why the referral was not approved", "Reason"]),
                 space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if dx_late:
        b.append(dx_blk)
    b.append(w.p(w.pick([
        "Under the member's Evidence of Coverage (\"Transplant services\" and \"Getting a referral\"), transplants "
        "are covered only at transplant facilities the Health Plan designates, and referrals to non-Plan providers "
        "need our prior authorization.",
        "The Evidence of Coverage covers transplant evaluation and surgery at Health Plan-designated transplant "
        "centers only (see \"Transplant services\").",
    ])))
    last = _fd(w, c.extra["nca_lastvisit"])
    r = c.reviewer
    rline = _reviewer_line(w, w.pick(["The physician responsible for this decision is ",
                                      "This referral was reviewed by "]))
    rline += w.pick([f". You may reach the reviewer directly at {M('REVIEWER_PHONE', r['phone'])} to discuss it.",
                     f"; direct line {M('REVIEWER_PHONE', r['phone'])}."])
    rev_early = w.chance(0.35)
    if rev_early:
        b.append(w.p(rline, space_before=8))
    if _has(c, "network.no_timely_in_network_alternative"):
        b.append(w.p(w.pick([
            f"{organ.capitalize()} transplant evaluation is available through Kaiser Permanente's network of "
            "contracted transplant programs. Please refer your patient within the network.",
            "These services can be provided within the Plan's transplant network.",
        ])))
    else:
        appt = b27date(c.innet["appt"], c.extra["b27_fmt"])
        b.append(w.h(w.pick(["Where your patient can be seen", "Contracted transplant center", "Next steps"]),
                     space_before=10))
        b.append(w.p(w.pick([
            f"We have authorized a {organ} transplant evaluation at {cname} in {ccity}, a Plan-contracted center. "
            f"The first appointment is on {appt} at {c.extra['nca_clock']}; the center's transplant "
            f"coordinator can be reached at {cphone}.",
            f"Your patient has an evaluation appointment at {cname}, {ccity}, on {appt} at {c.extra['nca_clock']} "
            f"(transplant office {cphone}). The center has the records from the clinic visit on {last}.",
        ])))
        b.append(w.p(w.pick([f"Transplant coordinator at {cname}: {c.extra['nca_coord']}.",
                             f"Questions about the visit: {c.extra['nca_coord']}, pre-transplant coordinator, "
                             f"{cphone}."])))
    if not rev_early:
        b.append(w.p(rline, space_before=8))
    # the member's rights (the member receives a copy of this letter)
    b.append(w.h(w.pick([f"Rights of your patient, {c.member_name}", "Member appeal rights", "Grievance and "
                                                                                            "appeal rights"]),
                 space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"The member may file a grievance (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} after the date of "
            f"this letter by calling Member Services at {ms} (TTY 711), online at kp.org, by mail or in person at a "
            "Member Services office. You may file for your patient with the member's permission.",
            f"An appeal may be filed within {M('APPEAL_DAYS', c.appeal_phrase)} by phone ({ms}, TTY 711), in "
            "writing, at kp.org or at any Member Services office; the member, a representative or you may file.",
        ])))
    b.append(w.p(w.pick([
        "If the member's health is in serious danger (for example, severe pain or a threat to life or a major "
        "bodily function), ask for an expedited review; we decide within 72 hours and the member may contact the "
        "Department of Managed Health Care right away.",
        "Urgent cases get an expedited grievance decision within 72 hours (3 days).",
    ]) if not _has(c, "notice.dmhc_statement") else
        "Urgent cases get an expedited grievance decision within 72 hours (3 days)."))
    b.append(w.p(w.pick([
        "The member may request, free of charge, copies of the documents and information used in this decision.",
        "Copies of the records and guidelines used for this decision are available to the member at no cost.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help with a grievance or appeal is available from the Health Consumer Alliance, the state's "
            "consumer assistance program, at 1-888-804-3536.",
            "The member may call the Health Consumer Alliance at 1-888-804-3536 for free help.",
        ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(_nca_dmhc(w, ms))
    b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
    _sign(w, b, "Regional Referral Office", "Kaiser Foundation Health Plan, Inc., Northern California")
    cc = [f"cc: {w.name()}, member"] + [f"     {x}" for x in c.member_addr]
    if w.chance(0.5):
        cc.append(f"cc: {oon}")
    for k, x in enumerate(cc):
        b.append(w.p(x, size=8.2, space_before=6 if k == 0 else 0))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language help is free. Call Member Services at {ms} (TTY 711).",
                             f"Interpreter services are free of charge: {ms} (TTY 711)."]), space_before=6))
    b += _taglines(w, "CA", f"{ms} (TTY 711)", w.pick([None, "Language assistance services"]), 11)
    if not _has(c, "network.no_timely_in_network_alternative") and w.chance(0.4):
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick([f"Plan-contracted {organ} transplant programs (Northern California)",
                             "Enclosure: contracted transplant centers"]), size=st.size + 1))
        rows = [["Center", "City", "Programs", "Referral line"]]
        for nm, city, area in _NCA_CONTRACT:
            tel = cphone if nm == cname else f"({area}) {w.rng.randint(200, 989)}-{w.rng.randint(0, 9999):04d}"
            rows.append([nm, city, w.pick(["Kidney, liver", "Kidney", "Liver, kidney, pancreas"]) if nm != cname
                         else organ.capitalize() + w.pick(["", ", kidney" if organ == "liver" else ", liver"]), tel])
        b.append(Block("table", rows=rows, space_before=8, size=st.size - 1))
        b.append(w.p("Programs and phone numbers can change; the Regional Referral Office confirms the center before "
                     "each referral.", size=st.size - 1, space_before=6))
    return b, st, ["nca_plain_copy", "nca_copy_stamp", "nca_routing_slip"][variant]


BLIND27_TEMPLATES["blind27_nca_transplant_center_referral"] = (t_b27_nca, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["out_of_network"],
    reason=reason_b27_nca))
MODELED_ON["blind27_nca_transplant_center_referral"] = (
    "blind27: Kaiser Permanente Northern California commercial HMO letter to the referring physician, copied to the "
    "member, denying a referral to an out-of-network transplant center for a liver or kidney transplant evaluation "
    "and redirecting the patient to a contracted transplant center with an appointment; a plain letter, a member-copy "
    "stamp line or a routing slip with a print date; the reviewer's name and direct phone, 180-day grievance, "
    "72-hour expedited review, the DMHC statement with IMR, the Health Consumer Alliance, taglines")
