//! The reducer: the questionnaire flow from intro to result.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::core::questions::question_count;
use client_triage::core::{Action, Lang, Prompt, Screen, State};

fn answer_all(mut state: State) -> State {
    state = state.reduce(Action::Start);
    while let Screen::Question(question) = state.screen {
        state = state.reduce(Action::Choose {
            question,
            answer: 0,
        });
        state = state.reduce(Action::Next);
    }
    state
}

#[test]
fn every_question_is_reached_in_order_from_the_intro() {
    let mut state = State::new(Lang::En).reduce(Action::Start);
    let mut visited = Vec::new();
    while let Screen::Question(question) = state.screen {
        visited.push(question);
        assert_eq!(state.step(), Some(question + 1));
        state = state.reduce(Action::Choose {
            question,
            answer: 1,
        });
        state = state.reduce(Action::Next);
    }
    assert_eq!(visited, (0..question_count()).collect::<Vec<_>>());
    assert_eq!(state.screen, Screen::Review);
}

#[test]
fn next_without_an_answer_stays_and_asks_for_one() {
    let state = State::new(Lang::De)
        .reduce(Action::Start)
        .reduce(Action::Next);
    assert_eq!(state.screen, Screen::Question(0));
    assert_eq!(state.prompt, Some(Prompt::AnswerMissing));
    let state = state.reduce(Action::Choose {
        question: 0,
        answer: 2,
    });
    assert_eq!(state.prompt, None, "choosing clears the prompt");
}

#[test]
fn back_walks_to_the_intro_and_keeps_answers() {
    let mut state = State::new(Lang::De).reduce(Action::Start);
    state = state.reduce(Action::Choose {
        question: 0,
        answer: 3,
    });
    state = state.reduce(Action::Next).reduce(Action::Back);
    assert_eq!(state.screen, Screen::Question(0));
    assert_eq!(state.answers.get(0), Some(3));
    assert_eq!(state.reduce(Action::Back).screen, Screen::Intro);
}

#[test]
fn result_needs_every_answer_and_counts_each_finish_once() {
    let state = answer_all(State::new(Lang::En));
    assert_eq!(state.screen, Screen::Review);
    assert_eq!(state.finished, 0);
    let state = state.reduce(Action::ShowResult);
    assert_eq!(state.screen, Screen::Result);
    assert_eq!(state.finished, 1);
    // A stale second click on the result screen changes nothing.
    assert_eq!(state.reduce(Action::ShowResult), state);
}

#[test]
fn editing_from_the_review_returns_to_the_review() {
    let state = answer_all(State::new(Lang::En)).reduce(Action::Edit(4));
    assert_eq!(state.screen, Screen::Question(4));
    let state = state
        .reduce(Action::Choose {
            question: 4,
            answer: 2,
        })
        .reduce(Action::Next);
    assert_eq!(state.screen, Screen::Review);
    assert_eq!(state.answers.get(4), Some(2));
}

#[test]
fn choosing_for_another_question_than_the_shown_one_is_ignored() {
    let state = State::new(Lang::En).reduce(Action::Start);
    let after = state.reduce(Action::Choose {
        question: 5,
        answer: 1,
    });
    assert_eq!(after, state);
    let out_of_range = state.reduce(Action::Choose {
        question: 0,
        answer: 99,
    });
    assert_eq!(out_of_range.answers.get(0), None);
}

#[test]
fn restart_clears_answers_but_keeps_the_language_choice() {
    let state = answer_all(State::new(Lang::De))
        .reduce(Action::SetLang(Lang::En))
        .reduce(Action::Restart);
    assert_eq!(state.screen, Screen::Intro);
    assert!(state.answers.is_empty());
    assert_eq!(state.lang, Lang::En);
    assert!(state.lang_chosen);
}

#[test]
fn a_resumed_result_without_all_answers_goes_to_the_first_gap() {
    let mut answers = client_triage::core::Answers::new();
    answers.set(0, 1);
    let state = State::resumed(Lang::De, Screen::Result, answers, false);
    assert_eq!(state.screen, Screen::Question(1));
}

#[test]
fn language_tags_pick_a_language_with_german_as_fallback() {
    assert_eq!(Lang::pick(["en-GB"]), Lang::En);
    assert_eq!(Lang::pick(["fr", "de-AT"]), Lang::De);
    assert_eq!(Lang::pick(["fr", "it"]), Lang::De);
    assert_eq!(Lang::pick(Vec::<&str>::new()), Lang::De);
}
