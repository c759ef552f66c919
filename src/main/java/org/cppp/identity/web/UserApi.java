package org.cppp.identity.web;

import jakarta.validation.Valid;
import org.cppp.identity.NewUser;
import org.cppp.identity.TwoFactor;
import org.cppp.identity.UserChange;
import org.cppp.identity.UserView;
import org.cppp.identity.Users;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users for administrators: {@code /api/users}. */
@RestController
@RequestMapping("/api/users")
class UserApi {

  private final Users users;
  private final TwoFactor twoFactor;

  UserApi(Users users, TwoFactor twoFactor) {
    this.users = users;
    this.twoFactor = twoFactor;
  }

  @GetMapping
  Page<UserView> list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return users.search(
        q,
        PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("username")));
  }

  @GetMapping("/{username}")
  UserView get(@PathVariable String username) {
    return users.get(username);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UserView create(@Valid @RequestBody NewUser user) {
    return users.create(user);
  }

  @PutMapping("/{username}")
  UserView update(@PathVariable String username, @Valid @RequestBody UserChange change) {
    return users.update(username, change);
  }

  /** Resets the user's two-factor enrolment: they enrol again at their next sign-in. */
  @PostMapping("/{username}/totp/reset")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void resetTwoFactor(@PathVariable String username) {
    twoFactor.reset(username);
  }
}
