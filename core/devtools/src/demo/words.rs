//! Word lists for synthetic records. Names are drawn independently and
//! combined at random, so no demo participant is anyone in particular.

pub const FIRST_NAMES: &[&str] = &[
    "Alex", "Jordan", "Casey", "Morgan", "Riley", "Taylor", "Jamie", "Avery", "Quinn", "Rowan",
    "Dana", "Robin", "Skyler", "Reese", "Emerson", "Hayden", "Kendall", "Logan", "Parker", "Sage",
    "Marisol", "Dmitri", "Keanu", "Amara", "Tomasz", "Yesenia", "Darnell", "Priya", "Mateo",
    "Imani", "Luis", "Keisha", "Andre", "Nadia", "Tyrell", "Rosa", "Ezra", "Lena", "Marcus",
    "Wren",
];

pub const LAST_NAMES: &[&str] = &[
    "Alvarado",
    "Brooks",
    "Castillo",
    "Delgado",
    "Ellison",
    "Fontaine",
    "Garrison",
    "Holloway",
    "Ibarra",
    "Jennings",
    "Kowalski",
    "Lindqvist",
    "Maddox",
    "Navarro",
    "Okafor",
    "Prescott",
    "Quintero",
    "Rasmussen",
    "Salazar",
    "Thornton",
    "Underwood",
    "Valencia",
    "Whitfield",
    "Yamada",
    "Zamora",
    "Ashby",
    "Bellamy",
    "Carrington",
    "Dunmore",
    "Everly",
];

pub const PRONOUNS: &[&str] = &["she/her", "he/him", "they/them", "she/they", "he/they"];

pub const PROGRAMS: &[&str] = &[
    "Treatment court",
    "Pretrial diversion",
    "Reentry",
    "Co-responder follow-up",
    "Mental health court",
];

pub const LANGUAGES: &[&str] = &[
    "English",
    "English",
    "English",
    "Spanish",
    "English",
    "Vietnamese",
];

/// The synthetic peer who signs the demo's notes.
pub const PEER_NAME: &str = "Jordan Demo";
pub const PEER_CREDENTIAL: &str = "CPS";
/// Who countersigns some demo plans later.
pub const SUPERVISOR_NAME: &str = "Morgan Demo";
pub const SUPERVISOR_ROLE: &str = "Clinical supervisor";
pub const SUPERVISOR_CREDENTIAL: &str = "LCSW";

/// Why a signed note was amended, and what the addendum says.
pub const ADDENDA: &[(&str, &str)] = &[
    (
        "Late entry",
        "Also talked through the bus route to the clinic; they plan to try it Monday.",
    ),
    (
        "Clarification",
        "The appointment mentioned is with the benefits office, not the clinic.",
    ),
    (
        "Wrong time",
        "The contact began half an hour later than the note says.",
    ),
    (
        "Missing detail",
        "They asked for the food pantry list; sent it by text after the call.",
    ),
];

pub const SETTINGS: &[&str] = &[
    "Community center",
    "Coffee shop",
    "County jail",
    "Courthouse",
    "Participant's home",
    "Treatment clinic",
    "Program office",
    "Shelter",
    "Library",
];

pub const TOPICS: &[&str] = &[
    "getting to the next court date on time",
    "finding a stable place to stay",
    "reconnecting with family",
    "staying in recovery through a hard week",
    "a first week at a new job",
    "keeping up with medication",
    "the paperwork for a state ID",
    "worries about the next hearing",
    "budgeting until the first paycheck",
    "meeting requirements of the program",
    "a sponsor and meetings that feel right",
    "rebuilding trust with a probation officer",
    "getting a phone back on",
    "signing up for benefits",
    "what helped last time things got hard",
];

pub const RESPONSES: &[&str] = &[
    "They were engaged and hopeful, and named two things that are going well.",
    "Quiet at first, then opened up once we walked outside.",
    "Frustrated about the wait, but stayed with the plan and asked good questions.",
    "Shared a win from the week and was proud of it.",
    "Tired but present; said talking it through helped.",
    "Came prepared with a list, which is new and worth noticing.",
    "Said the last group session stuck with them.",
    "Worried about money; we broke the problem into smaller steps.",
];

