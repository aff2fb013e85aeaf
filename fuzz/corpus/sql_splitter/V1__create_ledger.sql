-- MySQL migration in the shape of the rules' tests
CREATE TABLE `transactions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(19,4) NOT NULL,
  `memo` VARCHAR(255) DEFAULT NULL COMMENT 'free text; isn''t indexed',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
ALTER TABLE transactions ADD COLUMN note VARCHAR(64), ALGORITHM=INSTANT;
ALTER TABLE transactions ADD COLUMN n INT, ALGORITHM=COPY;
ALTER TABLE transactions ADD FULLTEXT INDEX ft (memo), ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE transactions CONVERT TO CHARACTER SET utf8mb4;
OPTIMIZE TABLE transactions;
DELETE FROM transactions;
