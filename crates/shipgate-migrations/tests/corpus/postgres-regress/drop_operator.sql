-- corpus: line 1 accepted
CREATE OPERATOR === (
        PROCEDURE = int8eq,
        LEFTARG = bigint,
        RIGHTARG = bigint,
        COMMUTATOR = ===
);

-- corpus: line 8 accepted
CREATE OPERATOR !== (
        PROCEDURE = int8ne,
        LEFTARG = bigint,
        RIGHTARG = bigint,
        NEGATOR = ===,
        COMMUTATOR = !==
);

-- corpus: line 16 accepted
DROP OPERATOR !==(bigint, bigint);

-- corpus: line 28 accepted
DROP OPERATOR ===(bigint, bigint);

-- corpus: line 30 accepted
CREATE OPERATOR <| (
        PROCEDURE = int8lt,
        LEFTARG = bigint,
        RIGHTARG = bigint
);

-- corpus: line 36 accepted
CREATE OPERATOR |> (
        PROCEDURE = int8gt,
        LEFTARG = bigint,
        RIGHTARG = bigint,
        NEGATOR = <|,
        COMMUTATOR = <|
);

-- corpus: line 44 accepted
DROP OPERATOR |>(bigint, bigint);

-- corpus: line 56 accepted
DROP OPERATOR <|(bigint, bigint);
