//! Fiscal years and dates in both the Western and the Japanese-era form.
//!
//! Municipal documents print 令和3年度 while spreadsheets say 2021; the story accepts
//! either and the templates receive both, so no template does calendar arithmetic.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use super::scalar::numbers_as_text;

/// Japanese eras, newest first: (name, short letter, first Gregorian year,
/// first month, first day). 明治 is counted from 1868 as the calendar does.
const ERAS: [(&str, &str, i32, u32, u32); 5] = [
    ("令和", "R", 2019, 5, 1),
    ("平成", "H", 1989, 1, 8),
    ("昭和", "S", 1926, 12, 25),
    ("大正", "T", 1912, 7, 30),
    ("明治", "M", 1868, 1, 1),
];

/// The years a story's years and dates may be in, in every form (2021,
/// 令和3年度, R3, 2022-02-15): a municipality's history and its plans, not
/// arithmetic that wraps.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// The Gregorian year of year `n` of the era starting in `start` whose next
/// era starts in `next` (none for 令和): `None` outside the era (平成40) or
/// outside [`YEARS`].
fn era_year(n: i32, start: i32, next: Option<i32>) -> Option<i32> {
    let year = start.checked_add(n.checked_sub(1)?)?;
    let in_era = n >= 1 && next.is_none_or(|next| year <= next);
    (in_era && YEARS.contains(&year)).then_some(year)
}

/// The era written at the start of `text` (名 or letter): its index in [`ERAS`]
/// and the rest of the text.
fn era_prefix(text: &str) -> Option<(usize, &str)> {
    ERAS.iter().enumerate().find_map(|(i, (name, letter, ..))| {
        let rest = text
            .strip_prefix(name)
            .or_else(|| text.strip_prefix(letter))
            .or_else(|| text.strip_prefix(&letter.to_lowercase()))?;
        Some((i, rest))
    })
}

/// Digits and date separators typed full-width by a Japanese input method
/// (２０２３／２／１５, Ｒ５．２．１５) as their half-width selves: a date or
/// year means the same either way.
fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '／' | '．' | '－' => {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

/// A date's year: `2022`, or an era's (`令和4`, `R4`, `令和元`) as the
/// calendar year it falls in.
fn calendar_year(text: &str) -> Option<i32> {
    if let Ok(year) = text.parse::<i32>() {
        return Some(year);
    }
    let (era, n) = era_prefix(text)?;
    let n = if n == "元" { 1 } else { n.parse().ok()? };
    era_year(n, ERAS[era].2, next_era_start(era))
}

/// The first year of the era after `ERAS[i]`.
fn next_era_start(i: usize) -> Option<i32> {
    i.checked_sub(1).map(|newer| ERAS[newer].2)
}

/// A Japanese fiscal year (April to March), named by the Gregorian year it starts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiscalYear(pub i32);

impl FiscalYear {
    /// `令和3年度`. A fiscal year takes the era in force for most of it, so FY2019
    /// (April 2019 – March 2020) is 令和元年度, as municipalities print it.
    pub fn japanese(self) -> String {
        let (name, _, start, _, _) = era_of_fiscal_year(self.0);
        format!("{name}{}年度", era_year_label(self.0 - start + 1))
    }

    pub fn western(self) -> String {
        format!("{}年度", self.0)
    }

    /// `R4`: the era's letter and year, as roadmaps and stage periods abbreviate it.
    pub fn short(self) -> String {
        let (_, letter, start, _, _) = era_of_fiscal_year(self.0);
        format!("{letter}{}", self.0 - start + 1)
    }

    /// Parses `2021`, `2021年度`, `令和3年度`, `令和元年度`, `R3`, `R3年度`, `H30`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = half_width(text.trim());
        let text = text.strip_suffix("年度").unwrap_or(&text);
        if let Ok(year) = text.parse::<i32>() {
            return YEARS.contains(&year).then_some(FiscalYear(year));
        }
        let (era, rest) = era_prefix(text)?;
        let n = if rest == "元" {
            1
        } else {
            rest.parse::<i32>().ok()?
        };
        era_year(n, ERAS[era].2, next_era_start(era)).map(FiscalYear)
    }
}

