-- pgbench script: what PostgreSQL alone does for one real upload, in one transaction as KeyUpload commits
-- it: the certificate marked used, then the upload's keys in one statement (random 16-byte keys of the last
-- :keys days). Variables from the command line: -D today=<today's first interval> -D keys=<keys per upload>.
BEGIN;
insert into exposure_certificate_use (certificate_id) values (md5(random()::text) || md5(random()::text));
insert into exposure_key (key_data, rolling_start, rolling_period, transmission_risk, report_type, days_since_onset,
                          region, available_at)
select decode(md5(random()::text || clock_timestamp()::text || g), 'hex'), :today - 144 * g, 144, 4, 1, 2 - g, 'VN', now()
  from generate_series(0, :keys - 1) g
on conflict (key_data) do nothing;
END;
