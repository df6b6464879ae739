//! The plan documents that copy, download and print hand over.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::core::plans::{MAX_FIELD_CHARS, NoteEdit, NoteField, PlanNotes};
use client_triage::core::{Lang, Strategy};
use client_triage::i18n::plan::{ClientName, options};
use client_triage::i18n::plan_texts;

const NAMED: ClientName = ClientName {
    shown: "Agency X",
    label: Some("Agency X"),
};
const UNNAMED: ClientName = ClientName {
    shown: "Client 2",
    label: None,
};

/// The Markdown that copy and download hand over.
fn document(lang: Lang, strategy: Strategy, client: ClientName, notes: &PlanNotes) -> String {
    let blocks = client_triage::i18n::plan::document(lang, strategy, client, notes);
    client_triage::i18n::plan::markdown(&blocks)
}

fn notes() -> PlanNotes {
    PlanNotes {
        options: vec![
            "Free extra revision".into(),
            "Discount of 10 %".into(),
            "New deadline 15 May".into(),
        ],
        chosen: Some(1),
        meeting_date: "2026-12-01".into(),
        participants: "Anna, Mr Berger".into(),
        deadlines: "Final files by 15 December".into(),
        next_steps: "Anna sends the revised logo".into(),
        contract_reference: "vom 2. März 2026".into(),
        end_date: "2026-12-31".into(),
    }
}

#[test]
fn the_mediation_record_is_filled_from_what_the_reader_typed() {
    let doc = document(Lang::En, Strategy::Mediate, NAMED, &notes());
    for expected in [
        "# Mediate – Agency X",
        "## Solutions for Agency X to choose from",
        "1. Free extra revision\n2. Discount of 10 %\n3. New deadline 15 May",
        "Dear Agency X,",
        "- Date of the conversation: 1 December 2026",
        "- Participants: Anna, Mr Berger",
        "- Chosen solution: Discount of 10 %",
        "- Deadlines: Final files by 15 December",
        "- Next steps: Anna sends the revised logo",
        "How to run the conversation",
    ] {
        assert!(doc.contains(expected), "missing {expected:?} in:\n{doc}");
    }
}

#[test]
fn untouched_options_offer_a_goodwill_solution_in_the_readers_language() {
    for lang in Lang::ALL {
        let shown = options(lang, &PlanNotes::default());
        assert_eq!(shown.len(), 2);
        assert_eq!(shown[0], plan_texts(lang).goodwill_default);
        let doc = document(lang, Strategy::Mediate, UNNAMED, &PlanNotes::default());
        assert!(doc.contains(plan_texts(lang).goodwill_default));
        assert!(
            doc.contains(plan_texts(lang).to_fill),
            "blank fields are marked, not left empty"
        );
    }
    assert!(plan_texts(Lang::De).goodwill_default.starts_with("Kulanz"));
}

#[test]
fn the_notice_letter_refers_to_the_agreement_and_the_checklist_is_ticked_off() {
    let doc = document(
        Lang::De,
        Strategy::Terminate,
        ClientName {
            shown: "Shop Y",
            label: Some("Shop Y"),
        },
        &notes(),
    );
    assert!(
        doc.contains(
            "hiermit kündige ich unsere Vereinbarung vom 2. März 2026 zum 31. Dezember 2026."
        ),
        "{doc}"
    );
    assert!(
        doc.contains("## Kündigungsschreiben\n\nShop Y\n\n"),
        "the name is the address line:\n{doc}"
    );
    assert!(doc.contains("Guten Tag,"), "{doc}");
    assert!(
        doc.contains("§\u{a0}648a BGB"),
        "the legal pointer is part of the plan:\n{doc}"
    );
    assert_eq!(doc.matches("- [ ] ").count(), 5, "{doc}");
}

/// Documents the reader sends to the client address them with *Sie*, whatever the UI says.
#[test]
fn german_documents_to_the_client_use_sie() {
    for strategy in [Strategy::Mediate, Strategy::Terminate] {
        let doc = document(Lang::De, strategy, NAMED, &notes());
        let to_client = doc
            .split_once(if strategy == Strategy::Mediate {
                "## Schriftliche Zusammenfassung"
            } else {
                "## Kündigungsschreiben"
            })
            .unwrap()
            .1;
        for word in to_client.split(|c: char| !c.is_alphabetic()) {
            assert!(
                !matches!(
                    word,
                    "du" | "dich"
                        | "dir"
                        | "dein"
                        | "deine"
                        | "deinem"
                        | "deinen"
                        | "deiner"
                        | "Du"
                        | "Dich"
                        | "Dir"
                        | "Dein"
                        | "Deine"
                ),
                "{strategy:?}: \"{word}\" in a document to the client:\n{to_client}"
            );
        }
    }
}

