//! What the reader types into the plan builders: the option list, the written record of the
//! talk, and the notice letter's details. Saved with the client's assessment.

use serde::{Deserialize, Deserializer, Serialize, de};

use super::wire::text_within;

/// The article's option list: at least two proposals for the client to choose from.
pub const MIN_OPTIONS: usize = 2;
pub const MAX_OPTIONS: usize = 4;
/// Longest text kept in one field; longer input is cut, not refused.
pub const MAX_FIELD_CHARS: usize = 400;

/// Stored with every field optional; `chosen` must name one of the options (checked by the
/// envelope, which knows the path).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlanNotes {
    /// Solution proposals; empty until the reader edits them (the UI then shows defaults,
    /// one of them a goodwill offer, in the reader's language).
    #[serde(deserialize_with = "options")]
    pub options: Vec<String>,
    /// Which option the client chose in the talk.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chosen: Option<usize>,
    #[serde(deserialize_with = "field")]
    pub meeting_date: String,
    #[serde(deserialize_with = "field")]
    pub participants: String,
    #[serde(deserialize_with = "field")]
    pub deadlines: String,
    #[serde(deserialize_with = "field")]
    pub next_steps: String,
    /// For the notice letter.
    #[serde(deserialize_with = "field")]
    pub contract_reference: String,
    #[serde(deserialize_with = "field")]
    pub end_date: String,
}

fn field<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    text_within(deserializer, 0, MAX_FIELD_CHARS)
}

fn options<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    let options = Vec::<String>::deserialize(deserializer)?;
    if options.len() > MAX_OPTIONS || options.len() == 1 {
        return Err(de::Error::custom(format!(
            "none, or {MIN_OPTIONS} to {MAX_OPTIONS} options"
        )));
    }
    match options
        .iter()
        .position(|o| o.chars().count() > MAX_FIELD_CHARS)
    {
        Some(i) => Err(de::Error::custom(format!(
            "option {} is longer than {MAX_FIELD_CHARS} characters",
            i + 1
        ))),
        None => Ok(options),
    }
}

fn clip(text: &str) -> String {
    text.chars().take(MAX_FIELD_CHARS).collect()
}

impl PlanNotes {
    /// Keeps the notes within their limits: 2–4 options, clipped fields, a valid choice.
    pub fn cleaned(&self) -> PlanNotes {
        let mut options: Vec<String> = self
            .options
            .iter()
            .take(MAX_OPTIONS)
            .map(|o| clip(o))
            .collect();
        if !options.is_empty() {
            options.resize(options.len().max(MIN_OPTIONS), String::new());
        }
        let chosen = self.chosen.filter(|&c| c < options.len());
        PlanNotes {
            options,
            chosen,
            meeting_date: clip(&self.meeting_date),
            participants: clip(&self.participants),
            deadlines: clip(&self.deadlines),
            next_steps: clip(&self.next_steps),
            contract_reference: clip(&self.contract_reference),
            end_date: clip(&self.end_date),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == PlanNotes::default()
    }
}

/// A text field of the plan builders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteField {
    MeetingDate,
    Participants,
    Deadlines,
    NextSteps,
    ContractReference,
    EndDate,
}

/// One change the reader makes in a plan builder. It names the change, not the whole notes as
/// the screen showed them, so a change from another tab that arrived meanwhile is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoteEdit {
    Set(NoteField, String),
    SetOption(usize, String),
    AddOption,
    RemoveOption(usize),
    Choose(usize),
}

impl PlanNotes {
    fn field_mut(&mut self, field: NoteField) -> &mut String {
        match field {
            NoteField::MeetingDate => &mut self.meeting_date,
            NoteField::Participants => &mut self.participants,
            NoteField::Deadlines => &mut self.deadlines,
            NoteField::NextSteps => &mut self.next_steps,
            NoteField::ContractReference => &mut self.contract_reference,
            NoteField::EndDate => &mut self.end_date,
        }
    }

    /// The notes after `edit`. `defaults` is the option list shown while the reader has not
    /// edited it (in their language); the first option edit starts from it. Removing an
    /// option keeps the choice on the same option; removing the chosen one clears it.
    pub fn apply(&self, edit: NoteEdit, defaults: &[String]) -> PlanNotes {
        let mut next = self.clone();
        if next.options.is_empty() && !matches!(edit, NoteEdit::Set(..)) {
            next.options = defaults.to_vec();
        }
        match edit {
            NoteEdit::Set(field, text) => *next.field_mut(field) = text,
            NoteEdit::SetOption(i, text) => {
                if let Some(option) = next.options.get_mut(i) {
                    *option = text;
                }
            }
            NoteEdit::AddOption => {
                if next.options.len() < MAX_OPTIONS {
                    next.options.push(String::new());
                }
            }
            NoteEdit::RemoveOption(i) => {
                if i < next.options.len() && next.options.len() > MIN_OPTIONS {
                    next.options.remove(i);
                    next.chosen = match next.chosen {
                        Some(c) if c == i => None,
                        Some(c) if c > i => Some(c - 1),
                        other => other,
                    };
                }
            }
            NoteEdit::Choose(i) => next.chosen = Some(i),
        }
        next.cleaned()
    }
}
