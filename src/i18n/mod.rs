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
//! | the three strategies         | Abschalten, Verhandeln, Beenden | Detach, Negotiate, End it |
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

use crate::core::advice::{Advice, Ending, Lead, Letters, Notice, Step, tipping_answers};
use crate::core::model::{Refusal, Rule};
use crate::core::schema::ImportSummary;
use crate::core::{Answers, Assessment, assess};
use crate::core::{Gap, Lang, QUESTIONS, QuestionId, Strategy};
pub use file::{Field, LanguageFileError, Reader, read as read_file};
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
pub use file::{answer_text_ids, entries, write};

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
        advice: AdviceTexts,
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
        gaps_title,
        gaps_none,
        plan_title,
        /// Over the plan where the first step is its only one.
        plan_title_single,
        restart,
        switch_language,
        /// Shown when the other language's file cannot be loaded (offline, first visit).
        switch_failed,
        storage_unavailable,
        storage_reset,
        storage_unreadable_kept,
        storage_full,
        storage_newer,
        /// Found again after a reload: the reader is not asked to reload again.
        storage_newer_not_loaded,
        storage_too_large,
        storage_unwritable,
        storage_copy_full,
        storage_deleted_elsewhere,
        storage_backup_kept,
        download_backup,
        delete_backups,
        confirm_delete_backups,
        my_data,
        nothing_stored,
        /// Under a notice about stored data this version cannot open (a newer version's, or
        /// unreadable data kept): something is stored, just nothing shown here.
        nothing_readable,
        clients_title,
        client_label,
        client_hint,
        client_add,
        confirm_yes,
        cancel,
        /// Before an import that would replace or delete clients here: the question opens
        /// with this, then `import_would_replace` and `import_would_remove` (templates), then
        /// `import_ask_end`.
        import_ask,
        import_ask_end,
        import_yes,
        import_cancelled,
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
        /// Added to it where other copies of the widget on the site keep data of their own.
        delete_all_others_remain,
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
        /// Told to screen readers, as the announcements below.
        said_all_deleted,
        said_not_deleted_newer,
        said_not_deleted_blocked,
        said_backups_deleted,
        /// Before the decoder's reason, under a refused import.
        import_detail,
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
        /// The clients taken in; then, for each count that is not zero, what happened to them.
        import_done_one,
        import_done,
        import_added,
        import_replaced,
        import_kept,
        import_records,
        import_removed,
        import_would_replace,
        import_would_remove,
        import_unreadable,
        /// These three are filled with the decoder's reason.
        import_too_large,
        /// Too many clients, or too many bytes, together with the data already here.
        import_no_room,
        import_newer,
        /// The browser's storage could not hold the import.
        import_storage_full,
        /// In plain words, without the decoder's reason.
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
        /// The delete button, filled with the open client's name as the list shows it.
        client_delete,
        /// Announcements: the new client's name as the list shows it, the deleted one's, the
        /// name of the file downloaded.
        said_client_added,
        said_client_deleted,
        said_exported,
        said_reminder,
    }
}

fn number(n: usize) -> String {
    n.to_string()
}

