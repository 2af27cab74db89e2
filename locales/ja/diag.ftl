# 問題の表示: 重さと注記の見出し
diag-error = エラー
diag-warning = 警告
diag-field = 項目
diag-hint = ヒント
