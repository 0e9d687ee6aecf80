-- Thyrida event log, PostgreSQL (ADR 0141). One row per event; the position is the primary key,
-- so reading from a position is a range scan of its B-tree index, and two appends racing for the
-- same position cannot both commit.
CREATE TABLE thyrida_event (
  position    BIGINT       NOT NULL PRIMARY KEY CHECK (position > 0),
  type        VARCHAR(100) NOT NULL,
  version     INTEGER      NOT NULL,
  data        TEXT         NOT NULL,
  batch       CHAR(36)     NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
