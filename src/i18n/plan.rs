//! The plan as a document: what the screen shows, and what "copy", "download" and "print" hand
//! over. Built as blocks, so the screen renders real headings and lists and the Markdown copy
//! escapes every text; pure Rust, so the exact text is tested natively.

use super::{advice as advice_texts, fill, plan_texts, strategy as strategy_text};
use crate::core::advice::{Advice, Ending, Goodwill, Letters, Notice, Plan};
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

/// The option list as the reader sees it: their own, or the defaults with a goodwill offer that
/// fits the dispute (`Goodwill`): no free extra work for a client who already takes much more
/// time than they pay for, no discount where nobody finds fault with the work. The defaults are
/// examples in brackets, to be replaced like every placeholder: never an offer sent unread.
pub fn options(lang: Lang, notes: &PlanNotes, goodwill: Goodwill) -> Vec<String> {
    if notes.options.is_empty() {
        let t = plan_texts(lang);
        let defaults = match goodwill {
            Goodwill::Rework => [t.goodwill_default, t.second_option_default],
            Goodwill::Discount => [t.goodwill_default_time, t.second_option_default_time],
            Goodwill::PartFree => [t.goodwill_default_part, t.second_option_default_part],
            Goodwill::WaiveExtras => [t.goodwill_default_extras, t.second_option_default_extras],
            Goodwill::PaymentTerms => [t.goodwill_default_terms, t.second_option_default_terms],
            Goodwill::OpenAmount => [t.goodwill_default_open, t.second_option_default_open],
        };
        defaults.map(str::to_owned).to_vec()
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
            // Day and month stay on one line.
            (Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) => match lang {
                Lang::De => format!("{day}.\u{a0}{} {year}", MONTHS[0][month - 1]),
                Lang::En => format!("{day}\u{a0}{} {year}", MONTHS[1][month - 1]),
            },
            _ => value.to_owned(),
        },
        _ => value.to_owned(),
    }
}

/// What the reader typed, or the placeholder that tells them to fill it in before sending.
fn or_blank(value: &str, blank: &str) -> String {
    let value = value.trim();
    if value.is_empty() { blank } else { value }.to_owned()
}

fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|&item| item.to_owned()).collect()
}

/// The plan's title: the strategy's name, or the safety plan's own.
pub fn plan_title(lang: Lang, strategy: Strategy, plan: Plan) -> &'static str {
    match plan {
        Plan::Safety => advice_texts(lang).safety_title,
        _ => strategy_text(lang, strategy).name,
    }
}

