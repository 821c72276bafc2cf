-- Cases, their contacts and notices (tracing module).

-- A confirmed case (F0). The subject is a registered person, a dependant, or someone known only by what
-- the tracer typed; name, phone and ID number are copied so that the case reads the same later.
create table trace_case (
    id              bigint generated always as identity primary key,
    cluster_id      bigint,                              -- the first case of the chain it belongs to
    person_id       bigint references person (id),
    dependant_id    bigint references dependant (id),
    full_name       text        not null,
    phone           varchar(12),
    id_number       varchar(20),
    address         text,
    unit_code       varchar(10) not null,                -- the unit whose tracers manage the case
    sample_date     date        not null,
    onset_date      date,                                -- null: asymptomatic
    isolation_date  date        not null,
    window_start    timestamptz not null,
    window_end      timestamptz not null,
    source          text,
    notes           text,
    status          varchar(8)  not null default 'OPEN',
    from_contact_id bigint,                              -- the contact of an earlier case who tested positive
    created_by      bigint      not null references person (id),
    created_at      timestamptz not null default now(),
    closed_at       timestamptz
);
-- One open case per person per episode: a second one while the first is open is a mistake.
create unique index trace_case_open_person on trace_case (person_id) where status = 'OPEN' and person_id is not null;
create unique index trace_case_open_dependant on trace_case (dependant_id) where status = 'OPEN' and dependant_id is not null;
create unique index trace_case_open_id_number on trace_case (id_number)
    where status = 'OPEN' and person_id is null and dependant_id is null and id_number is not null;
create index trace_case_unit on trace_case (unit_code);
-- Which contacts are cases themselves (shown on every list of contacts).
create index trace_case_person on trace_case (person_id) where person_id is not null;
create index trace_case_dependant on trace_case (dependant_id) where dependant_id is not null;
create index trace_case_cluster on trace_case (cluster_id);

create table trace_case_change (
    id         bigint generated always as identity primary key,
    case_id    bigint      not null references trace_case (id),
    changed_by bigint      not null references person (id),
    changed_at timestamptz not null default now(),
    field      varchar(20) not null,
    old_value  text,
    new_value  text
);
create index trace_case_change_case on trace_case_change (case_id);

-- A contact of a case: one row per person however many paths reach them. Candidates found by overlap
-- are derived again whenever the case is read; the decision, follow-up and notice are the tracers' own.
create table trace_contact (
    id             bigint generated always as identity primary key,
    case_id        bigint      not null references trace_case (id),
    contact_key    text        not null,                 -- P:<person>, D:<dependant>, or V:<phone|ID|name>
    person_id      bigint,
    dependant_id   bigint,
    full_name      text,
    phone          varchar(12),
    id_number      varchar(20),
    generation     integer     not null,                 -- 1 for F1, 2 for F2, ...
    kind           varchar(6)  not null,                 -- VISIT (found by overlap) or MANUAL (added by hand)
    relation       varchar(20),                          -- for contacts added by hand: HOUSEHOLD, WORKPLACE, ...
    decision       varchar(10) not null default 'CANDIDATE',
    status         varchar(16) not null default 'NEW',
    officer_id     bigint references person (id),
    exposure_start timestamptz,                          -- when their exposure began, earliest over all paths
    notified_at    timestamptz,
    created_at     timestamptz not null default now(),
    unique (case_id, contact_key)
);
create index trace_contact_person on trace_contact (person_id) where person_id is not null;
create index trace_contact_officer on trace_contact (officer_id) where officer_id is not null;

-- How a contact was reached: their visit met a visit of the case (from_contact_id null) or of a contact.
create table trace_path (
    contact_id             bigint      not null references trace_contact (id) on delete cascade,
    from_contact_id        bigint,
    venue_id               bigint      not null,
    source_visit_id        bigint      not null,
    visit_id               bigint      not null,
    source_start           timestamptz not null,
    source_end             timestamptz not null,
    source_departure_known varchar(12) not null,
    arrival                timestamptz not null,
    departure              timestamptz not null,
    departure_known        varchar(12) not null,
    overlap_seconds        integer     not null,
    airborne               boolean     not null,
    confidence             varchar(6)  not null,
    primary key (contact_id, source_visit_id, visit_id)
);

-- Decisions, follow-up changes and dated notes of a contact.
create table trace_contact_event (
    id         bigint generated always as identity primary key,
    contact_id bigint      not null references trace_contact (id) on delete cascade,
    at         timestamptz not null default now(),
    by_person  bigint      references person (id),
    kind       varchar(12) not null,                     -- DECISION, STATUS, OFFICER, NOTE, NOTIFIED
    old_value  text,
    new_value  text
);
create index trace_contact_event_contact on trace_contact_event (contact_id);

-- A risky venue and time window proposed by one official and approved by another (four eyes).
create table venue_alert (
    id           bigint generated always as identity primary key,
    venue_id     bigint      not null,
    unit_code    varchar(10) not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    message_type varchar(20) not null,
    status       varchar(10) not null default 'PROPOSED',
    proposed_by  bigint      not null references person (id),
    proposed_at  timestamptz not null default now(),
    decided_by   bigint references person (id),
    decided_at   timestamptz,
    notified     integer
);
create index venue_alert_status on venue_alert (status, ends_at);

-- What a person sees on their home page and at /api/v1/me/alerts. Never the case's identity, never who
-- else was there: only where and when, and what to do.
create table tracing_alert (
    id             bigint generated always as identity primary key,
    person_id      bigint      not null references person (id),
    kind           varchar(12) not null,                 -- CONTACT or RISKY_VENUE
    contact_id     bigint references trace_contact (id),
    venue_alert_id bigint references venue_alert (id),
    about          text        not null default '',      -- the dependant the notice is about, if any
    generation     integer,
    venue_name     text,
    exposure_at    timestamptz,
    message_type   varchar(20),
    unit_code      varchar(10) not null,
    created_at     timestamptz not null default now(),
    unique nulls not distinct (person_id, contact_id, venue_alert_id, about)
);
create index tracing_alert_person on tracing_alert (person_id, created_at);
