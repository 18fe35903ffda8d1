//! The program's partners and what governs sharing with them: the
//! organisations themselves (`partner`, and `review` for names that look
//! alike), their data-sharing agreements (`agreement`, with the signed
//! document in `agreement_document`), participants' restriction requests
//! (`restriction`), the one rule combining them (`sharing`), the case
//! conferences held with them (`meeting`, `docket`), and the privacy
//! officer's incident log (`incident`). Each kind is in the record
//! registry below.

pub mod agreement;
pub mod agreement_document;
pub mod docket;
pub mod incident;
pub mod meeting;
pub mod partner;
pub mod restriction;
pub mod review;
pub mod sharing;

use crate::domain::registry::{Demo, Export, RecordKind, Search, Timeline};

pub const PARTNER_KIND: RecordKind = RecordKind {
    name: "partner",
    tables: &["partners"],
    timeline: Timeline::NotShown("a partner is an organisation, not a participant's record"),
    search: Search::NotIndexed("partners are listed, and picked by name"),
    // Who the export goes to decides which consents count.
    export: Export::Basis,
    // Every consent the demo makes names one.
    demo: Demo::Generated,
};

pub const AGREEMENT_KIND: RecordKind = RecordKind {
    name: "agreement",
    tables: &["agreements"],
    timeline: Timeline::NotShown("an agreement is the program's, not a participant's record"),
    search: Search::NotIndexed("agreements are listed with their partner"),
    // What the agreement in force allows bounds every export to its partner.
    export: Export::Basis,
    // The court's, in force.
    demo: Demo::Generated,
};

pub const AGREEMENT_DOCUMENT_KIND: RecordKind = RecordKind {
    name: "agreement_document",
    tables: &["agreement_documents"],
    timeline: Timeline::NotShown("a signed document is opened from its agreement"),
    search: Search::NotIndexed("a document's bytes are not text"),
    export: Export::Never(
        "the signed agreement stays with the program; the export needs only its terms",
    ),
    demo: Demo::NotGenerated("the demo keeps no documents"),
};

pub const RESTRICTION_KIND: RecordKind = RecordKind {
    name: "restriction_request",
    tables: &["restriction_requests"],
    timeline: Timeline::NotShown("restrictions are listed beside the participant's consents"),
    search: Search::NotIndexed("restrictions hold no text to find"),
    // An accepted restriction takes categories out of an export.
    export: Export::Basis,
    demo: Demo::NotGenerated("the demo's participants asked for no restriction"),
};

pub const INCIDENT_KIND: RecordKind = RecordKind {
    name: "incident",
    tables: &["incidents"],
    timeline: Timeline::NotShown(
        "an incident is the privacy officer's record, not a participant's",
    ),
    search: Search::NotIndexed("the incident log is short and listed whole"),
    export: Export::Never("the incident log is for the program's privacy officer and auditors"),
    demo: Demo::NotGenerated("the demo has no incidents"),
};

pub const MEETING_KIND: RecordKind = RecordKind {
    name: "meeting",
    tables: &["meetings", "meeting_dockets"],
    timeline: Timeline::NotShown(
        "meetings are on the home screen, not in a participant's timeline",
    ),
    search: Search::NotIndexed("meetings are few and listed"),
    // An export made for a meeting names it on its cover.
    export: Export::Basis,
    // The court's weekly staffing, with its next docket, and the sheriff's.
    demo: Demo::Generated,
};

pub const DECISION_KIND: RecordKind = RecordKind {
    name: "meeting_decision",
    tables: &["meeting_decisions"],
    timeline: Timeline::NotShown(
        "a decision's follow-up is what shows in the participant's record",
    ),
    search: Search::NotIndexed("decisions are read with their meeting"),
    export: Export::Never("what a meeting decided is the meeting's record, not sent back to it"),
    demo: Demo::NotGenerated("the demo's next meeting has not been held yet"),
};
