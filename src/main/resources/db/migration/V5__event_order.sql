-- A company's history keeps the order it was written in (oldest first, as the indexer sorts it),
-- so that pages and the relation snapshot number its events alike: ordering by the date text left
-- events of one date in no fixed order. The database is rebuilt from content/, so the table is
-- empty when this runs.
alter table company_event add column timeline_order integer not null;
alter table company_event add primary key (company_id, timeline_order);
