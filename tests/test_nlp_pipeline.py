"""How the spaCy pipeline is run: the NER reads the letter's own text, not its rights boilerplate or taglines."""

from __future__ import annotations

import pytest

from analyzer import samplegen
from analyzer.document import Document
from analyzer.extract import extract
from analyzer.nlp import BOILERPLATE_SECTIONS, build_doc, get_nlp
from analyzer.nlp.components import get_group


def _doc(seed: int, template: str):
    spec = samplegen.generate(seed, template=template)
    return spec, build_doc(Document.from_text(spec.text.replace(samplegen.PAGE_BREAK, "\n\n")))


@pytest.mark.skipif("ner" not in get_nlp().pipe_names, reason="no trained model")
@pytest.mark.parametrize("template", ["kp_letterhead", "grievance_decision", "cms_ndmc_form", "medi_cal_noa"])
def test_entities_only_outside_boilerplate_and_same_as_whole_letter(template):
    spec, sdoc = _doc(3, template)
    boiler = [(c.start, c.end) for c in get_group(sdoc, "sections") if c.value in BOILERPLATE_SECTIONS]
    assert boiler, "the letter has rights boilerplate"
    ents = {(e.label_, e.start_char, e.end_char) for e in sdoc.ents}
    assert ents, "entities were found"
    assert not [e for e in ents if any(a <= e[1] < b for a, b in boiler)]
    reasons = list(sdoc.spans.get("sc", []))
    assert reasons and not [r for r in reasons if any(a <= r.start_char < b for a, b in boiler)]
    assert len(sdoc.spans["sc"].attrs["scores"]) == len(reasons)
    # the whole-letter NER finds the same entities outside the boilerplate (windows change little context)
    whole = {(e.label_, e.start_char, e.end_char) for e in get_nlp()(sdoc.text).ents
             if not any(a <= e.start_char < b for a, b in boiler)}
    assert len(ents & whole) >= 0.9 * len(whole)


@pytest.mark.skipif("ner" not in get_nlp().pipe_names, reason="no trained model")
def test_reviewer_signature_after_rights_section_is_still_read():
    for seed in range(40):
        spec = samplegen.generate(seed, template="grievance_decision")
        names = spec.spans("REVIEWER_NAME")
        if not names:
            continue
        _, sdoc = _doc(seed, "grievance_decision")
        boiler = [(c.start, c.end) for c in get_group(sdoc, "sections") if c.value in BOILERPLATE_SECTIONS]
        first = sdoc.text.find(names[0])
        if boiler and first > min(a for a, _ in boiler):
            # the NER read the signature (its label may vary between trainings); the letter names the reviewer
            assert any(names[0] in e.text or e.text in names[0] for e in sdoc.ents)
            doc = Document.from_text(spec.text.replace(samplegen.PAGE_BREAK, "\n\n"))
            assert extract(doc, build_doc(doc)).letter["reviewer"]["name"]["value"] == names[0]
            return
    pytest.skip("no generated grievance decision signs after its rights section")
