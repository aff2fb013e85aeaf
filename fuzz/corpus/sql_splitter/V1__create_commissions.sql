-- Commission rates per partner. A new table: nothing here can lock live traffic.
CREATE TABLE commissions (
    id          bigserial PRIMARY KEY,
    partner_id  bigint       NOT NULL,
    rate        numeric(5,4) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX commissions_partner_idx ON commissions (partner_id);
