//! What the reader acts on: the lead, the first step and the plan fit their own answers.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/names.rs"]
mod names;

use client_triage::core::advice::{LEADS, Plan, STEPS, Step, advise};
use client_triage::core::model::{fired_rule, may_terminate};
use client_triage::core::questions::{QUESTIONS, QuestionId, question_index};
use client_triage::core::{Answers, Lang, Strategy, assess};
use client_triage::i18n;
use proptest::prelude::{ProptestConfig, prop_assert, proptest};
use proptest::strategy::Strategy as _;

fn answers(line: &str) -> Answers {
    let ids: Vec<&str> = line.split_whitespace().collect();
    names::answers(&ids, |what| format!("{line}: {what}"))
}

fn answer_id(answers: &Answers, question: QuestionId) -> &'static str {
    let q = question_index(question).unwrap();
    QUESTIONS[q].answers[answers.get(q).unwrap()].id
}

/// One answer set per first-step rule, each written for its situation, with the strategy it
/// is shown for. Together: every step that can lead a plan does lead one.
const FIRST_STEPS: &[(Step, Strategy, &str)] = &[
    (
        Step::DetachBoundary,
        Strategy::Detach,
        "manner work_accepted annoyed tense no_complaint nothing_to_negotiate nothing_to_negotiate proportionate clearly signed precise written signed_off ideal weeks same insulting",
    ),
    (
        Step::DetachFixedTimes,
        Strategy::Detach,
        "manner work_accepted evenings tense no_complaint nothing_to_negotiate nothing_to_negotiate proportionate clearly signed precise written signed_off ideal weeks same curt",
    ),
    (
        Step::DetachFairPoints,
        Strategy::Detach,
        "manner never little tense partly nothing_to_negotiate nothing_to_negotiate proportionate clearly signed precise written signed_off ideal weeks same curt",
    ),
    (
        Step::DetachOwnList,
        Strategy::Detach,
        "manner never little tense hardly nothing_to_negotiate nothing_to_negotiate proportionate clearly signed precise written signed_off ideal weeks same curt",
    ),
    (
        Step::DetachKeepOffering,
        Strategy::Detach,
        "both work_accepted little tense not_at_all stalled nothing_to_negotiate proportionate clearly signed precise written signed_off ideal weeks same curt",
    ),
    (
        Step::DetachHoldToAgreed,
        Strategy::Detach,
        "both unsure little tense hardly accepted helped proportionate clearly signed precise written signed_off ideal weeks same curt",
    ),
    (
        Step::DetachAnswerFacts,
        Strategy::Detach,
        "manner work_accepted little tense no_complaint nothing_to_negotiate nothing_to_negotiate proportionate clearly signed precise written signed_off ideal weeks same curt",
    ),
    (
        Step::MediateRecordAgreed,
        Strategy::Mediate,
        "dispute my_gap little constructive largely accepted helped proportionate clearly signed precise written signed_off ideal days better polite",
    ),
    (
        Step::MediateRecordTalk,
        Strategy::Mediate,
        "dispute clearer_terms annoyed tense partly not_yet helped somewhat_more clearly signed rough written informal ideal weeks better polite",
    ),
    (
        Step::MediateListAgain,
        Strategy::Mediate,
        "dispute clearer_terms annoyed written_loops partly stalled not_yet somewhat_more just_about emails_only rough vague none ideal weeks same polite",
    ),
    (
        Step::MediateList,
        Strategy::Mediate,
        "dispute my_gap annoyed tense partly not_yet not_yet somewhat_more just_about signed precise written signed_off ideal weeks same polite",
    ),
    (
        Step::MediateNameDispute,
        Strategy::Mediate,
        "dispute unsure annoyed tense partly nothing_to_negotiate not_yet proportionate clearly signed rough written informal ideal weeks same polite",
    ),
    (
        Step::TerminateUrgent,
        Strategy::Terminate,
        "dispute never drained hardened hardly refused refuses excessive never signed precise written signed_off ideal months escalating insulting",
    ),
    (
        Step::TerminateCheckContract,
        Strategy::Terminate,
        "dispute never evenings written_loops hardly refused no_change much_more not_really signed precise written signed_off ideal months worse polite",
    ),
    (
        Step::TerminateCheckAgreement,
        Strategy::Terminate,
        "dispute never evenings written_loops hardly refused no_change much_more not_really emails_only rough vague none ideal months worse curt",
    ),
    (
        Step::TerminateNoteVerbal,
        Strategy::Terminate,
        "dispute never evenings written_loops hardly refused no_change much_more not_really verbal rough vague none ideal months worse curt",
    ),
    (
        Step::TerminateSmallJob,
        Strategy::Terminate,
        "dispute never evenings written_loops hardly refused no_change much_more not_really not_needed not_needed vague not_needed ideal weeks worse curt",
    ),
    (
        Step::SafetyDocument,
        Strategy::Terminate,
        "dispute clearer_terms little tense partly not_yet not_yet proportionate clearly signed precise written signed_off ideal days same threats",
    ),
];

