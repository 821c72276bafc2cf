-- Shared by the key server benchmark's wrk scripts: counts answers by status and by size (status line
-- excluded: header names and values, then the body), keeps the smallest and largest request sent, and
-- prints machine-readable lines at the end, which benchmarks/exposure/run parses:
--   RESULT requests=.. duration_us=.. min_us=.. mean_us=.. stdev_us=.. p50_us=.. p90_us=.. p99_us=.. p999_us=..
--          max_us=.. socket_errors=.. timeouts=.. reused=.. sent_min=.. sent_max=.. s200=..
--   QUANTILES us at 1 % .. 99 %, then 99.9 %
--   SIZES status:bytes=count ...
--   HEADERS the header names seen, sorted
local report = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

statuses = {}
sizes = {}
header_names = {}
sent_min = 0
sent_max = 0
reused = 0

function report.sent(n)
  if sent_min == 0 or n < sent_min then sent_min = n end
  if n > sent_max then sent_max = n end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local bytes = #body
  for name, value in pairs(headers) do
    bytes = bytes + #name + #value + 4
    header_names[string.lower(name)] = true
  end
  local key = status .. ":" .. bytes
  sizes[key] = (sizes[key] or 0) + 1
end

function done(summary, latency, requests)
  local totals, by_size, names = {}, {}, {}
  local smin, smax, again = 0, 0, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do totals[status] = (totals[status] or 0) + n end
    for key, n in pairs(thread:get("sizes")) do by_size[key] = (by_size[key] or 0) + n end
    for name, _ in pairs(thread:get("header_names")) do names[name] = true end
    local lo, hi = thread:get("sent_min"), thread:get("sent_max")
    if lo > 0 and (smin == 0 or lo < smin) then smin = lo end
    if hi > smax then smax = hi end
    again = again + thread:get("reused")
  end
  local parts = {}
  for status, n in pairs(totals) do table.insert(parts, string.format("s%d=%d", status, n)) end
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d min_us=%d mean_us=%d stdev_us=%d p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d socket_errors=%d timeouts=%d reused=%d sent_min=%d sent_max=%d %s\n",
    summary.requests, summary.duration, latency.min, latency.mean, latency.stdev, latency:percentile(50),
    latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max,
    errors.connect + errors.read + errors.write, errors.timeout, again, smin, smax, table.concat(parts, " ")))
  local q = {}
  for p = 1, 99 do table.insert(q, latency:percentile(p)) end
  table.insert(q, latency:percentile(99.9))
  io.write("QUANTILES " .. table.concat(q, " ") .. "\n")
  local s = {}
  for key, n in pairs(by_size) do table.insert(s, key .. "=" .. n) end
  table.sort(s)
  io.write("SIZES " .. table.concat(s, " ") .. "\n")
  local h = {}
  for name, _ in pairs(names) do table.insert(h, name) end
  table.sort(h)
  io.write("HEADERS " .. table.concat(h, ",") .. "\n")
end

-- Lines of a fixture file.
function report.lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(lines, line) end
  end
  assert(#lines > 0, path .. " is empty")
  return lines
end

return report
