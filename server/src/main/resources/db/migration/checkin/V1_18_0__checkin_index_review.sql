-- Index review (issue 13). Each check-in row is written into every index that covers it, so an index no
-- query of the product reads is pure cost on the busiest write path. Kept, with the query that needs each:
--   checkin_pkey (id, checked_in_at)            a visit by id: check-out, the live lists' notices, a tracer's visit
--   checkin_venue_time (venue_id, checked_in_at) repeats of typed visitors at a venue, the venue desk's list,
--                                                tracing's "who was at this venue" (PresenceRepository)
--   checkin_person_time (person_id, ...)        repeats within 5 minutes, closing the visit elsewhere, the burst
--                                                flag, device-scan folding, "my visits", a case's visits
--   checkin_dependant_time (dependant_id, ...)  the same for dependants (partial: only their rows)
--   checkin_open (expected_end) open visits     the overstay job closing visits whose stay ran out
--   checkin_unit_time (unit_code, ...)          daily statistics per unit (CheckinStatistics.daily)
--   checkin_visitor_phone / _id_number          a case's typed visits without an account (partial)
--   checkin_device_event (device_id, client_event_id, checked_in_at)
--                                                a re-sent device batch stores nothing twice (ON CONFLICT)
-- Changed: checkin_device_event held an entry for every row, self-scans included (device_id null), which no
-- query reads and uniqueness does not need; it now covers device rows only.
drop index checkin_device_event;
create unique index checkin_device_event on checkin (device_id, client_event_id, checked_in_at)
    where device_id is not null;
