package org.cppp.factory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the possible-duplicate pairs up to date: when a factory is registered or changed it is
 * compared with the factories of its city that share most trigrams with it (an indexed query, so
 * registering costs the same at 50,000 factories as at 500), and its closest pairs are stored
 * again.
 */
@Component
class DuplicateFlags {

  private static final String PAIR_COLUMNS =
      "d.basis, d.score, a.br_number a_br, a.name_en a_en, a.name_zh a_zh, a.sector a_sector,"
          + " a.city_code a_city, a.hk_owned a_hk, b.br_number b_br, b.name_en b_en,"
          + " b.name_zh b_zh, b.sector b_sector, b.city_code b_city, b.hk_owned b_hk"
          + " from factory_possible_duplicate d"
          + " join factory a on a.br_number = d.factory_br"
          + " join factory b on b.br_number = d.other_br";

  /** Pairs stored per registration, the most alike first. */
  static final int MAX_PAIRS = 5;

  /**
   * Trigram similarity a factory needs to be compared at all: below the {@link Similarity}
   * thresholds, so that what they accept (one name inside the other, one letter changed) is among
   * the candidates.
   */
  static final double CANDIDATE_SIMILARITY = 0.2;

  static final int CANDIDATES = 25;

  private static final String CLOSEST =
      "select br_number, name_en, name_zh, address from factory"
          + " where city_code = ? and br_number <> ? and merged_into is null"
          + " and id < ?"
          + " and %1$s_key %% factory_similarity_key(?)"
          + " order by %1$s_key <-> factory_similarity_key(?)"
          + " limit "
          + CANDIDATES;

  private final JdbcClient jdbc;

