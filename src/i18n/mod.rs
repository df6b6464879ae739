//! German and English texts. Written in `de.rs` and `en.rs`, where a missing question or
//! strategy text is a compile error (exhaustive `match`) and an empty one fails
//! `tests/i18n.rs`. The browser gets them as one file per language, loaded when needed: the
//! second language costs a reader nothing until they switch. A text with values is a pattern
//! filled by a method with typed arguments, so a missing value is a compile error too.
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

// The texts themselves: compiled into native builds (tests, and `examples/texts.rs`, which
// writes them as one language file each for the browser) and into the browser tests. The
// widget's wasm carries neither language; `install` takes the one the reader needs.
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
mod de;
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
mod en;
mod file;
pub mod plan;

use std::cell::OnceCell;

use crate::core::model::{Refusal, Rule};
use crate::core::{Gap, Lang, QUESTIONS, QuestionId, Strategy};
pub use file::{Field, LanguageFileError, Reader, read as read_file};
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
pub use file::{entries, write};

/// Declares a struct of texts that is read from a language file field by field, in the
/// order written here (see `file.rs`): first its plain texts, in one loop, then the `more`
/// fields (lists, nested structs), each by its own type.
macro_rules! texts {
    (
        $(#[$meta:meta])* pub struct $name:ident {
            $($(#[$doc:meta])* $text:ident,)*
        }
        $(more { $($(#[$more_doc:meta])* $more:ident: $ty:ty,)* })?
    ) => {
        $(#[$meta])*
        // In declaration order: the plain texts then lie as the array `read` takes them in.
        #[repr(C)]
        pub struct $name {
            $($(#[$doc])* pub $text: &'static str,)*
            $($($(#[$more_doc])* pub $more: $ty,)*)?
        }

        impl Field for $name {
            #[inline(never)]
            fn read(reader: &mut Reader) -> Self {
                let [$($text,)*] = reader.texts();
                Self { $($text,)* $($($more: Field::read(reader),)*)? }
            }

            #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
            fn write(&self, writer: &mut file::Writer) {
                $(writer.named(stringify!($text), |writer| self.$text.write(writer));)*
                $($(writer.named(stringify!($more), |writer| self.$more.write(writer));)*)?
            }
        }
    };
}

texts! {
    /// One language, as its file holds it.
    pub struct Language {}
    more {
        texts: Texts,
        plan: PlanTexts,
        /// In `QUESTIONS` order.
        questions: &'static [QuestionText],
        /// In `Strategy::ALL` order.
        strategies: &'static [StrategyText],
        /// In `Gap::ALL` order.
        gaps: &'static [GapText],
        /// In `RULES` order.
        rules: &'static [&'static str],
    }
}

texts! {
    pub struct Texts {
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
        /// Shown when the other language's file cannot be loaded (offline, first visit).
        switch_failed,
        storage_unavailable,
        storage_reset,
        storage_unreadable_kept,
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
        reminder_title,
        reminder_lead,
        reminder_with_name,
        reminder_unnamed,
        in_1_week,
        in_2_weeks,
        in_4_weeks,
        copy_offer,
        copy_offer_save,
        copy_offer_close,
    }
    more {
        /// Texts that carry values.
        with: Templates,
    }
}

texts! {
    /// The texts that carry values: patterns whose `{0}`, `{1}` … the method of the same name
    /// fills, each with exactly the values it needs.
    pub struct Templates {
        intro_length,
        progress,
        /// A share as the language writes it: 93% or 93 % (no line break inside).
        share,
        close_call,
        second_plan_title,
        client_numbered,
        /// Under the name field of an unnamed client, when the list shows it by number.
        unnamed_as,
        confirm_delete_client,
        history_entry,
        /// Above an earlier assessment opened from the history.
        past_title,
        /// Filled with the strategy's name.
        trend_rising,
        trend_falling,
        import_done_one,
        import_done,
        import_unreadable,
        /// These three are filled with the decoder's reason.
        import_too_large,
        import_newer,
        import_invalid,
        last_export,
        never_exported,
        /// The trend chart's text alternative: number of checks, first and last date, and
        /// `trend_series` for each strategy.
        trend_chart,
        /// One strategy's first and last share in percent.
        trend_series,
        /// The calendar entry's title: the client's name if the reader ticks the box, else
        /// `reminder_unnamed`.
        reminder_summary,
        /// The calendar entry's text; the page's address follows on its own line.
        reminder_description,
    }
}

fn number(n: usize) -> String {
    n.to_string()
}

impl Templates {
    pub fn intro_length(&self, questions: usize) -> String {
        fill(self.intro_length, &[&number(questions)])
    }
    pub fn progress(&self, n: usize, total: usize) -> String {
        fill(self.progress, &[&number(n), &number(total)])
    }
    pub fn share(&self, percent: u8) -> String {
        fill(self.share, &[&number(percent.into())])
    }
    pub fn close_call(&self, first: &str, second: &str) -> String {
        fill(self.close_call, &[first, second])
    }
    pub fn second_plan_title(&self, strategy: &str) -> String {
        fill(self.second_plan_title, &[strategy])
    }
    pub fn client_numbered(&self, n: usize) -> String {
        fill(self.client_numbered, &[&number(n)])
    }
    pub fn unnamed_as(&self, client: &str) -> String {
        fill(self.unnamed_as, &[client])
    }
    pub fn confirm_delete_client(&self, client: &str) -> String {
        fill(self.confirm_delete_client, &[client])
    }
    pub fn history_entry(&self, date: &str, strategy: &str, share: u8) -> String {
        fill(self.history_entry, &[date, strategy, &self.share(share)])
    }
    pub fn past_title(&self, date: &str) -> String {
        fill(self.past_title, &[date])
    }
    pub fn import_done(&self, clients: usize) -> String {
        match clients {
            1 => self.import_done_one.to_owned(),
            n => fill(self.import_done, &[&number(n)]),
        }
    }
    pub fn import_unreadable(&self, detail: &str) -> String {
        fill(self.import_unreadable, &[detail])
    }
    pub fn trend_chart(&self, checks: usize, from: &str, to: &str, series: &str) -> String {
        fill(self.trend_chart, &[&number(checks), from, to, series])
    }
    pub fn trend_series(&self, strategy: &str, first: u8, last: u8) -> String {
        fill(
            self.trend_series,
            &[strategy, &number(first.into()), &number(last.into())],
        )
    }
    pub fn reminder_summary(&self, client: &str) -> String {
        fill(self.reminder_summary, &[client])
    }
    pub fn reminder_description(&self, strategy: &str) -> String {
        fill(self.reminder_description, &[strategy])
    }
    /// The date of the last export, or that there was none.
    pub fn last_export(&self, date: Option<&str>) -> String {
        filled_or(date, self.last_export, self.never_exported)
    }
}

/// `pattern` with each `{0}` … `{9}` replaced by that value, in one pass: a value that
/// itself looks like a placeholder goes in as it is.
pub fn fill(pattern: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let value = match rest.as_bytes().get(start + 1..start + 3) {
            Some(&[digit @ b'0'..=b'9', b'}']) => values.get(usize::from(digit - b'0')),
            _ => None,
        };
        match value {
            Some(value) => {
                out.push_str(value);
                rest = &rest[start + 3..];
            }
            None => {
                out.push('{');
                rest = &rest[start + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

texts! {
    pub struct AnswerText {
        label,
        /// The answer as a sentence about the user's situation, for the "why" list.
        reason,
    }
}

texts! {
    pub struct QuestionText {
        prompt,
    }
    more {
        answers: &'static [AnswerText],
    }
}

texts! {
    pub struct StrategyText {
        name,
        /// Two sentences, true to the article. The first stands alone: the result leads with it.
        summary,
    }
    more {
        plan: &'static [&'static str],
    }
}

impl StrategyText {
    /// The summary's first sentence, for the top of the result.
    pub fn lead(&self) -> &'static str {
        self.summary
            .find(". ")
            .map_or(self.summary, |end| &self.summary[..=end])
    }
}

texts! {
    /// Texts of the plan builders and of the plan document.
    pub struct PlanTexts {
        steps_heading,
        revisit_heading,
        revisit,
        /// The builder's heading: the reader fills in the list for their client.
        options_heading,
        /// The document's heading, naming the client when the reader named them.
        options_for,
        options_for_unnamed,
        goodwill_default,
        second_option_default,
        option_label,
        add_option,
        remove_option,
        /// The folded builders' titles: what the reader prepares there.
        prepare_options,
        prepare_letter,
        talk_heading,
        record_heading,
        /// The written record to the client, in the client register: greeting, lead-in.
        record_greeting,
        record_greeting_unnamed,
        record_intro,
        record_closing,
        sign_off,
        /// Fill-in markers for the sender's name, signature and the letter's date.
        sender,
        letter_sender,
        letter_date,
        meeting_date,
        participants,
        chosen_option,
        /// The radio that marks the option the client chose.
        client_chose,
        deadlines,
        next_steps,
        checklist_heading,
        /// Ending a contract is a legal act: a short, plain pointer, not legal advice.
        legal_note,
        letter_heading,
        contract_reference,
        end_date,
        letter_subject,
        letter_greeting,
        letter_greeting_unnamed,
        letter_notice,
        /// Matches the greeting: "Dear Sir or Madam" closes with "Yours faithfully".
        letter_sign_off,
        letter_sign_off_unnamed,
        to_fill,
        /// The title of each plan's folded document; a close call has two.
        document_heading,
        copy,
        copied,
        copy_failed,
        download,
        print,
    }
    more {
        talk_guide: &'static [&'static str],
        exit_checklist: &'static [&'static str],
        letter_body: &'static [&'static str],
    }
}

impl PlanTexts {
    pub fn options_for(&self, client: Option<&str>) -> String {
        filled_or(client, self.options_for, self.options_for_unnamed)
    }
    pub fn option_label(&self, n: usize) -> String {
        fill(self.option_label, &[&number(n)])
    }
    pub fn remove_option(&self, n: usize) -> String {
        fill(self.remove_option, &[&number(n)])
    }
    pub fn record_greeting(&self, client: Option<&str>) -> String {
        filled_or(client, self.record_greeting, self.record_greeting_unnamed)
    }
    pub fn letter_greeting(&self, client: Option<&str>) -> String {
        filled_or(client, self.letter_greeting, self.letter_greeting_unnamed)
    }
    pub fn letter_notice(&self, reference: &str, end: &str) -> String {
        fill(self.letter_notice, &[reference, end])
    }
    pub fn letter_sign_off(&self, client: Option<&str>) -> String {
        filled_or(client, self.letter_sign_off, self.letter_sign_off_unnamed)
    }
    pub fn document_heading(&self, strategy: &str) -> String {
        fill(self.document_heading, &[strategy])
    }
}

/// `pattern` filled with the value (a client's name, a date), or the text for when there is none.
fn filled_or(value: Option<&str>, pattern: &str, without: &str) -> String {
    match value {
        Some(value) => fill(pattern, &[value]),
        None => without.to_owned(),
    }
}

texts! {
    pub struct GapText {
        missing,
        fix,
    }
}

/// Every rule, in the order of a language file's `rules`.
pub const RULES: [Rule; 4] = [
    Rule::Threats,
    Rule::MediationRefusedAndTimeDrain(Refusal::Offer),
    Rule::MediationRefusedAndTimeDrain(Refusal::Talk),
    Rule::MediationRefusedAndTimeDrain(Refusal::Both),
];

thread_local! {
    /// The languages read so far; each is read once and kept for the page's lifetime.
    static INSTALLED: [OnceCell<&'static Language>; 2] = const { [OnceCell::new(), OnceCell::new()] };
}

/// Reads `file` (made by `examples/texts.rs`) as `lang`'s texts. The file is kept for the
/// page's lifetime: every text borrows from it.
pub fn install(lang: Lang, file: String) -> Result<(), LanguageFileError> {
    // Checked before the file is kept: whatever else answers under its name is not.
    if !file.starts_with(file::HEADER) {
        return Err(LanguageFileError::Foreign);
    }
    let language = file::read(lang, file.leak())?;
    INSTALLED.with(|all| {
        let _ = all[lang as usize].set(Box::leak(Box::new(language)));
    });
    Ok(())
}

/// Whether `lang`'s texts are there; builds that carry the texts install them here.
pub fn is_installed(lang: Lang) -> bool {
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
    if INSTALLED.with(|all| all[lang as usize].get().is_none()) {
        install(lang, write(lang)).expect("the bundled texts read back");
    }
    INSTALLED.with(|all| all[lang as usize].get().is_some())
}

/// `lang`'s texts. The widget renders a language only after installing it; builds that carry
/// the texts install them here on first use.
pub fn language(lang: Lang) -> &'static Language {
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
    is_installed(lang);
    INSTALLED
        .with(|all| all[lang as usize].get().copied())
        .expect("language installed before use")
}

pub fn texts(lang: Lang) -> &'static Texts {
    &language(lang).texts
}

pub fn plan_texts(lang: Lang) -> &'static PlanTexts {
    &language(lang).plan
}

pub fn question(lang: Lang, id: QuestionId) -> &'static QuestionText {
    let index = QUESTIONS.iter().position(|q| q.id == id).unwrap_or(0);
    &language(lang).questions[index]
}

pub fn strategy(lang: Lang, strategy: Strategy) -> &'static StrategyText {
    &language(lang).strategies[strategy as usize]
}

pub fn gap(lang: Lang, gap: Gap) -> &'static GapText {
    &language(lang).gaps[gap as usize]
}

pub fn rule(lang: Lang, rule: Rule) -> &'static str {
    let index = RULES.iter().position(|r| *r == rule).unwrap_or(0);
    language(lang).rules[index]
}

/// A date from `Platform::local_date` (`2026-11-30`) as the reader's locale writes it short:
/// 30.11.2026 or 30 Nov 2026. Anything else is kept as it is.
pub fn short_date(lang: Lang, iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // Parsed as u16 as before, written as u32: each integer type written is its own code.
    let parts: Vec<u32> = iso
        .split('-')
        .filter_map(|p| p.parse::<u16>().ok().map(u32::from))
        .collect();
    match (lang, parts.as_slice()) {
        (Lang::De, &[year, month @ 1..=12, day]) => format!("{day:02}.{month:02}.{year}"),
        (Lang::En, &[year, month @ 1..=12, day]) => {
            format!("{day}\u{a0}{}\u{a0}{year}", MONTHS[month as usize - 1])
        }
        _ => iso.to_owned(),
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
