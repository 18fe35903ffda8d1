//! A realistic synthetic caseload: months of contacts, weekly groups with
//! attendance, check-ins, boundary notes, follow-ups, referrals and consents,
//! and the partners those consents name with their agreement and meetings.
//! The same seed and the same `today` give the same records (ids aside).

mod partners;
mod words;

use crate::audit::{self, AuditAction};
use crate::domain::addendum::{self, AddendumInput};
use crate::domain::boundary::{self, BoundaryCategory, BoundaryInput};
use crate::domain::consent::{self, ConsentCategory, ConsentInput};
use crate::domain::contact::{self, Contact, ContactInput, ContactMode, Service};
use crate::domain::followup::{self, FollowUpDraft, FollowUpStatus};
use crate::domain::group::{
    self, AttendanceMark, AttendanceStatus, GroupInput, SessionInput, Weekday,
};
use crate::domain::group_note::{self, GroupNotesInput};
use crate::domain::note_signature;
use crate::domain::participant::{self, ParticipantInput, ParticipantStatus};
use crate::domain::recovery_plan::{
    self, Cosigner, GoalInput, GoalStatus, ParticipantSignoff, PlanChange, PlanInput, SignoffInput,
};
use crate::domain::referral::{self, ReferralInput, ReferralOutcome, ResourceType};
use crate::domain::wellness::{self, CheckInInput, Dimension, WellnessScores};
use crate::error::Result;
use crate::ids::{GroupId, ParticipantId};
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{Problem, ValidationError};
use chrono::{Duration, NaiveDate, NaiveTime};
use peerlog_core::team::message::{Decision, ReviewDecision};
use peerlog_core::team::review;
use peerlog_store::settings::Signer;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::Connection;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoSpec {
    pub seed: u64,
    pub participants: usize,
    /// How far back the oldest intake goes.
    pub history_days: i64,
    /// How long each participant stays (a range of days); `None`: from
    /// intake until about now.
    pub stay_days: Option<(i64, i64)>,
    /// Mean days between a participant's contacts.
    pub days_between_contacts: f64,
    /// Mean days between a participant's wellness check-ins.
    pub days_between_checkins: f64,
    /// Weekly recovery groups.
    pub groups: usize,
    /// Boundary notes per participant (a range).
    pub boundary_notes: (u32, u32),
    /// Referrals per participant (a range).
    pub referrals: (u32, u32),
}

impl DemoSpec {
    /// A peer's caseload over the last six months.
    pub fn caseload(seed: u64, participants: usize) -> Self {
        DemoSpec {
            seed,
            participants,
            history_days: 180,
            stay_days: None,
            days_between_contacts: 6.0,
            days_between_checkins: 30.0,
            groups: 2,
            boundary_notes: (1, 2),
            referrals: (1, 3),
        }
    }

    /// One busy peer over ten years: 500 participants, about 250,000
    /// contacts, 500 group sessions a year, 50,000 check-ins and 10,000
    /// boundary notes, with follow-ups and referrals to match.
    pub fn busy_peer_ten_years(seed: u64) -> Self {
        DemoSpec {
            seed,
            participants: 500,
            history_days: 3650,
            stay_days: Some((700, 1800)),
            days_between_contacts: 2.0,
            days_between_checkins: 10.0,
            groups: 10,
            boundary_notes: (18, 22),
            referrals: (3, 7),
        }
    }

    /// A program of twenty such peers in one store.
    pub fn program_of_twenty(seed: u64) -> Self {
        DemoSpec {
            participants: 20 * 500,
            groups: 20 * 10,
            ..Self::busy_peer_ten_years(seed)
        }
    }

