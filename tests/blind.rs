//! The model against scenarios written blind from the article: the helper that wrote them saw
//! only the article and the rendered question texts, never the weights or the other tests.
//!
//! Sets A and B shaped the model (it was re-derived after A, and issue 25's change was checked
//! against both; C was scored once on the first cut of that change, which was then refined):
//! they are training data now, kept so that no later change breaks them. A claim about a model
//! change needs a fresh set, written after the change and scored once: set D is issue 25's.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/blind.rs"]
mod blind;
#[path = "support/names.rs"]
mod names;

use client_triage::core::{Strategy, assess};

/// Checks one blind set against the acceptance: at least 90 % of the clear cases match, every
/// threat case matches, every close call is flagged close between its own two strategies or
/// lands unflagged on one of them, and at most a fifth of the clear cases are flagged close.
fn check(source: &str, file: &str, known_misses: &[&str]) {
    let scenarios = blind::parse(source, file);
    let mut clear = 0;
    let mut clear_hits = 0;
    let mut misses = Vec::new();
    let mut hard_misses = 0;
    let mut false_close = 0;
    for scenario in &scenarios {
        let result = assess(&scenario.answers);
        let got = format!(
            "{}{} ({})",
            result.strategy.as_str(),
            if result.close_call { ", close" } else { "" },
            result.scores.to_attribute()
        );
        let pair = |a: Strategy, b: Strategy| {
            scenario.expected.contains(&a) && scenario.expected.contains(&b)
        };
        let hit = if scenario.close_call {
            if result.close_call {
                pair(result.strategy, result.runner_up)
            } else {
                scenario.expected.contains(&result.strategy)
            }
        } else {
            clear += 1;
            result.strategy == scenario.expected[0]
        };
        if hit && !scenario.close_call {
            clear_hits += 1;
        }
        if result.close_call && !scenario.close_call {
            false_close += 1;
        }
        let threat = scenario.tags.iter().any(|t| t == "threats");
        if !hit {
            let kind = match (threat, scenario.close_call) {
                (true, _) => "threat case, must match",
                (_, true) => "close call, must be flagged between its two or land on one of them",
                _ => "clear case",
            };
            misses.push(format!(
                "{} ({kind}): expected {}, got {got}",
                scenario.id,
                scenario
                    .expected
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(" or ")
            ));
        }
        let known = known_misses.contains(&scenario.id.as_str());
        assert!(
            !known || !hit,
            "{}: listed as a known miss but now matches; take it off the list",
            scenario.id
        );
        hard_misses += usize::from(!hit && !known && (threat || scenario.close_call));
    }
    let report = format!(
        "{file}: {clear_hits} of {clear} clear cases match, {hard_misses} threat or close-call misses, \
         {false_close} clear cases flagged close\n{}",
        misses.join("\n")
    );
    println!("{report}");
    assert!(
        clear_hits * 10 >= clear * 9 && hard_misses == 0 && false_close * 5 <= clear,
        "{report}"
    );
}

#[test]
fn first_blind_set_matches_the_article() {
    // A27: nothing offered yet, much time: issue 25 puts the article's condition for ending it
    // first, so the verdict is mediate with "End it" level; the writer leaned detach or end it.
    check(include_str!("support/blind.txt"), "blind.txt", &["A27"]);
}

#[test]
fn fresh_blind_set_matches_the_article() {
    check(include_str!("support/blind-b.txt"), "blind-b.txt", &[]);
}

#[test]
fn blind_set_c_written_after_issue_25s_change_matches_the_article() {
    check(include_str!("support/blind-c.txt"), "blind-c.txt", &[]);
}

#[test]
fn blind_set_d_written_after_the_last_model_change_matches_the_article() {
    check(include_str!("support/blind-d.txt"), "blind-d.txt", &[]);
}
