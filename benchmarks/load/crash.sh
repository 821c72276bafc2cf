# Sourced by benchmarks/load/run (it uses that script's node A, fixtures, sql, say, fail and FIG): the crash
# runs under load, PostgreSQL's own durable insert ceiling for the same rows, and a JFR profile of node A.
# Settings: LOAD_CRASH_SECONDS (30): a third of it under load before the kill, a third after the node is healthy again; LOAD_CRASH_CONNECTIONS
# (LOAD_CONNECTIONS) self-scan clients; LOAD_CEILING_SECONDS (the measured duration); LOAD_CEILING_CLIENTS
# (LOAD_CONNECTIONS) pgbench sessions.
CRASH_SECONDS=${LOAD_CRASH_SECONDS:-30}
CRASH_CONNECTIONS=${LOAD_CRASH_CONNECTIONS:-$CONNECTIONS}
CEILING_SECONDS=${LOAD_CEILING_SECONDS:-${DURATION%s}}
CEILING_CLIENTS=${LOAD_CEILING_CLIENTS:-$CONNECTIONS}
CRASH_CLIENT=$ROOT/benchmarks/src/main/java/vn/greenzone/benchmarks/CrashLoad.java
JDK_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}
need pgbench postgresql-client

# --- JFR: a profile of node A while it serves self-scans ---------------------------------------------
jfr_start() { "${JDK_BIN}jcmd" "${NODE_PID[a]}" JFR.start name="$1" settings=profile filename="$WORK/$1.jfr" >/dev/null; }
jfr_stop() { # name: stops the recording and keeps its hottest methods (top frames of the execution samples)
  "${JDK_BIN}jcmd" "${NODE_PID[a]}" JFR.stop name="$1" >/dev/null
  # awk reads to the end and keeps 16 lines: `head` would close the pipe early, and under pipefail the jfr
  # killed by SIGPIPE would end the whole benchmark without a word
  FIG[$1.hot]=$("${JDK_BIN}jfr" view --width 180 hot-methods "$WORK/$1.jfr" |
    awk 'NF && !/^-+/ && !/Java Methods that/ && ++n <= 16')
  # every sample counted under the innermost layer of the request path on its stack (layers.awk)
  FIG[$1.layers]=$("${JDK_BIN}jfr" print --events jdk.ExecutionSample --stack-depth 300 "$WORK/$1.jfr" |
    awk -f "$LOAD_DIR/layers.awk" | sort -rn | awk -F'\t' '{ printf "| %s | %d | %s %% |\n", $3, $1, $2 }')
}

