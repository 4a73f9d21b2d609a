"""Click's own texts (usage lines, errors, the default help option) in Dutch, by their English
text: click looks them up with gettext, which ``cli_help`` points at our catalog."""

CLICK: dict[str, dict[str, str]] = {
    "Usage:": {"nl": "Gebruik:", "en": "Usage:"},
    "Options": {"nl": "Opties", "en": "Options"},
    "Commands": {"nl": "Opdrachten", "en": "Commands"},
    "Positional arguments": {"nl": "Argumenten", "en": "Positional arguments"},
    "Aborted!": {"nl": "Afgebroken!", "en": "Aborted!"},
    "deprecated": {"nl": "verouderd", "en": "deprecated"},
    "Missing command.": {"nl": "Er ontbreekt een opdracht.", "en": "Missing command."},
    "env var: {var}": {"nl": "omgevingsvariabele: {var}", "en": "env var: {var}"},
    "default: {default}": {"nl": "standaard: {default}", "en": "default: {default}"},
    "(dynamic)": {"nl": "(wisselend)", "en": "(dynamic)"},
    "Show the version and exit.": {"nl": "Toon de versie en stop.", "en": "Show the version and exit."},
    "Show this message and exit.": {"nl": "Toon deze hulp en stop.", "en": "Show this message and exit."},
    "Error: {message}": {"nl": "Fout: {message}", "en": "Error: {message}"},
    "Try '{command} {option}' for help.": {"nl": "Probeer '{command} {option}' voor hulp.", "en": "Try '{command} {option}' for help."},
    "Invalid value: {message}": {"nl": "Ongeldige waarde: {message}", "en": "Invalid value: {message}"},
    "Invalid value for {param_hint}: {message}": {"nl": "Ongeldige waarde voor {param_hint}: {message}", "en": "Invalid value for {param_hint}: {message}"},
    "Missing argument": {"nl": "Ontbrekend argument", "en": "Missing argument"},
    "Missing option": {"nl": "Ontbrekende optie", "en": "Missing option"},
    "Missing parameter": {"nl": "Ontbrekende parameter", "en": "Missing parameter"},
    "Missing {param_type}": {"nl": "Ontbrekend: {param_type}", "en": "Missing {param_type}"},
    "Missing parameter: {param_name}": {"nl": "Ontbrekende parameter: {param_name}", "en": "Missing parameter: {param_name}"},
    "No such option {name!r}.": {"nl": "De optie {name!r} bestaat niet.", "en": "No such option {name!r}."},
    "No such command {name!r}.": {"nl": "De opdracht {name!r} bestaat niet.", "en": "No such command {name!r}."},
    "unknown error": {"nl": "onbekende fout", "en": "unknown error"},
    "Could not open file {filename!r}: {message}": {"nl": "Kan het bestand {filename!r} niet openen: {message}", "en": "Could not open file {filename!r}: {message}"},
    "Argument {name!r} takes {nargs} values.": {"nl": "Het argument {name!r} neemt {nargs} waarden.", "en": "Argument {name!r} takes {nargs} values."},
    "Option {name!r} does not take a value.": {"nl": "De optie {name!r} neemt geen waarde.", "en": "Option {name!r} does not take a value."},
    "Value must be an iterable.": {"nl": "De waarde moet een reeks zijn.", "en": "Value must be an iterable."},
    "Choose from:\n\t{choices}": {"nl": "Kies uit:\n\t{choices}", "en": "Choose from:\n\t{choices}"},
    "{value!r} is not a valid {number_type}.": {"nl": "{value!r} is geen geldig getal ({number_type}).", "en": "{value!r} is not a valid {number_type}."},
    "{value} is not in the range {range}.": {"nl": "{value} ligt niet in het bereik {range}.", "en": "{value} is not in the range {range}."},
    "{value!r} is not a valid boolean. Recognized values: {states}": {"nl": "{value!r} is geen ja/nee-waarde. Gekende waarden: {states}", "en": "{value!r} is not a valid boolean. Recognized values: {states}"},
    "file": {"nl": "bestand", "en": "file"},
    "directory": {"nl": "map", "en": "directory"},
    "path": {"nl": "pad", "en": "path"},
    "{name} {filename!r} does not exist.": {"nl": "{name} {filename!r} bestaat niet.", "en": "{name} {filename!r} does not exist."},
    "{name} {filename!r} is a file.": {"nl": "{name} {filename!r} is een bestand.", "en": "{name} {filename!r} is a file."},
    "{name} {filename!r} is a directory.": {"nl": "{name} {filename!r} is een map.", "en": "{name} {filename!r} is a directory."},
    "{name} {filename!r} is not readable.": {"nl": "{name} {filename!r} is niet leesbaar.", "en": "{name} {filename!r} is not readable."},
    "{name} {filename!r} is not writable.": {"nl": "{name} {filename!r} is niet schrijfbaar.", "en": "{name} {filename!r} is not writable."},
    "{name} {filename!r} is not executable.": {"nl": "{name} {filename!r} is niet uitvoerbaar.", "en": "{name} {filename!r} is not executable."},
}

CLICK_PLURALS: dict[tuple[str, str], dict[str, tuple[str, str]]] = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"): {
        "nl": ("Onverwacht extra argument ({args})", "Onverwachte extra argumenten ({args})"),
        "en": ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})")},
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"): {
        "nl": ("Bedoel je {possibility}?", "(Bedoel je een van: {possibilities}?)"),
        "en": ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)")},
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."): {
        "nl": ("De optie {name!r} heeft een waarde nodig.", "De optie {name!r} heeft {nargs} waarden nodig."),
        "en": ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments.")},
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."): {
        "nl": ("{value!r} is niet {choice}.", "{value!r} is niet een van {choices}."),
        "en": ("{value!r} is not {choice}.", "{value!r} is not one of {choices}.")},
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."): {
        "nl": ("Neemt {nargs} waarden, maar er werd er 1 gegeven.", "Neemt {nargs} waarden, maar er werden er {len} gegeven."),
        "en": ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given.")},
}
