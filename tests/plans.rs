//! The plan documents that copy, download and print hand over.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::core::plans::{MAX_FIELD_CHARS, PlanNotes};
use client_triage::core::{Lang, Strategy};
use client_triage::i18n::plan::{document, options};
use client_triage::i18n::plan_texts;

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
        contract_reference: "of 2 March 2026".into(),
        end_date: "2026-12-31".into(),
    }
}

#[test]
fn the_mediation_record_is_filled_from_what_the_reader_typed() {
    let doc = document(Lang::En, Strategy::Mediate, "Agency X", &notes());
    for expected in [
        "# Mediate – Agency X",
        "1. Free extra revision\n2. Discount of 10 %\n3. New deadline 15 May",
        "- Date of the talk: 2026-12-01",
        "- Participants: Anna, Mr Berger",
        "- Chosen option: Discount of 10 %",
        "- Deadlines: Final files by 15 December",
        "- Next steps: Anna sends the revised logo",
        "Talking guide for the call",
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
        let doc = document(lang, Strategy::Mediate, "X", &PlanNotes::default());
        assert!(doc.contains(plan_texts(lang).goodwill_default));
        assert!(
            doc.contains(plan_texts(lang).to_fill),
            "blank fields are marked, not left empty"
        );
    }
    assert!(plan_texts(Lang::De).goodwill_default.starts_with("Kulanz"));
}

#[test]
fn the_notice_letter_refers_to_the_contract_and_the_checklist_is_ticked_off() {
    let doc = document(Lang::De, Strategy::Terminate, "Shop Y", &notes());
    assert!(
        doc.contains("unter Bezug auf unseren Vertrag of 2 March 2026"),
        "{doc}"
    );
    assert!(doc.contains("zum 2026-12-31"), "{doc}");
    assert_eq!(doc.matches("- [ ] ").count(), 5, "{doc}");
}

#[test]
fn every_document_is_complete_in_both_languages() {
    for lang in Lang::ALL {
        for strategy in Strategy::ALL {
            for notes in [PlanNotes::default(), notes()] {
                let doc = document(lang, strategy, "C", &notes);
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
