//! Timings of repeated runs, summarised as the median and the 95th
//! percentile.

use std::time::{Duration, Instant};

#[derive(Debug, Clone, Default)]
pub struct Samples(Vec<Duration>);

impl Samples {
    /// Times `runs` calls of `op` after one untimed warm-up call.
    pub fn measure<T>(
        runs: usize,
        mut op: impl FnMut(usize) -> crate::Result<T>,
    ) -> crate::Result<Samples> {
        op(usize::MAX)?;
        let mut durations = Vec::with_capacity(runs);
        for run in 0..runs {
            let started = Instant::now();
            let value = op(run)?;
            durations.push(started.elapsed());
            drop(value);
        }
        Ok(Samples(durations))
    }

    /// Times `runs` calls each of `a` and `b`, taken in turns after one
    /// untimed warm-up call each, so that whatever else the machine is doing
    /// weighs on both alike.
    pub fn measure_pair<T, U>(
        runs: usize,
        mut a: impl FnMut(usize) -> crate::Result<T>,
        mut b: impl FnMut(usize) -> crate::Result<U>,
    ) -> crate::Result<(Samples, Samples)> {
        a(usize::MAX)?;
        b(usize::MAX)?;
        let (mut first, mut second) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
        for run in 0..runs {
            let started = Instant::now();
            let value = a(run)?;
            first.push(started.elapsed());
            drop(value);
            let started = Instant::now();
            let value = b(run)?;
            second.push(started.elapsed());
            drop(value);
        }
        Ok((Samples(first), Samples(second)))
    }

    /// Like [`Samples::measure_pair`], with an untimed `prepare` before each
    /// timed call (the state each call must start from).
    pub fn measure_pair_prepared<T, U>(
        runs: usize,
        mut prepare: impl FnMut(Side) -> crate::Result<()>,
        mut a: impl FnMut() -> crate::Result<T>,
        mut b: impl FnMut() -> crate::Result<U>,
    ) -> crate::Result<(Samples, Samples)> {
        let (mut first, mut second) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
        for _ in 0..runs {
            prepare(Side::Encrypted)?;
            let started = Instant::now();
            drop(a()?);
            first.push(started.elapsed());
            prepare(Side::Plain)?;
            let started = Instant::now();
            drop(b()?);
            second.push(started.elapsed());
        }
        Ok((Samples(first), Samples(second)))
    }

    pub fn median(&self) -> Duration {
        self.quantile(0.5)
    }

    pub fn p95(&self) -> Duration {
        self.quantile(0.95)
    }

    fn quantile(&self, q: f64) -> Duration {
        let mut sorted = self.0.clone();
        sorted.sort();
        if sorted.is_empty() {
            return Duration::ZERO;
        }
        let index = ((sorted.len() - 1) as f64 * q).round() as usize;
        sorted[index]
    }
}

pub fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_p95_of_known_values() {
        let samples = Samples((1..=100).map(Duration::from_millis).collect());
        assert_eq!(samples.median(), Duration::from_millis(51));
        assert_eq!(samples.p95(), Duration::from_millis(95));
        assert_eq!(Samples::default().median(), Duration::ZERO);
    }

    #[test]
    fn a_pair_is_measured_in_turns() {
        let order = std::cell::RefCell::new(Vec::new());
        let (a, b) = Samples::measure_pair(
            3,
            |run| {
                order.borrow_mut().push(('a', run));
                Ok(())
            },
            |run| {
                order.borrow_mut().push(('b', run));
                Ok(())
            },
        )
        .unwrap();
        assert_eq!((a.0.len(), b.0.len()), (3, 3));
        assert_eq!(
            order.into_inner(),
            vec![
                ('a', usize::MAX),
                ('b', usize::MAX),
                ('a', 0),
                ('b', 0),
                ('a', 1),
                ('b', 1),
                ('a', 2),
                ('b', 2)
            ]
        );
    }
}

/// Which store a prepared measurement is about to time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Encrypted,
    Plain,
}
