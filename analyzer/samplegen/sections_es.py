"""Spanish Medi-Cal notice (Aviso de Acción) with its "Sus derechos" enclosure. Written for this generator."""

from __future__ import annotations

from . import sections_en as E
from . import vocab as V
from .layout import Block
from .markup import M
from .templates import _header_footer, _letterhead, _style
from .writer import W, join_and

ID_ES = [
    "Número de historia clínica",
    "Número de miembro",
    "N.º de expediente médico",
    "MRN",
    "Número de registro médico",
]

FACTS_ES = {
    "medical_necessity": [
        "los expedientes no muestran que usted haya completado el tratamiento previo que se requiere",
        "la información clínica recibida no muestra que necesite este nivel de atención en este momento",
        "los resultados de sus estudios no cumplen con los requisitos para este servicio",
    ],
    "experimental_investigational": [
        "los estudios publicados no muestran que este tratamiento funcione mejor que el tratamiento estándar",
        "este uso del tratamiento no está aprobado por la FDA y se considera en investigación",
    ],
    "not_covered": [
        "este servicio está excluido de los beneficios de Medi-Cal de su plan",
        "se considera un servicio cosmético",
    ],
}


def reason_es(w: W) -> str:
    c = w.c
    den = c.denied_services() or c.services
    svc = join_and([x["text"] for x in den], "y")
    cat = c.category
    if "notice.reason_specific" in c.defects:
        return w.pick(["El servicio no es médicamente necesario.", "La solicitud no cumple con nuestros criterios."])
    if cat in FACTS_ES:
        fact = w.pick(FACTS_ES[cat])
        if c.letter_kind == "partial_denial":
            ok = join_and([x["text"] for x in c.services if x["decision"] == "approved"], "y")
            return f"Aprobamos {ok}, pero negamos {svc} porque {fact}."
        if c.letter_kind == "termination_notice":
            return f"La cobertura de {svc} terminará porque {fact}."
        return w.pick(
            [
                f"Negamos {svc} porque {fact}.",
                f"Su solicitud de {svc} fue negada porque {fact}.",
                f"No podemos aprobar {svc}: {fact}.",
            ]
        )
    if cat == "out_of_network":
        return w.pick(
            [
                f"Negamos {svc} con {c.outside} porque no es un proveedor del plan y estos servicios están disponibles con proveedores de Kaiser Permanente.",
                f"{c.outside} está fuera de nuestra red. Los servicios que necesita se pueden brindar dentro de Kaiser Permanente, por eso negamos {svc}.",
            ]
        )
    if cat == "no_prior_authorization":
        return f"Negamos {svc} porque no se obtuvo la autorización previa que su plan requiere."
    raise ValueError(cat)


