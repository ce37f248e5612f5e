"""A reportlab canvas for long PDFs whose memory stays flat however many pages it writes.

reportlab keeps every finished page (its whole content stream, uncompressed) until ``save``,
then builds the entire file in memory: some 10 KB a thank-you note, 100 MB for ten thousand.
``StreamingCanvas`` writes each page out as soon as it is shown — its compressed content stream
and its page dictionary, with reportlab's own object numbers and references — to a temporary
spool file, and takes the page out of reportlab's object tables, keeping only where its two
objects lie (a few dozen bytes in arrays).  ``save`` then writes the file to its target object
by object: reportlab's objects (fonts, forms, images, the catalogue) formatted by reportlab, the
spooled pages copied, the page tree and the cross-reference table written here.

Pages of one kind (same size, same forms and images) have the same dictionary but for their
content stream's number: it is formatted once and reused.  Page streams are Flate-compressed
only (reportlab's default adds ASCII85 on top: a quarter more bytes, and slow).

Fonts, forms and images shared by the pages work as on a plain canvas.  Not supported on this
canvas (the notes do not use them): encryption, bookmarks and links to pages.
"""

from __future__ import annotations

import io
import tempfile
import zlib
from array import array
from typing import BinaryIO

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

_SPOOL_MEMORY = 1 << 20  # the spool stays in memory up to 1 MB, then moves to a temporary file
_XREF_CHUNK = 4096  # cross-reference lines written at a time


