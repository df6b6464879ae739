//! The loader (`loader/embed/`) and the widget share names, texts and rules; Rust is their one
//! source (`web::facts`, written as the checked-in `loader/generated/facts.js`, which the loader imports and
//! `scripts/post-build.mjs` builds index.html's inline script from). This reads the loader's
//! files as text, as `tests/docs.rs` reads the model docs: none may write a shared value itself.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../examples/support/screens.rs"]
mod screens;
#[path = "../examples/support/survey.rs"]
mod survey;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use client_triage::core::schema::{self, Saved};
use client_triage::core::{Action, Lang, State, Timestamp};
use client_triage::i18n;
use client_triage::web::{facts, mount, storage};

const LANGUAGE: &str = include_str!("../loader/embed/language.js");
const PRELOAD: &str = include_str!("../scripts/preload.mjs");
const INDEX: &str = include_str!("../index.html");

/// The loader's modules (and the preload script's maker), as (path, text).
fn loader_files() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = fs::read_dir(root.join("loader/embed"))
        .expect("loader/embed/ is there")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "js"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 8, "loader/embed/ has its modules: {paths:?}");
    paths.push(root.join("scripts/preload.mjs"));
    paths.push(root.join("loader/sw.js"));
    paths
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).expect("a loader file reads");
            (path, text)
        })
        .collect()
}

/// The string, template and regular expression literals of a JavaScript file (comments
/// skipped), each as written between its delimiters, then the literals inside each (code the
/// file writes as text).
fn literals(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    // The last character that was not space or comment: a `/` after one of these starts a
    // regular expression, else it divides.
    let mut last = '(';
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if matches!(c, '\'' | '"' | '`')
            || (c == '/' && "(,=:[!&|?{};+-*%<>~^".contains(last))
        {
            let mut literal = String::new();
            let mut in_class = false;
            i += 1;
            while i < chars.len() {
                let d = chars[i];
                if d == '\\' {
                    literal.push(d);
                    literal.extend(chars.get(i + 1));
                    i += 2;
                    continue;
                }
                if c == '/' && d == '[' {
                    in_class = true;
                } else if c == '/' && d == ']' {
                    in_class = false;
                } else if d == c && !in_class {
                    break;
                }
                literal.push(d);
                i += 1;
            }
            // Code the file writes as text (index.html's inline script) has literals too.
            let inner = if c == '/' {
                Vec::new()
            } else {
                literals(&literal)
            };
            found.push(literal);
            found.extend(inner);
            last = 'x';
            i += 1;
        } else {
            if !c.is_whitespace() {
                last = c;
            }
            i += 1;
        }
    }
    found
}

