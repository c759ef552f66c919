package org.cppp.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page tells the user what became of an action: each {@link Notice} is resolved from
 * the messages in the reader's language and kept, in order, under the one attribute {@value
 * #ATTRIBUTE} that {@code layout/main.html} shows: a flash attribute after a redirect, a model
 * attribute for the page rendered now.
 */
@Component
public class Notices {

  /** The model and flash attribute the layout shows. */
  public static final String ATTRIBUTE = "notices";

  private final MessageSource messages;

  Notices(MessageSource messages) {
    this.messages = messages;
  }

  /** After the redirect: the action was done. */
  public void success(RedirectAttributes redirect, String key, Object... args) {
    add(redirect, Notice.success(text(key, args)));
  }

  /** After the redirect: the action was refused. */
  public void failure(RedirectAttributes redirect, String key, Object... args) {
    add(redirect, Notice.failure(text(key, args)));
  }

  /** After the redirect: the action was refused for this reason. */
  public void failure(RedirectAttributes redirect, MessageSourceResolvable reason) {
    add(redirect, Notice.failure(text(reason)));
  }

  /** On the page rendered now: the action was refused for this reason. */
  public void failure(Model model, MessageSourceResolvable reason) {
    add(model, Notice.failure(text(reason)));
  }

  /** On the page rendered now: the action was refused. */
  public void failure(Model model, String key, Object... args) {
    add(model, Notice.failure(text(key, args)));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  private String text(MessageSourceResolvable reason) {
    return messages.getMessage(reason, LocaleContextHolder.getLocale());
  }

  private static void add(RedirectAttributes redirect, Notice notice) {
    redirect.addFlashAttribute(
        ATTRIBUTE, with(redirect.getFlashAttributes().get(ATTRIBUTE), notice));
  }

  private static void add(Model model, Notice notice) {
    model.addAttribute(ATTRIBUTE, with(model.getAttribute(ATTRIBUTE), notice));
  }

  @SuppressWarnings("unchecked")
  private static List<Notice> with(Object shown, Notice notice) {
    List<Notice> notices =
        shown == null ? new ArrayList<>() : new ArrayList<>((List<Notice>) shown);
    notices.add(notice);
    return notices;
  }
}
