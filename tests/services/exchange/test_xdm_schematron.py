"""The exported CDA through the ANS schematron of the CI-SIS "structuration minimale" (the header every CDA must
have), run with Saxon (saxonche): no failed assertion.

The ANS test kit (github ansforge/TestContenuCDA-3-0, read at commit 7cd489b39368809df9bcf2cfef5e5d6354438a02) is not
part of Cordée and cannot be downloaded during a test run: the test runs when ``CORDEE_CISIS_KIT`` names a copy of it
(its ``schematrons/`` and ``jeuxDeValeurs/`` folders), and is skipped otherwise. The schematron
``schematrons/profils/structurationMinimale/ASIP-STRUCT-MIN-StrucMin.sch`` is compiled with the kit's own ISO
skeleton (``schematrons/moteur/iso_dsdl_include.xsl``, ``iso_abstract_expand.xsl``, ``iso_svrl_for_xslt2.xsl``).
One value set file it reads (``include/voc-1.2.250.1.213.1.1.5.471-DYNAMIC.xml``, the XDS type codes J07) is not in
the kit: it is made here from the kit's ``jeuxDeValeurs/JDV_J07_XdsTypeCode_CISIS.xml`` (same OID, same codes).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest

from tests.services.exchange.xdm_support import care_plan_package

KIT = os.environ.get("CORDEE_CISIS_KIT")
SVS = "{urn:ihe:iti:svs:2008}"
pytestmark = pytest.mark.skipif(not KIT, reason="CORDEE_CISIS_KIT (a copy of ansforge/TestContenuCDA-3-0) not set")


def _j07_value_set(kit: Path, target: Path) -> None:
    value_set = ET.parse(kit / "jeuxDeValeurs" / "JDV_J07_XdsTypeCode_CISIS.xml").getroot().find(f"{SVS}ValueSet")
    concepts = "".join(f"<concept code={quoteattr(c.get('code'))} codeSystem={quoteattr(c.get('codeSystem'))}/>"
                       for c in value_set.iter(f"{SVS}Concept"))
    target.write_text(f'<?xml version="1.0" encoding="UTF-8"?><valueSets><valueSet id={quoteattr(value_set.get("id"))}>'
                      f"<conceptList>{concepts}</conceptList></valueSet></valueSets>", encoding="utf-8")


def _compiled(kit: Path, folder: Path, proc) -> Path:
    shutil.copytree(kit / "schematrons" / "profils" / "structurationMinimale", folder)
    voc = folder / "include" / "voc-1.2.250.1.213.1.1.5.471-DYNAMIC.xml"
    if not voc.exists():
        _j07_value_set(kit, voc)
    xslt = proc.new_xslt30_processor()
    engine = kit / "schematrons" / "moteur"
    text = xslt.compile_stylesheet(stylesheet_file=str(engine / "iso_dsdl_include.xsl")).transform_to_string(
        source_file=str(folder / "ASIP-STRUCT-MIN-StrucMin.sch"))
    for step in ("iso_abstract_expand.xsl", "iso_svrl_for_xslt2.xsl"):
        text = xslt.compile_stylesheet(stylesheet_file=str(engine / step)).transform_to_string(
            xdm_node=proc.parse_xml(xml_text=text))
    out = folder / "compiled.xsl"
    out.write_text(text, encoding="utf-8")
    return out


def test_the_exported_cda_passes_the_ans_header_schematron(practice, tmp_path):
    from saxonche import PySaxonProcessor
    from sqlmodel import select

    from app.models.practice import Practice
    from app.models.staff import Staff
    with practice.db.session() as s:
        staff = s.get(Staff, practice.staff_ids["physician"])
        staff.rpps = "10001234567"
        place = s.exec(select(Practice)).first()
        place.finess = "690000000"
        s.add_all([staff, place])
        s.commit()
    _pid, data = care_plan_package(practice)
    cda = tmp_path / "DOC0001.XML"
    cda.write_bytes(zipfile.ZipFile(io.BytesIO(data)).read("IHE_XDM/SUBSET01/DOC0001.XML"))
    with PySaxonProcessor(license=False) as proc:
        xsl = _compiled(Path(KIT), tmp_path / "schematron", proc)
        svrl = proc.new_xslt30_processor().compile_stylesheet(stylesheet_file=str(xsl)).transform_to_string(
            source_file=str(cda))
    assert "<svrl:fired-rule" in svrl   # the rules did run on the document
    failed = [" ".join(t.split()) for t in re.findall(r"<svrl:failed-assert.*?<svrl:text>(.*?)</svrl:text>", svrl, re.S)]
    assert failed == []


def test_the_reader_takes_the_pdf_out_of_the_ans_example_of_a_level_1_cda():
    from app.services.exchange import xdm_read

    example = Path(KIT) / "ExemplesCDA" / "DOC_NON_STRUCTURE_CDA-R2-N1.xml"
    if not example.exists():
        pytest.skip("the kit copy has no ExemplesCDA/")
    pdf = xdm_read.cda_pdf(example.read_bytes(), example.name)
    assert pdf is not None and pdf.startswith(b"%PDF-")
