"""Custody, handover: :func:`transfer` hands a basket of items from one officer to another (``custody.transferred``,
signed by both), with the seal check at the handover (``seal.broken`` when a seal is not as recorded).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from custody.db.uow import unit_of_work
from custody.domain.errors import Conflict, ValidationError
from custody.domain.ids import normalise_code
from custody.ledger.entry import format_time
from custody.security.permissions import Action
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody.common import (
    IN_STORAGE,
    K_SEAL_BROKEN,
    K_TRANSFERRED,
    MSG_ALREADY_HOLDS,
    MSG_SEAL_CHECK_NEEDED,
    MSG_SEAL_MEMO,
    MSG_SELF_TRANSFER,
    WITH_OFFICER,
    SealCheck,
    check_attachment,
    check_countersigner,
    item_event,
    load_items,
    require_hands_on,
    text_field,
    write,
)
from custody.services.custody.seals import current_seal
from custody.services.ledger import NewEvent, Signer


def transfer(
    ctx: AppContext,
    session: AuthSession,
    item_ids: Sequence[str],
    receiver: Signer,
    purpose: str,
    seal_checks: Mapping[str, SealCheck] | None = None,
    signature_sha256: str | None = None,
    memo: str = "",
    signature_png: bytes | None = None,
) -> list[int]:
    """Hand a basket of items to ``receiver`` (unlocked with ``auth.unlock_signer``); both officers sign.

    One ``custody.transferred`` per item (data: from, to, purpose, from_location, seal_number (on record),
    signature_attachment, memo; plus seal_intact and seal_number_seen when a seal check was made).
    A sealed item needs a :class:`SealCheck`; a seal that is not intact or whose number differs from the
    record needs ``memo`` and is recorded as ``seal.broken`` (signed by both) just before the handover.
    Returns the seqs written, in order (the ``seal.broken`` ones included).
    """
    authorize(ctx, session, Action.CUSTODY_TRANSFER)
    purpose = text_field(purpose, "purpose")
    memo = text_field(memo, "memo", max_len=2000, required=False, multiline=True)
    checks = {normalise_code(k): v for k, v in (seal_checks or {}).items()}
    if receiver.username == session.username:
        raise Conflict(MSG_SELF_TRANSFER)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        check_countersigner(s, receiver)
        if signature_png:  # drawn on the signature pad: stored in this same transaction
            from custody.services.attachments import store_signature_image

            signature_sha256 = store_signature_image(s, signature_png, format_time(ctx.clock()))
        sha = check_attachment(s, signature_sha256)
        refs = load_items(s, item_ids)
        events: list[NewEvent] = []
        for ref in refs:
            st = ref.state
            require_hands_on(session, ref)
            if st.status == WITH_OFFICER and st.custodian == receiver.username:
                raise Conflict(MSG_ALREADY_HOLDS, user=receiver.username, item=ref.item_id)
            seal = current_seal(ref.item, ref.history(s))
            check = checks.get(ref.item_id)
            seen: str | None = None
            intact: bool | None = None
            if check is not None:
                seen = text_field(check.seal_number_seen, "seal_number_seen", max_len=64, required=False)
                seen = seen or None
                intact = bool(check.intact)
            if seal is not None:
                if check is None:
                    raise ValidationError("seal_checks", MSG_SEAL_CHECK_NEEDED, item=ref.item_id, seal=seal)
                if not intact or normalise_code(seen or "") != normalise_code(seal):
                    if not memo:
                        raise ValidationError("memo", MSG_SEAL_MEMO, item=ref.item_id, seal=seal,
                                              seen=seen or "-", intact="yes" if intact else "no")
                    events.append(item_event(K_SEAL_BROKEN, ref, {
                        "seal_number": seal, "seal_number_seen": seen, "seen_intact": intact,
                        "matches_record": False, "reason": memo, "found_during": K_TRANSFERRED,
                    }, [receiver.username]))
            giver = st.custodian if st.status == WITH_OFFICER else session.username
            data: dict[str, Any] = {
                "from": giver,
                "to": receiver.username,
                "from_location": st.location_code if st.status == IN_STORAGE else None,
                "purpose": purpose,
                "seal_number": seal,
                "signature_attachment": sha,
                "memo": memo or None,
            }
            if check is not None:  # only what was checked: no key means "no seal check"
                data["seal_intact"] = intact
                data["seal_number_seen"] = seen
            events.append(item_event(K_TRANSFERRED, ref, data, [receiver.username]))
        return [a.seq for a in write(ctx, s, station, session, events, [receiver])]
