package org.cppp.support;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A MockMvc request whose body the server cannot parse, failing as Tomcat fails on a multipart body
 * cut off before its closing boundary: reading its parts or parameters throws (MockMvc would
 * otherwise never parse a body).
 */
public final class UnparsableRequest
    extends AbstractMockHttpServletRequestBuilder<UnparsableRequest> {

  private UnparsableRequest(String uri) {
    super(HttpMethod.POST);
    uri(uri);
    contentType("multipart/form-data; boundary=cut");
    content(
        "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"q.pdf\"\r\n\r\n%PDF");
  }

  public static UnparsableRequest post(String uri) {
    return new UnparsableRequest(uri);
  }

  @Override
  protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
    return new MockHttpServletRequest(servletContext) {
      private static final String ENDED = "Stream ended unexpectedly";
      private boolean failed;

      @Override
      public Collection<Part> getParts() throws IOException {
        failed = true;
        throw new IOException(ENDED);
      }

      @Override
      public Part getPart(String name) throws IOException {
        failed = true;
        throw new IOException(ENDED);
      }

      @Override
      public String getParameter(String name) {
        failOnce();
        return super.getParameter(name);
      }

      @Override
      public Map<String, String[]> getParameterMap() {
        failOnce();
        return super.getParameterMap();
      }

      @Override
      public Enumeration<String> getParameterNames() {
        failOnce();
        return super.getParameterNames();
      }

      @Override
      public String[] getParameterValues(String name) {
        failOnce();
        return super.getParameterValues(name);
      }

      // Tomcat throws at every read; here only the first, so MockMvc can print the request after.
      private void failOnce() {
        if (!failed) {
          failed = true;
          throw new InvalidParameterException(ENDED, 400);
        }
      }
    };
  }
}
