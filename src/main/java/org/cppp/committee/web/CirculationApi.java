package org.cppp.committee.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.cppp.application.ApplicationView;
import org.cppp.committee.CirculationView;
import org.cppp.committee.Circulations;
import org.cppp.committee.Vote;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Decisions by circulation: {@code /api/committee/circulations}. */
@RestController
@RequestMapping("/api/committee/circulations")
class CirculationApi {

  private final Circulations circulations;

  CirculationApi(Circulations circulations) {
    this.circulations = circulations;
  }

  @GetMapping
  List<CirculationView> list() {
    return circulations.all();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CirculationView create(@Valid @RequestBody NewCirculation request) {
    return request.variationId() == null
        ? circulations.start(request.applicationRef(), request.deadline(), request.note())
        : circulations.startVariation(
            request.applicationRef(), request.variationId(), request.deadline(), request.note());
  }

  @GetMapping("/{id}")
  CirculationView get(@PathVariable long id) {
    return circulations.get(id);
  }

  @GetMapping("/{id}/application")
  ApplicationView application(@PathVariable long id) {
    return circulations.application(id);
  }

  @PostMapping("/{id}/votes")
  CirculationView vote(@PathVariable long id, @Valid @RequestBody VoteRequest request) {
    return circulations.vote(id, request.vote(), request.comment());
  }

  @PostMapping("/{id}/close")
  CirculationView close(@PathVariable long id) {
    return circulations.close(id);
  }

  /** An application to circulate, or (naming one) its variation request. */
  record NewCirculation(
      @NotBlank String applicationRef,
      Long variationId,
      @NotNull LocalDate deadline,
      String note) {}

  /** A member's vote. */
  record VoteRequest(@NotNull Vote vote, String comment) {}
}
