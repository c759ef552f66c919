package org.cppp.verification.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cppp.verification.CaseInputs;
import org.cppp.verification.CaseStatus;
import org.cppp.verification.CaseView;
import org.cppp.verification.NewCase;
import org.cppp.verification.ReadingsResult;
import org.cppp.verification.SnapshotView;
import org.cppp.verification.VerificationCases;
import org.cppp.verification.VerificationResult;
import org.cppp.verification.VerificationResults;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Verification cases: {@code /api/verifications}. */
@RestController
@RequestMapping("/api/verifications")
class VerificationApi {

  private final VerificationCases cases;
  private final VerificationResults results;

  VerificationApi(VerificationCases cases, VerificationResults results) {
    this.cases = cases;
    this.results = results;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Opens a verification case for an application; 201 with its id")
  Map<String, Long> open(@RequestBody NewCase request) {
    return Map.of("id", cases.open(request).id());
  }

  @GetMapping
  Page<CaseView> list(
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return cases.search(
        status, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
  }

  @GetMapping("/{id}")
  CaseView get(@PathVariable long id) {
    return cases.get(id);
  }

  @GetMapping("/{id}/readings")
  CaseInputs readings(@PathVariable long id) {
    return cases.inputs(id);
  }

  @PutMapping(value = "/{id}/readings", consumes = "text/csv")
  @Operation(
      summary =
          "Replaces the readings (text/csv, header from,to,<CARRIER codes>,<variable names>"
              + "[,SOLVENT_VOC_PCT]): 200 with the periods saved, or 422 with every mistake (row,"
              + " column, message) and nothing saved")
  ResponseEntity<ReadingsResult> replaceReadings(@PathVariable long id, HttpServletRequest request)
      throws IOException {
    ReadingsResult result =
        cases.replaceReadings(
            id, new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8), ',');
    return ResponseEntity.status(
            result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
        .body(result);
  }

  @PostMapping("/{id}/submit")
  CaseView submit(@PathVariable long id) {
    return cases.submit(id);
  }

  @PostMapping("/{id}/return")
  CaseView returnCase(@PathVariable long id, @RequestBody Comments body) {
    return cases.returnCase(id, body.comments());
  }

  @PostMapping("/{id}/sign")
  @Operation(summary = "QA signs the result, freezing inputs, model and factor versions")
  Map<String, Object> sign(@PathVariable long id) {
    SnapshotView snapshot = cases.sign(id);
    return Map.of(
        "id",
        id,
        "status",
        CaseStatus.SIGNED,
        "signedOn",
        snapshot.signedOn(),
        "snapshot",
        snapshot.id());
  }

  @GetMapping("/{id}/result")
  @Operation(summary = "The result: live while open, the frozen snapshot as at a date once signed")
  VerificationResult result(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asAt) {
    return results.result(id, asAt);
  }

  @GetMapping("/{id}/snapshots")
  List<SnapshotView> snapshots(@PathVariable long id) {
    return results.snapshots(id);
  }

  @PostMapping("/{id}/recompute")
  @Operation(summary = "Re-computes a signed result with the factors in force now (audited)")
  SnapshotView recompute(@PathVariable long id, @RequestBody Reason body) {
    return results.recompute(id, body.reason());
  }

  record Comments(String comments) {}

  record Reason(String reason) {}
}
