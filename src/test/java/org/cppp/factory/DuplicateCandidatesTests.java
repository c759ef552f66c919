package org.cppp.factory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DuplicateCandidatesTests {

  @Autowired Factories factories;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void aNameWithOneLetterChangedIsFlagged() {
    String word = unique();
    String one = register("Golden " + word + " Textile Ltd", "", "1 Lane");
    String two = register("Golden " + word + " Textiles Ltd", "", "2 Lane");
    assertThat(othersOf(two)).containsExactly(one);
  }

  @Test
  void aChineseNameInsideAnotherIsFlagged() {
    String word = uniqueChinese();
    String one = register(unique() + " A", word + "有限公司", "3 Lane");
    String two = register(unique() + " B", "香港" + word, "4 Lane");
    assertThat(othersOf(two)).containsExactly(one);
  }

  @Test
  void aFactoryKeepsOnlyItsClosestPairs() {
    String word = unique();
    List<String> alike =
        IntStream.range(0, DuplicateFlags.MAX_PAIRS + 3)
            .mapToObj(i -> register(word + " Metal Works Ltd", "", i + 10 + " Lane"))
            .toList();
    String last = register(word + " Metal Works Limited", "", "99 Lane");
    assertThat(othersOf(last)).hasSize(DuplicateFlags.MAX_PAIRS).isSubsetOf(alike);
  }

  @Test
  void theCandidateSearchAndTheApplicationTextSearchCanUseTheirTrigramIndexes() {
    assertThat(
            plan(
                "select br_number from factory where name_en_key % factory_similarity_key('Golden')"
                    + " order by name_en_key <-> factory_similarity_key('Golden') limit 25"))
        .contains("factory_name_en_trgm");
    assertThat(plan("select id from funding_application where lower(title) like '%dyeing%'"))
        .contains("funding_application_title_trgm");
    assertThat(plan("select id from funding_application where factory_br like '%1234%'"))
        .contains("funding_application_factory_br_trgm");
  }

  /** The plan with sequential scans priced out, so that the few rows of a test do not hide it. */
  private String plan(String sql) {
    return transaction.execute(
        status -> {
          jdbc.sql("set local enable_seqscan = off").update();
          return String.join("\n", jdbc.sql("explain " + sql).query(String.class).list());
        });
  }

  private List<String> othersOf(String br) {
    return SystemActor.call(() -> factories.possibleDuplicates(br)).stream()
        .map(d -> d.other().brNumber())
        .toList();
  }

  private String register(String nameEn, String nameZh, String address) {
    return fixtures.factory(
        nameEn, nameZh, true, "HEYUAN", Sector.METAL_AND_METAL_PRODUCTS, address + " " + unique());
  }

  private static String unique() {
    return "Zq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  private static String uniqueChinese() {
    return ThreadLocalRandom.current()
        .ints(4, 0x4E00, 0x9FA5)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
