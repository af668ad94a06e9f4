"""Twelfth blind evaluation set: four templates written without sight of the extractor, to be measured once.

Registered in ``BLIND12_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind12_co_commercial_surgery")``. Everything printed here (prose, headings, labels,
taglines, the Spanish notice, layouts) is written for this set.

1. ``blind12_co_commercial_surgery``: Kaiser Permanente Colorado group plan (an ERISA employer plan or a non-ERISA
   group HMO) prior-authorization decision on a planned operation (knee arthroscopy, lumbar fusion, sleep-apnea
   surgery, shoulder repair), opening with a boxed request-summary grid of label/value pairs in two columns, the
   procedures in a CPT table with modifier and units, diagnoses in an ICD-10-CM table, and the reviewer's
   signature block at the top right or at the end.
2. ``blind12_ga_ma_concurrent_inpatient``: Kaiser Permanente Georgia Senior Advantage (Medicare Advantage)
   concurrent-review notice ending coverage of continued inpatient rehabilitation or skilled-nursing days, laid out
   like a federal notice of denial of medical coverage with numbered sections, the last covered day and
   reconsideration rights.
3. ``blind12_medi_cal_spanish_dme``: a Spanish-only Medi-Cal notice of action from Kaiser Permanente California
   denying (or approving only part of) durable medical equipment, with an HCPCS table, day-first numeric dates and
   dates in Spanish words, the State Hearing, IMR and the DMHC statement in Spanish.
4. ``blind12_mid_atlantic_erisa_infusion``: Kaiser Permanente Mid-Atlantic States ERISA employer-plan letter about an
   infusion drug, denied outright or approved only at home or an infusion center instead of a hospital outpatient
   department, with the rationale on an attached clinical review summary set out as questions and answers, a cc to
   the requesting provider, two-digit-year dates in places and an enclosures list.

Dates use this set's own styles (``b12date``): "March 14, 2026", "03/14/2026", "3/14/26", "Mar. 14, 2026",
"14 MAR 2026", "2026-03-14", "Saturday, March 14, 2026"; in Spanish "14/03/2026", "14-03-2026" (day first),
"14 de marzo de 2026" and "sábado, 14 de marzo de 2026". ``parse_blind12_date`` reads them all back (numeric dates
day first only when told the letter is Spanish).
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
BLIND12_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def b12date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "long":  # March 14, 2026
        return f"{mon} {d.day}, {d.year}"
    if style == "mdy":  # 03/14/2026
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "mdy2":  # 3/14/26
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "abbr":  # Mar. 14, 2026 (May has no point)
        return f"{mon[:3]}{'' if mon == 'May' else '.'} {d.day}, {d.year}"
    if style == "caps":  # 14 MAR 2026
        return f"{d.day:02d} {mon[:3].upper()} {d.year}"
    if style == "iso":  # 2026-03-14
        return d.isoformat()
    if style == "wk":  # Saturday, March 14, 2026
        return f"{_DAYS[d.weekday()]}, {mon} {d.day}, {d.year}"
    if style == "es_num":  # 14/03/2026, day first
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "es_dash":  # 14-03-2026, day first
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "es_de":  # 14 de marzo de 2026
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "es_wk":  # sábado, 14 de marzo de 2026
        return f"{_DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}"
    raise ValueError(style)


STYLES = ("long", "mdy", "mdy2", "abbr", "caps", "iso", "wk")
STYLES_ES = ("es_num", "es_dash", "es_de", "es_wk")
_ABBR = [m[:3] for m in MONTHS]


def parse_blind12_date(text: str, dayfirst: bool = False) -> dt.date | None:
    """Read back a date printed by ``b12date`` (None for anything else, including a weekday that does not fit).

    Numeric dates with slashes or dashes are month first unless ``dayfirst`` (the Spanish notice); a two-digit
    year is read as 20yy."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})", t)
        if m:
            a, b, y = int(m[1]), int(m[2]), int(m[3])
            y = y + 2000 if len(m[3]) == 2 else y
            return dt.date(y, b, a) if dayfirst else dt.date(y, a, b)
        m = re.fullmatch(r"(?:([A-Z][a-z]+day), )?([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})", t)
        if m:
            name = m[2]
            mon = MONTHS.index(name) + 1 if name in MONTHS else _ABBR.index(name) + 1
            d = dt.date(int(m[4]), mon, int(m[3]))
            return d if m[1] in (None, _DAYS[d.weekday()]) else None
        m = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", t)
        if m:
            return dt.date(int(m[3]), [x.upper() for x in _ABBR].index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(?:([a-záéíóú]+), )?(\d{1,2}) de ([a-z]+) de (\d{4})", t)
        if m:
            d = dt.date(int(m[4]), MESES.index(m[3]) + 1, int(m[2]))
            return d if m[1] in (None, _DIAS[d.weekday()]) else None
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b12_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None, style: str | None = None) -> str:
    return b12date(day, style or w.c.extra["b12_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None, style: str | None = None) -> str:
    return M(label, _fd(w, day, style)) if day else ""


def _plain_day(w: W, day: dt.date, style: str | None = None) -> str:
    """A date that is no truth value (birth dates, planned dates, last covered days): no weekday."""
    st = style or w.c.extra["b12_fmt"]
    return b12date(day, {"wk": "long", "es_wk": "es_de"}.get(st, st))


# --- shared small pieces ------------------------------------------------------------------------------------------


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    first = s.split(" ")[0]
    if len(first) > 1 and first[:2].isupper():
        return s
    return s[:1].lower() + s[1:]


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
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([50.0, 58.0, 66.0, 72.0]),
               margin_t=w.pick([38.0, 46.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 4.0, 10.0])
    return st


def _code(x: str) -> str:
    from .case import code_label

    return M(code_label(x), x)


def _drop_defect(c, defect: str) -> None:
    if defect in c.defects:
        c.defects = [d for d in c.defects if d != defect]
        _flags(c)


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _set_criteria(c, pick) -> None:
    """Criteria for a decision on medical grounds; none when the letter is planted without them."""
    if _bare(c) or "notice.criteria_cited" in c.defects:
        c.criteria = []
    else:
        c.criteria = pick()


# --- language help, written for this set -------------------------------------------------------------------------

_TAG = {
    "en": "ATTENTION: You have the right to get help and information in your language at no cost. To ask for an "
          "interpreter, call the number on your member card (TTY 711).",
    "es": "ATENCIÓN: Usted tiene derecho a recibir ayuda e información en su idioma sin costo alguno. Para pedir un "
          "intérprete, llame al número que aparece en su tarjeta de miembro (TTY 711).",
    "zh": "請注意：您有權免費獲得以您的語言提供的幫助和資訊。如需口譯員，請致電您會員卡上的號碼（TTY 711）。",
    "vi": "CHÚ Ý: Quý vị có quyền được trợ giúp và nhận thông tin bằng ngôn ngữ của mình miễn phí. Để yêu cầu "
          "thông dịch viên, hãy gọi số điện thoại trên thẻ hội viên (TTY 711).",
    "ko": "알림: 귀하는 귀하의 언어로 도움과 정보를 무료로 받을 권리가 있습니다. 통역사가 필요하시면 회원 카드에 있는 "
          "번호로 전화하십시오(TTY 711).",
    "tl": "PAUNAWA: May karapatan kang makakuha ng tulong at impormasyon sa iyong wika nang walang bayad. Para "
          "humingi ng interpreter, tawagan ang numero sa iyong member card (TTY 711).",
    "ru": "ВНИМАНИЕ: Вы имеете право бесплатно получить помощь и информацию на своем языке. Чтобы заказать "
          "переводчика, позвоните по номеру на вашей карте участника (TTY 711).",
    "ar": "تنبيه: يحق لك الحصول على المساعدة والمعلومات بلغتك مجانا. لطلب مترجم، اتصل بالرقم الموجود على بطاقة "
          "العضوية (TTY 711).",
    "am": "ማሳሰቢያ፦ በቋንቋዎ እርዳታና መረጃ በነፃ የማግኘት መብት አለዎት። አስተርጓሚ ለመጠየቅ በአባልነት ካርድዎ ላይ ያለውን ቁጥር "
          "ይደውሉ (TTY 711)።",
    "fr": "ATTENTION : Vous avez le droit d'obtenir gratuitement de l'aide et des informations dans votre langue. "
          "Pour demander un interprète, appelez le numéro figurant sur votre carte de membre (TTY 711).",
    "de": "ACHTUNG: Sie haben das Recht, kostenlos Hilfe und Informationen in Ihrer Sprache zu erhalten. Für einen "
          "Dolmetscher rufen Sie die Nummer auf Ihrer Mitgliedskarte an (TTY 711).",
    "ne": "ध्यान दिनुहोस्: तपाईंलाई आफ्नो भाषामा निःशुल्क सहायता र जानकारी पाउने अधिकार छ। दोभाषे चाहिएमा आफ्नो सदस्य "
          "कार्डमा भएको नम्बरमा फोन गर्नुहोस् (TTY 711)।",
    "ja": "ご注意：ご自分の言語で無料で支援や情報を受ける権利があります。通訳をご希望の方は、会員証に記載の番号まで"
          "お電話ください（TTY 711）。",
    "gu": "ધ્યાન આપો: તમને તમારી ભાષામાં મફત મદદ અને માહિતી મેળવવાનો અધિકાર છે. દુભાષિયા માટે તમારા સભ્ય કાર્ડ પરના "
          "નંબર પર કૉલ કરો (TTY 711).",
    "pt": "ATENÇÃO: Você tem o direito de receber ajuda e informações no seu idioma gratuitamente. Para pedir um "
          "intérprete, ligue para o número do seu cartão de membro (TTY 711).",
    "hi": "ध्यान दें: आपको अपनी भाषा में मुफ़्त सहायता और जानकारी पाने का अधिकार है। दुभाषिए के लिए अपने सदस्य कार्ड पर "
          "दिए गए नंबर पर कॉल करें (TTY 711)।",
    "yo": "AKIYESI: O ni ẹtọ lati gba iranlọwọ ati alaye ni ede rẹ lọfẹẹ. Lati beere fun ogbufọ, pe nọmba ti o wa lori "
          "kaadi ọmọ ẹgbẹ rẹ (TTY 711).",
    "ig": "NRUBAMA: I nwere ikike inweta enyemaka na ozi n'asụsụ gị n'efu. Ka ịrịọ onye ntụgharị okwu, kpọọ nọmba dị "
          "na kaadị gị (TTY 711).",
    "fa": "توجه: شما حق دارید کمک و اطلاعات را به زبان خود به طور رایگان دریافت کنید. برای درخواست مترجم با شماره روی "
          "کارت عضویت خود تماس بگیرید (TTY 711).",
    "ur": "توجہ دیں: آپ کو اپنی زبان میں مفت مدد اور معلومات حاصل کرنے کا حق ہے۔ ترجمان کے لیے اپنے ممبر کارڈ پر دیے "
          "گئے نمبر پر کال کریں (TTY 711)۔",
    "bn": "লক্ষ্য করুন: আপনার নিজের ভাষায় বিনামূল্যে সাহায্য ও তথ্য পাওয়ার অধিকার আছে। দোভাষীর জন্য আপনার সদস্য "
          "কার্ডের নম্বরে কল করুন (TTY 711)।",
    "hy": "ՈՒՇԱԴՐՈՒԹՅՈՒՆ. Դուք իրավունք ունեք անվճար օգնություն և տեղեկություններ ստանալ Ձեր լեզվով: Թարգմանիչ "
          "խնդրելու համար զանգահարեք Ձեր անդամի քարտի համարով (TTY 711):",
    "pa": "ਧਿਆਨ ਦਿਓ: ਤੁਹਾਨੂੰ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮੁਫ਼ਤ ਮਦਦ ਅਤੇ ਜਾਣਕਾਰੀ ਲੈਣ ਦਾ ਹੱਕ ਹੈ। ਦੁਭਾਸ਼ੀਏ ਲਈ ਆਪਣੇ ਮੈਂਬਰ ਕਾਰਡ ਉੱਤੇ ਦਿੱਤੇ "
          "ਨੰਬਰ 'ਤੇ ਕਾਲ ਕਰੋ (TTY 711)।",
    "km": "សូមជ្រាប៖ អ្នកមានសិទ្ធិទទួលបានជំនួយ និងព័ត៌មានជាភាសារបស់អ្នកដោយឥតគិតថ្លៃ។ ដើម្បីស្នើសុំអ្នកបកប្រែ "
          "សូមទូរស័ព្ទទៅលេខនៅលើកាតសមាជិករបស់អ្នក (TTY 711)។",
    "hmn": "LUS CEEV: Koj muaj cai tau kev pab thiab cov ntaub ntawv ua koj hom lus dawb. Yog xav tau neeg txhais lus, "
           "hu rau tus xov tooj ntawm koj daim npav (TTY 711).",
    "th": "ข้อควรทราบ: ท่านมีสิทธิ์ได้รับความช่วยเหลือและข้อมูลในภาษาของท่านโดยไม่เสียค่าใช้จ่าย หากต้องการล่าม "
          "โปรดโทรตามหมายเลขบนบัตรสมาชิกของท่าน (TTY 711)",
}
_TAG_SETS = {
    "CO": ["es", "vi", "zh", "ko", "ru", "am", "ar", "de", "ne", "fr", "ja", "tl"],
    "GA": ["es", "vi", "ko", "zh", "am", "gu", "fr", "de", "ru", "hi", "pt", "ar", "tl"],
    "MD": ["es", "am", "zh", "ko", "vi", "fr", "yo", "ig", "ar", "tl", "ru", "fa", "ur", "bn"],
    "CA": ["en", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
}


def _taglines(w: W, key: str, heading: str) -> list[Block]:
    """One sentence per language; nothing at all when the language-assistance defect is planted."""
    if "notice.language_assistance" in w.c.defects:
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:2], langs[2:]
    w.rng.shuffle(rest)
    langs = head + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out = [w.h(heading, space_before=12, size=8.5)]
    for code in langs:
        t = _TAG[code]
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=2))
    return out


