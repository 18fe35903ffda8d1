//! Auto-lock: the app locks itself after the peer's idle minutes. The UI
//! reports activity (`touch`, throttled) and every command counts too; a
//! watcher thread closes the session when the time is up and tells the UI,
//! which then forgets everything it showed.
//!
//! A minute before it locks, the watcher warns the UI (`lock-soon`), which
//! shows a way to stay and keeps any half-filled form as a draft.
//!
//! Idle time is measured on the wall clock, so time asleep (a closed laptop)
//! counts; a clock that jumps backwards counts as expired, never as fresh.

use crate::contract::{LOCKED_EVENT, LOCK_SOON_EVENT};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};
use tauri::{Manager, Runtime};

/// How often the watcher looks at the clock.
const CHECK_EVERY: Duration = Duration::from_secs(5);

/// How long before the lock the peer is warned, at most.
const WARN_BEFORE: Duration = Duration::from_secs(60);

#[derive(Debug)]
pub struct Idle {
    last_activity: Mutex<SystemTime>,
    minutes: AtomicU32,
    /// The warning for this stretch of idleness has gone out.
    warned: AtomicBool,
}

impl Default for Idle {
    fn default() -> Self {
        Idle {
            last_activity: Mutex::new(SystemTime::now()),
            minutes: AtomicU32::new(peerlog_core::settings::DEFAULT_AUTO_LOCK_MINUTES),
            warned: AtomicBool::new(false),
        }
    }
}

impl Idle {
    pub fn touch(&self) {
        self.touch_at(SystemTime::now());
    }

    pub fn touch_at(&self, at: SystemTime) {
        *self.last_activity.lock().unwrap_or_else(|p| p.into_inner()) = at;
        self.warned.store(false, Ordering::Relaxed);
    }

    pub fn set_minutes(&self, minutes: u32) {
        self.minutes.store(minutes.max(1), Ordering::Relaxed);
    }

    pub fn minutes(&self) -> u32 {
        self.minutes.load(Ordering::Relaxed)
    }

    fn limit(&self) -> Duration {
        Duration::from_secs(u64::from(self.minutes()) * 60)
    }

    pub fn expired_at(&self, now: SystemTime) -> bool {
        let last = *self.last_activity.lock().unwrap_or_else(|p| p.into_inner());
        match now.duration_since(last) {
            Ok(idle) => idle >= self.limit(),
            // The clock went backwards by more than a moment: lock to be safe.
            Err(back) => back.duration() > Duration::from_secs(60),
        }
    }

    /// The time left before the lock, once, when it first falls within the
    /// warning: a minute, or half the idle time when that is shorter (so a
    /// one-minute setting is not a warning that never goes away).
    pub fn warning_due_at(&self, now: SystemTime) -> Option<Duration> {
        let last = *self.last_activity.lock().unwrap_or_else(|p| p.into_inner());
        let idle = now.duration_since(last).ok()?;
        let left = self.limit().checked_sub(idle).filter(|l| !l.is_zero())?;
        let warn_before = WARN_BEFORE.min(self.limit() / 2);
        if left > warn_before || self.warned.swap(true, Ordering::Relaxed) {
            return None;
        }
        Some(left)
    }
}

/// What the UI is told a minute before the lock.
#[derive(Debug, Clone, Copy, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LockSoon {
    pub seconds_left: u32,
}

#[derive(Debug, Clone, Copy, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum LockReason {
    Idle,
}

/// Locks the app if it has been idle too long, or warns it once when the
/// lock is near; returns whether it locked.
pub fn check<R: Runtime>(app: &tauri::AppHandle<R>, now: SystemTime) -> bool {
    let state = app.state::<crate::state::AppState>();
    if !state.is_unlocked() {
        return false;
    }
    if !state.idle.expired_at(now) {
        if let Some(left) = state.idle.warning_due_at(now) {
            let seconds_left = u32::try_from(left.as_secs()).unwrap_or(u32::MAX);
            let _ = LOCK_SOON_EVENT.emit(app, LockSoon { seconds_left });
        }
        return false;
    }
    state.close();
    // If the UI can't be told, it still can't read anything: the session is
    // gone and every command now answers `locked`.
    let _ = LOCKED_EVENT.emit(app, LockReason::Idle);
    true
}

/// Starts the watcher thread.
pub fn watch<R: Runtime>(app: tauri::AppHandle<R>) {
    std::thread::Builder::new()
        .name("auto-lock".into())
        .spawn(move || loop {
            std::thread::sleep(CHECK_EVERY);
            check(&app, SystemTime::now());
        })
        .expect("start the auto-lock watcher");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expires_after_the_set_minutes() {
        let idle = Idle::default();
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        idle.touch_at(start);
        idle.set_minutes(10);
        assert!(!idle.expired_at(start + Duration::from_secs(599)));
        assert!(idle.expired_at(start + Duration::from_secs(600)));
        idle.set_minutes(15);
        assert!(!idle.expired_at(start + Duration::from_secs(600)));
    }

    #[test]
    fn a_clock_set_back_locks() {
        let idle = Idle::default();
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        idle.touch_at(start);
        assert!(!idle.expired_at(start - Duration::from_secs(2)));
        assert!(idle.expired_at(start - Duration::from_secs(3600)));
    }

    #[test]
    fn warns_once_a_minute_before_and_again_after_activity() {
        let idle = Idle::default();
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        idle.touch_at(start);
        idle.set_minutes(10);
        assert_eq!(idle.warning_due_at(start + Duration::from_secs(539)), None);
        assert_eq!(
            idle.warning_due_at(start + Duration::from_secs(545)),
            Some(Duration::from_secs(55))
        );
        assert_eq!(idle.warning_due_at(start + Duration::from_secs(550)), None);
        assert_eq!(idle.warning_due_at(start + Duration::from_secs(600)), None);
        let later = start + Duration::from_secs(700);
        idle.touch_at(later);
        assert_eq!(
            idle.warning_due_at(later + Duration::from_secs(541)),
            Some(Duration::from_secs(59))
        );
    }

    #[test]
    fn a_short_idle_time_warns_at_its_half() {
        let idle = Idle::default();
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        idle.touch_at(start);
        idle.set_minutes(1);
        assert_eq!(idle.warning_due_at(start + Duration::from_secs(29)), None);
        assert_eq!(
            idle.warning_due_at(start + Duration::from_secs(30)),
            Some(Duration::from_secs(30))
        );
    }

    #[test]
    fn zero_minutes_is_never_set() {
        let idle = Idle::default();
        idle.set_minutes(0);
        assert_eq!(idle.minutes(), 1);
    }
}
