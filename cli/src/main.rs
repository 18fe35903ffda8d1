//! `peerlog`: the command-line tool on Peerlog's core, for scripts, support
//! staff, benchmarks and tests.

#[macro_use]
mod out;
mod commands;
mod exit;
mod table;
mod unlock;

use clap::Parser;
use peerlog_core::i18n::Language;
use peerlog_core::DataDir;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "peerlog",
    version,
    about = "Peerlog: an offline, encrypted case log for peer support specialists.",
    after_help = exit::HELP
)]
struct Cli {
    /// The data folder (default: the platform's data folder, e.g. ~/.local/share/peerlog).
    #[arg(long, global = true, env = "PEERLOG_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Never use the OS keyring to unlock; always ask for the passphrase.
    #[arg(long, global = true)]
    no_keyring: bool,

    /// The language of error messages and of the documents written (en or
    /// es). Without it, messages follow the system's language and an
    /// export is written in English: a case-conference document is in its
    /// recipient's language, English unless the peer picks Spanish.
    #[arg(
        long,
        global = true,
        env = "PEERLOG_LANG",
        value_name = "en|es",
        value_parser = language
    )]
    lang: Option<Language>,

    #[command(subcommand)]
    command: commands::Command,
}

pub struct Context {
    pub dir: DataDir,
    pub use_keyring: bool,
    /// What error messages are written in.
    pub language: Language,
    /// What documents are written in: only what the peer chose.
    pub document_language: Language,
}

fn language(tag: &str) -> Result<Language, String> {
    Language::parse(tag).ok_or_else(|| "use en (English) or es (español)".to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let context = Context {
        dir: cli
            .data_dir
            .map(DataDir::new)
            .unwrap_or_else(DataDir::from_env_or_default),
        use_keyring: !cli.no_keyring,
        language: cli.lang.unwrap_or_else(Language::from_environment),
        document_language: cli.lang.unwrap_or_default(),
    };
    match commands::run(cli.command, &context) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(context.language),
    }
}
