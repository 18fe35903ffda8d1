//! `peerlog import`: repeated contacts are refused unless allowed, and the
//! files Excel writes (UTF-16 "Unicode text", semicolons) are read.

use crate::common::*;

const CONTACTS: &str =
    "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n\
P-1,2026-03-02,10:00,30,phone,,check-in,\"Fine, thanks\",\n\
P-2,2026-03-03,,45,in person,,,,\n";

fn contacts_on_caseload(folder: &Folder) -> String {
    folder.ok(&["caseload", "--all", "--json"])
}

#[test]
fn importing_contacts_twice_is_refused_until_duplicates_are_allowed() {
    let folder = Folder::new();
    folder.init();
    let people = folder.file(
        "participants.csv",
        "external_id,first_name,last_name\nP-1,Avery,Brooks\nP-2,Blake,Ibarra\n",
    );
    folder.ok(&["import", "participants", path(&people)]);
    let file = folder.file("contacts.csv", CONTACTS);
    assert_eq!(
        folder.ok(&["import", "contacts", path(&file)]).trim(),
        "Imported 2 contacts."
    );

    let before = contacts_on_caseload(&folder);
    let out = folder.run(&["import", "contacts", path(&file)]);
    assert_failure(&out, 4, "nothing was imported");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("error: line 2: already in the store: the same contact"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: line 3: already in the store"),
        "{stderr}"
    );
    assert!(stderr.contains("--allow-duplicates"), "{stderr}");
    assert!(
        !stderr.contains("P-1") && !stderr.contains("Fine"),
        "{stderr}"
    );
    assert_eq!(contacts_on_caseload(&folder), before, "nothing was written");

    let out = folder.ok(&["import", "contacts", "--allow-duplicates", path(&file)]);
    assert_eq!(
        out.trim(),
        "Imported 2 contacts (2 repeating a contact, as allowed)."
    );
}

#[test]
fn identical_rows_in_one_import_file_are_named_by_line() {
    let folder = Folder::new();
    folder.init();
    let people = folder.file("participants.csv", "external_id,first_name\nP-1,Avery\n");
    folder.ok(&["import", "participants", path(&people)]);
    let file = folder.file(
        "contacts.csv",
        "external_id,date,start_time,duration_minutes,mode\n\
P-1,2026-03-02,10:00,30,phone\n\
P-1,2026-03-02,10:00,30,phone\n",
    );
    let out = folder.run(&["import", "contacts", path(&file)]);
    assert_failure(&out, 4, "line 3: the same contact as line 2");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--allow-duplicates"));
}

#[test]
fn import_reads_excel_unicode_text_and_names_what_it_cannot_read() {
    let folder = Folder::new();
    folder.init();
    let text = "external_id\tfirst_name\tlast_name\r\nP-1\tJosé\tNúñez\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let file = folder.temp.path().join("unicode.txt");
    std::fs::write(&file, &bytes).unwrap();
    assert_eq!(
        folder.ok(&["import", "participants", path(&file)]).trim(),
        "Imported 1 participants."
    );

    std::fs::write(&file, &bytes[2..]).unwrap();
    let out = folder.run(&["import", "participants", path(&file)]);
    assert_failure(&out, 4, "saved as UTF-16");
    assert!(String::from_utf8_lossy(&out.stderr).contains("save it as CSV UTF-8"));
}
