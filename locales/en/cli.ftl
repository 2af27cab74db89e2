# The command line: every command's description and examples, every option's
# help, the values options take, clap's headings, and usage errors.
# Ids: cli-<command>-about / -examples, cli-<command>-<option> or cli-arg-<option>
# (shared by several commands), cli-value-<option>-<value>.

## Headings and fixed words of the help
cli-heading-usage = Usage:
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-commands = Commands
cli-heading-examples = Examples
cli-value-name-command = COMMAND
# After an option's help: its default value.
cli-default = [default: { $value }]
cli-help = Print help
cli-version = Print version

## The commands
cli-storydeck-about = Render a change story (変革ストーリー) written in YAML into the 人材マネジメント部会 sheets and decks, through Typst
cli-storydeck-examples =
    storydeck init decks/my-town --municipality 架空市
    storydeck check decks/my-town
    storydeck build decks/my-town --deck all

    The story format: storydeck guide story
cli-build-about = Render stories into PDF decks (or PNG / SVG pages)
cli-build-examples =
    storydeck build decks/minaseno/story.yaml
        writes decks/minaseno/story-sheets.pdf
    storydeck build my/story.yaml --deck sheets -o out/x.pdf
    storydeck build my/story.yaml --deck all --notes pdfpc
        writes story-sheets.pdf, story-mayor-report.pdf, story-final-session.pdf,
        story-paper.pdf
        and a .pdfpc speaker-notes file beside each slide deck
    storydeck build my/story.yaml --theme themes/my-town
    storydeck build my/story.yaml --format png --ppi 96
        writes story-sheets-01.png … one image per page
    storydeck build my/story.yaml --pdf-standard a-2b
        an archival PDF/A-2b (SOURCE_DATE_EPOCH sets its date, if set)
    storydeck build decks/ --deck all -j 2 -o out/
        every story under decks/, two at a time; failures are listed at the end
cli-watch-about = Rebuild a deck every time the story, its theme or an asset is saved
cli-watch-examples =
    storydeck watch decks/minaseno/story.yaml
    storydeck watch decks/minaseno --deck all

    Open the PDF in a viewer that reloads on change (Okular, Evince, SumatraPDF,
    VS Code) and save the story: each build's time is printed. A build that fails
    prints the problem and leaves the last good PDF in place. Stop with Ctrl-C.
cli-emit-about = Write the deck as a plain Typst project (main.typ, data, theme, fonts)
cli-emit-examples =
    storydeck emit decks/minaseno/story.yaml --deck sheets -o sheets-project
    typst compile --font-path sheets-project/fonts --ignore-system-fonts sheets-project/main.typ

    The project renders what `storydeck build` renders, in any Typst editor.
    Its story is data (data/story.json): edit the YAML and emit again, rather
    than editing the JSON.
cli-check-about = Validate a story and lay out every deck, writing nothing
cli-check-examples =
    storydeck check decks/minaseno/story.yaml
    storydeck check decks/minaseno --deny-warnings

    Every problem is printed at once, with file:line:column, the field and a hint.
    Warnings point at what an adviser would: an empty sheet, a restraining force
    without countermeasure, stages out of order, an indicator without a target,
    a placeholder left from `storydeck init`; and at what the layout shows: a
    sheet that runs past its page, text drawn over text, over a line or out of
    its box, anything off the page.
    Exit status: 0 when the story is valid (warnings allowed unless
    --deny-warnings), 1 when it is not.
