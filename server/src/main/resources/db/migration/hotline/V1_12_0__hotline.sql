-- The 1022 hotline desk (hotline module): categories, agencies and routing rules, items with their history.

-- What a call is about. Names in both languages; each category has its own deadline (5 hours by default).
create table hotline_category (
    code             varchar(40) primary key,
    name_vi          text    not null,
    name_en          text    not null,
    deadline_minutes integer not null default 300 check (deadline_minutes between 10 and 10080),
    position         integer not null default 0
);
insert into hotline_category (code, name_vi, name_en, position) values
    ('VENUE_BREACH', 'Địa điểm vi phạm quy định phòng dịch', 'Venue breaking the epidemic rules', 1),
    ('QUARANTINE_BREACH', 'Vi phạm cách ly', 'Quarantine breach', 2),
    ('SUSPECTED_CASE', 'Người có triệu chứng, nghi nhiễm', 'Person with symptoms, suspected case', 3),
    ('ARRIVAL', 'Người từ vùng dịch về', 'Arrival from an affected area', 4),
    ('SUPPLIES', 'Lương thực, nhu yếu phẩm', 'Food and essential supplies', 5),
    ('OTHER', 'Khác', 'Other', 6);

-- An agency is a named desk of a unit (Trung tâm Y tế Đồng Xoài): whoever signs in with a member's phone
-- sees its queue, and its head is texted when an item nears or passes its deadline.
create table hotline_agency (
    id         bigint generated always as identity primary key,
    unit_code  varchar(10) not null,
    name       text        not null,
    head_phone varchar(16) not null,
    created_at timestamptz not null default now(),
    unique (unit_code, name)
);
create table hotline_agency_member (
    agency_id bigint      not null references hotline_agency (id) on delete cascade,
    phone     varchar(16) not null,
    primary key (agency_id, phone)
);
-- The menu asks on every page whether the signed-in phone serves an agency.
create index hotline_agency_head on hotline_agency (head_phone);
create index hotline_agency_member_phone on hotline_agency_member (phone);

-- Category and unit → agency. An item goes to the rule of its category on the nearest unit at or above its own.
create table hotline_rule (
    id            bigint generated always as identity primary key,
    category_code varchar(40) not null references hotline_category (code),
    unit_code     varchar(10) not null,
    agency_id     bigint      not null references hotline_agency (id) on delete cascade,
    unique (category_code, unit_code)
);

-- One call, tip, complaint or web report. agency_id null: no rule matched, the item waits in the supervisor's queue.
create table hotline_item (
    id            bigint generated always as identity primary key,
    category_code varchar(40) not null references hotline_category (code),
    unit_code     varchar(10) not null,
    agency_id     bigint references hotline_agency (id),
    description   text        not null,
    caller_phone  varchar(16) not null,                   -- international form; shown masked to most
    urgency       varchar(8)  not null,                   -- NORMAL or URGENT
    channel       varchar(8)  not null,                   -- CALL (logged by an operator) or WEB (public form)
    operator_id   bigint references person (id),          -- who took the call
    status        varchar(12) not null,                   -- RECEIVED, ASSIGNED, IN_PROGRESS, HANDLED, CLOSED
    tracking_hash varchar(64) not null unique,            -- HMAC of the tracking code texted to the caller
    received_at   timestamptz not null,
    due_at        timestamptz not null,
    handled_at    timestamptz,
    escalation    smallint    not null default 0,         -- 0 none, 1 near the deadline, 2 past it: one SMS per stage
    updated_at    timestamptz not null default now()
);
-- The queues read open items only, soonest deadline first: an agency's, and a unit subtree's (the supervisor).
create index hotline_item_agency_queue on hotline_item (agency_id, due_at) where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS');
create index hotline_item_unit_queue on hotline_item (unit_code, due_at) where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS');
-- The escalation job: open items not yet escalated to the last stage, by deadline.
create index hotline_item_escalation on hotline_item (due_at) where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and escalation < 2;
-- Statistics: items of a unit subtree received in a period.
create index hotline_item_received on hotline_item (unit_code, received_at);

-- What happened to an item: received, routed, status changes with notes, escalations.
create table hotline_event (
    id        bigint generated always as identity primary key,
    item_id   bigint      not null references hotline_item (id) on delete cascade,
    at        timestamptz not null default now(),
    kind      varchar(12) not null,                       -- a status, or ESCALATED, ROUTED
    note      text,
    actor_id  bigint references person (id)               -- null: the system (routing, the escalation job)
);
create index hotline_event_item on hotline_event (item_id, id);
