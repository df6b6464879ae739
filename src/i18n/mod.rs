//! German and English texts. A missing question or strategy text is a compile error
//! (exhaustive `match`); an empty one fails `tests/i18n.rs`.

mod de;
mod en;
pub mod plan;

use crate::core::model::Rule;
use crate::core::{Gap, Lang, QuestionId, Strategy};

/// Declares the UI texts once, with a way to list them all for the completeness test.
macro_rules! ui_texts {
    ($($field:ident),* $(,)?) => {
        pub struct Texts {
            $(pub $field: &'static str,)*
        }

        impl Texts {
            /// Every text with its key, for tests.
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
    intro_length,
    start,
    resume,
    progress,
    back,
    next,
    to_review,
    answer_missing,
    review_title,
    review_lead,
    change,
    show_result,
    result_kicker,
    scores_title,
    scores_summary,
    why_title,
    close_call,
    gaps_title,
    gaps_none,
    plan_title,
    second_plan_title,
    restart,
    switch_language,
    storage_unavailable,
    storage_reset,
    storage_full,
    download_backup,
    clients_title,
    client_label,
    client_unnamed,
    client_numbered,
    client_add,
    client_delete,
    confirm_delete_client,
    confirm_yes,
    cancel,
    history_title,
    history_empty,
    history_entry,
    trend_rising,
    trend_falling,
    data_title,
    export,
    import,
    delete_all,
    confirm_delete_all,
    import_done,
    import_unreadable,
    import_too_large,
    import_newer,
    import_invalid,
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
    /// Two sentences, true to the article.
    pub summary: &'static str,
    pub plan: &'static [&'static str],
}

/// Texts of the plan builders and of the plan document.
pub struct PlanTexts {
    pub steps_heading: &'static str,
    pub revisit_heading: &'static str,
    pub revisit: &'static str,
    pub options_heading: &'static str,
    pub goodwill_default: &'static str,
    pub second_option_default: &'static str,
    pub option_label: &'static str,
    pub add_option: &'static str,
    pub remove_option: &'static str,
    pub talk_heading: &'static str,
    pub talk_guide: &'static [&'static str],
    pub record_heading: &'static str,
    pub record_intro: &'static str,
    pub record_closing: &'static str,
    pub meeting_date: &'static str,
    pub participants: &'static str,
    pub chosen_option: &'static str,
    pub deadlines: &'static str,
    pub next_steps: &'static str,
    pub checklist_heading: &'static str,
    pub exit_checklist: &'static [&'static str],
    pub letter_heading: &'static str,
    pub contract_reference: &'static str,
    pub end_date: &'static str,
    pub letter: &'static str,
    pub to_fill: &'static str,
    pub document_heading: &'static str,
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

pub fn rule(lang: Lang, rule: Rule) -> &'static str {
    match lang {
        Lang::De => de::rule(rule),
        Lang::En => en::rule(rule),
    }
}

/// Fills `{name}` placeholders; texts stay plain strings without a formatting library.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}
