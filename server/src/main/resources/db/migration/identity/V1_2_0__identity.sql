-- People, sign-in codes, API tokens and role grants (identity module).
create table person (
    id             bigint generated always as identity primary key,
    phone          varchar(12) not null unique,          -- +84 and nine digits
    full_name      text,
    birth_date     date,
    gender         varchar(6),
    id_number      varchar(20),
    residence_unit varchar(10),
    created_at     timestamptz not null default now()
);
create index person_residence on person (residence_unit);

create table role_grant (
    id         bigint generated always as identity primary key,
    person_id  bigint      not null references person (id),
    role       varchar(32) not null,
    unit_code  varchar(10),                              -- null for roles that are not official
    granted_by bigint references person (id),
    granted_at timestamptz not null default now(),
    unique nulls not distinct (person_id, role, unit_code)
);
create index role_grant_unit on role_grant (unit_code);

-- One pending code per number, stored as an HMAC under the server secret.
create table sign_in_code (
    phone        varchar(12) primary key,
    code_hash    char(64),
    expires_at   timestamptz,
    failures     integer not null default 0,
    locked_until timestamptz
);

-- Bearer tokens for API clients, stored as SHA-256 hashes.
create table api_token (
    token_hash char(64) primary key,
    person_id  bigint      not null references person (id),
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);
create index api_token_expiry on api_token (expires_at);
