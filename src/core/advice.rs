//! What the reader is told to do, chosen from their own answers: the sentence under the verdict,
//! the first step, the plan's steps and which letters fit. Like the weights in `questions.rs`,
//! each piece is data with a condition on the answers; its text lives in `crate::i18n`, keyed by
//! the same enum. A step is shown only where its condition holds, and says which of the reader's
//! answers it responds to: the answers that make its condition hold (`Shown::because`).

use super::answers::Answers;
use super::model::{Rule, answer_is, sort_small};
use super::questions::QuestionId::{
    Contract, Deadlines, Fairness, Fronts, Milestones, Offer, Respect, Satisfiable, Scope, Talk,
    TargetGroup, TimeDrain, Toll, Topic, Trend,
};
use super::questions::{QUESTIONS, QuestionId, Strategy};

/// A condition on the answers. `Is` holds when the question's answer is one of the ids.
#[derive(Debug)]
pub enum When {
    Is(QuestionId, &'static [&'static str]),
    Not(QuestionId, &'static [&'static str]),
    All(&'static [When]),
    Any(&'static [When]),
}

use When::{All, Any, Is, Not};

impl When {
    pub fn holds(&self, answers: &Answers) -> bool {
        match self {
            Is(question, ids) => answer_is(answers, *question, ids),
            Not(question, ids) => !answer_is(answers, *question, ids),
            All(all) => all.iter().all(|when| when.holds(answers)),
            Any(any) => any.iter().any(|when| when.holds(answers)),
        }
    }

    /// The questions whose answers make this condition hold, in the order written.
    fn because(&self, answers: &Answers, out: &mut Vec<QuestionId>) {
        match self {
            Is(question, _) if self.holds(answers) && !out.contains(question) => {
                out.push(*question)
            }
            All(all) | Any(all) => all.iter().for_each(|when| when.because(answers, out)),
            _ => {}
        }
    }

    /// Every answer id the condition names, with its question: for the test that each exists.
    pub fn named(&self, out: &mut Vec<(QuestionId, &'static str)>) {
        match self {
            Is(question, ids) | Not(question, ids) => {
                out.extend(ids.iter().map(|id| (*question, *id)))
            }
            All(all) | Any(all) => all.iter().for_each(|when| when.named(out)),
        }
    }
}

/// Which plan the reader gets: one per strategy, and a safety plan when the client threatens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    Detach,
    Mediate,
    Terminate,
    Safety,
}

impl Plan {
    pub fn of(strategy: Strategy, rule: Option<Rule>) -> Plan {
        match (strategy, rule) {
            (Strategy::Terminate, Some(Rule::Threats)) => Plan::Safety,
            (Strategy::Terminate, _) => Plan::Terminate,
            (Strategy::Mediate, _) => Plan::Mediate,
            (Strategy::Detach, _) => Plan::Detach,
        }
    }
}

/// Every step, in the order a plan lists them. The i18n files hold one text per step in this
/// order (`STEPS` is checked against it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    DetachBoundary,
    DetachAnswerFacts,
    DetachFairPoints,
    DetachOwnList,
    DetachFixedTimes,
    DetachKeepOffering,
    DetachHoldToAgreed,
    DetachConfidant,
    DetachRevisitSoon,
    DetachRevisit,
    MediateRecordAgreed,
    MediateRecordTalk,
    MediateStopEmail,
    MediateList,
    MediateListAgain,
    MediateNameDispute,
    MediateCall,
    MediateCallAgain,
    MediateInWriting,
    MediateRecordAfter,
    MediateConfirmChoice,
    MediateSettleTerms,
    TerminateUrgent,
    TerminateCheckContract,
    TerminateCheckAgreement,
    TerminateNoteVerbal,
    TerminateSmallJob,
    TerminateNotice,
    TerminateDelivery,
    TerminateFinish,
    TerminateFinishOpen,
    TerminatePaymentFirst,
    TerminateInvoice,
    TerminateRecords,
    TerminateTargetGroup,
    SafetyDocument,
    SafetyInWriting,
    SafetyPolice,
    SafetyLegalAdvice,
    SafetyNotice,
    SafetyDelivery,
    SafetyRecords,
    SafetyConfidant,
}

