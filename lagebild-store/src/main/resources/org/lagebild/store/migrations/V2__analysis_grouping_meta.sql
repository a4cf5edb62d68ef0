-- What a restart needs to continue where the last run stopped, instead of recomputing it.

-- Per-article analysis (the annotation layers story building reads), valid while content_hash
-- equals the article's; a replaced article loses its row with the old one.
CREATE TABLE article_analysis (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL,
  format INTEGER NOT NULL,
  data BLOB NOT NULL
);

-- The story grouping after the last completed regrouping step: which group each article is in.
CREATE TABLE grouping_state (
  article_id TEXT PRIMARY KEY,
  group_key TEXT NOT NULL
);
CREATE INDEX grouping_state_group ON grouping_state (group_key);

-- Small named values: the grouping checkpoint, the change counter the search index records.
CREATE TABLE store_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
