"""Transfers between stations and agencies (docs/TRANSFER.md): out, in, the trust list, and history across ledgers.

Split by use case: ``outbound`` (transfer out and the package), ``inbound`` (check and accept a package), ``trust``
(the trust list), ``history`` (earlier segments for reports).
"""

from custody.services.transfer.inbound import (
           InResult,
           PackageCheck,
           PackageRefused,
           check_package,
           transfer_in,
)
from custody.services.transfer.outbound import OutResult, Receiver, transfer_out
from custody.services.transfer.trust import TrustedStation, add_trust, list_trust, remove_trust, trusted_keys

__all__ = ["InResult", "OutResult", "PackageCheck", "PackageRefused", "Receiver", "TrustedStation", "add_trust",
           "check_package", "list_trust", "remove_trust", "transfer_in", "transfer_out", "trusted_keys"]