def _nondisc_en(w: W) -> Block:
    if "notice.language_assistance" in w.c.defects:
        return w.small("Kaiser Permanente complies with applicable federal civil rights laws and does not "
                       "discriminate on the basis of race, color, national origin, age, disability, or sex.",
                       space_before=10)
    return w.small(w.pick([
        "Kaiser Permanente complies with applicable federal civil rights laws and does not discriminate on the basis "
        "of race, color, national origin, age, disability, or sex. We provide free aids and services, such as "
        "qualified interpreters and written information in other formats.",
        "We do not exclude or treat anyone differently because of race, color, national origin, age, disability, or "
        "sex. Qualified interpreters, large-print letters and other aids are available free of charge.",
    ]), space_before=10)


# === 1. Kaiser Permanente Colorado group plan: prior authorization of a planned operation ==========================

# Each story: lines are (texts, code, modifier choices, units); "ok" marks which lines a partial approval approves.
_CO_STORIES = [
    dict(key="knee", side=True, partial=False,
         lines=[(["Knee arthroscopy with partial medial meniscectomy", "Arthroscopic medial meniscectomy, knee"],
                 "29881", ["RT", "LT"], 1)],
         dx={"RT": [(["Derangement of posterior horn of medial meniscus due to old tear, right knee"], "M23.221"),
                    (["Unilateral primary osteoarthritis, right knee"], "M17.11")],
             "LT": [(["Derangement of posterior horn of medial meniscus due to old tear, left knee"], "M23.222"),
                    (["Unilateral primary osteoarthritis, left knee"], "M17.12")]},
         spec=["Orthopedic Surgery", "Sports Medicine"],
         crit=["InterQual 2025 Procedures: Arthroscopy, Knee", "MCG 28th Edition, Ambulatory Care: Knee Arthroscopy "
               "with Meniscectomy", "Kaiser Permanente Colorado Surgical Review Guideline: Knee Arthroscopy"],
         facts=["the standing X-rays of your {side} knee show moderate to severe arthritis, with narrowing of the "
                "inner joint space and bone spurs, and the notes describe aching with activity rather than the knee "
                "locking or catching; removing a worn meniscus in a knee with this much arthritis is not expected to "
                "relieve pain better than continued therapy",
                "the records show four physical therapy visits over three weeks and no trial of a joint injection or "
                "a brace, and the exam found no locking or mechanical block; the guideline asks for at least six weeks "
                "of such treatment first when the tear is degenerative and arthritis is present"]),
    dict(key="lumbar", side=False, partial=True,
         lines=[(["Lumbar laminectomy with decompression of nerve roots, one level",
                  "Decompressive laminectomy, lumbar, single level"], "63047", ["", ""], 1),
                (["Posterior lumbar interbody fusion, single interspace", "Lumbar interbody fusion (PLIF), one level"],
                 "22630", ["", ""], 1),
                (["Posterior segmental instrumentation, 3 to 6 vertebral segments",
                  "Pedicle screw instrumentation, 3-6 segments"], "22842", ["", ""], 1)],
         ok=["63047"],
         dx={"": [(["Spinal stenosis, lumbar region with neurogenic claudication"], "M48.062"),
                  (["Spondylolisthesis, lumbar region"], "M43.16"), (["Radiculopathy, lumbar region"], "M54.16")]},
         spec=["Orthopedic Surgery", "Neurosurgery", "Physical Medicine and Rehabilitation"],
         crit=["InterQual 2025 Procedures: Lumbar Fusion", "MCG 28th Edition, Inpatient & Surgical Care: Lumbar "
               "Fusion", "Kaiser Permanente Colorado Spine Surgery Review Criteria"],
         facts=["the bending X-rays taken standing show a grade 1 slip at L4-L5 that does not move between bending "
                "forward and backward, so there is no instability that a fusion would treat; the narrowing of the "
                "spinal canal that causes your leg symptoms can be treated by decompression alone",
                "your imaging shows narrowing of the spinal canal at one level with a stable grade 1 slip and no "
                "abnormal motion on flexion and extension films, and the notes do not record a trial of at least six "
                "weeks of physical therapy or a spinal injection before surgery"]),
    dict(key="sleep", side=False, partial=True,
         lines=[(["Septoplasty", "Nasal septoplasty (submucous resection of septum)"], "30520", ["", ""], 1),
                (["Submucous resection of inferior turbinates", "Inferior turbinate reduction"], "30140", ["50", "50"],
                 1),
                (["Uvulopalatopharyngoplasty (UPPP)", "Palatopharyngoplasty"], "42145", ["", ""], 1)],
         ok=["30520", "30140"],
         dx={"": [(["Obstructive sleep apnea (adult) (pediatric)", "Obstructive sleep apnea"], "G47.33"),
                  (["Deviated nasal septum"], "J34.2"), (["Hypertrophy of nasal turbinates"], "J34.3")]},
         spec=["Otolaryngology", "Sleep Medicine"],
         crit=["InterQual 2025 Procedures: Uvulopalatopharyngoplasty", "Kaiser Permanente Colorado Sleep Surgery "
               "Guideline", "MCG 28th Edition, Ambulatory Care: Uvulopalatopharyngoplasty"],
         facts=["your sleep study shows moderate sleep apnea, and the records show that a CPAP machine was given to "
                "you but there is no record of a mask refitting, a different mask type or other help to make CPAP "
                "work; throat surgery is considered when CPAP has truly failed after those steps",
                "the records show that CPAP has not been tried: the sleep study was done and the surgery was "
                "requested at the next visit; the guideline asks for a documented trial of CPAP or an oral "
                "appliance first, because throat surgery helps fewer people than CPAP does"]),
    dict(key="hgns", side=False, partial=False,
         lines=[(["Hypoglossal nerve stimulator implantation", "Implantation of hypoglossal nerve neurostimulator "
                  "array, pulse generator and sensor"], "64582", ["", ""], 1)],
         dx={"": [(["Obstructive sleep apnea (adult) (pediatric)", "Obstructive sleep apnea"], "G47.33"),
                  (["Obesity, unspecified"], "E66.9")]},
         spec=["Otolaryngology", "Sleep Medicine"],
         crit=["InterQual 2025 Procedures: Hypoglossal Nerve Stimulation", "Kaiser Permanente Colorado Sleep Surgery "
               "Guideline"],
         facts=["the records give a body mass index of 38, above the limit of 35 at which this implant has been "
                "shown to work, and no sleep endoscopy has been done to check how the airway collapses",
                "no drug-induced sleep endoscopy is on file; the implant does not help when the airway closes all the "
                "way around at the level of the soft palate, and that test is the way to rule it out"]),
    dict(key="shoulder", side=True, partial=True,
         lines=[(["Arthroscopic rotator cuff repair", "Shoulder arthroscopy with rotator cuff repair"], "29827",
                 ["RT", "LT"], 1),
                (["Arthroscopic biceps tenodesis", "Shoulder arthroscopy, biceps tenodesis"], "29828", ["RT", "LT"],
                 1)],
         ok=["29827"],
         dx={"RT": [(["Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic"],
                     "M75.121"), (["Bicipital tendinitis, right shoulder"], "M75.21")],
             "LT": [(["Complete rotator cuff tear or rupture of left shoulder, not specified as traumatic"],
                     "M75.122"), (["Bicipital tendinitis, left shoulder"], "M75.22")]},
         spec=["Orthopedic Surgery", "Sports Medicine"],
         crit=["InterQual 2025 Procedures: Shoulder Arthroscopy", "MCG 28th Edition, Ambulatory Care: Rotator Cuff "
               "Repair", "Kaiser Permanente Colorado Surgical Review Guideline: Shoulder Arthroscopy"],
         facts=["the MRI shows the biceps tendon in its normal groove without a tear or dislocation, and the exam "
                "notes do not describe tenderness over the biceps or a positive biceps test",
                "the MRI report describes the long head of the biceps as intact and normally placed, and no biceps "
                "pain is recorded on examination"]),
]
_CO_OUTSIDE = ["Front Range Spine & Joint Institute", "Cherry Creek Orthopedic Surgeons", "Rocky Mountain Sleep Surgery "
               "Center", "Highline Sports Medicine Group", "Boulder Peak Orthopedics"]
