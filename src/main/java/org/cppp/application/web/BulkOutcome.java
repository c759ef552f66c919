package org.cppp.application.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One action on the applications ticked on the list, each in its own transaction (a refusal leaves
 * the others done): how many were done and why the rest were refused, by reference.
 */
record BulkOutcome(int done, Map<String, MessageSourceResolvable> refused) {

  static BulkOutcome of(List<String> refs, Consumer<String> act) {
    int done = 0;
    Map<String, MessageSourceResolvable> refused = new LinkedHashMap<>();
    for (String ref : refs == null ? List.<String>of() : refs) {
      try {
        act.accept(ref);
        done++;
      } catch (RuleViolation | StateConflict e) {
        refused.put(ref, e);
      }
    }
    return new BulkOutcome(done, refused);
  }

  /** Tells the user what was done and, one by one, what was refused. */
  void tell(Notices notices, RedirectAttributes flash) {
    notices.success(flash, "bulk.done", done);
    refused.forEach((ref, reason) -> notices.failure(flash, "bulk.failed", ref, reason));
  }
}