#[test]
fn each_first_step_rule_is_fired_by_its_answer_set() {
    for &(step, strategy, line) in FIRST_STEPS {
        let answers = answers(line);
        let assessment = assess(&answers);
        assert_eq!(assessment.strategy, strategy, "{step:?}: {line}");
        let advice = advise(&answers, assessment.strategy, assessment.rule);
        assert_eq!(advice.first.step, step, "{line}");
        assert_eq!(
            advice.steps[0], advice.first,
            "the first step opens the plan"
        );
    }
    for def in STEPS.iter().filter(|def| def.first.is_some()) {
        assert!(
            FIRST_STEPS.iter().any(|(step, ..)| *step == def.step),
            "{:?} can lead a plan but no answer set here shows it",
            def.step
        );
    }
}

#[test]
fn the_first_steps_are_as_varied_as_the_situations() {
    let mut firsts: Vec<Step> = FIRST_STEPS
        .iter()
        .map(|(_, _, line)| {
            let answers = answers(line);
            let a = assess(&answers);
            advise(&answers, a.strategy, a.rule).first.step
        })
        .collect();
    firsts.dedup();
    assert_eq!(firsts.len(), FIRST_STEPS.len());
    for plan in [Plan::Detach, Plan::Mediate, Plan::Terminate] {
        let possible = STEPS
            .iter()
            .filter(|d| d.plan == plan && d.first.is_some())
            .count();
        assert!(possible >= 4, "{plan:?} has {possible} first steps");
    }
}

#[test]
fn step_and_lead_tables_stand_in_the_order_of_their_enums() {
    for (i, def) in STEPS.iter().enumerate() {
        assert_eq!(def.step as usize, i, "{:?}", def.step);
    }
    for (i, def) in LEADS.iter().enumerate() {
        assert_eq!(def.lead as usize, i, "{:?}", def.lead);
    }
    let mut named = Vec::new();
    STEPS.iter().for_each(|d| d.when.named(&mut named));
    LEADS.iter().for_each(|d| d.when.named(&mut named));
    for (question, id) in named {
        let q = question_index(question).unwrap();
        assert!(
            QUESTIONS[q].answers.iter().any(|a| a.id == id),
            "{id} is not an answer of {question:?}"
        );
    }
}