    /// The busy peer's shape at a fraction of the size, for quick runs.
    pub fn scaled(self, fraction: f64) -> Self {
        DemoSpec {
            participants: ((self.participants as f64 * fraction).ceil() as usize).max(1),
            groups: ((self.groups as f64 * fraction).ceil() as usize).max(1),
            ..self
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DemoSummary {
    pub participants: usize,
    pub contacts: usize,
    pub group_sessions: usize,
    /// Sessions whose group notes were written.
    pub group_notes: usize,
    pub attendance_marks: usize,
    pub check_ins: usize,
    pub boundary_notes: usize,
    pub follow_ups: usize,
    pub referrals: usize,
    pub consents: usize,
}

/// Fills an empty store with synthetic records as of `today`, in one
/// transaction.
pub fn load(store: &mut Store, spec: &DemoSpec, today: NaiveDate) -> Result<DemoSummary> {
    require_empty(store)?;
    let mut generator = Generator::new(spec, today, store.now());
    store.write(|tx| {
        let staffing = partners::load(tx, today, generator.now)?;
        let groups = generator.groups(tx)?;
        let mut enrolled = Vec::with_capacity(spec.participants);
        for index in 0..spec.participants {
            enrolled.push(generator.participant(tx, index, &groups)?);
        }
        for day in generator.days() {
            generator.live(tx, day, &mut enrolled, &groups)?;
        }
        partners::docket(tx, staffing, today)?;
        generator.record_load(tx)
    })
}

/// Like [`load`], for stores of benchmark size: commits every few
/// participants and every month of records, so the write-ahead log stays
/// small, and reports progress as it goes (a fraction from 0 to 1).
pub fn load_large(
    store: &mut Store,
    spec: &DemoSpec,
    today: NaiveDate,
    progress: &mut dyn FnMut(f64),
) -> Result<DemoSummary> {
    const PARTICIPANTS_PER_COMMIT: usize = 100;
    const DAYS_PER_COMMIT: usize = 30;
    require_empty(store)?;
    let mut generator = Generator::new(spec, today, store.now());
    let (staffing, groups) = store.write(|tx| {
        let staffing = partners::load(tx, today, generator.now)?;
        Ok((staffing, generator.groups(tx)?))
    })?;
    let mut enrolled = Vec::with_capacity(spec.participants);
    for start in (0..spec.participants).step_by(PARTICIPANTS_PER_COMMIT) {
        let end = (start + PARTICIPANTS_PER_COMMIT).min(spec.participants);
        store.write(|tx| {
            for index in start..end {
                enrolled.push(generator.participant(tx, index, &groups)?);
            }
            Ok(())
        })?;
    }
    let days: Vec<NaiveDate> = generator.days().collect();
    for (done, month) in days.chunks(DAYS_PER_COMMIT).enumerate() {
        store.write(|tx| {
            for day in month {
                generator.live(tx, *day, &mut enrolled, &groups)?;
            }
            Ok(())
        })?;
        progress(((done + 1) * DAYS_PER_COMMIT).min(days.len()) as f64 / days.len() as f64);
    }
    store.write(|tx| {
        partners::docket(tx, staffing, today)?;
        generator.record_load(tx)
    })
}

fn require_empty(store: &Store) -> Result<()> {
    let existing: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM participants", [], |row| row.get(0))?;
    if existing > 0 {
        return Err(ValidationError::new("store", Problem::NotEmpty).into());
    }
    Ok(())
}

struct Generator {
    rng: ChaCha8Rng,
    spec: DemoSpec,
    today: NaiveDate,
    now: Timestamp,
    summary: DemoSummary,
    amended_any: bool,
    /// Each planned participant's plan: the day it was written and its goals,
    /// which their notes from then on work toward.
    plans: std::collections::HashMap<ParticipantId, (NaiveDate, Vec<crate::ids::PlanGoalKey>)>,
}

/// A participant as the simulation runs: when they are in the program and
/// what comes next for them.
struct Enrolled {
    id: ParticipantId,
    intake: NaiveDate,
    last_day: NaiveDate,
    groups: Vec<usize>,
    next_contact: NaiveDate,
    next_checkin: NaiveDate,
    uses_barc: bool,
    /// Where their wellness and recovery capital stand, drifting upward.
    level: f64,
    barc_level: f64,
}

impl Generator {
    fn new(spec: &DemoSpec, today: NaiveDate, now: Timestamp) -> Self {
        Generator {
            rng: ChaCha8Rng::seed_from_u64(spec.seed),
            spec: *spec,
            today,
            now,
            summary: DemoSummary::default(),
            amended_any: false,
            plans: std::collections::HashMap::new(),
        }
    }

    fn record_load(&self, tx: &Connection) -> Result<DemoSummary> {
        audit::record(
            tx,
            self.now,
            AuditAction::DemoLoaded,
            &format!("{} synthetic participants", self.summary.participants),
        )?;
        Ok(self.summary.clone())
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        *items.choose(&mut self.rng).expect("non-empty list")
    }

    fn groups(&mut self, tx: &Connection) -> Result<Vec<(GroupId, Weekday)>> {
        let mut groups = Vec::new();
        for index in 0..self.spec.groups {
            let (name, weekday, time) = match words::GROUPS.get(index) {
                Some((name, weekday, time)) => (
                    name.to_string(),
                    Weekday::parse(weekday).expect("listed weekday"),
                    time.to_string(),
                ),
                None => (
                    format!("Recovery Group {}", index + 1),
                    Weekday::ALL[index % 5],
                    format!("{:02}:00", 10 + index % 8),
                ),
            };
            let input = GroupInput {
                name,
                description: Some("Weekly peer-led group, open to everyone in the program.".into()),
                weekday: Some(weekday),
                start_time: Some(time),
                location: Some("Community center, room 2".into()),
                active: true,
            }
            .checked()?;
            groups.push((group::insert(tx, &input, self.now)?.id, weekday));
        }
        Ok(groups)
    }

    fn participant(
        &mut self,
        tx: &Connection,
        index: usize,
        groups: &[(GroupId, Weekday)],
    ) -> Result<Enrolled> {
        let intake =
            self.today - Duration::days(self.rng.random_range(10..=self.spec.history_days.max(11)));
        let stay_end = self.spec.stay_days.map(|(shortest, longest)| {
            intake + Duration::days(self.rng.random_range(shortest..=longest))
        });
        let status = match (stay_end, self.rng.random_range(0..100)) {
            (Some(end), pick) if end < self.today => match pick {
                0..=69 => ParticipantStatus::Completed,
                70..=84 => ParticipantStatus::Discharged,
                _ => ParticipantStatus::Transferred,
            },
            (_, 0..=74) => ParticipantStatus::Active,
            (_, 75..=82) => ParticipantStatus::Paused,
            (_, 83..=92) => ParticipantStatus::Completed,
            (_, 93..=96) => ParticipantStatus::Discharged,
            _ => ParticipantStatus::Transferred,
        };
        let first = self.pick(words::FIRST_NAMES);
        let input = ParticipantInput {
            external_id: format!("DEMO-{:05}", index + 1),
            first_name: Some(first.to_string()),
            last_name: Some(self.pick(words::LAST_NAMES).to_string()),
            preferred_name: self
                .rng
                .random_bool(0.15)
                .then(|| first[..first.len().min(3)].to_string()),
            pronouns: Some(self.pick(words::PRONOUNS).to_string()),
            program: Some(self.pick(words::PROGRAMS).to_string()),
            docket: Some(format!("2026-CR-{:04}", 1000 + index)),
            status,
            intake_date: Some(intake),
            phone: Some(format!("555-01{:02}", index % 100)),
            email: None,
            contact_preferences: Some("Text first, calls after 10am".into()),
            language: Some(self.pick(words::LANGUAGES).to_string()),
            goals: Some(
                "Stable housing, steady work, and staying connected to recovery supports.".into(),
            ),
        }
        .checked(self.today)?;
        let id = participant::insert(tx, &input, self.now)?.id;
        self.summary.participants += 1;

        // Some active participants have drifted: nobody has seen them lately.
        let last_day = match (status, stay_end) {
            (_, Some(end)) if end < self.today => end,
            (ParticipantStatus::Active, _) if self.rng.random_bool(0.15) => {
                self.today - Duration::days(self.rng.random_range(15..40))
            }
            (ParticipantStatus::Active, _) => self.today,
            _ => self.today - Duration::days(self.rng.random_range(20..60)),
        }
        .max(intake);
        if matches!(
            status,
            ParticipantStatus::Completed
                | ParticipantStatus::Discharged
                | ParticipantStatus::Transferred
        ) {
            // They left on their last day, not on the day the demo was made.
            participant::backdate_status(tx, id, last_day)?;
        }
        self.boundaries(tx, id, intake)?;
        self.referrals(tx, id, intake)?;
        self.consents(tx, id, intake)?;
        self.plan(tx, index, id, first, intake)?;

        // Most join one group; some a second.
        let mut member_of = Vec::new();
        for chance in [0.75, 0.25] {
            let index = self.rng.random_range(0..groups.len());
            if self.rng.random_bool(chance) && !member_of.contains(&index) {
                group::insert_member(tx, groups[index].0, id, intake)?;
                member_of.push(index);
            }
        }
        Ok(Enrolled {
            id,
            intake,
            last_day,
            groups: member_of,
            next_contact: intake,
            next_checkin: intake + Duration::days(self.rng.random_range(0..7)),
            uses_barc: self.rng.random_bool(0.6),
            level: self.rng.random_range(1.8..3.2),
            barc_level: self.rng.random_range(2.0..3.8),
        })
    }

    /// Every day of the simulated history, oldest first.
    fn days(&self) -> impl Iterator<Item = NaiveDate> {
        let first = self.today - Duration::days(self.spec.history_days);
        first
            .iter_days()
            .take_while(|d| *d <= self.today)
            .collect::<Vec<_>>()
            .into_iter()
    }

    /// One day of the program, written in the order it happened: the
    /// contacts and check-ins due that day, then the groups that meet.
    fn live(
        &mut self,
        tx: &Connection,
        day: NaiveDate,
        enrolled: &mut [Enrolled],
        groups: &[(GroupId, Weekday)],
    ) -> Result<()> {
        for person in enrolled.iter_mut() {
            if day < person.intake || day > person.last_day {
                continue;
            }
            if person.next_contact == day {
                self.contact(tx, person.id, day)?;
                person.next_contact =
                    day + Duration::days(self.gap(self.spec.days_between_contacts));
            }
            if person.next_checkin == day {
                self.checkin(tx, person, day)?;
                person.next_checkin =
                    day + Duration::days(self.gap(self.spec.days_between_checkins));
            }
        }
        let weekday = Weekday::ALL[chrono::Datelike::weekday(&day).num_days_from_monday() as usize];
        for (index, (group_id, meets)) in groups.iter().enumerate() {
            if *meets == weekday {
                self.session(tx, index, *group_id, day, enrolled)?;
            }
        }
        Ok(())
    }

    /// A time during the working day; today's records stay in the past.
    fn at(&mut self, date: NaiveDate) -> Timestamp {
        let minutes = self.rng.random_range(8 * 60..18 * 60);
        let time = NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).expect("valid time");
        let at = Timestamp::from_local(date, time);
        if at > self.now {
            self.now.plus_minutes(-self.rng.random_range(5..90))
        } else {
            at
        }
    }

    fn gap(&mut self, mean_days: f64) -> i64 {
        let spread = self.rng.random_range(0.5..1.5);
        ((mean_days * spread).round() as i64).max(1)
    }

    fn narrative(&mut self) -> String {
        let topic = self.pick(words::TOPICS);
        let response = self.pick(words::RESPONSES);
        let action = self.pick(words::ACTIONS);
        let plan = self.pick(words::PLANS);
        let mut text = format!("We talked about {topic}. {response} {action}");
        if self.rng.random_bool(0.5) {
            text.push(' ');
            text.push_str(self.pick(words::ACTIONS));
        }
        text.push(' ');
        text.push_str(plan);
        text
    }

    fn contact(&mut self, tx: &Connection, id: ParticipantId, day: NaiveDate) -> Result<()> {
        {
            let mode = match self.rng.random_range(0..100) {
                0..=34 => ContactMode::Phone,
                35..=64 => ContactMode::InPerson,
                65..=74 => ContactMode::Text,
                75..=82 => ContactMode::Video,
                83..=91 => ContactMode::JailVisit,
                _ => ContactMode::Court,
            };
            let duration = match mode {
                ContactMode::Phone => self.rng.random_range(8..30),
                ContactMode::Text => self.rng.random_range(3..12),
                ContactMode::Video => self.rng.random_range(20..50),
                ContactMode::InPerson => self.rng.random_range(30..100),
                ContactMode::JailVisit => self.rng.random_range(30..60),
                ContactMode::Court => self.rng.random_range(60..200),
            };
            let mut services = vec![match mode {
                ContactMode::Court => Service::CourtAccompaniment,
                _ => self.pick(Service::ALL),
            }];
            if self.rng.random_bool(0.4) {
                services.push(self.pick(Service::ALL));
            }
            let dimensions = vec![self.pick(Dimension::ALL), self.pick(Dimension::ALL)];
            let occurred_at = self.at(day);
            let follow_up = self.rng.random_bool(0.2).then(|| FollowUpDraft {
                due_on: day + Duration::days(self.rng.random_range(2..10)),
                text: self.pick(words::FOLLOW_UPS).to_string(),
            });
            // A planned participant's notes name one of their goals, taken in
            // turn (not from the random stream, so the rest stays as it was).
            let goals = match self.plans.get(&id) {
                Some((written, keys)) if day >= *written => {
                    vec![keys[self.summary.contacts % keys.len()]]
                }
                _ => Vec::new(),
            };
            let input = ContactInput {
                goals,
                format: Default::default(),
                parts: Vec::new(),
                participant_id: id,
                occurred_at,
                duration_minutes: duration,
                mode,
                setting: Some(match mode {
                    ContactMode::JailVisit => "County jail".to_string(),
                    ContactMode::Court => "Courthouse".to_string(),
                    _ => self.pick(words::SETTINGS).to_string(),
                }),
                services,
                dimensions,
                narrative: self.narrative(),
                follow_up,
            }
            .checked(self.now)?;
            let contact = contact::insert(tx, &input, self.now)?;
            self.summary.contacts += 1;
            self.maybe_sign(tx, &contact, day)?;
            if let Some(draft) = &input.follow_up {
                self.summary.follow_ups += 1;
                // Older follow-ups are mostly closed; a few are left overdue.
                if draft.due_on < self.today - Duration::days(3) && self.rng.random_bool(0.85) {
                    let status = if self.rng.random_bool(0.9) {
                        FollowUpStatus::Done
                    } else {
                        FollowUpStatus::Dropped
                    };
                    let follow_up_id: crate::ids::FollowUpId = tx.query_row(
                        "SELECT id FROM follow_ups WHERE contact_id = ?1",
                        [contact.id],
                        |row| row.get(0),
                    )?;
                    followup::close(tx, follow_up_id, status, Some(draft.due_on))?;
                }
            }
        }
        Ok(())
    }

    /// Every third participant has a recovery plan of two goals, written a
    /// week after intake and signed that day; every sixth has a second,
    /// unsigned version with the first goal met. Chosen by position, not by
    /// the random stream, so the rest of the demo stays as it was.
    fn plan(
        &mut self,
        tx: &Connection,
        index: usize,
        id: ParticipantId,
        first_name: &str,
        intake: NaiveDate,
    ) -> Result<()> {
        if !index.is_multiple_of(3) {
            return Ok(());
        }
        let written = (intake + Duration::days(7)).min(self.today - Duration::days(1));
        let at = |day: NaiveDate, hour: u32| {
            Timestamp::from_local(day, NaiveTime::from_hms_opt(hour, 0, 0).expect("an hour"))
        };
        let goals = (0..2)
            .map(|n| {
                let (dimension, words, steps, who) =
                    words::PLAN_GOALS[(index / 3 + n) % words::PLAN_GOALS.len()];
                GoalInput {
                    dimension: Dimension::parse(dimension).expect("a dimension"),
                    words: words.to_string(),
                    steps: steps.iter().map(|s| s.to_string()).collect(),
                    who_helps: Some(who.to_string()),
                    target_on: Some(written + Duration::days(120)),
                    status: GoalStatus::Active,
                }
            })
            .collect();
        let strengths = (0..2)
            .map(|n| words::PLAN_STRENGTHS[(index + n) % words::PLAN_STRENGTHS.len()].to_string())
            .collect();
        let input = PlanInput {
            participant_id: id,
            goals,
            strengths,
            next_review_on: Some(written + Duration::days(90)),
        }
        .checked()?;
        let version = recovery_plan::insert(tx, &input, at(written, 10))?;
        self.plans
            .insert(id, (written, version.goals.iter().map(|g| g.key).collect()));
        let signoff = SignoffInput {
            participant: ParticipantSignoff::Signed {
                name: first_name.to_string(),
                on: written,
            },
            supervisor: None,
        };
        let peer = Signer {
            name: words::PEER_NAME.to_string(),
            credential: Some(words::PEER_CREDENTIAL.to_string()),
        };
        recovery_plan::insert_signature(tx, &version, &signoff, &peer, at(written, 11))?;
        // Every ninth has a supervisor's signature added a few days later.
        let countersigned = written + Duration::days(4);
        if index.is_multiple_of(9) && countersigned < self.today {
            let signed = recovery_plan::fetch(tx, version.id)?;
            let supervisor = Cosigner {
                name: words::SUPERVISOR_NAME.to_string(),
                role: words::SUPERVISOR_ROLE.to_string(),
                on: countersigned,
            };
            recovery_plan::insert_countersignature(
                tx,
                &signed,
                &supervisor,
                at(countersigned, 15),
            )?;
        }
        let revised = written + Duration::days(30);
        if index.is_multiple_of(6) && revised < self.today {
            let met = PlanChange::GoalStatus {
                goal: 1,
                status: GoalStatus::Met,
            };
            recovery_plan::insert_change(tx, id, met, at(revised, 10))?;
        }
        Ok(())
    }

    /// Most notes older than a few days are signed, the next day or so; a
    /// few signed ones carry an addendum.
    fn maybe_sign(&mut self, tx: &Connection, note: &Contact, day: NaiveDate) -> Result<()> {
        if day >= self.today - Duration::days(3) || !self.rng.random_bool(0.9) {
            return Ok(());
        }
        let signer = Signer {
            name: words::PEER_NAME.to_string(),
            credential: Some(words::PEER_CREDENTIAL.to_string()),
        };
        let signed_at = note
            .occurred_at
            .plus_minutes(self.rng.random_range(30..2_000));
        note_signature::insert(tx, note, &signer, signed_at)?;
        // About one signed note in eight was reviewed and co-signed by the
        // supervisor a few days later.
        let cosigned_at = signed_at.plus_minutes(self.rng.random_range(1_440..6_000));
        if self.rng.random_bool(0.125) && cosigned_at.utc() < self.now.utc() {
            let decision = ReviewDecision {
                note_id: note.id,
                decision: Decision::Approved,
                comment: None,
                reviewer_name: words::SUPERVISOR_NAME.to_string(),
                reviewer_credential: Some(words::SUPERVISOR_CREDENTIAL.to_string()),
                decided_at: cosigned_at,
            };
            review::insert_approved(tx, signed_at.plus_minutes(5), &decision)?;
        }
        // The first signed note is amended, so every demo shows an addendum.
        if !self.amended_any || self.rng.random_bool(0.03) {
            self.amended_any = true;
            let (reason, text) = self.pick(words::ADDENDA);
            let input = AddendumInput {
                contact_id: note.id,
                reason: reason.to_string(),
                text: text.to_string(),
            };
            let mut written_at = signed_at.plus_minutes(self.rng.random_range(60..4_000));
            if written_at.utc() > self.now.utc() {
                written_at = self.now;
            }
            addendum::insert(tx, &input, &signer, written_at)?;
        }
        Ok(())
    }

    fn checkin(&mut self, tx: &Connection, person: &mut Enrolled, day: NaiveDate) -> Result<()> {
        person.level = (person.level + self.rng.random_range(-0.3..0.5)).clamp(1.0, 5.0);
        person.barc_level = (person.barc_level + self.rng.random_range(-0.3..0.5)).clamp(1.0, 6.0);
        let level = person.level;
        let score = |rng: &mut ChaCha8Rng| {
            (level + rng.random_range(-1.0..1.0))
                .round()
                .clamp(1.0, 5.0) as u8
        };
        let scores = WellnessScores {
            emotional: score(&mut self.rng),
            environmental: score(&mut self.rng),
            financial: score(&mut self.rng),
            intellectual: score(&mut self.rng),
            occupational: score(&mut self.rng),
            physical: score(&mut self.rng),
            social: score(&mut self.rng),
            spiritual: score(&mut self.rng),
        };
        let barc_level = person.barc_level;
        let barc10 = person.uses_barc.then(|| {
            (0..10)
                .map(|_| {
                    (barc_level + self.rng.random_range(-1.0..1.0))
                        .round()
                        .clamp(1.0, 6.0) as u8
                })
                .collect()
        });
        let input = CheckInInput {
            participant_id: person.id,
            occurred_at: self.at(day),
            scores,
            barc10,
            note: self
                .rng
                .random_bool(0.3)
                .then(|| "Said the week felt steadier than last month.".to_string()),
        }
        .checked(self.now)?;
        wellness::insert(tx, &input, self.now)?;
        self.summary.check_ins += 1;
        Ok(())
    }

    fn boundaries(&mut self, tx: &Connection, id: ParticipantId, intake: NaiveDate) -> Result<()> {
        let (fewest, most) = self.spec.boundary_notes;
        for _ in 0..self.rng.random_range(fewest..=most) {
            let (category, text) = self.pick(words::BOUNDARIES);
            let agreed_on = intake + Duration::days(self.rng.random_range(0..7));
            let agreed_on = agreed_on.min(self.today);
            let input = BoundaryInput {
                participant_id: id,
                category: BoundaryCategory::parse(category).expect("listed category"),
                text: text.to_string(),
                agreed_on,
                review_on: Some(agreed_on + Duration::days(90)),
            }
            .checked(self.today)?;
            boundary::insert(tx, &input, self.now)?;
            self.summary.boundary_notes += 1;
        }
        Ok(())
    }

    fn referrals(&mut self, tx: &Connection, id: ParticipantId, intake: NaiveDate) -> Result<()> {
        let (fewest, most) = self.spec.referrals;
        for _ in 0..self.rng.random_range(fewest..=most) {
            let (kind, name) = self.pick(words::RESOURCES);
            let span = (self.today - intake).num_days().max(1);
            let referred_on = intake + Duration::days(self.rng.random_range(0..span));
            let outcome = match self.rng.random_range(0..100) {
                0..=44 => ReferralOutcome::Connected,
                45..=69 => ReferralOutcome::Pending,
                70..=84 => ReferralOutcome::NotConnected,
                _ => ReferralOutcome::Declined,
            };
            let outcome_on = (outcome != ReferralOutcome::Pending).then(|| {
                (referred_on + Duration::days(self.rng.random_range(3..21))).min(self.today)
            });
            let input = ReferralInput {
                participant_id: id,
                resource_type: ResourceType::parse(kind).expect("listed resource"),
                resource_name: name.to_string(),
                referred_on,
                note: None,
            }
            .checked(self.today)?;
            referral::insert(tx, &input, outcome, outcome_on, self.now)?;
            self.summary.referrals += 1;
        }
        Ok(())
    }

    fn consents(&mut self, tx: &Connection, id: ParticipantId, intake: NaiveDate) -> Result<()> {
        for (index, recipient) in words::RECIPIENTS.iter().enumerate() {
            let chance = [0.7, 0.35, 0.2][index];
            if !self.rng.random_bool(chance) {
                continue;
            }
            let mut categories = vec![
                ConsentCategory::Attendance,
                ConsentCategory::ContactSummaries,
                ConsentCategory::FollowUps,
            ];
            if self.rng.random_bool(0.7) {
                categories.push(ConsentCategory::Wellness);
            }
            if self.rng.random_bool(0.6) {
                categories.push(ConsentCategory::Referrals);
            }
            if self.rng.random_bool(0.3) {
                categories.push(ConsentCategory::ContactNarratives);
            }
            let signed_on = intake;
            let expires_on = if self.rng.random_bool(0.1) {
                // Already lapsed: kept to show that expired consents are honoured.
                (self.today - Duration::days(self.rng.random_range(1..10))).max(signed_on)
            } else {
                signed_on + Duration::days(365)
            };
            let input = ConsentInput {
                participant_id: id,
                discloser: "Peer support program".into(),
                recipient: recipient.to_string(),
                purpose: "Coordinate care and report progress at case conferences".into(),
                categories,
                effective_on: signed_on,
                expires_on: Some(expires_on),
                expiry_event: Some("Completion of or discharge from the program".into()),
                signed_on,
            }
            .checked(self.today)?;
            let created = consent::insert(tx, &input, self.now)?;
            self.summary.consents += 1;
            if self.rng.random_bool(0.05) {
                consent::set_revoked(
                    tx,
                    created.id,
                    self.today.min(signed_on + Duration::days(30)),
                )?;
            }
        }
        Ok(())
    }

    fn session(
        &mut self,
        tx: &Connection,
        index: usize,
        group_id: GroupId,
        day: NaiveDate,
        enrolled: &[Enrolled],
    ) -> Result<()> {
        let input = SessionInput {
            group_id,
            held_on: day,
            topic: Some(self.pick(words::SESSION_TOPICS).to_string()),
            note: None,
        }
        .checked(self.today)?;
        let session = group::insert_session(tx, &input, self.now)?;
        self.summary.group_sessions += 1;
        let mut marks = Vec::new();
        for person in enrolled
            .iter()
            .filter(|p| p.groups.contains(&index) && p.intake <= day && day <= p.last_day)
        {
            let status = match self.rng.random_range(0..100) {
                0..=69 => AttendanceStatus::Present,
                70..=79 => AttendanceStatus::Late,
                80..=87 => AttendanceStatus::Excused,
                _ => AttendanceStatus::Absent,
            };
            marks.push(AttendanceMark {
                participant_id: person.id,
                status,
            });
        }
        self.summary.attendance_marks += marks.len();
        group::replace_attendance(tx, session.id, &marks)?;
        // Most past sessions get their group notes; the newest may not yet.
        let attended = marks.iter().any(|m| m.status.attended());
        if attended && day < self.today && self.rng.random_bool(0.8) {
            let input = GroupNotesInput {
                session_id: session.id,
                start_time: words::GROUPS
                    .get(index)
                    .map_or("18:00", |group| group.2)
                    .into(),
                duration_minutes: self.rng.random_range(4..=8) * 15,
                mode: ContactMode::InPerson,
                services: vec![Service::SkillBuilding],
                shared: format!(
                    "{}: {}",
                    input.topic.as_deref().unwrap_or_default(),
                    self.pick(words::GROUP_NOTES)
                ),
                own_parts: Vec::new(),
            };
            group_note::write_in(tx, &input, self.now)?;
            self.summary.group_notes += 1;
        }
        Ok(())
    }
}
