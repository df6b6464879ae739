//! Client history: the trend a reader sees over their last checks.
#![cfg(not(target_arch = "wasm32"))]

use client_triage::core::clients::{Direction, Record, Trend, trend};
use client_triage::core::{Answers, Scores, Strategy, Timestamp};

fn record(day: i64, detach: u8, mediate: u8, terminate: u8) -> Record {
    Record {
        date: Timestamp(day * 86_400_000),
        answers: Answers::new(),
        strategy: Strategy::Mediate,
        scores: Scores {
            detach,
            mediate,
            terminate,
        },
    }
}

#[test]
fn a_terminate_share_rising_over_three_checks_is_reported() {
    let history = [
        record(1, 40, 40, 20),
        record(2, 35, 35, 30),
        record(3, 30, 30, 40),
    ];
    assert_eq!(
        trend(&history),
        Some(Trend {
            strategy: Strategy::Terminate,
            direction: Direction::Rising
        })
    );
}

#[test]
fn fewer_than_three_checks_or_no_steady_change_is_no_trend() {
    assert_eq!(trend(&[record(1, 40, 40, 20), record(2, 30, 30, 40)]), None);
    assert_eq!(
        trend(&[
            record(1, 34, 33, 33),
            record(2, 30, 40, 30),
            record(3, 34, 33, 33)
        ]),
        None
    );
}

#[test]
fn only_the_last_three_checks_count() {
    let history = [
        record(1, 10, 10, 80),
        record(2, 40, 40, 20),
        record(3, 45, 40, 15),
        record(4, 50, 40, 10),
    ];
    assert_eq!(
        trend(&history),
        Some(Trend {
            strategy: Strategy::Terminate,
            direction: Direction::Falling
        })
    );
}
