package org.cppp.verification.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.shared.StateConflict;
import org.cppp.verification.Carrier;
import org.cppp.verification.CaseInputs;
import org.cppp.verification.CaseView;
import org.cppp.verification.ReadingsPreview;
import org.cppp.verification.ReadingsResult;
import org.cppp.verification.VerificationCases;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's readings grid: rows pasted from a spreadsheet (tab-separated) are previewed, then saved;
 * or a CSV file is uploaded. Either replaces every reading, all or nothing, and every mistake names
 * its row and column.
 */
@Controller
@RequestMapping("/verifications/{id}/readings")
class ReadingPages {

  private static final String PAGE = "verification/readings";
  private static final char TAB = '\t';

  private final VerificationCases cases;
  private final MessageSource messages;
  private final Notices notices;

  ReadingPages(VerificationCases cases, MessageSource messages, Notices notices) {
    this.cases = cases;
    this.messages = messages;
    this.notices = notices;
  }

  @GetMapping
  String show(@PathVariable long id, Model model) {
    return page(id, model);
  }

  @PostMapping("/preview")
  String preview(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String table,
      Model model,
      HttpServletRequest request,
      Locale locale) {
    CaseView view = cases.get(id);
    ReadingsPreview preview = cases.preview(id, new StringReader(table), TAB);
    model.addAttribute("table", table);
    model.addAttribute("previewed", true);
    model.addAttribute("periods", preview.periods());
    model.addAttribute("previewErrors", ReadingErrors.texts(preview.errors(), messages, locale));
    if (preview.valid()) {
      model.addAttribute(
          "preview",
          ReadingsGrid.of(
              preview.carriers(), view.variables(), preview.readings(), preview.values()));
    }
    if (HtmxRequest.is(request)) {
      return PAGE + " :: preview";
    }
    return page(id, model);
  }

  @PostMapping
  String save(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String table,
      Model model,
      RedirectAttributes flash,
      Locale locale) {
    model.addAttribute("table", table);
    return replace(id, new StringReader(table), TAB, model, flash, locale);
  }

  @PostMapping("/csv")
  String upload(
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      RedirectAttributes flash,
      Locale locale)
      throws IOException {
    Reader csv =
        file == null
            ? new StringReader("")
            : new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
    return replace(id, csv, ',', model, flash, locale);
  }

  private String replace(
      long id, Reader table, char delimiter, Model model, RedirectAttributes flash, Locale locale) {
    try {
      ReadingsResult result = cases.replaceReadings(id, table, delimiter);
      if (result.succeeded()) {
        notices.success(flash, "verification.readings.saved", result.imported());
        return "redirect:/verifications/" + id;
      }
      model.addAttribute("errors", ReadingErrors.texts(result.errors(), messages, locale));
    } catch (StateConflict conflict) {
      notices.failure(model, conflict);
    }
    return page(id, model);
  }

  /** The page with the readings saved; its table holds what was sent, or else what is saved. */
  private String page(long id, Model model) {
    CaseInputs in = cases.inputs(id);
    ReadingsGrid current =
        ReadingsGrid.of(in.carriers(), in.variables(), in.readings(), in.values());
    if (!model.containsAttribute("table")) {
      model.addAttribute("table", current.tsv());
    }
    model.addAttribute("verification", cases.get(id));
    model.addAttribute("actions", cases.actions(id));
    model.addAttribute("current", current);
    model.addAttribute("carrierCodes", Carrier.values());
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", List.of());
    }
    return PAGE;
  }
}
