"""Every state of every page a delegate or a reader of results sees, one line each.

The accessibility test (Tests/a11y/axe_test.py) reaches each state in a real browser and checks it;
docs/ACCESSIBILITY.md must name each in its table of page states (Tests/a11y/statement_test.py).
A new page state is one line here, one way to reach it in the axe test, one row in the statement.
"""

STATES = [
    ("front-door", "the server's front page, with no token"),
    ("message-page", "a one-line message page: a refused form without JavaScript, with a way back"),
    ("phone-choose-persona", "a table's phone before it has chosen its persona"),
    ("phone-rating", "a table's phone rating: persona card, scale legend, an activity per card"),
    ("phone-rating-answered", "the same with answers saved, a note, and a card changed by another phone"),
    ("phone-offline", "the rating page while the server cannot be reached"),
    ("phone-ideas", "the ideas section with the table's own idea and the form to add one"),
    ("phone-idea-edit", "the page for editing or withdrawing one of the table's ideas"),
    ("phone-vote-open", "an open dot vote, dots placed"),
    ("phone-vote-results", "a closed vote with its ranking shown"),
    ("phone-room-full", "an individuals-mode phone told the room is full"),
    ("phone-check", "the page a phone sees when it opens `serve`'s network check link: it reached the room"),
    ("phone-window-closed", "a phone outside the days `serve --open-from`/`--until` allow: the room has closed, and when"),
    ("individual-landing", "an individual's first page: choose a persona"),
    ("join-poster", "the individuals-mode poster with its one QR code"),
    ("join-cards", "the A4 sheet of join cards, one per table"),
    ("projector-matrix", "the projector's persona x activity matrix slide"),
    ("projector-activity", "the projector's one-activity slide: bars per persona, median and n"),
    ("projector-coverage", "the projector's coverage board"),
    ("projector-highlights", "the projector's highlights in words"),
    ("projector-ideas", "the projector's ideas wall"),
    ("projector-vote", "the projector's vote results"),
    ("projector-offline", "the projector with its no-connection banner"),
    ("report-html", "the exported HTML report (export --format html)"),
]

NAMES = [name for name, _ in STATES]
