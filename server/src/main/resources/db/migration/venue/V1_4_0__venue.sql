-- Venues, their staff and reader devices (venue module).
create table venue (
    id            bigint generated always as identity primary key,
    name          text        not null,
    branch        text        not null default '',
    branch_key    text        not null default '',       -- branch folded for comparison
    category      varchar(32) not null,
    unit_code     varchar(10) not null,                  -- the commune (a leaf of the unit tree)
    address       text        not null,
    address_key   text        not null,                  -- address folded and spelled one way
    latitude      double precision,
    longitude     double precision,
    contact_phone varchar(12) not null,
    owner_id      bigint      not null references person (id),
    suspended     boolean     not null default false,
    qr_version    integer     not null default 1,        -- printed in the poster; bumping it voids old posters
    privileged_by bigint references person (id),         -- the health official who granted it
    privileged_at timestamptz,
    created_at    timestamptz not null default now()
);
-- One QR per location: concurrent registrations of the same place cannot both win.
create unique index venue_location on venue (unit_code, address_key, branch_key);
create index venue_owner on venue (owner_id);

-- Staff are authorised by phone number, so they may sign up after the owner adds them.
create table venue_staff (
    venue_id bigint      not null references venue (id),
    phone    varchar(12) not null,
    added_at timestamptz not null default now(),
    primary key (venue_id, phone)
);
create index venue_staff_phone on venue_staff (phone);

-- Reader devices hold an API key; only its SHA-256 is kept.
create table venue_device (
    id         bigint generated always as identity primary key,
    venue_id   bigint      not null references venue (id),
    name       text        not null,
    key_hash   char(64)    not null unique,
    created_at timestamptz not null default now(),
    revoked_at timestamptz
);
create index venue_device_venue on venue_device (venue_id);
