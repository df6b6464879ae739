//! What the reader types into the plan builders: the option list, the written record of the
//! talk, and the notice letter's details. Saved with the client's assessment.

/// The article's option list: at least two proposals for the client to choose from.
pub const MIN_OPTIONS: usize = 2;
pub const MAX_OPTIONS: usize = 4;
/// Longest text kept in one field; longer input is cut, not refused.
pub const MAX_FIELD_CHARS: usize = 400;

#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct PlanNotes {
    /// Solution proposals; empty until the reader edits them (the UI then shows defaults,
    /// one of them a goodwill offer, in the reader's language).
    pub options: Vec<String>,
    /// Which option the client chose in the talk.
    pub chosen: Option<usize>,
    pub meeting_date: String,
    pub participants: String,
    pub deadlines: String,
    pub next_steps: String,
    /// For the notice letter.
    pub contract_reference: String,
    pub end_date: String,
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
