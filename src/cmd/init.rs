//! `storydeck init`: a new story with every sheet, the form's titles and guide
//! questions as comments, placeholders in （…） to replace.

use storydeck::diag::{Diagnostic, Result};
use storydeck::output::write_atomically;
use storydeck::story::{Date, FiscalYear, parse_story, story_schema};
use storydeck::t;
use storydeck::theme::{Theme, key_name};

use crate::args::InitArgs;

const TEMPLATE: &str = include_str!("../init_story.yaml");

pub fn init(args: InitArgs) -> Result<()> {
    let story = args.dir.join("story.yaml");
    if story.exists() {
        return Err(
            Diagnostic::error(t!("init-exists", file = story.display().to_string()))
                .hint(t!("init-exists-hint"))
                .into(),
        );
    }
    let today = today();
    let fiscal_year = args.fiscal_year.unwrap_or_else(|| today.fiscal_year());
    let theme = Theme::builtin_default()?;
    let mut text = TEMPLATE
        .replace("{municipality_yaml}", &yaml_text(&args.municipality))
        .replace("{municipality}", &args.municipality)
        .replace("{fiscal_year}", &fiscal_year.japanese())
        .replace("{addressee}", &addressee(&args.municipality))
        .replace("{year}", &fiscal_year.0.to_string())
        .replace("{short_next}", &FiscalYear(fiscal_year.0 + 1).short()[1..])
        .replace("{story}", &story.display().to_string())
        .replace("{schema}", SCHEMA_FILE);
    for sheet in &theme.config.sheets {
        let key = key_name(sheet.key);
        let title = format!(
            "{}．{}",
            sheet.number,
            sheet.title.replace("{horizon}", "10")
        );
        let guide = sheet
            .guide
            .iter()
            .map(|g| g.replace("{horizon}", "10"))
            .collect::<Vec<_>>()
            .join(" ");
        // A sheet without guide questions: its comment line goes (see below).
        let guide = if guide.is_empty() {
            DROP_LINE.to_owned()
        } else {
            guide
        };
        text = text
            .replace(&format!("{{title:{key}}}"), &title)
            .replace(&format!("{{guide:{key}}}"), &guide);
    }
    let text: String = text
        .lines()
        .filter(|l| !l.contains(DROP_LINE))
        .map(|l| format!("{l}\n"))
        .collect();
    // What init writes must itself be a valid story.
    parse_story(&text, &story.display().to_string())?;
    write_atomically(&story, text.as_bytes())?;
    write_atomically(&args.dir.join(SCHEMA_FILE), story_schema().as_bytes())?;
    println!("{}", t!("init-created", file = story.display().to_string()));
    println!("{}", t!("init-next", story = story.display().to_string()));
    Ok(())
}

/// Whom the report is to, from the municipality's suffix: 架空町 → 町長.
/// Prefectures (都道府県) report to their 知事; anything else to 首長.
fn addressee(municipality: &str) -> String {
    let last = municipality.trim().chars().last();
    match last {
        Some(c @ ('市' | '町' | '村' | '区')) => format!("{c}長"),
        Some('都' | '道' | '府' | '県') => "知事".to_owned(),
        _ => "首長".to_owned(),
    }
}

/// Marks a template line to leave out.
const DROP_LINE: &str = "\u{1}";

/// Written beside the story, so editors complete and check fields offline.
const SCHEMA_FILE: &str = "story.schema.json";

/// The municipality as YAML text: quoted when YAML would read it otherwise.
fn yaml_text(name: &str) -> String {
    serde_json::to_string(name).expect("a string serialises")
}

/// Today's date from the system clock (UTC; a day's difference does not matter to
/// a new story's date, which the team edits anyway).
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    civil_from_days(secs.div_euclid(86_400))
}

/// Days since 1970-01-01 to a calendar date (H. Hinnant's civil_from_days).
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        assert_eq!(
            civil_from_days(0),
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        assert_eq!(
            civil_from_days(19_038),
            Date {
                year: 2022,
                month: 2,
                day: 15
            }
        );
        assert_eq!(
            civil_from_days(20_513),
            Date {
                year: 2026,
                month: 3,
                day: 1
            }
        );
    }
}
