//! How a program structures its peers' notes: free text, or a structure a
//! payer asks for, each part its own field. GIRP is goal, intervention,
//! response, plan; DAP is data, assessment, plan.

use crate::text_enum;

text_enum!(NoteFormat {
    Free = "free" / "Free text",
    Girp = "girp" / "GIRP: goal, intervention, response, plan",
    Dap = "dap" / "DAP: data, assessment, plan",
});

text_enum!(NotePart {
    Goal = "goal" / "Goal",
    Intervention = "intervention" / "Intervention",
    Response = "response" / "Response",
    Data = "data" / "Data",
    Assessment = "assessment" / "Assessment",
    Plan = "plan" / "Plan",
});

text_enum!(GroupNotePart {
    Shared = "shared" / "Group session",
    Own = "own" / "For this member",
});

/// Free text, as every note was before a program picked a structure.
impl Default for NoteFormat {
    fn default() -> NoteFormat {
        NoteFormat::Free
    }
}

impl NoteFormat {
    /// The parts of a note in this format, in the order they are written.
    pub fn parts(self) -> &'static [NotePart] {
        match self {
            NoteFormat::Free => &[],
            NoteFormat::Girp => &[
                NotePart::Goal,
                NotePart::Intervention,
                NotePart::Response,
                NotePart::Plan,
            ],
            NoteFormat::Dap => &[NotePart::Data, NotePart::Assessment, NotePart::Plan],
        }
    }
}

impl NotePart {
    /// The field a part is checked and named by: `part_goal`.
    pub fn field(self) -> &'static str {
        match self {
            NotePart::Goal => "part_goal",
            NotePart::Intervention => "part_intervention",
            NotePart::Response => "part_response",
            NotePart::Data => "part_data",
            NotePart::Assessment => "part_assessment",
            NotePart::Plan => "part_plan",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_belongs_to_a_format_and_each_format_lists_a_part_once() {
        for part in NotePart::ALL {
            assert!(
                NoteFormat::ALL.iter().any(|f| f.parts().contains(part)),
                "{part:?}"
            );
        }
        for format in NoteFormat::ALL {
            let parts = format.parts();
            for (i, part) in parts.iter().enumerate() {
                assert!(!parts[i + 1..].contains(part));
            }
        }
    }
}
