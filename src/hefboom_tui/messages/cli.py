"""Messages of the command line, the store, import and export."""

CLI: dict[str, dict[str, str]] = {
    "cli.error_prefix": {"nl": "Fout:", "en": "Error:"},
    "cli.created": {"nl": "Sessie '{name}' aangemaakt: {path}", "en": "Session '{name}' created: {path}"},
    "cli.no_sessions": {
        "nl": "Nog geen sessies in {folder}. Maak er een met: hefboom new NAAM (of probeer: hefboom demo).",
        "en": "No sessions in {folder} yet. Create one with: hefboom new NAME (or try: hefboom demo).",
    },
    "cli.list_line": {
        "nl": "{stem:<24} {name}  ({initiatives} initiatieven, {participants} deelnemers)",
        "en": "{stem:<24} {name}  ({initiatives} initiatives, {participants} participants)",
    },
    "cli.demo_ready": {"nl": "Demosessie klaar: {path}", "en": "Demo session ready: {path}"},
    "cli.write_failed": {"nl": "Kan {path} niet schrijven: {detail}", "en": "Cannot write {path}: {detail}"},
    "cli.exported": {"nl": "Geëxporteerd naar {path}", "en": "Exported to {path}"},
    "cli.participant_added": {"nl": "Toegevoegd: {person}", "en": "Added: {person}"},
    "cli.participant_removed": {"nl": "Verwijderd: {person}", "en": "Removed: {person}"},
    "cli.present": {"nl": "aanwezig", "en": "present"},
    "cli.absent": {"nl": "afwezig", "en": "absent"},
    "cli.duos_seed": {"nl": "Duo's gevormd (seed {seed}):", "en": "Duos formed (seed {seed}):"},
    "cli.deal_seed": {"nl": "Kaarten gedeeld (seed {seed}):", "en": "Cards dealt (seed {seed}):"},
    "demo.locked": {
        "nl": "De demosessie is open in een ander hefboom-venster ({path}). Sluit dat eerst.",
        "en": "The demo session is open in another hefboom window ({path}). Close that first.",
    },
    # store
    "store.exists": {
        "nl": "Er bestaat al een sessie in {path}. Kies een andere naam of open die sessie.",
        "en": "A session already exists at {path}. Choose another name or open that session.",
    },
    "store.not_found": {
        "nl": "Geen sessie '{name}' gevonden (gezocht: {path}). Bekijk de sessies met: hefboom list",
        "en": "No session '{name}' found (looked for {path}). See the sessions with: hefboom list",
    },
    "store.empty_name": {"nl": "Geef de sessie een naam.", "en": "Give the session a name."},
    "store.corrupt": {
        "nl": "Het sessiebestand {path} is beschadigd en kan niet gelezen worden ({detail}). Het bestand wordt niet overschreven.",
        "en": "The session file {path} is damaged and cannot be read ({detail}). The file will not be overwritten.",
    },
    "store.corrupt_backup": {
        "nl": "De nieuwste goede reservekopie is {backup}; herstel die met: hefboom check {name} --repair",
        "en": "The newest good backup is {backup}; restore it with: hefboom check {name} --repair",
    },
    "store.corrupt_no_backup": {
        "nl": "Er is geen bruikbare reservekopie; bewaar het bestand en vraag hulp.",
        "en": "There is no usable backup; keep the file and ask for help.",
    },
    "store.too_new": {
        "nl": "{path} komt uit een nieuwere versie van hefboom (schema {found}; deze versie kent tot {supported}). Werk hefboom bij; het bestand blijft onaangeroerd.",
        "en": "{path} comes from a newer version of hefboom (schema {found}; this version knows up to {supported}). Update hefboom; the file is left untouched.",
    },
    "store.read_only": {
        "nl": "Alleen lezen: {reason}",
        "en": "Read-only: {reason}",
    },
    "store.reason_requested": {"nl": "geopend om te bekijken.", "en": "opened for viewing."},
    "store.reason_locked": {
        "nl": "{path} is al open in een ander hefboom-venster. Wijzig de sessie daar, of sluit dat venster en open opnieuw.",
        "en": "{path} is already open in another hefboom window. Make changes there, or close that window and open it again.",
    },
    "store.save_failed": {
        "nl": "Opslaan in {path} lukte niet ({detail}). De laatste wijziging is niet bewaard; wat je typte staat nog in het formulier. Maak ruimte vrij of kies een andere map en probeer opnieuw.",
        "en": "Saving to {path} failed ({detail}). The last change was not saved; what you typed is still in the form. Free some space or choose another folder and try again.",
    },
    "store.list_broken": {"nl": "beschadigd: hefboom check", "en": "damaged: hefboom check"},
    "check.ok": {
        "nl": "{path} is in orde: {initiatives} initiatieven, {backups} reservekopieën.",
        "en": "{path} is fine: {initiatives} initiatives, {backups} backups.",
    },
    "check.repaired": {
        "nl": "{path} hersteld uit {backup}. Het beschadigde bestand is bewaard als {kept}.",
        "en": "{path} restored from {backup}. The damaged file was kept as {kept}.",
    },
    # import
    "import.empty": {"nl": "{file} is leeg.", "en": "{file} is empty."},
    "import.no_rows": {"nl": "{file} bevat geen initiatieven.", "en": "{file} contains no initiatives."},
    "import.no_name_column": {
        "nl": "{file} heeft geen kolom 'naam' (of 'name'). Gevonden kolommen: {found}. Geef de kolom met de namen de kop 'naam'.",
        "en": "{file} has no column 'name' (or 'naam'). Columns found: {found}. Give the column with the names the header 'name'.",
    },
    "import.line": {"nl": "regel {line}: {problem}", "en": "line {line}: {problem}"},
    "import.duplicate": {"nl": "'{name}' staat er al", "en": "'{name}' is already there"},
    "import.failed": {
        "nl": "Niets geïmporteerd uit {file}: {count} probleem/problemen. Verbeter ze en probeer opnieuw:",
        "en": "Nothing imported from {file}: {count} problem(s). Fix them and try again:",
    },
    "import.more": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "import.unknown_columns": {
        "nl": "Genegeerde kolommen: {columns}",
        "en": "Ignored columns: {columns}",
    },
    "import.done": {"nl": "{count} initiatieven geïmporteerd in '{name}'.", "en": "{count} initiatives imported into '{name}'."},
    # export
    "export.col.code": {"nl": "code", "en": "code"},
    "export.col.name": {"nl": "naam", "en": "name"},
    "export.col.description": {"nl": "beschrijving", "en": "description"},
    "export.col.contact": {"nl": "contact", "en": "contact"},
    "export.col.theme": {"nl": "thema", "en": "theme"},
    "export.col.scope": {"nl": "lokaal of breder", "en": "local or wider"},
    "export.col.mode": {"nl": "online of fysiek", "en": "online or physical"},
    "export.col.size": {"nl": "grootte", "en": "size"},
    "export.col.origin": {"nl": "ontstaan", "en": "how it started"},
    "export.col.added_by": {"nl": "ingebracht door", "en": "added by"},
    "export.col.round": {"nl": "ronde", "en": "round"},
    "export.col.status": {"nl": "status", "en": "status"},
    "export.col.why": {"nl": "waarom gekozen", "en": "why chosen"},
    "export.col.visitors": {"nl": "bezoekers", "en": "visitors"},
    "export.col.date": {"nl": "datum", "en": "date"},
    "export.col.principle": {"nl": "principe", "en": "principle"},
    "export.col.card": {"nl": "kaart", "en": "card"},
    "export.col.rank": {"nl": "plaats", "en": "rank"},
    "export.col.marks": {"nl": "sterk volgens duo's", "en": "strong according to duos"},
    "export.created": {"nl": "Aangemaakt", "en": "Created"},
    "export.team": {"nl": "Team", "en": "Team"},
    "export.absent": {"nl": "afwezig", "en": "absent"},
    "export.wall": {"nl": "De muur", "en": "The wall"},
    "export.principles_list": {"nl": "Lijst met principes", "en": "Principles list"},
    "export.strong": {"nl": "Sterke initiatieven", "en": "Strong initiatives"},
    "status.new": {"nl": "nieuw", "en": "new"},
    "status.presented": {"nl": "toegelicht", "en": "presented"},
    "status.chosen": {"nl": "gekozen", "en": "chosen"},
}
