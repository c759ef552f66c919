package org.cppp.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs in through the real form, as a browser does, and keeps the session cookie it gets. */
final class SignIns {

  static final String COOKIE = "SESSION";

  private SignIns() {}

  /** The form's answer to a sign-in from this client address. */
  static MockHttpServletResponse attempt(
      MockMvc mvc, String username, String password, String address) throws Exception {
    return mvc.perform(
            post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address)))
        .andReturn()
        .getResponse();
  }

  /** A signed-in session's cookie; fails when the sign-in does not reach the dashboard. */
  static Cookie session(MockMvc mvc, String username, String password) throws Exception {
    MockHttpServletResponse response = attempt(mvc, username, password, "127.0.0.1");
    if (!"/dashboard".equals(response.getRedirectedUrl())) {
      throw new AssertionError("sign-in failed: " + response.getRedirectedUrl());
    }
    return response.getCookie(COOKIE);
  }

  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
