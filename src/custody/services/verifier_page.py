"""The prosecutor's verifier page (verify.html), shipped with the app.

One self-contained HTML file, built from ``verifier-web/`` (LEDGER.md section 5, written independently of
``custody.verifier``) and shipped as ``resources/verifier/verify.html``. A prosecutor opens it in any
browser, drops a report PDF on it and types the station key printed on the report; it needs no install and
no network. The app hands out copies: ``custody verifier-page --out FILE`` and Help -> Verifier for
prosecutors... in the desktop app.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from custody.paths import resource

PAGE = ("verifier", "verify.html")
FILE_NAME = "custody-verify.html"


@dataclass(frozen=True)
class VerifierPage:
    content: bytes
    sha256: str  # the agency can publish it, so that a prosecutor can check their copy


def verifier_page() -> VerifierPage:
    """The shipped page. Raises FileNotFoundError (an incomplete installation) if it is missing."""
    content = resource(*PAGE).read_bytes()
    return VerifierPage(content=content, sha256=hashlib.sha256(content).hexdigest())


__all__ = ["FILE_NAME", "VerifierPage", "verifier_page"]
