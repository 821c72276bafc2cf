-- Messages kept by the default SMS sender (outreach module).
create table sms_outbox (
    id         bigint generated always as identity primary key,
    recipient  varchar(16) not null,
    body       text        not null,
    created_at timestamptz not null default now()
);
create index sms_outbox_recipient on sms_outbox (recipient);