#[derive(Debug)]
pub struct StepDef {
    pub step: Step,
    pub plan: Plan,
    pub when: When,
    /// Whether it can open the plan as "your first step", and how strongly: the lowest number
    /// among the steps shown leads. Only something to do can lead, not something to stop.
    pub first: Option<u8>,
}

const fn step(step: Step, plan: Plan, first: Option<u8>, when: When) -> StepDef {
    StepDef {
        step,
        plan,
        when,
        first,
    }
}

const ALL_TOPICS: &[&str] = &["dispute", "manner", "both"];
const ALL_CONTRACTS: &[&str] = &["signed", "emails_only", "verbal", "not_needed"];
const WITH_CONTRACT: &[&str] = &["signed", "emails_only", "verbal"];
const ALL_TIME: &[&str] = &["proportionate", "somewhat_more", "much_more", "excessive"];

/// The plans. Each plan's steps stand in the order the reader carries them out; for ending it:
/// check, give notice, finish or hand over, final invoice.
pub static STEPS: &[StepDef] = &[
    // Detach: the problem lies more with the client than with the work.
    step(
        Step::DetachBoundary,
        Plan::Detach,
        Some(1),
        Is(Respect, &["insulting"]),
    ),
    step(
        Step::DetachAnswerFacts,
        Plan::Detach,
        Some(9),
        All(&[Is(Topic, ALL_TOPICS), Not(Respect, &["insulting"])]),
    ),
    step(
        Step::DetachFairPoints,
        Plan::Detach,
        Some(4),
        Is(Fairness, &["largely", "partly"]),
    ),
    step(
        Step::DetachOwnList,
        Plan::Detach,
        Some(5),
        Is(Satisfiable, &["never"]),
    ),
    step(
        Step::DetachFixedTimes,
        Plan::Detach,
        Some(3),
        Is(Toll, &["annoyed", "evenings", "drained"]),
    ),
    step(
        Step::DetachKeepOffering,
        Plan::Detach,
        Some(6),
        All(&[
            Is(Offer, &["not_yet", "stalled", "refused"]),
            Not(Topic, &["manner"]),
        ]),
    ),
    step(
        Step::DetachHoldToAgreed,
        Plan::Detach,
        Some(2),
        Is(Offer, &["accepted"]),
    ),
    step(
        Step::DetachConfidant,
        Plan::Detach,
        None,
        Is(Toll, &["evenings", "drained"]),
    ),
    step(
        Step::DetachRevisitSoon,
        Plan::Detach,
        None,
        Any(&[Is(Trend, &["worse", "escalating"]), Is(Toll, &["drained"])]),
    ),
    step(
        Step::DetachRevisit,
        Plan::Detach,
        None,
        All(&[Is(Trend, &["better", "same"]), Not(Toll, &["drained"])]),
    ),
    // Mediate: a list of solutions, a talk, a written record.
    step(
        Step::MediateRecordAgreed,
        Plan::Mediate,
        Some(1),
        Is(Offer, &["accepted"]),
    ),
    step(
        Step::MediateRecordTalk,
        Plan::Mediate,
        Some(2),
        All(&[Is(Talk, &["helped"]), Not(Offer, &["accepted"])]),
    ),
    step(
        Step::MediateStopEmail,
        Plan::Mediate,
        None,
        All(&[
            Is(Fronts, &["written_loops", "hardened"]),
            Not(Talk, &["helped"]),
            Not(Offer, &["accepted"]),
        ]),
    ),
    step(
        Step::MediateList,
        Plan::Mediate,
        Some(5),
        All(&[Is(Offer, &["not_yet"]), Not(Talk, &["helped"])]),
    ),
    step(
        Step::MediateListAgain,
        Plan::Mediate,
        Some(3),
        All(&[Is(Offer, &["stalled", "refused"]), Not(Talk, &["helped"])]),
    ),
    step(
        Step::MediateNameDispute,
        Plan::Mediate,
        Some(8),
        Is(Offer, &["nothing_to_negotiate"]),
    ),
    step(
        Step::MediateCall,
        Plan::Mediate,
        None,
        All(&[
            Is(Talk, &["not_yet"]),
            Not(Offer, &["accepted", "nothing_to_negotiate"]),
        ]),
    ),
    step(
        Step::MediateCallAgain,
        Plan::Mediate,
        None,
        All(&[
            Is(Talk, &["no_change"]),
            Not(Offer, &["accepted", "nothing_to_negotiate"]),
        ]),
    ),
    step(
        Step::MediateInWriting,
        Plan::Mediate,
        None,
        All(&[
            Is(Talk, &["refuses"]),
            Not(Offer, &["accepted", "nothing_to_negotiate"]),
        ]),
    ),
    step(
        Step::MediateRecordAfter,
        Plan::Mediate,
        None,
        All(&[
            Is(Talk, &["not_yet", "no_change"]),
            Not(Offer, &["accepted"]),
        ]),
    ),
    step(
        Step::MediateConfirmChoice,
        Plan::Mediate,
        None,
        All(&[Is(Talk, &["refuses"]), Not(Offer, &["accepted"])]),
    ),
    step(
        Step::MediateSettleTerms,
        Plan::Mediate,
        None,
        All(&[
            Any(&[
                Is(Scope, &["rough", "undefined"]),
                Is(Deadlines, &["vague", "none"]),
                Is(Milestones, &["informal", "none"]),
            ]),
            Not(Contract, &["not_needed"]),
        ]),
    ),
    // Terminate: check, give notice, finish or hand over, final invoice.
    step(
        Step::TerminateUrgent,
        Plan::Terminate,
        Some(1),
        Is(Trend, &["escalating"]),
    ),
    step(
        Step::TerminateCheckContract,
        Plan::Terminate,
        Some(2),
        Is(Contract, &["signed"]),
    ),
    step(
        Step::TerminateCheckAgreement,
        Plan::Terminate,
        Some(3),
        Is(Contract, &["emails_only"]),
    ),
    step(
        Step::TerminateNoteVerbal,
        Plan::Terminate,
        Some(3),
        Is(Contract, &["verbal"]),
    ),
    step(
        Step::TerminateSmallJob,
        Plan::Terminate,
        Some(4),
        Is(Contract, &["not_needed"]),
    ),
    step(
        Step::TerminateNotice,
        Plan::Terminate,
        None,
        Is(Contract, WITH_CONTRACT),
    ),
    step(
        Step::TerminateDelivery,
        Plan::Terminate,
        None,
        Is(Contract, WITH_CONTRACT),
    ),
    step(
        Step::TerminateFinish,
        Plan::Terminate,
        None,
        All(&[
            Is(Scope, &["precise", "rough", "not_needed"]),
            Not(Respect, &["insulting"]),
        ]),
    ),
    step(
        Step::TerminateFinishOpen,
        Plan::Terminate,
        None,
        All(&[Is(Scope, &["undefined"]), Not(Respect, &["insulting"])]),
    ),
    step(
        Step::TerminatePaymentFirst,
        Plan::Terminate,
        None,
        Is(Respect, &["insulting"]),
    ),
    step(
        Step::TerminateInvoice,
        Plan::Terminate,
        None,
        Is(TimeDrain, ALL_TIME),
    ),
    step(
        Step::TerminateRecords,
        Plan::Terminate,
        None,
        Is(Contract, ALL_CONTRACTS),
    ),
    step(
        Step::TerminateTargetGroup,
        Plan::Terminate,
        None,
        Is(TargetGroup, &["mostly", "outside", "undefined"]),
    ),
    // Safety: the client threatens or harasses.
    step(
        Step::SafetyDocument,
        Plan::Safety,
        Some(1),
        Is(Respect, &["threats"]),
    ),
    step(
        Step::SafetyInWriting,
        Plan::Safety,
        None,
        Is(Respect, &["threats"]),
    ),
    step(
        Step::SafetyPolice,
        Plan::Safety,
        None,
        Is(Respect, &["threats"]),
    ),
    step(
        Step::SafetyLegalAdvice,
        Plan::Safety,
        None,
        Is(Respect, &["threats"]),
    ),
    step(
        Step::SafetyNotice,
        Plan::Safety,
        None,
        Is(Respect, &["threats"]),
    ),
    step(
        Step::SafetyDelivery,
        Plan::Safety,
        None,
        Is(Respect, &["threats"]),
    ),
    step(
        Step::SafetyRecords,
        Plan::Safety,
        None,
        Is(Respect, &["threats"]),
    ),
    step(
        Step::SafetyConfidant,
        Plan::Safety,
        None,
        Is(Toll, &["evenings", "drained"]),
    ),
];

