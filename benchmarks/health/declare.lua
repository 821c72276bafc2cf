-- A daily health declaration by a random signed-in person, each with their own details.
-- Arguments after `--`: the file of "token<TAB>body" lines, and a tag unique to this wrk process.
package.path = os.getenv("LOAD_DIR") .. "/?.lua;" .. package.path
local report = require "report"
local people

function init(args)
  report.seed(args[2])
  people = report.lines(args[1])
end

function request()
  local line = people[math.random(#people)]
  local tab = line:find("\t", 1, true)
  return wrk.format("POST", "/api/v1/declarations",
    { ["Authorization"] = "Bearer " .. line:sub(1, tab - 1), ["Content-Type"] = "application/json" },
    line:sub(tab + 1))
end
