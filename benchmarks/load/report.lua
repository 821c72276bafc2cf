-- Shared by the load scenarios: counts answers by status in every wrk thread and prints one
-- machine-readable RESULT line at the end, which benchmarks/load/run parses.
-- A scenario may set `extra(status, body)` returning a number to add up (e.g. accepted scans).
local report = {}
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("thread_id", next_id)
  table.insert(threads, thread)
end

statuses = {}
extra_total = 0

function report.count(status, body)
  statuses[status] = (statuses[status] or 0) + 1
  if report.extra then
    extra_total = extra_total + report.extra(status, body)
  end
end

function response(status, headers, body)
  report.count(status, body)
end

function done(summary, latency, requests)
  local totals, extra = {}, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + n
    end
    extra = extra + thread:get("extra_total")
  end
  local parts = {}
  for status, n in pairs(totals) do
    table.insert(parts, string.format("s%d=%d", status, n))
  end
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d extra=%d socket_errors=%d timeouts=%d %s\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, extra,
    errors.connect + errors.read + errors.write, errors.timeout, table.concat(parts, " ")))
end

-- Seeds the random picks of one wrk thread; the tag tells apart wrk processes started in the same second.
function report.seed(tag)
  local hash = 0
  for i = 1, #tag do hash = (hash * 31 + tag:byte(i)) % 1000003 end
  math.randomseed(os.time() + hash * 1000 + thread_id)
end

-- Lines of a fixture file, for picking one at random per request.
function report.lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(lines, line) end
  end
  assert(#lines > 0, path .. " is empty")
  return lines
end

return report
