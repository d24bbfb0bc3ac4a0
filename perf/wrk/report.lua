-- Every request of a run: the same headers for the portal and the baseline (the portal sits behind a
-- "proxy" it trusts on 127.0.0.1, so it sees HTTPS and its Secure cookies are valid); the signed-in
-- cookies come from the harness through WRK_COOKIE.
wrk.headers["X-Forwarded-Proto"] = "https"
wrk.headers["Accept-Language"] = "ko-KR,ko;q=0.9"
local cookie = os.getenv("WRK_COOKIE")
if cookie and #cookie > 0 then
  wrk.headers["Cookie"] = cookie
end

-- One machine-readable line; latencies in milliseconds. Status errors are answers outside 2xx/3xx.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f requests=%d non2xx3xx=%d socket_errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
