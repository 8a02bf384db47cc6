-- Records the user adds or imports, kept in the interchange format (one JSON object per row).
CREATE TABLE user_record (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    json TEXT NOT NULL,
    origin TEXT NOT NULL,
    modified TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);
