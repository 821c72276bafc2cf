-- An official's GET of the URL given to wrk, with their bearer token.
-- Arguments after `--`: the token, and a tag unique to this wrk process.
package.path = os.getenv("LOAD_DIR") .. "/?.lua;" .. package.path
local report = require "report"
local get

function init(args)
  report.seed(args[2])
  get = wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. args[1] })
end

function request()
  return get
end
