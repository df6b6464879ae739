//! A reminder to take the assessment again, as a calendar file (iCalendar, RFC 5545): no
//! server and no account — the reader's own calendar app keeps it.

use super::time::Timestamp;

/// One all-day event with an alert in the morning.
pub struct Reminder<'a> {
    /// When the file is made: the event's DTSTAMP and its UID.
    pub created: Timestamp,
    /// The reader's local date when the file is made (`YYYY-MM-DD`).
    pub today: &'a str,
    pub weeks: u8,
    pub summary: &'a str,
    pub description: &'a str,
}

/// The event's date (`YYYY-MM-DD`) and the calendar file.
pub fn calendar_file(reminder: &Reminder) -> (String, String) {
    const DAY: i64 = 86_400_000;
    let created = reminder.created.writable();
    let stamp = created.to_string();
    // The reader's date is the UTC date of `created`, or the day before or after it.
    let offset = if stamp.starts_with(reminder.today) {
        0
    } else if reminder.today > stamp.as_str() {
        1
    } else {
        -1
    };
    let days = offset + 7 * i64::from(reminder.weeks);
    let date = |days: i64| {
        let mut day = Timestamp(created.millis().div_euclid(DAY) * DAY + days * DAY).to_string();
        day.truncate(10);
        day
    };
    let day = date(days);
    // The basic form: 2026-12-14 → 20261214, 2026-11-30T10:45:07.123Z → 20261130T104507.
    let basic = |text: &str, length: usize, out: &mut String| {
        out.extend(
            text.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .take(length)
                .map(char::from),
        );
    };
    let mut file = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//client-triage//reminder//EN\r\n\
         METHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:",
    );
    basic(&stamp, 19, &mut file);
    file.push_str("@client-triage\r\nDTSTAMP:");
    basic(&stamp, 15, &mut file);
    file.push_str("Z\r\nDTSTART;VALUE=DATE:");
    basic(&day, 8, &mut file);
    // All day: one day long (said, since some calendar apps mishandle the default), free
    // rather than busy.
    file.push_str("\r\nDTEND;VALUE=DATE:");
    basic(&date(days + 1), 8, &mut file);
    file.push_str("\r\nTRANSP:TRANSPARENT\r\n");
    text_line("SUMMARY:", reminder.summary, &mut file);
    text_line("DESCRIPTION:", reminder.description, &mut file);
    // An alert at nine in the morning of that day.
    file.push_str("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT9H\r\n");
    text_line("DESCRIPTION:", reminder.summary, &mut file);
    file.push_str("END:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    (day, file)
}

/// One property with a TEXT value: backslash, semicolon, comma and line breaks escaped
/// (RFC 5545, 3.3.11), other control characters but tab left out (TEXT may not hold them); longer
/// than 75 octets, it continues on the next line after a space (3.1), never inside a
/// character or an escape.
fn text_line(name: &str, text: &str, out: &mut String) {
    out.push_str(name);
    let mut length = name.len();
    for c in text
        .chars()
        .filter(|&c| matches!(c, '\n' | '\t') || !c.is_control())
    {
        let escaped = matches!(c, '\\' | ';' | ',' | '\n');
        let c = if c == '\n' { 'n' } else { c };
        let octets = c.len_utf8() + usize::from(escaped);
        if length + octets > 75 {
            out.push_str("\r\n ");
            length = 1;
        }
        if escaped {
            out.push('\\');
        }
        out.push(c);
        length += octets;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The event's date, `weeks` after `today`, for a reader whose clock says `created`.
    fn day(created: &str, today: &str, weeks: u8) -> String {
        calendar_file(&Reminder {
            created: Timestamp::parse(created).unwrap(),
            today,
            weeks,
            summary: "s",
            description: "d",
        })
        .0
    }

    #[test]
    fn the_day_crosses_months_years_and_leap_days() {
        let noon = "T12:00:00.000Z";
        for (today, weeks, expected) in [
            ("2026-11-30", 2, "2026-12-14"),
            ("2026-12-25", 2, "2027-01-08"),
            ("2028-02-22", 1, "2028-02-29"),
            ("2026-11-30", 4, "2026-12-28"),
        ] {
            assert_eq!(day(&format!("{today}{noon}"), today, weeks), expected);
        }
    }

    #[test]
    fn the_day_counts_from_the_readers_date_not_from_utc() {
        // Just after midnight in Berlin, still the evening before in UTC…
        assert_eq!(
            day("2026-11-30T23:30:00.000Z", "2026-12-01", 2),
            "2026-12-15"
        );
        // …and still the evening in New York, already the next day in UTC.
        assert_eq!(
            day("2027-01-01T03:00:00.000Z", "2026-12-31", 1),
            "2027-01-07"
        );
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut line = String::new();
        text_line("DESCRIPTION:", &"ä".repeat(60), &mut line);
        for part in line.trim_end_matches("\r\n").split("\r\n") {
            assert!(part.len() <= 75, "{part:?} is {} octets", part.len());
        }
        assert_eq!(
            line.replace("\r\n ", ""),
            format!("DESCRIPTION:{}\r\n", "ä".repeat(60))
        );
    }

    #[test]
    fn the_file_is_one_all_day_event_with_crlf_lines() {
        let (day, file) = calendar_file(&Reminder {
            created: Timestamp::parse("2026-11-30T10:45:07.123Z").unwrap(),
            today: "2026-11-30",
            weeks: 2,
            summary: "Agency X: take the assessment again",
            description: "Last time: “Mediate”.\nhttps://blog.example/post?x=1,2",
        });
        assert_eq!(day, "2026-12-14");
        assert!(file.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(file.ends_with("\r\nEND:VCALENDAR\r\n"));
        assert!(
            !file.replace("\r\n", "").contains(['\n', '\r']),
            "every line ends with CRLF"
        );
        for line in [
            "DTSTAMP:20261130T104507Z",
            "DTSTART;VALUE=DATE:20261214",
            "DTEND;VALUE=DATE:20261215",
            "UID:20261130T104507123Z@client-triage",
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
                "\r\nDESCRIPTION:Last time: “Mediate”.\\nhttps://blog.example/post?x=1\\,2\r\n"
            ),
            "{unfolded}"
        );
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 1);
    }

    #[test]
    fn text_values_are_escaped() {
        let mut line = String::new();
        text_line("X:", "a, b; c\\d\r\ne\u{7}\tf", &mut line);
        assert_eq!(line, "X:a\\, b\\; c\\\\d\\ne\tf\r\n");
    }
}
