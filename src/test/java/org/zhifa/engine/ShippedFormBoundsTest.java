package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.zhifa.engine.FormSchema.Field;

/**
 * Every field a user types into in the shipped forms says its limit (issue 13: bounds declared once, next to the
 * field), so Tasklist stops the user where the server would: no more than an engine text column holds.
 */
class ShippedFormBoundsTest {

    @Test
    void everyTextInputOfEveryShippedFormDeclaresItsMaximumLength() throws IOException {
        List<String> unbounded = new ArrayList<>();
        int inputs = 0;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
                for (Field field : FormSchema.parse(Files.readString(file)).fields().values()) {
                    if (!field.writable() || !List.of("textfield", "textarea").contains(field.type())) {
                        continue;
                    }
                    inputs++;
                    if (field.maxLength() == null || field.maxLength() > FormSchema.MAX_TEXT || field.maxLength() < 1) {
                        unbounded.add(file.getFileName() + " " + field.key() + " (maxLength " + field.maxLength() + ")");
                    }
                }
            }
        }
        assertThat(inputs).isGreaterThan(120);
        assertThat(unbounded).isEmpty();
    }
}
