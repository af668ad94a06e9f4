"""The analyzer's error family: each error has a stable code and a message that tells the user what to do.

Only the outermost client (command line, Streamlit page, bulk runner) turns these into exit codes,
``st.error`` boxes or error rows. Messages never contain letter text, names or member ids.
"""

from __future__ import annotations


class AnalyzerError(Exception):
    """Base class. ``code`` is a stable public identifier; ``message`` is for the user."""

    code = "analyzer_error"
    default_message = "The letter could not be analyzed."

    def __init__(self, message: str | None = None, *, detail: str | None = None) -> None:
        self.message = message or self.default_message
        self.detail = detail  # technical detail for logs; never letter content
        super().__init__(self.message)

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


class NotADocumentError(AnalyzerError):
    code = "not_a_document"
    default_message = (
        "This file is not a PDF or an image we can read (PDF, PNG, JPEG or TIFF). "
        "Save or scan the letter as a PDF, or take a photo of it, and upload that."
    )


class CorruptDocumentError(AnalyzerError):
    code = "corrupt_document"
    default_message = (
        "This file looks damaged or incomplete, so it cannot be read. "
        "Download or scan the letter again and upload the new copy."
    )


class EncryptedDocumentError(AnalyzerError):
    code = "encrypted_document"
    default_message = (
        "This PDF is protected by a password. Open it with the password and save or print it "
        "as a new PDF without a password (\"Print to PDF\" works), then upload that copy."
    )


class EmptyDocumentError(AnalyzerError):
    code = "empty_document"
    default_message = "This file has no pages (it is empty). Check that you picked the right file."


class NoTextError(AnalyzerError):
    code = "no_text"
    default_message = (
        "No readable text was found in this letter, even after reading the page images. "
        "Scan it again at 300 dpi in good light, flat and straight, or upload the PDF you received."
    )


class OcrUnavailableError(AnalyzerError):
    code = "ocr_unavailable"
    default_message = (
        "This letter is a scan or photo and needs text recognition (OCR), but the OCR engine "
        "(tesseract) is not installed. Install it (Debian/Ubuntu: apt-get install tesseract-ocr) and try again."
    )


class TooManyPagesError(AnalyzerError):
    code = "too_many_pages"
    default_message = "This file has more pages than the analyzer reads. Upload only the denial letter's pages."


class ImageTooLargeError(AnalyzerError):
    code = "image_too_large"
    default_message = (
        "This image is too large to read safely. Take the photo again at a normal resolution "
        "(under 50 megapixels) or scan the letter at 300 dpi."
    )


class FileTooLargeError(AnalyzerError):
    code = "file_too_large"
    default_message = "This file is too large. Upload only the pages of the denial letter (under 50 MB)."


class TimeBudgetExceededError(AnalyzerError):
    code = "time_budget_exceeded"
    default_message = (
        "Reading this letter took longer than the time allowed. Upload only the pages of the denial letter, "
        "or a clearer scan."
    )


class ModelMissingError(AnalyzerError):
    code = "model_missing"
    default_message = (
        "The analyzer's language model is missing from models/. Reinstall the analyzer, "
        "or rebuild the model with: python -m analyzer.train"
    )


# -- errors of the bulk runner, which turns every failure into a row -----------------------------------------------
class FileMissingError(AnalyzerError):
    code = "file_not_found"
    default_message = "This file was not found (it may have been moved or deleted during the run). Check the path."


class InternalAnalyzerError(AnalyzerError):
    code = "internal_error"
    default_message = (
        "The analyzer hit an unexpected problem with this letter. The other letters were analyzed. "
        "Please report it (with the analyzer version, not the letter) so we can fix it."
    )


class WorkerCrashedError(InternalAnalyzerError):
    default_message = (
        "The worker process analyzing this letter stopped unexpectedly (it may have run out of memory). "
        "The other letters were analyzed. Please report it (with the analyzer version, not the letter)."
    )


ALL_ERRORS = (
    NotADocumentError,
    CorruptDocumentError,
    EncryptedDocumentError,
    EmptyDocumentError,
    NoTextError,
    OcrUnavailableError,
    TooManyPagesError,
    ImageTooLargeError,
    FileTooLargeError,
    TimeBudgetExceededError,
    ModelMissingError,
)  # what reading and analyzing one letter can raise; the bulk runner's own rows (file_not_found, internal_error) are not
# in it, so tests that accept "any known code" still fail on an internal error