/// Where `needle` stands in `haystack` as a whole class name (`.ct` is not in `.ct-start`).
fn names_class(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(at, _)| {
        !haystack[at + needle.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

/// What a file writes itself of what Rust owns: literals equal to a shared value, selectors
/// naming a shared class or attribute, and the instance prefix in a pattern.
fn hard_coded(code: &str) -> Vec<String> {
    let shared = facts::shared();
    let prefix = format!("^{}\\d", mount::INSTANCE_PREFIX);
    literals(code)
        .into_iter()
        .filter(|literal| {
            shared.values.iter().any(|value| literal == value)
                || shared
                    .in_selectors
                    .iter()
                    .any(|part| names_class(literal, part))
                || literal.contains(&prefix)
        })
        .collect()
}

#[test]
fn the_literal_reader_finds_what_a_loader_might_hard_code() {
    let code = r#"// 'client-triage' in a comment is no value
        const a = 'client-triage', b = "x" / 2, c = `[data-screen],.ct-fallback`, h = `get('lang')`;
        /* "de" */ const d = /^ct\d+-/, e = '.ct-start', f = '.ct-started', g = "it's";"#;
    assert_eq!(
        literals(code),
        [
            "client-triage",
            "x",
            "[data-screen],.ct-fallback",
            "get('lang')",
            "lang",
            "^ct\\d+-",
            ".ct-start",
            ".ct-started",
            "it's",
            "s"
        ]
    );
    assert_eq!(
        hard_coded(code),
        [
            "client-triage",
            "[data-screen],.ct-fallback",
            "lang",
            "^ct\\d+-",
            ".ct-start"
        ]
    );
}

/// The names, the texts, the language order: a loader file that writes one itself (instead of
/// importing it from loader/generated/facts.js) could drift from what the widget does.
#[test]
fn no_loader_file_writes_a_value_the_widget_owns() {
    for (path, code) in loader_files() {
        assert_eq!(
            hard_coded(&code),
            Vec::<String>::new(),
            "{}: take these from loader/generated/facts.js (src/web/facts.rs)",
            path.display()
        );
    }
}

/// Every name a loader file imports from the facts is one Rust writes.
#[test]
fn the_facts_module_has_every_name_the_loader_imports() {
    let module = facts::module();
    for (path, code) in loader_files() {
        for import in code.split("import {").skip(1) {
            let (names, from) = import.split_once('}').expect("an import list ends");
            if !from
                .trim_start()
                .starts_with("from '../generated/facts.js'")
            {
                continue;
            }
            for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                let name = name.split(" as ").next().unwrap_or(name);
                assert!(
                    module.contains(&format!("export const {name} = ")),
                    "{} imports {name}, which src/web/facts.rs does not write",
                    path.display()
                );
            }
        }
    }
    assert!(module.contains(&format!("export const HOSTS = '{}';", mount::HOST_SELECTOR)));
    assert!(module.contains(&format!(
        "export const DEFAULT_KEY = '{}';",
        storage::DEFAULT_KEY
    )));
    assert!(module.contains(&format!(
        "export const INSTANCE_ID = /^{}\\d+-/;",
        mount::INSTANCE_PREFIX
    )));
}

#[test]
fn the_loader_finds_a_hosts_data_where_the_widget_put_it() {
    assert_eq!(storage::namespaced(None), storage::DEFAULT_KEY);
    assert_eq!(
        storage::namespaced(Some("blog")),
        format!("{}:blog", storage::DEFAULT_KEY)
    );
    assert!(LANGUAGE.contains("return given ? `${DEFAULT_KEY}:${given}` : DEFAULT_KEY;"));
}

/// A backup is never where a box keeps its data, whatever the host keys are: `post.backup`
/// was once the backup of `post` (issue 26).
#[test]
fn no_host_key_is_another_ones_backup() {
    let given = [
        None,
        Some("post"),
        Some("post.backup"),
        Some("post.backup-2"),
        Some(":x"),
        Some("x:"),
    ];
    let data: Vec<String> = given.iter().map(|g| storage::namespaced(*g)).collect();
    let mut backups: Vec<String> = data
        .iter()
        .flat_map(|key| (1..=3).map(|n| storage::backup_key(key, n)))
        .collect();
    for backup in &backups {
        assert!(!data.contains(backup), "{backup} is also a box's data key");
    }
    let count = backups.len();
    backups.sort();
    backups.dedup();
    assert_eq!(backups.len(), count, "two boxes share a backup key");
    assert_eq!(
        storage::backup_key(storage::DEFAULT_KEY, 2),
        "client-triage.backup-2",
        "the default key's backups keep their names"
    );
}

/// The loader and index.html's script read the language from each source in LANGUAGE_ORDER,
/// in that order (the loader's unit tests check the choice itself).
#[test]
fn the_loader_and_the_preload_script_know_every_language_source() {
    assert!(LANGUAGE.contains("LANGUAGE_ORDER.flatMap((source) => SOURCES[source](host))"));
    assert!(PRELOAD.contains("facts.LANGUAGE_ORDER.map((source) =>"));
    for source in mount::LANGUAGE_ORDER {
        let key = format!("\n  {}: ", source.name());
        assert!(LANGUAGE.contains(&key), "language.js reads {source:?}");
        assert!(PRELOAD.contains(&key), "preload.mjs reads {source:?}");
    }
}

/// What the loader reads of the stored envelope is where the widget writes it.
#[test]
fn the_stored_fields_the_loader_reads_are_the_widgets() {
    let fresh = State::new(Lang::En, Timestamp(0));
    let chosen = State::with_book(Lang::En, fresh.book.clone(), Some(Lang::En));
    let json = schema::encode(&Saved::from_state(&chosen), false).expect("it encodes");
    let value: serde_json::Value = serde_json::from_str(&json).expect("it is JSON");
    assert_eq!(value[storage::STORED_LANG], "en", "{json}");
    assert_eq!(
        value[storage::STORED_VERSION],
        schema::SCHEMA_VERSION,
        "{json}"
    );
}

/// index.html (trunk's template) has the host post-build fills and the German title the
/// loader's texts name.
#[test]
fn index_html_has_the_host_and_title_the_loader_knows() {
    let host = mount::HOST_SELECTOR.trim_matches(['[', ']']);
    assert!(INDEX.contains(&format!("<div {host}></div>")));
    assert!(INDEX.contains(&format!(
        "<title>{}</title>",
        i18n::loader_texts(Lang::De).page_title
    )));
    assert_eq!(Lang::default(), Lang::De, "index.html is German");
}

/// The start screens (rendered by the widget's own component, as examples/texts.rs does) carry
/// the hooks the loader relies on: the classes, the screen attribute and ids with the prefix.
#[test]
fn the_start_screens_carry_the_hooks_the_loader_relies_on() {
    let screens = screens::Screens::new(|| Timestamp(0), |_| String::new());
    for lang in Lang::ALL {
        let intro = State::new(lang, Timestamp(0));
        let question = intro
            .apply(Action::Start, Timestamp(0))
            .expect("Start opens question 1");
        let (intro, question) = (screens.render(intro), screens.render(question));
        let class = |html: &str, name: &str| {
            html.split("class=\"").skip(1).any(|rest| {
                rest.split('"')
                    .next()
                    .unwrap()
                    .split(' ')
                    .any(|c| c == name)
            })
        };
        assert!(class(&intro, mount::ROOT_CLASS), "{lang:?}: the root");
        assert!(class(&intro, mount::START_CLASS), "{lang:?}: Start");
        assert!(class(&intro, mount::INPUT_CLASS), "{lang:?}: the name");
        assert!(class(&intro, mount::HEADING_CLASS), "{lang:?}: a heading");
        assert!(
            class(&question, mount::HEADING_CLASS),
            "{lang:?}: a heading"
        );
        assert!(intro.contains(&format!("{}=\"intro\"", mount::SCREEN_ATTRIBUTE)));
        assert!(question.contains(&format!("{}=\"question\"", mount::SCREEN_ATTRIBUTE)));
        assert!(intro.contains(&format!("id=\"{}1-", mount::INSTANCE_PREFIX)));
    }
}

/// `data-events` and `data-persist` read yes and no alike, whatever the case (EMBED.md).
#[test]
fn host_options_read_yes_and_no_in_any_spelling() {
    for off in ["off", "OFF", " false ", "0", "No"] {
        assert!(!mount::host_option(Some(off), true), "{off:?}");
    }
    for on in ["on", "True", "1", " yes"] {
        assert!(mount::host_option(Some(on), false), "{on:?}");
    }
    for other in [None, Some(""), Some("maybe")] {
        assert!(mount::host_option(other, true) && !mount::host_option(other, false));
    }
}

fn repo_file(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The facts the loader imports are checked in (`loader/generated/facts.js`, so that the loader's
/// tests and editors work without a Rust run or `target/`), and are what Rust writes now. Any
/// build (or `cargo run --example texts -- target/texts`) writes them again; commit the result.
#[test]
fn the_checked_in_facts_are_what_rust_writes() {
    assert!(
        repo_file("loader/generated/facts.js") == facts::module(),
        "loader/generated/facts.js differs from src/web/facts.rs: run `cargo run --example texts \
         -- target/texts` (any build does) and commit it"
    );
}

/// The backticked words of `text` right before ` (`: the options of a list such as
/// "`lang` (`de`, `en`), `load` (…)" without their values.
fn options_before_values(text: &str) -> BTreeSet<String> {
    text.split(" (")
        .filter_map(|before| before.strip_suffix('`')?.rsplit('`').next())
        .map(str::to_owned)
        .collect()
}

/// The backticked words of `text` from `start` to the next `end`.
fn ticked_between(text: &str, start: &str, end: &str) -> BTreeSet<String> {
    let (_, rest) = text
        .split_once(start)
        .unwrap_or_else(|| panic!("{start:?} is there"));
    let (list, _) = rest.split_once(end).expect("the list ends");
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The first cells of a Markdown table's rows that name a `data-` attribute.
fn table_attributes(markdown: &str) -> BTreeSet<String> {
    markdown
        .lines()
        .filter_map(|line| line.strip_prefix("| `data-"))
        .map(|rest| format!("data-{}", rest.split('`').next().unwrap()))
        .collect()
}

/// Every host option the widget and the loader read (`mount::option`) is offered by the
/// WordPress plugin (the shortcode's allow-list, the block's attributes, what the block hands
/// the shortcode's code, its sidebar) and documented (README's and EMBED.md's tables, the
/// plugin's option lists): the next option cannot be left out of one of them unnoticed.
#[test]
fn every_host_option_is_in_the_plugin_and_the_docs() {
    // `option::ALL` is every constant of `mod option`.
    let mount_rs = repo_file("src/web/mount.rs");
    let (_, module) = mount_rs
        .split_once("pub mod option {")
        .expect("mount.rs has mod option");
    let (module, _) = module.split_once("\n}").expect("mod option ends");
    let declared: Vec<&str> = module
        .lines()
        .filter_map(|line| line.trim().strip_prefix("pub const "))
        .filter(|line| line.contains(": &str = "))
        .map(|line| line.split('"').nth(1).expect("a string constant"))
        .collect();
    assert_eq!(
        declared,
        mount::option::ALL,
        "mount::option::ALL lists every option"
    );

    let attributes: BTreeSet<String> = mount::option::ALL.map(str::to_owned).into();
    // The shortcode's names: without `data-`, with `_` (storage_key); the block's: storageKey.
    let shortcode: BTreeSet<String> = mount::option::ALL
        .map(|a| a.trim_start_matches("data-").replace('-', "_"))
        .into();
    let block: BTreeSet<String> = mount::option::ALL.map(facts::dataset_name).into();

    let render = repo_file("wordpress/client-triage/includes/render.php");
    let (_, options) = render
        .split_once("function client_triage_options() {")
        .expect("render.php has client_triage_options");
    let (options, _) = options.split_once("\n}").expect("it ends");
    let allowed: BTreeSet<String> = options
        .lines()
        .filter_map(|line| line.trim().strip_prefix('\''))
        .filter_map(|line| Some(line.split_once("'")?.0.to_owned()))
        .collect();
    assert_eq!(
        allowed, shortcode,
        "includes/render.php: client_triage_options()"
    );

    let block_json: serde_json::Value =
        serde_json::from_str(&repo_file("wordpress/client-triage/block/block.json"))
            .expect("block.json is JSON");
    let declared: BTreeSet<String> = block_json["attributes"]
        .as_object()
        .expect("block.json has attributes")
        .keys()
        .cloned()
        .collect();
    assert_eq!(declared, block, "block.json's attributes");

    let block_render = repo_file("wordpress/client-triage/block/render.php");
    let editor = repo_file("wordpress/client-triage/block/editor.js");
    for attribute in mount::option::ALL {
        let (name, key) = (
            attribute.trim_start_matches("data-").replace('-', "_"),
            facts::dataset_name(attribute),
        );
        assert!(
            block_render
                .lines()
                .any(|line| line.contains(&format!("'{name}'"))
                    && line.contains(&format!("$attributes['{key}']"))),
            "block/render.php hands {key} over as {name}"
        );
        // A select( 'theme', … ) or a text field's `attributes.storageKey`.
        assert!(
            editor.contains(&format!("select( '{key}'"))
                || editor.contains(&format!("attributes.{key}")),
            "block/editor.js offers {key}"
        );
    }

    let readme_txt = repo_file("wordpress/client-triage/readme.txt");
    let listed: BTreeSet<String> = readme_txt
        .lines()
        .filter_map(|line| line.strip_prefix("* `"))
        .filter(|line| line.contains("` — "))
        .map(|line| line.split('`').next().unwrap().to_owned())
        .collect();
    assert_eq!(listed, shortcode, "readme.txt's shortcode options");

    let readme = repo_file("README.md");
    let embed = repo_file("docs/EMBED.md");
    assert_eq!(
        table_attributes(&readme),
        attributes,
        "README.md's options table"
    );
    assert_eq!(
        table_attributes(&embed),
        attributes,
        "docs/EMBED.md's options table"
    );
    assert_eq!(
        ticked_between(&readme, "with the options below\n(", ")"),
        shortcode,
        "README.md: the plugin's options"
    );
    assert_eq!(
        options_before_values(
            embed
                .split_once("The options are the attributes of the table above")
                .and_then(|(_, rest)| rest.split_once("\n\n"))
                .expect("EMBED.md lists the shortcode's options")
                .0
        ),
        shortcode,
        "docs/EMBED.md: the shortcode's options"
    );
    assert_eq!(
        ticked_between(&embed, "(Optionen wie oben: ", ")"),
        shortcode,
        "docs/EMBED.md: the German summary's plugin options"
    );
}

/// The UI selects the classes the loader shares by their constants, never a literal of its own
/// (`ui::HEADING_CLASS`, re-exported as `mount::HEADING_CLASS`).
#[test]
fn the_ui_selects_the_shared_classes_by_their_constants() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    for entry in fs::read_dir(&ui).expect("src/ui/ is there") {
        let path = entry.expect("a directory entry").path();
        let code = fs::read_to_string(&path).expect("a UI file reads");
        for class in [
            mount::START_CLASS,
            mount::ROOT_CLASS,
            mount::INPUT_CLASS,
            mount::HEADING_CLASS,
        ] {
            assert!(
                !names_class(&code, &format!("\".{class}")),
                "{}: selects .{class} by a literal; use its constant",
                path.display()
            );
        }
    }
    assert_eq!(mount::HEADING_CLASS, client_triage::ui::HEADING_CLASS);
}

/// The benchmark's SurveyJS page asks exactly the widget's questions, with its German prompts
/// and answers, in its order (`bench/surveyjs/build.mjs` reads what `examples/texts.rs` writes).
#[test]
fn the_benchmarks_survey_asks_the_widgets_questions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("ct-survey-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("a temporary folder");
    let file = dir.join("survey-de.json");
    fs::write(&file, survey::survey_json(Lang::De)).expect("the survey is written");
    let output = std::process::Command::new("node")
        .current_dir(root)
        .args([
            "--input-type=module",
            "-e",
            "const { surveyJson } = await import('./bench/surveyjs/build.mjs'); \
             console.log(JSON.stringify(surveyJson(process.argv[1])));",
        ])
        .arg(&file)
        .output()
        .expect("node runs");
    let _ = fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let survey: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let pages = survey["pages"].as_array().expect("pages");
    let asked: Vec<(String, String, Vec<String>)> = pages
        .iter()
        .map(|page| {
            let question = &page["elements"][0];
            let choices = question["choices"].as_array().expect("choices");
            (
                question["name"].as_str().expect("a name").to_owned(),
                question["title"].as_str().expect("a title").to_owned(),
                choices
                    .iter()
                    .map(|c| c["text"].as_str().expect("a text").to_owned())
                    .collect(),
            )
        })
        .collect();
    let widget: Vec<(String, String, Vec<String>)> = client_triage::core::QUESTIONS
        .iter()
        .map(|question| {
            let text = i18n::question(Lang::De, question.id);
            (
                question.id.as_str().to_owned(),
                text.prompt.to_owned(),
                text.answers.iter().map(|a| a.label.to_owned()).collect(),
            )
        })
        .collect();
    assert_eq!(asked, widget);
}
