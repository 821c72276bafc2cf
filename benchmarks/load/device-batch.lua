-- Reader devices send batches of scans of printed personal QR codes, scanned at random times of the
-- last day (a device that was offline), so that few fold into an earlier visit.
-- Arguments after `--`: the file of device keys, the file of personal QR texts (JSON strings, one a
-- line), the batch size, and a tag unique to this wrk process, which keeps event ids unique.
package.path = os.getenv("LOAD_DIR") .. "/?.lua;" .. package.path
local report = require "report"
local keys, codes, size, tag
local sent = 0

report.extra = function(status, body)
  return status == 200 and tonumber(body:match('"accepted":(%d+)')) or 0
end

function init(args)
  report.seed(args[4])
  keys = report.lines(args[1])
  codes = report.lines(args[2])
  size = tonumber(args[3])
  tag = args[4] .. "-" .. thread_id
end

function request()
  local now = os.time()
  local items = {}
  for i = 1, size do
    sent = sent + 1
    items[i] = string.format('{"eventId":"%s-%d","qr":%s,"scannedAt":"%s"}', tag, sent,
      codes[math.random(#codes)], os.date("!%Y-%m-%dT%H:%M:%SZ", now - math.random(60, 86000)))
  end
  return wrk.format("POST", "/api/v1/devices/scans",
    { ["X-Device-Key"] = keys[math.random(#keys)], ["Content-Type"] = "application/json" },
    '{"scans":[' .. table.concat(items, ",") .. ']}')
end
