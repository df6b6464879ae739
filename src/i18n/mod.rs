//! German and English texts. A missing question or strategy text is a compile error
//! (exhaustive `match`); an empty one fails `tests/i18n.rs`. A text with values is a function
//! with typed arguments, so a missing value is a compile error too.
//!
//! Glossary — one term per concept, in both languages:
//!
//! | concept                      | Deutsch                      | English                   |
//! |------------------------------|------------------------------|---------------------------|
//! | the three strategies         | Abschalten, Vermitteln, Beenden | Detach, Mediate, End it |
//! | one proposal in the list     | Lösungsvorschlag (Vorschlag) | solution                  |
//! | the goodwill proposal        | Kulanzangebot                | goodwill offer            |
//! | dates the work must meet     | Deadline                     | deadline                  |
//! | intermediate steps           | Zwischenschritt              | milestone                 |
//! | the written summary of a talk | schriftliche Zusammenfassung | written record           |
//! | what the two sides agreed    | Vereinbarung (Vertrag if signed) | agreement (contract if signed) |
//! | one run of the questionnaire | Einschätzung                 | assessment (check)        |
//!
//! Register: the widget speaks to the reader with *du*, as the article does; every document
//! the reader sends to the client (written record, notice letter) uses *Sie*.

mod de;
mod en;
pub mod plan;

use crate::core::model::Rule;
use crate::core::{Gap, Lang, QuestionId, Strategy};

/// Declares the plain UI texts once, with a way to list them all for the completeness test.
macro_rules! ui_texts {
    ($($field:ident),* $(,)?) => {
        pub struct Texts {
            $(pub $field: &'static str,)*
            /// Texts that carry values.
            pub with: &'static Templates,
        }

        impl Texts {
            /// Every plain text with its key, for tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field),)*]
            }
        }
    };
}

ui_texts! {
    lang_name,
    widget_title,
    intro_lead,
    intro_privacy,
    intro_privacy_unsaved,
    start,
    resume,
    back,
    next,
    to_review,
    answer_missing,
    review_title,
    review_lead,
    change,
    show_result,
    back_to_review,
    result_kicker,
    first_step,
    scores_title,
    why_title,
    against_title,
    gaps_title,
    gaps_none,
    plan_title,
    restart,
    switch_language,
    storage_unavailable,
    storage_reset,
    storage_full,
    storage_newer,
    storage_too_large,
    download_backup,
    my_data,
    nothing_stored,
    clients_title,
    client_label,
    client_hint,
    client_add,
    client_delete,
    confirm_yes,
    cancel,
    history_title,
    history_empty,
    history_lead,
    back_to_start,
    data_title,
    data_note,
    export,
    import,
    delete_all,
    confirm_delete_all,
    data_kept,
    data_may_go,
    copy_offer,
    copy_offer_save,
    copy_offer_close,
}

/// The texts that carry values: each a function of exactly the values it needs.
pub struct Templates {
    pub intro_length: fn(questions: usize) -> String,
    pub progress: fn(n: usize, total: usize) -> String,
    /// A share as the language writes it: 93% or 93 % (no line break inside).
    pub share: fn(percent: u8) -> String,
    pub close_call: fn(first: &str, second: &str) -> String,
    pub second_plan_title: fn(strategy: &str) -> String,
    pub client_numbered: fn(n: usize) -> String,
    /// Under the name field of an unnamed client, when the list shows it by number.
    pub unnamed_as: fn(client: &str) -> String,
    pub confirm_delete_client: fn(client: &str) -> String,
    pub history_entry: fn(date: &str, strategy: &str, share: u8) -> String,
    /// Above an earlier assessment opened from the history.
    pub past_title: fn(date: &str) -> String,
    pub trend_rising: fn(strategy: &str) -> String,
    pub trend_falling: fn(strategy: &str) -> String,
    pub import_done: fn(clients: usize) -> String,
    pub import_unreadable: fn(detail: &str) -> String,
    pub import_too_large: fn(detail: &str) -> String,
    pub import_newer: fn(detail: &str) -> String,
    pub import_invalid: fn(detail: &str) -> String,
    /// The date of the last export, or that there was none.
    pub last_export: fn(date: Option<&str>) -> String,
}

pub struct AnswerText {
    pub label: &'static str,
    /// The answer as a sentence about the user's situation, for the "why" list.
    pub reason: &'static str,
}

pub struct QuestionText {
    pub prompt: &'static str,
    pub answers: &'static [AnswerText],
}

pub struct StrategyText {
    pub name: &'static str,
    /// Two sentences, true to the article. The first stands alone: the result leads with it.
    pub summary: &'static str,
    pub plan: &'static [&'static str],
}

impl StrategyText {
    /// The summary's first sentence, for the top of the result.
    pub fn lead(&self) -> &'static str {
        self.summary
            .find(". ")
            .map_or(self.summary, |end| &self.summary[..=end])
    }
}

