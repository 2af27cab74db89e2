# `storydeck guide`: the list of topics, and a topic that does not exist.
guide-index-heading = 案内のトピック（storydeck guide <トピック> で表示します）:
guide-index-footer = 例: storydeck guide story（ストーリーの書き方の全体）、storydeck guide typing（日本語入力での注意）
guide-no-topic = 案内に `{ $topic }` というトピックはありません
guide-did-you-mean = `{ $topic }` のことですか？
guide-list-hint = トピックの一覧は `storydeck guide` で表示します
