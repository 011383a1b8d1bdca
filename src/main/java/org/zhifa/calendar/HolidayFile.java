package org.zhifa.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the holiday file: one line per holiday, {@code year | name | days off | make-up working days}, dates as
 * {@code yyyy-MM-dd} separated by spaces, runs as {@code first..last}, {@code #} starts a comment. Any line that cannot
 * be used stops the whole file with its line number: a wrong calendar silently moves legal deadlines.
 */
final class HolidayFile {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int LONGEST_RUN = 31;

    private final String name;
    private final Map<LocalDate, String> daysOff = new HashMap<>();
    private final Map<LocalDate, Integer> daysOffLines = new HashMap<>();
    private final Map<LocalDate, Integer> makeUpLines = new HashMap<>();
    private final Set<Integer> years = new HashSet<>();
    private final List<String> warnings = new ArrayList<>();

    private HolidayFile(String name) {
        this.name = name;
    }

    /**
     * @param name   the file's name, used in messages
     * @param reader the file's text
     * @throws CalendarFileException naming the line and the reason when a line cannot be used
     */
    static HolidayTable read(String name, Reader reader) throws IOException {
        HolidayFile file = new HolidayFile(name);
        BufferedReader lines = new BufferedReader(reader);
        String text;
        int number = 0;
        while ((text = lines.readLine()) != null) {
            number++;
            file.readLine(text, number);
        }
        if (file.years.isEmpty()) {
            throw new CalendarFileException(name, number, "文件中没有任何年份的节假日安排");
        }
        return new HolidayTable(file.daysOff, file.makeUpLines.keySet(), file.years, file.warnings);
    }

    private void readLine(String text, int line) {
        String content = stripComment(text).strip();
        if (content.isEmpty()) {
            return;
        }
        String[] fields = content.split("\\|", -1);
        if (fields.length != 4) {
            throw error(line, "应为“年份 | 节日 | 放假日期 | 调休上班日期”四栏，实有 " + fields.length + " 栏");
        }
        String yearText = fields[0].strip();
        if (!YEAR.matcher(yearText).matches()) {
            throw error(line, "年份“" + yearText + "”应为四位数字");
        }
        int year = Integer.parseInt(yearText);
        String holiday = fields[1].strip();
        if (holiday.isEmpty()) {
            throw error(line, "缺少节日名称");
        }
        for (LocalDate day : dates(fields[2], year, line)) {
            addDayOff(day, holiday, line);
        }
        for (LocalDate day : dates(fields[3], year, line)) {
            addMakeUpDay(day, line);
        }
        years.add(year);
    }

    private void addDayOff(LocalDate day, String holiday, int line) {
        if (makeUpLines.containsKey(day)) {
            throw error(line, day + " 已在第 " + makeUpLines.get(day) + " 行列为调休上班日，不能同时是放假日");
        }
        Integer earlier = daysOffLines.putIfAbsent(day, line);
        if (earlier != null) {
            throw error(line, day + " 已在第 " + earlier + " 行列为放假日");
        }
        daysOff.put(day, holiday);
    }

    private void addMakeUpDay(LocalDate day, int line) {
        if (daysOffLines.containsKey(day)) {
            throw error(line, day + " 已在第 " + daysOffLines.get(day) + " 行列为放假日，不能同时是调休上班日");
        }
        Integer earlier = makeUpLines.putIfAbsent(day, line);
        if (earlier != null) {
            throw error(line, day + " 已在第 " + earlier + " 行列为调休上班日");
        }
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            warnings.add(name + " 第 " + line + " 行：调休上班日 " + day + " 不是周末，本来就是工作日");
        }
    }

    private List<LocalDate> dates(String field, int year, int line) {
        List<LocalDate> result = new ArrayList<>();
        for (String token : field.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String[] ends = token.split("\\.\\.", -1);
            if (ends.length > 2) {
                throw error(line, "日期段“" + token + "”应写作 起始日..结束日");
            }
            LocalDate first = date(ends[0], line);
            LocalDate last = ends.length == 2 ? date(ends[1], line) : first;
            if (last.isBefore(first)) {
                throw error(line, "日期段“" + token + "”的结束日早于起始日");
            }
            if (first.plusDays(LONGEST_RUN).isBefore(last)) {
                throw error(line, "日期段“" + token + "”超过 " + LONGEST_RUN + " 天，请检查");
            }
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (day.getYear() != year && day.getYear() != year - 1) {
                    throw error(line, "日期 " + day + " 不属于 " + year + " 年的节假日安排");
                }
                result.add(day);
            }
        }
        return result;
    }

    private LocalDate date(String text, int line) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw error(line, "日期“" + text + "”无法识别，应为 yyyy-MM-dd");
        }
    }

    private CalendarFileException error(int line, String reason) {
        return new CalendarFileException(name, line, reason);
    }

    private static String stripComment(String text) {
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }
}
