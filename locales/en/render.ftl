# Laying out and writing a deck: its limits, what the layout shows, where it is written.

## The layout
render-warnings-denied = { $count } warning(s) denied by --deny-warnings: nothing was written
render-warnings-denied-hint = fix what the warnings name, or build without --deny-warnings
render-too-many-pages = the { $deck } deck has { $pages } pages, more than the { $max } a deck may have
render-too-many-pages-hint = the story's lists or texts are far longer than a deck can present: keep the key points
render-missing-glyph = no font has a glyph for `{ $character }` ({ $code }), first on page { $page }: it prints as □
render-missing-glyph-hint = replace the character, or add a font that has it to the theme's fonts/
render-png = page { $page } could not be encoded as PNG
render-png-hint = a lower --ppi makes smaller images
render-standards = these PDF standards cannot be combined: { $detail }
render-standard-glyph = { $standard }: `{ $text }` in the story has no glyph in the theme's fonts, and the standard requires every character drawn
render-standard-glyph-hint = remove the character (an emoji, a rare symbol) from the field, add a font that has it to the theme's fonts/, or build without --pdf-standard
overflow-continues = { $title } does not fit its page: it continues on { $extra } more page(s) from page { $page }
overflow-continues-hint = shorten the text or keep fewer items; the continuation is set at a smaller size
overflow-capped = the { $deck } slides show { $shown } of the { $total } items of `{ $field }` (page { $page }): { $left } left out by a cap
overflow-capped-hint = the slide names how many are left out; raise or remove the cap in theme.yaml `slides.caps` or the story's `caps` to show them all

## Something drawn over something ($on is " (the sheet's title)" or empty)
collision = page { $page }{ $on }: { $what }
collision-hint = this is a layout fault: shorten the text, or report it with the story so the theme can be fixed
collision-more = { $count } more places where something is drawn over something else
collision-text = text 「{ $text }」
collision-a-shape = a shape
collision-an-image = an image
collision-off-page = { $what } runs off the page
collision-text-over-text = text 「{ $text }」 is drawn over 「{ $under }」
collision-out-of-box = text 「{ $text }」 runs out of the box that holds it
collision-over-line = text 「{ $text }」 is drawn over a line
collision-under-shape = text 「{ $text }」 is hidden under a shape
collision-crosses-edge = text 「{ $text }」 crosses the edge of a box or shape

## The files a deck reads
world-not-named = `{ $file }` is not named in the story: a theme may read only the files the story names
world-file-too-large = `{ $file }` is { $mb } MB; files used in a deck are at most { $max } MB
world-image-too-large = `{ $file }` is { $width } × { $height } pixels; an image is at most { $max } million pixels — save it smaller
fonts-unreadable = theme font `{ $file }` is not a font storydeck can read
fonts-unreadable-hint = replace it with a working .ttf / .otf / .ttc file, or remove it
fonts-path-not-folder = --font-path `{ $path }` is not a folder
fonts-path-not-folder-hint = name a folder that holds .ttf / .otf / .ttc files
fonts-family-missing = font family `{ $family }` (named in theme `{ $theme }`) not found
fonts-looked-in = looked in: { $places }
fonts-family-missing-hint = put the font files in the theme's fonts/ folder, pass --font-path <dir>, or install the font

## Time and memory
budget-memory = the memory limit of { $limit } MB was reached while { $what } (it asked for { $asked } MB more)
budget-memory-hint = a theme's Typst code that builds huge arrays or strings, or an image far larger than a slide needs, costs this much; storydeck stops rather than exhaust the machine
budget-time = the time limit was reached while { $what }
budget-time-hint = a theme's Typst code that loops, or a story far larger than a deck can present, takes this long; --timeout SECONDS gives a build more time
budget-building = building
budget-laying-out = laying out the { $deck } deck of `{ $story }` with theme `{ $theme }` ({ $layers })

## Writing
export-epoch = SOURCE_DATE_EPOCH `{ $value }` is not a time
export-epoch-hint = set it to whole seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
emit-not-empty = `{ $dir }` is not empty
emit-not-empty-hint = emit into a new folder, or empty this one first
output-cannot-write = cannot write `{ $file }`: { $detail }
output-cannot-replace = cannot replace `{ $file }`: { $detail }
output-writable-hint = check that the folder exists and is writable
output-refused = will not write `{ $file }`: { $why }
output-other-name = name another output with -o (a .pdf, .png or .svg file, or a folder)
output-is-link = it is a link, and writing would replace the link
output-is-folder = it is a folder
output-is-device = it is not a regular file (a device, pipe or socket)
output-is-story = it is the story itself
output-other-kind = storydeck writes only .pdf, .png, .svg and .pdfpc files, and replaces no other kind
output-foreign = it does not look like a .{ $extension } file storydeck wrote
output-foreign-hint = move the file away first if it may be replaced, or name another output with -o
output-in-theme = it is in a theme folder, where images are the theme's own
output-in-theme-hint = write the deck outside the theme folder
# A message of the Typst compiler about a theme's code (its own words, in English).
render-typst = { $detail }
collision-faint = text 「{ $text }」 is too faint to read: contrast { $ratio }:1 with what is beneath it (at least 3:1)
collision-narrow = text 「{ $text }」 is set in a column too narrow for it: { $chars } characters a line at most (at least 4)
collision-broken-word = text 「{ $text }」 breaks a word at the end of a line
collision-runt = text 「{ $text }」 ends its paragraph on a line of { $chars } character(s)
collision-nearly-empty = the page is { $percent } % full: a page that continues, or is continued, holds a third of a page at least
collision-empty-before-landscape = the page is { $percent } % full before a landscape page: it should hold a third of a page at least
collision-small-text = text 「{ $text }」 is set at { $size } pt, under the { $floor } pt a sentence needs here
collision-small-label = text 「{ $text }」 is set at { $size } pt, under the { $floor } pt any text needs here
collision-repeated = text 「{ $text }」 is printed { $count } times in this deck (pages { $pages }): say it once
