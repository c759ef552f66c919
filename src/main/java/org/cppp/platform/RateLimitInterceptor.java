package org.cppp.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts each call of a {@link RateLimited} handler against its client address before the handler
 * runs (so a refused request costs no password hash nor mail). The address is the request's remote
 * address: behind a reverse proxy, {@code server.forward-headers-strategy} lets the container take
 * it from the trusted proxy's headers, never from a header any client can send.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  private final RateLimits limits;

  RateLimitInterceptor(RateLimits limits) {
    this.limits = limits;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method) {
      RateLimited limited = method.getMethodAnnotation(RateLimited.class);
      if (limited != null) {
        limits.consumeFromAddress(limited.value(), request.getRemoteAddr());
      }
    }
    return true;
  }
}
