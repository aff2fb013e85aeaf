//! The rules of `shipgate migrations trace`: what a real server did with each
//! statement, set against what the static rules said of it.

use shipgate_report::RuleMeta;

declare_rule! {
    /// ## What it does
    /// Records what the server did with one migration statement: the locks
    /// it held on each table and index and their modes, whether a table or an
    /// index was rewritten, which constraints were validated, and how long it
    /// took; beside it, the static verdict (the rules `migrations check`
    /// reports for the statement).
    ///
    /// ## Why is this bad?
    /// It is not: it is the evidence. A reviewer sees the lock a statement
    /// really takes next to what the rules predicted.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE payments ADD COLUMN note text;
    /// -- traced: ACCESS EXCLUSIVE on `payments`; no rewrite; 2 ms
    /// ```
    ///
    /// Use instead:
    /// nothing to change; the finding is informational.
    pub struct TracedStatement {
        id: "traced-statement",
        severity: Info,
        summary: "what the server did with a migration statement, beside the static verdict",
    }
}

declare_rule! {
    /// ## What it does
    /// Fails when the server held a lock that blocks writes (PostgreSQL
    /// `SHARE` and stronger; MySQL and MariaDB `LOCK=SHARED` or `EXCLUSIVE`)
    /// on a table that existed before the migration, stronger than anything
    /// the static rules predicted for the statement.
    ///
    /// ## Why is this bad?
    /// The static verdict said the statement was safe, or less dangerous than
    /// it is. In production the lock queues behind long queries and every
    /// query on the table queues behind it.
    ///
    /// ## Example
    /// ```sql
    /// -- widen_payments() runs EXECUTE 'ALTER TABLE payments ALTER COLUMN amount TYPE bigint'
    /// SELECT widen_payments();
    /// -- traced: ACCESS EXCLUSIVE on `payments` and `payments_pkey`; no rule predicted it
    /// ```
    ///
    /// Use instead:
    /// write the DDL in the migration itself, where the rules read it, or set
    /// a lock timeout (`SET lock_timeout = '2s';`) and run the statement when
    /// the table is quiet; report a statement the rules should have known.
    pub struct ObservedLock {
        id: "observed-lock",
        severity: Error,
        summary: "the server took a blocking lock the static rules did not predict",
    }
}

declare_rule! {
    /// ## What it does
    /// Fails when a table or index that existed before the migration was
    /// rewritten (PostgreSQL: its `pg_class.relfilenode` changed; MySQL and
    /// MariaDB: the server accepted only `ALGORITHM=COPY` or a rebuilding
    /// `INPLACE`) and no static rule predicted a rewrite.
    ///
    /// ## Why is this bad?
    /// A rewrite copies every row while it holds its lock: on a large table
    /// that is minutes to hours of blocked traffic, and twice the disk.
    ///
    /// ## Example
    /// ```sql
    /// -- widen_payments() runs EXECUTE 'ALTER TABLE payments ALTER COLUMN amount TYPE bigint'
    /// SELECT widen_payments();
    /// -- traced: rewrote table `payments` and index `payments_pkey`
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE payments ADD COLUMN amount_big bigint;
    /// -- backfill in batches, switch reads and writes, then drop the old column
    /// ```
    pub struct ObservedRewrite {
        id: "observed-rewrite",
        severity: Error,
        summary: "the server rewrote a table or index the static rules did not predict",
    }
}

declare_rule! {
    /// ## What it does
    /// Fails when the server read a whole existing table while holding a lock
    /// that blocks writes, and no static rule predicted it: a `CHECK` or
    /// foreign key added already validated, `VALIDATE CONSTRAINT` under a
    /// strong lock, `SET NOT NULL`, or an index built without `CONCURRENTLY`
    /// (also one built by an inline `UNIQUE` or `PRIMARY KEY`).
    ///
    /// ## Why is this bad?
    /// The scan takes as long as the table is large, and writes wait for it.
    ///
    /// ## Example
    /// ```sql
    /// -- check_payments() runs EXECUTE 'ALTER TABLE payments ADD CONSTRAINT amount_positive CHECK (amount > 0)'
    /// SELECT check_payments();
    /// -- traced: read table `payments` whole (constraint `amount_positive` validated)
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE payments ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;
    /// ALTER TABLE payments VALIDATE CONSTRAINT amount_positive; -- in a later transaction
    /// ```
    pub struct ObservedScan {
        id: "observed-scan",
        severity: Error,
        summary: "the server scanned a table under a blocking lock the static rules did not predict",
    }
}

declare_rule! {
    /// ## What it does
    /// Notes a statement whose static verdict was worse than what the server
    /// did: a rule predicted a rewrite that did not happen, or a blocking
    /// lock where the server blocked nothing.
    ///
    /// ## Why is this bad?
    /// It is not dangerous. A rule that cries wolf teaches people to
    /// suppress it; these notes show where the rules can be tuned.
    ///
    /// ## Example
    /// ```sql
    /// -- MariaDB 11.4, where the table says INSTANT but `--db-version 10.6` was configured
    /// ALTER TABLE payments ADD COLUMN note text;
    /// ```
    ///
    /// Use instead:
    /// set `--db-version` (or `[migrations] db_version`) to the server you
    /// run, or suppress the finding with a reason once it is understood.
    pub struct OverestimatedRisk {
        id: "overestimated-risk",
        severity: Info,
        summary: "the static verdict was worse than what the server did",
    }
}

declare_rule! {
    /// ## What it does
    /// Fails when the server rejected a migration statement while it was
    /// traced or replayed. The message names the file, the line and the
    /// server's own error; the rest of that file is not traced.
    ///
    /// ## Why is this bad?
    /// The migration does not run on this schema: it would fail the same way
    /// in production, half applied where the server does not roll DDL back
    /// (MySQL, MariaDB).
    ///
    /// ## Example
    /// ```sql
    /// -- an earlier migration already renamed the column
    /// ALTER TABLE payments RENAME COLUMN amount_cents TO amount;
    /// -- column "amount_cents" does not exist (SQLSTATE 42703)
    /// ```
    ///
    /// Use instead:
    /// fix the statement, or the earlier migrations the schema comes from.
    pub struct StatementFailedOnServer {
        id: "statement-failed-on-server",
        severity: Error,
        summary: "the server rejected a migration statement",
    }
}

declare_rule! {
    /// ## What it does
    /// Fails for a migration the trace cannot run: a Laravel migration (PHP,
    /// not SQL), a file that cannot be read, a `COPY ... FROM stdin` data
    /// block, or an earlier migration that failed to replay so the schema
    /// the later ones need is missing.
    ///
    /// ## Why is this bad?
    /// What was not run was not observed; a trace that skipped it quietly
    /// would pass a statement nobody checked.
    ///
    /// ## Example
    /// `database/migrations/2024_01_01_000000_add_fee.php`
    ///
    /// Use instead:
    /// trace the SQL the migration runs (for Laravel, `php artisan migrate
    /// --pretend` prints it), or check the file with `migrations check` alone.
    pub struct UntracedMigration {
        id: "untraced-migration",
        severity: Error,
        summary: "a migration or statement the trace could not run",
    }
}

/// The rules of `migrations trace`, sorted by id.
pub fn all_rules() -> Vec<&'static RuleMeta> {
    let mut all = vec![
        &ObservedLock::META,
        &ObservedRewrite::META,
        &ObservedScan::META,
        &OverestimatedRisk::META,
        &StatementFailedOnServer::META,
        &TracedStatement::META,
        &UntracedMigration::META,
    ];
    all.sort_by_key(|r| r.id);
    all
}
