-- wrk script for load-under-edits.sh: requests cycle through the paths in the file given after "--",
-- and every response's status is counted; done() prints one "status CODE COUNT" line per code.
local paths = {}
local counter = 0
local threads = {}
statuses = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  counter = math.random(#paths)
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for code, count in pairs(thread:get("statuses")) do
      total[code] = (total[code] or 0) + count
    end
  end
  for code, count in pairs(total) do
    io.write(string.format("status %d %d\n", code, count))
  end
  local e = summary.errors
  io.write(string.format("socket-errors connect %d read %d write %d timeout %d\n", e.connect, e.read, e.write, e.timeout))
end