/// The sentence under the verdict, in the order tried: the first whose condition holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    DetachInsults,
    DetachAgreed,
    DetachNeverSatisfied,
    DetachManner,
    Detach,
    MediateAgreed,
    MediateTalked,
    MediateAgain,
    MediateAgainNoDrain,
    MediateFirstTry,
    MediateClarify,
    MediateLoops,
    Mediate,
    TerminateOffer,
    TerminateNoTalk,
    TerminateTalkFailed,
    Terminate,
    TerminateLastResort,
    Safety,
}

#[derive(Debug)]
pub struct LeadDef {
    pub lead: Lead,
    pub plan: Plan,
    pub when: When,
}

const fn lead(lead: Lead, plan: Plan, when: When) -> LeadDef {
    LeadDef { lead, plan, when }
}

pub static LEADS: &[LeadDef] = &[
    lead(
        Lead::DetachInsults,
        Plan::Detach,
        Is(Respect, &["insulting"]),
    ),
    lead(Lead::DetachAgreed, Plan::Detach, Is(Offer, &["accepted"])),
    lead(
        Lead::DetachNeverSatisfied,
        Plan::Detach,
        Is(Satisfiable, &["never"]),
    ),
    lead(
        Lead::DetachManner,
        Plan::Detach,
        Any(&[Is(Topic, &["manner"]), Is(Satisfiable, &["work_accepted"])]),
    ),
    lead(Lead::Detach, Plan::Detach, Is(Topic, ALL_TOPICS)),
    lead(Lead::MediateAgreed, Plan::Mediate, Is(Offer, &["accepted"])),
    lead(Lead::MediateTalked, Plan::Mediate, Is(Talk, &["helped"])),
    lead(
        Lead::MediateAgain,
        Plan::Mediate,
        All(&[
            Is(Offer, &["stalled", "refused"]),
            Is(TimeDrain, &["much_more", "excessive"]),
        ]),
    ),
    lead(
        Lead::MediateAgainNoDrain,
        Plan::Mediate,
        Is(Offer, &["stalled", "refused"]),
    ),
    lead(
        Lead::MediateFirstTry,
        Plan::Mediate,
        All(&[
            Is(Offer, &["not_yet"]),
            Is(TimeDrain, &["much_more", "excessive"]),
        ]),
    ),
    lead(
        Lead::MediateClarify,
        Plan::Mediate,
        Is(Offer, &["nothing_to_negotiate"]),
    ),
    lead(
        Lead::MediateLoops,
        Plan::Mediate,
        Is(Fronts, &["written_loops", "hardened"]),
    ),
    lead(Lead::Mediate, Plan::Mediate, Is(Topic, ALL_TOPICS)),
    // A close call's second plan can be "End it" for a client who costs no extra time.
    lead(
        Lead::TerminateOffer,
        Plan::Terminate,
        All(&[
            Is(Offer, &["stalled", "refused"]),
            Not(TimeDrain, &["proportionate"]),
        ]),
    ),
    lead(
        Lead::TerminateNoTalk,
        Plan::Terminate,
        All(&[Is(Talk, &["refuses"]), Not(TimeDrain, &["proportionate"])]),
    ),
    lead(
        Lead::TerminateTalkFailed,
        Plan::Terminate,
        All(&[Is(Talk, &["no_change"]), Not(TimeDrain, &["proportionate"])]),
    ),
    lead(
        Lead::Terminate,
        Plan::Terminate,
        Not(TimeDrain, &["proportionate"]),
    ),
    lead(
        Lead::TerminateLastResort,
        Plan::Terminate,
        Is(Topic, ALL_TOPICS),
    ),
    lead(Lead::Safety, Plan::Safety, Is(Respect, &["threats"])),
];

