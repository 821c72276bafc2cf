-- The exposure key server (exposure module): upload codes, verification tokens, used certificates, keys.

-- A one-time code a tracer issues to a case: a short code to read out and a long one for the SMS link,
-- both stored as HMACs under the server secret.
create table exposure_code (
    id           bigint generated always as identity primary key,
    case_id      bigint,
    code_hash    char(64)    not null unique,
    link_hash    char(64)    not null unique,
    test_type    varchar(10) not null,                  -- CONFIRMED or LIKELY
    symptom_date date        not null,                  -- onset, or the positive sample without symptoms
    symptomatic  boolean     not null,
    issued_by    bigint      not null references person (id),
    issued_at    timestamptz not null default now(),
    expires_at   timestamptz not null,
    used_at      timestamptz
);
create index exposure_code_expiry on exposure_code (expires_at);

-- What a phone gets for a code: single use, exchanged for one certificate.
create table exposure_token (
    token_hash   char(64) primary key,
    code_id      bigint      not null references exposure_code (id),
    expires_at   timestamptz not null,
    used_at      timestamptz
);

-- Certificates already used for an upload: a certificate uploads once.
create table exposure_certificate_use (
    certificate_id char(64) primary key,
    used_at        timestamptz not null default now()
);

-- Temporary exposure keys of diagnosed people. Keys of the current day are held until their period
-- has passed (available_at), so that a published key cannot be used to broadcast as the person.
create table exposure_key (
    key_data          bytea       primary key,
    rolling_start     integer     not null,
    rolling_period    integer     not null,
    transmission_risk smallint    not null,
    report_type       smallint    not null,
    days_since_onset  integer,
    region            varchar(8)  not null,
    uploaded_at       timestamptz not null default now(),
    available_at      timestamptz not null
);
create index exposure_key_available on exposure_key (available_at);

-- Published export files: one row per file of a batch. Each export takes the keys that became publishable
-- (available_at) since the previous one ended, so a key is published once and none is missed however the
-- runs fall, without writing to every key.
create table exposure_export (
    id          bigint generated always as identity primary key,
    region      varchar(8)  not null,
    start_at    timestamptz not null,
    end_at      timestamptz not null,
    batch_num   integer     not null,
    batch_size  integer     not null,
    path        text        not null unique,
    key_count   integer     not null,
    created_at  timestamptz not null default now()
);
create index exposure_export_region on exposure_export (region, end_at);
