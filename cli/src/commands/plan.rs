//! Recovery plans: write one with the participant (goals in their words,
//! strengths, a review date), show it with its history, sign it, change a
//! goal's status or add a goal (each a new version), and print it for the
//! participant in their language. A signed version is never changed: an
//! edit of one is refused with exit 4, naming the commands that make a new
//! version.

use super::export::date;
use super::note::{signer, SignerArgs};
use crate::exit::{Failure, Outcome};
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::{Args as ClapArgs, Subcommand};
use peerlog_core::domain::participant;
use peerlog_core::domain::recovery_plan::{
    self, Cosigner, GoalInput, GoalStatus, ParticipantSignoff, PlanChange, PlanInput, PlanVersion,
    SignoffInput,
};
use peerlog_core::domain::wellness::Dimension;
use peerlog_core::i18n::Language;
use peerlog_core::plan_print;
use peerlog_core::text::for_terminal;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum Action {
    /// Write a whole plan: the first version, or a new one that replaces
    /// the current plan (the old one stays in the history).
    Add(PlanArgs),
    /// Rewrite the current version while nobody has signed it yet.
    Edit(PlanArgs),
    /// The current version and the history of versions.
    Show {
        #[arg(long)]
        participant: String,
    },
    /// Sign the current version: the participant (or that they declined,
    /// and why), the peer, and a supervisor where the program needs one.
    Sign(SignArgs),
    /// Add a supervisor's or professional's signature to a version the
    /// participant and the peer signed already.
    Countersign {
        #[arg(long)]
        participant: String,
        /// The version's number, as `plan show` lists it.
        #[arg(long)]
        version: u32,
        /// The supervisor's name.
        #[arg(long = "as")]
        name: String,
        /// Their role or credential, e.g. "Clinical supervisor" or LCSW.
        #[arg(long)]
        role: String,
        /// The day they signed (default today).
        #[arg(long)]
        signed_on: Option<String>,
    },
    /// Give a goal a new status (a new version).
    GoalStatus {
        #[arg(long)]
        participant: String,
        /// The goal's number, as `plan show` lists it.
        #[arg(long)]
        goal: u32,
        /// active, met, changed or set_aside.
        #[arg(long)]
        status: String,
    },
    /// Add a goal (a new version).
    AddGoal {
        #[arg(long)]
        participant: String,
        /// dimension:words, e.g. "social:Reconnect with my sister".
        #[arg(long)]
        goal: String,
        /// A step toward it; repeat for more.
        #[arg(long = "step")]
        steps: Vec<String>,
        /// Who helps with it.
        #[arg(long)]
        helper: Option<String>,
        /// The target date.
        #[arg(long)]
        target: Option<String>,
    },
    /// Set when the plan is next reviewed (a new version).
    NextReview {
        #[arg(long)]
        participant: String,
        /// YYYY-MM-DD or M/D/YYYY.
        #[arg(long)]
        on: String,
    },
    /// Active participants whose plan is due for review on or before a day.
    ReviewDue {
        /// The day (default today).
        #[arg(long)]
        on: Option<String>,
    },
    /// Write the current version as a PDF to hand to the participant, in
    /// the language their record names.
    Print {
        #[arg(long)]
        participant: String,
        #[arg(long)]
        out: PathBuf,
        /// Replace a file already at --out.
        #[arg(long)]
        force: bool,
    },
}

/// A whole plan as a script gives it.
#[derive(ClapArgs)]
pub struct PlanArgs {
    #[arg(long)]
    participant: String,
    /// A goal as dimension:words, in the participant's words; repeat for
    /// more. Dimensions: emotional, environmental, financial, intellectual,
    /// occupational, physical, social, spiritual.
    #[arg(long = "goal", required = true)]
    goals: Vec<String>,
    /// A step toward a goal, as N:text (N the goal's place among --goal).
    #[arg(long = "step")]
    steps: Vec<String>,
    /// Who helps with a goal, as N:text.
    #[arg(long = "helper")]
    helpers: Vec<String>,
    /// A goal's target date, as N:YYYY-MM-DD.
    #[arg(long = "target")]
    targets: Vec<String>,
    /// A strength the participant names; repeat for more.
    #[arg(long = "strength")]
    strengths: Vec<String>,
    /// When the plan is next reviewed.
    #[arg(long)]
    review_on: Option<String>,
}

