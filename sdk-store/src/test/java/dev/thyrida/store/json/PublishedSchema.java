package dev.thyrida.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The published JSON Schema, loaded by an independent validator (networknt), to check that what the
 * encoder writes is what the schema tells a non-Java reader to expect.
 */
final class PublishedSchema {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(SchemaDocument.published());

  private PublishedSchema() {}

  /**
   * What the schema finds wrong with an envelope.
   *
   * @param envelope the envelope's text
   * @return the validator's errors, empty when it conforms
   */
  static List<Error> errors(String envelope) {
    try {
      return SCHEMA.validate(MAPPER.readTree(envelope));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON", e);
    }
  }
}