/// The whole plan for one strategy, fitted to the answers (`advice`), with what the reader
/// typed into its builder.
pub fn document(
    lang: Lang,
    strategy: Strategy,
    advice: &Advice,
    client: ClientName,
    notes: &PlanNotes,
) -> Vec<Block> {
    let t = plan_texts(lang);
    let a = advice_texts(lang);
    let mut fill_in_at = None;
    let mut blocks = vec![Block::Title(format!(
        "{} – {}",
        plan_title(lang, strategy, advice.plan),
        client.shown
    ))];
    // What leaves the page (copy, download, print) says it is not legal advice too.
    blocks.extend(
        a.legal_line(advice)
            .map(|line| Block::Paragraph(line.to_owned())),
    );
    blocks.extend([
        Block::Paragraph(a.lead(advice.lead).to_owned()),
        Block::Heading(t.steps_heading.to_owned()),
        Block::Numbered(
            advice
                .steps
                .iter()
                .map(|shown| a.step(shown.step).to_owned())
                .collect(),
        ),
    ]);
    // Settled, in writing and working: nothing to offer, nothing to record again.
    if strategy == Strategy::Mediate && !advice.settled {
        let options = options(lang, notes, advice.goodwill);
        // An example the reader never replaced is no agreed solution (editor, round 14).
        let examples = self::options(lang, &PlanNotes::default(), advice.goodwill);
        let chosen = notes
            .chosen
            .and_then(|i| options.get(i))
            .filter(|o| !o.trim().is_empty() && !examples.contains(o))
            .map_or_else(|| t.blank_chosen.to_owned(), Clone::clone);
        let date = or_blank(&written_date(lang, &notes.meeting_date), t.blank_date);
        fill_in_at = Some(blocks.len());
        blocks.push(Block::Paragraph(String::new()));
        // Once a solution is agreed, what is left is to record it, not to choose one. The offer
        // goes out as a letter: the goodwill caveat and the deadline hold for every option.
        if !advice.agreed {
            // With a complaint: no liability admitted and no blanket promise to put defects right
            // beside the offer, which would undo the settlement; a remedy for defects is one of
            // the options (editor, round 14). The settlement line is optional either way.
            let (intro, settles) = if advice.complaints {
                (t.offer_intro_owed, t.offer_settles_complaints)
            } else {
                (t.offer_intro_terms, t.offer_settles)
            };
            blocks.extend([
                Block::Heading(t.options_for(client.label)),
                Block::Paragraph(t.offer_subject.to_owned()),
                Block::Paragraph(t.greeting.to_owned()),
                Block::Paragraph(intro.to_owned()),
                Block::Numbered(options.iter().map(|o| or_blank(o, t.blank)).collect()),
                Block::Paragraph(settles.to_owned()),
                Block::Paragraph(t.offer_discount_paid_by.to_owned()),
                Block::Paragraph(t.offer_deadline()),
                Block::Paragraph(t.sign_off.to_owned()),
                Block::Paragraph(t.blank_sender.to_owned()),
            ]);
        }
        // A guide only for a talk to come.
        if advice.call {
            blocks.extend([
                Block::Heading(t.talk_heading.to_owned()),
                Block::Bullets(talk_guide(t, advice.complaints)),
            ]);
        }
        // Without a talk, past or to come, a choice made in writing is confirmed, not summed up
        // as a conversation.
        let confirmation = !advice.talked && !advice.call;
        let mut fields = vec![
            (t.meeting_date.to_owned(), date.clone()),
            (
                t.participants.to_owned(),
                or_blank(&notes.participants, t.blank),
            ),
            (t.chosen_option.to_owned(), chosen),
            (t.deadlines.to_owned(), or_blank(&notes.deadlines, t.blank)),
            (
                t.next_steps.to_owned(),
                or_blank(&notes.next_steps, t.blank),
            ),
        ];
        if confirmation {
            fields.drain(..2);
        }
        let (subject, intro) = if confirmation {
            (t.confirm_subject.to_owned(), t.confirm_intro)
        } else {
            (t.record_subject(&date), t.record_intro)
        };
        blocks.extend([
            Block::Heading(
                if confirmation {
                    t.confirm_heading
                } else {
                    t.record_heading
                }
                .to_owned(),
            ),
            Block::Paragraph(subject),
            Block::Paragraph(t.greeting.to_owned()),
            Block::Paragraph(intro.to_owned()),
            Block::Fields(fields),
        ]);
        // Only "if applicable": the agreed solution may be a defect put right, which is owed,
        // not goodwill (editors, rounds 8 and 9).
        if advice.complaints {
            blocks.push(Block::Paragraph(format!(
                "{} {}",
                t.goodwill_caveat, t.settled_line
            )));
        }
        blocks.extend([
            Block::Paragraph(t.record_closing()),
            Block::Paragraph(t.sign_off.to_owned()),
            Block::Paragraph(t.blank_sender.to_owned()),
        ]);
    }
    if let Some(letters) = advice.letters {
        blocks.push(Block::Paragraph(t.legal_note_for(letters).to_owned()));
        fill_in_at = Some(blocks.len());
        blocks.push(Block::Paragraph(String::new()));
        // First the proposal to end it by mutual consent (for a Werkvertrag without a
        // termination clause often the safer way), then the notice should it be refused. A small
        // job gets only the proposal to close it as it stands: ordinary notice is rarely open.
        if letters.ending != Ending::Contract {
            blocks.push(Block::Heading(
                match (letters.ending, letters.notice) {
                    (_, Notice::ForCause) => t.end_contact_heading,
                    (Ending::Claim, _) => t.claim_heading,
                    _ => t.close_heading,
                }
                .to_owned(),
            ));
            blocks.extend(delivered_letter(lang, letters, client, notes));
        } else if letters.small_job {
            blocks.push(Block::Heading(t.small_heading.to_owned()));
            blocks.extend(small_job_letter(lang, letters, client, notes));
        } else {
            if letters.mutual {
                blocks.push(Block::Heading(t.mutual_heading.to_owned()));
                blocks.extend(letter(lang, letters, client, notes, true));
                blocks.push(Block::Heading(t.notice_heading.to_owned()));
            } else {
                blocks.push(Block::Heading(t.letter_heading.to_owned()));
            }
            blocks.extend(letter(lang, letters, client, notes, false));
        }
    }
    // The instruction above the letters names what they really hold: an example placeholder
    // of theirs, and the optional sentences only where there are some (editor, round 6).
    if let Some(at) = fill_in_at {
        let below = plain_text(&blocks[at + 1..]);
        let mut text = t.fill_in(example_placeholder(&below).unwrap_or(t.blank));
        if below.contains(t.if_applicable) || below.contains(t.only_if_checked) {
            text = format!("{text} {}", t.fill_in_optional);
        }
        blocks[at] = Block::Paragraph(text);
    }
    blocks
}

