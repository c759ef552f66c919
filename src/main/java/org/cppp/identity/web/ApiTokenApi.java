package org.cppp.identity.web;

import jakarta.validation.Valid;
import org.cppp.identity.ApiTokenView;
import org.cppp.identity.ApiTokens;
import org.cppp.identity.CreatedApiToken;
import org.cppp.identity.NewApiToken;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in user's own personal access tokens: {@code /api/tokens}. */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenApi {

  private final ApiTokens tokens;

  ApiTokenApi(ApiTokens tokens) {
    this.tokens = tokens;
  }

  /** Creates a token; the answer carries its secret, the only time it is shown. */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CreatedApiToken create(@Valid @RequestBody NewApiToken token) {
    return tokens.create(token);
  }

  @GetMapping
  Page<ApiTokenView> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return tokens.own(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable long id) {
    tokens.revoke(id);
  }
}
