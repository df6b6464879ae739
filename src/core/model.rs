//! The decision model: answers in, a recommended strategy with its reasons out.
//! Pure and deterministic; `docs/model.md` explains the numbers.

use super::answers::Answers;
use super::questions::{Flag, Gap, QUESTIONS, Strategy};

/// Top two within this many percentage points of all points: reported as a close call.
pub const CLOSE_CALL_MARGIN_PERCENT: u32 = 5;

/// How many answers are named as the reasons for the verdict.
pub const MAX_REASONS: usize = 3;

/// A rule from the article that decides for `Terminate` whatever the points say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// "Threats or harassment": nobody has to put up with that.
    Threats,
    /// Mediation offered and refused, and the client eats far more time than they pay for.
    MediationRefusedAndTimeDrain,
}

/// Percentages that always sum to 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scores {
    pub detach: u8,
    pub mediate: u8,
    pub terminate: u8,
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
    pub rule: Option<Rule>,
    pub reasons: Vec<Reason>,
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
    if has(Flag::Threats) {
        Some(Rule::Threats)
    } else if has(Flag::MediationRefused) && has(Flag::HeavyTimeDrain) {
        Some(Rule::MediationRefusedAndTimeDrain)
    } else {
        None
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
    for &i in order.iter().take(missing as usize) {
        whole[i] += 1;
    }
    Scores {
        detach: whole[0] as u8,
        mediate: whole[1] as u8,
        terminate: whole[2] as u8,
    }
}

/// Stable insertion sort: the lists here have at most 16 items, and `slice::sort_by` would
/// add two general sort implementations (about 1.5 KB gzipped) to the wasm.
fn sort_small<T>(items: &mut [T], compare: impl Fn(&T, &T) -> std::cmp::Ordering) {
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

fn reasons_for(answers: &Answers, winner: Strategy) -> Vec<Reason> {
    let mut candidates: Vec<(u8, i32, Reason)> = answers
        .chosen()
        .filter_map(|(question, answer)| {
            let weights = QUESTIONS[question].answers[answer].weights;
            let toward = weights.get(winner);
            if toward == 0 {
                return None;
            }
            let against: i32 = Strategy::ALL
                .iter()
                .filter(|&&s| s != winner)
                .map(|&s| i32::from(weights.get(s)))
                .sum();
            let lead = 2 * i32::from(toward) - against;
            Some((toward, lead, Reason { question, answer }))
        })
        .collect();
    // Strongest push first; on equal weight the answer that sets it apart most; then questionnaire order.
    sort_small(&mut candidates, |x, y| {
        y.0.cmp(&x.0)
            .then(y.1.cmp(&x.1))
            .then(x.2.question.cmp(&y.2.question))
    });
    candidates
        .into_iter()
        .take(MAX_REASONS)
        .map(|(_, _, r)| r)
        .collect()
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

/// Scores the answers given so far and recommends a strategy.
pub fn assess(answers: &Answers) -> Assessment {
    let mut points = raw_points(answers);
    let rule = fired_rule(answers);
    if rule.is_some() {
        points[Strategy::Terminate.index()] += rule_bonus();
    }
    let [strategy, runner_up, _] = ranking(points);
    let total: u32 = points.iter().sum();
    let lead = points[strategy.index()] - points[runner_up.index()];
    let close_call = rule.is_none() && total > 0 && lead * 100 <= CLOSE_CALL_MARGIN_PERCENT * total;
    Assessment {
        strategy,
        runner_up,
        scores: percentages(points),
        points,
        close_call,
        rule,
        reasons: reasons_for(answers, strategy),
        gaps: prevention_gaps(answers),
    }
}
