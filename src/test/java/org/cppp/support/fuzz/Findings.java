package org.cppp.support.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong, grouped by operation, status (or kind of failure) and the error's first line,
 * each with how often it happened and the first request that caused it, so that one cause is one
 * line however many requests hit it.
 */
public final class Findings {

  private record Key(String operation, String status, String error) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      return toString().compareTo(other.toString());
    }
  }

  private static final class Seen {
    private int count;
    private final String example;

    Seen(String example) {
      this.example = example;
    }
  }

  /** What only a stack trace or an exception's own text would show; searched as plain text. */
  private static final List<String> TRACE_MARKS =
      List.of(
          "Exception: ",
          "Caused by: ",
          "at org.",
          "at java.",
          "at jdk.",
          "at jakarta.",
          "at tools.");

  private static final Pattern PROBLEM = Pattern.compile("\"(?:detail|error)\":\"([^\"]{0,300})");

  private final Map<Key, Seen> groups = new TreeMap<>();
  private final ErrorLog log;
  private final Duration limit;

  public Findings(ErrorLog log, Duration limit) {
    this.log = log;
    this.limit = limit;
  }

  /**
   * Records what is wrong with one answer: a server error, a stack trace in the body, slower than
   * the limit, or an error logged while it was made. {@code error} says what the server reported.
   */
  void check(String operation, String example, int status, String error, String body, long millis) {
    if (status >= 500) {
      add(operation, String.valueOf(status), error == null ? problem(body) : error, example);
    }
    int trace = traceIn(body);
    if (trace >= 0) {
      add(operation, "stack trace in body", body.substring(trace), example);
    }
    if (millis > limit.toMillis()) {
      double load = busy();
      if (millis > limit.toMillis() * load) {
        add(
            operation,
            String.format(
                "slower than %d s (x%.1f for the machine's load)", limit.toSeconds(), load),
            "",
            example);
      }
    }
    log.drain().forEach(entry -> add(operation, "logged", entry, example));
  }

  /**
   * How much slower than idle the machine is: its load average per processor, at least 1. Other
   * builds on a shared machine stretch every request; a request slow on its own stays slow.
   */
  private static double busy() {
    OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
    return Math.max(1, system.getSystemLoadAverage() / system.getAvailableProcessors());
  }

  /** The detail (or error) of a problem-details body, else the body. */
  private static String problem(String body) {
    Matcher detail = PROBLEM.matcher(body);
    return detail.find() ? detail.group(1) : body;
  }

  private static int traceIn(String text) {
    return TRACE_MARKS.stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(-1);
  }

  /** One failure of {@code operation}; {@code example} says who sent what. */
  public void add(String operation, String status, String error, String example) {
    groups.computeIfAbsent(
            new Key(operation, status, ErrorLog.firstLine(error)), k -> new Seen(example))
        .count++;
  }

  public boolean isEmpty() {
    return groups.isEmpty();
  }

  public int total() {
    return groups.values().stream().mapToInt(s -> s.count).sum();
  }

  /** One line per distinct failure: operation, status, error, count and the first example. */
  public String report() {
    StringBuilder report = new StringBuilder();
    report.append(groups.size()).append(" distinct failures (").append(total()).append(" in all):");
    groups.forEach(
        (key, seen) ->
            report
                .append("\n  ")
                .append(key.operation())
                .append(" -> ")
                .append(key.status())
                .append(": ")
                .append(key.error())
                .append(" [x")
                .append(seen.count)
                .append(", e.g. ")
                .append(seen.example)
                .append(']'));
    return report.toString();
  }
}
