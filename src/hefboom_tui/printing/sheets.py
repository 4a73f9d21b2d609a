"""The fiches and the poster of the method, as HTML sheets."""

from __future__ import annotations

from hefboom_tui.i18n import t
from hefboom_tui.model.entities import Initiative
from hefboom_tui.model.session import Session
from hefboom_tui.printing.html import esc, field, sheet
from hefboom_tui.printing.qr import payload, qr_svg


def idbox(session: Session, item: Initiative | None) -> str:
    """The initiative's code in large type with its QR code (blank box on blank sheets)."""
    if item is None:
        return '<div class="idbox"><div class="code">&#160;&#160;&#160;&#160;&#160;</div></div>'
    return (f'<div class="idbox"><div class="code">{esc(item.code)}</div>'
            f'{qr_svg(payload(session, item))}</div>')


def fiche(session: Session, item: Initiative | None) -> str:
    """Fiche "Burgerinitiatieven, wat zijn dat?", filled from ``item`` or blank."""
    def v(name: str) -> str:
        return str(getattr(item, name)) if item is not None else ""

    scope = t(f"scope.{item.scope}") if item is not None and item.scope else ""
    mode = t(f"mode.{item.mode}") if item is not None and item.mode else ""
    # a blank fiche has the name to write in where a filled one prints it as the title
    title = f'<h1>{esc(v("name"))}</h1>' if item is not None else field(t("field.name"))
    head = (f'<div class="with-id"><div class="kicker">{esc(t("print.fiche_kicker"))}</div>'
            f'{title}<p class="muted">{esc(t("print.fiche_intro"))}</p></div>')
    body = field(t("field.description"), v("description"), "tall") + \
        field(t("fiche.contact_label"), v("contact")) + \
        '<div class="cols">' + field(t("field.theme"), v("theme")) + \
        field(t("field.size"), v("size")) + '</div>' + \
        '<div class="cols">' + field(t("field.scope"), scope) + field(t("field.mode"), mode) + \
        '</div>' + field(t("field.origin"), v("origin"), "mid") + \
        field(t("field.added_by"), v("added_by"))
    return sheet(idbox(session, item) + head + body)


def choice_fiche(session: Session, item: Initiative) -> str:
    """Fiche "Met welke burgerinitiatieven gaan we in gesprek?" for a chosen initiative."""
    c = item.choice
    head = (f'<div class="with-id"><div class="kicker">{esc(t("print.choice_kicker"))}</div>'
            f'<h1>{esc(item.name)}</h1></div>')
    body = field(t("choice.why"), c.why, "tall") + \
        field(t("choice.principles"), c.principles, "mid") + \
        field(t("choice.doubts"), c.doubts, "mid")
    a = item.agreement
    names = {p.id: p.name for p in session.participants}
    body += '<div class="cols">' + \
        field(t("field.visitors"), ", ".join(names.get(x, "?") for x in a.visitors)) + \
        field(t("field.date"), a.date) + field(t("field.time_needed"), a.time_needed) + \
        '</div>' + field(t("field.needs"), a.needs, "mid")
    return sheet(idbox(session, item) + head + body)


LONG_POSTER_TITLE = 50  # characters; up to this a title fits three lines at 48 pt


def poster(session: Session, item: Initiative) -> str:
    """Poster "Kennismaken en verzamelen": A3 landscape, three flaps, pre-filled."""
    v = item.visit
    known = {
        "now": v.now or [x for x in (item.description,
                                     item.size and f"{t('field.size')}: {item.size}",
                                     item.contact and f"{t('fiche.contact_label')}: {item.contact}")
                         if x],
        "future": v.future,
        "needs": v.needs or ([item.agreement.needs] if item.agreement.needs else []),
    }
    flaps = "".join(
        f'<div class="flap"><h2>{esc(t(f"flap.{k}"))}</h2>'
        f'<div class="ask">{esc(t(f"flap.{k}.help"))}</div>'
        f'<ul>{"".join(f"<li>{esc(x)}</li>" for x in known[k])}</ul></div>'
        for k in ("now", "future", "needs"))
    # a long name gets the smaller title, so it never takes room from the flaps
    size = ' class="long"' if len(item.name) > LONG_POSTER_TITLE else ""
    head = (f'<div class="with-id"><div class="kicker">{esc(t("print.poster_kicker"))}</div>'
            f'<h1{size}>{esc(item.name)}</h1></div>')
    return sheet(idbox(session, item) + head + f'<div class="flaps">{flaps}</div>', "poster")


def innovation_fiche() -> str:
    """Fiche "Maatschappelijke innovatie" (blank), in our own words."""
    questions = [t(f"print.innovation.q{n}") for n in range(1, 6)]
    body = "".join(field(q, "", "mid") for q in questions)
    return sheet(f'<div class="kicker">{esc(t("print.blank_kicker"))}</div>'
                 f'<h1>{esc(t("print.innovation.title"))}</h1>'
                 f'<p>{esc(t("print.innovation.intro"))}</p>'
                 f'{field(t("print.initiative"), "")}{body}')


ORGANISATION_GROUPS = ("planning", "coaching", "leadership", "communication", "support", "other")


def organisation_fiche() -> str:
    """Fiche "Organiseren van de organisatie" (blank): challenge groups to fill in."""
    rows = "".join(
        f'<h3>{esc(t(f"print.org.{g}"))}</h3><p class="muted">{esc(t(f"print.org.{g}.help"))}</p>'
        f'<div class="cols">{field(t("print.org.applies"), "")}'
        f'{field(t("print.org.examples"), "")}{field(t("print.org.proposals"), "")}</div>'
        for g in ORGANISATION_GROUPS)
    return sheet(f'<div class="kicker">{esc(t("print.blank_kicker"))}</div>'
                 f'<h1>{esc(t("print.org.title"))}</h1>'
                 f'<p>{esc(t("print.org.intro"))}</p>{rows}', "org")
