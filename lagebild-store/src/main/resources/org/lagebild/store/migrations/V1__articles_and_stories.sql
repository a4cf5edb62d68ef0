-- Articles as received; seq is the ingest order (a replaced article gets a new one).
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  source TEXT NOT NULL,
  title TEXT,
  outlet TEXT,
  url TEXT,
  language TEXT,
  published TEXT,
  author TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);

-- Stories are derived from articles and replaced whole when their membership changes.
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  first_published TEXT,
  last_published TEXT,
  json TEXT NOT NULL,
  updated_at TEXT
);
CREATE INDEX stories_last_published ON stories (last_published);

CREATE TABLE story_articles (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);

CREATE TABLE story_outlets (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  outlet TEXT NOT NULL,
  PRIMARY KEY (story_id, outlet)
);
CREATE INDEX story_outlets_outlet ON story_outlets (outlet);

CREATE TABLE story_entities (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  story_entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  variants TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  speaker INTEGER NOT NULL,
  PRIMARY KEY (story_id, entity_id)
);
CREATE INDEX story_entities_entity ON story_entities (entity_id);
