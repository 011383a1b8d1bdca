package org.zhifa.disclosure;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** The redaction rules as shipped in {@code config/application.yaml}, and generators of what they must catch. */
final class RedactionFixtures {

    private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    private RedactionFixtures() {
    }

    static RedactionSettings shippedSettings() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application",
                    new FileSystemResource("config/application.yaml"));
            return new Binder(org.springframework.boot.context.properties.source.ConfigurationPropertySources
                    .from(sources)).bind("zhifa.disclosure.redaction", RedactionSettings.class).get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Redactor shippedRedactor() {
        return new Redactor(shippedSettings());
    }

    /** A resident ID number with a valid check digit, born between 1950 and 2009. */
    static String idNumber(Random random) {
        String region = String.valueOf(530100 + random.nextInt(900));
        String birth = String.format("%04d%02d%02d", 1950 + random.nextInt(60), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        return withCheckDigit(region + birth + String.format("%03d", random.nextInt(1000)));
    }

    /** A resident ID number of someone born on {@code birth} in Kunming. */
    static String idNumber(LocalDate birth) {
        return withCheckDigit("530102" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "123");
    }

    private static String withCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A mobile number of mainland China. */
    static String mobile(Random random) {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    /** A bank card number of 16 to 19 digits that passes the Luhn check. */
    static String card(Random random) {
        int length = 16 + random.nextInt(4);
        StringBuilder body = new StringBuilder("62");
        while (body.length() < length - 1) {
            body.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (Checks.luhn(body.toString() + check)) {
                return body.toString() + check;
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }
}
