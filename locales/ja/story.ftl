# The checks of a story's own fields, and reading the story file.

## Reading the file
story-cannot-read = ストーリー `{ $file }` を読み込めません: { $detail }
story-cannot-read-hint = ファイルの場所と名前を確かめてください。ストーリーは decks/minaseno/story.yaml のような .yaml ファイルです
story-too-large = ストーリー `{ $file }` が大きすぎます。上限は { $max } バイト（4 MiB）です
story-too-large-hint = 正しいファイルですか？ 画像はストーリーに貼らず、別のファイルにして名前で指定します
story-not-utf8 = ストーリー `{ $file }` が UTF-8 の文字で保存されていません（{ $line } 行目、{ $byte } バイト目から）
story-not-utf8-hint = ファイルを UTF-8 で保存し直してください（Shift_JIS は読めません）。メモ帳なら「名前を付けて保存」で文字コードを UTF-8 に、VS Code なら「エンコード付きで保存」→ UTF-8
story-invisible-character = 目に見えない文字（{ $code }）が入っています
story-invisible-character-hint = その文字を消してください。文をコピーして貼り付けたときに一緒に入ったものです
story-empty = ストーリー `{ $file }` が空です
story-empty-hint = `storydeck init` で始めてください。少なくとも `municipality:` と `fiscal_year:` が必要です

## Limits of any text or list
story-too-many-items = このリストは { $max } 項目を超えています。リストに書けるのは { $max } 項目までです。要点にしぼってください（シートにもスライドにも載りきりません）
story-text-too-long = この文は { $chars } 文字あります。一つの項目に書けるのは { $max } 文字までです。分けるか短くしてください
story-combining-marks = この文の一つの文字に { $marks } 個の結合文字が付いています（上限 { $max } 個）。文字を打ち直してください

## Fields with rules of their own
story-strength = strength（強さ）は 1（弱い）から 5（強い）までの整数で書きます。書かれているのは { $value } です
story-fiscal-year = `{ $value }` は 1900 年から 2200 年までの年度として読めません。`2021` または `令和3年度` のように書いてください
story-date = `{ $value }` は 1900 年から 2200 年までの日付として読めません。`2022-02-15`、`2022/2/15`、`令和4年2月15日`、`R4.2.15` のように書いてください
story-activity-date = `{ $value }` は日付として読めません。`2022-08-23` のように年-月-日で、日が分からなければ `2022-08` のように年-月で書いてください
story-mood-value = モヤモヤ指数は 0 から 100 までの整数（％）で書きます。書かれているのは { $value } です
story-horizon-years = horizon_years が { $years } です。ビジョンは 1 年から 50 年先を描きます（ふつうは 10）
story-population-too-large = 人口の表に { $years } 年分、{ $series } 系列あります。グラフに載るのは { $max_years } 年分、{ $max_series } 系列までです。5 年おきにするか、主な系列にしぼってください
story-population-year = { $year } 年は 1800～2200 年の外です。年は 2020 のように 4 けたで書いてください
story-population-value = 系列 `{ $series }` に { $value } という値があります。値はふつうの数（上下 { $max } まで）で書きます（.nan や .inf は使えません）
story-population-count = 系列 `{ $series }` の値は { $values } 個ですが、`years` には { $years } 年あります。1 年に 1 つの値を書いてください
story-population-base-year = base_year の { $base } が `years` { $years } にありません。実績のある最後の年を書いてください
story-too-many-stages = 段階が { $count } つあります。段階図の段階は 3 つ（まず／次に／さらに）です。残りはその中にまとめてください
story-roadmap-years = years が { $years } です。ロードマップは 1 年から { $max } 年まで（ふつうは 10 年）です
story-roadmap-action = アクション `{ $action }` の期間 { $from }～{ $to } が、ロードマップの { $first }～{ $last } の外か、逆になっています。from と to をその中に収めてください

## Slips of a Japanese input method, read as meant (warnings)
story-full-width-number = `{ $typed }` は全角の数字です。{ $read_as } として読みました
story-full-width-number-hint = 数は日本語入力をオフにして（半角で）入力してください
story-list-comma = [ ] の中の「{ $typed }」は項目の区切りになりません。前後の文が一つの項目になっています
story-list-comma-hint = 項目は半角の「, 」で区切るか、一項目ずつ「- 」の行に書いてください
