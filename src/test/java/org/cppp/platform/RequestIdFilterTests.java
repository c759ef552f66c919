package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.util.concurrent.atomic.AtomicReference;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdFilterTests {

  @Autowired MockMvc mvc;
  @Autowired RequestIdFilter filter;

  @Test
  void aWellFormedIncomingIdIsEchoed() throws Exception {
    mvc.perform(get("/login").header("X-Request-Id", "proxy-4f2a9c01"))
        .andExpect(header().string("X-Request-Id", "proxy-4f2a9c01"));
  }

  @Test
  void aMalformedIncomingIdIsReplacedByANewOne() throws Exception {
    String id =
        mvc.perform(get("/login").header("X-Request-Id", "bad id\r\nX-Injected: 1"))
            .andReturn()
            .getResponse()
            .getHeader("X-Request-Id");
    assertThat(id).matches("[0-9a-f-]{36}");
  }

  @Test
  void everyLineTheRequestLogsCarriesItsIdAndNoneAfter(CapturedOutput output) throws Exception {
    AtomicReference<String> inRequest = new AtomicReference<>();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/anything");
    request.addHeader("X-Request-Id", "trace-7d3e5b11");
    filter.doFilter(
        request,
        new MockHttpServletResponse(),
        (req, res) -> {
          inRequest.set(MDC.get("requestId"));
          LoggerFactory.getLogger("org.cppp.RequestIdProbe").info("handling the request");
        });
    assertThat(inRequest).hasValue("trace-7d3e5b11");
    assertThat(MDC.get("requestId")).isNull();
    assertThat(output.getAll()).containsPattern("\\[trace-7d3e5b11\\].*handling the request");
  }
}
