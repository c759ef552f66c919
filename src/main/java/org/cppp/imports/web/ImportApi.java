package org.cppp.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.cppp.imports.ImportResult;
import org.cppp.imports.Imports;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/imports}: legacy CSV import, synchronous; the body is streamed, never held whole. A
 * CSV comes as a {@code text/csv} body or a multipart upload; nothing else is read as one.
 */
@RestController
@RequestMapping("/api/imports")
class ImportApi {

  static final String TEXT_CSV = "text/csv";

  private final Imports imports;

  ImportApi(Imports imports) {
    this.imports = imports;
  }

  @GetMapping
  @Operation(summary = "The importable datasets and their columns")
  Map<String, List<String>> datasets() {
    return imports.datasets();
  }

  @PostMapping(path = "/{dataset}", consumes = TEXT_CSV)
  @Operation(
      summary =
          "Imports a CSV file sent as the body (text/csv, UTF-8, header row): 200 with the count of"
              + " new rows, or 422 with every mistake (row, column, message) and nothing saved; any"
              + " other type is refused with 415")
  ResponseEntity<ImportResult> importCsv(@PathVariable String dataset, HttpServletRequest request)
      throws IOException {
    return answer(imports.importCsv(dataset, request.getInputStream()));
  }

  @PostMapping(path = "/{dataset}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Imports a CSV file uploaded as the part \"file\" of a multipart form")
  ResponseEntity<ImportResult> importUpload(
      @PathVariable String dataset, @RequestParam MultipartFile file) throws IOException {
    try (InputStream csv = file.getInputStream()) {
      return answer(imports.importCsv(dataset, csv));
    }
  }

  private static ResponseEntity<ImportResult> answer(ImportResult result) {
    return ResponseEntity.status(
            result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
        .body(result);
  }
}
