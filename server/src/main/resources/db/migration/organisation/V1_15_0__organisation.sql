-- Organisations and their staff rosters (organisation module): agencies, schools, enterprises, industrial
-- zones and health facilities registered in a unit with a head, who uploads the roster and follows who on it
-- uses Greenzone.
--
-- Coverage needs the person table (identity) and the declarations (declaration), which this module may not
-- read: a count asks both modules' public APIs and keeps the answer here, on each member and as totals, so the
-- lists of a province's 50,000 organisations read this module's tables alone.
create table organisation (
    id                 bigint generated always as identity primary key,
    name               text        not null,
    kind               varchar(20) not null,       -- AGENCY, SCHOOL, ENTERPRISE, INDUSTRIAL_ZONE, HEALTH_FACILITY, OTHER
    unit_code          varchar(10) not null,
    head_person_id     bigint      not null,
    registered_by      bigint      not null,
    registered_at      timestamptz not null,
    roster_uploaded_at timestamptz,
    -- the last count: members, with the roster's number registered, and of those declared in the 24 h before
    roster_size        integer     not null default 0,
    registered         integer     not null default 0,
    declared           integer     not null default 0,
    counted_at         timestamptz
);
create index organisation_unit on organisation (unit_code, name);
create index organisation_head on organisation (head_person_id);
create index organisation_counted on organisation (counted_at nulls first);

-- One row per member of the current roster; an upload replaces them all in its transaction.
create table roster_member (
    id              bigint generated always as identity (cache 1000) primary key,
    organisation_id bigint      not null references organisation (id) on delete cascade,
    line            integer     not null,       -- the row of the file (1 is the header)
    full_name       text        not null,
    phone           varchar(12) not null,       -- international form
    member_group    varchar(32) not null,
    person_id       bigint,                     -- the registered person with this number, as last counted
    declared        boolean     not null default false,
    unique (organisation_id, phone)
);
-- Lists go by line and stop at a page: the first 200 unregistered of 100,000 are read in line order.
create index roster_member_line on roster_member (organisation_id, line);

-- Per group totals of the last count, for the targets per group.
create table roster_group_count (
    organisation_id bigint      not null references organisation (id) on delete cascade,
    member_group    varchar(32) not null,
    members         integer     not null,
    registered      integer     not null,
    declared        integer     not null,
    primary key (organisation_id, member_group)
);

-- Targets per organisation group set by a unit administrator; a unit without its own inherits its parent's,
-- and the country's default is the seeds' (in code).
create table organisation_target (
    unit_code    varchar(10) not null,
    member_group varchar(32) not null,
    percent      smallint    not null check (percent between 0 and 100),
    set_by       bigint      not null,
    set_at       timestamptz not null,
    primary key (unit_code, member_group)
);

-- Reminders sent to roster members: at most one a number a day, whichever organisation sends it.
create table roster_reminder (
    phone           varchar(12) not null,
    day             date        not null,
    organisation_id bigint      not null,
    sent_at         timestamptz not null,
    primary key (phone, day)
);
