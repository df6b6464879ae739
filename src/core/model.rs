//! The decision model: answers in, a recommended strategy with its reasons out.
//! Pure and deterministic; `docs/model.md` explains the numbers.

use serde::{Deserialize, Deserializer, Serialize, de};

use super::answers::Answers;
use super::questions::{Flag, Gap, QUESTIONS, Strategy};

/// Top two within this many percent of all points: reported as a close call. Neutral answers
/// weigh nothing, so totals run at 20–30 points and this keeps the band at 2–3 points.
pub const CLOSE_CALL_MARGIN_PERCENT: u32 = 10;

/// How many answers are named as the reasons for the verdict.
pub const MAX_REASONS: usize = 3;

/// A rule from the article that decides for `Terminate` whatever the points say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// "Threats or harassment": nobody has to put up with that.
    Threats,
    /// Mediation refused, and the client eats far more time than they pay for.
    MediationRefusedAndTimeDrain(Refusal),
}

/// What the client refused, so the rule's sentence says what the reader answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Every offered solution.
    Offer,
    /// A talk.
    Talk,
    Both,
}

/// Percentages that always sum to 100 (a stored record's are checked by `Record`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scores {
    #[serde(deserialize_with = "share")]
    pub detach: u8,
    #[serde(deserialize_with = "share")]
    pub mediate: u8,
    #[serde(deserialize_with = "share")]
    pub terminate: u8,
}

fn share<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u8, D::Error> {
    u64::deserialize(deserializer)?
        .try_into()
        .ok()
        .filter(|&n| n <= 100)
        .ok_or_else(|| de::Error::custom("a share is 0 to 100"))
}

impl Scores {
    pub fn get(self, strategy: Strategy) -> u8 {
        match strategy {
            Strategy::Detach => self.detach,
            Strategy::Mediate => self.mediate,
            Strategy::Terminate => self.terminate,
        }
    }

    /// The `data-scores` form: `detach:N,mediate:N,terminate:N`.
    pub fn to_attribute(self) -> String {
        format!(
            "detach:{},mediate:{},terminate:{}",
            self.detach, self.mediate, self.terminate
        )
    }
}

/// One answer that pushed the verdict, for the "why" list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason {
    pub question: usize,
    pub answer: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub strategy: Strategy,
    pub runner_up: Strategy,
    pub scores: Scores,
    /// Points per strategy after the rules, in `Strategy::ALL` order.
    pub points: [u32; 3],
    pub close_call: bool,
    /// A close call where both have the same points: the tie goes to the way the article tries
    /// first (mediation, then detaching, then ending it).
    pub tie: bool,
    pub rule: Option<Rule>,
    /// Answers that pushed towards the verdict more than towards anything else.
    pub reasons: Vec<Reason>,
    /// On a close call: the answers that pushed towards the runner-up instead. Empty otherwise.
    pub against: Vec<Reason>,
    /// Preventive measures missing, in `Gap::ALL` order, each once.
    pub gaps: Vec<Gap>,
}

/// Points added to terminate when a rule fires: more than the other two could ever reach,
/// so the rule decides, while answers still move the shares in the same direction.
pub fn rule_bonus() -> u32 {
    let most = |strategy: Strategy| -> u32 {
        QUESTIONS
            .iter()
            .map(|q| {
                q.answers
                    .iter()
                    .map(|a| u32::from(a.weights.get(strategy)))
                    .max()
                    .unwrap_or(0)
            })
            .sum()
    };
    most(Strategy::Detach).max(most(Strategy::Mediate)) + 1
}

/// Raw points per strategy, before rules.
pub fn raw_points(answers: &Answers) -> [u32; 3] {
    let mut points = [0u32; 3];
    for (question, answer) in answers.chosen() {
        let weights = QUESTIONS[question].answers[answer].weights;
        for strategy in Strategy::ALL {
            points[strategy.index()] += u32::from(weights.get(strategy));
        }
    }
    points
}

pub fn fired_rule(answers: &Answers) -> Option<Rule> {
    let has = |flag: Flag| {
        answers
            .chosen()
            .any(|(q, a)| QUESTIONS[q].answers[a].flag == Some(flag))
    };
    let refusal = match (has(Flag::OfferRefused), has(Flag::TalkRefused)) {
        (true, true) => Some(Refusal::Both),
        (true, false) => Some(Refusal::Offer),
        (false, true) => Some(Refusal::Talk),
        (false, false) => None,
    };
    if has(Flag::Threats) {
        Some(Rule::Threats)
    } else {
        refusal
            .filter(|_| has(Flag::HeavyTimeDrain))
            .map(Rule::MediationRefusedAndTimeDrain)
    }
}

