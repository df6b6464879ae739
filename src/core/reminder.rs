//! A reminder to take the assessment again, as a calendar file (iCalendar, RFC 5545): no
//! server and no account — the reader's own calendar app keeps it.

use super::time::{Timestamp, civil_from_days, days_from_civil};

/// The weeks a reader can choose between; the plans say "again in two weeks".
pub const REMINDER_WEEKS: [u8; 3] = [1, 2, 4];

/// One all-day event with an alert in the morning.
pub struct Reminder<'a> {
    /// When the file is made: the event's DTSTAMP and part of its UID.
    pub created: Timestamp,
    /// The reader's local date when the file is made (`YYYY-MM-DD`).
    pub today: &'a str,
    pub weeks: u8,
    pub summary: &'a str,
    pub description: &'a str,
}

/// The calendar file, or `None` if `today` is not a date.
pub fn calendar_file(reminder: &Reminder) -> Option<String> {
    let day = days_after(reminder.today, 7 * i64::from(reminder.weeks))?;
    let next_day = days_after(&day, 1)?;
    let compact = |date: &str| date.replace('-', "");
    let stamp = reminder.created.writable().to_string();
    // 2026-11-30T10:45:00.000Z → 20261130T104500Z
    let stamp = format!("{}Z", stamp[..19].replace(['-', ':'], ""));
    let (summary, description) = (escape(reminder.summary), escape(reminder.description));
    // An all-day event; TRIGGER:PT9H alerts at nine in the morning of that day.
    let file = format!(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//client-triage//reminder//EN\nCALSCALE:GREGORIAN\n\
         METHOD:PUBLISH\nBEGIN:VEVENT\nUID:{}-{}@client-triage\nDTSTAMP:{stamp}\n\
         DTSTART;VALUE=DATE:{}\nDTEND;VALUE=DATE:{}\nSUMMARY:{summary}\n\
         DESCRIPTION:{description}\nTRANSP:TRANSPARENT\nBEGIN:VALARM\nACTION:DISPLAY\n\
         TRIGGER:PT9H\nDESCRIPTION:{summary}\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR",
        reminder.created.millis(),
        compact(&day),
        compact(&day),
        compact(&next_day),
    );
    Some(file.split('\n').map(fold).collect())
}

/// `date` (`YYYY-MM-DD`) moved by `days`, or `None` if it is not a date.
pub fn days_after(date: &str, days: i64) -> Option<String> {
    let parts: Vec<i64> = date
        .split('-')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let &[year, month @ 1..=12, day @ 1..=31] = parts.as_slice() else {
        return None;
    };
    let (year, month, day) = civil_from_days(days_from_civil(year, month, day) + days);
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Lines longer than 75 octets continue on the next line after a space (RFC 5545, 3.1),
/// never inside a character; every line ends with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut length = 0;
    for c in line.chars() {
        if length + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            length = 1;
        }
        out.push(c);
        length += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_after_crosses_months_years_and_leap_days() {
        assert_eq!(days_after("2026-11-30", 14).as_deref(), Some("2026-12-14"));
        assert_eq!(days_after("2026-12-25", 14).as_deref(), Some("2027-01-08"));
        assert_eq!(days_after("2028-02-22", 7).as_deref(), Some("2028-02-29"));
        assert_eq!(days_after("not-a-date", 7), None);
        assert_eq!(days_after("2026-13-01", 7), None);
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let line = format!("DESCRIPTION:{}", "ä".repeat(60));
        let folded = fold(&line);
        for part in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(part.len() <= 75, "{part:?} is {} octets", part.len());
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn the_file_is_one_all_day_event_with_crlf_lines() {
        let file = calendar_file(&Reminder {
            created: Timestamp::parse("2026-11-30T10:45:07.123Z").unwrap(),
            today: "2026-11-30",
            weeks: 2,
            summary: "Agency X: take the assessment again",
            description: "Last time: “Mediate”.\nhttps://blog.example/post?x=1,2",
        })
        .unwrap();
        assert!(file.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !file.replace("\r\n", "").contains('\n'),
            "every line ends with CRLF"
        );
        for line in [
            "DTSTAMP:20261130T104507Z",
            "DTSTART;VALUE=DATE:20261214",
            "DTEND;VALUE=DATE:20261215",
            "UID:1796035507123-20261214@client-triage",
            "SUMMARY:Agency X: take the assessment again",
        ] {
            assert!(
                file.contains(&format!("\r\n{line}\r\n")),
                "{line} in {file}"
            );
        }
        let unfolded = file.replace("\r\n ", "");
        assert!(
            unfolded.contains(
                "DESCRIPTION:Last time: “Mediate”.\\nhttps://blog.example/post?x=1\\,2\r\n"
            )
        );
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 1);
        assert_eq!(
            calendar_file(&Reminder {
                today: "soon",
                ..reminder_for_test()
            }),
            None
        );
    }

    fn reminder_for_test() -> Reminder<'static> {
        Reminder {
            created: Timestamp(0),
            today: "2026-01-01",
            weeks: 1,
            summary: "s",
            description: "d",
        }
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