  DuplicateFlags(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Compares the factory with the others of its city that look most alike by trigrams (indexed, so
   * the cost does not grow with the register) and stores its {@value #MAX_PAIRS} closest pairs.
   */
  void refresh(String brNumber, String city, Factory.Profile profile) {
    jdbc.sql("delete from factory_possible_duplicate where factory_br = ? or other_br = ?")
        .params(brNumber, brNumber)
        .update();
    setCandidateSimilarity();
    storeClosest(brNumber, city, profile, Long.MAX_VALUE);
  }

  /**
   * {@link #refresh} for factories just registered together, as if one by one in the list's order:
   * each is compared with the factories registered before it, i.e. of a lower id (the list's later
   * ones are left out, as they did not exist yet), and each one's closest pairs are stored.
   */
  void refreshAll(List<Factory> registered) {
    String[] brNumbers = registered.stream().map(Factory::brNumber).toArray(String[]::new);
    jdbc.sql(
            "delete from factory_possible_duplicate"
                + " where factory_br = any(cast(? as text[])) or other_br = any(cast(? as text[]))")
        .params(brNumbers, brNumbers)
        .update();
    setCandidateSimilarity();
    for (Factory factory : registered) {
      storeClosest(
          factory.brNumber(), factory.classification().city(), factory.profile(), factory.id());
    }
  }

  private void storeClosest(String brNumber, String city, Factory.Profile profile, long before) {
    Similarity.Candidate self =
        new Similarity.Candidate(brNumber, profile.nameEn(), profile.nameZh(), profile.address());
    candidates(self, city, before).stream()
        .flatMap(other -> Similarity.compare(self, other).map(m -> Map.entry(other, m)).stream())
        .sorted(Comparator.comparingInt(e -> -e.getValue().score()))
        .limit(MAX_PAIRS)
        .forEach(e -> store(brNumber, e.getKey().brNumber(), e.getValue()));
  }

  /** The trigram similarity pg_trgm's {@code %} asks for, for the rest of the transaction. */
  private void setCandidateSimilarity() {
    jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)")
        .param(Double.toString(CANDIDATE_SIMILARITY))
        .query(String.class)
        .single();
  }

  /**
   * The factories of the city whose name or address shares enough trigrams with the factory's
   * (pg_trgm's {@code %} on the {@code *_key} columns of V95): the {@value #CANDIDATES} nearest by
   * each name and by address, read in distance order from the GiST indexes ({@code <->}), so a
   * common word shared by thousands of factories costs no more than a rare one. Only factories with
   * an id below {@code before} are compared (those registered before, in a bulk registration).
   */
  private List<Similarity.Candidate> candidates(
      Similarity.Candidate self, String city, long before) {
    return jdbc.sql(
            "(select * from ("
                + CLOSEST.formatted("name_en")
                + ") en)"
                + " union (select * from ("
                + CLOSEST.formatted("name_zh")
                + ") zh)"
                + " union (select * from ("
                + CLOSEST.formatted("address")
                + ") addr)")
        .params(
            city,
            self.brNumber(),
            before,
            self.nameEn(),
            self.nameEn(),
            city,
            self.brNumber(),
            before,
            self.nameZh(),
            self.nameZh(),
            city,
            self.brNumber(),
            before,
            self.address(),
            self.address())
        .query(
            (rs, row) ->
                new Similarity.Candidate(
                    rs.getString("br_number"),
                    rs.getString("name_en"),
                    rs.getString("name_zh"),
                    rs.getString("address")))
        .list();
  }

  private void store(String one, String two, Similarity.Match match) {
    boolean ordered = one.compareTo(two) < 0;
    String first = ordered ? one : two;
    String second = ordered ? two : one;
    jdbc.sql(
            "insert into factory_possible_duplicate (factory_br, other_br, basis, score)"
                + " select ?, ?, ?, ? where not exists (select 1 from factory_duplicate_dismissal"
                + " where factory_br = ? and other_br = ?)")
        .params(first, second, match.basis(), match.score(), first, second)
        .update();
  }

  /** Whether the two factories are flagged as a possible duplicate (in either order). */
  boolean flagged(String one, String two) {
    return jdbc.sql(
                "select count(*) from factory_possible_duplicate where factory_br = ? and other_br = ?")
            .params(min(one, two), max(one, two))
            .query(Long.class)
            .single()
        > 0;
  }

  /** Stops flagging the pair, for good, keeping who dismissed it and why. */
  void dismiss(String one, String two, String reason, String by, java.time.Instant at) {
    jdbc.sql("delete from factory_possible_duplicate where factory_br = ? and other_br = ?")
        .params(min(one, two), max(one, two))
        .update();
    jdbc.sql(
            "insert into factory_duplicate_dismissal"
                + " (factory_br, other_br, reason, dismissed_by, dismissed_at) values (?, ?, ?, ?, ?)")
        .params(min(one, two), max(one, two), reason, by, java.sql.Timestamp.from(at))
        .update();
  }

  /**
   * Locks both factories' rows for the rest of the transaction (in BR order, so that two merges
   * never wait on each other) and tells which of them is already merged into another.
   */
  List<String> lockAndFindMerged(String one, String two) {
    return jdbc
        .sql(
            "select br_number, merged_into from factory where br_number in (?, ?)"
                + " order by br_number for update")
        .params(one, two)
        .query((rs, row) -> rs.getString("merged_into") == null ? null : rs.getString(1))
        .list()
        .stream()
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** Marks the factory merged into the survivor and drops every pair it is in. */
  void retire(String merged, String survivor, java.time.Instant at) {
    jdbc.sql("update factory set merged_into = ?, merged_at = ? where br_number = ?")
        .params(survivor, java.sql.Timestamp.from(at), merged)
        .update();
    jdbc.sql("delete from factory_possible_duplicate where factory_br = ? or other_br = ?")
        .params(merged, merged)
        .update();
  }

  private static String min(String a, String b) {
    return a.compareTo(b) < 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a.compareTo(b) < 0 ? b : a;
  }

  /** The pairs a factory is in, the factory itself first in each. */
  List<Pair> of(String brNumber) {
    return jdbc
        .sql(
            "select "
                + PAIR_COLUMNS
                + " where d.factory_br = ? or d.other_br = ? order by d.score desc")
        .params(brNumber, brNumber)
        .query((rs, row) -> pair(rs))
        .list()
        .stream()
        .map(p -> p.first().brNumber().equals(brNumber) ? p : p.swapped())
        .toList();
  }

  /** All pairs, most alike first. */
  List<Pair> all(int offset, int limit) {
    return jdbc.sql(
            "select "
                + PAIR_COLUMNS
                + " order by d.score desc, d.factory_br, d.other_br offset ? limit ?")
        .params(offset, limit)
        .query((rs, row) -> pair(rs))
        .list();
  }

  long count() {
    return jdbc.sql("select count(*) from factory_possible_duplicate").query(Long.class).single();
  }

  private static Pair pair(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Pair(side(rs, "a_"), side(rs, "b_"), rs.getString("basis"), rs.getInt("score"));
  }

  private static Side side(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
    return new Side(
        rs.getString(prefix + "br"),
        rs.getString(prefix + "en"),
        rs.getString(prefix + "zh"),
        Sector.valueOf(rs.getString(prefix + "sector")),
        rs.getString(prefix + "city"),
        rs.getBoolean(prefix + "hk"));
  }

  /** One factory of a pair, with what eligibility needs. */
  record Side(
      String brNumber, String nameEn, String nameZh, Sector sector, String city, boolean hkOwned) {}

  /** A stored pair. */
  record Pair(Side first, Side second, String basis, int score) {
    Pair swapped() {
      return new Pair(second, first, basis, score);
    }
  }
}
