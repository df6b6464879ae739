//! Renders result screens as text, for reading them the way a reader does (and for blind
//! reviews, which see the texts but never the code): every fold's content is in the markup.
//!
//!   cargo run --example results -- <answers file> <out folder> [client name]
//!
//! The answers file has one line per result, as the blind sets write them: an id, three columns
//! that are skipped (expected strategy, clear|close, tags), then one answer id per question. For
//! each line, `<id>-de.txt` and `<id>-en.txt` are written. With a client name, the builders are
//! filled in as a reader would (options, the talk's details, the letter's reference and date).
//! Without a client name, the first line's walk there is written too, `<id>-walk-<lang>.txt`:
//! the intro, every question with its answer chosen, and the review, as the reader sees them.

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/screens.rs"]
mod screens;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use client_triage::core::plans::{NoteEdit, NoteField};
    use client_triage::core::questions::answer_by_name;
    use client_triage::core::{Action, Lang, State, Timestamp};
    use screens::Screens;

    const AT: Timestamp = Timestamp(0);
    let screens = Screens::new(|| AT, |_| "2026-12-07".into());
    let render = |state: State| screens.render(state);

    let mut args = std::env::args().skip(1);
    let (Some(file), Some(folder)) = (args.next(), args.next()) else {
        panic!("usage: results <answers file> <out folder> [client name]");
    };
    let client = args.next();
    let folder = std::path::PathBuf::from(folder);
    std::fs::create_dir_all(&folder).expect("the folder can be made");
    let lines = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut first = true;
    for line in lines.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.is_empty() || fields[0].starts_with('#') {
            continue;
        }
        // The walk there: the first answer line, with empty builders only.
        let walk = client.is_none() && std::mem::take(&mut first);
        for lang in Lang::ALL {
            let mut screens_on_the_way = Vec::new();
            let apply = |state: State, action: Action| state.apply(action, AT).unwrap_or(state);
            let mut state = State::new(lang, AT);
            if let Some(name) = &client {
                state = apply(state, Action::RenameClient(name.clone()));
            }
            if walk {
                screens_on_the_way.push(as_text(&render(state.clone())));
            }
            state = apply(state, Action::Start);
            for (question, name) in fields[4..].iter().enumerate() {
                let answer = answer_by_name(question, name)
                    .unwrap_or_else(|| panic!("{}: {name} is not an answer", fields[0]));
                state = apply(state, Action::Choose { question, answer });
                if walk {
                    screens_on_the_way.push(as_text(&render(state.clone())));
                }
                state = apply(state, Action::Next);
            }
            if walk {
                screens_on_the_way.push(as_text(&render(state.clone())));
                let name = format!("{}-walk-{}.txt", fields[0], lang.code());
                let text = screens_on_the_way.join("\n=== next screen ===\n");
                std::fs::write(folder.join(&name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
            }
            state = apply(state, Action::ShowResult);
            if client.is_some() {
                let goodwill = client_triage::core::advice::goodwill(state.answers());
                let defaults =
                    client_triage::i18n::plan::options(lang, &Default::default(), goodwill);
                let edits = [
                    NoteEdit::SetOption(1, filled(lang, "option")),
                    NoteEdit::Choose(0),
                    NoteEdit::Set(NoteField::MeetingDate, "2026-12-09".into()),
                    NoteEdit::Set(NoteField::Participants, filled(lang, "participants")),
                    NoteEdit::Set(NoteField::Deadlines, filled(lang, "deadlines")),
                    NoteEdit::Set(NoteField::NextSteps, filled(lang, "next")),
                    NoteEdit::Set(NoteField::ContractReference, filled(lang, "reference")),
                    NoteEdit::Set(NoteField::EndDate, "2027-01-31".into()),
                ];
                for edit in edits {
                    let defaults = defaults.clone();
                    state = apply(state, Action::EditNotes { edit, defaults });
                }
            }
            let text = as_text(&render(state));
            let name = format!("{}-{}.txt", fields[0], lang.code());
            std::fs::write(folder.join(&name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }

    /// What a reader would type into the builders.
    fn filled(lang: Lang, field: &str) -> String {
        let (de, en) = match field {
            "option" => (
                "Nachlass von 5\u{a0}% auf die Schlussrechnung",
                "5% off the final invoice",
            ),
            "participants" => ("Anna Berg, Herr Keller", "Anna Berg, Mr Keller"),
            "deadlines" => (
                "Endgültige Dateien bis 18.\u{a0}Dezember",
                "Final files by 18\u{a0}December",
            ),
            "next" => (
                "Anna schickt das überarbeitete Logo",
                "Anna sends the revised logo",
            ),
            _ => ("vom 2. März 2026", "of 2 March 2026"),
        };
        match lang {
            Lang::De => de,
            Lang::En => en,
        }
        .to_owned()
    }

    /// The markup as the eye reads it: one line per block, list items with a dash, entities
    /// decoded, form fields by their value.
    fn as_text(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            out.push_str(&rest[..start]);
            let end = rest[start..]
                .find('>')
                .map_or(rest.len(), |e| start + e + 1);
            let tag = &rest[start + 1..end - 1];
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            if matches!(
                name.as_str(),
                "p" | "li"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "summary"
                    | "ol"
                    | "ul"
                    | "div"
                    | "section"
                    | "label"
                    | "button"
                    | "legend"
                    | "details"
                    | "fieldset"
            ) {
                out.push('\n');
                if name == "li" && !tag.starts_with('/') {
                    out.push_str("- ");
                }
                if name == "button" && !tag.starts_with('/') {
                    out.push_str("[button] ");
                }
            }
            if name == "input" {
                if let Some(value) = tag
                    .split("value=\"")
                    .nth(1)
                    .and_then(|v| v.split('"').next())
                {
                    out.push_str(&format!(" [field: {value}]"));
                }
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        let out = out
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'");
        out.lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && *line != "-")
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
