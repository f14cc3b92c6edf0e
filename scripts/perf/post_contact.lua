-- wrk script: POST /api/v1/contacts with an email unique per request (run id, thread, counter), so every
-- request creates a contact (201) instead of hitting the dedup rule (409).
-- Usage: wrk ... -s post_contact.lua <base url> -- <run id> [phase]   (bench.sh passes "warmup" for the warm-up,
-- whose emails must not collide with the measured run's)
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

function init(args)
  run = args[1] or tostring(os.time())
  if args[2] then run = run .. "-" .. args[2] end
  n = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  n = n + 1
  local body = string.format(
    '{"first_name":"Bench","last_name":"User %d","email":"bench-%s-%d-%d@bench.invalid","tags":["bench"]}',
    n, run, tid, n)
  return wrk.format(nil, "/api/v1/contacts", nil, body)
end

function done(summary, latency, requests)
  io.write(string.format("p95_us %d\n", latency:percentile(95)))
end
