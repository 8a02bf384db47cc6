-- Compact storage (issue #13): the search index reads its text from item itself instead of
-- keeping a second copy (an external-content FTS5 table), and item.json keeps only the fields
-- that have no column (ItemJson reassembles the full record). actor_text holds the item's actor
-- ids and names in both languages, note_text both notes: the two index columns item lacked.
-- The builder fills the index once, after the load ('rebuild').
ALTER TABLE item ADD COLUMN actor_text TEXT;
ALTER TABLE item ADD COLUMN note_text TEXT;
DROP TABLE item_fts;
CREATE VIRTUAL TABLE item_fts USING fts5(
    title_ko, title_en, summary_ko, summary_en, tags, actor_text, note_text,
    content = 'item', content_rowid = 'rowid', tokenize = 'trigram'
);
