-- Personal QR codes and dependants (identity module).

-- Readers of other apps' codes match a person by ID number (stored upper-case).
create index person_id_number on person (id_number);

-- Someone without a phone whose QR a guardian holds. Removal keeps the row, so check-in history still
-- names them.
create table dependant (
    id           bigint generated always as identity primary key,
    guardian_id  bigint      not null references person (id),
    full_name    text        not null,
    birth_date   date,
    gender       varchar(6),
    id_number    varchar(20),
    relationship text,
    created_at   timestamptz not null default now(),
    removed_at   timestamptz
);
create index dependant_guardian on dependant (guardian_id) where removed_at is null;

-- Printed codes live until revoked. The code itself is no secret (it is on paper and signed), so its
-- text is kept to show it again; the row is what revocation needs.
create table printed_qr (
    id           bigint generated always as identity primary key,
    owner_id     bigint      not null references person (id),   -- the holder, or the dependant's guardian
    dependant_id bigint references dependant (id),
    text         text,
    issued_at    timestamptz not null,
    revoked_at   timestamptz
);
create index printed_qr_owner on printed_qr (owner_id) where revoked_at is null;
