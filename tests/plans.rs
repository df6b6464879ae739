//! The plan documents that copy, download and print hand over.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/names.rs"]
mod names;

use client_triage::core::advice::{Goodwill, advise};
use client_triage::core::model::fired_rule;
use client_triage::core::plans::{MAX_FIELD_CHARS, NoteEdit, NoteField, PlanNotes};
use client_triage::core::{Answers, Lang, Strategy};
use client_triage::i18n::plan::{Block, ClientName, options, plain_text};
use client_triage::i18n::plan_texts;

const NAMED: ClientName = ClientName {
    shown: "Agency X",
    label: Some("Agency X"),
};
const UNNAMED: ClientName = ClientName {
    shown: "Client 2",
    label: None,
};

/// A polite client who turned the solutions down and eats time, with a signed contract.
const REFUSED: &str = "dispute never evenings written_loops hardly refused no_change much_more not_really signed precise written signed_off ideal months worse polite";
/// The same, but insulting.
const INSULTING: &str = "dispute never evenings written_loops hardly refused no_change much_more not_really signed precise written signed_off ideal months worse insulting";
/// The same, but threatening.
const THREATS: &str = "dispute never drained hardened hardly refused no_change much_more not_really signed precise written signed_off ideal months escalating threats";

fn answers(line: &str) -> Answers {
    let ids: Vec<&str> = line.split_whitespace().collect();
    names::answers(&ids, |what| what.to_owned())
}

fn blocks(
    lang: Lang,
    strategy: Strategy,
    answers_line: &str,
    client: ClientName,
    notes: &PlanNotes,
) -> Vec<Block> {
    let answers = answers(answers_line);
    let advice = advise(&answers, strategy, fired_rule(&answers));
    client_triage::i18n::plan::document(lang, strategy, &advice, client, notes)
}

/// The plan as copied, for a client without a name and with nothing typed in.
fn unnamed_plain(lang: Lang, strategy: Strategy, line: &str) -> String {
    plain_text(&blocks(
        lang,
        strategy,
        line,
        UNNAMED,
        &PlanNotes::default(),
    ))
}

/// The Markdown the download hands over.
fn document(lang: Lang, strategy: Strategy, client: ClientName, notes: &PlanNotes) -> String {
    client_triage::i18n::plan::markdown(&blocks(lang, strategy, REFUSED, client, notes))
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
        "# Negotiate – Agency X",
        "## Solutions for Agency X to choose from",
        "1. Free extra revision\n2. Discount of 10 %\n3. New deadline 15 May",
        "Dear Sir or Madam,",
        "- Date of the conversation: 1\u{a0}December 2026",
        "- Participants: Anna, Mr Berger",
        "- Agreed solution: Discount of 10 %",
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
        let t = plan_texts(lang);
        for (goodwill, first) in [
            (Goodwill::Rework, t.goodwill_default),
            (Goodwill::Discount, t.goodwill_default_time),
            (Goodwill::PartFree, t.goodwill_default_part),
            (Goodwill::WaiveExtras, t.goodwill_default_extras),
            (Goodwill::PaymentTerms, t.goodwill_default_terms),
            (Goodwill::OpenAmount, t.goodwill_default_open),
        ] {
            let shown = options(lang, &PlanNotes::default(), goodwill);
            assert_eq!(shown.len(), 2);
            assert_eq!(shown[0], first);
        }
        let doc = document(lang, Strategy::Mediate, UNNAMED, &PlanNotes::default());
        // REFUSED takes much more time than it pays for, and its criticism is hardly fair: no
        // free extra work, no discount — the extra time so far is not charged.
        let text = unnamed_plain(lang, Strategy::Mediate, REFUSED);
        assert!(text.contains(t.goodwill_default_extras), "{text}");
        assert!(
            doc.contains(&format!("- {}: \\[…\\]", plan_texts(lang).participants)),
            "blank fields are marked, not left empty:\n{doc}"
        );
        assert!(
            doc.contains(plan_texts(lang).fill_in.split('{').next().unwrap()),
            "the letters say to replace what is in [ ]:\n{doc}"
        );
    }
}

