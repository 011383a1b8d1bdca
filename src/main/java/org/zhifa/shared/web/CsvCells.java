package org.zhifa.shared.web;

/** CSV as spreadsheet programs read it: UTF-8 with a byte-order mark, every cell quoted. */
public final class CsvCells {

    /** Written first: spreadsheet programs then read the Chinese as UTF-8. */
    public static final char BOM = '\uFEFF';

    private CsvCells() {
    }

    /** One CSV cell: quoted, and never read as a formula by a spreadsheet. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** A number's cell, as a number (a negative one is no formula). */
    public static String number(long value) {
        return String.valueOf(value);
    }

    /** A row of cells, ended as CSV ends rows; the cells already made are written as they are. */
    public static String rowOf(String... cells) {
        return String.join(",", cells) + "\r\n";
    }

    /** A row of cells, ended as CSV ends rows. */
    public static String row(String... values) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            row.append(i == 0 ? "" : ",").append(cell(values[i]));
        }
        return row.append("\r\n").toString();
    }
}
