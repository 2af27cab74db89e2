use storydeck::diag::{Diagnostic, Result};
use storydeck::theme::copy_theme;

use crate::args::ThemeNewArgs;

pub fn theme_new(args: ThemeNewArgs) -> Result<()> {
    let occupied = std::fs::read_dir(&args.dir).is_ok_and(|mut entries| entries.next().is_some());
    if occupied {
        return Err(Diagnostic::error(format!(
            "`{}` already exists and is not empty",
            args.dir.display()
        ))
        .hint("name a new folder; storydeck never overwrites a theme")
        .into());
    }
    let written = copy_theme(&args.from, &args.dir)?;
    println!(
        "created theme `{}` from `{}` ({} files)",
        args.dir.display(),
        args.from,
        written
    );
    println!(
        "edit {}/theme.yaml, then build with --theme {}",
        args.dir.display(),
        args.dir.display()
    );
    Ok(())
}
