package org.cppp.outreach.web;

import jakarta.validation.Valid;
import java.util.Set;
import org.cppp.outreach.Enquiries;
import org.cppp.outreach.EnquiryCommand;
import org.cppp.outreach.EnquiryStatus;
import org.cppp.outreach.EnquiryView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The enquiry queue and hotline log for staff: {@code /api/enquiries}. */
@RestController
@RequestMapping("/api/enquiries")
class EnquiryApi {

  private final Enquiries enquiries;

  EnquiryApi(Enquiries enquiries) {
    this.enquiries = enquiries;
  }

  @GetMapping
  Page<EnquiryView> queue(
      @RequestParam(required = false) Set<EnquiryStatus> status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return enquiries.queue(
        status, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)));
  }

  @GetMapping("/{id}")
  EnquiryView get(@PathVariable long id) {
    return enquiries.get(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  EnquiryView log(@Valid @RequestBody EnquiryCommand command) {
    return enquiries.log(command);
  }

  /** Records the answer: {@code {"answer": "..."}}. */
  @PostMapping("/{id}/answer")
  EnquiryView answer(@PathVariable long id, @RequestBody Answer answer) {
    return enquiries.answer(id, answer.answer());
  }

  @PostMapping("/{id}/close")
  EnquiryView close(@PathVariable long id) {
    return enquiries.close(id);
  }

  /** An answer's text. */
  record Answer(String answer) {}
}
