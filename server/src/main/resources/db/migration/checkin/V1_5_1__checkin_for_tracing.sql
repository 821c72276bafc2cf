-- Tracing needs to know how a departure is known: a visit closed because the visitor checked in
-- elsewhere tells less than one the visitor closed themself. Adding a column with a constant default
-- rewrites nothing.
alter table checkin add column closed_by_next boolean not null default false;

-- Visits typed by hand or scanned from another app's code carry no person id; tracing finds a case's
-- such visits by phone or ID number. Only those rows are indexed.
create index checkin_visitor_phone on checkin (visitor_phone, checked_in_at)
    where person_id is null and dependant_id is null and visitor_phone is not null;
create index checkin_visitor_id_number on checkin (visitor_id_number, checked_in_at)
    where person_id is null and dependant_id is null and visitor_id_number is not null;