/// The first placeholder in `text` that is one to fill in, like [PROJEKT]: capitals only, not
/// an optional sentence's label nor an example with lower-case words.
fn example_placeholder(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(start) = rest.find('[') {
        let end = start + rest[start..].find(']')?;
        let inner = &rest[start + 1..end];
        let capitals = inner
            .chars()
            .all(|c| c.is_ascii_uppercase() || matches!(c, 'Ä' | 'Ö' | 'Ü' | ' ' | '-' | '’'));
        if capitals && inner.len() > 1 {
            return Some(&rest[start..=end]);
        }
        rest = &rest[end + 1..];
    }
    None
}

/// The talk guide; after a dispute about the work, the question whether the solution settles
/// every complaint comes before the promise of a summary (no complaints to settle where the
/// client has none: coach, round 11).
fn talk_guide(t: &super::PlanTexts, complaints: bool) -> Vec<String> {
    let mut guide = owned(t.talk_guide);
    if complaints {
        guide.insert(guide.len() - 1, t.talk_settles.to_owned());
    }
    guide
}

/// The proposal to close a small job at its current stage: hand over, final invoice, no more work.
fn small_job_letter(
    lang: Lang,
    letters: Letters,
    client: ClientName,
    notes: &PlanNotes,
) -> Vec<Block> {
    let t = plan_texts(lang);
    let reference = or_blank(&notes.contract_reference, t.blank_reference);
    let mut body = letter_head(t, letters, client, t.subject(t.small_subject, &reference));
    body.extend([
        fill(t.small_proposal, &[&reference]),
        if letters.prepaid {
            t.small_settle_advance
        } else {
            t.small_invoice
        }
        .to_owned(),
        t.letter_rights.to_owned(),
        t.mutual_confirm(),
    ]);
    if letters.thanks {
        body.push(t.letter_thanks.to_owned());
    }
    body.extend([t.sign_off.to_owned(), t.blank_sender.to_owned()]);
    body.into_iter().map(Block::Paragraph).collect()
}

/// The opening of every letter to the client, in the order of a business letter: sender,
/// recipient, place and date, subject, greeting. A client who threatens must not learn a home
/// address from it (editor, round 11).
fn letter_head(
    t: &super::PlanTexts,
    letters: Letters,
    client: ClientName,
    subject: String,
) -> Vec<String> {
    let sender = if letters.notice == Notice::ForCause {
        t.blank_sender_block_safe
    } else {
        t.blank_sender_block
    };
    vec![
        sender.to_owned(),
        format!(
            "{}\n{}",
            client.label.unwrap_or(t.blank_name),
            t.blank_address
        ),
        t.blank_place_date.to_owned(),
        subject,
        t.greeting.to_owned(),
    ]
}

