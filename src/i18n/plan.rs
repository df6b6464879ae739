//! The plan as a document: what the screen shows, and what "copy", "download" and "print" hand
//! over. Built as blocks, so the screen renders real headings and lists and the Markdown copy
//! escapes every text; pure Rust, so the exact text is tested natively.

use super::{PlanTexts, plan_texts, strategy as strategy_text};
use crate::core::plans::PlanNotes;
use crate::core::{Lang, Strategy};

/// One piece of the plan document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Title(String),
    Heading(String),
    Paragraph(String),
    Numbered(Vec<String>),
    Bullets(Vec<String>),
    /// Things to tick off.
    Checklist(Vec<String>),
    /// Label and value pairs of a form the reader filled in.
    Fields(Vec<(String, String)>),
}

/// Who the plan is about: the name shown to the reader, and the name the reader typed (the
/// documents to the client use only that; "Client 2" is not a way to address anyone).
#[derive(Clone, Copy, Debug)]
pub struct ClientName<'a> {
    pub shown: &'a str,
    pub label: Option<&'a str>,
}

/// The option list as the reader sees it: their own, or the defaults with a goodwill offer.
pub fn options(lang: Lang, notes: &PlanNotes) -> Vec<String> {
    if notes.options.is_empty() {
        let t = plan_texts(lang);
        vec![
            t.goodwill_default.to_owned(),
            t.second_option_default.to_owned(),
        ]
    } else {
        notes.options.clone()
    }
}

/// A date from a date field (`2026-12-31`) as a letter writes it: 31. Dezember 2026 or
/// 31 December 2026. Anything else is kept as typed.
pub fn written_date(lang: Lang, value: &str) -> String {
    const MONTHS: [[&str; 12]; 2] = [
        [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
    ];
    let parts: Vec<&str> = value.trim().split('-').collect();
    let number = |s: &str, len: usize| (s.len() == len).then(|| s.parse::<usize>().ok()).flatten();
    match parts.as_slice() {
        [y, m, d] => match (number(y, 4), number(m, 2), number(d, 2)) {
            (Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) => match lang {
                Lang::De => format!("{day}. {} {year}", MONTHS[0][month - 1]),
                Lang::En => format!("{day} {} {year}", MONTHS[1][month - 1]),
            },
            _ => value.to_owned(),
        },
        _ => value.to_owned(),
    }
}

fn or_blank(t: &PlanTexts, value: &str) -> String {
    let value = value.trim();
    if value.is_empty() { t.to_fill } else { value }.to_owned()
}

fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|&item| item.to_owned()).collect()
}

/// The whole plan for one strategy, with what the reader typed into its builder.
pub fn document(
    lang: Lang,
    strategy: Strategy,
    client: ClientName,
    notes: &PlanNotes,
) -> Vec<Block> {
    let t = plan_texts(lang);
    let s = strategy_text(lang, strategy);
    let mut blocks = vec![
        Block::Title(format!("{} – {}", s.name, client.shown)),
        Block::Paragraph(s.summary.to_owned()),
        Block::Heading(t.steps_heading.to_owned()),
        Block::Numbered(owned(s.plan)),
    ];
    match strategy {
        Strategy::Detach => blocks.extend([
            Block::Heading(t.revisit_heading.to_owned()),
            Block::Paragraph(t.revisit.to_owned()),
        ]),
        Strategy::Mediate => {
            let options = options(lang, notes);
            let chosen = notes
                .chosen
                .and_then(|i| options.get(i))
                .map_or_else(|| t.to_fill.to_owned(), |o| or_blank(t, o));
            blocks.extend([
                Block::Heading(t.options_for(client.label)),
                Block::Numbered(options.iter().map(|o| or_blank(t, o)).collect()),
                Block::Heading(t.talk_heading.to_owned()),
                Block::Bullets(owned(t.talk_guide)),
                Block::Heading(t.record_heading.to_owned()),
                Block::Paragraph(t.record_greeting(client.label)),
                Block::Paragraph(t.record_intro.to_owned()),
                Block::Fields(vec![
                    (
                        t.meeting_date.to_owned(),
                        or_blank(t, &written_date(lang, &notes.meeting_date)),
                    ),
                    (t.participants.to_owned(), or_blank(t, &notes.participants)),
                    (t.chosen_option.to_owned(), chosen),
                    (t.deadlines.to_owned(), or_blank(t, &notes.deadlines)),
                    (t.next_steps.to_owned(), or_blank(t, &notes.next_steps)),
                ]),
                Block::Paragraph(t.record_closing.to_owned()),
                Block::Paragraph(t.sign_off.to_owned()),
                Block::Paragraph(t.sender.to_owned()),
            ]);
        }
        Strategy::Terminate => {
            blocks.extend([
                Block::Heading(t.checklist_heading.to_owned()),
                Block::Checklist(owned(t.exit_checklist)),
                Block::Paragraph(t.legal_note.to_owned()),
                Block::Heading(t.letter_heading.to_owned()),
            ]);
            blocks.extend(client.label.map(|name| Block::Paragraph(name.to_owned())));
            blocks.extend([
                Block::Paragraph(t.letter_date.to_owned()),
                Block::Paragraph(t.letter_subject.to_owned()),
                Block::Paragraph(t.letter_greeting(client.label)),
                Block::Paragraph(t.letter_notice(
                    &or_blank(t, &notes.contract_reference),
                    &or_blank(t, &written_date(lang, &notes.end_date)),
                )),
            ]);
            blocks.extend(
                t.letter_body
                    .iter()
                    .map(|p| Block::Paragraph((*p).to_owned())),
            );
            blocks.extend([
                Block::Paragraph(t.letter_sign_off(client.label)),
                Block::Paragraph(t.letter_sender.to_owned()),
            ]);
        }
    }
    blocks
}

