//! The plan as a document: what "copy", "download" and "print" hand over. Pure Rust, so the
//! exact text is tested natively.

use super::{PlanTexts, fill, plan_texts, strategy as strategy_text};
use crate::core::plans::PlanNotes;
use crate::core::{Lang, Strategy};

/// The option list as the reader sees it: their own, or the defaults with a goodwill offer.
pub fn options(lang: Lang, notes: &PlanNotes) -> Vec<String> {
    if notes.options.is_empty() {
        let t = plan_texts(lang);
        vec![
            t.goodwill_default.to_owned(),
            t.second_option_default.to_owned(),
        ]
    } else {
        notes.options.clone()
    }
}

fn or_blank<'a>(t: &'a PlanTexts, value: &'a str) -> &'a str {
    if value.trim().is_empty() {
        t.to_fill
    } else {
        value.trim()
    }
}

/// The whole plan as Markdown: readable as plain text, and renders nicely where Markdown does.
pub fn document(lang: Lang, strategy: Strategy, client: &str, notes: &PlanNotes) -> String {
    let t = plan_texts(lang);
    let s = strategy_text(lang, strategy);
    let mut out = format!(
        "# {} – {}\n\n{}\n\n## {}\n\n",
        s.name, client, s.summary, t.steps_heading
    );
    for (i, step) in s.plan.iter().enumerate() {
        out.push_str(&format!("{}. {step}\n", i + 1));
    }
    match strategy {
        Strategy::Detach => {
            out.push_str(&format!("\n## {}\n\n{}\n", t.revisit_heading, t.revisit));
        }
        Strategy::Mediate => {
            let options = options(lang, notes);
            out.push_str(&format!(
                "\n## {}\n\n",
                fill(t.options_heading, &[("client", client)])
            ));
            for (i, option) in options.iter().enumerate() {
                out.push_str(&format!("{}. {}\n", i + 1, or_blank(t, option)));
            }
            out.push_str(&format!("\n## {}\n\n", t.talk_heading));
            for line in t.talk_guide {
                out.push_str(&format!("- {line}\n"));
            }
            let chosen = notes
                .chosen
                .and_then(|i| options.get(i))
                .map_or(t.to_fill, |o| or_blank(t, o));
            out.push_str(&format!(
                "\n## {}\n\n{}\n\n- {}: {}\n- {}: {}\n- {}: {}\n- {}: {}\n- {}: {}\n\n{}\n",
                t.record_heading,
                fill(t.record_intro, &[("client", client)]),
                t.meeting_date,
                or_blank(t, &notes.meeting_date),
                t.participants,
                or_blank(t, &notes.participants),
                t.chosen_option,
                chosen,
                t.deadlines,
                or_blank(t, &notes.deadlines),
                t.next_steps,
                or_blank(t, &notes.next_steps),
                t.record_closing,
            ));
        }
        Strategy::Terminate => {
            out.push_str(&format!("\n## {}\n\n", t.checklist_heading));
            for item in t.exit_checklist {
                out.push_str(&format!("- [ ] {item}\n"));
            }
            let letter = fill(
                t.letter,
                &[
                    ("client", client),
                    ("contract", or_blank(t, &notes.contract_reference)),
                    ("end", or_blank(t, &notes.end_date)),
                ],
            );
            out.push_str(&format!("\n## {}\n\n{letter}\n", t.letter_heading));
        }
    }
    out
}
