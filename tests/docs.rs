//! `docs/model.md` states every weight; this keeps it true to `src/core/questions.rs`.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::core::QUESTIONS;
use client_triage::core::questions::{Flag, Gap};

fn marks(flag: Option<Flag>, gap: Option<Gap>) -> String {
    let flag = flag.map(|f| match f {
        Flag::OfferRefused => "offer refused",
        Flag::TalkRefused => "talk refused",
        Flag::HeavyTimeDrain => "heavy time drain",
        Flag::Threats => "threats",
    });
    let gap = gap.map(|g| match g {
        Gap::Contract => "gap: contract",
        Gap::SmallJobInWriting => "gap: small job in writing",
        Gap::Scope => "gap: scope",
        Gap::Deadlines => "gap: deadlines",
        Gap::Milestones => "gap: milestones",
        Gap::TargetGroup => "gap: target group",
    });
    flag.or(gap).unwrap_or("").to_owned()
}

#[test]
fn the_weight_table_in_docs_matches_the_code() {
    let doc = include_str!("../docs/model.md");
    let table: Vec<String> = doc
        .lines()
        .filter(|line| line.starts_with("| ") && line.contains(" / "))
        .filter(|line| !line.contains("D / M / T"))
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let mut expected = Vec::new();
    for question in QUESTIONS {
        for answer in question.answers {
            let w = answer.weights;
            let row = format!(
                "| {} | {} | {} / {} / {} | {} |",
                question.id.as_str(),
                answer.id,
                w.detach,
                w.mediate,
                w.terminate,
                marks(answer.flag, answer.gap)
            );
            expected.push(row.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    assert_eq!(
        table, expected,
        "docs/model.md's weight table is out of date"
    );
}

/// The e2e suites walk the questionnaire; their one count must be the real one.
#[test]
fn the_e2e_question_count_matches_the_questionnaire() {
    let browser = include_str!("../e2e/browser.mjs");
    let line = browser
        .lines()
        .find(|l| l.starts_with("export const QUESTION_COUNT = "))
        .expect("e2e/browser.mjs exports QUESTION_COUNT");
    assert_eq!(
        line,
        format!("export const QUESTION_COUNT = {};", QUESTIONS.len())
    );
}

/// The README's byte figures outside `make bench`'s dated table are the first visit that
/// `bench/size-budget` records (`node bench/size.mjs --record`), each said once: the total and the
/// files a blog reader downloads.
#[test]
fn the_readmes_byte_figures_are_the_recorded_first_visit() {
    let readme = include_str!("../README.md");
    let budget = include_str!("../bench/size-budget");
    let recorded = |key: &str| -> u64 {
        budget
            .lines()
            .find_map(|line| line.strip_prefix(key))
            .unwrap_or_else(|| panic!("bench/size-budget records {key:?}"))
            .trim()
            .parse()
            .expect("a number")
    };
    let bytes = |n: u64| {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    let total = recorded("total ");
    let first_visit = format!("**{} bytes gzip -9", bytes(total));
    assert_eq!(
        readme.matches("bytes gzip -9, counted at the").count(),
        1,
        "the first visit is stated once"
    );
    assert!(readme.contains(&first_visit), "README: {first_visit}");
    let parts = [
        "file embed.js ",
        "file client-triage-#.js ",
        "file client-triage-#_bg.wasm ",
        "file texts-en-#.txt ",
    ]
    .map(recorded);
    let blog_reader = format!(
        "{} B (loader\n`embed.js` {}, glue {}, wasm {}, English language file {}",
        bytes(parts.iter().sum()),
        bytes(parts[0]),
        bytes(parts[1]),
        bytes(parts[2]),
        bytes(parts[3])
    );
    assert!(readme.contains(&blog_reader), "README: {blog_reader}");
}

/// The wasm-bindgen version is written in Cargo.toml (pinned with `=`) and in Trunk.toml (which
/// would otherwise download a CLI); `scripts/install-tools.sh` reads Cargo.lock. All three agree.
#[test]
fn wasm_bindgen_is_one_version_everywhere() {
    let lock = include_str!("../Cargo.lock");
    let locked = lock
        .split("\n[[package]]\n")
        .find(|package| package.starts_with("name = \"wasm-bindgen\"\n"))
        .and_then(|package| package.lines().nth(1))
        .and_then(|line| line.strip_prefix("version = "))
        .map(|version| version.trim_matches('"'))
        .expect("Cargo.lock has wasm-bindgen");
    let manifest = include_str!("../Cargo.toml");
    assert!(
        manifest.contains(&format!("wasm-bindgen = \"={locked}\"")),
        "Cargo.toml pins wasm-bindgen ={locked}"
    );
    let trunk = include_str!("../Trunk.toml");
    assert!(
        trunk.contains(&format!("wasm_bindgen = \"{locked}\"")),
        "Trunk.toml's wasm_bindgen is {locked}"
    );
}
