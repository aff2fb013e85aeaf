//! The hash maps of the gate's hot paths: the schema it follows from file to
//! file, the rules that walk every operation of the change set, and the
//! folders discovery resolves. Their keys (names from the migrations, paths)
//! are hashed once per operation or file, so they use foldhash (seeded per
//! process) rather than the standard library's slower `SipHash`.

/// A [`std::collections::HashMap`] hashed with foldhash.
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A [`std::collections::HashSet`] hashed with foldhash.
pub(crate) type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
