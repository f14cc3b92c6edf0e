-- wrk script for the cases without one of their own: only reports p95, which wrk's --latency table lacks.
-- get_by_id.lua and post_contact.lua end with the same done().
function done(summary, latency, requests)
  io.write(string.format("p95_us %d\n", latency:percentile(95)))
end
