"""Label barcodes: every label decodes to its id (zxing-cpp on pypdfium2 renders), geometry, ZPL parity."""

from __future__ import annotations

import json
import math
import random
import re
from functools import cache

import pypdfium2 as pdfium
import pytest
import zxingcpp
from barcode.charsets import code128
from PIL import Image

from custody.paths import resource
from custody.reports import labels as labels_mod
from custody.reports.barcode_vector import QUIET_ZONE_MODULES, code128_text, zpl_field_data
from custody.reports.labels import (
    MIN_MODULE_MM,
    BadgeLabel,
    ItemLabel,
    LocationLabel,
    layout_label,
    list_templates,
    render_labels_pdf,
    render_labels_zpl,
)

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
TEMPLATES = [t.name for t in list_templates()]
ZPL_TEMPLATES = [t.name for t in list_templates() if t.zpl]
MM = 72 / 25.4


# Always among the hundred: the longest ids (6-character prefix, 222 modules), ids starting with "99"
# (python-barcode 0.16.1 dropped that pair: see barcode_vector._Code128) and location and badge codes.
FIXED_IDS = [
    "ABCDEF-99-999999-Z",
    "UN-DIL-26-000123-7",
    "A-B-C9-00-000000-0",
    "99F6D8-70-037389-J",
    "9999-26-000001-X",
    "LOC-000012-X",
    "OFF-999999-9",
]


def random_id(rng: random.Random) -> str:
    """Item ids like UN-DIL-26-000123-7 (a prefix of 1 to 3 groups of A-Z0-9, at most 6 characters with the
    hyphens, as custody.domain.ids allows; half of them the full 6), or LOC-/OFF- ids."""
    kind = rng.random()
    if kind < 0.15:
        return f"LOC-{rng.randrange(10**6):06d}-{rng.choice(ALNUM)}"
    if kind < 0.30:
        return f"OFF-{rng.randrange(10**6):06d}-{rng.choice(ALNUM)}"
    count = rng.randint(1, 3)
    total = 6 if rng.random() < 0.5 else rng.randint(2 * count - 1, 6)  # characters, hyphens included
    letters = total - (count - 1)
    cuts = sorted(rng.sample(range(1, letters), count - 1))
    groups = ["".join(rng.choices(ALNUM, k=b - a)) for a, b in zip([0, *cuts], [*cuts, letters], strict=True)]
    prefix = "-".join(groups)
    assert len(prefix) <= 6
    return f"{prefix}-{rng.randrange(100):02d}-{rng.randrange(10**6):06d}-{rng.choice(ALNUM)}"


def make_label(ident: str, rng: random.Random):
    if ident.startswith("LOC-"):
        return LocationLabel(ident, "Vault B", "Central station › Evidence room › Vault B › Shelf 3")
    if ident.startswith("OFF-"):
        return BadgeLabel(ident, "Olena Kovalenko", "Sergeant", "Drug squad")
    desc = rng.choice(
        [
            "White crystalline powder in a heat-sealed bag, approx. 250 g",
            "Пистолет Макарова ПМ, серийный номер ТК 4412",
            "مسدس عيار 9 ملم مع مخزن فارغ",
            "Téléphone portable, écran fissuré, numéro IMEI 356938035643809",
        ]
    )
    return ItemLabel(ident, f"2026-{rng.randrange(10**6):06d}", "Drugs", "2026-01-14", desc)


@cache
def template_json(name: str) -> dict:
    """The template as written in resources/labels (read independently of labels.py)."""
    return json.loads(resource("labels", f"{name}.json").read_text(encoding="utf-8"))


@cache
def hundred_labels(template: str):
    rng = random.Random(f"labels-{template}")
    ids = list(FIXED_IDS)
    while len(ids) < 100:
        ident = random_id(rng)
        if ident not in ids:
            ids.append(ident)
    labels = [make_label(i, rng) for i in ids]
    return ids, labels, render_labels_pdf(labels, template)


def render_scale(dpi: int) -> float:
    """pypdfium2 sizes the bitmap with ceil(): a roll label 1200 x 1800 dots is stored with 4 decimals in the
    MediaBox and comes back as 1800.0001 pixels -> a 1801-pixel bitmap that stretches every bar. A relative
    1e-6 (0.002 px) less avoids that without changing anything else."""
    return dpi / 72 * (1 - 1e-6)


