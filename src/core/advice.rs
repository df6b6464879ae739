//! What the reader is told to do, chosen from their own answers: the sentence under the verdict,
//! the first step, the plan's steps and which letters fit. Like the weights in `questions.rs`,
//! each piece is data with a condition on the answers; its text lives in `crate::i18n`, keyed by
//! the same enum. A step is shown only where its condition holds, and says which of the reader's
//! answers it responds to: the answers that make its condition hold (`Shown::because`).

use super::answers::Answers;
use super::model::{Assessment, MAX_REASONS, Reason, Rule, answer_is, reasons, sort_small};
use super::questions::QuestionId::{
    Contract, Deadlines, Fairness, Fronts, Milestones, MoneyWorth, Offer, Respect, Satisfiable,
    Scope, Stage, Talk, TargetGroup, TimeDrain, Toll, Topic, Trend,
};
use super::questions::{QUESTIONS, QuestionId, Strategy};

/// A condition on the answers. `Is` holds when the question's answer is one of the ids.
#[derive(Debug)]
pub enum When {
    Is(QuestionId, &'static [&'static str]),
    Not(QuestionId, &'static [&'static str]),
    All(&'static [When]),
    Any(&'static [When]),
    /// None of them holds (names no answer: it is no answer the reader gave).
    NotAny(&'static [When]),
}

use When::{All, Any, Is, Not, NotAny};

/// Holds for any answers and names none: for the sentence a plan falls back on.
const ALWAYS: When = All(&[]);

impl When {
    pub fn holds(&self, answers: &Answers) -> bool {
        match self {
            Is(question, ids) => answer_is(answers, *question, ids),
            Not(question, ids) => !answer_is(answers, *question, ids),
            All(all) => all.iter().all(|when| when.holds(answers)),
            Any(any) => any.iter().any(|when| when.holds(answers)),
            NotAny(none) => !none.iter().any(|when| when.holds(answers)),
        }
    }

    /// The questions whose answers make this condition hold, in the order written.
    fn because(&self, answers: &Answers, out: &mut Vec<QuestionId>) {
        match self {
            Is(question, _) if self.holds(answers) && !out.contains(question) => {
                out.push(*question)
            }
            // A branch that does not hold names nothing, even where part of it holds.
            All(all) | Any(all) if self.holds(answers) => {
                all.iter().for_each(|when| when.because(answers, out))
            }
            _ => {}
        }
    }

    /// Every answer id the condition names, with its question: for the test that each exists.
    pub fn named(&self, out: &mut Vec<(QuestionId, &'static str)>) {
        match self {
            Is(question, ids) | Not(question, ids) => {
                out.extend(ids.iter().map(|id| (*question, *id)))
            }
            All(all) | Any(all) | NotAny(all) => all.iter().for_each(|when| when.named(out)),
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
    Firm,
    DetachClaim,
    DetachJobDone,
    DetachBoundary,
    DetachBoundaryTried,
    DetachAnswerFacts,
    DetachFairPoints,
    DetachOwnList,
    DetachOwnListWritten,
    DetachStrain,
    DetachSmallJob,
    DetachFixedTimes,
    DetachKeepOffering,
    DetachHoldToAgreed,
    DetachRecordTalk,
    DetachConfidant,
    DetachRevisitSoon,
    DetachRevisit,
    MediateKeepWorking,
    MediateCloseOut,
    MediateRecordAgreed,
    MediateRecordTalk,
    MediateStopEmail,
    MediateFreshStart,
    MediateList,
    MediateListAgain,
    MediateRemindOrListAgain,
    MediateNameDispute,
    MediateOpenAmount,
    MediateCall,
    MediateCallAgain,
    MediateInWriting,
    MediateRecordAfter,
    MediateConfirmChoice,
    MediateCheckRecord,
    MediateSettleTerms,
    TerminateClaim,
    TerminateClaimNext,
    TerminateCloseJob,
    TerminateUrgent,
    TerminateCheckContract,
    TerminateCheckAgreement,
    TerminateNoteVerbal,
    TerminateSmallJob,
    TerminateMutualFirst,
    TerminateNotice,
    TerminateDelivery,
    TerminateFinish,
    TerminateFinishOpen,
    TerminatePaymentFirst,
    TerminateInvoice,
    TerminateSettleAdvance,
    TerminateNoNewOrders,
    TerminateRecords,
    TerminateTargetGroup,
    TerminateTargetGroupOnly,
    SwitchOff,
    SafetyDocument,
    SafetyInWriting,
    SafetyPolice,
    SafetyLegalAdvice,
    SafetyNotice,
    SafetyEndContact,
    SafetyClaim,
    SafetyDelivery,
    SafetyRecords,
    SafetyConfidant,
}

#[derive(Debug)]
pub struct StepDef {
    pub step: Step,
    /// The plans it belongs to; most steps belong to one.
    pub plans: &'static [Plan],
    pub when: When,
    /// Whether it can open the plan as "your first step", and how strongly: the lowest number
    /// among the steps shown leads (on a tie, the one listed first). Only something to do can
    /// lead, not something to stop.
    pub first: Option<u8>,
}

const fn step(step: Step, plans: &'static [Plan], first: Option<u8>, when: When) -> StepDef {
    StepDef {
        step,
        plans,
        when,
        first,
    }
}

const DETACH: &[Plan] = &[Plan::Detach];
const MEDIATE: &[Plan] = &[Plan::Mediate];
const TERMINATE: &[Plan] = &[Plan::Terminate];
const SAFETY: &[Plan] = &[Plan::Safety];
/// Every plan but the safety plan, which has steps of its own for the same ends.
const NOT_SAFETY: &[Plan] = &[Plan::Detach, Plan::Mediate, Plan::Terminate];

const ALL_TOPICS: &[&str] = &["dispute", "manner", "both"];
const ALL_CONTRACTS: &[&str] = &["signed", "emails_only", "verbal", "not_needed"];
const WITH_CONTRACT: &[&str] = &["signed", "emails_only", "verbal"];
const MORE_TIME: &[&str] = &["somewhat_more", "much_more", "excessive"];
/// The offer is not settled: nothing offered yet, or offered and not taken up.
const OPEN_OFFER: &[&str] = &["not_yet", "stalled", "refused"];
const NOT_ACCEPTED: &[&str] = &["not_yet", "stalled", "refused", "nothing_to_negotiate"];

/// The work is delivered: no contract left to end, no work to finish or hand over.
const DELIVERED: &[&str] = &["delivered_unpaid", "delivered_paid"];
const UNPAID: When = Is(Stage, &["delivered_unpaid"]);
const PAID: When = Is(Stage, &["delivered_paid"]);
/// Work is still to be done, or the reader has not said (a record kept before the question on
/// the job's stage): a contract to end, work to finish. Names no answer.
const WORK_LEFT: When = Not(Stage, DELIVERED);

/// A small one-off job: no ongoing work to organise, no notice to give, nothing to revisit.
const SMALL_JOB: When = Is(Contract, &["not_needed"]);

/// When no call is needed or possible: the client will not talk or there is nothing to talk
/// through, or the written exchange is still constructive; and after a talk that changed
/// nothing, a client who threatens legal steps or a small job. Then the solutions go out in
/// writing and the choice is confirmed in writing: no call, no summary of a conversation. Not
/// talked yet, a call is always worth a try (coach, round 4): a small job's dispute is settled
/// faster by phone, and under a threat of legal steps only the threat is answered in writing.
const NO_CALL: &[When] = &[
    Is(Talk, &["refuses", "nothing_to_negotiate"]),
    Is(Fronts, &["constructive"]),
    All(&[
        Is(Talk, &["no_change"]),
        Any(&[
            Is(Respect, &["legal_threats"]),
            Is(Contract, &["not_needed"]),
            Is(Scope, &["not_needed"]),
            Is(Milestones, &["not_needed"]),
        ]),
    ]),
];

/// A call is to come: not yet talked, or talked without effect, and nothing above rules it out.
const CALL: When = All(&[Is(Talk, &["not_yet", "no_change"]), NotAny(NO_CALL)]);

/// A dispute about the work that a client who is no longer polite would not settle (solutions
/// stalled or refused, or no talk): the letters give no thanks, and results go out only against
/// payment.
const DISPUTED: When = All(&[
    // Names only what was not settled: the topic is said elsewhere.
    Not(Topic, &["manner"]),
    Any(&[Is(Offer, &["stalled", "refused"]), Is(Talk, &["refuses"])]),
    Not(Respect, &["polite"]),
]);

/// Results and files only against payment of the final invoice.
const PAYMENT_FIRST: When = Any(&[Is(Respect, &["insulting"]), DISPUTED]);

/// The same, where a final invoice is still to come: not for work paid in advance or
/// already delivered.
const HOLD_UNTIL_PAID: When = All(&[
    PAYMENT_FIRST,
    Not(Stage, &["prepaid", "delivered_unpaid", "delivered_paid"]),
]);

/// Contract signed, scope, deadlines and milestones in writing and signed off.
const TERMS_IN_WRITING: When = All(&[
    Is(Contract, &["signed"]),
    Is(Scope, &["precise"]),
    Is(Deadlines, &["written"]),
    Is(Milestones, &["signed_off"]),
]);

/// The conflict is settled and everything is in writing and signed off, and it is getting
/// better: nothing to put in writing again; keep what works.
const SETTLED_IN_WRITING: When = All(&[
    Any(&[Is(Offer, &["accepted"]), Is(Talk, &["helped"])]),
    Is(Scope, &["precise"]),
    Is(Deadlines, &["written"]),
    Is(Milestones, &["signed_off"]),
    Is(Trend, &["better"]),
]);

/// The plans. Each plan's steps stand in the order the reader carries them out; for ending it:
/// check, propose ending it by mutual consent, give notice if that fails, finish or hand over,
/// final invoice.
pub static STEPS: &[StepDef] = &[
    // Threats of a lawyer, legal action or bad reviews: firm, documented, in writing.
    step(
        Step::Firm,
        NOT_SAFETY,
        Some(0),
        Is(Respect, &["legal_threats"]),
    ),
    // Money owed is claimed, however the client behaves: the first thing to do (coach, round 11).
    step(Step::DetachClaim, DETACH, Some(1), UNPAID),
    // A finished, paid job is confirmed once and closed, not answered at set times.
    step(Step::DetachJobDone, DETACH, Some(2), PAID),
    // Detach: the problem lies more with the client than with the work. The first step follows
    // how much the client gets to the reader.
    // A talk about it changed nothing: not the same boundary again.
    step(
        Step::DetachBoundary,
        DETACH,
        Some(3),
        All(&[Is(Respect, &["insulting"]), Not(Talk, &["no_change"])]),
    ),
    step(
        Step::DetachBoundaryTried,
        DETACH,
        Some(3),
        All(&[Is(Respect, &["insulting"]), Is(Talk, &["no_change"])]),
    ),
    // Answers to the curt tone where there is one; otherwise to what the conflict is about.
    step(
        Step::DetachAnswerFacts,
        DETACH,
        Some(9),
        All(&[
            Not(Respect, &["insulting"]),
            Any(&[
                Is(Respect, &["curt"]),
                All(&[Not(Respect, &["curt"]), Is(Topic, ALL_TOPICS)]),
            ]),
        ]),
    ),
    step(
        Step::DetachFairPoints,
        DETACH,
        Some(5),
        Is(Fairness, &["largely", "partly"]),
    ),
    // Where the scope is written down precisely, that is the yardstick: nothing to write.
    step(
        Step::DetachOwnList,
        DETACH,
        Some(6),
        All(&[Is(Satisfiable, &["never"]), Not(Scope, &["precise"])]),
    ),
    step(
        Step::DetachOwnListWritten,
        DETACH,
        Some(6),
        All(&[Is(Satisfiable, &["never"]), Is(Scope, &["precise"])]),
    ),
    step(
        Step::DetachStrain,
        DETACH,
        Some(1),
        Is(Toll, &["evenings", "drained"]),
    ),
    // A small job is answered once and closed, not organised like ongoing work (coach, round 5).
    step(
        Step::DetachSmallJob,
        DETACH,
        Some(2),
        All(&[SMALL_JOB, Not(Stage, &["delivered_paid"])]),
    ),
    step(
        Step::DetachFixedTimes,
        DETACH,
        Some(2),
        All(&[Is(Toll, &["annoyed"]), NotAny(&[SMALL_JOB, PAID])]),
    ),
    step(
        Step::DetachKeepOffering,
        DETACH,
        Some(7),
        All(&[
            Is(Offer, OPEN_OFFER),
            Not(Topic, &["manner"]),
            Not(Talk, &["helped"]),
        ]),
    ),
    step(
        Step::DetachHoldToAgreed,
        DETACH,
        Some(4),
        Is(Offer, &["accepted"]),
    ),
    // The article: what a talk settled is put in writing afterwards, as a confirmation of what
    // was agreed, not a new round of solutions (coach, round 5).
    step(
        Step::DetachRecordTalk,
        DETACH,
        Some(8),
        Is(Talk, &["helped"]),
    ),
    step(
        Step::DetachConfidant,
        DETACH,
        None,
        Is(Toll, &["evenings", "drained"]),
    ),
    step(
        Step::DetachRevisitSoon,
        DETACH,
        None,
        Any(&[Is(Trend, &["worse", "escalating"]), Is(Toll, &["drained"])]),
    ),
    step(
        Step::DetachRevisit,
        DETACH,
        None,
        All(&[
            Is(Trend, &["better", "same"]),
            Not(Toll, &["drained"]),
            NotAny(&[SMALL_JOB, PAID]),
        ]),
    ),
    // Mediate: a list of solutions, a talk where one is needed and possible, a written record.
    step(
        Step::MediateKeepWorking,
        MEDIATE,
        Some(0),
        SETTLED_IN_WRITING,
    ),
    // A delivered, paid job whose dispute the client settled by accepting a solution: once it
    // is carried out, the job is closed, not confirmed again (coach, round 12).
    step(
        Step::MediateCloseOut,
        MEDIATE,
        Some(1),
        All(&[PAID, Is(Offer, &["accepted"])]),
    ),
    step(
        Step::MediateRecordAgreed,
        MEDIATE,
        Some(1),
        All(&[Is(Offer, &["accepted"]), NotAny(&[SETTLED_IN_WRITING])]),
    ),
    step(
        Step::MediateRecordTalk,
        MEDIATE,
        Some(2),
        All(&[
            Is(Talk, &["helped"]),
            Not(Offer, &["accepted"]),
            NotAny(&[SETTLED_IN_WRITING]),
        ]),
    ),
    step(
        Step::MediateStopEmail,
        MEDIATE,
        None,
        All(&[
            Is(Fronts, &["written_loops"]),
            Not(Talk, &["helped"]),
            Not(Offer, &["accepted"]),
        ]),
    ),
    step(
        Step::MediateFreshStart,
        MEDIATE,
        None,
        All(&[
            Is(Fronts, &["hardened"]),
            Not(Talk, &["helped"]),
            Not(Offer, &["accepted"]),
        ]),
    ),
    step(
        Step::MediateList,
        MEDIATE,
        Some(5),
        All(&[Is(Offer, &["not_yet"]), Not(Talk, &["helped"])]),
    ),
    step(
        Step::MediateListAgain,
        MEDIATE,
        Some(3),
        All(&[Is(Offer, &["refused"]), Not(Talk, &["helped"])]),
    ),
    // "Stalled" includes going back on what was agreed: that is held to first, not rewarded
    // with a more generous offer (editor, round 10).
    step(
        Step::MediateRemindOrListAgain,
        MEDIATE,
        Some(3),
        All(&[Is(Offer, &["stalled"]), Not(Talk, &["helped"])]),
    ),
    step(
        Step::MediateNameDispute,
        MEDIATE,
        Some(8),
        Is(Offer, &["nothing_to_negotiate"]),
    ),
    // Not once a solution is accepted: then the payment is agreed (coach, round 14).
    step(
        Step::MediateOpenAmount,
        MEDIATE,
        None,
        All(&[UNPAID, Not(Offer, &["accepted"])]),
    ),
    step(
        Step::MediateCall,
        MEDIATE,
        None,
        All(&[Is(Talk, &["not_yet"]), Not(Offer, &["accepted"]), CALL]),
    ),
    step(
        Step::MediateCallAgain,
        MEDIATE,
        None,
        All(&[
            Is(Talk, &["no_change"]),
            Not(Offer, &["accepted", "nothing_to_negotiate"]),
            CALL,
        ]),
    ),
    step(
        Step::MediateInWriting,
        MEDIATE,
        None,
        All(&[
            Is(Offer, &["not_yet"]),
            Not(Talk, &["helped"]),
            Any(NO_CALL),
        ]),
    ),
    step(
        Step::MediateRecordAfter,
        MEDIATE,
        None,
        All(&[Not(Offer, &["accepted"]), CALL]),
    ),
    // Names only the offer: the reasons for writing are quoted under the step before.
    step(
        Step::MediateConfirmChoice,
        MEDIATE,
        None,
        All(&[
            Is(Offer, NOT_ACCEPTED),
            Not(Talk, &["helped"]),
            NotAny(&[CALL]),
        ]),
    ),
    // A settlement under a threat of legal steps: checked before it goes out.
    step(
        Step::MediateCheckRecord,
        MEDIATE,
        None,
        All(&[
            Is(Respect, &["legal_threats"]),
            NotAny(&[SETTLED_IN_WRITING]),
        ]),
    ),
    step(
        Step::MediateSettleTerms,
        MEDIATE,
        None,
        All(&[
            Any(&[
                Is(Scope, &["rough", "undefined"]),
                Is(Deadlines, &["vague", "none"]),
                Is(Milestones, &["informal", "none"]),
            ]),
            NotAny(&[SMALL_JOB]),
        ]),
    ),
    // Terminate a delivered job: nothing to give notice on. Unpaid, the money is claimed;
    // paid, the job is closed in writing (coach, round 11).
    step(Step::TerminateClaim, TERMINATE, Some(0), UNPAID),
    step(Step::TerminateClaimNext, TERMINATE, None, UNPAID),
    step(Step::TerminateCloseJob, TERMINATE, Some(0), PAID),
    // Terminate work still to be done: check, propose ending it by mutual consent, give notice
    // if that fails, finish or hand over, final invoice.
    step(
        Step::TerminateUrgent,
        TERMINATE,
        Some(1),
        All(&[Is(Trend, &["escalating"]), WORK_LEFT]),
    ),
    step(
        Step::TerminateCheckContract,
        TERMINATE,
        Some(2),
        All(&[Is(Contract, &["signed"]), WORK_LEFT]),
    ),
    step(
        Step::TerminateCheckAgreement,
        TERMINATE,
        Some(3),
        All(&[Is(Contract, &["emails_only"]), WORK_LEFT]),
    ),
    step(
        Step::TerminateNoteVerbal,
        TERMINATE,
        Some(3),
        All(&[Is(Contract, &["verbal"]), WORK_LEFT]),
    ),
    step(
        Step::TerminateSmallJob,
        TERMINATE,
        Some(4),
        All(&[SMALL_JOB, WORK_LEFT]),
    ),
    // Quotes the solutions turned down or the talk refused or without effect, where that is
    // the reader's answer: they are why the proposal comes first (editor, round 4).
    step(
        Step::TerminateMutualFirst,
        TERMINATE,
        None,
        All(&[
            Is(Contract, WITH_CONTRACT),
            WORK_LEFT,
            Any(&[
                Is(Offer, &["stalled", "refused"]),
                Is(Talk, &["refuses", "no_change"]),
                ALWAYS,
            ]),
        ]),
    ),
    step(
        Step::TerminateNotice,
        TERMINATE,
        None,
        All(&[Is(Contract, WITH_CONTRACT), WORK_LEFT]),
    ),
    step(
        Step::TerminateDelivery,
        TERMINATE,
        None,
        All(&[Is(Contract, WITH_CONTRACT), WORK_LEFT]),
    ),
    // A small one-off job is finished or handed over as `TerminateSmallJob` says.
    step(
        Step::TerminateFinish,
        TERMINATE,
        None,
        All(&[
            Is(Scope, &["precise", "rough", "not_needed"]),
            WORK_LEFT,
            NotAny(&[HOLD_UNTIL_PAID]),
            NotAny(&[SMALL_JOB]),
        ]),
    ),
    step(
        Step::TerminateFinishOpen,
        TERMINATE,
        None,
        All(&[
            Is(Scope, &["undefined"]),
            WORK_LEFT,
            NotAny(&[HOLD_UNTIL_PAID]),
            NotAny(&[SMALL_JOB]),
        ]),
    ),
    step(
        Step::TerminatePaymentFirst,
        TERMINATE,
        None,
        HOLD_UNTIL_PAID,
    ),
    // A small job's letter itself offers the final invoice for the work so far. A procedural
    // step: it names only the contract, quoted already under the check (no answer line).
    step(
        Step::TerminateInvoice,
        TERMINATE,
        None,
        All(&[
            Is(Contract, WITH_CONTRACT),
            Not(Stage, &["prepaid"]),
            WORK_LEFT,
        ]),
    ),
    // Paid in advance: the final statement sets the work done against the advance, and what
    // was paid for work not done goes back (coach, round 11).
    step(
        Step::TerminateSettleAdvance,
        &[Plan::Terminate, Plan::Safety],
        None,
        Is(Stage, &["prepaid"]),
    ),
    step(
        Step::TerminateNoNewOrders,
        TERMINATE,
        None,
        Is(Stage, DELIVERED),
    ),
    step(
        Step::TerminateRecords,
        TERMINATE,
        None,
        Is(Contract, ALL_CONTRACTS),
    ),
    // Where contract, scope, deadlines and milestones were all in writing, the terms were not
    // the weak point: only the target group is.
    step(
        Step::TerminateTargetGroup,
        TERMINATE,
        None,
        All(&[
            Is(TargetGroup, &["mostly", "outside", "undefined"]),
            NotAny(&[TERMS_IN_WRITING]),
        ]),
    ),
    step(
        Step::TerminateTargetGroupOnly,
        TERMINATE,
        None,
        All(&[
            Is(TargetGroup, &["mostly", "outside", "undefined"]),
            TERMS_IN_WRITING,
        ]),
    ),
    // The article's switching off, for a reader who negotiates and takes the client home
    // (coach, round 14); the detach and safety plans have their own. Not in the plans that end
    // it: ending it is the relief, and they are the longest already (e2e/reader.test.mjs).
    step(
        Step::SwitchOff,
        MEDIATE,
        None,
        Is(Toll, &["evenings", "drained"]),
    ),
    // Safety: the client threatens the reader's person or safety, or harasses them.
    step(
        Step::SafetyDocument,
        SAFETY,
        Some(1),
        Is(Respect, &["threats"]),
    ),
    step(
        Step::SafetyInWriting,
        SAFETY,
        None,
        Is(Respect, &["threats"]),
    ),
    step(Step::SafetyPolice, SAFETY, None, Is(Respect, &["threats"])),
    step(
        Step::SafetyLegalAdvice,
        SAFETY,
        None,
        All(&[Is(Respect, &["threats"]), WORK_LEFT]),
    ),
    step(
        Step::SafetyNotice,
        SAFETY,
        None,
        All(&[Is(Respect, &["threats"]), WORK_LEFT]),
    ),
    // A delivered job has no contract left to end: the letter ends the contact instead.
    step(
        Step::SafetyEndContact,
        SAFETY,
        None,
        All(&[Is(Respect, &["threats"]), Is(Stage, DELIVERED)]),
    ),
    step(
        Step::SafetyClaim,
        SAFETY,
        None,
        All(&[Is(Respect, &["threats"]), UNPAID]),
    ),
    step(
        Step::SafetyDelivery,
        SAFETY,
        None,
        All(&[Is(Respect, &["threats"]), WORK_LEFT]),
    ),
    step(Step::SafetyRecords, SAFETY, None, Is(Respect, &["threats"])),
    step(
        Step::SafetyConfidant,
        SAFETY,
        None,
        Is(Toll, &["evenings", "drained"]),
    ),
];

/// The sentence under the verdict, in the order tried: the first whose condition holds. The
/// answers its condition names are what it says: "Why" does not repeat them (`why`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    Firm,
    DetachInsultsTalked,
    DetachInsults,
    DetachAgreed,
    DetachNeverSatisfied,
    DetachPolite,
    DetachManner,
    Detach,
    MediateKeep,
    MediateAgreed,
    MediateTalked,
    MediateAgain,
    MediateAgainNoDrain,
    MediateFirstTry,
    MediateClarify,
    MediateLoops,
    MediateHardened,
    MediateNeverSatisfied,
    Mediate,
    TerminateUnpaid,
    TerminateJobDone,
    TerminateFirm,
    TerminateWornDown,
    TerminateNotWorth,
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
    pub plans: &'static [Plan],
    pub when: When,
}

const fn lead(lead: Lead, plans: &'static [Plan], when: When) -> LeadDef {
    LeadDef { lead, plans, when }
}

pub static LEADS: &[LeadDef] = &[
    lead(
        Lead::Firm,
        &[Plan::Detach, Plan::Mediate],
        Is(Respect, &["legal_threats"]),
    ),
    lead(
        Lead::DetachInsultsTalked,
        DETACH,
        All(&[Is(Respect, &["insulting"]), Is(Talk, &["no_change"])]),
    ),
    lead(Lead::DetachInsults, DETACH, Is(Respect, &["insulting"])),
    lead(Lead::DetachAgreed, DETACH, Is(Offer, &["accepted"])),
    lead(
        Lead::DetachNeverSatisfied,
        DETACH,
        Is(Satisfiable, &["never"]),
    ),
    // A polite client is not blamed for how they treat the reader (coach, round 10).
    lead(
        Lead::DetachPolite,
        DETACH,
        All(&[
            Any(&[Is(Topic, &["manner"]), Is(Satisfiable, &["work_accepted"])]),
            Is(Respect, &["polite"]),
        ]),
    ),
    lead(
        Lead::DetachManner,
        DETACH,
        Any(&[Is(Topic, &["manner"]), Is(Satisfiable, &["work_accepted"])]),
    ),
    lead(Lead::Detach, DETACH, ALWAYS),
    lead(Lead::MediateKeep, MEDIATE, SETTLED_IN_WRITING),
    lead(Lead::MediateAgreed, MEDIATE, Is(Offer, &["accepted"])),
    lead(Lead::MediateTalked, MEDIATE, Is(Talk, &["helped"])),
    lead(
        Lead::MediateAgain,
        MEDIATE,
        All(&[
            Is(Offer, &["stalled", "refused"]),
            Is(TimeDrain, &["much_more", "excessive"]),
        ]),
    ),
    lead(
        Lead::MediateAgainNoDrain,
        MEDIATE,
        Is(Offer, &["stalled", "refused"]),
    ),
    lead(
        Lead::MediateFirstTry,
        MEDIATE,
        All(&[
            Is(Offer, &["not_yet"]),
            Is(TimeDrain, &["much_more", "excessive"]),
        ]),
    ),
    lead(
        Lead::MediateClarify,
        MEDIATE,
        Is(Offer, &["nothing_to_negotiate"]),
    ),
    lead(Lead::MediateLoops, MEDIATE, Is(Fronts, &["written_loops"])),
    lead(Lead::MediateHardened, MEDIATE, Is(Fronts, &["hardened"])),
    // "An agreement is within reach" is not for a client the reader says nothing would ever
    // satisfy (coach, round 6).
    lead(
        Lead::MediateNeverSatisfied,
        MEDIATE,
        Is(Satisfiable, &["never"]),
    ),
    lead(Lead::Mediate, MEDIATE, ALWAYS),
    // A delivered job is not ended by notice (coach, round 11).
    lead(Lead::TerminateUnpaid, TERMINATE, UNPAID),
    lead(Lead::TerminateJobDone, TERMINATE, PAID),
    lead(
        Lead::TerminateFirm,
        TERMINATE,
        Is(Respect, &["legal_threats"]),
    ),
    // Worn down by an insulting client: "kein Geld mehr wert, sich so fertigmachen zu lassen".
    lead(
        Lead::TerminateWornDown,
        TERMINATE,
        All(&[
            Is(Toll, &["drained"]),
            Is(MoneyWorth, &["not_really", "never"]),
            Is(Respect, &["insulting"]),
        ]),
    ),
    // "No fee is worth being worn down" only to a reader for whom the money is no longer worth
    // it; the leads below it say nothing about the money (coach, round 4).
    lead(
        Lead::TerminateNotWorth,
        TERMINATE,
        All(&[
            Is(MoneyWorth, &["not_really", "never"]),
            Is(TimeDrain, MORE_TIME),
        ]),
    ),
    // A close call's second plan can be "End it" for a client who costs no extra time.
    lead(
        Lead::TerminateOffer,
        TERMINATE,
        All(&[Is(Offer, &["stalled", "refused"]), Is(TimeDrain, MORE_TIME)]),
    ),
    lead(
        Lead::TerminateNoTalk,
        TERMINATE,
        All(&[Is(Talk, &["refuses"]), Is(TimeDrain, MORE_TIME)]),
    ),
    lead(
        Lead::TerminateTalkFailed,
        TERMINATE,
        All(&[Is(Talk, &["no_change"]), Is(TimeDrain, MORE_TIME)]),
    ),
    lead(Lead::Terminate, TERMINATE, Is(TimeDrain, MORE_TIME)),
    lead(Lead::TerminateLastResort, TERMINATE, ALWAYS),
    lead(Lead::Safety, SAFETY, Is(Respect, &["threats"])),
];

/// Answers that say the same thing in other words: once one of them is said, "Why" does not
/// list the others.
pub static SAME_MEANING: &[&[(QuestionId, &str)]] = &[
    &[
        (Topic, "manner"),
        (Satisfiable, "work_accepted"),
        (Fairness, "no_complaint"),
    ],
    // The criticism shows real weaknesses: it is largely fair.
    &[(Satisfiable, "my_gap"), (Fairness, "largely")],
];

/// The goodwill offer the option list starts with, by what the dispute is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goodwill {
    /// The client criticises the work and costs no extra time: one more round of changes.
    Rework,
    /// The criticism is at least partly fair, from a client who already takes much more time
    /// than they pay for, and what the work includes is written down: a small discount rather
    /// than more free work.
    Discount,
    /// The same, but the scope was never written down precisely, so what the work includes is
    /// itself in dispute (coach, round 5): a small part of the disputed work at no charge, and
    /// the scope put in writing now; a discount would settle nothing about the rest.
    PartFree,
    /// No quality dispute that calls for a discount (no complaint about the work, or criticism
    /// that is not fair), from a client who takes much more time than they pay for: the extra
    /// time so far not charged, the agreed scope from now on.
    WaiveExtras,
    /// No complaint about the work and no time drain (price, deadlines, payment): a longer time
    /// to pay, nothing that concedes a flaw in the work.
    PaymentTerms,
    /// The work is delivered and money is outstanding: what is left to settle is the payment,
    /// so the options say how much is paid, and by when (coach, round 12: no rework of an event
    /// that is over).
    OpenAmount,
}

/// The kind of goodwill offer that fits the dispute.
pub fn goodwill(answers: &Answers) -> Goodwill {
    let quality = answer_is(
        answers,
        Fairness,
        &["largely", "partly", "hardly", "not_at_all"],
    ) && !answer_is(answers, Topic, &["manner"]);
    let fair = answer_is(answers, Fairness, &["largely", "partly"]) && quality;
    let scope_written = answer_is(answers, Scope, &["precise", "not_needed"]);
    if UNPAID.holds(answers) {
        return Goodwill::OpenAmount;
    }
    match (costs_much_time(answers), quality, fair) {
        (false, true, _) => Goodwill::Rework,
        (false, false, _) => Goodwill::PaymentTerms,
        (true, _, true) if scope_written => Goodwill::Discount,
        (true, _, true) => Goodwill::PartFree,
        (true, _, false) => Goodwill::WaiveExtras,
    }
}

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

/// What the letters end: the contract for work still to do, or, once the work is delivered,
/// the matter: a claim for the money owed, or the finished job closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    Contract,
    Claim,
    Close,
}

/// Which letters the plan hands over, and what they say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Letters {
    pub ending: Ending,
    /// Paid in advance for work not yet done: the final statement refunds the difference.
    pub prepaid: bool,
    pub notice: Notice,
    /// A second letter that proposes ending the work by mutual agreement.
    pub mutual: bool,
    /// Thanks for the cooperation: not to a client who insults or threatens, nor to one who
    /// would not settle a dispute about the work.
    pub thanks: bool,
    /// Results are handed over once the final invoice is paid: to a client who insults, or who
    /// would not settle a dispute about the work.
    pub payment_first: bool,
    /// The scope is written down and the contract is not only spoken: the letters can refer to
    /// "the agreed scope". Without it they promise only "the work we agreed", never the client's
    /// idea of what was commissioned (editor, round 5).
    pub written_terms: bool,
    /// A small one-off job: one letter that proposes closing it at its current stage, no notice
    /// (a contractor can rarely give ordinary notice on a Werkvertrag).
    pub small_job: bool,
}

impl Letters {
    /// Whether the letters end the contract on a date the reader names: not a notice without
    /// notice period, not a small job closed as it stands, not a delivered job.
    pub fn name_an_end_date(self) -> bool {
        self.ending == Ending::Contract && self.notice == Notice::Ordinary && !self.small_job
    }
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
    /// The goodwill offer the suggested solutions start with.
    pub goodwill: Goodwill,
    /// The talk helped: the written record sums up a conversation.
    pub talked: bool,
    /// A call is to come (`CALL`): the plan has a guide for it and a summary to send after it.
    /// Without a talk, past or to come, the record confirms the client's choice in writing.
    pub call: bool,
    /// Settled, all in writing, and getting better (`SETTLED_IN_WRITING`): no template to send.
    pub settled: bool,
    /// The dispute is about the work and the client has complaints: the written record says the
    /// agreed solution settles them.
    pub complaints: bool,
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
        .filter(|def| def.plans.contains(&plan) && def.when.holds(answers))
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
        .find(|def| def.plans.contains(&plan) && def.when.holds(answers))
        .or_else(|| LEADS.iter().rev().find(|def| def.plans.contains(&plan)))
        .expect("every plan has a lead")
        .lead;
    let respect = |ids: &[&str]| answer_is(answers, Respect, ids);
    let written_terms =
        !answer_is(answers, Scope, &["undefined"]) && !answer_is(answers, Contract, &["verbal"]);
    // A dispute about the work that the client would not settle: no thanks, and the results
    // only against payment.
    let disputed = DISPUTED.holds(answers);
    let ending = if UNPAID.holds(answers) {
        Ending::Claim
    } else if PAID.holds(answers) {
        Ending::Close
    } else {
        Ending::Contract
    };
    let prepaid = answer_is(answers, Stage, &["prepaid"]);
    let letters = match plan {
        Plan::Detach | Plan::Mediate => None,
        Plan::Terminate => Some(Letters {
            ending,
            prepaid,
            notice: Notice::Ordinary,
            mutual: true,
            thanks: respect(&["polite", "curt"]) && !disputed,
            // The plan's own rule: not for work paid in advance or delivered.
            payment_first: HOLD_UNTIL_PAID.holds(answers),
            written_terms,
            small_job: SMALL_JOB.holds(answers) && WORK_LEFT.holds(answers),
        }),
        Plan::Safety => Some(Letters {
            ending,
            prepaid,
            notice: Notice::ForCause,
            mutual: false,
            thanks: false,
            payment_first: false,
            written_terms,
            small_job: false,
        }),
    };
    let agreed = answer_is(answers, Offer, &["accepted"]) || answer_is(answers, Talk, &["helped"]);
    Advice {
        plan,
        lead,
        first: steps[0].clone(),
        steps,
        letters,
        agreed,
        goodwill: goodwill(answers),
        talked: answer_is(answers, Talk, &["helped"]),
        call: !agreed && CALL.holds(answers),
        settled: SETTLED_IN_WRITING.holds(answers),
        complaints: answer_is(answers, Topic, &["dispute", "both"])
            && !answer_is(answers, Fairness, &["no_complaint"]),
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

    /// The answers "Why" leaves out: those the result already says above it (the lead's and
    /// those quoted under the first step), those a settled conflict has left behind (the
    /// dispute, the criticism, the offer, the fronts), and "not talked yet" where the plan has
    /// no call to come.
    pub fn said_above(&self, answers: &Answers) -> Vec<QuestionId> {
        let mut said = Vec::new();
        if let Some(def) = LEADS.iter().find(|def| def.lead == self.lead) {
            def.when.because(answers, &mut said);
        }
        said.extend(self.quoted().first().into_iter().flatten());
        if self.agreed {
            said.extend([Topic, Fairness, Offer, Fronts]);
        }
        if !self.call && answer_is(answers, Talk, &["not_yet"]) {
            said.push(Talk);
        }
        said
    }
}

/// The reasons "Why" lists: the answers behind the verdict (`model::reasons`), strongest first,
/// without those the result already says above it (`Advice::said_above`) and without a second
/// answer that says the same as one already said (`SAME_MEANING`); three at most.
/// "Why" under a verdict: the reasons the lead and first step have not said (`why`) — on a
/// close call never none, since the runner-up's reasons stand beside it (editor, round 12).
pub fn why_shown(answers: &Answers, assessment: &Assessment, advice: &Advice) -> Vec<Reason> {
    // An earlier assessment decided otherwise than the model does now: no reasons of today's.
    if assessment.reasons.is_empty() {
        return Vec::new();
    }
    let said = advice.said_above(answers);
    let shown = why(answers, &reasons(answers, assessment.strategy), &said);
    if shown.is_empty() && assessment.close_call {
        assessment.reasons.clone()
    } else {
        shown
    }
}

pub fn why(answers: &Answers, reasons: &[Reason], said: &[QuestionId]) -> Vec<Reason> {
    let chosen = |question: QuestionId, id: &str| answer_is(answers, question, &[id]);
    let mut said: Vec<QuestionId> = said.to_vec();
    let mut out = Vec::new();
    for reason in reasons {
        let question = QUESTIONS[reason.question].id;
        let same = SAME_MEANING
            .iter()
            .find(|group| group.iter().any(|&(q, id)| q == question && chosen(q, id)));
        let already = said.contains(&question)
            || same.is_some_and(|group| {
                group
                    .iter()
                    .any(|&(q, id)| q != question && said.contains(&q) && chosen(q, id))
            });
        said.push(question);
        if !already && out.len() < MAX_REASONS {
            out.push(*reason);
        }
    }
    out
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