/// Each count that is not zero, as its sentence filled with it, after `text`.
fn append_counts(text: &mut String, counts: &[(usize, &str)]) {
    for &(count, pattern) in counts {
        if count > 0 {
            text.push(' ');
            text.push_str(&fill(pattern, &[&number(count)]));
        }
    }
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
    /// What an import did: how many clients it took in, then each thing that happened.
    pub fn import_done(&self, summary: &ImportSummary) -> String {
        let mut text = match summary.clients() {
            1 => self.import_done_one.to_owned(),
            n => fill(self.import_done, &[&number(n)]),
        };
        append_counts(
            &mut text,
            &[
                (summary.added, self.import_added),
                (summary.replaced, self.import_replaced),
                (summary.kept, self.import_kept),
                (summary.records_added, self.import_records),
                (summary.removed, self.import_removed),
            ],
        );
        text
    }
    /// The question before an import that changes clients here: how many it would replace
    /// and delete (`opening` and `end` from the plain texts).
    pub fn import_question(&self, summary: &ImportSummary, opening: &str, end: &str) -> String {
        let mut text = opening.to_owned();
        append_counts(
            &mut text,
            &[
                (summary.replaced, self.import_would_replace),
                (summary.removed, self.import_would_remove),
            ],
        );
        text.push(' ');
        text.push_str(end);
        text
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
    pub fn client_delete(&self, client: &str) -> String {
        fill(self.client_delete, &[client])
    }
    pub fn said_client_added(&self, client: &str) -> String {
        fill(self.said_client_added, &[client])
    }
    pub fn said_client_deleted(&self, client: &str) -> String {
        fill(self.said_client_deleted, &[client])
    }
    pub fn said_exported(&self, file: &str) -> String {
        fill(self.said_exported, &[file])
    }
    pub fn said_reminder(&self, file: &str) -> String {
        fill(self.said_reminder, &[file])
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
        /// In the order of the question's answers in `QUESTIONS`.
        answers: &'static [AnswerText],
    }
}

/// A question's texts as `de.rs` and `en.rs` write them: each answer's under the answer's id,
/// so that reordering the answers in `questions.rs` cannot hand one answer another's words.
/// The language file puts them in `QUESTIONS` order (`file::write`).
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
pub struct QuestionSource {
    pub prompt: &'static str,
    pub answers: &'static [(&'static str, AnswerText)],
}

texts! {
    pub struct StrategyText {
        name,
    }
}

texts! {
    /// What the result says about the reader's own situation: the lead under the verdict and
    /// the plan's steps (chosen from the answers by `core::advice`), close calls and ties.
    pub struct AdviceTexts {
        /// Under a step: the reader's own answer it responds to.
        because,
        /// On the first screen of every result that ends the relationship, atop its plan when it
        /// is the runner-up, and under the title of the plan document.
        legal_first,
        /// The same for a plan with legal notes but no letter to end it (legal threats).
        legal_plain,
        /// The plan's title when the client threatens.
        safety_title,
        close_call,
        tie,
        /// Why the tie goes to the way named first.
        tie_mediate_first,
        tie_terminate_last,
        /// The runner-up and the answer that would turn the verdict to it.
        tip,
        /// Above what points to the runner-up of a close call; filled with its name.
        against,
        /// Opens the runner-up's plan; filled with its name.
        second_intro,
        /// The article, by its title, as the widget names it wherever it refers to it.
        source_title,
        /// Under the reasons: where the rules come from; filled with the title.
        source_line,
    }
    more {
        /// In `core::advice::Step` order.
        steps: &'static [&'static str],
        /// In `core::advice::Lead` order.
        leads: &'static [&'static str],
    }
}

impl AdviceTexts {
    pub fn because(&self, answer: &str) -> String {
        fill(self.because, &[answer])
    }
    pub fn close_call(&self, first: &str, second: &str) -> String {
        fill(self.close_call, &[first, second])
    }
    pub fn tie(&self, first: &str, second: &str) -> String {
        fill(self.tie, &[first, second])
    }
    pub fn against(&self, strategy: &str) -> String {
        fill(self.against, &[strategy])
    }
    pub fn second_intro(&self, strategy: &str) -> String {
        fill(self.second_intro, &[strategy])
    }
    pub fn tip(&self, towards: &str, answer: &str) -> String {
        fill(self.tip, &[towards, answer])
    }
    /// "Not legal advice", for every plan with legal notes or letters: the ending one where
    /// the letters end a contract, the plain one for a delivered job's letters and where the
    /// client threatens legal steps.
    pub fn legal_line(&self, advice: &Advice) -> Option<&'static str> {
        if advice.letters.is_some_and(|l| l.ending == Ending::Contract) {
            Some(self.legal_first)
        } else if advice.letters.is_some()
            || advice.steps.iter().any(|shown| shown.step == Step::Firm)
        {
            Some(self.legal_plain)
        } else {
            None
        }
    }
    pub fn source_line(&self) -> String {
        fill(self.source_line, &[self.source_title])
    }
    pub fn step(&self, step: Step) -> &'static str {
        self.steps[step as usize]
    }
    pub fn lead(&self, lead: Lead) -> &'static str {
        self.leads[lead as usize]
    }
}

