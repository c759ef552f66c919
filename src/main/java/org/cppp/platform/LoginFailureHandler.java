package org.cppp.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a failed sign-in back to the form with one message for every reason (wrong password,
 * unknown user, throttled), so it never tells whether an account exists, and with the username
 * still filled in.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

  static final String USERNAME = "username";
  private static final int MAX_USERNAME = 60;

  private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String username = request.getParameter(USERNAME);
    if (username != null && !username.isBlank()) {
      FlashMap flash = new FlashMap();
      flash.put(
          USERNAME,
          username.length() > MAX_USERNAME ? username.substring(0, MAX_USERNAME) : username);
      flash.setTargetRequestPath(request.getContextPath() + "/login");
      flashMaps.saveOutputFlashMap(flash, request, response);
    }
    response.sendRedirect(request.getContextPath() + "/login?error");
  }
}
