//! The architecture as the code has it: imports run one way (web → ui → i18n → core, core
//! free of the browser), and no two files of a layer need each other, directly or round a
//! circle. Read from the source: a `use` or a path through `super::` or `crate::` counts.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const LAYERS: [&str; 4] = ["core", "i18n", "ui", "web"];

/// Every file of a layer (`src/<layer>/<name>.rs`) with its source, by name.
fn files(layer: &str) -> BTreeMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&path).unwrap())
        })
        .collect()
}

/// Source without comments: a doc line may name a module without needing it.
fn code(source: &str) -> String {
    source
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names a path starting at `at` (just after `super::` or `crate::<layer>::`) reaches
/// first: `a`, or each item's first name in `{a, b::c, d}`.
fn first_names(rest: &str) -> Vec<String> {
    let word = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(group) = rest.strip_prefix('{') else {
        return vec![word(rest)];
    };
    // Top-level items of the brace group.
    let mut names = Vec::new();
    let mut depth = 0;
    let mut item_start = 0;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                names.push(word(&group[item_start..i]));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                names.push(word(&group[item_start..i]));
                item_start = i + 1;
            }
            _ => {}
        }
    }
    names
}

/// The files of the same layer that `source` refers to (`mod.rs` left out: a parent holds
/// its children, and children use what the parent defines).
fn siblings(layer: &str, source: &str, names: &BTreeSet<String>) -> BTreeSet<String> {
    let code = code(source);
    let mut found = BTreeSet::new();
    for prefix in ["super::".to_owned(), format!("crate::{layer}::")] {
        for (at, _) in code.match_indices(&prefix) {
            // `super::super::` leaves the layer.
            let rest = &code[at + prefix.len()..];
            for name in first_names(rest) {
                if names.contains(&name) {
                    found.insert(name);
                }
            }
        }
    }
    found
}

#[test]
fn imports_run_one_way_and_core_knows_no_browser() {
    let mut wrong = Vec::new();
    for (i, layer) in LAYERS.iter().enumerate() {
        for (name, source) in files(layer) {
            let code = code(&source);
            for above in &LAYERS[i + 1..] {
                if code.contains(&format!("crate::{above}")) {
                    wrong.push(format!("src/{layer}/{name}.rs uses crate::{above}"));
                }
            }
            if *layer == "core" {
                for browser in ["web_sys", "js_sys", "wasm_bindgen", "yew", "gloo"] {
                    if code.contains(&format!("{browser}::")) {
                        wrong.push(format!("src/core/{name}.rs uses {browser}"));
                    }
                }
            }
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
}

#[test]
fn no_two_files_of_a_layer_need_each_other() {
    let mut circles = Vec::new();
    for layer in LAYERS {
        let files = files(layer);
        let names: BTreeSet<String> = files.keys().filter(|n| *n != "mod").cloned().collect();
        let edges: BTreeMap<&String, BTreeSet<String>> = names
            .iter()
            .map(|name| (name, siblings(layer, &files[name], &names)))
            .collect();
        // A circle through `start`: a path of uses that leads back to it.
        for start in &names {
            let mut path = vec![start.clone()];
            let mut seen = BTreeSet::new();
            if let Some(circle) = back_to(start, &edges, &mut path, &mut seen) {
                circles.push(format!("src/{layer}: {}", circle.join(" → ")));
            }
        }
    }
    assert_eq!(circles, Vec::<String>::new());
}

fn back_to(
    start: &String,
    edges: &BTreeMap<&String, BTreeSet<String>>,
    path: &mut Vec<String>,
    seen: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    let last = path.last().unwrap().clone();
    for next in &edges[&last] {
        if next == start {
            let mut circle = path.clone();
            circle.push(next.clone());
            return Some(circle);
        }
        if seen.insert(next.clone()) {
            path.push(next.clone());
            if let Some(circle) = back_to(start, edges, path, seen) {
                return Some(circle);
            }
            path.pop();
        }
    }
    None
}
