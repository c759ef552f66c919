package org.cppp.committee.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.committee.DecisionLetter;
import org.cppp.committee.MeetingPack;
import org.cppp.committee.MeetingView;
import org.cppp.committee.Meetings;
import org.cppp.platform.PdfRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The committee's PDFs, in the reader's language (or {@code ?language=en|zh-HK|zh-CN}, which leaves
 * the pages' language alone): the meeting pack, one item's summary, the minutes, and decision
 * letters for applicants.
 */
@Controller
class DocumentPages {

  private static final List<String> LANGUAGES = List.of("en", "zh-HK", "zh-CN");

  private final Meetings meetings;
  private final PdfRenderer pdf;

  DocumentPages(Meetings meetings, PdfRenderer pdf) {
    this.meetings = meetings;
    this.pdf = pdf;
  }

  @GetMapping("/committee/meetings/{id}/pack.pdf")
  ResponseEntity<byte[]> pack(
      @PathVariable long id,
      @RequestParam(name = "language", required = false) String lang,
      Locale locale) {
    MeetingPack pack = meetings.pack(id);
    Map<String, Object> model = new HashMap<>();
    model.put("pack", pack);
    model.put("meeting", pack.meeting());
    model.put("items", pack.items());
    return file("committee-pack", model, language(lang, locale), pack.meeting().number() + "-pack");
  }

  @GetMapping("/committee/meetings/{id}/items/{itemId}/summary.pdf")
  ResponseEntity<byte[]> summary(
      @PathVariable long id,
      @PathVariable long itemId,
      @RequestParam(name = "language", required = false) String lang,
      Locale locale) {
    MeetingView meeting = meetings.get(id);
    Map<String, Object> model = new HashMap<>();
    model.put("meeting", meeting);
    model.put("items", List.of(meetings.summary(id, itemId)));
    model.put("pack", null);
    return file("committee-pack", model, language(lang, locale), meeting.number() + "-" + itemId);
  }

  @GetMapping("/committee/meetings/{id}/minutes.pdf")
  ResponseEntity<byte[]> minutes(
      @PathVariable long id,
      @RequestParam(name = "language", required = false) String lang,
      Locale locale) {
    MeetingView meeting = meetings.get(id);
    Map<String, Object> model = new HashMap<>();
    model.put("meeting", meeting);
    model.put("lines", meeting.minutesText().split("\n", -1));
    model.put("quorum", meetings.quorum(id));
    return file("committee-minutes", model, language(lang, locale), meeting.number() + "-minutes");
  }

  @GetMapping("/committee/letters/{reference}")
  String letter(@PathVariable String reference, Model model) {
    model.addAttribute("letter", meetings.letter(reference));
    model.addAttribute("languages", LANGUAGES);
    return "committee/letter";
  }

  @GetMapping("/committee/letters/{reference}/letter.pdf")
  ResponseEntity<byte[]> letterPdf(
      @PathVariable String reference,
      @RequestParam(name = "language", required = false) String lang,
      Locale locale) {
    DecisionLetter letter = meetings.letter(reference);
    Map<String, Object> model = new HashMap<>();
    model.put("letter", letter);
    return file("committee-letter", model, language(lang, locale), reference + "-decision");
  }

  private ResponseEntity<byte[]> file(
      String template, Map<String, Object> model, Locale locale, String name) {
    model.put("lang", locale.toLanguageTag());
    byte[] bytes = pdf.render(template, model, locale);
    String filename =
        name.replaceAll("[^A-Za-z0-9._-]+", "-") + "-" + locale.toLanguageTag() + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(filename).build().toString())
        .body(bytes);
  }

  static Locale language(String lang, Locale requested) {
    if (lang != null && LANGUAGES.contains(lang)) {
      return Locale.forLanguageTag(lang);
    }
    if ("zh".equals(requested.getLanguage())) {
      String tag = requested.toLanguageTag();
      return Locale.forLanguageTag(tag.contains("CN") || tag.contains("Hans") ? "zh-CN" : "zh-HK");
    }
    return Locale.ENGLISH;
  }
}
