package org.zhifa.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Values of an imaginary case ({@code specimens.json} beside this class), one for every value a document kind may
 * use: a template is filled with them, and with none at all, before it is deployed, so that an error shows then and
 * not at a case's step. Administrators see the same specimen when they preview a template.
 */
final class Specimens {

    private static final Map<String, Object> VALUES = load();

    private Specimens() {
    }

    private static Map<String, Object> load() {
        try (InputStream in = Specimens.class.getResourceAsStream("specimens.json")) {
            if (in == null) {
                throw new IllegalStateException("specimens.json is not packed with the documents module");
            }
            return Collections.unmodifiableMap(new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("specimens.json cannot be read", e);
        }
    }

    /** The specimen values of a kind. */
    static Map<String, Object> of(DocumentKind kind) {
        Map<String, Object> values = new HashMap<>();
        kind.names().forEach(name -> values.put(name, VALUES.get(name)));
        values.put("documentTitle", kind.title());
        if (!kind.numbered()) {
            values.put("documentNumber", null);
        }
        return values;
    }

    /** Whether every value of every kind has a specimen. */
    static boolean complete() {
        return Stream.of(DocumentKind.values()).allMatch(k -> VALUES.keySet().containsAll(k.names()));
    }
}
