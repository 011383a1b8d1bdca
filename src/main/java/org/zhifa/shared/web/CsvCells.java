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

    /** A row of cells, ended as CSV ends rows. */
    public static String row(String... values) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            row.append(i == 0 ? "" : ",").append(cell(values[i]));
        }
        return row.append("\r\n").toString();
    }
}