/// The option list goes out as an offer: the goodwill caveat and the deadline stand around all
/// the options, not on one of them, and no default presumes an hourly rate (editor M4, coach).
#[test]
fn the_options_go_out_as_an_offer_with_one_caveat_and_a_deadline_for_all() {
    for lang in Lang::ALL {
        let t = plan_texts(lang);
        let doc = unnamed_plain(lang, Strategy::Mediate, REFUSED);
        // No blanket promise to put defects right beside a settlement (editor, round 14).
        let caveat = match lang {
            Lang::De => "ohne Anerkennung einer Rechtspflicht",
            Lang::En => {
                "without accepting that your complaints are justified or admitting any liability"
            }
        };
        let offer = doc
            .split(t.offer_intro_owed)
            .nth(1)
            .expect("the offer letter");
        assert!(
            t.offer_intro_owed.contains(caveat),
            "{}",
            t.offer_intro_owed
        );
        assert!(
            offer.contains(&t.offer_deadline()) && offer.contains(t.sign_off),
            "{doc}"
        );
        for default in [
            t.goodwill_default,
            t.second_option_default,
            t.goodwill_default_time,
            t.second_option_default_time,
            t.goodwill_default_part,
            t.second_option_default_part,
            t.goodwill_default_extras,
            t.second_option_default_extras,
            t.goodwill_default_terms,
            t.second_option_default_terms,
        ] {
            for never in ["Kulanz", "goodwill", "Stundensatz", "hourly rate"] {
                assert!(!default.contains(never), "{default}");
            }
        }
    }
}

#[test]
fn the_notice_has_a_fallback_date_and_a_mutual_agreement_version() {
    let shop = ClientName {
        shown: "Shop Y",
        label: Some("Shop Y"),
    };
    let doc = document(Lang::De, Strategy::Terminate, shop, &notes());
    for expected in [
        "hiermit kündige ich unseren Vertrag vom 2. März 2026 fristgerecht zum 31.\u{a0}Dezember 2026, hilfsweise zum nächstmöglichen Zeitpunkt.",
        "## Schreiben 2: Kündigung, falls der Kunde nicht zustimmt\n\n\\[NAME UND ANSCHRIFT DES ABSENDERS\\]\n\nShop Y\\\n\\[ANSCHRIFT DES KUNDEN\\]\n\n\\[ORT\\], \\[DATUM\\]\n\nKündigung unseres Vertrags vom 2. März 2026",
        "Über die bis zum Vertragsende erbrachten Leistungen erhalten Sie eine Schlussrechnung.\n\n\\[FALLS ZUTREFFEND: Zum Vertragsende übergebe ich",
        "Sehr geehrte Damen und Herren,",
        "Bis dahin erbringe ich die Leistungen im vereinbarten Umfang.",
        "ich schlage Ihnen vor, unseren Vertrag vom 2. März 2026 einvernehmlich zum 31.\u{a0}Dezember 2026 zu beenden.",
        "Vielen Dank für die Zusammenarbeit.",
        "§\u{a0}648a BGB",
        "Ersetze alles in eckigen Klammern, etwa \\[NAME UND ANSCHRIFT DES ABSENDERS\\]. Kennst du",
    ] {
        assert!(doc.contains(expected), "missing {expected:?} in:\n{doc}");
    }
    let empty = document(
        Lang::En,
        Strategy::Terminate,
        UNNAMED,
        &PlanNotes::default(),
    );
    assert!(
        empty.contains("terminate our agreement \\[of DATE\\], to end on \\[END DATE\\] or, failing that, on the earliest permissible date."),
        "{empty}"
    );
}

