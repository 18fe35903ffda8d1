//! Auto-lock: the app locks itself after the peer's idle minutes. The UI
//! reports activity (`touch`, throttled) and every command counts too; a
//! watcher thread closes the session when the time is up and tells the UI,
//! which then forgets everything it showed.
//!
//! Idle time is measured on the wall clock, so time asleep (a closed laptop)
//! counts; a clock that jumps backwards counts as expired, never as fresh.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};
use tauri::{Emitter, Manager, Runtime};

/// The event the UI listens for.
pub const LOCKED_EVENT: &str = "locked";

/// How often the watcher looks at the clock.
const CHECK_EVERY: Duration = Duration::from_secs(5);

#[derive(Debug)]
pub struct Idle {
    last_activity: Mutex<SystemTime>,
    minutes: AtomicU32,
}

impl Default for Idle {
    fn default() -> Self {
        Idle {
            last_activity: Mutex::new(SystemTime::now()),
            minutes: AtomicU32::new(peerlog_core::settings::DEFAULT_AUTO_LOCK_MINUTES),
        }
    }
}

impl Idle {
    pub fn touch(&self) {
        self.touch_at(SystemTime::now());
    }

    pub fn touch_at(&self, at: SystemTime) {
        *self.last_activity.lock().unwrap_or_else(|p| p.into_inner()) = at;
    }

    pub fn set_minutes(&self, minutes: u32) {
        self.minutes.store(minutes.max(1), Ordering::Relaxed);
    }

    pub fn minutes(&self) -> u32 {
        self.minutes.load(Ordering::Relaxed)
    }

    pub fn expired_at(&self, now: SystemTime) -> bool {
        let last = *self.last_activity.lock().unwrap_or_else(|p| p.into_inner());
        let limit = Duration::from_secs(u64::from(self.minutes()) * 60);
        match now.duration_since(last) {
            Ok(idle) => idle >= limit,
            // The clock went backwards by more than a moment: lock to be safe.
            Err(back) => back.duration() > Duration::from_secs(60),
        }
    }
}

#[derive(Debug, Clone, Copy, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum LockReason {
    Idle,
}

/// Locks the app if it has been idle too long; returns whether it did.
pub fn check<R: Runtime>(app: &tauri::AppHandle<R>, now: SystemTime) -> bool {
    let state = app.state::<crate::state::AppState>();
    if !state.is_unlocked() || !state.idle.expired_at(now) {
        return false;
    }
    state.close();
    // If the UI can't be told, it still can't read anything: the session is
    // gone and every command now answers `locked`.
    let _ = app.emit(LOCKED_EVENT, LockReason::Idle);
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
    fn zero_minutes_is_never_set() {
        let idle = Idle::default();
        idle.set_minutes(0);
        assert_eq!(idle.minutes(), 1);
    }
}