/// Texts of the plan builders and of the plan document.
pub struct PlanTexts {
    pub steps_heading: &'static str,
    pub revisit_heading: &'static str,
    pub revisit: &'static str,
    /// The builder's heading: the reader fills in the list for their client.
    pub options_heading: &'static str,
    /// The document's heading, naming the client when the reader named them.
    pub options_for: fn(client: Option<&str>) -> String,
    pub goodwill_default: &'static str,
    pub second_option_default: &'static str,
    pub option_label: fn(n: usize) -> String,
    pub add_option: &'static str,
    pub remove_option: fn(n: usize) -> String,
    /// The folded builders' titles: what the reader prepares there.
    pub prepare_options: &'static str,
    pub prepare_letter: &'static str,
    pub talk_heading: &'static str,
    pub talk_guide: &'static [&'static str],
    pub record_heading: &'static str,
    /// The written record to the client, in the client register: greeting, lead-in.
    pub record_greeting: fn(client: Option<&str>) -> String,
    pub record_intro: &'static str,
    pub record_closing: &'static str,
    pub sign_off: &'static str,
    /// Fill-in markers for the sender's name, signature and the letter's date.
    pub sender: &'static str,
    pub letter_sender: &'static str,
    pub letter_date: &'static str,
    pub meeting_date: &'static str,
    pub participants: &'static str,
    pub chosen_option: &'static str,
    /// The radio that marks the option the client chose.
    pub client_chose: &'static str,
    pub deadlines: &'static str,
    pub next_steps: &'static str,
    pub checklist_heading: &'static str,
    pub exit_checklist: &'static [&'static str],
    /// Ending a contract is a legal act: a short, plain pointer, not legal advice.
    pub legal_note: &'static str,
    pub letter_heading: &'static str,
    pub contract_reference: &'static str,
    pub end_date: &'static str,
    pub letter_subject: &'static str,
    pub letter_greeting: fn(client: Option<&str>) -> String,
    pub letter_notice: fn(reference: &str, end: &str) -> String,
    pub letter_body: &'static [&'static str],
    /// Matches the greeting: "Dear Sir or Madam" closes with "Yours faithfully".
    pub letter_sign_off: fn(client: Option<&str>) -> &'static str,
    pub to_fill: &'static str,
    /// The title of each plan's folded document; a close call has two.
    pub document_heading: fn(strategy: &str) -> String,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub download: &'static str,
    pub print: &'static str,
}

pub fn plan_texts(lang: Lang) -> &'static PlanTexts {
    match lang {
        Lang::De => &de::PLAN,
        Lang::En => &en::PLAN,
    }
}

pub struct GapText {
    pub missing: &'static str,
    pub fix: &'static str,
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::De => &de::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

pub fn question(lang: Lang, id: QuestionId) -> QuestionText {
    match lang {
        Lang::De => de::question(id),
        Lang::En => en::question(id),
    }
}

pub fn strategy(lang: Lang, strategy: Strategy) -> StrategyText {
    match lang {
        Lang::De => de::strategy(strategy),
        Lang::En => en::strategy(strategy),
    }
}

pub fn gap(lang: Lang, gap: Gap) -> GapText {
    match lang {
        Lang::De => de::gap(gap),
        Lang::En => en::gap(gap),
    }
}

/// A date from `Platform::local_date` (`2026-11-30`) as the reader's locale writes it short:
/// 30.11.2026 or 30 Nov 2026. Anything else is kept as it is.
pub fn short_date(lang: Lang, iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<u16> = iso.split('-').filter_map(|p| p.parse().ok()).collect();
    match (lang, parts.as_slice()) {
        (Lang::De, &[year, month @ 1..=12, day]) => format!("{day:02}.{month:02}.{year}"),
        (Lang::En, &[year, month @ 1..=12, day]) => {
            format!("{day}\u{a0}{}\u{a0}{year}", MONTHS[usize::from(month) - 1])
        }
        _ => iso.to_owned(),
    }
}

pub fn rule(lang: Lang, rule: Rule) -> &'static str {
    match lang {
        Lang::De => de::rule(rule),
        Lang::En => en::rule(rule),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_dates_are_written_as_the_locale_writes_them() {
        assert_eq!(short_date(Lang::De, "2026-11-05"), "05.11.2026");
        assert_eq!(short_date(Lang::En, "2026-11-30"), "30\u{a0}Nov\u{a0}2026");
        assert_eq!(short_date(Lang::En, "not a date"), "not a date");
    }

    #[test]
    fn every_lead_is_the_first_sentence_of_its_summary() {
        for lang in [Lang::De, Lang::En] {
            for s in [Strategy::Detach, Strategy::Mediate, Strategy::Terminate] {
                let text = strategy(lang, s);
                assert!(text.lead().ends_with('.'), "{}", text.lead());
                assert!(text.lead().len() < text.summary.len(), "{}", text.summary);
                assert!(text.summary.starts_with(text.lead()));
            }
        }
    }
}