def label_images(pdf: bytes, template: str, dpi: int, count: int, start: int = 1) -> list[Image.Image]:
    """One greyscale image per label, rendered at ``dpi`` (sheets cut into cells from the JSON geometry).

    Paths are rendered without anti-aliasing (``no_smoothpath``), as a printer prints them: a printer driver
    decides per dot whether it is black (a threshold), it never prints grey. This matters when a label made
    for one resolution is rendered at another: bars whose edges fall between pixels anti-alias to grey, and a
    module of about 2 pixels whose phase drifts slowly along the symbol (3 dots at 300 dpi = 2.03 pixels at
    203 dpi) then turns whole stretches of bars into a grey mush that no printer would produce. Measured on
    these hundred labels at 203 dpi with anti-aliasing: brother-ql-62x29 95 % and a4-3x8 (6 dots at 600 dpi)
    78 % decoded, all other templates 100 %; without anti-aliasing 100 % everywhere (also at 300 dpi, and on
    1,000 more ids each for those two templates). Text is still anti-aliased (it does not matter to the
    decoder)."""
    doc = pdfium.PdfDocument(pdf)
    spec = template_json(template)
    sheet = spec["sheet"]
    images: list[Image.Image] = []
    px = dpi / 25.4  # pixels per mm
    for page_no in range(len(doc)):
        page = doc[page_no].render(scale=render_scale(dpi), grayscale=True, no_smoothpath=True).to_pil()
        if sheet is None:
            images.append(page)
            continue
        first = start - 1 if page_no == 0 else 0
        for cell in range(first, sheet["columns"] * sheet["rows"]):
            row, col = divmod(cell, sheet["columns"])
            left = sheet["left_mm"] + col * sheet["pitch_x_mm"]
            top = sheet["top_mm"] + row * sheet["pitch_y_mm"]
            box = (left, top, left + spec["label"]["width_mm"], top + spec["label"]["height_mm"])
            images.append(page.crop(tuple(round(v * px) for v in box)))
    doc.close()
    return images[:count]


def decode(image: Image.Image) -> list[str]:
    # try_downscale=False: the image is at print resolution; zxing's downscaled pass can invent checksum-valid
    # misreads of a perfectly good symbol.
    found = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormat.Code128, try_downscale=False, try_rotate=False, try_invert=False
    )
    return [b.text for b in found]


def module_pixels(label, template: str, dpi: int) -> float:
    return layout_label(label, template).barcode.module * dpi / 72


# ------------------------------------------------------------------------------------------- acceptance 1
@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("template", TEMPLATES)
def test_hundred_random_labels_decode_to_their_id(template, dpi, record_property):
    """Every one of 100 labels decodes to exactly its id, at 203 and at 300 dpi, whatever the template's own
    resolution; a misread (other data) is never acceptable."""
    ids, labels, pdf = hundred_labels(template)
    images = label_images(pdf, template, dpi, len(ids))
    assert len(images) == len(ids)
    record_property("module_pixels_min", min(module_pixels(lab, template, dpi) for lab in labels))
    misread, missed = [], []
    for ident, image in zip(ids, images, strict=True):
        texts = decode(image)
        if any(t != ident for t in texts):
            misread.append((ident, texts))  # never acceptable: a scan would name the wrong thing
        elif texts != [ident]:
            missed.append(ident)
    assert not misread, f"wrong data decoded: {misread[:5]}"
    assert not missed, f"{len(missed)} of {len(ids)} labels did not decode: {missed[:5]}"


def test_decode_check_catches_a_wrong_id(monkeypatch):
    """The decode test would fail if a label carried the wrong id in its bars."""
    real = labels_mod.encode_code128
    monkeypatch.setattr(
        labels_mod, "encode_code128", lambda data: real(data[:-1] + ("A" if data[-1] != "A" else "B"))
    )
    label = ItemLabel("UN-DIL-26-000123-7", "2026-000042", "Drugs", "2026-01-14", "Bag")
    pdf = render_labels_pdf([label], "zebra-4x2-203")
    texts = decode(label_images(pdf, "zebra-4x2-203", 203, 1)[0])
    assert texts == ["UN-DIL-26-000123-A"]
    assert texts != [label.item_id]


