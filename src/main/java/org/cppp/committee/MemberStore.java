package org.cppp.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Memberships, organisations, association memberships and the quorum rule. */
@Repository
class MemberStore {

  private final JdbcClient jdbc;

  MemberStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<OrganisationView> organisations() {
    return jdbc.sql("select * from committee_organisation order by trade_association desc, code")
        .query(
            (rs, i) ->
                new OrganisationView(
                    rs.getString("code"),
                    rs.getString("name_en"),
                    rs.getString("name_zh_hk"),
                    rs.getString("name_zh_cn"),
                    rs.getBoolean("trade_association")))
        .list();
  }

  boolean organisationExists(String code) {
    return jdbc.sql("select count(*) from committee_organisation where code = ?")
            .param(code)
            .query(Long.class)
            .single()
        > 0;
  }

  List<MemberView> all() {
    return linked(
        jdbc.sql("select * from committee_member order by term_to desc, position, display_name")
            .query(this::bare)
            .list());
  }

  List<MemberView> sittingOn(LocalDate date) {
    return linked(
        jdbc.sql(
                "select * from committee_member where ? between term_from and term_to"
                    + " order by position, display_name")
            .param(date)
            .query(this::bare)
            .list());
  }

  /** The committee as it sits on a date: its members then and the quorum rule in force. */
  Sitting sitting(LocalDate date) {
    return new Sitting(ruleOn(date), sittingOn(date));
  }

  Optional<MemberView> find(long id) {
    return jdbc.sql("select * from committee_member where id = ?")
        .param(id)
        .query(this::member)
        .optional();
  }

  Optional<MemberView> sitting(String username, LocalDate date) {
    return jdbc.sql(
            "select * from committee_member where username = ? and ? between term_from and term_to"
                + " order by term_from desc limit 1")
        .params(username, date)
        .query(this::member)
        .optional();
  }

