package org.zhifa.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The holiday file the product ships, and small hand-written ones. */
public final class CalendarFixtures {

    private CalendarFixtures() {
    }

    /** The calendar from {@code config/working-days.txt}, as the server loads it. */
    public static WorkingDays shipped() {
        try {
            String text = Files.readString(Path.of("config/working-days.txt"), StandardCharsets.UTF_8);
            return new WorkingDays(HolidayFile.read("working-days.txt", new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HolidayTable read(String text) {
        try {
            return HolidayFile.read("test.txt", new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
