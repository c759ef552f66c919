package org.cppp.outreach.web;

import jakarta.validation.Valid;
import org.cppp.outreach.GuidebookCommand;
import org.cppp.outreach.GuidebookView;
import org.cppp.outreach.Publications;
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

/** Guidebooks for staff: {@code /api/publications}. */
@RestController
@RequestMapping("/api/publications")
class PublicationApi {

  private final Publications publications;

  PublicationApi(Publications publications) {
    this.publications = publications;
  }

  @GetMapping
  Page<GuidebookView> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return publications.list(
        PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("id")));
  }

  @GetMapping("/{id}")
  GuidebookView get(@PathVariable long id) {
    return publications.get(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  GuidebookView create(@Valid @RequestBody GuidebookCommand command) {
    return publications.create(command);
  }

  @PutMapping("/{id}")
  GuidebookView update(@PathVariable long id, @Valid @RequestBody GuidebookCommand command) {
    return publications.update(id, command);
  }
}
