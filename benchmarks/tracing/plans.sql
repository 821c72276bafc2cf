-- The tracing queries as the server sends them (PresenceRepository.visitsOf and presentWith, prepared with
-- the same parameters), executed with the planted scenario's values under EXPLAIN (ANALYZE, BUFFERS,
-- FORMAT JSON). Each is executed once unobserved first, so the plan shows the warm case that the API's
-- repeated requests see, and once more with a generic plan (plan_cache_mode = force_generic_plan): a
-- statement the server has prepared may switch to it after five executions.
-- psql variables: f0, f0_phone, f0_id_number, window_start, window_end (the case's), f1_persons,
-- f1_phones, f1_id_numbers, f1_sinces (arrays over the confirmed F1s; sinces = their exposure starts),
-- now, dir (where <name>.json and <name>-generic.json are written for visits-f0, copresence-f0,
-- visits-f1, copresence-f1-one and copresence-f1-all).
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only on
-- The server's durations, bound as it binds them (CheckinRepository.LONGEST_STAY, TracingProperties).
\set longest '172800 seconds'
\set tail '1800000000 microseconds'
\set min_overlap '900000000 microseconds'

-- persons, dependants, phones, ID numbers, earliest arrival (from - longest stay), from, to
prepare visits_of(bigint[], bigint[], text[], text[], timestamptz, timestamptz, timestamptz) as
select c.id, c.venue_id, c.checked_in_at, coalesce(c.checked_out_at, c.expected_end) as departure,
       case when c.checked_out_at is null then 'EXPECTED' when c.checkout_inferred then 'INFERRED'
            when c.closed_by_next then 'NEXT_CHECKIN' else 'CHECKED_OUT' end as departure_known,
       c.method, c.foreign_code, c.person_id, c.dependant_id, c.visitor_name, c.visitor_phone, c.visitor_id_number
  from checkin c where c.person_id = any($1) and c.checked_in_at >= $5 and c.checked_in_at < $7
   and coalesce(c.checked_out_at, c.expected_end) > $6
union all
select c.id, c.venue_id, c.checked_in_at, coalesce(c.checked_out_at, c.expected_end) as departure,
       case when c.checked_out_at is null then 'EXPECTED' when c.checkout_inferred then 'INFERRED'
            when c.closed_by_next then 'NEXT_CHECKIN' else 'CHECKED_OUT' end as departure_known,
       c.method, c.foreign_code, c.person_id, c.dependant_id, c.visitor_name, c.visitor_phone, c.visitor_id_number
  from checkin c where c.dependant_id = any($2) and c.checked_in_at >= $5 and c.checked_in_at < $7
   and coalesce(c.checked_out_at, c.expected_end) > $6
union all
select c.id, c.venue_id, c.checked_in_at, coalesce(c.checked_out_at, c.expected_end) as departure,
       case when c.checked_out_at is null then 'EXPECTED' when c.checkout_inferred then 'INFERRED'
            when c.closed_by_next then 'NEXT_CHECKIN' else 'CHECKED_OUT' end as departure_known,
       c.method, c.foreign_code, c.person_id, c.dependant_id, c.visitor_name, c.visitor_phone, c.visitor_id_number
  from checkin c where c.person_id is null and c.dependant_id is null and c.visitor_phone = any($3)
   and c.checked_in_at >= $5 and c.checked_in_at < $7 and coalesce(c.checked_out_at, c.expected_end) > $6
union all
select c.id, c.venue_id, c.checked_in_at, coalesce(c.checked_out_at, c.expected_end) as departure,
       case when c.checked_out_at is null then 'EXPECTED' when c.checkout_inferred then 'INFERRED'
            when c.closed_by_next then 'NEXT_CHECKIN' else 'CHECKED_OUT' end as departure_known,
       c.method, c.foreign_code, c.person_id, c.dependant_id, c.visitor_name, c.visitor_phone, c.visitor_id_number
  from checkin c where c.person_id is null and c.dependant_id is null and c.visitor_id_number = any($4)
   and coalesce(c.visitor_phone <> all($3), true)
   and c.checked_in_at >= $5 and c.checked_in_at < $7 and coalesce(c.checked_out_at, c.expected_end) > $6
 order by checked_in_at, id;

-- source visit ids, venues, starts, ends, longest stay, airborne tail, minimum overlap
prepare present_with(text[], text[], text[], text[], text, text, text) as
with source as (
    select * from unnest($1::bigint[], $2::bigint[], $3::timestamptz[], $4::timestamptz[])
           as s(visit_id, venue_id, s_start, s_end))
select s.visit_id as source_visit,
       (extract(epoch from greatest(interval '0', least(s.s_end, v.departure) - greatest(s.s_start, v.checked_in_at)))
        * 1000000)::bigint as overlap_micros,
       v.checked_in_at > s.s_end as airborne, v.*
  from source s
  cross join lateral (
      select c.id, c.venue_id, c.checked_in_at, coalesce(c.checked_out_at, c.expected_end) as departure,
             case when c.checked_out_at is null then 'EXPECTED' when c.checkout_inferred then 'INFERRED'
                  when c.closed_by_next then 'NEXT_CHECKIN' else 'CHECKED_OUT' end as departure_known,
             c.method, c.foreign_code, c.person_id, c.dependant_id, c.visitor_name, c.visitor_phone, c.visitor_id_number
        from checkin c
       where c.venue_id = s.venue_id and c.id <> s.visit_id
         and c.checked_in_at >= s.s_start - $5::interval
         and c.checked_in_at <= s.s_end + $6::interval
         and coalesce(c.checked_out_at, c.expected_end) > s.s_start) v
 where least(s.s_end, v.departure) - greatest(s.s_start, v.checked_in_at) >= $7::interval
    or v.checked_in_at > s.s_end
 order by s.visit_id, v.checked_in_at, v.id;

-- 1. The F0's visits in the window (by person, and typed visits carrying the F0's phone or ID number).
select :'window_start'::timestamptz - :'longest'::interval as earliest \gset
\set call 'visits_of(''{' :f0 '}'', ''{}'', ''{' :f0_phone '}'', ''{' :f0_id_number '}'', ''' :earliest ''', ''' :window_start ''', ''' :window_end ''')'
\set name visits-f0
\ir explain-both.sql

-- 2. Who was with the F0: those visits, clipped to the window, are the sources.
select '{' || string_agg(id::text, ',' order by s_start, id) || '}' as ids,
       '{' || string_agg(venue_id::text, ',' order by s_start, id) || '}' as venues,
       '{' || string_agg('"' || s_start || '"', ',' order by s_start, id) || '}' as starts,
       '{' || string_agg('"' || s_end || '"', ',' order by s_start, id) || '}' as ends,
       count(*) as f0_sources
  from (select id, venue_id, greatest(checked_in_at, :'window_start'::timestamptz) as s_start,
               least(coalesce(checked_out_at, expected_end), :'window_end'::timestamptz) as s_end
          from checkin
         where (person_id = :f0 or person_id is null and dependant_id is null
                and (visitor_phone = :'f0_phone' or visitor_id_number = :'f0_id_number'))
           and checked_in_at >= :'earliest' and checked_in_at < :'window_end'
           and coalesce(checked_out_at, expected_end) > :'window_start') v
 where s_end > s_start \gset
\set call 'present_with(''' :ids ''', ''' :venues ''', ''' :starts ''', ''' :ends ''', ''' :longest ''', ''' :tail ''', ''' :min_overlap ''')'
\set name copresence-f0
\ir explain-both.sql

-- 3. The confirmed F1s' visits from the earliest exposure to now, in one query, as the server reads them.
select min(s) as f1_from, min(s) - :'longest'::interval as f1_earliest from unnest(:'f1_sinces'::timestamptz[]) s \gset
\set call 'visits_of(''' :f1_persons ''', ''{}'', ''' :f1_phones ''', ''' :f1_id_numbers ''', ''' :f1_earliest ''', ''' :f1_from ''', ''' :now ''')'
\set name visits-f1
\ir explain-both.sql

-- Each F1's own visits from its exposure on, clipped to start there, are its sources.
create temp table f1_source as
select c.person_id, c.id, c.venue_id, greatest(c.checked_in_at, f.since) as s_start,
       coalesce(c.checked_out_at, c.expected_end) as s_end
  from unnest(:'f1_persons'::bigint[], :'f1_sinces'::timestamptz[]) as f(person_id, since)
  join checkin c on c.person_id = f.person_id
 where c.checked_in_at >= :'f1_earliest' and c.checked_in_at < :'now'
   and coalesce(c.checked_out_at, c.expected_end) > greatest(c.checked_in_at, f.since);

-- 4. Co-presence for one F1, the one with most sources, for scale.
select '{' || string_agg(id::text, ',' order by s_start, id) || '}' as ids,
       '{' || string_agg(venue_id::text, ',' order by s_start, id) || '}' as venues,
       '{' || string_agg('"' || s_start || '"', ',' order by s_start, id) || '}' as starts,
       '{' || string_agg('"' || s_end || '"', ',' order by s_start, id) || '}' as ends,
       count(*) as one_f1_sources
  from f1_source
 where person_id = (select person_id from f1_source group by person_id order by count(*) desc, person_id limit 1) \gset
\set call 'present_with(''' :ids ''', ''' :venues ''', ''' :starts ''', ''' :ends ''', ''' :longest ''', ''' :tail ''', ''' :min_overlap ''')'
\set name copresence-f1-one
\ir explain-both.sql

-- 5. Co-presence for all the confirmed F1s' sources in one statement, as the server sends it for F2.
select '{' || string_agg(id::text, ',' order by s_start, id) || '}' as ids,
       '{' || string_agg(venue_id::text, ',' order by s_start, id) || '}' as venues,
       '{' || string_agg('"' || s_start || '"', ',' order by s_start, id) || '}' as starts,
       '{' || string_agg('"' || s_end || '"', ',' order by s_start, id) || '}' as ends,
       count(*) as all_f1_sources
  from f1_source \gset
\set call 'present_with(''' :ids ''', ''' :venues ''', ''' :starts ''', ''' :ends ''', ''' :longest ''', ''' :tail ''', ''' :min_overlap ''')'
\set name copresence-f1-all
\ir explain-both.sql

select format('%s source visits for the F0, %s for the F1 with most, %s for all confirmed F1s',
              :f0_sources, :one_f1_sources, :all_f1_sources);