/// Markdown for the download and the clipboard. Every text is escaped, so that a label such
/// as `![](https://…)` stays text in a Markdown viewer (no remote image, no link), and a line
/// break inside a value stays inside its paragraph or list item.
pub fn markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Title(text) => out += &format!("# {}\n\n", escape(text, "")),
            Block::Heading(text) => out += &format!("## {}\n\n", escape(text, "")),
            Block::Paragraph(text) => out += &format!("{}\n\n", escape(text, "")),
            Block::Numbered(items) => {
                for (i, item) in items.iter().enumerate() {
                    out += &format!("{}. {}\n", i + 1, escape(item, "   "));
                }
                out.push('\n');
            }
            Block::Bullets(items) => list(&mut out, "- ", items),
            Block::Checklist(items) => list(&mut out, "- [ ] ", items),
            Block::Fields(fields) => {
                for (label, value) in fields {
                    out += &format!("- {}: {}\n", escape(label, ""), escape(value, "  "));
                }
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn list(out: &mut String, marker: &str, items: &[String]) {
    for item in items {
        *out += &format!("{marker}{}\n", escape(item, "  "));
    }
    out.push('\n');
}

/// Escapes what Markdown would read as structure: inline marks everywhere (entities and
/// GitHub's bare-address links too), block marks at the start of a line. A line break (CR, LF
/// or both) becomes a hard break, its next line indented by `indent` so that it continues the
/// same block; nothing around the whole is kept (a break there would be a stray backslash).
fn escape(text: &str, indent: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let lines = text
        .trim()
        .split("\r\n")
        .flat_map(|part| part.split(['\r', '\n']));
    for (n, line) in lines.enumerate() {
        if n > 0 {
            out.push_str("\\\n");
            out.push_str(indent);
        }
        let line = line.trim_start();
        let starts_block = line.starts_with(['#', '-', '+', '=', '>'])
            || line.split_once(['.', ')']).is_some_and(|(digits, _)| {
                !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
            });
        for (i, c) in line.char_indices() {
            let structural = matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '!' | '|' | '~' | '&' | '@'
            );
            // `https://…` and `www.…` would become links on GitHub.
            let address = (c == ':' && line[i..].starts_with("://"))
                || (c == '.'
                    && line
                        .get(i.saturating_sub(3)..i)
                        .is_some_and(|w| w.eq_ignore_ascii_case("www")));
            let first_mark = i == 0 && starts_block && !c.is_ascii_digit();
            let number_mark = starts_block
                && matches!(c, '.' | ')')
                && line[..i].bytes().all(|b| b.is_ascii_digit());
            if structural || address || first_mark || number_mark {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}
