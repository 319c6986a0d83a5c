"""Photos and scanned documents: content-addressed blobs (SHA-256) attached to items by ledger entries.

``attachment`` rows are append-only and keyed by the SHA-256 of the bytes, so the same photo attached twice is
stored once; every attachment to an item is its own ``attachment.added`` entry naming the hash, media type,
size and original file name. Thumbnails honour the EXIF orientation (a phone photo taken upright shows
upright) and are computed on demand (cached in memory).
"""

from __future__ import annotations

import hashlib
import io
import threading
import warnings
from collections import OrderedDict
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from custody.db.models import Attachment, Case, Item, LedgerEntry, Seizure
from custody.db.uow import unit_of_work
from custody.domain.errors import FormErrors, NotFound, ValidationError
from custody.domain.i18n import N_
from custody.domain.values import clean_text
from custody.ledger.entry import format_time
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.ledger import NewEvent

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_IMAGE_PIXELS = 60_000_000  # a 60-megapixel photo; more is refused (decompression bombs)
THUMB_MIN, THUMB_MAX = 16, 2048

MEDIA_TYPES = {
    "image/jpeg": N_("Attachments", "JPEG photo"),
    "image/png": N_("Attachments", "PNG image"),
    "application/pdf": N_("Attachments", "PDF document"),
}
IMAGE_TYPES = frozenset({"image/jpeg", "image/png"})
_ALIASES = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg", "image/x-png": "image/png"}
_PIL_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG"}

MSG_TOO_BIG = N_("Attachments", "The file is too large: {size} MB. At most {max} MB can be attached.")
MSG_EMPTY = N_("Attachments", "The file is empty.")
MSG_TYPE = N_("Attachments", "Only JPEG and PNG photos and PDF documents can be attached (this is {media_type}).")
MSG_MISMATCH = N_("Attachments", "The file's content is not a {expected}. Check the file.")
MSG_BROKEN = N_("Attachments", "The image cannot be read: the file is damaged or not an image.")
MSG_PIXELS = N_("Attachments", "The image is too large ({pixels} megapixels); at most {max} megapixels.")
MSG_NOT_IMAGE = N_("Attachments", "This attachment is not an image: there is no thumbnail.")
MSG_NO_ITEM = N_("Attachments", "There is no item {item_id}.")

WHAT_ATTACHMENT = N_("Nouns", "attachment")


@dataclass(frozen=True)
class AttachmentDTO:
    sha256: str
    media_type: str
    size: int
    filename: str
    item_id: str | None
    seq: int | None  # the attachment.added entry
    added_at: str
    added_by: str

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES


def normalise_media_type(media_type: str) -> str:
    mt = (media_type or "").split(";", 1)[0].strip().lower()
    return _ALIASES.get(mt, mt)


