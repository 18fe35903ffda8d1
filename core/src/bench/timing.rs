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
}
