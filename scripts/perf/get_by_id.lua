-- wrk script: GET /api/v1/contacts/{id} with an id drawn at random from a file of ids (one per line).
-- Usage: wrk ... -s get_by_id.lua <base url> -- <ids file>
local ids = {}
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

function init(args)
  local f = assert(io.open(args[1], "r"))
  for line in f:lines() do
    if #line > 0 then ids[#ids + 1] = line end
  end
  f:close()
  assert(#ids > 0, "no ids in " .. args[1])
  math.randomseed(os.time() * 1000 + (tid or 0))
end

function request()
  return wrk.format("GET", "/api/v1/contacts/" .. ids[math.random(#ids)])
end

function done(summary, latency, requests)
  io.write(string.format("p95_us %d\n", latency:percentile(95)))
end
