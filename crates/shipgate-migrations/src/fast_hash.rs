//! The hash maps of the gate's serial path: the schema it follows from file
//! to file, and the rules that walk every operation of the change set. Their
//! keys are names from the migrations, hashed once per operation, so they use
//! foldhash (seeded per process) rather than the standard library's slower
//! `SipHash`.

/// A [`std::collections::HashMap`] hashed with foldhash.
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A [`std::collections::HashSet`] hashed with foldhash.
pub(crate) type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
