# `check` (and `build`): what an adviser would point out in a valid story.
check-sheet-not-printed = { $field } is filled, but theme `{ $theme }` prints no such sheet: it appears in no deck
check-sheet-not-printed-hint = choose a theme that prints it (one with it in `sheet_order`), or add it to your theme's sheet_order
check-part-not-printed = { $field } is filled, but theme `{ $theme }` has no `{ $slide }` slide in either deck and no paper chapter that prints it: it appears nowhere
check-part-not-printed-hint = add it to one of the decks in your theme's `slides:`, or its chapter to `paper.sections`
check-paper-not-printed = { $field } is filled, but theme `{ $theme }` has no `{ $chapter }` chapter in its paper: it appears nowhere
check-paper-not-printed-hint = add `{ $chapter }` to `paper.sections` in your theme.yaml
check-custom-after = sheet { $number } follows `{ $after }`, which theme `{ $theme }` does not print: it is printed at the end
check-custom-after-hint = name a sheet the theme prints in `after:`, or leave `after:` out
check-sheet-empty = sheet { $number }．{ $title } is empty
check-sheet-empty-hint = it prints as the blank form; `storydeck guide { $topic }` shows what goes in it
check-indicator-target = indicator `{ $indicator }` has no target (目標値)
check-indicator-target-hint = add `target:` so the vision can be measured
check-countermeasure = restraining force `{ $force }` has no countermeasure (対策)
check-countermeasure-hint = add `countermeasure:` to it, or one `countermeasure:` under force_field for all of them
check-driving-how = driving force `{ $force }` does not say how to use it (活かし方)
check-driving-how-hint = add `how:`: the sheet asks how each driving force will be used
check-stage-order = stage { $stage } starts in { $year } but the stage before it starts in { $before }: the periods should ascend
check-stage-order-hint = まず / 次に / さらに run in that order; check the periods
check-interview-answers = { $who } has { $answers } answers for { $questions } question(s): the extra answers have no row
check-interview-answers-hint = give one answer per question, in the questions' order, or add the question
check-first-step-rows = the first-step sheet (一歩踏み出すシート) has no rows
check-first-step-rows-hint = add at least one `rows:` entry with `what:` under a group
# A text `storydeck init` wrote for the team to replace.
check-placeholder = placeholder { $text } is still here: it would be printed as it is
check-placeholder-hint = replace it with your team's words, or delete the line
