"""The court report: chain of custody of the items of one case/seizure (DESIGN.md section 6).

``CustodyReportRenderer(data).render()`` returns unsigned PDF bytes. The caller then embeds the
proof bundle and signs (``custody.reports.pdfsign``), in that order, so the signature covers the
attachment::

    pdf = CustodyReportRenderer(data).render()
    pdf = embed_attachment(pdf, name="custody-proof.json", data=bundle_bytes)
    pdf = sign_pdf(pdf, key_pem, cert_pem, reason="Chain of custody report", location=station)
"""

from __future__ import annotations

import io

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Table,
    TableStyle,
)

from custody.reports.base import ReportRenderer, has_rtl, markup_para, safe_markup
from custody.reports.model import (
    Correction,
    CustodyReportData,
    CustodyRow,
    Disposition,
    ItemInfo,
    ItemWithHistory,
)


def scaled_image(data: bytes, max_w: float, max_h: float) -> Image:
    """An Image flowable of PNG/JPEG bytes, scaled to fit max_w x max_h keeping its aspect."""
    reader = ImageReader(io.BytesIO(data))
    iw, ih = reader.getSize()
    scale = min(max_w / iw, max_h / ih)
    img = Image(io.BytesIO(data), width=iw * scale, height=ih * scale)
    img.hAlign = "LEFT"
    return img