fn era_of_fiscal_year(year: i32) -> (&'static str, &'static str, i32, u32, u32) {
    ERAS.into_iter()
        .find(|&(_, _, start, _, _)| year >= start)
        .unwrap_or(ERAS[ERAS.len() - 1])
}

fn era_year_label(n: i32) -> String {
    if n == 1 {
        "元".to_owned()
    } else {
        n.to_string()
    }
}

impl Serialize for FiscalYear {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("FiscalYear", 4)?;
        s.serialize_field("year", &self.0)?;
        s.serialize_field("short", &self.short())?;
        s.serialize_field("western", &self.western())?;
        s.serialize_field("japanese", &self.japanese())?;
        s.end()
    }
}

impl<'de> Deserialize<'de> for FiscalYear {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FyVisitor;
        impl<'de> Visitor<'de> for FyVisitor {
            type Value = FiscalYear;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a fiscal year such as `2021` or `令和3年度`")
            }
            numbers_as_text!(FiscalYear);
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FiscalYear, E> {
                FiscalYear::parse(v)
                    .ok_or_else(|| E::custom(crate::t!("story-fiscal-year", value = v)))
            }
        }
        deserializer.deserialize_any(FyVisitor)
    }
}

/// A calendar date, written in the story as `2022-02-15`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `2022-02-15` (or `2022/2/15`), `2022年2月15日` and
    /// `令和4年2月15日` (`R4年2月15日`, `令和元年5月1日`).
    pub fn parse(text: &str) -> Option<Self> {
        let text = half_width(text.trim());
        let text = text.as_str();
        let (year, month, day) = if let Some(rest) = text.strip_suffix('日') {
            let (year, rest) = rest.split_once('年')?;
            let (month, day) = rest.split_once('月')?;
            (calendar_year(year)?, month.parse().ok()?, day.parse().ok()?)
        } else {
            // 2023-02-15, 2023/2/15, 2023.2.15, R5.2.15, 令和5/2/15
            let mut parts = text.splitn(3, ['-', '/', '.']);
            (
                calendar_year(parts.next()?)?,
                parts.next()?.parse().ok()?,
                parts.next()?.parse().ok()?,
            )
        };
        let valid = YEARS.contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        valid.then_some(Date { year, month, day })
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `2022年2月15日`
    pub fn western(self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }

    /// `令和4年2月15日`: the era changes on its first day, not at the fiscal year.
    pub fn japanese(self) -> String {
        let key = (self.year, self.month, self.day);
        let (name, _, start, _, _) = ERAS
            .into_iter()
            .find(|&(_, _, y, m, d)| key >= (y, m, d))
            .unwrap_or(ERAS[ERAS.len() - 1]);
        let n = era_year_label(self.year - start + 1);
        format!("{name}{n}年{}月{}日", self.month, self.day)
    }

    /// The fiscal year the date falls in (April to March).
    pub fn fiscal_year(self) -> FiscalYear {
        FiscalYear(if self.month >= 4 {
            self.year
        } else {
            self.year - 1
        })
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Date", 4)?;
        s.serialize_field("iso", &self.iso())?;
        s.serialize_field("western", &self.western())?;
        s.serialize_field("japanese", &self.japanese())?;
        s.serialize_field("month_day", &format!("{}/{}", self.month, self.day))?;
        s.end()
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text)
            .ok_or_else(|| de::Error::custom(crate::t!("story-date", value = text.as_str())))
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fiscal_year_reads_both_calendars() {
        for text in ["2021", "2021年度", "令和3年度", "R3", "r3年度"] {
            assert_eq!(FiscalYear::parse(text), Some(FiscalYear(2021)), "{text}");
        }
        assert_eq!(FiscalYear::parse("令和元年度"), Some(FiscalYear(2019)));
        assert_eq!(FiscalYear::parse("平成30年度"), Some(FiscalYear(2018)));
        assert_eq!(FiscalYear::parse("H9"), Some(FiscalYear(1997)));
        assert_eq!(FiscalYear::parse("来年度"), None);
        assert_eq!(FiscalYear::parse("令和0年度"), None);
    }

    #[test]
    fn fiscal_year_prints_the_era_municipalities_use() {
        assert_eq!(FiscalYear(2021).japanese(), "令和3年度");
        assert_eq!(FiscalYear(2019).japanese(), "令和元年度");
        assert_eq!(FiscalYear(2018).japanese(), "平成30年度");
        assert_eq!(FiscalYear(1989).japanese(), "平成元年度");
        assert_eq!(FiscalYear(2021).western(), "2021年度");
        assert_eq!(FiscalYear(2022).short(), "R4");
        assert_eq!(FiscalYear(2019).short(), "R1");
    }

    #[test]
    fn dates_are_read_in_every_form_an_officer_types() {
        let day = Some(Date {
            year: 2023,
            month: 2,
            day: 15,
        });
        for text in [
            "2023-02-15",
            "2023/2/15",
            "2023.2.15",
            "2023年2月15日",
            "令和5年2月15日",
            "R5.2.15",
            "r5/2/15",
            "２０２３／２／１５",
            "Ｒ５．２．１５",
            "令和５年２月１５日",
        ] {
            assert_eq!(Date::parse(text), day, "{text}");
        }
        assert_eq!(FiscalYear::parse("令和４年度"), Some(FiscalYear(2022)));
        for wrong in ["2023-02-30", "R5.13.1", "令和5年2月", "2023/2"] {
            assert_eq!(Date::parse(wrong), None, "{wrong}");
        }
    }

    // The tests below list cases alike by design: one assertion a form.
    #[test]
    fn dates_switch_era_on_the_day() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2019-04-30").japanese(), "平成31年4月30日");
        assert_eq!(d("2019-05-01").japanese(), "令和元年5月1日");
        assert_eq!(d("2022-02-15").japanese(), "令和4年2月15日");
        assert_eq!(d("2022-02-15").fiscal_year(), FiscalYear(2021));
        assert_eq!(Date::parse("2022-02-30"), None);
        assert_eq!(Date::parse("2022-13-01"), None);
    }

    #[test]
    fn every_form_of_a_year_has_one_range_and_eras_their_true_spans() {
        // No wrapping, no era year past the era's end, one range for all forms.
        for text in [
            "R2147483647",
            "令和99999999年度",
            "2201",
            "1899",
            "平成40年度",
            "S0",
            "H-1",
        ] {
            assert_eq!(FiscalYear::parse(text), None, "{text}");
        }
        assert_eq!(FiscalYear::parse("平成31年度"), Some(FiscalYear(2019)));
        assert_eq!(FiscalYear::parse("大正10年度"), Some(FiscalYear(1921)));
        assert_eq!(FiscalYear::parse("2200"), Some(FiscalYear(2200)));
        assert_eq!(FiscalYear::parse("令和182年度"), Some(FiscalYear(2200)));
        assert_eq!(FiscalYear::parse("令和183年度"), None);
        let d = |s| Date::parse(s).unwrap();
        // Before 昭和: 大正 and 明治, never 昭和-25年.
        assert_eq!(d("1926-12-24").japanese(), "大正15年12月24日");
        assert_eq!(d("1926-12-25").japanese(), "昭和元年12月25日");
        assert_eq!(d("1905-03-01").japanese(), "明治38年3月1日");
        // Japanese dates are read as they are written on the sheets.
        assert_eq!(d("令和5年2月15日"), d("2023-02-15"));
        assert_eq!(d("令和元年5月1日"), d("2019-05-01"));
        assert_eq!(d("2023年2月15日"), d("2023-02-15"));
        assert_eq!(Date::parse("令和5年2月30日"), None);
        assert_eq!(Date::parse("2201-01-01"), None);
    }
}
