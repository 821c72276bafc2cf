-- Outreach campaigns (outreach module): messages to people by unit and group, sent through the configured gateway.

-- A campaign: whom (a unit's subtree and a group), what (a template per language), when (once, or on a schedule).
create table campaign (
    id              bigint generated always as identity primary key,
    name            text        not null,
    unit_code       varchar(10) not null,
    recipient_group varchar(32) not null,                 -- EVERYONE, IN_QUARANTINE, CASE_CONTACTS
    case_id         bigint,                               -- the case whose contacts CASE_CONTACTS reaches
    template_vi     text        not null,
    template_en     text        not null,
    schedule        varchar(64),                          -- a cron expression for a repeating campaign, else null
    status          varchar(8)  not null default 'DRAFT', -- DRAFT, RUNNING, PAUSED
    runs            integer     not null default 0,       -- runs queued so far
    next_run_at     timestamptz,                          -- when a repeating campaign queues its next run
    created_by      bigint,
    created_at      timestamptz not null default now()
);
create index campaign_unit on campaign (unit_code);
create index campaign_due on campaign (next_run_at) where status = 'RUNNING';

-- One message of one run to one number. Rendered at send time, so an opt-out or a cap applies until the last moment.
create table campaign_message (
    id              bigint generated always as identity primary key,
    campaign_id     bigint      not null references campaign (id),
    run             integer     not null,
    recipient       varchar(16) not null,                 -- +84912345678
    name            text,
    language        varchar(2)  not null,                 -- vi or en
    status          varchar(10) not null default 'QUEUED',-- QUEUED, SENDING, SENT, DELIVERED, FAILED, OPTED_OUT, CAPPED
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    gateway_id      text,                                 -- the gateway's id of the sent message, for its receipts
    sent_at         timestamptz,
    updated_at      timestamptz,
    unique (campaign_id, run, recipient)
);
-- The sender's queue: due messages in order.
create index campaign_message_due on campaign_message (next_attempt_at, id) where status = 'QUEUED';
create index campaign_message_gateway on campaign_message (gateway_id) where gateway_id is not null;
-- The weekly cap: what a number was sent in the last seven days, across campaigns.
create index campaign_message_recipient_sent on campaign_message (recipient, sent_at) where sent_at is not null;

-- Numbers that asked for no more campaigns, by reply keyword or by the link. Sign-in codes and alerts still go.
create table sms_opt_out (
    recipient  varchar(16) primary key,
    via        varchar(8)  not null,                      -- KEYWORD or LINK
    created_at timestamptz not null default now()
);
