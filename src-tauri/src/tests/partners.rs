//! Partners, agreements, case conferences and the privacy register
//! through the commands, as the UI calls them: a consent's recipient
//! becomes a partner the peer completes; a look-alike is merged once; an
//! agreement is refused by its field and then kept; a meeting held today
//! offers only who may go to its partner, and its export (written as the
//! save dialog's command does) is linked to it in the accounting of
//! disclosures; a decision's follow-up lands in the participant's record.

use super::commands::{days_ago, harness, on_session, today};
use chrono::Datelike;
use peerlog_core::export::ExportFormat;
use peerlog_core::i18n::Language;
use serde_json::{json, Value};

fn in_days(n: i64) -> String {
    (peerlog_core::time::today() + chrono::Duration::days(n)).to_string()
}

fn weekday_today() -> &'static str {
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ][peerlog_core::time::today().weekday().num_days_from_monday() as usize]
}

fn consent_to(h: &super::commands::Harness, pid: &Value, recipient: &str) {
    h.ok(
        "create_consent",
        json!({ "input": { "participantId": pid, "discloser": "Peer program", "recipient": recipient,
                           "purpose": "Case conference", "categories": ["contact_summaries", "attendance"],
                           "effectiveOn": days_ago(30), "expiresOn": in_days(300), "signedOn": days_ago(30) } }),
    );
}

#[test]
fn a_meeting_is_prepared_and_exported_through_the_commands() {
    let h = harness().created();
    let amara = h.participant("PT-0001", "Amara")["id"].clone();
    let bruno = h.participant("PT-0002", "Bruno")["id"].clone();
    consent_to(&h, &amara, "Treatment Court");

    // The consent's recipient is a partner now, of type "other" until the
    // peer says more.
    let partners = h.ok("list_partners", json!({}));
    assert_eq!(partners.as_array().unwrap().len(), 1);
    let court = partners[0]["id"].clone();
    assert_eq!(partners[0]["partnerType"], "other");
    let edited = h.ok(
        "edit_partner",
        json!({ "id": court, "input": { "name": "Treatment Court", "partnerType": "court",
                "attendees": [{ "name": "Jordan Reyes", "role": "coordinator" }], "handover": "Printed at staffing" } }),
    );
    assert_eq!(edited["attendees"][0]["role"], "coordinator");

    // The same court typed with a Cyrillic "о": flagged, and merged once.
    let twin = h.ok(
        "add_partner",
        json!({ "input": { "name": "Treatment C\u{043e}urt", "partnerType": "court" } }),
    );
    consent_to(&h, &bruno, "Treatment C\u{043e}urt");
    let review = h.ok("partners_to_review", json!({}));
    assert_eq!(review[0]["partner"]["id"], twin["id"]);
    assert_eq!(review[0]["consents"], 1);
    h.ok(
        "merge_partners",
        json!({ "from": twin["id"], "into": court }),
    );
    assert_eq!(h.ok("partners_to_review", json!({})), json!([]));
    assert_eq!(
        h.ok("list_partners", json!({})).as_array().unwrap().len(),
        1
    );

    // An agreement is refused by its field, nothing kept; then kept.
    let agreement = json!({ "partnerId": court, "title": " ", "purpose": "Case conference coordination",
                            "categories": ["attendance", "contact_summaries"],
                            "effectiveOn": days_ago(10), "expiresOn": in_days(20) });
    let refused = h.err("add_agreement", json!({ "input": agreement }));
    assert_eq!(refused["code"], "invalid.agreement_title");
    assert_eq!(
        h.ok("list_agreements", json!({ "partnerId": court })),
        json!([])
    );
    let mut good = agreement.clone();
    good["title"] = json!("Court MOU");
    h.ok("add_agreement", json!({ "input": good }));
    let expiring = h.ok("agreements_expiring", json!({}));
    assert_eq!(expiring[0]["partner"], "Treatment Court");
    assert_eq!(expiring[0]["daysLeft"], 20);

    // A weekly meeting held today, offering both (the merged consent too).
    let meeting = h.ok(
        "add_meeting",
        json!({ "input": { "partnerId": court, "name": "Treatment court staffing", "weekday": weekday_today(),
                           "time": "09:00:00", "everyWeeks": 1, "startsOn": days_ago(14) } }),
    );
    let upcoming = h.ok("upcoming_meetings", json!({}));
    assert_eq!(upcoming[0]["nextOn"], today());
    let held_on = today();
    let offered = h.ok("docket_offered", json!({ "meetingId": meeting["id"] }));
    assert_eq!(offered.as_array().unwrap().len(), 2);
    let refused = h.err(
        "meeting_export_preview",
        json!({ "meetingId": meeting["id"], "heldOn": held_on, "language": "en" }),
    );
    assert_eq!(
        refused["code"], "invalid.participants",
        "nobody on the docket yet"
    );
    h.ok(
        "set_docket",
        json!({ "meetingId": meeting["id"], "heldOn": held_on, "participants": [amara] }),
    );
    assert_eq!(
        h.ok(
            "docket_of",
            json!({ "meetingId": meeting["id"], "heldOn": held_on })
        ),
        json!([amara])
    );

    let preview = h.ok(
        "meeting_export_preview",
        json!({ "meetingId": meeting["id"], "heldOn": held_on, "language": "es" }),
    );
    assert_eq!(preview["content"]["language"], "es");
    assert_eq!(preview["content"]["recipient"], "Treatment Court");
    assert_eq!(preview["content"]["period"]["from"], days_ago(6));
    assert_eq!(
        preview["content"]["participants"].as_array().unwrap().len(),
        1
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("staffing.pdf");
    let (id, on, digest) = (
        serde_json::from_value(meeting["id"].clone()).unwrap(),
        peerlog_core::time::today(),
        preview["digest"].as_str().unwrap().to_string(),
    );
    let written = path.clone();
    let record = on_session(&h, move |p| {
        crate::commands::meetings::write(
            p,
            id,
            on,
            Language::Spanish,
            ExportFormat::Pdf,
            &digest,
            &written,
        )
    });
    assert!(path.exists());
    assert_eq!(record.meeting.map(|m| m.id), Some(id));
    let disclosures = h.ok("list_disclosures", json!({ "since": null }));
    assert_eq!(disclosures[0]["meeting"]["id"], meeting["id"]);

    // A decision about someone on the docket opens their follow-up.
    let refused = h.err(
        "record_decision",
        json!({ "meetingId": meeting["id"], "heldOn": held_on, "participantId": bruno, "text": "Stays in phase two",
                "followUp": null }),
    );
    assert_eq!(
        refused["code"], "invalid.participant",
        "Bruno is not on the docket"
    );
    let decisions = h.ok(
        "record_decision",
        json!({ "meetingId": meeting["id"], "heldOn": held_on, "participantId": amara, "text": "Stays in phase two",
                "followUp": { "dueOn": in_days(7), "text": "Bring the new bus pass" } }),
    );
    let follow_up = decisions[0]["followUpId"].clone();
    assert!(follow_up.is_string());
    let open = h.ok(
        "participant_open_follow_ups",
        json!({ "participantId": amara }),
    );
    assert!(open
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["id"] == follow_up));
}