/// An unnamed client is "Client 2" to the reader, but nobody writes "Dear Client 2".
#[test]
fn an_unnamed_client_gets_a_neutral_greeting() {
    let doc = document(Lang::En, Strategy::Terminate, UNNAMED, &notes());
    assert!(doc.contains("Dear Sir or Madam,"), "{doc}");
    assert!(!doc.contains("Dear Client 2"), "{doc}");
    let doc = document(Lang::En, Strategy::Mediate, UNNAMED, &notes());
    assert!(
        doc.contains("## Solutions for the client to choose from"),
        "{doc}"
    );
}

/// A value the reader typed or imported stays text in a Markdown viewer: no remote image,
/// no link, no heading, and a line break stays inside its item.
#[test]
fn user_values_cannot_inject_markdown() {
    let mut hostile = notes();
    hostile.participants = "Anna\n![](https://tracker.example/p.gif)\n# Heading".into();
    hostile.options[0] = "[click](https://evil.example) *bold* `code` <b>x</b>".into();
    let doc = document(Lang::En, Strategy::Mediate, NAMED, &hostile);
    assert!(
        doc.contains(
            "- Participants: Anna\\\n  \\!\\[\\](https\\://tracker.example/p.gif)\\\n  \\# Heading\n"
        ),
        "{doc}"
    );
    assert!(
        doc.contains(
            "1. \\[click\\](https\\://evil.example) \\*bold\\* \\`code\\` \\<b\\>x\\</b\\>\n"
        ),
        "{doc}"
    );
    assert!(!doc.contains("\n!["), "{doc}");
}

/// Each builder change names what changed, so a change from another tab is not undone.
#[test]
fn note_edits_change_only_what_they_name() {
    let defaults = vec!["Goodwill".to_owned(), "New deadline".to_owned()];
    let empty = PlanNotes::default();
    let added = empty.apply(NoteEdit::AddOption, &defaults);
    assert_eq!(
        added.options,
        ["Goodwill", "New deadline", ""],
        "the first edit starts from the defaults"
    );
    let chosen = added.apply(NoteEdit::Choose(2), &defaults);
    let removed = chosen.apply(NoteEdit::RemoveOption(0), &defaults);
    assert_eq!(removed.options, ["New deadline", ""]);
    assert_eq!(
        removed.chosen,
        Some(1),
        "the choice stays on the same option"
    );
    assert_eq!(
        removed.apply(NoteEdit::RemoveOption(0), &defaults),
        removed,
        "never fewer than two"
    );
    let set = removed.apply(
        NoteEdit::Set(NoteField::Participants, "Anna".into()),
        &defaults,
    );
    assert_eq!(
        (set.participants.as_str(), set.options.clone()),
        ("Anna", removed.options.clone())
    );
    let field_only = empty.apply(
        NoteEdit::Set(NoteField::EndDate, "2027-01-31".into()),
        &defaults,
    );
    assert!(
        field_only.options.is_empty(),
        "a field edit leaves the untouched list on its defaults"
    );
    let full = (0..5).fold(empty, |notes, _| {
        notes.apply(NoteEdit::AddOption, &defaults)
    });
    assert_eq!(full.options.len(), 4, "at most four options");
}

#[test]
fn every_document_is_complete_in_both_languages() {
    for lang in Lang::ALL {
        for strategy in Strategy::ALL {
            for notes in [PlanNotes::default(), notes()] {
                let doc = document(lang, strategy, NAMED, &notes);
                assert!(
                    !doc.contains('{') && !doc.contains('}'),
                    "{lang:?} {strategy:?}: placeholder left:\n{doc}"
                );
                assert!(doc.lines().count() > 8);
            }
        }
    }
}

#[test]
fn notes_are_kept_within_limits() {
    let long = "x".repeat(MAX_FIELD_CHARS + 50);
    let cleaned = PlanNotes {
        options: vec![long.clone(); 6],
        chosen: Some(5),
        participants: long,
        ..PlanNotes::default()
    }
    .cleaned();
    assert_eq!(cleaned.options.len(), 4);
    assert_eq!(cleaned.chosen, None, "a choice outside the list is dropped");
    assert_eq!(cleaned.participants.chars().count(), MAX_FIELD_CHARS);
    let one = PlanNotes {
        options: vec!["only".into()],
        ..PlanNotes::default()
    }
    .cleaned();
    assert_eq!(
        one.options.len(),
        2,
        "an option list has at least two entries"
    );
}
