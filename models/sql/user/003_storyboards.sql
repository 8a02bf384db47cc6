-- Storyboards: named, ordered lists of saved views a presenter steps through (UX.md, Presenter).
-- A slide keeps what restores the view: its spec ("map", "country:KOR", "item:<id>"), the shared
-- filter as JSON and the record language, plus the title shown on the slide.
CREATE TABLE storyboard (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE storyboard_slide (
    storyboard_id INTEGER NOT NULL REFERENCES storyboard (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    view_spec TEXT NOT NULL,
    filter_json TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL
);
CREATE INDEX storyboard_slide_order ON storyboard_slide (storyboard_id, ord);
