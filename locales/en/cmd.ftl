# What the commands say as they work, and the problems of their arguments.

## build
# -o names one file but several decks are built.
build-output-is-a-file = -o `{ $output }` names a file, but { $decks } decks are built
build-output-is-a-file-hint = with several decks, -o names a folder (e.g. -o out/); or build one deck with --deck
build-notes-without-slides = --notes: the sheets deck has no speaker notes, so no notes file is written
build-notes-without-slides-hint = speaker notes belong to the slide decks: --deck mayor-report, final-session or all
build-paper-not-pptx = the paper is written as a PDF only: PowerPoint is made for the other decks
build-paper-not-pptx-hint = the paper mixes portrait pages and landscape sheet pages, which one PowerPoint slide size cannot hold; its PDF is written instead
build-standard-not-pdf = --pdf-standard applies to PDF output, not to --format { $format }
build-standard-not-pdf-hint = drop --pdf-standard, or build the PDF with --format pdf
# After each deck: the files written ($files is empty when nothing was).
build-wrote = wrote { $files } ({ $deck }, theme { $theme }, { $pages } pages)
build-wrote-notes = wrote { $file } (speaker notes)
build-batch-summary = built { $decks } decks from { $ok } of { $stories } stories in { $seconds } s ({ $jobs } jobs)
build-batch-failed = { $count } failed:
# The batch progress bar (indicatif template: keep the {"{"}…{"}"} fields).
build-progress = {"{"}bar:30{"}"} {"{"}pos{"}"}/{"{"}len{"}"} stories  {"{"}elapsed{"}"}  {"{"}wide_msg{"}"}

## check
check-warnings-denied = { $count } warning(s) denied by --deny-warnings
check-ok = ok: { $story } — { $municipality } { $year }, theme { $theme }, { $count } warning(s)

## emit
emit-wrote = wrote { $count } files to { $dir } ({ $deck } deck)
emit-compile-with = compile it with:

## init
init-exists = `{ $file }` already exists
init-exists-hint = storydeck never overwrites a story; name another folder
init-created = created { $file }
init-next = next: replace every （…） in it, then `storydeck check { $story }` and `storydeck build { $story } --deck all`

## A folder or pattern of stories
stories-none-in-folder = no story (.yaml) in `{ $dir }`
stories-none-in-folder-hint = a folder stands for the .yaml files under it, outside themes/ folders
stories-pattern = `{ $pattern }`: { $why }
stories-pattern-no-match = no story matches this pattern
stories-pattern-no-match-hint = check the pattern, or quote it so the shell passes it on unchanged
# check, watch and emit take one story: a folder must hold exactly one.
stories-several-in-folder = `{ $dir }` holds { $count } stories: { $stories }
stories-several-in-folder-hint = name one of them, e.g. { $example }

## theme new
theme-new-not-empty = `{ $dir }` already exists and is not empty
theme-new-not-empty-hint = name a new folder; storydeck never overwrites a theme
theme-new-cannot-write = cannot write theme `{ $dir }`: { $detail }
theme-new-created = created theme `{ $dir }`: a theme.yaml that extends `{ $from }`
theme-new-copied = created theme `{ $dir }` from `{ $from }` ({ $count } files)
theme-new-next = change what you want in { $dir }/theme.yaml, then build with --theme { $dir }
# The comments of the theme.yaml that `theme new` writes.
theme-new-yaml-head =
    A theme of your own. It extends `{ $from }`: write here only what you change.
    To change a key, copy its line out of the comments below, without its "# ".
theme-new-yaml-parent = What `{ $from }` sets:
theme-new-yaml-keys = Every key a theme may set, as the built-in `default` sets it:

## watch
watch-cannot = cannot watch files: { $detail }
watch-cannot-folder = cannot watch `{ $dir }`: { $detail }
watch-built = built { $deck } in { $ms } ms
watch-failed = build of { $deck } failed; the last good output is kept
watch-waiting = waiting for the next save
watch-watching = watching { $story } (Ctrl-C to stop)