/// What a text presupposes about the reader's situation, read from the English words the
/// reader sees (not from the conditions in `core::advice`): a phrase, the question, and the
/// answers under which it is true.
const PRESUPPOSES: &[(&str, QuestionId, &[&str])] = &[
    (
        "goes round in circles",
        QuestionId::Fronts,
        &["written_loops", "hardened"],
    ),
    (
        "goes round in circles",
        QuestionId::Talk,
        &["not_yet", "no_change", "refuses", "nothing_to_negotiate"],
    ),
    ("accepted your solution", QuestionId::Offer, &["accepted"]),
    (
        "takes a lot of your time",
        QuestionId::TimeDrain,
        &["much_more", "excessive"],
    ),
    ("no solution has been put", QuestionId::Offer, &["not_yet"]),
    (
        "two to four concrete solutions",
        QuestionId::Offer,
        &["not_yet"],
    ),
    (
        "more generous than before",
        QuestionId::Offer,
        &["stalled", "refused"],
    ),
    ("not taken up", QuestionId::Offer, &["stalled", "refused"]),
    ("solution you agreed", QuestionId::Offer, &["accepted"]),
    ("agreed on a solution", QuestionId::Offer, &["accepted"]),
    ("the client accepted", QuestionId::Offer, &["accepted"]),
    ("agreed in the conversation", QuestionId::Talk, &["helped"]),
    ("Talking helped", QuestionId::Talk, &["helped"]),
    ("will not talk", QuestionId::Talk, &["refuses"]),
    ("refuses to talk", QuestionId::Talk, &["refuses"]),
    ("once more, this time", QuestionId::Talk, &["no_change"]),
    ("changed nothing", QuestionId::Talk, &["no_change"]),
    ("Suggest a call", QuestionId::Talk, &["not_yet"]),
    (
        "Suggest a call",
        QuestionId::Offer,
        &["not_yet", "stalled", "refused"],
    ),
    (
        "criticism that are fair",
        QuestionId::Fairness,
        &["largely", "partly"],
    ),
    (
        "more time than they pay for",
        QuestionId::TimeDrain,
        &["somewhat_more", "much_more", "excessive"],
    ),
    (
        "more than they bring in",
        QuestionId::TimeDrain,
        &["somewhat_more", "much_more", "excessive"],
    ),
    ("small one-off job", QuestionId::Contract, &["not_needed"]),
    ("Check your contract", QuestionId::Contract, &["signed"]),
    (
        "Without a signed contract",
        QuestionId::Contract,
        &["emails_only", "verbal"],
    ),
    ("threaten", QuestionId::Respect, &["threats"]),
    ("Insults", QuestionId::Respect, &["insulting"]),
    ("tone stays respectful", QuestionId::Respect, &["insulting"]),
    (
        "nothing would ever satisfy",
        QuestionId::Satisfiable,
        &["never"],
    ),
    ("Don’t wait", QuestionId::Trend, &["escalating"]),
    (
        "sooner if things get worse",
        QuestionId::Trend,
        &["better", "same"],
    ),
    (
        "sooner if things get worse",
        QuestionId::Toll,
        &["little", "annoyed", "evenings"],
    ),
    ("after work", QuestionId::Toll, &["evenings", "drained"]),
    (
        "target group",
        QuestionId::TargetGroup,
        &["mostly", "outside", "undefined"],
    ),
];

/// The work is not the problem: said only where the reader said so.
fn the_work_is_not_the_problem(answers: &Answers) -> bool {
    answer_id(answers, QuestionId::Topic) == "manner"
        || answer_id(answers, QuestionId::Satisfiable) == "work_accepted"
}

/// Every text shown for these answers and this strategy that presupposes something the
/// answers contradict, as "text: question = answer".
fn contradictions(answers: &Answers, strategy: Strategy) -> Vec<String> {
    let rule = if strategy == assess(answers).strategy {
        fired_rule(answers)
    } else {
        None
    };
    let advice = advise(answers, strategy, rule);
    let texts = i18n::advice(Lang::En);
    let mut shown: Vec<&str> = advice.steps.iter().map(|s| texts.step(s.step)).collect();
    shown.push(texts.lead(advice.lead));
    let mut found = Vec::new();
    for text in shown {
        for &(phrase, question, allowed) in PRESUPPOSES {
            let given = answer_id(answers, question);
            if text.contains(phrase) && !allowed.contains(&given) {
                found.push(format!("{text:?}: {question:?} = {given}"));
            }
        }
        if text.contains("The work is not the problem") && !the_work_is_not_the_problem(answers) {
            found.push(format!("{text:?}: the work is in dispute"));
        }
    }
    for shown in &advice.steps {
        if shown.because.is_empty() {
            found.push(format!("{:?} names no answer it responds to", shown.step));
        }
    }
    found
}

/// An answer is quoted once per plan, under the first step it explains.
#[test]
fn each_answer_is_quoted_once_per_plan() {
    for &(_, strategy, line) in FIRST_STEPS {
        let answers = answers(line);
        let a = assess(&answers);
        let advice = advise(&answers, strategy, a.rule);
        let quoted: Vec<QuestionId> = advice.quoted().concat();
        let mut unique = quoted.clone();
        unique.sort_by_key(|q| *q as usize);
        unique.dedup();
        assert_eq!(quoted.len(), unique.len(), "{line}: {quoted:?}");
        assert!(
            !advice.quoted()[0].is_empty(),
            "the first step names its answer"
        );
    }
}

