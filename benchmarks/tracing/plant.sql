-- The traced scenario, planted on top of the background check-ins (which leave people 1 .. reserved
-- alone). psql variables: person_base (id of person 1), venue_base (id of venue 1), venues, people,
-- reserved, f1_visits (later visits of each F1, default 10), f2_per_visit (people met at each of them).
--
-- Person 1 is the F0, person 2 the contact tracer. The infectious window is the one a case with sample
-- date T-12 and isolation date T-1 gets (T = today in Viet Nam): [T-14 00:00, T 00:00) local time. The F0
-- has 30 visits at 30 venues on days T-14 .. T-2 (3 of them at the busiest markets), one of them typed by
-- staff with the F0's phone rather than scanned. At each of the 30, twelve visitors are planted:
--   counted (F1 candidates): 1 overlapping exactly 15 minutes, 2 the whole visit, 3 thirty minutes,
--   4 still open (departure = expected end) or closed by the overstay job, 5 twenty minutes and closed by
--   the next check-in, 6 a reader-device scan; 9 arriving 10 and 10 arriving exactly 30 minutes after
--   the F0 left (airborne);
--   not counted: 7 overlapping 14 minutes, 8 five minutes, 11 arriving 31 minutes after, 12 gone a
--   minute before the F0 came.
-- That is 8 x 30 = 240 planted candidates (people 11 .. 370; at every fifth venue visitor 2 is typed by
-- staff, known only by a phone no person has), on top of whoever the background put there. Each of the
-- registered candidates then makes f1_visits later visits, after the visit that exposed them and before
-- the window ends, at other venues, and at each of those f2_per_visit background people are planted
-- (overlapping the whole visit, overlapping 30 minutes, arriving 15 minutes after: airborne).
\set ON_ERROR_STOP 1
begin;
select setseed(0.4242) \g /dev/null

create temp table scenario as
select (now() at time zone 'Asia/Ho_Chi_Minh')::date as today,
       (((now() at time zone 'Asia/Ho_Chi_Minh')::date - 14)::timestamp at time zone 'Asia/Ho_Chi_Minh') as window_start,
       (((now() at time zone 'Asia/Ho_Chi_Minh')::date)::timestamp at time zone 'Asia/Ho_Chi_Minh') as window_end,
       greatest(1, :venues / 100) as hot;

-- A venue's default stay, as people-venues.sql and checkins.sql have it.
create temp table venue_stay as
select v.id, v.unit_code,
       make_interval(hours => case when j <= s.hot then 1 else (array[2, 9, 2, 3, 4, 8, 3, 2, 1, 1])[1 + j % 10] end) as stay
  from venue v cross join scenario s, lateral (select (v.id - :venue_base + 1)::int as j) x
 where v.id between :venue_base and :venue_base + :venues - 1;

-- The F0's venues: three markets among the busiest, 27 others drawn at random.
create temp table f0_venue as
select (j - 1) * 10 as k, :venue_base + j - 1 as id from generate_series(1, 3) j
union all
select r + r / 9 + 1, id
  from (select row_number() over () - 1 as r, id
          from (select id from venue_stay, scenario where id - :venue_base + 1 > hot order by random() limit 27) y) x;

-- The F0's visits: 2-3 a day at 08:00, 12:00 and 16:00 local (+ up to an hour), 40-150 minutes, within
-- the venue's default stay.
create temp table f0_visit as
select k, venue_id, unit_code, arrival, arrival + stay as expected_end,
       arrival + least(stay, make_interval(mins => 40 + (random() * 110)::int)) as departure, stay
  from (
    select f.k, f.id as venue_id, vs.unit_code, vs.stay,
           ((s.today - 14 + (f.k * 13 / 30)::int)::timestamp + make_interval(hours => (8 + (f.k % 3) * 4)::int, mins => (random() * 60)::int))
             at time zone 'Asia/Ho_Chi_Minh' as arrival
      from f0_venue f join venue_stay vs on vs.id = f.id cross join scenario s) x;

insert into checkin (venue_id, unit_code, checked_in_at, expected_end, checked_out_at, checkout_inferred, closed_by_next,
                     method, person_id, visitor_name, visitor_phone, visitor_id_number, recorded_by, device_id, client_event_id)
select f.venue_id, f.unit_code, f.arrival, f.expected_end,
       case when f.k in (1, 4, 7) then null when f.k = 8 then f.expected_end else f.departure end,
       f.k = 8, f.k = 9,
       case when f.k = 29 then 'MANUAL' when f.k in (5, 15) then 'STAFF' when f.k = 25 then 'DEVICE' else 'SELF' end,
       case when f.k <> 29 then p.id end,
       case when f.k = 29 then p.full_name end,
       case when f.k = 29 then p.phone end,
       case when f.k = 29 then p.id_number end,
       case when f.k in (5, 15, 29) then (select owner_id from venue where id = f.venue_id) end,
       case when f.k = 25 then 999999 end,
       case when f.k = 25 then 'bench-f0-25' end
  from f0_visit f, person p where p.id = :person_base;
-- Open visits (k 1, 4, 7, in the first days of the window) depart at their expected end.
update f0_visit set departure = expected_end where k in (1, 4, 7, 8);

