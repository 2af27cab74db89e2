# Laying out and writing a deck: its limits, what the layout shows, where it is written.

## The layout
render-warnings-denied = --deny-warnings のため、{ $count } 件の警告をエラーとしました。ファイルは書いていません
render-warnings-denied-hint = 警告の示すところを直すか、--deny-warnings を外して作ってください
render-too-many-pages = 資料 { $deck } が { $pages } ページになり、上限の { $max } ページを超えています
render-too-many-pages-hint = ストーリーのリストや文が、資料に載せきれないほど長すぎます。要点にしぼってください
render-missing-glyph = `{ $character }`（{ $code }）の字形がどのフォントにもありません（最初は { $page } ページ）。□ と印刷されます
render-missing-glyph-hint = その文字を置き換えるか、その文字のあるフォントをテーマの fonts/ に入れてください
render-png = { $page } ページを PNG にできませんでした
render-png-hint = --ppi を小さくすると画像が小さくなります
render-standards = これらの PDF の規格は一緒に使えません: { $detail }
render-standard-glyph = { $standard }: ストーリーの `{ $text }` の字形がテーマのフォントにありません。この規格ではすべての文字を描く必要があります
render-standard-glyph-hint = その項目からその文字（絵文字や珍しい記号）を消すか、その文字のあるフォントをテーマの fonts/ に入れるか、--pdf-standard を外してください
overflow-continues = { $title } がページに入りきらず、{ $page } ページから { $extra } ページ続きます
overflow-continues-hint = 文を短くするか、項目を減らしてください。続きのページは小さめの文字で組みます
overflow-capped = { $deck } のスライドは `{ $field }` の { $total } 項目のうち { $shown } 項目を載せています（{ $page } ページ）。{ $left } 項目は上限（caps）で省いています
overflow-capped-hint = 省いた数はスライドに示しています。すべて載せるには、theme.yaml の `slides.caps` かストーリーの `caps` の上限を上げるか消してください

## Something drawn over something ($on is " (the sheet's title)" or empty)
collision = { $page } ページ{ $on }: { $what }
collision-hint = レイアウトの不具合です。文を短くするか、ストーリーを添えて報告してください（テーマを直します）
collision-more = ほかに { $count } か所で、ものが重なって描かれています
collision-text = 文「{ $text }」
collision-a-shape = 図形
collision-an-image = 画像
collision-off-page = { $what }がページからはみ出しています
collision-text-over-text = 文「{ $text }」が「{ $under }」に重なっています
collision-out-of-box = 文「{ $text }」が枠からはみ出しています
collision-over-line = 文「{ $text }」が線に重なっています
collision-under-shape = 文「{ $text }」が図形の下に隠れています
collision-crosses-edge = 文「{ $text }」が枠や図形の縁にかかっています

## The files a deck reads
world-not-named = `{ $file }` はストーリーに書かれていません。テーマが読めるのは、ストーリーに名前の書かれたファイルだけです
world-file-too-large = `{ $file }` は { $mb } MB あります。資料に使うファイルは { $max } MB までです
world-image-too-large = `{ $file }` は { $width } × { $height } 画素あります。画像は { $max } 百万画素までです。小さくして保存してください
fonts-unreadable = テーマのフォント `{ $file }` は、storydeck の読めるフォントではありません
fonts-unreadable-hint = 使える .ttf / .otf / .ttc のファイルに置き換えるか、取り除いてください
fonts-path-not-folder = --font-path `{ $path }` はフォルダではありません
fonts-path-not-folder-hint = .ttf / .otf / .ttc のファイルが入ったフォルダを指定してください
fonts-family-missing = フォント `{ $family }`（テーマ `{ $theme }` が指定）が見つかりません
fonts-looked-in = 探した場所: { $places }
fonts-family-missing-hint = フォントのファイルをテーマの fonts/ フォルダに入れるか、--font-path <フォルダ> を指定するか、フォントをインストールしてください

## Time and memory
budget-memory = { $what }途中で、メモリの上限 { $limit } MB に達しました（さらに { $asked } MB を求めました）
budget-memory-hint = テーマの Typst のコードが大きな配列や文字列を作っているか、スライドに比べて大きすぎる画像があります。PC を使い果たす前に止めました
budget-time = { $what }途中で、時間の上限に達しました
budget-time-hint = テーマの Typst のコードが終わらないか、ストーリーが資料に載せきれないほど大きすぎます。--timeout 秒数 で時間を延ばせます
budget-building = 資料を作る
budget-laying-out = `{ $story }` の資料 { $deck } をテーマ `{ $theme }`（{ $layers }）でレイアウトしている

## Writing
export-epoch = SOURCE_DATE_EPOCH の `{ $value }` は時刻として読めません
export-epoch-hint = 1970-01-01（UTC）からの秒数（整数）を設定してください。例: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
emit-not-empty = `{ $dir }` は空ではありません
emit-not-empty-hint = 新しいフォルダに書き出すか、このフォルダを空にしてください
output-cannot-write = `{ $file }` を書き込めません: { $detail }
output-cannot-replace = `{ $file }` を置き換えられません: { $detail }
output-writable-hint = フォルダがあり、書き込めることを確かめてください
output-refused = `{ $file }` には書きません: { $why }
output-other-name = -o で別の出力先（.pdf、.png、.svg のファイルかフォルダ）を指定してください
output-is-link = リンクなので、書くとリンクが置き換わります
output-is-folder = フォルダです
output-is-device = ふつうのファイルではありません（デバイス、パイプ、ソケット）
output-is-story = ストーリーそのものです
output-other-kind = storydeck が書くのは .pdf、.png、.svg、.pdfpc だけで、ほかの種類のファイルは置き換えません
output-foreign = storydeck の書いた .{ $extension } ファイルに見えません
output-foreign-hint = 置き換えてよいなら先にファイルを移すか、-o で別の出力先を指定してください
output-in-theme = テーマのフォルダの中で、そこの画像はテーマのものです
output-in-theme-hint = 資料はテーマのフォルダの外に書いてください
# A message of the Typst compiler about a theme's code (its own words, in English).
render-typst = テーマの Typst のコードで問題があります: { $detail }
collision-faint = 文「{ $text }」が薄くて読めません: 下の色とのコントラストが { $ratio }:1 です（3:1 以上が必要です）
collision-narrow = 文「{ $text }」の列や枠が狭すぎます: 1 行に多くて { $chars } 文字です（4 文字以上が必要です）
collision-broken-word = 文「{ $text }」が語の途中で改行されています
collision-runt = 文「{ $text }」の最後の行が { $chars } 文字だけです
collision-nearly-empty = ページが { $percent } % しか埋まっていません: 続きのページ・続くページは 3 分の 1 以上を埋めてください
collision-empty-before-landscape = 横向きのページの前のページが { $percent } % しか埋まっていません: 3 分の 1 以上を埋めてください
collision-small-text = 文「{ $text }」の文字が小さすぎます: { $size } pt です（本文は { $floor } pt 以上が必要です）
collision-small-label = 文「{ $text }」の文字が小さすぎます: { $size } pt です（{ $floor } pt 以上が必要です）
collision-repeated = 文「{ $text }」がこの資料に { $count } 回印刷されています（{ $pages } ページ）: 1 回にしてください