def _rights_es(w: W) -> list[Block]:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    out = [
        w.h("SUS DERECHOS", size=13, align="center"),
        w.h("Cómo presentar una apelación"),
        w.p(
            w.pick(
                [
                    f"Tiene {days} a partir de la fecha de este aviso para pedirnos una apelación.",
                    f"Si no está de acuerdo, puede presentar una apelación dentro de {days} a partir de la fecha de esta carta.",
                ]
            )
        ),
        w.p(
            f"Llame a Servicios a los Miembros al {c.phones['ms']} (TTY 711), escriba a {addr} o presente su apelación en kp.org. Su médico o un representante puede apelar por usted."
        ),
        w.h("Apelación rápida (acelerada)"),
        w.p(
            "Si esperar 30 días pone en grave peligro su vida o su salud, usted o su médico pueden pedir una apelación acelerada. Decidiremos dentro de 72 horas."
        ),
    ]
    medi = c.plan_type == "medi_cal"
    if medi:
        out += [
            w.h("Audiencia Estatal"),
            w.p(
                "Después de la apelación con nosotros, puede pedir una Audiencia Estatal al Departamento de Servicios Sociales de California (CDSS) dentro de 120 días a partir de la fecha de nuestra carta de resolución. Llame al 1-800-743-8525 (TDD 1-800-952-8349). La audiencia es gratuita."
            ),
            w.h("Revisión Médica Independiente (IMR)"),
            w.p(
                "También puede pedir una Revisión Médica Independiente al Departamento de Administración de Servicios de Salud (DMHC) si no ha pedido primero una Audiencia Estatal. La IMR es gratuita; solicítela dentro de 6 meses."
            ),
        ]
    else:
        out += [
            w.h("Revisión Médica Independiente (IMR)"),
            w.p(
                "Si la decisión trata sobre la necesidad médica o un tratamiento experimental o en investigación, puede pedir una Revisión Médica Independiente (IMR) al Departamento de Administración de Servicios de Salud (DMHC). La IMR no tiene costo para usted. Solicítela dentro de 6 meses a partir de nuestra decisión por escrito."
            ),
        ]
        if "notice.consumer_assistance" not in c.defects:
            out.append(w.p("Para recibir ayuda gratuita con su apelación, comuníquese con Health Consumer Alliance al 1-888-804-3536."))
        out.append(w.p("Puede pedir sin costo los códigos de diagnóstico y de tratamiento de esta decisión y su significado. Pedir los códigos no es una apelación."))
    if medi and "notice.continuation_of_benefits" not in c.defects:
        out += [
            w.h("Ayuda pagada pendiente"),
            w.p(
                "Si ya recibe este servicio, puede seguir recibiéndolo mientras se decide su apelación. Para ello debe apelar dentro de 10 días a partir de la fecha de este aviso o antes de la fecha en que termina el servicio."
            ),
        ]
    out += [
        w.p(
            "Tiene derecho a recibir gratis copias de todos los documentos, expedientes y criterios que usamos para tomar esta decisión."
        ),
    ]
    if medi:
        out.append(w.p("Oficina del Ombudsman de Atención Administrada de Medi-Cal: 1-888-452-8609, de lunes a viernes, de 8 a.m. a 5 p.m."))
    if "notice.dmhc_statement" not in c.defects:
        out.append(
            w.p(
                f"El Departamento de Administración de Servicios de Salud de California (Department of Managed Health Care) es responsable de regular los planes de servicios de salud. Si tiene una queja contra su plan, primero llame a su plan al {c.phones['ms']} y use su proceso de quejas antes de comunicarse con el departamento. Usar este proceso no anula los derechos o recursos legales que pueda tener. Si necesita ayuda con una queja de emergencia, con una queja que su plan no resolvió de forma satisfactoria o que lleva más de 30 días sin resolverse, puede llamar al departamento. También puede ser elegible para una Revisión Médica Independiente (IMR) sobre la necesidad médica de un servicio, tratamientos experimentales o en investigación y disputas de pago por servicios de emergencia. Teléfono gratuito del departamento: {E.DMHC_PHONE}; línea TDD: {E.DMHC_TDD}. Sitio web: {E.DMHC_WEB}.",
                bold=True,
                boxed=True,
                size=10,
            )
        )
    return out