# ------------------------------------------------------------------------------------------- geometry
def reference_modules(values: tuple[int, ...]) -> str:
    """Module string of Code 128 ``values`` from python-barcode's pattern table (with check and stop)."""
    check = (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
    return "".join(code128.CODES[v] for v in (*values, check)) + code128.STOP + "11"


@pytest.mark.parametrize("template", TEMPLATES)
def test_module_is_the_widest_that_fits_with_quiet_zones(template):
    """Whole dots per module, the most that fit; a fraction of a dot only where whole dots would make a module
    under 0.25 mm and a wider fraction fits (never on ZPL templates). The first bar is on the dot grid."""
    spec = template_json(template)
    dpi = spec["dpi"]
    dot = 72 / dpi
    label_w = spec["label"]["width_mm"] * MM
    content_w = label_w - (spec["margins_mm"]["left"] + spec["margins_mm"]["right"]) * MM
    ids, labels, _pdf = hundred_labels(template)
    for label in labels[:40]:
        bc = layout_label(label, template).barcode
        values = bc.symbol.values
        assert code128_text(values) == bc.symbol.data  # the bars spell the id
        assert bc.symbol.modules == reference_modules(values)
        n = bc.symbol.module_count
        assert bc.module == pytest.approx(bc.module_dots * dot)
        bars = n * bc.module
        # bars inside the printable width, >= 10 modules of quiet zone inside the label on each side
        assert bars <= content_w + 1e-6
        assert bc.x >= QUIET_ZONE_MODULES * bc.module - (dot if bc.whole_dots else 0)
        assert label_w - (bc.x + bars) >= QUIET_ZONE_MODULES * bc.module - (dot if bc.whole_dots else 0)
        # one more whole dot per module would not fit, or be over the template's cap
        bigger = (math.floor(bc.module_dots) + 1) * dot
        cap = spec["layout"].get("module_max_mm")
        assert (
            n * bigger > content_w
            or (n + 2 * QUIET_ZONE_MODULES) * bigger > label_w + dot
            or (cap is not None and bigger / MM > cap)
        )
        # whole dots, and never narrower than 0.25 mm (2 pixels when printed or rendered at 203 dpi)
        assert bc.whole_dots and isinstance(bc.module_dots, int)
        assert bc.module_dots * 25.4 / dpi >= MIN_MODULE_MM - 1e-9
        if spec["sheet"] is None:
            assert bc.x / dot == pytest.approx(round(bc.x / dot), abs=1e-6)  # first bar on the dot grid


def test_leading_99_is_kept():
    """python-barcode 0.16.1 dropped a leading "99" pair (a misread by construction); ours keeps it."""
    for data in ("99F6D8R-70-037389-J", "9999-26-000001-X", "99", "99-00-000001-1"):
        symbol = labels_mod.encode_code128(data)
        assert code128_text(symbol.values) == data
        assert symbol.values[:2] == (105, 99)
        assert symbol.modules == reference_modules(symbol.values)


def test_sheet_barcodes_sit_on_the_page_dot_grid():
    spec = template_json("a4-3x8")
    dot = 72 / spec["dpi"]
    label = ItemLabel("UN-DIL-26-000123-7", "2026-000042", "Drugs", "2026-01-14", "Bag")
    for pos in range(1, 25):
        ox, _oy = labels_mod.sheet_cell_origin("a4-3x8", pos)
        bc = layout_label(label, "a4-3x8", origin_x=ox).barcode
        assert (ox + bc.x) / dot == pytest.approx(round((ox + bc.x) / dot), abs=1e-6)


def test_start_position_on_a_part_used_sheet():
    ids = ["UN-DIL-26-000001-1", "UN-DIL-26-000002-2", "LOC-000012-X"]
    rng = random.Random(3)
    pdf = render_labels_pdf([make_label(i, rng) for i in ids], "a4-3x8", start_position=5)
    doc = pdfium.PdfDocument(pdf)
    assert len(doc) == 1
    doc.close()
    cells = label_images(pdf, "a4-3x8", 300, 24)  # all 24 cells of the sheet
    for n, cell in enumerate(cells, start=1):
        texts = decode(cell)
        if 5 <= n <= 7:
            assert texts == [ids[n - 5]]
        else:
            assert cell.getextrema() == (255, 255), f"cell {n} should be empty"


def test_start_position_spills_onto_a_second_sheet_and_is_validated():
    rng = random.Random(4)
    labels = [make_label(f"OFF-{i:06d}-Y", rng) for i in range(6)]
    pdf = render_labels_pdf(labels, "a4-3x8", start_position=22)
    doc = pdfium.PdfDocument(pdf)
    assert len(doc) == 2
    doc.close()
    cells = label_images(pdf, "a4-3x8", 300, 30, start=22)
    assert [decode(c) for c in cells[:6]] == [[lab.badge_id] for lab in labels]
    for bad in (0, 25):
        with pytest.raises(ValueError):
            render_labels_pdf(labels, "a4-3x8", start_position=bad)
    with pytest.raises(ValueError):
        render_labels_pdf(labels, "zebra-4x2-203", start_position=2)


def test_list_templates():
    infos = {t.name: t for t in list_templates()}
    assert set(infos) == {
        "brother-ql-62x29",
        "zebra-4x2-203",
        "zebra-4x2-300",
        "zebra-4x6-203",
        "zebra-4x6-300",
        "label-100x50",
        "a4-3x8",
    }
    assert (infos["brother-ql-62x29"].width_mm, infos["brother-ql-62x29"].height_mm) == (62, 29)
    assert infos["brother-ql-62x29"].dpi == 300
    assert (
        infos["zebra-4x6-203"].width_mm,
        infos["zebra-4x6-203"].height_mm,
        infos["zebra-4x6-203"].dpi,
    ) == (
        101.6,
        152.4,
        203,
    )
    assert infos["zebra-4x2-300"].dpi == 300
    assert (infos["a4-3x8"].width_mm, infos["a4-3x8"].height_mm, infos["a4-3x8"].per_page) == (70, 37, 24)
    assert all(t.per_page == 1 for n, t in infos.items() if n != "a4-3x8")
    with pytest.raises(ValueError):
        render_labels_pdf([make_label("LOC-000001-A", rng=random.Random())], "no-such-template")


def test_roll_pdf_page_is_whole_printer_dots():
    import io

    from pypdf import PdfReader

    for name in TEMPLATES:
        spec = template_json(name)
        if spec["sheet"]:
            continue
        pdf = render_labels_pdf([make_label("LOC-000001-A", random.Random())], name)
        box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
        dots_w = float(box.width) * spec["dpi"] / 72
        assert dots_w == pytest.approx(round(dots_w), abs=1e-3)
        assert abs(float(box.width) / MM - spec["label"]["width_mm"]) < 25.4 / spec["dpi"]


# ------------------------------------------------------------------------------------------- acceptance 2: ZPL
_BLOCK = re.compile(r"\^XA(.*?)\^XZ", re.S)
_BARCODE = re.compile(r"\^FO(\d+),(\d+)\^BY(\d+),[\d.]+,(\d+)\^BCN,(\d+),N,N,N,N\^FD(.*?)\^FS")
_TEXT = re.compile(r"\^FO(\d+),(\d+)\^A[0@]N,(\d+),\d+(?:,[^\^]+)?\^FB(\d+),1,0,([LRC])\^FH_\^FD(.*?)\^FS")


def _dark(img: Image.Image, x: int, y: int) -> bool:
    return img.getpixel((x, y)) < 128


@pytest.mark.parametrize("template", ZPL_TEMPLATES)
def test_zpl_matches_the_pdf_layout(template):
    spec = template_json(template)
    dpi = spec["dpi"]
    rng = random.Random(f"zpl-{template}")
    ids = [random_id(rng) for _ in range(8)] + ["LOC-000012-X", "OFF-000034-Y"]
    labels = [make_label(i, rng) for i in ids]
    zpl = render_labels_zpl(labels, template)
    blocks = _BLOCK.findall(zpl)
    assert len(blocks) == len(labels)
    assert zpl.count("^XA") == zpl.count("^XZ") == len(labels)
    pdf = render_labels_pdf(labels, template)
    doc = pdfium.PdfDocument(pdf)
    for page_no, (ident, block) in enumerate(zip(ids, blocks, strict=True)):
        assert "^CI28" in block
        assert f"^PW{round(spec['label']['width_mm'] * dpi / 25.4)}" in block
        assert f"^LL{round(spec['label']['height_mm'] * dpi / 25.4)}" in block
        (bc,) = _BARCODE.findall(block)
        x, y, module, by_h, bc_h, field = int(bc[0]), int(bc[1]), int(bc[2]), int(bc[3]), int(bc[4]), bc[5]
        assert zpl_field_data(field) == ident
        assert by_h == bc_h
        n = labels_mod.encode_code128(ident).module_count
        width = n * module
        # The PDF rendered at the printer's resolution has its bars exactly where the ZPL puts them.
        page = doc[page_no]
        img = page.render(scale=render_scale(dpi), grayscale=True, no_smoothpath=True).to_pil()
        mid = y + bc_h // 2
        assert _dark(img, x, mid) and _dark(img, x + width - 1, mid)
        quiet = QUIET_ZONE_MODULES * module
        assert not any(_dark(img, xx, mid) for xx in range(max(0, x - quiet), x))
        assert not any(_dark(img, xx, mid) for xx in range(x + width, min(img.width, x + width + quiet)))
        assert _dark(img, x, y) and _dark(img, x, y + bc_h - 1)
        assert not _dark(img, x, y - 1) and not _dark(img, x, y + bc_h)
        # Module width: the start pattern is 11010010000 (every Code 128 start code begins with a 2-module bar).
        run = 0
        while _dark(img, x + run, mid):
            run += 1
        assert run == 2 * module
        # Text fields: the human-readable id sits centred under the bars, as in the PDF.
        texts = _TEXT.findall(block)
        by_text = {t[5]: t for t in texts}
        assert ident in by_text
        tx, ty, tsize, tw, just, _ = by_text[ident]
        tx, ty, tsize, tw = int(tx), int(ty), int(tsize), int(tw)
        assert just == "C" and (tx, tw) == (x, width)
        assert ty > y + bc_h  # under the bars
        textpage = page.get_textpage()
        search = textpage.search(ident)
        hit = search.get_next()
        assert hit is not None
        first, count = hit
        left = textpage.get_charbox(first)[0] * dpi / 72
        right = textpage.get_charbox(first + count - 1)[2] * dpi / 72
        top = (page.get_height() - textpage.get_charbox(first)[3]) * dpi / 72
        assert abs((left + right) / 2 - (tx + tw / 2)) <= max(3, 0.1 * tsize)  # ink box vs advance box
        assert abs(top - ty) <= 0.25 * tsize
        # Left-aligned fields (case number, names) start where the PDF line starts.
        for fx, fy, fsize, _fw, fjust, ftext in texts:
            if fjust != "L" or not ftext.isascii() or "_" in ftext:
                continue
            hit = textpage.search(ftext).get_next()
            assert hit is not None, ftext
            box = textpage.get_charbox(hit[0])
            assert abs(box[0] * dpi / 72 - int(fx)) <= 0.15 * int(fsize) + 1
            assert abs((page.get_height() - box[3]) * dpi / 72 - int(fy)) <= 0.3 * int(fsize)
        textpage.close()
    doc.close()


def test_zpl_is_refused_for_non_zpl_templates():
    with pytest.raises(ValueError):
        render_labels_zpl([make_label("LOC-000001-A", random.Random())], "a4-3x8")
    with pytest.raises(ValueError):
        render_labels_zpl([make_label("LOC-000001-A", random.Random())], "brother-ql-62x29")


def test_zpl_escapes_caret_and_tilde_in_text():
    label = ItemLabel("UN-DIL-26-000123-7", "C^1", "Drugs", "2026-01-14", "bag ~ tape_x")
    zpl = render_labels_zpl([label], "zebra-4x2-203")
    assert "^FDC_5E1^FS" in zpl
    assert "bag _7E tape_5Fx" in zpl


def _zpl_mode_n_values(field: str) -> list[int]:
    """Code 128 values a Zebra prints for a ^BC mode N field (start, switches, data; no check, no stop)."""
    values: list[int] = []
    codeset = ""
    i = 0
    while i < len(field):
        if field[i] == ">" and field[i + 1] != "<":
            code = field[i + 1]
            if code in "9:;":
                codeset = {"9": "A", ":": "B", ";": "C"}[code]
                values.append({"A": 103, "B": 104, "C": 105}[codeset])
            else:
                codeset = {"5": "C", "6": "B", "7": "A"}[code]
                values.append({"C": 99, "B": 100, "A": 101}[codeset])
            i += 2
            continue
        if codeset == "C":
            values.append(int(field[i : i + 2]))
            i += 2
            continue
        ch = ">" if field[i] == ">" else field[i]
        i += 2 if field[i] == ">" else 1
        values.append(ord(ch) - 32 if ord(ch) >= 32 else ord(ch) + 64)
    return values


def test_zpl_barcode_is_the_same_symbol_as_the_pdf():
    """The invocation codes make the Zebra print python-barcode's exact symbol (same values, same width)."""
    rng = random.Random(11)
    ids = [random_id(rng) for _ in range(300)] + [
        "12345",
        "123456",
        "A1234B",
        "0000000",
        "1-2",
        "9M6-5W0-44-001661-8",
        *FIXED_IDS,
    ]
    for ident in ids:
        symbol = labels_mod.encode_code128(ident)
        field = labels_mod.zpl_code128_field(symbol)
        assert zpl_field_data(field) == ident
        assert _zpl_mode_n_values(field) == list(symbol.values), ident
