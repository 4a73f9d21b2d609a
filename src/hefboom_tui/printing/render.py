"""The only module that touches WeasyPrint, imported lazily when printing starts.

The URL fetcher refuses everything except files inside ``assets/print`` (fonts) and the QR
codes made for the document (``hefboom-qr:`` URLs, see qr.py): no network, no other files,
whatever a session's text contains (and user text is escaped: it never becomes a tag).
"""

from __future__ import annotations

import gc
import inspect
import io
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname
from xml.etree import ElementTree

from hefboom_tui.fsutil import atomic_write_bytes
from hefboom_tui.printing.qr import qr_image


def weasyprint_problem() -> str:
    """Empty when WeasyPrint and its system libraries load; else why not."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    return ""


def make_fetcher(root: Path, log: list[str] | None = None) -> Any:
    """A WeasyPrint URL fetcher that serves files below ``root`` and refuses the rest."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AssetsOnlyFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            image = qr_image(url)  # a QR code, drawn by us for this document
            if image is not None:
                return URLFetcherResponse(url, image, {"Content-Type": "image/png"})
            if log is not None:
                log.append(url)
            parsed = urlparse(url)
            if parsed.scheme != "file":
                raise ValueError(f"refused (not a bundled asset): {url[:80]}")
            path = Path(url2pathname(unquote(parsed.path))).resolve()
            if root not in path.parents:
                raise ValueError(f"refused (outside assets/print): {url[:80]}")
            mime = "font/ttf" if path.suffix == ".ttf" else "text/css"
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime})

    return AssetsOnlyFetcher()


_UA: list[Any] = []
UA_HOOK = ("self", "forms")
"""The parameters of ``weasyprint.HTML._ua_stylesheets`` as WeasyPrint 62 to 70 have it: a
private hook, so :func:`lean_html` overrides it only while it looks like this."""


def ua_hook_known(html_class: Any) -> bool:
    """Whether ``html_class`` has the user-agent style sheet hook :func:`lean_html` replaces,
    with the parameters it knows."""
    hook = getattr(html_class, "_ua_stylesheets", None)
    if not callable(hook):
        return False
    try:
        return tuple(inspect.signature(hook).parameters) == UA_HOOK
    except (TypeError, ValueError):
        return False


@lru_cache(maxsize=2)
def lean_html(root: Path) -> Any:
    """WeasyPrint's ``HTML`` with the pack's own small user-agent style sheet
    (``assets/print/ua.css``) instead of the full HTML one (measured: a fifth of the time).

    The hook is private to WeasyPrint: a version where it is missing or looks otherwise gets
    WeasyPrint's own ``HTML`` (its full style sheet: the same pack, printed slower), and an
    error reading our sheet falls back to WeasyPrint's sheets, never stops a print."""
    import weasyprint

    if not ua_hook_known(weasyprint.HTML):
        return weasyprint.HTML

    class LeanHTML(weasyprint.HTML):  # type: ignore[misc]
        def _ua_stylesheets(self, forms: bool = False) -> list[Any]:
            if not _UA:
                try:
                    text = (root / "ua.css").read_text(encoding="utf-8")
                    _UA.append(weasyprint.CSS(string=text))
                except (OSError, UnicodeDecodeError, ValueError):
                    return list(super()._ua_stylesheets(forms))
            return list(_UA)

    return LeanHTML


def parsed(html: str, root: Path, log: list[str] | None = None) -> Any:
    """The pack's HTML as a WeasyPrint document, not yet laid out.

    The templates write well-formed XML, so expat (C) builds the element tree in a
    millisecond where WeasyPrint's pure-Python HTML5 parser took 0.07 s for a 30-initiative
    pack. The tree is handed to WeasyPrint as its own constructor would (plain, namespace-free
    tags). Anything expat refuses (a character XML forbids), or a WeasyPrint whose document
    object looks different, goes through WeasyPrint's own parser: same result, slower."""
    document_class = lean_html(root)
    fetcher = make_fetcher(root, log)
    base_url = root.as_uri() + "/"
    try:
        if not _same_document_shape(root):
            raise TypeError("WeasyPrint builds its document otherwise")
        tree = ElementTree.fromstring(html.removeprefix(DOCTYPE))
        import cssselect2

        document = document_class.__new__(document_class)
        document.base_url, document.url_fetcher, document.media_type = base_url, fetcher, "print"
        document.wrapper_element = cssselect2.ElementWrapper.from_html_root(
            tree, content_language=None)
        document.etree_element = document.wrapper_element.etree_element
        return document
    except (ElementTree.ParseError, ImportError, AttributeError, TypeError):
        pass
    return document_class(string=html, base_url=base_url, url_fetcher=fetcher)