def qr_image(text: str, size: float) -> Image:
    """A QR code (UTF-8 byte mode) of ``text`` as an Image flowable ``size`` points square."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=4, border=2)
    qr.add_data(text.encode("utf-8"))
    qr.make(fit=True)
    buf = io.BytesIO()
    qr.make_image(fill_color="black", back_color="white").save(buf, format="PNG")
    img = Image(io.BytesIO(buf.getvalue()), width=size, height=size)
    img.hAlign = "LEFT"
    return img


class CustodyReportRenderer(ReportRenderer):
    pagesize = landscape(A4)

    def __init__(self, data: CustodyReportData) -> None:
        self.data = data
        self._labels = dict(data.labels)
        self.title = data.title
        super().__init__()

    # --- page furniture ---------------------------------------------------------------------

    def header_left(self) -> str:
        s = self.data.station
        return f"{s.agency} · {s.evidence_room} ({s.station_code})"

    def header_right(self) -> str:
        return f"{self.data.title} · {self.label('case', 'Case')} {self.data.case.case_number}"

    def footer_left(self) -> str:
        d = self.data
        return (f"{self.label('report', 'Report')} {d.integrity.report_id} · "
                f"{self.label('generated', 'Generated')} {d.generated_at} "
                f"({d.station.time_zone}) · {d.generated_by.display}")

    @property
    def width(self) -> float:
        left, right, _t, _b = self.margins
        return self.pagesize[0] - left - right

    # --- story ------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        out += self.title_block()
        out += self.case_block()
        out += self.items_summary()
        group = None
        total = len(self.data.items)
        for number, entry in enumerate(self.data.items, 1):
            if entry.item.group and entry.item.group != group and self.grouped:
                group = entry.item.group
                out += [CondPageBreak(40 * mm), self.p(group, "h1")]
            out += self.item_section(entry, number, total)
        out += self.certification_block()
        out += self.how_to_check()
        out += self.integrity_section()
        return out

    @property
    def grouped(self) -> bool:
        """Case reports with items from several seizures show a heading per seizure."""
        return len({e.item.group for e in self.data.items}) > 1

    def title_block(self) -> list[Flowable]:
        d = self.data
        return [
            self.p(d.title, "title"),
            self.p(f"{self.label('report', 'Report')} {d.integrity.report_id} · "
                   f"{self.label('generated', 'Generated')} {d.generated_at} ({d.station.time_zone}) · "
                   f"{self.label('by', 'by')} {d.generated_by.display}", "small"),
            self.spacer(3),
        ]

    def case_block(self) -> list[Flowable]:
        s, c, z = self.data.station, self.data.case, self.data.seizure
        pairs = [
            (self.label("agency", "Agency"), s.agency),
            (self.label("evidence_room", "Evidence room"), f"{s.evidence_room} ({s.station_code})"),
            (self.label("case_number", "Case number"), c.case_number),
            (self.label("offence", "Offence"), c.offence_label),
            (self.label("agency_ref", "Agency reference"), c.agency_ref),
            (self.label("prosecutor_ref", "Prosecutor reference"), c.prosecutor_ref),
            (self.label("court_ref", "Court reference"), c.court_ref),
            (self.label("document_number", "Seizure document"), z.document_number),
            (self.label("seized_at", "Seized on"), f"{z.occurred_at} ({s.time_zone})"),
            (self.label("place", "Place of seizure"), z.place),
            (self.label("seizing_officer", "Seizing officer"), z.seizing_officer.display),
            (self.label("witnesses", "Witnesses"), "; ".join(z.witnesses) or "—"),
            (self.label("legal_authority", "Legal authority"), z.legal_authority or "—"),
            (self.label("received_from", "Received from"), z.received_from or "—"),
        ]
        lw = 34 * mm
        vw = self.width / 2 - lw
        return [self.p(self.label("case_and_seizure", "Case and seizure"), "h1"),
                self.kv_table(pairs, (lw, vw), cols=2), self.spacer(3)]

    def items_summary(self) -> list[Flowable]:
        w = self.width
        widths = [14 * mm, 38 * mm, 32 * mm, w - 190 * mm, 20 * mm, 46 * mm, 40 * mm]
        c = self.c
        rows = []
        extra: list[tuple] = []
        group = None
        for number, entry in enumerate(self.data.items, 1):
            it = entry.item
            if self.grouped and it.group != group:
                group = it.group
                r = len(rows) + 1
                rows.append([c(group, w)] + [""] * 6)
                extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eef2f7"))]
            rows.append([
                c(str(number), widths[0]), c(it.item_id, widths[1], "cell_bold"),
                c(it.category_label, widths[2]), c(it.description, widths[3]),
                c(f"{it.quantity} {it.unit}".strip(), widths[4]), c(self.seal_text(it), widths[5]),
                c(it.status_label, widths[6]),
            ])
        header = [self.label(k, v) for k, v in (
            ("no", "No."), ("item_id", "Item id"), ("category", "Category"), ("description", "Description"),
            ("quantity", "Quantity"), ("seal", "Seal"), ("status", "Status"))]
        table = self.grid(header, rows, widths, extra, fonts={1: "cell_bold"})
        table.splitInRow = 1
        return [self.p(self.label("items", "Items"), "h1"), table, self.spacer(2)]

    def seal_text(self, it: ItemInfo) -> str:
        if it.sealed:
            return f"{self.label('sealed', 'Sealed')} {it.seal_number}".strip()
        return self.label("not_sealed", "Not sealed")

    # --- one item ---------------------------------------------------------------------------

    def item_section(self, entry: ItemWithHistory, number: int = 1, total: int = 1) -> list[Flowable]:
        it = entry.item
        out: list[Flowable] = [CondPageBreak(70 * mm if it.photo_jpeg else 45 * mm)]
        heading = self.label("item_heading", "Item {number} of {total} · {item_id}").format(
            number=number, total=total, item_id=it.item_id)
        out.append(self.p(heading, "h1"))
        core = [(k, v) for k, v in (
            (self.label("category", "Category"), it.category_label),
            (self.label("description", "Description"), it.description),
            (self.label("quantity", "Quantity"), f"{it.quantity} {it.unit}".strip()),
            (self.label("seal", "Seal"), self.seal_text(it)),
            (self.label("seal_history", "Seal changes"), it.seal_history),
            (self.label("status", "Status"), it.status_label),
            (self.label("custodian_now", "Held by"), it.custodian),
            (self.label("location_now", "Stored at"), it.location),
            (self.label("weights_now", "Latest weights"), it.weights),
            (self.label("item_number", "Number in its seizure"), it.item_number),
            (self.label("photo", "Photo"), it.photo_problem),
        ) if v]
        fields = [(k, v) for k, v in it.fields if v]
        if it.photo_jpeg:
            # The photo sits beside the item's core facts (one block that cannot split, kept short); the
            # category fields follow in a table that may continue on the next page: no near-empty pages.
            photo_w = 62 * mm
            try:
                photo: Flowable = scaled_image(it.photo_jpeg, photo_w - 2 * mm, 55 * mm)
            except Exception:  # a broken photo must not stop the court report
                photo = self.p(self.label("photo_unreadable", "(photo could not be read)"), "small")
            box = Table([[self.kv_table(core, (36 * mm, self.width - 40 * mm - photo_w)), photo]],
                        colWidths=[self.width - photo_w, photo_w])
            box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(box)
            if fields:
                out.append(self.kv_table(fields, (36 * mm, self.width - 40 * mm - photo_w)))
        else:
            out.append(self.kv_table(core + fields, (36 * mm, self.width - 36 * mm)))
        # Not "keep with next": the table may start at the bottom of a page and go on (header repeated).
        out += [CondPageBreak(28 * mm), self.p(self.label("custody_history", "Chain of custody"), "h2_loose"),
                self.custody_table(entry)]
        if entry.corrections:
            out.append(self.p(self.label("corrections", "Corrections"), "h2"))
            out.append(self.corrections_table(entry.corrections))
        out.append(self.p(self.label("disposition", "Disposition"), "h2"))
        out += self.disposition(it.disposition)
        out.append(self.spacer(4))
        return out

    def disposition(self, d: Disposition | None) -> list[Flowable]:
        """Authority, action and witnesses, as on DA Form 4137."""
        if d is None:
            return [self.p(self.label("no_disposition", "No disposition recorded: the item is still held."), "body")]
        half = self.width / 2 - 3 * mm
        lw = 34 * mm
        blocks = []
        for caption, pairs in ((self.label("disposition_authority", "Authority"), d.authority),
                               (self.label("disposition_action", "Action"), d.action)):
            blocks.append([self.p(caption, "label"), self.kv_table(pairs, (lw, half - lw))] if pairs else "")
        out: list[Flowable] = [self.p(d.title, "h3" if "h3" in self.st else "label")]
        t = Table([blocks], colWidths=[self.width / 2, self.width / 2])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out.append(t)
        if d.witnesses:
            widths = [60 * mm, 40 * mm, self.width - 160 * mm, 60 * mm]
            header = [self.label(k, v) for k, v in (("witness", "Witness"), ("organisation", "Organisation"),
                                                    ("statement", "Statement"), ("witness_signature", "Signature"))]
            rows = [[self.c(w.name, widths[0]), self.c(w.organisation, widths[1]), self.c(w.statement, widths[2]),
                     self.c(w.signed, widths[3])] for w in d.witnesses]
            out += [self.spacer(1), self.grid(header, rows, widths)]
        return out

    def custody_table(self, entry: ItemWithHistory) -> Table:
        w = self.width
        widths = [11 * mm, 24 * mm, 25 * mm, 30 * mm, 30 * mm, 31 * mm, 28 * mm, 25 * mm, 34 * mm]
        widths.append(w - sum(widths))
        header = [self.label(k, v) for k, v in (
            ("seq", "#"), ("at", "Date/time"), ("action", "Action"), ("released_by", "Released by"),
            ("received_by", "Received by"), ("purpose", "Purpose"), ("location", "Location"),
            ("seal_state", "Seal state"), ("signatures", "Signatures"), ("note", "Note"))]
        by_target: dict[int, list[Correction]] = {}
        for c in entry.corrections:
            if c.corrects_seq is not None:
                by_target.setdefault(c.corrects_seq, []).append(c)
        rows: list[list] = []
        extra: list[tuple] = []
        for row in entry.rows:
            rows.append(self.custody_cells(row, widths))
            for c in by_target.get(row.seq, ()):
                r = len(rows) + 1  # +1 for the header row
                rows.append(["↳", self.correction_para(c)] + [""] * (len(widths) - 2))
                extra += [("SPAN", (1, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#fff4c2"))]
        if not rows:
            rows.append(["—"] + [""] * (len(widths) - 1))
        table = self.grid(header, rows, widths, extra, fonts={2: "cell_bold"})
        table.splitInRow = 1
        return table

    def custody_cells(self, row: CustodyRow, widths: list[float]) -> list:
        sig_width = widths[8]
        if row.signature_image_png or any(
                has_rtl(n) or self.c(n, sig_width) is not n for n in row.signatures):
            sig_cell: list | str = [self.p(name, "cell") for name in row.signatures]  # one per line
            if row.signature_image_png:
                try:
                    sig_cell.append(scaled_image(row.signature_image_png, sig_width - 6, 10 * mm))
                except Exception:  # an unreadable image must not stop the court report
                    pass
        else:
            sig_cell = "\n".join(row.signatures)
        note = row.note
        if row.corrects_seq is not None:
            corr = self.label("corrects", "Corrects entry #{seq}").format(seq=row.corrects_seq)
            note = f"{corr}. {note}".strip() if note else corr
        c, w = self.c, widths
        return [
            str(row.seq), c(row.at_local, w[1]), c(row.action_label, w[2], "cell_bold"),
            c(row.released_by, w[3]), c(row.received_by, w[4]), c(row.purpose, w[5]),
            c(row.location, w[6]), c(row.seal_state, w[7]), sig_cell, c(note, w[9]),
        ]

    def correction_para(self, c: Correction):
        text_parts = [c.field_label, c.old, c.new, c.reason, c.requested_by, c.approved_by]
        tmpl = self.label(
            "correction_line",
            "<b>Corrected by entry #{seq}</b> ({at}): {field}: «{old}» → «{new}». Reason: {reason}. "
            "Requested by {requested_by}, approved by {approved_by}.",
        )
        markup = tmpl.format(seq=c.seq, at=safe_markup(c.at), field=safe_markup(c.field_label),
                             old=safe_markup(c.old), new=safe_markup(c.new), reason=safe_markup(c.reason),
                             requested_by=safe_markup(c.requested_by), approved_by=safe_markup(c.approved_by))
        return markup_para(markup, self.st["cell"], rtl=any(has_rtl(t) for t in text_parts))

    def corrections_table(self, corrections: tuple[Correction, ...]) -> Table:
        w = self.width
        widths = [14 * mm, 20 * mm, 26 * mm, 32 * mm, 40 * mm, 40 * mm, 0, 32 * mm, 32 * mm]
        widths[6] = w - sum(widths)
        header = [self.label(k, v) for k, v in (
            ("seq", "#"), ("corrects_col", "Corrects"), ("at", "Date/time"), ("field", "Field"),
            ("old", "Recorded value"), ("new", "Corrected value"), ("reason", "Reason"),
            ("requested_by", "Requested by"), ("approved_by", "Approved by"))]
        rows = []
        for c in corrections:
            cells = [str(c.seq), "#" + str(c.corrects_seq) if c.corrects_seq else "—", c.at, c.field_label,
                     c.old, c.new, c.reason, c.requested_by, c.approved_by]
            rows.append([self.c(v, wd) for v, wd in zip(cells, widths, strict=True)])
        table = self.grid(header, rows, widths)
        table.splitInRow = 1
        return table

    # --- certification ----------------------------------------------------------------------

    def certification_block(self) -> list[Flowable]:
        d = self.data
        custodian = d.custodian.display if d.custodian else ""
        text = self.label(
            "certification_text",
            "I certify that this report reproduces, for each item listed, every entry of the evidence ledger "
            "concerning it up to the date of this report: who held it, where it was stored, and each time it "
            "left the evidence room (to a laboratory, to court or to another agency) and came back, as "
            "recorded above. The ledger entries are signed by the officers named; the attached proof lets "
            "anyone check them (see \"How to check this report\").",
        )
        half = self.width / 2 - 6 * mm

        def sig_block(caption: str, name: str) -> Table:
            rows = [
                [self.p(caption, "label")],
                [self.p(f"{self.label('name', 'Name')}: {name}", "body")],
                [self.p("", "body")],
                [self.p(self.label("signature", "Signature"), "small")],
                [self.p("", "body")],
                [self.p(self.label("date", "Date"), "small")],
            ]
            t = Table(rows, colWidths=[half], rowHeights=[None, None, 14 * mm, None, 8 * mm, None])
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), self.font),
                ("LINEBELOW", (0, 2), (0, 2), 0.6, colors.black),
                ("LINEBELOW", (0, 4), (0, 4), 0.6, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]))
            return t

        blocks = Table([[sig_block(self.label("custodian", "Evidence custodian"), custodian),
                         sig_block(self.label("prosecutor_receipt", "Received by (prosecutor's office)"), "")]],
                       colWidths=[self.width / 2, self.width / 2])
        blocks.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [KeepTogether([self.p(self.label("certification", "Certification"), "h1"), self.p(text, "body"),
                              self.spacer(4), blocks]), self.spacer(4)]

    # --- how to check (for a judge) ----------------------------------------------------------

    def how_to_check(self) -> list[Flowable]:
        g = self.data.integrity
        steps = [
            self.label("check_1", "This PDF is signed. In Adobe Reader, Okular or any PDF reader, the signature panel "
                                  "must say the document was not changed since it was signed. The signing "
                                  "certificate's SHA-256 fingerprint must be {fp} (the station's certificate, "
                                  "which the ledger binds to the station key).").format(fp=g.certificate_sha256 or "—"),
            self.label("check_2", "The file custody-proof.json attached to this PDF holds the signed ledger entries "
                                  "this report states. Checking them needs only this PDF and the station's verifier "
                                  "key, published by the agency:"),
            self.label("check_3", "With Python: pip install custody, then: custody-verify REPORT.pdf --trust \"{key}\". "
                                  "VERIFIED means every event above is proven; FAILED names what was changed.").format(
                key=g.verifier_key),
            self.label("check_4", "Without installing anything: open verify.html (the verifier page the agency "
                                  "provides) in a web browser, drop this PDF on it, and paste the key."),
        ]
        box = Table([[self.p(self.label("how_to_check", "How to check this report"), "h2")]]
                    + [[self.p(f"{n}. {text}", "body")] for n, text in enumerate(steps, 1)],
                    colWidths=[self.width])
        box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font),
                                 ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f3a5f")),
                                 ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f6fa")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
        return [KeepTogether([box]), self.spacer(4)]

    # --- integrity --------------------------------------------------------------------------

    def integrity_section(self) -> list[Flowable]:
        d, g = self.data, self.data.integrity
        intro = self.label(
            "integrity_text",
            "Every event above is an entry of the station's append-only evidence ledger. Each entry's hash "
            "is proven to be included in the signed checkpoint below, and the file custody-proof.json "
            "attached to this PDF contains the entries, their signatures and the inclusion proofs. "
            "Anyone can check them with: custody-verify REPORT.pdf --trust \"<station verifier key>\". "
            "The PDF itself is digitally signed; any change to it invalidates the signature.",
        )
        pairs = [
            (self.label("report_id", "Report id"), g.report_id),
            (self.label("checkpoint_size", "Checkpoint tree size"), str(g.checkpoint_size)),
            (self.label("root_hash", "Root hash"), g.root_hex),
            (self.label("station_key", "Station key"), g.station_key_name),
            (self.label("key_fingerprint", "Station key fingerprint"), d.station.key_fingerprint),
            (self.label("verifier_key", "Station verifier key"), g.verifier_key),
            (self.label("certificate", "PDF-signing certificate (SHA-256)"), g.certificate_sha256 or "—"),
        ]
        info = Table([[self.p(k, "label"), self.p(v, "mono")] for k, v in pairs],
                     colWidths=[44 * mm, self.width - 44 * mm - 60 * mm])
        info.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        note_para = markup_para(safe_markup(g.checkpoint_note.rstrip("\n")), self.st["mono"])
        qr = qr_image(g.checkpoint_note, 52 * mm)
        left = [info, self.spacer(2), self.p(self.label("checkpoint", "Signed checkpoint"), "label"), note_para]
        top = Table([[left, qr]], colWidths=[self.width - 60 * mm, 60 * mm])
        top.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        widths = [42 * mm, 16 * mm, 50 * mm, self.width - 108 * mm]
        rows = []
        for entry in d.items:
            item_cell = self.c(entry.item.item_id, widths[0])
            for row in entry.rows:
                rows.append([item_cell, str(row.seq), self.c(row.action_label, widths[2]),
                             self.c(row.entry_hash_hex, widths[3], "mono_small")])
        header = [self.label("item_id", "Item id"), self.label("seq", "#"), self.label("action", "Action"),
                  self.label("entry_hash", "Entry hash (SHA-256)")]
        return [
            PageBreak(),
            self.p(self.label("integrity", "Integrity (technical details)"), "h1"),
            self.p(intro, "body"), self.spacer(2), top, self.spacer(3),
            self.p(self.label("entry_hashes", "Entry hashes proven against the checkpoint"), "h2"),
            self.grid(header, rows, widths, fonts={3: "mono_small"}),
        ]