_CO_SURGERY_SITES = ["Platte River Surgery Center", "Kaiser Permanente Lone Tree Ambulatory Surgery",
                     "Franklin Medical Offices Surgery Department", "Aspen Creek Surgery Center"]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b12_co"):
        return
    c.extra["b12_co"] = True
    _fmt(w, ("long", "mdy", "abbr", "caps", "iso"))
    partial = c.letter_kind == "partial_denial"
    oon = c.category == "out_of_network"
    pool = [s for s in _CO_STORIES if s["partial"]] if partial else _CO_STORIES
    story = w.pick(pool)
    c.extra["co_story"] = story
    side = w.pick(["RT", "LT"]) if story["side"] else ""
    c.extra["co_side"] = side
    lines = story["lines"]
    if not partial and story["key"] == "sleep":
        lines = lines[2:]  # a request for the throat operation alone
    elif not partial and story["key"] == "lumbar" and w.chance(0.5):
        lines = lines[1:]  # some requests are for the fusion only
    svcs = []
    for texts, code, mods, units in lines:
        mod = side if mods[0] in ("RT", "LT") else w.pick(mods)
        dec = "approved" if partial and code in story.get("ok", []) else "denied"
        svcs.append(dict(text=w.pick(texts), codes=[code], decision=dec, mod=mod, units=units))
    c.services = svcs
    dx = story["dx"][side]
    if len(dx) > 1 and w.chance(0.35):
        dx = dx[:2] if len(dx) > 2 else dx[:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.extra["co_fact"] = w.pick(story["facts"]).replace("{side}", {"RT": "right", "LT": "left", "": ""}[side])
    c.service = None
    name, _, last = person(w.rng, 0.15)
    cred = w.pick(["MD", "M.D.", "DO"])
    c.provider = w.pick([f"{name}, {cred}", f"Dr. {name}"])
    c.provider_short = f"Dr. {last}"
    c.extra["co_practice"] = w.pick(_CO_OUTSIDE) if oon else w.pick(["Colorado Permanente Medical Group, P.C.",
                                                                     "Kaiser Permanente Orthopedics, Rock Creek",
                                                                     "Kaiser Permanente Surgery, Lone Tree"])
    if story["key"] in ("sleep", "hgns") and not oon:
        c.extra["co_practice"] = "Kaiser Permanente Head and Neck Surgery, Franklin"
    c.extra["co_site"] = w.pick(_CO_SURGERY_SITES)
    if oon:
        c.criteria = []
        c.innet["specialty"] = w.pick(story["spec"])
        c.innet["facility"] = w.pick(V.facilities("CO"))
    else:
        _set_criteria(c, lambda: [w.pick(story["crit"])])
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = w.pick(story["spec"])
    c.extra["co_erisa"] = c.plan_type == "erisa_group"
    c.extra["co_planned"] = c.letter + dt.timedelta(days=w.rng.randint(10, 45)) if w.chance(0.6) else None
    _flags(c)


def reason_b12_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    denied = [s for s in c.services if s["decision"] == "denied"]
    names = join_and([_low(s["text"]) for s in denied])
    if c.category == "out_of_network":
        practice = c.extra["co_practice"]
        spec = c.innet["specialty"].lower()
        return w.pick([
            f"Your doctor asked for the {names} to be done by {practice}, which is not a Kaiser Permanente plan "
            f"provider. Plan {spec} surgeons perform this operation, so care from a non-plan surgeon is not covered "
            "unless the plan cannot provide it. The operation itself can be scheduled with a plan surgeon.",
            f"The request is for surgery at {practice}, outside the Kaiser Permanente network. Your plan covers "
            f"non-plan providers only when the plan has no provider who can give the care; the plan's {spec} "
            f"department does {names} routinely.",
        ])
    if _bare(c):
        return w.pick(["The requested surgery is not medically necessary.", "Medical necessity criteria are not met.",
                       "This procedure does not meet criteria."])
    fact = c.extra["co_fact"]
    if c.letter_kind == "partial_denial":
        ok = join_and([_low(s["text"]) for s in c.services if s["decision"] == "approved"])
        return w.pick([
            f"We approved the {ok}. We did not approve the {names} because {fact}.",
            f"The {ok} {'is' if sum(s['decision'] == 'approved' for s in c.services) == 1 else 'are'} approved. "
            f"The {names} {'is' if len(denied) == 1 else 'are'} not medically necessary: {fact}.",
        ])
    return w.pick([
        f"We did not approve the {names} because {fact}.",
        f"The {names} {'is' if len(denied) == 1 else 'are'} not medically necessary at this time: {fact}.",
        f"After reviewing the records your surgeon sent, the {names} cannot be approved: {fact}.",
    ])


def _co_grid(w: W, labels: list[tuple[str, str]], header: bool) -> Block:
    """The boxed request summary: label/value pairs in two columns side by side (a four-cell-wide grid)."""
    if len(labels) % 2:
        labels = labels + [("", "")]
    half = len(labels) // 2
    rows = []
    if w.chance(0.5):  # left column first, then right column
        pairs = list(zip(labels[:half], labels[half:], strict=True))
    else:  # read across
        pairs = [(labels[k], labels[k + 1]) for k in range(0, len(labels), 2)]
    if header:
        rows.append([w.pick(["REQUEST SUMMARY", "Request summary", "Summary of your request"]), "", "", ""])
    for (a, av), (b, bv) in pairs:
        rows.append([a, av, b, bv])
    return Block("table", rows=rows, size=8.5, space_before=8, header_row=header)


def _co_signature(w: W, top: bool) -> list[Block]:
    """The reviewer's signature block: lines for the top-right corner or for the end of the letter."""
    c = w.c
    lines: list[str] = []
    if c.reviewer and c.extra.get("co_show_rev"):
        name, cred, spec, rph = _rev(w)
        lines.append(f"{name}" + (f", {cred}" if cred else ""))
        if "process.reviewer_not_physician" in c.defects:
            lines.append(c.reviewer_title)
        else:
            lines.append(w.pick(["Physician Reviewer", "Medical Director, Utilization Management",
                                 "Physician Advisor"]))
            if spec:
                lines.append(f"Specialty: {spec}" if top else spec)
        if rph:
            lines.append(f"Direct line: {rph}" if w.chance(0.5) else f"Tel. {rph}")
    lines.append("Utilization Management")
    lines.append(V.REGION_ENTITY["Colorado"][0])
    return lines


def t_b12_co(w: W):
    _co_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times", "helvetica"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 signature top right, 1 signature at the end, 2 grid under a banner, signed at end
    erisa = c.extra["co_erisa"]
    oon = c.category == "out_of_network"
    partial = c.letter_kind == "partial_denial"
    entity, group = V.REGION_ENTITY["Colorado"]
    addr = V.GRIEVANCE_ADDR["Colorado"]
    no_ext = "notice.external_review" in c.defects
    no_exp = "notice.expedited_review" in c.defects
    no_ca = "notice.consumer_assistance" in c.defects
    c.extra["co_show_rev"] = _show_rev(w, 0.85)
    st.footer = [w.pick(["Page {page} of {pages}", f"{c.ids['ref']} \u2013 page {{page}}",
                         "Kaiser Permanente Colorado \u00b7 {page}/{pages}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    if w.chance(0.5):
        st.header = [f"{c.member_name} \u2013 Request {c.ids['ref']}"]
    plan_cue = M("PLAN_CUE", w.pick(
        ["Employer group plan (ERISA)", "ERISA group health plan", "Employer plan, ERISA"] if erisa else
        ["Group HMO (non-ERISA)", "Kaiser Permanente group HMO", "HMO group coverage"]))
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"{M('REGION', 'Colorado')} \u00b7 Utilization Management", entity],
                   right=[x for x in addr[1:]]))
    sent = _dm(w, "DATE_LETTER", c.letter)
    # --- the boxed request summary grid
    grid = [("Member", w.name()), ("Member number", w.mid()), ("Request number", c.ids["ref"]),
            ("Requesting doctor", w.prov())]
    if c.received:
        grid.append(("Date received", _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        grid.append(("Decision date", _dm(w, "DATE_DECISION", c.decision)))
    grid.append(("Review type", w.pick(["Urgent pre-service", "Expedited prior authorization"])
                 if c.urgency == "expedited" else w.pick(["Standard pre-service", "Prior authorization"])))
    grid.append(("Plan", plan_cue))
    if w.chance(0.6):
        grid.append(("Group number", c.ids["group"]))
    if w.chance(0.5):
        grid.append(("Date of birth", _plain_day(w, c.extra["dob"])))
    if c.extra["co_planned"] and w.chance(0.6):
        grid.append(("Planned surgery date", _plain_day(w, c.extra["co_planned"])))
    if variant == 2:
        grid.insert(0, ("Date of this letter", sent))
    first, rest = grid[:4], grid[4:]
    w.rng.shuffle(rest)
    grid = first + rest
    if variant == 2:
        b.append(w.p(w.pick(["PRIOR AUTHORIZATION DECISION", "Coverage Decision: Planned Surgery",
                             "NOTICE OF ADVERSE BENEFIT DETERMINATION"]), bold=True, size=12.5, shade=True,
                     space_before=8))
        b.append(_co_grid(w, grid, header=False))
        b.append(w.p(w.name(), space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]
    elif variant == 0:
        left = [sent, "", w.name()] + c.member_addr
        right = ["**" + w.pick(["Reviewed by", "Decision made by", "Reviewer"])] + _co_signature(w, True)
        b.append(Block("twocol", left=left, right=right, size=st.size - 0.5, space_before=10, align="right"))
        b.append(_co_grid(w, grid, header=True))
    else:
        b.append(w.p(sent, space_before=10))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(_co_grid(w, grid, header=w.chance(0.6)))
    if variant != 2:
        b.append(w.p(w.pick(["Re: Prior authorization request for surgery", "Subject: Your request for a planned "
                             "operation", "RE: Decision on a prior authorization request"]), bold=True,
                     space_before=10))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=10))
    who = w.prov()
    sched = ""
    if c.extra["co_planned"] and w.chance(0.5):
        sched = f" The operation was planned for {_plain_day(w, c.extra['co_planned'])} at {c.extra['co_site']}."
    b.append(w.p(w.pick([
        f"{who} of {c.extra['co_practice']} asked Kaiser Permanente to approve the surgery listed below before it is "
        f"done. We have finished our review.{sched}",
        f"We received a prior authorization request from {who} ({c.extra['co_practice']}) for the procedures in the "
        f"table below.{sched} This letter explains what we decided and what you can do next.",
    ])))
    # --- what we decided, in a sentence
    if partial:
        dec = w.pick(["Decision: approved in part.", "We approved part of this request and denied the rest."])
    elif oon:
        dec = w.pick(["Decision: not approved with the requested surgeon.",
                      "We did not approve this request as submitted."])
    else:
        dec = w.pick(["Decision: denied.", "We have denied this request.", "We are unable to approve this request."])
    b.append(w.p(dec, bold=True, space_before=6))
    # --- procedure table
    b.append(w.h(w.pick(["Procedures requested", "Services reviewed", "What was requested"]), space_before=10,
                 size=st.size))
    hdr = ["CPT", w.pick(["Modifier", "Mod."]), "Units", "Description", "Decision"]
    rows = [hdr]
    for s in c.services:
        rows.append([_code(s["codes"][0]), s["mod"] or "\u2013", str(s["units"]), M("SERVICE", s["text"]),
                     {"approved": "Approved", "denied": "Denied"}[s["decision"]] if not oon else "Not approved"])
    b.append(Block("table", rows=rows, size=8.0, space_before=4,
                   col_align=["left", "center", "right", "left", "left"]))
    b.append(w.h(w.pick(["Diagnoses", "Diagnosis codes submitted", "Diagnoses on the request"]), space_before=8,
                 size=st.size))
    drows = [["ICD-10-CM", "Description"]] + [[M("ICD10", d["codes"][0]), M("DIAGNOSIS", d["text"])]
                                             for d in c.diagnoses]
    b.append(Block("table", rows=drows, size=8.0, space_before=4))
    # --- why
    b.append(w.h(w.pick(["Why we made this decision", "Reason for the decision", "The reason"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([
            f"The reviewer applied {cs}. You or your doctor can ask for a free copy of this guideline.",
            f"Guideline used: {cs}. A copy is available to you free of charge on request.",
        ])))
    if oon:
        inn = c.innet
        b.append(w.p(w.pick([
            f"You can have this operation with a plan surgeon. Call the {inn['specialty']} department at "
            f"{inn['facility']} at {c.phones['dept']} to schedule a visit, or ask {c.provider_short} for a referral.",
            f"Plan {inn['specialty'].lower()} surgeons at {inn['facility']} can see you. To arrange it, call "
            f"{c.phones['dept']}.",
        ])))
        sec = w.pick(["\"Getting care from Plan Providers\"", "\"How to obtain services\"",
                      "\"Services from non-plan providers\""])
        doc = "Summary Plan Description and Evidence of Coverage" if erisa else "Evidence of Coverage"
        b.append(w.p(f"See your {doc}, section {M('PLAN_PROVISION', sec)}."))
    elif not _bare(c) and w.chance(0.6):
        b.append(w.p(w.pick([
            "If your condition changes, or your doctor has more records (for example therapy notes or new imaging), "
            "your doctor may send them and ask us to look again.",
            f"{c.provider_short} may call us to discuss this decision with the reviewer before you appeal.",
        ])))
    if partial and not _bare(c):
        b.append(w.p(w.pick([
            "The approved procedure may be scheduled as planned; the approval does not cover the denied procedure if "
            "it is done during the same operation.",
            "Your surgeon can go ahead with the approved part. If the denied part is done anyway, it will not be "
            "covered.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for the diagnosis and treatment codes on this letter and what they mean, free of charge. Asking "
        "for them is not an appeal.",
        "The codes above and their meanings are explained free on request; a request for codes does not count as an "
        "appeal.",
    ]), size=st.size - 0.5))
    # --- rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.h(w.pick(["YOUR RIGHT TO APPEAL", "If you disagree with this decision", "How to appeal"]),
                 space_before=12, shade=variant != 1))
    b.append(w.p(w.pick([
        f"You or someone you name to act for you may appeal. Your appeal must be filed within {days} after you "
        f"receive this letter. Send it in writing to {', '.join(addr)}, or call Member Services at 303-338-3800 "
        "(Denver/Boulder) or 1-888-681-7878 (Southern Colorado), TTY 711.",
        f"To appeal, write to {', '.join(addr)} within {days} of receiving this letter. You may also start your "
        "appeal by phone: 303-338-3800 in the Denver/Boulder area, 1-888-681-7878 in Southern Colorado (TTY 711). "
        "A representative, such as your doctor, may appeal for you.",
    ])))
    b.append(w.p(w.pick([
        "Include anything you want us to consider, such as a letter from your surgeon, therapy notes or imaging "
        "reports. You may ask to see, and get free copies of, all documents and records relevant to your request.",
        "You can send written comments, records and other information. On request we will give you, at no charge, "
        f"copies of the documents{', records and criteria' if c.criteria else ' and records'} used for this "
        "decision.",
    ])))
    if erisa:
        b.append(w.p(w.pick([
            "We will decide an appeal of this pre-service request within 30 days. If the decision stays the same, "
            "you have the right to bring a civil action under section 502(a) of the Employee Retirement Income "
            "Security Act (ERISA).",
            "Appeals about care you have not yet received are decided within 30 days. After the appeal, you may "
            "file a lawsuit under ERISA section 502(a) if you still disagree.",
        ])))
    else:
        b.append(w.p("We will decide an appeal of this pre-service request within 30 days."))
    if not no_exp and (not erisa or c.urgency == "expedited" or w.chance(0.6)):
        b.append(w.p(w.pick([
            "Urgent appeals: if waiting 30 days could seriously harm your life, health or ability to regain maximum "
            "function, you or your doctor may ask for an expedited appeal by phone. We will decide within 72 hours.",
            "If your doctor says that a standard appeal could seriously jeopardize your health, ask for an expedited "
            "(urgent) appeal; we will give you a decision within 72 hours.",
        ])))
    if not no_ext:
        b.append(w.p(w.pick([
            "External review: after our final appeal decision, you may ask for an external review by an independent "
            "review organization that is not part of Kaiser Permanente. You must ask within 4 months after you "
            "receive our final decision. External review is free."
            + ("" if no_exp else " In urgent cases you may ask for an expedited external review at the same time as "
                                 "an urgent appeal."),
            "If our final internal decision still denies the surgery, an independent review organization can review "
            "it at no cost to you. Request external review within 4 months of receiving our final decision; the "
            "appeal decision letter will include the form.",
        ])))
    if not no_ca:
        if erisa:
            b.append(w.p(w.pick([
                "For help with your rights under ERISA, contact the Employee Benefits Security Administration, U.S. "
                "Department of Labor, at 1-866-444-EBSA (3272) or www.dol.gov/ebsa.",
                "Questions about your rights: Employee Benefits Security Administration, 1-866-444-3272, "
                "www.dol.gov/ebsa.",
            ])))
        else:
            b.append(w.p(w.pick([
                "You may also contact the Colorado Division of Insurance, the state office that helps consumers with "
                "health insurance questions and appeals.",
                "For consumer assistance with your appeal, you may contact the Colorado Division of Insurance.",
            ])))
    # --- sign-off
    if variant == 0:
        b.append(w.p(w.pick(["Sincerely,", "Thank you,"]), space_before=10))
        b.append(w.p("Utilization Management, Kaiser Permanente Colorado", bold=True, space_before=8))
    else:
        b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
        sig = _co_signature(w, False)
        for k, x in enumerate(sig):
            b.append(w.p(x, bold=k == 0, space_before=14 if k == 0 else 0))
    b.append(w.p(f"cc: {w.prov()}, {c.extra['co_practice']}", size=8.5, space_before=8))
    b.append(_nondisc_en(w))
    b += _taglines(w, "CO", w.pick(["Language assistance", "Help in your language", "Free interpreter services"]))
    return b, st, ["co_grid_sig_top", "co_grid_sig_end", "co_banner_grid"][variant]


BLIND12_TEMPLATES["blind12_co_commercial_surgery"] = (t_b12_co, dict(
    plans=["commercial_hmo", "erisa_group", "erisa_group"], states=["CO"],
    kinds=["initial_denial", "initial_denial", "partial_denial"], cats=["medical_necessity", "out_of_network"],
    reason=reason_b12_co))
MODELED_ON["blind12_co_commercial_surgery"] = (
    "blind12: Kaiser Permanente Colorado group plan (ERISA employer plan or non-ERISA group HMO) prior-authorization "
    "decision on a planned operation (knee arthroscopy, lumbar fusion, sleep-apnea surgery, shoulder repair), opening "
    "with a boxed two-column request-summary grid, a CPT table with modifier and units, an ICD-10-CM table, the "
    "reviewer's signature block at the top right or at the end, 180-day appeal, 72-hour urgent appeal, external "
    "review within 4 months, ERISA 502(a) and EBSA for ERISA plans")


# === 2. Kaiser Permanente Georgia Senior Advantage: concurrent review ends inpatient rehabilitation or SNF days ====

_GA_IRF = ["Peachtree Ridge Rehabilitation Hospital", "Chattahoochee Valley Inpatient Rehabilitation",
           "Northlake Regional Rehabilitation Hospital"]
_GA_SNF = ["Magnolia Gardens Skilled Nursing and Rehabilitation", "Stone Mountain Health and Rehabilitation Center",
           "Sweetwater Creek Post-Acute Care", "Druid Hills Transitional Care Center"]
_GA_STORIES = [
    dict(key="irf_stroke", setting="irf", texts=["Inpatient rehabilitation facility stay",
                                                 "Acute inpatient rehabilitation (continued stay)"],
         dx=[(["Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side"], "I69.351"),
             (["Dysphagia following cerebral infarction"], "I69.391")],
         spec=["Physical Medicine and Rehabilitation", "Geriatric Medicine"],
         facts=["the therapy notes from the past three days show that you walk 150 feet with a quad cane and someone "
                "standing by, dress yourself with set-up help only, and swallow a regular diet safely; you no longer "
                "need three hours of therapy a day with a rehabilitation doctor's daily oversight, and your remaining "
                "goals can be met in a skilled nursing facility, with home health care or in outpatient therapy",
                "you have met most of the goals set at admission: you move from bed to chair and use the toilet with "
                "standby help, and your speech therapist has cleared you for a regular diet; the remaining therapy "
                "does not require the intensive program of an inpatient rehabilitation hospital"]),
    dict(key="irf_hip", setting="irf", texts=["Inpatient rehabilitation facility stay", "Inpatient rehabilitation "
                                                                                        "(continued days)"],
         dx=[(["Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with "
               "routine healing"], "S72.001D"), (["Difficulty in walking, not elsewhere classified"], "R26.2")],
         spec=["Physical Medicine and Rehabilitation", "Orthopedic Surgery"],
         facts=["you now walk 200 feet with a rolling walker, climb four stairs with a rail and get in and out of bed "
                "without hands-on help; you can no longer take part in or benefit from the intensive therapy program "
                "in a way that a less intensive setting could not provide, such as home health therapy",
                "your therapists report that you need only supervision to walk and dress, and your medical condition "
                "is stable without daily visits from a rehabilitation physician"]),
    dict(key="snf_pneumonia", setting="snf", texts=["Skilled nursing facility care", "Skilled nursing facility stay "
                                                                                     "(continued days)"],
         dx=[(["Pneumonia, unspecified organism"], "J18.9"), (["Chronic obstructive pulmonary disease, unspecified"],
                                                             "J44.9")],
         spec=["Internal Medicine", "Geriatric Medicine", "Pulmonary Disease"],
         facts=["your intravenous antibiotics were completed, your oxygen level stays above 92 percent on room air, "
                "and you walk 150 feet with a walker; you no longer need skilled nursing or therapy every day, and the "
                "care you still need can be given at home with help from home health",
                "the nursing notes show stable breathing without oxygen for four days and no new medicines needing a "
                "nurse's daily monitoring; physical therapy notes show you are walking and dressing on your own"]),
    dict(key="snf_hf", setting="snf", texts=["Skilled nursing facility care", "Skilled nursing and rehabilitation "
                                                                              "services (continued stay)"],
         dx=[(["Acute on chronic systolic (congestive) heart failure"], "I50.23"), (["Muscle weakness "
                                                                                 "(generalized)"], "M62.81")],
         spec=["Internal Medicine", "Cardiology", "Geriatric Medicine"],
         facts=["your weight has been stable for five days on the same water pill, your swelling has gone down, and "
                "you walk 250 feet without stopping to rest; daily skilled nursing and therapy are no longer needed "
                "and your follow-up can be done at home and in the clinic",
                "the facility's notes show that your heart failure medicines have not changed for a week and that you "
                "bathe and dress with standby help only, so you do not need skilled care on a daily basis"]),
]
_GA_CRIT = {
    "irf": ["Medicare coverage criteria for inpatient rehabilitation facility services, 42 CFR \u00a7 412.622(a)(3)"],
    "snf": ["Medicare skilled nursing facility coverage rules, 42 CFR Part 409"],
}
_GA_CRIT_INTERNAL = {
    "irf": ["InterQual 2025 Inpatient Rehabilitation Criteria", "Kaiser Permanente Georgia Post-Acute Level of Care "
            "Guideline"],
    "snf": ["InterQual 2025 Subacute and Skilled Nursing Criteria", "MCG 28th Edition, Skilled Nursing Facility "
            "Guidelines"],
}


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b12_ga"):
        return
    c.extra["b12_ga"] = True
    _fmt(w, ("long", "mdy", "caps", "wk", "abbr"))
    c.extra["dob"] = dt.date(w.rng.randint(1933, 1958), w.rng.randint(1, 12), w.rng.randint(1, 28))  # Medicare age
    story = w.pick(_GA_STORIES)
    c.extra["ga_story"] = story
    irf = story["setting"] == "irf"
    c.extra["ga_facility"] = w.pick(_GA_IRF if irf else _GA_SNF)
    c.services = [dict(text=w.pick(story["texts"]), codes=[], decision="denied")]
    dx = story["dx"] if w.chance(0.6) else story["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.extra["ga_fact"] = w.pick(story["facts"])
    # the facility sent updated records for a concurrent review; the admission is the start of the service
    c.service = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(8, 24) if irf else w.rng.randint(10, 30))
    c.extra["ga_last"] = c.letter + dt.timedelta(days=w.pick([1, 2, 2, 3]))
    c.provider = c.extra["ga_facility"] if w.chance(0.5) else c.provider
    c.provider_short = c.provider
    if "medicare.internal_criteria" in c.defects:
        c.criteria = [w.pick(_GA_CRIT_INTERNAL[story["setting"]])]
    else:
        _set_criteria(c, lambda: list(_GA_CRIT[story["setting"]]))
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = w.pick(story["spec"])
    c.extra["ga_form"] = f"GA-SA-{w.pick(['CR', 'ND', 'UM'])}{w.rng.randint(10, 99)}"
    _flags(c)


def reason_b12_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    story = c.extra["ga_story"]
    where = c.extra["ga_facility"]
    irf = story["setting"] == "irf"
    kind = "inpatient rehabilitation" if irf else "skilled nursing facility"
    if _bare(c):
        return w.pick(["This level of care is not medically necessary.", "You no longer meet level-of-care "
                       "criteria.", "Continued stay is not medically necessary."])
    fact = c.extra["ga_fact"]
    return w.pick([
        f"We reviewed the records {where} sent us about your stay. Your {kind} care is no longer medically "
        f"necessary because {fact}.",
        f"Continued {kind} care at {where} is no longer covered: {fact}.",
        f"Based on the latest medical records from {where}, you no longer need {kind} care: {fact}.",
    ])


def t_b12_ga(w: W):
    _ga_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times", "courier"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 form with a header table, 1 letter with a coverage-dates table, 2 boxed sections
    entity = V.REGION_ENTITY["Georgia"][0]
    addr = V.GRIEVANCE_ADDR["Georgia"]
    where = c.extra["ga_facility"]
    last = _plain_day(w, c.extra["ga_last"])
    no_ext = "notice.external_review" in c.defects
    no_exp = "notice.expedited_review" in c.defects
    urgent = c.urgency == "expedited"
    form = c.extra["ga_form"]
    st.footer = [w.pick([f"{form} \u00b7 Page {{page}} of {{pages}}", "Page {page} of {pages}",
                         f"Kaiser Permanente Senior Advantage (Georgia) \u00b7 {form}"])]
    st.footer_align = w.pick(["center", "left", "right"])
    if w.chance(0.4):
        st.header = [f"{c.member_name} \u00b7 {c.ids['ref']}"]
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage (HMO)", "Senior Advantage, a Medicare "
                                     "Advantage plan", "Kaiser Permanente Medicare health plan (Senior Advantage)"]))
    title = w.pick(["NOTICE OF DENIAL OF MEDICAL COVERAGE", "Notice of Denial of Medical Coverage",
                    "NOTICE: YOUR COVERED DAYS ARE ENDING"])
    b: list[Block] = []
    num = iter(range(1, 20))

    def sec(text: str) -> Block:
        n = next(num)
        label = [f"{n}. {text}", f"Section {n} \u2013 {text}", f"{n} | {text.upper()}"][variant]
        return w.h(label, space_before=10, size=st.size + 0.5, shade=variant == 0)

    def body(text: str, **kw) -> Block:
        return w.p(text, boxed=variant == 2, **kw)

    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"{M('REGION', 'Georgia')} \u00b7 Senior Advantage", entity],
                   right=addr[1:]))
    b.append(w.p(title, bold=True, size=13, space_before=8, align=w.pick(["left", "center"])))
    if urgent:
        b.append(w.p(w.pick(["EXPEDITED DECISION", "Fast (expedited) review decision"]), bold=True, space_before=2))
    sent = _dm(w, "DATE_LETTER", c.letter)
    facts = [("Date", sent), ("Name", w.name()), ("Member number", w.mid()), ("Plan", plan_cue),
             ("Where you are receiving care", where), ("Admission date", _dm(w, "DATE_SERVICE", c.service))]
    if c.provider and c.provider != where:
        facts.append(("Attending doctor", w.prov()))
    elif c.provider:
        facts[4] = ("Where you are receiving care", w.prov())
    if c.received:
        facts.append(("Records received for review", _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        facts.append(("Decision date", _dm(w, "DATE_DECISION", c.decision)))
    facts.append(("Reference number", c.ids["ref"]))
    if variant == 0:
        b.append(Block("table", rows=[["Notice information", ""]] + [[k, v] for k, v in facts], size=8.5,
                       space_before=8))
    else:
        b.append(w.p(sent, space_before=10))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        for k, v in facts[2:]:
            b.append(w.p(f"{k}: {v}", space_before=1, size=st.size - 0.5))
    # --- 1 decision
    b.append(sec(w.pick(["What we decided", "Our decision about your stay"])))
    b.append(body(w.pick([
        f"We have decided that this care will no longer be covered by your plan: {M('SERVICE', c.services[0]['text'])} "
        f"at {where}. The last day we will pay for is {last}.",
        f"Kaiser Permanente Senior Advantage is ending coverage of the care you are receiving at {where} "
        f"({M('SERVICE', c.services[0]['text'])}). Your coverage ends after {last}.",
    ])))
    if variant == 1:
        b.append(Block("table", rows=[["Service", "Admitted", "Covered through", "After that date"],
                                      [M("SERVICE", c.services[0]["text"]), _dm(w, "DATE_SERVICE", c.service), last,
                                       "Not covered"]], size=8.5, space_before=4))
    b.append(body(w.pick([
        f"If you stay at {where} after {last}, you may have to pay for the days that follow. Please talk with the "
        "facility's discharge planner about your next steps.",
        f"Days after {last} will not be paid by your plan. The care team at {where} will help plan your discharge.",
    ]), space_before=3))
    # --- 2 why
    b.append(sec(w.pick(["Why we made this decision", "The reason for our decision"])))
    b.append(body(M("REASON", w.reason)))
    if c.diagnoses:
        b.append(body("Diagnosis: " + "; ".join(f"{M('DIAGNOSIS', d['text'])} ({M('ICD10', d['codes'][0])})"
                                                for d in c.diagnoses) + ".", space_before=3, size=st.size - 0.5))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(body(w.pick([f"We applied {cs}.", f"Coverage rule used for this decision: {cs}."]),
                      space_before=3))
    if _show_rev(w, 0.8):
        name, cred, spec, rph = _rev(w)
        if "process.reviewer_not_physician" in c.defects:
            t = f"This decision was made by {name}" + (f", {cred}" if cred else "") + f", {c.reviewer_title}."
        else:
            t = f"This decision was made by {name}" + (f", {cred}" if cred else "") + ", a physician"
            t += (f" in {spec}" if spec else "") + "."
        if rph:
            t += f" Your doctor may discuss it with the reviewer at {rph}."
        b.append(body(t, space_before=3))
    # --- 3 appeal
    b.append(sec(w.pick(["You have the right to appeal", "Your right to ask us to reconsider"])))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(body(w.pick([
        f"If you disagree, you can ask us to look at our decision again. This is called a reconsideration. Your "
        f"request must reach us within {days} from the date of this notice. We can give you more time if you have a "
        "good reason for missing the deadline.",
        f"You may appeal by asking for a reconsideration. Ask within {days} of the date of this notice.",
    ])))
    b.append(sec(w.pick(["How to ask for a reconsideration", "How to appeal"])))
    b.append(body(w.pick([
        f"Write to {', '.join(addr)}, or call Member Services at the number on the back of your membership card "
        "(TTY 711). Say that you want a reconsideration of this decision and include any records or a letter from "
        "your doctor that supports your appeal. You may name a friend, relative, doctor or other person to appeal "
        "for you.",
        f"Send your request in writing to {', '.join(addr)}. You can also call Member Services (the number is on "
        "your membership card; TTY 711). A doctor or another representative you choose may ask for you.",
    ])))
    if not no_exp:
        b.append(sec(w.pick(["Fast appeals", "If you need a fast (expedited) appeal"])))
        b.append(body(w.pick([
            "Because you are still receiving this care, you can ask for a fast appeal. We will decide within 72 hours "
            "if waiting for a standard decision could seriously harm your life, health or ability to regain maximum "
            "function. If any doctor asks for a fast appeal for you, or supports your request, we will give you one. "
            "Call Member Services to ask; fast appeals can be requested by phone.",
            "Ask for an expedited reconsideration by phone if your health could be seriously harmed by waiting. When "
            "a doctor says your health requires it, we decide within 72 hours.",
        ])))
    b.append(sec(w.pick(["What happens next", "After you appeal"])))
    b.append(body(w.pick([
        "We will decide a standard reconsideration about care within 30 days.",
        "For a standard appeal about medical care, you will have our decision within 30 days.",
    ])))
    if not no_ext:
        b.append(body(w.pick([
            "If we do not decide fully in your favor, we will send your case on to an Independent Review Entity, an "
            "outside organization hired by Medicare, without your having to ask. If you disagree with its decision, "
            "further levels of appeal follow: an Administrative Law Judge, the Medicare Appeals Council and federal "
            "court.",
            "A reconsideration that stays against you is automatically forwarded to the Independent Review Entity, "
            "which is not part of Kaiser Permanente. Its letter will explain the later levels of appeal "
            "(Administrative Law Judge, Medicare Appeals Council, federal court).",
        ]), space_before=3))
    b.append(body(w.pick([
        "You can ask for a free copy of the medical records and other information we used to make this decision.",
        "On request we will send you, at no cost, copies of the information we relied on.",
    ]), space_before=3))
    b.append(sec(w.pick(["Get help and more information", "Questions"])))
    b.append(body("Kaiser Permanente Senior Advantage Member Services: the number on the back of your membership "
                  "card (TTY 711). Medicare: 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week; TTY "
                  "1-877-486-2048; www.medicare.gov."))
    b.append(w.p(w.pick(["Utilization Management \u2013 Post-Acute Care Review", "Senior Advantage Care Review, "
                         "Kaiser Permanente Georgia"]), bold=True, size=9, space_before=10))
    if c.provider and c.provider != where:
        b.append(w.p(f"cc: {w.prov()}; {where}", size=8.5, space_before=6))
    else:
        b.append(w.p(f"cc: Discharge planning, {where}", size=8.5, space_before=6))
    b.append(_nondisc_en(w))
    b += _taglines(w, "GA", w.pick(["Language assistance services", "Help in other languages",
                                    "Interpreter services at no cost"]))
    return b, st, ["ga_ndmc_form", "ga_ndmc_letter", "ga_ndmc_boxed"][variant]


BLIND12_TEMPLATES["blind12_ga_ma_concurrent_inpatient"] = (t_b12_ga, dict(
    plans=["medicare_advantage"], states=["GA"], kinds=["termination_notice"], cats=["medical_necessity"],
    reason=reason_b12_ga))
MODELED_ON["blind12_ga_ma_concurrent_inpatient"] = (
    "blind12: Kaiser Permanente Georgia Senior Advantage (Medicare Advantage) concurrent-review notice ending coverage "
    "of continued inpatient rehabilitation or skilled-nursing days, laid out like a federal notice of denial of "
    "medical coverage with numbered sections, the admission date and last covered day, the Medicare coverage rule "
    "applied, 60-day reconsideration, 72-hour fast appeal while still receiving care, automatic Independent Review "
    "Entity review and 1-800-MEDICARE")


# === 3. Kaiser Permanente California, Medi-Cal: Spanish notice of action on durable medical equipment ==============

# lines: (Spanish description, HCPCS, quantity); "ok" lists the lines a partial approval approves
_ES_STORIES = [
    dict(key="silla", lines=[(["Silla de ruedas eléctrica, grupo 2, asiento tipo capitán",
                               "Silla de ruedas motorizada estándar (grupo 2)"], "K0823", 1)],
         alt=(["Silla de ruedas manual ligera", "Silla de ruedas manual de peso ligero"], "K0004", 1),
         dx=[(["Esclerosis múltiple"], "G35"), (["Dificultad para caminar, no clasificada en otra parte"], "R26.2")],
         spec=["Medicina Física y Rehabilitación", "Neurología"],
         crit=["Criterios Regionales de Kaiser Permanente para Equipo Médico Duradero: Sillas de Ruedas Motorizadas",
               "InterQual 2025 DME: Power Mobility Devices"],
         facts=["la evaluación de movilidad de su terapeuta ocupacional muestra que usted camina dentro de su casa "
                "con un andador y que puede impulsar por sí mismo(a) una silla de ruedas manual ligera en distancias "
                "cortas; una silla eléctrica se cubre cuando la persona no puede usar una silla manual dentro de su "
                "hogar",
                "las notas de su médico describen fuerza normal en ambos brazos y que usted se traslada de la cama a la "
                "silla sin ayuda, por lo que una silla de ruedas manual ligera satisface sus necesidades de movilidad "
                "en casa"]),
    dict(key="cama", lines=[(["Cama de hospital semieléctrica con barandales y colchón", "Cama de hospital "
                              "semieléctrica"], "E0260", 1),
                            (["Colchón de aire con presión alterna, eléctrico", "Colchón de aire motorizado para "
                              "reducir la presión"], "E0277", 1)],
         ok=["E0260"],
         dx=[(["Insuficiencia cardíaca sistólica crónica (congestiva)"], "I50.22"),
             (["Enfermedad pulmonar obstructiva crónica, no especificada"], "J44.9")],
         spec=["Medicina Interna", "Cardiología"],
         crit=["Criterios Regionales de Kaiser Permanente para Equipo Médico Duradero: Camas de Hospital y Superficies "
               "de Apoyo", "MCG 28.ª edición: Superficies de apoyo para reducir la presión"],
         facts=["su expediente no muestra úlceras por presión ni heridas en la piel, y usted puede cambiar de posición "
                "en la cama por sí mismo(a); el colchón de aire motorizado se cubre para úlceras por presión de etapa "
                "3 o 4, o cuando hay varias úlceras que no sanan con un colchón más sencillo",
                "la visita de enfermería en su casa encontró la piel intacta y que usted se voltea sin ayuda; no hay "
                "un colchón de espuma o de gel que se haya probado antes"]),
    dict(key="cpap", lines=[(["Mascarilla facial completa para CPAP", "Interfaz de mascarilla completa (CPAP)"],
                             "A7030", 1),
                            (["Tubo para equipo CPAP", "Manguera para CPAP"], "A7037", 1),
                            (["Cámara de agua para humidificador", "Recipiente de agua del humidificador"], "A7046", 1)],
         ok=["A7037", "A7046"],
         dx=[(["Apnea obstructiva del sueño (del adulto) (pediátrica)", "Apnea obstructiva del sueño"], "G47.33")],
         spec=["Medicina del Sueño", "Neumología"],
         crit=["Criterios Regionales de Kaiser Permanente para Equipo Médico Duradero: CPAP y Suministros",
               "InterQual 2025 DME: Positive Airway Pressure Supplies"],
         facts=["los datos de uso de su equipo CPAP de los últimos 90 días muestran que lo usó 4 horas o más solo en el "
                "31% de las noches, y el expediente no indica que la mascarilla le quede mal; el reemplazo se aprueba "
                "cuando el equipo se usa con regularidad",
                "usted recibió una mascarilla facial completa nueva hace seis semanas y el expediente no describe "
                "daño ni fugas de la mascarilla; el reemplazo de una mascarilla completa se aprueba cada tres meses"]),
    dict(key="oxigeno", lines=[(["Concentrador de oxígeno estacionario", "Concentrador de oxígeno para el hogar"],
                                "E1390", 1),
                               (["Concentrador de oxígeno portátil", "Concentrador portátil de oxígeno"], "E1392", 1)],
         ok=["E1390"],
         dx=[(["Enfermedad pulmonar obstructiva crónica, no especificada"], "J44.9"),
             (["Hipoxemia"], "R09.02")],
         spec=["Neumología", "Medicina Interna"],
         crit=["Criterios Regionales de Kaiser Permanente para Equipo Médico Duradero: Oxígeno en el Hogar",
               "InterQual 2025 DME: Home Oxygen Therapy"],
         facts=["su prueba de oxígeno en reposo mostró una saturación de 93% y durante la caminata de seis minutos no "
                "bajó de 90%; el oxígeno en casa se cubre cuando la saturación es de 88% o menos",
                "la prueba nocturna mostró que su oxígeno baja solo mientras duerme; el oxígeno portátil se cubre "
                "cuando la saturación baja a 88% o menos al caminar, y su prueba de caminata no lo mostró"]),
]
_ES_SUPPLIERS = ["Suministros Médicos del Valle", "Golden State Home Medical Equipment", "Pacific Respiratory Care",
                 "Central Valley Mobility Solutions", "Bay Area Home Health Supply"]


def _es_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b12_es"):
        return
    c.extra["b12_es"] = True
    c.extra["es_fmt_num"] = w.pick(["es_num", "es_num", "es_dash"])
    c.extra["es_fmt_words"] = w.pick(["es_de", "es_de", "es_wk"])
    c.extra["b12_fmt"] = c.extra["es_fmt_words"]
    partial = c.letter_kind == "partial_denial"
    story = w.pick(_ES_STORIES)
    c.extra["es_story"] = story
    svcs = []
    for texts, code, qty in story["lines"]:
        dec = "approved" if partial and code in story.get("ok", []) else "denied"
        svcs.append(dict(text=w.pick(texts), codes=[code], decision=dec, qty=qty))
    if partial and story["key"] == "silla":  # a lighter chair instead of the power chair: a modification
        texts, code, qty = story["alt"]
        svcs.append(dict(text=w.pick(texts), codes=[code], decision="approved", qty=qty))
    if not partial and story["key"] == "cpap" and w.chance(0.5):
        svcs = svcs[:1]
    if not partial and story["key"] == "cama":
        svcs = svcs[1:] if w.chance(0.5) else svcs
    c.services = svcs
    dx = story["dx"] if w.chance(0.6) else story["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    fact = w.pick(story["facts"])
    if story["key"] == "cama" and not any(s["codes"] == ["E0277"] and s["decision"] == "denied" for s in svcs):
        fact = story["facts"][0]
    c.extra["es_fact"] = fact
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"Dra. {name}"]) if w.chance(0.85) else None
    c.provider_short = c.provider or ""
    c.extra["es_supplier"] = w.pick(_ES_SUPPLIERS)
    c.service = None
    _set_criteria(c, lambda: [w.pick(story["crit"])])
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = w.pick(story["spec"])
    _flags(c)


def reason_b12_es(w: W) -> str:
    _es_setup(w)
    c = w.c
    denied = [s for s in c.services if s["decision"] == "denied"]
    names = join_and([_low(s["text"]) for s in denied], "y")
    if _bare(c):
        return w.pick(["El equipo solicitado no es médicamente necesario.", "No cumple con los criterios de "
                       "necesidad médica.", "La solicitud no cumple con los criterios."])
    fact = c.extra["es_fact"]
    if c.letter_kind == "partial_denial":
        ok = join_and([_low(s["text"]) for s in c.services if s["decision"] == "approved"], "y")
        return w.pick([
            f"Aprobamos {ok}. No aprobamos {names} porque {fact}.",
            f"Solo una parte de la solicitud es médicamente necesaria: aprobamos {ok}, pero no {names}, ya que {fact}.",
        ])
    return w.pick([
        f"Negamos {names} porque no es médicamente necesario para usted en este momento: {fact}.",
        f"No podemos aprobar {names}. Revisamos su expediente médico y {fact}.",
        f"Su solicitud de {names} fue negada porque {fact}.",
    ])


def t_b12_es(w: W):
    _es_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 boxed header and table, 1 two-column data block, 2 form with numbered parts
    region = c.region
    entity = V.REGION_ENTITY[region][0]
    addr = V.GRIEVANCE_ADDR[region]
    num, words = c.extra["es_fmt_num"], c.extra["es_fmt_words"]
    no_dmhc = "notice.dmhc_statement" in c.defects
    no_cob = "notice.continuation_of_benefits" in c.defects
    no_lang = "notice.language_assistance" in c.defects
    partial = c.letter_kind == "partial_denial"
    ms = "1-800-464-4000"
    st.footer = [w.pick(["Página {page} de {pages}", f"Aviso de acción \u00b7 {c.ids['ref']} \u00b7 {{page}}/{{pages}}",
                         "Kaiser Permanente Medi-Cal \u00b7 pág. {page}"])]
    st.footer_align = w.pick(["center", "right"])
    if w.chance(0.4):
        st.header = [f"{c.member_name} \u00b7 N.º de referencia {c.ids['ref']}"]
    plan_cue = M("PLAN_CUE", w.pick(["Medi-Cal", "plan de Medi-Cal de Kaiser Permanente", "Kaiser Permanente Medi-Cal"]))
    letter_words = w.chance(0.6)
    sent = _dm(w, "DATE_LETTER", c.letter, words if letter_words else num)
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"{M('REGION', region)} \u00b7 {plan_cue}", entity],
                   right=addr[1:]))
    title = w.pick(["AVISO DE ACCIÓN", "Aviso de Acción \u2013 Equipo médico duradero",
                    "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"])
    b.append(w.p(title, bold=True, size=13, space_before=8, align=w.pick(["left", "center"])))
    if c.urgency == "expedited":
        b.append(w.p("DECISIÓN ACELERADA (RÁPIDA)", bold=True, space_before=2))
    facts = [("Fecha de este aviso", sent), ("Miembro", w.name()), ("Número de historia clínica", w.mid()),
             ("Fecha de nacimiento", _plain_day(w, c.extra["dob"], num))]
    if c.provider:
        facts.append(("Médico que hizo la solicitud", w.prov()))
    facts.append(("Proveedor del equipo", c.extra["es_supplier"]))
    if c.received:
        facts.append(("Fecha en que recibimos la solicitud", _dm(w, "DATE_RECEIVED", c.received, num)))
    if c.decision:
        facts.append(("Fecha de la decisión", _dm(w, "DATE_DECISION", c.decision, num)))
    facts.append(("Número de referencia", c.ids["ref"]))
    if variant == 1:
        left = [f"{k}: {v}" for k, v in facts[:4]]
        right = [f"{k}: {v}" for k, v in facts[4:]]
        b.append(Block("twocol", left=left, right=right, size=st.size - 1.0, space_before=8))
        b.append(w.p(w.name(), space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]
    elif variant == 0:
        b.append(Block("table", rows=[["Datos del aviso", ""]] + [[k, v] for k, v in facts], size=8.5,
                       space_before=8))
        b.append(w.p(w.name(), space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]
    else:
        b.append(w.p(sent, space_before=8))
        b.append(w.p(w.name(), space_before=6))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        for k, v in facts[2:]:
            b.append(w.p(f"{k}: {v}", space_before=1, size=st.size - 0.5))
    if not letter_words:  # a place-and-date line in words above the greeting, as Spanish letters often have
        city = "San Diego" if region == "Southern California" else "Oakland"
        b.append(w.p(f"{city}, {_dm(w, 'DATE_LETTER', c.letter, words)}", space_before=10, align="right"))
    b.append(w.p(w.pick([f"Estimado(a) {c.member_salute}:", f"Apreciable {c.member_salute}:"]), space_before=10))
    who = f"Su médico, {w.prov()}," if c.provider else "Usted"
    b.append(w.p(w.pick([
        f"{who} nos pidió aprobar el equipo médico que se indica abajo. Revisamos la solicitud y su expediente "
        "médico. Este aviso le explica nuestra decisión y sus derechos.",
        f"Recibimos una solicitud de equipo médico duradero a su nombre. {who} la envió junto con sus notas "
        "médicas. A continuación encontrará lo que decidimos y lo que puede hacer si no está de acuerdo.",
    ])))
    part = iter(range(1, 20))

    def head(text: str) -> Block:
        n = next(part)
        return w.h(f"Parte {n}. {text}" if variant == 2 else text, space_before=10, shade=variant == 0)

    b.append(head(w.pick(["Lo que se pidió y lo que decidimos", "Equipo solicitado"])))
    rows = [["Código HCPCS", "Descripción", "Cantidad", "Decisión"]]
    for s in c.services:
        rows.append([_code(s["codes"][0]), M("SERVICE", s["text"]), str(s["qty"]),
                     "Aprobado" if s["decision"] == "approved" else "Negado"])
    b.append(Block("table", rows=rows, size=8.0, space_before=4, col_align=["left", "left", "right", "left"]))
    dshape = w.rng.randrange(2)
    dxs = "; ".join((f"{M('DIAGNOSIS', d['text'])} ({M('ICD10', d['codes'][0])})" if dshape == 0 else
                     f"{M('ICD10', d['codes'][0])} \u2013 {M('DIAGNOSIS', d['text'])}") for d in c.diagnoses)
    b.append(w.p(f"Diagnóstico: {dxs}.", size=st.size - 0.5, space_before=4))
    if partial:
        b.append(w.p(w.pick([
            f"El equipo aprobado se entregará por medio de {c.extra['es_supplier']}, que se comunicará con usted.",
            f"{c.extra['es_supplier']} le llamará para coordinar la entrega de lo que aprobamos.",
        ])))
    b.append(head(w.pick(["Motivo de nuestra decisión", "Por qué tomamos esta decisión"])))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick([f"Usamos los siguientes criterios: {w.crit(c.criteria[0])}.",
                             f"Criterio aplicado: {w.crit(c.criteria[0])}. Puede pedir una copia gratuita."])))
    if _show_rev(w, 0.75):
        name, cred, spec, rph = _rev(w)
        if "process.reviewer_not_physician" in c.defects:
            t = f"Esta decisión la tomó {name}" + (f", {cred}" if cred else "") + f" ({c.reviewer_title})."
        else:
            t = f"Esta decisión la tomó {name}" + (f", {cred}" if cred else "")
            t += (f", médico especialista en {spec}" if spec else ", médico revisor") + "."
        if rph:
            t += f" Su médico puede llamar al revisor al {rph}."
        b.append(w.p(t))
    # --- rights
    b.append(head(w.pick(["SUS DERECHOS", "Si no está de acuerdo con esta decisión"])))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"Apelación ante Kaiser Permanente: puede pedirnos una apelación dentro de los {days} siguientes a la fecha "
        f"de este aviso. Llame a Servicio a los Miembros al {ms} (TTY 711) o escriba a {', '.join(addr)}. Usted, su "
        "médico o un representante que usted elija puede presentar la apelación.",
        f"Tiene {days} a partir de la fecha de este aviso para apelar ante Kaiser Permanente. Puede hacerlo por "
        f"teléfono al {ms} (TTY 711) o por escrito a {', '.join(addr)}. Otra persona puede apelar por usted si "
        "usted lo autoriza.",
    ])))
    b.append(w.p(w.pick([
        "Resolveremos su apelación en un plazo de 30 días. Si esperar ese tiempo pone en grave peligro su vida, su "
        "salud o su capacidad de recuperar al máximo sus funciones, pida una apelación rápida: la resolveremos en 72 "
        "horas.",
        "Le daremos una respuesta en 30 días. Cuando su salud podría sufrir un daño grave por la espera, usted o su "
        "médico pueden pedir una apelación acelerada, que se decide en un plazo de 72 horas.",
    ])))
    b.append(w.p(w.pick([
        "Puede pedir sin costo copias de su expediente y de los documentos que usamos para tomar esta decisión.",
        "Tiene derecho a recibir gratis copias de todos los documentos y registros relacionados con esta decisión"
        + (", incluidos los criterios aplicados." if c.criteria else "."),
    ])))
    b.append(w.h(w.pick(["Audiencia Estatal", "Cómo pedir una Audiencia Estatal"]), space_before=8, size=st.size))
    b.append(w.p(w.pick([
        "Si no está de acuerdo con nuestra respuesta a su apelación, puede pedir una Audiencia Estatal al "
        "Departamento de Servicios Sociales de California (CDSS) dentro de los 120 días a partir de la fecha de "
        "nuestra carta de resolución de la apelación. Si no le respondemos en 30 días, puede pedir la Audiencia "
        "Estatal sin esperar. Llame al (800) 743-8525 (TDD (800) 952-8349) o escriba a California Department of "
        "Social Services, State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA "
        "94244-2430. La audiencia es gratuita.",
        "Después de la apelación con nosotros, usted tiene 120 días desde la fecha de nuestra decisión para pedir una "
        "Audiencia Estatal. Si no decidimos su apelación en 30 días, puede pedirla de inmediato. Comuníquese con la "
        "División de Audiencias Estatales del CDSS: teléfono (800) 743-8525, TDD (800) 952-8349, o por correo a "
        "P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA 94244-2430. Cuando su salud está en grave peligro, "
        "una audiencia acelerada se decide en 3 días hábiles después de que el estado recibe su expediente.",
    ])))
    if not no_cob:
        b.append(w.h(w.pick(["Seguir recibiendo servicios durante la apelación", "Ayuda pagada pendiente"]),
                     space_before=8, size=st.size))
        b.append(w.p(w.pick([
            "Si este aviso reduce o suspende un servicio que ya recibe, puede seguir recibiéndolo mientras se decide "
            "su apelación. Para ello debe apelar dentro de los 10 días a partir de la fecha de este aviso, o antes de "
            "la fecha en que el cambio entre en vigor, y pedir que el servicio continúe.",
            "Cuando la decisión detiene o reduce un servicio que ya tiene, puede conservarlo durante la apelación si "
            "apela en un plazo de 10 días desde la fecha de este aviso (o antes de que empiece el cambio) y pide "
            "seguir recibiéndolo.",
        ])))
    if not no_dmhc:
        b.append(w.h("Revisión Médica Independiente (IMR)", space_before=8, size=st.size))
        b.append(w.p(w.pick([
            "Si su apelación con nosotros no se resuelve a su favor, o si no recibe respuesta en 30 días, también "
            "puede pedir al Departamento de Atención Médica Administrada una Revisión Médica Independiente, siempre "
            "que no haya pedido antes una Audiencia Estatal. La IMR no tiene costo.",
            "Una Revisión Médica Independiente (IMR) del Departamento de Atención Médica Administrada es otra "
            "opción después de la apelación, si todavía no ha solicitado una Audiencia Estatal. Es gratuita.",
        ])))
        b.append(w.p(
            "El Departamento de Atención Médica Administrada de California es responsable de regular los planes de "
            f"servicios de salud. Si tiene una queja contra su plan de salud, primero llame a su plan al {ms} "
            "(TTY 711) y use el proceso de quejas de su plan antes de comunicarse con el Departamento. Este "
            "procedimiento de quejas no le prohíbe usar ningún derecho o recurso legal que pueda tener. Si necesita "
            "ayuda con una queja sobre una emergencia, una queja que su plan no haya resuelto de manera "
            "satisfactoria o una queja que siga sin resolverse después de más de 30 días, puede llamar al "
            "Departamento. Usted podría tener derecho a una Revisión Médica Independiente (IMR), que ofrece una "
            "revisión imparcial de las decisiones sobre la necesidad médica de un servicio o tratamiento, las "
            "decisiones de cobertura de tratamientos experimentales o de investigación y las disputas de pago por "
            "servicios de emergencia o urgencia. El Departamento tiene un número gratuito, 1-888-466-2219, y una "
            "línea TDD, 1-877-688-9891, para personas con problemas de audición o del habla. En su sitio web, "
            "www.dmhc.ca.gov, hay formularios de queja, formularios de solicitud de IMR e instrucciones.",
            bold=True, size=st.size - 0.5, space_before=6, boxed=variant == 0))
    b.append(w.p(w.pick([
        "Para ayuda gratuita con su apelación o audiencia, puede llamar a la Oficina del Ombudsman de Atención "
        "Administrada de Medi-Cal al 1-888-452-8609.",
        "La Oficina del Ombudsman de Medi-Cal puede ayudarle sin costo: 1-888-452-8609.",
    ]), space_before=6))
    b.append(w.p(w.pick(["Atentamente,", "Cordialmente,"]), space_before=10))
    b.append(w.p(w.pick(["Departamento de Administración de Utilización, Kaiser Permanente",
                         "Servicios de Revisión de Equipo Médico Duradero, Kaiser Permanente"]), bold=True,
                 space_before=8))
    if c.provider:
        b.append(w.p(f"cc: {w.prov()}; {c.extra['es_supplier']}", size=8.5, space_before=6))
    if no_lang:
        b.append(w.small("Kaiser Permanente cumple con las leyes federales de derechos civiles y no discrimina por "
                         "raza, color, origen nacional, edad, discapacidad o sexo.", space_before=10))
    else:
        b.append(w.small(w.pick([
            "Kaiser Permanente cumple con las leyes federales de derechos civiles y no discrimina por raza, color, "
            "origen nacional, edad, discapacidad o sexo. Ofrecemos intérpretes y materiales en otros formatos sin "
            "costo.",
            "No discriminamos a nadie por su raza, color, origen nacional, edad, discapacidad o sexo. Tenemos "
            "intérpretes calificados y letra grande sin costo para usted.",
        ]), space_before=10))
    b += _taglines(w, "CA", w.pick(["Asistencia con el idioma", "Ayuda en su idioma",
                                    "Servicios de intérprete sin costo"]))
    return b, st, ["es_noa_table_box", "es_noa_twocol", "es_noa_parts"][variant]


