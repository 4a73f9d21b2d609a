"""The only module that touches WeasyPrint, imported lazily when printing starts.

The URL fetcher refuses everything except files inside ``assets/print`` (fonts, nothing
else): no network, no other local files, whatever a session's text contains.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

from hefboom_tui.fsutil import atomic_write_bytes


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


def render_pdf(html: str, out: Path, root: Path, progress: Any = None,
               log: list[str] | None = None) -> int:
    """Render once, write the PDF atomically; return the number of pages."""
    import weasyprint

    if progress:
        progress(0.55, "layout")
    buffer = io.BytesIO()
    with gc_paused():
        document = weasyprint.HTML(string=html, base_url=root.as_uri() + "/",
                                   url_fetcher=make_fetcher(root, log)).render()
        if progress:
            progress(0.85, "pdf")
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
        progress(1.0, "done")
    return pages
