//! Typed literals: dates, durations, emails, URLs, phone numbers and region codes.
//!
//! Each checker is a plain function from text to a value or a [`LiteralError`] that says what is
//! wrong in both languages; the caller attaches the span and the code (typst's `At` idea), so
//! these stay trivially testable.

use serde::Serialize;

use crate::diag::{codes, Code, Message};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiteralError {
    pub code: Code,
    pub message: Message,
    pub help: Option<Message>,
    /// A replacement for the literal, when one is clear.
    pub fix: Option<String>,
}

fn err(code: Code, message: Message) -> Box<LiteralError> {
    Box::new(LiteralError {
        code,
        message,
        help: None,
        fix: None,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// `2024-06-01`. The lexer already guarantees the digits-and-dashes shape.
pub fn date(text: &str) -> Result<Date, Box<LiteralError>> {
    let mut parts = text.split('-');
    let (y, m, d) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    let (year, month, day) = (
        y.parse::<u16>().ok(),
        m.parse::<u8>().ok(),
        d.parse::<u8>().ok(),
    );
    let (Some(year), Some(month), Some(day)) = (year, month, day) else {
        return Err(err(
            codes::TYPE_BAD_DATE,
            Message::key("types-literals--text-not-date").arg("text", &text),
        ));
    };
    if !(1..=12).contains(&month) {
        return Err(err(
            codes::TYPE_BAD_DATE,
            Message::key("types-literals--text-has-no-month-month")
                .arg("text", &text)
                .arg("month", &month),
        ));
    }
    let max = days_in_month(year, month);
    if day == 0 || day > max {
        return Err(err(
            codes::TYPE_BAD_DATE,
            Message::key("types-literals--text-does-not-exist-month")
                .arg("text", &text)
                .arg("month", &month)
                .arg("year", &year)
                .arg("max", &max),
        ));
    }
    let value = Date { year, month, day };
    if m.len() != 2 || d.len() != 2 {
        let mut e = err(
            codes::TYPE_BAD_DATE,
            Message::key("types-literals--write-text-value")
                .arg("text", &text)
                .arg("value", &value),
        );
        e.help = Some(Message::key("types-literals--dates-written-yyyy-mm-dd"));
        e.fix = Some(value.to_string());
        return Err(e);
    }
    Ok(value)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Hours,
    Days,
    WorkingDays,
    Weeks,
    Months,
    Years,
}

/// Unit words as written, singular and plural.
const UNITS: &[(&str, Unit)] = &[
    ("hour", Unit::Hours),
    ("hours", Unit::Hours),
    ("day", Unit::Days),
    ("days", Unit::Days),
    ("working_day", Unit::WorkingDays),
    ("working_days", Unit::WorkingDays),
    ("week", Unit::Weeks),
    ("weeks", Unit::Weeks),
    ("month", Unit::Months),
    ("months", Unit::Months),
    ("year", Unit::Years),
    ("years", Unit::Years),
];

impl Unit {
    pub fn word(self, plural: bool) -> &'static str {
        let (one, many) = match self {
            Unit::Hours => ("hour", "hours"),
            Unit::Days => ("day", "days"),
            Unit::WorkingDays => ("working_day", "working_days"),
            Unit::Weeks => ("week", "weeks"),
            Unit::Months => ("month", "months"),
            Unit::Years => ("year", "years"),
        };
        if plural {
            many
        } else {
            one
        }
    }

    /// The Chinese unit as the seeds write it: 15个工作日、30天、6个月、3年.
    pub fn zh(self) -> &'static str {
        match self {
            Unit::Hours => "小时",
            Unit::Days => "天",
            Unit::WorkingDays => "个工作日",
            Unit::Weeks => "周",
            Unit::Months => "个月",
            Unit::Years => "年",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Duration {
    pub amount: u32,
    pub unit: Unit,
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.amount, self.unit.word(self.amount != 1))
    }
}

/// A number and a unit word: `15 working_days`.
pub fn duration(number: &str, unit: &str) -> Result<Duration, Box<LiteralError>> {
    let Ok(amount) = number.parse::<u32>() else {
        return Err(err(
            codes::TYPE_MISMATCH,
            Message::key("types-literals--number-not-whole-number-units").arg("number", &number),
        ));
    };
    match UNITS.iter().find(|(w, _)| *w == unit) {
        Some((_, u)) => Ok(Duration { amount, unit: *u }),
        None => {
            let suggestion = crate::diag::suggest::closest(unit, UNITS.iter().map(|(w, _)| *w));
            let mut e = err(
                codes::TYPE_UNKNOWN_UNIT,
                Message::key("types-literals--unknown-duration-unit-unit").arg("unit", &unit),
            );
            e.help = Some(match suggestion {
                Some(s) => Message::key("types-literals--did-you-mean-s").arg("s", &s),
                None => Message::key("types-literals--units-hours-days-working-days"),
            });
            e.fix = suggestion.map(str::to_string);
            Err(e)
        }
    }
}

pub fn unit_words() -> impl Iterator<Item = &'static str> {
    UNITS.iter().map(|(w, _)| *w)
}

/// `privacy@example.com`: a local part, `@`, and a domain of at least two labels whose last
/// label is alphabetic.
pub fn email(text: &str) -> Result<(), Box<LiteralError>> {
    let bad = |why: Message| {
        Err(err(
            codes::TYPE_BAD_EMAIL,
            Message::key("types-literals--not-email-address")
                .arg("text", &text)
                .arg_msg("why", why),
        ))
    };
    let Some((local, domain)) = text.split_once('@') else {
        return bad(Message::key("types-literals--has-no"));
    };
    if local.is_empty() || local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return bad(Message::key("types-literals--part-before-empty-malformed"));
    }
    if domain.contains('@') {
        return bad(Message::key("types-literals--has-more-than-one"));
    }
    domain_ok(domain).or_else(bad)
}

