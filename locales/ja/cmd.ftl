# What the commands say as they work, and the problems of their arguments.

## build
# -o names one file but several decks are built.
build-output-is-a-file = -o `{ $output }` はファイル名ですが、作る資料は { $decks } つあります
build-output-is-a-file-hint = 資料が複数のときは、-o にはフォルダを指定します（例: -o out/）。または --deck で資料を一つにしてください
build-notes-without-slides = --notes: シートには発表者メモがないので、メモのファイルは書きません
build-notes-without-slides-hint = 発表者メモはスライドの資料のものです: --deck mayor-report、final-session または all
build-paper-not-pptx = 共同論文は PDF だけを書き出します。PowerPoint はほかの資料だけです
build-paper-not-pptx-hint = 共同論文は縦のページと横向きのシートのページが混ざり、PowerPoint の一つのスライドの大きさには収まりません。代わりに PDF を書き出します
build-standard-not-pdf = --pdf-standard は PDF にだけ使えます（--format { $format } には使えません）
build-standard-not-pdf-hint = --pdf-standard を外すか、--format pdf で PDF を作ってください
# After each deck: the files written ($files is empty when nothing was).
build-wrote = { $files } を書き出しました（{ $deck }、テーマ { $theme }、{ $pages } ページ）
build-wrote-notes = { $file } を書き出しました（発表者メモ）
build-batch-summary = { $stories } 件のストーリーのうち { $ok } 件から、{ $decks } 個の資料を { $seconds } 秒で作りました（同時に { $jobs } 件）
build-batch-failed = { $count } 件が失敗しました:
# The batch progress bar (indicatif template: keep the {"{"}…{"}"} fields).
build-progress = {"{"}bar:30{"}"} {"{"}pos{"}"}/{"{"}len{"}"} 件  {"{"}elapsed{"}"}  {"{"}wide_msg{"}"}

## check
check-warnings-denied = --deny-warnings のため、{ $count } 件の警告をエラーとしました
check-ok = 確認しました: { $story } — { $municipality } { $year }、テーマ { $theme }、警告 { $count } 件

## emit
emit-wrote = { $dir } に { $count } 個のファイルを書き出しました（資料 { $deck }）
emit-compile-with = 組版するには:

## init
init-exists = `{ $file }` はもうあります
init-exists-hint = storydeck はストーリーを上書きしません。別のフォルダを指定してください
init-created = { $file } を作りました
init-next = 次に、（…）の仮の文をすべて書き換えてから、`storydeck check { $story }` と `storydeck build { $story } --deck all` を実行してください

## A folder or pattern of stories
stories-none-in-folder = `{ $dir }` にストーリー（.yaml）がありません
stories-none-in-folder-hint = フォルダは、その下の .yaml ファイル（themes/ フォルダの中を除く）を表します
stories-pattern = `{ $pattern }`: { $why }
stories-pattern-no-match = このパターンに合うストーリーがありません
stories-pattern-no-match-hint = パターンを確かめるか、シェルがそのまま渡すように引用符で囲んでください
# check, watch and emit take one story: a folder must hold exactly one.
stories-several-in-folder = `{ $dir }` にはストーリーが { $count } つあります: { $stories }
stories-several-in-folder-hint = どれか一つのファイルを指定してください。例: { $example }

## theme new
theme-new-not-empty = `{ $dir }` はもうあり、空ではありません
theme-new-not-empty-hint = 新しいフォルダを指定してください。storydeck はテーマを上書きしません
theme-new-cannot-write = テーマ `{ $dir }` を書き込めません: { $detail }
theme-new-created = テーマ `{ $dir }` を作りました（`{ $from }` を引き継ぐ theme.yaml）
theme-new-copied = テーマ `{ $dir }` を `{ $from }` から作りました（{ $count } 個のファイル）
theme-new-next = { $dir }/theme.yaml の変えたいところを書き換え、--theme { $dir } で資料を作ってください
# The comments of the theme.yaml that `theme new` writes.
theme-new-yaml-head =
    自分のテーマです。`{ $from }` を引き継ぎます。変えるところだけをここに書きます。
    キーを変えるには、下のコメントからその行を写し、先頭の「# 」を消してください。
theme-new-yaml-parent = `{ $from }` が決めていること:
theme-new-yaml-keys = テーマで決められるすべてのキー（組み込みの `default` の値）:

## watch
watch-cannot = ファイルの変更を見張れません: { $detail }
watch-cannot-folder = `{ $dir }` の変更を見張れません: { $detail }
watch-built = { $deck } を { $ms } ミリ秒で作りました
watch-failed = { $deck } を作れませんでした。前の出力はそのまま残しています
watch-waiting = 次の保存を待っています
watch-watching = { $story } を見張っています（Ctrl-C で終わります）
