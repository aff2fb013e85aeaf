
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'shipgate' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'shipgate'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'shipgate' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '`--format` before the command, as earlier releases took it; hidden, so each command''s help lists only the flags it takes')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, '`--output` before the command (hidden)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, '`--ledger` before the command (hidden)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, '`--record` before the command (hidden)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Run every gate configured in shipgate.toml')
            [CompletionResult]::new('migrations', 'migrations', [CompletionResultType]::ParameterValue, 'The migration safety gate')
            [CompletionResult]::new('vulns', 'vulns', [CompletionResultType]::ParameterValue, 'The dependency gate: scanner reports against policy and waivers')
            [CompletionResult]::new('container', 'container', [CompletionResultType]::ParameterValue, 'The container gate: image scanner reports against policy and waivers')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'The secret scanning gate: working tree, git history, staged changes')
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'The coverage gate')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'The tamper-evident ledger')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether a commit may be deployed to an environment: every requirement of its policy, met or missing')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a commit for an environment, if the policy lets you; records an approval entry')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a commit for an environment; records a rejection that blocks it')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Deploy an image pinned by digest, if the environment''s policy allows it now; records the deployment')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Redeploy the environment''s last known-good image from the ledger; records the rollback')
            [CompletionResult]::new('smoke', 'smoke', [CompletionResultType]::ParameterValue, 'Run Hurl files and the environment''s smoke checks against what runs there; records the result')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review a break-glass approval after the fact, under the same four-eyes rule; records the review')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented shipgate.toml with every default')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the rules')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Print a rule''s documentation')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Record each gate''s result as evidence in the ledger')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;migrations' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check migrations for operations that lock, rewrite or destroy data')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Run migrations on a throwaway database and report the locks, rewrites and scans the server really did, beside the static verdict')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Write a live database''s schema and table sizes to a file `--schema` reads')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;migrations;check' {
            [CompletionResult]::new('--changed-since', '--changed-since', [CompletionResultType]::ParameterName, 'Check only migrations added or changed since REV (merge-request mode)')
            [CompletionResult]::new('--dialect', '--dialect', [CompletionResultType]::ParameterName, 'SQL dialect [default: from shipgate.toml, else postgres]')
            [CompletionResult]::new('--db-version', '--db-version', [CompletionResultType]::ParameterName, 'Server version, such as 15 or 8.0.29; without a patch, its latest patch [default: from shipgate.toml, else PostgreSQL 15, MySQL 8.4, MariaDB 11.8]')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Today''s schema: a `pg_dump --schema-only` or `mysqldump --no-data` file, a snapshot, or a postgres:// or mysql:// URL [default: `[migrations] schema`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Record each gate''s result as evidence in the ledger')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;migrations;trace' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The server, postgres://... or mysql://...; a throwaway database is created there and dropped at the end')
            [CompletionResult]::new('--changed-since', '--changed-since', [CompletionResultType]::ParameterName, 'Trace only migrations added or changed since REV; the others before them are replayed')
            [CompletionResult]::new('--dialect', '--dialect', [CompletionResultType]::ParameterName, 'SQL dialect of the static verdict [default: the server''s]; must match the server')
            [CompletionResult]::new('--db-version', '--db-version', [CompletionResultType]::ParameterName, 'Server version of the static verdict [default: from shipgate.toml, else the server''s own]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Record each gate''s result as evidence in the ledger')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;migrations;snapshot' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The server to read, over a read-only connection: postgres://... or mysql://... (its password is never printed)')
            [CompletionResult]::new('--dialect', '--dialect', [CompletionResultType]::ParameterName, 'The server''s dialect; a server of another is refused [default: from shipgate.toml when the URL''s scheme fits it, else the server''s own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the snapshot to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the snapshot to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;migrations;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check migrations for operations that lock, rewrite or destroy data')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Run migrations on a throwaway database and report the locks, rewrites and scans the server really did, beside the static verdict')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Write a live database''s schema and table sizes to a file `--schema` reads')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;migrations;help;check' {
            break
        }
        'shipgate;migrations;help;trace' {
            break
        }
        'shipgate;migrations;help;snapshot' {
            break
        }
        'shipgate;migrations;help;help' {
            break
        }
        'shipgate;vulns' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check scanner reports against the policy and the waivers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;vulns;check' {
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'A scanner report (JSON); repeatable [default: `reports` in shipgate.toml]')
            [CompletionResult]::new('--report-format', '--report-format', [CompletionResultType]::ParameterName, 'The report format, when detection is not wanted')
            [CompletionResult]::new('--waivers', '--waivers', [CompletionResultType]::ParameterName, 'The waivers file [default: `waivers` in shipgate.toml, else .shipgate/waivers.toml if present]')
            [CompletionResult]::new('--lockfile', '--lockfile', [CompletionResultType]::ParameterName, 'A lockfile to match against the offline OSV database (composer.lock, package-lock.json, Cargo.lock, poetry.lock); repeatable')
            [CompletionResult]::new('--osv-db', '--osv-db', [CompletionResultType]::ParameterName, 'The offline OSV database: a folder of OSV JSON files or per-ecosystem all.zip exports')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Record each gate''s result as evidence in the ledger')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;vulns;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check scanner reports against the policy and the waivers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;vulns;help;check' {
            break
        }
        'shipgate;vulns;help;help' {
            break
        }
        'shipgate;container' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check scanner reports against the policy and the waivers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;container;check' {
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'A scanner report (JSON); repeatable [default: `reports` in shipgate.toml]')
            [CompletionResult]::new('--report-format', '--report-format', [CompletionResultType]::ParameterName, 'The report format, when detection is not wanted')
            [CompletionResult]::new('--waivers', '--waivers', [CompletionResultType]::ParameterName, 'The waivers file [default: `waivers` in shipgate.toml, else .shipgate/waivers.toml if present]')
            [CompletionResult]::new('--lockfile', '--lockfile', [CompletionResultType]::ParameterName, 'A lockfile to match against the offline OSV database (composer.lock, package-lock.json, Cargo.lock, poetry.lock); repeatable')
            [CompletionResult]::new('--osv-db', '--osv-db', [CompletionResultType]::ParameterName, 'The offline OSV database: a folder of OSV JSON files or per-ecosystem all.zip exports')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Record each gate''s result as evidence in the ledger')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;container;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check scanner reports against the policy and the waivers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;container;help;check' {
            break
        }
        'shipgate;container;help;help' {
            break
        }
        'shipgate;secrets' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Scan files, git history or staged changes for secrets')
            [CompletionResult]::new('baseline', 'baseline', [CompletionResultType]::ParameterValue, 'Write the baseline: accept every secret found now, so only new ones fail')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'The secret rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;secrets;scan' {
            [CompletionResult]::new('--since-commit', '--since-commit', [CompletionResultType]::ParameterName, 'Scan the commits after REV (REV itself excluded), as in `git log REV..HEAD`')
            [CompletionResult]::new('--max-file-size', '--max-file-size', [CompletionResultType]::ParameterName, 'Skip files and blobs larger than this many bytes [default: 5242880]')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Never scan paths matching this glob (repeatable; adds to `[secrets] exclude`)')
            [CompletionResult]::new('--baseline', '--baseline', [CompletionResultType]::ParameterName, 'Accept the secrets in this baseline; only others fail [default: `[secrets] baseline`]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--all-history', '--all-history', [CompletionResultType]::ParameterName, 'Scan every commit reachable from a branch, tag or HEAD')
            [CompletionResult]::new('--staged', '--staged', [CompletionResultType]::ParameterName, 'Scan the staged changes (for pre-commit hooks)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Ask each found credential''s provider whether it is live (GitHub, Slack, Stripe, AWS STS: read-only identity calls) [default: `[secrets] verify`]')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Record each gate''s result as evidence in the ledger')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;secrets;baseline' {
            [CompletionResult]::new('--since-commit', '--since-commit', [CompletionResultType]::ParameterName, 'Scan the commits after REV (REV itself excluded), as in `git log REV..HEAD`')
            [CompletionResult]::new('--max-file-size', '--max-file-size', [CompletionResultType]::ParameterName, 'Skip files and blobs larger than this many bytes [default: 5242880]')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Never scan paths matching this glob (repeatable; adds to `[secrets] exclude`)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The baseline to write [default: `[secrets] baseline`, else .shipgate/secrets-baseline.json]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--all-history', '--all-history', [CompletionResultType]::ParameterName, 'Scan every commit reachable from a branch, tag or HEAD')
            [CompletionResult]::new('--staged', '--staged', [CompletionResultType]::ParameterName, 'Scan the staged changes (for pre-commit hooks)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;secrets;rules' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prove every rule: each example matches, no negative example does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;secrets;rules;check' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;secrets;rules;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prove every rule: each example matches, no negative example does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;secrets;rules;help;check' {
            break
        }
        'shipgate;secrets;rules;help;help' {
            break
        }
        'shipgate;secrets;help' {
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Scan files, git history or staged changes for secrets')
            [CompletionResult]::new('baseline', 'baseline', [CompletionResultType]::ParameterValue, 'Write the baseline: accept every secret found now, so only new ones fail')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'The secret rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;secrets;help;scan' {
            break
        }
        'shipgate;secrets;help;baseline' {
            break
        }
        'shipgate;secrets;help;rules' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prove every rule: each example matches, no negative example does')
            break
        }
        'shipgate;secrets;help;rules;check' {
            break
        }
        'shipgate;secrets;help;help' {
            break
        }
        'shipgate;coverage' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a Cobertura XML or LCOV report against the floors in shipgate.toml')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;coverage;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Record each gate''s result as evidence in the ledger')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;coverage;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a Cobertura XML or LCOV report against the floors in shipgate.toml')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;coverage;help;check' {
            break
        }
        'shipgate;coverage;help;help' {
            break
        }
        'shipgate;ledger' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the ledger''s storage')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Write a signing key pair in the signed-note text encoding')
            [CompletionResult]::new('append', 'append', [CompletionResultType]::ParameterValue, 'Append entries: one JSON object, or JSON Lines, from FILE or stdin')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List entries')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one entry')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign, store and print a checkpoint of the current log')
            [CompletionResult]::new('cosign', 'cosign', [CompletionResultType]::ParameterValue, 'Add a witness cosignature to a signed checkpoint')
            [CompletionResult]::new('prove', 'prove', [CompletionResultType]::ParameterValue, 'Print an inclusion proof bundle for an entry')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the whole log, or an exported bundle')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export entries, their proofs, the checkpoint and the public key for an auditor')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the audit API over HTTP, or HTTPS with --tls-cert and --tls-key')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage the audit API''s bearer tokens')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;ledger;init' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;keygen' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The key''s name; for a log key, its origin, such as audit.example.com/payments')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Folder to write NAME.key and NAME.pub into [default: ~/.config/shipgate/keys, or shipgate/keys in the XDG config home]')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--witness', '--witness', [CompletionResultType]::ParameterName, 'Make a witness (cosignature) key instead of a log key')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;append' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Entries per durable transaction')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;log' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Only this commit (a prefix is enough)')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Only this environment')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this time on (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Before this time')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;show' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;checkpoint' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The log''s private key file (from `shipgate ledger keygen`)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;cosign' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The witness''s private key file (from `keygen --witness`)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;prove' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Prove against the stored checkpoint of this size [default: the latest]')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;verify' {
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Trusted public key file (log or witness); repeatable')
            [CompletionResult]::new('--trusted-checkpoint', '--trusted-checkpoint', [CompletionResultType]::ParameterName, 'A checkpoint saved earlier, to prove the log has not been rewritten or truncated since; repeatable')
            [CompletionResult]::new('--bundle', '--bundle', [CompletionResultType]::ParameterName, 'Verify an exported bundle instead of a database')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Folder to write the bundle into (created; must be empty)')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'The log''s public key file, included for the auditor')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this time on (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Before this time')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Only this environment')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The log''s private key: when entries are newer than the latest checkpoint, sign and store a fresh one first')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--up-to-checkpoint', '--up-to-checkpoint', [CompletionResultType]::ParameterName, 'Export only the entries the latest stored checkpoint covers, and leave newer ones out (never signs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on, such as 0.0.0.0:8080')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The log''s private key file, for checkpoints (from `shipgate ledger keygen`)')
            [CompletionResult]::new('--checkpoint-interval', '--checkpoint-interval', [CompletionResultType]::ParameterName, 'Sign a checkpoint this often when the log grew (such as 10s, 5m)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Answer a request that takes longer than this with 503')
            [CompletionResult]::new('--readers', '--readers', [CompletionResultType]::ParameterName, 'Read connections to the ledger at most')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this PEM certificate chain (with --tls-key) [default: plain HTTP, for behind an ingress]')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The PEM private key of --tls-cert')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;token' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token and print it once (only its SHA-256 is stored)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens: names, roles, dates and state, never the secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token by name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;ledger;token;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A unique name, such as gitlab-payments (letters, digits, `.`, `_`, `-`)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role it grants')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Expire it after this long (such as 90d, 12h) [default: never]')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;token;list' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;token;revoke' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, or json where the verb writes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;ledger;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token and print it once (only its SHA-256 is stored)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens: names, roles, dates and state, never the secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token by name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;ledger;token;help;create' {
            break
        }
        'shipgate;ledger;token;help;list' {
            break
        }
        'shipgate;ledger;token;help;revoke' {
            break
        }
        'shipgate;ledger;token;help;help' {
            break
        }
        'shipgate;ledger;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the ledger''s storage')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Write a signing key pair in the signed-note text encoding')
            [CompletionResult]::new('append', 'append', [CompletionResultType]::ParameterValue, 'Append entries: one JSON object, or JSON Lines, from FILE or stdin')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List entries')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one entry')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign, store and print a checkpoint of the current log')
            [CompletionResult]::new('cosign', 'cosign', [CompletionResultType]::ParameterValue, 'Add a witness cosignature to a signed checkpoint')
            [CompletionResult]::new('prove', 'prove', [CompletionResultType]::ParameterValue, 'Print an inclusion proof bundle for an entry')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the whole log, or an exported bundle')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export entries, their proofs, the checkpoint and the public key for an auditor')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the audit API over HTTP, or HTTPS with --tls-cert and --tls-key')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage the audit API''s bearer tokens')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;ledger;help;init' {
            break
        }
        'shipgate;ledger;help;keygen' {
            break
        }
        'shipgate;ledger;help;append' {
            break
        }
        'shipgate;ledger;help;log' {
            break
        }
        'shipgate;ledger;help;show' {
            break
        }
        'shipgate;ledger;help;checkpoint' {
            break
        }
        'shipgate;ledger;help;cosign' {
            break
        }
        'shipgate;ledger;help;prove' {
            break
        }
        'shipgate;ledger;help;verify' {
            break
        }
        'shipgate;ledger;help;export' {
            break
        }
        'shipgate;ledger;help;serve' {
            break
        }
        'shipgate;ledger;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token and print it once (only its SHA-256 is stored)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens: names, roles, dates and state, never the secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token by name')
            break
        }
        'shipgate;ledger;help;token;create' {
            break
        }
        'shipgate;ledger;help;token;list' {
            break
        }
        'shipgate;ledger;help;token;revoke' {
            break
        }
        'shipgate;ledger;help;help' {
            break
        }
        'shipgate;status' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment, as configured in `[environments.NAME]`')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text or json')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;approve' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment, as configured in `[environments.NAME]`')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text or json')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'The change ticket, checked against `ticket_pattern`')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'A comment recorded with the approval')
            [CompletionResult]::new('--break-glass', '--break-glass', [CompletionResultType]::ParameterName, 'An emergency change: the reason; overrides freeze windows and the approval count where the policy allows break-glass, and is recorded as needing review')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;reject' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment, as configured in `[environments.NAME]`')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text or json')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Why it is rejected')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'The change ticket, if any')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;deploy' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment, as configured in `[environments.NAME]`')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text or json')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'The image, pinned by digest: NAME@sha256:<64 hex digits>')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;rollback' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment, as configured in `[environments.NAME]`')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: recorded with the rollback')
            [CompletionResult]::new('--to-entry', '--to-entry', [CompletionResultType]::ParameterName, 'Roll back to this deployment entry instead of the last known-good one')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Roll back to this image (`REPO@sha256:...`), as its latest successful deployment to the environment ran it')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text or json')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;smoke' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment, as configured in `[environments.NAME]`')
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'A variable for the Hurl files, typed as Hurl types it (repeatable)')
            [CompletionResult]::new('--variables-file', '--variables-file', [CompletionResultType]::ParameterName, 'A file of `NAME=VALUE` lines for the Hurl files (`#` comments)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'A secret variable for the Hurl files: its value is shown and recorded as `***` (repeatable)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text or json')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--rollback-on-failure', '--rollback-on-failure', [CompletionResultType]::ParameterName, 'When a check fails, roll back to the last known-good deployment at once')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;review' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'What the review found')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text or json')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;init' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing shipgate.toml')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;rules' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text or json')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;rule' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text or json')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;completions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: the nearest shipgate.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings; no notes on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'shipgate;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Run every gate configured in shipgate.toml')
            [CompletionResult]::new('migrations', 'migrations', [CompletionResultType]::ParameterValue, 'The migration safety gate')
            [CompletionResult]::new('vulns', 'vulns', [CompletionResultType]::ParameterValue, 'The dependency gate: scanner reports against policy and waivers')
            [CompletionResult]::new('container', 'container', [CompletionResultType]::ParameterValue, 'The container gate: image scanner reports against policy and waivers')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'The secret scanning gate: working tree, git history, staged changes')
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'The coverage gate')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'The tamper-evident ledger')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether a commit may be deployed to an environment: every requirement of its policy, met or missing')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a commit for an environment, if the policy lets you; records an approval entry')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a commit for an environment; records a rejection that blocks it')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Deploy an image pinned by digest, if the environment''s policy allows it now; records the deployment')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Redeploy the environment''s last known-good image from the ledger; records the rollback')
            [CompletionResult]::new('smoke', 'smoke', [CompletionResultType]::ParameterValue, 'Run Hurl files and the environment''s smoke checks against what runs there; records the result')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review a break-glass approval after the fact, under the same four-eyes rule; records the review')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented shipgate.toml with every default')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the rules')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Print a rule''s documentation')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'shipgate;help;check' {
            break
        }
        'shipgate;help;migrations' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check migrations for operations that lock, rewrite or destroy data')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Run migrations on a throwaway database and report the locks, rewrites and scans the server really did, beside the static verdict')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Write a live database''s schema and table sizes to a file `--schema` reads')
            break
        }
        'shipgate;help;migrations;check' {
            break
        }
        'shipgate;help;migrations;trace' {
            break
        }
        'shipgate;help;migrations;snapshot' {
            break
        }
        'shipgate;help;vulns' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check scanner reports against the policy and the waivers')
            break
        }
        'shipgate;help;vulns;check' {
            break
        }
        'shipgate;help;container' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check scanner reports against the policy and the waivers')
            break
        }
        'shipgate;help;container;check' {
            break
        }
        'shipgate;help;secrets' {
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Scan files, git history or staged changes for secrets')
            [CompletionResult]::new('baseline', 'baseline', [CompletionResultType]::ParameterValue, 'Write the baseline: accept every secret found now, so only new ones fail')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'The secret rules')
            break
        }
        'shipgate;help;secrets;scan' {
            break
        }
        'shipgate;help;secrets;baseline' {
            break
        }
        'shipgate;help;secrets;rules' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prove every rule: each example matches, no negative example does')
            break
        }
        'shipgate;help;secrets;rules;check' {
            break
        }
        'shipgate;help;coverage' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a Cobertura XML or LCOV report against the floors in shipgate.toml')
            break
        }
        'shipgate;help;coverage;check' {
            break
        }
        'shipgate;help;ledger' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the ledger''s storage')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Write a signing key pair in the signed-note text encoding')
            [CompletionResult]::new('append', 'append', [CompletionResultType]::ParameterValue, 'Append entries: one JSON object, or JSON Lines, from FILE or stdin')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List entries')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one entry')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign, store and print a checkpoint of the current log')
            [CompletionResult]::new('cosign', 'cosign', [CompletionResultType]::ParameterValue, 'Add a witness cosignature to a signed checkpoint')
            [CompletionResult]::new('prove', 'prove', [CompletionResultType]::ParameterValue, 'Print an inclusion proof bundle for an entry')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the whole log, or an exported bundle')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export entries, their proofs, the checkpoint and the public key for an auditor')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the audit API over HTTP, or HTTPS with --tls-cert and --tls-key')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage the audit API''s bearer tokens')
            break
        }
        'shipgate;help;ledger;init' {
            break
        }
        'shipgate;help;ledger;keygen' {
            break
        }
        'shipgate;help;ledger;append' {
            break
        }
        'shipgate;help;ledger;log' {
            break
        }
        'shipgate;help;ledger;show' {
            break
        }
        'shipgate;help;ledger;checkpoint' {
            break
        }
        'shipgate;help;ledger;cosign' {
            break
        }
        'shipgate;help;ledger;prove' {
            break
        }
        'shipgate;help;ledger;verify' {
            break
        }
        'shipgate;help;ledger;export' {
            break
        }
        'shipgate;help;ledger;serve' {
            break
        }
        'shipgate;help;ledger;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token and print it once (only its SHA-256 is stored)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens: names, roles, dates and state, never the secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token by name')
            break
        }
        'shipgate;help;ledger;token;create' {
            break
        }
        'shipgate;help;ledger;token;list' {
            break
        }
        'shipgate;help;ledger;token;revoke' {
            break
        }
        'shipgate;help;status' {
            break
        }
        'shipgate;help;approve' {
            break
        }
        'shipgate;help;reject' {
            break
        }
        'shipgate;help;deploy' {
            break
        }
        'shipgate;help;rollback' {
            break
        }
        'shipgate;help;smoke' {
            break
        }
        'shipgate;help;review' {
            break
        }
        'shipgate;help;init' {
            break
        }
        'shipgate;help;rules' {
            break
        }
        'shipgate;help;rule' {
            break
        }
        'shipgate;help;completions' {
            break
        }
        'shipgate;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
