# The checks of a story's own fields, and reading the story file.

## Reading the file
story-cannot-read = cannot read story `{ $file }`: { $detail }
story-cannot-read-hint = check the path; a story is a .yaml file such as decks/minaseno/story.yaml
story-too-large = story `{ $file }` is too large: the limit is { $max } bytes (4 MiB)
story-too-large-hint = is this the right file? Images belong in separate files, referenced by path
story-not-utf8 = story `{ $file }` is not UTF-8 text (first bad byte at line { $line }, byte { $byte })
story-not-utf8-hint = save the file as UTF-8 (Shift_JIS is not supported): in VS Code, "Save with Encoding" → UTF-8; in Notepad, "Save as" with encoding UTF-8
story-invisible-character = an invisible character ({ $code }) is in the text
story-invisible-character-hint = delete it: it was probably pasted in with the text around it
story-empty = story `{ $file }` is empty
story-empty-hint = start with `storydeck init`; at least `municipality:` and `fiscal_year:` are needed

## Limits of any text or list
story-too-many-items = this list has more than { $max } items, the most a list may hold; keep the key points (the slides and sheets could not show more)
story-text-too-long = this text is { $chars } characters long; a field holds at most { $max } — split it or shorten it
story-combining-marks = a character of this text carries { $marks } combining marks; at most { $max } are allowed — retype the text

## Fields with rules of their own
story-strength = strength must be a whole number from 1 (weak) to 5 (strong), found { $value }
story-fiscal-year = `{ $value }` is not a fiscal year between 1900 and 2200; write it as `2021` or `令和3年度`
story-date = `{ $value }` is not a date between 1900 and 2200; write it as year-month-day, e.g. `2022-02-15` (or `2022/2/15`, `令和4年2月15日`, `R4.2.15`)
story-activity-date = `{ $value }` is not a date; write it as year-month-day, e.g. `2022-08-23`, or year-month, e.g. `2022-08`, when only the month is known
story-mood-value = the モヤモヤ指数 is a whole number from 0 to 100 (percent), found { $value }
story-horizon-years = horizon_years is { $years }; the vision looks 1 to 50 years ahead (usually 10)
story-population-too-large = a population table has { $years } years and { $series } series; at most { $max_years } years and { $max_series } series fit a chart — keep every fifth year, or the main series
story-population-year = year { $year } is outside 1800–2200; write years in full, e.g. 2020
story-population-value = series `{ $series }` has the value { $value }; a value is an ordinary number (at most { $max } either way), not .nan or .inf
story-population-count = series `{ $series }` has { $values } values but `years` lists { $years } years; give one value per year
story-population-base-year = base_year { $base } is not one of `years` { $years }; name the last year with actual figures
story-too-many-stages = { $count } stages given; the stage diagram has three (まず / 次に / さらに): merge the rest into them
story-roadmap-years = years is { $years }; a roadmap shows 1 to { $max } years (normally 10)
story-roadmap-action = action `{ $action }` runs { $from }–{ $to }, outside the roadmap's { $first }–{ $last } (or backwards); give from/to within it

## Slips of a Japanese input method, read as meant (warnings)
story-full-width-number = `{ $typed }` is typed with full-width digits; it is read as { $read_as }
story-full-width-number-hint = type numbers with the input method off (half-width digits)
story-list-comma = `{ $typed }` inside [ ] does not separate items: the text around it is one item
story-list-comma-hint = separate items with a half-width comma `, `, or write one `- ` line per item