  boolean overlaps(String username, LocalDate from, LocalDate to, long exceptId) {
    return jdbc.sql(
                "select count(*) from committee_member where username = ? and id <> ?"
                    + " and term_from <= ? and term_to >= ?")
            .params(username, exceptId, to, from)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(NewMember m, String displayName) {
    long id =
        jdbc.sql(
                "insert into committee_member (username, display_name, organisation_code,"
                    + " position, term_from, term_to) values (?, ?, ?, ?, ?, ?) returning id")
            .params(
                m.username(),
                displayName,
                m.organisationCode(),
                m.position().name(),
                m.termFrom(),
                m.termTo())
            .query(Long.class)
            .single();
    links(id, m);
    return id;
  }

  void update(long id, NewMember m) {
    jdbc.sql(
            "update committee_member set organisation_code = ?, position = ?, term_from = ?,"
                + " term_to = ?, version = version + 1 where id = ?")
        .params(m.organisationCode(), m.position().name(), m.termFrom(), m.termTo(), id)
        .update();
    jdbc.sql("delete from committee_member_link where member_id = ?").param(id).update();
    links(id, m);
  }

  private void links(long id, NewMember m) {
    m.linkedFactories().forEach(k -> link(id, "FACTORY", k));
    m.linkedProviders().forEach(k -> link(id, "PROVIDER", k));
  }

  private void link(long id, String kind, String key) {
    jdbc.sql("insert into committee_member_link (member_id, kind, key) values (?, ?, ?)")
        .params(id, kind, key)
        .update();
  }

  List<AssociationView> associations() {
    return jdbc.sql(
            "select * from association_membership order by organisation_code, factory_br,"
                + " provider_code")
        .query(
            (rs, i) ->
                new AssociationView(
                    rs.getLong("id"),
                    rs.getString("organisation_code"),
                    rs.getString("factory_br"),
                    rs.getString("provider_code")))
        .list();
  }

  boolean associationExists(String org, String factoryBr, String providerCode) {
    return jdbc.sql(
                "select count(*) from association_membership where organisation_code = ?"
                    + " and factory_br is not distinct from ? and provider_code is not distinct"
                    + " from ?")
            .params(org, factoryBr, providerCode)
            .query(Long.class)
            .single()
        > 0;
  }

  long insertAssociation(String org, String factoryBr, String providerCode) {
    return jdbc.sql(
            "insert into association_membership (organisation_code, factory_br, provider_code)"
                + " values (?, ?, ?) returning id")
        .params(org, factoryBr, providerCode)
        .query(Long.class)
        .single();
  }

  int deleteAssociation(long id) {
    return jdbc.sql("delete from association_membership where id = ?").param(id).update();
  }

  /** Organisations of which this factory or this provider is a member. */
  List<String> associationsOf(String factoryBr, String providerCode) {
    return jdbc.sql(
            "select distinct organisation_code from association_membership"
                + " where factory_br = ? or provider_code = ?")
        .params(factoryBr, providerCode)
        .query(String.class)
        .list();
  }

  QuorumRule ruleOn(LocalDate date) {
    return jdbc.sql(
            "select * from quorum_rule where effective_from <= ?"
                + " order by effective_from desc limit 1")
        .param(date)
        .query(
            (rs, i) ->
                new QuorumRule(
                    rs.getDate("effective_from").toLocalDate(),
                    rs.getInt("numerator"),
                    rs.getInt("denominator"),
                    rs.getBoolean("strictly_more"),
                    rs.getBoolean("requires_chair_or_deputy")))
        .optional()
        .orElse(QuorumRule.moreThanHalfWithChair(date));
  }

  List<QuorumRule> rules() {
    return jdbc.sql("select * from quorum_rule order by effective_from desc")
        .query(
            (rs, i) ->
                new QuorumRule(
                    rs.getDate("effective_from").toLocalDate(),
                    rs.getInt("numerator"),
                    rs.getInt("denominator"),
                    rs.getBoolean("strictly_more"),
                    rs.getBoolean("requires_chair_or_deputy")))
        .list();
  }

  void saveRule(QuorumRule rule) {
    jdbc.sql(
            "insert into quorum_rule values (?, ?, ?, ?, ?) on conflict (effective_from) do update"
                + " set numerator = excluded.numerator, denominator = excluded.denominator,"
                + " strictly_more = excluded.strictly_more,"
                + " requires_chair_or_deputy = excluded.requires_chair_or_deputy")
        .params(
            rule.effectiveFrom(),
            rule.numerator(),
            rule.denominator(),
            rule.strictlyMore(),
            rule.requiresChairOrDeputy())
        .update();
  }

  private MemberView member(ResultSet rs, int row) throws SQLException {
    MemberView m = bare(rs, row);
    return withLinks(m, linksOf(m.id(), "FACTORY"), linksOf(m.id(), "PROVIDER"));
  }

  /** Members with their links, read in one query for all of them. */
  private List<MemberView> linked(List<MemberView> members) {
    if (members.isEmpty()) {
      return members;
    }
    Map<Long, Map<String, List<String>>> links = new HashMap<>();
    jdbc.sql(
            "select member_id, kind, key from committee_member_link where member_id in (:ids)"
                + " order by key")
        .param("ids", members.stream().map(MemberView::id).toList())
        .query(
            rs -> {
              links
                  .computeIfAbsent(rs.getLong("member_id"), k -> new HashMap<>())
                  .computeIfAbsent(rs.getString("kind"), k -> new ArrayList<>())
                  .add(rs.getString("key"));
            });
    return members.stream()
        .map(
            m -> {
              Map<String, List<String>> of = links.getOrDefault(m.id(), Map.of());
              return withLinks(
                  m, of.getOrDefault("FACTORY", List.of()), of.getOrDefault("PROVIDER", List.of()));
            })
        .toList();
  }

  private static MemberView withLinks(
      MemberView m, List<String> factories, List<String> providers) {
    return new MemberView(
        m.id(),
        m.username(),
        m.displayName(),
        m.organisationCode(),
        m.position(),
        m.termFrom(),
        m.termTo(),
        factories,
        providers);
  }

  private MemberView bare(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    List<String> factories = List.of();
    List<String> providers = List.of();
    return new MemberView(
        id,
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("organisation_code"),
        Position.valueOf(rs.getString("position")),
        rs.getDate("term_from").toLocalDate(),
        rs.getDate("term_to").toLocalDate(),
        factories,
        providers);
  }

  private List<String> linksOf(long id, String kind) {
    return jdbc.sql(
            "select key from committee_member_link where member_id = ? and kind = ? order by key")
        .params(id, kind)
        .query(String.class)
        .list();
  }
}
