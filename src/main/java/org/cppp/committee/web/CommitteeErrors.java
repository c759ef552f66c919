package org.cppp.committee.web;

import java.util.Locale;
import org.cppp.shared.StateConflict;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The committee pages' answer to a change that does not fit a record's state (e.g. editing
 * confirmed minutes): 409 with the reason in the reader's language.
 */
@ControllerAdvice(
    assignableTypes = {
      MeetingPages.class,
      MeetingActionPages.class,
      CirculationPages.class,
      MemberPages.class,
      DocumentPages.class
    })
class CommitteeErrors {

  private final MessageSource messages;

  CommitteeErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(StateConflict.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String conflict(StateConflict conflict, Model model, Locale locale) {
    model.addAttribute("reason", messages.getMessage(conflict, locale));
    return "committee/conflict";
  }
}
