-- Finer storyboard state: what each view shows beyond the spec and the filter (map layer, month,
-- zoom and selection; chart, series, tab and log scale; timeline range, lane mode and hidden lanes;
-- browse sort and selection), as a JSON object the view writes and restores. Old slides get '{}'
-- and restore as before: the view as it is, with the slide's filter and language.
ALTER TABLE storyboard_slide ADD COLUMN state_json TEXT NOT NULL DEFAULT '{}';