texts! {
    /// Texts of the plan builders and of the plan document.
    pub struct PlanTexts {
        steps_heading,
        /// The builder's heading: the reader fills in the list for their client.
        options_heading,
        /// The document's heading, naming the client when the reader named them.
        options_for,
        options_for_unnamed,
        /// The defaults of the option list, by the kind of dispute (`core::advice::Goodwill`):
        /// criticism of the work from a client who costs no extra time.
        goodwill_default,
        second_option_default,
        /// Fair criticism from a client who already takes much more time than they pay for:
        /// no free extra work.
        goodwill_default_time,
        second_option_default_time,
        /// The same where the scope was never written down precisely: part of the disputed work
        /// at no charge, the scope put in writing now.
        goodwill_default_part,
        second_option_default_part,
        /// No criticism that calls for a discount, from a client who takes much more time than
        /// they pay for: the extra time so far not charged.
        goodwill_default_extras,
        second_option_default_extras,
        /// No complaint about the work and no time drain: nothing that concedes a flaw.
        goodwill_default_terms,
        second_option_default_terms,
        goodwill_default_open,
        second_option_default_open,
        option_label,
        add_option,
        remove_option,
        /// The folded builders' titles: what the reader prepares there.
        prepare_options,
        /// Where no talk is to come: the client chooses in writing, the record confirms it.
        prepare_options_confirm,
        prepare_letter,
        talk_heading,
        record_heading,
        /// The record that confirms a choice made in writing.
        confirm_heading,
        /// Every letter and email to the client opens formally: the tool knows neither the
        /// contact person nor whether the name it has is a person's or a company's (editor,
        /// round 6). `fill_in` tells the reader how to address a known contact instead.
        greeting,
        /// Filled with the date of the conversation.
        record_subject,
        record_intro,
        /// When the solution was agreed in writing, without a talk: a confirmation.
        confirm_subject,
        confirm_intro,
        /// Asks the client to confirm by a date (`blank_reply_by`).
        record_closing,
        /// After a dispute about the work: the agreed solution settles the complaints, if the
        /// two agreed that (the talk guide asks; editor, round 7).
        settled_line,
        /// Before it, in brackets: the agreed solution as goodwill, where it is.
        goodwill_caveat,
        /// The letter around the option list: the goodwill caveat and the deadline for all.
        offer_subject,
        /// Where the client has no complaint about the work (scope, price, deadlines): no
        /// dispute to settle and no liability to deny (coach, round 4).
        offer_intro_terms,
        /// Where the client complains about the work: the options without any liability
        /// admitted, and no blanket promise to put defects right (editor, round 14).
        offer_intro_owed,
        offer_deadline,
        /// After the options: accepted and carried out, one settles the matter (editor,
        /// round 12); with complaints, the complaints.
        offer_settles,
        offer_settles_complaints,
        /// Optional: a discount holds only if the rest is paid by a date.
        offer_discount_paid_by,
        /// The closing that goes with `greeting`.
        sign_off,
        meeting_date,
        participants,
        chosen_option,
        /// The radio that marks the option the client chose.
        client_chose,
        deadlines,
        next_steps,
        /// Ending a contract is a legal act: a short, plain pointer, not legal advice.
        legal_note,
        /// The same for a notice without notice period (to a client who threatens).
        legal_note_for_cause,
        /// A small one-off job: no ordinary notice, a proposal to close it as it stands.
        legal_note_small,
        small_heading,
        small_subject,
        small_proposal,
        /// After the proposal: the final invoice, or (paid in advance) the statement and refund.
        small_invoice,
        small_settle_advance,
        /// Above the letters: placeholders in [ ] are the reader's to replace; filled with one
        /// that the letters below really contain.
        fill_in,
        /// Where the letters hold optional sentences (`if_applicable`, `only_if_checked`): keep
        /// them without the label, or delete them.
        fill_in_optional,
        /// The labels of optional sentences, as the letters spell them.
        if_applicable,
        only_if_checked,
        /// Placeholders, unmistakable in a letter: the reader replaces them before sending.
        blank,
        blank_name,
        /// The agreed solution in the record, where none is chosen or it is still an example.
        blank_chosen,
        blank_sender,
        /// The sender's block above a letter.
        blank_sender_block,
        /// The same in a letter to a client who threatens: not a home address they don't know.
        blank_sender_block_safe,
        blank_address,
        /// The letter's own date.
        blank_place_date,
        /// The date of the conversation.
        blank_date,
        /// The date by which the client is asked to answer: not the letter's date.
        blank_reply_by,
        /// The date the agreement is to end.
        blank_end_date,
        blank_reference,
        blank_contact,
        blank_email,
        /// The notice letter's heading where it is the only letter (the safety plan).
        letter_heading,
        /// The builder's heading above the details both letters use.
        letters_heading,
        /// The notice letter's heading after the proposal to end it by mutual consent.
        notice_heading,
        contract_reference,
        end_date,
        /// The subjects, filled with the agreement's reference.
        letter_subject,
        letter_subject_for_cause,
        /// "with notice to {1}, or else at the earliest date allowed".
        letter_notice,
        /// "without notice for good cause, or else with notice at the earliest date allowed".
        letter_notice_for_cause,
        letter_until_end,
        /// Where the scope was never written down or the contract is only spoken.
        letter_until_end_open,
        letter_handover,
        letter_handover_after_payment,
        letter_invoice,
        letter_invoice_for_cause,
        letter_rights,
        letter_confirm,
        letter_contact,
        letter_in_writing,
        letter_thanks,
        mutual_heading,
        mutual_subject,
        mutual_proposal,
        mutual_confirm,
        /// Paid in advance: the final statement and the refund of what was paid for work not
        /// done, instead of `letter_invoice` / `letter_invoice_for_cause`.
        letter_settle_advance,
        letter_settle_advance_for_cause,
        /// A delivered job, unpaid: the payment reminder, not a notice.
        legal_note_claim,
        claim_heading,
        claim_subject,
        /// Filled with the job's reference.
        claim_amount,
        claim_deadline,
        claim_offer_lapsed,
        claim_next,
        /// A delivered, paid job: the letter that closes it.
        legal_note_close,
        close_heading,
        close_subject,
        /// Filled with the job's reference.
        close_done,
        close_defects,
        /// A delivered job, to a client who threatens: the letter that ends the contact.
        end_contact_heading,
        no_new_orders,
        /// The title of each plan's folded document; a close call has two.
        document_heading,
        copy,
        copied,
        copy_failed,
        download,
        print,
        /// In the talk guide after a dispute about the work (`talk_guide` in plan.rs).
        talk_settles,
    }
    more {
        talk_guide: &'static [&'static str],
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
    pub fn record_subject(&self, date: &str) -> String {
        fill(self.record_subject, &[date])
    }
    /// A subject (`letter_subject`, `letter_subject_for_cause`, `mutual_subject`) with the
    /// agreement's reference.
    pub fn subject(&self, subject: &str, reference: &str) -> String {
        fill(subject, &[reference])
    }
    pub fn letter_notice(&self, reference: &str, end: &str) -> String {
        fill(self.letter_notice, &[reference, end])
    }
    /// The legal note that goes with the letters.
    pub fn legal_note_for(&self, letters: Letters) -> &'static str {
        match letters.ending {
            Ending::Claim => return self.legal_note_claim,
            Ending::Close => return self.legal_note_close,
            Ending::Contract => {}
        }
        match letters.notice {
            Notice::ForCause => self.legal_note_for_cause,
            Notice::Ordinary if letters.small_job => self.legal_note_small,
            Notice::Ordinary => self.legal_note,
        }
    }
    pub fn claim_amount(&self, reference: &str) -> String {
        fill(self.claim_amount, &[reference])
    }
    pub fn close_done(&self, reference: &str) -> String {
        fill(self.close_done, &[reference])
    }
    pub fn letter_notice_for_cause(&self, reference: &str) -> String {
        fill(self.letter_notice_for_cause, &[reference])
    }
    pub fn letter_contact(&self) -> String {
        fill(self.letter_contact, &[self.blank_contact])
    }
    pub fn letter_in_writing(&self) -> String {
        fill(self.letter_in_writing, &[self.blank_email])
    }
    pub fn mutual_proposal(&self, reference: &str, end: &str) -> String {
        fill(self.mutual_proposal, &[reference, end])
    }
    pub fn record_closing(&self) -> String {
        fill(self.record_closing, &[self.blank_reply_by])
    }
    pub fn offer_deadline(&self) -> String {
        fill(self.offer_deadline, &[self.blank_reply_by])
    }
    pub fn mutual_confirm(&self) -> String {
        fill(self.mutual_confirm, &[self.blank_reply_by])
    }
    pub fn fill_in(&self, example: &str) -> String {
        fill(self.fill_in, &[example])
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

/// What the loader (`loader/embed/`) says itself, in the reader's language: the panels it shows
/// when the module cannot run or has crashed (the module, and its language file, may be what
/// failed), and the standalone page's title. Not in the language files: the loader has them
/// before any file arrives. `examples/texts.rs` writes them into the loader's facts
/// (`web::facts`); the module never needs them.
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
pub struct LoaderTexts {
    /// The module or a language file could not be downloaded.
    pub failed: &'static str,
    pub retry: &'static str,
    /// No WebAssembly in this browser.
    pub no_wasm: &'static str,
    /// The page's Content-Security-Policy blocks WebAssembly.
    pub csp: &'static str,
    /// The module crashed.
    pub crashed: &'static str,
    pub reload: &'static str,
    pub download: &'static str,
    /// The standalone page's title (index.html carries the German one).
    pub page_title: &'static str,
}

#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
impl LoaderTexts {
    /// Every text under the name the loader knows it by (the panel kinds are also the panels'
    /// `data-ct-fallback`).
    pub fn entries(&self) -> [(&'static str, &'static str); 8] {
        [
            ("failed", self.failed),
            ("retry", self.retry),
            ("noWasm", self.no_wasm),
            ("csp", self.csp),
            ("crashed", self.crashed),
            ("reload", self.reload),
            ("download", self.download),
            ("title", self.page_title),
        ]
    }
}

/// `lang`'s texts of the loader.
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
pub fn loader_texts(lang: Lang) -> &'static LoaderTexts {
    match lang {
        Lang::De => &de::LOADER,
        Lang::En => &en::LOADER,
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

pub fn advice(lang: Lang) -> &'static AdviceTexts {
    &language(lang).advice
}

/// A tie says it is one and why the first way comes first; a close call says it is one.
pub fn close_call_note(lang: Lang, assessment: &Assessment) -> String {
    let texts = advice(lang);
    let first = strategy(lang, assessment.strategy).name;
    let second = strategy(lang, assessment.runner_up).name;
    if assessment.tie {
        let why = if assessment.runner_up == Strategy::Terminate {
            texts.tie_terminate_last
        } else {
            texts.tie_mediate_first
        };
        format!("{} {why}", texts.tie(first, second))
    } else {
        texts.close_call(first, second)
    }
}

/// What would tip a close call: the answer nearest to the reader's own that would turn the
/// verdict to the runner-up (shown with the runner-up's plan).
pub fn tip_note(lang: Lang, answers: &Answers, assessment: &Assessment) -> Option<String> {
    let tip = tipping_answers(answers, assessment.runner_up, |changed| {
        assess(changed).strategy
    });
    let &(q, answer) = tip.first()?;
    let reason = question(lang, QUESTIONS[q].id).answers[answer].reason;
    Some(advice(lang).tip(strategy(lang, assessment.runner_up).name, reason))
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
}
