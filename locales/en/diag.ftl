# How every problem is printed: its level and the names of its notes.
diag-error = error
diag-warning = warning
diag-field = field
diag-hint = hint
