-- One day partition of background check-ins, generated inside PostgreSQL: `rows` visits whose arrivals
-- fall in the UTC day `day` (the partition checkin_<suffix>), ids first_id .. first_id + rows - 1.
-- psql variables: day (its 00:00 UTC), suffix, rows, first_id, person_base (id of person 1), people,
-- reserved (people 1 .. reserved are kept for the planted scenario and get no background visits),
-- venue_base (id of venue 1), venues, hot_share (the share of visits at the busiest hundredth of the
-- venues), communes (the array the venues' communes were taken from), now (the generation's clock).
--
-- Arrivals follow the day in Viet Nam (UTC+7): 06:00-22:00 local, peaking in the afternoon, so each UTC
-- day holds local 07:00-22:00 of its date and 06:00-07:00 of the next. expected_end = arrival + the venue
-- category's default stay (1-9 h, as people-venues.sql chose the category). Departures: 85 % check out
-- after 25-100 % of the default stay (at least 10 minutes), one in 16 of them closed by the next
-- check-in elsewhere; 10 % closed by the overstay job (inferred, at expected_end); 5 % never closed. What the
-- overstay job would still close (open, past expected_end, arrived within its 4-day look-back) is stored
-- as the job leaves it, so the job has nothing to do while the API is measured; a departure after `now`
-- is left open. Methods: 85 % SELF, 8 % DEVICE, 5 % STAFF, 2 % MANUAL (a typed name, phone and ID
-- number, no person). Subqueries with random() in their select list are not flattened by the planner,
-- so each value is drawn once per row.
\set ON_ERROR_STOP 1
set synchronous_commit = off;

insert into checkin_:suffix (id, venue_id, unit_code, checked_in_at, expected_end, checked_out_at, checkout_inferred,
                             closed_by_next, method, person_id, visitor_name, visitor_phone, visitor_id_number,
                             recorded_by, device_id, client_event_id)
select id, :venue_base + venue - 1, unit_code, arrival, arrival + stay,
       case when planned <= now then planned when job_closes then arrival + stay end,
       case when planned <= now then inferred else job_closes end,
       planned <= now and by_next and not inferred,
       method,
       case when method <> 'MANUAL' then :person_base + person - 1 end,
       case when method = 'MANUAL' then 'Khách ghi tay ' || person end,
       case when method = 'MANUAL' then '+849' || lpad(person::text, 8, '0') end,
       case when method = 'MANUAL' then '070' || lpad(person::text, 9, '0') end,
       case when method = 'STAFF' then :person_base + venue - 1 end,
       case when method = 'DEVICE' then 1 + venue % 5000 end,
       case when method = 'DEVICE' then 'bench-' || id end
  from (
    select id, venue, person, arrival, stay, now, by_next, inferred,
           codes[1 + venue % cardinality(codes)] as unit_code,
           case when r_method < 0.85 then 'SELF' when r_method < 0.93 then 'DEVICE'
                when r_method < 0.98 then 'STAFF' else 'MANUAL' end as method,
           -- the departure as it happens (infinity: never closed)
           case when r_departure < 0.05 then 'infinity'::timestamptz
                when inferred then arrival + stay
                else arrival + greatest(interval '10 minutes', stay * (0.25 + 0.75 * r_stay)) end as planned,
           -- still open at `now` but past its default stay and within the overstay job's look-back
           arrival + stay <= now and arrival > now - interval '4 days' as job_closes
      from (
        select id, venue, person, now, codes, r_method, r_departure, r_stay, by_next,
               r_departure >= 0.05 and r_departure < 0.15 as inferred,
               day + make_interval(mins => (local_minute - 420 + 1440) % 1440, secs => r_second * 60) as arrival,
               make_interval(hours => case when venue <= hot then 1
                                           else (array[2, 9, 2, 3, 4, 8, 3, 2, 1, 1])[1 + venue % 10] end) as stay
          from (
            select :first_id::bigint + i as id,
                   case when random() < :hot_share then 1 + floor(random() * h.hot)::int
                        else 1 + floor(random() * :venues)::int end as venue,
                   h.hot,
                   :reserved + 1 + floor(random() * (:people - :reserved))::int as person,
                   -- local minute of arrival: 06:00 plus 16 hours, triangular around 14:00
                   360 + floor(480 * (random() + random()))::int as local_minute,
                   random() as r_second, random() as r_departure, random() as r_stay, random() as r_method,
                   random() < 0.0625 as by_next,
                   :'day'::timestamptz as day, :'now'::timestamptz as now, :'communes'::text[] as codes
              from generate_series(0, :rows - 1) i, (select greatest(1, :venues / 100) as hot) h
          ) r
      ) a
  ) b;
