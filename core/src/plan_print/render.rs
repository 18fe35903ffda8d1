//! The printed plan: the participant's goals and strengths in their own
//! words, and every word Peerlog adds in their language (`plan-…`
//! messages in `core/i18n/locales/`).

use crate::domain::participant::Participant;
use crate::domain::recovery_plan::{ParticipantSignoff, PlanSignature, PlanVersion};
use crate::i18n::Language;
use crate::pdf::{DocumentInfo, Face, Flow};
use crate::words::{args, words, words_with};
use chrono::NaiveDate;

pub fn pdf(
    plan: &PlanVersion,
    person: &Participant,
    language: Language,
    prepared_on: NaiveDate,
) -> Vec<u8> {
    let t = |id: &str| words(language, id);
    let title = t("plan-title");
    let header = words_with(
        language,
        "plan-header",
        &args![
            ("title", title.clone()),
            ("name", person.display_name.clone())
        ],
    );
    let footer = words_with(
        language,
        "plan-footer",
        &args![("prepared", prepared_on.to_string())],
    );
    let info = DocumentInfo {
        title: title.clone(),
        language,
        prepared_on,
    };
    let mut flow = Flow::new(info, &header, &footer, 8.0);
    flow.new_page();
    flow.heading(&title, 1, 20.0);
    flow.paragraph(&t("plan-intro"), Face::Regular, 10.0);
    flow.space(4.0);
    flow.key_values(
        &[
            (&t("plan-participant"), person.display_name.clone()),
            (&t("plan-version"), plan.version.to_string()),
            (&t("plan-written"), plan.created_at.local_date().to_string()),
            (
                &t("plan-next-review"),
                plan.next_review_on
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| t("plan-no-review")),
            ),
        ],
        10.0,
    );

    flow.heading(&t("plan-strengths"), 2, 13.0);
    if plan.strengths.is_empty() {
        flow.paragraph(&t("plan-strengths-none"), Face::Regular, 10.0);
    }
    for strength in &plan.strengths {
        flow.paragraph(&format!("• {strength}"), Face::Regular, 10.5);
    }

    flow.heading(&t("plan-goals"), 2, 13.0);
    for goal in &plan.goals {
        flow.heading(
            &words_with(
                language,
                "plan-goal",
                &args![
                    ("number", goal.number),
                    ("dimension", goal.dimension.label_in(language))
                ],
            ),
            3,
            11.0,
        );
        flow.paragraph(&goal.words, Face::Bold, 10.5);
        let mut pairs = Vec::new();
        if !goal.steps.is_empty() {
            let steps: Vec<String> = goal.steps.iter().map(|s| format!("• {s}")).collect();
            pairs.push((t("plan-goal-steps"), steps.join("\n")));
        }
        if let Some(who) = &goal.who_helps {
            pairs.push((t("plan-goal-who-helps"), who.clone()));
        }
        if let Some(on) = goal.target_on {
            pairs.push((t("plan-goal-target"), on.to_string()));
        }
        pairs.push((t("plan-goal-status"), goal.status.label_in(language)));
        let pairs: Vec<(&str, String)> =
            pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        flow.key_values(&pairs, 10.0);
        flow.space(4.0);
    }

    flow.heading(&t("plan-signatures"), 2, 13.0);
    match &plan.signature {
        None => flow.paragraph(&t("plan-unsigned"), Face::Regular, 10.0),
        Some(signature) => {
            for line in signature_lines(signature, language) {
                flow.paragraph(&line, Face::Regular, 10.0);
            }
        }
    }
    flow.read_footer_at_end();
    flow.finish().render()
}

fn signature_lines(signature: &PlanSignature, language: Language) -> Vec<String> {
    let mut lines = vec![match &signature.participant {
        ParticipantSignoff::Signed { name, on } => words_with(
            language,
            "plan-signed-participant",
            &args![("name", name.clone()), ("on", on.to_string())],
        ),
        ParticipantSignoff::Declined { reason } => words_with(
            language,
            "plan-declined",
            &args![("reason", reason.clone())],
        ),
    }];
    let peer = match &signature.peer_credential {
        Some(credential) => format!("{}, {credential}", signature.peer_name),
        None => signature.peer_name.clone(),
    };
    lines.push(words_with(
        language,
        "plan-signed-peer",
        &args![
            ("name", peer),
            ("on", signature.signed_at.local_date().to_string())
        ],
    ));
    if let Some(supervisor) = &signature.supervisor {
        lines.push(words_with(
            language,
            "plan-signed-supervisor",
            &args![
                ("name", supervisor.name.clone()),
                ("role", supervisor.role.clone()),
                ("on", supervisor.on.to_string())
            ],
        ));
    }
    lines
}