/// Integer percentages by the largest-remainder method, so they sum to exactly 100.
pub fn percentages(points: [u32; 3]) -> Scores {
    let total: u64 = points.iter().map(|&p| u64::from(p)).sum();
    if total == 0 {
        return Scores {
            detach: 33,
            mediate: 34,
            terminate: 33,
        };
    }
    let mut whole = [0u64; 3];
    let mut remainder = [0u64; 3];
    for i in 0..3 {
        let scaled = u64::from(points[i]) * 100;
        whole[i] = scaled / total;
        remainder[i] = scaled % total;
    }
    let missing = 100 - whole.iter().sum::<u64>();
    // Largest remainders first; ties go to the earlier strategy so the result is deterministic.
    let mut order = [0usize, 1, 2];
    sort_small(&mut order, |&x, &y| {
        remainder[y].cmp(&remainder[x]).then(x.cmp(&y))
    });
    // Equal points keep equal shares: left-over points go to a group of equal points only when
    // it can take one each (12 : 12 : 5 reads 41 : 41 : 18, not 42 : 41 : 17).
    let mut missing = missing as usize;
    let mut given = [false; 3];
    for &i in &order {
        let group: Vec<usize> = (0..3)
            .filter(|&j| points[j] == points[i] && !given[j])
            .collect();
        if !group.is_empty() && group.len() <= missing {
            for j in group {
                whole[j] += 1;
                given[j] = true;
                missing -= 1;
            }
        }
    }
    // Whatever cannot keep a group equal still makes 100.
    for &i in &order {
        if missing > 0 && !given[i] {
            whole[i] += 1;
            given[i] = true;
            missing -= 1;
        }
    }
    Scores {
        detach: whole[0] as u8,
        mediate: whole[1] as u8,
        terminate: whole[2] as u8,
    }
}