/// A step as the reader sees it, with the questions whose answers it responds to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub step: Step,
    pub because: Vec<QuestionId>,
}

/// How the notice letter ends the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// With notice, to a date, or else at the earliest date allowed.
    Ordinary,
    /// Without notice for good cause, or else with notice at the earliest date allowed.
    ForCause,
}

/// Which letters the plan hands over, and what they say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Letters {
    pub notice: Notice,
    /// A second letter that proposes ending the work by mutual agreement.
    pub mutual: bool,
    /// Thanks for the cooperation: not to a client who insults or threatens.
    pub thanks: bool,
    /// Results and files are handed over once the final invoice is paid.
    pub payment_first: bool,
    /// The scope is written down and the contract is not only spoken: the letters can refer to
    /// "the agreed scope" and to rights of use under the agreement.
    pub written_terms: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub plan: Plan,
    pub lead: Lead,
    /// The step the result leads with; it also opens `steps`.
    pub first: Shown,
    /// Every step of the plan that fits the answers, in the plan's order, the first step first.
    pub steps: Vec<Shown>,
    /// For plans that end the relationship.
    pub letters: Option<Letters>,
    /// A solution was accepted or the talk helped: the plan records the agreement and needs no
    /// list of solutions to choose from.
    pub agreed: bool,
    /// The client takes much more time than they pay for: no free extra work among the
    /// suggested solutions.
    pub costs_much_time: bool,
    /// The talk helped: the written record sums up a conversation (else it confirms a solution
    /// agreed in writing).
    pub talked: bool,
}

