-- Venue COVID-safety: self-assessments, inspections, and establishments of the business registry that
-- should have registered a venue. Venues and people are referred to by id only (their modules own them).

create table safety_assessment (
    id           bigint generated always as identity primary key,
    venue_id     bigint      not null,
    criteria_set varchar(40) not null,
    criteria     text[]      not null,          -- criterion keys, in the order of answers
    answers      smallint[]  not null,          -- 0 not met, 1 partly, 2 fully met
    score        smallint    not null check (score between 0 and 100),
    colour       varchar(8)  not null,
    assessed_by  bigint      not null,
    assessed_at  timestamptz not null
);
create index safety_assessment_venue on safety_assessment (venue_id, assessed_at desc);

create table safety_inspection (
    id           bigint generated always as identity primary key,
    venue_id     bigint      not null,
    unit_code    varchar(10) not null,          -- the venue's unit when planned: whose inspectors see it
    planned_for  date        not null,
    planned_by   bigint      not null,
    inspected_at timestamptz,                   -- null while planned
    inspector_id bigint,
    criteria     text[],
    findings     smallint[],
    score        smallint check (score between 0 and 100),
    verdict      varchar(8),                    -- the colour the inspector decided, overriding the self-assessment
    note         varchar(1000),
    fix_by       date,
    photo        bytea,
    photo_type   varchar(20)
);
create index safety_inspection_venue on safety_inspection (venue_id, inspected_at desc);
create index safety_inspection_unit on safety_inspection (unit_code, planned_for);

create table safety_registry_import (
    id          bigint generated always as identity primary key,
    unit_code   varchar(10)  not null,
    file_name   varchar(200) not null,
    imported_by bigint       not null,
    imported_at timestamptz  not null default now(),
    accepted    int          not null,
    refused     int          not null
);

create table safety_registry_entry (
    id               bigint generated always as identity primary key,
    import_id        bigint       not null references safety_registry_import (id),
    row_number       int          not null,
    name             varchar(200) not null,
    address          varchar(300) not null,
    unit_code        varchar(10)  not null,
    sector           varchar(100) not null,
    matched_venue_id bigint,                     -- null: no registered venue at this address, followed up
    status           varchar(20)  not null,      -- MATCHED, TO_VISIT, REGISTERED, CLOSED, FINED
    status_at        timestamptz  not null default now()
);
create index safety_registry_entry_unit on safety_registry_entry (unit_code, status);
