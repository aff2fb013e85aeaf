SET lock_timeout = '2s';

/* Failed withdrawals older than two years are archived elsewhere.
   (A regex would also see "DROP TABLE withdrawals" in this comment.) */
DELETE FROM withdrawals
 WHERE status = 'failed'
   AND created_at < now() - interval '2 years';

UPDATE withdrawals SET reviewed = true;
