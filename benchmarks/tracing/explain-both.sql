-- Included by plans.sql: runs the prepared statement :call unobserved, then under EXPLAIN into
-- :dir/:name.json, then with a generic plan (once unobserved, once explained) into :dir/:name-generic.json.
\o /dev/null
execute :call;
\o :dir/:name.json
explain (analyze, buffers, format json) execute :call;
\o /dev/null
set plan_cache_mode = force_generic_plan;
execute :call;
\o :dir/:name-generic.json
explain (analyze, buffers, format json) execute :call;
\o
reset plan_cache_mode;
