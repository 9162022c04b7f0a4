package io.github.pdguard.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/** The official SARIF 2.1.0 schema from the test resources (see {@code sarif/README.md}); missing means failing. */
final class SarifSchema {
    static final String RESOURCE = "/sarif/sarif-2.1.0-rtm.5.json";
    private static Schema schema;

    private SarifSchema() {
    }

    static synchronized Schema get() {
        if (schema == null) {
            try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    fail("The SARIF 2.1.0 schema " + RESOURCE + " is missing from plugin/src/test/resources: get it with"
                            + " npm pack @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json), see sarif/README.md");
                }
                SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                        builder -> builder.schemaRegistryConfig(
                                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
                schema = registry.getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    /** The schema violations of a SARIF text; empty when it is valid. */
    static List<String> violations(String sarif) {
        List<Error> errors = get().validate(sarif, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