DOCTYPE = "<!doctype html>\n"
TREE_ATTRIBUTES = {"base_url", "url_fetcher", "media_type", "wrapper_element", "etree_element"}


@lru_cache(maxsize=2)
def _same_document_shape(root: Path) -> bool:
    """Whether WeasyPrint's own constructor sets exactly the attributes :func:`parsed` sets
    (checked once on a tiny document; a future WeasyPrint that sets more takes the slow way)."""
    return set(vars(lean_html(root)(string="<p></p>"))) == TREE_ATTRIBUTES


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while WeasyPrint lays out and paints.

    Laying out a 66-page pack creates about 200,000 objects that stay alive until the PDF is
    written; the collector would rescan them again and again as they pile up (a fifth of the
    print time, measured). The garbage is collected as usual once the collector is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _PageProgress(logging.Handler):
    """Turns WeasyPrint's progress log ("Creating layout - Page 12") of this thread into
    progress reports: the bar moves with every page laid out."""

    def __init__(self, report: Callable[[int], None]) -> None:
        super().__init__(logging.INFO)
        self.thread = threading.get_ident()
        self.report = report

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread and str(record.msg).startswith(LAYOUT_STEP):
            args = record.args if isinstance(record.args, tuple) else ()
            if args and isinstance(args[0], int):
                self.report(args[0])


LAYOUT_STEP = "Step 5 - Creating layout - Page"
_LOGGING = threading.Lock()


@contextmanager
def page_reports(report: Callable[[int], None] | None) -> Iterator[None]:
    """Call ``report(page)`` for every page WeasyPrint lays out in this thread."""
    if report is None:
        yield
        return
    logger = logging.getLogger("weasyprint.progress")
    handler = _PageProgress(report)
    with _LOGGING:
        level, propagate = logger.level, logger.propagate
        logger.setLevel(logging.INFO)
        logger.propagate = False  # the steps are for the bar, not for anybody's console
        logger.addHandler(handler)
    try:
        yield
    finally:
        with _LOGGING:
            logger.removeHandler(handler)
            if not any(isinstance(h, _PageProgress) for h in logger.handlers):
                logger.setLevel(level)
                logger.propagate = propagate


Progress = Callable[[float, str], None]


def render_pdf(html: str, out: Path, root: Path, progress: Progress | None = None,
               log: list[str] | None = None, *, pages_expected: int = 0,
               span: tuple[float, float] = (0.1, 1.0)) -> int:
    """Render once, write the PDF atomically; return the number of pages. ``progress`` hears
    of every page laid out (its share of ``span``, out of ``pages_expected``), then of the
    PDF being written."""
    low, high = span
    middle = low + 0.8 * (high - low)

    def laid_out(page: int) -> None:
        if progress and pages_expected:
            progress(low + (middle - low) * min(1.0, page / pages_expected), "layout")

    if progress:
        progress(low, "layout")
    buffer = io.BytesIO()
    with gc_paused(), page_reports(laid_out if progress else None):
        document = parsed(html, root, log).render()
        if progress:
            progress(middle, "pdf")
        # not full_fonts=True: it would save a subsetting pass but writes no text mapping for
        # ligatures and shaped scripts ("ﬁets" instead of "fiets" when text is copied or found)
        document.write_pdf(buffer)
        pages = len(document.pages)
        # the layout is garbage now (about 175,000 objects in reference cycles): free it here,
        # in the printing thread, in one pass over the young objects. Left to the collector, it
        # would first find it all still alive and free it later, maybe in the thread that
        # draws the screen.
        del document
        gc.collect(0)
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(out, buffer.getvalue())
    if progress:
        progress(high, "done")
    return pages