fn shown(def: &StepDef, answers: &Answers) -> Shown {
    let mut because = Vec::new();
    def.when.because(answers, &mut because);
    Shown {
        step: def.step,
        because,
    }
}

/// The plan, its lead, first step and steps for these answers and this verdict.
pub fn advise(answers: &Answers, strategy: Strategy, rule: Option<Rule>) -> Advice {
    let plan = Plan::of(strategy, rule);
    let fitting: Vec<&StepDef> = STEPS
        .iter()
        .filter(|def| def.plan == plan && def.when.holds(answers))
        .collect();
    let first = fitting
        .iter()
        .filter_map(|def| def.first.map(|rank| (rank, *def)))
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, def)| def)
        .or(fitting.first().copied())
        .expect("every plan has a step for any answers");
    let mut steps = vec![shown(first, answers)];
    steps.extend(
        fitting
            .iter()
            .filter(|def| def.step != first.step)
            .map(|def| shown(def, answers)),
    );
    let lead = LEADS
        .iter()
        .find(|def| def.plan == plan && def.when.holds(answers))
        .or_else(|| LEADS.iter().rev().find(|def| def.plan == plan))
        .expect("every plan has a lead")
        .lead;
    let respect = |ids: &[&str]| answer_is(answers, Respect, ids);
    let written_terms =
        !answer_is(answers, Scope, &["undefined"]) && !answer_is(answers, Contract, &["verbal"]);
    let letters = match plan {
        Plan::Detach | Plan::Mediate => None,
        Plan::Terminate => Some(Letters {
            notice: Notice::Ordinary,
            mutual: true,
            thanks: respect(&["polite", "curt"]),
            payment_first: respect(&["insulting"]),
            written_terms,
        }),
        Plan::Safety => Some(Letters {
            notice: Notice::ForCause,
            mutual: false,
            thanks: false,
            payment_first: false,
            written_terms,
        }),
    };
    Advice {
        plan,
        lead,
        first: steps[0].clone(),
        steps,
        letters,
        agreed: answer_is(answers, Offer, &["accepted"]) || answer_is(answers, Talk, &["helped"]),
        costs_much_time: costs_much_time(answers),
        talked: answer_is(answers, Talk, &["helped"]),
    }
}

