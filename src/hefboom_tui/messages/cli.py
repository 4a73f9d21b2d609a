"""Messages of the command line, the store, import and export."""

CLI: dict[str, dict[str, str]] = {
    "cli.error_prefix": {"nl": "Fout:", "en": "Error:"},
    "cli.created": {"nl": "Sessie '{name}' aangemaakt: {path}", "en": "Session '{name}' created: {path}"},
    "cli.no_sessions": {
        "nl": "Nog geen sessies in {folder}. Maak er een met: hefboom new NAAM (of probeer: hefboom demo).",
        "en": "No sessions in {folder} yet. Create one with: hefboom new NAME (or try: hefboom demo).",
    },
    "cli.list_line": {"nl": "{stem:<24} {name}  ({initiatives}, {participants})", "en": "{stem:<24} {name}  ({initiatives}, {participants})"},
    "cli.demo_ready": {"nl": "Demosessie klaar: {path}", "en": "Demo session ready: {path}"},
    "cli.write_failed": {"nl": "Kan {path} niet schrijven: {detail}", "en": "Cannot write {path}: {detail}"},
    "cli.exported": {"nl": "Geëxporteerd naar {path}", "en": "Exported to {path}"},
    "cli.participant_added": {"nl": "Toegevoegd: {person}", "en": "Added: {person}"},
    "cli.participant_removed": {"nl": "Verwijderd: {person}", "en": "Removed: {person}"},
    "cli.present": {"nl": "aanwezig", "en": "present"},
    "cli.absent": {"nl": "afwezig", "en": "absent"},
    "cli.duos_seed": {"nl": "Duo's gevormd (seed {seed}):", "en": "Duos formed (seed {seed}):"},
    "cli.deal_seed": {"nl": "Kaarten gedeeld (seed {seed}):", "en": "Cards dealt (seed {seed}):"},
    "cli.rotation_head": {"nl": "Rotatieschema: {rounds} van {minutes} (seed {seed})", "en": "Rotation schedule: {rounds} of {minutes} (seed {seed})"},
    "cli.rotation_missed": {"nl": "{person} mist: {initiatives}", "en": "{person} misses: {initiatives}"},
    "demo.locked": {
        "nl": "De demosessie is open in een ander hefboom-programma ({path}). Sluit dat eerst, of open de demo daar.",
        "en": "The demo session is open in another hefboom program ({path}). Close that first, or use the demo there.",
    },
    "cli.lock_wait": {"nl": "{name} is open in een ander hefboom-programma; ik wacht hoogstens {seconds} seconden tot het vrijkomt…", "en": "{name} is open in another hefboom program; waiting at most {seconds} seconds for it to close…"},
    "cli.lock_wait.one": {"nl": "{name} is open in een ander hefboom-programma; ik wacht hoogstens {seconds} seconde tot het vrijkomt…", "en": "{name} is open in another hefboom program; waiting at most {seconds} second for it to close…"},
    "cli.locked": {"nl": "{path} is open in een ander hefboom-programma (het scherm of een ander commando) en kwam na {seconds} seconden niet vrij. Er is niets gewijzigd. Sluit de sessie daar (Ctrl+Q) en geef het commando opnieuw, of wijzig de sessie in dat scherm.", "en": "{path} is open in another hefboom program (the app or another command) and did not come free within {seconds} seconds. Nothing was changed. Close the session there (Ctrl+Q) and run the command again, or make the change in that window."},
    "cli.locked.one": {"nl": "{path} is open in een ander hefboom-programma (het scherm of een ander commando) en kwam na {seconds} seconde niet vrij. Er is niets gewijzigd. Sluit de sessie daar (Ctrl+Q) en geef het commando opnieuw, of wijzig de sessie in dat scherm.", "en": "{path} is open in another hefboom program (the app or another command) and did not come free within {seconds} second. Nothing was changed. Close the session there (Ctrl+Q) and run the command again, or make the change in that window."},
    "cli.bad_argument": {
        "nl": "Het argument '{arg}' bevat bytes die geen UTF-8-tekst zijn. Er is niets gedaan. Typ het opnieuw in een terminal die UTF-8 gebruikt (of hernoem het bestand naar een naam in UTF-8).",
        "en": "The argument '{arg}' holds bytes that are not UTF-8 text. Nothing was done. Type it again in a terminal that uses UTF-8 (or rename the file to a UTF-8 name).",
    },
    "cli.folder_failed": {
        "nl": "Kan de sessiemap {folder} niet gebruiken ({detail}). Kies een map waarin je mag schrijven met --sessions-dir of HEFBOOM_SESSIONS.",
        "en": "Cannot use the sessions folder {folder} ({detail}). Choose a folder you can write to with --sessions-dir or HEFBOOM_SESSIONS.",
    },
    "cli.internal_error": {
        "nl": "Er ging iets mis dat niet had mogen gebeuren ({detail}). Je sessiebestanden zijn zoals na de laatste geslaagde wijziging. Meld het alsjeblieft, met de details uit {log}.",
        "en": "Something went wrong that should not have ({detail}). Your session files are as they were after the last successful change. Please report it, with the details from {log}.",
    },
    "cli.backup_warning": {"nl": "Let op: {message}", "en": "Warning: {message}"},
    # store
    "store.exists": {
        "nl": "Er bestaat al een sessie in {path}. Kies een andere naam of open die sessie.",
        "en": "A session already exists at {path}. Choose another name or open that session.",
    },
    "store.not_found": {
        "nl": "Geen sessie '{name}' gevonden (gezocht: {path}). Bekijk de sessies met: hefboom list",
        "en": "No session '{name}' found (looked for {path}). See the sessions with: hefboom list",
    },
    "store.not_found_backups": {
        "nl": "Er zijn wel {count} reservekopieën van '{name}'; zet de nieuwste terug met: hefboom check {name} --repair",
        "en": "There are {count} backups of '{name}', though; restore the newest with: hefboom check {name} --repair",
    },
    "store.not_found_backups.one": {
        "nl": "Er is wel {count} reservekopie van '{name}'; zet die terug met: hefboom check {name} --repair",
        "en": "There is {count} backup of '{name}', though; restore it with: hefboom check {name} --repair",
    },
    "store.unreadable_folder": {
        "nl": "{path} is een map, geen sessiebestand. Verplaats of hernoem die map; hefboom leest alleen bestanden.",
        "en": "{path} is a folder, not a session file. Move or rename that folder; hefboom only reads files.",
    },
    "store.unreadable_dangling_link": {
        "nl": "{path} is een snelkoppeling naar {target}, maar dat bestand bestaat niet (meer). Zet het bestand terug of verwijder de snelkoppeling.",
        "en": "{path} is a link to {target}, but that file does not exist (any more). Put the file back or remove the link.",
    },
    "store.unreadable_outside_link": {
        "nl": "{path} is een snelkoppeling naar {target}, buiten de sessiemap {folder}. hefboom opent alleen sessiebestanden in die map: kopieer het bestand erin in plaats van ernaar te verwijzen.",
        "en": "{path} is a link to {target}, outside the sessions folder {folder}. hefboom only opens session files in that folder: copy the file into it instead of linking to it.",
    },
    "store.unreadable_missing": {
        "nl": "{path} bestaat niet (meer). Bekijk de sessies met: hefboom list",
        "en": "{path} does not exist (any more). See the sessions with: hefboom list",
    },
    "store.unreadable_os": {
        "nl": "Kan {path} niet lezen ({detail}). Controleer of je het bestand mag lezen, of kopieer het naar een eigen map.",
        "en": "Cannot read {path} ({detail}). Check that you may read the file, or copy it to a folder of your own.",
    },
    "store.create_failed": {
        "nl": "Kan de nieuwe sessie {path} niet aanmaken ({detail}); er is niets van achtergebleven.",
        "en": "Cannot create the new session {path} ({detail}); nothing of it was left behind.",
    },
    "store.hint_full": {
        "nl": "De schijf (of je quotum) is vol: maak ruimte vrij in {folder} en probeer opnieuw.",
        "en": "The disk (or your quota) is full: free some space for {folder} and try again.",
    },
    "store.hint_permission": {
        "nl": "Je mag niet schrijven in {folder}: kies een andere sessiemap (--sessions-dir of HEFBOOM_SESSIONS) of vraag schrijfrechten.",
        "en": "You may not write in {folder}: choose another sessions folder (--sessions-dir or HEFBOOM_SESSIONS) or ask for write permission.",
    },
    "store.hint_other": {
        "nl": "Controleer de map {folder} (bestaat ze, is de schijf aangesloten?) en probeer opnieuw.",
        "en": "Check the folder {folder} (does it exist, is the disk connected?) and try again.",
    },
    "store.backup_failed": {
        "nl": "de reservekopie in {folder} lukte niet ({detail}); de sessie zelf is wel bewaard.",
        "en": "the backup in {folder} failed ({detail}); the session itself was saved.",
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
    "store.reason_no_lock": {
        "nl": "in {folder} mag hefboom niet schrijven ({detail}), dus de sessie kan alleen bekeken worden. Kies een sessiemap waarin je mag schrijven (--sessions-dir of HEFBOOM_SESSIONS) of vraag schrijfrechten.",
        "en": "hefboom may not write in {folder} ({detail}), so the session can only be viewed. Choose a sessions folder you can write to (--sessions-dir or HEFBOOM_SESSIONS) or ask for write permission.",
    },
    "store.reason_locked": {
        "nl": "{path} is al open in een ander hefboom-venster. Wijzig de sessie daar, of sluit dat venster en open opnieuw.",
        "en": "{path} is already open in another hefboom window. Make changes there, or close that window and open it again.",
    },
    "store.save_failed": {
        "nl": "Opslaan in {path} lukte niet ({detail}). De laatste wijziging is niet bewaard; het bestand is zoals ervoor.",
        "en": "Saving to {path} failed ({detail}). The last change was not saved; the file is as it was before.",
    },
    "store.bad_schema_version": {
        "nl": "schema_version moet een geheel getal zijn (0 of meer), niet {value}",
        "en": "schema_version must be a whole number (0 or more), not {value}",
    },
    "store.list_broken": {"nl": "beschadigd: hefboom check", "en": "damaged: hefboom check"},
    "store.list_folder": {"nl": "een map, geen sessiebestand", "en": "a folder, not a session file"},
    "store.list_dangling": {"nl": "snelkoppeling naar een bestand dat niet bestaat", "en": "a link to a file that does not exist"},
    "store.list_outside": {"nl": "snelkoppeling naar buiten de sessiemap: kopieer het bestand erin", "en": "a link outside the sessions folder: copy the file into it"},
    "store.list_unreadable": {"nl": "onleesbaar: {detail}", "en": "unreadable: {detail}"},
    "check.ok": {"nl": "{path} is in orde: {initiatives}, {backups}.", "en": "{path} is fine: {initiatives}, {backups}."},
    "check.restored": {
        "nl": "{path} ontbrak en is teruggezet uit de reservekopie {backup}.",
        "en": "{path} was missing and has been restored from the backup {backup}.",
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
    "import.binary": {
        "nl": "{file} is geen tekstbestand (er staan NUL-bytes in): misschien een werkmap (.xlsx, .xls, .ods)? Bewaar de lijst in je rekenblad met 'Opslaan als' als CSV (UTF-8) en importeer dat bestand.",
        "en": "{file} is not a text file (it holds NUL bytes): a workbook (.xlsx, .xls, .ods) perhaps? Save the list from your spreadsheet with 'Save as' as CSV (UTF-8) and import that file.",
    },
    "import.line": {"nl": "regel {line}: {problem}", "en": "line {line}: {problem}"},
    "import.duplicate": {"nl": "'{name}' staat er al", "en": "'{name}' is already there"},
    "import.failed": {
        "nl": "Niets geïmporteerd uit {file}: {count} problemen. Verbeter ze en probeer opnieuw:",
        "en": "Nothing imported from {file}: {count} problems. Fix them and try again:",
    },
    "import.failed.one": {
        "nl": "Niets geïmporteerd uit {file}: {count} probleem. Verbeter het en probeer opnieuw:",
        "en": "Nothing imported from {file}: {count} problem. Fix it and try again:",
    },
    "import.more": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "import.unknown_columns": {
        "nl": "Genegeerde kolommen: {columns}",
        "en": "Ignored columns: {columns}",
    },
    "import.placeholder": {"nl": "~/initiatieven.csv", "en": "~/initiatives.csv"},
    "import.no_file": {"nl": "Geef het pad van een CSV-bestand, bijvoorbeeld ~/initiatieven.csv.", "en": "Give the path of a CSV file, for example ~/initiatives.csv."},
    "import.unreadable": {"nl": "Kan {path} niet lezen: {detail}", "en": "Cannot read {path}: {detail}"},
    "import.into_title": {"nl": "Initiatieven importeren uit een CSV-lijst", "en": "Import initiatives from a CSV list"},
    "import.done": {"nl": "{count} initiatieven geïmporteerd in '{name}'.", "en": "{count} initiatives imported into '{name}'."},
    "import.done.one": {"nl": "{count} initiatief geïmporteerd in '{name}'.", "en": "{count} initiative imported into '{name}'."},
    # export
    "export.col.code": {"nl": "code", "en": "code"},
    "export.col.name": {"nl": "naam", "en": "name"},
    "export.col.description": {"nl": "beschrijving", "en": "description"},
    "export.col.round": {"nl": "ronde", "en": "round"},
    "export.col.status": {"nl": "status", "en": "status"},
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
    "status.visited": {"nl": "bezocht", "en": "visited"},
}