# --- PostgreSQL's ceiling: the same visit rows, durable, without the application ---------------------
# pgbench inserts a self-scan's row (a random fixture person at a random venue, arriving now) in a
# transaction of its own, synchronous_commit on as the server runs, from as many sessions as wrk has connections.
# The rows are deleted afterwards so that the later runs find the table as they would have.
postgres_ceiling() {
  local range venues
  range=$(sql -c "select min(id) || ' ' || max(id) from person where phone like '+8498%'")
  venues=$(sql -c "select min(id) || ' ' || max(id) from venue")
  cat >"$WORK/ceiling.sql" <<'SQL'
\set person random(:pmin, :pmax)
\set venue random(:vmin, :vmax)
insert into checkin (venue_id, unit_code, checked_in_at, expected_end, method, person_id, recorded_by)
values (:venue, '25195', now(), now() + interval '2 hours', 'SELF', :person, -1);
SQL
  say "PostgreSQL's ceiling: pgbench, $CEILING_CLIENTS sessions, ${CEILING_SECONDS}s"
  PGPASSWORD= pgbench -h 127.0.0.1 -p "$DB_PORT" -U postgres -n -M prepared -c "$CEILING_CLIENTS" -j 2 \
    -T "$CEILING_SECONDS" -f "$WORK/ceiling.sql" -D pmin="${range% *}" -D pmax="${range#* }" \
    -D vmin="${venues% *}" -D vmax="${venues#* }" postgres >"$WORK/ceiling.out" 2>&1 || { cat "$WORK/ceiling.out" >&2; fail "pgbench"; }
  FIG[ceiling_pg.tps]=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/ceiling.out" | head -1)
  FIG[ceiling_pg.latency]=$(sed -n 's/^latency average = //p' "$WORK/ceiling.out" | head -1)
  FIG[ceiling_pg.settings]=$(sql -c "select string_agg(name || ' = ' || setting, ', ' order by name) from pg_settings
                                     where name in ('synchronous_commit', 'fsync', 'commit_delay', 'commit_siblings')")
  sql -c "delete from checkin where recorded_by = -1"
}

# --- Crash runs ---------------------------------------------------------------------------------------
crash_client() { # mode, acknowledged file, two input files, connections[, batch]: CrashLoad against node A, in the background
  local mode=$1 out=$2
  rm -f "$out.stop"
  "$JAVA" "$CRASH_CLIENT" "$mode" "http://127.0.0.1:${NODE_PORT[a]}" "$3" "$4" "$5" "$out.stop" "$out" ${6:-} \
    >"$out.result" 2>&1 &
  CLIENT_PID=$!
  # the client compiles itself first: the clock starts with its first acknowledged answer
  for _ in $(seq 600); do
    grep -q '^RUNNING' "$out.result" && return 0
    kill -0 "$CLIENT_PID" 2>/dev/null || { cat "$out.result" >&2; fail "the load client exited"; }
    sleep 0.1
  done
  fail "the load client got no answer in a minute"
}
client_result() { # acknowledged file, field
  sed -n "s/^RESULT.* $2=\([0-9]*\).*/\1/p" "$1.result" | head -1
}
kill_app() { # kill -9 node A, then start it again on the same data folder and ports
  kill -9 "${NODE_PID[a]}"
  wait "${NODE_PID[a]}" 2>/dev/null || true
  NODE_PID[a]=
  start_node a GREENZONE_DATA_DIR="$WORK/data" GREENZONE_DB_EMBEDDED_PORT="$DB_PORT"
}
kill_postgres() { # kill -9 the embedded postmaster; node A's watchdog starts it again
  kill -9 "$(head -1 "$WORK/data/postgres/postmaster.pid")"
  for _ in $(seq 120); do
    curl -fs "http://127.0.0.1:${NODE_PORT[a]}/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    sleep 0.5
  done
  fail "node A did not recover from the killed PostgreSQL"
}

# Every visit id a 201 answered is a row, and no person has two self-scan visits at a venue within five minutes.
count_selfscan() { # name, acknowledged file, since (timestamptz)
  local name=$1 ack=$2 since=$3
  read -r FIG[$name.acknowledged] FIG[$name.missing] < <(sql -F ' ' <<SQL
create temporary table ack (id bigint);
\copy ack from '$ack'
select count(*), count(*) filter (where not exists (select 1 from checkin c where c.id = ack.id)) from ack;
SQL
)
  FIG[$name.twice]=$(sql -c "select count(*) from checkin a join checkin b on b.person_id = a.person_id
        and b.venue_id = a.venue_id and b.id <> a.id and b.checked_in_at >= a.checked_in_at
        and b.checked_in_at < a.checked_in_at + interval '5 minutes'
      where a.method = 'SELF' and b.method = 'SELF' and a.checked_in_at > '$since'")
}

# Every item a batch's answer accepted (or called a duplicate) is the row it named; no event id is stored twice.
count_devices() { # name, acknowledged file
  local name=$1 ack=$2
  read -r FIG[$name.acknowledged] FIG[$name.missing] FIG[$name.twice] < <(sql -F ' ' <<SQL
create temporary table ack (device int, event text, id bigint);
\copy ack from '$ack' with (delimiter ' ')
select (select count(*) from ack),
       (select count(*) from ack where not exists (select 1 from checkin c where c.id = ack.id and c.client_event_id = ack.event)),
       (select count(*) from (select 1 from checkin where client_event_id like 'crash-%'
                               group by device_id, client_event_id having count(*) > 1) twice);
SQL
)
}

crash_run() { # name, what to kill (app|postgres), mode (selfscan|devices)
  local name=$1 victim=$2 mode=$3 since ack=$WORK/$1.acknowledged
  since=$(sql -c "select now()")
  say "$name: $mode load, kill -9 of the $victim after $((CRASH_SECONDS / 3))s, load until $((CRASH_SECONDS / 3))s after it is back"
  if [ "$mode" = selfscan ]; then
    crash_client selfscan "$ack" "$WORK/tokens.txt" "$WORK/posters.txt" "$CRASH_CONNECTIONS"
  else
    crash_client devices "$ack" "$WORK/device-keys.txt" "$WORK/codes.txt" "$DEVICE_CONNECTIONS" "$BATCH"
  fi
  sleep $((CRASH_SECONDS / 3))
  if [ "$victim" = app ]; then kill_app; else kill_postgres; fi
  # as long again under load once the node is back: whatever it took over must be answered too
  sleep $((CRASH_SECONDS / 3))
  touch "$ack.stop"
  wait "$CLIENT_PID" || { cat "$ack.result" >&2; fail "$name: the load client failed"; }
  local field
  for field in sent s201 s200 s503 s503_without_retry_after s500 other no_answer resent longest_without_success_ms; do
    FIG[$name.$field]=$(client_result "$ack" "$field")
  done
  if [ "$mode" = selfscan ]; then count_selfscan "$name" "$ack" "$since"; else count_devices "$name" "$ack"; fi
  say "$name: acknowledged ${FIG[$name.acknowledged]}, missing ${FIG[$name.missing]}, stored twice ${FIG[$name.twice]}"
}

# --- The section <!-- checkin-crash:start --> … of BENCHMARKS.md ------------------------------------
crash_row() { # name, label
  local n=$1
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | **%s** | **%s** |\n' "$2" "${FIG[$n.sent]}" "${FIG[$n.s201]}" \
    "${FIG[$n.s200]}" "${FIG[$n.s503]} (${FIG[$n.s503_without_retry_after]} without Retry-After)" "${FIG[$n.s500]}" \
    "${FIG[$n.other]}" "${FIG[$n.no_answer]}" "${FIG[$n.resent]}" "${FIG[$n.longest_without_success_ms]} ms" \
    "${FIG[$n.missing]} of ${FIG[$n.acknowledged]}" "${FIG[$n.twice]}"
}
write_crash_section() { # BENCHMARKS.md
  local self_rate fraction
  self_rate=$(awk -v n="${FIG[selfscan.s201]}" -v us="${FIG[selfscan.duration_us]}" 'BEGIN { printf "%d", (us > 0 ? n * 1e6 / us : 0) }')
  fraction=$(awk -v g="$self_rate" -v p="${FIG[ceiling_pg.tps]}" 'BEGIN { printf "%.2f", (p > 0 ? g / p : 0) }')
  local section
  section=$(cat <<SECTION
<!-- checkin-crash:start -->
### Check-in: PostgreSQL's own ceiling, crashes under load, the profile (\`benchmarks/load/run\`)

Written by \`benchmarks/load/run\` with the section above, on ${FIG[date]}, same machine and fixtures.

**PostgreSQL's ceiling for the same rows.** pgbench inserts a self-scan's row into \`checkin\` (a fixture person at a
random venue, arriving now, every index of the table) in a transaction of its own, durable ($(echo "${FIG[ceiling_pg.settings]}")), from
$CEILING_CLIENTS sessions for ${CEILING_SECONDS} s, on node A's embedded PostgreSQL while the application is idle: **$(printf '%.0f' "${FIG[ceiling_pg.tps]}") inserts/s**
(mean latency ${FIG[ceiling_pg.latency]}). Greenzone's self-scan in the same run: $self_rate check-ins/s acknowledged after commit,
**$fraction × PostgreSQL's ceiling** (goal ≥ 0.5). The ceiling is only the insert: a check-in also looks for a repeat
within five minutes, closes the visit elsewhere and checks the hour for a burst.

**Crashes under load.** A Java client (\`benchmarks/src/.../CrashLoad.java\`) keeps requests coming and writes down every
acknowledged check-in (each visit id of a 201; each item a device batch's answer accepted, with its visit id); after
$((CRASH_SECONDS / 3)) s the script kills, and the load goes on until $((CRASH_SECONDS / 3)) s after the node answers healthy again. Afterwards psql counts the acknowledged ones that are not stored and
those stored twice (self-scan: two visits of one person at one venue within five minutes; devices: one event id in two rows).
Self-scan runs with $CRASH_CONNECTIONS connections, devices with $DEVICE_CONNECTIONS sending batches of $BATCH; a device
sends a batch again, unchanged, until it is answered ("re-sent"); a check-in without an answer is not sent again.

| run | requests | 201 | 200 | 503 | 500 | other | no answer | re-sent | longest without a success | acknowledged, not stored | stored twice |
|---|---|---|---|---|---|---|---|---|---|---|---|
$(crash_row crash_app "(a) \`kill -9\` of the application under self-scan load, restarted on the same data folder")
$(crash_row crash_postgres "(b) \`kill -9\` of the embedded PostgreSQL under self-scan load; the application restarts it")
$(crash_row crash_devices "(c) \`kill -9\` of the application under device batches; batches whose answer was lost sent again")

**Profile.** JFR (\`settings=profile\`) on node A during the self-scan run (warm-up and measured), the methods on top of the
stack in the execution samples (\`jfr view hot-methods\`):

\`\`\`
${FIG[selfscan.hot]}
\`\`\`

The same samples by layer of the request path: each sample counts under the innermost layer on its stack (the
first frame from the top that names one, \`benchmarks/load/layers.awk\`), or under its thread when none does. What is
not the product's own work (Tomcat, the filters, Spring MVC, JSON) shows here:

| layer | samples | share |
|---|---|---|
${FIG[selfscan.layers]}
<!-- checkin-crash:end -->
SECTION
)
  # In place of the old section; the first time, after the load section (or at the end)
  local place=end
  if grep -q '<!-- checkin-crash:start -->' "$1"; then place=replace
  elif grep -q '<!-- checkin-load:end -->' "$1"; then place=after-load; fi
  SECTION="$section" awk -v place="$place" '
    place == "replace" && /<!-- checkin-crash:start -->/ { print ENVIRON["SECTION"]; skip = 1; next }
    skip && /<!-- checkin-crash:end -->/ { skip = 0; next }
    !skip { print }
    place == "after-load" && /<!-- checkin-load:end -->/ { print ENVIRON["SECTION"] }
    END { if (place == "end") print "\n" ENVIRON["SECTION"] }' "$1" >"$WORK/crash-section.md"
  cp "$WORK/crash-section.md" "$1"
}