fn domain_ok(domain: &str) -> Result<(), Message> {
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return Err(Message::key("types-literals--domain-has-no"));
    }
    for label in &labels {
        let ok_chars = label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if label.is_empty() || !ok_chars || label.starts_with('-') || label.ends_with('-') {
            return Err(Message::key("types-literals--domain-malformed"));
        }
    }
    let tld = labels.last().copied().unwrap_or("");
    if tld.len() < 2 || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(Message::key("types-literals--domain-does-not-end-top"));
    }
    Ok(())
}

/// `https://example.com/privacy`: http or https, with a host.
pub fn url(text: &str) -> Result<(), Box<LiteralError>> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .unwrap_or("");
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host
        .rsplit_once(':')
        .map(|(h, port)| {
            if port.chars().all(|c| c.is_ascii_digit()) {
                h
            } else {
                host
            }
        })
        .unwrap_or(host);
    match domain_ok(host) {
        Ok(()) => Ok(()),
        Err(_) if host == "localhost" => Ok(()),
        Err(why) => Err(err(
            codes::TYPE_BAD_URL,
            Message::key("types-literals--not-valid-url")
                .arg("text", &text)
                .arg_msg("why", why),
        )),
    }
}

/// `+86-400-6700-866`: `+`, a country code and 7 to 15 digits in all (E.164), in groups joined
/// by single dashes.
pub fn phone(text: &str) -> Result<(), Box<LiteralError>> {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let body = text.strip_prefix('+').unwrap_or(text);
    let groups_ok = !body.is_empty() && body.split('-').all(|g| !g.is_empty());
    if (7..=15).contains(&digits) && groups_ok {
        return Ok(());
    }
    let mut e = err(
        codes::TYPE_BAD_PHONE,
        Message::key("types-literals--text-not-phone-number").arg("text", &text),
    );
    e.help = Some(Message::key(
        "types-literals--write-international-number-country-code",
    ));
    Err(e)
}

/// ISO 3166-1 alpha-2 codes, plus `EU` (exceptionally reserved for the European Union).
pub static REGIONS: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW", "EU",
];

/// The ISO 3166-2 subdivisions a region may name, by country: the US states, the District of
/// Columbia and the outlying areas (the state privacy laws are drawn by state: `US-CA` for the
/// CCPA), the four nations of the United Kingdom, and the Canadian provinces and territories.
const SUBDIVISIONS: &[(&str, &[&str])] = &[
    (
        "US",
        &[
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
            "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
            "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "UM",
            "VI",
        ],
    ),
    ("GB", &["ENG", "NIR", "SCT", "WLS"]),
    (
        "CA",
        &[
            "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
        ],
    ),
];

/// The country of a region: `US` for `US-CA`, the code itself for `CN`.
pub fn country_of(region: &str) -> &str {
    region
        .split_once('-')
        .map_or(region, |(country, _)| country)
}