/// Stable insertion sort: the lists here have at most 16 items, and `slice::sort_by` would
/// add two general sort implementations (about 1.5 KB gzipped) to the wasm.
pub(crate) fn sort_small<T>(items: &mut [T], compare: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == std::cmp::Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Strategies ordered by points, highest first. Ties favour mediation, then detaching:
/// the article tries those before ending a relationship.
fn ranking(points: [u32; 3]) -> [Strategy; 3] {
    let preference = |s: Strategy| match s {
        Strategy::Mediate => 0,
        Strategy::Detach => 1,
        Strategy::Terminate => 2,
    };
    let mut order = Strategy::ALL;
    sort_small(&mut order, |&x, &y| {
        points[y.index()]
            .cmp(&points[x.index()])
            .then(preference(x).cmp(&preference(y)))
    });
    order
}

/// Up to three answers that pushed towards `strategy` more than towards any other (`reasons`).
fn reasons_for(answers: &Answers, strategy: Strategy) -> Vec<Reason> {
    let mut all = reasons(answers, strategy);
    all.truncate(MAX_REASONS);
    all
}

/// Every answer that pushed towards `strategy` more than towards any other: the strongest push
/// first, then the one that sets it apart most, then questionnaire order. An answer that weighs
/// as much or more for another strategy is never a reason for this one.
pub fn reasons(answers: &Answers, strategy: Strategy) -> Vec<Reason> {
    let mut candidates: Vec<(u8, u8, Reason)> = answers
        .chosen()
        .filter_map(|(question, answer)| {
            let weights = QUESTIONS[question].answers[answer].weights;
            let toward = weights.get(strategy);
            let strongest_other = Strategy::ALL
                .into_iter()
                .filter(|&s| s != strategy)
                .map(|s| weights.get(s))
                .max()
                .unwrap_or(0);
            (toward > strongest_other).then(|| {
                (
                    toward,
                    toward - strongest_other,
                    Reason { question, answer },
                )
            })
        })
        .collect();
    sort_small(&mut candidates, |x, y| {
        y.0.cmp(&x.0)
            .then(y.1.cmp(&x.1))
            .then(x.2.question.cmp(&y.2.question))
    });
    candidates.into_iter().map(|(_, _, r)| r).collect()
}

pub fn prevention_gaps(answers: &Answers) -> Vec<Gap> {
    Gap::ALL
        .into_iter()
        .filter(|&gap| {
            answers
                .chosen()
                .any(|(q, a)| QUESTIONS[q].answers[a].gap == Some(gap))
        })
        .collect()
}

/// The article's condition for ending a relationship, short of a hard rule: the client eats too
/// much time and has not accepted mediation ("zu viel Zeit frisst und Mediation nicht abnimmt").
/// Being worn down by an insulting client counts like the time ("niemand kann dich kaufen bzw.
/// irgendwann ist es kein Geld mehr wert, sich so fertigmachen zu lassen"): see `worn_down`.
pub fn may_terminate(answers: &Answers) -> bool {
    use super::questions::QuestionId::{Offer, Talk};
    let is = |question, ids: &[&str]| answer_is(answers, question, ids);
    let mediation_not_accepted = !is(Offer, &["accepted"])
        && (is(Offer, &["stalled", "refused"]) || is(Talk, &["refuses", "no_change"]));
    (eats_time(answers) || worn_down(answers)) && mediation_not_accepted
}

/// The client insults the reader, costs them sleep and energy, and the money no longer makes up
/// for it: "kein Geld mehr wert, sich so fertigmachen zu lassen".
pub fn worn_down(answers: &Answers) -> bool {
    use super::questions::QuestionId::{MoneyWorth, Respect, Toll};
    let is = |question, ids: &[&str]| answer_is(answers, question, ids);
    is(Toll, &["drained"])
        && is(MoneyWorth, &["not_really", "never"])
        && is(Respect, &["insulting"])
}

/// Much more time than the client pays for, or somewhat more at a fee no longer worth it.
pub fn eats_time(answers: &Answers) -> bool {
    use super::questions::QuestionId::{MoneyWorth, TimeDrain};
    let is = |question, ids: &[&str]| answer_is(answers, question, ids);
    is(TimeDrain, &["much_more", "excessive"])
        || (is(TimeDrain, &["somewhat_more"]) && is(MoneyWorth, &["not_really", "never"]))
}

/// Short of the article's condition, ending it is held back. While only mediation is missing
/// (the client eats time but has not turned solutions down), it is at most level with the best
/// other way: the next step if they refuse. Without the time drain it is no close second either:
/// it stays outside the close-call margin, so its share still shows the strain.
fn terminate_cap(answers: &Answers, points: [u32; 3]) -> Option<u32> {
    let (detach, mediate) = (
        points[Strategy::Detach.index()],
        points[Strategy::Mediate.index()],
    );
    let best = detach.max(mediate);
    if may_terminate(answers) {
        None
    } else if eats_time(answers) {
        Some(best)
    } else {
        // The most points t with (best - t) * 100 > margin * (detach + mediate + t).
        let margin = CLOSE_CALL_MARGIN_PERCENT;
        Some((100 * best).saturating_sub(margin * (detach + mediate) + 1) / (100 + margin))
    }
}

/// Whether the answer to `question` is one of `ids` (false while it is unanswered).
pub fn answer_is(answers: &Answers, question: super::questions::QuestionId, ids: &[&str]) -> bool {
    super::questions::question_index(question)
        .and_then(|q| {
            answers
                .get(q)
                .map(|a| ids.contains(&QUESTIONS[q].answers[a].id))
        })
        .unwrap_or(false)
}

/// Scores the answers given so far and recommends a strategy.
pub fn assess(answers: &Answers) -> Assessment {
    let mut points = raw_points(answers);
    let rule = fired_rule(answers);
    let terminate = Strategy::Terminate.index();
    if rule.is_some() {
        points[terminate] += rule_bonus();
    } else if let Some(cap) = terminate_cap(answers, points) {
        points[terminate] = points[terminate].min(cap);
    }
    let [strategy, runner_up, _] = ranking(points);
    let total: u32 = points.iter().sum();
    let lead = points[strategy.index()] - points[runner_up.index()];
    let close_call = rule.is_none() && total > 0 && lead * 100 <= CLOSE_CALL_MARGIN_PERCENT * total;
    let scores = percentages(points);
    Assessment {
        strategy,
        runner_up,
        scores,
        points,
        close_call,
        // Equal shares read as a tie whatever the points behind them.
        tie: close_call && scores.get(strategy) == scores.get(runner_up),
        rule,
        reasons: reasons_for(answers, strategy),
        against: if close_call {
            reasons_for(answers, runner_up)
        } else {
            Vec::new()
        },
        gaps: prevention_gaps(answers),
    }
}
