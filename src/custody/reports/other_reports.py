"""Smaller reports on the same base: case inventory, audit discrepancies, disposal certificate,
laboratory submission form. Same fonts, same escaping, same page furniture as the court report."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from custody.domain.i18n import document_text
from custody.reports.base import ReportRenderer
from custody.reports.custody_report import scaled_image
from custody.reports.model import (
    AuditDiscrepancyData,
    AuditLine,
    CaseInventoryData,
    DisposalCertificateData,
    ItemInfo,
    LabSubmissionData,
    Person,
    StationInfo,
)


class _SmallReport(ReportRenderer):
    """Shared header/footer and blocks for the portrait reports."""

    station: StationInfo
    generated_at: str = ""
    ref: str = ""

    def __init__(self, data) -> None:
        self.data = data
        self._labels = dict(getattr(data, "labels", {}) or {})
        self.title = document_text(None, data.title)  # the English title, in the document's language
        self.station = data.station
        super().__init__()

    @property
    def width(self) -> float:
        left, right, _t, _b = self.margins
        return self.pagesize[0] - left - right

    def header_left(self) -> str:
        s = self.station
        return f"{s.agency} · {s.evidence_room} ({s.station_code})"

    def header_right(self) -> str:
        return f"{self.title} · {self.ref}" if self.ref else self.title

    def footer_left(self) -> str:
        return f"{self.label('generated', 'Generated')} {self.generated_at} ({self.station.time_zone})" \
            if self.generated_at else ""

    def heading(self, subtitle: str = "") -> list[Flowable]:
        out: list[Flowable] = [self.p(self.title, "title")]
        if subtitle:
            out.append(self.p(subtitle, "small"))
        out.append(self.spacer(3))
        return out

    def item_rows(self, items: tuple[ItemInfo, ...], *, with_photo: bool = False) -> Table:
        widths = [12 * mm, 34 * mm, 28 * mm, 0, 18 * mm, 28 * mm]
        widths[3] = self.width - sum(widths)
        header = [self.label(k, v) for k, v in (
            ("no", "No."), ("item_id", "Item id"), ("category", "Category"), ("description", "Description"),
            ("quantity", "Quantity"), ("seal", "Seal"))]
        rows = []
        for it in items:
            desc: list = [self.p(it.description, "cell")]
            for label, value in it.fields:
                desc.append(self.p(f"{label}: {value}", "small"))
            if with_photo and it.photo_jpeg:
                try:
                    desc.append(scaled_image(it.photo_jpeg, widths[3] - 6, 30 * mm))
                except Exception:  # a broken photo must not stop the form
                    pass
            seal = f"{self.label('sealed', 'Sealed')} {it.seal_number}".strip() if it.sealed \
                else self.label("not_sealed", "Not sealed")
            rows.append([self.p(it.item_number, "cell"), self.p(it.item_id, "cell_bold"),
                         self.p(it.category_label, "cell"), desc,
                         self.p(f"{it.quantity} {it.unit}".strip(), "cell"), self.p(seal, "cell")])
        t = self.grid(header, rows, widths)
        t.splitInRow = 1
        return t

    def signature_lines(self, people: list[tuple[str, str]]) -> Table:
        """Caption + name above a line to sign on, two per row."""
        col = self.width / 2
        cells = []
        for caption, name in people:
            inner = Table([[self.p(caption, "label")], [self.p(name, "body")], [""],
                           [self.p(self.label("signature_date", "Signature and date"), "small")]],
                          colWidths=[col - 8 * mm], rowHeights=[12, 13, 12 * mm, None])
            inner.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font),
                                       ("LINEBELOW", (0, 2), (0, 2), 0.6, colors.black),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            cells.append(inner)
        rows = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
        t = Table(rows, colWidths=[col, col])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return t

    def case_pairs(self, case) -> list[tuple[str, str]]:
        return [
            (self.label("case_number", "Case number"), case.case_number),
            (self.label("offence", "Offence"), case.offence_label or "—"),
            (self.label("prosecutor_ref", "Prosecutor reference"), case.prosecutor_ref or "—"),
            (self.label("court_ref", "Court reference"), case.court_ref or "—"),
        ]


def _who(p: Person | None) -> str:
    return p.display if p else ""


class CaseInventoryRenderer(_SmallReport):
    def __init__(self, data: CaseInventoryData) -> None:
        self.ref = data.case.case_number
        self.generated_at = data.generated_at
        super().__init__(data)

    def story(self) -> list[Flowable]:
        d: CaseInventoryData = self.data
        out = self.heading(f"{self.label('report', 'Report')} {d.report_id} · {d.generated_at} · "
                           f"{_who(d.generated_by)}".strip(" ·"))
        out.append(self.kv_table(self.case_pairs(d.case), (32 * mm, self.width / 2 - 32 * mm), cols=2))
        out.append(self.spacer(3))
        widths = [10 * mm, 35 * mm, 0, 26 * mm, 32 * mm, 32 * mm]
        widths[2] = self.width - sum(widths)
        header = [self.label(k, v) for k, v in (
            ("no", "No."), ("item_id", "Item id"), ("description", "Description"), ("status", "Status"),
            ("location", "Location / holder"), ("last_event", "Last event"))]
        rows = []
        for line in d.lines:
            it = line.item
            where = " / ".join(x for x in (line.location, line.holder) if x)
            desc = [self.p(it.category_label, "cell_bold"), self.p(it.description, "cell")]
            if it.sealed:
                desc.append(self.p(f"{self.label('sealed', 'Sealed')} {it.seal_number}".strip(), "small"))
            rows.append([self.p(it.item_number, "cell"), self.p(it.item_id, "cell_bold"), desc,
                         self.p(it.status_label, "cell"), self.p(where, "cell"), self.p(line.last_event, "cell")])
        t = self.grid(header, rows, widths)
        t.splitInRow = 1
        out.append(t)
        out.append(self.spacer(2))
        out.append(self.p(self.label("total_items", "Items: {n}").format(n=len(d.lines)), "body"))
        return out


class AuditDiscrepancyRenderer(_SmallReport):
    def __init__(self, data: AuditDiscrepancyData) -> None:
        self.ref = data.audit_id
        self.generated_at = data.generated_at
        super().__init__(data)

    def _lines(self, lines: tuple[AuditLine, ...], caption: str, cols: list[tuple[str, str, str]]) -> list:
        out: list[Flowable] = [self.p(f"{caption} ({len(lines)})", "h2")]
        if not lines:
            out.append(self.p(self.label("none", "None."), "body"))
            return out
        widths = [36 * mm] + [30 * mm] * (len(cols) - 1)
        widths.insert(1, self.width - sum(widths))
        header = [self.label("item_id", "Item id"), self.label("description", "Description")]
        header += [self.label(k, v) for k, v, _attr in cols[1:]]
        rows = []
        for ln in lines:
            rows.append([self.p(ln.item_id, "cell_bold"), self.p(ln.description, "cell")]
                        + [self.p(getattr(ln, attr), "cell") for _k, _v, attr in cols[1:]])
        t = self.grid(header, rows, widths)
        t.splitInRow = 1
        out.append(t)
        return out

    def story(self) -> list[Flowable]:
        d: AuditDiscrepancyData = self.data
        out = self.heading(f"{d.audit_id} · {d.scope}")
        pairs = [
            (self.label("scope", "Scope"), d.scope),
            (self.label("auditors", "Auditors"), "; ".join(p.display for p in d.auditors)),
            (self.label("started", "Started"), d.started_at),
            (self.label("finished", "Finished"), d.finished_at),
            (self.label("expected", "Expected items"), str(d.expected_count)),
            (self.label("scanned", "Scanned items"), str(d.scanned_count)),
            (self.label("discrepancies", "Discrepancies"),
             str(len(d.missing) + len(d.unexpected) + len(d.misplaced))),
        ]
        out.append(self.kv_table(pairs, (32 * mm, self.width / 2 - 32 * mm), cols=2))
        if d.remarks:
            out.append(self.kv_table([(self.label("memo", "Remarks"), d.remarks)], (32 * mm, self.width - 32 * mm)))
        key = ("", "", "")
        out += self._lines(d.missing, self.label("missing", "Missing (expected, not found)"),
                           [key, ("expected_location", "Expected at", "expected_location"),
                            ("note", "Note", "note")])
        out += self._lines(d.unexpected, self.label("unexpected", "Unexpected (found, not expected)"),
                           [key, ("found_location", "Found at", "found_location"), ("note", "Note", "note")])
        out += self._lines(d.misplaced, self.label("misplaced", "Misplaced (found in the wrong place)"),
                           [key, ("expected_location", "Expected at", "expected_location"),
                            ("found_location", "Found at", "found_location"), ("note", "Note", "note")])
        out.append(self.spacer(6))
        out.append(KeepTogether([self.signature_lines(
            [(self.label("auditor", "Auditor"), p.display) for p in d.auditors]
            + [(self.label("supervisor", "Supervisor"), "")])]))
        return out


class DisposalCertificateRenderer(_SmallReport):
    def __init__(self, data: DisposalCertificateData) -> None:
        self.ref = data.certificate_number
        self.generated_at = data.generated_at
        super().__init__(data)

    def _facts(self, pairs: list[tuple[str, str]]) -> Table:
        return self.kv_table(pairs, (38 * mm, self.width - 38 * mm))

    def story(self) -> list[Flowable]:
        d: DisposalCertificateData = self.data
        tz = d.station.time_zone
        out = self.heading(d.certificate_number)
        out.append(self.kv_table(self.case_pairs(d.case), (32 * mm, self.width / 2 - 32 * mm), cols=2))
        out.append(self.p(self.label("authorisation", "Authorisation"), "h2"))
        auth = [(self.label("authority", "Authority"), d.authority or "—"),
                (self.label("order_reference", "Order reference"), d.order_reference or "—")]
        if d.authorized_by is not None:
            auth.append((self.label("authorized_by", "Authorised by"), d.authorized_by.display))
        if d.authorized_at:
            auth.append((self.label("authorized_at", "Authorised on"), f"{d.authorized_at} ({tz})"))
        out.append(self._facts(auth))
        if d.released:
            out.append(self.p(self.label("release", "Release to the owner"), "h2"))
        else:
            out.append(self.p(self.label("completion", "Disposal carried out"), "h2"))
        done = [(self.label("method", "Method"), d.method or "—")]
        if d.details:
            done.append((self.label("details", "Details"), d.details))
        done.append((self.label("performed_at", "Date/time"), f"{d.performed_at} ({tz})"))
        if d.place or not d.released:
            done.append((self.label("place", "Place"), d.place or "—"))
        if d.released:
            done.append((self.label("owner", "Released to"), d.recipient or "—"))
            done.append((self.label("identity_document", "Identity document"), d.identity_document or "—"))
            done.append((self.label("released_by", "Released by"), d.performed_by.display))
        else:
            if d.recipient:
                done.append((self.label("recipient", "Recipient"), d.recipient))
            done.append((self.label("performed_by", "Carried out by"), d.performed_by.display))
            done.append((self.label("witnesses", "Witnesses"),
                         "; ".join(w.display for w in d.witnesses) or "—"))
        if d.memo:
            done.append((self.label("memo", "Remarks"), d.memo))
        out.append(self._facts(done))
        out.append(self.p(self.label("items", "Items"), "h2"))
        out.append(self.item_rows(d.items))
        if d.released:
            statement = self.label(
                "release_statement",
                "We certify that the items listed above were released to the person named above, who proved "
                "their identity with the document given, on the date and at the place given above.")
        else:
            statement = self.label(
                "disposal_statement",
                "We certify that the items listed above were disposed of as stated, in our presence, on the "
                "date and at the place given above.")
        out.append(self.spacer(3))
        out.append(self.p(statement, "body"))
        if d.entry_hashes:
            out.append(self.p(self.label("ledger_entries", "Ledger entries"), "h2"))
            rows = [[self.p(i, "cell"), self.p(h, "mono_small")] for i, h in d.entry_hashes]
            out.append(self.grid([self.label("item_id", "Item id"), self.label("entry_hash", "Entry hash")],
                                 rows, [40 * mm, self.width - 40 * mm]))
        out.append(self.spacer(6))
        if d.released:
            people = [(self.label("released_by", "Released by"), d.performed_by.display),
                      (self.label("owner", "Released to"), d.recipient)]
        else:
            people = [(self.label("performed_by", "Performed by"), d.performed_by.display)]
            people += [(self.label("witness", "Witness"), w.display) for w in d.witnesses]
        out.append(KeepTogether([self.signature_lines(people)]))
        return out


class LabSubmissionRenderer(_SmallReport):
    def __init__(self, data: LabSubmissionData) -> None:
        self.ref = data.submission_number
        self.generated_at = data.generated_at
        super().__init__(data)

    def story(self) -> list[Flowable]:
        d: LabSubmissionData = self.data
        out = self.heading(f"{d.submission_number} · {d.laboratory}")
        pairs = self.case_pairs(d.case) + [
            (self.label("submission_number", "Submission"), d.submission_number),
            (self.label("laboratory", "Laboratory"), d.laboratory),
            (self.label("lab_number", "Laboratory number"), d.lab_number or "—"),
            (self.label("submitted_by", "Submitted by"), d.submitted_by.display),
            (self.label("submitted_at", "Submitted on"), d.submitted_at),
            (self.label("transport", "Transport"), d.transport or "—"),
            (self.label("hazards", "Hazards"), d.hazards or "—"),
        ]
        out.append(self.kv_table(pairs, (32 * mm, self.width / 2 - 32 * mm), cols=2))
        out.append(self.p(self.label("examinations", "Examinations requested"), "h2"))
        out.append(self.p(d.examinations_requested, "body"))
        if d.case_summary:
            out.append(self.p(self.label("case_summary", "Case summary"), "h2"))
            out.append(self.p(d.case_summary, "body"))
        out.append(self.p(self.label("items", "Items"), "h2"))
        out.append(self.item_rows(d.items, with_photo=True))
        if d.weights:
            out.append(self.p(self.label("weights", "Weights on record"), "h2"))
            widths = [40 * mm, 30 * mm, 30 * mm, 0]
            widths[3] = self.width - sum(widths)
            header = [self.label(k, v) for k, v in (("item_id", "Item id"), ("gross", "Gross weight"),
                                                    ("net", "Net weight"), ("weight_source", "Recorded by"))]
            rows = [[self.p(i, "cell_bold"), self.p(g or "—", "cell"), self.p(n or "—", "cell"),
                     self.p(src, "cell")] for i, g, n, src in d.weights]
            out.append(self.grid(header, rows, widths))
        if d.entry_hashes:
            out.append(self.p(self.label("ledger_entries", "Ledger entries"), "h2"))
            rows = [[self.p(i, "cell"), self.p(h, "mono_small")] for i, h in d.entry_hashes]
            out.append(self.grid([self.label("item_id", "Item id"), self.label("entry_hash", "Entry hash")],
                                 rows, [40 * mm, self.width - 40 * mm]))
        out.append(self.spacer(6))
        out.append(KeepTogether([self.signature_lines([
            (self.label("submitted_by", "Submitted by"), d.submitted_by.display),
            (self.label("received_by_lab", "Received by the laboratory"), ""),
        ])]))
        return out
