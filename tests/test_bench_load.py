"""`python -m bench load` reads wrk's report: the figures the README records come from here."""

from bench.load import parse

# A report of wrk 4.1 (Debian 12) whose threads' statistics end in "73.50%", just before the distribution.
REPORT = """Running 10s test @ http://127.0.0.1:38499
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     7.89ms    7.99ms 312.92ms   99.02%
    Req/Sec     1.05k   182.60     1.28k    73.50%
  Latency Distribution
     50%    6.97ms
     75%    8.23ms
     90%    9.83ms
     99%    1.02s
  20880 requests in 10.01s, 0.88GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:   2086.13
Transfer/sec:     89.96MB
"""


def test_wrk_percentiles_are_read_from_the_latency_distribution_not_the_threads_statistics():
    result = parse(REPORT)
    assert result["p50"] == 6.97
    assert result["p99"] == 1020.0
    assert result["rps"] == 2086.13
    assert result["requests"] == 20880
    assert result["errors"] == 4 + 3  # answers other than 2xx/3xx, and socket errors