#[derive(ClapArgs)]
pub struct SignArgs {
    #[arg(long)]
    participant: String,
    /// The participant's name as they typed or wrote it.
    #[arg(
        long,
        required_unless_present = "declined",
        conflicts_with = "declined"
    )]
    participant_name: Option<String>,
    /// The day the participant signed (default today).
    #[arg(long, requires = "participant_name")]
    signed_on: Option<String>,
    /// The participant declined to sign; why.
    #[arg(long)]
    declined: Option<String>,
    #[command(flatten)]
    signer: SignerArgs,
    /// A supervisor or professional who signs too.
    #[arg(long, requires = "supervisor_role")]
    supervisor: Option<String>,
    /// Their role or credential, e.g. "Clinical supervisor" or LCSW.
    #[arg(long, requires = "supervisor")]
    supervisor_role: Option<String>,
    /// The day they signed (default today).
    #[arg(long, requires = "supervisor")]
    supervisor_signed_on: Option<String>,
}

fn invalid(field: &'static str, problem: Problem) -> Error {
    ValidationError::new(field, problem).into()
}

/// `social:Reconnect with my sister` → the dimension and the words.
fn goal_spec(text: &str) -> Result<(Dimension, String), Error> {
    let (dimension, words) = text.split_once(':').ok_or_else(|| {
        invalid(
            "goal",
            Problem::BadFormat {
                example: "social:Reconnect with my sister",
            },
        )
    })?;
    let dimension = Dimension::parse(dimension).ok_or_else(|| {
        invalid(
            "dimension",
            Problem::UnknownValue {
                expected: Dimension::expected(),
            },
        )
    })?;
    Ok((dimension, words.to_string()))
}

fn status(text: &str) -> Result<GoalStatus, Error> {
    GoalStatus::parse(text).ok_or_else(|| {
        invalid(
            "status",
            Problem::UnknownValue {
                expected: GoalStatus::expected(),
            },
        )
    })
}

/// `2:Call the housing office` → the goal's index and the text.
fn numbered<'a>(
    field: &'static str,
    text: &'a str,
    goals: usize,
    example: &'static str,
) -> Result<(usize, &'a str), Error> {
    let (number, rest) = text
        .split_once(':')
        .and_then(|(n, rest)| Some((n.trim().parse::<usize>().ok()?, rest)))
        .ok_or_else(|| invalid(field, Problem::BadFormat { example }))?;
    if number == 0 || number > goals {
        return Err(invalid(
            field,
            Problem::OutOfRange {
                min: 1,
                max: goals as i64,
            },
        ));
    }
    Ok((number - 1, rest))
}

