-- Counts kept with the dataset (issue #13). The base is read-only, so counts computed when it is
-- built never go stale. One row per grouping (dim), key, category and the months an item starts
-- and ends in: n distinct items, their first and last day, and the smallest rowid (the item
-- itself when n = 1). Category and the two months are attributes of the item, so summing n over
-- any set of them counts each item exactly once: a filter on categories and whole months is a
-- sum over a few rows instead of a pass over every item (ItemCube decides when it applies).
--   all     key ''                       every item
--   rollup  key item_actor.rollup        the country an actor counts towards
--   home    key a company's home country, else the rollup   (the map's "companies at home")
--   actor   key item_actor.actor_id
--   facet   key actor_id and, where it differs, rollup      (the Browse actor facet)
--   kind    key the group of the actor's kind: country, organization, company
--   lane    key '@' + the group of the rollup actor's kind  (the timeline's collapsed groups)
CREATE TABLE item_cube (
    dim TEXT NOT NULL,
    category TEXT NOT NULL,
    month_first TEXT NOT NULL,
    month_last TEXT NOT NULL,
    key TEXT NOT NULL,
    n INTEGER NOT NULL,
    date_first TEXT NOT NULL,
    date_last TEXT NOT NULL,
    sample INTEGER NOT NULL,
    PRIMARY KEY (dim, category, month_first, month_last, key)
) WITHOUT ROWID;
