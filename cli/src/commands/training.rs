//! `peerlog training`: the trainings and continuing education the peer
//! completed, each with its certificate kept inside the encrypted store.
//! Supervision hours go in as a training of category `supervision` until
//! supervision sessions are recorded on their own.

use super::credential::resolve;
use super::export::required_date;
use super::short_id::{pick, short};
use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::credentials::certificate::MAX_BYTES;
use peerlog_core::credentials::hours::{self, shown};
use peerlog_core::credentials::{training, TrainingInput};
use peerlog_core::ids::TrainingId;
use peerlog_core::renewal::{save_certificate, size_shown};
use peerlog_core::text::for_terminal;

use peerlog_core::{Error, Store};
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum Action {
    /// Add a training, with its certificate (a PDF, PNG or JPEG).
    Add {
        #[arg(long)]
        title: String,
        /// Who gave it.
        #[arg(long)]
        provider: Option<String>,
        /// The day it was completed. YYYY-MM-DD or M/D/YYYY.
        #[arg(long)]
        on: String,
        /// How long, in hours: 1.5 is an hour and a half.
        #[arg(long)]
        hours: String,
        /// peer_support, ethics, elective, supervision, or a program's own.
        #[arg(long)]
        category: String,
        /// The credential it is for (none: it counts toward every one).
        #[arg(long)]
        credential: Option<String>,
        /// The certificate's file; its bytes are kept inside the store.
        #[arg(long)]
        certificate: Option<PathBuf>,
    },
    /// Every training, newest first (certificates by type and size only).
    List,
    /// Save a training's certificate to a file, on purpose.
    Certificate {
        #[arg(long)]
        training: String,
        #[arg(long)]
        out: PathBuf,
        /// Replace a file already at --out.
        #[arg(long)]
        force: bool,
    },
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Add {
            title,
            provider,
            on,
            hours: given_hours,
            category,
            credential,
            certificate,
        } => {
            let completed_on = required_date("on", &on)?;
            let minutes = hours::parse("hours", &given_hours).map_err(Error::from)?;
            let bytes = certificate.as_deref().map(read_certificate).transpose()?;
            let mut peerlog = unlock::open(context)?;
            let credential_id = credential
                .as_deref()
                .map(|c| resolve(peerlog.store(), c))
                .transpose()?;
            let added = training::add(
                peerlog.store_mut(),
                TrainingInput {
                    title,
                    provider,
                    completed_on,
                    minutes,
                    category,
                    credential_id,
                },
                bytes.as_deref(),
            )?;
            crate::out::after_done(
                outln!(
                    "Training added ({}): {} hours of {}{}.",
                    short(added.id),
                    shown(added.minutes),
                    added.category,
                    if added.certificate.is_some() {
                        ", certificate kept in the store"
                    } else {
                        ""
                    }
                ),
                "the training was added",
            );
        }
        Action::List => {
            let peerlog = unlock::open(context)?;
            let all = training::list(peerlog.store())?;
            if all.is_empty() {
                outln!("No trainings yet: add one with `peerlog training add`.")?;
                return Ok(());
            }
            let mut table = Table::new(&[
                "ID",
                "DATE",
                "HOURS",
                "CATEGORY",
                "TITLE",
                "PROVIDER",
                "CREDENTIAL",
                "CERTIFICATE",
            ]);
            for t in all {
                table.row(vec![
                    short(t.id),
                    t.completed_on.to_string(),
                    shown(t.minutes),
                    t.category.clone(),
                    t.title.clone(),
                    or_dash(t.provider.clone()),
                    or_dash(t.credential_id.map(short)),
                    or_dash(
                        t.certificate.map(|c| {
                            format!("{} {}", c.media_type.extension(), size_shown(c.size))
                        }),
                    ),
                ]);
            }
            table.print()?;
        }
        Action::Certificate {
            training,
            out,
            force,
        } => {
            let mut peerlog = unlock::open(context)?;
            let id = resolve_training(peerlog.store(), &training)?;
            let media_type = save_certificate(peerlog.store_mut(), id, &out, force)?;
            let shown_path = for_terminal(&out.display().to_string(), false);
            crate::out::after_done(
                outln!("Wrote {shown_path} ({}).", media_type.code()),
                &format!("the certificate was written to {shown_path}"),
            );
        }
    }
    Ok(())
}

/// A certificate's bytes, refused by field before the whole of a file too
/// large is read.
fn read_certificate(path: &Path) -> Result<Vec<u8>, Error> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn resolve_training(store: &Store, given: &str) -> Result<TrainingId, Error> {
    pick(
        "training",
        given,
        TrainingId::parse,
        training::list(store)?.into_iter().map(|t| t.id),
    )
}
