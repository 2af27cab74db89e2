# Reading YAML (stories and theme.yaml): the parser's and serde's messages in
# plain words, and the hints that go with them.

## What serde reports
yaml-unknown-field = unknown field `{ $key }`
yaml-missing-field = missing field `{ $key }`
yaml-duplicate-field = duplicate field `{ $key }`
yaml-duplicate-key = duplicate key `{ $key }`
yaml-unknown-variant = unknown variant `{ $value }`, expected one of { $allowed }
yaml-invalid-type = invalid type: { $found }, expected { $expected }
yaml-invalid-value = invalid value: { $found }, expected { $expected }
# What was found, and kinds of value (used inside the two messages above).
yaml-found-text = string "{ $value }"
yaml-found-number = number `{ $value }`
yaml-found-yes-no = boolean `{ $value }`
yaml-kind-list = a sequence
yaml-kind-map = a map
yaml-kind-empty = nothing (an empty value)
yaml-kind-text = text
yaml-kind-yes-no = true or false
yaml-kind-whole-number = a whole number
yaml-kind-number = a number
yaml-unreadable = `{ $file }` could not be read

## What the YAML parser reports
yaml-syntax-colon-in-text = mapping values are not allowed here: a `: ` inside a value
yaml-syntax-no-colon = a key without its `:` (could not find expected ':')
yaml-syntax-indentation = this line is not indented like the lines around it (did not find expected key)
yaml-syntax-list-indentation = a list item is not indented like the items above it (did not find expected '-' indicator)
yaml-syntax-list-here = a list item where a key was expected
yaml-syntax-tab = a tab character in the indentation
yaml-syntax-open-quote = a quote is not closed (found unexpected end of stream, while scanning a quoted scalar)
yaml-syntax-end = the file ends inside a value (found unexpected end of stream)
yaml-syntax-alias = a value starts with `*` or `&`, which YAML reads as an alias (while scanning an alias)
yaml-syntax-unknown-anchor = a value starts with `*`: YAML reads it as an unknown anchor
yaml-syntax-tag = a value starts with `!`, which YAML reads as a tag
yaml-syntax-bad-start = a value starts with a character YAML reserves (`@`, a backtick or `%`)
yaml-syntax-flow-list = a list in `[ ]` is not closed, or its items are not separated by `, `
yaml-syntax-flow-map = a mapping in `{"{"} {"}"}` is not closed, or its entries are not separated by `, `
yaml-syntax-no-value = a value is missing here
yaml-syntax-escape = an unknown escape (`\` followed by a letter) inside double quotes
yaml-syntax-too-deep = the text nests deeper than YAML allows
yaml-syntax-aliases = the text repeats aliases too often
yaml-syntax-other = the text is not valid YAML: { $detail }

## Hints
yaml-hint-tab = this line is indented with a tab: YAML indents with spaces only — replace the tab with spaces
yaml-hint-full-width-space = this line is indented with full-width spaces (全角スペース): YAML indents with half-width spaces only
yaml-hint-list-dash = `{ $dash }` is not a list dash: start a list item with the half-width `-` and a space, e.g. `- 課題`
yaml-hint-quote-colon = this text contains `: `, which YAML reads as a key: put the whole text in quotes, e.g. "課題: 人が足りない"
yaml-hint-quote-indicator = YAML gives `{ $character }` a meaning at the start of a value: put the text in quotes, e.g. "{ $character }…"
yaml-hint-flow-punctuation = inside [ ], separate items with the half-width comma `, ` (not `、` or `，`), or write one `- ` line per item
yaml-hint-full-width-colon = line { $line } uses the full-width colon `：`; YAML needs the half-width `:` after a key
yaml-hint-top-level = top-level keys such as this one start at the left edge, e.g. `municipality: 架空市`
yaml-hint-close-quote = a quote (`"` or `'`) is opened but not closed: close it on the same line, or leave the quotes out
yaml-hint-list = write a list as lines starting with `- ` under the key
yaml-hint-add-field = add the field; `storydeck guide { $topic }` lists every field with an example
yaml-hint-indentation-or-quote = check the indentation (spaces, not tabs) and quote text that contains `: ` or starts with `-`, `[`, `{"{"}`, `#`
yaml-hint-did-you-mean = did you mean `{ $key }`?
yaml-hint-allowed-keys = the keys allowed here are: { $keys }
yaml-hint-guide = `storydeck guide { $topic }` describes the format
