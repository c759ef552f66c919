package org.cppp.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A redirect's {@code Location} is written as the application gives it: a path stays a path. Tomcat
 * would make it absolute from the request's {@code Host} header (the sender's to choose) for every
 * HTTP/1.0 request, whatever {@code server.tomcat.use-relative-redirects} says; absolute links the
 * system sends elsewhere are built by {@link PublicUrl}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PathOnlyRedirects extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new PathOnly(response));
  }

  private static final class PathOnly extends HttpServletResponseWrapper {

    PathOnly(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      sendRedirect(location, SC_FOUND, true);
    }

    @Override
    public void sendRedirect(String location, int sc) throws IOException {
      sendRedirect(location, sc, true);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
      sendRedirect(location, SC_FOUND, clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
      if (isCommitted()) {
        throw new IllegalStateException("Cannot redirect: the response is already committed");
      }
      if (clearBuffer) {
        resetBuffer();
      }
      setStatus(sc);
      setHeader(HttpHeaders.LOCATION, location);
      flushBuffer();
    }
  }
}