cli-init-about = Start a new story: every sheet and every part of the year, with the form's guide questions as comments
cli-init-examples =
    storydeck init decks/my-town --municipality 架空市
    storydeck init decks/my-town --municipality 架空町 --fiscal-year 令和4年度

    Writes <DIR>/story.yaml (placeholders in （…） to replace: `check` names
    every one left) and <DIR>/story.schema.json, which editors with YAML
    support (VS Code's YAML extension) use to complete and check fields.
cli-guide-about = Print the guide to the story format and to themes
cli-guide-examples =
    storydeck guide
        lists the topics
    storydeck guide story
        the whole story format
    storydeck guide sheets.force_field
    storydeck guide typing
        typing YAML with a Japanese input method
    storydeck guide themes
cli-schema-about = Print the JSON Schema of the story format
cli-schema-examples =
    storydeck schema > story.schema.json

    Start a story with `# yaml-language-server: $schema=story.schema.json` and
    editors complete and check its fields.
cli-themes-about = List the themes you can name with --theme
cli-themes-examples =
    storydeck themes
    storydeck themes --story decks/minaseno/story.yaml
        also the story's own themes/
cli-theme-about = Work with theme folders
cli-theme-new-about = Start a theme of your own: a theme.yaml that extends another
cli-theme-new-examples =
    storydeck theme new decks/my-town/themes/my-town
    storydeck theme new themes/my-town --from minaseno --copy-layouts

    Then change what you want in theme.yaml (colours, emblem, labels: every key
    is shown, commented) and build with
    storydeck build decks/my-town/story.yaml --theme my-town

## Options
cli-arg-lang = The language of messages and help [default: from LANG, else the system's]
cli-value-lang-ja = 日本語
cli-value-lang-en = English
cli-arg-story = The story file (YAML), or a folder holding one
cli-build-stories =
    Story files (YAML), folders of stories, or glob patterns ("stories/*.yaml");
    a folder stands for every .yaml/.yml file under it, outside themes/ folders
cli-build-jobs = With several stories: how many to build at once [default: one per core]
cli-arg-deck = Which deck to render
cli-emit-deck = Which deck the project renders
cli-value-deck-sheets = The eight numbered sheets, A4 landscape
cli-value-deck-mayor-report = The report to the mayor (首長報告), 16:9 slides
cli-value-deck-final-session = The final-session presentation (第6回研究会), 16:9 slides
cli-value-deck-paper = The year-end paper (共同論文), A4 portrait
cli-value-deck-all = Every deck in one run
cli-arg-theme =
    Theme: a built-in name (see `storydeck themes`), a folder under the story's
    themes/, or a theme folder [default: the story's `theme:`, else `default`]
cli-check-theme = The theme whose sheets are checked [default: the story's `theme:`, else `default`]
cli-arg-output =
    Output file [default: <story stem>-<deck>.<format> beside the story]; with
    --deck all or several stories, the folder the files are written to. For
    png and svg each page's number is added (or replaces `{"{"}p{"}"}` in the name)
cli-emit-output = The folder to write the project into (created; must be empty if it exists)
cli-arg-format = Output format; several, comma-separated (pdf,pptx), are written from one layout, each with its own extension
cli-value-format-pdf = One PDF for the whole deck
cli-value-format-png = One PNG image per page (see --ppi)
cli-value-format-svg = One SVG image per page
cli-value-format-pptx = An editable PowerPoint file: one slide per page, each box's text editable in place, speaker notes
cli-arg-ppi = Resolution of PNG pages, in pixels per inch
cli-arg-pdf-standards =
    Write a PDF that conforms to this standard (repeatable: a-2b and ua-1
    combine); the build fails, naming the element at fault, if it can't
cli-value-pdf-standards-a-2b = PDF/A-2b, for archival records (公文書の長期保存)
cli-value-pdf-standards-ua-1 = PDF/UA-1, accessible to screen readers
cli-arg-notes = Also export speaker notes (for slide decks)
cli-value-notes-pdfpc = A .pdfpc file beside each slide deck's PDF (pdfpc, Touying)
cli-arg-font-paths = Another folder of fonts (repeatable); the theme's fonts/ is always used
cli-arg-deny-warnings =
    Treat warnings (something drawn over something, a sheet that runs past
    its page, a missing glyph, a placeholder left) as errors: nothing is written
cli-check-deny-warnings =
    Treat warnings (an empty sheet, a force without countermeasure, text drawn
    over text, a placeholder left …) as errors
cli-arg-timeout =
    Seconds a deck's layout may take before the build is stopped (a theme's
    code that loops forever)
cli-init-dir = The folder for the new story (created if needed)
cli-init-municipality = The municipality's name, as printed on every sheet (e.g. 架空市)
cli-init-fiscal-year = The programme year, e.g. 2022 or 令和4年度 [default: the current fiscal year]
cli-guide-topic =
    A topic (`storydeck guide` lists them): `story`, a field such as
    `sheets.force_field` or `journey`, `typing`, `themes` …
cli-themes-story = Also list the themes in this story's themes/ folder
cli-theme-new-dir = The folder to create (must not exist, or be empty)
cli-theme-new-from = The theme to start from: a built-in name or a theme folder
cli-theme-new-copy-layouts = Also copy the Typst layouts (sheets, slides), to change them

## Values refused by an option's own check
cli-error-ppi = `{ $value }` is not a resolution; give pixels per inch between 1 and 2400, e.g. 144
cli-error-fiscal-year = `{ $value }` is not a fiscal year; write it as 2022 or 令和4年度

## Usage errors
cli-error-unknown-command = `{ $command }` is not a storydeck command
cli-hint-build-the-story = to render this story, type: storydeck build { $story }
cli-hint-did-you-mean = did you mean `{ $suggestion }`?
cli-hint-commands = the commands are build, check, watch, init, guide, emit, schema, themes, theme
cli-error-unknown-option = `{ $option }` is not an option here
cli-error-missing-argument = { $argument } is missing
cli-error-missing-command = no command given
cli-error-invalid-value = `{ $value }` is not a value { $option } takes
cli-hint-valid-values = it takes: { $values }
cli-error-conflict = { $option } cannot be used with { $other }
cli-error-unexpected = unexpected `{ $value }`
cli-error-other = { $detail }
cli-hint-help = for what it takes, type: { $command } --help