def t_medi_cal_noa_es(w: W):
    c = w.c
    st = _style(w)
    _header_footer(w, st)
    lab = w.pick(ID_ES)
    st.header = [f"{M('MEMBER_NAME', c.member_name)}  {lab}: {M('MEMBER_ID', c.member_id)}"]
    st.footer = [w.pick(["Página {page} de {pages}", "Pág. {page}/{pages}"])]
    b = [_letterhead(w)]
    b.append(w.p(w.date("DATE_LETTER", c.letter), space_before=10))
    b += [w.p(w.name(), space_before=8)] + [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"{lab}: {w.mid()}", bold=True, space_before=10))
    if c.provider:
        b.append(
            w.p(f"{w.pick(['Proveedor que lo solicitó', 'Médico que hizo la solicitud'])}: {w.prov()}", space_before=0)
        )
    b.append(
        w.p(
            "Plan: "
            + M(
                "PLAN_CUE",
                w.pick(["Kaiser Permanente Medi-Cal", "Medi-Cal de Kaiser Permanente"])
                if c.plan_type == "medi_cal"
                else w.pick(["Kaiser Permanente HMO (Evidence of Coverage)", "Plan de salud Kaiser Permanente para grupos (HMO)"]),
            ),
            space_before=0,
        )
    )
    b.append(
        w.h(
            w.pick(["AVISO DE ACCIÓN", "Aviso de Acción", "AVISO DE ACCIÓN - Negación de servicio"])
            if c.plan_type == "medi_cal"
            else w.pick(["AVISO DE DENEGACIÓN", "Decisión sobre su solicitud de servicios", "Aviso de decisión de cobertura"]),
            size=13,
            align="center",
            space_before=12,
        )
    )
    b.append(w.p(f"Estimado(a) {w.name()}:", space_before=10))
    svc = join_and([w.svc_with_codes(s, 0) for s in c.services], "y")
    rcv = w.date("DATE_RECEIVED", c.received)
    who = w.prov() if c.provider else "usted"
    b.append(
        w.p(
            f"El {rcv} recibimos una solicitud de {who} para {svc}."
            if rcv
            else f"Revisamos una solicitud de {who} para {svc}."
        )
    )
    if w.chance(0.6):
        rows = [["Código", "Servicio", "Decisión"]] + [
            [
                ", ".join(w.code(x) for x in s["codes"]) or "-",
                w.svc(s),
                "Aprobado" if s["decision"] == "approved" else "Negado",
            ]
            for s in c.services
        ]
        b.append(Block("table", rows=rows))
    if c.decision:
        b.append(w.p(f"Fecha de la decisión: {w.date('DATE_DECISION', c.decision)}."))
    if c.urgency == "expedited":
        b.append(w.p("Su solicitud se revisó de forma acelerada (urgente)."))
    b.append(w.h(w.pick(["Motivo de la decisión", "Por qué tomamos esta decisión"])))
    b.append(w.p(M("REASON", w.reason)))
    if c.diagnoses:
        b.append(w.p("Diagnóstico: " + "; ".join(w.dx(d, 0) for d in c.diagnoses)))
    if c.criteria:
        b.append(
            w.p(
                f"Usamos {join_and([w.crit(x) for x in c.criteria], 'y')} para tomar esta decisión. Puede pedir una copia gratuita de estos criterios."
            )
        )
    if (
        c.category in ("not_covered", "out_of_network", "no_prior_authorization", "experimental_investigational")
        and "notice.plan_provision" not in c.defects
    ):
        b.append(
            w.p(
                "Esta decisión se basa en "
                + M(
                    "PLAN_PROVISION",
                    w.pick(
                        [
                            "el Título 22 del Código de Regulaciones de California, sección 51303",
                            'su Manual para Miembros de Medi-Cal, sección "Servicios que no cubre nuestro plan"',
                        ]
                    )
                    if c.plan_type == "medi_cal"
                    else w.pick(
                        [
                            'la sección "Exclusiones y limitaciones" de su Evidencia de Cobertura (EOC)',
                            f"su Evidencia de Cobertura {c.extra['year']}, página {c.extra['page']}",
                        ]
                    ),
                )
                + "."
            )
        )
    if c.category == "experimental_investigational" and c.scenario.get("serious") and "experimental.terminal_illness_rights" not in c.defects:
        b.append(
            w.p(
                "Otros tratamientos cubiertos, como la atención estándar con sus médicos del plan, siguen disponibles. "
                "Puede pedir una conferencia con nosotros sobre esta decisión; la haremos dentro de 30 días, o dentro de 5 días hábiles si su médico indica que la demora reduciría la eficacia del tratamiento. "
                "Puede pedir una Revisión Médica Independiente de inmediato, sin presentar primero una queja, y le enviaremos las razones médicas y científicas de esta decisión si las pide."
            )
        )
    if c.category == "out_of_network" or (c.category == "no_prior_authorization" and c.letter_kind != "payment_denial"):
        i = c.innet
        if "network.no_timely_in_network_alternative" in c.defects:
            b.append(w.p("Estos servicios están disponibles dentro de Kaiser Permanente."))
        else:
            b.append(w.p(f"Tiene una cita con {i['name']} ({i['specialty']}) en {i['facility']} el {c.d(i['appt'])}."))
    r = c.reviewer
    if r:
        nm = M("REVIEWER_NAME", r["name"]) + (", " + M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else "")
        t = f"Esta decisión fue revisada por {nm}"
        t += (
            f", especialidad {M('REVIEWER_SPECIALTY', r['specialty'])}." if r["specialty"] else f", {c.reviewer_title}."
        )
        if r["phone"]:
            t += f" Teléfono directo: {M('REVIEWER_PHONE', r['phone'])}."
        b.append(w.p(t))
    b.append(w.p(f"Si tiene preguntas, llame a Servicios a los Miembros al {c.phones['ms']} (TTY 711)."))
    b.append(w.p("Atentamente,", space_before=10))
    b.append(w.p("Departamento de Administración de Utilización", space_before=12))
    b.append(Block("pagebreak"))
    b += _rights_es(w)
    if "notice.language_assistance" not in c.defects:
        b.append(Block("pagebreak"))
        b += E.taglines(w)
    return b, st, "letterhead"
