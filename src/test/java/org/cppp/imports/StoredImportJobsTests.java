package org.cppp.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.cppp.platform.SystemActor;
import org.cppp.shared.StateConflict;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Import jobs are stored: what another instance did, or left behind when it stopped, shows. */
@IntegrationTest
class StoredImportJobsTests {

  @Autowired Imports imports;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void clear() {
    jdbc.sql("delete from background_job where kind = 'import' and owner = 'system'").update();
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void anImportsResultIsStoredWithItsJob() {
    String csv =
        String.join(",", SystemActor.call(() -> imports.datasets()).get("factories")) + "\n";
    SystemActor.run(
        () ->
            imports.importCsv(
                "factories", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));

    ImportJobView latest = SystemActor.call(() -> imports.latest()).orElseThrow();
    assertThat(latest.finished()).isTrue();
    assertThat(
            jdbc.sql("select state from background_job where id = ?")
                .param(latest.id())
                .query(String.class)
                .single())
        .isEqualTo("DONE");
    assertThat(SystemActor.call(() -> imports.job(latest.id()))).isEqualTo(latest);
  }

  @Test
  void anImportLeftRunningByAStoppedInstanceShowsFinishedWithNothingSavedInTheUsersLanguage() {
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into background_job (id, kind, owner, single_key, state, progress, error,"
                + " instance, heartbeat_at, created_at) values (?, 'import', 'system', null,"
                + " 'FAILED', ?, 'instance-stopped', 'gone', now(), now())")
        .params(
            id,
            "{\"id\":\"%s\",\"dataset\":\"factories\",\"finished\":false,\"cancelled\":false,"
                    .formatted(id)
                + "\"total\":100000,\"read\":40000,\"validated\":40000,\"written\":0,"
                + "\"percent\":20,\"result\":null}")
        .update();
    LocaleContextHolder.setLocale(Locale.forLanguageTag("zh-HK"));

    ImportJobView shown = SystemActor.call(() -> imports.job(id));

    assertThat(shown.finished()).isTrue();
    assertThat(shown.read()).isEqualTo(40000);
    assertThat(shown.result().imported()).isZero();
    assertThat(shown.result().errors())
        .singleElement()
        .extracting(RowError::message)
        .isEqualTo("匯入因伺服器停止而中斷：沒有儲存任何資料。請重新匯入。");
  }

  @Test
  void aSecondUnfinishedImportOfTheSameUserIsRefusedEvenFromAnotherInstance() {
    jdbc.sql(
            "insert into background_job (id, kind, owner, single_key, state, progress, instance,"
                + " heartbeat_at, created_at) values (?, 'import', 'system', 'system', 'RUNNING',"
                + " '{}', 'another-instance', now(), now())")
        .param(UUID.randomUUID().toString())
        .update();

    assertThatThrownBy(
            () ->
                SystemActor.run(
                    () ->
                        imports.importCsv(
                            "factories", new ByteArrayInputStream("br_number\n".getBytes()))))
        .isInstanceOf(StateConflict.class);
  }
}