-- The twelve visitors of each F0 visit: slot, arrival, departure, and how the departure is known.
create temp table planted as
select f.k, c.slot, :person_base + 10 + f.k * 12 + c.slot - 1 as person_id, f.venue_id, f.unit_code, f.stay,
       c.arrival, c.departure, c.slot in (1, 2, 3, 4, 5, 6, 9, 10) as counted
  from f0_visit f
  cross join lateral (values
    (1, f.departure - interval '15 minutes', f.departure + interval '20 minutes'),
    (2, f.arrival - interval '10 minutes', f.departure + interval '10 minutes'),
    (3, f.arrival + interval '5 minutes', f.arrival + interval '35 minutes'),
    (4, f.arrival + interval '1 minute', null),
    (5, f.arrival - interval '30 minutes', f.arrival + interval '20 minutes'),
    (6, f.arrival + interval '10 minutes', f.departure - interval '5 minutes'),
    (7, f.arrival - interval '60 minutes', f.arrival + interval '14 minutes'),
    (8, f.departure - interval '5 minutes', f.departure + interval '60 minutes'),
    (9, f.departure + interval '10 minutes', f.departure + interval '50 minutes'),
    (10, f.departure + interval '30 minutes', f.departure + interval '70 minutes'),
    (11, f.departure + interval '31 minutes', f.departure + interval '60 minutes'),
    (12, f.arrival - interval '90 minutes', f.arrival - interval '1 minute')) as c(slot, arrival, departure);

insert into checkin (venue_id, unit_code, checked_in_at, expected_end, checked_out_at, checkout_inferred, closed_by_next,
                     method, person_id, visitor_name, visitor_phone, recorded_by, device_id, client_event_id)
select pl.venue_id, pl.unit_code, pl.arrival, pl.arrival + greatest(pl.stay, pl.departure - pl.arrival),
       -- visitor 4 is open when its day is older than the overstay job looks back, else the job closed it
       case when pl.departure is not null then pl.departure
            when pl.arrival > now() - interval '4 days' then pl.arrival + pl.stay end,
       pl.departure is null and pl.arrival > now() - interval '4 days',
       pl.slot = 5,
       case when pl.slot = 6 then 'DEVICE' when pl.slot = 2 and pl.k % 5 = 0 then 'MANUAL' else 'SELF' end,
       case when not (pl.slot = 2 and pl.k % 5 = 0) then pl.person_id end,
       case when pl.slot = 2 and pl.k % 5 = 0 then 'Khách không đăng ký ' || pl.k end,
       case when pl.slot = 2 and pl.k % 5 = 0 then '+84999' || lpad(pl.k::text, 6, '0') end,
       case when pl.slot = 2 and pl.k % 5 = 0 then (select owner_id from venue where id = pl.venue_id) end,
       case when pl.slot = 6 then 999999 end,
       case when pl.slot = 6 then 'bench-planted-' || pl.k end
  from planted pl;

-- Later visits of the registered candidates: f1_visits each, spread from an hour after the visit that
-- exposed them to three hours before the window ends, 40-90 minutes long, one in ten at a busy market.
create temp table f1_visit as
select pl.person_id, m, v.id as venue_id, v.unit_code, v.stay, a.arrival,
       a.arrival + least(v.stay, make_interval(mins => 40 + (random() * 50)::int)) as departure
  from planted pl cross join scenario s
  cross join generate_series(0, :f1_visits - 1) m
  cross join lateral (select greatest(pl.departure, pl.arrival + interval '1 hour') + interval '1 hour' as after) e
  cross join lateral (select e.after + (s.window_end - interval '3 hours' - e.after) * (m + random() * 0.3) / :f1_visits as arrival,
                             :venue_base + case when random() < 0.1 then floor(random() * s.hot)::int
                                                else s.hot + floor(random() * (:venues - s.hot))::int end as venue_id,
                             pl.person_id + m as per_row) a
  join venue_stay v on v.id = a.venue_id
 where pl.counted and not (pl.slot = 2 and pl.k % 5 = 0);

insert into checkin (venue_id, unit_code, checked_in_at, expected_end, checked_out_at, method, person_id)
select venue_id, unit_code, arrival, arrival + stay, departure, 'SELF', person_id from f1_visit;

-- People they met there (background people, so they have their own history too).
create temp table f2_visit as
select f.person_id as f1_person, f.venue_id, f.unit_code, x.slot, x.arrival,
       x.arrival + greatest(f.stay, x.departure - x.arrival) as expected_end, x.departure,
       :person_base + :reserved + floor(random() * (:people - :reserved))::int as person_id
  from f1_visit f
  cross join lateral (values
    (1, f.arrival - interval '5 minutes', f.departure + interval '5 minutes'),
    (2, f.arrival + interval '5 minutes', f.arrival + interval '35 minutes'),
    (3, f.departure + interval '15 minutes', f.departure + interval '45 minutes')) as x(slot, arrival, departure)
 where x.slot <= :f2_per_visit;

insert into checkin (venue_id, unit_code, checked_in_at, expected_end, checked_out_at, method, person_id)
select venue_id, unit_code, arrival, expected_end, departure, 'SELF', person_id from f2_visit;

-- What was planted, for the run to check the API's answers against: kind, the person (or the typed
-- phone), the F0 visit (k) and slot, whether the rules count it, the exposure start, the F1 it met.
\pset format unaligned
\pset tuples_only on
\pset fieldsep '\t'
\o :out
select 'F0', :person_base::text, null, null, null, null, null
union all
select 'F1', case when pl.slot = 2 and pl.k % 5 = 0 then '+84999' || lpad(pl.k::text, 6, '0') else pl.person_id::text end,
       pl.k, pl.slot, pl.counted,
       to_char(case when pl.slot in (9, 10) then pl.arrival else greatest(pl.arrival, f.arrival) end at time zone 'UTC',
               'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
       null
  from planted pl join f0_visit f on f.k = pl.k
union all
select 'F2', person_id::text, null, slot, true, null, f1_person::text from f2_visit;
\o
\pset format aligned
\pset tuples_only off
commit;

select (select count(*) from f0_visit) as f0_visits,
       (select count(*) from planted where counted) as planted_candidates,
       (select count(distinct person_id) from f1_visit) as f1_with_later_visits,
       (select count(*) from f1_visit) as f1_later_visits;
