# Reading YAML (stories and theme.yaml): the parser's and serde's messages in
# plain words, and the hints that go with them.

## What serde reports
yaml-unknown-field = `{ $key }` という項目はありません
yaml-missing-field = 項目 `{ $key }` がありません（必ず書く項目です）
yaml-duplicate-field = 項目 `{ $key }` が 2 回書かれています
yaml-duplicate-key = `{ $key }` が 2 回書かれています
yaml-unknown-variant = `{ $value }` はここでは使えません。使えるのは { $allowed } です
yaml-invalid-type = ここには{ $expected }を書きます（書かれているのは{ $found }）
yaml-invalid-value = ここには{ $expected }を書きます（書かれているのは{ $found }）
# What was found, and kinds of value (used inside the two messages above).
yaml-found-text = 文字「{ $value }」
yaml-found-number = 数 { $value }
yaml-found-yes-no = true/false の { $value }
yaml-kind-list = リスト（「- 」で始まる行）
yaml-kind-map = 「キー: 値」の組
yaml-kind-empty = 空の値
yaml-kind-text = 文
yaml-kind-yes-no = true か false
yaml-kind-whole-number = 整数（半角数字）
yaml-kind-number = 数（半角数字）
yaml-unreadable = `{ $file }` を読み取れません

## What the YAML parser reports
yaml-syntax-colon-in-text = 値の中に「: 」があり、YAML がそこをキーの区切りと読んでいます
yaml-syntax-no-colon = キーの後ろの「:」が見つかりません
yaml-syntax-indentation = この行の字下げが、前後の行と合っていません
yaml-syntax-list-indentation = リストの項目の字下げが、上の項目と合っていません
yaml-syntax-list-here = キーを書くところに、リストの項目（「- 」）があります
yaml-syntax-tab = 字下げにタブが使われています
yaml-syntax-open-quote = 引用符（" または '）が閉じられていません
yaml-syntax-end = 値の途中でファイルが終わっています
yaml-syntax-alias = 値が「*」か「&」で始まっていて、YAML が特別な記号として読んでいます
yaml-syntax-unknown-anchor = 値が「*」で始まっていて、YAML が特別な記号として読んでいます
yaml-syntax-tag = 値が「!」で始まっていて、YAML が特別な記号として読んでいます
yaml-syntax-bad-start = 値が YAML で使えない文字（「@」、「`」、「%」）で始まっています
yaml-syntax-flow-list = [ ] のリストが閉じられていないか、項目が半角の「, 」で区切られていません
yaml-syntax-flow-map = {"{"} {"}"} の組が閉じられていないか、項目が半角の「, 」で区切られていません
yaml-syntax-no-value = ここに値がありません
yaml-syntax-escape = 二重引用符の中に、使えない「\」と文字の組み合わせがあります
yaml-syntax-too-deep = 入れ子が深すぎます
yaml-syntax-aliases = 別名（* と &）の繰り返しが多すぎます
yaml-syntax-other = YAML として読めません（{ $detail }）

## Hints
yaml-hint-tab = この行はタブで字下げされています。YAML の字下げは半角スペースだけです。タブを半角スペースに置き換えてください
yaml-hint-full-width-space = この行は全角スペースで字下げされています。字下げは半角スペースで入力してください（日本語入力をオフにしてスペースキー）
yaml-hint-list-dash = 「{ $dash }」はリストの記号になりません。リストの項目は半角の「-」とスペースで始めてください。例: - 課題
yaml-hint-quote-colon = この文には「: 」が含まれていて、YAML がキーと読んでいます。文全体を引用符で囲んでください。例: "課題: 人が足りない"
yaml-hint-quote-indicator = 値の先頭の「{ $character }」は YAML では特別な意味を持ちます。文を引用符で囲んでください。例: "{ $character }…"
yaml-hint-flow-punctuation = [ ] の中の項目は半角の「, 」で区切ります（「、」や「，」は使えません）。または一項目ずつ「- 」の行に書いてください
yaml-hint-full-width-colon = { $line } 行目で全角の「：」が使われています。キーの後ろは半角の「:」です
yaml-hint-top-level = いちばん上の階層のキーは、行の左端から書きます。例: municipality: 架空市
yaml-hint-close-quote = 引用符（" または '）が開いたままです。同じ行で閉じるか、引用符を外してください
yaml-hint-list = リストは、キーの下に「- 」で始まる行を並べて書きます
yaml-hint-add-field = この項目を書き足してください。書き方の例は `storydeck guide { $topic }` にあります
yaml-hint-indentation-or-quote = 字下げ（タブではなく半角スペース）を確かめてください。「: 」を含む文や、「-」「[」「{"{"}」「#」で始まる文は引用符で囲みます
yaml-hint-did-you-mean = `{ $key }` のことですか？
yaml-hint-allowed-keys = ここで使える項目: { $keys }
yaml-hint-guide = 書き方は `storydeck guide { $topic }` で確かめられます
