-- wrk script for bench/submit.sh: each request is one 10-answer post-flight response (NPS, 8 touchpoint ratings,
-- a comment) to POST /api/v1/surveys/{SURVEY}/responses with its own Idempotency-Key. Settings come from the
-- environment: SURVEY, TOKEN, ROWS (the 8 matrix row keys, comma-separated), RUN (unique per run).
local survey = os.getenv("SURVEY")
local token = os.getenv("TOKEN")
local run = os.getenv("RUN")
local rows = {}
for row in string.gmatch(os.getenv("ROWS"), "[^,]+") do
  rows[#rows + 1] = row
end
threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  wrk.method = "POST"
  wrk.path = "/api/v1/surveys/" .. survey .. "/responses"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
  counter = counter + 1
  local n = (id or 0) * 100000000 + counter
  local parts = {}
  for i = 1, #rows do
    parts[i] = '"' .. rows[i] .. '":' .. (1 + (n + i) % 5)
  end
  local body = '{"answers":{"nps":' .. (n % 11) .. ',"touchpoints":{' .. table.concat(parts, ",")
    .. '},"comment":"Load test response ' .. n .. '"},"language":"en"}'
  wrk.headers["Idempotency-Key"] = "wrk-" .. run .. "-" .. (id or 0) .. "-" .. counter
  return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("WRK_RESULT %d %.3f %.2f %.2f %.2f %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, bad))
end