class _Counted:
    """A binary file that knows how many bytes went into it."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.offset = 0

    def write(self, data: bytes) -> None:
        self.file.write(data)
        self.offset += len(data)


def _page_kind(page) -> tuple | None:
    """What a page's dictionary depends on besides its content stream; None for a page with
    anything unusual (annotations, transparency, transitions, boxes …): formatted in full."""
    if (
        page.Annots
        or page.ExtGState
        or page.Dur is not None
        or page._colorsUsed
        or page._shadingUsed
        or (page.Trans is not None and page.Trans.dict)
        or any(getattr(page, box, None) is not None for box in _BOXES)
    ):
        return None
    forms = tuple(sorted(page.XObjects.dict)) if page.XObjects is not None else ()
    return (page.pagewidth, page.pageheight, page.Rotate, bool(page.hasImages), forms)


_BOXES = ("MediaBox", "CropBox", "ArtBox", "BleedBox", "TrimBox", "Resources", "Contents")


class StreamingCanvas(Canvas):
    """A Canvas that moves each finished page out of memory (see the module docstring)."""

    def __init__(self, target, *args, **kwargs) -> None:
        super().__init__(target, *args, **kwargs)
        self._target = target
        # closed by save() or discard(), which end the canvas's life
        self._spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_MEMORY)  # noqa: SIM115
        self._numbers = array("q")  # object numbers of the spooled objects, ascending
        self._offsets = array("q")  # where each one's bytes start in the spool
        self._lengths = array("q")
        self._pages = array("q")  # object numbers of the pages, in order
        self._page_templates: dict[tuple, tuple[bytes, bytes]] = {}

    def showPage(self) -> None:
        super().showPage()
        doc = self._doc
        page = doc.Pages.pages.pop()
        content = page.stream.encode("utf-8") if isinstance(page.stream, str) else page.stream
        stream = pdfdoc.PDFStream(content=" ")  # stands in for the content in the tables
        contents = doc.Reference(stream)
        number = doc.idToObjectNumberAndVersion[contents.name][0]
        data = zlib.compress(content)
        body = b"<< /Filter [ /FlateDecode ] /Length %d >>\nstream\n%s\nendstream" % (
            len(data),
            data,
        )
        page_bytes = self._page_dictionary(doc, page, stream, number)
        page_number = self._park(doc, page.__InternalName__, page_bytes)
        self._park(doc, contents.name, body)
        self._pages.append(page_number)

    def _page_dictionary(self, doc, page, stream, contents: int) -> bytes:
        """The page's dictionary: reportlab's formatting, done once per kind of page (size,
        forms and images used) and reused with the next page's content stream number."""
        key = _page_kind(page)
        template = self._page_templates.get(key) if key is not None else None
        if template is None:
            page.Contents = stream
            formatted = pdfdoc.format(page, doc, toplevel=1)
            marker = b"/Contents %d 0 R" % contents
            if key is None or formatted.count(marker) != 1:
                return formatted
            template = self._page_templates[key] = tuple(formatted.split(marker))
        before, after = template
        return before + b"/Contents %d 0 R" % contents + after

    def _park(self, doc, name: str, data: bytes) -> int:
        """Spool an object's formatted bytes and take it out of reportlab's tables."""
        number, _version = doc.idToObjectNumberAndVersion.pop(name)
        del doc.numberToId[number]
        del doc.idToObject[name]
        self._numbers.append(number)
        self._offsets.append(self._spool.seek(0, 2))
        self._lengths.append(len(data))
        self._spool.write(data)
        return number

    def save(self) -> None:
        """Finish the last page and write the file to the target, streaming."""
        if len(self._code):
            self.showPage()
        target = self._target
        try:
            if hasattr(target, "write"):
                self._write(target)
            else:
                with open(target, "wb") as file:
                    self._write(file)
        finally:
            self._spool.close()

    def discard(self) -> None:
        """Drop the pages made so far (a cancelled run): nothing is written."""
        self._spool.close()

    def getpdfdata(self) -> bytes:
        """The whole PDF as bytes (in memory: for small documents and tests)."""
        buffer = io.BytesIO()
        self._target = buffer
        self.save()
        return buffer.getvalue()

    # ------------------------------------------------------------ the file

    def _write(self, file: BinaryIO) -> None:
        doc = self._doc
        if not isinstance(doc.encrypt, pdfdoc.NoEncryption):
            raise ValueError("a streaming canvas does not encrypt")
        # what PDFDocument.GetPDFData does before formatting
        for font in doc.delayedFonts:
            font.addObjects(doc)
        doc.info.invariant = doc.invariant
        doc.info.digest(doc.signature)
        catalog = doc.Reference(doc.Catalog)
        info = doc.Reference(doc.info)
        doc.Outlines.prepare(doc, self)
        if doc.Outlines.ready < 0:
            doc.Catalog.Outlines = None
        doc.encrypt.prepare(doc)

        out = _Counted(file)
        major, minor = doc._pdfVersion
        out.write(
            b"%%PDF-%d.%d\n%%\223\214\213\236 ReportLab Generated PDF document\n" % (major, minor)
        )
        offsets = array("q", [0])
        spooled, count = 0, len(self._numbers)
        number = 0
        while number < doc.objectcounter:  # formatting may register more objects as it goes
            number += 1
            offsets.append(out.offset)
            if spooled < count and self._numbers[spooled] == number:
                self._spool.seek(self._offsets[spooled])
                body = self._spool.read(self._lengths[spooled])
                spooled += 1
                out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
            elif doc.idToObject[doc.numberToId[number]] is doc.Pages:
                out.write(b"%d 0 obj\n" % number + self._page_tree(doc) + b"\nendobj\n")
            else:
                out.write(
                    pdfdoc.PDFIndirectObject(
                        doc.numberToId[number], doc.idToObject[doc.numberToId[number]]
                    ).format(doc)
                )
        start = out.offset
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (number + 1))
        for at in range(1, number + 1, _XREF_CHUNK):
            chunk = offsets[at : at + _XREF_CHUNK]
            out.write(b"".join(b"%010d 00000 n \n" % offset for offset in chunk))
        trailer = pdfdoc.PDFTrailer(
            startxref=start, Size=number + 1, Root=catalog, Info=info, ID=doc.ID()
        )
        out.write(trailer.format(doc))

    def _page_tree(self, doc) -> bytes:
        """The Pages object: every page, by the numbers kept for them."""
        kids = b" ".join(b"%d 0 R" % number for number in self._pages)
        return b"<<\n/Count %d /Kids [ %s ] /Type /Pages\n>>" % (len(self._pages), kids)
