package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cppp.support.IntegrationTest;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The columns of {@code funding_application} are declared by the migrations; the JPA mapping and
 * the bulk import's {@link ApplicationColumn} list must agree with the table as it stands.
 */
@IntegrationTest
class ApplicationColumnsTests {

  @Autowired JdbcClient jdbc;
  @Autowired EntityManagerFactory entityManagerFactory;

  @Test
  void theJpaMappingMapsEveryColumnOfTheTableAndNoOther() {
    EntityPersister persister =
        entityManagerFactory
            .unwrap(SessionFactoryImplementor.class)
            .getMappingMetamodel()
            .getEntityDescriptor(FundingApplication.class);
    TreeSet<String> mapped = new TreeSet<>(List.of(persister.getIdentifierColumnNames()));
    persister.forEachSelectable(
        (i, selectable) -> {
          if (selectable.getContainingTableExpression().equals("funding_application")) {
            mapped.add(selectable.getSelectionExpression());
          }
        });
    assertThat(mapped).isEqualTo(table().keySet());
  }

  @Test
  void theBulkImportWritesEveryColumnTheTableDoesNotFillItself() {
    List<String> named = new ArrayList<>(ApplicationColumn.names());
    named.addAll(ApplicationColumn.FILLED_BY_THE_TABLE);
    assertThat(named).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(table().keySet());
  }

  @Test
  void theColumnsTheTableFillsItselfHaveDefaults() {
    for (String column : ApplicationColumn.FILLED_BY_THE_TABLE) {
      String fallback =
          jdbc.sql(
                  "select column_default from information_schema.columns where table_schema ="
                      + " current_schema() and table_name = 'funding_application' and column_name"
                      + " = ?")
              .param(column)
              .query(String.class)
              .optional()
              .orElse(null);
      assertThat(fallback).as(column).isNotBlank();
    }
  }

  @Test
  void eachBulkColumnIsCastToTheTypeOfItsColumn() {
    Map<String, String> table = table();
    for (ApplicationColumn column : ApplicationColumn.values()) {
      String family =
          switch (table.get(column.column())) {
            case "character varying", "text" -> "text";
            case "numeric" -> "numeric";
            case "date" -> "date";
            default -> table.get(column.column());
          };
      assertThat(column.sqlType()).as(column.column()).isEqualTo(family);
    }
  }

  /** The table's columns and their data types. */
  private Map<String, String> table() {
    Map<String, String> columns = new TreeMap<>();
    jdbc.sql(
            "select column_name, data_type from information_schema.columns where table_schema ="
                + " current_schema() and table_name = 'funding_application'")
        .query(
            rs -> {
              columns.put(rs.getString("column_name"), rs.getString("data_type"));
            });
    return columns;
  }
}
