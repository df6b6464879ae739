//! The questionnaire as data: every question, its answers and their weights live here.
//! Texts live in `crate::i18n`, keyed by the same `QuestionId` and answer id.
//! `docs/model.md` explains each weight and the article passage it rests on.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::wire::by_name;

/// The three strategies the source article describes, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Strategy {
    Detach,
    Mediate,
    Terminate,
}

impl Strategy {
    pub const ALL: [Strategy; 3] = [Strategy::Detach, Strategy::Mediate, Strategy::Terminate];

    /// The stable name used in `data-strategy`, the result event and storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Strategy::Detach => "detach",
            Strategy::Mediate => "mediate",
            Strategy::Terminate => "terminate",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

impl Serialize for Strategy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Strategy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        by_name(
            deserializer,
            &Strategy::ALL,
            Strategy::as_str,
            "detach, mediate or terminate",
        )
    }
}

/// Points an answer adds to each strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weights {
    pub detach: u8,
    pub mediate: u8,
    pub terminate: u8,
}

impl Weights {
    pub fn get(self, strategy: Strategy) -> u8 {
        match strategy {
            Strategy::Detach => self.detach,
            Strategy::Mediate => self.mediate,
            Strategy::Terminate => self.terminate,
        }
    }
}

const fn w(detach: u8, mediate: u8, terminate: u8) -> Weights {
    Weights {
        detach,
        mediate,
        terminate,
    }
}

/// Which of the article's signals a question measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    /// What the conflict is about: a concrete dispute points to mediation, the client's manner
    /// to not taking it personally.
    Topic,
    /// Points towards not taking it personally.
    Detach,
    /// Points towards an option list, a talk and a written record.
    Mediate,
    /// A ladder: each later answer adds no less to terminate and no more to the others.
    Terminate,
    /// Contract, scope, deadlines, milestones, target group: feeds the prevention checklist.
    /// Only the target group also weighs (the digest: outside it weighs towards ending it).
    Prevention,
    /// Where the job stands: chooses the plan's steps and letters, weighs nothing.
    Stage,
}

/// A preventive measure the article asks for, found missing by an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gap {
    Contract,
    /// A small job without a written contract: the lighter version of `Contract` (editor,
    /// round 6), scope, price and date confirmed in writing beforehand.
    SmallJobInWriting,
    Scope,
    Deadlines,
    Milestones,
    TargetGroup,
}

impl Gap {
    pub const ALL: [Gap; 6] = [
        Gap::Contract,
        Gap::SmallJobInWriting,
        Gap::Scope,
        Gap::Deadlines,
        Gap::Milestones,
        Gap::TargetGroup,
    ];
}

/// Facts that the hard rules of the model look at, whatever the points say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Solutions were offered and the client turned every one down.
    OfferRefused,
    /// The client refuses to talk it through.
    TalkRefused,
    /// The client eats much more time than they pay for.
    HeavyTimeDrain,
    /// Threats to the reader's person or safety, or harassment (not threats of a lawyer or a
    /// bad review: those are pressure in the dispute).
    Threats,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuestionId {
    Topic,
    Satisfiable,
    Toll,
    Fronts,
    Fairness,
    Offer,
    Talk,
    TimeDrain,
    MoneyWorth,
    Contract,
    Scope,
    Deadlines,
    Milestones,
    TargetGroup,
    Duration,
    Trend,
    Respect,
    Stage,
}

#[derive(Debug)]
pub struct AnswerDef {
    /// Stable id, used in storage and exports; never reuse one for a different meaning.
    pub id: &'static str,
    pub weights: Weights,
    pub flag: Option<Flag>,
    pub gap: Option<Gap>,
}

#[derive(Debug)]
pub struct QuestionDef {
    pub id: QuestionId,
    pub signal: Signal,
    pub answers: &'static [AnswerDef],
}

impl QuestionId {
    /// The stable name used in storage and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionId::Topic => "topic",
            QuestionId::Satisfiable => "satisfiable",
            QuestionId::Toll => "toll",
            QuestionId::Fronts => "fronts",
            QuestionId::Fairness => "fairness",
            QuestionId::Offer => "offer",
            QuestionId::Talk => "talk",
            QuestionId::TimeDrain => "time_drain",
            QuestionId::MoneyWorth => "money_worth",
            QuestionId::Contract => "contract",
            QuestionId::Scope => "scope",
            QuestionId::Deadlines => "deadlines",
            QuestionId::Milestones => "milestones",
            QuestionId::TargetGroup => "target_group",
            QuestionId::Duration => "duration",
            QuestionId::Trend => "trend",
            QuestionId::Respect => "respect",
            QuestionId::Stage => "stage",
        }
    }
}

