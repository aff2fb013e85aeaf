//! Rule ids are unique across every gate: `shipgate rule <id>`, the docs'
//! anchors, SARIF rule tables and `[migrations.rules]` all look rules up by id.

use std::collections::BTreeMap;

#[test]
fn every_rule_id_is_unique_across_all_gates() {
    let mut seen: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (gate, rule) in shipgate::all_rules() {
        seen.entry(rule.id).or_default().push(gate);
    }
    let duplicates: Vec<String> = seen
        .iter()
        .filter(|(_, gates)| gates.len() > 1)
        .map(|(id, gates)| format!("`{id}` in {}", gates.join(", ")))
        .collect();
    assert!(
        duplicates.is_empty(),
        "rule ids used more than once: {}",
        duplicates.join("; ")
    );
}

#[test]
fn the_unreadable_migration_rule_has_its_own_id() {
    let ids: Vec<(&str, &str)> = shipgate::all_rules()
        .into_iter()
        .map(|(gate, rule)| (gate, rule.id))
        .collect();
    assert!(
        ids.contains(&("migrations", "unreadable-migration")),
        "{ids:?}"
    );
    assert!(!ids.contains(&("migrations", "unreadable-file")), "{ids:?}");
}
