-- Base dataset schema, compiled from resources/data/*.json by --build-dataset.
-- Portable SQL only; SQLite-specific parts (FTS5) live in their own migration.
-- One statement per ';' at the end of a line: Qt's SQLite driver runs one statement per exec().
CREATE TABLE dataset (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE actor (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    name_ko TEXT NOT NULL,
    name_en TEXT NOT NULL,
    country TEXT,
    parent TEXT,
    profile_ko TEXT,
    profile_en TEXT,
    note_ko TEXT,
    note_en TEXT,
    json TEXT NOT NULL
);
CREATE TABLE actor_member (
    actor_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    PRIMARY KEY (actor_id, member_id)
);
-- date_first/date_last: the first and last day the item's date can mean, so a month- or
-- year-precise date is a span, never a false point. precision: 1 year, 2 month, 3 day.
CREATE TABLE item (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    date TEXT NOT NULL,
    date_end TEXT,
    date_first TEXT NOT NULL,
    date_last TEXT NOT NULL,
    precision INTEGER NOT NULL,
    actor_ids TEXT NOT NULL,
    primary_actor TEXT NOT NULL,
    category TEXT NOT NULL,
    type TEXT NOT NULL,
    title_ko TEXT NOT NULL,
    title_en TEXT NOT NULL,
    summary_ko TEXT NOT NULL,
    summary_en TEXT NOT NULL,
    issuer_ko TEXT,
    issuer_en TEXT,
    tags TEXT,
    highlight INTEGER NOT NULL DEFAULT 0,
    section_ko TEXT,
    section_en TEXT,
    report_line INTEGER,
    note_ko TEXT,
    note_en TEXT,
    json TEXT NOT NULL
);
CREATE INDEX item_date_idx ON item (date_first, date_last);
CREATE INDEX item_category_idx ON item (category, date_first);
CREATE INDEX item_primary_actor_idx ON item (primary_actor);
-- rollup: the country an actor counts towards on the map (a sub-national actor's country).
CREATE TABLE item_actor (
    item_rowid INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    rollup TEXT NOT NULL,
    ord INTEGER NOT NULL,
    PRIMARY KEY (item_rowid, actor_id)
);
CREATE INDEX item_actor_actor_idx ON item_actor (actor_id, item_rowid);
CREATE INDEX item_actor_rollup_idx ON item_actor (rollup, item_rowid);
CREATE TABLE source (
    owner_kind TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    citation TEXT NOT NULL,
    url TEXT,
    footnote INTEGER,
    PRIMARY KEY (owner_kind, owner_id, ord)
);
CREATE TABLE series (
    id TEXT PRIMARY KEY NOT NULL,
    publisher TEXT NOT NULL,
    title_ko TEXT NOT NULL,
    title_en TEXT NOT NULL,
    scope TEXT NOT NULL,
    currency TEXT,
    scale REAL,
    unit TEXT,
    published TEXT,
    report_line INTEGER,
    json TEXT NOT NULL
);
CREATE TABLE series_point (
    series_id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    period TEXT NOT NULL,
    value REAL NOT NULL,
    basis TEXT NOT NULL,
    forecast INTEGER NOT NULL DEFAULT 0,
    text_ko TEXT,
    PRIMARY KEY (series_id, ord)
);
CREATE TABLE figure (
    id TEXT PRIMARY KEY NOT NULL,
    actor TEXT NOT NULL,
    period TEXT NOT NULL,
    metric_ko TEXT NOT NULL,
    metric_en TEXT NOT NULL,
    value REAL NOT NULL,
    currency TEXT,
    scale REAL,
    unit TEXT,
    grp TEXT,
    text_ko TEXT,
    item TEXT,
    report_line INTEGER,
    json TEXT NOT NULL
);
CREATE INDEX figure_group_idx ON figure (grp);
CREATE INDEX figure_actor_idx ON figure (actor);
CREATE TABLE finding (
    id TEXT PRIMARY KEY NOT NULL,
    ord INTEGER NOT NULL,
    title_ko TEXT NOT NULL,
    title_en TEXT NOT NULL,
    json TEXT NOT NULL
);