const fn a(id: &'static str, weights: Weights) -> AnswerDef {
    AnswerDef {
        id,
        weights,
        flag: None,
        gap: None,
    }
}

const fn flagged(id: &'static str, weights: Weights, flag: Flag) -> AnswerDef {
    AnswerDef {
        id,
        weights,
        flag: Some(flag),
        gap: None,
    }
}

const fn gap(id: &'static str, weights: Weights, gap: Gap) -> AnswerDef {
    AnswerDef {
        id,
        weights,
        flag: None,
        gap: Some(gap),
    }
}

/// Questions added after readers had kept finished assessments: a record made before has no
/// answer to them and keeps the result it had (`clients::finished`). A question added later
/// goes here too.
pub const ADDED_AFTER_RECORDS: &[QuestionId] = &[QuestionId::Topic, QuestionId::Stage];

/// The questionnaire, in the order it is asked. Weights are (detach, mediate, terminate).
/// A neutral or favourable answer weighs nothing, so no strategy wins by default;
/// `docs/model.md` gives the article passage behind every other weight.
pub static QUESTIONS: &[QuestionDef] = &[
    QuestionDef {
        id: QuestionId::Topic,
        signal: Signal::Topic,
        answers: &[
            a("dispute", w(0, 4, 0)),
            a("manner", w(4, 0, 0)),
            a("both", w(1, 2, 0)),
        ],
    },
    QuestionDef {
        id: QuestionId::Satisfiable,
        signal: Signal::Detach,
        answers: &[
            a("my_gap", w(0, 3, 0)),
            a("clearer_terms", w(0, 2, 0)),
            a("unsure", w(0, 0, 0)),
            a("work_accepted", w(2, 0, 0)),
            a("never", w(4, 0, 1)),
        ],
    },
    QuestionDef {
        id: QuestionId::Toll,
        signal: Signal::Detach,
        answers: &[
            a("little", w(0, 0, 0)),
            a("annoyed", w(1, 0, 0)),
            a("evenings", w(2, 0, 1)),
            a("drained", w(2, 0, 3)),
        ],
    },
    QuestionDef {
        id: QuestionId::Fronts,
        signal: Signal::Mediate,
        answers: &[
            a("constructive", w(0, 0, 0)),
            a("tense", w(0, 1, 0)),
            a("written_loops", w(0, 3, 0)),
            a("hardened", w(0, 3, 1)),
        ],
    },
    QuestionDef {
        id: QuestionId::Fairness,
        signal: Signal::Mediate,
        answers: &[
            a("largely", w(0, 2, 0)),
            a("partly", w(0, 3, 0)),
            a("hardly", w(1, 0, 0)),
            a("not_at_all", w(2, 0, 1)),
            a("no_complaint", w(2, 0, 0)),
        ],
    },
    QuestionDef {
        id: QuestionId::Offer,
        signal: Signal::Mediate,
        answers: &[
            a("accepted", w(1, 1, 0)),
            a("not_yet", w(0, 3, 0)),
            a("stalled", w(0, 1, 2)),
            flagged("refused", w(0, 0, 4), Flag::OfferRefused),
            a("nothing_to_negotiate", w(0, 0, 0)),
        ],
    },
    QuestionDef {
        id: QuestionId::Talk,
        signal: Signal::Mediate,
        answers: &[
            a("helped", w(1, 1, 0)),
            a("not_yet", w(0, 2, 0)),
            a("no_change", w(0, 0, 2)),
            flagged("refuses", w(0, 0, 3), Flag::TalkRefused),
            a("nothing_to_negotiate", w(0, 0, 0)),
        ],
    },
    QuestionDef {
        id: QuestionId::TimeDrain,
        signal: Signal::Terminate,
        answers: &[
            a("proportionate", w(0, 0, 0)),
            a("somewhat_more", w(0, 0, 1)),
            flagged("much_more", w(0, 0, 3), Flag::HeavyTimeDrain),
            flagged("excessive", w(0, 0, 5), Flag::HeavyTimeDrain),
        ],
    },
    QuestionDef {
        id: QuestionId::MoneyWorth,
        signal: Signal::Terminate,
        answers: &[
            a("clearly", w(0, 0, 0)),
            a("just_about", w(0, 0, 1)),
            a("not_really", w(0, 0, 3)),
            a("never", w(0, 0, 5)),
        ],
    },
    QuestionDef {
        id: QuestionId::Contract,
        signal: Signal::Prevention,
        answers: &[
            a("signed", w(0, 0, 0)),
            gap("emails_only", w(0, 0, 0), Gap::Contract),
            gap("verbal", w(0, 0, 0), Gap::Contract),
            gap("not_needed", w(0, 0, 0), Gap::SmallJobInWriting),
        ],
    },
    QuestionDef {
        id: QuestionId::Scope,
        signal: Signal::Prevention,
        answers: &[
            a("precise", w(0, 0, 0)),
            gap("rough", w(0, 0, 0), Gap::Scope),
            gap("undefined", w(0, 0, 0), Gap::Scope),
            a("not_needed", w(0, 0, 0)),
        ],
    },
    QuestionDef {
        id: QuestionId::Deadlines,
        signal: Signal::Prevention,
        answers: &[
            a("written", w(0, 0, 0)),
            gap("vague", w(0, 0, 0), Gap::Deadlines),
            gap("none", w(0, 0, 0), Gap::Deadlines),
        ],
    },
    QuestionDef {
        id: QuestionId::Milestones,
        signal: Signal::Prevention,
        answers: &[
            a("signed_off", w(0, 0, 0)),
            gap("informal", w(0, 0, 0), Gap::Milestones),
            gap("none", w(0, 0, 0), Gap::Milestones),
            a("not_needed", w(0, 0, 0)),
        ],
    },
    QuestionDef {
        id: QuestionId::TargetGroup,
        signal: Signal::Prevention,
        answers: &[
            a("ideal", w(0, 0, 0)),
            gap("mostly", w(0, 0, 1), Gap::TargetGroup),
            gap("outside", w(0, 0, 3), Gap::TargetGroup),
            gap("undefined", w(0, 0, 0), Gap::TargetGroup),
        ],
    },
    QuestionDef {
        id: QuestionId::Duration,
        signal: Signal::Terminate,
        answers: &[
            a("days", w(0, 0, 0)),
            a("weeks", w(0, 0, 1)),
            a("months", w(0, 0, 2)),
            a("from_start", w(0, 0, 3)),
        ],
    },
    QuestionDef {
        id: QuestionId::Trend,
        signal: Signal::Terminate,
        answers: &[
            a("better", w(0, 0, 0)),
            a("same", w(0, 0, 1)),
            a("worse", w(0, 0, 2)),
            a("escalating", w(0, 0, 4)),
        ],
    },
    QuestionDef {
        id: QuestionId::Respect,
        signal: Signal::Detach,
        answers: &[
            a("polite", w(0, 0, 0)),
            a("curt", w(2, 0, 0)),
            a("insulting", w(1, 0, 3)),
            // Threats of a lawyer, legal action or bad reviews: pressure in the dispute, not a
            // danger to the reader. A settlement in writing can still end it (1 mediate).
            a("legal_threats", w(0, 1, 3)),
            // Threats to the reader's person or safety, or harassment: the safety plan.
            flagged("threats", w(0, 0, 4), Flag::Threats),
        ],
    },
    // Where the job stands decides which steps and letters fit (a notice for running work, a
    // payment reminder for an unpaid delivery), not which strategy: it weighs nothing.
    QuestionDef {
        id: QuestionId::Stage,
        signal: Signal::Stage,
        answers: &[
            a("under_way", w(0, 0, 0)),
            a("ongoing", w(0, 0, 0)),
            a("prepaid", w(0, 0, 0)),
            a("delivered_unpaid", w(0, 0, 0)),
            a("delivered_paid", w(0, 0, 0)),
        ],
    },
];

/// Number of questions; the UI's progress is `n / QUESTION_COUNT`.
pub fn question_count() -> usize {
    QUESTIONS.len()
}

pub fn question_index(id: QuestionId) -> Option<usize> {
    QUESTIONS.iter().position(|q| q.id == id)
}

pub fn question_by_name(name: &str) -> Option<usize> {
    QUESTIONS.iter().position(|q| q.id.as_str() == name)
}

pub fn answer_by_name(question: usize, name: &str) -> Option<usize> {
    QUESTIONS
        .get(question)?
        .answers
        .iter()
        .position(|a| a.id == name)
}
