package org.zhifa.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** How request bodies are read: a date only as a whole ISO date text, an empty date text as no date. */
class RequestBodiesTest {

    record Dated(String name, LocalDate validFrom) {
    }

    private final ObjectMapper strict = RequestBodies.strict(Jackson2ObjectMapperBuilder.json().build());

    @Test
    void anEmptyDateIsNoDate() throws Exception {
        assertThat(strict.readValue("{\"name\":\"a\",\"validFrom\":\"\"}", Dated.class).validFrom()).isNull();
        assertThat(strict.readValue("{\"name\":\"a\",\"validFrom\":null}", Dated.class).validFrom()).isNull();
        assertThat(strict.readValue("{\"name\":\"a\",\"validFrom\":\"2026-03-01\"}", Dated.class).validFrom())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void impossibleOrNumericDatesAndTypeMixUpsAreRefused() {
        for (String body : new String[] { "{\"validFrom\":\"2026-02-30\"}", "{\"validFrom\":20000}",
                "{\"validFrom\":\"2026-03-01x\"}", "{\"name\":12}", "{\"name\":true}", "{\"other\":\"x\"}",
                "{\"name\":\"a\",\"name\":\"b\"}" }) {
            assertThatThrownBy(() -> strict.readValue(body, Dated.class)).as(body)
                    .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
        }
        assertThatThrownBy(() -> strict.readValue("{\"name\":[\"a\"]}", Dated.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
