package org.cppp.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * Test data a test class builds once per application context: its tests share it, and a class run
 * again in another context (a cached one being closed) builds it again there.
 */
public final class ContextData {

  private static final Map<Class<?>, ApplicationContext> BUILT = new HashMap<>();

  private ContextData() {}

  /** Runs {@code build} unless it already ran for this class in this context. */
  public static synchronized void once(Class<?> owner, ApplicationContext context, Runnable build) {
    if (BUILT.get(owner) != context) {
      build.run();
      BUILT.put(owner, context);
    }
  }
}