pub const ACTIONS: &[&str] = &[
    "We went over the calendar together and set reminders.",
    "I shared some of my own experience with the same step.",
    "We called the clinic together and booked the intake.",
    "We practised what to say to the judge.",
    "We looked at two housing options and their waiting lists.",
    "I gave a ride and we talked on the way.",
    "We wrote down three people to call when things get hard.",
    "We reviewed the recovery plan and updated one goal.",
];

pub const PLANS: &[&str] = &[
    "Plan: check in by phone on Thursday.",
    "Plan: ride to the appointment next week.",
    "Plan: bring the documents to the benefits office.",
    "Plan: meet before the hearing and walk in together.",
    "Plan: try the Tuesday group and talk after.",
    "Plan: follow up with the housing navigator.",
    "Plan: text a reminder the day before.",
];

pub const BOUNDARIES: &[(&str, &str)] = &[
    (
        "hours",
        "Calls and texts between 9am and 6pm on weekdays; crisis line after hours.",
    ),
    (
        "channels",
        "Contact through the program phone only, never personal social media.",
    ),
    (
        "money",
        "No lending or borrowing money; I can help find emergency funds instead.",
    ),
    (
        "rides",
        "Rides only to program-related appointments, scheduled a day ahead.",
    ),
    (
        "topics",
        "We talk about recovery and goals; legal advice goes to the public defender.",
    ),
    (
        "dual_relationships",
        "We attend the same community meeting; we keep program talk out of it.",
    ),
];

pub const FOLLOW_UPS: &[&str] = &[
    "Call about the housing application",
    "Confirm the ride for the clinic visit",
    "Check that the ID appointment happened",
    "Ask how the first week at work went",
    "Bring the benefits form",
    "Remind about the court date",
];

pub const RESOURCES: &[(&str, &str)] = &[
    ("housing", "Eastside Housing Navigation"),
    ("treatment", "Riverbend Outpatient Program"),
    ("mental_health", "County Behavioral Health Clinic"),
    ("employment", "Second Chance Workforce Center"),
    ("id_documents", "DMV ID Assistance Day"),
    ("benefits", "Benefits Enrollment Desk"),
    ("legal", "Community Legal Aid"),
    ("food", "Northside Food Pantry"),
    ("mutual_aid", "Recovery Community Center"),
];

pub const RECIPIENTS: &[&str] = &[
    "Circuit Court Behavioral Health Docket",
    "County Sheriff Reentry Program",
    "Riverbend Outpatient Program",
];

pub const GROUPS: &[(&str, &str, &str)] = &[
    ("Tuesday Recovery Circle", "tuesday", "18:00"),
    ("Thursday Reentry Support", "thursday", "12:30"),
];

pub const SESSION_TOPICS: &[&str] = &[
    "Triggers and coping",
    "Building a support network",
    "Getting through court dates",
    "Gratitude and small wins",
    "Family and boundaries",
    "Work and purpose",
    "Planning for the holidays",
    "Stories of recovery",
];

/// What a peer writes once for everyone at a group session, naming no one.
pub const GROUP_NOTES: &[&str] = &[
    "Members shared what helped them this week and practised a grounding exercise.",
    "The group named early warning signs and each member picked one coping step to try.",
    "Members talked about asking for help and role-played reaching out to a sponsor.",
    "The group reviewed upcoming court dates and planned rides and reminders together.",
];

/// Recovery-plan goals as a participant might say them: the dimension, the
/// goal, its steps and who helps.
pub const PLAN_GOALS: &[(&str, &str, &[&str], &str)] = &[
    (
        "environmental",
        "I want a place of my own where I feel safe.",
        &["Fill in the housing application", "Visit two apartments"],
        "Housing navigator",
    ),
    (
        "occupational",
        "Get back to work, something with my hands.",
        &[
            "Finish the forklift course",
            "Ask the job center about openings",
        ],
        "Job coach",
    ),
    (
        "social",
        "Reconnect with my sister and see my kids on weekends.",
        &["Call my sister on Sundays", "Ask about supervised visits"],
        "My peer and my sponsor",
    ),
    (
        "physical",
        "Sleep through the night and walk every day.",
        &["Walk to the park after lunch", "See the clinic about sleep"],
        "Clinic nurse",
    ),
    (
        "emotional",
        "Handle stress without going back to using.",
        &["Go to the Tuesday group", "Write down what sets me off"],
        "Recovery group",
    ),
];

pub const PLAN_STRENGTHS: &[&str] = &[
    "I keep showing up",
    "Good with my hands",
    "My sense of humor",
    "I care about my family",
    "I know what helps me",
];
