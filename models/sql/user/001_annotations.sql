-- The user's own data: never in the base dataset, so a new base dataset replaces the old one
-- without touching it. Keys are record ids (stable slugs), not rowids.
CREATE TABLE bookmark (
    target_kind TEXT NOT NULL,
    target_id TEXT NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);
CREATE TABLE note (
    target_kind TEXT NOT NULL,
    target_id TEXT NOT NULL,
    text TEXT NOT NULL,
    modified TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);
