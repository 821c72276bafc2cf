-- Quarantine monitoring (quarantine module): who is in quarantine where, their daily reports, what officers did.

-- One quarantine of a registered person or of a dependant (whose guardian reports and gets the texts).
-- The board reads the last report's time, day and symptoms from here, so its counts need no join.
create table quarantine (
    id               bigint generated always as identity primary key,
    person_id        bigint references person (id),
    dependant_id     bigint references dependant (id),
    reader_id        bigint      not null references person (id),  -- who reports and is texted: the person or the guardian
    contact_id       bigint,                                       -- the tracing contact it was enrolled from, if any
    unit_code        varchar(10) not null,                         -- the home's commune, or the facility's unit
    place            varchar(8)  not null,                         -- HOME or FACILITY
    facility_id      bigint,                                       -- a venue of category QUARANTINE_FACILITY
    street           text,                                         -- the home's street address
    start_date       date        not null,
    planned_end      date        not null,                         -- the day it is over: it ends at 00:00 that day
    officer_id       bigint      not null references person (id),
    status           varchar(8)  not null default 'ACTIVE',        -- ACTIVE or ENDED
    link_hash        varchar(64) not null unique,                  -- HMAC of the texted link's token
    report_from      timestamptz not null,                         -- with no report yet, non-reporting counts from here
    last_report_at   timestamptz,
    last_report_day  date,
    symptomatic      boolean     not null default false,           -- the last report named a symptom
    alert_at         timestamptz,                                  -- symptoms reported and no officer has acted since
    reached_at       timestamptz,
    test_referred_at timestamptz,
    enrolled_by      bigint      not null references person (id),
    enrolled_at      timestamptz not null default now(),
    ended_at         timestamptz,
    end_reason       varchar(20),
    check (person_id is not null or dependant_id is not null)
);
-- One active quarantine per person: two officers enrolling the same person at once cannot both win.
create unique index quarantine_active_person on quarantine (person_id) where status = 'ACTIVE' and person_id is not null;
create unique index quarantine_active_dependant on quarantine (dependant_id) where status = 'ACTIVE' and dependant_id is not null;
-- The board: one pass over a unit subtree's active rows for the counts, pages by id (keyset).
create index quarantine_unit on quarantine (unit_code, status, id);
-- The home page card and the person's own report form.
create index quarantine_reader on quarantine (reader_id) where status = 'ACTIVE';
-- The jobs: quarantines due to end, records due to be purged.
create index quarantine_due on quarantine (planned_end) where status = 'ACTIVE';
create index quarantine_ended on quarantine (ended_at) where status = 'ENDED';

-- One report per quarantine and day (in the province's zone): a second one the same day updates it.
create table quarantine_report (
    quarantine_id bigint       not null references quarantine (id) on delete cascade,
    day           date         not null,
    symptoms      text[]       not null,                           -- empty: healthy
    temperature   numeric(3,1),
    note          text,
    via           varchar(9)   not null,                           -- LINK or SIGNED_IN
    first_at      timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    primary key (quarantine_id, day)
);

-- What happened to a quarantine: enrolment, alerts, officers' actions, the end.
create table quarantine_event (
    id            bigint generated always as identity primary key,
    quarantine_id bigint      not null references quarantine (id) on delete cascade,
    at            timestamptz not null default now(),
    by_person     bigint references person (id),                   -- null: the system (alerts, the end job)
    kind          varchar(10) not null,
    detail        text
);
create index quarantine_event_quarantine on quarantine_event (quarantine_id);

-- What stays of a quarantine once its record is purged: numbers for reports, never a person.
create table quarantine_span (
    unit_code  varchar(10) not null,
    place      varchar(8)  not null,
    start_date date        not null,
    end_date   date        not null
);
create index quarantine_span_unit on quarantine_span (unit_code, start_date);
