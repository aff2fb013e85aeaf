# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_shipgate_global_optspecs
    string join \n config= q/quiet v/verbose color= format= output= ledger= record h/help V/version
end

function __fish_shipgate_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_shipgate_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_shipgate_using_subcommand
    set -l cmd (__fish_shipgate_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c shipgate -n "__fish_shipgate_needs_command" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_needs_command" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_needs_command" -l format -d '`--format` before the command, as earlier releases took it; hidden, so each command\'s help lists only the flags it takes' -r -f -a "text\t'For people'
json\t'Versioned JSON (see docs/json-output.md)'
sarif\t'SARIF 2.1.0'
gitlab\t'GitLab Code Quality'
gitlab-security\t'GitLab security report'
junit\t'JUnit XML'"
complete -c shipgate -n "__fish_shipgate_needs_command" -l output -d '`--output` before the command (hidden)' -r -F
complete -c shipgate -n "__fish_shipgate_needs_command" -l ledger -d '`--ledger` before the command (hidden)' -r
complete -c shipgate -n "__fish_shipgate_needs_command" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_needs_command" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_needs_command" -l record -d '`--record` before the command (hidden)'
complete -c shipgate -n "__fish_shipgate_needs_command" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_needs_command" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "check" -d 'Run every gate configured in shipgate.toml'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "migrations" -d 'The migration safety gate'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "vulns" -d 'The dependency gate: scanner reports against policy and waivers'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "container" -d 'The container gate: image scanner reports against policy and waivers'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "secrets" -d 'The secret scanning gate: working tree, git history, staged changes'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "coverage" -d 'The coverage gate'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "ledger" -d 'The tamper-evident ledger'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "status" -d 'Whether a commit may be deployed to an environment: every requirement of its policy, met or missing'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "approve" -d 'Approve a commit for an environment, if the policy lets you; records an approval entry'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "reject" -d 'Reject a commit for an environment; records a rejection that blocks it'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "deploy" -d 'Deploy an image pinned by digest, if the environment\'s policy allows it now; records the deployment'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "rollback" -d 'Redeploy the environment\'s last known-good image from the ledger; records the rollback'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "smoke" -d 'Run Hurl files and the environment\'s smoke checks against what runs there; records the result'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "review" -d 'Review a break-glass approval after the fact, under the same four-eyes rule; records the review'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "init" -d 'Write a commented shipgate.toml with every default'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "rules" -d 'List the rules'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "rule" -d 'Print a rule\'s documentation'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "completions" -d 'Print the shell completion script for bash, zsh, fish, powershell or elvish'
complete -c shipgate -n "__fish_shipgate_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand check" -l format -d 'Output format' -r -f -a "text\t'For people'
json\t'Versioned JSON (see docs/json-output.md)'
sarif\t'SARIF 2.1.0'
gitlab\t'GitLab Code Quality'
gitlab-security\t'GitLab security report'
junit\t'JUnit XML'"
complete -c shipgate -n "__fish_shipgate_using_subcommand check" -s o -l output -d 'Write the report to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand check" -l ledger -d 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand check" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand check" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand check" -l record -d 'Record each gate\'s result as evidence in the ledger'
complete -c shipgate -n "__fish_shipgate_using_subcommand check" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand check" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c shipgate -n "__fish_shipgate_using_subcommand check" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and not __fish_seen_subcommand_from check trace snapshot help" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and not __fish_seen_subcommand_from check trace snapshot help" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and not __fish_seen_subcommand_from check trace snapshot help" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and not __fish_seen_subcommand_from check trace snapshot help" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and not __fish_seen_subcommand_from check trace snapshot help" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and not __fish_seen_subcommand_from check trace snapshot help" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and not __fish_seen_subcommand_from check trace snapshot help" -f -a "check" -d 'Check migrations for operations that lock, rewrite or destroy data'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and not __fish_seen_subcommand_from check trace snapshot help" -f -a "trace" -d 'Run migrations on a throwaway database and report the locks, rewrites and scans the server really did, beside the static verdict'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and not __fish_seen_subcommand_from check trace snapshot help" -f -a "snapshot" -d 'Write a live database\'s schema and table sizes to a file `--schema` reads'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and not __fish_seen_subcommand_from check trace snapshot help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -l changed-since -d 'Check only migrations added or changed since REV (merge-request mode)' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -l dialect -d 'SQL dialect [default: from shipgate.toml, else postgres]' -r -f -a "postgres\t'PostgreSQL'
mysql\t'MySQL'
mariadb\t'MariaDB'"
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -l db-version -d 'Server version, such as 15 or 8.0.29; without a patch, its latest patch [default: from shipgate.toml, else PostgreSQL 15, MySQL 8.4, MariaDB 11.8]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -l schema -d 'Today\'s schema: a `pg_dump --schema-only` or `mysqldump --no-data` file, a snapshot, or a postgres:// or mysql:// URL [default: `[migrations] schema`]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "text\t'For people'
json\t'Versioned JSON (see docs/json-output.md)'
sarif\t'SARIF 2.1.0'
gitlab\t'GitLab Code Quality'
gitlab-security\t'GitLab security report'
junit\t'JUnit XML'"
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -s o -l output -d 'Write the report to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -l ledger -d 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -l record -d 'Record each gate\'s result as evidence in the ledger'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -l database -d 'The server, postgres://... or mysql://...; a throwaway database is created there and dropped at the end' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -l changed-since -d 'Trace only migrations added or changed since REV; the others before them are replayed' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -l dialect -d 'SQL dialect of the static verdict [default: the server\'s]; must match the server' -r -f -a "postgres\t'PostgreSQL'
mysql\t'MySQL'
mariadb\t'MariaDB'"
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -l db-version -d 'Server version of the static verdict [default: from shipgate.toml, else the server\'s own]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -l format -d 'Output format' -r -f -a "text\t'For people'
json\t'Versioned JSON (see docs/json-output.md)'
sarif\t'SARIF 2.1.0'
gitlab\t'GitLab Code Quality'
gitlab-security\t'GitLab security report'
junit\t'JUnit XML'"
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -s o -l output -d 'Write the report to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -l ledger -d 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -l record -d 'Record each gate\'s result as evidence in the ledger'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from trace" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from snapshot" -l database -d 'The server to read, over a read-only connection: postgres://... or mysql://... (its password is never printed)' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from snapshot" -l dialect -d 'The server\'s dialect; a server of another is refused [default: from shipgate.toml when the URL\'s scheme fits it, else the server\'s own]' -r -f -a "postgres\t'PostgreSQL'
mysql\t'MySQL'
mariadb\t'MariaDB'"
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from snapshot" -s o -l output -d 'Write the snapshot to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from snapshot" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from snapshot" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from snapshot" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from snapshot" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from snapshot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from snapshot" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check migrations for operations that lock, rewrite or destroy data'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from help" -f -a "trace" -d 'Run migrations on a throwaway database and report the locks, rewrites and scans the server really did, beside the static verdict'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from help" -f -a "snapshot" -d 'Write a live database\'s schema and table sizes to a file `--schema` reads'
complete -c shipgate -n "__fish_shipgate_using_subcommand migrations; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and not __fish_seen_subcommand_from check help" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and not __fish_seen_subcommand_from check help" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and not __fish_seen_subcommand_from check help" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and not __fish_seen_subcommand_from check help" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and not __fish_seen_subcommand_from check help" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Check scanner reports against the policy and the waivers'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -l report -d 'A scanner report (JSON); repeatable [default: `reports` in shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -l report-format -d 'The report format, when detection is not wanted' -r -f -a "composer\t''
npm\t''
cargo-audit\t''
pip-audit\t''
trivy\t''
grype\t''
osv-scanner\t''"
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -l waivers -d 'The waivers file [default: `waivers` in shipgate.toml, else .shipgate/waivers.toml if present]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -l lockfile -d 'A lockfile to match against the offline OSV database (composer.lock, package-lock.json, Cargo.lock, poetry.lock); repeatable' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -l osv-db -d 'The offline OSV database: a folder of OSV JSON files or per-ecosystem all.zip exports' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "text\t'For people'
json\t'Versioned JSON (see docs/json-output.md)'
sarif\t'SARIF 2.1.0'
gitlab\t'GitLab Code Quality'
gitlab-security\t'GitLab security report'
junit\t'JUnit XML'"
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -s o -l output -d 'Write the report to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -l ledger -d 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -l record -d 'Record each gate\'s result as evidence in the ledger'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check scanner reports against the policy and the waivers'
complete -c shipgate -n "__fish_shipgate_using_subcommand vulns; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and not __fish_seen_subcommand_from check help" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and not __fish_seen_subcommand_from check help" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and not __fish_seen_subcommand_from check help" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and not __fish_seen_subcommand_from check help" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and not __fish_seen_subcommand_from check help" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Check scanner reports against the policy and the waivers'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -l report -d 'A scanner report (JSON); repeatable [default: `reports` in shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -l report-format -d 'The report format, when detection is not wanted' -r -f -a "composer\t''
npm\t''
cargo-audit\t''
pip-audit\t''
trivy\t''
grype\t''
osv-scanner\t''"
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -l waivers -d 'The waivers file [default: `waivers` in shipgate.toml, else .shipgate/waivers.toml if present]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -l lockfile -d 'A lockfile to match against the offline OSV database (composer.lock, package-lock.json, Cargo.lock, poetry.lock); repeatable' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -l osv-db -d 'The offline OSV database: a folder of OSV JSON files or per-ecosystem all.zip exports' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "text\t'For people'
json\t'Versioned JSON (see docs/json-output.md)'
sarif\t'SARIF 2.1.0'
gitlab\t'GitLab Code Quality'
gitlab-security\t'GitLab security report'
junit\t'JUnit XML'"
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -s o -l output -d 'Write the report to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -l ledger -d 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -l record -d 'Record each gate\'s result as evidence in the ledger'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check scanner reports against the policy and the waivers'
complete -c shipgate -n "__fish_shipgate_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and not __fish_seen_subcommand_from scan baseline rules help" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and not __fish_seen_subcommand_from scan baseline rules help" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and not __fish_seen_subcommand_from scan baseline rules help" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and not __fish_seen_subcommand_from scan baseline rules help" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and not __fish_seen_subcommand_from scan baseline rules help" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and not __fish_seen_subcommand_from scan baseline rules help" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and not __fish_seen_subcommand_from scan baseline rules help" -f -a "scan" -d 'Scan files, git history or staged changes for secrets'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and not __fish_seen_subcommand_from scan baseline rules help" -f -a "baseline" -d 'Write the baseline: accept every secret found now, so only new ones fail'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and not __fish_seen_subcommand_from scan baseline rules help" -f -a "rules" -d 'The secret rules'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and not __fish_seen_subcommand_from scan baseline rules help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l since-commit -d 'Scan the commits after REV (REV itself excluded), as in `git log REV..HEAD`' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l max-file-size -d 'Skip files and blobs larger than this many bytes [default: 5242880]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l exclude -d 'Never scan paths matching this glob (repeatable; adds to `[secrets] exclude`)' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l baseline -d 'Accept the secrets in this baseline; only others fail [default: `[secrets] baseline`]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l format -d 'Output format' -r -f -a "text\t'For people'
json\t'Versioned JSON (see docs/json-output.md)'
sarif\t'SARIF 2.1.0'
gitlab\t'GitLab Code Quality'
gitlab-security\t'GitLab security report'
junit\t'JUnit XML'"
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -s o -l output -d 'Write the report to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l ledger -d 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l all-history -d 'Scan every commit reachable from a branch, tag or HEAD'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l staged -d 'Scan the staged changes (for pre-commit hooks)'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l verify -d 'Ask each found credential\'s provider whether it is live (GitHub, Slack, Stripe, AWS STS: read-only identity calls) [default: `[secrets] verify`]'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l record -d 'Record each gate\'s result as evidence in the ledger'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from scan" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -l since-commit -d 'Scan the commits after REV (REV itself excluded), as in `git log REV..HEAD`' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -l max-file-size -d 'Skip files and blobs larger than this many bytes [default: 5242880]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -l exclude -d 'Never scan paths matching this glob (repeatable; adds to `[secrets] exclude`)' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -l file -d 'The baseline to write [default: `[secrets] baseline`, else .shipgate/secrets-baseline.json]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -l all-history -d 'Scan every commit reachable from a branch, tag or HEAD'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -l staged -d 'Scan the staged changes (for pre-commit hooks)'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from baseline" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from rules" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from rules" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from rules" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from rules" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from rules" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from rules" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from rules" -f -a "check" -d 'Prove every rule: each example matches, no negative example does'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from rules" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "scan" -d 'Scan files, git history or staged changes for secrets'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "baseline" -d 'Write the baseline: accept every secret found now, so only new ones fail'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "rules" -d 'The secret rules'
complete -c shipgate -n "__fish_shipgate_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and not __fish_seen_subcommand_from check help" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and not __fish_seen_subcommand_from check help" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and not __fish_seen_subcommand_from check help" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and not __fish_seen_subcommand_from check help" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and not __fish_seen_subcommand_from check help" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Check a Cobertura XML or LCOV report against the floors in shipgate.toml'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "text\t'For people'
json\t'Versioned JSON (see docs/json-output.md)'
sarif\t'SARIF 2.1.0'
gitlab\t'GitLab Code Quality'
gitlab-security\t'GitLab security report'
junit\t'JUnit XML'"
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from check" -s o -l output -d 'Write the report to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from check" -l ledger -d 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from check" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from check" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from check" -l record -d 'Record each gate\'s result as evidence in the ledger'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a Cobertura XML or LCOV report against the floors in shipgate.toml'
complete -c shipgate -n "__fish_shipgate_using_subcommand coverage; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "init" -d 'Create the ledger\'s storage'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "keygen" -d 'Write a signing key pair in the signed-note text encoding'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "append" -d 'Append entries: one JSON object, or JSON Lines, from FILE or stdin'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "log" -d 'List entries'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "show" -d 'Show one entry'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "checkpoint" -d 'Sign, store and print a checkpoint of the current log'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "cosign" -d 'Add a witness cosignature to a signed checkpoint'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "prove" -d 'Print an inclusion proof bundle for an entry'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "verify" -d 'Verify the whole log, or an exported bundle'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "export" -d 'Export entries, their proofs, the checkpoint and the public key for an auditor'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "serve" -d 'Serve the audit API over HTTP, or HTTPS with --tls-cert and --tls-key'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "token" -d 'Manage the audit API\'s bearer tokens'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and not __fish_seen_subcommand_from init keygen append log show checkpoint cosign prove verify export serve token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from init" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from init" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from init" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from init" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from init" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -l name -d 'The key\'s name; for a log key, its origin, such as audit.example.com/payments' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -l out -d 'Folder to write NAME.key and NAME.pub into [default: ~/.config/shipgate/keys, or shipgate/keys in the XDG config home]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -l witness -d 'Make a witness (cosignature) key instead of a log key'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from keygen" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from append" -l batch-size -d 'Entries per durable transaction' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from append" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from append" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from append" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from append" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from append" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from append" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from append" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from append" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from append" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -l kind -d 'Only this kind' -r -f -a "gate\t''
approval\t''
deployment\t''
rollback\t''
smoke\t''
note\t''
admin\t''"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -l commit -d 'Only this commit (a prefix is enough)' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -l environment -d 'Only this environment' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -l since -d 'From this time on (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -l until -d 'Before this time' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from show" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from show" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from show" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from show" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from checkpoint" -l key -d 'The log\'s private key file (from `shipgate ledger keygen`)' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from checkpoint" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from checkpoint" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from checkpoint" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from checkpoint" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from checkpoint" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from checkpoint" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from checkpoint" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from checkpoint" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from checkpoint" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from cosign" -l key -d 'The witness\'s private key file (from `keygen --witness`)' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from cosign" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from cosign" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from cosign" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from cosign" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from cosign" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from cosign" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from cosign" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from cosign" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from cosign" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from prove" -l size -d 'Prove against the stored checkpoint of this size [default: the latest]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from prove" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from prove" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from prove" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from prove" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from prove" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from prove" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from prove" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from prove" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from prove" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -l public-key -d 'Trusted public key file (log or witness); repeatable' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -l trusted-checkpoint -d 'A checkpoint saved earlier, to prove the log has not been rewritten or truncated since; repeatable' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -l bundle -d 'Verify an exported bundle instead of a database' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -l out -d 'Folder to write the bundle into (created; must be empty)' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -l public-key -d 'The log\'s public key file, included for the auditor' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -l since -d 'From this time on (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -l until -d 'Before this time' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -l environment -d 'Only this environment' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -l key -d 'The log\'s private key: when entries are newer than the latest checkpoint, sign and store a fresh one first' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -l up-to-checkpoint -d 'Export only the entries the latest stored checkpoint covers, and leave newer ones out (never signs)'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on, such as 0.0.0.0:8080' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -l key -d 'The log\'s private key file, for checkpoints (from `shipgate ledger keygen`)' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -l checkpoint-interval -d 'Sign a checkpoint this often when the log grew (such as 10s, 5m)' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -l request-timeout -d 'Answer a request that takes longer than this with 503' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -l readers -d 'Read connections to the ledger at most' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -l tls-cert -d 'Serve HTTPS with this PEM certificate chain (with --tls-key) [default: plain HTTP, for behind an ingress]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -l tls-key -d 'The PEM private key of --tls-cert' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -l format -d 'Output format: text, or json where the verb writes it' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create a token and print it once (only its SHA-256 is stored)'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -f -a "list" -d 'List tokens: names, roles, dates and state, never the secrets'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a token by name'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from token" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the ledger\'s storage'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "keygen" -d 'Write a signing key pair in the signed-note text encoding'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "append" -d 'Append entries: one JSON object, or JSON Lines, from FILE or stdin'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "log" -d 'List entries'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one entry'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "checkpoint" -d 'Sign, store and print a checkpoint of the current log'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "cosign" -d 'Add a witness cosignature to a signed checkpoint'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "prove" -d 'Print an inclusion proof bundle for an entry'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify the whole log, or an exported bundle'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export entries, their proofs, the checkpoint and the public key for an auditor'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the audit API over HTTP, or HTTPS with --tls-cert and --tls-key'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "token" -d 'Manage the audit API\'s bearer tokens'
complete -c shipgate -n "__fish_shipgate_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand status" -l env -d 'The environment, as configured in `[environments.NAME]`' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand status" -l commit -d 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand status" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand status" -l format -d 'Output format: text or json' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand status" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand status" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand status" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand status" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand status" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand status" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand status" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -l env -d 'The environment, as configured in `[environments.NAME]`' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -l commit -d 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -l format -d 'Output format: text or json' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -l ticket -d 'The change ticket, checked against `ticket_pattern`' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -l comment -d 'A comment recorded with the approval' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -l break-glass -d 'An emergency change: the reason; overrides freeze windows and the approval count where the policy allows break-glass, and is recorded as needing review' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand approve" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -l env -d 'The environment, as configured in `[environments.NAME]`' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -l commit -d 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -l format -d 'Output format: text or json' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -l comment -d 'Why it is rejected' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -l ticket -d 'The change ticket, if any' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand reject" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -l env -d 'The environment, as configured in `[environments.NAME]`' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -l commit -d 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -l format -d 'Output format: text or json' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -l image -d 'The image, pinned by digest: NAME@sha256:<64 hex digits>' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand deploy" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -l env -d 'The environment, as configured in `[environments.NAME]`' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -l reason -d 'Why: recorded with the rollback' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -l to-entry -d 'Roll back to this deployment entry instead of the last known-good one' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -l to -d 'Roll back to this image (`REPO@sha256:...`), as its latest successful deployment to the environment ran it' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -l format -d 'Output format: text or json' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand rollback" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -l env -d 'The environment, as configured in `[environments.NAME]`' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -l variable -d 'A variable for the Hurl files, typed as Hurl types it (repeatable)' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -l variables-file -d 'A file of `NAME=VALUE` lines for the Hurl files (`#` comments)' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -l secret -d 'A secret variable for the Hurl files: its value is shown and recorded as `***` (repeatable)' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -l format -d 'Output format: text or json' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -l rollback-on-failure -d 'When a check fails, roll back to the last known-good deployment at once'
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand smoke" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand review" -l comment -d 'What the review found' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand review" -l ledger -d 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]' -r
complete -c shipgate -n "__fish_shipgate_using_subcommand review" -l format -d 'Output format: text or json' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand review" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand review" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand review" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand review" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand review" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand review" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand review" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand init" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand init" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand init" -l force -d 'Overwrite an existing shipgate.toml'
complete -c shipgate -n "__fish_shipgate_using_subcommand init" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand init" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand init" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand init" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand rules" -l format -d 'Output format: text or json' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand rules" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand rules" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand rules" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand rules" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand rules" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand rules" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand rule" -l format -d 'Output format: text or json' -r -f -a "text\t'For people'
json\t'JSON'"
complete -c shipgate -n "__fish_shipgate_using_subcommand rule" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand rule" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand rule" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand rule" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand rule" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand rule" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand completions" -l config -d 'Configuration file [default: the nearest shipgate.toml]' -r -F
complete -c shipgate -n "__fish_shipgate_using_subcommand completions" -l color -d 'When to use colour: auto (on a terminal), always or never' -r -f -a "auto\t'Colour when writing to a terminal'
always\t'Always'
never\t'Never'"
complete -c shipgate -n "__fish_shipgate_using_subcommand completions" -s q -l quiet -d 'Print only findings; no notes on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand completions" -s v -l verbose -d 'Explain what is being done on stderr'
complete -c shipgate -n "__fish_shipgate_using_subcommand completions" -s h -l help -d 'Print help'
complete -c shipgate -n "__fish_shipgate_using_subcommand completions" -s V -l version -d 'Print version'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "check" -d 'Run every gate configured in shipgate.toml'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "migrations" -d 'The migration safety gate'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "vulns" -d 'The dependency gate: scanner reports against policy and waivers'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "container" -d 'The container gate: image scanner reports against policy and waivers'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "secrets" -d 'The secret scanning gate: working tree, git history, staged changes'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "coverage" -d 'The coverage gate'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "ledger" -d 'The tamper-evident ledger'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "status" -d 'Whether a commit may be deployed to an environment: every requirement of its policy, met or missing'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "approve" -d 'Approve a commit for an environment, if the policy lets you; records an approval entry'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "reject" -d 'Reject a commit for an environment; records a rejection that blocks it'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "deploy" -d 'Deploy an image pinned by digest, if the environment\'s policy allows it now; records the deployment'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "rollback" -d 'Redeploy the environment\'s last known-good image from the ledger; records the rollback'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "smoke" -d 'Run Hurl files and the environment\'s smoke checks against what runs there; records the result'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "review" -d 'Review a break-glass approval after the fact, under the same four-eyes rule; records the review'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "init" -d 'Write a commented shipgate.toml with every default'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "rules" -d 'List the rules'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "rule" -d 'Print a rule\'s documentation'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "completions" -d 'Print the shell completion script for bash, zsh, fish, powershell or elvish'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and not __fish_seen_subcommand_from check migrations vulns container secrets coverage ledger status approve reject deploy rollback smoke review init rules rule completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from migrations" -f -a "check" -d 'Check migrations for operations that lock, rewrite or destroy data'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from migrations" -f -a "trace" -d 'Run migrations on a throwaway database and report the locks, rewrites and scans the server really did, beside the static verdict'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from migrations" -f -a "snapshot" -d 'Write a live database\'s schema and table sizes to a file `--schema` reads'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from vulns" -f -a "check" -d 'Check scanner reports against the policy and the waivers'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "check" -d 'Check scanner reports against the policy and the waivers'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "scan" -d 'Scan files, git history or staged changes for secrets'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "baseline" -d 'Write the baseline: accept every secret found now, so only new ones fail'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "rules" -d 'The secret rules'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from coverage" -f -a "check" -d 'Check a Cobertura XML or LCOV report against the floors in shipgate.toml'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "init" -d 'Create the ledger\'s storage'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "keygen" -d 'Write a signing key pair in the signed-note text encoding'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "append" -d 'Append entries: one JSON object, or JSON Lines, from FILE or stdin'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "log" -d 'List entries'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "show" -d 'Show one entry'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "checkpoint" -d 'Sign, store and print a checkpoint of the current log'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "cosign" -d 'Add a witness cosignature to a signed checkpoint'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "prove" -d 'Print an inclusion proof bundle for an entry'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "verify" -d 'Verify the whole log, or an exported bundle'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "export" -d 'Export entries, their proofs, the checkpoint and the public key for an auditor'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "serve" -d 'Serve the audit API over HTTP, or HTTPS with --tls-cert and --tls-key'
complete -c shipgate -n "__fish_shipgate_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "token" -d 'Manage the audit API\'s bearer tokens'
