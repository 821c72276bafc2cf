-- People and venues of the tracing benchmark, generated inside PostgreSQL in one statement each.
-- psql variables: people, venues, communes (a text array literal of commune codes, '{25195,...}').
-- Phones are '+849' and eight digits (person i has '+849' || lpad(i, 8, '0'), i from 1), ID numbers twelve
-- digits; venue j is at commune j mod n of the list, owned by person j, at 'Số j ...' so that
-- (unit_code, address_key, branch_key) is unique.
\set ON_ERROR_STOP 1
set synchronous_commit = off;

insert into person (phone, full_name, birth_date, gender, id_number, residence_unit)
select '+849' || lpad(i::text, 8, '0'),
       'Người Thử Vết ' || i,
       date '1950-01-01' + (i::bigint * 7919 % 25000)::int,
       case when i % 2 = 0 then 'MALE' else 'FEMALE' end,
       '070' || lpad(i::text, 9, '0'),
       c.codes[1 + i % cardinality(c.codes)]
  from generate_series(1, :people) i, (select :'communes'::text[] as codes) c;

-- Categories with their default stays (VenueCategory): the first hundredth of the venues are the busy
-- markets and supermarkets; the rest a mix of stays from 1 to 9 hours.
insert into venue (name, category, unit_code, address, address_key, contact_phone, owner_id, created_at)
select case when j <= greatest(1, :venues / 100) then 'Chợ thử vết ' else 'Quán thử vết ' end || j,
       case when j <= greatest(1, :venues / 100) then (array['MARKET', 'SUPERMARKET'])[1 + j % 2]
            else (array['RESTAURANT', 'OFFICE', 'GYM', 'BAR', 'HOSPITAL', 'SCHOOL', 'KARAOKE', 'BUSINESS',
                         'MARKET', 'SUPERMARKET'])[1 + j % 10] end,
       c.codes[1 + j % cardinality(c.codes)],
       'Số ' || j || ' Đường Thử Vết',
       'so ' || j || ' duong thu vet',
       '+849' || lpad(j::text, 8, '0'),
       p.first_id + j - 1,
       now() - interval '60 days'
  from generate_series(1, :venues) j, (select :'communes'::text[] as codes) c,
       (select min(id) as first_id from person where phone = '+84900000001') p;
