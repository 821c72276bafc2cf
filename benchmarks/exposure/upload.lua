-- Key uploads, real or fake: POST /api/v1/exposure-keys with the bodies ExposureUploads prepared, each
-- padded here to the same size and closed. Real bodies carry a certificate that uploads once, so each is
-- sent once, in order from a given line; should they run out the script starts over and counts it
-- (`reused` in RESULT: those answers are 409). Fake bodies are picked at random, sent with X-Fake: 1.
-- Arguments after `--`: bodies file, body bytes, "1" for fake or "0" for real, first line (from 1), tag.
package.path = os.getenv("EXPOSURE_DIR") .. "/?.lua;" .. package.path
local report = require "report"
local bodies, size, fake, index
local headers
local pads = {}

function init(args)
  bodies = report.lines(args[1])
  size = tonumber(args[2])
  fake = args[3] == "1"
  index = tonumber(args[4])
  headers = { ["Content-Type"] = "application/json", ["X-Fake"] = fake and "1" or "0" }
  local hash = 0
  for i = 1, #args[5] do hash = (hash * 31 + args[5]:byte(i)) % 1000003 end
  math.randomseed(os.time() + hash)
end

function request()
  local line
  if fake then
    line = bodies[math.random(#bodies)]
  else
    if index > #bodies then
      index = 1
      reused = reused + 1
    end
    line = bodies[index]
    index = index + 1
  end
  local n = size - #line - 2
  local pad = pads[n]
  if not pad then
    pad = string.rep("=", n)
    pads[n] = pad
  end
  local req = wrk.format("POST", "/api/v1/exposure-keys", headers, line .. pad .. '"}')
  report.sent(#req)
  return req
end
