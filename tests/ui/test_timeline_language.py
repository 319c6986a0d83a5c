"""Issue 16: the item page's history ("Details" column) speaks the officer's language; what officers recorded (a
description, a reason, names) stays as recorded, while labels inside a summary (a category, a corrected field and its
choices) are translated."""

from __future__ import annotations

import pytest

from custody.services.intake.common import TimelineEntry
from custody.services.intake.queries import _summary, _summary_parts
from custody.ui.language import set_language
from custody.ui.pages.intake_models import TimelineModel, summary_text


def entry(kind: str, data: dict, category: str = "drug") -> TimelineEntry:
    return TimelineEntry(seq=7, at="2026-11-28T10:00:00Z", kind=kind, kind_label=kind, actor="helene", signers=(),
                         summary=_summary(kind, data, category), data=data, entry_hash="00",
                         summary_parts=_summary_parts(kind, data, category))


REGISTERED = entry("item.registered", {"category": "drug", "description": "6 blue bricks"})
SPLIT = entry("item.split", {"children": ["UN-DIL-26-000002-X", "UN-DIL-26-000003-Y"]})
CORRECTED = entry("item.corrected", {"field": "form", "old": "powder", "new": "crystal",
                                     "reason": "misread at intake", "approved_by": "ivan"})
LAB = entry("lab.returned", {"lab_number": "LAB-2026-100", "results": "Cocaine hydrochloride, 78 %",
                             "received_by": {"name": "Dr Amélia Soares", "organisation": "NFL", "id": "NFL-0457"}})


@pytest.fixture
def language(qapp):
    def use(code: str) -> None:
        set_language(code, qapp)
    yield use
    set_language("en", qapp)


def test_english_summaries_are_unchanged():
    assert summary_text(REGISTERED) == REGISTERED.summary == "Drugs: 6 blue bricks"
    assert SPLIT.summary == "Split into UN-DIL-26-000002-X, UN-DIL-26-000003-Y"
    assert CORRECTED.summary == "Form: “Powder” → “Crystals” (misread at intake); approved by ivan"
    assert LAB.summary == ("lab number LAB-2026-100; received by Dr Amélia Soares (NFL, NFL-0457); "
                           "Cocaine hydrochloride, 78 %")


@pytest.mark.parametrize(("code", "registered", "split", "corrected", "lab"), [
    ("fr", "Stupéfiants: 6 blue bricks", "Divisée en UN-DIL-26-000002-X, UN-DIL-26-000003-Y",
     "Forme : « Poudre » → « Cristaux » (misread at intake) ; approuvé par ivan",
     "numéro de laboratoire LAB-2026-100; reçue par Dr Amélia Soares (NFL, NFL-0457); Cocaine hydrochloride, 78 %"),
    ("ar", "مخدرات: 6 blue bricks", "جُزّئ إلى UN-DIL-26-000002-X, UN-DIL-26-000003-Y",
     "الشكل: «مسحوق» ← «بلورات» (misread at intake)؛ وافق عليه ivan",
     "رقم المختبر LAB-2026-100; استلمه Dr Amélia Soares (NFL, NFL-0457); Cocaine hydrochloride, 78 %"),
])
def test_summaries_in_the_officers_language(language, code, registered, split, corrected, lab):
    language(code)
    assert summary_text(REGISTERED) == registered
    assert summary_text(SPLIT) == split
    assert summary_text(CORRECTED) == corrected
    assert summary_text(LAB) == lab
    # the item page's table shows the same text, ids and recorded data untouched
    model = TimelineModel([CORRECTED, LAB])
    assert model.index(0, TimelineModel.COL_DETAILS).data() == corrected
    assert "LAB-2026-100" in model.index(1, TimelineModel.COL_DETAILS).data()


def test_error_parameters_that_are_labels_are_translated(language):
    """A service error names a status or a noun in English (N_-marked labels): the officer reads them translated,
    ids as they are."""
    from custody.domain.enums import ItemStatus
    from custody.domain.errors import Conflict, NotFound
    from custody.domain.i18n import N_
    from custody.services.custody.common import MSG_FINAL
    from custody.ui.errors import translate_error

    language("fr")
    final = Conflict(MSG_FINAL, item="UN-DIL-26-000001-D", status=ItemStatus.DISPOSED.label)
    assert translate_error(final).startswith("La pièce UN-DIL-26-000001-D a le statut « Sortie définitive » :")
    missing = NotFound(N_("Nouns", "item"), "UN-DIL-26-000009-Q")
    assert translate_error(missing) == "Rien n'a été trouvé pour pièce UN-DIL-26-000009-Q."
