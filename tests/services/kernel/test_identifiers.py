import pytest

from app.services.errors import ValidationError
from app.services.kernel import identifiers


def _refused(fn, value) -> tuple:
    with pytest.raises(ValidationError) as err:
        fn(value)
    return err.value.field, err.value.code, err.value.params


def test_ins_key_and_corsica():
    assert identifiers.normalise_ins("2 48 03 75 123 456 58") == "248037512345658"
    number = "186032A123456"
    key = 97 - int(number.replace("2A", "19")) % 97
    assert identifiers.normalise_ins(f"{number}{key:02d}") == f"{number}{key:02d}"
    assert _refused(identifiers.normalise_ins, "248037512345657") == ("ins_matricule", "ins_key_mismatch", {})
    assert _refused(identifiers.normalise_ins, "2480375") == ("ins_matricule", "ins_format", {})


def test_avs_gln_check_digit():
    assert identifiers.normalise_avs("756.1234.5678.97") == "7561234567897"
    assert identifiers.normalise_gln("7601000000002") == "7601000000002"
    assert _refused(identifiers.normalise_avs, "756.1234.5678.90") == ("avs_number", "check_digit", {})
    assert _refused(identifiers.normalise_avs, "123.1234.5678.97") == ("avs_number", "avs_format", {})
    assert _refused(identifiers.normalise_gln, "7601000000003") == ("gln", "check_digit", {})
    assert _refused(identifiers.normalise_gln, "760100") == ("gln", "digit_count", {"count": 13})


def test_rpps_adeli_finess_insurance_card():
    assert identifiers.normalise_rpps("100 0345 6789") == "10003456789"
    assert identifiers.normalise_adeli("691234567") == "691234567"
    assert identifiers.normalise_finess("2A0001234") == "2A0001234"
    assert _refused(identifiers.normalise_rpps, "123") == ("rpps", "digit_count", {"count": 11})
    assert _refused(identifiers.normalise_adeli, "12345678a") == ("adeli", "digit_count", {"count": 9})
    assert _refused(identifiers.normalise_finess, "123") == ("finess", "finess_format", {})
    assert _refused(identifiers.normalise_insurance_card, "123") == ("insurance_card_number", "digit_count_between",
                                                                     {"min": 10, "max": 20})