/// The letter for a delivered job, where no contract is left to end: unpaid, a payment
/// reminder; paid, the job closed. To a client who threatens it also ends the contact: no
/// further orders, writing only.
fn delivered_letter(
    lang: Lang,
    letters: Letters,
    client: ClientName,
    notes: &PlanNotes,
) -> Vec<Block> {
    let t = plan_texts(lang);
    let reference = or_blank(&notes.contract_reference, t.blank_reference);
    let claim = letters.ending == Ending::Claim;
    let subject = if claim {
        t.claim_subject
    } else {
        t.close_subject
    };
    let mut body = letter_head(t, letters, client, t.subject(subject, &reference));
    if claim {
        body.extend([
            t.claim_amount(&reference),
            t.claim_deadline.to_owned(),
            t.claim_offer_lapsed.to_owned(),
            t.claim_next.to_owned(),
        ]);
    } else {
        body.extend([t.close_done(&reference), t.close_defects.to_owned()]);
    }
    if letters.notice == Notice::ForCause {
        body.extend([t.no_new_orders.to_owned(), t.letter_in_writing()]);
    } else if !claim {
        body.extend([t.no_new_orders.to_owned(), t.letter_contact()]);
        // Thanks only for a closed job: not in a demand for money owed.
        if letters.thanks {
            body.push(t.letter_thanks.to_owned());
        }
    }
    body.extend([t.sign_off.to_owned(), t.blank_sender.to_owned()]);
    body.into_iter().map(Block::Paragraph).collect()
}

/// A letter that ends the relationship: the notice, or (`mutual`) the proposal to end it by
/// mutual consent. In the order of a business letter: sender, recipient, place and date,
/// subject, greeting, body, closing, sender's name.
fn letter(
    lang: Lang,
    letters: Letters,
    client: ClientName,
    notes: &PlanNotes,
    mutual: bool,
) -> Vec<Block> {
    let t = plan_texts(lang);
    let reference = or_blank(&notes.contract_reference, t.blank_reference);
    let end = or_blank(&written_date(lang, &notes.end_date), t.blank_end_date);
    let for_cause = letters.notice == Notice::ForCause;
    let subject = match (mutual, for_cause) {
        (true, _) => t.mutual_subject,
        (false, true) => t.letter_subject_for_cause,
        (false, false) => t.letter_subject,
    };
    let mut body = letter_head(t, letters, client, t.subject(subject, &reference));
    if for_cause {
        // To a client who threatens: the notice, the invoice, writing only. No thanks, no
        // promise of further work.
        body.extend([
            t.letter_notice_for_cause(&reference),
            if letters.prepaid {
                t.letter_settle_advance_for_cause
            } else {
                t.letter_invoice_for_cause
            }
            .to_owned(),
            t.letter_in_writing(),
        ]);
    } else {
        body.push(if mutual {
            t.mutual_proposal(&reference, &end)
        } else {
            t.letter_notice(&reference, &end)
        });
        body.push(
            if letters.written_terms {
                t.letter_until_end
            } else {
                t.letter_until_end_open
            }
            .to_owned(),
        );
        body.extend([
            if letters.prepaid {
                t.letter_settle_advance
            } else {
                t.letter_invoice
            }
            .to_owned(),
            if letters.payment_first {
                t.letter_handover_after_payment
            } else {
                t.letter_handover
            }
            .to_owned(),
            // Optional, like the handover: not every job leaves results with rights of use.
            t.letter_rights.to_owned(),
            if mutual {
                t.mutual_confirm()
            } else {
                t.letter_confirm.to_owned()
            },
            t.letter_contact(),
        ]);
        if letters.thanks {
            body.push(t.letter_thanks.to_owned());
        }
    }
    body.extend([t.sign_off.to_owned(), t.blank_sender.to_owned()]);
    body.into_iter().map(Block::Paragraph).collect()
}

/// Plain text for the clipboard, as an email takes it: headings as lines of their own right
/// above what they head, lists as "1." and "- ", a blank line between blocks.
pub fn plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading(text) => {
                out += text;
                out.push('\n');
                continue;
            }
            Block::Title(text) | Block::Paragraph(text) => {
                out += text;
                out.push('\n');
            }
            Block::Numbered(items) => {
                for (i, item) in items.iter().enumerate() {
                    out += &format!("{}. {item}\n", i + 1);
                }
            }
            Block::Bullets(items) => {
                for item in items {
                    out += &format!("- {item}\n");
                }
            }
            Block::Fields(fields) => {
                for (label, value) in fields {
                    out += &format!("- {label}: {value}\n");
                }
            }
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Markdown for the download. Every text is escaped, so that a label such
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
