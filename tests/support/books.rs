//! Random books as a reader makes them: the reducer's own actions at any clock, with finished
//! runs (history, notes) mixed in. Shared by tests/state.rs and tests/json.rs.
#![allow(dead_code)] // each test file uses a part

use client_triage::core::plans::{NoteEdit, NoteField};
use client_triage::core::questions::QUESTIONS;
use client_triage::core::{Action, Lang, Pending, Screen, State, Timestamp};
use proptest::prelude::*;

/// Clocks as they come: normal, behind, jumping far ahead, and at the very edge of what
/// the stored form can write.
pub fn any_time() -> impl Strategy<Value = Timestamp> {
    prop_oneof![
        (1_764_000_000_000i64..1_764_100_000_000).prop_map(Timestamp),
        (0i64..1_000_000).prop_map(Timestamp),
        (Timestamp::MAX.millis() - 5..=Timestamp::MAX.millis() + 5).prop_map(Timestamp),
    ]
}

pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z ]{0,12}",
        Just("{end} \"quoted\" <b>x</b>\n![](https://x.example/p.gif)".to_owned()),
        Just("ü".repeat(500)),
    ]
}

pub fn any_action() -> impl Strategy<Value = Action> {
    let question = 0..QUESTIONS.len();
    prop_oneof![
        Just(Action::Start),
        (question.clone(), 0usize..5)
            .prop_map(|(question, answer)| Action::Choose { question, answer }),
        Just(Action::Next),
        Just(Action::Back),
        question.prop_map(Action::Edit),
        Just(Action::ShowResult),
        Just(Action::Restart),
        Just(Action::SetLang(Lang::En)),
        Just(Action::AddClient),
        (0usize..4).prop_map(Action::SelectClient),
        any_text().prop_map(Action::RenameClient),
        Just(Action::Ask(Pending::DeleteClient)),
        Just(Action::Ask(Pending::DeleteAll)),
        Just(Action::Confirm),
        Just(Action::Cancel),
        (0usize..5, any_text()).prop_map(|(i, text)| Action::EditNotes {
            edit: match i {
                0 => NoteEdit::Set(NoteField::Participants, text),
                1 => NoteEdit::SetOption(1, text),
                2 => NoteEdit::AddOption,
                3 => NoteEdit::RemoveOption(0),
                _ => NoteEdit::Choose(1),
            },
            defaults: vec!["Goodwill".into(), "New deadline".into()],
        }),
    ]
}

/// One step of a reader: an action, or a whole run from the intro to the result with these
/// answer picks (each taken modulo the question's number of answers).
#[derive(Clone, Debug)]
pub enum Step {
    Act(Action),
    Finish(Vec<usize>),
}

pub fn any_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => any_action().prop_map(Step::Act),
        1 => prop::collection::vec(0usize..8, QUESTIONS.len()).prop_map(Step::Finish),
    ]
}

/// Applies a step at `at`.
pub fn apply(mut state: State, step: Step, at: Timestamp) -> State {
    match step {
        Step::Act(action) => state.reduce(action, at),
        Step::Finish(picks) => {
            state = state.reduce(Action::Restart, at).reduce(Action::Start, at);
            while let Screen::Question(question) = state.screen() {
                let answer = picks[question] % QUESTIONS[question].answers.len();
                state = state
                    .reduce(Action::Choose { question, answer }, at)
                    .reduce(Action::Next, at);
            }
            state.reduce(Action::ShowResult, at)
        }
    }
}

/// A state after up to 40 steps, in either language.
pub fn any_state() -> impl Strategy<Value = State> {
    (
        any::<bool>(),
        prop::collection::vec((any_step(), any_time()), 0..40),
    )
        .prop_map(|(german, steps)| {
            let lang = if german { Lang::De } else { Lang::En };
            let start = State::new(lang, Timestamp(1_764_000_000_000));
            steps
                .into_iter()
                .fold(start, |state, (step, at)| apply(state, step, at))
        })
}
