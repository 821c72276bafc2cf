-- The daily report chain (issue 10, part 4): each province's cut-off times, the reports units and organisations
-- submit (every version kept), and the reminders sent, one per unit, day and cut-off.

-- A province without a row keeps the seeds' times (Lạng Sơn's chain; Lào Cai's communes by 09:00, from Si Ma Cai's
-- plan), which the code holds: units are loaded after the migrations, so no row can name one here.
create table report_schedule (
    province_code     varchar(10) primary key references geo_unit (code),
    team_due          time not null,
    unit_due          time not null,
    district_due      time not null,
    consolidation_due time not null,
    publication_due   time not null,
    reminder_minutes  integer not null check (reminder_minutes between 0 and 720),
    updated_by        bigint,
    updated_at        timestamptz not null default now()
);

-- organisation_id is 0 for a unit's own report, so that (day, unit, organisation, version) is a plain key.
create table report_submission (
    id                   bigserial primary key,
    day                  date not null,
    unit_code            varchar(10) not null references geo_unit (code),
    organisation_id      bigint not null default 0,
    version              integer not null,
    users                bigint not null,
    installs             bigint,
    smartphones          bigint,
    roster_size          bigint,
    registered           bigint,
    measured_users       bigint,
    measured_installs    bigint,
    measured_smartphones bigint,
    reason               text,
    late                 boolean not null,
    submitted_by         bigint not null,
    submitted_at         timestamptz not null,
    recorded_at          timestamptz not null,
    unique (day, unit_code, organisation_id, version)
);

create table report_reminder (
    day             date not null,
    unit_code       varchar(10) not null,
    organisation_id bigint not null default 0,
    cutoff          text not null,
    sent_at         timestamptz not null default now(),
    primary key (day, unit_code, organisation_id, cutoff)
);