fn any_answers() -> impl proptest::strategy::Strategy<Value = Answers> {
    let sizes: Vec<usize> = QUESTIONS.iter().map(|q| q.answers.len()).collect();
    sizes
        .into_iter()
        .map(|n| 0..n)
        .collect::<Vec<_>>()
        .prop_map(|chosen| Answers::from_pairs(chosen.into_iter().enumerate()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// The verdict's plan and, for a close call, the runner-up's: no text says what the
    /// reader's answers deny, and every step names the answer it responds to.
    #[test]
    fn no_shown_text_contradicts_the_answers(answers in any_answers()) {
        let assessment = assess(&answers);
        let mut shown = vec![assessment.strategy];
        if assessment.close_call {
            shown.push(assessment.runner_up);
        }
        for strategy in shown {
            let found = contradictions(&answers, strategy);
            prop_assert!(found.is_empty(), "{strategy:?}: {found:#?}");
        }
    }

    /// The article's condition for ending it: too much time, and mediation not accepted.
    #[test]
    fn ending_it_needs_the_articles_condition_or_a_threat(answers in any_answers()) {
        let a = assess(&answers);
        if a.strategy == Strategy::Terminate {
            prop_assert!(a.rule.is_some() || may_terminate(&answers));
        }
    }
}

/// A client who turned everything down but costs little and pays well is not a reason to end it;
/// nor is one to whom nothing has been offered yet.
#[test]
fn refused_but_cheap_or_nothing_offered_does_not_end_it() {
    let refused_cheap = answers(
        "dispute never evenings hardened not_at_all refused refuses proportionate clearly signed precise written signed_off ideal months worse curt",
    );
    assert_ne!(assess(&refused_cheap).strategy, Strategy::Terminate);
    let nothing_offered = answers(
        "dispute unsure drained hardened hardly not_yet not_yet excessive not_really emails_only rough vague none outside months worse curt",
    );
    let a = assess(&nothing_offered);
    assert_ne!(a.strategy, Strategy::Terminate);
    assert_eq!(a.runner_up, Strategy::Terminate);
    assert!(a.close_call, "terminate is held level, not hidden: {a:?}");
}

#[test]
fn a_tie_says_it_is_a_tie_and_what_would_tip_it() {
    let nothing_offered = answers(
        "dispute unsure drained hardened hardly not_yet not_yet excessive not_really emails_only rough vague none outside months worse curt",
    );
    let a = assess(&nothing_offered);
    assert!(a.tie, "{a:?}");
    assert_eq!(a.scores.get(a.strategy), a.scores.get(a.runner_up));
    let note = i18n::close_call_note(Lang::En, &a);
    assert!(note.starts_with("A tie between "), "{note}");
    assert!(!note.contains("ahead"), "{note}");
    let tip = i18n::tip_note(Lang::En, &nothing_offered, &a).expect("a tip");
    assert!(
        tip.starts_with("“End it” would come first if this were your answer: "),
        "{tip}"
    );
    let de = i18n::close_call_note(Lang::De, &a);
    assert!(de.starts_with("Gleichstand zwischen "), "{de}");

    // Not a tie: named as a close call, with what would tip it.
    let close = answers(
        "both unsure evenings tense hardly not_yet not_yet somewhat_more just_about signed rough written informal ideal months same curt",
    );
    let a = assess(&close);
    if a.close_call && !a.tie {
        let note = i18n::close_call_note(Lang::En, &a);
        assert!(note.starts_with("Close call: "), "{note}");
    }
}

/// The threats plan: its own title, first step and a letter without thanks or promises.
#[test]
fn a_threat_gets_the_safety_plan() {
    let line = "dispute clearer_terms little constructive largely accepted helped proportionate clearly signed precise written signed_off ideal days better threats";
    let answers = answers(line);
    let a = assess(&answers);
    let advice = advise(&answers, a.strategy, a.rule);
    assert_eq!(advice.plan, Plan::Safety);
    assert_eq!(advice.first.step, Step::SafetyDocument);
    let letters = advice.letters.unwrap();
    assert!(!letters.thanks && !letters.mutual);
    assert!(
        advice.steps.iter().any(|s| s.step == Step::SafetyPolice),
        "{advice:?}"
    );
}
