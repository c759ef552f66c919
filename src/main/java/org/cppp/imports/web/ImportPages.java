package org.cppp.imports.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cppp.imports.Imports;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.shared.StateConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The upload page: choose a dataset and a file, then watch the import's progress and result. */
@Controller
@RequestMapping("/imports")
class ImportPages {

  private static final String PAGE = "imports/imports";

  private final Imports imports;
  private final Notices notices;

  ImportPages(Imports imports, Notices notices) {
    this.imports = imports;
    this.notices = notices;
  }

  @GetMapping
  String initUploadForm(Model model) {
    model.addAttribute("datasets", imports.datasets());
    imports.latest().ifPresent(job -> model.addAttribute("job", job));
    return PAGE;
  }

  @PostMapping
  String processUploadForm(
      @RequestParam String dataset,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      HttpServletRequest request)
      throws IOException {
    if (file == null || file.isEmpty() || !imports.datasets().containsKey(dataset)) {
      return refused(model, "imports.upload.choose");
    }
    Path spooled = Files.createTempFile("cppp-upload-", ".csv");
    file.transferTo(spooled);
    String id;
    try {
      id = imports.start(dataset, spooled);
    } catch (StateConflict busy) {
      Files.deleteIfExists(spooled);
      return refused(model, busy.messageKey());
    }
    if (HtmxRequest.is(request)) {
      model.addAttribute("job", imports.job(id));
      return "imports/job :: progress";
    }
    return "redirect:/imports/jobs/" + id;
  }

  private String refused(Model model, String messageKey) {
    model.addAttribute("datasets", imports.datasets());
    notices.failure(model, messageKey);
    imports.latest().ifPresent(job -> model.addAttribute("job", job));
    return PAGE;
  }

  @PostMapping("/jobs/{id}/cancel")
  String cancel(@PathVariable String id, Model model, HttpServletRequest request) {
    model.addAttribute("job", imports.cancel(id));
    if (HtmxRequest.is(request)) {
      return "imports/job :: progress";
    }
    return "redirect:/imports/jobs/" + id;
  }

  @GetMapping("/jobs/{id}")
  String job(@PathVariable String id, Model model, HttpServletRequest request) {
    model.addAttribute("job", imports.job(id));
    return HtmxRequest.view(request, "imports/job", "progress");
  }
}
