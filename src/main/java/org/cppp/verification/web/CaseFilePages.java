package org.cppp.verification.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.cppp.platform.DocumentLanguage;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.cppp.verification.CaseView;
import org.cppp.verification.EvidenceView;
import org.cppp.verification.Period;
import org.cppp.verification.VerificationCases;
import org.cppp.verification.VerificationEvidence;
import org.cppp.verification.VerificationReports;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's files: evidence per period (upload, download) and the verification report PDF, in the
 * language the reader picks ({@code docLang}), once QA has signed.
 */
@Controller
@RequestMapping("/verifications/{id}")
class CaseFilePages {

  private final VerificationCases cases;
  private final VerificationEvidence evidence;
  private final VerificationReports reports;
  private final MessageSource messages;
  private final Notices notices;

  CaseFilePages(
      VerificationCases cases,
      VerificationEvidence evidence,
      VerificationReports reports,
      MessageSource messages,
      Notices notices) {
    this.cases = cases;
    this.evidence = evidence;
    this.reports = reports;
    this.messages = messages;
    this.notices = notices;
  }

  @PostMapping("/evidence")
  String addEvidence(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes flash,
      Locale locale)
      throws IOException {
    try {
      byte[] bytes = file == null ? null : file.getBytes();
      String name = file == null ? null : file.getOriginalFilename();
      evidence.add(id, new Period(from, to), name, bytes);
      notices.success(flash, "verification.evidence.added");
    } catch (RuleViolation | StateConflict refusal) {
      notices.failure(flash, Refusals.labelled(messages, refusal, locale));
    }
    return "redirect:/verifications/" + id + "#evidence";
  }

  @GetMapping("/evidence/{evidenceId}")
  ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long evidenceId) {
    EvidenceView.Content file = evidence.content(id, evidenceId);
    return attachment(file.filename(), file.contentType(), file.bytes());
  }

  @GetMapping("/report.pdf")
  ResponseEntity<byte[]> report(
      @PathVariable long id,
      @RequestParam(required = false) String docLang,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asAt,
      Locale locale) {
    Locale language = DocumentLanguage.of(docLang, locale);
    CaseView view = cases.get(id);
    byte[] pdf = reports.pdf(id, asAt, language);
    String name = "verification-" + view.application() + "-" + language.toLanguageTag() + ".pdf";
    return attachment(name, MediaType.APPLICATION_PDF_VALUE, pdf);
  }

  /** A report asked for before signing: the page says why (409). */
  @ExceptionHandler(StateConflict.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String unsigned(StateConflict refusal, HttpServletRequest request, Model model, Locale locale) {
    return refused(refusal, request, model, locale);
  }

  /** A report asked for as at a date before it was signed (400). */
  @ExceptionHandler(RuleViolation.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badDate(RuleViolation refusal, HttpServletRequest request, Model model, Locale locale) {
    return refused(refusal, request, model, locale);
  }

  private String refused(
      MessageSourceResolvable refusal, HttpServletRequest request, Model model, Locale locale) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    model.addAttribute("caseId", variables instanceof Map<?, ?> map ? map.get("id") : null);
    notices.failure(model, Refusals.labelled(messages, refusal, locale));
    return "verification/refused";
  }

  private static ResponseEntity<byte[]> attachment(String name, String type, byte[] content) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }
}