BLIND12_TEMPLATES["blind12_medi_cal_spanish_dme"] = (t_b12_es, dict(
    plans=["medi_cal"], states=["CA"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity"], language="es", reason=reason_b12_es))
MODELED_ON["blind12_medi_cal_spanish_dme"] = (
    "blind12: Spanish-only Kaiser Permanente California Medi-Cal notice of action denying (or approving only part of) "
    "durable medical equipment (power wheelchair, hospital bed, CPAP supplies, home oxygen) with an HCPCS table, "
    "day-first numeric dates and dates in Spanish words, 60-day appeal, 72-hour fast appeal, State Hearing within 120 "
    "days, aid paid pending within 10 days, IMR and the DMHC statement in Spanish, Medi-Cal ombudsman")


# === 4. Kaiser Permanente Mid-Atlantic States, ERISA employer plan: an infusion drug, denied or moved to home =====

# drug: (texts, HCPCS, units), admin: (texts, CPT)
_MA_DRUGS = [
    dict(key="infliximab", drug=(["Infliximab-dyyb (Inflectra), 10 mg", "Inflectra (infliximab-dyyb) infusion"],
                                 "Q5103", [40, 50, 60]),
         admin=(["IV infusion administration, first hour", "Infusion administration, initial hour"], "96413"),
         dx=[(["Crohn's disease, unspecified, without complications"], "K50.90")],
         spec=["Gastroenterology", "Internal Medicine"], what="infliximab", sites=["home", "center"],
         site_fact="you have had eight infusions of this medicine with no reaction, your heart and lung conditions "
                   "are stable, and you do not need the monitoring or emergency resources of a hospital during the "
                   "infusion",
         deny_fact="the request is to raise the dose to 10 mg per kg every four weeks, but there is no drug level or "
                   "antibody test on file, and your most recent colonoscopy and stool calprotectin show no active "
                   "inflammation; a higher dose is considered when a low drug level is shown with active disease"),
    dict(key="vedolizumab", drug=(["Vedolizumab (Entyvio), 1 mg", "Entyvio (vedolizumab) infusion"], "J3380",
                                  [300]),
         admin=(["IV infusion, therapeutic, initial hour", "Therapeutic infusion, first hour"], "96365"),
         dx=[(["Ulcerative colitis, unspecified, without complications"], "K51.90")],
         spec=["Gastroenterology"], what="vedolizumab", sites=["home", "center"],
         site_fact="your infusions so far have caused no reactions and your other health conditions are stable, so "
                   "the medicine can be given safely at home by a home infusion nurse or at a Kaiser Permanente "
                   "infusion center",
         deny_fact="the records show ulcerative colitis that has been in remission for two years on mesalamine "
                   "alone, and no flare, steroid course or failed medicine is documented; this medicine is approved "
                   "for moderate to severe disease that has not responded to standard treatment"),
    dict(key="ocrelizumab", drug=(["Ocrelizumab (Ocrevus), 1 mg", "Ocrevus (ocrelizumab) infusion"], "J2350", [600]),
         admin=(["Chemotherapy/biologic IV infusion, first hour", "Complex biologic infusion, initial hour"],
                "96413"),
         dx=[(["Multiple sclerosis"], "G35")],
         spec=["Neurology"], what="ocrelizumab", sites=["center"],
         site_fact="you have completed your starting doses without an infusion reaction, and the records show no "
                   "medical condition that needs hospital-level monitoring; maintenance doses can be given at an "
                   "ambulatory infusion center",
         deny_fact="your MRI scans over the last two years show no new lesions and you have had no relapses on your "
                   "current medicine, which the records show you tolerate well; a switch is considered when the "
                   "current treatment fails or cannot be tolerated"),
    dict(key="ivig", drug=(["Immune globulin (Privigen), 500 mg", "Intravenous immune globulin (Privigen)"], "J1459",
                           [120, 140, 160]),
         admin=(["IV infusion, therapeutic, initial hour", "Therapeutic infusion, first hour"], "96365"),
         dx=[(["Chronic inflammatory demyelinating polyneuritis"], "G61.81")],
         spec=["Neurology", "Allergy and Immunology"], what="immune globulin", sites=["home"],
         site_fact="you have had six courses with no reaction, and infusions of immune globulin are given safely at "
                   "home by our home infusion pharmacy nurses when there has been no reaction",
         deny_fact="the nerve conduction studies in your record do not show the slowing or blocks that confirm "
                   "chronic inflammatory demyelinating polyneuropathy, and no strength or disability scores were "
                   "recorded before or after the first trial course to show a response"),
]
_MA_SITES = {"home": ["home infusion (a nurse comes to your home)", "infusion at home"],
             "center": ["a Kaiser Permanente ambulatory infusion center", "an ambulatory infusion center"]}
_MA_CRIT = ["Kaiser Permanente Mid-Atlantic States Site of Care Guideline for Infused Medications",
            "MCG 28th Edition, Ambulatory Care: Site of Care for Infused Biologics"]
_MA_DRUG_CRIT = {"infliximab": "Kaiser Permanente Mid-Atlantic States Drug Use Criteria: Infliximab Products",
                 "vedolizumab": "Kaiser Permanente Mid-Atlantic States Drug Use Criteria: Vedolizumab",
                 "ocrelizumab": "Kaiser Permanente Mid-Atlantic States Drug Use Criteria: Ocrelizumab",
                 "ivig": "Kaiser Permanente Mid-Atlantic States Drug Use Criteria: Immune Globulin"}
_MA_PRACTICES = ["Chesapeake Gastroenterology Associates", "Capital Neurology Partners", "Potomac Digestive Health",
                 "Kaiser Permanente Neurology, Largo", "Kaiser Permanente Gastroenterology, Tysons Corner"]
_MA_HOSPITALS = ["Northwest Capital Hospital Outpatient Infusion", "Holy Ridge Medical Center Infusion Suite",
                 "Fairlakes Hospital Outpatient Infusion Department"]


def _mx_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b12_mx"):
        return
    c.extra["b12_mx"] = True
    _fmt(w, ("long", "mdy2", "mdy", "wk", "abbr"))
    if w.chance(0.25):  # the District of Columbia has the same Kaiser Permanente plan entity
        c.state = "DC"
        c.member_addr = address(w.rng, "DC")
        c.phones["dept"] = phone(w.rng, "DC")
    partial = c.letter_kind == "partial_denial"
    drug = w.pick(_MA_DRUGS)
    c.extra["mx_drug"] = drug
    texts, code, units = drug["drug"]
    atexts, acode = drug["admin"]
    site = w.pick(drug["sites"])
    c.extra["mx_site"] = site
    c.extra["mx_site_text"] = w.pick(_MA_SITES[site])
    c.extra["mx_hospital"] = w.pick(_MA_HOSPITALS)
    c.services = [dict(text=w.pick(texts), codes=[code], decision="approved" if partial else "denied",
                       units=w.pick(units)),
                  dict(text=w.pick(atexts), codes=[acode], decision="denied", units=1)]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in drug["dx"]]
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.provider_short = f"Dr. {last}"
    c.extra["mx_practice"] = w.pick(_MA_PRACTICES)
    c.extra["mx_fax"] = phone(w.rng, c.state, 0)
    c.service = None
    _set_criteria(c, lambda: [w.pick(_MA_CRIT)] if partial else [_MA_DRUG_CRIT[drug["key"]]])
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = w.pick(drug["spec"])
    c.extra["mx_start"] = c.letter + dt.timedelta(days=w.rng.randint(5, 20))
    _flags(c)


def reason_b12_mx(w: W) -> str:
    _mx_setup(w)
    c = w.c
    drug = c.extra["mx_drug"]
    hosp = c.extra["mx_hospital"]
    if _bare(c):
        return w.pick(["The requested service is not medically necessary.", "Medical necessity criteria were not met.",
                       "This request does not meet our criteria."])
    if c.letter_kind == "partial_denial":
        site = c.extra["mx_site_text"]
        return w.pick([
            f"Your {drug['what']} is approved, but not at {hosp}. A hospital outpatient department is not medically "
            f"necessary for these infusions because {drug['site_fact']}. The approval is for {site}.",
            f"The hospital outpatient setting requested ({hosp}) is not medically necessary: {drug['site_fact']}. We "
            f"approved the {drug['what']} to be given at {site} instead.",
        ])
    return w.pick([
        f"The {drug['what']} infusions are not medically necessary for you at this time because {drug['deny_fact']}.",
        f"We did not approve the {drug['what']} request: {drug['deny_fact']}.",
    ])


def t_b12_mx(w: W):
    _mx_setup(w)
    c = w.c
    st = _style(w, ["times", "helvetica", "helvetica"], [9.5, 10.0, 10.5])
    variant = w.rng.randrange(3)  # 0 letter + Q&A page, 1 letter with a decision table + Q&A + rights page,
    # 2 memo-style letter with the Q&A set as numbered questions
    drug = c.extra["mx_drug"]
    partial = c.letter_kind == "partial_denial"
    entity = V.REGION_ENTITY["Mid-Atlantic States"][0]
    addr = V.GRIEVANCE_ADDR["Mid-Atlantic States"]
    hosp = c.extra["mx_hospital"]
    site = c.extra["mx_site_text"]
    no_ext = "notice.external_review" in c.defects
    no_ca = "notice.consumer_assistance" in c.defects
    no_lang = "notice.language_assistance" in c.defects
    short = "mdy2"
    st.footer = [w.pick(["Page {page} of {pages}", f"Ref. {c.ids['ref']} \u00b7 {{page}}", "{page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    if w.chance(0.5):
        st.header = [f"{c.member_name} \u00b7 Member ID {c.member_id}"]
    plan_cue = M("PLAN_CUE", w.pick(["your employer's group health plan, which is governed by ERISA",
                                     "an ERISA-covered employer group plan", "your employer-sponsored health plan "
                                     "(ERISA)"]))
    sent = _dm(w, "DATE_LETTER", c.letter)
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"{M('REGION', 'Mid-Atlantic States')} \u00b7 Pharmacy and Utilization "
                                              "Review", entity],
                   right=addr[1:] + ["1-800-777-7902 \u00b7 TTY 711"]))
    b.append(w.p(sent, space_before=10))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    re_rows = [("Member ID", w.mid()), ("Group", f"{c.extra['employer']} (group {c.ids['group']})"),
               ("Reference", c.ids["ref"]), ("Medicine", M("SERVICE", c.services[0]["text"]))]
    if c.received:
        re_rows.append(("Request received", _dm(w, "DATE_RECEIVED", c.received, w.pick([short, None]))))
    if c.decision:
        re_rows.append(("Decision date", _dm(w, "DATE_DECISION", c.decision, w.pick([short, None]))))
    if variant == 2:
        b.append(Block("table", rows=[["RE:", ""]] + [[k, v] for k, v in re_rows], size=8.5, space_before=8))
    else:
        b.append(w.p("RE: " + w.pick(["Infusion medicine request", "Your request for an infused medicine",
                                      "Coverage decision: infusion therapy"]), bold=True, space_before=8))
        for k, v in re_rows:
            b.append(w.p(f"{k}: {v}", space_before=0, size=st.size - 0.5, indent=22))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    b.append(w.p(w.pick([
        f"{w.prov()} of {c.extra['mx_practice']} asked us to cover {drug['what']} infusions for you at {hosp}. "
        f"Your coverage is through {plan_cue}, and Kaiser Permanente decides these requests for the plan.",
        f"We reviewed a request from {w.prov()} ({c.extra['mx_practice']}) for {drug['what']} infusions at {hosp}. "
        f"You are covered under {plan_cue}.",
    ])))
    if partial:
        b.append(w.p(w.pick([
            f"Decision: the medicine is APPROVED, but only when it is given at {site}. Infusions at {hosp} are NOT "
            "approved.",
            f"We approved the {drug['what']} itself. We did not approve giving it in a hospital outpatient "
            f"department; it is covered at {site}.",
        ]), bold=variant != 1))
        b.append(w.p(w.pick([
            f"Our infusion team will call you to set up your first infusion at the new location, which can be as "
            f"soon as {_plain_day(w, c.extra['mx_start'], short)}. You will not have a gap in treatment.",
            "Your doctor's office and our infusion pharmacy will arrange the change so that your next dose is on "
            "time.",
        ])))
    else:
        b.append(w.p(w.pick(["Decision: DENIED. The plan will not cover this medicine.",
                             f"We are not able to approve the {drug['what']} infusions that were requested."]),
                     bold=variant != 1))
    if variant == 1:
        rows = [["Item", "Code", "Units", "Setting requested", "Decision"]]
        for s in c.services:
            dec = ("Approved at " + ("home" if c.extra["mx_site"] == "home" else "infusion center")
                   if s["decision"] == "approved" else "Denied")
            rows.append([M("SERVICE", s["text"]), _code(s["codes"][0]), str(s["units"]), "Hospital outpatient",
                         dec])
        b.append(Block("table", rows=rows, size=8.0, space_before=6))
    else:
        items = "; ".join(f"{M('SERVICE', s['text'])} ({_code(s['codes'][0])}, {s['units']} "
                          f"unit{'s' if s['units'] != 1 else ''})" for s in c.services)
        b.append(w.p(f"Items reviewed: {items}.", size=st.size - 0.5))
    b.append(w.p(w.pick([
        "The enclosed Clinical Review Summary explains the reasons for this decision in detail"
        + (", including the guideline we used." if c.criteria else "."),
        "Please read the attached Clinical Review Summary: it answers the questions of what we reviewed"
        + (", which rules we applied" if c.criteria else "") + " and why we decided as we did.",
    ])))
    # --- rights (in the letter, or on a page of their own)
    rights: list[Block] = []
    days = M("APPEAL_DAYS", c.appeal_phrase)
    rights.append(w.h(w.pick(["Your right to appeal", "IF YOU DISAGREE", "Appeal rights"]), space_before=10))
    rights.append(w.p(w.pick([
        f"You may appeal this decision within {days} after you receive this letter. Send your appeal in writing to "
        f"{', '.join(addr)}, or call Member Services at 1-800-777-7902 or (301) 468-6000 (TTY (301) 879-6380 or "
        "711), Monday through Friday, 7:30 a.m. to 5:30 p.m.",
        f"To appeal, write to {', '.join(addr)} within {days} of receiving this notice. Member Services can help "
        "you start an appeal: 1-800-777-7902 (TTY 711).",
    ])))
    rights.append(w.p(w.pick([
        "You may submit written comments, records and other information, and you may ask for free copies of all "
        "documents, records and other information relevant to your claim"
        + (", including the guideline used" if c.criteria else "") + ". You can also ask, free of charge, for the "
        "diagnosis and treatment codes and their meanings.",
        "On request and free of charge, we will give you reasonable access to and copies of everything relevant to "
        f"your claim{', the guideline we used' if c.criteria else ''} and the codes on this letter with their "
        "meanings.",
    ])))
    rights.append(w.p(w.pick([
        "We will decide your appeal within 30 days. If you or your doctor believe a delay would seriously "
        "jeopardize your life or health, ask for an urgent appeal; we will decide within 72 hours.",
        "A standard appeal for care not yet received is decided within 30 days; an urgent appeal within 72 hours.",
    ])))
    rights.append(w.p(w.pick([
        "After our appeal decision you have the right to bring a civil action under section 502(a) of ERISA.",
        "If the appeal is denied, you may file a lawsuit under ERISA section 502(a).",
    ])))
    if not no_ext:
        rights.append(w.p(w.pick([
            "If our final appeal decision still denies coverage, you may ask for an external review by an "
            "independent review organization within 4 months after you receive that decision. There is no charge.",
            "External review: an independent review organization can review our final internal decision at no cost "
            "to you if you ask within 4 months of receiving it.",
        ])))
    if not no_ca:
        ca = ["For help with your appeal rights, contact the Employee Benefits Security Administration at "
              "1-866-444-EBSA (3272) or www.dol.gov/ebsa."]
        if c.state == "MD" and w.chance(0.6):
            ca.append("Maryland residents may also call the Health Education and Advocacy Unit of the Office of the "
                      "Attorney General at 410-528-1840 or 1-877-261-8807.")
        if c.state == "VA" and w.chance(0.6):
            ca.append("Virginia residents may also contact the Office of the Managed Care Ombudsman, Bureau of "
                      "Insurance, at 1-877-310-6560 or ombudsman@scc.virginia.gov.")
        rights.append(w.p(" ".join(ca)))
    separate_rights = variant == 1
    if not separate_rights:
        b += rights
    b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
    b.append(w.p(w.pick(["Pharmacy Utilization Management", "Utilization Management Department",
                         "Infusion Therapy Review Team"]) + ", Kaiser Permanente Mid-Atlantic States", bold=True,
                 space_before=8))
    b.append(w.p(f"cc: {w.prov()}, {c.extra['mx_practice']} (fax {c.extra['mx_fax']})", size=8.5, space_before=8))
    encl = ["Clinical Review Summary"]
    if separate_rights:
        encl.append("Your Appeal Rights")
    encl.append("Notice of Nondiscrimination")
    if not no_lang:
        encl.append(w.pick(["Language Assistance", "Help in Your Language"]))
    b.append(w.p(w.pick(["Enclosures:", "Enclosures (" + str(len(encl)) + "):", "Encl.:"]), size=8.5, space_before=6))
    numbered = w.chance(0.5)
    for k, e in enumerate(encl, 1):
        b.append(w.p(f"{k}. {e}" if numbered else f"- {e}", size=8.5, space_before=0, indent=14))
    # --- the clinical review summary, questions and answers
    b.append(Block("pagebreak"))
    b.append(w.p(w.pick(["CLINICAL REVIEW SUMMARY", "Clinical Review Summary", "Clinical Review Summary \u2013 "
                         "Questions and Answers"]), bold=True, size=12.5, space_before=0, shade=variant == 0))
    b.append(w.p(f"Member: {w.name()}   ID: {w.mid()}   Reference: {c.ids['ref']}   Date: "
                 f"{_dm(w, 'DATE_LETTER', c.letter, short)}", size=8.5, space_before=4))
    qn = iter(range(1, 20))

    def qa(q: str, a: str) -> list[Block]:
        n = next(qn)
        lab = [f"Q: {q}", f"Question {n}: {q}", f"{n}. {q}"][variant]
        return [w.h(lab, space_before=8, size=st.size), w.p(("A: " if variant == 0 else "") + a, space_before=2)]

    b += qa("What was requested?", w.pick([
        f"{_cap(drug['what'])} infusions at {hosp}, requested by {w.prov()}; diagnosis: "
        + "; ".join(f"{M('DIAGNOSIS', d['text'])} ({M('ICD10', d['codes'][0])})" for d in c.diagnoses) + ".",
        "Infusion of " + drug["what"] + " in a hospital outpatient department for "
        + "; ".join(f"{M('ICD10', d['codes'][0])} {M('DIAGNOSIS', d['text'])}" for d in c.diagnoses) + ".",
    ]))
    recv = f" The complete request arrived on {_dm(w, 'DATE_RECEIVED', c.received, short)}." if c.received else ""
    b += qa("What information did the reviewer look at?", w.pick([
        "The request form, office notes from the last six months, laboratory results, infusion records and the "
        "medication list." + recv,
        "Records sent by your doctor's office: clinic notes, test results and the record of past infusions." + recv,
    ]))
    if c.criteria:
        b += qa("Which guideline was used?", w.pick([
            f"{w.crit(c.criteria[0])}. You can get a free copy on request.",
            f"The reviewer applied {w.crit(c.criteria[0])}; a copy is free on request.",
        ]))
    b += qa("Why was the request " + ("approved only at another site?" if partial else "denied?"), M("REASON", w.reason))
    if partial:
        b += qa("Is the approved site safe?", w.pick([
            "Yes. Infusion nurses give the same medicine, with the same monitoring and emergency medicines on hand. "
            "If you have a reaction in the future, your doctor can ask us to review the setting again.",
            "Home and infusion-center nurses follow the same safety steps as the hospital. A new reaction or change "
            "in your health would be a reason for your doctor to ask for the hospital setting again.",
        ]))
    if _show_rev(w, 0.85):
        name, cred, spec, rph = _rev(w)
        if "process.reviewer_not_physician" in c.defects:
            a = f"{name}" + (f", {cred}" if cred else "") + f", {c.reviewer_title}."
        else:
            a = f"{name}" + (f", {cred}" if cred else "") + ", physician reviewer" + (f", {spec}" if spec else "") + "."
        if rph:
            a += f" Your doctor may call {rph} for a peer-to-peer discussion."
        b += qa("Who made the decision?", a)
    if c.decision:
        b += qa("When was the decision made?", f"On {_dm(w, 'DATE_DECISION', c.decision, short)}.")
    if separate_rights:
        b.append(Block("pagebreak"))
        b.append(w.p("YOUR APPEAL RIGHTS", bold=True, size=12.5, space_before=0))
        b += rights
    b.append(_nondisc_en(w))
    b += _taglines(w, "MD", w.pick(["Language Assistance", "Help in Your Language", "Free language services"]))
    return b, st, ["mx_letter_qa", "mx_table_qa_rights", "mx_memo_numbered_qa"][variant]


BLIND12_TEMPLATES["blind12_mid_atlantic_erisa_infusion"] = (t_b12_mx, dict(
    plans=["erisa_group"], states=["MD", "VA"], kinds=["initial_denial", "partial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b12_mx))
MODELED_ON["blind12_mid_atlantic_erisa_infusion"] = (
    "blind12: Kaiser Permanente Mid-Atlantic States (Maryland, Virginia or DC) ERISA employer-plan letter about an "
    "infusion drug, denied outright or approved only at home or an ambulatory infusion center instead of a hospital "
    "outpatient department, with the rationale on an attached clinical review summary of questions and answers, a cc "
    "to the requesting provider, two-digit-year dates in places, an enclosures list, 180-day appeal, ERISA 502(a), "
    "external review within 4 months and EBSA")
