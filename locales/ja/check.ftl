# `check` (and `build`): what an adviser would point out in a valid story.
check-sheet-not-printed = { $field } が書かれていますが、テーマ `{ $theme }` にはそのシートがありません。どの資料にも載りません
check-sheet-not-printed-hint = そのシートを載せるテーマ（`sheet_order` にあるもの）を選ぶか、テーマの sheet_order に加えてください
check-part-not-printed = { $field } が書かれていますが、テーマ `{ $theme }` のどちらの資料にも `{ $slide }` のスライドがなく、共同論文にもそれを載せる章がありません。どこにも載りません
check-part-not-printed-hint = テーマの `slides:` のどちらかの資料に加えるか、その章を `paper.sections` に加えてください
check-paper-not-printed = { $field } が書かれていますが、テーマ `{ $theme }` の共同論文に `{ $chapter }` の章がありません。どこにも載りません
check-paper-not-printed-hint = テーマの theme.yaml の `paper.sections` に `{ $chapter }` を加えてください
check-custom-after = シート { $number } は `{ $after }` の後に置くことになっていますが、テーマ `{ $theme }` にはそのシートがありません。最後に印刷します
check-custom-after-hint = `after:` にはテーマにあるシートを書くか、`after:` を消してください
check-sheet-empty = シート { $number }．{ $title } が空です
check-sheet-empty-hint = 空の様式のまま印刷されます。書く内容は `storydeck guide { $topic }` で確かめられます
check-indicator-target = 指標 `{ $indicator }` に目標値がありません
check-indicator-target-hint = ビジョンの実現度を測れるよう、`target:` を書き足してください
check-countermeasure = 抑止力 `{ $force }` に対策がありません
check-countermeasure-hint = その抑止力に `countermeasure:` を書くか、force_field の下に全体への `countermeasure:` を一つ書いてください
check-driving-how = 推進力 `{ $force }` の活かし方が書かれていません
check-driving-how-hint = `how:` を書き足してください。シートは推進力ごとに活かし方を問うています
check-stage-order = 段階 { $stage } は { $year } から始まりますが、前の段階は { $before } から始まっています。期間は順に進むはずです
check-stage-order-hint = まず／次に／さらに の順です。期間を確かめてください
check-interview-answers = { $who } の答えが { $answers } 個ありますが、問いは { $questions } つです。余った答えは表に載りません
check-interview-answers-hint = 問いの順に一つずつ答えを書くか、問いを加えてください
check-first-step-rows = 一歩踏み出すシートに行がありません
check-first-step-rows-hint = グループの下に `what:` のある `rows:` を少なくとも一つ書いてください
# A text `storydeck init` wrote for the team to replace.
check-placeholder = 仮の文 { $text } が残っています。このまま印刷されます
check-placeholder-hint = チームの言葉に書き換えるか、その行を消してください
