package org.departurebooklet.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * How this program reads YAML, set up in one place: trees of what is written, or records whose
 * camelCase components are written in snake_case and which refuse keys they do not have. Each call
 * builds a new mapper; keep it in a {@code static final} field and do not configure it further (a
 * mapper is thread-safe once built). Stateless.
 */
public final class YamlMappers {

  private YamlMappers() {}

  /** For reading YAML as a tree, nothing checked: student and school files, comparing keys. */
  public static YAMLMapper trees() {
    return new YAMLMapper();
  }

  /**
   * For binding YAML to records: {@code line_height} binds {@code lineHeight}, and a key the record
   * does not have is an error (content files, fonts.yaml).
   */
  public static YAMLMapper records() {
    return recordsBuilder().build();
  }

  /**
   * The same, and a record component that is absent or null is an error too (the web page texts,
   * where every component is required).
   */
  public static YAMLMapper completeRecords() {
    return recordsBuilder()
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .build();
  }

  private static YAMLMapper.Builder recordsBuilder() {
    return YAMLMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
