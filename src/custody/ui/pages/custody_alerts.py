"""Start-page alerts: audit findings not yet resolved, items overdue at the laboratory or at court, disposals
waiting, open discrepancies, items held too long, items with no label.

Each kind's caption gives how many there are; items held too long and items with no label are listed the oldest
first up to ``services.alerts.ALERTS_LISTED``, with how many more are not listed (issue 18, 5).

:class:`AlertsPanel` is a plain widget (put it on the home page); :class:`AlertsPage` shows it as a page.
Double-clicking a line opens the item (``window.open_code("item", id)``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custody.security.permissions import Action
from custody.services import alerts as alerts_svc
from custody.services.alerts import AlertsDTO
from custody.ui.formatting import format_minute
from custody.ui.operations import Change
from custody.ui.pages.custody_common import hint, tr
from custody.ui.pages.custody_labcourt import discrepancy_text
from custody.ui.style import card, set_role


class AlertsPanel(QWidget):
    """The four alert lists, refreshed after every recorded action."""

    SECTIONS = ("audit_findings", "lab_overdue", "court_overdue", "disposal_pending", "open_discrepancies",
                "held_too_long", "unlabelled")

    def __init__(self, window: Any, parent: QWidget | None = None, *, background: bool = False,
                 source: Any = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.background = background  # on the start page: read on the background worker (custody.ui.operations)
        # On the start page (``source``: its StartPanel): the alerts it read with the start page (custodians and
        # supervisors), not read a second time (~10 s CPU at 10^6 items); read here when it has none (other roles).
        self.source = source
        self._dirty = False  # the ledger changed while the panel was hidden
        self._refreshing = False
        self._again = False
        self.setObjectName("alerts_panel")
        self.alerts: AlertsDTO | None = None
        self.resolve_button: QPushButton | None = None
        self.dialog: Any = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        self.total = set_role(QLabel(tr("Checking…")), "fact_value")
        self.total.setObjectName("alerts_total")
        lay.addWidget(self.total)
        titles = {
            "audit_findings": tr("Missing or misplaced at an audit (a supervisor resolves them)"),
            "lab_overdue": tr("Overdue at the laboratory"),
            "court_overdue": tr("Overdue at court"),
            "disposal_pending": tr("Awaiting disposal"),
            "open_discrepancies": tr("Weight discrepancies to acknowledge"),
            "held_too_long": tr("With an officer for more than {n} days (bring them to the evidence room)").format(
                n=alerts_svc.HELD_DAYS),
            "unlabelled": tr("Held or stored with no label printed"),
        }
        self.lists: dict[str, QListWidget] = {}
        self.cards: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.more: dict[str, QLabel] = {}
        self._titles = titles
        for key in self.SECTIONS:
            frame, fl = card()
            caption = set_role(QLabel(titles[key]), "section")
            caption.setObjectName(f"alerts_{key}_caption")
            fl.addWidget(caption)
            lst = QListWidget()
            lst.setObjectName(f"alerts_{key}")
            lst.setMaximumHeight(150)
            lst.itemActivated.connect(self._open)
            fl.addWidget(lst)
            # a kind with more alerts than listed (items held too long / with no label at a large station): how many
            more = hint("")
            more.setObjectName(f"alerts_{key}_more")
            more.setVisible(False)
            fl.addWidget(more)
            self.more[key] = more
            self.lists[key] = lst
            self.cards[key] = frame
            self.captions[key] = caption
            lay.addWidget(frame)
            if key == "audit_findings" and window.session.can(Action.INVENTORY_RESOLVE):
                row = QHBoxLayout()
                row.addStretch(1)
                self.resolve_button = QPushButton(tr("Resolve the selected finding…"))
                self.resolve_button.setObjectName("alerts_resolve_finding")
                self.resolve_button.clicked.connect(self._resolve)
                row.addWidget(self.resolve_button)
                fl.addLayout(row)
        self.empty = hint(tr("Nothing needs attention."))
        lay.addWidget(self.empty)
        if source is None:
            window.ops.changed.connect(self._changed)
            self.refresh()
        else:
            source.loaded.connect(self._start_page_loaded)
            if source.data is not None:
                self._start_page_loaded(source.data)

    def _start_page_loaded(self, d: Any) -> None:
        if d.alerts is not None:
            self.set_alerts(d.alerts)
        else:
            self.refresh()

    def _changed(self, kinds: frozenset[str]) -> None:
        if Change.LEDGER in kinds or Change.STATION in kinds:
            if self.isVisible():
                self.refresh()
            else:  # read again when shown: not while the officer works on another page (issue 18)
                self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Read the alerts again; one read at a time (a refresh asked for meanwhile is done once, after it)."""
        self._dirty = False
        if self._refreshing:
            self._again = True
            return
        self._refreshing = True
        self.window_.ops.run(alerts_svc.alerts, self.window_.ctx, on_success=self.set_alerts,
                             on_finally=self._refreshed, parent=self, background=self.background)

    def _refreshed(self) -> None:
        self._refreshing = False
        if self._again:
            self._again = False
            self.refresh()

    def set_alerts(self, a: AlertsDTO) -> None:
        self.alerts = a
        tz = self.window_.time_zone() if hasattr(self.window_, "time_zone") else None
        finding = {"missing": tr("missing"), "misplaced": tr("misplaced")}
        rows: dict[str, list[tuple[str, str]]] = {
            "audit_findings": [(f.item_id, tr("{item} · {description}: {finding} at the audit of {when} by {who} "
                                              "(recorded at {recorded})").format(
                item=f.item_id, description=f.description, finding=finding.get(f.finding, f.finding),
                when=format_minute(f.found_at, tz), who=f.auditor, recorded=f.recorded_location or "?"))
                for f in a.audit_findings],
            "lab_overdue": [(o.item_id, tr("{item} · {description}: at {place} since {since} ({days} days; limit "
                                           "{limit})").format(item=o.item_id, description=o.description,
                                                              place=o.place or "?",
                                                              since=format_minute(o.since, tz), days=o.days,
                                                              limit=o.limit_days))
                            for o in a.lab_overdue],
            "court_overdue": [(o.item_id, tr("{item} · {description}: {place} since {since} ({days} days; limit "
                                             "{limit})").format(item=o.item_id, description=o.description,
                                                                place=o.place or "?",
                                                                since=format_minute(o.since, tz), days=o.days,
                                                                limit=o.limit_days))
                              for o in a.court_overdue],
            "disposal_pending": [(p.item_id, tr("{item} · {description}: authorised by {who} on {when}, order "
                                                "{order}").format(item=p.item_id, description=p.description,
                                                                  who=p.authorized_by,
                                                                  when=format_minute(p.authorized_at, tz),
                                                                  order=p.order_reference))
                                 for p in a.disposal_pending],
            "open_discrepancies": [(d.item_id, f"{d.item_id}: {discrepancy_text(d)}") for d in a.open_discrepancies],
            "held_too_long": [(h.item_id, tr("{item} · {description}: held by {who} since {since}").format(
                item=h.item_id, description=h.description, who=h.custodian or "?",
                since=format_minute(h.since, tz))) for h in a.held_too_long],
            "unlabelled": [(h.item_id, tr("{item} · {description}: {where}").format(
                item=h.item_id, description=h.description,
                where=(tr("held by {who}").format(who=h.custodian) if h.custodian
                       else tr("stored at {location}").format(location=h.location_code or "?"))))
                for h in a.unlabelled],
        }
        for key, lines in rows.items():
            lst = self.lists[key]
            lst.clear()
            for item_id, text in lines:
                it = QListWidgetItem(text)
                it.setData(Qt.ItemDataRole.UserRole, item_id)
                it.setToolTip(text)
                lst.addItem(it)
            total = a.total(key)
            self.captions[key].setText(f"{self._titles[key]} ({total})")
            self.more[key].setText(tr("{n} more not listed: the {listed} oldest are shown.").format(
                n=total - len(lines), listed=len(lines)))
            self.more[key].setVisible(total > len(lines))
            self.cards[key].setVisible(bool(lines))
        self.empty.setVisible(a.count == 0)
        self.total.setText(tr("{n} alert(s)").format(n=a.count) if a.count else tr("No alerts"))

    def item_ids(self, key: str) -> list[str]:
        lst = self.lists[key]
        return [lst.item(r).data(Qt.ItemDataRole.UserRole) for r in range(lst.count())]

    def _resolve(self) -> None:
        """A supervisor closes the selected audit finding: found, or written off (two signatures)."""
        from custody.ui.pages.two_signatures import ResolveFindingDialog

        lst = self.lists["audit_findings"]
        row = lst.currentRow() if lst.currentRow() >= 0 else 0
        if self.alerts is None or not self.alerts.audit_findings or row >= len(self.alerts.audit_findings):
            return
        f = self.alerts.audit_findings[row]
        finding = {"missing": tr("missing"), "misplaced": tr("misplaced")}.get(f.finding, f.finding)
        self.dialog = ResolveFindingDialog(self, self.window_, f.item_id, finding)
        self.dialog.open()

    def _open(self, item: QListWidgetItem) -> None:
        self.window_.open_code("item", item.data(Qt.ItemDataRole.UserRole))


class AlertsPage(QWidget):
    def __init__(self, window: Any) -> None:
        super().__init__()
        self.setObjectName("alerts_page")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 26, 32, 26)
        lay.setSpacing(14)
        lay.addWidget(set_role(QLabel(tr("Alerts")), "title"))
        self.panel = AlertsPanel(window)
        lay.addWidget(self.panel)
        lay.addStretch(1)
