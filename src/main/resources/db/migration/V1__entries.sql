-- Entries of every kind in one table (single-table inheritance on "kind"), their tags, aliases,
-- figures and relations. Written by hand rather than by Hibernate so that it runs unchanged on H2
-- and PostgreSQL, and so that it has no "kind in (...)" check: H2 2.4 evaluates such a check with
-- the session that created it, and fails every write once the pool has retired that connection.
-- ${long_text} is the type of long bodies: "character large object" on H2, "text" on PostgreSQL.

create sequence entry_seq start with 1 increment by 50;

create table entry (
    id bigint not null primary key,
    kind varchar(31) not null,
    slug varchar(255) not null unique,
    title varchar(255) not null,
    sort_title varchar(255) not null,
    summary varchar(2000),
    source_file varchar(255),
    reviewed date,
    last_updated timestamp(6) with time zone,
    body_html ${long_text},
    body_text ${long_text},
    industry varchar(255),
    founded integer,
    category varchar(255),
    website varchar(255),
    open_source boolean,
    created_by_id bigint references entry,
    author varchar(255),
    publisher varchar(255),
    published varchar(255),
    type varchar(255),
    url varchar(255)
);

create table tag (
    name varchar(255) not null primary key
);

create table entry_tag (
    entry_id bigint not null references entry,
    tags_name varchar(255) not null references tag,
    primary key (entry_id, tags_name)
);

create table entry_aliases (
    entry_id bigint not null references entry,
    aliases_order integer not null,
    aliases varchar(255),
    primary key (entry_id, aliases_order)
);

create table entry_source (
    cited_by_id bigint not null references entry,
    source_id bigint not null references entry,
    primary key (cited_by_id, source_id)
);

create table entry_link (
    from_id bigint not null references entry,
    to_id bigint not null references entry,
    primary key (from_id, to_id)
);

create table company_tool (
    company_id bigint not null references entry,
    tool_id bigint not null references entry,
    primary key (company_id, tool_id)
);

create table company_practice (
    company_id bigint not null references entry,
    practice_id bigint not null references entry,
    primary key (company_id, practice_id)
);

create table tool_practice (
    tool_id bigint not null references entry,
    practice_id bigint not null references entry,
    primary key (tool_id, practice_id)
);

create table practice_related (
    practice_id bigint not null references entry,
    related_id bigint not null references entry,
    primary key (practice_id, related_id)
);

create table company_metric (
    company_id bigint not null references entry,
    metrics_order integer not null,
    name varchar(255),
    metric_value varchar(255),
    unit varchar(255),
    as_of varchar(31),
    source_id bigint references entry,
    locator varchar(255),
    note varchar(2000),
    measure varchar(255),
    disputed boolean not null,
    primary key (company_id, metrics_order)
);

create table company_event (
    company_id bigint not null references entry,
    event_date varchar(31),
    event_year integer not null,
    event varchar(2000),
    source_id bigint references entry,
    locator varchar(255),
    note varchar(2000),
    disputed_by varchar(2000)
);

create table company_stage (
    company_id bigint not null references entry,
    pipeline_order integer not null,
    name varchar(255),
    kind varchar(31),
    tools varchar(2000),
    practices varchar(2000),
    ships varchar(2000),
    started_by varchar(2000),
    gate varchar(2000),
    exposure varchar(2000),
    configuration varchar(2000),
    source_id bigint references entry,
    locator varchar(255),
    note varchar(2000),
    primary key (company_id, pipeline_order)
);
