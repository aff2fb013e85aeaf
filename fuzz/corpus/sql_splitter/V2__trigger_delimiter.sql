DELIMITER $$
CREATE TRIGGER trg_audit AFTER UPDATE ON balances FOR EACH ROW
BEGIN
  INSERT INTO balances_audit (balance_id, old_amount) VALUES (OLD.id, OLD.amount); # hash comment
END$$
DELIMITER ;
ALTER TABLE balances MODIFY amount DECIMAL(19,4) NOT NULL, DROP PRIMARY KEY, LOCK=SHARED;
UPDATE balances SET amount = 0 WHERE id = "x\"y";