def sniff_media_type(data: bytes) -> str | None:
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def _open_image(data: bytes) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data))
            w, h = img.size
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ValidationError("data", MSG_PIXELS, pixels="?", max=MAX_IMAGE_PIXELS // 1_000_000) from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise ValidationError("data", MSG_BROKEN) from None
    if w * h > MAX_IMAGE_PIXELS:
        raise ValidationError("data", MSG_PIXELS, pixels=round(w * h / 1_000_000), max=MAX_IMAGE_PIXELS // 1_000_000)
    return img


def validate_attachment(filename: str, data: bytes, media_type: str) -> tuple[str, str]:
    """Check a file before anything is written; returns (clean file name, media type)."""
    errors: dict[str, ValidationError] = {}
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    try:
        name = clean_text(base, "filename", 255) or "attachment"
    except ValidationError as exc:
        errors["filename"] = exc
        name = ""
    mt = normalise_media_type(media_type)
    size = len(data or b"")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("data must be bytes")
    if size == 0:
        errors["data"] = ValidationError("data", MSG_EMPTY)
    elif size > MAX_ATTACHMENT_BYTES:
        errors["data"] = ValidationError("data", MSG_TOO_BIG, size=f"{size / 1_048_576:.1f}",
                                         max=MAX_ATTACHMENT_BYTES // 1_048_576)
    if mt not in MEDIA_TYPES:
        errors["media_type"] = ValidationError("media_type", MSG_TYPE, media_type=mt or "?")
    elif "data" not in errors:
        if sniff_media_type(bytes(data[:16])) != mt:
            errors["data"] = ValidationError("data", MSG_MISMATCH, expected=MEDIA_TYPES[mt])
        elif mt in IMAGE_TYPES:
            try:
                img = _open_image(bytes(data))
                if img.format != _PIL_FORMATS[mt]:
                    raise ValidationError("data", MSG_MISMATCH, expected=MEDIA_TYPES[mt])
                img.verify()
            except ValidationError as exc:
                errors["data"] = exc
            except Exception:  # noqa: BLE001 - Pillow raises many types for damaged files
                errors["data"] = ValidationError("data", MSG_BROKEN)
    if errors:
        raise FormErrors(errors)
    return name, mt


def add_attachment(ctx: AppContext, session: AuthSession, item_id: str, filename: str, data: bytes,
                   media_type: str) -> AttachmentDTO:
    """Attach a photo or document to an item (``attachment.added``). Bounded to 25 MB."""
    authorize(ctx, session, Action.ATTACHMENT_ADD)
    name, mt = validate_attachment(filename, data, media_type)
    blob = bytes(data)
    digest = hashlib.sha256(blob).hexdigest()
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        from custody.services.intake.common import _canonical_item_id

        try:
            iid = _canonical_item_id(s, item_id)
        except ValidationError as exc:
            raise FormErrors({"item_id": ValidationError("item_id", exc.template, **exc.params)}) from None
        row = s.execute(select(Item.item_id, Case.case_number).join(Seizure, Seizure.id == Item.seizure_id)
                        .join(Case, Case.id == Seizure.case_id).where(Item.item_id == iid)).first()
        if row is None:
            raise NotFound(N_("Nouns", "item"), iid, MSG_NO_ITEM, item_id=iid)
        _store_blob(s, digest, mt, blob, format_time(ctx.clock()))
        appended = ledger_svc.append(
            s,
            [NewEvent("attachment.added", data={"sha256": digest, "media_type": mt, "size": len(blob),
                                                "filename": name}, item=row[0], case=row[1])],
            station=station.code, actor=session.username, signers=[session.signer], clock=ctx.clock,
        )
        return AttachmentDTO(digest, mt, len(blob), name, row[0], appended[0].seq, appended[0].at, session.username)


def store_signature_image(s: Session, png: bytes, at: str) -> str:
    """Store a drawn signature (PNG) inside the caller's transaction; return its SHA-256.

    The entry that uses it (a handover, a release) names the hash in ``data.signature_attachment``, so the
    image and the event it signs are written together or not at all.
    """
    _name, media_type = validate_attachment("signature.png", png, "image/png")
    blob = bytes(png)
    digest = hashlib.sha256(blob).hexdigest()
    _store_blob(s, digest, media_type, blob, at)
    return digest


def _store_blob(s: Session, digest: str, media_type: str, blob: bytes, at: str) -> None:
    if s.get(Attachment, digest) is not None:
        return
    values = {"sha256": digest, "media_type": media_type, "size": len(blob), "data": blob, "created_at": at}
    dialect = s.get_bind().dialect.name
    if dialect == "sqlite":
        s.execute(sqlite.insert(Attachment).values(**values).on_conflict_do_nothing())
    elif dialect == "postgresql":
        s.execute(postgresql.insert(Attachment).values(**values).on_conflict_do_nothing())
    else:  # pragma: no cover
        s.add(Attachment(**values))
        s.flush()


def attachments_for_item(s: Session, item_id: str) -> list[AttachmentDTO]:
    """The item's attachments in the order they were added (from the ledger)."""
    out: list[AttachmentDTO] = []
    for e in s.execute(select(LedgerEntry).where(LedgerEntry.item == item_id, LedgerEntry.kind == "attachment.added")
                       .order_by(LedgerEntry.seq)).scalars():
        d = ledger_svc.parse_body(bytes(e.body)).get("data") or {}
        out.append(AttachmentDTO(d.get("sha256", ""), d.get("media_type", ""), int(d.get("size", 0)),
                                 d.get("filename", ""), item_id, e.seq, e.at, e.actor))
    return out


def list_attachments(ctx: AppContext, session: AuthSession, item_id: str) -> list[AttachmentDTO]:
    authorize(ctx, session, Action.ITEM_VIEW)
    with unit_of_work(ctx.engine, read_only=True) as s:
        return attachments_for_item(s, item_id)


def _blob(s: Session, sha256: str) -> Attachment:
    digest = (sha256 or "").strip().lower()
    row = s.get(Attachment, digest) if len(digest) == 64 else None
    if row is None:
        raise NotFound(WHAT_ATTACHMENT, sha256)
    return row


def get_attachment_data(ctx: AppContext, session: AuthSession, sha256: str) -> tuple[str, bytes]:
    """(media type, bytes) of a stored attachment; the bytes are checked against their hash."""
    authorize(ctx, session, Action.ITEM_VIEW)
    with unit_of_work(ctx.engine, read_only=True) as s:
        row = _blob(s, sha256)
        digest, mt, data = row.sha256, row.media_type, bytes(row.data)
    if hashlib.sha256(data).hexdigest() != digest:
        raise ValidationError(None, N_("Attachments", "The stored file {sha256} does not match its hash: it was "
                                                      "altered. Restore a backup."), sha256=digest)
    return mt, data


_THUMBS: OrderedDict[tuple[str, int], bytes] = OrderedDict()
_THUMBS_LOCK = threading.Lock()
_THUMBS_MAX = 256


def make_thumbnail(data: bytes, max_px: int) -> bytes:
    """PNG thumbnail at most ``max_px`` on its longer side, upright according to the EXIF orientation."""
    img = _open_image(data)
    try:
        img = ImageOps.exif_transpose(img)
        if img.mode not in ("RGB", "RGBA", "L", "LA"):
            img = img.convert("RGBA" if "A" in img.getbands() or "transparency" in img.info else "RGB")
        img.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        img.save(out, format="PNG", optimize=False)
        return out.getvalue()
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - a damaged image gives a clear message, not a traceback
        raise ValidationError("data", MSG_BROKEN) from None


def thumbnail(ctx: AppContext, session: AuthSession, sha256: str, max_px: int = 256) -> bytes:
    """PNG thumbnail of an image attachment (EXIF orientation applied)."""
    authorize(ctx, session, Action.ITEM_VIEW)
    max_px = max(THUMB_MIN, min(int(max_px), THUMB_MAX))
    key = ((sha256 or "").strip().lower(), max_px)
    with _THUMBS_LOCK:
        if key in _THUMBS:
            _THUMBS.move_to_end(key)
            return _THUMBS[key]
    with unit_of_work(ctx.engine, read_only=True) as s:
        row = _blob(s, sha256)
        mt, data = row.media_type, bytes(row.data)
    if mt not in IMAGE_TYPES:
        raise ValidationError(None, MSG_NOT_IMAGE)
    png = make_thumbnail(data, max_px)
    with _THUMBS_LOCK:
        _THUMBS[key] = png
        while len(_THUMBS) > _THUMBS_MAX:
            _THUMBS.popitem(last=False)
    return png
