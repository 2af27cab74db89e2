# The command line: every command's description and examples, every option's
# help, the values options take, clap's headings, and usage errors.

## Headings and fixed words of the help
cli-heading-usage = 使い方:
cli-heading-arguments = 引数
cli-heading-options = オプション
cli-heading-commands = コマンド
cli-heading-examples = 例
cli-value-name-command = コマンド
# After an option's help: its default value.
cli-default = ［既定: { $value }］
cli-help = このヘルプを表示します
cli-version = バージョンを表示します

## The commands
cli-storydeck-about = YAML で書いた変革ストーリーから、人材マネジメント部会のシートと発表スライドを作ります（Typst で組版）
cli-storydeck-examples =
    storydeck init decks/my-town --municipality 架空市
    storydeck check decks/my-town
    storydeck build decks/my-town --deck all

    ストーリーの書き方: storydeck guide story
    日本語入力での注意: storydeck guide typing
cli-build-about = ストーリーから PDF（または PNG・SVG の画像）を作ります
cli-build-examples =
    storydeck build decks/minaseno/story.yaml
        decks/minaseno/story-sheets.pdf を書き出します
    storydeck build my/story.yaml --deck sheets -o out/x.pdf
    storydeck build my/story.yaml --deck all --notes pdfpc
        story-sheets.pdf、story-mayor-report.pdf、story-final-session.pdf、
        story-paper.pdf と、
        スライドごとに発表者メモ（.pdfpc）を書き出します
    storydeck build my/story.yaml --theme themes/my-town
    storydeck build my/story.yaml --format png --ppi 96
        ページごとに story-sheets-01.png … を書き出します
    storydeck build my/story.yaml --pdf-standard a-2b
        長期保存用の PDF/A-2b（SOURCE_DATE_EPOCH があればその日付）
    storydeck build decks/ --deck all -j 2 -o out/
        decks/ の下のストーリーをすべて、2 つずつ並行して作ります。失敗したものは最後に一覧します
cli-watch-about = ストーリー・テーマ・画像を保存するたびに作り直します
cli-watch-examples =
    storydeck watch decks/minaseno/story.yaml
    storydeck watch decks/minaseno --deck all

    変更を自動で読み直す PDF ビューア（SumatraPDF、VS Code、Okular、Evince など）で
    PDF を開き、ストーリーを保存してください。作り直すたびに時間を表示します。
    失敗したときは問題を表示し、前の PDF はそのまま残します。Ctrl-C で終わります。
cli-emit-about = 資料を Typst のプロジェクト（main.typ、データ、テーマ、フォント）として書き出します
cli-emit-examples =
    storydeck emit decks/minaseno/story.yaml --deck sheets -o sheets-project
    typst compile --font-path sheets-project/fonts --ignore-system-fonts sheets-project/main.typ

    このプロジェクトは `storydeck build` と同じものを Typst のエディタで組版します。
    ストーリーはデータ（data/story.json）です。JSON を直すより、YAML を直して
    もう一度 emit してください。
cli-check-about = ストーリーを確かめ、すべての資料をレイアウトします（ファイルは書きません）
cli-check-examples =
    storydeck check decks/minaseno/story.yaml
    storydeck check decks/minaseno --deny-warnings

    問題はまとめて、ファイル:行:列、項目、ヒントとともに表示します。
    警告は、アドバイザーが指摘するようなこと（空のシート、対策のない抑止力、
    順番の入れ替わった段階、目標のない指標、`storydeck init` の仮の文が
    残っていること）と、レイアウトで分かること（ページからはみ出すシート、
    文字の上の文字、線や枠からはみ出す文字、ページ外のもの）です。
    終了コード: ストーリーが正しければ 0（--deny-warnings がなければ警告が
    あっても 0）、正しくなければ 1。
cli-init-about = 新しいストーリーを始めます。すべてのシートと一年の各部分を、様式の問いをコメントにして書き出します
cli-init-examples =
    storydeck init decks/my-town --municipality 架空市
    storydeck init decks/my-town --municipality 架空町 --fiscal-year 令和4年度

    <DIR>/story.yaml（（…）の仮の文を書き換えてください。残っているものは
    `check` がすべて知らせます）と <DIR>/story.schema.json を書き出します。
    story.schema.json があると、YAML に対応したエディタ（VS Code の YAML 拡張）
    が入力中に項目を補い、確かめます。
cli-guide-about = ストーリーの書き方とテーマの案内を表示します
cli-guide-examples =
    storydeck guide
        項目（トピック）の一覧
    storydeck guide story
        ストーリーの書き方の全体
    storydeck guide sheets.force_field
    storydeck guide typing
        日本語入力で YAML を書くときの注意
    storydeck guide themes
cli-schema-about = ストーリーの形式の JSON スキーマを表示します
cli-schema-examples =
    storydeck schema > story.schema.json

    ストーリーの先頭に `# yaml-language-server: $schema=story.schema.json` と書くと、
    エディタが項目を補い、確かめます。
cli-themes-about = --theme で指定できるテーマを一覧します
cli-themes-examples =
    storydeck themes
    storydeck themes --story decks/minaseno/story.yaml
        ストーリーの themes/ フォルダのテーマも一覧します
cli-theme-about = テーマのフォルダを扱います
cli-theme-new-about = 自分のテーマを始めます（別のテーマを引き継ぐ theme.yaml を書き出します）
cli-theme-new-examples =
    storydeck theme new decks/my-town/themes/my-town
    storydeck theme new themes/my-town --from minaseno --copy-layouts

    theme.yaml の変えたいところ（色、紋章、見出しの文言。変えられるキーはすべて
    コメントで示してあります）を書き換え、次のように作ります。
    storydeck build decks/my-town/story.yaml --theme my-town

