-- wrk script: every request a new notification (unique sourceReference), as a police system would send.
-- Missing reports about the demo children P100..P139, so each is linked and its duties raised.
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
  table.insert(threads, thread)
end

function init(args)
  counter = 0
end

request = function()
  counter = counter + 1
  local child = 100 + (counter % 40)
  local body = string.format(
    '{"source":"Police","sourceReference":"BENCH-%d-%d-%d","kind":"Missing","child":{"localId":"P%d"},' ..
    '"missingFrom":"2026-11-20T10:00:00+00:00","reportedAt":"2026-11-20T11:00:00+00:00","policeRiskLevel":"Medium"}',
    id, counter, math.random(1, 1000000000), child)
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["X-Api-Key"] = os.getenv("API_KEY") }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("p95_ms %.2f\n", latency:percentile(95) / 1000))
  io.write(string.format("p50_ms %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("non2xx %d\n", summary.errors.status))
end