/// Check, propose ending it by mutual consent, give notice if that fails, finish or hand over,
/// final invoice: the steps in that order, and the letters too (§ 648a BGB: for a Werkvertrag
/// without a termination clause, ending it by mutual consent is often the safer way).
#[test]
fn the_steps_to_end_it_run_check_propose_notice_finish_invoice() {
    let b = blocks(Lang::En, Strategy::Terminate, REFUSED, NAMED, &notes());
    let steps = b
        .iter()
        .find_map(|block| match block {
            Block::Numbered(items) => Some(items.clone()),
            _ => None,
        })
        .unwrap();
    let at = |needle: &str| {
        steps
            .iter()
            .position(|s| s.contains(needle))
            .unwrap_or_else(|| panic!("no step with {needle:?}: {steps:#?}"))
    };
    assert!(at("Check your contract") < at("First propose ending the agreement by mutual"));
    assert!(at("First propose ending the agreement by mutual") < at("give notice"));
    assert!(at("give notice") < at("hand over what the client is entitled to"));
    assert!(at("hand over what the client is entitled to") < at("final invoice"));
    let doc = document(Lang::De, Strategy::Terminate, NAMED, &notes());
    let proposal = doc.find("ich schlage Ihnen vor").expect("the proposal");
    let notice = doc.find("hiermit kündige ich").expect("the notice");
    assert!(proposal < notice, "{doc}");
}

/// To a client who insults: no thanks, and the results once the invoice is paid.
#[test]
fn an_insulting_client_gets_no_thanks_and_no_handover_before_payment() {
    let doc = client_triage::i18n::plan::markdown(&blocks(
        Lang::De,
        Strategy::Terminate,
        INSULTING,
        NAMED,
        &notes(),
    ));
    assert!(!doc.contains("Vielen Dank"), "{doc}");
    assert!(!doc.contains("Zum Vertragsende übergebe ich"), "{doc}");
    assert!(
        doc.contains("Zug um Zug gegen Zahlung der Schlussrechnung"),
        "{doc}"
    );
}

/// To a client who threatens: notice without notice period (and a fallback), no thanks, no
/// promise of further work, only one letter.
#[test]
fn a_threatening_client_gets_the_safety_letter() {
    for lang in Lang::ALL {
        let b = blocks(lang, Strategy::Terminate, THREATS, NAMED, &notes());
        let doc = client_triage::i18n::plan::markdown(&b);
        let letter = doc.split_once(plan_texts(lang).letter_heading).unwrap().1;
        for banned in [
            "Vielen Dank",
            "Thank you",
            "Bis dahin",
            "Until then",
            "einvernehmlich",
            "mutual",
        ] {
            assert!(
                !letter.contains(banned),
                "{lang:?}: {banned:?} in:\n{letter}"
            );
        }
        assert!(
            letter.contains("fristlos aus wichtigem Grund, hilfsweise fristgerecht")
                || letter.contains(
                    "with immediate effect for good cause or, alternatively, with due notice"
                ),
            "{letter}"
        );
        // Not a home address the client may not know (editor, round 11).
        let sender = markdown_escaped(plan_texts(lang).blank_sender_block_safe);
        assert!(letter.contains(&sender), "{lang:?}: {letter}");
    }
}

/// A placeholder as the Markdown document writes it.
fn markdown_escaped(text: &str) -> String {
    text.replace('[', "\\[").replace(']', "\\]")
}

