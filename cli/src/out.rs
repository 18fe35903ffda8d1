//! Everything the CLI prints goes through here, so a reader that stopped
//! early (`peerlog caseload | head -1`) or a full disk is an error the
//! command sees and reports, never a panic (`println!` panics on both).
//!
//! `outln!` writes a line to standard output and returns
//! `Result<(), Failure>`; `Failure::Output` ends quietly for a closed pipe
//! and with a one-line `error:` otherwise. `note!` writes to standard
//! error and never fails the command.

use crate::exit::Failure;
use std::io::Write;

/// Writes to standard output and flushes, so that a failure is seen by the
/// write that caused it, never later.
pub fn write(args: std::fmt::Arguments<'_>) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_fmt(args)
        .and_then(|()| stdout.flush())
        .map_err(Failure::Output)
}

/// A line on standard error. If even that can't be written there is no one
/// left to tell, so the error is dropped rather than panicking.
pub fn note(args: std::fmt::Arguments<'_>) {
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_fmt(args);
    let _ = stderr.write_all(b"\n");
}

/// The one-line `error: …` report.
pub fn error_line(message: &str) {
    note(format_args!("error: {message}"));
}

/// `println!` that returns `Result<(), Failure>` instead of panicking.
macro_rules! outln {
    () => {
        $crate::out::write(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::out::write(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!` that never panics.
macro_rules! note {
    ($($arg:tt)*) => {
        $crate::out::note(format_args!($($arg)*))
    };
}

/// After a command has done its work (a file written, a disclosure
/// recorded, a vault changed), printing the summary is the last step: if it
/// fails, the command still succeeded, and standard error says what was
/// done. A reader that stopped early needs no note.
pub fn after_done(printed: Result<(), Failure>, done: &str) {
    if let Err(Failure::Output(e)) = printed {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            note!(
                "note: {done}; only this summary could not be shown ({})",
                peerlog_core::error::plain_io_reason(&e)
            );
        }
    }
}
