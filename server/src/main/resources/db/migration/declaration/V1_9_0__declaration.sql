-- Health declarations (declaration module): the daily, domestic travel and entry declarations of
-- tokhaiyte.vn, made by a person for themself, by a guardian for a dependant, or by a checkpoint's staff
-- for a traveller. A row keeps what was declared then: the profile may change later.
--
-- The busiest write after check-ins (thousands a second in the morning), so: one row per declaration, no
-- foreign keys (each would lock the person's row on every insert, as check-ins avoid too), identities
-- drawn 50 at a time, and only the indexes the questions below need.
create table declaration (
    id                  bigint generated always as identity (cache 50) primary key,
    kind                varchar(16) not null,                  -- DAILY, DOMESTIC_TRAVEL, ENTRY
    person_id           bigint,                                -- about a registered person ...
    dependant_id        bigint,                                -- ... or one of their dependants
    made_by             bigint      not null,                  -- who filled it in
    made_as             varchar(16) not null,                  -- SELF, GUARDIAN, CHECKPOINT_STAFF
    venue_id            bigint,                                -- the checkpoint whose staff filled it in
    made_at             timestamptz not null,
    full_name           text        not null,
    id_number           varchar(20),
    birth_year          smallint    not null,
    gender              varchar(6)  not null,
    nationality         char(2)     not null,                  -- ISO 3166-1 alpha-2
    unit_code           varchar(10) not null,                  -- the contact address's commune: whose officials follow up
    street              text        not null,
    phone               varchar(12) not null,
    email               text,
    insurance_number    varchar(15),
    visited_units       text[]      not null,                  -- provinces (or any unit) of the last 14 days
    visited_countries   text[]      not null,
    symptoms            text[]      not null,                  -- codes of greenzone.declaration.symptoms
    exposures           text[]      not null,                  -- codes of greenzone.declaration.exposures
    chronic_conditions  text,
    flagged             boolean     not null,                  -- a symptom, an exposure or a positive test
    -- domestic travel
    vehicle             varchar(10),
    vehicle_number      varchar(20),
    seat                varchar(10),
    departure_unit      varchar(10),
    departure_place     text,
    departure_date      date,
    arrival_unit        varchar(10),
    arrival_place       text,
    arrival_date        date,
    -- entry
    border_gate         text,
    entry_countries     text[],                                -- countries of the last 21 days
    entry_date          date,
    test_result         varchar(10),
    quarantine_venue_id bigint,                                -- a venue of category QUARANTINE_FACILITY
    check ((person_id is null) <> (dependant_id is null))
);
-- The door (declared in the last 24 hours?), the prefill (the last one) and a person's history.
create index declaration_person on declaration (person_id, made_at) where person_id is not null;
create index declaration_dependant on declaration (dependant_id, made_at) where dependant_id is not null;
-- Numbers per day, unit and kind, read from the index alone once the table is vacuumed.
create index declaration_unit_day on declaration (unit_code, made_at) include (kind);
-- The health officials' list: the few flagged declarations of their communes, newest first.
create index declaration_flagged on declaration (unit_code, made_at) where flagged;
