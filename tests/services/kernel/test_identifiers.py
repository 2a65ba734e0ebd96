import pytest

from app.services.errors import ValidationError
from app.services.kernel import identifiers


def test_ins_key_and_corsica():
    assert identifiers.normalise_ins("2 48 03 75 123 456 58") == "248037512345658"
    number = "186032A123456"
    key = 97 - int(number.replace("2A", "19")) % 97
    assert identifiers.normalise_ins(f"{number}{key:02d}") == f"{number}{key:02d}"
    with pytest.raises(ValidationError):
        identifiers.normalise_ins("248037512345657")


def test_avs_gln_check_digit():
    assert identifiers.normalise_avs("756.1234.5678.97") == "7561234567897"
    assert identifiers.normalise_gln("7601000000002") == "7601000000002"
    for bad in ("756.1234.5678.90", "123.1234.5678.97"):
        with pytest.raises(ValidationError):
            identifiers.normalise_avs(bad)
    with pytest.raises(ValidationError):
        identifiers.normalise_gln("7601000000003")


def test_rpps_adeli_finess():
    assert identifiers.normalise_rpps("100 0345 6789") == "10003456789"
    assert identifiers.normalise_adeli("691234567") == "691234567"
    assert identifiers.normalise_finess("2A0001234") == "2A0001234"
    for fn, bad in ((identifiers.normalise_rpps, "123"), (identifiers.normalise_adeli, "12345678a"),
                    (identifiers.normalise_finess, "123")):
        with pytest.raises(ValidationError):
            fn(bad)
