package org.cppp.support.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the application logs at ERROR, or at WARN with a stack trace, while requests are sent: a
 * client's mistake must not be logged so (it would flood the log). Each entry is the logger and the
 * exception's first line.
 */
public final class ErrorLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

  private final List<String> entries = new ArrayList<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

  /** Starts capturing from the root logger. */
  public static ErrorLog capture() {
    ErrorLog log = new ErrorLog();
    log.setName("generated-input-errors");
    log.start();
    log.root.addAppender(log);
    return log;
  }

  @Override
  protected synchronized void append(ILoggingEvent event) {
    IThrowableProxy thrown = event.getThrowableProxy();
    boolean error = event.getLevel().isGreaterOrEqual(Level.ERROR);
    if (error || (event.getLevel() == Level.WARN && thrown != null)) {
      String what = thrown == null ? event.getFormattedMessage() : root(thrown);
      entries.add(
          event.getLevel() + " from " + shortName(event.getLoggerName()) + ": " + firstLine(what));
    }
  }

  /** The entries since the last call. */
  public synchronized List<String> drain() {
    List<String> drained = List.copyOf(entries);
    entries.clear();
    return drained;
  }

  @Override
  public void close() {
    root.detachAppender(this);
    stop();
  }

  private static String root(IThrowableProxy thrown) {
    IThrowableProxy cause = thrown;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return shortName(cause.getClassName()) + ": " + cause.getMessage();
  }

  private static String shortName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String line = text.lines().findFirst().orElse("");
    return line.length() > 160 ? line.substring(0, 160) + "..." : line;
  }
}
