"""UI tests assert the English source texts: each starts with English installed
(the program itself starts in the configured language, French by default)."""

import pytest


@pytest.fixture(autouse=True)
def _ui_source_texts(qapp):
    from app.ui import i18n

    i18n.install(qapp, "en")
    yield
