-- Self check-in: a random signed-in person scans a random venue's poster.
-- Arguments after `--`: the file of bearer tokens and the file of poster URLs (one a line), and a tag
-- unique to this wrk process.
package.path = os.getenv("LOAD_DIR") .. "/?.lua;" .. package.path
local report = require "report"
local tokens, posters

function init(args)
  report.seed(args[3])
  tokens = report.lines(args[1])
  posters = report.lines(args[2])
end

function request()
  local token = tokens[math.random(#tokens)]
  local poster = posters[math.random(#posters)]
  return wrk.format("POST", "/api/v1/checkins",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" },
    '{"qr":"' .. poster .. '"}')
end
