-- Adoption figures (adoption module). Raw figures as measured or imported, per unit and day; a rollup per unit
-- and day holds the sums over each unit's subtree, kept on every import and snapshot, so that a dashboard reads a
-- few hundred rows by primary key whatever the size of the tree below it.

-- Greenzone's own count: people registered with a phone number (and their dependants) by home unit, per day.
create table adoption_users (
    unit_code varchar(10) not null,
    day       date        not null,
    users     bigint      not null,
    primary key (day, unit_code)
);
-- The days counted, so a day with nobody registered yet is not counted again on every request.
create table adoption_users_counted (
    day        date        primary key,
    counted_at timestamptz not null default now()
);

-- Installs of the external contact-detection app, as its operator reports them.
create table adoption_installs (
    unit_code   varchar(10) not null,
    day         date        not null,
    installs    bigint      not null check (installs >= 0),
    imported_at timestamptz not null default now(),
    imported_by bigint,
    primary key (day, unit_code)
);

-- Smartphones per unit (communes, as the telecom operators count them), day and operator; operators add up.
create table adoption_smartphones (
    unit_code   varchar(10) not null,
    day         date        not null,
    operator    varchar(40) not null,
    smartphones bigint      not null check (smartphones >= 0),
    imported_at timestamptz not null default now(),
    imported_by bigint,
    primary key (day, unit_code, operator)
);

-- Residents per unit (optional, for targets by population): the latest count of each unit.
create table adoption_residents (
    unit_code   varchar(10) primary key,
    residents   bigint      not null check (residents >= 0),
    imported_at timestamptz not null default now(),
    imported_by bigint
);

-- Sums over the unit and everything below it. Imported figures stay null where nothing was imported under the
-- unit that day, so "none imported" never reads as zero.
create table adoption_rollup (
    unit_code   varchar(10) not null,
    day         date        not null,
    users       bigint      not null default 0,
    installs    bigint,
    smartphones bigint,
    primary key (day, unit_code)
);
-- The key serves a day's children (and the rebuild of a day); this index serves one unit's trend.
create index adoption_rollup_unit on adoption_rollup (unit_code, day);

-- Residents summed the same way; they carry no day, so they are rolled up once per import, not per day.
create table adoption_residents_rollup (
    unit_code varchar(10) primary key,
    residents bigint      not null
);

-- A unit's own target; units below without one inherit the nearest above.
create table adoption_target (
    unit_code varchar(10)  primary key,
    basis     varchar(12)  not null check (basis in ('SMARTPHONES', 'RESIDENTS')),
    percent   numeric(5,2) not null check (percent > 0 and percent <= 100),
    deadline  date         not null,
    set_by    bigint,
    set_at    timestamptz  not null default now()
);

-- The morning publication of a province: the previous day's figures per district, frozen.
create table adoption_publication (
    province_code varchar(10) not null,
    day           date        not null,
    published_at  timestamptz not null,
    published_by  bigint,
    primary key (province_code, day)
);
create table adoption_published_figure (
    province_code varchar(10) not null,
    day           date        not null,
    unit_code     varchar(10) not null,
    installs      bigint,
    smartphones   bigint,
    primary key (province_code, day, unit_code),
    foreign key (province_code, day) references adoption_publication (province_code, day) on delete cascade
);