## Options
cli-arg-lang = メッセージとヘルプの言語［既定: LANG の設定、なければシステムの言語］
cli-value-lang-ja = 日本語
cli-value-lang-en = 英語
cli-arg-story = ストーリーのファイル（YAML）、またはそれが一つだけ入ったフォルダ
cli-build-stories =
    ストーリーのファイル（YAML）、ストーリーの入ったフォルダ、またはパターン（"stories/*.yaml"）。
    フォルダは、その下の .yaml/.yml ファイルすべて（themes/ フォルダの中を除く）を表します
cli-build-jobs = ストーリーが複数のとき、同時に作る数［既定: CPU のコア数］
cli-arg-deck = 作る資料
cli-emit-deck = プロジェクトが組版する資料
cli-value-deck-sheets = 8 枚のシート（A4 横）
cli-value-deck-mayor-report = 首長報告（16:9 のスライド）
cli-value-deck-final-session = 第6回研究会の発表（16:9 のスライド）
cli-value-deck-paper = 共同論文（A4 縦）
cli-value-deck-all = すべての資料
cli-arg-theme =
    テーマ: 組み込みのテーマ名（`storydeck themes` で一覧）、ストーリーの themes/ の
    フォルダ名、またはテーマのフォルダ［既定: ストーリーの `theme:`、なければ `default`］
cli-check-theme = 確かめるシートのテーマ［既定: ストーリーの `theme:`、なければ `default`］
cli-arg-output =
    出力ファイル［既定: ストーリーと同じフォルダの <ストーリー名>-<資料>.<形式>］。
    --deck all やストーリーが複数のときは、書き出すフォルダ。png と svg では
    ページ番号を名前に加えます（名前に `{"{"}p{"}"}` があればそこに入れます）
cli-emit-output = プロジェクトを書き出すフォルダ（作ります。あるときは空であること）
cli-arg-format = 出力の形式。カンマで区切って複数（pdf,pptx）を指定すると、一度のレイアウトからそれぞれの拡張子で書き出します
cli-value-format-pdf = 資料全体を一つの PDF に
cli-value-format-png = ページごとに PNG 画像（--ppi を参照）
cli-value-format-svg = ページごとに SVG 画像
cli-value-format-pptx = 編集できる PowerPoint ファイル（1ページ1スライド。枠内の文章をそのまま編集でき、発表者ノートも入ります）
cli-arg-ppi = PNG 画像の解像度（1 インチあたりの画素数）
cli-arg-pdf-standards =
    この規格に沿った PDF を書きます（繰り返し可: a-2b と ua-1 は併用できます）。
    沿えないときは、原因の要素を示して失敗します
cli-value-pdf-standards-a-2b = PDF/A-2b（公文書の長期保存）
cli-value-pdf-standards-ua-1 = PDF/UA-1（画面読み上げソフトで読める）
cli-arg-notes = 発表者メモも書き出します（スライドの資料）
cli-value-notes-pdfpc = スライドの PDF の隣に .pdfpc ファイル（pdfpc、Touying）
cli-arg-font-paths = フォントのフォルダを追加します（繰り返し可）。テーマの fonts/ は常に使います
cli-arg-deny-warnings =
    警告（重なった文字、ページからはみ出すシート、フォントにない文字、残った仮の文）を
    エラーとして扱います。ファイルは書きません
cli-check-deny-warnings =
    警告（空のシート、対策のない抑止力、重なった文字、残った仮の文 …）を
    エラーとして扱います
cli-arg-timeout =
    一つの資料のレイアウトにかけてよい秒数。超えると止めます（テーマのコードが
    終わらないとき）
cli-init-dir = 新しいストーリーのフォルダ（なければ作ります）
cli-init-municipality = 自治体名。すべてのシートに印刷されます（例: 架空市）
cli-init-fiscal-year = 研究会の年度。例: 2022 または 令和4年度［既定: 今の年度］
cli-guide-topic =
    トピック（`storydeck guide` で一覧）: `story`、`sheets.force_field` や `journey`
    のような項目、`typing`、`themes` …
cli-themes-story = このストーリーの themes/ フォルダのテーマも一覧します
cli-theme-new-dir = 作るフォルダ（まだないか、空であること）
cli-theme-new-from = もとにするテーマ: 組み込みのテーマ名またはテーマのフォルダ
cli-theme-new-copy-layouts = Typst のレイアウト（シート、スライド）も、書き換えるためにコピーします

## Values refused by an option's own check
cli-error-ppi = `{ $value }` は解像度として使えません。1 から 2400 までの数（1 インチあたりの画素数）を書いてください。例: 144
cli-error-fiscal-year = `{ $value }` は年度として読めません。2022 または 令和4年度 のように書いてください

## Usage errors
cli-error-unknown-command = `{ $command }` という storydeck のコマンドはありません
cli-hint-build-the-story = このストーリーから資料を作るには、次のように入力します: storydeck build { $story }
cli-hint-did-you-mean = `{ $suggestion }` のことですか？
cli-hint-commands = コマンドは build、check、watch、init、guide、emit、schema、themes、theme です
cli-error-unknown-option = `{ $option }` というオプションはここでは使えません
cli-error-missing-argument = { $argument } が指定されていません
cli-error-missing-command = コマンドが指定されていません
cli-error-invalid-value = `{ $value }` は { $option } には使えません
cli-hint-valid-values = 使えるのは次のとおりです: { $values }
cli-error-conflict = { $option } と { $other } は一緒に使えません
cli-error-unexpected = `{ $value }` は余分です
cli-error-other = { $detail }
cli-hint-help = 指定のしかたは次で確かめられます: { $command } --help
