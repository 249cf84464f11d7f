-- wrk script: like random-paths.lua, but every request adds a parameter no other request has
-- ("&fresh=N"), so no cache keyed on the address can answer it: the first-time cost of a page.
local paths = {}
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  counter = math.random(1, 1e9)
end

function request()
  counter = counter + 1
  local path = paths[math.random(#paths)]
  local separator = path:find("?", 1, true) and "&" or "?"
  return wrk.format("GET", path .. separator .. "fresh=" .. counter)
end
