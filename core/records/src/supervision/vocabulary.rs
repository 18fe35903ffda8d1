//! The closed lists a supervision session is described by: whether it was
//! one-to-one or in a group, what it covered, and which side of it this
//! store is on.

use crate::domain::vocabulary::text_enum;

text_enum!(SupervisionKind {
    Individual = "individual" / "Individual",
    Group = "group" / "Group",
});

text_enum!(SupervisionTopic {
    Boundaries = "boundaries" / "Boundaries",
    Burnout = "burnout" / "Burnout",
    Ethics = "ethics" / "Ethics",
    Documentation = "documentation" / "Documentation",
    Career = "career" / "Career",
});

// The same session is kept in two stores; each knows which it is, since
// only the peer acknowledges and only the peer's store counts the hours.
text_enum!(SupervisionSide {
    AsSupervisor = "as_supervisor" / "As supervisor",
    AsPeer = "as_peer" / "As peer",
});