impl PlanArgs {
    fn input(&self, participant_id: peerlog_core::ids::ParticipantId) -> Result<PlanInput, Error> {
        let mut goals = self
            .goals
            .iter()
            .map(|spec| {
                let (dimension, words) = goal_spec(spec)?;
                Ok(GoalInput {
                    dimension,
                    words,
                    steps: Vec::new(),
                    who_helps: None,
                    target_on: None,
                    status: GoalStatus::Active,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let count = goals.len();
        for step in &self.steps {
            let (i, text) = numbered("step", step, count, "1:Call the housing office")?;
            goals[i].steps.push(text.to_string());
        }
        for helper in &self.helpers {
            let (i, text) = numbered("helper", helper, count, "1:Housing navigator")?;
            goals[i].who_helps = Some(text.to_string());
        }
        for target in &self.targets {
            let (i, text) = numbered("target", target, count, "1:2027-03-01")?;
            goals[i].target_on = date("target", Some(text))?;
        }
        Ok(PlanInput {
            participant_id,
            goals,
            strengths: self.strengths.clone(),
            next_review_on: date("review_on", self.review_on.as_deref())?,
        })
    }
}

/// A participant without a plan: the participant is what the peer named.
fn no_plan(e: Error, language: peerlog_core::i18n::Language) -> Failure {
    match e {
        Error::NotFound("recovery plan") => Failure::Said {
            status: 4,
            message: "this participant has no recovery plan yet; write one with `peerlog plan add`"
                .into(),
        },
        // The commands that make a new version, for whoever typed the edit.
        Error::PlanSigned => Failure::Said {
            status: 4,
            message: format!(
                "{} (peerlog plan goal-status, plan add-goal or plan add)",
                e.message_in(language)
            ),
        },
        other => Failure::Core(other),
    }
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Add(args) => {
            let mut peerlog = unlock::open(context)?;
            let person = participant::require_by_external_id(peerlog.store(), &args.participant)?;
            let input = args.input(person.id)?;
            let plan = recovery_plan::create(peerlog.store_mut(), input)?;
            crate::out::after_done(
                outln!(
                    "Recovery plan version {} written with {} goals; sign it with `peerlog plan sign`.",
                    plan.version,
                    plan.goals.len()
                ),
                "the plan was written",
            );
        }
        Action::Edit(args) => {
            let mut peerlog = unlock::open(context)?;
            let person = participant::require_by_external_id(peerlog.store(), &args.participant)?;
            let input = args.input(person.id)?;
            let plan = recovery_plan::edit(peerlog.store_mut(), input)
                .map_err(|e| no_plan(e, context.language))?;
            crate::out::after_done(
                outln!("Recovery plan version {} rewritten.", plan.version),
                "the plan was rewritten",
            );
        }
        Action::Show { participant } => {
            let peerlog = unlock::open(context)?;
            let person = participant::require_by_external_id(peerlog.store(), &participant)?;
            let history = recovery_plan::history(peerlog.store(), person.id)?;
            let Some(current) = history.first() else {
                outln!("No recovery plan for this participant yet.")?;
                return Ok(());
            };
            show(current)?;
            outln!()?;
            outln!("History:")?;
            let mut table = Table::new(&["VERSION", "WRITTEN", "GOALS", "MET", "SIGNED"]);
            for version in &history {
                let met = version
                    .goals
                    .iter()
                    .filter(|g| g.status == GoalStatus::Met)
                    .count();
                table.row(vec![
                    version.version.to_string(),
                    version.created_at.local_date().to_string(),
                    version.goals.len().to_string(),
                    met.to_string(),
                    or_dash(
                        version
                            .signature
                            .as_ref()
                            .map(|s| s.signed_at.local_date().to_string()),
                    ),
                ]);
            }
            table.print()?;
        }
        Action::Sign(args) => {
            let mut peerlog = unlock::open(context)?;
            let person = participant::require_by_external_id(peerlog.store(), &args.participant)?;
            let today = peerlog.store().today();
            let participant = match (args.participant_name, args.declined) {
                (Some(name), _) => ParticipantSignoff::Signed {
                    name,
                    on: date("signed_on", args.signed_on.as_deref())?.unwrap_or(today),
                },
                (None, Some(reason)) => ParticipantSignoff::Declined { reason },
                (None, None) => {
                    return Err(invalid("participant_name", Problem::Required).into());
                }
            };
            let supervisor = match (args.supervisor, args.supervisor_role) {
                (Some(name), Some(role)) => Some(Cosigner {
                    name,
                    role,
                    on: date("supervisor_signed_on", args.supervisor_signed_on.as_deref())?
                        .unwrap_or(today),
                }),
                _ => None,
            };
            let peer = signer(peerlog.store(), args.signer)?;
            let input = SignoffInput {
                participant,
                supervisor,
            };
            let plan = recovery_plan::sign(peerlog.store_mut(), person.id, input, peer)
                .map_err(|e| no_plan(e, context.language))?;
            crate::out::after_done(
                outln!(
                    "Recovery plan version {} signed: it is locked now; a change makes a new version.",
                    plan.version
                ),
                "the plan was signed",
            );
        }
        Action::Countersign {
            participant,
            version,
            name,
            role,
            signed_on,
        } => {
            let mut peerlog = unlock::open(context)?;
            let person = participant::require_by_external_id(peerlog.store(), &participant)?;
            let today = peerlog.store().today();
            let cosigner = Cosigner {
                name,
                role,
                on: date("supervisor_signed_on", signed_on.as_deref())?.unwrap_or(today),
            };
            let plan =
                recovery_plan::countersign(peerlog.store_mut(), person.id, version, cosigner)
                    .map_err(|e| no_plan(e, context.language))?;
            crate::out::after_done(
                outln!("Supervisor's signature added to version {}.", plan.version),
                "the supervisor's signature was added",
            );
        }
        Action::GoalStatus {
            participant,
            goal,
            status: text,
        } => {
            let change = PlanChange::GoalStatus {
                goal,
                status: status(&text)?,
            };
            revise(context, &participant, change)?;
        }
        Action::AddGoal {
            participant,
            goal,
            steps,
            helper,
            target,
        } => {
            let (dimension, words) = goal_spec(&goal)?;
            let goal = GoalInput {
                dimension,
                words,
                steps,
                who_helps: helper,
                target_on: date("target", target.as_deref())?,
                status: GoalStatus::Active,
            };
            revise(context, &participant, PlanChange::AddGoal { goal })?;
        }
        Action::NextReview { participant, on } => {
            let on = date("on", Some(&on))?;
            revise(context, &participant, PlanChange::NextReview { on })?;
        }
        Action::ReviewDue { on } => {
            let peerlog = unlock::open(context)?;
            let on = date("on", on.as_deref())?.unwrap_or_else(|| peerlog.store().today());
            let due = recovery_plan::review_due(peerlog.store(), on)?;
            if due.is_empty() {
                outln!("No plan is due for review by {on}.")?;
                return Ok(());
            }
            let mut table = Table::new(&["EXTERNAL ID", "NAME", "VERSION", "REVIEW ON"]);
            for row in due {
                table.row(vec![
                    row.external_id,
                    row.display_name,
                    row.version.to_string(),
                    row.next_review_on.to_string(),
                ]);
            }
            table.print()?;
        }
        Action::Print {
            participant,
            out,
            force,
        } => {
            let mut peerlog = unlock::open(context)?;
            let person = participant::require_by_external_id(peerlog.store(), &participant)?;
            let printed = plan_print::write(peerlog.store_mut(), person.id, &out, force)
                .map_err(|e| no_plan(e, context.language))?;
            let out_shown = for_terminal(&out.display().to_string(), false);
            crate::out::after_done(
                outln!(
                    "Wrote {out_shown}: recovery plan version {}, in {}.",
                    printed.version.version,
                    match printed.language {
                        Language::English => "English",
                        Language::Spanish => "Spanish",
                    }
                ),
                &format!("the plan was written to {out_shown}"),
            );
        }
    }
    Ok(())
}

fn revise(context: &Context, participant: &str, change: PlanChange) -> Outcome {
    let mut peerlog = unlock::open(context)?;
    let person = participant::require_by_external_id(peerlog.store(), participant)?;
    let plan = recovery_plan::revise(peerlog.store_mut(), person.id, change)
        .map_err(|e| no_plan(e, context.language))?;
    crate::out::after_done(
        outln!(
            "Recovery plan version {} written; version {} stays in the history.",
            plan.version,
            plan.version - 1
        ),
        "the new version was written",
    );
    Ok(())
}

fn show(plan: &PlanVersion) -> Outcome {
    let text = |t: &str| for_terminal(t, false);
    outln!(
        "Recovery plan, version {} (written {})",
        plan.version,
        plan.created_at.local_date()
    )?;
    outln!(
        "Next review: {}",
        or_dash(plan.next_review_on.map(|d| d.to_string()))
    )?;
    if !plan.strengths.is_empty() {
        outln!("Strengths:")?;
        for strength in &plan.strengths {
            outln!("  - {}", text(strength))?;
        }
    }
    outln!("Goals:")?;
    for goal in &plan.goals {
        outln!(
            "  {}. [{}] {} ({})",
            goal.number,
            goal.dimension.label(),
            text(&goal.words.replace('\n', " ")),
            goal.status.label()
        )?;
        for step in &goal.steps {
            outln!("       - {}", text(step))?;
        }
        if let Some(who) = &goal.who_helps {
            outln!("       who helps: {}", text(who))?;
        }
        if let Some(on) = goal.target_on {
            outln!("       target: {on}")?;
        }
    }
    match &plan.signature {
        None => outln!("Not signed yet.")?,
        Some(s) => {
            match &s.participant {
                ParticipantSignoff::Signed { name, on } => {
                    outln!("Signed by the participant: {} on {on}", text(name))?
                }
                ParticipantSignoff::Declined { reason } => {
                    outln!("The participant declined to sign: {}", text(reason))?
                }
            }
            let credential = s
                .peer_credential
                .as_deref()
                .map(|c| format!(" ({})", text(c)))
                .unwrap_or_default();
            outln!(
                "Signed by the peer: {}{credential} at {}",
                text(&s.peer_name),
                s.signed_at.fixed().format("%Y-%m-%d %H:%M")
            )?;
            if let Some(c) = &s.supervisor {
                outln!(
                    "Signed by {} ({}) on {}",
                    text(&c.name),
                    text(&c.role),
                    c.on
                )?;
            }
        }
    }
    Ok(())
}
