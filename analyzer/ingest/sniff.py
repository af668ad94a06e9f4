"""Read an upload (path, bytes or binary file object) into bytes and tell its type from magic bytes."""

from __future__ import annotations

import os
from typing import Any, BinaryIO

from ..errors import EmptyDocumentError, FileTooLargeError, NotADocumentError

# kind -> what the rest of ingest does with it; extensions are never trusted
PDF, PNG, JPEG, TIFF, WEBP, AVIF = "pdf", "png", "jpeg", "tiff", "webp", "avif"
IMAGE_KINDS = (PNG, JPEG, TIFF, WEBP, AVIF)

_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}


def read_source(source: Any, max_bytes: int) -> tuple[bytes, str]:
    """The bytes of ``source`` and a display name; refuses files over ``max_bytes`` before reading them."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = "<bytes>"
    elif isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        name = os.path.basename(path)
        if os.path.getsize(path) > max_bytes:
            raise FileTooLargeError(detail="file size over max_file_bytes")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    elif hasattr(source, "read"):
        fh: BinaryIO = source
        name = os.path.basename(str(getattr(source, "name", "") or "")) or "<upload>"
        data = fh.read(max_bytes + 1)
        if isinstance(data, str):
            raise NotADocumentError(detail="file object opened in text mode")
        data = bytes(data)
    else:
        raise TypeError(f"load_document needs a path, bytes or a binary file object, not {type(source).__name__}")
    if len(data) > max_bytes:
        raise FileTooLargeError(detail="file size over max_file_bytes")
    if not data:
        raise EmptyDocumentError(detail="zero bytes")
    return data, name


def sniff(data: bytes) -> str:
    """The document kind from its first bytes; NotADocumentError for anything we do not read."""
    head = data[:32]
    # The PDF spec lets readers accept junk before the header (some mail gateways add it)
    if b"%PDF-" in data[:1024]:
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _AVIF_BRANDS:
            return AVIF
        if brand in _HEIC_BRANDS:
            raise NotADocumentError(
                "This is an iPhone HEIC photo, which the analyzer cannot read. Take the photo as JPEG "
                "(Settings > Camera > Formats > Most Compatible) or export it as JPEG, and upload that.",
                detail="heic",
            )
    if not data.strip():
        raise EmptyDocumentError(detail="only whitespace bytes")
    raise NotADocumentError(detail="unrecognised magic bytes")
