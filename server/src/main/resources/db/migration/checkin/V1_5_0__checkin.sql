-- Visits to venues (checkin module). Partitioned by day of arrival so that retention drops whole
-- partitions, and tracing questions ("who was at this venue between t1 and t2", "where was this person")
-- touch only the days they ask about. Partitions are created ahead of time by the application.
create sequence checkin_id_seq cache 50;

create table checkin (
    id                bigint      not null default nextval('checkin_id_seq'),
    venue_id          bigint      not null,
    unit_code         varchar(10) not null,              -- the venue's commune, copied for reporting
    checked_in_at     timestamptz not null,
    expected_end      timestamptz not null,              -- arrival + the category's default stay
    checked_out_at    timestamptz,
    checkout_inferred boolean     not null default false,
    method            varchar(8)  not null,              -- SELF, STAFF, MANUAL, DEVICE
    person_id         bigint,                            -- a registered person ...
    dependant_id      bigint,                            -- ... or one of their dependants ...
    visitor_name      text,                              -- ... or only what a manual entry or another app's QR carried
    visitor_phone     varchar(12),
    visitor_id_number varchar(20),
    visitor_birth     date,
    foreign_code      boolean     not null default false, -- scanned from another app's unsigned code: unverified
    recorded_by       bigint,                            -- the staff member who scanned or typed it
    device_id         bigint,
    client_event_id   varchar(64),
    primary key (id, checked_in_at)
) partition by range (checked_in_at);

create index checkin_venue_time on checkin (venue_id, checked_in_at);
create index checkin_person_time on checkin (person_id, checked_in_at) where person_id is not null;
create index checkin_dependant_time on checkin (dependant_id, checked_in_at) where dependant_id is not null;
create index checkin_open on checkin (expected_end) where checked_out_at is null;
create index checkin_unit_time on checkin (unit_code, checked_in_at);
-- A device re-sending a batch after a lost answer must not create a second visit.
create unique index checkin_device_event on checkin (device_id, client_event_id, checked_in_at);

-- People whose check-ins look like abuse (e.g. more than 30 venues in an hour), for officials to follow up.
create table checkin_flag (
    id           bigint generated always as identity primary key,
    person_id    bigint      not null,
    window_start timestamptz not null,
    venues       integer     not null,
    unit_codes   text[]      not null,
    detected_at  timestamptz not null default now(),
    unique (person_id, window_start)
);
