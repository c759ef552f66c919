package org.cppp.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Parameters the server cannot parse (a query string that is not UTF-8, a body cut off or without
 * its boundary) are the client's mistake, wherever they are first read: a filter (the CSRF check),
 * an interceptor (the language switch) or a handler. The first read throws {@link
 * UnreadableRequest}: the API answers it as a problem ({@link ApiErrors}), anything else is
 * answered here with a 4xx and one WARN line, no stack trace. Later reads, and the error page's
 * own, see no parameters, because the container throws again at every read of a request that failed
 * once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnreadableRequests extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Guarded guarded = new Guarded(request, request.getDispatcherType() == DispatcherType.ERROR);
    try {
      chain.doFilter(guarded, response);
    } catch (ServletException | IOException | RuntimeException e) {
      Throwable mistake = mistakeIn(e);
      if (mistake == null || response.isCommitted()) {
        throw e;
      }
      int status = statusOf(mistake);
      log.warn(
          "Refused {} {} with {}: {}",
          LogText.clean(request.getMethod()),
          LogText.clean(request.getRequestURI()),
          status,
          LogText.clean(String.valueOf(mistake.getMessage())));
      response.sendError(status);
    }
  }

  private static Throwable mistakeIn(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UnreadableRequest || t instanceof MultipartException) {
        return t;
      }
    }
    return null;
  }

  private static int statusOf(Throwable mistake) {
    if (mistake instanceof UnreadableRequest unreadable) {
      return unreadable.status().value();
    }
    return mistake instanceof MaxUploadSizeExceededException
        ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
        : HttpServletResponse.SC_BAD_REQUEST;
  }

  /**
   * Reads parameters and parts once: a failure is thrown the first time (lenient, on the error
   * page's dispatch, never) and answered with no parameters afterwards.
   */
  private static final class Guarded extends HttpServletRequestWrapper {

    private boolean failed;

    Guarded(HttpServletRequest request, boolean lenient) {
      super(request);
      this.failed = lenient;
    }

    @Override
    public String getParameter(String name) {
      try {
        return super.getParameter(name);
      } catch (IllegalStateException e) {
        return none(e, null);
      }
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      try {
        return super.getParameterMap();
      } catch (IllegalStateException e) {
        return none(e, Map.of());
      }
    }

    @Override
    public Enumeration<String> getParameterNames() {
      try {
        return super.getParameterNames();
      } catch (IllegalStateException e) {
        return none(e, Collections.emptyEnumeration());
      }
    }

    @Override
    public String[] getParameterValues(String name) {
      try {
        return super.getParameterValues(name);
      } catch (IllegalStateException e) {
        return none(e, null);
      }
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
      try {
        return super.getParts();
      } catch (IOException | ServletException | IllegalStateException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
      try {
        return super.getPart(name);
      } catch (IOException | ServletException | IllegalStateException e) {
        failed = true;
        throw e;
      }
    }

    private <T> T none(IllegalStateException e, T empty) {
      if (failed) {
        return empty;
      }
      failed = true;
      throw new UnreadableRequest(e);
    }
  }
}
