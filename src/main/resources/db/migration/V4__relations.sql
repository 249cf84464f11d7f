-- Every relation between two entries, of every type, in one table. "type" names a row of the
-- relation schema, dev.casebook.core.RelationType (USES, ADOPTS, SUPPORTS, CREATED, RELATED,
-- CITES, LINKS_TO), so that a new type of relation needs no new table or column. It replaces the
-- table per relation of V1; the database is an index rebuilt from content/, so their rows are
-- not carried over.

create sequence entry_relation_seq start with 1 increment by 50;

create table entry_relation (
    id bigint not null primary key,
    type varchar(31) not null,
    from_id bigint not null references entry,
    to_id bigint not null references entry,
    unique (type, from_id, to_id)
);

create index entry_relation_to on entry_relation (to_id);

drop table entry_source;
drop table entry_link;
drop table company_tool;
drop table company_practice;
drop table tool_practice;
drop table practice_related;
alter table entry drop column created_by_id;