/// Documents the reader sends to the client address them with *Sie*, whatever the UI says.
#[test]
fn german_documents_to_the_client_use_sie() {
    for (strategy, line) in [
        (Strategy::Mediate, REFUSED),
        (Strategy::Terminate, REFUSED),
        (Strategy::Terminate, THREATS),
    ] {
        let doc =
            client_triage::i18n::plan::markdown(&blocks(Lang::De, strategy, line, NAMED, &notes()));
        let to_client = [
            "## Schriftliche Zusammenfassung",
            "## Schreiben 1",
            "## Kündigungsschreiben",
        ]
        .iter()
        .find_map(|heading| doc.split_once(heading))
        .unwrap()
        .1;
        // The one line to the reader above the letters is theirs, not the client's.
        let to_client: String = to_client
            .lines()
            .filter(|line| !line.contains("Ersetze alles in"))
            .collect();
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

/// An unnamed client is "Client 2" to the reader, but no letter says it: the address is a
/// placeholder to fill in.
#[test]
fn an_unnamed_client_gets_a_name_placeholder() {
    let doc = document(Lang::En, Strategy::Terminate, UNNAMED, &notes());
    assert!(
        doc.contains("\\[CLIENT’S NAME\\]\\\n\\[CLIENT’S ADDRESS\\]"),
        "{doc}"
    );
    assert!(!doc.contains("Client 2,"), "{doc}");
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

/// Copy hands over what an email takes: no Markdown marks, headings as lines, lists as
/// numbers and dashes.
#[test]
fn copy_gives_plain_text() {
    let b = blocks(Lang::En, Strategy::Mediate, REFUSED, NAMED, &notes());
    let text = plain_text(&b);
    assert!(text.starts_with("Negotiate – Agency X\n\n"), "{text}");
    assert!(text.contains("\nSteps\n1. "), "{text}");
    assert!(
        text.contains("\n- Participants: Anna, Mr Berger\n"),
        "{text}"
    );
    assert!(text.contains("\n- Open calmly"), "{text}");
    assert!(!text.contains('#') && !text.contains("\\"), "{text}");
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

/// Each letter's subject names the agreement (or its placeholder). Every letter and email opens
/// formally, whatever the client's name looks like (a company's, a person's, none), and closes
/// as that greeting asks: the tool cannot tell a company from a person, nor knows the contact
/// ("Guten Tag Agentur Beispiel", editor, round 6, M1).
#[test]
fn letters_name_the_agreement_in_the_subject_and_close_as_their_greeting_asks() {
    let doc = document(Lang::De, Strategy::Terminate, NAMED, &PlanNotes::default());
    for subject in [
        "Vorschlag zur einvernehmlichen Beendigung unseres Vertrags \\[vom DATUM\\]",
        "Kündigung unseres Vertrags \\[vom DATUM\\]",
    ] {
        assert!(doc.contains(subject), "{subject}: {doc}");
    }
    let doc = document(Lang::En, Strategy::Terminate, UNNAMED, &notes());
    assert!(
        doc.contains("Termination of our agreement vom 2. März 2026"),
        "{doc}"
    );
    let company = ClientName {
        shown: "Agentur Beispiel",
        label: Some("Agentur Beispiel"),
    };
    for (lang, greeting, closing) in [
        (
            Lang::De,
            "Sehr geehrte Damen und Herren,",
            "Mit freundlichen Grüßen",
        ),
        (Lang::En, "Dear Sir or Madam,", "Yours faithfully,"),
    ] {
        for strategy in [Strategy::Terminate, Strategy::Mediate] {
            for client in [NAMED, UNNAMED, company] {
                let doc = document(lang, strategy, client, &notes());
                let letters = doc.matches(greeting).count();
                assert!(letters >= 2, "{doc}");
                assert_eq!(doc.matches(closing).count(), letters, "{doc}");
                assert!(
                    !doc.contains("Guten Tag") && !doc.contains("Dear A"),
                    "{doc}"
                );
            }
        }
    }
}

/// Where no call is to come (here: the client refuses to talk), the plan has no guide for one
/// and confirms the client's choice in writing instead of summing up a conversation.
#[test]
fn without_a_call_the_plan_confirms_the_choice_instead_of_summing_up_a_talk() {
    let refuses = REFUSED.replace("no_change", "refuses");
    for lang in Lang::ALL {
        let t = plan_texts(lang);
        let doc = client_triage::i18n::plan::markdown(&blocks(
            lang,
            Strategy::Mediate,
            &refuses,
            NAMED,
            &notes(),
        ));
        assert!(!doc.contains(t.talk_heading), "{doc}");
        assert!(
            !doc.contains(t.record_heading) && !doc.contains(t.meeting_date),
            "{doc}"
        );
        assert!(doc.contains(t.confirm_heading), "{doc}");
        let with_call = document(lang, Strategy::Mediate, NAMED, &notes());
        assert!(with_call.contains(t.talk_heading) && with_call.contains(t.record_heading));
    }
}

/// Every plan with legal notes or letters says it is not legal advice, in what leaves the page
/// too: under the title of the document (editor M7).
#[test]
fn every_plan_with_legal_notes_or_letters_says_it_is_not_legal_advice() {
    const LEGAL_THREATS: &str = "dispute clearer_terms evenings written_loops partly not_yet not_yet somewhat_more just_about signed rough written not_needed ideal weeks worse legal_threats";
    const PLAIN: &str = "manner work_accepted annoyed tense no_complaint nothing_to_negotiate nothing_to_negotiate proportionate clearly signed precise written signed_off ideal weeks same curt";
    for lang in Lang::ALL {
        let a = client_triage::i18n::advice(lang);
        for (strategy, line, expected) in [
            (Strategy::Terminate, REFUSED, Some(a.legal_first)),
            (Strategy::Terminate, THREATS, Some(a.legal_first)),
            (Strategy::Terminate, LEGAL_THREATS, Some(a.legal_first)),
            (Strategy::Mediate, LEGAL_THREATS, Some(a.legal_plain)),
            (Strategy::Detach, LEGAL_THREATS, Some(a.legal_plain)),
            (Strategy::Detach, PLAIN, None),
            (Strategy::Mediate, PLAIN, None),
        ] {
            let doc = blocks(lang, strategy, line, UNNAMED, &PlanNotes::default());
            let second = match &doc[1] {
                Block::Paragraph(text) => Some(text.as_str()),
                _ => None,
            };
            match expected {
                Some(line) => assert_eq!(second, Some(line), "{lang:?} {strategy:?}"),
                None => assert!(
                    !plain_text(&doc).contains(a.legal_plain),
                    "{lang:?} {strategy:?}"
                ),
            }
        }
    }
}

/// A small one-off job gets its own letter: close it at its current stage, hand over what is
/// done, final invoice, no further work; no notice letter, which the legal note says a
/// contractor can rarely give on a Werkvertrag (editor M2).
#[test]
fn a_small_job_gets_a_letter_to_close_it_as_it_stands_and_no_notice() {
    const SMALL: &str = "dispute never evenings written_loops hardly refused no_change much_more not_really not_needed not_needed vague not_needed ideal weeks worse curt";
    for lang in Lang::ALL {
        let t = plan_texts(lang);
        let text = unnamed_plain(lang, Strategy::Terminate, SMALL);
        assert!(text.contains(t.small_heading), "{text}");
        assert!(text.contains(t.legal_note_small), "{text}");
        for never in [t.notice_heading, t.mutual_heading, t.legal_note] {
            assert!(!text.contains(never), "{never} in:\n{text}");
        }
        let notice = t.letter_notice.split(" {0}").next().unwrap();
        assert!(!text.contains(notice), "{text}");
    }
    let de = unnamed_plain(Lang::De, Strategy::Terminate, SMALL);
    assert!(
        de.contains("einvernehmlich mit dem heutigen Stand abzuschließen"),
        "{de}"
    );
}

/// The written record asks the client to confirm it by a date, records the agreed solution as
/// agreed, and, after a dispute about the work, says that it settles the complaints (editor M5,
/// M6); without complaints it says nothing of the kind.
#[test]
fn the_record_asks_for_confirmation_and_settles_the_complaints() {
    const NO_COMPLAINT: &str = "manner work_accepted annoyed tense no_complaint not_yet not_yet somewhat_more just_about signed rough written informal ideal weeks same curt";
    for lang in Lang::ALL {
        let t = plan_texts(lang);
        let text = unnamed_plain(lang, Strategy::Mediate, REFUSED);
        assert!(text.contains(&t.record_closing()), "{text}");
        assert!(t.record_closing().contains(t.blank_reply_by));
        assert!(text.contains(&format!("- {}: ", t.chosen_option)), "{text}");
        assert!(text.contains(t.settled_line), "{text}");
        let calm = unnamed_plain(lang, Strategy::Mediate, NO_COMPLAINT);
        assert!(!calm.contains(t.settled_line), "{calm}");
    }
    assert_eq!(plan_texts(Lang::De).chosen_option, "Vereinbarte Lösung");
    assert_eq!(plan_texts(Lang::En).chosen_option, "Agreed solution");
}

/// The notice sets no retention right as a fact: the handover follows the agreement, and the
/// Zug-um-Zug sentence is an option in brackets to check first (editor, round 4, M1). The plan
/// says what to do if neither the agreement nor the law allows a notice (M3), and the e-mail
/// sentence no longer claims a contractual Schriftform rules it out (M2).
#[test]
fn the_notice_holds_results_back_only_as_a_checked_option() {
    let doc = plain_text(&blocks(
        Lang::De,
        Strategy::Terminate,
        INSULTING,
        NAMED,
        &notes(),
    ));
    assert!(doc.contains("nach Maßgabe unserer Vereinbarung.] [NUR NACH PRÜFUNG: Die Übergabe der Arbeitsergebnisse erfolgt Zug um Zug gegen Zahlung der Schlussrechnung.]"), "{doc}");
    assert!(!doc.contains("übergebe ich Ihnen Zug um Zug"), "{doc}");
    assert!(doc.contains("hör nicht einfach auf zu arbeiten"), "{doc}");
    assert!(!doc.contains("Schriftform verlangt"), "{doc}");
    let en = plain_text(&blocks(
        Lang::En,
        Strategy::Terminate,
        INSULTING,
        NAMED,
        &notes(),
    ));
    assert!(
        en.contains(
            "[ONLY IF CHECKED: The results will be handed over against payment of the final invoice.]"
        ),
        "{en}"
    );
    assert!(en.contains("don’t simply stop working"), "{en}");
    assert!(!en.contains("written form"), "{en}");
}

/// The record keeps the offer's goodwill reservation and settles the complaints in full
/// (editor, round 4, M4); where the client has no complaint about the work, the offer settles
/// no disagreement and denies no liability (coach, round 4, Q09).
#[test]
fn the_record_keeps_the_reservation_and_a_price_question_is_no_dispute() {
    const NO_COMPLAINT: &str = "manner work_accepted annoyed tense no_complaint not_yet not_yet somewhat_more just_about signed rough written informal ideal weeks same curt";
    for (lang, reservation, settled) in [
        (
            Lang::De,
            "aus Kulanz und ohne Anerkennung einer Rechtspflicht",
            "abschließend erledigt",
        ),
        (
            Lang::En,
            "a goodwill gesture and not an admission of liability",
            "will be settled in full",
        ),
    ] {
        let t = plan_texts(lang);
        assert!(
            t.goodwill_caveat.contains(reservation),
            "{}",
            t.goodwill_caveat
        );
        assert!(t.settled_line.contains(settled), "{}", t.settled_line);
        let calm = unnamed_plain(lang, Strategy::Mediate, NO_COMPLAINT);
        assert!(calm.contains(t.offer_intro_terms), "{calm}");
        assert!(!calm.contains(t.offer_intro_owed), "{calm}");
        for word in [
            "Rechtspflicht",
            "liability",
            "Meinungsverschiedenheit",
            "disagreement",
        ] {
            assert!(
                !t.offer_intro_terms.contains(word),
                "{}",
                t.offer_intro_terms
            );
        }
    }
}

/// Every default of the option list is an example in brackets, like every other placeholder:
/// the reader replaces it, and nothing goes out as an offer they never decided on (editor,
/// round 5: "10 % off" stood there as if decided). Values inside are placeholders in brackets
/// of their own: one left when the example's label is removed still shows (editor, round 14).
#[test]
fn default_options_are_examples_in_brackets_for_every_kind_of_dispute() {
    // Exhaustive: a new kind of goodwill offer has to be listed here.
    let kinds = [
        Goodwill::Rework,
        Goodwill::Discount,
        Goodwill::PartFree,
        Goodwill::WaiveExtras,
        Goodwill::PaymentTerms,
        Goodwill::OpenAmount,
    ];
    for kind in kinds {
        match kind {
            Goodwill::Rework
            | Goodwill::Discount
            | Goodwill::PartFree
            | Goodwill::WaiveExtras
            | Goodwill::PaymentTerms
            | Goodwill::OpenAmount => {}
        }
    }
    for (lang, marker) in [(Lang::De, "[BEISPIEL: "), (Lang::En, "[EXAMPLE: ")] {
        for kind in kinds {
            for option in options(lang, &PlanNotes::default(), kind) {
                let inside = option
                    .strip_prefix(marker)
                    .and_then(|rest| rest.strip_suffix(']'))
                    .unwrap_or_else(|| panic!("{lang:?} {kind:?}: not an example: {option}"));
                let mut rest = inside.to_owned();
                while let Some(start) = rest.find('[') {
                    let end = start + rest[start..].find(']').expect("closed");
                    let value = &rest[start + 1..end];
                    assert!(
                        value.chars().all(|c| c.is_uppercase() || c == ' '),
                        "{lang:?}: {option}"
                    );
                    rest.replace_range(start..=end, "");
                }
                let bare_value = rest
                    .split(|c: char| !c.is_alphabetic())
                    .any(|word| word.chars().count() > 2 && word.chars().all(char::is_uppercase));
                assert!(!bare_value && !rest.contains(']'), "{lang:?}: {option}");
            }
        }
    }
}

/// The record never states that the agreed solution was goodwill, after an offer or after a
/// talk alone: it may be a defect put right, which is owed (editors, rounds 8 and 9).
#[test]
fn the_record_calls_the_solution_goodwill_only_if_applicable() {
    const TALKED: &str = "dispute clearer_terms annoyed tense partly not_yet helped somewhat_more clearly emails_only rough written none ideal days better curt";
    const ACCEPTED: &str = "dispute clearer_terms annoyed constructive partly accepted helped somewhat_more clearly signed rough written informal ideal weeks better polite";
    for (lang, marker) in [
        (Lang::De, "[FALLS ZUTREFFEND: "),
        (Lang::En, "[IF APPLICABLE: "),
    ] {
        let t = plan_texts(lang);
        assert!(
            t.goodwill_caveat.starts_with(marker),
            "{}",
            t.goodwill_caveat
        );
        for answers in [TALKED, ACCEPTED] {
            let plan = unnamed_plain(lang, Strategy::Mediate, answers);
            assert!(plan.contains(t.goodwill_caveat), "{plan}");
        }
    }
}

/// The letter's own date, the date to reply by and the end date are three placeholders: one
/// for both, and a reader fills in one date twice or a deadline of today (editor, round 5).
#[test]
fn each_date_in_a_letter_has_its_own_placeholder() {
    for lang in Lang::ALL {
        let t = plan_texts(lang);
        let dates = [t.blank_place_date, t.blank_reply_by, t.blank_end_date];
        for (i, a) in dates.iter().enumerate() {
            for b in &dates[i + 1..] {
                assert!(!a.contains(b) && !b.contains(a), "{lang:?}: {a} / {b}");
            }
        }
        for asks in [t.offer_deadline(), t.record_closing(), t.mutual_confirm()] {
            assert!(asks.contains(t.blank_reply_by), "{lang:?}: {asks}");
            assert!(!asks.contains(t.blank_date), "{lang:?}: {asks}");
        }
        // In the letters, the date placeholder stands only where the letter is dated.
        let text = unnamed_plain(lang, Strategy::Terminate, REFUSED);
        let letters = text.split_once(t.mutual_heading).expect("the letters").1;
        for line in letters.lines().filter(|line| line.contains(t.blank_date)) {
            assert_eq!(line, t.blank_place_date, "{lang:?}:\n{letters}");
        }
        assert!(letters.contains(t.blank_end_date), "{letters}");
        assert!(letters.contains(t.blank_reply_by), "{letters}");
    }
}

/// Where the scope was never written down or the agreement is only spoken, the letters promise
/// the work agreed, in neutral words: never to complete what the client calls commissioned,
/// which is what a dispute about the scope is about (editor, round 5, R12).
#[test]
fn letters_without_a_written_scope_promise_only_the_work_agreed() {
    const SPOKEN: &str = "both unsure drained written_loops partly refused no_change much_more not_really verbal undefined none informal mostly weeks worse curt";
    for (lang, agreed) in [
        (
            Lang::De,
            "Bis dahin erbringe ich die vereinbarten Leistungen.",
        ),
        (Lang::En, "Until then I will carry out the work we agreed."),
    ] {
        let t = plan_texts(lang);
        assert_eq!(t.letter_until_end_open, agreed);
        let text = unnamed_plain(lang, Strategy::Terminate, SPOKEN);
        assert_eq!(text.matches(agreed).count(), 2, "{text}");
        assert!(!text.contains(t.letter_until_end), "{text}");
        // Rights of use go with results, which a spoken agreement may well have.
        assert!(text.contains(t.letter_rights), "{text}");
    }
}

/// Whose name and whose address: the sender's and the client's placeholders differ and say
/// whose they are, so replacing one never fills in the other (editor, round 6, M9).
#[test]
fn sender_and_client_placeholders_say_whose_they_are() {
    for (lang, mine, theirs) in [
        (Lang::De, "ABSENDERS", "KUNDEN"),
        (Lang::En, "YOUR", "CLIENT’S"),
    ] {
        let t = plan_texts(lang);
        for placeholder in [t.blank_sender_block, t.blank_sender] {
            assert!(placeholder.contains(mine), "{placeholder}");
        }
        for placeholder in [t.blank_name, t.blank_address] {
            assert!(placeholder.contains(theirs), "{placeholder}");
        }
        let all = [
            t.blank_sender_block,
            t.blank_sender,
            t.blank_name,
            t.blank_address,
            t.blank_contact,
            t.blank_email,
        ];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert!(!a.contains(b) && !b.contains(a), "{a} / {b}");
            }
        }
    }
}

/// "bis zum" asks for a calendar date: the reply-by placeholder is one (editor, round 6, M2).
#[test]
fn the_reply_by_placeholder_reads_after_bis_zum() {
    let t = plan_texts(Lang::De);
    let closing = t.record_closing();
    assert!(closing.contains("bis zum [DATUM"), "{closing}");
}

/// The instruction above the letters names a placeholder the letters really hold, and explains
/// the optional sentences wherever there are some, and only there (editor, round 6, M7).
#[test]
fn the_fill_in_instruction_fits_the_letters_below_it() {
    const AGREED: &str = "dispute clearer_terms annoyed constructive partly accepted helped somewhat_more clearly signed rough written informal ideal weeks better polite";
    for lang in Lang::ALL {
        let t = plan_texts(lang);
        let (before, _) = t.fill_in.split_once("{0}").unwrap();
        let mut with_optional = 0;
        for (strategy, line) in [
            (Strategy::Mediate, REFUSED),
            (Strategy::Mediate, AGREED),
            (Strategy::Terminate, REFUSED),
            (Strategy::Terminate, INSULTING),
            (Strategy::Terminate, THREATS),
        ] {
            for client in [NAMED, UNNAMED] {
                let doc = plain_text(&blocks(lang, strategy, line, client, &PlanNotes::default()));
                let (_, rest) = doc.split_once(before).unwrap_or_else(|| panic!("{doc}"));
                let example = &rest[..=rest.find(']').unwrap()];
                let (instruction, below) = rest.split_once('\n').unwrap();
                assert!(below.contains(example), "{example} is not in:\n{below}");
                let optional = below.contains(t.if_applicable) || below.contains(t.only_if_checked);
                with_optional += usize::from(optional);
                assert_eq!(instruction.contains(t.fill_in_optional), optional, "{doc}");
            }
        }
        assert!(with_optional > 0);
    }
}

/// The record names the solution the client chose only where the reader wrote it: an example
/// never replaced, or no choice at all, stays a placeholder (editor, round 14: the example
/// stood in the record as the agreed solution).
#[test]
fn the_record_never_calls_an_example_the_agreed_solution() {
    for lang in Lang::ALL {
        let t = plan_texts(lang);
        let example = PlanNotes {
            chosen: Some(0),
            ..PlanNotes::default()
        };
        let text = plain_text(&blocks(lang, Strategy::Mediate, REFUSED, UNNAMED, &example));
        let line = text
            .lines()
            .find(|line| line.contains(t.chosen_option))
            .expect("the record names the chosen solution");
        assert!(line.contains(t.blank_chosen), "{line}");
        let own = plain_text(&blocks(lang, Strategy::Mediate, REFUSED, UNNAMED, &notes()));
        assert!(own.contains("Discount of 10 %"), "{own}");
    }
}
