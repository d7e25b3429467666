/** The settings file papers config edit starts from: every setting, commented out, with the vim and emacs presets. */
export const SETTINGS_TEMPLATE = `# papers settings (TOML). papers reads this file and never writes it.
# papers config check says what papers makes of it; papers keys lists every command and its keys.

# theme: default, terminal (only the terminal's 16 colours: your colour scheme applies), light, high-contrast, mono.
# NO_COLOR=1 wins over any theme.
# theme = "terminal"

# Colours of single roles: accent, highlight, meta, link, picked, match. A name (red, cyanBright…) or #rrggbb.
# [colors]
# accent = "green"
# match = "#ff8800"

# Mouse: wheel scrolls the list, the pane and the reader; a click selects a row. Off by default, so the terminal's own
# text selection keeps working.
# mouse = true

# Keys, per mode (browse, search, help, lists, listName, links, reader, readerFind, toc, confirm): a command's keys
# in that mode, replacing its defaults there. Key names: a character ("j", "?"), "Ctrl-d", "Enter", "Esc", "Tab",
# "Space", "Up", "Down", "PgUp", "PgDn", "Home", "End". Two commands on one key in one mode is reported.
#
# A vim touch: half pages on Ctrl-d / Ctrl-u (the defaults), and x to pick.
# [keys.browse]
# "pick.toggle" = ["x", "Tab"]
#
# An emacs touch: Ctrl-n and Ctrl-p move, Ctrl-s searches, Ctrl-g leaves a box.
# [keys.browse]
# "nav.down" = ["Ctrl-n", "Down"]
# "nav.up" = ["Ctrl-p", "Up"]
# "search.open" = ["Ctrl-s", "/"]
# [keys.search]
# "search.cancel" = ["Ctrl-g", "Esc"]

# Your commands: a key in the list runs a program on the current paper (or the picks). Placeholders, filled inside
# each word and never read by a shell: {id} {title} {hf} {arxiv} {pdf} {github} {project} {date} (also as
# PAPERS_ID, PAPERS_TITLE… in its environment). stdin = a --format: the picks (or the paper) on its stdin.
# foreground = true hands it the terminal; otherwise it runs in the background, its first line in the footer.
# A title is text from the web and may begin with a dash: put -- before the words filled from it, as in
# run = "notify-send -- {title}", so no program takes it for an option.
# [[commands]]
# key = "X"
# run = "llm -s 'three bullets'"
# stdin = "markdown"
#
# [[commands]]
# key = "P"
# run = "pubs add --arxiv {id}"
`;
