"""Sixty-ninth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND69_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind69_ga_erisa_infusion_center_no_prior_auth_claim")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, agency
names, which rights a plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind69_hi_ma_home_health_nursing_ending``: a Kaiser Permanente Hawaii Medicare Advantage (Senior Advantage;
   plan_type ``medicare_advantage``, state HI, region Hawaii) notice that ends a member's home health skilled nursing
   visits (HCPCS G0299, one line) after a last covered day (``termination_notice``, category
   ``medical_necessity``): the wound has closed or is healing and a caregiver does the dressing, or the heart-failure
   teaching is finished and the member is stable. Diagnoses E11.621 with L97.422, L89.153 (with I50.32 on some
   letters) or I50.32 (with E11.9 on some). The catalogue names no fast-track (QIO) appeal and no Notice of Medicare
   Non-Coverage for home health, so this is an organization determination that ends the authorization: the
   member's right is a reconsideration. The ordering physician asked for more visits on most letters (he or she is
   then ``requesting_provider`` and the request's date is ``request_received``); on the others the plan's own review
   at the end of the authorization started it (``requesting_provider`` and ``request_received`` null). A physician's
   request may be urgent (a 72-hour decision, ``expedited``). Layouts: ``hi_denial_of_coverage_form`` (a "Notice of
   Denial of Medical Coverage" form: a grid of fill-in fields, then headed sections), ``hi_aloha_letter`` (a
   letterhead letter opening "Aloha" and closing "Mahalo") and ``hi_large_print_copy`` (the same notice set in large
   type, the date line with the weekday). Medicare Advantage rights from the catalogue: a reconsideration asked for
   within 60 days of the date of the notice (65 on some letters; 30 or 14 when ``notice.appeal_deadline`` is
   planted), a standard answer within 30 days, a fast reconsideration decided within 72 hours (granted when a doctor
   asks), automatic forwarding to the Independent Review Entity when the plan keeps its decision and later levels,
   1-800-MEDICARE (1-800-633-4227, TTY 1-877-486-2048), a free copy of the case file and the rules used, taglines in
   Hawaii's languages. The catalogue verifies no Kaiser Hawaii number: the home care review office prints its own
   808 line and fax (TTY 711); the appeals address is the Hawaii one the generator keeps. Criteria: Medicare's home
   health coverage rules (42 CFR Part 409) and 42 CFR 422.101(b), sometimes beside the plan's home health nursing
   guideline; a planted ``medicare.internal_criteria`` names the plan's guideline alone. Distractors: the last
   covered day, the start of care, the number of visits completed, the home health agency with its phone and NPI,
   the agency's nurse case manager, a physical therapist whose visits (HCPCS G0151) go on, the caregiver (a relative
   named in the reason and copied), the member's date of birth, the review office's phone and fax, the
   authorization number.

   Which date is which: the letter date is the date line (the form's "Date of notice"); ``request_received`` and
   ``decision`` are stated in the opening or the form's fields. The last covered day and the start of care are other
   dates; ``service`` is always null (a course of visits, not a date of service). Which name is the member: the
   addressee ("Name" on the form). Which reason is the reason: the paragraph under the reason heading. The truth
   counts G0299 only, never G0151; the reviewer is the physician (or, when ``process.reviewer_not_physician`` is
   planted, the nurse) who decided, null when the home care review team signs.

2. ``blind69_scal_fehb_psoriasis_biologic_denied``: a Kaiser Permanente Southern California Federal Employees Health
   Benefits plan (plan_type ``fehb``, state CA) initial denial (``initial_denial``, always ``standard``: the catalogue
   gives FEHB urgent times only as unverified) of a self-injected biologic for plaque psoriasis under the pharmacy
   benefit: Skyrizi (risankizumab-rzaa) pen, Taltz (ixekizumab) autoinjector or Cosentyx (secukinumab) pen. A
   pharmacy-benefit drug has no HCPCS code on the request, so the service is the drug as named with empty codes.
   The category follows the letter's reason, one per letter: step therapy not met (``medical_necessity``: the
   member has not had 12 weeks of a conventional systemic treatment or phototherapy, nor the formulary adalimumab
   biosimilar) or not on the formulary (``not_covered``: the drug is not a formulary drug; the brochure's Section
   5(f) is the plan provision). Diagnosis L40.0 (with L40.50 on some letters). The dermatologist asked on most
   letters; on the others the member asked (then ``requesting_provider`` is null and the dermatologist prints as
   the prescriber only). Layouts: ``scal_pharmacy_determination_form`` (a pharmacy benefit determination form with
   fill-in fields, a check-box line, and a table of medicines tried), ``scal_fehb_letter`` (a letter) and
   ``scal_portal_message_print`` (a kp.org message as a browser prints it: the print date and time atop every page,
   the page address and page count at the foot). FEHB rights from the catalogue: ask us to reconsider within 6
   months of the date of the notice (30 or 90 days when ``notice.appeal_deadline`` is planted), our answer within
   30 days, then review by the U.S. Office of Personnel Management asked for within 90 days of our reconsideration
   decision (or when we do not answer), OPM's address (Healthcare and Insurance, 1900 E Street NW, Washington, DC
   20415), free copies, Section 8 of the brochure, Member Services 1-800-464-4000 (TTY 711), taglines in fifteen
   languages. Distractors: the medicines tried before with their dates, the formulary alternatives, the pharmacy
   and its address, the NDC, quantity and days' supply, copay amounts, the dermatologist and his or her NPI, the
   body surface area and PASI scores, the date of the dermatology visit, the browser's print date.

   Which date is which: the letter date is the date line (the form's "Notice date"; the message's sent line);
   ``request_received`` and ``decision`` are in the opening or the form's fields. Treatment dates, the visit date and
   the print date are other dates; ``service`` is always null. Which name is the member: the addressee. Which reason
   is the reason: the paragraph under the reason heading (the form's "Reason for this determination"). The truth
   counts the drug requested only (never the medicines tried or the formulary alternatives); ``criteria_cited``
   holds the region's psoriasis biologic criteria when a step-therapy letter names them and is empty on a formulary
   letter (the brochure is a plan provision); the reviewer is the physician who decided, null when the pharmacy
   review team signs.

3. ``blind69_ga_erisa_infusion_center_no_prior_auth_claim``: a Kaiser Permanente Georgia employer group plan
   (plan_type ``erisa_group``, state GA) payment denial (``payment_denial``, category ``no_prior_authorization``) of
   a claim from a non-contracted outpatient infusion center for one infusion given without prior authorization:
   infliximab (HCPCS J1745 with CPT 96413 and 96415) or vedolizumab (HCPCS J3380 with CPT 96365) for Crohn's disease
   (K50.90) or ulcerative colitis (K51.90), or immune globulin (HCPCS J1459 with CPT 96365 and 96366) for chronic
   inflammatory demyelinating polyneuritis (G61.81). Every claim line is denied. The billing infusion center is the
   requesting provider. Layouts: ``ga_eob_statement`` (an explanation of benefits: a grid of claim fields, a table of
   claim lines with billed, allowed, paid and member amounts and a note code, the note explained below),
   ``ga_claim_denial_letter`` (a letter that names each line in prose) and ``ga_adjustment_code_legend`` (a letter
   whose claim lines carry adjustment codes, explained in a legend; the denial code's text is the reason). ERISA
   claim rights from the catalogue: an appeal within 180 days of receiving the notice (60 or 90 when
   ``notice.appeal_deadline`` is planted), decided within 60 days, free copies of the claim documents, the right to
   sue under ERISA section 502(a) after the appeal, external review asked for within 4 months of the final internal
   decision (45 CFR 147.136), EBSA 1-866-444-3272 and the Georgia Office of Commissioner of Insurance by name only
   (the catalogue verifies no number for it), the claim amount and the diagnosis and treatment codes free on
   request, the plan provision (Summary Plan Description / Evidence of Coverage), the Kaiser Permanente Health Line
   404-365-0966 / 1-800-611-1811 (the catalogue verifies no Georgia Member Services number), taglines. Distractors:
   the billed and allowed amounts and what the member may owe, the claim number and the number of an earlier dose's
   claim with its date, the center's tax ID, NPI, address and phone, the Kaiser specialist who ordered the drug,
   the plan infusion center where the dose would have been covered, the subscriber (an employee whose spouse is
   the patient on some letters), the employer and group number, note codes that are not the denial's.

   Which date is which: the letter date is the statement date / date line; ``request_received`` is the date the
   claim was received, ``decision`` the date it was processed (when printed) and ``service`` the date of service of
   the infusion. The earlier dose's date is another date. Which name is the member: the patient, never the
   subscriber. Which reason is the reason: the sentences that say why the claim is not paid (the denial code's
   legend text on the code layout; the note text on the statement). The truth counts every line of the claim (the
   drug and its administration); ``criteria_cited`` is always empty and the reviewer always null.

Refused: ``process.emergency_prior_auth`` for the infusion claim (a scheduled infusion, not emergency care). Every
other rule the catalogue allows for these plan types, kinds and categories is planted. Dates use this set's own
styles (``b69date``): "March 14, 2026" (date lines and prose), "Mar. 14, 2026" / "Sept. 3, 2025" (abbreviated with
points, March to July written out), "Saturday, March 14, 2026" (the large-print date line), "3/14/26" (a browser's
print stamp), "03/14/2026" (fields and cells), "MAR 14 2026" (a claims system's cells, day padded) and "2026-03-14"
(a determination form's system fields); ``parse_blind69_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import taglines as _taglines_of
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W

BLIND69_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b69date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b69long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b69ap":  # Mar. 14, 2026 / Sept. 3, 2025 / June 2, 2026 (news style: March-July written out)
        return f"{_AP[d.month - 1]} {d.day}, {d.year}"
    if style == "b69wkfull":  # Saturday, March 14, 2026 (the large-print date line)
        return f"{_WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b69mdy2":  # 3/14/26 (a browser's print stamp: unpadded, two-digit year)
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "b69mdy4pad":  # 03/14/2026 (fields and cells)
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "b69capsnc":  # MAR 14 2026 (a claims system's cells: capitals, no comma, day padded)
        return f"{_MON3[d.month - 1].upper()} {d.day:02d} {d.year}"
    if style == "b69iso":  # 2026-03-14 (a determination form's system fields)
        return d.isoformat()
    raise ValueError(style)


STYLES = ("b69long", "b69ap", "b69wkfull", "b69mdy2", "b69mdy4pad", "b69capsnc", "b69iso")


def parse_blind69_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b69date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+), ([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m:
            if m[1] not in _WEEKDAYS or m[2] not in MONTHS:
                return None
            d = dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
            return d if _WEEKDAYS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([A-Z][a-z]+\.?) ([1-9]\d?), (\d{4})", t)
        if m:
            if m[1] in MONTHS:
                return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
            if m[1] in _AP:
                return dt.date(int(m[3]), _AP.index(m[1]) + 1, int(m[2]))
            return None
        m = re.fullmatch(r"([A-Z]{3}) (\d{2}) (\d{4})", t)
        if m:
            names = [x.upper() for x in _MON3]
            return dt.date(int(m[3]), names.index(m[1]) + 1, int(m[2])) if m[1] in names else None
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b69_fmt"] = w.pick(list(body))
    w.c.extra["b69_head"] = w.pick(list(head))
    w.c.extra["b69_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b69_fmt") -> str:
    if not day:
        return ""
    return b69date(day, w.c.extra[key] if key.startswith("b69_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b69_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(234, 968), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([44.0, 50.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _clock(w: W) -> str:
    h, m = w.rng.randint(7, 17), w.rng.randint(0, 59)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _close(w: W, b: list[Block], words: str, team: str, org: str, size: float | None = None) -> None:
    """The closing: the deciding reviewer (marked) when one signs, else the team."""
    c = w.c
    kw = {"size": size} if size else {}
    b.append(w.p(words, space_before=10, **kw))
    r = c.reviewer
    if not r:
        b.append(w.p(team, space_before=12, **kw))
    else:
        line = M("REVIEWER_NAME", r["name"])
        if r["credentials"]:
            line += f", {M('REVIEWER_CRED', r['credentials'])}"
        b.append(w.p(line, space_before=12, **kw))
        role = c.reviewer_title
        if r["specialty"]:
            role += f" ({M('REVIEWER_SPECIALTY', r['specialty'])})"
        b.append(w.p(role, space_before=0, **kw))
        if r["phone"]:
            b.append(w.p(f"Reviewer's line: {M('REVIEWER_PHONE', r['phone'])}", space_before=0, **kw))
    b.append(w.p(org, space_before=0, **kw))


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "Español: ¿Necesita ayuda en su idioma? Le damos un intérprete o una copia traducida de este aviso, "
          "gratis. Llame al {ph}.",
    "ilo": "Ilokano: No kasapulam ti tulong iti bukodmo a pagsasao, adda libre nga agipatarus para kenka. "
           "Tawagan ti {ph}.",
    "tl": "Tagalog: Kung kailangan mo ng tulong sa iyong wika, may libreng tagasalin o isinaling kopya ng abisong "
          "ito. Tumawag sa {ph}.",
    "ja": "日本語：通訳やこの通知の翻訳版を無料でご用意します。{ph} までお電話ください。",
    "zh": "繁體中文：我們可免費為您提供口譯服務或本通知的翻譯版本。請致電 {ph}。",
    "ko": "한국어: 무료 통역 서비스나 이 통지서의 번역본을 받으실 수 있습니다. {ph}번으로 연락하십시오.",
    "vi": "Tiếng Việt: Quý vị có thể nhận thông dịch viên hoặc bản dịch thông báo này miễn phí. Xin gọi {ph}.",
    "sm": "Gagana Samoa: E mafai ona e maua se tagata faaliliu upu po o se kopi ua faaliliuina o lenei "
          "faasilasilaga, e aunoa ma se totogi. Vili le {ph}.",
    "chk": "Chuukese: Ika ka mochen aninis non om kewe kapas, a wor aninis ese kamo ngonuk. Kokori {ph}.",
    "mh": "Kajin Majōl: Ñe kwōj aikuj jipañ ilo kajin eo am, ewōr jipañ ejjeļo̧k wōņāān. Kallo̧k {ph}.",
    "haw": "ʻŌlelo Hawaiʻi: Inā makemake ʻoe i ke kōkua ma kāu ʻōlelo ponoʻī, he manuahi ia. E kelepona iā {ph}.",
    "hy": "Հայերեն. Կարող եք անվճար ստանալ թարգմանիչ կամ այս ծանուցման թարգմանված օրինակը։ Զանգահարեք {ph}։",
    "fa": "فارسی: شما می‌توانید به‌طور رایگان مترجم شفاهی یا نسخه ترجمه‌شده این اطلاعیه را دریافت کنید. با {ph} "
          "تماس بگیرید.",
    "ru": "Русский: Вы можете бесплатно получить услуги переводчика или переведённую копию этого уведомления. "
          "Звоните по номеру {ph}.",
    "ar": "العربية: يمكنك الحصول مجانًا على مترجم فوري أو نسخة مترجمة من هذا الإشعار. اتصل بالرقم {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਤੁਸੀਂ ਮੁਫ਼ਤ ਦੁਭਾਸ਼ੀਆ ਜਾਂ ਇਸ ਨੋਟਿਸ ਦਾ ਅਨੁਵਾਦ ਲੈ ਸਕਦੇ ਹੋ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "km": "ខ្មែរ៖ អ្នកអាចទទួលបានអ្នកបកប្រែផ្ទាល់មាត់ ឬច្បាប់បកប្រែនៃសេចក្តីជូនដំណឹងនេះ ដោយឥតគិតថ្លៃ។ "
          "សូមហៅទូរស័ព្ទទៅលេខ {ph}។",
    "hmn": "Hmoob: Koj tau txais ib tug neeg txhais lus los yog daim ntawv no ua koj hom lus pub dawb. Hu rau {ph}.",
    "hi": "हिंदी: आप निःशुल्क दुभाषिया या इस सूचना का अनुवादित संस्करण प्राप्त कर सकते हैं। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: ท่านสามารถขอรับล่ามหรือฉบับแปลของหนังสือแจ้งนี้ได้ฟรี โทร {ph}",
    "am": "አማርኛ፦ አስተርጓሚ ወይም የዚህን ማስታወቂያ ትርጉም በነጻ ማግኘት ይችላሉ። በ{ph} ይደውሉ።",
    "fr": "Français : Vous pouvez obtenir gratuitement un interprète ou une copie traduite de cet avis. Appelez le "
          "{ph}.",
    "gu": "ગુજરાતી: તમે મફતમાં દુભાષિયો અથવા આ સૂચનાનો અનુવાદ મેળવી શકો છો. {ph} પર ફોન કરો.",
    "pt": "Português: Você pode receber gratuitamente um intérprete ou uma cópia traduzida deste aviso. Ligue para "
          "{ph}.",
    "de": "Deutsch: Sie können kostenlos einen Dolmetscher oder eine übersetzte Fassung dieses Schreibens erhalten. "
          "Rufen Sie {ph} an.",
}
_TAG_SETS = {
    "HI": ["es", "ilo", "tl", "ja", "zh", "ko", "vi", "sm", "chk", "mh", "haw"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "GA": ["es", "vi", "ko", "zh", "am", "fr", "gu", "hi", "ar", "ru", "pt", "de"],
}
_TAG_LEAD = [
    "Language help at no cost: an interpreter, or this notice in another language or format, is free. Call {ph}.",
    "If English is hard for you to read, we can help for free, in your language. Call {ph}.",
]


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    return _taglines_of(w, _TAG, _TAG_SETS[key], ph, heading, size, lead=_TAG_LEAD)


# === 1. Hawaii Medicare Advantage: home health skilled nursing visits end ==========================================

_HI_ADDR = GRIEVANCE_ADDR["Hawaii"]
_HI_SVC = ["Home health skilled nursing visits", "Skilled nursing visits in your home by a registered nurse",
           "Registered nurse home health visits"]
_HI_AGENCIES = ["Makana Home Health Services", "Koolau Home Care Nursing, LLC", "Pacific Lei Home Health Agency",
                "Mauka Home Health of Oahu", "Kilohana Visiting Nurses"]
_HI_REL = ["daughter", "son", "wife", "husband", "niece", "grandson"]
_HI_STORIES = [
    dict(key="foot", dx=[("Type 2 diabetes mellitus with foot ulcer", "E11.621"),
                         ("Non-pressure chronic ulcer of left heel and midfoot with fat layer exposed", "L97.422")],
         more=None, care="dressing changes for the ulcer on your left heel"),
    dict(key="sacral", dx=[("Pressure ulcer of sacral region, stage 3", "L89.153")],
         more=("Chronic diastolic (congestive) heart failure", "I50.32"),
         care="wound care for the pressure sore at the base of your spine"),
    dict(key="chf", dx=[("Chronic diastolic (congestive) heart failure", "I50.32")],
         more=("Type 2 diabetes mellitus without complications", "E11.9"),
         care="teaching about your heart medicines, daily weights and a low-salt diet"),
]
_HI_MEDICARE = ["Medicare's home health coverage rules (42 CFR Part 409)",
                "Medicare Advantage coverage rules at 42 CFR 422.101(b)"]
_HI_PLAN = "Kaiser Permanente Hawaii Home Health Skilled Nursing Guideline"
_HI_SPECS = ["Internal Medicine", "Geriatric Medicine", "Family Medicine", None]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b69_hi"):
        return
    c.extra["b69_hi"] = True
    variant = c.extra["hi_variant"] = w.rng.randrange(3)  # 0 denial-of-coverage form, 1 aloha letter, 2 large print
    head = {0: ("b69mdy4pad", "b69long"), 1: ("b69long", "b69ap"), 2: ("b69wkfull",)}[variant]
    _fmt(w, ("b69long", "b69ap"), head, ("b69mdy4pad",))
    c.state, c.region = "HI", "Hawaii"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    c.category = "medical_necessity"
    c.service = None
    c.services = [dict(text=w.pick(_HI_SVC), codes=["G0299"], decision="denied")]
    story = c.extra["hi_story"] = w.pick(_HI_STORIES)
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in story["dx"]]
    if story["more"] and w.chance(0.45):
        c.diagnoses.append(dict(text=story["more"][0], codes=[story["more"][1]]))
    last = c.member_name.split()[-1]
    c.extra["dob"] = dt.date(w.rng.randint(1934, 1957), w.rng.randint(1, 12), w.rng.randint(1, 28))
    c.extra["hi_caregiver"] = (person(w.rng, 0.0)[1], last, w.pick(_HI_REL))
    c.extra["hi_agency"] = (w.pick(_HI_AGENCIES), _phone(w, ["808"], w.rng.randrange(3)),
                            f"1{w.rng.randint(10**8, 10**9 - 1)}")
    c.extra["hi_cm"] = person(w.rng, 0.0)[0] + w.pick([", RN", ", RN, BSN"])
    c.extra["hi_pt"] = (person(w.rng, 0.0)[0] + w.pick([", PT, DPT", ", PT"])) if w.chance(0.6) else None
    c.extra["hi_last"] = c.letter + dt.timedelta(days=w.rng.randint(2, 6))
    c.extra["hi_visits"] = w.rng.randint(9, 21)
    c.extra["hi_more"] = w.pick([4, 6, 8])
    c.extra["hi_weeks"] = w.pick([3, 4, 5])
    c.extra["hi_auth"] = f"HH{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["hi_line"] = _phone(w, ["808"], 0)
    c.extra["hi_fax"] = _phone(w, ["808"], 1)
    urgent = c.urgency == "expedited"
    if urgent or w.chance(0.7):
        name = person(w.rng, 0.15)[0]
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D.", f"{name}, DO"])
    else:
        c.provider = None
        c.received = None  # the plan's own review at the end of the authorization: nobody asked
    if c.received:
        c.extra["hi_soc"] = c.received - dt.timedelta(days=w.rng.randint(30, 58))
    else:
        c.extra["hi_soc"] = c.letter - dt.timedelta(days=w.rng.randint(34, 62))
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Home Health Utilization Nurse", "Care Review Coordinator"], ["RN", "RN, CCM"])
    elif w.chance(0.75):
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(_HI_SPECS),
                          phone=_phone(w, ["808"], 0) if w.chance(0.55) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Senior Advantage",
                                   "Home Health Physician Advisor"])
    else:
        c.reviewer = None
    if _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [_HI_PLAN]
    else:
        c.criteria = w.rng.sample(_HI_MEDICARE, w.pick([1, 2])) + ([_HI_PLAN] if w.chance(0.3) else [])
    _flags(c)


def reason_b69_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    if _bare(c):
        return "Continued home health skilled nursing visits are not medically necessary for you."
    cg, _last, rel = c.extra["hi_caregiver"]
    agency = c.extra["hi_agency"][0]
    weeks = c.extra["hi_weeks"]
    key = c.extra["hi_story"]["key"]
    if key == "foot":
        a = w.pick(["2.4", "2.8", "3.1"])
        z = w.pick(["0.6", "0.8", "0.9"])
        return w.pick([
            f"The visit notes from {agency} show that the ulcer on your left heel has shrunk from {a} cm to {z} cm "
            f"across and has shown no sign of infection for the last {weeks} weeks. Your {rel}, {cg}, has changed the "
            f"dressing at each visit while the nurse watched and does it correctly. Changing a simple dressing on a "
            f"healing wound does not need a nurse's skills, so more skilled nursing visits are not medically "
            f"necessary.",
            f"Your heel ulcer is healing: it measured {a} cm when the visits began and {z} cm at the last visit, with "
            f"no drainage or redness for {weeks} weeks. {cg} has learned the dressing change and now does it between "
            f"visits. Care that a trained family member can give safely is not skilled nursing care, and Medicare "
            f"covers home nursing visits only while a nurse's skills are needed.",
        ])
    if key == "sacral":
        return w.pick([
            f"The pressure sore at the base of your spine has closed. The nurse's notes for the last {weeks} weeks "
            f"describe new skin over the area with no drainage. What remains is turning you in bed, keeping the skin "
            f"clean and dry and using the pressure-relief cushion, which your {rel}, {cg}, has been taught to do. "
            f"This care does not need a registered nurse, so more skilled nursing visits are not medically necessary.",
            f"Your sacral wound has healed over, as the measurements recorded by {agency} show, and it has stayed "
            f"closed for {weeks} weeks. Preventing a new sore now depends on regular turning, skin checks and "
            f"good nutrition. {cg} gives this care every day. Because no skilled nursing task is left, the nursing "
            f"visits are no longer medically necessary.",
        ])
    return w.pick([
        f"Over the last {weeks} weeks your weight has stayed within 2 pounds of your target, you have had no swelling "
        f"in your legs and no emergency visits. You and your {rel}, {cg}, now keep the daily weight log and fill your "
        f"weekly pill box without help, as the nurse's notes show. The teaching is complete and your condition is "
        f"stable, so more visits by a registered nurse are not medically necessary.",
        f"The nurse's visits were to teach you to manage your heart failure at home. The notes from {agency} show you "
        f"can now weigh yourself daily, know which changes to call your doctor about, and take your water pill "
        f"correctly, with {cg} helping. Your weight and breathing have been stable for {weeks} weeks. Checking on a "
        f"stable condition does not need skilled nursing, so the visits are not medically necessary.",
    ])


def _hi_rights(w: W, b: list[Block], head, big: bool) -> None:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(_HI_ADDR)
    line, fax = c.extra["hi_line"], c.extra["hi_fax"]
    head(w.pick(["If you think we are wrong, you can appeal", "Your right to ask for a reconsideration"]))
    b.append(w.p(w.pick([
        f"You can ask us to look at this decision again. Medicare calls this a reconsideration. Your request must "
        f"reach us within {days} of the date of this notice. Write to {addr}, fax it to {fax}, or call us at "
        f"{line} (TTY 711). Your doctor or another person you name can ask for you.",
        f"To appeal, ask for a reconsideration no later than {days} after the date on this notice. You may call "
        f"{line} (TTY 711), fax {fax}, or mail your request to {addr}. Tell us why you disagree and send any "
        f"records or notes from your doctor that may help.",
    ])))
    b.append(w.p(w.pick([
        "We will answer a standard reconsideration within 30 days.",
        "For a standard reconsideration, you will have our answer within 30 days of when we get your request.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting 30 days could seriously harm your health, ask for a fast (expedited) reconsideration. We "
            "will decide within 72 hours. If any doctor asks for a fast appeal for you, or supports your request, "
            "we will give you one.",
            "Fast appeals: when your health could be seriously hurt by waiting, you or your doctor can ask us to "
            "decide within 72 hours. Say that you want an expedited reconsideration when you call or write. A "
            "request a doctor makes or supports is always handled fast.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we keep our decision, we send your case on to the Independent Review Entity, an organization that "
            "Medicare contracts with and that is not part of Kaiser Permanente. You do not have to ask. If you "
            "disagree with its decision, there are further levels of appeal, including a hearing before an "
            "Administrative Law Judge.",
            "When our reconsideration does not change the decision, your file goes on its own to the Independent "
            "Review Entity for a new look by reviewers outside our plan. Its decision letter explains the next "
            "levels of appeal if you still disagree.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for a free copy of your case file, including the visit notes and the coverage rules we used.",
        "Copies of the records and rules used for this decision are free. Call us to ask for them.",
    ])))
    if not big:
        b.append(w.p(w.pick([
            "If you keep getting nursing visits after the last covered day, you may have to pay for them.",
            "Visits after the last covered day will not be paid by the plan unless this decision is changed on "
            "appeal.",
        ])))
    b.append(w.p(w.pick([
        "For help with Medicare, call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY users "
        "call 1-877-486-2048.",
        "Medicare can also answer questions: 1-800-MEDICARE (1-800-633-4227); TTY 1-877-486-2048.",
    ])))


def t_b69_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = c.extra["hi_variant"]
    big = variant == 2
    if big:
        st = _style(w, ["helvetica"], [14.0, 15.0], [50.0, 54.0])
        st.small = 10.0
    else:
        st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [54.0, 60.0, 66.0])
    svc = c.services[0]
    cg, cg_last, rel = c.extra["hi_caregiver"]
    agency, ag_ph, ag_npi = c.extra["hi_agency"]
    cm, pt = c.extra["hi_cm"], c.extra["hi_pt"]
    lastday, soc = c.extra["hi_last"], c.extra["hi_soc"]
    visits, more, auth = c.extra["hi_visits"], c.extra["hi_more"], c.extra["hi_auth"]
    line, fax = c.extra["hi_line"], c.extra["hi_fax"]
    cell = c.extra["b69_cell"]
    urgent = c.urgency == "expedited"
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    item = f"{w.svc(svc)} (HCPCS {w.code('G0299')})"
    prov = M("PROVIDER", c.provider) if c.provider else ""
    st.footer = [w.pick([f"Authorization {auth} | page {{page}} of {{pages}}", "Page {page} of {pages}",
                         "Kaiser Permanente Senior Advantage - Hawaii"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t.upper() if big else t, space_before=10 if big else 8,
                     size=st.size + (0 if big else 0.5), shade=variant == 0))

    # --- top of the notice
    if variant == 0:
        b.append(w.p("Kaiser Permanente Senior Advantage (HMO) | Hawaii", size=st.size - 1, space_before=0))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.h("Notice of Denial of Medical Coverage", align="center", space_before=10, size=st.size + 3))
        b.append(w.p("This notice ends care you are getting now. Please read all of it.", align="center",
                     space_before=0, italic=True))
        b.append(Block("fields", rows=[
            ["Date of notice:", _dm(w, "DATE_LETTER", c.letter, "b69_head"), "Member number:", w.mid()],
            ["Name:", w.name(), "Date of birth:", b69date(c.extra["dob"], cell)],
            ["Home health agency:", agency, "Agency phone:", ag_ph],
            ["Start of care:", b69date(soc, cell), "Visits so far:", str(visits)],
            ["Last covered day:", b69date(lastday, cell), "Authorization:", auth],
            ["Request received:", rec or "-", "Decision date:", dec or "-"],
        ], space_before=8, size=st.size - 0.5))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9 if not big else 11,
                       left=["KAISER PERMANENTE", "Senior Advantage, Hawaii"],
                       right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", "Home Care Review",
                              f"{line} | TTY 711"]))
        if big:
            b.append(w.p("LARGE-PRINT COPY OF YOUR NOTICE", bold=True, space_before=6))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b69_head"), space_before=10))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        if big:
            b.append(w.p(f"Member number: {w.mid()}", space_before=8))
            b.append(w.h("YOUR HOME NURSING VISITS ARE ENDING", space_before=10, size=st.size + 1))
        else:
            b.append(w.p(f"Member number: {w.mid()}    Authorization: {auth}", bold=True, space_before=8))
        b.append(w.p(f"Aloha {c.member_salute},", space_before=10))
    # --- what happened
    if c.provider:
        ask = (f"{prov}, who orders your home health care, asked us to approve {more} more visits from {agency} "
               f"for this care: {item}.")
        if rec and variant != 0:
            ask += f" We received the request on {rec}."
        if urgent:
            ask += (" Your doctor asked for a fast decision because waiting could harm your health, so we made "
                    "this decision within 72 hours.")
    else:
        ask = (f"Your authorization for {item} from {agency} was coming to an end, so our home care review team "
               f"looked again at your care, as we do before each authorization ends.")
    if dec and variant != 0:
        ask += f" We made our decision on {dec}."
    if variant == 0:
        head("What we decided")
    b.append(w.p(ask))
    b.append(w.p(w.pick([
        f"We will not cover more skilled nursing visits after {_fd(w, lastday)}. That is the last day we cover.",
        f"Your skilled nursing visits are covered through {_fd(w, lastday)} and will stop after that day.",
    ]), bold=True))
    b.append(w.p(w.pick([
        f"Since your care started on {_fd(w, soc)}, the agency's nurses, led by your case manager {cm}, have made "
        f"{visits} visits.",
        f"{agency} has made {visits} nursing visits since the start of care on {_fd(w, soc)}; {cm} is your nurse "
        f"case manager there.",
    ])))
    if pt:
        b.append(w.p(w.pick([
            f"This notice is only about nursing. Physical therapy visits with {pt} (HCPCS G0151) are not part of "
            f"this decision and continue as planned.",
            f"Your physical therapy at home with {pt} (G0151) is not affected by this notice.",
        ])))
    b.append(w.p(f"Diagnosis: {dxs}."))
    head(w.pick(["Why we made this decision", "The reason for our decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["We applied ", "This decision follows "]) + " and ".join(w.crit(x) for x in c.criteria)
                     + "."))
    if not _bare(c):
        b.append(w.p(w.pick([
            f"We reviewed the plan of care, the visit notes from {agency} and the notes from {cm}.",
            f"The records we looked at were the home health plan of care and the nursing notes sent by {agency}.",
        ])))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["This decision was made by ", "The reviewer who decided is "]), ".")))
    _hi_rights(w, b, head, big)
    head(w.pick(["Questions", "Who to call"]))
    b.append(w.p(f"Call Home Care Review at {line} (TTY 711), Monday through Friday, 8:00 a.m. to 4:30 p.m. "
                 f"Hawaii time. Our fax is {fax}. You can reach {agency} at {ag_ph} (NPI {ag_npi})."))
    if variant == 0:
        _close(w, b, "Kaiser Permanente Senior Advantage", "Home Care Review Team", "Hawaii Region")
    else:
        _close(w, b, "Mahalo,", "Home Care Review Team", "Kaiser Permanente Hawaii", size=st.size if big else None)
    cc = [x for x in (c.provider, agency, f"{cg} {cg_last} ({rel})") if x]
    b.append(w.p("cc: " + "; ".join(cc), space_before=8, size=st.size - (2 if big else 1)))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free help in your language: {line} (TTY 711).",
                             f"Interpreters are free of charge. Call {line}, TTY 711."]), space_before=8))
    b += _taglines(w, "HI", line, w.pick([None, "Language help"]), size=9.0 if big else 7.0)
    return b, st, ["hi_denial_of_coverage_form", "hi_aloha_letter", "hi_large_print_copy"][variant]


BLIND69_TEMPLATES["blind69_hi_ma_home_health_nursing_ending"] = (t_b69_hi, dict(
    plans=["medicare_advantage"], states=["HI"], kinds=["termination_notice"], cats=["medical_necessity"],
    reason=reason_b69_hi))
MODELED_ON["blind69_hi_ma_home_health_nursing_ending"] = (
    "blind69: Kaiser Permanente Hawaii Senior Advantage notice ending home health skilled nursing visits (G0299) "
    "after a last covered day; a 'Notice of Denial of Medical Coverage' form, an 'Aloha' letter, or a large-print "
    "copy; 60-day reconsideration, 30-day answer, 72-hour fast appeal, Independent Review Entity, 1-800-MEDICARE, "
    "free case file, taglines in Hawaii's languages")


# === 2. Southern California FEHB: a psoriasis biologic under the pharmacy benefit ===================================

_FE_MS = "1-800-464-4000"
_FE_ADDR = GRIEVANCE_ADDR["Southern California"]
_FE_OPM = ("United States Office of Personnel Management, Healthcare and Insurance, 1900 E Street NW, Washington, "
           "DC 20415")
_FE_DRUGS = [
    dict(name="Skyrizi (risankizumab-rzaa) 150 mg/mL prefilled pen", short="Skyrizi", ndc="0074-2100-01",
         qty="1 pen", days=84, sig="150 mg under the skin at week 0 and week 4, then every 12 weeks"),
    dict(name="Taltz (ixekizumab) 80 mg/mL autoinjector", short="Taltz", ndc="0002-1445-11",
         qty="1 autoinjector", days=28, sig="160 mg at week 0, 80 mg every 2 weeks to week 12, then every 4 weeks"),
    dict(name="Cosentyx (secukinumab) 150 mg/mL Sensoready pen", short="Cosentyx", ndc="0078-0639-41",
         qty="2 pens", days=28, sig="300 mg weekly for 5 doses, then every 4 weeks"),
]
_FE_TOPICALS = ["clobetasol propionate 0.05% ointment", "calcipotriene 0.005% cream",
                "triamcinolone acetonide 0.1% cream", "betamethasone dipropionate 0.05% ointment"]
_FE_CRIT = ["Kaiser Permanente Southern California Biologic Therapy Criteria for Plaque Psoriasis",
            "Kaiser Permanente Southern California Specialty Drug Step Therapy Guideline"]
_FE_TEAM = "Pharmacy Coverage Review (FEHB)"


def _fe_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b69_fe"):
        return
    c.extra["b69_fe"] = True
    variant = c.extra["fe_variant"] = w.rng.randrange(3)  # 0 determination form, 1 letter, 2 portal print
    head = {0: ("b69mdy4pad", "b69iso"), 1: ("b69long", "b69ap"), 2: ("b69ap", "b69long")}[variant]
    _fmt(w, ("b69long", "b69ap"), head, ("b69mdy4pad", "b69iso") if variant == 0 else ("b69mdy4pad",))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    c.urgency = "standard"
    # a standard pre-service request: decided within the brochure's days, or late only when the defect is planted
    if c.received and c.decision:
        late = _has(c, "process.decision_untimely")
        c.received = c.decision - dt.timedelta(days=w.rng.randint(20, 40) if late else w.rng.randint(2, 12))
    elif c.received:
        c.received = c.letter - dt.timedelta(days=w.rng.randint(2, 12))
    c.service = None
    drug = c.extra["fe_drug"] = w.pick(_FE_DRUGS)
    c.services = [dict(text=drug["name"], codes=[], decision="denied")]
    c.diagnoses = [dict(text="Psoriasis vulgaris", codes=["L40.0"])]
    if w.chance(0.35):
        c.diagnoses.append(dict(text="Arthropathic psoriasis, unspecified", codes=["L40.50"]))
    start = c.received or c.letter
    top1, top2 = w.rng.sample(_FE_TOPICALS, 2)
    t1 = start - dt.timedelta(days=w.rng.randint(300, 520))
    t2 = t1 + dt.timedelta(days=w.rng.randint(60, 150))
    mtx_weeks = w.pick([5, 6, 8])
    mtx_start = start - dt.timedelta(days=w.rng.randint(90, 160))
    mtx_stop = mtx_start + dt.timedelta(weeks=mtx_weeks)
    c.extra["fe_tried"] = [(top1, t1, t2 - dt.timedelta(days=1), "not enough improvement"),
                           (top2, t2, None, "still using"),
                           ("methotrexate 15 mg once a week", mtx_start, mtx_stop, "stopped for nausea")]
    c.extra["fe_mtx_weeks"] = mtx_weeks
    c.extra["fe_visit"] = start - dt.timedelta(days=w.rng.randint(2, 12))
    c.extra["fe_bsa"] = w.pick([6, 8, 9, 11, 12, 14])
    c.extra["fe_pasi"] = w.pick(["7.8", "9.4", "10.6", "12.2", "13.5"])
    fac = w.pick(facilities("CA", "Southern California"))
    c.extra["fe_pharmacy"] = (w.pick(["Kaiser Permanente Specialty Pharmacy", "KP Specialty Pharmacy Services",
                                      "Kaiser Permanente Mail Order Specialty Pharmacy"]),
                              address(w.rng, "CA", "Southern California"),
                              _phone(w, ["626", "714", "909", "951", "562"], w.rng.randrange(3)))
    c.extra["fe_copay"] = (w.pick(["$50", "$75", "$100"]), w.pick(["$10", "$15", "$20"]))
    c.extra["fe_ref"] = f"RX-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["fe_derm"] = (person(w.rng, 0.15)[0], fac, f"1{w.rng.randint(10**8, 10**9 - 1)}")
    name = c.extra["fe_derm"][0]
    derm = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["fe_derm_label"] = derm
    c.provider = derm if w.chance(0.7) else None
    c.extra["fe_print"] = c.letter + dt.timedelta(days=w.rng.randint(0, 5))
    c.extra["fe_clock"] = (_clock(w), _clock(w))
    mn = c.category == "medical_necessity"
    if w.chance(0.6 if mn else 0.25):
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Dermatology", None]) if mn else None,
                          phone=_phone(w, ["626", "909"], 0) if w.chance(0.4) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Physician Advisor, Pharmacy Review"])
    else:
        c.reviewer = None
    if mn and not _bare(c) and w.chance(0.65):
        c.criteria = [_FE_CRIT[0]] + ([_FE_CRIT[1]] if w.chance(0.35) else [])
    else:
        c.criteria = []
    _flags(c)


def reason_b69_fe(w: W) -> str:
    _fe_setup(w)
    c = w.c
    drug = c.extra["fe_drug"]["short"]
    nc = c.category == "not_covered"
    if _bare(c):
        return (f"{drug} is not on the formulary and is not covered." if nc
                else f"{drug} is not medically necessary for you at this time.")
    weeks = c.extra["fe_mtx_weeks"]
    if nc:
        return w.pick([
            f"Your plan covers prescription drugs that are on the Kaiser Permanente drug formulary. {drug} is not on "
            f"the formulary. For plaque psoriasis the formulary lists an adalimumab biosimilar and ustekinumab, and "
            f"your records do not show that either one was tried or cannot be used. Because {drug} is not a "
            f"formulary drug, it is not covered under your prescription drug benefit.",
            f"{drug} is a non-formulary drug, and non-formulary drugs are not covered by your prescription drug "
            f"benefit. Biologic medicines for psoriasis that are on our formulary, an adalimumab biosimilar and "
            f"ustekinumab, are covered, and nothing sent to us shows that they would not work for you or are unsafe "
            f"for you.",
        ])
    return w.pick([
        f"Our criteria for {drug} in plaque psoriasis call for at least 12 weeks of a standard systemic treatment "
        f"(methotrexate, cyclosporine, acitretin or light therapy) and then a trial of the formulary biologic, an "
        f"adalimumab biosimilar. Your records show topical creams and ointments and {weeks} weeks of methotrexate, "
        f"stopped because of nausea. No light therapy or other systemic medicine is recorded, and you have not tried "
        f"the adalimumab biosimilar. Because these steps have not been completed, {drug} is not medically necessary "
        f"for you now.",
        f"Before {drug} is covered, a member with plaque psoriasis needs to have tried a standard systemic treatment "
        f"for 12 weeks or more, or light therapy, and the adalimumab biosimilar on our formulary. You took "
        f"methotrexate for {weeks} weeks, and the chart does not show light therapy, another systemic medicine, or "
        f"a reason you cannot use the adalimumab biosimilar. The step therapy requirements are not met, so we cannot "
        f"approve {drug} as medically necessary.",
    ])


def _fe_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    addr = ", ".join(_FE_ADDR)
    no_prov = _has(c, "notice.plan_provision")
    head(w.pick(["How to ask us to reconsider", "If you disagree with our decision"]))
    b.append(w.p(w.pick([
        f"You have the right to ask us to reconsider this decision. Send your request in writing within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice to {addr}. Say why you think we should "
        f"cover the drug and include any letter or records from your doctor.",
        f"To ask for reconsideration, write to {addr} within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of "
        f"this notice. Include this notice, your reasons, and any medical records that support the request.",
    ])))
    b.append(w.p(w.pick([
        "Within 30 days after we receive your request, we will approve the drug, send you our written decision, or "
        "ask you for more information.",
        "We will answer your reconsideration request within 30 days of receiving it.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            f"If we do not change our decision, or if we do not answer in 30 days, you may ask the U.S. Office of "
            f"Personnel Management (OPM) to review it. Write to OPM within 90 days of our reconsideration decision: "
            f"{_FE_OPM}.",
            f"The next step after our reconsideration is a review by OPM, the federal agency that runs the Federal "
            f"Employees Health Benefits Program. Send your request within 90 days of the date of our decision to "
            f"{_FE_OPM}. You may also write to OPM if we have not answered you within 30 days.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the records, criteria and other papers we used to decide.",
        "Copies of everything we relied on for this decision are available at no cost if you ask.",
    ])))
    if not no_prov:
        b.append(w.p("The disputed claims process is explained in full in Section 8 of your FEHB brochure."))
    b.append(w.p(f"Questions: Member Services, {_FE_MS} (TTY 711), 7 days a week, 24 hours a day, closed holidays."))


def _fe_provision(w: W, b: list[Block]) -> None:
    c = w.c
    if c.category != "not_covered" or _has(c, "notice.plan_provision"):
        return
    b.append(w.p(w.pick([
        "See Section 5(f), Prescription drug benefits, of your FEHB brochure: covered drugs are those on our "
        "formulary, and drugs that are not on the formulary are not covered unless we approve an exception.",
        "The plan provision we applied is in your FEHB brochure, Section 5(f), Prescription drug benefits, which "
        "limits coverage to formulary drugs.",
    ])))
    b.append(w.p(w.pick([
        "Your dermatologist may ask for a formulary exception if the formulary medicines cannot be used.",
        "A formulary exception can be requested by the prescriber when the listed medicines are not right for you.",
    ])))


def t_b69_fe(w: W):
    _fe_setup(w)
    c = w.c
    variant = c.extra["fe_variant"]
    st = _style(w, ["helvetica", "times"] if variant != 2 else ["helvetica"], [9.0, 9.5, 10.0],
                [48.0, 54.0, 60.0])
    svc = c.services[0]
    drug = c.extra["fe_drug"]
    derm_name, derm_fac, derm_npi = c.extra["fe_derm"]
    derm = c.extra["fe_derm_label"]
    pharm, ph_addr, ph_phone = c.extra["fe_pharmacy"]
    spec_copay, generic_copay = c.extra["fe_copay"]
    ref = c.extra["fe_ref"]
    cell = c.extra["b69_cell"]
    rec = _dm(w, "DATE_RECEIVED", c.received, "b69_cell" if variant == 0 else "b69_fmt")
    dec = _dm(w, "DATE_DECISION", c.decision, "b69_cell" if variant == 0 else "b69_fmt")
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    prescriber = M("PROVIDER", c.provider) if c.provider else derm
    asker = (f"{M('PROVIDER', c.provider)}, your dermatologist, asked us" if c.provider
             else "You asked us")
    visit = c.extra["fe_visit"]
    bsa, pasi = c.extra["fe_bsa"], c.extra["fe_pasi"]
    tried = c.extra["fe_tried"]
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    if variant == 2:
        p_date, p_clock = b69date(c.extra["fe_print"], "b69mdy2"), c.extra["fe_clock"][0]
        st.header = [f"{p_date}, {p_clock} Message Center - kp.org"]
        st.header_all_pages = True
        st.footer = ["https://healthy.kaiserpermanente.org/southern-california/secure/message-center/inbox "
                     "{page}/{pages}"]
        st.footer_align = "left"
    else:
        st.footer = [w.pick([f"Reference {ref} - page {{page}} of {{pages}}", "Page {page} of {pages}",
                             "Kaiser Permanente FEHB - Southern California"])]
        st.footer_align = w.pick(["center", "right"])

    if variant == 0:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Southern California"],
                       right=["Federal Employees Health Benefits Program", "Pharmacy Coverage Review",
                              f"Member Services {_FE_MS} (TTY 711)"]))
        b.append(w.h("PHARMACY BENEFIT DETERMINATION", align="center", space_before=8, size=st.size + 2))
        b.append(w.p(w.name(), space_before=6))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(Block("fields", rows=[
            ["Notice date:", _dm(w, "DATE_LETTER", c.letter, "b69_head"), "Reference:", ref],
            ["Member:", w.name(), "Member ID:", w.mid()],
            ["Drug requested:", w.svc(svc), "NDC:", drug["ndc"]],
            ["Quantity:", drug["qty"], "Days' supply:", str(drug["days"])],
            ["Requested by:", prescriber if c.provider else "Member", "Prescriber:", derm],
            ["Prescriber NPI:", derm_npi, "Prescriber site:", derm_fac],
            ["Pharmacy:", pharm, "Pharmacy phone:", ph_phone],
            ["Request received:", rec or "-", "Decision date:", dec or "-"],
        ], space_before=8, size=st.size - 0.5))
        b.append(w.p("Determination:  [X] Not approved   [ ] Approved   [ ] Approved with changes", bold=True,
                     space_before=8))
        if _bare(c):
            b.append(w.p(f"Diagnosis: {dxs}."))
        else:
            b.append(w.p(f"Diagnosis: {dxs}. Body surface area {bsa}%, PASI {pasi} (dermatology visit "
                         f"{b69date(visit, cell)})."))
            head("Medicines on file for psoriasis")
            rows = [["Medicine", "Started", "Stopped", "Result"]]
            for name, a, z, res in tried:
                rows.append([name, b69date(a, cell), b69date(z, cell) if z else "-", res])
            b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.0))
        head("Reason for this determination")
        b.append(w.p(M("REASON", w.reason)))
    else:
        if variant == 1:
            b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                           left=["KAISER PERMANENTE", "Southern California"],
                           right=["Kaiser Foundation Health Plan, Inc.", "FEHB Pharmacy Coverage Review",
                                  f"Member Services {_FE_MS} (TTY 711)"]))
            b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b69_head"), space_before=12))
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", bold=True, space_before=8))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        else:
            b.append(w.p("My Health Manager > Message Center > Inbox", size=st.size - 1, space_before=0))
            b.append(w.h("Your prescription coverage request: our decision", space_before=6, size=st.size + 2))
            b.append(w.p(f"From Pharmacy Coverage Review (FEHB), sent "
                         f"{_dm(w, 'DATE_LETTER', c.letter, 'b69_head')} at {c.extra['fe_clock'][1]}",
                         space_before=4))
            b.append(w.p(f"To {w.name()} | Medical record number {w.mid()}", space_before=0))
            b.append(Block("rule", space_before=6))
            b.append(w.p(f"Hello {c.member_salute},", space_before=6))
        intro = (f"{asker} to cover {w.svc(svc)} under the prescription drug benefit of your Federal Employees "
                 f"Health Benefits plan.")
        if not c.provider:
            intro += f" It was prescribed by {derm} at {derm_fac}."
        if rec:
            intro += f" We received the request on {rec}."
        if dec:
            intro += f" We decided it on {dec}."
        b.append(w.p(intro))
        b.append(w.p(w.pick([f"We are not able to approve {drug['short']}.",
                             f"Our decision: {drug['short']} is not approved."]), bold=True))
        b.append(w.p(f"The prescription was for {drug['qty']} ({drug['days']} days' supply, NDC {drug['ndc']}): "
                     f"{drug['sig']}. It was sent to {pharm}, {', '.join(ph_addr)}, {ph_phone}."))
        if _bare(c):
            b.append(w.p(f"Diagnosis: {dxs}."))
        else:
            b.append(w.p(f"Diagnosis: {dxs}. At your dermatology visit on {_fd(w, visit)}, psoriasis covered {bsa}% "
                         f"of your body surface area (PASI score {pasi})."))
        head(w.pick(["Why we made this decision", "The reason"]))
        b.append(w.p(M("REASON", w.reason)))
        if not _bare(c):
            past = "; ".join(f"{n} from {_fd(w, a)}" + (f" to {_fd(w, z)}" if z else "") for n, a, z, _r in tried)
            b.append(w.p(f"Medicines for psoriasis in your record: {past}."))
    if c.criteria:
        b.append(w.p(w.pick(["We used ", "This review followed "]) + " and ".join(w.crit(x) for x in c.criteria)
                     + "."))
    _fe_provision(w, b)
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["The physician who reviewed this request is ", "Reviewed by "]), ".")))
    b.append(w.p(w.pick([
        f"If a covered biologic is approved later, your copay at a plan pharmacy would be {spec_copay} for up to a "
        f"30-day supply; topical medicines stay at {generic_copay}.",
        f"For your information: specialty drugs on the formulary have a {spec_copay} copay per 30-day supply, and "
        f"generic creams and ointments {generic_copay}.",
    ]), size=st.size - 0.5))
    _fe_rights(w, b, head)
    if variant == 2:
        b.append(w.p("Pharmacy Coverage Review", space_before=10))
        if c.reviewer:
            r = c.reviewer
            sig = M("REVIEWER_NAME", r["name"]) + (f", {M('REVIEWER_CRED', r['credentials'])}"
                                                    if r["credentials"] else "")
            b.append(w.p(f"Signed for the team by {sig}", space_before=0))
        b.append(w.p("Please do not reply to this message to ask for reconsideration; send it by mail as "
                     "described above.", size=st.size - 1, space_before=6))
    else:
        _close(w, b, "Sincerely,", _FE_TEAM, "Kaiser Permanente Southern California")
    b.append(w.p(f"cc: {derm}, Dermatology, {derm_fac}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help: {_FE_MS} (TTY 711).",
                             f"Interpreter services are free: {_FE_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "CA", _FE_MS, w.pick([None, "Help in your language"]))
    return b, st, ["scal_pharmacy_determination_form", "scal_fehb_letter", "scal_portal_message_print"][variant]


BLIND69_TEMPLATES["blind69_scal_fehb_psoriasis_biologic_denied"] = (t_b69_fe, dict(
    plans=["fehb"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity", "not_covered"],
    reason=reason_b69_fe))
MODELED_ON["blind69_scal_fehb_psoriasis_biologic_denied"] = (
    "blind69: Kaiser Permanente Southern California FEHB denial of a psoriasis biologic (Skyrizi, Taltz or "
    "Cosentyx) under the pharmacy benefit, for unmet step therapy or as a non-formulary drug; a pharmacy benefit "
    "determination form, a letter, or a kp.org message printed from a browser; 6-month reconsideration, 30-day "
    "answer, OPM review in 90 days at 1900 E Street NW, free copies, brochure Sections 5(f) and 8, taglines")


# === 3. Georgia ERISA group: a non-contracted infusion center's claim, no prior authorization ======================

_GA_HL, _GA_HL_TF = "404-365-0966", "1-800-611-1811"
_GA_ADDR = GRIEVANCE_ADDR["Georgia"]
_GA_CENTERS = [
    ("Peachtree Ambulatory Infusion Partners", "3400 Old Milton Parkway, Suite 210", "Alpharetta, GA 30005"),
    ("Chattahoochee Infusion & Specialty Care, LLC", "5665 Peachtree Dunwoody Road NE, Suite 120",
     "Atlanta, GA 30342"),
    ("Gwinnett Outpatient Infusion Suites", "1250 Scenic Highway S, Building 300", "Lawrenceville, GA 30045"),
    ("Cobb Biologic Infusion Center", "3961 Austell Road, Suite 105", "Marietta, GA 30008"),
]
_GA_STORIES = [
    dict(key="ifx", drug="infliximab", spec="Gastroenterology",
         dx=[("Crohn's disease, unspecified, without complications", "K50.90"),
             ("Ulcerative colitis, unspecified, without complications", "K51.90")],
         lines=[(["Infliximab, 10 mg (not a biosimilar)", "Injection, infliximab, excludes biosimilar, 10 mg"],
                 "J1745", (40, 50, 60), (92.0, 118.0)),
                (["Infusion of a biologic, first hour", "Chemotherapy/complex drug IV infusion, up to 1 hour"],
                 "96413", (1,), (390.0, 520.0)),
                (["Infusion, each additional hour", "Complex drug IV infusion, each additional hour"],
                 "96415", (1,), (150.0, 210.0))]),
    dict(key="vedo", drug="vedolizumab", spec="Gastroenterology",
         dx=[("Ulcerative colitis, unspecified, without complications", "K51.90"),
             ("Crohn's disease, unspecified, without complications", "K50.90")],
         lines=[(["Vedolizumab, 1 mg", "Injection, vedolizumab, 1 mg"], "J3380", (300,), (26.0, 34.0)),
                (["IV infusion for therapy, first hour", "IV infusion, therapeutic, initial hour"], "96365", (1,),
                 (280.0, 390.0))]),
    dict(key="ivig", drug="immune globulin (Privigen)", spec="Neurology",
         dx=[("Chronic inflammatory demyelinating polyneuritis", "G61.81")],
         lines=[(["Immune globulin (Privigen), IV, 500 mg", "Injection, immune globulin, Privigen, 500 mg"],
                 "J1459", (80, 100, 120), (68.0, 89.0)),
                (["IV infusion for therapy, first hour", "IV infusion, therapeutic, initial hour"], "96365", (1,),
                 (280.0, 390.0)),
                (["IV infusion, each additional hour", "IV infusion, therapeutic, additional hour"], "96366",
                 (2, 3), (95.0, 140.0))]),
]
_GA_CODES = ["PA31", "AU7", "N41"]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b69_ga"):
        return
    c.extra["b69_ga"] = True
    variant = c.extra["ga_variant"] = w.rng.randrange(3)  # 0 EOB, 1 claim denial letter, 2 adjustment-code legend
    head = ("b69mdy4pad", "b69long") if variant == 0 else ("b69long", "b69ap")
    _fmt(w, ("b69long", "b69ap"), head, ("b69capsnc", "b69mdy4pad"))
    c.state, c.region = "GA", "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    c.category = "no_prior_authorization"
    c.urgency = "standard"
    story = c.extra["ga_story"] = w.pick(_GA_STORIES)
    k = w.rng.randrange(2)
    c.services = []
    total = 0.0
    for texts, code, units, price in story["lines"]:
        u = w.pick(list(units))
        amt = round(u * w.rng.uniform(*price), 2)
        c.services.append(dict(text=texts[k], codes=[code], decision="denied", billed=amt, units=u))
        total += amt
    c.money["total"] = round(total, 2)
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in story["dx"][:1]] if w.chance(0.7) or len(
        story["dx"]) == 1 else [dict(text=t, codes=[cd]) for t, cd in story["dx"][1:2]]
    center = c.extra["ga_center"] = w.pick(_GA_CENTERS)
    c.provider = center[0]
    c.extra["ga_center_phone"] = _phone(w, ["404", "770", "678"], w.rng.randrange(3))
    c.extra["ga_tin"] = f"58-{w.rng.randint(10**6, 10**7 - 1)}"
    fac = w.pick(facilities("GA", "Georgia"))
    c.extra["ga_plan_site"] = fac
    oname = person(w.rng, 0.1)[0]
    c.extra["ga_orderer"] = (w.pick([f"Dr. {oname}", f"{oname}, MD"]), story["spec"])
    c.extra["ga_prev"] = c.service - dt.timedelta(weeks=w.pick([4, 6, 8]))
    c.extra["ga_prev_claim"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**8, 10**9 - 1)}"
    if w.chance(0.35):
        c.extra["ga_subscriber"] = f"{person(w.rng, 0.0)[1]} {c.member_name.split()[-1]}"
    else:
        c.extra["ga_subscriber"] = None
    c.extra["ga_claims_line"] = _phone(w, ["404", "770"], 0)
    c.reviewer = None
    c.criteria = []
    _flags(c)


def reason_b69_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    story = c.extra["ga_story"]
    center = c.extra["ga_center"][0]
    site = c.extra["ga_plan_site"]
    return w.pick([
        f"Your plan requires prior authorization for infusion drugs such as {story['drug']} when they are given "
        f"anywhere other than a Kaiser Permanente infusion center. No authorization was requested or approved for "
        f"this infusion at {center}, which does not have a contract with Kaiser Permanente, so the claim cannot be "
        f"paid.",
        f"We had no prior authorization on file for the {story['drug']} infusion on this claim. Infusions at a "
        f"non-contracted center like {center} are covered only when we approve them in advance; the same infusion "
        f"was available without that step at the Kaiser Permanente infusion center at {site}.",
    ])


def _ga_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(_GA_ADDR)
    head(w.pick(["Appealing this decision", "Your appeal rights under your employer's plan"]))
    b.append(w.p(w.pick([
        f"You or someone you authorize may appeal this decision in writing within {days} after you receive this "
        f"notice. Mail your appeal to {addr}. Include the claim number and any information you would like us to "
        f"consider, such as a letter from the doctor who ordered the infusion.",
        f"If you disagree, send a written appeal to {addr} no later than {days} after the day you get this notice. "
        f"You may send comments, documents and records, and you may name someone, including the infusion center, to "
        f"act for you.",
    ])))
    b.append(w.p(w.pick([
        "We will decide your appeal within 60 days after we receive it, and the person who decides it will not be "
        "the person who denied the claim or someone who reports to that person.",
        "A reviewer who had no part in this decision will look at your appeal. You will have a written answer "
        "within 60 days of the day we receive it.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for copies of all documents, records and other information relevant to this claim, free of "
        "charge.",
        "On request we will send you, at no charge, copies of everything relevant to this claim.",
    ])))
    b.append(w.p(w.pick([
        "If your appeal is denied, you have the right to bring a civil action under section 502(a) of the "
        "Employee Retirement Income Security Act of 1974 (ERISA). You may also ask for an external review by an "
        "independent review organization within 4 months after you receive our final appeal decision "
        "(45 CFR 147.136).",
        "After a final denial on appeal, you may request external review by an independent review organization; "
        "the request must be made within 4 months of receiving our final decision (45 CFR 147.136). You may also "
        "file a lawsuit under ERISA section 502(a).",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For questions about your rights or help with an appeal, contact the Employee Benefits Security "
            "Administration, U.S. Department of Labor, at 1-866-444-3272 (1-866-444-EBSA). The Georgia Office of "
            "Commissioner of Insurance also helps consumers with health coverage questions.",
            "Help is available from the U.S. Department of Labor's Employee Benefits Security Administration, "
            "1-866-444-EBSA (1-866-444-3272), and from the Georgia Office of Commissioner of Insurance.",
        ])))


def t_b69_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = c.extra["ga_variant"]
    st = _style(w, ["helvetica", "courier"] if variant == 0 else ["helvetica", "times"], [9.0, 9.5, 10.0],
                [46.0, 52.0, 58.0])
    story = c.extra["ga_story"]
    name, street, city = c.extra["ga_center"]
    cph, tin = c.extra["ga_center_phone"], c.extra["ga_tin"]
    site = c.extra["ga_plan_site"]
    orderer, spec = c.extra["ga_orderer"]
    sub = c.extra["ga_subscriber"]
    cell = c.extra["b69_cell"]
    claim, group, npi = c.ids["claim"], c.ids["group"], c.ids["npi"]
    emp = c.extra["employer"]
    noamt = _has(c, "notice.claim_identification")
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received, "b69_cell" if variant == 0 else "b69_fmt")
    dec = _dm(w, "DATE_DECISION", c.decision, "b69_cell" if variant == 0 else "b69_fmt")
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    code = w.pick(_GA_CODES)
    prev = _fd(w, c.extra["ga_prev"])
    line = c.extra["ga_claims_line"]
    st.footer = [w.pick([f"Claim {claim} | page {{page}} of {{pages}}", "Page {page} of {pages}",
                         "Kaiser Permanente Georgia | Claims"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia"],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Claims Department",
                          f"Health Line {_GA_HL} / {_GA_HL_TF} (TTY 711)"]))
    if variant == 0:
        b.append(w.h("Explanation of Benefits (EOB)", align="center", space_before=8, size=st.size + 2))
        b.append(w.p("Keep this statement with your health records. It is not a bill.", align="center",
                     space_before=0, italic=True))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(Block("fields", rows=[
            ["Statement date:", _dm(w, "DATE_LETTER", c.letter, "b69_head"), "Claim number:", claim],
            ["Patient:", w.name(), "Member ID:", w.mid()],
            ["Subscriber:", sub or "Same as patient", "Group:", f"{group} - {emp}"],
            ["Billed by:", prov, "Provider tax ID:", tin],
            ["Ordered by:", f"{orderer}, {spec}", "Provider NPI:", npi],
            ["Claim received:", rec or "-", "Processed:", dec or "-"],
        ], space_before=8, size=st.size - 0.5))
        hdr = ["Service date", "Description", "Code", "Units"]
        if not noamt:
            hdr += ["Billed", "Allowed", "Plan paid", "Your share"]
        rows = [hdr + ["Note"]]
        for i, s in enumerate(c.services):
            day = _dm(w, "DATE_SERVICE", c.service, "b69_cell") if i == 0 else b69date(c.service, cell)
            r = [day, w.svc(s), w.code(s["codes"][0]), str(s["units"])]
            if not noamt:
                r += [_money(s["billed"]), "$0.00", "$0.00", _money(s["billed"])]
            rows.append(r + [code])
        if not noamt:
            rows.append(["", "Claim total", "", "", _money(c.money["total"]), "$0.00", "$0.00",
                         _money(c.money["total"]), ""])
        b.append(Block("table", rows=rows, space_before=8, size=st.size - 1.0))
        b.append(w.p(f"Diagnosis on the claim: {dxs}.", space_before=6))
        head(f"Note {code}")
        b.append(w.p(M("REASON", w.reason)))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b69_head"), space_before=12))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Re: Claim {claim} - infusion at {name}", bold=True, space_before=8))
        b.append(w.p(f"Member ID: {w.mid()}    Group: {group}" + (f"    Subscriber: {sub}" if sub else ""),
                     space_before=0))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        intro = (f"{prov} billed us for the {story['drug']} infusion you received there on "
                 f"{_dm(w, 'DATE_SERVICE', c.service)}, ordered by {orderer} ({spec}).")
        if rec:
            intro += f" We received the claim on {rec}"
            intro += f" and processed it on {dec}." if dec else "."
        elif dec:
            intro += f" We processed the claim on {dec}."
        if noamt:
            intro += " We did not pay any part of this claim."
        else:
            intro += (f" The center billed {_money(c.money['total'])}. We did not pay any part of it, and the center "
                      f"may bill you for the full amount.")
        b.append(w.p(intro))
        if variant == 1:
            b.append(w.p("The claim lists: " + "; ".join(
                f"{w.svc(s)} ({w.code(s['codes'][0])}, {s['units']} unit{'s' if s['units'] > 1 else ''}"
                + ("" if noamt else f", billed {_money(s['billed'])}") + ")" for s in c.services) + "."))
            b.append(w.p(f"Diagnosis on the claim: {dxs}."))
            head(w.pick(["Why this claim was denied", "Reason we did not pay"]))
            b.append(w.p(M("REASON", w.reason)))
        else:
            hdr = ["Line", "Description", "Code", "Units"] + ([] if noamt else ["Billed", "Paid"]) + ["Adj. codes"]
            rows = [hdr]
            for i, s in enumerate(c.services):
                r = [str(i + 1), w.svc(s), w.code(s["codes"][0]), str(s["units"])]
                if not noamt:
                    r += [_money(s["billed"]), "$0.00"]
                rows.append(r + ([f"{code}, BL2" if i == 0 else f"{code}, BL2, UN5"]))
            b.append(Block("table", rows=rows, space_before=6, size=st.size - 1.0))
            b.append(w.p(f"Diagnosis on the claim: {dxs}.", space_before=6))
            head(w.pick(["Explanation of adjustment codes", "Code legend"]))
            b.append(w.p(f"{code} - " + M("REASON", w.reason), indent=10))
            b.append(w.p("BL2 - The provider is not in our network and may bill you for charges we did not pay.",
                         indent=10))
            b.append(w.p("UN5 - The units billed match the dose in the drug record; no change was made.", indent=10))
    b.append(w.p(w.pick([
        "Your Summary Plan Description and Evidence of Coverage, section \"Prior Authorization,\" list infusion "
        "therapy as a service that needs approval before it is given, and section \"Non-Plan Providers\" explains "
        "that care from providers without a Kaiser Permanente contract is covered only when authorized.",
        "The plan terms we applied are in your Summary Plan Description (the Evidence of Coverage your employer "
        "provides): \"Services that require prior authorization - outpatient infusion drugs\" and \"Care from "
        "non-plan providers.\"",
    ])))
    b.append(w.p(w.pick([
        f"The center's claim for the earlier dose given on {prev} ({c.extra['ga_prev_claim']}) was answered on a "
        f"separate statement.",
        f"Claim {c.extra['ga_prev_claim']}, for the infusion the center gave on {prev}, is not part of this "
        f"notice; you received a separate notice for it.",
    ])))
    b.append(w.p(w.pick([
        f"To keep future infusions covered, {orderer} can schedule them at the Kaiser Permanente infusion center "
        f"at {site}, or ask us for authorization before care at another center.",
        f"Future doses can be given at {site}, where no separate authorization is needed for a drug your Kaiser "
        f"Permanente doctor orders.",
    ])))
    if not noamt:
        b.append(w.p(w.pick([
            "You may ask us for the diagnosis and treatment codes on this claim and what they mean. They are free, "
            "and asking for them does not start an appeal.",
            "The diagnosis codes and treatment codes for this claim, with their meanings, are available free on "
            "request; a request for them is not an appeal.",
        ])))
    _ga_rights(w, b, head)
    b.append(w.p(f"Questions about this claim: Claims Department, {line}, Monday to Friday, 8 a.m. to 5 p.m. "
                 f"Other questions: Kaiser Permanente Health Line {_GA_HL} or {_GA_HL_TF} (TTY 711)."))
    b.append(w.p(w.pick(["Sincerely,", "Thank you,"]), space_before=10))
    b.append(w.p("Claims Department", space_before=12))
    b.append(w.p("Kaiser Permanente Georgia", space_before=0))
    b.append(w.p(f"Billing provider: {name}, {street}, {city}; phone {cph}; NPI {npi}; tax ID {tin}.",
                 size=st.size - 1.5, space_before=8))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help: {_GA_HL_TF} (TTY 711).",
                             f"Interpreters at no cost: {_GA_HL_TF}, TTY 711."]), space_before=8))
    b += _taglines(w, "GA", _GA_HL_TF, w.pick([None, "Language assistance"]))
    return b, st, ["ga_eob_statement", "ga_claim_denial_letter", "ga_adjustment_code_legend"][variant]


BLIND69_TEMPLATES["blind69_ga_erisa_infusion_center_no_prior_auth_claim"] = (t_b69_ga, dict(
    plans=["erisa_group"], states=["GA"], kinds=["payment_denial"], cats=["no_prior_authorization"],
    reason=reason_b69_ga, refuse_defects=("process.emergency_prior_auth",)))
MODELED_ON["blind69_ga_erisa_infusion_center_no_prior_auth_claim"] = (
    "blind69: Kaiser Permanente Georgia employer group plan denial of a non-contracted infusion center's claim "
    "(infliximab J1745 with 96413/96415, vedolizumab J3380 with 96365, or immune globulin J1459 with 96365/96366) "
    "for no prior authorization; an explanation of benefits, a claim denial letter, or a letter with an "
    "adjustment-code legend; 180-day appeal, 60-day decision, ERISA 502(a), external review in 4 months "
    "(45 CFR 147.136), EBSA, codes on request, the SPD/EOC provision, taglines")