/// Region codes are upper case: `CN`, `HK`, or a subdivision `US-CA`. Mainland China is `CN`;
/// Hong Kong, Macao and Taiwan are `HK`, `MO` and `TW`, which PIPL treats as outside the
/// mainland.
pub fn region(text: &str) -> Result<(), Box<LiteralError>> {
    if REGIONS.contains(&text) {
        return Ok(());
    }
    if let Some((country, part)) = text.split_once('-') {
        let known = SUBDIVISIONS
            .iter()
            .find(|(c, _)| *c == country)
            .map(|(_, parts)| *parts);
        if known.is_some_and(|parts| parts.contains(&part)) {
            return Ok(());
        }
        let mut e = err(
            codes::TYPE_UNKNOWN_REGION,
            Message::key("types-literals--unknown-region-code-text").arg("text", &text),
        );
        let suggestion = known.and_then(|parts| {
            crate::diag::suggest::closest(part, parts.iter().copied())
                .map(|p| format!("{country}-{p}"))
        });
        e.help = Some(match &suggestion {
            Some(s) => Message::key("types-literals--did-you-mean-s-subdivisions").arg("s", &s),
            None => Message::key("types-literals--subdivisions-iso-3166-2-codes"),
        });
        e.fix = suggestion;
        return Err(e);
    }
    let upper = text.to_ascii_uppercase();
    let mut e = err(
        codes::TYPE_UNKNOWN_REGION,
        Message::key("types-literals--unknown-region-code-text-2").arg("text", &text),
    );
    if REGIONS.contains(&upper.as_str()) {
        e.help = Some(
            Message::key("types-literals--region-codes-upper-case-upper").arg("upper", &upper),
        );
        e.fix = Some(upper);
    } else if let Some(s) = crate::diag::suggest::closest(text, REGIONS.iter().copied()) {
        e.help = Some(Message::key("types-literals--did-you-mean-s-regions").arg("s", &s));
        e.fix = Some(s.to_string());
    } else {
        e.help = Some(Message::key("types-literals--regions-iso-3166-1-alpha"));
    }
    Err(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            date("2024-02-29").map(|d| d.to_string()),
            Ok("2024-02-29".into())
        );
        assert_eq!(date("2023-02-29").unwrap_err().code, codes::TYPE_BAD_DATE);
        assert_eq!(date("2021-13-01").unwrap_err().code, codes::TYPE_BAD_DATE);
        assert_eq!(
            date("2021-5-7").unwrap_err().fix.as_deref(),
            Some("2021-05-07")
        );
        assert!(date("1900-02-29").is_err());
        assert!(date("2000-02-29").is_ok());
    }

    #[test]
    fn durations() {
        assert_eq!(
            duration("15", "working_days"),
            Ok(Duration {
                amount: 15,
                unit: Unit::WorkingDays
            })
        );
        assert_eq!(
            duration("1", "month").map(|d| d.to_string()),
            Ok("1 month".into())
        );
        let e = duration("15", "wrking_days").unwrap_err();
        assert_eq!(
            (e.code, e.fix.as_deref()),
            (codes::TYPE_UNKNOWN_UNIT, Some("working_days"))
        );
        assert_eq!(
            duration("1.5", "years").unwrap_err().code,
            codes::TYPE_MISMATCH
        );
    }

    #[test]
    fn emails_urls_phones() {
        assert!(email("business@megvii.com").is_ok());
        assert!(email("privacy@acme").is_err());
        assert!(email("a@@b.com").is_err());
        assert!(email(".a@b.com").is_err());
        assert!(url("https://www.megvii.com/privacy?x=1").is_ok());
        assert!(url("https://localhost:8080/x").is_ok());
        assert!(url("https://").is_err());
        assert!(phone("+86-400-6700-866").is_ok());
        assert!(phone("+86").is_err());
        assert!(phone("+86--400").is_err());
    }

    #[test]
    fn regions() {
        assert!(region("CN").is_ok() && region("HK").is_ok() && region("EU").is_ok());
        assert_eq!(region("cn").unwrap_err().fix.as_deref(), Some("CN"));
        assert_eq!(region("XQ").unwrap_err().code, codes::TYPE_UNKNOWN_REGION);
        assert_eq!(REGIONS.len(), 250);
    }

    #[test]
    fn subdivisions() {
        assert!(region("US-CA").is_ok() && region("GB-SCT").is_ok() && region("CA-QC").is_ok());
        let e = region("US-CX").unwrap_err();
        assert_eq!(e.code, codes::TYPE_UNKNOWN_REGION);
        assert!(region("CN-BJ").is_err());
        assert_eq!(country_of("US-CA"), "US");
        assert_eq!(country_of("DE"), "DE");
    }
}