impl Advice {
    /// For each step, the answers to quote under it: those it responds to that no earlier step
    /// quoted, two at most. An answer is quoted once, under the first step it explains.
    pub fn quoted(&self) -> Vec<Vec<QuestionId>> {
        let mut seen: Vec<QuestionId> = Vec::new();
        self.steps
            .iter()
            .map(|shown| {
                let new: Vec<QuestionId> = shown
                    .because
                    .iter()
                    .filter(|q| !seen.contains(q))
                    .take(2)
                    .copied()
                    .collect();
                seen.extend(&new);
                new
            })
            .collect()
    }
}

/// Much more time than the client pays for.
pub fn costs_much_time(answers: &Answers) -> bool {
    answer_is(answers, TimeDrain, &["much_more", "excessive"])
}

/// Single changes of one answer that would turn the verdict to `towards`, nearest first (an
/// answer next to the reader's own before one further away), for "what would tip it". Only an
/// answer that itself weighs more for `towards` counts: "if the work were not in dispute" may
/// tip it by taking points from the verdict, but says nothing about the runner-up.
pub fn tipping_answers(
    answers: &Answers,
    towards: Strategy,
    assess: impl Fn(&Answers) -> Strategy,
) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (question, current) in answers.chosen() {
        for other in 0..QUESTIONS[question].answers.len() {
            let weight = |answer: usize| QUESTIONS[question].answers[answer].weights.get(towards);
            if weight(other) <= weight(current) {
                continue;
            }
            let mut changed = answers.clone();
            changed.set(question, other);
            if assess(&changed) == towards {
                found.push((current.abs_diff(other), question, other));
            }
        }
    }
    sort_small(&mut found, |a, b| a.cmp(b));
    found.into_iter().map(|(_, q, a)| (q, a)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::questions::answer_by_name;

    fn answered(pairs: &[(QuestionId, &str)]) -> Answers {
        let mut answers = Answers::new();
        for &(question, id) in pairs {
            let q = crate::core::questions::question_index(question).unwrap();
            answers.set(q, answer_by_name(q, id).unwrap());
        }
        answers
    }

    /// A step names the answers that make it hold: of an `Any`, only the branches that hold;
    /// a `Not` names nothing (it is no answer the reader gave).
    #[test]
    fn a_step_names_only_the_answers_that_make_it_hold() {
        let answers = answered(&[(Scope, "precise"), (Deadlines, "vague"), (Offer, "not_yet")]);
        let when = All(&[
            Any(&[Is(Scope, &["rough"]), Is(Deadlines, &["vague", "none"])]),
            Not(Offer, &["accepted"]),
        ]);
        assert!(when.holds(&answers));
        let mut because = Vec::new();
        when.because(&answers, &mut because);
        assert_eq!(because, [Deadlines]);
    }
}