#[test]
fn the_privacy_register_through_the_commands() {
    let h = harness().created();
    let amara = h.participant("PT-0001", "Amara")["id"].clone();
    consent_to(&h, &amara, "Treatment Court");
    let court = h.ok("list_partners", json!({}))[0]["id"].clone();

    let refused = h.err(
        "add_restriction",
        json!({ "input": { "participantId": amara, "partnerId": court, "categories": [], "requestedOn": today() } }),
    );
    assert_eq!(refused["code"], "invalid.categories");
    let request = h.ok(
        "add_restriction",
        json!({ "input": { "participantId": amara, "partnerId": court, "categories": ["attendance"],
                           "requestedOn": today() } }),
    );
    let decided = h.ok(
        "decide_restriction",
        json!({ "id": request["id"], "decision": "accepted", "decidedOn": null, "decidedBy": "Privacy officer" }),
    );
    assert_eq!(decided["decision"], "accepted");
    let again = h.err(
        "decide_restriction",
        json!({ "id": request["id"], "decision": "refused", "decidedOn": null, "decidedBy": "Privacy officer" }),
    );
    assert_eq!(again["code"], "invalid.decision", "decided once");
    assert_eq!(
        h.ok("list_restrictions", json!({ "participantId": amara }))
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let late = h.err(
        "add_incident",
        json!({ "input": { "summary": "Laptop left unlocked", "happenedOn": today(), "discoveredOn": days_ago(1),
                           "status": "open" } }),
    );
    assert_eq!(late["code"], "invalid.discovered_on");
    let logged = h.ok(
        "add_incident",
        json!({ "input": { "summary": "Laptop left unlocked", "happenedOn": days_ago(1), "discoveredOn": today(),
                           "status": "open" } }),
    );
    let early = h.err(
        "update_incident",
        json!({ "id": logged["id"], "input": { "summary": "Laptop left unlocked", "happenedOn": days_ago(1),
                "discoveredOn": today(), "notified": "Privacy officer", "notifiedOn": days_ago(1), "status": "notified" } }),
    );
    assert_eq!(
        early["code"], "invalid.notified_on",
        "told before it was discovered"
    );
    h.ok(
        "update_incident",
        json!({ "id": logged["id"], "input": { "summary": "Laptop left unlocked", "happenedOn": days_ago(1),
                "discoveredOn": today(), "notified": "Privacy officer", "notifiedOn": today(), "status": "notified" } }),
    );
    let incidents = h.ok("list_incidents", json!({}));
    assert_eq!(incidents[0]["status"], "notified");
    assert_eq!(incidents[0]["notified"], "Privacy officer");
}
