-- The contacts the rules give, worked out here in plain SQL independently of the server, to check its
-- answers with: F1 = visitors at the F0's venues overlapping one of the F0's visits (clipped to the
-- window) by at least 15 minutes, or arriving after it ended and at most 30 minutes later; F2 = the same
-- around the confirmed F1s' visits from their exposure on. One contact per person: P:person (also for a
-- typed visit or another app's code carrying a registered person's phone, else ID number), D:dependant,
-- else V:phone, ID number or name; the case's subject and, for F2, the F1 itself are never a contact.
-- psql variables: f0, f0_phone, f0_id_number, window_start, window_end, f1_persons, f1_sinces (arrays),
-- now. Prints: F1 contacts, F1 + F2 contacts.
\set ON_ERROR_STOP 1
create temp table f0_source as
select id, venue_id, greatest(checked_in_at, :'window_start'::timestamptz) as s_start,
       least(coalesce(checked_out_at, expected_end), :'window_end'::timestamptz) as s_end
  from checkin
 where (person_id = :f0 or person_id is null and dependant_id is null
        and (visitor_phone = :'f0_phone' or visitor_id_number = :'f0_id_number'))
   and checked_in_at < :'window_end' and coalesce(checked_out_at, expected_end) > :'window_start';

create temp table f1_source as
select f.person_id as f1, c.id, c.venue_id, greatest(c.checked_in_at, f.since) as s_start,
       coalesce(c.checked_out_at, c.expected_end) as s_end
  from unnest(:'f1_persons'::bigint[], :'f1_sinces'::timestamptz[]) as f(person_id, since)
  join person p on p.id = f.person_id
  join checkin c on c.person_id = f.person_id
                 or c.person_id is null and c.dependant_id is null and (c.visitor_phone = p.phone or c.visitor_id_number = p.id_number)
 where c.checked_in_at < :'now' and coalesce(c.checked_out_at, c.expected_end) > greatest(c.checked_in_at, f.since);

create function pg_temp.key(p bigint, d bigint, phone text, idn text, name text) returns text
  language sql stable as $$
  select case when $1 is not null then 'P:' || $1 when $2 is not null then 'D:' || $2
              when (select id from person where person.phone = $3) is not null
                   then 'P:' || (select id from person where person.phone = $3)
              when (select min(id) from person where id_number = $4) is not null
                   then 'P:' || (select min(id) from person where id_number = $4)
              when $3 is not null then 'V:' || $3
              when $4 is not null then 'V:' || $4 else 'V:' || upper(coalesce($5, '')) end $$;

create temp table met as
select 1 as generation, null::bigint as f1,
       pg_temp.key(c.person_id, c.dependant_id, c.visitor_phone, c.visitor_id_number, c.visitor_name) as key,
       c.person_id, c.visitor_phone, c.visitor_id_number
  from f0_source s join checkin c on c.venue_id = s.venue_id and c.id <> s.id
   and c.checked_in_at >= s.s_start - interval '3 days' -- no visit of the data lasts a day: only for speed
   and c.checked_in_at <= s.s_end + interval '30 minutes' and coalesce(c.checked_out_at, c.expected_end) > s.s_start
 where least(s.s_end, coalesce(c.checked_out_at, c.expected_end)) - greatest(s.s_start, c.checked_in_at) >= interval '15 minutes'
    or c.checked_in_at > s.s_end
union all
select 2, s.f1, pg_temp.key(c.person_id, c.dependant_id, c.visitor_phone, c.visitor_id_number, c.visitor_name),
       c.person_id, c.visitor_phone, c.visitor_id_number
  from f1_source s join checkin c on c.venue_id = s.venue_id and c.id <> s.id
   and c.checked_in_at >= s.s_start - interval '3 days'
   and c.checked_in_at <= s.s_end + interval '30 minutes' and coalesce(c.checked_out_at, c.expected_end) > s.s_start
 where least(s.s_end, coalesce(c.checked_out_at, c.expected_end)) - greatest(s.s_start, c.checked_in_at) >= interval '15 minutes'
    or c.checked_in_at > s.s_end;

-- Not contacts: the case's subject under any of its keys, and an F1 met on its own visits.
delete from met where key in ('P:' || :f0, 'V:' || :'f0_phone', 'V:' || :'f0_id_number');
delete from met m using person p
 where m.generation = 2 and p.id = m.f1 and m.key in ('P:' || p.id, 'V:' || p.phone, 'V:' || p.id_number);

select count(distinct key) filter (where generation = 1), count(distinct key) from met;
