//! The model against scenarios written blind from the article: the helper that wrote them saw
//! only the article and the rendered question texts, never the weights or the other tests.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/blind.rs"]
mod blind;
#[path = "support/names.rs"]
mod names;

use client_triage::core::assess;

/// Checks one blind set against the acceptance: at least 90 % of the clear cases match, every
/// threat case matches, every close call is flagged close or lands on one of its two strategies.
fn check(source: &str, file: &str) {
    let scenarios = blind::parse(source, file);
    let mut clear = 0;
    let mut clear_hits = 0;
    let mut misses = Vec::new();
    let mut hard_misses = 0;
    for scenario in &scenarios {
        let result = assess(&scenario.answers);
        let got = format!(
            "{}{} ({})",
            result.strategy.as_str(),
            if result.close_call { ", close" } else { "" },
            result.scores.to_attribute()
        );
        let hit = if scenario.close_call {
            result.close_call || scenario.expected.contains(&result.strategy)
        } else {
            clear += 1;
            result.strategy == scenario.expected[0]
        };
        if hit && !scenario.close_call {
            clear_hits += 1;
        }
        let threat = scenario.tags.iter().any(|t| t == "threats");
        if !hit {
            let kind = match (threat, scenario.close_call) {
                (true, _) => "threat case, must match",
                (_, true) => "close call, must be flagged or land on one of its two",
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
        hard_misses += usize::from(!hit && (threat || scenario.close_call));
    }
    let report = format!(
        "{file}: {clear_hits} of {clear} clear cases match, {hard_misses} threat or close-call misses\n{}",
        misses.join("\n")
    );
    println!("{report}");
    assert!(clear_hits * 10 >= clear * 9 && hard_misses == 0, "{report}");
}

#[test]
fn first_blind_set_matches_the_article() {
    check(include_str!("support/blind.txt"), "blind.txt");
}

#[test]
fn fresh_blind_set_matches_the_article() {
    check(include_str!("support/blind-b.txt"), "blind-b.txt");
}
