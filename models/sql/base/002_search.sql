-- SQLite-only: full-text index over both languages. The trigram tokenizer matches any substring
-- of three or more characters, which is what Korean needs ("행정명령" in "행정명령을").
-- Shorter queries use LIKE over the same columns (see SearchEngine).
CREATE VIRTUAL TABLE item_fts USING fts5(
    title_ko, title_en, summary_ko, summary_en, tags, actors, notes,
    tokenize = 'trigram'
);
