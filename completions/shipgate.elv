
use builtin;
use str;

set edit:completion:arg-completer[shipgate] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'shipgate'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'shipgate'= {
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --format '`--format` before the command, as earlier releases took it; hidden, so each command''s help lists only the flags it takes'
            cand --output '`--output` before the command (hidden)'
            cand --ledger '`--ledger` before the command (hidden)'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand --record '`--record` before the command (hidden)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Run every gate configured in shipgate.toml'
            cand migrations 'The migration safety gate'
            cand vulns 'The dependency gate: scanner reports against policy and waivers'
            cand container 'The container gate: image scanner reports against policy and waivers'
            cand secrets 'The secret scanning gate: working tree, git history, staged changes'
            cand coverage 'The coverage gate'
            cand ledger 'The tamper-evident ledger'
            cand status 'Whether a commit may be deployed to an environment: every requirement of its policy, met or missing'
            cand approve 'Approve a commit for an environment, if the policy lets you; records an approval entry'
            cand reject 'Reject a commit for an environment; records a rejection that blocks it'
            cand deploy 'Deploy an image pinned by digest, if the environment''s policy allows it now; records the deployment'
            cand rollback 'Redeploy the environment''s last known-good image from the ledger; records the rollback'
            cand smoke 'Run Hurl files and the environment''s smoke checks against what runs there; records the result'
            cand review 'Review a break-glass approval after the fact, under the same four-eyes rule; records the review'
            cand init 'Write a commented shipgate.toml with every default'
            cand rules 'List the rules'
            cand rule 'Print a rule''s documentation'
            cand completions 'Print the shell completion script for bash, zsh, fish, powershell or elvish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;check'= {
            cand --format 'Output format'
            cand -o 'Write the report to FILE instead of stdout'
            cand --output 'Write the report to FILE instead of stdout'
            cand --ledger 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --record 'Record each gate''s result as evidence in the ledger'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;migrations'= {
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Check migrations for operations that lock, rewrite or destroy data'
            cand trace 'Run migrations on a throwaway database and report the locks, rewrites and scans the server really did, beside the static verdict'
            cand snapshot 'Write a live database''s schema and table sizes to a file `--schema` reads'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;migrations;check'= {
            cand --changed-since 'Check only migrations added or changed since REV (merge-request mode)'
            cand --dialect 'SQL dialect [default: from shipgate.toml, else postgres]'
            cand --db-version 'Server version, such as 15 or 8.0.29; without a patch, its latest patch [default: from shipgate.toml, else PostgreSQL 15, MySQL 8.4, MariaDB 11.8]'
            cand --schema 'Today''s schema: a `pg_dump --schema-only` or `mysqldump --no-data` file, a snapshot, or a postgres:// or mysql:// URL [default: `[migrations] schema`]'
            cand --format 'Output format'
            cand -o 'Write the report to FILE instead of stdout'
            cand --output 'Write the report to FILE instead of stdout'
            cand --ledger 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --record 'Record each gate''s result as evidence in the ledger'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;migrations;trace'= {
            cand --database 'The server, postgres://... or mysql://...; a throwaway database is created there and dropped at the end'
            cand --changed-since 'Trace only migrations added or changed since REV; the others before them are replayed'
            cand --dialect 'SQL dialect of the static verdict [default: the server''s]; must match the server'
            cand --db-version 'Server version of the static verdict [default: from shipgate.toml, else the server''s own]'
            cand --format 'Output format'
            cand -o 'Write the report to FILE instead of stdout'
            cand --output 'Write the report to FILE instead of stdout'
            cand --ledger 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --record 'Record each gate''s result as evidence in the ledger'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;migrations;snapshot'= {
            cand --database 'The server to read, over a read-only connection: postgres://... or mysql://... (its password is never printed)'
            cand --dialect 'The server''s dialect; a server of another is refused [default: from shipgate.toml when the URL''s scheme fits it, else the server''s own]'
            cand -o 'Write the snapshot to FILE instead of stdout'
            cand --output 'Write the snapshot to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;migrations;help'= {
            cand check 'Check migrations for operations that lock, rewrite or destroy data'
            cand trace 'Run migrations on a throwaway database and report the locks, rewrites and scans the server really did, beside the static verdict'
            cand snapshot 'Write a live database''s schema and table sizes to a file `--schema` reads'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;migrations;help;check'= {
        }
        &'shipgate;migrations;help;trace'= {
        }
        &'shipgate;migrations;help;snapshot'= {
        }
        &'shipgate;migrations;help;help'= {
        }
        &'shipgate;vulns'= {
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Check scanner reports against the policy and the waivers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;vulns;check'= {
            cand --report 'A scanner report (JSON); repeatable [default: `reports` in shipgate.toml]'
            cand --report-format 'The report format, when detection is not wanted'
            cand --waivers 'The waivers file [default: `waivers` in shipgate.toml, else .shipgate/waivers.toml if present]'
            cand --lockfile 'A lockfile to match against the offline OSV database (composer.lock, package-lock.json, Cargo.lock, poetry.lock); repeatable'
            cand --osv-db 'The offline OSV database: a folder of OSV JSON files or per-ecosystem all.zip exports'
            cand --format 'Output format'
            cand -o 'Write the report to FILE instead of stdout'
            cand --output 'Write the report to FILE instead of stdout'
            cand --ledger 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --record 'Record each gate''s result as evidence in the ledger'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;vulns;help'= {
            cand check 'Check scanner reports against the policy and the waivers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;vulns;help;check'= {
        }
        &'shipgate;vulns;help;help'= {
        }
        &'shipgate;container'= {
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Check scanner reports against the policy and the waivers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;container;check'= {
            cand --report 'A scanner report (JSON); repeatable [default: `reports` in shipgate.toml]'
            cand --report-format 'The report format, when detection is not wanted'
            cand --waivers 'The waivers file [default: `waivers` in shipgate.toml, else .shipgate/waivers.toml if present]'
            cand --lockfile 'A lockfile to match against the offline OSV database (composer.lock, package-lock.json, Cargo.lock, poetry.lock); repeatable'
            cand --osv-db 'The offline OSV database: a folder of OSV JSON files or per-ecosystem all.zip exports'
            cand --format 'Output format'
            cand -o 'Write the report to FILE instead of stdout'
            cand --output 'Write the report to FILE instead of stdout'
            cand --ledger 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --record 'Record each gate''s result as evidence in the ledger'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;container;help'= {
            cand check 'Check scanner reports against the policy and the waivers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;container;help;check'= {
        }
        &'shipgate;container;help;help'= {
        }
        &'shipgate;secrets'= {
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand scan 'Scan files, git history or staged changes for secrets'
            cand baseline 'Write the baseline: accept every secret found now, so only new ones fail'
            cand rules 'The secret rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;secrets;scan'= {
            cand --since-commit 'Scan the commits after REV (REV itself excluded), as in `git log REV..HEAD`'
            cand --max-file-size 'Skip files and blobs larger than this many bytes [default: 5242880]'
            cand --exclude 'Never scan paths matching this glob (repeatable; adds to `[secrets] exclude`)'
            cand --baseline 'Accept the secrets in this baseline; only others fail [default: `[secrets] baseline`]'
            cand --format 'Output format'
            cand -o 'Write the report to FILE instead of stdout'
            cand --output 'Write the report to FILE instead of stdout'
            cand --ledger 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --all-history 'Scan every commit reachable from a branch, tag or HEAD'
            cand --staged 'Scan the staged changes (for pre-commit hooks)'
            cand --verify 'Ask each found credential''s provider whether it is live (GitHub, Slack, Stripe, AWS STS: read-only identity calls) [default: `[secrets] verify`]'
            cand --record 'Record each gate''s result as evidence in the ledger'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;secrets;baseline'= {
            cand --since-commit 'Scan the commits after REV (REV itself excluded), as in `git log REV..HEAD`'
            cand --max-file-size 'Skip files and blobs larger than this many bytes [default: 5242880]'
            cand --exclude 'Never scan paths matching this glob (repeatable; adds to `[secrets] exclude`)'
            cand --file 'The baseline to write [default: `[secrets] baseline`, else .shipgate/secrets-baseline.json]'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --all-history 'Scan every commit reachable from a branch, tag or HEAD'
            cand --staged 'Scan the staged changes (for pre-commit hooks)'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;secrets;rules'= {
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Prove every rule: each example matches, no negative example does'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;secrets;rules;check'= {
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;secrets;rules;help'= {
            cand check 'Prove every rule: each example matches, no negative example does'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;secrets;rules;help;check'= {
        }
        &'shipgate;secrets;rules;help;help'= {
        }
        &'shipgate;secrets;help'= {
            cand scan 'Scan files, git history or staged changes for secrets'
            cand baseline 'Write the baseline: accept every secret found now, so only new ones fail'
            cand rules 'The secret rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;secrets;help;scan'= {
        }
        &'shipgate;secrets;help;baseline'= {
        }
        &'shipgate;secrets;help;rules'= {
            cand check 'Prove every rule: each example matches, no negative example does'
        }
        &'shipgate;secrets;help;rules;check'= {
        }
        &'shipgate;secrets;help;help'= {
        }
        &'shipgate;coverage'= {
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Check a Cobertura XML or LCOV report against the floors in shipgate.toml'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;coverage;check'= {
            cand --format 'Output format'
            cand -o 'Write the report to FILE instead of stdout'
            cand --output 'Write the report to FILE instead of stdout'
            cand --ledger 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --record 'Record each gate''s result as evidence in the ledger'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;coverage;help'= {
            cand check 'Check a Cobertura XML or LCOV report against the floors in shipgate.toml'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;coverage;help;check'= {
        }
        &'shipgate;coverage;help;help'= {
        }
        &'shipgate;ledger'= {
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the ledger''s storage'
            cand keygen 'Write a signing key pair in the signed-note text encoding'
            cand append 'Append entries: one JSON object, or JSON Lines, from FILE or stdin'
            cand log 'List entries'
            cand show 'Show one entry'
            cand checkpoint 'Sign, store and print a checkpoint of the current log'
            cand cosign 'Add a witness cosignature to a signed checkpoint'
            cand prove 'Print an inclusion proof bundle for an entry'
            cand verify 'Verify the whole log, or an exported bundle'
            cand export 'Export entries, their proofs, the checkpoint and the public key for an auditor'
            cand serve 'Serve the audit API over HTTP, or HTTPS with --tls-cert and --tls-key'
            cand token 'Manage the audit API''s bearer tokens'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;ledger;init'= {
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;keygen'= {
            cand --name 'The key''s name; for a log key, its origin, such as audit.example.com/payments'
            cand --out 'Folder to write NAME.key and NAME.pub into [default: ~/.config/shipgate/keys, or shipgate/keys in the XDG config home]'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --witness 'Make a witness (cosignature) key instead of a log key'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;append'= {
            cand --batch-size 'Entries per durable transaction'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;log'= {
            cand --kind 'Only this kind'
            cand --commit 'Only this commit (a prefix is enough)'
            cand --environment 'Only this environment'
            cand --since 'From this time on (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)'
            cand --until 'Before this time'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;show'= {
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;checkpoint'= {
            cand --key 'The log''s private key file (from `shipgate ledger keygen`)'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;cosign'= {
            cand --key 'The witness''s private key file (from `keygen --witness`)'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;prove'= {
            cand --size 'Prove against the stored checkpoint of this size [default: the latest]'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;verify'= {
            cand --public-key 'Trusted public key file (log or witness); repeatable'
            cand --trusted-checkpoint 'A checkpoint saved earlier, to prove the log has not been rewritten or truncated since; repeatable'
            cand --bundle 'Verify an exported bundle instead of a database'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;export'= {
            cand --out 'Folder to write the bundle into (created; must be empty)'
            cand --public-key 'The log''s public key file, included for the auditor'
            cand --since 'From this time on (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)'
            cand --until 'Before this time'
            cand --environment 'Only this environment'
            cand --key 'The log''s private key: when entries are newer than the latest checkpoint, sign and store a fresh one first'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --up-to-checkpoint 'Export only the entries the latest stored checkpoint covers, and leave newer ones out (never signs)'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;serve'= {
            cand --listen 'Address to listen on, such as 0.0.0.0:8080'
            cand --key 'The log''s private key file, for checkpoints (from `shipgate ledger keygen`)'
            cand --checkpoint-interval 'Sign a checkpoint this often when the log grew (such as 10s, 5m)'
            cand --request-timeout 'Answer a request that takes longer than this with 503'
            cand --readers 'Read connections to the ledger at most'
            cand --tls-cert 'Serve HTTPS with this PEM certificate chain (with --tls-key) [default: plain HTTP, for behind an ingress]'
            cand --tls-key 'The PEM private key of --tls-cert'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;token'= {
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a token and print it once (only its SHA-256 is stored)'
            cand list 'List tokens: names, roles, dates and state, never the secrets'
            cand revoke 'Revoke a token by name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;ledger;token;create'= {
            cand --name 'A unique name, such as gitlab-payments (letters, digits, `.`, `_`, `-`)'
            cand --role 'The role it grants'
            cand --expires 'Expire it after this long (such as 90d, 12h) [default: never]'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;token;list'= {
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;token;revoke'= {
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text, or json where the verb writes it'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;ledger;token;help'= {
            cand create 'Create a token and print it once (only its SHA-256 is stored)'
            cand list 'List tokens: names, roles, dates and state, never the secrets'
            cand revoke 'Revoke a token by name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;ledger;token;help;create'= {
        }
        &'shipgate;ledger;token;help;list'= {
        }
        &'shipgate;ledger;token;help;revoke'= {
        }
        &'shipgate;ledger;token;help;help'= {
        }
        &'shipgate;ledger;help'= {
            cand init 'Create the ledger''s storage'
            cand keygen 'Write a signing key pair in the signed-note text encoding'
            cand append 'Append entries: one JSON object, or JSON Lines, from FILE or stdin'
            cand log 'List entries'
            cand show 'Show one entry'
            cand checkpoint 'Sign, store and print a checkpoint of the current log'
            cand cosign 'Add a witness cosignature to a signed checkpoint'
            cand prove 'Print an inclusion proof bundle for an entry'
            cand verify 'Verify the whole log, or an exported bundle'
            cand export 'Export entries, their proofs, the checkpoint and the public key for an auditor'
            cand serve 'Serve the audit API over HTTP, or HTTPS with --tls-cert and --tls-key'
            cand token 'Manage the audit API''s bearer tokens'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;ledger;help;init'= {
        }
        &'shipgate;ledger;help;keygen'= {
        }
        &'shipgate;ledger;help;append'= {
        }
        &'shipgate;ledger;help;log'= {
        }
        &'shipgate;ledger;help;show'= {
        }
        &'shipgate;ledger;help;checkpoint'= {
        }
        &'shipgate;ledger;help;cosign'= {
        }
        &'shipgate;ledger;help;prove'= {
        }
        &'shipgate;ledger;help;verify'= {
        }
        &'shipgate;ledger;help;export'= {
        }
        &'shipgate;ledger;help;serve'= {
        }
        &'shipgate;ledger;help;token'= {
            cand create 'Create a token and print it once (only its SHA-256 is stored)'
            cand list 'List tokens: names, roles, dates and state, never the secrets'
            cand revoke 'Revoke a token by name'
        }
        &'shipgate;ledger;help;token;create'= {
        }
        &'shipgate;ledger;help;token;list'= {
        }
        &'shipgate;ledger;help;token;revoke'= {
        }
        &'shipgate;ledger;help;help'= {
        }
        &'shipgate;status'= {
            cand --env 'The environment, as configured in `[environments.NAME]`'
            cand --commit 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text or json'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;approve'= {
            cand --env 'The environment, as configured in `[environments.NAME]`'
            cand --commit 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text or json'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --ticket 'The change ticket, checked against `ticket_pattern`'
            cand --comment 'A comment recorded with the approval'
            cand --break-glass 'An emergency change: the reason; overrides freeze windows and the approval count where the policy allows break-glass, and is recorded as needing review'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;reject'= {
            cand --env 'The environment, as configured in `[environments.NAME]`'
            cand --commit 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text or json'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --comment 'Why it is rejected'
            cand --ticket 'The change ticket, if any'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;deploy'= {
            cand --env 'The environment, as configured in `[environments.NAME]`'
            cand --commit 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text or json'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --image 'The image, pinned by digest: NAME@sha256:<64 hex digits>'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;rollback'= {
            cand --env 'The environment, as configured in `[environments.NAME]`'
            cand --reason 'Why: recorded with the rollback'
            cand --to-entry 'Roll back to this deployment entry instead of the last known-good one'
            cand --to 'Roll back to this image (`REPO@sha256:...`), as its latest successful deployment to the environment ran it'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text or json'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;smoke'= {
            cand --env 'The environment, as configured in `[environments.NAME]`'
            cand --variable 'A variable for the Hurl files, typed as Hurl types it (repeatable)'
            cand --variables-file 'A file of `NAME=VALUE` lines for the Hurl files (`#` comments)'
            cand --secret 'A secret variable for the Hurl files: its value is shown and recorded as `***` (repeatable)'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text or json'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --rollback-on-failure 'When a check fails, roll back to the last known-good deployment at once'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;review'= {
            cand --comment 'What the review found'
            cand --ledger 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]'
            cand --format 'Output format: text or json'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;init'= {
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand --force 'Overwrite an existing shipgate.toml'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;rules'= {
            cand --format 'Output format: text or json'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;rule'= {
            cand --format 'Output format: text or json'
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;completions'= {
            cand --config 'Configuration file [default: the nearest shipgate.toml]'
            cand --color 'When to use colour: auto (on a terminal), always or never'
            cand -q 'Print only findings; no notes on stderr'
            cand --quiet 'Print only findings; no notes on stderr'
            cand -v 'Explain what is being done on stderr'
            cand --verbose 'Explain what is being done on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'shipgate;help'= {
            cand check 'Run every gate configured in shipgate.toml'
            cand migrations 'The migration safety gate'
            cand vulns 'The dependency gate: scanner reports against policy and waivers'
            cand container 'The container gate: image scanner reports against policy and waivers'
            cand secrets 'The secret scanning gate: working tree, git history, staged changes'
            cand coverage 'The coverage gate'
            cand ledger 'The tamper-evident ledger'
            cand status 'Whether a commit may be deployed to an environment: every requirement of its policy, met or missing'
            cand approve 'Approve a commit for an environment, if the policy lets you; records an approval entry'
            cand reject 'Reject a commit for an environment; records a rejection that blocks it'
            cand deploy 'Deploy an image pinned by digest, if the environment''s policy allows it now; records the deployment'
            cand rollback 'Redeploy the environment''s last known-good image from the ledger; records the rollback'
            cand smoke 'Run Hurl files and the environment''s smoke checks against what runs there; records the result'
            cand review 'Review a break-glass approval after the fact, under the same four-eyes rule; records the review'
            cand init 'Write a commented shipgate.toml with every default'
            cand rules 'List the rules'
            cand rule 'Print a rule''s documentation'
            cand completions 'Print the shell completion script for bash, zsh, fish, powershell or elvish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'shipgate;help;check'= {
        }
        &'shipgate;help;migrations'= {
            cand check 'Check migrations for operations that lock, rewrite or destroy data'
            cand trace 'Run migrations on a throwaway database and report the locks, rewrites and scans the server really did, beside the static verdict'
            cand snapshot 'Write a live database''s schema and table sizes to a file `--schema` reads'
        }
        &'shipgate;help;migrations;check'= {
        }
        &'shipgate;help;migrations;trace'= {
        }
        &'shipgate;help;migrations;snapshot'= {
        }
        &'shipgate;help;vulns'= {
            cand check 'Check scanner reports against the policy and the waivers'
        }
        &'shipgate;help;vulns;check'= {
        }
        &'shipgate;help;container'= {
            cand check 'Check scanner reports against the policy and the waivers'
        }
        &'shipgate;help;container;check'= {
        }
        &'shipgate;help;secrets'= {
            cand scan 'Scan files, git history or staged changes for secrets'
            cand baseline 'Write the baseline: accept every secret found now, so only new ones fail'
            cand rules 'The secret rules'
        }
        &'shipgate;help;secrets;scan'= {
        }
        &'shipgate;help;secrets;baseline'= {
        }
        &'shipgate;help;secrets;rules'= {
            cand check 'Prove every rule: each example matches, no negative example does'
        }
        &'shipgate;help;secrets;rules;check'= {
        }
        &'shipgate;help;coverage'= {
            cand check 'Check a Cobertura XML or LCOV report against the floors in shipgate.toml'
        }
        &'shipgate;help;coverage;check'= {
        }
        &'shipgate;help;ledger'= {
            cand init 'Create the ledger''s storage'
            cand keygen 'Write a signing key pair in the signed-note text encoding'
            cand append 'Append entries: one JSON object, or JSON Lines, from FILE or stdin'
            cand log 'List entries'
            cand show 'Show one entry'
            cand checkpoint 'Sign, store and print a checkpoint of the current log'
            cand cosign 'Add a witness cosignature to a signed checkpoint'
            cand prove 'Print an inclusion proof bundle for an entry'
            cand verify 'Verify the whole log, or an exported bundle'
            cand export 'Export entries, their proofs, the checkpoint and the public key for an auditor'
            cand serve 'Serve the audit API over HTTP, or HTTPS with --tls-cert and --tls-key'
            cand token 'Manage the audit API''s bearer tokens'
        }
        &'shipgate;help;ledger;init'= {
        }
        &'shipgate;help;ledger;keygen'= {
        }
        &'shipgate;help;ledger;append'= {
        }
        &'shipgate;help;ledger;log'= {
        }
        &'shipgate;help;ledger;show'= {
        }
        &'shipgate;help;ledger;checkpoint'= {
        }
        &'shipgate;help;ledger;cosign'= {
        }
        &'shipgate;help;ledger;prove'= {
        }
        &'shipgate;help;ledger;verify'= {
        }
        &'shipgate;help;ledger;export'= {
        }
        &'shipgate;help;ledger;serve'= {
        }
        &'shipgate;help;ledger;token'= {
            cand create 'Create a token and print it once (only its SHA-256 is stored)'
            cand list 'List tokens: names, roles, dates and state, never the secrets'
            cand revoke 'Revoke a token by name'
        }
        &'shipgate;help;ledger;token;create'= {
        }
        &'shipgate;help;ledger;token;list'= {
        }
        &'shipgate;help;ledger;token;revoke'= {
        }
        &'shipgate;help;status'= {
        }
        &'shipgate;help;approve'= {
        }
        &'shipgate;help;reject'= {
        }
        &'shipgate;help;deploy'= {
        }
        &'shipgate;help;rollback'= {
        }
        &'shipgate;help;smoke'= {
        }
        &'shipgate;help;review'= {
        }
        &'shipgate;help;init'= {
        }
        &'shipgate;help;rules'= {
        }
        &'shipgate;help;rule'= {
        }
        &'shipgate;help;completions'= {
        }
        &'shipgate;help;help'= {
        }
    ]
    $completions[$command]
}
